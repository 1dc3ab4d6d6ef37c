"""A claim set written from `../shared/realdev`'s gold (tests/claims/realdev.jsonl):
paraphrased claims of six kinds, each with the verdict the gold calls for. They are checked
as a journalist would, with one `solieu check --file` over the database `solieu run` builds
from the 40 articles.

- match: the figure as the article gives it (rounded as a journalist would, `gần`, `hơn`)
- differs: the figure changed (`384` for 383, `2 tỷ` for 1 tỷ, `hơn 37.000` for 27.000)
- wrong organization: the figure given to another union (`other organization`)
- wrong period: the figure given to another year (`other period`)
- unsupported: a figure no article holds (`not found`)
- target quoted as done: a planned figure (`dự kiến`) quoted as done (`target-only`)

The expectations come from the gold, not from what the extractor reads today, so part of
the score depends on the extractor's organizations and periods."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from commands import REALDEV, solieu

CLAIMS = Path(__file__).parent / "claims" / "realdev.jsonl"
# What the checker scores today with the extractor of this commit (77 of 79); the issue's
# goal is 0.95 (test_the_claim_set_scores_95_percent).
FLOOR = 0.97

pytestmark = pytest.mark.skipif(not (REALDEV / "raw").is_dir(), reason="no ../shared/realdev")


@pytest.fixture(scope="module")
def realdev_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("realdev") / "realdev.db"
    built = solieu("run", REALDEV / "raw", "--db", path)
    assert built.returncode == 0, built.stderr
    return path


def claim_set() -> list[dict]:
    return [json.loads(line) for line in CLAIMS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def checked(realdev_db, tmp_path_factory) -> list[tuple[dict, dict]]:
    claims = claim_set()
    path = tmp_path_factory.mktemp("claims") / "claims.txt"
    path.write_text("".join(c["claim"] + "\n" for c in claims), encoding="utf-8")
    result = solieu("check", "--file", path, "--db", realdev_db)
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(documents) == len(claims), result.stderr
    return list(zip(claims, documents))


def verdict_of(document: dict) -> str:
    verdicts = [v["verdict"] for v in document.get("verdicts", [])]
    return verdicts[0] if len(verdicts) == 1 else "/".join(verdicts) or "error"


def score(checked) -> float:
    return sum(verdict_of(doc) == claim["expected"] for claim, doc in checked) / len(checked)


def test_the_claim_set_has_every_kind():
    kinds = {c["kind"] for c in claim_set()}
    assert kinds == {"match", "differs", "wrong organization", "wrong period", "unsupported",
                     "target quoted as done"}
    assert len(claim_set()) >= 75


def test_no_wrong_claim_is_answered_with_exit_0(checked):
    wrong_at_0 = [claim["claim"] for claim, doc in checked
                  if claim["expected"] != "matches" and doc["exit_code"] == 0]
    assert wrong_at_0 == []


def test_the_verdicts_are_right_at_least_as_often_as_today(checked):
    wrong = [(claim["claim"], claim["expected"], verdict_of(doc)) for claim, doc in checked
             if verdict_of(doc) != claim["expected"]]
    assert score(checked) >= FLOOR, wrong


def test_the_claim_set_scores_95_percent(checked):
    assert score(checked) >= 0.95


def test_a_hundred_claims_take_well_under_ten_seconds(realdev_db, tmp_path):
    claims = [c["claim"] for c in claim_set()]
    lines = (claims * 2)[:100]
    path = tmp_path / "hundred.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = solieu("check", "--file", path, "--db", realdev_db)
    elapsed = time.perf_counter() - started
    assert len(result.stdout.splitlines()) == 100
    assert elapsed < 10, elapsed
