"""Downloads in a real browser: the file is named after the filters and the CSV opens in Excel as UTF-8."""
from __future__ import annotations

import csv
import io

from browsing import live, open_view


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
