"""`solieu check`: the ranking and rounding logic on hand-built facts, then claims written
from the bundled articles, checked against the database `solieu run` builds from them."""
from __future__ import annotations

import json
import os
import pty
import subprocess

import pytest

from commands import SOLIEU, solieu
from solieu.extract.records import Fact
from solieu import check
from solieu.check import (
    DIFFERS,
    MATCHES,
    NOT_FOUND,
    OTHER_ORGANIZATION,
    OTHER_PERIOD,
    TARGET_ONLY,
    Candidate,
    judge,
)
from solieu.compare import metric_similarity, organization_key, periods_fit, units_compatible
from solieu.rounding import admitted_range, claim_admits, precision
from solieu.store.db import open_existing

BA_DINH = "Liên đoàn Lao động quận Ba Đình"


def fact(value, raw, unit="đoàn viên", organization=BA_DINH, metric="đoàn viên kết nạp",
         period="2016", comparator="=", status="actual", article_id="a1", start=0):
    return Fact(article_id=article_id, sentence_idx=0, raw=raw, start=start, end=start + len(raw),
                value=value, unit=unit, organization=organization, metric=metric,
                comparator=comparator, status=status, period=period)


def candidate(stored: Fact, sentence: str | None = None) -> Candidate:
    sentence = sentence or f"Đã có {stored.raw} trong năm."
    return Candidate(stored, sentence, stored.start - sentence.index(stored.raw),
                     title="Bài", published="2016-11-20", url="https://example.vn/a")


# --- rounding: what a written figure admits ---------------------------------------------

@pytest.mark.parametrize("value, raw, comparator, expected", [
    (3000, "gần 3.000 đoàn viên", "~", 1000),      # approximate: last non-zero digit
    (3000, "3.000 đoàn viên", "=", 1),              # exact: last written digit
    (117.78, "117,78%", "=", 0.01),
    (83_400_000, "83,4 triệu đồng", "=", 100_000),  # the scale word scales the precision
    (85_000_000, "hơn 85 triệu đồng", ">", 1_000_000),
    (2_200_000_000, "2,2 tỉ đồng", "=", 100_000_000),
    (2985, "2.985/2500 đoàn viên", "=", 1),         # a ratio: the numerator is the value
    (2, "hai phiên", "=", 0),                       # a number word: exact
])
def test_precision_follows_how_the_figure_is_written(value, raw, comparator, expected):
    assert precision(value, raw, comparator) == pytest.approx(expected)


def test_admitted_ranges_by_comparator():
    approx = admitted_range(3000, "khoảng 3.000", "~")
    assert (approx.low, approx.high) == (2500, 3500)
    nearly = admitted_range(3000, "gần 3.000", "~")  # nearly: from below
    assert (nearly.low, nearly.high) == (2500, 3000)
    more = admitted_range(1000, "hơn 1.000", ">")
    assert (more.low, more.high, more.open_low) == (1000, 2000, True)
    at_least = admitted_range(70, "70% trở lên", ">=")
    assert (at_least.low, at_least.high) == (70, 80)
    below = admitted_range(50, "dưới 50 người", "<")
    assert (below.low, below.high, below.open_high) == (40, 50, True)
    at_most = admitted_range(15e6, "tối đa 15 triệu đồng", "<=")
    assert (at_most.low, at_most.high) == (14e6, 15e6)


