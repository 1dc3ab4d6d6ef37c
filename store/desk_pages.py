"""The journalist's desk: the pages the datasette plugin adds (store/datasette_plugin.py
registers them), server-rendered, no script of their own.

| URL | page |
|---|---|
| ``/`` | home: what is here and where to start |
| ``/-/kiem-tra?claim=`` | check a claim or a paragraph (`solieu.desk_check`: it runs the application's checker, so it is registered by the application, not here) |
| ``/-/so-lieu?q=&trang=`` | the figures, newest first, each sentence with its figure highlighted |
| ``/-/to-chuc?ten=`` / ``?id=&trang=&trang_bai=`` | an organization's figures over time, and its articles |
| ``/-/tim?q=&trang=`` | phrase search over the sentences, the hit highlighted |
| ``/-/so-lieu.csv?q=``, ``/-/to-chuc.csv?id=``, ``/-/tim.csv?q=`` | every row of that page's list, as CSV |

The lists are shown a page at a time, as the canned queries are (store/queries.py): PAGE_ROWS
(100) rows a page, chosen by ``trang`` (1, 2, ...; empty or not a number: 1), with links to the
previous and next page; the CSV beside each list has every row, in the same order. Each page
reads only what it shows (issue 16: < 200 ms at 10 000 articles): figures and sentences newest
first are read by walking the articles newest first (index idx_articles_newest) and stopping
once the page is full, or, when a search matches few sentences, from those sentences.
| ``/-/bai/<id>`` | an article's clean text with its figures highlighted |

Every value is escaped by the templates (autoescape) or by markupsafe; only http(s) URLs
become links (`desk.safe_link`).
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
import math
import threading
from urllib.parse import parse_qsl, quote, urlencode

from datasette.utils import tilde_encode
from datasette.utils.asgi import AsgiStream, Response

from solieu.store import desk
from solieu.store.migrations import FACTS_JOINED
from solieu.store.queries import PAGE_PARAMETER, PAGE_ROWS, page_number
from solieu.store.search import fold

# A search that finds more than this many figures says "more than 10 000": counting them all
# would read every match (~130 ms for "đoàn viên" at 10 000 articles); the pages and the CSV
# still reach every one.
COUNT_LIMIT = 10_000
# A search matching at most this many sentences (and figures by organization or metric) reads
# its matches and sorts them; one matching more walks the articles newest first and stops when
# the page is full (a common word fills a page within the newest articles). Same rows, same
# order: only the cost differs.
FEW_MATCHES = 5_000

# Each fact of an article with its sentence and article (facts_view's columns, by joins), and
# its organization's page.
FACT_COLUMNS = "f.*, (select o.id from organizations o where o.name = f.organization) as org_id"
FACTS_FROM = f"from {FACTS_JOINED} f"


def routes():
    return [
        (r"^/$", home),
        (r"^/-/so-lieu$", facts_page),
        (r"^/-/so-lieu\.csv$", facts_csv),
        (r"^/-/to-chuc$", organization_page),
        (r"^/-/to-chuc\.csv$", organization_csv),
        (r"^/-/tim$", search_page),
        (r"^/-/tim\.csv$", search_csv),
        (r"^/-/bai/(?P<article_id>[^/]+)$", article_page),
    ]


def article_href(article_id: str) -> str:
    return "/-/bai/" + quote(str(article_id), safe="")


def organization_href(org_id: str) -> str:
    return "/-/to-chuc?" + urlencode({"id": org_id})


async def render(datasette, request, template: str, **context) -> Response:
    db = datasette.get_database()
    context.setdefault("database", db.name)
    context["metadata"] = datasette.metadata()
    context["nav_items"] = NAV
    context["path"] = request.path
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html)


NAV = [
    ("/", "Trang chủ", "Home"),
    ("/-/kiem-tra", "Kiểm tra số liệu", "Check a claim"),
    ("/-/so-lieu", "Số liệu", "Figures"),
    ("/-/to-chuc", "Tổ chức", "Organizations"),
    ("/-/tim", "Tìm câu", "Search"),
]


async def _rows(db, sql: str, params=None) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params or {})).rows]


def fact_view(row: dict) -> dict:
    """A fact as a page shows it: the sentence with its figure marked, the figure in
    Vietnamese format, period, status, and the article's title, date, outlet and links."""
    start = row["start"] - row["sentence_start"] if row.get("start") is not None else None
    spans = [(start, start + row["end"] - row["start"])] if start is not None else []
    return {
        **row,
        "sentence_html": desk.marked(row["sentence"] or "", spans),
        "figure": desk.figure_text(row),
        "period_text": desk.period_text(row.get("period") or row.get("term")),
        "status_text": desk.status_text(row.get("status")),
        "org_href": organization_href(row["org_id"]) if row.get("org_id") else None,
        **article_view(row),
    }


