"""Fact records assembled from a sentence Doc's marks and the article's context.

Per figure: the unit (the counted noun after it), the raw span, comparator, status, metric
(counted noun phrase + the action), organization (in the sentence, else the paragraph before,
else the article's main one), period and term, and the arithmetic check of a stated percent.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial

import regex

from solieu.extract.facts import orgs, periods
from solieu.extract.facts.attribution import (AREA_SOURCE_NAMES, BARE_WORKPLACE, BEFORE_THE_VERB, OWN_UNION, RECEIVES, SAYS, SOURCE_NAMED,
                                              UNION, UNION_NAMES, UNNAMED, WORKS_AT, clause_bounds, counted, sentence_org,
                                              source_org, subject_org, usable_mentions)
from solieu.extract import lexicon
from solieu.extract.facts.backwards import ends_with
from solieu.extract.lexicon import (CLASSIFIERS, COMPARATOR_AFTER, COMPARATOR_BEFORE, EVENT_DEEDS, TIME_UNITS,
                             LEVELS, MEASURE_UNITS, PERSONAL_UNITS, UNION_UNITS,
                             WORKFORCE_UNITS)
from solieu.extract.facts.metrics import metric_of
from solieu.extract.facts.doc_text import text_of
from solieu.extract.records import Fact, Sentence
from solieu.extract.facts.units import canonical_unit, percent_base, read_unit

# `Đồng thời`, `Ngoài ra`, `Bên cạnh đó`: another deed told after one (an anaphor of the same time
# and body, opening a sentence; after `;`, its own time is its own: ANOTHER_DEED)
FURTHER_DEED = r"(?:đồng thời|ngoài ra|bên cạnh đó)"
CONJUNCTIONS = "và|còn"  # (they open the next conjunct: a time after them is of what follows)
ANAPHORA = regex.compile(r"^\s*(?:Cụ thể|Dịp này|Trong đó|Theo đó|Kết quả|Qua đó|" + FURTHER_DEED + r"|"
                         r"Cùng với đó|Cùng đó|Tại đây|Nhờ đó|Từ đó|Do đó)",
                         regex.IGNORECASE)
# A target named as done or as the yardstick of a result (`vượt chỉ tiêu`, `so với kế hoạch`,
# `xây dựng kế hoạch`): no target cue.
# A list the text opens with its targets (`7 chỉ tiêu ..., trong đó:`, `các mục tiêu:`): what
# it lists are targets, whatever verb each item has.
TARGETS_LISTED = regex.compile(r"(?<![\p{L}])(?:chỉ tiêu|mục tiêu)(?![\p{L}])[^.;:]{0,60}:"
                               r"(?:[^.]|(?<=\d)\.(?=\d))*$",
                               regex.IGNORECASE)
# `phát động đoàn viên, người lao động cả nước ủng hộ 1 ngày lương`: what an appeal asks each to
# give is asked for, not yet given (a target, as the golds read it 5 times of 5)
APPEAL = regex.compile(r"(?<![\p{L}])(?:phát động|kêu gọi)\s[^.;:]{0,80}?(?<![\p{L}])(?:ủng hộ|đóng góp)"
                       r"\s+(?:(?:ít nhất|tối thiểu)\s+)?$", regex.IGNORECASE)
# `Bà X đề nghị 100% CĐCS trực thuộc tổ chức đối thoại`, `đề nghị các nhà trường bảo đảm 100% cán bộ
# ... được chăm lo`, `VCCI đề nghị 5,5%`: the share a body asks of others is a goal
REQUESTED_SHARE = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.REQUESTING_VERBS) + r")\s+"
                                r"(?:[^,.;:]{0,60}?\s(?:bảo đảm|đảm bảo|phấn đấu)\s+)?$")
TARGET_REFERENCE = regex.compile(r"(?:(?:" + "|".join(map(regex.escape, lexicon.REACHING_WORDS + lexicon.PLAN_REFERENCES))
                                 + r"|\d[^,;.]{0,40}\stheo)\s+(?:\d[\d.,]*\s*%?\s+|[^\s,;.]+\s+)?"
                                 r"|(?:" + lexicon.alternation(lexicon.TARGET_SETTING_VERBS) + r")\s+\d[\d.,]*\s+)$",
                                 regex.IGNORECASE)  # `đạt 116,7% chỉ tiêu năm`: a decimal comma
PURPOSE = regex.compile(r"(?<![\p{L}])[Đđ]ể\s+$")  # (what is reached for, not what was reached)
# `thu được 15.208 tỷ đồng/21.050 tỷ đồng kế hoạch ... giao`: the plan a ratio's denominator is
# (its yardstick), no target cue
DENOMINATOR_BEFORE = regex.compile(r"(?<![\p{L}\d.,])\d[\d.,]*(?:\s+[^\s\d,;./]+){0,2}\s*/\s*\d(?:[\d.,]*\d)?"
                                   r"(?:\s+[^\s\d,;./]+){0,2}\s+$")
# `vượt 10,1% so với chỉ tiêu cấp trên giao (12.000 đoàn viên)`, `để hoàn thành chỉ tiêu năm 2024
# (2.000 đoàn viên và 15 CĐCS)`: the figures a bracket opened right after a yardstick gives are
# the yardstick's own, a target of the time it names (not `đạt 110% kế hoạch (1.326/1.200 đoàn
# viên)`, a result against its plan)
YARDSTICK_GLOSSED = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.YARDSTICKS))
                                  + r")(?![\p{L}])(?P<named>[^(),;.:]{0,40})\(\s*"
                                  r"(?:\d[\d.,]*\s+[^\s\d()]+(?:\s+[^\s\d()]+)?\s*(?:và|,)\s*)?$",
                                  regex.IGNORECASE)
# `vượt chỉ tiêu 95%`, `(kế hoạch là 200 điểm)`, `kế hoạch năm 2024 là 210.000 người`: the value a
# yardstick word names, right after it, is the target, whatever reaches it
YARDSTICK_VALUE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.YARDSTICKS))
                                + r")(?:\s+(?:năm(?:\s+\d{4})?|cả năm|ban đầu|đề ra|được giao|giao|cấp trên giao))*"
                                r"\s*(?:là\s*|:\s*)?$", regex.IGNORECASE)
# `100 CĐCS sẽ được thành lập`: a figure of the future; not `khoản vay 50 triệu đồng sẽ giúp
# chị ...` (what an actual figure will bring about).
FUTURE_AFTER = regex.compile(r"(?<![\p{L}])sẽ(?![\p{L}])(?!\s+(?:giúp|góp phần|tạo|mang lại|là|"
                             r"giải quyết|thúc đẩy)(?![\p{L}]))")
COMPARATIVE = regex.compile(r"(?<![\p{L}])(?:cao|thấp|nhiều|ít|lớn|nhỏ|tăng|giảm|nhanh|chậm)\s*$",
                          regex.IGNORECASE)
# (word, comparator, the word ending the text before a figure)
LONGEST_COMPARATOR = max(len(word) for word, _ in COMPARATOR_BEFORE)
CLAUSE_END = regex.compile(r"[;.(:]|\d")
CLAUSE_AFTER_END = regex.compile(r"[;.,]")
QUOTED = regex.compile(r"“[^”]*”|\"[^\"]*\"")
TOTAL_AFTER = regex.compile(r"\s+(?:trên|trong)\s+(tổng\s+số\s+)?|\s*/\s*(tổng\s+số\s+)")  # `.../tổng số 23.212`
SUBSET = regex.compile(r"trong (?:số )?đó")  # `3.500 lao động, trong đó nữ chiếm 80%`: its own fact
ATTACH_PERCENT = regex.compile(r"^[^;]{0,80}$")
PERCENT_LINK = regex.compile(r"\(|đạt|vượt|bằng|chiếm|tương đương|=")  # not `tăng 6%`: a growth
# `..., tăng 15% so với cùng kỳ`, `vượt 3,3% kế hoạch`, `tương đương tăng 8,6%`: a change or an
# excess is a fact of its own, never the figure's share (every gold set writes it so)
# `... có 864 CĐCS, chiếm 67,2%`: a count's share of a whole is a fact of its own (FACTS.md folds
# the first `đạt X%`; the gold sets write `chiếm` apart 57 times to 7); a ratio's is its check
SHARE_BEFORE = regex.compile(r"(?<![\p{L}])chiếm\s+(?:\p{Ll}+\s+)?$")
CHANGE_BEFORE = regex.compile(r"(?<![\p{L}])(?:tăng|giảm|vượt)\s+(?:\p{Ll}+\s+)?$")
# Said of the event the lead reports: who attends it, what is given there. (A sentence that
# opens on it, `Dịp này`, is OPENS_ON_EVENT's, which `event_cue` tries first: searched as one
# more alternative here, it would be tried at every position.)
EVENT_NOUNS = "|".join(map(regex.escape, lexicon.EVENT_NOUNS)) + "|đây"  # `Tại đây`
# This year's edition of the event (`Ngày hội năm nay thu hút ...`, `Năm nay, Hội thao có 5 môn`):
# the event the article reports, on its days.
THIS_YEARS_EVENT = regex.compile(rf"(?<![\p{{L}}])(?:{EVENT_NOUNS})(?:\s+\p{{Ll}}+){{0,4}}?\s+năm\s+nay(?![\p{{L}}])"
                                 rf"|^\s*Năm\s+nay\s*,\s*(?:{EVENT_NOUNS})(?![\p{{L}}])", regex.IGNORECASE)
# `Năm nay, 12 chuyến xe xuất phát ...` in the report of an event: what this year's event holds
# (not what is planned for the year: `Năm nay, LĐLĐ huyện phấn đấu ...`)
OPENS_ON_THIS_YEAR = regex.compile(r"^\s*Năm\s+nay\s*,")
AT_THE_EVENT = regex.compile(r"(?<![\p{L}])(?:dự|tham dự|có mặt)(?![\p{L}])"
                             r"(?!\s+(?:thi|án|kiến|báo|toán|định|trữ|thảo))"
                             # (`Hơn 5.000 việc làm chờ công nhân tại ngày hội việc làm`; not `tham gia`
                             # + an event noun: `tham gia chương trình`, `giải` name no day)
                             # (not the report given there: `Theo báo cáo tại hội nghị, ...` tells the
                             # period it reviews)
                             rf"|(?<![\p{{L}}])(?<!báo cáo\s)tại\s+(?:{EVENT_NOUNS})(?![\p{{L}}])", regex.IGNORECASE)
# A sentence that opens on the event (`Dịp này`, `Tại Lễ bế mạc`) is dated by it, not by the
# sentence before.
OPENS_ON_EVENT = regex.compile(rf"^\s*(?:Dịp này|Nhân dịp này|Cùng thời điểm(?: này| đó)?|Tại (?:{EVENT_NOUNS}))(?![\p{{L}}])",
                               regex.IGNORECASE)
# `Mỗi suất học bổng trị giá 2 triệu đồng`, `Mỗi phần quà gồm ...`: what each of the things the
# event handed over is worth (a sentence of the event, in the paragraph after it too)
EACH_HANDED = regex.compile(r"^\s*Mỗi\s+(?:" + lexicon.alternation(lexicon.CLASSIFIERS) + r")(?:\s+\p{Ll}+){0,2}?"
                            r"\s+(?:có\s+)?(?:trị giá|gồm)(?![\p{L}])")
# (the day of a document cited by its number: `Theo Kế hoạch số 112/KH-LĐLĐ ngày 15-12-2025, dịp Tết ...`)
DOCUMENT_NUMBERED = regex.compile(r"(?<![\p{L}\d])(?:số\s+)?\d+(?:/\d+)*/\p{Lu}[\p{L}\d&-]*,?\s+(?:ngày\s+)?$")
PLAN_ISSUED = regex.compile(r"(?<![\p{L}])(?:ban hành|phê duyệt|triển khai)\s+(?:Kế hoạch|Chương trình|kế hoạch)"
                            r"(?![\p{L}])")
# (or its worth, opening its clause: `trao 50 suất quà của Ngân hàng X, trị giá 1 triệu đồng/suất`)
EACH_PART = regex.compile(r"\s*(?:mỗi\s+(?:" + lexicon.alternation(lexicon.CLASSIFIERS) + r")|trị giá)(?![\p{L}])",
                          regex.IGNORECASE)
THIS_OCCASION = regex.compile(r"^\s*(?:Nhân\s+)?[Dd]ịp này(?![\p{L}])")  # (the occasion just told)
# The event as the sentence's subject (`Hội nghị cũng biểu dương 63 tập thể`, `Đại hội đã bầu`):
# what it does happens on its day.
# (not the congress whose resolution set a yardstick: `đạt 140% chỉ tiêu Nghị quyết Đại hội đề ra`)
EVENT_DOES = regex.compile(r"(?<![\p{L}])(?<!(?:[Nn]ghị quyết|[Cc]hỉ tiêu|[Vv]ăn kiện)\s)(?:" + "|".join(map(regex.escape, lexicon.EVENT_SUBJECTS)) + r")(?:\s+(?:cũng|đã|còn|lần này))*"
                           r"\s+(?:" + "|".join(map(regex.escape, EVENT_DEEDS)) + r")(?![\p{L}])")
# A handing-over or award told in the present, without `đã`/`vừa` (lexicon handed_over: `Chủ tịch
# LĐLĐ huyện trao Giấy khen cho 15 CĐCS`, as captions tell the scene): done at the event the lead
# reports, not over the period it reviews (`đã trao 3.200 suất quà` reports a result).
# Searched as two patterns over the first line (what `^.*` reached): one pattern with both, a
# lookahead over the whole line at its start, cost 7x more.
# (not one proposed: `18 sáng kiến được đề nghị LĐLĐ Thành phố tặng Bằng khen`)
HANDED_OVER = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.HANDED_OVER) + r")(?![\p{L}])"
                            r"(?<!(?:đề nghị|đề xuất|xét)(?:\s+\S+){0,4}\s+\S+)", regex.IGNORECASE)
DONE_BEFORE_NOW = regex.compile(r"(?<![\p{L}])(?:đã|vừa|từng)\s", regex.IGNORECASE)
ASIDE = regex.compile(r"\([^()]*\)")
# `Dự hội nghị có đồng chí X, Phó Chủ tịch LĐLĐ thành phố; lãnh đạo Quận ủy cùng 180 đại biểu`:
# who attends the event the article reports, not the bodies its guests come from.
ATTENDING = regex.compile(rf"\s*(?:Tham\s+)?[Dd]ự\s+(?:{EVENT_NOUNS})(?![\p{{L}}])", regex.IGNORECASE)
# What is done at the end of a multi-day event (`Kết thúc Hội thao, ...`, `Sau 2 ngày thi đấu,
# ...`) is done on its last day.
# (and what is said opening it: `Phát biểu khai mạc, bà X cho biết ngành hiện có 45 CĐCS`)
AT_THE_OPENING = regex.compile(r"\s*(?:(?:[Nn]gay\s+)?(?:[Tt]ại|[Tt]rong)\s+(?:buổi\s+)?(?:lễ|ngày)\s+khai\s+mạc"
                               r"|Phát biểu\s+(?:tại\s+(?:buổi\s+)?lễ\s+)?khai\s+mạc|Khai mạc)(?![\p{L}])")
AT_THE_END = regex.compile(r"\s*(?:Kết thúc|Bế mạc|Sau\s+(?:\d+|hai|ba|bốn|năm)\s+ngày)(?![\p{L}])")
UNDATED_KINDS = {"yearly"}
TERM_KINDS = {"term", "span", "the_term", "next_term", "past_term"}  # (years spanned, not one)
FRAME_KINDS = {"year", "this_school_year", "occasion", "lunar_year", "issued", "held", "months", "half", "quarter",
               "month", "monthrange", "to_year_end", "from_now", "past_term", "term_end", "the_term", "next_term", "named_month",
               "answered_month",
               "date", "daterange", "lunar_date", "term", "span", "since", "this_year",
               "year_to_date", "last_year", "the_span", "horizon", "past_years", "month_to_date", "day_to_date",
               "term_to_date"}
DAY_KINDS = {"date", "daterange", "lunar_date"}
DONE_KINDS = {"months", "month_to_date", "year_to_date", "day_to_date", "half", "quarter", "month", "monthrange"}
UNION_UNITS_LOWER = {unit.lower() for unit in UNION_UNITS}
WORKFORCE_UNITS_LOWER = {unit.lower() for unit in WORKFORCE_UNITS}


@dataclass
class ArticleContext:
    body: str
    year: int | None  # fills dates written without a year
    published: str | None  # YYYY-MM-DD: a day-month after it belongs to the year before
    period: str | None  # the article's own period (its lead's), the last fallback
    event_day: str | None  # the day the lead reports (`Sáng nay (19/7)`), for what happens there
    terms: list[str]  # the nhiệm kỳ the article names (`2023-2028`)
    places: list[tuple[int, str, str]]  # (body offset, admin word, place) of places named
    definitions: dict  # abbreviations the article defines
    main_org: str | None  # of the title and lead: the last fallback organization
    full_names: dict = field(default_factory=dict)  # short name -> the article's full one
    event_term: str | None = None  # the nhiệm kỳ of the congress (Đại hội) the lead reports
    # the day what is now (`hiện có`, `đến nay`) is told: the event's, else (no event, or the
    # lead's day is one a stock is counted on) the day the article was written
    now_day: str | None = None
    # (body offset, short name, full name or None) of the workplaces named, in order
    workplaces: list[tuple[int, str, str | None]] = field(default_factory=list)
    city: str = lexicon.DEFAULT_CITY  # the city a bare `thành phố` is (`orgs.article_city`)
    province: str | None = None  # the province a bare `tỉnh` is (`orgs.article_province`)
    paper: str | None = None  # the province or city whose newspaper it is (`orgs.paper_place`)
    # the days a survey the article reports was made (`Cuộc khảo sát được tiến hành từ ngày 15/7 -
    # 10/8`): what it found (`Theo kết quả khảo sát, ...`, `người lao động được khảo sát`) is of them
    surveyed: str | None = None
    # (body offset, years or days) of how long the collective agreement the article reports holds
    # (`giai đoạn 2025 - 2027`), as the text tells it
    agreement: tuple[int, str] | None = None
    # the body offset of a reader's question after a report (READERS_QUESTION): from it on, the
    # article answers the reader
    answered_from: int | None = None
    asked: bool = False  # the sentence is in a reader's question or in its answer
    # a pay level changed from one level to another (`tăng từ 4.960.000 đồng lên 5.310.000 đồng`):
    # the day the level in force holds from, as the text tells it (`Mức lương tối thiểu hiện hành
    # ... áp dụng từ ngày 1-7-2024`), and the day the new one is to hold from (the lead's rule day)
    level_in_force_since: str | None = None
    new_level_from: str | None = None

    def at(self, offset: int) -> "ArticleContext":
        """The context of the sentence at `offset` of the body: past a boxed question, the
        answer's, with no main organization and no time of the report's (its lead's period, its
        event's day): what the answer gives is the law's, dated by its own sentence only."""
        if self.answered_from is None or offset < self.answered_from:
            return self
        return replace(self, main_org=None, period=None, event_day=None, now_day=None, answered_from=None,
                       asked=True)


@dataclass
class Carry:
    """What a sentence hands to the next one: its period, status and organization, and the
    programme the article last introduced (for a later `Chương trình ...`)."""
    paragraph: int = -1
    period: str | None = None
    target: bool = False
    org: str | None = None
    programme: "Carry | None" = None
    # the ended term a report reviews (`Báo cáo tổng kết nhiệm kỳ 2018 - 2023 cho thấy`): it
    # dates the results told after it, paragraph after paragraph, until the event's own business
    report: str | None = None
    # the day the sentence counted a stock on (`tính đến ngày 31/12/2024, ... 19,05 triệu
    # người`): not handed on as a period, but the breakdown after it (`Trong đó, ...`) is of it
    stock_day: str | None = None


# A meeting's name up to a time expression in it (`Hội nghị tổng kết công tác năm 2025, triển
# khai nhiệm vụ năm 2026 ... ngày 29/12`), which dates only the meeting.
MEETING_NAMED = regex.compile(r"(?<![\p{L}])(?:Hội nghị|Đại hội)[^.;:()]{0,120}$")
# `Trong đó, số người tham gia BHXH bắt buộc là 17,45 triệu người`: part of what was just counted
BREAKDOWN = regex.compile(r"^\s*Trong\s+đó\s*,", regex.IGNORECASE)


@dataclass(frozen=True)
class SentenceMarks:
    """What the rules of a sentence's period, organization and carry read besides its words and
    figures: its text, its periods and organizations (`periods.Mention`s, `orgs.Mention`s, in
    order), the labels of its status cues (`target`, `actual`, in order) and where its fact
    figures are (start, end). A sentence with a figure gives them from its Doc's span groups
    (`of_doc`); one without, which has no facts and only hands its carry on, from the marks
    found on its text: no Doc is built for it."""
    text: str
    periods: list
    orgs: list
    cues: list[str]
    figures: list[tuple[int, int]]

    @classmethod
    def of_doc(cls, doc) -> "SentenceMarks":
        return cls(text_of(doc), [s._.period for s in doc.spans["periods"]],
                   [s._.org for s in doc.spans["orgs"]], [s.label_ for s in doc.spans["cues"]],
                   [(s.start_char, s.end_char) for s in doc.spans["quantities"]])


@dataclass
class Figure:
    span: object  # the spaCy Span of the figure
    q: object  # its Quantity (solieu.extract.facts.components.quantities)
    unit: str | None = None  # the counted noun after it, as written
    unit_end: int = 0  # end of the figure and its counted noun in the sentence
    counted: str | None = None  # that noun as FACTS.md names it (`canonical_unit`)


def org_context(ctx: ArticleContext, offset: int) -> orgs.Context:
    """The naming context at a body offset: the last place named for each admin level, and
    the last workplace named of each kind: a bare `Công ty`, `Công đoàn Bệnh viện` is the one
    the text named last (`Tại Bệnh viện Đa khoa Xanh Pôn, Công đoàn Bệnh viện ...`)."""
    places = {}
    for pos, admin, place in ctx.places:
        if pos > offset:
            break
        places.pop(admin, None)  # (in the order last named: `list(places)[-1]` is the last level)
        places[admin] = place
    named = {}
    for pos, short, full in ctx.workplaces:
        if pos > offset:
            break
        named[short] = full
    full_names = ctx.full_names
    if named:
        full_names = {short: full for short, full in {**full_names, **named}.items() if full}
    return orgs.Context(places=places, definitions=ctx.definitions, full_names=full_names,
                        city=ctx.city, province=ctx.province, paper=ctx.paper)


def comparator_of(text: str, fig: Figure) -> tuple[str, int]:
    """The comparator and where the raw span starts (at a comparator written before)."""
    before = text[:fig.q.start].rstrip()
    # (the words, as words, ending what is before, in any case: compared at its end, not searched
    # for over the whole sentence)
    end = before[-LONGEST_COMPARATOR - 1:].lower()
    for word, op in COMPARATOR_BEFORE:
        if end.endswith(word) and not end[:-len(word)][-1:].isalpha():
            if word == "hơn" and COMPARATIVE.search(before[:len(before) - len(word)]):
                return "=", fig.q.start  # `thấp hơn 50%`: a difference of 50%, not over 50%
            return op, len(before) - len(word)
    clause = CLAUSE_END.split(text[fig.q.end:].lstrip("%"), maxsplit=1)[0]
    for word, op in COMPARATOR_AFTER:
        if word in clause[:80]:
            return op, fig.q.start
    if fig.q.upper is not None:  # a range `80 - 90%`: at least its lower end
        return ">=", len(before) - 2 if before.lower().endswith("từ") else fig.q.start
    return "=", fig.q.start


# ---- status --------------------------------------------------------------------------------

WHOLE_YEAR = regex.compile(r"(?<![\p{L}])(?:cả\s+năm|năm\s+nay)(?![\p{L}])")


def yardstick_glossed(text: str, fig: Figure):
    """The match of the yardstick whose bracket `fig` is in (YARDSTICK_GLOSSED), or None."""
    if fig.q.kind == "ratio" or not text[:fig.q.start].rstrip().endswith(("(", "và", ",")):
        return None
    return YARDSTICK_GLOSSED.search(text, max(0, fig.q.start - 120), fig.q.start)


# `tăng từ X lên Y`, `giảm từ X xuống Y`: X is the level before the change (the golds: 10 of 10 actual)
RAISED_FROM_WORDS = r"(?<![\p{L}])từ\s+(?:(?:mức|khoảng|gần|hơn)\s+)?"
RAISED_TO_WORDS = r"\s+(?:lên|xuống)\s+(?:(?:mức|khoảng|gần|hơn)\s+)?"
RAISED_FROM = regex.compile(RAISED_FROM_WORDS + "$")
# (what it was told of before the new level: `tăng từ 2.950 người đầu nhiệm kỳ lên 4.320 người`)
RAISED_TO = regex.compile(r"[^,;.()]{0,30}?" + RAISED_TO_WORDS + r"\d")
# (and the new level, after the level before: `tăng từ 4.960.000 đồng lên 5.310.000 đồng`)
RAISED_TO_BEFORE = regex.compile(RAISED_FROM_WORDS + r"\d[\d.,]*[^,;.()]{0,30}?" + RAISED_TO_WORDS + "$")


def level_before_a_change(text: str, fig: Figure) -> bool:
    """The figure is the level before a change (`tăng từ 28.000 đồng lên 32.000 đồng/suất`): what
    holds now, no target, and of no time but one its sentence gives it."""
    return ends_with(RAISED_FROM, text, fig.q.start) \
        and bool(RAISED_TO.match(text, max(fig.unit_end or 0, fig.q.end)))


def yardstick_value(text: str, fig: Figure) -> bool:
    return ends_with(YARDSTICK_VALUE, text, comparator_of(text, fig)[1])


def is_target(doc, fig: Figure, carry: Carry, same_paragraph: bool, figures: list[Figure] = ()) -> bool:
    """Whether `fig` is a target: a target cue before it in its sentence (none of a yardstick's
    reference, a bracket, a denominator, or another figure's counted noun among `figures`, the
    sentence's), no actual cue after that cue; a future after it in its clause; else as the
    sentence before said, in the same paragraph."""
    text = text_of(doc)
    if level_before_a_change(text, fig):
        return False  # `dự kiến tăng từ 4.960.000 đồng lên 5.310.000 đồng/tháng`: what it is now
    if yardstick_glossed(text, fig) or yardstick_value(text, fig):
        return True
    if TARGETS_LISTED.search(text, 0, fig.q.start) or APPEAL.search(text, 0, fig.q.start) \
            or fig.q.kind == "percent" and ends_with(REQUESTED_SHARE, text, fig.q.start):
        return True  # `đề ra 7 chỉ tiêu ..., trong đó: hằng năm kết nạp ít nhất 1.000 đoàn viên`
    quoted = _quoted_ranges(text)
    # (a word of another figure's counted noun: `1.200 giường bệnh kế hoạch`, the planned beds)
    counted_ends = {other.unit_end for other in figures if other.unit_end and other.q.start < fig.q.start}
    last_target, last_actual = -1, -1
    for span in doc.spans["cues"]:
        if span.start_char >= fig.q.start or any(a <= span.start_char < b and not a <= fig.q.start < b
                                                 for a, b in quoted):
            continue  # (a quoted name's word, `“Phấn đấu ...”`; not a speaker's, quoted with the figure)
        if span.label_ == "target":
            if any(name.start_char <= span.start_char < name.end_char for name in doc.spans["orgs"]):
                continue  # (a word of a body's name: `Sở Kế hoạch và Đầu tư`)
            reference = TARGET_REFERENCE.search(text[:span.start_char])
            if reference and ends_with(PURPOSE, text, reference.start()):
                reference = None  # `Để đạt mục tiêu tăng trưởng GRDP năm 2024 từ 6,5 - 7%, ...`: a goal
            if reference or _in_parens(text, span.start_char) \
                    or DENOMINATOR_BEFORE.search(text, max(0, span.start_char - 60), span.start_char) \
                    or any(end <= span.start_char and not text[end:span.start_char].strip() for end in counted_ends):
                continue
            last_target = span.start_char
        elif span.text.lower() in ("đã", "kết quả"):
            last_actual = span.start_char
    if last_target > last_actual:
        return True
    clause_after = CLAUSE_AFTER_END.split(text[fig.q.end:], maxsplit=1)[0]
    if FUTURE_AFTER.search(clause_after):
        return True
    return last_actual < 0 and same_paragraph and carry.target


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTED.finditer(text)]


# `... sử dụng tại “Chợ Tết Công đoàn - Xuân Bính Ngọ 2026”`: a name quoted as where something is (not
# what the figure counts is named: `hai phiên chợ mang tên "Chợ tết Công đoàn - Xuân 2026"`)
AT_A_QUOTED_NAME = regex.compile(r"(?<![\p{L}])(?:tại|ở)\s+[“\"][^”\"]*$")


def in_quotes(text: str, pos: int) -> bool:
    return any(a < pos < b for a, b in _quoted_ranges(text))


def _in_parens(text: str, pos: int) -> bool:
    return text[:pos].count("(") > text[:pos].count(")")


# ---- period ----------------------------------------------------------------------------------

# `Theo quy định tại Nghị định 134/2015/NĐ-CP, người tham gia ... được hỗ trợ 30% mức đóng`,
# `Theo quy định, NHCSXH cho vay tối đa 2 tỉ đồng/dự án`, a body's own (`Theo quy chế, mỗi đoàn
# viên đóng góp 20.000 đồng/tháng`): what a rule in force says holds for no time the article reports
STANDING_RULE = regex.compile(r"\s*(?:[Tt]heo|[Cc]ăn cứ|[Tt]heo các)\s+quy (?:định|chế)(?![\p{L}])(?!\s+mới)")
# (and what a resolution or decree in force provides: `HĐND thành phố đã ban hành Nghị quyết số
# 09/2022/NQ-HĐND, theo đó ... được hỗ trợ thêm 20% mức đóng`)
DOCUMENT_PROVIDES = regex.compile(r"(?<![\p{L}])(?:Nghị quyết|Nghị định|Quyết định|Thông tư)\s+(?:số\s+)?\d+/\S+,\s*theo đó(?![\p{L}])")


# `doanh nghiệp đóng kinh phí công đoàn bằng 2% quỹ tiền lương làm căn cứ đóng bảo hiểm xã hội`,
# `Mức đóng đoàn phí của đoàn viên bằng 1% tiền lương`: a contribution the law sets as a share of
# pay is no body's figure and holds for no time the article reports
EQUALS_BEFORE = regex.compile(r"(?<![\p{L}])bằng\s*$")
SHARE_OF_PAY = regex.compile(r"\s+(?:quỹ\s+)?tiền\s+lương(?![\p{L}])")


# `doanh nghiệp 100% vốn đầu tư Đài Loan`: the share of a company's capital its owners hold
# describes the company (FACTS.md: an undated descriptive count has no period)
OWNED_CAPITAL = regex.compile(r"\s*vốn(?![\p{L}])")


# `60 triệu đồng/nhà ..., thay cho mức 50 triệu đồng và 20 triệu đồng trước đây`, `600.000 đồng/người/tháng
# (trước đây là 400.000 đồng)`: a level superseded held before, for no time the text gives
SUPERSEDED = regex.compile(r"(?<![\p{L}])(?:thay\s+(?:cho|vì)|trước\s+đây(?:\s+là)?)(?![\p{L}])[^;]*$")


def superseded(text: str, fig: Figure) -> bool:
    return SUPERSEDED.search(text, clause_bounds(text, fig.q.start, ";")[0], fig.q.start) is not None


def owned_share(text: str, fig: Figure) -> bool:
    return fig.q.kind == "percent" and bool(OWNED_CAPITAL.match(text, fig.q.end))


def statutory_share_of_pay(text: str, fig: Figure) -> bool:
    return fig.q.kind == "percent" and ends_with(EQUALS_BEFORE, text, fig.q.start) \
        and bool(SHARE_OF_PAY.match(text, fig.q.end))


def sentence_period(marks: SentenceMarks, fig: Figure | None, ctx: ArticleContext,
                    target: bool = True) -> tuple[str | None, bool]:
    """(period, undated): the period written in the sentence nearest the figure; undated when
    `hàng năm` or `nhiệm kỳ qua` is written before the figure or after it in its clause (`làm
    lợi 500 triệu đồng mỗi năm` says nothing of the figures before it)."""
    text = marks.text
    mentions = marks.periods
    if STANDING_RULE.match(text) or fig is not None and DOCUMENT_PROVIDES.search(text, 0, fig.q.start) \
            and not any(m.kind in DAY_KINDS for m in mentions):
        return None, True
    glossed = yardstick_glossed(text, fig) if fig else None
    if glossed:  # `chỉ tiêu năm 2024 (2.000 đoàn viên)`: the year of the plan (read as its
        # yardstick's, not a period, when the sentence measures a result against it)
        a, b = glossed.span("named")
        years = [m for m in mentions if a <= m.start < b and m.fields.get("y")]
        if years:
            return years[-1].fields["y"], False
        if (WHOLE_YEAR.search(text, a, b) or text[a:b].strip() == "năm") and ctx.year:
            # (`vượt 5,4% chỉ tiêu cả năm (4.000 người)`, `đạt 97,7% kế hoạch năm (700 hộ)`)
            return str(periods.year_of(ctx.period) or ctx.year), False
    clause_end = clause_bounds(text, fig.q.start, ",;")[1] if fig else len(text)
    # `Nhiệm kỳ qua` is the term that ended, when the article names it; else it dates nothing
    undated = any((m.kind in UNDATED_KINDS or m.kind == "past_term" and not resolve(m, ctx))
                  and m.start < clause_end for m in mentions)
    # A nhiệm kỳ is the term of a result (its `term`), the period only of a target set for it,
    # or of the results of a term that has ended (`tổng kết nhiệm kỳ 2018 - 2023`).
    frames = [m for m in mentions if m.kind in FRAME_KINDS and not _is_figure(marks, m)
              # (`khen thưởng 45 tập thể có thành tích xuất sắc năm 2023`: when the awardees
              # achieved, not when they are awarded)
              and not names_the_achieved(text, m) and not names_the_inspected(text, m)
              and not periods.before_a_past_year(text, m, ctx.year)
              # (nor the year a state began, when what is now is told: `Được thành lập từ năm
              # 2009, đến nay Quỹ có tổng nguồn vốn gần 9,8 tỷ đồng; trong đó 5,2 tỷ đồng do ...`)
              and not (periods.began_in(text, m) and any(n.kind == "now" and n.start > m.start for n in mentions))
              and (target or m.kind != "term" or _term_ended(m, ctx))
              # (a result of `cả nhiệm kỳ` is of the report; the term to come sets targets only)
              and (target or m.kind not in ("the_term", "next_term"))
              and (target or m.kind != "horizon")
              # (nor the year of a name quoted after the figure, of where it is used: `Mỗi suất quà trị
              # giá 1 triệu đồng, gồm ... 1 phiếu mua hàng sử dụng tại “Chợ Tết Công đoàn - Xuân Bính Ngọ 2026”`)
              and not (fig is not None and m.start > fig.q.end and m.kind in ("occasion", "year", "lunar_year")
                       and in_quotes(text, m.start) and AT_A_QUOTED_NAME.search(text, 0, m.start))]
    # a goal's year (`phấn đấu đến năm 2028 có 70% ...`) dates it, not the term it is set in
    # (so does a year of its own: `Năm 2025, năm bản lề thực hiện Nghị quyết ... nhiệm kỳ 2023 -
    # 2028, LĐLĐ huyện phấn đấu thành lập ít nhất 20 CĐCS`)
    # (in a list of a term's targets, only the item that names its own year: `Đại hội thống
    # nhất 10 chỉ tiêu cho nhiệm kỳ 2023 - 2028, trong đó ... kết nạp 2.500 đoàn viên; ...; đến
    # năm 2028, 100% doanh nghiệp ...`)
    item = clause_bounds(text, fig.q.start, ";") if fig else (0, len(text))
    if fig and any(m.kind == "pandemic" and item[0] <= m.start < fig.q.start for m in mentions) \
            and not any(m.kind in FRAME_KINDS and item[0] <= m.start < item[1] for m in mentions):
        return None, True  # (a time named by an event of no year, `khi dịch Covid-19 diễn ra, ... dành
        # trên 50 suất quà`, dates nothing its `;` item does not date itself)
    coming = next((m for m in mentions if m.kind == "coming" and fig and m.start < fig.q.start), None)
    if coming and not any(m.kind in FRAME_KINDS and m.start < item[1] for m in mentions):
        return None, True  # (nor does an undated future, `Thời gian tới, ... phấn đấu kết nạp thêm 150
        # đoàn viên`, what the sentence says after it, no time told up to the figure's item)
    if any((m.kind == "horizon" or target and m.kind == "year") and item[0] <= m.start < item[1]
           for m in frames):
        frames = [m for m in frames if m.kind != "term"]
    if fig and any(m.kind in UNDATED_KINDS and item[0] <= m.start < fig.q.start for m in mentions):
        # `Đại hội đề ra 9 chỉ tiêu cho nhiệm kỳ 2025 - 2030, trong đó phấn đấu hằng năm có từ 90%
        # trở lên ...`: what is to hold each year is of no one year; the term is its `term`
        # (nor by a time another item names: `phấn đấu đến năm 2028 có 100% ...; hằng năm 90% trở lên`)
        frames = [m for m in frames if m.kind not in TERM_KINDS and item[0] <= m.start < item[1]]
    # (but the day a plan is issued dates the plan, not the targets it sets for its year: `Ngày 12/1,
    # LĐLĐ thành phố ban hành Kế hoạch ... “Tết Sum vầy” năm 2026, trong đó dự kiến tặng 1.200 vé xe`)
    if target and fig is not None and PLAN_ISSUED.search(text, 0, fig.q.start) \
            and any(m.kind in ("year", "occasion") and m.start < fig.q.start for m in frames):
        frames = [m for m in frames if m.kind not in DAY_KINDS or m.start > fig.q.start]
    # (a month answered frames what follows it in its `;` item, and gives way to a day: `Sáng 16-5,
    # trong chương trình hưởng ứng Tháng Công nhân năm 2025, ...`)
    day_told = any(m.kind in DAY_KINDS for m in frames)
    item_of = clause_bounds(text, fig.q.start, ";") if fig else None
    frames = [m for m in frames if m.kind != "answered_month" or not day_told
              and (item_of is None or item_of[0] <= m.start < fig.q.start)]
    # (not a document's day, which dates the document only: `Thực hiện Kế hoạch số 86/KH-LĐLĐ ngày
    # 5/12/2024 ..., dịp Tết Nguyên đán Ất Tỵ 2025, ... dự kiến tặng quà cho 9.500 đoàn viên`)
    if any(m.kind not in ("occasion", "issued", "held") and not ends_with(DOCUMENT_NUMBERED, text, m.start)
           for m in frames):  # `Xuân 2026 ... trong 2 ngày từ 7- 8/2/2026`
        frames = [m for m in frames if m.kind != "occasion"]
    # A year written with a day of that year only completes it (`Sáng 4/5, ... Lễ phát động
    # ... năm 2024, thu hút hơn 1.200 đoàn viên`): the day is the period.
    # So does a Tết's year, or the school year a programme is named by (`Sáng 19/8, ... Lễ trao
    # học bổng ... năm học 2023 - 2024 cho 215 con đoàn viên`).
    # (a day told before the figure: `dịp Tết ..., sẽ trao khoảng 5.000 suất quà, trong đó 300
    # suất được trao ... ngày 15/1` dates the 300 only)
    days = {(resolve(m, ctx) or "")[:4] for m in frames if m.kind in DAY_KINDS}
    days_before = {(resolve(m, ctx) or "")[:4] for m in frames
                   if m.kind in DAY_KINDS and (fig is None or m.start < fig.q.start)}
    # (and a month: `Trong tháng 1/2025, dịp Tết Nguyên đán Ất Tỵ, các cấp công đoàn ... đã tặng
    # 42.600 suất quà`: the Tết names the occasion, the month dates it)
    months_before = {(resolve(m, ctx) or "")[:4] for m in frames
                     if m.kind == "month" and (fig is None or m.start < fig.q.start)}
    frames = [m for m in frames if not (
        m.kind in ("year", "this_year") and resolve(m, ctx) in days
        or m.kind == "lunar_year" and resolve(m, ctx) in days_before | months_before
        or programme_school_year(text, m, lambda span: resolve(span, ctx), days_before))]
    if not frames:
        return None, undated
    # the day a report the sentence cites was published dates the report, not what it tells,
    # when the sentence tells another time (`Theo thông báo tình hình tai nạn lao động năm 2024
    # ... ban hành ngày 25-2, ... đã xảy ra 8.286 vụ`, `do Cục Thống kê công bố ngày 5/7, trong 6
    # tháng đầu năm 2024, ...`)
    # (and the day a review meeting is held: `tại hội nghị sơ kết 6 tháng đầu năm diễn ra ngày 11/7`)
    frames = [m for m in frames if m.kind not in ("issued", "held")] or frames
    if fig is None:
        return resolve(frames[0], ctx), undated
    pos = fig.q.start
    # an aside telling figures of its own dates only them (`đạt 123,6% (năm 2023 kết nạp 1.105
    # đoàn viên); thành lập mới 7 công đoàn cơ sở`: not the 7); one that only glosses a time
    # (`sau 5 năm triển khai (2019 - 2024)`) dates the sentence
    asides = [m.span() for m in ASIDE.finditer(text)
              if any(m.start() < start < m.end() for start, _ in marks.figures)]
    frames = [m for m in frames if not any(a <= m.start < b and not a <= pos < b for a, b in asides)
              and not _dates_another_figure(marks, m, pos, item)]
    if not frames:
        return None, undated
    a, b = item  # (the figure's `;` item)
    if any(m.kind == "now" and a <= m.start < pos for m in mentions) \
            and all(m.start > pos for m in frames if a <= m.start < b):
        return None, undated  # `Đến nay, 27 ... LĐLĐ đã ký kết quy chế ... giai đoạn 2025-2030`:
        # what is now, whatever time names what it counts after it
    if _said_of_now(marks, frames, pos, a):
        return None, undated
    own = next((m for m in frames if m.kind == "year" and _figure_owning(marks, m) == pos), None)
    if own:  # `tăng từ 6,8 triệu đồng/tháng năm 2018 lên 9,4 triệu đồng/tháng năm 2022`: the year
        return _resolve_for(own, fig, ctx, text, target), undated  # written after it is its own
    # (a time told after `trong đó` following the figure dates the part told there, not the whole:
    # `... đã chi trả hơn 3.000 tỉ đồng, trong đó riêng quý III là 1.050 tỉ đồng`)
    frames = [m for m in frames if not (m.start > pos and SUBSET.search(text, pos, m.start))]
    if not frames:
        return None, undated
    for seps in (",;", ";"):
        a, b = clause_bounds(text, pos, seps)
        inside = [m for m in frames if a <= m.start < b]
        if any(m.start < pos for m in inside):  # (a time opening the next conjunct is the next
            # figure's: `năm 2022 có khoảng 918.000 người và năm 2023 là hơn 940.000 người`)
            inside = [m for m in inside if m.start < pos or not ends_with(NEXT_CONJUNCT, text, m.start)]
        if inside:
            # the time written right after it (`tăng lương tối thiểu vùng 7,2% từ ngày 1/1/2026`),
            # else the one told before it (`Quý IV, Trung tâm phấn đấu tư vấn thêm khoảng 2.300 lượt,
            # nâng tổng số cả năm lên hơn 9.100 lượt`: the whole year is the 9.100's), not the day
            # it is told on (`Ngày 15/1, Công ty X cho biết sẽ trả lương tháng 13 cho gần 40.000 người
            # lao động ..., chậm nhất ngày 8/2`)
            end = max(fig.unit_end or 0, fig.q.end)
            nearest = next((m for m in inside if m.start >= end and RIGHT_AFTER.fullmatch(text, end, m.start)), None) \
                or max((m for m in inside if m.start < pos and not (m.kind in DAY_KINDS and TELLS.search(text, m.end, pos))),
                       key=lambda m: m.start, default=None) \
                or min(inside, key=lambda m: abs(m.start - pos))
            return _resolve_for(nearest, fig, ctx, text, target), undated
    before = [m for m in frames if m.start < pos]
    a, b = item
    if not before and frames[0].start >= b and (undated or any(
            m.kind == "now" and a <= m.start < b for m in mentions)):
        return None, undated  # `Đến nay, ... đã hỗ trợ 1.460 trường hợp; số còn lại sẽ được hỗ
        # trợ xong trong tháng 10`: what is now is not dated by the clause after it; nor is what
        # is yearly (`mỗi năm giới thiệu ít nhất 60 đoàn viên; đến cuối nhiệm kỳ, có 70% ...`)
    if not before and frames[0].start >= b and ANOTHER_DEED.match(text, b + 1):
        return None, undated  # `... trao 10 suất học bổng ...; đồng thời ký kết chương trình phối hợp
        # giai đoạn 2025-2028`: the time of another deed, told after, dates that deed only
    if not before and frames[0].start >= b and _item_has_figure(marks, frames[0].start):
        return None, undated  # `..., phấn đấu đạt từ 7 - 7,5%; ...; tỷ lệ hộ nghèo theo chuẩn nghèo
        # giai đoạn 2022-2025 giảm còn dưới 0,03%`: a time in a later item of a list that counts
        # something of its own is that item's (not `...; các chuyến xe dự kiến khởi hành ngày 22/1`)
    chosen = before[-1] if before else frames[0]
    return _resolve_for(chosen, fig, ctx, text, target), undated


# (a few words, no mark between; or the day it applies from: `phương án tăng 7,2% (so với mức hiện hành),
# áp dụng từ ngày 1/1/2026`)
RIGHT_AFTER = regex.compile(r"\s+(?:\p{Ll}+\s+){0,2}"
                            r"|(?:\s+so\s+với[^,;.]{0,40})?\s*,\s*(?:áp dụng|có hiệu lực|thực hiện)(?:\s+\p{Ll}+){0,2}\s+")
TELLS = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.REPORTING_VERBS + lexicon.SAYING_VERBS) + r")(?![\p{L}])")


ANOTHER_DEED = regex.compile(r"\s*" + FURTHER_DEED + r"(?![\p{L}])", regex.IGNORECASE)
NEXT_CONJUNCT = regex.compile(r"(?<![\p{L}])(?:" + CONJUNCTIONS + r")\s+(?:năm\s+)?$")


def _said_of_now(marks: SentenceMarks, frames: list, pos: int, item_start: int) -> bool:
    """`hiện` between the last time written before the figure and it (`Ra đời từ năm 2019, CLB
    ... hiện có 642 thành viên`), or `hiện nay` right after it (`tăng từ 21% năm 2019 lên gần 40%
    hiện nay`): the figure is of now, not of that time."""
    end = next((end for start, end in marks.figures if start == pos), pos)
    last = max((m for m in frames if item_start <= m.start < pos), key=lambda m: m.start, default=None)
    if last is not None and last.kind in DAY_KINDS:
        return False  # (`Chiều 25/10, ... cho biết, hiện LĐLĐ quận đang quản lý 365 CĐCS`: said that day)
    return any(m.kind == "now" and (last is not None and last.start < m.start < pos
                                    or m.start >= end and not marks.text[end:m.start].strip())
               for m in marks.periods)


def _item_has_figure(marks: SentenceMarks, pos: int) -> bool:
    a, b = clause_bounds(marks.text, pos, ";")
    return any(a <= start < b for start, _ in marks.figures)


def _resolve_for(mention, fig: Figure, ctx: ArticleContext, text: str, target: bool) -> str | None:
    """The period `mention` gives figure `fig`. The term a text names without its years is the
    new one for a target (`cả nhiệm kỳ kết nạp mới 10.000 đoàn viên`), the one that ended for
    what is said done by its end (`Đến cuối nhiệm kỳ, 100% CĐCS ... đã ký kết`, at the congress
    closing it); `đến cuối nhiệm kỳ` dates a share to reach by then by the term's last year
    (`100% doanh nghiệp ...`), what is to be added up to then by the whole term (`phát triển thêm
    15.000 đoàn viên`)."""
    if mention.kind == "term_end" and not target and DONE.search(text, *clause_bounds(text, fig.q.start, ";")):
        return resolve(mention, ctx)
    if mention.kind in ("term_end", "the_term", "next_term"):
        newest = max(ctx.terms, key=lambda term: term[-4:], default=None)
        return newest[-4:] if newest and mention.kind == "term_end" and fig.q.kind == "percent" else newest
    return resolve(mention, ctx)


DONE = regex.compile(r"(?<![\p{L}])đã(?![\p{L}])")


# a year written a few words after a figure, no comma or preposition between (`để hoàn thành
# chỉ tiêu 4.000 đoàn viên năm 2024`, `đạt 12 triệu đồng/tháng vào năm 2028`; not `với tổng số
# tiền 96,3 tỷ đồng trong năm 2024`, a time of the whole clause)
# (not across `và`, `còn`, which open the next conjunct: `năm 2022 có 918.000 người và năm 2023 là ...`)
YEAR_OF_THE_FIGURE = regex.compile(r"\s+(?:(?!(?:trong|đến|tới|từ|sau|trước|cả|" + CONJUNCTIONS + r")\s)\p{L}+\s+){0,3}")


OF_THE_TIME = regex.compile(r"\s+của\s+(?:cùng\s+kỳ\s+)?")


def _figure_owning(marks: SentenceMarks, mention) -> int | None:
    """Where the figure starts whose own time `mention` is: a year written right after it
    (YEAR_OF_THE_FIGURE), or any time said to be its with `của` (`cao hơn mức tăng 6,05% của 9
    tháng năm 2023`)."""
    text = marks.text
    return next((start for start, end in marks.figures
                 if end <= mention.start and (OF_THE_TIME.fullmatch(text, end, mention.start) or (
                     mention.kind == "year" and YEAR_OF_THE_FIGURE.fullmatch(text, end, mention.start)))), None)


def _dates_another_figure(marks: SentenceMarks, mention, pos: int, item: tuple[int, int]) -> bool:
    """Whether `mention` is the time of another figure than the one at `pos`, which it does not
    date: one after it (`kết nạp 1.700 đoàn viên trở lên để hoàn thành chỉ tiêu 4.000 đoàn viên
    năm 2024`: the 1.700 are of the opening `6 tháng cuối năm`), or one in another `;` item than
    the figure's (`item`: its bounds)."""
    owner = _figure_owning(marks, mention)
    if owner is None or owner == pos:
        return False
    # (nor the new level's, of the level before a change: `tăng từ 5.910 người năm 2018 lên 7.682
    # người tại thời điểm Đại hội`)
    return owner > pos or not item[0] <= mention.start < item[1] \
        or ends_with(RAISED_TO_BEFORE, marks.text, pos) and ends_with(RAISED_FROM, marks.text, owner)


SCHOOL_YEAR = regex.compile(r"năm\s+học", regex.IGNORECASE)


def programme_school_year(text: str, mention, resolved, day_years) -> bool:
    """`mention` is the school year a programme is named by (`Sáng 19/8, ... Lễ trao học bổng
    ... năm học 2023 - 2024`, `Sáng 24-5, ... lễ trao học bổng ... năm học 2024-2025`) in a
    sentence that tells a day of one of its years (`day_years`: the years of the days it tells,
    before the figure for a figure's; `resolved`: the mention's period, called for a span only):
    what the day's event gives is dated by the day."""
    return mention.kind == "span" and bool(SCHOOL_YEAR.search(text, max(0, mention.start - 12), mention.start + 8)) \
        and any(day and day in (resolved(mention) or "").split("-") for day in day_years)


SCHOOL_YEAR_SPAN = regex.compile(r"\d{4}-\d{4}")
ACHIEVED_IN = regex.compile(r"(?<![\p{L}])(?:thành tích|tiêu biểu|xuất sắc)(?:[^,;.()“”]|“[^”]{0,60}”){0,80}$")
# (`khen thưởng 45 sáng kiến tiêu biểu trong phong trào “Lao động giỏi, lao động sáng tạo” năm 2024`)
# `kiểm tra ... công tác quản lý tài chính, tài sản công đoàn năm 2023 tại 18 CĐCS`: the year of
# what an inspection checks names its object; the inspection (its days) dates what it finds
INSPECTED_YEAR = regex.compile(r"(?<![\p{L}])(?:kiểm tra|giám sát|thanh tra|kiểm toán)\s+[^.;:()]{1,100}?"
                               r"(?<![\p{L}](?:trong|vào|đến|tới|từ|cả|của|trước|sau))\s+$")


def names_the_achieved(text: str, mention) -> bool:
    """`mention` says when the people or units awarded achieved (ACHIEVED_IN)."""
    return ends_with(ACHIEVED_IN, text, mention.start)


def names_the_inspected(text: str, mention) -> bool:
    """`mention`, a year, says of which year the things an inspection checks are."""
    return mention.kind == "year" and ends_with(INSPECTED_YEAR, text, mention.start)


def _term_ended(mention, ctx: ArticleContext) -> bool:
    return bool(ctx.year) and int(mention.fields["b"]) <= ctx.year


def resolve(mention, ctx: ArticleContext) -> str | None:
    """The period of a mention; `28/12` in an article of 3 January is last year's; `từ đầu năm
    (đến nay)` in an article about the first months of the year is those months."""
    if mention.kind == "the_span":  # `trong cả giai đoạn`: the span the article is about
        return ctx.period if periods.SPAN_PERIOD.fullmatch(ctx.period or "") else None
    if mention.kind == "term_to_date":  # the term under way, from its first year to the year of writing
        year = int(ctx.published[:4]) if ctx.published else ctx.year
        running = [int(mention.fields["t1"])] if mention.fields.get("t1") else \
            [int(term[:4]) for term in ctx.terms if year and int(term[:4]) <= year <= int(term[-4:])]
        return (f"{max(running)}-{year}" if max(running) < year else str(year)) if running else None
    if mention.kind in ("past_term", "term_end", "the_term"):  # `Nhiệm kỳ qua`: the last term the
        # article names as ended (`_resolve_for` reads the others of a target)
        ended = [term for term in ctx.terms if ctx.year and int(term[-4:]) <= ctx.year]
        return max(ended, key=lambda term: term[-4:]) if ended else None
    if mention.kind == "this_year" and "nay" in mention.text.lower() and SCHOOL_YEAR_SPAN.fullmatch(ctx.period or "") \
            and int(ctx.period[5:]) == int(ctx.period[:4]) + 1 and SCHOOL_YEAR.search(ctx.body):
        return ctx.period  # `Năm nay, trường nhận được 410 hồ sơ` in a school year's article: that school year
    if mention.kind == "this_year" and "nay" not in mention.text.lower() \
            and periods.year_of(ctx.period):  # `Trong năm, ...`: the year the article is about
        return str(periods.year_of(ctx.period))  # (`năm nay` is the year it is written in)
    if mention.kind == "year_to_date" and not mention.is_explicit_year and ctx.period \
            and len(ctx.period) == 4 and ctx.published and ctx.period < ctx.published[:4]:
        return ctx.period  # `Hội nghị ... đầu năm` in January's review of the year before
    if mention.kind == "day_to_date" and ctx.now_day and "/" not in ctx.now_day:  # `Kể từ ngày 1/7
        return periods.resolve_published(mention, ctx.year, ctx.now_day)  # đến nay` at an event: to its day
    period = periods.resolve_published(mention, ctx.year, ctx.published)
    year = period[:4] if period else None  # (`2024`, or `2024-01/2024-07` up to the day of writing)
    if mention.kind == "year_to_date" and year and ctx.period and not periods.TO_NOW.search(mention.text) and (
            ctx.period in (f"{year}-H1", f"{year}-Q1") or ctx.period.startswith(f"{year}-01/")):
        return ctx.period  # (`ngay từ đầu năm, ...` in a half-year's report: since the start of the
        # year it reports; but `từ đầu năm đến nay` runs to the month of writing, as precise as the text)
    return period


def _is_figure(marks: SentenceMarks, mention) -> bool:
    """A `date` mention that the quantities component read as a ratio of counted things."""
    return any(start <= mention.start < end for start, end in marks.figures)


def term_for(period: str | None, ctx: ArticleContext) -> str | None:
    year = periods.year_of(period)
    if period is None or year is None:
        return None
    for term in ctx.terms:
        a, b = (int(x) for x in term.split("-"))
        if period == term or a < year <= b:
            return term
    return None


# ---- assembly -------------------------------------------------------------------------------

def figures_of(doc) -> list[Figure]:
    """Fact figures, with a percent stated beside a count or ratio folded into it, and the
    total of a count (`24 CĐCS trong tổng số 30 CĐCS`) made its denominator."""
    text = text_of(doc)
    figures: list[Figure] = []
    totals = set()
    for span in doc.spans["quantities"]:
        if span.start_char in totals:
            continue
        if any(name.start_char <= span.start_char and span.end_char <= name.end_char
               and (span.end_char < name.end_char or orgs.acts(text, name._.org))
               for name in doc.spans["orgs"]):
            continue  # a number of a body's name (`Công ty May 10 tặng quà`, `Công ty CP Xuất nhập
            # khẩu 2-9 Đắk Lắk`), no figure (unless it may count what follows the name)
        fig = Figure(span, span._.quantity)
        q = fig.q
        if q.kind in ("count", "ratio"):
            fig.unit, fig.unit_end = read_unit(doc, q.end)
            fig.unit = _elided_noun(doc, fig.unit, q.start)
            totals.update(_fold_total(doc, fig))
        elif q.kind == "percent":
            sign_end = q.end + (1 if text[q.end:q.end + 1] == "%" else 0)
            fig.unit, fig.unit_end = percent_base(doc, sign_end)
        else:
            fig.unit_end = q.end
        host = figures[-1] if figures else None
        if q.kind == "percent" and not fig.unit and host and host.q.kind != "percent" \
                and host.q.percent is None:
            between = text[host.unit_end:q.start]
            if ATTACH_PERCENT.match(between) and PERCENT_LINK.search(between) \
                    and not SUBSET.search(between) and not ends_with(CHANGE_BEFORE, text, q.start) \
                    and (host.q.kind == "ratio" or not ends_with(SHARE_BEFORE, text, q.start)):
                host.q.percent = q.value
                continue
        fig.counted = canonical_unit(fig.unit)
        figures.append(fig)
    return figures


def _elided_noun(doc, unit: str | None, before: int) -> str | None:
    """`500 suất quà, 100 suất do Công ty X tài trợ`, `nâng số suất học bổng lên 150 suất`: a bare
    classifier stands for the noun it classified earlier in the sentence."""
    if not unit or unit.lower() not in CLASSIFIERS or unit.lower() in PERSONAL_UNITS:
        return unit  # `con` is a whole noun too (a child)
    text = text_of(doc)
    for m in reversed(list(regex.finditer(rf"(?<![\p{{L}}]){regex.escape(unit)}(?![\p{{L}}])",
                                         text[:before], regex.IGNORECASE))):
        whole = read_unit(doc, m.start())[0]
        if whole and len(whole) > len(unit) and whole.lower().startswith(unit.lower()):
            return whole
    return unit


def _fold_total(doc, fig: Figure) -> list[int]:
    """`24 CĐCS trong tổng số 30 CĐCS`, `18 đơn vị trên 20 đơn vị`: a count of a total written
    after its unit is a ratio; returns where the total's figure starts (it is no fact alone)."""
    link = TOTAL_AFTER.match(text_of(doc), fig.unit_end) if fig.q.kind == "count" and fig.unit \
        else None
    spans = list(doc.spans["quantities"]) + list(doc.spans["non_facts"])  # `tổng số 30`: `số`
    total = next((s for s in spans if link and s.start_char == link.end()
                  and s._.quantity.kind == "count"), None)
    if total is None:
        return []
    unit, unit_end = read_unit(doc, total.end_char)
    if not (link.group(1) or link.group(2)) and (unit or "").split()[:1] != fig.unit.split()[:1]:
        return []  # `5 đơn vị trên 10 xã` counts two things
    fig.q.kind, fig.q.numerator = "ratio", fig.q.value
    fig.q.denominator = total._.quantity.value
    fig.unit_end = max(unit_end, total.end_char)
    return [total.start_char]


def consistency(q) -> str | None:
    if q.malformed:
        return "malformed"
    if q.percent is None or not q.denominator or q.kind == "percent":
        return None
    ratio = 100 * q.numerator / q.denominator
    return "consistent" if abs(ratio - q.percent) <= 1 else "inconsistent"


# `Cùng ngày, ...`, `chiều cùng ngày`, `đến 15h cùng ngày`: on the day already told (_the_same_day)
SAME_DAY = regex.compile(r"(?<![\p{L}])[Cc]ùng ngày(?![\p{L}/])")
PART_OF_THE_SAME_DAY = regex.compile(r"(?<![\p{L}])(?i:" + lexicon.alternation(lexicon.TIMES_OF_DAY) + r")\s+cùng ngày(?![\p{L}/])")
# `LĐLĐ tỉnh vừa trao 300 suất quà`: done just before the article was written, in its month (not
# `vừa qua`, which follows a period, nor `vừa làm vừa học`).
JUST_DONE = regex.compile(r"(?<![\p{L}])vừa\s+(?:mới\s+)?(?!qua|rồi|đủ|phải|là)\p{Ll}")


# A bonus paid for Tết is of that Tết, whenever it is counted (`Tính đến ngày 9-1, khảo sát ...
# cho thấy mức thưởng Tết Nguyên đán Bính Ngọ 2026 bình quân ...`): the lunar new year's year,
# or the year of Tết Dương lịch (the read golds: the year 10 times, the day 2); not `khen thưởng`
# (an award).
BONUS = regex.compile(r"(?<![\p{L}])(?<!khen\s)thưởng(?![\p{L}])", regex.IGNORECASE)
TET = regex.compile(r"(?<![\p{L}])Tết(?![\p{L}])")
# The Tết as the time of what is said (`Dịp Tết`, `trước Tết`, `từ nay đến Tết`, `kinh phí chăm lo
# Tết`), not a purpose (`về quê đón Tết`: the trip has its own days) nor inside a name (`“Chợ Tết
# công đoàn-Xuân 2026”`)
TET_SEASON = regex.compile(r"(?:^\s*|(?<![\p{L}])(?:[Dd]ịp|trước|đến|chăm lo)\s+)Tết(?![\p{L}])")  # (or opening
# the sentence as its time: `Tết Nguyên đán Ất Tỵ năm nay, các cấp Công đoàn huyện dự kiến ...`)
NEW_YEAR_TET = regex.compile(r"Tết\s+Dương\s+lịch(?:\s+(?:năm\s+)?(\d{4}))?")
TET_SEASON_FROM = 9  # from September on, the Tết talked of is next year's


def bonus_tet(marks: SentenceMarks, ctx: ArticleContext, fig: Figure) -> str | None:
    """The Tết the bonus `fig` is paid for: the sentence tells of a bonus before it and of Tết
    (or the article's title does). The Tết it names nearest, else none when it dates the bonus
    by a year of its own (`Năm ngoái, anh được thưởng ...`), else the coming or last Tết."""
    text = marks.text
    bonus = BONUS.search(text, 0, fig.q.start)
    if not bonus or not (TET.search(text) or TET.search(ctx.body[:200])):
        return None
    new_year = [(m.start(), m.group(1) or ctx.published[:4], m.end())
                for m in NEW_YEAR_TET.finditer(text) if m.group(1) or ctx.published]
    named = [(start, period) for start, period, _ in new_year] + [
        (m.start, resolve(m, ctx)) for m in marks.periods
        if (m.kind == "lunar_year" or m.kind == "occasion" and TET.search(text, max(0, m.start - 30), m.start))
        and not any(start <= m.start < end for start, _, end in new_year)]
    named = [(start, period) for start, period in named if period]
    if named:
        return min(named, key=lambda n: (n[0] > fig.q.start, abs(n[0] - fig.q.start)))[1]
    if any(m.kind in ("year", "last_year") and m.start < fig.q.start for m in marks.periods) \
            or not ctx.published or not TET.search(ctx.body[:200]):
        return None  # (in the review of a year, `đã chi thưởng Tết ... 2 tháng lương` is of it)
    return coming_tet(ctx)


def coming_tet(ctx: ArticleContext) -> str:
    """The year of the Tết an article talks of when it names none: the coming one, or the one
    just past."""
    year, month = int(ctx.published[:4]), int(ctx.published[5:7])
    return str(year + 1 if month >= TET_SEASON_FROM else year)


def _the_same_day(carry: Carry, ctx: ArticleContext, later_that_day: bool = False) -> str | None:
    """The day `cùng ngày` speaks of: the lead's event's (the article's day, to which a report
    comes back after a flashback: `Trước đó, ngày 11-9, ... Cùng ngày, ...`), else the one the
    text told last; but a later part of the day (`Đến chiều cùng ngày`, in the paragraph that told
    `sáng 10/3`) is of the day just told."""
    if later_that_day and carry.period and len(carry.period) == 10:
        return carry.period
    if ctx.event_day and len(ctx.event_day) == 10:
        return ctx.event_day
    return carry.period if carry.period and len(carry.period) == 10 else None


def _period_from_context(carry: Carry, ctx: ArticleContext, inherit: bool, undated: bool,
                         target: bool, at_event: str, now: bool = False,
                         just_done: bool = False, occasion_just_told: bool = False) -> str | None:
    """No period in the sentence: the day of the event the lead reports for a sentence that
    opens on it (`Dịp này`, `Tại Ngày hội`) or says what is now (`Toàn tỉnh hiện có`, even
    after the figures of a reviewed half-year), else the one before it (same paragraph, or an
    anaphora like `Cụ thể`), else the event's day for what is said of the event (who attends
    it) or for what is now (`Hiện nay`, `hiện có`), else the article's, else the event's day (an
    article dated by its event only).
    `hàng năm`, `nhiệm kỳ qua` leave an actual figure without a period; a yearly target keeps
    the term it is set for."""
    if undated and not target:
        return None
    if occasion_just_told and inherit and carry.period and len(carry.period) == 10 and ctx.published \
            and carry.period != ctx.event_day \
            and 0 <= (date.fromisoformat(ctx.published[:10]) - date.fromisoformat(carry.period)).days <= OCCASION_DAYS:
        return carry.period  # `Chiều 14-3, Chủ tịch LĐLĐ tỉnh ... đến thăm NLĐ của công ty. Dịp này,
        # ...`: the occasion just told, in a report whose lead told another day (`từ ngày 1-3`)
    if at_event == "opens" and ctx.event_day:
        return ctx.event_day
    if now and inherit and carry.period and len(carry.period) == 10 and ctx.now_day \
            and len(ctx.now_day) == 10 and 0 <= (date.fromisoformat(ctx.now_day) - date.fromisoformat(carry.period)).days <= NOW_DAYS:
        return carry.period  # `Ghi nhận ngày 13/10 tại Bệnh viện X, ... Bác sĩ Y cho biết bệnh viện
        # hiện điều trị khoảng 180 bệnh nhân`: now is the day the paragraph is told of, in the days
        # before writing (not a founding day months before: `được thành lập từ ngày 1-7-2025 ...
        # Hiện nay, phường có ...`)
    if now and ctx.now_day:
        return ctx.now_day
    if just_done and ctx.published:
        return ctx.published[:7]
    ahead = ctx.period if ctx.period and ctx.published and ctx.period[:7] > ctx.published[:7] else None
    if target and ahead and not (inherit and carry.period and carry.period[:7] > ctx.published[:7]):
        return ahead  # `Ngày 17/12, LĐLĐ ban hành Kế hoạch ... chăm lo Tết ... 2026. Theo đó, ...
        # dự kiến dành hơn 112 tỷ đồng`: set for the time the article looks to, not the day it was
        # set on (but a programme's own days to come, carried, are more precise)
    # (not a goal's time, a plan's or one yet to come, to what is done at the event after it)
    goal = carry.target or bool(ctx.published and carry.period and carry.period[:7] > ctx.published[:7])
    if inherit and carry.period and not (goal and not target and at_event):
        return carry.period
    if carry.report and not target and not at_event:
        return carry.report
    if at_event and ctx.event_day:
        return ctx.event_day
    return None if undated else ctx.period or ctx.event_day


OWN_DAY_AFTER = 3  # sentences: the title, the headline repeated, the lead
NOW_DAYS = 7  # days before writing a reporter's visit that `hiện` speaks of may be told
OCCASION_DAYS = 366  # days before writing an occasion `Dịp này` speaks of may be: the year before
# (a report tells events of months before: `Ngày 4/7, ... Dịp này, ...` in September; not a document's
# date the sentence before cited: `Nghị quyết số 02-NQ/TW ngày 12.6.2021 ... Dịp này, ...` in 2025)


def as_precise(period: str | None, earlier: str | None, ctx: ArticleContext) -> str | None:
    """Periods are as precise as the text (FACTS.md): a bare year written after the day of an
    event in the same paragraph (`Ngày 6/5, ... trao ... Tháng Công nhân năm 2025`, `Ngày 7-2,
    ... khai mạc. Năm nay, ...`) only says the day's year; and a day of the event the lead
    reports stands for all of its days (`hai ngày 7 và 8-2`)."""
    if period and earlier and len(period) in (4, 7) and len(earlier) > len(period) \
            and earlier.startswith(period):  # (a month too: `... trong Tháng Công nhân năm 2025`)
        period = earlier
    if period and ctx.event_day and "/" in ctx.event_day and "/" not in period:
        first, last = ctx.event_day.split("/")
        if len(period) == 10 and first <= period <= last:
            return ctx.event_day
    if period and "/" in period:
        return periods.whole_month(period) or period
    return period


def _an_end_of_the_event(period: str | None, ctx: ArticleContext) -> bool:
    """`period` is the first or the last day of the several days' event the lead reports."""
    return bool(period and ctx.event_day and "/" in ctx.event_day and period in ctx.event_day.split("/"))


def event_cue(text: str) -> str:
    """`opens`: the sentence opens on the event (`Dịp này, ...`); `said`: it says something of
    the event (who attends it, what is handed over there); else empty."""
    if OPENS_ON_EVENT.match(text) or EVENT_DOES.match(text.lstrip()):
        return "opens"
    return "said" if AT_THE_EVENT.search(text) or EVENT_DOES.search(text) \
        or handed_over_now(text) or EACH_HANDED.match(text) else ""


def handed_over_now(text: str) -> bool:
    """HANDED_OVER in the first line of the text, and no DONE_BEFORE_NOW there (its `\\s` may be
    the line's end)."""
    line_end = text.find("\n") + 1 or len(text)
    return bool(HANDED_OVER.search(text, 0, line_end)) and not DONE_BEFORE_NOW.search(text, 0, line_end)


def _congress_term(period: str | None, ctx: ArticleContext) -> str | None:
    """What is done at the congress the lead reports (`Đại hội đã bầu 7 đồng chí`) belongs to
    the term it opens."""
    return ctx.event_term if period and period == ctx.event_day else None


def _in_the_future(period: str | None, ctx: ArticleContext, doc) -> bool:
    """A figure for a year after the article was published can only be a target; not one said
    done (`đã phân bổ 15 tỉ đồng ... Tết Ất Tỵ 2025`), nor one dated by an occasion ahead (the
    Tết bonuses, gifts and markets reported before the holiday: `thưởng Tết Dương lịch 2025`)."""
    year = periods.year_of(period)
    if not (ctx.published and year and year > int(ctx.published[:4])):
        return False
    occasion = any(s._.period.kind in ("occasion", "lunar_year") for s in doc.spans["periods"])
    return not occasion and not any(s.text.lower() == "đã" for s in doc.spans["cues"])


def any_word(words) -> regex.Pattern:
    """Any of `words`, whole, in any case, in the order given (the first that matches)."""
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, words)) + r")(?![\p{L}])", regex.IGNORECASE)


