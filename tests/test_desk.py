"""Issue 13, parts 4 and 5: the journalist's desk in the browser, served by the real `solieu
serve` on the bundled corpus and on ../shared/realdev, rendered by headless Chromium.

Set SOLIEU_SHOTS to a folder to keep a PNG screenshot of each page there.
"""
from __future__ import annotations

import csv
import io
import os
import re
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from commands import REALDEV, solieu
from serving import browser, browser_paste_and_submit, running_server, screenshot
from solieu.store.search import fold

SHOTS = Path(os.environ["SOLIEU_SHOTS"]) if os.environ.get("SOLIEU_SHOTS") else None
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def corpus_server(corpus_db):
    with running_server(corpus_db) as server:
        yield server


@pytest.fixture(scope="module")
def realdev_server(tmp_path_factory):
    if not (REALDEV / "raw").is_dir():
        pytest.skip(f"no real-text development set at {REALDEV}")
    path = tmp_path_factory.mktemp("realdev_desk") / "realdev.db"
    built = solieu("run", REALDEV / "raw", "--db", path)
    assert built.returncode == 0, built.stderr
    with running_server(path) as server:
        yield server


@pytest.fixture(scope="module", params=["corpus", "realdev"])
def server(request):
    return request.getfixturevalue(f"{request.param}_server")


def page(server, path: str, **params) -> lxml.html.HtmlElement:
    status, body = server.get(path, **params)
    assert status == 200, (path, params, body[:500])
    return lxml.html.fromstring(body)


def text(element) -> str:
    return " ".join(element.text_content().split())


# -- every page, in the browser -------------------------------------------------------------

CLAIMS = {
    "corpus": "Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên",
    "realdev": "Trong 6 tháng đầu năm 2024, LĐLĐ quận Hai Bà Trưng kết nạp 246 đoàn viên.",
}


def desk_pages(server, name: str) -> dict[str, str]:
    article = server.rows("facts", _col="article_id", _size=1)[0]["article_id"]
    return {
        "home": server.url("/"),
        "check": server.url("/-/kiem-tra", claim=CLAIMS[name]),
        "facts": server.url("/-/so-lieu"),
        "facts-search": server.url("/-/so-lieu", q="doan vien"),
        "organizations": server.url("/-/to-chuc"),
        "organization": server.url("/-/to-chuc", ten="ldld ba dinh" if name == "corpus"
                                   else "ldld hai ba trung"),
        "search": server.url("/-/tim", q="doan vien"),
        "article": server.url(f"/-/bai/{article}"),
        "canned-query": server.url(f"{server.database}/figure_by_number", number="2.985"),
    }


def test_every_page_renders_in_headless_chromium(server, chromium, tmp_path):
    name = "corpus" if server.database == "solieu" else "realdev"
    for label, url in desk_pages(server, name).items():
        dom, log = browser(chromium, url, tmp_path / f"profile-{label}")
        doc = lxml.html.fromstring(dom)
        assert doc.xpath("//h1"), (label, dom[:500])
        assert "Content Security Policy" not in log, (label, log[-2000:])
        assert "Traceback" not in dom and "Internal Server Error" not in dom, label
        for href in doc.xpath("//a/@href"):
            parts = urlsplit(href)
            assert parts.scheme in ("http", "https") or not (parts.scheme or parts.netloc), \
                (label, href)
        if label not in ("home", "organizations", "canned-query"):
            assert doc.xpath("//mark"), (label, "nothing highlighted")
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            screenshot(chromium, url, tmp_path / f"shot-{label}", SHOTS / f"{name}-{label}.png",
                       height=2000 if label in ("check", "article") else 1400)


