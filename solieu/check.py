"""Check a quoted claim's figures against the stored facts: `solieu check`.

>>> from solieu.check import check_database
>>> claim = "Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên"
>>> verdicts = check_database("solieu.db", claim)           # doctest: +SKIP
>>> verdicts[0].verdict, verdicts[0].source.raw            # doctest: +SKIP
('matches', '2.985/2500 đoàn viên')

The claim goes through the corpus's own extractor, so its figures carry an organization,
metric, unit, period, status and comparator read the same way as the stored facts. Each
figure gets one verdict (`judge`), decided in this order:

1. the stored facts that could be its source: a compatible unit and a metric sharing at
   least `MIN_RELEVANCE` of the claim's metric words (with the stored metric or with the
   source sentence, the claim's organization's own words left out);
2. of those, the facts of the claim's organization (abbreviations resolve) whose period
   fits the claim's (`compare.periods_fit`; an undated fact fits any period, unless its
   article was published before the claim's period began);
3. a fact there that states the claim's number (`rounding.claim_admits`: the same number,
   or the claim's own rounding) gives `matches`, or `target-only` when one of the two is
   a target (chỉ tiêu, kế hoạch, dự kiến) and the other a result; a dated fact is taken
   before an undated one, and the same number stated by the organization for another
   period (`other period`) beats an undated fact;
4. else the claim's number stated by the organization for another period: `other period`;
   stated by another organization for that period: `other organization`;
5. else the best of the organization's facts for that period gives `differs`, with the
   difference: ranked dated first, then by metric wording, status and closeness;
6. else `not found`, saying what is stored: the organization, the metric in other periods.

Ranking puts organization, period and the value's agreement before metric wording. One
precaution: when the sentence that states the claim's number states another figure of the
same unit whose metric the claim's words single out (`100 trường hợp` for Hà Tĩnh, `150`
for Quảng Trị), the claim is compared with that figure.

A percent stated beside a figure (`2.985/2500 đoàn viên (đạt 119%)`) is a figure of its own,
in the claim and in the sources. Exit codes (`exit_code`): 0 every figure matches, 1 a figure
is contradicted (differs, target-only, other period, other organization), 3 a figure is not
found and none is contradicted.
"""
from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

import regex
import sqlite_utils

from solieu.extract.facts import numbers
from solieu.extract.facts.pipeline import extract_article
from solieu.extract.records import Article, Fact
from solieu.extract.facts.orgs import expand_abbreviations
from solieu.compare import (
    STOPWORDS,
    WORD,
    content_words,
    metric_similarity,
    organization_key,
    organization_keys,
    period_range,
    periods_fit,
    units_compatible,
)
from solieu.rounding import Range, admitted_range, claim_admits
from solieu.store import queries
from solieu.store.db import open_existing

MATCHES, DIFFERS, TARGET_ONLY = "matches", "differs", "target-only"
OTHER_PERIOD, OTHER_ORGANIZATION, NOT_FOUND = "other period", "other organization", "not found"
VERDICTS = (MATCHES, DIFFERS, TARGET_ONLY, OTHER_PERIOD, OTHER_ORGANIZATION, NOT_FOUND)
CONTRADICTED = frozenset({DIFFERS, TARGET_ONLY, OTHER_PERIOD, OTHER_ORGANIZATION})
# Exit codes: 2 is taken by "could not check" (bad usage, no database, no figure).
EXIT_MATCHES, EXIT_CONTRADICTED, EXIT_NOT_FOUND = 0, 1, 3
MIN_RELEVANCE = 0.3
# A figure of the same sentence is the claim's source rather than the one stating its
# number when the claim uses this many more of the words that tell the two apart.
SINGLED_OUT = 2
YEAR = regex.compile(r"(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d.,]\d)")
# Lunar years: `năm Đinh Dậu`, `Tết Bính Ngọ` (the 60-year cycle of stems and branches).
STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
LUNAR_YEAR = regex.compile(rf"(?:năm|Năm|Tết|tết|Xuân|xuân)\s+({'|'.join(STEMS)})\s+"
                           rf"({'|'.join(BRANCHES)}|Mẹo|Tị)(?!\p{{L}})")
