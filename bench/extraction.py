"""Extraction throughput, scaling, --jobs speed-up and memory, against underthesea's word_tokenize.

The ratio that counts (issue 16) is measured interleaved, in this one process: round after round,
underthesea `sent_tokenize` + `word_tokenize` over the clean bodies (the baseline), then the whole
pipeline (`jobs.ingest` + `jobs.extract`, --jobs 1, into a new database) over the same files, in
alternating order; the ratio of their CPU times is given per round (min / median / max), on the
bundled corpus replicated to --corpus-articles and on ../shared/realdev/raw (read in place).

The full path (ingest -> clean -> sentences -> words -> spaCy components -> facts -> SQLite, through
`solieu.jobs.ingest` and `solieu.jobs.extract`) runs over the bundled corpus replicated to N distinct
articles, each N and --jobs value in a fresh process (so its peak memory is its own). The floor is
measured in the same run on the same clean text: underthesea `word_tokenize` alone, sentence by
sentence. Ratios are times per article against that floor.

    python bench/extraction.py                         # N=100, --jobs 1 and 2 (~20 s)
    python bench/extraction.py --sizes 100,1000,10000  # the scaling series (the largest takes long)
    python bench/extraction.py --profile               # where extraction time goes, by function
    python bench/extraction.py --json                  # for machines
    python bench/extraction.py --interleaved-only --rounds 5   # only the interleaved ratio
"""
from __future__ import annotations

import argparse
import cProfile
import json
import math
import os
import pstats
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    ROOT, StageTimes, Verdict, corpus_files, emit, machine, parse_sizes, patched, peak_rss_mb,
    replicate_corpus, run_child, sentences_of, table, word_tokenize_seconds,
)

TARGET_RATIO = 2.0  # pipeline time <= 2x word_tokenize time (floor measured once, per N)
TARGET_INTERLEAVED = 1.0  # pipeline <= sent_tokenize + word_tokenize, interleaved (issue 16)
REALDEV_RAW = ROOT.parent / "shared" / "realdev" / "raw"
ROUND_SECONDS = 1.0  # least CPU of the baseline in one interleaved round (passes made to reach it)
TARGET_FLAT = 1.2  # time per article at the largest N <= 1.2x that at the smallest
TARGET_SPEEDUP = 1.7  # --jobs 2 >= 1.7x --jobs 1
TARGET_RSS_MB = 500.0

# Stages timed where the job calls them: (object, attribute, stage name). Only in one process:
# with --jobs > 1 extract_article runs in workers, where the bench cannot time it.
INGEST_STAGES = [("jobs", "parse_document", "clean"), ("store", "upsert_articles", "store articles")]
EXTRACT_STAGES = [("store", "articles_to_extract", "read articles"),
                  ("jobs", "extract_article", "extract_article"),
                  ("store", "replace_extractions", "store facts")]


# --- one measurement (runs in a child process) ------------------------------------------------

def measure(files_dir: Path, db_path: Path, jobs: int) -> dict:
    """Ingest and extract every file of `files_dir` into a new database, stage by stage."""
    started = time.perf_counter()
    from solieu import store
    from solieu.extract.article.clean import parse_document
    from solieu.extract.facts.pipeline import extract_article
    from solieu import jobs as jobs_api
    modules = {"store": store, "jobs": jobs_api}
    imported = time.perf_counter()
    # Load the models (lazily loaded ones too) before timing: the steady state is what scales.
    extract_article(parse_document(corpus_files()[0].read_bytes(), name="warm-up"))
    warm = time.perf_counter()

    times = StageTimes()
    db = store.open_db(db_path)
    with _timed(modules, INGEST_STAGES, times), times.stage("ingest"):
        ingested = jobs_api.ingest(db, [files_dir])
    extract_stages = EXTRACT_STAGES if jobs == 1 else [s for s in EXTRACT_STAGES if s[0] == "store"]
    with _timed(modules, extract_stages, times), times.stage("extract"):
        extracted = jobs_api.extract(db, jobs=jobs)

    articles, chars = db.execute("select count(*), sum(length(body)) from articles").fetchone()
    return {
        "articles": articles, "chars": chars, "jobs": jobs,
        "ingest_counts": dict(ingested.counts), "extract_counts": dict(extracted.counts),
        "seconds": dict(times.seconds), "cpu_seconds": dict(times.cpu),
        "import_seconds": imported - started, "warm_up_seconds": warm - imported,
        "db_bytes": db_path.stat().st_size, "peak_rss_mb": peak_rss_mb(),
        "load_average_1m_end": round(os.getloadavg()[0], 2),
    }


