"""One short sentence per general rule added in the held-out pass (tests/data/heldout).

Each sentence is written for the test, in the patterns of trade-union news: none is copied
from the held-out or bundled articles. Provenance is checked on every fact.
"""
from __future__ import annotations

import re

from solieu.extract.facts import orgs
from solieu.extract.facts.pipeline import extract_article
from solieu.extract.records import Article

PUBLISHED = "2024-06-26T10:00:00+07:00"


def extract(body: str, published: str | None = PUBLISHED):
    sentences, facts = extract_article(Article(id="t", body=body, published=published))
    for f in facts:
        assert body[f.start:f.end] == f.raw
    return facts


def fact_at(body: str, needle: str, published: str | None = PUBLISHED):
    """The one fact whose span covers `needle`, written once in `body`."""
    (start, end), = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", body)]
    hits = [f for f in extract(body, published) if f.start < end and start < f.end]
    assert len(hits) == 1, f"{len(hits)} facts on {needle!r}"
    return hits[0]


def no_fact_at(body: str, needle: str):
    start = body.index(needle)
    end = start + len(needle)
    assert not [f.raw for f in extract(body) if f.start < end and start < f.end]


# ---- what is a fact ----------------------------------------------------------------------

def test_a_day_compound_is_counted():
    fact = fact_at("Năm 2024, Thành đoàn tổ chức 5 ngày hội việc làm cho thanh niên.", "5")
    assert fact.value == 5 and fact.unit.startswith("ngày hội")


def test_a_threshold_defining_the_set_is_no_fact():
    body = "Năm 2025, phấn đấu 100% doanh nghiệp có từ 30 lao động trở lên thành lập công đoàn cơ sở."
    no_fact_at(body, "30 lao động")
    assert "thành lập" in fact_at(body, "100%").metric  # the threshold does not end the phrase


# ---- period, term, status ----------------------------------------------------------------

EVENT_LEAD = "Sáng 15/3, LĐLĐ quận Cầu Giấy tổ chức Hội nghị tổng kết công tác công đoàn.\n"


def test_a_sentence_opening_on_the_event_takes_its_day_and_no_inherited_target():
    body = EVENT_LEAD + ("Năm 2024, LĐLĐ quận phấn đấu kết nạp 1.000 đoàn viên. "
                         "Dịp này, LĐLĐ quận khen thưởng 20 tập thể.")
    fact = fact_at(body, "20 tập thể")
    assert (fact.period, fact.status) == ("2024-03-15", "actual")


def test_at_an_event_noun_is_the_event():
    body = EVENT_LEAD + "\nTại Ngày hội, Ban Tổ chức trao 80 suất quà cho công nhân."
    assert fact_at(body, "80 suất quà").period == "2024-03-15"


def test_an_article_dated_only_by_its_event_takes_the_event_day():
    body = ("Sáng 10/5, Ngày hội sức khỏe công nhân diễn ra tại Khu công nghiệp Bắc Thăng Long.\n"
            "Chương trình có 500 công nhân được khám sức khỏe miễn phí.")
    assert fact_at(body, "500 công nhân").period == "2024-05-10"


def test_the_event_day_of_a_january_article_is_last_december():
    body = "Sáng 28/12, LĐLĐ huyện Đông Anh tổ chức hội nghị.\nTại hội nghị, LĐLĐ huyện khen thưởng 12 tập thể."
    fact = fact_at(body, "12 tập thể", published="2025-01-05T09:00:00+07:00")
    assert fact.period == "2024-12-28"


def test_a_sentence_naming_its_term_carries_it():
    body = ("Đại hội Công đoàn huyện Gia Lâm lần thứ XII, nhiệm kỳ 2023 - 2028 diễn ra vào tháng "
            "9/2023 với 200 đại biểu.")
    fact = fact_at(body, "200 đại biểu", published="2023-05-02T09:00:00+07:00")
    assert (fact.period, fact.term) == ("2023-09", "2023-2028")


def test_since_a_year_until_now_is_a_span_to_the_articles_year():
    body = "Từ năm 2020 đến nay, Quỹ đã giải ngân cho 200 lượt đoàn viên vay vốn."
    assert fact_at(body, "200 lượt đoàn viên").period == "2020-2024"


def test_the_year_of_a_law_dates_nothing():
    body = "Quý II/2025, LĐLĐ huyện tổ chức 8 lớp tập huấn về Luật Công đoàn năm 2024."
    assert fact_at(body, "8 lớp").period == "2025-Q2"


def test_each_year_is_yearly_only_in_its_own_clause():
    body = ("Anh Hùng được tuyên dương Công nhân giỏi năm 2024.\n"
            "Anh có 4 sáng kiến được công nhận, làm lợi cho công ty 300 triệu đồng mỗi năm.")
    assert fact_at(body, "4 sáng kiến").period == "2024"
    assert fact_at(body, "300 triệu đồng").period is None


