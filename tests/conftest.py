"""Shared fixtures: the bundled corpus and a fresh database file per test."""
from __future__ import annotations

from pathlib import Path

import pytest

from commands import solieu

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The database `solieu run` builds from the bundled corpus, built once for every test
    that only reads it."""
    path = tmp_path_factory.mktemp("corpus_db") / "solieu.db"
    built = solieu("run", "--db", path)
    assert built.returncode == 0, built.stderr
    return path
