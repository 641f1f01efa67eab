"""Quotes: the quote explorer. Filter by speaker, role, actor mentioned (sidebar), kind, outlet, dates
and full text; read a quote in its article; export the filtered quotes as CSV or JSON."""
import streamlit as st

from dashboard import chrome, data, export, state
from dashboard.filters import QUOTE_KINDS, ROLES
from dashboard.reading import show_in_context
from dashboard.text import clipped

chrome.header("Quotes")
large = chrome.presenting()
if not large:
    columns = st.columns(4)
    with columns[0]:
        state.selectbox("Speaker", "speaker", data.load("speakers"), none_label="Anyone")
    with columns[1]:
        state.selectbox("Speaker's role", "role", ROLES, none_label="Any role", format_func=str.capitalize)
    with columns[2]:
        state.multiselect("Kind", "kinds", QUOTE_KINDS, placeholder="Direct and indirect")
    with columns[3]:
        chrome.search_input("Words in the quote")
    st.caption("The sidebar's actors keep quotes whose words mention them; its outlets and dates apply too.")
view = state.view()

total, pages, rows, view = chrome.paged("quotes", view)

st.metric("Quotes matching", chrome.matching(total, view))
chrome.ranking_note(total, view, "quotes")
# Rows three lines high so a quote wraps instead of being cut to one line; a picked quote reads whole below.
table = st.dataframe(
    rows, hide_index=True, key="quotes_table", on_select="ignore" if large else "rerun", selection_mode="single-row",
    row_height=chrome.WRAPPED_ROW_PX,
    column_order=[*(["match"] if "match" in rows else ["quote"]), "speaker", "role", "kind", "published", "source",
                  "title", "url"],
    placeholder="—", column_config=chrome.columns(),
)

if not large:
    if pages > 1:
        state.number_input(f"Page (of {pages:,})", "page", min_value=1, max_value=pages)
    picked = table.selection.rows if table is not None and hasattr(table, "selection") else []
    signature = [int(rows.iloc[i]["id"]) for i in picked]
    if chrome.fresh_click("quotes", [{"customdata": s} for s in signature]):
        state.jump(quote=signature[0])

labels = {int(r.id): f"{r.speaker or 'unnamed'}: {clipped(r.quote)}" for r in rows.itertuples()}
detail = chrome.picked_detail("Quote in context", "quote", labels, "Choose a quote (or click a row)",
                              "quote_detail", "quote")
if detail is not None:
    show_in_context(detail.iloc[0])

if not large:
    view = state.view()

    def exported():
        return data.load_uncached("quotes_export", view, export.EXPORT_LIMIT)

    left, right = st.columns(2)
    left.download_button("Download CSV", lambda: export.table_csv(exported()),
                         file_name=export.file_name(view, "csv"), mime="text/csv", on_click="ignore",
                         icon=":material/download:")
    right.download_button("Download JSON", lambda: export.quotes_json(exported()),
                          file_name=export.file_name(view, "json"), mime="application/json", on_click="ignore",
                          icon=":material/download:")
    if total > export.EXPORT_LIMIT:
        st.caption(f"Exports hold the newest {export.EXPORT_LIMIT:,} matching quotes; narrow the filters for the rest.")
