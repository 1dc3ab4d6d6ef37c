"""The benchmark scripts still run end to end (smallest sizes; no timing is asserted)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_bench(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args, "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_extraction_bench_measures_every_stage_and_both_job_counts(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    for path in sorted((ROOT / "corpus").glob("*.txt"))[:2]:
        (real / path.name).write_bytes(path.read_bytes())
    result = run_bench("extraction.py", "--sizes", "5,10", "--jobs", "1,2", "--floor-seconds", "0.1",
                       "--profile", "--profile-seconds", "0.5", "--rounds", "2",
                       "--corpus-articles", "3", "--realdev", str(real), "--round-seconds", "0.05")
    corpus, realdev = result["interleaved"]
    assert (corpus["source"], corpus["articles"]) == ("corpus", 3)
    assert (realdev["source"], realdev["articles"], realdev["files"]) == ("realdev", 2, str(real))
    for measured in (corpus, realdev):
        assert [row["first"] for row in measured["rounds"]] == ["baseline", "pipeline"]
        assert all(row["facts"] > 0 and row["ratio"] > 0 for row in measured["rounds"])
        # (each round as many passes of each side as give the baseline --round-seconds)
        assert len({row["passes"] for row in measured["rounds"]}) == 1 and measured["rounds"][0]["passes"] >= 1
        assert measured["ratio_min"] <= measured["ratio_median"] <= measured["ratio_max"]
    runs = {(r["n"], r["jobs"]): r for r in result["runs"]}
    assert set(runs) == {(5, 1), (5, 2), (10, 1), (10, 2)}
    for (n, _), r in runs.items():
        assert r["articles"] == n and r["extract_counts"]["articles"] == n
        assert r["ratio"] > 0 and r["peak_rss_mb"]["self"] > 0
    stages = {s["stage"] for s in runs[(10, 1)]["stages"]}
    assert {"clean", "store articles", "extract_article", "store facts", "pipeline"} <= stages
    assert not result["failed"]
    stages = {s["stage"] for s in result["stage_profile"]["stages"]}
    assert "words: segmentation" in stages and "spaCy components" in stages
    assert result["profile"]["tree"][0]["function"].endswith("(extract_article)")
    names = " ".join(v["name"] for v in result["verdicts"])
    for target in ("word_tokenize", "time per article", "speed-up", "peak RSS"):
        assert target in names


def test_crawl_bench_crawls_the_replica_and_parses_the_same_pages():
    result = run_bench("crawl.py", "--repeats", "1")
    crawl, = result["crawls"]
    assert crawl["article_pages"] > 0 and crawl["requests"] > crawl["article_pages"]
    assert crawl["pages_per_s"] > 0 and crawl["fetching_cpu_s"] >= 0
    assert result["parse_pages"] == crawl["article_pages"] and result["parse_ms_per_page"] > 0


def test_store_bench_sizes_the_database_and_times_every_canned_query():
    result = run_bench("store_serve.py", "--articles", "10")
    assert result["counts"]["articles"] == 10 and result["counts"]["facts"] > 0
    assert result["sizes"][0]["object"] == "database file" and result["sizes"][0]["MB"] > 0
    timed = {q["query"]: q for q in result["queries"]}
    assert "figures_for_organization" in timed
    assert "facts table page, 4 facets" in timed and "facts_view page, 4 facets" in timed
    assert timed["figures_for_organization (trang=0: every row)"]["params"].endswith('"trang": "0"}')
    assert any(v["name"].startswith("slowest default HTML page") for v in result["verdicts"])
    desk = {name for name in timed if name.startswith("desk: ")}
    assert {"desk: figures, search", "desk: organization, most figures",
            "desk: phrase search"} <= desk  # the desk's pages, timed against the HTML target
    for name, query in timed.items():
        assert "error" not in query and query["html_ms"] > 0, name
        assert name in desk or query["json_ms"] > 0, name