STATED_PERCENT = regex.compile(rf"({numbers.NUMBER})\s?%")


class CannotCheck(ValueError):
    """The claim cannot be checked at all (no figure in it, nothing stored to check against)."""


@dataclass
class Candidate:
    """A stored fact with everything needed to show where it came from."""

    fact: Fact
    sentence: str
    sentence_start: int  # offset of the sentence in the article body
    title: str | None = None
    published: str | None = None
    url: str | None = None
    fact_id: str | None = None  # the stored row's id (a percent view moves `fact`'s span)
    # For an undated fact: the years its article writes (`năm 2018`, a date), None if none
    years: frozenset[int] | None = None


@dataclass
class Figure:
    """One figure of the claim, as the extractor read it, with the values it admits
    beyond its own number (`low` = `high` = `value` for an exact figure)."""

    raw: str
    value: float
    unit: str | None
    organization: str | None
    metric: str | None
    period: str | None
    comparator: str
    status: str
    low: float
    high: float


@dataclass
class Source:
    """The stored fact a verdict rests on, and where a reader finds it."""

    fact_id: str
    raw: str
    value: float
    unit: str | None
    organization: str | None
    metric: str | None
    period: str | None
    comparator: str
    status: str
    sentence: str
    highlight: tuple[int, int]  # sentence[highlight[0]:highlight[1]] is the figure
    article_id: str
    title: str | None
    published: str | None
    url: str | None


@dataclass
class Found:
    """What is stored when a figure is not found: its organization (as stored, None when
    no fact names it) and how many figures it has, and its figures of the claim's unit
    and metric for other periods."""

    organization: str | None
    organization_facts: int
    other_periods: list[Source] = field(default_factory=list)


@dataclass
class Verdict:
    figure: Figure
    verdict: str  # one of VERDICTS
    source: Source | None = None  # the stored figure the verdict rests on
    difference: float | None = None  # differs: claimed value - source value
    percent_difference: float | None = None  # the difference in percent of the source value
    candidates: int = 0  # stored facts of the organization, unit, period and metric
    note: str | None = None
    found: Found | None = None  # not found: what is stored instead


def check_database(db_path: str | Path, claim: str) -> list[Verdict]:
    """Check `claim` against the database at `db_path` (which must exist)."""
    return Checker(open_existing(db_path)).check(claim)


def check_claim(db: sqlite_utils.Database, claim: str) -> list[Verdict]:
    """One verdict per figure of `claim`, in the order the figures appear."""
    return Checker(db).check(claim)


class Checker:
    """Checks claims against one database; reuse it for many claims (`solieu check
    --file`): the organizations and each organization's facts are read once.

    >>> checker = Checker(open_existing("solieu.db"))             # doctest: +SKIP
    >>> [v.verdict for v in checker.check("LĐLĐ quận Ba Đình có 467 CĐCS")]  # doctest: +SKIP
    ['matches']
    """

    def __init__(self, db: sqlite_utils.Database):
        if not queries.fact_count(db):
            raise CannotCheck("the database holds no facts yet: build it with `solieu run`")
        self.db = db
        self.known = queries.organizations(db)
        self._facts_of: dict[str | None, list[Candidate]] = {}
        self._years: dict[str, frozenset[int] | None] = {}

    def check(self, claim: str) -> list[Verdict]:
        figures = claim_figures(claim)
        if not figures:
            raise CannotCheck(f"no figure found in the claim: {claim!r}")
        return [judge(figure, self.candidates(figure)) for figure in figures]

    def candidates(self, figure: Fact) -> list[Candidate]:
        """The facts of the figure's organization, and those of any organization that
        state the figure's number."""
        own = self._organization_facts(figure.organization)
        if not figure.organization:
            return own
        admitted = figure_range(figure)
        low, high = min(admitted.low, figure.value), max(admitted.high, figure.value)
        slack = 1e-6 * max(1.0, abs(high))
        rows = queries.candidate_facts(self.db, None, (low - slack, high + slack))
        ids = {(c.fact_id, c.fact.unit) for c in own}
        return own + [c for c in _with_percents([self._candidate(row) for row in rows])
                      if (c.fact_id, c.fact.unit) not in ids]

    def _organization_facts(self, organization: str | None) -> list[Candidate]:
        key = organization_key(organization) if organization else None
        if key not in self._facts_of:
            names = None if key is None else \
                [name for name in self.known if key in organization_keys(name)]
            rows = queries.candidate_facts(self.db, names) if names != [] else []
            self._facts_of[key] = _with_percents([self._candidate(row) for row in rows])
        return self._facts_of[key]

    def _candidate(self, row: dict) -> Candidate:
        candidate = _candidate(row)
        if not (row["period"] or row["term"]):
            candidate.years = self._article_years(row["article_id"])
        return candidate

    def _article_years(self, article_id: str) -> frozenset[int] | None:
        if article_id not in self._years:
            body, published = queries.article_text(self.db, article_id)
            years = {int(y) for y in YEAR.findall(body or "")} | lunar_years(body or "")
            if published and published[:4].isdigit():
                years.add(int(published[:4]))
            self._years[article_id] = frozenset(years) or None
        return self._years[article_id]


