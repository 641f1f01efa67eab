"""Dates named in an article, resolved to calendar days or months.

Explicit dates ("April 18", "18 April 2025", "in March"), weekdays ("on Friday") and relative words
("last month", "yesterday", "that same day", "one day after April 18", "later said") are resolved against the
publication date and the dates named before them. A date that names no year ("on March 11", "in
August") is its occurrence nearest the publication date (the next one when the sentence looks ahead);
"a year ago in May" and "in May last year" are the year before. Plain regular expressions and `datetime`: no
date library, because the ones we tried count "one day after April 18" from today.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}

# Month names are matched capitalised only, so the verbs "may" and "march" are never dates.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"

_EXPLICIT = re.compile(
    rf"\b(?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))\b"
    rf"|\b(?P<md>(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:\s*[-–]\s*{_DAY})?(?:,?\s+(?P<y1>{_YEAR}))?)"
    rf"|\b(?P<dm>(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)"
    rf"|\b(?P<my>(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR}))"
    rf"|\b(?P<m4>{_MONTH})(?![\w-])(?!\s+\d)"
)
# A bare month is a date only after one of these ("in March", "last May", "mid-April"); it keeps them in its span.
_MONTH_LEAD = re.compile(
    r"\b(?:(?P<when>last|this|next)|in|since|by|until|till|through|during|early|late|from|before|after|end\s+of"
    r"|beginning\s+of|start\s+of|middle\s+of|mid)[\s-]+(?:(?:early|late|mid)[\s-]+)?$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<mod>last|this|next|on|late|early|(?:on\s+)?the\s+(?:previous|following))\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])(?!s\b)"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night"
    r"|(?:earlier\s+|later\s+)?(?:last|this|next)\s+(?:week|month)|(?:earlier|later)\s+in\s+the\s+(?:week|month)"
    r"|(?:over|at)\s+the\s+weekend|last\s+weekend"  # ("at the weekend": British for "over the weekend")
    r"|(?:on\s+)?(?:that|the|this)\s+same\s+(?:day|evening|night|morning|afternoon)|that\s+(?:day|evening|night|morning|afternoon)"
    r"|(?:later|earlier)\s+that\s+day|within\s+hours|hours\s+later"
    r"|later(?=\s+(?:said|told|added|noted|wrote|announced|[a-z]+ed)\b)"
    r"|after\s+the\s+(?:meeting|talks|call|summit|session|news\s+conference)"
    r"|at\s+the\s+same\s+(?:summit|meeting|conference|news\s+conference|press\s+conference|event|talks|session)"
    r"|the\s+(?:next|following|previous|preceding)\s+day|a\s+day\s+(?:earlier|later))\b",
    re.IGNORECASE,
)
_OFFSET = re.compile(
    rf"\b(?:(?P<n>{_NUM})\s+|the\s+)(?P<unit>days?|weeks?)\s+(?P<dir>after|before|later|earlier|ago)\b",
    re.IGNORECASE,
)
# A month-day after the publication date keeps the publication year only when the sentence looks ahead.
_FUTURE = re.compile(
    r"(?:\b(?:will|would|shall|next|upcoming|scheduled|planned|plans?\s+to|until|till|through|set\s+to"
    r"|(?:is|are)\s+(?:expected|going|slated|due)\s+to"
    # (a present progressive of an arrangement: "are heading to Washington Monday", "is meeting Putin on Friday")
    r"|(?:is|are|am)\s+(?:heading|travell?ing|flying|meeting|visiting|leaving|coming|returning|hosting)"
    r")\b|['’]ll\b)",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"\b(?:since|until|till|through|for|from|by|starting|beginning)\s+(?:(?:midnight|noon|dawn|the\s+end\s+of|early|late"
    r"|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?)\s+)?(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# "a year ago in May", "in May last year": the year is named, as the one before the publication's.
_HALF_YEAR = timedelta(days=183)
_YEAR_BACK_BEFORE = re.compile(r"\b(?:a|one)\s+year\s+ago\s*,?\s*(?:in\s+|on\s+)?$", re.IGNORECASE)
_YEAR_BACK_AFTER = re.compile(r"^,?\s+(?:of\s+)?last\s+year\b|^,?\s+(?:a|one)\s+year\s+ago\b", re.IGNORECASE)
# quoted words closed before the date: their tense is the speaker's, not the sentence's
_CLOSED_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"]")
# "the FT article from Tuesday": a thing dated by the day it came from, not a period starting then
_DOCUMENT_FROM = re.compile(r"\b(?:article|report|story|statement|remarks|comments|interview|call|meeting|speech|"
                            r"post|letter|video|address|talks|briefing|readout)\s+from\s*(?:on\s+)?$", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(r"\b(?:for|from|until|till|starting|beginning|by)\s*(?:on\s+)?$", re.IGNORECASE)
# Words that make a date describe a thing ("the April 18 remarks") rather than when the sentence's act happened.
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|this|that|since)|['’]s)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRef:
    """One date expression: its surface span, the resolved day (first of the month for month precision)."""

    text: str
    start: int
    end: int
    value: date
    precision: str  # "day" | "month"
    basis: str  # "explicit" | "weekday" | "relative"
    sentence: int  # index into the sentence list
    attributive: bool = False  # names a thing ("Rubio's April 18 remarks"), not when something happened
    period: bool = False  # bounds a period ("since March 11", "until midnight on Sunday"): never an anchor
    year_named: bool = False  # the text names the year ("May 2024", "a year ago in May"), so it may lie far back
    spoken_of: bool = False  # the clause's subject ("said 25 December could be remembered as …"): no act's day

    @property
    def iso(self) -> str:
        return self.value.isoformat() if self.precision == "day" else self.value.strftime("%Y-%m")


@dataclass
class _Where:
    """The sentence a candidate sits in: its index, its text, and its text up to the candidate's end."""

    index: int
    sentence: str
    before: str


