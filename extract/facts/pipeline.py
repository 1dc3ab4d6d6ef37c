"""Article -> sentences and facts (issue 5). Pure: no SQL, files or network.

Sentences come from `solieu.extract.facts.sentences`; each sentence that can hold a figure becomes a spaCy
Doc (`solieu.extract.facts.nlp`: words, components marking figures, periods, organizations,
cues); `solieu.extract.facts.assembly` turns the marks into `Fact` records with offsets into `article.body`.
Sentences without a digit or a number word get no Doc: their periods, organizations and cues
(`assembly.SentenceMarks`) make what they hand to the sentences after them (nothing after the
last sentence with one).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import regex

from solieu.extract import lexicon
from solieu.extract.article import dates
from solieu.extract.facts import orgs, periods
from solieu.extract.facts.backwards import ends_with
from solieu.extract.facts.attribution import (ASSIGNER, ISSUER_BEFORE, PERSON_WORKS_AT, SOURCE_NAMED, as_subject,
                                              usable_mentions)
from solieu.extract.facts.assembly import (AGREEMENT, DAY_KINDS, TERRITORY_NAME, UNION_WORDS, WORKFORCE_UNITS_LOWER,
                                           ArticleContext, SentenceMarks, in_quotes, names_the_achieved,
                                           names_the_inspected, programme_school_year)
from solieu.extract.facts.nlp import MARK_PIPES, Marks, get_nlp, sentence_doc
from solieu.extract.facts.numbers import DIGIT_WORDS, has_number
from solieu.extract.records import Article, Fact, Sentence
from solieu.extract.facts.sentences import split_body

EXTRACTOR_VERSION = "0.8.0"  # real-text rules, second round (issue 12): stored facts are extracted again
LEAD_SENTENCES = 6  # the title and the lead: where the article's own organization and period are
CUT_OFF_WORDS = 12  # longer than a byline, a caption credit or a title
CUT_OFF_CLAUSE_WORDS = 5  # or shorter, but with a comma: prose (`Với 555 sáng kiến, đề tài khoa`)
SENTENCE_END = regex.compile(r"[.!?…:;)\]”\"»']\s*$")
EVENT_DAYS = 7  # an event lasts days (a fair, a congress); a range of weeks is a campaign's
CAMPAIGN_DAYS = 31  # (`từ ngày 13 - 24/5`, an inspection); a longer range is a span reported on
SEASON_DAYS = 92  # (a tournament of some weeks, a season; not a year's span reported on)
CONGRESS = regex.compile(r"(?<![\p{L}])Đại hội(?![\p{L}])")
ARTICLE_PERIOD_KINDS = {"year", "occasion", "issued", "months", "half", "quarter", "month", "monthrange", "named_month",
                        "this_year", "span", "month_to_date"}
VAGUE_YEARS = {"occasion", "answered_month", "this_year", "year_to_date"}  # a year that names an occasion or says `năm nay`
EVENT_DAY_KINDS = DAY_KINDS | {"held"}  # (the day a review meeting is held is the event's)


def _published_year(article: Article) -> int | None:
    date = article.published or ""
    return int(date[:4]) if date[:4].isdigit() else None


def _first(mentions, kinds: set[str], year: int | None, published: str | None) -> str | None:
    """The first of the mentions of these kinds that resolves to a period."""
    return next((p for p in (periods.resolve_published(m, year, published)
                             for m in mentions if m.kind in kinds) if p), None)


def article_context(article: Article, marks: list[Marks], definitions: dict,
                    starts: list[int] = ()) -> ArticleContext:
    """What every sentence may need: the article's year, period, event day, terms, places,
    workplaces, abbreviations and main organization. `marks`: of the title, then of each
    sentence; `starts`: each sentence's offset in the body."""
    lead = marks[:LEAD_SENTENCES + 1]
    mentions = [m for mark in marks for m in mark.periods]
    # Undated articles: a year told up to now (`Từ đầu năm 2025 đến nay`), the year of writing,
    # wherever it is told; else the year the lead gives (a congress opens its term's first year:
    # `Hôm nay (21/2), Đại hội ..., nhiệm kỳ 2023 - 2028`), else the first the text gives; not a
    # name's year (`Luật Việc làm 2013`), nor a comparison's base, nor the year a state began (`làm
    # công nhân tại công ty từ năm 2013`); a span of years reviewed ends in the year of the review
    # (`biểu dương ... sáng kiến tiêu biểu giai đoạn 2023-2025`)
    # (a page with no date may still give it in its address: `/xa-hoi/202508/...`)
    # (or the year an anniversary the lead keeps is reached: `kỷ niệm 43 năm Ngày Nhà giáo Việt Nam
    # (20/11/1982 - 20/11/2025)`, whatever school year the text names)
    year = _published_year(article) or dates.url_year(article.url) or next(
        (int(m.fields["y"]) for m in mentions if m.kind == "year_to_date" and m.fields.get("y")), None) or max(
        (int(m.fields["y"]) for mark in lead for m in mark.periods
         if m.kind == "name" and m.fields.get("y") and periods.in_anniversary(mark.text, m.start)), default=None) or next(
        (int(m.fields.get("y") or (m.fields["b"] if m.kind == "span" else m.fields["a"]))
         for mark in [*lead, *marks] for m in mark.periods
         if (m.fields.get("y") or m.kind in ("term", "span")) and m.kind not in ("name", "base")
         and not periods.began_in(mark.text, m)), None)
    terms = list(dict.fromkeys(periods.resolve(m, year) for m in mentions if m.kind == "term"))
    places = orgs.places_named(article.body)
    context = orgs.Context(definitions=definitions,
                           city=orgs.article_city(f"{article.title or ''}\n{article.body}", article.url),
                           province=orgs.article_province(places, article.url),
                           paper=orgs.paper_place(article.url))
    context.full_names = {**full_names(marks, context), **{
        written: orgs.read_whole(full, context)
        for short, full in orgs.find_short_names(article.body).items()
        # (as written, and as read: `Công đoàn TKV`, its abbreviation spelled out)
        for written in (short, orgs.expand_abbreviations(short, context))}}
    published = article.published[:10] if article.published else None
    # the event is told in the first paragraphs of prose (a sapo, then the paragraph that opens
    # the story); a day told further on is of something else (`Theo Nghị định ..., từ ngày
    # 1/7/2024, mức lương ...`, the fourth paragraph of a report on nine months)
    opening = lead[:1 + _opening_sentences(article.body, starts[:LEAD_SENTENCES], article.title)]
    opening_mentions = [m for mark in opening for m in mark.periods]
    lead_day = _event_day(opening_mentions, year, published)
    lasting = _days_an_event_lasts(marks)
    event_day = _lasted(_spanned(lead_day and lead_day[0], _event_spans(opening), lasting, year, published),
                        opening, year, published)
    # a stock counted as of the lead's day (`tính đến ngày 20/1`) is no event: now is the day
    # the article was written
    # ...nor is a campaign of weeks (`từ ngày 13 - 24/5`, an inspection): now is the day of writing
    now_day = published if lead_day is None or published and (
        lead_day[1].as_of or "/" in event_day and periods.days_in(event_day) > EVENT_DAYS) else event_day
    # a reader's question answered (READERS_QUESTION): the answer's figures are the law's, neither
    # the answering body's nor of the time the reader tells of
    # (a report that ends with a reader's question, in a box of its own, is a report up to it:
    # `ArticleContext.at` gives the answer's context from the question on)
    question = READERS_QUESTION.search(article.body)
    answers_a_reader = question is not None and question.start() <= len(article.body) * QUESTION_OPENS
    # (but the day a rule holds from, which the answer explains: `Lương tối thiểu vùng từ 1/1/2026 tăng 7,2%`)
    period = next((day for day in (_day_a_rule_holds_from(mark, year, published) for mark in lead) if day), None) \
        if answers_a_reader else article_period(lead, lasting, year, published, terms)
    surveyed = next((periods.resolve(m, year) for mark in marks for m in mark.periods
                     if SURVEY_MADE.search(mark.text, 0, m.start)), None)
    if surveyed and (period is None or len(period) == 4 and surveyed.startswith(period)):
        period = surveyed
    return ArticleContext(
        body=article.body, year=year, published=published,
        period=period,
        event_day=event_day, now_day=now_day, terms=terms,
        places=sorted(places + provinces_ending_names(marks[1:], starts)), definitions=context.definitions,
        main_org=None if answers_a_reader else main_organization(opening, lead_context(lead, context)),
        answered_from=question.start() if question and not answers_a_reader else None,
        asked=answers_a_reader,
        full_names=context.full_names, event_term=congress_term(lead, year),
        agreement=agreement_validity(lead, marks[1:], starts, year),
        workplaces=workplaces_named(marks[1:], starts, context), city=context.city,
        province=context.province, paper=context.paper, surveyed=surveyed,
        level_in_force_since=_day_the_level_in_force_holds_from(marks[1:], year, published),
        new_level_from=next((day for mark in lead
                             if (day := _day_a_rule_holds_from(mark, year, published, CHANGE_FROM_THE_DAY))), None))


