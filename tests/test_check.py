"""`solieu check`: the ranking and rounding logic on hand-built facts, then claims written
from the bundled articles, checked against the database `solieu run` builds from them."""
from __future__ import annotations

import json
import os
import pty
import subprocess

import pytest

from commands import SOLIEU, solieu
from extract.records import Fact
from solieu import check
from solieu.check import DIFFERS, MATCHES, NOT_FOUND, Candidate, judge, rank
from solieu.compare import metric_similarity, organization_key, periods_overlap, units_compatible
from solieu.rounding import admitted_range, precision
from store.db import open_existing

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
    more = admitted_range(1000, "hơn 1.000", ">")
    assert (more.low, more.high) == (1000, 2000)
    at_least = admitted_range(70, "70% trở lên", ">=")
    assert (at_least.low, at_least.high) == (70, 80)
    exact = admitted_range(2985, "2.985", "=")
    assert (exact.low, exact.high) == (2984.5, 2985.5)
    below = admitted_range(50, "dưới 50 người", "<")
    assert (below.low, below.high) == (40, 50)
    at_most = admitted_range(15e6, "tối đa 15 triệu đồng", "<=")
    assert (at_most.low, at_most.high) == (14e6, 15e6)


@pytest.mark.parametrize("claimed, stored, agree", [
    (fact(3000, "gần 3.000 đoàn viên", comparator="~"), fact(2985, "2.985/2500 đoàn viên"), True),
    (fact(3000, "3.000 đoàn viên"), fact(2985, "2.985/2500 đoàn viên"), False),
    (fact(2900, "trên 2.900 đoàn viên", comparator=">"), fact(2985, "2.985 đoàn viên"), True),
    (fact(1000, "hơn 1.000 đoàn viên", comparator=">"), fact(2985, "2.985 đoàn viên"), False),
    (fact(118, "118%", unit="%"), fact(117.78, "117,78%", unit="%"), True),
    (fact(117, "117%", unit="%"), fact(117.78, "117,78%", unit="%"), False),
    (fact(83e6, "83 triệu đồng", unit="VND"), fact(83.4e6, "83,4 triệu đồng", unit="VND"), True),
    (fact(84e6, "84 triệu đồng", unit="VND"), fact(83.4e6, "83,4 triệu đồng", unit="VND"), False),
])
def test_values_agree_within_the_rounding_they_are_written_with(claimed, stored, agree):
    assert check.agrees(claimed, stored) is agree


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


@pytest.mark.parametrize("claimed, stored, overlap", [
    ("2016", "2016", True), ("2017", "2016", False), ("2016", "2023-2028", False),
    ("2024-H1", "2024-06-26", True), ("2024-H2", "2024-06-26", False),
    ("2024-Q2", "2024-04", True), ("2023-10-16/2023-10-17", "2023-10", True),
    (None, "2016", True), ("2016", None, True), ("2016", "not a period", True),
])
def test_periods_overlap(claimed, stored, overlap):
    assert periods_overlap(claimed, stored) is overlap


# --- ranking and verdicts ----------------------------------------------------------------

def test_the_metric_decides_before_the_value():
    founded = fact(33, "33/25 CĐCS", unit="CĐCS", metric="CĐCS thành lập", start=10)
    managed = fact(467, "467 CĐCS", unit="CĐCS", metric="CĐCS do LĐLĐ quận quản lý trực tiếp",
                   start=200)
    claim = fact(33, "33 CĐCS", unit="CĐCS", metric="CĐCS quản lý trực tiếp")
    verdict = judge(claim, rank(claim, [candidate(founded), candidate(managed)]))
    assert verdict.verdict == DIFFERS
    assert verdict.source.raw == "467 CĐCS"
    assert verdict.candidates == 2


