"""Time expressions: years, halves, quarters, months, dates, terms; resolved to `period` strings.

Formats (FACTS.md): `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `2021-2022`, `2023-10-16/2023-10-17`,
`2024-H1`, `2024-Q1`. A date or a half year without a year takes it from the article.
"""
from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from lunardate import LunarDate

import regex

from solieu.extract.facts.backwards import ends_with
from solieu.extract.facts.numbers import COUNTED_START
from solieu.extract.facts.pattern_parts import always_holds
from solieu.extract import lexicon
from solieu.extract.lexicon import NAMED_MONTHS

YEAR = r"(?:19|20)\d\d"
DASH = r"\s*[-–—]\s*"
ROMAN_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
WORD_MONTHS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
               "mười một": 11}
WORDED_COUNT = "|".join(sorted(WORD_MONTHS, key=len, reverse=True))  # (`mười một` before `mười`)
# (two months or more: `trong 01 tháng`, `1 tháng` is a length of time, no part of a year)
MONTH_COUNT = rf"(?:1[0-2]|[2-9](?!\d)|{WORDED_COUNT})"
YEAR_COUNT = rf"(?:\d{{1,2}}|{WORDED_COUNT})"

TIMES_OF_DAY = "|".join(sorted(map(regex.escape, lexicon.TIMES_OF_DAY), key=len, reverse=True))
HIEN_BEFORE = "|".join(sorted(w.split()[0] for w in lexicon.HIEN_COMPOUNDS if w.endswith(" hiện")))
HIEN_AFTER = "|".join(sorted(w.split()[1] for w in lexicon.HIEN_COMPOUNDS if w.startswith("hiện ")))
CAN_NAMES = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"  # the ten stems and twelve branches
CHI_NAMES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"  # of a lunar year's name

NAMED_MONTH_NAMES = "|".join(map(regex.escape, NAMED_MONTHS))  # `Tháng Công nhân`, ...

