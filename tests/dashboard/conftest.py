"""Dashboard test fixtures: the fixture store in tmp_path as `COVERAGE_DB`, fresh Streamlit caches, and
`open_page`, which opens the app as a shared link would (query parameters first, then the page)."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard_fixture import build

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"


@pytest.fixture(autouse=True)
def clean_streamlit(monkeypatch):
    monkeypatch.delenv("COVERAGE_READONLY", raising=False)
    monkeypatch.delenv("COVERAGE_ALLOW_PRIVATE", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    path = build(tmp_path / "coverage.sqlite")
    monkeypatch.setenv("COVERAGE_DB", str(path))
    return path


@pytest.fixture
def open_page():
    def open_(page: str, **params) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60)
        at.query_params.update(params)
        at.run()
        if page != "overview":
            at.switch_page(f"dashboard/pages/{page}.py").run()
        assert not at.exception, [e.value for e in at.exception]
        return at
    return open_

