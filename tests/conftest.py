"""Shared fixtures: the bundled corpus and a fresh database file per test."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"
