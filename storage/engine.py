"""Where the database is and how to open it: the default SQLite file, `--db`/`COVERAGE_DB`, read-only."""
from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "coverage.sqlite"
ENV_VAR = "COVERAGE_DB"
READONLY_ENV = "COVERAGE_READONLY"  # set, every engine refuses writes: a store shown to an audience stays as it is
BUSY_TIMEOUT_MS = 30_000
_SECRET_KEYS = ("password", "passwd", "secret", "token")


def database_url(db: str | None = None) -> str:
    """An SQLAlchemy URL from `--db`, else `COVERAGE_DB`, else the default file; a plain path means SQLite."""
    value = db or os.environ.get(ENV_VAR) or str(DEFAULT_DB)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def safe_url(url: str) -> str:
    """The URL with any password hidden (user part or query, e.g. `?password=`), for logs, errors and the dashboard."""
    try:
        parsed = make_url(url)
        hidden = {key: "***" for key in parsed.query if any(word in key.lower() for word in _SECRET_KEYS)}
        return parsed.update_query_dict(hidden).render_as_string(hide_password=True)
    except Exception:  # a URL too broken to parse: keep only what cannot be a secret
        return re.sub(r"//[^/?#]*@", "//***@", url).split("?", 1)[0]


def open_engine(db: str | None = None, *, readonly: bool = False) -> Engine:
    """An engine on the store; `readonly` (or `COVERAGE_READONLY=1`) makes every connection refuse writes at the
    database level."""
    readonly = readonly or readonly_env()
    url = make_url(database_url(db))
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, readonly)
    options = "-c default_transaction_read_only=on" if readonly else ""
    connect_args = {"options": options} if options and url.get_backend_name() == "postgresql" else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def readonly_env() -> bool:
    return os.environ.get(READONLY_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def _sqlite_engine(url, readonly: bool) -> Engine:
    path = url.database
    if path and path != ":memory:" and not readonly:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if readonly:
        # mode=ro makes SQLite itself refuse writes, whatever the code above it tries.
        target = f"sqlite:///file:{path}?mode=ro&uri=true"
        engine = create_engine(target, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine
