"""Addresses as the crawler handles them, whatever the site (its URL forms and ids are in
:mod:`solieu.extract.sites`).

One article is reachable under many addresses: http and https, with tracking query strings
and fragments, under the site's other URL forms. Which of them a server answers is not known,
so an article is fetched at the address a page linked (:func:`found_url`) and recognised by
its id (``solieu.extract.sites.article_id``), which deduplicates it; it is stored under the address
that answered, without query or fragment (:func:`article_url`). Listing pages have one
canonical form (:func:`canonical_url`).
"""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

def same_site(url: str, base_url: str) -> bool:
    return _host(url) == _host(base_url)


def found_url(link: str, page_url: str) -> str:
    """The address to fetch for a link found on `page_url`: as linked, made absolute; only
    the fragment goes (it is never sent to a server)."""
    parts = urlsplit(urljoin(page_url, link.strip()))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def article_url(url: str) -> str:
    """The address an article is stored under: the one that answered, without the query
    (tracking) and fragment."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))


def canonical_url(url: str, base_url: str) -> str:
    """The one address of a listing or section page: the base URL's scheme and host, no
    trailing slash or fragment; the query (the page number) is kept."""
    base = urlsplit(base_url)
    parts = urlsplit(urljoin(base_url, url.strip()))
    host = base.netloc if _host(url, base_url) == _host(base_url) else parts.netloc.lower()
    path = parts.path or "/"
    return urlunsplit((base.scheme, host, path.rstrip("/") or "/", parts.query, ""))


def _host(url: str, base_url: str | None = None) -> str:
    netloc = urlsplit(urljoin(base_url, url) if base_url else url).netloc.lower()
    return netloc.removeprefix("www.")
