"""The metric of a figure: the noun phrase saying what is counted, with the action.

A count reads the noun phrase after it plus the verb before it (`thành lập được 33/25 CĐCS`
-> `CĐCS thành lập`); a located count takes its clause (`kiểm tra ... tại 65 doanh nghiệp`); a
percent or an amount reads the words before it (`thu kinh phí CĐ đạt 148%`), an amount also
its purpose (`chi 1,8 tỷ đồng thăm hỏi`) or the thing it prices (`417 vé xe ... với tổng trị
giá 83,4 triệu đồng`), and says `mỗi người (per person)` for per-unit amounts.
"""
from __future__ import annotations

from bisect import bisect_left

import regex

from solieu.extract.facts.attribution import clause_bounds
from solieu.extract import lexicon
from solieu.extract.lexicon import COMPARATOR_BEFORE, MEASURE_UNITS, MONEY_NOUNS
from solieu.extract.facts.doc_text import text_of
from solieu.extract.facts.units import STOP_WORDS, read_unit

# Before a figure but not its action: auxiliaries, quantifiers, status cues (`phấn đấu có`).
SKIP_BEFORE = set(lexicon.ASPECT_WORDS + lexicon.ADVERBS_BEFORE_VERB) | {"phấn đấu", "dự kiến"} | {
    "được", "có", "cho", "là", "với", "thêm", "tổng cộng", "tổng số", "gồm", "cả", "lại", "các",
    "những", "tiếp tục", "kết quả", "hiện", "hiện nay", "đến nay"}
CLAUSE_CONJUNCTION = regex.compile(r"(?<![\p{L}])(?:nên|vì vậy|vì thế|do đó|nhưng|song)\s+")
ASPECT = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.ASPECT_WORDS + lexicon.TARGET_VERBS))
                    + r")\s+(?=\p{L})")
MONEY_NOUN_IN = regex.compile(r"(?<![\p{L}])(?:" + "|".join(MONEY_NOUNS) + r"|tiền|vốn)(?![\p{L}])",
                              regex.IGNORECASE)
MONEY_NOUN_END = regex.compile(r"(?:" + "|".join(MONEY_NOUNS) + r")\s*$", regex.IGNORECASE)
MAX_METRIC_WORDS = 18
PARENTHESIS_AFTER = regex.compile(r"\s*\([^()]*\)")
# Words a noun phrase cut before a figure or a year may end with: `đưa hơn`, `Thủ đô năm`.
TRAILING = STOP_WORDS | {w for w, _ in COMPARATOR_BEFORE} | {
    "năm", "tháng", "ngày", "quý", "", "-", "–", "số", "lượt", "tổng"}
MAX_VERB_SYLLABLES = 4
GIVING = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.GIVING_VERBS)[3:-1] + r")(?![\p{L}])")
BENEFICIARY = regex.compile(r"(?<![\p{L}])cho\s+(?:(?:hơn|trên|gần|khoảng|ít nhất)\s+)?$")
LIST_JOIN = regex.compile(r"\s*(?:và|,)\s*")
SUBSET = regex.compile(r"trong (?:số )?đó")
GROWTH = {"tăng", "giảm", "tăng thêm", "giảm đi"}
# What a percent or an amount is measured against, written after it.
AFTER_MEASURE = regex.compile(r"\s*(so với [^,;.()]+|(?:" + "|".join(map(regex.escape, lexicon.YARDSTICKS)) + r")"
                              r"(?:\s+(?!so\s)\p{L}+){0,3})")
COMPARED_AFTER = regex.compile(r"\s*(so với [^,;.()]+)")
ATTRACTING = regex.compile(r"(?:thu hút|huy động)$")
JOINING = regex.compile(r"(?<![\p{L}])(?:tham gia|tham dự|dự thi|hưởng ứng)(?![\p{L}])")
MAX_NOUN_WITH_VERB = 8  # a longer noun phrase says its action itself


# Where a counted noun phrase ends: punctuation, a comma or `và` opening the next figure's
# clause, a preposition (`cho` only when nothing is given: `trao 150 suất quà cho đoàn viên`
# names who receives what is counted), a digit (not a name's number: `Cụm thi đua số 1`).
PREPOSITIONS = (r"với|nhân dịp|nhân kỷ niệm|nhân ngày|tại|do|so với|theo|mỗi|nhằm|để|là|gồm|vào|"
                r"trên tổng số|trong (?:\d|năm|tháng|thời gian|đó|dịp|giai đoạn|nhiệm kỳ|quý|tổng số)")
