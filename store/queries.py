"""Read-only queries for figure checking (`solieu check`) and the corpus audit (`solieu audit`).

The audit is plain SQL so that datasette can serve the very same statement as a canned
query (`AUDIT_SQL`); `solieu audit` runs it too.
"""
from __future__ import annotations

import json

import sqlite_utils

from solieu.store.migrations import EXACT_FACT, INCONSISTENT_RATIO, MALFORMED_FACT


# Every fact with where it came from, and what the arithmetic check derives: the percent its
# ratio gives, and whether a number in it is malformed: thousands groups that are not three
# digits long (`7.261.045351`, `1.5`, `2.30`), or marked malformed by the extractor (the same
# test as migrations.MALFORMED_FACT, with the columns qualified: articles has a `raw` too).
_LOCATED = """located as (
  select f.id as fact_id, f.article_id, a.title, a.url, a.published, f.organization,
         f.metric, coalesce(f.period, f.term) as period, f.unit, f.status, f.comparator,
         f.raw, f.value, f.numerator, f.denominator, f.percent, s.text as sentence,
         s.start as sentence_start, f.start, f."end",
         case when f.denominator != 0
              then round(100.0 * f.numerator / f.denominator, 2) end as computed_percent,
         (coalesce(f.consistency, '') = 'malformed'
          or f.raw glob '*[0-9].[0-9][0-9][0-9][0-9]*'
          or f.raw glob '*[0-9].[0-9][0-9][^0-9]*' or f.raw glob '*[0-9].[0-9][0-9]'
          or f.raw glob '*[0-9].[0-9][^0-9]*' or f.raw glob '*[0-9].[0-9]') as malformed
  from facts f
  join sentences s on s.id = f.sentence_id
  join articles a on a.id = f.article_id
)"""

_COLUMNS = """fact_id, article_id, title, url, published, organization, metric, period, unit,
       status, raw, value, numerator, denominator, percent, computed_percent, sentence,
       sentence_start, start, "end" """

# The three problems. A stated percent more than 1 point away from what its ratio gives
# (FACTS.md) is inconsistent. Exact figures for the same organization, metric, unit, status
# and known period with different values conflict, in different articles or in one.
# Each problem is found on the facts table alone, through indexes; only the facts with a
# problem are then joined to their sentence and article (reading every fact's would cost
# time in proportion to the archive).
AUDIT_SQL = f"""with malformed as (
  select rowid from facts
  where {MALFORMED_FACT}
),
exact as not materialized (
  select rowid, organization, metric, coalesce(period, term) as period, unit, status, value
  from facts
  where {EXACT_FACT}
    and rowid not in malformed
),
candidate_groups as (
  -- a cheap pass over the index (no distinct values to collect), malformed facts included
  select organization, metric, coalesce(period, term) as period, unit, status
  from facts
  where {EXACT_FACT}
  group by organization, metric, coalesce(period, term), unit, status
  having min(value) < max(value)
),
conflict_groups as (
  select g.organization, g.metric, g.period, g.unit, g.status,
         group_concat(distinct printf('%.15g', exact.value)) as values_seen
  from candidate_groups g
  join exact
    on exact.organization = g.organization and exact.metric = g.metric
   and exact.period = g.period and exact.unit is g.unit and exact.status is g.status
  group by g.organization, g.metric, g.period, g.unit, g.status
  having count(distinct exact.value) > 1
),
problems as (
  select 'malformed' as problem, rowid as fact_rowid,
         'not a well-formed number (Vietnamese format: 1.234.567,8)' as detail
  from malformed
  union all
  select 'inconsistent', rowid,
         printf('%.15g/%.15g = %.2f%%, stated %.15g%%', numerator, denominator,
                round(100.0 * numerator / denominator, 2), percent)
  from facts
  where {INCONSISTENT_RATIO}
    and raw is not null and rowid not in malformed
  union all
  select 'conflict', exact.rowid,
         'values for the same organization, metric and period: ' || g.values_seen
  from conflict_groups g
  join exact
    on exact.organization = g.organization and exact.metric = g.metric
   and exact.period = g.period and exact.unit is g.unit and exact.status is g.status
)
select p.problem, f.id as fact_id, f.article_id, a.title, a.url, a.published, f.organization,
       f.metric, coalesce(f.period, f.term) as period, f.unit, f.status, f.raw, f.value,
       f.numerator, f.denominator, f.percent,
       case when f.denominator != 0
            then round(100.0 * f.numerator / f.denominator, 2) end as computed_percent,
       s.text as sentence, s.start as sentence_start, f.start, f."end", p.detail
from problems p
join facts f on f.rowid = p.fact_rowid
join sentences s on s.id = f.sentence_id
join articles a on a.id = f.article_id
order by p.problem, f.organization, f.article_id, f.id"""

ARITHMETIC_SQL = f"""with {_LOCATED}
select {_COLUMNS},
       case when malformed then 'malformed'
            when abs(100.0 * numerator / denominator - percent) > 1 then 'inconsistent'
            else 'consistent' end as verdict
from located
where percent is not null and numerator is not null and denominator != 0
order by article_id, start"""

_CANDIDATES_SQL = """
select f.id, f.article_id, s.idx as sentence_idx, f.organization, f.metric, f.value,
       f.unit, f.numerator, f.denominator, f.percent, f.comparator, f.status, f.period,
       f.term, f.raw, f.start, f."end", s.text as sentence, s.start as sentence_start,
       a.title, a.published, a.url
from facts f
join sentences s on s.id = f.sentence_id
join articles a on a.id = f.article_id
where f.value is not null
  and (:organizations is null or f.organization in (select value from json_each(:organizations)))
  and (:low is null or f.value between :low and :high
       or f.percent between :low and :high)
order by f.article_id, f.start"""


def fact_count(db: sqlite_utils.Database) -> int:
    return db.execute("select count(*) from facts").fetchone()[0]


def organizations(db: sqlite_utils.Database) -> list[str]:
    """Every organization name facts are attributed to, as stored."""
    sql = "select distinct organization from facts where organization is not null"
    return [row[0] for row in db.execute(sql)]


def candidate_facts(db: sqlite_utils.Database, organizations: list[str] | None,
                    values: tuple[float, float] | None = None) -> list[dict]:
    """Facts with a value (of these organizations; of any when None; whose value or stated
    percent lies in `values` when given), with their sentence, its start offset in the
    body, and the article's title, date and URL."""
    names = None if organizations is None else json.dumps(organizations, ensure_ascii=False)
    low, high = values or (None, None)
    return list(db.query(_CANDIDATES_SQL, {"organizations": names, "low": low, "high": high}))


def article_text(db: sqlite_utils.Database, article_id: str) -> tuple[str | None, str | None]:
    """An article's clean body and its publication date."""
    row = db.execute("select body, published from articles where id = ?", [article_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def audit_problems(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query(AUDIT_SQL))


def arithmetic_checks(db: sqlite_utils.Database) -> list[dict]:
    """Every percent stated beside a numerator/denominator, with its verdict."""
    return list(db.query(ARITHMETIC_SQL))


ORGANIZATIONS_SQL = """
select organization, coalesce(org_source, '') as org_source, count(*) as facts
from facts where organization is not null and organization != ''
group by organization, org_source order by organization, org_source
"""


def organization_sources(db: sqlite_utils.Database) -> list[dict]:
    """Each stored organization name with where it came from (`sentence`, `context`, `title`)
    and how many facts have it."""
    return list(db.query(ORGANIZATIONS_SQL))
