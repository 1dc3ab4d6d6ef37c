"""The folders install under one name (issue 15): crawler/, extract/ and store/ are
solieu.crawler, solieu.extract and solieu.store, so nothing generic lands in site-packages, and
the code imports them by that name only (an `import store` would work from the repository's
root and fail once installed)."""
from __future__ import annotations

import ast
import importlib.metadata
import re
from pathlib import Path

import yaml

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


# -- the schema once, and SQL only in store/ (issue 15 item 4) -------------------------------

PRODUCT_FOLDERS = ("solieu", "extract", "store", "crawler")
SQL_STATEMENT = re.compile(
    r"^\s*(?:with\b[\s\S]*\bselect\b|select\b[\s\S]*\bfrom\b|insert\s+(?:or\s+\w+\s+)?into\b"
    r"|update\s+\S+\s+set\b|delete\s+from\b|create\s+(?:table|(?:unique\s+)?index|view|virtual"
    r"|trigger)\b|alter\s+table\b|drop\s+(?:table|view|index)\b|pragma\b)", re.IGNORECASE)


def string_literals(path: Path):
    """(line, text) of each string literal, f-strings with their expressions blanked."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "x"
                                       for v in node.values)


def test_no_sql_outside_store():
    """Every SQL statement lives in store/ (tests/ and bench/, tools around the product, read
    databases as they please)."""
    found = [f"{path.relative_to(ROOT)}:{line}: {text.strip()[:60]!r}"
             for folder in PRODUCT_FOLDERS if folder != "store"
             for path in (ROOT / folder).rglob("*.py")
             for line, text in string_literals(path) if SQL_STATEMENT.search(text)]
    assert found == []


def test_the_sql_check_finds_sql():
    assert SQL_STATEMENT.search("\n  select f.id from facts_view f where f.value = 1")
    assert SQL_STATEMENT.search('INSERT INTO facts (id) VALUES (?)')
    assert not SQL_STATEMENT.search("Select the figures of an organization.")


def column_lists(path: Path):
    """(line, names) of each place in a source that names things together: a string, a
    class's fields, a list, tuple, set or dict of strings; for YAML, each mapping's keys."""
    if path.suffix in (".yml", ".yaml"):
        def walk(node, where):
            if isinstance(node, dict):
                yield where, {str(k) for k in node}
                for key, value in node.items():
                    yield from walk(value, f"{where}.{key}")
            elif isinstance(node, list):
                for value in node:
                    yield from walk(value, where)
        yield from walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
        return
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, set(re.findall(r"\w+", node.value))
        elif isinstance(node, ast.ClassDef):
            yield node.lineno, {s.target.id for s in node.body
                                if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict)):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            yield node.lineno, {e.value for e in items
                                if isinstance(e, ast.Constant) and isinstance(e.value, str)}


def test_the_fact_columns_are_listed_in_the_record_only():
    """The facts table's columns are the fields of `Fact` (extract/records.py); the table,
    facts_view, the column descriptions datasette shows and the queries that read whole
    facts are made from it. Elsewhere a fact's columns are named only as a view chooses
    some (the audit's, the check's, a canned query's result): no place outside the record
    lists them all, or all but a few (which is a copy of the list)."""
    from solieu.extract.records import FACT_COLUMNS

    columns = {c.name for c in FACT_COLUMNS}
    copies = [f"{path.relative_to(ROOT)}:{where}: {len(names & columns)} of {len(columns)}"
              for folder in PRODUCT_FOLDERS for path in sorted((ROOT / folder).rglob("*"))
              if path.suffix in (".py", ".yml") and path != ROOT / "extract" / "records.py"
              for where, names in column_lists(path) if len(names & columns) > len(columns) - 4]
    assert copies == []
    facts = yaml.safe_load((ROOT / "store" / "metadata.yml").read_text("utf-8"))["database"]
    assert "columns" not in facts["tables"]["facts"]
    assert not columns & set(facts["tables"]["facts_view"]["columns"])
    assert all("sql" not in query for query in facts["queries"].values())


def test_the_facts_table_and_view_are_made_from_the_record(tmp_path):
    from solieu import store
    from solieu.extract.records import FACT_COLUMNS

    db = store.open_db(tmp_path / "x.db")
    table = [row[1] for row in db.execute('PRAGMA table_info("facts")')]
    view = [row[1] for row in db.execute('PRAGMA table_info("facts_view")')]
    assert table == [c.name for c in FACT_COLUMNS]
    assert view[:len(table)] == table
