"""Read a dossier folder into dataclasses. Every problem carries its file and line.

load_dossier(root) → (Dossier, problems). Loading goes on past errors so that a build
reports everything wrong at once; the build refuses to write when any problem is an error.

With a cache, what a valid file gave (its item and warnings, records.py) is kept: a file
with the size and modification time it was read with is neither read nor validated again,
and its texts stay on disk until something asks for them (SourceFile); a file whose
time changed but not its bytes is read but not validated again.

When many files are to be read (a cold build), worker processes read and validate them and
send back each item's record; the loader reads those records as it reads the cache's, while
the workers go on with the next files.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from . import langtags, records
from .cache import CACHE_FOLDER, BuildCache
from .config import load_config
from .errors import Problem
from .fields import Fields, embargo, id_problem, parse_mapping, visibility
from .matcher import MAX_NAME_LENGTH
from .model import (ACCESS_LEVELS, ARTICLE_KINDS, KIND_UNSETTLED, Article, Dossier, Entity, ExternalLink, Relation,
                    Summary, SyndicatedCopy)
from .originals import published
from .outlets import load_outlets
from .safepaths import is_inside, refused_link, windows_name_problem
from .textfile import decode_text, split_front_matter
from .workers import forked_pool, worker_state
from .yamlsource import SourceFile

# The files one folder of the dossier may bring, links followed: links to folders that link
# again, twice at each level, would bring 2**n paths of a few real files, and copy them all
MAX_LISTED_FILES = 200_000

ARTICLE_FIELDS = {"id", "title", "outlet", "byline", "authors", "published", "url", "language",
                  "translated_from", "access", "access_note", "syndicated", "copy_of",
                  "translation_of", "credits", "tags", "summary", "entities", "notes", "review",
                  "original", "sha256", "retrieved", "kind", "visibility", "embargo"}
SUMMARY_FIELDS = {"id", "title", "date", "order", "tags", "summary", "entities", "visibility", "embargo", "language"}
ENTITY_FIELDS = {"id", "type", "name", "aliases", "summary", "roles", "links", "date", "start",
                 "end", "place", "participants", "relations", "tags", "visibility", "internal_name",
                 "internal_aliases"}
RELATION_FIELDS = {"type", "to", "inverse", "date", "start", "end", "sources", "note", "visibility"}
SYNDICATED_FIELDS = {"outlet", "url", "date", "published", "access", "note", "original", "sha256", "retrieved"}
LINK_FIELDS = {"label", "url"}


# Each content folder, its files' suffixes and the kind of item its files hold.
CONTENT_FOLDERS = (("articles", (".md", ".markdown"), "article"), ("summaries", (".md", ".markdown"), "summary"),
                   ("entities", (".yaml", ".yml"), "entity"))
# From this many files to read and validate (a cold build, not an edit), they are shared out
# to worker processes: reading is otherwise the one stage of a cold build that leaves a core
# idle.
PARALLEL_FILES = 400
# The dossier's other folders a build reads, every file in them (hidden ones too: a site's
# .well-known/): its own templates, overriding the theme's, and its static files, copied as
# they are to the site root. Nothing else in a dossier is read but dossier.yaml.
# originals/ holds the files `dossier import` kept; its PDFs and texts are published under originals/.
# outlets/ describes the outlets, one per .yaml file (outlets.py).
OTHER_FOLDERS = ("templates", "static", "originals", "outlets")


@dataclass(frozen=True)
class ContentFiles:
    """The dossier's content files, each with its stat, listed once per build: the build's
    input fingerprint and the loader both look at all of them."""

    root: Path                                              # resolved
    files: dict[str, list[tuple[str, os.stat_result]]]      # by folder (and OTHER_FOLDERS), as _files lists them
    problems: list[Problem]                                 # (links not followed, names Windows refuses)

    def stats(self) -> list[tuple[str, int, int]]:
        """(path, size, modification time) of every file."""
        return [(path, stat.st_size, stat.st_mtime_ns) for files in self.files.values() for path, stat in files]

    def under(self, folder: str) -> list[tuple[str, str, os.stat_result]]:
        """(path inside the folder with '/', path, stat) of each file listed under root/folder."""
        base = self.root / folder
        return [(_relative(path, base), path, stat) for path, stat in self.files.get(folder, [])]

    def copied(self) -> list[tuple[str, str, os.stat_result]]:
        """(path in the site, path, stat) of the files copied into the site as they are:
        static/'s at the site root, and the PDFs and texts of originals/ under originals/."""
        return [*self.under("static"), *((f"originals/{relative}", path, stat) for relative, path, stat
                                          in self.under("originals")
                                          if "/" not in relative and published(relative))]