PATTERNS = [
    ("term", rf"nhiệm\s+kỳ\s+(?P<a>{YEAR}){DASH}(?P<b>{YEAR})"),
    # (`từ khi thành lập năm 2004 đến nay`: since the year something began)
    ("since", rf"(?:từ|kể từ)\s+(?:(?:khi|ngày)\s+\p{{Ll}}+(?:\s+\p{{Ll}}+)?\s+(?:vào\s+|từ\s+)?)?(?:năm\s+)?"
              rf"(?P<a>{YEAR})\s+(?:đến|tới)\s+(?:nay|hiện nay)"),
    ("span", rf"(?:giai\s+đoạn|năm\s+học|niên\s+khóa|thời\s+kỳ|từ\s+năm|từ|(?:(?:hai|ba)\s+)?năm)?\s*\(?(?P<a>{YEAR}){DASH}(?P<b>{YEAR})\)?"),
    ("span", rf"(?:từ\s+)?(?:năm\s+)?(?P<a>{YEAR})\s+(?:đến|tới)\s+(?:năm\s+)?(?P<b>{YEAR})"),
    # `Riêng năm 2020 và 2021`: two years running, told together
    ("span", rf"năm\s+(?P<a>{YEAR})\s+và\s+(?:năm\s+)?(?P<b>{YEAR})(?![\d%]|[.,]\d)"),
    # `hai ngày 31-1 và 1-2`, `từ 30/1 đến 2/2`, `Từ ngày 24/9 đến hết ngày 5/10`: days of two months
    ("daterange", rf"(?:ngày\s+)?(?P<d1>\d{{1,2}})[/-](?P<m1>\d{{1,2}})\s+(?:và|đến|tới|{DASH.strip()})\s+"
                  rf"(?:hết\s+)?(?:ngày\s+)?(?P<d2>\d{{1,2}})[/-](?P<m>\d{{1,2}})(?:[/-](?P<y>{YEAR}))?(?![\d/])"),
    # `từ ngày 1/10/2025 đến hết ngày 30/9/2027`: days of two years (not an anniversary's, written
    # with a dash: `(20/11/1982 - 20/11/2024)`)
    ("daterange", rf"(?:ngày\s+)?(?P<d1>\d{{1,2}})[/-](?P<m1>\d{{1,2}})[/-](?P<y1>{YEAR})\s+(?:đến|tới)\s+"
                  rf"(?:hết\s+)?(?:ngày\s+)?(?P<d2>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>{YEAR})(?![\d/])"),
    # `3 ngày 17, 18 và 19/1`: a list of days, said to be days
    ("daterange", rf"ngày\s+(?P<d1>\d{{1,2}})(?:\s*,\s*\d{{1,2}})+\s*,?\s+và\s+(?P<d2>\d{{1,2}})[/-]"
                  rf"(?P<m>\d{{1,2}})(?:[/-](?P<y>{YEAR}))?(?![\d/])"),
    # `hai ngày 7 và 8-2`, `ngày 16 và 17/10/2023`: days of one month; `đêm 22 rạng sáng 23/9`: a night
    ("daterange", rf"(?:ngày\s+|đêm\s+)?(?P<d1>\d{{1,2}})\s+(?:và|đến|tới|rạng\s+sáng)\s+(?:hết\s+)?(?:ngày\s+)?(?P<d2>\d{{1,2}})[/-]"
                  rf"(?P<m>\d{{1,2}})(?:[/-](?P<y>{YEAR}))?(?![\d/])"),
    # the same with a dot (`trong hai ngày 27 và 28.7`, `từ ngày 21 đến 24.7`, `ngày 30.1 đến
    # 2.2`): `ngày` says these are days, not a decimal (`24.7` alone may be a number)
    ("daterange", rf"ngày\s+(?P<d1>\d{{1,2}})(?:\.(?P<m1>\d{{1,2}}))?\s+(?:và|đến|tới|{DASH.strip()})\s+"
                  rf"(?:ngày\s+)?(?P<d2>\d{{1,2}})\.(?P<m>\d{{1,2}})(?:\.(?P<y>{YEAR}))?(?![\d/]|\.\d)"),
    ("months", rf"(?P<n>{MONTH_COUNT})\s+tháng\s+(?P<part>đầu|cuối)\s+năm(?:\s+(?P<y>{YEAR}))?"),
    ("months", rf"(?P<n>{MONTH_COUNT})\s+tháng\s+năm\s+(?P<y>{YEAR})"),  # `10 tháng năm 2024`
    # `9 tháng qua`, `Trong 9 tháng, ...` in a report: the months since the year began (not
    # `nợ BHXH trong 3 tháng`, a duration: the adverbial opens its clause, set off by a comma)
    ("months", rf"(?:trong\s+)?(?P<n>{MONTH_COUNT})\s+tháng\s+(?:qua|vừa\s+qua)(?![\p{{L}}])"),
    # (`Trung tâm ... trong 9 tháng đã tổ chức 126 phiên`: the months of what was done)
    ("months", rf"(?<![\p{{L}}])[Tt]rong\s+(?P<n>{MONTH_COUNT})\s+tháng(?=\s*,|\s+đã\s|\s*$)"),  # (a headline's end too)
    # (`Về thu, 9 tháng, BHXH tỉnh đã thu ...`: the count alone, an adverbial set off on both sides)
    ("months", rf"(?<=(?:^|[,:;])\s*)(?P<n>{MONTH_COUNT})\s+tháng(?=\s*,)"),
    # `Tính chung 9 tháng, thu nhập bình quân ...`: the months since the year began, taken together
    ("months", rf"(?<![\p{{L}}])(?:[Tt]ính\s+chung|[Ll]ũy\s+kế)\s+(?:cả\s+)?(?P<n>{MONTH_COUNT})\s+tháng"
               rf"(?![\p{{L}}\d])(?!\s+(?:đầu|cuối|năm|qua|vừa)(?![\p{{L}}]))"),
    # `GRDP 9 tháng ước tăng 6,12%`, `thu ngân sách 6 tháng đạt ...`: the months a level is told for
    ("months", rf"(?<![\p{{L}}\d.,])(?P<n>{MONTH_COUNT})\s+tháng(?=\s+(?:ước|đạt|tăng|giảm)(?![\p{{L}}]))"),
    # `hội nghị đánh giá kết quả hoạt động 9 tháng`, `sơ kết 6 tháng`: the months a review covers
    ("months", rf"(?<=(?:[Kk]ết quả|[Ss]ơ kết|[Tt]ổng kết)(?:\s+\p{{Ll}}+){{0,3}}\s+)(?P<n>{MONTH_COUNT})\s+tháng"
               rf"(?![\p{{L}}\d])(?!\s+(?:đầu|cuối|năm|qua|vừa)(?![\p{{L}}]))"),
    ("half", rf"(?P<part>nửa\s+đầu|nửa\s+cuối)\s+năm(?:\s+(?P<y>{YEAR}))?"),
    ("quarter", rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\d])(?:\s*(?:năm\s+|/\s*)(?P<y>{YEAR}))?"),
    # `Báo cáo ... quý III ..., lực lượng lao động ... trong quý ước đạt 53,3 triệu người`: the
    # quarter the sentence named (`find` reads it back; none named, no period)
    ("the_quarter", r"(?<![\p{L}])(?:trong|của)\s+quý(?![\p{L}\d])(?!\s+(?:IV|I{1,3}|[1-4]|này|tới|sau|trước|đầu|cuối)(?![\p{L}\d]))"),
    ("daterange", rf"(?:ngày\s+)?(?P<d1>\d{{1,2}}){DASH}(?P<d2>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>{YEAR}))?"),
    # the lunar calendar: `ngày 20 tháng Chạp năm Ất Tỵ`, `23 tháng Chạp`, `mùng 3 Tết`,
    # `15 tháng 7 âm lịch` (before the solar `ngày D tháng M`)
    # (two days of it: `hai ngày 18 và 19 tháng Chạp năm Giáp Thìn`)
    ("lunar_date", rf"(?:ngày\s+)?(?:mùng|mồng)?\s*(?:(?P<ld1>\d{{1,2}})(?:\s+và\s+|{DASH}))?(?P<ld>\d{{1,2}})\s+tháng\s+(?:(?P<lm>Giêng|Chạp)|"
                   rf"(?P<ln>\d{{1,2}})(?=\s+âm\s+lịch))(?:\s+âm\s+lịch)?"
                   rf"(?:\s+năm\s+(?P<can>{CAN_NAMES})\s+(?P<chi>{CHI_NAMES}))?(?![\p{{L}}])"),
    ("lunar_date", r"(?:mùng|mồng)\s+(?P<ld>\d{1,2})\s+Tết(?![\p{L}])"),
    ("date", rf"ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})(?:\s+năm\s+(?P<y>{YEAR}))?"),
    ("date", rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{YEAR})"),
    # `các tháng 1, 2 và 3/2025`: months listed one after another, a span of them
    ("monthrange", rf"tháng\s+(?P<m1>\d{{1,2}})(?:\s*,\s*\d{{1,2}})+\s+và\s+(?P<m>\d{{1,2}})"
                   rf"(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?(?![\d/])"),
    # `từ tháng 3/2024 đến hết tháng 9/2025`: months of two years
    ("monthrange", rf"(?:từ\s+)?tháng\s+(?P<m1>\d{{1,2}})\s*(?:năm\s+|[/.-]\s*)(?P<y1>{YEAR})\s+(?:đến|tới|{DASH.strip()})\s+"
                   rf"(?:hết\s+)?tháng\s+(?P<m>\d{{1,2}})\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR})(?![\d/])"),
    # `từ tháng 5 đến tháng 6/2025`
    ("monthrange", rf"(?:từ\s+)?tháng\s+(?P<m1>\d{{1,2}})\s+(?:đến|tới|{DASH.strip()})\s+(?:hết\s+)?tháng\s+"
                   rf"(?P<m>\d{{1,2}})(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?(?![\d/])"),
    # `Kể từ ngày 1/7 đến nay`: that day to the article's
    ("day_to_date", rf"(?:kể\s+)?từ\s+(?:ngày\s+)?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})(?:[/.-](?P<y>{YEAR}))?"
                    rf"\s+(?:đến|tới)\s+(?:nay|hiện nay)(?![\p{{L}}])"),
    # `Từ đầu tháng 2 đến nay`, `từ tháng 3 đến nay`: that month to the article's
    # (or the month in brackets, glossing a beginning: `từ khi được thành lập (tháng 7/2025) đến nay`)
    ("month_to_date", rf"(?:từ\s+)?(?:đầu\s+)?tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?"
                      rf"\)?\s+(?:đến|tới)\s+nay(?![\p{{L}}])"),
    # `trong tháng 7 và 8`, `Trong tháng 3 và đầu tháng 4`: two months running, told together
    ("monthrange", rf"tháng\s+(?P<m1>\d{{1,2}})\s+và\s+(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+)?(?P<m>\d{{1,2}})"
                   rf"(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?(?![\d/%]|[.,]\d)"),
    # `từ nay đến hết năm 2024`: what is left of the year
    ("to_year_end", rf"từ\s+nay\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm(?:\s+(?P<y>{YEAR}))?(?![\p{{L}}])"),
    # `Từ nay đến ngày 25/9`, `từ nay đến hết tháng 6`: the article's day to that day, to that month's end
    ("from_now", rf"từ\s+nay\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+(?P<d>\d{{1,2}})\s*[/.-]\s*|(?:cuối\s+)?tháng\s+)"
                 rf"(?P<m>\d{{1,2}})(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?(?![\d/])"),
    ("month", rf"tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?(?![\d/])"),
    ("date", r"(?<![\d.,/])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])"),
    ("date", rf"ngày\s+(?P<d>\d{{1,2}})[-.](?P<m>\d{{1,2}})(?:[-.](?P<y>{YEAR}))?(?![\d/-]|\.\d)"),  # `Ngày 7-2`, `Ngày 18.9`
    ("date", rf"(?<![\p{{L}}])(?:{TIMES_OF_DAY})\s+(?:nay\s+)?\(?(?P<d>\d{{1,2}})[-.](?P<m>\d{{1,2}})"
             rf"(?:[-.](?P<y>{YEAR}))?(?![\d/-]|\.\d|\s*(?:giờ|h)(?![\p{{L}}]))"),  # `Sáng 15-10`, `Chiều nay (3-2)`, `chiều 11.3`
    ("time", r"\d{1,2}\s*(?::|giờ|h)\s*\d{2}(?!\d)"),
    # `Trong Tháng Công nhân (năm 2025), ...`: the month of what follows (the time adverbial;
    # not the campaign named, `hưởng ứng Tháng Công nhân`)
    # (and opening a sentence as its frame: `Tháng Công nhân năm 2024, các cấp Công đoàn đã ...`)
    ("named_month", r"(?:(?<![\p{L}])[Tt]rong\s+|^\s*(?=(?i:" + NAMED_MONTH_NAMES
                    + rf")\s+(?:năm\s+)?{YEAR}\s*[,:]))[\"“]?(?P<name>" + NAMED_MONTH_NAMES
                    + rf")(?![\p{{L}}])[\"”]?(?:\s+(?:năm\s+)?(?P<y>{YEAR})|\s+năm\s+nay(?![\p{{L}}]))?"),
    # `Hưởng ứng Tháng Công nhân năm 2024, LĐLĐ huyện đã tổ chức 26 hoạt động`, `Dịp Tháng Công nhân
    # năm 2025, ...`: what is done answering the month, or on its occasion, is of it (the golds 14 : 0),
    # where its sentence gives no day; it frames no more than its sentence (not the article's time)
    ("answered_month", r"(?<![\p{L}])(?:[Hh]ưởng ứng|[Dd]ịp)\s+[\"“]?(?P<name>" + NAMED_MONTH_NAMES
                       + rf")(?![\p{{L}}])[\"”]?\s+(?:năm\s+)?(?P<y>{YEAR})(?!\d)"),
    # (`trong Tháng Công nhân năm nay`: this year's month, one time, not a month and a year)
    ("horizon", rf"(?:(?:đến|tới|sang)\s+(?:năm\s+)?(?:mới\s+)?|năm\s+mới\s+)(?P<y>{YEAR})"),
    # (not a document's number: `Quyết định số 1910/QĐ-TLĐ`)
    ("year", rf"(?:năm\s+)?(?<![\d.,/\-])(?P<y>{YEAR})(?![\d%]|[.,]\d|/\p{{Lu}})"),
    # `Từ đầu năm đến hết tháng 7/2024`: January to that month; `Từ đầu năm 2024 đến ngày 30-9`: to that day
    ("monthrange", rf"(?:từ\s+)?đầu\s+năm(?:\s+(?P<y0>{YEAR}))?\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
                   rf"(?:tháng\s+|ngày\s+(?P<d>\d{{1,2}})\s*[/.-]\s*)"
                   rf"(?P<m>\d{{1,2}})(?:\s*(?:năm\s+|[/.-]\s*)(?P<y>{YEAR}))?(?![\d/])"),
    ("year_to_date", rf"(?:từ\s+)?đầu\s+năm\s+(?P<y>{YEAR})\s+(?:đến|tới)\s+nay"),  # `từ đầu năm 2024 đến nay`
    ("year_to_date", r"(?:từ\s+)?đầu\s+năm(?:\s+(?:đến|tới)\s+nay)?(?!\s+\d)"),
    # not `năm nay 42 tuổi` (an age), `nhiều năm nay` (a duration)
    # `Cũng trong năm học này, Bộ GD&ĐT đã tặng Bằng khen ...`: the school year the article is in
    # (`năm học qua`, `Trong năm học vừa qua`: the one before, that ended)
    ("this_school_year", r"(?:năm\s+học\s+(?:này|nay|(?:vừa\s+)?qua)|trong\s+năm\s+học(?:\s+(?:vừa\s+)?qua)?(?!\s+(?:\d|mới)))(?![\p{L}])"),
    ("this_year", r"(?:(?<!(?:nhiều|mấy|bao)\s)năm\s+nay(?!\s+\d+\s+tuổi)|trong\s+năm(?!\s+\d|\s+học)|cả\s+năm)"),
    # `Trong 5 năm qua, ...`: the years up to the article's (at a congress, the term ending)
    ("past_years", rf"(?P<n>{YEAR_COUNT})\s+năm\s+(?:qua|vừa\s+qua)(?![\p{{L}}])"),
    # (`Trong 5 năm, đơn vị đã kết nạp 118 đoàn viên mới`: the years framing what was done, past)
    # (opening the sentence: not a limit's span, `không quá 300 giờ trong 01 năm, ...`)
    ("past_years", rf"^\W*Trong\s+(?P<n>{YEAR_COUNT})\s+năm(?=\s*,)"),
    # (not `nhiều năm qua`, `những năm qua`: for years, a duration)
    ("last_year", r"(?<!(?:nhiều|mấy|bao|những|các)\s)(?:năm\s+trước|năm\s+ngoái|năm\s+qua)"),
    ("yearly", r"(?:hàng|hằng|mỗi)\s+năm"),
    # `Trong thời gian dịch Covid-19, quỹ từng hỗ trợ 87 đoàn viên`, `khi dịch Covid-19 diễn ra`,
    # `Trong đại dịch Covid-19, ...`: a time named by an event of no given year dates nothing the
    # sentence does not date itself (the realdev README: `trong thời gian diễn ra dịch Covid-19` -> null)
    # `Thời gian tới, LĐLĐ tỉnh sẽ ... hỗ trợ thêm 200 trường hợp`: an undated future, dating nothing
    # the sentence does not date itself
    ("coming", r"(?<![\p{L}])(?:[Tt]rong\s+)?[Tt]hời\s+gian\s+tới(?![\p{L}])"),
    ("pandemic", r"(?:(?:trong\s+)?(?:thời\s+gian|thời\s+kỳ)\s+(?:diễn\s+ra\s+)?|(?<![\p{L}])(?:khi|trong)\s+)(?:đại\s+)?dịch\s+Covid(?:-19)?(?![\p{L}\d])"),
    # a state on the article's day: `hiện nay`, `hiện có`, `Hiện Công ty có 1.420 lao động`
    ("the_span", r"(?:cả|toàn|trong)\s+giai\s+đoạn(?!\s+\d)(?:\s+(?:này|qua|trên))?(?![\p{L}])"),
    # `hiện` alone is "currently": `hiện nay`, `hiện có`, `Hiện Công ty có 1.420 lao động`, `hiện
    # quận có`, `doanh nghiệp hiện nợ` (not `thực hiện có hiệu quả`, `hiện đại`)
    ("now", rf"(?<![\p{{L}}])(?<!(?:{HIEN_BEFORE})\s)hiện(?!\s+(?:{HIEN_AFTER})(?![\p{{L}}]))(?![\p{{L}}])"),
    # `lên 7.682 người tại thời điểm Đại hội`: at the congress the article reports, its now
    ("now", r"(?<![\p{L}])(?:tại|vào)\s+thời\s+điểm\s+(?:diễn\s+ra\s+|tổ\s+chức\s+)?Đại\s+hội(?![\p{L}])"),
    # `Đến nay, ... đang quản lý 372 CĐCS`: up to now (not `Từ đầu năm đến nay`, a span)
    ("now", r"(?<![\p{L}])(?<![Tt]ừ\s[^,.;:]{0,40})(?:[Tt]ính\s+)?[Đđ]ến\s+nay(?![\p{L}])"),
    ("lunar_year", r"(?<![\p{L}])(?:Tết(?:\s+Nguyên\s+đán)?|Xuân)\s+(?P<can>Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|"
                   r"Nhâm|Quý)\s+(?P<chi>Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)"
                   r"(?![\p{L}])(?!\s+(?:19|20)\d\d)"),
    # `Từ đầu nhiệm kỳ đến nay, LĐLĐ tỉnh đã hỗ trợ 286 căn nhà`: from the first year of the term
    # under way to the year of writing
    # (the term's years, if written, left to a mention of their own: the facts' `term`)
    ("term_to_date", r"(?<![\p{L}])(?:[Tt]ừ|[Kk]ể\s+từ)\s+đầu(?=\s+nhiệm\s+kỳ(?:\s+(?:này|\(?(?P<t1>\d{4})\s*[-–]\s*\d{4}\)?))?"
                     r"\s+(?:đến|tới)\s+nay(?![\p{L}]))"),
    ("past_term", r"nhiệm\s+kỳ\s+(?:qua|trước|vừa qua)(?![\p{L}])"),
    # `Suốt nhiệm kỳ, 100% người lao động được ký hợp đồng`: throughout the term told of, that ended
    ("past_term", r"(?<![\p{L}])[Ss]uốt\s+nhiệm\s+kỳ(?!\s+\d)(?![\p{L}])"),
    # `đến cuối nhiệm kỳ, 100% doanh nghiệp ...`: the last year of the term the targets are set for
    ("term_end", r"(?<![\p{L}])(?:[Đđ]ến\s+)?cuối\s+nhiệm\s+kỳ(?!\s+\d)(?![\p{L}])"),
    # `cả nhiệm kỳ kết nạp mới 10.000 đoàn viên`: the whole term told of (not `Trong nhiệm kỳ`,
    # which a congress report says of the term ending as often as of the new one)
    ("the_term", r"(?<![\p{L}])(?:[Cc]ả|[Tt]oàn)\s+nhiệm\s+kỳ(?![\p{L}])(?!\s+(?:\d|tới|mới|sau))"),
    # `đặt mục tiêu kết nạp 12.000 đoàn viên trong nhiệm kỳ mới`: the term a congress opens
    ("next_term", r"(?<![\p{L}])nhiệm\s+kỳ\s+(?:mới|tới|sau|kế\s+tiếp)(?![\p{L}])"),
]
# `so với cùng kỳ năm 2023`, `So với Tết Ất Tỵ 2025`: the base of a change, named in a few words
COMPARISON_BASE = regex.compile(r"(?:so\s+với\s+(?:cùng\s+kỳ\s+)?(?:\p{L}+\s+){0,8}"
                             # `gấp 1,6 lần năm 2023`: what is measured against
                             r"|gấp\s+(?:\d+(?:[.,]\d+)?|\p{L}+)\s+lần\s+(?:so\s+với\s+)?(?:cùng\s+kỳ\s+)?)$",
                             regex.IGNORECASE)
