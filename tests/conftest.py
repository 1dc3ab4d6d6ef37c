"""Shared fixtures: the bundled corpus and a fresh database file per test."""
from __future__ import annotations

import os
import subprocess
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


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, installed from the distribution's packages when missing (CI runs
    as root on a fresh machine). A failed install fails the test: it must not skip."""
    if not CHROMIUM.exists():
        install = subprocess.run(
            "apt-get update && apt-get install -y chromium",
            shell=True, capture_output=True, text=True, timeout=900,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        if install.returncode != 0 or not CHROMIUM.exists():
            pytest.fail(f"could not install Chromium with apt-get (exit {install.returncode}):\n"
                        f"{install.stdout[-2000:]}\n{install.stderr[-2000:]}")
    return CHROMIUM
