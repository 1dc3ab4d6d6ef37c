"""Issue 14: short articles are articles. A headline (or a `URL:` header) and one real
paragraph is stored with its facts: print views, one-paragraph texts, old templates whose
lead sits below a subtitle and above related lines prefixed by the article's slug."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from commands import solieu
from solieu.extract.article.clean import BadInput, parse_document

DATA = Path(__file__).resolve().parent / "data"
# A real print view of laodongthudo.vn (headline, time line, one (LĐTĐ) lead, footer), read
# from the shared development set, never copied into the repository.
REAL_PRINT_VIEW = Path(__file__).resolve().parents[2] / "shared" / "realdev" / "raw" / "217.txt"
ONE_PARAGRAPH = """URL: https://laodongthudo.vn/cong-doan/hoat-dong/goi-banh-chung-tang-cong-nhan-171235.html

(LĐTĐ) Sáng 20/1, Công đoàn các Khu công nghiệp và chế xuất Hà Nội phối hợp với doanh nghiệp \
tổ chức gói 1.000 chiếc bánh chưng tặng công nhân có hoàn cảnh khó khăn không về quê đón Tết.
"""


@pytest.fixture(scope="module")
def short_db(tmp_path_factory):
    """`solieu run` over the short inputs; the real print view only where the shared
    development set is (the other three are in this repository and always tested)."""
    folder = tmp_path_factory.mktemp("short")
    inputs = 3
    if REAL_PRINT_VIEW.is_file():
        shutil.copy(REAL_PRINT_VIEW, folder / "print_view.txt")
        inputs += 1
    (folder / "one_paragraph.txt").write_text(ONE_PARAGRAPH, encoding="utf-8")
    shutil.copy(DATA / "ldtd_print_view.html", folder / "print_view.html")
    shutil.copy(DATA / "ldtd_old_template.html", folder / "old_template.html")
    db = folder / "short.db"
    result = solieu("run", folder, "--db", db)
    assert result.returncode == 0, result.stderr
    assert f"ingest: {inputs} new" in result.stdout and "skipped" not in result.stdout + result.stderr
    return db


def facts(db, article_id: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select raw, value, unit from facts where article_id = ? order by start",
                            [article_id]).fetchall()


def article(db, article_id: str) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return dict(conn.execute("select * from articles where id = ?", [article_id]).fetchone())


def test_a_real_print_view_of_one_paragraph_is_stored_with_its_facts(short_db):
    if not REAL_PRINT_VIEW.is_file():
        pytest.skip(f"{REAL_PRINT_VIEW} (the shared development set) is not here")
    stored = article(short_db, "140572")
    assert stored["title"] == "Tôn vinh 100 “Công nhân giỏi” Thủ đô năm 2022"
    assert stored["published"] == "2022-05-25T19:07:00+07:00"
    assert stored["sapo"].startswith("(LĐTĐ) Giữa không khí thi đua")
    assert "19:07" not in stored["body"] and "©" not in stored["body"]
    assert any(value == 100 for _, value, _ in facts(short_db, "140572"))


def test_a_one_paragraph_text_under_a_url_header_is_stored_with_its_facts(short_db):
    stored = article(short_db, "171235")
    assert stored["title"] is None  # no headline was given: the lead is not made one
    assert stored["body"] == ONE_PARAGRAPH.split("\n\n", 1)[1].strip()
    assert facts(short_db, "171235") == [("1.000 chiếc bánh chưng", 1000, "chiếc bánh chưng")]


def test_an_html_print_view_is_stored_without_its_time_line(short_db):
    stored = article(short_db, next(iter(
        sqlite3.connect(short_db).execute("select id from articles where title like 'Gói 1.000%'")))[0])
    assert stored["published"] == "2023-01-20T17:40:00+07:00"
    assert stored["body"].split("\n\n")[1].startswith("(LĐTĐ) Sáng 20/1")
    assert "17:40" not in stored["body"]
    assert any(value == 1000 for _, value, _ in facts(short_db, stored["id"]))


def test_an_old_template_page_keeps_its_lead_and_paragraphs_not_its_related_lines(short_db):
    stored = article(short_db, "71004")
    assert stored["format"] == "ldtd-html"
    assert stored["sapo"].startswith("(LĐTĐ) Chiều 13/3")
    assert stored["body"].split("\n\n") == [
        "Khắc phục hạn chế, nâng tầm hiệu quả hoạt động công đoàn",
        "Phát huy vai trò đại diện của tổ chức Công đoàn",
        "(LĐTĐ) Chiều 13/3, LĐLĐ quận Hoàng Mai tổ chức Hội nghị tổng kết công tác Công đoàn "
        "năm 2017, triển khai nhiệm vụ năm 2018.",
        "Năm 2017, LĐLĐ quận đã kết nạp 1.432 đoàn viên, thành lập 21 Công đoàn cơ sở, đạt 105% "
        "chỉ tiêu.",
        "Năm 2018, LĐLĐ quận phấn đấu phát triển 1.500 đoàn viên mới.",
    ]
    assert {1432, 21, 1500} <= {value for _, value, _ in facts(short_db, "71004")}


def test_related_lines_under_the_slug_of_a_part_of_the_headline_are_dropped():
    text = ("TITLE: Tăng cường đối thoại cho Công đoàn - Khắc phục điểm yếu, nâng cao hiệu quả\n\n"
            "(LĐTĐ) LĐLĐ Thành phố đặt mục tiêu 85% doanh nghiệp có thỏa ước lao động tập thể.\n\n"
            "khac phuc diem yeu nang cao hieu qua Thương lượng tập thể ngày một thực chất\n\n"
            "Năm 2020, 1.200 doanh nghiệp đã tổ chức đối thoại định kỳ.\n")
    body = parse_document(text).body
    assert "Thương lượng tập thể ngày" not in body and "1.200 doanh nghiệp" in body


@pytest.mark.parametrize("text", [
    "Chỉ một dòng tiêu đề",  # a headline and nothing else
    "URL: https://laodongthudo.vn/tin-171236.html\n\nTin mới\n",  # a URL and a title-like line
])
def test_a_headline_or_url_without_a_paragraph_is_still_not_an_article(text):
    with pytest.raises(BadInput) as caught:
        parse_document(text)
    assert caught.value.kind == "no_article"
