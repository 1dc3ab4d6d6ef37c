"""Component: status cues, `target` (phấn đấu, chỉ tiêu, sẽ...) and `actual` (đã, đạt, được)."""
from __future__ import annotations

import regex
from spacy.language import Language

from solieu.extract.lexicon import ACTUAL_CUES, TARGET_CUES
from solieu.extract.facts.doc_text import text_of

CUE = regex.compile(
    r"(?<![\p{L}])(?:(?P<target>" + "|".join(TARGET_CUES) + r")|(?P<actual>"
    + "|".join(ACTUAL_CUES) + r"))(?![\p{L}])", regex.IGNORECASE)


@Language.component("solieu_cues")
def mark_cues(doc):
    spans = []
    for m in CUE.finditer(text_of(doc)):
        span = doc.char_span(m.start(), m.end(), label=m.lastgroup, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["cues"] = spans
    return doc
