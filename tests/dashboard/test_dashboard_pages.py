"""Every page through Streamlit's AppTest on the fixture store: the link restores the widgets, and the
numbers in metrics, tables and plotly figures are the fixture's known counts."""
from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select

from page_helpers import figure, figures, headers, metrics
from dashboard_fixture import HOSTILE_IMG, HOSTILE_TITLE
from storage import schema
from storage.engine import open_engine


def traces_by_name(fig: dict) -> dict[str, dict]:
    return {t["name"]: t for t in fig["data"] if t.get("name")}


# --- overview ---------------------------------------------------------------------------------------------

def test_overview_counts_each_wire_story_once(store, open_page):
    at = open_page("overview")
    assert [t.value for t in at.title] == ["Overview"]
    assert metrics(at) == {
        "Articles (all copies)": "6", "Stories": "5", "Outlets": "3", "Date span": "3 Mar – 21 Apr 2025",
        "Quotes": "10", "Experts": "2", "Dated statements": "5", "Last ingest": "2025-04-22 08:00 UTC",
    }
    bars = figure(at, "Most covered actors")["data"][0]
    assert bars["y"] == ["Vladimir Putin", "United States", "Donald Trump", "Ukraine", "Russia"]
    assert bars["x"] == [2, 2, 3, 4, 4]
    kinds = figure(at, "Ceasefire and peace statements by kind")["data"][0]
    assert dict(zip(kinds["x"], kinds["y"])) == {"acceptance": 1, "proposal": 1, "rejection": 1, "threat": 1,
                                                 "violation": 1}


def test_overview_with_every_copy_and_a_date_range(store, open_page):
    at = open_page("overview", wire="all", **{"from": "2025-03-04", "to": "2025-04-10"})
    assert at.sidebar.date_input[0].value.isoformat() == "2025-03-04"
    assert at.sidebar.date_input[1].value.isoformat() == "2025-04-10"
    assert at.sidebar.get("segmented_control")[0].value == "all"
    shown = metrics(at)
    assert (shown["Articles (all copies)"], shown["Stories"], shown["Outlets"]) == ("3", "2", "3")
    assert shown["Date span"] == "5 Mar – 10 Apr 2025"
    # Statements count by their own date, as on the Timeline: of the three in these articles only one is
    # dated between 4 March and 10 April (the others: 2 March and March as a whole).
    assert (shown["Quotes"], shown["Dated statements"]) == ("7", "1")


def test_overview_counts_what_its_links_open(store, open_page):
    filters = {"actor": "Russia", "from": "2025-03-04"}
    overview = metrics(open_page("overview", **filters))
    assert overview["Quotes"] == metrics(open_page("quotes", **filters))["Quotes matching"] == "2"
    timeline = [c.value for c in open_page("timeline", **filters).caption if " drawn as " in c.value]
    statements = int(overview["Dated statements"])
    assert timeline[0].startswith(f"{statements} statement{'' if statements == 1 else 's'} drawn as ")


def test_overview_small_multiples_have_one_panel_per_top_actor(store, open_page):
    at = open_page("overview", grain="month")
    panels = figure(at, "Coverage over time")
    assert [a["text"] for a in panels["layout"]["annotations"]] == ["Donald Trump", "Russia", "Ukraine",
                                                                   "United States"]
    russia = next(t for t in panels["data"] if t["name"] == "Russia")
    assert (russia["x"], russia["y"]) == (["2025-03-01", "2025-04-01"], [2, 2])
    # One count scale for every panel, from zero, in whole articles; a title's worth of room between panels.
    axes = [panels["layout"]["yaxis" + (str(i) if i > 1 else "")] for i in range(1, 5)]
    assert {(a["range"][0], a["dtick"], a["tick0"], a["rangemode"]) for a in axes} == {(0, 1, 0, "tozero")}
    assert len({tuple(a["range"]) for a in axes}) == 1
    layout = panels["layout"]
    plot_px = layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]
    gaps = [(upper["domain"][0] - lower["domain"][1]) * plot_px for upper, lower in zip(axes, axes[1:])]
    assert min(gaps) >= 40