def article_view(row: dict) -> dict:
    return {
        "article_href": article_href(row["article_id"] if "article_id" in row else row["id"]),
        "link": desk.safe_link(row.get("url")),
        "outlet": desk.outlet(row.get("url")),
        "date": desk.date_text(row.get("published")),
    }


# -- home -----------------------------------------------------------------------------------

async def home(datasette, request):
    db = datasette.get_database()
    counts = (await _rows(db, """select
        (select count(*) from articles) as articles, (select count(*) from facts) as facts,
        (select count(*) from organizations) as organizations"""))[0]
    by_outlet: dict[str, int] = {}
    for row in await _rows(db, "select url from articles"):
        name = desk.outlet(row["url"]) or "không rõ (không có đường dẫn) · unknown (no URL)"
        by_outlet[name] = by_outlet.get(name, 0) + 1
    return await render(
        datasette, request, "desk_home.html", page_title="solieu", counts=counts,
        outlets=sorted(by_outlet.items(), key=lambda item: (-item[1], item[0])))


# -- pages and CSV ----------------------------------------------------------------------------

def page_asked(request, parameter: str = PAGE_PARAMETER, old: str | None = None) -> int:
    """The page a list is asked for (store/queries.py page_number): 1, 2, ...; empty, not a
    number or 0: 1 (every row is the CSV's). `old`: the parameter a page used before."""
    value = request.args.get(parameter)
    if value is None and old:
        value = request.args.get(old)
    return max(1, page_number(value))


def pager(request, page: int, more: bool, total: int | None = None,
          parameter: str = PAGE_PARAMETER, drop: tuple[str, ...] = ("p",)) -> dict:
    """What the page links show: the page, how many pages when the total is known, and the
    previous and next pages' addresses (the request's other parameters kept)."""
    args = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True)
            if k != parameter and k not in drop]

    def href(number: int) -> str:
        return request.path + "?" + urlencode(args + ([(parameter, number)] if number > 1 else []))

    pages = max(1, math.ceil(total / PAGE_ROWS)) if total is not None else None
    return {"page": page, "size": PAGE_ROWS, "pages": pages,
            "prev_href": href(min(page - 1, pages or page - 1)) if page > 1 else None,
            "next_href": href(page + 1) if more else None}


def count_text(total: int, exact: bool = True) -> str:
    """``12.345``, or ``hơn 10.000`` for a count stopped at COUNT_LIMIT."""
    return desk.vn_number(total) if exact else f"hơn {desk.vn_number(COUNT_LIMIT)}"


