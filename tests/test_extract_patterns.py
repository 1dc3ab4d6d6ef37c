"""One short sentence per pattern of FACTS.md: what `extract_article` must make of it.

The sentences are written for these tests (none is copied from the corpus), so they exercise the
language rather than the five bundled articles. Every test also checks provenance: each fact's
`raw` is `body[start:end]` and lies inside the sentence it points to.
"""
from __future__ import annotations

import math
import re
import unicodedata

import pytest

from solieu.extract.facts.pipeline import extract_article
from solieu.extract.records import Article

PUBLISHED = "2024-06-26T10:00:00+07:00"
NUMERIC = {"value", "numerator", "denominator", "percent"}


def ident(value):
    """A readable ASCII test id for a Vietnamese string (pytest escapes non-ASCII ids)."""
    if not isinstance(value, str):
        return None
    plain = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.encode("ascii", "replace").decode()[:40] or "empty"


def extract(body: str, published: str | None = PUBLISHED, title: str | None = None):
    sentences, facts = extract_article(Article(id="t", body=body, published=published, title=title))
    by_idx = {s.idx: s for s in sentences}
    for f in facts:
        assert body[f.start:f.end] == f.raw, f"offsets of {f.raw!r}"
        sentence = by_idx[f.sentence_idx]
        assert sentence.start <= f.start and f.end <= sentence.end, f"{f.raw!r} outside its sentence"
        assert body[sentence.start:sentence.end] == sentence.text
    return facts


def locate(body: str, needle: str) -> tuple[int, int]:
    """Where `needle` stands in `body` as a whole token ("20" is not the start of "2023")."""
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", body)]
    assert len(spans) == 1, f"{needle!r} must occur once in {body!r}"
    return spans[0]


def overlapping(facts, body: str, needle: str):
    start, end = locate(body, needle)
    return [f for f in facts if f.start < end and start < f.end]


def fact_at(body: str, needle: str, **kwargs):
    """The one fact whose span covers `needle` (the figure as written)."""
    facts = extract(body, **kwargs)
    hits = overlapping(facts, body, needle)
    assert len(hits) == 1, f"{len(hits)} facts on {needle!r}: {[f.raw for f in facts]}"
    return hits[0]


def same_org(found: str | None, expected: str) -> bool:
    def norm(name):
        return " ".join(name.casefold().replace("uỷ", "ủy").split())
    return found is not None and norm(found) == norm(expected)


def assert_fields(fact, expected: dict):
    for key, want in expected.items():
        got = getattr(fact, key)
        if key in NUMERIC and want is not None:
            assert got is not None and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-6), \
                f"{key}: {got!r} != {want!r} in {fact.raw!r}"
        elif key == "organization":
            assert same_org(got, want), f"organization: {got!r} != {want!r}"
        else:
            assert got == want, f"{key}: {got!r} != {want!r} in {fact.raw!r}"


# --- Vietnamese number format: "." groups thousands, "," is the decimal mark ---------------
@pytest.mark.parametrize("body, needle, expected", [
    ("Năm 2023, Công đoàn phường Mai Dịch đã kết nạp 1.846 đoàn viên.", "1.846",
     {"value": 1846, "unit": "đoàn viên"}),
    ("Chương trình đã thu hút hơn 45.000 lượt công nhân tham gia.", "45.000",
     {"value": 45000, "comparator": ">"}),
    ("Toàn quận hiện có 12.350 đoàn viên công đoàn.", "12.350", {"value": 12350}),
    ("Quỹ đã giải ngân 1.250.000.000 đồng cho đoàn viên vay vốn.", "1.250.000.000",
     {"value": 1250000000, "unit": "VND"}),
    ("Tỷ lệ thu kinh phí công đoàn đạt 123,5%.", "123,5", {"value": 123.5, "unit": "%", "percent": 123.5}),
    ("Số sáng kiến được công nhận đạt 117,78%.", "117,78", {"value": 117.78, "unit": "%"}),
    ("Tỷ lệ tai nạn lao động giảm còn 0,5%.", "0,5", {"value": 0.5, "unit": "%"}),
    ("Năm 2023 có 100% đơn vị tổ chức hội nghị người lao động.", "100%",
     {"value": 100, "unit": "%", "percent": 100}),
    ("Công ty có 2.500 công nhân đang làm việc.", "2.500", {"value": 2500, "unit": "công nhân"}),
], ids=ident)
def test_number_format(body, needle, expected):
    assert_fields(fact_at(body, needle), expected)


