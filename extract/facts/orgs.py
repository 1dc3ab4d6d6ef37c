"""Organization mentions and their canonical full names.

`canonical_org("LĐLĐ quận Ba Đình")` -> `Liên đoàn Lao động quận Ba Đình`. Abbreviations are
expanded from a small built-in table and from definitions in the article
(`Liên đoàn Lao động (LĐLĐ)`); a bare `LĐLĐ quận` takes the district named earlier; a union
*system* (`Công đoàn huyện X`, `các cấp Công đoàn huyện`, `Công đoàn Thủ đô`) maps to its
Liên đoàn Lao động (FACTS.md).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import regex

# The word lists of names are data (lexicon.toml): heads, their roles, administrative words,
# places, the words that end a name.
from solieu.extract import lexicon
from solieu.extract.facts.numbers import COUNTED_START, DIGIT_WORDS, SCALE
from solieu.extract.facts.periods import YEAR
from solieu.extract.facts.words import is_word
from solieu.extract.lexicon import ABBREVIATIONS
from solieu.extract.lexicon import ADMIN_WORDS as ADMIN
from solieu.extract.lexicon import (CASE_SENSITIVE_HEADS, CITIES, DEFAULT_CITY, NEEDS_NAME, PLACES,
                             PROPER_NAMED, SURNAMES, UNION_HEADS)
from solieu.extract.lexicon import FUNCTION_WORDS as CLOSED_CLASS_WORDS
from solieu.extract.lexicon import ORGANIZATION_HEADS as HEADS

CAPITALS = {"thủ đô": ("thành phố", "Hà Nội")}
CAPITAL_CITY_NEXT = regex.compile(r"\s+" + regex.escape(CAPITALS["thủ đô"][1]) + r"(?![\p{L}])")  # (`Thủ đô Hà Nội`)

HEAD_RE = regex.compile(r"(?<![\p{L}\d/\-])" + lexicon.alternation(HEADS) + r"(?![\p{L}\d])",
                        regex.IGNORECASE)
# (`(LĐ-TB&XH)`, with its head: `Sở Lao động - Thương binh và Xã hội (Sở LĐ-TB&XH) Hà Nội`)
INLINE_ABBREVIATION = regex.compile(r"\s*\((?:\p{Lu}\p{Ll}*\s+){0,2}\p{Lu}[\p{Lu}&]{1,9}(?:-\p{Lu}[\p{Lu}&]{0,9})*\)")
# Words that end a name: the language's function words, and a few verbs of giving.
FUNCTION_WORDS = CLOSED_CLASS_WORDS | lexicon.NAME_ENDERS
WORKPLACE = regex.compile(r"(?:" + "|".join(map(regex.escape, lexicon.WORKPLACES)) + r")(?![\p{L}])")
# (and the bodies that pay their own workers and own their business: a workplace, a company, a
# corporation, a group, a bank)
EMPLOYER = regex.compile(r"(?:" + "|".join(map(regex.escape, lexicon.WORKPLACES + list(lexicon.BRANDED)))
                         + r")(?![\p{L}])")
ORDINAL_WORDS = {"lần", "khóa", "khoá", "nhiệm", "kỳ"}
VERB_AFTER_NAME = regex.compile(
    r"(?:" + "|".join(map(regex.escape, lexicon.VERBS_AFTER_NAME)) + r")(?![\p{L}])"
    r"|(?:" + "|".join(map(regex.escape, lexicon.VERBS_BEFORE_SMALL_WORDS)) + r")(?=\s+\p{Ll})")
# `Quỹ Trợ vốn cho người lao động nghèo tự tạo việc làm (CEP)`, `Quỹ Trợ vốn cho công nhân, lao động
# nghèo tỉnh Vĩnh Phúc`: whom a fund serves is of its name, where the name closes on its short name
# in brackets or on its level and place
FUND_FOR = regex.compile(r"\s+(cho\s+\p{Ll}+(?:,?\s+\p{Ll}+){0,8}?)(?=\s+(?:" + lexicon.LEVELS
                         + r")\s+\p{Lu}|\s*\(\p{Lu}{2,}\))")
QUOTED_NAME = regex.compile(r"\s+(?:“\p{Lu}[^”]{0,60}”|\"\p{Lu}[^\"]{0,60}\")")  # (in curly quotes or straight)
# `các cấp công đoàn thành phố`, `công đoàn quận`: written small, the union of a city or district
UNION_OF_A_PLACE = regex.compile(r"\s+(?:" + lexicon.LEVELS + r"|[Tt]hủ đô)(?![\p{L}])")
SYSTEM_WITHIN = regex.compile(r"\s+(?:trong|toàn|của)\s+(" + lexicon.LEVELS + r")(?![\p{L}])(?!\s+\p{Lu})")
# `các cấp công đoàn trong cả nước`: the country's union system, the Tổng LĐLĐ
SYSTEM_OF_THE_NATION = regex.compile(r"\s+(?:(?:trong|của|trên)\s+)?" + lexicon.alternation(lexicon.WHOLE_COUNTRY) + r"(?![\p{L}])")
BARE_UNION = regex.compile(r"\s+Công đoàn(?=\s+\p{Ll}|\s*[,.;:()]|\s*$)")
# `Ngân hàng TMCP Quân đội chi nhánh Sơn Tây`, `... Việt Nam - Chi nhánh Gia Lâm`, `... (MB) chi
# nhánh Sơn Tây`, `... (Agribank) chi nhánh Phúc Thọ`: a branch, with its place, is of the name
BRANCH = regex.compile(r"\s*(?:\(\p{Lu}[\p{L}&]{1,11}\)\s*(?=[-–]))?(?:([-–])\s*)?(?:\(\p{Lu}[\p{L}&]{1,11}\)\s*)?([Cc]hi\s+nhánh)"
                       r"(?:\s+(\d{1,2}))?(?=\s+(?:" + lexicon.LEVELS + r"|TP|\p{Lu}))")  # (`VietinBank Chi nhánh 3 TP.HCM`)
# (or a person: `Trường Mầm non Bình Yên và chị Đỗ Thị Hạnh`)
# (or a company's management, with its union: `Công đoàn Công ty X và Ban Giám đốc ký kết thỏa ước`)
ANOTHER_BODY = regex.compile(r"\s+(?:đội|các|những|đơn vị|tập thể|ông|bà|công đoàn|(?i:ban giám đốc|ban lãnh đạo)|"
                             r"người sử dụng lao động|" + "|".join(
    map(regex.escape, sorted({a.lower() for a in lexicon.PERSON_ADDRESSES if " " not in a})))
    + r")(?![\p{L}])")
THE_INSURANCE_BEFORE = regex.compile(r"(?<![\p{L}])(?:tham gia|đóng|nợ|hưởng|chế độ|sổ|bao phủ|thu|"
                                     r"chính sách|Luật|trợ cấp|về|tiền|tháng"  # (`nợ 14 tháng BHXH`)
                                     # (listed with other insurances, topics: `tư vấn về hợp đồng
                                     # lao động, BHXH, bảo hiểm thất nghiệp`)
                                     r"|(?:hợp đồng lao động|pháp luật lao động|tiền lương|bảo hiểm y tế|bảo hiểm thất nghiệp|BHYT|BHTN)"
                                     r"\s*(?:,|và))\s*$", regex.IGNORECASE)
# `BHXH bắt buộc`, `hưởng BHXH một lần`: kinds of the insurance, no agency; nor one listed first
# with other insurances (`BHXH, bảo hiểm y tế, bảo hiểm thất nghiệp`)
THE_INSURANCE_AFTER = regex.compile(r"\s+(?:bắt buộc|tự nguyện|một lần|hằng tháng|hàng tháng)(?![\p{L}])"
                                    r"|\s*(?:,|và)\s+(?:bảo hiểm y tế|bảo hiểm thất nghiệp|BHYT|BHTN)(?![\p{L}])")
# `Bạch Thị Minh Châu`, `Trần Văn Bình`: Thị and Văn are middle names, whatever the family name.
MIDDLE_NAMED = regex.compile(r"\p{Lu}\p{Ll}*\s+(?:Thị|Văn)\s+\p{Lu}\p{Ll}*(?![\p{L}])")
# A family name and two or more given names (`Đoàn Đức Liêm`), not a two-word name (`Hồ Gươm`).
PERSON_NAME = regex.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,3}(?![\p{L}])(?!\s+\p{Lu})")
# `Giám đốc Công ty Nguyễn Hoàng Long`: a title, a bare workplace, then its holder's name.
TITLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, lexicon.PERSON_TITLES))
                             + r")\s+(?:(?:CĐCS|CĐ|Công đoàn(?: cơ sở)?)\s+)?$", regex.IGNORECASE)
LAST_WORD = regex.compile(r"(\p{L}+)\s+$")
# a word before a number governs it: not part of a name (nor before a number told as about or
# more than so many: `Công ty Than Dương Huy phục vụ gần 1.000 suất ăn`); but not a day and month
# before a capital, a colon or a bracket, a name's holiday (`Công ty CP Xuất nhập khẩu 2-9 Đắk Lắk`,
# `Công ty CP Dệt may 29/3: ...`)
NUMBER_NEXT = regex.compile(r"\s+(?:(?:" + lexicon.alternation([word for word, _ in lexicon.COMPARATOR_BEFORE])
                            + r")\s+)?(?:(?<=(?<![\p{L}])(?:" + lexicon.alternation([*lexicon.TIMES_OF_DAY, "ngày", "hôm"])
                            + r")\s+)|(?!\d{1,2}[-/]\d{1,2}(?:\s+\p{Lu}|\s*[:(]|\s+(?:" + VERB_AFTER_NAME.pattern + r"))))\d")
# (or a verb: `Công đoàn Công ty CP Dệt may 29/3 tổ chức ...`; but a day is no holiday after the word
# for a day: `Công ty X ngày 2/9 Tổng Giám đốc ...`)
LOWER_SECTOR = regex.compile(
    # (not a function word: `Dự án Nhà ở xã hội Công đoàn tại phường Phổ Yên`, where it is)
    r"\s+(?!(?:" + lexicon.alternation(lexicon.FUNCTION_WORDS) + r")\s)((?:ngành\s+)?\p{Ll}+(?:\s+\p{Ll}+){0,2})(?=\s+(?:" + lexicon.LEVELS + "|"
    + lexicon.alternation(lexicon.WARD_LEVELS) + r")\s+\p{Lu})")  # (a commune's or ward's too, since 2025)
# (or a trade, before the place it is of: `Nghiệp đoàn nghề cá Bình Châu`)
TRADE_BEFORE_PLACE = regex.compile(r"\s+(nghề\s+\p{Ll}+(?:\s+\p{Ll}+)?)(?=\s+\p{Lu})")
UNION_OF = regex.compile(r"\s+của(?=\s+" + lexicon.LEVELS + r"\s+\p{Lu})")
# `BHXH cơ sở Mê Linh`: the grassroots office of a body at a place (since 2025 the social
# insurance's offices below the province)
GRASSROOTS_OFFICE = regex.compile(r"\s+(cơ sở)(?=\s+\p{Lu})")
# `Công đoàn công ty`, `Công đoàn cơ sở bệnh viện`: the union of the workplace the text names
BARE_UNIONS = {f"Công đoàn cơ sở {kind}" for kind in lexicon.BARE_WORKPLACES.values()} | {"Công đoàn ngành"}
SECTOR_UNION_BARE = regex.compile(r"\s+(ngành)(?![\p{L}])(?!\s+\p{Lu})(\s*[,.;:)”]|\s+và(?![\p{L}]))?")
OWN_WORKPLACE_SMALL = regex.compile(r"\s+(" + "|".join(map(regex.escape, lexicon.WORKPLACES_AFTER_UNION))
                                    + r")(?![\p{L}])(?!\s+\p{Lu})")
# `Công đoàn các khu công nghiệp (tỉnh Bắc Giang)`: the zones' union written without capitals
ZONES_WRITTEN_SMALL = regex.compile(r"\s+(các\s+khu\s+công\s+nghiệp(?:\s+và\s+chế\s+xuất)?)(?![\p{L}])")
WORD_RE = regex.compile(r"\s*([\p{L}\d]+(?:(?:&|(?<=\p{Lu})-(?=\p{Lu})|(?<=[A-Za-z])-(?=[a-z]|[A-Z]{2,}(?!\p{Ll}))|(?<=(?<!\d)\d{1,2})[-/](?=\d{1,2}(?![\d/])))[\p{L}\d]+)*)")  # `GD&ĐT`, `LĐ-TB&XH`, `Dai-ichi`, `Luxshare-ICT`, `2-9`, `29/3` (a holiday: `Công ty 2-9`) are one word
# (also unspaced between words: `Bộ Lao động-Thương binh và Xã hội`)
NAME_DASH = regex.compile(r"(?:\s[-–]\s|(?<=\p{Ll})[-–])(?=\p{Lu}\p{Ll})")
GIVEN_NAME_NEXT = regex.compile(r"\s+\p{Lu}")
# `Công ty Than Tân Lập - TKV`, `Công ty Than Mông Dương - Vinacomin`: the group a company belongs
# to closes its legal name, as an abbreviation or a brand (a word of no Vietnamese spelling)
# (or its legal form, abbreviated: `Tổng công ty Cơ khí Giao thông vận tải Sài Gòn - TNHH MTV`, `... - CTCP`)
GROUP_SUFFIX = regex.compile(r"\s[-–]\s(Công ty (?:" + "|".join(map(regex.escape, lexicon.COMPANY_FORMS))
                            + r")|\p{Lu}{2,6}(?:\s\p{Lu}{2,6})?|[A-Z][a-z]{4,})(?![\p{L}\d])")  # (`... May Hưng Yên - Công ty Cổ phần`)
DEFINITION_RE = regex.compile(r"((?:[\p{L}]+,?\s+){1,12})\((\p{Lu}[\p{Lu}&]{1,9})\)")
ABBREVIATION_IN_PARENS = regex.compile(r"\(\p{Lu}[\p{Lu}&]{1,9}\)")  # how a definition ends
NAME_RUN_BEFORE = regex.compile(r"[\p{L},\s]*", regex.REVERSE)  # what a defined name is made of


# Every admin word as written (`tp.` with its dot; `xã` not of `xã hội`).
ADMIN_WORD = regex.compile(r"\s*(" + "|".join(
    # (`xã hội`, social, is no commune; `xã Hội Thịnh` is one)
    {"xã": r"xã(?!\s+(?-i:hội)(?![\p{L}]))"}.get(w, regex.escape(w))
    # (a short form with its dot is followed by the place: `Q.Bình Thủy`, `TP.HCM`; `TP` is
    # written against a city's abbreviation too: `TPHCM`)
    + (r"(?=\s*[\p{Lu}\d])" if w.endswith(".") else r"(?![\p{L}])"
       + (r"|tp(?=(?-i:" + "|".join(lexicon.CITY_ABBREVIATIONS) + r")(?![\p{L}]))" if w == "tp" else ""))
    for w in sorted(ADMIN, key=len, reverse=True))
    + r")", regex.IGNORECASE)
CAPITAL = regex.compile(r"\s*(Thủ đô|thủ đô|Việt Nam)(?![\p{L}])")  # `các cấp CĐ thủ đô`
COUNTRY_NEXT = regex.compile(r"\s+Việt Nam(?![\p{L}])")
SYSTEM_AFTER = regex.compile(r"các cấp(?![\p{L}])")
SYSTEM_BEFORE = regex.compile(r"(?:các cấp|hệ thống|tổ chức)\s*$")
SYSTEM_WRITTEN_BEFORE = regex.compile(r"(?<![\p{L}])(?i:các cấp)\s+$")  # (`Các cấp công đoàn`)
PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những|mọi)\s*$")
LETTERS = regex.compile(r"[\p{L}]+")


@dataclass
class Mention:
    start: int
    end: int
    head: str  # canonical head
    sector: str = ""  # `Viên chức`, `ngành Xây dựng Hà Nội`, `số 1`
    admin: str | None = None  # `quận`, ...
    place: str | None = None  # None with an admin word: a bare `LĐLĐ quận`
    system: bool = False  # `Công đoàn Thủ đô`, `các cấp Công đoàn`: maps to the LĐLĐ
    parent: "Mention | None" = None  # `Cụm thi đua số 1` of `LĐLĐ thành phố Hà Nội`
    partner: "Mention | None" = None  # `Hội đồng nhân dân, Ủy ban nhân dân quận X`
    plural: bool = False  # `LĐLĐ các quận`
    bare: bool = False  # `Công đoàn công ty` written small: the named workplace's, no one alone

    @property
    def generic(self) -> bool:
        """A common noun (`Công đoàn`, `CĐCS`, `công ty`), not one named body."""
        return self.plural or self.head in NEEDS_NAME and not (self.sector or self.admin or self.parent or self.system)


@dataclass
class Context:
    """What the article said before: places named, abbreviations defined."""
    places: dict = field(default_factory=dict)  # admin word -> last place named with it
    definitions: dict = field(default_factory=dict)  # abbreviation -> full words
    full_names: dict = field(default_factory=dict)  # `Cụm thi đua số 1` -> with its parent
    city: str = DEFAULT_CITY  # the city a bare `thành phố` is when the text names none
    province: str | None = None  # the province a bare `tỉnh` is when none was named before
    paper: str | None = None  # the province or city whose newspaper it is (`paper_place`)

    def place_for(self, admin: str) -> str | None:
        if admin == "thành phố":
            return self.places.get(admin, self.city)
        if admin == "tỉnh":
            return self.places.get(admin, self.province)
        return self.places.get(admin)


# (`TPHCM` too: the city's abbreviation written against its `TP`)
CITY_NAMES = regex.compile(r"(?:(?<![\p{L}])|(?<=(?<![\p{L}])TP))(" + "|".join(map(regex.escape, sorted(
    set(CITIES) | set(lexicon.CITY_ABBREVIATIONS), key=len, reverse=True)))
    + r"|[Tt]hủ đô)(?![\p{L}])")


def article_city(text: str, url: str | None = None) -> str:
    """The city an article's bare `thành phố` is: a city's own newspaper's (`baohaiphong.vn`:
    `trên địa bàn thành phố` is Hải Phòng, though its text may name no city but in page furniture);
    else the capital, this site's, when the text names it or no other centrally-run city; else
    the first other one it names (`Hơn 5.600 lao động mất việc ...`)."""
    paper = paper_place(url)
    if paper in CITIES:
        return paper
    named = _cities_named(text)
    if not named or any(n in (DEFAULT_CITY, "Thủ đô", "thủ đô") for n in named):
        return DEFAULT_CITY
    return named[0]


def _cities_named(text: str) -> list[str]:
    return [ABBREVIATIONS.get(m.group(1), m.group(1)) for m in CITY_NAMES.finditer(text)]


def own_city(text: str, paper: str | None) -> str | None:
    """The city an article is about, when it is one: a city's own newspaper's, or the capital the
    text names (this site's); None for an article that only mentions a city (a national outlet's
    caption `tại TP Hồ Chí Minh`) or names none."""
    if paper in CITIES:
        return paper
    named = _cities_named(text)
    return DEFAULT_CITY if any(n in (DEFAULT_CITY, "Thủ đô", "thủ đô") for n in named) else None


def paper_place(url: str | None) -> str | None:
    """The province or city whose newspaper published the article (`baothainguyen.vn` -> `Thái
    Nguyên`, `baohaiphong.vn` -> `Hải Phòng`)."""
    host = urlsplit(url or "").hostname or ""
    for label in host.split("."):
        label = label.removeprefix("bao")
        found = max((slug for slug in lexicon.PAPER_DOMAINS if label.startswith(slug)),
                    key=len, default=None)
        if found:
            return lexicon.PAPER_DOMAINS[found]
    return None


def paper_province(url: str | None) -> str | None:
    """The province (not a centrally-run city) whose newspaper published the article."""
    return province_only(paper_place(url))


def province_only(place: str | None) -> str | None:
    """`place` if it is a province, not a centrally-run city."""
    return place if place not in CITIES else None


def article_province(places: list[tuple[int, str, str]], url: str | None) -> str | None:
    """The province an article's bare `tỉnh` (`LĐLĐ tỉnh`, `toàn tỉnh`) is when no `tỉnh X` was
    named before it: a provincial newspaper's own (`baothainguyen.vn`), else the first the text
    names with its type word, wherever (`... trên địa bàn tỉnh Thái Nguyên ...`: of `places_named`)."""
    return paper_province(url) or next((place for _, admin, place in places
                                        if admin == "tỉnh" and place in lexicon.PROVINCES), None)


YEAR_WORD = regex.compile(YEAR)
# A number's digits going on after a group mark (`1.710`, `2,5`): a figure, no district's number.
# The words of a level, a province's to a commune's and ward's (since 2025), as a regex alternation
ANY_LEVEL = lexicon.LEVELS + "|" + lexicon.alternation(lexicon.WARD_LEVELS)
FIGURE_GOES_ON = regex.compile(r"[.,]\d")
# (places counted: `UBND 8 phường`, `LĐLĐ 12 quận, huyện`; a level's number comes after it, `Quận 1`)
LEVEL_NEXT = regex.compile(r"\s+(?:" + ANY_LEVEL + r")(?![\p{L}])",
                           regex.IGNORECASE)
SCALE_NEXT = regex.compile(r"\s*" + SCALE + r"(?![\p{L}])")


def statistics_office_named_bare(name: str) -> bool:
    """`Cục Thống kê` without its place: a province's office until 2025 and the country's since,
    so the article decides whose statistics it tells (assembly.statistics_area); `Tổng cục Thống
    kê` is the country's."""
    return name.startswith(lexicon.STATISTICS_OFFICES) and not name.startswith("Tổng cục ")


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _place_before_a_person(text: str, pos: int) -> bool:
    """`phường Bồ Đề Nguyễn Thanh Tùng`: two or three capitalized words, then a family name and
    given names: the words before the second family name are a place (a person has one family
    name, first), though the place begins with a family name's word."""
    run = []
    for m in WORD_RE.finditer(text, pos):
        if (run and m.start() != run[-1].end()) or not m.group(1)[:1].isupper() or len(run) == 6:
            break
        run.append(m)
    return any(k + 1 < len(run) and run[k].group(1) in SURNAMES for k in (2, 3))


