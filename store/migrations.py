"""The schema, as the list of steps that build it: a new database runs them all, an older one
runs the ones it lacks. ``schema_version`` holds one row per step applied.

Never edit a released step; add a new one. A database written by the first release (0.1.0)
has no ``schema_version`` table: it is recognised as version 1 by its ``articles`` table.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

import sqlite_utils

from solieu.extract.records import FACT_COLUMNS
from solieu.store import organizations

SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL"}
FACT_KEYS = {"id": "PRIMARY KEY", "article_id": 'REFERENCES "articles"("id")',
             "sentence_id": 'REFERENCES "sentences"("id")'}
SQL_WORDS = {"end", "order", "group", "index", "key", "values", "default", "check", "case"}


def _wrapped(items: list[str], first: str, indent: str, width: int = 90) -> str:
    """`items` joined by commas, lines filled up to `width` characters."""
    lines, line = [], first
    for item in items:
        if line.strip() and len(line) + len(item) + 2 > width:
            lines.append(line.rstrip())
            line = indent
        line += item + ", "
    return "\n".join(lines + [line.rstrip(", ")])


def _name(column: str) -> str:
    return f'"{column}"' if column in SQL_WORDS else column


# The facts table of the first release: the columns of the record (solieu.extract.records.Fact),
# which were the first release's. A column added to the record since is added by a step of its
# own, `_add_fact_columns`, which a new database (whose table has it from here) passes over.
FACTS_TABLE = 'CREATE TABLE "facts" (\n' + _wrapped(
    [" ".join([f'"{c.name}"', SQL_TYPES[c.type]] + ([FACT_KEYS[c.name]] if c.name in FACT_KEYS else []))
     for c in FACT_COLUMNS], "   ", "   ") + "\n);\n"

# The first release's tables, exactly as it created them.
V1_TABLES = f"""
CREATE TABLE "articles" (
   "id" TEXT PRIMARY KEY, "url" TEXT, "title" TEXT, "sapo" TEXT, "published" TEXT,
   "category" TEXT, "author" TEXT, "body" TEXT, "raw" TEXT, "format" TEXT,
   "content_hash" TEXT, "ingested_at" TEXT, "extracted_hash" TEXT, "extractor_version" TEXT
);
CREATE TABLE "sentences" (
   "id" TEXT PRIMARY KEY, "article_id" TEXT REFERENCES "articles"("id"),
   "idx" INTEGER, "text" TEXT, "start" INTEGER, "end" INTEGER
);
CREATE INDEX "idx_sentences_article_id_idx" ON "sentences" ("article_id", "idx");
{FACTS_TABLE}CREATE INDEX "idx_facts_article_id" ON "facts" ("article_id");
CREATE INDEX "idx_facts_sentence_id" ON "facts" ("sentence_id");
CREATE INDEX "idx_facts_organization" ON "facts" ("organization");
CREATE INDEX "idx_facts_value" ON "facts" ("value");
CREATE TABLE "runs" (
   "id" INTEGER PRIMARY KEY, "kind" TEXT, "started" TEXT, "finished" TEXT, "version" TEXT,
   "counts" TEXT, "errors" TEXT
);
"""

ORGANIZATIONS_TABLE = """
CREATE TABLE "organizations" (
   "id" TEXT PRIMARY KEY, "name" TEXT NOT NULL UNIQUE, "aliases" TEXT NOT NULL DEFAULT '[]'
);
"""

# Indexes for the canned queries and the facets (organization and value exist since v1).
QUERY_INDEXES = """
CREATE INDEX "idx_facts_unit" ON "facts" ("unit");
CREATE INDEX "idx_facts_status_term" ON "facts" ("status", "term");
CREATE INDEX "idx_facts_period" ON "facts" ("period");
CREATE INDEX "idx_facts_consistency" ON "facts" ("consistency");
CREATE INDEX "idx_facts_numerator" ON "facts" ("numerator");
CREATE INDEX "idx_facts_denominator" ON "facts" ("denominator");
CREATE INDEX "idx_facts_percent" ON "facts" ("percent");
CREATE INDEX "idx_articles_published" ON "articles" ("published");
CREATE INDEX "idx_runs_kind" ON "runs" ("kind", "id");
"""


def _fold_d(expr: str) -> str:
    """SQL for `expr` with đ/Đ folded to d/D, which FTS5's remove_diacritics leaves alone.

    Plain SQL, not a Python function, so that any SQLite client can write to the tables.
    """
    return f"replace(replace({expr}, 'đ', 'd'), 'Đ', 'D')"


def _fts_sql(table: str, columns: list[str]) -> str:
    """A contentless FTS5 index over `columns` of `table`, each also indexed with đ folded.

    Each text is indexed twice, as written and with đ -> d, and the tokenizer drops the other
    accents, so ``doan vien``, ``đoàn viên`` and ``Đoàn viên`` all find ``Đoàn viên``.
    Contentless (content=''), because the text is already in `table`: triggers keep it in step.
    """
    fts = f"{table}_fts"
    names = columns + [f"{c}_folded" for c in columns]

    def values(row: str) -> str:
        return ", ".join([f"{row}.{c}" for c in columns] + [_fold_d(f"{row}.{c}") for c in columns])

    delete = (f"INSERT INTO {fts}({fts}, rowid, {', '.join(names)}) "
              f"VALUES ('delete', old.rowid, {values('old')});")
    # Re-storing an unchanged row leaves the index alone, so a rerun gives the same file.
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    insert = f"INSERT INTO {fts}(rowid, {', '.join(names)}) VALUES (new.rowid, {values('new')});"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(names)}, content='',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END;
CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {', '.join(columns)} ON {table}
WHEN {changed} BEGIN {delete} {insert} END;
INSERT INTO {fts}(rowid, {', '.join(names)}) SELECT rowid, {values(table)} FROM {table};
"""


