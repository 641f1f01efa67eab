"""Pairs quotation marks into quoted spans, paragraph by paragraph.

Double marks (straight ", curly “ ”, prime ″, low „, guillemets « », ’’ closing an open double, and ''…'' as
some archives type them) are the
primary quotes; single marks (‘ ’ UK style, or straight ') count only outside double-quoted spans and only where
they cannot be apostrophes.
A span left open at a paragraph's end closes there: the next paragraph's opening mark starts a new span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.sentences import paragraphs

_OPENERS = "“„«"
_CLOSERS = "”»"
_SYMMETRIC = "\"″"
# ('Ukraine"s sovereignty': a straight double mark typed for an apostrophe is no quotation mark)
_DOUBLE = re.compile(r"’’|''|(?<![A-Za-z])\"|\"(?!s\b)|[″“”„«»]")
_PAIRED_SINGLES = ("’’", "''")  # two apostrophes typed as a closing double mark: “…’’
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'′](?=[^\W_]|\d|[.…])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'′](?=$|[\s,.;:!?)\]—–-])", re.MULTILINE)
_ENDS_PUNCT = ",.!?…—–-"
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][’'\"”]?)\s*$")


@dataclass(frozen=True)
class Quoted:
    """The words between a pair of quotation marks: `text[start:end]`, marks excluded."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when the paragraph ended first
    paragraph: int


# 'Marcia "Cia" Price', 'Dwayne “The Rock” Johnson': a nickname between a person's names, not quoted words.
NICKNAME = re.compile(r"\b[A-Z][\w.’'-]*\s(?P<mark>[“\"])[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}[”\"](?=\s[A-Z])")


def find_quoted(text: str) -> list[Quoted]:
    """Every top-level quoted span of the text, in order (nicknames left out)."""
    found: list[Quoted] = []
    spans = paragraphs(text)
    for index, (p_start, p_end) in enumerate(spans):
        doubles = _pair_doubles(text, p_start, p_end, index)
        runs_on = index + 1 < len(spans) and text[spans[index + 1][0]] in "‘'"
        singles = _pair_singles(text, p_start, p_end, index, doubles, runs_on)
        found += [d for d in doubles if not any(s.start <= d.open_mark < s.end for s in singles)] + singles
    found.sort(key=lambda q: q.start)
    nicknames = {m.start("mark") for m in NICKNAME.finditer(text)}
    return [q for q in found if q.end > q.start and q.open_mark not in nicknames and not _programme(text, q)]


# 'On this weekend’s broadcast of “Fox News Sunday,” Pence said', 'told NBC’s “Meet the Press”': a show's name after
# "of", "on" or an owner's "’s", every word capitalised, is a title, not someone's words.
_TITLE_CASE = re.compile(r"(?:[A-Z][\w.’'&-]*|the|of|and|a|an|in|on|at|to|for|with)(?:\s+(?:[A-Z][\w.’'&-]*|the|of|and|"
                          r"a|an|in|on|at|to|for|with)){0,5}[,.]?")
_TITLE_BEFORE = re.compile(r"(?:\b(?:of|on|to)|[’']s?|\b(?:show|program|programme|broadcast|podcast))\s*$")


def _programme(text: str, q: Quoted) -> bool:
    return q.close_mark is not None and bool(_TITLE_CASE.fullmatch(text, q.start, q.end)) \
        and text[q.start].isupper() and len(text[q.start:q.end].split()) >= 2 \
        and bool(_TITLE_BEFORE.search(text, max(0, q.open_mark - 30), q.open_mark))


def _pair_doubles(text: str, p_start: int, p_end: int, index: int) -> list[Quoted]:
    spans, open_at = [], None
    for match in _DOUBLE.finditer(text, p_start, p_end):
        i, mark = match.start(), match.group()
        if mark in _PAIRED_SINGLES:
            if open_at is not None:
                spans.append(_span(text, open_at, i, i + 1, index))
                open_at = None
            elif mark == "''" and (i == p_start or text[i - 1].isspace() or text[i - 1] in "(—") \
                    and i + 2 < p_end and not text[i + 2].isspace():
                open_at = i + 1  # ''…'': some archives type both marks as two apostrophes
        elif mark == "“" and open_at is not None and text[open_at] == "„":
            # German „…“: here “ closes; read as an opener it made the reporting clause after it a quote.
            spans.append(_span(text, open_at, i, i, index))
            open_at = None
        elif mark == "“" and open_at is not None and _looks_closing(text, i, p_end):
            # “…,“ Peskov told reporters: an opening mark typed where the closing one belongs closes the span
            spans.append(_span(text, open_at, i, i, index))
            open_at = None
        elif mark in _OPENERS or (mark in _SYMMETRIC and open_at is None) or (mark == "”" and open_at is None
                                                                               and _looks_opening(text, i, p_end)):
            if open_at is not None:
                spans.append(_span(text, open_at, i, None, index))
            open_at = i
        elif open_at is not None:
            spans.append(_span(text, open_at, i, i, index))
            open_at = None
    if open_at is not None:
        spans.append(_span(text, open_at, _unclosed_end(text, open_at, p_end), None, index))
    return spans


