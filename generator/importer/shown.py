"""What a saved page shows of itself where it declares nothing (no JSON-LD, no og: tags): its headline, the single
`<h1>`, when the `<title>` is only the site's name; the site's name from its `<title>`, its logo (text or image
`alt`) and its footer's copyright line when they name it; and the credits in its pictures' captions (a
`<figcaption>` or any element whose class says caption, credit or legend), whatever word they use: "Photo:",
"Picture:", "Foto:", "Crédit", "(foto di …)", "© …"."""
from __future__ import annotations

import html as htmllib
import re

from ..matcher import fold
from . import phrases as P
from .hosts import spells_host
from .lines import is_section, outlet_like
from .meta import caption_credit, named_after_caption
from .prompts import LEGAL

_TAG = re.compile(r"<[^>]+>")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_BODY = re.compile(r"<body\b[^>]*>(.*)", re.I | re.S)
_CLASSED = re.compile(r"<(\w+)\b([^>]*\b(?:class|id)\s*=\s*[\"']([^\"']*)[\"'][^>]*)>((?:(?!<\1\b).)*?)</\1\s*>", re.I | re.S)
_OPENING = re.compile(r"<\w+\b[^>]*\b(?:class|id)\s*=", re.I)
_LOGO_IMG = re.compile(r"<img\b[^>]*\b(?:class|id)\s*=\s*[\"'][^\"']*\b(?:logo|brand|masthead|wordmark)\b[^>]*>", re.I)
_IMG = re.compile(r"<img\b[^>]*\balt\s*=\s*[\"']([^\"']+)[\"']", re.I)
_FOOTER = re.compile(r"<footer\b[^>]*>(.*?)</footer\s*>|<(\w+)\b[^>]*\b(?:class|id)\s*=\s*[\"'][^\"']*\b(?:footer|foot|colophon|"
                     r"copyright|legal)\b[^\"']*[\"'][^>]*>(.*?)</\2\s*>", re.I | re.S)
LOGO = re.compile(r"^(?:logo|brand|branding|masthead|site-?title|site-?name|sitename|site-?logo|navbar-?brand|wordmark|"
                  r"header-?logo|logotype)$", re.I)
# '© 2026 The Ledger', '© The Ledger 2026', 'Copyright 2026 The Ledger. All rights reserved', '(c) 2026 The Ledger'.
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|tous droits|alle rechte)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
                       r"(?P<name>[^\W\d_][^·|•©\n.,]{1,60}?)\s*(?:(?:19|20)\d\d\b|[·|•.,–—]|\s-\s|$)", re.I)

GENERIC_TITLE = re.compile(r"(?:home|homepage|start|startseite|accueil|inicio|início|news|article|artikel|articolo|artículo|"
                           r"nachrichten|actualités|actualité|noticias|notizie|notícias|untitled|loading|lädt|chargement|"
                           r"cargando|caricamento|page|seite|index|"
                           # (a CMS's name for the page type: 'Comune di Nuraxi Arbu :: Dettaglio notizia')
                           r"(?:news|article) details?|details?|dettaglio(?: (?:notizia|news|articolo))?|"
                           r"détail(?: de l'actualité| de l'article)?|detalle(?: de (?:la )?noticia)?|"
                           r"detalhe(?: da notícia)?|detailansicht|nachricht(?:en)?(?:-| )?detail|"
                           # (a page's print view: 'El Correo del Tiétar - Versión para imprimir')
                           r"print(?:er)?[- ]friendly(?: version)?|print version|version imprimable|version à imprimer|"
                           r"druckversion|druckansicht|versión (?:para )?imprimir|versione (?:stampabile|per la stampa)|"
                           r"versão (?:para )?(?:impressão|imprimir)|"
                           # (an e-paper's reader or a newsletter's archive, the tool's name, not the paper's)
                           r"e-?paper|digital edition|edicola digitale|edizione digitale|digitale ausgabe|kiosque numérique|"
                           r"édition numérique|quiosco digital|edición digital|banca digital|edição digital|"
                           r"(?:past|previous) issues|frühere ausgaben|anciens numéros|números anteriores|numeri precedenti|"
                           r"edições anteriores|archiv(?:e)?|"
                           # (a site's section of releases, a contents list, a wiki's own menus, a journal's article type:
                           #  'Pressemitteilungen', 'Sommaire', 'Persönliche Werkzeuge', 'Research Article')
                           r"(?:press|media|news) releases|pressemitteilungen|presseinformationen|communiqués(?: de presse)?|"
                           r"comunicados(?: de (?:prensa|imprensa))?|notas de prensa|comunicati(?: stampa)?|"
                           r"(?:table of )?contents|sommaire|inhalt(?:sverzeichnis)?|sumario|índice|sommario|sumário|"
                           r"personal tools|persönliche werkzeuge|outils personnels|herramientas personales|"
                           r"strumenti personali|ferramentas pessoais|navigation menu|navigationsmenü|menu de navigation|"
                           r"article de recherche|(?:research|original|review) article|"
                           r"original research|short communication|originalarbeit|übersichtsarbeit|artículo original|"
                           r"articolo originale|artigo original|"
                           r"press summary)(?:\s+page)?", re.I)   # (a court's summary of its ruling, for the press)