# `trên địa bàn huyện ghi nhận 1 trường hợp tử vong`, `toàn TP HCM có hơn 6.800 doanh nghiệp nợ
# BHXH`: what is counted on a territory, with no organization named between, is the place's own
# figure (FACTS.md: city statistics belong to the city, not to the body that reports them).
ON_THE_TERRITORY = regex.compile(
    r"(?<![\p{L}])(?:(?:[Tt]rên|[Tt]ại|của) địa bàn|[Tt]oàn(?=\s+(?:(?i:" + LEVELS + "|" + lexicon.alternation(lexicon.WARD_LEVELS)
    + r")|TP)(?![\p{L}])))"  # (the level capitalized too: `toàn Thành phố có hơn 2.900 trường học`)
    r"(?:\s+((?i:" + LEVELS + "|" + lexicon.alternation(lexicon.WARD_LEVELS)
    + r")|TP\.?)(?:\s+((?:\p{Lu}\p{L}*)(?:\s+\p{Lu}\p{L}*){0,2}))?)?"
    r"(?!\s+(?:các|nhiều))")
# `toàn huyện đã thu kinh phí công đoàn được 8,65 tỷ đồng`: a sentence of the union's own work
# (its words) counts the union system of the territory, not the territory.
UNION_WORDS = any_word(lexicon.UNION_WORDS)
# (on a bare `trên địa bàn`, only its dues and its emulation movement: `phong trào thi đua “Lao động giỏi,
# Lao động sáng tạo” trên địa bàn phường có 312 sáng kiến`, the movement the union runs)
UNION_OWN_WORK = regex.compile(r"(?<![\p{L}])(?:KPCĐ|kinh phí công đoàn|đoàn phí|phong trào thi đua)(?![\p{L}])",
                               regex.IGNORECASE)