@dataclass
class Checked:
    """One claim of a batch: its verdicts, or why it could not be checked."""

    claim: str
    verdicts: list[Verdict] = field(default_factory=list)
    error: str | None = None

    @property
    def exit_code(self) -> int:
        return 2 if self.error else exit_code(self.verdicts)

    def document(self) -> dict:
        if self.error:
            return {"claim": self.claim, "all_match": False, "exit_code": 2, "error": self.error}
        return to_document(self.claim, self.verdicts)


def check_many(db: sqlite_utils.Database, claims: Iterable[str]) -> Iterator[Checked]:
    """Check claims one after the other in one process (`solieu check --file`): one per
    item, blank items skipped; a claim that cannot be checked (no figure) gets its error
    and the others go on. A claim may be a paragraph with several figures."""
    checker = Checker(db)
    for claim in claims:
        claim = claim.strip()
        if not claim:
            continue
        try:
            yield Checked(claim, checker.check(claim))
        except CannotCheck as exc:
            yield Checked(claim, error=str(exc))


def batch_exit_code(codes: Iterable[int]) -> int:
    """The exit code of many claims: 1 if a figure is contradicted, else 3 if one is not
    found, else 2 if a claim could not be checked, else 0."""
    codes = set(codes)
    return next((code for code in (EXIT_CONTRADICTED, EXIT_NOT_FOUND, 2) if code in codes),
                EXIT_MATCHES)


def claim_figures(claim: str) -> list[Fact]:
    """The claim's figures, read by the corpus's extractor, in the order they are written."""
    body = claim.strip()
    _, facts = extract_article(Article(id="claim", body=body))
    figures = [fact for fact in facts if fact.value is not None]
    percents = [view for fact in figures if (view := percent_view(fact, body, 0))]
    return sorted(figures + percents, key=lambda fact: fact.start)


def _with_percents(candidates: list[Candidate]) -> list[Candidate]:
    return candidates + [replace(c, fact=view) for c in candidates
                         if (view := percent_view(c.fact, c.sentence, c.sentence_start))]


def percent_view(fact: Fact, sentence: str, sentence_start: int) -> Fact | None:
    """The percent stated beside a figure (`2.985/2500 đoàn viên (đạt 119%)`) as a figure of
    its own, pointing at where the sentence states it. FACTS.md files it in the ratio's
    fact; a claim may quote it alone, and a claim may state one beside its own figure."""
    if fact.percent is None or fact.unit == "%":
        return None
    view = replace(fact, value=fact.percent, unit="%", comparator="=", numerator=None,
                   denominator=None)
    at = fact.start - sentence_start
    stated = [m for m in STATED_PERCENT.finditer(sentence)
              if math.isclose(numbers.parse_number(m[1]).value, fact.percent)]
    if not stated:
        return view
    nearest = min(stated, key=lambda m: abs(m.start() - at))
    return replace(view, raw=nearest.group(), start=sentence_start + nearest.start(),
                   end=sentence_start + nearest.end())


