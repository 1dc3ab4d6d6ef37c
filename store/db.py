"""The database: schema, upserts, per-article transactions, runs.

Every write to one article happens inside one transaction, so a reader (datasette)
never sees half an article and a killed process leaves the previous state intact.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from extract.records import Article, Fact, Sentence

SCHEMA_VERSION = 1


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def transaction(db: sqlite_utils.Database):
    """One explicit write transaction (the connection is in autocommit mode)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating or migrating) the database at `path`."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA busy_timeout=30000")
    db.execute("PRAGMA foreign_keys=ON")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "articles" not in db.table_names():
        db["articles"].create(
            {
                "id": str, "url": str, "title": str, "sapo": str, "published": str,
                "category": str, "author": str, "body": str, "raw": str, "format": str,
                "content_hash": str, "ingested_at": str,
                "extracted_hash": str, "extractor_version": str,
            },
            pk="id",
        )
    if "sentences" not in db.table_names():
        db["sentences"].create(
            {"id": str, "article_id": str, "idx": int, "text": str, "start": int, "end": int},
            pk="id",
            foreign_keys=[("article_id", "articles", "id")],
        )
        db["sentences"].create_index(["article_id", "idx"])
    if "facts" not in db.table_names():
        db["facts"].create(
            {
                "id": str, "article_id": str, "sentence_id": str, "organization": str,
                "metric": str, "value": float, "unit": str, "numerator": float,
                "denominator": float, "percent": float, "comparator": str, "status": str,
                "period": str, "term": str, "raw": str, "start": int, "end": int,
                "consistency": str, "org_source": str, "extractor_version": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("sentence_id", "sentences", "id")],
        )
        for cols in (["article_id"], ["sentence_id"], ["organization"], ["value"]):
            db["facts"].create_index(cols)
    if "runs" not in db.table_names():
        db["runs"].create(
            {"id": int, "kind": str, "started": str, "finished": str, "version": str,
             "counts": str, "errors": str},
            pk="id",
        )


def upsert_article(db: sqlite_utils.Database, article: Article) -> str:
    """Store `article`; returns "new", "updated" or "unchanged" (by content_hash)."""
    existing = db.execute(
        "select content_hash from articles where id = ?", [article.id]
    ).fetchone()
    if existing and existing[0] == article.content_hash:
        return "unchanged"
    with transaction(db):
        db["articles"].upsert(article.to_row(), pk="id")
    return "updated" if existing else "new"


def articles_to_extract(
    db: sqlite_utils.Database, extractor_version: str, everything: bool = False
) -> Iterator[Article]:
    """Articles never extracted, changed since, or extracted by another version."""
    where = "" if everything else (
        "where extracted_hash is null or extracted_hash != content_hash "
        "or extractor_version is null or extractor_version != :version"
    )
    names = [f for f in Article.__dataclass_fields__]
    sql = f"select {', '.join(names)} from articles {where} order by id"
    for row in db.query(sql, {"version": extractor_version}):
        yield Article(**row)


def replace_extraction(
    db: sqlite_utils.Database,
    article: Article,
    sentences: Iterable[Sentence],
    facts: Iterable[Fact],
    extractor_version: str,
) -> None:
    """Replace an article's sentences and facts atomically."""
    with transaction(db):
        db.execute("delete from facts where article_id = ?", [article.id])
        db.execute("delete from sentences where article_id = ?", [article.id])
        db["sentences"].insert_all((s.to_row() for s in sentences), pk="id")
        db["facts"].insert_all((f.to_row() for f in facts), pk="id")
        db.execute(
            "update articles set extracted_hash = ?, extractor_version = ? where id = ?",
            [article.content_hash, extractor_version, article.id],
        )


def start_run(db: sqlite_utils.Database, kind: str, version: str) -> int:
    with transaction(db):
        return db["runs"].insert(
            {"kind": kind, "started": now_iso(), "version": version}
        ).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, counts: dict, errors: list) -> None:
    with transaction(db):
        db["runs"].update(
            run_id,
            {
                "finished": now_iso(),
                "counts": json.dumps(counts, ensure_ascii=False, sort_keys=True),
                "errors": json.dumps(errors, ensure_ascii=False),
            },
        )