def _timed(modules: dict, stages: list, times: StageTimes) -> ExitStack:
    """Time the listed stage functions for the duration of a `with` block."""
    stack = ExitStack()
    for obj, attr, name in stages:
        stack.enter_context(patched(modules[obj], attr, times, name))
    return stack


# --- the floor, and a profile (in this process) ----------------------------------------------

def clean_bodies() -> list[tuple[Path, str]]:
    from solieu.extract.article.clean import parse_document

    return [(path, parse_document(path.read_bytes(), name=str(path)).body) for path in corpus_files()]


def word_tokenize_floor(min_seconds: float) -> dict[str, dict]:
    """Per bundled article: chars of its clean body, wall and CPU seconds of word_tokenize over
    its sentences."""
    floor = {}
    for path, body in clean_bodies():
        sentences = sentences_of(body)
        wall, cpu = word_tokenize_seconds(sentences, min_seconds)
        floor[path.name] = {"chars": len(body), "sentences": len(sentences),
                            "seconds": wall, "cpu_seconds": cpu}
    return floor


# Stages of extract_article, for the sampling profile: a sample belongs to the stage of the
# outermost frame (under extract_article) that matches, except that word segmentation (underthesea's
# syllables, the dictionary's words) is counted as its own stage wherever it is called from.
# (file part, function or None)
WORD_SEGMENTATION = [("underthesea/pipeline/word_tokenize/", None), ("extract/facts/words.py", None)]
STAGE_RULES = [
    ("sentences", "extract/facts/sentences.py", None),
    ("article context (lead, periods, org names)", "extract/facts/pipeline.py", "article_context"),
    ("words: tokenizer alignment + spaCy Doc", "spacy/language.py", "make_doc"),
    ("spaCy components", "extract/facts/components/", None),
    ("facts", "extract/facts/assembly.py", "build_facts"),
]


def _matches(code, file_part: str, function: str | None) -> bool:
    return file_part in code.co_filename and (function is None or code.co_name == function)


def _stage_of(stack: tuple) -> str | None:
    """`stack`: code objects, innermost first."""
    names = [code.co_name for code in stack]
    if "extract_article" not in names:
        return None
    inside = stack[:names.index("extract_article")]
    if any(_matches(code, *rule) for code in inside for rule in WORD_SEGMENTATION):
        return "words: segmentation"
    for code in reversed(inside):
        for stage, file_part, function in STAGE_RULES:
            if _matches(code, file_part, function):
                return stage
    return "extract_article: other"


