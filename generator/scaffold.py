"""`dossier new`: a new content file with every field present and explained; `dossier init`:
a new project whose content/ folder is a dossier with an example of each kind of file."""
from __future__ import annotations

import os
import re
from pathlib import Path

from .config import CONFIG_NAME, load_config
from .errors import DossierError, display_path
from .index import type_problem
from .load import id_problem
from .safepaths import create_file, unwritable_folder

KINDS = ("article", "summary", "entity")
FOLDERS = {"article": ("articles", ".md"), "summary": ("summaries", ".md"), "entity": ("entities", ".yaml")}
# A folder is a dossier when it holds any of these (dossier.yaml itself is optional).
DOSSIER_MARKS = (CONFIG_NAME, "articles", "summaries", "entities")
# The built-in entity types and the folder under entities/ each is kept in by `dossier init`.
TYPE_FOLDERS = {"person": "people", "organization": "organizations", "place": "places", "event": "events",
                "work": "works"}
_TYPE = re.compile(r"[a-z][a-z0-9_-]{0,39}")


class ScaffoldError(DossierError):
    pass


ARTICLE = """\
---
# One source article (a clipping). Only 'title' is required; delete what you do not know.
title: "{title}"
# The publication. Leave it out when the clipping does not name it: the site shows
# "outlet unknown" rather than a guess.
outlet:
# What kind of source it is: news | wire | opinion | interview | press-release | document |
# court-record | statement | transcript | other.
kind: news
# The journalist(s), one per line, as printed.
authors: []
# When it was published, no more precisely than you know it:
#   2024 · 2024-05 · 2024-05-15 · 2024-05-15T07:42+01:00 · "around 2024-05-15" · "spring 2024"
#   "Q2 2024" · "first half of 2024" · "late 2024" · "before 2023-05" · "after 2023" · "the 1990s"
published:
# The original address.
url:
# Language of the text kept here (en, fr, de, ...), and of the original if this is a translation.
language: en
translated_from:
# full | partial | paywalled, and a note such as "opening 10% only".
access: full
access_note:
# Other copies of the same article kept only as a record (aggregators, reprints).
syndicated: []
#  - outlet: "An aggregator"
#    url: https://example.org/copy
#    published: 2025-06-01
#    access: partial
#    note: "carries the opening only"
# The id of another article file here when this one is a copy or a translation of it.
copy_of:
translation_of:
# Photo or illustration credits.
credits: []
tags: []
# A one-line description shown in lists.
summary:
# Entity ids to attach even when their names do not appear in the text.
entities: []
# Anything a reader should know about this clipping's provenance.
notes:
# Set by `dossier import`: the imported file, kept unchanged (originals/...), its SHA-256
# digest, which `dossier check` verifies, and when it was retrieved.
original:
sha256:
retrieved:
# public (the default) or internal: an internal article is left out of the public edition.
visibility:
# Left out of the public edition until this moment, with its offset from UTC:
# 2025-06-01T06:00+02:00
embargo:
---

Write or paste the article text here, in Markdown. Names of entities are linked
automatically; `[[entity-id]]` or `[[entity-id|other words]]` links explicitly.
"""

SUMMARY = """\
---
# A hand-written brief. Only 'title' is required.
title: "{title}"
# When it was last updated.
date:
# Position in the summaries list (lowest first; the lowest is the home page's lead).
order:
tags: []
# A one-line description shown in lists.
summary:
# Entity ids to attach even when their names do not appear in the text.
entities: []
# public (the default) or internal; and, to hold it back, the moment it may be published:
# 2025-06-01T06:00+02:00
visibility:
embargo:
---

Write the brief in Markdown. Cite an article with `[@article-id]` or `[@article-id, p. 2]`;
the citations are numbered and listed as sources at the end. Link anything with `[[id]]`.
"""

