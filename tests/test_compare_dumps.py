"""The dumps that tell whether two revisions build the same database (issue 15):
`solieu.store.dump` and bench/compare_dumps.py."""
from __future__ import annotations

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
