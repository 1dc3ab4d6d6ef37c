"""Read-only queries for figure checking (`solieu check`) and the corpus audit (`solieu audit`).

The audit is plain SQL so that datasette can serve the very same statement as a canned
query (`AUDIT_SQL`); `solieu audit` runs it too.
"""
from __future__ import annotations

import json

import sqlite_utils

from solieu.store.migrations import EXACT_FACT, FACTS_JOINED, INCONSISTENT_RATIO, MALFORMED_FACT


# Every fact with where it came from, and what the arithmetic check derives: the percent its
# ratio gives, and whether a number in it is malformed: thousands groups that are not three
# digits long (`7.261.045351`, `1.5`, `2.30`), or marked malformed by the extractor
# (migrations.MALFORMED_FACT).
_LOCATED = f"""located as (
  select f.id as fact_id, f.article_id, f.title, f.url, f.published, f.organization,
         f.metric, coalesce(f.period, f.term) as period, f.unit, f.status, f.comparator,
         f.raw, f.value, f.numerator, f.denominator, f.percent, f.sentence,
         f.sentence_start, f.start, f."end",
         case when f.denominator != 0
              then round(100.0 * f.numerator / f.denominator, 2) end as computed_percent,
         ({MALFORMED_FACT}) as malformed
  from {FACTS_JOINED} f
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
select p.problem, f.id as fact_id, f.article_id, f.title, f.url, f.published, f.organization,
       f.metric, coalesce(f.period, f.term) as period, f.unit, f.status, f.raw, f.value,
       f.numerator, f.denominator, f.percent,
       case when f.denominator != 0
            then round(100.0 * f.numerator / f.denominator, 2) end as computed_percent,
       f.sentence, f.sentence_start, f.start, f."end", p.detail
from problems p
join facts_view f on f.id = (select id from facts where rowid = p.fact_rowid)
order by p.problem, f.organization, f.article_id, f.id"""

ARITHMETIC_SQL = f"""with {_LOCATED}
select {_COLUMNS},
       case when malformed then 'malformed'
            when abs(100.0 * numerator / denominator - percent) > 1 then 'inconsistent'
            else 'consistent' end as verdict
from located
where percent is not null and numerator is not null and denominator != 0
order by article_id, start"""

_CANDIDATES_SQL = f"""
select f.* from {FACTS_JOINED} f
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


# The canned queries that list facts show them a page at a time: PAGE_ROWS rows, the page
# chosen by the parameter `trang` (page; empty: the first). A page of 1 000 rows took 200-350
# ms to render as HTML at 10 000 articles, a page of 100 a tenth of that (issue 16). `trang` 0
# gives every row at once, as these queries did before: at most 1 000, datasette's
# max_returned_rows, which reads one more row to mark the list cut (for CSV and JSON users).
PAGE_ROWS = 100
PAGE_PARAMETER = "trang"
_PAGED = f"""
-- {PAGE_ROWS} dòng một trang · rows a page: :trang 1, 2, ... (empty: 1); 0: every row, up to
-- the 1 000 datasette shows (max_returned_rows; it reads one more to say the list was cut)
limit case solieu_page(:trang) when 0 then 1001 else {PAGE_ROWS} end
offset {PAGE_ROWS} * max(solieu_page(:trang) - 1, 0)"""


def page_number(value: str | None) -> int:
    """The page `trang` asks for: its number (0: every row), 1 when empty or not a number."""
    text = str(value or "").strip()
    return int(text) if text.isascii() and text.isdigit() else 1


# The canned queries datasette serves (their titles and parameters: store/metadata.yml;
# store/publish.py puts each statement beside them).
CANNED_SQL = {
    "figures_for_organization": """\
with wanted as (
  -- each word typed, in order, as a word of the name or of one of its aliases
  select solieu_fold(:org) as q, '% ' || replace(solieu_fold(:org), ' ', ' %') || ' %' as words),
names as (
  select o.name from organizations o, wanted
  where wanted.q != '' and (
    ' ' || solieu_fold(o.name) || ' ' like wanted.words
    or exists (select 1 from json_each(o.aliases) a
               where ' ' || solieu_fold(a.value) || ' ' like wanted.words))
)
select f.id, f.organization, f.metric, f.raw, f.value, f.unit, f.numerator,
       f.denominator, f.percent, f.comparator, f.status, f.period, f.sentence,
       f.title, f.url, f.published, f.sentence_start, f.start, f."end"