def list_content(root: Path) -> ContentFiles:
    """The content files, and the dossier's other files a build reads (OTHER_FOLDERS)."""
    root = root.resolve()
    problems: list[Problem] = []
    files = {folder: _files(root, folder, suffixes, problems) for folder, suffixes, _ in CONTENT_FOLDERS}
    for folder in OTHER_FOLDERS:
        files[folder] = _files(root, folder, None, problems, hidden=True)
    for name, stat in files["static"]:
        reason = windows_name_problem(_relative(name, root / "static"))
        if reason:
            problems.append(Problem(Path(name), None, f"{_relative(name, root)} {reason}"))
    if (root / "theme").is_dir():
        problems.append(Problem(root / "theme", None, "this folder is not read: a dossier's own templates go in "
                                "templates/; move them there", severity="warning"))
    return ContentFiles(root, files, problems)


def load_dossier(root: Path, cache: BuildCache | None = None, workers: int = 1,
                 content: ContentFiles | None = None) -> tuple[Dossier, list[Problem]]:
    """`content`: the content files as the build listed them (else listed here)."""
    content = content or list_content(root)
    root = content.root
    cache = cache or BuildCache(None)
    config, problems = load_config(root)
    outlets, outlet_problems = load_outlets(root, [(rel, path) for rel, path, _ in content.under("outlets")])
    config = dataclasses.replace(config, outlets=outlets)
    problems += content.problems + outlet_problems
    # each file with the record of what it held when it had this size and time (if any)
    listed = [(path, stat, kind, cache.record_by_stat(_relative(path, root), stat.st_size, stat.st_mtime_ns))
              for folder, _, kind in CONTENT_FOLDERS for path, stat in content.files[folder]]
    unknown = [(path, kind) for path, _, kind, record in listed if record is None]
    items: dict[str, list] = {kind: [] for _, _, kind in CONTENT_FOLDERS}
    unreadable: dict[str, Path] = {}
    with _parsed_in_workers(root, unknown, workers) as parsed:   # (what workers read, in order)
        for path, stat, kind, record in listed:
            item = _load_file(path, stat, root, kind, problems, cache, record, parsed.get(path))
            if item is not None:
                items[kind].append(item)
            else:
                unreadable.setdefault(Path(path).stem, Path(path))
    return Dossier(root, config, items["article"], items["summary"], items["entity"], unreadable), problems


