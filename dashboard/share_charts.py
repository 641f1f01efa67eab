"""DataFrame -> plotly Figure for the shares the Outlets and Voices pages compare. No streamlit here.

A share is drawn with its 95% interval; a share whose interval overlaps every other group's is drawn pale, so
only differences the data can carry stand out. `customdata` carries the keys a click hands back to the page.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import FONT, LARGE_FONT, _TICKS, _count_axis, _periods, _style, _widen_dates, empty, esc
from dashboard.filters import GROUP_WORDS, VOICE_BAND_NAMES, parse_group

# Okabe & Ito: one colour per compared group, in the link's order.
GROUP_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7"]
PALE = 0.3  # the opacity of a share whose interval overlaps the others'
BAND_COLOURS = {
    "Russia": "#D55E00", "Ukraine": "#0072B2", "United States": "#009E73", "Europe": "#CC79A7",
    "official": "#0072B2", "expert": "#E69F00", "other": "#8C8C8C", "unattributed": "#D9D9D9",
}
BAND_PATTERNS = {"unattributed": "/"}  # unattributed quotes hatched, never mistaken for a side


def group_label(spec: str) -> str:
    """`country:RU` -> "Country RU"; an outlet name (the Voices page without groups) as it is."""
    group = parse_group(spec) if ":" in spec else None
    return group.label if group and group.field in GROUP_WORDS else spec


def group_shares(frame: pd.DataFrame, title: str, large: bool = False, item_label: str = "") -> go.Figure:
    """One bar per group and item (`stats.with_intervals` rows): the share with its interval as an error bar,
    pale where the interval overlaps every other group's; hover gives k of n and the interval."""
    if frame.empty:
        return empty(title, "Nothing to compare under these filters.", large)
    items = list(dict.fromkeys(frame["item"]))
    fig = go.Figure()
    for order, (spec, rows) in enumerate(frame.groupby("group", sort=False)):
        rows = rows.set_index("item").reindex(items).reset_index()
        values = [0 if pd.isna(v) else v for v in rows["share"]]
        fig.add_trace(go.Bar(
            y=[esc(i) for i in rows["item"]], x=values, orientation="h", name=esc(group_label(spec)),
            marker={"color": GROUP_COLOURS[order % len(GROUP_COLOURS)],
                    "opacity": [1.0 if a is True else PALE for a in rows["apart"]]},
            error_x={"type": "data", "symmetric": False, "color": "#333333",
                     "array": [0 if pd.isna(h) else h - v for h, v in zip(rows["high"], values)],
                     "arrayminus": [0 if pd.isna(lo) else v - lo for lo, v in zip(rows["low"], values)]},
            customdata=[[spec, item] for item in rows["item"]],
            text=[_counts(r) for r in rows.itertuples()], textposition="outside", cliponaxis=False,
            textfont={"size": (LARGE_FONT if large else FONT) - 3},
            hovertext=[_share_hover(spec, r) for r in rows.itertuples()], hoverinfo="text",
        ))
    fig.update_layout(barmode="group")
    fig.update_xaxes(title="Share, k/n beside each bar (whiskers: 95% interval; pale: overlaps the other groups)",
                     tickformat=".0%", range=[0, 1.12])
    fig.update_yaxes(title=item_label, autorange="reversed")
    return _style(fig, title, large, height=max(260, 26 * len(items) * max(2, frame["group"].nunique()) + 120))


def _counts(row) -> str:
    """k of n beside each bar, so every share shows what it counts."""
    return "" if pd.isna(row.n) or not row.n else f"{int(row.k)}/{int(row.n)}"


def _share_hover(spec: str, row) -> str:
    if pd.isna(row.n) or not row.n:
        return f"{esc(group_label(spec))} · {esc(row.item)}: nothing to count"
    return (f"<b>{esc(group_label(spec))}</b> · {esc(row.item)}<br>{row.share:.0%} ({int(row.k)} of {int(row.n)})"
            f"<br>95% interval {row.low:.0%}–{row.high:.0%}")


def voice_shares_over_time(frame: pd.DataFrame, unit: str, grain: str, by: str, large: bool = False) -> go.Figure:
    """Stacked bars per period: each band's share of the period's quotes (or quoted words); click a band."""
    title = f"Share of {unit} by the speaker's {by}, per {grain}"
    if frame.empty:
        return empty(title, "No quotes match these filters.", large)
    shares = _shares(frame, "period", unit, by)
    fig = go.Figure()
    for band, rows in shares.groupby("band", sort=False):
        fig.add_trace(go.Bar(
            x=[p.isoformat() for p in rows["period"]], y=rows["share"].tolist(), name=esc(band),
            marker={"color": BAND_COLOURS.get(band, "#8C8C8C"), "pattern": {"shape": BAND_PATTERNS.get(band, "")}},
            customdata=[[band, r.period.isoformat(), int(r.value), int(r.total)] for r in rows.itertuples()],
            hovertext=[f"<b>{esc(band)}</b> · {grain} of {r.period:%d %b %Y}<br>{r.share:.0%} "
                       f"({int(r.value)} of {int(r.total)} {unit})" for r in rows.itertuples()], hoverinfo="text",
        ))
    fig.update_layout(barmode="stack", legend={"traceorder": "normal"})
    fig.update_yaxes(title=f"Share of {unit}", tickformat=".0%", range=[0, 1])
    fig.update_xaxes(title=grain.capitalize(), type="date", **_TICKS[grain])
    _widen_dates(fig, shares["period"], grain)
    return _style(fig, title, large)