# --- money with scale words ----------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, expected", [
    ("LĐLĐ huyện Gia Lâm đã trao 83,4 triệu đồng tiền hỗ trợ.", "83,4",
     {"value": 83_400_000, "unit": "VND"}),
    ("Quỹ Trợ vốn đã giải ngân 21,6 tỷ đồng cho đoàn viên.", "21,6",
     {"value": 21_600_000_000, "unit": "VND"}),
    ("Công đoàn đã giải ngân 2,2 tỉ đồng cho 80 đoàn viên.", "2,2",
     {"value": 2_200_000_000, "unit": "VND"}),
    ("Mỗi suất quà trị giá 500 nghìn đồng.", "500", {"value": 500_000, "unit": "VND"}),
    ("Mỗi suất quà trị giá 300 ngàn đồng.", "300", {"value": 300_000, "unit": "VND"}),
    ("Đoàn kiểm tra đã truy thu được hơn 85 triệu đồng kinh phí công đoàn.", "85",
     {"value": 85_000_000, "unit": "VND", "comparator": ">"}),
    ("Công ty thưởng cho mỗi công nhân 1,5 triệu đồng.", "1,5", {"value": 1_500_000, "unit": "VND"}),
    ("Mỗi đoàn viên được hỗ trợ 150.000đ tiền xe.", "150.000đ", {"value": 150_000, "unit": "VND"}),
    ("Tổng kinh phí tổ chức là 1 tỷ đồng.", "1 tỷ", {"value": 1_000_000_000, "unit": "VND"}),
], ids=ident)
def test_money(body, needle, expected):
    assert_fields(fact_at(body, needle), expected)


def test_money_per_person_says_so_in_the_metric():
    body = "Công đoàn công ty hỗ trợ 20 đoàn viên bị tai nạn lao động, mức 10 triệu đồng/người."
    fact = fact_at(body, "10 triệu")
    assert_fields(fact, {"value": 10_000_000, "unit": "VND"})
    assert fact.metric and ("người" in fact.metric or "person" in fact.metric)


@pytest.mark.parametrize("body, raw_end, metric_end", [
    ("Ngân hàng cho vay với mức tối đa 100 triệu đồng/lao động.", "đồng/lao động", None),
    ("Công ty thưởng 2 triệu đồng/người lao động.", "đồng/người lao động", None),
    ("Công đoàn hỗ trợ xây nhà, mức 40 triệu đồng/đoàn viên.", "đồng/đoàn viên", "mỗi đoàn viên"),
], ids=ident)
def test_money_per_a_noun_of_two_words_takes_the_noun_whole(body, raw_end, metric_end):
    """The per-unit is a noun, not its first syllable (`/lao` of `/lao động`)."""
    fact = fact_at(body, raw_end.split("/")[0])
    assert fact.raw.endswith(raw_end)
    if metric_end:
        assert fact.metric.endswith(metric_end)


