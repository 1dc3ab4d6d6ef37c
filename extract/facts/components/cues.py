"""Component: status cues, `target` (phấn đấu, chỉ tiêu, sẽ...) and `actual` (đã, đạt, được)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex
from spacy.language import Language

from solieu.extract.lexicon import ACTUAL_CUES, CUE_COMPOUNDS, TARGET_CUES
from solieu.extract.facts.doc_text import text_of

# `TP Cần Thơ`: a capitalized cue word before another capitalized word is part of a name
IN_A_NAME = regex.compile(r"\p{Lu}\p{Ll}*\s+\p{Lu}")
COMPOUND = regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, CUE_COMPOUNDS))
                         + r")(?![\p{L}])", regex.IGNORECASE)


def cue_pattern(target_cues, actual_cues) -> regex.Pattern:
    return regex.compile(
        r"(?<![\p{L}])(?:(?P<target>" + "|".join(target_cues) + r")|(?P<actual>"
        + "|".join(actual_cues) + r"))(?![\p{L}])", regex.IGNORECASE)


def is_cue(text: str, m: regex.Match) -> bool:
    """Not a cue word inside a name or a compound that says nothing of status."""
    if IN_A_NAME.match(text, m.start()) and m.start() > 0 and m.group()[0].isupper():
        return False
    return not any(c.start() <= m.start() < c.end() for c in COMPOUND.finditer(
        text, max(0, m.start() - 12), m.end() + 12))


CUE = cue_pattern(TARGET_CUES, ACTUAL_CUES)


class CueMarker:
    """doc.spans["cues"], labelled `target` or `actual`."""

    def __init__(self, name: str = "solieu_cues", lexicon: str | None = None):
        self.name = name
        if lexicon:  # another lexicon file of the same shape: its `target_cues`, `actual_cues`
            data = tomllib.loads(Path(lexicon).read_text(encoding="utf-8"))
            self.pattern = cue_pattern(data["target_cues"], data["actual_cues"])
        else:
            self.pattern = CUE

    def __call__(self, doc):
        spans = []
        for m in self.find(text_of(doc)):
            span = doc.char_span(m.start(), m.end(), label=m.lastgroup, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["cues"] = spans
        return doc

    def find(self, text: str):
        """The cues of a text, in order (their matches: `lastgroup` is the label). What is a cue
        is said here only: the spans of a Doc and the labels of a sentence without one are
        made of these."""
        return (m for m in self.pattern.finditer(text) if is_cue(text, m))

    def labels(self, text: str) -> list[str]:
        """The cues' labels in order, for a sentence that gets no Doc (`assembly.SentenceMarks`)."""
        return [m.lastgroup for m in self.find(text)]


@Language.factory("solieu_cues", default_config={"lexicon": None})
def make_cue_marker(nlp: Language, name: str, lexicon: str | None) -> CueMarker:
    """`lexicon`: a lexicon file whose cue words replace those of `extract/lexicon.toml`."""
    return CueMarker(name, lexicon)