def test_overview_counts_have_whole_number_ticks(store, open_page):
    at = open_page("overview")
    kinds = figure(at, "Ceasefire and peace statements by kind")["layout"]["yaxis"]
    assert (kinds["dtick"], kinds["tickformat"], kinds["rangemode"]) == (1, ",d", "tozero")
    assert figure(at, "Most covered actors")["layout"]["xaxis"]["dtick"] == 1
    matrix = figure(open_page("actors"), "Actors appearing together")["data"][0]["colorbar"]
    assert (matrix["dtick"], matrix["tickformat"]) == (1, ",d")


def test_overview_shows_data_freshness_and_a_copy_link(store, open_page):
    at = open_page("overview", actor="Russia")
    assert [c.value for c in at.code] == ["http://127.0.0.1:8501/?actor=Russia"]
    assert [w.label for w in at.sidebar.multiselect] == ["Actors", "Outlets", "Outlet countries", "Outlet types",
                                                         "Languages"]
    assert any(c.value.startswith("Data last updated at 2025-04-22 08:00 UTC") for c in at.caption)
    assert (metrics(at)["Articles (all copies)"], metrics(at)["Stories"]) == ("5", "4")


# --- actors -----------------------------------------------------------------------------------------------

def test_actors_link_restores_widgets_and_lines(store, open_page):
    at = open_page("actors", grain="month", actor="Russia,Ukraine")
    assert [w.value for w in at.main.get("segmented_control")] == ["month", "count"]
    assert at.sidebar.multiselect[0].value == ["Russia", "Ukraine"]
    assert at.query_params["actor"] == ["Russia", "Ukraine"]
    lines = traces_by_name(figure(at, "Articles mentioning each actor, per month"))
    assert set(lines) == {"Russia", "Ukraine"}
    assert (lines["Russia"]["x"], lines["Russia"]["y"]) == (["2025-03-01", "2025-04-01"], [2, 2])
    assert (lines["Ukraine"]["x"], lines["Ukraine"]["y"]) == (["2025-03-01", "2025-04-01"], [1, 3])
    # One colour per actor, the same on every chart: Russia's pinned vermillion.
    assert lines["Russia"]["line"]["color"] == "#D55E00"
    assert lines["Ukraine"]["line"]["color"] == "#0072B2"


def test_actors_share_and_every_wire_copy(store, open_page):
    at = open_page("actors", grain="month", measure="share", actor="Russia", wire="all")
    russia = traces_by_name(figure(at, "Share of articles each actor, per month"))["Russia"]
    # March: 3 of 3 articles (the AP copy counts now); April: 2 of 3.
    assert russia["x"] == ["2025-03-01", "2025-04-01"]
    assert [round(v, 4) for v in russia["y"]] == [1.0, 0.6667]


def test_actors_mentions_measure_counts_every_mention(store, open_page):
    # March: the Guardian names Russia once, Reuters twice (its AP copy counts once); April: once each in two.
    at = open_page("actors", grain="month", measure="mentions", actor="Russia")
    assert [w.value for w in at.main.get("segmented_control")] == ["month", "mentions"]
    russia = traces_by_name(figure(at, "Mentions of each actor, per month"))["Russia"]
    assert (russia["x"], russia["y"]) == (["2025-03-01", "2025-04-01"], [3, 2])
    assert russia["hovertext"][0] == "<b>Russia</b><br>01 Mar 2025: 3 mentions"
    assert figure(at, "Mentions of each actor")["layout"]["yaxis"]["title"]["text"] == "Mentions"


def test_actors_weekly_buckets_start_on_monday(store, open_page):
    at = open_page("actors", grain="week", actor="Ukraine")
    ukraine = traces_by_name(figure(at, "Articles mentioning each actor, per week"))["Ukraine"]
    # Weeks without coverage are zeros, so the line drops instead of bridging March to April.
    assert ukraine["x"] == ["2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24", "2025-03-31", "2025-04-07",
                            "2025-04-14", "2025-04-21"]
    assert ukraine["y"] == [1, 0, 0, 0, 0, 1, 1, 1]


