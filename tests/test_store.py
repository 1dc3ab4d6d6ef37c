"""The store on real SQLite files: schema contract, search, atomic re-extraction,
idempotence, migrations from the first release."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from solieu import store
from solieu.extract.records import Fact
from solieu import jobs
from solieu.store import migrations, queries
from solieu.store.db import StoreError
from store_samples import (BA_DINH, CONTRACT, SAMPLES, SENTENCES_PER_ARTICLE, VERSION,
                           write_samples)

TESTS = Path(__file__).resolve().parent



@pytest.fixture
def db(db_path):
    database = store.open_db(db_path)
    write_samples(database)
    return database


def fts_rowids(db, table: str, query: str) -> list[int]:
    return [r[0] for r in db.execute(
        f"select rowid from {table}_fts where {table}_fts match ? order by rowid", [query])]


def test_schema_has_the_public_columns_and_a_version(db):
    for table, columns in CONTRACT.items():
        assert set(columns) <= set(db[table].columns_dict), table
    assert migrations.current_version(db) == migrations.LATEST
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(db):
    orphan = replace(SAMPLES[0].facts[0], article_id="missing")
    with pytest.raises(sqlite3.IntegrityError):
        db["facts"].insert(orphan.to_row())


def test_queries_use_indexes(db):
    def plan(sql: str) -> str:
        return " ".join(r[3] for r in db.execute("explain query plan " + sql))

    assert "USING INDEX" in plan("select * from facts where organization = 'x'")
    assert "USING INDEX" in plan("select * from facts where value between 1 and 2")
    assert "USING INDEX" in plan("select * from facts where status = 'target' and term = 'x'")
    assert "USING INDEX" in plan("select * from facts where consistency = 'inconsistent'")


def test_the_audit_reads_facts_through_its_indexes_only(db):
    """No full scan of facts, sentences or articles: only the facts with a problem are read,
    so the audit's cost does not grow with the archive (bench/store_serve.py times it)."""
    steps = [r[3] for r in db.execute("explain query plan " + queries.AUDIT_SQL)]
    reads = [s for s in steps if s.startswith(("SCAN", "SEARCH"))
             and s.split()[1] in ("facts", "f", "s", "a")]
    assert reads and not [s for s in reads if s.startswith("SCAN") and "USING INDEX" not in s]
    for index in ("idx_facts_malformed", "idx_facts_inconsistent", "idx_facts_exact"):
        assert any(index in s for s in reads), (index, steps)


def test_targets_of_a_term_pages_sort_only_the_blocks_they_show(db_path):
    """The page's targets are read through idx_facts_targets in the order they are listed
    (term, organization), so only the blocks a page shows are sorted by their articles' dates
    (at 10 000 articles 60-90 ms -> 25-35 ms a page, bench/README.md, issue 16); every page
    holds the rows of sorting every target, newest article first within an organization."""
    from solieu.store.datasette_plugin import prepare_connection
    from store_samples import make_sample

    db = store.open_db(db_path)
    terms = ["2023-2028", "2025-2030", None]
    write_samples(db, (make_sample(
        f"target{n:03d}", f"Bài {n}", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T08:00:00+07:00",
        ["Phấn đấu kết nạp 500 đoàn viên và 70% công đoàn cơ sở đạt vững mạnh."],
        [dict(sentence=1, raw=raw, value=value, status="target", organization=f"Công đoàn {n % 7}",
              term=terms[n % 3], period=None if n % 3 < 2 else "2023-2028")
         for raw, value in (("500 đoàn viên", 500.0), ("70%", 70.0))]) for n in range(240)))
    prepare_connection(db.conn)
    sql = queries.CANNED_SQL["targets_of_a_term"]
    every_target_sorted = """
        select f.id from facts_view f
        where f.status = 'target' and (:term = '' or instr(f.term, :term) > 0
                                       or (f.term is null and f.period = :term))
        order by f.term, f.organization, f.published desc, f.article_id, f.start, f.id"""
    for term in ("2023-2028", ""):
        expected = [r[0] for r in db.execute(every_target_sorted, {"term": term})]
        pages = [[r[0] for r in db.execute(sql, {"term": term, "trang": str(page)})]
                 for page in range(1, 6)]
        assert sum(pages, []) == expected and len(expected) > 2 * queries.PAGE_ROWS, term
    steps = [r[3] for r in db.execute("explain query plan " + sql, {"term": "", "trang": ""})]
    assert any("idx_facts_targets" in s for s in steps), steps
    assert "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" in steps, steps


