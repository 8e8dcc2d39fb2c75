"""Score `dossier import` on the import corpus, judged on what it writes.

Each case is a clipping (`<name>.txt`, `<name>.html`, or `<name>.pdf.yaml`, a spec that
`pdfmaker` turns into a PDF) beside `<name>.expected.yaml`, the fields a careful reader writes
(format and conventions: tests/fixtures/import/README.md). `evaluate` imports the clipping into
a fresh dossier with the real command line, reads the one article written, and compares field
by field. It knows nothing of how the importer works: only of the article file it produces.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.pdfmaker import write_pdf_from_yaml

EXPECTED_SUFFIX = ".expected.yaml"
SOURCE_SUFFIXES = (".pdf.yaml", ".txt", ".html", ".htm")
HONORIFICS = re.compile(r"^(?:dr|prof|mr|mrs|ms|mme|m|herr|frau|sr|sra|dott|dott\.ssa)\.?\s+", re.I)
# A page anchor is an element id "page-N": a citation locator "p. 3" links to #page-3.
PAGE_ANCHOR = re.compile(r"""id=["']page-(\d+)["']|\{#page-(\d+)\}""")
ANCHOR_ONLY = re.compile(r"""^(?:<a\s+id=["']page-\d+["']\s*>\s*</a>|\{#page-\d+\}|\s)*$""")
ANCHOR_LEAD = re.compile(r"""^(?:<a\s+id=["']page-\d+["']\s*>\s*</a>\s*|\{#page-\d+\}\s*)+""")
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")


@dataclass(frozen=True)
class Case:
    name: str
    source: Path          # the clipping as stored in the corpus
    expected: dict
    folder: Path

    @property
    def kind(self) -> str:
        """The kind of input: text, html or pdf."""
        return input_kind(self.expected, self.source)


INPUT_KINDS = {"text", "html", "pdf"}


def input_kind(expected: dict, source: Path | None = None) -> str:
    """`input:` (or, as the first corpora wrote it, `kind:` holding text, html or pdf), else the file's suffix."""
    if expected.get("input") in INPUT_KINDS:
        return expected["input"]
    if expected.get("kind") in INPUT_KINDS:
        return expected["kind"]
    name = source.name if source else ""
    return "pdf" if name.endswith(".pdf.yaml") else "html" if name.endswith((".html", ".htm")) else "text"


def source_kind(expected: dict) -> str:
    """The article's expected `kind` (issue 29: news, wire, opinion, interview, press-release, ...): `kind:`
    unless it names the input (then `source_kind:`), absent = news."""
    kind = expected.get("kind")
    if kind is None or kind in INPUT_KINDS:
        kind = expected.get("source_kind") or expected.get("article_kind")
    return kind or "news"


@dataclass(frozen=True)
class FieldResult:
    name: str
    ok: bool
    expected: object
    got: object

    def __str__(self) -> str:
        return f"{self.name}: expected {self.expected!r}, got {self.got!r}"


def load_cases(folder: str | Path) -> list[Case]:
    """Every `<name>.expected.yaml` in `folder` with its one clipping, in name order."""
    folder = Path(folder)
    cases = []
    for expected_path in sorted(folder.glob("*" + EXPECTED_SUFFIX)):
        name = expected_path.name[: -len(EXPECTED_SUFFIX)]
        sources = [folder / (name + suffix) for suffix in SOURCE_SUFFIXES if (folder / (name + suffix)).exists()]
        if len(sources) != 1:
            raise ValueError(f"{expected_path}: expected one clipping named {name}.*, found {len(sources)}")
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        cases.append(Case(name, sources[0], expected, folder))
    return cases


# ---- running the import -------------------------------------------------------------------

@dataclass(frozen=True)
class ImportRun:
    exit_code: int
    output: str
    articles: list[Path]


def _prepare(case: Case, tmp_dir: Path) -> tuple[Path, Path]:
    """A fresh dossier and the file to import (the PDF built from its spec)."""
    dossier = tmp_dir / "dossier"
    (dossier / "articles").mkdir(parents=True)
    (dossier / "dossier.yaml").write_text("title: Import corpus\nlanguage: en\n", encoding="utf-8")
    inbox = tmp_dir / "inbox"
    inbox.mkdir()
    if case.source.name.endswith(".pdf.yaml"):
        clipping = write_pdf_from_yaml(case.source, inbox / (case.name + ".pdf"))
    else:
        clipping = inbox / case.source.name
        shutil.copyfile(case.source, clipping)       # byte for byte: CRLF endings stay
    return dossier, clipping


def run_import(clipping: Path, dossier: Path) -> ImportRun:
    """`dossier import CLIPPING --into DOSSIER` through the command line's entry point."""
    from generator.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main(["import", str(clipping), "--into", str(dossier)])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception as exc:  # a crash is a result to score, not a reason to stop the run
            out.write(f"\ncrashed: {type(exc).__name__}: {exc}")
            code = -1
    return ImportRun(code, out.getvalue(), sorted((dossier / "articles").glob("*.md")))


def split_article(text: str) -> tuple[dict, str]:
    """Front matter (YAML between the opening `---` lines) and the Markdown body."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", text, re.S)
    if not match:
        return {}, text
    meta = yaml.safe_load(match.group(1)) or {}
    return (meta if isinstance(meta, dict) else {}), text[match.end():]


# ---- comparing ----------------------------------------------------------------------------

def _norm(text: object) -> str:
    """Whitespace collapsed, typographic apostrophes made plain: layout is not content."""
    return re.sub(r"\s+", " ", str(text).replace("\u2019", "'").replace("\u00a0", " ")).strip()


def _date_text(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip().replace(" ", "T", 1)


def _date_ok(expected: str | None, got: object) -> bool:
    """The expected date to its own precision: "2024-06" accepts "2024-06-11", not "2024"."""
    got_text = _date_text(got)
    if expected is None:
        return got_text is None
    return got_text is not None and got_text.startswith(str(expected))


def _name(name: object) -> str:
    return HONORIFICS.sub("", _norm(name)).casefold()


def _names(values: object) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return sorted(_name(v) for v in values)


def _review_names(review: object) -> set[str]:
    """Each review entry is "field: reason"; a mapping {field: reason} is read the same way."""
    names = set()
    for entry in review or []:
        if isinstance(entry, dict):
            names.update(str(key).strip() for key in entry)
        else:
            names.add(str(entry).split(":", 1)[0].strip())
    return names


def body_blocks(body: str) -> list[str]:
    """Blank-line-separated blocks of the body, page anchors alone on a line left out."""
    blocks = []
    for block in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")):
        block = block.strip()
        if block and not ANCHOR_ONLY.match(block):
            blocks.append(ANCHOR_LEAD.sub("", block))
    return blocks


def subheadings(body: str) -> list[str]:
    heads = []
    for block in body_blocks(body):
        for line in block.splitlines():
            match = HEADING.match(line.strip())
            if match:
                heads.append(_norm(match.group(1)))
    return heads


def paragraph_count(body: str) -> int:
    return sum(1 for block in body_blocks(body) if not HEADING.match(block.splitlines()[0].strip()))


def page_anchors(body: str) -> int:
    return len({m.group(1) or m.group(2) for m in PAGE_ANCHOR.finditer(body)})


def _scalar(name: str, expected: object, got: object, *, fold: bool = False) -> FieldResult:
    if expected is None:
        return FieldResult(name, got in (None, ""), expected, got)
    key = (lambda v: _norm(v).casefold()) if fold else _norm
    return FieldResult(name, got is not None and key(got) == key(expected), expected, got)


def compare(expected: dict, meta: dict, body: str) -> list[FieldResult]:
    """Every field of `expected` against an article's front matter and body."""
    results = []
    review = _review_names(meta.get("review"))
    title = expected.get("title")
    if title is None:       # no headline: a provisional title is fine as long as it is in review
        results.append(FieldResult("title", "title" in review or not meta.get("title"), None, meta.get("title")))
    else:
        results.append(_scalar("title", title, meta.get("title")))
    results.append(_scalar("outlet", expected.get("outlet"), meta.get("outlet"), fold=True))
    results.append(FieldResult("published", _date_ok(expected.get("published"), meta.get("published")),
                               expected.get("published"), _date_text(meta.get("published"))))
    got_authors = _names(meta.get("authors")) + [n for n in _names(meta.get("byline")) if n not in _names(meta.get("authors"))]
    results.append(FieldResult("authors", sorted(got_authors) == _names(expected.get("authors")),
                               expected.get("authors"), got_authors))
    results.append(FieldResult("credits", sorted(_norm(c).casefold() for c in meta.get("credits") or [])
                               == sorted(_norm(c).casefold() for c in expected.get("credits") or []),
                               expected.get("credits"), meta.get("credits") or []))
    results.append(_scalar("url", expected.get("url"), meta.get("url")))
    language = str(meta.get("language") or "").split("-")[0].lower() or None
    results.append(FieldResult("language", language == expected.get("language"), expected.get("language"), language))
    access = meta.get("access") or "full"
    results.append(FieldResult("access", access == expected.get("access", "full"), expected.get("access"), access))
    results.append(FieldResult("review", review == set(expected.get("review") or []),
                               sorted(expected.get("review") or []), sorted(review)))
    # (what import writes; the loader reads it from issue 29 on: absent is news, unless review asks for it)
    got_kind = meta.get("kind") or (None if "kind" in review else "news")
    results.append(FieldResult("kind", got_kind == source_kind(expected), source_kind(expected), got_kind))
    if "syndicated" in expected:
        results.extend(_compare_syndicated(expected["syndicated"], meta.get("syndicated")))
    flat = _norm(MARKDOWN_ESCAPE.sub(r"\1", body))     # "1\. This" is the text "1. This"
    missing = [p for p in expected.get("body_includes") or [] if _norm(p) not in flat]
    results.append(FieldResult("body_includes", not missing, expected.get("body_includes"), {"missing": missing}))
    kept = [p for p in expected.get("body_excludes") or [] if _norm(p) in flat]
    results.append(FieldResult("body_excludes", not kept, expected.get("body_excludes"), {"kept": kept}))
    if "paragraphs" in expected:
        got = paragraph_count(body)
        results.append(FieldResult("paragraphs", got == expected["paragraphs"], expected["paragraphs"], got))
    if "subheadings" in expected:
        got = subheadings(body)
        want = [_norm(s) for s in expected["subheadings"] or []]
        # In order, one for one; a heading may carry more than expected (a live blog's entry
        # time beside its heading: "04:20 Result declared" for "Result declared").
        ok = len(got) == len(want) and all(w in g for w, g in zip(want, got))
        results.append(FieldResult("subheadings", ok, want, got))
    if "pages" in expected:
        got = page_anchors(body)
        results.append(FieldResult("pages", got == expected["pages"], expected["pages"], got))
    return results


def _compare_syndicated(expected: dict, got: object) -> list[FieldResult]:
    """The reproducing site's record: the entry of `syndicated` whose outlet matches, else the first."""
    entries = [e for e in got or [] if isinstance(e, dict)] if isinstance(got, list) else []
    want = _norm(expected.get("outlet")).casefold()
    entry = next((e for e in entries if _norm(e.get("outlet")).casefold() == want), entries[0] if entries else {})
    published = entry.get("published", entry.get("date"))
    return [
        _scalar("syndicated.outlet", expected.get("outlet"), entry.get("outlet") if entries else "(no syndicated entry)",
                fold=True),
        FieldResult("syndicated.published", _date_ok(expected.get("published"), published),
                    expected.get("published"), _date_text(published)),
        _scalar("syndicated.url", expected.get("url"), entry.get("url")),
        FieldResult("syndicated.access", entry.get("access") == expected.get("access"),
                    expected.get("access"), entry.get("access")),
    ]


def expected_fields(case: Case) -> list[str]:
    """The names of the checks `evaluate` makes for this case (for failures that stop early)."""
    if case.expected.get("refuse"):
        return ["refuse"]
    names = ["title", "outlet", "published", "authors", "credits", "url", "language", "access", "review", "kind"]
    if "syndicated" in case.expected:
        names += ["syndicated.outlet", "syndicated.published", "syndicated.url", "syndicated.access"]
    names += ["body_includes", "body_excludes"]
    names += [key for key in ("paragraphs", "subheadings", "pages") if key in case.expected]
    return names


def evaluate(case: Case, tmp_dir: str | Path) -> list[FieldResult]:
    """Import the case's clipping into a fresh dossier under `tmp_dir` and score every field."""
    dossier, clipping = _prepare(case, Path(tmp_dir))
    run = run_import(clipping, dossier)
    if case.expected.get("refuse"):
        ok = run.exit_code == 1 and not run.articles
        return [FieldResult("refuse", ok, "exit 1, nothing written",
                            f"exit {run.exit_code}, {len(run.articles)} article(s) written")]
    if len(run.articles) != 1:
        got = f"exit {run.exit_code}, {len(run.articles)} articles written: {run.output.strip()[-300:]}"
        return [FieldResult(name, False, case.expected.get(name), got) for name in expected_fields(case)]
    meta, body = split_article(run.articles[0].read_text(encoding="utf-8"))
    return compare(case.expected, meta, body)
