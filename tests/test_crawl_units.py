"""The crawler's pure parts: URLs and ids, Retry-After, headline and markup checks."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import urljoin

import pytest

from solieu.crawler import urls
from scrapy import Request
from scrapy.settings import Settings

from solieu.crawler.middlewares import PoliteRetryMiddleware, parse_retry_after
from solieu.crawler.pipelines import crawl_counts, markup_alarms
from solieu.crawler.spiders.news import same_headline
from solieu.extract import sites
from solieu.extract.sites import laodongthudo

BASE = "https://laodongthudo.vn"
ARTICLE = "https://laodongthudo.vn/nhiem-ky-moi-thanh-tuu-moi-165358.html"


@pytest.mark.parametrize("address", [
    "http://laodongthudo.vn/nhiem-ky-moi-thanh-tuu-moi-165358.html",
    "https://www.laodongthudo.vn/nhiem-ky-moi-thanh-tuu-moi-165358.html",
    "https://laodongthudo.vn/nhiem-ky-moi-thanh-tuu-moi-165358.html?utm_source=fb#comments",
    "https://laodongthudo.vn/nhiem-ky-moi-thanh-tuu-moi-165358-165358.html",
    "/nhiem-ky-moi-thanh-tuu-moi-165358.html",
])
def test_every_address_of_an_article_has_one_id_and_is_fetched_as_found(address):
    assert sites.article_id(urls.found_url(address, BASE), laodongthudo) == "165358"
    # Issue 14: the crawler fetched "-<id>.html" for a "-<id>-<id>.html" link, which a
    # server may not answer; only the fragment goes (it is never sent).
    assert urls.found_url(address, BASE) == urljoin(BASE, address).split("#")[0]
    assert urls.article_url(urls.found_url(address, BASE)).endswith("165358.html")


def test_print_view_and_slug_numbers():
    assert sites.article_id("https://laodongthudo.vn/apicenter@/print_article&i=165358") == "165358"
    assert sites.is_print_view(laodongthudo, "/apicenter@/print_article&i=165358")
    # A slug ending in a year is no double id.
    url = "https://laodongthudo.vn/tong-ket-nam-2024-165358.html"
    assert sites.article_id(url) == "165358"
    assert sites.is_media(laodongthudo, "https://laodongthudo.vn/video-le-ky-niem-165358.media")
    assert sites.article_id("https://laodongthudo.vn/cong-doan/hoat-dong") is None


def test_listing_addresses_keep_their_page_number():
    assert urls.canonical_url("http://laodongthudo.vn/cong-doan/hoat-dong/?page=2#top", BASE) \
        == "https://laodongthudo.vn/cong-doan/hoat-dong?page=2"
    assert not urls.same_site("https://baomoi.com/x-165358.html", BASE)


def test_retry_after_in_seconds_or_as_a_date():
    assert parse_retry_after(b"120") == 120
    in_a_minute = datetime.now(timezone.utc) + timedelta(seconds=60)
    assert 55 <= parse_retry_after(format_datetime(in_a_minute, usegmt=True).encode()) <= 60
    assert parse_retry_after(None) is None and parse_retry_after(b"soon") is None


def test_backoff_doubles_up_to_its_cap_and_retry_after_wins():
    retries = PoliteRetryMiddleware(Settings({"RETRY_BACKOFF_BASE": 5, "RETRY_BACKOFF_MAX": 30,
                                              "RETRY_AFTER_MAX": 900}))
    waits = [retries.wait_seconds(Request(BASE, meta={"retry_times": n}), None) for n in range(4)]
    assert waits == [5, 10, 20, 30]
    assert retries.wait_seconds(Request(BASE), b"7") == 7
    assert retries.wait_seconds(Request(BASE), b"86400") == 900


def test_headline_match_allows_a_kicker_and_spacing_but_not_an_edit():
    stored = "Cụm thi đua số 1 LĐLĐ thành phố Hà Nội: Quyết tâm hoàn thành các chỉ tiêu"
    assert same_headline("Quyết tâm hoàn thành  các chỉ tiêu", stored)
    assert not same_headline("Quyết tâm hoàn thành vượt các chỉ tiêu", stored)
    assert not same_headline("Quyết tâm", None)


def test_markup_alarms():
    healthy = crawl_counts({"articles_parsed": 10, "articles_format/ldtd-html": 10,
                            "listing_pages": 2, "listing_items": 32}, "finished", "ldtd-html")
    assert healthy["site_selector_match_rate"] == 1.0
    assert markup_alarms(healthy, laodongthudo) == []
    changed = crawl_counts({"articles_parsed": 10, "articles_format/ldtd-html": 3,
                            "articles_format/html": 7, "listing_pages": 3}, "finished", "ldtd-html")
    alarms = markup_alarms(changed, laodongthudo)
    assert [a["kind"] for a in alarms] == ["site_selectors", "listing_selectors"]
    assert all("extract/sites/laodongthudo.py" in a["message"] for a in alarms)


def test_gone_articles_are_tried_again_after_thirty_days(tmp_path):
    from solieu.crawler.runner import GONE_RETRY_DAYS, read_gone, remember_gone

    path, now = tmp_path / "gone.tsv", datetime(2025, 6, 1, tzinfo=timezone.utc)
    errors = [{"site_id": "165358", "kind": "http_404", "source": ARTICLE},
              {"site_id": "165359", "kind": "timeout", "source": ARTICLE}]  # not for good
    remember_gone(path, errors, now=now - timedelta(days=GONE_RETRY_DAYS + 1))
    remember_gone(path, errors[:1], now=now - timedelta(days=2))
    path.write_text(path.read_text() + f"165360\thttp_404\t{ARTICLE}\n")  # an old line: no time
    assert read_gone(path, BASE, now=now) == {"165358"}
    assert read_gone(path, BASE, now=now + timedelta(days=GONE_RETRY_DAYS)) == set()
    assert read_gone(path, "https://other.example", now=now) == set()
