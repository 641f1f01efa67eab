"""DataFrame -> plotly Figure for every chart the pages draw. No streamlit here.

Every label drawn from stored data is escaped: plotly reads a few HTML tags in text, and stored
titles or sentences must show as the characters they are. `customdata` carries the raw keys a click
hands back to the page.
"""
from __future__ import annotations

import calendar
import html
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.filters import period_end
from dashboard.text import counted
from dashboard.palette import (
    KIND_SYMBOLS, SEQUENTIAL, STANCE_SCALE, STANCE_SCORES, actor_colours, kind_colour,
)

FONT = 14
LARGE_FONT = 22
_TICKS = {"day": {"tickformat": "%d %b %Y"}, "week": {"tickformat": "%d %b %Y"},
          "month": {"tickformat": "%b %Y", "dtick": "M1"}}
# Actor lines: a dash and a marker each, so lines lying on one another still show as several.
LINE_DASHES = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"]
LINE_MARKERS = ["circle", "square", "diamond", "triangle-up", "triangle-down", "star"]
# Filling a view's dates with zeros stops at this many periods (a daily view from 1900 would be 45,000).
MAX_FILLED_PERIODS = 2000
MEASURE_LABELS = {"count": "Articles mentioning", "share": "Share of articles", "mentions": "Mentions of"}
MEASURE_COLUMNS = {"count": "articles", "share": "share", "mentions": "mentions"}
_GRAIN_DAYS = {"day": 1, "week": 7, "month": 31}
# Small multiples: each panel's height and the gap above the next panel (its title sits in the gap).
PANEL_PX = 110
PANEL_GAP_PX = 44
# The Timeline's axis spans the bulk of the statements: their quartile dates widened by three times the span between
# them (at least a month) either side, Tukey's fence for far-out values. A mark beyond is listed under the chart, not
# drawn, so one absurd date cannot squeeze every other mark into a corner; percentiles alone cannot tell one bad mark
# among a dozen from the rest.
BULK_QUARTILES = (0.25, 0.75)
BULK_FENCE = 3
BULK_MIN_SPREAD = timedelta(days=31)
_AXIS_PAD = timedelta(days=3)


def esc(value) -> str:
    """Stored text as plotly will show it literally (`<img …>` stays characters)."""
    return html.escape("" if value is None else str(value), quote=False)


def _wrap(text: str, width: int = 80) -> str:
    words, lines, line = esc(text).split(), [], ""
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


def count_step(largest) -> int:
    """A whole-number tick step (1, 2, 5, 10, 20, 50, ...) giving at most about five ticks up to `largest`."""
    target, power = max(float(largest or 0), 1.0) / 5, 1
    while True:
        for step in (power, 2 * power, 5 * power):
            if step >= target:
                return step
        power *= 10


def _count_axis(largest) -> dict:
    """Axis settings for counts: from zero, whole-number ticks only (no 0.5 articles)."""
    return {"rangemode": "tozero", "tick0": 0, "dtick": count_step(largest), "tickformat": ",d"}


def _widen_dates(fig: go.Figure, periods: pd.Series, grain: str) -> None:
    """A few periods either side of short spans: plotly zooms one point down to milliseconds otherwise."""
    first, last = min(periods), max(periods)
    step = timedelta(days=_GRAIN_DAYS[grain])
    if last - first < 4 * step:
        fig.update_xaxes(range=[(first - 2 * step).isoformat(), (last + 2 * step).isoformat()])


def _style(fig: go.Figure, title: str, large: bool, height: int = 420, top: int = 60) -> go.Figure:
    """Type, size and margins; `top` is the room above the plot for the title (and whatever sits under it)."""
    size = LARGE_FONT if large else FONT
    fig.update_layout(
        title={"text": title, "font": {"size": size + 4}},
        font={"size": size},
        height=int(height * (1.6 if large else 1)),
        margin={"l": 10, "r": 10, "t": int(top * (1.4 if large else 1)), "b": 10},
        legend={"title": {"text": ""}},
        hoverlabel={"font": {"size": size}},
    )
    return fig


def empty(title: str, message: str, large: bool = False) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _style(fig, title, large, height=240)


def period_start(day: date, grain: str) -> date:
    """The first day of the day, week (Monday) or month holding `day`, as the queries bucket them."""
    if grain == "week":
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    return day


