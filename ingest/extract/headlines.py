"""Headlines read as sentences: "Zelensky Says Berlin Talks Show ‘Real Progress’" is "Zelensky says …" to the
clause grammar, which only knows lower-case verbs. The text keeps its length, so every offset stays true."""
from __future__ import annotations

import re

from ingest.extract.speechverbs import VERB_FORMS

_WORD = re.compile(r"[A-Z][a-z]+")


def sentence_case_verbs(text: str, title: str | None, verbs: frozenset[str] = VERB_FORMS) -> str:
    """`text` with the present-tense verbs (of `verbs`: speech verbs unless told) of its title-case headline in
    lower case ("Trump Says No Deal Reached" -> "Trump says No Deal Reached", "Putin Declares Easter Truce" ->
    "Putin declares …"). A verb opening the headline, or a headline in sentence case, is left alone."""
    headline = _headline(text, title)
    if headline is None or not _title_case(text[:headline]):
        return text
    verbs = [m for m in _WORD.finditer(text, 0, headline)
             if m.start() > 0 and m.group().lower() in verbs and m.group().lower().endswith("s")]
    if not verbs:
        return text
    chars = list(text)
    for match in verbs:
        chars[match.start()] = chars[match.start()].lower()
    return "".join(chars)


# A live page's marker after its headline ("… says EU’s Kallas – as it happened", "… – live"): the site's, not words
# of the headline's clause
_LIVE_SUFFIX = re.compile(r"\s+[–—-]\s+(?:as it happened|live(?: updates| blog)?|latest updates)\s*$", re.IGNORECASE)


def without_live_marker(headed: str, text: str, title: str | None) -> str:
    """`headed` (the text, or its sentence-cased copy) with a live page's marker after the headline blanked; same
    length, so offsets hold."""
    headline = _headline(text, title)
    marker = _LIVE_SUFFIX.search(text, 0, headline) if headline is not None else None
    if marker is None:
        return headed
    return headed[:marker.start()] + " " * (marker.end() - marker.start()) + headed[marker.end():]


def _headline(text: str, title: str | None) -> int | None:
    """Where the headline ends when the text opens with it (the title is the text's first line)."""
    if not title:
        return None
    end = text.find("\n")
    end = len(text) if end < 0 else end
    return end if text[:end].strip() == title.strip() else None


def _title_case(headline: str) -> bool:
    """Most words capitalised ("Putin Backs Trump’s Peace Effort"), not a sentence-case headline that names a few."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", headline) if len(w) > 3]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)

