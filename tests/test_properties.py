"""Property-based tests (hypothesis): extraction never crashes on any text and keeps its invariants.

Every offset lies inside the text; a quote's text comes from the article (each part of a split quote is a
piece of the text between its offsets, parts joined by one space); mention surfaces and statement texts are
exactly `text[start:end]`; stance evidence spans too. The examples mix article-like words (names, speech verbs,
dates) with quote-mark soup, control characters and huge paragraphs; the count is bounded to keep this fast.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.extract import extract_all
from ingest.extract.registry import load_registry
from ingest.records import Article
from ingest.pipeline import SEED_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
SEED_WORDS = SEED_ARTICLE.read_text(encoding="utf-8").split()[:400]
REGISTRY = load_registry()
NAMES = [form for actor in REGISTRY.actors for form in REGISTRY.forms(actor)]
MARKS = list("\"'“”„«»‘’‚‹›″′`") + ["''", "``", "\"\"", "“”", "«»", "—", "–", "...", "…"]
GLUE = ["said", "told", "says", "added", "warned", "according to", "on Monday", "last week", "April 18",
        "that same day", "ceasefire", "peace deal", "agreed", "Mr.", "Dr.", "U.S.", "an expert at", "who", ",", ".",
        "?", "!", ";", ":", "(", ")", "\n", "\n\n", "\n\n\n", " ", "\t", "\r", "\x00", "\x0b", "\x1f", "\u2028",
        "\ufeff", "\u200b", "\u00a0", "\ud7ff", "🇺🇦"]
TOKENS = st.sampled_from(SEED_WORDS + NAMES + MARKS + GLUE)


@st.composite
def article_texts(draw) -> str:
    """Text built from tokens joined by random separators, sometimes with one huge paragraph or raw characters."""
    tokens = draw(st.lists(TOKENS, max_size=120))
    separators = draw(st.lists(st.sampled_from(["", " ", " ", " ", "\n", "\n\n"]), min_size=len(tokens),
                               max_size=len(tokens)))
    text = "".join(t + s for t, s in zip(tokens, separators))
    extra = draw(st.sampled_from(["none", "huge", "raw"]))
    if extra == "huge":
        text += " ".join(draw(st.lists(TOKENS, min_size=1, max_size=5)) * draw(st.integers(200, 1500)))
    elif extra == "raw":
        text += draw(st.text(max_size=300))
    return text


def from_article(part: str, span: str) -> bool:
    """`part` is a piece of `span`, or pieces of it joined by single spaces (a split quote)."""
    if part in span:
        return True
    return any(part[i] == " " and part[:i] in span and from_article(part[i + 1:], span)
               for i in range(1, len(part) - 1))


def check_invariants(text: str) -> None:
    found = extract_all(Article(text=text, published=date(2025, 4, 19)), REGISTRY)
    size = len(text)
    for m in found.mentions:
        assert 0 <= m.start < m.end <= size and m.surface == text[m.start:m.end], m
    for q in found.quotes:
        assert 0 <= q.start <= q.end <= size, q
        assert q.text and from_article(q.text, text[q.start:q.end]), q
    for s in found.statements:
        assert 0 <= s.start <= s.end <= size and s.text == text[s.start:s.end], s
    for expert in found.experts:
        for stance in [*expert.stances, *([expert.outlook] if expert.outlook else [])]:
            for span in stance.evidence:
                assert 0 <= span.start <= span.end <= size and span.text == text[span.start:span.end], span


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(article_texts())
@example('"""\n\n“”„«»‘’\'\'"said Putin, "')
@example('“Unbalanced, Zelensky said. ‘Never closed " and » then « again')
@example("\x00" * 50 + '"We want peace," Marco Rubio said.' + "\r\n" * 30)
@example('"' + "word " * 20_000 + '," Dmitry Peskov told reporters.')
@example('On April 18, Russia and Ukraine agreed to a 30-day ceasefire, the Kremlin said.\x00 "We will sign the peace'
         ' deal next week," Putin said on Monday. ““ «')
def test_extraction_keeps_its_invariants_on_any_text(text):
    check_invariants(text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_extraction_survives_arbitrary_unicode(text):
    check_invariants(text)