def fill_periods(frame: pd.DataFrame, grain: str, first: date | None = None, last: date | None = None,
                 totals: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every period of the shown range for every actor, a period without coverage as 0 articles, so a line
    drops to zero there instead of bridging the gap. Its share is 0 only when the period has articles (from
    `totals`, period -> total, or another actor's row); a period with no articles at all has no share (NaN), and
    the line leaves a gap. The range runs from the data's first to last period, widened to the view's dates
    when set (unless that makes more than MAX_FILLED_PERIODS periods)."""
    if frame.empty:
        return frame
    start, end = min(frame["period"]), max(frame["period"])
    if first and _period_count(period_start(first, grain), end, grain) <= MAX_FILLED_PERIODS:
        start = min(start, period_start(first, grain))
    if last and _period_count(start, period_start(last, grain), grain) <= MAX_FILLED_PERIODS:
        end = max(end, period_start(last, grain))
    index = pd.MultiIndex.from_product([sorted(frame["actor"].unique()), _periods(start, end, grain)],
                                       names=["actor", "period"])
    filled = frame.set_index(["actor", "period"]).reindex(index).reset_index()
    known = frame.groupby("period")["total"].max()
    if totals is not None and not totals.empty:
        known = pd.concat([known, totals.set_index("period")["total"]]).groupby(level=0).max()
    filled["articles"] = filled["articles"].fillna(0).astype(int)
    if "mentions" in filled:
        filled["mentions"] = filled["mentions"].fillna(0).astype(int)
    filled["total"] = filled["period"].map(known).fillna(0).astype(int)
    filled["share"] = (filled["articles"] / filled["total"]).where(filled["total"] > 0)
    return filled.sort_values(["period", "actor"]).reset_index(drop=True)[list(frame.columns)]


def _periods(first: date, last: date, grain: str) -> list[date]:
    found, current = [], first
    while current <= last:
        found.append(current)
        current = period_end(current, grain)
    return found


def _period_count(first: date, last: date, grain: str) -> int:
    if grain == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return (last - first).days // _GRAIN_DAYS[grain] + 1


def mentions_lines(frame: pd.DataFrame, measure: str, grain: str, large: bool = False,
                   span: tuple[date | None, date | None] = (None, None), totals: pd.DataFrame | None = None
                   ) -> go.Figure:
    """One line per actor: articles mentioning it (or their share) per period, 0 where none did; a share
    has a gap where the period has no articles at all (`totals`: period, total under the filters).

    Lines with equal values lie on each other, so each actor also gets its own dash and marker shape,
    and the hover names every other actor with the same value at that point."""
    title = f"{MEASURE_LABELS[measure]} each actor, per {grain}"
    if frame.empty:
        return empty(title, "No mentions match these filters.", large)
    value = MEASURE_COLUMNS[measure]
    frame = fill_periods(frame, grain, *span, totals=totals)
    fig = go.Figure()
    colours = actor_colours(sorted(frame["actor"].unique()))
    for order, (actor, rows) in enumerate(frame.groupby("actor", sort=True)):
        # Lines drawn first are wider, so a line lying on a later one still shows either side of it.
        width = max(2.5, 6.5 - order)
        fig.add_trace(go.Scatter(
            x=[p.isoformat() for p in rows["period"]], y=[None if pd.isna(v) else v for v in rows[value]],
            name=esc(actor), mode="lines+markers",
            line={"color": colours[actor], "width": width, "dash": LINE_DASHES[order % len(LINE_DASHES)]},
            marker={"size": 4 + 1.5 * width, "symbol": LINE_MARKERS[order % len(LINE_MARKERS)]},
            customdata=[[actor, p.isoformat()] for p in rows["period"]],
            hovertext=_line_hovers(frame, actor, rows, value), hoverinfo="text",
        ))
    if measure == "share":
        fig.update_yaxes(title=MEASURE_LABELS[measure], tickformat=".0%", rangemode="tozero")
    else:
        fig.update_yaxes(title="Mentions" if measure == "mentions" else MEASURE_LABELS[measure],
                         **_count_axis(frame[value].max()))
    fig.update_xaxes(title=grain.capitalize(), type="date", **_TICKS[grain])
    _widen_dates(fig, frame["period"], grain)
    return _style(fig, title, large)


def _line_hovers(frame: pd.DataFrame, actor: str, rows: pd.DataFrame, value: str) -> list[str]:
    """The point's actor, period and value, and who else has the same value there (their lines are hidden)."""
    alike: dict[tuple, list[str]] = {}
    for other, period, shown in zip(frame["actor"], frame["period"], frame[value].fillna(-1)):
        alike.setdefault((period, round(float(shown) * 1e6)), []).append(other)
    hovers = []
    for period, shown in zip(rows["period"], rows[value]):
        if pd.isna(shown):
            hovers.append(f"<b>{esc(actor)}</b><br>{period:%d %b %Y}: no articles at all")
            continue
        if value == "share":
            amount = f"{shown:.1%} of articles"
        elif value == "mentions":
            amount = counted(int(shown), "mention")
        else:
            amount = _articles(int(shown))
        text = f"<b>{esc(actor)}</b><br>{period:%d %b %Y}: {amount}"
        same = [esc(a) for a in alike.get((period, round(float(shown) * 1e6)), []) if a != actor]
        hovers.append(text + ("<br>Same for " + ", ".join(same) if same else ""))
    return hovers


def _articles(count: int) -> str:
    return counted(count, "article")


def top_actors_bar(frame: pd.DataFrame, large: bool = False) -> go.Figure:
    """Horizontal bars: articles mentioning each actor, most covered on top."""
    title = "Most covered actors"
    if frame.empty:
        return empty(title, "No actors mentioned under these filters.", large)
    ordered = frame.iloc[::-1]
    fig = go.Figure(go.Bar(
        x=ordered["articles"].tolist(), y=[esc(a) for a in ordered["actor"]], orientation="h",
        marker={"color": [actor_colours(frame["actor"])[a] for a in ordered["actor"]]},
        customdata=[[a] for a in ordered["actor"]], text=ordered["articles"].tolist(), textposition="auto",
        hovertext=[f"{esc(a)}: {_articles(int(n))}" for a, n in zip(ordered["actor"], ordered["articles"])],
        hoverinfo="text",
    ))
    fig.update_xaxes(title="Articles mentioning", **_count_axis(frame["articles"].max()))
    return _style(fig, title, large, height=max(300, 36 * len(frame) + 120))


def cooccurrence_heatmap(frame: pd.DataFrame, names: list[str], large: bool = False) -> go.Figure:
    """Actors x actors: articles mentioning both (the diagonal: articles mentioning the actor)."""
    title = "Actors appearing together (articles mentioning both)"
    if frame.empty or not names:
        return empty(title, "No actors mentioned under these filters.", large)
    matrix = (
        frame.pivot_table(index="actor_a", columns="actor_b", values="articles", aggfunc="sum", fill_value=0)
        .reindex(index=names, columns=names, fill_value=0)
    )
    labels = [esc(n) for n in names]
    fig = go.Figure(go.Heatmap(
        z=matrix.values.tolist(), x=labels, y=labels, colorscale=SEQUENTIAL,
        text=matrix.values.tolist(), texttemplate="%{text}", hoverinfo="skip",
        colorbar={"title": {"text": "Articles"}, "tick0": 0, "dtick": count_step(matrix.values.max()),
                  "tickformat": ",d"},
    ))
    height = max(360, 40 * len(names) + 160)
    cells = [(a, b, int(matrix.at[a, b])) for a in names for b in names]
    fig.add_trace(_cell_targets(
        [esc(b) for _, b, _ in cells], [esc(a) for a, _, _ in cells], [[a, b] for a, b, _ in cells],
        [f"{esc(a)} and {esc(b)}: {_articles(n)}" for a, b, n in cells], height - 70, len(names)))
    fig.update_yaxes(autorange="reversed")
    return _style(fig, title, large, height=height)


def _cell_targets(xs: list, ys: list, custom: list, hovers: list[str], plot_px: int, rows: int) -> go.Scatter:
    """Clear square markers over a matrix's cells: plotly selection (a click) works on scatter points and not on
    heatmaps, so a click on a cell hands its customdata back to the page."""
    return go.Scatter(
        x=xs, y=ys, mode="markers", customdata=custom, hovertext=hovers, hoverinfo="text", showlegend=False,
        marker={"symbol": "square", "size": max(12, int(plot_px / max(rows, 1) * 0.9)), "opacity": 0,
                "color": "#000000"},
        selected={"marker": {"opacity": 0}}, unselected={"marker": {"opacity": 0}},
    )


def small_multiples(frame: pd.DataFrame, grain: str, large: bool = False,
                    span: tuple[date | None, date | None] = (None, None), across: bool = False) -> go.Figure:
    """One small panel per actor with a shared time axis and a shared count scale from zero: articles
    mentioning it per period, 0 where none did. Gaps between panels leave room for each panel's title.
    `across` sets the panels side by side (one wide, low screen) instead of one above the other."""
    title = "Coverage over time, one panel per actor"
    if frame.empty:
        return empty(title, "No mentions yet.", large)
    frame = fill_periods(frame, grain, *span)
    names = sorted(frame["actor"].unique())
    plot_height = len(names) * PANEL_PX + (len(names) - 1) * PANEL_GAP_PX
    if across:
        fig = make_subplots(rows=1, cols=len(names), shared_yaxes=True, horizontal_spacing=0.04,
                            subplot_titles=[esc(n) for n in names])
        plot_height = 2 * PANEL_PX
    else:
        fig = make_subplots(rows=len(names), cols=1, shared_xaxes=True,
                            vertical_spacing=PANEL_GAP_PX / plot_height if len(names) > 1 else 0,
                            subplot_titles=[esc(n) for n in names])
    colours = actor_colours(names)
    for row, actor in enumerate(names, start=1):
        rows = frame[frame["actor"] == actor]
        fig.add_trace(go.Scatter(
            x=[p.isoformat() for p in rows["period"]], y=rows["articles"].tolist(), name=esc(actor),
            mode="lines+markers", line={"color": colours[actor], "width": 2}, showlegend=False,
            hovertext=[f"{esc(actor)}<br>{p:%d %b %Y}: {_articles(int(n))}"
                       for p, n in zip(rows["period"], rows["articles"])],
            hoverinfo="text",
        ), row=1 if across else row, col=row if across else 1)
    largest = int(frame["articles"].max())
    fig.update_yaxes(**_count_axis(largest), range=[0, largest * 1.15])
    fig.update_annotations(font={"size": LARGE_FONT if large else FONT})  # the panel titles, in the chart's type
    fig.update_xaxes(type="date", **_TICKS[grain])
    _widen_dates(fig, frame["period"], grain)
    return _style(fig, title, large, height=plot_height + 130, top=80)


def kinds_bar(frame: pd.DataFrame, large: bool = False) -> go.Figure:
    """Statements per kind."""
    title = "Ceasefire and peace statements by kind"
    if frame.empty:
        return empty(title, "No dated statements yet.", large)
    fig = go.Figure(go.Bar(
        x=frame["kind"].tolist(), y=frame["statements"].tolist(),
        marker={"color": [kind_colour(k) for k in frame["kind"]]}, text=frame["statements"].tolist(),
        hovertext=[f"{esc(k)}: {counted(int(n), 'statement')}" for k, n in zip(frame["kind"], frame["statements"])],
        hoverinfo="text",
    ))
    fig.update_yaxes(title="Statements", **_count_axis(frame["statements"].max()))
    return _style(fig, title, large, height=320)


def stance_matrix(frame: pd.DataFrame, experts: list[str], targets: list[str], large: bool = False) -> go.Figure:
    """Experts x sides (and the outlook on a deal): the stance each expert takes, as colour and word."""
    title = "Expert stances by side, and outlook on a deal"
    if not experts or not targets:
        return empty(title, "No expert stances under these filters.", large)
    cells = {(r.expert, r.target): r for r in frame.itertuples()}
    z, text, custom = [], [], []
    for expert in experts:
        # A side without a stance is left blank; a row without any says so in every cell.
        missing = "no stance found" if not any((expert, t) in cells for t in targets) else ""
        z_row, text_row, custom_row = [], [], []
        for target in targets:
            cell = cells.get((expert, target))
            stance = cell.stance if cell is not None else ""
            mark = "*" if cell is not None and cell.corrected else ""
            z_row.append(STANCE_SCORES.get(stance) if cell is not None else None)
            text_row.append(f"{stance}{mark}" if cell is not None else missing)
            custom_row.append([expert, target, stance, int(cell.articles) if cell is not None else 0,
                               float(cell.confidence) if cell is not None and pd.notna(cell.confidence) else None])
        z.append(z_row)
        text.append(text_row)
        custom.append(custom_row)
    fig = go.Figure(go.Heatmap(
        z=z, x=[_target_label(t) for t in targets], y=[esc(e) for e in experts], zmin=-1, zmax=1,
        colorscale=STANCE_SCALE, showscale=False, text=text, texttemplate="%{text}", customdata=custom,
        hoverinfo="skip", xgap=2, ygap=2,
    ))
    height = max(300, 38 * len(experts) + 180)
    flat = [(shown, cell) for text_row, custom_row in zip(text, custom) for shown, cell in zip(text_row, custom_row)]
    fig.add_trace(_cell_targets(
        [_target_label(c[1]) for _, c in flat], [esc(c[0]) for _, c in flat], [c for _, c in flat],
        [f"{esc(c[0])} on {_target_label(c[1])}: {shown or 'no stance found'} ({_articles(c[3])}"
         + (f", confidence {c[4]:.2f})" if c[4] is not None else ")") for shown, c in flat], height - 110, len(experts)))
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(side="top", showgrid=False)
    # The side labels sit on top, between the title and the cells: room for both.
    return _style(fig, title, large, height=height, top=100)


def _target_label(target: str) -> str:
    return "Outlook (deal)" if target == "deal" else esc(target)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class TimelineMarks:
    """The Timeline's marks (one per statement and actor lane) split at the axis: those drawn, those listed."""

    drawn: pd.DataFrame
    outside: pd.DataFrame
    first: date | None = None  # the axis, from the first drawn day to the last drawn day (or month's end)
    last: date | None = None

    @property
    def statements(self) -> int:
        return int(self.drawn["id"].nunique()) if not self.drawn.empty else 0


def timeline_marks(frame: pd.DataFrame) -> TimelineMarks:
    """Split the marks at the fences around the bulk of their dates (see BULK_QUARTILES)."""
    if frame.empty:
        return TimelineMarks(frame, frame)
    ordered = sorted(frame["date_value"])
    low, high = (ordered[round(q * (len(ordered) - 1))] for q in BULK_QUARTILES)
    margin = BULK_FENCE * max(high - low, BULK_MIN_SPREAD)
    inside = frame["date_value"].map(lambda d: low - margin <= d <= high + margin)
    drawn = frame[inside]
    ends = [_month_end(r.date_value) if r.date_precision == "month" else r.date_value for r in drawn.itertuples()]
    return TimelineMarks(drawn, frame[~inside], min(drawn["date_value"]), max(ends))


def timeline_caption(marks: TimelineMarks, loaded: int, total: int) -> str:
    """What the Timeline draws, in statements and marks (a statement by several actors has a mark in each lane)."""
    drawn = len(marks.drawn)
    parts = [f"{marks.statements:,} statement{'' if marks.statements == 1 else 's'} drawn as {drawn:,} "
             f"mark{'' if drawn == 1 else 's'} (one per actor lane; lanes run A to Z from the top)."]
    if len(marks.outside):
        parts.append(f"{len(marks.outside):,} mark{' is' if len(marks.outside) == 1 else 's are'} dated far from "
                     "the rest and listed below the chart, not drawn.")
    if loaded < total:
        parts.append(f"Only the newest {loaded:,} of {total:,} statements were loaded; narrow the dates to see older ones.")
    parts.append("Month-only dates are drawn as a band across the month with an open square.")
    return " ".join(parts)


def timeline(marks: TimelineMarks, large: bool = False) -> go.Figure:
    """The drawn marks on a date axis, one lane per actor (A to Z from the top), coloured (and shaped) by kind.

    Day-dated statements are points; month-only ones are drawn as a bar across their month with an
    open square at its middle, so a month is never mistaken for a day.
    """
    title = "Ceasefire and peace statements over time"
    frame = marks.drawn
    if frame.empty:
        return empty(title, "No dated statements match these filters.", large)
    fig = go.Figure()
    lanes = sorted(frame["lane"].unique())
    for kind, rows in frame.groupby("kind", sort=True):
        days = rows[rows["date_precision"] != "month"]
        months = rows[rows["date_precision"] == "month"]
        if not months.empty:
            xs, ys = [], []
            for r in months.itertuples():
                xs += [r.date_value.isoformat(), (_month_end(r.date_value) + timedelta(days=1)).isoformat(), None]
                ys += [esc(r.lane), esc(r.lane), None]
            fig.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", line={"color": kind_colour(kind), "width": 10}, opacity=0.35,
                hoverinfo="skip", showlegend=False, legendgroup=kind,
            ))
        for part, symbol, middle in ((days, KIND_SYMBOLS.get(kind, "circle"), False), (months, "square-open", True)):
            if part.empty:
                continue
            fig.add_trace(go.Scatter(
                x=[(r.date_value + timedelta(days=14) if middle else r.date_value).isoformat()
                   for r in part.itertuples()],
                y=[esc(v) for v in part["lane"]], mode="markers", name=esc(kind) + (" (month only)" if middle else ""),
                legendgroup=kind, marker={"color": kind_colour(kind), "symbol": symbol, "size": 14,
                                          "line": {"width": 2, "color": kind_colour(kind)}},
                customdata=[[int(r.id), r.date, r.date_basis] for r in part.itertuples()],
                hovertext=[_statement_hover(r) for r in part.itertuples()], hoverinfo="text",
            ))
    # Plotly stacks categories from the bottom up: the reversed list puts A at the top.
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(v) for v in reversed(lanes)], title="")
    fig.update_xaxes(title="Date of the statement", type="date",
                     range=[(marks.first - _AXIS_PAD).isoformat(), (marks.last + timedelta(days=1) + _AXIS_PAD).isoformat()])
    return _style(fig, title, large, height=max(320, 60 * len(lanes) + 160))


