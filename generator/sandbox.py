"""The sandbox a dossier's own templates run in: what they may read, and how much they may do.

A dossier may come from someone else, and its templates with it. They are rendered by the
TemplateSandbox, whose allowlist grants the fields of the view objects and the harmless methods
of plain values and nothing else, so that no chain of attributes reaches a path, a file, the
cache's database or Python's internals; the bodies kept in the cache reach a page as Markup
(template_page). Each page such templates make is bounded in time and memory (template_bounds),
as a Markdown text is. What they may write is activecontent.py's concern.
"""
from __future__ import annotations

import dataclasses
import functools
import os
from contextlib import contextmanager

try:
    import resource   # (Unix: where there is none, templates are bounded in time alone)
except ImportError:   # pragma: no cover
    resource = None

import jinja2
import markupsafe
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from .cachestore import StoredHtml
from .markup import RenderTimeout, time_limit
from .views import TEMPLATE_VIEWS


# Plain values a template is given, and the attributes it may use of each: methods that
# make a new value from this one and change nothing (a str's `upper`, a dict's `items`).
# Left out: the padding methods (`center(10**10)` would fill the memory) and every method
# that changes a list or a dict.
_STR_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "format", "index", "isalnum", "isalpha", "isascii",
    "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
    "isupper", "join", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind",
    "rindex", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
    "title", "upper"})
_PLAIN_ATTRIBUTES: dict[type, frozenset[str]] = {
    str: _STR_METHODS, markupsafe.Markup: _STR_METHODS | {"striptags", "unescape"},
    int: frozenset(), float: frozenset(), bool: frozenset(), type(None): frozenset(),
    list: frozenset(), tuple: frozenset(), range: frozenset(), dict: frozenset({"items", "keys", "values", "get"}),
}
# The values a page's context may hold, besides the view objects: the property test of the
# sandbox (tests/test_sandbox.py) walks every context against these and TEMPLATE_VIEWS.
TEMPLATE_VALUES = tuple(_PLAIN_ATTRIBUTES)


def _view_attributes(cls: type) -> frozenset[str]:
    """What a template may read of a view class: its fields, its properties, and its
    constants (a page's `template`); no method, nothing private."""
    names = {f.name for f in dataclasses.fields(cls)}
    for klass in cls.__mro__[:-1]:
        for name, value in vars(klass).items():
            if not name.startswith("_") and isinstance(value, (property, functools.cached_property, str, int)):
                names.add(name)
    return frozenset(names)


class _EveryPublicName(frozenset):
    """A marker in _GRANTED: every public name, for objects whose names the template made
    (its own instance: an empty frozenset may be a shared one, and `is` would match them all)."""