COMPANY = re.compile(r"\b(?:ltd|limited|plc|inc|llc|gmbh|ag|kg|s\.?a\.?s?|s\.?l\.?|s\.?r\.?l\.?|spa|sarl|bv|nv|group|groupe|"
                     r"gruppo|grupo|media|médias|medien|verlag|verlagsgesellschaft|éditions|editions|editorial|editrice|holdings?|"
                     r"publishing|publications)\b", re.I)
CAPTION_CLASS = {"cap", "caption", "captions", "figcaption", "credit", "credits", "legend", "legende", "légende", "didascalia",
                 "bildunterschrift", "bildtext", "bildlegende", "bu", "pie", "piefoto", "leyenda", "legenda", "photocredit",
                 "fotocredit", "copyright", "descriptif"}   # ('spip_doc_descriptif': a SPIP site's picture caption)
CREDIT_CLASS = {"credit", "credits", "photocredit", "fotocredit", "copyright"}
# A credit inside a caption: a credit word and a colon or '©' ('Picture: Sam Roe', 'Photo : Ann Lowe', 'Crédit photo : …'),
# or a credit word and 'by', 'di', 'par', 'von', 'por', 'de' before a name ('foto di Sara Bianchi'), to the end of its part.
CREDIT_IN_CAPTION = re.compile(
    r"((?<![^\W\d_])(?:photo(?:graph)?s?|pictures?|pic|image|illustrations?|graphics?|infographi[ck]s?|video|vidéo|"
    r"(?:symbol|archiv|agentur|presse)?foto(?:s|grafías?|grafias?|grafie)?|(?:symbol|archiv|agentur|presse)?bild(?:er)?|bildrechte|bildquelle|bildnachweis|fotonachweis|crédits?(?: photos?)?|credits?|dessin|ilustración|"
    r"illustrazione|grafik|kamera)"
    r"(?:\s*[:©]\s*|\s+(?:by|di|par|von|por|de)\s+(?=(?-i:[A-ZÀ-Þ])))(?:[^.;|()\n]|(?<=\s(?-i:[A-ZÀ-Þ]))\.){2,60}|"
    r"©\s?(?-i:[A-ZÀ-Þ])[^.;|()\n]{1,60})", re.I)   # (a name's initials keep their stops: 'FOTO: C. M. Gil')


def element_text(fragment: str) -> str:
    """An HTML fragment's text as a reader sees it: tags gone, entities read, spaces single."""
    return " ".join(htmllib.unescape(_TAG.sub(" ", fragment)).split())


