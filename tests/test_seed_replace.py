"""The seed is one article: re-adding seeds/ after its text changed replaces it in place (same id, new text and
extraction), and analysts' stance corrections follow it to its new content hash; an unchanged seed is a duplicate."""
from __future__ import annotations

import shutil

from sqlalchemy import select

from ingest.pipeline import SEEDS, Options, run
from ingest.store import Store
from storage import schema


def seeds_copy(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder, next(folder.glob("*.txt"))


def test_a_changed_seed_replaces_the_stored_one_and_keeps_its_corrections(tmp_path):
    db = str(tmp_path / "store.sqlite")
    folder, text_file = seeds_copy(tmp_path)
    assert run([str(folder)], Options(db=db)).added == 1
    with Store(db) as store:
        [seed] = store.list_articles()
        with store.engine.connect() as conn:
            old_hash = conn.execute(select(schema.articles.c.content_hash)).scalar_one()
            expert, target = conn.execute(
                select(schema.actors.c.name, schema.stances.c.target)
                .select_from(schema.stances.join(schema.experts, schema.experts.c.id == schema.stances.c.expert_id)
                             .join(schema.actors, schema.actors.c.id == schema.experts.c.actor_id))).first()
        store.record_correction(old_hash, expert, target, "neutral", "Ana Analyst", "checked")

    assert run([str(folder)], Options(db=db)).duplicates == 1  # unchanged: nothing to do

    text = text_file.read_text()
    # An update to the story itself: a paragraph before its credit line (what follows that line is the advert).
    text_file.write_text(text.replace("\n(Sources:", "\nThe talks are expected to resume next week, officials said.\n\n(Sources:"))
    summary = run([str(folder)], Options(db=db))
    assert (summary.added, summary.duplicates, summary.replaced) == (0, 0, 1)
    assert "replaced 1" in summary.line()
    with Store(db) as store:
        [after] = store.list_articles()
        assert after["id"] == seed["id"]
        assert "resume next week, officials said.\n\n(Sources:" in after["text"]
        assert after["counts"]["mentions"] >= seed["counts"]["mentions"]
        with store.engine.connect() as conn:
            new_hash = conn.execute(select(schema.articles.c.content_hash)).scalar_one()
            kept = conn.execute(select(schema.stance_corrections.c.content_hash, schema.stance_corrections.c.expert,
                                       schema.stance_corrections.c.stance)).all()
    assert new_hash != old_hash
    assert [tuple(row) for row in kept] == [(new_hash, expert, "neutral")]


def test_an_ordinary_article_with_a_known_url_is_still_a_duplicate(tmp_path):
    db = str(tmp_path / "store.sqlite")
    folder, text_file = seeds_copy(tmp_path)
    sidecar = next(folder.glob("*.meta.json"))
    sidecar.write_text(sidecar.read_text().replace('"seed"', '"Some Outlet"'))
    run([str(folder)], Options(db=db))
    text_file.write_text(text_file.read_text() + "\nOne more line.\n")
    summary = run([str(folder)], Options(db=db))
    assert (summary.added, summary.duplicates, summary.replaced) == (0, 1, 0)
