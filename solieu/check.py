"""Check a quoted claim's figures against the stored facts: `solieu check`.

>>> from solieu.check import check_database
>>> claim = "Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên"
>>> verdicts = check_database("solieu.db", claim)           # doctest: +SKIP
>>> verdicts[0].verdict, verdicts[0].source.raw            # doctest: +SKIP
('matches', '2.985/2500 đoàn viên')

The claim goes through the corpus's own extractor, so its figures carry an organization,
metric, unit, period and comparator read the same way as the stored facts. For each figure:

1. candidates: facts of the same organization (abbreviations resolve), a compatible unit,
   an overlapping period, and a metric that shares at least `MIN_METRIC_SIMILARITY` of the
   claim's metric words;
2. ranking: metric similarity (to one decimal), then whether the value agrees, then whether
   the status (actual/target) agrees, then the relative distance of the values;
3. verdict on the best candidate: `matches` when the values agree within the rounding both
   figures are written with (see `solieu.rounding`), else `differs`; `not found` without one.

A percent stated beside a figure (`2.985/2500 đoàn viên (đạt 119%)`) is a figure of its own,
in the claim and in the sources. A figure that is not its organization's is also looked for
among the other organizations' (`Verdict.elsewhere`): quoting the wrong body is common.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import regex
import sqlite_utils

from extract import numbers
from extract.pipeline import extract_article
from extract.records import Article, Fact
from solieu.compare import (
    metric_similarity,
    organization_key,
    organization_keys,
    periods_overlap,
    units_compatible,
)
from solieu.rounding import Range, admitted_range
from store import queries
from store.db import open_existing

MATCHES, DIFFERS, NOT_FOUND = "matches", "differs", "not found"
MIN_METRIC_SIMILARITY = 0.3
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


@dataclass
class Figure:
    """One figure of the claim, as the extractor read it, with the values it admits."""

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
class Verdict:
    figure: Figure
    verdict: str  # MATCHES, DIFFERS or NOT_FOUND
    source: Source | None = None
    difference: float | None = None  # claimed value - source value
    percent_difference: float | None = None  # the difference in percent of the source value
    candidates: int = 0  # stored facts about the same thing (organization, unit, period, metric)
    note: str | None = None
    # When the figure is not its organization's: the same figure stated about another one
    # (a misattributed figure is a common error in quoting).
    elsewhere: Source | None = None


def check_database(db_path: str | Path, claim: str) -> list[Verdict]:
    """Check `claim` against the database at `db_path` (which must exist)."""
    return check_claim(open_existing(db_path), claim)


def check_claim(db: sqlite_utils.Database, claim: str) -> list[Verdict]:
    """One verdict per figure of `claim`, in the order the figures appear."""
    if not queries.fact_count(db):
        raise CannotCheck("the database holds no facts yet: build it with `solieu run`")
    figures = claim_figures(claim)
    if not figures:
        raise CannotCheck(f"no figure found in the claim: {claim!r}")
    known = queries.organizations(db)
    verdicts = []
    for figure in figures:
        verdict = judge(figure, rank(figure, stored_candidates(db, figure, known)))
        if verdict.verdict != MATCHES and figure.organization:
            found = same_figure_elsewhere(figure, stored_candidates(db, _anyone(figure), known))
            verdict.elsewhere = source_of(found) if found else None
        verdicts.append(verdict)
    return verdicts


def claim_figures(claim: str) -> list[Fact]:
    """The claim's figures, read by the corpus's extractor, in the order they are written."""
    body = claim.strip()
    _, facts = extract_article(Article(id="claim", body=body))
    figures = [fact for fact in facts if fact.value is not None]
    percents = [view for fact in figures if (view := percent_view(fact, body, 0))]
    return sorted(figures + percents, key=lambda fact: fact.start)


def stored_candidates(db: sqlite_utils.Database, figure: Fact, known: list[str]) -> list[Candidate]:
    """Stored facts of the figure's organization (of any, when the claim names none)."""
    names = None
    if figure.organization:
        key = organization_key(figure.organization)
        names = [name for name in known if key in organization_keys(name)]
    candidates = [_candidate(row) for row in queries.candidate_facts(db, names)]
    return candidates + [replace(c, fact=view) for c in candidates
                         if (view := percent_view(c.fact, c.sentence, c.sentence_start))]


