"""A page dumped by a text browser (`lynx -dump`): the page's text with each link numbered where it stands
('Posted on [16]October 8, 2025 by [17]Dale Kowalchuk') and the numbered addresses listed under 'References' at its end.

The numbers and the list are the browser's, not the page's: they go before the text is read, so that '[6]Interlake
Spectator' reads as the masthead it is. The list still tells one thing the page showed only as links: the article's own
address, the one its sharing links, its '#content' anchor and its embed links are all made from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

# The list's heading and its entries: '   16. https://…'. (Footnotes have text; a dump's list has addresses only.)
REFERENCES = re.compile(r"^\s*References\s*$", re.M)
ENTRY = re.compile(r"^\s*(\d{1,4})\.\s+(\S+://\S+)\s*$")
# A link's number where the link stood, before its text: '[16]October', '#[1]Feed', '[ ]' is a checkbox, no link.
MARKER = re.compile(r"#?\[(\d{1,4})\](?=\S)")
# A picture's address: its link in the text is the picture's alt text.
PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]\S*)?$", re.I)


@dataclass
class Dump:
    text: str                  # the page's text without the browser's numbers and list
    address: str | None        # the article's own address, when the list shows it


def text_browser_dump(text: str) -> Dump | None:
    """The page's text and address, when `text` is a text browser's dump (its links numbered in the text and listed,
    address only, under a last 'References' heading); else None."""
    headings = list(REFERENCES.finditer(text))
    if not headings:
        return None
    listed = [line for line in text[headings[-1].end():].splitlines() if line.strip()]
    entries = [ENTRY.match(line) for line in listed]
    if len(entries) < 3 or not all(entries):
        return None
    page = re.sub(r"(?m)^[ \t]*#\[\d{1,4}\].*\n(?:[ \t]+\[\d{1,4}\].*\n)*", "", text[:headings[-1].start()])
    # (the page's head links, its feeds and alternates, which the browser lists first, '#' before their numbers)
    numbers = {int(found.group(1)) for found in MARKER.finditer(page)}
    addresses = {int(entry.group(1)): entry.group(2) for entry in entries}
    if len(numbers) < 3 or not numbers <= set(addresses):
        return None
    pictures = {number for number, address in addresses.items() if PICTURE.search(address)}
    blocks = [block for block in re.split(r"\n[ \t]*\n", page)
              if not (found := MARKER.match(block.strip())) or int(found.group(1)) not in pictures]
    # (a picture's link opening its block is the picture: its alt text, not the page's)
    return Dump("\n\n".join(map(unwrapped, blocks)).rstrip() + "\n", own_address(list(addresses.values())))


def unwrapped(block: str) -> str:
    """A block of the dump as the page set it: its lines, which the browser broke at its width, joined; a list's
    items (and the browser's form fields) stay one a line."""
    lines, joined = [line.strip() for line in block.splitlines()], []
    for line in lines:
        item = re.match(r"(?:[*+•-]|\d{1,3}\.|\[[ x]\])\s", line)
        if joined and line and not item and not re.search(r"_{4,}\s*$", joined[-1]):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return MARKER.sub("", "\n".join(joined))


def own_address(addresses: list[str]) -> str | None:
    """The address most of the page's other links are made from ('…/fibre-line-reaches-fisher-branch/' under its
    '?share=facebook', '#content' and embed links): the article's own; none when no address is, twice or more."""
    def derived(base: str) -> int:
        encoded = quote(base, safe="")
        return sum(other != base and (other.startswith((base + "?", base + "#")) or encoded in other)
                   for other in addresses)
    pages = [address for address in dict.fromkeys(addresses) if urlsplit(address).path.strip("/") and
             not urlsplit(address).query and not urlsplit(address).fragment]
    counts = {address: derived(address) for address in pages}
    best = max(counts, key=counts.get, default=None)
    return best if best is not None and counts[best] >= 2 else None
