"""Page shapes the five bundled files do not have, written by hand after SITE.md and the corpus:
the cleaner must hold on laodongthudo.vn pages it has never seen."""
from __future__ import annotations

from pathlib import Path

import pytest

from solieu.extract.article.boilerplate import is_title_run
from solieu.extract.article.clean import parse_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

MENU_TEASERS_NO_HEADING = """Trang chủ
Công đoàn
Hoạt động

Sóc Sơn: Trao 200 suất quà cho công nhân khó khăn

09:15 | 03/02/2025

(LĐTĐ) Sáng 3/2, Liên đoàn Lao động huyện Sóc Sơn trao 200 suất quà cho công nhân có hoàn cảnh khó khăn.

Mỗi suất quà trị giá 500 nghìn đồng, tổng kinh phí 100 triệu đồng do các doanh nghiệp ủng hộ.

Trao quà tại Khu công nghiệp Nội Bài.
Trao quà tại Khu công nghiệp Nội Bài.

Năm 2025, huyện phấn đấu kết nạp 1.500 đoàn viên mới.

Hoàng Yến

Ba Vì khánh thành 2 nhà Mái ấm Công đoàn

Ba Vì khánh thành 2 nhà Mái ấm Công đoàn

(LĐTĐ) Ngày 1/2, LĐLĐ huyện Ba Vì khánh thành 2 nhà Mái ấm Công đoàn trị giá 160 triệu đồng.
Vì sao công nhân bỏ việc sau Tết?

Vì sao công nhân bỏ việc sau Tết?

(LĐTĐ) Sau Tết, 15% công nhân tại các khu công nghiệp không trở lại làm việc.
"""


def test_menu_above_the_title_and_a_teaser_run_after_the_byline_are_dropped():
    article = parse_document(MENU_TEASERS_NO_HEADING)
    assert article.format == "ldtd-text"
    assert article.title == "Sóc Sơn: Trao 200 suất quà cho công nhân khó khăn"
    assert article.published == "2025-02-03T09:15:00+07:00"
    assert article.sapo.startswith("(LĐTĐ) Sáng 3/2")
    assert article.author == "Hoàng Yến"
    assert article.body.split("\n\n") == [
        article.title,
        article.sapo,
        "Mỗi suất quà trị giá 500 nghìn đồng, tổng kinh phí 100 triệu đồng do các doanh nghiệp ủng hộ.",
        "Trao quà tại Khu công nghiệp Nội Bài.",  # an alt text repeating its caption: kept once
        "Năm 2025, huyện phấn đấu kết nạp 1.500 đoàn viên mới.",
    ]


LINES_WITHOUT_BLANKS = """Đan Phượng: 98% doanh nghiệp ký thỏa ước lao động tập thể
14:40 | 11/10/2023
(LĐTĐ) Liên đoàn Lao động huyện Đan Phượng cho biết, 98% doanh nghiệp có tổ chức công đoàn đã ký thỏa ước lao động tập thể.
Kết quả nổi bật
Trong 9 tháng, huyện thành lập 7 Công đoàn cơ sở, kết nạp 640 đoàn viên
![]() |
Đại diện doanh nghiệp ký thỏa ước. |
Huyện tiếp tục giám sát việc thực hiện thỏa ước tại 45 doanh nghiệp.
Thu Hà (tổng hợp)
Giá xăng hôm nay giảm mạnh
Khởi công cầu Tứ Liên
Tin đọc nhiều
Thời tiết Hà Nội hôm nay
"""


def test_a_page_with_one_paragraph_a_line_keeps_subheadings_and_captions():
    article = parse_document(LINES_WITHOUT_BLANKS)
    assert article.author == "Thu Hà (tổng hợp)"
    assert article.body.split("\n\n")[2:] == [
        "Kết quả nổi bật",
        "Trong 9 tháng, huyện thành lập 7 Công đoàn cơ sở, kết nạp 640 đoàn viên",
        "Đại diện doanh nghiệp ký thỏa ước.",
        "Huyện tiếp tục giám sát việc thực hiện thỏa ước tại 45 doanh nghiệp.",
    ]


def test_html_line_breaks_separate_words():
    html = ("<html><head><title>x</title></head><body><div class='content_detail'>"
            "<h1>Mê Linh trao 50 suất học bổng</h1><div class='tool'><i>08:00 | 01/06/2024</i></div>"
            "<div class='detail_info'><p>(LĐTĐ) LĐLĐ huyện Mê Linh trao 50 suất học bổng<br>"
            "cho con đoàn viên vượt khó học giỏi năm học 2023 - 2024.</p>"
            "<p>Mỗi suất học bổng trị giá 1 triệu đồng, do Quỹ Bảo trợ trẻ em huyện tài trợ.</p>"
            "<p>Thanh Xuân</p></div></div></body></html>")
    article = parse_document(html, url="https://laodongthudo.vn/cong-doan/me-linh-170001.html")
    assert article.format == "ldtd-html" and article.id == "170001"
    assert "học bổng cho con đoàn viên" in article.sapo
    assert article.author == "Thanh Xuân"
    assert article.body.endswith("do Quỹ Bảo trợ trẻ em huyện tài trợ.")