def csv_response(db, filename: str, sql: str, params: dict, columns: list[str]) -> AsgiStream:
    """Every row of `sql` as CSV (`columns` of each row, in that order), streamed: read in the
    database's thread a thousand rows at a time while the previous ones are sent, so that a
    list of any length is never held whole in memory. The plugin adds Excel's byte order mark
    (datasette_plugin.asgi_wrapper: paths ending in .csv)."""
    async def stream(writer):
        loop = asyncio.get_running_loop()
        chunks: asyncio.Queue = asyncio.Queue(maxsize=4)
        stopped = threading.Event()

        def put(chunk) -> None:
            asyncio.run_coroutine_threadsafe(chunks.put(chunk), loop).result()

        def produce(conn) -> None:
            try:
                cursor = conn.execute(sql, params)
                names = [d[0] for d in cursor.description]
                out = io.StringIO()
                csv.writer(out).writerow(columns)
                put(out.getvalue())
                while not stopped.is_set():
                    rows = cursor.fetchmany(1000)
                    if not rows:
                        break
                    out = io.StringIO()
                    write = csv.writer(out).writerow
                    for row in rows:
                        record = dict(zip(names, row))
                        write(["" if record[c] is None else record[c] for c in columns])
                    put(out.getvalue())
            finally:
                put(None)

        reading = asyncio.ensure_future(db.execute_fn(produce))
        try:
            while (chunk := await chunks.get()) is not None:
                await writer.write(chunk)
        finally:
            stopped.set()
            while not reading.done():  # let the reader finish: it waits for room to put
                try:
                    await asyncio.wait_for(chunks.get(), timeout=1)
                except asyncio.TimeoutError:
                    pass
            reading.result()

    return AsgiStream(stream, content_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="{filename}"'})


async def fact_csv_columns(db) -> list[str]:
    """The columns of facts_view, in its order: what the CSV of a list of figures holds."""
    return [r["name"] for r in await _rows(db, 'pragma table_info("facts_view")')]


# The facts of a list page, with their sentence and article (facts_view's columns) and their
# organization's page: `{keys}` lists the page's facts (rowid as fact_rowid), in order.
PAGE_OF_FACTS = """with page as materialized ({keys} limit :limit offset :offset)
select f.*, s.text as sentence, s.start as sentence_start, a.title, a.url, a.published,
       (select o.id from organizations o where o.name = f.organization) as org_id
from page
join facts f on f.rowid = page.fact_rowid
join sentences s on s.id = f.sentence_id
join articles a on a.id = f.article_id
{order}"""
# Every fact of a list, with the columns of facts_view, for its CSV.
ALL_FACTS = """select f.*,
       (select s.text from sentences s where s.id = f.sentence_id) as sentence,
       (select s.start from sentences s where s.id = f.sentence_id) as sentence_start,
       a.title, a.url, a.published
{source} {order}"""


# -- facts ----------------------------------------------------------------------------------

NEWEST_FIRST = "order by a.published desc, a.id, f.start, f.id"
EVERY_FACT = "from articles a cross join facts f on f.article_id = a.id"
# The names (organizations, metrics) that contain what was typed, accents and case aside: each
# distinct name once, read from its index, not once per fact.
NAMES_CONTAINING = """with names as materialized (
  select {column} as name from facts where {column} is not null group by {column})
select name from names where instr(solieu_fold(name), solieu_fold(:q)) > 0"""
SENTENCES_MATCHING = "select rowid from sentences_fts where sentences_fts match escape_fts(:q)"
# A figure is found by its sentence (every word typed, any order, accents optional: full-text
# search), its organization or its metric (what was typed inside the name, accents optional).
FACT_FOUND = f"""(f.organization in (select value from json_each(:orgs))
  or f.metric in (select value from json_each(:metrics))
  or (select s.rowid from sentences s where s.id = f.sentence_id) in ({SENTENCES_MATCHING}))"""
# The same figures read from the matches: few sentences, few figures of the names.
FACTS_FOUND_FROM_MATCHES = f"""from (
  select f.rowid as r from sentences_fts m
  join sentences s on s.rowid = m.rowid join facts f on f.sentence_id = s.id
  where sentences_fts match escape_fts(:q)
  union select rowid from facts where organization in (select value from json_each(:orgs))
  union select rowid from facts where metric in (select value from json_each(:metrics))
) found
cross join facts f on f.rowid = found.r
join articles a on a.id = f.article_id"""
# (counted up to FEW_MATCHES + 1 only: that is all the choice needs, and a common word's
# hundreds of thousands of matches are not read)
MATCHES = f"""select (select count(*) from ({SENTENCES_MATCHING} limit {FEW_MATCHES + 1}))
  + (select count(*) from facts where organization in (select value from json_each(:orgs)))
  + (select count(*) from facts where metric in (select value from json_each(:metrics))) as n"""


async def _facts_search(db, q: str) -> tuple[str, dict, int, bool]:
    """Where the facts page reads its figures: the SQL `from ... where ...` (f: the fact, a:
    its article), its parameters, how many figures it finds, and whether that is exact
    (else: more than COUNT_LIMIT)."""
    if not q:
        total = (await _rows(db, "select count(*) as n from facts"))[0]["n"]
        return EVERY_FACT, {}, total, True
    params = {"q": q}
    for key, column in (("orgs", "organization"), ("metrics", "metric")):
        names = await _rows(db, NAMES_CONTAINING.format(column=column), params)
        params[key] = json.dumps([n["name"] for n in names], ensure_ascii=False)
    matches = (await _rows(db, MATCHES, params))[0]["n"]
    if matches <= FEW_MATCHES:
        source = FACTS_FOUND_FROM_MATCHES
        total = (await _rows(db, f"select count(*) as n {source}", params))[0]["n"]
        return source, params, total, True
    source = f"{EVERY_FACT} where {FACT_FOUND}"
    counted = (await _rows(db, f"""select count(*) as n from (select 1 from facts f
        where {FACT_FOUND} limit {COUNT_LIMIT + 1})""", params))[0]["n"]
    return source, params, min(counted, COUNT_LIMIT), counted <= COUNT_LIMIT


async def facts_page(datasette, request):
    db = datasette.get_database()
    q = (request.args.get("q") or "").strip()
    page = page_asked(request, old="p")
    source, params, total, exact = await _facts_search(db, q)
    keys = f"select f.rowid as fact_rowid {source} {NEWEST_FIRST}"
    rows = await _rows(db, PAGE_OF_FACTS.format(keys=keys, order=NEWEST_FIRST), {
        **params, "limit": PAGE_ROWS + 1, "offset": (page - 1) * PAGE_ROWS})
    queries = [{"name": name, "title": query.get("title", name),
                "href": datasette.urls.query(db.name, name)}
               for name, query in (await datasette.get_canned_queries(db.name, None)).items()]
    return await render(
        datasette, request, "desk_facts.html", page_title="Số liệu", q=q,
        total=count_text(total, exact), facts=[fact_view(r) for r in rows[:PAGE_ROWS]],
        pager=pager(request, page, len(rows) > PAGE_ROWS, total if exact else None),
        queries=queries, csv_href="/-/so-lieu.csv" + ("?" + urlencode({"q": q}) if q else ""))


async def facts_csv(datasette, request):
    """Every figure the facts page lists for `q` (every figure without), in its order."""
    db = datasette.get_database()
    q = (request.args.get("q") or "").strip()
    source, params, _, _ = await _facts_search(db, q)
    return csv_response(db, "so-lieu.csv", ALL_FACTS.format(source=source, order=NEWEST_FIRST),
                        params, await fact_csv_columns(db))


# -- organizations --------------------------------------------------------------------------

ORGANIZATIONS_MATCHING = """
with wanted as (
  select solieu_fold(:org) as q, '% ' || replace(solieu_fold(:org), ' ', ' %') || ' %' as words)
select o.id, o.name, (select count(*) from facts f where f.organization = o.name) as facts
from organizations o, wanted
where wanted.q = '' or ' ' || solieu_fold(o.name) || ' ' like wanted.words
   or exists (select 1 from json_each(o.aliases) a
              where ' ' || solieu_fold(a.value) || ' ' like wanted.words)
order by facts desc, o.name"""
# An organization's figures over time: the period they are about, newest first (a figure
# without one: its article's date), then its article's date.
ORGANIZATION_FACTS = "from facts f join articles a on a.id = f.article_id where f.organization = :name"
OVER_TIME = """order by coalesce(f.period, f.term, substr(a.published, 1, 10), '') desc,
         a.published desc, a.id, f.start, f.id"""
# The organization's articles, newest first, with how many of its figures each holds.
ORGANIZATION_ARTICLES = """select a.id, a.title, a.url, a.published, n.facts
from (select article_id, count(*) as facts from facts where organization = :name
      group by article_id) n
join articles a on a.id = n.article_id
order by a.published desc, a.id
limit :limit offset :offset"""
ARTICLES_PARAMETER = "trang_bai"


async def _organization(db, request) -> tuple[dict | None, dict]:
    """The organization asked for (by `id`, or by a name `ten` that only one matches) and
    what the page lists when none is."""
    org_id, name = request.args.get("id"), (request.args.get("ten") or "").strip()
    context = {"ten": name, "organization": None, "matches": []}
    if org_id:
        found = await _rows(db, "select id, name, aliases from organizations where id = :id",
                            {"id": org_id})
    else:
        context["matches"] = matches = await _rows(db, ORGANIZATIONS_MATCHING, {"org": name})
        for match in matches:
            match["href"] = organization_href(match["id"])
        exact = [m for m in matches if fold(m["name"]) == fold(name)]
        found = exact[:1] or (matches if name and len(matches) == 1 else [])
    return (found[0] if found else None), context


async def organization_page(datasette, request):
    db = datasette.get_database()
    organization, context = await _organization(db, request)
    if organization:
        context["organization"] = organization
        params = {"name": organization["name"]}
        page = page_asked(request)
        keys = f"select f.rowid as fact_rowid {ORGANIZATION_FACTS} {OVER_TIME}"
        facts = await _rows(db, PAGE_OF_FACTS.format(keys=keys, order=OVER_TIME), {
            **params, "limit": PAGE_ROWS + 1, "offset": (page - 1) * PAGE_ROWS})
        counts = (await _rows(db, """select count(*) as facts, count(distinct article_id) as
            articles from facts where organization = :name""", params))[0]
        context["facts"] = [fact_view(r) for r in facts[:PAGE_ROWS]]
        context["pager"] = pager(request, page, len(facts) > PAGE_ROWS, counts["facts"])
        articles_page = page_asked(request, ARTICLES_PARAMETER)
        articles = await _rows(db, ORGANIZATION_ARTICLES, {
            **params, "limit": PAGE_ROWS + 1, "offset": (articles_page - 1) * PAGE_ROWS})
        context["articles"] = [{**a, **article_view(a)} for a in articles[:PAGE_ROWS]]
        context["articles_pager"] = pager(request, articles_page, len(articles) > PAGE_ROWS,
                                          counts["articles"], ARTICLES_PARAMETER)
        context["counts"] = {k: count_text(v) for k, v in counts.items()}
        context["csv_href"] = "/-/to-chuc.csv?" + urlencode({"id": organization["id"]})
    return await render(datasette, request, "desk_organization.html",
                         page_title=organization["name"] if organization else "Tổ chức",
                         **context)


async def organization_csv(datasette, request):
    """Every figure of the organization, in the order of its page."""
    db = datasette.get_database()
    organization, _ = await _organization(db, request)
    if not organization:
        return Response.text("Không có tổ chức này · no such organization", status=404)
    return csv_response(db, "to-chuc.csv", ALL_FACTS.format(source=ORGANIZATION_FACTS,
                                                            order=OVER_TIME),
                        {"name": organization["name"]}, await fact_csv_columns(db))


# -- phrase search --------------------------------------------------------------------------

PHRASE_FOUND = "select rowid from sentences_fts where sentences_fts match :phrase"
SENTENCES_IN_ORDER = "order by a.published desc, a.id, s.idx"
# The sentences holding the phrase, newest article first: walking the articles in that order
# (many matches), or from the matches (few).
SENTENCES_WALKED = f"""from articles a cross join sentences s on s.article_id = a.id
where s.rowid in ({PHRASE_FOUND})"""
SENTENCES_FROM_MATCHES = """from sentences_fts m
cross join sentences s on s.rowid = m.rowid
join articles a on a.id = s.article_id
where sentences_fts match :phrase"""
SENTENCE_COLUMNS = """s.id, s.text, s.article_id, a.title, a.url, a.published,
       (select count(*) from facts where facts.sentence_id = s.id) as facts"""


async def _phrase_search(db, q: str) -> tuple[str, dict, int]:
    params = {"phrase": desk.fts_phrase(q)}
    total = (await _rows(db, PHRASE_FOUND.replace("select rowid", "select count(*) as n"),
                         params))[0]["n"]
    return (SENTENCES_FROM_MATCHES if total <= FEW_MATCHES else SENTENCES_WALKED), params, total


async def search_page(datasette, request):
    db = datasette.get_database()
    q = (request.args.get("q") or "").strip()
    hits, context = [], {}
    if q:
        page = page_asked(request)
        source, params, total = await _phrase_search(db, q)
        rows = await _rows(db, f"""select {SENTENCE_COLUMNS} {source} {SENTENCES_IN_ORDER}
            limit :limit offset :offset""",
                           {**params, "limit": PAGE_ROWS + 1, "offset": (page - 1) * PAGE_ROWS})
        for row in rows[:PAGE_ROWS]:
            spans = desk.phrase_spans(row["text"], q)
            hits.append({**row, **article_view(row),
                         "text_html": desk.marked(row["text"], spans)})
        context = {"total": count_text(total), "pager": pager(request, page, len(rows) > PAGE_ROWS,
                                                              total),
                   "csv_href": "/-/tim.csv?" + urlencode({"q": q})}
    return await render(datasette, request, "desk_search.html", page_title="Tìm câu", q=q,
                         hits=hits, **context)


async def search_csv(datasette, request):
    """Every sentence holding the phrase, in the order of the search page."""
    db = datasette.get_database()
    q = (request.args.get("q") or "").strip()
    source, params, _ = await _phrase_search(db, q)
    return csv_response(db, "tim-cau.csv", f"select {SENTENCE_COLUMNS} {source} "
                        f"{SENTENCES_IN_ORDER}", params,
                        ["id", "text", "article_id", "title", "url", "published", "facts"])


# -- article --------------------------------------------------------------------------------

async def article_page(datasette, request):
    db = datasette.get_database()
    article_id = request.url_vars["article_id"]
    found = await _rows(db, """select id, url, title, sapo, published, category, author, body
                               from articles where id = :id""", {"id": article_id})
    if not found:
        return await render(datasette, request, "desk_article.html", page_title="Không có bài",
                             article=None)
    article = found[0]
    facts = await _rows(db, f"select {FACT_COLUMNS} {FACTS_FROM} where f.article_id = :id "
                            "order by f.start", {"id": article_id})
    body = article["body"] or ""
    blocks = []
    for at, line in desk.paragraphs(body):
        if not blocks and line.strip() == (article["title"] or "").strip():
            continue  # the title line: it is the page's heading
        inside = [f for f in facts if at <= f["start"] < f["end"] <= at + len(line)]
        blocks.append(desk.marked(
            line, [(f["start"] - at, f["end"] - at) for f in inside],
            [" · ".join(x for x in (f["organization"], f["metric"],
                                     desk.period_text(f["period"] or f["term"])) if x)
             for f in inside]))
    return await render(
        datasette, request, "desk_article.html", page_title=article["title"] or article_id,
        article={**article, **article_view(article)}, blocks=blocks,
        facts=[fact_view(f) for f in facts],
        raw_href=datasette.urls.row(db.name, "articles", tilde_encode(article_id)))
