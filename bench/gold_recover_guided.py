"""The second pass of `bench.gold_recover`: reshapings found when a new machine's store was rebuilt (2026-12-07).

The first pass tries the short lines of an excerpt as chrome. Annotators also left out long lines (photo captions,
promotions, a repeated paragraph), joined a sentence the page had broken over lines, put a lone list marker back
on its item, split a headline off the line it shared with the standfirst, cut "(MENAFN) " or "Istanbul (EFE).- "
off a paragraph, read a date line or a label glued to the next words as a line of its own, and stopped at a
sentence end before the excerpt's last paragraph. Trying every line as chrome is too many choices; the annotation
narrows them: a paragraph that alone holds the start of an annotated item was kept. Nothing is guessed: the only
text returned is the one with the meta's sha256.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import re
from pathlib import Path

_DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d\d-\d\d\s*")
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*(?:\[\d+\])*(?=\s|$)")
_ENDED = re.compile(r"[.!?…:;”\"’)\]]$")
_CHROME = re.compile(r"\((?:AP|EPA|AFP|Reuters)\)|\b(?:Photo|PHOTO|Image|Getty|REUTERS|via AP|EPA-EFE|AFP|Credit|credit"
                     r"|File photo|Pool|Sputnik|Anadolu|Read more|READ MORE|Subscribe|Sign up|newsletter|Follow us"
                     r"|originally published|Want to see more|Share|Advertisement|Related|RELATED|Sponsor)\b")
# a dateline or source tag before the first words: "Washington: ", "KYIV — ", "Istanbul, Turkey (EFE).- ", "(MENAFN) ",
# "(MENAFN- Gulf Times) ", "Moscow, (APP - UrduPoint / Pakistan Point News - 11th Apr, 2025) "
_DATELINE = re.compile(r"(?::|\s[—–-]+|\)\s*[—–-]+|\s*--|\)\.-|^\([A-Z][A-Za-z]+(?:-?\s?[A-Z][A-Za-z]+)*\)"
                       r"|^[A-Z][A-Za-z .'-]*, \([^()]{2,60}\))\s+")
# an advertisement label the page glued to the paragraph after it ("Hide AdThe last ten minutes …")
_GLUED_AD = re.compile(r"^(?:Hide Ad|Advertisement)+(?=[A-Z“\"‘']|$)")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦*–-]|\d+\.)\s+")
# labels a page glued to the words after them, which annotators read as lines of their own: a date line ending in a
# year ("Updated 12 March 2025Last week …") and the Arabic "add advertisement" label
_GLUED_LINE_END = re.compile(r"(?<=\b(?:19|20)\d\d)(?=[^\W\d_])|\s*(?=اضافة اعلان)|(?<=اضافة اعلان)\s*")
_SHORT = 90
_DATELINE_WITHIN = 6  # lines a story's dateline may come after: a standfirst, a few key points
_ALL_SUBSETS = 14  # up to this many optional lines every choice is tried; past it, runs at either end and a few more


class GaveUp(Exception):
    """The excerpt has more choices of lines than the budget allows."""


def annotated_starts(gold_path: Path) -> tuple[str, ...]:
    """The starts of the quotes and statements annotated in `gold_path`, as `_plain` text."""
    if not gold_path.exists():
        return ()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    items = [item for key in ("quotes", "ceasefire_statements") for item in gold.get(key) or []]
    starts = [item.get("text_start") or "" for item in items]
    return tuple(_plain(start)[:25] for start in starts if len(start) >= 12)


def _plain(text: str) -> str:
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, straight)
    return re.sub(r"\s+", " ", text).strip()


def rebuild(excerpt: str, title: str, wanted: str, keep: tuple[str, ...], tries: list[int]) -> str | None:
    for wide in (False, True):
        for lines in _layouts(excerpt, title):
            for text in _texts(title, lines, keep, wide):
                tries[0] -= 1
                if tries[0] < 0:
                    raise GaveUp
                if hashlib.sha256(text.encode("utf-8")).hexdigest() == wanted:
                    return text
    return None


def _layouts(excerpt: str, title: str):
    """The excerpt's lines as an annotator may have read them."""
    excerpt = _DATE_PREFIX.sub("", excerpt)
    seen = []
    unglued = _GLUED_LINE_END.sub("\n", excerpt)
    for spaced in dict.fromkeys((excerpt, excerpt.replace("\u00a0", " "), unglued)):
        for strip in (True, False):
            lines = [(line.strip() if strip else line.rstrip()) for line in spaced.split("\n") if line.strip()]
            unlabelled = [line for line in (_GLUED_AD.sub("", line) for line in lines) if line]
            for lines in dict.fromkeys((tuple(lines), tuple(unlabelled))):
                yield from _shapes(list(lines), title, seen)


