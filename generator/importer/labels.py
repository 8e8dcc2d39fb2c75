"""A document's labels: what a press release, a ruling or a statement calls itself above its text or
before its headline, a ruling's numbered title and a case number (kinds.py reads the kind from them)."""
from __future__ import annotations

import re

from .phrases import _any

# A document's label above its text, naming what kind of document it is: a press release's, a ruling's.
PRESS_RELEASE_LABELS = _any(
    r"(press|news|media) release", r"for (immediate|general) release", r"embargoed( until .{0,40})?",
    r"communiqué( de presse| aux médias)?", r"information aux médias", r"pour diffusion immédiate",
    r"presse(mitteilung|information|erklärung|aussendung|meldung|-?info)", r"comunicato ai media",
    r"medien(mitteilung|information)", r"zur sofortigen veröffentlichung", r"nota de prensa", r"comunicado( de prensa)?",
    r"comunicato( stampa)?", r"nota stampa", r"comunicado de imprensa", r"nota (de|à) imprensa",
    # (a press kit, with its season or year: 'Dossier de presse Hiver 2025-2026')
    r"(dossier de presse|press kit|media kit|pressemappe|presse-?kit|dossier de prensa|cartella stampa|"
    r"kit (de )?imprensa|dossiê de imprensa)( [\w-]+)?( \d{4}([-–/]\d{2,4})?)?")
RULING_LABELS = _any(r"judg(e)?ment( summary)?", r"ruling", r"order", r"arrêt", r"jugement", r"ordonnance", r"urteil", r"beschluss",
                     r"erkenntnis",
                     r"sentencia", r"auto", r"sentenza", r"ordinanza", r"acórdão", r"sentença")
STATEMENT_LABELS = _any(r"((joint|club|board|official|company|party|team|family|group|media|public) )?statement", r"position (statement|paper)", r"(gemeinsame )?erklärung", r"stellungnahme",
                        r"positionspapier", r"d[ée]claration( commune)?", r"prise de position", r"declaración( conjunta)?",
                        r"posicionamiento", r"dichiarazione( congiunta)?", r"presa di posizione", r"tomada de posição",
                        r"declaração( conjunta)?",
                        # (a reply the law makes a paper print: the one who replies states it)
                        r"right of reply", r"gegendarstellung", r"droit de réponse", r"derecho de (rectificación|réplica)",
                        r"diritto di (replica|rettifica)", r"direito de resposta")
_ABOUT = r"\s+[·|–—]\s+[^·|–—:]{1,40}"   # (what the document is about, after its label: 'PRESS RELEASE · INTERIM RESULTS')
# (in two languages too, one after the other: 'NEWS RELEASE / COMMUNIQUÉ DE PRESSE')
DOCUMENT_LABEL = re.compile(r"^(?:(?:" + _any(PRESS_RELEASE_LABELS, STATEMENT_LABELS) + r")\s+/\s+)?"
                            r"(?:(?:" + _any(PRESS_RELEASE_LABELS, STATEMENT_LABELS) + r")(?:" + _ABOUT +
                            r"|\s+(?:nr|no|n[°º]|n|núm|num)\.?\s*\d[\d/.-]*(?:\s+(?:del|du|vom|of|de|dated)\s+\d[\d/.-]*)?)?|(?:" + _any(RULING_LABELS, r"décision") + r")(?:" +
                            _ABOUT + r")?)\s*[:.]?$", re.I)   # (a press release's number: 'PRESSEMITTEILUNG Nr. 214/2026';
#                                                        a ruling's is its title, RULING_TITLE)
# A statement's label naming who makes it, in capitals over the text: 'STATEMENT FROM THE BOARD OF DIRECTORS' (head.py
# reads it only in capitals: 'Déclaration du maire sur …' set otherwise is a headline).
STATEMENT_BY = re.compile(r"^(?:" + STATEMENT_LABELS + r")\s+(?:from|by|of|de la|de l'|du|des|de|der|des|vom|von|del|"
                          r"della|dello|dei|do|da|dos)\s+(?!.*\s(?:zur|zum|zu|über|on|about|regarding|over|sur|concernant|"
                          r"sobre|acerca|su|sul|sulla|sui|circa|em)\s)[^:.!?]{3,50}$", re.I)
# (naming who states it and no more; 'STELLUNGNAHME DES ASTA ZUR SCHLIESSUNG …' says what about: a headline, its kind
#  a statement's all the same, kinds.py)
STATEMENT_ON = re.compile(r"^(?:" + STATEMENT_LABELS + r")\s+\S.{3,120}$", re.I)
# The same label before a headline on one line ("Pressemitteilung: ...", "Communiqué : ...", "PRESS RELEASE – ...").
DOCUMENT_LABEL_PREFIX = re.compile(r"^(?:" + _any(PRESS_RELEASE_LABELS, r"(joint )?statement") + r")\s*(?::|[–—|]|\s-)\s*(?=\S)", re.I)
# A ruling's label with its number: "SENTENCIA N.º 233/2025", "Judgment No. 12 of 2025", "Urteil vom 3. Mai 2025".
RULING_TITLE = re.compile(r"^(?:" + RULING_LABELS + r")\s+(?:n[.°º]*\s*º?|no\.?|nr\.?|núm\.?|num\.?|vom|du|del|of|de)\s*\d", re.I)
# A case number on a line of its own: "Case No. 24-118", "Procedimiento abreviado 412/2025", "Az. 4 K 12/25", "RG n. 311/2025".
_CASE_NO = (r"(?:(?:n[.°º]*\s*º?|no\.?|nr\.?|núm\.?|num\.?|#)\s*(?:(?-i:[A-Z]{1,4})\s?)?\d[\w./ -]*|"
            r"\d+\s?[/-]\s?\d+[\w./ -]*|(?-i:[A-Z]{1,4})\s?\d+[\w./ -]*)")
CASE_NUMBER = re.compile(r"^(?:(?:(?:civil|criminal|administrative|family|supreme) )?(?:case|claim|appeal|docket|file|affaire|"
                         r"dossier|requête|aktenzeichen|az|geschäftszeichen|procedimiento|recurso|rollo|autos|procedimento|"
                         r"ricorso|r\.?g\.?|causa|n[.°º]* ?rg)\b[\w .,'’-]{0,40}?" + _CASE_NO + r"|\d{1,6}/\d{2,4}(?: [A-Z]{1,4})?)$", re.I)
PRESS_RELEASE_LABEL = re.compile(r"^(?:" + PRESS_RELEASE_LABELS + r")\b", re.I)
RULING_LABEL = re.compile(r"^(?:" + RULING_LABELS + r")\b", re.I)
