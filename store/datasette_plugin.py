"""datasette plugin (entry point ``solieu``): SQL functions for the canned queries, and each
fact's sentence shown with the figure highlighted and a link to the source article."""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils import escape_fts, tilde_encode
from markupsafe import Markup, escape

from store.search import fold, parse_number

_SENTENCE_OF_FACT = """
select s.text, s.start, a.url from sentences s join articles a on a.id = s.article_id
where s.id = ?"""


@hookimpl(trylast=True)  # after datasette's own, so that our escape_fts replaces its
def prepare_connection(conn):
    conn.create_function("solieu_fold", 1, fold, deterministic=True)
    conn.create_function("solieu_number", 1, parse_number, deterministic=True)
    conn.create_function("escape_fts", 1, escape_blank_fts, deterministic=True)


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
    if url:
        html += Markup(' <a class="solieu-source" href="{}">bài gốc ↗</a>').format(url)
    return html


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    keys = row.keys() if hasattr(row, "keys") else ()
    if column == "sentence" and {"sentence_start", "start", "end"} <= set(keys) \
            and isinstance(value, str) and row["start"] is not None:
        url = row["url"] if "url" in keys else None
        return highlight(value, row["sentence_start"], row["start"], row["end"], url)
    if table == "facts" and column == "sentence_id" and value is not None:
        return _fact_sentence(row, value, database, datasette)
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
