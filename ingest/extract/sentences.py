"""Sentences and paragraphs with their character offsets: the unit every extractor reasons about."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

import pysbd
from pysbd.utils import TextSpan

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
# Some sites lose the space between paragraphs ("… told Sputnik.He said …"): end punctuation after a word of
# two lower-case letters or more, then a capitalised word, is a sentence break that pysbd does not see.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][”\"])(?=[A-Z][a-z])")
# "… said in a statement posted on X. “We are …”": the platform X, not an initial (an initial follows a first name,
# never "on" or "via"); pysbd keeps the two sentences together.
PLATFORM_X = re.compile(r"(?:(?<=\bon X\.)|(?<=\bvia X\.))\s+(?=[\"“‘]?[A-Z])")


# "MOSCOW, April 18 (Reuters) -", "MOSCOW (Sputnik) - ", "LONDON -- ", "OSLO — ", "KYIV and MOSCOW — ": the wire's
# place and filing date before the story; a sentence's words (a reported clause, a statement) start after it. A dash
# glued to the word ("US–Russia talks") joins a compound, not a dateline.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'/-]+(?:\s+(?:and\s+)?[A-Z][A-Z.'/-]+)*(?:,\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*)?"
    # (the day after the month or before it: "MOSCOW, March 14 (Reuters) -", "BISHKEK, 27 November (BelTA) –")
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"(?:\s*\([^)]{1,30}\)\s*|\s+)"
    r"|\([A-Z][\w .&/-]{1,28}\)\s*"  # (also "(Reuters) — …" with the place left out)
    r"|[A-Z][A-Za-z]+\.(?:[Nn]et|[Cc]om|[Oo]rg|ru|ua|am|az|ge|kz)\s+)[-\u2013\u2014\u2015]+\s*"  # ("PanARMENIAN.Net - …")
)


# Words that end with a full stop without ending a sentence.
ABBREVIATIONS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.",
                           "Sen.", "Rep.", "Gov.", "St.", "Jr.", "Sr.", "Rev.", "Maj.", "Mx.", "U.S.", "U.K.",
                           "E.U.", "U.N."})
# End punctuation (and a closing quote mark) before a capital: a reader's sentence break, also where pysbd keeps
# a quoted passage of several sentences whole.
_INNER_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
_INITIAL = re.compile(r"[A-Z]\.")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int  # index of the paragraph it belongs to


class _Segmenter(pysbd.Segmenter):
    """pysbd's segmenter, locating each sentence with str.find: pysbd compiles one regex per sentence for
    this, which cost a fifth of ingestion time (the `re` cache holds only 512 patterns)."""

    def sentences_with_char_spans(self, sentences):
        # Same result as pysbd's: the first non-overlapping occurrence (plus trailing whitespace) that
        # ends after the previous sentence.
        text, spans, prior_end = self.original_text, [], 0
        for sent in sentences:
            start = text.find(sent)
            while start != -1:
                end = start + len(sent)
                while end < len(text) and text[end].isspace():
                    end += 1
                if end > prior_end:
                    spans.append(TextSpan(text[start:end], start, end))
                    prior_end = end
                    break
                start = text.find(sent, end if end > start else start + 1)
        return spans


class _ManyPatterns:
    """`re` as pysbd's modules see it, with a cache that holds all their patterns: pysbd builds one pattern per
    abbreviation it meets (hundreds), so `re`'s own cache (512, shared with everything else) missed ten
    thousand times on the 181 benchmark pages, 10% of ingestion time spent compiling. Same patterns, same flags."""

    def __getattr__(self, name):
        return getattr(re, name)

    @staticmethod
    def compile(pattern, flags=0):
        return _compiled(pattern, flags)

    @staticmethod
    def sub(pattern, repl, string, count=0, flags=0):
        return _compiled(pattern, flags).sub(repl, string, count)

    @staticmethod
    def findall(pattern, string, flags=0):
        return _compiled(pattern, flags).findall(string)

    @staticmethod
    def finditer(pattern, string, flags=0):
        return _compiled(pattern, flags).finditer(string)

    @staticmethod
    def search(pattern, string, flags=0):
        return _compiled(pattern, flags).search(string)

    @staticmethod
    def match(pattern, string, flags=0):
        return _compiled(pattern, flags).match(string)

    @staticmethod
    def split(pattern, string, maxsplit=0, flags=0):
        return _compiled(pattern, flags).split(string, maxsplit)


@lru_cache(maxsize=8192)
def _compiled(pattern, flags):
    return re.compile(pattern, flags)


for _module in list(sys.modules.values()):
    if (getattr(_module, "__name__", "") or "").startswith("pysbd") and getattr(_module, "re", None) is re:
        _module.re = _ManyPatterns()


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return _Segmenter(language="en", clean=False, char_span=True)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line-delimited paragraph."""
    spans, pos = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[pos:match.start()].strip():
            spans.append((pos, match.start()))
        pos = match.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text`, never crossing a paragraph; offsets index into `text`."""
    result = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        chunk = text[p_start:p_end]
        for span in _segmenter().segment(chunk):
            for piece_start, piece_end in _unglue(chunk, span.start, span.end):
                start, end = _trim(chunk, piece_start, piece_end)
                if start < end:
                    result.append(Sentence(chunk[start:end], p_start + start, p_start + end, index))
    return result


def _unglue(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = sorted([m.start() for m in _GLUED.finditer(chunk, start, end)]
                  + [m.start() for m in PLATFORM_X.finditer(chunk, start, end)])
    bounds = [start, *cuts, end]
    return list(zip(bounds, bounds[1:]))


def _trim(chunk: str, start: int, end: int) -> tuple[int, int]:
    end = min(end, len(chunk))
    while start < end and chunk[start].isspace():
        start += 1
    while end > start and chunk[end - 1].isspace():
        end -= 1
    return start, end


def inner_starts(text: str, start: int, end: int) -> list[int]:
    """Where a reader sees a new sentence inside text[start:end] that the splitter kept whole ("“Putin will listen
    to it. The conversation … will continue.”"): after end punctuation, not after an abbreviation or initial."""
    cuts = []
    for match in _INNER_BREAK.finditer(text, start, end):
        word = text[max(text.rfind(" ", start, match.start()), text.rfind("\n", start, match.start()), start - 1) + 1:
                    match.start()]
        if word.rstrip("\"”’") not in ABBREVIATIONS and not _INITIAL.fullmatch(word) \
                or PLATFORM_X.match(text, match.start()):
            cuts.append(match.end())
    return cuts
