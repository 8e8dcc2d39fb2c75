"""A forum thread that quotes a newspaper's article whole is imported as that article, credited to the outlet the quote
names, with the forum recorded as its copy; a member's short reply quoted in another post changes nothing. Threads as
phpBB, XenForo, vBulletin and a BBCode editor paste them. Cases in my own words."""
import pytest

from generator.importer import parse_clipping

HEADLINE = "Ferry crossing to reopen after three months of repairs"
ARTICLE = [
    "The ferry between the two harbours will sail again on Monday, the operator said on Thursday, after repairs to the "
    "landing ramp took a month longer than planned and the spring timetable had to be printed twice.",
    "Passengers had been sent on a forty-minute bus journey round the estuary since September, and the operator said "
    "season tickets would be extended by three months to make up for the lost crossings.",
    "Timetables",
    "The harbour board said the ramp had been rebuilt with a steeper hinge so that it could cope with the lowest spring "
    "tides, which had stranded the old one twice last winter and left cars waiting on the slipway.",
    "Traders on the north quay, who say they lost a fifth of their custom while the crossing was shut, welcomed the news "
    "but asked the board to publish the dates of next year's maintenance well in advance.",
]
URL = "https://www.estuaryledger.example/news/ferry-crossing-to-reopen-48213"
FORUM_HEAD = ["Estuary Talk", "Forums", "New posts", "Search forums", "Log in", "Register", "Forums", "Estuary Talk",
              "Harbour & Ferries", "Ferry back on Monday?", "Thread starter quaywalker", "Start date 10 Feb 2026"]


def _thread(quote_open: list[str], quote_close: list[str], reply: str = "About time too.") -> str:
    return "\n".join([
        *FORUM_HEAD, "quaywalker", "Member", "10 Feb 2026", "#1", "Heard the ferry is back. Anyone seen details?", "Reply",
        "harbourhand", "Well-known member", "10 Feb 2026", "#2",
        "It's in the Ledger today, whole thing here as their site wants a login:", *quote_open, HEADLINE,
        "By Ann Lowe", "Tuesday, 10 February 2026", *ARTICLE, *quote_close, reply, "Reply",
        "quaywalker", "Member", "10 Feb 2026", "#3", "Thanks, that's good news for the school run.", "Reply"])


@pytest.mark.parametrize("quote_open, quote_close", [
    ([URL, "The Estuary Ledger said:"], ["Click to shrink..."]),                                 # XenForo
    (["The Estuary Ledger ha scritto:"], [f"Link all'articolo: {URL}"]),                         # phpBB, Italian
    (["Quote:", "Originally Posted by The Estuary Ledger"], ["[/quote]", f"Source: {URL}"]),     # vBulletin
])
def test_a_forum_post_quoting_an_article_whole_is_that_article_and_the_forum_its_copy(quote_open, quote_close):
    clip = parse_clipping(_thread(quote_open, quote_close))
    assert (clip.title, clip.outlet, clip.authors, clip.published, clip.url) == (
        HEADLINE, "The Estuary Ledger", ["Ann Lowe"], "2026-02-10", URL)
    assert clip.reproduced_by is not None and clip.reproduced_by.outlet == "Estuary Talk"
    assert clip.reproduced_by.published == "2026-02-10"
    assert clip.body[0] == ARTICLE[0] and clip.body[-1] == ARTICLE[-1] and "## Timetables" in clip.body
    for noise in ("About time too", "Thread starter", "Well-known member", "whole thing here", "school run", "Reply"):
        assert noise not in clip.text


def test_a_bbcode_quote_with_its_tags_and_an_italian_dateline_closed_by_a_stop():
    text = "\n".join([
        "Forum Binari del Delta", "Indice ‹ Linee e stazioni", "Il traghetto riparte (finalmente?)",
        "Messaggio da ferrovecchio » mer 11 feb 2026, 8:47", "Dalla Gazzetta di ieri, lo incollo tutto:",
        '[quote="La Gazzetta del Delta"]Il traghetto tra i due porti riparte lunedì dopo tre mesi di lavori',
        "di Paolo Ravizza", "10 febbraio 2026",
        "GORO. Il traghetto tra i due porti tornerà in servizio lunedì, ha annunciato giovedì il gestore, dopo che i "
        "lavori alla rampa sono durati un mese più del previsto e l'orario di primavera è stato stampato due volte.",
        "Da settembre i passeggeri facevano il giro della laguna in autobus, quaranta minuti di viaggio, e il gestore "
        "prolungherà di tre mesi gli abbonamenti per compensare le corse perse.",
        "[b]Le attese in paese[/b]",
        "Il consorzio del porto ha spiegato che la rampa è stata rifatta con una cerniera più ripida, capace di reggere "
        "le basse maree di primavera che l'inverno scorso avevano bloccato la vecchia per due volte.",
        "I commercianti della banchina nord, che dicono di aver perso un quinto dei clienti durante la chiusura, hanno "
        "accolto la notizia ma chiedono al consorzio di pubblicare con largo anticipo le date dei lavori del prossimo "
        "anno, per potersi organizzare.[/quote]",
        "Link all'originale: https://www.gazzettadeldelta.example/cronaca/traghetto-riparte",
        "Per chi non è della zona: la rampa è quella dopo il faro.", "Cita", "Torna a inizio pagina"])
    clip = parse_clipping(text)
    assert (clip.outlet, clip.authors, clip.published) == ("La Gazzetta del Delta", ["Paolo Ravizza"], "2026-02-10")
    assert clip.title.startswith("Il traghetto tra i due porti riparte")
    assert clip.url == "https://www.gazzettadeldelta.example/cronaca/traghetto-riparte"
    assert clip.reproduced_by.outlet == "Forum Binari del Delta" and clip.reproduced_by.published == "2026-02-11T08:47"
    assert clip.body[0].startswith("Il traghetto tra i due porti tornerà") and "## Le attese in paese" in clip.body
    assert "[b]" not in clip.text and "[/quote]" not in clip.text and "GORO." not in clip.text


def test_a_members_short_reply_quoted_in_a_post_is_no_article():
    text = "\n".join([
        *FORUM_HEAD, "quaywalker", "Member", "10 Feb 2026", "#1", HEADLINE, *ARTICLE[:2], "Reply",
        "harbourhand", "Well-known member", "10 Feb 2026", "#2", "Quay Walker said:",
        "Heard the ferry is back. Anyone seen details?", "Click to expand...", "It's back on Monday, the Ledger says.",
        "Reply"])
    clip = parse_clipping(text)
    assert clip.reproduced_by is None and clip.outlet != "Quay Walker"


@pytest.mark.parametrize("name", ["harbour_hand", "Kev1987", "KilteelKev"])
def test_a_member_handle_quoting_an_article_is_no_outlet(name):
    clip = parse_clipping(_thread([f"{name} said:"], ["Click to shrink..."]))
    assert clip.outlet != name and (clip.reproduced_by is None or clip.reproduced_by.outlet != name)
