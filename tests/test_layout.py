"""The folders install under one name (issue 15): crawler/, extract/ and store/ are
solieu.crawler, solieu.extract and solieu.store, so nothing generic lands in site-packages, and
the code imports them by that name only (an `import store` would work from the repository's
root and fail once installed)."""
from __future__ import annotations

import ast
import importlib.metadata
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [p for folder in ("solieu", "extract", "store", "crawler", "tests", "bench")
           for p in (ROOT / folder).rglob("*.py")]
OLD_NAME = re.compile(r"^\s*(?:from|import)\s+(?:extract|store|crawler)\b", re.MULTILINE)


def test_only_the_solieu_name_is_installed():
    distribution = importlib.metadata.distribution("solieu")
    assert distribution.read_text("top_level.txt").split() == ["solieu"]
    plugin = [e for e in distribution.entry_points if e.group == "datasette"]
    assert sorted(e.value for e in plugin) == ["solieu.desk_check", "solieu.store.datasette_plugin"]


def test_the_stages_are_importable_under_the_solieu_name():
    from solieu.extract.article import clean
    from solieu.extract.facts import pipeline
    from solieu.crawler import settings
    from solieu import store

    assert Path(clean.__file__).parent == ROOT / "extract" / "article"
    assert Path(pipeline.__file__).parent == ROOT / "extract" / "facts"
    assert settings.ITEM_PIPELINES and all(k.startswith("solieu.crawler.") for k in settings.ITEM_PIPELINES)
    assert Path(store.__file__).parent == ROOT / "store"


def test_no_source_imports_a_folder_by_its_bare_name():
    offenders = [f"{p.relative_to(ROOT)}: {m.group(0).strip()}"
                 for p in SOURCES for m in OLD_NAME.finditer(p.read_text(encoding="utf-8"))]
    assert offenders == []


# -- layers that only look down (issue 15 item 3) ---------------------------------------------

# Each folder's modules under their installed names: the layers, then the application on top.
PACKAGES = {"extract": "solieu.extract", "store": "solieu.store", "crawler": "solieu.crawler",
            "solieu": "solieu"}
LAYERS = ("solieu.extract", "solieu.store", "solieu.crawler")  # lowest first


def product_modules() -> dict[str, Path]:
    modules = {}
    for folder, package in PACKAGES.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join([package, *parts])] = path
    return modules


def import_graph() -> dict[str, set[str]]:
    """Module -> the product modules it imports, from the sources (every import statement,
    those inside functions too: a late import is still a dependency)."""
    modules = product_modules()
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                # `from package import module` imports the module; else the names are in base
                targets.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules
                               else base for alias in node.names)
        found = set()
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
        graph[name] = found
    return graph


def layer(module: str) -> str:
    return next((l for l in LAYERS if module == l or module.startswith(l + ".")), "solieu")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_is_read_from_the_sources():
    graph = import_graph()
    assert "solieu.extract.facts.nlp" in graph["solieu.extract.facts.pipeline"] or \
        "solieu.extract.facts.nlp" in graph["solieu.extract.facts.assembly"]
    assert "solieu.store.db" in graph["solieu.store"]  # from solieu.store.db import ...
    assert "solieu.jobs" in graph["solieu.cli"]  # inside a command function
    assert layer("solieu.store.db") == "solieu.store" and layer("solieu.jobs") == "solieu"
    assert layer("solieu") == "solieu"  # the application package's own __init__ (__version__)


def test_no_import_circle_between_modules():
    assert cycles(import_graph()) == []


def test_layers_import_only_downward():
    """crawler -> store -> extract, and the application (solieu/*.py: cli, jobs, check, audit,
    evaluation, scoring, ...) on top: no layer imports one above it, nor the application."""
    above = {"solieu.extract": {"solieu.store", "solieu.crawler", "solieu"},
             "solieu.store": {"solieu.crawler", "solieu"},
             "solieu.crawler": {"solieu"}}
    upward = sorted(f"{module} imports {target}" for module, targets in import_graph().items()
                    for target in targets if layer(target) in above.get(layer(module), ()))
    assert upward == []