def _classed(page: str, nested: bool = False) -> list[tuple]:
    """Every element with a class or id (nested ones too): (tag, attributes, classes, inner HTML). With `nested`, also
    one that holds elements of its own tag (Drupal's field '<div class="field-name-field-pie-de-foto"><div …><div …>')."""
    found = []
    for start in _OPENING.finditer(page):
        element = _CLASSED.match(page, start.start())
        if element:
            found.append(element.groups())
        elif nested and (opened := _OPENED.match(page, start.start())):
            inner = _balanced(page, opened.group(1), opened.end())
            if inner is not None:
                found.append((opened.group(1), opened.group(2), opened.group(3), inner))
    return found


_OPENED = re.compile(r"<(\w+)\b([^>]*\b(?:class|id)\s*=\s*[\"']([^\"']*)[\"'][^>]*)>", re.I)


def _balanced(page: str, tag: str, start: int, reach: int = 5000) -> str | None:
    """The inner HTML from `start` to the tag's matching close, within `reach` characters, or None."""
    depth = 1
    for mark in re.finditer(r"<(/?)" + re.escape(tag) + r"\b[^>]*>", page[start:start + reach], re.I):
        depth += -1 if mark.group(1) else 1
        if depth == 0:
            return page[start:start + mark.start()]
    return None


def _tokens(classes: str) -> set[str]:
    return {token.lower() for name in classes.split() for token in [name, *re.split(r"[-_]", name)] if token}


# A kicker set inside the <h1>, in its own element: '<span class="ArticleHeader_kicker">Hochwasserschutz</span>'.
_KICKER = re.compile(r"<(span|div|small|em|strong|p)\b[^>]*class=[\"'][^\"']*(?:kicker|dachzeile|topline|overline|eyebrow|"
                     r"occhiello|sovratitolo|antetitulo|antet[íi]tulo|surtitre|sur-titre|roofline|supertitle)[^\"']*[\"'][^>]*>"
                     r".*?</\1>", re.I | re.S)


def shown_headline(page: str) -> str | None:
    """The page's single `<h1>`, when it has one and it reads as a headline (three to thirty words)."""
    body = _BODY.search(page)
    found = [text for text in (element_text(_KICKER.sub(" ", inner)) for inner in _H1.findall(body.group(1) if body else page))
             if text]
    return found[0] if len(found) == 1 and 3 <= len(found[0].split()) <= 30 else None


def printed_in_full(declared: str, page: str, read: str | None) -> str | None:
    """The page's `<h1>` when the declared headline only shortens it: every word of the declared one is in it and it
    is the line the text reads as the headline ('Liestal: Neues Busdepot …' declared without its place; a <title> and
    og:title cut to fit a search result). The headline is what the page prints."""
    printed = shown_headline(page)
    if printed and fold(printed) != fold(declared) and _under_label(declared, printed):
        return printed   # ('Sign the petition: Keep …', 'Ep. 112 – Who gets to rent the cottage?' over the <h1> 'Keep …',
        #                   'Who gets to rent the cottage? … one year in': a label over the headline the page prints)
    if printed and not read and len(printed) > len(declared) and len(declared.split()) >= 4 and \
            fold(printed).startswith(fold(declared).rstrip(" .…")):
        return printed   # (no headline read in the text; the declared one cut where the printed one goes on: ', province says')
    if printed and fold(printed) != fold(declared) and (_reworded(declared, printed) or _unprinted(declared, printed, page)):
        return printed   # (a search or social title, 'Elementarschaden: Nur jedes zweite Haus … versichert', over the
        #                   headline the page prints, 'Nur jedes zweite Haus … ist gegen Starkregen versichert')
    if not printed or read and not _ends_with(read, printed):
        return None   # (the text reader's headline, the <h1>'s kicker run into it or not)
    if not read or len(printed) <= len(declared):
        return None
    before = fold(printed)[:-len(declared)].rstrip() if fold(printed).endswith(fold(declared)) else ""
    if before and not before.endswith(":"):
        return None   # ('LIVE Storm Imelda live: …': a badge or a kicker set inside the <h1>, not the headline's words)
    words = set(re.findall(r"\w+", fold(declared)))
    return printed if words and words <= set(re.findall(r"\w+", fold(printed))) else None