# `cao nhất từ đầu năm`: the time over which a superlative ranks the figure, not its period
RANKED_SINCE = regex.compile(r"(?<![\p{L}])(?:cao|thấp|lớn|nhiều|ít|mạnh)\s+nhất\s+(?:kể\s+)?(?:từ\s+)?$")
# What a ratio follows (`với số phiếu tín nhiệm 9/9`, `đạt 12/12`), never a day.
SHARE_BEFORE = regex.compile(r"(?<![\p{L}])(?:phiếu|tín nhiệm|tỷ lệ|đạt|chiếm|vượt)\s*$", regex.IGNORECASE)
# The year a person was born or died, or a building was built: it names them, it dates nothing.
LIFE_YEAR_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:sinh|năm sinh)\s+(?:năm\s+)?$|(?<![\p{L}])SN\s*$"  # `sinh năm 1979`, `(SN 1987)`
    r"|(?<![\p{L}])(?:mất|qua đời)\s+(?:từ\s+)?(?:năm\s+)?$"  # `chồng mất năm 2019 vì tai nạn lao động`
    # `căn nhà cấp 4 xây từ năm 1996`
    r"|(?<![\p{L}])(?:xây|xây dựng|khánh thành|đưa vào sử dụng)\s+(?:từ\s+)?(?:năm\s+)?$"
    # `doanh nghiệp 100% vốn Hàn Quốc, đi vào hoạt động từ năm 2015`: when a body began
    r"|(?<![\p{L}])(?:đi vào hoạt động|ra đời)\s+(?:từ\s+)?(?:năm\s+)?$",
    regex.IGNORECASE)
