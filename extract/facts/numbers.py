"""Lexical patterns for Vietnamese numbers, money, percents and ratios, found on the text.

Vietnamese format: `.` groups thousands (`1.846`, `2.900.000.000`), `,` is the decimal mark
(`2,2`, `117,78`). A figure whose dot groups are not of three digits (`7.261.045351`) is
malformed: it is parsed leniently (dots dropped) and flagged, never silently trusted.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from solieu.extract.lexicon import NUMBER_WORD_UNITS, PEOPLE, alternation

# A digit run with `.`/`,` groups; not glued to a letter or a hyphen before it (`Covid-19`), nor to
# one capital letter after it, a code's (`tuyến số 03A, 09A và 34`, `lớp 10A1`, `mạng 5G`; not a
# unit's letters: `tàu cá công suất 90CV`).
NUMBER = r"(?<![\p{L}\d.,\-])\d+(?:[.,]\d+)*(?![\d])(?!\p{Lu}(?![\p{L}]))"
SCALE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s(?:tỷ|tỉ))?"  # `5 nghìn tỷ đồng`
# `đồng` is the currency unless it starts a word (`đồng chí`, `đồng nghiệp`, `đồng hành`).
CURRENCY = (r"(?:đồng(?!\s(?:chí|nghiệp|hành|bào|thời|ý|tình|đội|tâm|minh|chủ|loạt|bộ|lòng|"
            r"phục|ca|hương|cảm|thuận|đều|nhất|hồ|ruộng|diễn)(?!\p{L}))|đ|VNĐ|VND|vnđ|USD|usd|đô la)")
PERCENT = r"(?:\s?%|\s(?:phần trăm))"
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

RANGE_END = r"\d+(?:[.,]\d+)*(?!\d)"  # after a dash, which NUMBER refuses before a figure
# ...or after `đến` when `từ` opened it: `từ 50 đến 1.200 người lao động`, `từ 20 triệu đến 75 triệu đồng`
# (the first end may be money written whole: `từ 250.000 đồng đến 350.000 đồng`)
RANGE_WORD = rf"(?<=(?<![\p{{L}}])[Tt]ừ\s[\d.,]+(?:\s{SCALE})?(?:\sđồng)?)\s(?:đến|tới)\s"
# What money is per: a noun for people whole (`100 triệu đồng/lao động`, `/người lao động`), else a word.
PER_NOUN = r"(?:" + alternation(PEOPLE) + r"|\p{L}+)(?!\p{L})"

# One figure: a ratio `a/b`, `a trên b`, `a trên (trong) tổng số b` (each side may carry `đ`),
# or a range `3 - 5`, or a number with an optional scale word, then a percent sign or a
# currency (and a per-unit: `10 triệu đồng/người/tháng`).
QUANTITY = regex.compile(
    rf"""
    (?P<num>{NUMBER})(?:\s?(?P<scale>{SCALE})(?!\p{{L}})
        (?:\s(?P<num2>\d{{1,3}})\s?(?P<scale2>triệu|nghìn|ngàn)(?!\p{{L}}))?)?  # `1 tỷ 499 triệu đồng`
    (?:
        (?P<numcur>\s?{CURRENCY}(?!\p{{L}}))?
        (?:\s?/\s?|\s+(?:trên|trong)\s+(?:tổng\s+số\s+)?)(?P<den>{NUMBER})
        (?:\s?(?P<denscale>{SCALE})(?!\p{{L}}))?
    |
        (?:\s?[-–]\s?|(?:\s?đồng)?{RANGE_WORD})(?P<hi>{RANGE_END})(?:\s?(?P<hiscale>{SCALE})(?!\p{{L}}))?
    )?
    (?:(?P<pct>{PERCENT})|\s?(?P<cur>{CURRENCY})(?!\p{{L}})(?P<per>(?:\s?/\s?{PER_NOUN}){{1,2}})?)?
    """,
    regex.VERBOSE,
)

# Cardinal number words (`hai phiên` = 2). Ordinals (`thứ tư`, `Giải nhất`) are excluded by
# the callers through the word before; `một`, `năm`, `ba`, `tư` are too ambiguous alone and
# are only accepted before a known counted noun.
DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
               "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
NUMBER_WORD = regex.compile(
    r"(?<![\p{L}])(?:(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|lăm|mốt|tư|"
    r"nghìn|ngàn|triệu)(?:\s|$)){1,8}",
    regex.IGNORECASE,
)
# A known counted noun starting at a position (after a figure): `CĐCS`, `đoàn viên`, `suất quà`.
COUNTED_START = regex.compile(
    r"\s*(?:" + "|".join(regex.escape(u) for u in NUMBER_WORD_UNITS) + r")(?![\p{L}])",
    regex.IGNORECASE)
# A number word before a counted noun: only such sentences are worth segmenting into words.
HAS_NUMBER_WORD = regex.compile(
    r"(?<!\p{L})(?:(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|lăm|mốt|tư|nghìn|ngàn|"
    r"triệu)\s+|(?:ít nhất|tối thiểu)\s+một\s+){1,8}(?:"
    + "|".join(regex.escape(u) for u in NUMBER_WORD_UNITS) + r")(?!\p{L})", regex.IGNORECASE)


@dataclass
class Parsed:
    value: float
    malformed: bool


def parse_number(text: str) -> Parsed:
    """`2.985` -> 2985, `117,78` -> 117.78, `7.261.045351` -> 7261045351 (malformed)."""
    text = text.strip()
    integer, _, decimal = text.partition(",")
    if "," in decimal:  # `1,2,3`: not a Vietnamese number; read the digits, flag it
        return Parsed(float(regex.sub(r"\D", "", text)), True)
    groups = integer.split(".")
    well_grouped = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if len(groups) == 1 or well_grouped:
        value = float(integer.replace(".", "") + ("." + decimal if decimal else ""))
        return Parsed(value, False)
    if len(groups) == 2 and not decimal:  # `2.5`: an English decimal point, read as such
        return Parsed(float(integer), True)
    return Parsed(float(integer.replace(".", "") + ("." + decimal if decimal else "")), True)


def parse_number_words(text: str) -> int | None:
    """`hai` -> 2, `mười lăm` -> 15, `hai mươi mốt` -> 21, `hai nghìn ba trăm` -> 2300."""
    result, total, current = 0, 0, 0
    for word in text.lower().split():
        if word in DIGIT_WORDS:
            current += DIGIT_WORDS[word]
        elif word == "mười":
            current += 10
        elif word == "mươi":
            current = (current or 1) * 10
        elif word == "trăm":
            total += (current or 1) * 100
            current = 0
        elif word in SCALES:
            result += (total + current or 1) * int(SCALES[word])
            total = current = 0
        elif word not in {"linh", "lẻ"}:
            return None
    return result + total + current or None


def scaled(value: float, scale: str | None) -> float:
    for word in (scale or "").lower().split():
        value *= SCALES[word]
    return value


def has_number(text: str) -> bool:
    """Cheap test: can this sentence hold a figure at all? (digits or a number word)."""
    return any(map(str.isdigit, text)) or HAS_NUMBER_WORD.search(text) is not None
