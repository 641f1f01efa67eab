"""Read-only mode holds: with `COVERAGE_READONLY=1` every engine refuses writes at the database level, the store
API refuses them with one line, the CLI still reads, and nothing on disk changes."""
from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import OperationalError

from ingest.records import Article, Extraction
from ingest.store import Store, StoreError
from storage import schema
from storage.engine import open_engine
from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
SEED = str(SEED_ARTICLE)
REFUSED = "the database is read-only (COVERAGE_READONLY is set): nothing was written; unset COVERAGE_READONLY to change it"


def snapshot(db: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return [(table, conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall())
                for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


@pytest.fixture
def stored(run_cli, db_path) -> str:
    assert run_cli("add", SEED, "--db", db_path).returncode == 0
    return db_path


def test_engine_refuses_writes_when_the_environment_says_read_only(stored, monkeypatch):
    before = snapshot(stored)
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    engine = open_engine(stored)  # no readonly argument: the environment alone decides
    with pytest.raises(OperationalError, match="attempt to write a readonly database"):
        with engine.begin() as conn:
            conn.execute(schema.articles.delete())
    with pytest.raises(OperationalError, match="readonly"):
        with engine.begin() as conn:
            conn.execute(insert(schema.meta).values(key="owned", value="yes"))
    engine.dispose()
    assert snapshot(stored) == before


def test_store_api_refuses_every_write_in_one_line_and_still_reads(stored, monkeypatch):
    before = snapshot(stored)
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    text = "Negotiators met again in Geneva on Monday. " * 10
    with Store(stored) as store:
        assert store.count() == 1 and store.list_articles()[0]["source"] == "seed"
        content_hash = hashlib.sha256(store.load_article(1).text.encode()).hexdigest()
        writes = [
            lambda: store.add(Article(text=text, published=date(2025, 5, 1)), Extraction(), "x.txt"),
            lambda: store.log_failure("x.txt", "bad"),
            lambda: store.delete(1),
            lambda: store.reextract(lambda article: Extraction()),
            lambda: store.record_correction(content_hash, "Mark N. Katz", "Russia", "neutral", "analyst"),
            lambda: store.restore_corrections([{"content_hash": content_hash}]),
            lambda: store.restore_actors([{"name": "Someone", "kind": "person"}]),
        ]
        for write in writes:
            with pytest.raises(StoreError) as info:
                write()
            assert str(info.value) == REFUSED
        # Past the store's own check, the database itself refuses.
        with pytest.raises(OperationalError, match="readonly"):
            with store.engine.begin() as conn:
                conn.execute(schema.articles.delete())
    assert snapshot(stored) == before


def test_cli_reads_but_cannot_write_in_read_only_mode(run_cli, stored, tmp_path):
    before = snapshot(stored)
    env = {"COVERAGE_READONLY": "1"}
    listed = run_cli("articles", "--json", "--db", stored, env=env)
    assert listed.returncode == 0 and '"source": "seed"' in listed.stdout
    added = run_cli("add", str(ROOT / "tests" / "fixtures" / "hostile" / "german.html"), "--db", stored, env=env)
    assert (added.returncode, added.stdout, added.stderr) == (2, "", f"error: {REFUSED}\n")
    deleted = run_cli("delete", "1", "--db", stored, env=env)
    assert (deleted.returncode, deleted.stderr) == (2, f"error: {REFUSED}\n")
    missing = run_cli("articles", "--db", str(tmp_path / "none.sqlite"), env=env)
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
    assert not (tmp_path / "none.sqlite").exists()
    assert snapshot(stored) == before
