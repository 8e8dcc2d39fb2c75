"""`dossier import`: pasted clipping text → an article file, or a syndicated record of one.

It detects what a clipping says about itself (title, outlet, byline, date, URL, language,
paywall, translation), strips aggregator boilerplate (navigation, sponsor lines, comment
prompts, "related articles", app buttons) and lists what it removed, and never invents a
value: what it cannot decide goes into the file's `review:` list. A clipping whose text is
a near-duplicate of an article already in the dossier (shingled word 5-grams; containment,
so that a copy cut short by a paywall still matches) becomes an entry in that article's
`syndicated` list, edited with a round-trip YAML library so that comments, field order and
the body are kept.
"""
from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .dates import MONTHS
from .errors import DossierError, Problem
from .index import tag_slug
from .matcher import fold
from .safepaths import create_file, refused_link, unwritable_folder
from .yamlsource import clean_text, parse_yaml

_MONTH = {name.lower()[:3]: i + 1 for i, name in enumerate(MONTHS)}


class ClippingError(DossierError):
    pass


@dataclass
class Clipping:
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    language: str | None = None
    translated_from: str | None = None
    access: str = "full"
    access_note: str | None = None
    credits: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)        # paragraphs
    removed: list[str] = field(default_factory=list)     # "reason: line"
    review: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- line classes

BOILERPLATE = [
    ("navigation", re.compile(r"^(home|menu|news|world|politics|sport|sports|business|search|sign in|log in|"
                              r"login|register|subscribe|my account|newsletters?|skip to (main )?content|"
                              r"back to top|close|open menu)$", re.I)),
    ("sponsor line", re.compile(r"^(sponsored|advertisement|ad|promoted|partner content|paid content)\b", re.I)),
    ("comment prompt", re.compile(r"^(\d+\s+)?(comments?|leave a (comment|reply)|join the (discussion|conversation)"
                                  r"|be the first to comment|share( this( article)?)?|share on \w+|tweet|"
                                  r"add to favou?rites|follow us.*)\b", re.I)),
    ("app prompt", re.compile(r"(download (the|our) app|get it on google play|app store|available on the)", re.I)),
    ("cookie notice", re.compile(r"\b(cookies?|privacy policy|terms of (use|service))\b.*\b(accept|agree|use)\b", re.I)),
    ("credit line", re.compile(r"^(photo|illustration|image|credit)s?\s*[:©]", re.I)),
]
RELATED = re.compile(r"^(related( articles| stories| news)?|read (more|also)|more from|you may also like|"
                     r"recommended( for you)?|most (read|popular)|trending( now)?|see also)\s*:?$", re.I)
PAYWALL = re.compile(r"(the rest is for subscribers( only)?|reserved for subscribers|subscribe to (read|continue)|"
                     r"this article is for subscribers|you have \d+\s*% of this article left|"
                     r"to read the rest of this article|premium article)", re.I)
TRANSLATION = [(re.compile(r"\blire en fran[cç]ais\b|\btranslated from (the )?french\b", re.I), "fr"),
               (re.compile(r"\bauf deutsch lesen\b|\btranslated from (the )?german\b", re.I), "de"),
               (re.compile(r"\bleer en espa[nñ]ol\b|\btranslated from (the )?spanish\b", re.I), "es"),
               (re.compile(r"\btranslated from (the )?italian\b", re.I), "it")]
BYLINE = re.compile(r"^(by|par|von|por|written by)\s+(?P<names>[A-ZÀ-Þ][^\d|•·,]{2,80}?)(\s*[|•·,].*)?$", re.I)
URL = re.compile(r"https?://[^\s<>\"')]+")
# No look-behind: an outlet name ending in a digit may be glued to the date ("Daily821-05-2025").
DMY = re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)")
MDY = re.compile(r"\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2}),?\s+"
                 r"(?P<y>\d{4})\b", re.I)
DMONY = re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
                   r"(?P<y>\d{4})\b", re.I)
TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<min>\d{2})\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?", re.I)
RELATIVE_DAY = re.compile(r"\b(today|yesterday|\d+\s+(hours?|minutes?|days?)\s+ago)\b", re.I)
SOURCE_LINE = re.compile(r"^(source|published by|originally published (by|in|on)|©|\(c\))\s*:?\s*(?P<name>.+)$", re.I)
STOPWORDS = {"en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "with"},
             "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que"},
             "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "auf"},
             "es": {"el", "los", "las", "y", "que", "una", "por", "con", "para", "es"}}


def _words(line: str) -> int:
    return len(line.split())


def _date_in(line: str) -> tuple[str, str] | None:
    """(date as the dossier writes it, what was read) for the first date in the line."""
    match = DMY.search(line)
    day = month = year = None
    if match:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
    else:
        match = MDY.search(line) or DMONY.search(line)
        if match:
            day, month, year = int(match["d"]), _MONTH[match["mon"].lower()[:3]], int(match["y"])
    if not match or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    time = TIME.search(line)
    if time:
        hour, minute = int(time["h"]), int(time["min"])
        ampm = (time["ampm"] or "").lower().replace(".", "")
        hour = hour % 12 + (12 if ampm == "pm" else 0) if ampm else hour
        if hour < 24:
            value += f"T{hour:02d}:{minute:02d}"
    return value, match.group(0)


def parse_clipping(text: str) -> Clipping:
    clip = Clipping()
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    in_related = False
    body_lines: list[str] = []
    for line in lines:
        if not line:
            body_lines.append("")
            continue
        if RELATED.match(line.strip("#*_ ")):
            in_related = True
            clip.removed.append(f"related-articles heading: {line}")
            continue
        if in_related:
            if _words(line) >= 25:
                in_related = False
            else:
                clip.removed.append(f"related article: {line}")
                continue
        if PAYWALL.search(line):
            clip.access = "partial"
            share = re.search(r"(\d+)\s*%", line)
            held = f"about {100 - int(share.group(1))}%" if share and "left" in line.lower() else None
            clip.access_note = f"opening only ({held})" if held else "opening only; the rest is for subscribers"
            clip.decisions.append(f"access: partial — the clipping says “{line}”")
            clip.removed.append(f"paywall notice: {line}")
            continue
        hint = next((code for pattern, code in TRANSLATION if pattern.search(line)), None)
        if hint and _words(line) <= 6:
            clip.translated_from = hint
            clip.decisions.append(f"translated_from: {hint} — from “{line}”")
            clip.removed.append(f"translation link: {line}")
            continue
        reason = next((name for name, pattern in BOILERPLATE if pattern.search(line)), None)
        if reason == "credit line":
            clip.credits.append(line)
            clip.removed.append(f"credit (kept in credits): {line}")
            continue
        if reason and _words(line) <= 15:
            clip.removed.append(f"{reason}: {line}")
            continue
        body_lines.append(line)
    _read_header(clip, body_lines)
    return clip


def _read_header(clip: Clipping, lines: list[str]) -> None:
    """Title, byline, date, outlet, URL from the lines before the text; the rest is the body."""
    remaining: list[str] = []
    for line in lines:
        stripped = line.strip("#*_ ")
        url = URL.search(line)
        if url and not clip.url:
            clip.url = url.group(0).rstrip(".,;")
            clip.decisions.append(f"url: {clip.url}")
            if _words(line) <= 3:
                continue
        byline = BYLINE.match(stripped)
        if byline and not clip.authors and _words(stripped) <= 12:
            clip.authors = [n.strip() for n in re.split(r"\s+(?:and|et|und|&)\s+", byline["names"]) if n.strip()]
            clip.decisions.append(f"authors: {', '.join(clip.authors)} — from “{stripped}”")
            rest = stripped[byline.end("names"):]
            found = _date_in(rest)
            if found and not clip.published:
                clip.published = found[0]
                clip.decisions.append(f"published: {found[0]} — from “{found[1]}”")
            continue
        source = SOURCE_LINE.match(stripped)
        if source and not clip.outlet and _words(stripped) <= 8:
            clip.outlet = source["name"].strip(" .")
            clip.decisions.append(f"outlet: {clip.outlet} — from “{stripped}”")
            continue
        if _words(stripped) <= 14 and not clip.published and (found := _date_in(stripped)):
            clip.published = found[0]
            clip.decisions.append(f"published: {found[0]} — from “{stripped}”")
            before = stripped[:stripped.find(found[1])].strip(" -|•·,:")
            glued = re.sub(r"(published|updated|on|le)$", "", before, flags=re.I).strip(" -|•·,:")
            if glued and not clip.outlet and _words(glued) <= 4 and not MDY.search(glued) and not TIME.search(glued):
                clip.outlet = glued
                clip.decisions.append(f"outlet: {glued} — written next to the date")
            continue
        if RELATIVE_DAY.search(stripped) and _words(stripped) <= 12:
            time = TIME.search(stripped)
            if not clip.published:
                clip.review.append(f"published: the clipping says “{stripped}”, which does not give the day; "
                                   "add the date if you know it")
            elif time and "T" not in clip.published:
                hour = int(time["h"]) % 12 + (12 if (time["ampm"] or "").lower().startswith("p") else 0)
                clip.published += f"T{hour:02d}:{time['min']}"
                clip.decisions.append(f"published: time {hour:02d}:{time['min']} from “{stripped}”")
                clip.review.append(f"published: the time is local (“{stripped}”); add its UTC offset, "
                                   "e.g. +02:00 for Paris in summer")
            clip.removed.append(f"dateline: {stripped}")
            continue
        if not clip.title and stripped and 3 <= _words(stripped) <= 30 and not stripped.endswith(":"):
            clip.title = stripped.strip("\"“”")
            clip.decisions.append("title: the first headline-like line")
            continue
        remaining.append(line)
    paragraphs, current = [], []
    for line in remaining:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    clip.body = paragraphs
    clip.language = _language(" ".join(paragraphs))
    if not clip.outlet:
        clip.review.append("outlet: the clipping does not name it; it is left out (shown as “outlet unknown”)")
    if not clip.published and not any(r.startswith("published") for r in clip.review):
        clip.review.append("published: no date found in the clipping")
    if not clip.title:
        clip.review.append("title: no headline found; write one")
    if not clip.authors:
        clip.review.append("authors: no byline found")
    if clip.translated_from and clip.language == clip.translated_from:
        clip.translated_from = None


