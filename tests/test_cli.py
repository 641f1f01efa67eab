"""The command line as a user runs it (`.venv/bin/python -m ingest ...` in a subprocess): exit codes, the summary
line, one line per failure, JSON outputs, watch surviving bad feeds, delete, and the export/import backup."""
import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python" if (ROOT / ".venv" / "bin" / "python").exists() else Path(sys.executable)
SITE = ROOT / "tests" / "fixtures" / "site"
SEED = str(SEED_ARTICLE)
ANALYZE_KEYS = ["path", "url", "title", "published", "source", "authors", "language", "text", "mentions", "quotes",
                "experts", "statements"]


def count(db, table="articles"):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_add_reports_each_failure_in_one_line_and_exits_1(run_cli, db_path, tmp_path, site):
    (tmp_path / "empty.txt").write_text("")
    done = run_cli("add", SEED, str(tmp_path / "empty.txt"), "nowhere.html", f"{site}/talks-geneva.html",
                   "http://127.0.0.1:9/x", "--db", db_path)
    assert done.returncode == 1
    assert done.stdout == "added 2, duplicates 0, failed 3\n"
    assert done.stderr.splitlines() == [
        f"failed  {tmp_path / 'empty.txt'}: empty file",
        "failed  nowhere.html: no such file or directory",
        "failed  http://127.0.0.1:9/x: cannot connect to 127.0.0.1:9: connection refused",
    ]
    again = run_cli("add", SEED, f"{site}/talks-geneva.html", "--db", db_path)
    assert (again.returncode, again.stdout) == (0, "added 0, duplicates 2, failed 0\n")
    assert again.stderr.splitlines()[0].endswith("000_39eef0787f1704b7.txt: same text as article 1")
    assert count(db_path) == 2


def test_add_uses_coverage_db_and_overrides(run_cli, tmp_path):
    db = str(tmp_path / "env.sqlite")
    done = run_cli("add", str(SITE / "sanctions-vote.html"), "--source", "Desk", "--published", "2025-04-25",
                   "--workers", "2", env={"COVERAGE_DB": db})
    assert (done.returncode, done.stdout) == (0, "added 1, duplicates 0, failed 0\n")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source, published FROM articles").fetchall() == [("Desk", "2025-04-25")]


def test_usage_errors_are_one_line(run_cli, db_path):
    bad_date = run_cli("add", SEED, "--published", "19/04/2025", "--db", db_path)
    assert bad_date.returncode == 2
    assert bad_date.stderr.splitlines()[-1].endswith("argument --published: not a date: '19/04/2025' (use YYYY-MM-DD)")
    bad_db = run_cli("articles", "--db", "postgresql://analyst:s3cret@127.0.0.1:9/coverage")
    assert bad_db.returncode == 2
    assert len(bad_db.stderr.splitlines()) == 1 and "s3cret" not in bad_db.stderr
    assert bad_db.stderr.startswith("error: cannot open the database postgresql://analyst:***@127.0.0.1:9/coverage")


def test_analyze_prints_one_json_object_per_file_in_order(run_cli, tmp_path):
    done = run_cli("analyze", str(SITE / "wire-b.html"), SEED, "--db", str(tmp_path / "never.sqlite"))
    assert done.returncode == 0, done.stderr
    first, second = [json.loads(line) for line in done.stdout.splitlines()]
    assert list(first)[:12] == ANALYZE_KEYS and list(second)[:12] == ANALYZE_KEYS
    assert (first["title"], first["source"], first["published"]) == (
        "Hundreds of prisoners freed in Russia-Ukraine swap", "Valley Times", "2025-04-19")
    assert (second["published"], second["source"], second["language"]) == ("2025-04-19", "seed", "en")
    assert "shuttle" not in second["text"].lower()
    assert any(m["actor"] == "Marco Rubio" for m in second["mentions"])
    assert not (tmp_path / "never.sqlite").exists()


