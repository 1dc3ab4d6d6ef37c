"""The news sites solieu knows: one module per site, every module of the same shape.

A site module (see :mod:`solieu.extract.sites.laodongthudo`) is constants only; this package does
the work with them, so ingest (``solieu.extract.article.clean``, ``solieu.extract.article.html_page``) and crawl
(``crawler/``) read a site the same way. A module names:

- ``NAME`` (the key of :data:`SITES` and of ``SOLIEU_SITE_HOSTS``), ``BASE_URL``,
  ``SECTIONS`` (the section paths crawled by default), ``HOSTS`` (its own host names) and
  ``ID_PREFIX`` (put before its article numbers; each site's must differ);
- its URL forms: ``ARTICLE_NUMBER`` (path patterns whose group 1 is the article's number; the
  query and fragment never make another article), ``PRINT_VIEW`` (one of them), ``MEDIA_SUFFIX``;
- its markup: ``HTML_FORMAT`` (the ``articles.format`` of a page read by its selectors) and the
  selectors of an article page (``TITLE``, ``TIME``, ``BODY``, ``BREADCRUMB``, ``HOME_CRUMBS``,
  ``LEAD_CONTAINER``, ``AUTHOR``, ``TAGS``), of a listing (``LISTING_MARK``, ``LISTING_ITEMS``,
  ``NEXT_PAGE``) and of the navigation (``NAV_LINKS``).

A second outlet is one more module listed in :data:`SITES`.

How article ids work. A URL belongs to a site when its host is one of the site's ``HOSTS``
(or a subdomain of one: ``www.``) or one given for it in the environment variable
``SOLIEU_SITE_HOSTS`` (``name=host[,name=host...]``, e.g. ``laodongthudo=127.0.0.1`` for a
mirror or the test replica). An article at a URL of a site has the site's own number, after
its ``ID_PREFIX``, as its id (:func:`article_id`; laodongthudo.vn's prefix is empty, as the
ids of existing databases are); an article at any other URL has a hash of its canonical URL, and one
without a URL a hash of its text (``solieu.extract.article.clean.article_id``). A URL of another host gets no
number even when it has the same shape (sites on the same CMS, and copies of the site, number
their articles independently), so the same page gets the same id whether ``solieu ingest`` or
``solieu crawl`` stored it, and the crawler knows a stored article by ``articles.id``. The
crawler crawls only a base URL of its site, so set ``SOLIEU_SITE_HOSTS`` for both when a mirror
is crawled.
"""
from __future__ import annotations

import os
from types import ModuleType
from urllib.parse import urlsplit

from solieu.extract.sites import laodongthudo

SITES: dict[str, ModuleType] = {site.NAME: site for site in (laodongthudo,)}
HOSTS_VARIABLE = "SOLIEU_SITE_HOSTS"


def by_name(name: str) -> ModuleType:
    try:
        return SITES[name]
    except KeyError:
        raise ValueError(f"no site named {name!r}; known: {', '.join(sorted(SITES))}") from None


def hosts(site: ModuleType) -> tuple[str, ...]:
    """The site's own hosts, then those `SOLIEU_SITE_HOSTS` gives it."""
    extra = []
    for entry in os.environ.get(HOSTS_VARIABLE, "").split(","):
        name, sep, host = entry.partition("=")
        if sep and name.strip() == site.NAME and host.strip():
            extra.append(host.strip().lower())
    return tuple(site.HOSTS) + tuple(extra)


def owns(site: ModuleType, url: str) -> bool:
    host = urlsplit(url.strip()).hostname or ""
    return any(host == own or host.endswith("." + own) for own in hosts(site))


def site_of(url: str) -> ModuleType | None:
    """The site whose host `url` is on, else None."""
    return next((site for site in SITES.values() if owns(site, url)), None)


def article_id(url: str, site: ModuleType | None = None) -> str | None:
    """The id of the article at `url`, a URL of `site` (or of any known site): the site's
    ID_PREFIX and number; None for another URL or one that names no article."""
    site = site or site_of(url)
    if site is None or not owns(site, url):
        return None
    path = urlsplit(url.strip()).path
    for pattern in site.ARTICLE_NUMBER:
        match = pattern.search(path)
        if match:
            return site.ID_PREFIX + match.group(1)
    return None


def is_print_view(site: ModuleType, url: str) -> bool:
    return bool(site.PRINT_VIEW.search(urlsplit(url).path))


def is_media(site: ModuleType, url: str) -> bool:
    return urlsplit(url).path.endswith(site.MEDIA_SUFFIX)