def _unprinted(declared: str, printed: str, page: str) -> bool:
    """The declared headline is printed nowhere on the page, and the printed one tells the same story (two of its
    words or more): a headline written for search engines ('Tombola Bergretterverein: Gewinnnummern' over the <h1>
    'Tombola des Bergrettervereins Bernina: Das sind die Gewinnnummern')."""
    body = _BODY.search(page)
    shown = fold(element_text(re.sub(r"<(script|style|noscript)\b.*?</\1\s*>", " ", body.group(1) if body else page,
                                     flags=re.I | re.S)))
    one, other = (set(re.findall(r"[^\W\d_]{4,}", fold(text))) for text in (declared, printed))
    return fold(declared) not in shown and fold(printed) not in fold(declared) and len(one & other) >= 2
    # (not the declared one's end printed alone: 'Everything you need to know about …: Moonah centre moves')


def _under_label(declared: str, printed: str) -> bool:
    """The declared headline is a short label ('Sign the petition', 'Ep. 112', 'Podcast') and the printed one, whole or
    its opening of four words or more."""
    labelled = re.match(r"^(.{1,40}?)\s*(?::|\s[–—|-])\s+(.+)$", declared)
    if not labelled or len(labelled.group(1).split()) > 4:
        return False
    rest = fold(labelled.group(2)).rstrip(" .…")
    return fold(printed) == rest or len(rest.split()) >= 4 and fold(printed).startswith(rest)


def without_kicker(declared: str, page: str) -> str:
    """The declared headline without the kicker the page's <h1> sets in its own element, when the declaration read it
    in ('Castiglione d'Orcia La Cinta senese torna …' of '<span class="occhiello">Castiglione d'Orcia</span> La …')."""
    printed = shown_headline(page)
    if printed and _KICKER.search(page) and fold(declared) != fold(printed) and _ends_with(declared, printed):
        return printed
    return declared


def _ends_with(text: str, end: str) -> bool:
    """The text ends with the other, whatever spaces a kicker run into it left or took ('HochwasserschutzNur …')."""
    return fold(text).replace(" ", "").endswith(fold(end).replace(" ", ""))


def _reworded(declared: str, printed: str) -> bool:
    """The same headline in other words: most of the shorter one's words are the longer one's, each has words of its
    own, and the printed one is no kicker or badge run into the declared one."""
    one, other = (set(re.findall(r"[^\W\d_]{3,}", fold(text))) for text in (declared, printed))
    shared = one & other
    return bool(one - other) and bool(other - one) and len(shared) >= max(3, 0.5 * min(len(one), len(other))) and \
        not fold(printed).endswith(fold(declared))


_TITLE_MARK = re.compile(r"(?:^|[-_])(?:lbl)?(?:news|article|articolo|notizia|post|entry)?[-_]?(?:title|titolo|titulo|título|titre|"
                         r"titel|headline|titular|manchete|schlagzeile|ueberschrift)(?:news|notizia|articolo|article)?$", re.I)


def marked_headline(page: str) -> str | None:
    """The page's single `<h1>`, else the one element its markup names the article's title (a class or an id such as
    'titolonews', 'article-title', 'ctl00_…_lblTitolo'; not the site's title), three to thirty words."""
    if found := shown_headline(page):
        return found
    body = _BODY.search(page)
    texts = {" ".join(element_text(inner).split()) for _, _, marks, inner in _classed(body.group(1) if body else page)
             if any(_TITLE_MARK.search(mark) for mark in marks.split()) and
             not any(LOGO.match(token) or token.lower() in ("site", "blog", "page") for token in _tokens(marks))}
    texts = {text for text in texts if 3 <= len(text.split()) <= 30}
    return texts.pop() if len(texts) == 1 else None