def sample_stages(min_seconds: float = 3.0, interval: float = 0.001) -> dict:
    """Where extract_article's CPU time goes, stage by stage, from a sampling profile (SIGPROF
    every `interval` CPU seconds): unlike cProfile it hardly slows Python code, so the shares are
    those of a real run."""
    from solieu.extract.article.clean import parse_document
    from solieu.extract.facts.pipeline import extract_article

    articles = [parse_document(p.read_bytes(), name=str(p)) for p in corpus_files()]
    extract_article(articles[0])  # load models outside the profile
    stacks: Counter = Counter()  # stack -> CPU seconds
    last = [time.process_time(), 0]  # time of the previous sample, samples taken

    def sample(_signum, frame):
        # Signals wait for a long C call (the CRF tagger) to return and then arrive once: weigh
        # each sample by the CPU time since the previous one, not 1.
        now = time.process_time()
        stack = []
        while frame is not None:
            stack.append(frame.f_code)
            frame = frame.f_back
        stacks[tuple(stack)] += now - last[0]
        last[0], last[1] = now, last[1] + 1

    previous = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    start, done = time.process_time(), 0
    last[0] = start
    try:
        while time.process_time() - start < min_seconds:
            for article in articles:
                extract_article(article)
            done += len(articles)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    cpu = time.process_time() - start
    by_stage, leaves = Counter(), Counter()
    for stack, count in stacks.items():  # count: CPU seconds
        stage = _stage_of(stack)
        if stage:
            by_stage[stage] += count
            leaves[_name((stack[0].co_filename, stack[0].co_firstlineno, stack[0].co_name))] += count
    total = sum(by_stage.values()) or 1
    chars = sum(len(a.body) for a in articles) * done / len(articles)
    return {
        "articles": done, "cpu_s": cpu, "samples": last[1],
        "stages": [{"stage": stage, "share_%": 100 * n / total,
                    "cpu_ms/article": 1000 * cpu * n / total / done,
                    "chars/s": chars / (cpu * n / total)} for stage, n in by_stage.most_common()],
        "hot_functions": [{"function": name, "share_%": 100 * n / total}
                          for name, n in leaves.most_common(15)],
    }


def profile_extraction(top: int = 20) -> dict:
    """cProfile of extract_article over the bundled articles: where the time goes, as a call
    tree under extract_article, by library, and the costliest functions."""
    from solieu.extract.article.clean import parse_document
    from solieu.extract.facts.pipeline import extract_article

    articles = [parse_document(p.read_bytes(), name=str(p)) for p in corpus_files()]
    extract_article(articles[0])  # load models outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        extract_article(article)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(row[2] for row in stats.values())  # self times add up to the total
    by_package: Counter = Counter()
    for (filename, _, _), row in stats.items():
        by_package[_package(filename)] += row[2]
    functions = [{"function": _name(func), "calls": row[1], "self_s": row[2], "cumulative_s": row[3]}
                 for func, row in stats.items()]
    root = next(func for func in stats if func[2] == "extract_article")
    return {
        "total_s": total,
        "tree": call_tree(stats, root, stats[root][3]),
        "by_package": [{"package": p, "self_s": s, "share_%": 100 * s / total}
                       for p, s in by_package.most_common() if s >= 0.005 * total],
        "top_self": sorted(functions, key=lambda f: f["self_s"], reverse=True)[:top],
    }


def call_tree(stats: dict, root, root_seconds: float, depth: int = 4, min_share: float = 0.02) -> list[dict]:
    """The functions under `root` that take at least `min_share` of its time, by call edge."""
    callees: dict = {}
    for func, (_, _, _, _, callers) in stats.items():
        for caller, (_, calls, _, cumulative) in callers.items():
            callees.setdefault(caller, []).append((cumulative, calls, func))
    rows = []

    def walk(func, level: int, seen: frozenset) -> None:
        for cumulative, calls, callee in sorted(callees.get(func, []), reverse=True):
            if cumulative < min_share * root_seconds or callee in seen:
                continue
            rows.append({"function": "  " * level + _name(callee), "calls": calls,
                         "cumulative_s": cumulative, "share_%": 100 * cumulative / root_seconds})
            if level < depth:
                walk(callee, level + 1, seen | {callee})

    rows.append({"function": _name(root), "calls": stats[root][1], "cumulative_s": root_seconds,
                 "share_%": 100.0})
    walk(root, 1, frozenset({root}))
    return rows


def _name(func) -> str:
    filename, line, name = func
    return name if filename == "~" else f"{_short(filename)}:{line}({name})"


