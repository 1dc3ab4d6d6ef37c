"""Downloader middleware: retries that wait.

Scrapy's RetryMiddleware re-queues a failed request at once and ignores Retry-After. This
subclass keeps its policy (codes, exceptions, counts, stats) and only adds the wait: the
server's Retry-After (seconds or HTTP date, capped) when it sends one, else exponential
backoff. Waiting inside the middleware holds the site's only download slot, which is the
point: the server asked us to slow down.
"""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message


class PoliteRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX")

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await asyncio.sleep(self.wait_seconds(request, response.headers.get(b"Retry-After")))
        return retry

    async def process_exception(self, request, exception, spider=None):
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await asyncio.sleep(self.wait_seconds(request, None))
        return retry

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
