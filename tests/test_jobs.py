"""The pipeline wiring (solieu.jobs) through its Python API, on the bundled corpus."""
from __future__ import annotations

import solieu.extract.facts.pipeline
from solieu import store
from solieu import jobs


def test_an_article_the_extractor_fails_on_does_not_stop_the_batch(corpus_files, db_path, monkeypatch):
    db = store.open_db(db_path)
    jobs.ingest(db, corpus_files)
    real = solieu.extract.facts.pipeline.extract_article
    doomed = sorted(row["id"] for row in db.query("select id from articles"))[0]

    def failing_on_one(article):
        if article.id == doomed:
            raise ValueError("extractor bug")
        return real(article)

    monkeypatch.setattr(jobs, "extract_article", failing_on_one)
    report = jobs.extract(db)
    assert report.counts["articles"] == 4
    assert report.errors == [{"source": doomed, "kind": "error", "message": "ValueError: extractor bug"}]
    assert db.execute("select count(*) from facts where article_id = ?", [doomed]).fetchone()[0] == 0

    monkeypatch.setattr(jobs, "extract_article", real)
    again = jobs.extract(db)
    assert again.counts["articles"] == 1  # only the one that failed is pending
    assert db.execute("select count(*) from facts where article_id = ?", [doomed]).fetchone()[0] > 0


def test_the_summary_line_counts_what_the_database_holds(corpus_files, db_path):
    ingested, extracted, summary = jobs.run(corpus_files, db_path)
    assert ingested.counts["new"] == 5
    assert summary.articles == 5 and summary.facts == extracted.counts["facts"]
    assert summary.line().startswith("5 articles, ")
    assert "1 malformed figure" in summary.line()  # 7.261.045351đ, and only it


def dump(db, table: str) -> list[tuple]:
    return db.execute(f"select * from {table} order by id").fetchall()


def test_two_processes_give_the_same_database_as_one(corpus_files, tmp_path):
    one, two = store.open_db(tmp_path / "one.db"), store.open_db(tmp_path / "two.db")
    for db in (one, two):
        jobs.ingest(db, corpus_files)
    assert jobs.extract(one, jobs=1).counts == jobs.extract(two, jobs=2).counts
    for table in ("sentences", "facts", "organizations"):
        assert dump(one, table) == dump(two, table)


def test_pending_articles_are_read_one_at_a_time_without_their_raw_page(corpus_files, db_path):
    db = store.open_db(db_path)
    jobs.ingest(db, corpus_files)
    pending = store.articles_to_extract(db, "test")
    assert len(pending) == 5
    first = next(iter(pending))
    assert first.raw is None and first.body and first.content_hash
