"""One spaCy `Language` per process, whose tokenizer is the dictionary's word segmentation.

`get_nlp()(text)` gives a `Doc` with `doc.text == text`, tokens = the words (`words.segment`) in the
clauses that hold a figure (`figure_clauses`: the only words the components and facts read; the
rest of the sentence is split into its letters-and-digits runs and marks, not segmented), except
that figures found on the text by `solieu.extract.facts.numbers` always start and end on token boundaries
(a word may hold a figure's digits and the noun after them). The components
(`solieu.extract.facts.components`, made by `@Language.factory`) mark quantities, periods,
organizations and status cues as span groups, and `solieu_facts` turns the marks into facts
(`doc._.facts`).

What a Doc carries besides its tokens is in `Doc._` extensions: `text` (the text as made),
`definitions` (the article's abbreviations), `marks` (its periods and organizations, found
already), `figures` (its figures, found by the tokenizer), `sentence`, `paragraph` and `article`
(what `solieu_facts` reads), `facts`.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex
import spacy
from spacy.tokens import Doc

from solieu.extract import lexicon
from solieu.extract.facts import orgs, periods, words
from solieu.extract.facts.numbers import QUANTITY

WORD_OR_MARK = regex.compile(r"[\p{L}\d]+|[^\p{L}\d\s]")
# What ends the stretch of words the components read around a figure: the clause's punctuation.
CLAUSE_BREAK = regex.compile(r"[,;:()\[\]“”\"!?…]")
CHUNK = regex.compile(r"\S+")
CONTEXT_CHUNKS = 3  # words segmented beyond a clause on each side (a word across its edge), then dropped
MARK_PIPES = ["solieu_periods", "solieu_quantities", "solieu_orgs", "solieu_cues"]
PIPES = MARK_PIPES + ["solieu_facts"]
_NLP = None

for _name in ("text", "definitions", "marks", "figures", "sentence", "paragraph", "article", "facts"):
    Doc.set_extension(_name, default=None, force=True)


@dataclass
class Figures:
    """The figures of one text, found once (the tokenizer cuts words at them, the clauses around
    them are segmented, solieu_quantities reads them): QUANTITY's matches and the numbers in
    words that count something (`Quantity`s, read-only)."""
    quantities: list
    counted_words: list
    # what the text alone says against each figure (quantities.why_not_in_text), by (start,
    # end, kind): found for the clauses to segment, read again by solieu_quantities
    reasons: dict = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> "Figures":
        from solieu.extract.facts.components.quantities import _number_words  # (it imports this module)

        return cls(list(QUANTITY.finditer(text)), list(_number_words(text)))


@dataclass
class Marks:
    """The periods and organizations of one text, found once: the article context reads them
    and the components of the text's Doc take them over (`doc.user_data`)."""
    text: str
    periods: list
    orgs: list
    plain_orgs: list | None = None  # found without the article's abbreviations (for the
    # tokenizer's boundaries) when they are the same as `orgs`, else None

    @classmethod
    def of(cls, text: str, definitions: dict | None = None) -> "Marks":
        found = orgs.find_mentions(text, definitions)
        plain = None if orgs.defined_heads(definitions) else found
        return cls(text, periods.find(text), found, plain)

    def hand_to(self, doc: Doc) -> None:
        doc._.marks = self


def _bare(syllable: str) -> str:
    return lexicon.unaccented(syllable).lower()