def test_actors_lines_fill_the_chosen_dates_with_zeros(store, open_page):
    at = open_page("actors", grain="month", actor="Russia", **{"from": "2025-02-10", "to": "2025-05-20"})
    russia = traces_by_name(figure(at, "Articles mentioning each actor, per month"))["Russia"]
    assert russia["x"] == ["2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01"]
    assert russia["y"] == [0, 2, 2, 0]


def test_actors_share_has_gaps_where_there_were_no_articles(store, open_page):
    # February and May have no articles at all: no share (a gap), not 0%.
    at = open_page("actors", grain="month", measure="share", actor="Russia",
                   **{"from": "2025-02-10", "to": "2025-05-20"})
    russia = traces_by_name(figure(at, "Share of articles each actor, per month"))["Russia"]
    assert russia["x"] == ["2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01"]
    assert [v if v is None else round(v, 4) for v in russia["y"]] == [None, 1.0, 0.6667, None]
    assert russia["hovertext"][0] == "<b>Russia</b><br>01 Feb 2025: no articles at all"
    # Weekly: weeks with articles that do not mention Ukraine are 0%; weeks with no article at all are gaps.
    at = open_page("actors", grain="week", measure="share", actor="Ukraine")
    ukraine = traces_by_name(figure(at, "Share of articles each actor, per week"))["Ukraine"]
    assert [v if v is None else round(v, 2) for v in ukraine["y"]] == [0.5, None, None, None, None, 1.0, 1.0,
                                                                       1.0]


def test_actors_lines_that_overlap_stay_distinguishable(store, open_page):
    at = open_page("actors", grain="month")
    lines = traces_by_name(figure(at, "Articles mentioning each actor, per month"))
    assert len({(t["line"]["dash"], t["marker"]["symbol"]) for t in lines.values()}) == len(lines) == 5
    # March: Donald Trump, Ukraine and Vladimir Putin all at 1 article; the hover names the others.
    putin = lines["Vladimir Putin"]
    assert (putin["x"], putin["y"]) == (["2025-03-01", "2025-04-01"], [1, 1])
    assert putin["hovertext"] == ["<b>Vladimir Putin</b><br>01 Mar 2025: 1 article<br>Same for Donald Trump, Ukraine",
                                  "<b>Vladimir Putin</b><br>01 Apr 2025: 1 article"]
    assert lines["United States"]["hovertext"] == ["<b>United States</b><br>01 Mar 2025: 0 articles",
                                                   "<b>United States</b><br>01 Apr 2025: 2 articles<br>Same for "
                                                   "Donald Trump, Russia"]


def test_actors_cooccurrence_matrix(store, open_page):
    at = open_page("actors", actor="Russia,Ukraine")
    matrix = figure(at, "Actors appearing together")["data"][0]
    assert matrix["x"] == ["Russia", "Ukraine"]
    assert matrix["z"] == [[4, 3], [3, 4]]
    # Clickable: a square scatter point over every cell carries the pair a click opens.
    cells = figure(at, "Actors appearing together")["data"][1]
    assert (cells["type"], cells["marker"]["symbol"]) == ("scatter", "square")
    assert cells["customdata"] == [["Russia", "Russia"], ["Russia", "Ukraine"], ["Ukraine", "Russia"],
                                   ["Ukraine", "Ukraine"]]
    assert cells["hovertext"][1] == "Russia and Ukraine: 3 articles"


def test_actors_sentences_behind_a_point(store, open_page):
    at = open_page("actors", grain="month", pick="Russia", at="2025-03-01")
    assert [s.value for s in at.main.selectbox][:2] == ["Russia", date(2025, 3, 1)]
    rows = at.dataframe[0].value
    assert rows["sentence"].tolist() == [
        "Russia said it needs guarantees.",
        "Mark N. Katz, a professor, said Russia is stalling the talks.",
        "Russia and Ukraine sent delegations to Riyadh on Monday.",
    ]
    assert rows["source"].tolist() == ["Reuters", "Reuters", "Guardian"]
    # Human headers, the sentence first and wrapped.
    assert headers(at.dataframe[0]) == ["Sentence", "As written", "Published", "Outlet", "Article", "Link",
                                        "Article id"]
    assert at.dataframe[0].proto.row_height > 64