@pytest.mark.parametrize("claimed, stored, agree", [
    (fact(3000, "gần 3.000 đoàn viên", comparator="~"), fact(2985, "2.985/2500 đoàn viên"), True),
    (fact(3000, "gần 3.000 đoàn viên", comparator="~"), fact(3400, "3.400 đoàn viên"), False),
    (fact(3000, "khoảng 3.000 đoàn viên", comparator="~"), fact(3400, "3.400 đoàn viên"), True),
    (fact(3000, "3.000 đoàn viên"), fact(2985, "2.985/2500 đoàn viên"), False),
    (fact(2900, "trên 2.900 đoàn viên", comparator=">"), fact(2985, "2.985 đoàn viên"), True),
    (fact(1000, "hơn 1.000 đoàn viên", comparator=">"), fact(2985, "2.985 đoàn viên"), False),
    (fact(14e9, "hơn 14 tỷ đồng", unit="VND", comparator=">"),
     fact(14.32e9, "14,32 tỷ đồng", unit="VND"), True),
    (fact(14e9, "14 tỷ đồng", unit="VND"), fact(14.32e9, "14,32 tỷ đồng", unit="VND"), True),
    (fact(118, "118%", unit="%"), fact(117.78, "117,78%", unit="%"), True),
    (fact(117, "117%", unit="%"), fact(117.78, "117,78%", unit="%"), False),
    (fact(83e6, "83 triệu đồng", unit="VND"), fact(83.4e6, "83,4 triệu đồng", unit="VND"), True),
    (fact(84e6, "84 triệu đồng", unit="VND"), fact(83.4e6, "83,4 triệu đồng", unit="VND"), False),
    (fact(2985, "2.985 đoàn viên"), fact(2985, "2985 đoàn viên"), True),   # same number
    (fact(83.4e6, "83.400.000 đồng", unit="VND"), fact(83.4e6, "83,4 triệu đồng", unit="VND"), True),
])
def test_values_agree_only_when_equal_or_within_the_claims_own_rounding(claimed, stored, agree):
    assert check.agrees(claimed, stored) is agree


@pytest.mark.parametrize("claimed, source", [
    ((384, "384 đoàn viên"), (383, "383 đoàn viên")),    # neighbouring integers
    ((383, "383 đoàn viên"), (384, "384 đoàn viên")),
    ((2e9, "2 tỷ đồng"), (1e9, "1 tỷ đồng")),            # intervals that only touch
    ((1e9, "1 tỷ đồng"), (2e9, "2 tỷ đồng")),
    ((1e9, "1 tỷ đồng"), (1.4e9, "1,4 tỷ đồng")),        # a rounding too coarse to be a quote
    ((1.5e9, "1,5 tỷ đồng"), (1e9, "1 tỷ đồng")),
    ((2, "hai phiên"), (3, "3 phiên")),
])
def test_a_different_number_never_agrees(claimed, source):
    """Issue 13: `384 đoàn viên` matched a source saying 383 and `2 tỷ` one saying 1 tỷ,
    because two ±½-digit intervals that touch were taken to overlap."""
    assert not claim_admits(claimed[0], claimed[1], "=", source[0], source[1])


# --- what counts as the same thing -------------------------------------------------------

def test_abbreviated_and_full_organization_names_are_one_organization():
    assert organization_key("LĐLĐ quận Ba Đình") == organization_key(BA_DINH)
    assert organization_key("LĐLĐ Ba Đình") == organization_key(BA_DINH)
    assert organization_key("Liên đoàn lao động TP Hà Nội") == \
        organization_key("Liên đoàn Lao động thành phố Hà Nội")
    assert organization_key("LĐLĐ quận Cầu Giấy") != organization_key(BA_DINH)


def test_units_are_compatible_when_one_counted_noun_contains_the_other():
    assert units_compatible("đoàn viên", "đoàn viên, người lao động")
    assert units_compatible("CĐCS", "Công đoàn cơ sở")
    assert units_compatible(None, "%")
    assert not units_compatible("%", "đơn vị")
    assert not units_compatible("VND", "%")
    assert not units_compatible("đoàn viên", "công đoàn cơ sở")
    assert not units_compatible("đơn vị", "doanh nghiệp")


def test_metric_similarity_is_the_share_of_the_claims_words_the_source_uses():
    assert metric_similarity("kết nạp đoàn viên", "đoàn viên kết nạp") == 1.0
    assert metric_similarity("đoàn viên kết nạp", "đoàn viên thuộc các CĐCS quản lý") == 0.5
    assert metric_similarity(None, "anything") == 1.0
    assert metric_similarity("vé xe ô tô", "CĐCS thành lập") == 0.0