@dataclass
class _Raw:
    start: int
    end: int
    kind: str  # explicit | weekday | relative | offset
    match: re.Match
    when: str = ""  # "last" | "this" | "next" before a bare month


def find_dates(text: str, sentences: list, published: date | None) -> list[DateRef]:
    """Every resolvable date in `text`, in text order, each tagged with its sentence index."""
    starts = [s.start for s in sentences]
    raws = _candidates(text)
    found: list[DateRef] = []
    skip_until = -1
    for index, raw in enumerate(raws):
        if raw.start < skip_until:
            continue
        index_of_sentence = max(bisect_right(starts, raw.start) - 1, 0)
        sentence = sentences[index_of_sentence] if sentences else None
        where = _Where(index_of_sentence, text[sentence.start:sentence.end] if sentence else text,
                       text[sentence.start if sentence else 0:raw.end])
        resolved = _resolve(text, raws, index, found, where, published)
        if resolved is None:
            continue
        ref, end = resolved
        skip_until = end
        found.append(DateRef(text[raw.start:end], raw.start, end, ref[0], ref[1], ref[2], index_of_sentence,
                             _attributive(text, raw.start, end), _bounds_period(text, raw.start, end),
                             raw.kind == "explicit" and (_written_year(raw.match) or _year_back(text, raw)),
                             _spoken_of(text, raw.start, end)))
    return found


_PERIOD_LEAD = re.compile(r"(?:since|until|till|through|from|by)\s", re.IGNORECASE)


def _bounds_period(text: str, start: int, end: int) -> bool:
    """"since March 11", "until midnight on Sunday", and a bare month whose span keeps its lead ("since March")."""
    return bool(_PERIOD_BEFORE.search(text[max(0, start - 40):start]) or _PERIOD_LEAD.match(text, start, end))


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w.]*\s$")


def _candidates(text: str) -> list[_Raw]:
    raws = []
    for kind, pattern in (("explicit", _EXPLICIT), ("weekday", _WEEKDAY), ("relative", _RELATIVE), ("offset", _OFFSET)):
        for m in pattern.finditer(text):
            if kind == "explicit" and (m.group("m3") or m.group("m4")):
                lead = _MONTH_LEAD.search(text, max(0, m.start() - 25), m.start())
                if lead is None and m.group("m4"):
                    continue
                start = lead.start() if lead else m.start()
                raws.append(_Raw(start, m.end(), kind, m, ((lead.group("when") or "") if lead else "").lower()))
            elif kind == "relative" and m.group() == "Today" and _NAME_BEFORE.search(text, max(0, m.start() - 30),
                                                                                     m.start()):
                continue  # "Russia Today", "USA Today": a name, not the day
            else:
                raws.append(_Raw(m.start(), m.end(), kind, m))
    raws.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[_Raw] = []
    for raw in raws:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


