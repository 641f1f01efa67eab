"""The pure parts of the dashboard: the URL round trip, text marking and sentences, exports, colours."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from dashboard import export, queries
from dashboard.charts import count_step, fill_periods, timeline, timeline_caption, timeline_marks
from dashboard.filters import View, from_params, link, period_end
from dashboard.palette import actor_colour, actor_colours
from dashboard.text import Mark, date_span, marked_text, moment, safe_link, sentence_around
from dashboard_fixture import DOCS
from storage.engine import open_engine


def test_view_round_trips_through_the_query_string():
    view = View(date_from=date(2025, 3, 1), actors=("Russia", "Ukraine"), speaker="Andrew Roth", kinds=("direct",),
                q="ceasefire", present=True, grain="month", measure="share", wire="all", role="expert", page=3)
    params = view.to_params()
    assert params == {"from": "2025-03-01", "actor": ["Russia", "Ukraine"], "speaker": "Andrew Roth",
                      "kind": ["direct"], "q": "ceasefire", "present": "1", "grain": "month", "measure": "share",
                      "wire": "all", "role": "expert", "page": "3"}
    assert from_params(params) == view
    assert link("http://host/quotes", View(speaker="Andrew Roth")) == "http://host/quotes?speaker=Andrew%20Roth"
    assert link("http://host/", View()) == "http://host/"


def test_short_forms_and_bad_values():
    assert from_params({"actor": "Russia, Ukraine,Russia"}).actors == ("Russia", "Ukraine")
    assert from_params({"actor": ["Russia", "Ukraine"]}).actors == ("Russia", "Ukraine")
    bad = from_params({"from": "yesterday", "grain": "hour", "page": "-2", "wire": "ALL", "kind": "direct,nonsense",
                       "present": "0", "unknown": "x"})
    assert bad == View(wire="all", kinds=("direct",))


def test_outlet_filters_round_trip_and_drop_what_is_not_a_code():
    view = View(country=("GB", "UA"), otype=("wire", "unlisted"), lang=("uk",), group="lang")
    params = view.to_params()
    assert params == {"country": ["GB", "UA"], "otype": ["wire", "unlisted"], "lang": ["uk"], "group": "lang"}
    assert from_params(params) == view
    assert link("http://host/", view) == "http://host/?country=GB&country=UA&otype=wire&otype=unlisted&lang=uk&group=lang"
    assert from_params({"country": "gb,Ukraine,ua", "otype": "Wire,state-run", "lang": ["EN", "english"],
                        "group": "planet"}) == View(country=("GB", "UA"), otype=("wire",), lang=("en",))


def test_period_end():
    assert period_end(date(2025, 3, 3), "day") == date(2025, 3, 4)
    assert period_end(date(2025, 3, 3), "week") == date(2025, 3, 10)
    assert period_end(date(2025, 12, 1), "month") == date(2026, 1, 1)


def test_marked_text_nests_brackets_and_keeps_markup_literal():
    text = "<b>Putin</b> said \"no\"."
    marks = [Mark("statement", 0, len(text)), Mark("mention", 3, 8), Mark("quote", text.index("no"), text.index("no") + 2)]
    assert marked_text(text, marks) == "⟨<b>⟦Putin⟧</b> said \"⟪no⟫\".⟩"
    assert marked_text("abc", [Mark("mention", 2, 9)]) == "abc"  # out-of-range spans are ignored


def test_sentence_around_keeps_initials_and_abbreviations():
    text = "Talks stalled. Mark N. Katz said Dr. Smith and U.S. envoys disagreed. Then silence."
    at = text.index("envoys")
    assert sentence_around(text, at, at + 6) == "Mark N. Katz said Dr. Smith and U.S. envoys disagreed."


def test_only_http_links_are_offered():
    assert safe_link(" https://example.org/a ") == "https://example.org/a"
    assert [safe_link(u) for u in ("javascript:alert(1)", "data:text/html,x", "", None, float("nan"))] == [None] * 5


def test_metric_dates_are_short_enough_to_fit():
    assert date_span(date(2025, 3, 3), date(2025, 4, 19)) == "3 Mar – 19 Apr 2025"
    assert date_span(date(2025, 3, 3), date(2025, 3, 19)) == "3–19 Mar 2025"
    assert date_span(date(2024, 12, 30), date(2025, 1, 2)) == "30 Dec 2024 – 2 Jan 2025"
    assert date_span(date(2025, 4, 19), date(2025, 4, 19)) == "19 Apr 2025"
    assert date_span(None, None) == "–"
    assert moment(datetime(2026, 11, 26, 5, 30, 12)) == "2026-11-26 05:30 UTC"
    assert moment(None) == "never"


def test_count_ticks_are_whole_numbers():
    assert [count_step(m) for m in (0, 2, 5, 6, 11, 26, 51, 240, 12345)] == [1, 1, 1, 2, 5, 10, 20, 50, 5000]


def test_missing_periods_are_zeros_per_grain():
    frame = pd.DataFrame({"period": [date(2024, 12, 1), date(2025, 2, 1)], "actor": ["Russia", "Russia"],
                          "articles": [3, 1], "total": [4, 2], "share": [0.75, 0.5]})
    months = fill_periods(frame, "month")
    assert months[["period", "articles"]].values.tolist() == [
        [date(2024, 12, 1), 3], [date(2025, 1, 1), 0], [date(2025, 2, 1), 1]]
    # January's share: unknown without its article count (a gap), 0 when it had articles.
    assert months["share"].isna().tolist() == [False, True, False]
    totals = pd.DataFrame({"period": [date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)], "total": [4, 5, 2]})
    assert fill_periods(frame, "month", totals=totals)["share"].tolist() == [0.75, 0.0, 0.5]
    days = fill_periods(frame.assign(period=[date(2025, 2, 27), date(2025, 3, 2)]), "day", last=date(2025, 3, 3))
    assert [d.isoformat() for d in days["period"]] == ["2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02",
                                                       "2025-03-03"]
    assert days["articles"].tolist() == [3, 0, 0, 1, 0]
    # A view from 1900 by day is not drawn as 45,000 zeros: the range stays the data's.
    assert len(fill_periods(frame.assign(period=[date(2025, 2, 27), date(2025, 3, 2)]), "day",
                            first=date(1900, 1, 1))) == 4


def test_actors_shown_together_never_share_a_colour():
    names = ["Marco Rubio", "Andrii Sybiha", "Dmitry Peskov", "United States", "Keith Kellogg", "Steve Witkoff",
             "Sergei Lavrov", "Emmanuel Macron", "Keir Starmer", "Russia", "Ukraine", "Donald Trump"]
    own = [actor_colour(n) for n in names]
    assert len(set(own)) < len(names)  # several of them hash to one colour
    colours = actor_colours(names)
    assert list(colours) == names and len(set(colours.values())) == len(names)
    # The first to claim a colour keeps it; the pinned keep theirs.
    assert colours["Marco Rubio"] == actor_colour("Marco Rubio") and colours["Russia"] == "#D55E00"
    # No second green beside the United States' pinned one among the first picks.
    assert not {"#117733", "#44AA99"} & set(colours.values())
    assert len(set(actor_colours([f"Actor {n}" for n in range(20)]).values())) == 20


def test_actor_colours_are_stable_and_colour_blind_safe():
    assert actor_colour("Russia") == "#D55E00" and actor_colour("Ukraine") == "#0072B2"
    assert actor_colour("Keir Starmer") == actor_colour("Keir Starmer")
    assert actor_colour("Keir Starmer") not in {"#F0E442", "#DDCC77"}


def test_exports_hold_the_filtered_quotes_exactly(store):
    engine = open_engine(str(store), readonly=True)
    rows = queries.quotes_export(engine, from_params({"speaker": "Andrew Roth"}), export.EXPORT_LIMIT)
    csv_bytes = export.table_csv(rows)
    assert csv_bytes.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark: Excel reads it as UTF-8
    records = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    assert [(r["quote"], r["published"], r["source"]) for r in records] == [
        ("This is a serious step,", "2025-04-10", "Guardian"),
        ("the mood in Kyiv was cautious", "2025-04-10", "Guardian"),
        ("We are listening to both sides,", "2025-03-03", "Guardian")]
    data = json.loads(export.quotes_json(rows))
    text = DOCS[0].text
    start = text.index("We are listening")
    assert data[2] == {"quote_id": 1, "article_id": 1, "url": "https://example.org/guardian/talks-begin",
                       "published": "2025-03-03", "source": "Guardian", "title": "Talks begin in Riyadh",
                       "speaker": "Andrew Roth", "speaker_description": None, "role": "other", "kind": "direct",
                       "quote": "We are listening to both sides,", "start": start, "end": start + 31,
                       "sentence": "\"We are listening to both sides,\" Andrew Roth said."}
    assert text[data[2]["start"]:data[2]["end"]] == data[2]["quote"]
    hostile = queries.quotes_export(engine, from_params({"speaker": "Olena Petrova"}), export.EXPORT_LIMIT)
    assert json.loads(export.quotes_json(hostile))[0]["quote"] == "<b>Hold</b> the line,"
    assert json.loads(export.quotes_json(hostile))[0]["url"] is None


def test_refresh_notice_says_when_and_how_many():
    from dashboard.chrome import refresh_notice

    at = datetime(2026, 12, 4, 14, 5, tzinfo=timezone.utc)
    assert refresh_notice(at, 3) == "Updated 14:05 UTC, 3 new articles"
    assert refresh_notice(at, 1) == "Updated 14:05 UTC, 1 new article"
    assert refresh_notice(at, 0) == "Updated 14:05 UTC"  # a correction or a delete: updated, nothing new


def test_export_file_names_carry_the_filters():
    view = from_params({"speaker": "Vladimir Putin", "from": "2025-03-01", "to": "2025-05-31"})
    assert export.file_name(view, "csv") == "quotes_speaker-Vladimir-Putin_2025-03-01_2025-05-31.csv"
    view = from_params({"role": "expert", "kind": "direct", "q": "cease-fire", "actor": "Russia,Ukraine",
                        "wire": "all", "from": "2025-03-01"})
    assert export.file_name(view, "json") == ("quotes_role-expert_kind-direct_words-cease-fire_actor-Russia+Ukraine_"
                                              "every-copy_2025-03-01_now.json")
    assert export.file_name(from_params({}), "csv") == "quotes.csv"
    assert export.file_name(from_params({"source": "Kyiv Post/../x"}), "csv") == "quotes_source-Kyiv-Post-x.csv"


def test_change_marker_moves_with_every_kind_of_change(store):
    engine = open_engine(str(store))
    before = queries.change_marker(engine)
    assert before == "6/6/6//1"
    with engine.begin() as conn:
        conn.execute(queries.META.update().where(queries.META.c.key == "data_version").values(value="2"))
    assert queries.change_marker(engine) == "6/6/6//2"


def statement_marks(dates: list[tuple[str, str]]) -> pd.DataFrame:
    """One mark per (date, precision), each its own statement in the lane 'Russia'."""
    return pd.DataFrame([{
        "id": i, "lane": "Russia", "kind": "proposal", "date": when, "date_precision": precision,
        "date_value": date.fromisoformat(when if precision == "day" else when + "-01"), "date_basis": "explicit",
        "text": f"statement {i}", "source": "wire", "title": "t", "article_id": 1,
    } for i, (when, precision) in enumerate(dates, start=1)])


def test_the_timeline_axis_spans_the_bulk_and_leaves_absurd_dates_to_a_list():
    spring = [((date(2025, 2, 10) + timedelta(days=i * 116 // 82)).isoformat(), "day") for i in range(83)]  # to June 6
    absurd = [("2022-02", "month"), ("2024-05-12", "day"), ("2024-05-15", "day"), ("2024-08", "month")]
    marks = timeline_marks(statement_marks(spring + absurd))
    assert sorted(marks.outside["date"]) == ["2022-02", "2024-05-12", "2024-05-15", "2024-08"]
    assert (len(marks.drawn), marks.first, marks.last) == (83, date(2025, 2, 10), date(2025, 6, 6))
    fig = timeline(marks)
    assert fig.layout.xaxis.range == ("2025-02-07", "2025-06-10")
    assert sum(len(t.x) for t in fig.data if t.mode == "markers") == 83
    assert timeline_caption(marks, 87, 120).startswith(
        "83 statements drawn as 83 marks (one per actor lane; lanes run A to Z from the top). 4 marks are dated far "
        "from the rest and listed below the chart, not drawn. Only the newest 87 of 120 statements were loaded;")


def test_a_timeline_without_outliers_draws_every_mark():
    spring = [("2025-03-01", "day"), ("2025-03", "month"), ("2025-05-30", "day")]
    marks = timeline_marks(statement_marks(spring))
    assert (len(marks.drawn), len(marks.outside)) == (3, 0)
    assert "listed below" not in timeline_caption(marks, 3, 3)