# --- ratios, percents beside them, implicit bases, the arithmetic check -------------------------
@pytest.mark.parametrize("body, needle, expected", [
    ("Năm 2023, LĐLĐ quận Hoàng Mai đã thành lập được 12/10 CĐCS.", "12/10",
     {"value": 12, "numerator": 12, "denominator": 10, "unit": "CĐCS", "consistency": None}),
    ("Hiện có 45 trên 50 doanh nghiệp đã ký thỏa ước lao động tập thể.", "45 trên 50",
     {"value": 45, "numerator": 45, "denominator": 50, "unit": "doanh nghiệp", "comparator": "="}),
    ("Năm 2023 có 18 trên tổng số 20 đơn vị đạt chuẩn văn hóa.", "18 trên tổng số 20",
     {"value": 18, "numerator": 18, "denominator": 20}),
    ("Kết quả, 40/40 đơn vị tổ chức hội nghị cán bộ, công chức.", "40/40",
     {"value": 40, "numerator": 40, "denominator": 40, "unit": "đơn vị", "percent": None}),
    ("LĐLĐ huyện Đông Anh đã kết nạp 3.120/3000 đoàn viên.", "3.120/3000",
     {"value": 3120, "numerator": 3120, "denominator": 3000, "unit": "đoàn viên"}),
    ("Năm 2023, LĐLĐ huyện Mê Linh thành lập được 13/28 CĐCS, đạt 46,42%.", "13/28",
     {"value": 13, "numerator": 13, "denominator": 28, "percent": 46.42, "consistency": "consistent"}),
    ("Năm 2016, LĐLĐ quận Tây Hồ đã thành lập được 33/25 CĐCS (vượt chỉ tiêu cấp trên giao 132%).",
     "33/25",
     {"value": 33, "numerator": 33, "denominator": 25, "percent": 132, "consistency": "consistent",
      "comparator": "=", "status": "actual", "period": "2016"}),
    ("Năm 2016, LĐLĐ quận kết nạp được 2.460/2000 đoàn viên(đạt 123% so với chỉ tiêu TP giao).",
     "2.460/2000",
     {"value": 2460, "numerator": 2460, "denominator": 2000, "percent": 123,
      "consistency": "consistent", "status": "actual"}),
    ("Công đoàn ngành đã thành lập 20/25 CĐCS, đạt 95% kế hoạch.", "20/25",
     {"numerator": 20, "denominator": 25, "percent": 95, "consistency": "inconsistent"}),
    ("Kết quả đã có 1.250 sáng kiến được công nhận (đạt 125,5%).", "1.250",
     {"value": 1250, "unit": "sáng kiến", "percent": 125.5, "numerator": None,
      "denominator": None, "consistency": None}),
], ids=ident)
def test_ratios_and_percents(body, needle, expected):
    assert_fields(fact_at(body, needle), expected)


@pytest.mark.parametrize("body, ratio, percent", [
    ("Năm 2023, LĐLĐ huyện Mê Linh thành lập được 13/28 CĐCS, đạt 46,42%.", "13/28", "46,42%"),
    ("Công đoàn quận đã kết nạp 1.320/1.000 đoàn viên (vượt chỉ tiêu 132%).", "1.320/1.000", "132%"),
], ids=ident)
def test_percent_beside_a_ratio_is_not_a_fact_of_its_own(body, ratio, percent):
    facts = extract(body)
    assert len(overlapping(facts, body, ratio)) == 1
    assert [f for f in facts if f not in overlapping(facts, body, ratio)] == [], \
        f"{percent!r} became a fact of its own"


@pytest.mark.parametrize("body, malformed, value", [
    ("Thu kinh phí được 5.150.250300đ/2.000.000.000đ đạt 257%.", "5.150.250300đ", 5_150_250_300),
    ("Quỹ đã giải ngân 3.400.12345đ cho đoàn viên vay vốn.", "3.400.12345đ", 340_012_345),
], ids=ident)
def test_malformed_number_is_kept_and_flagged(body, malformed, value):
    fact = fact_at(body, malformed)
    assert malformed in fact.raw
    assert fact.consistency == "malformed"
    assert fact.value == pytest.approx(value)


@pytest.mark.parametrize("body", [
    "", "   ", "100", "%", "Đạt 5/0 CĐCS, đạt 100%.", "1.2.3.4 đơn vị", "…; ; /", "Năm ,5% và ,,",
    "Số 0 đoàn viên.", "Ngày 31/02/2024 có 7 đơn vị.", "9" * 40 + " đồng",
], ids=ident)
def test_odd_input_does_not_crash(body):
    extract(body)


