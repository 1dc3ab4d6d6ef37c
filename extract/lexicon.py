"""The closed classes of the language of figures, read once from `lexicon.toml` (data, not code):
time units, function words, classifiers, counted nouns, comparators, cue words, units,
family names, abbreviations. Every module builds its tables and patterns from these names;
adding a word, an alias or a cue is one line in `lexicon.toml`.

`SOLIEU_LEXICON` names another file of the same shape (a newsroom's own additions, or a test's).
"""
from __future__ import annotations

import json
import os
import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex
import vietnam_provinces

PATH = Path(os.environ.get("SOLIEU_LEXICON") or Path(__file__).with_name("lexicon.toml"))
_DATA = tomllib.loads(PATH.read_text(encoding="utf-8"))


def _words(key: str) -> frozenset[str]:
    return frozenset(_DATA[key])


def _pairs(key: str) -> list[tuple[str, str]]:
    return [tuple(pair) for pair in _DATA[key]]


# After a number these make a duration, an age or an anniversary (`ngày công` is a count).
TIME_UNITS = _words("time_units")
MEASURED_TIME_VERBS = _words("measured_time_verbs")
TIME_UNIT_COUNTS = _words("time_unit_counts")
TIMES_OF_DAY = _words("times_of_day")
HIEN_COMPOUNDS = _words("hien_compounds")
AWARDS = list(_DATA["awards"])
PERSON_ADDRESSES = list(_DATA["person_addresses"])
SELF_WORDS = list(_DATA["self_words"])
FIRST_PERSON = list(_DATA["first_person"])
OCCUPATIONS = list(_DATA["occupations"])
FUNCTION_WORDS = _words("function_words")  # they end a noun phrase and a name
VAGUE_AFTER = _words("vague_after")
VAGUE_BEFORE = _words("vague_before")
ORDINAL_BEFORE = _words("ordinal_before")
NOT_ORDINAL_BEFORE = list(_DATA["not_ordinal_before"])
CLASSIFIERS = _words("classifiers")
OCCASION_COUNTERS = _words("occasion_counters")
UNITS_ALONE = _words("units_alone")
PERSON_MODIFIERS = _words("person_modifiers")
PEOPLE = list(_DATA["people"])
WHOLE_COUNTRY = list(_DATA["whole_country"])
COUNT_NOUNS = list(_DATA["count_nouns"])
NUMBER_WORD_UNITS = sorted(PEOPLE + COUNT_NOUNS + sorted(CLASSIFIERS), key=len, reverse=True)
COMPARATOR_BEFORE = _pairs("comparator_before")  # longest first
COMPARATOR_AFTER = _pairs("comparator_after")
TARGET_CUES = list(_DATA["target_cues"])
CUE_COMPOUNDS = list(_DATA["cue_compounds"])
ACTUAL_CUES = list(_DATA["actual_cues"])
EVENT_DEEDS = list(_DATA["event_deeds"])
HANDED_OVER = list(_DATA["handed_over"])
HANDING_VERBS = list(_DATA["handing_verbs"])
YARDSTICKS = list(_DATA["yardsticks"])
REACHING_WORDS = list(_DATA["reaching_words"])
PLAN_REFERENCES = list(_DATA["plan_references"])
TARGET_SETTING_VERBS = list(_DATA["target_setting_verbs"])
ASPECT_WORDS = list(_DATA["aspect_words"])
ADVERBS_BEFORE_VERB = list(_DATA["adverbs_before_verb"])
TARGET_VERBS = list(_DATA["target_verbs"])
SAYING_VERBS = list(_DATA["saying_verbs"])
READERS = list(_DATA["readers"])
ASKER_WORDS = list(_DATA["asker_words"])
ANSWERING_VERBS = list(_DATA["answering_verbs"])
QA_LABELS = list(_DATA["qa_labels"])
REPORTING_VERBS = list(_DATA["reporting_verbs"])
LEARNING_VERBS = list(_DATA["learning_verbs"])
SCHOOL_LEVELS = frozenset(_DATA["school_levels"])
GIVING_VERBS = list(_DATA["giving_verbs"])
CHOOSING_VERBS = list(_DATA["choosing_verbs"])
REQUESTING_VERBS = list(_DATA["requesting_verbs"])
PROPOSING_VERBS = list(_DATA["proposing_verbs"])
STATE_GIVERS = list(_DATA["state_givers"])
UNION_GROWING_VERBS = list(_DATA["union_growing_verbs"])
RECOGNIZING_VERBS = list(_DATA["recognizing_verbs"])
RECEIVED_VERBS = list(_DATA["received_verbs"])
EVENT_NOUNS = list(_DATA["event_nouns"])
EVENT_SUBJECTS = list(_DATA["event_subjects"])
DELEGATIONS = list(_DATA["delegations"])
PROJECTS = list(_DATA["projects"])
PROGRAMME_NOUNS = list(_DATA["programme_nouns"])
NAMED_EVENTS = list(_DATA["named_events"])
PAY_WORDS = list(_DATA["pay_words"])
DISASTERS = list(_DATA["disasters"])
AGREEMENTS = list(_DATA["agreements"])
TERRITORY_METRICS = list(_DATA["territory_metrics"])
TERRITORY_SERVICES = list(_DATA["territory_services"])
INSURER_MONEY = list(_DATA["insurer_money"])
INSURANCES = list(_DATA["insurances"])
ECONOMY_METRICS = list(_DATA["economy_metrics"])
INSURED = list(_DATA["insured"])
BUSINESS_METRICS = list(_DATA["business_metrics"])
GOVERNMENT_HEADS = tuple(_DATA["government_heads"])
MEASURE_UNITS = _words("measure_units")
HOME_NOUNS = list(_DATA["home_nouns"])
MONEY_NOUNS = list(_DATA["money_nouns"])
OCCURRING_VERBS = list(_DATA["occurring_verbs"])
MERGING_VERBS = list(_DATA["merging_verbs"])
LAWS = list(_DATA["laws"])
LEGAL_DOCUMENTS = LAWS + list(_DATA["other_legal_documents"])
ADMINISTRATIVE_DOCUMENTS = list(_DATA["administrative_documents"])
LAWMAKERS = frozenset(_DATA["lawmakers"])
UNIT_TAIL_STOPS = _words("unit_tail_stops") | frozenset(OCCURRING_VERBS)
PERSONAL_UNITS = _words("personal_units")
UNION_UNITS = _words("union_units")
WORKFORCE_UNITS = _words("workforce_units")
WORKPLACE_PEOPLE = {noun: tuple(kinds) for noun, kinds in _DATA["workplace_people"].items()}
SURNAMES = _words("surnames")
CLAIM_STOP_WORDS = _words("claim_stop_words")
METRIC_STOP_WORDS = _words("metric_stop_words")
PERSON_TITLES = list(_DATA["person_titles"])
NAMED_MONTHS = dict(_DATA["named_months"])  # `Tháng Công nhân` -> 5
CANONICAL_UNITS = dict(_DATA["canonical_units"])
ABBREVIATIONS = dict(_DATA["abbreviations"])  # `LĐLĐ` -> `Liên đoàn Lao động`