def test_what_an_actual_figure_will_bring_is_no_target():
    assert fact_at("Khoản vay 50 triệu đồng sẽ giúp chị mở cửa hàng.", "50 triệu đồng").status \
        == "actual"
    assert fact_at("Năm 2025, 20 CĐCS sẽ được thành lập.", "20 CĐCS").status == "target"


def test_a_comparative_before_hon_is_a_difference():
    assert fact_at("Lãi suất thấp hơn 30% so với ngân hàng.", "30%").comparator == "="
    assert fact_at("Có hơn 30% doanh nghiệp ký thỏa ước.", "30%").comparator == ">"


# ---- organization --------------------------------------------------------------------------

def test_the_lead_place_completes_the_main_organization():
    body = ("Chiều 2/4, tại thị xã Sơn Tây, Ban Thường vụ LĐLĐ Thị xã tổ chức hội nghị.\n"
            "Giải thu hút 12 đội bóng tham gia.")
    assert fact_at(body, "12 đội bóng").organization == "Liên đoàn Lao động thị xã Sơn Tây"


def test_a_bare_head_takes_the_articles_full_name():
    body = "Thành đoàn Hà Nội phát động chương trình. Theo kế hoạch, Thành đoàn sẽ tổ chức 3 ngày hội."
    assert fact_at(body, "3 ngày hội").organization == "Thành đoàn Hà Nội"


def test_teams_given_a_prize_are_not_the_giver():
    body = ("Chiều 2/4, LĐLĐ quận Hoàn Kiếm bế mạc giải bóng đá.\n"
            "Ban Tổ chức trao giải cho đội Công ty Cổ phần May Hồ Gươm và đội Trường THPT Việt Đức; "
            "tổng giá trị giải thưởng 20 triệu đồng.")
    assert fact_at(body, "20 triệu đồng").organization == "Liên đoàn Lao động quận Hoàn Kiếm"


def test_a_name_ends_before_its_verb():
    mention, = orgs.find_mentions("Công đoàn ngành Y tế phấn đấu kết nạp 500 đoàn viên.")
    assert "phấn" not in orgs.canonical(mention)


# ---- metric --------------------------------------------------------------------------------

def test_the_recipients_of_a_gift_are_in_the_metric():
    fact = fact_at("LĐLĐ quận trao 100 suất quà cho công nhân có hoàn cảnh khó khăn.", "100 suất quà")
    assert "công nhân" in fact.metric


def test_a_quoted_name_belongs_to_what_is_counted():
    fact = fact_at("Quận đã bàn giao hai nhà “Mái ấm Công đoàn” cho đoàn viên.", "hai nhà")
    assert fact.value == 2 and "Mái ấm Công đoàn" in fact.metric


def test_a_list_of_counts_shares_its_predicate():
    body = "Có 10 tập thể và 25 cá nhân được UBND quận tặng Giấy khen."
    assert "Giấy khen" in fact_at(body, "10 tập thể").metric


def test_a_growth_is_of_the_figure_before():
    body = "Quận có 120 doanh nghiệp ký thỏa ước lao động tập thể, tăng 6 doanh nghiệp so với năm 2022."
    metric = fact_at(body, "6 doanh nghiệp").metric
    assert "thỏa ước" in metric and "tăng" in metric and "so với năm 2022" in metric


def test_attracting_to_take_part_is_taking_part():
    body = "Giải thu hút 24 đội bóng với gần 400 vận động viên tham gia."
    assert "tham gia" in fact_at(body, "24 đội bóng").metric


def test_a_subset_takes_no_context():
    body = "Quận có 300 CĐCS với 15.000 đoàn viên, trong đó 8.000 đoàn viên nữ."
    assert fact_at(body, "8.000 đoàn viên nữ").metric == "đoàn viên nữ"


def test_the_price_of_each_unit_counted_before():
    metric = fact_at("Công ty trao 50 suất quà, mỗi suất trị giá 800.000 đồng.", "800.000 đồng").metric
    assert metric.startswith("trị giá") and "suất quà" in metric


def test_an_amount_drops_the_subject_of_its_verb():
    body = "Các cấp công đoàn trong ngành đã chi 2 tỷ đồng thăm hỏi đoàn viên."
    assert fact_at(body, "2 tỷ đồng").metric.startswith("chi")


def test_an_amount_is_measured_inside_its_own_clause():
    body = "Chồng chị bị tai nạn lao động nên khoản vay 40 triệu đồng sẽ giúp gia đình mở cửa hàng."
    assert fact_at(body, "40 triệu đồng").metric == "khoản vay"


def test_a_names_number_ends_it_and_the_full_name_is_used():
    body = ("Khối thi đua số 2 sơ kết công tác quý III\n"
            "Chiều 8/10, Khối thi đua số 2 Liên đoàn Lao động thành phố Hà Nội tổ chức hội nghị.\n"
            "Khối hiện có 9 đơn vị thành viên.")
    assert fact_at(body, "9 đơn vị").organization == \
        "Khối thi đua số 2 Liên đoàn Lao động thành phố Hà Nội"