def _read_place(text: str, pos: int, admin: str | None = None) -> tuple[str | None, int]:
    """A place name after an admin word: a known one, else up to 3 capitalized words; after
    `tỉnh`, a province the lexicon knows only (every province is known: `Chủ tịch Công đoàn ngành
    Giáo dục tỉnh Rơ Châm H'Lan` names the holder, not a province)."""
    known = _known_place(text, pos)
    if known:
        return known
    if admin == "tỉnh":
        return None, pos
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    first = WORD_RE.match(text, pos)
    if first and first.group(1) in SURNAMES and PERSON_NAME.match(text, start) \
            and not _place_before_a_person(text, pos) or MIDDLE_NAMED.match(text, start):
        return None, pos  # `Phó Chủ tịch LĐLĐ thành phố Phạm Văn Quân`: the holder, no place
    words, end = [], pos
    for m in WORD_RE.finditer(text, pos):
        if m.start() != end or not _is_name_word(m.group(1)) or len(words) == 3:
            break
        if m.group(1)[0].isdigit() and (words or FIGURE_GOES_ON.match(text, m.end())
                                        or COUNTED_START.match(text, m.end())):
            break  # `tỉnh Hà Tĩnh 100 trường hợp`, `UBND huyện 1.710 suất`, `Công đoàn phường 24 bình
            # chữa cháy`: a figure of what it counts; `Quận 1` is a name
        if words and m.group(1) in SURNAMES and GIVEN_NAME_NEXT.match(text, m.end()) \
                and WORD_RE.match(text, m.end()).group(1) not in SURNAMES:
            break  # `quận Ba Đình Nguyễn Xuân Trọng`: a person (not a place's last word, a family name
            # too: `phường Tương Mai:`, `phường Tương Mai Nguyễn Thị Thu Hà`, the person after it)
        words.append(m.group(1))
        end = m.end()
    return (" ".join(words) or None), end


def _read_admin(text: str, pos: int) -> tuple[str | None, int]:
    m = ADMIN_WORD.match(text[pos:])
    if not m:
        return None, pos
    end = pos + m.end()
    if text[end:end + 1] == "." and text[end + 1:end + 2].isupper():  # `TP.HCM`
        end += 1
    return ADMIN.get(m.group(1).lower()) or ADMIN[m.group(1).lower().rstrip(".")], end


