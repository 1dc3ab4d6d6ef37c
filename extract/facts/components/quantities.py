"""Component: figures (counts, ratios, percents, money), each read and judged fact or non-fact.

A figure is a fact candidate when it is a percent, an amount of money, or a number followed
by the noun it counts. Non-facts keep a `why`: a date or year (the periods component marked
it), an ordinal or name (`lần thứ 2`, `Cụm thi đua số 1`, `Covid-19`, `Nghị quyết 02`), a
duration or age (`30 ngày`, `68 tuổi`, `95 năm`), a vague amount (`một số`, `hàng trăm`), or a
bare number that counts nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from solieu.extract import lexicon
from solieu.extract.lexicon import (FUNCTION_WORDS, ORDINAL_BEFORE, TIME_UNIT_COUNTS,
                             TIME_UNITS, VAGUE_AFTER, VAGUE_BEFORE)
from solieu.extract.facts.backwards import ends_with
from solieu.extract.facts.doc_text import text_of
from solieu.extract.facts.numbers import (COUNTED_START, DIGIT_WORDS, NUMBER_WORD, QUANTITY, SCALES, parse_number,
                             parse_number_words, scaled)

Span.set_extension("quantity", default=None, force=True)
Doc.set_extension("figures", default=None, force=True)  # set by the tokenizer

NOT_A_START = {"lăm", "mươi", "linh", "lẻ", "trăm", "nghìn", "ngàn", "triệu"}

NEXT_WORDS = regex.compile(r"[ \t]*[“\"]?([\p{L}]+(?:[ \t]+[\p{L}]+)?)")  # `40 "Mái ấm ..."`
# Searched backwards from the figure: a forward search of the text before it tries every position.
PREV_WORDS = regex.compile(r"([\p{L}]+(?:[ \t]+[\p{L}]+)?)[ \t]*$", regex.REVERSE)
# `doanh nghiệp có từ 25 lao động trở lên`: a threshold that defines the counted set, no claim.
THRESHOLD_BEFORE = regex.compile(r"(?<![\p{L}])(?:có|sử dụng|thuê)\s+từ\s*$", regex.IGNORECASE)
THRESHOLD_AFTER = regex.compile(r"[^,;.()\d]{0,40}?(?<![\p{L}])trở\s+(?:lên|xuống)(?![\p{L}])")


TOTAL_BEFORE = regex.compile(r"(?<![\p{L}])tổng số\s*$", regex.IGNORECASE)
NOT_ORDINAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.NOT_ORDINAL_BEFORE))
                                   + r")\s*$", regex.IGNORECASE)
DASH_NAME = regex.compile(r"-\p{L}")
VERSION = regex.compile(r"\d+\.\d{1,2}")


@dataclass
class Quantity:
    start: int  # the figure itself inside the sentence (no comparator, no unit)
    end: int
    kind: str  # count / ratio / percent / money
    value: float
    numerator: float | None = None
    denominator: float | None = None
    percent: float | None = None
    currency: str | None = None
    per: str | None = None  # `/người/tháng` after an amount
    upper: float | None = None  # `3 - 5 triệu đồng`: the value is the lower end of a range
    malformed: bool = False
    why_not: str | None = None  # set when the figure is not a fact


def _read(m) -> Quantity:
    num = parse_number(m.group("num"))
    value = scaled(num.value, m.group("scale"))
    if m.group("num2") and SCALES[m.group("scale2")] < SCALES[m.group("scale").split()[-1]]:
        value += scaled(float(m.group("num2")), m.group("scale2"))  # `1 tỷ 499 triệu đồng`
    q = Quantity(m.start(), len(m.string[:m.end()].rstrip()), "count", value,
                 malformed=num.malformed)
    currency = m.group("cur") or m.group("numcur")
    if m.group("den"):
        den = parse_number(m.group("den"))
        q.kind, q.numerator = "ratio", value
        q.denominator = scaled(den.value, m.group("denscale") or m.group("scale"))
        q.malformed = q.malformed or den.malformed
    if m.group("hi"):
        q.upper = scaled(parse_number(m.group("hi")).value, m.group("hiscale") or m.group("scale"))
        # `3 - 5 triệu`: the scale written once is both ends'; not of a first end that would pass
        # the last with it, written whole (`từ 500.000 đến 2 triệu đồng/người`)
        shared = m.group("hiscale") if num.value <= parse_number(m.group("hi")).value else None
        q.value = scaled(num.value, m.group("scale") or shared)
    if m.group("pct"):
        q.kind, q.percent = "percent", q.value
    elif currency:
        q.kind = "money"
        q.currency = "USD" if currency.lower() in ("usd", "đô la") else "VND"
        q.per = m.group("per")
    return q


def _next_words(text: str, end: int) -> str:
    m = NEXT_WORDS.match(text, end)
    return m.group(1).lower() if m else ""


def _prev_words(text: str, start: int) -> str:
    m = PREV_WORDS.search(text, 0, start)
    return m.group(1).lower() if m else ""


def _prev_is(text: str, start: int, words: set[str]) -> bool:
    before = _prev_words(text, start)
    last = before.split()[-1:] or [""]
    return before in words or last[0] in words


def why_not(text: str, q: Quantity, period_spans: list, title_words: int | None = None,
            read: dict | None = None) -> str | None:
    """Why the figure at q is not a fact, or None when it is a candidate. `title_words`: the
    most words of a quoted name a figure inside it belongs to (default TITLE_WORDS). `read`:
    what `why_not_in_text` said of the text's figures already (`nlp.Figures.reasons`)."""
    for span in period_spans:
        if span.start_char < q.end and q.start < span.end_char and is_dated(text, q, span._.period):
            return "date"
    if read is not None and title_words in (None, TITLE_WORDS) and (q.start, q.end, q.kind) in read:
        return read[q.start, q.end, q.kind]
    return why_not_in_text(text, q, title_words)