_FACT_SELECT = _wrapped([f"f.{_name(c.name)}" for c in FACT_COLUMNS], "SELECT ", "       ")

# facts_view: each fact with its sentence and its article. The five columns taken from them
# are read per fact, each by a lookup on the primary key, not by joins: a query over the view
# that does not use them reads the facts table alone. That is what datasette runs on the view's
# page: its row count and its four facet counts (organization, unit, status, period) each read
# an index of facts (~10 ms at 120 000 facts) instead of joining every fact to its sentence and
# article (100-350 ms each). The rows are the same as a join's: every fact's sentence and
# article exist (foreign keys, enforced by store.open_db; a fact's sentence_id is never null).
FACTS_VIEW = "CREATE VIEW facts_view AS\n" + _FACT_SELECT + """,
       (SELECT s.text FROM sentences s WHERE s.id = f.sentence_id) AS sentence,
       (SELECT s.start FROM sentences s WHERE s.id = f.sentence_id) AS sentence_start,
       (SELECT a.title FROM articles a WHERE a.id = f.article_id) AS title,
       (SELECT a.url FROM articles a WHERE a.id = f.article_id) AS url,
       (SELECT a.published FROM articles a WHERE a.id = f.article_id) AS published
FROM facts f;
"""
# The same rows and columns as facts_view, by joins: for a query that reads these columns of
# many facts (sorting every fact by date, the audit's arithmetic, a claim's candidates), where
# one lookup per table costs less than one per column (~15-25 % less at 120 000 facts).
# Use it as `FROM {FACTS_JOINED} f`.
FACTS_JOINED = "(\n" + _FACT_SELECT + """,
       s.text AS sentence, s.start AS sentence_start,
       a.title, a.url, a.published
FROM facts f
JOIN sentences s ON s.id = f.sentence_id
JOIN articles a ON a.id = f.article_id)"""


def _add_fact_columns(db: sqlite_utils.Database) -> None:
    """The step for a column added to the record: ALTER TABLE for each column of the record
    the facts table lacks (none in a database whose table FACTS_TABLE made with it), and
    facts_view made again to show it."""
    present = {row[1] for row in db.execute('PRAGMA table_info("facts")')}
    missing = [c for c in FACT_COLUMNS if c.name not in present]
    for c in missing:
        db.execute(f'ALTER TABLE "facts" ADD COLUMN "{c.name}" {SQL_TYPES[c.type]}')
    if missing and "facts_view" in db.view_names():
        db.execute("DROP VIEW facts_view")
        _script(FACTS_VIEW)(db)


def _facts_view(db: sqlite_utils.Database) -> None:
    _add_fact_columns(db)  # the view shows the record's columns: the table must have them
    _script(FACTS_VIEW)(db)


def _facts_view_without_joins(db: sqlite_utils.Database) -> None:
    db.execute("DROP VIEW IF EXISTS facts_view")
    _script(FACTS_VIEW)(db)


# Indexes that let the audit (store/queries.py AUDIT_SQL) read only the facts with a problem.
# SQLite uses a partial index only when the query repeats its WHERE terms, so AUDIT_SQL
# repeats these word for word (tests/test_store.py checks the plan).
MALFORMED_FACT = """coalesce(consistency, '') = 'malformed'
     or raw glob '*[0-9].[0-9][0-9][0-9][0-9]*'
     or raw glob '*[0-9].[0-9][0-9][^0-9]*' or raw glob '*[0-9].[0-9][0-9]'
     or raw glob '*[0-9].[0-9][^0-9]*' or raw glob '*[0-9].[0-9]'"""
INCONSISTENT_RATIO = """percent is not null and denominator != 0 and numerator is not null
    and abs(100.0 * numerator / denominator - percent) > 1"""
EXACT_FACT = """comparator = '=' and value is not null and raw is not null
    and organization is not null and metric is not null and coalesce(period, term) is not null"""
