"""The desk's lists a page at a time (issue 16): the figures (/-/so-lieu), an organization's
figures and articles (/-/to-chuc), the phrase search (/-/tim). 100 rows a page (`trang`), the
pages together are every row of the list in its order, the CSV beside each list is every row
too; a search reads its figures either by walking the articles newest first or from its
matches, and both give the rows the page gave before it paged (checked against that SQL).
Through the real `solieu serve` and SQLite, and in Chromium.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import urllib.request

import lxml.html
import pytest

from serving import browser_dom, running_server
from solieu import store
from solieu.store import desk_pages
from solieu.store.datasette_plugin import prepare_connection
from solieu.store.migrations import FACTS_JOINED
from solieu.store.queries import PAGE_ROWS
from store_samples import SAMPLES, make_sample, write_samples
from test_serve_pages import ARTICLES, LONG_BIEN, PER_ARTICLE, long_bien

BOM = b"\xef\xbb\xbf"
VIEN_CHUC = "Công đoàn Viên chức thành phố Hà Nội"


def undated(n: int):
    """Articles without a date (they come last), with a metric no sentence names."""
    texts = [f"Năm nay có {n + 40} thiết chế mới, tăng {n}%."]
    facts = [dict(sentence=1, raw=f"{n + 40} thiết chế", value=n + 40, unit="thiết chế",
                  organization=VIEN_CHUC, metric="nhà văn hoá công nhân", status="actual")]
    return make_sample(f"undated{n}", f"Bản tin không ngày số {n}", None, texts, facts)


@pytest.fixture(scope="module")
def db_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("desk_pages") / "desk.db"
    db = store.open_db(path)
    write_samples(db, SAMPLES + [long_bien(n) for n in range(1, ARTICLES + 1)]
                  + [undated(n) for n in range(1, 4)])
    db.close()
    return path


@pytest.fixture(scope="module")
def server(db_file):
    with running_server(db_file) as running:
        yield running


@pytest.fixture(scope="module")
def conn(db_file):
    connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    prepare_connection(connection)
    yield connection
    connection.close()


# What the facts page listed before it paged (every figure of a search, newest first), the
# reference the pages are checked against.
BEFORE = f"""select f.id from {FACTS_JOINED} f
where :q = '' or f.sentence_id in (
        select id from sentences where rowid in (
            select rowid from sentences_fts where sentences_fts match escape_fts(:q)))
   or instr(solieu_fold(f.organization), solieu_fold(:q)) > 0
   or instr(solieu_fold(f.metric), solieu_fold(:q)) > 0
