"""The dossier's side of an import: the articles already there (to tell a new clipping from
a copy of one, or from one imported before), a copy recorded in an article's `syndicated`
list, and a new article file written."""
from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DossierError, Problem
from ..matcher import fold
from ..safepaths import create_file, refused_link, unwritable_folder
from .clipping import Clipping, Reproducer, front_matter, syndicated_fields

SAME_TEXT = 0.9    # share of shingles, both ways: the same article text
COPY = 0.5         # share of the shorter text's shingles: a copy (cut short by a paywall, still a copy)


class ClippingError(DossierError):
    pass


def shingles(text: str, size: int = 5) -> set[int]:
    words = re.findall(r"\w+", fold(text))
    return {hash(" ".join(words[i:i + size])) for i in range(max(0, len(words) - size + 1))}


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller text's shingles found in the other: a paywalled copy still matches."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class Known:
    """An article of the dossier as far as an import needs it."""

    path: Path
    shingles: set[int]
    digests: set[str]          # the SHA-256 of its original and of its syndicated copies' files
    outlets: set[str]          # its outlet and those of its syndicated copies, folded


@dataclass
class Existing:
    """The dossier's articles, read once for a whole batch of imports."""

    root: Path
    articles: list[Known] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @classmethod
    def read(cls, root: Path) -> "Existing":
        existing = cls(root)
        folder = root / "articles"
        real_root = os.path.realpath(root)
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            if refused_link(path, real_root, existing.warnings):
                continue
            try:
                existing.add(path, path.read_text(encoding="utf-8", errors="replace"))
            except OSError:   # (a broken link, a file gone meanwhile)
                continue
        return existing

    def add(self, path: Path, text: str) -> None:
        head, body = "", text
        if text.startswith("---"):
            parts = text.split("\n---", 2)
            head, body = parts[0], parts[-1] if len(parts) > 1 else ""
        digests = set(re.findall(r"^\s*(?:-\s+)?sha256:\s*[\"']?([0-9a-f]{64})", head, re.M))   # (its copies' too)
        outlets = {fold(m.strip(" \"'")) for m in re.findall(r"^\s*(?:-\s+)?outlet:\s*(.+)$", head, re.M)}
        self.articles.append(Known(path, shingles(body), digests, outlets))

    def same_file(self, sha256: str) -> Known | None:
        return next((known for known in self.articles if sha256 in known.digests), None)

    def closest(self, clip: Clipping) -> tuple[Known, float, float] | None:
        """The article whose text the clipping's is closest to: (it, containment, share both ways)."""
        mine = shingles(clip.text)
        best = None
        for known in self.articles:
            score = containment(mine, known.shingles)
            if score >= COPY and (best is None or score > best[1]):
                both = len(mine & known.shingles) / max(len(mine | known.shingles), 1)
                best = (known, score, both)
        return best


def free_path(folder: Path, base: str) -> Path:
    path, number = folder / f"{base}.md", 2
    while os.path.lexists(path) or any((folder.parent / "originals").glob(f"{path.stem}.*")):
        path, number = folder / f"{base}-{number}.md", number + 1
    return path


def articles_folder(root: Path) -> Path:
    folder = root / "articles"
    reason = unwritable_folder(folder, root)
    if reason:
        raise ClippingError(reason)
    return folder


def write_article(path: Path, clip: Clipping, copy_of: str | None = None) -> str:
    text = front_matter(clip, copy_of, clip.reproduced_by)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_file(path, text)
    return text


def add_syndicated_record(path: Path, copy: Reproducer) -> None:
    """Append a `syndicated` entry to an article's front matter, keeping comments, order and body."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---" not in text[4:]:
        raise ClippingError(f"{path}: the article has no front matter to add the copy to")
    end = text.index("\n---", 4)
    front, rest = text[4:end + 1], text[end + 1:]
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(front)
    entry = CommentedMap()
    for key, value in syndicated_fields(copy).items():
        entry[key] = value
    records = data.get("syndicated")
    if not records:
        records = CommentedSeq()
        data["syndicated"] = records
    records.append(entry)
    out = io.StringIO()
    yaml.dump(data, out)
    path.write_text("---\n" + out.getvalue() + rest, encoding="utf-8")