# Where a tone mark sits on `oa`, `oe`, `uy` ending a syllable differs between the old and the
# new spelling (`Hoà Bình`, `Hòa Bình`); both are printed.
_TONE_MOVES = {f"{a}{b}": f"{a2}{b0}" for a, b0, tones in (("o", "a", "àáảãạ"), ("o", "e", "èéẻẽẹ"),
                                                          ("u", "y", "ỳýỷỹỵ"))
               for b, a2 in zip(tones, {"o": "òóỏõọ", "u": "ùúủũụ"}[a])}
_TONE_MOVES.update({old.capitalize(): new.capitalize() for old, new in list(_TONE_MOVES.items())})
_OLD_TONE = re.compile(r"(?<![qQ])(" + "|".join(_TONE_MOVES) + r")(?!\w)")
_TONE_MOVES_BACK = {new: old for old, new in _TONE_MOVES.items()}
_NEW_TONE = re.compile(r"(?<![qQ])(" + "|".join(_TONE_MOVES_BACK) + r")(?!\w)")
_DIVISION_TYPE = re.compile(r"^(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã) ")
_DIVISIONS = json.loads(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))


def _spellings(name: str) -> set[str]:
    """A division's name without its type word, in both tone spellings (`Hoà`/`Hòa`)."""
    name = _DIVISION_TYPE.sub("", name)
    return {name, _OLD_TONE.sub(lambda m: _TONE_MOVES[m.group()], name),
            _NEW_TONE.sub(lambda m: _TONE_MOVES_BACK[m.group()], name)}


