"""Index the loaded dossier: ids and their pages, aliases, references, relations both ways.

build_index(dossier) → (Catalog, problems). Backlinks depend on the Markdown pass and are
collected afterwards by collect_backlinks().
"""
from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from .errors import Problem
from .i18n import N_
from .matcher import MAX_NAME_LENGTH, MentionMatcher, name_key
from .model import KNOWN_ENTITY_TYPES, Article, Dossier, Entity, Relation, Summary
from .quotes import referenced_ids
from .safepaths import reserved_name

SECTION = {"article": "articles", "summary": "summaries", "entity": "entities"}


@dataclass(frozen=True)
class Target:
    """Anything a [[wiki-link]] can point to."""

    id: str
    kind: str     # "article", "summary", "entity"
    title: str
    path: str     # site-relative file path: "entities/herve.html"


@dataclass(frozen=True)
class RelationEnd:
    """A relation as seen from one of its two entities, read as 'subject verb object'.

    From the declaring entity: itself, the relation's type, the other. From the other
    entity: itself, the inverse wording, the declaring one, when an inverse is given;
    otherwise the sentence as declared, so that it never says something untrue.
    """

    relation: Relation
    other: str          # the other entity's id
    outgoing: bool      # declared by this entity

    @property
    def subject(self) -> str:
        if self.outgoing or self.relation.inverse:
            return self.relation.target if not self.outgoing else self.relation.subject
        return self.relation.subject

    @property
    def verb(self) -> str:
        return self.relation.type if self.outgoing or not self.relation.inverse else self.relation.inverse

    @property
    def object(self) -> str:
        return self.relation.target if self.subject == self.relation.subject else self.relation.subject


class Mention(NamedTuple):
    """That a document mentions an entity, and how often (the words around the first time
    are in the document's Rendered.snippets). A named tuple: a dossier has a hundred
    thousand of them, read back from the cache."""

    entity_id: str
    count: int


@dataclass(frozen=True)
class Family:
    """Articles that are copies or translations of one another: one independent source."""

    id: str                          # the original's article id
    members: tuple[str, ...]         # article ids, the original first
    records: tuple[tuple[str, object], ...] = ()   # (article id, SyndicatedCopy) kept as records only

    @property
    def size(self) -> int:
        return len(self.members) + len(self.records)


def build_families(articles: dict[str, Article]) -> dict[str, Family]:
    """article id → its family (every article has one, most of them alone)."""
    parent = {article_id: article_id for article_id in articles}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for article in articles.values():
        for other in (article.copy_of, article.translation_of):
            if other in articles:
                parent[root(article.id)] = root(other)
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(articles):
        groups[root(article_id)].append(article_id)
    families = {}
    for ids in groups.values():
        originals = [i for i in ids if not ({articles[i].copy_of, articles[i].translation_of} & set(ids))]

        def order(i: str) -> tuple:
            date = articles[i].published
            return (i not in originals, date.sort_key if date else (9999,), i)

        members = tuple(sorted(ids, key=order))
        records = tuple((i, copy) for i in members for copy in articles[i].syndicated)
        family = Family(members[0], members, records)
        families.update({i: family for i in members})
    return families


def independent_sources(article_ids, families: dict[str, Family]) -> int:
    """How many independent sources a set of articles amounts to: families, not pages."""
    return len({families[i].id for i in article_ids if i in families})


@dataclass
class Catalog:
    dossier: Dossier
    targets: dict[str, Target]
    articles: dict[str, Article]
    summaries: dict[str, Summary]
    entities: dict[str, Entity]
    matcher: MentionMatcher
    relations: dict[str, list[RelationEnd]]
    ambiguous_aliases: dict[str, list[str]] = field(default_factory=dict)
    families: dict[str, Family] = field(default_factory=dict)

    @property
    def config(self):
        return self.dossier.config