# --- comparators --------------------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, comparator", [
    ("Có trên 70% đơn vị tổ chức hội nghị người lao động.", "70%", ">"),
    ("Công đoàn đã đưa hơn 1.000 lượt công nhân về quê đón Tết.", "1.000", ">"),
    ("Năm nay, số đoàn viên kết nạp mới vượt 500 người.", "500", ">"),
    ("Phấn đấu 70% trở lên doanh nghiệp có tổ chức công đoàn.", "70%", ">="),
    ("Phấn đấu 60% công đoàn cơ sở trở lên xếp loại hoàn thành tốt nhiệm vụ.", "60%", ">="),
    ("Mỗi công đoàn cơ sở giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng.", "1 đoàn viên", ">="),
    ("Huyện đã cho vay ưu đãi gần 700 triệu đồng.", "700", "~"),
    ("Hội thao thu hút khoảng 300 vận động viên.", "300", "~"),
    ("Chương trình có xấp xỉ 2.000 lượt người xem.", "2.000", "~"),
    ("Thu nhập trung bình của công nhân là 8 triệu đồng/tháng.", "8 triệu", "="),
    ("Tỷ lệ lao động nghỉ việc ở mức dưới 5%.", "5%", "<"),
    ("Công ty có 450 công nhân.", "450", "="),
], ids=ident)
def test_comparators(body, needle, comparator):
    assert fact_at(body, needle).comparator == comparator


# --- status: target vs actual -------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, status", [
    ("Năm 2023, LĐLĐ quận Long Biên đã kết nạp 1.200 đoàn viên.", "1.200", "actual"),
    ("Số đoàn viên kết nạp mới năm 2023 đạt 1.350 người.", "1.350", "actual"),
    ("Năm 2023 có 15 CĐCS được thành lập.", "15", "actual"),
    ("Năm 2025, LĐLĐ quận Long Biên phấn đấu kết nạp 1.500 đoàn viên.", "1.500", "target"),
    ("Chỉ tiêu năm 2025 của LĐLĐ huyện là thành lập 20 CĐCS.", "20", "target"),
    ("Mục tiêu đến năm 2025 có 90% doanh nghiệp ký thỏa ước lao động tập thể.", "90%", "target"),
    ("Theo kế hoạch năm 2025, Công đoàn ngành thành lập mới 12 CĐCS.", "12", "target"),
    ("Thời gian tới, LĐLĐ huyện sẽ tổ chức 10 lớp tập huấn.", "10", "target"),
], ids=ident)
def test_status(body, needle, status):
    assert fact_at(body, needle).status == status


# --- periods ------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, published, period", [
    ("Năm 2016, LĐLĐ quận đã thành lập 33 CĐCS.", "33", PUBLISHED, "2016"),
    ("Trong năm 2023, Công đoàn quận tổ chức 40 cuộc tuyên truyền.", "40", PUBLISHED, "2023"),
    ("Trong 6 tháng đầu năm 2024, LĐLĐ quận kết nạp 900 đoàn viên.", "900", PUBLISHED, "2024-H1"),
    ("6 tháng cuối năm 2023, LĐLĐ quận kết nạp 700 đoàn viên.", "700", PUBLISHED, "2023-H2"),
    ("Trong 6 tháng đầu năm, LĐLĐ quận kết nạp 650 đoàn viên.", "650", PUBLISHED, "2024-H1"),
    ("Quý I năm 2024, LĐLĐ quận Long Biên thành lập 8 CĐCS.", "8", PUBLISHED, "2024-Q1"),
    ("Trong quý III năm 2023, công ty tuyển dụng 120 lao động.", "120", PUBLISHED, "2023-Q3"),
    ("Tháng 3/2024, LĐLĐ huyện Mê Linh giải ngân 1,2 tỷ đồng.", "1,2", PUBLISHED, "2024-03"),
    ("Ngày 15/3/2024, công ty ký thỏa ước với 300 công nhân.", "300", PUBLISHED, "2024-03-15"),
    ("Giai đoạn 2021 - 2023, LĐLĐ quận thành lập 75 CĐCS.", "75", PUBLISHED, "2021-2023"),
    ("Ngày 16 - 17/10/2023, Đại hội có 250 đại biểu tham dự.", "250", PUBLISHED,
     "2023-10-16/2023-10-17"),
    ("Sáng 27/12, Công đoàn Viên chức thành phố Hà Nội trao 120 suất quà.", "120",
     "2023-12-28T09:00:00+07:00", "2023-12-27"),
    ("Ngày 28/12, LĐLĐ huyện Ba Vì trao 80 suất quà Tết.", "80",
     "2024-01-03T09:00:00+07:00", "2023-12-28"),
    ("Năm 2023 là năm bản lề. Sáng 27/12, Công đoàn quận trao 60 suất quà.", "60", None, "2023-12-27"),
    ("Hàng năm, Công đoàn trường tổ chức 2 đợt khám sức khỏe cho giáo viên.", "2 đợt", PUBLISHED, None),
], ids=ident)
def test_periods(body, needle, published, period):
    assert fact_at(body, needle, published=published).period == period


