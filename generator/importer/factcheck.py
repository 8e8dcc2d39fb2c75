"""A fact-check's verdict on a saved page: the rating a page declares in its JSON-LD `ClaimReview`
(`reviewRating.alternateName`, 'FALSE', 'FALSO', 'Faux') is the outlet's own finding, part of the text
even when the extractor drops the short line that shows it."""
from __future__ import annotations

import json
import re

from .visible import visible_text

_LD = re.compile(r"<script\b[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)


def declared_rating(page: str) -> str | None:
    """The rating of the page's first ClaimReview, as it names it."""
    def walk(node):
        if isinstance(node, list):
            return next(filter(None, map(walk, node)), None)
        if not isinstance(node, dict):
            return None
        types = node.get("@type") if isinstance(node.get("@type"), list) else [node.get("@type")]
        rating = node.get("reviewRating")
        if "ClaimReview" in types and isinstance(rating, dict) and isinstance(rating.get("alternateName"), str):
            return rating["alternateName"].strip() or None
        return walk(node.get("@graph") or node.get("mainEntity") or [])

    for block in _LD.findall(page):
        try:
            found = walk(json.loads(block.strip()))
        except ValueError:
            continue
        if found:
            return found
    return None


def keep_verdict(page: str, body: list[str]) -> list[str]:
    """The body with the page's verdict line ('Rating: FALSE') put back after the paragraph shown above it."""
    rating = declared_rating(page)
    rating = rating.casefold() if rating else None   # (declared 'Falso', shown 'FALSO')
    if not rating or any(rating in block.casefold() for block in body):
        return body
    lines = [" ".join(line.split()) for line in visible_text(page).split("\n\n")]
    at = next((i for i, line in enumerate(lines) if rating in line.casefold() and len(line.split()) <= 8), None)
    if at is None:
        return body
    def found(line: str) -> int | None:
        probe = re.sub(r"[*_]", "", line)[-40:]
        return next((i for i, block in enumerate(body) if len(line.split()) >= 4 and probe in re.sub(r"[*_]", "", block)), None)

    for line in reversed(lines[:at]):   # (after the line shown above it, or else before the one shown below it)
        if (where := found(line)) is not None:
            return body[:where + 1] + [lines[at]] + body[where + 1:]
    for line in lines[at + 1:]:
        if (where := found(line)) is not None:
            return body[:where] + [lines[at]] + body[where:]
    return body
