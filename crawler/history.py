"""What earlier crawls left in the database: stored articles and the last crawl run."""
from __future__ import annotations

from solieu import store
from solieu.crawler.spiders.news import Known
from solieu.extract import sites


def known_articles(db, site) -> dict[str, Known]:
    """`articles.id` -> title and date of every stored article of `site` (a module of
    solieu.extract.sites): the ids its spider finds articles by."""
    return {row["id"]: Known(title=row["title"], published=row["published"])
            for row in store.db.article_index(db) if sites.owns(site, row["url"] or "")}


def last_crawl(db) -> dict | None:
    """The latest crawl run with its counts decoded; counts are {} if it never finished."""
    return store.db.last_run(db, "crawl")


def finished_normally(run: dict | None) -> bool:
    return run is None or run["counts"].get("finish_reason") == "finished"