def test_period_follows_anaphora_to_the_dated_sentence():
    body = ("Ngày 20/5/2024, LĐLĐ huyện Gia Lâm tổ chức Lễ trao quà cho công nhân. "
            "Dịp này, 150 suất quà được trao cho đoàn viên có hoàn cảnh khó khăn.")
    assert fact_at(body, "150").period == "2024-05-20"


# --- terms --------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, expected", [
    ("Trong nhiệm kỳ 2023 - 2028, LĐLĐ huyện Sóc Sơn phấn đấu có 100% CĐCS đạt tiêu chuẩn vững mạnh.",
     "100%", {"term": "2023-2028", "period": "2023-2028", "status": "target"}),
    ("Nhiệm kỳ 2018-2023, LĐLĐ quận Thanh Xuân đã thành lập 50 CĐCS.", "50",
     {"term": "2018-2023", "status": "actual"}),
    ("Đại hội Công đoàn quận Hà Đông lần thứ V, nhiệm kỳ 2023 - 2028 có 150 đại biểu dự.", "150",
     {"term": "2023-2028"}),
], ids=ident)
def test_terms(body, needle, expected):
    assert_fields(fact_at(body, needle), expected)


# --- numbers written in words -------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, value, unit", [
    ("Đại hội Công đoàn phường Cống Vị làm việc trong hai phiên.", "hai phiên", 2, "phiên"),
    ("LĐLĐ quận Cầu Giấy vừa thành lập thêm ba CĐCS.", "ba CĐCS", 3, "CĐCS"),
    ("Công đoàn trường đã kết nạp mười đoàn viên.", "mười đoàn viên", 10, "đoàn viên"),
], ids=ident)
def test_worded_numbers_are_facts(body, needle, value, unit):
    assert_fields(fact_at(body, needle), {"value": value, "unit": unit})


# --- personal and descriptive counts are facts -----------------------------------------------
@pytest.mark.parametrize("body, needle, value, unit", [
    ("Chị Lan có 2 con đang đi học.", "2 con", 2, "con"),
    ("Ngôi nhà Mái ấm Công đoàn 2 tầng đã được bàn giao.", "2 tầng", 2, "tầng"),
], ids=ident)
def test_personal_counts_are_facts(body, needle, value, unit):
    assert_fields(fact_at(body, needle), {"value": value, "unit": unit})


