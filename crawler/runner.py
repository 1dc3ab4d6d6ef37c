"""One crawl of a site (the ``SOLIEU_SITE`` setting: laodongthudo.vn) into a solieu database:
``solieu crawl`` calls :func:`crawl` (through ``solieu.jobs.crawl``, which extracts after it).

Twisted's reactor cannot be restarted, so :func:`crawl` runs once per process: call it from
a fresh process (the CLI does). State kept beside the database, in ``<db>.crawl/``:

- ``lock``: held (flock) for the whole crawl, so two crawls never share a database; the
  kernel drops it when the process dies, even by SIGKILL.
- ``job/``: Scrapy's JOBDIR. Kept only after a graceful stop (SIGINT/SIGTERM), when Scrapy
  has saved its queue; after a kill its queue is not trustworthy and is discarded, and the
  crawl resumes from the database instead (listings walked to the end, stored articles not
  fetched again).
- ``gone.tsv``: articles that failed for good (404, redirect loop, too large...) and when, so
  that a nightly crawl does not knock on them again for GONE_RETRY_DAYS (sites come back:
  after that, or with ``retry_gone``, they are tried again).
- ``httpcache/``: pages cached with ``--http-cache`` (development only).
"""
from __future__ import annotations

import fcntl
import logging
import os
import shutil
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from solieu import store
from solieu.crawler import history, urls
from solieu.crawler import settings as default_settings
from solieu.crawler.pipelines import ALARM_KINDS
from solieu.crawler.spiders.news import NewsSpider
from solieu.extract import sites

# Failures worth remembering: asking again tomorrow gives the same answer.
PERMANENT_FAILURES = {"http_404", "http_410", "redirect_loop", "too_large", "not_article"}
GONE_RETRY_DAYS = 30  # sites come back: a failure for good is asked about again after this


class CrawlLocked(RuntimeError):
    """Another crawl holds the database."""


@dataclass
class CrawlReport:
    """What a crawl did: counts by outcome, errors (not the alarms), as `solieu.jobs.Report`."""

    resumed: bool  # the previous crawl had not finished: this one completed it
    alarms: list[str]  # the site's markup no longer matches the selectors
    counts: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)


def state_dir(db_path: str | Path) -> Path:
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".crawl")


