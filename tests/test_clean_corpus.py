"""The cleaner on the five bundled scraped pages.

Expectations were written by reading corpus/*.txt: where each article starts and ends, its
byline, and the boilerplate around it that must be gone (teasers, menus, footers, residue).
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from solieu.extract.article.clean import parse_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# file stem -> (title, published, sapo start or None, first body paragraph start, last sentence, author)
EXPECTED = {
    "000_357aef53b46d333e": (
        "Quyết tâm hoàn thành các chỉ tiêu đề ra", None,
        "(LĐTĐ) Hướng tới xây dựng tổ chức Công đoàn vững mạnh",
        "Xây dựng tổ chức Công đoàn vững mạnh",
        "Theo đó, các cấp Công đoàn tiếp tục nâng cao vai trò đại diện, bảo vệ quyền, lợi ích hợp "
        "pháp, chính đáng của đoàn viên và người lao động; làm tốt công tác chăm lo; đổi mới công tác "
        "tuyên truyền; nâng cao hiệu quả các phong trào thi đua; tiếp tục đổi mới nội dung, phương "
        "thức hoạt động; đẩy mạnh công tác vận động nữ CNVCLĐ; đẩy mạnh công tác kiểm tra, giám sát "
        "và hoạt động của Ủy ban kiểm tra…",
        "Kim Tiến",
    ),
    "001_d84ce019b34163c3": (
        "Cụm thi đua số 1 Liên đoàn Lao động thành phố Hà Nội: Quyết tâm hoàn thành cao nhất các "
        "chỉ tiêu, nhiệm vụ trong 6 tháng cuối năm",
        "2022-07-19T17:05:00+07:00",
        "(LĐTĐ) Sáng nay (19/7), tại quận Long Biên, Cụm thi đua số 1",
        "Dự hội nghị còn có các đồng chí: Ngô Văn Tuyến",
        "Tiếp thu ý kiến chỉ đạo của lãnh đạo LĐLĐ Thành phố, Cụm trưởng Cụm thi đua số 1 xin hứa "
        "tiếp tục đoàn kết, phấn đấu hơn nữa hoàn thành các nhiệm vụ của quận cũng như của Cụm thi "
        "đua đóng góp chung vào sự phát triển của Thành phố.",
        "Lương Hằng",
    ),
    "002_053f71dfb615713f": (
        "LĐLĐ quận Nam Từ Liêm: Triển khai toàn diện công tác Công đoàn",
        "2024-06-26T17:21:00+07:00",
        None,
        "Đẩy mạnh công tác chăm lo, bảo vệ",
        "Tổ chức các phong trào thi đua yêu nước, góp phần hoàn thành thắng lợi nhiệm vụ phát triển "
        "kinh tế - xã hội của quận, Thủ đô năm 2024.",
        "Bảo Thoa",
    ),
    "003_34b3089a9fe80e5b": (
        "Nâng cao hiệu quả công tác, tránh hình thức trong tổ chức và hoạt động Công đoàn", None,
        "Sáng 27/12, Công đoàn viên chức thành phố Hà Nội đã tổ chức Hội nghị Ban chấp hành khóa V",
        "Hội nghị đã tập trung thảo luận, đóng góp ý kiến",
        "Hội nghị cũng nhất trí ủy quyền cho Ban Thường vụ Công đoàn Viên chức Thành phố xét khen "
        "thưởng và đề nghị cấp trên khen thưởng phong trào CBCCVCLĐ và hoạt động Công đoàn năm 2023; "
        "Phân công nhiệm vụ các ủy viên Ban Chấp hành Công đoàn Viên chức Thành phố khóa VI, nhiệm kỳ "
        "2023-2028.",
        "P.Ngân",
    ),
    "004_ebf4cac1a1efa335": (
        "LĐLĐ quận Ba Đình: Một năm về đích trước hẹn", None,
        "Mặc dù năm 2016 được dự báo tình hình kinh tế xã hội nhìn chung còn tiếp tục khó khăn",
        "Ý thức được những khó khăn trước mắt, nên ngay từ đầu năm 2016",
        "Từ đó, đội ngũ CNVCLĐ trên địa bàn yên tâm lao động sản xuất và gắn bó với đơn vị, góp phần "
        "hoàn thành thắng lợi các nhiệm vụ KT –XH của từng đơn vị cũng như địa phương trong năm 2016.",
        "K.Thoa",
    ),
}

# Page furniture seen in these files; none of it may remain in a clean body.
BOILERPLATE = [
    "Có thể bạn quan tâm", "Nên xem", "Tin khác", "Xem thêm", "Tin đọc nhiều",
    "Phiên bản di động", "©", "Ghi rõ nguồn", "![](", "-->", " |",
]
# Teaser leads and related titles (other articles), one or more per file.
FOREIGN_TEXT = {
    "000_357aef53b46d333e": [
        "TRỰC TUYẾN: Công đoàn huyện Thường Tín hướng về cơ sở", "97 đề tài",
        "Hà Nội ghi nhận thêm 258 trường hợp", "Công đoàn Viên chức Việt Nam tổng kết",
    ],
    "001_d84ce019b34163c3": [
        "Liên đoàn Lao động huyện Mê Linh triển khai nhiệm vụ", "Gia Lâm: Thực hiện toàn diện",
    ],
    "002_053f71dfb615713f": [
        "The Matrix One Premium", "Giá vàng", "Tiktoker", "Hiệu quả từ các phong trào thi đua",
        "LĐLĐ quận Hoàn Kiếm tuyên dương 190 cá nhân",
    ],
    "003_34b3089a9fe80e5b": [
        "Công đoàn Viên chức tỉnh Nghệ An", "Giải ngân trên 21,6 tỷ đồng", "267.493",
        "Những người góp sức cho trái bóng lăn",
    ],
    "004_ebf4cac1a1efa335": [
        "mot nam ve dich truoc hen", "Bàn giao Mái ấm công đoàn", "Thủ tướng gửi thư khen",
        "300 thanh niên công nhân", "sinh năm 1988",
    ],
}


def parse(stem: str):
    path = CORPUS / f"{stem}.txt"
    return parse_document(path.read_bytes(), name=str(path))


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_body_starts_with_title_and_lead_and_ends_with_last_sentence(stem):
    title, published, sapo, first_body, last, author = EXPECTED[stem]
    article = parse(stem)
    paragraphs = article.body.split("\n\n")
    assert article.title == title and paragraphs[0] == title
    assert article.published == published
    assert article.author == author
    if sapo:
        assert article.sapo.startswith(sapo) and paragraphs[1] == article.sapo
        assert paragraphs[2].startswith(first_body)
    else:
        assert article.sapo is None and paragraphs[1].startswith(first_body)
    assert article.body.endswith(last)
    assert author not in paragraphs[-1]
    assert article.format == "ldtd-text"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_no_teaser_menu_footer_or_residue_remains(stem):
    body = parse(stem).body
    for line in body.split("\n\n"):
        assert line == line.strip() and line
        for furniture in BOILERPLATE:
            assert furniture not in line, (furniture, line)
        assert not line.startswith("(LĐTĐ)") or line == parse(stem).sapo
    for foreign in FOREIGN_TEXT[stem]:
        assert foreign not in body


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_captions_kept_once_and_title_repeats_dropped(stem):
    article = parse(stem)
    paragraphs = article.body.split("\n\n")
    assert paragraphs.count(article.title) == 1
    headline = article.title.split(": ")[-1]
    assert headline not in paragraphs[1:]
    assert len(paragraphs) == len(set(paragraphs))


def test_captions_of_the_bundled_pages_are_article_text():
    assert "\n\nBan Chấp hành LĐLĐ huyện Thường Tín khóa XI ra mắt Đại hội.\n\n" \
        in parse("000_357aef53b46d333e").body
    assert "\n\nToàn cảnh hội nghị\n\n" in parse("001_d84ce019b34163c3").body
    assert "\n\nLĐLĐ quận phát huy Mô hình Điểm sinh hoạt Công đoàn\n\n" \
        in parse("002_053f71dfb615713f").body
    assert "\n\nChủ tịch LĐLĐ quận Ba Đình Nguyễn Xuân Trọng trao quyết định thành lập CĐCS mới.\n\n" \
        in parse("004_ebf4cac1a1efa335").body


def test_a_line_wrapped_mid_sentence_is_mended():
    body = parse("003_34b3089a9fe80e5b").body
    assert "Ủy ban Kiểm tra Công đoàn Viên chức Thành phố khóa VI; Chương trình công tác" in body


def test_every_gold_sentence_is_in_the_clean_body():
    for gold in sorted((CORPUS / "gold").glob("*[0-9a-f].jsonl")):
        body = parse(gold.stem).body
        for line in gold.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["sentence"] in body


def test_body_is_nfc_raw_is_verbatim_and_ids_are_stable():
    for stem in EXPECTED:
        path = CORPUS / f"{stem}.txt"
        article = parse(stem)
        assert unicodedata.is_normalized("NFC", article.body)
        assert article.raw == path.read_text(encoding="utf-8")
        again = parse_document(path.read_bytes(), name="elsewhere.txt")
        assert (again.id, again.content_hash) == (article.id, article.content_hash)
        assert article.id != stem.split("_")[1]
    assert len({parse(stem).id for stem in EXPECTED}) == len(EXPECTED)