NP_END = regex.compile(rf"[;.:()“”\"…]|(?:,|\svà)\s(?=[^,;]*\d)|\s(?=(?:{PREPOSITIONS})\s)|"
                       r"(?<!số \d*)\d")
NP_END_AT_CHO = regex.compile(r"\s(?=cho\s)")
QUOTED_NAME = regex.compile(r"\s*“[^”]{1,60}”")  # `hai công trình “Mái ấm Công đoàn”`
# `doanh nghiệp có từ 25 lao động trở lên`: a threshold inside the phrase, not its end.
THRESHOLD = regex.compile(r"có\s+từ\s+\d[\d.,]*\s[^,;.()\d]{0,40}?trở\s+(?:lên|xuống)")
DIGIT = regex.compile(r"\d")
COLON_END = regex.compile(r"(?:\s*là)?\s*:\s*$")  # `với số tiền là: 7 tỷ`
_ASPECT_OR_ADVERB = "|".join(map(regex.escape, lexicon.ASPECT_WORDS + lexicon.ADVERBS_BEFORE_VERB))
ASPECT_START = regex.compile(r"^\s*(?:" + _ASPECT_OR_ADVERB + r")(?:\s+(?:" + _ASPECT_OR_ADVERB + r"))*"
                             r"(?:\s+|$)", regex.IGNORECASE)
LINK_END = regex.compile(r"(?:\s*(?:đạt|là|bằng|chiếm|được|với|có|:|" + "|".join(
    w for w, _ in COMPARATOR_BEFORE) + r"))+\s*$", regex.IGNORECASE)
CONNECTIVE_START = regex.compile(r"^\s*(?:và|với|Cụ thể|còn|trong (?:số )?đó)\s+",
                                 regex.IGNORECASE)
PREPOSITION_END = regex.compile(r"(?:^|\s)(?:tại|cho|với|của|và|ở|gồm)\s*$")
IS_AFTER = regex.compile(r"%?\s*(?:là|thuộc)\s+")
WORD_AFTER = regex.compile(r" \p{L}")
EACH_BEFORE = regex.compile(r"mỗi\s+(\p{L}+)(?:\s+(trị giá|giá trị|là|khoảng|từ))?\s*$")


def _np_after(text: str, start: int, unit: str | None = None) -> str:
    """The counted noun phrase with its modifiers, up to a clause boundary (`NP_END`): a comma
    opening the next figure's clause (`25 CĐCS, kết nạp 2.300`), a preposition. `trong` ends it
    only as a time frame (`trong 6 tháng`), not as membership (`đơn vị trong Cụm thi đua`)."""
    head = unit if unit and text.startswith(unit, start) else ""
    after = start + len(head)
    aside = PARENTHESIS_AFTER.match(text, after)  # `45/50 CĐCS (chiếm 90%) tổ chức hội nghị`
    if aside and head:
        after = aside.end()
    name = QUOTED_NAME.match(text, after)
    if name and head:  # the name belongs to what is counted
        head, after = text[start:name.end()], name.end()
    rest = THRESHOLD.sub(lambda m: DIGIT.sub("N", m.group()), text[after:])
    cut = NP_END.search(rest)
    rest = rest[:cut.start()] if cut else rest
    cho = NP_END_AT_CHO.search(rest)
    if cho and not GIVING.search(text[clause_bounds(text, start, ",;")[0]:after + cho.start()]):
        rest = rest[:cho.start()]
    rest = text[after:after + len(rest)]  # the digits the threshold mask hid
    words = (head + rest).split()[:MAX_METRIC_WORDS]
    while len(words) > len(head.split()) and words[-1].lower().rstrip(",") in TRAILING:
        words.pop()
    return " ".join(words).rstrip(",")


def _tokens_before(doc, pos: int):
    """The tokens before character `pos`, nearest first (found by bisection, read lazily: the
    reader stops within a few words)."""
    count = bisect_left(range(len(doc)), pos, key=lambda i: doc[i].idx)
    for i in range(count - 1, -1, -1):
        token = doc[i]
        if not token.is_space:
            yield token