def _other_level(text: str, pos: int) -> int | None:
    """The end of a second level named after the first, with no place (`tỉnh, thành phố`, `quận,
    huyện`): the two are kinds of unit, every one of them, not one place."""
    if text[pos:pos + 1] != ",":
        return None
    admin, end = _read_admin(text, pos + 1)
    if not admin or _read_place(text, end)[0]:
        return None
    return end


PLACES_SET = frozenset(PLACES)
DASHED_NAMES = {full.replace(" - ", " "): full for full in ABBREVIATIONS.values() if " - " in full}
PROVINCES_SET = frozenset(lexicon.PROVINCES)
PLACES_BY_FIRST_WORD: dict[str, list[str]] = {}  # longest first, as PLACES
for _place in PLACES:
    PLACES_BY_FIRST_WORD.setdefault(_place.split()[0], []).append(_place)


LONGEST_PLACE = max(map(len, PLACES))


def _place_at(text: str, pos: int) -> bool:
    """A level and a place (`tỉnh Bắc Giang`), or a known place, start at `pos`."""
    return bool(_read_admin(text, pos)[0] or _known_place(text, pos))


def _known_place(text: str, pos: int) -> tuple[str, int] | None:
    at = pos
    while at < len(text) and text[at].isspace():
        at += 1
    rest = text[at:at + LONGEST_PLACE + 1]  # (no copy of the rest of a body: a place is short)
    for place in PLACES_BY_FIRST_WORD.get(rest.split(" ", 1)[0].rstrip(",.;:)"), ()):
        if rest.startswith(place) and not rest[len(place):len(place) + 1].isalpha():
            return place, at + len(place)
    return None


def _country_at(text: str, pos: int) -> bool:
    """Whether a foreign country is named at `pos` (`Hàn Quốc`, whose first word is a family name)."""
    return any(text.startswith(country, pos) and not text[pos + len(country):pos + len(country) + 1].isalpha()
               and not GIVEN_NAME_NEXT.match(text, pos + len(country))  # (not a person's: `Hàn Quốc Anh`)
               for country in _countries_by_first_word().get(text[pos:pos + 20].split(" ", 1)[0], ()))


@lru_cache(maxsize=None)
def _countries_by_first_word() -> dict[str, list[str]]:
    by_first_word: dict[str, list[str]] = {}
    for country in lexicon.foreign_countries():
        by_first_word.setdefault(country.split(" ", 1)[0], []).append(country)
    return by_first_word


def place_at(text: str, pos: int) -> str:
    """The place named at `pos`: a known one whole (`Bà Rịa - Vũng Tàu`), else its words as
    `_read_place` reads them."""
    known = _known_place(text, pos)
    return known[0] if known else _read_place(text, pos)[0]


CAPITALIZED_WORD = regex.compile(r"\s+\p{Lu}\p{Ll}*(?![\p{L}])")


def _place_follows(text: str, pos: int) -> bool:
    """A country or a province right after a family name (`Sao Mai Việt Nam`, `Hà Thanh Hóa`), or
    after the capitalized words that follow it (`Giày Hoàng Phát Việt Nam`): the words are a name's,
    not a person's (no one's given names are a place's)."""
    for _ in range(3):
        if CAPITAL.match(text, pos) or _known_place(text, pos):
            return True
        word = CAPITALIZED_WORD.match(text, pos)
        if not word:
            return False
        pos = word.end()
    return False


def _starts_union(text: str, pos: int) -> bool:
    m = HEAD_RE.match(text, pos)
    return bool(m) and m.group()[0].isupper() and HEADS[m.group().lower()] in UNION_HEADS | {
        "Tổng Liên đoàn Lao động"}


def _starts_body(text: str, pos: int) -> bool:
    """An organization's head word (capitalized) starts after `pos`: `... và Trường THPT X`."""
    m = HEAD_RE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
    return bool(m) and m.group()[0].isupper()


ASIDE = regex.compile(r"\s*\([^()]*\)")  # `Công ty X (Khu công nghiệp Thăng Long) tổ chức`


def aside_end(text: str, mention: Mention) -> int:
    """Where the name ends with the aside after it (`Công ty X (KCN Thăng Long, huyện Đông Anh)`)."""
    aside = ASIDE.match(text, mention.end)
    return aside.end() if aside else mention.end


def acts(text: str, mention: Mention) -> bool:
    """A verb follows the name, or the aside after it: its body does something (`... phối
    hợp`, `... đã trao`, `Công ty X (KCN Thăng Long, huyện Đông Anh) tổ chức`)."""
    end = aside_end(text, mention)
    above = UNDER.match(text, end)
    if above:  # `Trường Mầm non X (huyện Nhơn Trạch) trực thuộc LĐLĐ tỉnh Đồng Nai tổ chức lễ khai
        # giảng`: the body it belongs to is said of it; the verb after that is its own
        stop = CLAUSE_STOP.search(text, above.end(), above.end() + 80)
        return any(_verb_at(text, w.start())
                   for w in LETTERS.finditer(text, above.end(), stop.start() if stop else above.end() + 80))
    return _verb_at(text, end + len(text[end:]) - len(text[end:].lstrip()))


UNDER = regex.compile(r"\s*(?:trực\s+)?thuộc\s+")
CLAUSE_STOP = regex.compile(r"[,;.:“”]")


def _second_syllable_of_noun(text: str, pos: int, word: str) -> bool:
    """`Thiết bị`: `word` at `pos`, which ends names elsewhere, is the second syllable of a noun."""
    before = LAST_WORD.search(text, 0, pos)
    return bool(before) and f"{before.group(1)} {word}".lower() in lexicon.NOUNS_NOT_VERBS


def _noun_goes_on(text: str, word) -> bool:
    """`word`, which ends names elsewhere, ends the word a name's capitalized syllable begins
    (`Tổng công ty Hàng không Việt Nam`: the dictionary's `hàng không`, not `không`, no)."""
    before = LAST_WORD.search(text, 0, word.start(1))
    return _second_syllable_of_noun(text, word.start(1), word.group(1)) or bool(before) \
        and before.group(1)[0].isupper() and is_word(f"{before.group(1)} {word.group(1)}")


ASPECT_BEFORE_VERB = regex.compile(r"\s+(?:(?:" + "|".join(lexicon.ASPECT_WORDS + lexicon.ADVERBS_BEFORE_VERB) + r")\s+)*")
AGENT_BEFORE = regex.compile(r"(?<![\p{L}])(?:được|do|bởi)\s+$")
PLACE_BEFORE = regex.compile(r"(?<![\p{L}])(?:tại|của|ở|cho|với|trong|từ|về|và|các|mỗi|nhiều)\s+$", regex.IGNORECASE)


def _bare_workplace_does(text: str, start: int, end: int) -> bool:
    """`mỗi năm công ty tổ chức ...`, `được bệnh viện cấp thuốc`: a workplace written small does
    what follows (not where something is: `công nhân tại công ty có thu nhập ...`)."""
    before = text[max(0, start - 12):start]
    return bool(AGENT_BEFORE.search(before)) or not PLACE_BEFORE.search(before) and does(text, end)


def does(text: str, pos: int) -> bool:
    """A verb follows at `pos`, after aspect words (`công ty đã tổ chức`)."""
    aspect = ASPECT_BEFORE_VERB.match(text, pos)
    return bool(aspect) and _verb_at(text, aspect.end())


def _verb_at(text: str, pos: int) -> bool:
    """A verb that ends a name: `Công đoàn Y tế tổ chức...`, `... Kiểm soát bệnh tật cho biết`;
    not the second syllable of a noun (`Sách và Thiết bị giáo dục`)."""
    verb = VERB_AFTER_NAME.match(text, pos)
    return verb is not None and not _second_syllable_of_noun(text, pos, verb.group())


COMPANY_FORM = regex.compile(r"\s+(" + "|".join(map(regex.escape, sorted(
    lexicon.COMPANY_FORMS, key=len, reverse=True))) + r")(?=\s+\p{Lu})")
NAME_ENDS = regex.compile(r"\s*(?:$|[,.;:)(“”\"–-])")
LINE_WORDS = 7  # syllables a business line may run to (`phát triển hạ tầng đô thị`: six)
BRAND = regex.compile(r"(\p{Lu}{2,}\d*)(?![\p{L}\d])")


def _line_to_place(text: str, pos: int, own_name: bool = False) -> tuple[list[str], int] | None:
    """The lower-case words of a business line and the place that closes the name (`Đầu tư phát
    triển nhà Hà Nội`, `Quản lý chợ nông sản Thanh Trì`), or a company's short name in brackets
    (`... Đầu tư phát triển nhà và đô thị (HUD)`): read whole even where one of them is a verb
    elsewhere or the line is long, since the name ends right after them.
    None unless the name ends at the place (`... tặng quà công nhân Hà Nội và` is no name)."""
    words, joined = [], False
    for m in WORD_RE.finditer(text, pos):
        if m.start() != pos and words and words[-1] != "và" and own_name and SHORT_NAME_NEXT.match(text, pos):
            return words, pos  # (`Tổng Công ty Đầu tư phát triển nhà và đô thị (HUD)`: its short name)
        if m.start() != pos or len(words) > LINE_WORDS:
            return None
        word = m.group(1)
        if word == "và" and words and own_name and not joined:
            words.append(word)  # (two lines joined, `nhà và đô thị`: only where the short name ends them)
            pos, joined = m.end(), True
            continue
        if word[0].isupper():
            if joined:
                return None
            place = _known_place(text, m.start(1)) if words else None
            if place and (NAME_ENDS.match(text, place[1]) or _verb_at(text, place[1] + 1)):
                return words + [place[0]], place[1]
            own = _own_name_ending(text, m.start(1)) if words and own_name else None
            return (words + own[0], own[1]) if own else None
        if not word.isalpha() or word in FUNCTION_WORDS or word in ORDINAL_WORDS:
            return None
        verb = VERB_AFTER_NAME.match(text, m.start(1))
        if verb and verb.group() not in lexicon.BUSINESS_LINE_VERBS:
            return None  # `Công đoàn Y tế tặng quà công nhân Hà Nội`: a verb, not a line
        words.append(word)
        pos = m.end()
    return None


def _own_words(text: str, pos: int) -> tuple[list[str], int]:
    """Up to three capitalized words at `pos` that can be a body's own name (`Xanh`, `Sông
    Nhuệ`, `Thủy lợi Sông Tích`): not a person's, nor another body's head, an admin word, the
    capital or a known place; and where they end."""
    words, end, capitalized = [], pos, 0
    while capitalized < 3:
        more = WORD_RE.match(text, end)
        if not (more and more.group(1)[0].isupper() and not more.group(1).isupper()
                and more.group(1) not in SURNAMES and not _starts_body(text, end)
                and not _read_admin(text, end)[0] and not CAPITAL.match(text, end)
                and not _known_place(text, end)):
            break
        words.append(more.group(1))
        end, capitalized = more.end(), capitalized + 1
        rest = WORD_RE.match(text, end)  # (`Thủy lợi Sông Tích`: a capitalized syllable's word, in
        after = WORD_RE.match(text, rest.end()) if rest else None  # the middle of the name's capitals)
        if rest and rest.group(1)[0].islower() and is_word(f"{more.group(1)} {rest.group(1)}") \
                and after and after.group(1)[0].isupper():
            words.append(rest.group(1))
            end = rest.end()
    return words, end


def _own_name_ending(text: str, pos: int) -> tuple[list[str], int] | None:
    """A company's own name closing it after its business line (`... Đầu tư phát triển thủy lợi
    Sông Nhuệ`): up to three capitalized words, no person's nor another body's, the name's end
    right after them."""
    words, end = _own_words(text, pos)
    if not words and (brand := BRAND.match(text, pos)) and brand.group(1) not in lexicon.ABBREVIATIONS \
            and not _read_admin(text, pos)[0]:  # (not a place's short form: `TPHCM`)
        words, end = [brand.group(1)], brand.end()  # (its brand in capitals: `... Đầu tư phát triển hạ tầng đô thị UDIC`)
    if words and (NAME_ENDS.match(text, end) and not NAME_DASH.match(text, end) or _verb_at(text, end + 1)):
        return words, end  # (not before a dash, which goes on with the name: `Việt - Hàn Bắc Giang`)
    return None


def _a_firm(head: str) -> bool:
    """A workplace's or a company's head (`Công ty`, `Tổng công ty`, `Tập đoàn`, `Bệnh viện`)."""
    return bool(WORKPLACE.match(head) or COMPANY.match(head))