# `thứ 4 ... trong năm 2024`, `thứ tư ...`: the rank of an event in a year (numbers.DIGIT_WORDS, `mười`)
RANKED_IN_THE_YEAR = regex.compile(r"(?<![\p{L}])thứ\s+(?:\d+|mười|" + "|".join(DIGIT_WORDS) + r")(?![\p{L}\d])"
                                   r"[^.;]{0,80}?\s(?:trong\s+)?(?:năm\s+)?$")
AIMED_AT = regex.compile(r"\s*,?\s*(?:" + "|".join(map(regex.escape, lexicon.TARGET_VERBS)) + r")(?![\p{L}])")


def article_period(lead: list[Marks], lasting, year: int | None, published: str | None,
                   terms: list[str] = ()) -> str | None:
    """The period of the first text of the title and lead that gives one: its explicit period,
    else a year that only names an occasion or says `năm nay` (`Dịp Tết ... 2026`, `Lễ phát
    động Tháng Công nhân ... năm 2024`), which gives way to the days that text gives the event
    in that year. After a text that gives only the event's day (`Ngày 19/5, ...`: that is
    `event_day`), only a period of the same year (the year a report covers), not a past one
    told later (`Chồng chị mất năm 2019`). `lasting`: the article's mentions of the days an
    event lasts (`_days_an_event_lasts`)."""
    day = None
    for i, mark in enumerate(lead):
        day_years = {(periods.resolve_published(m, year, published) or "")[:4]
                     for m in mark.periods if m.kind in DAY_KINDS}
        framing = [m for m in mark.periods  # a term's years (`(2023-2028)`) are no period of it
                   if not (m.kind == "span" and periods.resolve(m, year) in terms)
                   and not names_the_inspected(mark.text, m)  # (nor what an inspection checks,
                   and not names_the_achieved(mark.text, m)  # what the awarded achieved,
                   # the school year a programme is named by, after the day it gives that year,
                   and not programme_school_year(mark.text, m, lambda span: periods.resolve(span, year),
                                                  day_years)
                   and not periods.before_a_past_year(mark.text, m, year)
                   and not periods.began_in(mark.text, m)  # (nor the year a state began)
                   # (nor the year an event is ranked in: `Đây là “Mái ấm Công đoàn” thứ 4 được LĐLĐ huyện
                   # bàn giao trong năm 2024`, after the day of the handing-over)
                   and not (day and RANKED_IN_THE_YEAR.search(mark.text, 0, m.start))
                   # (nor the year a programme is named by, beside the day it gives it: `Sáng 8/2,
                   # ... tổ chức chương trình "Chuyến xe Công đoàn - Xuân gắn kết 2026"`)
                   and not (m.kind == "year" and in_quotes(mark.text, m.start)
                            and (periods.resolve(m, year) or "")[:4] in day_years)
                   and not AIMED_AT.match(mark.text, m.end)  # (nor the year of a goal: `Năm 2025, phấn
                   # đấu đưa 125.000 lao động đi làm việc ở nước ngoài`, a headline over 2024's results)
                   and not m.ahead]  # nor a deadline: `phải hoàn thành việc trao quà trước ngày 25/1`)
        reviewed_year = REVIEWED_YEAR.search(mark.text)
        if reviewed_year and not any(
                m.start < reviewed_year.start() and m.kind not in EVENT_DAY_KINDS
                and not MEETING_LABEL.search(mark.text, max(0, m.start - 80), m.start)
                for m in mark.periods):
            # `Ngày 26/1, ... tổ chức Hội nghị viên chức ... năm 2024, tổng kết hoạt động năm 2023`:
            # the year reviewed is what the article reports on (not after a time of its own:
            # `Ngay từ đầu năm 2024, ... tổ chức Hội nghị tổng kết ... năm 2023`)
            return reviewed_year.group(1) or reviewed_year.group(2)
        explicit = _first(framing, ARTICLE_PERIOD_KINDS - VAGUE_YEARS, year, published)
        days = event_days(mark.periods, lasting, year, published,
                          [m for later in lead[i:] for m in later.periods])
        coming = _day_a_rule_holds_from(mark, year, published)
        if coming and not day and not explicit and not days:
            return coming  # `Từ 1/1/2026, tăng lương tối thiểu vùng bình quân 7,2%`, written in
            # November: what the article reports holds from that day
        if day and explicit and _first(framing, {"named_month"}, year, published) == explicit \
                and day.startswith(explicit):
            return day  # `Ngày 6/5, ... trao ... Hoạt động ... triển khai trong Tháng Công nhân`
        if day and explicit and len(explicit) == 7 and day.startswith(explicit):
            return day  # (a month told after the lead's day, holding it, says no more than the day:
            # `Sáng 17/6, ... trao 2.000 suất nước ...` then `từ đầu tháng 6 đến nay, Hà Nội đã trải qua ...`)
        if explicit and (not day or day.startswith(explicit[:4])):
            if len(explicit) == 4 and days and "/" in days and days.startswith(explicit):
                return days  # `Trong 2 ngày 16 - 17/10, ... lớp tập huấn ... năm 2024`: the
                # year of what the days hold, not a year's report
            return explicit
        period = _first(mark.periods, VAGUE_YEARS, year, published)
        reviewed = next((r for r in (_reviewed_occasion(later, year) for later in lead[i:]) if r),
                        None) if period and not day else None
        if reviewed:
            return reviewed  # `Ngày 27.5, ... tổng kết Tháng Công nhân ... năm 2026`: the month
            # reviewed is what the article reports on; the meeting's day is its event
        if period and not day:
            # (`Tháng hành động ... năm 2024` above the lead, whose `từ ngày 13 - 24/5` are the
            # event's days that year)
            # (not the day a stock is counted on: `tính đến ngày 10/1`)
            later_day = next((found for found in (_event_day(later.periods, year, published)
                                                  for later in lead[i + 1:]) if found), None)
            if not days and later_day and not later_day[1].as_of:
                days = _spanned(later_day[0], _event_spans(lead[i + 1:]), lasting, year, published)
            return days if days and days.startswith(period) else period
        day = day or days
    return None


