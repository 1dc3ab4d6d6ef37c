"""Component: organization mentions as spans (canonical names are made with article context)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from solieu.extract.facts import orgs
from solieu.extract.facts.components.spans import mark_spans

Span.set_extension("org", default=None, force=True)


class OrgMarker:
    """doc.spans["orgs"], each span's `orgs.Mention` in span._.org; the article's abbreviations
    (`doc._.definitions`) name organizations too."""

    def __init__(self, name: str = "solieu_orgs"):
        self.name = name

    def __call__(self, doc):
        return mark_spans(doc, "orgs", "org",
                          lambda text: orgs.find_mentions(text, doc._.definitions))


@Language.factory("solieu_orgs")
def make_org_marker(nlp: Language, name: str) -> OrgMarker:
    return OrgMarker(name)
