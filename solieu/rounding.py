"""Does a claimed figure state the source's number? Same number, or the claim's own rounding.

A checker must not turn "close" into "the same": `384 đoàn viên` is not `383`, and `2 tỷ`
is not `1 tỷ`, however each is rounded. A claimed figure agrees with a source figure only

- when both are the same number after normalisation (`2.985` = `2985`, `83,4 triệu` =
  83 400 000, `117,78%`), or
- when the claim itself signals that it rounds:
  - an approximation or a bound: `gần 3.000` (nearly: 2.500–3.000, so 2.985 agrees),
    `khoảng 200` (150–250), `hơn 14 tỷ` (above 14 tỷ, below 15 tỷ), `70% trở lên`,
    `dưới 50`; the width is the place of the claim's last non-zero digit;
  - fewer significant digits than the source: `14 tỷ` for 14,32 tỷ, `118%` for 117,78%,
    `83 triệu` for 83,4 triệu: the source rounds to the claim (half-open, so two touching
    intervals never agree) and is within `MAX_ROUNDING` of it. An exact figure written
    with as many digits as the source (`3.000` for 2.985, `384` for 383) must be equal.

The source's own rounding never widens what the claim admits: the claim is what is checked.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from solieu.extract.facts import numbers

NUMBER = regex.compile(numbers.NUMBER)
SCALES = (1, 10**3, 10**6, 10**9, 10**12)  # nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ
APPROXIMATE = {"~", ">", ">=", "<", "<="}
# `gần 3.000`, `xấp xỉ`, `ngót`, `suýt`: nearly, from below (FACTS.md files them as `~`).
NEARLY = regex.compile(r"(?<!\p{L})(?:gần|ngót|suýt|xấp xỉ|hầu như)(?!\p{L})", regex.IGNORECASE)
# The most an unmarked rounding may move a figure (`14 tỷ` for 14,32 tỷ is 2,2%).
MAX_ROUNDING = 0.05


@dataclass(frozen=True)
class Written:
    """A number as written: its value, and the digits that say how precise it is."""

    value: float
    decimals: int
    trailing_zeros: int


@dataclass(frozen=True)
class Range:
    """The values a claim admits: `low`/`high` included unless `open_low`/`open_high`."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False

    def __contains__(self, value: float) -> bool:
        if same_number(value, self.low):
            return not self.open_low
        if same_number(value, self.high):
            return not self.open_high
        return self.low < value < self.high


def same_number(a: float, b: float) -> bool:
    """Equal up to float noise only (`0.1 + 0.2` is `0.3`; 383 is not 384)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def parse_written(text: str) -> Written:
    """`2.985` -> 2985 (0 decimals); `117,78` -> 117.78 (2); `3.000` -> 3 trailing zeros."""
    value = numbers.parse_number(text).value
    if "," in text:
        decimals = len(text.rpartition(",")[2])
    elif value != int(value):  # `2.5`, read by the extractor as an English decimal point
        decimals = len(text.rpartition(".")[2])
    else:
        decimals = 0
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0")) if not decimals and int(value) else 0
    return Written(value, decimals, zeros)


def written_number(value: float, raw: str) -> tuple[Written, int] | None:
    """The number in `raw` that `value` was read from, and its scale word's factor."""
    for match in NUMBER.finditer(raw):
        written = parse_written(match.group())
        for scale in SCALES:
            if math.isclose(written.value * scale, value, rel_tol=1e-9, abs_tol=1e-9):
                return written, scale
    return None


def precision(value: float, raw: str | None, comparator: str) -> float:
    """The place of the figure's last meaningful digit, in the figure's own unit.

    An exact figure (`=`) is precise to its last written digit (`3.000` -> 1, `83,4 triệu`
    -> 100.000); an approximate one (`gần`, `trên`, ...) to its last non-zero digit
    (`gần 3.000` -> 1000). 0 when the figure is not written with digits (`hai phiên`).
    """
    found = written_number(value, raw or "")
    if found is None:
        return 0.0  # nothing to read the precision from: the value as stored is exact
    written, scale = found
    if written.decimals:
        return 10.0 ** -written.decimals * scale
    if comparator in APPROXIMATE:
        return 10.0 ** written.trailing_zeros * scale
    return float(scale)


def admitted_range(value: float, raw: str | None, comparator: str | None) -> Range:
    """The values a claim written as `raw` with `comparator` admits beyond its own number
    (the number itself always agrees). An exact claim admits its rounding interval."""
    comparator = comparator or "="
    step = precision(value, raw, comparator)
    if comparator == "~" and NEARLY.search(raw or ""):
        return Range(value - step / 2, value)
    if comparator == ">":
        return Range(value, value + step, open_low=True)
    if comparator == ">=":
        return Range(value, value + step)
    if comparator == "<":
        return Range(value - step, value, open_high=True)
    if comparator == "<=":
        return Range(value - step, value)
    return Range(value - step / 2, value + step / 2, open_high=True)


def claim_admits(claimed: float, claimed_raw: str | None, comparator: str | None,
                 source: float, source_raw: str | None) -> bool:
    """Does the claim (`claimed`, written `claimed_raw`, with `comparator`) state the
    source's number (`source`, written `source_raw`)?"""
    if same_number(claimed, source):
        return True
    comparator = comparator or "="
    if comparator in APPROXIMATE:
        return source in admitted_range(claimed, claimed_raw, comparator)
    step = precision(claimed, claimed_raw, comparator)
    if step <= precision(source, source_raw, "=") or step == 0:
        return False  # as many digits as the source, or a number word: must be equal
    if abs(claimed - source) > MAX_ROUNDING * abs(source):
        return False
    return source in admitted_range(claimed, claimed_raw, comparator)