# The most words a name's rest may have: a union's name holds its workplace's whole name
# (`Công đoàn cơ sở Công ty Cổ phần Chiếu sáng và Thiết bị đô thị Thăng Long`: 12).
MAX_NAME_WORDS = 16


def _names_whole(word: str) -> bool:
    """An abbreviation of a body's whole sector (`LĐTBXH`, `GDĐT`), not of a legal form (`CP`,
    `TNHH`): no word written small goes on after it (`Bộ LĐTBXH cấp mới giấy phép`, `... đặt kế hoạch`)."""
    full = ABBREVIATIONS.get(word)
    return bool(full) and full not in lexicon.COMPANY_FORMS and word.isupper()


def _extend(text: str, mention: Mention) -> None:
    """Read the rest of the name after the head: sector words, then admin unit and place.

    Names capitalize their first word only (`Công đoàn Viên chức`, `Ban Quản lý dự án`), so a
    capitalized word may carry up to three lower-case words after it (not a verb).
    """
    inline = INLINE_ABBREVIATION.match(text, mention.end)  # `Liên đoàn Lao động (LĐLĐ) huyện`
    quoted = QUOTED_NAME.match(text, inline.end() if inline else mention.end)
    if quoted and mention.head in PROPER_NAMED:  # `Quỹ “Mái ấm công đoàn”`, `Câu lạc bộ (CLB)
        mention.sector, mention.end = quoted.group().strip(), quoted.end()  # “...”`: the quotes
        admin, after = _read_admin(text, quoted.end())  # hold it all, but the level and place
        place, place_end = _read_place(text, after, admin) if admin else (None, after)
        if admin:  # that follow (`Quỹ “Mái ấm công đoàn” tỉnh Thanh Hóa`: the province's fund;
            mention.admin, mention.place, mention.end = admin, place, place_end if place else after
        return  # `... thành phố`: the article's city's)
    pos = end = inline.end() if inline else mention.end
    sector: list[str] = []
    lowercase_run = 0
    while len(sector) < MAX_NAME_WORDS:
        inline = INLINE_ABBREVIATION.match(text, pos) if sector else None
        if inline and (_place_at(text, inline.end())
                       or ZONE_WORD.match(sector[0]) and CAPITAL_NEXT.match(text, inline.end())
                       or COUNTRY_NEXT.match(text, inline.end())):
            # `Sở ... Xã hội (LĐTBXH) tỉnh Bắc Giang`, `... Phát triển nông thôn (PTNT) Hà Nội`,
            # `Công đoàn Giao thông vận tải (GTVT) Việt Nam`
            pos = inline.end()
        branch = BRANCH.match(text, pos)
        if branch:
            sector.append(("- Chi nhánh" if branch.group(1) else "chi nhánh")
                          + (f" {branch.group(3)}" if branch.group(3) else ""))
            pos = end = branch.end()
            continue
        served = FUND_FOR.match(text, pos) if sector and mention.head == "Quỹ" else None
        if served:  # `Quỹ Trợ vốn cho công nhân, lao động nghèo tỉnh Vĩnh Phúc`: whom it serves
            sector.extend(served.group(1).split())
            pos = end = served.end(1)
            continue
        quoted = QUOTED_NAME.match(text, pos) if sector and mention.head in PROPER_NAMED else None
        if quoted and not sector[-1].startswith(("“", '"')):  # `Quỹ Học bổng “Vì con em công nhân lao
            sector.append(quoted.group().strip())  # động”`: the kind, then its proper name
            pos = end = quoted.end()
            continue
        admin, after = _read_admin(text, pos)
        if admin:
            mention.admin = admin
            mention.place, place_end = _read_place(text, after, admin)
            end = place_end if mention.place else after
            mention.plural = bool(sector) and sector[-1] == "các"
            if not mention.place:
                other = _other_level(text, end)
                if other:  # `LĐLĐ tỉnh, thành phố`, `UBND quận, huyện`: the bodies of every one
                    end, mention.plural = other, True
            break
        capital = CAPITAL.match(text[pos:])
        if capital:
            if capital.group(1) == "Thủ đô" and sector and (mention.head in PROPER_NAMED or sector[0] in PROPER_NAMED):
                sector.append("Thủ đô")  # `Quỹ trợ vốn ... nghèo Thủ đô`: part of the name (so in a
                # workplace's named in its union's: `Công đoàn Trường Đại học Thủ đô Hà Nội`)
                city = CAPITAL_CITY_NEXT.match(text, pos + capital.end())
                if city:  # (and the capital's name after it: `Trường Đại học Thủ đô Hà Nội`)
                    sector.append(CAPITALS["thủ đô"][1])
                    pos += len(city.group())  # (the capital's end, after it, is read from `pos`)
            elif capital.group(1).lower() == "thủ đô":
                mention.admin, mention.place = CAPITALS["thủ đô"]
                mention.system = mention.system or (mention.head == "Công đoàn" and not sector)
            elif not sector and capital.group(1) == "Việt Nam" and (
                    mention.head.endswith(" Việt Nam") or f"{mention.head} Việt Nam" in HEADS.values()):
                # `Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam huyện Mỹ Đức`: the head's own words
                # (as written: `Ủy ban MTTQ huyện` adds none), written after its abbreviation;
                # its level and place follow
                mention.head = mention.head.removesuffix(" Việt Nam") + " Việt Nam"
                pos = end = pos + capital.end()
                continue
            else:
                sector.append("Việt Nam")
            end = pos + capital.end()
            if BRANCH.match(text, end):  # `... Công thương Việt Nam - Chi nhánh Gia Lâm`
                pos = end
                continue
            dash = NAME_DASH.match(text, end)
            if dash and _country_at(text, dash.end()):  # `Trường Cao đẳng nghề Việt Nam - Hàn Quốc`
                pos = end
                continue
            place = _known_place(text, end) if sector[-1:] == ["Việt Nam"] else None
            if place and (INLINE_ABBREVIATION.match(text, place[1]) or (_a_firm(mention.head) or _a_firm(" ".join(sector))) and (
                    NAME_ENDS.match(text, place[1]) or _verb_at(text, place[1] + 1)
                    or PERSON_NAME.match(text, place[1] + 1) and WORD_RE.match(text, place[1]).group(1) in SURNAMES)):
                # (or where the name ends after it: `Công ty TNHH LG Display Việt Nam Hải Phòng Trần
                # Quốc Khánh cho biết`, a branch's province)
                sector.append(place[0])  # `Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên
                end = place[1]  # (SEVT)`: the name runs to the abbreviation given for it
            break
        place = _known_place(text, pos) if sector else None
        if place:
            sector.append(place[0])
            end = place[1]
            province = _known_place(text, end)  # `Công ty TNHH Giày Kim Sơn Thanh Hóa`: a
            if province:  # place, then the province it is in: both are the name's
                sector.append(province[0])
                end = province[1]
            country = CAPITAL.match(text[end:]) \
                if WORKPLACE.match(mention.head) or WORKPLACE.match(" ".join(sector)) else None
            if country and country.group(1).lower() != "thủ đô":  # `Công ty TNHH Điện tử Yên
                sector.append("Việt Nam")  # Bình Việt Nam`: a company's country ends its name
                end += country.end()
            # `Công ty Cổ phần Sữa Ba Vì Xanh`, `... Cam Ranh Xanh`: capitalized words after the
            # place are the body's own name (not a person's, nor another body's head)
            own, own_end = _own_words(text, end)
            after = WORD_RE.match(text, own_end)  # (the name must end there: `Ban Giám đốc` goes on)
            # (or a figure, in a list of givers: `Công ty Bảo Việt Yên Bái 20 triệu đồng`, where
            # `Việt Yên` is a place too)
            if own and (NAME_ENDS.match(text, own_end) or _verb_at(text, own_end + 1)
                        or after and after.group(1) in FUNCTION_WORDS or NUMBER_NEXT.match(text, own_end)):
                sector.extend(own)
                end = own_end
            zones, zones_end = _zones_joined(text, end, sector)
            if zones:
                sector.extend(zones)
                pos = end = zones_end
                continue
            # a branch or the group after the place (`Ngân hàng TMCP ... Hồng Hà - Chi nhánh Hà
            # Thành`, `Công ty Than Yên Lập - TKV`) goes on with the name
            if BRANCH.match(text, end) or _a_firm(mention.head) and GROUP_SUFFIX.match(text, end) \
                    or NAME_DASH.match(text, end) and (_known_place(text, NAME_DASH.match(text, end).end())
                                                       or _country_at(text, NAME_DASH.match(text, end).end())):
                pos = end  # (`Ngân hàng TMCP Sài Gòn - Hà Nội (SHB) - Chi nhánh Long Biên`, `Trường
                # Cao đẳng nghề Việt Nam - Hàn Quốc`)
                continue
            break
        own_workplace = OWN_WORKPLACE_SMALL.match(text, pos) \
            if not sector and mention.head in ("Công đoàn", "Công đoàn cơ sở") else None
        if own_workplace:  # `Công đoàn công ty phối hợp ...`: the union of the workplace named
            mention.head, mention.bare = "Công đoàn", True
            sector.append(lexicon.WORKPLACES_AFTER_UNION[own_workplace.group(1)])
            pos = end = own_workplace.end(1)
            break
        sector_union = SECTOR_UNION_BARE.match(text, pos) if not sector and mention.head == "Công đoàn" else None
        if sector_union and (sector_union.group(2) or _verb_at(text, sector_union.end(1) + 1)):
            # `... 15 triệu đồng từ Công đoàn ngành, ...`: the article's sector union, named again
            mention.bare = True
            sector.append("ngành")
            pos = end = sector_union.end(1)
            break
        union_of = UNION_OF.match(text, pos) if not sector and mention.head in UNION_HEADS else None
        if union_of:  # `Công đoàn của huyện Mê Linh`: the union of the place, as `Công đoàn huyện`
            pos = union_of.end()
            continue
        office = GRASSROOTS_OFFICE.match(text, pos) if not sector and mention.head not in UNION_HEADS else None
        if office:
            sector.append(office.group(1))
            pos = end = office.end(1)
            continue
        lower_sector = (LOWER_SECTOR.match(text, pos) or ZONES_WRITTEN_SMALL.match(text, pos)
                        or TRADE_BEFORE_PLACE.match(text, pos)) \
            if not sector and mention.head in lexicon.SMALL_TRADE_HEADS else None
        if lower_sector:  # `Công đoàn viên chức thành phố Hà Nội`: written without capitals
            sector.extend(lower_sector.group(1).split())
            pos = end = lower_sector.end(1)
            continue
        group = GROUP_SUFFIX.match(text, pos) if sector and (_a_firm(mention.head) or _a_firm(" ".join(sector))) else None
        if group and (" " in group.group(1) or group.group(1).isupper() or not vietnamese_spelled(group.group(1))):
            sector.extend(["-", group.group(1)])
            end = group.end()
            break
        dash = NAME_DASH.match(text, pos) if sector else None
        # `Bộ Lao động - Thương binh và Xã hội`, `Công đoàn ngành Dệt - May`, `Sài Gòn - Hà Nội`
        # (a family name after the dash is a person's, unless it begins a known place)
        # (or a country: `Trường Cao đẳng nghề Việt Nam - Hàn Quốc`)
        if dash and (WORD_RE.match(text, dash.end()).group(1) not in SURNAMES
                     or _known_place(text, dash.end()) or _country_at(text, dash.end())):
            sector.append("-")
            pos = dash.end()
            continue
        form = COMPANY_FORM.match(text, pos) if not sector and WORKPLACE.match(mention.head) else None
        if form:  # `Công ty cổ phần May Hồ Gươm`: its legal form, however written, is of the name
            sector.extend(form.group(1).split())
            pos = end = form.end()
            continue
        m = WORD_RE.match(text, pos)
        if not m or _starts_union(text, m.start(1)) and not (mention.head in PROPER_NAMED and sector):
            break  # `Quỹ Xã hội Công đoàn`, `Trường Đại học Công đoàn` hold a union word
        word = m.group(1)
        if YEAR_WORD.fullmatch(word) or word[0].isdigit() and (
                COUNTED_START.match(text, m.end()) or FIGURE_GOES_ON.match(text, m.end())
                or SCALE_NEXT.match(text, m.end()) or LEVEL_NEXT.match(text, m.end())):
            break  # `Chợ Tết Công đoàn 2025`: a year is the event's, no name's; `các trường THPT
            # trực thuộc Sở GD&ĐT 110 chỉ tiêu`: a figure of what it counts; so is a figure that
            # goes on or is scaled (`Công ty Canon 25,9 triệu đồng`; `Công ty May 10` is a name)
        if sector and sector[-1][0].isdigit() and word[0].islower():
            break  # `Khối thi đua số 3 sơ kết`: a name's number ends it
        if word.lower() in ORDINAL_WORDS:
            break  # `Công đoàn Trường X lần thứ IV`, `khóa V`, `nhiệm kỳ`
        # `Sao Mai Việt Nam`: no person's name (read only after a family name: it is asked of no other)
        place_follows = word in SURNAMES and _place_follows(text, m.end())
        named_after = " ".join(sector[1:] if sector[:1] == ["Trường"] else sector) in lexicon.SCHOOL_LEVELS
        # (`Trường THPT Nguyễn Gia Thiều`, and its union: `Công đoàn Trường THPT Chu Văn An`)
        if sector and _is_name_word(sector[-1]) and PERSON_NAME.match(text, m.start(1)) and not named_after \
                and word in SURNAMES and not place_follows or MIDDLE_NAMED.match(text, m.start(1)) and not named_after:
            break  # `Sở GDĐT Quảng Bình Đoàn Đức Liêm`, `... Bạch Thị Minh Châu`: a person follows
        if word in SURNAMES and PERSON_NAME.match(text, m.start(1)) \
                and (WORKPLACE.fullmatch(" ".join(sector) or mention.head)
                     or not WORKPLACE.match(mention.head) and mention.head not in PROPER_NAMED) \
                and TITLE_BEFORE.search(text, 0, mention.start):
            break  # `Giám đốc Bệnh viện Lê Quang Huy`: the director's name, not the hospital's;
            # `Thứ trưởng Bộ Xây dựng Trần Quốc Hưng`: no ministry is named after a person
        if word == "ở" and _place_at(text, m.end()):
            break  # `Công ty TNHH May mặc Hòa Lợi ở TP Thủ Dầu Một`: where it is, not its name
        if word.lower() == "và" and (not sector or WORKPLACE.fullmatch(" ".join(sector))):
            break  # `Công đoàn Công ty và Ban Giám đốc`: `và` joins two bodies, not two words of one
        zones, zones_end = _zones_joined(text, pos, sector) if word.lower() == "và" else ([], pos)
        if zones:
            sector.extend(zones)
            pos = end = zones_end
            continue
        if word.lower() == "và" and (ANOTHER_BODY.match(text, m.end())
                                     or _starts_body(text, m.end())) \
                and not (mention.head in PROPER_NAMED and sector and BARE_UNION.match(text, m.end())):
            break  # `đội Công ty X và đội Trường Y`: two bodies, not one name; but a bare `Công
            # đoàn` ends a proper name (`Viện Công nhân và Công đoàn`, `Trường Đại học ... và Công đoàn`)
        system = SYSTEM_AFTER.match(text, m.start(1)) if not sector else None
        if system and mention.head in UNION_HEADS:
            mention.system = True  # `Công đoàn các cấp`, `CĐ các cấp`: the union system
            pos = end = system.end()
            nation = SYSTEM_OF_THE_NATION.match(text, pos)
            if nation:  # (`công đoàn các cấp trong cả nước`)
                sector.append("Việt Nam")
                pos = end = nation.end()
                break
            continue
        if _completes_word(sector, word):  # (`... các khu công` + `nghiệp`, `Thi đua - Khen` + `thưởng`)
            sector.append(word)
            pos = end = m.end()
            continue
        connector = word.lower() in ("ngành", "các", "khối", "số", "và")
        # a family name starts a person's name only when given names follow it (`Công đoàn ngành
        # Nông nghiệp`: no person)
        person = sector and word in SURNAMES and not place_follows and GIVEN_NAME_NEXT.match(text, m.end())
        if word[0].isupper() and not person or word[0].isdigit():
            lowercase_run = 0 if word[0].isupper() else 2
        elif connector:  # `Khu Công nghiệp và chế xuất`, `máy và phụ tùng`: `và` joins two nouns
            lowercase_run = 1 if word.lower() == "và" else 2
        elif sector and (line := _line_to_place(text, pos, own_name=_a_firm(mention.head) or _a_firm(" ".join(sector)))):
            sector.extend(line[0])  # `Đầu tư phát triển nhà Hà Nội`: the line runs to its place
            pos = end = line[1]
            inline = INLINE_ABBREVIATION.match(text, end)
            if inline and _place_at(text, inline.end()):
                continue  # (its short name in brackets, then its level and place: `Trung tâm Kiểm soát
                # bệnh tật (CDC) tỉnh Quảng Ninh`)
            break
        # (a province or city ends a name: not `Công đoàn Nghệ An thu kinh phí công đoàn`)
        elif sector and lowercase_run < 4 and not (word[0].islower() and _names_whole(sector[-1])) \
                and (word not in FUNCTION_WORDS or _noun_goes_on(text, m))\
                and not (mention.head in lexicon.FIELD_HEADS and " ".join(sector) in lexicon.MINISTRY_FIELDS) \
                and not _verb_at(text, m.start(1)) and not NUMBER_NEXT.match(text, m.end()) \
                and not place_ending(" ".join(sector), PROVINCES_SET, whole=True):
            lowercase_run += 1
        else:
            if sector and sector[-1][:1].islower() and end == pos and is_word(f"{sector[-1]} {word}"):
                # (never ended inside a word: `Bệnh viện ... Trung ương cơ sở 2`, whose `sở` the
                # number stops, ends before `cơ`)
                end = len(text[:text.rindex(sector.pop(), 0, pos)].rstrip())
            break
        sector.append(word)
        pos = m.end()
        if not connector:
            end = pos
    while sector and sector[-1].lower() in ("và", "các", "ngành", "khối", "số", "-") \
            and not (mention.bare and sector == ["ngành"]):
        sector.pop()
    group = GROUP_SUFFIX.match(text, end) if sector and "-" not in sector[-2:] \
        and (_a_firm(mention.head) or _a_firm(" ".join(sector))) else None
    if group and (" " in group.group(1) or group.group(1).isupper()):
        sector.extend(["-", group.group(1)])  # (wherever the name ended: `Tổng công ty Thép Việt Nam
        end = group.end()  # - CTCP`, `... Giao thông vận tải Sài Gòn - TNHH MTV`)
    glossed = COMPANY_PLACE_IN_BRACKETS.match(text, end) if sector else None
    if glossed and (COMPANY.match(mention.head) or COMPANY.match(" ".join(sector))) \
            and (glossed.group(1) == "Việt Nam" or not vietnamese_spelled(sector[-1]) and not sector[-1][0].isdigit()):
        # `Công ty TNHH Kỹ thuật chính xác Hoa Lâm (Việt Nam)`, `Công ty TNHH Fuhong Precision
        # Component (Bắc Giang)`: the legal name of a foreign-invested company, whose country or
        # province is written in brackets (not where a Vietnamese company is: `Công ty CP May
        # Sông Hồng (Nam Định)`, nor a foreign one's home: `... Việt Nam (Nhật Bản)`)
        sector.append(glossed.group().strip())
        end = glossed.end()
    mention.sector = " ".join(sector)
    mention.end = end