@pytest.mark.parametrize("stem", [
    "000_357aef53b46d333e", "001_d84ce019b34163c3", "002_053f71dfb615713f",
    "003_34b3089a9fe80e5b", "004_ebf4cac1a1efa335",
])
@pytest.mark.parametrize("layout", ["one line a paragraph", "blank line after every line"])
def test_the_bundled_pages_laid_out_otherwise_give_the_same_article(stem, layout):
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    relaid = ("\n" if layout == "one line a paragraph" else "\n\n").join(lines)
    article, original = parse_document(relaid), parse_document(text)
    assert (article.title, article.sapo, article.author) == \
        (original.title, original.sapo, original.author)
    if stem.startswith("003"):
        # Relaid, the line wrapped mid-sentence cannot be told from a paragraph without a stop.
        assert article.body.replace("Viên chức\n\nThành phố khóa VI", "Viên chức Thành phố khóa VI") \
            == original.body
    else:
        assert article.body == original.body


INLINE_BOX_PAGE = """URL: https://laodongthudo.vn/cau-giay-hoi-thi-nu-cnvcld-300002.html
TITLE: Cầu Giấy: 14 đội tranh tài tại Hội thi nữ CNVCLĐ

Cầu Giấy: 14 đội tranh tài tại Hội thi nữ CNVCLĐ
21:00 | 18/10/2024
(LĐTĐ) Tối 18/10, LĐLĐ quận Cầu Giấy tổ chức Hội thi nữ công nhân, viên chức, lao động.
{box}

Hội thi có 14 đội đến từ các CĐCS trên địa bàn quận, với 84 thí sinh tham gia.
{picture}
Kết quả, Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì cho các đội thi.

Bảo Anh
"""
INLINE_BOXES = {
    "any heading SITE.md names": ("Có thể bạn quan tâm\nCầu Giấy: 120 nữ đoàn viên được tầm soát "
                                  "ung thư miễn phí\nHà Nội: Tôn vinh 95 nữ cán bộ công đoàn", ""),
    "titles run together on one line": (
        "Tin liên quan\nCông đoàn ngành Y tế Hà Nội trao 10 \"Mái ấm công đoàn\" cho đoàn viên khó "
        "khăn Ngành Y tế Hà Nội tôn vinh 100 thầy thuốc tiêu biểu Hội thao ngành Y tế năm 2024 thu "
        "hút hơn 1.500 vận động viên", ""),
    "a picture and its caption after the titles": (
        "| Tin liên quan |\n| Hà Đông: Trao 20 \"Mái ấm Công đoàn\" trong năm 2023 |",
        "\n![]() |\n| Các đội thi tại Hội thi. Ảnh: Bảo Anh |\n"),
    "headed `Tin khác`, titles split by a pipe": (
        "Tin khác\nCầu Giấy: 120 nữ đoàn viên được tầm soát ung thư | Hội thao ngành Y tế thu hút "
        "1.500 vận động viên", ""),
}


@pytest.mark.parametrize("shape", INLINE_BOXES)
def test_a_related_box_inline_after_the_lead_does_not_end_the_article(shape):
    box, picture = INLINE_BOXES[shape]
    body = parse_document(INLINE_BOX_PAGE.format(box=box, picture=picture), name="box.txt").body
    assert "84 thí sinh" in body and "2 giải Nhì" in body
    assert "tầm soát" not in body and "vận động viên" not in body and "20 \"Mái ấm" not in body


def test_a_long_related_box_then_a_picture_and_the_headline_again_does_not_end_the_article():
    titles = "".join(f"| Tin số {n}: Công đoàn Thủ đô trao {n}00 suất quà cho đoàn viên |\n" for n in range(1, 8))
    page = ("URL: https://laodongthudo.vn/ha-noi-phat-dong-thang-cong-nhan-2026-300111.html\n"
            "TITLE: Hà Nội phát động Tháng Công nhân năm 2026\n\n"
            "Hà Nội phát động Tháng Công nhân năm 2026\n"
            "(LĐTĐ) Sáng 25-4, Liên đoàn Lao động thành phố Hà Nội tổ chức Lễ phát động Tháng Công nhân năm 2026.\n"
            "Tin liên quan\n" + titles + "![]() |\n"
            "Hà Nội phát động Tháng Công nhân năm 2026\n"
            "Năm nay, các cấp Công đoàn Thủ đô dự kiến tổ chức trên 3.500 hoạt động, chăm lo cho khoảng "
            "150.000 đoàn viên.\n"
            "Tháng Công nhân năm 2025, Công đoàn Thủ đô đã tổ chức hơn 3.200 hoạt động.\n")
    body = parse_document(page, name="box.txt").body
    assert "3.500 hoạt động" in body and "3.200 hoạt động" in body
    assert "Tin số" not in body