# `Chỉ còn khoảng hai tuần nữa là đến Tết Nguyên đán Ất Tỵ 2025, cả nước vẫn còn 87 doanh nghiệp nợ
# lương`: a countdown to a time tells how things stand now, on the day of writing, not at that time
COUNTDOWN_BEFORE = regex.compile(r"(?<![\p{L}])còn\s+(?:\p{L}+\s+){0,3}?(?:\d+|\p{L}+)\s+(?:ngày|tuần|tháng)\s+nữa"
                                 r"\s+(?:là\s+)?(?:(?:đến|tới|sang|vào)\s+)?[^,;.]{0,40}$", regex.IGNORECASE)
RESTATES = regex.compile(r"\(\s*tức(?![\p{L}])")  # (a bracket restating the time before it)


def _restating(text: str, pos: int) -> bool:
    """Whether `pos` is in a bracket that restates the day before it: `21/2 (tức mùng 5 Tết)`."""
    opened = text.rfind("(", 0, pos + 1)
    return opened > 0 and ")" not in text[opened:pos] and bool(RESTATES.match(text, opened)) \
        and text[:opened].rstrip()[-1:].isdigit()


# `tiệm cận mục tiêu 45% vào năm 2025`: the year a goal is set for, as `đến năm 2025` is
GOAL_YEAR_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.YARDSTICKS))
                                 + r")[^,;.]{0,40}?\s+vào\s+$", regex.IGNORECASE)
# `Luật Công đoàn năm 2024`, `Bộ luật Lao động 2019`: the year names a law, it dates nothing.
DOCUMENT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:Luật|Bộ luật|Nghị định|Thông tư|Hiến pháp|Điều lệ)\s+\p{Lu}\p{L}*"
    r"(?:,?\s+\p{L}+){0,5}\s*$"  # `Luật An toàn, vệ sinh lao động năm 2015`
    # (and the year it was amended: `Bộ luật Hình sự 2015 (sửa đổi, bổ sung năm 2017)`)
    r"|\(\s*(?:được\s+)?sửa\s+đổi(?:\s*,\s*|\s+và\s+)?(?:bổ\s+sung)?\s*$")
# `vượt chỉ tiêu cả năm`, `đạt 106,6% kế hoạch năm nay`: the year's plan, a yardstick, no period.
YARDSTICK_BEFORE = regex.compile(
    # (or measured by it: `thành lập được 6/8 CĐCS theo chỉ tiêu cả năm`)
    r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.REACHING_WORDS)) + r"|theo)(?:[^,;.]|(?<=\d)[,.](?=\d)){0,20}?(?:" + "|".join(map(regex.escape, lexicon.YARDSTICKS)) + r")"
    r"(?:\s+(?!(?:trong|vào|đến|trước)\s)[^\s,;.]+){0,5}?\s*$", regex.IGNORECASE)  # `hoàn thành 100% chỉ tiêu Thành phố giao năm 2025`
# (a decimal comma is no clause's end: `lần lượt đạt 55% và 52,6% chỉ tiêu cả năm`)
# (nor the months of one: `thu KPCĐ quý III đạt 9,6 tỷ đồng, bằng 52,3% kế hoạch 6 tháng cuối năm`)
# (not when it is to be reached: `hoàn thành các chỉ tiêu còn lại trong quý IV`)
LISTED_AFTER = regex.compile(r"\s*:")
# `Để hoàn thành mục tiêu năm 2025, Thủ tướng yêu cầu ... phấn đấu tạo việc làm cho 1,6 triệu lao
# động`: the aim's year dates the targets set for it, not a yardstick of a result
# (the aim opening the sentence: not `phấn đấu kết nạp 674 đoàn viên để hoàn thành 100% chỉ tiêu năm
# 2025`, the yardstick of a part of the year)
PURPOSE_BEFORE = regex.compile(r"(?:^\s*|[.;:]\s+)Để\s+(?:" + "|".join(map(regex.escape, lexicon.REACHING_WORDS))
                               + r")[^,;.]{0,40}$")
YARDSTICK_KINDS = {"this_year", "year", "months", "half", "quarter"}
# (not `kế hoạch công tác năm 2024`: the year the plan is for)
# A date that says when a document was issued or signed dates the document, not what the figures
# around it count: only its year frames them.
ON_THE_DAY = r"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?$"  # (`công bố sáng 6/10`, `diễn ra ngày 11/7`)
OCCASION_DAY_BEFORE = regex.compile(r"(?<![\p{L}])(?i:nhân|chào mừng)(?:\s+dịp)?(?:\s+kỷ niệm)?\s+ngày\s+$")
ISSUED_BEFORE = regex.compile(r"(?<![\p{L}])(?:ban hành|ký|kí|công bố)" + ON_THE_DAY
                              # (or the number of a document the deed carries out: `thực hiện Kế hoạch số
                              # 112/KH-LĐLĐ ngày 5/3/2024, ... giới thiệu 312 đoàn viên vay vốn`; not one
                              # that does the deed: `được thành lập theo Quyết định số ... ngày 27/6/2025`)
                              + r"|(?<![\p{L}])(?:thực hiện|triển khai|hưởng ứng)\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+"
                              r"(?:số\s+)?\d+(?:/\d+)*/\p{Lu}[\p{L}\d&-]*,?\s+(?:ngày\s+)?$", regex.IGNORECASE)
# A year or named month in the title of a document cited by its number (`thực hiện Kế hoạch số
# 35/KH-LĐLĐ của LĐLĐ thành phố Hà Nội về tổ chức các hoạt động Tháng Công nhân năm 2025`): what the
# document is about, not when anything the text counts is done.
DOCUMENT_TITLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.ADMINISTRATIVE_DOCUMENTS + lexicon.LEGAL_DOCUMENTS)
    + r")\s+(?:số\s+)?\d+(?:/\d+)*/\p{Lu}[\p{L}\d&-]*[^.;:,]{0,100}?\s(?:về|v/v)\s[^.;:,]{0,120}(?<![”\"]\s*)$")
