"""datasette plugin (entry point ``solieu``): SQL functions for the canned queries, each
fact's sentence shown with the figure highlighted and a link to the source article, numbers
in Vietnamese format, the pages of the canned queries that list facts (100 rows a page, links
to the next and previous page and to every row at once), the journalist's desk (store/desk_pages.py: home, facts, organizations,
phrase search, articles; the claim check is the application's plugin, solieu/desk_check.py), CSV that Excel opens (UTF-8 with a byte order mark),
and a Content-Security-Policy on every page.

Articles come from the web, so what they hold is hostile until shown otherwise: every value
is escaped (markupsafe), only http(s) URLs become links, and the CSP lets no script run but
datasette's own (its static files, and its inline scripts by their hashes).
"""
from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import datasette as datasette_package
from datasette import hookimpl
from datasette.utils import escape_fts, tilde_decode, tilde_encode
from markupsafe import Markup, escape

from solieu.store import desk, desk_pages
from solieu.store.queries import CANNED_SQL, PAGE_PARAMETER, PAGE_ROWS, page_number
from solieu.store.search import fold, parse_number

_SENTENCE_OF_FACT = """
select s.text, s.start, a.url from sentences s join articles a on a.id = s.article_id
where s.id = ?"""


@hookimpl(trylast=True)  # after datasette's own, so that our escape_fts replaces its
def prepare_connection(conn):
    conn.create_function("solieu_fold", 1, fold, deterministic=True)
    conn.create_function("solieu_number", 1, parse_number, deterministic=True)
    conn.create_function("escape_fts", 1, escape_blank_fts, deterministic=True)
    conn.create_function("solieu_outlet", 1, desk.outlet, deterministic=True)
    conn.create_function("solieu_page", 1, page_number, deterministic=True)


@hookimpl
def register_routes(datasette):
    return desk_pages.routes()


def escape_blank_fts(query: str | None) -> str:
    """datasette's escape_fts, but a blank search matches nothing instead of failing with
    "fts5: syntax error" (an empty search box submits ``_search=``)."""
    return escape_fts(query or "") or '""'


def highlight(sentence: str, sentence_start: int, start: int, end: int, url: str | None) -> Markup:
    """The sentence, its figure (body offsets start:end) in <mark>, and a source link."""
    begin, stop = start - sentence_start, end - sentence_start
    if 0 <= begin < stop <= len(sentence):
        html = Markup("{}<mark>{}</mark>{}").format(
            sentence[:begin], sentence[begin:stop], sentence[stop:])
    else:  # offsets that do not fit: show the sentence, never a wrong highlight
        html = escape(sentence)
    if safe_link(url):
        html += Markup(' <a class="solieu-source" href="{}">bài gốc ↗</a>').format(url)
    return html