def _package(filename: str) -> str:
    """Which library a profiled function belongs to (its top-level package)."""
    if "site-packages/" in filename:
        return filename.split("site-packages/")[1].split("/")[0].removesuffix(".py")
    if filename == "~":
        return "C builtins (regex, str, ...)"
    try:
        return Path(filename).resolve().relative_to(ROOT).parts[0]
    except ValueError:
        return "python stdlib"


def _short(filename: str) -> str:
    return filename.split("site-packages/")[-1].replace(f"{ROOT}/", "")


# --- the interleaved ratio (in this process) -----------------------------------------------

def segment_baseline(bodies: list[str]) -> None:
    """What the ratio is taken against: underthesea's sentence splitter over each paragraph
    line, then its word segmentation over each sentence, of the same clean bodies."""
    from underthesea import sent_tokenize, word_tokenize

    for body in bodies:
        for line in body.split("\n"):
            if line.strip():
                for sentence in sent_tokenize(line):
                    if sentence.strip():
                        word_tokenize(sentence)


def run_pipeline(files_dir: Path, db_path: Path) -> dict:
    """The whole `solieu run` over `files_dir`, --jobs 1, into a new database."""
    from solieu import store
    from solieu import jobs as jobs_api

    for path in db_path.parent.glob(f"{db_path.name}*"):
        path.unlink()
    db = store.open_db(db_path)
    ingested = jobs_api.ingest(db, [files_dir])
    extracted = jobs_api.extract(db, jobs=1)
    db.close()
    return {"ingested": dict(ingested.counts), "extracted": dict(extracted.counts)}


def _clock(work) -> tuple[float, float, object]:
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - start, time.process_time() - cpu, result


def interleaved(source: str, files_dir: Path, rounds: int, workdir: Path,
                min_seconds: float = ROUND_SECONDS) -> dict:
    """Baseline and pipeline over the same files, `rounds` times, alternating which goes first
    (so that a change of load between them does not favour one); CPU seconds of this process.
    A round makes as many passes of each as give the baseline `min_seconds` (realdev's 40 short
    articles take ~0.3 s a pass, and one pass of each measured a ratio anywhere in 0.80-1.36 on
    a shared machine), alternating within the round too; its ratio is of the sums."""
    from solieu.extract.article.clean import parse_document
    from solieu.jobs import article_files

    bodies = []
    for path in article_files([files_dir]):
        try:
            bodies.append(parse_document(path.read_bytes(), name=str(path)).body)
        except Exception:  # noqa: BLE001 - a file the pipeline skips too
            continue
    db_path = workdir / f"interleaved-{source}.db"
    segment_baseline(bodies[:2])  # load the models before the clock starts
    run_pipeline(files_dir, db_path)
    one_pass = _clock(lambda: segment_baseline(bodies))[1]
    passes = max(1, math.ceil(min_seconds / max(one_pass, 1e-3)))
    rows = []
    for r in range(rounds):
        print(f"interleaved: {source}, round {r + 1} of {rounds} ({passes} passes) ...",
              file=sys.stderr, flush=True)
        row = {"round": r + 1, "first": "baseline" if r % 2 == 0 else "pipeline", "passes": passes,
               "load": round(os.getloadavg()[0], 2), "baseline_s": 0.0, "baseline_cpu_s": 0.0,
               "pipeline_s": 0.0, "pipeline_cpu_s": 0.0}
        for p in range(passes):
            order = ("baseline", "pipeline") if (r + p) % 2 == 0 else ("pipeline", "baseline")
            for what in order:
                work = (lambda: segment_baseline(bodies)) if what == "baseline" \
                    else (lambda: run_pipeline(files_dir, db_path))
                wall, cpu, result = _clock(work)
                row[f"{what}_s"] += wall / passes
                row[f"{what}_cpu_s"] += cpu / passes
                if what == "pipeline":
                    row["facts"] = result["extracted"].get("facts", 0)
        row["ratio"] = row["pipeline_cpu_s"] / row["baseline_cpu_s"]
        row["ratio_wall"] = row["pipeline_s"] / row["baseline_s"]
        rows.append(row)
    for path in workdir.glob(f"{db_path.name}*"):
        path.unlink()
    ratios = sorted(row["ratio"] for row in rows)
    return {"source": source, "files": str(files_dir), "articles": len(bodies),
            "chars": sum(map(len, bodies)), "rounds": rows, "ratio_min": ratios[0],
            "ratio_median": statistics.median(ratios), "ratio_max": ratios[-1],
            "baseline_cpu_ms_per_article": 1000 * statistics.median(
                row["baseline_cpu_s"] for row in rows) / len(bodies),
            "pipeline_cpu_ms_per_article": 1000 * statistics.median(
                row["pipeline_cpu_s"] for row in rows) / len(bodies)}


