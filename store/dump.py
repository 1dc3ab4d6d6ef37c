"""A stable text dump of a database, to compare two builds of the same input
(`bench/compare_dumps.py`): the schema as SQLite keeps it (its SQL text, so a reworded
statement shows), then every table's rows as SQL INSERT lines, ordered by their values.

Left out, because they differ from one run to the next by nature: the runs' ids and times, the
software and extractor versions, when an article was stored and when a schema step was applied.
The full-text indexes' tables are dumped too (their content follows from the rows and the order
they were written in).
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
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')
                       if row[1] not in VOLATILE.get(table, ())]
            values = " || ',' || ".join(f'quote("{column}")' for column in columns)
            yield f'-- "{table}" ({", ".join(columns)})'
            for (row,) in conn.execute(f'SELECT {values} FROM "{table}" ORDER BY 1'):
                yield f'INSERT INTO "{table}" VALUES({row});'
    finally:
        conn.close()