@pytest.mark.parametrize("claimed, stored, fit", [
    ("2016", "2016", True), ("2017", "2016", False), ("2016", "2023-2028", False),
    ("2024-H1", "2024-06-26", True), ("2024-H2", "2024-06-26", False),
    ("2024-Q2", "2024-04", True), ("2023-10-16/2023-10-17", "2023-10", True),
    ("2026", "2026-02-07/2026-02-08", True), ("2024", "2024-H1", True),
    ("2019", "2012-2019", False), ("2012-2019", "2019", False), ("2012-2019", "2012-2019", True),
    (None, "2016", True), ("2016", None, True), ("2016", "not a period", True),
])
def test_a_period_fits_when_one_holds_the_other_and_a_span_of_years_only_itself(claimed, stored,
                                                                                fit):
    assert periods_fit(claimed, stored) is fit


# --- ranking and verdicts ----------------------------------------------------------------

def test_the_value_decides_before_the_metric_wording():
    """Issue 13: ranking by metric words first compared a claim with another article's
    figure (DIFFERS) while the right source was a candidate."""
    other_year = fact(19037, "19.037 đoàn viên", metric="đoàn viên kết nạp trong năm",
                      article_id="a2")
    right = fact(2985, "2.985 đoàn viên", metric="đoàn viên thuộc các CĐCS kết nạp",
                 article_id="a1")
    claim = fact(2985, "2.985 đoàn viên", metric="đoàn viên kết nạp trong năm")
    verdict = judge(claim, [candidate(other_year), candidate(right)])
    assert (verdict.verdict, verdict.source.raw) == (MATCHES, "2.985 đoàn viên")


def test_a_wrong_figure_differs_from_the_best_ranked_figure():
    a = fact(2985, "2.985 đoàn viên", article_id="a1")
    b = fact(19037, "19.037 đoàn viên", metric="đoàn viên", article_id="a2")
    wrong = fact(2900, "2.900 đoàn viên")
    verdict = judge(wrong, [candidate(b), candidate(a)])
    assert (verdict.verdict, verdict.source.raw) == (DIFFERS, "2.985 đoàn viên")
    assert verdict.difference == -85
    assert verdict.percent_difference == pytest.approx(-85 / 2985 * 100)
    neighbour = judge(fact(2986, "2.986 đoàn viên"), [candidate(a)])
    assert (neighbour.verdict, neighbour.difference) == (DIFFERS, 1)


def test_a_figure_of_another_unit_or_metric_is_not_a_source():
    assert judge(fact(2985, "2.985%", unit="%"),
                 [candidate(fact(2985, "2.985 đoàn viên"))]).verdict == NOT_FOUND
    claim = fact(2985, "2.985 vé xe", unit="vé xe", metric="vé xe tặng công nhân đón Tết quê nhà")
    stored = fact(2985, "2.985 vé xe", unit="vé xe", metric="đại biểu dự hội nghị")
    assert judge(claim, [candidate(stored, "Có 2.985 vé xe.")]).verdict == NOT_FOUND


def test_the_same_figure_for_another_period_says_which():
    stored = [candidate(fact(2985, "2.985 đoàn viên", period="2016"))]
    verdict = judge(fact(2985, "2.985 đoàn viên", period="2017"), stored)
    assert (verdict.verdict, verdict.source.period) == (OTHER_PERIOD, "2016")
    assert "for 2016, the claim for 2017" in verdict.note
    assert check.exit_code([verdict]) == 1
    assert "KHÁC THỜI GIAN / OTHER PERIOD" in check.to_text("c", [verdict])


def test_an_undated_fact_fits_any_year_but_never_beats_a_dated_one():
    undated = candidate(fact(2985, "2.985 đoàn viên", period=None, article_id="a0"))
    undated.published = None
    dated = candidate(fact(2985, "2.985 đoàn viên", period="2016", article_id="a9"))
    verdict = judge(fact(2985, "2.985 đoàn viên", period="2016"), [undated, dated])
    assert (verdict.verdict, verdict.source.article_id) == (MATCHES, "a9")
    # the dated figure says 2016: the undated one does not make a 2017 claim true
    assert judge(fact(2985, "2.985 đoàn viên", period="2017"),
                 [undated, dated]).verdict == OTHER_PERIOD
    alone = judge(fact(2985, "2.985 đoàn viên", period="2017"), [undated])
    assert (alone.verdict, alone.note) == (MATCHES, "the source gives no date")
    # ... unless its article was published before that year began
    undated.published = "2016-11-20T08:00:00+07:00"
    early = judge(fact(2985, "2.985 đoàn viên", period="2017"), [undated])
    assert early.verdict == OTHER_PERIOD
    assert early.note == ("the source gives this figure for no period, in an article of "
                          "2016-11-20, the claim for 2017")