def _divisions() -> list[str]:
    """The names of Vietnam's provinces and districts, without their type word (`Bình Dương`,
    `Mê Linh`), in both spellings. From `vietnam-provinces` 0.6: the 63 provinces and their
    districts as they stood until the 2025 reform, which the articles of these years name (the
    package's later versions hold only the 34 provinces and wards after it). Numbered districts
    (`Quận 1`) have no name to read."""
    names = set()
    for province in _DIVISIONS:
        for name in [province["name"]] + [district["name"] for district in province["districts"]]:
            if not _DIVISION_TYPE.sub("", name)[:1].isdigit():
                names |= _spellings(name)
    return sorted(names)


def _provinces() -> frozenset[str]:
    """The 63 provinces and centrally-run cities (`Bắc Ninh`, `Hà Nội`), both spellings."""
    return frozenset(n for province in _DIVISIONS for n in _spellings(province["name"]))


@lru_cache(maxsize=None)
def foreign_countries() -> frozenset[str]:
    """The countries and territories of the world as Vietnamese writes them (`Hàn Quốc`, `Nhật
    Bản`, `Đức`), but Việt Nam: CLDR's names, through babel (read on first use: CLDR's locale
    data takes some 30 ms to load)."""
    from babel import Locale  # (a dependency of trafilatura's too)
    return frozenset(name for code, name in Locale("vi").territories.items()
                     if code.isalpha() and code != "VN")


# Organization names (extract/facts/orgs.py): head words, their roles, the words that end a name,
# administrative words and the places of the paper's beat.
_ORGANIZATIONS = _DATA["organizations"]
ORGANIZATION_HEADS = dict(_DATA["organization_heads"])  # as written -> canonical head
NEEDS_NAME = frozenset(_ORGANIZATIONS["needs_name"])
UNION_HEADS = frozenset(_ORGANIZATIONS["union_heads"])
SMALL_TRADE_HEADS = frozenset(_ORGANIZATIONS["small_trade_heads"])
AREA_SOURCES = tuple(_ORGANIZATIONS["area_sources"])
NATIONAL_SOURCES = frozenset(_ORGANIZATIONS["national_sources"])
STATISTICS_OFFICES = tuple(_ORGANIZATIONS["statistics_offices"])
ZONE_AUTHORITIES = tuple(_ORGANIZATIONS["zone_authorities"])
SET_BY_DECREE = dict(_ORGANIZATIONS["set_by_decree"])
COMPANIES = list(_ORGANIZATIONS["companies"])
BRANDED = tuple(COMPANIES + _ORGANIZATIONS["branded"])
NAMED_IN_BRACKETS = BRANDED + tuple(_ORGANIZATIONS["named_in_brackets"])
NATIONAL_LENDERS = tuple(_ORGANIZATIONS["national_lenders"])
LOAN_TERMS = list(_ORGANIZATIONS["loan_terms"])
SUB_BODIES = frozenset(_ORGANIZATIONS["sub_bodies"])
EVENT_BODIES = frozenset(_ORGANIZATIONS["event_bodies"])
PROPER_NAMED = frozenset(_ORGANIZATIONS["proper_named"])
CASE_SENSITIVE_HEADS = frozenset(_ORGANIZATIONS["case_sensitive_heads"])
INVESTING_VERBS = list(_ORGANIZATIONS["investing_verbs"])
VERBS_AFTER_NAME = list(_ORGANIZATIONS["verbs_after_name"]) + INVESTING_VERBS
NAME_ENDERS = frozenset(_ORGANIZATIONS["name_enders"])
VERBS_BEFORE_SMALL_WORDS = list(_ORGANIZATIONS["verbs_before_small_words"])
NOUNS_NOT_VERBS = frozenset(_ORGANIZATIONS["nouns_not_verbs"])
COMPANY_FORMS = tuple(_ORGANIZATIONS["company_forms"])
BUSINESS_LINE_VERBS = frozenset(_ORGANIZATIONS["business_line_verbs"])
DEFAULT_CITY = _ORGANIZATIONS["default_city"]
HEADLINE_OPENERS = tuple(_DATA["headline_openers"])
PLACES = sorted(set(_divisions()) | set(_ORGANIZATIONS["places"]), key=len, reverse=True)
PROVINCES = _provinces()
CITIES = frozenset(_ORGANIZATIONS["cities"])
LEVEL_IN_NAME = frozenset(_ORGANIZATIONS["level_in_name"])
CITY_ABBREVIATIONS = sorted(a for a, full in ABBREVIATIONS.items() if full in CITIES)  # `HCM`
# Words of several syllables the lexicon knows (`khu công nghiệp`, `khen thưởng`, `quản lý`): a
# name read syllable by syllable never ends inside one (`Hội đồng Thi đua - Khen thưởng`).
COMPOUND_WORDS = frozenset(
    word.lower() for word in [*COUNT_NOUNS, *PEOPLE, *VERBS_AFTER_NAME, *NOUNS_NOT_VERBS,
                              *(part for full in [*ABBREVIATIONS.values(), *_ORGANIZATIONS["ministry_fields"]]
                                for part in full.split(" - "))]
    if " " in word.strip())