@contextmanager
def crawl_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise CrawlLocked(f"another crawl (pid {holder}) is running on this database; "
                              f"lock file {path}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()


def crawl(db_path: str | Path, since: date | None = None, max_pages: int | None = None,
          sections=None, base_url: str | None = None, jobdir: str | Path | None = None,
          settings_overrides: dict | None = None, contact: str | None = None,
          no_delays: bool = False, http_cache: bool = False, retry_gone: bool = False, *,
          version: str) -> CrawlReport:
    """Crawl `sections` (section paths like "cong-doan/hoat-dong", or "all"; default: the
    site's) of `base_url` (default: the site's; else one of its hosts, see solieu.extract.sites)
    into the database at `db_path`; with `retry_gone`, also articles that failed for good less
    than GONE_RETRY_DAYS ago. `version` is the caller's (the application's `solieu.__version__`):
    the crawl's run row and its User-Agent name it, and the crawler, a layer below the
    application, does not import it."""
    state = state_dir(db_path)
    jobdir = Path(jobdir) if jobdir else state / "job"
    settings = crawl_settings(db_path, jobdir, state, max_pages, contact, no_delays, http_cache,
                              settings_overrides or {}, version)
    site = sites.by_name(settings["SOLIEU_SITE"])
    base_url = base_url or site.BASE_URL
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
        raise ValueError(f"base URL {base_url!r} is not an http(s)://host address")
    if not sites.owns(site, base_url):
        raise ValueError(
            f"base URL {base_url!r} is not on a host of {site.NAME} ({', '.join(sites.hosts(site))}"
            f"): to crawl a mirror, name its host in {sites.HOSTS_VARIABLE}="
            f"{site.NAME}={urlsplit(base_url).hostname}, for ingest too, so that its articles "
            f"keep the site's ids")
    with crawl_lock(state / "lock"):
        db = store.open_db(db_path)
        previous = history.last_crawl(db)
        if not previous or previous["counts"].get("finish_reason") != "shutdown":
            forget_job(jobdir)
        # The crawl owns this process's logging: drop root handlers that imported libraries
        # installed (underthesea calls logging.basicConfig), or every line prints twice.
        for handler in list(logging.root.handlers):
            logging.root.removeHandler(handler)
        process = CrawlerProcess(settings)
        process.crawl(
            NewsSpider, base_url=base_url, sections=tuple(sections) if sections else None,
            since=since,
            walk_all=not history.finished_normally(previous),
            known=history.known_articles(db, site),
            gone=set() if retry_gone else read_gone(state / "gone.tsv", base_url),
        )
        process.start()
        run = history.last_crawl(db)
        if run is None or (previous and run["id"] == previous["id"]) or not run["finished"]:
            raise RuntimeError("the crawl stopped before it could record its run; see the log")
        remember_gone(state / "gone.tsv", run["errors"])
        return crawl_report(run, resumed=not history.finished_normally(previous))


def crawl_report(run: dict, resumed: bool) -> CrawlReport:
    """The CLI's view of a finished crawl run: counts, errors, markup alarms apart."""
    return CrawlReport(
        resumed=resumed,
        alarms=[e["message"] for e in run["errors"] if e["kind"] in ALARM_KINDS],
        counts=Counter({k: v for k, v in run["counts"].items() if isinstance(v, int)}),
        errors=[e for e in run["errors"] if e["kind"] not in ALARM_KINDS])


def crawl_settings(db_path, jobdir: Path, state: Path, max_pages, contact, no_delays,
                   http_cache, overrides: dict, version: str) -> Settings:
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    contact = contact or os.environ.get("SOLIEU_CONTACT") or settings["SOLIEU_CONTACT"]
    settings.set("USER_AGENT", settings["USER_AGENT_TEMPLATE"].format(
        version=version, contact=contact), priority="project")
    settings.set("SOLIEU_VERSION", version, priority="project")
    if no_delays:
        settings.setdict(settings.getdict("NO_DELAY_SETTINGS"), priority="project")
    settings.set("SOLIEU_DB", str(Path(db_path).resolve()), priority="project")
    settings.set("JOBDIR", str(jobdir), priority="project")
    if max_pages:
        settings.set("CLOSESPIDER_PAGECOUNT", max_pages, priority="project")
    if http_cache:
        settings.set("HTTPCACHE_ENABLED", True, priority="project")
        settings.set("HTTPCACHE_DIR", str(state / "httpcache"), priority="project")
    settings.setdict(overrides, priority="cmdline")
    return settings


def forget_job(jobdir: Path) -> None:
    """Remove Scrapy's saved queue, seen-requests and spider state (only those: `--jobdir`
    may name a folder that holds other things)."""
    shutil.rmtree(jobdir / "requests.queue", ignore_errors=True)
    for name in ("requests.seen", "spider.state"):
        (jobdir / name).unlink(missing_ok=True)


def read_gone(path: Path, base_url: str, now: datetime | None = None) -> set[str]:
    """Ids of this site's articles that failed for good in a crawl of the last GONE_RETRY_DAYS
    (lines: id, kind, URL, UTC time; a line without a time is old enough to retry)."""
    if not path.exists():
        return set()
    since = (now or datetime.now(timezone.utc)) - timedelta(days=GONE_RETRY_DAYS)
    gone = set()
    for line in path.read_text("utf-8").splitlines():
        row = line.split("\t")
        if len(row) == 4 and urls.same_site(row[2], base_url) and _after(row[3], since):
            gone.add(row[0])
    return gone


def _after(when: str, since: datetime) -> bool:
    try:
        return datetime.fromisoformat(when) >= since
    except ValueError:
        return False


def remember_gone(path: Path, errors: list[dict], now: datetime | None = None) -> None:
    when = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    lines = [f"{e['site_id']}\t{e['kind']}\t{e['source']}\t{when}\n" for e in errors
             if e.get("site_id") and e["kind"] in PERMANENT_FAILURES]
    if lines:
        with open(path, "a", encoding="utf-8") as handle:
            handle.writelines(lines)