def _logo_names(page: str) -> list[str]:
    names = [element_text(alt) for tag in _LOGO_IMG.findall(page) if (alt := _attr_alt(tag))]   # (<img class="logo" alt="…">)
    for _, attrs, classes, inner in _classed(page):
        if any(LOGO.match(token) for token in [*classes.split(), *_tokens(classes)]):
            for name in [element_text(inner), *(element_text(alt) for alt in _IMG.findall(inner)), *(element_text(alt) for alt in _IMG.findall(attrs))]:
                name = re.sub(r"^(?:logo|home)\s*(?:of|de|du|der|des)?\s*[:|-]?\s*|\s*[:|-]?\s*(?:logo|home(?:page)?)$", "", name,
                              flags=re.I).strip()
                if 0 < len(name.split()) <= 6:
                    names.append(name)
    return names


def _attr_alt(tag: str) -> str | None:
    found = _IMG.search(tag)
    return found.group(1) if found else None


def _copyright_names(page: str) -> list[str]:
    names = []
    for groups in _FOOTER.findall(page):
        for found in COPYRIGHT.finditer(element_text(groups[0] or groups[2])):
            name = found["name"].strip(" -–")
            if 0 < len(name.split()) <= 6 and not re.match(r"(all|tous|alle|todos|tutti)\b", name, re.I):
                names.append(name)
    return names


def _agrees(one: str, other: str) -> bool:
    """Two ways of writing a site's name: the same, or one inside the other word for word ('The Ledger' / 'Ledger')."""
    a, b = f" {fold(one)} ", f" {fold(other)} "
    return a.strip() and b.strip() and (a in b or b in a)


def shown_site(page: str, title: str | None) -> str | None:
    """The site's name as the page shows it: its logo's or its footer's copyright (the longer way of writing it where the
    `<title>` or another of them agrees)."""
    logos, owners = _logo_names(page), _copyright_names(page)
    named = [name for name in logos + owners if outlet_like(name) and not P.NEWSROOM.match(name)]
    if not named:
        return None
    for name in named:   # (a name that another source, or the <title>, restates)
        others = [other for other in named + ([title] if title else []) if other is not name]
        agreeing = [other for other in others if _agrees(name, other)]
        if agreeing:
            return max([name, *(other for other in agreeing if other != title or len(title.split()) <= 6)], key=len)
    if logos and logos[0] in named:
        return logos[0]
    owners = [name for name in owners if name in named and not COMPANY.search(name)]
    return owners[0] if owners else None   # (the copyright's holder alone, when it is no company behind the title)


def title_is_site(title: str | None, headline: str | None) -> str | None:
    """A `<title>` that is a short name sharing no word with the declared headline: the site's name (a script's shell
    titled 'Ruhrtal Echo' around its data's article); or the name before a colon and the headline ('Blog: Post')."""
    if title and headline and title.strip().startswith(headline.strip()) and \
            re.match(r"\s?[:|–—-]\s", rest := title.strip()[len(headline.strip()):]):
        rest = re.sub(r"^\s?[:|–—-]\s*", "", rest).strip()   # ('Headline: Klinikum Saalfelden', a CMS's title after a colon)
        return rest if 1 <= len(rest.split()) <= 6 and outlet_like(rest) and not GENERIC_TITLE.fullmatch(rest) else None
    if title and headline and title.strip().endswith(headline.strip()) and \
            re.search(r"\S\s?:\s*$", prefix := title.strip()[:-len(headline.strip())]):
        prefix = prefix.strip(" :")   # ('Sentieri di Valtrompia: Riapre il sentiero …', a blog's name before its post's)
        return prefix if 1 <= len(prefix.split()) <= 6 and outlet_like(prefix) and not GENERIC_TITLE.fullmatch(prefix) else None
    words = {word.casefold() for word in re.findall(r"[^\W\d_]{3,}", title or "")}
    theirs = {word.casefold() for word in re.findall(r"[^\W\d_]{3,}", headline or "")}
    return title.strip() if title and headline and len(title.split()) <= 5 and outlet_like(title) and not words & theirs \
        and not P.NEWSROOM.match(title) and not GENERIC_TITLE.fullmatch(title.strip(" .…")) else None


