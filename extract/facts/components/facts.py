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

from solieu.extract.facts import orgs
from solieu.extract.facts.assembly import LAW_CITED, ArticleContext, Carry, SentenceMarks, build_facts
from solieu.extract.records import Fact, Sentence


@dataclass
class ArticleState:
    """What the facts of an article's sentences are read with: its context, the extractor
    version stamped on each fact, and the carry from the sentence before."""
    context: ArticleContext
    version: str
    carry: Carry = field(default_factory=Carry)
    # a reader's question boxed in a report (`ArticleContext.answered_from`): the paragraph that
    # asks, and whether the report has come back to its event after the answer
    asked_in: int | None = None
    reported_again: bool = False

    def read(self, marks: SentenceMarks, doc, sentence: Sentence, paragraph: int) -> list[Fact]:
        """The facts of the article's next sentence (`doc`: its Doc, None when it holds no
        figure); what it hands on becomes the carry."""
        facts, self.carry = build_facts(marks, doc, sentence, self._context_of(marks, sentence, paragraph),
                                        self.carry, paragraph, self.version)
        return facts

    def _context_of(self, marks: SentenceMarks, sentence: Sentence, paragraph: int) -> ArticleContext:
        """The article's context, or the answer's from a boxed question on, until a paragraph
        after the answer's first tells again what a body does (`Công đoàn các KCN và chế xuất Hà
        Nội sẽ làm việc với doanh nghiệp ...`), not citing a law."""
        answered_from = self.context.answered_from
        if answered_from is None or sentence.start < answered_from or self.reported_again:
            return self.context
        if self.asked_in is None:
            self.asked_in = paragraph
        elif paragraph > self.asked_in + 1 and not LAW_CITED.match(marks.text) \
                and any(not m.generic and orgs.acts(marks.text, m) for m in marks.orgs):
            self.reported_again = True
            return self.context
        return self.context.at(sentence.start)


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