ENTITY = """\
# One person, organization, place, event or work. 'name' and 'type' are required.
name: "{title}"
# person | organization | place | event | work, or a type of your own.
type: {type}
# Other names it goes by: each is linked automatically wherever it appears.
aliases: []
# Who or what it is, in Markdown. The first sentence is used as a one-line description.
summary: |
  Describe {title} here.
# Roles or positions held.
roles: []
# External pages about it.
links: []
#  - label: "Official page"
#    url: https://example.org
# Events only: when (date, or start and end) and where (a place id), and who took part.
date:
place:
participants: []
# Typed links to other entities; each shows on both pages.
relations: []
#  - type: "member of"          # how it reads from this entity
#    to: other-entity-id
#    inverse: "has as member"   # how it reads from the other entity
#    date: 2024-03
#    sources: [article-id]      # the articles that establish it
#    note: ""
#    visibility: internal       # this relation only in the internal edition
tags: []
# public (the default) or internal: an internal entity is left out of the public edition.
visibility:
# Its real name and other names, shown and linked only in the internal edition (the public
# one knows it by 'name', a pseudonym).
internal_name:
internal_aliases: []
"""

TEMPLATES = {"article": ARTICLE, "summary": SUMMARY, "entity": ENTITY}


def is_dossier(folder: Path) -> bool:
    return any(os.path.lexists(folder / mark) for mark in DOSSIER_MARKS)


def new_item(root: Path, kind: str, item_id: str, entity_type: str | None = None) -> Path:
    """Write the new file for `kind` and `item_id` in the dossier `root`; an entity goes into the
    folder the dossier keeps for its type, when it has one."""
    reason = id_problem(item_id)
    if reason:
        raise ScaffoldError(reason)
    if entity_type is not None and kind != "entity":
        raise ScaffoldError(f"--type is for entities only; {'an' if kind[0] in 'aeiou' else 'a'} {kind} has no type")
    entity_type = (entity_type or "person").lower()
    if not _TYPE.fullmatch(entity_type):
        raise ScaffoldError(f"'{entity_type}' is not a type: use a word such as person, organization, place, "
                            "event, work, or one of your own (letters, digits, '-', '_')")
    if not is_dossier(root):
        raise ScaffoldError(_not_a_dossier(root, f"dossier new {kind} {item_id}"))
    if kind == "entity" and (problem := type_problem(entity_type, load_config(root)[0].types)):
        raise ScaffoldError(problem.replace("; did you mean", "; nothing was written: did you mean", 1))
    folder, suffix = FOLDERS[kind]
    where = root / folder
    if kind == "entity":
        where = _type_folder(where, entity_type) or where
    path = where / f"{item_id}{suffix}"
    reason = unwritable_folder(root / folder, root) or unwritable_folder(path.parent, root)
    if reason:
        raise ScaffoldError(reason)
    path.parent.mkdir(parents=True, exist_ok=True)
    title = item_id.replace("-", " ").replace("_", " ").capitalize()
    try:
        create_file(path, TEMPLATES[kind].format(title=title, type=entity_type))
    except FileExistsError:
        raise ScaffoldError(f"{path} already exists; choose another id or edit that file") from None
    return path


def _not_a_dossier(root: Path, command: str) -> str:
    shown = display_path(root.resolve()) if root.exists() else str(root)
    if is_dossier(root / "content"):
        return (f"{shown} is not a dossier, but {shown}/content is: {command} {root / 'content'}")
    what = f"{shown} is not a dossier (it holds no dossier.yaml, articles/, summaries/ or entities/)" \
        if root.is_dir() else f"there is no dossier in {shown} (no such folder)"
    return (f"{what}; start one with 'dossier init', which makes content/ with an example of each file, "
            f"or name your dossier's folder: {command} FOLDER")


