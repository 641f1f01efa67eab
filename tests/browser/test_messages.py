"""What the dashboard says after a write names articles by title, with a link, and never a server file path:
an upload is added through a server of its own (on a copy of the store), so other tests' counts stay put."""
from __future__ import annotations

import shutil

import pytest

from browsing import live, open_view, settle
from conftest import ROOT, start_server, stop_server, wait_healthy

ARTICLE = ROOT / "tests" / "browser" / "fixtures" / "live-update.txt"


@pytest.fixture
def own_server(store, tmp_path):
    db = tmp_path / "uploads.sqlite"
    shutil.copy(store, db)
    server = wait_healthy(start_server(db, tmp_path / "uploads.log"))
    yield server
    stop_server(server)


def test_an_upload_is_reported_by_title_with_a_link_and_no_server_path(own_server, page):
    open_view(page, own_server.url, "/articles", "Articles")
    page.get_by_text("Add articles").click()
    page.get_by_role("tab", name="Upload files").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(ARTICLE))
    live(page, "button").filter(has_text="Add uploaded files").click()
    added = live(page, "a").filter(has_text="Added: ")
    added.wait_for(timeout=60_000)
    assert "Added: Negotiators from Russia and Ukraine met again in Istanbul" in added.inner_text()
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "/tmp/" not in text and "coverage-upload" not in text
    added.click()
    page.wait_for_function("() => new URLSearchParams(location.search).has('article')")
    settle(page, "Articles")
    reader = page.locator('[data-testid="stMain"]').inner_text()
    assert "Reader" in reader and "Negotiators from Russia and Ukraine met again in Istanbul" in reader
    assert "/tmp/" not in reader