def test_a_result_quoted_from_a_target_is_target_only():
    """Issue 13: `đã phát triển 800 đoàn viên` matched a source where 800 is a target."""
    target = fact(800, "ít nhất 800 đoàn viên", status="target", comparator=">=")
    done = judge(fact(800, "800 đoàn viên"), [candidate(target)])
    assert (done.verdict, done.source.status) == (TARGET_ONLY, "target")
    assert "the claim reads as a result" in done.note
    assert check.exit_code([done]) == 1
    planned = fact(800, "800 đoàn viên", status="target")
    assert judge(planned, [candidate(target)]).verdict == MATCHES
    reverse = judge(planned, [candidate(fact(800, "800 đoàn viên"))])
    assert reverse.verdict == TARGET_ONLY


def test_a_figure_of_another_organization_says_which():
    stored = [candidate(fact(2985, "2.985 đoàn viên")),
              candidate(fact(100, "100 đoàn viên", organization="Liên đoàn Lao động quận Cầu Giấy",
                             article_id="a2"))]
    claim = fact(2985, "2.985 đoàn viên", organization="Liên đoàn Lao động quận Cầu Giấy")
    verdict = judge(claim, stored)
    assert (verdict.verdict, verdict.source.organization) == (OTHER_ORGANIZATION, BA_DINH)
    assert f"for {BA_DINH}, the claim for Liên đoàn Lao động quận Cầu Giấy" in verdict.note


def test_not_found_says_what_is_stored():
    stored = [candidate(fact(2985, "2.985 đoàn viên", period="2016")),
              candidate(fact(33, "33 CĐCS", unit="CĐCS", metric="CĐCS thành lập"))]
    verdict = judge(fact(3100, "3.100 đoàn viên", period="2018"), stored)
    assert verdict.verdict == NOT_FOUND and verdict.source is None
    assert (verdict.found.organization, verdict.found.organization_facts) == (BA_DINH, 2)
    assert [(s.raw, s.period) for s in verdict.found.other_periods] == [("2.985 đoàn viên", "2016")]
    text = check.to_text("c", [verdict])
    assert "for 2016: 2.985 đoàn viên" in text
    assert check.exit_code([verdict]) == 3
    unknown = judge(fact(5, "5 đoàn viên", organization="Liên đoàn Lao động quận Cầu Giấy"),
                    stored)
    assert unknown.found.organization is None
    assert "no stored figure of Liên đoàn Lao động quận Cầu Giấy" in check.to_text("c", [unknown])


def test_a_sentence_listing_figures_gives_the_one_the_claims_words_single_out():
    sentence = ("Phân bổ về LĐLĐ tỉnh Hà Tĩnh 100 trường hợp, về LĐLĐ tỉnh Quảng Trị "
                "150 trường hợp.")
    ha_tinh = fact(100, "100 trường hợp", unit="trường hợp",
                   metric="trường hợp phân bổ về LĐLĐ tỉnh Hà Tĩnh",
                   start=sentence.index("100"))
    quang_tri = fact(150, "150 trường hợp", unit="trường hợp",
                     metric="trường hợp về LĐLĐ tỉnh Quảng Trị", start=sentence.index("150"))
    stored = [candidate(ha_tinh, sentence), candidate(quang_tri, sentence)]
    wrong = fact(150, "150 trường hợp", unit="trường hợp", metric="trường hợp về tỉnh Hà Tĩnh")
    verdict = judge(wrong, stored)
    assert (verdict.verdict, verdict.source.raw, verdict.difference) == (DIFFERS, "100 trường hợp", 50)
    right = fact(150, "150 trường hợp", unit="trường hợp", metric="trường hợp về tỉnh Quảng Trị")
    assert judge(right, stored).verdict == MATCHES