def _shapes(lines: list[str], title: str, seen: list):
    split = None
    if title and lines and lines[0].startswith(title) and len(lines[0]) > len(title):
        split = [title, lines[0][len(title):].strip()] + lines[1:]
    for shaped in filter(None, (lines, split)):
        for unbulleted in (False, True):
            items = [_BULLET.sub("", line) for line in shaped] if unbulleted else shaped
            for how in (0, 1, 2):
                layout = _joined(items, how) if how else items
                if layout not in seen:
                    seen.append(layout)
                    yield layout


def _joined(lines: list[str], how: int) -> list[str]:
    """Lines put back together: a lone list marker with its item, and a sentence broken before a lower-case word
    (how=1) or any line hard-wrapped before its sentence ended (how=2)."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] in ("-", "•", "*"):
            out[-1] = f"{out[-1]} {line}"
        elif out and not _ENDED.search(out[-1]) and (how == 2 or line[:1].islower() or line[:1] in ".,;:”\"’)"):
            out[-1] = out[-1] + ("" if line[:1] in ".,;:”\"’)" else " ") + line
        else:
            out.append(line)
    return out


def _texts(title: str, lines: list[str], keep: tuple[str, ...], wide: bool):
    starts = [lines]
    if lines and title and lines[0].lower() == title.lower():
        starts.append(lines[1:])
    for paragraphs in starts:
        if not paragraphs:
            continue
        body = [i for i, line in enumerate(paragraphs) if _plain(line).lower() != _plain(title).lower()]
        # a paragraph that alone holds an item's start was kept; one of two that hold it may be the dropped copy
        holders = [[i for i in body if start in _plain(paragraphs[i])] for start in keep]
        kept = {found[0] for found in holders if len(found) == 1}
        repeated = {i for i, line in enumerate(paragraphs) if paragraphs.count(line) > 1 or i not in body}
        last_kept = max(kept, default=0)
        ends = range(len(paragraphs) - 1, (last_kept if wide else max(last_kept, len(paragraphs) - 3)) - 1, -1)
        for end in ends:
            optional = [i for i in range(end) if i not in kept
                        and (wide or i in repeated or _is_chrome(paragraphs[i]))]
            for dropped in _choices(optional, 8 if wide else _ALL_SUBSETS):
                chosen = [line for i, line in enumerate(paragraphs[:end + 1]) if i not in dropped]
                for rest in _without_dateline(chosen):
                    for last in (_cuts(rest[-1]) if len(rest) > 1 else [rest[-1]]):
                        text_lines = rest[:-1] + [last]
                        for with_title in ((True, False) if title else (False,)):
                            text = "\n\n".join(([title] if with_title else []) + text_lines)
                            yield text + "\n"
                            yield text


def _is_chrome(line: str) -> bool:
    return len(line) < _SHORT or not _ENDED.search(line) or bool(_CHROME.search(line))


def _cuts(line: str) -> list[str]:
    return list(dict.fromkeys([line] + [line[:m.end()].rstrip() for m in _SENTENCE_END.finditer(line)]))


def _without_dateline(chosen: list[str]):
    """The chosen lines with a dateline cut off the first paragraph of the story, which may come after a kept
    standfirst or key points ("Agreements made to ensure …" then "Moscow/Washington/Kyiv — Ukraine's defence …")."""
    yield chosen
    for i, line in enumerate(chosen[:_DATELINE_WITHIN]):
        for cut in _undated(line)[1:]:
            yield chosen[:i] + [cut] + chosen[i + 1:]


def _undated(line: str) -> list[str]:
    outs = [line]
    for m in _DATELINE.finditer(line[:70]):
        rest = line[m.end():]
        if rest[:1].isupper() or rest[:1] in "“\"‘'":
            outs.append(rest)
    return list(dict.fromkeys(outs))


def _choices(optional: list[int], all_up_to: int):
    """Sets of optional lines to leave out, fewest first."""
    if len(optional) <= all_up_to:
        for count in range(len(optional) + 1):
            yield from itertools.combinations(optional, count)
        return
    seen = set()
    for count in range(5):
        for choice in itertools.combinations(optional, count):
            seen.add(choice)
            yield choice
    # a long run of chrome: leading and trailing runs of optional lines, and up to two more between them
    for a in range(len(optional) + 1):
        for b in range(a, len(optional) + 1):
            ends = tuple(optional[:a]) + tuple(optional[b:])
            for count in range(3):
                for middle in itertools.combinations(optional[a:b], count):
                    choice = tuple(sorted(ends + middle))
                    if choice not in seen:
                        seen.add(choice)
                        yield choice
