"""Downloader middleware: retries that make the whole site wait.

Scrapy's RetryMiddleware re-queues a failed request at once and ignores Retry-After. This
subclass keeps its policy (codes, exceptions, counts, stats) and adds the wait: the server's
Retry-After (seconds or HTTP date, capped) when it sends one, else exponential backoff. The
wait is put on the site's download slot, so no request to the site goes out until it ends
(not only the one retried), and the slot's delay, which AutoThrottle then adjusts, doubles:
the server asked us to slow down.
"""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import call_later
from scrapy.utils.response import response_status_message


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, settings, crawler=None):
        super().__init__(settings)
        self.crawler = crawler
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX")
        self.throttled = settings.getbool("AUTOTHROTTLE_ENABLED")
        self.max_delay = settings.getfloat("AUTOTHROTTLE_MAX_DELAY")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings, crawler)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        self.pause_site(request, self.wait_seconds(request, response.headers.get(b"Retry-After")))
        return retry

    async def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            self.pause_site(request, self.wait_seconds(request, None))
        return retry

    def pause_site(self, request, seconds: float) -> None:
        """No request leaves the site's download slot for `seconds`; its delay doubles."""
        downloader = self.crawler.engine.downloader if self.crawler and self.crawler.engine else None
        if downloader is None:
            return
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is None:
            return
        self.crawler.stats.inc_value("retry/site_paused")
        if self.throttled:
            slot.delay = min(max(2 * slot.delay, 1.0), self.max_delay)
        if seconds <= 0:
            return
        # The downloader holds a slot's queue while `latercall` is pending (as it does for
        # DOWNLOAD_DELAY) and processes it when the call fires.
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(seconds, downloader._latercall, slot)

    def wait_seconds(self, request, retry_after: bytes | None) -> float:
        server_says = parse_retry_after(retry_after)
        if server_says is not None:
            return min(server_says, self.retry_after_max)
        attempt = request.meta.get("retry_times", 0) + 1
        return min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)


def parse_retry_after(value: bytes | None) -> float | None:
    """Retry-After as seconds to wait: delta-seconds or an HTTP date; None if absent/garbled."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