def percent_view(fact: Fact, sentence: str, sentence_start: int) -> Fact | None:
    """The percent stated beside a figure (`2.985/2500 đoàn viên (đạt 119%)`) as a figure of
    its own, pointing at where the sentence states it. FACTS.md files it in the ratio's
    fact; a claim may quote it alone, and a claim may state one beside its own figure."""
    if fact.percent is None or fact.unit == "%":
        return None
    view = replace(fact, value=fact.percent, unit="%", comparator="=")
    at = fact.start - sentence_start
    stated = [m for m in STATED_PERCENT.finditer(sentence)
              if math.isclose(numbers.parse_number(m[1]).value, fact.percent)]
    if not stated:
        return view
    nearest = min(stated, key=lambda m: abs(m.start() - at))
    return replace(view, raw=nearest.group(), start=sentence_start + nearest.start(),
                   end=sentence_start + nearest.end())


def _candidate(row: dict) -> Candidate:
    fact_fields = {k: row[k] for k in Fact.__dataclass_fields__ if k in row}
    return Candidate(
        fact=Fact(**fact_fields), sentence=row["sentence"], sentence_start=row["sentence_start"],
        title=row["title"], published=row["published"], url=row["url"], fact_id=row["id"],
    )


def is_candidate(figure: Fact, fact: Fact) -> bool:
    """Could `fact` be the source of `figure`? Same organization, compatible unit,
    overlapping period, similar enough metric."""
    if figure.organization and (
            organization_key(figure.organization) not in organization_keys(fact.organization)):
        return False
    return (units_compatible(figure.unit, fact.unit)
            and periods_overlap(figure.period or figure.term, fact.period or fact.term)
            and metric_similarity(figure.metric, fact.metric) >= MIN_METRIC_SIMILARITY)


def _anyone(figure: Fact) -> Fact:
    return replace(figure, organization=None)


def same_figure_elsewhere(figure: Fact, candidates: list[Candidate]) -> Candidate | None:
    """The best-ranked fact of another organization that agrees with `figure`."""
    own = organization_key(figure.organization) if figure.organization else None
    others = [c for c in candidates if own not in organization_keys(c.fact.organization)]
    return next((c for c in rank(_anyone(figure), others) if agrees(figure, c.fact)), None)


def figure_range(fact: Fact) -> Range:
    return admitted_range(fact.value, fact.raw, fact.comparator)


def agrees(figure: Fact, fact: Fact) -> bool:
    """Can both figures be true, given the rounding each is written with? A ratio's
    denominator, when both state one, must be the same too (`109/150` is not `109/156`)."""
    return figure_range(figure).overlaps(figure_range(fact)) and not _other_base(figure, fact)


def _other_base(figure: Fact, fact: Fact) -> bool:
    return (figure.denominator is not None and fact.denominator is not None
            and not math.isclose(figure.denominator, fact.denominator))