def run_interleaved(rounds: int, corpus_articles: int, realdev: Path | None, workdir: Path,
                    round_seconds: float = ROUND_SECONDS) -> list[dict]:
    files = workdir / "interleaved-corpus"
    replicate_corpus(corpus_articles, files)
    out = [interleaved("corpus", files, rounds, workdir, round_seconds)]
    shutil.rmtree(files)
    if realdev is not None and realdev.is_dir():
        out.append(interleaved("realdev", realdev, rounds, workdir, round_seconds))
    return out


def interleaved_text(results: list[dict]) -> str:
    rows = [{"source": r["source"], "articles": r["articles"], "chars": r["chars"],
             "rounds": len(r["rounds"]),
             "baseline CPU ms/article": r["baseline_cpu_ms_per_article"],
             "pipeline CPU ms/article": r["pipeline_cpu_ms_per_article"],
             "ratio min": r["ratio_min"], "ratio median": r["ratio_median"],
             "ratio max": r["ratio_max"], "spread": r["ratio_max"] - r["ratio_min"],
             "load": max(row["load"] for row in r["rounds"])} for r in results]
    return "\n".join([
        "Pipeline / (sent_tokenize + word_tokenize), CPU time, interleaved in one process:", "",
        table(rows, ["source", "articles", "chars", "rounds", "baseline CPU ms/article",
                     "pipeline CPU ms/article", "ratio min", "ratio median", "ratio max",
                     "spread", "load"])])


def interleaved_verdicts(results: list[dict]) -> list[Verdict]:
    return [Verdict(f"pipeline / (sent_tokenize + word_tokenize) CPU, interleaved median "
                    f"({r['source']}, {len(r['rounds'])} rounds, {r['ratio_min']:.2f}-"
                    f"{r['ratio_max']:.2f})", r["ratio_median"], TARGET_INTERLEAVED, False, "x")
            for r in results]


# --- the run: sizes x jobs, then verdicts ----------------------------------------------------

def run(sizes: list[int], jobs_list: list[int], floor_seconds: float, workdir: Path,
        repeats: int = 1) -> dict:
    """Every N with every --jobs value, `repeats` times interleaved; the fastest run of each
    is kept (the one least disturbed by other work on the machine)."""
    floor = word_tokenize_floor(floor_seconds)
    best, failed = {}, []
    for n in sizes:
        files = workdir / f"n{n}"
        pairs = replicate_corpus(n, files)
        copies = Counter(original.name for _, original in pairs)
        floor_n = {kind: sum(floor[name][kind] * count for name, count in copies.items())
                   for kind in ("seconds", "cpu_seconds")}
        for attempt in range(repeats):
            for jobs in jobs_list:
                result = _run_one(n, jobs, files, workdir, failed, attempt)
                if result is None:
                    continue
                derived = _derive(n, result, floor_n)
                print(f"result: {json.dumps(derived)}", file=sys.stderr, flush=True)  # survives a crash
                kept = best.get((n, jobs))
                if kept is None or derived["pipeline_s"] < kept["pipeline_s"]:
                    best[(n, jobs)] = derived
        shutil.rmtree(files)
    runs = [{**run, "attempts": repeats} for run in best.values()]
    return {"machine": machine(), "floor": floor, "runs": runs, "failed": failed,
            "verdicts": [v.to_json() for v in verdicts(runs)]}


