"""A document's letterhead over its label or its case number (head.py's lines above a press release, a statement or a
ruling): the issuing organisation, a press release's outlet, or the court, a ruling's issuer with no outlet; and a
ruling's case name as its title. A body's initials spelt out under them name it before its parent body's line."""
from __future__ import annotations

import re

from . import labels as L
from . import phrases as P
from .kinds import label_kind
from .lines import SENTENCE_END, Unit, is_sentence, outlet_like, outlet_name, overlap
from .mastheads import PARENT_BODY, set_as_name, spelt_out

# Two parties set against each other: a ruling's case name.
CASE_NAME = re.compile(r"^\S.{2,80}?\s(?:v\.?|vs\.?|versus|contre|c\.|gegen|contra|contro|c/)\s+\S.{2,80}$")


class LetterheadReader:
    """The letterhead part of HeadReader (head.py), which holds the lines and the clipping."""

    def _letterhead(self, head: list[Unit]) -> None:
        """A document's letterhead above its label ('PRESS RELEASE', 'COMUNICATO STAMPA') or its case
        number: the issuing organisation (a press release's outlet) or the court (a ruling's issuer,
        no outlet), never the title; the label says what kind of document it is."""
        labels = [u for u in head if u.kind == "label" or u.kind == "case number" or
                  u.kind == "candidate" and L.RULING_TITLE.match(u.clean)]
        if not labels:
            return
        press = any(L.PRESS_RELEASE_LABEL.match(u.clean) for u in labels)
        ruling = not press and (any(u.kind == "case number" or L.RULING_LABEL.match(u.clean) for u in labels) or
                                any(u.kind == "candidate" and P.COURT.search(u.clean) for u in head[:labels[0].index]))
        if (press or ruling) and not self.clip.kind:
            self.clip.decide("kind", "press-release" if press else "court-record",
                             f"the document's label “{labels[0].clean}”")
        if ruling:   # (the parties: 'BETWEEN: / ANNA LOWE / Claimant / and / ...': names over their roles, no title)
            for unit in head:
                before = self.units[unit.index - 1] if unit.index else None
                after = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
                if P.PARTY_ROLE.match(unit.clean) and unit.kind in ("candidate", "chrome"):
                    self._removed("the parties' formula", unit, "chrome")
                elif unit.kind == "candidate" and not L.RULING_TITLE.match(unit.clean) and (
                        after is not None and P.PARTY_ROLE.match(after.clean) or
                        P.PARTY_ROLE.match(unit.clean.split()[-1]) or
                        before is not None and before.clean and P.PARTY_ROLE.match(before.clean.split()[-1])):
                    self._removed("a party to the case", unit, "letterhead")   # ('X contre' / 'Y', 'X v' / 'Y')
            self._case_name(head[:labels[0].index])
            for unit in head[:labels[0].index]:
                if unit.kind == "candidate" and not L.RULING_TITLE.match(unit.clean) and not is_sentence(unit.clean):
                    self._removed("the court's heading", unit, "letterhead")   # ('Première chambre civile')
        issued = press or any(label_kind(u.clean) in ("statement", "document") for u in labels)   # (by an organisation)
        named = next((u for u in head[:labels[0].index] if u.kind == "candidate" and spelt_out(u, self.units)), None)
        if issued and named is not None and not self.site:   # ('ASP Valdemone' / its name in full, under its region's)
            self.site = outlet_name(spelt_out(named, self.units).clean)
            self._removed("letterhead (the issuing organisation)", named, "masthead")
            self._spelt_out(named)
        for unit in head[:labels[0].index]:
            if unit.kind != "candidate" or is_sentence(unit.clean) or unit.words > 14:
                continue
            if press and 0 < labels[0].index - unit.index <= 2 and unit.words >= 6 and not unit.clean.isupper() and \
                    overlap(unit.clean, self.body_words) >= 0.3 and not any(u.kind == "candidate" for u in head[labels[-1].index:]):
                continue   # (a web page's headline over its release's label, 'NEWS RELEASE – NR 25-114', and none under
                #            it: no letterhead)
            if P.COURT.search(unit.clean) and not press:   # (a court's own press release: the court issues it)
                self._removed("the court's name (a ruling's letterhead)", unit, "letterhead")
            elif issued and not self.site and not self._parent_body(unit) and \
                    (outlet_like(unit.clean) or unit.clean.isupper() and unit.words <= 8 or
                     (self._first_words(unit) or unit.index and self._parent_body(self.units[unit.index - 1])) and
                     unit.words <= 14 and (set_as_name(unit.clean) or P.ORGANISATION_WORDS.search(unit.clean))):
                # (the page's first line over a press release: its issuer, 'Ministerium für … des Landes Westmark';
                #  or the line under its government's or region's banner: 'Ministère de la Mobilité et des Travaux publics')
                self.site = outlet_name(unit.clean, whole=unit.clean.isupper())
                self._removed("letterhead (the issuing organisation)", unit, "masthead")
                self._spelt_out(unit)
            elif issued:
                self._removed("letterhead", unit, "letterhead")

    def _parent_body(self, unit: Unit) -> bool:
        """A region or province over the body's own name ('Regione Piemonte' / 'Comune di Valdicerro'): not the issuer."""
        after = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
        return bool(PARENT_BODY.match(unit.clean)) and after is not None and after.kind == "candidate" and \
            set_as_name(after.clean)

    def _case_name(self, heading: list[Unit]) -> None:
        """A ruling's case name above its label ('A v B', 'A contre B', 'A gegen B'), its last words wrapped onto a short
        line or not: the ruling's title, when it has no numbered title of its own ('JUDGMENT No. 12/2025')."""
        if not heading or any(L.RULING_TITLE.match(u.clean) for u in self.units[:heading[-1].index + 3]):
            return
        for position, unit in enumerate(heading):
            if unit.kind != "candidate" or not CASE_NAME.match(unit.clean) or P.COURT.match(unit.clean):
                continue
            name, parts = unit.clean, [unit]
            after = heading[position + 1] if position + 1 < len(heading) else None
            if after is not None and after.kind == "candidate" and after.index == unit.index + 1 and after.words <= 4 and \
                    not SENTENCE_END.search(name) and not after.clean.isupper():
                name, parts = f"{name} {after.clean}", [unit, after]   # ('… v Wexcombe District' / 'Council')
            for part in parts:
                self._removed("the case name (the ruling's title)", part, "headline")
            self.clip.decide("title", name, "the ruling's case name")
            return