def token_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans of the segmenter's words in `text`. underthesea's syllables may be
    re-spaced, and it moves tone marks (`uỷ` -> `ủy`, `hoà` -> `hòa`): such a syllable is the one at the
    cursor with the same letters, not the next place the re-marked spelling occurs."""
    spans, cursor = [], 0
    for word in words:
        start = end = None
        for syllable in word.split():
            at = cursor  # (where text[cursor:].lstrip() starts, without copying the rest)
            while at < len(text) and text[at].isspace():
                at += 1
            if text.startswith(syllable, at) or _bare(text[at:at + len(syllable)]) == _bare(syllable):
                found = at
            else:
                found = text.find(syllable, cursor)
                if found < 0:
                    break
            start = found if start is None else start
            end = cursor = found + len(syllable)
        if start is not None:
            spans.append((start, end))
    return spans


def figure_boundaries(text: str, org_mentions: list | None = None,
                      figures: Figures | None = None) -> set[int]:
    """Where tokens must start or end: around figures, and around organization names
    (a word may run from a name into the verb after it). `org_mentions`: those
    of `orgs.find_mentions(text)`, when the caller has them already; `figures`: likewise."""
    figures = figures or Figures.of(text)
    bounds = set()
    for m in figures.quantities:
        bounds.update((m.start(), len(text[:m.end()].rstrip())))
    # (numbers in words that count something: not the `tư` of `tư vấn`, the `ba` of `ba lô`)
    bounds.update(edge for q in figures.counted_words for edge in (q.start, q.end))
    for mention in orgs.find_mentions(text) if org_mentions is None else org_mentions:
        bounds.update((mention.start, mention.end))
    return bounds


def split_at(spans: list[tuple[int, int]], bounds: set[int], text: str) -> list[tuple[int, int]]:
    """Cut words that straddle a figure boundary; drop the whitespace a cut leaves at an edge."""
    out, ordered = [], sorted(bounds)
    for start, end in spans:
        cuts = ordered[bisect_right(ordered, start):bisect_left(ordered, end)]
        if not cuts:
            out.append((start, end))
            continue
        for a, b in zip([start] + cuts, cuts + [end]):
            piece = text[a:b]
            a, b = a + len(piece) - len(piece.lstrip()), b - (len(piece) - len(piece.rstrip()))
            if a < b:
                out.append((a, b))
    return out


class WordTokenizer:
    """spaCy tokenizer: the dictionary's words, aligned to the text and to the figures in it."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str, org_mentions: list | None = None,
                 period_mentions: list | None = None) -> Doc:
        figures = Figures.of(text)
        bounds = figure_boundaries(text, org_mentions, figures)
        spans = split_at(read_words(text, figures, period_mentions), bounds, text)
        words, spaces, cursor = [], [], 0
        for start, end in spans:
            if start > cursor:  # a gap: one space, or text the syllables skipped (kept as a token)
                gap = text[cursor:start]
                if gap == " " and words:
                    spaces[-1] = True
                else:
                    words.append(gap)
                    spaces.append(False)
            words.append(text[start:end])
            spaces.append(False)
            cursor = end
        if cursor < len(text):
            words.append(text[cursor:])
            spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.text = text  # == doc.text, kept for text_of
        doc._.figures = figures
        return doc


def figure_clauses(text: str, found: Figures | None = None,
                   period_mentions: list | None = None) -> list[tuple[int, int]]:
    """The clauses that hold a figure (merged where they touch): the only stretches of a
    sentence whose word segmentation the components and facts read (the counted noun after a
    figure, the verb before it, the spans of the marks near it). A figure that is surely no
    fact (part of a time expression, `period_mentions`: `periods.find(text)`; an ordinal, a
    duration ...: `quantities.surely_not_facts`) is read by no rule's words: its clause is not
    one of them for it."""
    from solieu.extract.facts.components.quantities import surely_not_facts  # (it imports this module)

    found = found or Figures.of(text)
    mentions = periods.find(text) if period_mentions is None else period_mentions
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    figures = [(f.start(), f.end()) if hasattr(f, "group") else (f.start, f.end)
               for group in (found.quantities, found.counted_words)
               for f, rejected in zip(group, surely_not_facts(text, group, mentions, found.reasons))
               if not rejected]
    clauses: list[tuple[int, int]] = []
    for start, end in sorted(figures):
        before, after = bisect_left(breaks, start), bisect_left(breaks, end)
        clause = (breaks[before - 1] + 1 if before else 0,
                  breaks[after] if after < len(breaks) else len(text))
        if clauses and clause[0] <= clauses[-1][1]:
            clauses[-1] = (clauses[-1][0], max(clauses[-1][1], clause[1]))
        else:
            clauses.append(clause)
    return clauses


