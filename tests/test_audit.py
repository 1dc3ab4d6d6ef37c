"""`solieu audit`: its SQL on a database of hand-built facts, then on the bundled corpus."""
from __future__ import annotations

import asyncio
import json

import pytest

from commands import solieu
from solieu import store
from solieu.extract.records import Article, Fact, Sentence
from solieu import audit
from solieu.store import publish, queries

BA_DINH = "Liên đoàn Lao động quận Ba Đình"


def store_article(db, article_id: str, figures: list[dict]) -> None:
    """One article whose every sentence holds one figure (raw, value and fact fields)."""
    sentences, facts, body = [], [], ""
    for idx, figure in enumerate(figures):
        text = f"Kết quả có {figure['raw']} trong năm."
        start = len(body) + len("Kết quả có ")
        sentences.append(Sentence(article_id, idx, text, len(body), len(body) + len(text)))
        fields = {"organization": BA_DINH, "metric": "đoàn viên kết nạp", "unit": "đoàn viên",
                  "period": "2016", **figure}
        facts.append(Fact(article_id=article_id, sentence_idx=idx, start=start,
                          end=start + len(figure["raw"]), **fields))
        body += text + "\n"
    article = Article(id=article_id, body=body, title=f"Bài {article_id}", content_hash=article_id)
    store.upsert_article(db, article)
    store.replace_extraction(db, article, sentences, facts, "test")


@pytest.fixture
def audited(db_path):
    db = store.open_db(db_path)
    store_article(db, "a1", [
        {"raw": "33/25 CĐCS", "value": 33, "numerator": 33, "denominator": 25, "percent": 132,
         "unit": "CĐCS", "metric": "CĐCS thành lập"},
        {"raw": "13/28 CĐCS", "value": 13, "numerator": 13, "denominator": 28, "percent": 60,
         "unit": "CĐCS", "metric": "CĐCS đạt vững mạnh"},
        {"raw": "7.261.045351đ/2.900.000.000đ", "value": 7261045351, "numerator": 7261045351,
         "denominator": 2900000000, "percent": 250, "unit": "VND", "metric": "kinh phí thu"},
        {"raw": "1.5 triệu đồng", "value": 1500000, "unit": "VND", "metric": "hỗ trợ mỗi người"},
        {"raw": "2.985/2500 đoàn viên", "value": 2985, "numerator": 2985, "denominator": 2500,
         "percent": 119},
        {"raw": "467 CĐCS", "value": 467, "unit": "CĐCS", "metric": "CĐCS quản lý"},
    ])
    store_article(db, "a2", [
        {"raw": "2.895 đoàn viên", "value": 2895},                      # conflicts with 2.985
        {"raw": "467 CĐCS", "value": 467, "unit": "CĐCS", "metric": "CĐCS quản lý"},  # agrees
        {"raw": "gần 3.000 đoàn viên", "value": 3000, "comparator": "~"},  # approximate
        {"raw": "3.100 đoàn viên", "value": 3100, "period": "2017"},    # another year
    ])
    return audit.audit(db)


def problems(report, kind):
    return sorted(p.raw for p in report.problems if p.problem == kind)


def test_a_percent_that_does_not_add_up_is_inconsistent(audited):
    assert problems(audited, "inconsistent") == ["13/28 CĐCS"]
    [problem] = [p for p in audited.problems if p.problem == "inconsistent"]
    assert problem.computed_percent == pytest.approx(46.43)
    assert problem.detail == "13/28 = 46.43%, stated 60%"


def test_ratios_within_a_point_are_consistent_and_malformed_numbers_are_flagged(audited):
    verdicts = {c.raw: c.verdict for c in audited.arithmetic}
    assert verdicts["33/25 CĐCS"] == "consistent"
    assert verdicts["2.985/2500 đoàn viên"] == "consistent"
    assert verdicts["7.261.045351đ/2.900.000.000đ"] == "malformed"
    assert problems(audited, "malformed") == ["1.5 triệu đồng", "7.261.045351đ/2.900.000.000đ"]


def test_the_same_organization_metric_and_period_with_different_values_conflict(audited):
    assert problems(audited, "conflict") == ["2.895 đoàn viên", "2.985/2500 đoàn viên"]
    conflict = next(p for p in audited.problems if p.problem == "conflict")
    assert conflict.detail.endswith(": 2985,2895") or conflict.detail.endswith(": 2895,2985")