# Each page is a file of its section's folder (articles/<id>.html), beside the section's list
# (articles/index.html), not a folder of its own with an index.html: links name their file
# anyway, so that the site works opened from disk, and a folder costs as much to create as
# the page itself.
LIST_PAGE = "index"   # the name no item can take: its section's list page has it


def page_path(kind: str, item_id: str) -> str:
    return f"{SECTION[kind]}/{item_id}.html"


def tag_path(slug: str) -> str:
    return f"tags/{slug}.html"


# Symbols that make a tag another tag ('C++', 'C#' and 'C' are three languages), as words in
# its page's name; other punctuation separates words. Letters with no accent to drop are
# spelt in Latin letters when they have a usual spelling, else by their code (U+65E5: u65e5).
_SYMBOL_WORDS = {"+": "plus", "#": "sharp", "&": "and", "@": "at", "%": "percent"}
_LETTER_SPELLINGS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
                     "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng"}
MAX_SLUG_LENGTH = 80   # a longer one is cut, with a hash of the whole to keep it apart
_PLAIN_TAG = re.compile(r"[A-Za-z0-9\s\-_.,:;'\"/()!?]*")


def tag_slug(tag: str) -> str:
    """A tag's page name: its letters and digits, unaccented and lower-cased, in words
    separated by '-'. Tags that differ only in case, accents or separators share it."""
    if _PLAIN_TAG.fullmatch(tag):
        text = tag.lower()
    else:
        spelt = []
        for char in unicodedata.normalize("NFKD", tag.lower()):
            if char.isascii():
                word = _SYMBOL_WORDS.get(char)
                spelt.append(f"-{word}-" if word else char)
            elif unicodedata.combining(char):
                continue
            elif char in _LETTER_SPELLINGS:
                spelt.append(_LETTER_SPELLINGS[char])
            elif char.isalnum():
                spelt.append(f"-u{ord(char):x}-")
            else:
                spelt.append("-")
        text = "".join(spelt)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "tag"
    if len(slug) > MAX_SLUG_LENGTH:   # (a disk takes names of 255 bytes at most)
        slug = slug[:MAX_SLUG_LENGTH - 9].rstrip("-") + "-" + hashlib.blake2b(slug.encode(), digest_size=4).hexdigest()
    # (tags/index.html lists the tags; tags/con.html could not be opened on Windows)
    return f"{slug}-tag" if slug == LIST_PAGE or reserved_name(slug) else slug


def _check_tag_spellings(dossier: Dossier, problems: list[Problem]) -> None:
    """Warn of tags that share a page (their slug) but not a spelling beyond case ('U.S.
    politics' and 'u-s politics'): the page goes by the first one, as collect_tags names it."""
    first: dict[str, tuple[str, str, object]] = {}   # slug → (spelling key, tag, item)
    warned: set[str] = set()
    seen: dict[str, tuple[str, str]] = {}   # tag → (slug, spelling key): a dossier has few tags, often repeated
    for item in [*dossier.articles, *dossier.summaries]:
        for index, tag in enumerate(item.tags):
            slug, key = seen.get(tag) or seen.setdefault(tag, (tag_slug(tag), " ".join(tag.casefold().split())))
            known = first.setdefault(slug, (key, tag, item))
            if known[0] != key and key not in warned:
                warned.add(key)
                problems.append(Problem(item.source.path, item.source.line_of("tags", index),
                                        f"the tag '{tag}' shares the page {tag_path(slug)} with '{known[1]}' "
                                        f"({known[2].source.rel}); write them the same way, or make them differ "
                                        "by more than punctuation or accents", severity="warning"))