def _files(root: Path, folder: str, suffixes: tuple[str, ...] | None, problems: list[Problem],
           hidden: bool = False) -> list[tuple[str, os.stat_result]]:
    """The files under root/folder (those ending in one of `suffixes`, or all), sorted, each
    with its stat; hidden files and folders are skipped unless `hidden`. A link leading
    outside the dossier, or into a loop of links, is not followed (with a warning naming it,
    safepaths.link_problem); links inside the dossier are followed. A content folder
    (`hidden` false) is read once however many links lead to it (its files would be read
    twice); other folders are read under each name, but never inside themselves, and never
    the build's cache (.dossier-cache, which a link in static/ to the dossier would publish)."""
    base = root / folder
    if refused_link(base, root, problems) or not base.is_dir():
        return []
    found, seen, pending = [], set(), [(str(base), ())]
    root_text, cache = str(root), os.path.join(root, CACHE_FOLDER)
    while pending:
        directory, above = pending.pop()
        real = os.path.realpath(directory)
        if real in above:
            problems.append(Problem(Path(directory), None, "this path leads back, through a link, into a folder that "
                                    "holds it (a loop), so it is not followed; remove the link", severity="warning"))
            continue
        if real in seen or is_inside(real, cache):   # a link to a folder already read, or into the build's cache
            continue
        if not hidden:
            seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith(".") and not hidden:
                continue
            if entry.is_symlink() and (refused_link(entry.path, root_text, problems)
                                       or is_inside(os.path.realpath(entry.path), cache)):
                continue
            if entry.is_dir():   # (a link to a folder inside the dossier is followed)
                folders.append((entry.path, (*above, real)))
                continue
            if suffixes is not None and not entry.name.lower().endswith(suffixes):
                continue
            try:
                stat = entry.stat()   # (follows a link; a broken one is left out)
            except OSError:
                continue
            if S_ISREG(stat.st_mode):
                found.append((entry.path, stat))
        if len(found) > MAX_LISTED_FILES:
            problems.append(Problem(base, None, f"more than {MAX_LISTED_FILES:,} files in this folder, links "
                                    "followed (links to folders that link again, each level doubling them?); "
                                    "only these were read: remove the links, or split the folder"))
            break
        pending += reversed(folders)   # folders in name order (of two links to one folder, the first is read)
    # in the order of Path objects (folder by folder), sorting strings: 5,000 Paths sort slowly
    found.sort(key=lambda item: item[0].split(os.sep))
    return found   # (paths as text: a Path is made only for a file that is read, 4 µs each)


def _relative(path: str | Path, root: Path) -> str:
    """The path inside the dossier, with '/' (files come from _files, under `root`)."""
    return str(path)[len(str(root)) + 1:].replace(os.sep, "/")


@dataclass(frozen=True)
class _Parsed:
    """What reading and validating a file gave: its digest (None when it could not be read),
    the problems it gave, and the item (read in this process) or the item's record (read by a
    worker: records are what crosses between processes, not items; the texts stay on disk
    until asked for, as with the cache's records)."""

    digest: str | None
    problems: list[Problem]
    item: Article | Summary | Entity | None = None
    record: str | None = None


def _load_file(path: str, stat: os.stat_result, root: Path, kind: str, problems: list[Problem], cache: BuildCache,
               record: str | None, parsed: _Parsed | None = None):
    """The item the file holds, or `record`, what it held before when the file has not
    changed since (see the module's docstring). `parsed`: the file as a worker read it."""
    rel = _relative(path, root)
    reread = _rereader(path, rel, markdown=kind != "entity")
    known = _reused(record, path, rel, reread, problems)
    if known is not None:
        return known
    # (read here, a file whose bytes the cache knows is not validated again)
    parsed = parsed or _parse_file(path, rel, kind, in_worker=False, encode=cache.keeps_records,
                                   known=lambda digest: cache.record_by_digest(rel, digest) is not None)
    if parsed.digest is not None:
        record = cache.record_by_digest(rel, parsed.digest)
        known = _reused(record, path, rel, reread, problems)
        if known is not None:
            cache.put_record(rel, parsed.digest, stat.st_size, stat.st_mtime_ns, record)
            return known
    if parsed.record is not None and cache.keeps_records:
        cache.put_record(rel, parsed.digest, stat.st_size, stat.st_mtime_ns, parsed.record)
    if parsed.item is None and parsed.record is not None:
        return _reused(parsed.record, path, rel, reread, problems)
    problems += parsed.problems
    return parsed.item


