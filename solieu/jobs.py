"""The pipeline wiring, as a Python API: every CLI command is one call here.

>>> from solieu import jobs
>>> ingested, extracted, summary = jobs.run(["corpus"], "solieu.db")  # doctest: +SKIP
>>> summary.line()                                                    # doctest: +SKIP
'5 articles, 147 sentences, 60 facts; 0 percentages that do not add up, 1 malformed figure'
"""
from __future__ import annotations

import stat
from collections import Counter, deque
from contextlib import nullcontext
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import solieu
from solieu import store
from solieu.extract.article.clean import MAX_INPUT_BYTES, BadInput, parse_document, too_large
from solieu.extract.facts.pipeline import EXTRACTOR_VERSION, extract_article
from solieu.extract.records import Article
from solieu.progress import progress

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
WRITE_BATCH = 50  # articles whose sentences and facts are written in one transaction


@dataclass
class Report:
    """What a stage did: counts by outcome, and one message per skipped input."""

    counts: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    def skip(self, source: str, kind: str, message: str) -> None:
        self.counts[f"skipped_{kind}"] += 1
        self.errors.append({"source": source, "kind": kind, "message": message})

    def skipped(self) -> int:
        return sum(n for outcome, n in self.counts.items() if outcome.startswith("skipped_"))

    def all_skipped(self) -> bool:
        """Every input was skipped (and there was at least one): the job failed."""
        return bool(self.skipped()) and self.skipped() == sum(self.counts.values())


def default_corpus() -> list[Path]:
    return [BUNDLED_CORPUS]


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named (whatever their suffix), and .txt/.html/.htm entries under folders named.

    Under a folder, gold/ annotations and hidden files and folders (".git") are left out.
    Entries that are not regular files (a dangling symlink, a FIFO) are yielded too, so
    that :func:`ingest` reports them instead of silently passing them by.
    """
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                if child.suffix.lower() in ARTICLE_SUFFIXES and "gold" not in parts \
                        and not any(part.startswith(".") for part in parts) and not child.is_dir():
                    yield child
        else:
            yield path


def check_regular_file(path: Path) -> int:
    """The size of `path`, a regular file (after symlinks); else BadInput: reading a FIFO
    would block for ever, and a dangling symlink names nothing."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise BadInput(f"liên kết tượng trưng hỏng, đích không tồn tại (dangling symlink "
                           f"to {path.readlink()})", "unreadable") from None
        raise
    if not stat.S_ISREG(info.st_mode):
        what = "FIFO" if stat.S_ISFIFO(info.st_mode) else "socket" if stat.S_ISSOCK(
            info.st_mode) else "device or other special file"
        raise BadInput(f"không phải tệp thường, không đọc (not a regular file: a {what})",
                       "not_a_file")
    return info.st_size