def test_actors_sentences_behind_a_matrix_cell(store, open_page):
    at = open_page("actors", pick="Russia", also="Ukraine")
    rows = at.dataframe[0].value
    assert rows["article_id"].tolist() == [6, 4, 1]


def test_actors_choosing_an_actor_below_updates_the_link(store, open_page):
    at = open_page("actors")
    at.main.selectbox[0].set_value("Vladimir Putin").run()
    assert at.query_params["pick"] == "Vladimir Putin"
    assert at.dataframe[0].value["sentence"].tolist() == [
        "\"Putin must decide soon,\" Donald Trump said.", "Vladimir Putin rejected the truce in March."]


# --- experts ----------------------------------------------------------------------------------------------

def test_experts_matrix_and_evidence(store, open_page):
    at = open_page("experts", expert="Mark N. Katz", minconf="0")
    matrix = figure(at, "Expert stances")["data"][0]
    assert matrix["y"] == ["Mark N. Katz", "Jane Doe"]
    assert matrix["x"] == ["Russia", "Ukraine", "Outlook (deal)"]
    assert matrix["text"] == [["critical", "supportive", "pessimistic"], ["neutral", "", ""]]
    assert matrix["z"] == [[-1, 1, -1], [0, None, None]]
    assert at.main.selectbox[0].value == "Mark N. Katz"
    people = at.dataframe[0].value
    assert people.to_dict("records") == [
        {"Expert": "Mark N. Katz", "Described as": "a professor", "Articles": 2},
        {"Expert": "Jane Doe", "Described as": "an analyst", "Articles": 1}]
    evidence = at.dataframe[1].value
    assert evidence[["target", "stance"]].values.tolist() == [
        ["Ukraine", "supportive"], ["deal", "pessimistic"], ["Russia", "critical"]]
    assert evidence["evidence"].iloc[2] == "Mark N. Katz, a professor, said Russia is stalling the talks."
    # The sentence comes first and wraps (rows taller than 4rem wrap); a stance nobody corrected shows "—".
    assert headers(at.dataframe[1]) == ["Evidence sentence", "Side", "Stance now", "As extracted", "Corrected by",
                                        "Published", "Outlet", "Article", "Confidence"]
    assert at.dataframe[1].proto.row_height > 64
    assert evidence["corrected_by"].isna().all() and at.dataframe[1].proto.placeholder == "—"
    # The side labels sit on top, below the title: the top margin holds both.
    assert figure(at, "Expert stances")["layout"]["margin"]["t"] >= 100


def test_low_confidence_stances_are_hidden_by_default_and_counted(store, open_page):
    at = open_page("experts")
    matrix = figure(at, "Expert stances")["data"][0]
    assert matrix["text"] == [["critical", "supportive", "pessimistic"], ["no stance found"] * 3]
    assert at.main.slider[0].value == 0.5
    assert any("1 stance cell below confidence 0.50 hidden" in c.value for c in at.caption)
    hover = figure(at, "Expert stances")["data"][1]["hovertext"]
    assert "Mark N. Katz on Russia: critical (1 article, confidence 0.80)" in hover
    shown = open_page("experts", minconf="0.3")
    assert figure(shown, "Expert stances")["data"][0]["text"][1][0] == "neutral"
    assert shown.main.slider[0].value == 0.3


def test_experts_name_search(store, open_page):
    at = open_page("experts", q="doe")
    assert at.main.text_input[0].value == "doe"
    assert figure(at, "Expert stances")["data"][0]["y"] == ["Jane Doe"]


# --- timeline ---------------------------------------------------------------------------------------------

