"""What the text of a regular expression says about its matches, read without running it: a
pattern whose every match holds a given part cannot match a text without that part, so a
cheap search for the part can spare a costly search for the pattern (issue 16). Patterns are
read as written without `regex.VERBOSE` (whose spaces and comments this does not skip)."""
from __future__ import annotations

LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
MAY_BE_ABSENT = ("?", "*", "{0", "{,")  # quantifiers that allow no occurrence


def always_holds(pattern: str, part: str) -> bool:
    """Does every match of `pattern` hold a match of `part` (a subpattern written in it)? Yes when
    `part` is written in it with no quantifier that lets it be absent, and outside any
    alternation (`a|b`), lookaround and group that may be absent (`(...)?`, `(...)*`,
    `(...){0,n}`). Judged from the pattern's text alone: a `False` may be overcautious, a `True`
    is never wrong."""
    groups, bars, literal = _structure(pattern)
    start = pattern.find(part)
    while start >= 0:
        end = start + len(part)
        if start in literal:  # (inside a character class, or an escaped character)
            start = pattern.find(part, start + 1)
            continue
        enclosing = [(first, last) for first, last in groups if first < start and end <= last]
        if -1 not in bars and not pattern.startswith(MAY_BE_ABSENT, end) and not any(
                first in bars or pattern.startswith(LOOKAROUNDS, first)
                or pattern.startswith(MAY_BE_ABSENT, last + 1) for first, last in enclosing):
            return True
        start = pattern.find(part, start + 1)
    return False


def _structure(pattern: str) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """The groups of `pattern` as (index of `(`, index of its `)`); for each `|` the index of
    the `(` of the group it divides (-1: the whole pattern); the indices of what is read as a
    character, not as structure (escaped characters, the insides of character classes)."""
    groups, bars, literal, open_groups, i = [], set(), set(), [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
            literal.add(i)
        elif char == "[":  # a character class: its `(`, `|` and `)` are characters
            first = i = i + 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            literal.update(range(first, i))
        elif char == "(":
            open_groups.append(i)
        elif char == ")":
            groups.append((open_groups.pop(), i))
        elif char == "|":
            bars.add(open_groups[-1] if open_groups else -1)
        i += 1
    return groups, bars, literal
