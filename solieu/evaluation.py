"""`solieu eval`: score the facts in a database against a gold directory.

>>> from solieu.evaluation import evaluate_gold_dir
>>> report = evaluate_gold_dir(store.open_db("solieu.db"), "corpus/gold")   # doctest: +SKIP
>>> report.overall()["f1"]                                                   # doctest: +SKIP

Each gold file is matched to the stored article whose body holds most of its gold sentences
(see :func:`solieu.scoring.match_articles`), so no file name or URL needs to be stored.
"""
from __future__ import annotations

import json
from pathlib import Path

from solieu.scoring import (FIELDS, OTHER_FIELDS, Evaluation, GoldArticle, GoldError, evaluate,
                              match_articles, parse_gold)
from solieu.store.read import article_bodies, article_body, facts_of_article

NONFACTS_SUFFIX = ".nonfacts.jsonl"


def load_gold_dir(gold_dir: str | Path) -> list[GoldArticle]:
    """Every `<stem>.jsonl` of `gold_dir` with its `<stem>.nonfacts.jsonl` (optional)."""
    gold_dir = Path(gold_dir)
    fact_files = sorted(p for p in gold_dir.glob("*.jsonl") if not p.name.endswith(NONFACTS_SUFFIX))
    if not fact_files:
        raise GoldError(f"{gold_dir}: no gold files (<stem>.jsonl)")
    golds = []
    for path in fact_files:
        stem = path.name[: -len(".jsonl")]
        nonfacts = gold_dir / f"{stem}{NONFACTS_SUFFIX}"
        golds.append(parse_gold(stem, _read(path), _read(nonfacts) if nonfacts.exists() else ""))
    return golds


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None


def evaluate_gold_dir(db, gold_dir: str | Path) -> Evaluation:
    """Load the gold set, find its articles in `db`, and score their stored facts."""
    golds = load_gold_dir(gold_dir)
    matches = match_articles(golds, article_bodies(db))  # streams: bodies are not all held at once
    matched = set(matches.values())
    bodies = {article_id: article_body(db, article_id) for article_id in matched}
    facts = {article_id: facts_of_article(db, article_id) for article_id in matched}
    return evaluate(golds, bodies, facts, matches)


def to_json(report: Evaluation) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def to_text(report: Evaluation, gold_dir: str | Path) -> str:
    """The scores as tables, then the non-facts, misses, false positives and field errors."""
    data = report.to_dict()
    rows = [(a["gold_file"], a) for a in data["articles"]] + [("overall", data["overall"])]
    lines = [f"Evaluation against {gold_dir}: {len(data['articles'])} gold files, "
             f"{len(data['articles']) - len(data['unmatched_gold_files'])} found in the database", ""]
    lines.append(f"{'article':<24}{'gold':>6}{'found':>7}{'matched':>9}{'precision':>11}"
                 f"{'recall':>8}{'F1':>7}{'non-facts':>11}")
    for name, r in rows:
        lines.append(f"{name:<24}{r['gold']:>6}{r['found']:>7}{r['matched']:>9}{r['precision']:>11.3f}"
                     f"{r['recall']:>8.3f}{r['f1']:>7.3f}{r['nonfacts_extracted']:>11}")
    lines += ["", f"Field accuracy over matched facts (metric: word similarity >= "
                  f"{data['settings']['metric_threshold']}; numbers within "
                  f"{data['settings']['number_tolerance']})"]
    lines.append(f"{'field':<14}" + "".join(f"{name[:9]:>10}" for name, _ in rows))
    for field_name in (*FIELDS, *OTHER_FIELDS):
        cells = []
        for _, r in rows:
            value = {**r["fields"], **r["other_fields"]}[field_name]
            cells.append(f"{'-' if value is None else f'{value:.3f}':>10}")
        lines.append(f"{field_name:<14}" + "".join(cells))
    for name in data["unmatched_gold_files"]:
        lines.append(f"\n{name}: no article in the database holds its gold sentences")
    lines += _listing(data, "nonfacts", "Non-facts extracted",
                      lambda e: f"{e['raw']!r} = {_num(e['value'])} "
                                f"({e['nonfact']['why']}: {e['nonfact']['raw']!r})")
    lines += _listing(data, "misses", "Misses", _describe_miss)
    lines += _listing(data, "false_positives", "False positives",
                      lambda e: f"{e['raw']!r} = {_num(e['value'])} in {_short(e.get('sentence'))}")
    lines += _listing(data, "field_errors", "Field errors",
                      lambda e: f"{e['raw']!r} {e['field']}: found {e['found']!r}, gold {e['gold']!r}")
    return "\n".join(lines)


def _describe_miss(entry: dict) -> str:
    text = f"{entry['raw']!r} = {_num(entry['value'])} in {_short(entry['sentence'])}"
    if entry.get("problem"):
        text += f" [{entry['problem']}]"
    for near in entry.get("found_instead", []):
        text += f" [found instead {near['raw']!r} = {_num(near['value'])}]"
    return text


def _listing(data: dict, key: str, title: str, describe) -> list[str]:
    lines = ["", f"{title} ({sum(len(a[key]) for a in data['articles'])})"]
    for article in data["articles"]:
        if article[key]:
            lines.append(f"  {article['gold_file']}:")
            lines += [f"    {describe(entry)}" for entry in article[key]]
    return lines


def _num(value) -> str:
    """2985, not 2985.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _short(sentence: str | None, width: int = 70) -> str:
    if not sentence:
        return "?"
    return repr(sentence if len(sentence) <= width else sentence[: width - 1] + "…")
