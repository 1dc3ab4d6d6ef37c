"""Score extracted facts against a gold annotation (the format of FACTS.md). Pure: no SQL, no files.

Rules (they are what `solieu eval` reports):

- **Locating gold.** A gold sentence is found in the article body verbatim up to whitespace (any run
  of spaces/newlines matches any other); its `raw` is then found inside that sentence.
- **Same sentence.** A found fact is "from" a gold sentence when its character span overlaps the
  gold sentence's span in the body. This does not depend on how the extractor split sentences:
  a split that differs slightly from the annotator's still puts the figure inside the gold sentence.
- **Match.** A found fact matches a gold fact from the same sentence with the same value (numbers
  equal within `TOLERANCE`). Matching is one-to-one; when a sentence holds several gold facts with
  the same value (`trên 70% đơn vị ...; 70% doanh nghiệp`), the found fact goes to the gold fact whose
  `raw` it overlaps, else to the nearest one.
- **Fields** are scored over matched pairs: numbers within `TOLERANCE` (null equals only null);
  comparator, status equal; period, term equal ignoring spaces; check equals the fact's
  `consistency`; organization equal ignoring case, spacing and punctuation, the gold's
  abbreviations read spelled out (the found name must spell them out itself; a gold value naming several
  organizations, joined by "; ", accepts any of them; `Công đoàn cơ sở X` and `Công đoàn X` name
  the same grassroots union, FACTS.md); unit equal ignoring case and spacing: units are canonical
  (FACTS.md: `CĐCS` however the text writes it, `con` for `2 con nhỏ`), so `Công đoàn cơ sở` for
  `CĐCS` or `đoàn viên, người lao động` for `đoàn viên` is wrong; metric by word-level similarity
  >= `METRIC_THRESHOLD` (see `metric_similarity`).
- **Non-facts.** An unmatched found fact whose span overlaps an occurrence of a gold non-fact's `raw`
  (and no gold fact's `raw`) is a non-fact extracted. It is also a false positive.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from solieu.extract import lexicon

FIELDS = ("organization", "metric", "unit", "numerator", "denominator", "percent",
          "comparator", "status", "period")
OTHER_FIELDS = ("term", "check")  # reported, not among the targets
FACT_KEYS = ("sentence", "raw", "organization", "metric", "value", "unit", "numerator",
             "denominator", "percent", "comparator", "status", "period", "term", "check")
NUMBER_FIELDS = {"value", "numerator", "denominator", "percent"}
TOLERANCE = 0.005  # absolute, plus a relative 1e-9 for large sums of money
METRIC_THRESHOLD = 0.5
ANCHOR_CHARS = 6  # a non-fact long enough to tell its article from others (`Nghị quyết 02`)

# Expanded before comparing metrics and units, so `CĐCS thành lập` ~ `Công đoàn cơ sở thành lập`.
ABBREVIATIONS = {short.casefold(): full.casefold() for short, full in lexicon.ABBREVIATIONS.items()}
# Function words carry no meaning of their own in a metric ("CĐCS được thành lập" = "CĐCS thành lập").
FUNCTION_WORDS = lexicon.METRIC_STOP_WORDS
WORD = re.compile(r"\w+|%")
PARENTHESIS = re.compile(r"\([^()]*\)")


class GoldError(ValueError):
    """A gold file that does not follow the format; the message names the file and line."""


@dataclass
class GoldFact:
    sentence: str
    raw: str
    value: float
    organization: str | None = None
    metric: str | None = None
    unit: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    percent: float | None = None
    comparator: str = "="
    status: str = "actual"
    period: str | None = None
    term: str | None = None
    check: str | None = None


@dataclass
class GoldNonFact:
    raw: str
    why: str


@dataclass
class GoldArticle:
    name: str  # the gold file stem
    facts: list[GoldFact]
    nonfacts: list[GoldNonFact] = field(default_factory=list)


def parse_gold(name: str, facts_text: str, nonfacts_text: str = "") -> GoldArticle:
    """A GoldArticle from the text of `<name>.jsonl` and `<name>.nonfacts.jsonl`."""
    facts = [GoldFact(**{k: row.get(k) for k in FACT_KEYS if k in row})
             for row in _json_lines(f"{name}.jsonl", facts_text, ("sentence", "raw", "value"))]
    nonfacts = [GoldNonFact(row["raw"], row["why"])
                for row in _json_lines(f"{name}.nonfacts.jsonl", nonfacts_text, ("raw", "why"))]
    return GoldArticle(name, facts, nonfacts)


def _json_lines(filename: str, text: str, required: tuple[str, ...]) -> list[dict]:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{filename}:{n}: not JSON ({exc.msg})") from None
        missing = [k for k in required if not isinstance(row, dict) or row.get(k) is None]
        if missing:
            raise GoldError(f"{filename}:{n}: missing {', '.join(missing)}")
        if isinstance(row.get("sentence"), str):
            row["sentence"] = unicodedata.normalize("NFC", row["sentence"])
        row["raw"] = unicodedata.normalize("NFC", row["raw"])
        rows.append(row)
    return rows


# --- locating text in an article body --------------------------------------------------------------
def _pattern(text: str) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(word) for word in text.split()))


def find_all(body: str, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every span of `text` in `body[start:end]`, any whitespace matching any whitespace."""
    if not text.strip():
        return []
    pattern = _pattern(text)
    end = len(body) if end is None else end
    return [(m.start(), m.end()) for m in pattern.finditer(body, start, end)]


