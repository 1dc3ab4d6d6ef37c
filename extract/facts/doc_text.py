"""The text of a sentence Doc, which the tokenizer (`solieu.extract.facts.nlp`) keeps and the
components and fact rules read: a module of its own, below both, so that the components do not
import the module that registers them."""
from __future__ import annotations

from spacy.tokens import Doc


Doc.set_extension("text", default=None, force=True)  # set by the tokenizer


def text_of(doc: Doc) -> str:
    """The Doc's text as made (spaCy's `doc.text` joins every token again at each read)."""
    return doc._.text or doc.text
