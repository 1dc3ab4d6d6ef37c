"""The crawler against the local replica site: `solieu crawl` in a subprocess, a real HTTP
server on 127.0.0.1, real SQLite files. Delays off and timeouts small, so it stays quick."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from urllib.parse import urlsplit

import pytest
from commands import SOLIEU
from replica import FAULTS, REAL_SHAPES, ReplicaSite, serve_replica

from solieu.crawler.runner import crawl_lock, state_dir
from solieu.extract import sites
from solieu.extract.article.clean import parse_document
from solieu.extract.sites import laodongthudo

pytestmark = pytest.mark.slow

FAST = ["--no-delay", "--set", "DOWNLOAD_TIMEOUT=2", "--set", "RETRY_TIMES=1",
        "--contact", "tests@example.invalid"]
# Everything stored except the timestamp of storing.
COLUMNS = "id, url, title, sapo, published, category, author, body, raw, format, content_hash"


def crawl(db, server, *args, timeout=120, env=None):
    """`solieu crawl` of the replica, named in the environment as a mirror of the site."""
    return subprocess.run([SOLIEU, "crawl", "--db", str(db), "--base-url", server.url, *FAST,
                           *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **server.env} if env is None else env)


def crawl_in_background(db, server, articles_fetched: int) -> subprocess.Popen:
    """A crawl in its own process, returned once the server has seen it fetch that many
    article pages (or after a minute)."""
    before = len(server.requests)
    command = [SOLIEU, "crawl", "--db", str(db), "--base-url", server.url, *FAST]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, **server.env})
    deadline = time.monotonic() + 60
    while len(article_hits(server.requests[before:])) < articles_fetched and time.monotonic() < deadline:
        time.sleep(0.05)
    return process


def articles(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"select {COLUMNS} from articles order by url").fetchall()


def runs(db) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("select * from runs where kind = 'crawl' order by id").fetchall()
    return [{**row, "counts": json.loads(row["counts"] or "{}"),
             "errors": json.loads(row["errors"] or "[]")} for row in rows]


def stored_ids(db) -> set[str]:
    return {row[0] for row in articles(db)}


def path_id(path: str) -> str | None:
    """The article id of a path of the replica (a mirror of the site)."""
    return sites.article_id(laodongthudo.BASE_URL + path)


def ids(replica_articles) -> set[str]:
    return {str(a.id) for a in replica_articles}


def article_hits(requests) -> dict[str, list[str]]:
    """Site id -> paths requested for it."""
    hits: dict[str, list[str]] = {}
    for seen in requests:
        sid = path_id(seen.path)
        if sid:
            hits.setdefault(sid, []).append(seen.path)
    return hits


@pytest.fixture(scope="module")
def server():
    with serve_replica() as running:
        yield running


@pytest.fixture(scope="module")
def plain():
    """The replica without faults, for tests about something else (quicker: no timeouts)."""
    with serve_replica(faults=False) as running:
        yield running


@pytest.fixture(scope="module")
def first(server, tmp_path_factory):
    """One full crawl of the trade-union sections into a fresh database."""
    db = tmp_path_factory.mktemp("crawl") / "news.db"
    result = crawl(db, server)
    return {"db": db, "result": result, "requests": list(server.requests),
            "articles": articles(db)}


def test_full_crawl_stores_every_article_once_as_ingestion_parses_it(server, first, monkeypatch):
    assert first["result"].returncode == 0, first["result"].stderr
    expected = server.site.expected_stored()
    rows = first["articles"]
    assert len(rows) == len(expected)
    # The ids are the site's numbers (they were hashes of the replica's URLs while the
    # crawler told articles apart by number), and ingesting the page gives the same id.
    assert stored_ids(first["db"]) == ids(expected)
    for name, value in server.env.items():
        monkeypatch.setenv(name, value)
    for row in rows:
        url = row[1]
        page = server.page_bytes(urlsplit(url).path)
        ingested = parse_document(page, url=url)
        assert row[0] == ingested.id, url
        assert row[7] == ingested.body, url
        assert parse_document(page).id == row[0]  # a saved page: its canonical link says
    assert all(row[9] == "ldtd-html" for row in rows)
    [run] = runs(first["db"])
    assert run["finished"] and run["counts"]["finish_reason"] == "finished"
    assert run["counts"]["articles_new"] == len(expected)
    assert run["counts"]["pages_fetched"] >= len(expected)
    assert run["counts"]["site_selector_match_rate"] == 1.0
    assert "crawl: " in first["result"].stdout and "articles_new" in first["result"].stdout


def test_every_address_of_an_article_leads_to_one_fetch(server, first):
    hits = article_hits(first["requests"])
    healing = {"error_once", "rate_limited", "data_loss_once", "moved", "redirect_loop", "silent"}
    once = [a for a in server.site.expected_stored() if a.fault not in healing]
    assert all(len(hits[str(a.id)]) == 1 for a in once), \
        {a.id: hits[str(a.id)] for a in once if len(hits[str(a.id)]) != 1}
    paths = [seen.path for seen in first["requests"]]
    assert not [p for p in paths if p.endswith(".media") or "?utm" in p or "apicenter@" in p]
    assert not [p for p in paths if p.startswith("/tim-kiem")]  # robots.txt disallows it
    assert all("solieu/" in s.user_agent and "tests@example.invalid" in s.user_agent
               for s in first["requests"])


def test_every_fault_is_retried_or_logged_and_nothing_is_stored_half(server, first):
    site, hits = server.site, article_hits(first["requests"])
    [run] = runs(first["db"])
    kinds = {e["kind"]: e for e in run["errors"]}
    stored = stored_ids(first["db"])
    for name, should_store in FAULTS.items():
        assert (str(site.by_fault(name).id) in stored) == should_store, name
    assert {"http_404", "redirect_loop", "truncated_html", "too_large", "timeout"} <= set(kinds)
    assert str(site.by_fault("gone").id) == kinds["http_404"]["site_id"]
    for name in ("error_once", "rate_limited", "data_loss_once"):  # failed once, then stored
        assert len(hits[str(site.by_fault(name).id)]) == 2, name
    assert len(hits[str(site.by_fault("truncated").id)]) == 2  # retried once, then logged
    limited = [s.at for s in first["requests"] if path_id(s.path) == str(site.by_fault("rate_limited").id)]
    assert limited[1] - limited[0] >= 0.9  # Retry-After: 1 honoured although delays are off
    assert run["counts"]["retry_count"] >= 4
    legacy = site.by_fault("legacy_encoding")
    with sqlite3.connect(first["db"]) as conn:
        body, = conn.execute("select body from articles where url like ?",
                             [f"%-{legacy.id}.html"]).fetchone()
    assert body == parse_document(server.page_bytes(legacy.path)).body
    assert "đoàn viên" in body


def test_second_crawl_fetches_no_article_page_again(server, first):
    before = len(server.requests)
    result = crawl(first["db"], server)
    assert result.returncode == 0, result.stderr
    again = article_hits(server.requests[before:])
    # Only pages that failed for a passing reason (no answer, cut short) are tried again.
    transient = {str(server.site.by_fault(name).id) for name in ("silent", "truncated")}
    assert set(again) <= transient, again
    assert articles(first["db"]) == first["articles"]
    last = runs(first["db"])[-1]["counts"]
    assert last.get("articles_new", 0) == 0 and last["listings_stopped_known"] >= 1
    assert last["skipped_known"] >= len(server.site.expected_stored())


def test_killed_crawl_restarted_ends_with_the_same_database(server, first, tmp_path):
    db = tmp_path / "killed.db"
    server.delay = 0.03  # slow enough to kill it mid-way
    try:
        before = len(server.requests)
        process = crawl_in_background(db, server, articles_fetched=15)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        server.delay = 0
    stored_at_kill = stored_ids(db)
    assert 0 < len(stored_at_kill) < len(first["articles"])
    assert runs(db)[-1]["finished"] is None  # the killed run never finished
    before = len(server.requests)
    resumed = crawl(db, server)
    assert resumed.returncode == 0, resumed.stderr
    assert "did not finish" in resumed.stdout
    assert articles(db) == first["articles"]
    assert runs(db)[-1]["counts"]["finish_reason"] == "finished"
    refetched = set(article_hits(server.requests[before:])) & stored_at_kill
    assert not refetched  # what the killed crawl stored is not fetched again


def test_stopped_crawl_continues_from_scrapys_saved_queue(server, first, tmp_path):
    db = tmp_path / "stopped.db"
    server.delay = 0.1  # slow enough to try a second crawl and stop this one mid-way
    try:
        before = len(server.requests)
        process = crawl_in_background(db, server, articles_fetched=15)
        second = crawl(db, server)  # meanwhile, on the same database
        process.send_signal(signal.SIGTERM)  # what systemd sends: Scrapy saves its queue
        assert process.wait(timeout=60) == 0
    finally:
        server.delay = 0
    assert second.returncode == 1 and "another crawl" in second.stderr
    assert runs(db)[-1]["counts"]["finish_reason"] == "shutdown"
    assert (state_dir(db) / "job" / "requests.queue").is_dir()
    assert (state_dir(db) / "job" / "spider.state").is_file()
    resumed = crawl(db, server)
    assert resumed.returncode == 0, resumed.stderr
    assert articles(db) == first["articles"]
    hits = article_hits(server.requests[before:])
    healing = {str(server.site.by_fault(name).id) for name in ("moved", "redirect_loop", "silent", "truncated")}
    assert not {sid: paths for sid, paths in hits.items() if len(paths) > 1 and sid not in healing}


def test_a_second_crawl_on_the_same_database_is_refused(server, tmp_path):
    db = tmp_path / "locked.db"
    before = len(server.requests)
    with crawl_lock(state_dir(db) / "lock"):
        result = crawl(db, server)
    assert result.returncode == 1
    assert "another crawl" in result.stderr and str(state_dir(db) / "lock") in result.stderr
    assert len(server.requests) == before


def test_since_stops_paging_once_a_listing_page_is_older(plain, tmp_path):
    server = plain
    union = server.site.expected_stored()
    dates = sorted((a.published for a in union), reverse=True)
    since = dates[10].date()
    db = tmp_path / "since.db"
    before = len(server.requests)
    result = crawl(db, server, "--since", since.isoformat())
    assert result.returncode == 0, result.stderr
    want = {str(a.id) for a in union if a.published.date() >= since}
    assert stored_ids(db) == want
    # Every listing's second page is older than --since: none is paged further (a full
    # crawl walks /cong-doan to page 4).
    pages = {s.path for s in server.requests[before:]}
    assert not [p for p in pages if "page=" in p and not p.endswith("page=2")]
    assert runs(db)[-1]["counts"]["listings_stopped_since"] >= 1


def test_max_pages_stops_the_crawl_and_extract_follows(server, tmp_path):
    db = tmp_path / "max.db"
    result = crawl(db, server, "--max-pages", 6, "--extract")
    assert result.returncode == 0, result.stderr
    counts = runs(db)[-1]["counts"]
    with sqlite3.connect(db) as conn:
        extract_runs = conn.execute("select count(*) from runs where kind = 'extract'").fetchone()[0]
        pending = conn.execute("select count(*) from articles where extracted_hash is null").fetchone()[0]
    assert extract_runs == 1 and pending == 0 and "extract:" in result.stdout
    assert counts["finish_reason"] == "closespider_pagecount"
    # Scrapy counts pages that reach the spider; retries, redirects, robots.txt and the
    # requests already in flight come on top.
    assert counts["pages_fetched"] < 15 < len(server.site.expected_stored())


def test_one_section_only(plain, tmp_path):
    db = tmp_path / "one.db"
    before = len(plain.requests)
    result = crawl(db, plain, "--sections", "cong-doan/chinh-sach")
    assert result.returncode == 0, result.stderr
    assert stored_ids(db) == ids(plain.site.listing("/cong-doan/chinh-sach"))
    assert not [s for s in plain.requests[before:] if s.path.startswith("/cong-doan/hoat-dong")]


def test_sections_all_uses_sitemap_and_feed(plain, tmp_path):
    server = plain
    db = tmp_path / "all.db"
    before = len(server.requests)
    result = crawl(db, server, "--sections", "all")
    assert result.returncode == 0, result.stderr
    want = {str(a.id) for a in server.site.articles if FAULTS.get(a.fault, True)}
    assert stored_ids(db) == want
    paths = {s.path for s in server.requests[before:]}
    assert {"/sitemap.xml", "/sitemap-articles.xml", "/rss", "/thoi-su", "/lao-dong/viec-lam"} <= paths
    assert not [p for p in paths if p.startswith("/tim-kiem")]  # the menu links it; robots.txt forbids it
    assert runs(db)[-1]["errors"] == []


def test_a_change_of_site_markup_is_reported_loudly(tmp_path):
    db = tmp_path / "redesign.db"
    section = "cong-doan/chinh-sach"
    with serve_replica(ReplicaSite(faults=False, redesigned=True)) as redesigned:
        result = crawl(db, redesigned, "--sections", section)
        listed = redesigned.site.listing("/" + section)
    assert result.returncode == 0, result.stderr
    run = runs(db)[-1]
    assert run["counts"]["site_selector_match_rate"] < 0.8
    assert "site_selectors" in {e["kind"] for e in run["errors"]}
    assert "WARNING: site selectors matched only" in result.stderr
    assert stored_ids(db) == ids(listed)  # the generic fallback still reads them


def test_a_page_the_site_selectors_miss_is_stored_as_ingestion_reads_it(tmp_path, monkeypatch):
    """The spider set `category` from the breadcrumb after the content hash was computed
    (the page's body in a markup the selectors miss, its breadcrumb not): a crawled page and
    the same page ingested differed. The site's tags are kept, in `metadata`."""
    db = tmp_path / "body-moved.db"
    section = "cong-doan/chinh-sach"
    with serve_replica(ReplicaSite(faults=False, redesigned={"detail_info": "article-content"})) as moved:
        assert crawl(db, moved, "--sections", section).returncode == 0
        pages = {a.path: moved.page_bytes(a.path) for a in moved.site.listing("/" + section)}
        for name, value in moved.env.items():
            monkeypatch.setenv(name, value)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select id, url, category, content_hash from articles").fetchall()
    assert len(rows) == len(pages)
    for sid, url, category, content_hash in rows:
        ingested = parse_document(pages[urlsplit(url).path], url=url)
        assert (sid, category, content_hash) == (ingested.id, ingested.category,
                                                 ingested.content_hash), url


def test_the_site_tags_are_stored(server, first):
    with sqlite3.connect(first["db"]) as conn:
        stored = dict(conn.execute("select id, metadata from articles").fetchall())
    for article in server.site.expected_stored():
        assert json.loads(stored[str(article.id)]) == {"tags": ", ".join(article.tags)}


def test_a_mirror_not_named_as_the_site_is_not_crawled(plain, tmp_path):
    """Its articles would get other ids than the site's: the crawl says how to name it."""
    env = {k: v for k, v in os.environ.items() if k != sites.HOSTS_VARIABLE}
    before = len(plain.requests)
    result = crawl(tmp_path / "mirror.db", plain, env=env)
    assert result.returncode == 1
    assert "SOLIEU_SITE_HOSTS=laodongthudo=127.0.0.1" in result.stderr
    assert len(plain.requests) == before


def test_an_edited_article_is_fetched_again_and_updated(tmp_path):
    db = tmp_path / "edited.db"
    section = "cong-doan/chinh-sach"
    with serve_replica(faults=False) as plain:
        assert crawl(db, plain, "--sections", section).returncode == 0
        stored = dict((row[1], row) for row in articles(db))
        edited = plain.site.listing("/" + section)[3]
        edited.title += " (cập nhật)"
        edited.paragraphs.append(("p", "Bài viết được cập nhật lúc 18 giờ với 25 đơn vị mới."))
        before = len(plain.requests)
        result = crawl(db, plain, "--sections", section)
        assert result.returncode == 0, result.stderr
        assert set(article_hits(plain.requests[before:])) == {str(edited.id)}
    counts = runs(db)[-1]["counts"]
    assert counts["articles_updated"] == 1 and counts.get("articles_new", 0) == 0
    now = dict((row[1], row) for row in articles(db))
    changed = [url for url in now if now[url] != stored[url]]
    assert len(changed) == 1 and "25 đơn vị mới" in now[changed[0]][7]


def test_http_cache_replays_pages_without_asking_the_site(plain, tmp_path):
    db = tmp_path / "cached.db"
    section = ["--sections", "cong-doan/chinh-sach", "--http-cache"]
    assert crawl(db, plain, *section).returncode == 0
    first_rows = articles(db)
    for path in tmp_path.glob("cached.db*"):  # the database goes, its .crawl folder stays
        if path.is_file():
            path.unlink()
    before = len(plain.requests)
    result = crawl(db, plain, *section)
    assert result.returncode == 0, result.stderr
    assert len(plain.requests) == before
    assert articles(db) == first_rows


def test_an_article_is_fetched_at_the_address_the_listing_gave(server, first):
    """Issue 14: a listing linked `...-<id>-<id>.html`; the crawler rewrote it to `-<id>.html`,
    which the server does not answer, and recorded the article as gone for good."""
    article = server.site.by_fault("double_id_only")
    assert article_hits(first["requests"])[str(article.id)] == [article.link_path]
    stored = [row[1] for row in first["articles"] if row[0] == str(article.id)]
    assert [urlsplit(url).path for url in stored] == [article.link_path]  # the address that answered
    gone = (state_dir(first["db"]) / "gone.tsv").read_text("utf-8")
    assert f"{article.id}\t" not in gone
    assert f"{server.site.by_fault('gone').id}\thttp_404\t" in gone


def test_gone_articles_are_asked_again_after_thirty_days_or_with_a_flag(server, first):
    gone_id = str(server.site.by_fault("gone").id)
    path = state_dir(first["db"]) / "gone.tsv"
    lines = path.read_text("utf-8")

    before = len(server.requests)
    assert crawl(first["db"], server).returncode == 0
    assert gone_id not in article_hits(server.requests[before:])  # gone yesterday: left alone

    before = len(server.requests)
    assert crawl(first["db"], server, "--retry-gone").returncode == 0
    assert gone_id in article_hits(server.requests[before:])  # asked for: tried again

    path.write_text("".join(  # as if every failure were 31 days old
        "\t".join(line.split("\t")[:3] + ["2000-01-01T00:00:00+00:00"]) + "\n"
        for line in lines.splitlines()), encoding="utf-8")
    before = len(server.requests)
    assert crawl(first["db"], server).returncode == 0
    assert gone_id in article_hits(server.requests[before:])  # sites come back: tried again
    assert articles(first["db"]) == first["articles"]


def test_retry_after_pauses_the_whole_site_not_one_request(server, first):
    """Issue 14: after a 503 with Retry-After: 6, 12 other pages of the site were fetched
    during the wait. A request already on its way when the 429 comes back cannot be called
    back; one sent after it is a fault. With one request at a time (next test), a request
    that reaches the site after the 429 was answered was sent after the 429 was received:
    none may come until Retry-After: 1 has passed."""
    limited = server.site.by_fault("rate_limited")
    requests = first["requests"]
    answer = next(seen for seen in requests if seen.status == 429)
    assert path_id(answer.path) == str(limited.id) and answer.done is not None
    in_flight = [seen.path for seen in requests if seen is not answer
                 and seen.at <= answer.done and (seen.done is None or seen.done >= answer.at)]
    assert not in_flight
    sent_after = [(seen.path, round(seen.at - answer.done, 3)) for seen in requests
                  if answer.done < seen.at < answer.done + 0.95]
    assert not sent_after
    assert runs(first["db"])[0]["counts"]["retry_site_paused"] >= 1  # the first crawl's run


def test_one_request_at_a_time_even_with_delays_off(plain, tmp_path):
    """The settings say one request at a time to the site (CONCURRENT_REQUESTS_PER_DOMAIN).
    With no delay at all Scrapy's downloader sent every request queued for the site at once,
    up to CONCURRENT_REQUESTS: a 429 then found others already sent."""
    plain.delay = 0.02  # every answer takes a while: requests sent together overlap
    try:
        before = len(plain.requests)
        result = crawl(tmp_path / "one-at-a-time.db", plain, "--sections", "cong-doan/chinh-sach")
    finally:
        plain.delay = 0
    assert result.returncode == 0, result.stderr
    seen = sorted(plain.requests[before:], key=lambda s: s.at)
    assert len(seen) >= 10 and all(s.done is not None for s in seen)
    overlapping = [(a.path, b.path) for a, b in zip(seen, seen[1:]) if b.at < a.done]
    assert not overlapping


def test_a_429_grows_the_delay_autothrottle_adjusts(tmp_path):
    """After a 429 the site is paused for its Retry-After, then asked at the slot's delay,
    doubled (at least 1 s): AutoThrottle brings it down again as answers come back quickly."""
    site = ReplicaSite(faults=False)
    listed = site.listing("/cong-doan/chinh-sach")
    listed[-1].fault = "rate_limited"  # one of the first asked for: 429, Retry-After: 1
    throttled = ["--set", "AUTOTHROTTLE_ENABLED=True", "--set", "DOWNLOAD_DELAY=0.02",
                 "--set", "AUTOTHROTTLE_START_DELAY=0.02"]
    with serve_replica(site) as server:
        result = crawl(tmp_path / "throttled.db", server, "--sections", "cong-doan/chinh-sach",
                       *throttled)
        requests = list(server.requests)
    assert result.returncode == 0, result.stderr
    assert stored_ids(tmp_path / "throttled.db") == ids(listed)
    at = next(i for i, seen in enumerate(requests) if seen.status == 429)
    before = [b.at - a.done for a, b in zip(requests[:at], requests[1:at + 1])]
    after = [b.at - a.done for a, b in zip(requests[at:], requests[at + 1:])]
    assert max(before) < 0.5  # the delay of 0.02 s, as AutoThrottle kept it
    assert after[0] >= 1.9  # Retry-After: 1, then the doubled delay (1 s)
    assert len(after) >= 4, [(s.path, s.status) for s in requests]
    assert after[1] >= 0.4  # AutoThrottle halves it answer by answer: the delay grew
    assert min(after[1:3]) >= 0.2 and after[-1] < after[1]


def test_real_shaped_articles_are_crawled_once_with_their_facts(plain, tmp_path):
    """Issue 14: a short article (headline, time line, one `(LĐTĐ)` lead, footer) and an
    old-template one (subtitle, lead, related lines of a slug and a title, more paragraphs),
    linked as `-<id>-<id>.html`, were skipped as no article. Crawled with the rest of their
    section, each is stored once with its figures, the related lines are no sentence of it,
    and a second crawl asks for none of the section's articles again."""
    db, section = tmp_path / "shapes.db", "cong-doan/hoat-dong"
    listed = plain.site.listing("/" + section)
    assert {a.shape for a in listed} >= set(REAL_SHAPES)
    before = len(plain.requests)
    result = crawl(db, plain, "--sections", section, "--extract")
    assert result.returncode == 0, result.stderr
    hits = article_hits(plain.requests[before:])
    assert {sid: len(paths) for sid, paths in hits.items()} == {str(a.id): 1 for a in listed}
    rows = articles(db)
    assert sorted(row[0] for row in rows) == sorted(ids(listed))  # each once
    with sqlite3.connect(db) as conn:
        for shape, (figure, not_sentences) in REAL_SHAPES.items():
            article = plain.site.by_shape(shape)
            assert hits[str(article.id)] == [article.link_path]
            values = [v for v, in conn.execute("select value from facts where article_id = ?",
                                                [str(article.id)])]
            assert figure in values, (shape, values)
            sentences = [t for t, in conn.execute("select text from sentences where article_id = ?",
                                                   [str(article.id)])]
            assert sentences and not [t for t in sentences for line in not_sentences
                                      if line in t or t in line], shape
    before = len(plain.requests)
    again = crawl(db, plain, "--sections", section)
    assert again.returncode == 0, again.stderr
    assert not article_hits(plain.requests[before:])
    assert articles(db) == rows
