"""What every page shares around its content: the title and copy-link control, presenter mode's
styling, the live refresh that polls the change marker, and how charts are placed.
"""
from __future__ import annotations

import math
import os
from datetime import datetime, timezone

import pandas as pd
import streamlit as st

from dashboard import charts, data, export, queries, state
from dashboard.filters import describe, search_problem
from dashboard.text import counted, moment

# How often open views poll the change marker; `COVERAGE_REFRESH_SECONDS` shortens it for browser tests.
LIVE_EVERY = f"{os.environ.get('COVERAGE_REFRESH_SECONDS', '').strip() or 30}s"
CHART_CONFIG = {"displaylogo": False, "responsive": True}
_SEEN = "_articles_seen"  # stored articles when the page last ran
_NOTICE = "_refresh_notice"  # what the last live refresh brought, shown once under the title
# Rows this tall (over 4rem) let a table wrap its text: three lines of a sentence instead of a cut-off one.
WRAPPED_ROW_PX = 76

# One human header per field, the same on every table; a page overrides only where a field means more there.
COLUMN_LABELS = {
    "id": "Id", "article_id": "Article id", "published": "Published", "source": "Outlet",
    "title": st.column_config.TextColumn("Article", width="medium"), "url": st.column_config.LinkColumn("Link"),
    "language": "Language", "word_count": "Words", "origin": "Added from", "authors": "Authors",
    "sentence": st.column_config.TextColumn("Sentence", width="large"), "surface": "As written",
    "actor": "Actor", "expert": "Expert", "target": "Side", "stance": "Stance", "note": "Note",
    "corrected_at": "Corrected at (UTC)", "corrected_by": "Corrected by", "article": "Article",
    "kind": "Kind", "date": "Date", "date_precision": "Precision", "date_basis": "How it was dated",
    "mark": "Mark", "start": "Starts at character", "end": "Ends at character", "label": "Who or what", "words": "Text",
    "quote": st.column_config.TextColumn("Quote", width="large"), "speaker": "Speaker", "role": "Role",
    "mentions": "Mentions", "quotes": "Quotes", "statements": "Statements",
    "match": st.column_config.TextColumn("Where the words are (⟨found⟩)", width="large"),
}

# Static CSS only (never stored content): big type, no toolbar or sidebar, charts edge to edge.
PRESENTER_CSS = """<style>
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stSidebar"],
[data-testid="stSidebarCollapsedControl"], [data-testid="stDecoration"] { display: none !important; }
html { font-size: 22px; }
.block-container, [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 1rem 2rem !important; }
[data-testid="stMetricValue"] { font-size: 2.4rem !important; }
h1 { padding-top: 0.25rem !important; padding-bottom: 0.25rem !important; }
.st-key-presenter_nav, .st-key-presenter_nav p { font-size: 15px !important; }
.st-key-presenter_nav a { padding: 0 0.4rem !important; }
</style>"""
# Presenter mode on a 16:9 projector (1280x720 at worst): the height of each page's main chart, so that it fits
# with its axes under the navigation row, the title and the filter line; the rest of the page follows below.
PRESENTER_CHART_PX = 480


def presenting() -> bool:
    return state.view().present


def apply_presenter_style() -> None:
    if presenting():
        st.html(PRESENTER_CSS)


# Pages an audience is shown; the working pages (reading articles, editing events, managing decks) stay out of
# presenter mode's row so it fits one line of a 1280-pixel projector.
NOT_PRESENTED = {"articles", "events", "decks"}


def presenter_nav(pages, current) -> None:
    """Presenter mode's one small row: every other page shown to an audience (keeping the view's shared filters)
    and the way out. The page shown is left out rather than greyed out (too faint to read on a projector)."""
    if not presenting():
        return
    with st.container(key="presenter_nav", horizontal=True, gap="small"):
        for page in pages:
            if page.url_path != current.url_path and page.url_path not in NOT_PRESENTED:
                st.page_link(page, label=page.title, icon=page.icon, query_params=state.shared_params())
        st.page_link(current, label="Leave presenter mode", icon=":material/close_fullscreen:",
                     query_params=state.view().with_(present=False).to_params())


