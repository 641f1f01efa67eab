"""The store on a real SQLite file: schema and upgrades, one transaction per article, duplicates, wire stories,
delete, re-extraction that keeps corrections, the change marker, and the export/import round trip."""
import io
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

import ingest.store as store_module
from ingest import backup
from ingest.records import Article, Expert, Extraction, Mention, Quote, Span, Stance, Statement
from ingest.store import Store, StoreError
from storage.schema import SCHEMA_VERSION, stance_corrections
from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
SEED = SEED_ARTICLE.read_text(encoding="utf-8")


def found(text: str) -> Extraction:
    start = text.index("Marco Rubio")
    katz = text.index("Mark N. Katz")
    return Extraction(
        mentions=[Mention("Marco Rubio", "person", start, start + 11, "Marco Rubio"),
                  Mention("Russia", "country", text.index("Russia"), text.index("Russia") + 6, "Russia")],
        quotes=[Quote("direct", "We need to determine", "Marco Rubio", "official", "Secretary of State", 10, 30)],
        experts=[Expert("Mark N. Katz", "a Russia foreign policy expert",
                        [Stance("Russia", "critical", 0.7, [Span("Moscow", katz, katz + 6)])],
                        Stance("deal", "pessimistic", 0.6, []))],
        statements=[Statement("2025-03", "month", "relative", "Russia; Ukraine", "agreement", "Last month", 40, 50)],
        topics={"peace talks": 0.8},
    )


