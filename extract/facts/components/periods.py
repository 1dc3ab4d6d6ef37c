"""Component: time expressions (years, halves, quarters, dates, terms, times) as spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from solieu.extract.facts import periods
from solieu.extract.facts.components.spans import mark_spans

Span.set_extension("period", default=None, force=True)


@Language.component("solieu_periods")
def mark_periods(doc):
    return mark_spans(doc, "periods", "period", periods.find)
