"""Patterns anchored at their end, searched backwards (issue 16): the same answer as forwards."""
from __future__ import annotations

from pathlib import Path

from solieu.extract.article.clean import parse_document
from solieu.extract.facts.attribution import GIVER_AFTER, NON_SUBJECT_BEFORE, SOURCE_NAMED
from solieu.extract.facts.backwards import ends_with

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_searched_backwards_as_forwards_all_along_the_corpus():
    found = 0
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        body = parse_document(path.read_bytes(), name=str(path)).body
        for end in range(0, len(body) + 1, 5):
            for pattern in (GIVER_AFTER, NON_SUBJECT_BEFORE, SOURCE_NAMED):
                forwards = pattern.search(body[:end]) is not None
                assert ends_with(pattern, body, end) == forwards, (pattern.pattern, body[:end][-80:])
                found += forwards
    assert found > 10


def test_the_text_after_the_position_is_not_read():
    assert ends_with(GIVER_AFTER, "hỗ trợ của LĐLĐ quận", len("hỗ trợ của "))
    assert not ends_with(GIVER_AFTER, "hỗ trợ của LĐLĐ quận", len("hỗ trợ của LĐ"))