def test_taking_an_exam_is_not_attending_the_event():
    body = ("Sáng 8/10, LĐLĐ quận Đống Đa tổ chức hội nghị sơ kết 9 tháng đầu năm.\n"
            "Hội thi tìm hiểu pháp luật thu hút hơn 600 lượt đoàn viên dự thi.")
    assert fact_at(body, "600 lượt đoàn viên").period == "2024-01/2024-09"


def test_a_count_of_a_total_written_after_its_unit_is_a_ratio():
    fact = fact_at("Năm 2024, quận thành lập 18 CĐCS trong tổng số 20 CĐCS theo kế hoạch.", "18 CĐCS")
    assert (fact.numerator, fact.denominator) == (18, 20)
    assert "thành lập" in fact.metric and "tổng số" not in fact.metric
    assert [f.value for f in extract("Quận thành lập 18 CĐCS trong tổng số 20 CĐCS.")] == [18]


def test_a_count_of_a_quoted_name():
    fact = fact_at("Năm 2024, huyện đã xây mới 9 “Mái ấm Công đoàn” cho đoàn viên.", "9")
    assert fact.unit == "Mái ấm Công đoàn" and fact.raw == "9 “Mái ấm Công đoàn”"


def test_contests_counted_in_words():
    fact = fact_at("Năm 2024, quận đã tổ chức ba hội thi an toàn vệ sinh lao động.", "ba hội thi")
    assert fact.value == 3


def test_a_measure_is_measured_by_the_words_before_it():
    body = "Ngôi nhà có tổng diện tích 70 m2, được xây dựng với tổng kinh phí 200 triệu đồng."
    assert fact_at(body, "70 m2").metric.endswith("tổng diện tích")
    assert fact_at(body, "200 triệu đồng").metric.endswith("tổng kinh phí")  # no `m2` priced


def test_no_purpose_after_a_comma():
    body = "Quỹ hỗ trợ 40 triệu đồng, LĐLĐ huyện hỗ trợ 20 triệu đồng, phần còn lại do gia đình lo."
    assert fact_at(body, "20 triệu đồng").metric == "hỗ trợ"


def test_a_percent_of_the_plan_says_so():
    body = "Quý IV, các đơn vị phấn đấu hoàn thành 100% chỉ tiêu năm."
    assert fact_at(body, "100%").metric == "hoàn thành chỉ tiêu năm"


def test_a_funds_name_holds_union_words():
    body = "Quỹ Xã hội Công đoàn Thủ đô hỗ trợ 50 triệu đồng xây nhà cho đoàn viên."
    assert fact_at(body, "50 triệu đồng").organization == "Quỹ Xã hội Công đoàn Thủ đô"


def test_a_birth_year_dates_nothing():
    body = ("LĐLĐ quận Tây Hồ thăm hỏi đoàn viên khó khăn năm 2024.\n"
            "Chị Lan (sinh năm 1985) nhận 2 suất quà.")
    assert fact_at(body, "2 suất quà").period == "2024"  # the article's year, not 1985


def test_the_insurance_written_lower_case_is_no_organization():
    body = ("LĐLĐ huyện Sóc Sơn tổng kết năm 2023.\n"
            "Còn 12 doanh nghiệp nợ đóng bảo hiểm xã hội với tổng số tiền hơn 2 tỷ đồng.")
    assert fact_at(body, "hơn 2 tỷ đồng").organization == "Liên đoàn Lao động huyện Sóc Sơn"


def test_a_decrease_of_at_least_is_at_least():
    body = "Năm 2024, phấn đấu giảm ít nhất 10% số vụ tai nạn lao động."
    assert fact_at(body, "10%").comparator == ">="


def test_according_to_plan_sets_no_target():
    body = "Năm 2023, quận kiểm tra 40/50 doanh nghiệp theo kế hoạch, phát hiện 90 nguy cơ mất an toàn."
    assert fact_at(body, "90 nguy cơ").status == "actual"


def test_a_workplace_union_is_a_grassroots_union_and_ends_before_its_congress_number():
    body = "Công đoàn Trường THPT Kim Liên lần thứ V kết nạp 12 đoàn viên."
    assert fact_at(body, "12 đoàn viên").organization == \
        "Công đoàn cơ sở Trường Trung học phổ thông Kim Liên"


def test_the_last_term_leaves_results_undated():
    body = ("Ngày 14/4, Công đoàn cơ sở Trường THCS Ngô Sĩ Liên tổ chức Đại hội, nhiệm kỳ 2023 - 2028.\n"
            "Nhiệm kỳ qua, Công đoàn trường đã kết nạp 15 đoàn viên.\n"
            "Đại hội đã bầu 7 đồng chí vào Ban Chấp hành.")
    assert fact_at(body, "15 đoàn viên").period is None
    fact = fact_at(body, "7 đồng chí", published="2023-04-15T08:00:00+07:00")
    assert (fact.period, fact.term) == ("2023-04-14", "2023-2028")
