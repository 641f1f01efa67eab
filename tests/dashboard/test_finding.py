"""One finding a researcher could cite, traced to its sentences (docs/finding.md), on the SYNTHETIC multi-outlet
fixture (`outlets_fixture`: invented outlets, people and words; the finding is about the fixture, not the press).

The finding: Ivan Sidorov is named in 5 of the 5 articles of the Russian outlet group (100%, 95% Wilson interval
57–100%) and in 0 of the 5 of the Ukrainian group (0%, 0–43%); the intervals are apart. It is computed here through
the app's own queries (`group_actor_shares`, `stats.with_intervals`), and the sentences the Outlets page shows for
that cell are checked to be exactly the mentions behind the 5: every one of them, in the five counted articles and
nowhere else, each a sentence of its article's stored text.
"""
from __future__ import annotations

import pytest

from dashboard import queries, share_charts, stats
from dashboard.filters import from_params, parse_group
from outlets_fixture import DOCS, OUTLETS, build
from page_helpers import figure, metrics
from storage.engine import open_engine

RU_UA = "country:RU,country:UA"
ACTOR = "Ivan Sidorov"


@pytest.fixture
def finding_store(tmp_path, monkeypatch):
    path = build(tmp_path / "outlets.sqlite")
    monkeypatch.setenv("COVERAGE_DB", str(path))
    return path


@pytest.fixture
def engine(finding_store):
    engine = open_engine(str(finding_store), readonly=True)
    yield engine
    engine.dispose()


def by_hand(country: str) -> list:
    """The fixture's documents of one outlet country (read from the fixture, not from the store)."""
    return [doc for doc in DOCS if OUTLETS[doc.source][1] == country]


def test_the_share_and_its_interval_come_from_the_apps_queries(engine):
    view = from_params({"compare": RU_UA})
    shares = stats.with_intervals(queries.group_actor_shares(engine, view)).set_index(["group", "item"])
    russian, ukrainian = shares.loc[("country:RU", ACTOR)], shares.loc[("country:UA", ACTOR)]
    assert (russian["k"], russian["n"]) == (5, 5) == (sum(ACTOR in d.text for d in by_hand("RU")), len(by_hand("RU")))
    assert (ukrainian["k"], ukrainian["n"]) == (0, 5) == (sum(ACTOR in d.text for d in by_hand("UA")),
                                                        len(by_hand("UA")))
    assert (russian["share"], russian["low"], russian["high"]) == pytest.approx((1.0, 0.5655, 1.0), abs=1e-4)
    assert (ukrainian["share"], ukrainian["low"], ukrainian["high"]) == pytest.approx((0.0, 0.0, 0.4345), abs=1e-4)
    assert bool(russian["apart"]) and bool(ukrainian["apart"])  # a difference the data can carry
    # As docs/finding.md cites it.
    assert (f"{russian['low']:.0%}", f"{ukrainian['high']:.0%}") == ("57%", "43%")


def test_the_sentences_behind_the_number_are_every_mention_in_the_counted_articles(engine):
    view = from_params({"compare": RU_UA})
    sentences = queries.group_sentences(engine, view, parse_group("country:RU"), ACTOR)
    counted = [d for d in by_hand("RU") if ACTOR in d.text]
    # Every mention of him in those articles is a row (six: two in "Envoys meet"), and no other article has one.
    assert len(sentences) == sum(d.text.count(ACTOR) for d in counted) == 6
    assert set(sentences["title"]) == {d.title for d in counted}
    assert sentences["article_id"].nunique() == 5
    assert set(sentences["source"]) == {"Moscow Courier"}
    # Each row is the whole sentence holding the mention, as read by hand off the fixture's texts, newest first.
    assert sentences[["published", "title", "sentence"]].astype(str).values.tolist() == [
        ["2025-04-14", "Nothing agreed", "Ivan Sidorov spoke to United States envoys."],
        ["2025-04-07", "An analyst visits", "Ivan Sidorov thanked him."],
        ["2025-03-17", "Plan rejected", '"The plan ignores our interests," Ivan Sidorov said.'],
        ["2025-03-10", "Envoys meet", "Ivan Sidorov met envoys."],
        ["2025-03-10", "Envoys meet", '"Progress is slow," Ivan Sidorov said.'],
        ["2025-03-03", "Russia wants talks", '"We are ready for a fair deal," Ivan Sidorov said.'],
    ]
    texts = {d.title: d.text for d in counted}
    assert all(row.surface == ACTOR and row.sentence in texts[row.title] for row in sentences.itertuples())
    # The other side of the comparison: nothing to show, as its 0 of 5 says.
    assert queries.group_sentences(engine, view, parse_group("country:UA"), ACTOR).empty


def test_the_outlets_page_shows_that_number_and_those_sentences(finding_store, engine, open_page):
    at = open_page("outlets", compare=RU_UA, pick=ACTOR, within="country:RU")
    bars = {t["name"]: t for t in figure(at, "Share of each group's articles mentioning each actor")["data"]}
    russian = bars["Country RU"]
    i = russian["y"].index(ACTOR)
    assert (russian["x"][i], russian["text"][i], russian["marker"]["opacity"][i]) == (1.0, "5/5", 1.0)
    assert russian["x"][i] - russian["error_x"]["arrayminus"][i] == pytest.approx(stats.wilson(5, 5)[0])
    framing = next(t.value for t in at.dataframe if "its" in t.value.columns).set_index("item")
    assert framing.loc[ACTOR, ["group_label", "its", "theirs", "apart_text"]].tolist() == [
        share_charts.group_label("country:RU"), "100% (5 of 5)", "0% (0 of 5)", "yes"]
    assert metrics(at) == {f"Mentions of {ACTOR} in Country RU (newest 50 at most)": "6"}
    shown = at.dataframe[-1].value
    behind = queries.group_sentences(engine, from_params({"compare": RU_UA}), parse_group("country:RU"), ACTOR)
    assert shown["sentence"].tolist() == behind["sentence"].tolist()
    assert shown["article_id"].tolist() == behind["article_id"].tolist()
