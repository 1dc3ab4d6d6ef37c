"""The counted noun after a figure: `CĐCS`, `lượt CNVCLĐ`, `đoàn viên, người lao động`.

Read on the sentence Doc: a known counted noun (lexicon, also when the segmenter split it:
`người` + `lao động`), a classifier with the noun it classifies, a capitalized kind of thing
(`Thỏa ước lao động tập thể`), else the segmenter's word.
"""
from __future__ import annotations

import regex

from solieu.extract.lexicon import (ABBREVIATIONS, CANONICAL_UNITS, ORGANIZATION_HEADS, UNITS_ALONE, CLASSIFIERS, FUNCTION_WORDS, NUMBER_WORD_UNITS,
                             OCCASION_COUNTERS, PEOPLE, PERSON_MODIFIERS, UNIT_TAIL_STOPS,
                             YARDSTICKS)
from solieu.extract.facts.doc_text import text_of
from solieu.extract.facts.numbers import DIGIT_WORDS

NOUN_AT = regex.compile(
    r"(?:" + "|".join(regex.escape(u) for u in NUMBER_WORD_UNITS) + r")(?![\p{L}])", regex.IGNORECASE)
PEOPLE_LOWER = {p.lower() for p in PEOPLE}
PEOPLE_AT = regex.compile(
    r",\s(?:" + "|".join(regex.escape(u) for u in sorted(PEOPLE, key=len, reverse=True))
    + r")(?![\p{L}])")
STOP_WORDS = FUNCTION_WORDS  # they end a noun phrase and are never a unit
WRITTEN_WITH_A_COMMA = {u.lower() for u in NUMBER_WORD_UNITS if "," in u}
# `cao gấp 1,35 lần lao động nữ`: a multiple, of what follows (`lần` counts nothing it takes)
MULTIPLE = regex.compile(r"(?<![\p{L}])gấp\s+(?:\p{Ll}+\s+)?[\d.,]+\s*$")
# After a percent these name what it is measured against, not what it counts.
PERCENT_REFERENCES = set(YARDSTICKS) | {"tổng số", "cùng kỳ", "năm", "trở", "so", "cả"}  # (`cả nước`)


def _token_at(doc, pos: int) -> str:
    """The word starting at `pos` (`công nhân`, `chuyến`)."""
    for token in doc:
        if token.idx >= pos:
            return token.text if token.idx == pos else ""
    return ""


MODIFIED_PERSON = regex.compile(
    r"(?:" + "|".join(PERSON_MODIFIERS) + r")\s+(?:" + "|".join(
        regex.escape(u) for u in sorted(PEOPLE, key=len, reverse=True)) + r")(?![\p{L}])",
    regex.IGNORECASE)
SHARE_OF = regex.compile(r"số\s+(?=\p{L})")
WORD = regex.compile(r"\p{L}+")
LETTERS = regex.compile(r"[\p{L}]+")
OR_MORE = regex.compile(r"\s*trở lên(?=\s)")


def read_unit(doc, end: int) -> tuple[str | None, int]:
    """The counted noun right after a figure: `CĐCS`, `lượt CNVCLĐ`, `đoàn viên, người lao động`."""
    text = text_of(doc)
    pos = end + len(text[end:]) - len(text[end:].lstrip(" "))
    share = SHARE_OF.match(text[pos:])  # `2/3 số CĐCS`: the noun after `số`
    pos += share.end() if share else 0
    quoted = text[pos:pos + 1] in ("“", '"')  # `7 “Mái ấm Công đoàn”`, `40 "Mái ấm"`
    pos += quoted
    word = WORD.match(text[pos:])
    if not word:
        return None, end
    if word.group()[0].isupper() and not word.group().isupper():
        unit, stop = _capitalized_noun(text, pos)
        return unit, stop + (quoted and text[stop:stop + 1] in ("”", '"'))
    modified = MODIFIED_PERSON.match(text, pos)  # `nữ đoàn viên`, `nam công nhân`
    if modified:
        return text[pos:modified.end()], modified.end()
    known = NOUN_AT.match(text, pos)
    if known:
        stop = known.end()
        if known.group().lower() in CLASSIFIERS | OCCASION_COUNTERS and not MULTIPLE.search(text, 0, end):
            stop = _classified(doc, stop)
        elif known.group().lower() in PEOPLE_LOWER:
            people = PEOPLE_AT.match(text, stop)
            stop = people.end() if people else stop
        return text[pos:stop], stop
    head = _token_at(doc, pos) or word.group()
    stop = pos + len(head)
    if head.lower() in CLASSIFIERS:
        stop = _classified(doc, stop)
    return text[pos:stop], stop


