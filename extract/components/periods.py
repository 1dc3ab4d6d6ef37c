"""Component: time expressions (years, halves, quarters, dates, terms, times) as spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from extract import periods
from extract.nlp import text_of

Span.set_extension("period", default=None, force=True)


@Language.component("solieu_periods")
def mark_periods(doc):
    spans = []
    mentions = doc.user_data.get("periods")  # found already by the pipeline (extract.nlp.Marks)
    if mentions is None:
        mentions = periods.find(text_of(doc))
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            span._.period = mention
            spans.append(span)
    doc.spans["periods"] = spans
    return doc