def _statement_hover(row) -> str:
    return (
        f"<b>{esc(row.kind)}</b> · {esc(row.date)} ({esc(row.date_basis)} date)<br>"
        f"{_wrap(row.text)}<br><i>{esc(row.source)}</i>"
    )


EVENT_COLOUR = "#595959"  # dark enough on white for a thin line and small type


def add_events(fig: go.Figure, events: pd.DataFrame, large: bool = False) -> go.Figure:
    """Thin dotted markers, each labelled, at the dated events (`date`, `label`, `kind` rows) that fall within the
    dates the figure already shows (so an event never stretches the axis); a figure without dates is left alone."""
    shown = [str(x)[:10] for trace in fig.data if trace.x is not None for x in trace.x if x is not None]
    if events is None or events.empty or not shown:
        return fig
    first, last = min(shown), max(shown)
    size = (LARGE_FONT if large else FONT) - 3
    for event in events.itertuples():
        day = event.date.isoformat()
        if not first <= day <= last:
            continue
        fig.add_shape(type="line", x0=day, x1=day, xref="x", yref="paper", y0=0, y1=1, layer="below",
                      line={"color": EVENT_COLOUR, "width": 1, "dash": "dot"}, name=f"event: {event.label}")
        fig.add_annotation(x=day, xref="x", y=1, yref="paper", text=esc(event.label), showarrow=False,
                           textangle=-90, xanchor="left", yanchor="top", font={"size": size, "color": EVENT_COLOUR},
                           hovertext=esc(f"{event.date:%d %b %Y} · {event.kind}: {event.label}"), name="event")
    return fig


def reference_lines(index: pd.DataFrame, corpus: pd.DataFrame, query: str, grain: str, large: bool = False) -> go.Figure:
    """All coverage the news index saw for a discover query beside this corpus's articles, per period, each on its
    own axis (the index counts thousands where the corpus holds tens): the shapes are what to compare."""
    title = f"All coverage the news index saw for “{esc(query)}”, beside this corpus"
    if index.empty:
        return empty(title, "The news index kept no volume for this query in these dates.", large)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=index["period"].tolist(), y=index["articles"].tolist(),
                             name="news index (GDELT): matching articles", mode="lines+markers",
                             line={"color": "#777777"}))
    if not corpus.empty:
        fig.add_trace(go.Scatter(x=corpus["period"].tolist(), y=corpus["total"].tolist(), name="this corpus: articles",
                                 yaxis="y2", mode="lines+markers", line={"color": "#0072B2"}))
    fig.update_layout(yaxis={"title": "news index", "rangemode": "tozero"},
                      yaxis2={"title": "this corpus", "overlaying": "y", "side": "right", "rangemode": "tozero"},
                      xaxis={"title": f"{grain.capitalize()} starting"})
    return _style(fig, title, large, height=360)