def test_among_equally_similar_metrics_an_agreeing_value_wins_then_the_closest():
    a = fact(2985, "2.985 đoàn viên", article_id="a1")
    b = fact(19037, "19.037 đoàn viên", article_id="a2")
    claim = fact(3000, "gần 3.000 đoàn viên", comparator="~")
    assert judge(claim, rank(claim, [candidate(b), candidate(a)])).source.raw == "2.985 đoàn viên"
    wrong = fact(2900, "2.900 đoàn viên")
    verdict = judge(wrong, rank(wrong, [candidate(b), candidate(a)]))
    assert (verdict.verdict, verdict.source.raw) == (DIFFERS, "2.985 đoàn viên")
    assert verdict.difference == -85
    assert verdict.percent_difference == pytest.approx(-85 / 2985 * 100)


def test_candidates_of_another_organization_unit_or_period_are_not_sources():
    claim = fact(2985, "2.985 đoàn viên", organization="Liên đoàn Lao động quận Cầu Giấy")
    assert judge(claim, rank(claim, [candidate(fact(2985, "2.985 đoàn viên"))])).verdict == NOT_FOUND
    other_year = fact(2985, "2.985 đoàn viên", period="2017")
    assert rank(other_year, [candidate(fact(2985, "2.985 đoàn viên"))]) == []
    percent = fact(2985, "2.985%", unit="%")
    assert rank(percent, [candidate(fact(2985, "2.985 đoàn viên"))]) == []


def test_a_percent_stated_beside_a_ratio_can_be_checked_on_its_own():
    sentence = "Từ đó kết nạp được 2.985/2500 đoàn viên (đạt 119% so với chỉ tiêu), vượt 19%."
    ratio = fact(2985, "2.985/2500 đoàn viên", start=500 + sentence.index("2.985"))
    ratio.numerator, ratio.denominator, ratio.percent = 2985, 2500, 119
    view = check.percent_view(ratio, sentence, 500)
    assert (view.value, view.unit, view.raw) == (119, "%", "119%")
    assert sentence[view.start - 500:view.end - 500] == "119%"
    stored = [candidate(ratio, sentence), Candidate(view, sentence, 500)]
    claim = fact(119, "119%", unit="%")
    verdict = judge(claim, rank(claim, stored))
    assert (verdict.verdict, verdict.source.raw) == (MATCHES, "119%")
    assert "(đạt [119%] so với" in check.to_text("c", [verdict])
    wrong = fact(125, "125%", unit="%")
    assert judge(wrong, rank(wrong, stored)).difference == 6
    assert check.percent_view(fact(119, "119%", unit="%"), "119%", 0) is None


def test_a_claim_states_a_percent_beside_its_figure():
    claim = "Năm 2023, Công đoàn Viên chức thành phố Hà Nội có 2.107 sáng kiến được cập nhật, đạt 118%"
    figures = check.claim_figures(claim)
    assert [(f.raw, f.value) for f in figures] == [("2.107 sáng kiến", 2107), ("118%", 118)]
    assert claim[figures[1].start:figures[1].end] == "118%"


def test_a_stored_fact_of_unknown_unit_can_be_a_count_but_not_a_percent():
    unknown = fact(2985, "2.985", unit=None)
    assert rank(fact(2985, "2.985 đoàn viên"), [candidate(unknown)])
    assert not rank(fact(2985, "2.985%", unit="%"), [candidate(unknown)])


def test_an_abbreviated_claim_finds_the_full_name():
    claim = fact(2985, "2.985 đoàn viên", organization="LĐLĐ quận Ba Đình")
    verdict = judge(claim, rank(claim, [candidate(fact(2985, "2.985/2500 đoàn viên"))]))
    assert verdict.verdict == MATCHES
    assert verdict.difference is None