def squeeze(text: str) -> str:
    return " ".join(text.split())


def match_articles(golds: Iterable[GoldArticle], articles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Gold name -> id of the article whose body holds most of its gold sentences (at least one).

    Works for any gold set, with or without URLs: the sentences are the annotation's own anchor.
    """
    golds = list(golds)
    wanted = {g.name: {squeeze(f.sentence) for f in g.facts} for g in golds}
    # A gold file with no fact (an article the annotators found no figure in) is anchored by its
    # non-facts' raws instead, all of which must be in the body: facts extracted from it are
    # false positives, and would go unseen if it matched no article.
    anchors = {g.name: {squeeze(nf.raw) for nf in g.nonfacts if len(nf.raw) >= ANCHOR_CHARS}
               for g in golds if not g.facts}
    best: dict[str, tuple[int, str]] = {}
    for article_id, body in articles:
        flat = squeeze(body or "")
        for name, sentences in wanted.items():
            hits = sum(1 for s in sentences if s in flat)
            if not sentences and len(anchors.get(name, ())) >= 2:
                hits = len(anchors[name]) if all(a in flat for a in anchors[name]) else 0
            if hits and hits > best.get(name, (0, ""))[0]:
                best[name] = (hits, article_id)
    return {name: article_id for name, (_, article_id) in best.items()}


# --- comparing values -------------------------------------------------------------------------------
def same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=TOLERANCE)
    except (TypeError, ValueError):
        return False


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("uỷ", "ủy")
    return " ".join(text.split())


def words(text: str | None, drop_function_words: bool = False) -> list[str]:
    """Lower-cased words with abbreviations expanded."""
    out = []
    for word in WORD.findall(_norm(text or "")):
        out += ABBREVIATIONS.get(word, word).split()
    if drop_function_words:
        out = [w for w in out if w not in FUNCTION_WORDS]
    return out


def _word_f1(found: list[str], gold: list[str]) -> float:
    common = sum((Counter(found) & Counter(gold)).values())
    if not common:
        return 0.0
    precision, recall = common / len(found), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def metric_similarity(found: str | None, gold: str | None) -> float:
    """Word-level F1 between two metrics (0..1).

    Words are lower-cased, abbreviations expanded, function words dropped. The gold metric's
    parenthesised parts are annotator context (`(hàng năm)`), so the better of the gold with and
    without them is taken.
    """
    if not found or not gold:
        return 1.0 if not found and not gold else 0.0
    found_words = words(found, drop_function_words=True)
    variants = [words(text, drop_function_words=True) for text in (gold, PARENTHESIS.sub(" ", gold))]
    return max((_word_f1(found_words, v) for v in variants if v and found_words), default=0.0)


def same_unit(found: str | None, gold: str | None) -> bool:
    if not found or not gold:
        return not found and not gold
    return _norm(found) == _norm(gold)


GRASSROOTS = re.compile(r"^công đoàn cơ sở (?=\S)")


def _org_names(value: str, expand: bool = False) -> set[str]:
    """The names of a (`; `-joined) organization value, as their words (punctuation aside);
    `Công đoàn cơ sở X` read as `Công đoàn X`; with `expand`, the lexicon's abbreviations spelled out."""
    read = words if expand else (lambda part: WORD.findall(_norm(part)))
    return {GRASSROOTS.sub("công đoàn ", " ".join(found)) for part in value.split(";") if (found := read(part))}


def same_organization(found: str | None, gold: str | None) -> bool:
    """Whether the found organization is the gold's: the found name as the extractor must write it
    (abbreviations expanded, FACTS.md), the gold's as written or as the annotator meant it (an
    abbreviation kept, `Công ty CP X`, read spelled out: `Công ty Cổ phần X`)."""
    if not found or not gold:
        return not found and not gold
    names = _org_names(found)
    return bool(names) and (names <= _org_names(gold) or names <= _org_names(gold, expand=True))


def same_period(found: str | None, gold: str | None) -> bool:
    def norm(p):
        return re.sub(r"\s+", "", p) if p else None
    return norm(found) == norm(gold)


def field_agrees(name: str, found: Any, gold: Any) -> bool:
    if name in NUMBER_FIELDS:
        return same_number(found, gold)
    if name == "organization":
        return same_organization(found, gold)
    if name == "metric":
        return metric_similarity(found, gold) >= METRIC_THRESHOLD
    if name == "unit":
        return same_unit(found, gold)
    if name in ("period", "term"):
        return same_period(found, gold)
    return (found or None) == (gold or None)


def _get(fact: Any, name: str) -> Any:
    """A field of a found fact: a `Fact` or a database row (dict); `check` is `consistency`."""
    key = "consistency" if name == "check" else name
    return fact.get(key) if isinstance(fact, dict) else getattr(fact, key, None)


# --- scoring one article -----------------------------------------------------------------------------
@dataclass
class _Located:
    gold: GoldFact
    sentences: list[tuple[int, int]]  # where the gold sentence occurs in the body
    raws: list[tuple[int, int]]  # where its raw occurs inside those


def _locate(gold: GoldArticle, body: str) -> list[_Located]:
    located, used = [], Counter()
    for fact in gold.facts:
        sentences = find_all(body, fact.sentence)
        raws = []
        for start, end in sentences:
            spans = find_all(body, fact.raw, start, end)
            nth = used[(fact.sentence, fact.raw, start)]  # the same raw twice in one sentence
            raws += spans[nth:nth + 1] or spans[:1]
            used[(fact.sentence, fact.raw, start)] += 1
        located.append(_Located(fact, sentences, raws))
    return located


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(fact: Any) -> tuple[int, int] | None:
    start, end = _get(fact, "start"), _get(fact, "end")
    return (int(start), int(end)) if start is not None and end is not None else None


def _pair_score(span: tuple[int, int], loc: _Located) -> tuple[int, int] | None:
    if not any(_overlap(span, s) for s in loc.sentences):
        return None
    overlap = max((_overlap(span, r) for r in loc.raws), default=0)
    distance = min((abs(span[0] - r[0]) for r in loc.raws), default=len(loc.gold.sentence))
    return (-overlap, distance)


def _match(located: list[_Located], found: list[Any]) -> dict[int, int]:
    """found index -> located index, one-to-one, best pairs first."""
    pairs = []
    for i, fact in enumerate(found):
        span = _span(fact)
        if span is None:
            continue
        for j, loc in enumerate(located):
            if _get(fact, "value") is not None and same_number(_get(fact, "value"), loc.gold.value):
                score = _pair_score(span, loc)
                if score is not None:
                    pairs.append((score, i, j))
    matched, taken = {}, set()
    for _, i, j in sorted(pairs):
        if i not in matched and j not in taken:
            matched[i] = j
            taken.add(j)
    return matched


def _describe(fact: Any) -> dict:
    return {"raw": _get(fact, "raw"), "value": _get(fact, "value"), "start": _get(fact, "start"),
            "sentence": _get(fact, "sentence")}


@dataclass
class ArticleScore:
    gold_name: str
    article_id: str | None
    gold: int
    found: int
    matched: int
    agree: dict[str, int] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    nonfacts: list[dict] = field(default_factory=list)
    field_errors: list[dict] = field(default_factory=list)


def score_article(gold: GoldArticle, article_id: str | None, body: str, found: list[Any]) -> ArticleScore:
    """Compare the facts found in one article (Fact objects or fact rows) with its gold."""
    located = _locate(gold, body)
    matched = _match(located, found)
    result = ArticleScore(gold.name, article_id, len(gold.facts), len(found), len(matched),
                          agree={name: 0 for name in FIELDS + OTHER_FIELDS})
    for i, j in sorted(matched.items(), key=lambda p: p[1]):
        fact, gold_fact = found[i], located[j].gold
        for name in FIELDS + OTHER_FIELDS:
            if field_agrees(name, _get(fact, name), getattr(gold_fact, name)):
                result.agree[name] += 1
            else:
                result.field_errors.append({"raw": gold_fact.raw, "field": name,
                                            "found": _get(fact, name), "gold": getattr(gold_fact, name)})
    unmatched = [i for i in range(len(found)) if i not in matched]
    taken = set(matched.values())
    for j, loc in enumerate(located):
        if j not in taken:
            result.misses.append(_miss(loc, found, unmatched))
    gold_raws = [r for loc in located for r in loc.raws]
    nonfact_spans = [(span, nf) for nf in gold.nonfacts for span in find_all(body, nf.raw)]
    for i in unmatched:
        entry = _describe(found[i])
        span = _span(found[i])
        hit = next((nf for s, nf in nonfact_spans if span and _overlap(span, s)), None)
        if hit and not any(_overlap(span, r) for r in gold_raws):
            entry["nonfact"] = {"raw": hit.raw, "why": hit.why}
            result.nonfacts.append(entry)
        result.false_positives.append(entry)
    return result


def _miss(loc: _Located, found: list[Any], unmatched: list[int]) -> dict:
    miss = {"raw": loc.gold.raw, "value": loc.gold.value, "sentence": loc.gold.sentence}
    if not loc.sentences:
        miss["problem"] = "gold sentence not found in the article body"
    near = [found[i] for i in unmatched
            if (span := _span(found[i])) and any(_overlap(span, r) for r in loc.raws)]
    if near:
        miss["found_instead"] = [{"raw": _get(f, "raw"), "value": _get(f, "value")} for f in near]
    return miss


# --- totals ----------------------------------------------------------------------------------------
def _rates(gold: int, found: int, matched: int) -> dict:
    precision = matched / found if found else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": gold, "found": found, "matched": matched,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _accuracy(agree: dict[str, int], matched: int, names: Iterable[str]) -> dict:
    return {n: round(agree.get(n, 0) / matched, 4) if matched else None for n in names}


def _summary(gold: int, found: int, matched: int, agree: dict, nonfacts: int) -> dict:
    return {**_rates(gold, found, matched), "nonfacts_extracted": nonfacts,
            "fields": _accuracy(agree, matched, FIELDS),
            "other_fields": _accuracy(agree, matched, OTHER_FIELDS)}


@dataclass
class Evaluation:
    articles: list[ArticleScore]
    unmatched_gold: list[str] = field(default_factory=list)  # gold files with no article

    def overall(self) -> dict:
        agree = Counter()
        for a in self.articles:
            agree.update(a.agree)
        return _summary(sum(a.gold for a in self.articles), sum(a.found for a in self.articles),
                        sum(a.matched for a in self.articles), agree,
                        sum(len(a.nonfacts) for a in self.articles))

    def to_dict(self) -> dict:
        articles = []
        for a in self.articles:
            details = asdict(a)
            articles.append({
                "gold_file": a.gold_name, "article_id": a.article_id,
                **_summary(a.gold, a.found, a.matched, a.agree, len(a.nonfacts)),
                **{k: details[k] for k in ("misses", "false_positives", "nonfacts", "field_errors")},
            })
        return {
            "overall": self.overall(),
            "articles": articles,
            "unmatched_gold_files": self.unmatched_gold,
            "settings": {"metric_threshold": METRIC_THRESHOLD, "number_tolerance": TOLERANCE},
        }


def evaluate(golds: list[GoldArticle], bodies: dict[str, str], facts: dict[str, list[Any]],
             matches: dict[str, str]) -> Evaluation:
    """Score every gold article against the article `matches` assigns to it.

    `bodies` and `facts` are keyed by article id; a gold file with no article counts as all missed.
    """
    scores, unmatched = [], []
    for gold in golds:
        article_id = matches.get(gold.name)
        if article_id is None:
            unmatched.append(gold.name)
            scores.append(score_article(gold, None, "", []))
        else:
            body = bodies.get(article_id) or ""
            scores.append(score_article(gold, article_id, body, facts.get(article_id, [])))
    return Evaluation(scores, unmatched)
