"""The database: connection, per-article transactions, upserts, runs.

Every write to one article happens inside one transaction, so a reader (datasette)
never sees half an article and a killed process leaves the previous state intact.
The schema itself is built and upgraded by :mod:`solieu.store.migrations`.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from solieu.extract.records import Article, Fact, Sentence
from solieu.store import migrations, organizations

SCHEMA_VERSION = migrations.LATEST
BUSY_TIMEOUT_MS = 30_000


class StoreError(RuntimeError):
    """A database file that cannot be used (not SQLite, unreadable, from a newer solieu)."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def transaction(db: sqlite_utils.Database):
    """One explicit write transaction (the connection is in autocommit mode).

    IMMEDIATE takes the write lock at the start, so two writers queue on the busy timeout
    instead of one failing half-way with "database is locked". Inside another transaction (a
    batch of articles written together) it is a savepoint: it undoes only its own writes.
    """
    if db.conn.in_transaction:  # inside a batch's transaction: a savepoint of it
        db.execute("SAVEPOINT inner")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK TO inner")
            db.execute("RELEASE inner")
            raise
        db.execute("RELEASE inner")
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class ShorterThanStored(ValueError):
    """A page much shorter than the stored article of the same id: most likely cut off in
    transit or in saving, so it does not replace the complete one. `kind` is the skip reason."""

    kind = "shorter_than_stored"


# A page whose body is under this share of the stored body's length is refused (a real
# correction rarely removes half of an article; a truncated save or download does).
MIN_SHARE_OF_STORED_BODY = 0.5


class NoDatabase(StoreError, FileNotFoundError):
    """The database file named does not exist (reading commands never create one)."""


def open_existing(path: str | Path) -> sqlite_utils.Database:
    """Open a database that must already exist: for commands that only read or add to it."""
    if not Path(path).is_file():
        raise NoDatabase(f"no database at {path}: build one with `solieu run --db {path}`")
    return open_db(path)


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open the database at `path`, creating it or upgrading an older schema.

    WAL lets readers (datasette) read while one writer writes; the busy timeout makes a
    second writer wait for the first instead of failing.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # safe in WAL mode: a crash loses no committed article
        db.execute("PRAGMA foreign_keys=ON")
        if migrations.current_version(db) != migrations.LATEST:
            with transaction(db):
                migrations.upgrade(db)
    except (sqlite3.DatabaseError, migrations.SchemaTooNew) as exc:
        raise StoreError(f"{path}: cannot open as a solieu database: {exc}") from exc
    return db


def upsert_article(db: sqlite_utils.Database, article: Article) -> str:
    """Store `article`; returns "new", "updated" or "unchanged" (by content_hash).

    Raises ShorterThanStored, changing nothing, when its body is much shorter than the stored
    body of the same id: a stored article is only replaced by a page at least as complete.
    """
    if _stored(db, article.id)[:1] == (article.content_hash,):
        return "unchanged"  # without taking the write lock: most of a re-crawl
    with transaction(db):
        outcome = _outcome(article, _stored(db, article.id))  # again: another writer may
        if outcome != "unchanged":  # have been first
            _upsert_rows(db, "articles", [article.to_row()])
    return outcome


def upsert_articles(db: sqlite_utils.Database, articles: list[Article]) -> list:
    """`upsert_article` of each article, in order, in one transaction: the outcome of each
    ("new", "updated", "unchanged", or the ShorterThanStored that refused it, which writes
    nothing of it) and the rows are those of one call per article, but the rows are written
    by one statement, so the full-text index of the bodies gets one segment, not one per
    article (see `_upsert_rows`)."""
    outcomes, rows, written = [], [], {}  # written: id -> (content_hash, length) of its last row
    with transaction(db):
        for article in articles:
            stored = written.get(article.id) or _stored(db, article.id)
            try:
                outcome = _outcome(article, stored)
            except ShorterThanStored as refused:
                outcomes.append(refused)
                continue
            if outcome != "unchanged":
                rows.append(article.to_row())
                written[article.id] = (article.content_hash, len(article.body))
            outcomes.append(outcome)
        _upsert_rows(db, "articles", rows)
    return outcomes