order by coalesce(f.published, '') desc, f.article_id, f.start, f.id"""

SEARCHES = ["", "doan vien", "long bien", "nha van hoa", "Ba Đình", "83,4", "khong co dau nay", "!!!"]


def html(server, path: str, **params) -> lxml.html.HtmlElement:
    status, body = server.get(path, **params)
    assert status == 200, body[:500]
    return lxml.html.fromstring(body)


def every_page(server, path: str, xpath: str, **params) -> list[list[str]]:
    """The ids on each page of a list, following its "next" links from the first page."""
    pages, href = [], server.url(path, **params)
    while href:
        with urllib.request.urlopen(href) as response:
            doc = lxml.html.fromstring(response.read())
        pages.append(doc.xpath(xpath))
        nxt = doc.xpath("//nav[@class='desk-pager']//a[@rel='next']/@href")
        href = server.url(nxt[0]) if nxt else None
        assert len(pages) < 50
    return pages


def csv_rows(server, href: str) -> list[dict]:
    with urllib.request.urlopen(server.url(href)) as response:
        data = response.read()
        assert response.headers["content-type"].startswith("text/csv")
    assert data.startswith(BOM) and not data[3:].startswith(BOM)  # Excel reads it as UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize("q", SEARCHES)
def test_both_ways_of_reading_a_search_give_the_figures_it_gave_before(conn, q):
    expected = [r[0] for r in conn.execute(BEFORE, {"q": q})]
    orgs, metrics = ([[r[0] for r in conn.execute(desk_pages.NAMES_CONTAINING.format(column=c),
                                                   {"q": q})]
                      for c in ("organization", "metric")])
    params = {"q": q, "orgs": json.dumps(orgs), "metrics": json.dumps(metrics)}
    walked = desk_pages.EVERY_FACT + (f" where {desk_pages.FACT_FOUND}" if q else "")
    for source in (walked, desk_pages.FACTS_FOUND_FROM_MATCHES) if q else (walked,):
        got = [r[0] for r in conn.execute(
            f"select f.id {source} {desk_pages.NEWEST_FIRST}", params)]
        assert got == expected, source


def test_walking_the_articles_newest_first_reads_an_index_and_sorts_only_each_article(conn):
    sql = f"select f.rowid {desk_pages.EVERY_FACT} {desk_pages.NEWEST_FIRST} limit 101"
    plan = [row[-1] for row in conn.execute("explain query plan " + sql)]
    assert any("idx_articles_newest" in step for step in plan), plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # only "RIGHT PART OF ORDER BY"


@pytest.mark.parametrize("q", ["", "doan vien", "nha van hoa", "khong co dau nay"])
def test_the_pages_of_the_facts_page_are_every_figure_in_order(server, conn, q):
    expected = [r[0] for r in conn.execute(BEFORE, {"q": q})]
    params = {"q": q} if q else {}
    pages = every_page(server, "/-/so-lieu", "//tr[@class='fact-row']/@data-fact", **params)
    assert [len(p) for p in pages[:-1]] == [PAGE_ROWS] * (len(pages) - 1)
    assert [i for p in pages for i in p] == expected
    doc = html(server, "/-/so-lieu", **params)
    total = doc.xpath("//p[contains(@class, 'total')]")[0].text_content()
    assert total.startswith(f"{len(expected)} số liệu")
    if len(pages) > 1:
        assert f"Trang 1/{len(pages)}, 100 dòng một trang" in doc.xpath(
            "//nav[@class='desk-pager']")[0].text_content()
    href = doc.xpath("//a[@class='desk-csv']/@href")[0]
    assert [r["id"] for r in csv_rows(server, href)] == expected


def test_the_facts_csv_has_the_columns_of_facts_view(server, conn):
    rows = csv_rows(server, "/-/so-lieu.csv?q=long+bien")
    columns = [r[1] for r in conn.execute('pragma table_info("facts_view")')]
    assert list(rows[0]) == columns and len(rows) == ARTICLES * PER_ARTICLE
    assert rows[0]["sentence"].startswith("Mục") and rows[0]["url"].startswith("https://")


def test_a_page_asked_for_as_typed(server):
    first = html(server, "/-/so-lieu").xpath("//tr[@class='fact-row']/@data-fact")
    second = html(server, "/-/so-lieu", trang="2").xpath("//tr[@class='fact-row']/@data-fact")
    assert len(first) == PAGE_ROWS and second and not set(first) & set(second)
    for typed in ("", "abc", "0", "-1"):
        assert html(server, "/-/so-lieu", trang=typed).xpath(
            "//tr[@class='fact-row']/@data-fact") == first
    assert html(server, "/-/so-lieu", p="2").xpath(  # the old parameter, from older links
        "//tr[@class='fact-row']/@data-fact") == second
    past = html(server, "/-/so-lieu", trang="99")
    assert not past.xpath("//tr[@class='fact-row']")
    assert "trang=3" in past.xpath("//nav[@class='desk-pager']//a[@rel='prev']/@href")[0]


def test_counts_are_written_the_vietnamese_way_and_a_stopped_count_says_more_than():
    assert desk_pages.count_text(desk_pages.COUNT_LIMIT, exact=False) == "hơn 10.000"
    assert desk_pages.count_text(2985) == "2.985"


def test_an_organization_page_shows_a_page_of_figures_and_of_articles(server, conn):
    expected = [r[0] for r in conn.execute(f"""select f.id from {FACTS_JOINED} f
        where f.organization = ? order by coalesce(f.period, f.term,
        substr(f.published, 1, 10), '') desc, coalesce(f.published, '') desc, f.article_id,
        f.start, f.id""", [LONG_BIEN])]
    pages = every_page(server, "/-/to-chuc", "//tr[@class='fact-row']/@data-fact",
                       ten="ldld long bien")
    assert [len(p) for p in pages] == [100, 100, 50]
    assert [i for p in pages for i in p] == expected
    doc = html(server, "/-/to-chuc", ten="ldld long bien")
    assert doc.xpath("//p[contains(@class, 'total')]")[0].text_content().startswith(
        f"{ARTICLES * PER_ARTICLE} số liệu trong {ARTICLES} bài")
    articles = doc.xpath("//ul[@class='articles']/li")
    assert len(articles) == ARTICLES and "10 số liệu" in articles[0].text_content()
    href = doc.xpath("//a[@class='desk-csv']/@href")[0]
    assert [r["id"] for r in csv_rows(server, href)] == expected


def test_the_articles_of_an_organization_page_on_their_own(server):
    doc = html(server, "/-/to-chuc", ten="ldld long bien", trang_bai="2")
    assert not doc.xpath("//ul[@class='articles']/li")  # 25 articles: one page
    nav = doc.xpath("//h2[@id='bai']/following::nav[@class='desk-pager']")[0]
    assert "trang_bai" not in nav.xpath(".//a[@rel='prev']/@href")[0]  # back to page 1
    assert doc.xpath("//tr[@class='fact-row']")  # the figures' page is its own


def test_the_phrase_search_pages_and_downloads_every_sentence(server, conn):
    expected = [r[0] for r in conn.execute("""select s.id from sentences s
        join articles a on a.id = s.article_id
        where s.rowid in (select rowid from sentences_fts where sentences_fts match '"doan vien"')
        order by coalesce(a.published, '') desc, s.article_id, s.idx""")]
    assert len(expected) > PAGE_ROWS * 2
    pages = every_page(server, "/-/tim", "//div[@class='hit']/@data-sentence", q="doan vien")
    assert [i for p in pages for i in p] == expected and len(pages[0]) == PAGE_ROWS
    doc = html(server, "/-/tim", q="doan vien")
    assert doc.xpath("//p[contains(@class, 'total')]")[0].text_content().startswith(
        f"{len(expected)} câu")
    href = doc.xpath("//a[@class='desk-csv']/@href")[0]
    assert [r["id"] for r in csv_rows(server, href)] == expected


def test_the_browser_follows_the_next_page(server, chromium, tmp_path):
    dom = lxml.html.fromstring(browser_dom(chromium, server.url("/-/so-lieu", q="doan vien"),
                                           tmp_path / "profile"))
    nav = dom.xpath("//nav[@class='desk-pager']")[0]
    assert "Trang sau" in nav.text_content() and "Trang trước" not in nav.text_content()
    href = nav.xpath(".//a[@rel='next']/@href")[0]
    second = lxml.html.fromstring(browser_dom(chromium, server.url(href), tmp_path / "profile"))
    ids = second.xpath("//tr[@class='fact-row']/@data-fact")
    assert len(ids) == PAGE_ROWS and not set(ids) & set(dom.xpath("//tr[@class='fact-row']/@data-fact"))
    assert second.xpath("//tr[@class='fact-row']//mark")