@pytest.mark.parametrize("query", ['"doan" "vien"', '"doan vien"', '"Đoàn" "viên"', '"ĐOÀN VIÊN"'])
def test_search_ignores_accents_and_folds_d(db, query):
    hits = db.execute(
        "select s.text from sentences_fts join sentences s on s.rowid = sentences_fts.rowid "
        "where sentences_fts match ?", [query]).fetchall()
    assert any("Đoàn viên" in text for (text,) in hits)
    assert any("đoàn viên" in text for (text,) in hits)
    articles = db.execute("select id from articles where rowid in "
                          "(select rowid from articles_fts where articles_fts match ?) order by id",
                          [query]).fetchall()
    assert articles == [("badinh2016",), ("nhiemky2023",)]


def test_search_finds_a_decimal_figure(db):
    (text,) = db.execute(
        "select s.text from sentences s where s.rowid in "
        "(select rowid from sentences_fts where sentences_fts match ?)", ['"117,78"']).fetchone()
    assert "117,78%" in text


def test_search_index_follows_changes(db):
    sample = SAMPLES[0]
    changed = replace(sample.sentences[2], text="Quận đã thành lập mới công đoàn.")
    store.replace_extraction(db, sample.article, sample.sentences[:2] + [changed], [], VERSION)
    assert fts_rowids(db, "sentences", '"thanh lap moi"')
    assert not fts_rowids(db, "sentences", '"13/28"')
    db.execute("insert into sentences_fts(sentences_fts, rank) values ('integrity-check', 0)")


def test_facts_view_reads_without_joins(db):
    row = db.execute(
        "select raw, sentence, sentence_start, start, title, url, published from facts_view "
        "where id = ?", [SAMPLES[0].facts[0].id]).fetchone()
    raw, sentence, sentence_start, start, title, url, published = row
    assert sentence[start - sentence_start:].startswith(raw) and raw == "2.985/2500 đoàn viên"
    assert title == SAMPLES[0].article.title
    assert url == "https://laodongthudo.vn/badinh2016.html"
    assert published == "2017-01-05T08:00:00+07:00"


def test_facts_view_is_the_join_of_each_fact_with_its_sentence_and_article(db):
    view = db.execute("select * from facts_view order by id").fetchall()
    joined = db.execute(f"select * from {migrations.FACTS_JOINED} f order by id").fetchall()
    assert view == joined and len(view) == sum(len(s.facts) for s in SAMPLES)
    assert [row[1] for row in db.execute('PRAGMA table_info("facts_view")')] == \
        [d[0] for d in db.execute(f"select * from {migrations.FACTS_JOINED} f limit 0").description]


# What datasette runs on the facts_view page (datasette/views/table.py and facets.py, 0.65):
# the row count and one count per facet of the metadata.
DATASETTE_COUNT = "select count(*) from facts_view"
DATASETTE_FACET = """select {column} as value, count(*) as count from (select * from facts_view)
where {column} is not null group by {column} order by count desc, value limit 31"""


@pytest.mark.parametrize("sql", [DATASETTE_COUNT] + [
    DATASETTE_FACET.format(column=c) for c in ("organization", "unit", "status", "period")])
def test_counts_and_facets_over_facts_view_read_the_facts_table_alone(db, sql):
    """At 120 000 facts a count that joins every fact to its sentence and article takes
    100-350 ms; on the facts table's indexes ~10 ms (bench/README.md, issue 16)."""
    plan = " ; ".join(row[-1] for row in db.execute(f"explain query plan {sql}"))
    assert "sentences" not in plan and "articles" not in plan and " s " not in f" {plan} ", plan
    assert "SUBQUERY" not in plan, plan
    facts_sql = sql.replace("facts_view", "facts")
    assert db.execute(sql).fetchall() == db.execute(facts_sql).fetchall()


def test_organizations_come_from_facts_with_aliases(db):
    row = db.execute("select id, aliases from organizations where name = ?", [BA_DINH]).fetchone()
    assert row is not None and "LĐLĐ Ba Đình" in json.loads(row[1])
    names = {r[0] for r in db.execute("select name from organizations")}
    assert names == {f.organization for s in SAMPLES for f in s.facts}


def test_organizations_no_fact_names_are_removed(db):
    sample = SAMPLES[2]
    store.replace_extraction(db, sample.article, sample.sentences, [], VERSION)
    assert not db.execute("select 1 from organizations where name = ?",
                          [sample.facts[0].organization]).fetchone()


def test_a_failed_re_extraction_keeps_the_previous_one(db):
    sample = SAMPLES[0]
    before = list(db.conn.iterdump())
    broken = Fact(article_id=sample.article.id, sentence_idx=99, raw="x", start=0, end=1, value=1)
    with pytest.raises(sqlite3.IntegrityError):
        store.replace_extraction(db, sample.article, sample.sentences[:1],
                                 sample.facts[:1] + [broken], VERSION)
    assert list(db.conn.iterdump()) == before


