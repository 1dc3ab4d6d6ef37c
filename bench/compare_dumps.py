"""Do two revisions of solieu build the same databases? (issue 15: "the SQL dumps of the
bundled corpus and ../shared/realdev are byte-identical before and after").

    python bench/compare_dumps.py                      # HEAD against the working tree
    python bench/compare_dumps.py --base main          # main against the working tree
    python bench/compare_dumps.py --base A --head B corpus/ ../shared/realdev/raw

Each revision runs `solieu run` on each input folder (default: the bundled corpus/ and
../shared/realdev/raw when it is there), into a database of its own; the two databases of an
input are dumped by `solieu.store.dump` (schema and rows in a stable order, without run ids,
times and versions) and compared. Both revisions read the very same input files (those of the
working tree), so only the code differs.

A revision is `git archive`d into a temporary folder and run with this Python (the current
venv, so no install per revision): a small import hook maps the revision's own package
layout (pyproject's [tool.setuptools.package-dir], e.g. solieu.extract -> extract/) before
the installed solieu. The working tree is run in place. The two revisions run side by side.

Prints "identical" per input, or the diff; exits 0 when every input is identical, else 1.
"""
from __future__ import annotations

import argparse
import difflib
import importlib.util
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKTREE = "worktree"

# Runs the CLI of the tree given as first argument, whatever solieu is installed.
BOOTSTRAP = r'''
import importlib.abc, importlib.util, sys, tomllib
from pathlib import Path

tree = Path(sys.argv[1])
pyproject = tomllib.loads((tree / "pyproject.toml").read_text("utf-8"))
folders = {"solieu": "solieu", **pyproject.get("tool", {}).get("setuptools", {}).get("package-dir", {})}


class TreeFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        package = max((p for p in folders if name == p or name.startswith(p + ".")), key=len,
                      default=None)
        if package is None:
            return None
        base = tree / folders[package]
        for part in name[len(package):].split(".")[1:]:
            base = base / part
        if (base / "__init__.py").is_file():
            return importlib.util.spec_from_file_location(
                name, base / "__init__.py", submodule_search_locations=[str(base)])
        if base.with_suffix(".py").is_file():
            return importlib.util.spec_from_file_location(name, base.with_suffix(".py"))
        return None


sys.meta_path.insert(0, TreeFinder())
sys.path.insert(0, str(tree))  # a layout of top-level packages (extract, store, crawler)
sys.argv = ["solieu", *sys.argv[2:]]
from solieu.cli import cli
cli()
'''


def default_inputs() -> list[Path]:
    inputs = [ROOT / "corpus"]
    realdev = ROOT.parent / "shared" / "realdev" / "raw"
    return inputs + [realdev] if realdev.is_dir() else inputs


def materialise(revision: str, into: Path) -> Path:
    """The files of `revision` (committed), or the working tree itself."""
    if revision == WORKTREE:
        return ROOT
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision],
                             check=True, capture_output=True).stdout
    into.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def build(tree: Path, source: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", BOOTSTRAP, str(tree), "run", str(source),
                             "--db", str(db)], cwd=db.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _dump_of(tree: Path):
    """`solieu.store.dump.dump` of this tree (a module of no import), whatever is installed."""
    spec = importlib.util.spec_from_file_location("_solieu_dump", tree / "store" / "dump.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.dump


def compare(base: str, head: str, inputs: list[Path], context: int = 2,
            max_lines: int = 200) -> tuple[bool, str]:
    """(identical?, report) for `base` against `head` on every input folder."""
    dump = _dump_of(ROOT)

    lines, same = [], True
    with tempfile.TemporaryDirectory(prefix="compare-dumps-") as tmp:
        trees = {side: materialise(rev, Path(tmp) / side) for side, rev in
                 (("base", base), ("head", head))}
        for n, source in enumerate(inputs):
            dbs = {side: Path(tmp) / f"{side}-{n}-{source.name}.db" for side in trees}
            runs = {side: build(trees[side], source.resolve(), dbs[side]) for side in trees}
            for side, process in runs.items():
                output, _ = process.communicate()
                if process.returncode != 0:
                    raise RuntimeError(f"solieu run of {side} ({base if side == 'base' else head}) "
                                       f"on {source} failed:\n{output}")
            a, b = (list(dump(dbs[side])) for side in ("base", "head"))
            if a == b:
                lines.append(f"{source}: identical ({len(a)} lines)")
                continue
            same = False
            diff = list(difflib.unified_diff(a, b, f"{base}:{source.name}", f"{head}:{source.name}",
                                             n=context, lineterm=""))
            lines.append(f"{source}: DIFFERENT ({sum(1 for d in diff if d[:1] in '+-') - 2} "
                         f"lines differ)")
            lines += diff[:max_lines] + ([f"... {len(diff) - max_lines} more"]
                                         if len(diff) > max_lines else [])
    return same, "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path,
                        help="folders of articles (default: corpus/ and ../shared/realdev/raw)")
    parser.add_argument("--base", default="HEAD", help="git revision (default: HEAD)")
    parser.add_argument("--head", default=WORKTREE,
                        help="git revision, or 'worktree' (the default) for the files as they are")
    args = parser.parse_args(argv)
    same, report = compare(args.base, args.head, args.inputs or default_inputs())
    print(report)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