# `đợt mưa lũ ... đã làm 6 người chết, hơn 3.600 ngôi nhà bị ngập`: what a disaster did is
# counted on the territory it struck (realdev 207: the district's, not the union's that reports).
DISASTER_DID = regex.compile(
    r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.DISASTERS) + ")"
    r"(?:\s+số\s+\d+)?(?:[^,.;:]|(?<=\d)[.,](?=\d)){0,40}?\s(?:đã\s+)?(?:làm|khiến|gây(?:\s+ra)?)(?![\p{L}])",
    regex.IGNORECASE)


# `9 tháng đầu năm 2024, tỉnh Thái Nguyên có 9.412 người ...`, `Bắc Ninh hiện có 35 khu công
# nghiệp`: a territory, the subject of the clause, counts its own figures.
# (also capitalized, opening a quote, after `Hiện`: `“Thanh Trì hiện có 1 khu công nghiệp`,
# `Huyện Sóc Sơn hiện có`, `Hiện Long An có 38 KCN`)
SUBJECT_OPENS = r"(?:^|[,;:]\s*)[“\"]?(?:(?:[Hh]iện(?: nay)?|[Đđ]ến nay|[Rr]iêng)\s+)?"  # (`...; riêng xã Mường Xén có 31 ngôi nhà`)
AREA_DOES = (r"\s+(?:(?:(?:hiện|đã|cũng|tiếp tục)\s+)*(?:có|còn|ghi nhận|xảy ra|đặt mục tiêu|phấn đấu"
             # (`Nghệ An tiếp tục là địa phương dẫn đầu cả nước về ...`, `Nghệ An dẫn đầu cả nước
             # với 18.750 lao động`, `Thanh Hóa đứng thứ hai với ...`: the place is what is told of)
             r"|là\s+(?:một\s+trong\s+(?:những|các)\s+)?địa phương|dẫn đầu|đứng đầu|(?:đứng|xếp)\s+thứ"
             # (a unit formed, then told of: `Xã Diên Khánh được thành lập từ ngày 1/7/2025 trên cơ sở
             # sắp xếp ...; có diện tích tự nhiên hơn 4.800 ha`)
             r"|được\s+thành\s+lập)(?![\p{L}])"
             # (or any verb after an aspect word: `tỉnh đang triển khai`, `tỉnh sẽ dành 50 tỷ đồng`)
             r"|(?:(?:hiện|cũng|vẫn)\s+)*(?:" + "|".join(lexicon.ASPECT_WORDS) + r")\s+\p{Ll})")
