"""The quote explorer's exports: the filtered quotes as CSV or JSON (stored text exactly as stored)."""
from __future__ import annotations

import json

import pandas as pd

EXPORT_COLUMNS = ["quote", "speaker", "role", "kind", "published", "source", "title", "url", "article_id"]
EXPORT_LIMIT = 50_000


def quotes_csv(frame: pd.DataFrame) -> str:
    return frame[EXPORT_COLUMNS].to_csv(index=False)


def quotes_json(frame: pd.DataFrame) -> str:
    rows = frame[EXPORT_COLUMNS].astype(object).where(frame[EXPORT_COLUMNS].notna(), None).to_dict("records")
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