def _outcome(article: Article, stored: tuple) -> str:
    """"new", "updated" or "unchanged" for `article` against the stored one's (content_hash,
    length of body), () if none; raises ShorterThanStored for a much shorter body."""
    if stored and stored[0] == article.content_hash:
        return "unchanged"
    if stored and len(article.body) < MIN_SHARE_OF_STORED_BODY * stored[1]:
        raise ShorterThanStored(
            f"ngắn hơn nhiều so với bài đã lưu cùng id {article.id} ({len(article.body)} so "
            f"với {stored[1]} ký tự): có lẽ bị cắt cụt, giữ bài đã lưu (much shorter than "
            f"the stored article with the same id; probably truncated; the stored one is kept)")
    return "updated" if stored else "new"


def _stored(db: sqlite_utils.Database, article_id: str) -> tuple:
    """(content_hash, length of body) of the stored article, or () if there is none."""
    row = db.execute("select content_hash, length(body) from articles where id = ?",
                     [article_id]).fetchone()
    return tuple(row) if row else ()


class PendingArticles:
    """Articles to extract, read one at a time and without `raw` (extraction never reads it),
    so that memory does not grow with the archive; `len()` is known up front for progress."""

    COLUMNS = [name for name in Article.__dataclass_fields__ if name != "raw"]

    def __init__(self, db: sqlite_utils.Database, ids: list[str]):
        self.db, self.ids = db, ids

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[Article]:
        sql = f"select {', '.join(self.COLUMNS)} from articles where id = ?"
        for article_id in self.ids:
            row = self.db.execute(sql, [article_id]).fetchone()
            if row:  # deleted meanwhile: nothing to extract
                yield Article(**dict(zip(self.COLUMNS, row)))


def articles_to_extract(
    db: sqlite_utils.Database, extractor_version: str, everything: bool = False
) -> PendingArticles:
    """Articles never extracted, changed since, or extracted by another version."""
    where = "" if everything else (
        "where extracted_hash is null or extracted_hash != content_hash "
        "or extractor_version is null or extractor_version != :version"
    )
    sql = f"select id from articles {where} order by id"
    return PendingArticles(db, [row[0] for row in db.execute(sql, {"version": extractor_version})])


def replace_extraction(
    db: sqlite_utils.Database,
    article: Article,
    sentences: Iterable[Sentence],
    facts: Iterable[Fact],
    extractor_version: str,
) -> None:
    """Replace an article's sentences and facts atomically, and the organizations they name.
    Rows are upserted and only the ones no longer produced are deleted, so re-extracting an
    unchanged article rewrites nothing: row ids and the search index stay as they were.
    """
    replace_extractions(db, [(article, sentences, facts)], extractor_version)


def replace_extractions(
    db: sqlite_utils.Database,
    extracted: Iterable[tuple[Article, Iterable[Sentence], Iterable[Fact]]],
    extractor_version: str,
) -> None:
    """`replace_extraction` of a batch of (article, sentences, facts) in one transaction: the
    same rows as one transaction per article, with one commit, one multi-row insert per table
    and one pass over the organizations the batch named."""
    batch = [(article, [s.to_row() for s in sentences], [f.to_row() for f in facts])
             for article, sentences, facts in extracted]
    if not batch:
        return
    with transaction(db):
        names: dict[str, None] = {}  # (ordered: the rows are written in the order they were)
        for article, sentence_rows, fact_rows in batch:
            names.update(dict.fromkeys(sorted(_organizations_of(db, article.id))))
            _delete_other_rows(db, "facts", article.id, [r["id"] for r in fact_rows])
        _upsert_rows(db, "sentences", [r for _, rows, _ in batch for r in rows])
        _upsert_rows(db, "facts", [r for _, _, rows in batch for r in rows])
        for article, sentence_rows, fact_rows in batch:
            _delete_other_rows(db, "sentences", article.id, [r["id"] for r in sentence_rows])
            db.execute(
                "update articles set extracted_hash = ?, extractor_version = ? where id = ?",
                [article.content_hash, extractor_version, article.id],
            )
            names.update(dict.fromkeys(sorted(r["organization"] for r in fact_rows
                                              if r["organization"] is not None)))
        _sync_organizations(db, names)


