"""The dossier as loaded: plain dataclasses. Raw YAML never leaves load.py."""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config
from .dates import DateSpan, FuzzyDate
from .yamlsource import SourceFile

ACCESS_LEVELS = ("full", "partial", "paywalled")
# What kind of source an article is (its `kind:`; labels: views/labels.py).
ARTICLE_KINDS = ("news", "wire", "opinion", "interview", "press-release", "document", "court-record", "statement",
                 "transcript", "other")
# An article with no `kind:` is news, unless `dossier import` left its kind to review: then it is not yet known
# (not a `kind:` anyone may write; the sources page lists it last).
KIND_UNSETTLED = "unsettled"
VISIBILITIES = ("internal", "public")   # which edition an item is in (editions.py)
KNOWN_ENTITY_TYPES = ("person", "organization", "place", "event", "work")


@dataclass(frozen=True)
class SyndicatedCopy:
    """Another copy of an article, kept only as a record (an aggregator, a reprint)."""

    outlet: str | None
    url: str | None
    published: FuzzyDate | None
    access: str | None
    note: str | None


@dataclass(kw_only=True)
class ArticleMeta:
    """What an article says about itself, shared by a loaded Article and by the Clipping
    that `dossier import` reads (whose dates are still text: importer/clipping.py)."""

    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: FuzzyDate | None = None
    url: str | None = None
    language: str | None = None
    translated_from: str | None = None
    access: str = "full"
    access_note: str | None = None
    credits: list[str] = field(default_factory=list)
    original: str | None = None       # the imported file, kept unchanged: originals/<id>.<ext>
    sha256: str | None = None         # its digest, which `dossier check` verifies
    retrieved: FuzzyDate | None = None
    review: list[str] = field(default_factory=list)   # left by `dossier import` for the author


@dataclass
class Article(ArticleMeta):
    id: str
    title: str
    source: SourceFile
    syndicated: list[SyndicatedCopy] = field(default_factory=list)
    copy_of: str | None = None
    translation_of: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    entities: list[str] = field(default_factory=list)
    notes: str | None = None
    source_kind: str = "news"   # its `kind:`, one of ARTICLE_KINDS, or KIND_UNSETTLED (`kind` names the item: "article")
    visibility: str | None = None     # "internal", "public"; None: the dossier's default_visibility
    embargo: str | None = None        # ISO 8601 with its offset: out of the public edition until then

    kind = "article"

    @property
    def body(self) -> str:
        return self.source.body


@dataclass
class Summary:
    id: str
    title: str
    source: SourceFile
    date: FuzzyDate | None = None
    order: int | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    entities: list[str] = field(default_factory=list)
    visibility: str | None = None
    embargo: str | None = None
    language: str | None = None       # a BCP 47 tag (langtags.normalise), when not the site's

    kind = "summary"

    @property
    def body(self) -> str:
        return self.source.body


@dataclass(frozen=True)
class Relation:
    """A typed link from one entity to another, as written in the first entity's file."""

    subject: str                 # the entity whose file declares it
    type: str                    # wording from the subject's side: "president of"
    target: str                  # the other entity's id
    inverse: str | None = None   # wording from the target's side: "presided by"
    date: DateSpan | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None
    line: int | None = None
    visibility: str | None = None   # "internal": only in the internal edition
    derived: bool = False           # implied by an event's place or participants (index.py), not written


@dataclass(frozen=True)
class ExternalLink:
    label: str
    url: str


@dataclass
class Entity:
    id: str
    type: str
    name: str
    source: SourceFile
    aliases: list[str] = field(default_factory=list)
    summary: str = ""
    roles: list[str] = field(default_factory=list)
    links: list[ExternalLink] = field(default_factory=list)
    date: DateSpan | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    visibility: str | None = None
    internal_name: str | None = None     # the real name, only in the internal edition
    internal_aliases: list[str] = field(default_factory=list)

    kind = "entity"

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


Document = Article | Summary


@dataclass
class Dossier:
    root: object  # Path of the dossier folder
    config: Config
    articles: list[Article]
    summaries: list[Summary]
    entities: list[Entity]
    # id → path of each content file that could not be read: its id still exists, and what
    # refers to it is not checked until it can be read (one error, not one per reference)
    unreadable: dict = field(default_factory=dict)
    # id → kind of each item the edition leaves out (editions.py): a public text's reference
    # to one is told as such, not as an unknown id
    withheld: dict = field(default_factory=dict)
    edition: str = "public"   # or "internal" (editions.py)
