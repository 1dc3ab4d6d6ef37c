"""Downloader middleware: retries that make the whole site wait.

Scrapy's RetryMiddleware re-queues a failed request at once and ignores Retry-After. This
subclass keeps its policy (codes, exceptions, counts, stats) and adds the wait: the server's
Retry-After (seconds or HTTP date, capped) when it sends one, else exponential backoff. The
wait is put on the site's download slot, so no request to the site goes out until it ends
(not only the one retried), and the slot's delay, which AutoThrottle then adjusts, doubles:
the server asked us to slow down.

A response is seen on Scrapy's ``response_downloaded`` signal, the one AutoThrottle reads: the
downloader sends it before it frees the slot for the next request, whereas a middleware's
``process_response`` runs after the next request has gone. Requests already sent when the
answer came cannot be called back; none is sent after it.
"""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from time import monotonic

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.asyncio import call_later


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
        middleware = cls(crawler.settings, crawler)
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def response_downloaded(self, response, request, spider=None):
        """A response just arrived, its slot not yet freed: pause the site now if the server
        asks us to wait (Retry-After) or the page will be retried (429, 503, other 5xx).
        RetryMiddleware's process_response then schedules the retry, which waits too."""
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return
        retry_after = response.headers.get(b"Retry-After")
        retried = request.meta.get("retry_times", 0) < request.meta.get(
            "max_retry_times", self.max_retry_times)
        if retried or parse_retry_after(retry_after) is not None:
            self.pause_site(request, self.wait_seconds(request, retry_after))

    async def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            self.pause_site(request, self.wait_seconds(request, None))
        return retry

    def pause_site(self, request, seconds: float) -> None:
        """No request leaves the site's download slot for `seconds` (a pause already longer
        stands), then none before the slot's delay, which has doubled."""
        downloader = self.crawler.engine.downloader if self.crawler and self.crawler.engine else None
        if downloader is None:
            return
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is None:
            return
        self.crawler.stats.inc_value("retry/site_paused")
        if self.throttled:
            slot.delay = min(max(2 * slot.delay, 1.0), self.max_delay)
        until = monotonic() + seconds
        if seconds <= 0 or slot.lastseen >= until:
            return
        # The downloader holds a slot's queue while `latercall` is pending (as it does for
        # DOWNLOAD_DELAY) and processes it when the call fires; it then counts the delay from
        # `lastseen`, the time of the last request, as if one had gone at the pause's end.
        slot.lastseen = until
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
