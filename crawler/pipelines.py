"""Storing: each article in its own transaction, each crawl a row in `runs`."""
from __future__ import annotations

import logging

from scrapy import signals

import solieu
import store

logger = logging.getLogger(__name__)

# Below this share of pages parsed by the site's own selectors, the site has probably
# changed its markup and the generic fallback is doing the work: say so loudly.
SELECTOR_RATE_ALARM = 0.8
SELECTOR_FORMAT = "ldtd-html"


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db = store.open_db(crawler.settings["SOLIEU_DB"])
        self.run_id = store.start_run(self.db, "crawl", solieu.__version__)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        outcome = store.upsert_article(self.db, item.article)
        self.crawler.stats.inc_value(f"articles_{outcome}")
        return item

    def spider_closed(self, spider, reason):
        counts = crawl_counts(self.crawler.stats.get_stats(), reason)
        errors = list(spider.errors) + selector_alarm(counts)
        store.finish_run(self.db, self.run_id, counts, errors)


def crawl_counts(stats: dict, reason: str) -> dict:
    """The run's counts from Scrapy's stats: pages, article outcomes, errors by kind,
    and how often the site selectors matched."""
    counts = {"finish_reason": reason, "pages_fetched": stats.get("downloader/response_count", 0)}
    for key, value in stats.items():
        if key.startswith(("articles_", "errors/", "skipped_", "listing", "discovery/")) \
                or key in ("duplicates", "sections", "retry/count"):
            counts[key.replace("/", "_")] = value
    parsed = counts.get("articles_parsed", 0)
    matched = counts.get(f"articles_format_{SELECTOR_FORMAT}", 0)
    counts["site_selector_match_rate"] = round(matched / parsed, 3) if parsed else None
    return counts


def selector_alarm(counts: dict) -> list[dict]:
    rate = counts["site_selector_match_rate"]
    if rate is None or rate >= SELECTOR_RATE_ALARM:
        return []
    message = (f"site selectors matched only {rate:.0%} of {counts['articles_parsed']} article "
               f"pages: laodongthudo.vn has probably changed its markup; the generic extractor "
               f"filled in, check the stored bodies and update extract/clean.py")
    logger.error(message)
    return [{"source": "crawl", "kind": "site_selectors", "message": message}]
