"""Reading AppTest results as a user reads the page: the plotly figures' data, the metrics, table headers."""
from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest


def figures(at: AppTest) -> list[dict]:
    """The plotly figures on the page, as the JSON the browser receives."""
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def figure(at: AppTest, title_start: str) -> dict:
    found = [f for f in figures(at) if f["layout"]["title"]["text"].startswith(title_start)]
    assert len(found) == 1, [f["layout"]["title"]["text"] for f in figures(at)]
    return found[0]


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def headers(table) -> list[str]:
    """The column headers a reader sees on an `st.dataframe`, in order (hidden columns left out)."""
    config = json.loads(table.proto.columns or "{}")
    order = list(table.proto.column_order) or [str(c) for c in table.value.columns]
    return [config.get(name, {}).get("label") or name for name in order if not config.get(name, {}).get("hidden")]
