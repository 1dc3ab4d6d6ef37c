"""Canned queries that list facts, a page at a time (issue 16): 100 rows a page in the HTML
and the JSON, links to the previous and next page and to every row at once (`trang=0`: up to
the 1 000 rows datasette shows, as before), through the real `solieu serve`, in Chromium too.
"""
from __future__ import annotations

import csv
import io
import urllib.request

import lxml.html
import pytest

from serving import browser_dom, running_server
from solieu import store
from solieu.store.datasette_plugin import PAGED_QUERIES
from solieu.store.queries import PAGE_ROWS
from store_samples import make_sample, write_samples

LONG_BIEN = "Liên đoàn Lao động quận Long Biên"
ARTICLES, PER_ARTICLE = 25, 10  # 250 facts: two full pages and a half one


def long_bien(n: int):
    """A bulletin of LĐLĐ Long Biên with PER_ARTICLE target figures, each inconsistent
    (k/500 is not the 10 % stated): every paged canned query finds every one of them.
    Bulletins 1 and 2 share their date, so the order's tie-breakers are exercised."""
    ks = [100 + n * PER_ARTICLE + i for i in range(PER_ARTICLE)]
    texts = [f"Mục {i}: LĐLĐ quận kết nạp {k}/500 đoàn viên, đạt 10% chỉ tiêu."
             for i, k in enumerate(ks)]
    facts = [dict(sentence=i + 1, raw=f"{k}/500 đoàn viên", value=k, numerator=k,
                  denominator=500, percent=10, unit="đoàn viên", organization=LONG_BIEN,
                  metric="đoàn viên kết nạp", status="target", term="2025-2030",
                  consistency="inconsistent")
             for i, k in enumerate(ks)]
    day = 1 if n == 2 else n
    return make_sample(f"longbien{n:03d}", f"LĐLĐ quận Long Biên: bản tin số {n}",
                       f"2024-03-{day:02d}T08:00:00+07:00", texts, facts)


