"""The installed `solieu` command, run as a user runs it: a subprocess."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from commands import solieu


def content(db_path) -> list[str]:
    """Every table's rows except the run log, whose timestamps differ by design."""
    conn = sqlite3.connect(db_path)
    lines = [line for line in conn.iterdump() if not line.startswith('INSERT INTO "runs"')]
    conn.close()
    return lines


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("run") / "solieu.db"
    first = solieu("run", "--db", db)
    return db, first


def test_run_on_bundled_corpus_builds_database_and_says_how_to_browse(corpus_db):
    db, result = corpus_db
    assert result.returncode == 0, result.stderr
    assert "Done: 5 articles" in result.stdout
    assert f"solieu serve --db {db}" in result.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 5
    assert conn.execute("select count(*) from facts").fetchone()[0] > 0


def test_running_twice_leaves_the_same_database(corpus_db):
    db, _ = corpus_db
    before = content(db)
    again = solieu("run", "--db", db)
    assert again.returncode == 0, again.stderr
    assert "5 unchanged" in again.stdout
    assert content(db) == before


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "solieu", "--version"],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("solieu, version")


@pytest.mark.parametrize(
    "command", ["run", "ingest", "extract", "crawl", "serve", "check", "audit", "eval"])
def test_every_command_has_help(command):
    result = solieu(command, "--help")
    assert result.returncode == 0
    assert "Usage: solieu " + command in result.stdout


def test_bad_usage_exits_2():
    assert solieu("run", "--jobs", "0").returncode == 2
    assert solieu("no-such-command").returncode == 2


def test_extract_names_a_missing_database_instead_of_creating_one(tmp_path):
    missing = tmp_path / "typo.db"
    result = solieu("extract", "--db", missing)
    assert result.returncode == 1
    assert f"no database at {missing}" in result.stderr
    assert not missing.exists()


def test_runtime_error_is_one_line_and_exits_1(tmp_path):
    not_a_db = tmp_path / "garbage.db"
    not_a_db.write_bytes(b"this is not an SQLite file" * 100)
    result = solieu("extract", "--db", not_a_db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("Error:")
    debug = solieu("--debug", "extract", "--db", not_a_db)
    assert "Traceback" in debug.stderr