def header(title: str) -> None:
    """The page's stable title and, outside presenter mode, the link to this exact view."""
    st.title(title)
    show_refresh_notice()
    if not presenting():
        state.copy_link()
    else:
        active_filters()


def active_filters() -> None:
    """One line naming the filters in force, so an audience knows what the numbers count (as text, never markup)."""
    words = describe(state.view())
    st.text(f"Filters: {words}" if words else "Filters: none (everything stored)")


def columns(**overrides) -> dict:
    """`st.dataframe` column_config: the shared human headers, with this table's own where it differs."""
    return {**COLUMN_LABELS, **overrides}


def chart(figure, key: str, *, selectable: bool = False, main: bool = False, room_px: int = PRESENTER_CHART_PX):
    """Draw a figure full width; a selectable chart returns the clicked points. A page's `main` chart fits one
    projector screen in presenter mode (`room_px` tall: less where the page puts more above it)."""
    if main and presenting():
        figure.update_layout(height=room_px)
    if presenting():
        st.plotly_chart(figure, key=key, config=CHART_CONFIG)
        return None
    event = st.plotly_chart(figure, key=key, config=CHART_CONFIG,
                            **({"on_select": "rerun", "selection_mode": "points"} if selectable else {}))
    image_downloads(figure, key)
    return event if selectable else None


def image_downloads(figure, key: str) -> None:
    """PNG and SVG of the chart at presentation size, named after the view; drawn only when clicked (a browser
    starts for each), so pages stay fast."""
    if export.chromium() is None:
        st.caption("Chart images need Chromium on the server (apt-get install chromium).")
        return
    view = state.view()
    with st.container(horizontal=True, gap="small", key=f"{key}_downloads"):
        for kind in export.IMAGE_TYPES:
            name = export.file_name(view, kind, noun=_noun(key))
            st.download_button(f"Chart as {kind.upper()}", lambda kind=kind: export.figure_image(figure, kind),
                               file_name=name, mime=export.IMAGE_TYPES[kind], on_click="ignore",
                               key=f"{key}_{kind}", icon=":material/image:", type="tertiary",
                               help=f"Saves {name} ({export.image_size(kind)}, presenter type)")


def table(frame, name: str, drill_down: bool = False, **dataframe_args):
    """`st.dataframe` and, outside presenter mode, its CSV download; returns what `st.dataframe` returns (the
    selection of a selectable table). A `drill_down` table (what one picked item holds) names the item too."""
    drawn = st.dataframe(frame, **dataframe_args)
    csv_download(frame, name, drill_down)
    return drawn


def csv_download(frame, name: str, drill_down: bool = False) -> None:
    """The table as CSV (every column, the rows shown) named after the view; not on a projected screen."""
    if presenting():
        return
    rows = frame if isinstance(frame, pd.DataFrame) else pd.DataFrame(frame)
    file = export.file_name(state.view(), "csv", noun=_noun(name), drill_down=drill_down)
    st.download_button("Table as CSV", lambda: export.table_csv(rows), file_name=file, mime="text/csv",
                       on_click="ignore", key=f"{name}_csv", icon=":material/download:", type="tertiary",
                       help=f"Saves {file} (UTF-8, opens in Excel)")


def _noun(key: str) -> str:
    """`actors_lines` -> `actors-lines`: underscores separate the filters in a file name."""
    return export.slug(key).replace("_", "-")


def with_events(figure):
    """The time chart with the talks' dated events marked on it, unless the view hides them (`events=0`); a wrong
    events file is said in one line and the chart drawn without them."""
    if not state.view().events:
        return figure
    try:
        events = data.events()
    except data.EventError as exc:
        st.warning(f"Events not drawn: {exc}. Fix the events file (see the Events page).")
        return figure
    return charts.add_events(figure, events, presenting())


def selected_points(event) -> list[dict]:
    """The points of a plotly selection event (empty when nothing was clicked)."""
    if not event:
        return []
    return list(event.get("selection", {}).get("points", []))


def fresh_click(key: str, points: list[dict]) -> list[dict]:
    """The points only when this click is new, so a stale selection does not override later choices."""
    signature = repr([p.get("customdata") for p in points])
    if not points or st.session_state.get(f"_click_{key}") == signature:
        return []
    st.session_state[f"_click_{key}"] = signature
    return points