# (the title ends at a comma: `..., dịp Tết Nguyên đán Ất Tỵ 2025, các cấp Công đoàn ...` is the
# sentence's; and the year of a programme named in quotes is its own: `Kế hoạch ... về tổ chức chương
# trình “Tết Sum vầy” năm 2026, trong đó dự kiến tặng 1.200 vé xe`)
# The day of a law cited as the basis, opening its clause (`Căn cứ Nghị định số 12/2022/NĐ-CP ngày
# 17/1/2022 của Chính phủ, Công ty X bị xử phạt 85 triệu đồng`) is of the law's name: it dates
# nothing (lexicon laws; not a decision, which does the deed it is cited for: `Theo Quyết định số
# 2156/QĐ-LĐLĐ ngày 27/6/2025 ..., Công đoàn xã X được thành lập`)
LAW_DATED_BEFORE = regex.compile(r"(?:^|[,;:]\s*)(?:căn cứ(?:\s+theo)?|theo)\s+(?:" + lexicon.alternation(lexicon.LAWS) + r")"
                                 r"\s+(?:số\s+)?\d+(?:/\d+)*/\p{Lu}[\p{L}\d&-]*,?\s+(?:ngày\s+)?$", regex.IGNORECASE)
# The day a review meeting is held (`hội nghị sơ kết 6 tháng đầu năm diễn ra ngày 11/7`) is the
# event's day, but what the meeting reports is of the time it reviews, where the sentence names it.
REVIEW_HELD_BEFORE = regex.compile(r"(?<![\p{L}])(?:sơ kết|tổng kết)(?![\p{L}])[^.;:()]{0,60}?\s(?:diễn ra|tổ chức)"
                                   + ON_THE_DAY, regex.IGNORECASE)
# `Xuân 2026`, `Tết Nguyên đán Ất Tỵ 2026`: a year that ends the name of an occasion frames
# the occasion's days, which the text may give more precisely.
OCCASION_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?:Xuân|Tết(?:\s+\p{L}+){0,3}|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý|Giáp)"
    r"(?:\s+\p{Lu}\p{Ll}*)?\s*"
    # `Tháng Công nhân năm 2025`, `Hội thi “Điều dưỡng giỏi” lần thứ V năm 2022`: the year of a
    # named event (not `Hội nghị tổng kết ... năm 2024`, the year a report is about)
    r"|(?:" + "|".join(map(regex.escape, lexicon.NAMED_EVENTS)) + r")\s+"
    r"[\p{Lu}“\"][^;.()]{0,80}?\s+năm\s+"
    # `Ngày hội việc làm 2023`, `Ngày hội việc làm TP.Đà Nẵng năm 2023`: a named event's year
    # (`Ngày hội hiến máu tình nguyện “Giọt hồng Công đoàn” lần thứ 9 năm 2024`: its kind,
    # its quoted name, its edition)
    r"|(?:" + "|".join(map(regex.escape, lexicon.NAMED_EVENTS)) + r")"
    # (`Lễ ký kết Thỏa ước lao động tập thể (TƯLĐTT) nhóm doanh nghiệp năm 2024`: its words and
    # an abbreviation in brackets)
    r"(?:\s+(?!(?:năm|nay|có|là|hơn|so|với|tổ|được|đã|lần|diễn)(?![\p{L}]))[^\s,;:.()\d“”\"]+"
    r"|\s+\([^()\d\s]{2,12}\)){0,14}"
    r"(?:\s+[“\"][^”\";.]{3,80}[”\"])?(?:\s+lần\s+thứ\s+[IVXLC\d]+)?"
    r"\s+(?:năm\s+)?"
    # `Tháng hành động về An toàn, vệ sinh lao động (ATVSLĐ) năm 2024`: a named month's year
    r"|(?i:" + NAMED_MONTH_NAMES + r")(?:\s*\([^()]{1,12}\))?\s+năm\s+"
    # `"Ngày hội việc làm cho đoàn viên, người lao động năm 2024"`: inside a quoted name
    r"|[“\"][^”\";.]{3,80}?\s+năm\s+"
    # `Tuyên dương 100 “Công nhân giỏi Thủ đô” năm 2025`: the holders counted of a title quoted,
    # then its year: the title's edition (not a movement reviewed: `tổng kết phong trào “...” năm 2017`)
    r"|\d\s+[“\"]\p{Lu}[^”\";.]{2,80}[”\"]\s+năm\s+)$")
# `Hưởng ứng Ngày Pháp luật Việt Nam (9/11), sáng 8/11, ...`: the date in brackets after a
# named Day says when that Day is kept every year, not when the event reported was held.
OBSERVANCE_BEFORE = regex.compile(r"(?<![\p{L}])Ngày\s+\p{Lu}[^()\d]{2,60}\(\s*$")
CLOSING_PAREN = regex.compile(r"\s*\)")
ANNIVERSARY_SPAN = regex.compile(r"(?<![\p{L}])[Nn]gày\s+\p{L}[^()\d]{2,60}\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*"
                                 r"\d{1,2}/\d{1,2}/\d{4}\s*\)")


def in_anniversary(text: str, pos: int) -> bool:
    """Whether `pos` is inside the span of years an anniversary is named with."""
    bracket = text.rfind("(", 0, pos)
    return bracket >= 0 and any(m.start() < bracket < m.end() and pos < m.end()
                                for m in ANNIVERSARY_SPAN.finditer(text, max(0, bracket - 70), pos + 40))
# `còn nợ lương tháng 9 và tháng 10-2024 của 1.236 công nhân`: the months name the wages owed
# (a stock counted on the day the text says, or now), not the period of the count.
# `thỏa ước ... có hiệu lực trong giai đoạn 2024 - 2027`, `có hiệu lực từ ngày 1/7/2024`: when a
# document holds, not when anything is counted.
IN_FORCE_BEFORE = regex.compile(r"(?<![\p{L}])(?:có|còn)\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+(?:trong|từ|đến|kể từ))?"
                                r"(?:\s+ngày)?\s+$", regex.IGNORECASE)
# `sau khi hợp nhất với tỉnh Bắc Giang từ ngày 1/7/2025, toàn tỉnh có 57 KCN`, `Từ ngày 1/7/2025, xã
# Núi Thành được thành lập trên cơ sở sáp nhập ...`: the day units were merged dates the reform, not
# what is counted or done in them since
UNITS_MERGED_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.MERGING_VERBS) + r")(?![\p{L}])[^.;:,]{0,80}$",
                                    regex.IGNORECASE)
UNIT_FORMED_AFTER = regex.compile(r"[^.;:]{0,80}?(?<![\p{L}])trên\s+cơ\s+sở\s+(?:" + lexicon.alternation(lexicon.MERGING_VERBS)
                                  + r")(?![\p{L}])", regex.IGNORECASE)
# `tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 ... giảm còn 2,85%`, `xã đạt chuẩn
# nông thôn mới giai đoạn 2021-2025`: the span names which standard the figure is measured by (each
# is set for a span of years), not when it is measured
STANDARD_NAMED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:chuẩn\s+(?:nghèo|cận\s+nghèo|nông\s+thôn\s+mới(?:\s+nâng\s+cao|\s+kiểu\s+mẫu)?)"
    r"|bộ\s+tiêu\s+chí(?:\s+quốc\s+gia)?(?:\s+(?:về\s+)?(?:xã|huyện)?\s*nông\s+thôn\s+mới)?)"
    r"(?:\s+(?:đa\s+chiều|mới|quốc\s+gia|hiện\s+hành))*\s+$", regex.IGNORECASE)
WAGES_OF = regex.compile(r"(?<![\p{L}])(?:lương|tiền lương|tiền công)\s+(?:của\s+)?$", regex.IGNORECASE)
NAMED_MONTH_OF = {name.lower(): month for name, month in NAMED_MONTHS.items()}
NAMED_MONTH_BEFORE = regex.compile(r"(?i:(" + NAMED_MONTH_NAMES
                                   + r"))(?:\s*\([^()]{1,12}\))?\s+(?:năm\s+)?$")
