"""SQLite storage through sqlite-utils: the schema, every SQL statement, transactions."""
from solieu.store.db import (  # noqa: F401
    articles_to_extract,
    NoDatabase,
    ShorterThanStored,
    StoreError,
    finish_run,
    open_db,
    open_existing,
    replace_extraction,
    replace_extractions,
    start_run,
    totals,
    transaction,
    upsert_article,
    upsert_articles,
)