def safe_link(url: str | None) -> str | None:
    """`url` if it may be a link: http or https to a host; never javascript:, data:, ..."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


NUMBER_COLUMNS = frozenset({"value", "numerator", "denominator", "percent", "computed_percent"})


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    keys = row.keys() if hasattr(row, "keys") else ()
    if column == "sentence" and {"sentence_start", "start", "end"} <= set(keys) \
            and isinstance(value, str) and row["start"] is not None:
        url = row["url"] if "url" in keys else None
        return highlight(value, row["sentence_start"], row["start"], row["end"], url)
    if table == "facts" and column == "sentence_id" and value is not None:
        return _fact_sentence(row, value, database, datasette)
    if column in NUMBER_COLUMNS and table in (None, "facts", "facts_view") \
            and isinstance(value, (int, float)) and not isinstance(value, bool):
        return desk.vn_number(value)  # 2985.0 -> 2.985, 117.78 -> 117,78 (HTML only)
    if column == "id" and table in (None, "facts_view") and "sentence_start" in keys:
        # a fact in a query result or in facts_view: its id opens the fact's own page
        return Markup('<a href="{}">{}</a>').format(
            datasette.urls.row(database, "facts", tilde_encode(value)), value)
    return None


async def _fact_sentence(row, value, database, datasette):
    sentence_id = value["value"] if isinstance(value, dict) else value
    found = (await datasette.get_database(database).execute(
        _SENTENCE_OF_FACT, [sentence_id])).first()
    if found is None or row["start"] is None:
        return None
    return highlight(found["text"], found["start"], row["start"], row["end"], found["url"])


# -- Pages of the canned queries that list facts ------------------------------------------

PAGED_QUERIES = frozenset(name for name, sql in CANNED_SQL.items()
                          if f":{PAGE_PARAMETER}" in sql)


@hookimpl
def extra_template_vars(template, database, request):
    """`solieu_pages` for query.html on a canned query that pages (store/queries.py): the
    page shown, and the links to the previous, next and first page and to every row."""
    if request is None or not template.startswith("query") or database is None:
        return {}
    name = tilde_decode(request.url_vars.get("table") or "")
    if name not in PAGED_QUERIES:
        return {}
    page = page_number(request.args.get(PAGE_PARAMETER))
    args = [(k, v) for k, v in parse_qsl(request.query_string, keep_blank_values=True)
            if k != PAGE_PARAMETER]

    def href(number: int, suffix: str = "", *extra: tuple[str, str]) -> str:
        return request.path + suffix + "?" + urlencode(args + [(PAGE_PARAMETER, number), *extra])

    return {"solieu_pages": {
        "page": page, "size": PAGE_ROWS,
        "prev_href": href(page - 1) if page > 1 else None,
        "next_href": href(page + 1) if page >= 1 else None,
        "first_href": href(1),
        "all_href": href(0),
        "all_csv_href": href(0, ".csv", ("_dl", "1")),
    }}


# -- Content-Security-Policy --------------------------------------------------------------

INLINE_SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.S)
# table.html's one templated inline script, in the two forms it renders to.
TEMPLATED_SCRIPTS = ("DATASETTE_ALLOW_FACET = true;", "DATASETTE_ALLOW_FACET = false;")


@lru_cache(maxsize=1)
def content_security_policy() -> str:
    """No script but datasette's: its /-/static files ('self') and the inline scripts of its
    templates, allowed by hash, read from the installed datasette so an upgrade stays allowed.
    No plugin of ours adds inline script (extra_body_script)."""
    templates = Path(datasette_package.__file__).parent / "templates"
    scripts = set(TEMPLATED_SCRIPTS)
    for template in templates.glob("*.html"):
        scripts.update(body for body in INLINE_SCRIPT_RE.findall(template.read_text("utf-8"))
                       if "{{" not in body and "{%" not in body)
    hashes = " ".join(sorted(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        for body in scripts))
    return ("default-src 'self'; script-src 'self' " + hashes + "; style-src 'self' "
            "'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


@hookimpl
def asgi_wrapper(datasette):
    policy = content_security_policy().encode("ascii")

    def wrap(app):
        async def with_policy(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            bom = [False]  # a CSV body still to be given its byte order mark

            async def send_with_policy(event):
                if event["type"] == "http.response.start":
                    headers = [(k, v) for k, v in event.get("headers", [])
                               if k.lower() not in (b"content-security-policy",
                                                    b"x-content-type-options")]
                    if _is_csv(scope, event, headers):
                        bom[0] = True
                        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    headers += [(b"content-security-policy", policy),
                                (b"x-content-type-options", b"nosniff")]
                    event = {**event, "headers": headers}
                elif event["type"] == "http.response.body" and bom[0]:
                    bom[0] = False
                    event = {**event, "body": BOM + event.get("body", b"")}
                await send(event)

            await app(scope, receive, send_with_policy)
        return with_policy
    return wrap


# -- CSV for Excel ----------------------------------------------------------------------------

# Excel reads a CSV file as the local code page unless it starts with UTF-8's byte order mark:
# without it, "Đoàn viên" opens garbled. datasette 0.65 has no setting for it,
# so every CSV response (tables, views, canned queries, `.csv` with or without `_dl`) gets one.
BOM = "\ufeff".encode("utf-8")


def _is_csv(scope, event, headers) -> bool:
    if event.get("status") != 200 or not scope.get("path", "").endswith(".csv"):
        return False
    content_type = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
    return content_type.startswith((b"text/csv", b"text/plain"))
