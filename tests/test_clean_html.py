"""HTML pages: laodongthudo.vn markup by its selectors, other sites by trafilatura."""
from __future__ import annotations

from pathlib import Path

import pytest

from solieu.extract.article.clean import BadInput, parse_document

DATA = Path(__file__).resolve().parent / "data"
SITE_URL = ("https://laodongthudo.vn/cong-doan/hoat-dong/"
            "ldld-huyen-gia-lam-phat-trien-1250-doan-vien-moi-165358.html")
TITLE = "LĐLĐ huyện Gia Lâm: Phát triển 1.250 đoàn viên mới trong 6 tháng đầu năm"


def read(name: str, url: str | None = None):
    return parse_document((DATA / name).read_bytes(), name=name, url=url)


def test_site_page_fields_come_from_the_site_markup():
    article = read("ldtd_article.html")
    assert article.format == "ldtd-html"
    assert article.id == "165358"
    assert article.url == SITE_URL  # from <link rel=canonical>
    assert article.title == TITLE
    assert article.published == "2023-07-19T17:05:00+07:00"
    assert article.category == "Công đoàn > Hoạt động"
    assert article.author == "Minh Anh"
    assert article.sapo.startswith("(LĐTĐ) Sáng 12/7, Liên đoàn Lao động (LĐLĐ) huyện Gia Lâm")


def test_site_page_body_is_title_lead_paragraphs_and_captions_only():
    paragraphs = read("ldtd_article.html").body.split("\n\n")
    assert paragraphs == [
        TITLE,
        "(LĐTĐ) Sáng 12/7, Liên đoàn Lao động (LĐLĐ) huyện Gia Lâm tổ chức Hội nghị sơ kết công tác "
        "Công đoàn 6 tháng đầu năm 2023.",
        "Vượt chỉ tiêu phát triển đoàn viên",
        "Theo báo cáo, 6 tháng đầu năm, LĐLĐ huyện đã kết nạp 1.250/1.000 đoàn viên, đạt 125% chỉ "
        "tiêu; thành lập mới 12 Công đoàn cơ sở.",
        "Chủ tịch LĐLĐ huyện Gia Lâm phát biểu tại hội nghị.",
        "Các cấp Công đoàn đã trao 520 suất quà, tổng trị giá 260 triệu đồng cho đoàn viên có hoàn "
        "cảnh khó khăn.",
        "Trong 6 tháng cuối năm, LĐLĐ huyện phấn đấu có trên 90% doanh nghiệp tổ chức Hội nghị "
        "người lao động.",
    ]


def test_the_url_the_page_was_fetched_from_is_kept_and_gives_the_id():
    print_view = "https://laodongthudo.vn/apicenter@/print_article&i=165358"
    article = read("ldtd_article.html", url=print_view)
    assert article.url == print_view and article.id == "165358"


def test_pages_the_site_selectors_do_not_match_go_to_trafilatura():
    article = read("other_site_article.html")
    assert article.format == "html"
    assert article.title == "Hải Phòng: 3.200 công nhân được hỗ trợ nhà ở"
    assert article.published == "2024-03-05T08:30:00+07:00"
    assert article.author == "Trần Hà"
    assert article.body.startswith(article.title + "\n\nNăm 2024, thành phố Hải Phòng hỗ trợ 3.200")
    assert article.body.endswith("với đầy đủ tiện nghi cơ bản.")
    for furniture in ("Trang chủ", "Đọc nhiều", "Giá vàng", "©", "quảng cáo"):
        assert furniture not in article.body
    # Another site's URL: no site number, a hash of the canonical URL.
    assert article.id != "1234" and len(article.id) == 16


@pytest.mark.parametrize("name, reason", [
    ("ldtd_listing.html", "listing page"),
    ("no_article.html", "no article text"),
])
def test_html_without_an_article_is_refused_naming_the_file(name, reason):
    with pytest.raises(BadInput) as caught:
        read(name)
    assert caught.value.kind == "no_article"
    assert str(caught.value).startswith(f"{name}: ") and reason in str(caught.value)


def test_a_changed_site_page_keeps_its_id_and_changes_its_content_hash():
    html = (DATA / "ldtd_article.html").read_text(encoding="utf-8")
    before = parse_document(html, url=SITE_URL)
    after = parse_document(html.replace("520 suất quà", "530 suất quà"), url=SITE_URL)
    assert after.id == before.id == "165358"
    assert after.content_hash != before.content_hash
    unchanged = parse_document(html.replace("<style>", "<style>/* new theme */"), url=SITE_URL)
    assert unchanged.content_hash == before.content_hash


def test_teasers_and_boxes_inside_the_article_container_are_cut():
    html = (DATA / "ldtd_article.html").read_text(encoding="utf-8").replace(
        '<p style="text-align: right;"><strong>Minh Anh</strong></p>',
        '<p style="text-align: right;"><strong>Minh Anh</strong></p>'
        "<p><strong>Tin khác</strong></p>"
        "<p>Công đoàn ngành Y tế trao 75 suất quà Tết</p>"
        "<p>Quận Hoàng Mai có thêm 3 nhà Mái ấm Công đoàn.</p>",
    )
    article = parse_document(html, url=SITE_URL)
    assert article.author == "Minh Anh"
    assert "75 suất quà" not in article.body and "Tin khác" not in article.body
    assert "Hoàng Mai" not in article.body
    assert article.body.endswith("tổ chức Hội nghị người lao động.")
    teaser = html.replace("<p><strong>Tin khác</strong></p>", "").replace(
        "<p>Quận Hoàng Mai có thêm 3 nhà Mái ấm Công đoàn.</p>",
        "<p>(LĐTĐ) Công đoàn ngành Y tế Hà Nội vừa trao 75 suất quà cho đoàn viên.</p>")
    assert parse_document(teaser, url=SITE_URL).body == article.body
