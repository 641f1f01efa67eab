"""A throwaway PostgreSQL cluster for the tests, and the `postgres_url` fixture that hands it out.

`COVERAGE_TEST_PG` (an SQLAlchemy URL) names a server to use instead. Otherwise the session starts its own
cluster from the Debian binaries (`initdb` + `pg_ctl` in a temporary folder, on a free port on 127.0.0.1,
run as `postgres` when the tests run as root) and removes it at the end. Without a server the tests that
need one skip with the reason; under `CI=true` they fail instead, so CI can never pass without PostgreSQL.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ENV_URL = "COVERAGE_TEST_PG"
PG_ROOT = Path("/usr/lib/postgresql")
START_SECONDS = 60


class ClusterError(Exception):
    """No cluster could be started; the message says why."""


@dataclass
class Cluster:
    """A running throwaway cluster: its folder, port and the binaries that control it."""

    folder: Path
    port: int
    bin: Path
    user: str | None  # the OS user the server runs as when we are root

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        _run(self, [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
             check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def find_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps each major version apart)."""
    found = sorted((p for p in PG_ROOT.glob("*/bin") if (p / "initdb").exists()),
                   key=lambda p: [int(x) for x in p.parent.name.split(".") if x.isdigit()])
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def start_cluster() -> Cluster:
    """initdb + pg_ctl start in a fresh temporary folder; raises ClusterError when that cannot be done."""
    pg_bin = find_bin()
    if pg_bin is None:
        raise ClusterError("PostgreSQL is not installed (no initdb found; apt-get install postgresql)")
    user = None
    if os.geteuid() == 0:
        user = "postgres"  # initdb refuses to run as root
        try:
            import pwd
            owner = pwd.getpwnam(user)
        except KeyError:
            raise ClusterError("running as root and there is no 'postgres' user to run the server as") from None
    # /tmp, not the repository: the server's user must be able to reach the folder.
    folder = Path(tempfile.mkdtemp(prefix="coverage-pg-", dir="/tmp"))
    if user:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    cluster = Cluster(folder, _free_port(), pg_bin, user)
    try:
        _run(cluster, [str(pg_bin / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "--auth=trust",
                       "--no-sync", "-E", "UTF8", "--locale=C"])
        options = f"-p {cluster.port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off"
        _run(cluster, [str(pg_bin / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "log"), "-w",
                       "-t", str(START_SECONDS), "-o", options, "start"])
    except ClusterError as exc:
        log = folder / "log"
        detail = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else []
        shutil.rmtree(folder, ignore_errors=True)
        raise ClusterError(" ".join([str(exc), *detail])) from None
    return cluster


def create_database(server_url: str, name: str | None = None) -> str:
    """A new empty database on the server; returns its URL."""
    name = name or f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name


def drop_database(server_url: str, url: str) -> None:
    name = url.rsplit("/", 1)[1]
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def _run(cluster: Cluster, argv: list[str], check: bool = True) -> None:
    if cluster.user:
        argv = ["runuser", "-u", cluster.user, "--", *argv]
    done = subprocess.run(argv, cwd=cluster.folder, capture_output=True, text=True, timeout=START_SECONDS + 30)
    if check and done.returncode != 0:
        message = (done.stderr or done.stdout).strip().splitlines()
        raise ClusterError(f"{Path(argv[0] if not cluster.user else argv[3]).name} failed: "
                           f"{message[-1] if message else f'exit {done.returncode}'}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _unavailable(reason: str):
    message = f"PostgreSQL tests need a server: {reason} (or set {ENV_URL}=postgresql+psycopg://...)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_server():
    """The server URL (its `postgres` database): `COVERAGE_TEST_PG`, else a cluster started for the session."""
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    try:
        cluster = start_cluster()
    except (ClusterError, OSError, subprocess.SubprocessError) as exc:
        _unavailable(str(exc))
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh empty database on the test server for one test: `postgresql+psycopg://postgres@127.0.0.1:PORT/DB`."""
    url = create_database(postgres_server)
    yield url
    drop_database(postgres_server, url)
