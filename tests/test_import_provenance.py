"""What a clipping says of where it comes from, however it got to the reporter: a channel it was
forwarded from, an app's share line, a blog's line naming the writer after the date, and the
comment thread under a post (not the article)."""
import pytest

from generator.importer import parse_clipping

PROSE = ("The harbour ferry will keep running through the winter for the first time, the port authority said on "
         "Thursday, after a trial that carried twice the expected number of passengers.")
MORE = "Fares stay at two pounds for adults and one pound for children under sixteen years old, the authority added."


@pytest.mark.parametrize("line, outlet", [
    ("Forwarded from The Harbour Wire", "The Harbour Wire"), ("Transféré de Le Fil du Val", "Le Fil du Val"),
    ("Weitergeleitet von Talbote Eilmeldungen", "Talbote Eilmeldungen"), ("Inoltrato da Valle Notizie", "Valle Notizie"),
    ("Reenviado desde Canal Ribera", "Canal Ribera"), ("Encaminhado de Notícias do Lima", "Notícias do Lima"),
])
def test_a_post_forwarded_from_a_channel_has_the_channel_as_outlet_and_no_headline(line, outlet):
    clip = parse_clipping(f"{line}\n\n{PROSE}\n\nThe authority will review the timetable in March.\n")
    assert clip.outlet == outlet
    assert "title" in " ".join(clip.review) and clip.title.endswith("…")   # (provisional: no headline)
    assert PROSE in clip.text and line not in clip.text


@pytest.mark.parametrize("line, outlet", [
    ("Shared from the Harbour Herald app", "Harbour Herald"), ("Partagé depuis l'application Le Courrier du Val", "Le Courrier du Val"),
    ("Geteilt aus der Talbote-App", "Talbote"), ("Compartido desde la app de Diario Ribera", "Diario Ribera"),
])
def test_an_apps_share_line_names_the_outlet(line, outlet):
    clip = parse_clipping(f"Ferry to run through winter\n\nBy Meg Carver\n\n{PROSE}\n\n{line}\n"
                          "https://www.harbourherald.example/ferry-winter\n")
    assert clip.outlet == outlet and line not in clip.text


@pytest.mark.parametrize("line, author", [
    ("Posted on 3 May 2025 by Ann Lowe · 4 comments", "Ann Lowe"),
    ("Publié le 3 mai 2025 par Claire Roux", "Claire Roux"),
    ("Publicado el 22 de noviembre de 2026 por Inés Berdún · 6 comentarios", "Inés Berdún"),
    ("Pubblicato il 3 maggio 2025 alle 10:12 da Marco Bellini", "Marco Bellini"),
])
def test_a_blogs_date_line_names_its_writer(line, author):
    clip = parse_clipping(f"The Harbour Notebook\n\nFerry to run through winter\n\n{line}\n\n{PROSE}\n")
    assert clip.authors == [author] and clip.published


@pytest.mark.parametrize("count", ["6 comments", "6 comentarios", "12 commentaires", "3 Kommentare", "7 commenti",
                                   "2 comentários", "14 replies"])
def test_a_comment_thread_under_the_post_is_not_the_article(count):
    clip = parse_clipping(f"Ferry to run through winter\n\nBy Meg Carver\n\n{PROSE}\n\n{MORE}\n\n{count}\n\n"
                          "Paco Lanuza dice:\n23 de noviembre de 2026 a las 09:14\n"
                          "My grandfather worked on that ferry until the day it was sold to the islands company.\nReply\n")
    assert PROSE in clip.text and MORE in clip.text and "grandfather" not in clip.text


@pytest.mark.parametrize("line", [
    "Translated from the Welsh by Gwen Morgan", "Traduit de l'espagnol par Claire Roux", "Übersetzt aus dem Englischen von Jonas Weber",
    "Aus dem Französischen von Jonas Weber", "Traducido del gallego por Lucía Gil", "Tradotto dal francese da Marco Bellini",
    "Traduzido do original em galego por Lúcia Pimentel", "Translation: Gwen Morgan",
])
def test_the_translator_is_a_credit_as_written(line):
    clip = parse_clipping(f"THE HARBOUR HERALD\n\nFerry to run through winter\n\n{line}\n\nBy Meg Carver\n\n{PROSE}\n\n{MORE}\n")
    assert clip.credits == [line] and clip.authors == ["Meg Carver"] and line not in clip.text


@pytest.mark.parametrize("line, original", [
    ("Translation of an article first published in The Valley Post on 12 November 2026.", "The Valley Post"),
    ("Traduction d'un article initialement publié dans Le Courrier du Val le 12 novembre 2026.", "Le Courrier du Val"),
    ("Tradução de um artigo publicado originalmente no Diario do Baixo Miño, em 12 de novembro de 2026.", "Diario do Baixo Miño"),
    ("Este artigo foi publicado originalmente no Correio do Lima.", "Correio do Lima"),
])
def test_a_translation_credits_the_original_and_records_the_translating_site(line, original):
    clip = parse_clipping(f"THE HARBOUR HERALD\n\nFerry to run through winter\n\n{line}\n\nBy Meg Carver\n"
                          f"Published 14 November 2026\n\n{PROSE}\n\n{MORE}\n")
    assert clip.outlet == original
    assert clip.reproduced_by is not None and clip.reproduced_by.outlet == "The Harbour Herald"


