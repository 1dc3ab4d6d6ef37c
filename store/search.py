"""What a reader types, made comparable with what is stored.

Two pure functions that the datasette plugin registers as SQL functions, so canned queries
can match the many ways a Vietnamese figure or name gets written:

- :func:`fold` - ``"LĐLĐ quận Ba Đình"`` -> ``"ldld quan ba dinh"`` (case, accents, đ, punctuation).
- :func:`parse_number` - ``"2.985"`` -> 2985, ``"83,4 triệu"`` -> 83400000, ``"117,78%"`` -> 117.78.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from solieu.extract import lexicon

# đ/Đ is a letter of its own in Unicode (no decomposition), so stripping accents leaves it alone.
_NOT_WORD = re.compile(r"[\W_]+")

_SCALES = {
    "nghìn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỷ": 10**12, "ngàn tỉ": 10**12,
    "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
}
_SCALE_WORDS = "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
_NUMBER = re.compile(rf"(?P<sign>[-+−])?\s*(?P<digits>\d[\d.,]*)\s*(?P<scale>{_SCALE_WORDS})?",
                     re.IGNORECASE)
_THOUSANDS_GROUPS = re.compile(r"^\d{1,3}(?:[.]\d{3})+$|^\d{1,3}(?:,\d{3}){2,}$")


def fold(text: str | None) -> str | None:
    """Lower case, no accents, đ -> d, punctuation as single spaces: for loose comparisons."""
    if text is None:
        return None
    return _NOT_WORD.sub(" ", lexicon.unaccented(str(text)).casefold()).strip()


def parse_number(text: str | None) -> float | None:
    """The number a reader typed, in Vietnamese or plain notation; None when there is none.

    Vietnamese notation groups thousands with ``.`` and marks decimals with ``,``
    (``1.846``, ``117,78``). A lone ``.`` not followed by groups of three digits is read as a
    decimal point (``2.5``), since that cannot be a thousands separator.
    """
    if text is None:
        return None
    match = _NUMBER.search(unicodedata.normalize("NFC", str(text)))
    if not match:
        return None
    number = _digits_value(match["digits"].rstrip(".,"))
    if number is None:
        return None
    if match["scale"]:
        number *= _SCALES[match["scale"].lower()]
    if match["sign"] in ("-", "−"):
        number = -number
    return float(number)


def _digits_value(digits: str) -> Decimal | None:
    if _THOUSANDS_GROUPS.match(digits):
        plain = digits.replace(".", "").replace(",", "")
    elif "." in digits and "," in digits:
        # Whichever separator comes last marks the decimals: 1.234,5 (vi) or 1,234.5 (en).
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        plain = digits.replace(group_mark, "").replace(decimal_mark, ".")
    else:
        plain = digits.replace(",", ".")
    try:
        return Decimal(plain)
    except InvalidOperation:  # e.g. "1.2.3": no number a reader would mean
        return None