def names_site(title: str | None, names: list[str | None]) -> bool:
    """The `<title>` is the site's name (as its logo, copyright or declared site name write it), alone or beside a
    tagline or a shortened headline ('Millbrook Ledger', 'Millbrook Ledger – News since 1911')."""
    parts = re.split(r"\s+[|–—·:-]\s+|\s+::\s+", title or "")
    return bool(title) and any(name and _agrees(part, name) and len(part.split()) <= len(name.split()) + 1
                               for part in parts for name in names)


_SITE_FOOTER = re.compile(r"<footer\b[^>]*>.*?</footer\s*>|<(\w+)\b[^>]*\brole\s*=\s*[\"']contentinfo[\"'][^>]*>.*?</\1\s*>",
                          re.I | re.S)


def caption_credits(page: str) -> list[str]:
    """The credits of the page's pictures, as their captions write them."""
    credits: list[str] = []
    page = _SITE_FOOTER.sub(" ", page)   # (the site's footer: its copyright line is the site's, not a picture's)
    figures = re.findall(r"<fig(?:ure|caption)\b[^>]*>(.*?)</fig(?:ure|caption)\s*>", page, re.I | re.S)
    captions = [("figcaption", inner) for inner in re.findall(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", page, re.I | re.S)]
    captions += [(classes, inner) for _, _, classes, inner in _classed(page, nested=True) if _tokens(classes) & CAPTION_CLASS and
                 not _tokens(classes) & {"reader", "byline", "author", "authors", "autor", "auteur"}]
    captions += [("img", inner) for inner in _under_pictures(page)]
    for classes, inner in captions:
        caption = element_text(inner)
        if classes == "img" and not (P.CAPTION_CREDIT.search(caption) or P.NAMED_CREDIT.search(caption)):
            continue   # (a line under a picture no element calls a caption: only a credit it plainly closes with)
        if not caption or P.BYLINE_START.match(caption):
            continue   # (a byline in an element called 'credits', as a reading view writes it)
        cited = re.search(r"<cite\b[^>]*>(.*?)</cite\s*>", inner, re.I | re.S)
        if LEGAL.search(caption) and caption.startswith("©"):
            continue   # ('© Riproduzione riservata': the page's rights, no picture's credit)
        if cited and 1 <= len(element_text(cited.group(1)).split()) <= 10:
            found = [element_text(cited.group(1))]   # (the caption cites its picture's author: '<cite>Name / Outlet</cite>')
        elif photographer := _photographer(inner):
            found = [photographer]   # ('<span class="v-photographer">Celedonio Martínez</span>': the element says what it is)
        elif _tokens(classes) & CREDIT_CLASS and len(caption.split()) <= 10 and \
                not re.search(r"(?<!\b(?-i:[A-ZÀ-Þ]))[.!?]\s*\S", caption) and \
                (re.search(r"©|/|\b(?:photo|foto|picture|image|bild|crédit|credit)", caption, re.I) or
                 any(inner in figure for figure in figures)):
            found = [caption.rstrip(".")]   # (an element that is the credit, in a picture's caption or saying so: as written)
        elif ending := caption_credit(caption):
            found = [ending.group(1)]   # (as a pasted caption closes with its credit: one reading for both)
        elif slashed := re.search(r"[.!?]\s*/\s*((?-i:[A-ZÀ-Þ])[^./()!?]{2,40})$", caption):
            found = [slashed.group(1)]   # ('… el pasado octubre. / Pedro Navarro': the photographer after a slash)
        elif (agency := P.CAPTION_AGENCY.search(caption)) and P.AGENCIES.match(agency.group(1).split("/")[0].strip()):
            found = [agency.group(1)]   # ('Agentes durante uno de los registros. EFE/Guardia Civil': the agency, its source)
        elif capitals := P.CAPITALS_CREDIT.search(caption):
            found = [capitals.group(1)]   # ('… en Torre del Mar. POLICÍA NACIONAL': who gave the picture, in capitals)
        else:
            found = [match.group(1) for match in CREDIT_IN_CAPTION.finditer(caption)]
            if not found and classes != "img" and (named := named_after_caption(caption)):
                found = [named.group(1)]   # ('… cerrado por la revisión anual. Iván Mier': the photographer's name alone)
        for credit in found:
            credit = credit.strip(" ,;:()|·•")
            if credit and credit not in credits and not any(credit in other for other in credits):
                credits.append(credit)
    return credits


# The first line of text under a picture, across the cells, breaks and font tags an old table layout or an e-mail
# sets between them: '<img …><br><font size="1"><i>Il presepe … (foto Mario Ciampa)</i></font>'.
_UNDER_PICTURE = re.compile(r"<img\b[^>]*>((?:\s|</?(?:br|td|tr|table|tbody|center|font|i|em|small|span|div|a)\b[^>]*>)*)"
                            r"((?:[^<]|<(?:i|em|b|strong|font|span|small)\b[^>]*>|</(?:i|em|b|strong|font|span|small)\s*>){10,400}?)"
                            r"(?=<(?:/td|/div|/p|/center|br|/figure|p|div|table|img)\b)", re.I)


def _under_pictures(page: str) -> list[str]:
    return [found.group(2) for found in _UNDER_PICTURE.finditer(page) if len(element_text(found.group(2)).split()) <= 40]


_CLASSED_CHILD = re.compile(r"<(\w+)\b[^>]*\bclass\s*=\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</\1\s*>", re.I | re.S)
PHOTOGRAPHER_CLASS = {"photographer", "photog", "photographe", "fotograf", "fotografo", "fotógrafo", "fotografa", "fotografin"}


def photographer_fields(page: str) -> list[str]:
    """A field of the article's head its class names as the photographer's, its label beside the name ('<div
    class="field--name-field-photographe"><div class="field__label">Photos</div><div class="field__item">Olivier
    Mottier</div>'): the credit as the page writes it, 'Photos: Olivier Mottier'."""
    credits = []
    for _, _, classes, inner in _classed(page, nested=True):
        if not _tokens(classes) & PHOTOGRAPHER_CLASS or not _tokens(classes) & {"field", "meta", "byline"}:
            continue
        label = next((element_text(text) for _, marks, text in _CLASSED_CHILD.findall(inner)
                      if _tokens(marks) & {"label", "field__label"}), "")
        names = [element_text(text) for _, marks, text in _CLASSED_CHILD.findall(inner) if _tokens(marks) & {"item", "value"}]
        if label and P.CREDIT_ROLE.match(label) and len(names) == 1 and 1 <= len(names[0].split()) <= 6:
            credits.append(f"{label.rstrip(' :')}: {names[0]}")
    return credits


def _photographer(inner: str) -> str | None:
    """A caption's element its class names as the photographer's ('v-photographer', 'autor-foto'): his name, as written."""
    for _, classes, text in _CLASSED_CHILD.findall(inner):
        tokens = _tokens(classes)
        if tokens & PHOTOGRAPHER_CLASS or tokens & {"autor", "author", "auteur", "autore"} and tokens & {"foto", "photo"}:
            name = element_text(text)
            if 1 <= len(name.split()) <= 8 and not re.search(r"[.!?]\s", name):
                return name
    return None


# A title's side that opens like a phrase, not a name ('our December news', 'notre lettre de décembre').
PHRASE_OPENER = re.compile(r"^(?:our|my|your|this|these|notre|nos|votre|vos|cette|unsere?|ihre?|diese[rs]?|nuestr[oa]s?|"
                           r"vuestr[oa]s?|esta|este|nostr[oaie]|vostr[oaie]|questa|questo|noss[oa]s?|vossa)\s", re.I)


def _headline_among(parts: list[str], joint: str = " – ") -> str | None:
    """What is left of a `<title>` once the site's name is out: 'Community :: Choir of 90 voices loses its home …'
    is a section of a word or two beside the one part that reads as a headline, which alone is it; a page type or a
    section alone ('Vielha Digital - Noticias') is none."""
    if all(GENERIC_TITLE.fullmatch(part) for part in parts):
        return None
    long = [part for part in parts if len(part.split()) >= 4]
    if len(parts) > 1 and len(long) == 1 and all(len(part.split()) <= 2 for part in parts if part is not long[0]):
        return long[0]
    return joint.join(parts)


_LINK = re.compile(r"<a\b[^>]*\bhref\s*=\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", re.I | re.S)
_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:\.\./)*(?:\./)?$", re.I)


def menu_labels(page: str) -> set[str]:
    """The words of the page's links other than to its home page: its menu's, its breadcrumb's (folded)."""
    return {fold(element_text(inner)) for href, inner in _LINK.findall(page) if not _HOME.match(href.strip())}


# Function words of four letters or more, lower case inside a name ('Società per la Tutela', 'Friends of the Earth').
_LONG_FUNCTION_WORDS = {"with", "from", "pour", "dans", "avec", "sobre", "para", "della", "delle", "dello", "degli",
                        "über", "unter", "zwischen", "entre", "sous", "upon", "into", "onto"}


def sentence_case(part: str) -> bool:
    """Words of two or more, a common word of four letters or more lower case after the first: a page's label
    ('Preguntas frecuentes', 'Perfil del contratante'), not a name, which capitalises its words."""
    words = part.split()
    return len(words) >= 2 and words[0][:1].isupper() and any(
        len(word) >= 4 and word.isalpha() and word.islower() and word not in _LONG_FUNCTION_WORDS for word in words[1:])


def split_title(title: str | None, site: str | None, host: str | None = None,
                labels: set[str] = frozenset()) -> tuple[str | None, str | None]:
    """'Headline | Outlet' → (headline, outlet); the side that is the site's name (declared, or spelt by the page's
    `host`), or the shorter. 'Outlet - Section - Town' names no headline. An end that is one of the page's menu
    `labels` and written as a phrase ('Preguntas frecuentes - … - Mancomunidad de …') is the page's, the other end the
    site's."""
    if not title:
        return None, None
    parts = re.split(r"\s+[|–—·-]\s+|\s+::\s+" + ("" if "«" in title else r"|\s+»\s+"), title)   # (« … » is a quotation)
    if len(parts) < 2:
        return title, None
    spelt = next((part for part in parts if spells_host(part, host)), None)
    if spelt and not spells_host(site or "", host):   # (a declared name that is not it is a section's: 'Lauterbach')
        rest = [part for part in parts if part is not spelt]
        trail = len(rest) >= 2 and all(len(part.split()) <= 2 for part in rest)   # ('Lokales - Lauterbach': sections)
        return None if trail else _headline_among(rest), spelt
    if site:
        folded = [part.lower() for part in parts]
        if site.lower() in folded:
            rest = [part for part in parts if part.lower() != site.lower()]
            return _headline_among(rest), site
    first, last = parts[0], parts[-1]
    labelled = [part for part in (first, last) if fold(part) in labels and sentence_case(part) and len(part.split()) <= 4]
    if len(labelled) == 1 and not sentence_case(other := last if labelled[0] is first else first):
        rest = [part for part in parts if part is not other and part is not labelled[0]]
        return (_headline_among(rest) if any(len(part.split()) >= 4 for part in rest) else None), other
    generic = [GENERIC_TITLE.fullmatch(part) or is_section(part) for part in (first, last)]
    if len(parts) == 2 and any(generic):   # ('The Ledger - News', 'Hebden Bridge Weekly :: Local News': no headline)
        return None, first if generic[1] else last
    if len(last.split()) <= 5 and len(first.split()) > len(last.split()):   # (not a tagline: '… — our December news')
        return _headline_among(parts[:-1], " - "), None if PHRASE_OPENER.match(last) else last
    if len(first.split()) <= 5 and len(last.split()) > len(first.split()):
        return _headline_among(parts[1:], " - "), first
    return title, None
