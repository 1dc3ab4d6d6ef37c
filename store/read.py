"""Read-only access for the evaluation (`solieu eval`): article bodies and their facts."""
from __future__ import annotations

from typing import Iterator

import sqlite_utils

from solieu.extract.records import FACT_COLUMNS as RECORD_COLUMNS

FACT_COLUMNS = tuple(c.name for c in RECORD_COLUMNS
                     if c.name not in ("id", "article_id", "sentence_id"))


def article_bodies(db: sqlite_utils.Database) -> Iterator[tuple[str, str]]:
    """(id, clean body) of every article, in id order."""
    yield from db.execute("select id, body from articles order by id")


def article_body(db: sqlite_utils.Database, article_id: str) -> str | None:
    row = db.execute("select body from articles where id = ?", [article_id]).fetchone()
    return row[0] if row else None


def facts_of_article(db: sqlite_utils.Database, article_id: str) -> list[dict]:
    """The facts of one article as dicts (Fact field names plus `sentence`, the sentence text)."""
    columns = ", ".join(f'"{name}"' for name in FACT_COLUMNS)
    sql = (f"select {columns}, sentence from facts_view "
           f'where article_id = ? order by "start", "end"')
    return [dict(row) for row in db.query(sql, [article_id])]
