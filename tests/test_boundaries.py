"""The one-way dependencies, held by parsing imports with `ast`:

app -> dashboard -> (storage) <- ingest. Ingest never imports streamlit or the dashboard; the dashboard
never imports an HTML parser or ingest's fetch/parse (its write controls go through ingest's pipeline
and store); only `dashboard/queries/` (a package, one module per noun) holds SQL; charts, queries and filters never import streamlit.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = [ROOT / "app.py", *sorted((ROOT / "dashboard").rglob("*.py"))]
INGEST = sorted((ROOT / "ingest").rglob("*.py"))
HTML_PARSERS = {"newspaper", "trafilatura", "readability", "lxml", "lxml_html_clean", "bs4", "html5lib"}
SQL_TEXT = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\b.*\bSET|DELETE\s+FROM|CREATE\s+TABLE|PRAGMA)\b")


def imports(path: Path) -> set[str]:
    """Every module a file imports (top level or inside functions), as dotted names."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def top(name: str) -> str:
    return name.split(".")[0]


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_ingest_never_imports_streamlit_or_the_dashboard():
    offenders = {rel(p): sorted(n for n in imports(p) if top(n) in {"streamlit", "dashboard", "plotly"})
                 for p in INGEST}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_dashboard_never_parses_html_or_fetches():
    offenders = {}
    for path in DASHBOARD:
        bad = sorted(n for n in imports(path) if top(n) in HTML_PARSERS
                     or n.startswith(("ingest.parse", "ingest.fetch", "ingest.feeds", "ingest.clean")))
        if bad:
            offenders[rel(path)] = bad
    assert offenders == {}


def test_only_the_write_controls_and_seeding_reach_into_ingest():
    users = sorted(rel(p) for p in DASHBOARD if any(top(n) == "ingest" for n in imports(p)))
    assert users == ["dashboard/actions.py", "dashboard/seeding.py"]


# The queries package: the only modules with SQL (the module names, for the assertions below).
QUERY_MODULES = sorted(rel(p) for p in (ROOT / "dashboard" / "queries").glob("*.py"))


def test_only_queries_holds_sql():
    schema_users, sql_users, executing, sql_text = [], [], [], []
    for path in DASHBOARD:
        names = imports(path)
        if any(n.startswith("storage.schema") for n in names):
            schema_users.append(rel(path))
        # `sqlalchemy.engine` (the Engine type, URL parsing) is not SQL; anything else from sqlalchemy is.
        if any(top(n) == "sqlalchemy" and not n.startswith("sqlalchemy.engine") for n in names):
            sql_users.append(rel(path))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(n, ast.Attribute) and n.attr in {"execute", "exec_driver_sql", "read_sql"}
               for n in ast.walk(tree)):
            executing.append(rel(path))
        if any(isinstance(n, ast.Constant) and isinstance(n.value, str) and SQL_TEXT.search(n.value)
               for n in ast.walk(tree)):
            sql_text.append(rel(path))
    assert schema_users == ["dashboard/queries/__init__.py"]  # the others take the tables from it
    assert sql_users and set(sql_users) <= set(QUERY_MODULES)
    assert executing and set(executing) <= set(QUERY_MODULES)
    assert sql_text == []


def test_charts_queries_and_filters_never_import_streamlit():
    pure = [ROOT / "dashboard" / f"{m}.py" for m in ("charts", "share_charts", "filters", "palette", "text", "export",
                                                   "stats")]
    pure += [ROOT / m for m in QUERY_MODULES]
    offenders = {rel(p): sorted(n for n in imports(p) if top(n) == "streamlit") for p in pure}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_pages_hold_no_sql_and_no_queries():
    pages = sorted((ROOT / "dashboard" / "pages").glob("*.py"))
    offenders = {rel(p): sorted(n for n in imports(p) if top(n) in {"sqlalchemy", "storage"}
                                or n.startswith("dashboard.queries")) for p in pages}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_library_module_binds_a_top_level_name_twice():
    # A second `_RELATIVE_ASIDE = …` further down statements.py had silently replaced the first for every use:
    # a library module (not a Streamlit page script) names each constant, function and class once.
    twice = {}
    for path in [*INGEST, *sorted((ROOT / "dashboard").rglob("*.py"))]:
        if "pages" in path.parts:
            continue
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
                if isinstance(node, ast.AnnAssign) else []
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
            for name in names:
                seen[name] = seen.get(name, 0) + 1
        twice.update({f"{path.relative_to(ROOT)}:{name}": n for name, n in seen.items() if n > 1})
    assert twice == {}
