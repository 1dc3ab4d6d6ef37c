"""Plain text with headers, publication dates, ids, encodings and inputs that are not articles."""
from __future__ import annotations

import json

import unicodedata
from pathlib import Path

import pytest

from solieu.extract.article.clean import MAX_INPUT_BYTES, BadInput, article_id, parse_document
from solieu.extract.article.dates import is_date_line, parse_published, url_year

DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_plain_text_headers_give_url_title_date_and_the_site_id():
    article = parse_document((DATA / "plain_with_headers.txt").read_bytes())
    assert article.format == "text"
    assert article.id == "163770"  # from "...-163770-163770.html"
    assert article.url.startswith("http://www.laodongthudo.vn/")
    assert article.title == "Quận Tây Hồ kết nạp 350 đoàn viên mới"
    assert article.published == "2024-12-20T15:30:00+07:00"
    assert article.body.split("\n\n") == [
        "Quận Tây Hồ kết nạp 350 đoàn viên mới",
        "Chiều 20/12, Liên đoàn Lao động quận Tây Hồ tổ chức Hội nghị sơ kết công tác phát triển "
        "đoàn viên năm 2024.",
        "Trong năm, quận đã kết nạp 350 đoàn viên mới, thành lập 8 Công đoàn cơ sở, đạt 116% kế "
        "hoạch Thành phố giao.",  # a hard-wrapped line mended
        "Năm 2025, quận phấn đấu kết nạp ít nhất 400 đoàn viên.",
    ]
    assert json.loads(article.metadata) == {"source": "newsroom archive, box 12"}
    assert "newsroom archive" not in article.body and "newsroom archive" in article.raw


def test_plain_text_without_headers_takes_its_first_line_as_title():
    text = ("Hà Đông trao 120 suất quà cho công nhân\n\n"
            "Sáng 3/1, Liên đoàn Lao động quận Hà Đông trao 120 suất quà cho công nhân khó khăn.\n")
    article = parse_document(text)
    assert article.format == "text"
    assert article.title == "Hà Đông trao 120 suất quà cho công nhân"
    assert article.published is None
    assert article.body == text.strip()


@pytest.mark.parametrize("printed, iso", [
    ("17:05 | 19/07/2022", "2022-07-19T17:05:00+07:00"),
    ("26/06/2024 17:21", "2024-06-26T17:21:00+07:00"),
    ("Thứ ba, 19/07/2022 - 17:05 GMT+7", "2022-07-19T17:05:00+07:00"),
    ("2024-06-26T10:21:00Z", "2024-06-26T17:21:00+07:00"),
    ("2024-06-26T17:21:00", "2024-06-26T17:21:00+07:00"),
    ("2024-06-26T12:21:00+02:00", "2024-06-26T17:21:00+07:00"),
    ("19/07/2022", "2022-07-19"),  # no time printed: no time invented
    ("31/02/2024 10:00", None),
    ("", None),
    ("không rõ", None),
])
def test_publication_times_become_hanoi_iso_8601_or_unknown(printed, iso):
    assert parse_published(printed) == iso


@pytest.mark.parametrize("url, year", [
    ("https://baothainguyen.vn/xa-hoi/202508/ban-giao-5-mai-am-cong-doan-7c41b2e/", 2025),
    ("https://example.vn/2024/09/22/cong-doan-ho-tro.html", 2024),
    ("https://laodongthudo.vn/tet-sum-vay-2027-hon-1000-doan-vien-202577.html", None),  # an id
    ("https://thanhnien.vn/gan-6000-cong-nhan-185260208093015678.htm", None), (None, None),
])
def test_the_year_a_pages_address_gives(url, year):
    assert url_year(url) == year


def test_a_date_line_is_only_a_date():
    assert is_date_line("17:05 | 19/07/2022") and is_date_line("26/06/2024 17:21")
    assert not is_date_line("Sáng nay (19/7/2022), tại quận Long Biên")


@pytest.mark.parametrize("url, expected", [
    ("https://laodongthudo.vn/thoi-su/nhiem-ky-moi-thanh-tuu-moi-165358.html", "165358"),
    ("http://laodongthudo.vn/thoi-su/nhiem-ky-moi-thanh-tuu-moi-165358.html", "165358"),
    ("https://laodongthudo.vn/thoi-su/nhiem-ky-moi-165358-165358.html", "165358"),
    ("https://laodongthudo.vn/apicenter@/print_article&i=165358", "165358"),
    ("https://www.laodongthudo.vn/video/le-ky-niem-165400.media", "165400"),
    # a slug may end in a number: only an id written twice is a double
    ("https://laodongthudo.vn/cong-doan/tong-ket-nam-2024-168008.html", "168008"),
    ("https://laodongthudo.vn/cong-doan/tong-ket-nam-2024-168008-168008.html", "168008"),
    # tracking parameters make no other article (the crawler said 165358, ingest a hash)
    ("https://laodongthudo.vn/thoi-su/nhiem-ky-moi-thanh-tuu-moi-165358.html?utm_source=fb#top",
     "165358"),
])
def test_site_urls_give_the_site_number(url, expected):
    assert article_id(url, "") == expected


