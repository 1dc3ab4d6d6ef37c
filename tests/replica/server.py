"""The replica served over real HTTP on 127.0.0.1, with a log of every request it saw."""
from __future__ import annotations

import re
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from solieu.extract import sites
from solieu.extract.sites import laodongthudo

from .site import SECTIONS, ReplicaSite, encode_cp1258

ARTICLE = re.compile(r"-(\d+)\.html$")
PRINT = re.compile(r"^/apicenter@/print_article&i=(\d+)$")
SILENT_SECONDS = 60


@dataclass
class Seen:
    path: str  # with query string
    status: int  # 0: no answer
    user_agent: str
    at: float  # when the request had come in (time.time())
    done: float | None = None  # when its answer had been written (None: never answered)


class QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (a crawler giving up on a page) are no news."""

    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class ReplicaServer:
    """A running replica. Use as a context manager, or call stop()."""

    def __init__(self, site: ReplicaSite, host: str = "127.0.0.1", port: int = 0,
                 delay: float = 0.0):
        self.site = site
        self.delay = delay
        self.requests: list[Seen] = []
        self.hits: dict[str, int] = {}  # path -> requests so far, for faults that heal
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.httpd = QuietServer((host, port), _handler(self))
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        # The replica is a mirror of laodongthudo.vn: a crawl of it, and an ingest of its pages,
        # run with this in their environment so its articles keep the site's ids.
        self.env = {sites.HOSTS_VARIABLE: f"{laodongthudo.NAME}={host}"}
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, target: str, user_agent: str):
        """(status, headers, body, seen): the handler sets `seen.done` once it has answered."""
        with self._lock:
            path = urlsplit(target).path
            self.hits[path] = self.hits.get(path, 0) + 1
            first_time = self.hits[path] == 1
        seen = Seen(target, 0, user_agent, time.time())
        status, headers, body = self.render(target, first_time=first_time)
        seen.status = status
        with self._lock:
            self.requests.append(seen)
        return status, headers, body, seen

    def article_requests(self) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests
                    if ARTICLE.search(urlsplit(r.path).path) or PRINT.match(urlsplit(r.path).path)]

    def page_bytes(self, path: str) -> bytes:
        """What the server sends for `path` when nothing goes wrong (not logged)."""
        status, _, body = self.render(path, fault_free=True)
        assert status == 200, (path, status)
        return body

    # -- routing ---------------------------------------------------------------------------

    def render(self, target: str, fault_free: bool = False, first_time: bool = True):
        """(status, headers, body) for a request target; body None means: say nothing."""
        base, site = self.url, self.site
        parts = urlsplit(target)
        path = parts.path
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path in ("", "/"):
            return 200, html, site.home(base).encode()
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, site.robots(base).encode()
        if path == "/sitemap.xml":
            return 200, {"Content-Type": "application/xml"}, site.sitemap_index(base).encode()
        if path == "/sitemap-articles.xml":
            return 200, {"Content-Type": "application/xml"}, site.sitemap(base).encode()
        if path == "/rss":
            return 200, {"Content-Type": "application/rss+xml"}, site.feed(base).encode()
        if path in SECTIONS:
            page = int(parse_qs(parts.query).get("page", ["1"])[0] or 1)
            listing = site.listing_html(path, page, base)
            return (200, html, listing.encode()) if listing else (404, html, b"Not found")
        match = PRINT.match(path) or ARTICLE.search(path)
        article = site.by_id.get(int(match.group(1))) if match else None
        if article is None:
            return 404, html, b"<html><body>Not found</body></html>"
        if PRINT.match(path):
            return 200, html, site.article_html(article, base).encode()
        if not fault_free and article.fault:
            answer = self.fault(article, path, first_time)
            if answer is not None:
                return answer
        double = article.path.replace(f"-{article.id}.html", f"-{article.id}-{article.id}.html")
        if path not in (article.path, article.link_path, double):
            return 404, html, b"<html><body>Not found</body></html>"
        return 200, html, site.article_html(article, base).encode()

    def fault(self, article, path: str, first_time: bool):
        site, base, name = self.site, self.url, article.fault
        html = {"Content-Type": "text/html; charset=utf-8"}
        if name == "gone":
            return 404, html, b"<html><body>Not found</body></html>"
        if name == "error_once" and first_time:
            return 500, html, b"<html><body>Internal Server Error</body></html>"
        if name == "rate_limited" and first_time:
            return 429, {**html, "Retry-After": "1"}, b"<html><body>Too many requests</body></html>"
        if name == "moved" and path == article.old_path:
            return 301, {"Location": base + article.path}, b""
        if name == "redirect_loop":
            other = "b" if "vong-lap-a-" in path else "a"
            return 302, {"Location": f"{base}/vong-lap-{other}-{article.id}.html"}, b""
        if name == "legacy_encoding":
            page = site.article_html(article, base).replace('charset="utf-8"', 'charset="windows-1258"')
            return 200, {"Content-Type": "text/html; charset=windows-1258"}, encode_cp1258(page)
        if name == "truncated":
            page = site.article_html(article, base).encode()
            return 200, html, page[: len(page) // 2]
        if name == "data_loss_once" and first_time:
            return 200, {**html, "X-Replica-Short-By": "2000"}, site.article_html(article, base).encode()
        if name == "huge":
            return 200, html, site.huge_page(article, base)
        if name == "silent":
            return 0, {}, None
        if name == "double_id_only" and path != article.link_path:
            return 404, html, b"<html><body>Not found</body></html>"
        return None


def _handler(server: ReplicaServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - http.server's naming
            status, headers, body, seen = server.answer(self.path, self.headers.get("User-Agent", ""))
            if server.delay:
                time.sleep(server.delay)
            if body is None:  # the page that never answers
                server.stopping.wait(SILENT_SECONDS)
                self.close_connection = True
                return
            short_by = int(headers.pop("X-Replica-Short-By", 0))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body[: len(body) - short_by] if short_by else body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            seen.done = time.time()
            if short_by:
                self.close_connection = True

        def log_message(self, *args):  # keep test output clean
            pass

    return Handler
