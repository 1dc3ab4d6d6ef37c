"""The records every stage passes along. Field names are the database's column names."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import NamedTuple


def _values_of(record) -> dict:
    """A record's fields by name, in order: `dataclasses.asdict`'s dict without its deep copy of
    each value, which the records' scalar fields do not need (a row is made of every article,
    sentence and fact stored; asdict was ~2 % of `solieu run`)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@cache
def _field_names(record_type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


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
        return _values_of(self)


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
        return {"id": self.id, **_values_of(self)}


def column(doc: str, **options):
    """A field that is a database column, with its description (Vietnamese · English), which
    datasette shows."""
    return field(metadata={"doc": doc}, **options)


@dataclass(kw_only=True)
class Fact:
    """One quantitative claim in one sentence. Its fields are the `facts` table's columns, in
    the table's order (`FACT_COLUMNS`: with `id` first and `sentence_id` for `sentence_idx`);
    store/migrations.py creates the table and the `facts_view` from them."""

    article_id: str = column("Bài nguồn · Source article")
    sentence_idx: int = column("Câu nguồn, con số được tô sáng · Source sentence, the figure highlighted")
    organization: str | None = column(
        "Tổ chức mà số liệu nói về (tên đầy đủ) · Organization the figure is about (full name)",
        default=None)
    metric: str | None = column("Cái được đếm hoặc đo · What is counted or measured", default=None)
    value: float | None = column(
        "Giá trị chính đã chuẩn hoá (2.985 → 2985; 83,4 triệu → 83400000) · Main value, normalised")
    unit: str | None = column(
        "Đơn vị: danh từ được đếm, %, hoặc VND · Unit: the counted noun, %, or VND", default=None)
    numerator: float | None = column("Tử số của tỉ lệ x/y · Numerator of a ratio x/y", default=None)
    denominator: float | None = column("Mẫu số của tỉ lệ x/y · Denominator of a ratio x/y",
                                       default=None)
    percent: float | None = column("Phần trăm được nêu kèm · Percentage stated with the figure",
                                   default=None)
    comparator: str = column("So sánh: =, > (trên, hơn, vượt), >= (trở lên), <, ~ (gần, khoảng) "
                             "· Comparator", default="=")
    status: str = column("actual (đã đạt) hoặc target (chỉ tiêu, phấn đấu) · actual or target",
                         default="actual")
    period: str | None = column("Thời kỳ: 2016, 2024-H1, 2024-Q1, 2023-2028, ngày · Period the "
                                "figure refers to", default=None)
    term: str | None = column("Nhiệm kỳ, nếu bài nêu · Term of office (nhiệm kỳ), when stated",
                              default=None)
    raw: str = column("Nguyên văn con số trong câu · The figure as written")
    start: int = column("Vị trí bắt đầu con số trong văn bản bài · Start offset of the figure in "
                        "the article text")  # Article.body[start:end] == raw
    end: int = column("Vị trí kết thúc con số trong văn bản bài · End offset of the figure in the "
                      "article text")
    consistency: str | None = column(  # consistent / inconsistent / malformed / None
        "Kiểm tra phần trăm với tử/mẫu: consistent, inconsistent, malformed · Arithmetic check "
        "of the percent", default=None)
    org_source: str | None = column(  # sentence / context / title
        "Tổ chức lấy từ đâu: sentence, context, title · Where the organization was found",
        default=None)
    extractor_version: str | None = column("Phiên bản bộ trích xuất · Extractor version",
                                           default=None)

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"

    @property
    def sentence_id(self) -> str:
        return f"{self.article_id}:{self.sentence_idx}"

    def to_row(self) -> dict:
        row = {"id": self.id, "sentence_id": self.sentence_id, **_values_of(self)}
        del row["sentence_idx"]
        return row

    @classmethod
    def from_row(cls, row) -> "Fact":
        """The fact of a stored row (of `facts` or `facts_view`: other keys are left alone)."""
        values = {name: row[name] for name in _FACT_FIELDS if name in row.keys()}
        values["sentence_idx"] = int(row["sentence_id"].rpartition(":")[2])
        return cls(**values)


class Column(NamedTuple):
    name: str
    type: str  # the Python type of its values: str, int or float
    doc: str


_FACT_FIELDS = [f.name for f in fields(Fact) if f.name != "sentence_idx"]
# The facts table's columns, in order: the fact's id, then its fields, the sentence's id for
# the sentence's index. Adding a column is adding a field above (then see store/migrations.py).
FACT_COLUMNS: list[Column] = [
    Column("id", "str", "Mã số liệu: mã bài:start-end · Fact id: article id:start-end")] + [
    Column("sentence_id", "str", f.metadata["doc"]) if f.name == "sentence_idx" else
    Column(f.name, f.type.split("|")[0].strip(), f.metadata["doc"]) for f in fields(Fact)]