OPENING_PARAGRAPHS = 2
PROSE = regex.compile(r"(?:\S+\s+){11,}\S*[.!?…”\"]\s*$")  # a paragraph of sentences, not a heading or stamp


def _opening_sentences(body: str, starts: list[int], title: str | None = None) -> int:
    """How many of the sentences at `starts` lie in the body's first OPENING_PARAGRAPHS
    paragraphs of prose (all of them when the offsets are not known); the headline written
    again above the text is none, though it ends with a quote (`... sửa "Mái ấm Công đoàn"`)."""
    if not starts:
        return LEAD_SENTENCES
    prose, seen = 0, set()
    for i, start in enumerate(starts):
        line_start = body.rfind("\n", 0, start) + 1
        if line_start in seen:
            continue
        seen.add(line_start)
        line_end = body.find("\n", start)
        line = body[line_start:line_end if line_end >= 0 else len(body)]
        if PROSE.match(line) and line.strip() != (title or "").strip():
            prose += 1
            if prose > OPENING_PARAGRAPHS:
                return i
    return len(starts)


REVIEWED = regex.compile(r"(?<![\p{L}])(?:tổng kết|sơ kết)(?![\p{L}])", regex.IGNORECASE)
REVIEWED_YEAR = regex.compile(r"(?<![\p{L}])(?:tổng kết|sơ kết)(?:\s+[\p{Ll}\p{Lu}][\p{L}]*){0,4}?\s+năm\s+(\d{4})(?!\d)"
                              # (`sơ kết công tác chăm lo Tết Nguyên đán Ất Tỵ 2025`: that Tết's year)
                              r"|(?<![\p{L}])(?:tổng kết|sơ kết)(?:\s+\p{L}+){0,5}?\s+Tết(?:\s+\p{L}+){0,4}?\s+(?:năm\s+)?(\d{4})(?!\d)",
                              regex.IGNORECASE)
# `Khảo sát được thực hiện từ tháng 6 đến tháng 8.2023 ...`: when the survey whose results the
# article reports was made, which dates its figures (told anywhere in the article)
SURVEY_MADE = regex.compile(r"(?<![\p{L}])(?:cuộc\s+)?khảo sát(?:\s+(?:này|được|đã))*\s+(?:thực hiện|tiến hành)"
                            r"\s*(?:(?:từ|vào|trong)\s+)?(?:(?:các\s+)?ngày\s+)?$",
                            regex.IGNORECASE)
MEETING_LABEL = regex.compile(r"(?<![\p{L}])Hội nghị[^.;:]{0,60}$")  # `Hội nghị người lao động năm 2024`
NAMED_MONTH = regex.compile(r"(?i:" + periods.NAMED_MONTH_NAMES + r")")


# `Ngay sau lễ phát động, “Ngày hội Công nhân” ... diễn ra trong hai ngày 27 và 28/4`: another event.
AFTER_THE_EVENT = regex.compile(r"\W*(?:Ngay\s+)?[Ss]au\s+(?:" + lexicon.alternation(lexicon.EVENT_NOUNS + ["phần", "đó"])
                             + r")(?![\p{L}])")
# A rule's first day: opening the text (`Từ 1/1/2026, tăng lương ...`) or what applies from it
# (`áp dụng từ ngày 1/1/2026`); not when an activity starts (`nhận hồ sơ từ ngày 16/12`).
FROM_THE_DAY = regex.compile(r"(?:^\W*|(?<![\p{L}])áp dụng\s+)(?:[Kk]ể\s+)?[Tt]ừ\s+(?:ngày\s+)?$")


# The level in force, told as the one now (`Mức lương tối thiểu hiện hành ... áp dụng từ ngày 1-7-2024`,
# `Hiện nay, mức lương ... đang được áp dụng theo Nghị định 74/2024/NĐ-CP, có hiệu lực từ ngày 1/7/2024`)
LEVEL_NOW = regex.compile(r"(?<![\p{L}])(?:hiện hành|[Hh]iện nay|đang được áp dụng)(?![\p{L}])")


def _day_the_level_in_force_holds_from(marks: list[Marks], year: int | None, published: str | None) -> str | None:
    """The first day of the level in force (LEVEL_NOW; the day it is in force or applies from),
    written with its year and not after the article, else None."""
    for mark in marks:
        if not LEVEL_NOW.search(mark.text):
            continue
        for m in mark.periods:
            if m.kind in ("date", "name") and m.fields.get("d") and m.fields.get("y") and (
                    ends_with(periods.IN_FORCE_BEFORE, mark.text, m.start) or ends_with(FROM_THE_DAY, mark.text, m.start)):
                # (a day in force is read as a name, `periods.find`: read as the day it is, as
                # build_facts reads the day a document takes effect)
                day = periods.resolve_published(replace(m, kind="date"), year, published)
                if day and (not published or day <= published):
                    return day
    return None


# (a change the title or lead says holds from a day: `đề xuất tăng lương tối thiểu vùng thêm 7,2% kể từ
# ngày 1/1/2026`)
CHANGE_FROM_THE_DAY = regex.compile(r"(?<![\p{L}])(?:[Kk]ể\s+)?[Tt]ừ\s+(?:ngày\s+)?$")


