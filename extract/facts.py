"""Fact records assembled from a sentence Doc's marks and the article's context.

Per figure: the unit (the counted noun after it), the raw span, comparator, status, metric
(counted noun phrase + the action), organization (in the sentence, else the paragraph before,
else the article's main one), period and term, and the arithmetic check of a stated percent.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extract import orgs, periods
from extract.lexicon import (CLASSIFIERS, COMPARATOR_AFTER, COMPARATOR_BEFORE, MONEY_NOUNS,
                             NUMBER_WORD_UNITS, PEOPLE)
from extract.records import Fact, Sentence

NOUN_AT = regex.compile(
    r"(?:" + "|".join(regex.escape(u) for u in NUMBER_WORD_UNITS) + r")(?![\p{L}])", regex.IGNORECASE)
PEOPLE_LOWER = {p.lower() for p in PEOPLE}
PERCENT_REFERENCES = {"kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "tổng số", "cùng kỳ", "năm",
                      "trở", "so"}
PEOPLE_AT = regex.compile(
    r",\s(?:" + "|".join(regex.escape(u) for u in sorted(PEOPLE, key=len, reverse=True))
    + r")(?![\p{L}])")
STOP_WORDS = {"với", "cho", "tại", "để", "do", "theo", "so", "và", "của", "là", "được",
              "đã", "sẽ", "có", "trong", "từ", "đến", "tới", "về", "mỗi", "trên", "nhưng", "thì",
              "mà", "như", "đạt", "bị", "nhằm", "qua", "thuộc", "gồm", "vào", "ra", "lên", "đang",
              "vừa", "mới", "không", "chưa", "cùng", "khi", "sau", "trước", "này", "đó", "ấy"}
SKIP_BEFORE = {"được", "đã", "có", "cho", "là", "với", "thêm", "tổng cộng", "tổng số", "gồm",
               "cả", "mới", "lại", "các", "những", "cũng", "tiếp tục"}
ANAPHORA = regex.compile(r"^\s*(?:Cụ thể|Dịp này|Trong đó|Theo đó|Kết quả|Đồng thời|Qua đó|"
                         r"Ngoài ra|Bên cạnh đó|Cùng với đó|Cùng đó|Tại đây|Nhờ đó|Từ đó|Do đó)",
                         regex.IGNORECASE)
NON_SUBJECT_BEFORE = regex.compile(
    r"(?:với|cho|tại|của|thuộc|đến|tới|trong|từ|theo|do|Điều lệ|Nghị quyết(?: Đại hội)?|Chỉ thị|"
    r"Kế hoạch|chỉ tiêu|kế hoạch|quy định|tiêu chí|Chương trình|về)\s+"
    r"(?:(?:đồng chí|Chủ tịch|Phó Chủ tịch|lãnh đạo|Lãnh đạo|Thường trực|Ban Thường vụ|"
    r"Ban Chấp hành|đại diện|Đại diện)\s+)?$")
GIVER_AFTER = regex.compile(
    r"(?:(?<![\p{L}])do|(?:hỗ trợ|quà|kinh phí|trợ cấp|tiền|phần quà|suất quà) của|được)\s*$")
OWNER_AFTER = regex.compile(r"^\s*(?:\p{L}+\s+){0,3}?(?:của|thuộc|trong)\s+(?:tổ chức\s+)?$")
TARGET_REFERENCE = regex.compile(r"(?:vượt|so với|đạt|hoàn thành|bám theo)\s+(?:\p{L}+\s+)?$",
                                 regex.IGNORECASE)
MONEY_NOUN_END = regex.compile(r"(?:" + "|".join(MONEY_NOUNS) + r")\s*$", regex.IGNORECASE)
MAX_METRIC_WORDS = 18
PARENTHESIS_AFTER = regex.compile(r"\s*\([^()]*\)")
ATTACH_PERCENT = regex.compile(r"^[^;]{0,80}$")
PERCENT_LINK = regex.compile(r"\(|đạt|vượt|bằng|chiếm|tương đương|tăng|giảm|=")
FRAME_KINDS = {"year", "months", "half", "quarter", "month", "date", "daterange", "term", "span",
               "this_year", "last_year"}


@dataclass
class ArticleContext:
    body: str
    year: int | None  # fills dates written without a year
    published: str | None  # YYYY-MM-DD: a day-month after it belongs to the year before
    period: str | None  # the article's own period (its lead's), the last fallback
    terms: list[str]
    places: list[tuple[int, str, str]]
    definitions: dict
    main_org: str | None
    full_names: dict = field(default_factory=dict)


@dataclass
class Carry:
    """What a sentence hands to the next one: its period, status and organization."""
    paragraph: int = -1
    period: str | None = None
    target: bool = False
    org: str | None = None


@dataclass
class Figure:
    span: object  # the spaCy Span of the figure
    q: object  # its Quantity
    unit: str | None = None
    unit_end: int = 0  # end of the counted noun in the sentence
    percent_of: "Figure | None" = None
    extra: dict = field(default_factory=dict)


def org_context(ctx: ArticleContext, offset: int) -> orgs.Context:
    places = {}
    for pos, admin, place in ctx.places:
        if pos > offset:
            break
        places[admin] = place
    return orgs.Context(places=places, definitions=ctx.definitions, full_names=ctx.full_names)


# ---- unit and raw span -------------------------------------------------------------------

def _token_at(doc, pos: int) -> str:
    """underthesea's word starting at `pos` (`công nhân`, `chuyến`)."""
    for token in doc:
        if token.idx >= pos:
            return token.text if token.idx == pos else ""
    return ""


