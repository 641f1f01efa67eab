"""Presenter mode, read-only mode, live updates, first-run seeding and the write controls, through AppTest."""
from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import OperationalError

from page_helpers import figures, headers, metrics
from dashboard import actions, data
from storage import schema
from storage.engine import open_engine


def button_labels(at) -> list[str]:
    return [b.label for b in at.button]


# --- presenter mode ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("page", ["overview", "actors", "experts", "timeline", "quotes", "articles"])
def test_presenter_mode_has_no_chrome_and_large_type(store, open_page, page):
    at = open_page(page, present="1", actor="Russia")
    assert len(at.title) == 1
    assert len(at.sidebar.children) == 0
    widgets = [*at.selectbox, *at.multiselect, *at.text_input, *at.date_input, *at.get("segmented_control"),
               *at.button, *at.number_input]
    assert widgets == []
    assert [c.value for c in at.code] == []  # no copy-link box on a projected screen
    assert "font-size: 22px" in at.get("html")[0].proto.body
    for fig in figures(at):
        assert fig["layout"]["font"]["size"] == 22


def test_presenter_mode_keeps_the_linked_view(store, open_page):
    at = open_page("actors", present="1", grain="month", actor="Russia")
    russia = next(t for f in figures(at) for t in f["data"] if t.get("name") == "Russia")
    assert (russia["x"], russia["y"]) == (["2025-03-01", "2025-04-01"], [2, 2])
    assert at.query_params["present"] == "1"


# --- read-only mode ---------------------------------------------------------------------------------------

def test_write_controls_are_there_when_writable(store, open_page):
    at = open_page("articles", article="1")
    assert "Delete article" in button_labels(at) and "Re-run extraction on all articles" in button_labels(at)
    assert [e.label for e in at.expander if e.label == "Add articles"] == ["Add articles"]
    experts = open_page("experts", expert="Mark N. Katz")
    assert [b.label for b in experts.get("form_submit_button")] == ["Save correction"]


def test_read_only_mode_has_no_write_controls(store, open_page, monkeypatch):
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    at = open_page("articles", article="1")
    assert button_labels(at) == []
    assert [e.label for e in at.expander if e.label == "Add articles"] == []
    assert len(at.file_uploader) == 0
    assert any("Read-only mode" in i.value for i in at.sidebar.info)
    experts = open_page("experts", expert="Mark N. Katz")
    assert len(experts.get("form_submit_button")) == 0
    assert experts.dataframe[1].value["stance"].tolist() == ["supportive", "pessimistic", "critical"]


def test_read_only_writes_fail_at_the_database_and_in_actions(store, monkeypatch):
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    engine = data.engine()
    with pytest.raises(OperationalError, match="readonly"):
        with engine.begin() as conn:
            conn.execute(schema.meta.delete())
    with pytest.raises(actions.ReadOnlyError):
        actions.delete_article(1)
    with pytest.raises(actions.ReadOnlyError):
        actions.record_correction("x", "Jane Doe", "Russia", "critical", "tester")
    with open_engine(str(store), readonly=True).connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.articles)).scalar() == 6
        assert conn.execute(select(func.count()).select_from(schema.meta)).scalar() == 2


# --- writes through ingest ----------------------------------------------------------------------------------

def test_stance_correction_is_stored_apart_and_shown(store, open_page):
    at = open_page("experts", expert="Mark N. Katz")
    # The first stance (Ukraine, supportive) can become only the other side stances.
    assert at.main.selectbox[2].options == ["critical", "neutral"]
    at.main.selectbox[1].set_value(1).run()  # the outlook (pessimistic): only the other outlooks
    assert at.main.selectbox[2].options == ["optimistic", "uncertain"]
    at.main.selectbox[1].set_value(2).run()  # the Russia stance (critical), third row of the evidence
    assert at.main.selectbox[2].options == ["supportive", "neutral"]
    at.main.selectbox[2].set_value("neutral")
    at.main.text_input[1].input("Ana Analyst")
    at.main.text_input[2].input("reads as description, not criticism")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [
        "Saved: Mark N. Katz on Russia is now neutral (was critical), corrected by Ana Analyst."]
    matrix = next(f for f in figures(at) if f["layout"]["title"]["text"].startswith("Expert stances"))["data"][0]
    assert matrix["text"][0] == ["neutral*", "supportive", "pessimistic"]
    corrections = at.dataframe[-1].value
    assert corrections[["corrected_by", "expert", "target", "stance", "note", "article"]].values.tolist() == [
        ["Ana Analyst", "Mark N. Katz", "Russia", "neutral", "reads as description, not criticism",
         "Kremlin cool on truce"]]
    assert headers(at.dataframe[-1]) == ["Corrected at (UTC)", "Corrected by", "Expert", "Side", "Corrected to", "Note",
                                         "Article"]
    evidence = at.dataframe[1].value
    assert evidence[["target", "extracted", "stance", "corrected_by"]].values.tolist()[2] == [
        "Russia", "critical", "neutral", "Ana Analyst"]


def test_correction_needs_a_name(store, open_page):
    at = open_page("experts", expert="Mark N. Katz")
    at.get("form_submit_button")[0].click().run()
    assert [e.value for e in at.error] == ["Say who is correcting: fill in your name, then save again."]
    assert at.dataframe[-1].value.empty