def test_vietnamese_text_round_trips_byte_exact(db):
    sample = SAMPLES[0]
    stored = db["articles"].get(sample.article.id)
    assert stored["body"].encode() == sample.article.body.encode()
    assert [r["text"] for r in db.query(
        "select text from sentences where article_id = ? order by idx", [sample.article.id])] \
        == [s.text for s in sample.sentences]


def dump_without_runs(db) -> list[str]:
    """The whole database as SQL, less the runs log, which records every run by design."""
    return [line for line in db.conn.iterdump() if not line.startswith('INSERT INTO "runs"')]


def test_running_the_job_twice_gives_the_same_database(db_path, corpus_files):
    jobs.run([str(p) for p in corpus_files], db_path)
    db = store.open_db(db_path)
    once = dump_without_runs(db)
    jobs.run([str(p) for p in corpus_files], db_path)
    assert dump_without_runs(db) == once
    jobs.extract(db, everything=True)
    jobs.extract(db, everything=True)
    assert dump_without_runs(db) == once
    assert db.execute("select count(*) from runs").fetchone()[0] == 6


def test_writing_the_same_extraction_again_changes_nothing(db):
    before = list(db.conn.iterdump())
    write_samples(db)
    assert list(db.conn.iterdump()) == before


def create_first_release_db(path) -> None:
    """A database as solieu 0.1.0 wrote it: no schema_version, no search, no view."""
    conn = sqlite3.connect(path)
    conn.executescript(migrations.V1_TABLES)
    conn.executescript("""
        insert into articles (id, title, body, content_hash, extracted_hash, extractor_version)
            values ('old1', 'Đoàn viên mới', 'Đoàn viên mới
Kết nạp 2.985 đoàn viên.', 'h1', 'h1', '0.1.0');
        insert into sentences values ('old1:1', 'old1', 1, 'Kết nạp 2.985 đoàn viên.', 14, 38);
        insert into facts (id, article_id, sentence_id, organization, value, raw, start, "end")
            values ('old1:22-27', 'old1', 'old1:1', 'Liên đoàn Lao động quận Ba Đình', 2985,
                    '2.985', 22, 27);
        insert into runs (kind, started, finished, version, counts, errors)
            values ('extract', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:01+00:00',
                    '0.1.0', '{}', '[]');
    """)
    conn.commit()
    conn.close()


def test_a_first_release_database_is_upgraded(db_path):
    create_first_release_db(db_path)
    db = store.open_db(db_path)
    assert [r[0] for r in db.execute("select version from schema_version order by 1")] \
        == [n for n, _, _ in migrations.MIGRATIONS]
    assert fts_rowids(db, "sentences", '"doan vien"') == [1]
    assert fts_rowids(db, "articles", '"doan vien"') == [1]
    assert db.execute("select sentence from facts_view").fetchone()[0] == "Kết nạp 2.985 đoàn viên."
    assert "LĐLĐ Ba Đình" in json.loads(db.execute("select aliases from organizations").fetchone()[0])
    assert db.execute("select count(*) from runs").fetchone()[0] == 1
    reopened = store.open_db(db_path)  # nothing left to do the second time
    assert migrations.current_version(reopened) == migrations.LATEST


def test_a_database_from_a_newer_release_is_refused(db_path):
    store.open_db(db_path).execute(
        "insert into schema_version (version, name) values (?, 'future')", [migrations.LATEST + 1])
    with pytest.raises(StoreError, match=str(db_path)) as error:
        store.open_db(db_path)
    assert "newer" in str(error.value)


