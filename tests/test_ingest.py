"""Ingesting folders of files into a real SQLite database, through the API and the command."""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from commands import solieu

from solieu import store
from solieu import jobs

DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"

BAD_FILES = {  # file name -> skip reason it must be counted under
    "empty.txt": "empty",
    "photo.html": "binary",
    "latin1.txt": "encoding",
    "huge.txt": "too_large",
    "nested/listing.html": "no_article",
}


@pytest.fixture
def mixed_folder(tmp_path) -> Path:
    """Two scraped pages, a site page and plain text, and one file of each bad kind."""
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(CORPUS / "000_357aef53b46d333e.txt", folder / "a.txt")
    shutil.copy(CORPUS / "004_ebf4cac1a1efa335.txt", folder / "nested" / "b.txt")
    shutil.copy(DATA / "ldtd_article.html", folder / "site.html")
    shutil.copy(DATA / "plain_with_headers.txt", folder / "plain.txt")
    shutil.copy(DATA / "ldtd_listing.html", folder / "nested" / "listing.html")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Grüße aus Köln, schöne Größe, Maße".encode("latin-1") * 5)
    with open(folder / "huge.txt", "wb") as huge:  # 50 MB, sparse: refused before reading
        huge.truncate(50 * 1024 * 1024)
    (folder / "notes.md").write_text("not an article file: ignored in folders")
    return folder


def article_rows(db_path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("select id, title, body, raw, format, content_hash, ingested_at "
                        "from articles order by id").fetchall()
    conn.close()
    return rows


def test_a_mixed_folder_stores_the_articles_and_counts_the_rest_by_reason(mixed_folder, db_path):
    db = store.open_db(db_path)
    report = jobs.ingest(db, [mixed_folder])
    assert report.counts["new"] == 4
    assert db.execute("select metadata from articles where format = 'text'").fetchone() == (
        '{"source": "newsroom archive, box 12"}',)  # other header lines are kept
    for name, kind in BAD_FILES.items():
        assert report.counts[f"skipped_{kind}"] == 1, kind
        error = next(e for e in report.errors if e["source"] == str(mixed_folder / name))
        assert error["kind"] == kind and error["message"]
    rows = article_rows(db_path)
    assert len(rows) == 4
    assert {row[4] for row in rows} == {"ldtd-text", "ldtd-html", "text"}
    assert all(all(value for value in row) for row in rows)  # nothing half-written
    assert "165358" in {row[0] for row in rows} and "163770" in {row[0] for row in rows}
    run = sqlite3.connect(db_path).execute(
        "select counts, errors from runs where kind = 'ingest'").fetchone()
    assert '"skipped_too_large": 1' in run[0] and "huge.txt" in run[1]


def test_re_ingesting_is_a_no_op_and_a_changed_page_is_updated_for_re_extraction(
        mixed_folder, db_path):
    db = store.open_db(db_path)
    jobs.ingest(db, [mixed_folder])
    for article in list(store.articles_to_extract(db, "test")):
        store.replace_extraction(db, article, [], [], "test")
    before = article_rows(db_path)

    again = jobs.ingest(db, [mixed_folder])
    assert again.counts["unchanged"] == 4 and "new" not in again.counts
    assert article_rows(db_path) == before

    page = mixed_folder / "site.html"
    page.write_text(page.read_text(encoding="utf-8").replace("520 suất quà", "530 suất quà"),
                    encoding="utf-8")
    changed = jobs.ingest(db, [page])
    assert dict(changed.counts) == {"updated": 1}
    assert [a.id for a in store.articles_to_extract(db, "test")] == ["165358"]
    assert len(article_rows(db_path)) == 4


def test_a_folder_of_two_thousand_files_is_ingested_quickly(tmp_path, db_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:04d}.txt").write_text(
            f"Tin số {i}: công đoàn cơ sở kết nạp đoàn viên\n\n"
            f"(LĐTĐ) Ngày {i % 28 + 1}/5, công đoàn cơ sở số {i} kết nạp {i + 3} đoàn viên mới.\n\n"
            f"Kết quả này đạt {i % 100}% kế hoạch năm của đơn vị.\n", encoding="utf-8")
    (folder / "0000.txt").write_bytes(b"")  # one bad file among them
    started = time.monotonic()
    report = jobs.ingest(store.open_db(db_path), [folder])
    assert time.monotonic() - started < 30
    assert dict(report.counts) == {"new": 1999, "skipped_empty": 1}
    assert len(article_rows(db_path)) == 1999


