"""What the loader made of one content file, as JSON: kept in the cache so that a file that has
not changed is neither read nor validated again (load.py decides when a record applies).

A record holds the item (an Article, Summary or Entity: only valid files are recorded) without
its SourceFile, the problems the file gave, and what later stages know of its texts
without reading them: the digests of its YAML and body, the body's first line, and the
articles its body quotes. Dataclasses are written as objects tagged with their class name
(only the model's own classes are read back: a record cannot name anything else).
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from .dates import DateSpan, FuzzyDate
from .errors import Problem
from .model import Article, Entity, ExternalLink, Relation, Summary, SyndicatedCopy
from .yamlsource import SourceFile

_CLASSES = {cls.__name__: cls for cls in (Article, Summary, Entity, SyndicatedCopy, Relation,
                                          ExternalLink, FuzzyDate, DateSpan)}
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls) if f.name != "source") for cls in _CLASSES.values()}
# Fields left out of a record when they hold their default (most of an article's are empty).
_DEFAULTS = {cls: {f.name: f.default if f.default is not dataclasses.MISSING else f.default_factory()
                   for f in dataclasses.fields(cls)
                   if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING}
             for cls in _CLASSES.values()}
_TUPLE_FIELDS = {cls: {f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple")}
                 for cls in _CLASSES.values()}
_SCALARS = (str, int, float, type(None))   # (bool is an int)
_TAG = "~"


@dataclasses.dataclass(frozen=True)
class Loaded:
    """One valid file as loaded: its item and the problems (warnings) it gave."""

    item: Article | Summary | Entity
    problems: list[Problem]


def encode(loaded: Loaded, source: SourceFile) -> str:
    return json.dumps({
        "item": _plain(loaded.item),
        "problems": [[p.line, p.message, p.column, p.severity] for p in loaded.problems],
        "yaml_digest": source.yaml_digest, "body_digest": source.body_digest,
        "yaml_first_line": source.yaml_first_line, "body_first_line": source.body_first_line,
        "quoted_ids": list(source.quoted_ids), "referenced_ids": list(source.referenced_ids),
        "has_fences": source.has_fences},
        ensure_ascii=False, separators=(",", ":"))


def decode(text: str, path: str | Path, rel: str, reread) -> Loaded:
    """The record back as objects, with a SourceFile whose texts `reread` gives when asked for.
    Raises ValueError (or KeyError, TypeError) for a record that does not fit the model."""
    data = _DECODER.decode(text)
    source = SourceFile(path, rel, "", "", data["yaml_first_line"], "", data["body_first_line"],
                        yaml_digest=data["yaml_digest"], body_digest=data["body_digest"],
                        quoted_ids=tuple(data["quoted_ids"]), referenced_ids=tuple(data["referenced_ids"]),
                        has_fences=bool(data["has_fences"]), reread=reread)
    fields = dict(data["item"])
    cls = _CLASSES[fields.pop(_TAG)]
    if cls not in (Article, Summary, Entity):
        raise ValueError("not an item")
    item = cls(source=source, **fields)
    problems = [Problem(Path(path), line, message, column, severity) for line, message, column, severity in data["problems"]]
    return Loaded(item, problems)


def _plain(value: object) -> object:
    """`value` as JSON values: the model's dataclasses (their SourceFile left out) as tagged objects."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    cls = type(value)
    defaults = _DEFAULTS[cls]
    plain = {_TAG: cls.__name__}
    for name in _FIELDS[cls]:
        field_value = getattr(value, name)
        if name not in defaults or field_value != defaults[name] or type(field_value) is not type(defaults[name]):
            plain[name] = _plain(field_value)
    return plain


def _object(data: dict) -> object:
    name = data.get(_TAG)
    if name is None or name in ("Article", "Summary", "Entity"):
        return data     # an item is made by decode(), with its SourceFile
    cls = _CLASSES[name]
    fields = {key: value for key, value in data.items() if key != _TAG}
    for key in _TUPLE_FIELDS[cls]:
        if key in fields:
            fields[key] = tuple(fields[key])
    return cls(**fields)


# One decoder for every record (json.loads with an object_hook makes a new one per call: a
# fifth of the time of decoding 5,700 records).
_DECODER = json.JSONDecoder(object_hook=_object)
