"""The folders install under one name (issue 15): crawler/, extract/ and store/ are
solieu.crawler, solieu.extract and solieu.store, so nothing generic lands in site-packages, and
the code imports them by that name only (an `import store` would work from the repository's
root and fail once installed)."""
from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [p for folder in ("solieu", "extract", "store", "crawler", "tests", "bench")
           for p in (ROOT / folder).rglob("*.py")]
OLD_NAME = re.compile(r"^\s*(?:from|import)\s+(?:extract|store|crawler)\b", re.MULTILINE)


def test_only_the_solieu_name_is_installed():
    distribution = importlib.metadata.distribution("solieu")
    assert distribution.read_text("top_level.txt").split() == ["solieu"]
    plugin = [e for e in distribution.entry_points if e.group == "datasette"]
    assert [e.value for e in plugin] == ["solieu.store.datasette_plugin"]


def test_the_stages_are_importable_under_the_solieu_name():
    from solieu.extract.article import clean
    from solieu.extract.facts import pipeline
    from solieu.crawler import settings
    from solieu import store

    assert Path(clean.__file__).parent == ROOT / "extract" / "article"
    assert Path(pipeline.__file__).parent == ROOT / "extract" / "facts"
    assert settings.ITEM_PIPELINES and all(k.startswith("solieu.crawler.") for k in settings.ITEM_PIPELINES)
    assert Path(store.__file__).parent == ROOT / "store"


def test_no_source_imports_a_folder_by_its_bare_name():
    offenders = [f"{p.relative_to(ROOT)}: {m.group(0).strip()}"
                 for p in SOURCES for m in OLD_NAME.finditer(p.read_text(encoding="utf-8"))]
    assert offenders == []
