"""Shared fixtures: a temporary database path, the CLI run as a user runs it, and a real HTTP site on 127.0.0.1.

The site serves `tests/fixtures/site/` at `/` and `tests/fixtures/feeds/` at `/feeds/` (with `{{BASE}}`
replaced by the server's own address), plus a few misbehaving endpoints under `/_/`:
redirect, loop, slow, hang, big, bomb, binary, json.
"""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PYTHON = ROOT / ".venv" / "bin" / "python"
if str(ROOT) not in sys.path:  # so `pytest` works like `python -m pytest`, from any directory
    sys.path.insert(0, str(ROOT))
pytest_plugins = ["pg_cluster"]  # the throwaway PostgreSQL cluster and its `postgres_url` fixture
TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html", ".rss": "application/rss+xml",
         ".atom": "application/atom+xml", ".xml": "application/xml", ".txt": "text/plain"}


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "coverage.sqlite")


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m ingest ARGS...` with the project's .venv python, as a user would; returns CompletedProcess."""
    def run(*args: str, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
        environ = {k: v for k, v in os.environ.items() if k != "COVERAGE_DB"}
        environ.update(env or {})
        python = str(PYTHON) if PYTHON.exists() else sys.executable
        return subprocess.run([python, "-m", "ingest", *args], cwd=ROOT, env=environ, capture_output=True,
                              text=True, timeout=timeout)
    return run


class _Site(BaseHTTPRequestHandler):
    base = ""

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        special = getattr(self, "_" + parts.path.removeprefix("/_/"), None) if parts.path.startswith("/_/") else None
        try:
            return special(query) if special else self._file(parts.path)
        except OSError:  # the client hung up, as the fetcher does on refusals
            pass

    def _file(self, path: str):
        folder, name = (FIXTURES / "feeds", path.removeprefix("/feeds/")) if path.startswith("/feeds/") else (
            FIXTURES / "site", path.lstrip("/"))
        target = (folder / name).resolve()
        if not target.is_file() or folder.resolve() not in target.parents:
            return self._send(404, b"<html><body>Not found</body></html>")
        body = target.read_bytes().replace(b"{{BASE}}", self.base.encode())
        self._send(200, body, TYPES.get(target.suffix, "application/octet-stream"))

    def _send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=(), length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, query):
        self._send(302, headers=[("Location", query.get("to", ["/talks-geneva.html"])[0])])

    def _loop(self, query):
        self._send(302, headers=[("Location", "/_/loop2")])

    def _loop2(self, query):
        self._send(302, headers=[("Location", "/_/loop")])

    def _slow(self, query):
        """Headers at once, then one byte every 0.2 s for up to 30 s: only a total deadline cuts it."""
        self.send_response(200)
        self.send_header("Content-Type", query.get("type", ["text/html"])[0])
        self.end_headers()
        try:
            for _ in range(150):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    def _hang(self, query):
        time.sleep(float(query.get("s", ["5"])[0]))
        self._send(200, b"<html><body>late</body></html>")

    def _big(self, query):
        size = int(query.get("mb", ["6"])[0]) * 1024 * 1024
        body = b"<html><body><p>" + b"x" * size + b"</p></body></html>"
        self._send(200, body, length="nolength" not in query)

    def _bomb(self, query):
        self._send(200, _gzip_bomb(), headers=[("Content-Encoding", "gzip")])

    def _binary(self, query):
        self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html")

    def _json(self, query):
        self._send(200, b'{"title": "not a page"}', "application/json")


@functools.cache
def _gzip_bomb() -> bytes:
    """About 100 KB of gzip that expands to 100 MB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<html><body>")]
    parts += [packer.compress(bytes(1024 * 1024)) for _ in range(100)]
    return b"".join(parts) + packer.flush()


@pytest.fixture(scope="session")
def site():
    """Base URL (http://127.0.0.1:PORT) of the fixture site, served by a real HTTP server thread."""
    _gzip_bomb()  # built before any test's clock starts: on a loaded machine it takes longer than a read timeout
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    _Site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield _Site.base
    server.shutdown()
    server.server_close()
