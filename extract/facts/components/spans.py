"""What the periods and organizations components share: marks found on the text become spans."""
from __future__ import annotations

from typing import Callable, Iterable

from solieu.extract.facts.doc_text import text_of


def mark_spans(doc, group: str, attribute: str, find: Callable[[str], Iterable]):
    """doc.spans[group]: one span per mark (it has .start/.end offsets into the text), the
    mark itself in span._.<attribute>. The marks the pipeline found already for this sentence
    (`doc._.marks.<group>`, see solieu.extract.facts.nlp.Marks) are reused; else find(text)
    finds them."""
    found = doc._.marks
    marks = getattr(found, group) if found is not None else find(text_of(doc))
    spans = []
    for mark in marks:
        span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is not None:
            span._.set(attribute, mark)
            spans.append(span)
    doc.spans[group] = spans
    return doc
