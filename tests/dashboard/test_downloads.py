"""Every chart's PNG and SVG and every table's CSV, through AppTest on the synthetic multi-outlet store
(`outlets_fixture`): each page offers them under file names carrying the view's filters, the CSV holds the rows
the table shows, and the images are drawn for real (kaleido driving Debian's Chromium) at presentation size.

A download button's file is made only when clicked: the test keeps what each button would serve (its file name
and the function making it) by watching Streamlit's own media file manager, then makes the file as a click would.
"""
from __future__ import annotations

import csv
import io
import os
import struct
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from typing import Callable

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from dashboard import actions, export
from dashboard.filters import View
from outlets_fixture import build

FILTERS = {"lang": "ru", "from": "2025-03-01", "to": "2025-06-30"}
TAIL = "lang-ru_2025-03-01_2025-06-30"
SVG = "{http://www.w3.org/2000/svg}"


@dataclass
class Download:
    label: str
    file_name: str
    make: Callable[[], bytes | str]


@pytest.fixture
def downloads_store(tmp_path, monkeypatch):
    path = build(tmp_path / "outlets.sqlite")
    monkeypatch.setenv("COVERAGE_DB", str(path))
    return path


@pytest.fixture
def served(monkeypatch):
    """What each download button would serve, by the deferred file id its button carries."""
    files: dict[str, tuple[str, Callable]] = {}
    register = MediaFileManager.add_deferred

    def watched(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        file_id = register(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)
        files[file_id] = (file_name, data_callable)
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", watched)
    return files


def buttons(at, served) -> list[Download]:
    """The page's download buttons in order, each with the file it serves."""
    found = []
    for button in at.get("download_button"):
        name, make = served[button.proto.deferred_file_id]
        found.append(Download(button.proto.label, name, make))
    return found


def names(at, served) -> list[str]:
    return [d.file_name for d in buttons(at, served)]


def charts(*keys: str) -> list[str]:
    return [f"{key}_{TAIL}.{kind}" for key in keys for kind in ("png", "svg")]


def table(noun: str, drill_down: str = "") -> str:
    """A table's CSV: the filters, then what the table drills down to, then the dates."""
    return f"{noun}_lang-ru{'_' + drill_down if drill_down else ''}_2025-03-01_2025-06-30.csv"


PAGES = [
    ("overview", {}, charts("overview-multiples", "overview-top", "overview-kinds")),
    ("actors", {"pick": "Ivan Sidorov"},
     charts("actors-lines", "actors-top", "actors-matrix") + [table("actor-sentences", "of-Ivan-Sidorov")]),
    ("experts", {"expert": "Paul Archer"},
     charts("experts-matrix") + [table("experts"), table("expert-evidence", "expert-Paul-Archer"),
                                 table("corrections")]),
    ("timeline", {"statement": "1"}, charts("timeline-chart") + [table("statement", "statement-1")]),
    ("articles", {"article": "1"},
     [table("articles"), table("article", "article-1"), table("article-marks", "article-1"),
      table("articles-by-group")]),
    ("voices", {"band": "Russia"}, charts("voices-time", "voices-groups") + [table("voice-quotes", "band-Russia")]),
    ("events", {}, [table("events")]),
    ("sources", {}, [table("sources")]),
]


@pytest.mark.parametrize(("page", "params", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_every_chart_and_table_has_its_downloads_named_after_the_view(downloads_store, served, open_page, page,
                                                                      params, expected):
    at = open_page(page, **FILTERS, **params)
    assert names(at, served) == expected
    labels = [d.label for d in buttons(at, served)]
    assert set(labels) <= {"Chart as PNG", "Chart as SVG", "Table as CSV"}


def test_outlets_page_offers_each_chart_and_table_with_its_groups_in_the_name(downloads_store, served, open_page):
    at = open_page("outlets", compare="country:RU,country:UA", pick="Ivan Sidorov", within="country:RU")
    groups = "groups-country-RU+country-UA"
    got = names(at, served)
    assert got == ([f"group-sizes_{groups}.csv"] + [f"outlets-lines_{groups}.{k}" for k in ("png", "svg")]
                   + [name for panel in ("actors", "kinds", "stances", "speakers")
                      for name in (f"outlets-{panel}_{groups}.png", f"outlets-{panel}_{groups}.svg",
                                   f"outlets-{panel}-numbers_{groups}.csv")]
                   + [f"framing_{groups}.csv", f"group-sentences_{groups}_of-Ivan-Sidorov_in-country-RU.csv"])


def test_decks_page_names_each_decks_table_after_the_deck(downloads_store, served, open_page):
    actions.save_to_deck("Monday briefing", "outlets", "compare=country%3ARU&compare=country%3AUA", "RU and UA")
    at = open_page("decks")
    assert names(at, served) == ["deck-1-Monday-briefing.csv"]


def test_a_tables_csv_holds_the_rows_it_shows(downloads_store, served, open_page):
    at = open_page("outlets", compare="country:RU,country:UA", pick="Ivan Sidorov", within="country:RU")
    csv_file = next(d for d in buttons(at, served) if d.file_name.startswith("group-sentences_"))
    body = csv_file.make()
    assert body.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    shown = at.dataframe[-1].value
    assert [r["sentence"] for r in rows] == shown["sentence"].tolist()
    assert [int(r["article_id"]) for r in rows] == shown["article_id"].tolist()


def test_presenter_mode_offers_no_downloads(downloads_store, served, open_page):
    at = open_page("actors", present="1", pick="Ivan Sidorov")
    assert at.get("download_button") == []


def test_file_names_stay_short_enough_for_any_file_system():
    long_filter = export.file_name(View(q="переговоры о прекращении огня " * 20,
                                               actors=("Владимир Путин",) * 10), "png", noun="actors-lines")
    assert len(long_filter.encode("utf-8")) <= export.MAX_STEM_BYTES + len(".png")
    assert long_filter.startswith("actors-lines_words-") and long_filter.endswith(".png")
    assert export.file_name(View(grain="month", by="role"), "svg", noun="voices-time") == (
        "voices-time_per-month_by-role.svg")


# --- images drawn for real -----------------------------------------------------------------------------------

@pytest.fixture
def chromium_present():
    if export.chromium() is None:
        message = "/usr/bin/chromium is missing: apt-get install chromium"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


def png_size(body: bytes) -> tuple[int, int]:
    assert body[:8] == b"\x89PNG\r\n\x1a\n"
    assert body[12:16] == b"IHDR"
    return struct.unpack(">II", body[16:24])


def test_chart_images_are_drawn_at_presentation_size(downloads_store, served, open_page, chromium_present):
    at = open_page("actors", **FILTERS)
    by_name = {d.file_name: d for d in buttons(at, served)}
    png = by_name[f"actors-lines_{TAIL}.png"].make()
    assert png_size(png) == (1920, 1080)
    svg = by_name[f"actors-lines_{TAIL}.svg"].make()
    root = ElementTree.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height")) == ("1280", "720")
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "Articles mentioning" in texts  # the page's chart, its title and legend, not a blank frame
    assert "Ivan Sidorov" in texts and "Russia" in texts
    # Presenter type: the title is drawn at 26 px on the slide (18 px on the page).
    title = next(t for t in root.iter(f"{SVG}text") if (t.text or "").startswith("Articles mentioning"))
    assert "font-size: 26px" in title.get("style", "")
