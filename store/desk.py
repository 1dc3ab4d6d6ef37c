"""The journalist's desk in the browser: what its pages show, as pure functions (no datasette,
no SQL) so that they are tested on their own.

- :func:`outlet` - the newspaper an article comes from, read from its URL's host
  (``https://nld.com.vn/...`` -> ``Người Lao Động``, ``nld.com.vn``), never one paper for all.
- :func:`figure_text` - a stored figure the Vietnamese way: ``2.985``, ``83,4 triệu đồng``,
  ``46,42%``, ``2.985/2.500 đoàn viên (119%)``.
- :func:`marked` - a text with spans in ``<mark>``; :func:`phrase_spans` - where a phrase typed
  with or without accents occurs in a text.

Everything returned as HTML is built with markupsafe: every piece of text is escaped.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from solieu.extract import lexicon

# Hosts whose paper has a name a reader knows; any other host is shown as it is.
OUTLETS = {
    "laodongthudo.vn": "Lao Động Thủ Đô",
    "nld.com.vn": "Người Lao Động",
    "laodong.vn": "Lao Động",
    "hanoimoi.vn": "Hà Nội Mới",
    "sggp.org.vn": "Sài Gòn Giải Phóng",
    "vneconomy.vn": "VnEconomy",
    "langngheviet.com.vn": "Làng nghề Việt Nam",
    "hanoi.gov.vn": "Cổng thông tin Hà Nội",
    "congdoan.vn": "Công đoàn Việt Nam",
    "vnexpress.net": "VnExpress",
    "tuoitre.vn": "Tuổi Trẻ",
    "thanhnien.vn": "Thanh Niên",
}


def host(url: str | None) -> str | None:
    """The host of an http(s) URL, without ``www.``; None for any other URL."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    name = parts.hostname.lower()
    return name[4:] if name.startswith("www.") else name


def outlet(url: str | None) -> str | None:
    """The outlet's name for a reader: the paper's name when known (a subdomain belongs to its
    paper: ``tacnghiep.laodongthudo.vn``), else the host; None when the URL has no host."""
    name = host(url)
    if name is None:
        return None
    for known, paper in OUTLETS.items():
        if name == known or name.endswith("." + known):
            return paper
    return name


def safe_link(url: str | None) -> str | None:
    """`url` if it may be a link: http or https to a host; never javascript:, data:, ..."""
    return url.strip() if host(url) else None


# -- numbers --------------------------------------------------------------------------------

def vn_number(value: float | int | None, decimals: int = 2) -> str:
    """``2985.0`` -> ``2.985``; ``46.4166`` -> ``46,42``: ``.`` groups thousands, ``,`` marks
    decimals, trailing zeros dropped."""
    if value is None:
        return ""
    text = f"{float(value):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def money(value: float) -> str:
    """An amount in đồng as a journalist writes it: ``83,4 triệu đồng``, ``14,32 tỷ đồng``."""
    for scale, word in ((1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= scale:
            return f"{vn_number(value / scale)} {word} đồng"
    return f"{vn_number(value)} đồng"


COMPARATORS = {">": "hơn ", ">=": "từ ", "<": "dưới ", "<=": "tối đa ", "~": "khoảng "}


def figure_text(row: dict) -> str:
    """A stored figure in Vietnamese format, from a facts row (value, unit, numerator,
    denominator, percent, comparator)."""
    value, unit = row.get("value"), row.get("unit")
    if value is None:
        return row.get("raw") or ""
    if row.get("consistency") == "malformed":  # a broken number is shown as the source wrote it
        return f"{row.get('raw') or ''} (số viết sai · malformed)"
    prefix = COMPARATORS.get(row.get("comparator") or "=", "")
    ratio = row.get("denominator") is not None and row.get("numerator") is not None
    if unit == "%":
        return f"{prefix}{vn_number(value)}%"
    if unit == "VND":
        text = f"{money(row['numerator'])}/{money(row['denominator'])}" if ratio else money(value)
    elif ratio:
        text = f"{vn_number(row['numerator'])}/{vn_number(row['denominator'])}"
        text += f" {unit}" if unit else ""
    else:
        text = vn_number(value) + (f" {unit}" if unit else "")
    if row.get("percent") is not None:
        text += f" ({vn_number(row['percent'])}%)"
    return prefix + text


PERIOD_FORMS = (
    (re.compile(r"^(\d{4})-H([12])$"), lambda m: f"6 tháng {'đầu' if m[2] == '1' else 'cuối'} năm {m[1]}"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), lambda m: f"quý {'I II III IV'.split()[int(m[2]) - 1]}/{m[1]}"),
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)$"), lambda m: f"{m[3]}/{m[2]}/{m[1]}"),
    (re.compile(r"^(\d{4})-(\d\d)$"), lambda m: f"tháng {int(m[2])}/{m[1]}"),
)


