"""Outlets compared: two to four groups of articles (an outlet country, type, language or outlet each) side by
side in shares with their 95% intervals, a framing table of which group foregrounds each actor, and the sentences
behind any bar or cell (click it, or pick it below)."""
import streamlit as st

from dashboard import chrome, data, share_charts, state, stats
from dashboard.filters import GRAINS, MAX_GROUPS, groups, parse_group
from dashboard.share_charts import group_label

TOP_ITEMS = 12  # actors in the shares chart and the framing table

chrome.header("Outlets compared")
large = chrome.presenting()
if not large:
    left, right = st.columns([3, 1])
    with left:
        state.multiselect(f"Groups to compare (two to {MAX_GROUPS})", "compare", data.load("group_options"),
                          max_selections=MAX_GROUPS, format_func=group_label, placeholder="Choose groups",
                          help="A group is every article of one outlet country, outlet type, language or outlet "
                               "(in the link: compare=country:RU,country:UA,otype:wire). The sidebar's filters "
                               "apply to every group; groups may overlap (a wire outlet is in its country too).")
    with right:
        state.segmented("Time step", "grain", GRAINS, format_func=str.capitalize)
view = state.view()
compared = groups(view)

if len(compared) < 2:
    st.info("Choose two to four groups above to compare them, e.g. outlets in Russia against outlets in Ukraine.")
else:
    sizes = data.load("group_sizes", view)
    sizes.insert(0, "label", sizes["group"].map(group_label))
    chrome.table(sizes, "group_sizes", hide_index=True, column_order=["label", "articles", "stories"],
                 column_config=chrome.columns(label="Group", articles="Articles (every copy)",
                                              stories="Stories (wire copies once)"))
    st.caption("Shares count each group's articles with wire copies "
               + ("once" if view.wire_once else "every time") + "; each bar's whisker is its 95% interval (Wilson). "
               "A share drawn pale has an interval overlapping every other group's: that difference is not shown "
               "as one.")

    lines = share_charts.group_lines(data.load("group_articles_over_time", view), view.grain, large)
    chrome.chart(chrome.with_events(lines), "outlets_lines", main=True)

    actor_rows = data.load("group_actor_shares", view)
    busiest = actor_rows.groupby("item")["k"].sum().sort_values(ascending=False, kind="stable").head(TOP_ITEMS).index
    actor_shares = stats.with_intervals(actor_rows[actor_rows["item"].isin(busiest)])
    panels = [
        ("actors", actor_shares, "Share of each group's articles mentioning each actor", "Actor"),
        ("kinds", stats.with_intervals(data.load("group_statement_kinds", view)),
         "Each group's dated statements by kind", "Kind"),
        ("stances", stats.with_intervals(data.load("group_stances", view)),
         "Stances of the experts each group quotes (share of their stances toward each side)", "Side: stance"),
        ("speakers", stats.with_intervals(data.load("group_speakers", view)),
         "Each group's most quoted speakers (share of its quotes)", "Speaker"),
    ]
    clicks = {}
    for key, shares, title, noun in panels:
        clicks[key] = chrome.chart(share_charts.group_shares(shares, title, large, noun), f"outlets_{key}",
                                   selectable=key == "actors")
        if not large:
            with st.expander(f"The numbers: {title.lower()}"):
                chrome.table(shares.assign(group=shares["group"].map(group_label)), f"outlets_{key}_numbers",
                             hide_index=True,
                             column_order=["group", "item", "k", "n", "share", "low", "high", "apart"],
                             column_config=chrome.columns(
                                 group="Group", item=noun, k="Counted (k)", n="Of (n)",
                                 share=st.column_config.NumberColumn("Share", format="percent"),
                                 low=st.column_config.NumberColumn("95% from", format="percent"),
                                 high=st.column_config.NumberColumn("95% to", format="percent"),
                                 apart=st.column_config.CheckboxColumn("Interval apart from another group's")))

    st.header("Framing: who foregrounds whom")
    shown = share_charts.framing_rows(stats.framing(actor_rows[actor_rows["item"].isin(busiest)]))
    table = chrome.table(
        shown, "framing", hide_index=True, key="framing_table", on_select="ignore" if large else "rerun",
        selection_mode="single-cell",
        column_order=["item", "group_label", "its", "theirs", "times", "apart_text"],
        column_config=chrome.columns(item="Actor", group_label="Foregrounded most by", its="Its share",
                                     theirs="The other groups' share", times="Ratio",
                                     apart_text="Intervals apart"),
    )
    st.caption("Ratio: the group's share over the share of the other groups' articles taken together. Click a "
               "row's cell to read the sentences behind it.")

    if not large:
        for point in chrome.fresh_click("outlets_actors", chrome.selected_points(clicks["actors"]))[:1]:
            custom = point.get("customdata") or []
            if len(custom) > 1:
                state.jump(within=custom[0], pick=custom[1])
        cells = table.selection.cells if table is not None and hasattr(table, "selection") else []
        picked = [{"customdata": [shown.iloc[row]["group"], shown.iloc[row]["item"]]} for row, _ in cells]
        for point in chrome.fresh_click("framing", picked)[:1]:
            state.jump(within=point["customdata"][0], pick=point["customdata"][1])

    st.header("Sentences behind the numbers")
    if not large:
        left, right = st.columns(2)
        with left:
            state.selectbox("Actor", "pick", sorted(actor_rows["item"].unique()), none_label="Choose an actor")
        with right:
            state.selectbox("In group", "within", [g.spec for g in compared], none_label="Choose a group",
                            format_func=group_label)
    view = state.view()
    within = parse_group(view.within) if view.within else None
    if view.pick and within:
        rows = data.load("group_sentences", view, within, view.pick)
        st.metric(f"Mentions of {view.pick} in {within.label} (newest 50 at most)", len(rows))
        chrome.table(rows, "group_sentences", drill_down=True,
                     hide_index=True, row_height=chrome.WRAPPED_ROW_PX, placeholder="—",
                     column_config=chrome.columns(),
                     column_order=["sentence", "surface", "published", "source", "title", "url", "article_id"])
    elif not large:
        st.info("Click a bar of the actors chart or a cell of the framing table, or choose an actor and a group, "
                "to see the sentences behind it.")
