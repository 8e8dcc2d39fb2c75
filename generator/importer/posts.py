"""A platform's post pasted whole: the poster's line, and what the platform sets under it before the post (a connection's
degree, the poster's job, the post's age, a 'Follow' button). A person posting is the post's writer; an organisation's
page posting is its publisher; and the post has no headline (head.py reads both)."""
from __future__ import annotations

import re

from . import phrases as P
from .lines import Unit, is_prose, name_like, outlet_like
from .when import find_date

# A platform post's age under its poster's name: '5h', '3d • Edited •', '2 Std.'.
POST_AGE = re.compile(r"^\d{1,2}\s?(?:h|hrs?|d|w|mo|mins?|std\.?|j|g|t)\b\.?(?:\s*[•·]\s*[^\W\d]+)*\s*[•·]?$", re.I)
# Whom the post is shared with, under its date: 'Partagé avec Public', 'Shared with Friends', 'Geteilt mit: Öffentlich'.
AUDIENCE = re.compile(r"^(?:shared with|partagé avec|geteilt mit|compartido con|condiviso con|partilhado com|compartilhado com)"
                      r"\s*:?\s*(?:public|publique|öffentlich|público|pubblico|friends|amis|freunde|amigos|amici|only me|moi uniquement)$",
                      re.I)
# The poster's handle under the name: '@danawhitcomb.bsky.social', '@asta_emschertal'.
HANDLE = re.compile(r"^@[\w.-]{2,60}(?:@[\w.-]{2,60})?$")   # (a fediverse handle names its server too)
FOLLOW = {"follow", "suivre", "s'abonner", "folgen", "seguir", "segui"}   # (the button beside a platform writer's name)


def followed(units: list[Unit], unit: Unit, aged: bool = False) -> bool:
    """A 'Follow' button, the post's age ('5h', '3d • Edited') or the poster's handle under the name, past the short
    lines a platform sets between them: the name is the poster's. A masthead may stand over a 'Subscribe' button too:
    an organisation's page posts when the post's age is under its name (`aged`)."""
    return post_mark(units, unit, aged) is not None


def post_mark(units: list[Unit], unit: Unit, aged: bool = False) -> int | None:
    """The index of the line that closes a post's header under its poster's name (its button, age or handle), or None.
    An organisation's page (`aged`) has its post's age or handle right under its name, a short line between at most."""
    for following in units[unit.index + 1:unit.index + (3 if aged else 6)]:
        if following.clean.casefold() in FOLLOW and not aged or POST_AGE.match(following.clean) or \
                HANDLE.match(following.clean) or AUDIENCE.match(following.clean):
            return following.index
        if following.words <= 8 and following.clean.endswith("·") and find_date(following.clean):
            continue   # (the post's date, its audience after the dot: '14 février 2024 ·' / 'Partagé avec Public')
        if following.words > (3 if aged else 16) or is_prose(following) or \
                outlet_like(following.clean) and following.clean[:1].isalpha():   # (not a menu's items)
            return None
    return None


def poster(units: list[Unit], unit: Unit) -> bool:
    """A person's name over a platform's 'Follow' button or the post's age: the post's writer."""
    return name_like(unit.clean) and unit.words <= 4 and not P.ORGANISATION_WORDS.search(unit.clean) and \
        followed(units, unit)


# A page's or a channel's counts under its name ('2,4K Mi piace • 3,1K follower', '12 345 subscribers'), and a group's
# ('Groupe Public · 2,3 k membres', '1.204 Mitglieder').
_COUNT = r"[\d][\d,.\s ]*\s?[kKmM]?\s?"
PAGE_COUNTS = re.compile(r"^" + _COUNT + r"(?:followers?|abonnés|abonnenten|seguidores|subscribers|iscritti|suscriptores|"
                         r"mi piace|j'aime|likes|gefällt mir|me gusta|curtidas)\b", re.I)
GROUP_COUNTS = re.compile(r"^(?:(?:groupe|group|gruppo|grupo|gruppe)\s+(?:public|privé|private|pubblico|privato|público|"
                          r"privado|öffentlich|privat)\s*[·•]\s*)?" + _COUNT +
                          r"(?:membres|members|membri|miembros|membros|mitglieder)\b", re.I)
# A chat's list of its members under its name, the reader last: 'Amparo, Andrés Martínez, Mari Carmen, Pili, Tú'.
MEMBERS = re.compile(r"^(?:[^,]{2,30},\s*){3,}(?:tú|you|vous|toi|du|tu|você|sie)$", re.I)


def community(units: list[Unit], unit: Unit) -> str | None:
    """Where a post was read, named over its counts or its members: an organisation's 'page' (which publishes what it
    posts), or a 'group' or a chat (which publishes nothing); never the headline of what is shared there."""
    following = next((u for u in units[unit.index + 1:unit.index + 3] if u.clean), None)
    if following is None or unit.words > 12 or not unit.clean[:1].isalpha() or \
            PAGE_COUNTS.match(unit.clean) or GROUP_COUNTS.match(unit.clean):
        return None   # (a post's own counts over its next: '4 quotes' / '12 likes')
    if GROUP_COUNTS.match(following.clean) or MEMBERS.match(following.clean):
        return "group"
    return "page" if PAGE_COUNTS.match(following.clean) else None