def test_a_file_that_is_not_a_database_is_named(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Đây không phải là cơ sở dữ liệu. " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        store.open_db(path)
    assert path.read_text().startswith("Đây không phải")


def test_two_writing_processes_wait_for_each_other(db_path):
    store.open_db(db_path).close()
    script = "import sys; from store_samples import write_many; write_many(sys.argv[1], 120, 1)"
    writers = [subprocess.Popen([sys.executable, "-c", script, str(db_path)], cwd=TESTS,
                                stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for writer in writers:
        assert writer.wait(timeout=300) == 0, writer.stderr.read()
    db = store.open_db(db_path)
    assert db.execute("select count(*) from articles").fetchone()[0] == 120
    assert db.execute("select count(*) from sentences").fetchone()[0] == 120 * SENTENCES_PER_ARTICLE


def test_sentence_search_keeps_the_best_500_with_ties_broken_by_date(db_path):
    """The canned query ranks inside the full-text index before joining; the 500 rows must
    be those of ranking every match (rank, newest first, article, sentence), even when the
    500th is tied with many others, as copies of one sentence in many articles are, as long
    as there are at most 10 000 matches (past that, the 10 000 stored last are ranked)."""
    from solieu.store.datasette_plugin import prepare_connection
    from store_samples import make_sample

    db = store.open_db(db_path)
    write_samples(db, (make_sample(
        f"tie{n:03d}", f"Bài {n}", f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T08:00:00+07:00",
        ["Đoàn viên mới.", "Năm nay công đoàn quận kết nạp thêm nhiều đoàn viên mới.",
         "Không liên quan."], [dict(sentence=1, raw="mới", value=1.0)]) for n in range(260)))
    sql = queries.CANNED_SQL["search_sentences"]
    every_match_ranked = """
        select s.id as sentence_id, s.text as sentence_text, a.title, a.url, a.published,
               (select count(*) from facts where facts.sentence_id = s.id) as facts
        from sentences_fts
        join sentences s on s.rowid = sentences_fts.rowid
        join articles a on a.id = s.article_id
        where sentences_fts match escape_fts(:q)
        order by sentences_fts.rank, a.published desc, s.article_id, s.idx
        limit 500"""
    conn = sqlite3.connect(db_path)
    prepare_connection(conn)
    for query in ["doan vien", "Đoàn viên mới", "kết nạp", "117,78", ""]:
        rows = conn.execute(sql, {"q": query}).fetchall()
        assert rows == conn.execute(every_match_ranked, {"q": query}).fetchall(), query
    assert len(conn.execute(sql, {"q": "doan vien"}).fetchall()) == 500
    # Past 10 000 matches only the 10 000 stored last are ranked: here, past 300 of the 520
    # matches, the 300 stored last (the articles written last hold the highest rowids).
    assert "offset 9999" in sql
    bounded = conn.execute(sql.replace("offset 9999", "offset 299"), {"q": "doan vien"}).fetchall()
    newest = """select s.id from sentences_fts join sentences s on s.rowid = sentences_fts.rowid
                where sentences_fts match escape_fts(:q) order by sentences_fts.rowid desc limit 300"""
    assert len(bounded) == 300
    assert {r[0] for r in bounded} == {r[0] for r in conn.execute(newest, {"q": "doan vien"})}


def test_a_batch_of_articles_stores_what_one_call_per_article_stores(tmp_path):
    from solieu.store.dump import dump
    from store_samples import make_sample

    long = make_sample("a1", "Tiêu đề", "2024-01-20", ["Có 2.985 đoàn viên. " * 20], []).article
    changed = replace(long, body=long.body + " Thêm.", content_hash="changed")
    other = make_sample("a2", "Khác", "2024-01-21", ["Có 12 CĐCS mới. " * 20], []).article
    short = replace(other, body="Cụt.", content_hash="short")
    batch = [long, other, changed, short, changed]
    one_by_one = store.open_db(tmp_path / "one.db")
    with store.transaction(one_by_one):
        expected = []
        for article in batch:
            try:
                expected.append(store.upsert_article(one_by_one, article))
            except store.ShorterThanStored as refused:
                expected.append(refused.kind)
    together = store.open_db(tmp_path / "batch.db")
    outcomes = store.upsert_articles(together, batch)
    assert [getattr(o, "kind", o) for o in outcomes] == expected == [
        "new", "new", "updated", "shorter_than_stored", "unchanged"]
    one_by_one.close()
    together.close()
    assert list(dump(tmp_path / "one.db")) == list(dump(tmp_path / "batch.db"))


def test_batches_of_any_size_are_written_by_a_few_statement_shapes(db_path):
    # Each distinct multi-row INSERT is compiled and kept in the connection's statement cache;
    # one shape per batch length made memory grow with the run (issue 16: ~60 KB per article)
    from store_samples import make_sample

    database = store.open_db(db_path)
    executed = []
    database.conn.set_trace_callback(executed.append)
    for n in range(1, 80):
        sample = make_sample(f"a{n:03d}", f"Bài {n}", "2024-01-01T08:00:00+07:00",
                             [f"Câu thứ {i} có {i} đoàn viên." for i in range(1, n + 1)], [])
        store.upsert_article(database, sample.article)
        store.replace_extractions(database, [(sample.article, sample.sentences, sample.facts)], VERSION)
    # (the trace shows each statement with its values: its shape is how many rows it writes)
    shapes = {sql.count("), ('") + 1 for sql in executed if sql.startswith('INSERT INTO "sentences"')}
    assert database.execute("select count(*) from sentences").fetchone()[0] == sum(n + 1 for n in range(1, 80))
    assert shapes <= {1, 2, 4, 8, 16, 32, 64}


def test_power_of_two_chunks_keep_the_rows_in_order():
    from solieu.store.db import power_of_two_chunks

    for n in range(0, 300):
        rows = list(range(n))
        chunks = list(power_of_two_chunks(rows, 100))
        assert [r for c in chunks for r in c] == rows
        assert all(len(c) in (1, 2, 4, 8, 16, 32, 64) for c in chunks)
