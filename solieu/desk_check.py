"""The desk's claim check page, ``/-/kiem-tra?claim=``: one verdict per figure of a pasted
claim or paragraph, with its source. A datasette plugin of its own (entry point
``solieu_check``) beside `solieu.store.datasette_plugin`, because it runs the application's
checker (`solieu.check`, with the extractor) and the store, a layer below, imports no
application module; it renders with the desk's templates and helpers
(`solieu.store.desk_pages`).
"""
from __future__ import annotations

import sys
import threading

from datasette import hookimpl

from solieu.store import desk, desk_pages
from solieu.store.desk_pages import article_href

MAX_CLAIM_CHARS = 20_000
MAX_CLAIMS = 50
# The extractor (spaCy + underthesea) is loaded once, on the first check, and used by one
# thread at a time.
_NLP_LOCK = threading.Lock()


@hookimpl
def register_routes(datasette):
    return [(r"^/-/kiem-tra$", check_page)]


def _check(conn, claims: list[str]):
    import sqlite_utils

    with _NLP_LOCK:
        # `solieu serve` starts without numpy (cli._without_numpy: sqlite-utils would import
        # it for nothing); the extractor needs it, so the first check lets it be imported.
        if "numpy" in sys.modules and sys.modules["numpy"] is None:
            del sys.modules["numpy"]
        from solieu.check import CannotCheck, check_many  # the NLP: loaded on the first check

        try:
            return list(check_many(sqlite_utils.Database(conn), claims)), None
        except CannotCheck as exc:
            return [], str(exc)


async def check_page(datasette, request):
    text = (request.args.get("claim") or "")[:MAX_CLAIM_CHARS]
    claims = [line.strip() for line in text.splitlines() if line.strip()]
    results, error, dropped = [], None, max(0, len(claims) - MAX_CLAIMS)
    if claims:
        checked, error = await datasette.get_database().execute_fn(
            lambda conn: _check(conn, claims[:MAX_CLAIMS]))
        results = [claim_view(c) for c in checked]
    return await desk_pages.render(
        datasette, request, "desk_check.html", page_title="Kiểm tra số liệu", claim=text,
        results=results, error=error, dropped=dropped,
        example="Năm 2016, LĐLĐ quận Ba Đình kết nạp gần 3.000 đoàn viên")


VERDICT_CLASSES = {"matches": "ok", "differs": "bad", "target-only": "bad",
                   "other period": "bad", "other organization": "bad", "not found": "unknown"}


def claim_view(checked) -> dict:
    if checked.error:
        return {"claim": checked.claim, "error": "Không tìm thấy con số nào trong câu này · "
                "no figure found in this line", "verdicts": []}
    return {"claim": checked.claim, "error": None, "exit_code": checked.exit_code,
            "verdicts": [verdict_view(v) for v in checked.verdicts]}


def verdict_view(verdict) -> dict:
    from solieu.check import LABELS

    vi, en = LABELS[verdict.verdict].split(" / ")
    figure = verdict.figure
    view = {
        "verdict": verdict.verdict, "label_vi": vi, "label_en": en,
        "css": VERDICT_CLASSES[verdict.verdict], "figure": figure.raw,
        "organization": figure.organization, "metric": figure.metric,
        "period": desk.period_text(figure.period), "explain": explain(verdict),
        "note": verdict.note, "source": source_view(verdict.source) if verdict.source else None,
        "others": [source_view(s) for s in verdict.found.other_periods] if verdict.found else [],
    }
    return view


def source_view(source) -> dict:
    row = {"value": source.value, "unit": source.unit, "raw": source.raw,
           "comparator": source.comparator}
    return {
        "sentence_html": desk.marked(source.sentence, [tuple(source.highlight)]),
        "raw": source.raw, "figure": desk.figure_text(row),
        "organization": source.organization, "metric": source.metric,
        "period": desk.period_text(source.period), "status": desk.status_text(source.status),
        "title": source.title, "article_href": article_href(source.article_id),
        "link": desk.safe_link(source.url), "outlet": desk.outlet(source.url),
        "date": desk.date_text(source.published),
    }


def explain(verdict) -> str:
    """One line on the verdict, Vietnamese first, English beside."""
    figure, source, kind = verdict.figure, verdict.source, verdict.verdict
    if kind == "matches":
        return f"Nguồn ghi {source.raw} · the source says {source.raw}"
    if kind == "differs":
        diff = ("+" if verdict.difference > 0 else "") + desk.vn_number(verdict.difference)
        pct = "" if verdict.percent_difference is None else \
            f", {'+' if verdict.percent_difference > 0 else ''}{desk.vn_number(verdict.percent_difference, 1)}%"
        return (f"Nguồn ghi {source.raw}; câu trích lệch {diff}{pct} · "
                f"the source says {source.raw}; the claim is off by {diff}{pct}")
    if kind == "target-only":
        if source.status == "target":
            return ("Nguồn nêu con số này là chỉ tiêu, chưa phải kết quả · "
                    "the source states it as a target, not as done")
        return ("Nguồn nêu con số này là kết quả đã đạt, câu trích nói là chỉ tiêu · "
                "the source states it as done, the claim as a target")
    if kind == "other period":
        return (f"Nguồn ghi con số này cho {desk.period_text(source.period) or 'thời điểm khác'}, "
                f"không phải {desk.period_text(figure.period) or 'thời kỳ câu trích nêu'} · "
                f"the source gives it for another period")
    if kind == "other organization":
        return (f"Con số này là của {source.organization or 'một đơn vị khác'}, không phải "
                f"{figure.organization} · it is another organization's figure")
    found = verdict.found
    if figure.organization and found and found.organization is None:
        return (f"Không có số liệu nào của {figure.organization} · "
                f"no stored figure of this organization")
    if found and found.organization:
        return (f"{found.organization} có {found.organization_facts} số liệu, không số nào "
                f"cùng đơn vị và nội dung cho thời kỳ này · {found.organization_facts} figures "
                f"stored, none of this unit and metric for this period")
    return "Không có số liệu cùng đơn vị và nội dung · no stored figure of this unit and metric"
