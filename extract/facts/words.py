"""Vietnamese words by longest match over a dictionary, in place of underthesea's CRF segmenter.

The components read words only around a figure (the counted noun after it, the words of its
metric), where a dictionary knows the compounds a reader knows: Hồ Ngọc Đức's dictionary
(Viet74K, shipped with underthesea) and the lexicon's own phrases (`so với`, `phiếu mua hàng`).
On the corpus, realdev and the blind sets the facts come out as with the CRF but for a handful
of compounds either way (bench/README.md, issue 16), at a seventh of its cost: the CRF was
~88% of underthesea's `word_tokenize`.

Syllables come from underthesea's own regex tokenizer, which writes tone marks the new way
(`uỷ` -> `ủy`), as the dictionary's words are looked up.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

import underthesea
from underthesea.pipeline.text_normalize import token_normalize
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

from solieu.extract import lexicon

DICTIONARY = Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt"
LONGEST = 4  # syllables: longer entries are rare and idioms, never a unit or a metric's word


_normalize = lru_cache(maxsize=None)(token_normalize)  # (the same syllables recur: once each)


def _key(syllables) -> str:
    return " ".join(_normalize(s) for s in syllables).lower()


# A syllable of a consonant and `i` is spelt with `y` as well (`kĩ`/`kỹ`, `lí`/`lý`, `sĩ`/`sỹ`,
# `qui`/`quy`): the dictionary writes one, the papers often the other.
I_OR_Y = regex.compile(r"(?<![\p{L}])(qu|[hklmst])([iíìỉĩịyýỳỷỹỵ])(?![\p{L}])")
I_TO_Y = str.maketrans("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị")


def _spellings(key: str) -> set[str]:
    """The key, and the key with each consonant-and-`i` syllable spelt the other way."""
    return {key, I_OR_Y.sub(lambda m: m.group(1) + m.group(2).translate(I_TO_Y), key)}


@lru_cache(maxsize=1)
def compounds() -> frozenset[str]:
    """The dictionary's words of 2 to LONGEST syllables, and the lexicon's phrases."""
    entries = DICTIONARY.read_text(encoding="utf-8").splitlines() + list(lexicon.PHRASES)
    words = set()
    for entry in entries:
        syllables = entry.split()
        if 2 <= len(syllables) <= LONGEST:
            words |= _spellings(_key(syllables))
    return frozenset(words)


def is_word(text: str) -> bool:
    """Whether `text` (syllables and spaces) is a word of several syllables of the dictionary or
    of the lexicon's phrases (`việc làm`, `quốc dân`)."""
    syllables = text.split()
    return 2 <= len(syllables) <= LONGEST and _key(syllables) in compounds()


def segment(text: str) -> list[str]:
    """The words of `text`, as underthesea's `word_tokenize` gives them (syllables joined by a
    space): at each syllable, the longest run of syllables the dictionary holds."""
    syllables, known = tokenize(text), compounds()
    lowered = [s.lower() for s in syllables]
    words, at = [], 0
    while at < len(syllables):
        size = 1
        for n in range(min(LONGEST, len(syllables) - at), 1, -1):
            if " ".join(lowered[at:at + n]) in known:
                size = n
                break
        words.append(" ".join(syllables[at:at + size]))
        at += size
    return words