# (a place written with its level opening the clause, and the figure after a few words of its
# predicate: `huyện Như Xuân khởi công 498/520 căn`, `huyện Mường Lát mới khởi công 214/402 căn`;
# matched with the figure's start as the end of the text searched)
# (not one receiving it: `xã Tà Cạ được phân bổ 1,35 tỷ đồng` is given by the body that allots)
PREDICATE_TO_THE_FIGURE = r"(?(1)(?!\s+(?:được|nhận|bị)(?![\p{L}]))(?:\s+\p{Ll}+){1,4}\s*$|(?!))"
AREA_SUBJECT = regex.compile(  # (`TP.HCM` too: after the dot, the name with no space)
    # (a commune or ward too, the local level since 2025: `Xã Quang Minh hiện có ... 143 doanh nghiệp`)
    SUBJECT_OPENS + r"(?:((?i:" + LEVELS + "|" + lexicon.alternation(lexicon.WARD_LEVELS) + r")|TP\.?)(?:\s+|(?<=\.)(?=\p{Lu})))?"
    r"(\p{Lu}\p{L}*(?:(?:\s+[-–])?\s+\p{Lu}\p{L}*){0,3})(?:" + AREA_DOES + "|" + PREDICATE_TO_THE_FIGURE + ")")


# `hiện tỉnh có 9 KCN`, `Năm 2025, tỉnh đặt mục tiêu giảm ...`: the article's province (district)
# named by its level alone, as its clause's subject
BARE_AREA_SUBJECT = regex.compile(
    SUBJECT_OPENS + r"("
    # (not `thành phố`: orgs reads the city as a subject itself)
    + "|".join(level for level in lexicon.DISTRICT_LEVELS if level != "thành phố") + r")" + AREA_DOES)


# `Hiện Khu công nghiệp Sài Đồng B có 17 doanh nghiệp`: one zone, named, counts its own as a
# territory does (not `các KCN`: the zones of an area)
ONE_ZONE = "|".join(regex.escape(z) for z in sorted(
    {orgs.ABBREVIATIONS[a] for a in orgs.ZONE_ABBREVIATIONS if " và " not in orgs.ABBREVIATIONS[a]}
    | {a for a in orgs.ZONE_ABBREVIATIONS if " và " not in orgs.ABBREVIATIONS[a]}, key=len, reverse=True))
ZONE_SUBJECT = regex.compile(SUBJECT_OPENS + r"(" + ONE_ZONE + r")\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}[\p{L}\d]*){0,3})" + AREA_DOES)


# `ngành Y tế Thủ đô đã khám bệnh cho hơn 13,5 triệu lượt người`, `Ngành Y tế Hà Nội: ...`, `ngành
# GD&ĐT Bắc Ninh sẽ tiếp nhận 1.200 giáo viên`: a sector of a place as its clause's subject
SECTOR_WRITTEN = {**lexicon.SECTOR_DEPARTMENTS, **{abbreviation: lexicon.SECTOR_DEPARTMENTS[full]
                                                   for abbreviation, full in orgs.ABBREVIATIONS.items()
                                                   if full in lexicon.SECTOR_DEPARTMENTS}}
SECTOR_SUBJECT = regex.compile(
    SUBJECT_OPENS + r"(?<!công đoàn\s)(?<!Công đoàn\s)(?:(?:[Tt]oàn|[Cc]ả)\s+)?[Nn]gành\s+(" + "|".join(
        map(regex.escape, sorted(SECTOR_WRITTEN, key=len, reverse=True))) + r")\s+(?:(" + LEVELS
    + r"|TP\.?)\s+)?(Thủ đô|\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})(?:\s*:|" + AREA_DOES + r")")


WHOLE_SECTOR = regex.compile(r"(?:[Tt]oàn|[Cc]ả)\s+[Nn]gành")


