"""The two editions of a dossier: the stage between load and index that makes, from the loaded
Dossier, the Dossier of one edition.

- The internal edition holds everything: entities also go by their internal_name and
  internal_aliases; internal blocks stay (the Markdown shows them as marked asides).
- The public edition leaves out, as if they had never been written: internal and embargoed
  articles and summaries, internal entities, internal relations and every relation touching
  a left-out entity, references from public items' fields to left-out ones (an internal copy
  is no member of a family), internal names, and every internal block (fences.py) of every
  text. Nothing after this stage (index, Markdown, views, search, feeds) sees what it left
  out; what it left out is listed (`withheld`) for the leak check of the written site.

A public text that still cites or links a left-out item is told so by the Markdown pass
(Dossier.withheld: see markup/run.py).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from .cache import CACHE_FOLDER
from .errors import Problem
from .fences import internal_blocks, internal_texts, public_text, unclosed_line
from .fields import embargo_moment
from .model import Article, Dossier, Entity, Relation, Summary
from .quotes import cited_with_quotes, referenced_ids
from .leakcheck import Withheld   # (what the public edition leaves out, for the leak check)
from .yamlsource import SourceFile

PUBLIC, INTERNAL = "public", "internal"


@dataclass
class Edition:
    dossier: Dossier
    problems: list[Problem]
    withheld: list[Withheld]                 # (public edition only)
    published_words: frozenset[str]          # every id, title, name and alias published (public edition)
    embargo_ends: str | None = None          # the first moment an embargoed item left out is due (ISO 8601)
    public_texts: tuple[str, ...] = ()       # the public edition's texts (what it quotes is not a leak)


def select_edition(dossier: Dossier, internal: bool, as_of: datetime | None = None) -> Edition:
    """The edition's Dossier, the problems of internal blocks (both editions), and, for the
    public edition, what it leaves out. `as_of`: the moment embargoes are compared with (by
    default, now)."""
    problems = _unclosed_blocks(dossier)
    if internal:
        entities = [_with_internal_names(entity) for entity in dossier.entities]
        return Edition(replace(dossier, entities=entities, edition=INTERNAL), problems, [], frozenset())
    return _public(dossier, as_of or datetime.now(timezone.utc), problems)


def _unclosed_blocks(dossier: Dossier) -> list[Problem]:
    """An internal block never closed, in any text: an error in both editions (the public
    one leaves out everything after its fence all the same)."""
    problems = []
    advice = "the internal block opened here ('::: internal') is never closed; add a line ':::' where it ends"
    for document in [*dossier.articles, *dossier.summaries]:
        if document.source.has_fences and (line := unclosed_line(document.source.body)) is not None:
            problems.append(Problem(document.source.path, document.source.body_first_line + line, advice))
        for key in _TEXT_FIELDS.get(document.kind, ()):
            if (line := unclosed_line(getattr(document, key) or "")) is not None:
                problems.append(Problem(document.source.path, document.source.line_of(key), advice))
    for entity in dossier.entities:
        if unclosed_line(entity.summary) is not None:
            problems.append(Problem(entity.source.path, entity.source.line_of("summary"), advice))
    return problems


# The fields of plain text besides the body that may hold internal blocks
_TEXT_FIELDS = {"article": ("summary", "notes"), "summary": ("summary",)}


def _with_internal_names(entity: Entity) -> Entity:
    """The entity as the internal edition shows it: its internal names among its aliases
    (linked and searchable)."""
    names = [entity.internal_name] if entity.internal_name else []
    extra = [name for name in dict.fromkeys([*names, *entity.internal_aliases])
             if name != entity.name and name not in entity.aliases]
    return replace(entity, aliases=[*extra, *entity.aliases]) if extra else entity


def _public(dossier: Dossier, now: datetime, problems: list[Problem]) -> Edition:
    default = dossier.config.default_visibility
    withheld: list[Withheld] = []
    left_out: dict[str, tuple[str, str]] = {}   # id → (kind, why: "internal" or "embargoed until <date>")
    embargo_ends: datetime | None = None

    def kept(item) -> bool:
        nonlocal embargo_ends
        if (item.visibility or default) == INTERNAL:
            left_out[item.id] = (item.kind, INTERNAL)
            return False
        moment = embargo_moment(getattr(item, "embargo", None))
        if moment is not None and moment > now:
            left_out[item.id] = (item.kind, f"embargoed until {item.embargo}")
            embargo_ends = moment if embargo_ends is None else min(embargo_ends, moment)
            return False
        return True

    articles = [article for article in dossier.articles if kept(article)]
    summaries = [summary for summary in dossier.summaries if kept(summary)]
    entities = [entity for entity in dossier.entities if kept(entity)]
    for item in [*dossier.articles, *dossier.summaries, *dossier.entities]:
        if item.id in left_out:
            withheld.append(_withheld_item(item))

    def public(ids) -> list[str]:
        return [i for i in ids if i not in left_out]

    articles = [_public_document(article, withheld, public) for article in articles]
    summaries = [_public_document(summary, withheld, public) for summary in summaries]
    entities = [_public_entity(entity, withheld, public, default, left_out) for entity in entities]
    config = dossier.config
    if config.lead_summary in left_out:
        config = replace(config, lead_summary=None)
    edition = replace(dossier, config=config, articles=articles, summaries=summaries, entities=entities,
                      withheld={item_id: why for item_id, (_, why) in left_out.items()}, edition=PUBLIC)
    published = frozenset(word for item in [*articles, *summaries, *entities] for word in _words(item) if word)
    return Edition(edition, problems, withheld, published,
                   embargo_ends.isoformat() if embargo_ends is not None else None,
                   # (the dossier's title and description are on every page: its words, the author's too)
                   (config.title, config.description, *_public_texts([*articles, *summaries], entities))
                   if withheld else ())


def _public_texts(documents: list, entities: list[Entity]) -> tuple[str, ...]:
    """The public edition's own texts: a withheld word or run that one of them writes (an
    internal entity's name in a public article, an internal note quoting one) stays there as
    plain words, which the author published; the leak check notes it instead of failing (a
    template printing one is not told apart from the text, which already shows it)."""
    return tuple(text for text in (*(d.body for d in documents),
                                   *(getattr(d, key) or "" for d in documents for key in _TEXT_FIELDS[d.kind]),
                                   *(e.summary for e in entities), *(r.note or "" for e in entities for r in e.relations),
                                   *(d.title for d in documents)) if text)


def _words(item) -> tuple[str, ...]:
    if isinstance(item, Entity):
        return (item.id, item.name, *item.aliases)
    return (item.id, item.title)


def _withheld_item(item) -> Withheld:
    source = item.source
    if isinstance(item, Entity):
        words = (*_words(item), *([item.internal_name] if item.internal_name else []), *item.internal_aliases)
        texts = tuple(text for text in (item.summary, *(r.note or "" for r in item.relations)) if text)
    else:
        words = _words(item)
        texts = tuple(text for text in (source.body, *(getattr(item, key) or "" for key in _TEXT_FIELDS[item.kind]))
                      if text.strip())
    return Withheld(item.id, item.kind, source.path, 1, tuple(dict.fromkeys(words)), texts)


def _public_document(document: Article | Summary, withheld: list[Withheld], public) -> Article | Summary:
    """The document without its internal blocks, and without references to left-out items in its fields."""
    changes: dict = {"entities": public(document.entities)}
    if isinstance(document, Article):
        for key in ("copy_of", "translation_of"):
            if getattr(document, key) is not None and not public([getattr(document, key)]):
                changes[key] = None
    for key in _TEXT_FIELDS[document.kind]:
        text = getattr(document, key)
        if text and internal_blocks(text):
            withheld += _blocks(document.id, document.source, text, document.source.line_of(key))
            changes[key] = public_text(text).strip() or None
    source = document.source
    if source.has_fences and internal_blocks(source.body):
        withheld += _blocks(document.id, source, source.body, None)
        changes["source"] = _public_source(source)
    if changes["entities"] == document.entities:
        del changes["entities"]
    return replace(document, **changes) if changes else document


def _blocks(item_id: str, source: SourceFile, text: str, line: int | None) -> list[Withheld]:
    """The internal blocks of a published text; `line`: where the text starts in its file
    (None: the text is the document's body)."""
    starts = [block.start for block in internal_blocks(text)]
    return [Withheld(item_id, "internal block", source.path,
                     source.body_first_line + start if line is None else line, (), (inner,))
            for start, inner in zip(starts, internal_texts(text)) if inner.strip()]


def _public_source(source: SourceFile) -> SourceFile:
    """A document's file as the public edition reads it: its body without internal blocks."""
    body = public_text(source.body)
    return SourceFile(source.path, source.rel, "", source.yaml_text, source.yaml_first_line, body,
                      source.body_first_line, quoted_ids=tuple(cited_with_quotes(body)),
                      referenced_ids=tuple(referenced_ids(body)))


def _public_entity(entity: Entity, withheld: list[Withheld], public, default: str,
                   left_out: dict[str, tuple[str, str]]) -> Entity:
    """The entity without internal names, internal relations and relations to left-out
    entities, and without references to left-out items."""
    source = entity.source
    relations: list[Relation] = []
    for relation in entity.relations:
        if relation.visibility == INTERNAL or relation.target in left_out:
            withheld.append(Withheld(entity.id, "relation", source.path, relation.line, (),
                                     (relation.note,) if relation.note else ()))
            continue
        sources = tuple(public(relation.sources))
        relations.append(relation if sources == relation.sources else replace(relation, sources=sources))
    changes: dict = {}
    if relations != entity.relations:
        changes["relations"] = relations
    if entity.internal_name or entity.internal_aliases:
        names = tuple(dict.fromkeys([*([entity.internal_name] if entity.internal_name else []),
                                     *entity.internal_aliases]))
        withheld.append(Withheld(entity.id, "internal name", source.path, source.line_of("internal_name"), names, ()))
        changes.update(internal_name=None, internal_aliases=[])
    if entity.summary and internal_blocks(entity.summary):
        withheld += _blocks(entity.id, source, entity.summary, source.line_of("summary"))
        changes["summary"] = public_text(entity.summary).strip()
    participants = public(entity.participants)
    if participants != entity.participants:
        changes["participants"] = participants
    if entity.place is not None and not public([entity.place]):
        changes["place"] = None
    return replace(entity, **changes) if changes else entity


def published_problems(problems: list[Problem], withheld: list[Withheld]) -> list[Problem]:
    """The public edition's problems less the warnings about the files it leaves out: the
    warnings a build keeps go into the site's marker, published with it. (Errors stay: the
    build stops, and the files must be mended for either edition.)"""
    left_out = {os.path.normpath(item.path) for item in withheld if item.kind in ("article", "summary", "entity")}
    if not left_out:
        return problems
    return [p for p in problems if p.is_error or p.path is None or os.path.normpath(p.path) not in left_out]


# When the first embargo the last public build into each output folder kept is due: in the
# dossier's cache folder, not in the site's marker (published with the site, it would tell
# that something is to come out, and when). Lost with the cache, an embargo is lifted by the
# next build that changes anything (never early).
EMBARGOES = "embargoes.json"


def _embargoes(root: Path) -> dict:
    try:
        found = json.loads((root / CACHE_FOLDER / EMBARGOES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def embargo_ended(root: Path, output: Path, as_of: datetime | None = None) -> bool:
    """Whether an item the last public build into `output` left out under embargo is due by
    `as_of` (else now): the build is then not skipped, though no file changed."""
    due = _embargoes(root).get(str(output.resolve()))
    if not isinstance(due, str):
        return False
    try:
        return datetime.fromisoformat(due) <= (as_of or datetime.now(timezone.utc))
    except (ValueError, TypeError):
        return True


def remember_embargo(root: Path, output_folder: Path, due: str | None) -> None:
    """Note (or forget) when the first embargo of the public build just written into
    `output_folder` is due."""
    folder = root / CACHE_FOLDER
    embargoes, output = _embargoes(root), str(output_folder.resolve())
    if embargoes.get(output) == due or not folder.is_dir():
        return
    if due is None:
        embargoes.pop(output, None)
    else:
        embargoes[output] = due
    try:
        temporary = folder / f"{EMBARGOES}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(embargoes, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, folder / EMBARGOES)
    except OSError:
        pass   # (then the site is rebuilt when something changes; an embargo never ends early)
