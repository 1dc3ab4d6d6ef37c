"""Crawl: pages/s of the spider against the local replica site with politeness delays off, its CPU
time per page, next to the time to parse the same article pages without Scrapy.

The replica (tests/replica, without its fault pages) is served on 127.0.0.1 from this process;
each crawl (`solieu.crawler.runner.crawl(..., no_delays=True)`, every section) runs in a fresh process
into a fresh database, because Twisted's reactor runs once per process. The baseline, in the same
run on the same bytes: `solieu.extract.article.clean.parse_document` over every article page the crawl fetched.

    python bench/crawl.py                # 3 crawls of the replica
    python bench/crawl.py --repeats 5 --json
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, cpu_seconds, emit, machine, peak_rss_mb, table  # noqa: E402

TICK = 1 / os.sysconf("SC_CLK_TCK")


class CpuSampler:
    """CPU seconds a process has used, sampled from /proc every few ms while it runs, so the CPU
    of the fetching itself can be told apart from start-up (imports, reactor, database)."""

    def __init__(self, pid: int, every: float = 0.005):
        self.pid, self.every, self.samples = pid, every, []
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while True:
            try:
                fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                return
            if fields[0] == "Z":  # exited, not yet reaped
                return
            self.samples.append((time.time(), (int(fields[11]) + int(fields[12])) * TICK))
            time.sleep(self.every)

    def between(self, start: float, end: float) -> float:
        """CPU seconds used from `start` to `end` (wall-clock times)."""
        self.thread.join()
        at = lambda t: next((cpu for when, cpu in self.samples if when >= t), self.samples[-1][1])  # noqa: E731
        return at(end) - at(start)


def crawl_once(base_url: str, db_path: Path) -> dict:
    """One full crawl in this (fresh) process: wall and CPU seconds, and what it stored."""
    import solieu
    from solieu.crawler.runner import crawl

    cpu, start = cpu_seconds(), time.perf_counter()
    report = crawl(db_path, sections=("all",), base_url=base_url, no_delays=True,
                   version=solieu.__version__)
    return {"wall_s": time.perf_counter() - start, "cpu_s": cpu_seconds() - cpu,
            "counts": dict(report.counts), "peak_rss_mb": peak_rss_mb()["self"]}


def parse_seconds(pages: list[tuple[str, bytes]], min_seconds: float = 1.0) -> float:
    """Best time of parse_document over all pages (repeated passes, at least `min_seconds`)."""
    from solieu.extract.article.clean import parse_document

    best, spent = float("inf"), 0.0
    while spent < min_seconds or best == float("inf"):
        start = time.perf_counter()
        for url, data in pages:
            parse_document(data, url=url)
        elapsed = time.perf_counter() - start
        best, spent = min(best, elapsed), spent + elapsed
    return best


def crawl_in_child(base_url: str, db_path: Path, env: dict) -> tuple[dict, CpuSampler]:
    child = subprocess.Popen([sys.executable, __file__, "--child", base_url, str(db_path)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, **env, "PYTHONPATH": str(ROOT)})
    sampler = CpuSampler(child.pid)
    out, err = child.communicate(timeout=600)
    if child.returncode != 0:
        raise SystemExit(f"crawl failed ({child.returncode}):\n{err[-3000:]}")
    return json.loads(out.strip().splitlines()[-1]), sampler


def run(repeats: int, workdir: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.replica.server import ARTICLE, ReplicaServer
    from tests.replica.site import ReplicaSite

    crawls = []
    with ReplicaServer(ReplicaSite(faults=False)) as server:
        for k in range(repeats):
            print(f"crawl bench: crawl {k + 1}/{repeats} ...", file=sys.stderr, flush=True)
            server.requests.clear()
            server_cpu = cpu_seconds()
            result, sampler = crawl_in_child(server.url, workdir / f"crawl{k}.db", server.env)
            server_cpu = cpu_seconds() - server_cpu  # the replica's threads (and the sampler's)
            seen = list(server.requests)
            span = seen[-1].at - seen[0].at if len(seen) > 1 else 0.0
            fetching_cpu = sampler.between(seen[0].at, seen[-1].at)
            articles = [r for r in seen if r.status == 200 and ARTICLE.search(urlsplit(r.path).path)]
            crawls.append({**result, "requests": len(seen), "article_pages": len(articles),
                           "span_s": span, "pages_per_s": len(seen) / result["wall_s"],
                           "pages_per_s_fetching": (len(seen) - 1) / span if span else None,
                           "cpu_ms_per_page": 1000 * result["cpu_s"] / len(seen),
                           "fetching_cpu_s": fetching_cpu,
                           "fetching_cpu_ms_per_page": 1000 * fetching_cpu / max(1, len(seen) - 1),
                           "replica_cpu_ms_per_page": 1000 * server_cpu / len(seen)})
        pages = [(server.url + r.path, server.page_bytes(r.path)) for r in articles]
    parse = parse_seconds(pages)
    return {"machine": machine(), "crawls": crawls, "parse_pages": len(pages),
            "parse_ms_per_page": 1000 * parse / len(pages),
            "parse_pages_per_s": len(pages) / parse}


def summary_row(result: dict) -> dict:
    crawls = result["crawls"]
    median = lambda key: statistics.median(c[key] for c in crawls)  # noqa: E731
    return {"requests": median("requests"), "article pages": median("article_pages"),
            "wall_s": median("wall_s"), "pages/s (wall)": median("pages_per_s"),
            "pages/s (first to last request)": median("pages_per_s_fetching"),
            "CPU ms/page (all)": median("cpu_ms_per_page"),
            "CPU ms/page (fetching)": median("fetching_cpu_ms_per_page"),
            "parse_document ms/page": result["parse_ms_per_page"],
            "replica server CPU ms/page": median("replica_cpu_ms_per_page"),
            "peak RSS MB": median("peak_rss_mb")}


def report(result: dict) -> str:
    m = result["machine"]
    row = summary_row(result)
    return "\n".join([
        f"Crawl bench, {m['utc']} UTC, {m['cpus']} CPUs, load {m['load_average_1m']}: "
        f"{len(result['crawls'])} crawls of the replica (no delays), medians",
        "", table([row], list(row)),
        "", table(result["crawls"], ["requests", "article_pages", "wall_s", "span_s", "cpu_s",
                                     "fetching_cpu_s", "pages_per_s", "pages_per_s_fetching",
                                     "cpu_ms_per_page", "fetching_cpu_ms_per_page"]),
        "", f"Summary: {row['pages/s (wall)']:.0f} pages/s from start to end "
            f"({row['pages/s (first to last request)']:.0f} pages/s while fetching); "
            f"{row['CPU ms/page (fetching)']:.1f} ms CPU per page while fetching "
            f"({row['CPU ms/page (all)']:.1f} ms with start-up) vs "
            f"{row['parse_document ms/page']:.1f} ms to parse an article page without Scrapy "
            f"({row['CPU ms/page (fetching)'] / row['parse_document ms/page']:.1f}x).",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3, help="crawls to run (default 3)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--child", nargs=2, metavar=("BASE_URL", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(crawl_once(args.child[0], Path(args.child[1]))))
        return
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as workdir:
        result = run(args.repeats, Path(workdir))
    emit(result, report(result), args.json)


if __name__ == "__main__":
    main()