def test_timeline_lanes_kinds_and_month_spans(store, open_page):
    at = open_page("timeline")
    fig = figure(at, "Ceasefire and peace statements over time")
    points = {t["name"]: t for t in fig["data"] if t.get("mode") == "markers"}
    assert set(points) == {"acceptance", "proposal", "rejection (month only)", "threat", "violation"}
    assert (points["proposal"]["x"], points["proposal"]["y"]) == (["2025-03-02"], ["Donald Trump"])
    month = points["rejection (month only)"]
    assert (month["x"], month["y"], month["marker"]["symbol"]) == (["2025-03-15"], ["Vladimir Putin"], "square-open")
    band = next(t for t in fig["data"] if t.get("mode") == "lines")
    assert band["x"][:2] == ["2025-03-01", "2025-04-01"]
    assert "Vladimir Putin rejected the truce in March." in month["hovertext"][0]
    assert "explicit date" in month["hovertext"][0] and "Reuters" in month["hovertext"][0]
    # Plotly lists categories from the bottom up: the lanes read A to Z from the top.
    assert fig["layout"]["yaxis"]["categoryarray"] == ["Vladimir Putin", "Ukraine", "Donald Trump"]
    assert fig["layout"]["xaxis"]["range"] == ["2025-02-26", "2025-04-23"]  # 3 days either side of the marks
    assert timeline_caption(at).startswith("5 statements drawn as 5 marks (one per actor lane; lanes run A to Z from")


def timeline_caption(at) -> str:
    return next(c.value for c in at.caption if " drawn as " in c.value)


def add_statement(store, actors: list[str], when: str, precision: str, sentence: str) -> None:
    """One more statement in the fixture's first article, with a mark in each actor's lane."""
    engine = open_engine(str(store))
    with engine.begin() as conn:
        ids = dict(conn.execute(select(schema.actors.c.name, schema.actors.c.id)).all())
        statement_id = conn.execute(insert(schema.statements).values(
            article_id=1, actor="; ".join(actors), kind="proposal", date=when, date_precision=precision,
            date_value=date.fromisoformat(when if precision == "day" else when + "-01"), date_basis="explicit",
            text=sentence, start=0, end=len(sentence))).inserted_primary_key[0]
        for actor in actors:
            conn.execute(insert(schema.statement_actors).values(statement_id=statement_id, actor_id=ids[actor],
                                                                article_id=1))
    engine.dispose()


def test_timeline_axis_spans_the_bulk_and_lists_an_absurd_date(store, open_page):
    add_statement(store, ["Russia", "Ukraine"], "2025-04-10", "day", "Russia and Ukraine proposed a truce.")
    add_statement(store, ["Russia"], "2022-02", "month", "Russia proposed talks.")  # the absurd date
    at = open_page("timeline")
    fig = figure(at, "Ceasefire and peace statements over time")
    drawn = [x for t in fig["data"] if t.get("mode") == "markers" for x in t["x"]]
    assert len(drawn) == 7 and all(x.startswith("2025-") for x in drawn)
    assert fig["layout"]["xaxis"]["range"] == ["2025-02-26", "2025-04-23"]
    assert fig["layout"]["yaxis"]["categoryarray"] == ["Vladimir Putin", "Ukraine", "Russia", "Donald Trump"]
    listed = at.dataframe[0].value
    assert listed[["date", "lane", "text"]].values.tolist() == [["2022-02", "Russia", "Russia proposed talks."]]
    # 6 statements drawn: the fixture's 5 and the one by two actors, which has a mark in each lane.
    assert timeline_caption(at) == (
        "6 statements drawn as 7 marks (one per actor lane; lanes run A to Z from the top). 1 mark is dated far from "
        "the rest and listed below the chart, not drawn. Month-only dates are drawn as a band across the month with "
        "an open square.")


def test_timeline_filters_by_kind_and_opens_a_statement(store, open_page):
    at = open_page("timeline", kind="rejection,threat", statement="2")
    assert at.main.multiselect[0].value == ["rejection", "threat"]
    points = [t for t in figure(at, "Ceasefire and peace statements")["data"] if t.get("mode") == "markers"]
    assert sorted(t["name"] for t in points) == ["rejection (month only)", "threat"]
    assert at.main.selectbox[0].value == 2
    detail = at.dataframe[0].value.iloc[0]
    assert (detail["date"], detail["date_precision"], detail["date_basis"]) == ("2025-03", "month", "explicit")
    assert headers(at.dataframe[0]) == ["Kind", "Date", "Precision", "How it was dated", "Actor", "Outlet",
                                        "Published", "Article", "Link"]
    assert at.text[0].value == "…⟪Vladimir Putin rejected the truce in March.⟫ Russia said it needs guarantees. " \
                               "Mark N. Katz, a professor, said Russia is stalling the talks.…"


