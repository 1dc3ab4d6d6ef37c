"""The pipeline wiring, as a Python API: every CLI command is one call here.

>>> from solieu import jobs
>>> summary = jobs.run(["corpus"], "solieu.db")   # doctest: +SKIP
>>> summary.facts                                 # doctest: +SKIP
"""
from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import solieu
import store
from extract.clean import BadInput, parse_document
from extract.pipeline import EXTRACTOR_VERSION, extract_article
from extract.records import Article
from solieu.progress import progress

BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}


@dataclass
class Report:
    """What a stage did: counts by outcome, and one message per skipped input."""

    counts: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    def skip(self, source: str, kind: str, message: str) -> None:
        self.counts[f"skipped_{kind}"] += 1
        self.errors.append({"source": source, "kind": kind, "message": message})


def default_corpus() -> list[Path]:
    return [BUNDLED_CORPUS]


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and article files under folders named (gold/ and READMEs excluded)."""
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES \
                        and "gold" not in child.relative_to(path).parts:
                    yield child
        else:
            yield path


def ingest(db, paths: Iterable[str | Path]) -> Report:
    """Parse each file into an Article and store it (one transaction per article)."""
    report = Report()
    run_id = store.start_run(db, "ingest", solieu.__version__)
    files = list(article_files(paths))
    with progress(files, "ingest", length=len(files)) as bar:
        for path in bar:
            try:
                article = parse_document(path.read_bytes(), name=str(path))
            except (BadInput, OSError) as exc:
                report.skip(str(path), type(exc).__name__, str(exc))
                continue
            report.counts[store.upsert_article(db, article)] += 1
    store.finish_run(db, run_id, dict(report.counts), report.errors)
    return report


def _extract_one(article: Article):
    sentences, facts = extract_article(article)
    return article, sentences, facts


def extract(db, jobs: int = 1, everything: bool = False) -> Report:
    """Extract sentences and facts of new or changed articles (all with `everything`)."""
    report = Report()
    run_id = store.start_run(db, "extract", EXTRACTOR_VERSION)
    pending = list(store.articles_to_extract(db, EXTRACTOR_VERSION, everything))
    if jobs > 1 and len(pending) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_extract_one, pending, chunksize=4)
    else:
        pool, results = None, map(_extract_one, pending)
    try:
        with progress(results, "extract", length=len(pending)) as bar:
            for article, sentences, facts in bar:
                store.replace_extraction(db, article, sentences, facts, EXTRACTOR_VERSION)
                report.counts["articles"] += 1
                report.counts["sentences"] += len(sentences)
                report.counts["facts"] += len(facts)
    finally:
        if pool:
            pool.shutdown()
    store.finish_run(db, run_id, dict(report.counts), report.errors)
    return report


@dataclass
class Summary:
    articles: int
    sentences: int
    facts: int
    inconsistent: int
    malformed: int

    def line(self) -> str:
        return (f"{self.articles} articles, {self.sentences} sentences, {self.facts} facts; "
                f"{self.inconsistent} percentages that do not add up, "
                f"{self.malformed} malformed figures")


def summarize(db) -> Summary:
    def count(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    return Summary(
        articles=count("select count(*) from articles"),
        sentences=count("select count(*) from sentences"),
        facts=count("select count(*) from facts"),
        inconsistent=count("select count(*) from facts where consistency = 'inconsistent'"),
        malformed=count("select count(*) from facts where consistency = 'malformed'"),
    )


def run(paths: Iterable[str | Path] | None, db_path: str | Path, jobs: int = 1):
    """The main job: ingest `paths` (default: the bundled corpus), extract, summarise."""
    db = store.open_db(db_path)
    ingested = ingest(db, paths or default_corpus())
    extracted = extract(db, jobs=jobs)
    return ingested, extracted, summarize(db)


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))