def _verb_before(doc, fig) -> str:
    # (each SpanGroup read makes new Span objects: read them once, not once per token)
    figures = [(s.start, s.end) for group in ("quantities", "non_facts") for s in doc.spans.get(group, [])]
    org_spans = list(doc.spans["orgs"])
    words = []
    for token in _tokens_before(doc, fig.q.start):
        if any(start <= token.i < end for start, end in figures):
            break
        low = token.text.lower()
        org = next((s for s in org_spans if s.start <= token.i < s.end), None)
        if org is not None:  # a word may run from a name into its verb: `Ba Đình kết nạp`
            tail = text_of(doc)[org.end_char:token.idx + len(token.text)].strip().lower()
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
    pos = len(COLON_END.sub("", text[:pos]))
    start = max(previous_end, max(text.rfind(c, 0, pos) for c in ",;:(") + 1)
    start = next((org.end_char for org in org_spans if org.start_char < start <= org.end_char <= pos
                  and not org._.org.generic), start)
    # (a bracket inside a name opens no clause: `Ngân hàng ... Việt Nam (Vietcombank) ủng hộ 10 tỷ đồng`)
    joined = list(CLAUSE_CONJUNCTION.finditer(text, start, pos))
    start = joined[-1].end() if joined else start  # `chồng bị tai nạn nên khoản vay 50 triệu`
    first = start + len(text[start:pos]) - len(text[start:pos].lstrip())
    for org in org_spans:  # `LĐLĐ huyện X đã giải ngân 3,5 tỷ đồng`: the subject is not the metric
        if org.start_char == first and org.end_char <= pos and not org._.org.generic:
            start = org.end_char
    phrase = _drop_subject(text[start:pos])
    phrase = ASPECT_START.sub("", phrase)
    phrase = LINK_END.sub("", phrase)
    phrase = CONNECTIVE_START.sub("", phrase)
    return " ".join(phrase.split()[-10:])


def _drop_subject(phrase: str) -> str:
    """`Các cấp công đoàn trong ngành đã chi`: the words before the verb's aspect marker are its
    subject, not what the amount measures (unless they name the amount: `số tiền đã chi`)."""
    marker = list(ASPECT.finditer(phrase))
    if not marker or MONEY_NOUN_IN.search(phrase[:marker[-1].start()]):
        return phrase
    return phrase[marker[-1].end():]


def metric_of(doc, fig, previous_end: int) -> str | None:
    """The metric of figure `fig`; `previous_end` ends the figure before it in the sentence."""
    measure = (fig.unit or "").lower() in MEASURE_UNITS  # `tổng diện tích 65 m2`
    if not measure and (fig.q.kind in ("count", "ratio") or (fig.q.kind == "percent" and fig.unit)):
        return _counted_metric(doc, fig, previous_end)
    return _measured_metric(doc, fig, previous_end)


def _counted_metric(doc, fig, previous_end: int) -> str | None:
    """A count, or a percent of counted things: the noun phrase and the action."""
    text, q = text_of(doc), fig.q
    noun = _np_after(text, text.find(fig.unit, q.end) if fig.unit else q.end, fig.unit)
    if previous_end > clause_bounds(text, q.start, ";")[0] and BENEFICIARY.search(
            text[previous_end:q.start]):
        # `tổ chức 1.846 cuộc tuyên truyền ... cho hơn 45.000 lượt CNVCLĐ`: they receive what
        # the figure before counts
        return f"{noun} ({_previous_np(doc, _previous_start(doc, previous_end))})"
    noun = _shared_predicate(doc, fig, noun)
    verb = _verb_before(doc, fig)
    if verb in GROWTH and previous_end > clause_bounds(text, q.start, ";")[0]:
        # `142 doanh nghiệp ký kết thỏa ước, tăng 8 doanh nghiệp so với cùng kỳ`: the growth of
        # what the figure before counts
        compared = COMPARED_AFTER.match(text, fig.unit_end or q.end)
        base = _previous_np(doc, _previous_start(doc, previous_end)) or noun
        return " ".join(p for p in (base, verb, compared and compared.group(1).strip()) if p)
    if ATTRACTING.search(verb):  # `thu hút 16 đội bóng ... tham gia`: the action is taking part
        joined = JOINING.search(text, q.end, clause_bounds(text, q.start, ";")[1])
        verb = joined.group() if joined else verb
        verb = "" if verb in noun else verb  # `thu hút 1.200 lượt đoàn viên dự thi`
    if verb and len(noun.split()) <= MAX_NOUN_WITH_VERB:
        return f"{noun} {verb}"
    if not verb and len(noun.split()) <= 3:  # `kiểm tra ... tại 65 doanh nghiệp`
        context = _phrase_before(text, q.start, previous_end, doc.spans["orgs"])
        context = PREPOSITION_END.sub("", context).strip()
        if not context and previous_end and not SUBSET.search(text[previous_end:q.start]):
            # `quản lý 467 CĐCS với 19.037 đoàn viên`; not `..., trong đó 11.200 đoàn viên nữ`
            context = _phrase_before(text, _previous_start(doc, previous_end), 0,
                                     doc.spans["orgs"])
        if context:
            return f"{noun} ({context})"
    return noun or verb or None