def lunar_years(text: str) -> set[int]:
    """The Gregorian years lunar year names in `text` span: `năm Đinh Dậu` -> {2017, 2018}
    (the lunar year starts in January or February), taken in 1984-2043."""
    years = set()
    for match in LUNAR_YEAR.finditer(unicodedata.normalize("NFC", text)):
        stem = STEMS.index(match[1])
        branch = BRANCHES.index({"Mẹo": "Mão", "Tị": "Tỵ"}.get(match[2], match[2]))
        year = next(y for y in range(1984, 2044) if (y - 4) % 10 == stem and (y - 4) % 12 == branch
                    ) if (stem - branch) % 2 == 0 else None
        if year:
            years |= {year, year + 1}
    return years


def _candidate(row: dict) -> Candidate:
    return Candidate(
        fact=Fact.from_row(row), sentence=row["sentence"], sentence_start=row["sentence_start"],
        title=row["title"], published=row["published"], url=row["url"], fact_id=row["id"],
    )


# --- what could be the source, and what agrees ---------------------------------------------

def same_organization(figure: Fact, fact: Fact) -> bool:
    """Is `fact` about the claim's organization? (Any, when the claim names none.)"""
    if not figure.organization:
        return True
    return organization_key(figure.organization) in organization_keys(fact.organization)


def relevance(figure: Fact, candidate: Candidate) -> float:
    """How much of the claim's metric the stored fact's metric, or its sentence, covers
    (0..1). The claim's organization is not metric wording: its words are left out."""
    claim_words = content_words(figure.metric) - content_words(figure.organization)
    if not claim_words:
        return 1.0
    stored = content_words(candidate.fact.metric) | content_words(candidate.sentence)
    return len(claim_words & stored) / len(claim_words)


def _metric_fit(figure: Fact, fact: Fact) -> float:
    return metric_similarity(figure.metric, fact.metric)


def is_related(figure: Fact, candidate: Candidate) -> bool:
    """Could `candidate` be about what the figure counts? Compatible unit, similar metric."""
    return (units_compatible(figure.unit, candidate.fact.unit)
            and relevance(figure, candidate) >= MIN_RELEVANCE)


def claim_period(fact: Fact) -> str | None:
    return fact.period or fact.term


def fits_period(figure: Fact, candidate: Candidate) -> bool:
    """Can the candidate be quoted for the claim's period? An undated fact fits any
    period, except a result published before that period began, and a fact of an
    article that writes years, none of them in the claim's period (an undated figure in
    an article about 2018 is not a figure of 2016)."""
    stored = claim_period(candidate.fact)
    if stored:
        return periods_fit(claim_period(figure), stored)
    claimed = period_range(claim_period(figure))
    if not claimed:
        return True
    published = (candidate.published or "")[:10]
    if candidate.fact.status == "actual" and len(published) == 10 \
            and published < claimed[0].isoformat():
        return False
    if candidate.years:
        return any(claimed[0].year <= year <= claimed[1].year for year in candidate.years)
    return True


def figure_range(fact: Fact) -> Range:
    return admitted_range(fact.value, fact.raw, fact.comparator)


def agrees(figure: Fact, fact: Fact) -> bool:
    """Does the claimed figure state the stored figure's number (`rounding.claim_admits`)?
    A ratio's denominator, when both state one, must be the same too (`109/150` is not
    `109/156`)."""
    return (claim_admits(figure.value, figure.raw, figure.comparator, fact.value, fact.raw)
            and not _other_base(figure, fact))


def _other_base(figure: Fact, fact: Fact) -> bool:
    return (figure.denominator is not None and fact.denominator is not None
            and not math.isclose(figure.denominator, fact.denominator))


def _distance(figure: Fact, fact: Fact) -> float:
    return abs(figure.value - fact.value) / max(abs(fact.value), 1e-9)


def rank(figure: Fact, candidates: list[Candidate]) -> list[Candidate]:
    """Most likely source first: dated before undated, the value's agreement, the same
    organization saying it with the claim's status, then metric wording (stored metric and
    sentence), status, closeness."""
    def key(candidate: Candidate):
        fact = candidate.fact
        # the same organization stating the same figure as done (or as a target) like the
        # claim, before another statement of it that only fits the wording better
        said_alike = agrees(figure, fact) and fact.status == figure.status \
            and bool(figure.organization) and same_organization(figure, fact)
        return (not claim_period(fact), not agrees(figure, fact), not said_alike,
                -round(relevance(figure, candidate), 1), -round(_metric_fit(figure, fact), 1),
                fact.status != figure.status, _distance(figure, fact), fact.article_id,
                fact.start)

    return sorted(candidates, key=key)