@pytest.mark.parametrize("lines, issuer", [
    ("News provided by\nTidemark Hydrogen Ltd", "Tidemark Hydrogen Ltd"), ("Distributed by: Valley Water Trust", "Valley Water Trust"),
    ("Communiqué diffusé par\nSyndicat des Eaux du Val", "Syndicat des Eaux du Val"),
    ("Bereitgestellt von\nStadtwerke Lahnau GmbH", "Stadtwerke Lahnau GmbH"),
])
def test_a_release_on_a_wire_has_its_issuer_as_outlet_not_the_wire(lines, issuer):
    clip = parse_clipping(f"NewsBeacon\nSend a release   Newsroom   Log in\n\nPress release\n\nHarbour works to start in spring\n\n"
                          f"{lines}\n12 Nov 2025, 09:00 GMT\n\n{PROSE}\n\n{MORE}\n")
    assert clip.outlet == issuer and clip.reproduced_by is None


@pytest.mark.parametrize("caption, credit", [
    ("Marcelle Tissandier devant le bac, en 1979. Archives famille Tissandier", "Archives famille Tissandier"),
    ("The ferry in 1962. Courtesy of the Harbour Museum", "Courtesy of the Harbour Museum"),
    ("Die Fähre im Jahr 1962. Sammlung Weber", "Sammlung Weber"),
    ("El puerto en 1962. / J. M. PRIETO", "J. M. PRIETO"),
])
def test_a_captions_source_without_photo_is_its_credit(caption, credit):
    clip = parse_clipping(f"Ferry to run through winter\n\nBy Meg Carver\n\n{PROSE}\n\n{caption}\n\n{MORE}\n")
    assert clip.credits == [credit] and caption not in clip.text and MORE in clip.text


@pytest.mark.parametrize("line", ["📍 Plus d'infos dans notre fil demain matin.", "More updates on our live page tonight.",
                                  "Mehr Infos dazu in unserem Newsletter am Montag."])
def test_the_site_promising_more_of_its_coverage_closes_no_text(line):
    clip = parse_clipping(f"Ferry to run through winter\n\nBy Meg Carver\n\n{PROSE}\n\n{MORE}\n\n{line}\n")
    assert line not in clip.text and MORE in clip.text


@pytest.mark.parametrize("mark, headers", [
    ("---------- Forwarded message ---------", "From: Harbour Herald <alerts@herald.example>\nDate: Thu, 3 Dec 2026 at 07:02\n"
                                               "Subject: Ferry to run through winter\nTo: <rob@mail.example>"),
    ("-------- Message transféré --------", "Objet : Le bac fonctionnera cet hiver\nDate : jeu. 3 déc. 2026 à 07:02\n"
                                            "De : Le Courrier du Val <alertes@courrier.example>\nPour : <rob@mail.example>"),
    ("---------- Weitergeleitete Nachricht ---------", "Von: Talbote <news@talbote.example>\nDatum: Do., 3. Dez. 2026 um 07:02\n"
                                                      "Betreff: Fähre fährt im Winter\nAn: <rob@mail.example>"),
    ("Begin forwarded message:", "From: Harbour Herald <alerts@herald.example>\nSubject: Ferry to run through winter"),
])
def test_a_forwarded_mail_gives_the_message_it_forwards(mark, headers):
    note = "Hi Priya,\n\nThought you would want this for the ferries file before Monday's meeting with the port.\n\nRob"
    clip = parse_clipping(f"{note}\n\n{mark}\n{headers}\n\nTHE HARBOUR HERALD\n\nFerry to run through winter\n\n"
                          f"By Meg Carver\n2 December 2026, 18:15\n\n{PROSE}\n\n{MORE}\n")
    assert clip.title == "Ferry to run through winter" and clip.published == "2026-12-02T18:15"
    assert clip.authors == ["Meg Carver"] and "Priya" not in clip.text and "ferries file" not in clip.text


@pytest.mark.parametrize("caption, credit", [
    ("Les éleveurs devant la fromagerie, lundi. Photo Hervé Clauzel", "Photo Hervé Clauzel"),
    ("So soll das Bad aussehen. Visualisierung: Architekturbüro Kamphoff", "Visualisierung: Architekturbüro Kamphoff"),
    ("El puente, ayer. Imágenes: Berta Louzao", "Imágenes: Berta Louzao"),
])
def test_a_captions_credit_in_other_words(caption, credit):
    clip = parse_clipping(f"Ferry to run through winter\n\nBy Meg Carver\n\n{PROSE}\n\n{caption}\n\n{MORE}\n")
    assert clip.credits == [credit] and caption not in clip.text


def test_a_platform_post_names_its_publication_writer_and_date():
    clip = parse_clipping("Open in app\n\nSign up\n\nWrite\n\nGet unlimited access to the best of Quillpost for less than $1/week.\n"
                          "Become a member\n\nMember-only story\n\nThe drainage board that forgot its pumps\n\n"
                          "How a pumping station dropped off every register in the district\n\nAda Wrenfield\nFollow\n\n"
                          f"Published in\nThe Fen Edge Review\n·\n7 min read\n·\nNov 28, 2026\n\n{PROSE}\n\n{MORE}\n\n"
                          "Written by Ada Wrenfield\n1.2K Followers\n·\nWriter for The Fen Edge Review\n\nMore from Ada Wrenfield\n")
    assert (clip.title, clip.outlet, clip.authors, clip.published) == (
        "The drainage board that forgot its pumps", "The Fen Edge Review", ["Ada Wrenfield"], "2026-11-28")
    assert "Followers" not in clip.text and "Writer for" not in clip.text and clip.credits == []


def test_a_dateline_that_says_published_in_a_place_is_no_publication():
    clip = parse_clipping(f"Ferry to run through winter\n\nPor Xurxo Vilariño\nPublicado em 14/11/2026 às 10h15\n\n{PROSE}\n\n{MORE}\n")
    assert clip.published == "2026-11-14T10:15" and clip.outlet is None
