"""Article-text hygiene: newline normalisation and removal of promotions inside a body.

Two kinds of promotion are recognised by what they are, never by a particular advertiser's words:
- link and call-to-action lines ("Read more: ...", "[Related: ...]", "Click here to subscribe",
  "Follow us on Twitter", "Advertisement"), removed wherever they stand;
- a sales-pitch tail: the last paragraphs turn from the story to selling (contact details, imperatives
  such as "book"/"call now", discounts and codes, "you/your" addressed by "we/our"), removed as a block.
Credit lines such as "(Sources: The Guardian, NBC News)" are metadata worth keeping and always stay.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_WORD = re.compile(r"\w+")

# Quoted speech is the article reporting someone's words, not the page selling something.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")

_CREDIT_LINE = re.compile(
    r"^\W*(sources?|credits?|additional reporting|reporting by|with reporting from|editing by)\b\s*[:(]?",
    re.IGNORECASE,
)

_LINK_LABEL = re.compile(
    r"^\W*(related(\s+(post|posts|article|articles|stories|story|content|coverage|reading))?"
    r"|read\s+more|read\s+also|also\s+read|see\s+also|more\s+from|recommended(\s+for\s+you)?"
    r"|don'?t\s+miss|must\s+read|trending|most\s+read|further\s+reading|download)\s*:",
    re.IGNORECASE,
)
_AD_MARKER = re.compile(
    r"^\W*(advertisement|sponsored(\s+content)?|story continues below(\s+advertisement)?|ad|"
    r"scroll to continue with content|continue reading( below)?)\W*$",
    re.IGNORECASE,
)
_CLICK_HERE = re.compile(r"\bclick(ing)?\s+here\b|\btap\s+here\b", re.IGNORECASE)
_SUBSCRIBE = re.compile(r"\b(subscribe|subscribing|sign\s*up|signing up)\b", re.IGNORECASE)
_NEWSLETTER = re.compile(r"\b(newsletters?|inbox|mailing list|daily (email|briefing)|email updates)\b", re.IGNORECASE)
_SOCIAL = re.compile(
    r"\b(twitter|facebook|instagram|youtube|tiktok|linkedin|telegram|whatsapp|threads)\b|(^|\s)@\w{2,}",
    re.IGNORECASE,
)
_FOLLOW = re.compile(r"^\W*(follow|like|join)\s+(us|@?\w+)\b", re.IGNORECASE)
_APP_PROMO = re.compile(r"\b(get|download)\b.{0,40}\bapp\b", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_REACH_AUTHOR = re.compile(r"\b(have a tip|can be reached|may be reached|email (him|her|them|us)|contact (him|her|us))\b",
                           re.IGNORECASE)

_PHONE = re.compile(r"(?<![\w.])(\+\d{1,3}[\s.-]?)?(\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![\w.])")
_WEB_ADDRESS = re.compile(
    r"\bhttps?://\S+|\bwww\.[\w-]+\.\S+|\b[\w-]+\.(com|net|org|online|shop|store|io|co|biz|info|app)\b(/\S*)?",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"(^|[.!?]\s+)(book|call|order|reserve|buy|shop|subscribe|sign up|register|download|visit|contact us|"
    r"get|try|join|save|grab|claim|use code|enter|text|hurry|don'?t miss|click|tap|schedule|request|"
    r"discover|explore|start|enjoy|treat yourself)\b",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(
    r"\b(call (us|now|today)|book (now|today|online)|order (now|today|online)|buy now|shop now|"
    r"act now|limited time|while (stocks|supplies) last|sign up (now|today)|reserve (now|today|your|a))\b",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"\b(\d+\s?%\s*off|save\s+\d+\s?%|discount|coupon|promo(tion(al)?)?\s+code|voucher|use code|with code|"
    r"free (trial|shipping|delivery|quote|consultation)|special offer|best price|lowest price|no hidden fees|"
    r"money[- ]back|satisfaction guaranteed)\b|\bcode\s+[A-Z0-9]{4,}\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(you|your|yours|you're|you'll|yourself)\b", re.IGNORECASE)
_BUSINESS_VOICE = re.compile(r"\b(our|we|we're|we'll|us)\b", re.IGNORECASE)

_LINE_MAX_WORDS = 40


@dataclass
class _Paragraph:
    """A paragraph of the text with the separator that precedes it (kept to rebuild the text exactly)."""

    text: str
    lead: str


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into `\\n`, leaving everything else as it is."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_promotions(text: str) -> str:
    """Return `text` without promotion lines and without a trailing sales pitch; credit lines stay."""
    paragraphs = _drop_pitch_tail(_split(text))
    kept = [p for p in paragraphs if not is_promo_line(p.text)]
    return _join(kept, text)


def is_promo_line(paragraph: str) -> bool:
    """True for a short link, subscribe, follow, app or advertisement line."""
    line = paragraph.strip()
    if not line or "\n" in line or len(_WORD.findall(line)) > _LINE_MAX_WORDS or _CREDIT_LINE.match(line):
        return False
    if _AD_MARKER.match(line) or _LINK_LABEL.match(line) or line.startswith("[Related"):
        return True
    if _CLICK_HERE.search(line) or _APP_PROMO.search(line):
        return True
    if _SUBSCRIBE.search(line) and (len(_WORD.findall(line)) <= 3 or _NEWSLETTER.search(line)):
        return True
    if _FOLLOW.match(line) and (_SOCIAL.search(line) or _WEB_ADDRESS.search(line) or "coverage" in line.lower()):
        return True
    return bool((_EMAIL.search(line) or _SOCIAL.search(line)) and _REACH_AUTHOR.search(line))


def pitch_signals(paragraph: str) -> set[str]:
    """The kinds of sales-pitch evidence in a paragraph, ignoring quoted speech."""
    prose = _QUOTED.sub(" ", paragraph)
    signals = set()
    if _PHONE.search(prose) or _WEB_ADDRESS.search(prose) or _EMAIL.search(prose):
        signals.add("contact")
    if _IMPERATIVE.search(prose.strip()) or _CALL_TO_ACTION.search(prose):
        signals.add("call to action")
    if _OFFER.search(prose):
        signals.add("offer")
    if len(_SECOND_PERSON.findall(prose)) >= 2:
        signals.add("addresses the reader")
    if _BUSINESS_VOICE.search(prose) and _SECOND_PERSON.search(prose):
        signals.add("sells as we")
    return signals


def _drop_pitch_tail(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """Remove the advertisement that ends the page, keeping every credit line.

    A credit line closes the story, so what follows it is judged as one block, short lines included (a
    list of destinations, a slogan). Without one, the advertisement is the last run of pitching paragraphs.
    """
    credits = [i for i, p in enumerate(paragraphs) if _CREDIT_LINE.match(p.text.strip())]
    after_credit = list(range(credits[-1] + 1, len(paragraphs))) if credits else []
    if after_credit and _is_advertisement([paragraphs[i].text for i in after_credit]):
        return paragraphs[: credits[-1] + 1]
    tail: list[int] = []
    for index in range(len(paragraphs) - 1, -1, -1):
        text = paragraphs[index].text
        if _CREDIT_LINE.match(text.strip()):
            continue
        if not pitch_signals(text):
            break
        tail.append(index)
    if not tail or min(tail) == 0 or not _is_advertisement([paragraphs[i].text for i in tail]):
        return paragraphs
    return [p for i, p in enumerate(paragraphs) if i not in set(tail)]


def _is_advertisement(paragraphs: list[str]) -> bool:
    """A run reads as an advertisement when one paragraph pitches twice over and the run shows three kinds."""
    per_paragraph = [pitch_signals(p) for p in paragraphs]
    kinds = set().union(*per_paragraph)
    return len(kinds) >= 3 and any(len(s) >= 2 for s in per_paragraph)


def _split(text: str) -> list[_Paragraph]:
    """Paragraphs are separated by blank lines; a text without any has one paragraph per line."""
    breaks = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else _LINE_BREAK
    pieces = breaks.split(text)
    leads = [""] + breaks.findall(text)
    return [_Paragraph(piece, lead) for piece, lead in zip(pieces, leads)]


def _join(paragraphs: list[_Paragraph], original: str) -> str:
    """Rebuild the text from kept paragraphs; the first keeps no leading separator, the end is trimmed."""
    if not paragraphs:
        return ""
    parts = [paragraphs[0].text] + [p.lead + p.text for p in paragraphs[1:]]
    joined = "".join(parts)
    return joined if joined == original else joined.rstrip() + ("\n" if original.endswith("\n") else "")
