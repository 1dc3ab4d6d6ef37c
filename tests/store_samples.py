"""Known articles, sentences and facts written through the store API, for exact assertions
on the store and on the served database (independent of what the extractor finds)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from solieu import store
from solieu.extract.records import Article, Fact, Sentence

VERSION = "test-1"

# The tables and columns the issue names: a public contract.
CONTRACT = {
    "articles": ["id", "url", "title", "sapo", "published", "category", "body", "raw", "format",
                 "content_hash", "ingested_at"],
    "sentences": ["id", "article_id", "idx", "text", "start", "end"],
    "facts": ["id", "article_id", "sentence_id", "organization", "metric", "value", "unit",
              "numerator", "denominator", "percent", "comparator", "status", "period", "term",
              "raw", "start", "end", "consistency", "org_source", "extractor_version"],
    "organizations": ["id", "name", "aliases"],
    "runs": ["id", "kind", "started", "finished", "version", "counts", "errors"],
}


@dataclass
class Sample:
    article: Article
    sentences: list[Sentence]
    facts: list[Fact]


def make_sample(article_id: str, title: str, published: str, texts: list[str],
                facts: list[dict]) -> Sample:
    """An article whose body is `title` and `texts`, one sentence each; each fact dict names
    its sentence (`sentence`), its `raw` text in it, and any other Fact fields."""
    body = "\n".join([title, *texts])
    sentences, cursor = [], 0
    for idx, text in enumerate([title, *texts]):
        start = body.index(text, cursor)
        cursor = start + len(text)
        sentences.append(Sentence(article_id, idx, text, start, cursor))
    made = []
    for spec in facts:
        spec = dict(spec)
        sentence = sentences[spec.pop("sentence")]
        start = body.index(spec["raw"], sentence.start)
        made.append(Fact(article_id=article_id, sentence_idx=sentence.idx, start=start,
                         end=start + len(spec["raw"]), extractor_version=VERSION, **spec))
    article = Article(
        id=article_id, body=body, title=title, published=published, format="text",
        url=f"https://laodongthudo.vn/{article_id}.html", raw=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest()[:16],
        ingested_at="2024-01-01T00:00:00+00:00",
    )
    return Sample(article, sentences, made)


BA_DINH = "Liên đoàn Lao động quận Ba Đình"
HA_NOI = "Liên đoàn Lao động thành phố Hà Nội"
TAY_HO = "Công đoàn cơ sở Công ty May Tây Hồ"

SAMPLES = [
    make_sample(
        "badinh2016", "LĐLĐ quận Ba Đình: Đoàn viên tăng mạnh", "2017-01-05T08:00:00+07:00",
        ["Năm 2016, LĐLĐ quận kết nạp được 2.985/2500 đoàn viên (đạt 119% so với chỉ tiêu TP giao).",
         "Toàn quận có 2.107 sáng kiến được cập nhật (đạt 117,78%).",
         "Quận đã thành lập 13/28 CĐCS, đạt 56,42%."],
        [dict(sentence=1, raw="2.985/2500 đoàn viên", value=2985, unit="đoàn viên",
              numerator=2985, denominator=2500, percent=119, organization=BA_DINH,
              metric="đoàn viên kết nạp", period="2016", consistency="consistent"),
         dict(sentence=2, raw="2.107 sáng kiến", value=2107, unit="sáng kiến", percent=117.78,
              organization=BA_DINH, metric="sáng kiến được cập nhật", period="2016"),
         dict(sentence=3, raw="13/28 CĐCS", value=13, unit="CĐCS", numerator=13,
              denominator=28, percent=56.42, organization=BA_DINH, metric="CĐCS thành lập",
              period="2016", consistency="inconsistent")],
    ),
    make_sample(
        "hanoi2024", "Công đoàn Thủ đô chăm lo Tết cho người lao động", "2024-01-20T09:30:00+07:00",
        ["Dịp Tết, Công đoàn Thủ đô đã hỗ trợ 83,4 triệu đồng cho người lao động khó khăn.",
         "Số tiền thưởng 7.261.045351đ/2.900.000.000đ đạt 250% kế hoạch."],
        [dict(sentence=1, raw="83,4 triệu đồng", value=83400000, unit="VND",
              organization=HA_NOI, metric="tiền hỗ trợ người lao động", period="2024-01"),
         dict(sentence=2, raw="7.261.045351đ/2.900.000.000đ", value=None, unit="VND",
              denominator=2900000000, percent=250, organization=HA_NOI,
              metric="tiền thưởng", period="2024", consistency="malformed")],
    ),
    make_sample(
        "nhiemky2023", "Đại hội Công đoàn cơ sở Công ty May Tây Hồ", "2023-10-17T10:00:00+07:00",
        ["Trong nhiệm kỳ 2023 - 2028, phấn đấu 70% trở lên doanh nghiệp có tổ chức công đoàn.",
         "Phấn đấu hàng năm kết nạp 500 đoàn viên mới."],
        [dict(sentence=1, raw="70%", value=70, unit="%", percent=70, comparator=">=",
              status="target", term="2023-2028", organization=TAY_HO,
              metric="doanh nghiệp có tổ chức công đoàn", period="2023-2028"),
         dict(sentence=2, raw="500 đoàn viên", value=500, unit="đoàn viên", status="target",
              term="2023-2028", organization=TAY_HO, metric="đoàn viên kết nạp")],
    ),
]


def write_samples(db, samples=SAMPLES) -> None:
    for sample in samples:
        store.upsert_article(db, sample.article)
        store.replace_extraction(db, sample.article, sample.sentences, sample.facts, VERSION)


SENTENCES_PER_ARTICLE = 12


def numbered_sample(number: int, edition: int) -> Sample:
    """Article `number` in its `edition`-th version: always SENTENCES_PER_ARTICLE sentences,
    each with one fact, so a reader can tell a whole article from a half-written one."""
    texts = [f"Lần {edition}: công đoàn số {number} kết nạp {number * 100 + i}.{i:03d} đoàn viên mới."
             for i in range(1, SENTENCES_PER_ARTICLE)]
    facts = [dict(sentence=i, raw=f"{number * 100 + i}.{i:03d} đoàn viên", value=float(i),
                  unit="đoàn viên", organization=f"Công đoàn cơ sở số {number}")
             for i in range(1, SENTENCES_PER_ARTICLE)]
    facts.append(dict(sentence=0, raw=str(number), value=float(number)))
    return make_sample(f"many{number:05d}", f"Bài {number} phiên bản {edition}",
                       "2024-05-01T08:00:00+07:00", texts, facts)


def write_many(db_path, articles: int, editions: int) -> None:
    """Write `articles` articles, then rewrite each of them `editions - 1` times."""
    db = store.open_db(db_path)
    for edition in range(1, editions + 1):
        write_samples(db, (numbered_sample(n, edition) for n in range(articles)))
