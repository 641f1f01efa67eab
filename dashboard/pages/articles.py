"""Articles: the stored articles; a reader with mentions, quotes and statements marked in the text
(as plain characters, never HTML); adding by URL, feed or uploaded files; delete; re-run extraction."""
import streamlit as st

from dashboard import actions, chrome, data, state
from dashboard.filters import GROUPS, MARKS
from dashboard.text import LEGEND, Mark, counted, marked_text, shown_origin, without_paths

FLASH = "_articles_flash"
GROUP_LABELS = {"country": "Outlet country", "otype": "Outlet type", "lang": "Language", "outlet": "Outlet"}
MARK_KINDS = {"all": ("mention", "quote", "statement"), "mentions": ("mention",), "quotes": ("quote",),
              "statements": ("statement",)}


def report(summary) -> None:
    st.write(f"Added {summary.added}, duplicates {summary.duplicates}, failed {summary.failed}.")


def add_controls() -> None:
    with st.expander("Add articles", icon=":material/add:"):
        by_url, by_file = st.tabs(["By URL or feed", "Upload files"])
        with by_url:
            lines = st.text_area("Article or feed URLs, one per line", key="add_urls")
            if st.button("Add from URLs", key="add_urls_go"):
                sources = [line.strip() for line in lines.splitlines() if line.strip()]
                if not sources:
                    st.error("Paste at least one http(s) URL, then press the button again.")
                else:
                    run_with_progress(lambda step: actions.add_sources(sources, step), len(sources))
        with by_file:
            uploads = st.file_uploader("HTML or text files (add NAME.meta.json sidecars alongside if you have them)",
                                       type=list(actions.UPLOAD_TYPES), accept_multiple_files=True, key="add_files")
            if st.button("Add uploaded files", key="add_files_go", disabled=not uploads):
                files = [(f.name, f.getvalue()) for f in uploads]
                run_with_progress(lambda step: actions.add_uploads(files, step), len(files))


def run_with_progress(job, expected: int) -> None:
    done = []
    bar = st.progress(0.0, text="Ingesting…")

    def step(outcome) -> None:
        done.append(outcome)
        bar.progress(min(1.0, len(done) / max(expected, 1)), text=f"{len(done)} done")

    with st.status("Ingesting…", expanded=True) as status:
        summary = job(step)
        data.refresh_marker()  # the list below shows what was just added
        status.update(label="Done", state="complete")
    outcomes(done)
    report(summary)


def outcomes(done) -> None:
    """Each stored article by its title, linked to the reader; each failure by its source and reason. Never a
    server file path: an upload is named as it was uploaded."""
    for outcome in done:
        article = data.load("article", outcome.article_id) if outcome.article_id else None
        if article is not None:
            verb = "Added" if outcome.status == "added" else "Already stored"
            st.page_link("dashboard/pages/articles.py", label=f"{verb}: {article['title'] or '(untitled)'}",
                         query_params={"article": str(outcome.article_id)}, icon=":material/article:")
    failed = [o for o in done if not o.article_id]
    if failed:
        st.dataframe([{"source": shown_origin(o.origin), "outcome": o.status, "detail": without_paths(o.detail)}
                      for o in failed], hide_index=True,
                     column_config=chrome.columns(source="Source", outcome="Outcome", detail="Reason"))


def reader(article_id: int) -> None:
    article = data.load("article", article_id)
    if article is None:
        st.warning("That article is no longer stored; choose another.")
        return
    st.header("Reader")
    st.text(article["title"] or "(untitled)")
    shown = {k: article[k] for k in ("id", "source", "published", "language", "word_count", "url")}
    chrome.table([{**shown, "origin": shown_origin(article["origin"])}], "article", drill_down=True,
                 hide_index=True, placeholder="—", column_config=chrome.columns())
    if not chrome.presenting():
        state.selectbox("Mark in the text", "mark", MARKS, none_label=None, format_func=str.capitalize)
    marks = data.load("article_marks", article_id)
    kinds = MARK_KINDS[state.view().mark]
    shown = [Mark(r.mark, int(r.start), int(r.end), r.label if r.mark != "mention" else None)
             for r in marks.itertuples() if r.mark in kinds]
    st.caption(LEGEND)
    st.text(marked_text(article["text"], shown))
    marks["words"] = [article["text"][int(r.start):int(r.end)] for r in marks.itertuples()]
    chrome.table(marks[marks["mark"].isin(kinds)], "article_marks", drill_down=True, hide_index=True,
                 column_order=["mark", "words", "label", "start", "end"],
                 column_config=chrome.columns(words=st.column_config.TextColumn("Text", width="large")))
    if not data.readonly() and not chrome.presenting():
        confirm = st.checkbox("Yes, delete this article and what was extracted from it", key="delete_confirm")
        if st.button("Delete article", key="delete_go", disabled=not confirm, type="primary"):
            actions.delete_article(article_id)
            st.session_state[FLASH] = (f"Deleted article {article_id} ({article['title'] or 'untitled'}) and "
                                       "everything extracted from it.")
            state.update(article=None)
            st.rerun()


chrome.header("Articles")
if FLASH in st.session_state:
    st.success(st.session_state.pop(FLASH))
large = chrome.presenting()
writable = not data.readonly() and not large
if writable:
    add_controls()
if not large:
    chrome.search_input("Words in the title or text")
view = state.view()

total, pages, rows, view = chrome.paged("articles", view)
st.metric("Articles matching", chrome.matching(total, view))
chrome.ranking_note(total, view, "articles")
table = chrome.table(
    rows, "articles", hide_index=True, key="articles_table", on_select="ignore" if large else "rerun",
    selection_mode="single-row",
    placeholder="—", column_config=chrome.columns(title=st.column_config.TextColumn("Title"),
                                                  outlet="Registry outlet (country, type)"),
)
if not large:
    if pages > 1:
        state.number_input(f"Page (of {pages:,})", "page", min_value=1, max_value=pages)
    picked = [int(rows.iloc[i]["id"]) for i in (table.selection.rows if hasattr(table, "selection") else [])]
    if chrome.fresh_click("articles", [{"customdata": p} for p in picked]):
        state.jump(article=picked[0])
    labels = {int(r.id): f"{r.published} · {r.source} · {r.title}" for r in rows.itertuples()}
    state.selectbox("Read an article", "article", list(labels), none_label="Choose an article (or click a row)",
                    format_func=lambda i: labels.get(i, f"article {i}"))
view = state.view()
if view.article:
    reader(view.article)
with st.expander("Articles by outlet country, outlet type or language", icon=":material/public:"):
    if not large:
        state.segmented("Count by", "group", GROUPS, format_func=GROUP_LABELS.get)
    groups = data.load("articles_by", state.view(), state.view().group)
    chrome.table(groups, "articles_by_group", hide_index=True, placeholder="—",
                 column_config=chrome.columns(group=GROUP_LABELS[state.view().group], articles="Articles"))

if writable:
    st.header("Re-run extraction")
    st.caption("Runs every extractor again over all stored articles (after a registry or extractor change); "
               "analysts' corrections are kept.")
    if st.button("Re-run extraction on all articles", key="reextract_go"):
        expected = actions.article_count()
        bar = st.progress(0.0, text="Re-extracting…")
        done = []

        def step() -> None:
            done.append(1)
            bar.progress(min(1.0, len(done) / max(expected, 1)), text=f"{len(done)} of {expected}")

        count = actions.reextract(step)
        st.session_state[FLASH] = f"Re-extracted {counted(count, 'article')}."
        st.rerun()
