"""The words the extractor reads are underthesea's, though only the clauses holding a figure
are segmented (issue 16)."""
from __future__ import annotations

from pathlib import Path

from underthesea import word_tokenize

from solieu.extract.facts import nlp
from solieu.extract.article.clean import parse_document
from solieu.extract.facts.numbers import has_number
from solieu.extract.facts.sentences import split_body
from tests.commands import REALDEV

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"


def words(text: str, spans) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_a_moved_tone_mark_does_not_shift_the_words_after_it():
    # underthesea writes `uỷ` as `ủy`: the word is where the text has it, not at the next `ủy`
    text = "Đảng uỷ Khối các cơ quan, cấp ủy và 25 đoàn viên"
    segmented = word_tokenize(text)
    assert "ủy Khối" in segmented
    found = words(text, nlp.token_spans(text, segmented))
    assert found == [w.replace("ủy Khối", "uỷ Khối") for w in segmented]


def test_only_the_clauses_holding_a_figure_are_segmented():
    text = "Trong không khí vui tươi phấn khởi của ngày hội, công đoàn đã kết nạp 120 đoàn viên mới"
    (start, end), = nlp.figure_clauses(text)
    assert text[start:end] == " công đoàn đã kết nạp 120 đoàn viên mới"
    read = words(text, nlp.read_words(text))
    assert read[:4] == ["Trong", "không", "khí", "vui"]  # not segmented: never read
    assert read[-6:] == ["công đoàn", "đã", "kết nạp", "120", "đoàn viên", "mới"]


def test_words_in_figure_clauses_are_those_of_the_whole_sentence():
    checked = 0
    for path in [p for folder in (CORPUS, HELDOUT, REALDEV / "raw") for p in sorted(folder.glob("*.txt"))]:
        body = parse_document(path.read_bytes(), name=str(path)).body
        for piece in split_body(body):
            text = body[piece.start:piece.end]
            if not has_number(text):
                continue
            whole = nlp.token_spans(text, word_tokenize(text))
            read = nlp.read_words(text)
            for start, end in nlp.figure_clauses(text):
                inside = [(a, b) for a, b in whole if a < end and b > start]
                assert [(a, b) for a, b in read if a < end and b > start] == inside, text
                checked += 1
    assert checked > (300 if (REALDEV / "raw").is_dir() else 180)  # corpus 57, heldout 143, realdev 136


def test_a_clause_holding_no_fact_is_not_segmented():
    # `Sáng 21/2, ...`: the day is a time expression, no fact, and no rule reads its words
    text = "Sáng ngày 21/2/2024 tại Hội trường lớn, công đoàn đã kết nạp 120 đoàn viên mới"
    (start, end), = nlp.figure_clauses(text)
    assert text[start:end] == " công đoàn đã kết nạp 120 đoàn viên mới"
    read = words(text, nlp.read_words(text))
    assert read[:3] == ["Sáng", "ngày", "21"]  # letters-and-digits runs, not underthesea's words
    # a year that counts (`2016 đoàn viên`) is a figure: its clause is segmented
    counted = "Năm nay, quận đã có 2016 đoàn viên"
    assert [text for text in (counted[a:b] for a, b in nlp.figure_clauses(counted))] == [
        " quận đã có 2016 đoàn viên"]
    # nor a clause of an ordinal or a duration
    ordinal = "Tại Đại hội lần thứ 5, trong 3 ngày, công đoàn đã kết nạp 120 đoàn viên mới"
    assert [ordinal[a:b] for a, b in nlp.figure_clauses(ordinal)] == [" công đoàn đã kết nạp 120 đoàn viên mới"]
