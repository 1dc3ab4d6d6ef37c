"""Read-only access for the evaluation (`solieu eval`): article bodies and their facts."""
from __future__ import annotations

from typing import Iterator

import sqlite_utils

from solieu.extract.records import FACT_COLUMNS as FACT_FIELDS

FACT_COLUMNS = tuple(name for name in FACT_FIELDS if name != "article_id")


def article_bodies(db: sqlite_utils.Database) -> Iterator[tuple[str, str]]:
    """(id, clean body) of every article, in id order."""
    yield from db.execute("select id, body from articles order by id")


def article_body(db: sqlite_utils.Database, article_id: str) -> str | None:
    row = db.execute("select body from articles where id = ?", [article_id]).fetchone()
    return row[0] if row else None


def facts_of_article(db: sqlite_utils.Database, article_id: str) -> list[dict]:
    """The facts of one article as dicts (Fact field names plus `sentence`, the sentence text)."""
    columns = ", ".join(f'f."{name}"' for name in FACT_COLUMNS)
    sql = (f"select {columns}, s.text as sentence from facts f "
           f"left join sentences s on s.id = f.sentence_id "
           f'where f.article_id = ? order by f."start", f."end"')
    return [dict(row) for row in db.query(sql, [article_id])]
