"""URL canonicalisation for laodongthudo.vn (and other sites on the same CMS).

One article is reachable under many addresses: http and https, with tracking query strings
and fragments, as ``slug-<id>-<id>.html`` and as the print view
``/apicenter@/print_article&i=<id>``. Everything that names the same article maps to one
site id, and every page URL to one canonical form, so an article is fetched and stored once.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

ARTICLE_PATH = re.compile(r"-(\d+)\.html?$")
DOUBLE_ID = re.compile(r"-(\d+)-\1(\.html?)$")  # slug-165358-165358.html
PRINT_VIEW = re.compile(r"/apicenter@/print_article&i=(\d+)")
MEDIA_SUFFIX = ".media"


def site_id(url: str) -> str | None:
    """The article's numeric id for an article or print-view URL, else None."""
    path = urlsplit(url).path
    match = PRINT_VIEW.search(path)
    if match:
        return match.group(1)
    match = ARTICLE_PATH.search(path)
    return match.group(1) if match else None


def is_media(url: str) -> bool:
    return urlsplit(url).path.endswith(MEDIA_SUFFIX)


def is_print_view(url: str) -> bool:
    return bool(PRINT_VIEW.search(urlsplit(url).path))


def same_site(url: str, base_url: str) -> bool:
    return _host(url) == _host(base_url)


def canonical_url(url: str, base_url: str) -> str:
    """The one address of a page: the base URL's scheme and host; for articles no query,
    no fragment and a single id; for other pages (listings) the query is kept."""
    base = urlsplit(base_url)
    parts = urlsplit(urljoin(base_url, url.strip()))
    host = base.netloc if _host(url, base_url) == _host(base_url) else parts.netloc.lower()
    path = parts.path or "/"
    if PRINT_VIEW.search(path):
        return urlunsplit((base.scheme, host, path, "", ""))
    if ARTICLE_PATH.search(path):
        # A slug may end in a number ("...-nam-2024-165358.html"): only an id written twice
        # is a double.
        path = DOUBLE_ID.sub(r"-\1.html", path)
        return urlunsplit((base.scheme, host, path, "", ""))
    return urlunsplit((base.scheme, host, path.rstrip("/") or "/", parts.query, ""))


def _host(url: str, base_url: str | None = None) -> str:
    netloc = urlsplit(urljoin(base_url, url) if base_url else url).netloc.lower()
    return netloc.removeprefix("www.")
