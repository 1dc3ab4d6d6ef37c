"""The evaluation: scoring rules on hand-made inputs, then `solieu eval` end to end on the corpus."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from solieu.scoring import (
    FIELDS, GoldArticle, GoldError, GoldFact, GoldNonFact, evaluate, match_articles,
    metric_similarity, parse_gold, same_organization, same_unit, score_article,
)
from solieu.extract.records import Fact

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "corpus" / "gold"

S1 = "Năm 2023, LĐLĐ quận Tây Hồ kết nạp 1.200 đoàn viên và thành lập 15 CĐCS, 3 nghiệp đoàn."
S2 = "Đại hội lần thứ XI có 250 đại biểu."
BODY = f"Tây Hồ: một năm nhiều kết quả\n{S1} {S2}"
ORG = "Liên đoàn Lao động quận Tây Hồ"


def gold_fact(sentence, raw, value, **fields) -> GoldFact:
    defaults = {"organization": ORG, "metric": None, "unit": None, "period": "2023"}
    return GoldFact(sentence=sentence, raw=raw, value=value, **{**defaults, **fields})


GOLD = GoldArticle("t", [
    gold_fact(S1, "1.200 đoàn viên", 1200, metric="đoàn viên kết nạp", unit="đoàn viên"),
    gold_fact(S1, "15 CĐCS", 15, metric="CĐCS thành lập", unit="CĐCS"),
    gold_fact(S2, "250 đại biểu", 250, metric="đại biểu dự Đại hội", unit="đại biểu"),
], [GoldNonFact("lần thứ XI", "ordinal"), GoldNonFact("Năm 2023", "date")])


def found(body: str, raw: str, value, sentence_idx: int = 0, nth: int = 0, **fields) -> Fact:
    start = -1
    for _ in range(nth + 1):
        start = body.index(raw, start + 1)
    return Fact(article_id="a", sentence_idx=sentence_idx, raw=raw, start=start,
                end=start + len(raw), value=value, **fields)


def perfect(body: str = BODY) -> list[Fact]:
    return [found(body, g.raw, g.value, organization=g.organization, metric=g.metric,
                  unit=g.unit, period=g.period) for g in GOLD.facts]


def scores(facts, gold=GOLD, body=BODY) -> dict:
    result = evaluate([gold], {"a": body}, {"a": facts}, {gold.name: "a"}).to_dict()
    return result["articles"][0] | {"overall": result["overall"]}


def test_perfect_match():
    result = scores(perfect())
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0)
    assert all(result["fields"][name] == 1.0 for name in FIELDS)
    assert result["misses"] == result["false_positives"] == result["nonfacts"] == []
    assert result["overall"]["f1"] == 1.0


def test_a_miss():
    result = scores(perfect()[:2])
    assert (result["matched"], result["precision"], result["recall"]) == (2, 1.0, 0.6667)
    assert [m["raw"] for m in result["misses"]] == ["250 đại biểu"]


def test_a_false_positive_that_is_not_a_non_fact():
    result = scores(perfect() + [found(BODY, "3 nghiệp đoàn", 3)])
    assert (result["found"], result["precision"], result["recall"]) == (4, 0.75, 1.0)
    assert [f["raw"] for f in result["false_positives"]] == ["3 nghiệp đoàn"]
    assert result["nonfacts"] == [] and result["nonfacts_extracted"] == 0


def test_a_wrong_value_is_a_miss_and_a_false_positive():
    facts = perfect()
    facts[0] = found(BODY, "1.200", 1.2)  # "1.200" read as a decimal
    result = scores(facts)
    assert [m["raw"] for m in result["misses"]] == ["1.200 đoàn viên"]
    assert result["misses"][0]["found_instead"] == [{"raw": "1.200", "value": 1.2}]
    assert [f["raw"] for f in result["false_positives"]] == ["1.200"]
    assert result["nonfacts"] == []


def test_field_mismatches_are_counted_over_matched_facts():
    facts = perfect()
    facts[0].unit = "người"
    facts[0].organization = None
    facts[1].metric = "Công đoàn cơ sở được thành lập"  # same words once CĐCS is expanded
    facts[2].period = "2024"
    result = scores(facts)
    assert result["f1"] == 1.0
    assert result["fields"]["unit"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["fields"]["organization"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["fields"]["metric"] == 1.0
    assert result["fields"]["period"] == pytest.approx(2 / 3, abs=1e-3)
    errors = {(e["raw"], e["field"]) for e in result["field_errors"]}
    assert errors == {("1.200 đoàn viên", "unit"), ("1.200 đoàn viên", "organization"),
                      ("250 đại biểu", "period")}


def test_a_non_fact_extracted():
    result = scores(perfect() + [found(BODY, "XI", 11), found(BODY, "2023", 2023)])
    assert result["nonfacts_extracted"] == 2
    assert {(n["raw"], n["nonfact"]["why"]) for n in result["nonfacts"]} == {("XI", "ordinal"),
                                                                            ("2023", "date")}
    assert len(result["false_positives"]) == 2  # a non-fact also costs precision
    assert result["recall"] == 1.0


def test_sentence_split_and_spacing_do_not_matter():
    body = BODY.replace(f"{S1} {S2}", f"{S1}\n\n{S2}").replace(" kết nạp", "\n  kết nạp")
    assert "\n\nĐại hội" in body and "\n  kết nạp" in body
    facts = perfect(body)
    facts[0].sentence_idx = 7  # the extractor split the sentence elsewhere
    result = scores(facts, body=body)
    assert (result["matched"], result["misses"]) == (3, [])


def test_same_value_twice_in_a_sentence_goes_to_the_overlapping_gold():
    sentence = "Có trên 70% đơn vị tổ chức hội nghị; 70% doanh nghiệp ký thỏa ước."
    gold = GoldArticle("t", [
        gold_fact(sentence, "trên 70% đơn vị", 70, comparator=">", unit="%", percent=70),
        gold_fact(sentence, "70% doanh nghiệp", 70, comparator="=", unit="%", percent=70),
    ])
    facts = [found(sentence, "70% doanh nghiệp", 70, comparator="=", unit="%", percent=70,
                   organization=ORG, period="2023"),
             found(sentence, "trên 70%", 70, comparator=">", unit="%", percent=70,
                   organization=ORG, period="2023")]
    result = scores(facts, gold=gold, body=sentence)
    assert result["matched"] == 2
    assert result["fields"]["comparator"] == 1.0


def test_database_rows_score_like_facts():
    rows = [{**fact.to_row(), "sentence": S1} for fact in perfect()]
    assert scores(rows)["f1"] == 1.0


@pytest.mark.parametrize("found_metric, gold_metric, similar", [
    ("CĐCS thành lập", "Công đoàn cơ sở được thành lập", True),
    ("đoàn viên kết nạp", "đoàn viên kết nạp mới", True),
    ("đơn vị tổ chức Hội nghị người lao động",
     "đơn vị tổ chức Hội nghị người lao động (hàng năm, nhiệm kỳ qua)", True),
    ("số tiền hỗ trợ", "CĐCS thành lập", False),
    (None, "CĐCS thành lập", False),
])
def test_metric_similarity(found_metric, gold_metric, similar):
    assert (metric_similarity(found_metric, gold_metric) >= 0.5) is similar


# Units are canonical (FACTS.md), so the comparison is strict: `Công đoàn cơ sở` for `CĐCS`, a
# coordinated `đoàn viên, người lao động` for `đoàn viên`, `con nhỏ` for `con` are wrong (issue 12).
@pytest.mark.parametrize("found_unit, gold_unit, same", [
    ("chuyến xe ô tô", "chuyến xe", False), ("CĐCS", "Công đoàn cơ sở", False),
    ("đoàn viên, người lao động", "đoàn viên", False), ("con nhỏ", "con", False),
    ("Đoàn viên", "đoàn  viên", True),
    ("%", "%", True), ("VND", "VND", True), ("đoàn viên", "CĐCS", False), (None, "%", False),
])
def test_unit_comparison(found_unit, gold_unit, same):
    assert same_unit(found_unit, gold_unit) is same


def test_organization_comparison():
    both = "Liên đoàn Lao động quận Hoàn Kiếm; Liên đoàn Lao động quận Đống Đa"
    assert same_organization("Liên đoàn Lao động quận Đống Đa", both)
    assert same_organization("liên đoàn lao động  quận Đống Đa", "Liên đoàn Lao động quận Đống Đa")
    assert not same_organization("Liên đoàn Lao động quận Ba Đình", both)
    assert not same_organization("LĐLĐ quận Đống Đa", "Liên đoàn Lao động quận Đống Đa")
    # FACTS.md: `Công đoàn cơ sở X` and `Công đoàn X` name the same grassroots union
    assert same_organization("Công đoàn cơ sở Bệnh viện Đống Đa", "Công đoàn Bệnh viện Đống Đa")
    assert same_organization("Công đoàn Bệnh viện Đống Đa", "Công đoàn cơ sở Bệnh viện Đống Đa")
    assert not same_organization("Công đoàn cơ sở", "Công đoàn")


def test_gold_is_matched_to_the_article_holding_its_sentences():
    other = "Một bài khác.\nCông ty có 450 công nhân."
    assert match_articles([GOLD], [("x", other), ("a", BODY)]) == {"t": "a"}
    assert match_articles([GOLD], [("x", other)]) == {}
    result = evaluate([GOLD], {"x": other}, {}, {}).to_dict()
    assert result["unmatched_gold_files"] == ["t"]
    assert result["overall"]["recall"] == 0.0


def test_bad_gold_line_names_the_file_and_line():
    good = json.dumps({"sentence": S2, "raw": "250 đại biểu", "value": 250}, ensure_ascii=False)
    assert parse_gold("x", good + "\n").facts[0].value == 250
    with pytest.raises(GoldError, match=r"x\.jsonl:2"):
        parse_gold("x", good + "\n{not json\n")
    with pytest.raises(GoldError, match=r"x\.nonfacts\.jsonl:1: missing why"):
        parse_gold("x", good, '{"raw": "lần thứ XI"}')


def test_score_article_never_fails_on_missing_spans():
    fact = found(BODY, "15 CĐCS", 15)
    fact.start = fact.end = None
    result = score_article(GOLD, "a", BODY, [fact])
    assert result.matched == 0 and len(result.false_positives) == 1


# --- end to end: solieu run, then solieu eval as processes ------------------------------------
def solieu(*args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "solieu", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=600, check=check)


@pytest.fixture(scope="module")
def evaluation(corpus_db) -> dict:
    done = solieu("eval", "--gold", str(GOLD_DIR), "--db", str(corpus_db), "--json")
    assert done.returncode == 0
    return json.loads(done.stdout)


def test_eval_json_structure(evaluation):
    assert set(evaluation) == {"overall", "articles", "unmatched_gold_files", "settings"}
    assert evaluation["unmatched_gold_files"] == []
    stems = sorted(p.name[:-len(".jsonl")] for p in GOLD_DIR.glob("*.jsonl")
                   if not p.name.endswith(".nonfacts.jsonl"))
    assert [a["gold_file"] for a in evaluation["articles"]] == stems
    assert len({a["article_id"] for a in evaluation["articles"]}) == len(stems)
    for part in [evaluation["overall"], *evaluation["articles"]]:
        assert part["gold"] > 0 and part["matched"] <= min(part["gold"], part["found"])
        assert all(0 <= part[k] <= 1 for k in ("precision", "recall", "f1"))
        assert set(part["fields"]) == set(FIELDS)
        assert all(v is None or 0 <= v <= 1 for v in part["fields"].values())
    for article in evaluation["articles"]:
        assert len(article["misses"]) == article["gold"] - article["matched"]
        assert len(article["false_positives"]) == article["found"] - article["matched"]
        assert len(article["nonfacts"]) == article["nonfacts_extracted"]
    assert evaluation["overall"]["gold"] == sum(a["gold"] for a in evaluation["articles"])


def test_eval_human_output(corpus_db):
    done = solieu("eval", "--gold", str(GOLD_DIR), "--db", str(corpus_db))
    assert done.returncode == 0
    assert "overall" in done.stdout and "Field accuracy" in done.stdout
    assert "Misses (" in done.stdout and "False positives (" in done.stdout


def test_eval_errors_are_clear(corpus_db, tmp_path):
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    done = solieu("eval", "--gold", str(tmp_path), "--db", str(corpus_db), check=False)
    assert done.returncode == 1 and "bad.jsonl:1" in done.stderr
    missing = solieu("eval", "--gold", str(GOLD_DIR), "--db", str(tmp_path / "none.db"), check=False)
    assert missing.returncode == 2 and "none.db" in missing.stderr


def test_quality_targets_on_the_bundled_gold(evaluation):
    """The issue's targets: fact F1 >= 0.95, no non-fact extracted; every field at least what it
    reaches, rounded down to 0.05 (0.95: a period rule that cost the corpus 0.98 -> 0.90 passed
    the old 0.90 floor unseen)."""
    overall = evaluation["overall"]
    problems = [f"F1 {overall['f1']} < 0.95"] if overall["f1"] < 0.95 else []
    problems += [f"{name} {acc} < 0.95" for name, acc in overall["fields"].items()
                 if acc is None or acc < 0.95]
    if overall["nonfacts_extracted"]:
        problems.append(f"{overall['nonfacts_extracted']} non-facts extracted")
    assert problems == [], "; ".join(problems)


def test_a_gold_file_with_no_fact_is_matched_by_its_nonfacts_and_its_facts_count_as_false():
    nonfacts = ('{"raw": "Nghị quyết 02", "why": "document number"}\n'
                '{"raw": "lần thứ XI", "why": "ordinal"}\n')
    empty = parse_gold("empty", "", nonfacts)
    body = "Đại hội lần thứ XI thực hiện Nghị quyết 02. Công đoàn có 450 đoàn viên."
    other = "Một bài khác có 450 đoàn viên."
    assert match_articles([empty], [("x", other), ("a", body)]) == {"empty": "a"}
    start = body.index("450 đoàn viên")
    found = {"a": [{"raw": "450 đoàn viên", "value": 450, "start": start,
                    "end": start + len("450 đoàn viên")}]}
    overall = evaluate([empty], {"a": body}, found, {"empty": "a"}).overall()
    assert (overall["found"], overall["matched"], overall["precision"]) == (1, 0, 0.0)


def test_a_gold_organization_keeping_an_abbreviation_is_read_spelled_out():
    # the annotator's `CP` is the name's `Cổ phần`; the extractor must spell it out itself
    assert same_organization("Công ty Cổ phần Than Bình Minh - Vinacomin", "Công ty CP Than Bình Minh - Vinacomin")
    assert not same_organization("Công ty CP Than Bình Minh", "Công ty Cổ phần Than Bình Minh")
    assert same_organization("Sở Lao động - Thương binh và Xã hội", "Sở Lao động Thương binh và Xã hội")
    # (a name keeping an abbreviation as its own, `- CTCP` closing it, is the same written the same)
    assert same_organization("Tổng công ty Viglacera - CTCP", "Tổng công ty Viglacera - CTCP")
