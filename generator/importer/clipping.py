"""A clipping as read from a file: an article's fields (model.ArticleMeta, dates still as text)
with its title, body and what the reader decided, removed and could not decide; and the
front matter written from it."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..model import ArticleMeta
from ..yamlsource import parse_yaml


@dataclass(kw_only=True)
class Reproducer:
    """The site a reproduction was read from, recorded under the original's `syndicated`."""

    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    access: str = "full"
    note: str | None = None
    original: str | None = None     # the file this copy was imported from, kept in originals/
    sha256: str | None = None
    retrieved: str | None = None


@dataclass(kw_only=True)
class Clipping(ArticleMeta):
    title: str | None = None
    published: str | None = None    # "2025-05-21T07:42+02:00", as written in the front matter
    retrieved: str | None = None
    body: list[str] = field(default_factory=list)        # Markdown blocks: paragraphs, "## subheadings"
    removed: list[str] = field(default_factory=list)     # "why: the line"
    decisions: list[str] = field(default_factory=list)   # "field: value — the evidence"
    reproduced_by: Reproducer | None = None              # this text was read on another site than the outlet's
    input_kind: str = "text"                             # the file read: text, html or pdf
    kind: str | None = None   # the article's kind of source when the clipping says it plainly (press-release,
    #                           court-record, interview, opinion, wire, transcript...); None: news, unstated

    def decide(self, name: str, value, evidence: str) -> None:
        setattr(self, name, value)
        shown = ", ".join(value) if isinstance(value, list) else value
        self.decisions.append(f"{name}: {shown} — {evidence}")

    def ask(self, name: str, why: str) -> None:
        """A field the clipping does not state: left out, for a person to check."""
        if not any(item.startswith(f"{name}:") for item in self.review):
            self.review.append(f"{name}: {why}")

    def settle(self, name: str) -> None:
        self.review = [item for item in self.review if not item.startswith(f"{name}:")]

    @property
    def text(self) -> str:
        return "\n\n".join(self.body)

    @property
    def whole(self) -> bool:
        """The text runs long (eight paragraphs, 400 words or more): all of it, where a paywall or an aggregator cuts
        after three or four paragraphs. A subscriber's saved page, an alert's licensed full text, whatever link to the
        site closes them, give the whole article."""
        paragraphs = [block for block in self.body if not block.startswith(("#", "{#", "<"))]
        return len(paragraphs) >= 8 and sum(len(block.split()) for block in paragraphs) >= 400


def _string(value: str) -> str:
    """A YAML double-quoted string (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


# The order of the front matter `dossier import` writes (that of `dossier new`'s template).
ORDER = ("title", "kind", "outlet", "authors", "published", "url", "language", "translated_from", "access", "access_note",
         "copy_of", "credits", "original", "sha256", "retrieved")


def front_matter(clip: Clipping, copy_of: str | None = None, syndicated: Reproducer | None = None) -> str:
    """The article file for a clipping: front matter (checked to read back) and body."""
    values = {name: getattr(clip, name, None) for name in ORDER}
    values["title"] = clip.title or "Untitled clipping"
    values["copy_of"] = copy_of
    lines = ["---"]
    for name in ORDER:
        value = values[name]
        if name in ("access", "copy_of", "kind") and value:   # (a word of the dossier's own: unquoted)
            lines.append(f"{name}: {value}")
        elif isinstance(value, list):
            if value:
                lines.append(f"{name}: [" + ", ".join(_string(item) for item in value) + "]")
        elif value:
            lines.append(f"{name}: {_string(value)}")
        if name == "access_note" and syndicated:
            entry = [f"{key}: {_string(value)}" for key, value in syndicated_fields(syndicated).items()]
            lines += ["syndicated:", f"  - {entry[0]}", *(f"    {item}" for item in entry[1:])]
    if clip.review:
        lines.append("review:  # left by dossier import: check each, then delete it (dossier check lists them)")
        lines += [f"  - {_string(item)}" for item in clip.review]
    lines += ["---", "", clip.text, ""]
    text = "\n".join(lines)
    parse_yaml(text.split("\n---", 1)[0].removeprefix("---\n"))   # never write front matter we cannot read
    return text


def syndicated_fields(copy: Reproducer) -> dict[str, str]:
    """A `syndicated` entry's fields, those known."""
    found = {key: getattr(copy, key) for key in ("outlet", "url", "published", "access", "note", "original", "sha256",
                                                 "retrieved")}
    return {key: value for key, value in found.items() if value} or {"note": "a copy (nothing known of it)"}
