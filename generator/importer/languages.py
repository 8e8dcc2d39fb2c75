"""The languages clippings are read in: the small words that tell them apart, their names, and the
lines that say a text was translated from one of them."""
from __future__ import annotations

import re

STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "it", "on", "as", "are", "has", "he", "his",
           "by", "at", "from", "have", "had", "which", "this", "were", "been", "their", "they", "who", "not"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "du", "au", "sur", "pas", "par",
           "ce", "il", "elle", "ont", "avec", "sont", "aux", "mais", "ses", "leur", "été", "cette"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "auf", "den", "dem", "des", "zu", "sich",
           "von", "im", "für", "auch", "wurde", "hat", "sie", "es", "als", "bei", "nach", "wie", "aus"},
    "es": {"el", "los", "las", "y", "que", "una", "por", "con", "para", "es", "del", "se", "lo", "al", "su", "como",
           "más", "pero", "sus", "fue", "ha", "han", "este", "esta", "entre", "sobre", "también"},
    "it": {"il", "gli", "di", "che", "è", "una", "per", "con", "non", "sono", "della", "del", "nel", "alla", "dei",
           "le", "si", "da", "ha", "anche", "come", "più", "questo", "stato", "delle", "degli", "nella"},
    "pt": {"não", "uma", "com", "em", "ao", "à", "às", "pelo", "pela", "pelos", "dos", "das", "são", "também", "já",
           "está", "tem", "isso", "seu", "sua", "foi", "mais", "muito", "ele", "ela", "num", "numa", "onde", "quando",
           "o", "os", "do", "na", "nas", "um", "é", "aos", "às", "pelas", "dum", "então", "segundo", "após"},
}

LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese"}

# "Translated from the French", "Lire en français": the language of the original.
TRANSLATION = [
    (re.compile(r"\blire en fran[cç]ais\b|\btranslated from (the )?french\b|\btraduit du français\b|\baus dem französischen\b"
                r"|\btraducido del francés\b|\btradotto dal francese\b", re.I), "fr"),
    (re.compile(r"\bauf deutsch lesen\b|\btranslated from (the )?german\b|\btraduit de l'allemand\b|\btraducido del alemán\b"
                r"|\btradotto dal tedesco\b", re.I), "de"),
    (re.compile(r"\bleer en espa[nñ]ol\b|\btranslated from (the )?spanish\b|\btraduit de l'espagnol\b|\baus dem spanischen\b"
                r"|\btradotto dallo spagnolo\b", re.I), "es"),
    (re.compile(r"\bleggi in italiano\b|\btranslated from (the )?italian\b|\btraduit de l'italien\b|\baus dem italienischen\b"
                r"|\btraducido del italiano\b", re.I), "it"),
    (re.compile(r"\bread in english\b|\btraduit de l'anglais\b|\baus dem englischen\b|\btraducido del inglés\b"
                r"|\btradotto dall'inglese\b|\btranslated from (the )?english\b", re.I), "en"),
]