_EVERY_NAME = _EveryPublicName()
_GRANTED: dict[type, frozenset[str]] = {
    **{cls: _view_attributes(cls) for cls in TEMPLATE_VIEWS},
    **_PLAIN_ATTRIBUTES,
    # Jinja's own objects, made by the template: a loop's state, a namespace and an imported
    # template (their names are those the template gave), a cycler, a block of `self`.
    jinja2.runtime.LoopContext: frozenset({"index", "index0", "revindex", "revindex0", "first", "last", "length",
                                           "depth", "depth0", "previtem", "nextitem", "cycle", "changed"}),
    jinja2.utils.Namespace: _EVERY_NAME,
    jinja2.environment.TemplateModule: _EVERY_NAME,
    jinja2.utils.Cycler: frozenset({"current", "next", "reset"}),
    jinja2.runtime.BlockReference: frozenset({"super"}),
    jinja2.filters._GroupTuple: frozenset({"grouper", "list"}),   # what `groupby` gives
}


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox for a dossier's own templates, with an allowlist: a template reads the
    fields and properties of the view objects (views.TEMPLATE_VIEWS), the harmless methods of
    plain values (_PLAIN_ATTRIBUTES), the state of its own loops and namespaces, and nothing
    of any other object. No chain of attributes from `page`, `site`, a filter or a global
    then reaches a path, a file, a database connection, a module, a class or the build's
    cache: everything a page gets is plain data (bodies kept in the cache are read into
    Markup before the page is rendered: template_page). The immutable sandbox besides keeps a
    template from changing a list or a dict it is given. Each check is a lookup by the
    object's type, which costs less than Jinja's own checks."""

    # Numbers and repetitions a template could ask for that would take the machine's memory
    # or hours of its time (10**(10**10), 'x' * 10**11) are refused before they are made;
    # Jinja's sandbox already refuses a range of more than 100,000 numbers.
    intercepted_binops = frozenset({"*", "**"})
    MAX_REPEAT = 10_000_000   # items of a text or list made by `*`
    MAX_POWER_BITS = 100_000  # size of an integer made by `**` (30,000 digits)

    def call_binop(self, context, operator: str, left, right):
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 \
                and left.bit_length() * right > self.MAX_POWER_BITS:
            raise SecurityError(f"{left} ** {right} is too large a number for a template")
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, (str, list, tuple)) and isinstance(count, int) \
                        and len(sequence) * count > self.MAX_REPEAT:
                    raise SecurityError(f"{type(sequence).__name__} * {count}: too large a repetition "
                                        f"for a template (more than {self.MAX_REPEAT:,} items)")
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        names = _GRANTED.get(type(obj))
        if names is None:
            return False
        if names is _EVERY_NAME:
            return not attr.startswith("_")
        return attr in names

    # `obj.name` and `obj[key]` look for an item when there is no attribute, and the other way
    # round: both only on the objects above, `self` (its blocks) and an undefined value (which
    # says what is undefined). On any other object, a class's item (`dict['x']`, `dict.x`) is
    # a type made on the spot.
    def getattr(self, obj, attribute: str):
        if type(obj) not in _LOOKED_INTO and not isinstance(obj, jinja2.Undefined):
            return self.unsafe_undefined(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        if type(obj) not in _LOOKED_INTO and not isinstance(obj, jinja2.Undefined):
            return self.unsafe_undefined(obj, argument)
        return super().getitem(obj, argument)


_LOOKED_INTO = frozenset(_GRANTED) | {jinja2.runtime.TemplateReference}


def template_page(page: object, fresh: bool = False) -> object:
    """The page as its template gets it: the bodies kept in the cache (StoredHtml) read into
    Markup, here, where the page is rendered (in a page worker: the main process never holds
    every body), in any field of the page or of a page within it (the home page's lead
    summary). A template then sees text, never the cache's store. A `fresh` page, made for
    this rendering alone (a PendingPage's view), is changed in place; another is copied."""
    changes = {}
    for name in _page_fields(type(page)):
        value = getattr(page, name)
        kind = type(value)
        if kind is StoredHtml:
            value = markupsafe.Markup(value.__html__())
        elif kind not in _PAGE_CLASSES or (value := template_page(value)) is getattr(page, name):
            continue
        if fresh:
            setattr(page, name, value)
        else:
            changes[name] = value
    return dataclasses.replace(page, **changes) if changes else page


_PAGE_CLASSES = frozenset(cls for cls in TEMPLATE_VIEWS if isinstance(getattr(cls, "template", None), str))


@functools.cache
def _page_fields(cls: type) -> tuple[str, ...]:
    """The fields of a page's view class (one with a template); none for any other class."""
    return tuple(f.name for f in dataclasses.fields(cls)) if cls in _PAGE_CLASSES else ()


# A dossier's own templates are bounded as its Markdown is: each step a template takes may be
# allowed (joining two texts, a filter's width, a loop of 100,000) while the steps together
# take hours or all of the machine's memory (a text doubled 60 times in a loop, loops within
# loops). Each page they render gets at most TEMPLATE_SECONDS, and the process at most
# TEMPLATE_MEMORY more address space than it had when it began rendering (the largest page
# of a 5,000-article dossier, its timeline, takes tens of MB).
TEMPLATE_SECONDS = 20
TEMPLATE_MEMORY = 1 << 30


def _memory_ceiling() -> int | None:
    """The address space the process may reach while a page renders: what it has now and
    TEMPLATE_MEMORY more (None where the system does not say)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE") + TEMPLATE_MEMORY
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def template_bounds():
    """At most TEMPLATE_SECONDS in the block (a RenderTimeout past them), and, where the
    system can limit it, at most TEMPLATE_MEMORY more address space (a MemoryError past it),
    measured at each page: what the process holds grows from page to page (the macros' memo).
    The process's own limits are given back."""
    with time_limit(TEMPLATE_SECONDS):
        ceiling = _memory_ceiling() if resource is not None else None
        if ceiling is None:
            yield
            return
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard)
        if soft != resource.RLIM_INFINITY:
            limit = min(limit, soft)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def described(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "maximum recursion depth exceeded (a macro that calls itself without end?)"
    if isinstance(exc, MemoryError):
        return (f"the template asks for more memory than a page may take ({TEMPLATE_MEMORY >> 20:,} MB); "
                "look for a loop that makes a text or a list grow")
    if isinstance(exc, RenderTimeout):
        return (f"the page took more than {TEMPLATE_SECONDS} seconds to render; "
                "look for loops within loops, or a loop that never ends")
    return str(exc) or type(exc).__name__