def ingest(db, paths: Iterable[str | Path]) -> Report:
    """Parse each file into an Article and store it (WRITE_BATCH articles to a transaction).

    Counts "new", "updated" (content changed: re-extracted later) and "unchanged" articles.
    A file that cannot be an article is skipped and counted by reason ("skipped_empty",
    "skipped_binary", "skipped_encoding", "skipped_too_large", "skipped_no_article",
    "skipped_unreadable", "skipped_not_a_file", "skipped_truncated_html",
    "skipped_shorter_than_stored", "skipped_error") with a message naming it; the batch goes on, and
    nothing of a skipped file reaches the database.
    """
    report = Report()
    run_id = store.start_run(db, "ingest", solieu.__version__)
    files = list(article_files(paths))
    parsed = []
    with progress(files, "ingest", length=len(files)) as bar:
        for path in bar:
            try:
                size = check_regular_file(path)
                if size > MAX_INPUT_BYTES:  # refused before reading: no 50 MB in memory
                    raise too_large(size)
                article = parse_document(path.read_bytes(), name=str(path))
            except BadInput as exc:
                report.skip(str(path), exc.kind, exc.reason)
                continue
            except OSError as exc:
                report.skip(str(path), "unreadable", exc.strerror or str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - one page's parser bug must not stop a batch
                report.skip(str(path), "error", f"{type(exc).__name__}: {exc}")
                continue
            parsed.append((path, article))
            if len(parsed) >= WRITE_BATCH:
                _store_articles(db, parsed, report)
                parsed = []
        _store_articles(db, parsed, report)
    store.finish_run(db, run_id, dict(report.counts), report.errors)
    return report


def _store_articles(db, parsed: list, report: Report) -> None:
    """Store a batch of parsed articles in one transaction (`store.upsert_articles`: a page it
    refuses writes nothing)."""
    if not parsed:
        return
    for _, article in parsed:
        article.ingested_at = store.db.now_iso()
    outcomes = store.upsert_articles(db, [article for _, article in parsed])
    for (path, _), outcome in zip(parsed, outcomes):
        if isinstance(outcome, store.ShorterThanStored):
            report.skip(str(path), outcome.kind, str(outcome))
        else:
            report.counts[outcome] += 1


def _extract_one(article: Article):
    """(sentences, facts), or (None, error message): one article's bug must not stop a
    batch, least of all inside a worker process. Only the results travel back."""
    try:
        return extract_article(article)
    except Exception as exc:  # noqa: BLE001
        return None, f"{type(exc).__name__}: {exc}"


def _windowed_map(pool: Executor, fn, items: Iterable, window: int) -> Iterator[tuple]:
    """(item, fn(item)) in order, with at most `window` items in flight: unlike
    `Executor.map`, which submits everything at once and so holds every article in memory."""
    in_flight: deque = deque()
    for item in items:
        in_flight.append((item, pool.submit(fn, item)))
        if len(in_flight) >= window:
            item, future = in_flight.popleft()
            yield item, future.result()
    while in_flight:
        item, future = in_flight.popleft()
        yield item, future.result()


def extract(db, jobs: int = 1, everything: bool = False) -> Report:
    """Extract sentences and facts of new or changed articles (all with `everything`).

    Each article's sentences and facts replace its old ones atomically, WRITE_BATCH articles
    to a transaction (a stopped run loses at most the last batch's writes). An article
    the extractor fails on keeps its previous facts, is reported, and is tried again next run.
    Articles are read one at a time, so memory stays flat however many are pending.
    """
    report = Report()
    run_id = store.start_run(db, "extract", EXTRACTOR_VERSION)
    pending = store.articles_to_extract(db, EXTRACTOR_VERSION, everything)
    with ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(pending) > 1 else nullcontext() as pool:
        results = (_windowed_map(pool, _extract_one, pending, window=4 * jobs) if pool
                   else ((article, _extract_one(article)) for article in pending))
        batch = []
        with progress(results, "extract", length=len(pending)) as bar:
            for article, (sentences, facts) in bar:
                if sentences is None:
                    report.skip(article.id, "error", facts)
                    continue
                batch.append((article, sentences, facts))
                if len(batch) >= WRITE_BATCH:
                    store.replace_extractions(db, batch, EXTRACTOR_VERSION)
                    batch = []
                report.counts["articles"] += 1
                report.counts["sentences"] += len(sentences)
                report.counts["facts"] += len(facts)
            store.replace_extractions(db, batch, EXTRACTOR_VERSION)
    store.finish_run(db, run_id, dict(report.counts), report.errors)
    return report


@dataclass
class Summary:
    """What the database holds after a run."""

    articles: int
    sentences: int
    facts: int
    inconsistent: int
    malformed: int

    def line(self) -> str:
        return (f"{_count(self.articles, 'article')}, {_count(self.sentences, 'sentence')}, "
                f"{_count(self.facts, 'fact')}; "
                f"{_count(self.inconsistent, 'percentage that does', 'percentages that do')} "
                f"not add up, {_count(self.malformed, 'malformed figure')}")


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def summarize(db) -> Summary:
    return Summary(**store.totals(db))


def crawl(db_path: str | Path, then_extract: bool = False, **options):
    """Crawl the site into the database at `db_path` (`options` are those of
    `solieu.crawler.runner.crawl`); with `then_extract`, extract facts of new and changed articles.
    Returns the crawl's report (`solieu.crawler.runner.CrawlReport`) and the extraction's (or None).
    Run it once per process: Twisted's reactor cannot be restarted."""
    from solieu.crawler.runner import crawl as crawl_site  # Scrapy and Twisted: only to crawl

    crawled = crawl_site(db_path, version=solieu.__version__, **options)
    extracted = extract(store.open_db(db_path)) if then_extract else None
    return crawled, extracted


def run(paths: Iterable[str | Path] | None, db_path: str | Path, jobs: int = 1):
    """The main job: ingest `paths` (default: the bundled corpus), extract, summarise."""
    db = store.open_db(db_path)
    ingested = ingest(db, paths or default_corpus())
    extracted = extract(db, jobs=jobs)
    return ingested, extracted, summarize(db)
