"""What the desk's pages show, as pure functions (store/desk.py): the outlet of an article,
figures in Vietnamese format, highlights that escape what they mark."""
from __future__ import annotations

import pytest

from solieu.store import desk


@pytest.mark.parametrize("url, outlet", [
    ("https://laodongthudo.vn/x-165358.html", "Lao Động Thủ Đô"),
    ("https://tacnghiep.laodongthudo.vn/x.html", "Lao Động Thủ Đô"),
    ("https://nld.com.vn/cong-doan/x.htm", "Người Lao Động"),
    ("https://news.laodong.vn/ldld-tphn/x.ldo", "Lao Động"),
    ("https://www.sggp.org.vn/x.html", "Sài Gòn Giải Phóng"),
    ("https://tinbong247news.net/x.html", "tinbong247news.net"),
    ("javascript:alert(1)//laodongthudo.vn", None),
    ("data:text/html,x", None),
    (None, None),
    ("", None),
])
def test_the_outlet_is_read_from_the_articles_host(url, outlet):
    assert desk.outlet(url) == outlet


@pytest.mark.parametrize("row, text", [
    (dict(value=2985.0, unit="đoàn viên"), "2.985 đoàn viên"),
    (dict(value=2985.0, unit="đoàn viên", numerator=2985.0, denominator=2500.0, percent=119.0),
     "2.985/2.500 đoàn viên (119%)"),
    (dict(value=83400000.0, unit="VND"), "83,4 triệu đồng"),
    (dict(value=14320000000.0, unit="VND", comparator=">"), "hơn 14,32 tỷ đồng"),
    (dict(value=500000.0, unit="VND"), "500.000 đồng"),
    (dict(value=46.4166, unit="%"), "46,42%"),
    (dict(value=117.78, unit="%", comparator="~"), "khoảng 117,78%"),
    (dict(value=2107.0, unit="sáng kiến", percent=117.78), "2.107 sáng kiến (117,78%)"),
    (dict(value=7261045351.0, unit="VND", raw="7.261.045351đ/2.900.000.000đ",
          consistency="malformed"), "7.261.045351đ/2.900.000.000đ (số viết sai · malformed)"),
])
def test_figures_are_written_the_vietnamese_way(row, text):
    assert desk.figure_text(row) == text


@pytest.mark.parametrize("period, text", [
    ("2016", "2016"), ("2024-H1", "6 tháng đầu năm 2024"), ("2018-Q1", "quý I/2018"),
    ("2021-02-21", "21/02/2021"), ("2018-05", "tháng 5/2018"), ("2023-2028", "2023-2028"),
    ("2026-02-07/2026-02-08", "07/02/2026 – 08/02/2026"), (None, ""),
])
def test_periods_read_as_a_journalist_writes_them(period, text):
    assert desk.period_text(period) == text


def test_dates():
    assert desk.date_text("2022-07-19T17:05:00+07:00") == "19/07/2022 17:05"
    assert desk.date_text("2022-07-19") == "19/07/2022"
    assert desk.date_text(None) == ""


def test_a_highlight_escapes_what_it_marks_and_what_is_around():
    text = "<b>x</b> kết nạp 410 <script>đoàn viên</script>"
    start = text.index("410")
    html = desk.marked(text, [(start, start + 3)], ['" onmouseover="x'])
    assert "<mark title=\"&#34; onmouseover=&#34;x\">410</mark>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html


def test_a_highlight_that_does_not_fit_is_left_out():
    assert desk.marked("abc", [(2, 9), (1, 0)]) == "abc"
    assert desk.marked("abcdef", [(0, 3), (2, 4)]) == "<mark>abc</mark>def"  # no overlap


@pytest.mark.parametrize("phrase, found", [
    ("doan vien moi", ["đoàn viên mới"]),
    ("ĐOÀN VIÊN", ["Đoàn viên", "đoàn viên"]),
    ("117,78", ["117,78"]),
    ("vien moi doan", []),       # a phrase: its words in a row, in order
    ("oan vie", []),             # whole words
    ("", []),
])
def test_a_phrase_is_found_without_accents_and_in_order(phrase, found):
    text = "Đoàn viên: kết nạp 2.107 đoàn viên mới (đạt 117,78%)."
    assert [text[a:b] for a, b in desk.phrase_spans(text, phrase)] == found


def test_any_typed_phrase_is_one_valid_fts_phrase():
    assert desk.fts_phrase('đoàn "viên" OR x*') == '"đoàn viên OR x"'
    assert desk.fts_phrase(' "" ') == '""'
