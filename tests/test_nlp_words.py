"""The words the extractor reads: the dictionary's longest matches over underthesea's syllables,
segmented only in the clauses holding a figure (issue 16)."""
from __future__ import annotations

from pathlib import Path

from solieu.extract.facts import nlp
from solieu.extract.facts.words import segment
from solieu.extract.article.clean import parse_document
from solieu.extract.facts.numbers import has_number
from solieu.extract.facts.sentences import split_body
from tests.commands import REALDEV

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"


def words(text: str, spans) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_a_moved_tone_mark_does_not_shift_the_words_after_it():
    # underthesea's syllables write `uỷ` as `ủy`: the word is where the text has it, not at the next `ủy`
    text = "Đảng uỷ Khối các cơ quan, cấp ủy và 25 uỷ viên"
    segmented = segment(text)
    assert segmented[:2] == ["Đảng ủy", "Khối"] and segmented[-1] == "ủy viên"  # (the dictionary: `uỷ viên`)
    found = words(text, nlp.token_spans(text, segmented))
    assert found == [w.replace("Đảng ủy", "Đảng uỷ").replace("ủy viên", "uỷ viên") for w in segmented]


def test_a_word_is_the_longest_the_dictionary_or_the_lexicon_knows():
    assert segment("công đoàn cơ sở đã kết nạp 120 đoàn viên mới") == [
        "công đoàn cơ sở", "đã", "kết nạp", "120", "đoàn viên", "mới"]  # (the lexicon's unit)
    # `so với` and `trở lên` are the lexicon's phrases (the dictionary has `trở lên` too)
    assert segment("giảm 31 cuộc so với năm 2023, từ 5/7 trở lên") == [
        "giảm", "31", "cuộc", "so với", "năm", "2023", ",", "từ", "5/7", "trở lên"]
    assert segment("Tặng 200 phiếu mua hàng")[-1] == "phiếu mua hàng"  # lexicon, not in the dictionary


def test_a_syllable_of_a_consonant_and_i_is_found_spelt_either_way():
    # the dictionary writes `kĩ thuật viên`, `kì thi`; the papers `kỹ thuật viên`, `kỳ thi`
    assert segment("6 kỹ thuật viên và 2 kỳ thi, 3 bác sỹ") == [
        "6", "kỹ thuật viên", "và", "2", "kỳ thi", ",", "3", "bác sỹ"]


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
            whole = nlp.token_spans(text, segment(text))
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
    assert read[:3] == ["Sáng", "ngày", "21"]  # letters-and-digits runs, not the segmenter's words
    # a year that counts (`2016 đoàn viên`) is a figure: its clause is segmented
    counted = "Năm nay, quận đã có 2016 đoàn viên"
    assert [text for text in (counted[a:b] for a, b in nlp.figure_clauses(counted))] == [
        " quận đã có 2016 đoàn viên"]
    # nor a clause of an ordinal or a duration
    ordinal = "Tại Đại hội lần thứ 5, trong 3 ngày, công đoàn đã kết nạp 120 đoàn viên mới"
    assert [ordinal[a:b] for a, b in nlp.figure_clauses(ordinal)] == [" công đoàn đã kết nạp 120 đoàn viên mới"]