def _type_folder(entities: Path, entity_type: str) -> Path | None:
    """The folder under entities/ that the dossier uses for `entity_type`: one named for it
    (people/ for person, events/ for event, ships/ or ship/ for a type of one's own), else
    the one holding most of the entities already of that type. None: entities/ itself."""
    names = [TYPE_FOLDERS.get(entity_type, ""), entity_type + "s", entity_type]
    for name in names:
        if name and (entities / name).is_dir() and not (entities / name).is_symlink():
            return entities / name
    counts: dict[Path, int] = {}
    line = re.compile(rf"^type:\s*[\"']?{re.escape(entity_type)}[\"']?\s*(#.*)?$", re.M | re.I)
    for folder, _, files in os.walk(entities):   # (links to folders are not followed, nor to files)
        for path in (Path(folder) / name for name in files if name.endswith((".yaml", ".yml"))):
            if not path.is_symlink() and _reads_as(path, line):
                counts[path.parent] = counts.get(path.parent, 0) + 1
    best = max(counts, key=lambda folder: (counts[folder], str(folder)), default=None)
    return best if best is not None and best != entities else None


def _reads_as(path: Path, line: re.Pattern) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return bool(line.search(file.read(65536)))
    except OSError:
        return False


# `dossier init`: the settings, every one present and explained, and one short example of
# each kind of file, which refer to each other (the summary cites the article, which
# mentions the person): together they show what each page looks like, and go together.
SETTINGS = """\
# The dossier's settings. Every one is optional; delete a line to use its default.

# The site's title, shown on every page, and a sentence or two for the home page.
title: "{title}"
description: "What this dossier is about, in a sentence or two."
# The language of the site's interface and dates: en, fr, de, es (others: dates in that
# language, the rest in English).
language: en
# Your own wording for any word of the interface, keyed by its English text
# (`dossier check --labels` lists them all), e.g.  "Who's who": "The cast"
labels:
# The site's public address, once it is published (https://example.org/my-story/): the
# feed and the sitemap need it; the pages' links are relative and work without it.
base_url:
# Who made the dossier: shown in the footer and the feed.
author:
organisation:
# Which mentions of an entity's name become links: first (on each page) | all | none.
link_mentions: first
# The id of the summary shown on the home page (default: the one with the lowest 'order').
lead_summary:
# Entity types of your own, besides person, organization, place, event and work, such as
# [ship, vessel]: a type that is neither, but close to one of them ('persn'), is a warning.
types: []
# The outlets your articles come from, each described once (here, or one per file in
# outlets/): its name, the other names it is written under (an aggregator's spelling, an
# edition), its kind (newspaper, broadcaster, agency, aggregator, magazine, blog, website,
# government, court, ngo, company, other), country, language, owner, address, and a short
# note on how far it can be trusted. The sources page and each article's page show it.
outlets: []
#  - name: "The Example Gazette"
#    aliases: ["Example Gazette (web edition)"]
#    kind: newspaper
#    country: "Exampleland"
#    url: https://example.org
#    reliability: "Local daily; its council reporting is careful, its headlines less so."
# Keep raw HTML written in Markdown (true) or show it as text (false). Set it to true only
# for a dossier whose every file you trust: what HTML passes is still limited to safe tags.
allow_raw_html: false
# What an item without 'visibility:' is: public (published by `dossier build`) | internal
# (only in `dossier build --internal`, for desks that publish only what they mark public).
default_visibility: public
"""

EXAMPLE_ARTICLE = """\
---
# An example article: the site shows how it looks. Delete it with the other examples
# (summaries/example-summary.md cites it) when you add your own:
#   dossier import clipping.txt         an article from pasted clipping text
#   dossier new article ID              a blank one with every field present and explained
title: "Example: the council approves the harbour plan"
outlet: "The Example Gazette"
authors: ["A. Reporter"]
published: 2025-03-14
url: https://example.org/harbour-plan
access: full
tags: [example]
summary: "An example clipping, to show what an article's page holds."
---

The city council approved the harbour plan on Friday. Jane Example, who chairs the
council, said that the vote "settles a ten-year argument".
"""

