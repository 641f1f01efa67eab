"""Whose voices: the share of quotes (or of quoted words) by the speaker's side or role, over time and per outlet
or compared group, unattributed quotes as their own band; click a band (or pick it below) for its quotes."""
from datetime import date

import streamlit as st

from dashboard import chrome, data, share_charts, state
from dashboard.filters import GRAINS, VOICE_BAND_NAMES, VOICE_BANDS, VOICE_UNITS, groups, parse_group, period_end
from dashboard.share_charts import group_label

chrome.header("Whose voices")
large = chrome.presenting()
if not large:
    columns = st.columns(3)
    with columns[0]:
        state.segmented("Bands", "by", VOICE_BANDS, format_func=lambda v: f"Speaker's {v}")
    with columns[1]:
        state.segmented("Count", "unit", VOICE_UNITS, format_func=lambda v: f"Share of {v}")
    with columns[2]:
        state.segmented("Time step", "grain", GRAINS, format_func=str.capitalize)
    st.caption("Sides come from the actor registry (Russia, Ukraine, United States, Europe; any other side or none "
               "is 'other'); a quote without a named speaker is 'unattributed'. Words are counted by spaces. "
               "The groups compared on the Outlets page give the bars below; without groups, the most quoting outlets.")
view = state.view()
compared = groups(view)

over_time = share_charts.voice_shares_over_time(data.load("voices_over_time", view), view.unit, view.grain,
                                                view.by, large)
per_group = share_charts.voice_shares_by_group(data.load("voices_by_group", view), view.unit, view.by,
                                               bool(compared), large)
clicks = [chrome.chart(chrome.with_events(over_time), "voices_time", selectable=True, main=True),
          chrome.chart(per_group, "voices_groups", selectable=True)]

if not large:
    for key, event in zip(("time", "groups"), clicks):
        for point in chrome.fresh_click(f"voices_{key}", chrome.selected_points(event))[:1]:
            custom = point.get("customdata") or []
            if len(custom) > 1 and key == "time":
                state.jump(band=custom[0], at=date.fromisoformat(str(custom[1])[:10]), within=None)
            elif len(custom) > 1:
                spec = custom[1] if ":" in str(custom[1]) else f"outlet:{custom[1]}"
                state.jump(band=custom[0], within=spec, at=None)

if not large or view.band:
    st.header("Quotes behind a band")
if not large:
    columns = st.columns(3)
    with columns[0]:
        state.selectbox("Band", "band", list(VOICE_BAND_NAMES[view.by]), none_label="Choose a band")
    with columns[1]:
        periods = sorted(data.load("voices_over_time", view)["period"].unique())
        state.selectbox(f"{view.grain.capitalize()} starting", "at", periods, none_label="Any date",
                        format_func=lambda d: d.isoformat())
    with columns[2]:
        choices = [g.spec for g in compared] or [f"outlet:{o}" for o in data.load("voices_by_group", view)["group"]
                                                 .drop_duplicates()]
        state.selectbox("Group or outlet", "within", choices, none_label="Any", format_func=group_label)
view = state.view()
if view.band:
    within = parse_group(view.within) if view.within else None
    end = period_end(view.at, view.grain) if view.at else None
    rows = data.load("voice_quotes", view, view.band, view.at, end, within)
    if large:
        st.text(" · ".join(filter(None, [view.band, view.at and f"{view.grain} of {view.at.isoformat()}",
                                         within and within.label])))
    st.metric("Quotes shown (newest 50 at most)", len(rows))
    chrome.table(rows, "voice_quotes", drill_down=True,
                 hide_index=True, row_height=chrome.WRAPPED_ROW_PX, placeholder="—",
                 column_config=chrome.columns(side="Speaker's side"),
                 column_order=["quote", "speaker", "role", "side", "published", "source", "title", "url"])
elif not large:
    st.info("Click a band above, or choose one, to read the quotes behind it.")
