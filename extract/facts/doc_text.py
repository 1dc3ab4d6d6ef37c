"""The text of a sentence Doc, which the tokenizer (`solieu.extract.facts.nlp`) keeps and the
components and fact rules read: a module of its own, below both, so that the components do not
import the module that registers them."""
from __future__ import annotations

from spacy.tokens import Doc


Doc.set_extension("text", default=None, force=True)  # set by the tokenizer
# Where spaCy keeps doc._.text (Underscore's key in doc.user_data): text_of reads it directly,
# as it runs for every look at a sentence's text and an Underscore object costs one each time.
_TEXT_KEY = ("._.", "text", None, None)


def text_of(doc: Doc) -> str:
    """The Doc's text as made (spaCy's `doc.text` joins every token again at each read)."""
    return doc.user_data.get(_TEXT_KEY) or doc.text
