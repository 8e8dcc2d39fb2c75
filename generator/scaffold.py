"""`dossier new`: a new content file with every field present and explained."""
from __future__ import annotations

from pathlib import Path

from .errors import DossierError
from .load import id_problem
from .safepaths import create_file, unwritable_folder

KINDS = ("article", "summary", "entity")
FOLDERS = {"article": ("articles", ".md"), "summary": ("summaries", ".md"), "entity": ("entities", ".yaml")}


class ScaffoldError(DossierError):
    pass


ARTICLE = """\
---
# One source article (a clipping). Only 'title' is required; delete what you do not know.
title: "{title}"
# The publication. Leave it out when the clipping does not name it: the site shows
# "outlet unknown" rather than a guess.
outlet:
# The journalist(s), one per line, as printed.
authors: []
# When it was published, no more precisely than you know it:
#   2024 · 2024-05 · 2024-05-15 · 2024-05-15T07:42+01:00 · "around 2024-05-15" · "spring 2024"
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
---

Write the brief in Markdown. Cite an article with `[@article-id]` or `[@article-id, p. 2]`;
the citations are numbered and listed as sources at the end. Link anything with `[[id]]`.
"""

ENTITY = """\
# One person, organization, place, event or work. 'name' and 'type' are required.
name: "{title}"
# person | organization | place | event | work, or a type of your own.
type: person
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
tags: []
"""

TEMPLATES = {"article": ARTICLE, "summary": SUMMARY, "entity": ENTITY}


def new_item(root: Path, kind: str, item_id: str) -> Path:
    reason = id_problem(item_id)
    if reason:
        raise ScaffoldError(reason)
    folder, suffix = FOLDERS[kind]
    path = root / folder / f"{item_id}{suffix}"
    reason = unwritable_folder(path.parent, root)
    if reason:
        raise ScaffoldError(reason)
    path.parent.mkdir(parents=True, exist_ok=True)
    title = item_id.replace("-", " ").replace("_", " ").capitalize()
    try:
        create_file(path, TEMPLATES[kind].format(title=title))
    except FileExistsError:
        raise ScaffoldError(f"{path} already exists; choose another id or edit that file") from None
    return path
