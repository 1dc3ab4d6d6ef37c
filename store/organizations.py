"""Rows of the ``organizations`` table: a stable id and the other names a reader may type.

Facts carry an organization's canonical full name (``Liên đoàn Lao động quận Ba Đình``);
readers type ``LĐLĐ Ba Đình``. Each organization row lists such aliases, built from the
abbreviations the paper uses and by leaving out the administrative level word.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache

from solieu.extract import lexicon
from solieu.store.search import fold

# (full form, abbreviation), from the one table of extract/lexicon.toml; longer full forms
# first, so that "Công đoàn cơ sở" becomes "CĐCS" before "Công đoàn" can become "CĐ".
ABBREVIATIONS = sorted(((full, short) for short, full in lexicon.ABBREVIATIONS.items()),
                       key=lambda pair: len(pair[0]), reverse=True)
# Level words a reader often leaves out: "LĐLĐ Ba Đình" for "LĐLĐ quận Ba Đình".
LEVEL_WORDS = sorted((w for w in lexicon.ADMIN_WORDS if not w.endswith(".")), key=len, reverse=True)


def _replace_words(text: str, old: str, new: str) -> str:
    return _whole_word(old).sub(new, text)


@lru_cache(maxsize=None)  # (a few dozen words; `aliases` replaces each in every form of a name)
def _whole_word(word: str) -> re.Pattern:
    """`word` wherever it is a whole word, in any case: compiled once, as `re.sub` with the
    pattern's text looks it up in re's cache at every call (half of `aliases`' time)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)


def aliases(name: str) -> list[str]:
    """Other ways to write `name`: abbreviated, expanded, without its level word."""
    forms = {name}
    for full, short in ABBREVIATIONS:
        forms |= {_replace_words(form, full, short) for form in forms}
        forms |= {_replace_words(form, short, full) for form in forms}
    for word in LEVEL_WORDS:
        forms |= {" ".join(_replace_words(form, word, "").split()) for form in forms}
    forms.discard(name)
    forms.discard("")
    return sorted(forms)


def org_id(name: str) -> str:
    """A readable, stable id: the folded name as a slug, plus a hash (spellings may fold alike)."""
    slug = fold(name).replace(" ", "-")
    return f"{slug}-{hashlib.sha1(name.encode()).hexdigest()[:6]}"


def row(name: str) -> dict:
    return {"id": org_id(name), "name": name,
            "aliases": json.dumps(aliases(name), ensure_ascii=False)}
