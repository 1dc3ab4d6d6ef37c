"""The journalist's desk: the pages the datasette plugin adds (store/datasette_plugin.py
registers them), server-rendered, no script of their own.

| URL | page |
|---|---|
| ``/`` | home: what is here and where to start |
| ``/-/kiem-tra?claim=`` | check a claim or a paragraph (`solieu.desk_check`: it runs the application's checker, so it is registered by the application, not here) |
| ``/-/so-lieu?q=&p=`` | the figures, newest first, each sentence with its figure highlighted |
| ``/-/to-chuc?ten=`` / ``?id=`` | an organization's figures over time, and its articles |
| ``/-/tim?q=`` | phrase search over the sentences, the hit highlighted |
| ``/-/bai/<id>`` | an article's clean text with its figures highlighted |

Every value is escaped by the templates (autoescape) or by markupsafe; only http(s) URLs
become links (`desk.safe_link`).
"""
from __future__ import annotations

from urllib.parse import quote, urlencode

from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from solieu.store import desk
from solieu.store.migrations import FACTS_JOINED
from solieu.store.search import fold

PAGE_SIZE = 50

# Each fact with its sentence and article (facts_view's columns, by joins: these pages sort
# many facts by date), and its organization's page. Counts read facts_view, which counts from
# the facts table alone (store/migrations.py).
FACT_COLUMNS = "f.*, (select o.id from organizations o where o.name = f.organization) as org_id"
FACTS_FROM = f"from {FACTS_JOINED} f"
NEWEST_FIRST = "order by coalesce(f.published, '') desc, f.article_id, f.start"


def routes():
    return [
        (r"^/$", home),
        (r"^/-/so-lieu$", facts_page),
        (r"^/-/to-chuc$", organization_page),
        (r"^/-/tim$", search_page),
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


# -- facts ----------------------------------------------------------------------------------

def _page_number(request) -> int:
    try:
        return max(1, int(request.args.get("p") or 1))
    except ValueError:
        return 1


async def facts_page(datasette, request):
    db = datasette.get_database()
    q = (request.args.get("q") or "").strip()
    page = _page_number(request)
    where = ""
    if q:
        where = """where f.sentence_id in (
                       select id from sentences where rowid in (
                           select rowid from sentences_fts where sentences_fts match escape_fts(:q)))
                   or instr(solieu_fold(f.organization), solieu_fold(:q)) > 0
                   or instr(solieu_fold(f.metric), solieu_fold(:q)) > 0"""
    rows = await _rows(db, f"select {FACT_COLUMNS} {FACTS_FROM} {where} {NEWEST_FIRST} "
                           f"limit {PAGE_SIZE + 1} offset {(page - 1) * PAGE_SIZE}", {"q": q})
    total = (await _rows(db, f"select count(*) as n from facts_view f {where}", {"q": q}))[0]["n"]
    queries = [{"name": name, "title": query.get("title", name),
                "href": datasette.urls.query(db.name, name)}
               for name, query in (await datasette.get_canned_queries(db.name, None)).items()]
    return await render(
        datasette, request, "desk_facts.html", page_title="Số liệu", q=q, total=total,
        facts=[fact_view(r) for r in rows[:PAGE_SIZE]], page=page,
        next_href=_page_href(request.path, q, page + 1) if len(rows) > PAGE_SIZE else None,
        prev_href=_page_href(request.path, q, page - 1) if page > 1 else None,
        queries=queries, csv_href=datasette.urls.table(db.name, "facts_view", format="csv")
        + "?" + urlencode({"_stream": "on", "_dl": "1", "_sort_desc": "published"}))


def _page_href(path: str, q: str, page: int) -> str:
    return path + "?" + urlencode({k: v for k, v in (("q", q), ("p", page)) if v})


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


async def organization_page(datasette, request):
    db = datasette.get_database()
    org_id, name = request.args.get("id"), (request.args.get("ten") or "").strip()
    context = {"ten": name, "organization": None, "matches": [], "facts": [], "articles": []}
    if org_id:
        found = await _rows(db, "select id, name, aliases from organizations where id = :id",
                            {"id": org_id})
    else:
        context["matches"] = matches = await _rows(db, ORGANIZATIONS_MATCHING, {"org": name})
        for match in matches:
            match["href"] = organization_href(match["id"])
        exact = [m for m in matches if fold(m["name"]) == fold(name)]
        found = exact[:1] or (matches if name and len(matches) == 1 else [])
    if found:
        organization = found[0]
        context["organization"] = organization
        params = {"name": organization["name"]}
        facts = await _rows(db, f"""select {FACT_COLUMNS} {FACTS_FROM}
            where f.organization = :name
            order by coalesce(f.period, f.term, substr(f.published, 1, 10), '') desc,
                     coalesce(f.published, '') desc, f.article_id, f.start""", params)
        context["facts"] = [fact_view(r) for r in facts]
        articles = await _rows(db, """select a.id, a.title, a.url, a.published, count(*) as facts
            from facts f join articles a on a.id = f.article_id where f.organization = :name
            group by a.id order by coalesce(a.published, '') desc, a.id""", params)
        context["articles"] = [{**a, **article_view(a)} for a in articles]
        context["csv_href"] = datasette.urls.query(db.name, "figures_for_organization") + \
            ".csv?" + urlencode({"org": organization["name"], "trang": "0", "_dl": "1"})
    return await render(datasette, request, "desk_organization.html",
                         page_title=context["organization"]["name"] if found else "Tổ chức",
                         **context)


# -- phrase search --------------------------------------------------------------------------

async def search_page(datasette, request):
    db = datasette.get_database()
    q = (request.args.get("q") or "").strip()
    hits = []
    if q:
        rows = await _rows(db, """select s.id, s.text, s.article_id, a.title, a.url, a.published,
                (select count(*) from facts where facts.sentence_id = s.id) as facts
            from sentences s join articles a on a.id = s.article_id
            where s.rowid in (select rowid from sentences_fts where sentences_fts match :phrase)
            order by coalesce(a.published, '') desc, s.article_id, s.idx
            limit 200""", {"phrase": desk.fts_phrase(q)})
        for row in rows:
            spans = desk.phrase_spans(row["text"], q)
            hits.append({**row, **article_view(row),
                         "text_html": desk.marked(row["text"], spans)})
    return await render(datasette, request, "desk_search.html", page_title="Tìm câu", q=q,
                         hits=hits)


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
