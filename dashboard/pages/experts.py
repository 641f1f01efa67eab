"""Experts: who they are, their stances side by side (expert x side, plus the outlook on a deal), the
evidence sentences on demand, and analysts' corrections (stored apart, with who and when)."""
import streamlit as st

from dashboard import actions, charts, chrome, data, state

SIDE_ORDER = ["Russia", "Ukraine", "United States", "Europe"]
STANCES = {"deal": ("optimistic", "pessimistic", "uncertain")}
SIDE_STANCES = ("critical", "supportive", "neutral")
MATRIX_EXPERTS = 30
SAVED = "_experts_saved"
EVIDENCE_COLUMNS = chrome.columns(
    evidence=st.column_config.TextColumn("Evidence sentence", width="large"), stance="Stance now",
    extracted="As extracted", confidence=st.column_config.NumberColumn("Confidence", format="%.2f"))


def correction_form(evidence, expert: str) -> None:
    """Pick a stance, then one of the stances it could be instead (only those that fit its side and differ
    from what it is now); after saving, a line says what was saved."""
    st.subheader("Correct a stance")
    if SAVED in st.session_state:
        st.success(st.session_state.pop(SAVED))
    row_index = st.selectbox(
        "Stance to correct", list(evidence.index), key="correct_row",
        format_func=lambda i: f"{_target(evidence.at[i, 'target'])} · {evidence.at[i, 'stance']} · "
                              f"{evidence.at[i, 'published']} · {evidence.at[i, 'source']}")
    row = evidence.loc[row_index]
    others = [s for s in STANCES.get(row["target"], SIDE_STANCES) if s != row["stance"]]
    with st.form("correction", clear_on_submit=True):
        new_stance = st.selectbox(f"Correct stance ({_target(row['target'])}, now {row['stance']})", others)
        who = st.text_input("Your name")
        note = st.text_input("Note (optional)")
        if st.form_submit_button("Save correction"):
            if not who.strip():
                st.error("Say who is correcting: fill in your name, then save again.")
            else:
                actions.record_correction(row["content_hash"], expert, row["target"], new_stance,
                                          who.strip(), note.strip() or None)
                st.session_state[SAVED] = (f"Saved: {expert} on {_target(row['target'])} is now {new_stance} "
                                           f"(was {row['stance']}), corrected by {who.strip()}.")
                st.rerun()


def _target(target: str) -> str:
    return "the outlook on a deal" if target == "deal" else target


chrome.header("Experts")
large = chrome.presenting()
if not large:
    left, right = st.columns([2, 1])
    with left:
        state.text_input("Find an expert by name", "q", placeholder="e.g. Katz")
    with right:
        state.slider("Hide stances below confidence", "minconf", min_value=0.0, max_value=1.0, step=0.05,
                     help="0 shows every stance the extractor found; corrected stances always show")
view = state.view()

people = data.load("experts", view)
names = people["expert"].tolist()[:MATRIX_EXPERTS]
cells = data.load("stance_cells", view, names)
present_targets = set(cells["target"]) if not cells.empty else set()
targets = [t for t in SIDE_ORDER if t in present_targets]
targets += sorted(present_targets - set(SIDE_ORDER) - {"deal"}) + (["deal"] if "deal" in present_targets else [])
targets = targets or (SIDE_ORDER + ["deal"] if names else [])  # experts shown even when no stance passes the filter

event = chrome.chart(charts.stance_matrix(cells, names, targets, large), "experts_matrix", selectable=True,
                     main=True)
hidden = len(data.load("stance_cells", view.with_(minconf=0.0), names)) - len(cells) if view.minconf > 0 else 0
if hidden and not large:
    st.caption(f"{hidden} stance cell{'s' if hidden != 1 else ''} below confidence {view.minconf:.2f} hidden; "
               "move the slider to 0 to see every stance the extractor found.")
for point in chrome.fresh_click("experts", chrome.selected_points(event))[:1]:
    custom = point.get("customdata") or []
    if custom:
        state.jump(expert=custom[0])

if not large:
    st.caption("A * marks a stance an analyst corrected. Click a cell, or choose an expert, for the evidence.")
    chrome.table(people.rename(columns={"expert": "Expert", "description": "Described as",
                                        "articles": "Articles"}), "experts", hide_index=True)

if not large or view.expert:
    st.header("Evidence")
if not large:
    state.selectbox("Expert", "expert", people["expert"].tolist(), none_label="Choose an expert")
view = state.view()
if view.expert:
    if large:
        st.text(view.expert)
    evidence = data.load("stance_evidence", view, view.expert)
    if evidence.empty:
        st.info(f"No stance found for {view.expert} under these filters.")
    else:
        # The sentence first and wrapped (rows three lines high), so it reads whole beside its stance.
        chrome.table(evidence, "expert_evidence", drill_down=True,
                     hide_index=True, row_height=chrome.WRAPPED_ROW_PX, placeholder="—",
                     column_order=["evidence", "target", "stance", "extracted", "corrected_by", "published",
                                   "source", "title", "confidence"],
                     column_config=EVIDENCE_COLUMNS)

    if not large and not data.readonly() and not evidence.empty:
        correction_form(evidence, view.expert)

if not large:
    st.header("Corrections")
    chrome.table(data.load("corrections"), "corrections", hide_index=True, placeholder="—",
                 column_config=chrome.columns(stance="Corrected to"))