@pytest.mark.slow
def test_the_ingest_command_on_a_mixed_folder(mixed_folder, db_path):
    result = solieu("ingest", mixed_folder, "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert "4 new" in result.stdout and "1 skipped_binary" in result.stdout
    for name in BAD_FILES:
        assert f"skipped {mixed_folder / name}: " in result.stderr
    assert "too large: 52.4 MB" in result.stderr
    assert "not UTF-8" in result.stderr
    assert len(article_rows(db_path)) == 4

    again = solieu("ingest", mixed_folder, "--db", db_path)
    assert again.returncode == 0 and "4 unchanged" in again.stdout


def test_a_dangling_symlink_and_a_fifo_are_reported_not_passed_by(tmp_path, db_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(CORPUS / "000_357aef53b46d333e.txt", folder / "a.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "moved-away.txt")
    os.mkfifo(folder / "pipe.txt")  # reading it would block for ever: never opened
    report = jobs.ingest(store.open_db(db_path), [folder])
    assert dict(report.counts) == {"new": 1, "skipped_unreadable": 1, "skipped_not_a_file": 1}
    by_source = {e["source"]: e for e in report.errors}
    assert "dangling symlink" in by_source[str(folder / "dangling.txt")]["message"]
    assert "FIFO" in by_source[str(folder / "pipe.txt")]["message"]


@pytest.mark.slow
@pytest.mark.parametrize("command", ["run", "ingest"])
def test_run_and_ingest_fail_alike_when_no_file_is_an_article(mixed_folder, db_path, command):
    result = solieu(command, mixed_folder / "empty.txt", mixed_folder / "photo.html",
                    "--db", db_path)
    assert result.returncode == 1, result.stdout
    assert "none of the 2 input files could be ingested" in result.stderr
    assert f"skipped {mixed_folder / 'empty.txt'}: empty" in result.stderr
    assert f"skipped {mixed_folder / 'photo.html'}: binary" in result.stderr
    assert "Done:" not in result.stdout
    assert article_rows(db_path) == []


def facts_of(db_path, article_id: str) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("select id, value from facts where article_id = ? order by id",
                        [article_id]).fetchall()
    conn.close()
    return rows


@pytest.mark.slow
def test_a_truncated_page_never_replaces_the_complete_article(tmp_path, db_path):
    """Issue 14: a page cut in half (no </html>) overwrote the stored article (624 -> 196
    characters, 6 facts -> 1). Cut pages, and pages much shorter than the stored article
    of the same id, are refused with a reason; nothing stored changes."""
    page = (DATA / "ldtd_article.html").read_text(encoding="utf-8")
    complete = tmp_path / "complete.html"
    complete.write_text(page, encoding="utf-8")
    assert solieu("run", complete, "--db", db_path).returncode == 0
    before, facts_before = article_rows(db_path), facts_of(db_path, "165358")
    assert len(facts_before) > 1

    cut = tmp_path / "cut.html"  # saved while the download was half done
    cut.write_text(page[:page.index("1.250/1.000")], encoding="utf-8")
    result = solieu("ingest", cut, "--db", db_path)
    assert result.returncode == 1
    assert f"skipped {cut}: " in result.stderr and "</html>" in result.stderr
    assert "1 skipped_truncated_html" in result.stdout

    # Closed properly, but most paragraphs lost (a CMS hiccup, a bad save).
    shortened = tmp_path / "shortened.html"
    start, end = page.index("<p>Theo báo cáo"), page.index("<p style=\"text-align: right;\">")
    shortened.write_text(page[:start] + page[end:], encoding="utf-8")
    result = solieu("run", shortened, "--db", db_path)
    assert result.returncode == 1
    assert "1 skipped_shorter_than_stored" in result.stdout
    assert "stored article with the same id" in result.stderr
    assert article_rows(db_path) == before and facts_of(db_path, "165358") == facts_before

    edited = tmp_path / "edited.html"  # a real correction still updates the article
    edited.write_text(page.replace("520 suất quà", "530 suất quà"), encoding="utf-8")
    result = solieu("ingest", edited, "--db", db_path)
    assert result.returncode == 0 and "1 updated" in result.stdout