def _day_a_rule_holds_from(mark: Marks, year: int | None, published: str | None,
                           said: regex.Pattern = FROM_THE_DAY) -> str | None:
    """A day to come that the text says a rule holds from (`said`: FROM_THE_DAY), else None (a day
    past is an event's, `_event_day`'s)."""
    for m in mark.periods:
        if m.kind == "date" and ends_with(said, mark.text, m.start):
            day = periods.resolve_published(m, year, published)
            if day and published and day > published:
                return day
    return None


def _event_spans(marks: list[Marks]) -> list:
    """The period mentions of `marks` that may be the days of the event the lead reports: not
    those of a named month it launches or holds (`Sáng 10/5, ... Lễ phát động Tháng hành động
    về ATVSLĐ`, then `Tháng hành động ... được triển khai từ ngày 1/5 đến 31/5/2024`), nor those of
    an event told as coming after it (AFTER_THE_EVENT)."""
    return [m for mark in marks if not AFTER_THE_EVENT.match(mark.text)
            for m in mark.periods if not NAMED_MONTH.search(mark.text, 0, m.start)]


EVENT_NAMED = regex.compile(r"(?<![\p{L}])(?i:" + lexicon.alternation(lexicon.EVENT_NOUNS) + r")(?![\p{L}])")


def _days_an_event_lasts(marks: list[Marks]) -> list:
    """The mentions of `_event_spans` told of an event (`Phiên chợ kéo dài hai ngày 7 và 8-2`),
    not of a delegation's trip around it (`Trong hai ngày 11 - 12/10, đoàn công tác cũng đã đến
    thăm ...`): only those may widen the lead's day from further on in the article."""
    return [m for mark in marks if EVENT_NAMED.search(mark.text) for m in _event_spans([mark])]


def _reviewed_occasion(mark: Marks, year: int | None) -> str | None:
    """The occasion a review meeting of the lead reviews (`tổng kết Tháng Công nhân ... năm
    2026` -> `2026-05`), else None."""
    for m in mark.periods:
        if m.kind != "occasion" or not REVIEWED.search(mark.text, max(0, m.start - 150), m.start):
            continue
        named = list(NAMED_MONTH.finditer(mark.text, max(0, m.start - 150), m.start))
        if not named:
            return None
        return f"{m.fields['y']}-{periods.NAMED_MONTH_OF[named[0].group().lower()]:02d}"
    return None


def event_days(lead_mentions, mentions, year: int | None, published: str | None, spans=()) -> str | None:
    """The day(s) of the event the lead reports: its first date or day range, widened to the
    span the lead gives it (`spans`: the lead's mentions from there on) or to a day range of the
    article that holds it (`Ngày 7-2, ... khai mạc` and later `Phiên chợ kéo dài hai ngày 7 và
    8-2`)."""
    found = _event_day(lead_mentions, year, published)
    return _spanned(found and found[0], spans or lead_mentions, mentions, year, published)


def _spanned(day: str | None, lead_mentions, mentions, year: int | None, published: str | None) -> str | None:
    """`day` widened to the span the lead gives the event (`Hội thao diễn ra từ ngày 22 đến 30/3`),
    else to a shorter one the article tells that holds it (`hai ngày 7 và 8-2`; not `Sau 3 ngày
    thi đấu (22 - 24/3)` when the lead gave the whole)."""
    spanned = _widened(day, lead_mentions, year, published, CAMPAIGN_DAYS)
    return spanned if spanned != day else _widened(day, mentions, year, published)


def _widened(day: str | None, mentions, year: int | None, published: str | None,
             longest: int = EVENT_DAYS) -> str | None:
    """`day`, or the day range of `mentions` that holds it (of `longest` days at most)."""
    if not day or "/" in day:
        return day
    ranges = (periods.resolve_published(m, year, published) for m in mentions
              if m.kind == "daterange")
    return next((r for r in ranges if r and r.split("/")[0] <= day <= r.split("/")[1]
                 and periods.days_in(r) <= longest), day)


# `Tối 12/5, Ngày hội ... đã bế mạc sau 8 ngày diễn ra`: the event's days end on the lead's
CLOSED_AFTER = regex.compile(rf"(?<![\p{{L}}])(?:bế mạc|kết thúc|khép lại)\s+sau\s+({periods.MONTH_COUNT})\s+ngày",
                             regex.IGNORECASE)


def _lasted(day: str | None, opening: list[Marks], year: int | None, published: str | None) -> str | None:
    """The lead's day, or the days up to it when the lead says the event closed after them:
    after so many days (`bế mạc sau 8 ngày`), or from a day it names (`Lễ bế mạc ... Sau 6 tuần
    tranh tài (từ ngày 1/9 đến ngày 13/10)`: the tournament's days end on the lead's)."""
    if day and "/" not in day:
        spans = (periods.resolve_published(m, year, published) for mark in opening for m in mark.periods
                 if m.kind == "daterange")
        ending = next((span for span in spans if span and span.endswith(f"/{day}")
                       and periods.days_in(span) <= SEASON_DAYS), None)
        if ending:
            return ending
    closed = next((m for mark in opening for m in [CLOSED_AFTER.search(mark.text)] if m), None)
    if not day or "/" in day or not closed or not 1 < periods.month_count(closed.group(1)) <= CAMPAIGN_DAYS:
        return day
    first = date.fromisoformat(day) - timedelta(days=periods.month_count(closed.group(1)) - 1)
    return f"{first.isoformat()}/{day}"


def _event_day(lead_mentions, year: int | None, published: str | None):
    """(day, mention) of the lead's first day, but never a day an anniversary recalls (`kỷ
    niệm 94 năm Ngày thành lập ... (20/10/1930 - 20/10/2024), tối 18/10, ...`): one of another
    time than the article's, or the other end of its span."""
    recalled = None
    for m in lead_mentions:
        if m.kind not in EVENT_DAY_KINDS or m.ahead:  # (nor a deadline: `trao quà trước ngày 25/1/2025`)
            continue
        day = periods.resolve_published(m, year, published)
        if not day or "/" in day and periods.days_in(day) > CAMPAIGN_DAYS:
            continue  # `từ ngày 1-2 đến ngày 10-4, 7 doanh nghiệp đã cắt giảm`: a span reported on
        if published and day[:10] > published:
            continue  # (a day to come: `dự kiến bắt đầu nhận hồ sơ từ ngày 16/12`, written on 5/12)
        if year and abs(int(day[:4]) - year) > 1 or (
                recalled and recalled.end <= m.start <= recalled.end + 3):
            recalled = m
            continue
        return day, m
    return None