OVER_THE_MONTH = regex.compile(r"(?<![\p{L}])(?:tính chung|suốt|qua|sau)\s+$", regex.IGNORECASE)
SOON_DAYS = 60
AS_OF = regex.compile(r"(?<![\p{L}])(?:[Tt]ính\s+)?[Đđ]ến\s+(?:hết\s+)?(?:ngày\s+)?$")
# A deadline (`hoàn thành ... trước ngày 30/9`, `chậm nhất ngày 15/1`) is ahead of the article,
# never a day of the year before.
DEADLINE_BEFORE = regex.compile(r"(?<![\p{L}])(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?)\s+(?:ngày\s+)?$",
                                regex.IGNORECASE)
TO_NOW = regex.compile(r"(?:đến|tới)\s+nay")
BEFORE = regex.compile(r"(?<![\p{L}])(?i:trước)\s+$")
BASE_GOES_ON = regex.compile(r"\s*(?:của\s+)?")
STAMP_GAP = regex.compile(r"\s*[|,]?\s*")  # `08:49 | 06/10/2023`, `21/01/2025, 06:30`
KINDS = [kind for kind, _ in PATTERNS]
STARTS_WITH_YEAR = regex.compile(YEAR)
SPAN_PERIOD = regex.compile(rf"{YEAR}-{YEAR}")
# Every pattern holds a digit or one of these words: a text with none of them has no period,
# and this test is far cheaper than the patterns.
MAY_HOLD_PERIOD = regex.compile(r"\d|năm|kỳ|quý|hiện|đến nay|tết|xuân|đoạn|" + NAMED_MONTH_NAMES,
                                regex.IGNORECASE)
GROUPS = [regex.compile(p, regex.IGNORECASE) for _, p in PATTERNS]
# Parts that some patterns hold wherever they match (read off each pattern's text by
# `always_holds`): a text without the part cannot match them, and one search for it spares
# theirs. Most texts hold a digit (MAY_HOLD_PERIOD lets them through) but few a year, a range
# of years, a day and month or `tháng`; and the patterns these spare are the costly ones, with
# no literal start to scan for (`(?:giai\s+đoạn|...)?\s*\(?(?P<a>YEAR)...`).
PARTS = [YEAR, rf"(?P<a>{YEAR}){DASH}(?P<b>{YEAR})", r"(?P<d2>\d{1,2})[/-](?P<m>\d{1,2})",
         "tháng", "ngày", "năm", "nay", "qua", "quý", "kỳ", "đầu", "hiện", "đoạn"]
FIND_PART = [regex.compile(part, regex.IGNORECASE) for part in PARTS]
NEEDS = [[j for j, part in enumerate(PARTS) if always_holds(p, part)] for _, p in PATTERNS]


@dataclass
class Mention:
    kind: str
    start: int
    end: int
    text: str
    fields: dict
    as_of: bool = False  # the day a stock is counted on (`tính đến ngày 30/9`), not an event's
    ahead: bool = False  # a deadline (`trước ngày 30/9`): after the article, whatever its distance

    @property
    def is_explicit_year(self) -> bool:
        return bool(self.fields.get("y") or self.fields.get("a"))


def _matches(text: str):
    """(pattern index, match) as the alternation of PATTERNS (`A|B|...`) finds them, left to
    right: at the leftmost position where one matches, the first that matches there. Searched
    alone, each pattern keeps its fast literal prefix scan; the alternation tries every pattern
    at every position (2.4x slower)."""
    absent = frozenset(j for j, part in enumerate(FIND_PART) if part.search(text) is None)
    ahead = {}  # pattern index -> its first match at or after the cursor, for those with one
    for i in _possible(absent):
        match = GROUPS[i].search(text)
        if match:
            ahead[i] = match
    while ahead:
        index = min(ahead, key=lambda i: (ahead[i].start(), i))
        match = ahead[index]
        yield index, match
        cursor = match.end()
        for i in [i for i, m in ahead.items() if m.start() < cursor]:
            later = GROUPS[i].search(text, cursor)
            if later:
                ahead[i] = later
            else:
                del ahead[i]


@lru_cache(maxsize=None)
def _possible(absent: frozenset) -> list[int]:
    """The patterns a text without these parts may match (a few sets of parts are ever absent)."""
    return [i for i, needs in enumerate(NEEDS) if absent.isdisjoint(needs)]


def find(text: str) -> list[Mention]:
    if not MAY_HOLD_PERIOD.search(text):
        return []
    mentions = []
    for index, m in _matches(text):
        kind = KINDS[index]
        fields = {k: v for k, v in m.groupdict().items() if v}
        if kind == "span" and " và " in m.group() and int(fields["b"]) != int(fields["a"]) + 1:
            mentions.extend(Mention("year", m.start(g), m.end(g), m.group(g), {"y": m.group(g)})
                            for g in ("a", "b"))  # `năm 2019 và 2023`: two years apart
            continue
        if kind == "the_quarter":
            named = next((x for x in reversed(mentions) if x.kind == "quarter"), None)
            if named:
                mentions.append(Mention("quarter", m.start(), m.end(), m.group(), dict(named.fields)))
            continue
        if kind == "monthrange" and " và " in m.group() and "," not in m.group() \
                and int(fields["m"]) != int(fields["m1"]) + 1:
            mentions.extend(Mention("month", m.start(g), m.end(g), m.group(g),
                                    {"m": m.group(g), **({"y": fields["y"]} if "y" in fields else {})})
                            for g in ("m1", "m"))  # `tháng 3 và tháng 9`: two months apart
            continue
        if not _valid(fields) or (kind == "date" and not fields.get("y") and (
                COUNTED_START.match(text, m.end()) or ends_with(SHARE_BEFORE, text, m.start()))):
            continue  # `vượt 6/6 chỉ tiêu`, `số phiếu tín nhiệm 9/9`: a ratio, no date
        if kind == "date" and (LAW_DATED_BEFORE.search(text[max(0, m.start() - 80):m.start()])
                               or ends_with(OCCASION_DAY_BEFORE, text, m.start())):
            kind = "name"  # (and the day an occasion is named by: `khen thưởng 42 nhà giáo nhân ngày
            # 20/11`, held two days before it)
        elif kind == "date" and ISSUED_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            kind = "issued"  # `Thông báo số 286 ban hành ngày 30/9/2021`: dates the document
        elif kind == "date" and REVIEW_HELD_BEFORE.search(text[max(0, m.start() - 100):m.start()]):
            kind = "held"  # `tại hội nghị sơ kết 6 tháng đầu năm diễn ra ngày 11/7`: the meeting's day
        if ends_with(COMPARISON_BASE, text, m.start()) or (
                kind == "year_to_date" and ends_with(RANKED_SINCE, text, m.start())) or (
                kind in YARDSTICK_KINDS and ends_with(YARDSTICK_BEFORE, text, m.start())
                # (not the targets it lists: `hoàn thành chỉ tiêu năm 2025: giải quyết việc làm cho 26.000 lao động`)
                and not LISTED_AFTER.match(text, m.end()) and not ends_with(PURPOSE_BEFORE, text, m.start())) or (
                mentions and mentions[-1].kind == "base" and BASE_GOES_ON.fullmatch(
                    text[mentions[-1].end:m.start()])):  # `so với tháng 12 năm trước`
            kind = "base"  # `tăng 5% so với cùng kỳ năm 2023`: the base, not the period
        elif ends_with(IN_FORCE_BEFORE, text, m.start()) or ends_with(DOCUMENT_TITLE_BEFORE, text, m.start()):
            kind = "name"  # (the years a document is in force, or its title's: DOCUMENT_TITLE_BEFORE)
        elif kind in ("span", "year") and ends_with(STANDARD_NAMED_BEFORE, text, m.start()):
            kind = "name"  # (which standard: STANDARD_NAMED_BEFORE)
        elif kind == "date" and (ends_with(UNITS_MERGED_BEFORE, text, m.start()) or UNIT_FORMED_AFTER.match(text, m.end())):
            kind = "name"  # (the day units were merged: UNITS_MERGED_BEFORE)
        elif kind in ("month", "monthrange") and ends_with(WAGES_OF, text, m.start()):
            kind = "name"  # `nợ lương tháng 9 và tháng 10-2024`: which wages, not when counted
        elif kind == "date" and (ends_with(OBSERVANCE_BEFORE, text, m.start()) and CLOSING_PAREN.match(text, m.end())
                                 or in_anniversary(text, m.start())):
            kind = "name"  # `Ngày Pháp luật Việt Nam (9/11)`: the day a Day is kept each year;
            # `Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025)`: the years an anniversary spans
        elif kind == "lunar_date" and _restating(text, m.start()):
            kind = "name"  # `từ ngày 16/2 đến hết ngày 21/2 (tức 29 tháng Chạp đến mùng 5 Tết)`: the
            # lunar days restate the days before the bracket
        elif kind in ("year", "lunar_year") and ends_with(COUNTDOWN_BEFORE, text, m.start()):
            kind = "now"  # (a countdown to a time tells now: COUNTDOWN_BEFORE)
        elif kind == "year" and ends_with(GOAL_YEAR_BEFORE, text, m.start()):
            kind = "horizon"
        elif kind == "year" and (ends_with(DOCUMENT_BEFORE, text, m.start())
                                 or ends_with(LIFE_YEAR_BEFORE, text, m.start() + m.group().find(fields["y"]))):
            kind = "name"
        elif kind == "year" and ends_with(OCCASION_BEFORE, text, m.start() + m.group().find(fields["y"])):
            kind = "occasion"
            month = NAMED_MONTH_BEFORE.search(text, max(0, m.start() - 80), m.start() + m.group().find(fields["y"]))
            if month and ends_with(OVER_THE_MONTH, text, month.start()):
                # `Tính chung Tháng Công nhân năm 2024`: that month of the year (not the campaign
                # answered, `Hưởng ứng`, `nhân dịp Tháng Công nhân năm 2024`: the year's)
                fields["om"] = str(NAMED_MONTH_OF[month.group(1).lower()])
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        mentions.append(Mention(kind, start, end, text[start:end], fields,
                                as_of=kind == "date" and bool(AS_OF.search(text, 0, start)),
                                ahead=kind == "date" and bool(DEADLINE_BEFORE.search(text, 0, start))))
    for first, second in zip(mentions, mentions[1:]):  # `07/10/2024 19:25`, `08:49 | 06/10/2023`
        if {first.kind, second.kind} == {"date", "time"} \
                and STAMP_GAP.fullmatch(text[first.end:second.start]) \
                and first.text[:1].isdigit() and second.text[:1].isdigit():
            # (in figures only: a time and a day told in words are an event's, `Khoảng 6h10 ngày
            # 20-3, xe khách ... chở 27 công nhân`)
            first.kind = second.kind = "stamp"  # when the page was published: it dates nothing
    return mentions