def build_index(dossier: Dossier) -> tuple[Catalog, list[Problem]]:
    problems: list[Problem] = []
    items = [*dossier.articles, *dossier.summaries, *dossier.entities]
    targets, owners = _targets(items, problems)
    articles = {a.id: a for a in dossier.articles if owners.get(a.id) is a}
    summaries = {s.id: s for s in dossier.summaries if owners.get(s.id) is s}
    entities = {e.id: e for e in dossier.entities if owners.get(e.id) is e}
    _check_references(dossier, targets, problems)
    problems += _unchecked_notes(dossier, targets)
    _check_tag_spellings(dossier, problems)
    _check_types(dossier, problems)
    matcher, ambiguous = _alias_matcher(list(entities.values()), problems)
    relations = _relations(list(entities.values()), entities)
    return Catalog(dossier, targets, articles, summaries, entities, matcher, relations, ambiguous,
                   build_families(articles)), problems


def _targets(items: list, problems: list[Problem]) -> tuple[dict[str, Target], dict[str, object]]:
    """Every item's page, and which item owns each id (the first file that claims it)."""
    targets: dict[str, Target] = {}
    owners: dict[str, object] = {}
    paths: dict[str, object] = {}
    for item in items:
        other = owners.get(item.id)
        if other is not None:
            problems.append(Problem(item.source.path, item.source.line_of("id") if "id:" in item.source.yaml_text else 1,
                                    f"duplicate id '{item.id}': {other.source.rel} already uses it; "
                                    "ids must be unique across articles, summaries and entities — rename one"))
            continue
        path = page_path(item.kind, item.id)
        clash = paths.get(path.lower())
        if clash is not None:
            problems.append(Problem(item.source.path, 1,
                                    f"'{item.id}' and '{clash.id}' ({clash.source.rel}) would write the same page "
                                    f"{path} on case-insensitive disks; give them ids that differ by more than case"))
            continue
        owners[item.id], paths[path.lower()] = item, item
        title = item.name if item.kind == "entity" else item.title
        targets[item.id] = Target(item.id, item.kind, title, path)
    return targets, owners


def _check_references(dossier: Dossier, targets: dict[str, Target], problems: list[Problem]) -> None:
    def check(item, key, ref_id, kinds, *keys):
        target = targets.get(ref_id)
        if target is not None and target.kind in kinds:
            return
        if target is None and ref_id in dossier.unreadable:   # (its own error says why; see _unchecked_note)
            return
        source = item.source
        wanted = " or ".join(kinds)
        if target is None:
            hint = did_you_mean(ref_id, targets, dossier.entities, kinds)
            message = f"'{key}' refers to '{ref_id}', which is not an {wanted} id in this dossier{hint}"
        else:
            message = f"'{key}' refers to '{ref_id}', which is a {target.kind}, not an {wanted}"
        problems.append(Problem(source.path, source.line_of(*keys), message))

    for article in dossier.articles:
        for key in ("copy_of", "translation_of"):
            ref = getattr(article, key)
            if ref:
                check(article, key, ref, ("article",), key)
                if ref == article.id:
                    problems.append(Problem(article.source.path, article.source.line_of(key),
                                            f"'{key}' names the article itself"))
        for entity_id in article.entities:
            check(article, "entities", entity_id, ("entity",), "entities")
    _check_copy_loops(dossier.articles, problems)
    for summary in dossier.summaries:
        for entity_id in summary.entities:
            check(summary, "entities", entity_id, ("entity",), "entities")
    for entity in dossier.entities:
        if entity.place:
            check(entity, "place", entity.place, ("entity",), "place")
        for index, participant in enumerate(entity.participants):
            check(entity, "participants", participant, ("entity",), "participants", index)
        for index, relation in enumerate(entity.relations):
            check(entity, "relations.to", relation.target, ("entity",), "relations", index, "to")
            for source_index, source_id in enumerate(relation.sources):
                check(entity, "relations.sources", source_id, ("article",), "relations", index, "sources", source_index)
    lead = dossier.config.lead_summary
    if lead and lead not in dossier.unreadable and (lead not in targets or targets[lead].kind != "summary"):
        problems.append(Problem(dossier.root / "dossier.yaml", None,
                                f"lead_summary '{lead}' is not the id of a summary in this dossier"))