def remember_articles() -> None:
    """The number of stored articles this run shows, so a live refresh can say how many are new."""
    st.session_state[_SEEN] = data.load("article_total")


def refresh_notice(at: datetime, new_articles: int) -> str:
    """ "Updated 14:05 UTC, 3 new articles": what a live refresh brought."""
    stamp = f"Updated {at.astimezone(timezone.utc):%H:%M} UTC"
    return f"{stamp}, {counted(new_articles, 'new article')}" if new_articles > 0 else stamp


def show_refresh_notice() -> None:
    if _NOTICE in st.session_state:
        st.caption(st.session_state.pop(_NOTICE))


@st.fragment(run_every=LIVE_EVERY)
def live_status() -> None:
    """Every 30 s: if the data changed, rerun the whole page with a notice of what came in; always say when
    the data last changed."""
    current = queries.change_marker(data.engine())
    if current != data.marker():
        total = queries.article_total(data.engine())
        st.session_state[_NOTICE] = refresh_notice(datetime.now(timezone.utc),
                                                   total - st.session_state.get(_SEEN, total))
        st.rerun(scope="app")
    st.caption(f"Data last updated at {moment(data.load('last_ingest'))} · checked {datetime.now():%H:%M:%S}")


def store_unreachable(exc: Exception) -> None:
    """One line instead of a traceback when the database cannot be read (server down, wrong address)."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
    st.error(f"Cannot read the store at {data.shown_url()}: {reason}. "
             "Check COVERAGE_DB and that the database server is running, then reload.")


PAGE_SIZE = 50


SEARCH_HELP = ('Every word must appear (any spelling: "ceasefire" finds "cease-fire", "Kyiv" finds "Kiev"); '
               '"quotes" around words find the phrase, a * after a word finds words beginning so (ceasefire*). '
               "Best matches first; the words found are marked ⟨so⟩.")


def search_input(label: str) -> None:
    """The words searched (`q`), with how to write them, and one line when they hold no word to search for."""
    state.text_input(label, "q", help=SEARCH_HELP)
    problem = search_problem(state.view().q)
    if problem:
        st.warning(problem, icon=":material/search_off:")


def paged(name: str, view) -> tuple[int, int, object, object]:
    """Total, page count, one page of `queries.<name>` rows, and the view; a page past the end jumps back."""
    total = data.load(f"{name}_count", view)
    pages = max(1, math.ceil(ranked_total(total, view) / PAGE_SIZE))
    if view.page > pages:
        view = state.jump(page=pages)
    return total, pages, data.load(name, view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE), view


def matching(total: int, view) -> str:
    """A count for a metric: "10,000+" where a word search stopped counting (`queries.RANKED`)."""
    return f"{queries.RANKED:,}+" if view.q and total > queries.RANKED else f"{total:,}"


def ranked_total(total: int, view) -> int:
    """The count a page can show and page through: a word search's stops at `queries.RANKED`."""
    return min(total, queries.RANKED) if view.q else total


def ranking_note(total: int, view, noun: str) -> None:
    """Says so when a word search ranked only the newest matches."""
    if view.q and total > queries.RANKED:
        st.caption(f"More than {queries.RANKED:,} {noun} hold these words: the best matches are picked among the "
                   f"newest {queries.RANKED:,} stored. Add words, dates or outlets to rank older ones.")


def picked_detail(label: str, key: str, labels: dict, none_label: str, query: str, noun: str):
    """A picker of one item, kept in the URL under `key`, and that item's stored rows (None when nothing is
    picked, or when it is no longer stored, which says so). Presenter mode shows the linked item, no picker."""
    if not presenting():
        state.selectbox(label, key, list(labels), none_label=none_label,
                        format_func=lambda i: labels.get(i, f"{noun} {i}"))
    chosen = getattr(state.view(), key)
    if not chosen:
        return None
    detail = data.load(query, chosen)
    if detail.empty:
        st.warning(f"That {noun} is no longer stored; choose another.")
        return None
    return detail
