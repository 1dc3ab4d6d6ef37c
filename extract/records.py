"""The records every stage passes along. Field names are the database's column names."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass
class Article:
    id: str
    body: str
    url: str | None = None
    title: str | None = None
    sapo: str | None = None
    published: str | None = None  # ISO 8601 with +07:00, or None when the page does not say
    category: str | None = None
    author: str | None = None
    raw: str | None = None  # the input verbatim (decoded), so any run can be redone
    format: str | None = None  # "ldtd-text", "ldtd-html", "html", "text"
    content_hash: str | None = None
    ingested_at: str | None = None
    # JSON: other `Key: value` header lines of a plain-text input; a site page's "tags"
    metadata: str | None = None

    def to_row(self) -> dict:
        return asdict(self)


@dataclass
class Sentence:
    article_id: str
    idx: int
    text: str
    start: int  # offsets into Article.body
    end: int

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.idx}"

    def to_row(self) -> dict:
        return {"id": self.id, **asdict(self)}


@dataclass
class Fact:
    article_id: str
    sentence_idx: int
    raw: str
    start: int  # Article.body[start:end] == raw
    end: int
    value: float | None
    unit: str | None = None
    organization: str | None = None
    metric: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    percent: float | None = None
    comparator: str = "="
    status: str = "actual"
    period: str | None = None
    term: str | None = None
    consistency: str | None = None  # consistent / inconsistent / malformed / None
    org_source: str | None = None  # sentence / context / title
    extractor_version: str | None = None

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"

    @property
    def sentence_id(self) -> str:
        return f"{self.article_id}:{self.sentence_idx}"

    def to_row(self) -> dict:
        row = {"id": self.id, "sentence_id": self.sentence_id, **asdict(self)}
        del row["sentence_idx"]
        return row


FACT_COLUMNS = [f.name for f in fields(Fact) if f.name != "sentence_idx"]
