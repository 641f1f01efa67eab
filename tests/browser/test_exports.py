"""Downloads in a real browser: the file is named after the filters and the CSV opens in Excel as UTF-8."""
from __future__ import annotations

import csv
import io
import struct

from browsing import LIVE, live, metric, open_view


def test_csv_download_is_named_after_the_filters_and_starts_with_a_bom(server, page):
    open_view(page, server.url, "/quotes?speaker=Andrew%20Roth&from=2025-03-01&to=2025-04-30", "Quotes")
    with page.expect_download() as started:
        live(page, "button").filter(has_text="Download CSV").click()
    download = started.value
    assert download.suggested_filename == "quotes_speaker-Andrew-Roth_2025-03-01_2025-04-30.csv"
    body = open(download.path(), "rb").read()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [r["quote"] for r in rows] == ["This is a serious step,", "the mood in Kyiv was cautious",
                                          "We are listening to both sides,"]
    assert rows[2]["quote_id"] == "1" and rows[2]["sentence"] == "\"We are listening to both sides,\" Andrew Roth said."


def test_chart_png_is_drawn_on_click_at_presentation_size_and_named_after_the_view(server, page):
    open_view(page, server.url, "/actors?lang=en&from=2025-03-01&to=2025-06-30", "Actors")
    with page.expect_download(timeout=90_000) as started:
        page.locator(f"{LIVE}.st-key-actors_lines_png").get_by_role("button", name="Chart as PNG").click()
    download = started.value
    assert download.suggested_filename == "actors-lines_lang-en_2025-03-01_2025-06-30.png"
    body = open(download.path(), "rb").read()
    assert body[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", body[16:24]) == (1920, 1080)


def test_table_csv_holds_the_sentences_shown(server, page):
    open_view(page, server.url, "/actors?pick=Russia&lang=en", "Actors")
    with page.expect_download() as started:
        page.locator(f"{LIVE}.st-key-actor_sentences_csv").get_by_role("button", name="Table as CSV").click()
    download = started.value
    assert download.suggested_filename == "actor-sentences_lang-en_of-Russia.csv"
    rows = list(csv.DictReader(io.StringIO(open(download.path(), "rb").read().decode("utf-8-sig"))))
    assert len(rows) == int(metric(page, "Mentions shown (newest 50 at most)")) > 0
    assert all(r["surface"] in r["sentence"] for r in rows)  # each row the sentence holding its mention