def _check_copy_loops(articles: list[Article], problems: list[Problem]) -> None:
    """An article that is, through copy_of and translation_of, a copy of itself (A a copy of
    B, B of A): a family whose original is nowhere. Each loop is reported once, on the article
    of its smallest id (itself naming itself is reported by _check_references)."""
    by_id = {article.id: article for article in articles}

    def links(article: Article) -> list[tuple[str, str]]:
        return [(key, target) for key in ("copy_of", "translation_of")
                if (target := getattr(article, key)) in by_id and target != article.id]

    state: dict[str, int] = {}   # 1: on the path being followed, 2: done
    loops: dict[frozenset, list[str]] = {}
    for start in sorted(by_id):
        if start in state:
            continue
        path, pending = [], [(start, iter(links(by_id[start])))]
        state[start] = 1
        path.append(start)
        while pending:
            current, following = pending[-1]
            step = next(following, None)
            if step is None:
                pending.pop()
                path.pop()
                state[current] = 2
                continue
            target = step[1]
            if state.get(target) == 1:
                cycle = path[path.index(target):]
                loops.setdefault(frozenset(cycle), cycle)
            elif target not in state:
                state[target] = 1
                path.append(target)
                pending.append((target, iter(links(by_id[target]))))
    for cycle in loops.values():
        first = cycle.index(min(cycle))
        cycle = cycle[first:] + cycle[:first]
        article = by_id[cycle[0]]
        key = next(key for key, target in links(article) if target == cycle[1 % len(cycle)])
        problems.append(Problem(article.source.path, article.source.line_of(key),
                                f"'{key}' makes a loop: {' → '.join([*cycle, cycle[0]])} are each a copy or a "
                                "translation of the next; one of them is the original — remove its "
                                "'copy_of' or 'translation_of'"))


# Words written for a built-in type that are too far from its spelling to be found as typos.
_TYPE_WORDS = {"people": "person", "org": "organization", "orgs": "organization"}


def _check_types(dossier: Dossier, problems: list[Problem]) -> None:
    """Warn of an entity type that is neither built in nor declared under 'types:' in
    dossier.yaml, but close to one that is ('persn'): as it stands, it makes a section of its
    own on the Who's who page. A type far from every known one is a desk's own, accepted."""
    for entity in dossier.entities:
        if problem := type_problem(entity.type, dossier.config.types):
            problems.append(Problem(entity.source.path, entity.source.line_of("type"), problem, severity="warning"))


def type_problem(entity_type: str, declared: tuple[str, ...]) -> str | None:
    """What is wrong with an entity type that is neither built in nor declared but close to one."""
    known = [*KNOWN_ENTITY_TYPES, *declared]
    if entity_type in known:
        return None
    guess = [_TYPE_WORDS[entity_type]] if entity_type in _TYPE_WORDS else \
        difflib.get_close_matches(entity_type, known, n=1, cutoff=0.75)
    if not guess:
        return None
    return (f"unknown type '{entity_type}'; did you mean '{guess[0]}'? (a type of your own is declared in "
            f"dossier.yaml: 'types: [{entity_type}]')")


def _unchecked_notes(dossier: Dossier, targets: dict[str, Target]) -> list[Problem]:
    """One note for each file that could not be read and that other files seem to refer to:
    what refers to its id is not checked (it would all be reported as unknown) until it can be."""
    notes = []
    for item_id, path in sorted(dossier.unreadable.items()):
        if item_id in targets:
            continue
        if any(_refers_to(item, item_id) for item in [*dossier.articles, *dossier.summaries, *dossier.entities]):
            notes.append(Problem(path, None, f"what refers to '{item_id}' in other files is not checked until this "
                                 "file can be read", severity="note"))
    return notes


def _refers_to(item, item_id: str) -> bool:
    if isinstance(item, Entity):
        ids = {item.place, *item.participants, *referenced_ids(item.summary)}
        ids.update(ref for relation in item.relations for ref in (relation.target, *relation.sources))
    else:
        ids = {*item.entities, *item.source.referenced_ids}
        if isinstance(item, Article):
            ids.update((item.copy_of, item.translation_of))
    return item_id in ids