def test_the_report_counts_and_renders(audited):
    assert audited.counts() == {"malformed": 2, "inconsistent": 1, "conflict": 2}
    text = audit.to_text(audited)
    assert "7.261.045351đ/2.900.000.000đ" in text and "13/28 = 46.43%, stated 60%" in text
    assert text.endswith("problems: 2 malformed, 1 inconsistent, 2 conflict; 0 suspicious "
                         "organization names; organizations: 10 of unknown source.")
    document = json.loads(audit.to_json(audited))
    assert document["counts"]["inconsistent"] == 1
    assert "Liên đoàn Lao động quận Ba Đình" in audit.to_json(audited)


def test_the_audit_is_one_sql_statement_datasette_can_serve(audited, db_path):
    rows = store.open_db(db_path).execute(queries.AUDIT_SQL).fetchall()
    assert len(rows) == len(audited.problems)


# --- the bundled corpus ---------------------------------------------------------------

def test_the_bundled_arithmetic_is_audited(corpus_db):
    report = audit.audit_database(corpus_db)
    checked = {c.raw: c for c in report.arithmetic}
    ratio = next(c for raw, c in checked.items() if raw.startswith("33/25"))
    assert (ratio.numerator, ratio.denominator, ratio.percent, ratio.verdict) == \
        (33, 25, 132, "consistent")
    members = next(c for raw, c in checked.items() if raw.startswith("2.985/2500"))
    assert (members.numerator, members.denominator, members.percent, members.verdict) == \
        (2985, 2500, 119, "consistent")
    flagged = {p.raw for p in report.problems}
    assert not any(raw.startswith(("33/25", "2.985/2500")) for raw in flagged)
    malformed = [p for p in report.problems if p.problem == "malformed"]
    assert any(p.raw.startswith("7.261.045351đ/2.900.000.000đ") for p in malformed)
    assert all("đạt 250%" in p.sentence for p in malformed if "7.261.045351" in p.raw)


def test_the_command_prints_a_table_and_json(corpus_db):
    result = solieu("audit", "--db", corpus_db)
    assert result.returncode == 0, result.stderr
    assert "problem" in result.stdout.splitlines()[0]
    assert "malformed" in result.stdout and "7.261.045351đ" in result.stdout
    assert "percentages checked against their ratio" in result.stdout.splitlines()[-1]
    document = json.loads(solieu("audit", "--db", corpus_db, "--json").stdout)
    assert document["counts"]["malformed"] >= 1


def test_the_command_names_a_missing_database(tmp_path):
    result = solieu("audit", "--db", tmp_path / "none.db")
    assert result.returncode == 1
    assert result.stderr.startswith("Error:") and "solieu run" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_datasette_serves_the_same_audit_as_a_canned_query(corpus_db):
    metadata = publish.metadata_for(corpus_db)
    served = metadata["databases"][publish.database_name(corpus_db)]["queries"]["audit"]["sql"]
    # the statement itself, not a copy, shown a page at a time (`trang`; 0: every row)
    assert served.startswith(queries.AUDIT_SQL + "\n--") and ":trang" in served[len(queries.AUDIT_SQL):]

    async def served_rows():
        datasette = publish.make_datasette(corpus_db)
        await datasette.invoke_startup()
        path = f"/{publish.database_name(corpus_db)}/audit.json?_shape=array&trang=0"
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    rows = asyncio.run(served_rows())
    assert rows == queries.audit_problems(store.open_db(corpus_db))
    assert any(r["problem"] == "malformed" and r["raw"].startswith("7.261.045351đ") for r in rows)


def test_a_malformed_figure_does_not_make_a_conflict(db_path):
    """Groups whose values differ only through a malformed figure are no conflict (the
    audit first picks groups with two values among all exact facts, then sets malformed
    ones aside)."""
    db = store.open_db(db_path)
    store_article(db, "m1", [
        {"raw": "1.5 triệu đồng", "value": 1500000, "unit": "VND", "metric": "hỗ trợ"},
        {"raw": "2 triệu đồng", "value": 2000000, "unit": "VND", "metric": "hỗ trợ"},
        {"raw": "15 CĐCS", "value": 15, "unit": "CĐCS", "metric": "CĐCS mới", "status": "target"},
        {"raw": "16 CĐCS", "value": 16, "unit": "CĐCS", "metric": "CĐCS mới", "status": "target"},
    ])
    report = audit.audit(db)
    assert problems(report, "malformed") == ["1.5 triệu đồng"]
    assert problems(report, "conflict") == ["15 CĐCS", "16 CĐCS"]
    assert {p.detail for p in report.problems if p.problem == "conflict"} \
        == {"values for the same organization, metric and period: 15,16"}