def _shared_predicate(doc, fig, noun: str) -> str:
    """`12 tập thể và 35 cá nhân được X tặng Bằng khen`: what is said after a list of counts
    joined by `và` or commas is said of each count in it."""
    text = text_of(doc)
    end = fig.unit_end or fig.q.end
    if not fig.unit or noun != fig.unit:
        return noun
    following = [s for s in doc.spans["quantities"] if s.start_char >= end][:1]
    if not following or not LIST_JOIN.fullmatch(text, end, following[0].start_char):
        return noun
    unit = read_unit(doc, following[0].end_char)[0]
    if not unit:
        return noun
    tail = _np_after(text, text.find(unit, following[0].end_char), unit)[len(unit):].strip()
    return f"{noun} {tail}" if tail else noun


def _measured_metric(doc, fig, previous_end: int) -> str | None:
    """A percent or an amount: what it measures is said before it (or `N% là X`)."""
    text, q = text_of(doc), fig.q
    subject = IS_AFTER.match(text[q.end:])
    if q.kind == "percent" and subject:  # `trong đó 70% là lao động nữ`
        return _np_after(text, q.end + subject.end()) or None
    before = _phrase_before(text, q.start, previous_end, doc.spans["orgs"])
    if q.kind == "money":
        before = _money_context(doc, fig, before, previous_end)
    after = AFTER_MEASURE.match(text, (fig.unit_end or q.end) + (text[q.end:q.end + 1] == "%"))
    if after:  # `tăng 8% so với năm 2023`, `hoàn thành 100% chỉ tiêu năm`
        before = f"{before} {after.group(1).strip()}"
    return before.strip() or None


def _money_context(doc, fig, before: str, previous_end: int) -> str:
    """What an amount is for: its purpose after it (`chi 1,8 tỷ đồng thăm hỏi`), the thing
    priced before it (`417 vé xe ... với tổng trị giá`), `mỗi người` for per-unit amounts."""
    text, q = text_of(doc), fig.q
    if len(before.split()) <= 3 and WORD_AFTER.match(text[fig.unit_end:]):
        purpose = _np_after(text, fig.unit_end)  # not after a comma: `30 triệu đồng, phần còn lại`
        if purpose and not ASPECT.match(purpose + " "):  # not `50 triệu đồng sẽ giúp chị ...`
            before = f"{before} {purpose}".strip()
    money_noun = MONEY_NOUN_END.search(before)
    priced = _previous_np(doc, _previous_start(doc, previous_end)) if money_noun and previous_end \
        else ""
    if priced:
        start = _previous_start(doc, previous_end)
        before = (f"{money_noun.group()} {priced} "
                  f"({_phrase_before(text, start, 0, doc.spans['orgs'])})")
    each = EACH_BEFORE.search(text[:q.start])  # `mỗi suất trị giá 1 triệu đồng`
    per = [_classified_by(doc, q, each.group(1))] if each else [
        w.strip() for w in (q.per or "").split("/") if w.strip()]
    if per:  # `mỗi người 1 triệu đồng`, `10 triệu đồng/người/tháng`
        verb = GIVING.findall(text[clause_bounds(text, q.start, ";")[0]:q.start])
        priced = each is not None and each.group(2) in ("trị giá", "giá trị")
        before = each.group(2) if priced else f"mức {verb[-1]}" if verb else before
        before += "".join(f" mỗi {w}" + (" (per person)" if w == "người" else "") for w in per)
    return before


def _classified_by(doc, q, word: str) -> str:
    """`200 suất quà, mỗi suất trị giá ...`: `suất` stands for the unit counted before."""
    for span in reversed([s for s in doc.spans["quantities"] if s.end_char <= q.start]):
        unit = read_unit(doc, span.end_char)[0]
        if unit and unit.split()[0].lower() == word.lower():
            return unit
    return word


def _previous_np(doc, start: int) -> str:
    span = next((s for s in doc.spans["quantities"] if s.start_char == start), None)
    unit = read_unit(doc, span.end_char)[0] if span is not None else None
    if not unit or unit.lower() in MEASURE_UNITS:  # `65 m2, ... tổng kinh phí`: not priced
        return ""
    return _np_after(text_of(doc), text_of(doc).find(unit, span.end_char))


def _previous_start(doc, previous_end: int) -> int:
    starts = [s.start_char for s in doc.spans["quantities"] if s.end_char <= previous_end]
    return starts[-1] if starts else previous_end