def _resolve(text, raws, index, found, where, published):
    """((value, precision, basis), end) for one candidate, or None when it cannot be placed."""
    raw = raws[index]
    if raw.kind == "explicit":
        value = _explicit(raw, where, published, _year_back(text, raw))
        return (value, raw.end) if value else None
    if raw.kind == "weekday":
        nxt = raws[index + 1] if index + 1 < len(raws) else None
        if nxt is not None and nxt.kind == "explicit" and re.fullmatch(r",?\s*\(?", text[raw.end:nxt.start]):
            # "on Thursday, May 15", "on Tuesday (Dec 9)": the day named
            return _resolve(text, raws, index + 1, found, where, published)
        anchor = next((f.value for f in reversed(found) if f.sentence == where.index and f.precision == "day"
                       and f.basis == "explicit" and not f.period and (published is None or f.value <= published)
                       # ("… on March 11, Rubio said on Tuesday": the attribution's day is not read around the event's)
                       and not _ATTRIBUTION.search(text, f.end, raw.start)), None)
        # Around the publication's own date ("KYIV, May 11 (Reuters) - ... on Thursday") the sentence's tense decides.
        near = anchor is not None and anchor != published
        value = _weekday_near(raw.match, anchor) if near else _weekday(raw.match, where.before, published)
        return ((value, "day", "weekday"), raw.end) if value else None
    if raw.kind == "relative":
        value = _relative(raw.match.group("rel"), found, published)
        return ((value[0], value[1], "relative"), raw.end) if value else None
    return _offset(text, raws, index, found, where, published)


def _written_year(m: re.Match) -> bool:
    return any(m.group(name) for name in ("iy", "y1", "y2", "y3"))


def _year_back(text: str, raw: _Raw) -> bool:
    return bool(_YEAR_BACK_BEFORE.search(text, max(0, raw.start - 25), raw.start)
                or _YEAR_BACK_AFTER.match(text[raw.end:raw.end + 25]))


def nearest_year(month: int, day: int, ahead: bool, published: date | None) -> int | None:
    """The year of the occurrence of month/day nearest the publication; the next one when the sentence looks ahead."""
    if published is None:
        return None
    occurrences = [d for d in (_safe_date(published.year + shift, month, day) for shift in (-1, 0, 1)) if d]
    if not occurrences:
        return None
    before = max((d for d in occurrences if d <= published), default=None)
    after = min((d for d in occurrences if d > published), default=None)
    if before is None or before == published:
        return (before or after).year
    if after is not None and (after - published < published - before or (ahead and after - published <= _HALF_YEAR)):
        return after.year
    return before.year


def _explicit(raw: _Raw, where: _Where, published: date | None, year_back: bool = False):
    m = raw.match
    ahead = bool(_FUTURE.search(where.sentence) or _AHEAD_BEFORE.search(where.before[: len(where.before) - len(m.group())]))
    if m.group("iso"):
        value = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return (value, "day", "explicit") if value else None
    for day_group, month_group, year_group in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if m.group(month_group) and m.group(day_group):
            month, day = _month(m.group(month_group)), int(re.sub(r"\D", "", m.group(day_group)))
            if m.group(year_group):
                year = int(m.group(year_group))
            elif year_back:
                year = published.year - 1 if published else None
            else:
                year = nearest_year(month, day, ahead, published)
            value = _safe_date(year, month, day) if year else None
            return (value, "day", "explicit") if value else None
    if m.group("m3"):
        return date(int(m.group("y3")), _month(m.group("m3")), 1), "month", "explicit"
    month = _month(m.group("m4"))
    if published is None:
        return None
    when = raw.when
    if year_back:
        year = published.year - 1
    elif when == "last":
        year = published.year if month < published.month else published.year - 1
    elif when == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = nearest_year(month, 15, ahead, published.replace(day=15))
    return date(year, month, 1), "month", "explicit"