def why_not_in_text(text: str, q: Quantity, title_words: int | None = None) -> str | None:
    """`why_not` but for the time expressions: what the text alone says of the figure."""
    if q.kind == "money" and q.value == 0:
        return "name"  # `phiếu mua hàng “0 đồng”`, `gian hàng 0 đồng`: a label for free, no sum
    if _in_quoted_title(text, q, TITLE_WORDS if title_words is None else title_words):
        return "name"  # `“Gói hỗ trợ 20.000 đoàn viên, người lao động”`: a programme's name
    if q.kind in ("percent", "money"):
        return None
    before = text[:q.start].rstrip()
    if text[q.start - 1:q.start] == "-" or DASH_NAME.match(text[q.end:q.end + 2]):
        return "name"  # `Covid-19`, `80-KL/TƯ`
    if before.endswith(("“", '"', "‘")):
        return "name"  # a quoted title: `“01 triệu sáng kiến”`
    if _prev_is(text, q.start, ORDINAL_BEFORE) and not TOTAL_BEFORE.search(text, 0, q.start) \
            and not NOT_ORDINAL_BEFORE.search(text, 0, q.start) \
            and not OWN_PARTS_NEXT.match(text, q.end):  # (`ngôi nhà 2 tầng`: its floors, counted)
        return "ordinal"  # (not `tổng số 500 suất quà`: a total; nor `trung cấp 3.380 người`,
        # `trong số 124 doanh nghiệp`: the word is another's second syllable)
    if ONE_OF_BEFORE.search(text, 0, q.start) and SUPERLATIVE_AFTER.match(text, q.end):
        return "ordinal"  # `một trong ba địa phương có nhiều lao động trúng tuyển nhất`: a rank
    if VERSION.fullmatch(text[q.start:q.end]):
        return "name"  # `công nghiệp 4.0`: a version, since `,` is the decimal mark
    if _prev_is(text, q.start, VAGUE_BEFORE):
        return "vague"
    if THRESHOLD_BEFORE.search(before) and THRESHOLD_AFTER.match(text, q.end):
        return "threshold"
    return None if _counts_something(text, q) else _not_counted(text, q)


ONE_OF_BEFORE = regex.compile(r"(?<![\p{L}])(?i:một)\s+trong\s+(?:số\s+)?$")
SUPERLATIVE_AFTER = regex.compile(r"[^,;.()\d]{0,60}?(?<![\p{L}])nhất(?![\p{L}])")
YEAR_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?i:năm)\s+$")  # (`Cả năm 2024 công ty ít đơn hàng`)
OWN_PARTS_NEXT = regex.compile(r"[ \t]+(?:" + "|".join(map(regex.escape, sorted(lexicon.PERSONAL_UNITS, key=len, reverse=True)))
                                + r")(?![\p{L}])")