def test_a_related_box_under_the_headline_before_the_lead_does_not_end_the_article():
    # (the lead after the titles is the article's own: no prose came before the box)
    page = ("URL: https://laodongthudo.vn/long-bien-thanh-lap-moi-14-cdcs-300222.html\n"
            "TITLE: Công đoàn phường Long Biên: Thành lập mới 14 Công đoàn cơ sở trong 9 tháng\n\n"
            "Công đoàn phường Long Biên: Thành lập mới 14 Công đoàn cơ sở trong 9 tháng\n"
            "08:49 | 06/10/2025\n"
            "Tin liên quan\n"
            "Hà Nội: Hơn 3.000 đoàn viên mới được kết nạp trong quý III\n"
            "Công đoàn phường Bồ Đề ra mắt 5 Công đoàn cơ sở khu vực ngoài nhà nước\n"
            "(LĐTĐ) Tính chung 9 tháng đầu năm 2025, phường Long Biên đã thành lập mới 14 Công đoàn cơ sở, "
            "kết nạp 1.046 đoàn viên.\n"
            "Ngày 3/10, Công đoàn phường Long Biên tổ chức Hội nghị sơ kết công tác công đoàn 9 tháng đầu năm.\n"
            "Hiện Công đoàn phường trực tiếp quản lý 186 CĐCS với 9.420 đoàn viên.\n")
    article = parse_document(page, name="box-first.txt")
    body = article.body
    assert article.sapo.startswith("(LĐTĐ) Tính chung 9 tháng đầu năm 2025")
    assert "1.046 đoàn viên" in body and "9.420 đoàn viên" in body
    assert "3.000 đoàn viên" not in body and "Bồ Đề" not in body


def test_a_readers_long_question_after_a_related_box_is_kept():
    # (it ends in `?` as a question headline may; no headline runs that long)
    page = ("URL: https://laodong.vn/ban-doc/tro-cap-that-nghiep-1587642.ldo\n"
            "TITLE: Nghỉ việc được hưởng trợ cấp thất nghiệp bao nhiêu tháng?\n\n"
            "Nghỉ việc được hưởng trợ cấp thất nghiệp bao nhiêu tháng?\n"
            "Tin liên quan\nLương tối thiểu vùng năm 2026 tăng 7,2%\n"
            "Bạn đọc Nguyễn Thị Lan (phường Thuận An) hỏi: Tôi làm công nhân được 8 năm, đóng bảo hiểm "
            "thất nghiệp liên tục 96 tháng, mức lương đóng bảo hiểm 6 tháng gần nhất là 7,2 triệu "
            "đồng/tháng. Xin hỏi tôi được hưởng trợ cấp thất nghiệp bao nhiêu tháng, mỗi tháng được bao "
            "nhiêu tiền?\n"
            "Văn phòng Tư vấn pháp luật Báo Lao Động trả lời:\n"
            "Khoản 1 Điều 50 Luật Việc làm 2013 quy định mức hưởng hằng tháng bằng 60% mức bình quân tiền "
            "lương tháng đóng bảo hiểm thất nghiệp.\n"
            "Khoản 2 Điều 50 Luật này quy định cứ đóng đủ 12 tháng đến đủ 36 tháng thì được hưởng 3 tháng "
            "trợ cấp thất nghiệp.\n")
    body = parse_document(page, name="qa.txt").body
    assert "7,2 triệu đồng/tháng" in body and "60%" in body
    assert "tăng 7,2%" not in body


def test_a_related_box_followed_by_teasers_still_ends_the_article():
    page = INLINE_BOX_PAGE.format(box="", picture="") + (
        "\nCó thể bạn quan tâm\nBa Vì khánh thành 2 nhà Mái ấm Công đoàn\n"
        "Ba Vì khánh thành 2 nhà Mái ấm Công đoàn\n"
        "(LĐTĐ) Ngày 1/2, LĐLĐ huyện Ba Vì khánh thành 2 nhà Mái ấm Công đoàn trị giá 160 triệu đồng.\n"
        "Vì sao công nhân bỏ việc sau Tết?\nVì sao công nhân bỏ việc sau Tết?\n"
        "(LĐTĐ) Sau Tết, 15% công nhân tại các khu công nghiệp không trở lại làm việc.\n")
    body = parse_document(page, name="teasers.txt").body
    assert "2 giải Nhì" in body and "Ba Vì" not in body and "15%" not in body