def read_unit(doc, end: int) -> tuple[str | None, int]:
    """The counted noun right after a figure: `CĐCS`, `lượt CNVCLĐ`, `đoàn viên, người lao động`."""
    text = doc.text
    pos = end + len(text[end:]) - len(text[end:].lstrip(" "))
    word = regex.match(r"\p{L}+", text[pos:])
    if not word:
        return None, end
    if word.group()[0].isupper() and not word.group().isupper():
        return _capitalized_noun(text, pos)
    known = NOUN_AT.match(text, pos)
    if known:
        stop = known.end()
        if known.group().lower() in CLASSIFIERS:
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
    text = doc.text
    if text[stop:stop + 1] != " ":
        return stop
    known = NOUN_AT.match(text, stop + 1)
    if known and known.group().lower() not in CLASSIFIERS:
        return known.end()
    word = _token_at(doc, stop + 1)
    if word and word[0].isalpha() and word.lower() not in STOP_WORDS:
        return stop + 1 + len(word)
    return stop


def _capitalized_noun(text: str, pos: int) -> tuple[str, int]:
    """`Thỏa ước lao động tập thể`, `Điểm sinh hoạt Công đoàn`: a named kind of thing."""
    words = list(regex.finditer(r"[\p{L}]+", text[pos:pos + 80]))
    stop = pos + words[0].end()
    for w in words[1:6]:
        if text[stop:pos + w.start()] != " " or w.group().lower() in STOP_WORDS:
            break
        stop = pos + w.end()
    return text[pos:stop], stop


def comparator_of(text: str, fig: Figure) -> tuple[str, int]:
    """The comparator and where the raw span starts (at a comparator written before)."""
    before = text[:fig.q.start].rstrip()
    for word, op in COMPARATOR_BEFORE:
        if regex.search(rf"(?<![\p{{L}}]){word}$", before, regex.IGNORECASE):
            return op, len(before) - len(word)
    clause = regex.split(r"[;.(:]|\d", text[fig.q.end:].lstrip("%"), maxsplit=1)[0]
    for word, op in COMPARATOR_AFTER:
        if word in clause[:80]:
            return op, fig.q.start
    return "=", fig.q.start


# ---- status --------------------------------------------------------------------------------

def is_target(doc, fig: Figure, carry: Carry, same_paragraph: bool) -> bool:
    text = doc.text
    quoted = _quoted_ranges(text)
    last_target, last_actual = -1, -1
    for span in doc.spans["cues"]:
        if span.start_char >= fig.q.start or any(a <= span.start_char < b for a, b in quoted):
            continue
        if span.label_ == "target":
            if TARGET_REFERENCE.search(text[:span.start_char]) or _in_parens(text, span.start_char):
                continue
            last_target = span.start_char
        elif span.text.lower() in ("đã", "kết quả"):
            last_actual = span.start_char
    if last_target > last_actual:
        return True
    clause_after = regex.split(r"[;.]", text[fig.q.end:], maxsplit=1)[0]
    if regex.search(r"(?<![\p{L}])sẽ(?![\p{L}])", clause_after):
        return True
    return last_actual < 0 and same_paragraph and carry.target


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"“[^”]*”|\"[^\"]*\"", text)]