def _classified(doc, stop: int) -> int:
    """`lượt` + `CNVCLĐ`, `chuyến` + `xe`: a classifier takes the noun it classifies."""
    text = text_of(doc)
    if text[stop:stop + 1] != " ":
        return stop
    modified = MODIFIED_PERSON.match(text, stop + 1)  # `lượt nữ đoàn viên`
    if modified:
        return modified.end()
    known = NOUN_AT.match(text, stop + 1)
    if known and known.group().lower() not in CLASSIFIERS:
        return known.end()
    word = _token_at(doc, stop + 1)
    first = word.lower().split()[0] if word else ""  # (`hai con một mình`, `so với`: no noun)
    if word and word[0].isalpha() and word.lower() not in STOP_WORDS | UNIT_TAIL_STOPS \
            and first not in DIGIT_WORDS and first not in STOP_WORDS:
        return stop + 1 + len(word)
    return stop


UNIT_TAIL = regex.compile(r"\s+(?:" + "|".join(map(regex.escape, sorted(UNIT_TAIL_STOPS, key=len,
                                                                         reverse=True)))
                         + r")(?![\p{L}]).*", regex.IGNORECASE | regex.DOTALL)


def canonical_unit(unit: str | None) -> str | None:
    """The counted noun as FACTS.md names it: coordinated nouns give the first (`đoàn viên,
    người lao động` -> `đoàn viên`), what follows the noun is dropped (`Voucher trị giá` ->
    `Voucher`), one spelling per thing (`Công đoàn cơ sở`, `CĐ cơ sở`, `CĐ` -> `CĐCS`)."""
    if not unit:
        return unit
    if unit.lower() not in WRITTEN_WITH_A_COMMA:  # (`an toàn, vệ sinh viên`: one noun)
        unit = UNIT_TAIL.sub("", unit.split(",")[0]).strip(" “”\"") or unit
    if unit.lower() in CANONICAL_UNITS:
        return CANONICAL_UNITS[unit.lower()]
    if unit.split()[0].lower() in UNITS_ALONE:
        return unit.split()[0]
    spelled = ABBREVIATIONS.get(unit)  # `9 KCN` -> `khu công nghiệp`, `35 VĐV` -> `vận động viên`;
    # not a body's (`30 LĐLĐ` counts federations) nor a list (`CNVCLĐ`)
    if spelled and "," not in spelled and spelled.lower() not in ORGANIZATION_HEADS:
        return spelled.lower()
    return unit


def _capitalized_noun(text: str, pos: int) -> tuple[str, int]:
    """`Thỏa ước lao động tập thể`, `Điểm sinh hoạt Công đoàn`: a named kind of thing."""
    words = list(LETTERS.finditer(text[pos:pos + 80]))
    stop = pos + words[0].end()
    for w in words[1:6]:
        if text[stop:pos + w.start()] != " " or w.group().lower() in STOP_WORDS:
            break
        stop = pos + w.end()
    return text[pos:stop], stop


def percent_base(doc, end: int) -> tuple[str | None, int]:
    """What a percent counts (`70% trở lên doanh nghiệp`), or None (`đạt 95% kế hoạch`)."""
    lead = OR_MORE.match(text_of(doc)[end:])
    unit, unit_end = read_unit(doc, end + (lead.end() if lead else 0))
    first = (unit or "").lower().split()[:1]
    if unit and first[0] not in STOP_WORDS and first[0] not in PERCENT_REFERENCES \
            and unit.lower() not in PERCENT_REFERENCES:
        return unit, unit_end
    return None, end