def _sector_subject(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """The department that runs the sector of a place its figure's clause opens on."""
    text = text_of(doc)
    subject = SECTOR_SUBJECT.search(text, 0, fig.q.start)
    union_units = (fig.counted or "").lower() in UNION_UNITS_LOWER
    if subject is None or WHOLE_SECTOR.search(subject.group()) and not union_units:
        return None  # (the whole sector's schools, pupils, staff: the golds differ, the city's or the department's)
    labelled = subject.group().rstrip().endswith(":")  # (a headline's label: what it names does
    # nothing if a doer is named: `Ngành Xây dựng Hà Nội: 400 đoàn viên nhận quà ... từ LĐLĐ`)
    if any(subject.end() <= s.start_char and (labelled or s.start_char < fig.q.start)
           and not counted(doc, s.start_char) for s in doc.spans["orgs"]):  # (not `112 CĐCS`, counted)
        return None
    department = SECTOR_WRITTEN[subject.group(1)]
    if ctx.main_org and ctx.main_org.startswith(f"Công đoàn ngành {subject.group(1)}") \
            and not any(f"Sở {written}" in ctx.body for written, named in SECTOR_WRITTEN.items() if named == department):
        return ctx.main_org  # (the sector's union's article, naming no department: its own sector)
    place = "Hà Nội" if subject.group(3) == "Thủ đô" else subject.group(3)
    if union_units:  # (`toàn ngành Y tế Hà Nội hiện có 112 CĐCS
        # với hơn 28.300 đoàn viên`: the sector's unions and members are its union's)
        department = f"Công đoàn ngành {orgs.ABBREVIATIONS.get(subject.group(1), subject.group(1))}"
    name = " ".join(w for w in (department, subject.group(2), place) if w)
    return orgs.canonical_org(name, org_context(ctx, offset + subject.start()))


GIVEN_THERE = regex.compile(r"(?<![\p{L}])được\s+(?:" + lexicon.alternation(lexicon.GIVING_VERBS) + r")(?![\p{L}])")


def _area_subject(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    if (fig.counted or "").lower() in UNION_UNITS_LOWER:
        return None  # (`tỉnh X có 2.890 CĐCS`: its union's units)
    text = text_of(doc)
    subjects = sorted(list(AREA_SUBJECT.finditer(text, 0, fig.q.start))
                      + list(BARE_AREA_SUBJECT.finditer(text, 0, fig.q.start))
                      + list(ZONE_SUBJECT.finditer(text, 0, fig.q.start)), key=lambda m: m.start())
    if not subjects:
        return None
    subject = subjects[-1]
    if subject.re is ZONE_SUBJECT:
        return f"{orgs.ABBREVIATIONS.get(subject.group(1), subject.group(1))} {subject.group(2)}"
    if any(subject.start() <= s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return None
    if GIVEN_THERE.search(text, subject.end(), fig.q.start):
        return None  # `huyện Lệ Thủy có số hộ được hỗ trợ nhiều nhất với 214 hộ`: the place's people
        # receive; the figures are the giver's
    if subject.re is BARE_AREA_SUBJECT:
        admin = subject.group(1)
        place = org_context(ctx, offset + subject.start()).place_for(admin)
        return orgs.area_name(admin, place) if place else None
    written, place = subject.group(1), orgs.place_at(text, subject.start(2))
    if written:
        return orgs.area_name(orgs.ADMIN[written.lower().rstrip(".")], place)
    if place in lexicon.PROVINCES:  # a province or city named alone
        return orgs.province_area(place)
    # a district named alone: what the article calls it elsewhere (`huyện Phúc Thọ`)
    admin = next((admin for _, admin, named in ctx.places if named == place), None)
    return orgs.area_name(admin, place) if admin else None


# `gần 200.000 CNLĐ đang làm việc tại các KCN, doanh nghiệp trên địa bàn tỉnh`, `hơn 145.000
# đoàn viên công đoàn trong tỉnh`: people counted, then where they are (in their clause, before
# any other figure or body).
PEOPLE_ON_THE_TERRITORY = regex.compile(
    r"[^,;.:()“”\d]{0,60}?(?:,\s+[^,;.:()“”\d]{0,30}?)?(?<![\p{L}])(?:trên địa bàn|trong|toàn)\s+("
    + LEVELS + r")(?![\p{L}])(?:\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}))?")


def _people_on_the_territory(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """The territory people counted are said to be on after the count: the territory's (its
    workforce, FACTS.md: a territory's statistics are its own), its federation's (members)."""
    noun = (fig.counted or "").lower()
    members = noun in UNION_UNITS_LOWER
    if not (members or noun in WORKFORCE_UNITS_LOWER):
        return None
    text = text_of(doc)
    start = fig.unit_end or fig.q.end
    m = PEOPLE_ON_THE_TERRITORY.match(text, start)
    if not m or any(start <= s.start_char < m.end() for s in doc.spans["orgs"]) \
            or any(start <= q.start_char < m.end() for q in doc.spans["quantities"]):
        return None
    admin = orgs.ADMIN[m.group(1).lower().rstrip(".")]
    place = orgs.place_at(text, m.start(2)) if m.group(2) else \
        org_context(ctx, offset + m.start(1)).place_for(admin)
    if not place:
        return None
    if members:
        return orgs.canonical(orgs.Mention(0, 0, "Công đoàn", "", admin, place))  # (its LĐLĐ; a
        # commune's or ward's `Công đoàn xã`, `Công đoàn phường`)
    return orgs.area_name(admin, place)


TERRITORY_WRITTEN = regex.compile(r"(?<![\p{L}])(" + LEVELS + r")\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})")


UNIONS_BEFORE = regex.compile(r"(?<![\p{L}])(?:các\s+)?(?:CĐCS|[Cc]ông đoàn cơ sở|cấp công đoàn|[Cc]ông đoàn các cấp)\s+(?:trong\s+)?$")


def area_of(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """The place whose territory the figure is counted on, if the sentence says so before it (or
    after people counted)."""
    text = text_of(doc)
    areas = list(ON_THE_TERRITORY.finditer(text, 0, fig.q.start))
    if not areas:
        return _area_subject(doc, fig, ctx, offset) or _place_set_apart(doc, fig) \
            or _struck_area(doc, fig, ctx, offset) or _occurred_in(doc, fig, ctx, offset) \
            or _people_on_the_territory(doc, fig, ctx, offset)
    area = areas[-1]
    doer = next((s for s in reversed(doc.spans["orgs"]) if s.end_char <= area.start()), None)
    if doer is not None and orgs.acts(text, doer._.org) \
            and GIVEN_TO.search(text, doer.end_char, area.start()):
        return None  # `Công đoàn phường X tổ chức trao hỗ trợ ... cho 320 đoàn viên ... đang thuê trọ trên
        # địa bàn, với tổng kinh phí 480 triệu đồng`: the territory says where the receivers live,
        # the body acting gives the figure
    if any(area.end() <= s.start_char < fig.q.start and not counted(doc, s.start_char)
           and not ends_with(SOURCE_NAMED, text, s.start_char) for s in doc.spans["orgs"]):
        return None  # `Trên địa bàn quận, tổ chức CĐ các cấp đã giới thiệu 130 đoàn viên`
        # (but `toàn tỉnh có 1.953 CĐCS với 346.518 đoàn viên`: a body counted is none acting;
        # nor is the source of the data, `Trên phạm vi toàn thành phố, số liệu của Sở ... cho thấy`)
    context = org_context(ctx, offset + area.start())
    written = area.group(1)
    # `theo thống kê của LĐLĐ huyện, ... trên địa bàn là 5,8 triệu đồng/người`: a bare `trên địa
    # bàn` is the territory of the body the sentence named before it, else the last place named
    teller = next((s._.org for s in reversed(doc.spans["orgs"]) if s.end_char <= area.start()
                   and s._.org.admin), None)
    if not written and not teller:
        # `Tổng sản phẩm trên địa bàn (GRDP) ... của tỉnh Bắc Giang ước tăng 13,45%`: the territory
        # the clause names; else the article's province (`Thu ngân sách nhà nước trên địa bàn`)
        named = TERRITORY_WRITTEN.search(text, area.end(), fig.q.start)
        if named:
            return orgs.area_name(orgs.ADMIN[named.group(1).lower().rstrip(".")], orgs.place_at(text, named.start(2)))
        if ctx.province:
            return orgs.area_name("tỉnh", ctx.province)
    admin = orgs.ADMIN[written.lower().rstrip(".")] if written else teller.admin if teller else (
        list(context.places)[-1] if context.places else "thành phố")
    # `trên địa bàn`: the article's place; a known place read whole (`tỉnh Bà Rịa - Vũng Tàu`)
    place = area.group(2) and orgs.place_at(text, area.start(2)) \
        or (teller.place if teller and not written else None) or context.place_for(admin)
    if place and ends_with(UNIONS_BEFORE, text, area.start()):
        # `các CĐCS trên địa bàn đã tổ chức 1.356 lượt thăm hỏi`: the unions of the territory act,
        # its union's work (a ward's union since 2025: `Công đoàn phường Bồ Đề`)
        return orgs.canonical(orgs.Mention(0, 0, "Công đoàn", "", admin, place), context)
    if area.group().lower().startswith("toàn") and (fig.counted or "").lower() in UNION_UNITS_LOWER:
        # `hiện toàn huyện Mê Linh có 215 CĐCS`: the area's union federation counts its units (a
        # commune's union since 2025: `toàn xã hiện có 68 CĐCS`)
        return orgs.canonical(orgs.Mention(0, 0, "Công đoàn", "", admin, place), context) \
            if written and place else None  # (`toàn quận`, the article's district: its federation)
    union_work = UNION_WORDS if area.group().lower().startswith("toàn") else UNION_OWN_WORK
    start, end = clause_bounds(text, fig.q.start, ";")
    among = AMONG_THEM.search(text, fig.q.end, end)  # (of a part of what is counted, not of the work:
    # `toàn tỉnh hiện có khoảng 18.600 hộ dân thiếu nước, trong đó có hơn 2.300 hộ là gia đình đoàn viên`)
    names = [(s.start_char, s.end_char) for s in doc.spans["orgs"]]
    if not area.group(2) and any(not any(a <= w.start() < b for a, b in names)  # (not a word of a
                                 # name: `Theo Chủ tịch Công đoàn ngành ..., toàn Thành phố có`)
                                 for w in union_work.finditer(text, start, among.start() if among else end)):
        return None  # `toàn huyện đã thu kinh phí công đoàn`, `trên địa bàn vẫn còn 143 doanh nghiệp chậm
        # đóng, nợ KPCĐ`: the article's own union (its dues; not `trên địa bàn có 1.300 doanh nghiệp với
        # 42.000 lao động, ... đoàn viên`)
    if not place:
        return None
    return orgs.area_name(admin, place)


# `tại các KCN&CX Hà Nội xảy ra 5 vụ tai nạn lao động`, `Năm 2023 xảy ra 34 vụ`: what occurs,
# with no body named to own it, is counted on the territory it occurs in (FACTS.md: a territory's
# statistics are its own).
OCCURRING = r"(?:" + "|".join(map(regex.escape, lexicon.OCCURRING_VERBS)) + r")"
OCCURS = regex.compile(r"(?<![\p{L}])" + OCCURRING + r"\s+(?:\p{Ll}+\s+)?$")
# `trong đó, 17 cuộc xảy ra tại doanh nghiệp FDI`, `Có 4 cuộc phát sinh do ...`: the same, told after
OCCURS_AFTER = regex.compile(r"\s+" + OCCURRING + r"(?![\p{L}])")
NATION = regex.compile(r"(?<![\p{L}])" + lexicon.alternation(lexicon.WHOLE_COUNTRY) + r"(?![\p{L}])", regex.IGNORECASE)
SECTOR = regex.compile(r"(?<![\p{L}])ngành(?![\p{L}])")
PROVINCE_NAMED = regex.compile(r"(?<![\p{L}])(" + lexicon.alternation(lexicon.PROVINCES) + r")(?![\p{L}])")


def _occurred_in(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    text = text_of(doc)
    if not (ends_with(OCCURS, text, fig.q.start) or OCCURS_AFTER.match(text, max(fig.unit_end or 0, fig.q.end))):
        return None
    start = clause_bounds(text, fig.q.start, ";")[0]
    near = clause_bounds(text, fig.q.start, ",;")[0]
    if NATION.search(text, near, fig.q.start) and not any(
            near <= s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return "Việt Nam"  # (whoever's report it is: `Theo thông báo ... của Bộ LĐTBXH, trên
        # toàn quốc đã xảy ra 7.402 vụ`)
    if any(start <= s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return None
    if NATION.search(text, 0, fig.q.start):
        return "Việt Nam"
    if SECTOR.search(text, start, fig.q.start):
        return None  # (`ngành Xây dựng Thủ đô xảy ra 3 vụ`: a sector's, not the city's)
    named = list(PROVINCE_NAMED.finditer(text, start, fig.q.start))
    if named:
        return orgs.province_area(named[-1].group(1))
    # (none named in the clause: the province the article is in by then, `Tình hình quan hệ lao
    # động trên địa bàn cơ bản ổn định. Trong 6 tháng, xảy ra 1 vụ ngừng việc tập thể`)
    province = _province_by(ctx, offset + fig.q.start)
    return orgs.area_name("tỉnh", province) if province else None


# The provinces and centrally-run cities as written (the cities' abbreviations too), and the
# level written before such a name (`TP` too).
PROVINCE_WORDS = lexicon.alternation(list(lexicon.PROVINCES) + lexicon.CITY_ABBREVIATIONS)
PROVINCE_LEVEL = r"(?:tỉnh|thành phố|Thành phố|TP\.?)"
# `Toàn bộ 18 KCX-KCN đang hoạt động của TP HCM`, `35 khu công nghiệp của tỉnh Bắc Ninh`: what a
# province or city owns, said with `của` right after what is counted, is its own
OF_A_PROVINCE = regex.compile(r"(?:\s+\p{Ll}+){0,3}\s+của\s+(?:" + PROVINCE_LEVEL + r"\s*)?("
                              + PROVINCE_WORDS + r")(?![\p{L}])")


def _province_owns(doc, fig: Figure) -> str | None:
    if fig.q.kind != "count" or not fig.unit_end:
        return None
    owner = OF_A_PROVINCE.match(text_of(doc), fig.unit_end)
    return orgs.province_area_written(owner.group(1)) if owner else None


# `số doanh nghiệp thành lập mới của Hà Nội chiếm khoảng 13,4%`: what is measured, said to be a
# province's or city's with `của` before the figure in a clause that names no body, is that
# place's (whoever tells it: `Theo số liệu của Tổng cục Thống kê, ...`), the span it is measured
# over between (`tỷ lệ hộ nghèo ... giai đoạn 2022 - 2025 của tỉnh Nghệ An giảm còn 2,85%`)
MEASURE_OF_A_PROVINCE = regex.compile(r"(?<![\p{L}\d])[\p{L}\d]+\s+của\s+(?:" + PROVINCE_LEVEL + r"\s*)?("
                                      + PROVINCE_WORDS + r")(?![\p{L}])")


def _measure_of_a_province(doc, fig: Figure) -> str | None:
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ",;")[0]
    found = [m for m in MEASURE_OF_A_PROVINCE.finditer(text, start, fig.q.start)
             if text.rfind("(", start, m.start()) <= text.rfind(")", start, m.start())]  # (not in an
    # aside: `kim ngạch ... của thành phố (bao gồm số liệu của tỉnh Quảng Nam cũ) đạt 3,16 tỷ USD`)
    if not found or any(start <= s.end_char and s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return None
    return orgs.province_area_written(found[-1].group(1))


# `... là Bắc Ninh (75,2%), Bình Dương (72,8%), Hà Nội (49,5%)`: a figure in brackets after a
# province's name is the province's.
# (`TPHCM (hơn 41.500 người)`: the city's abbreviation, its `TP` written against it)
PROVINCE_BEFORE_BRACKET = regex.compile(
    r"(?:(?<![\p{L}])" + PROVINCE_LEVEL + r"\s*|(?<![\p{L}]))(" + PROVINCE_WORDS + r")\s*\(\s*$")


# `Ở Bắc Ninh, địa phương có hơn 500.000 công nhân ...`, `Ở Bình Dương, nơi có hơn 1,2 triệu lao động
# ...`: a province described in apposition, by what it has
PROVINCE_DESCRIBED = regex.compile(r"(?<![\p{L}])(" + PROVINCE_WORDS + r")\s*,\s*(?:nơi|địa phương)\s+(?:hiện\s+)?có"
                                   r"(?:\s+(?:" + lexicon.alternation([w for w, _ in lexicon.COMPARATOR_BEFORE]) + r"))?\s+$")
# `trong khi mức cao nhất tại Hà Nội là 650 triệu đồng, Đà Nẵng 400 triệu đồng`: a province or city
# named alone right before its figure, as an item of a list (or of a ranking: `TP Hồ Chí Minh có số
# chậm đóng cao nhất với 3.120 tỷ đồng, tiếp đến là Hà Nội với 2.480 tỷ đồng`, `Các địa phương có số
# người chết ... nhiều nhất là TP Hồ Chí Minh 58 người, Bình Dương 47 người`)
PROVINCE_LISTED = regex.compile(r"(?:(?<![\p{L}])(?:tại|ở|và|còn|là)\s+|[,;:]\s*)(?:" + PROVINCE_LEVEL + r"\s*)?(" + PROVINCE_WORDS
                                + r")\s+(?:là\s+|với\s+)?$")


# `Tỷ lệ thất nghiệp ở Hà Nội và TP. Hồ Chí Minh lần lượt là 1,92% và 3,46%`: places named
# together, then their figures in the same order
RESPECTIVELY = regex.compile(r"(?<![\p{L}])lần lượt(?![\p{L}])")
PLACE_NAMED = regex.compile(r"(?<![\p{L}])(" + PROVINCE_WORDS + r")(?![\p{L}])")
PLACES_JOINED = regex.compile(r"\s*(?:,|và)\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?")
BODIES_OF_PLACES = regex.compile(r"(?<![\p{L}])(" + lexicon.alternation(orgs.HEADS)
                                 + r")\s+các\s+" + PROVINCE_LEVEL + r"(?:,\s*" + PROVINCE_LEVEL + r")?\s*$",
                                 regex.IGNORECASE)


def _first_item_receives(text: str, pos: int) -> bool:
    """`pos` is in an item after the first of a `;` list whose first item tells what its figure
    receives (`huyện Lệ Thủy có 126 đoàn viên được hỗ trợ; huyện Quảng Ninh 98 đoàn viên; ...`):
    the items leave out the verb and share it, and their places are where the receivers are,
    not who gives."""
    first_end = text.find(";")
    return 0 <= first_end < pos and bool(RECEIVES.search(text, 0, first_end))


def _in_turn(doc, fig: Figure, items, joined_by: regex.Pattern, before_turn: regex.Pattern):
    """(the item whose turn the figure is, the items joined) in a `lần lượt` list: the items
    written together (`joined_by` between them, `before_turn` between the last and `lần lượt`),
    then their figures in the same order; else None. `items(start, end)`: the (start, end, item)
    of the candidates between those offsets of the figure's clause."""
    text = text_of(doc)
    start, end = clause_bounds(text, fig.q.start, ";")
    turn = RESPECTIVELY.search(text, start, fig.q.start)
    if not turn:
        return None
    found = items(start, turn.start())
    if not found or not before_turn.fullmatch(text, found[-1][1], turn.start()):
        return None  # (the items are not the list `lần lượt` follows)
    joined = found[-1:]
    for item in reversed(found[:-1]):
        if not joined_by.fullmatch(text, item[1], joined[0][0]):
            break
        joined.insert(0, item)
    figures = [q.start_char for q in doc.spans["quantities"] if turn.end() <= q.start_char < end]
    # (each list of figures in the same order: `lần lượt có 11.508 người và 8.740 người, tương ứng
    # 10,6% và 8,1%`)
    if len(joined) < 2 or not figures or len(figures) % len(joined) or fig.q.start not in figures:
        return None
    return joined[figures.index(fig.q.start) % len(joined)][2], joined


NOTHING_BETWEEN = regex.compile(r"\s*")


def _place_in_turn(doc, fig: Figure) -> str | None:
    """The place whose turn the figure is in a `lần lượt` list of places and their figures."""
    text = text_of(doc)
    if _first_item_receives(text, fig.q.start):
        return None
    turn = _in_turn(doc, fig, lambda a, b: [(m.start(), m.end(), m) for m in PLACE_NAMED.finditer(text, a, b)],
                    PLACES_JOINED, NOTHING_BETWEEN)
    if turn is None:
        return None
    place, joined = turn
    area = orgs.province_area_written(place.group(1))
    bodies = BODIES_OF_PLACES.search(text, max(0, joined[0][0] - 40), joined[0][0])
    # (`LĐLĐ các tỉnh Đồng Nai, Long An, Tây Ninh lần lượt dành 52 tỉ đồng, ...`: each one's body)
    return orgs.canonical_org(f"{bodies.group(1)} {area}") if bodies else area


# `số còn lại do Quỹ Bảo trợ trẻ em thành phố, VietinBank Chi nhánh Đà Nẵng và Công ty CP Cảng Đà
# Nẵng tài trợ, lần lượt là 200 triệu đồng, 150 triệu đồng và 100 triệu đồng`: bodies named
# together, what they do (a few words), then their figures in the same order
BODIES_JOINED = regex.compile(r"\s*(?:,|và|,\s*và)\s*")
DONE_BEFORE_TURN = regex.compile(r"\s*(?:\p{Ll}+\s+){0,2}\p{Ll}*\s*,?\s*")


def _body_in_turn(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """The body whose turn the figure is in a `lần lượt` list of bodies and their figures."""
    turn = _in_turn(doc, fig, lambda a, b: [(s.start_char, s.end_char, s._.org) for s in doc.spans["orgs"]
                                            if a <= s.start_char and s.end_char <= b],
                    BODIES_JOINED, DONE_BEFORE_TURN)
    if turn is None:
        return None
    mention, joined = turn
    text = text_of(doc)
    verb = text[joined[-1][1]:RESPECTIVELY.search(text, joined[-1][1], fig.q.start).start()]
    if RECEIVED_IN_TURN.search(verb):
        return None  # `LĐLĐ tỉnh Đắk Lắk và LĐLĐ tỉnh Khánh Hòa đã nhận lần lượt 5 tỉ đồng và 3,5 tỉ
        # đồng do Công đoàn TP HCM chuyển đến`: the bodies receive; the giver is told after
    return orgs.canonical(mention, org_context(ctx, offset + mention.start)) or None


RECEIVED_IN_TURN = regex.compile(r"(?<![\p{L}])(?:nhận|được)(?![\p{L}])")


# `Một số địa phương có số lao động xuất cảnh cao như huyện Yên Lạc 158 người, huyện Vĩnh Tường
# 131 người`: a list of places, each with its figure right after it
# (or in brackets after it, the level in the plural: `Dẫn đầu ... là các quận Cầu Giấy (68,3%), ...`)
PLACE_LISTED_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:như|là|gồm|và)|[,:;])\s+(?:các\s+)?(" + LEVELS + r")\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})"
    r"(?:\s+|\s*\(\s*)$")
# ...and the places after the first, of the level it named (`..., Nam Từ Liêm (64,7%) và Ba Đình
# (61,2%)`, `một số huyện ngoại thành có tỷ lệ thấp như Ba Vì 14,8%, Mỹ Đức 15,6%`): a place the
# country has, by its name alone
NAME_LISTED_BEFORE = regex.compile(r"(?:(?<![\p{L}])(?:như|là|gồm|và)|[,:;])\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2})"
                                   r"(?:\s+|\s*\(\s*)$")
LEVEL_WORD = regex.compile(r"(?<![\p{L}])(" + LEVELS + r")(?![\p{L}])")


def _province_described(doc, fig: Figure) -> str | None:
    """The province an apposition describes by what it has, the figure (PROVINCE_DESCRIBED)."""
    text = text_of(doc)
    described = PROVINCE_DESCRIBED.search(text, max(0, fig.q.start - 60), fig.q.start)
    return orgs.province_area_written(described.group(1)) if described else None


def _place_glossed(doc, fig: Figure) -> str | None:
    text = text_of(doc)
    start = comparator_of(text, fig)[1]  # (`Bình Dương (hơn 30.800 người)`)
    listed = PLACE_LISTED_BEFORE.search(text, max(0, start - 60), start)
    if listed and not _first_item_receives(text, start):
        return orgs.area_name(orgs.ADMIN[listed.group(1).lower()], listed.group(2))
    named = NAME_LISTED_BEFORE.search(text, max(0, start - 40), start)
    if named and named.group(1) in orgs.PLACES_SET and not _first_item_receives(text, start):
        level = list(LEVEL_WORD.finditer(text, max(0, named.start() - 120), named.start()))
        # (where no body named before acts: not `LĐLĐ ... phân bổ về LĐLĐ các tỉnh: Hà Tĩnh 100 trường
        # hợp`, the places given to)
        if level and not any(s.start_char < start and orgs.acts(text, s._.org) for s in doc.spans["orgs"]):
            return orgs.area_name(orgs.ADMIN[level[-1].group(1).lower()], named.group(1))
    if "(" not in text[max(0, start - 4):start]:
        # (where no body does anything: not `LĐLĐ thành phố phân bổ ...: Hà Tĩnh 100 trường hợp`)
        listed = PROVINCE_LISTED.search(text, max(0, start - 40), start)
        if listed and not any(s.start_char < start for s in doc.spans["orgs"]) \
                and not _first_item_receives(text, start):  # (the places given to: `hai tỉnh ... mỗi
            # tỉnh được hỗ trợ 250 tỷ đồng; tỉnh Cao Bằng 200 tỷ đồng`)
            return orgs.province_area_written(listed.group(1))
        return None
    found = PROVINCE_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if not found or any(s.start_char < found.start(1) < s.end_char for s in doc.spans["orgs"]):
        return None  # (the place ends a body's name: `tiếp đến là LĐLĐ TP Hồ Chí Minh (71.530 đoàn
        # viên)` is the body's figure)
    return orgs.province_area_written(found.group(1))


def _goes_on_listing(doc, fig: Figure) -> bool:
    """`cả nước có 79 dự án ...; 128 dự án đã khởi công`: a clause that names no body and does
    nothing before its figure goes on with the subject of the one before it (not `...; đồng thời
    đề nghị các địa phương dành 20%`: the teller's request)."""
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ";")[0]
    return not any(start <= s.start_char < fig.q.start for s in doc.spans["orgs"]) \
        and not orgs.VERB_AFTER_NAME.search(text, start, fig.q.start)


TERRITORY_NAME = regex.compile(r"(?:Việt Nam$|(?i:" + LEVELS + r") \p{Lu})")  # (as `orgs.area_name` writes one)

# `Lãnh đạo Bộ Xây dựng cho biết, năm 2024, cả nước phấn đấu hoàn thành khoảng 130.000 căn hộ`:
# the whole country as the subject of the figure's clause (a verb follows it), whoever tells it;
# not the people of the whole country (`phát động đoàn viên, người lao động cả nước ủng hộ 1 ngày
# lương, tiếp nhận được 215,4 tỉ đồng`: who called on them does it).
NATION_DOES = regex.compile(r"(?<![\p{L}])(?<!(?:" + "|".join(map(regex.escape, lexicon.PEOPLE)) + r")\s)"
                            r"(?i:" + lexicon.alternation(lexicon.WHOLE_COUNTRY) + r")\s+(?:(?:đã|hiện|cũng|vẫn|mới)\s+)*"
                            r"(?!(?:và|với|là|của|trong|nhưng|về)(?![\p{L}]))\p{Ll}")


def _nation_does(doc, fig: Figure) -> str | None:
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ";")[0]
    found = list(NATION_DOES.finditer(text, start, fig.q.start))
    if not found or (fig.counted or "").lower() in UNION_UNITS_LOWER or any(
            found[-1].end() <= s.start_char < fig.q.start or s.start_char <= found[-1].start() < s.end_char
            for s in doc.spans["orgs"]):
        return None  # (`cả nước kết nạp 1,3 triệu đoàn viên`: the union's; a body named after
        # the country does it: `cả nước có 11 triệu đoàn viên, trong đó LĐLĐ ...`; the country is
        # of a body's name: `các cấp công đoàn trong cả nước đã thăm hỏi`)
    return "Việt Nam"


# `Riêng huyện Thạch Thất, năm 2023 đã giải quyết việc làm cho 4.580 lao động`: a place set apart
# opening the sentence is what it counts on, where no body is named before the figure
SET_APART = regex.compile(r"^\s*(?:Riêng|Còn|Đối với)\s+(" + LEVELS + r")\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})\s*,")


def _place_set_apart(doc, fig: Figure) -> str | None:
    text = text_of(doc)
    apart = SET_APART.match(text)
    if not apart or any(s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return None
    return orgs.area_name(orgs.ADMIN[apart.group(1).lower()], orgs.place_at(text, apart.start(2)))


def _struck_area(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """The place a disaster struck, for what it did: the last place the article named (not what
    a body named after it does: `Sau bão số 3 ... gây mưa lũ, LĐLĐ tỉnh Yên Bái đã hỗ trợ 1.214
    đoàn viên`)."""
    text = text_of(doc)
    struck = [m for m in DISASTER_DID.finditer(text) if m.end() <= fig.q.start]
    if not struck or any(struck[-1].end() <= s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return None
    named = [(admin, place) for pos, admin, place in ctx.places if pos <= offset + fig.q.start]
    if named:
        return orgs.area_name(*named[-1])
    # (none named with its level: the province the article is about, `bão số 10 đổ bộ vào Hà Tĩnh`)
    home = ctx.province or ctx.paper
    return orgs.province_area(home) if home else None


# A working person telling of their own life (`Chị Mai, công nhân Công ty X, cho biết chị đang
# thuê phòng trọ 12m2 với giá 1,5 triệu đồng/tháng`, `"Vợ chồng tôi thuê phòng 18 m2 ..."`).
# (not `chúng tôi`: a body's people speaking for it, `“Năm nay, chúng tôi dành khoảng 250 triệu đồng`)
SELF = "(?<![Cc]húng\\s)(?:" + "|".join(map(regex.escape, lexicon.SELF_WORDS)) + ")"
BARE_ADDRESSES = [a.lower() for a in lexicon.PERSON_ADDRESSES if " " not in a]
ADDRESS_WORDS = "|".join(map(regex.escape, sorted(set(BARE_ADDRESSES))))  # (as a regex alternation)
PERSON_TELLS = regex.compile(
    # (after a short opening: `Đặc biệt, anh Nguyễn Đức Thắng ... đã 42 lần hiến máu`)
    r"^(?:(?:(?:Đặc biệt|Trong đó|Trong số này(?: có)?|Điển hình(?: như)?|Cụ thể)[,:]?\s+)?(?i:"
    + "|".join(map(regex.escape, lexicon.PERSON_ADDRESSES))
    + r")\s+\p{Lu}"
    rf"|[“\"][^”\"]*(?<![\p{{L}}]){SELF}(?![\p{{L}}])"
    # the rest of a quote opened in a sentence before (`Lương tăng thì mỗi tháng tôi có thêm ...”.`)
    rf"|[^“\"”]*(?<![\p{{L}}]){SELF}(?![\p{{L}}])[^“\"”]*”"
    r"|[“\"]?(?:" + "|".join(map(regex.escape, lexicon.FIRST_PERSON)) + r")(?![\p{L}])"
    # a quote the person is said to tell after it (`“Tiền xe cả nhà hết gần 3 triệu đồng ...”, chị Hồng nói`)
    r"|[“\"][^”\"]*[”\"]\s*,?\s*(?i:" + "|".join(map(regex.escape, lexicon.PERSON_ADDRESSES))
    + r")\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}\s+(?:" + "|".join(map(regex.escape, lexicon.SAYING_VERBS)) + r")(?![\p{L}]))"
    # the person told of before, by the bare address (`Chị đóng bảo hiểm thất nghiệp liên tục 108
    # tháng nên được hưởng ..., mỗi tháng hơn 4,2 triệu đồng`, `Mỗi tháng anh gửi về cho gia đình
    # 25-30 triệu đồng`), not while telling what a body did (`Anh cho biết, ...`)
    r"|(?:(?:Mỗi|Hằng|Hàng)\s+\p{Ll}+,?\s+)?(?i:" + "|".join(map(regex.escape, BARE_ADDRESSES))
    + r")\s+(?!(?:" + "|".join(map(regex.escape, BARE_ADDRESSES + lexicon.SAYING_VERBS)) + r")(?![\p{L}]))\p{Ll}"
    # `Ngôi nhà mới của gia đình chị Lụa rộng 64m2`: a named person's family's own
    r"|.*?(?<![\p{L}])(?:gia đình|nhà)\s+(?:" + ADDRESS_WORDS
    + r")(?:\s+\p{Lu}|(?![\p{L}]))"  # (or the one told of: `căn nhà mới rộng 45m2 của gia đình chị`)
    # (the one told of, by the bare address: `Thu nhập khoảng 8 triệu đồng/tháng của chị không đủ ...`;
    # a couple's, a family's own: `Hai vợ chồng tích góp được khoảng 250 triệu đồng`)
    r"|.*?(?<![\p{L}])(?:của\s+(?:" + ADDRESS_WORDS
    + r")(?!\s+\p{Lu})|(?:[Hh]ai|[Cc]ả)\s+(?:vợ chồng|gia đình))(?![\p{L}])")
# In a reader's question and its answer, the asker by a bare word, not a named person (`của anh`,
# `bạn làm việc`, not `anh Lâm`): what the sentence says is the asker's own case.
ASKERS_CASE = regex.compile(r"(?<![\p{L}])(?i:"
                            + "|".join(map(regex.escape, sorted(set(BARE_ADDRESSES + lexicon.ASKER_WORDS))))
                            + r")(?![\p{L}])(?!\s+(?:\p{Lu}|đọc(?![\p{L}])))")
# ...but what the asker's workplace pays or does for them is its own (`bạn được công ty bồi thường ít
# nhất 11,5 tháng tiền lương`, `Công ty sẽ phải điều chỉnh mức lương ... lên ít nhất 5.310.000 đồng`)
EMPLOYER_ACTS = regex.compile(r"(?<![\p{L}])(?<!(?:tại|ở|nơi|của)\s)(?i:"
                              + "|".join(map(regex.escape, lexicon.BARE_WORKPLACES)) + r")(?![\p{L}])")
# `Nhờ sự hỗ trợ của ..., anh Tuấn đã xây dựng ngôi nhà mới rộng 65m2`: a named person opens the
# figure's clause as the one who does (not one who says: `..., bà Hương nói`)
PERSON_OPENS_CLAUSE = regex.compile(
    r"\s*(?i:" + "|".join(map(regex.escape, lexicon.PERSON_ADDRESSES)) + r")\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}"
    r"\s+(?!(?:" + "|".join(map(regex.escape, lexicon.SAYING_VERBS)) + r")(?![\p{L}]))\p{Ll}"
    # (or the one told of, by the bare address, after a clause's time: `...; mỗi tháng anh gửi về 1,5
    # triệu đồng tiền sữa`)
    r"|\s*(?i:mỗi|hằng|hàng)\s+\p{Ll}+,?\s+(?:" + ADDRESS_WORDS + r")\s+(?!(?:"
    + "|".join(map(regex.escape, BARE_ADDRESSES + lexicon.SAYING_VERBS)) + r")(?![\p{L}]))\p{Ll}")
# (what the person tells of themselves: `Anh X chia sẻ, anh vừa nghỉ việc ...`)
SELF_TOLD = regex.compile(r"\s*[,:]?\s*[“\"]?(?i:" + ADDRESS_WORDS + "|" + SELF + r")\s")
ONE_OF = regex.compile(r"(?<![\p{L}])(?:một\s+)?trong\s+(?:số\s+)?$")  # (`là một trong 300 người được nhận vé`: the group's)
SAYING = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.SAYING_VERBS) + r")(?![\p{L}])")
NAMED_PERSON_OPENS = regex.compile(
    r"^(?:(?:Đặc biệt|Điển hình(?: như)?)[,:]?\s+)?(?i:" + "|".join(map(regex.escape, lexicon.PERSON_ADDRESSES
                                                                          + lexicon.PEOPLE))
    + r")\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}(?![\p{L}])")
# `một đoàn viên được vay vốn đợt này`: what the person got in the round the article reports
THIS_ROUND = regex.compile(r"(?<![\p{L}])(?:đợt|dịp|lần) này(?![\p{L}])", regex.IGNORECASE)


OF_PEOPLE = regex.compile(r"\s+(?:" + "|".join(map(regex.escape, sorted(lexicon.PEOPLE, key=len, reverse=True)))
                         + r")(?![\p{L}])", regex.IGNORECASE)


# `cả gia đình 5 người sống trong căn nhà ...`, `cho cả nhà 4 người`: a family's size
FAMILY_BEFORE = regex.compile(r"(?<![\p{L}])(?:gia đình|cả nhà)(?:\s+\S+){0,2}?(?:\s+có)?\s*$", regex.IGNORECASE)
# (`Gia đình Khang có 4 người`, `gia đình anh có 4 người`; `Bốn người trong gia đình sống chung ...`)
FAMILY_AFTER = regex.compile(r"\s+(?:trong|của)\s+(?:gia đình|nhà)(?![\p{L}])", regex.IGNORECASE)


# A family counts few (`2 con`, `3 phòng`): a hundred children are a kindergarten's or an
# employer's (`nhận trông 120 cháu`, `310 cháu được hưởng chính sách này`).
A_FAMILYS_MOST = 10


# `Ngôi nhà mới ... có diện tích sử dụng 52m2`, `thuê căn phòng rộng 12m2`: a home's size describes
# the home, as its rooms and floors do (realdev 009): no body's figure
HOME_SIZED = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.HOME_NOUNS)) + r")"
                           r"[^.;:]{0,60}?\s(?:rộng|có diện tích|diện tích)(?:\s+(?:sử dụng|khoảng|chừng|hơn))?\s*$",
                           regex.IGNORECASE)


