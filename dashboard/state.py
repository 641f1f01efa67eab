"""The view state of one browser session, kept in step with the URL: widgets start from the link and
every change is written back to `st.query_params`, so the address bar always reproduces the view.
"""
from __future__ import annotations

from datetime import date
from typing import Callable, Sequence

import streamlit as st

from dashboard.filters import View, from_params, link

_VIEW = "_view"
_PAGE = "_page"
_FRESH = "_fresh"
# Fields that travel with the user from page to page; the rest belong to one page.
SHARED = ("date_from", "date_to", "actors", "sources", "country", "otype", "lang", "topic", "wire", "present",
          "compare", "events")
FALLBACK_BASE = "http://127.0.0.1:8501"
NO_CHOICE = ""


def _url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def start(page_path: str) -> View:
    """Call once per run before any widget: the view from the link, or carried over from the last page."""
    params = _url_params()
    previous: View | None = st.session_state.get(_VIEW)
    page_changed = st.session_state.get(_PAGE) != page_path
    if previous is None or (page_changed and params) or (not page_changed and params and _differs(previous, params)):
        view, fresh = from_params(params), True
    elif page_changed:
        view, fresh = View(**{name: getattr(previous, name) for name in SHARED}), True
    else:
        view, fresh = previous, False
    st.session_state[_VIEW] = view
    st.session_state[_PAGE] = page_path
    st.session_state[_FRESH] = fresh
    _write(view, force=fresh)
    return view


def _differs(view: View, params: dict[str, list[str]]) -> bool:
    # The URL changed without a widget changing it (a link opened in the same session).
    return from_params(params) != view


def view() -> View:
    return st.session_state[_VIEW]


def page_path() -> str:
    """The URL path of the page being shown ("" for the overview)."""
    return st.session_state.get(_PAGE, "")


def update(**changes) -> View:
    new = view().with_(**changes)
    if new != view():
        st.session_state[_VIEW] = new
        _write(new)
    return new


def jump(**changes) -> View:
    """Change the view from a click: the widgets drawn after this follow the new values."""
    st.session_state[_FRESH] = True
    return update(**changes)


def _write(new: View, force: bool = False) -> None:
    # `force` rewrites the address bar even when the server's parameters already agree: a link to the page
    # being shown (presenter mode's way out) changes them on the server and not in the browser's bar.
    wanted = {k: v if isinstance(v, list) else [v] for k, v in new.to_params().items()}
    if force or wanted != _url_params():
        st.query_params.from_dict(new.to_params())


def _seed(key: str, value) -> None:
    # Widgets read their value from session state; set it from the view when the view came from a link.
    if st.session_state.get(_FRESH) or key not in st.session_state:
        st.session_state[key] = value


def _bound(field: str, widget: Callable, key: str | None, to_widget, from_widget, **kwargs):
    key = key or f"w_{field}"
    _seed(key, to_widget(getattr(view(), field)))
    value = widget(key=key, **kwargs)
    update(**{field: from_widget(value)})
    return value


def selectbox(label: str, field: str, options: Sequence, *, none_label: str | None = "All",
              key: str | None = None, format_func=str, **kwargs):
    """A selectbox bound to a field of the view; `none_label` names the "no choice" entry."""
    current = getattr(view(), field)
    choices = list(options)
    if current is not None and current not in choices:
        choices.append(current)  # a link may name something this store lacks: keep the link's meaning
    if none_label is not None:
        # A real entry for "no choice" (not None, which streamlit shows as an empty placeholder).
        choices = [NO_CHOICE, *choices]

    def shown(option):
        return none_label if option == NO_CHOICE else format_func(option)

    def to_widget(value):
        if value is None and none_label is not None:
            return NO_CHOICE
        return value if value in choices else choices[0]

    value = _bound(field, st.selectbox, key, to_widget, lambda v: None if v == NO_CHOICE else v,
                   label=label, options=choices, format_func=shown, **kwargs)
    return None if value == NO_CHOICE else value


def multiselect(label: str, field: str, options: Sequence[str], *, key: str | None = None, **kwargs):
    current = getattr(view(), field)
    choices = list(options) + [c for c in current if c not in options]
    return _bound(field, st.multiselect, key, list, tuple, label=label, options=choices, **kwargs)


def segmented(label: str, field: str, options: Sequence[str], *, key: str | None = None,
              format_func=str):
    """A one-of-few choice (grain, measure, wire) that always has a value."""
    default = getattr(View(), field)
    return _bound(field, st.segmented_control, key, lambda v: v, lambda v: v or default,
                  label=label, options=list(options), format_func=format_func, selection_mode="single")


def date_input(label: str, field: str, *, key: str | None = None, **kwargs) -> date | None:
    return _bound(field, st.date_input, key, lambda v: v, lambda v: v or None,
                  label=label, value=None, **kwargs)


def text_input(label: str, field: str, *, key: str | None = None, **kwargs) -> str:
    return _bound(field, st.text_input, key, lambda v: v or "", lambda v: (v or "").strip(),
                  label=label, **kwargs)


def slider(label: str, field: str, *, key: str | None = None, **kwargs) -> float:
    return _bound(field, st.slider, key, lambda v: v, lambda v: round(float(v), 2), label=label, **kwargs)


def toggle(label: str, field: str, *, key: str | None = None, **kwargs) -> bool:
    return _bound(field, st.toggle, key, bool, bool, label=label, **kwargs)


def number_input(label: str, field: str, *, key: str | None = None, **kwargs) -> int:
    return _bound(field, st.number_input, key, lambda v: v, lambda v: int(v), label=label, step=1, **kwargs)


def shared_view() -> View:
    """The view with only the shared filters: what another page opened from here starts from."""
    current = view()
    return View(**{name: getattr(current, name) for name in SHARED})


def shared_params() -> dict[str, str | list[str]]:
    """The query parameters that carry the shared filters to another page."""
    return shared_view().to_params()


def share_link() -> str:
    """The full address of the current view, for the "copy link" control."""
    page_url = st.context.url or f"{FALLBACK_BASE}/{st.session_state.get(_PAGE, '')}"
    return link(page_url, view())


_LINK_SLOT = "_link_slot"


def copy_link() -> None:
    """Reserve the place of the link to this view (a code block, which has a copy button). The link itself is
    written by `fill_copy_link` once every widget and click of the run has changed the view."""
    with st.expander("Copy link to this view", icon=":material/link:"):
        st.session_state[_LINK_SLOT] = st.empty()


def fill_copy_link() -> None:
    """Write the link into the place `copy_link` reserved in this run; call after the page has run."""
    slot = st.session_state.pop(_LINK_SLOT, None)
    if slot is not None:
        slot.code(share_link(), language=None, wrap_lines=True)