def _upsert_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Insert rows of scalar values keyed by `id`, updating the columns of those stored (what
    sqlite-utils' `upsert_all(rows, pk="id")` writes), as few statements of many rows each.

    Not one statement run per row (`executemany`): each run is a statement of its own, and
    SQLite opens a savepoint for it, at which a full-text index (sentences_fts, filled by the
    table's trigger) writes what it holds as a new segment of its own, merged into the others
    later: one segment per sentence. One statement of many rows fills the index with the same
    words, in one segment per statement (bench/README.md, branch speed6: ~2.5x faster).

    Statements hold a power of two of rows (the largest that fits, then smaller ones for the
    rest): a statement of every other length would be compiled and kept in the connection's
    statement cache once per length, each as large as its parameters, and memory grew with the
    run by about what the database did (bench/README.md, issue 16)."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    row_values = f'({", ".join("?" * len(columns))})'
    most = max(1, db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns))
    for chunk in power_of_two_chunks(rows, most):
        db.conn.execute(
            f'INSERT INTO "{table}" ({names}) VALUES {", ".join([row_values] * len(chunk))} '
            f'ON CONFLICT("id") DO UPDATE SET {updates}',
            [row[c] for row in chunk for c in columns])


def power_of_two_chunks(rows: list, most: int) -> Iterator[list]:
    """`rows` in order, in chunks of the largest power of two up to `most`, then smaller
    powers of two for the rest: however many rows, at most log2(most) + 1 chunk lengths."""
    size, first = 1 << (most.bit_length() - 1), 0
    while first < len(rows):
        while size > len(rows) - first:
            size //= 2
        yield rows[first:first + size]
        first += size


def _delete_other_rows(db: sqlite_utils.Database, table: str, article_id: str, keep: list[str]) -> None:
    db.execute(
        f"delete from {table} where article_id = ? and id not in (select value from json_each(?))",
        [article_id, json.dumps(keep)],
    )


def _organizations_of(db: sqlite_utils.Database, article_id: str) -> set[str]:
    return {r[0] for r in db.execute(
        "select distinct organization from facts where article_id = ? and organization is not null",
        [article_id],
    )}


def _sync_organizations(db: sqlite_utils.Database, names: Iterable[str]) -> None:
    """One organizations row per name some fact uses; rows no fact uses any more go. A row
    already stored as it would be written is left alone."""
    for name in names:
        if db.execute("select 1 from facts where organization = ? limit 1", [name]).fetchone():
            row = organizations.row(name)
            stored = db.execute("select name, aliases from organizations where id = ?",
                                [row["id"]]).fetchone()
            if stored != (row["name"], row["aliases"]):  # (sqlite-utils' `upsert` would read
                _upsert_rows(db, "organizations", [row])  # the schema first, at every call)
        else:
            db.execute("delete from organizations where name = ?", [name])


def totals(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts for a run's summary line, and the figures whose arithmetic fails."""
    row = db.execute("""select
        (select count(*) from articles), (select count(*) from sentences),
        (select count(*) from facts),
        (select count(*) from facts where consistency = 'inconsistent'),
        (select count(*) from facts where consistency = 'malformed')""").fetchone()
    return dict(zip(["articles", "sentences", "facts", "inconsistent", "malformed"], row))


def article_index(db: sqlite_utils.Database) -> Iterator[dict]:
    """id, url, title and published of every stored article: what a crawl already has."""
    yield from db.query("select id, url, title, published from articles")


def last_run(db: sqlite_utils.Database, kind: str) -> dict | None:
    """The latest run of `kind`, counts and errors decoded ({} / [] if it never finished)."""
    row = next(db.query("select * from runs where kind = ? order by id desc limit 1", [kind]), None)
    if row is None:
        return None
    return {**row, "counts": json.loads(row["counts"] or "{}"),
            "errors": json.loads(row["errors"] or "[]")}


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