# --- the verdict ---------------------------------------------------------------------------

def judge(figure: Fact, candidates: list[Candidate]) -> Verdict:
    """The verdict on `figure`, given stored facts that may be its source (any organization,
    period or metric: `judge` selects)."""
    related = [c for c in candidates if is_related(figure, c)]
    own = [c for c in related if same_organization(figure, c.fact)]
    fitting = [c for c in own if fits_period(figure, c)]
    agreeing = [c for c in fitting if agrees(figure, c.fact)]
    other_periods = rank(figure, [c for c in own if not fits_period(figure, c)
                                  and agrees(figure, c.fact)])
    dated = [c for c in agreeing if claim_period(c.fact)]
    if dated or (agreeing and not other_periods):
        return _agreeing(figure, rank(figure, agreeing)[0], fitting)
    if other_periods:
        best = other_periods[0]
        return Verdict(_figure(figure), OTHER_PERIOD, source_of(best), candidates=len(fitting),
                       note=f"the source gives this figure for {_when(best)}, "
                            f"the claim for {claim_period(figure) or 'no period'}")
    if figure.organization:
        elsewhere = rank(figure, [c for c in related if not same_organization(figure, c.fact)
                                  and fits_period(figure, c) and agrees(figure, c.fact)])
        if elsewhere:
            best = elsewhere[0]
            return Verdict(_figure(figure), OTHER_ORGANIZATION, source_of(best),
                           candidates=len(fitting),
                           note=f"the source gives this figure for "
                                f"{best.fact.organization or 'no named organization'}, "
                                f"the claim for {figure.organization}")
    if fitting:
        return _differs(figure, rank(figure, fitting)[0], len(fitting))
    return Verdict(_figure(figure), NOT_FOUND, found=_found(figure, candidates, own))


def _agreeing(figure: Fact, best: Candidate, fitting: list[Candidate]) -> Verdict:
    """`best` states the claim's number. Unless its own sentence holds another figure
    that the claim's metric words single out (then that one is the claim's source), the
    claim matches, or it is target-only when one is a target and the other a result."""
    rival = next((c for c in fitting if _same_sentence(c, best) and not agrees(figure, c.fact)
                  and _singled_out(figure, c.fact, best.fact)), None)
    if rival:
        return _differs(figure, rival, len(fitting))
    claimed = _figure(figure)
    if best.fact.status != figure.status:
        return Verdict(claimed, TARGET_ONLY, source_of(best), candidates=len(fitting),
                       note=f"the claim reads as {_status(figure.status)}, "
                            f"the source states {_status(best.fact.status)}")
    return Verdict(claimed, MATCHES, source_of(best), candidates=len(fitting),
                   note=_note(figure, best.fact))


def _singled_out(figure: Fact, fact: Fact, other: Fact) -> bool:
    """Do the claim's metric words set `fact` apart from `other` by at least `SINGLED_OUT`?
    (`100 trường hợp` of Hà Tĩnh and `150` of Quảng Trị in one sentence: a claim about
    Hà Tĩnh is about the first.) Words keep their accents (`Tĩnh` is not `tỉnh`), a
    capitalised word (a name) weighs 2, and the organizations' names do not count."""
    claim = _weighted_words(figure.metric)
    names = set(_weighted_words(fact.organization)) | set(_weighted_words(other.organization))
    own = set(_weighted_words(fact.metric)) - names
    others = set(_weighted_words(other.metric)) - names
    def score(words: set[str]) -> int:
        return sum(claim[w] for w in words & claim.keys())
    return score(own - others) >= score(others - own) + SINGLED_OUT


def _weighted_words(text: str | None) -> dict[str, int]:
    words = WORD.findall(unicodedata.normalize("NFC", expand_abbreviations(text or "")))
    weights: dict[str, int] = {}
    for word in words:
        lower = word.casefold()
        if lower not in STOPWORDS and not word.isdigit():
            weights[lower] = max(weights.get(lower, 0), 2 if word[0].isupper() else 1)
    return weights