def _parse_file(path: str, rel: str, kind: str, in_worker: bool, encode: bool = True,
                known: Callable[[str], bool] | None = None) -> _Parsed:
    """Read and validate one file; `encode`: make the record the cache keeps (a worker's
    result is its record). A file whose digest is `known` is read but not validated."""
    found: list[Problem] = []
    data = _read_bytes(path, found)
    if data is None:
        return _Parsed(None, found)
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if known is not None and known(digest):
        return _Parsed(digest, [])
    file_path = Path(path)
    text = decode_text(file_path, data, found, markdown=kind != "entity")
    item = LOADERS[kind](file_path, rel, text, found) if text is not None else None
    if item is None:
        return _Parsed(digest, found)
    record = records.encode(records.Loaded(item, found), item.source) if encode else None
    if not in_worker:
        return _Parsed(digest, found, item, record)
    return _Parsed(digest, [], None, record)   # (its warnings are in the record)


class _WorkerResults:
    """The files workers read and validated, taken in the order they were handed out, as the
    loader reaches them: it reads the records of a share while the workers read the next ones."""

    def __init__(self, files: list[tuple[str, str]], results):
        self.results = results            # an iterator of (path, _Parsed), in the order of `files`
        self.pending = {path for path, _ in files}

    def get(self, path: str) -> _Parsed | None:
        if path not in self.pending:
            return None
        for found, parsed in self.results:
            self.pending.discard(found)
            if found == path:
                return parsed
        return None


