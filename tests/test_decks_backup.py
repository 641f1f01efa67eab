"""Presenter decks in backups: an export carries every deck's saved views, an import puts them back in order
(skipping those already there), and exporting the imported store gives the same file again."""
from __future__ import annotations

import io

from ingest.backup import export_jsonl, import_jsonl
from ingest.store import Store


def test_decks_survive_export_and_import(tmp_path):
    with Store(str(tmp_path / "a.sqlite")) as first:
        first.add_to_deck("Briefing", "outlets", "compare=country%3ARU&compare=country%3AUA", "Russia against Ukraine")
        first.add_to_deck("Briefing", "voices", "by=role")
        first.add_to_deck("Other", "", "")
        exported = io.StringIO()
        assert export_jsonl(first, exported).deck_views == 3
    with Store(str(tmp_path / "b.sqlite")) as second:
        assert import_jsonl(second, io.StringIO(exported.getvalue())).deck_views == 3
        assert [(r["deck"], r["position"], r["page"], r["title"]) for r in second.deck_rows()] == [
            ("Briefing", 1, "outlets", "Russia against Ukraine"), ("Briefing", 2, "voices", None), ("Other", 1, "", None)]
        assert import_jsonl(second, io.StringIO(exported.getvalue())).deck_views == 0  # already there
        again = io.StringIO()
        export_jsonl(second, again)
    assert again.getvalue() == exported.getvalue()
