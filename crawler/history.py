"""What earlier crawls left in the database: stored articles and the last crawl run."""
from __future__ import annotations

import store
from crawler import urls
from crawler.spiders.laodongthudo import Known


def known_articles(db, base_url: str) -> dict[str, Known]:
    """Site id -> title and date of every stored article from the site at `base_url` (other
    sites on the same CMS number their articles too)."""
    known = {}
    for row in store.db.article_index(db):
        sid = urls.site_id(row["url"] or "")
        if sid and urls.same_site(row["url"], base_url):
            known[sid] = Known(title=row["title"], published=row["published"])
    return known


def last_crawl(db) -> dict | None:
    """The latest crawl run with its counts decoded; counts are {} if it never finished."""
    return store.db.last_run(db, "crawl")


def finished_normally(run: dict | None) -> bool:
    return run is None or run["counts"].get("finish_reason") == "finished"