# --- things that look like numbers but are not facts --------------------------------------------
# Each sentence also holds one real fact, so an extractor that finds nothing does not pass.
@pytest.mark.parametrize("body, not_a_fact, real", [
    ("Nhân kỷ niệm 10 năm thành lập quận, LĐLĐ quận trao 30 suất quà.", "10 năm", "30"),
    ("Chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam, công ty trao 40 suất quà.", "95 năm", "40"),
    ("Bà Nguyễn Thị Lan (68 tuổi) được hỗ trợ 2 triệu đồng.", "68 tuổi", "2 triệu"),
    ("Anh Trần Văn Nam, sinh năm 1988, có 5 sáng kiến được công nhận.", "sinh năm 1988", "5 sáng kiến"),
    ("Với 26 năm công tác, ông Hùng đã có 12 sáng kiến.", "26 năm", "12"),
    ("Đại hội Công đoàn huyện lần thứ XI bầu 35 ủy viên Ban Chấp hành.", "lần thứ XI", "35"),
    ("Ban Chấp hành khóa V có 27 ủy viên.", "khóa V", "27"),
    ("Thực hiện Nghị quyết Đại hội XII, Công đoàn ngành kết nạp 400 đoàn viên.", "Đại hội XII", "400"),
    ("Cụm thi đua số 1 gồm 6 đơn vị.", "Cụm thi đua số 1", "6"),
    ("Công đoàn cử 40 tình nguyện viên phục vụ SEA Game 31.", "SEA Game 31", "40"),
    ("Hưởng ứng Chương trình 1 triệu sáng kiến, công nhân đăng ký 320 sáng kiến.",
     "Chương trình 1 triệu sáng kiến", "320"),
    ("Triển khai Nghị quyết 02, LĐLĐ quận tổ chức 15 hội nghị.", "Nghị quyết 02", "15"),
    ("Thực hiện Chỉ thị 05, Công đoàn trường tổ chức 4 buổi sinh hoạt chuyên đề.", "Chỉ thị 05", "4"),
    ("Thực hiện Kế hoạch số 67 của LĐLĐ Thành phố, Công đoàn ngành trao 500 suất quà.",
     "Kế hoạch số 67", "500"),
    ("Quán triệt Kết luận số 80-KL/TƯ, quận tổ chức 8 buổi tuyên truyền.", "Kết luận số 80-KL/TƯ", "8"),
    ("Theo Quyết định số 1234/QĐ-UBND, 25 doanh nghiệp được khen thưởng.", "1234/QĐ-UBND", "25"),
    ("Trong 5 năm qua, Công đoàn đã hỗ trợ 200 đoàn viên.", "5 năm qua", "200"),
    ("Trong 30 ngày, công ty tuyển dụng 150 lao động.", "30 ngày", "150"),
    ("Ngày 19/07/2022, LĐLĐ quận trao 70 suất quà.", "19/07/2022", "70"),
    ("Lúc 8:30 sáng nay, 90 đại biểu đã có mặt tại hội trường.", "8:30", "90"),
    ("Hưởng ứng ngày Gia đình Việt Nam 28/6, công đoàn biểu dương 18 gia đình.", "28/6", "18"),
    ("Do dịch Covid-19, 30 doanh nghiệp tạm dừng hoạt động.", "Covid-19", "30"),
    ("LĐLĐ huyện tặng hàng trăm suất quà và 12 sổ tiết kiệm.", "hàng trăm", "12"),
    ("Một số đơn vị chưa nộp báo cáo, trong khi 9 đơn vị đã nộp đúng hạn.", "Một số", "9"),
    ("Đội bóng công ty đoạt Giải nhất Hội thao lần thứ tư với 20 vận động viên.", "lần thứ tư", "20"),
    ("Công ty chi trả lương tháng thứ 13 cho 300 công nhân.", "tháng thứ 13", "300"),
    ("Anh An đoạt Giải nhất hội thi tay nghề, đơn vị anh nhận thêm 3 giải khuyến khích.",
     "Giải nhất", "3 giải"),
], ids=ident)
def test_non_facts(body, not_a_fact, real):
    facts = extract(body)
    assert overlapping(facts, body, not_a_fact) == [], f"{not_a_fact!r} taken as a fact"
    assert len(overlapping(facts, body, real)) == 1, f"{real!r} missed: {[f.raw for f in facts]}"


@pytest.mark.parametrize("body", [
    "17:05 | 19/07/2022",
    "Sáng 27/12, Công đoàn quận tổ chức hội nghị tổng kết.",
    "Năm 2024 là năm bản lề của nhiệm kỳ 2023 - 2028.",
    "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI thành công tốt đẹp.",
], ids=ident)
def test_dates_and_names_alone_yield_no_fact(body):
    assert extract(body) == []