def _valid(fields: dict) -> bool:
    """`33/25` is no date: day 1-31, month 1-12."""
    day = fields.get("d") or fields.get("d1")
    months = [fields.get(k) for k in ("m", "m1") if fields.get(k)]
    return (not day or 1 <= int(day) <= 31) and all(1 <= int(m) <= 12 for m in months)


def resolve(mention: Mention, year: int | None) -> str | None:
    """The period string, filling a missing year with `year` (the article's)."""
    f, kind = mention.fields, mention.kind
    y = int(f.get("y") or f.get("y0") or 0) or year
    if kind in ("term", "span"):
        return f"{f['a']}-{f['b']}"
    if kind == "since":  # `từ năm 2019 đến nay`: up to the article's year
        return f"{f['a']}-{year}" if year and year > int(f["a"]) else f["a"]
    if kind == "occasion" and f.get("om"):
        return f"{f['y']}-{int(f['om']):02d}"
    if kind in ("year", "occasion", "horizon"):
        return f["y"]
    if kind == "issued":
        return str(y) if y else None
    if kind == "lunar_year":  # `Tết Quý Mão`: the year of that Tết nearest the article's
        return str(lunar_year(f["can"], f["chi"], year)) if year else None
    if kind in ("this_year", "year_to_date"):
        return str(y) if y else None
    if kind == "last_year":
        return str(year - 1) if year else None
    if kind == "past_years":
        return f"{year - month_count(f['n'])}-{year}" if year else None
    if y is None or kind in ("time", "yearly", "past_term", "term_end", "the_term", "next_term", "name", "term_to_date",
                             "coming"):
        return None
    if kind == "months":
        n = month_count(f["n"])
        first = f.get("part", "đầu").lower() == "đầu"
        if n == 6:
            return f"{y}-H1" if first else f"{y}-H2"
        if n == 3:
            return f"{y}-Q1" if first else f"{y}-Q4"
        if 0 < n < 12:
            return f"{y}-01/{y}-{n:02d}" if first else f"{y}-{13 - n:02d}/{y}-12"
        return str(y)
    if kind == "half":
        return f"{y}-H1" if "đầu" in f["part"].lower() else f"{y}-H2"
    if kind == "quarter":
        return f"{y}-Q{ROMAN_QUARTER[f['q'].lower()]}"
    if kind in ("named_month", "answered_month"):
        return f"{y}-{NAMED_MONTH_OF[f['name'].lower()]:02d}"  # (however capitalized: `An toàn`)
    month = int(f.get("m", 0))
    if not 1 <= month <= 12:
        return None
    if kind == "month":
        return f"{y}-{month:02d}"
    if kind == "monthrange":
        m1 = int(f.get("m1") or 1)  # (from the start of the year)
        if f.get("d"):  # `từ đầu năm đến ngày 30/9/2024`: to that day, as precise as the text
            day = int(f["d"])
            return f"{y}-01-01/{y}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month else None
        y1 = int(f.get("y1") or y)
        return f"{y1}-{m1:02d}/{y}-{month:02d}" if 1 <= m1 <= 12 and (y1, m1) < (y, month) else None
    if kind == "daterange":
        d1, d2, m1 = int(f["d1"]), int(f["d2"]), int(f.get("m1") or month)
        y1 = int(f["y1"]) if f.get("y1") else y - 1 if m1 > month else y  # `30/12 đến 2/1`
        return f"{y1}-{m1:02d}-{d1:02d}/{y}-{month:02d}-{d2:02d}"
    if "d" not in f:  # (a month re-kinded, as a change's base: `tăng gần 2 lần so với tháng 9`)
        return f"{y}-{month:02d}"
    day = int(f["d"])
    return f"{y}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def resolve_published(mention: Mention, year: int | None, published: str | None) -> str | None:
    """`resolve`, and a day or month without a year that would fall after the publication date
    (`28/12` in an article of 5 January) belongs to the year before."""
    if mention.kind == "lunar_date":
        return lunar_date(mention.fields, year, published)
    if mention.kind == "this_school_year":  # (a school year runs from September to May)
        if not published:
            return None
        first = int(published[:4]) - (int(published[5:7]) < SCHOOL_YEAR_STARTS)
        first -= mention.text.endswith("qua")  # (`năm học vừa qua`: the one before, that ended)
        return f"{first}-{first + 1}"
    y = int(mention.fields.get("y") or year or 0)
    if mention.kind == "year_to_date" and published and y == int(published[:4]) \
            and TO_NOW.search(mention.text):  # `Từ đầu năm đến nay`: January to the article's month
        return f"{y}-01" if published[5:7] == "01" else str(y) if published[5:7] == "12" \
            else f"{y}-01/{published[:7]}"  # (written in December: the whole year)
    if mention.kind == "year_to_date" and published and 0 < y < int(published[:4]) and TO_NOW.search(mention.text):
        return f"{y}-01/{published[:7]}"  # `từ đầu năm 2024 đến nay`, written in March 2025: to now
    if mention.kind == "months" and "part" not in mention.fields and published \
            and year == int(published[:4]):  # `9 tháng qua`: of this year, when they have passed
        if month_count(mention.fields["n"]) > int(published[5:7]):
            return None
    if mention.kind == "day_to_date":
        y, month, day = int(mention.fields.get("y") or year or 0), int(mention.fields["m"]), int(mention.fields["d"])
        if not (y and 1 <= month <= 12 and 1 <= day <= 31):
            return None
        first = f"{y}-{month:02d}-{day:02d}"
        return f"{first}/{published}" if published and published > first else first
    if mention.kind == "month_to_date":
        y, month = int(mention.fields.get("y") or year or 0), int(mention.fields["m"])
        if not (y and 1 <= month <= 12):
            return None
        if not published or published[:7] <= f"{y}-{month:02d}":
            return f"{y}-{month:02d}"
        return f"{y}-{month:02d}/{published[:7]}"
    if mention.kind == "to_year_end":  # `Từ nay đến cuối năm 2025`, written in June: its months
        y = int(mention.fields.get("y") or year or 0)  # left, as `từ đầu năm đến nay` its months past
        if y and published and y == int(published[:4]) and published[5:7] != "12":
            return f"{published[:7]}/{y}-12"
        return str(y) if y else None
    if mention.kind == "from_now":
        y, month = int(mention.fields.get("y") or year or 0), int(mention.fields["m"])
        if not (y and 1 <= month <= 12):
            return None
        day = int(mention.fields.get("d") or monthrange(y, month)[1])
        if not 1 <= day <= monthrange(y, month)[1]:
            return None
        last = f"{y}-{month:02d}-{day:02d}"
        if published and last < published and not mention.fields.get("y"):
            y += 1  # (`từ nay đến hết tháng 1` written in December: the next January)
            last = f"{y}-{month:02d}-{min(day, monthrange(y, month)[1]):02d}"
        return f"{published}/{last}" if published and published < last else last
    period = resolve(mention, year)
    if period and published and year and not mention.is_explicit_year \
            and mention.kind in ("date", "daterange", "month", "monthrange", "quarter", "months") \
            and _first_day(period) > published and not _soon_after(_first_day(period), published) \
            and not mention.ahead and (mention.kind not in ("quarter", "months") or published[5:7] <= "03"):
        period = resolve(mention, year - 1)  # (`riêng quý IV đã thu được ...`, `Riêng 6 tháng cuối năm, doanh
        # thu đạt ...` in a review written early in the year: the year's before; later in the year a
        # quarter still to come is a plan's: `dự kiến hoàn thành 8 chỉ tiêu còn lại trong quý IV`, written in July)
    return period


