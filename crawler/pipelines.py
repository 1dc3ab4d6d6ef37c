"""Storing: each article in its own transaction, each crawl a row in `runs`."""
from __future__ import annotations

import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import DropItem

from solieu import store

logger = logging.getLogger(__name__)

# Below this share of pages parsed by the site's own selectors, the site has probably
# changed its markup and the generic fallback is doing the work: say so loudly.
SELECTOR_RATE_ALARM = 0.8
ALARM_KINDS = ("site_selectors", "listing_selectors")


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        if not crawler.settings.get("SOLIEU_DB"):
            raise RuntimeError("no database: crawl with `solieu crawl --db FILE`, which also "
                               "takes the lock and sets up the job directory")
        self.db = store.open_db(crawler.settings["SOLIEU_DB"])
        self.run_id = store.start_run(self.db, "crawl", crawler.settings["SOLIEU_VERSION"])
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        """`item`: an `solieu.extract.records.Article` the spider parsed."""
        try:
            outcome = store.upsert_article(self.db, item)
        except sqlite3.Error as exc:  # this article's transaction rolled back; go on
            self.crawler.spider.record_error(item.url, "store", str(exc), site_id=item.id)
            raise DropItem(str(exc)) from None
        except store.ShorterThanStored as exc:  # the stored, complete article stays
            self.crawler.spider.record_error(item.url, exc.kind, str(exc), site_id=item.id)
            raise DropItem(str(exc)) from None
        self.crawler.stats.inc_value(f"articles_{outcome}")
        return item

    def spider_closed(self, spider, reason):
        counts = crawl_counts(self.crawler.stats.get_stats(), reason, spider.site.HTML_FORMAT)
        errors = list(spider.errors) + markup_alarms(counts, spider.site)
        store.finish_run(self.db, self.run_id, counts, errors)


def crawl_counts(stats: dict, reason: str, site_format: str) -> dict:
    """The run's counts from Scrapy's stats: pages, article outcomes, errors by kind,
    and how often the site selectors matched (pages of `site_format`)."""
    counts = {"finish_reason": reason, "pages_fetched": stats.get("downloader/response_count", 0)}
    for key, value in stats.items():
        if key.startswith(("articles_", "errors/", "skipped_", "listing", "discovery/", "retry/")) \
                or key in ("duplicates", "sections", "retry/count"):
            counts[key.replace("/", "_")] = value
    parsed = counts.get("articles_parsed", 0)
    matched = counts.get(f"articles_format_{site_format}", 0)
    counts["site_selector_match_rate"] = round(matched / parsed, 3) if parsed else None
    return counts


def markup_alarms(counts: dict, site) -> list[dict]:
    """Errors saying the markup of `site` (a module of solieu.extract.sites) no longer matches its
    selectors, logged loudly."""
    alarms = []
    rate = counts["site_selector_match_rate"]
    if rate is not None and rate < SELECTOR_RATE_ALARM:
        alarms.append({"source": "crawl", "kind": ALARM_KINDS[0], "message": (
            f"site selectors matched only {rate:.0%} of {counts['articles_parsed']} article "
            f"pages: {site.BASE_URL} has probably changed its markup; the generic extractor "
            f"filled in: check the stored bodies and update the selectors in "
            f"{site.__name__.replace('.', '/')}.py")})
    if counts.get("listing_pages") and not counts.get("listing_items"):
        alarms.append({"source": "crawl", "kind": ALARM_KINDS[1], "message": (
            f"no article links found on {counts['listing_pages']} listing pages: the listing "
            f"markup has probably changed: update LISTING_ITEMS in "
            f"{site.__name__.replace('.', '/')}.py")})
    for alarm in alarms:
        logger.error(alarm["message"])
    return alarms