def _language(text: str) -> str | None:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    if len(words) < 20:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 else None


# ---------------------------------------------------------------- near-duplicates

def shingles(text: str, size: int = 5) -> set[int]:
    words = re.findall(r"\w+", fold(text))
    return {hash(" ".join(words[i:i + size])) for i in range(max(0, len(words) - size + 1))}


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller text's shingles found in the other: a paywalled copy still matches."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_original(clip: Clipping, articles_dir: Path, threshold: float = 0.5,
                  problems: list[Problem] | None = None) -> tuple[Path, float] | None:
    """The article of the dossier's `articles_dir` the clipping is a copy of, if any. A link
    leading outside the dossier (or into a loop) is not read (a warning in `problems`): the
    original found is written to."""
    mine = shingles("\n".join(clip.body))
    best = None
    root = os.path.realpath(articles_dir.parent)
    for path in sorted(articles_dir.glob("*.md")):
        if refused_link(path, root, [] if problems is None else problems):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:   # (a broken link, a file gone meanwhile)
            continue
        body = text.split("\n---", 1)[-1] if text.startswith("---") else text   # a --- rule may follow
        score = containment(mine, shingles(body))
        if score >= threshold and (best is None or score > best[1]):
            best = (path, score)
    return best


# ---------------------------------------------------------------- writing

def slug(text: str, limit: int = 60) -> str:
    return tag_slug(text)[:limit].rstrip("-") or "clipping"


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article_text(clip: Clipping, copy_of: str | None = None) -> str:
    lines = ["---", f"title: {_yaml_string(clip.title or 'Untitled clipping')}"]
    if clip.outlet:
        lines.append(f"outlet: {_yaml_string(clip.outlet)}")
    if clip.authors:
        lines.append("authors: [" + ", ".join(_yaml_string(a) for a in clip.authors) + "]")
    if clip.published:
        lines.append(f"published: {_yaml_string(clip.published)}")
    for key in ("url", "language", "translated_from"):
        if getattr(clip, key):
            lines.append(f"{key}: {_yaml_string(getattr(clip, key))}")
    lines.append(f"access: {clip.access}")
    if clip.access_note:
        lines.append(f"access_note: {_yaml_string(clip.access_note)}")
    if copy_of:
        lines.append(f"copy_of: {copy_of}")
    if clip.credits:
        lines.append("credits: [" + ", ".join(_yaml_string(c) for c in clip.credits) + "]")
    if clip.review:
        lines.append("review:  # imported with dossier import: check these, then delete them")
        lines += [f"  - {_yaml_string(item)}" for item in clip.review]
    lines += ["---", "", "\n\n".join(clip.body), ""]
    text = "\n".join(lines)
    parse_yaml(text.split("\n---", 1)[0].removeprefix("---\n"))   # never write front matter we cannot read
    return text


def add_syndicated_record(path: Path, clip: Clipping, note: str) -> None:
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
    for key, value in (("outlet", clip.outlet), ("url", clip.url), ("published", clip.published),
                       ("access", clip.access if clip.access != "full" else None), ("note", note)):
        if value:
            entry[key] = value
    records = data.get("syndicated")
    if not records:
        records = CommentedSeq()
        data["syndicated"] = records
    records.append(entry)
    out = io.StringIO()
    yaml.dump(data, out)
    path.write_text("---\n" + out.getvalue() + rest, encoding="utf-8")


@dataclass
class ImportResult:
    path: Path
    action: str          # "created" or "syndicated"
    clip: Clipping
    original: Path | None = None
    score: float = 0.0
    warnings: list[Problem] = field(default_factory=list)   # articles not read (links leading outside)


def import_clipping(text: str, into: Path, new: bool = False, outlet: str | None = None) -> ImportResult:
    clip = parse_clipping(clean_text(text))   # (control characters cannot go into front matter)
    if outlet:
        clip.outlet = outlet
        clip.review = [r for r in clip.review if not r.startswith("outlet:")]
    if not clip.body:
        raise ClippingError("no article text found in the clipping (only boilerplate?)")
    articles = into / "articles"
    reason = unwritable_folder(articles, into)
    if reason:
        raise ClippingError(reason)
    articles.mkdir(parents=True, exist_ok=True)
    warnings: list[Problem] = []
    match = find_original(clip, articles, problems=warnings)
    if match and not new:
        original, score = match
        note = f"imported copy ({score:.0%} of its text matches)"
        if clip.access != "full":
            note += f"; {clip.access_note or clip.access}"
        add_syndicated_record(original, clip, note)
        return ImportResult(original, "syndicated", clip, original, score, warnings)
    copy_of = match[0].stem if match else None
    base = slug(clip.title or "clipping")
    path = articles / f"{base}.md"
    number = 2
    while os.path.lexists(path):
        path = articles / f"{base}-{number}.md"
        number += 1
    create_file(path, article_text(clip, copy_of))
    return ImportResult(path, "created", clip, match[0] if match else None, match[1] if match else 0.0, warnings)
