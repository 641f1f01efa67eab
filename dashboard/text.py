"""Plain-text helpers for showing stored content safely: sentences around a span, reader marks, links,
and short human forms of dates and times for metrics.

Stored text is only ever shown as text; highlights are bracket characters, never HTML or markdown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

# Opening and closing marks for each kind of span in the reader (present in common fonts).
MARKS = {"mention": ("⟦", "⟧"), "quote": ("⟪", "⟫"), "statement": ("⟨", "⟩")}
LEGEND = "⟦ ⟧ actor mention   ⟪ ⟫[speaker] quote   ⟨ ⟩[kind · date] dated statement"
# Between two bracket characters that meet (a span opening inside another), so "⟨⟪⟦" reads as "⟨ ⟪ ⟦".
NEST_GAP = "\u2009"

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")
# A full stop after these is not a sentence end ("Mark N. Katz", "Mr. Peskov", "U.S. officials").
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sen", "rep", "gov"}


@dataclass(frozen=True)
class Mark:
    kind: str  # mention | quote | statement
    start: int
    end: int
    label: str | None = None  # who said a quote, what a statement is: written after its closing mark


def sentence_around(window: str | None, start: int, end: int) -> str:
    """The sentence of `window` holding [start, end): cut at the nearest sentence ends either side."""
    if not window:
        return ""
    start, end = max(0, start), min(len(window), max(start, end))
    ends = [m for m in _SENTENCE_END.finditer(window) if not _abbreviation(window, m.start())]
    head = max((m.end() for m in ends if m.end() <= start), default=0)
    tail = min((m.start() + 1 for m in ends if m.start() >= end), default=len(window))
    return " ".join(window[head:tail].split())


# Around the words a search found, in the sentence shown for a match (plain text, like the reader's marks).
FOUND = ("⟨", "⟩")
_HYPHENS = "[-\u2010\u2011\u00ad]?"


def _term_pattern(term) -> str:
    """A regex for any spelling of a search term (`filters.Term`) in the stored text, hyphens or not."""
    def word(value: str) -> str:
        return _HYPHENS.join(re.escape(char) for char in value)
    forms = ["(?:[\\W_]+)".join(word(w) for w in words) + (r"[^\W_]*" if term.prefix else "")
             for words in term.forms]
    return r"(?<![^\W_])(?:" + "|".join(forms) + r")(?![^\W_])"


def highlight(text: str | None, terms: list) -> str:
    """The sentence of `text` holding the most of the search's terms, each word found marked ⟨so⟩; "" when no
    sentence holds one (plain text: shown as text, never as HTML or markdown)."""
    if not text or not terms:
        return ""
    patterns = [re.compile(_term_pattern(term), re.IGNORECASE) for term in terms]
    either = re.compile("|".join(p.pattern for p in patterns), re.IGNORECASE)
    best, best_count = "", 0
    for found in either.finditer(text):
        sentence = sentence_around(text, found.start(), found.end())
        count = sum(1 for pattern in patterns if pattern.search(sentence))
        if count > best_count:
            best, best_count = sentence, count
            if count == len(patterns):
                break
    return either.sub(lambda m: f"{FOUND[0]}{m.group(0)}{FOUND[1]}", best)


def _abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    start = dot  # the word before the dot, read backwards (a regex anchored at the end rescans the whole text)
    while start and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    word = text[start:dot]
    return len(word) == 1 and word.isupper() or "." in word or word.lower() in _ABBREVIATIONS


def safe_link(url) -> str | None:
    """The URL when it is plain http(s); anything else (javascript:, data:, missing) is not offered as a link."""
    if not isinstance(url, str) or not url.strip():
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in {"http", "https"} else None


def marked_text(text: str, marks: list[Mark]) -> str:
    """The text with bracket characters around each marked span and its label after the closing one
    ("⟪…⟫[Andrew Roth]"); nested spans nest their brackets, a thin space between brackets that meet."""
    inserts: list[tuple[int, int, int, str]] = []
    for mark in marks:
        if mark.kind not in MARKS or not 0 <= mark.start < mark.end <= len(text):
            continue
        opening, closing = MARKS[mark.kind]
        label = f"[{' '.join(mark.label.split())}]" if mark.label else ""
        # Closings sort before openings at the same offset, and longer spans open first, so brackets nest.
        inserts.append((mark.start, 1, -mark.end, opening))
        inserts.append((mark.end, 0, -mark.start, closing + label))
    inserts.sort()
    pieces, cursor = [], 0
    for offset, *_rest, chars in inserts:
        between = text[cursor:offset]
        if pieces and not between:
            pieces.append(NEST_GAP)
        pieces += [between, chars]
        cursor = offset
    pieces.append(text[cursor:])
    return "".join(pieces)


# An absolute file path (not the path part of a URL): a "/" that follows no letter, colon, dot or slash.
_FILE_PATH = re.compile(r"(?<![\w:/.~])(?:/[^\s'\"/]+)*/([^\s'\"/]+)")


def without_paths(message: str | None) -> str:
    """A message with every server file path cut to its file name ("/tmp/coverage-x/07.txt" -> "07.txt")."""
    return _FILE_PATH.sub(r"\1", message or "")


def shown_origin(origin: str | None) -> str:
    """Where an article came from, as a reader may see it: its http(s) address, or only a file's name."""
    if safe_link(origin):
        return origin.strip()
    return without_paths(origin)


def clipped(text: str | None, width: int = 80) -> str:
    """The text on one line, cut at a word before `width` characters with an ellipsis when longer."""
    flat = " ".join((text or "").split())
    if len(flat) <= width:
        return flat
    return flat[:width].rsplit(" ", 1)[0] + "…"


def counted(count: int, noun: str) -> str:
    """ "1 article", "2 articles", "1,250 quotes": a count with its noun in the right number."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs (blank-line or line separated)."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def day_month(day: date) -> str:
    return f"{day.day} {day:%b}"


def date_span(first: date | None, last: date | None) -> str:
    """A date range short enough for a metric: "3 Mar – 21 Apr 2025", the year written once when shared."""
    if first is None or last is None:
        return "–"
    if first == last:
        return f"{day_month(first)} {first.year}"
    if first.year != last.year:
        return f"{day_month(first)} {first.year} – {day_month(last)} {last.year}"
    if first.month == last.month:
        return f"{first.day}–{last.day} {last:%b} {last.year}"
    return f"{day_month(first)} – {day_month(last)} {last.year}"


def moment(when: datetime | None) -> str:
    """A stored UTC time to the minute ("2025-04-22 08:00 UTC"), or "never"."""
    return f"{when:%Y-%m-%d %H:%M} UTC" if isinstance(when, datetime) else "never"
