"""The gold annotation in corpus/gold follows the format of FACTS.md and agrees with its articles."""
from __future__ import annotations

import json
import math
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"

FACT_KEYS = {"sentence", "raw", "organization", "metric", "value", "unit", "numerator",
             "denominator", "percent", "comparator", "status", "period", "term", "check"}
COMPARATORS = {"=", ">", ">=", "<", "~"}
STATUSES = {"actual", "target"}
CHECKS = {None, "consistent", "inconsistent", "malformed"}
WHYS = {"document number", "anniversary", "ordinal", "date", "boilerplate", "name", "other"}
PERIOD = re.compile(
    r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]"
    r"|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
)
TERM = re.compile(r"\d{4}-\d{4}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
WORDED = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9, "mười": 10}

ARTICLES = sorted(CORPUS.glob("*.txt"))
FACT_FILES = sorted(p for p in GOLD.glob("*.jsonl") if not p.name.endswith(".nonfacts.jsonl"))
NONFACT_FILES = sorted(GOLD.glob("*.nonfacts.jsonl"))


def article_of(gold_file: Path) -> str:
    stem = gold_file.name.split(".")[0]
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def read_lines(path: Path) -> list[dict]:
    text = path.read_bytes().decode("utf-8")  # strict: the file must be UTF-8
    assert text == unicodedata.normalize("NFC", text), f"{path.name} is not NFC"
    assert "\\u" not in text, f"{path.name} has ASCII-escaped characters"
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        assert line.strip(), f"{path.name}:{n} is blank"
        rows.append(json.loads(line))
    return rows


def numbers_in(text: str) -> list[float]:
    """Every figure written in `text`, Vietnamese style, with its scale word applied."""
    found = []
    for m in NUMBER.finditer(text):
        digits = m.group()
        if "," in digits:
            whole, _, frac = digits.rpartition(",")
            number = float(whole.replace(".", "") + "." + frac)
        else:
            number = float(digits.replace(".", ""))  # a malformed 7.261.045351 reads as 7261045351
        found.append(number)
        following = text[m.end():].split()
        if following and following[0].rstrip(".,;") in SCALES:
            found.append(number * SCALES[following[0].rstrip(".,;")])
    found += [v for w, v in WORDED.items() if re.search(rf"(?<!\w){w}(?!\w)", text, re.I)]
    return found


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=0.005)


def test_every_article_has_gold_files():
    assert ARTICLES
    for article in ARTICLES:
        assert (GOLD / f"{article.stem}.jsonl").is_file(), article.name
        assert (GOLD / f"{article.stem}.nonfacts.jsonl").is_file(), article.name


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_fact_lines(path):
    article = article_of(path)
    rows = read_lines(path)
    assert rows, f"{path.name} has no facts"
    for n, fact in enumerate(rows, 1):
        where = f"{path.name}:{n}"
        assert set(fact) == FACT_KEYS, f"{where} keys {sorted(set(fact) ^ FACT_KEYS)}"
        assert fact["sentence"] in article, f"{where} sentence not verbatim in the article"
        assert fact["raw"] in fact["sentence"], f"{where} raw not verbatim in the sentence"
        assert fact["comparator"] in COMPARATORS, where
        assert fact["status"] in STATUSES, where
        assert fact["check"] in CHECKS, where
        assert fact["period"] is None or PERIOD.fullmatch(fact["period"]), where
        assert fact["term"] is None or TERM.fullmatch(fact["term"]), where
        for key in ("organization", "metric", "unit"):
            assert isinstance(fact[key], str) and fact[key].strip(), f"{where} {key}"
        for key in ("value", "numerator", "denominator", "percent"):
            assert fact[key] is None or isinstance(fact[key], (int, float)), f"{where} {key}"


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_numbers_agree_with_the_text(path):
    for n, fact in enumerate(read_lines(path), 1):
        where = f"{path.name}:{n} {fact['raw']!r}"
        in_raw = numbers_in(fact["raw"])
        assert any(close(fact["value"], x) for x in in_raw), f"{where} value {fact['value']}"
        for key in ("numerator", "denominator"):
            if fact[key] is not None:
                assert any(close(fact[key], x) for x in in_raw), f"{where} {key}"
        if fact["percent"] is not None:
            assert any(close(fact["percent"], x) for x in numbers_in(fact["sentence"])), where
        if fact["unit"] == "%":
            assert fact["percent"] is not None and close(fact["percent"], fact["value"]), where
        if fact["unit"] == "VND":
            assert re.search(r"đồng|đ\b|đ/", fact["raw"]), where


def malformed(raw: str) -> bool:
    """A dotted number whose groups are not all three digits long (7.261.045351)."""
    return any(
        any(len(group) != 3 for group in m.group().split(",")[0].split(".")[1:])
        for m in NUMBER.finditer(raw)
    )


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_checks_are_right(path):
    for n, fact in enumerate(read_lines(path), 1):
        where = f"{path.name}:{n} {fact['raw']!r}"
        checkable = None not in (fact["numerator"], fact["denominator"], fact["percent"])
        if not checkable:
            assert fact["check"] is None, where
        elif malformed(fact["raw"]):
            assert fact["check"] == "malformed", where
        else:
            gap = abs(100 * fact["numerator"] / fact["denominator"] - fact["percent"])
            assert fact["check"] == ("consistent" if gap <= 1 else "inconsistent"), where


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_no_fact_twice(path):
    seen = set()
    for fact in read_lines(path):
        key = (fact["sentence"], fact["raw"])
        assert key not in seen, f"{path.name}: {fact['raw']!r} twice in one sentence"
        seen.add(key)


@pytest.mark.parametrize("path", NONFACT_FILES, ids=lambda p: p.stem)
def test_nonfact_lines(path):
    article = article_of(path)
    for n, row in enumerate(read_lines(path), 1):
        where = f"{path.name}:{n}"
        assert set(row) == {"raw", "why"}, where
        assert row["why"] in WHYS, where
        assert row["raw"] in article, f"{where} {row['raw']!r} not in the article"
