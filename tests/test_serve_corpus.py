"""The canned queries on what the real pipeline stores from the bundled corpus (assertions
kept to what any correct extraction gives; exact rows are in test_serve.py)."""
from __future__ import annotations

import pytest

from serving import running_server
from solieu import jobs


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "solieu.db"
    jobs.run(None, path)
    with running_server(path) as running:
        yield running


def test_a_figure_written_2_985_is_found_by_2985(server):
    rows = server.rows("figure_by_number", number="2985")
    assert rows and all("2.985" in row["raw"] and row["raw"] in row["sentence"] for row in rows)
    assert all(row["title"] for row in rows)


def test_an_abbreviated_organization_finds_its_figures(server):
    rows = server.rows("figures_for_organization", org="LĐLĐ Ba Đình")
    assert rows and {row["organization"] for row in rows} == {"Liên đoàn Lao động quận Ba Đình"}
    assert "2.985/2500 đoàn viên" in {row["raw"] for row in rows}


def test_the_runs_of_the_job_are_listed(server):
    assert [row["kind"] for row in server.rows("latest_crawl_runs", kind="extract")] == ["extract"]


def test_unaccented_search_finds_accented_sentences(server):
    texts = [row["sentence_text"] for row in server.rows("search_sentences", q="doan vien")]
    assert any("đoàn viên" in text.lower() for text in texts)