def _first_day(period: str) -> str:
    """`2024-Q4` -> `2024-10-01`, `2024-H2` -> `2024-07-01`; a day, month or range: its start as written."""
    part = regex.fullmatch(r"(\d{4})-([QH])([1-4])", period)
    if part:
        months = 3 if part.group(2) == "Q" else 6
        return f"{part.group(1)}-{months * (int(part.group(3)) - 1) + 1:02d}-01"
    return period[:10]


def before_a_past_year(text: str, mention: Mention, year: int | None) -> bool:
    """`người nghỉ hưu trước năm 1995 có mức hưởng ...`: a past year something happened before
    says who is meant, not when a figure holds (a year ahead is a deadline)."""
    return mention.kind == "year" and bool(year) and int(mention.fields.get("y") or 0) < year \
        and BEFORE.search(text, 0, mention.start) is not None


# `Chị Hoa làm công nhân tại công ty từ năm 2013`: the year a state began (its span to now is not
# told: no `đến nay`, which the kind `since` reads)
SINCE_BEFORE = regex.compile(r"(?<![\p{L}])(?:từ|kể từ)\s+$", regex.IGNORECASE)


def began_in(text: str, mention: Mention) -> bool:
    """`mention`, a year, says when a state began: it frames no report of that year."""
    return mention.kind == "year" and ends_with(SINCE_BEFORE, text, mention.start)


SCHOOL_YEAR_STARTS = 9  # the month a school year begins


def month_count(written: str) -> int:
    """`9`, `chín`, `Hai` -> a number of months (0 when none)."""
    return WORD_MONTHS.get(written.lower(), int(written) if written.isdigit() else 0)


def _soon_after(period: str, published: str) -> bool:
    """A day or month without a year, within two months after the article: an event it
    announces (`vào ngày 25/1` in an article of 10 January), not one of the year before."""
    first = date.fromisoformat((period[:7] + "-01") if len(period.split("/")[0]) == 7 else period[:10])
    return (first - date.fromisoformat(published)).days <= SOON_DAYS


LUNAR_MONTHS = {"giêng": 1, "chạp": 12}
CAN = ["Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"]  # year % 10
CHI = ["Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"]  # % 12
CHI_SPELLINGS = {"Mẹo": "Mão", "Tị": "Tỵ"}


def lunar_year(can: str, chi: str, near: int) -> int:
    """The Gregorian year whose Tết opens the lunar year `can chi`, nearest `near` (60-year
    cycle): `Quý Mão` near 2023 -> 2023."""
    chi = CHI_SPELLINGS.get(chi, chi)
    return min((y for y in range(near - 30, near + 31)
                if CAN[y % 10] == can and CHI[y % 12] == chi), key=lambda y: abs(y - near))


def lunar_date(fields: dict, year: int | None, published: str | None) -> str | None:
    """The solar day of a lunar date (`20 tháng Chạp năm Ất Tỵ` -> 2026-02-07). Without a year
    name, the lunar year is the one whose Tết is nearest the article: its Chạp falls in the first
    months of the solar year, its Giêng after the Tết of that year. (lunardate computes the
    Chinese calendar, for UTC+8; the Vietnamese one, for UTC+7, starts a month a day earlier
    when a new moon falls between 23:00 and midnight UTC+8, which is rare: Tết 2007 was 17
    February in Vietnam, 18 in China.)"""
    if not year:
        return None
    month = LUNAR_MONTHS.get((fields.get("lm") or "").lower()) or int(fields.get("ln") or 1)
    if fields.get("can"):
        lunar = lunar_year(fields["can"], fields["chi"], year)
    else:
        late = bool(published) and int(published[5:7]) >= 7
        lunar = (year if late else year - 1) if month == 12 else (year + 1 if late else year)
    try:
        last = LunarDate(lunar, month, int(fields["ld"])).to_solar_date().isoformat()
        if fields.get("ld1") and int(fields["ld1"]) < int(fields["ld"]):
            return f"{LunarDate(lunar, month, int(fields['ld1'])).to_solar_date().isoformat()}/{last}"
        return last
    except ValueError:
        return None


def whole_month(day_range: str) -> str | None:
    """`2024-05-01/2024-05-31` -> `2024-05`: `từ ngày 1 - 31/5` is the month of May. (A range
    over several months keeps its days, as the gold writes `1/4/2025 - 31/3/2028`.)"""
    first, last = day_range.split("/")
    if len(first) != 10 or first[:7] != last[:7] or first[8:] != "01" \
            or int(last[8:]) != monthrange(int(last[:4]), int(last[5:7]))[1]:
        return None
    return first[:7]


def days_in(day_range: str) -> int:
    """`2023-10-16/2023-10-17` -> 2."""
    first, last = (date.fromisoformat(d) for d in day_range.split("/"))
    return (last - first).days + 1


def last_month(period: str) -> str:
    """The month a period ends in, `YYYY-MM` (`2024-H1` -> `2024-06`, `2024-01/2024-09` -> `2024-09`,
    `2024` and `2020-2024` -> `2024-12`)."""
    end = period.split("/")[-1]
    if len(end) == 9 and end[4] == "-":  # (years: `2023-2028`)
        end = end[5:]
    part = end[5:7]
    if part[:1] in ("Q", "H"):
        return f"{end[:4]}-{int(part[1]) * (3 if part[0] == 'Q' else 6):02d}"
    return end[:7] if part else f"{end[:4]}-12"


def year_of(period: str | None) -> int | None:
    match = STARTS_WITH_YEAR.match(period or "")
    return int(match.group()) if match else None
