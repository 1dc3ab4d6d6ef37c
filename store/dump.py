"""A stable text dump of a database, to compare two builds of the same input
(`bench/compare_dumps.py`): the schema as SQLite keeps it (its SQL text, so a reworded
statement shows), then every table's rows as SQL INSERT lines, ordered by their values.

Left out, because they differ from one run to the next by nature: the runs' ids and times, the
software and extractor versions, when an article was stored and when a schema step was applied.
A full-text index is dumped by what it holds, not by how it is laid out: every word of every
row with its column and place (`fts5vocab`'s instances), its per-row sizes (`_docsize`), its
totals (the averages record) and its configuration. Its segments (`_data`, `_idx`) depend on how
many statements wrote the rows, not only on the rows: the same rows written one statement each
or many to a statement make the same index in other segments.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

VOLATILE = {
    "runs": {"id", "started", "finished", "version"},
    "articles": {"ingested_at", "extractor_version"},
    "facts": {"extractor_version"},
    "schema_version": {"applied_at"},
}


def dump(db_path: str | Path) -> Iterator[str]:
    """The database at `db_path` as lines of SQL, in a stable order."""
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        yield from (f"{sql};" for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"))
        indexes = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' "
            "ORDER BY name")]
        segments = {f"{index}_{part}" for index in indexes for part in ("data", "idx")}
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name") if name not in segments]
        for index in indexes:
            yield from _index_content(conn, index)
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')
                       if row[1] not in VOLATILE.get(table, ())]
            values = " || ',' || ".join(f'quote("{column}")' for column in columns)
            yield f'-- "{table}" ({", ".join(columns)})'
            for (row,) in conn.execute(f'SELECT {values} FROM "{table}" ORDER BY 1'):
                yield f'INSERT INTO "{table}" VALUES({row});'
    finally:
        conn.close()


AVERAGES_ROWID = 1  # FTS5's record of the number of rows and of words per column


def _index_content(conn: sqlite3.Connection, index: str) -> Iterator[str]:
    """The words a full-text index holds (term, row, column, place) and its totals."""
    conn.execute(f'CREATE VIRTUAL TABLE temp."{index}_words" USING fts5vocab(main, "{index}", instance)')
    try:
        yield f'-- "{index}" words (term, doc, col, offset)'
        for (row,) in conn.execute(
                f"SELECT quote(term) || ',' || doc || ',' || quote(col) || ',' || offset "
                f'FROM temp."{index}_words" ORDER BY doc, col, offset, term'):
            yield f"{index} word {row}"
        for (row,) in conn.execute(
                f'SELECT quote(block) FROM "{index}_data" WHERE id = {AVERAGES_ROWID}'):
            yield f"{index} totals {row}"
    finally:
        conn.execute(f'DROP TABLE temp."{index}_words"')
