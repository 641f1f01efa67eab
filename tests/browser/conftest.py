"""Browser test harness: the fixture store (the dashboard tests' store plus a hostile article), `streamlit run`
servers on free loopback ports (writable, read-only, a live one on its own copy, and one on the synthetic
multi-outlet store when a test asks), one headless Debian Chromium driven by Playwright, and a screenshot of every
open page when a test fails.

Chromium is never downloaded: outside CI a missing `/usr/bin/chromium` skips these tests; under `CI=true`
it fails them.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "dashboard"))  # the dashboard tests' fixture builder

from browsing import SCREENSHOTS  # noqa: E402
from dashboard_fixture import build  # noqa: E402
from hostile_article import add_hostile_article  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
PYTHON = ROOT / ".venv" / "bin" / "python"
LIVE_REFRESH_SECONDS = 2
SERVER_START_SECONDS = 60


@dataclass
class Server:
    url: str
    db: Path
    process: subprocess.Popen
    log: Path

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real Chromium against `streamlit run`")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)  # the `page` fixture screenshots failed calls
    return report


@pytest.fixture(scope="session", autouse=True)
def chromium_present():
    """Skip (outside CI) or fail (CI=true) with one clear line when Debian's chromium is missing; session-scoped
    so it runs before any server starts."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium (never `playwright install`)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    """The dashboard tests' fixture store plus an article whose title, text, quote, statement and stance
    evidence carry `<script>` and `<img onerror>` markup."""
    path = build(tmp_path_factory.mktemp("store") / "coverage.sqlite")
    add_hostile_article(path)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(db: Path, log: Path, **env: str) -> Server:
    port = free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    environ.update(COVERAGE_DB=str(db), **env)
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    with log.open("wb") as out:
        process = subprocess.Popen(
            [python, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1", "--server.port", str(port),
             "--browser.gatherUsageStats", "false", "--server.headless", "true", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=environ, stdout=out, stderr=subprocess.STDOUT)
    return Server(f"http://127.0.0.1:{port}", db, process, log)


def wait_healthy(server: Server) -> Server:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"streamlit exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    pytest.fail(f"streamlit did not answer /_stcore/health within {SERVER_START_SECONDS} s:\n{server.log_tail()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def servers(store, tmp_path_factory):
    """All three servers, started together so their start-up times overlap: the writable one, a read-only
    one (`COVERAGE_READONLY=1`) on the same store, and a live one with a short refresh on its own copy."""
    folder = tmp_path_factory.mktemp("servers")
    live_db = folder / "live.sqlite"
    shutil.copy(store, live_db)
    started = {
        "writable": start_server(store, folder / "writable.log"),
        "readonly": start_server(store, folder / "readonly.log", COVERAGE_READONLY="1"),
        "live": start_server(live_db, folder / "live.log", COVERAGE_REFRESH_SECONDS=str(LIVE_REFRESH_SECONDS)),
    }
    try:
        yield {name: wait_healthy(server) for name, server in started.items()}
    finally:
        for server in started.values():
            stop_server(server)


@pytest.fixture(scope="session")
def outlets_server(tmp_path_factory):
    """A server on the synthetic multi-outlet store (`outlets_fixture`: four invented outlets in four countries and
    languages), started only for the tests that ask for it."""
    from outlets_fixture import build as build_outlets

    folder = tmp_path_factory.mktemp("outlets")
    started = start_server(build_outlets(folder / "outlets.sqlite"), folder / "outlets.log")
    try:
        yield wait_healthy(started)
    finally:
        stop_server(started)


@pytest.fixture(scope="session")
def server(servers) -> Server:
    return servers["writable"]


@pytest.fixture(scope="session")
def readonly_server(servers) -> Server:
    return servers["readonly"]


@pytest.fixture(scope="session")
def live_server(servers) -> Server:
    return servers["live"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright gives every launch a fresh throwaway user-data dir, so no profile state leaks between runs.
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser, request):
    """Make fresh browser contexts (their own cookies and Streamlit sessions), each recording JavaScript
    dialogs into `fired`; when the test fails, every page they opened is saved as a screenshot."""
    made = []
    fired: list[str] = []

    def record(dialog) -> None:
        fired.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def make():
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        ctx.set_default_timeout(20_000)
        ctx.on("page", lambda new_page: new_page.on("dialog", record))
        made.append(ctx)
        return ctx

    make.fired = fired
    yield make
    report = getattr(request.node, "report_call", None)
    pages = [p for ctx in made for p in ctx.pages]
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for number, open_page in enumerate(pages, start=1):
            suffix = "" if number == 1 else f"-{number}"
            open_page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}{suffix}.png"), full_page=True)
    for ctx in made:
        ctx.close()


@pytest.fixture
def dialogs(new_context) -> list[str]:
    """Every JavaScript dialog (alert, confirm, prompt) any page of the test opened; each was dismissed."""
    return new_context.fired


@pytest.fixture
def page(new_context):
    return new_context().new_page()