def did_you_mean(value: str, targets: dict[str, Target], entities: list[Entity],
                 kinds: tuple[str, ...] = ("entity", "article", "summary")) -> str:
    """'; did you mean 'mohamed-djeha'?' for an unknown id: the ids of `kinds` nearest to it,
    and the entities whose name or alias it is ('djeha' for Mohamed Djeha, alias Djeha);
    '' when none is near."""
    wanted = [t.id for t in targets.values() if t.kind in kinds]
    key = _id_key(value)
    named = []
    if "entity" in kinds:
        named = [e.id for e in entities if e.id in targets and any(_id_key(name) == key for name in e.names)]
    words = [i for i in wanted if key and key in i.split("-")]
    close = difflib.get_close_matches(value, wanted, n=3, cutoff=0.8 if named or words else 0.6)
    found = list(dict.fromkeys([*named, *close, *words]))[:3]
    if not found:
        return ""
    quoted = [f"'{item}'" for item in found]
    return f"; did you mean {quoted[0] if len(quoted) == 1 else ', '.join(quoted[:-1]) + ' or ' + quoted[-1]}?"


def _id_key(text: str) -> str:
    """A name or id as an id would spell it: 'Mohamed Djeha' → 'mohamed-djeha'."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _alias_matcher(entities: list[Entity], problems: list[Problem]) -> tuple[MentionMatcher, dict[str, list[str]]]:
    claims: dict[str, dict[str, tuple[str, Entity]]] = defaultdict(dict)
    for entity in entities:
        for alias in entity.names:
            key = name_key(alias)
            if key and len(alias) <= MAX_NAME_LENGTH and entity.id not in claims[key]:   # (longer: refused by load.py)
                claims[key][entity.id] = (alias, entity)
    names: dict[str, tuple[str, str]] = {}
    ambiguous: dict[str, list[str]] = {}
    for key, claimants in claims.items():
        if len(claimants) == 1:
            alias, entity = next(iter(claimants.values()))
            names[key] = (alias, entity.id)
            continue
        ordered = list(claimants.values())
        alias = ordered[0][0]
        ambiguous[key] = [entity.id for _, entity in ordered]
        files = " and ".join(entity.source.rel for _, entity in ordered)
        first = ordered[1][1]
        problems.append(Problem(first.source.path, first.source.line_of("aliases"),
                                f"the name '{alias}' is claimed by {files}; it will not be linked "
                                "automatically — keep it on one entity, or use [[id|" + alias + "]]",
                                severity="warning"))
    return MentionMatcher(names), ambiguous


def _relations(entities: list[Entity], known: dict[str, Entity]) -> dict[str, list[RelationEnd]]:
    ends: dict[str, list[RelationEnd]] = defaultdict(list)
    for entity in entities:
        derived = []
        if entity.place:
            derived.append(Relation(entity.id, N_("took place in"), entity.place, N_("scene of"), entity.date, derived=True))
        derived += [Relation(entity.id, N_("involved"), p, N_("involved in"), entity.date, derived=True)
                    for p in entity.participants]
        for relation in [*entity.relations, *derived]:
            if relation.target not in known:
                continue
            ends[entity.id].append(RelationEnd(relation, relation.target, True))
            if relation.target != entity.id:
                ends[relation.target].append(RelationEnd(relation, entity.id, False))
    return dict(ends)


def collect_backlinks(mentions_by_doc: dict[str, list[Mention]]) -> dict[str, list[tuple[str, Mention]]]:
    """entity id → [(document id, mention)], documents in the order given."""
    backlinks: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for doc_id, mentions in mentions_by_doc.items():
        for mention in mentions:
            backlinks[mention.entity_id].append((doc_id, mention))
    return dict(backlinks)