def _unclosed_end(text: str, open_at: int, p_end: int) -> int:
    """Where a mark nobody closed stops quoting: at the paragraph's end, unless the writer's narration visibly takes
    over first ('“No country can … another country, as quoted by RT News. He also stated that …'): a sentence
    that reports someone in the third person is the writer's, and so is a source credit ending the sentence before
    it."""
    narration = _NARRATION_RESUMES.search(text, open_at + 1, p_end)
    if narration is None:
        return p_end
    end = narration.start() + 1
    credit = _CREDIT_ENDS.search(text, open_at + 1, end)
    return credit.start() if credit else end


# ". He also stated that", ". Putin added that": a new sentence whose subject reports in the third person
_NARRATION_RESUMES = re.compile(r"[.!?](?=\s+(?:He|She|They|[A-Z][a-z]+)\s+(?:also\s+|later\s+|then\s+|further\s+)?"
                                r"(?:said|stated|added|noted|asserted|stressed|claimed|argued|warned|insisted|"
                                r"explained|emphasi[sz]ed|underlined|recalled|told)\b)")
_CREDIT_ENDS = re.compile(r",\s+(?:as\s+(?:quoted|cited|reported)\s+by|according\s+to)\s+[^,.;:“”\"]{1,40}[.!?]$")


def _looks_closing(text: str, i: int, p_end: int) -> bool:
    """A mark right after the quoted words' last character, before a space or the paragraph's end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < p_end else " "
    return not before.isspace() and before not in "(—" and (after.isspace() or after in ",.;:!?)")


def _looks_opening(text: str, i: int, p_end: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < p_end else " "
    return (before.isspace() or before in "(—") and not after.isspace()


def _pair_singles(text: str, p_start: int, p_end: int, index: int, doubles: list[Quoted],
                  runs_on: bool) -> list[Quoted]:
    """Single-quoted spans; the paragraph's last one may stay open when the next paragraph reopens it."""
    covered = [(q.open_mark, (q.close_mark or q.end) + 1) for q in doubles]

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in covered)

    closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, p_start, p_end) if not inside(m.start())]
    openers = [m.start() for m in _SINGLE_OPEN.finditer(text, p_start, p_end) if not inside(m.start())]
    spans, after = [], p_start
    for k, i in enumerate(openers):
        if i < after:
            continue
        limit = next((o for o in openers[k + 1:] if o > i), p_end)
        close = _single_closer(text, i, [c for c in closers if c < limit], text[i])
        if close is None:
            if limit == p_end and (runs_on or not text[p_start:i].strip() or _OPENS_SENTENCE.search(text, p_start, i)):
                # ("‘I describe the call as positive,’ Witkoff said. ‘The two sides have narrowed the gaps.¶": a
                # quote that opens a sentence and is left open at the paragraph's end closes there, as doubles do)
                spans.append(_span(text, i, p_end, None, index))
            continue
        spans.append(_span(text, i, close, close, index))
        after = close + 1
    return spans


def _single_closer(text: str, opened: int, closers: list[int], mark: str) -> int | None:
    """The closing mark before the next opener: prefer one after punctuation (a sentence or clause ends there)."""
    partner = "’" if mark == "‘" else mark
    candidates = [c for c in closers if c > opened + 1 and text[c] == partner]
    if not candidates:
        return None
    punctuated = [c for c in candidates if text[c - 1] in _ENDS_PUNCT]
    return punctuated[0] if punctuated else candidates[0]


def _span(text: str, open_mark: int, end: int, close_mark: int | None, index: int) -> Quoted:
    start = open_mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quoted(start, end, open_mark, close_mark, index)