# --- organizations -----------------------------------------------------------------------------
@pytest.mark.parametrize("body, needle, organization, source", [
    ("Liên đoàn Lao động (LĐLĐ) huyện Gia Lâm vừa tổ chức hội nghị tổng kết. "
     "Năm 2024, LĐLĐ huyện đã thành lập 15 CĐCS.", "15",
     "Liên đoàn Lao động huyện Gia Lâm", None),
    ("Công đoàn Giáo dục (CĐGD) huyện Sóc Sơn vừa tổ chức hội nghị. "
     "Năm 2023, CĐGD huyện Sóc Sơn đã kết nạp 600 đoàn viên.", "600",
     "Công đoàn Giáo dục huyện Sóc Sơn", "sentence"),
    ("LĐLĐ quận Hoàng Mai đã kết nạp 800 đoàn viên.", "800",
     "Liên đoàn Lao động quận Hoàng Mai", "sentence"),
    ("UBND huyện Sóc Sơn đã hỗ trợ 200 triệu đồng cho công nhân.", "200",
     "Ủy ban nhân dân huyện Sóc Sơn", "sentence"),
    ("Năm 2023, Công đoàn Thủ đô đã kết nạp 45.000 đoàn viên.", "45.000",
     "Liên đoàn Lao động thành phố Hà Nội", "sentence"),
    ("Năm 2023, các cấp Công đoàn huyện Ba Vì đã tổ chức 120 cuộc tuyên truyền.", "120",
     "Liên đoàn Lao động huyện Ba Vì", "sentence"),
    ("Liên đoàn Lao động quận Cầu Giấy tổng kết công tác năm 2023. "
     "Trong năm, LĐLĐ quận đã thành lập 20 CĐCS.", "20",
     "Liên đoàn Lao động quận Cầu Giấy", None),
    ("Liên đoàn Lao động huyện Thạch Thất tổng kết công tác năm 2023. "
     "Trong năm, 25 CĐCS mới được thành lập.", "25",
     "Liên đoàn Lao động huyện Thạch Thất", "context"),
    ("LĐLĐ quận Tây Hồ trao 50 suất quà cho đoàn viên Công đoàn cơ sở Công ty May Hà Nội.", "50",
     "Liên đoàn Lao động quận Tây Hồ", "sentence"),
    ("LĐLĐ quận Tây Hồ trao cho 30 đoàn viên hỗ trợ của Liên đoàn Lao động thành phố Hà Nội, "
     "mỗi người 1 triệu đồng.", "30", "Liên đoàn Lao động thành phố Hà Nội", "sentence"),
], ids=ident)
def test_organizations(body, needle, organization, source):
    fact = fact_at(body, needle)
    assert_fields(fact, {"organization": organization})
    if source:  # a bare "LĐLĐ quận" resolved from earlier text may count as either source
        assert fact.org_source == source


def test_organization_from_the_title():
    body = "Trong năm 2023, 14 CĐCS mới đã được thành lập."
    fact = fact_at(body, "14", title="LĐLĐ huyện Phúc Thọ: Nhiều kết quả nổi bật")
    assert_fields(fact, {"organization": "Liên đoàn Lao động huyện Phúc Thọ"})
    assert fact.org_source == "title"


# --- lists of figures in one sentence ----------------------------------------------------------
def test_each_figure_of_a_list_is_its_own_fact():
    body = ("Năm 2023, có 100% đơn vị tổ chức hội nghị cán bộ, công chức; có trên 80% doanh nghiệp "
            "ký thỏa ước lao động tập thể; kiểm tra an toàn lao động tại 12 doanh nghiệp.")
    facts = extract(body)
    assert sorted(f.value for f in facts) == [12, 80, 100]
    assert {f.sentence_idx for f in facts} == {facts[0].sentence_idx}
    assert fact_at(body, "80%").comparator == ">"
    assert fact_at(body, "12").unit == "doanh nghiệp"


def test_metric_names_what_is_counted():
    fact = fact_at("Năm 2023, LĐLĐ quận Đống Đa đã thành lập 18 CĐCS.", "18")
    assert fact.metric and "thành lập" in fact.metric
    assert "CĐCS" in fact.metric or "công đoàn cơ sở" in fact.metric.casefold()