COMPANY = regex.compile(r"(?:" + "|".join(map(regex.escape, lexicon.COMPANIES)) + r")(?![\p{L}])")
COMPANY_PLACE_IN_BRACKETS = regex.compile(
    r"\s*\((Việt Nam|" + lexicon.alternation(lexicon.PROVINCES) + r")\)")
# A word of Vietnamese spelling: one syllable, its marks aside (`Hồng`, `Lâm`; not `Component`, `ICT`)
VIETNAMESE_SYLLABLE = regex.compile(r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                                    r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def vietnamese_spelled(word: str) -> bool:
    return VIETNAMESE_SYLLABLE.fullmatch(lexicon.unaccented(word)) is not None


def _completes_word(sector: list[str], word: str) -> bool:
    """`word` is the last syllable of a word of the lexicon that the name's last words begin:
    a name never ends inside a word."""
    return any(" ".join(sector[-n:] + [word]).lower() in lexicon.COMPOUND_WORDS
               for n in (1, 2, 3) if len(sector) >= n)


def _zones_joined(text: str, pos: int, sector: list[str]) -> tuple[list[str], int]:
    """`Công đoàn KKT Dung Quất và các KCN Quảng Ngãi`: an economic zone and an area's parks,
    joined at `pos` in the name of the one union (or board) of both: the words joined (the
    parks, common nouns, spelled out small: `và các khu công nghiệp`) and where they end; none
    (and `pos`) else."""
    joined = ZONES_JOINED.match(text, pos) if sector and ZONE_WORD.match(sector[0]) else None
    if not joined:
        return [], pos
    return [w if w in ("và", "các") else ABBREVIATIONS.get(w, w).lower() for w in joined.group(1).split()], joined.end()


def defined_heads(definitions: dict | None) -> dict[str, str]:
    """Abbreviations the article defined for an organization (`Công đoàn Giáo dục (CĐGD)`)."""
    return {abbr: full for abbr, full in (definitions or {}).items()
            if abbr.lower() not in HEADS and HEAD_RE.match(full) and full[0].isupper()}


# The lexicon's abbreviations of organizations (`TLĐLĐVN`, `CĐN`) are read as if every article
# had defined them.
STANDING_HEADS = defined_heads(ABBREVIATIONS)


def _heads(text: str, definitions: dict | None):
    defined = {**STANDING_HEADS, **defined_heads(definitions)}
    found = [(m.start(), m.end(), HEADS[m.group().lower()]) for m in HEAD_RE.finditer(text)
             if not (m.group() == "Phòng" and not NAME_NEXT.match(text, m.end()))  # (a district's
             # department, `Phòng Lao động - ...`, not a room: `Phòng trọ của công nhân`)
             and (m.group().lower() not in CASE_SENSITIVE_HEADS or m.group()[0].isupper()
             or QUOTED_NAME.match(text, m.end())  # `quỹ “Mái ấm công đoàn”`: a named fund
             # `mỗi năm công ty tổ chức ...`, `được bệnh viện cấp thuốc`: the workplace the
             # article names, written small as the doer
             or m.group() in lexicon.BARE_WORKPLACES and _bare_workplace_does(text, m.start(), m.end())
             or HEADS[m.group().lower()] == "Công đoàn" and (
                 UNION_OF_A_PLACE.match(text, m.end())
                 # `Các cấp công đoàn đã tham gia giải quyết 9/9 vụ`: the union system, written small
                 or SYSTEM_WRITTEN_BEFORE.search(text, max(0, m.start() - 12), m.start())
                 or SYSTEM_AFTER.match(text, m.end() + 1)))]
    if defined:
        found += [(m.start(), m.end(), defined[m.group()])
                  for m in _defined_pattern(tuple(defined)).finditer(text)]
    return sorted(found)


@lru_cache(maxsize=64)
def _defined_pattern(abbreviations: tuple[str, ...]) -> regex.Pattern:
    """The abbreviations as whole words. Built once per set (every text of an article asks with
    the same one; most articles define none beyond the lexicon's), not escaped, joined and
    looked up in regex's cache at each text."""
    return regex.compile(
        r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, abbreviations)) + r")(?![\p{L}])")


def _defines_a_common_noun(text: str, start: int, end: int) -> bool:
    """The abbreviation at `start` (in brackets) follows its full form written small."""
    full = ABBREVIATIONS.get(text[start:end], "")
    return bool(full) and text[:start - 1].rstrip().endswith(full.lower())


LEVEL_BEFORE = regex.compile(r"(?<![\p{L}])(?i:" + ANY_LEVEL + r")\s+$")
LAW_NAMED_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.LAWS) + r")\s+$")