def _same_sentence(a: Candidate, b: Candidate) -> bool:
    return a.fact.article_id == b.fact.article_id and a.sentence_start == b.sentence_start


def _differs(figure: Fact, best: Candidate, candidates: int) -> Verdict:
    difference = figure.value - best.fact.value
    percent = 100 * difference / best.fact.value if best.fact.value else None
    return Verdict(_figure(figure), DIFFERS, source_of(best), difference, percent, candidates,
                   _note(figure, best.fact))


def _found(figure: Fact, candidates: list[Candidate], own: list[Candidate]) -> Found:
    organization_facts = [c for c in candidates
                          if figure.organization and same_organization(figure, c.fact)]
    stored_name = organization_facts[0].fact.organization if organization_facts else None
    seen, other_periods = set(), []
    for candidate in rank(figure, own):
        if _id(candidate) not in seen:
            seen.add(_id(candidate))
            other_periods.append(source_of(candidate))
    return Found(stored_name, len({_id(c) for c in organization_facts}), other_periods[:5])


def _when(candidate: Candidate) -> str:
    if claim_period(candidate.fact):
        return claim_period(candidate.fact)
    if candidate.years:
        return "no period, in an article about " + ", ".join(map(str, sorted(candidate.years)))
    return f"no period, in an article of {(candidate.published or '')[:10]}"


def _id(candidate: Candidate) -> str:
    return candidate.fact_id or candidate.fact.id


def _status(status: str) -> str:
    return {"target": "a target (chỉ tiêu, kế hoạch)", "actual": "a result (đã đạt)"}.get(
        status, status)


def _note(figure: Fact, fact: Fact) -> str | None:
    notes = []
    if figure.comparator != fact.comparator:
        notes.append(f"the claim says {figure.comparator} {_n(figure.value)}, "
                     f"the source {fact.comparator} {_n(fact.value)}")
    if figure.status != fact.status:
        notes.append(f"the claim reads as {figure.status}, the source figure is {fact.status}")
    if _other_base(figure, fact):
        notes.append(f"the claim says out of {_n(figure.denominator)}, "
                     f"the source out of {_n(fact.denominator)}")
    if not claim_period(fact) and claim_period(figure):
        notes.append("the source gives no date")
    return "; ".join(notes) or None


def _figure(fact: Fact) -> Figure:
    admitted = figure_range(fact)
    exact = fact.comparator in (None, "=") and admitted.high - admitted.low == 0
    low, high = (fact.value, fact.value) if exact else (admitted.low, admitted.high)
    return Figure(fact.raw, fact.value, fact.unit, fact.organization, fact.metric,
                  claim_period(fact), fact.comparator, fact.status, low, high)


def source_of(candidate: Candidate) -> Source:
    fact = candidate.fact
    return Source(
        fact_id=candidate.fact_id or fact.id, raw=fact.raw, value=fact.value, unit=fact.unit,
        organization=fact.organization, metric=fact.metric, period=claim_period(fact),
        comparator=fact.comparator, status=fact.status, sentence=candidate.sentence,
        highlight=_highlight(candidate), article_id=fact.article_id, title=candidate.title,
        published=candidate.published, url=candidate.url,
    )


def _highlight(candidate: Candidate) -> tuple[int, int]:
    """Where the figure sits in its sentence (offsets are stored against the article body)."""
    start = candidate.fact.start - candidate.sentence_start
    if candidate.sentence[start:start + len(candidate.fact.raw)] != candidate.fact.raw:
        start = max(candidate.sentence.find(candidate.fact.raw), 0)
    return start, start + len(candidate.fact.raw)


def all_match(verdicts: list[Verdict]) -> bool:
    return bool(verdicts) and all(v.verdict == MATCHES for v in verdicts)


def exit_code(verdicts: list[Verdict]) -> int:
    """0 when every figure matches; 1 when one is contradicted (differs, target-only,
    other period, other organization); else 3 (a figure is not found)."""
    if all_match(verdicts):
        return EXIT_MATCHES
    if any(v.verdict in CONTRADICTED for v in verdicts):
        return EXIT_CONTRADICTED
    return EXIT_NOT_FOUND