# `bàn giao hai “Mái ấm Công đoàn”`: named things counted in words (not `năm`, also the year)
QUOTED_NAME_NEXT = regex.compile(r"[ \t]*[“\"]\p{Lu}")
DIGITS_BEFORE = regex.compile(r"\d\s+$")  # (`10 năm quận Nam Từ Liêm`: `năm` is the years)
# (`ngày 6/10`, and a day told by its part: `công bố tại buổi họp báo sáng 6/10 ở Hà Nội`)
DAY_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(?i:" + lexicon.alternation([*lexicon.TIMES_OF_DAY, "ngày"]) + r")\s+$")


def is_dated(text: str, q: Quantity, mention) -> bool:
    """The figure at q, inside the time expression `mention` (a `periods.Mention`), is part of
    it: a date, not a count (`2016 đoàn viên` counts; `năm 2016 được`, `Ất Tỵ 2025 ấm no`,
    `ngày 21/2` do not, nor the year ending a date, nor a day said to be one: `đến ngày 30/6/2025
    khởi công`, `đến ngày 30/6 khởi công`)."""
    if mention.kind == "date" and (text[q.start - 1:q.start] == "/" or DAY_WORD_BEFORE.search(text, 0, q.start)):
        return True
    counted = q.kind in ("count", "ratio") and _counts_something(text, q)
    if mention.kind == "year":
        counted = counted and not mention.text.lower().startswith("năm") \
            and not YEAR_WORD_BEFORE.search(text, 0, mention.start) \
            and COUNTED_START.match(text, q.end) is not None
    return not (counted and mention.kind in ("date", "year"))


def surely_not_facts(text: str, figures, mentions: list, read: dict | None = None) -> list[bool]:
    """For each of `figures` (regex matches of QUANTITY, or `Quantity`s), whether `why_not`
    rejects it whatever the words around it: inside one of the time expressions `mentions` as
    a date (why_not reads their spans, these mentions widened to whole words, so a figure
    inside a mention is inside its span), or rejected by the checks that read the text alone
    (an ordinal, a name, a duration, a bare number; the default `title_words`). Those checks'
    answers go into `read`, keyed by the figure's (start, end, kind), for `why_not` to reuse."""
    out = []
    for figure in figures:
        q = figure if isinstance(figure, Quantity) else _read(figure)
        reason = why_not_in_text(text, q)
        if read is not None:
            read[q.start, q.end, q.kind] = reason
        out.append(any(m.start < q.end and q.start < m.end and is_dated(text, q, m) for m in mentions)
                   or reason is not None)
    return out


QUOTED_SPAN = regex.compile(r"“([^”]{1,120})”|\"([^\"]{1,120})\"")
SENTENCE_MARK = regex.compile(r"[;:!?]|\.(?!\d)")
TITLE_WORDS = 12


def _in_quoted_title(text: str, q: Quantity, title_words: int = TITLE_WORDS) -> bool:
    """The figure is inside a quoted name that starts before it with a capitalized word: a
    short title, not a quoted speech (which is longer, holds a sentence mark, or opens after
    a colon: `chia sẻ: “Công đoàn phường hiện có 214 đoàn viên”`)."""
    for m in QUOTED_SPAN.finditer(text):
        inner = m.group(1) or m.group(2)
        start = m.start() + 1
        if start < q.start and q.end <= m.end() - 1:
            return (inner[:1].isupper() and len(inner.split()) <= title_words
                    and not SENTENCE_MARK.search(inner) and not text[:m.start()].rstrip().endswith(":"))
    return False


def _counts_something(text: str, q: Quantity) -> bool:
    following = _next_words(text, q.end)
    return bool(following) and _not_counted(text, q) is None


TIME_UNIT_COUNT_NEXT = regex.compile(r"[ \t]*(?:" + "|".join(map(regex.escape, sorted(TIME_UNIT_COUNTS, key=len, reverse=True)))
                                     + r")(?![\p{L}])", regex.IGNORECASE)


MEASURED_TIME_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, sorted(lexicon.MEASURED_TIME_VERBS, key=len, reverse=True)))
    + r")(?:\s+\p{Ll}+){0,4}?\s+$", regex.IGNORECASE)
PER_TIME_AFTER = regex.compile(r"\s*\p{L}+(?:\s*/\s*|\s+(?:mỗi|một)\s+)(?:ngày|tuần|tháng|năm)(?![\p{L}])", regex.IGNORECASE)


