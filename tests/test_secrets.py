"""No secret is ever shown: a database password given through `--db` or `COVERAGE_DB` (in the URL's user part
or as a `?password=` parameter) never appears in CLI errors, `--debug` traces and logs, or the dashboard."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from storage.engine import safe_url
from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
SEED = str(SEED_ARTICLE)
SECRET = "s3cret-Pa55"
URLS = [
    f"postgresql://analyst:{SECRET}@127.0.0.1:9/coverage",
    f"postgresql+psycopg://analyst@127.0.0.1:9/coverage?password={SECRET}&application_name=dash",
    f"postgresql://analyst:{SECRET}@127.0.0.1:notaport/coverage",  # too broken for SQLAlchemy to parse
]


@pytest.mark.parametrize("url, shown", [
    (URLS[0], "postgresql://analyst:***@127.0.0.1:9/coverage"),
    (URLS[1], "postgresql+psycopg://analyst@127.0.0.1:9/coverage?application_name=dash&password=%2A%2A%2A"),
    (URLS[2], "postgresql://***@127.0.0.1:notaport/coverage"),
    ("sqlite:////tmp/coverage.sqlite", "sqlite:////tmp/coverage.sqlite"),
])
def test_safe_url_hides_every_password(url, shown):
    assert safe_url(url) == shown


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("command", [["articles", "--json"], ["add", SEED, "--debug"], ["watch", SEED, "--once", "--debug"]])
def test_cli_never_shows_the_password(run_cli, url, command):
    done = run_cli(*command, "--db", url)
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot open the database postgresql")
    assert SECRET not in done.stdout + done.stderr
    if "--debug" not in command:
        assert len(done.stderr.splitlines()) == 1


def test_cli_never_shows_the_password_from_the_environment(run_cli):
    for url in URLS:
        done = run_cli("export", "--format", "jsonl", "--debug", env={"COVERAGE_DB": url})
        assert done.returncode == 2 and done.stderr.startswith("error: cannot open the database postgresql")
        assert SECRET not in done.stdout + done.stderr


@pytest.fixture
def fresh_streamlit(monkeypatch):
    monkeypatch.delenv("COVERAGE_READONLY", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def rendered(node) -> list[str]:
    """The protobuf text of every element the app sent to the browser, however deeply nested."""
    texts = [str(node.proto)] if getattr(node, "proto", None) is not None else []
    children = getattr(node, "children", None)
    for child in (children.values() if isinstance(children, dict) else []):
        texts += rendered(child)
    return texts


@pytest.mark.parametrize("url", URLS[:2])
def test_dashboard_never_shows_the_password(fresh_streamlit, monkeypatch, url):
    monkeypatch.setenv("COVERAGE_DB", url)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    shown = rendered(at._tree)
    assert any("127.0.0.1" in text for text in shown)  # the failure is on the page...
    assert not any(SECRET in text for text in shown)  # ...without the password
