"""Publication times as pages print them -> ISO 8601 in Hanoi time (or None when unknown).

The site prints `17:05 | 19/07/2022` and `26/06/2024 17:21`; metadata carries ISO 8601.
A date without a time stays a date (`2022-07-19`): inventing midnight would claim a precision
the page does not give.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

_TIME = r"(?P<{h}>\d{{1,2}})[:hg](?P<{m}>\d{{2}})"
SITE_DATE_RE = re.compile(
    r"(?:" + _TIME.format(h="h1", m="m1") + r"(?::\d{2})?\s*[|,\-–]?\s*)?"
    r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})"
    r"(?:\s*[|,\-–]?\s*" + _TIME.format(h="h2", m="m2") + r")?"
)
# What may surround a date on a line of its own: weekday, "GMT+7", separators.
DATE_LINE_NOISE_RE = re.compile(
    r"(?i)\b(thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cập\s+nhật|ngày|lúc|gmt\s*\+\s*7)\b|[\s|,\-–:()+]"
)


def parse_published(text: str | None) -> str | None:
    """The first publication time in `text` as ISO 8601 (+07:00), or None."""
    if not text or not text.strip():
        return None
    text = text.strip()
    return _parse_iso(text) or _parse_site(text)


# The date a page's address gives in its path (`/xa-hoi/202508/ban-giao-...`, `/2025/08/22/...`):
# a year and a month, as a path segment of their own (not the digits of an id: `...-202577.html`).
# (htmldate's URL reader knows year, month and day with separators only.)
URL_DATE_RE = re.compile(r"/(?P<year>(?:19|20)\d\d)/?(?P<month>0[1-9]|1[0-2])(?:/?(?:[0-2]\d|3[01]))?(?=[/_.-]|$)")


def url_year(url: str | None) -> int | None:
    """The year a page's address says it was published in, or None."""
    match = URL_DATE_RE.search(url or "")
    return int(match["year"]) if match else None


def is_date_line(text: str) -> bool:
    """True when the line holds a date (and time) and nothing else worth keeping."""
    match = SITE_DATE_RE.search(text)
    if not match:
        return False
    rest = text[:match.start()] + text[match.end():]
    return not DATE_LINE_NOISE_RE.sub("", rest)


def _parse_iso(text: str) -> str | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ][\d:.]+([+-]\d{2}:?\d{2})?)?", candidate):
        return None
    try:
        if len(candidate) == 10:
            return date.fromisoformat(candidate).isoformat()
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return _in_hanoi(moment)


def _parse_site(text: str) -> str | None:
    match = SITE_DATE_RE.search(text)
    if not match:
        return None
    hour = match["h1"] or match["h2"]
    minute = match["m1"] or match["m2"]
    try:
        if hour is None:
            return date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
        moment = datetime(int(match["year"]), int(match["month"]), int(match["day"]),
                          int(hour), int(minute))
    except ValueError:  # 31/02/2024, 25:70: not a date, so unknown
        return None
    return _in_hanoi(moment)


def _in_hanoi(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HANOI)
    return moment.astimezone(HANOI).isoformat(timespec="seconds")
