"""The dumps that tell whether two revisions build the same database (issue 15):
`solieu.store.dump` and bench/compare_dumps.py."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from solieu import store
from solieu.store.dump import dump
from store_samples import make_sample

ROOT = Path(__file__).resolve().parents[1]


def build(path: Path, value: float = 2985) -> list[str]:
    db = store.open_db(path)
    sample = make_sample("a1", "Tiêu đề", "2024-01-20T09:30:00+07:00", ["Có 2.985 đoàn viên."],
                         [dict(sentence=1, raw="2.985 đoàn viên", value=value, unit="đoàn viên")])
    store.upsert_article(db, sample.article)
    run = store.start_run(db, "extract", "some version")
    store.replace_extraction(db, sample.article, sample.sentences, sample.facts, "0.0.1")
    store.finish_run(db, run, {"facts": len(sample.facts)}, [])
    db.close()
    return list(dump(path))


def test_a_dump_leaves_out_run_ids_times_and_versions(tmp_path):
    first = build(tmp_path / "a.db")
    db = store.open_db(tmp_path / "b.db")
    store.start_run(db, "crawl", "other")  # one more run: the ids of the next ones move
    db.close()
    second = build(tmp_path / "b.db")
    assert [line for line in second if "'crawl'" not in line] == first
    assert any(line.startswith('INSERT INTO "facts" VALUES(') for line in first)
    assert any(line.startswith('CREATE VIEW facts_view') for line in first)
    assert not any("0.0.1" in line or "some version" in line for line in first)


def test_a_dump_shows_a_changed_value(tmp_path):
    assert build(tmp_path / "a.db") != build(tmp_path / "b.db", value=2986)


@pytest.mark.slow
def test_compare_dumps_runs_two_revisions_on_the_corpus():
    """HEAD against the working tree on the bundled corpus (no change in CI's fresh clone:
    the point is that the script builds and compares; bench/README.md has a real comparison)."""
    result = subprocess.run([sys.executable, "bench/compare_dumps.py", "--base", "HEAD",
                             "corpus"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert result.stdout.startswith("corpus: "), result.stdout


def _sentences(path: Path, texts: list[str], one_statement: bool) -> list[str]:
    """A database whose sentences are `texts`, written in one statement or one per row."""
    db = store.open_db(path)
    sample = make_sample("a1", "Tiêu đề", "2024-01-20", texts, [])
    store.upsert_article(db, sample.article)
    rows = [s.to_row() for s in sample.sentences]
    with store.transaction(db):
        if one_statement:
            store.db._upsert_rows(db, "sentences", rows)
        else:
            for row in rows:
                store.db._upsert_rows(db, "sentences", [row])
    db.close()
    return list(dump(path))


def test_a_dump_shows_what_a_full_text_index_holds_not_its_segments(tmp_path):
    texts = ["Có 2.985 đoàn viên.", "Công đoàn quận Ba Đình.", "Đoàn viên mới."]
    one = _sentences(tmp_path / "one.db", texts, one_statement=True)
    each = _sentences(tmp_path / "each.db", texts, one_statement=False)
    segments = "SELECT count(*) FROM sentences_fts_data"
    assert [sqlite3.connect(tmp_path / name).execute(segments).fetchone()[0]
            for name in ("one.db", "each.db")] != [0, 0]
    assert sqlite3.connect(tmp_path / "one.db").execute(segments).fetchone() != \
        sqlite3.connect(tmp_path / "each.db").execute(segments).fetchone()  # other segments
    assert one == each  # the same words in the same rows
    assert "sentences_fts word 'ba',3,'text',3" in one  # row 3, its 4th word
    other = _sentences(tmp_path / "other.db", texts[:2] + ["Đoàn viên cũ."], one_statement=True)
    assert [line for line in other if line.startswith("sentences_fts word")] != \
        [line for line in one if line.startswith("sentences_fts word")]