def period_text(period: str | None) -> str:
    """``2024-H1`` -> ``6 tháng đầu năm 2024``; ``2024-Q1`` -> ``quý I/2024``; dates
    ``dd/mm/yyyy``; a range of dates with a dash; a year or a term as it is."""
    if not period:
        return ""
    parts = period.split("/") if "/" in period else [period]
    out = []
    for part in parts:
        for pattern, form in PERIOD_FORMS:
            match = pattern.match(part)
            if match:
                out.append(form(match))
                break
        else:
            out.append(part)
    return " – ".join(out)


def date_text(published: str | None) -> str:
    """``2022-07-19T17:05:00+07:00`` -> ``19/07/2022 17:05``; a date alone ``19/07/2022``."""
    if not published:
        return ""
    match = re.match(r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?", published)
    if not match:
        return published
    text = f"{match[3]}/{match[2]}/{match[1]}"
    return text + (f" {match[4]}:{match[5]}" if match[4] else "")


STATUSES = {"actual": "đã đạt · actual", "target": "chỉ tiêu · target"}


def status_text(status: str | None) -> str:
    return STATUSES.get(status or "", status or "")


# -- highlighting ---------------------------------------------------------------------------

def marked(text: str, spans: list[tuple[int, int]], titles: list[str] | None = None) -> Markup:
    """`text` with each span (start, end offsets into it) in <mark>, escaped. Spans out of
    range or overlapping an earlier one are left out: never a wrong highlight."""
    html, at = Markup(""), 0
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    for i in order:
        start, end = spans[i]
        if not (at <= start < end <= len(text)):
            continue
        title = titles[i] if titles else None
        html += escape(text[at:start])
        if title:
            html += Markup('<mark title="{}">{}</mark>').format(title, text[start:end])
        else:
            html += Markup("<mark>{}</mark>").format(text[start:end])
        at = end
    return html + escape(text[at:])


def fold_chars(text: str) -> str:
    """`text` lower case without accents, đ -> d, one character for each character of `text`
    (so offsets in the folded text are offsets in `text`)."""
    out = []
    for ch in text:
        out.append((lexicon.unaccented(ch).casefold() or ch)[:1])
    return "".join(out)


WORDS = re.compile(r"\w+")


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where `phrase` occurs in `text` as whole words in a row, accents, case and punctuation
    between the words ignored: ``doan vien moi`` finds ``đoàn viên mới``, ``117,78`` finds
    ``117,78``."""
    words = WORDS.findall(fold_chars(phrase or ""))
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)")
    return [m.span() for m in pattern.finditer(fold_chars(text))]


def fts_phrase(phrase: str) -> str:
    """An FTS5 query for `phrase` as one phrase: its words in a row (quotes dropped, so any
    text is a valid query); a blank phrase matches nothing."""
    words = " ".join(WORDS.findall(unicodedata.normalize("NFC", phrase or "")))
    return f'"{words}"' if words else '""'


def paragraphs(body: str) -> list[tuple[int, str]]:
    """The non-blank lines of an article's clean body, each with its offset in the body."""
    out, at = [], 0
    for line in body.split("\n"):
        if line.strip():
            out.append((at, line))
        at += len(line) + 1
    return out