def _weekday(m: re.Match, before: str, published: date | None) -> date | None:
    if published is None:
        return None
    target = WEEKDAYS[m.group("wd").lower()]
    mod = (m.group("mod") or "").lower()
    back = (published.weekday() - target) % 7
    if mod == "next" or "following" in mod:
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if mod == "last" or "previous" in mod:
        return published - timedelta(days=back or 7)
    # only the weekday's own clause looks ahead: "Zelensky said Ukraine would accept a ceasefire, speaking at a news
    # conference on Sunday" is last Sunday's news conference
    attributions = list(_ATTRIBUTION.finditer(before))
    own = before[attributions[-1].start():] if attributions else before
    own = _CLOSED_QUOTE.sub(" ", own)  # ("“I will give details …,” he told journalists on Monday": the quote's tense)
    past = list(_FINITE_PAST.finditer(own))
    if past:
        # the weekday belongs to the last finite verb before it: "Both have suggested they would be open to …, a
        # suggestion that Macron reiterated on Monday" is last Monday; "said he will meet Putin on Friday" still looks
        # ahead, as its "will" comes after "said"
        own = own[past[-1].start():]
    lead = before[: len(before) - len(m.group())]
    if _FUTURE.search(own) or _AHEAD_BEFORE.search(lead) and not _DOCUMENT_FROM.search(lead):
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=back)


# A trailing attribution: ", Peskov said on Monday", ", speaking at a news conference on Sunday", ',” he told'
_ATTRIBUTION = re.compile(r",[”\"’]?\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+|(?:he|she|they|it|we)\s+){0,5}?"
                          r"(?:said|says|told|wrote|added|stated|noted|"
                          r"announced)\b|,\s+(?:speaking|talking|writing|addressing|according)\b")


# A verb in the simple past: a regular "-ed" form that no determiner, auxiliary or "to" turns into an adjective or a
# participle ("the so-called envoys", "will be discussed", "has agreed"), or one of the irregular pasts of news verbs.
# Not a verb of proposing or asking: its weekday is often the event it asks for ("proposed direct talks there on
# Thursday").
_FINITE_PAST = re.compile(
    r"(?<![-\w])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bso-)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bhad\s)(?<!\bis\s)(?<!\bare\s)(?<!\bto\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<!\btheir\s)(?<!\bthis\s)"
    r"(?!(?:propos|offer|suggest|invit|schedul|plann|arrang|agre|call|urg|demand|request)ed\b)"
    r"(?:[a-z]{3,}(?<!need)(?<!seed)(?<!speed)(?<!ceed)(?<!deed)(?<!breed)ed|said|told|met|spoke|held|made|gave|took"
    r"|went|came|wrote|sent|began|left|flew|saw|sought|brought|struck|broke)\b")


def _weekday_near(m: re.Match, anchor: date) -> date:
    """'a truce on April 19 ... until midnight on Sunday': the weekday closest to the date the sentence named."""
    shift = (WEEKDAYS[m.group("wd").lower()] - anchor.weekday()) % 7
    return anchor + timedelta(days=shift if shift <= 3 else shift - 7)


def _relative(word: str, found: list[DateRef], published: date | None):
    word = " ".join(word.lower().split())
    last_day = _last_day(found)
    if word.startswith(("that ", "on that ", "the same", "on the same", "this same", "on this same", "later that",
                        "earlier that", "at the same", "after the")) or word in ("within hours", "hours later"):
        return (last_day, "day") if last_day else None
    if word == "later":  # "On November 23 ... Trump later said": after that day, so only its month is known
        past = next((f.value for f in reversed(found) if f.precision == "day" and not f.period
                     and (published is None or f.value <= published)), None)
        if past is None or past == published:
            return (past, "day") if past else None
        return past.replace(day=1), "month"
    if word in ("the next day", "the following day", "a day later"):
        return (last_day + timedelta(days=1), "day") if last_day else None
    if word in ("the previous day", "the preceding day", "a day earlier"):
        return (last_day - timedelta(days=1), "day") if last_day else None
    if published is None:
        return None
    days = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this morning": 0, "this afternoon": 0,
            "this evening": 0, "last night": -1}
    if word in days:
        return published + timedelta(days=days[word]), "day"
    if word.endswith("weekend"):
        return saturday_before(published).replace(day=1), "month"
    if word.endswith("week"):
        shift = {"last": -7, "next": 7}.get(word.split()[-2], 0)
        return (published + timedelta(days=shift)).replace(day=1), "month"
    shift = {"last": -1, "next": 1}.get(word.split()[-2], 0)
    return add_months(published.replace(day=1), shift), "month"


