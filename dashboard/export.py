"""Every download the pages offer: a table as CSV (UTF-8 with a byte-order mark, so Excel reads it right), the quote
explorer's quotes as JSON, and a chart as PNG or SVG at presentation size (plotly's static export through kaleido and
Debian's Chromium), each under a file name that says which filters made it. No streamlit here.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts import FONT, LARGE_FONT
from dashboard.filters import View

EXPORT_LIMIT = 50_000
BOM = "\ufeff"
# The filters a file name carries, in this order, as `name-value` (dates go last, as a range): the sidebar's and the
# pages' filters, then (for a table of what one item holds) the drill-down it shows.
NAMED_FILTERS = (("speaker", "speaker"), ("role", "role"), ("kinds", "kind"), ("q", "words"), ("actors", "actor"),
                 ("sources", "source"), ("country", "country"), ("otype", "type"), ("lang", "lang"),
                 ("topic", "topic"), ("compare", "groups"))
DRILL_DOWNS = (("expert", "expert"), ("article", "article"), ("statement", "statement"), ("pick", "of"),
               ("also", "with"), ("within", "in"), ("band", "band"), ("at", "at"))
# Chart choices named only when they differ from the default, so two exports of one chart never share a name.
NAMED_CHOICES = (("grain", "per"), ("measure", "measure"), ("by", "by"), ("unit", "unit"), ("minconf", "minconf"))
MAX_STEM_BYTES = 200  # file systems stop at 255 bytes a name; Cyrillic filters take two bytes a letter

# A chart's presentation size: the 16:9 screen presenter mode fits its main chart to, in presenter type. The PNG is
# drawn at 1.5 times that (1920 x 1080 pixels, a full-HD slide); the SVG keeps the layout size (it scales anyway).
PRESENTATION_WIDTH, PRESENTATION_HEIGHT = 1280, 720
PNG_SCALE = 1.5
IMAGE_TYPES = {"png": "image/png", "svg": "image/svg+xml"}
# Debian's chromium, named rather than searched for on PATH, so kaleido never looks for (or fetches) a Chrome of
# its own; without it the pages say the image downloads need it.
CHROMIUM = Path("/usr/bin/chromium")
EXPORT_SECONDS = 60


def table_csv(frame: pd.DataFrame) -> bytes:
    return (BOM + frame.to_csv(index=False)).encode("utf-8")


def quotes_json(frame: pd.DataFrame) -> str:
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str)


def file_name(view: View, extension: str, noun: str = "quotes", drill_down: bool = False) -> str:
    """`quotes_speaker-Vladimir-Putin_2025-03-01_2025-05-31.csv`: the noun, each filter set (and the drill-down,
    for a table showing one), the date range."""
    parts = [noun]
    default = View()
    for field, label in NAMED_FILTERS + (DRILL_DOWNS if drill_down else ()):
        value = getattr(view, field)
        if value:
            shown = "+".join(value) if isinstance(value, tuple) else str(value)
            parts.append(f"{label}-{slug(shown)}")
    for field, label in NAMED_CHOICES:
        value = getattr(view, field)
        if value != getattr(default, field):
            parts.append(f"{label}-{slug(str(value))}")
    if not view.wire_once:
        parts.append("every-copy")
    if view.date_from or view.date_to:
        parts.append(f"{view.date_from or 'start'}_{view.date_to or 'now'}")
    return _fit("_".join(parts)) + f".{extension}"


def slug(text: str) -> str:
    """Letters (any script), digits and "+" kept; everything else one hyphen."""
    return re.sub(r"[^\w+]+", "-", text, flags=re.UNICODE).strip("-_")[:60] or "x"


def _fit(stem: str) -> str:
    """The stem cut to what a file system takes, at a whole character."""
    return stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", errors="ignore").rstrip("-_")


def chromium() -> Path | None:
    """The Chromium kaleido draws with, or None when it is not installed."""
    found = CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")
    return Path(found) if found else None


def image_size(kind: str) -> str:
    """How big a downloaded image is, in words."""
    if kind == "png":
        return f"{round(PRESENTATION_WIDTH * PNG_SCALE)}×{round(PRESENTATION_HEIGHT * PNG_SCALE)} pixels"
    return f"{PRESENTATION_WIDTH}×{PRESENTATION_HEIGHT}, scalable"


def presentation(figure: go.Figure) -> go.Figure:
    """A copy of a page's chart as it reads on a slide: 1280 x 720, type as large as presenter mode's."""
    slide = go.Figure(figure)
    grow = LARGE_FONT / FONT if (slide.layout.font.size or FONT) < LARGE_FONT else 1.0
    slide.update_layout(width=PRESENTATION_WIDTH, height=PRESENTATION_HEIGHT, font={"size": LARGE_FONT},
                        title={"font": {"size": LARGE_FONT + 4}}, hoverlabel={"font": {"size": LARGE_FONT}})
    if slide.layout.margin.t:
        slide.update_layout(margin={"t": int(slide.layout.margin.t * 1.4)})
    # The pages' thin margins rely on Streamlit's theme growing them to fit the tick labels; plotly alone does not.
    slide.update_layout(margin={"l": 20, "r": 20, "b": 20})
    slide.update_xaxes(automargin=True)
    slide.update_yaxes(automargin=True)
    for annotation in slide.layout.annotations:
        if annotation.font.size:
            annotation.font.size = round(annotation.font.size * grow)
    for trace in slide.data:
        textfont = getattr(trace, "textfont", None)
        if textfont is not None and textfont.size is not None and not isinstance(textfont.size, tuple):
            textfont.size = round(textfont.size * grow)
    return slide


def figure_image(figure: go.Figure, kind: str) -> bytes:
    """The chart at presentation size as PNG or SVG bytes, drawn by plotly.js in a headless Chromium (offline: the
    plotly.js plotly ships, no MathJax)."""
    import kaleido  # noqa: PLC0415 started only when a user asks for an image: it brings up a browser

    browser = chromium()
    if browser is None:
        raise RuntimeError("Chart images need Chromium: apt-get install chromium")
    spec = presentation(figure).to_dict()
    opts = {"format": kind, "width": PRESENTATION_WIDTH, "height": PRESENTATION_HEIGHT,
            "scale": PNG_SCALE if kind == "png" else 1}
    kopts = {"path": str(browser), "mathjax": False, "timeout": EXPORT_SECONDS}
    try:
        image = kaleido.calc_fig_sync(spec, opts=opts, kopts=kopts)
    except Exception as exc:  # noqa: BLE001 retried once, then raised as it came
        # On a loaded machine kaleido can evaluate its script before the page has defined it ("kaleido_scopes is
        # not defined"); a fresh browser draws the same chart.
        if type(exc).__name__ != "JavascriptError":
            raise
        image = kaleido.calc_fig_sync(spec, opts=opts, kopts=kopts)
    return image if isinstance(image, bytes) else str(image).encode("utf-8")
