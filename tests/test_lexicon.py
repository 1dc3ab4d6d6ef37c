"""One lexicon, as data (issue 15): every word list lives in extract/lexicon.toml, and a word
added there reaches extraction, the claim check and the organization search."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import tomllib

from commands import SOLIEU
from solieu import scoring as evaluate
from solieu.extract import lexicon
from solieu.extract.facts import orgs
from solieu.store import organizations

ADDED = '"CĐVC" = "Công đoàn Viên chức"\n'


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