def _widen(starts: list[int], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """[start, end) with CONTEXT_CHUNKS whitespace-separated chunks (their `starts` and `ends`,
    in order) more on each side."""
    first = max(bisect_left(starts, start) - CONTEXT_CHUNKS, 0)
    last = min(bisect_right(ends, end) + CONTEXT_CHUNKS - 1, len(ends) - 1)
    return min(start, starts[first]), max(end, ends[last])


def segment_windows(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int, list]]:
    """(start, end, clauses): the stretches of `text` that are segmented, each clause widened
    by `_widen`; clauses whose widened stretches overlap share one (one call instead of two, the
    overlap segmented once; the words inside each clause come out the same: checked on every
    figure sentence of the corpus, realdev and the blind sets)."""
    chunks = [m.span() for m in CHUNK.finditer(text)]
    starts, ends = [a for a, _ in chunks], [b for _, b in chunks]
    windows: list[tuple[int, int, list]] = []
    for clause in clauses:
        start, end = _widen(starts, ends, *clause)
        if windows and start < windows[-1][1]:
            first, last, shared = windows[-1]
            windows[-1] = (first, max(end, last), shared + [clause])
        else:
            windows.append((start, end, [clause]))
    return windows


def read_words(text: str, figures: Figures | None = None,
               period_mentions: list | None = None) -> list[tuple[int, int]]:
    """Character spans of the sentence's words: the segmenter's in the clauses that hold a figure
    (segmented with a few words of context on each side, so a word across a clause's edge is whole), the
    characters' own words and marks elsewhere (never read there but as the edges of marks)."""
    spans, cursor = [], 0
    for start, end, clauses in segment_windows(text, figure_clauses(text, figures, period_mentions)):
        part = text[start:end]
        segmented = [(start + a, start + b) for a, b in token_spans(part, words.segment(part))]
        for keep_start, keep_end in clauses:
            kept = [(a, b) for a, b in segmented if a < keep_end and b > keep_start and a >= cursor]
            first = kept[0][0] if kept else keep_start
            spans += [m.span() for m in WORD_OR_MARK.finditer(text, cursor, first)]
            spans += kept
            cursor = kept[-1][1] if kept else cursor
    spans += [m.span() for m in WORD_OR_MARK.finditer(text, cursor)]
    return spans


def get_nlp():
    """The process-wide Language (built on first use: one model load per process)."""
    global _NLP
    if _NLP is None:
        import solieu.extract.facts.components  # noqa: F401  registers the components

        nlp = spacy.blank("xx")
        nlp.tokenizer = WordTokenizer(nlp.vocab)
        for name in PIPES:
            nlp.add_pipe(name)
        _NLP = nlp
    return _NLP


def sentence_doc(text: str, definitions: dict | None = None, marks: Marks | None = None) -> Doc:
    """The Doc of a sentence that may hold a figure, before the components: the words
    around its figures; `marks`, when given, spare the components finding the text's periods and
    organizations again."""
    nlp = get_nlp()
    doc = nlp.tokenizer(text, marks.plain_orgs, marks.periods) if marks else nlp.make_doc(text)
    doc._.definitions = definitions or {}
    doc._.marks = marks
    return doc


def analyse(text: str, definitions: dict | None = None, marks: Marks | None = None) -> Doc:
    """The sentence Doc through every component that marks (`definitions` are the article's
    abbreviations, `CĐGD` -> `Công đoàn Giáo dục`, read by the organizations component)."""
    nlp = get_nlp()
    with nlp.select_pipes(enable=MARK_PIPES):
        return nlp(sentence_doc(text, definitions, marks))