def _run_one(n: int, jobs: int, files: Path, workdir: Path, failed: list, attempt: int) -> dict | None:
    db_path = workdir / f"n{n}-j{jobs}.db"
    print(f"extraction bench: N={n} --jobs {jobs} (run {attempt + 1}) ...", file=sys.stderr, flush=True)
    try:
        return run_child([__file__, "--child", str(files), str(db_path), str(jobs)])
    except SystemExit as failure:  # a long series goes on; the failure is reported
        failed.append({"n": n, "jobs": jobs, "error": str(failure)})
        print(failure, file=sys.stderr)
        return None
    finally:
        for path in workdir.glob(f"{db_path.name}*"):
            path.unlink()


def _derive(n: int, result: dict, floor: dict) -> dict:
    """Rates and ratios of one run. The ratio to word_tokenize is on CPU seconds (pool workers
    included), which other work on the machine hardly moves; the wall-clock one is given too."""
    if result["articles"] != n:
        raise SystemExit(f"N={n}: the database holds {result['articles']} articles, not {n}: "
                         "the replicated copies did not get distinct ids (see bench/common.vary)")
    wall, cpu = result["seconds"], result["cpu_seconds"]
    pipeline, pipeline_cpu = wall["ingest"] + wall["extract"], cpu["ingest"] + cpu["extract"]
    return {**result, "n": n, "pipeline_s": pipeline, "pipeline_cpu_s": pipeline_cpu,
            "floor_s": floor["seconds"], "floor_cpu_s": floor["cpu_seconds"],
            "ms_per_article": 1000 * pipeline / n, "cpu_ms_per_article": 1000 * pipeline_cpu / n,
            "articles_per_s": n / pipeline, "chars_per_s": result["chars"] / pipeline,
            "ratio": pipeline_cpu / floor["cpu_seconds"], "ratio_wall": pipeline / floor["seconds"],
            "peak_rss_max_mb": max(result["peak_rss_mb"].values()),
            "extract_cores": cpu["extract"] / wall["extract"],  # < jobs: waiting, or a busy machine
            "stages": _stage_rows(wall, cpu, n, result["chars"], floor)}


def _stage_rows(wall: dict, cpu: dict, n: int, chars: int, floor: dict) -> list[dict]:
    """Each timed stage, plus what the job does around them ('other')."""
    parts = {"ingest": ["clean", "store articles"],
             "extract": ["read articles", "extract_article", "store facts"]}
    rows = []
    for whole, names in parts.items():
        timed = [name for name in names if name in wall]
        rows += [(name, wall[name], cpu[name]) for name in timed]
        rows.append((f"{whole}: other", wall[whole] - sum(wall[name] for name in timed),
                     cpu[whole] - sum(cpu[name] for name in timed)))
    pipeline = wall["ingest"] + wall["extract"]
    rows.append(("pipeline", pipeline, cpu["ingest"] + cpu["extract"]))
    rows.append(("word_tokenize floor", floor["seconds"], floor["cpu_seconds"]))
    return [{"stage": name, "wall_s": s, "cpu_s": c, "ms/article": 1000 * s / n,
             "articles/s": n / s if s > 0 else None, "chars/s": chars / s if s > 0 else None,
             "share_%": 100 * s / pipeline, "cpu x word_tokenize": c / floor["cpu_seconds"]}
            for name, s, c in rows]