def _in_parens(text: str, pos: int) -> bool:
    return text[:pos].count("(") > text[:pos].count(")")


# ---- period ----------------------------------------------------------------------------------

def _clause_bounds(text: str, pos: int, seps: str) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in seps) + 1
    ends = [i for i in (text.find(c, pos) for c in seps) if i >= 0]
    return start, min(ends) if ends else len(text)


def sentence_period(doc, fig: Figure | None, ctx: ArticleContext) -> tuple[str | None, bool]:
    """(period, yearly): the period written in the sentence nearest the figure."""
    text = doc.text
    mentions = [s._.period for s in doc.spans["periods"]]
    yearly = any(m.kind == "yearly" for m in mentions)
    frames = [m for m in mentions if m.kind in FRAME_KINDS and not _is_figure(doc, m)]
    if not frames:
        return None, yearly
    if fig is None:
        return resolve(frames[0], ctx), yearly
    pos = fig.q.start
    for seps in (",;", ";"):
        a, b = _clause_bounds(text, pos, seps)
        inside = [m for m in frames if a <= m.start < b]
        if inside:
            nearest = min(inside, key=lambda m: abs(m.start - pos))
            return resolve(nearest, ctx), yearly
    before = [m for m in frames if m.start < pos]
    chosen = before[-1] if before else frames[0]
    return resolve(chosen, ctx), yearly


def resolve(mention, ctx: ArticleContext) -> str | None:
    """The period of a mention; `28/12` in an article of 3 January is last year's."""
    period = periods.resolve(mention, ctx.year)
    if period and ctx.published and ctx.year and not mention.is_explicit_year \
            and mention.kind in ("date", "daterange", "month") and period[:10] > ctx.published:
        period = periods.resolve(mention, ctx.year - 1)
    return period


def _is_figure(doc, mention) -> bool:
    """A `date` mention that the quantities component read as a ratio of counted things."""
    return any(s.start_char <= mention.start < s.end_char for s in doc.spans["quantities"])


def term_for(period: str | None, ctx: ArticleContext) -> str | None:
    year = periods.year_of(period)
    if period is None or year is None:
        return None
    for term in ctx.terms:
        a, b = (int(x) for x in term.split("-"))
        if period == term or a < year <= b:
            return term
    return None


# ---- organization -------------------------------------------------------------------------

def _usable(mention, text: str) -> bool:
    """A mention that can be the subject: not after `với`, `cho`, `của`..., not the `X giao`
    that set a target; a giver (`hỗ trợ của X`, `do X`) is usable."""
    if mention.generic:
        return False
    before = text[:mention.start]
    if GIVER_AFTER.search(before) and not regex.search(r"(?<![\p{L}])(?:do|được)\s*$", before):
        return True
    if NON_SUBJECT_BEFORE.search(before):
        return False
    return not regex.match(r"\s*giao(?![\p{L}])", text[mention.end:])


def sentence_org(doc, fig: Figure, offset: int, ctx: ArticleContext) -> str | None:
    text = doc.text
    mentions = [s._.org for s in doc.spans["orgs"]]
    context = org_context(ctx, offset)
    clause_start, clause_end = _clause_bounds(text, fig.q.start, ";")
    for m in mentions:  # the giver or owner written after the figure
        if not (fig.q.end <= m.start < clause_end) or m.generic:
            continue
        if regex.match(r"\s*giao(?![\p{L}])", text[m.end:]):
            continue
        between = text[_list_end(doc, fig):m.start]
        if GIVER_AFTER.search(text[:m.start]) or OWNER_AFTER.match(between):
            name = orgs.canonical(m, org_context(ctx, offset + m.start))
            if name:
                return name
    named = _named_units(doc, fig, mentions, offset, ctx)
    if named:
        return named
    for m in reversed([m for m in mentions if m.end <= fig.q.start]):
        if _usable(m, text):
            name = orgs.canonical(m, org_context(ctx, offset + m.start))
            if name:
                return name
    return None


