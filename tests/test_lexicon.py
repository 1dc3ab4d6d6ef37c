"""One lexicon, as data (issue 15): every word list lives in extract/lexicon.toml, and a word
added there reaches extraction, the claim check and the organization search."""
from __future__ import annotations

import ast
import json
import os
import re
import sqlite3
import subprocess
import tomllib
from pathlib import Path

from commands import SOLIEU
from solieu import scoring as evaluate
from solieu.extract import lexicon
from solieu.extract.facts import orgs
from solieu.store import organizations

ADDED = '"CĐVC" = "Công đoàn Viên chức"\n'
ROOT = Path(__file__).resolve().parents[1]


def test_every_module_reads_the_one_abbreviation_table():
    data = tomllib.loads(lexicon.PATH.read_text(encoding="utf-8"))
    assert lexicon.ABBREVIATIONS == data["abbreviations"]
    assert orgs.ABBREVIATIONS is lexicon.ABBREVIATIONS
    assert {(full, short) for full, short in organizations.ABBREVIATIONS} == \
        {(full, short) for short, full in lexicon.ABBREVIATIONS.items()}
    assert evaluate.ABBREVIATIONS["mttq"] == "mặt trận tổ quốc"
    # the aliases once written only in store/organizations.py now expand in names too
    assert orgs.canonical_org("TLĐLĐVN") == "Tổng Liên đoàn Lao động Việt Nam"
    assert "MTTQ" in lexicon.ABBREVIATIONS and "CĐN" in lexicon.ABBREVIATIONS


def test_a_word_added_to_the_lexicon_reaches_extraction_check_and_search(tmp_path):
    extended = tmp_path / "lexicon.toml"
    extended.write_text(lexicon.PATH.read_text(encoding="utf-8").replace(
        "[abbreviations]\n", "[abbreviations]\n" + ADDED), encoding="utf-8")  # one line added
    env = {**os.environ, "SOLIEU_LEXICON": str(extended)}
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "cdvc.txt").write_text(
        "URL: https://laodongthudo.vn/cong-doan-vien-chuc-trao-qua-300100.html\n"
        "TITLE: CĐVC thành phố Hà Nội trao quà Tết\n\n"
        "Ngày 20/1/2024, CĐVC thành phố Hà Nội đã trao 100 suất quà cho đoàn viên khó khăn.\n",
        encoding="utf-8")
    db = tmp_path / "x.db"

    def solieu(*args):
        return subprocess.run([SOLIEU, *map(str, args)], capture_output=True, text=True, env=env,
                              timeout=300)

    assert solieu("run", pages, "--db", db).returncode == 0
    with sqlite3.connect(db) as conn:
        [(organization,)] = conn.execute("select organization from facts").fetchall()
        [(aliases,)] = conn.execute("select aliases from organizations where name = ?",
                                    [organization]).fetchall()
    assert organization == "Công đoàn Viên chức thành phố Hà Nội"
    assert "CĐVC thành phố Hà Nội" in json.loads(aliases)
    checked = solieu("check", "CĐVC thành phố Hà Nội đã trao 100 suất quà năm 2024", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # without the added line, the abbreviation names nobody
    plain_db = tmp_path / "plain.db"
    subprocess.run([SOLIEU, "run", str(pages), "--db", str(plain_db)], capture_output=True,
                   timeout=300, env={k: v for k, v in os.environ.items() if k != "SOLIEU_LEXICON"})
    with sqlite3.connect(plain_db) as conn:
        assert conn.execute("select organization from facts").fetchall() != [(organization,)]


# ---- each word list once ---------------------------------------------------------------------

LISTS_WRITTEN_ONCE = [
    "target_cues", "actual_cues", "yardsticks", "reaching_words", "plan_references", "target_setting_verbs", "qa_labels",
    "verbs_before_small_words", "aspect_words", "delegations", "insured",
    "target_verbs", "giving_verbs", "event_nouns", "event_subjects", "programme_nouns", "named_events",
    "district_levels", "ward_levels", "admin_words", "workplaces", "person_titles", "event_deeds",
    "occasion_counters", "classifiers", "people", "abbreviations", "organization_heads", "sub_bodies",
    "money_nouns", "measure_units", "personal_units", "union_units",
]
ALTERNATION = re.compile(r"\((?:\?:)?([^()]*\|[^()]*)\)")
SOURCES = [p for folder in ("extract", "solieu", "store", "crawler") for p in (ROOT / folder).rglob("*.py")
           if p.name != "lexicon.py"]


def _lexicon_lists() -> dict[str, set[str]]:
    found = {}

    def walk(table):
        for key, value in table.items():
            if isinstance(value, dict):
                if all(isinstance(v, str) for v in value.values()):
                    found[key] = {w.lower() for w in value} | {w.lower() for w in value.values()}
                walk(value)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                found[key] = {w.lower() for w in value}
    walk(tomllib.loads(lexicon.PATH.read_text(encoding="utf-8")))
    return {key: found[key] for key in LISTS_WRITTEN_ONCE}


def _words_listed(node) -> set[str]:
    """The words a literal lists: the alternatives of a regex's groups, a set's or list's strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {re.sub(r"\\s[+*]?|\s+", " ", alt).strip().lower()
                for group in ALTERNATION.findall(node.value) for alt in group.split("|")}
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return {e.value.lower() for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return set()


def copies_of_lexicon_lists(sources) -> list[str]:
    """`file:line copies <list>` for each literal holding three or more words of one list."""
    lists = _lexicon_lists()
    return [f"{path.name}:{node.lineno} copies {name}"
            for path in sources for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            for name, listed in lists.items() if len(_words_listed(node) & listed) >= 3]


def test_each_word_list_is_written_once():
    """No literal in the code repeats three or more words of one of the lexicon's lists: cues,
    yardsticks, units, heads, levels, events, giving verbs... live in lexicon.toml alone."""
    assert copies_of_lexicon_lists(SOURCES) == []


def test_the_copy_check_finds_a_copy(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text('import regex\nX = regex.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu) năm")\n'
                       'Y = {"quận", "huyện", "tỉnh"}\n', encoding="utf-8")
    copies = copies_of_lexicon_lists([planted])
    assert any("yardsticks" in c for c in copies) and any("district_levels" in c for c in copies)


def test_an_alternation_written_as_a_tree_matches_as_the_flat_list_longest_first():
    import regex

    def flat(words):
        return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

    cases = [(["công ty", "công đoàn", "công đoàn cơ sở", "cđ", "cđcs", "tp.", "tp"],
              "Công đoàn cơ sở Công ty X, CĐCS và CĐ, công đoàn cơsở; TP. Hà Nội, tp Huế"),
             (list(orgs.HEADS), "Ủy ban MTTQ Việt Nam quận, Uỷ ban nhân dân, Hội đồng nhân dân")]
    for words, text in cases:
        for end in (r"(?![\p{L}\d])", r"\s+\p{Lu}", ""):
            tree = regex.compile(lexicon.alternation(words) + end, regex.IGNORECASE)
            listed = regex.compile(flat(words) + end, regex.IGNORECASE)
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in listed.finditer(text)]
    assert lexicon.alternation(["T", "t"]) == "(?:T|t)"  # equal but for case: the flat list
