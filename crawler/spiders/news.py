"""The news spider: discovery, incremental paging, article pages into items, for one site.

The site is the module of :mod:`solieu.extract.sites` named by the ``SOLIEU_SITE`` setting: its
base URL, sections, URL forms, article ids and selectors are read there, never written here.

Discovery: section listings found in the home page's navigation (default: the site's
``SECTIONS``; for laodongthudo.vn the trade-union sections under /cong-doan/); with
``sections="all"`` also the sitemaps named in robots.txt (else /sitemap.xml) and the /rss
feed. Listings are paged through the last link of the site's pager (``NEXT_PAGE``) until a full page holds only articles the database already has
unchanged (unless the previous crawl did not finish: then every listing is walked to its end,
fetching only what is missing, which is how a killed crawl resumes without gaps).

Article pages are parsed by the one parser the whole project uses,
:func:`solieu.extract.article.clean.parse_document`, so a crawled page and the same page ingested from a
file give the same article, id included: the spider knows an article by that id
(``articles.id``, the site's number).
"""
from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import (
    CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
    DownloadTimeoutError, IgnoreRequest, ResponseDataLossError,
)
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from solieu.crawler import urls
from solieu.extract import sites
from solieu.extract.article.clean import BadInput, parse_document
from solieu.extract.records import Article

logger = logging.getLogger(__name__)

MAX_ERRORS_KEPT = 500
RETRIED_PROBLEMS = {"truncated_html"}  # a CMS hiccup may serve a cut page once
# Robots, sitemaps, feeds and first listing pages, then the articles found, then the next
# listing pages: the crawl advances page by page, so --max-pages and an interrupted crawl
# have stored the newest articles rather than walked the archive's listings.
DISCOVERY_PRIORITY = 20
ARTICLE_PRIORITY = 10
NEXT_PAGE_PRIORITY = 0


@dataclass
class Known:
    """An article already in the database, as the listing compares it."""

    title: str | None
    published: str | None


