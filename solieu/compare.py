"""Is a stored fact about the same thing as a claimed figure? Organization, unit, metric, period.

Pure functions on strings. Comparisons fold case and diacritics (`Ủy`/`Uỷ`, `đ`/`d`) so
that spelling variants of the same Vietnamese words meet.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from functools import lru_cache

import regex

from solieu.extract import lexicon
from solieu.extract.facts.orgs import canonical_org, expand_abbreviations

WORD = regex.compile(r"[\p{L}\p{N}]+")
# Administrative levels: `LĐLĐ Ba Đình` and `LĐLĐ quận Ba Đình` are the same body.
# (Matched before folding: folded, `quận` would also be `quân`, `xã` be `xa`.)
ADMIN_WORDS = regex.compile(r"(?<!\p{L})(?:" + "|".join(sorted(
    set(lexicon.ADMIN_WORDS.values()), key=len, reverse=True)) + r")(?!\p{L})")
# Function words that say nothing about what is counted (before folding, too: folded,
# `có` would be `cơ` of `cơ sở` and `về` be `vé` of `vé xe`).
STOPWORDS = lexicon.CLAIM_STOP_WORDS


def fold(text: str) -> str:
    """Lower case, no diacritics, `đ` -> `d`: `Liên đoàn` -> `lien doan`."""
    return lexicon.unaccented(text).casefold()


@lru_cache(maxsize=65536)  # metrics and units repeat across facts; expansion is costly
def lower_words(text: str | None) -> tuple[str, ...]:
    """The lower-case words of `text`, abbreviations expanded (`CĐCS` -> công đoàn cơ sở)."""
    if not text:
        return ()
    return tuple(WORD.findall(unicodedata.normalize("NFC", expand_abbreviations(text)).casefold()))


def words(text: str | None) -> tuple[str, ...]:
    """The folded words of `text`, abbreviations expanded: `CĐCS` -> cong doan co so."""
    return tuple(fold(word) for word in lower_words(text))


@lru_cache(maxsize=4096)
def organization_key(name: str) -> str:
    """One key for every way of writing an organization's name: the extractor's canonical
    name (`LĐLĐ` spelled out), folded, without its administrative level word."""
    name = canonical_org(name) or name
    key = " ".join(words(ADMIN_WORDS.sub(" ", " ".join(lower_words(name)))))
    # `Công đoàn cơ sở X` and `Công đoàn X` name one grassroots union (FACTS.md);
    # `TP.HCM`, `TP HCM` and `Thành phố Hồ Chí Minh` one city.
    key = regex.sub(r"^cong doan co so ", "cong doan ", key)
    return regex.sub(r"(?<!\S)hcm(?!\S)", "ho chi minh", key)


@lru_cache(maxsize=4096)
def organization_keys(stored: str | None) -> frozenset[str]:
    """A stored organization may name several bodies, separated by `;`."""
    return frozenset(organization_key(part) for part in (stored or "").split(";") if part.strip())


def unit_kind(unit: str | None) -> str | None:
    if unit in ("%", "VND"):
        return unit
    return None if not unit else "count"


@lru_cache(maxsize=65536)
def units_compatible(claimed: str | None, stored: str | None) -> bool:
    """Same unit, or one counted noun phrase inside the other (`đoàn viên` in
    `đoàn viên, người lao động`). An unknown claimed unit is compatible with any, an
    unknown stored unit with any count (`%` and money are never left unknown)."""
    if not claimed:
        return True
    if unit_kind(claimed) == "count" and not stored:
        return True
    if unit_kind(claimed) != unit_kind(stored):
        return False
    if unit_kind(claimed) != "count":
        return True
    claimed_parts = [" ".join(words(p)) for p in claimed.split(",") if words(p)]
    stored_parts = [" ".join(words(p)) for p in stored.split(",") if words(p)]
    return any(_contains_phrase(a, b) or _contains_phrase(b, a)
               for a in claimed_parts for b in stored_parts)


def _contains_phrase(outer: str, inner: str) -> bool:
    return f" {inner} " in f" {outer} "


@lru_cache(maxsize=65536)
def content_words(text: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in lower_words(text) if w not in STOPWORDS and not w.isdigit())


def metric_similarity(claimed: str | None, stored: str | None) -> float:
    """The share of the claim's metric words that the stored metric also uses (0..1).

    Claims are short and source metrics long, so the measure is the claim's coverage:
    `kết nạp đoàn viên` is fully covered by `đoàn viên kết nạp trong năm`. A claim
    whose metric has no content words says nothing to compare: 1.0."""
    claim_words = content_words(claimed)
    if not claim_words:
        return 1.0
    return len(claim_words & content_words(stored)) / len(claim_words)


@lru_cache(maxsize=4096)
def period_range(period: str | None) -> tuple[date, date] | None:
    """`2016`, `2024-06`, `2024-06-26`, `2023-2028`, `2024-H1`, `2024-Q3`, `a/b` -> dates.

    None when there is no period or it is not in one of these forms (then it
    constrains nothing)."""
    if not period:
        return None
    text = regex.sub(r"\s+", "", period)
    if "/" in text:
        first, _, last = text.partition("/")
        start, end = period_range(first), period_range(last)
        return (start[0], end[1]) if start and end else None
    try:
        return _single_period(text)
    except ValueError:  # a month 13 or a 30 February: not a period we can place
        return None


def _single_period(text: str) -> tuple[date, date] | None:
    if m := regex.fullmatch(r"(\d{4})-(\d{4})", text):
        return date(int(m[1]), 1, 1), date(int(m[2]), 12, 31)
    if m := regex.fullmatch(r"(\d{4})-H([12])", text):
        first_month = 1 if m[2] == "1" else 7
        return _months(int(m[1]), first_month, first_month + 5)
    if m := regex.fullmatch(r"(\d{4})-Q([1-4])", text):
        first_month = 3 * int(m[2]) - 2
        return _months(int(m[1]), first_month, first_month + 2)
    if m := regex.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := regex.fullmatch(r"(\d{4})-(\d{2})", text):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := regex.fullmatch(r"(\d{4})", text):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return None


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    end = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return date(year, first, 1), date.fromordinal(end.toordinal() - 1)


def periods_fit(claimed: str | None, stored: str | None) -> bool:
    """Can a figure stated for `stored` be quoted for `claimed`? One period must hold the
    other (`2026` holds the market days `2026-02-07/2026-02-08`, `2024` holds `2024-H1`),
    except that a span of years is a total of its own: `3.945 CĐCS` of `2012-2019` is not
    the figure of 2019, nor the other way round. Unknown periods fit anything."""
    a, b = period_range(claimed), period_range(stored)
    if a is None or b is None:
        return True
    if _years_span(a) or _years_span(b):
        return a == b
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _years_span(span: tuple[date, date]) -> bool:
    return span[1].year > span[0].year