RELATED_TITLES_NO_HEADING = """URL: https://laodongthudo.vn/my-duc-ban-giao-5-mai-am-cong-doan-300009.html
TITLE: Mỹ Đức: Bàn giao 5 “Mái ấm công đoàn” cho đoàn viên khó khăn

CÔNG ĐOÀN
Mỹ Đức: Bàn giao 5 “Mái ấm công đoàn” cho đoàn viên khó khăn
(LĐTĐ) Trong 2 ngày 26 - 27/7, LĐLĐ huyện Mỹ Đức đã bàn giao 5 “Mái ấm công đoàn” cho đoàn viên có hoàn cảnh khó khăn.
Hà Nội: Trao 48 “Mái ấm công đoàn” trong 6 tháng đầu năm 2023 Ứng Hòa: Đoàn viên khó khăn vui mừng nhận nhà mới
Long Biên: Đối thoại với 120 công nhân về tiền lương | Thương lượng tập thể: Cần thực chất hơn
Tổng kinh phí xây dựng các căn nhà là gần 1,4 tỷ đồng, trong đó LĐLĐ thành phố Hà Nội hỗ trợ 250 triệu đồng.
Ngọc Lan
"""


def test_related_titles_run_together_on_a_line_without_their_heading_are_dropped():
    body = parse_document(RELATED_TITLES_NO_HEADING, name="titles.txt").body
    assert "gần 1,4 tỷ đồng" in body and "48 “Mái ấm" not in body and "Ứng Hòa" not in body
    assert "120 công nhân" not in body  # (titles a pipe separates)


@pytest.mark.parametrize("line, titles", [
    # two headlines meeting where the second opens with a word prose never capitalizes there
    ("Đồng Nai: 80% doanh nghiệp đã chi trả thưởng Tết cho công nhân Công nhân KCN Amata được hỗ trợ 2 triệu "
     "đồng/người", True),
    ("Tỷ lệ thất nghiệp quý II/2024 giảm nhẹ Hơn 125.000 lao động Việt Nam sẽ đi làm việc ở nước ngoài trong "
     "năm nay", True),
    # a caption naming a named month (`Tháng Công nhân`), and a caption without its credit: no titles
    ("Công đoàn các KCN tỉnh trao 200 suất quà cho công nhân Công ty TNHH Điện tử Hanwoo Vina (KCN Quế Võ) dịp "
     "Tháng Công nhân năm 2024. Ảnh: Minh Hải", False),
    ("LĐLĐ thành phố Hà Nội gửi 100 triệu đồng ủng hộ tới Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội, "
     "chung tay giúp người dân vùng bão lũ khắc phục hậu quả", False),
])
def test_headlines_meeting_on_one_line_are_a_title_run(line, titles):
    assert is_title_run(line) is titles


def test_a_caption_ends_at_its_lines_end_though_prose_follows_without_a_blank_line():
    # a caption without a full stop (its credit ends it) is not a wrapped line of the prose
    # under it: joined, the paragraph's facts took the caption's scene for their time
    page = ("URL: https://laodongthudo.vn/cau-giay-so-ket-123.html\nTITLE: Cầu Giấy sơ kết 6 tháng\n"
            "DATE: 09:15 | 12/07/2024\n\n"
            "(LĐTĐ) Sáng 11/7, LĐLĐ quận Cầu Giấy tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n\n"
            "![]() |\n"
            "| Lãnh đạo LĐLĐ quận trao Giấy khen cho các tập thể có thành tích xuất sắc. Ảnh: Phương Thảo |\n"
            "Cùng với phát triển đoàn viên, các cấp công đoàn quận đã thăm hỏi 1.245 lượt đoàn viên ốm đau.\n")
    paragraphs = parse_document(page).body.split("\n\n")
    assert paragraphs[-1] == "Cùng với phát triển đoàn viên, các cấp công đoàn quận đã thăm hỏi 1.245 lượt đoàn viên ốm đau."
    assert paragraphs[-2].startswith("Lãnh đạo LĐLĐ quận trao Giấy khen")


def test_the_mastheads_owner_address_and_press_licence_end_the_article():
    page = ("URL: https://congdoan.vn/tin-tuc/hoi-nghi-123.html\nTITLE: Tổng LĐLĐ Việt Nam tổng kết năm 2025\n\n"
            "Tổng LĐLĐ Việt Nam tổng kết năm 2025\n"
            "(Congdoan.vn) Năm 2025, các cấp công đoàn kết nạp 1,2 triệu đoàn viên.\n"
            "Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam. Địa chỉ: 82 Nguyễn Chí Thanh, Đống Đa, Hà Nội. "
            "Giấy phép số 116/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp.\n")
    body = parse_document(page, name="masthead.txt").body
    assert "1,2 triệu đoàn viên" in body and "82 Nguyễn Chí Thanh" not in body and "116/GP" not in body