@contextmanager
def _parsed_in_workers(root: Path, files: list[tuple[str, str]], workers: int):
    """`files` ((path, kind) pairs) read and validated by worker processes when there are
    enough of them (a _WorkerResults; else one that has none: each file is read when its
    turn comes). A worker sends back records and texts, which the loader reads as it reads
    the cache's: no item crosses between processes, and no text (the Markdown workers read
    the bodies again: a main process holding them all would make every page worker, a fork
    of it, that much larger)."""
    with forked_pool(workers if len(files) >= PARALLEL_FILES else 1, root) as pool:
        if pool is None:
            yield _WorkerResults([], iter(()))
            return
        size = max(50, len(files) // (workers * 8))
        shares = [files[start:start + size] for start in range(0, len(files), size)]
        results = ((path, parsed) for share, share_results in zip(shares, pool.map(_parse_share, shares))
                   for (path, _), parsed in zip(share, share_results))
        yield _WorkerResults(files, results)


def _parse_share(files: list[tuple[str, str]]) -> list[_Parsed]:
    """In a worker: read and validate `files` (under the dossier's root, the pool's state)."""
    root = worker_state()
    return [_parse_file(path, _relative(path, root), kind, in_worker=True) for path, kind in files]


def _reused(record: str | None, path: str, rel: str, reread, problems: list[Problem]):
    """The item of a record (its problems added to `problems`), or None."""
    if record is None:
        return None
    try:
        loaded = records.decode(record, path, rel, reread)
    except (ValueError, KeyError, TypeError):
        return None   # from another version of the model: the file is loaded afresh
    problems += loaded.problems
    return loaded.item


def _rereader(path: str, rel: str, markdown: bool):
    """How a SourceFile made from a record reads its texts back, when asked for them."""
    def reread() -> tuple[str, str, str]:
        data = _read_bytes(path, [])
        text = (decode_text(Path(path), data, [], markdown) if data is not None else None) or ""
        if not markdown:
            return text, text, ""
        source = split_front_matter(Path(path), rel, text, [])
        return ("", source.yaml_text, source.body) if source else ("", "", "")
    return reread


def _read_bytes(path: str, problems: list[Problem]) -> bytes | None:
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        problems.append(Problem(Path(path), None, f"cannot read the file: {exc.strerror}"))
        return None


def _load_markdown(path: Path, rel: str, text: str, read, problems: list[Problem]):
    source = split_front_matter(path, rel, text, problems)
    if source is None:
        return None
    data = parse_mapping(source, problems)
    if data is None:
        return None
    return read(Fields(data, source, problems), source)


def _load_article(path: Path, rel: str, text: str, problems: list[Problem]) -> Article | None:
    return _load_markdown(path, rel, text, _read_article, problems)


def _load_summary(path: Path, rel: str, text: str, problems: list[Problem]) -> Summary | None:
    return _load_markdown(path, rel, text, _read_summary, problems)


def _item_id(fields: Fields, source: SourceFile) -> str | None:
    value = fields.data.get("id")
    if value is None:
        value = Path(source.rel).stem
        reason = id_problem(value)
        if reason:
            fields.problems.append(Problem(source.path, 1, f"the file name gives the id: {reason}; "
                                           "rename the file or add an 'id:' field"))
            return None
        return value
    value = fields.str("id")
    if value is None:
        return None
    reason = id_problem(value)
    if reason:
        fields.error("id", reason)
        return None
    return value


def _read_article(fields: Fields, source: SourceFile) -> Article | None:
    fields.check_unknown(ARTICLE_FIELDS, "an article")
    article_id, title = _item_id(fields, source), fields.str("title", required=True)
    authors = fields.str_list("authors") + [a for a in fields.str_list("byline")]
    syndicated = [_read_syndicated(copy) for copy in fields.items("syndicated")]
    review = fields.str_list("review")
    article = Article(
        id=article_id or "", title=title or "", source=source,
        outlet=fields.str("outlet"), authors=list(dict.fromkeys(authors)),
        published=fields.date("published"), url=fields.url("url"), language=_language(fields),
        translated_from=fields.str("translated_from"),
        access=fields.choice("access", ACCESS_LEVELS, "full") or "full",
        access_note=fields.str("access_note"), syndicated=syndicated,
        copy_of=fields.ref("copy_of"), translation_of=fields.ref("translation_of"),
        credits=fields.str_list("credits"), tags=fields.str_list("tags"),
        summary=fields.str("summary"), entities=fields.id_list("entities"), notes=fields.str("notes"),
        review=review, original=_original(fields), sha256=_sha256(fields),
        retrieved=fields.date("retrieved"), source_kind=_source_kind(fields, review),
        visibility=visibility(fields), embargo=embargo(fields))
    return article if article_id and title else None


def _source_kind(fields: Fields, review: list[str]) -> str:
    """`kind:`; without one, news, unless an open review item asks for the kind (`dossier import`
    could not tell): then the kind is not yet known, and pages say so rather than call it news."""
    kind = fields.one_of("kind", ARTICLE_KINDS, None)
    if kind:
        return kind
    if fields.data.get("kind") is None and any(item.split(":", 1)[0].strip().lower() == "kind" for item in review):
        return KIND_UNSETTLED
    return "news"


def _language(fields: Fields) -> str | None:
    """`language:` as a BCP 47 tag ('fr_FR' → 'fr-FR', 'French' → 'fr'; langtags.normalise)."""
    value = fields.str("language")
    if value is None:
        return None
    tag = langtags.normalise(value)
    if tag is None:
        fields.error("language", langtags.problem(value))
    return tag


def _original(fields: Fields) -> str | None:
    """`original:`, the imported file kept in the dossier's originals/ folder."""
    value = fields.str("original")
    if value and not re.fullmatch(r"originals/[A-Za-z0-9][A-Za-z0-9_.-]*", value):
        fields.error("original", f"original: '{value}' is not a file of the dossier's originals/ folder; "
                     "write it as originals/<name> (as dossier import does)")
        return None
    return value


def _sha256(fields: Fields) -> str | None:
    value = fields.str("sha256")
    if value and not re.fullmatch(r"[0-9a-f]{64}", value):
        fields.error("sha256", "sha256: not a SHA-256 digest (64 lower-case hexadecimal digits); copy it from "
                     "`sha256sum` of the original, or import the file again")
        return None
    return value


def _read_syndicated(copy: Fields) -> SyndicatedCopy:
    copy.check_unknown(SYNDICATED_FIELDS, "a syndicated copy")
    return SyndicatedCopy(outlet=copy.str("outlet"), url=copy.url("url"),
                          published=copy.date("published") or copy.date("date"),
                          access=copy.choice("access", ACCESS_LEVELS, None), note=copy.str("note"))


def _read_summary(fields: Fields, source: SourceFile) -> Summary | None:
    fields.check_unknown(SUMMARY_FIELDS, "a summary")
    summary_id, title = _item_id(fields, source), fields.str("title", required=True)
    summary = Summary(id=summary_id or "", title=title or "", source=source, date=fields.date("date"),
                      order=fields.int("order"), tags=fields.str_list("tags"),
                      summary=fields.str("summary"), entities=fields.id_list("entities"),
                      visibility=visibility(fields), embargo=embargo(fields), language=_language(fields))
    return summary if summary_id and title else None


def _load_entity(path: Path, rel: str, text: str, problems: list[Problem]) -> Entity | None:
    source = SourceFile(path, rel, text, text, 1)
    if not text.strip():
        problems.append(Problem(path, 1, "the file is empty; an entity needs at least 'name:' and 'type:'"))
        return None
    data = parse_mapping(source, problems, entity=True)
    if data is None:
        return None
    fields = Fields(data, source, problems)
    fields.check_unknown(ENTITY_FIELDS, "an entity")
    entity_id, name = _item_id(fields, source), fields.str("name", required=True)
    entity_type = (fields.str("type") or "").lower()
    if not entity_type:
        fields.error("type", "'type' is missing; add a line such as 'type: person' "
                     "(person, organization, place, event, work, or a type of your own)")
    relations = []
    for item in fields.items("relations"):
        item.check_unknown(RELATION_FIELDS, "a relation")
        kind, target = item.str("type", required=True), item.ref("to")
        if target is None and "to" not in item.data:
            item.error("to", "the relation has no 'to:'; give the id of the other entity")
        if kind and target:
            relations.append(Relation(subject=entity_id or "", type=kind, target=target,
                                      inverse=item.str("inverse"), date=item.span(),
                                      sources=tuple(item.id_list("sources")), note=item.str("note"),
                                      line=source.line_of(*item.keys), visibility=visibility(item)))
    links = []
    for item in fields.items("links"):
        item.check_unknown(LINK_FIELDS, "a link")
        url = item.url("url")
        if url:
            links.append(ExternalLink(item.str("label") or url, url))
    summary = data.get("summary")
    entity = Entity(id=entity_id or "", type=entity_type or "other", name=name or "", source=source,
                    aliases=_short_names(fields, name),
                    summary=summary.strip() if isinstance(summary, str) else (fields.str("summary") or ""),
                    roles=fields.str_list("roles"), links=links, date=fields.span(),
                    place=fields.ref("place"), participants=fields.id_list("participants"),
                    relations=relations, tags=fields.str_list("tags"), visibility=visibility(fields),
                    internal_name=fields.str("internal_name"), internal_aliases=fields.str_list("internal_aliases"))
    return entity if entity_id and name else None


def _short_names(fields: Fields, name: str | None) -> list[str]:
    """The entity's aliases, refusing (with their lines) a name or alias over MAX_NAME_LENGTH
    characters: each is looked for in every text, and one of a few hundred characters made
    every text fail to render."""
    def refuse(label: str, length: int, *keys: object) -> None:
        fields.problems.append(Problem(fields.source.path, fields.source.line_of(*keys),
                                       f"{label} is {length} characters long; a name can be at most "
                                       f"{MAX_NAME_LENGTH} characters — shorten it (the full form can go in 'summary')"))

    if name and len(name) > MAX_NAME_LENGTH:
        refuse("'name'", len(name), "name")
    raw = fields.data.get("aliases")
    aliases = []
    for alias in fields.str_list("aliases"):
        if len(alias) <= MAX_NAME_LENGTH:
            aliases.append(alias)
            continue
        index = next((i for i, item in enumerate(raw) if isinstance(item, str) and item.strip() == alias), None) \
            if isinstance(raw, list) else None
        if index is None:
            refuse("'aliases'", len(alias), "aliases")
        else:
            refuse(f"item {index + 1} of 'aliases'", len(alias), "aliases", index)
    return aliases


LOADERS = {"article": _load_article, "summary": _load_summary, "entity": _load_entity}
