"""Patterns anchored at the end of the text before a position (`... với\\s+$`): does the text
end so? Searched forwards, such a pattern is tried at every position of the text before (its
start is unknown); searched backwards (`regex.REVERSE`) from the position, it is tried where
it can end first. Same answer: a backtracking search finds a match in either direction when
there is one (the patterns have no atomic groups or possessive quantifiers, which would make
the direction matter), though not always the same match: only whether there is one is given.
"""
from __future__ import annotations

import regex

_BACKWARDS: dict[regex.Pattern, regex.Pattern] = {}


def ends_with(pattern: regex.Pattern, text: str, end: int) -> bool:
    """bool(pattern.search(text[:end])), for a pattern anchored at its end (`$`): a backwards
    match starts at `end`, where the pattern must end, and is tried there only."""
    backwards = _BACKWARDS.get(pattern)
    if backwards is None:
        backwards = _BACKWARDS[pattern] = regex.compile(pattern.pattern,
                                                        pattern.flags | regex.REVERSE)
    return backwards.match(text, 0, end) is not None
