"""What extract_article computes once per sentence and hands on (issue 9's speed work) gives the
same Docs as finding everything again: the shortcuts change no output."""
from __future__ import annotations

import pytest
import regex

from solieu.extract.facts import orgs, periods
from solieu.extract.article.clean import parse_document
from solieu.extract.facts.doc_text import text_of
from solieu.extract.facts.assembly import SentenceMarks
from solieu.extract.facts.nlp import Marks, analyse, get_nlp
from solieu.extract.facts.numbers import has_number
from solieu.extract.facts.pipeline import marks_without_doc
from solieu.extract.facts.sentences import split_body

GROUPS = ("periods", "quantities", "non_facts", "orgs", "cues")
# An article that defines an organization's abbreviation: its mentions differ with and without
# the definitions, so the tokenizer must not take them over.
DEFINING = ("Công đoàn Giáo dục (CĐGD) quận Ba Đình có 45 CĐCS. Năm 2024, CĐGD quận kết nạp "
            "1.200 đoàn viên, đạt 120% kế hoạch.")


def _marks(doc) -> dict:
    return {"tokens": [t.text for t in doc], "text": text_of(doc),
            **{g: [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(g, [])]
               for g in GROUPS}}


def _sentences(body: str) -> list[str]:
    return [body[p.start:p.end] for p in split_body(body)]


def _bodies(corpus_files) -> list[str]:
    return [parse_document(p.read_bytes(), name=str(p)).body for p in corpus_files] + [DEFINING]


def test_handed_marks_give_the_docs_found_afresh(corpus_files):
    for body in _bodies(corpus_files):
        definitions = orgs.find_definitions(body)
        for text in _sentences(body):
            handed = analyse(text, definitions, Marks.of(text, definitions))
            afresh = analyse(text, definitions)
            assert _marks(handed) == _marks(afresh), text
            assert text_of(handed) == handed.text == text


def test_a_sentence_without_a_figure_is_read_by_its_marks_as_by_its_doc(corpus_files):
    """extract_article builds no Doc for a sentence without a figure: what the rules read of it,
    made from its text's marks, is what its Doc would give."""
    cues = get_nlp().get_pipe("solieu_cues")
    for body in _bodies(corpus_files):
        definitions = orgs.find_definitions(body)
        for text in _sentences(body):
            if not has_number(text):
                marks = Marks.of(text, definitions)
                assert marks_without_doc(marks, cues) \
                    == SentenceMarks.of_doc(analyse(text, definitions, marks)), text


def test_a_defined_abbreviation_keeps_the_tokenizer_off_the_articles_mentions():
    definitions = orgs.find_definitions(DEFINING)
    assert definitions == {"CĐGD": "Công đoàn Giáo dục"}
    text = _sentences(DEFINING)[1]
    marks = Marks.of(text, definitions)
    assert marks.plain_orgs is None  # the mentions with `CĐGD` are not find_mentions(text)'s
    assert [m.head for m in marks.orgs] == ["Công đoàn Giáo dục"]


@pytest.mark.parametrize("text, expected", [
    ("Liên đoàn Lao động (LĐLĐ) quận, Bảo hiểm xã hội (BHXH).", {"LĐLĐ": "Liên đoàn Lao động",
                                                                  "BHXH": "Bảo hiểm xã hội"}),
    ("Ngày 5 (T2) họp. Hội Liên hiệp Phụ nữ (HLHPN) và Công đoàn (CĐ)",
     {"HLHPN": "Hội Liên hiệp Phụ nữ", "CĐ": "Công đoàn"}),
    ("(ABC) không có tên trước, (ĐV) đoàn viên", {}),
])
def test_definitions_are_found_wherever_they_end(text, expected):
    assert orgs.find_definitions(text) == expected


TRICKY_PERIODS = ["giai đoạn 2020 - 2025 và năm 2024, quý IV/2023", "từ 5-7/8/2024 đến nay",
                  "6 tháng đầu năm nay, nửa cuối năm 2023 so với cùng kỳ năm 2022",
                  "Luật Công đoàn năm 2024; sinh năm 1979; lúc 8h30 ngày 12/3", "33/25 CĐCS",
                  "nhiệm kỳ 2023 - 2028, nhiệm kỳ qua, hằng năm, năm ngoái, đến năm mới 2025"]


def test_periods_are_those_the_alternation_of_their_patterns_finds(corpus_files):
    alternation = regex.compile("|".join(f"(?P<k{i}>{p})" for i, (_, p) in
                                         enumerate(periods.PATTERNS)), regex.IGNORECASE)
    texts = TRICKY_PERIODS + [t for body in _bodies(corpus_files) for t in _sentences(body)]
    for text in texts:
        expected = [(next(i for i in range(len(periods.PATTERNS)) if m.group(f"k{i}")), m.span())
                    for m in alternation.finditer(text)]
        assert [(i, m.span()) for i, m in periods._matches(text)] == expected, text
