"""`dossier check`'s review list: names that look like entities but are not in the dossier.

- capitalised multi-word names found in two or more articles that match no name or alias;
- near-misses of existing names and aliases ("Bessome" for "Bessone"), probably misspellings.

These are notes for the author, not errors: they never fail a build or a check. The items
`dossier import` leaves in an article's `review:` list are warnings (--strict fails on them).
"""
from __future__ import annotations

import difflib
import re
from collections import defaultdict

from .errors import Problem
from .index import Catalog
from .matcher import name_key

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*[\w]"
_PARTICLE = r"(?:de|du|des|la|le|van|von|der|di|da|del|of|the|bin|al)"
NAME = re.compile(rf"(?<![\w'’-])({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD})+)")
# Capitalised words that begin sentences or titles more often than they begin names.
_LEADING = {"the", "a", "an", "on", "in", "at", "this", "that", "these", "those", "when", "while", "after",
            "before", "as", "and", "but", "for", "from", "with", "by", "if", "it", "its", "his", "her",
            "their", "our", "we", "they", "he", "she", "there", "then", "since", "under", "over", "all",
            "some", "many", "most", "both", "each", "every", "no", "not", "one", "two", "three"}
SINGLE_WORD = re.compile(rf"(?<![\w'’-])({_WORD})(?![\w'’-])")


def _bare(word: str) -> str:
    """'Marseille's' → 'Marseille'."""
    return re.sub(r"['’]s$", "", word)


def _trim(name: str) -> str | None:
    words = [_bare(word) for word in name.split()]
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else None


def unlinked_mentions(catalog: Catalog, min_articles: int = 2) -> list[Problem]:
    known = set(catalog.matcher.names) | set(catalog.ambiguous_aliases)
    known_words = {word for key in known for word in key.split()}
    # every run of words inside a known name: a candidate that is part of a name is known
    known_parts = {" ".join(words[i:j]) for key in known for words in [key.split()]
                   for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    seen: dict[str, dict[str, tuple]] = defaultdict(dict)   # name → article id → (path, line)
    candidates: dict[str, str | None] = {}   # words as found → the unknown name they make, if any

    def candidate(found: str) -> str | None:
        name = _trim(" ".join(found.split()))
        if not name or name_key(name) in known_parts or catalog.matcher.find(name):   # part of a name, or contains one
            return None
        return name

    for article in catalog.articles.values():
        body, source = article.body, article.source
        for match in NAME.finditer(body):
            found = match.group(1)
            name = candidates[found] if found in candidates else candidates.setdefault(found, candidate(found))
            if not name or article.id in seen[name]:
                continue
            line = source.body_first_line + body.count("\n", 0, match.start())
            seen[name][article.id] = (source.path, line)
    notes = []
    for name, places in sorted(seen.items()):
        if len(places) >= min_articles:
            path, line = next(iter(places.values()))
            notes.append(Problem(path, line, f"review: “{name}” appears in {len(places)} articles and matches no "
                                 "entity name or alias; add it as an entity, or as an alias of one",
                                 severity="note"))
    notes += _near_misses(catalog, known, known_words)
    notes += open_review_items(catalog.articles.values())
    return notes


def open_review_items(articles) -> list[Problem]:
    """A warning for each item of an article's `review:` list (what `dossier import` could not
    decide): `dossier check --strict` fails until a person has checked and deleted them."""
    return [Problem(article.source.path, article.source.line_of("review", number) or article.source.line_of("review"),
                    f"review: left by dossier import: {item} (check it, then delete the item)", severity="warning")
            for article in articles for number, item in enumerate(article.review)]


def _near_misses(catalog: Catalog, known: set[str], known_words: set[str]) -> list[Problem]:
    """Words close to a word of a known name but not equal to any: likely misspellings."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for word in sorted(w for w in known_words if len(w) >= 5):
        by_initial[word[0]].append(word)
    verdicts: dict[str, str | None] = {}

    def closest(key: str) -> str | None:
        if key not in verdicts:
            pool = [w for w in by_initial.get(key[0], ()) if abs(len(w) - len(key)) <= 1
                    and not (w.startswith(key) or key.startswith(w))]   # Colombia/Colombian: not a typo
            close = difflib.get_close_matches(key, pool, n=1, cutoff=0.84)
            verdicts[key] = close[0] if close else None
        return verdicts[key]

    # each word as found → (the word, its key, the known word it is close to) when it is close to one
    suspects: dict[str, tuple[str, str, str] | None] = {}

    def suspect(found: str) -> tuple[str, str, str] | None:
        word = _bare(found)
        key = name_key(word)
        if len(key) < 5 or key in known_words:
            return None
        close = closest(key)
        return (word, key, close) if close else None

    notes, reported = [], set()
    for article in catalog.articles.values():
        body, source = article.body, article.source
        for found in dict.fromkeys(SINGLE_WORD.findall(body)):   # each word once, in the order first found
            verdict = suspects[found] if found in suspects else suspects.setdefault(found, suspect(found))
            if verdict is None or (article.id, verdict[1]) in reported:
                continue
            word, key, close = verdict
            reported.add((article.id, key))
            alias = next(a for k, (a, _) in catalog.matcher.names.items() if close in k.split())
            # where SINGLE_WORD first found it: the same bounds, which no other word can cross
            first = re.search(rf"(?<![\w'’-]){re.escape(found)}(?![\w'’-])", body)
            line = source.body_first_line + body.count("\n", 0, first.start())
            notes.append(Problem(source.path, line, f"review: “{word}” looks like a misspelling of “{alias}”; "
                                 "correct it, or add it as an alias if the source spells it so",
                                 severity="note"))
    return notes
