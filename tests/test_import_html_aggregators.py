"""Aggregators' pages that declare nothing about themselves (no canonical link, no og:url, no JSON-LD): the
source line linking the original still credits it, and the aggregator's own dated line is its own date."""
import pytest

from generator.importer import read_clipping

PARAGRAPHS = ["The harbour board agreed on Monday to dredge the inner basin before the summer season, after two fishing "
              "boats ran aground at low tide in the space of a single week in March.",
              "Skippers had warned for years that silt was building up along the quay, and the board's own survey found "
              "the channel a metre shallower than the charts show."]


@pytest.mark.parametrize("source, own, date, own_date", [
    ("The Bay Courier · 4 June 2024", "Posted on NewsHub on 4 June 2024 at 10:12", "2024-06-04", "2024-06-04T10:12"),
    ("Le Courrier de la Baie · 4 juin 2024", "Publié sur NewsHub le 5 juin 2024 à 10h12", "2024-06-04", "2024-06-05T10:12"),
    ("La Voce della Baia · 4 giugno 2024", "Pubblicato su NewsHub il 4 giugno 2024 alle 10:12", "2024-06-04", "2024-06-04T10:12"),
    ("O Correio da Baía · 4 de junho de 2024", "Publicado no NewsHub em 4 de junho de 2024 às 10h12", "2024-06-04",
     "2024-06-04T10:12"),
])
def test_an_aggregator_that_declares_no_address_of_its_own_credits_the_source_line(source, own, date, own_date):
    name, _, _ = source.partition(" · ")
    page = ("<!DOCTYPE html><html><head><title>Harbour basin to be dredged after boats run aground | NewsHub</title></head>"
            "<body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><main><article>"
            f"<div class='src'><a href='https://baycourier.example/2024/06/04/dredging'>{name}</a> · {source.split(' · ')[1]}</div>"
            "<h1>Harbour basin to be dredged after boats run aground</h1>"
            f"<div class='meta'>{own}</div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
            f"<p><a href='https://baycourier.example/2024/06/04/dredging'>Continue reading on {name} »</a></p>"
            "</article></main></body></html>")
    c = read_clipping(page.encode(), ".html")
    assert (c.outlet, c.published, c.url) == (name, date, "https://baycourier.example/2024/06/04/dredging")
    assert (c.reproduced_by.outlet, c.reproduced_by.published) == ("NewsHub", own_date)


@pytest.mark.parametrize("label, rating, claim", [
    ("Rating:", "FALSE", "“The harbour will be closed for a year.”"),
    ("Verdict :", "FAUX", "« Le port sera fermé pendant un an. »"),
    ("Calificación:", "FALSO", "«El puerto estará cerrado un año»."),
    ("Classificação:", "ENGANADOR", "“O porto vai fechar durante um ano.”"),
])
def test_a_fact_checks_declared_verdict_stays_in_the_text(label, rating, claim):
    ld = ('<script type="application/ld+json">[{"@context":"https://schema.org","@type":"ClaimReview",'
          f'"claimReviewed":"{claim}","reviewRating":{{"@type":"Rating","alternateName":"{rating.title()}"}}}},'
          '{"@type":"NewsArticle","headline":"No, the harbour will not close for a year",'
          '"datePublished":"2024-06-04T10:00:00+02:00","publisher":{"@type":"Organization","name":"Check Bay"}}]</script>')
    page = (f"<!DOCTYPE html><html lang='en'><head><title>No, the harbour will not close for a year - Check Bay</title>{ld}"
            "</head><body><main><article><h1>No, the harbour will not close for a year</h1>"
            f"<div class='verdict'><p class='claim'><strong>Claim:</strong> {claim}</p>"
            f"<p class='rating'><strong>{label}</strong> <span>{rating}</span></p>"
            "<p class='summary'>The board has only closed the inner basin, for six weeks of dredging in May.</p></div>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></main></body></html>")
    c = read_clipping(page.encode(), ".html")
    assert any(rating in block for block in c.body)
    assert c.body.index(next(b for b in c.body if rating in b)) < c.body.index(next(b for b in c.body if "six weeks" in b))


@pytest.mark.parametrize("live, day, heads", [
    ("LIVE", "Saturday 14 March 2026", ["Rest centre stays open", "River peaks at the bridge", "Welcome to our live coverage"]),
    ("EN DIRECT", "Samedi 14 mars 2026", ["Le centre d'accueil reste ouvert", "La rivière atteint son pic", "Bienvenue dans ce direct"]),
    ("LIVE", "Samstag, 14. März 2026", ["Notunterkunft bleibt geöffnet", "Pegel erreicht Höchststand", "Willkommen im Liveticker"]),
])
def test_a_live_report_that_declares_nothing_is_dated_by_its_first_entry(live, day, heads):
    entries = "".join(f"<article><time datetime='{t}'>{t}</time><h3>{h}</h3><p>{p}</p></article>"
                      for t, h, p in zip(["16:42", "14:05", "07:48"], heads, PARAGRAPHS * 2))
    page = ("<!DOCTYPE html><html lang='en'><head><title>Floods: river peaks – live | Valley Radio</title>"
            "<meta property='og:site_name' content='Valley Radio'></head><body><main>"
            f"<span class='badge'>{live}</span><h1>Floods: river peaks as villages are cut off</h1>"
            f"<p class='meta'>By Ann Lowe</p><p class='date'>{day}</p>{entries}</main></body></html>")
    c = read_clipping(page.encode(), ".html")
    assert c.published == "2026-03-14T07:48"
    assert [b[3:] for b in c.body if b.startswith("## ")][-1].endswith(heads[-1])
