"""The metric of a figure: the noun phrase saying what is counted, with the action.

A count reads the noun phrase after it plus the verb before it (`thành lập được 33/25 CĐCS`
-> `CĐCS thành lập`); a located count takes its clause (`kiểm tra ... tại 65 doanh nghiệp`); a
percent or an amount reads the words before it (`thu kinh phí CĐ đạt 148%`), an amount also
its purpose (`chi 1,8 tỷ đồng thăm hỏi`) or the thing it prices (`417 vé xe ... với tổng trị
giá 83,4 triệu đồng`), and says `mỗi người (per person)` for per-unit amounts.
"""
from __future__ import annotations

import regex

from extract.attribution import clause_bounds
from extract.lexicon import COMPARATOR_BEFORE, MONEY_NOUNS
from extract.units import STOP_WORDS, read_unit

# Before a figure but not its action: auxiliaries, quantifiers, status cues (`phấn đấu có`).
SKIP_BEFORE = {"được", "đã", "có", "cho", "là", "với", "thêm", "tổng cộng", "tổng số", "gồm",
               "cả", "mới", "lại", "các", "những", "cũng", "tiếp tục", "phấn đấu", "dự kiến",
               "kết quả", "hiện", "hiện nay", "đến nay", "sẽ", "đang", "vừa"}
MONEY_NOUN_END = regex.compile(r"(?:" + "|".join(MONEY_NOUNS) + r")\s*$", regex.IGNORECASE)
MAX_METRIC_WORDS = 18
PARENTHESIS_AFTER = regex.compile(r"\s*\([^()]*\)")
# Words a noun phrase cut before a figure or a year may end with: `đưa hơn`, `Thủ đô năm`.
TRAILING = STOP_WORDS | {w for w, _ in COMPARATOR_BEFORE} | {
    "năm", "tháng", "ngày", "quý", "", "-", "–", "số", "lượt", "tổng"}
MAX_VERB_SYLLABLES = 4
GIVING = regex.compile(r"(?<![\p{L}])(?:hỗ trợ|trao|tặng|chi|cho vay|thưởng|trợ cấp)(?![\p{L}])")
BENEFICIARY = regex.compile(r"(?<![\p{L}])cho\s+(?:(?:hơn|trên|gần|khoảng|ít nhất)\s+)?$")
MAX_NOUN_WITH_VERB = 8  # a longer noun phrase says its action itself


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
        r"[;.:()“”\"…]|(?:,|\svà)\s(?=[^,;]*\d)|\s(?=(?:với|nhân dịp|nhân kỷ niệm|nhân ngày|tại|do|so với|"
        r"theo|mỗi|nhằm|để|là|gồm|cho|vào|trong (?:\d|năm|tháng|thời gian|đó|dịp|giai đoạn|"
        r"nhiệm kỳ|quý))\s)|(?<!số )\d", text[after:], maxsplit=1)[0]
    words = (head + rest).split()[:MAX_METRIC_WORDS]
    while len(words) > len(head.split()) and words[-1].lower().rstrip(",") in TRAILING:
        words.pop()
    return " ".join(words).rstrip(",")


def _verb_before(doc, fig) -> str:
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
        if len(words) == 3 or len(" ".join(words).split()) >= MAX_VERB_SYLLABLES:
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
    phrase = regex.sub(r"^\s*(?:và|với|Cụ thể|còn|trong (?:số )?đó)\s+", "", phrase,
                       flags=regex.IGNORECASE)
    return " ".join(phrase.split()[-10:])


def metric_of(doc, fig, previous_end: int) -> str | None:
    """The metric of figure `fig`; `previous_end` ends the figure before it in the sentence."""
    if fig.q.kind in ("count", "ratio") or (fig.q.kind == "percent" and fig.unit):
        return _counted_metric(doc, fig, previous_end)
    return _measured_metric(doc, fig, previous_end)


def _counted_metric(doc, fig, previous_end: int) -> str | None:
    """A count, or a percent of counted things: the noun phrase and the action."""
    text, q = doc.text, fig.q
    noun = _np_after(text, text.find(fig.unit, q.end) if fig.unit else q.end, fig.unit)
    if previous_end > clause_bounds(text, q.start, ";")[0] and BENEFICIARY.search(
            text[previous_end:q.start]):
        # `tổ chức 1.846 cuộc tuyên truyền ... cho hơn 45.000 lượt CNVCLĐ`: they receive what
        # the figure before counts
        return f"{noun} ({_previous_np(doc, _previous_start(doc, previous_end))})"
    verb = _verb_before(doc, fig)
    if verb and len(noun.split()) <= MAX_NOUN_WITH_VERB:
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


def _measured_metric(doc, fig, previous_end: int) -> str | None:
    """A percent or an amount: what it measures is said before it (or `N% là X`)."""
    text, q = doc.text, fig.q
    subject = regex.match(r"%?\s*(?:là|thuộc)\s+", text[q.end:])
    if q.kind == "percent" and subject:  # `trong đó 70% là lao động nữ`
        return _np_after(text, q.end + subject.end()) or None
    before = _phrase_before(text, q.start, previous_end, doc.spans["orgs"])
    if q.kind == "money":
        before = _money_context(doc, fig, before, previous_end)
    after = regex.match(r"\s*(so với [^,;.()]+)", text[fig.unit_end or q.end:])
    if after:
        before = f"{before} {after.group(1).strip()}"
    return before.strip() or None


def _money_context(doc, fig, before: str, previous_end: int) -> str:
    """What an amount is for: its purpose after it (`chi 1,8 tỷ đồng thăm hỏi`), the thing
    priced before it (`417 vé xe ... với tổng trị giá`), `mỗi người` for per-unit amounts."""
    text, q = doc.text, fig.q
    if len(before.split()) <= 3:
        purpose = _np_after(text, fig.unit_end)
        before = f"{before} {purpose}".strip() if purpose else before
    money_noun = MONEY_NOUN_END.search(before)
    if money_noun and previous_end:
        start = _previous_start(doc, previous_end)
        before = (f"{money_noun.group()} {_previous_np(doc, start)} "
                  f"({_phrase_before(text, start, 0, doc.spans['orgs'])})")
    each = regex.search(r"mỗi\s+(\p{L}+)(?:\s+(?:trị giá|giá trị|là|khoảng|từ))?\s*$",
                        text[:q.start])  # `mỗi suất trị giá 1 triệu đồng`
    per = [each.group(1)] if each else [w.strip() for w in (q.per or "").split("/") if w.strip()]
    if per:  # `mỗi người 1 triệu đồng`, `10 triệu đồng/người/tháng`
        verb = GIVING.findall(text[clause_bounds(text, q.start, ";")[0]:q.start])
        before = f"mức {verb[-1]}" if verb else before
        before += "".join(f" mỗi {w}" + (" (per person)" if w == "người" else "") for w in per)
    return before


def _previous_np(doc, start: int) -> str:
    span = next((s for s in doc.spans["quantities"] if s.start_char == start), None)
    unit = read_unit(doc, span.end_char)[0] if span is not None else None
    return _np_after(doc.text, doc.text.find(unit, span.end_char)) if unit else ""


def _previous_start(doc, previous_end: int) -> int:
    starts = [s.start_char for s in doc.spans["quantities"] if s.end_char <= previous_end]
    return starts[-1] if starts else previous_end