def test_a_percent_stated_beside_a_ratio_can_be_checked_on_its_own():
    sentence = "Từ đó kết nạp được 2.985/2500 đoàn viên (đạt 119% so với chỉ tiêu), vượt 19%."
    ratio = fact(2985, "2.985/2500 đoàn viên", start=500 + sentence.index("2.985"))
    ratio.numerator, ratio.denominator, ratio.percent = 2985, 2500, 119
    view = check.percent_view(ratio, sentence, 500)
    assert (view.value, view.unit, view.raw) == (119, "%", "119%")
    assert sentence[view.start - 500:view.end - 500] == "119%"
    stored = [candidate(ratio, sentence), Candidate(view, sentence, 500)]
    claim = fact(119, "119%", unit="%")
    verdict = judge(claim, stored)
    assert (verdict.verdict, verdict.source.raw) == (MATCHES, "119%")
    assert "(đạt [119%] so với" in check.to_text("c", [verdict])
    wrong = fact(125, "125%", unit="%")
    assert judge(wrong, stored).difference == 6
    assert check.percent_view(fact(119, "119%", unit="%"), "119%", 0) is None


def test_a_claim_states_a_percent_beside_its_figure():
    claim = "Năm 2023, Công đoàn Viên chức thành phố Hà Nội có 2.107 sáng kiến được cập nhật, đạt 118%"
    figures = check.claim_figures(claim)
    assert [(f.raw, f.value) for f in figures] == [("2.107 sáng kiến", 2107), ("118%", 118)]
    assert claim[figures[1].start:figures[1].end] == "118%"


def test_a_stored_fact_of_unknown_unit_can_be_a_count_but_not_a_percent():
    unknown = [candidate(fact(2985, "2.985", unit=None))]
    assert judge(fact(2985, "2.985 đoàn viên"), unknown).verdict == MATCHES
    assert judge(fact(2985, "2.985%", unit="%"), unknown).verdict == NOT_FOUND


def test_an_abbreviated_claim_finds_the_full_name():
    claim = fact(2985, "2.985 đoàn viên", organization="LĐLĐ quận Ba Đình")
    verdict = judge(claim, [candidate(fact(2985, "2.985/2500 đoàn viên"))])
    assert verdict.verdict == MATCHES
    assert verdict.difference is None


def test_a_ratio_agrees_only_with_the_same_denominator():
    stored = fact(109, "109/156 đơn vị", unit="đơn vị", metric="đơn vị tổ chức hội nghị")
    stored.numerator, stored.denominator = 109, 156
    claim = fact(109, "109/150 đơn vị", unit="đơn vị", metric="đơn vị tổ chức hội nghị")
    claim.numerator, claim.denominator = 109, 150
    verdict = judge(claim, [candidate(stored)])
    assert (verdict.verdict, verdict.difference) == (DIFFERS, 0)
    assert verdict.note == "the claim says out of 150, the source out of 156"
    claim.denominator = 156
    assert judge(claim, [candidate(stored)]).verdict == MATCHES


def test_a_comparator_difference_is_noted():
    stored = fact(70, "hơn 70 gian hàng", unit="gian hàng", metric="gian hàng", comparator=">")
    verdict = judge(fact(70, "70 gian hàng", unit="gian hàng", metric="gian hàng"),
                    [candidate(stored)])
    assert verdict.verdict == MATCHES
    assert verdict.note == "the claim says = 70, the source > 70"


def test_the_source_figure_is_highlighted_in_its_sentence():
    stored = fact(2985, "2.985/2500 đoàn viên", start=1000)
    sentence = "Từ đó đã kết nạp được 2.985/2500 đoàn viên(đạt 119%)."
    verdict = judge(stored, [candidate(stored, sentence)])
    start, end = verdict.source.highlight
    assert sentence[start:end] == "2.985/2500 đoàn viên"
    text = check.to_text("claim", [verdict])
    assert "kết nạp được [2.985/2500 đoàn viên](đạt 119%)" in text
    assert "Bài · 2016-11-20 · https://example.vn/a" in text
    styled = check.to_text("claim", [verdict], style=lambda t, role: f"<{role}>{t}</{role}>")
    assert "<figure>2.985/2500 đoàn viên</figure>" in styled
    assert "<matches>KHỚP / MATCHES</matches>" in styled