def test_a_host_is_the_sites_only_when_it_says_so(monkeypatch):
    """A copy of the site, or the test replica, numbers like it but is not it: a hash, unless
    SOLIEU_SITE_HOSTS names it a host of the site (read by ingest and crawl alike)."""
    copy = "https://tinbong247news.net/dai-hoi-cong-doan-152621.html"
    mirror = "http://127.0.0.1:8123/dai-hoi-cong-doan-152621.html"
    monkeypatch.delenv("SOLIEU_SITE_HOSTS", raising=False)
    assert len(article_id(copy, "")) == len(article_id(mirror, "")) == 16
    monkeypatch.setenv("SOLIEU_SITE_HOSTS", "laodongthudo=127.0.0.1")
    assert article_id(mirror, "") == "152621" and len(article_id(copy, "")) == 16


def test_other_urls_give_a_hash_of_the_canonical_url():
    a = article_id("https://www.example.vn/bai-viet-123.html?utm_source=fb#top", "x")
    b = article_id("http://example.vn/bai-viet-123.html", "y")
    assert a == b and len(a) == 16 and a != "123"
    assert article_id("https://example.vn/bai-viet-124.html", "x") != a


def test_without_url_the_id_is_a_hash_of_the_normalised_input():
    text = (CORPUS / "001_d84ce019b34163c3.txt").read_text(encoding="utf-8")
    article = parse_document(text)
    assert parse_document(text.replace("\n", "\r\n")).id == article.id
    assert parse_document(unicodedata.normalize("NFD", text)).id == article.id


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 writes Vietnamese as base letters (ă â ê ô ơ ư đ) plus combining tones."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in decomposed if m in TONE_MARKS)
            letter = "".join(m for m in decomposed if m not in TONE_MARKS)
            out += (unicodedata.normalize("NFC", letter) + tones).encode("cp1258")
    return bytes(out)


def test_windows_1258_vietnamese_is_read_and_normalised():
    text = (CORPUS / "004_ebf4cac1a1efa335.txt").read_text(encoding="utf-8")
    legacy = parse_document(to_cp1258(text), name="legacy.txt")
    assert legacy.body == parse_document(text).body
    assert legacy.author == "K.Thoa"


def test_nfd_input_gives_an_nfc_body():
    text = (CORPUS / "003_34b3089a9fe80e5b.txt").read_text(encoding="utf-8")
    decomposed = parse_document(unicodedata.normalize("NFD", text).encode("utf-8"))
    assert unicodedata.is_normalized("NFC", decomposed.body)
    assert decomposed.body == parse_document(text).body
    assert decomposed.raw == unicodedata.normalize("NFD", text)  # raw stays verbatim


@pytest.mark.parametrize("data, kind, words", [
    (b"", "empty", "empty"),
    (b" \n\r\n\t \n", "empty", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3", "binary", "PDF"),
    (bytes(range(256)) * 4, "binary", "NUL bytes"),
    ("Größe über Maße, schöne Grüße aus Köln und Düsseldorf".encode("latin-1") * 3,
     "encoding", "not UTF-8"),
    (b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>",
     "no_article", "no article"),
    ("Chỉ một dòng tiêu đề".encode(), "no_article", "no article"),
])
def test_inputs_that_are_not_articles_say_why_and_name_the_file(data, kind, words):
    with pytest.raises(BadInput) as caught:
        parse_document(data, name="inbox/bad-file.txt")
    assert caught.value.kind == kind
    assert str(caught.value).startswith("inbox/bad-file.txt: ")
    assert words in str(caught.value)


def test_an_input_over_the_size_limit_is_refused_without_parsing():
    with pytest.raises(BadInput) as caught:
        parse_document(b"a" * (MAX_INPUT_BYTES + 1), name="huge.txt")
    assert caught.value.kind == "too_large" and "limit" in str(caught.value)


def test_html_declaring_windows_1258_is_decoded_by_its_declaration():
    html = (DATA / "ldtd_article.html").read_text(encoding="utf-8")
    legacy = to_cp1258(html.replace('<meta charset="utf-8">', '<meta charset="windows-1258">'))
    article = parse_document(legacy, name="legacy.html")
    assert article.format == "ldtd-html"
    assert article.body == parse_document(html).body


def test_utf16_text_with_a_byte_order_mark_is_read():
    text = (CORPUS / "002_053f71dfb615713f.txt").read_text(encoding="utf-8")
    assert parse_document(text.encode("utf-16")).body == parse_document(text).body
