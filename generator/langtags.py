"""Language tags (BCP 47) of the site and of each document: what a `language:` value means,
when a document's text needs a `lang` of its own, and the quotation marks of a language.

A document whose language differs from the site's is marked `lang="xx"` on its text, so that
screen readers, hyphenation and the search index treat it in its own language."""
from __future__ import annotations

import functools
import re

# Values that say the language is not known: kept as written (labels show "an unstated
# language"), never a `lang` attribute. ("und" is BCP 47's own "undetermined".)
UNSTATED = ("unknown", "unstated", "not stated", "?", "und")
# The languages a desk most often names in words ("French", "français") rather than by code.
_NAMED = ("en", "fr", "de", "es", "it", "pt", "nl", "ar", "ru", "zh", "pl", "sv", "da", "no", "nb", "fi", "tr",
          "el", "ja", "uk", "ro", "ca", "cs", "hu", "he", "ko", "hi", "fa")
# language[-script][-region][-variant...]: the tags people write (private use and
# extensions are left out; grandfathered tags such as i-klingon are not accepted)
_TAG = re.compile(r"([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?((?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)")


def normalise(value: str) -> str | None:
    """The BCP 47 tag `value` stands for, in its usual case ('fr_fr' → 'fr-FR', 'French' →
    'fr'); an unstated value as written; None when it is no language tag at all."""
    text = value.strip()
    if text.lower() in UNSTATED:
        return text.lower()
    tag = _TAG.fullmatch(text.replace("_", "-").lower())
    if tag is not None:
        language, script, region, variants = tag.groups()
        return "-".join(part for part in (language, script and script.title(), region and region.upper(),
                                          variants[1:]) if part)
    return _names().get(_fold(text))


def problem(value: str) -> str:
    """What to tell the author of a `language:` value that normalise() cannot read."""
    return (f"'language' is '{value}', which is not a language tag; write a BCP 47 tag such as en, fr, de or "
            "pt-BR (or 'unknown' when the language is not known)")


def stated(language: str | None) -> str | None:
    """The tag, unless the value says the language is not known."""
    return None if not language or language.lower() in UNSTATED else language


def differing(language: str | None, site_language: str) -> str | None:
    """The `lang` a document's text needs on a page of the site: its tag when it is another
    language than the site's, else None (the same language, in any region, or none stated)."""
    language = stated(language)
    return None if not language or primary(language) == primary(site_language) else language


def primary(tag: str | None) -> str:
    """'fr-CA' → 'fr': the language a search index and a stemmer know."""
    return (tag or "").split("-")[0].split("_")[0].lower()


# The quotation marks of each language (CLDR's delimiters: start, end, and the alternate pair
# for a quotation inside a quotation; French with the narrow no-break spaces its typography
# sets inside guillemets). Babel does not ship these, so they are here.
_NNBSP = "\u202f"
QUOTATION_MARKS = {
    "en": "“”‘’", "fr": ("«" + _NNBSP, _NNBSP + "»", "“", "”"), "de": "„“‚‘", "es": "«»“”", "it": "«»“”",
    "pt": "“”‘’", "pt-PT": "«»“”", "nl": "‘’“”", "ru": "«»„“", "uk": "«»„“", "pl": "„”«»", "sv": "””’’",
    "da": "“”‘’", "no": "«»‘’", "nb": "«»‘’", "fi": "””’’", "cs": "„“‚‘", "ja": "「」『』", "zh": "“”‘’",
    "ar": "”“’‘", "tr": "“”‘’", "el": "«»“”", "ro": "„”«»", "hu": "„”»«", "ca": "«»“”", "he": "””’’",
    "ko": "“”‘’", "de-CH": "«»‹›", "fr-CH": "«»‹›",
}


@functools.cache
def quotation_marks(tag: str | None) -> tuple[str, str, str, str]:
    """The marks of a language (its region's when they differ: de-CH, pt-PT), English's for
    a language not listed."""
    tag = tag or "en"
    marks = QUOTATION_MARKS.get(tag) or QUOTATION_MARKS.get(primary(tag)) or QUOTATION_MARKS["en"]
    return tuple(marks)


# a quotation inside the quoted words, in straight, curly, low (German „…“) or angle marks
_INNER = re.compile(r"[\"“„«‹]\s*([^\"“”„«»‹›]*?)\s*[\"”“»›]")


def quoted(words: str, tag: str | None) -> str:
    """`words` between the marks of `tag`'s language, a quotation inside them between its
    alternate marks."""
    start, end, inner_start, inner_end = quotation_marks(tag)
    return start + _INNER.sub(lambda m: inner_start + m.group(1) + inner_end, words) + end


@functools.cache
def _names() -> dict[str, str]:
    """Folded name → code: each language's English name and its own ('français')."""
    from babel import Locale
    names = {}
    for code in _NAMED:
        locale = Locale.parse(code)
        for name in (locale.english_name, locale.get_display_name(code)):
            if name:
                names.setdefault(_fold(name), code)
    return names


def _fold(text: str) -> str:
    import unicodedata
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