# --- quotes -----------------------------------------------------------------------------------------------

def test_quotes_for_one_speaker_from_the_link(store, open_page):
    at = open_page("quotes", speaker="Andrew Roth")
    assert at.main.selectbox[0].value == "Andrew Roth"
    assert metrics(at) == {"Quotes matching": "3"}
    table = at.dataframe[0].value
    assert table["quote"].tolist() == ["This is a serious step,", "the mood in Kyiv was cautious",
                                       "We are listening to both sides,"]
    assert set(table["speaker"]) == {"Andrew Roth"}
    assert table["published"].astype(str).tolist() == ["2025-04-10", "2025-04-10", "2025-03-03"]
    assert table["source"].tolist() == ["Guardian"] * 3
    assert headers(at.dataframe[0]) == ["Quote", "Speaker", "Role", "Kind", "Published", "Outlet", "Article", "Link"]
    assert at.dataframe[0].proto.row_height > 64  # rows over 4rem wrap their text: a quote is not cut to one line
    assert [c.value for c in at.code] == ["http://127.0.0.1:8501/quotes?speaker=Andrew%20Roth"]


def test_quotes_filters_combine(store, open_page):
    at = open_page("quotes", role="expert", kind="indirect", q="RUSSIA")
    assert (at.main.selectbox[1].value, at.main.multiselect[0].value, at.main.text_input[0].value) == (
        "expert", ["indirect"], "RUSSIA")
    assert at.dataframe[0].value["quote"].tolist() == ["Russia was acting predictably", "Russia is stalling the talks"]


def test_quotes_actor_mentioned_inside_the_quote(store, open_page):
    at = open_page("quotes", actor="Vladimir Putin")
    assert at.dataframe[0].value["quote"].tolist() == ["Putin must decide soon,"]


def test_quotes_widget_change_updates_the_link(store, open_page):
    at = open_page("quotes")
    assert metrics(at) == {"Quotes matching": "10"}
    at.main.selectbox[0].set_value("Donald Trump").run()
    assert at.query_params["speaker"] == "Donald Trump"
    assert metrics(at) == {"Quotes matching": "2"}
    at.main.text_input[0].input("decide").run()
    assert at.query_params["q"] == "decide"
    assert at.dataframe[0].value["quote"].tolist() == ["Putin must decide soon,"]


def test_quote_in_its_article_context(store, open_page):
    at = open_page("quotes", speaker="Andrew Roth", quote="1")
    assert at.main.selectbox[-1].value == 1
    assert at.text[0].value == ("…Russia and Ukraine sent delegations to Riyadh on Monday. Donald Trump proposed a "
                                "30-day ceasefire on Sunday. \"⟪We are listening to both sides,⟫\" Andrew Roth said.…")
    assert [b.label for b in at.get("download_button")] == ["Download CSV", "Download JSON"]


# --- articles ---------------------------------------------------------------------------------------------

def test_articles_list_and_title_search(store, open_page):
    at = open_page("articles")
    assert metrics(at) == {"Articles matching": "5"}
    assert headers(at.dataframe[0])[:5] == ["Id", "Published", "Outlet", "Title", "Link"]
    table = at.dataframe[0].value
    assert table["id"].tolist() == [6, 5, 4, 2, 1]
    assert table[["mentions", "quotes", "statements"]].values.tolist() == [[6, 2, 1], [1, 1, 1], [5, 4, 1],
                                                                           [3, 2, 1], [3, 1, 1]]
    at = open_page("articles", q="kyiv", wire="all")
    assert at.dataframe[0].value["title"].tolist() == ["Kyiv accepts US plan"]


