"""Sources: every outlet of the registry with its articles, languages and its feeds' last success and error
(from `python -m ingest watch --outlets`); outside read-only mode, an outlet's feeds switched off or on."""
import streamlit as st

from dashboard import actions, chrome, data

FLASH = "_sources_flash"

chrome.header("Sources")
if FLASH in st.session_state:
    st.success(st.session_state.pop(FLASH))
frame = data.load("outlet_health")
if frame.empty:
    st.info("No outlets: data/outlets.toml lists none and no article is stored yet.")
else:
    polled = frame["last_success"].notna() | frame["last_error"].notna()
    st.caption(f"{len(frame):,} outlets, {int(frame['articles'].sum()):,} articles; {int(polled.sum()):,} outlets'"
               " feeds polled by `python -m ingest watch --outlets`, "
               f"{int((frame['last_error'].notna()).sum()):,} with an error at their last failure.")
    chrome.table(frame, "sources", hide_index=True, placeholder="—", column_config=chrome.columns(
        outlet="Outlet", country="Country", type="Type", on=st.column_config.CheckboxColumn("Polled"),
        feeds="Feeds", articles="Articles", languages="Languages",
        last_success=st.column_config.DatetimeColumn("Last success (UTC)", format="YYYY-MM-DD HH:mm"),
        last_error="Last error", last_error_at=st.column_config.DatetimeColumn("Error at (UTC)",
                                                                               format="YYYY-MM-DD HH:mm"),
        new_last_poll="New at last poll"))
    if not data.readonly() and not chrome.presenting():
        with st.form("switch_outlet"):
            name = st.selectbox("Outlet", frame["outlet"].tolist(), key="switch_name")
            on = bool(frame.loc[frame["outlet"] == name, "on"].iloc[0]) if name else True
            st.caption(f"{name} is {'polled' if on else 'switched off'}." if name else "")
            if st.form_submit_button("Switch off or on"):
                actions.switch_outlet(name, not on)
                data.refresh_marker()
                st.session_state[FLASH] = f"{name}: {'switched off' if on else 'switched on'} for `watch --outlets`."
                st.rerun()