def test_a_figure_of_another_organization_is_pointed_out():
    stored = [candidate(fact(2985, "2.985 đoàn viên")),
              candidate(fact(2985, "2.985 đoàn viên", metric="đoàn viên nhận quà", article_id="a2"))]
    claim = fact(2985, "2.985 đoàn viên", organization="Liên đoàn Lao động quận Cầu Giấy")
    found = check.same_figure_elsewhere(claim, stored)
    assert (found.fact.organization, found.fact.metric) == (BA_DINH, "đoàn viên kết nạp")
    own = fact(2985, "2.985 đoàn viên", organization="LĐLĐ quận Ba Đình")
    assert check.same_figure_elsewhere(own, stored) is None
    verdict = judge(claim, rank(claim, stored))
    verdict.elsewhere = check.source_of(found)
    assert f"the same figure is stated about {BA_DINH}: 2.985 đoàn viên" in check.to_text("c", [verdict])


def test_a_ratio_agrees_only_with_the_same_denominator():
    stored = fact(109, "109/156 đơn vị", unit="đơn vị", metric="đơn vị tổ chức hội nghị")
    stored.numerator, stored.denominator = 109, 156
    claim = fact(109, "109/150 đơn vị", unit="đơn vị", metric="đơn vị tổ chức hội nghị")
    claim.numerator, claim.denominator = 109, 150
    verdict = judge(claim, rank(claim, [candidate(stored)]))
    assert (verdict.verdict, verdict.difference) == (DIFFERS, 0)
    assert verdict.note == "the claim says out of 150, the source out of 156"
    claim.denominator = 156
    assert judge(claim, rank(claim, [candidate(stored)])).verdict == MATCHES


def test_a_status_mismatch_is_ranked_lower_and_noted():
    target = fact(100, "100% đơn vị", unit="%", metric="đơn vị tổ chức hội nghị", status="target",
                  article_id="a1")
    actual = fact(100, "100% đơn vị", unit="%", metric="đơn vị tổ chức hội nghị", article_id="a2")
    claim = fact(100, "100% đơn vị", unit="%", metric="đơn vị tổ chức hội nghị", status="target")
    verdict = judge(claim, rank(claim, [candidate(actual), candidate(target)]))
    assert verdict.source.status == "target" and verdict.note is None
    claim.comparator = ">="
    assert "the source =" in judge(claim, rank(claim, [candidate(target)])).note


def test_the_source_figure_is_highlighted_in_its_sentence():
    stored = fact(2985, "2.985/2500 đoàn viên", start=1000)
    sentence = "Từ đó đã kết nạp được 2.985/2500 đoàn viên(đạt 119%)."
    verdict = judge(stored, rank(stored, [candidate(stored, sentence)]))
    start, end = verdict.source.highlight
    assert sentence[start:end] == "2.985/2500 đoàn viên"
    text = check.to_text("claim", [verdict])
    assert "kết nạp được [2.985/2500 đoàn viên](đạt 119%)" in text
    assert "Bài · 2016-11-20 · https://example.vn/a" in text
    styled = check.to_text("claim", [verdict], style=lambda t, role: f"<{role}>{t}</{role}>")
    assert "<figure>2.985/2500 đoàn viên</figure>" in styled
    assert "<matches>MATCHES</matches>" in styled


def test_json_keeps_vietnamese_readable_and_exit_code_is_the_verdict():
    stored = fact(2985, "2.985 đoàn viên")
    wrong = fact(2900, "2.900 đoàn viên")
    verdicts = [judge(stored, rank(stored, [candidate(stored)])),
                judge(wrong, rank(wrong, [candidate(stored)]))]
    document = json.loads(check.to_json("Năm 2016 …", verdicts))
    assert document["all_match"] is False
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
    assert verdict.verdict == NOT_FOUND
    assert verdict.source is None
    assert verdict.elsewhere.organization == BA_DINH  # the figure is Ba Đình's
    assert KET_NAP in verdict.elsewhere.sentence


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


def test_the_command_prints_the_source_and_exits_1_when_a_figure_differs(corpus_db):
    result = solieu("check", "Năm 2016, LĐLĐ quận Ba Đình kết nạp được 2.895 đoàn viên", "--db",
                    corpus_db)
    assert result.returncode == 1, result.stderr
    assert "DIFFERS" in result.stdout
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
