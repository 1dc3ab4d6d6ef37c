"""Body -> sentences with offsets: underthesea's splitter, corrected where it fails on news text.

Each non-empty line of the clean body is a paragraph; underthesea splits it into sentences, and
the pieces are mended where the splitter cuts wrongly: after an abbreviation with a dot (`TP.`,
`PGS.`), a closing quote sent to the next sentence (`“Tôi đi.` + `” Anh nói.`), after a list
enumerator (`Các chỉ tiêu: 1.` + `Thành lập ...; 2.`), inside a number (`1.` + `846`), inside
a parenthesis; and cut where it does not (an ellipsis before a capital: `5 lớp… Cùng đó`).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex
from underthesea import sent_tokenize

ABBREVIATION_END = regex.compile(
    r"(?:^|[\s(])(?:TP|Tp|Q|P|TT|TX|GS|PGS|TS|ThS|Th\.S|BS|KS|CN|Ths|St|ông|bà|Mr|Mrs|Dr|v\.v)\.$")
ENUMERATOR_END = regex.compile(r"(?:^|[:;]\s*)(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]$")
DIGIT_DOT_END = regex.compile(r"\d\.$")
ELLIPSIS_END = regex.compile(r"…\s+(?=\p{Lu})")
# `... 25.500 đồng ở vùng I. Mức tăng lần này ...`: a Roman numeral that numbers a region, a
# quarter, a grade ends the sentence before a capital (the splitter takes `I.` for an initial)
NUMBERED_END = regex.compile(r"(?<![\p{L}])(?:vùng|quý|khu vực|loại|hạng|bậc|cấp|nhóm)\s+[IVX]{1,4}\.\s+(?=\p{Lu})",
                             regex.IGNORECASE)
MAX_SENTENCE = 1500  # an unbalanced quote must not swallow a whole paragraph


@dataclass
class Piece:
    start: int
    end: int
    paragraph: int


CLOSING = "”\")]»’"
MAX_PARENTHESIS = 300  # a `(` left open longer than this is a typo, not an aside


def _open_parenthesis(text: str) -> bool:
    return text.count("(") > text.count(")") and len(text) - text.rfind("(") < MAX_PARENTHESIS


def _must_join(left: str, right: str) -> bool:
    if len(left) + len(right) > MAX_SENTENCE:
        return False
    if ABBREVIATION_END.search(left) or ENUMERATOR_END.search(left):
        return True
    if DIGIT_DOT_END.search(left) and right[:1].isdigit():
        return True
    return _open_parenthesis(left)


def _locate(line: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of each piece in the line (the splitter returns substrings, in order)."""
    spans, cursor = [], 0
    for piece in pieces:
        start = line.find(piece, cursor)
        if start < 0:  # defensive: a piece the splitter altered; keep the rest of the line whole
            spans.append((cursor, len(line)))
            return spans
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def split_paragraph(line: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside one paragraph line."""
    spans = _locate(line, [p for p in sent_tokenize(line) if p.strip()])
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        closing = len(line[start:end]) - len(line[start:end].lstrip(CLOSING))
        if merged and closing:  # the closing quote went to the next piece: give it back
            merged[-1] = (merged[-1][0], start + closing)
            start += closing
            start += len(line[start:end]) - len(line[start:end].lstrip())
            if start >= end:
                continue
        if merged and _must_join(line[merged[-1][0]:merged[-1][1]], line[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if merged:  # text the splitter dropped at the end still belongs to the last sentence
        tail = line[merged[-1][1]:]
        if tail.strip():
            merged[-1] = (merged[-1][0], len(line.rstrip()))
    return [piece for span in merged for piece in _split_after_ellipsis(line, *span)]


def _split_after_ellipsis(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """`tổ chức 5 lớp… Cùng đó, ...`: an ellipsis before a capital ends a sentence too, as a
    numbered region's `I.` does (NUMBERED_END)."""
    pieces = []
    ends = sorted([(m.start() + 1, m.end()) for m in ELLIPSIS_END.finditer(line, start, end)]
                  + [(m.start() + len(m.group().rstrip()), m.end())
                     for m in NUMBERED_END.finditer(line, start, end)])
    for stop, after in ends:
        pieces.append((start, stop))
        start = after
    return pieces + [(start, end)]


QUESTION = regex.compile(r"\?[”\")]*\s*$")  # an interviewer's question ends its line
# an interview's turn or a list's item opens on a dash (`- Hải Dương hiện có 11 KCN ...`): the
# dash is no word of the sentence, which begins after it
TURN_DASH = regex.compile(r"\s*[-–—]\s+(?=\S)")
MAX_QUESTION = 400


def split_body(body: str) -> list[Piece]:
    """All sentences of a body, with offsets into it and the index of their paragraph. The
    answer to an interviewer's question (`Phóng viên: Nhiệm kỳ 2023 - 2028, Công đoàn huyện đặt
    ra những mục tiêu nào?` + `- Đồng chí X: ...`) is of the question's paragraph: it answers
    of the time the question asks about."""
    pieces, offset, asked = [], 0, None
    for paragraph, line in enumerate(body.split("\n")):
        if line.strip():
            number = paragraph if asked is None else asked
            dash = TURN_DASH.match(line)
            for start, end in split_paragraph(line):
                if dash and start < dash.end() < end:
                    start = dash.end()
                pieces.append(Piece(offset + start, offset + end, number))
            asked = paragraph if QUESTION.search(line) and len(line) <= MAX_QUESTION else None
        offset += len(line) + 1
    return pieces
