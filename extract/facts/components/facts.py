"""Component: the facts of a sentence Doc (`doc._.facts`), from the marks of the components
before it, the article they belong to and what the sentences before said.

A sentence Doc of an article carries `doc._.sentence` (its `Sentence` record),
`doc._.paragraph` (the paragraph's number) and `doc._.article` (an `ArticleState`: the
article's context and what the previous sentence handed on). Docs of one article go through
the pipeline in order (`nlp.pipe`), each handing its `Carry` to the next; a sentence without a
figure, which gets no Doc, hands its carry on through `ArticleState.read` in its place. A Doc
with no article (`nlp("...")` alone) gets no facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from solieu.extract.facts.assembly import ArticleContext, Carry, SentenceMarks, build_facts
from solieu.extract.records import Fact, Sentence


@dataclass
class ArticleState:
    """What the facts of an article's sentences are read with: its context, the extractor
    version stamped on each fact, and the carry from the sentence before."""
    context: ArticleContext
    version: str
    carry: Carry = field(default_factory=Carry)

    def read(self, marks: SentenceMarks, doc, sentence: Sentence, paragraph: int) -> list[Fact]:
        """The facts of the article's next sentence (`doc`: its Doc, None when it holds no
        figure); what it hands on becomes the carry."""
        facts, self.carry = build_facts(marks, doc, sentence, self.context.at(sentence.start), self.carry,
                                        paragraph, self.version)
        return facts


class FactBuilder:
    """doc._.facts: the `Fact` records of the sentence (offsets into the article's body)."""

    def __init__(self, name: str = "solieu_facts"):
        self.name = name

    def __call__(self, doc):
        state = doc._.article
        if state is None:
            doc._.facts = []
            return doc
        doc._.facts = state.read(SentenceMarks.of_doc(doc), doc, doc._.sentence, doc._.paragraph)
        return doc


@Language.factory("solieu_facts")
def make_fact_builder(nlp: Language, name: str) -> FactBuilder:
    return FactBuilder(name)
