"""Shared helpers of the benchmark scripts: a replicated corpus, timers, memory, tables, verdicts.

Every script measures its baseline in the same run, on the same machine and text, and reports
ratios: absolute numbers move with the machine's load, ratios much less.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

if str(ROOT) not in sys.path:  # `python bench/x.py` puts bench/, not the repo, on the path
    sys.path.insert(0, str(ROOT))


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def parse_sizes(text: str) -> list[int]:
    """'100,1000' -> [100, 1000] (for --sizes / --jobs options)."""
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise SystemExit(f"not a comma-separated list of whole numbers: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise SystemExit(f"sizes must be whole numbers >= 1: {text!r}")
    return sizes


# --- the replicated corpus -------------------------------------------------------------------

def copy_tag(k: int) -> str:
    """A short letters-only tag for copy k ('a', 'b', ... 'ba'): digits would add facts."""
    letters = ""
    while True:
        k, rest = divmod(k, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
        if k == 0:
            return letters


def vary(text: str, k: int) -> str:
    """Copy k of a scraped article: title and longest paragraph get a tag, so the content hash
    (hence the id) differs while the work of extraction stays that of the original."""
    lines = text.split("\n")
    tag = copy_tag(k)
    title = next(i for i, line in enumerate(lines) if line.strip())
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[title] = f"{lines[title].rstrip()} (bản {tag})"
    if longest != title:
        lines[longest] = f"{lines[longest].rstrip()} Bản sao {tag}."
    return "\n".join(lines)


def replicate_corpus(n: int, dest: Path) -> list[tuple[Path, Path]]:
    """Write n article files into `dest` cycling over the bundled corpus, each one distinct.

    Returns (copy, original) pairs. Copy 0 of each original is the original verbatim."""
    dest.mkdir(parents=True, exist_ok=True)
    originals = corpus_files()
    texts = [path.read_text(encoding="utf-8") for path in originals]
    pairs = []
    for i in range(n):
        k, which = divmod(i, len(originals))
        text = texts[which] if k == 0 else vary(texts[which], k)
        path = dest / f"bench_{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        pairs.append((path, originals[which]))
    return pairs


# --- time and memory ---------------------------------------------------------------------------

class StageTimes:
    """Wall and CPU seconds spent in named stages (accumulated over calls). CPU seconds are this
    process's plus those of its child processes that ended inside the stage (pool workers)."""

    def __init__(self) -> None:
        self.seconds: Counter = Counter()
        self.cpu: Counter = Counter()
        self.calls: Counter = Counter()

    @contextmanager
    def stage(self, name: str):
        start, cpu = time.perf_counter(), cpu_seconds(children=True)
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start
            self.cpu[name] += cpu_seconds(children=True) - cpu
            self.calls[name] += 1

    def wrap(self, name: str, function: Callable) -> Callable:
        """`function`, timed under `name` on every call (also when it is a generator)."""
        def timed(*args, **kwargs):
            with self.stage(name):
                result = function(*args, **kwargs)
            if hasattr(result, "__next__"):
                return self._timed_iter(name, result)
            return result
        timed.__wrapped__ = function
        return timed

    def _timed_iter(self, name: str, iterator):
        while True:
            with self.stage(name):
                try:
                    item = next(iterator)
                except StopIteration:
                    return
            yield item


@contextmanager
def patched(obj, name: str, times: StageTimes, stage: str):
    """Time every call of `obj.name` under `stage` for the duration of the block.

    The bench times the real stage functions where the job calls them; nothing is replaced."""
    original = getattr(obj, name)
    setattr(obj, name, times.wrap(stage, original))
    try:
        yield
    finally:
        setattr(obj, name, original)


def peak_rss_mb() -> dict:
    """Peak resident memory of this process and of its largest finished child process, in MB."""
    to_mb = 1 / 1024  # ru_maxrss is in KiB on Linux
    return {
        "self": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * to_mb, 1),
        "children": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * to_mb, 1),
    }


def cpu_seconds(children: bool = False) -> float:
    """CPU seconds used by this process (and by its finished children, with `children`):
    unlike wall time, hardly moved by other work on the machine."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) if children else (resource.RUSAGE_SELF,):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def run_child(argv: Sequence[str], timeout: float | None = None) -> dict:
    """Run one measurement in a fresh Python process (so its peak memory is its own);
    the child prints one JSON object as its last stdout line."""
    done = subprocess.run(
        [sys.executable, *argv], capture_output=True, text=True, timeout=timeout,
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark child {' '.join(argv)} failed ({done.returncode}):\n"
                         f"{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict:
    """What the numbers were measured on, including the load other work put on the machine."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
    }


# --- the word_tokenize floor ------------------------------------------------------------------

def word_tokenize_seconds(sentences: Sequence[str], min_seconds: float = 1.0) -> tuple[float, float]:
    """(wall, CPU) seconds underthesea's word_tokenize takes over `sentences`, one call per
    sentence: the best of repeated passes, at least `min_seconds` of measuring in all."""
    from underthesea import word_tokenize

    for sentence in sentences[:3]:  # load the model before timing
        word_tokenize(sentence)
    best, best_cpu, spent = float("inf"), float("inf"), 0.0
    while spent < min_seconds or best == float("inf"):
        start, cpu = time.perf_counter(), cpu_seconds()
        for sentence in sentences:
            word_tokenize(sentence)
        elapsed = time.perf_counter() - start
        best, best_cpu = min(best, elapsed), min(best_cpu, cpu_seconds() - cpu)
        spent += elapsed
    return best, best_cpu


def sentences_of(body: str) -> list[str]:
    from underthesea import sent_tokenize

    return [s for s in sent_tokenize(body) if s.strip()]


# --- verdicts and output ---------------------------------------------------------------------

@dataclass
class Verdict:
    name: str
    value: float
    target: float
    higher_is_better: bool
    unit: str = ""

    @property
    def met(self) -> bool:
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def text(self) -> str:
        sign = ">=" if self.higher_is_better else "<="
        head = f"{self.name} {self.value:.3g}{self.unit} (target {sign} {self.target:g}{self.unit})"
        if self.met:
            return f"{head}: met"
        if not self.target:
            return f"{head}: MISSED"
        miss = abs(self.value - self.target) / self.target * 100
        return f"{head}: MISSED by {miss:.0f}%"

    def to_json(self) -> dict:
        return {"name": self.name, "value": self.value, "target": self.target,
                "higher_is_better": self.higher_is_better, "met": self.met, "text": self.text()}


def table(rows: Iterable[dict], columns: Sequence[str]) -> str:
    """A Markdown table (pastes straight into bench/README.md): numbers right, text left."""
    rows = list(rows)
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [max([len(col)] + [len(r[i]) for r in cells]) for i, col in enumerate(columns)]
    numeric = [all(isinstance(row.get(col), (int, float, type(None))) for row in rows)
               for col in columns]

    def line(values):
        return "| " + " | ".join(v.rjust(w) if num else v.ljust(w)
                                 for v, w, num in zip(values, widths, numeric)) + " |"

    rule = "|" + "|".join("-" * (w + 1) + ":" if num else ":" + "-" * (w + 1)
                          for w, num in zip(widths, numeric)) + "|"
    return "\n".join([line(columns), rule] + [line(r) for r in cells])


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        return f"{value:.3g}" if value < 10 else f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def emit(result: dict, text: str, as_json: bool) -> None:
    """Print the result: a table and a summary line, or JSON for machines."""
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(text)