# `Ngôi nhà mới rộng 65 m2, tổng chi phí xây dựng khoảng 320 triệu đồng`: a sentence about a family's
# home, its size, rooms and cost, is no body's where it names none up to the figure's clause's end
# (the read golds 25 : 0; heldout's h10, written for the project, gave the union); (`nhà` alone
# opens other things: `Nhà trường`, `Nhà văn hóa`)
HOME_OPENS = regex.compile(r"^\W*(?:" + "|".join(regex.escape(h) for h in lexicon.HOME_NOUNS if " " in h)
                           + r")(?![\p{L}])", regex.IGNORECASE)


STATE_GIVES = regex.compile(r"\s*(" + lexicon.alternation(lexicon.STATE_GIVERS) + r")\s+(?:(?:đã|sẽ|cũng)\s+)?(?:"
                            + lexicon.alternation(lexicon.GIVING_VERBS) + r")(?![\p{L}])")
DEFINED_AS = regex.compile(r"(?<![\p{L}])là\s+$")  # (a level it is measured on: `tính trên mức chuẩn ... là 1.500.000 đồng`)
UNION_GROWS = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.UNION_GROWING_VERBS) + r")(?:\s+(?:được|thêm))?\s+$")


def no_time_of_its_own(marks: SentenceMarks, ctx: ArticleContext) -> bool:
    """The sentence names no time of its own (a comparison's base is none)."""
    return not any(m.kind != "base" and resolve(m, ctx) for m in marks.periods)


def _levels_dated(text: str, fig: Figure, marks: SentenceMarks, ctx: ArticleContext) -> bool:
    """A pay level changed in a sentence naming no time (`Theo dự thảo, mức lương tối thiểu tháng vùng
    I dự kiến tăng từ 4.960.000 đồng lên 5.310.000 đồng`), in an article that tells when the level in
    force holds from and when the new one is to: the level before is of the first day, the level after
    of the second (ArticleContext.level_in_force_since, new_level_from)."""
    return bool(ctx.level_in_force_since and ctx.new_level_from) and fig.q.kind == "money" \
        and no_time_of_its_own(marks, ctx) \
        and bool(PAY.search(text, 0, fig.q.start))  # (`...; vùng II từ 4.410.000 đồng lên ...`)


def _home_described(doc, fig: Figure) -> bool:
    """The sentence describes a family's home (HOME_OPENS) and names no body up to the end of the
    figure's clause (one named there gives: `Căn nhà mới ... nhận hỗ trợ 50 triệu đồng từ LĐLĐ Thành phố`)."""
    text = text_of(doc)
    if not HOME_OPENS.match(text):
        return False
    clause_end = clause_bounds(text, fig.q.start, ",;")[1]
    return not any(s.start_char < clause_end and not s._.org.generic for s in doc.spans["orgs"])


def is_personal(fig: Figure, text: str) -> bool:
    # (not the children of a kind of people: `215 con đoàn viên` receive the union's scholarships)
    if fig.q.kind == "count" and fig.counted == "người" and (fig.q.value or 0) <= A_FAMILYS_MOST and (
            ends_with(FAMILY_BEFORE, text, fig.q.start) or FAMILY_AFTER.match(text, fig.unit_end)):
        return True
    if (fig.unit or "").lower() in ("m2", "m²") and ends_with(HOME_SIZED, text, fig.q.start):
        return True
    counted = (fig.counted or "").lower()
    written = fig.unit or ""
    # (what follows the personal noun as written: `con đoàn viên`, not the `em` of `chị em`)
    after = written[len(counted):] if written.lower().startswith(counted) else written
    return fig.q.kind == "count" and counted in PERSONAL_UNITS \
        and not OF_PEOPLE.match(after) and not OF_PEOPLE.match(text, fig.unit_end) \
        and (fig.q.value or 0) <= A_FAMILYS_MOST


def persons_own_count(doc, fig: Figure) -> bool:
    """What a named person, opening the sentence, did or has is no body's (`Anh Trần Văn Dũng, kỹ
    thuật viên Công ty X, có 7 sáng kiến được công nhận`, `Điều dưỡng Lê Thị Mai ... đã trải qua 6
    đợt hóa trị`): not what they tell (`Bác sĩ X, Phó Giám đốc bệnh viện, cho biết bệnh viện ...`),
    nor what a body other than where they work does to them; dated as the sentence is."""
    if fig.q.kind != "count":
        return False
    text = text_of(doc)
    named = NAMED_PERSON_OPENS.match(text)
    said = SAYING.search(text, named.end(), fig.q.start) if named else None
    return bool(named) and (said is None or SELF_TOLD.match(text, said.end())) \
        and not ends_with(ONE_OF, text, fig.q.start) \
        and all(WORKS_AT.search(text, 0, s.start_char) for s in doc.spans["orgs"]
                if not s._.org.generic and not s._.org.system)


def own_life(doc, fig: Figure, asked: bool = False) -> bool:
    """Money or room a working person tells of as their own: no organization's figure and
    dated only by what its sentence says, unless a body is named in it other than where the
    person works (a giver: `Chị Hoa được LĐLĐ huyện hỗ trợ 10 triệu đồng`) or it is what they
    got in the round the article reports (`được vay vốn đợt này`). In a reader's question and its
    answer (`asked`), any figure of the asker's case (ASKERS_CASE) is so."""
    text = text_of(doc)
    if asked and ASKERS_CASE.search(text):
        person = not EMPLOYER_ACTS.search(text, clause_bounds(text, fig.q.start, ";")[0], fig.q.start)
    elif not (fig.q.kind == "money" or (fig.unit or "").lower() in MEASURE_UNITS
              or fig.counted == "lần"):  # (how many times they did something: `đã 42 lần hiến máu`)
        return False  # (asked first: it spares the person's patterns, costly, most figures)
    else:
        person = PERSON_TELLS.match(text) or PERSON_OPENS_CLAUSE.match(text, clause_bounds(text, fig.q.start, ",;")[0])
    if not person or THIS_ROUND.search(text):
        return False
    return all(WORKS_AT.search(text, 0, s.start_char) for s in doc.spans["orgs"]
               if not s._.org.generic and not s._.org.system)  # (`Với sự giúp đỡ của các cấp Công
    # đoàn, ..., gia đình cô Lan đã xây mới căn nhà rộng 60m2`: no one body gives it)


PAY = regex.compile(r"(?<![\p{L}])(?<!khen\s)(?:" + "|".join(map(regex.escape, lexicon.PAY_WORDS))
                   + r")(?![\p{L}])", regex.IGNORECASE)
# (the union a body of it belongs to: `Ủy ban Kiểm tra Liên đoàn Lao động thành phố Hà Nội`)
UNION_IN_NAME = regex.compile(r"(?<=\s)(?:Tổng\s+)?(?:" + "|".join(map(regex.escape, sorted(lexicon.UNION_HEADS))) + r")\s")
SUB_BODY_NAMES = tuple(f"{body} " for body in lexicon.SUB_BODIES)
# (an employer's union, a group's too: `Công đoàn Tổng công ty Vận tải Hà Nội`)
WORKPLACE_UNION = regex.compile(r"Công đoàn(?: cơ sở)? (?=" + orgs.WORKPLACE.pattern + r"|Tổng [Cc]ông ty|Tập đoàn)")


# `mức thưởng Tết bình quân 7,2 triệu đồng/người` of the enterprises (`doanh nghiệp`) of an area,
# told by a union or an agency that surveyed them: the area's statistics (FACTS.md), of the place
# the sentence opens on (`Tại TP. Hồ Chí Minh, ...`), of the country (`cả nước`), else of the
# territory the body reporting them serves.
AT_A_PLACE_OPENING = regex.compile(r"^\s*Tại\s+(?:(" + LEVELS + r"|TP\.?)\s*)?(\p{Lu}[^,;]{1,30}?)\s*,")
SUBJECT_SLOT = regex.compile(r"(?:^|[,:;]|(?<![\p{L}])(?:[Cc]ó|[Cc]òn)(?:\s+tới|\s+đến)?)\s*$")
ZONES_UNION = regex.compile(r"Công đoàn (?=các Khu)")
NATIONAL_BODIES = tuple(f"{head} " for head in lexicon.NATIONAL_SOURCES)
SERVED_AREA = regex.compile(r"(?:^|\s)((?i:" + LEVELS + "|" + lexicon.alternation(lexicon.WARD_LEVELS)
                            + r"))\s+(\p{Lu}.*)$")  # (a commune's, a ward's too: `UBND xã Tả Thanh Oai`)


def pay_survey_area(doc, fig: Figure, org: str | None, ctx: ArticleContext) -> str | None:
    text = text_of(doc)
    lowered = text.lower()
    if not (fig.q.kind in ("money", "percent") or fig.counted in ("tháng lương", "doanh nghiệp")) \
            or "doanh nghiệp" not in lowered and "bình quân" not in lowered:
        return None  # (the enterprises' pay, or the average of all workers': `Bình quân mỗi người
        # lao động tại Đồng Nai được thưởng Tết khoảng 8,9 triệu đồng`)
    # (enterprises counted are the area's when they pay, as the subject of their clause: `đã có
    # 1.318 doanh nghiệp báo cáo kế hoạch thưởng Tết`; not those a body surveyed or inspected:
    # `khảo sát tại 150 doanh nghiệp`, `phát hiện 34 doanh nghiệp trả lương thấp`)
    paying = PAY.search(text, fig.q.end, clause_bounds(text, fig.q.start, ",;")[1]) \
        and ends_with(SUBJECT_SLOT, text, comparator_of(text, fig)[1]) \
        if fig.counted == "doanh nghiệp" else PAY.search(text, 0, fig.q.start)
    if not paying or not org \
            or orgs.EMPLOYER.match(org) or WORKPLACE_UNION.match(org) \
            or any(not s._.org.generic and orgs.WORKPLACE.match(s._.org.head)
                   and s.start_char < fig.q.start for s in doc.spans["orgs"]):
        return None  # (a company's own bonus is its own)
    if _acts_on_its_own(doc, fig):
        return None  # (nor what a body does, plans or demands itself: `LĐLĐ thành phố dự kiến nâng mức
        # thưởng lên 7 triệu đồng/người`, `LĐLĐ tỉnh đã phát hiện 17 doanh nghiệp trả lương thấp ...,
        # yêu cầu truy trả hơn 2,3 tỷ đồng`)
    if NATION.search(text):
        return "Việt Nam"
    opening = AT_A_PLACE_OPENING.match(text)
    if opening:
        place = orgs.place_at(text, opening.start(2))
        if opening.group(1):
            return orgs.area_name(orgs.ADMIN[opening.group(1).lower().rstrip(".")], place)
        if place in lexicon.PROVINCES:
            return orgs.province_area(place)
    if org in ("Tổng Liên đoàn Lao động Việt Nam", "Việt Nam"):
        return "Việt Nam"
    if ZONES_UNION.match(org):  # the zones' union's survey of the zones' enterprises is the union's
        # (the zones are no territory a figure is given to: blind110's and blind118's golds give the
        # union, none of the read golds the zones; blind18-21's and blind62's did)
        return None
    return _named_territory(org)


# What a body learns of others' pay, rather than does (`khảo sát`, `tổng hợp báo cáo`, `thống kê`).
LEARNS_OF = any_word(lexicon.LEARNING_VERBS)


def _acts_on_its_own(doc, fig: Figure) -> bool:
    """A body named before the figure does something (a verb after its name), not telling nor
    learning of the pay of others (lexicon learning_verbs, saying_verbs): what follows is its own."""
    text = text_of(doc)
    return not LEARNS_OF.search(text) and any(
        s.end_char <= fig.q.start and not s._.org.generic and orgs.acts(text, s._.org)
        and not SAYS.match(text, s.end_char) for s in doc.spans["orgs"])


def _named_territory(org: str) -> str | None:
    """The territory a body's name says it serves: a national body's, the country; else the
    place its name ends in (`Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang`)."""
    if org == "Việt Nam":
        return org  # (the country, told by a ministry: `Theo Bộ Công Thương, kim ngạch xuất khẩu ...`)
    served = SERVED_AREA.search(org)  # (`Cục Thống kê tỉnh Bắc Ninh`: a province's)
    if served:
        return orgs.area_name(served.group(1), served.group(2))
    national = org.startswith(NATIONAL_BODIES) and not orgs.statistics_office_named_bare(org)
    return "Việt Nam" if national else None


def _territory_served(org: str, ctx: ArticleContext, offset: int, city: bool) -> str | None:
    """`_named_territory`, else `_province_by` `offset` (the city, if `city`)."""
    named = _named_territory(org)
    if named:
        return named
    province = _province_by(ctx, offset)
    if province:
        return orgs.area_name("tỉnh", province)
    return orgs.area_name("thành phố", org_context(ctx, offset).place_for("thành phố")) if city else None


def _province_by(ctx: ArticleContext, offset: int) -> str | None:
    """The province named last by body offset `offset`, else the paper's (a province named only
    after a figure is none of its: `Tại Bắc Ninh, ...` after the country's statistics)."""
    return org_context(ctx, offset).places.get("tỉnh") or orgs.province_only(ctx.paper)


TERRITORY_METRIC = any_word(lexicon.TERRITORY_METRICS + lexicon.TERRITORY_SERVICES + lexicon.ECONOMY_METRICS + lexicon.INSURED)
# (what stays the territory's when its department is the doer: not the services it runs)
TERRITORY_STATISTIC = any_word(lexicon.TERRITORY_METRICS + lexicon.ECONOMY_METRICS + lexicon.INSURED)
# (not a kind of enterprise: `khối doanh nghiệp có vốn đầu tư trực tiếp nước ngoài có mức thưởng ...`)
ECONOMY_METRIC = regex.compile(r"(?<![\p{L}])(?<!doanh nghiệp\s(?:có\s)?)(?:" + "|".join(map(regex.escape, lexicon.ECONOMY_METRICS
                                                                                             + lexicon.INSURED))
                               + r")(?![\p{L}])", regex.IGNORECASE)
INSURED = any_word(lexicon.INSURED)
# (the people a body got to join, or gave it to: `vận động hơn 300 ngư dân tham gia bảo hiểm`)
MOBILIZED = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(["vận động", *lexicon.GIVING_VERBS])
                          + r")(?:\s+(?:được|thêm|cho))?\s+$")
GOVERNMENT = tuple(f"{head} " for head in lexicon.GOVERNMENT_HEADS)
SUB_BODY_PREFIXES = tuple(f"{head} " for head in lexicon.SUB_BODIES)  # (`Phòng giao dịch NHCSXH` is no department)


# The level itself, or its rise, written right after the pay's name (`mức lương tối thiểu tháng
# vùng I là`, `lương tối thiểu vùng tăng`, `... vùng I đang áp dụng (`); or a region's in the list
# the sentence opened on it (`...; vùng II là`), or a level's rise told right after it (`, tăng`).
PAY_SET = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.SET_BY_DECREE)) + r")(?![\p{L}])",
                        regex.IGNORECASE)
# (whom it applies to between: `mức lương tối thiểu tháng đối với doanh nghiệp hoạt động trên địa bàn
# vùng I là`; the regions listed in turn: `tại các vùng I, II, III, IV lần lượt là`; its present
# level: `mức lương cơ sở, hiện là`)
LEVEL_NAMED = regex.compile(r"^(?:\s+(?:tháng|giờ|chung))*(?:\s+(?:đối với|của)\s[^\d;.()]*?)?"
                            r"(?:\s+(?:tại\s+)?(?:các\s+)?vùng(?:\s+[IV]+(?:\s*(?:,|và)\s*[IV]+)*)?)?"
                            r"(?:\s+(?:đang áp dụng|hiện hành|mới))?\s*(?:,\s*hiện(?:\s+nay)?\s+(?=là))?"
                            r"(?:(?:sẽ\s+)?(?:lần lượt\s+)?(?:là|tăng(?:\s+(?:từ|lên))?|ở mức|lên|đạt)\s*|:\s*)?\(?\s*$")
# (or the levels of the regions told further on in its clause: `Mức lương tối thiểu giờ của bốn vùng
# lần lượt là`, `... cũng được điều chỉnh tương ứng: vùng I là`, `... áp dụng theo Nghị định số
# 74/2024/NĐ-CP từ ngày 1/7/2024, trong đó vùng I là`)
REGIONS_TOLD = regex.compile(r"^[^;]{0,160}?(?:(?<![\p{L}])[Vv]ùng\s+[IV]+\s*(?:là|:)\s*|(?:lần lượt|tương ứng)\s+là\s*)$")
REGION_LISTED = regex.compile(r"^\s*(?:trong đó:?\s+)?(?:tại\s+)?vùng\s+[IV]+\s+(?:là\s+)?$", regex.IGNORECASE)
ITS_RISE = regex.compile(r",\s*(?:tức(?:\s+là)?\s+)?tăng\s+(?:thêm\s+)?$")  # (`..., tức tăng 30%`)
# The next level of a list (`vùng I là 5.310.000 đồng/tháng; vùng II là ...`, `... 25.500 đồng/giờ,
# 22.700 đồng/giờ`): after the last one's unit, a list mark and at most the next region's name.
NEXT_IN_LIST = regex.compile(r"[^\d,;.()]*?(?:[,;]|\s+và)\s*(?:(?:tại\s+)?vùng\s+[IV]+\s+(?:là\s+)?)?$"
                          # (or the level a rise reaches: `tăng từ 1,8 triệu đồng lên 2,34 triệu đồng`)
                          r"|[^\d,;.()]*?\s(?:lên|đến|tới)\s+(?:mức\s+)?$")
UNIT_ONLY = regex.compile(r"[^\d,;.()]*$")
COMPARED_WITH = regex.compile(r"(?<![\p{L}])(?:cao hơn|thấp hơn|so với|bằng|gấp\s+\S+)\s+(?:(?:các|mức)\s+)?$")


PROPOSING = lexicon.alternation(lexicon.PROPOSING_VERBS)
PROPOSED = regex.compile(r"(?<![\p{L}])(?:" + PROPOSING + r")(?![\p{L}])")


def set_by_decree(doc, start: int) -> str | None:
    """The body that sets the level of pay the figure at `start` is (SET_BY_DECREE), if it is one."""
    text = text_of(doc)
    named = list(PAY_SET.finditer(text, 0, start))
    if not named:
        return None
    setter = lexicon.SET_BY_DECREE[named[-1].group().lower()]
    if PROPOSED.search(text, clause_bounds(text, start, ";")[0], named[-1].start()):
        return None  # (a level another body proposes is its proposal: `Tổng LĐLĐ Việt Nam đề xuất tăng
        # lương tối thiểu vùng từ 7,6% đến 8,3%`)
    if COMPARED_WITH.search(text, max(0, named[-1].start() - 20), named[-1].start()) \
            and not text[:start].rstrip().endswith("("):
        return None  # (`cao hơn mức lương tối thiểu vùng từ 8 - 12%`: the excess over it; but
        # `so với mức lương tối thiểu vùng I (4.960.000 đồng/tháng)`: the level, glossed)
    if LEVEL_NAMED.match(text[named[-1].end():start]) or REGIONS_TOLD.match(text[named[-1].end():start]) \
            or REGION_LISTED.match(text[clause_bounds(text, start, ";")[0]:start]):
        return setter
    before = [q for q in doc.spans["quantities"] if q.end_char <= start]
    if before and NEXT_IN_LIST.match(text, before[-1].end_char, start) \
            and set_by_decree(doc, before[-1].start_char) == setter:
        return setter
    rise = ITS_RISE.search(text, max(0, start - 20), start)
    if rise:
        before = [q for q in doc.spans["quantities"] if q.end_char <= rise.start()]
        if before and UNIT_ONLY.match(text, before[-1].end_char, rise.start()) \
                and set_by_decree(doc, before[-1].start_char):
            return setter
    return None


LOAN_TERM = any_word(lexicon.LOAN_TERMS)
LOAN_FOR = regex.compile(r"(?<![\p{L}])vay(?:\s+\p{Ll}+){0,3}\s+$")  # (`thời hạn vay tối đa 25 năm`)


def loan_term(doc, fig: Figure) -> bool:
    """The figure is a loan's term: its rate, ceiling or length (lexicon loan_terms)."""
    text = text_of(doc)
    return bool(LOAN_TERM.search(text, clause_bounds(text, fig.q.start, ";")[0], fig.q.start))


def _lender_of_the_terms(doc, fig: Figure) -> str | None:
    """A loan's term told in a sentence naming a lender whose terms are set for the whole lender
    (lexicon national_lenders): that lender's (`vay tại Ngân hàng Chính sách xã hội với lãi suất
    6,6%/năm`). A branch named there tells its own terms (`NHCSXH chi nhánh tỉnh Vĩnh Phúc đã giải
    ngân ... lãi suất 6,6%/năm`): the reader gives them to the branch, as any figure it tells."""
    if not loan_term(doc, fig):
        return None
    named = [orgs.canonical(s._.org) for s in doc.spans["orgs"]]
    return next((lender for lender in lexicon.NATIONAL_LENDERS
                 if lender in named and not any(lender in name and name != lender for name in named)), None)


def _told(doc, fig: Figure) -> bool:
    """Whether a body named before the figure tells it (`Ban Quản lý ... cho biết`, `Theo X,`)."""
    text = text_of(doc)
    return any(s.end_char <= fig.q.start and (SAYS.match(text, s.end_char) or ends_with(SOURCE_NAMED, text, s.start_char))
               for s in doc.spans["orgs"])


def zones_area(doc, fig: Figure, org: str, ctx: ArticleContext, offset: int) -> str | None:
    """What a zones' authority tells of the zones' enterprises and workers is its territory's
    (`Ban Quản lý các khu công nghiệp tỉnh cho biết ... doanh nghiệp tại 34 khu công nghiệp đã
    tuyển mới khoảng 62.000 lao động`); not its own deeds (`... đã cấp mới 29 dự án`)."""
    if not org.startswith(lexicon.ZONE_AUTHORITIES) or not _told(doc, fig):
        return None
    return _territory_served(org, ctx, offset, city=True)


NATIONAL_OFFICE_FROM = "2025-03-01"  # (the statistics offices joined Bộ Tài chính from March 2025)


def statistics_area(doc, fig: Figure, org: str, ctx: ArticleContext, offset: int) -> str | None:
    """`Tổng cục Thống kê`: the statistics a statistics office publishes are its territory's: the
    one its name says, else the province named by then or the paper's (`_province_by`), else the
    city the article is about (`Theo số liệu của Cục Thống kê, tổng thu ngân sách ...` in a Hanoi
    article); else the office is the country's (`theo Cục Thống kê (Bộ Tài chính)` in a national
    outlet, though it names a province after the figures)."""
    if not org.startswith(lexicon.STATISTICS_OFFICES):
        return None
    text = text_of(doc)
    if NATION.search(text, *clause_bounds(text, fig.q.start, ";")):
        return "Việt Nam"  # (what its clause says is the country's: `thu nhập bình quân của lao động
        # cả nước quý III/2025 là 8,4 triệu đồng/tháng`, in a province's paper)
    if orgs.statistics_office_named_bare(org) and not ctx.paper and (ctx.published or "") >= NATIONAL_OFFICE_FROM:
        return "Việt Nam"  # (since March 2025 `Cục Thống kê` is the country's office, a province's
        # is `Thống kê tỉnh ...`: in an outlet of no province, the country's statistics)
    served = _territory_served(org, ctx, offset, city=False)
    if served:
        return served
    city = orgs.own_city(ctx.body, ctx.paper)
    return orgs.area_name("thành phố", city) if city else "Việt Nam"


