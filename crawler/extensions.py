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
        get = self.stats.get_value
        click.echo(f"crawl: {get('downloader/response_count', 0)} pages fetched, "
                   f"{get('articles_new', 0)} new and {get('articles_updated', 0)} updated "
                   f"articles, {sum(v for k, v in self.stats.get_stats().items() if k.startswith('errors/'))} errors",
                   err=True)
