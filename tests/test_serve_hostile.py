"""Issue 14: a hostile article served by `solieu serve` runs no script in a real browser.

Articles come from the web. One whose URL is `javascript:alert(document.domain)//` was
rendered as `href="javascript:..."` on /facts, /facts_view, the fact page and
figure_by_number, and the pages carried no Content-Security-Policy. Here an article made of
payloads is served by the real server and rendered by headless Chromium: every payload shows
as text, every link is http(s) or the server's own, and the CSP lets datasette's own inline
scripts run and nothing else.
"""
from __future__ import annotations

import urllib.request
from urllib.parse import urlsplit

import lxml.html
import pytest
from datasette.utils import tilde_encode

from solieu import store
from serving import browser, running_server
from store_samples import make_sample, write_samples

# Each payload, if it ever ran, would leave PWNED in the DOM.
SCRIPT = "<script>document.title='PWNED-script'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-x','PWNED-img')\">"
SVG = "<svg onload=\"document.body.setAttribute('data-y','PWNED-svg')\">"
BREAKOUT = "</mark></td>\"'><script>document.title='PWNED-breakout'</script>"
HOSTILE_URLS = {
    "hostile1": "javascript:alert(document.domain)//",
    "hostile2": " JavaScript:document.title='PWNED-link'",
    "hostile3": "data:text/html,<script>document.title='PWNED-data'</script>",
    "hostile4": "https://laodongthudo.vn/x.html\" onmouseover=\"document.title='PWNED-attr'",
}


def hostile_sample(article_id: str, url: str):
    sample = make_sample(
        article_id, f"Tiêu đề {SCRIPT} {article_id}", "2024-02-01T08:00:00+07:00",
        [f"Công đoàn {IMG} đã kết nạp 4{article_id[-1]}0 đoàn viên {BREAKOUT} mới."],
        [dict(sentence=1, raw=f"4{article_id[-1]}0 đoàn viên", value=400 + 10 * int(article_id[-1]),
              unit="đoàn viên", organization=f"Công đoàn {SVG}", metric=f"kết nạp {SCRIPT}",
              period="2024")],
    )
    sample.article.url = url
    sample.article.sapo = BREAKOUT
    return sample


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    db = store.open_db(path)
    write_samples(db, [hostile_sample(i, url) for i, url in HOSTILE_URLS.items()])
    db.close()
    with running_server(path) as server:
        yield server


def pages(server) -> list[str]:
    db = server.database
    fact_id = tilde_encode("hostile1:" + next(iter(
        server.rows("facts", _col="id")))["id"].split(":", 1)[1])
    return [
        server.url(f"{db}/facts"), server.url(f"{db}/facts_view"),
        server.url(f"{db}/facts/{fact_id}"), server.url(f"{db}/figure_by_number", number="410"),
        server.url(f"{db}/articles"), server.url(f"{db}/articles/hostile1"),
        server.url(f"{db}/search_sentences", q="đoàn viên"),
        server.url(f"{db}/figures_for_organization", org="Công đoàn"),
        server.url(f"{db}/sentences", _search="kết nạp"),
        # the desk (issue 13)
        server.url("/-/so-lieu"), server.url("/-/so-lieu", q="kết nạp"),
        server.url("/-/to-chuc", ten="Công đoàn"), server.url("/-/tim", q="đoàn viên"),
        server.url("/-/bai/hostile1"), server.url("/-/bai/hostile4"),
        server.url("/-/kiem-tra", claim="Công đoàn đã kết nạp 410 đoàn viên năm 2024"),
    ]


def test_every_page_sends_a_policy_that_forbids_inline_script(hostile_server):
    with urllib.request.urlopen(hostile_server.url(f"{hostile_server.database}/facts")) as response:
        policy = response.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"].startswith("'self' 'sha256-")
    assert "unsafe-inline" not in directives["script-src"] and "*" not in directives["script-src"]
    assert directives["object-src"] == "'none'"


def test_a_hostile_article_runs_no_script_in_headless_chromium(hostile_server, chromium, tmp_path):
    for n, url in enumerate(pages(hostile_server)):
        dom, log = browser(chromium, url, tmp_path / f"profile{n}")
        doc = lxml.html.fromstring(dom)
        # no payload ran (one would set the whole title; a title may quote a name as text)...
        assert not doc.findtext(".//title").startswith("PWNED"), url
        assert not [k for k in doc.body.attrib if k.startswith("data-")], url
        assert not doc.xpath("//*[@onerror or @onload or @onmouseover]"), url  # ...or became markup
        assert not doc.xpath("//script[contains(., 'PWNED')]"), url
        assert "<script>document.title='PWNED" in doc.text_content(), url  # it shows as text
        assert "Content Security Policy" not in log, (url, log[-2000:])  # nothing was refused
        for href in doc.xpath("//a/@href"):
            parts = urlsplit(href)
            assert parts.scheme in ("http", "https") or (not parts.scheme and not parts.netloc), \
                (url, href)


def test_http_links_to_the_source_are_kept_and_escaped(hostile_server, chromium, tmp_path):
    dom, _ = browser(chromium, hostile_server.url(f"{hostile_server.database}/facts"),
                     tmp_path / "profile")
    doc = lxml.html.fromstring(dom)
    sources = doc.xpath("//a[@class='solieu-source']")
    assert [a.get("href") for a in sources] == [HOSTILE_URLS["hostile4"]]  # one attribute, whole
    assert all(a.get("onmouseover") is None for a in doc.iter("a"))


def test_datasettes_own_scripts_still_run_under_the_policy(hostile_server, chromium, tmp_path):
    dom, log = browser(chromium, hostile_server.url(hostile_server.database), tmp_path / "profile")
    assert 'class="CodeMirror' in dom  # its inline script turned the SQL box into an editor
    assert "Content Security Policy" not in log, log[-2000:]