def congress_term(lead: list[Marks], year: int | None) -> str | None:
    """The nhiệm kỳ of the congress the title or lead reports (`Đại hội ..., nhiệm kỳ 2023 -
    2028`), if they report one."""
    if not any(CONGRESS.search(mark.text) for mark in lead):
        return None
    return next((periods.resolve(m, year) for mark in lead for m in mark.periods
                 if m.kind == "term"), None)


# How a collective agreement's validity is written: `giai đoạn 2025 - 2027`; `có hiệu lực từ ngày
# 1/4/2024 đến hết ngày 31/3/2027`; `được ký kết ngày 28/3/2025, có hiệu lực đến hết năm 2027`.
DMY = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"  # (a day, month and year)
VALID_YEARS = regex.compile(r"giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})(?!\d)")
VALID_DAYS = regex.compile(r"hiệu lực\s+(?:kể\s+)?từ\s+(?:ngày\s+)?" + DMY
                           + r"\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?" + DMY)
VALID_TO_YEAR = regex.compile(r"hiệu lực\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+(\d{4})(?!\d)")
SIGNED_ON = regex.compile(r"ký(?:\s+kết)?\s+(?:vào\s+)?ngày\s+" + DMY)


def agreement_validity(lead: list[Marks], marks: list[Marks], starts: list[int],
                       year: int | None) -> tuple[int, str] | None:
    """The body offset where the text says how long the collective agreement the title or lead
    reports holds (`... ký kết Thỏa ước lao động tập thể (TƯLĐTT) giai đoạn 2025 - 2027`), and
    those years or days: what the agreement provides, told after it, is of them. `marks`: the
    body's sentences, at `starts`."""
    if not any(AGREEMENT.search(mark.text) for mark in lead):
        return None
    for mark, start in zip(marks, starts):
        if not AGREEMENT.search(mark.text):
            continue
        days = VALID_DAYS.search(mark.text)
        if days:
            d1, m1, y1, d2, m2, y2 = map(int, days.groups())
            return start, f"{y1:04d}-{m1:02d}-{d1:02d}/{y2:04d}-{m2:02d}-{d2:02d}"
        years = VALID_YEARS.search(mark.text)
        if years:
            return start, f"{years.group(1)}-{years.group(2)}"
        to_year = VALID_TO_YEAR.search(mark.text)
        signed = SIGNED_ON.search(mark.text, 0, to_year.start()) if to_year else None
        if to_year and (signed or year):
            return start, f"{signed.group(3) if signed else year}-{to_year.group(1)}"
    return None


def lead_context(lead: list[Marks], context: orgs.Context) -> orgs.Context:
    """The naming context of the title and lead: the first place they name for each admin word
    (`Sân vận động thị xã Sơn Tây ... LĐLĐ Thị xã`)."""
    places = {}
    for mark in lead:
        for _, admin, place in orgs.places_named(mark.text):
            places.setdefault(admin, place)
    return orgs.Context(places=places, definitions=context.definitions,
                        full_names=context.full_names, city=context.city,
                        province=context.province, paper=context.paper)


TOPIC_END = regex.compile(r"\s*:")
BRANCH = lexicon.ORGANIZATION_HEADS["chi nhánh"]
MINISTRY = lexicon.ORGANIZATION_HEADS["bộ"]
COMPANY = lexicon.ORGANIZATION_HEADS["công ty"]
CITY_OR_PROVINCE_WORD = regex.compile(r" (?:thành phố|tỉnh) (?=\p{Lu})")
NATIONAL_UNION = "Tổng Liên đoàn Lao động Việt Nam"
# the whole country as the subject of a clause (`Tính đến hết tháng 9/2024, cả nước có ...`)
WHOLE_COUNTRY = r"(?i:" + lexicon.alternation(lexicon.WHOLE_COUNTRY) + r")"
NATION_SUBJECT = regex.compile(r"(?:^|[,:;]\s*|(?<![\p{L}])[Tt]rên\s+)" + WHOLE_COUNTRY + r"\s+"
                               r"(?:(?:đã|hiện|cũng|vẫn)\s+)*(?:có|xảy ra|ghi nhận|kết nạp|thành lập)(?![\p{L}])"
                               # (or any verb after an aspect word: `cả nước đã đưa 159.986 lao động đi ...`)
                               r"|(?:^|[,:;]\s*)" + WHOLE_COUNTRY + r"\s+(?:" + "|".join(lexicon.ASPECT_WORDS)
                               + r")\s+\p{Ll}"
                               # (or a measure of it opening the clause: `tín dụng toàn nền kinh tế đạt hơn 17,7
                               # triệu tỷ đồng`)
                               r"|(?:^|[,:;]\s*)(?:\p{Ll}+\s+){1,3}?" + WHOLE_COUNTRY + r"\s+(?:đạt|tăng|giảm|là)(?![\p{L}])")


# A reader's question opening a paragraph (`(LĐTĐ) Bạn đọc Trần Văn Lâm (...) hỏi: ...`), or the
# answer's heading on a short line of its own (`Luật sư tư vấn:`, `Trung tâm Tư vấn pháp luật ...
# trả lời:`): the article answers a reader, and no body's figures are its own unless its sentence
# says so (not the answering body's).
READERS_QUESTION = regex.compile(
    r"(?m)^\s*(?:\(\p{Lu}+\)\s*)?(?:" + "|".join(map(regex.escape, lexicon.READERS)) + r")\s[^\n]{0,200}?\shỏi\s*:"
    r"|^\s*\p{Lu}(?:\S+ ){0,11}(?:" + "|".join(map(regex.escape, lexicon.ANSWERING_VERBS))
    + r")(?:\s+[^\s:]+){0,5}\s*:\s*$"  # (`Bảo hiểm xã hội Việt Nam trả lời vấn đề này như sau:`)
    r"|^\s*(?:" + "|".join(map(regex.escape, lexicon.QA_LABELS)) + r")\s*:")  # (`Hỏi: Tôi là ...`)
QUESTION_OPENS = 1 / 3  # of the body: a question there opens a Q&A (after the headline, a sapo and
# the question told as a story: 2-21 % of the read sets' Q&A articles); one further on is in a box
# after a report (48 %, 78 %)


JOINED_BY_AND = regex.compile(r"\s+(?:và|cùng(?:\s+với)?)\s+(?:[^\s,;.]+\s+){0,3}")  # (`và Ban Giám đốc Công ty`)