def test_json_keeps_vietnamese_readable_and_exit_code_is_the_verdict():
    stored = fact(2985, "2.985 đoàn viên")
    wrong = fact(2900, "2.900 đoàn viên")
    verdicts = [judge(stored, [candidate(stored)]), judge(wrong, [candidate(stored)])]
    document = json.loads(check.to_json("Năm 2016 …", verdicts))
    assert document["all_match"] is False and document["exit_code"] == 1
    assert [v["verdict"] for v in document["verdicts"]] == [MATCHES, DIFFERS]
    assert "đoàn viên" in check.to_json("Năm 2016 …", verdicts)
    assert check.exit_code(verdicts) == 1
    assert check.exit_code(verdicts[:1]) == 0


# --- claims written from the bundled articles, against `solieu run`'s database -----------

def verdicts_for(corpus_db, claim):
    return check.check_claim(open_existing(corpus_db), claim)


def only(verdicts):
    assert len(verdicts) == 1, [v.figure.raw for v in verdicts]
    return verdicts[0]


KET_NAP = "kết nạp được 2.985/2500 đoàn viên"


def test_an_exact_figure_matches_its_source_sentence(corpus_db):
    verdict = only(verdicts_for(
        corpus_db, "Năm 2016, Liên đoàn Lao động quận Ba Đình đã kết nạp được 2.985 đoàn viên."))
    assert verdict.verdict == MATCHES
    assert KET_NAP in verdict.source.sentence
    start, end = verdict.source.highlight
    assert "2.985" in verdict.source.sentence[start:end]
    assert verdict.source.title


def test_a_rounded_figure_matches_within_the_claims_rounding(corpus_db):
    verdict = only(verdicts_for(
        corpus_db, "Năm 2016, Liên đoàn Lao động quận Ba Đình kết nạp gần 3.000 đoàn viên."))
    assert verdict.verdict == MATCHES
    assert KET_NAP in verdict.source.sentence


def test_a_wrong_figure_differs_from_the_closest_source_figure(corpus_db):
    verdict = only(verdicts_for(
        corpus_db, "Năm 2016, Liên đoàn Lao động quận Ba Đình đã thành lập được 35 CĐCS."))
    assert verdict.verdict == DIFFERS
    assert verdict.source.value == 33
    assert "thành lập được 33/25 CĐCS" in verdict.source.sentence
    assert verdict.difference == 2
    assert verdict.percent_difference == pytest.approx(200 / 33)


def test_a_rounded_percent_matches_the_percent_its_source_states_beside_the_figure(corpus_db):
    figures = verdicts_for(corpus_db, "Năm 2023, Công đoàn Viên chức thành phố Hà Nội có "
                                      "2.107 sáng kiến được cập nhật, đạt 118%")
    assert [v.verdict for v in figures] == [MATCHES, MATCHES]
    assert [v.source.raw for v in figures] == ["2.107 sáng kiến", "117,78%"]
    assert figures[0].source.fact_id == figures[1].source.fact_id  # one stored fact
    start, end = figures[1].source.highlight
    assert figures[1].source.sentence[start:end] == "117,78%"


def test_an_abbreviated_organization_finds_the_full_name(corpus_db):
    verdict = only(verdicts_for(corpus_db, "Năm 2016, LĐLĐ quận Ba Đình quản lý trực tiếp 467 CĐCS."))
    assert verdict.verdict == MATCHES
    assert verdict.source.organization == BA_DINH
    assert "quản lý trực tiếp 467 CĐCS với 19.037 đoàn viên" in verdict.source.sentence


