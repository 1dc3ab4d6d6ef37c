"""Article -> sentences and facts. (Minimal first version; issue 5 owns it.)"""
from __future__ import annotations

import regex
from underthesea import sent_tokenize

from extract.records import Article, Fact, Sentence

EXTRACTOR_VERSION = "0.1.0"

NUMBER = regex.compile(r"\d+(?:[.,]\d+)*%?")


def split_sentences(article: Article) -> list[Sentence]:
    sentences, cursor = [], 0
    for para_text in sent_tokenize(article.body):
        start = article.body.find(para_text, cursor)
        if start < 0:
            continue
        cursor = start + len(para_text)
        sentences.append(Sentence(article.id, len(sentences), para_text, start, cursor))
    return sentences


def extract_article(article: Article) -> tuple[list[Sentence], list[Fact]]:
    sentences = split_sentences(article)
    facts = []
    for sent in sentences:
        for m in NUMBER.finditer(sent.text):
            raw = m.group()
            value = float(raw.rstrip("%").replace(".", "").replace(",", "."))
            facts.append(Fact(
                article_id=article.id, sentence_idx=sent.idx, raw=raw,
                start=sent.start + m.start(), end=sent.start + m.end(), value=value,
                unit="%" if raw.endswith("%") else None, extractor_version=EXTRACTOR_VERSION,
            ))
    return sentences, facts