def test_articles_json_lists_what_is_stored(run_cli, db_path):
    run_cli("add", SEED, "--db", db_path)
    listed = json.loads(run_cli("articles", "--json", "--db", db_path).stdout)
    assert [(a["id"], a["title"], a["published"], a["source"]) for a in listed] == [
        (1, "U.S. Signals Frustration With Ukraine-Russia Peace Talks, Floats Possible Withdrawal", "2025-04-19",
         "seed")]
    assert set(listed[0]) >= {"id", "url", "title", "published", "source", "text", "counts"}
    assert listed[0]["counts"]["mentions"] == count(db_path, "mentions") > 0


def test_articles_json_gives_each_article_its_outlet_country_type_and_language(run_cli, db_path, tmp_path):
    page = tmp_path / "istanbul.html"
    page.write_bytes((ROOT / "tests" / "fixtures" / "html" / "german-article.html").read_bytes())
    (tmp_path / "istanbul.meta.json").write_text(json.dumps({"url": "https://www.dw.com/de/istanbul/a-1"}))
    done = run_cli("add", SEED, str(page), str(SITE / "wire-a.html"), "--db", db_path)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_cli("articles", "--json", "--db", db_path).stdout)
    assert [(a["source"], a["outlet"], a["outlet_country"], a["outlet_type"], a["language"]) for a in listed] == [
        ("seed", "seed", None, "unlisted", "en"),
        ("Rheinischer Anzeiger", "Deutsche Welle", "DE", "public", "de"),
        ("Harbor Post", "harborpost.example", None, "unlisted", "en"),  # its canonical URL: an unlisted domain
    ]