def test_an_organization_the_corpus_does_not_have_is_not_found(corpus_db):
    verdict = only(verdicts_for(
        corpus_db, "Năm 2016, Liên đoàn Lao động quận Cầu Giấy đã kết nạp được 2.985 đoàn viên."))
    assert verdict.verdict == OTHER_ORGANIZATION
    assert verdict.source.organization == BA_DINH  # the figure is Ba Đình's
    assert KET_NAP in verdict.source.sentence
    unknown = only(verdicts_for(
        corpus_db, "Năm 2016, Liên đoàn Lao động quận Cầu Giấy đã kết nạp được 1.234 đoàn viên."))
    assert (unknown.verdict, unknown.found.organization) == (NOT_FOUND, None)


def test_a_claim_with_two_figures_gets_two_verdicts_through_the_command(corpus_db):
    claim = ("Năm 2024, LĐLĐ quận Nam Từ Liêm đã hỗ trợ 417 vé xe ô tô đưa đoàn viên về quê "
             "đón Tết với tổng trị giá 83,4 triệu đồng.")
    result = solieu("check", claim, "--db", corpus_db, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    document = json.loads(result.stdout)
    assert document["claim"] == claim
    verdicts = document["verdicts"]
    assert [v["verdict"] for v in verdicts] == [MATCHES, MATCHES]
    assert [v["source"]["value"] for v in verdicts] == [417, 83_400_000]
    for v in verdicts:
        assert "hỗ trợ cho 417 vé xe ô tô" in v["source"]["sentence"]


def test_the_command_exits_3_when_a_figure_is_not_found(corpus_db):
    result = solieu("check", "Năm 2016, LĐLĐ quận Cầu Giấy kết nạp được 1.234 đoàn viên",
                    "--db", corpus_db)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "KHÔNG TÌM THẤY / NOT FOUND" in result.stdout


def test_the_command_prints_the_source_and_exits_1_when_a_figure_differs(corpus_db):
    result = solieu("check", "Năm 2016, LĐLĐ quận Ba Đình kết nạp được 2.895 đoàn viên", "--db",
                    corpus_db)
    assert result.returncode == 1, result.stderr
    assert "SAI LỆCH / DIFFERS" in result.stdout
    assert "[2.985/2500 đoàn viên]" in result.stdout  # highlighted, plainly when not a TTY
    assert "Summary: 1 differs." in result.stdout


def test_the_command_cannot_check_without_a_database_or_a_figure(tmp_path, corpus_db):
    missing = solieu("check", "Năm 2016 có 3 CĐCS", "--db", tmp_path / "none.db")
    assert missing.returncode == 2
    assert missing.stderr.startswith("Error:") and missing.stderr.strip().count("\n") == 0
    assert "solieu run" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    no_figure = solieu("check", "Công đoàn quận hoạt động tốt", "--db", corpus_db)
    assert no_figure.returncode == 2
    assert "no figure" in no_figure.stderr


def test_on_a_terminal_the_figure_is_styled_instead_of_bracketed(corpus_db):
    controller, terminal = pty.openpty()
    claim = "Năm 2016, LĐLĐ quận Ba Đình kết nạp được 2.985 đoàn viên"
    result = subprocess.run([SOLIEU, "check", claim, "--db", str(corpus_db)], stdout=terminal,
                            stderr=subprocess.PIPE, timeout=600)
    os.close(terminal)
    shown = os.read(controller, 1 << 16).decode()
    os.close(controller)
    assert result.returncode == 0, result.stderr
    assert "\x1b[" in shown and "2.985/2500 đoàn viên\x1b[0m" in shown
    assert "[2.985/2500 đoàn viên]" not in shown


def test_many_claims_in_one_process_give_json_lines(corpus_db, tmp_path):
    claims = tmp_path / "claims.txt"
    claims.write_text("Năm 2016, LĐLĐ quận Ba Đình kết nạp được 2.985 đoàn viên\n\n"
                      "Công đoàn quận hoạt động tốt\n"
                      "Năm 2016, LĐLĐ quận Ba Đình kết nạp được 2.986 đoàn viên\n", encoding="utf-8")
    result = solieu("check", "--file", claims, "--db", corpus_db)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["exit_code"] for d in lines] == [0, 2, 1]
    assert lines[0]["verdicts"][0]["verdict"] == MATCHES
    assert "no figure" in lines[1]["error"]
    assert lines[2]["verdicts"][0]["source"]["value"] == 2985
    assert result.returncode == 1  # one figure is contradicted
    piped = subprocess.run([SOLIEU, "check", "--db", str(corpus_db)], capture_output=True,
                           text=True, input=claims.read_text(encoding="utf-8"), timeout=600)
    assert piped.stdout == result.stdout and piped.returncode == 1