def find_mentions(text: str, definitions: dict | None = None) -> list[Mention]:
    """Organization mentions in a sentence, with `Cụm thi đua số 1 LĐLĐ ...` joined to its parent."""
    mentions: list[Mention] = []
    for start, end, head in _heads(text, definitions):
        if mentions and start < mentions[-1].end:
            continue
        if head == "Bảo hiểm xã hội" and (THE_INSURANCE_BEFORE.search(text, 0, start) and not _place_at(text, end)
                                          or THE_INSURANCE_AFTER.match(text, end)):
            continue  # `số người tham gia BHXH`: the insurance, not the agency (which a level and
            # place name: `Về chính sách bảo hiểm thất nghiệp, BHXH thành phố Hà Nội cho biết`)
        if text[start - 1:start] == "(" and _defines_a_common_noun(text, start, end):
            continue  # `chế độ bảo hiểm xã hội (BHXH)`: the thing's abbreviation, no body
        if LAW_NAMED_BEFORE.search(text, max(0, start - 10), start):
            continue  # `Luật Công đoàn số 50/2024/QH15`: the law's name, no body
        if LEVEL_BEFORE.search(text, max(0, start - 12), start):
            continue  # `Xã Hội Thịnh được thành lập`: a head word opening a place's name, no body
        if mentions and text[mentions[-1].end:start].strip() == "(" and text[end:end + 1] == ")":
            mentions[-1].end = end + 1  # `Công đoàn Tổng công ty ... Hà Nội (Habeco)`: the short name of
            continue  # (a body in) the name before, in brackets after it, is no body of its own
        mention = Mention(start, end, head)
        _extend(text, mention)
        if head in lexicon.SUB_BODIES and SYSTEM_AFTER.match(mention.sector):
            # `Ủy ban Kiểm tra các cấp công đoàn Thủ đô`: the body of the union system named after
            # it (its parent, read next), or of the article's own (`Ủy ban Kiểm tra các cấp đã ...`)
            levels = SYSTEM_AFTER.search(text, end)
            mention.sector, mention.admin, mention.place, mention.end = "", None, None, levels.start()
            named = HEAD_RE.match(text, levels.end() + 1)
            if not (named and HEADS[named.group().lower()] in UNION_HEADS):
                mention.parent = Mention(levels.start(), levels.end(), HEADS["công đoàn"], system=True)
                mention.end = levels.end()
            mentions.append(mention)
            continue
        prefix = text[max(0, start - 30):start].lower()
        if SYSTEM_BEFORE.search(prefix) and mention.head in UNION_HEADS:
            mention.system = True
            within = SYSTEM_WITHIN.match(text, mention.end) if not mention.admin else None
            if within:  # `các cấp công đoàn trong tỉnh`: the system of the province, its LĐLĐ's
                mention.admin, mention.end = ADMIN[within.group(1).lower()], within.end()
            nation = SYSTEM_OF_THE_NATION.match(text, mention.end) if not mention.admin else None
            if nation and not mention.sector:
                mention.sector, mention.end = "Việt Nam", nation.end()
        elif PLURAL_BEFORE.search(prefix):
            mention.plural = True  # `các LĐLĐ quận, huyện`: many bodies, no one named
        if mentions and mentions[-1].head in lexicon.SUB_BODIES and not mentions[-1].parent \
                and (not text[mentions[-1].end:start].strip() or SYSTEM_AFTER.fullmatch(text[mentions[-1].end:start].strip())):
            mentions[-1].parent, mentions[-1].end = mention, mention.end
            continue
        if mentions and _coordinated(text, mentions[-1], mention):
            mentions[-1].partner, mentions[-1].end = mention, mention.end
            continue
        mentions.append(mention)
    return _with_the_city(text, mentions)


# `thành phố đã giải quyết việc làm cho 170.580 lao động`: the city itself, as a subject (a
# verb follows; no place name does, which would make it an admin word of another name).
# Not `cấp Thành phố` (a level of awards), `toàn thành phố` (all of the city: the area).
# Nor the last of a list of levels (`các huyện, thị xã, thành phố được giao 540 chỉ tiêu`: every one).
CITY_SUBJECT = regex.compile(r"(?<![\p{L}])(?<!(?:cấp|toàn|[Cc]ấp|[Tt]oàn|Nam|Bắc|Đông|Tây)\s)"
                             # (nor where it is: `trên địa bàn tỉnh đã`, `trong tỉnh`, `ngoài tỉnh`)
                             r"(?<!(?:bàn|trong|ngoài|các|mỗi)\s)"
                             r"(?<!(?i:" + ANY_LEVEL + r"),\s+)"
                             r"(?:[Tt]hành phố|[Tt]hủ đô|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Pp]hường|[Xx]ã)(?=\s+(?!\p{Lu}))")  # (not `phía Nam Thủ đô`)


def _with_the_city(text: str, mentions: list[Mention]) -> list[Mention]:
    cities = [Mention(m.start(), m.end(), "Thành phố", admin="thành phố") if m.group().lower() == "thủ đô"
              else Mention(m.start(), m.end(), m.group()[0].upper() + m.group()[1:], admin=m.group().lower())
              for m in CITY_SUBJECT.finditer(text)
              if _verb_at(text, m.end() + 1) and not ENDS_A_NAMED_PHRASE.search(text, 0, m.start())
              and not any(o.start <= m.start() < o.end for o in mentions)]
    return sorted(mentions + cities, key=lambda m: m.start) if cities else mentions


# `Hội thao ngành Giáo dục Thủ đô thu hút ...`: after a capitalized word inside a phrase (and its
# second syllable) the city is of that phrase, the capital's education sector, not a subject of its
# own (a capital opening the sentence is no phrase: `Hiện nay Thủ đô có ...`)
# (but the whole of a sector of the city is the city, its statistics the area's: `toàn ngành Giáo dục
# Thủ đô có 2.870 trường học`)
ENDS_A_NAMED_PHRASE = regex.compile(r"(?<!(?<![\p{L}])[Tt]oàn\s+\p{Ll}+)[\p{L}\d]\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?\s+$")


def _coordinated(text: str, first: Mention, second: Mention) -> bool:
    """`Hội đồng nhân dân, Ủy ban nhân dân quận`: two bodies sharing one place."""
    between = text[first.end:second.start]
    return (between in (", ", " và ") and not first.admin and not first.sector
            and second.admin is not None and first.head not in NEEDS_NAME)


# `Công ty Cổ phần Thương mại Dịch vụ Hà Đông (HDMart)`, `Tổng công ty Vận tải Hà Nội
# (Transerco)`: a company's or bank's brand, in brackets after its full name, that the article
# goes on with (no initials to check); a brand of one capital is a word of no Vietnamese spelling
# (not a place: `Công ty ... (Huế)`)
# (a branch's: the brand and its place, `... - Chi nhánh Nghệ An (VietinBank Nghệ An)`)
BRAND_IN_PARENS = regex.compile(r"\((\p{Lu}\p{L}*\p{Lu}\p{L}*|[A-Z][a-z]{4,}"
                                r"|(?:\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+|[A-Z][a-z]{4,})(?:\s+\p{Lu}\p{Ll}*){1,3})\)")
GROUP_BEFORE = regex.compile(r"Tổng\s+$")
LEGAL_FORM_AFTER = regex.compile(r"\s[-–]\s$")
# a short name in brackets, abbreviation or brand, where a name ends (`... nhà và đô thị (HUD)`)
SHORT_NAME_NEXT = regex.compile(r"\s*(?:" + ABBREVIATION_IN_PARENS.pattern + "|" + BRAND_IN_PARENS.pattern + ")")


def find_definitions(text: str) -> dict[str, str]:
    """`Liên đoàn Lao động (LĐLĐ)` -> {"LĐLĐ": "Liên đoàn Lao động"}, initials checked; a
    company's brand (`... Hà Đông (HDMart)`) -> its full name."""
    found = {}
    for m in BRAND_IN_PARENS.finditer(text):
        reach = max(0, m.start() - FULL_NAME_MAX)
        start = max(text.rfind(f"{head} ", reach, m.start()) for head in lexicon.NAMED_IN_BRACKETS)
        if start > 0 and LEGAL_FORM_AFTER.search(text, reach, start):  # (the legal form closing a
            # name, `Tổng Công ty May Đồng Nai - Công ty cổ phần (Donagamex)`: the name starts before it)
            start = max(text.rfind(f"{head} ", reach, start - 1) for head in lexicon.NAMED_IN_BRACKETS)
        group = GROUP_BEFORE.search(text, 0, start) if start >= 0 else None
        full = _name_up_to(text, group.start() if group else start, m.start())  # (`Tổng Công ty ...`)
        if all(map(vietnamese_spelled, m.group(1).split())):
            continue  # (a place in brackets, not a brand: `... tại đặc khu Cô Tô và Sầm Sơn (Thanh Hóa)`)
        if full and m.group(1).lower() not in HEADS:  # (written in full: `TP Hà Nội` -> `thành phố Hà Nội`;
            # read up to the brand, where its name ends: `... Việt Nam Thái Nguyên (SEVT)`)
            name = canonical_org(f"{full} {m.group()}", Context())
            # (a name no head starts is as written: `Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)`)
            found.setdefault(m.group(1), name.removesuffix(m.group()).strip())
    for m in _definition_matches(text):
        abbr = m.group(2)
        letters = [c for c in abbr if c != "&"]
        words = LETTERS.findall(m.group(1))
        if len(words) < len(letters):
            continue
        tail = words[-len(letters):]
        if all(_base(w[0]) == _base(c) for w, c in zip(tail, letters)):
            start = [w.start() for w in LETTERS.finditer(m.group(1))][-len(letters)]
            found[abbr] = m.group(1)[start:].strip().rstrip(",")
    return found


# `Quỹ Trợ vốn cho người lao động nghèo tự tạo việc làm (Quỹ Trợ vốn)`: a body's full name, then,
# in brackets, the short name the article goes on with
SHORT_NAME_IN_PARENS = regex.compile(r"\((\p{Lu}\p{Ll}*(?:\s+\p{L}+){1,4})\)")
FULL_NAME_MAX = 160  # characters: a defined name is longer than a head's usual reach, not a paragraph


NOT_IN_A_NAME = regex.compile(r"[;:()“”\"\n]|\.(?!\p{Lu})")  # (but the dot of a short place, `TP.HCM`)


def _name_up_to(text: str, start: int, bracket: int) -> str:
    """The full name written from `start` (-1: none found) to the bracket that gives its short
    name, if one name runs there (no sentence or clause mark in it); else ''."""
    full = text[start:bracket].strip() if start >= 0 else ""
    return full if full and not NOT_IN_A_NAME.search(full) else ""


def find_short_names(text: str) -> dict[str, str]:
    """{short name: full name} of the bodies the text names in full with their short name in
    brackets after it (its head and first words again: `Quỹ Trợ vốn ... (Quỹ Trợ vốn)`)."""
    found = {}
    for m in SHORT_NAME_IN_PARENS.finditer(text):
        short = m.group(1)
        head = HEAD_RE.match(short)
        if not head or not short[0].isupper():
            continue
        reach = max(0, m.start() - FULL_NAME_MAX)
        full = _name_up_to(text, text.rfind(short + " ", reach, m.start()), m.start())
        if not full and ABBREVIATION_AFTER_HEAD.fullmatch(short, head.end()):
            # `Công đoàn Than - Khoáng sản Việt Nam (Công đoàn TKV)`: its head and an abbreviation
            full = _name_up_to(text, text.rfind(head.group() + " ", reach, m.start()), m.start())
        if full:
            found.setdefault(short, full)
    return found


ABBREVIATION_AFTER_HEAD = regex.compile(r"\s+\p{Lu}[\p{Lu}&]{1,9}")


def _definition_matches(text: str):
    """`DEFINITION_RE.finditer(text)`, searched only over the letters, commas and spaces right
    before each `(ABBR)` (a definition holds nothing else): a scan of the whole text tries a
    12-word name at every position."""
    cursor = 0
    for abbreviation in ABBREVIATION_IN_PARENS.finditer(text):
        start = NAME_RUN_BEFORE.match(text, cursor, abbreviation.start()).start()
        m = DEFINITION_RE.search(text, start, abbreviation.end())
        if m:
            yield m
            cursor = m.end()


def _base(letter: str) -> str:
    """`Ủ` -> `U`, `đ` -> `Đ`: initials compare without tone or hat marks."""
    return unicodedata.normalize("NFD", letter)[0].upper()


ZONE_ABBREVIATIONS = [a for a, full in ABBREVIATIONS.items() if full.startswith("Khu ") and "&" not in a]
ZONE_WORD = regex.compile(r"(?:Khu|" + "|".join(map(regex.escape, ZONE_ABBREVIATIONS)) + r")(?![\p{L}])")
PARKS = [a for a in ZONE_ABBREVIATIONS if ABBREVIATIONS[a] in ("Khu công nghiệp", "Khu chế xuất")]
CAPITAL_NEXT = regex.compile(r"\s+\p{Lu}\p{Ll}")  # (`Khu kinh tế (KKT) Dung Quất`: the zone's name)
NAME_NEXT = regex.compile(r"\s+\p{Lu}")  # (`Phòng LĐ-TB&XH`: a name, abbreviated or not)
ZONES_JOINED = regex.compile(r"\s+(và\s+các\s+(?:" + "|".join(
    [regex.escape(a) for a in PARKS] + [regex.escape(ABBREVIATIONS[a].lower()) for a in PARKS]) + r"))(?![\p{L}])")
