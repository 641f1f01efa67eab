"""The quote explorer's exports: the filtered quotes as CSV (UTF-8 with a byte-order mark, so Excel reads
it right) or JSON, stored text exactly as stored, under a file name that says which filters made it."""
from __future__ import annotations

import json
import re

import pandas as pd

from dashboard.filters import View

EXPORT_LIMIT = 50_000
BOM = "\ufeff"
# The filters a file name carries, in this order, as `name-value` (dates go last, as a range).
NAMED_FILTERS = (("speaker", "speaker"), ("role", "role"), ("kinds", "kind"), ("q", "words"), ("actors", "actor"),
                 ("sources", "source"), ("topic", "topic"))


def quotes_csv(frame: pd.DataFrame) -> bytes:
    return (BOM + frame.to_csv(index=False)).encode("utf-8")


def quotes_json(frame: pd.DataFrame) -> str:
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str)


def file_name(view: View, extension: str, noun: str = "quotes") -> str:
    """`quotes_speaker-Vladimir-Putin_2025-03-01_2025-05-31.csv`: the noun, each filter set, the date range."""
    parts = [noun]
    for field, label in NAMED_FILTERS:
        value = getattr(view, field)
        if value:
            shown = "+".join(value) if isinstance(value, tuple) else str(value)
            parts.append(f"{label}-{_slug(shown)}")
    if not view.wire_once:
        parts.append("every-copy")
    if view.date_from or view.date_to:
        parts.append(f"{view.date_from or 'start'}_{view.date_to or 'now'}")
    return "_".join(parts) + f".{extension}"


def _slug(text: str) -> str:
    # Letters (any script), digits and "+" kept; everything else one hyphen.
    return re.sub(r"[^\w+]+", "-", text, flags=re.UNICODE).strip("-_")[:60] or "x"