def test_delete_an_article_from_the_reader(store, open_page):
    at = open_page("articles", article="4")
    at.checkbox[0].check().run()
    next(b for b in at.button if b.label == "Delete article").click().run()
    assert not at.exception
    assert metrics(at) == {"Articles matching": "4"}
    assert at.dataframe[0].value["id"].tolist() == [6, 5, 2, 1]
    assert "article" not in at.query_params
    assert [s.value for s in at.success] == [
        "Deleted article 4 (Kyiv accepts US plan) and everything extracted from it."]


# --- live updates and first run ----------------------------------------------------------------------------

def test_new_articles_show_on_the_next_run(store, open_page):
    at = open_page("overview")
    assert metrics(at)["Articles (all copies)"] == "6"
    engine = open_engine(str(store))
    text = "Ukraine and Russia agreed to talk again."
    with engine.begin() as conn:
        new_id = conn.execute(insert(schema.articles).values(
            url="https://example.org/new", title="New", authors="[]", published=date(2025, 4, 25), source="BBC",
            text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), simhash=0, word_count=7,
            fetched_at=datetime(2025, 4, 25, 9, 30))).inserted_primary_key[0]
        conn.execute(schema.articles.update().where(schema.articles.c.id == new_id).values(story_id=new_id))
        conn.execute(insert(schema.ingest_log).values(at=datetime(2025, 4, 25, 9, 30), origin="x", outcome="added",
                                                      article_id=new_id))
    at.run()
    shown = metrics(at)
    assert (shown["Articles (all copies)"], shown["Stories"], shown["Outlets"], shown["Last ingest"]) == (
        "7", "6", "4", "2025-04-25 09:30 UTC")
    assert any(c.value.startswith("Data last updated at 2025-04-25 09:30 UTC") for c in at.caption)


def test_missing_store_in_read_only_mode_gives_guidance(tmp_path, open_page, monkeypatch):
    monkeypatch.setenv("COVERAGE_DB", str(tmp_path / "none.sqlite"))
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    at = open_page("overview")
    assert [t.value for t in at.title] == ["No data yet"]
    assert "python -m ingest add" in at.info[0].value
    assert not (tmp_path / "none.sqlite").exists()


def test_first_run_seeds_an_empty_store(tmp_path, open_page, monkeypatch):
    monkeypatch.setenv("COVERAGE_DB", str(tmp_path / "fresh.sqlite"))
    at = open_page("overview")
    shown = metrics(at)
    assert (shown["Articles (all copies)"], shown["Outlets"], shown["Date span"]) == ("1", "1", "19 Apr 2025")
    articles = open_page("articles")
    assert articles.dataframe[0].value["title"].tolist() == [
        "U.S. Signals Frustration With Ukraine-Russia Peace Talks, Floats Possible Withdrawal"]


# --- adding articles through the pipeline ------------------------------------------------------------------

def outcomes(at) -> list[tuple[str, str]]:
    """(outcome, what the page says about it): a stored article by its linked title, a failure by its reason."""
    added = [("added", link.value.removeprefix("Added: ")) for link in at.get("page_link")
             if link.value.startswith("Added: ")]
    table = next((d.value for d in at.dataframe if "outcome" in d.value.columns), None)
    return added + (list(zip(table["outcome"], table["detail"])) if table is not None else [])


def test_add_by_url_refuses_loopback_unless_allowed(store, open_page, site):
    at = open_page("articles")
    at.text_area[0].input(f"{site}/talks-geneva.html").run()
    next(b for b in at.button if b.label == "Add from URLs").click().run()
    [(outcome, detail)] = outcomes(at)
    assert outcome == "failed" and "private, loopback or link-local" in detail
    assert metrics(at) == {"Articles matching": "5"}


def test_add_by_url_through_the_pipeline(store, open_page, site, monkeypatch):
    monkeypatch.setenv("COVERAGE_ALLOW_PRIVATE", "1")
    at = open_page("articles")
    at.text_area[0].input(f"{site}/talks-geneva.html").run()
    next(b for b in at.button if b.label == "Add from URLs").click().run()
    assert not at.exception
    assert outcomes(at) == [("added", "Negotiators Meet in Geneva as Ceasefire Deadline Nears")]
    assert metrics(at) == {"Articles matching": "6"}
    listed = next(d for d in at.dataframe if "title" in d.value.columns)
    assert "Negotiators Meet in Geneva as Ceasefire Deadline Nears" in listed.value["title"].tolist()


def test_add_uploaded_text_file(store, open_page):
    at = open_page("articles")
    body = ("Ukraine and Russia agreed on Tuesday to extend the grain corridor talks, officials said. " * 3).encode()
    at.file_uploader[0].set_value(("corridor.txt", body, "text/plain")).run()
    next(b for b in at.button if b.label == "Add uploaded files").click().run()
    assert not at.exception
    assert [o for o, _ in outcomes(at)] == ["added"]
    assert [link.proto.query_string for link in at.get("page_link") if link.value.startswith("Added: ")] == [
        "article=7"]
    assert metrics(at) == {"Articles matching": "6"}


# --- an unreachable database --------------------------------------------------------------------------------

def test_unreachable_database_is_one_line_without_the_password(open_page, monkeypatch):
    monkeypatch.setenv("COVERAGE_DB", "postgresql+psycopg://analyst:s3cret-pw@127.0.0.1:9/coverage")
    at = open_page("overview")
    assert len(at.error) == 1
    message = at.error[0].value
    assert message.startswith("Cannot read the store at postgresql+psycopg://analyst:***@127.0.0.1:9/coverage: ")
    assert "s3cret-pw" not in message and "\n" not in message
