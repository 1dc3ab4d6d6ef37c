"""Component: organization mentions as spans (canonical names are made with article context)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from solieu.extract.facts import orgs
from solieu.extract.facts.components.spans import mark_spans

Span.set_extension("org", default=None, force=True)


@Language.component("solieu_orgs")
def mark_orgs(doc):
    return mark_spans(doc, "orgs", "org",
                      lambda text: orgs.find_mentions(text, doc.user_data.get("definitions")))