def verdicts(runs: list[dict]) -> list[Verdict]:
    single = sorted((r for r in runs if r["jobs"] == 1), key=lambda r: r["n"])
    out = []
    if single:
        worst = max(single, key=lambda r: r["ratio"])
        out.append(Verdict(f"pipeline / word_tokenize CPU time (N={worst['n']}, --jobs 1)",
                           worst["ratio"], TARGET_RATIO, False, "x"))
    if len(single) > 1:
        small, large = single[0], single[-1]
        out.append(Verdict(f"CPU time per article N={large['n']} / N={small['n']}",
                           large["cpu_ms_per_article"] / small["cpu_ms_per_article"], TARGET_FLAT,
                           False, "x"))
        out.append(Verdict(f"peak RSS N={large['n']} / N={small['n']}",
                           large["peak_rss_max_mb"] / small["peak_rss_max_mb"], TARGET_FLAT, False, "x"))
    by_n = {}
    for r in runs:
        by_n.setdefault(r["n"], {})[r["jobs"]] = r
    for n, by_jobs in sorted(by_n.items()):
        if 1 in by_jobs and 2 in by_jobs:
            speedup = by_jobs[1]["seconds"]["extract"] / by_jobs[2]["seconds"]["extract"]
            out.append(Verdict(f"extract --jobs 2 speed-up (N={n})", speedup, TARGET_SPEEDUP, True, "x"))
    if runs:
        biggest = max(runs, key=lambda r: r["peak_rss_max_mb"])
        out.append(Verdict(f"peak RSS of one process (N={biggest['n']}, --jobs {biggest['jobs']})",
                           biggest["peak_rss_max_mb"], TARGET_RSS_MB, False, " MB"))
    return out


def report(result: dict) -> str:
    m = result["machine"]
    lines = [f"Extraction bench, {m['utc']} UTC, {m['cpus']} CPUs, load {m['load_average_1m']}", ""]
    if result.get("interleaved"):
        lines += [interleaved_text(result["interleaved"]), ""]
    if not result["runs"]:
        lines += ["Summary: " + "; ".join(v["text"] for v in result["verdicts"])]
        return "\n".join(lines)
    lines.append(table(
        [{"N": r["n"], "jobs": r["jobs"], "runs": r["attempts"], "articles/s": r["articles_per_s"],
          "chars/s": r["chars_per_s"], "ms/article": r["ms_per_article"],
          "CPU ms/article": r["cpu_ms_per_article"], "CPU x word_tokenize": r["ratio"],
          "wall x word_tokenize": r["ratio_wall"], "extract: cores used": r["extract_cores"], "peak RSS MB (main)": r["peak_rss_mb"]["self"],
          "peak RSS MB (worker)": r["peak_rss_mb"]["children"] or None,
          "DB KB/article": r["db_bytes"] / 1024 / r["n"],
          "facts": r["extract_counts"].get("facts", 0), "load": r["load_average_1m_end"],
          "failed articles": sum(v for k, v in r["extract_counts"].items() if k.startswith("skipped"))}
         for r in result["runs"]],
        ["N", "jobs", "runs", "articles/s", "chars/s", "ms/article", "CPU ms/article",
         "CPU x word_tokenize", "wall x word_tokenize", "extract: cores used",
         "peak RSS MB (main)", "peak RSS MB (worker)", "DB KB/article", "facts", "failed articles", "load"]))
    for r in result["runs"]:
        lines += ["", f"Stages, N={r['n']}, --jobs {r['jobs']}:",
                  table(r["stages"], ["stage", "wall_s", "cpu_s", "ms/article", "articles/s",
                                      "chars/s", "share_%", "cpu x word_tokenize"])]
    if "stage_profile" in result:
        lines += ["", stage_profile_text(result["stage_profile"], result["floor"])]
    if "profile" in result:
        lines += ["", profile_text(result["profile"])]
    for failure in result["failed"]:
        lines += ["", f"FAILED: N={failure['n']} --jobs {failure['jobs']}: {failure['error'][-500:]}"]
    lines += ["", "Summary: " + "; ".join(v["text"] for v in result["verdicts"])
              + (f"; {len(result['failed'])} runs FAILED" if result["failed"] else "")]
    return "\n".join(lines)