from facts_view f
where f.organization in (select name from names)
order by f.published desc, f.article_id, f.start, f.id""" + _PAGED,
    "figure_by_number": """\
with wanted as (select solieu_number(:number) as n),
span as (select n - 1e-9 * abs(n) - 1e-9 as low, n + 1e-9 * abs(n) + 1e-9 as high
         from wanted where n is not null)
select f.id, f.raw, f.value, f.numerator, f.denominator, f.percent, f.unit,
       f.organization, f.metric, f.status, f.period, f.sentence, f.title, f.url,
       f.published, f.sentence_start, f.start, f."end"
from facts_view f, span
where f.value between span.low and span.high
   or f.numerator between span.low and span.high
   or f.denominator between span.low and span.high
   or f.percent between span.low and span.high
order by f.published desc, f.article_id, f.start, f.id""" + _PAGED,
    "percentages_that_do_not_add_up": """\
select f.id, f.consistency, f.raw, f.numerator, f.denominator, f.percent,
       case when f.denominator != 0
            then round(100.0 * f.numerator / f.denominator, 2) end as computed_percent,
       f.organization, f.metric, f.period, f.sentence, f.title, f.url, f.published,
       f.sentence_start, f.start, f."end"
from facts_view f
where f.consistency in ('inconsistent', 'malformed')
order by f.published desc, f.article_id, f.start, f.id""" + _PAGED,
    "targets_of_a_term": """\
-- The page's targets are chosen on the facts table alone, through idx_facts_targets (one
-- term and organization after another: only the blocks the page shows are sorted by their
-- articles' dates); only those are joined to their sentence and article.
with wanted as (
  select replace(replace(replace(trim(:term), ' ', ''), '–', '-'), '—', '-') as term),
page as (
  select f.id, f.term, f.organization, f.article_id, f.start,
         (select a.published from articles a where a.id = f.article_id) as published
  from facts f
  where f.status = 'target'
    and ((select term from wanted) = '' or instr(f.term, (select term from wanted)) > 0
         or (f.term is null and f.period = (select term from wanted)))
  order by f.term, f.organization, published desc, f.article_id, f.start, f.id""" + _PAGED + """)
select f.id, f.term, f.organization, f.metric, f.raw, f.value, f.unit,
       f.comparator, f.percent, f.period, f.sentence, f.title, f.url, f.published,
       f.sentence_start, f.start, f."end"
from page join facts_view f on f.id = page.id
order by page.term, page.organization, page.published desc, page.article_id, page.start,
         page.id""",
    "latest_crawl_runs": """\
select id, kind, started, finished,
       round((julianday(finished) - julianday(started)) * 86400) as seconds,
       version, counts, json_array_length(errors) as error_count, errors
from runs
where kind = coalesce(nullif(trim(:kind), ''), 'crawl')
order by id desc
limit 50""",
    "search_sentences": """\
-- A common word matches a large share of all sentences: rank (bm25) only the
-- 10 000 matches stored last (the highest rowids), inside the full-text index, and
-- join only the best 500 (with every match tied with the 500th, since ties are
-- broken by date) to their sentence and article.
with newest as (
  select rowid from sentences_fts where sentences_fts match escape_fts(:q)
  order by rowid desc limit 1 offset 9999
),
hits as materialized (
  select rowid, rank from sentences_fts
  where sentences_fts match escape_fts(:q)
    and rowid >= coalesce((select rowid from newest), 0)
),
cutoff as (select rank from hits order by rank limit 1 offset 499),
best as (
  select s.rowid, hits.rank, a.published
  from hits
  join sentences s on s.rowid = hits.rowid
  join articles a on a.id = s.article_id
  where hits.rank <= coalesce((select rank from cutoff), 1e308)
  order by hits.rank, a.published desc, s.article_id, s.idx
  limit 500
)
select s.id as sentence_id, s.text as sentence_text, a.title, a.url, a.published,
       (select count(*) from facts where facts.sentence_id = s.id) as facts
from best
join sentences s on s.rowid = best.rowid
join articles a on a.id = s.article_id
order by best.rank, a.published desc, s.article_id, s.idx""",
    "audit": AUDIT_SQL + _PAGED,
}