def _strings(node) -> list[str]:
    """Every string of the lexicon's data: list items, table keys and values."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in [key, *_strings(value)]]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return []


# The lexicon's phrases of several syllables written small (`so với`, `phiếu mua hàng`, `trở
# lên`): words of the language, which the word segmenter keeps whole (extract/facts/words.py).
PHRASES = frozenset(s for s in _strings(_DATA) if " " in s.strip() and s[:1].islower())

_D_BARE = str.maketrans({"đ": "d", "Đ": "D"})


def unaccented(text: str) -> str:
    """`text` without its tone and vowel marks, `đ` -> `d`, case kept (`Liên đoàn` -> `Lien
    doan`): the one accent fold that slugs, searches and comparisons build on."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_BARE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _paper_domains() -> dict[str, str]:
    """`thainguyen` -> `Thái Nguyên`, `haiphong` -> `Hải Phòng`: each province and centrally-run
    city as the domain of its newspaper writes it (`baothainguyen.vn`, `baodienbienphu.info.vn`,
    `baohaiphong.vn`)."""
    out = {}
    for province in _DIVISIONS:
        name = _DIVISION_TYPE.sub("", province["name"])
        out["".join(c for c in unaccented(name).lower() if c.isascii() and c.isalpha())] = name
    return out


PAPER_DOMAINS = _paper_domains()
ADMIN_WORDS = dict(_DATA["admin_words"])  # as written -> as named
DISTRICT_LEVELS = list(_ORGANIZATIONS["district_levels"])
WARD_LEVELS = list(_ORGANIZATIONS["ward_levels"])
WORKPLACES = list(_ORGANIZATIONS["workplaces"])
BARE_WORKPLACES = dict(_ORGANIZATIONS["bare_workplaces"])
OFFICIAL_NAMES = dict(_DATA["official_names"])
WORKPLACES_AFTER_UNION = {**BARE_WORKPLACES, **_ORGANIZATIONS["workplaces_after_union"]}
SECTOR_DEPARTMENTS = dict(_ORGANIZATIONS["sector_departments"])
MINISTRY_FIELDS = frozenset(_ORGANIZATIONS["ministry_fields"])
FIELD_HEADS = frozenset(_ORGANIZATIONS["field_heads"])
UNION_WORDS = list(_ORGANIZATIONS["union_words"])


def alternation(words) -> str:
    """`(?:a|b|...)` of `words`, longest first, for a regex (`thành phố|quận|...`), written as a
    tree of their common beginnings (`(?:c(?:ông\\ (?:ty|đoàn(?:\\ cơ\\ sở)?)|...)`): the same
    matches, preferring the longest word as the flat list does, but a position where no word
    starts fails at its first letter instead of at each word in turn (the heads of names: 60
    words, searched over every sentence, 2x faster)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    written = _branches(tree)
    if written is None:  # (letters of one node equal but for case: only a flat list is sure)
        return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    return f"(?:{written})"


def _branches(node: dict) -> str | None:
    """The words below `node`, longer ones first: after a word that ends here, the longer ones
    that go on are tried first (`(?:...)?` is greedy), then the word itself; letters that
    differ under IGNORECASE never both match one character, so their order does not matter
    (None when two of them would: `T` and `t`)."""
    letters = sorted(char for char in node if char)
    if any(regex.fullmatch(regex.escape(a), b, regex.IGNORECASE)
           for i, a in enumerate(letters) for b in letters[i + 1:]):
        return None
    branches = []
    for char in letters:
        rest = _branches(node[char])
        if rest is None:
            return None
        branches.append(regex.escape(char) + rest)
    if not branches:
        return ""
    written = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{written})?" if "" in node else written


LEVELS = alternation(DISTRICT_LEVELS)  # `thành phố|thị xã|quận|huyện|tỉnh`