def test_relink_puts_back_the_outlet_the_registry_gives(run_cli, db_path):
    run_cli("add", str(SITE / "wire-a.html"), "--db", db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE articles SET outlet = 'stale', outlet_country = 'FR', outlet_type = 'wire'")
    done = run_cli("relink", "--db", db_path)
    assert (done.returncode, done.stdout) == (0, "1 articles linked to another outlet\n")
    listed = json.loads(run_cli("articles", "--json", "--db", db_path).stdout)
    assert [(a["outlet"], a["outlet_country"], a["outlet_type"]) for a in listed] == [
        ("harborpost.example", None, "unlisted")]


def test_watch_keeps_polling_past_bad_feeds(run_cli, db_path, site):
    done = run_cli("watch", f"{site}/feeds/malformed.rss", "http://127.0.0.1:9/feed.xml", f"{site}/_/slow",
                   f"{site}/_/slow?type=application/rss%2Bxml", f"{site}/feeds/wire.atom",
                   "--every", "0.2s", "--max-polls", "2", "--timeout", "1", "--db", db_path)
    assert done.returncode == 0
    log = done.stderr
    assert log.count(f"skipped feed {site}/feeds/malformed.rss: malformed feed: <unknown>:2:77: no element found") == 2
    assert log.count("skipped feed http://127.0.0.1:9/feed.xml: cannot connect to 127.0.0.1:9: connection refused") == 2
    assert log.count(f"skipped feed {site}/_/slow: not an article page: the server sent text/html") == 2
    assert log.count(f"skipped feed {site}/_/slow?type=application/rss%2Bxml: download took longer than 1s") == 2
    assert f"polled {site}/feeds/wire.atom: added 2, duplicates 0, failed 0" in log
    assert f"polled {site}/feeds/wire.atom: added 0, duplicates 0, failed 0" in log
    assert count(db_path) == 2


def test_delete_export_import_round_trip(run_cli, db_path, tmp_path):
    run_cli("add", SEED, str(SITE / "wire-a.html"), str(SITE / "wire-b.html"), "--db", db_path)
    deleted = run_cli("delete", "2", "--db", db_path)
    assert (deleted.returncode, deleted.stdout) == (0, "deleted article 2\n")
    assert run_cli("delete", "2", "--db", db_path).returncode == 1
    backup = tmp_path / "backup.jsonl"
    exported = run_cli("export", "--format", "jsonl", "--output", str(backup), "--db", db_path)
    assert exported.stderr == "exported 2 articles, 0 corrections\n"
    restored = str(tmp_path / "restored.sqlite")
    imported = run_cli("import", str(backup), "--db", restored)
    assert imported.stdout == "imported 2 articles, 0 duplicates skipped, 0 corrections\n"
    again = run_cli("export", "--format", "jsonl", "--db", restored)
    assert again.stdout == backup.read_text()
    reextracted = run_cli("reextract", "--db", restored)
    assert reextracted.stdout == "re-extracted 2 articles\n"
    assert count(restored, "mentions") == count(db_path, "mentions")


def test_a_directory_of_bad_and_good_files(run_cli, db_path, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    shutil.copy(Path(SEED).with_suffix("").with_suffix(".meta.json"), folder / "seed.meta.json")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy(SITE / "broken.html", folder / "broken.html")
    done = run_cli("add", str(folder), "--db", db_path)
    assert done.stdout == "added 2, duplicates 0, failed 1\n"
    assert done.stderr.startswith(f"failed  {folder / 'binary.txt'}: ")
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr


def _processes_reading(folder: Path) -> list[int]:
    """Live processes whose command line names `folder` (the ingest and its workers)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and str(folder).encode() in (proc / "cmdline").read_bytes() \
                    and b"State:\tZ" not in (proc / "status").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_kill_9_mid_ingest_leaves_a_sound_store_and_a_rerun_completes_it(run_cli, tmp_path):
    import random
    import signal
    import subprocess
    import time

    paragraphs = Path(SEED).read_text(encoding="utf-8").split("\n\n")[2:-3]
    folder = tmp_path / "bulk"
    folder.mkdir()
    for n in range(40):
        shuffled = random.Random(n).sample(paragraphs, len(paragraphs))
        (folder / f"story-{n:02}.txt").write_text(f"Story number {n}\n\n" + "\n\n".join(shuffled), encoding="utf-8")
    killed_db, clean_db = str(tmp_path / "killed.sqlite"), str(tmp_path / "clean.sqlite")

    log = (tmp_path / "killed.log").open("w")
    process = subprocess.Popen([str(PYTHON), "-m", "ingest", "add", str(folder), "--db", killed_db], cwd=ROOT,
                               stdout=log, stderr=log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if Path(killed_db).exists() and _articles_or_zero(killed_db) >= 5:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # Its workers notice the parent is gone and exit, instead of waiting for work forever.
    deadline = time.monotonic() + 15
    while _processes_reading(folder) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_reading(folder) == []
    with sqlite3.connect(killed_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        half = conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM mentions m WHERE m.article_id = a.id)").fetchone()[0]
    assert 5 <= stored < 40 and half == 0, (process.returncode, (tmp_path / "killed.log").read_text())

    rerun = run_cli("add", str(folder), "--db", killed_db)
    assert rerun.stdout == f"added {40 - stored}, duplicates {stored}, failed 0\n"
    run_cli("add", str(folder), "--db", clean_db)
    query = ("SELECT a.origin, a.content_hash, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) "
             "FROM articles a ORDER BY a.origin")
    with sqlite3.connect(killed_db) as killed, sqlite3.connect(clean_db) as clean:
        assert killed.execute(query).fetchall() == clean.execute(query).fetchall()


def _articles_or_zero(db: str) -> int:
    conn = sqlite3.connect(db, timeout=0.1)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_add_uses_every_cpu_this_process_may_use_by_default():
    from ingest.cli import build_parser
    args = build_parser().parse_args(["add", "seeds/"])
    assert args.workers == len(os.sched_getaffinity(0))
    assert build_parser().parse_args(["add", "seeds/", "--workers", "1"]).workers == 1
