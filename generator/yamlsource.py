"""YAML reading shared by every loader: the safe C loader, dates kept as text, line lookup.

Dates stay strings (the timestamp resolver is removed) so that `dates.py` sees what the
author wrote, with its precision, and `2024-02-30` is reported instead of crashing PyYAML.

Every text read is NFC (one spelling for 'é', whether typed as one character or as 'e' and
an accent), and holds no control character (CONTROL_CHARACTERS): XML 1.0 refuses them (a
feed with one is ill-formed) and HTML parsers report them. In YAML they are refused with
their line and column, typed or written as escapes; Markdown bodies drop them (pasted text:
load.py), and so does `dossier import` (clean_text).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# What no page nor feed may carry: C0 controls but tab and line ends (XML 1.0 refuses them),
# DEL and C1 controls (HTML parsers report them), U+FFFE and U+FFFF, and lone surrogates
# (which YAML's escapes can write).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def control_message(char: str) -> str:
    return (f"the text holds the control character U+{ord(char):04X}, which pages and feeds cannot carry; "
            "remove it (or the escape that writes it)")


def nfc(text: str) -> str:
    """`text` in its composed Unicode form (quick when it already is: ASCII text always is)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """Text that came from elsewhere (a body, a clipping): NFC, its control characters dropped."""
    return CONTROL_CHARACTERS.sub("", nfc(text))


class _ContentProblem(yaml.MarkedYAMLError):
    """A value YAML reads but a dossier cannot take (its message is shown as it is)."""


class DossierLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """CSafeLoader without implicit timestamps, which notes a mapping with fewer keys than
    it was written with (a key given twice, which PyYAML lets the last win, or a merged key
    overridden): parse_yaml then looks for a key given twice, in the text composed afresh
    (building a mapping changes the nodes of the mappings merged into it)."""

    fewer_keys = False

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep)
        if len(mapping) < len(node.value):
            self.fewer_keys = True
        return mapping


class _EscapesLoader(DossierLoader):
    """For a text with escapes ('\\x01', '\\u0301'): they can write what the text itself
    does not hold (YAML refuses control characters typed as they are, and parse_yaml makes
    the text NFC), so each text value is checked and normalised."""

    def construct_scalar(self, node):
        value = super().construct_scalar(node)
        if isinstance(value, str):
            found = CONTROL_CHARACTERS.search(value)
            if found:
                raise _ContentProblem(problem=control_message(found.group()), problem_mark=node.start_mark)
            value = nfc(value)
        return value


_MERGE = "tag:yaml.org,2002:merge"


def _check_keys(root: yaml.Node) -> None:
    """Refuse the first key given twice in a mapping (merge keys, <<, are not keys)."""
    seen_nodes: set[int] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen_nodes:   # (an alias)
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[tuple[str, str], yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE:
                    first = keys.setdefault((key.tag, nfc(key.value)), key)
                    if first is not key:
                        raise _ContentProblem(problem=f"'{key.value}' is given twice", problem_mark=key.start_mark,
                                              context="keep one of them", context_mark=first.start_mark)
            pending += reversed([part for pair in node.value for part in pair])
        elif isinstance(node, yaml.SequenceNode):
            pending += reversed(node.value)


DossierLoader.yaml_implicit_resolvers = _EscapesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}

_HINTS = [
    ("mapping values are not allowed", "a value contains ': ' — put the whole value in quotes"),
    ("cannot start any token", "YAML does not allow tab characters for indentation — indent with spaces"),
    ("tab character", "YAML does not allow tab characters for indentation — indent with spaces"),
    ("could not determine a constructor", "tags such as !!python/object are not allowed — remove the tag"),
    ("expected <block end>", "the indentation is inconsistent — align keys at the same depth"),
    ("did not find expected key", "the indentation is inconsistent, or a quote is not closed"),
    ("found undefined alias", "a '*' starts a YAML alias — put the value in quotes"),
    ("found unexpected end of stream", "a quote or bracket is not closed"),
]


def text_digest(text: str) -> str:
    """A short hash of a text (to compare texts between builds without keeping them)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class YamlProblem(Exception):
    def __init__(self, line: int | None, column: int | None, message: str):
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def parse_yaml(text: str, first_line: int = 1) -> object:
    """Parse YAML text whose first line is line `first_line` of its file."""
    text = nfc(text)
    loader = None
    try:   # (the pure-Python reader, where libyaml is missing, refuses a control character at once)
        loader = (_EscapesLoader if "\\" in text or "\x85" in text else DossierLoader)(text)   # (U+0085: see below)
        data = loader.get_single_data()
        if loader.fewer_keys:
            _check_keys(yaml.compose(text, Loader=DossierLoader))
        return data
    except _ContentProblem as exc:
        mark, first, message = exc.problem_mark, exc.context_mark, exc.problem
        if first is not None:   # (a key given twice: where it was first)
            message += f" (first on line {first.line + first_line}); {exc.context}"
        raise YamlProblem(mark.line + first_line, mark.column + 1, message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        column = mark.column + 1 if mark else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        hint = next((h for key, h in _HINTS if key in problem), None)
        if "could not determine a constructor" in problem:
            problem = "unsupported YAML tag " + problem.split("tag", 1)[-1].strip()
        message = f"invalid YAML: {problem}" + (f"; {hint}" if hint else "")
        raise YamlProblem(line, column, message) from None
    except yaml.reader.ReaderError as exc:
        # A character YAML refuses: the control characters (but U+0085, a line break to YAML,
        # which _EscapesLoader refuses in a value), U+FFFE, U+FFFF. PyYAML's message names
        # no line.
        found = CONTROL_CHARACTERS.search(text)
        if found is None:
            raise YamlProblem(first_line, None, f"invalid YAML: {exc}") from None
        start = text.rfind("\n", 0, found.start()) + 1
        raise YamlProblem(text.count("\n", 0, start) + first_line, found.start() - start + 1,
                          control_message(found.group())) from None
    except yaml.YAMLError as exc:  # the other errors of reading
        raise YamlProblem(first_line, None, f"invalid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()


class SourceFile:
    """A content file as read: where it is, its texts, where its YAML and body start, and
    digests of its parts (what later stages compare instead of the texts).

    `text` is a YAML file's whole text (newlines normalised to \n, BOM removed); for a
    Markdown file it is "" (its parts are `yaml_text` and `body`: keeping the whole as well
    would double what a large dossier holds in memory). When the loader reuses what it made of
    an unchanged file (see load.py), the texts stay on disk until something asks for them:
    `reread` gives (text, yaml_text, body) then.
    """

    __slots__ = ("_path", "rel", "yaml_first_line", "body_first_line", "yaml_digest", "body_digest",
                 "quoted_ids", "referenced_ids", "has_fences", "_texts", "_reread", "_nodes")

    def __init__(self, path: "Path | str", rel: str, text: str, yaml_text: str, yaml_first_line: int,
                 body: str = "", body_first_line: int = 1, *, yaml_digest: str | None = None,
                 body_digest: str | None = None, quoted_ids: tuple[str, ...] = (),
                 referenced_ids: tuple[str, ...] = (), has_fences: bool = False,
                 reread: "Callable[[], tuple[str, str, str]] | None" = None):
        self._path = path                   # absolute (a Path, or its text until asked for)
        self.rel = rel                      # relative to the dossier folder, with '/'
        self.yaml_first_line = yaml_first_line
        self.body_first_line = body_first_line
        self.yaml_digest = yaml_digest if yaml_digest is not None else text_digest(yaml_text)
        self.body_digest = body_digest if body_digest is not None else text_digest(body)
        self.quoted_ids = quoted_ids        # the articles the body quotes (see quotes.py)
        self.referenced_ids = referenced_ids   # the ids it may link to or cite (quotes.referenced_ids)
        self.has_fences = has_fences        # the body may hold an internal block (fences.has_fences)
        self._texts = None if reread else [text, yaml_text, body]
        self._reread = reread
        self._nodes: object = None

    @property
    def path(self) -> Path:
        if not isinstance(self._path, Path):
            self._path = Path(self._path)
        return self._path

    def _loaded(self) -> list[str]:
        if self._texts is None:
            self._texts = list(self._reread())
        return self._texts

    @property
    def text(self) -> str:
        return self._loaded()[0]

    @property
    def yaml_text(self) -> str:
        return self._loaded()[1]

    @property
    def body(self) -> str:
        return self._loaded()[2]

    def release(self) -> None:
        """Let go of the texts (nothing reads them again)."""
        self._texts, self._reread, self._nodes = ["", "", ""], None, None

    def __repr__(self) -> str:
        return f"SourceFile({self.rel!r})"

    def line_of(self, *keys: object) -> int | None:
        """The file line of a key (or list item) inside the YAML, for error messages."""
        if self._nodes is None:
            try:
                self._nodes = yaml.compose(self.yaml_text, Loader=DossierLoader) or False
            except yaml.YAMLError:
                self._nodes = False
        node = self._nodes
        line = self.yaml_first_line if node else None
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                found = next(((k, v) for k, v in node.value if k.value == key), None)
                if found is None:
                    return line
                node, line = found[1], found[0].start_mark.line + self.yaml_first_line
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + self.yaml_first_line
            else:
                return line
        return line

    def body_line_of(self, needle: str) -> int:
        """The file line where `needle` first occurs in the Markdown body (or the body's start)."""
        index = self.body.find(needle)
        if index < 0:
            return self.body_first_line
        return self.body_first_line + self.body.count("\n", 0, index)
