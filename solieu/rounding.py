"""Which true values a written figure admits, given how precisely it is written.

`gần 3.000` (nearly 3,000) is true of 2.985; `3.000` written as an exact count is not;
`118%` is true of 117,78%. A figure admits a closed range of values that depends on
its comparator and on the place of its last written digit (Vietnamese format: `.` groups
thousands, `,` is the decimal mark). Two figures agree when their ranges overlap.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from extract import numbers

NUMBER = regex.compile(numbers.NUMBER)
SCALES = (1, 10**3, 10**6, 10**9, 10**12)  # nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ
APPROXIMATE = {"~", ">", ">=", "<", "<="}


@dataclass(frozen=True)
class Written:
    """A number as written: its value, and the digits that say how precise it is."""

    value: float
    decimals: int
    trailing_zeros: int


@dataclass(frozen=True)
class Range:
    low: float
    high: float

    def overlaps(self, other: Range) -> bool:
        slack = 1e-9 * max(1.0, abs(self.low), abs(other.low))  # float noise only
        return self.low <= other.high + slack and other.low <= self.high + slack


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

    An exact figure (`=`) is precise to its last written digit (`3.000` -> 1); an
    approximate one (`gần`, `trên`, ...) to its last non-zero digit (`gần 3.000` -> 1000).
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
    """The values a figure written as `raw` with `comparator` is true of."""
    comparator = comparator or "="
    step = precision(value, raw, comparator)
    if comparator in (">", ">="):
        return Range(value, value + step)
    if comparator in ("<", "<="):
        return Range(value - step, value)
    return Range(value - step / 2, value + step / 2)
