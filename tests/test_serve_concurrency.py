"""datasette reads while another process writes: WAL and the busy timeout mean no
"database is locked", and one transaction per article means no half-written article."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from solieu import store
from serving import running_server
from store_samples import SENTENCES_PER_ARTICLE

TESTS = Path(__file__).resolve().parent
ARTICLES, EDITIONS = 200, 2

# Per extracted article: its sentences and facts, and whether they belong to the article's
# current text (a re-written article waits for its re-extraction with the previous one).
PER_ARTICLE = """
select a.id, a.title,
       (select count(*) from sentences s where s.article_id = a.id) as sentences,
       (select count(*) from facts f where f.article_id = a.id) as facts,
       (select text from sentences s where s.article_id = a.id and s.idx = 0) as first_sentence,
       a.extracted_hash = a.content_hash as current
from articles a where a.extracted_hash is not null"""


def test_datasette_reads_whole_articles_while_another_process_writes(db_path):
    store.open_db(db_path).close()
    with running_server(db_path) as server:
        writer = subprocess.Popen(
            [sys.executable, "-c", "import sys; from store_samples import write_many; "
             f"write_many(sys.argv[1], {ARTICLES}, {EDITIONS})", str(db_path)],
            cwd=TESTS, stderr=subprocess.PIPE, text=True)
        reads, sizes = 0, set()
        while writer.poll() is None:
            rows = server.json(f"{server.database}.json", sql=PER_ARTICLE, _shape="array")
            server.rows("facts_view", _size=50)
            server.rows("figure_by_number", number="7")
            for row in rows:
                assert row["sentences"] == row["facts"] == SENTENCES_PER_ARTICLE, row
                assert not row["current"] or row["first_sentence"] == row["title"], row
            reads, sizes = reads + 1, sizes | {len(rows)}
        errors = writer.stderr.read()
        assert writer.returncode == 0 and "locked" not in errors, errors
        final = server.json(f"{server.database}.json", sql=PER_ARTICLE, _shape="array")
    assert reads >= 5 and len(sizes) >= 2, (reads, sizes)  # the reads did overlap the writes
    assert len(final) == ARTICLES
    assert all(r["first_sentence"] == r["title"] and r["title"].endswith(f"phiên bản {EDITIONS}")
               for r in final)