def main_organization(lead: list[Marks], context: orgs.Context) -> str | None:
    """The organization the title and lead are about: the first one in a subject's place, else
    the first named at all (`Nghị quyết Công đoàn huyện X`), never the one that set a target."""
    found = [(mark.text, m) for mark in lead for m in mark.orgs
             if not m.generic and not ASSIGNER.match(mark.text, m.end)
             and not ends_with(ISSUER_BEFORE, mark.text, m.start)  # (a decree's issuer)
             # (nor where a person the story is about works: `chị Hà Thị Lan, công nhân Công ty X,
             # từng tính chuyện vay nặng lãi`)
             and not ends_with(PERSON_WORKS_AT, mark.text, m.start)]
    # a headline of the form `Công ty X: Thu nhập ... tăng 7%` names what the article is about
    topics = [m for m in lead[0].orgs if not m.generic and TOPIC_END.match(lead[0].text, m.end)] \
        if lead else []
    if topics:
        return as_subject(topics[0], lead[0].text, context)
    # `Năm 2023, cả nước xảy ra 7.402 vụ tai nạn lao động`: the country's; `cả nước kết nạp hơn
    # 1,3 triệu đoàn viên`: its union's (told by the headline or the sentence that opens the text)
    nation = next((mark.text for mark in lead if NATION_SUBJECT.search(mark.text)), None)
    if nation:
        return NATIONAL_UNION if UNION_WORDS.search(nation) else "Việt Nam"
    # `Theo Cục Quản lý lao động ngoài nước (Bộ Nội vụ), 9 tháng đầu năm 2025, tổng số lao động ... là
    # 106.850 người`: a report of an area's statistics, told by the agency the first named body is the
    # source of, is the area's (not that of a body acting later: `Bộ Nội vụ đặt kế hoạch ...`)
    naming = next((mark for mark in lead if mark.orgs), None)  # (the first text of the lead naming a body)
    source = naming.orgs[0] if naming else None
    if source and not source.generic and ends_with(SOURCE_NAMED, naming.text, source.start) \
            and not any(orgs.acts(naming.text, m) for m in usable_mentions(naming.orgs, naming.text)):
        area = as_subject(source, naming.text, context)
        if area and TERRITORY_NAME.match(area) and area != orgs.canonical(source, context):
            return area
    # the one doing something (`Công đoàn Bệnh viện X phối hợp ... tổ chức Hội thi`) before one
    # only named (`Hội thi “...” Bệnh viện X` in the title)
    # (usable as `usable_mentions` says: `phối hợp với LĐLĐ tỉnh và BHXH tỉnh thanh tra` names
    # neither as the one doing it)
    subjects = {id(m) for mark in lead for m in usable_mentions(mark.orgs, mark.text)}
    # (the first of two bodies acting together acts: `Công đoàn Công ty X (KCN Thăng Long) và Ban
    # Giám đốc Công ty đã tổ chức ký kết ...`)
    # (not a person's office: `Đồng chí X, Phó Chủ tịch Tổng LĐLĐ Việt Nam tặng lẵng hoa chúc mừng
    # đại hội`, a guest's; the congress's own body is the article's)
    acting = {id(m) for mark in lead for m, after in zip(mark.orgs, [*mark.orgs[1:], None])
              if (orgs.acts(mark.text, m) or after is not None and orgs.acts(mark.text, after)
                  and JOINED_BY_AND.fullmatch(mark.text, orgs.aside_end(mark.text, m), after.start))
              and not ends_with(orgs.TITLE_BEFORE, mark.text, m.start)}
    for accept in (lambda text, m: id(m) in subjects and id(m) in acting,
                   lambda text, m: id(m) in subjects, lambda text, m: True):
        names = [as_subject(m, text, context) for text, m in found if accept(text, m)]
        if any(names):
            return next(n for n in names if n)
    return None


