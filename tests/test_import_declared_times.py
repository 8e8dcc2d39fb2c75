"""A saved page's date as its reader reads it, when its declarations disagree in precision or in time zone: a
<time> element repeating the declared UTC value prints no local time, so the day the page prints stands; a
date-only declaration takes the time a meta tag gives the same day. And a government portal's page is the department's
that it shows it is from. Cases in my own words."""
from generator.importer import read_clipping

TEXT = ("<p>The ferry between the two harbours will run again from Monday, its operator said on Thursday, after repairs "
        "to the landing ramp that took a month longer than planned and forced it to print the spring timetable twice.</p>"
        "<p>Since September, foot passengers have gone round the estuary by bus, a journey of forty minutes, and the "
        "operator will extend season tickets by three months to make up for the lost crossings.</p>"
        "<p>The harbour master said the new ramp should need no more than routine maintenance for twenty years.</p>")


def page(head: str, dated: str) -> bytes:
    return (f"<!doctype html><html lang='en'><head><title>Ferry crossing to reopen on Monday | Harbour Gazette</title>"
            f"{head}</head><body><article><h1>Ferry crossing to reopen on Monday</h1>{dated}{TEXT}</article>"
            "</body></html>").encode()


def test_a_time_element_repeating_the_utc_declaration_leaves_the_printed_day():
    """Published at 6 in the morning in Sydney, declared at 19:00 UTC the evening before: the reader reads the 21st."""
    stamp = "2026-01-20T19:00:00+00:00"
    clip = read_clipping(page(f'<meta property="article:published_time" content="{stamp}">',
                              f'<time class="entry-date published" datetime="{stamp}">January 21, 2026</time>'), ".html")
    assert clip.published == "2026-01-21"


def test_a_date_only_declaration_takes_the_time_a_meta_tag_gives_that_day():
    clip = read_clipping(page('<meta property="article:published_time" content="2026-03-19T06:00:00+01:00">',
                              '<time itemprop="datePublished" datetime="2026-03-19">19.03.2026</time>'), ".html")
    assert clip.published.startswith("2026-03-19T06:00")


def test_a_meta_tag_on_another_day_does_not_lend_its_time():
    clip = read_clipping(page('<meta property="article:published_time" content="2026-03-18T06:00:00+01:00">',
                              '<time itemprop="datePublished" datetime="2026-03-19">19.03.2026</time>'), ".html")
    assert clip.published == "2026-03-19"


def portal_page(author_type: str, shown: str) -> bytes:
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry crossing to reopen on Monday", '
          '"datePublished": "2026-03-03T10:30:00+00:00", '
          f'"author": {{"@type": "{author_type}", "name": "Department for Estuary Transport"}}, '
          '"publisher": {"@type": "Organization", "name": "GovPortal"}}')
    return (f"<!doctype html><html lang='en'><head><title>Ferry crossing to reopen on Monday - GovPortal</title>"
            f"<meta property='og:site_name' content='GovPortal'><script type='application/ld+json'>{ld}</script>"
            f"</head><body><header>GovPortal</header><main><span>Press release</span><h1>Ferry crossing to reopen on "
            f"Monday</h1><dl><dt>{shown}</dt>\n      <dd><a href='/organisations/det'>Department for Estuary Transport</a></dd>"
            f"<dt>Published</dt><dd>3 March 2026</dd></dl>{TEXT}</main></body></html>").encode()


def test_a_portals_page_is_the_departments_it_shows_it_is_from():
    clip = read_clipping(portal_page("GovernmentOrganization", "From:"), ".html")
    assert clip.outlet == "Department for Estuary Transport" and clip.authors == []


def test_an_organisation_declared_as_author_but_not_shown_leaves_the_site_the_outlet():
    clip = read_clipping(portal_page("Organization", "Topic:"), ".html")
    assert clip.outlet == "GovPortal"


def headline_page(declared: str, h1: str, microdata: bool = False) -> bytes:
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{declared}"}}</script>'
    return (f"<!doctype html><html lang='en'><head><title>{declared} | Harbour Gazette</title>"
            f"<meta property='og:title' content='{declared}'>{'' if microdata else ld}</head><body>"
            f"<article{' itemscope itemtype=https://schema.org/NewsArticle' if microdata else ''}>"
            f"<h1{' itemprop=headline' if microdata else ''}>{h1}</h1><p>By Anne Rowe</p>{TEXT}</article>"
            "</body></html>").encode()


def test_a_search_title_reworded_from_the_printed_headline_gives_way_to_it():
    clip = read_clipping(headline_page("Ferry ramp: crossing back on Monday",
                                       "Ferry crossing back on Monday once the new ramp is in place"), ".html")
    assert clip.title == "Ferry crossing back on Monday once the new ramp is in place"


def test_a_kicker_the_h1_sets_in_its_own_element_is_not_the_headline():
    h1 = '<span class="occhiello">Estuary Bay</span><br>Ferry crossing back on Monday once the new ramp is in place'
    clip = read_clipping(headline_page("Ferry crossing back on Monday", h1, microdata=True), ".html")
    assert clip.title == "Ferry crossing back on Monday once the new ramp is in place"


def test_a_declared_headline_on_another_story_than_the_h1_stays_the_declared_one():
    clip = read_clipping(headline_page("Ferry crossing back on Monday once the new ramp is in place",
                                       "Harbour Gazette"), ".html")
    assert clip.title == "Ferry crossing back on Monday once the new ramp is in place"