# `Khu công nghiệp và chế xuất Hà Nội`, `Khu chế xuất và công nghiệp TP HCM`, `Khu công nghiệp
# tỉnh ...`: the zones of an area, not one zone (`Khu công nghiệp Thăng Long`): its union is
# `Công đoàn các Khu công nghiệp ...`
ZONES_OF_AN_AREA = regex.compile(
    r"(?:các\s+)?([Kk]hu (?:công nghiệp(?: và chế xuất)?|chế xuất và công nghiệp))(?:\s+(.+))?")


def canonical(mention: Mention, context: Context | None = None) -> str:
    """Full canonical name: heads expanded, admin words lower-case, bare places resolved."""
    context = context or Context()
    head, sector = mention.head, mention.sector
    admin, place = mention.admin, mention.place
    if head.lower() == admin and not sector:  # the city, the province as a subject: its full name
        place = place or context.place_for(admin)
        return area_name(admin, place) if place else ""  # (`Tỉnh đã hỗ trợ` in an article naming
        # no province: no one named)
    if head.startswith("Ngân hàng ") and head.endswith(" Việt Nam") and not admin \
            and place_ending(sector, whole=True) == sector:
        return f"{head} - Chi nhánh {sector}"  # `VietinBank Nghệ An`: a national bank's branch there
    if head == "Phòng" and not admin and not place_ending(sector):  # (`Phòng LĐ-TB&XH` after `Phòng
        # Lao động - ... huyện Thường Tín`: a district's department, the district's the text is in)
        admin = next((level for level in lexicon.DISTRICT_LEVELS if level not in ("tỉnh", "thành phố")
                      and context.places.get(level)), None)
    if admin and not place:
        place = context.place_for(admin)
    # (a body of a department, named with it: `Thanh tra Sở LĐTBXH`, the department as named alone)
    inner = HEAD_RE.match(sector) if head != "Sở" else None
    department = sector[inner.end():].strip() if inner and HEADS[inner.group().lower()] == "Sở" else None
    if inner and HEADS[inner.group().lower()] == "Bộ" and not sector[inner.end():].strip():
        sector = context.full_names.get("Bộ", sector)  # `Thanh tra Bộ`: the ministry the article names
    home = context.paper or context.province
    if (head == "Sở" or department) and not admin and home and not place_ending(sector) \
            and f"Sở {' '.join(_expand_word(w, context) for w in (department or sector).split())}" \
            not in context.full_names:
        # `Sở LĐ-TB&XH` in a provincial or a city's paper: its province's, its city's (named as the
        # article named it in full, if it did: `Sở LĐ-TB&XH Quảng Bình`); in another paper, of the
        # province the article is about (`Long An: Hơn 9.500 người ...`)
        admin, place = "thành phố" if home in CITIES else "tỉnh", home
    place = ABBREVIATIONS.get(place, place)  # `TP.HCM`
    if head in ("Công đoàn", "Liên đoàn Lao động") and not admin and sector in lexicon.PROVINCES:
        # `Công đoàn Hà Nội`, `Công đoàn Quảng Ngãi`: the province's union system, its LĐLĐ (named
        # with its level: `LĐLĐ Đồng Nai` -> `Liên đoàn Lao động tỉnh Đồng Nai`)
        admin, place, sector = "thành phố" if sector in CITIES else "tỉnh", sector, ""
    if head == "Công đoàn" and admin and SYSTEM_AFTER.fullmatch(sector):
        sector = ""  # `công đoàn các cấp tỉnh Long An`: the province's union system
    if head == "Công đoàn" and admin and not sector and admin not in ("phường", "xã"):
        head = "Liên đoàn Lao động"  # the district/city union system is its LĐLĐ
    if head == "Công đoàn" and sector == "Việt Nam" and not admin:
        head = "Tổng Liên đoàn Lao động"  # and the country's is the Tổng LĐLĐ
    if head == "Công đoàn" and WORKPLACE.match(sector):
        head = "Công đoàn cơ sở"  # `Công đoàn Trường X`: the union of one workplace
    if mention.head == "Công đoàn" and mention.system and not sector and not admin:
        return ""  # `các cấp Công đoàn` alone: the article's own union, decided by the caller
    if head == "Công đoàn" and admin in lexicon.WARD_LEVELS and not place and not sector:
        return ""  # `126 Công đoàn xã, phường được thành lập`: a kind of union, no one named
    group = GROUP_SUFFIX.search(sector)  # (the group closing a company's name, as written)
    kept = sector[group.start():] if group and group.end() == len(sector) else ""
    sector = " ".join(_expand_word(w, context) for w in sector[:len(sector) - len(kept)].split()) + kept
    zones = ZONES_OF_AN_AREA.fullmatch(sector)
    if head == "Công đoàn" and zones and (admin or not zones.group(2) or zones.group(2) in PLACES_SET):
        zone_kind = "K" + zones.group(1)[1:]  # (written small too: `các khu công nghiệp`)
        sector = f"các {zone_kind}" + (f" {zones.group(2)}" if zones.group(2) else "")
        # (`Công đoàn KCN&CX Hà Nội`: the union of the area's zones)
        if not zones.group(2) and not admin:  # written without its area: the article's
            admin = "tỉnh" if context.place_for("tỉnh") else "thành phố"
            place = context.place_for(admin)
            place = ABBREVIATIONS.get(place, place)  # (`HCM`)
            if admin == "thành phố" and place:  # (a city's: `... chế xuất Hà Nội`; `... Thành
                # phố Hồ Chí Minh`, whose level is of its name)
                city = f"Thành phố {place}" if place in lexicon.LEVEL_IN_NAME else place
                admin, place, sector = None, None, f"{sector} {city}"
    if sector[:1].islower() and not sector.startswith(("ngành", "nghề", "các", "khối", "số", "chi nhánh", "cơ sở")):
        sector = sector[0].upper() + sector[1:]  # `Công đoàn viên chức` -> `Công đoàn Viên chức`
    sector = DASHED_NAMES.get(sector, sector)  # (`Sở Lao động Thương binh và Xã hội`: as the
    # full forms of the abbreviations write it, `Lao động - Thương binh và Xã hội`)
    if admin == "thành phố" and place in lexicon.LEVEL_IN_NAME:
        admin = "Thành phố"  # (`Thành phố Hồ Chí Minh`: its level is of its name)
    parts = [head, sector, admin or "", place or ""]
    name = " ".join(p for p in parts if p)
    name = lexicon.OFFICIAL_NAMES.get(name, name)
    if mention.parent:
        parent = canonical(mention.parent, context)
        if not parent:
            return ""  # `UBKT công đoàn các cấp`: a body of every union, no one named
        name = f"{name} {parent}"
    if not mention.parent:
        written = name
        name = context.full_names.get(name, name)
        if name == written and head == "Công đoàn" and sector.startswith("ngành ") and not admin \
                and not place_ending(sector) and home:
            # `Công đoàn ngành Giáo dục hỗ trợ 385 triệu đồng` in a Hà Tĩnh paper: a sector's union is
            # a province's or a city's, the article's (`Công đoàn ngành Giáo dục Hà Tĩnh`)
            name = f"{name} {'Thành phố ' if home in lexicon.LEVEL_IN_NAME else ''}{home}"
        if mention.bare and name in BARE_UNIONS:
            return ""  # `Công đoàn công ty` where the text named no company: no one named
    if mention.partner:  # each body named in full, as for any list of organizations
        partner = mention.partner
        shared = [partner.admin, partner.place or context.place_for(partner.admin)]
        name = " ".join([name] + [p for p in shared if p]) + f"; {canonical(partner, context)}"
    return name


def named_workplace(mention: Mention) -> Mention | None:
    """The workplace a mention names in full: itself (`Bệnh viện đa khoa Đống Đa`), or the one
    its union is of (`Công đoàn Bệnh viện X`: `Bệnh viện X`); None for a bare kind or any other
    body."""
    workplace = WORKPLACE.match(mention.sector)
    if mention.head in UNION_HEADS | {"Công đoàn cơ sở"} and workplace \
            and mention.sector != workplace.group():
        return Mention(mention.start, mention.end, workplace.group(),
                       mention.sector[workplace.end():].strip(), mention.admin, mention.place)
    if WORKPLACE.fullmatch(mention.head) and mention.sector:
        return mention
    return None


COMPANY_FORM_WORDS = regex.compile(r"(?:(?:" + "|".join(map(regex.escape, sorted(
    set(lexicon.COMPANY_FORMS) | {"TNHH", "MTV", "CP"}, key=len, reverse=True))) + r")\s+)+")


def company_short_names(full: str) -> list[str]:
    """The shorter names an article calls a company by after naming it in full: the end of
    its name (`Công ty TNHH Linh kiện Điện tử Sao Việt` -> `Công ty Sao Việt`, `Công ty Điện tử
    Sao Việt`, ...; two words at least), and the name without the country it ends on
    (`Công ty TNHH Điện tử Yên Bình Việt Nam` -> `Công ty TNHH Điện tử Yên Bình`)."""
    head = WORKPLACE.match(full).group()  # `Công ty`
    group = GROUP_SUFFIX.search(full)
    if group and group.end() == len(full):  # `Công ty CP Than Bình Minh - Vinacomin`: called without
        # its group too (`Công ty CP Than Bình Minh`, `Công ty Than Bình Minh`)
        alone = full[:group.start()]
        return [alone, *(short for short in company_short_names(alone) if short != full)]
    rest = full[len(head):].lstrip()
    form = COMPANY_FORM_WORDS.match(rest)
    words = rest[form.end() if form else 0:].split()
    out = _name_ends(head, words)
    # (and without the country or province it ends on, and its ends: a foreign-invested company is
    # called by its brand, `Công ty Sao Mai`; `Công ty TNHH Điện tử Hanvina Vĩnh Phúc` is `Công ty Điện
    # tử Hanvina` in the headline)
    place = "Việt Nam" if full.endswith(" Việt Nam") else place_ending(" ".join(words), PROVINCES_SET)
    if place and len(words) > len(place.split()) + 1:
        out += [full[:-len(place) - 1], *_name_ends(head, words[:-len(place.split())])]
    return [short for short in out if short != full]


def _name_ends(head: str, words: list[str]) -> list[str]:
    """`head` with each end of `words` two words long or more that starts a name (on a capital)."""
    return [f"{head} {' '.join(words[i:])}" for i in range(len(words) - 1)
            if words[i][0].isupper() or words[i][0].isdigit()]


def area_name(admin: str, place: str) -> str:
    """A territory as FACTS.md names it: `Thành phố Hà Nội` (a city), `tỉnh Nghệ An`, `huyện X`."""
    place = ABBREVIATIONS.get(place, place)  # `TP HCM`
    return f"Thành phố {place}" if admin == "thành phố" else f"{admin} {place}"


def province_area_written(written: str) -> str:
    """`province_area` of a province or city as written, its abbreviation too (`HCM`)."""
    return province_area(ABBREVIATIONS.get(written, written))


def province_area(place: str) -> str:
    """A province or centrally-run city named alone (`Bắc Ninh`, `Hà Nội`) as FACTS.md names
    its territory: `tỉnh Bắc Ninh`, `Thành phố Hà Nội`."""
    return area_name("thành phố" if place in CITIES else "tỉnh", place)


def territory_of(mention: Mention, context: Context | None = None) -> str | None:
    """The province or city a provincial body serves (the country, for a national one): the one
    its name says (`Sở LĐTBXH TP.HCM` -> `Thành phố Hồ Chí Minh`, `Sở ... tỉnh Bắc Giang` ->
    `tỉnh Bắc Giang`, `BHXH Việt Nam` -> `Việt Nam`), else the one the article has named."""
    context = context or Context()
    if mention.admin in ("thành phố", "tỉnh") and (mention.place or context.place_for(mention.admin)):
        return area_name(mention.admin, mention.place or context.place_for(mention.admin))
    if mention.sector == "Việt Nam" and not mention.admin:
        return "Việt Nam"  # `Theo BHXH Việt Nam, ...`: the national agency, the country's figures
    place = place_ending(mention.sector)
    if place:
        return province_area(place)
    if not mention.admin:  # `Cũng theo Sở LĐTBXH, ...`: the province the article is about
        for admin in ("tỉnh", "thành phố"):
            if admin in context.places:
                return area_name(admin, context.places[admin])
        home = context.paper or context.province  # (named bare, or only by its paper: `baohatinh.vn`)
        if home:
            return province_area(home)
    return None