def test_a_claim_pasted_into_the_claim_page_gets_its_verdicts(server, chromium, tmp_path):
    """A reader pastes a paragraph (two claims, three figures) and presses the button."""
    if server.database == "solieu":
        claims = ["Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên",
                  "Năm 2016, LĐLĐ quận Ba Đình thành lập được 35 CĐCS"]
        expected = [("matches", "2.985/2500 đoàn viên"), ("differs", "33/25 CĐCS")]
    else:
        claims = ["Công đoàn Bệnh viện đa khoa Đống Đa có 384 đoàn viên.",
                  "LĐLĐ quận Long Biên trao tặng 3.600 phiếu mua hàng tại Chợ Tết Công đoàn Xuân 2026."]
        expected = [("differs", "383 đoàn viên"), ("other organization", "3.600 phiếu mua hàng")]
    dom = browser_paste_and_submit(chromium, server.url("/-/kiem-tra"), tmp_path / "profile",
                                   "claim", "\n".join(claims))
    doc = lxml.html.fromstring(dom)
    assert [text(c) for c in doc.xpath("//p[@class='claim']")] == [f"“{c}”" for c in claims]
    verdicts = doc.xpath("//div[contains(@class, 'verdict')]")
    assert [(v.get("data-verdict"), text(v.xpath(".//blockquote/mark")[0])) for v in verdicts] \
        == expected
    labels = {"matches": "KHỚP MATCHES", "differs": "SAI LỆCH DIFFERS",
              "other organization": "KHÁC TỔ CHỨC OTHER ORGANIZATION"}
    for verdict in verdicts:  # Vietnamese first, English beside; the source and its article
        assert text(verdict).startswith(labels[verdict.get("data-verdict")]), text(verdict)
        source = verdict.xpath(".//p[@class='meta']/a")
        assert source and source[0].get("href").startswith("/-/bai/") and text(source[0])


# -- each page on what it promises ----------------------------------------------------------

def test_the_home_page_says_what_is_here_and_where_to_start(server):
    doc = page(server, "/")
    leads = [text(p) for p in doc.xpath("//p[contains(@class, 'lead')]")]
    assert len(leads) == 2 and "Bắt đầu" in leads[0] and "Start" in leads[1]
    assert {"/-/kiem-tra", "/-/so-lieu"} <= set(doc.xpath("//p[contains(@class,'lead')]//a/@href"))


def test_the_claim_page_without_a_figure_says_so(corpus_server):
    doc = page(corpus_server, "/-/kiem-tra", claim="Không có con số nào ở đây")
    assert "Không tìm thấy con số nào" in text(doc)


def test_the_facts_page_starts_with_the_sentence_and_writes_values_the_vietnamese_way(corpus_server):
    doc = page(corpus_server, "/-/so-lieu")
    rows = doc.xpath("//tr[@class='fact-row']")
    assert len(rows) == 60 and not doc.xpath("//a[@rel='next']")  # 60 facts: one page of 100
    first = rows[0].xpath("./td")
    assert first[0].xpath(".//mark")  # the sentence first, its figure highlighted
    figures = {text(r.xpath("./td[@class='figure']")[0]) for r in rows}
    assert {"2.985/2.500 đoàn viên (119%)", "hơn 85 triệu đồng", "123,5%"} <= figures
    assert not any(re.search(r"\d\.0\b", f) for f in figures)  # never 2985.0


def test_the_facts_page_is_newest_first_and_searchable_without_accents(realdev_server):
    doc = page(realdev_server, "/-/so-lieu")
    dates = [re.search(r"(\d\d)/(\d\d)/(\d{4})", text(m)) for m in doc.xpath("//p[@class='meta']")]
    iso = [f"{d[3]}-{d[2]}-{d[1]}" for d in dates if d]
    assert iso and iso == sorted(iso, reverse=True)
    found = page(realdev_server, "/-/so-lieu", q="mai am cong doan").xpath("//tr[@class='fact-row']")
    assert found and all("mai am cong doan" in fold(text(r)) for r in found)


def test_figures_credit_their_own_outlet(realdev_server):
    outlets = set()
    for n in (1, 2):
        doc = page(realdev_server, "/-/so-lieu", trang=str(n))
        outlets |= {text(m) for m in doc.xpath("//p[@class='meta']")}
    named = {o for o in ("Lao Động Thủ Đô", "Người Lao Động", "Sài Gòn Giải Phóng", "VnEconomy")
             if any(o in meta for meta in outlets)}
    assert len(named) >= 3, outlets


def test_canned_queries_fold_their_sql_away_and_explain_their_parameters(server):
    doc = page(server, f"{server.database}/figures_for_organization", org="LĐLĐ Ba Đình")
    assert doc.xpath("//details[@class='sql']//pre[contains(., 'solieu_fold')]")
    assert not doc.xpath("//textarea[@name='sql']")
    assert "viết tắt" in text(doc.xpath("//p[@class='param-help']")[0])
    assert "Custom SQL query" not in text(doc)


def test_query_results_write_numbers_the_vietnamese_way(corpus_server):
    doc = page(corpus_server, f"{corpus_server.database}/figure_by_number", number="2985")
    assert [text(td) for td in doc.xpath("//td[@class='col-value']")] == ["2.985"]
    assert corpus_server.rows("figure_by_number", number="2985")[0]["value"] == 2985  # JSON: a number