def _offset(text, raws, index, found, where, published):
    raw = raws[index]
    m = raw.match
    amount = _number(m.group("n") or "one") * (7 if m.group("unit").lower().startswith("week") else 1)
    direction = m.group("dir").lower()
    if direction in ("after", "before") and re.match(r"\s*(?:[,.;:)]|$)", text[raw.end:raw.end + 2]):
        direction = "later" if direction == "after" else "earlier"
    if direction == "ago":
        return ((published - timedelta(days=amount), "day", "relative"), raw.end) if published else None
    sign = 1 if direction in ("after", "later") else -1
    nxt = raws[index + 1] if index + 1 < len(raws) else None
    if direction in ("after", "before") and nxt and nxt.kind in ("explicit", "weekday") and not text[raw.end:nxt.start].strip():
        anchor = _resolve(text, raws, index + 1, found, where, published)
        if anchor and anchor[0][1] == "day":
            return (anchor[0][0] + timedelta(days=sign * amount), "day", "relative"), nxt.end
        return None
    same_sentence = [f for f in found if f.sentence == where.index and f.precision == "day" and not f.period]
    if direction in ("after", "before"):
        # "X (dated) came one day after Y": the clause after "after" happened one day before X's date.
        if not same_sentence:
            return None
        return (same_sentence[-1].value - timedelta(days=sign * amount), "day", "relative"), raw.end
    # ("… the meeting is planned for Wednesday [July 23]. … Two days earlier, Zelenskyy said …": "earlier" counts back
    # from the last day that has come, not from a plan's)
    anchor = same_sentence[-1].value if same_sentence else _last_day(found, published if sign < 0 else None)
    return ((anchor + timedelta(days=sign * amount), "day", "relative"), raw.end) if anchor else None


def _last_day(found: list[DateRef], until: date | None = None) -> date | None:
    """The day named most recently, skipping dates that only bound a period (and days after `until`)."""
    return next((f.value for f in reversed(found) if f.precision == "day" and not f.period
                 and (until is None or f.value <= until)), None)


# A date that is its clause's subject ("he said 25 December 2025 could be remembered as …", "Friday marks …"): the
# day is what is spoken of, not when anything happened; after a preposition it is an adjunct again.
DAY_AS_SUBJECT = re.compile(r",?\s+(?:could|would|will|may|might|must|should|can|was|is|has|had|marks|marked|became|"
                            r"becomes|remains|remained)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|by|since|until|till|from|before|after|for|to|of|through|during|"
                                 r"between|and|or|than)\s*$", re.IGNORECASE)


def _spoken_of(text: str, start: int, end: int) -> bool:
    """The date is its clause's subject, past a verb ("he said 25 December 2025, could be remembered as …"); not a
    sentence's opening "Monday was …", which may set the scene."""
    return bool(DAY_AS_SUBJECT.match(text, end)) and not _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) \
        and not re.search(r"(?:[.!?:;\n]|^)\s*$", text[max(0, start - 3):start])


def _attributive(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12):start]
    if not _ATTRIBUTIVE_BEFORE.search(before):
        return False
    after = text[end:end + 20]
    return bool(re.match(r"\s+[a-z]", after)) or before.rstrip().lower().endswith("since")


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(value: date, months: int) -> date:
    """The first of the month `months` after (or before) `value`'s."""
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def saturday_before(day: date) -> date:
    """The Saturday of the last weekend before `day` ("last weekend", "am Wochenende")."""
    return day - timedelta(days=(day.weekday() - 5) % 7 or 7)