def stage_profile_text(profile: dict, floor: dict) -> str:
    floor_ms = 1000 * sum(f["cpu_seconds"] for f in floor.values()) / len(floor)
    rows = [{**row, "x word_tokenize": row["cpu_ms/article"] / floor_ms} for row in profile["stages"]]
    return "\n".join([
        f"Stages of extract_article, sampled ({profile['samples']:,} samples over "
        f"{profile['articles']} articles, {profile['cpu_s']:.1f} CPU s; word_tokenize alone: "
        f"{floor_ms:.1f} CPU ms/article):", "",
        table(rows, ["stage", "share_%", "cpu_ms/article", "chars/s", "x word_tokenize"]), "",
        "Hottest functions (sampled self time):", "",
        table(profile["hot_functions"], ["function", "share_%"])])


def profile_text(profile: dict) -> str:
    lines = [f"Profile of extract_article over the bundled articles ({profile['total_s']:.2f} s "
             "under cProfile), as a call tree:", "",
             table(profile["tree"], ["function", "calls", "cumulative_s", "share_%"]), "",
             "By library (self time):", "", table(profile["by_package"], ["package", "self_s", "share_%"]),
             "", "Costliest functions (self time):", "",
             table(profile["top_self"], ["function", "calls", "self_s", "cumulative_s"])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100", help="article counts N, comma-separated (default 100)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to compare (default 1,2)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="runs of each N and --jobs, interleaved; the fastest is kept (default 1)")
    parser.add_argument("--floor-seconds", type=float, default=1.0,
                        help="least time spent measuring word_tokenize per article (default 1)")
    parser.add_argument("--profile", action="store_true", help="add a cProfile of extract_article")
    parser.add_argument("--profile-seconds", type=float, default=5.0,
                        help="CPU seconds of extraction the sampling profile watches (default 5)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of the interleaved baseline / pipeline ratio (default 3)")
    parser.add_argument("--round-seconds", type=float, default=ROUND_SECONDS,
                        help="least baseline CPU seconds per interleaved round: passes of each "
                             f"side are repeated, alternating, to reach it (default {ROUND_SECONDS:g})")
    parser.add_argument("--corpus-articles", type=int, default=50,
                        help="the bundled corpus replicated to this many articles for the "
                             "interleaved ratio (default 50)")
    parser.add_argument("--realdev", type=Path, default=REALDEV_RAW,
                        help=f"a folder of real articles, read in place (default {REALDEV_RAW})")
    parser.add_argument("--interleaved-only", action="store_true",
                        help="only the interleaved ratio: no N series, no --jobs runs")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--child", nargs=3, metavar=("FILES", "DB", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        files, db_path, jobs = args.child
        print(json.dumps(measure(Path(files), Path(db_path), int(jobs))))
        return
    with tempfile.TemporaryDirectory(prefix="solieu-bench-") as workdir:
        if args.interleaved_only:
            result = {"machine": machine(), "floor": {}, "runs": [], "failed": [], "verdicts": []}
        else:
            result = run(parse_sizes(args.sizes), parse_sizes(args.jobs), args.floor_seconds,
                         Path(workdir), args.repeats)
        result["interleaved"] = run_interleaved(args.rounds, args.corpus_articles, args.realdev,
                                                Path(workdir), args.round_seconds)
    result["verdicts"] = [v.to_json() for v in interleaved_verdicts(result["interleaved"])] \
        + result["verdicts"]
    if args.profile:
        try:
            result["stage_profile"] = sample_stages(args.profile_seconds)
            result["profile"] = profile_extraction()
        except Exception as exc:  # noqa: BLE001 - the measurements above are still worth printing
            result["failed"].append({"n": "profile", "jobs": "-", "error": f"{type(exc).__name__}: {exc}"})
    emit(result, report(result), args.json)


if __name__ == "__main__":
    main()