def place_ending(sector: str, places: frozenset = PLACES_SET, whole: bool = False) -> str | None:
    """The place that ends a name's words, if one does (`Lao động - Thương binh và Xã hội Hà Nội`);
    with `whole`, the words may be the place alone (`Nghệ An` of `Công đoàn Nghệ An`)."""
    words = sector.split()
    return next((place for place in (" ".join(words[-n:]) for n in (3, 2, 1)
                                     if len(words) > n or whole and len(words) == n)
                 if place in places), None)


def _expand_word(word: str, context: Context) -> str:
    """A word of a name spelled out: the article's abbreviations, then the lexicon's (`Công ty
    CP May 10`, `Sở GDĐT`; TNHH, MTV and TMCP are not in it: legal forms, kept as written)."""
    if word in context.definitions and word.isupper():
        return context.definitions[word]
    return ABBREVIATIONS.get(word, word)


def canonical_org(name: str, context: Context | None = None) -> str:
    """Canonical full name of an organization written any way (`LĐLĐ quận Ba Đình`)."""
    context = context or Context(definitions=find_definitions(name))
    mentions = [m for m in find_mentions(name, context.definitions) if not m.generic]
    if not mentions:
        return expand_abbreviations(name.strip(), context)
    joined = "; ".join(canonical(m, context) for m in mentions)
    return joined or name.strip()


def read_whole(name: str, context: Context) -> str:
    """A full name as written before its short one in brackets: canonical when it reads as one body
    whole (`Công đoàn các khu chế xuất và công nghiệp TP.HCM`); else as written, abbreviations spelled
    out (`Quỹ Trợ vốn cho người lao động nghèo tự tạo việc làm`, a name running on past its head's reach)."""
    mentions = find_mentions(name, context.definitions)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(name):
        return canonical(mentions[0], context)
    return expand_abbreviations(name, context)


def expand_abbreviations(text: str, context: Context | None = None) -> str:
    """Every known abbreviation in `text` spelled out (article definitions first)."""
    table = {**ABBREVIATIONS, **(context.definitions if context else {})}
    pattern = regex.compile(r"(?<![\p{L}])(" + "|".join(
        regex.escape(k) for k in sorted(table, key=len, reverse=True)) + r")(?![\p{L}])")
    return pattern.sub(lambda m: table[m.group(1)], text)


# (wards and communes too: since 2025 they are the level below the province, with unions of their
# own: `Công đoàn phường` after `Công đoàn phường Việt Hưng` is that one)
PLACE_RE = regex.compile(r"(?<![\p{L}])(" + ANY_LEVEL
                         + r"|TP\.?)(?:\s+|(?<=\.))(?=\p{Lu})", regex.IGNORECASE)


SEVERAL = (" các", " những", " nhiều")  # (as words: after a space)


def _a_count(word: str) -> bool:
    """`3`, `ba`: a number of more than one."""
    return word.isdigit() and int(word) > 1 or DIGIT_WORDS.get(word, 0) > 1


# `Tại Bình Dương, LĐLĐ tỉnh dành 65 tỉ đồng`: a province (or city) named alone where the text
# goes to it is the one its bare `tỉnh` (`thành phố`) is, as if written `tỉnh Bình Dương`
# (the clause's opening as a look behind, not a match: a pattern that starts with its words is
# searched for them, one that starts with an optional opening is tried at every position)
GOING_TO_A_PLACE = regex.compile(r"(?<=(?:^|[.;:\n)–-])\s*)(?:Tại|Ở|Còn ở|Riêng|Còn tại)\s+(?=\p{Lu})", regex.MULTILINE)


# `Sau khi hợp nhất với tỉnh Bắc Giang, Bắc Ninh hiện có 33 khu công nghiệp`: a province named
# alone as the subject of its clause is the `tỉnh` said after it
CLAUSE_OPENS = regex.compile(r"(?<=(?:^|[.;:,\n])\s*)\p{Lu}", regex.MULTILINE)  # (its start)
SUBJECT_VERB_NEXT = regex.compile(r"\s+(?:" + "|".join(
    ["hiện", "có", "vẫn", "tiếp tục", *lexicon.ASPECT_WORDS, *lexicon.ADVERBS_BEFORE_VERB]) + r")(?![\p{L}])")


FORMER = regex.compile(r"\s*\(\s*cũ\s*\)")
MERGED_FROM = regex.compile(r"(?<![\p{L}])(?:" + lexicon.alternation(lexicon.MERGING_VERBS + ["nhập"]) + r")\s[^.;:]*$")


def places_named(text: str) -> list[tuple[int, str, str]]:
    """(offset, admin word, place) for every explicit `quận Ba Đình` in the text, and every
    province or city the text goes to by its name alone (GOING_TO_A_PLACE) or names alone as a
    clause's subject (`Bắc Ninh hiện có ...`), in order."""
    found = []
    for m in PLACE_RE.finditer(text):
        before = text[max(0, m.start() - 7):m.start()].rstrip().lower()
        if before.endswith(SEVERAL) or _a_count(before.rsplit(" ", 1)[-1]):
            continue  # `về quê ở các tỉnh Thanh Hóa, Nghệ An`, `với ba tỉnh Lạng Sơn, Cao Bằng`: one
            # of several, no bare `tỉnh` after
        place, place_end = _read_place(text, m.end(), ADMIN[m.group(1).lower()])
        if place and not FORMER.match(text, place_end) and not MERGED_FROM.search(text, max(0, m.start() - 200), m.start()):
            # (`LĐLĐ quận Long Biên (cũ)`, `trên cơ sở nhập toàn bộ phường Giang Biên, ...`: units
            # the 2025 reform dissolved or merged, no territory the article's figures are on)
            found.append((m.start(), ADMIN[m.group(1).lower()], place))
    for m in GOING_TO_A_PLACE.finditer(text):
        known = _known_place(text, m.end())
        if known and known[0] in PROVINCES_SET and NAME_ENDS.match(text, known[1]):
            found.append((m.end(), "thành phố" if known[0] in lexicon.CITIES else "tỉnh", known[0]))
    for m in CLAUSE_OPENS.finditer(text):
        known = _known_place(text, m.start())
        if known and known[0] in PROVINCES_SET and known[0] not in lexicon.CITIES \
                and SUBJECT_VERB_NEXT.match(text, known[1]):
            found.append((m.start(), "tỉnh", known[0]))
    return sorted(found)


# ---- names that look wrong (the sanity report of `solieu audit`) --------------------------------

NUMBER_AFTER_PLACE = regex.compile(
    lexicon.LEVELS + r"(?:\s+\p{Lu}\p{Ll}*)+\s+\d+$", regex.IGNORECASE)
KEPT_ABBREVIATIONS = {"TNHH", "MTV", "VN", "II", "III", "IV", "XI", "XII", "KCN"}  # as written
LEFT_ABBREVIATION = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{Lu}&]{1,9}(?![\p{L}])")
HOLIDAY = regex.compile(r"\d{1,2}[/-]\d{1,2}")  # (a day and month: `29/3`, `2-9`)
NAME_PROBLEMS = {
    "number": "kết thúc bằng một số · ends in a number",
    "function_word": "kết thúc bằng hư từ hoặc động từ · ends in a function word or verb",
    "person": "chứa tên người · holds a person's name",
    "cut": "bị cắt giữa tên · cut mid-name",
    "abbreviation": "còn chữ viết tắt · an abbreviation left",
    "location": "dính nơi đặt trụ sở · holds where the body is (`ở thành phố ...`)",
}
# `Công ty TNHH May mặc Hòa Lợi ở thành phố Thủ Dầu Một`: where it is, read on into the name
LOCATED_IN = regex.compile(r"(?<![\p{L}])ở\s+(?:" + ANY_LEVEL
                           + r")(?![\p{L}])", regex.IGNORECASE)


def _named_after_a_person(name: str, pos: int) -> bool:
    """A school's level before the person's name at `pos` (`Trường Trung học phổ thông Nguyễn Gia
    Thiều`): the school is named after them."""
    before = name[:pos].rstrip()
    return any(before.endswith(" " + level) for level in lexicon.SCHOOL_LEVELS)


# The beginnings of the lexicon's words of several syllables (`khu công` of `khu công nghiệp`).
WORD_BEGINNINGS = frozenset(" ".join(word.split()[:i]) for word in lexicon.COMPOUND_WORDS
                            for i in range(1, len(word.split())))


def _ends_inside_a_word(name: str, words: list[str]) -> bool:
    """The name's last syllables, written small, begin a word of the lexicon they do not finish
    (`Ban Quản lý các khu công`): cut inside the word (not a head alone: `Tỉnh ủy`)."""
    if not words[-1][:1].islower() or name in HEADS.values():
        return False
    return any(len(words) > n and " ".join(words[-n:]).lower() in WORD_BEGINNINGS for n in (1, 2)) \
        and not any(" ".join(words[-n:]).lower() in lexicon.COMPOUND_WORDS
                    for n in range(1, COMPOUND_WORDS_LONGEST + 1)) \
        and not any(" ".join(words[-n:]).lower() not in WORD_BEGINNINGS and is_word(" ".join(words[-n:]))
                    for n in range(2, len(words) + 1))
    # (`... Thương binh và Xã hội`: one ends; `Cục Việc làm`, `... Kinh tế Quốc dân`: a word of
    # the dictionary ends there, that begins none of the lexicon's)


COMPOUND_WORDS_LONGEST = max(len(word.split()) for word in lexicon.COMPOUND_WORDS)


def name_problems(name: str) -> list[str]:
    """What looks wrong with a stored organization name (keys of NAME_PROBLEMS): the rules
    that end a name, read backwards on its result."""
    found = []
    for part in (p.strip() for p in name.split(";") if p.strip()):
        words = part.split()
        if words[-1][:1].isdigit() and len(words) > 1 and not HOLIDAY.fullmatch(words[-1]) and (
                words[-2][:1].islower() and words[-2] != "số" or NUMBER_AFTER_PLACE.search(part)):
            found.append("number")  # `... Bệnh viện dành 10`, `... tỉnh Hà Tĩnh 100`; not
            # `Cụm thi đua số 1`, `Tổng Công ty May 10`, `Liên đoàn Lao động Quận 1`, nor a holiday
            # a company is named after (`Công ty Cổ phần Dệt may 29/3`)
        if (words[-1] in FUNCTION_WORDS or _verb_at(part, len(part) - len(words[-1]))) \
                and not _completes_word(words[:-1], words[-1]):  # (`... Thi đua - Khen thưởng`: a word's end)
            found.append("function_word")
        if any(PERSON_NAME.match(part, m.start(1)) for m in WORD_RE.finditer(part)
               if m.group(1) in SURNAMES and m.start(1) > 0 and not _known_place(part, m.start(1))
               and not _place_follows(part, m.end(1))  # `Sao Mai Việt Nam`: no person
               and not is_word(" ".join(part[m.start(1):].split()[:2]))
               # (`Thực phẩm Hoàng Gia`: `hoàng gia` is a word, royal; no person)
               and not _named_after_a_person(part, m.start(1))):
            found.append("person")
        if "và" in words[-2:] or _ends_inside_a_word(part, words):
            found.append("cut")
        group = GROUP_SUFFIX.search(part)  # `... - TKV`: the group's name, as written
        firm = COMPANY.search(part)  # (a brand in a company's own name is its name: `Công ty TNHH
        # LG Display Việt Nam`, `Luxshare-ICT`; no Vietnamese abbreviation is spelled in ASCII there)
        if any(m.group() not in KEPT_ABBREVIATIONS for m in LEFT_ABBREVIATION.finditer(part)
               if not (group and group.end() == len(part) and m.start() >= group.start())
               and not (firm and m.start() > firm.end() and m.group().isascii()
                        and m.group() not in ABBREVIATIONS)):
            found.append("abbreviation")
        if LOCATED_IN.search(part):
            found.append("location")
    return list(dict.fromkeys(found))