def _named_units(doc, fig: Figure, mentions, offset: int, ctx: ArticleContext) -> str | None:
    """`Chủ tịch LĐLĐ quận A ... và Chủ tịch LĐLĐ quận B cho biết, 2 đơn vị sẽ...`: the
    figure counts the bodies just named; the fact is theirs jointly."""
    if fig.q.kind != "count" or (fig.unit or "").lower() != "đơn vị" or fig.q.value < 2:
        return None
    names = list(dict.fromkeys(
        orgs.canonical(m, org_context(ctx, offset + m.start)) for m in mentions
        if m.end <= fig.q.start and _usable(m, doc.text)))
    return "; ".join(names) if len(names) == fig.q.value else None


def _list_end(doc, fig: Figure) -> int:
    """End of the comma list of figures `fig` opens (`10 nhiệm vụ trọng tâm, 10 nhiệm vụ trọng
    điểm của X`): what is written after the list is said of each figure in it."""
    end = fig.unit_end or fig.q.end
    for span in doc.spans["quantities"]:
        if span.start_char >= end and regex.fullmatch(r"[\s\p{L}]{0,30},\s*",
                                                      doc.text[end:span.start_char]):
            unit_end = read_unit(doc, span.end_char)[1]
            end = max(unit_end, span.end_char)
    return end


def subject_org(doc, offset: int, ctx: ArticleContext) -> str | None:
    """The organization a sentence is about (for the sentences after it)."""
    for span in doc.spans["orgs"]:
        m = span._.org
        if _usable(m, doc.text):
            name = orgs.canonical(m, org_context(ctx, offset + m.start))
            if name:
                return name
    return None


# ---- metric ---------------------------------------------------------------------------------

def _np_after(text: str, start: int, unit: str | None = None) -> str:
    """The counted noun phrase with its modifiers, up to a clause boundary: punctuation, a
    comma opening the next figure's clause (`25 CĐCS, kết nạp 2.300`), a preposition. `trong`
    ends it only as a time frame (`trong 6 tháng`), not as membership (`đơn vị trong Cụm thi
    đua`); a digit ends it unless it is a name's number (`Cụm thi đua số 1`)."""
    head = unit if unit and text.startswith(unit, start) else ""
    after = start + len(head)
    aside = PARENTHESIS_AFTER.match(text, after)  # `45/50 CĐCS (chiếm 90%) tổ chức hội nghị`
    if aside and head:
        after = aside.end()
    rest = regex.split(
        r"[;.:()“”\"…]|,\s(?=[^,;]*\d)|\s(?=(?:với|nhân dịp|nhân kỷ niệm|nhân ngày|tại|do|so với|"
        r"theo|mỗi|nhằm|để|là|gồm|cho|vào|trong (?:\d|năm|tháng|thời gian|đó|dịp|giai đoạn|"
        r"nhiệm kỳ|quý))\s)|(?<!số )\d", text[after:], maxsplit=1)[0]
    words = (head + rest).split()[:MAX_METRIC_WORDS]
    while len(words) > len(head.split()) and (words[-1].lower() in STOP_WORDS or words[-1] in ",-–"):
        words.pop()
    return " ".join(words).rstrip(",")


def _verb_before(doc, fig: Figure) -> str:
    tokens = [t for t in doc if t.idx < fig.q.start and not t.is_space]
    figures = list(doc.spans["quantities"]) + list(doc.spans.get("non_facts", []))
    words = []
    for token in reversed(tokens):
        if any(s.start <= token.i < s.end for s in figures):
            break
        low = token.text.lower()
        org = next((s for s in doc.spans["orgs"] if s.start <= token.i < s.end), None)
        if org is not None:  # underthesea glues a name to its verb: `Ba Đình kết nạp`
            tail = doc.text[org.end_char:token.idx + len(token.text)].strip().lower()
            if tail and not words:
                words.insert(0, tail)
            break
        if not token.text[0].isalpha():
            break
        if low in SKIP_BEFORE or any(low == w for w, _ in COMPARATOR_BEFORE):
            if words:
                break
            continue
        if low in STOP_WORDS:  # `và kết nạp 1.052`: the verb is `kết nạp`, not `và`
            break
        words.insert(0, low)
        if len(words) == 2:
            break
    return " ".join(words)