@pytest.mark.parametrize("name, found", [
    ("Liên đoàn Lao động tỉnh Hà Tĩnh 100", ["number"]),
    ("Sở GDĐT Quảng Bình Đoàn Đức Liêm", ["person", "abbreviation"]),
    ("Công đoàn cơ sở Bệnh viện còn", ["function_word"]),
    ("Công ty Cổ phần Xuất nhập khẩu máy và phụ", ["cut"]),
    ("Liên đoàn Lao động thành phố HCM", ["abbreviation"]),
    ("Liên đoàn Lao động thành phố Hà Nội", []), ("Cụm thi đua số 1", []),
    ("Tổng Công ty May 10", []), ("Công ty TNHH MTV Môi trường đô thị Hà Nội", []),
    ("Liên đoàn Lao động Quận 1", []), ("Công đoàn cơ sở Bệnh viện dành 10", ["number"]),
    ("Bộ Giáo dục và Đào tạo", []), ("Liên đoàn Lao động quận Bắc Từ Liêm", []),
    # a family name before a country or a province is a name's word, as the extractor reads it
    ("Công ty TNHH Linh kiện Điện tử Sao Mai Việt Nam", []),
    ("Công ty Than Tân Lập - TKV", []),  # the group it belongs to, as written
    ("Trường Trung học phổ thông Nguyễn Gia Thiều", []),  # a school named after a person
    # cut inside a word of the lexicon; a word's end is no verb ending the name
    ("Ban Quản lý các khu công", ["cut"]), ("Hội đồng Thi đua - Khen thưởng", []), ("Tỉnh ủy", []),
    ("Sở Lao động - Thương binh và Xã hội", []),  # (a word of four syllables ends it)
    ("Bộ Nội vụ", []), ("Thanh tra Bộ Nội vụ", []), ("Sở Y tế", []),  # (a ministry's field ends it)
    # a word of the dictionary ends the name; a family name opening one is no person's
    ("Cục Việc làm", []), ("Trường Đại học Kinh tế Quốc dân", []),
    ("Quỹ Trợ vốn cho người lao động nghèo tự tạo việc làm", []),
    ("Công ty TNHH Thực phẩm Hoàng Gia Nhơn Trạch", []),
    ("Công ty TNHH May mặc Hòa Lợi ở thành phố Thủ Dầu Một", ["location"]),  # where it is, read on
    # a brand in a company's name is its name; a Vietnamese abbreviation there is not
    ("Công ty TNHH LG Display Việt Nam Hải Phòng", []), ("Công ty TNHH Luxshare-ICT Nghệ An", []),
    ("Công ty CP May Hồ Gươm", ["abbreviation"]), ("Công đoàn các KCN-CX Hà Nội", ["abbreviation"]),
    # a holiday a company is named after ends its name; a bank's legal form is spelled out
    ("Công đoàn cơ sở Công ty Cổ phần Dệt may 29/3", []), ("Ngân hàng TMCP Quân đội", ["abbreviation"]),
])
def test_suspicious_organization_names(name, found):
    from solieu.extract.facts.orgs import name_problems
    assert name_problems(name) == found


def test_the_report_lists_suspicious_names_and_where_organizations_came_from(db_path):
    db = store.open_db(db_path)
    store_article(db, "a1", [
        {"raw": "100 trường hợp", "value": 100, "organization": "Liên đoàn Lao động tỉnh Hà Tĩnh 100",
         "org_source": "sentence"},
        {"raw": "2 con", "value": 2, "organization": BA_DINH, "org_source": "title"},
        {"raw": "3 con", "value": 3, "organization": BA_DINH, "org_source": "title"},
    ])
    report = audit.audit(db)
    assert [(n.organization, n.facts, n.problems) for n in report.suspicious_names] == [
        ("Liên đoàn Lao động tỉnh Hà Tĩnh 100", 1, ["number"])]
    assert report.org_sources == {"sentence": 1, "title": 2}
    text = audit.to_text(report)
    assert "Tên tổ chức đáng ngờ" in text and "ends in a number" in text
    assert "1 suspicious organization names; organizations: 1 from the sentence, 2 from the title" \
        in report.summary()