def table(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_new_store_records_schema_version_and_change_marker(db_path):
    with Store(db_path) as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION)
        assert store.meta("data_version") == "0"
        store.add(Article(text=SEED, url="https://a.example/x"), found(SEED), "seed")
        assert store.meta("data_version") == "1"
        assert store.meta("last_ingest_at") is not None
    assert table(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_article_and_its_extraction_land_together(db_path):
    with Store(db_path) as store:
        added = store.add(Article(text=SEED, title="Seed", published=date(2025, 4, 19), authors=["A B"]),
                          found(SEED), "seeds/seed.txt")
    assert added.outcome == "added"
    assert table(db_path, "SELECT id, title, published, authors, story_id, origin FROM articles") == [
        (1, "Seed", "2025-04-19", '["A B"]', 1, "seeds/seed.txt")]
    assert table(db_path, "SELECT a.name, a.kind, a.side, a.in_registry, m.surface FROM mentions m "
                          "JOIN actors a ON a.id = m.actor_id ORDER BY m.id") == [
        ("Marco Rubio", "person", "United States", 1, "Marco Rubio"), ("Russia", "country", "Russia", 1, "Russia")]
    assert table(db_path, "SELECT speaker, speaker_id IS NOT NULL FROM quotes") == [("Marco Rubio", 1)]
    assert table(db_path, "SELECT target, stance FROM stances ORDER BY id") == [
        ("Russia", "critical"), ("deal", "pessimistic")]
    assert table(db_path, "SELECT a.name, a.role, a.in_registry FROM experts e JOIN actors a ON a.id = e.actor_id"
                 ) == [("Mark N. Katz", "expert", 0)]
    assert table(db_path, "SELECT date, date_value FROM statements") == [("2025-03", "2025-03-01")]
    assert table(db_path, "SELECT a.name FROM statement_actors s JOIN actors a ON a.id = s.actor_id ORDER BY 1") == [
        ("Russia",), ("Ukraine",)]
    assert table(db_path, "SELECT topic, score FROM article_topics") == [("peace talks", 0.8)]
    assert table(db_path, "SELECT origin, outcome, article_id FROM ingest_log") == [("seeds/seed.txt", "added", 1)]


def test_a_failure_midway_leaves_nothing_behind(db_path):
    with Store(db_path) as store:
        store.add(Article(text="An earlier article, kept whatever happens next."), Extraction(), "first")
        broken = found(SEED)
        broken.statements[0].date = "2025-13"  # no such month: the write fails after the article row
        with pytest.raises(ValueError):
            store.add(Article(text=SEED), broken, "second")
    assert table(db_path, "SELECT origin FROM articles") == [("first",)]
    assert table(db_path, "SELECT count(*) FROM mentions") == [(0,)]
    assert table(db_path, "SELECT count(*) FROM actors") == [(0,)]


def test_duplicates_by_canonical_url_and_by_text_are_skipped(db_path):
    with Store(db_path) as store:
        first = store.add(Article(text=SEED, url="https://News.example/a?utm_source=x&id=2#top"), Extraction(), "1")
        same_url = store.add(Article(text="Other text entirely.", url="https://news.example/a?id=2"),
                             Extraction(), "2")
        same_text = store.add(Article(text="  " + SEED.replace("\n\n", "\n \n") + "\n"), Extraction(), "3")
    assert (same_url.outcome, same_url.detail) == ("duplicate", f"same URL as article {first.article_id}")
    assert (same_text.outcome, same_text.detail) == ("duplicate", f"same text as article {first.article_id}")
    assert table(db_path, "SELECT url FROM articles") == [("https://news.example/a?id=2",)]
    assert table(db_path, "SELECT outcome FROM ingest_log ORDER BY id") == [("added",), ("duplicate",), ("duplicate",)]


def test_losing_a_race_to_another_writer_is_a_duplicate(db_path, monkeypatch):
    with Store(db_path) as store:
        store.add(Article(text=SEED), Extraction(), "other process")
        real = store_module._find_duplicate
        calls = []

        def blind_once(conn, prepared):  # the other writer committed between our check and our insert
            calls.append(1)
            return None if len(calls) == 1 else real(conn, prepared)
        monkeypatch.setattr(store_module, "_find_duplicate", blind_once)
        outcome = store.add(Article(text=SEED), found(SEED), "this process")
    assert (outcome.outcome, outcome.detail) == ("duplicate", "same text as article 1")
    assert table(db_path, "SELECT count(*) FROM articles") == [(1,)]
    assert table(db_path, "SELECT count(*) FROM mentions") == [(0,)]


def test_wire_copies_share_a_story_and_unrelated_articles_do_not(db_path):
    paragraphs = SEED.split("\n\n")
    copy = "WASHINGTON (Wire) - " + "\n\n".join(paragraphs[2:-2]) + "\n\nEditing by the desk."
    other = (ROOT / "tests" / "fixtures" / "site" / "sanctions-vote.html").read_text(encoding="utf-8")
    with Store(db_path) as store:
        original = store.add(Article(text=SEED), Extraction(), "a")
        wire = store.add(Article(text=copy), Extraction(), "b")
        unrelated = store.add(Article(text=other), Extraction(), "c")
    assert wire.outcome == "added" and wire.story_id == original.article_id
    assert unrelated.story_id == unrelated.article_id
    assert table(db_path, "SELECT id, story_id FROM articles ORDER BY id") == [(1, 1), (2, 1), (3, 3)]


def test_delete_removes_the_article_and_promotes_the_next_wire_copy(db_path):
    copy = "LONDON - " + SEED + "\n\nReporting by the desk."
    with Store(db_path) as store:
        store.add(Article(text=SEED), found(SEED), "a")
        store.add(Article(text=copy), found(copy), "b")
        assert store.delete(1) is True
        assert store.delete(1) is False
    assert table(db_path, "SELECT id, story_id FROM articles") == [(2, 2)]
    assert table(db_path, "SELECT DISTINCT article_id FROM mentions") == [(2,)]
    assert table(db_path, "SELECT count(*) FROM stances WHERE article_id = 1") == [(0,)]


def test_reextract_replaces_extraction_and_keeps_corrections(db_path):
    with Store(db_path) as store:
        added = store.add(Article(text=SEED), found(SEED), "a")
        content_hash = table(db_path, "SELECT content_hash FROM articles")[0][0]
        with store.engine.begin() as conn:
            conn.execute(insert(stance_corrections).values(
                content_hash=content_hash, expert="Mark N. Katz", target="Russia", stance="neutral",
                corrected_by="analyst", corrected_at=datetime(2025, 5, 1, 12), note="reads as neutral"))
        fewer = Extraction(mentions=[Mention("Ukraine", "country", 0, 7, "Ukrain")])
        assert store.reextract(lambda article: fewer if article.text == SEED else None) == 1
    assert added.article_id == 1
    assert table(db_path, "SELECT surface FROM mentions") == [("Ukrain",)]
    assert table(db_path, "SELECT count(*) FROM experts") == [(0,)]
    assert table(db_path, "SELECT expert, stance, note FROM stance_corrections") == [
        ("Mark N. Katz", "neutral", "reads as neutral")]


def test_version_0_store_is_upgraded_in_place(db_path):
    # A store from before versions were recorded: no meta table, no simhash/word_count/story_id columns.
    with sqlite3.connect(db_path) as conn:
        conn.executescript("""
            CREATE TABLE articles (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT UNIQUE, title TEXT,
                authors TEXT NOT NULL DEFAULT '[]', published DATE, source VARCHAR(200), language VARCHAR(16),
                text TEXT NOT NULL, content_hash VARCHAR(64) NOT NULL UNIQUE, origin TEXT,
                fetched_at DATETIME NOT NULL);
        """)
        copy = "KYIV - " + SEED + "\n\nEditing by the desk."
        for i, body in enumerate([SEED, copy]):
            conn.execute("INSERT INTO articles (url, title, text, content_hash, fetched_at) VALUES (?,?,?,?,?)",
                         (f"https://old.example/{i}", f"Old {i}", body, f"hash{i}", "2025-04-20 10:00:00"))
    with Store(db_path) as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION)
        assert store.count() == 2
    rows = table(db_path, "SELECT id, title, story_id, word_count > 700, simhash != 0 FROM articles ORDER BY id")
    assert rows == [(1, "Old 0", 1, 1, 1), (2, "Old 1", 1, 1, 1)]
    assert table(db_path, "SELECT count(*) FROM mentions") == [(0,)]  # the new tables exist


