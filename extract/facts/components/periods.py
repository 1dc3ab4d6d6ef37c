"""Component: time expressions (years, halves, quarters, dates, terms, times) as spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from solieu.extract.facts import periods
from solieu.extract.facts.components.spans import mark_spans

Span.set_extension("period", default=None, force=True)


class PeriodMarker:
    """doc.spans["periods"], each span's `periods.Mention` in span._.period."""

    def __init__(self, name: str = "solieu_periods"):
        self.name = name

    def __call__(self, doc):
        return mark_spans(doc, "periods", "period", periods.find)


@Language.factory("solieu_periods")
def make_period_marker(nlp: Language, name: str) -> PeriodMarker:
    return PeriodMarker(name)