AUDIT_INDEXES = f"""
CREATE INDEX "idx_facts_malformed" ON "facts" ("raw") WHERE {MALFORMED_FACT};
CREATE INDEX "idx_facts_inconsistent" ON "facts" ("raw") WHERE {INCONSISTENT_RATIO};
CREATE INDEX "idx_facts_exact" ON "facts"
    ("organization", "metric", coalesce("period", "term"), "unit", "status", "value")
    WHERE {EXACT_FACT};
"""


# Indexes for the desk's pages (store/desk_pages.py), which list figures and sentences a page
# at a time, newest article first: articles in that order (date, newest first, then id: the
# order the pages show, read from the index without sorting), and the distinct metrics (a
# search compares what is typed with each metric once, not with each of the facts).
DESK_INDEXES = """
CREATE INDEX "idx_articles_newest" ON "articles" ("published" DESC, "id");
CREATE INDEX "idx_facts_metric" ON "facts" ("metric");
"""

# The targets of a term in the order the canned query lists them (store.queries): read in
# blocks of one term and organization, so that a page sorts only the blocks it shows by the
# articles' dates, not every target. It holds idx_facts_status_term's columns first.
TARGET_INDEXES = """
DROP INDEX IF EXISTS "idx_facts_status_term";
CREATE INDEX "idx_facts_targets" ON "facts" ("status", "term", "organization", "article_id",
   "start", "id");
"""


def _fill_organizations(db: sqlite_utils.Database) -> None:
    names = [r[0] for r in db.execute(
        "SELECT DISTINCT organization FROM facts WHERE organization IS NOT NULL ORDER BY 1")]
    db["organizations"].insert_all((organizations.row(n) for n in names), pk="id")


def _script(sql: str) -> Callable[[sqlite_utils.Database], None]:
    def run(db: sqlite_utils.Database) -> None:
        for statement in _statements(sql):
            db.execute(statement)
    return run


def _statements(sql: str) -> list[str]:
    """Split a script into statements (executescript would COMMIT our transaction)."""
    statements, current = [], ""
    for line in sql.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


def _organizations(db: sqlite_utils.Database) -> None:
    _script(ORGANIZATIONS_TABLE + QUERY_INDEXES)(db)
    _fill_organizations(db)


MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "articles, sentences, facts, runs", _script(V1_TABLES)),
    (2, "organizations with aliases; indexes for queries and facets", _organizations),
    (3, "full-text search over sentences and articles, accent- and đ-insensitive",
     _script(_fts_sql("sentences", ["text"]) + _fts_sql("articles", ["title", "body"]))),
    (4, "facts_view: each fact with its sentence and article", _facts_view),
    (5, "indexes of the facts the audit reports", _script(AUDIT_INDEXES)),
    (6, "articles.metadata: other header lines of a plain-text input",
     _script('ALTER TABLE "articles" ADD COLUMN "metadata" TEXT;')),
    (7, "facts_view: sentence and article read per fact, so that counts and facets over the "
        "view read the facts table alone", _facts_view_without_joins),
    (8, "indexes for the desk's pages: articles newest first, facts by metric",
     _script(DESK_INDEXES)),
    (9, "targets of a term: facts by status, term, organization and article, in the order "
        "the query lists them", _script(TARGET_INDEXES)),
]
# A column added to the record (solieu.extract.records.Fact) takes one more line here:
# (10, "facts.<column>: what it holds", _add_fact_columns).
LATEST = MIGRATIONS[-1][0]


class SchemaTooNew(RuntimeError):
    """The database was written by a newer solieu than this one."""


def current_version(db: sqlite_utils.Database) -> int:
    tables = set(db.table_names())
    if "schema_version" in tables:
        return db.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    return 1 if "articles" in tables else 0


def upgrade(db: sqlite_utils.Database) -> list[int]:
    """Apply the steps `db` lacks (call inside one transaction); returns the versions applied."""
    version = current_version(db)
    if version > LATEST:
        raise SchemaTooNew(
            f"database schema version {version} is newer than this solieu knows ({LATEST}): "
            "upgrade solieu to open it")
    if "schema_version" not in db.table_names():
        db.execute('CREATE TABLE "schema_version" ("version" INTEGER PRIMARY KEY, '
                   '"name" TEXT, "applied_at" TEXT)')
        if version == 1:  # a first-release database: its tables exist, but nothing says so
            _record(db, 1, stamped=False)
    applied = []
    for number, _, step in MIGRATIONS:
        if number > version:
            step(db)
            _record(db, number)
            applied.append(number)
    return applied


def _record(db: sqlite_utils.Database, number: int, stamped: bool = True) -> None:
    name = next(name for n, name, _ in MIGRATIONS if n == number)
    db.execute("INSERT INTO schema_version (version, name, applied_at) VALUES "
               "(?, ?, CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') END)",
               [number, name, stamped])