# Presentation: the same verdicts as JSON or as text for a reader.

LABELS = {  # Vietnamese first, English beside
    MATCHES: "KHỚP / MATCHES",
    DIFFERS: "SAI LỆCH / DIFFERS",
    TARGET_ONLY: "CHỈ LÀ CHỈ TIÊU / TARGET-ONLY",
    OTHER_PERIOD: "KHÁC THỜI GIAN / OTHER PERIOD",
    OTHER_ORGANIZATION: "KHÁC TỔ CHỨC / OTHER ORGANIZATION",
    NOT_FOUND: "KHÔNG TÌM THẤY / NOT FOUND",
}


def to_document(claim: str, verdicts: list[Verdict]) -> dict:
    """The JSON document of one claim: `claim`, `all_match`, `exit_code`, `verdicts`."""
    return {"claim": claim, "all_match": all_match(verdicts), "exit_code": exit_code(verdicts),
            "verdicts": [asdict(v) for v in verdicts]}


def to_json(claim: str, verdicts: list[Verdict], indent: int | None = 2) -> str:
    return json.dumps(to_document(claim, verdicts), ensure_ascii=False, indent=indent)


def to_text(claim: str, verdicts: list[Verdict], style=None) -> str:
    """A reader's report. `style(text, role)` decorates; without it the figure in the
    source sentence is marked with [brackets]."""
    style = style or _plain_style
    lines = [f"Claim: {claim}"]
    for verdict in verdicts:
        lines += [""] + _verdict_lines(verdict, style)
    counts = {word: sum(v.verdict == word for v in verdicts) for word in VERDICTS}
    lines += ["", "Summary: " + ", ".join(f"{n} {word}" for word, n in counts.items() if n) + "."]
    return "\n".join(lines)


def _plain_style(text: str, role: str) -> str:
    return f"[{text}]" if role == "figure" else text


def _verdict_lines(verdict: Verdict, style) -> list[str]:
    figure = verdict.figure
    about = ", ".join(x for x in (figure.organization, figure.metric, figure.period) if x)
    head = f"{style(LABELS[verdict.verdict], verdict.verdict)}  " + \
        (f"{figure.raw} ({about})" if about else figure.raw)
    if verdict.verdict == NOT_FOUND:
        return [head] + _found_lines(verdict.found, figure, style)
    source = verdict.source
    if verdict.verdict == DIFFERS:
        percent = "" if verdict.percent_difference is None else \
            f", {_signed(verdict.percent_difference, 1)}%"
        outcome = (f"{head}: nguồn ghi / the source says {source.raw} "
                   f"(claim {_signed(verdict.difference)}{percent})")
    else:
        outcome = f"{head}: nguồn ghi / the source says {source.raw}"
    lines = [outcome] + _quote_lines(source, style)
    if verdict.note:
        lines.append(f"  note: {verdict.note}")
    return lines


def _found_lines(found: Found, figure: Figure, style) -> list[str]:
    if figure.organization and found.organization is None:
        lines = [f"  không có số liệu nào của tổ chức này / no stored figure of "
                 f"{figure.organization}"]
    elif figure.organization:
        lines = [f"  {found.organization}: {found.organization_facts} stored figures, "
                 "none of this unit and metric for this period"]
    else:
        lines = ["  no stored figure of this unit and metric for this period"]
    for source in found.other_periods:
        lines.append(f"  for {source.period or 'no period'}: {source.raw}")
    return lines


def _quote_lines(source: Source, style) -> list[str]:
    start, end = source.highlight
    sentence = source.sentence
    quoted = sentence[:start] + style(sentence[start:end], "figure") + sentence[end:]
    where = " · ".join((source.organization or "no organization", source.period or "no period",
                        source.title or "untitled", source.published or "no date",
                        source.url or "no URL"))
    return [f"  “{quoted}”", f"  {where}"]


def _n(value: float, decimals: int | None = None) -> str:
    """A number the Vietnamese way: 2985 -> 2.985, 117.78 -> 117,78."""
    if decimals is None:
        text = f"{value:,.10f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _signed(value: float, decimals: int | None = None) -> str:
    return ("+" if value > 0 else "") + _n(value, decimals)