def test_outlet_filters_from_the_link_narrow_the_articles_and_count_them_by_group(store, open_page):
    at = open_page("articles", country="GB", otype="wire", wire="all", group="otype")
    assert [(w.label, w.value) for w in at.sidebar.multiselect][2:] == [
        ("Outlet countries", ["GB"]), ("Outlet types", ["wire"]), ("Languages", [])]
    assert metrics(at) == {"Articles matching": "2"}
    table = at.dataframe[0].value
    assert table[["id", "outlet"]].values.tolist() == [[6, "Reuters (GB, wire)"], [2, "Reuters (GB, wire)"]]
    assert at.dataframe[-1].value.values.tolist() == [["wire", 2]]
    at.sidebar.multiselect[2].set_value([]).run()  # no country: the AP copy (US) is a wire too
    assert metrics(at) == {"Articles matching": "3"}
    assert "country" not in at.query_params and at.query_params["otype"] == "wire"
    at = open_page("articles", lang="uk", group="lang")
    assert at.dataframe[0].value["outlet"].tolist() == ["Kyiv Post (UA, private)"]
    assert at.dataframe[-1].value.values.tolist() == [["uk", 1]]


def test_article_reader_marks_spans_in_plain_text(store, open_page):
    at = open_page("articles", article="1", mark="quotes")
    assert at.main.selectbox[-1].value == "quotes"
    assert at.text[0].value == "Talks begin in Riyadh"
    # Each quote mark names its speaker.
    assert at.text[1].value == ("Russia and Ukraine sent delegations to Riyadh on Monday. Donald Trump proposed a "
                                "30-day ceasefire on Sunday. \"⟪We are listening to both sides,⟫[Andrew Roth]\" "
                                "Andrew Roth said.")
    assert headers(at.dataframe[1]) == ["Id", "Outlet", "Published", "Language", "Words", "Link", "Added from"]
    assert headers(at.dataframe[2]) == ["Mark", "Text", "Who or what", "Starts at character", "Ends at character"]
    assert at.dataframe[2].value[["mark", "words", "label"]].values.tolist() == [
        ["quote", "We are listening to both sides,", "Andrew Roth"]]
    at = open_page("articles", article="1")
    # Nested marks that meet are set apart by a thin space; a statement mark says its kind and date.
    assert at.text[1].value.startswith("⟦Russia⟧ and ⟦Ukraine⟧ sent delegations to Riyadh on Monday. "
                                       "⟨\u2009⟦Donald Trump⟧ proposed a 30-day ceasefire on Sunday.⟩"
                                       "[proposal · 2025-03-02]")


def test_hostile_markup_shows_as_literal_text_everywhere(store, open_page):
    at = open_page("articles", article="5")
    assert at.text[0].value == HOSTILE_TITLE
    assert HOSTILE_IMG in at.text[1].value
    assert "⟪<b>Hold</b> the line,⟫" in at.text[1].value
    meta = at.dataframe[1].value.iloc[0]
    assert meta["url"] is None  # a javascript: URL is never offered as a link
    assert at.dataframe[0].value["title"].tolist()[1] == HOSTILE_TITLE
    markdown = " ".join(str(m.value) for m in at.markdown) + " ".join(str(c.value) for c in at.caption)
    assert "<img" not in markdown and "<script" not in markdown
    # Plotly reads some tags in text, so charts get escaped labels: the characters show, nothing runs.
    at = open_page("timeline", statement="5")
    hover = next(t for t in figure(at, "Ceasefire and peace statements")["data"] if t.get("name") == "violation")
    assert "Kyiv Post" in hover["hovertext"][0]
    quotes = open_page("quotes", speaker="Olena Petrova")
    assert quotes.dataframe[0].value["quote"].tolist() == ["<b>Hold</b> the line,"]


def test_every_page_has_its_stable_title(store, open_page):
    for page, title in [("overview", "Overview"), ("actors", "Actors"), ("experts", "Experts"),
                        ("timeline", "Timeline"), ("quotes", "Quotes"), ("articles", "Articles")]:
        at = open_page(page)
        assert [t.value for t in at.title] == [title]
        assert figures(at) or page in {"quotes", "articles"}
