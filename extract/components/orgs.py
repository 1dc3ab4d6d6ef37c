"""Component: organization mentions as spans (canonical names are made with article context)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from extract import orgs
from extract.nlp import text_of

Span.set_extension("org", default=None, force=True)


@Language.component("solieu_orgs")
def mark_orgs(doc):
    spans = []
    mentions = doc.user_data.get("orgs")  # found already by the pipeline (extract.nlp.Marks)
    if mentions is None:
        mentions = orgs.find_mentions(text_of(doc), doc.user_data.get("definitions"))
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            span._.org = mention
            spans.append(span)
    doc.spans["orgs"] = spans
    return doc
