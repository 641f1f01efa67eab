"""The Outlets compared, Whose voices and Events pages through AppTest on a synthetic store (`outlets_fixture`):
a link's groups come back in the widgets, and the shares, intervals, highlights, framing and voice shares are the
hand counts; every time chart draws the events, and `events=0` hides them."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.stats import wilson
from outlets_fixture import EXPECTED, build
from page_helpers import figure, metrics
from storage.events import load

RU_UA = "country:RU,country:UA"
SYNTHETIC_EVENTS = """# Synthetic events for the tests (invented; the sources are placeholders)
[[event]]
date = 2025-03-12
label = "Synthetic talks"
kind = "talks"
source = "https://example.org/synthetic-talks"

[[event]]
date = 2025-09-01
label = "Synthetic later summit"
kind = "summit"
source = "https://example.org/synthetic-summit"
"""


@pytest.fixture
def outlets_store(tmp_path, monkeypatch):
    path = build(tmp_path / "outlets.sqlite")
    monkeypatch.setenv("COVERAGE_DB", str(path))
    events = tmp_path / "events.toml"
    events.write_text(SYNTHETIC_EVENTS, encoding="utf-8")
    monkeypatch.setenv("COVERAGE_EVENTS", str(events))
    return path


def bars(fig: dict) -> dict[str, dict]:
    return {t["name"]: t for t in fig["data"]}


def at_item(trace: dict, item: str) -> dict:
    i = trace["y"].index(item)
    x = trace["x"][i]
    return {"share": x, "low": x - trace["error_x"]["arrayminus"][i], "high": x + trace["error_x"]["array"][i],
            "opacity": trace["marker"]["opacity"][i]}


# --- Outlets compared ---------------------------------------------------------------------------------------

def test_outlets_link_restores_the_groups_and_counts_each_group(outlets_store, open_page):
    at = open_page("outlets", compare=RU_UA)
    assert [t.value for t in at.title] == ["Outlets compared"]
    assert at.multiselect[0].value == ["country:RU", "country:UA"]
    assert at.multiselect[0].options == [  # every group the stored articles make, labelled
        "Country DE", "Country RU", "Country UA", "Country US", "Type private", "Type public", "Type state",
        "Type wire", "Language de", "Language en", "Language ru", "Language uk", "Outlet Atlantic Wire",
        "Outlet Berlin Post", "Outlet Kyiv Herald", "Outlet Moscow Courier"]
    sizes = at.dataframe[0].value
    assert sizes[["label", "articles", "stories"]].values.tolist() == [["Country RU", 5, 5], ["Country UA", 5, 5]]


def test_outlets_shares_carry_their_wilson_intervals_and_only_apart_ones_stand_out(outlets_store, open_page):
    at = open_page("outlets", compare=RU_UA)
    fig = figure(at, "Share of each group's articles mentioning each actor")
    traces = bars(fig)
    assert set(traces) == {"Country RU", "Country UA"}
    for (group, actor), (k, n) in EXPECTED["actors"].items():
        got = at_item(traces["Country " + group[-2:]], actor)
        low, high = wilson(k, n)
        assert got["share"] == pytest.approx(k / n)
        assert (got["low"], got["high"]) == pytest.approx((low, high))
    # Ivan Sidorov: 5 of 5 against 0 of 5, intervals apart, drawn full; Russia: 5 of 5 against 2 of 5 and
    # Ukraine: 1 of 5 against 5 of 5 overlap at n = 5, drawn pale.
    assert at_item(traces["Country RU"], "Ivan Sidorov")["opacity"] == 1.0
    assert at_item(traces["Country UA"], "Ivan Sidorov")["opacity"] == 1.0
    for actor in ("Russia", "Ukraine"):
        assert at_item(traces["Country RU"], actor)["opacity"] < 1.0
        assert at_item(traces["Country UA"], actor)["opacity"] < 1.0
    # The same numbers as a table under the chart: k, n, the interval and whether it is apart.
    numbers = at.expander[1].dataframe[0].value.set_index(["group", "item"])
    assert numbers.loc[("Country UA", "Ivan Sidorov"), ["k", "n", "apart"]].tolist() == [0, 5, True]
    assert numbers.loc[("Country UA", "Russia"), ["k", "n", "apart"]].tolist() == [2, 5, False]
    assert numbers.loc[("Country UA", "Russia"), "high"] == pytest.approx(wilson(2, 5)[1])


def test_outlets_statements_stances_and_speakers_are_shares_of_each_group(outlets_store, open_page):
    at = open_page("outlets", compare=RU_UA)
    kinds = bars(figure(at, "Each group's dated statements by kind"))
    assert at_item(kinds["Country RU"], "rejection")["share"] == pytest.approx(1 / 2)
    assert at_item(kinds["Country UA"], "violation")["share"] == pytest.approx(1 / 2)
    stances = bars(figure(at, "Stances of the experts each group quotes"))
    assert at_item(stances["Country RU"], "Russia: supportive")["share"] == 1.0
    speakers = bars(figure(at, "Each group's most quoted speakers"))
    assert at_item(speakers["Country RU"], "Ivan Sidorov")["share"] == pytest.approx(3 / 7)
    assert at_item(speakers["Country UA"], "Oksana Melnyk")["share"] == pytest.approx(3 / 6)
    assert at_item(speakers["Country UA"], "(unattributed)")["share"] == pytest.approx(1 / 6)


def test_framing_table_names_who_foregrounds_each_actor_with_its_counts(outlets_store, open_page):
    at = open_page("outlets", compare=RU_UA)
    table = next(t.value for t in at.dataframe if "its" in t.value.columns).set_index("item")
    assert table.loc["Ivan Sidorov", ["group_label", "its", "theirs", "times", "apart_text"]].tolist() == [
        "Country RU", "100% (5 of 5)", "0% (0 of 5)", "only here", "yes"]
    assert table.loc["Ukraine", ["group_label", "its", "theirs", "times", "apart_text"]].tolist() == [
        "Country UA", "100% (5 of 5)", "20% (1 of 5)", "5.0×", "no (intervals overlap)"]
    assert table.loc["Russia", ["group_label", "times"]].tolist() == ["Country RU", "2.5×"]


def test_a_share_opens_its_sentences_in_that_group(outlets_store, open_page):
    at = open_page("outlets", compare=RU_UA, pick="Ivan Sidorov", within="country:RU")
    assert metrics(at) == {"Mentions of Ivan Sidorov in Country RU (newest 50 at most)": "6"}
    sentences = at.dataframe[-1].value
    assert set(sentences["source"]) == {"Moscow Courier"}
    assert all("Ivan Sidorov" in s for s in sentences["sentence"])
    empty = open_page("outlets", compare=RU_UA, pick="Ivan Sidorov", within="country:UA")
    assert metrics(empty) == {"Mentions of Ivan Sidorov in Country UA (newest 50 at most)": "0"}


def test_outlets_asks_for_a_second_group(outlets_store, open_page):
    at = open_page("outlets", compare="country:RU,nonsense:X")
    assert at.multiselect[0].value == ["country:RU"]
    assert any("Choose two to four groups" in i.value for i in at.info)
    assert at.get("plotly_chart") == []


# --- Whose voices -------------------------------------------------------------------------------------------

def band_totals(fig: dict) -> dict[str, int]:
    """band -> the counts behind its bars (customdata: band, period or group, count, total), summed."""
    totals = {}
    for trace in fig["data"]:
        for band, _, value, total in trace["customdata"]:
            totals[band] = totals.get(band, 0) + value
        assert trace["y" if trace.get("orientation") != "h" else "x"] == pytest.approx(
            [c[2] / c[3] for c in trace["customdata"]])
    return totals


@pytest.mark.parametrize(("params", "expected"), [
    ({}, EXPECTED["side_quotes"]),
    ({"unit": "words"}, EXPECTED["side_words"]),
    ({"by": "role"}, EXPECTED["role_quotes"]),
])
def test_voice_shares_equal_the_hand_counts(outlets_store, open_page, params, expected):
    at = open_page("voices", grain="month", **params)
    unit, by = params.get("unit", "quotes"), params.get("by", "side")
    over_time = figure(at, f"Share of {unit} by the speaker's {by}, per month")
    assert band_totals(over_time) == expected
    per_outlet = figure(at, f"Share of {unit} by the speaker's {by}, per outlet")
    assert band_totals(per_outlet) == expected
    assert at.get("segmented_control")[0].value == by
    bands = [t["name"] for t in over_time["data"]]  # one order on every chart, whatever period comes first
    assert bands == [b for b in ("Russia", "Ukraine", "United States", "Europe", "official", "expert", "other",
                                 "unattributed") if b in expected]


def test_voices_per_compared_group_and_the_quotes_behind_a_band(outlets_store, open_page):
    at = open_page("voices", compare=RU_UA)
    groups = figure(at, "Share of quotes by the speaker's side, per group")
    ru = {c[0]: (c[2], c[3]) for t in groups["data"] for c in t["customdata"] if c[1] == "country:RU"}
    assert ru == {"Russia": (4, 7), "other": (1, 7), "unattributed": (2, 7)}  # Sidorov x3 and Russia; Archer
    behind = open_page("voices", band="unattributed")
    assert metrics(behind) == {"Quotes shown (newest 50 at most)": "4"}
    narrowed = open_page("voices", band="unattributed", within="country:RU", at="2025-03-01", grain="month")
    table = narrowed.dataframe[-1].value
    assert table["quote"].tolist() == ["the offer stands"]


# --- events on the time axes ----------------------------------------------------------------------------------

TIME_CHARTS = [
    ("outlets", {"compare": RU_UA}, "Articles per week, by group"),
    ("voices", {}, "Share of quotes by the speaker's side, per week"),
    ("actors", {}, "Articles mentioning each actor, per week"),
    ("timeline", {}, "Ceasefire and peace statements over time"),
]


def event_marks(fig: dict) -> list[str]:
    return [s["name"] for s in fig["layout"].get("shapes", []) if s.get("name", "").startswith("event: ")]


@pytest.mark.parametrize(("page", "params", "title"), TIME_CHARTS, ids=[c[0] for c in TIME_CHARTS])
def test_time_charts_mark_the_events_within_their_dates(outlets_store, open_page, page, params, title):
    fig = figure(open_page(page, **params), title)
    # The September event lies after every article: it is left out rather than stretching the axis.
    assert event_marks(fig) == ["event: Synthetic talks"]
    assert [a["text"] for a in fig["layout"]["annotations"] if a.get("name") == "event"] == ["Synthetic talks"]
    hidden = figure(open_page(page, events="0", **params), title)
    assert event_marks(hidden) == []


def test_events_page_lists_the_events_and_edits_them_only_when_writable(outlets_store, open_page, monkeypatch):
    at = open_page("events")
    assert [t.value for t in at.title] == ["Events"]
    assert at.toggle[0].value is True
    editor = at.dataframe[0]
    assert editor.proto.editing_mode != 0 and at.button[0].label == "Save events"  # a data editor, rows addable
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    readonly = open_page("events")
    table = readonly.dataframe[0]
    assert readonly.button == [] and table.proto.editing_mode == 0
    assert table.value["label"].tolist() == ["Synthetic talks", "Synthetic later summit"]


def test_saving_edited_events_writes_the_file_and_refuses_a_wrong_row(outlets_store, monkeypatch):
    from dashboard import actions
    from storage.events import EventError, events_path

    rows = pd.DataFrame([
        {"date": pd.Timestamp("2025-03-20"), "label": "Added in the table", "kind": "call",
         "source": "https://example.org/added", "note": None},
        {"date": None, "label": None, "kind": None, "source": None, "note": None},  # an empty new row
    ])
    assert actions.save_events(rows) == "Saved 1 events to events.toml."
    assert [(e.date.isoformat(), e.label) for e in load(events_path())] == [("2025-03-20", "Added in the table")]
    rows.loc[0, "kind"] = "rumour"
    with pytest.raises(EventError, match="event #1 .*kind 'rumour'"):
        actions.save_events(rows)
    assert [e.label for e in load(events_path())] == ["Added in the table"]
    monkeypatch.setenv("COVERAGE_READONLY", "1")
    with pytest.raises(actions.ReadOnlyError):
        actions.save_events(rows)