EXAMPLE_SUMMARY = """\
---
# An example summary: a brief in your own words that cites the articles. Delete it with
# the other examples when you write your own (dossier new summary ID).
title: "Example: what we know"
date: 2025-03-15
order: 1
summary: "An example brief, to show how citations become numbered sources."
---

The harbour plan passed in March 2025 [@example-article]. The council's chair called the
vote the end of a long dispute [@example-article: "settles a ten-year argument"].
"""

EXAMPLE_PERSON = """\
# An example entity: one person, organization, place, event or work per file. Her name is
# found and linked wherever it appears. Delete it with the other examples when you add your
# own (dossier new entity ID --type person).
name: "Jane Example"
type: person
roles: ["Chair of the city council"]
summary: |
  An example person: chair of the city council that approved the harbour plan.
"""

EXAMPLES = {"articles/example-article.md": EXAMPLE_ARTICLE, "summaries/example-summary.md": EXAMPLE_SUMMARY,
            "entities/people/jane-example.yaml": EXAMPLE_PERSON}
# Kept out of version control: the build cache (at any depth) and the site built from the dossier.
IGNORED = (".dossier-cache/", "/site/")
FOLDERS_MADE = ("articles", "summaries", *(f"entities/{name}" for name in TYPE_FOLDERS.values()))


def init_project(folder: Path) -> list[Path]:
    """Make `folder` a project: content/ a dossier with its settings, its folders and an example
    of each kind of file; a .gitignore for the cache and the output. Returns the files written.
    Refuses a folder that is already a dossier or holds one, and never writes through a link."""
    content = folder / "content"
    shown = display_path(folder.resolve()) if folder.exists() else str(folder)
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{shown} is a file; give 'dossier init' a folder (a new one, or one without a dossier)")
    if folder.is_dir() and is_dossier(folder):
        raise ScaffoldError(f"{shown} is already a dossier; nothing was written (build it with "
                            f"'dossier build {folder}', or give 'dossier init' a new folder)")
    if os.path.lexists(content) and (content.is_symlink() or not content.is_dir() or any(content.iterdir())):
        done = "already holds a dossier in content/" if is_dossier(content) else \
            "already has a content/ that is not empty"
        raise ScaffoldError(f"{shown} {done}; nothing was written (give 'dossier init' a new folder)")
    ignore = folder / ".gitignore"
    if ignore.is_symlink():
        raise ScaffoldError(f"{display_path(ignore.absolute())} is a link; nothing was written "
                            "through it (make it a plain file, or remove it)")
    written = []
    for relative in FOLDERS_MADE:
        (content / relative).mkdir(parents=True, exist_ok=True)
    for relative, text in {CONFIG_NAME: SETTINGS.format(title=_title(folder)), **EXAMPLES}.items():
        create_file(content / relative, text)
        written.append(content / relative)
    if _add_ignored(ignore):
        written.append(ignore)
    return written


def _title(folder: Path) -> str:
    """A first title from the folder's name ('my-story' → 'My story'), safe in double quotes."""
    name = re.sub(r"[^\w ,.'-]+", "", folder.resolve().name.replace("-", " ").replace("_", " "))
    return " ".join(name.split()).capitalize() or "My dossier"


def _add_ignored(ignore: Path) -> bool:
    """Add the lines of IGNORED that .gitignore lacks (creating it); whether it changed."""
    try:
        with open(ignore, encoding="utf-8", errors="replace") as file:
            present = {line.strip() for line in file}
    except FileNotFoundError:
        present = set()
    missing = [line for line in IGNORED if line not in present and line.rstrip("/") not in present]
    if not missing:
        return False
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(ignore, flags, 0o644), "a", encoding="utf-8") as file:
        if present and not ignore.read_text(encoding="utf-8", errors="replace").endswith("\n"):
            file.write("\n")
        file.write("# Made by dossier: the build cache, and the site built from content/\n" if not present else "")
        file.write("".join(line + "\n" for line in missing))
    return True
