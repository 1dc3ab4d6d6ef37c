"""`solieu serve`: datasette over the database, read-only, with the project's metadata
(store/metadata.yml) and plugin (store/datasette_plugin.py, registered as an entry point).

Read-only, not immutable, by default: a crawl or an extraction may be writing the file while
it is served, and datasette's immutable mode assumes the file never changes (it skips locking
and would not see what is still in the WAL). WAL lets datasette read committed articles while
one process writes. ``immutable=True`` is for a finished snapshot: the WAL is checkpointed
first, and datasette then counts rows once and lets browsers cache pages.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import uvicorn
import yaml
from datasette.app import Datasette

from solieu.extract.records import FACT_COLUMNS
from solieu.store.db import open_existing
from solieu.store.queries import CANNED_SQL

METADATA = Path(__file__).with_name("metadata.yml")
# The desk's pages (store/desk_pages.py) and datasette templates the project replaces.
TEMPLATES = Path(__file__).with_name("templates")
# The useful facets are set in the metadata; suggesting others costs one query per column on
# every table page (most of the page time on 100 000 facts).
SETTINGS = {"suggest_facets": False, "facet_time_limit_ms": 1000, "sql_time_limit_ms": 3000}


def database_name(db_path: str | Path) -> str:
    """The name datasette gives the database, as in its URLs: the file name without suffix."""
    return Path(db_path).stem


def metadata_for(db_path: str | Path) -> dict:
    """The project's metadata, its database block filed under the served database's name,
    with what the code defines: the facts' column descriptions (the record's) and the
    canned queries' SQL (store/queries.py, the statements `solieu audit` runs too)."""
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    database = metadata.pop("database")
    tables = database["tables"]
    fact_columns = {column.name: column.doc for column in FACT_COLUMNS}
    tables["facts"]["columns"] = fact_columns
    tables["facts_view"]["columns"] = {**fact_columns, **tables["facts_view"]["columns"]}
    for name, query in database["queries"].items():
        query["sql"] = CANNED_SQL[name]
    metadata["databases"] = {database_name(db_path): database}
    return metadata


def prepare(db_path: str | Path, immutable: bool = False) -> Path:
    """Check the file exists, bring its schema up to date, and checkpoint for immutable use."""
    path = Path(db_path)
    db = open_existing(path)
    if immutable:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def make_datasette(db_path: str | Path, immutable: bool = False) -> Datasette:
    path = str(prepare(db_path, immutable))
    return Datasette(
        [] if immutable else [path],
        immutables=[path] if immutable else [],
        metadata=metadata_for(path),
        settings=SETTINGS,
        template_dir=str(TEMPLATES),
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          immutable: bool = False) -> None:
    """Serve `db_path` until interrupted (blocks)."""
    datasette = make_datasette(db_path, immutable)
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on")