ORGANIZERS = regex.compile(r"(?<![\p{L}])Ban [Tt]ổ chức(?![\p{L}])")


def _organizer(carry: Carry, ctx: ArticleContext) -> str | None:
    """The body holding the event: the programme's told of, else the article's."""
    return (carry.programme.org if carry.programme else None) or ctx.main_org


def _organizers_give(doc, fig: Figure) -> bool:
    """Whether the event's organizers (`Ban Tổ chức`), no body named after them, are the subject."""
    text = text_of(doc)
    found = list(ORGANIZERS.finditer(text, 0, fig.q.start))
    if not found:
        return False
    # (what they give goes on over the list: `trao 1 giải Nhất cho đội X; 2 giải Nhì cho ...`)
    subjects = usable_mentions([s._.org for s in doc.spans["orgs"]], text)
    return not any(found[-1].end() <= m.start < fig.q.start for m in subjects)
RECEIVERS = regex.compile(r"(?<![\p{L}])cho(?![\p{L}])")
GIVEN_TO = regex.compile(r"(?<![\p{L}])cho(?![\p{L}])(?!\s+(?:biết|hay)(?![\p{L}]))")  # (not `cho biết`: says)
AMONG_THEM = regex.compile(r"(?<![\p{L}])trong\s+(?:số\s+)?đó(?![\p{L}])", regex.IGNORECASE)


PARALLEL_ITEM = regex.compile(r"\s*(?:trong đó\s+)?[^\d,;:()]{1,40}?\s+(?:là|đạt)\s+")


def governed_area(doc, fig: Figure, org: str | None, ctx: ArticleContext, offset: int,
                  acting: bool = False) -> str | None:
    """`năm 2024, ngành LĐ-TB&XH phấn đấu giải quyết việc làm cho 62.000 lao động`: what measures
    a territory (its jobs, poverty, trained labour: TERRITORY_METRIC), told by its government or a
    department of it, is the territory's: the one the body's name says, else the article's province
    or city; so is what only a territory has (its GRDP, budget, exports: ECONOMY_METRIC), whoever
    tells it. A service the department runs is its own deed when it is `acting`, the doer named in
    the figure's item (lexicon territory_services). (Not a workplace's own, nor what is given to
    people the measure describes: `tặng 20 suất quà cho công nhân bị tai nạn lao động`.)"""
    if not org or orgs.EMPLOYER.match(org) or WORKPLACE_UNION.match(org):
        return None  # (a company's exports are its own)
    text = text_of(doc)
    governs = org.startswith(GOVERNMENT) and not org.startswith(SUB_BODY_PREFIXES)
    measures = (TERRITORY_STATISTIC if acting else TERRITORY_METRIC) if governs else ECONOMY_METRIC
    names = [(s.start_char, s.end_char) for s in doc.spans["orgs"]]
    start, end = clause_bounds(text, fig.q.start, ";")  # (what the next item measures is not this one's)
    if start > 0 and PARALLEL_ITEM.fullmatch(text, start, fig.q.start):
        start = clause_bounds(text, start - 1, ";")[0]  # (an item of the same measure, elliptic: `số người
        # tham gia BHXH bắt buộc là 498.320 người; BHXH tự nguyện là 114.130 người`)
    metric = next((m for m in measures.finditer(text, start, min(end, fig.q.start + 60))
                   if not any(a <= m.start() < b for a, b in names)), None)  # (not of a name:
    # `Công đoàn Khu kinh tế tỉnh Quảng Ninh` tells no economy of the province)
    if not metric or metric.start() > fig.q.end and (RECEIVERS.search(text, fig.q.end, metric.start())
                                                     or AMONG_THEM.search(text, fig.q.end, metric.start())
                                                     or any(fig.q.end <= q.start_char < metric.start()
                                                            for q in doc.spans["quantities"])):
        return None  # (nor one of what it counts: `thông qua 11 nghị quyết, trong đó có nghị quyết về
        # dự toán ngân sách`; nor what the next figure measures: `giảm tỷ lệ nợ xuống dưới 3% số phải
        # thu và phát triển thêm 8.000 người tham gia BHXH`)
    if INSURED.fullmatch(metric.group()) and any(
            start <= s.start_char < fig.q.start and orgs.acts(text, s._.org) and not SAYS.match(text, s.end_char)
            for s in doc.spans["orgs"]):
        return None  # (the insurer's deed: `BHXH Việt Nam hiện quản lý 18,6 triệu người tham gia BHXH`;
        # not its report: `Theo số liệu BHXH thành phố Hà Nội công bố ngày 15-10, ... có 2.091.300 người tham gia`)
    if INSURED.fullmatch(metric.group()) and ends_with(MOBILIZED, text, comparator_of(text, fig)[1]):
        return None  # (nor those a body got to join: `Nghiệp đoàn nghề cá vận động hơn 300 ngư dân tham gia bảo hiểm`)
    if not governs and org.endswith(" Việt Nam"):
        return "Việt Nam"  # (a national body's: `Theo Hiệp hội Dệt May Việt Nam, ... kim ngạch xuất khẩu`)
    return _territory_served(org, ctx, offset + fig.q.start, city=True)  # (a ministry's: the country's)


def _employer(org: str, full_names: dict) -> str | None:
    """The workplace whose union `org` is (`Công đoàn cơ sở Công ty X` -> `Công ty X`), or None;
    named as the article named it in full (`full_names`: `... May Đồng Nai - Công ty cổ phần`)."""
    union = WORKPLACE_UNION.match(org)
    if not union:
        return None
    workplace = org[union.end():]  # (its head as the lexicon writes it: `Tổng Công ty` -> `Tổng công ty`)
    head = orgs.HEAD_RE.match(workplace)
    workplace = orgs.HEADS[head.group().lower()] + workplace[head.end():] if head else workplace
    return full_names.get(workplace, workplace)


# A change told after a level, of the same thing: `Thu nhập bình quân ... đạt 9,8 triệu đồng, tăng 28%`
# ...and a level of it told elliptically (`mức thưởng thấp nhất khoảng 5,3 triệu đồng, cao nhất hơn 40
# triệu đồng`)
PAY_CHANGED = regex.compile(r"\s*(?:(?:tăng|giảm)(?:\s+thêm)?|cao nhất|thấp nhất|bình quân)\s*(?:(?:là|khoảng|hơn|gần|trên)\s+)?$")
# `đã chi khoảng 28 tỉ đồng thưởng Tết`: what the money is, right after it
PAY_NEXT = regex.compile(r"\s+(?:tiền\s+)?(?:" + "|".join(map(regex.escape, lexicon.PAY_WORDS)) + r")(?![\p{L}])")


BUSINESS = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.BUSINESS_METRICS)) + r")(?![\p{L}])")
AGREEMENT = any_word(lexicon.AGREEMENTS)


UNION_GIVES = regex.compile(r"\s+(?:(?:" + lexicon.alternation(BEFORE_THE_VERB) + r")\s+)*(?:"
                            + lexicon.alternation([verb for verb in lexicon.GIVING_VERBS if verb not in lexicon.PAY_WORDS])
                            + r")(?:\s+thêm)?\s+(?:(?:" + lexicon.alternation([w for w, _ in lexicon.COMPARATOR_BEFORE])
                            + r")\s+)?")


def employer_of_pay(doc, fig: Figure, org: str, full_names: dict) -> str:
    """Pay told in the figure's clause (`thưởng Tết ... 2 tháng lương`, `tăng lương 6,5%`) is the
    workplace's, not its union's (`Công đoàn Công ty X phối hợp với lãnh đạo công ty thưởng Tết
    ...`): the employer pays. So is its business (`đơn hàng năm nay giảm khoảng 20%`), and the money a
    collective agreement named before it provides."""
    employer = _employer(org, full_names)
    if not employer or not (fig.q.kind in ("money", "percent") or fig.counted == "tháng lương"):
        return org
    text = text_of(doc)
    if any(s.end_char <= fig.q.start and UNION_GIVES.fullmatch(text, s.end_char, fig.q.start)
           and s._.org.head.startswith(UNION) for s in doc.spans["orgs"]):
        return org  # (what the union itself hands out is its own: `được Công đoàn công ty hỗ trợ
        # thêm 300.000 đồng/người tiền ăn đường`)
    start, _ = clause_bounds(text, fig.q.start, ",;")
    if PAY_CHANGED.match(text, start, fig.q.start):  # (`thu nhập ... đạt 9,8 triệu đồng, tăng 28%`)
        start = clause_bounds(text, start - 1, ",;")[0]
    item = clause_bounds(text, fig.q.start, ";")[0]  # (an item of a list whose words hold a comma, its
    if not any(item <= q.start_char < fig.q.start for q in doc.spans["quantities"]):  # figure its first:
        start = min(start, item)  # `; phụ cấp nhà ở, đi lại 350.000 đồng/tháng`)
    provided = fig.q.kind == "money" and AGREEMENT.search(text, 0, fig.q.start)  # (the agreement pays it)
    return employer if PAY.search(text, start, fig.q.start) or BUSINESS.search(text, start, fig.q.start) \
        or PAY_NEXT.match(text, fig.unit_end or fig.q.end) or provided else org


def _organization(doc, fig: Figure, sentence: Sentence, ctx: ArticleContext, carry: Carry,
                  inherit: bool, personal: bool) -> tuple[str | None, str | None]:
    if personal:
        return None, None  # `2 con` of a worker (of `công nhân Công ty X`): no organization; nor the home
    text = text_of(doc)
    state = STATE_GIVES.match(text, clause_bounds(text, fig.q.start, ";")[0])
    if state and state.end() <= fig.q.start and not ends_with(DEFINED_AS, text, fig.q.start):
        return state.group(1), "sentence"  # `...; Nhà nước hỗ trợ tối đa 1% quỹ tiền lương`: the state
        # gives it, even as a law provides it
    if STATUTE_OPENS.match(text) and not any(
            s.start_char < fig.q.start and not s._.org.generic for s in doc.spans["orgs"]):
        return None, None  # `Theo quy định, mức hưởng trợ cấp thất nghiệp hằng tháng bằng 60% ...`: the
        # law's, no body's (not `Theo quy định, NHCSXH cho ... vay tối đa 2 tỉ đồng`: the lender's)
    if ATTENDING.match(text) and ctx.main_org:
        return ctx.main_org, "title"  # who attends the event is counted by the one holding it
    # (what a body sets for all, whoever tells it: a pay level by decree, a policy loan's terms)
    setter = set_by_decree(doc, comparator_of(text, fig)[1]) or _lender_of_the_terms(doc, fig)
    if setter and not _proposed(doc, fig):  # (a level a body proposes is its proposal: `Bộ Nội vụ đề
        return setter, "sentence"  # xuất tăng lương tối thiểu vùng 7,2%`, not the decree's yet)
    # (a place written with its figure, or glossed by it, before the territory the sentence opens
    # on: `Thành phố Hạ Long có ... 2.870 trường hợp, tiếp đến là thành phố Cẩm Phả 1.940 trường hợp`)
    area = _place_glossed(doc, fig) or _place_in_turn(doc, fig) or _province_described(doc, fig) \
        or area_of(doc, fig, ctx, sentence.start) \
        or _province_owns(doc, fig) or _measure_of_a_province(doc, fig) \
        or _nation_does(doc, fig)
    if area and (fig.counted or "").lower() in UNION_UNITS_LOWER and ends_with(UNION_GROWS, text_of(doc), fig.q.start) \
            and ctx.main_org and ctx.main_org.startswith(UNION_NAMES) and _named_territory(ctx.main_org) == area:
        return ctx.main_org, "title"  # `trên địa bàn phường Long Biên đã thành lập mới 14 CĐCS`: the
        # grassroots unions and members of the place whose union the article is about are that union's
    if area:
        return area, "sentence"
    org = _body_in_turn(doc, fig, ctx, sentence.start) or _sector_subject(doc, fig, ctx, sentence.start) \
        or sentence_org(doc, fig, sentence.start, partial(org_context, ctx))
    organizer = _organizer(carry, ctx)
    if organizer and (org is None and _organizers_give(doc, fig) or org in lexicon.EVENT_BODIES):
        return organizer, "title"  # `Kết quả, Ban Tổ chức đã trao 1 giải Nhất`: the body that
        # holds the event the article reports, or the programme told of (not the guest who handed
        # a prize in the caption)
    if org == UNNAMED:
        return None, None
    if org and org.endswith(OWN_UNION):  # the article's union, as the context or the title names
        body = org[:-len(OWN_UNION)].strip()  # it (or a body of it: `Ủy ban Kiểm tra`)
        context = [o for o in (carry.org if inherit else None, ctx.main_org) if o]
        org = next((o for o in context if o.startswith(UNION_NAMES)), None) \
            or next((o[union.start():] for o in context if o.startswith(SUB_BODY_NAMES)
                     for union in [UNION_IN_NAME.search(o)] if union), None) \
            or next((f"Công đoàn cơ sở {o}" for o in context if inherit and orgs.WORKPLACE.match(o)), None) \
            or next((union for o in context for union in [_territorys_union(o)] if union), None)
        # (in a workplace's story told on, its union: `Công đoàn đã ...` in a report on `Công ty X`;
        # in a territory's, its federation: `các cấp công đoàn đã tổ chức 12.600 cuộc kiểm tra` in a
        # report on the country's accidents, the Tổng LĐLĐ)
        org = f"{body} {org}" if body and org else org
    if org and (fig.counted or "").lower() in UNION_UNITS_LOWER \
            and orgs.WORKPLACE.match(org):
        return f"Công đoàn cơ sở {org}", "sentence"  # a company's union members: its union's
    def whose(org: str, acting: bool = False) -> str:
        return zones_area(doc, fig, org, ctx, sentence.start + fig.q.start) \
            or statistics_area(doc, fig, org, ctx, sentence.start + fig.q.start) or pay_survey_area(doc, fig, org, ctx) \
            or governed_area(doc, fig, org, ctx, sentence.start, acting) or employer_of_pay(doc, fig, org, ctx.full_names)
    if org:  # (a body named in the figure's item acts: `Sở LĐ-TB&XH đã ban hành quyết định hưởng trợ
        # cấp thất nghiệp cho 66.930 người` is the department's deed, not the territory's measure)
        item_start = clause_bounds(text_of(doc), fig.q.start, ";")[0]
        return whose(org, acting=any(item_start <= s.start_char < fig.q.start for s in doc.spans["orgs"])), "sentence"
    paying = _employer_of_the_workers(doc, fig, ctx, sentence.start)
    if paying:
        return paying, "sentence"
    source = source_org(doc, fig, sentence.start, partial(org_context, ctx))
    if source:
        return whose(source), "sentence"
    employer = _workplace_written_small(doc, fig, ctx, sentence.start)
    if employer:
        return employer, "sentence"
    insurer = _insurers_money(doc, fig, ctx, sentence.start)
    if insurer:
        return insurer, "sentence"
    inherited = carry.org if inherit and carry.org else ctx.main_org
    if inherited and _pay_of_no_one_named(doc, fig, inherited):
        # (but the levels of a survey of an area's enterprises are the area's: `Mức thưởng cao nhất
        # thuộc về một doanh nghiệp FDI tại KCN Nhơn Trạch 3 với 320 triệu đồng/người`)
        surveyed = pay_survey_area(doc, fig, inherited, ctx)
        return (surveyed, "context") if surveyed else (None, None)
    if inherit and carry.org:
        return _workforce_employer(doc, fig, whose(carry.org), ctx.full_names), "context"
    if ctx.main_org:
        return _workforce_employer(doc, fig, whose(ctx.main_org), ctx.full_names), "title"
    return None, None


# `thu nhập bình quân của người lao động tại SEVT đạt khoảng 11,2 triệu đồng/người/tháng`: the pay
# of the workers at a workplace named is its own, whoever reports it
WORKERS_AT = regex.compile(r"(?<![\p{L}])" + lexicon.alternation(lexicon.PEOPLE) + r"\s+(?:tại|của|ở)\s+$",
                           regex.IGNORECASE)


def _employer_of_the_workers(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ";")[0]
    if not PAY.search(text, start, fig.q.start):
        return None
    for s in doc.spans["orgs"]:
        m = s._.org
        if start <= s.start_char < fig.q.start and orgs.EMPLOYER.match(m.head) and ends_with(WORKERS_AT, text, s.start_char):
            name = orgs.canonical(m, org_context(ctx, offset + s.start_char))
            if name and not (m.generic and name == m.head):
                return name
    return None


PROPOSES = regex.compile(r"\s+(?:(?:đã|vừa|cũng)\s+)?(?:" + PROPOSING + r")(?![\p{L}])")


def _proposed(doc, fig: Figure) -> bool:
    """Whether a body named before the figure in its clause proposes it (`Bộ Nội vụ đề xuất ...`)."""
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ";")[0]
    return any(start <= s.start_char and s.end_char <= fig.q.start and not s._.org.generic
               and PROPOSES.match(text, s.end_char) for s in doc.spans["orgs"])


STATUTE_OPENS = regex.compile(r"^\W*Theo quy định(?:\s+(?:của pháp luật|hiện hành))?\s*,")
SURVEYED = regex.compile(r"(?<![\p{L}])khảo sát(?![\p{L}])", regex.IGNORECASE)
# (the one workplace, not a kind of them: `ở doanh nghiệp nhà nước`)
AT_THE_WORKPLACE = regex.compile(r"(?<![\p{L}])(?:tại|của|ở)\s+(" + "|".join(
    map(regex.escape, [w for w in lexicon.BARE_WORKPLACES if w != "doanh nghiệp"]))
    + r")(?=\s*[,.;:]|\s+(?:là|hiện|" + "|".join(lexicon.ASPECT_WORDS) + r")(?![\p{L}]))")


def _workplace_written_small(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """Pay at a workplace written small (`mức lương thấp nhất tại công ty sẽ là 5.350.000
    đồng/tháng`): the employer the article names (one of its kind), who pays it."""
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ",;")[0]
    at = AT_THE_WORKPLACE.search(text, start, fig.q.start)
    if not at or not PAY.search(text, start, fig.q.start):
        return None
    return _named_in_full(lexicon.BARE_WORKPLACES[at.group(1)], ctx, offset + at.start())


def _named_in_full(head: str, ctx: ArticleContext, at: int) -> str | None:
    """The one body of kind `head` the article has named in full by body offset `at`, or None."""
    named = org_context(ctx, at).full_names.get(head)
    return named if named and named != head else None


INSURER = "Bảo hiểm xã hội"
INSURER_MONEY = any_word(lexicon.INSURER_MONEY)
INSURANCE = any_word(lexicon.INSURANCES)


def _insurers_money(doc, fig: Figure, ctx: ArticleContext, offset: int) -> str | None:
    """The social insurer's money in or out (lexicon insurer_money), its payer unnamed (`Tổng số
    thu BHXH, BHYT, BHTN trong 6 tháng đạt 4.415 tỷ đồng`): the insurance agency the article names."""
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ";")[0]
    if not INSURER_MONEY.search(text, start, fig.q.start) or not INSURANCE.search(text) \
            or BARE_WORKPLACE.search(text, start, fig.q.start):
        return None  # (nor what a workplace claims: `Tổng chi phí khám chữa bệnh BHYT bệnh viện đề
        # nghị thanh toán là 612 tỷ đồng`)
    return _named_in_full(INSURER, ctx, offset + fig.q.start)


AVERAGE = regex.compile(r"(?<![\p{L}])(?:bình quân|trung bình)(?![\p{L}])", regex.IGNORECASE)


def _pay_of_no_one_named(doc, fig: Figure, org: str) -> bool:
    """A rate of pay (`các vị trí tuyển dụng ... với mức lương từ 6 - 12 triệu đồng/tháng`) in a
    sentence that names no employer is no figure of the agency or union the article is about: it
    pays no wages (one the text is about, `Công ty X`, or its union, does). An average (`thu nhập
    bình quân của người lao động toàn ngành`) is the statistics of those the body is about."""
    if fig.q.kind != "money" or not fig.q.per or WORKPLACE_UNION.match(org) \
            or orgs.EMPLOYER.match(org) and not org.startswith(AREA_SOURCE_NAMES):
        return False  # (a job centre pays none of the jobs it offers)
    text = text_of(doc)
    start = clause_bounds(text, fig.q.start, ";")[0]
    return bool(PAY.search(text, start, fig.q.start)) and not AVERAGE.search(text, start, fig.q.start)


AREA_WRITTEN = regex.compile(r"(Thành phố|" + lexicon.alternation([*lexicon.DISTRICT_LEVELS, *lexicon.WARD_LEVELS])
                             + r") (\p{Lu}.*)")  # (as `orgs.area_name` writes a territory)


def _territorys_union(area: str) -> str | None:
    """The union system of a territory named as `orgs.area_name` writes it: its federation (the
    Tổng LĐLĐ for `Việt Nam`), or a ward's union."""
    if area == "Việt Nam":
        return orgs.canonical(orgs.Mention(0, 0, UNION, "Việt Nam"))
    written = AREA_WRITTEN.fullmatch(area)
    return orgs.canonical(orgs.Mention(0, 0, UNION, "", written.group(1).lower(), written.group(2))) if written else None


def _workforce_employer(doc, fig: Figure, org: str, full_names: dict) -> str:
    """A workplace's workforce (`1.200 công nhân`), told where its union is the one the context
    is about, is the workplace's: the union's are its members (`đoàn viên`), and those taking part
    in what the union the sentence names does (`Công đoàn trường đã ... tổ chức Hội thi ... với 32
    giáo viên tham gia`)."""
    counted = (fig.counted or "").lower()
    employer = _employer(org, full_names) if (counted in WORKFORCE_UNITS_LOWER or counted in lexicon.WORKPLACE_PEOPLE) \
        and not UNION_WORDS.search(text_of(doc), 0, fig.q.start) else None
    if employer and counted in lexicon.WORKPLACE_PEOPLE and not employer.startswith(lexicon.WORKPLACE_PEOPLE[counted]):
        return org  # (a school's or hospital's people, of a workplace of that kind only: lexicon workplace_people)
    return employer or org


# A programme introduced by its name (`tổ chức chương trình mang tên “X”`, `chọn “X” làm hoạt động
# trọng tâm ..., dự kiến diễn ra ngày ...`), not named as the frame of something else (`thuộc
# khuôn khổ “X”`); and a sentence that goes on about it (`Chương trình có quy mô 800 người`).
PROGRAMME_NAMED = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.PROGRAMME_NOUNS)) + r")\s+(?:mang tên\s+|có tên\s+)?[“\"]|"
    r"[“\"][^”\"]{3,80}[”\"]\s*làm\s+(?:hoạt động|chương trình)", regex.IGNORECASE)
FRAMED_BY = regex.compile(r"(?:khuôn khổ|thuộc|trong)\s*$")
PROGRAMME_ANAPHOR = regex.compile(r"^\s*(?:" + "|".join(regex.escape(w[0].upper() + w[1:]) for w in lexicon.PROGRAMME_NOUNS)
                                   + r")\s+(?=\p{Ll})")


def introduced_programme(marks: SentenceMarks, sentence: Sentence, ctx: ArticleContext,
                         own_period: str | None, previous: Carry | None) -> Carry | None:
    """The programme this sentence introduces (its organizer, time and status), else the one
    introduced before."""
    text = marks.text
    named = PROGRAMME_NAMED.search(text)
    if not named or FRAMED_BY.search(text, 0, named.start()):
        return previous
    organizer = subject_org(marks, sentence.start, partial(org_context, ctx))
    if not organizer:
        return previous
    target = "target" in marks.cues
    return Carry(period=own_period, target=target, org=organizer)


