"""Read-only queries for figure checking (`solieu check`) and the corpus audit (`solieu audit`).

The audit is plain SQL so that datasette can serve the very same statement as a canned
query (`AUDIT_SQL`); `solieu audit` runs it too.
"""
from __future__ import annotations

import json

import sqlite_utils


# Every fact with where it came from, and what the audit derives: the percent its ratio
# gives, and whether a number in it is malformed: thousands groups that are not three digits
# long (`7.261.045351`, `1.5`, `2.30`), or marked malformed by the extractor.
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
AUDIT_SQL = f"""with {_LOCATED},
exact as (
  select * from located
  where comparator = '=' and not malformed and value is not null
    and organization is not null and metric is not null and period is not null
),
conflict_groups as (
  select organization, metric, period, unit, status,
         group_concat(distinct printf('%.15g', value)) as values_seen
  from exact
  group by organization, metric, period, unit, status
  having count(distinct value) > 1
),
conflicting as (
  select exact.*, g.values_seen
  from exact
  join conflict_groups g
    on g.organization = exact.organization and g.metric = exact.metric
   and g.period = exact.period and g.unit is exact.unit and g.status is exact.status
)
select 'malformed' as problem, {_COLUMNS},
       'not a well-formed number (Vietnamese format: 1.234.567,8)' as detail
from located
where malformed
union all
select 'inconsistent', {_COLUMNS},
       printf('%.15g/%.15g = %.2f%%, stated %.15g%%',
              numerator, denominator, computed_percent, percent)
from located
where not malformed and percent is not null and computed_percent is not null
  and abs(100.0 * numerator / denominator - percent) > 1
union all
select 'conflict', {_COLUMNS},
       'values for the same organization, metric and period: ' || values_seen
from conflicting
order by problem, organization, article_id, fact_id"""

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
order by f.article_id, f.start"""


def fact_count(db: sqlite_utils.Database) -> int:
    return db.execute("select count(*) from facts").fetchone()[0]


def organizations(db: sqlite_utils.Database) -> list[str]:
    """Every organization name facts are attributed to, as stored."""
    sql = "select distinct organization from facts where organization is not null"
    return [row[0] for row in db.execute(sql)]


def candidate_facts(db: sqlite_utils.Database, organizations: list[str] | None) -> list[dict]:
    """Facts with a value (of these organizations; of any when None), with their
    sentence, its start offset in the body, and the article's title, date and URL."""
    names = None if organizations is None else json.dumps(organizations, ensure_ascii=False)
    return list(db.query(_CANDIDATES_SQL, {"organizations": names}))


def audit_problems(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query(AUDIT_SQL))


def arithmetic_checks(db: sqlite_utils.Database) -> list[dict]:
    """Every percent stated beside a numerator/denominator, with its verdict."""
    return list(db.query(ARITHMETIC_SQL))