def _time_measured(text: str, q: Quantity) -> bool:
    """A length of time that is what the sentence measures (MEASURED_TIME_VERBS before it in its
    clause, or a length per day, week, month or year after): a figure, not a duration framing one."""
    return ends_with(MEASURED_TIME_BEFORE, text, q.start) or PER_TIME_AFTER.match(text, q.end) is not None


def _not_counted(text: str, q: Quantity) -> str | None:
    following = _next_words(text, q.end)
    if not following:
        return "bare"
    first = following.split()[0]
    if first in FUNCTION_WORDS:
        return "bare"  # `năm 2016 được dự báo`, `đạt 13/28, chiếm`: the next word counts nothing
    if TIME_UNIT_COUNT_NEXT.match(text, q.end):
        return None  # (of three words too: `1,5 tháng tiền lương`)
    if (first in TIME_UNITS or following in TIME_UNITS) and not _time_measured(text, q):
        return "duration"
    if (first in VAGUE_AFTER and not COUNTED_START.match(text, q.end)) \
            or (first == "số" and q.value == 1):  # `vài`, `1 số đơn vị`; not `20.000 phần quà`
        return "vague"
    return None


AT_LEAST_BEFORE = regex.compile(r"(?<![\p{L}])(?:ít nhất|tối thiểu)\s+$")


def _number_words(text: str):
    """Cardinals written in words before a counted noun: `hai phiên` -> 2."""
    for m in NUMBER_WORD.finditer(text):
        words = m.group().split()
        for i in range(1, len(words)):  # `hai năm`: two digit words in a row end the number
            if words[i - 1].lower() in DIGIT_WORDS and words[i].lower() in DIGIT_WORDS:
                words = words[:i]
                break
        phrase = " ".join(words)
        end = m.start() + len(phrase)
        first = phrase.split()[0].lower()
        if phrase.lower() in ("mốt", "tư") or first in NOT_A_START \
                or phrase.lower() == "một" and not AT_LEAST_BEFORE.search(text, 0, m.start()):
            continue  # `một` is also `a` (not after `ít nhất`: `mỗi đoàn viên có ít nhất một sáng
            # kiến` counts one); `1 triệu`: the scale of a figure in digits
        if phrase[0].isupper() and m.start() > 0:  # `Hai Bà Trưng`, `Ba Đình`: names
            continue
        if not (COUNTED_START.match(text, end) or QUOTED_NAME_NEXT.match(text, end) and first != "năm") \
                or DIGITS_BEFORE.search(text, 0, m.start()) or _prev_is(text, m.start(), {
                "thứ", "lần", "hàng", "hằng", "giải", "bao", "mấy", "nhiều"}):  # `bao năm gia đình`
            continue
        value = parse_number_words(phrase)
        if value:
            yield Quantity(m.start(), end, "count", float(value))


class QuantityMarker:
    """doc.spans["quantities"] (fact candidates) and doc.spans["non_facts"] (with their `why_not`),
    each span's `Quantity` in span._.quantity. Reads doc.spans["periods"]: after solieu_periods."""

    def __init__(self, name: str = "solieu_quantities", title_words: int = TITLE_WORDS):
        self.name, self.title_words = name, title_words

    def __call__(self, doc):
        text, spans, rejected = text_of(doc), [], []
        period_spans = list(doc.spans.get("periods", []))
        figures = doc._.figures  # (found by the tokenizer: nlp.Figures)
        if figures is not None:
            found = [_read(m) for m in figures.quantities] + [replace(q) for q in figures.counted_words]
        else:
            found = [_read(m) for m in QUANTITY.finditer(text)] + list(_number_words(text))
        for q in sorted(found, key=lambda q: q.start):
            q.why_not = why_not(text, q, period_spans, self.title_words,
                                figures.reasons if figures is not None else None)
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = q
            (rejected if q.why_not else spans).append(span)
        doc.spans["quantities"] = spans
        doc.spans["non_facts"] = rejected
        return doc


@Language.factory("solieu_quantities", default_config={"title_words": TITLE_WORDS})
def make_quantity_marker(nlp: Language, name: str, title_words: int) -> QuantityMarker:
    """`title_words`: a figure inside a quoted, capitalized name of at most this many words is
    part of the name (`“Gói hỗ trợ 20.000 đoàn viên, người lao động”`), not a fact."""
    return QuantityMarker(name, title_words)