def build_facts(marks: SentenceMarks, doc, sentence: Sentence, ctx: ArticleContext, carry: Carry,
                paragraph: int, version: str) -> tuple[list[Fact], Carry]:
    """The facts of one sentence, and what it hands to the next sentence. `doc`: the sentence's
    Doc; None for a sentence without a figure (no facts: its `marks` make its carry)."""
    text = marks.text
    if carry.programme and PROGRAMME_ANAPHOR.match(text):  # `Chương trình có quy mô 800 người`
        programme = carry.programme
        carry = Carry(paragraph, programme.period, programme.target, programme.org, programme)
    if carry.stock_day and BREAKDOWN.match(text):
        carry = replace(carry, period=carry.stock_day)
    same_paragraph = carry.paragraph == paragraph
    inherit = same_paragraph or bool(ANAPHORA.match(text))
    own_period = sentence_period(marks, None, ctx)[0]
    if not marks.figures and marks.periods and all(MEETING_NAMED.search(text, 0, m.start) for m in marks.periods):
        own_period = None  # `Thông tin được đưa ra tại Hội nghị tổng kết công tác năm 2025, triển
        # khai nhiệm vụ năm 2026 do Cục ... tổ chức ngày 29/12`: the years name the meeting
    # `Năm nay`, `Xuân 2026` frame the year of what the paragraph dated before it (not `Trong
    # năm`, `cả năm`: the whole year, the one a review is about)
    vague_years = {resolve(m, ctx) for m in marks.periods
                   if m.kind == "occasion" or m.kind == "this_year" and "nay" in m.text.lower()}
    this_years_event = "nay" in text and bool(THIS_YEARS_EVENT.search(text))
    # `Trong năm`, `cả năm` after a year the paragraph named (`năm 2024, ... Trong năm, toàn huyện
    # thành lập mới 11 CĐCS`): that year, not the one the article is written in
    whole_years = {resolve(m, ctx) for m in marks.periods if m.kind == "this_year" and "nay" not in m.text.lower()}
    yearless_months = {resolve(m, ctx) for m in marks.periods if m.kind == "named_month" and not m.fields.get("y")
                       and "nay" not in m.text.lower()}  # (`Tháng Công nhân năm nay`: the year of writing)
    year_told = str(periods.year_of(carry.period)) if same_paragraph and periods.year_of(carry.period) else None
    at_event = event_cue(text)
    now = any(m.kind == "now" for m in marks.periods)  # `Hiện nay, ... có 383`
    just_done = bool(JUST_DONE.search(text)) and text.count("vừa") == 1
    same_day = _the_same_day(carry, ctx, same_paragraph and bool(PART_OF_THE_SAME_DAY.search(text))) \
        if SAME_DAY.search(text) else None
    own_term = next((resolve(m, ctx) for m in marks.periods
                     if m.kind == "term"), None)  # `Đại hội ..., nhiệm kỳ 2023 - 2028`
    facts, previous_end = [], 0
    occurred = None  # the territory the sentence counts on, once a figure of it said so
    # the status the sentence hands on: its last claim's, not a yardstick's glossed in brackets
    # (`vượt 25% so với kế hoạch năm (15.000 người)`: a result)
    claimed_target = None
    # a sentence telling a time already past (`Đến hết tháng 9/2024, ...`, `Cũng trong 9 tháng, ...`)
    # tells results, whatever the sentence before planned
    told_done = bool(ctx.published) and any(
        (m.kind in DONE_KINDS or m.kind in ("year", "last_year") and told[:4] < ctx.published[:4])  # (a year gone)
        and periods.last_month(told) <= ctx.published[:7]
        for m in marks.periods if (told := resolve(m, ctx)))
    figures = figures_of(doc) if doc is not None else []
    law = _law_cited(doc) if figures else None  # (of the sentence: asked once, not per figure)
    cites_a_law = law is not None
    # (the bodies named in the answer's heading before the law: who answers gives nothing the law
    # provides: `Luật sư X (Trung tâm Tư vấn pháp luật ...) trả lời: Theo Điều 47 ...`)
    answerers = {orgs.canonical(s._.org) for s in doc.spans["orgs"] if s.end_char <= law} if cites_a_law else set()
    for fig in figures:
        q = fig.q
        comparator, raw_start = comparator_of(text, fig)
        raw_end = max(fig.unit_end, q.end)
        target = is_target(doc, fig, carry, inherit and at_event != "opens" and not told_done, figures)
        # (a family's home described, its size, rooms and cost, is no body's and of no time: the
        # read golds 30 : 0, even where the sentence says when it was built)
        personal = is_personal(fig, text) or statutory_share_of_pay(text, fig) or _home_described(doc, fig)
        period, undated = (None, True) if personal or owned_share(text, fig) or superseded(text, fig) \
            else sentence_period(marks, fig, ctx, target)
        said = period  # (the time the sentence itself gives the figure)
        # a day this sentence gives, after the lead, is that day of a several days' event (`Chiều
        # 15/5, tại xã Kim Chung, ... bàn giao 2 “Mái ấm Công đoàn”`); the lead's day stands for
        # all of them (`Ngày 7-2, ... khai mạc`, `hai ngày 7 và 8-2`)
        own_day = period if period and len(period) == 10 and sentence.idx >= OWN_DAY_AFTER else None
        # (what is planned for a Tết is of that Tết's year, not of the day it was planned on:
        # `Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp Công đoàn dự kiến chăm lo ...`)
        if period and period in vague_years and not (target and TET_SEASON.search(text)):
            period = as_precise(period, ctx.event_day if this_years_event
                                or not target and OPENS_ON_THIS_YEAR.match(text)
                                else carry.period if same_paragraph else None, ctx)
        if year_told and period in whole_years:
            period = year_told
        told = year_told or next((y for y in sorted(whole_years) if y and len(y) == 4), None)
        if told and period and period[:4] != told and period in yearless_months:
            period = told + period[4:]  # `Cũng trong năm [2025], ... trong Tháng Công nhân, ...`:
            # the month of the year the sentence or paragraph tells of, not of the year of writing
        own, yearly = own_life(doc, fig, ctx.asked), False
        # (a length of time measured, leave, a benefit, overtime: a person's or a rule's, unless its
        # sentence says whose and when)
        time_measured = (fig.counted or "").lower() in TIME_UNITS \
            and not ends_with(LOAN_FOR, text, q.start)  # (a loan's term is its lender's, as its rate is)
        # (what is now is from `hiện` on, or in its clause: `toàn xã giải quyết việc làm cho 415 lao
        # động, giảm 3 hộ nghèo, hiện còn 5 hộ nghèo`: the first two are of the year reviewed)
        clause = clause_bounds(text, q.start, ",;")
        now_here = now and any(m.kind == "now" and (m.start < q.start or clause[0] <= m.start < clause[1])
                               for m in marks.periods)
        if own:  # (what the person says of now is of the day they say it)
            period = period or ((ctx.event_day or ctx.published) if now_here else None)
        elif not period and not personal and same_day:
            period = same_day
        elif not period and not personal and not loan_term(doc, fig):
            # (a loan's standing terms hold for as long as the programme does: `Mức cho vay tối đa
            # là 50 triệu đồng/hộ, ..., lãi suất 0,5%/tháng`, no period of their own)
            period = _period_from_context(carry, ctx, inherit, undated, target, at_event, now_here,
                                          just_done, bool(THIS_OCCASION.match(text)))
            if period and ((cites_a_law or time_measured) and len(period) != 10
                           or cites_a_law and not set_by_decree(doc, raw_start)):
                period = None  # what a law provides holds while it is in force, not in the year or
                # months the article reports (LAW_CITED), nor from a day told before (the golds:
                # `Theo Điều 66 của Luật, mức lương hưu ... bằng 45%` after `từ ngày 1/7/2025`); but the
                # pay levels a decree sets are from the day the article says they hold from (`Từ 1/1/2026`)
            if ctx.surveyed and period and SURVEYED.search(text):
                period = ctx.surveyed
            yearly = undated and target  # `hằng năm phấn đấu thành lập ít nhất 15 CĐCS`: a
            # yearly target has no period; it keeps the term the time told before sets it for
        # (the first or last day of the event, handed on, stays that day: `Cụ thể, ...`)
        period = own_day or (period if period == carry.period and _an_end_of_the_event(period, ctx)
                             else as_precise(period, None, ctx))
        if ends_with(RAISED_TO_BEFORE, text, fig.q.start) and _levels_dated(text, fig, marks, ctx):
            period = ctx.new_level_from  # (the level after a change: `_levels_dated`)
        if period and period == ctx.event_day and "/" in period and AT_THE_END.match(text):
            period = period.split("/")[1]  # `Kết thúc Hội thao, Ban Tổ chức đã trao ...`
        elif period and period == ctx.event_day and "/" in period and AT_THE_OPENING.match(text):
            period = period.split("/")[0]  # `Ngay tại lễ khai mạc, ... khám sức khỏe cho 300 đoàn viên`
        # `Tính đến ngày 9-1, ... mức thưởng Tết Bính Ngọ 2026 bình quân ...`: of that Tết, and
        # stated as it is (a level, not a plan, though the Tết is still to come)
        bonus = bonus_tet(marks, ctx, fig) if q.kind == "money" or fig.counted == "tháng lương" else None
        # (a level a decree sets from a day to come is a rule stated, not a target: `Theo đó, mức lương
        # tối thiểu tháng vùng I là 5.310.000 đồng/tháng` from 1/1/2026)
        target = target or not bonus and _in_the_future(period, ctx, doc) and not set_by_decree(doc, raw_start)
        period = bonus or period
        if target and not bonus and ctx.published and TET_SEASON.search(text) \
                and not any(m.kind in FRAME_KINDS for m in marks.periods):
            period = coming_tet(ctx)  # `Dịp Tết, Công đoàn dự kiến trao 3.000 suất quà`
        if ctx.agreement and ctx.agreement[0] <= sentence.start and not target and not personal \
                and (q.kind in ("money", "percent") or fig.counted == "tháng lương") \
                and PAY.search(text, 0, q.start) \
                and no_time_of_its_own(marks, ctx):
            period = ctx.agreement[1]  # `Thỏa ước quy định tiền ăn ca 35.000 đồng/bữa`, `Ngoài ra, NLĐ được
            # thưởng Tết tối thiểu 1 tháng lương`: what the agreement the article reports provides
            # holds for as long as it does, where the sentence gives no time of its own
        if not said and level_before_a_change(text, fig):
            period = ctx.level_in_force_since if _levels_dated(text, fig, marks, ctx) else None  # `tiền ăn ca được nâng từ 28.000 đồng lên
            # 32.000 đồng/suất`: the level before the change held before the time told; only a time of
            # its own dates it, or the day the article says the level in force holds from
        # `2 con` of a worker, the rent a worker pays: no organization
        org, source = _organization(doc, fig, sentence, ctx, carry, inherit,
                                    personal or own or persons_own_count(doc, fig))
        if occurred and not personal and not own and org != occurred and (
                source in ("context", "title") or source == "sentence"
                and _goes_on_listing(doc, fig) and not (org and TERRITORY_NAME.match(org))):
            org, source = occurred, "sentence"  # `cả nước xảy ra 7.402 vụ ..., làm 7.561 người bị nạn`,
            # `cả nước giải quyết việc làm cho 1,62 triệu lao động ...; đưa 155.280 lao động đi
            # làm việc ở nước ngoài`: the territory the sentence counts on goes on counting
            # what no body named in it owns
        elif facts and not personal and not own \
                and facts[-1].org_source == "sentence" and CHANGE_OF_IT.fullmatch(text, previous_end, raw_start):
            org, source = facts[-1].organization, "sentence"  # `mức lương thấp nhất tại công ty sẽ
            # là 5.350.000 đồng/tháng, cao hơn 390.000 đồng so với ...`: how the figure before changed
            # is the same owner's, whoever tells it (`Theo ông A, Phó Chủ tịch UBND xã, sản lượng ...
            # của xã đạt 18.500 tấn, tăng 7,2% so với cùng kỳ`: the commune's, both)
        elif facts and not personal and not own and facts[-1].org_source == "sentence" \
                and EACH_PART.match(text, clause_bounds(text, q.start, ",;")[0]):
            org, source = facts[-1].organization, "sentence"  # `trao 300 suất quà của Ngân hàng X, mỗi
            # suất gồm 1 thẻ mua hàng trị giá 300.000 đồng`: what each of the things just counted holds
            # is given as they are (not by the sponsor named between)
        if source in ("context", "title") and (cites_a_law or time_measured) or org in answerers:
            org, source = None, None  # (the law's: LAW_CITED; or a length of time's, above)
        term = own_term or _congress_term(period, ctx) or term_for(period, ctx)
        if yearly:
            period = None
        facts.append(Fact(
            article_id=sentence.article_id, sentence_idx=sentence.idx,
            raw=text[raw_start:raw_end], start=sentence.start + raw_start,
            end=sentence.start + raw_end, value=q.value,
            unit={"percent": "%", "money": q.currency}.get(q.kind, fig.counted), organization=org,
            metric=metric_of(doc, fig, previous_end), numerator=q.numerator,
            denominator=q.denominator, percent=q.value if q.kind == "percent" else q.percent,
            comparator=comparator, status="target" if target else "actual", period=period,
            term=term, consistency=consistency(q), org_source=source,
            extractor_version=version,
        ))
        previous_end = raw_end
        if not yardstick_glossed(text, fig) and not yardstick_value(text, fig):
            claimed_target = target
        if org and TERRITORY_NAME.match(org) and (source == "sentence" or not doc.spans["orgs"]):
            occurred = org  # (or the territory the article's body reports, in a sentence naming
            # none: `... lần lượt là xây dựng (7 vụ); sản xuất vật liệu xây dựng (5 vụ)`)
    if own_period in vague_years and (this_years_event or OPENS_ON_THIS_YEAR.match(text) and facts
                                      and all(f.status == "actual" for f in facts)):
        own_period = as_precise(own_period, ctx.event_day, ctx)  # (handed on as its facts read it)
    if year_told and own_period in whole_years:
        own_period = year_told  # (`năm 2024, ... Doanh thu cả năm đạt ...`: that year, handed on as read)
    first_period = next((f.period for f in facts if f.period), None)
    organizer = _organizer(carry, ctx)
    programme = introduced_programme(marks, sentence, ctx, own_period, carry.programme)
    handed, stock_day = own_period or first_period, None
    in_force = next((day for m in marks.periods if m.kind == "name" and m.fields.get("d")
                     and ends_with(periods.IN_FORCE_BEFORE, text, m.start)
                     and (day := periods.resolve_published(replace(m, kind="date"), ctx.year, ctx.published))),
                    None) if not facts else None
    if in_force:  # `Ngày 10/11/2025, Chính phủ ban hành Nghị định 293 ..., có hiệu lực thi
        handed = in_force  # hành từ ngày 1/1/2026. Theo đó, mức lương tối thiểu ...`: what the document
        # provides holds from the day it takes effect, not the day it was issued
    own_read = {f.period for f in facts}
    if handed and ctx.period and len(handed) == 4 and PART_OF_A_YEAR.fullmatch(ctx.period) \
            and ctx.period.startswith(handed) and TET_SEASON.search(text) \
            and any(m.kind in ("occasion", "lunar_year") for m in marks.periods):
        handed = None  # `Dịp Tết Giáp Thìn 2024, ... trao 16.850 suất quà` in a review of the
        # year's first half: the Tết is one occasion of it; what follows is of the half again
    aside = ASIDE_FRAME.match(text)
    if handed and aside and any(m.start == aside.end() for m in marks.periods):
        handed = None  # `Riêng 6 tháng cuối năm, doanh thu đạt 586 tỷ đồng`: a part told aside; what
        # follows is of the time told before it again (`Thu nhập bình quân ... tăng 7% so với năm trước`)
    if handed and handed in as_of_days(marks, ctx):
        handed, stock_day = None, handed  # `đến ngày 31/3/2025, ... còn 87 doanh nghiệp nợ`: a
        # stock on that day; what the next sentence does happened in the period before it
    # (a day of the event its opening or end names is handed on as it is: `Sau hai ngày thi đấu,
    # Ban tổ chức đã trao 48 bộ giải. Cụ thể, ...`)
    one_day = handed == first_period and _an_end_of_the_event(handed, ctx) and (
        AT_THE_END.match(text) or AT_THE_OPENING.match(text) or handed == carry.period)
    return facts, Carry(
        paragraph,
        # (as its facts read it: `Theo báo cáo ..., năm 2024 có 19/19 chỉ tiêu` after the lead's day
        # hands on the year it reports)
        (handed if one_day or handed == own_period and own_period in own_read else
         as_precise(handed, carry.period if same_paragraph else None, ctx))
        or (carry.period if inherit else None),
        (claimed_target if claimed_target is not None else facts[-1].status == "target") if facts
        else inherit and carry.target,
        occurred
        or (area_of(doc, figures[-1], ctx, sentence.start) if figures else None)
        # (who attends an event, `Tham dự buổi trao tặng có ông X, ... LĐLĐ thành phố`, does
        # nothing the next sentence tells)
        # (the event's organizers who gave, for what the next sentence says of it: `Kết quả, Ban Tổ
        # chức đã trao 1 giải Nhất ... Cụ thể, giải Nhất trị giá 5 triệu đồng`)
        or (organizer if organizer and figures and _organizers_give(doc, figures[0]) else None)
        or (None if ATTENDING.match(text) else subject_org(marks, sentence.start, partial(org_context, ctx)))
        or (carry.org if inherit else None), programme, reviewed_term(marks, ctx, carry, at_event),
        stock_day)


# A sentence that opens citing a law (`Theo Nghị định 12/2022/NĐ-CP, người sử dụng lao động ... bị phạt
# tiền từ 5 - 50 triệu đồng`, `Trả lời: Theo Điều 47 Bộ luật Lao động năm 2019, ...`, `Theo quy định,
# ...`): what it gives is the law's, no body's but one the sentence names.
# (after the answer's heading too, whoever answers: `Luật sư X (Trung tâm Tư vấn pháp luật Công đoàn
# TP.HCM) trả lời: Theo Điều 47 Bộ luật Lao động năm 2019, ...`)
LAW_CITED = regex.compile(
    r"^\s*(?:\(\p{Lu}+\)\s*)?(?:(?:[^:.;]|\.(?=\S)){0,120}?(?i:" + lexicon.alternation(lexicon.ANSWERING_VERBS)
    + r")\s*:\s*)?(?:(?i:" + FURTHER_DEED + r")\s*,\s*)?"  # (`Ngoài ra, theo Điều 98 Bộ luật Lao động, ...`)
    # (or after who says it: `luật sư Trần Minh Khôi (Đoàn Luật sư tỉnh Đồng Nai) cho biết, theo khoản 2 Điều 216 ...`)
    r"(?:[^:.;]{0,160}?(?<![\p{L}])(?:" + lexicon.alternation(lexicon.SAYING_VERBS) + r")\s*,\s*(?=[Tt]heo\s|[Cc]ăn cứ\s))?"
    # (after the topic: `Về xử lý vi phạm, theo khoản 3 Điều 17 ...`; or the penalty it provides, cited
    # after who incurs it: `Người sử dụng lao động ... bị xử phạt theo khoản 3 Điều 17 Nghị định số ...`)
    r"(?:[Vv]ề\s[^,.:;]{1,60},\s*|[^:.;]{0,120}?(?<![\p{L}])bị\s+(?:xử\s+)?phạt(?:\s+tiền)?\s+(?=[Tt]heo\s))?"
    r"(?P<law>(?:[Tt]heo|[Cc]ăn cứ(?:\s+theo)?)\s+(?:quy\s+định(?:\s+tại)?\s+)?"
    r"(?:(?:điểm|khoản)\s+\S+\s+)*(?:Điều\s+\d+|quy\s+định|" + lexicon.alternation(lexicon.LEGAL_DOCUMENTS) + r")"
    # (or that opens on the law itself, of which it tells: `Luật Công đoàn số 50/2024/QH15 ... gồm 6 chương`)
    r"|(?:" + lexicon.alternation(lexicon.LAWS) + r")(?=\s+\p{Lu}))(?![\p{L}])")


def _law_cited(doc) -> int | None:
    """Where the law the sentence opens citing (LAW_CITED) begins, when it names no body but its
    maker (not a body's own resolution: `Theo Nghị quyết Đại hội Công đoàn ngành Công Thương Hà Nội
    ..., hằng năm mỗi CĐCS có ít nhất 1 sáng kiến`, the union's targets); else None."""
    text = text_of(doc)
    cited = LAW_CITED.match(text)
    if not cited:
        return None
    clause_end = text.find(",", cited.end())
    clause_end = len(text) if clause_end < 0 else clause_end
    if any(cited.start("law") <= s.start_char < clause_end and not s._.org.generic
           and orgs.canonical(s._.org) not in lexicon.LAWMAKERS
           for s in doc.spans["orgs"]):  # (not who answers, before the law; nor a bare `Bộ` of `Bộ luật`)
        return None
    return cited.start("law")


# A change told right after a figure, of it (`X đạt 7.645 tỷ đồng, tăng 2.734 tỷ đồng`), or the
# share of a part of it (`đạt 18.500 tấn ...; trong đó sản lượng khai thác xa bờ chiếm gần 80%`).
CHANGE_OF_IT = regex.compile(r"[^\d,;.()]{0,20},\s*(?:(?:tăng|giảm)(?:\s+thêm)?|cao hơn|thấp hơn)\s+(?:\p{Ll}+\s+)?"
                             # (the facts are in order: no other figure but a time between them)
                             r"|[^;.()]{0,60}[,;]\s*trong\s+(?:số\s+)?đó[^\d;.()]{0,60}?(?<![\p{L}])chiếm\s+(?:\p{Ll}+\s+)?")


ASIDE_FRAME = regex.compile(r"\W*Riêng\s+(?:trong\s+)?")  # (a time that opens a sentence set aside)
PART_OF_A_YEAR = regex.compile(r"\d{4}-(?:H[12]|Q[1-4])|\d{4}-\d\d/\d{4}-\d\d")  # (a review's months)


def as_of_days(marks: SentenceMarks, ctx: ArticleContext) -> set[str]:
    """The days this sentence counts a stock on (`đến ngày 31/3/2025`, `Tính đến hết ngày ...`)."""
    return {resolve(m, ctx) for m in marks.periods if m.as_of}


REVIEW = regex.compile(r"(?<![\p{L}])(?:tổng kết|báo cáo|nhìn lại)(?![\p{L}])", regex.IGNORECASE)
TERM_OPENS = regex.compile(r"\s*(?:(?:Trong|Suốt)\s+)?", regex.IGNORECASE)  # (the term frames what follows)


def reviewed_term(marks: SentenceMarks, ctx: ArticleContext, carry: Carry, at_event: str) -> str | None:
    """The ended term this sentence's report reviews, else the one reviewed before (none once
    the text is at the event again: `Đại hội đã bầu ...`, `Dịp này, ...`)."""
    text = marks.text
    for m in marks.periods:
        if m.kind == "term" and (REVIEW.search(text, 0, m.start) or TERM_OPENS.fullmatch(text, 0, m.start)) \
                and _term_ended(m, ctx):  # (`Nhiệm kỳ 2018 - 2023, Công đoàn Công ty đã ...`)
            return resolve(m, ctx)
        if m.kind == "past_term" and resolve(m, ctx):
            return resolve(m, ctx)
    return None if at_event else carry.report
