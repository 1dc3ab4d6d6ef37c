"""Progress of a running crawl on stderr, every few seconds (a crawl has no known length)."""
from __future__ import annotations

import time

import click
from scrapy import signals


class CrawlProgress:
    def __init__(self, crawler):
        self.stats = crawler.stats
        self.every = crawler.settings.getfloat("SOLIEU_PROGRESS_SECONDS")
        self.last = time.monotonic()
        crawler.signals.connect(self.tick, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def tick(self, *args, **kwargs):
        if time.monotonic() - self.last < self.every:
            return
        self.last = time.monotonic()
        stats = self.stats.get_stats()
        errors = sum(n for key, n in stats.items() if key.startswith("errors/"))
        click.echo(f"crawl: {stats.get('downloader/response_count', 0)} pages fetched, "
                   f"{stats.get('articles_new', 0)} new and {stats.get('articles_updated', 0)} "
                   f"updated articles, {errors} errors", err=True)