def voice_shares_by_group(frame: pd.DataFrame, unit: str, by: str, grouped: bool, large: bool = False) -> go.Figure:
    """One stacked bar per group (or outlet): each band's share of its quotes (or quoted words); click a band."""
    title = f"Share of {unit} by the speaker's {by}, per {'group' if grouped else 'outlet'}"
    if frame.empty:
        return empty(title, "No quotes match these filters.", large)
    shares = _shares(frame, "group", unit, by)
    order = list(dict.fromkeys(frame["group"]))
    fig = go.Figure()
    for band, rows in shares.groupby("band", sort=False):
        fig.add_trace(go.Bar(
            y=[esc(group_label(g)) for g in rows["group"]], x=rows["share"].tolist(), orientation="h", name=esc(band),
            marker={"color": BAND_COLOURS.get(band, "#8C8C8C"), "pattern": {"shape": BAND_PATTERNS.get(band, "")}},
            customdata=[[band, r.group, int(r.value), int(r.total)] for r in rows.itertuples()],
            hovertext=[f"<b>{esc(band)}</b> · {esc(group_label(r.group))}<br>{r.share:.0%} "
                       f"({int(r.value)} of {int(r.total)} {unit})" for r in rows.itertuples()], hoverinfo="text",
        ))
    fig.update_layout(barmode="stack", legend={"traceorder": "normal"})
    fig.update_xaxes(title=f"Share of {unit}", tickformat=".0%", range=[0, 1])
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(group_label(g)) for g in order], autorange="reversed")
    return _style(fig, title, large, height=max(260, 44 * len(order) + 140))


def _shares(frame: pd.DataFrame, key: str, unit: str, by: str) -> pd.DataFrame:
    """key, band, value, total, share: each band's part of its period's or group's quotes or words."""
    shares = frame.rename(columns={unit: "value"})[[key, "band", "value"]].copy()
    shares["total"] = shares.groupby(key)["value"].transform("sum")
    shares["share"] = shares["value"] / shares["total"]
    # Bands in one order on every chart and legend (Russia, Ukraine, ... unattributed last), whatever comes first.
    order = {band: i for i, band in enumerate(VOICE_BAND_NAMES[by])}
    return shares.sort_values(["band", key], key=lambda s: s.map(order) if s.name == "band" else s, kind="stable")


def group_lines(frame: pd.DataFrame, grain: str, large: bool = False) -> go.Figure:
    """One line per group: its dated articles per period (0 where it has none)."""
    title = f"Articles per {grain}, by group"
    if frame.empty:
        return empty(title, "No dated articles in these groups.", large)
    periods = _periods(min(frame["period"]), max(frame["period"]), grain)
    fig = go.Figure()
    for order, (spec, rows) in enumerate(frame.groupby("group", sort=False)):
        filled = rows.set_index("period").reindex(periods).fillna({"articles": 0}).reset_index()
        fig.add_trace(go.Scatter(
            x=[p.isoformat() for p in filled["period"]], y=filled["articles"].astype(int).tolist(),
            mode="lines+markers",
            name=esc(group_label(spec)), line={"color": GROUP_COLOURS[order % len(GROUP_COLOURS)], "width": 3},
            customdata=[[spec, p.isoformat()] for p in filled["period"]],
            hovertemplate=f"{esc(group_label(spec))}<br>%{{x}}: %{{y}} articles<extra></extra>",
        ))
    fig.update_yaxes(title="Articles", **_count_axis(frame["articles"].max()))
    fig.update_xaxes(title=grain.capitalize(), type="date", **_TICKS[grain])
    _widen_dates(fig, frame["period"], grain)
    return _style(fig, title, large)


def framing_rows(table: pd.DataFrame) -> pd.DataFrame:
    """`stats.framing` with the words the framing table shows: the group's label, each share with its counts
    ("75% (3 of 4)"), the ratio ("2.5×", "only here") and whether the intervals are apart."""
    return table.assign(
        group_label=table["group"].map(group_label),
        its=[f"{s:.0%} ({k} of {n})" for s, k, n in zip(table["share"], table["k"], table["n"])],
        theirs=[f"{s:.0%} ({k} of {n})" if n else "—" for s, k, n in
                zip(table["others_share"].fillna(0), table["others_k"], table["others_n"])],
        times=["only here" if r == float("inf") else f"{r:.1f}×" for r in table["ratio"]],
        apart_text=["yes" if a else "no (intervals overlap)" for a in table["apart"]],
    )