def test_a_newer_store_is_refused_with_one_line(db_path):
    Store(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as info:
        Store(db_path)
    assert str(info.value).endswith(f"has schema version 99, newer than this program's {SCHEMA_VERSION}: "
                                    "update the program")


def test_list_articles_counts_what_was_extracted(db_path):
    with Store(db_path) as store:
        store.add(Article(text=SEED, title="Seed", published=date(2025, 4, 19), source="seed"), found(SEED), "a")
        listed = store.list_articles()
    assert listed == [{"id": 1, "url": None, "title": "Seed", "published": "2025-04-19", "source": "seed",
                       "outlet": "seed", "outlet_country": None, "outlet_type": "unlisted", "language": None,
                       "story_id": 1, "text": SEED,
                       "counts": {"mentions": 2, "quotes": 1, "experts": 1, "statements": 1}}]


def test_export_import_round_trip_is_lossless(db_path, tmp_path):
    copy = "LONDON - " + SEED + "\n\nReporting by the desk."
    with Store(db_path) as store:
        store.add(Article(text=SEED, title="Seed", url="https://a.example/1", published=date(2025, 4, 19),
                          authors=["X"], source="seed", language="en", fetched_at=datetime(2025, 4, 20, 8)),
                  found(SEED), "seeds/a.txt")
        store.add(Article(text=copy, title="Copy"), found(copy), "b.html")
        content_hash = table(db_path, "SELECT content_hash FROM articles WHERE id = 1")[0][0]
        with store.engine.begin() as conn:
            conn.execute(insert(stance_corrections).values(
                content_hash=content_hash, expert="Mark N. Katz", target="deal", stance="uncertain",
                corrected_by="analyst", corrected_at=datetime(2025, 5, 1, 12, 30), note=None))
        first = io.StringIO()
        counts = backup.export_jsonl(store, first)
    assert (counts.articles, counts.corrections) == (2, 1)

    restored_db = str(tmp_path / "restored.sqlite")
    with Store(restored_db) as restored:
        result = backup.import_jsonl(restored, io.StringIO(first.getvalue()))
        assert (result.articles, result.duplicates, result.corrections) == (2, 0, 1)
        again = backup.import_jsonl(restored, io.StringIO(first.getvalue()))
        assert (again.articles, again.duplicates, again.corrections) == (0, 2, 0)
        second = io.StringIO()
        backup.export_jsonl(restored, second)
    assert second.getvalue() == first.getvalue()
    lines = [json.loads(line) for line in first.getvalue().splitlines()]
    assert [line["type"] for line in lines] == ["header"] + ["actor"] * 4 + ["article"] * 2 + ["correction"]
    assert lines[-2]["story_of"] == content_hash
    assert table(restored_db, "SELECT id, story_id, fetched_at FROM articles ORDER BY id")[0] == (
        1, 1, "2025-04-20 08:00:00.000000")


def test_import_refuses_a_file_that_is_not_an_export(db_path):
    with Store(db_path) as store, pytest.raises(backup.BackupError) as info:
        backup.import_jsonl(store, io.StringIO('{"title": "x"}\n'))
    assert str(info.value) == "line 1: not a coverage export (no header)"


def outlet_rows(db):
    return table(db, "SELECT id, outlet, outlet_country, outlet_type FROM articles ORDER BY id")


def test_each_article_is_linked_to_its_outlet_when_stored(db_path):
    pages = [("https://www.bbc.co.uk/news/world-1", None), ("https://edition.cnn.com/2025/04/18/x", None),
             ("https://m.kyivindependent.com/x", None), ("https://news.example.org/a", "Example Daily"),
             (None, "Meduza"), (None, "a newsletter")]
    with Store(db_path) as store:
        for i, (url, source) in enumerate(pages):
            store.add(Article(text=f"Article {i} on the talks.", url=url, source=source), Extraction(), f"o{i}")
        store.add(Article(text="No URL, no source."), Extraction(), "bare.txt")
    assert outlet_rows(db_path) == [
        (1, "BBC", "GB", "public"), (2, "CNN", "US", "private"), (3, "The Kyiv Independent", "UA", "independent"),
        (4, "news.example.org", None, "unlisted"), (5, "Meduza", "LV", "independent"),
        (6, "a newsletter", None, "unlisted"), (7, None, None, None)]


def test_a_version_3_store_is_upgraded_and_its_articles_linked(db_path):
    with Store(db_path) as store:
        store.add(Article(text="One.", url="https://www.reuters.com/world/1", source="Reuters"), Extraction(), "a")
        store.add(Article(text="Two.", url="https://tass.ru/politika/2"), Extraction(), "b")
        store.add(Article(text="Three.", source="Suspilne"), Extraction(), "c")
    with sqlite3.connect(db_path) as conn:  # what a version 3 store looked like: no outlet columns
        conn.executescript("""
            DROP INDEX ix_articles_outlet;
            DROP INDEX ix_articles_country;
            DROP INDEX ix_articles_outlet_name;
            ALTER TABLE articles DROP COLUMN outlet;
            ALTER TABLE articles DROP COLUMN outlet_country;
            ALTER TABLE articles DROP COLUMN outlet_type;
            UPDATE meta SET value = '3' WHERE key = 'schema_version';
        """)
    with Store(db_path) as store:
        assert store.meta("schema_version") == str(SCHEMA_VERSION) == "9"
    assert outlet_rows(db_path) == [(1, "Reuters", "GB", "wire"), (2, "TASS", "RU", "state"),
                                    (3, "Suspilne", "UA", "public")]
    assert ("ix_articles_outlet",) in table(db_path, "SELECT name FROM sqlite_master WHERE type = 'index'")


def test_a_version_7_store_gets_the_indexes_for_compared_groups(db_path):
    with Store(db_path) as store:
        store.add(Article(text="One.", url="https://tass.ru/politika/2"), Extraction(), "a")
    with sqlite3.connect(db_path) as conn:
        conn.executescript("""
            DROP INDEX ix_articles_country;
            DROP INDEX ix_articles_outlet_name;
            UPDATE meta SET value = '7' WHERE key = 'schema_version';
        """)
    with Store(db_path) as store:
        assert store.meta("schema_version") == "9"
    indexes = table(db_path, "SELECT name FROM sqlite_master WHERE type = 'index'")
    assert {("ix_articles_country",), ("ix_articles_outlet_name",)} <= set(indexes)
    plan = table(db_path, "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE outlet_country = 'RU'")
    assert any("ix_articles_country" in str(row) for row in plan)  # the group is found through the index


def test_relinking_follows_an_edited_registry(db_path, tmp_path):
    registry = tmp_path / "outlets.toml"
    registry.write_text('[[outlet]]\nname = "Example Daily"\ndomains = ["example.org"]\ncountry = "PL"\n'
                        'languages = ["pl"]\ntype = "private"\n', encoding="utf-8")
    with Store(db_path) as store:
        store.add(Article(text="One.", url="https://news.example.org/1"), Extraction(), "a")
        store.add(Article(text="Two.", url="https://www.bbc.com/news/2"), Extraction(), "b")
    assert outlet_rows(db_path)[0] == (1, "news.example.org", None, "unlisted")
    with Store(db_path, outlets=store_module.load_outlets(registry)) as store:
        assert store.relink_outlets() == 2  # example.org is now listed; the BBC no longer is
        assert store.relink_outlets() == 0
    assert outlet_rows(db_path) == [(1, "Example Daily", "PL", "private"), (2, "bbc.com", None, "unlisted")]


def test_export_keeps_the_outlet_and_import_restores_it_as_exported(db_path, tmp_path):
    with Store(db_path) as store:
        store.add(Article(text="One.", url="https://www.dw.com/en/a-1"), Extraction(), "a")
        exported = io.StringIO()
        backup.export_jsonl(store, exported)
    record = json.loads(exported.getvalue().splitlines()[-1])
    assert record["outlet"] == {"name": "Deutsche Welle", "country": "DE", "type": "public"}

    other = tmp_path / "outlets.toml"  # the importing side's registry does not know dw.com
    other.write_text('[[outlet]]\nname = "X"\ndomains = ["x.example"]\ncountry = "FR"\nlanguages = ["fr"]\n'
                     'type = "private"\n', encoding="utf-8")
    restored_db = str(tmp_path / "restored.sqlite")
    older = exported.getvalue().replace(', "outlet": {"country": "DE", "name": "Deutsche Welle", "type": "public"}',
                                        "").replace("https://www.dw.com/en/a-1", "https://x.example/1")
    older = older.replace('"One."', '"One, as an older export without outlets."')
    assert '"outlet"' not in older
    with Store(restored_db, outlets=store_module.load_outlets(other)) as restored:
        backup.import_jsonl(restored, io.StringIO(exported.getvalue()))
        backup.import_jsonl(restored, io.StringIO(older))
    assert outlet_rows(restored_db) == [(1, "Deutsche Welle", "DE", "public"), (2, "X", "FR", "private")]
