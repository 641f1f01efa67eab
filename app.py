"""The dashboard's entry: navigation over the pages, the shared sidebar, first-run seeding.

Run with `streamlit run app.py --server.address 127.0.0.1`. `COVERAGE_DB` picks the store,
`COVERAGE_READONLY=1` serves it read-only (no add, delete or correction controls).
"""
import streamlit as st

from dashboard import chrome, data, decks, seeding, sidebar, state

PAGES = [
    st.Page("dashboard/pages/overview.py", title="Overview", icon=":material/dashboard:", url_path="", default=True),
    st.Page("dashboard/pages/actors.py", title="Actors", icon=":material/groups:", url_path="actors"),
    st.Page("dashboard/pages/experts.py", title="Experts", icon=":material/school:", url_path="experts"),
    st.Page("dashboard/pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("dashboard/pages/quotes.py", title="Quotes", icon=":material/format_quote:", url_path="quotes"),
    st.Page("dashboard/pages/articles.py", title="Articles", icon=":material/article:", url_path="articles"),
    st.Page("dashboard/pages/outlets.py", title="Outlets compared", icon=":material/compare:", url_path="outlets"),
    st.Page("dashboard/pages/voices.py", title="Whose voices", icon=":material/record_voice_over:",
            url_path="voices"),
    st.Page("dashboard/pages/events.py", title="Events", icon=":material/event:", url_path="events"),
    st.Page("dashboard/pages/decks.py", title="Decks", icon=":material/slideshow:", url_path="decks"),
    st.Page("dashboard/pages/sources.py", title="Sources", icon=":material/rss_feed:", url_path="sources"),
]

st.set_page_config(page_title="Peace talks coverage", page_icon=":material/newspaper:", layout="wide")
presenting = st.query_params.get("present", "") in {"1", "true", "yes", "on"}
page = st.navigation(PAGES, position="hidden" if presenting else "sidebar")
state.start(page.url_path)
try:
    if seeding.ready():
        data.refresh_marker()
        chrome.remember_articles()
        decks.follow(PAGES, page)
        chrome.apply_presenter_style()
        if not chrome.presenting():
            sidebar.render()
            decks.save_control()
        chrome.presenter_nav(PAGES, page)
        decks.nav(PAGES)
        page.run()
        state.fill_copy_link()
        chrome.live_status()
except data.StoreUnreachable as exc:
    chrome.store_unreachable(exc)