class PageProblem(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class NewsSpider(scrapy.Spider):
    name = "news"

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        return super().from_crawler(crawler, *args, site=sites.by_name(
            crawler.settings["SOLIEU_SITE"]), **kwargs)

    def __init__(self, site, base_url: str | None = None, sections=None,
                 since: date | None = None, walk_all: bool = False,
                 known: dict[str, Known] | None = None, gone: set[str] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.site = site
        self.base_url = (base_url or site.BASE_URL).rstrip("/")
        sections = sections or site.SECTIONS
        self.everything = "all" in sections
        self.prefixes = [] if self.everything else ["/" + s.strip("/") for s in sections]
        self.since = since
        self.walk_all = walk_all
        self.known = known or {}
        self.gone = gone or set()
        self.seen: set[str] = set()  # article ids requested in this crawl
        self.fetched: set[str] = set()  # article ids parsed in this crawl
        self.waiting_pages: dict[str, dict] = {}  # --since: listing page -> outcome of its articles
        self.errors: list[dict] = []

    # -- discovery -------------------------------------------------------------------------

    async def start(self):
        if hasattr(self, "state"):
            # With a JOBDIR, Scrapy saves `state` on a graceful stop with the queue: the ids
            # already queued and the listing pages waiting for them stay known on resume.
            self.seen = self.state.setdefault("seen", self.seen)
            self.waiting_pages = self.state.setdefault("waiting_pages", self.waiting_pages)
        yield self._discovery(self.base_url + "/", self.parse_home, errback=self.home_failed)
        if self.everything:
            yield self._discovery(self.base_url + "/robots.txt", self.parse_robots)
            yield self._discovery(self.base_url + "/rss", self.parse_feed)

    def _discovery(self, url, callback, errback=None, priority=DISCOVERY_PRIORITY, **meta):
        return scrapy.Request(url, callback=callback, errback=errback or self.discovery_failed,
                              priority=priority, meta=meta)

    def parse_home(self, response):
        sections = {urls.canonical_url(p, self.base_url) for p in self.prefixes}
        for href in response.css(self.site.NAV_LINKS).xpath("@href").getall():
            url = urls.canonical_url(urljoin(response.url, href), self.base_url)
            if self._is_section(url):
                sections.add(url)
        self.crawler.stats.set_value("sections", len(sections))
        for url in sorted(sections):
            yield self._discovery(url, self.parse_listing)

    def home_failed(self, failure):
        self.discovery_failed(failure)
        for prefix in self.prefixes:
            yield self._discovery(urls.canonical_url(prefix, self.base_url), self.parse_listing)

    def _is_section(self, url: str) -> bool:
        if not urls.same_site(url, self.base_url) or sites.article_id(url, self.site) \
                or sites.is_media(self.site, url):
            return False
        path = urlsplit(url).path
        if path in ("", "/") or "." in path.rsplit("/", 1)[-1]:
            return False
        if self.everything:
            return True
        return any(path == p or path.startswith(p + "/") for p in self.prefixes)

    def parse_robots(self, response):
        sitemaps = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        for url in sitemaps or [self.base_url + "/sitemap.xml"]:
            yield self._discovery(url, self.parse_sitemap)

    def parse_sitemap(self, response):
        try:
            sitemap = Sitemap(response.body)
        except Exception as exc:  # noqa: BLE001 - lxml's errors on garbage are many kinds
            self.record_error(response.url, "bad_sitemap", str(exc))
            return
        for entry in sitemap:
            if sitemap.type == "sitemapindex":
                yield self._discovery(entry["loc"], self.parse_sitemap)
            elif not self._older_than_since(entry.get("lastmod")):
                yield from self._article_requests([entry["loc"]], response.url, source="sitemap")

    def parse_feed(self, response):
        links = response.xpath("//item/link/text()").getall() + response.xpath(
            "//*[local-name()='entry']/*[local-name()='link']/@href").getall()
        if links:
            yield from self._article_requests(links, response.url, source="feed")
            return
        if isinstance(response, TextResponse) and not response.meta.get("feed_index"):
            for href in response.css("a::attr(href)").getall():  # an HTML index of feeds
                if href.endswith((".rss", ".xml")):
                    yield self._discovery(urljoin(response.url, href), self.parse_feed,
                                          feed_index=True)

    def discovery_failed(self, failure):
        """Missing robots/sitemap/feed is normal; a failing listing or home page is an error."""
        kind, message = classify(failure)
        self.crawler.stats.inc_value(f"discovery/{kind}")
        if kind != "robots_forbidden" and failure.request.callback in (self.parse_listing,
                                                                      self.parse_home):
            self.record_error(failure.request.url, kind, message)

    # -- listings --------------------------------------------------------------------------

    def parse_listing(self, response):
        stats = self.crawler.stats
        stats.inc_value("listing_pages")
        links = response.css(self.site.LISTING_ITEMS)
        if not links:
            stats.inc_value("listing_pages_empty")
            return
        requests, known_unchanged, recent = [], 0, False
        for link in links:
            url = urls.found_url(link.attrib.get("href", ""), response.url)
            sid = sites.article_id(url, self.site)
            known = self.known.get(sid)
            if known and same_headline(" ".join(link.css("::text").getall()), known.title):
                known_unchanged += 1
                recent = recent or not self._older_than_since(known.published)
                continue
            if sid in self.gone:
                known_unchanged += 1
                continue
            requests += self._article_requests([url], response.url, source="listing",
                                               listing=response.url)
        stats.inc_value("listing_items", len(links))
        stats.inc_value("skipped_known", known_unchanged)
        next_url = self._next_page(response)
        if known_unchanged == len(links) and not self.walk_all:
            stats.inc_value("listings_stopped_known")
            next_url = None
        yield from requests
        if self.since and next_url:
            # Whether the next page is worth it depends on dates only the articles carry.
            self.waiting_pages[response.url] = {"left": len(requests), "recent": recent,
                                                "next": next_url}
            yield from self._page_progress(response.url, None)
        elif next_url:
            yield self._discovery(next_url, self.parse_listing, priority=NEXT_PAGE_PRIORITY)

    def _next_page(self, response) -> str | None:
        last = response.css(self.site.NEXT_PAGE)[-1:]
        href = last.attrib.get("href") if last else None
        if not href:
            return None
        url = urls.canonical_url(urljoin(response.url, href), self.base_url)
        return None if url == urls.canonical_url(response.url, self.base_url) else url

    def _page_progress(self, listing: str | None, published: str | None, done: bool = False):
        """Account one article of a listing page (with --since); page the listing on once all
        of the page's articles are in and any of them was recent."""
        page = self.waiting_pages.get(listing) if listing else None
        if page is None:
            return
        if done:
            page["left"] -= 1
            page["recent"] = page["recent"] or not self._older_than_since(published)
        if page["left"] > 0:
            return
        del self.waiting_pages[listing]
        if page["recent"]:
            yield self._discovery(page["next"], self.parse_listing, priority=NEXT_PAGE_PRIORITY)
        else:
            self.crawler.stats.inc_value("listings_stopped_since")

    def _older_than_since(self, when: str | None) -> bool:
        """True only when `when` (ISO date or datetime) is known and before --since."""
        return bool(self.since and when and when[:10] < self.since.isoformat())

    # -- articles --------------------------------------------------------------------------

    def _article_requests(self, links, page_url: str, source: str, listing: str | None = None):
        """Requests for the articles `links` (found on `page_url`) name, each fetched at the
        address found and once per article id."""
        requests = []
        for link in links:
            url = urls.found_url(link, page_url)
            sid = sites.article_id(url, self.site)
            # A print view names an article whose own page the site links elsewhere; that
            # page, with its breadcrumb and tags, is the one to store.
            if sites.is_media(self.site, url) or sites.is_print_view(self.site, url) or not sid \
                    or not urls.same_site(url, self.base_url):
                continue
            if sid in self.seen or (source != "listing" and (sid in self.known or sid in self.gone)):
                continue
            self.seen.add(sid)
            # dont_filter: article ids are deduplicated here; letting redirects revisit a URL
            # is what makes a redirect loop end in a counted error rather than a silent drop.
            requests.append(scrapy.Request(
                url, callback=self.parse_article, errback=self.article_failed, dont_filter=True,
                priority=ARTICLE_PRIORITY, meta={"site_id": sid, "listing": listing, "source": source}))
        return requests

    def parse_article(self, response):
        stats = self.crawler.stats
        url = urls.article_url(response.url)
        sid = sites.article_id(url, self.site)
        published = None
        try:
            article = self._article(response, url, sid)
        except PageProblem as problem:
            retry = problem.kind in RETRIED_PROBLEMS and get_retry_request(
                response.request, spider=self, reason=problem.kind)
            if retry:  # its listing page waits for the retry's outcome
                yield retry
                return
            self.record_error(response.url, problem.kind, str(problem), site_id=sid)
        else:
            if article is not None:
                published = article.published
                stats.inc_value("articles_parsed")
                stats.inc_value(f"articles_format/{article.format}")
                if self._older_than_since(published):
                    stats.inc_value("skipped_older_than_since")
                else:
                    yield article
        yield from self._page_progress(response.meta.get("listing"), published, done=True)

    def _article(self, response, url: str, sid: str | None) -> Article | None:
        """The page parsed as ingestion parses it (its id is `sid`): the item to store."""
        if sid is None:
            raise PageProblem("not_article", f"ended at {response.url}, not an article page")
        if sid in self.fetched:
            self.crawler.stats.inc_value("duplicates")
            return None
        if not isinstance(response, TextResponse):
            raise PageProblem("not_html", f"got {response.headers.get('Content-Type')!r}")
        try:
            article = parse_document(response.text, url=url)
        except BadInput as exc:  # a cut page (truncated_html) is told apart: it is retried
            raise PageProblem(exc.kind if exc.kind in RETRIED_PROBLEMS else "bad_input",
                              exc.reason) from None
        self.fetched.add(sid)
        return article

    def article_failed(self, failure):
        request = failure.request
        kind, message = classify(failure)
        if kind == "robots_forbidden":
            self.crawler.stats.inc_value("skipped_robots")
        else:
            self.record_error(request.url, kind, message, site_id=request.meta.get("site_id"))
        yield from self._page_progress(request.meta.get("listing"), None, done=True)

    def record_error(self, source: str, kind: str, message: str, site_id: str | None = None):
        self.crawler.stats.inc_value(f"errors/{kind}")
        logger.warning("%s: %s (%s)", source, message, kind)
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append({"source": source, "kind": kind, "message": message,
                                "site_id": site_id})


def same_headline(listed: str, stored: str | None) -> bool:
    """A listing's title still matches the stored article (which may add a kicker line):
    if not, the headline was edited and the page is fetched again."""
    def norm(text):
        return " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return bool(stored) and bool(listed.strip()) and norm(listed) in norm(stored)


def classify(failure) -> tuple[str, str]:
    """An error kind for the run's counts, and a one-line message."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}", f"HTTP {exc.response.status}"
    message = str(exc) or type(exc).__name__
    kinds = [
        (DownloadTimeoutError, "timeout"),
        (DownloadCancelledError, "too_large"),
        (ResponseDataLossError, "truncated_download"),
        (CannotResolveHostError, "dns"),
        (DownloadConnectionRefusedError, "connection_refused"),
    ]
    for cls, kind in kinds:
        if isinstance(exc, cls):
            return kind, message
    if isinstance(exc, IgnoreRequest):
        if "redirection" in message:
            return "redirect_loop", message
        if "robots.txt" in message:
            return "robots_forbidden", message
        return "ignored", message
    return type(exc).__name__, message
