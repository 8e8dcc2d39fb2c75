"""What a saved page's main text left out at its head and between its paragraphs, put back: the standfirst (an element
classed as one, above the text's first paragraph, or the description the page declares and shows) and the subheadings
('<h2>…</h2><p>…'), each above the paragraph that follows it on the page."""
from __future__ import annotations

import re

from .shown import element_text
from .structured import shown_description

_SUBHEADING = re.compile(r"<h([2-4])\b[^>]*>((?:(?!</?h[1-6]\b).)*?)</h\1>\s*(?:<[^p/][^>]*>\s*)*<p\b[^>]*>(.*?)</p>", re.I | re.S)


_STANDFIRST = re.compile(r"<(p|div|h2)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(?:standfirst|teaser|chap[oô]|chapeau|lead|"
                         r"intro|dek|summary|sub-?title|entradilla|sumario|sottotitolo|occhiello)\b[^\"']*[\"'][^>]*>(.*?)</\1>",
                         re.I | re.S)


def page_standfirst(page: str, described: list[str], text: str = "") -> str | None:
    """The page's standfirst: an element classed as one, above the main text's first paragraph (not a teaser in a
    related box under the article), else the description it declares (`described`) where it also shows it."""
    first = next((block for block in text.split("\n\n") if len(block.split()) >= 12 and not block.startswith("#")), "")
    found = page.rfind(_text_probe(first)) if first else -1   # (the last: a headline is in the <title> too)
    for lead in _STANDFIRST.finditer(page):
        if len(standfirst := element_text(lead.group(2))) >= 40 and (found < 0 or lead.start() < found):
            return standfirst
    return shown_description(page, described)


def _text_probe(block: str) -> str:
    """A few words of a paragraph of the main text as the page's source writes them (no markup inside them)."""
    words = re.sub(r"[*_`\[\]]", "", block).split()[:5]
    return " ".join(words) if all(not re.search(r"[&<>\"']", word) for word in words) else "\x00"


def restore_headings(page: str, text: str, described: list[str]) -> str:
    """The standfirst and the page's subheadings the main text left out ('<h2>…</h2><p>…'), each put back above the
    paragraph that follows it on the page: the article's own, and a related box's heading after which
    the rest goes."""
    standfirst = page_standfirst(page, described, text)
    if standfirst and standfirst[:60] not in text:
        text = f"{standfirst}\n\n{text}"   # (the standfirst is the body's first paragraph)
    elif standfirst:
        text = re.sub(r"(?m)^#{1,6}\s+(?=" + re.escape(standfirst[:60]) + ")", "", text, count=1)   # (set as an <h2>: no heading)
    for _, heading, paragraph in _SUBHEADING.findall(page):
        heading, probe = element_text(heading), element_text(paragraph)[:60]
        at = text.find(probe) if len(probe) >= 20 else -1
        if heading and len(heading.split()) <= 20 and at >= 0 and (at == 0 or text[at - 1] == "\n") and heading not in text[max(0, at - 200):at]:
            text = text[:at] + f"## {heading}\n\n" + text[at:]
    return text