def test_a_pasted_paragraph_gets_a_verdict_per_figure(corpus_db):
    paragraph = ("Năm 2016, LĐLĐ quận Ba Đình đã thành lập được 33 CĐCS, kết nạp được 2.985 đoàn "
                 "viên. Năm 2024, LĐLĐ quận Nam Từ Liêm đã hỗ trợ 417 vé xe ô tô đưa đoàn viên về "
                 "quê đón Tết.")
    result = subprocess.run(
        [SOLIEU, "check", "--file", "-", "--db", str(corpus_db)], capture_output=True, text=True,
        input=paragraph + "\n", timeout=600)
    (document,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["verdict"] for v in document["verdicts"]] == [MATCHES, MATCHES, MATCHES]
    assert result.returncode == 0


def test_an_undated_fact_of_an_article_about_other_years_is_not_the_claims_year():
    """An undated `gần 500 công nhân` of an article about Tết of the year Đinh Dậu
    (2017-2018) matched a claim about 2016, exit 0."""
    assert check.lunar_years("Ngày làm việc cuối cùng trong năm Đinh Dậu") == {2017, 2018}
    assert check.lunar_years("dịp Tết Bính Ngọ") == {2026, 2027}
    assert check.lunar_years("Tết Giáp Sửu, ông Ất Tỵ") == set()  # no such year; not a year
    undated = candidate(fact(500, "gần 500 công nhân", unit="công nhân", metric="công nhân về quê",
                             comparator="~", period=None))
    undated.published, undated.years = None, frozenset({2017, 2018})
    claim = fact(500, "gần 500 công nhân", unit="công nhân", metric="công nhân về quê",
                 comparator="~", period="2016")
    verdict = judge(claim, [undated])
    assert verdict.verdict == OTHER_PERIOD
    assert "in an article about 2017, 2018" in verdict.note
    claim.period = "2018"
    assert judge(claim, [undated]).verdict == MATCHES


def test_names_of_organizations_do_not_single_out_a_figure_of_the_sentence():
    """`Mỗi suất quà ... trị giá 300.000 đồng` was compared with the 500.000 đồng of the
    vouchers because the voucher's metric named the giving union."""
    sentence = ("LĐLĐ TP Hà Nội trao 3.600 phiếu mua hàng (mỗi phiếu 500.000 đồng) và 3.600 suất "
                "quà (mỗi suất 300.000 đồng).")
    city = "Liên đoàn Lao động thành phố Hà Nội"
    voucher = fact(5e5, "500.000 đồng", unit="VND", organization=city,
                   metric="giá trị phiếu mua hàng (được Liên đoàn Lao động TP Hà Nội trao tặng)",
                   start=sentence.index("500.000"))
    gift = fact(3e5, "300.000 đồng", unit="VND", organization=city,
                metric="giá trị suất quà", start=sentence.index("300.000"))
    claim = fact(3e5, "300.000 đồng", unit="VND", organization="LĐLĐ thành phố Hà Nội",
                 metric="trao tại Chợ Tết Công đoàn trị giá")
    verdict = judge(claim, [candidate(voucher, sentence), candidate(gift, sentence)])
    assert (verdict.verdict, verdict.source.raw) == (MATCHES, "300.000 đồng")


def test_a_fact_is_a_candidate_once(corpus_db):
    """The organization's facts and the facts stating the claim's number (of any
    organization) overlap: the overlap was counted twice."""
    checker = check.Checker(open_existing(corpus_db))
    figure = check.claim_figures("Năm 2016, LĐLĐ quận Ba Đình kết nạp được 2.985 đoàn viên")[0]
    candidates = checker.candidates(figure)
    assert len(candidates) == len({(c.fact_id, c.fact.unit) for c in candidates})