def _phrase_before(text: str, pos: int, previous_end: int, org_spans=()) -> str:
    """What a percent or an amount measures: the words before it in its clause."""
    pos = len(regex.sub(r"(?:\s*là)?\s*:\s*$", "", text[:pos]))  # `với số tiền là: 7 tỷ`
    start = max(previous_end, max(text.rfind(c, 0, pos) for c in ",;:(") + 1)
    first = start + len(text[start:pos]) - len(text[start:pos].lstrip())
    for org in org_spans:  # `LĐLĐ huyện X đã giải ngân 3,5 tỷ đồng`: the subject is not the metric
        if org.start_char == first and org.end_char <= pos and not org._.org.generic:
            start = org.end_char
    phrase = regex.sub(r"^\s*(?:đã|đang|sẽ|cũng|vừa|mới)(?:\s+(?:đã|đang|sẽ|cũng|vừa|mới))*(?:\s+|$)",
                       "", text[start:pos], flags=regex.IGNORECASE)
    phrase = regex.sub(r"(?:\s*(?:đạt|là|bằng|chiếm|được|với|có|:|" + "|".join(
        w for w, _ in COMPARATOR_BEFORE) + r"))+\s*$", "", phrase, flags=regex.IGNORECASE)
    phrase = regex.sub(r"^\s*(?:và|với|Cụ thể|còn)\s+", "", phrase)
    return " ".join(phrase.split()[-10:])


def metric_of(doc, fig: Figure, previous_end: int) -> str | None:
    text = doc.text
    q = fig.q
    if q.kind in ("count", "ratio") or (q.kind == "percent" and fig.unit):
        noun_start = text.find(fig.unit, q.end) if fig.unit else q.end
        noun = _np_after(text, noun_start, fig.unit)
        verb = _verb_before(doc, fig)
        if verb and len(noun.split()) <= 6:
            return f"{noun} {verb}"
        if not verb and len(noun.split()) <= 3:  # `kiểm tra ... tại 65 doanh nghiệp`
            context = _phrase_before(text, q.start, previous_end, doc.spans["orgs"])
            context = regex.sub(r"(?:^|\s)(?:tại|cho|với|của|và|ở|gồm)\s*$", "", context).strip()
            if not context and previous_end:  # `quản lý 467 CĐCS với 19.037 đoàn viên`
                context = _phrase_before(text, _previous_start(doc, previous_end), 0,
                                         doc.spans["orgs"])
            if context:
                return f"{noun} ({context})"
        return noun or verb or None
    subject = regex.match(r"%?\s*(?:là|thuộc)\s+", text[q.end:])
    if q.kind == "percent" and subject:  # `trong đó 70% là lao động nữ`
        return _np_after(text, q.end + subject.end()) or None
    before = _phrase_before(text, fig.q.start, previous_end, doc.spans["orgs"])
    if q.kind == "money" and len(before.split()) <= 3:  # `chi 1,8 tỷ đồng thăm hỏi ...`
        purpose = _np_after(text, fig.unit_end)
        before = f"{before} {purpose}".strip() if purpose else before
    money_noun = MONEY_NOUN_END.search(before)
    if q.kind == "money" and money_noun and previous_end:
        # `cho 80 đoàn viên với số tiền 2,2 tỉ đồng`: what the money is for is said before
        start = _previous_start(doc, previous_end)
        before = (f"{money_noun.group()} {_previous_np(doc, start)} "
                  f"({_phrase_before(text, start, 0, doc.spans['orgs'])})")
    each = regex.search(r"mỗi\s+(\p{L}+)\s*$", text[:q.start])
    per = [each.group(1)] if each else [w.strip() for w in (q.per or "").split("/") if w.strip()]
    if per:  # `mỗi người 1 triệu đồng`, `10 triệu đồng/người/tháng`
        verb = regex.findall(r"(?:hỗ trợ|trao|tặng|chi|cho vay|thưởng|trợ cấp)",
                             text[_clause_bounds(text, q.start, ";")[0]:q.start])
        before = f"mức {verb[-1]}" if verb else before
        before += "".join(f" mỗi {w}" + (" (per person)" if w == "người" else "") for w in per)
    after = regex.match(r"\s*(so với [^,;.()]+)", text[fig.unit_end or q.end:])
    if after:
        before = f"{before} {after.group(1).strip()}"
    return before.strip() or None


