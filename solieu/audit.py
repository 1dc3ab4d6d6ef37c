"""Corpus-wide problems a journalist should know about: `solieu audit`.

>>> from solieu.audit import audit_database
>>> report = audit_database("solieu.db")            # doctest: +SKIP
>>> [(p.problem, p.raw) for p in report.problems]   # doctest: +SKIP
[('malformed', '7.261.045351đ/2.900.000.000đ')]

Three kinds of problem, all found by one SQL statement (`solieu.store.queries.AUDIT_SQL`, also
served by datasette as the canned query `audit`):

- `malformed`: a number in the source whose thousands groups are not three digits long
  (`7.261.045351đ`), or a fact the extractor marked malformed;
- `inconsistent`: a stated percent more than 1 point away from its numerator/denominator;
- `conflict`: exact figures for the same organization, metric, unit, status and period
  with different values, in different articles or in one.

The report also lists every percent that could be checked against its ratio, so that a
reader sees what was found consistent, not only what was flagged; and a sanity check of the
organization names (issue 12): names that end in a number or a function word, hold a person's
name, are cut mid-name or keep an abbreviation (`solieu.extract.facts.orgs.name_problems`), and how many
facts took their organization from the sentence, from the sentences before, or from the title.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import sqlite_utils
from tabulate import tabulate

from solieu.extract.facts.orgs import NAME_PROBLEMS, name_problems
from solieu.store import queries
from solieu.store.db import open_existing

PROBLEM_KINDS = ("malformed", "inconsistent", "conflict")


@dataclass
class Located:
    """A fact, the sentence it came from and its article (the columns both queries share)."""

    fact_id: str
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    organization: str | None
    metric: str | None
    period: str | None
    unit: str | None
    status: str | None
    raw: str
    value: float | None
    numerator: float | None
    denominator: float | None
    percent: float | None
    computed_percent: float | None  # 100 * numerator / denominator, rounded to 2 decimals
    sentence: str
    sentence_start: int  # offsets into the article body: the figure is
    start: int  # sentence[start - sentence_start:end - sentence_start]
    end: int


@dataclass
class Problem(Located):
    problem: str = ""  # one of PROBLEM_KINDS
    detail: str = ""


@dataclass
class ArithmeticCheck(Located):
    verdict: str = ""  # consistent, inconsistent or malformed


@dataclass
class SuspiciousName:
    organization: str
    facts: int
    problems: list[str]  # keys of solieu.extract.facts.orgs.NAME_PROBLEMS


@dataclass
class AuditReport:
    problems: list[Problem] = field(default_factory=list)
    arithmetic: list[ArithmeticCheck] = field(default_factory=list)
    suspicious_names: list[SuspiciousName] = field(default_factory=list)
    org_sources: dict[str, int] = field(default_factory=dict)  # sentence/context/title -> facts

    def counts(self) -> dict[str, int]:
        found = Counter(p.problem for p in self.problems)
        return {kind: found[kind] for kind in PROBLEM_KINDS}

    def summary(self) -> str:
        checks = Counter(c.verdict for c in self.arithmetic)
        problems = ", ".join(f"{n} {kind}" for kind, n in self.counts().items())
        sources = ", ".join(f"{n} of unknown source" if source == "unknown" else
                            f"{n} from the {source}" for source, n in self.org_sources.items())
        return (f"{len(self.arithmetic)} percentages checked against their ratio "
                f"({checks['consistent']} consistent, {checks['inconsistent']} inconsistent, "
                f"{checks['malformed']} malformed); problems: {problems}; "
                f"{len(self.suspicious_names)} suspicious organization names; "
                f"organizations: {sources or 'none'}.")


def audit_database(db_path: str | Path) -> AuditReport:
    """Audit the database at `db_path` (which must exist)."""
    return audit(open_existing(db_path))


def audit(db: sqlite_utils.Database) -> AuditReport:
    names, sources = Counter(), Counter()
    for row in queries.organization_sources(db):
        names[row["organization"]] += row["facts"]
        sources[row["org_source"] or "unknown"] += row["facts"]
    suspicious = [SuspiciousName(name, n, found) for name, n in names.items()
                  if (found := name_problems(name))]
    return AuditReport(
        problems=[_record(Problem, row) for row in queries.audit_problems(db)],
        arithmetic=[_record(ArithmeticCheck, row) for row in queries.arithmetic_checks(db)],
        suspicious_names=suspicious,
        org_sources={s: sources[s] for s in ("sentence", "context", "title", "unknown") if sources[s]},
    )


def _record(cls, row: dict):
    return cls(**{f.name: row[f.name] for f in fields(cls)})


def to_json(report: AuditReport) -> str:
    document = {"counts": report.counts(), "summary": report.summary(), **asdict(report)}
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_text(report: AuditReport, width: int = 60) -> str:
    """The problems as a table for the terminal, the suspicious organization names, then the
    summary line."""
    parts = []
    if report.problems:
        rows = [(p.problem, _cut(p.organization, 40), _cut(p.raw, 32), _cut(p.detail, width),
                 _cut(p.title, 40)) for p in report.problems]
        parts.append(tabulate(rows, headers=("problem", "organization", "figure", "detail",
                                             "article")))
    if report.suspicious_names:
        rows = [(_cut(n.organization, width), n.facts,
                 "; ".join(NAME_PROBLEMS[p] for p in n.problems)) for n in report.suspicious_names]
        parts.append("Tên tổ chức đáng ngờ · Suspicious organization names\n"
                     + tabulate(rows, headers=("organization", "facts", "why")))
    if not parts:
        return f"No problems found. {report.summary()}"
    return "\n\n".join(parts + [report.summary()])


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"