def test_an_organization_is_found_without_accents_with_its_figures_over_time(corpus_server):
    listing = page(corpus_server, "/-/to-chuc", ten="lien doan")
    assert len(listing.xpath("//ul[@class='organizations']/li")) > 1  # several: a choice
    doc = page(corpus_server, "/-/to-chuc", ten="ldld ba dinh")
    assert text(doc.xpath("//h1")[0]) == "Liên đoàn Lao động quận Ba Đình"
    rows = doc.xpath("//tr[@class='fact-row']")
    assert rows and all(r.xpath(".//mark") for r in rows)
    assert "2.985/2.500 đoàn viên (119%)" in {text(r.xpath("./td[@class='figure']")[0]) for r in rows}
    articles = doc.xpath("//ul[@class='articles']//a[starts-with(@href, '/-/bai/')]")
    assert [text(a) for a in articles] == ["LĐLĐ quận Ba Đình: Một năm về đích trước hẹn"]


def test_organization_periods_run_newest_first(realdev_server):
    doc = page(realdev_server, "/-/to-chuc", ten="ldld thanh pho ha noi")
    assert text(doc.xpath("//h1")[0]) == "Liên đoàn Lao động thành phố Hà Nội"
    years = [int(m[0]) for r in doc.xpath("//tr[@class='fact-row']/td[1]")
             if (m := re.findall(r"\d{4}", text(r)))]
    assert len(years) > 5 and years == sorted(years, reverse=True)


def test_phrase_search_highlights_the_phrase(server):
    doc = page(server, "/-/tim", q="doan vien")
    hits = doc.xpath("//div[@class='hit']")
    assert hits
    for hit in hits:
        marks = hit.xpath(".//mark")
        assert marks and all(fold(text(m)) == "doan vien" for m in marks)
    for hit in page(server, "/-/tim", q="vien doan").xpath("//div[@class='hit']"):
        assert all(fold(text(m)) == "vien doan" for m in hit.xpath(".//mark"))  # in order


def test_the_article_page_shows_clean_text_with_its_figures_highlighted(server):
    facts = server.rows("facts", _size="max")
    article_id = facts[0]["article_id"]
    raws = {" ".join(f["raw"].split()) for f in facts if f["article_id"] == article_id}
    doc = page(server, f"/-/bai/{article_id}")
    marks = [text(m) for m in doc.xpath("//article//mark")]
    assert marks and set(marks) <= raws
    assert len(doc.xpath("//table//tr[@class='fact-row']")) == len(
        [f for f in facts if f["article_id"] == article_id])
    body = text(doc.xpath("//article")[0])
    assert "<" not in body and "URL:" not in body  # the clean text, not the input verbatim


def test_an_unknown_article_is_said_to_be_missing(corpus_server):
    assert "Không có bài này" in text(page(corpus_server, "/-/bai/no-such-article"))


# -- CSV for Excel --------------------------------------------------------------------------

@pytest.mark.parametrize("path, params", [
    ("{db}/facts_view.csv", {"_dl": "1"}),
    ("{db}/facts.csv", {}),
    ("{db}/figures_for_organization.csv", {"org": "LĐLĐ Ba Đình", "_dl": "1"}),
    ("{db}/facts_view.csv", {"_stream": "on", "_dl": "1", "_sort_desc": "published"}),
])
def test_csv_exports_open_in_excel(corpus_server, path, params):
    url = corpus_server.url(path.format(db=corpus_server.database), **params)
    with urllib.request.urlopen(url) as response:
        data = response.read()
        assert "content-length" not in {k.lower() for k in response.headers.keys()} \
            or int(response.headers["content-length"]) == len(data)
    assert data.startswith(BOM) and not data[3:].startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows and "organization" in rows[0]
    assert any("Liên đoàn Lao động quận Ba Đình" == r["organization"] for r in rows)


def test_other_responses_get_no_byte_order_mark(corpus_server):
    for path in (f"{corpus_server.database}/facts.json", "/-/so-lieu"):
        with urllib.request.urlopen(corpus_server.url(path)) as response:
            assert not response.read().startswith(BOM), path


def test_the_desk_links_its_csv_exports(corpus_server):
    doc = page(corpus_server, "/-/so-lieu")
    href = doc.xpath("//a[contains(., 'CSV')]/@href")[0]
    with urllib.request.urlopen(corpus_server.url(href)) as response:
        assert response.read().startswith(BOM)
        assert response.headers["content-type"].startswith("text/csv")