def _previous_np(doc, start: int) -> str:
    span = next(s for s in doc.spans["quantities"] if s.start_char == start)
    unit, _ = read_unit(doc, span.end_char)
    return _np_after(doc.text, doc.text.find(unit, span.end_char)) if unit else ""


def _previous_start(doc, previous_end: int) -> int:
    starts = [s.start_char for s in doc.spans["quantities"] if s.end_char <= previous_end]
    return starts[-1] if starts else previous_end


# ---- assembly -------------------------------------------------------------------------------

def figures_of(doc) -> list[Figure]:
    """Fact figures, with a percent stated beside a count or ratio folded into it."""
    text = doc.text
    figures: list[Figure] = []
    for span in doc.spans["quantities"]:
        fig = Figure(span, span._.quantity)
        q = fig.q
        if q.kind in ("count", "ratio"):
            fig.unit, fig.unit_end = read_unit(doc, q.end)
        elif q.kind == "percent":
            fig.unit_end = q.end + (1 if text[q.end:q.end + 1] == "%" else 0)
            lead = regex.match(r"\s*trở lên(?=\s)", text[fig.unit_end:])
            unit, unit_end = read_unit(doc, fig.unit_end + (lead.end() if lead else 0))
            first = (unit or "").lower().split()[:1]
            if unit and first[0] not in STOP_WORDS and first[0] not in PERCENT_REFERENCES \
                    and unit.lower() not in PERCENT_REFERENCES:
                fig.unit, fig.unit_end = unit, unit_end
        else:
            fig.unit_end = q.end
        host = figures[-1] if figures else None
        if q.kind == "percent" and not fig.unit and host and host.q.kind != "percent" \
                and host.q.percent is None:
            between = text[host.unit_end:q.start]
            if ATTACH_PERCENT.match(between) and PERCENT_LINK.search(between):
                host.q.percent = q.value
                host.extra["percent_end"] = fig.unit_end
                continue
        figures.append(fig)
    return figures


def consistency(q) -> str | None:
    if q.malformed:
        return "malformed"
    if q.percent is None or not q.denominator or q.kind == "percent":
        return None
    ratio = 100 * q.numerator / q.denominator
    return "consistent" if abs(ratio - q.percent) <= 1 else "inconsistent"


def build_facts(doc, sentence: Sentence, ctx: ArticleContext, carry: Carry,
                paragraph: int, version: str) -> tuple[list[Fact], Carry]:
    text = doc.text
    same_paragraph = carry.paragraph == paragraph
    anaphoric = bool(ANAPHORA.match(text))
    inherit = same_paragraph or anaphoric
    own_period, yearly = sentence_period(doc, None, ctx)
    own_org = subject_org(doc, sentence.start, ctx)
    facts, any_target, previous_end = [], False, 0
    for fig in figures_of(doc):
        q = fig.q
        comparator, raw_start = comparator_of(text, fig)
        raw_end = max(fig.unit_end, q.end)
        target = is_target(doc, fig, carry, inherit)
        any_target = any_target or target
        period, _ = sentence_period(doc, fig, ctx)
        if period is None and not (yearly and not target):
            period = carry.period if inherit and carry.period else ctx.period if not yearly else None
        org, source = sentence_org(doc, fig, sentence.start, ctx), "sentence"
        if org is None and inherit and carry.org:
            org, source = carry.org, "context"
        if org is None:
            org, source = ctx.main_org, "title" if ctx.main_org else None
        unit = {"percent": "%", "money": q.currency}.get(q.kind, fig.unit)
        facts.append(Fact(
            article_id=sentence.article_id, sentence_idx=sentence.idx,
            raw=text[raw_start:raw_end], start=sentence.start + raw_start,
            end=sentence.start + raw_end, value=q.value, unit=unit, organization=org,
            metric=metric_of(doc, fig, previous_end), numerator=q.numerator,
            denominator=q.denominator, percent=q.percent if q.kind != "percent" else q.value,
            comparator=comparator, status="target" if target else "actual", period=period,
            term=term_for(period, ctx), consistency=consistency(q), org_source=source,
            extractor_version=version,
        ))
        previous_end = raw_end
    next_period = own_period or (carry.period if inherit else None)
    if facts and facts[0].period:
        next_period = own_period or facts[0].period
    return facts, Carry(paragraph, next_period, any_target or (inherit and carry.target and not facts),
                        own_org or (carry.org if inherit else None))