def full_names(marks: list[Marks], context: orgs.Context) -> dict[str, str]:
    """`Cụm thi đua số 1` -> `Cụm thi đua số 1 Liên đoàn Lao động thành phố Hà Nội`, and a
    head that names one body alone (`Thành đoàn`) -> its first full name in the article
    (`Thành đoàn Hà Nội`), as the article once wrote it in full."""
    names, workplaces = {}, {}
    for mark in marks:
        for m in mark.orgs:
            whole = orgs.canonical(m, context)
            if m.parent:
                short = orgs.canonical(orgs.Mention(m.start, m.end, m.head, m.sector), context)
                names.setdefault(short, whole)
            elif (m.sector or m.admin) and m.head not in orgs.NEEDS_NAME and not m.partner:
                names.setdefault(m.head, whole)
            if m.head.endswith(" Việt Nam") and not m.partner:  # `Ủy ban MTTQ huyện` after `Ủy ban
                # MTTQ Việt Nam huyện Mỹ Đức`: the body the article named in full, with its country
                names.setdefault(whole.replace(" Việt Nam", "", 1), whole)
            if m.head == BRANCH and whole.startswith(f"{BRANCH} "):  # `NHCSXH tỉnh Lào Cai` after
                # `Chi nhánh NHCSXH tỉnh Lào Cai`: the bank there is its branch
                names.setdefault(whole[len(BRANCH) + 1:], whole)
            written = m.admin or CITY_OR_PROVINCE_WORD.search(f" {m.sector} ")
            full = whole if not m.partner and written else ""  # (a level the text wrote, not one
            # a provincial paper gives a bare `Sở LĐ-TB&XH`)
            short = CITY_OR_PROVINCE_WORD.sub(" ", full)
            if short != full:  # `Công đoàn Viên chức Hà Nội` and `... thành phố Hà Nội`: one
                names.setdefault(short, full)  # body, named as the article named it in full
            if m.sector and m.place and not m.parent and not m.partner:
                # `Công đoàn các KCN` after `Công đoàn các KCN tỉnh Bắc Giang`: the same body
                short = orgs.canonical(orgs.Mention(m.start, m.end, m.head, m.sector), context)
                names.setdefault(short, whole)
            ending = orgs.place_ending(m.sector) if not m.parent and not m.partner else None
            if ending:  # `Sở LĐ-TB&XH` after `Sở LĐ-TB&XH Quảng Bình` (its place written bare)
                bare = orgs.Mention(m.start, m.end, m.head, m.sector[:-len(ending)].strip())
                names.setdefault(orgs.canonical(bare, orgs.Context(definitions=context.definitions)), whole)
            quote = m.sector.find("“") if m.head in lexicon.PROPER_NAMED and not m.parent else -1
            if quote > 0:  # `Quỹ Học bổng` after `Quỹ Học bổng “Vì con em công nhân lao động”`:
                kind = orgs.Mention(m.start, m.end, m.head, m.sector[:quote].strip())  # its kind,
                names.setdefault(orgs.canonical(kind, context), whole)  # without its proper name
            if m.head == "Công đoàn" and m.sector.startswith("ngành ") and not m.parent:
                names.setdefault("Công đoàn ngành", whole)  # a bare re-mention
            if m.head == "Công đoàn" and m.sector.startswith("ngành "):  # `Công đoàn Giáo dục
                short = orgs.Mention(m.start, m.end, m.head, m.sector[len("ngành "):], m.admin,
                                     m.place)  # Hà Nội` is the article's `Công đoàn ngành ...`
                names.setdefault(orgs.canonical(short, context), whole)
            kind = orgs.HEAD_RE.match(m.sector) if m.head == "Công đoàn" and not m.parent else None
            if kind and kind.end() < len(m.sector):  # `Công đoàn Tổng Công ty` after `Công đoàn
                short = orgs.canonical(orgs.Mention(m.start, m.end, m.head, kind.group()), context)
                # Tổng Công ty X`: the fullest the article wrote
                names[short] = max(names.get(short, ""), whole, key=len)
                company = orgs.HEADS.get(kind.group().lower(), kind.group())
                if company in lexicon.BRANDED and not orgs.WORKPLACE.match(m.sector):  # (and the
                    # corporation itself, named in its union's name: a bare `Tổng Công ty` is it)
                    workplaces.setdefault(company, set()).add(orgs.canonical(orgs.Mention(
                        m.start, m.end, company, m.sector[kind.end():].strip(), m.admin, m.place), context))
            group = orgs.GROUP_SUFFIX.search(m.sector) if not m.parent and not m.partner else None
            if group and group.end() == len(m.sector):  # `Tổng Công ty May Đồng Nai` beside `... May
                # Đồng Nai - Công ty cổ phần`: one company, its group or legal form left out
                names.setdefault(orgs.canonical(orgs.Mention(m.start, m.end, m.head, m.sector[:group.start()].strip(),
                                                             m.admin, m.place), context), whole)
            inner = orgs.HEAD_RE.match(m.sector) if not m.parent and not m.partner else None
            if inner and orgs.HEADS[inner.group().lower()] == MINISTRY and m.sector[inner.end():].strip():
                # (`Thanh tra Bộ` after `Thanh tra Bộ LĐ-TB&XH`: the ministry named in another's name)
                workplaces.setdefault(MINISTRY, set()).add(orgs.canonical(orgs.Mention(
                    m.start, m.end, MINISTRY, m.sector[inner.end():].strip()), context))
            itself = orgs.named_workplace(m)
            if itself is not None and itself is not m:  # `Công đoàn Bệnh viện` after `... Đống Đa`
                names.setdefault(f"Công đoàn cơ sở {itself.head}", whole)
            if itself is not None:
                workplaces.setdefault(itself.head, set()).add(orgs.canonical(itself, context))
            elif (m.head in lexicon.BRANDED or m.head == MINISTRY) and m.sector and not m.parent and not m.partner:
                workplaces.setdefault(m.head, set()).add(whole)  # (a bare `Tổng công ty`, `Ngân hàng`;
                # `Thanh tra Bộ` after `Bộ LĐTBXH`: the ministry)
    # a bare `Bệnh viện`, `Tổng công ty` is the article's hospital, corporation when it names one only
    # (one written short and in full is one)
    workplaces = {kind: {names.get(name, name) for name in full} for kind, full in workplaces.items()}
    names.update({kind: next(iter(full)) for kind, full in workplaces.items() if len(full) == 1})
    # (and a bare `công ty`, `doanh nghiệp`, the one company of any kind it names: `Tổng Công ty May Hưng
    # Yên - CTCP ... cho biết, doanh nghiệp hiện đã ký hợp đồng ...`)
    firms = {name for kind in lexicon.COMPANIES for name in workplaces.get(kind, ())}
    if COMPANY not in workplaces and len(firms) == 1:
        names[COMPANY] = next(iter(firms))
    # `Công ty Sao Việt` after `Công ty TNHH Linh kiện Điện tử Sao Việt`: the company by the
    # end of its name, when no other company of the article ends so (and so any workplace: `Bệnh
    # viện Xanh Pôn` beside `Bệnh viện Đa khoa Xanh Pôn`)
    shorts: dict[str, set[str]] = {}
    for kind in lexicon.WORKPLACES:
        for full in workplaces.get(kind, ()):
            for short in orgs.company_short_names(full):
                shorts.setdefault(short, set()).add(full)
    for short, fulls in shorts.items():
        if len(fulls) == 1:
            full = next(iter(fulls))
            names.setdefault(short, full)
            names.setdefault(f"Công đoàn cơ sở {short}", f"Công đoàn cơ sở {full}")
    return {short: _fullest(names, short) for short in names}


def _fullest(names: dict[str, str], short: str) -> str:
    """The fullest name of a body as the article wrote it: `Công đoàn Khu kinh tế` -> `Công đoàn
    Khu kinh tế Quảng Ninh` (the headline's) -> `Công đoàn Khu kinh tế tỉnh Quảng Ninh` (the
    lead's), each step a name the article wrote shorter."""
    seen, name = {short}, names[short]
    while name in names and name not in seen:
        seen.add(name)
        name = names[name]
    return name


def provinces_ending_names(marks: list[Marks], starts: list[int]) -> list[tuple[int, str, str]]:
    """(body offset, admin word, place) for each province a body's name ends in, written
    without its level (`Theo Giám đốc Sở LĐTBXH Hà Tĩnh, năm 2024 tỉnh đã đưa ...`): the place a
    bare `tỉnh` after it is."""
    found = []
    for mark, start in zip(marks, starts):
        for m in mark.orgs:
            place = None if m.admin or m.place else orgs.place_ending(m.sector)
            if place in orgs.PROVINCES_SET and place not in orgs.CITIES:  # (a city is the
                # article's own, `orgs.article_city`, not the last place named: `Trung tâm Dịch vụ
                # việc làm Hà Nội` in a district's report)
                found.append((start + m.end, "tỉnh", place))
    return found


def workplaces_named(marks: list[Marks], starts: list[int], context: orgs.Context):
    """(body offset, short name, full name) for each workplace a sentence names, in order:
    `Công ty` and `Công đoàn cơ sở Công ty` for `Công ty TNHH Kim Đức`, from the workplace or
    from its union (`Công đoàn Bệnh viện X`). A sentence naming two of a kind (`Bệnh viện A và
    Bệnh viện B`) leaves the short name to no one (None)."""
    found = []
    for mark, start in zip(marks, starts):
        named = {}
        for m in mark.orgs:
            workplace = orgs.named_workplace(m)
            if workplace is None:
                continue
            kind, rest = workplace.head, workplace.sector
            itself = orgs.Mention(m.start, m.end, kind, rest, m.admin, m.place)
            union = orgs.Mention(m.start, m.end, "Công đoàn", f"{kind} {rest}", m.admin, m.place)
            for short, full in ((kind, orgs.canonical(itself, context)),
                                (f"Công đoàn cơ sở {kind}", orgs.canonical(union, context))):
                named[short] = full if named.get(short, full) == full else None
                found.append((start + m.start, short, named[short]))
    return found