def rank(figure: Fact, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that could be `figure`'s source, most likely first."""
    def key(candidate: Candidate):
        fact = candidate.fact
        distance = abs(figure.value - fact.value) / max(abs(fact.value), 1e-9)
        return (-round(metric_similarity(figure.metric, fact.metric), 1),
                not agrees(figure, fact), fact.status != figure.status, distance,
                fact.article_id, fact.start)

    return sorted((c for c in candidates if is_candidate(figure, c.fact)), key=key)


def judge(figure: Fact, ranked: list[Candidate]) -> Verdict:
    """The verdict on `figure` given its ranked candidates."""
    claimed = _figure(figure)
    if not ranked:
        return Verdict(claimed, NOT_FOUND)
    best = ranked[0]
    source = source_of(best)
    if agrees(figure, best.fact):
        return Verdict(claimed, MATCHES, source, candidates=len(ranked),
                       note=_note(figure, best.fact))
    difference = figure.value - best.fact.value
    percent = 100 * difference / best.fact.value if best.fact.value else None
    return Verdict(claimed, DIFFERS, source, difference, percent, len(ranked),
                   _note(figure, best.fact))


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
    return "; ".join(notes) or None


def _figure(fact: Fact) -> Figure:
    admitted = figure_range(fact)
    return Figure(fact.raw, fact.value, fact.unit, fact.organization, fact.metric,
                  fact.period or fact.term, fact.comparator, fact.status,
                  admitted.low, admitted.high)


def source_of(candidate: Candidate) -> Source:
    fact = candidate.fact
    return Source(
        fact_id=candidate.fact_id or fact.id, raw=fact.raw, value=fact.value, unit=fact.unit,
        organization=fact.organization, metric=fact.metric, period=fact.period or fact.term,
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
    return all(v.verdict == MATCHES for v in verdicts)


def exit_code(verdicts: list[Verdict]) -> int:
    """0 when every figure matches, 1 when any differs or is not found."""
    return 0 if all_match(verdicts) else 1


# Presentation: the same verdicts as JSON or as text for a reader.

def to_json(claim: str, verdicts: list[Verdict]) -> str:
    document = {"claim": claim, "all_match": all_match(verdicts),
                "verdicts": [asdict(v) for v in verdicts]}
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_text(claim: str, verdicts: list[Verdict], style=None) -> str:
    """A reader's report. `style(text, role)` decorates; without it the figure in the
    source sentence is marked with [brackets]."""
    style = style or _plain_style
    lines = [f"Claim: {claim}"]
    for verdict in verdicts:
        lines += [""] + _verdict_lines(verdict, style)
    counts = {word: sum(v.verdict == word for v in verdicts)
              for word in (MATCHES, DIFFERS, NOT_FOUND)}
    lines += ["", "Summary: " + ", ".join(f"{n} {word}" for word, n in counts.items() if n) + "."]
    return "\n".join(lines)


def _plain_style(text: str, role: str) -> str:
    return f"[{text}]" if role == "figure" else text


def _verdict_lines(verdict: Verdict, style) -> list[str]:
    figure = verdict.figure
    about = ", ".join(x for x in (figure.organization, figure.metric, figure.period) if x)
    head = f"{figure.raw} ({about})" if about else figure.raw
    if verdict.verdict == NOT_FOUND:
        return [f"{style('NOT FOUND', NOT_FOUND)}  {head}",
                "  no stored figure of this organization, unit, period and metric"] + \
            _elsewhere_lines(verdict.elsewhere, style)
    source = verdict.source
    if verdict.verdict == MATCHES:
        outcome = f"{style('MATCHES', MATCHES)}  {head}: the source says {source.raw}"
    else:
        percent = "" if verdict.percent_difference is None else \
            f", {_signed(verdict.percent_difference, 1)}%"
        outcome = (f"{style('DIFFERS', DIFFERS)}  {head}: the source says {source.raw} "
                   f"(claim {_signed(verdict.difference)}{percent})")
    lines = [outcome] + _quote_lines(source, style)
    if verdict.note:
        lines.append(f"  note: {verdict.note}")
    return lines + _elsewhere_lines(verdict.elsewhere, style)


def _quote_lines(source: Source, style) -> list[str]:
    start, end = source.highlight
    sentence = source.sentence
    quoted = sentence[:start] + style(sentence[start:end], "figure") + sentence[end:]
    where = " · ".join((source.title or "untitled", source.published or "no date",
                        source.url or "no URL"))
    return [f"  “{quoted}”", f"  {where}"]


def _elsewhere_lines(elsewhere: Source | None, style) -> list[str]:
    if elsewhere is None:
        return []
    about = elsewhere.organization or "another organization"
    heading = f"  the same figure is stated about {about}: {elsewhere.raw}"
    return [heading] + _quote_lines(elsewhere, style)


def _n(value: float, decimals: int | None = None) -> str:
    """A number the Vietnamese way: 2985 -> 2.985, 117.78 -> 117,78."""
    if decimals is None:
        text = f"{value:,.10f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _signed(value: float, decimals: int | None = None) -> str:
    return ("+" if value > 0 else "") + _n(value, decimals)