PARAMS = {  # for each paged canned query, what finds all 250 figures
    "figures_for_organization": {"org": "LĐLĐ Long Biên"},
    "figure_by_number": {"number": "500"},
    "percentages_that_do_not_add_up": {},
    "targets_of_a_term": {"term": "2025-2030"},
    "audit": {},
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "pages.db"
    db = store.open_db(path)
    write_samples(db, [long_bien(n) for n in range(1, ARTICLES + 1)])
    db.close()
    with running_server(path) as running:
        yield running


def html(server, name: str, **params) -> lxml.html.HtmlElement:
    status, body = server.get(f"{server.database}/{name}", **params)
    assert status == 200, body[:500]
    return lxml.html.fromstring(body)


def text(element) -> str:
    return " ".join(element.text_content().split())


def test_every_canned_query_that_pages_is_tested():
    assert PAGED_QUERIES == set(PARAMS)


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_the_pages_together_are_every_row_in_the_same_order(server, name):
    every = server.rows(name, trang="0", **PARAMS[name])
    assert ARTICLES * PER_ARTICLE <= len(every) < 1000
    pages, number = [], 1
    while rows := server.rows(name, trang=str(number), **PARAMS[name]):
        assert len(rows) <= PAGE_ROWS
        pages.append(rows)
        number += 1
    assert [len(p) for p in pages[:-1]] == [PAGE_ROWS] * (len(pages) - 1)
    assert [row for p in pages for row in p] == every
    assert server.rows(name, **PARAMS[name]) == pages[0]  # no page asked: the first


def test_figures_for_an_organization_come_newest_first_a_page_at_a_time(server):
    first = server.rows("figures_for_organization", org="LĐLĐ Long Biên")
    assert len(first) == PAGE_ROWS and {r["organization"] for r in first} == {LONG_BIEN}
    dates = [r["published"] for r in server.rows("figures_for_organization", org="ldld long bien",
                                                  trang="0")]
    assert dates == sorted(dates, reverse=True) and len(dates) == ARTICLES * PER_ARTICLE


@pytest.mark.parametrize("trang, page", [("", 1), ("abc", 1), ("-2", 1), (" 2 ", 2), ("3", 3)])
def test_what_is_typed_as_the_page(server, trang, page):
    expected = server.rows("figures_for_organization", org="LĐLĐ Long Biên", trang=str(page))
    assert server.rows("figures_for_organization", org="LĐLĐ Long Biên", trang=trang) == expected


def test_past_the_last_page_there_is_nothing_and_a_way_back(server):
    assert server.rows("figures_for_organization", org="LĐLĐ Long Biên", trang="4") == []
    doc = html(server, "figures_for_organization", org="LĐLĐ Long Biên", trang="4")
    assert doc.xpath("//p[@class='zero-results']")
    assert "trang=3" in doc.xpath("//nav[@class='solieu-pages']//a[@rel='prev']/@href")[0]


def test_the_html_page_shows_100_rows_and_links_the_pages(server):
    doc = html(server, "figures_for_organization", org="LĐLĐ Long Biên")
    assert len(doc.xpath("//table[@class='rows-and-columns']/tbody/tr")) == PAGE_ROWS
    assert text(doc.xpath("//form[@class='sql']/h3")[0]).startswith("100 dòng · rows, trang 1")
    navs = doc.xpath("//nav[@class='solieu-pages']")
    assert len(navs) == 2  # above and below the rows
    assert not navs[0].xpath(".//a[@rel='prev']")
    next_href = navs[0].xpath(".//a[@rel='next']/@href")[0]
    assert "trang=2" in next_href and "org=" in next_href
    assert "Trang sau" in text(navs[0]) and "Mọi dòng" in text(navs[0])
    assert "Trang kết quả, 100 dòng một trang" in text(doc)  # the parameter explained

    last = html(server, "figures_for_organization", org="LĐLĐ Long Biên", trang="3")
    assert len(last.xpath("//table[@class='rows-and-columns']/tbody/tr")) == 50
    nav = last.xpath("//nav[@class='solieu-pages']")[0]
    assert not nav.xpath(".//a[@rel='next']") and "trang=2" in nav.xpath(".//a[@rel='prev']/@href")[0]


def test_every_row_on_one_page_and_in_one_csv(server):
    doc = html(server, "figures_for_organization", org="LĐLĐ Long Biên", trang="0")
    assert len(doc.xpath("//table[@class='rows-and-columns']/tbody/tr")) == ARTICLES * PER_ARTICLE
    assert "trang=1" in doc.xpath("//nav[@class='solieu-pages']//a/@href")[0]
    first = html(server, "figures_for_organization", org="LĐLĐ Long Biên")
    href = first.xpath("//a[@class='solieu-all-csv']/@href")[0]
    with urllib.request.urlopen(server.url(href)) as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8-sig"))))
    assert len(rows) == ARTICLES * PER_ARTICLE and {r["organization"] for r in rows} == {LONG_BIEN}


def test_the_desk_downloads_every_figure_of_an_organization(server):
    doc = lxml.html.fromstring(server.get("/-/to-chuc", ten="LĐLĐ Long Biên")[1])
    href = [h for h in doc.xpath("//a/@href") if h.startswith("/-/to-chuc.csv")][0]
    with urllib.request.urlopen(server.url(href)) as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8-sig"))))
    assert len(rows) == ARTICLES * PER_ARTICLE


def test_other_canned_queries_do_not_page(server):
    doc = html(server, "search_sentences", q="doan vien")
    assert not doc.xpath("//nav[@class='solieu-pages']") and doc.xpath("//table")
    assert not doc.xpath("//input[@name='trang']")


def test_the_browser_shows_the_next_page(server, chromium, tmp_path):
    url = server.url(f"{server.database}/figures_for_organization", org="LĐLĐ Long Biên")
    dom = lxml.html.fromstring(browser_dom(chromium, url, tmp_path / "profile"))
    href = dom.xpath("//nav[@class='solieu-pages']//a[@rel='next']/@href")[0]
    second = lxml.html.fromstring(browser_dom(chromium, server.url(href), tmp_path / "profile"))
    ids = [text(td) for td in second.xpath("//td[@class='col-id']")]
    expected = [r["id"] for r in server.rows("figures_for_organization", org="LĐLĐ Long Biên",
                                              trang="2")]
    assert ids == expected and len(ids) == PAGE_ROWS
    assert second.xpath("//mark")  # each sentence with its figure highlighted, as on page 1