def extract_article(article: Article) -> tuple[list[Sentence], list[Fact]]:
    """The sentences of `article.body` and the facts in them, offsets into the body."""
    pieces = split_body(article.body)
    sentences = [Sentence(article.id, i, article.body[p.start:p.end], p.start, p.end)
                 for i, p in enumerate(pieces)]
    definitions = orgs.find_definitions(article.body)
    # Periods and organizations are found once per text: the article context reads them all,
    # each sentence's components take them over. A text the article repeats (the headline,
    # printed again atop the body) is read once: nothing changes the marks once found.
    texts = [article.title or ""] + [s.text for s in sentences]
    marks_of: dict[str, Marks] = {}
    for text in texts:
        if text not in marks_of:
            marks_of[text] = Marks.of(text, definitions)
    title, *marks = [marks_of[text] for text in texts]
    ctx = article_context(article, [title] + marks, definitions, [s.start for s in sentences])
    from solieu.extract.facts.components.facts import ArticleState  # (registers the pipes)

    nlp, state = get_nlp(), ArticleState(ctx, EXTRACTOR_VERSION)
    holds_figure = [has_number(sentence.text) for sentence in sentences]
    # A sentence with no figure has no facts: it only hands its carry on, which its marks make
    # without a Doc; those after the last figure hand it to no one.
    read = max((i + 1 for i, holds in enumerate(holds_figure) if holds), default=0)
    docs = []  # of the sentences read: the Doc of each that holds a figure, else None
    for sentence, piece, mark, holds in zip(sentences[:read], pieces, marks, holds_figure):
        doc = sentence_doc(sentence.text, ctx.definitions, mark) if holds else None
        if doc is not None:
            doc._.sentence, doc._.paragraph, doc._.article = sentence, piece.paragraph, state
        docs.append(doc)
    with nlp.select_pipes(enable=MARK_PIPES):
        consume(nlp.pipe(doc for doc in docs if doc is not None))
    # Then every sentence read, in order (each hands its carry to the next): a Doc through
    # solieu_facts, a sentence without a figure through its marks alone.
    add_facts, cues = nlp.get_pipe("solieu_facts"), nlp.get_pipe("solieu_cues")
    for sentence, piece, mark, doc in zip(sentences, pieces, marks, docs):
        if doc is not None:
            add_facts(doc)
        else:
            state.read(marks_without_doc(mark, cues), None, sentence, piece.paragraph)
    facts = []
    for sentence, doc in zip(sentences, docs):  # (the sentences not read have no facts)
        if doc is not None and not (article.format and sentence is sentences[-1]
                                    and is_cut_off(sentence.text)):
            facts.extend(doc._.facts)  # (a claim, read with no page format, is whole as typed)
    return sentences, as_restated(facts, sentences, article.title)


def marks_without_doc(mark: Marks, cues) -> SentenceMarks:
    """What the rules read of a sentence without a figure, from its text's marks and its status
    cues (`cues`: the solieu_cues component, whose pattern finds them): what its Doc would give
    (no figures; checked in tests/test_extract_reuse.py)."""
    return SentenceMarks(mark.text, mark.periods, mark.orgs, cues.labels(mark.text), [])


HEADLINE_SENTENCES = 3  # the headline is printed again at the top of the body, if at all


def _is_headline(text: str, title: str) -> bool:
    """The body's copy of the headline, whole or without its kicker (`Đồng Nai: ...`)."""
    text, title = text.strip(), title.strip()
    return bool(text) and (text == title or title.endswith(": " + text))


def as_restated(facts: list[Fact], sentences: list[Sentence], title: str | None) -> list[Fact]:
    """A headline's figure restated in the body (the same value of the same unit) is read as
    the body reads it: the headline shortens (`... dành hơn 3 tỷ đồng chăm lo công nhân`), the
    body says when and whether it is done (`từ tháng 5 đến tháng 6/2025 ... sẽ ... hơn 3 tỷ
    đồng`) and, when the headline names no one, whose it is."""
    headline = {s.idx for s in sentences[:HEADLINE_SENTENCES] if title and _is_headline(s.text, title)}
    if not headline:
        return facts
    # `Tôn vinh 100 “Công nhân giỏi” Thủ đô năm 2022`: its own (not the year of an occasion named,
    # nor of a Tết: `... đưa 1.200 công nhân về quê đón Tết Bính Ngọ`)
    dated = any(m.kind not in ("occasion", "lunar_year") for m in periods.find(title))
    body = [f for f in facts if f.sentence_idx not in headline]
    for fact in facts:
        if fact.sentence_idx in headline:
            restated = [f for f in body if _restates(f, fact)]
            # a headline that sets a target (`đặt mục tiêu kết nạp 12.000 đoàn viên`) says so
            # itself: it restates the body's target, not a result of the same size
            if fact.status == "target":
                restated = [f for f in restated if f.status == "target"]
            same = next(iter(restated), None)
            if same:
                fact.status = same.status
                fact.period = fact.period if dated else same.period
                if fact.org_source != "sentence":  # the headline names no one for it
                    fact.organization, fact.org_source = same.organization, same.org_source
    return facts


ROUNDED = 0.05  # (`Hơn 2.300 doanh nghiệp` in the headline, `2.346 doanh nghiệp` in the body)


def _restates(told: Fact, headline: Fact) -> bool:
    """`told` (in the body) is the headline's figure: the same value of the same unit; a percent
    only with what it is a percent of, written alike (`93,5% dân số`: `100%` alone says too little).
    The headline may round it (`Hơn 2.300` for `2.346`, `gần 600` for `586`) and call the workforce by another of its
    words (`gần 48.000 công nhân` for `gần 48.000 người lao động`)."""
    units = headline.unit == told.unit or {(told.unit or "").lower(), (headline.unit or "").lower()} <= WORKFORCE_UNITS_LOWER
    if headline.unit == "%" or not units or told.value is None or headline.value is None:
        same = (told.value, told.unit, told.comparator) == (headline.value, headline.unit, headline.comparator)
        return same and (headline.unit != "%" or told.raw == headline.raw and not headline.raw.endswith("%"))
    if told.value == headline.value:
        return told.comparator == headline.comparator
    rounded = {">": told.value > headline.value, "<": told.value < headline.value,
               "~": True}.get(headline.comparator, False)  # (`gần 600 trẻ` for `586 trẻ`)
    return rounded and told.comparator == "=" and abs(told.value - headline.value) <= ROUNDED * headline.value


def consume(docs) -> None:
    for _ in docs:
        pass


def is_cut_off(text: str) -> bool:
    """The page's text stops mid-sentence (`... tới công nhân lao động ở các kh`): a prose
    sentence with no end mark, whose figures may be cut too (`năm 202`) and whose meaning is
    lost. Its facts are not kept; the sentence is."""
    words = len(text.split())
    return not SENTENCE_END.search(text) and (
        words >= CUT_OFF_WORDS or words >= CUT_OFF_CLAUSE_WORDS and "," in text)
