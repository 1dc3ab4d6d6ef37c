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
    `(...){0,n}`); or when every alternative of an alternation that always holds holds it
    (`(?:năm nay|cả năm)` holds `năm`). Judged from the pattern's text alone: a `False` may
    be overcautious, a `True` is never wrong."""
    groups, bars, literal = _structure(pattern)
    if _written_whole(pattern, part, groups, bars, literal):
        return True
    # an alternation every alternative of which holds the part: the whole pattern's, or that
    # of a group written whole in it
    for first, alternatives in bars.items():
        last = next((last for f, last in groups if f == first), None)
        if (first == -1 or not pattern.startswith(LOOKAROUNDS, first)
                and _written_whole(pattern, pattern[first:last + 1], groups, bars, literal)) \
                and all(always_holds(alternative, part) for alternative in alternatives):
            return True
    return False


def _written_whole(pattern: str, part: str, groups, bars, literal) -> bool:
    """`part` is written in `pattern` outside any alternation, lookaround or group that may be
    absent, with no quantifier that lets it be absent."""
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


def _structure(pattern: str) -> tuple[list[tuple[int, int]], dict[int, list[str]], set[int]]:
    """The groups of `pattern` as (index of `(`, index of its `)`); for each group divided by
    `|`, the index of its `(` (-1: the whole pattern) and its alternatives' texts; the indices
    of what is read as a character, not as structure (escaped characters, the insides of
    character classes)."""
    groups, literal, open_groups, i = [], set(), [], 0
    cuts: dict[int, list[int]] = {}  # group's `(` (-1: the pattern) -> where its `|`s are
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
            cuts.setdefault(open_groups[-1] if open_groups else -1, []).append(i)
        i += 1
    bars = {}
    for first, at in cuts.items():
        begin = 0 if first == -1 else _body_start(pattern, first)
        end = len(pattern) if first == -1 else next(last for f, last in groups if f == first)
        edges = [begin] + [a + 1 for a in at]
        bars[first] = [pattern[a:b] for a, b in zip(edges, at + [end])]
    return groups, bars, literal


def _body_start(pattern: str, first: int) -> int:
    """Where the inside of the group opened at `first` starts: after `(`, `(?:`, `(?P<name>`,
    `(?=` and the like."""
    if not pattern.startswith("(?", first):
        return first + 1
    for opening in ("(?<=", "(?<!", "(?:", "(?=", "(?!"):
        if pattern.startswith(opening, first):
            return first + len(opening)
    if pattern.startswith(("(?P<", "(?<"), first):  # a named group
        return pattern.index(">", first) + 1
    return first + 1
