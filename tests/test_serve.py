"""`solieu serve` as a reader uses it: the real server on 127.0.0.1, its JSON API and pages."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from solieu import store
from serving import SOLIEU, browser_dom, running_server
from store_samples import BA_DINH, CONTRACT, HA_NOI, SAMPLES, TAY_HO, write_samples

FACT = {f.raw: f for sample in SAMPLES for f in sample.facts}


@pytest.fixture(scope="module")
def served_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "news.db"
    db = store.open_db(path)
    write_samples(db)
    for pages in (3, 7):
        run_id = store.start_run(db, "crawl", "test")
        store.finish_run(db, run_id, {"pages": pages}, [{"source": "x", "message": "timeout"}])
    db.close()
    return path


@pytest.fixture(scope="module")
def server(served_db):
    with running_server(served_db) as running:
        yield running


def raws(rows) -> list[str]:
    return sorted(row["raw"] for row in rows)


@pytest.mark.parametrize("org", ["LĐLĐ Ba Đình", "ldld ba dinh", "LĐLĐ quận Ba Đình", BA_DINH])
def test_figures_for_organization_understands_abbreviations(server, org):
    rows = server.rows("figures_for_organization", org=org)
    assert raws(rows) == ["13/28 CĐCS", "2.107 sáng kiến", "2.985/2500 đoàn viên"]
    assert {row["organization"] for row in rows} == {BA_DINH}
    assert all(row["url"] == "https://laodongthudo.vn/badinh2016.html" for row in rows)


def test_figures_for_organization_keeps_organizations_apart(server):
    assert {r["organization"] for r in server.rows("figures_for_organization", org="LĐLĐ Hà Nội")} \
        == {HA_NOI}
    assert {r["organization"] for r in server.rows("figures_for_organization", org="CĐCS May Tây Hồ")} \
        == {TAY_HO}
    assert server.rows("figures_for_organization", org="") == []


@pytest.mark.parametrize("number, raw", [
    ("2985", "2.985/2500 đoàn viên"), ("2.985", "2.985/2500 đoàn viên"),
    ("2500", "2.985/2500 đoàn viên"), ("83,4 triệu", "83,4 triệu đồng"),
    ("83.400.000", "83,4 triệu đồng"), ("117,78%", "2.107 sáng kiến"),
])
def test_figure_by_number_in_any_written_form(server, number, raw):
    assert raws(server.rows("figure_by_number", number=number)) == [raw]


def test_figure_by_number_without_a_number_finds_nothing(server):
    assert server.rows("figure_by_number", number="không có số") == []


def test_percentages_that_do_not_add_up(server):
    rows = {row["raw"]: row for row in server.rows("percentages_that_do_not_add_up")}
    assert set(rows) == {"13/28 CĐCS", "7.261.045351đ/2.900.000.000đ"}
    assert rows["13/28 CĐCS"]["consistency"] == "inconsistent"
    assert rows["13/28 CĐCS"]["computed_percent"] == 46.43
    assert rows["7.261.045351đ/2.900.000.000đ"]["consistency"] == "malformed"


@pytest.mark.parametrize("term", ["2023-2028", "2023 - 2028", "2023 – 2028", ""])
def test_targets_of_a_term(server, term):
    rows = server.rows("targets_of_a_term", term=term)
    assert raws(rows) == ["500 đoàn viên", "70%"]
    assert {(row["term"], row["organization"]) for row in rows} == {("2023-2028", TAY_HO)}


def test_latest_crawl_runs_newest_first(server):
    rows = server.rows("latest_crawl_runs", kind="")
    assert [row["counts"] for row in rows] == ['{"pages": 7}', '{"pages": 3}']
    assert all(row["kind"] == "crawl" and row["error_count"] == 1 for row in rows)
    assert len(server.rows("latest_crawl_runs", kind="ingest")) == 0


@pytest.mark.parametrize("query", ["doan vien", "Đoàn viên", "ĐOÀN VIÊN"])
def test_search_sentences_ignores_accents(server, query):
    texts = [row["sentence_text"] for row in server.rows("search_sentences", q=query)]
    assert any("Đoàn viên" in text for text in texts)
    assert any("2.985/2500 đoàn viên" in text for text in texts)


@pytest.mark.parametrize("query", ["117,78", '"117,78', "", "AND OR (", "*"])
def test_searches_never_end_in_a_syntax_error(server, query):
    server.rows("search_sentences", q=query)
    server.rows("sentences", _search=query)
    server.rows("articles", _search=query)


def test_table_search_finds_decimal_figures_and_unaccented_words(server):
    assert [r["text"] for r in server.rows("sentences", _search="117,78")] \
        == ["Toàn quận có 2.107 sáng kiến được cập nhật (đạt 117,78%)."]
    assert {r["id"] for r in server.rows("articles", _search="doan vien")} \
        == {"badinh2016", "nhiemky2023"}


@pytest.mark.parametrize("table", ["facts", "facts_view"])
def test_facts_are_faceted(server, table):
    facets = server.json(f"{server.database}/{table}.json")["facet_results"]
    assert {"organization", "unit", "status", "period"} <= set(facets)
    statuses = {r["value"]: r["count"] for r in facets["status"]["results"]}
    assert statuses == {"actual": 5, "target": 2}


def test_metadata_credits_the_source_and_describes_every_column(server):
    metadata = server.json("-/metadata.json")
    # each article's own outlet is credited, not one newspaper for all (issue 13)
    assert "mỗi bài" in metadata["source"] and "each article" in metadata["source"]
    assert "tờ báo đã đăng bài" in metadata["license"]
    tables = metadata["databases"][server.database]["tables"]
    for table, columns in {**CONTRACT, "facts_view": CONTRACT["facts"]}.items():
        assert " · " in tables[table]["description"], table  # Vietnamese · English
        for column in columns:
            assert " · " in tables[table]["columns"][column], (table, column)


def test_a_fact_page_highlights_the_figure_and_links_the_article(server):
    fact = FACT["2.985/2500 đoàn viên"]
    status, html = server.get(f"{server.database}/facts/{tilde_encode(fact.id)}")
    assert status == 200
    assert "<mark>2.985/2500 đoàn viên</mark>" in html
    assert 'href="https://laodongthudo.vn/badinh2016.html"' in html


def test_query_results_highlight_the_figure_in_its_sentence(server):
    status, html = server.get(f"{server.database}/figure_by_number", number="83,4 triệu")
    assert status == 200
    assert "hỗ trợ <mark>83,4 triệu đồng</mark> cho người lao động" in html


def test_the_database_is_served_read_only(server, served_db):
    status, body = server.get(f"{server.database}.json",
                              sql="insert into runs (kind) values ('sneaky')")
    assert status != 200 or "error" in body.lower()
    assert store.open_db(served_db).execute(
        "select count(*) from runs where kind = 'sneaky'").fetchone()[0] == 0
    databases = server.json("-/databases.json")
    assert [d["is_mutable"] for d in databases if d["name"] == server.database] == [True]


def test_immutable_snapshot_shows_what_was_in_the_wal(tmp_path):
    path = tmp_path / "snapshot.db"
    writer = store.open_db(path)  # kept open: the last articles stay in the WAL
    write_samples(writer)
    with running_server(path, "--immutable") as snapshot:
        assert [d["is_mutable"] for d in snapshot.json("-/databases.json")
                if d["name"] == "snapshot"] == [False]
        assert len(snapshot.rows("facts_view")) == sum(len(s.facts) for s in SAMPLES)


def test_serving_a_missing_file_says_how_to_build_it(tmp_path):
    result = subprocess.run([SOLIEU, "serve", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "no database at" in result.stderr and "solieu run --db" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_the_browser_shows_the_figure_highlighted_on_the_fact_page(server, chromium, tmp_path):
    fact = FACT["2.985/2500 đoàn viên"]
    dom = browser_dom(chromium, server.url(f"{server.database}/facts/{tilde_encode(fact.id)}"),
                      tmp_path / "profile")
    assert "LĐLĐ quận kết nạp được <mark>2.985/2500 đoàn viên</mark> (đạt 119%" in dom
    assert '<a class="solieu-source" href="https://laodongthudo.vn/badinh2016.html">' in dom


def test_facts_in_query_results_link_to_their_fact_page(server):
    fact = FACT["83,4 triệu đồng"]
    _, html = server.get(f"{server.database}/figure_by_number", number="83400000")
    assert f'<a href="/{server.database}/facts/{tilde_encode(fact.id)}">{fact.id}</a>' in html
    _, html = server.get(f"{server.database}/facts_view")
    assert f'href="/{server.database}/facts/{tilde_encode(fact.id)}"' in html
