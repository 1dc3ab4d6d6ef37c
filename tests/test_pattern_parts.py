"""What a pattern's text says about its matches (issue 16: periods skip the patterns that need
a year on a text without one)."""
from __future__ import annotations

import regex

from solieu.extract.facts import periods
from solieu.extract.facts.pattern_parts import always_holds

YEAR = periods.YEAR


def test_a_part_written_outside_any_optional_alternative_or_lookaround_is_always_held():
    assert always_holds(rf"nhiệm\s+kỳ\s+(?P<a>{YEAR}){periods.DASH}(?P<b>{YEAR})", YEAR)
    assert always_holds(rf"[(|]\s*{YEAR}", YEAR)  # a class's `(` and `|` are characters
    assert always_holds(r"x\d", r"\d")


def test_a_part_that_may_be_absent_is_not():
    assert not always_holds(rf"tháng\s+\d+(?:\s+năm\s+{YEAR})?", YEAR)  # optional group
    assert not always_holds(rf"a(?:b|{YEAR})", YEAR)  # one side of an alternation
    assert not always_holds(rf"a|{YEAR}", YEAR)
    assert not always_holds(rf"a(?!\s+{YEAR})", YEAR)  # a lookahead consumes nothing
    assert not always_holds(rf"{YEAR}?", YEAR)
    assert not always_holds(rf"(?:x{YEAR}){{0,2}}", YEAR)
    assert not always_holds(r"[\d.]x", r"\d")  # inside a class: one choice among others
    assert not always_holds(r"\\d", r"\d")  # an escaped backslash, then a letter d


def test_the_periods_needing_a_part_find_nothing_on_a_text_without_it():
    texts = ["Trong 9 tháng, công đoàn kết nạp 120 đoàn viên",
             "giai đoạn 2023 - 2028, đến năm 2030, hiện nay", "năm nay, nửa đầu năm, quý I",
             "Ngày 7 và 8-2, từ 30/1 đến 2/2, 23 tháng Chạp, Tết Giáp Thìn, hàng năm",
             "Từ đầu năm đến nay, trong cả giai đoạn, 5 năm qua, nhiệm kỳ trước"]
    needing = {part: [regex.compile(p, regex.IGNORECASE) for (_, p), needs in
                      zip(periods.PATTERNS, periods.NEEDS) if j in needs]
               for j, part in enumerate(periods.PARTS)}
    assert len(needing[periods.YEAR]) >= 6 and len(needing["tháng"]) >= 6
    assert all(needing.values())  # every part spares some pattern
    for text in texts:
        for part, find_part in zip(periods.PARTS, periods.FIND_PART):
            if not find_part.search(text):
                assert not any(p.search(text) for p in needing[part])
        assert periods.find(text)


def test_a_part_every_alternative_holds_is_always_held():
    this_year = next(p for kind, p in periods.PATTERNS if kind == "this_year")
    assert always_holds(this_year, "năm")  # `năm nay`, `trong năm`, `cả năm`
    assert always_holds(r"x(?P<y>a\s+năm|năm\s+b)z", "năm")
    assert always_holds(r"năm\s+a|b\s+năm", "năm")
    assert not always_holds(r"x(?:a\s+năm|b)", "năm")  # not in every alternative
    assert not always_holds(r"x(?:a\s+năm|năm\s+b)?", "năm")  # the alternation may be absent
    assert not always_holds(r"x(?!a\s+năm|năm\s+b)", "năm")  # a lookahead consumes nothing
    assert not always_holds(r"x(?:a(?:năm|b)|năm)", "năm")  # one side of an inner one
    assert always_holds(r"x(?:a(?:năm|c\s+năm)|năm)", "năm")
