"""Dates named in Russian, Ukrainian, German and French sentences, resolved against the publication date.

The same rules as the English dates: a day and month without a year ("18 апреля", "le 15 mai") is its occurrence
nearest the publication (the next one when the sentence looks ahead), a month alone ("im März", "в марте") likewise
with month precision, a weekday ("в понедельник", "у п'ятницю", "am Freitag", "vendredi dernier") the last one on or
before the publication unless a modifier or the sentence's tense points ahead, "вчера" / "gestern" / "hier" the
day before, a week or month named by its place ("на прошлой неделе", "минулого місяця", "vergangene Woche", "le mois
dernier", "am Wochenende") with month precision as in English, and a count back ("три дня назад", "два тижні тому",
"vor zwei Wochen", "il y a une semaine") to its day. Month and weekday names in every form, and the words for yesterday, come from dateparser's language
data; the few forms it lacks (Russian and Ukrainian months after "в"/"у") and the modifiers are lists here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ingest.extract.dates import DateRef, add_months, nearest_year, saturday_before

LANGUAGES = ("ru", "uk", "de", "fr")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS_BACK_KEYS = {"0 day ago": 0, "1 day ago": 1, "2 day ago": 2, "in 1 day": -1, "in 2 day": -2}
# Months as they stand after "в"/"у" (the locative), which dateparser does not list.
_MONTHS_IN = {
    "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "uk": "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні",
}
# What may stand before a month named alone for it to be a date ("im März", not "März-Runde").
_MONTH_LEAD = {
    "ru": r"(?:в|во|с|до|к|в\s+начале|в\s+конце|в\s+середине|начале|конце|середине)",
    "uk": r"(?:в|у|з|до|на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині|середині)",
    "de": r"(?:im|Im|seit|bis|Anfang|Ende|Mitte|Mitte\s+bis\s+Ende)",
    "fr": r"(?:en|En|depuis|début|fin|courant|mi-)",
}
_LAST = {"ru": r"прошл\w+|минувш\w+", "uk": r"минул\w+", "de": r"vergangenen|letzten|vorigen", "fr": r"dernier|passé"}
_NEXT = {"ru": r"следующ\w+|ближайш\w+", "uk": r"наступн\w+|найближч\w+", "de": r"kommenden|nächsten",
         "fr": r"prochain"}
_WEEKDAY_LEAD = {"ru": r"(?:в|во)\s+", "uk": r"(?:в|у)\s+", "de": r"(?:am\s+|Am\s+)?", "fr": r"(?:le\s+|Le\s+)?"}
# Words that make a sentence look ahead, so a weekday or a day without a year is the next one.
_AHEAD = {
    "ru": r"будет|будут|пройд[её]т|пройдут|состоится|состоятся|планиру\w+|намерен\w*|собира\w+|ожида\w+|предстоящ\w+",
    "uk": r"буде|будуть|відбудеться|відбудуться|пройде|пройдуть|планує|планують|має\s+намір|мають\s+намір|очіку\w+",
    "de": r"wird|werden|soll|sollen|geplant|plant|planen|will|wollen|bevorstehend\w*",
    "fr": r"aura\s+lieu|auront\s+lieu|sera|seront|va|vont|doit|doivent|devrait|devraient|prévu\w*",
}
# A week, month or weekend named by its place relative to the publication, with month precision as in English:
# the modifier says which ("last" / "this" / "next"), the unit how far that moves.
_PERIOD = {
    "ru": r"(?:на|в|во)\s+(?P<mod>прошл\w+|минувш\w+|эт\w+|текущ\w+|следующ\w+|ближайш\w+)\s+"
          r"(?P<unit>недел\w+|месяц\w*|выходн\w+)|на\s+(?P<unit2>выходных)",
    "uk": r"(?:(?:на|в|у)\s+)?(?P<mod>минул\w+|цього|цьому|цей|ці|поточн\w+|наступн\w+)\s+"
          r"(?P<unit>тиж\w+|місяц\w+|вихідн\w+)|на\s+(?P<unit2>вихідних)",
    "de": r"(?:(?:in\s+der|im|am|in\s+diesem|in\s+dieser)\s+)?(?P<mod>vergangene[nm]?|letzte[nm]?|vorige[nm]?|diese[nm]?|"
          r"nächste[nm]?|kommende[nm]?)\s+(?P<unit>Woche|Monat|Wochenende)"
          r"|am\s+(?P<unit2>Wochenende)",
    "fr": r"(?:ce|cette)\s+(?P<unit2>semaine|mois|week-end)(?:-ci)?"
          r"|(?:la|le)\s+(?P<unit>semaine|mois|week-end)\s+(?P<mod>derni[eè]re?|pass[ée]e?|prochaine?)",
}
_PERIOD_LAST = {"ru": ("прошл", "минувш"), "uk": ("минул",), "de": ("vergangen", "letzt", "vorig"),
                "fr": ("dernier", "dernière", "passé")}
_PERIOD_NEXT = {"ru": ("следующ", "ближайш"), "uk": ("наступн",), "de": ("nächst", "kommend"), "fr": ("prochain",)}
# "три дня назад", "два тижні тому", "vor zwei Wochen", "il y a une semaine": a count of days or weeks back.
_NUMBERS = {
    "ru": {"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7},
    "uk": {"один": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7},
    "de": {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7},
}
_AGO = {
    "ru": r"(?:(?P<n>\d{1,2}|{numbers})\s+)?(?P<unit>день|дня|дней|недел[юиь]|недель)\s+назад",
    "uk": r"(?:(?P<n>\d{1,2}|{numbers})\s+)?(?P<unit>день|дні|днів|тиждень|тижні|тижнів)\s+тому",
    "de": r"vor\s+(?P<n>\d{1,2}|{numbers})\s+(?P<unit>Tag|Tagen|Woche|Wochen)",
    "fr": r"il\s+y\s+a\s+(?P<n>\d{1,2}|{numbers})\s+(?P<unit>jours?|semaines?)",
}
_WEEK_UNITS = ("недел", "тиж", "woche", "semaine")
_APOSTROPHE = "['’ʼ]"
_COMMA = re.compile(r",?\s*")


@dataclass(frozen=True)
class _Patterns:
    explicit: re.Pattern  # day + month (+ year), or dd.mm.yyyy
    month: re.Pattern  # a month alone after its lead word
    weekday: re.Pattern
    relative: re.Pattern
    period: re.Pattern
    ago: re.Pattern
    ahead: re.Pattern
    months: dict[str, int]
    weekdays: dict[str, int]
    days_back: dict[str, int]


def find_dates(text: str, language: str | None, published: date | None, offset: int = 0,
               sentence: int = 0) -> list[DateRef]:
    """Every date `text` (one sentence) names in `language`, in text order; offsets are `offset` + the position."""
    if language not in LANGUAGES:
        return []
    patterns = _patterns(language)
    ahead = bool(patterns.ahead.search(text))
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("explicit", patterns.explicit), ("month", patterns.month), ("weekday", patterns.weekday),
                          ("relative", patterns.relative), ("period", patterns.period), ("ago", patterns.ago)):
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if kind == "weekday" and patterns.explicit.match(text, _skip_comma(text, match.end())):
                continue  # "le vendredi 9 mai", "в пятницу, 16 мая": the day named is the date
            resolved = _resolve(kind, match, patterns, ahead, published, language)
            if resolved is None:
                continue
            value, precision, basis, year_named = resolved
            taken.append((match.start(), match.end()))
            found.append(DateRef(match.group().strip(), offset + match.start(), offset + match.end(), value, precision,
                                 basis, sentence, year_named=year_named))
    return sorted(found, key=lambda ref: ref.start)


def _skip_comma(text: str, position: int) -> int:
    return _COMMA.match(text, position).end()


def _resolve(kind: str, match: re.Match, patterns: _Patterns, ahead: bool, published: date | None, language: str):
    """(value, precision, basis, year named) of one match, or None when it names no real day or cannot be placed."""
    if kind == "explicit":
        if match.group("numeric"):
            value = _safe_date(int(match.group("ny")), int(match.group("nm")), int(match.group("nd")))
            return (value, "day", "explicit", True) if value else None
        month, day = patterns.months[_key(match.group("month"))], int(match.group("day"))
        if match.group("year"):
            value = _safe_date(int(match.group("year")), month, day)
            return (value, "day", "explicit", True) if value else None
        year = nearest_year(month, day, ahead, published)
        value = _safe_date(year, month, day) if year else None
        return (value, "day", "explicit", False) if value else None
    if published is None:
        return None
    if kind == "month":
        month = patterns.months[_key(match.group("month"))]
        year = nearest_year(month, 15, ahead, published.replace(day=15))
        return date(year, month, 1), "month", "explicit", False
    if kind == "weekday":
        return _weekday(patterns.weekdays[_key(match.group("weekday"))], match, ahead, published), "day", "weekday", False
    if kind == "period":
        return _period(match, language, ahead, published), "month", "relative", False
    if kind == "ago":
        count = match.group("n")
        amount = int(count) if count and count.isdigit() else _NUMBERS[language].get(_key(count or ""), 1)
        unit = match.group("unit").casefold()
        days = amount * (7 if unit.startswith(_WEEK_UNITS) else 1)
        return published - timedelta(days=days), "day", "relative", False
    back = patterns.days_back[_key(match.group())]
    return published - timedelta(days=back), "day", "relative", False


def _period(match: re.Match, language: str, ahead: bool, published: date) -> date:
    """The first of the month that holds the week, month or weekend the words place against the publication."""
    modifier = (match.group("mod") or "").casefold()
    unit = (match.group("unit") or match.group("unit2") or "").casefold()
    step = -1 if modifier.startswith(_PERIOD_LAST[language]) else 1 if modifier.startswith(_PERIOD_NEXT[language]) else 0
    if unit.startswith(("выходн", "вихідн", "wochenende", "week-end")):
        if step > 0 or (step == 0 and ahead):
            return (published + timedelta(days=(5 - published.weekday()) % 7 or 7)).replace(day=1)
        return saturday_before(published).replace(day=1)
    if unit.startswith(_WEEK_UNITS):
        return (published + timedelta(days=7 * step)).replace(day=1)
    return add_months(published, step)


def _weekday(target: int, match: re.Match, ahead: bool, published: date) -> date:
    back = (published.weekday() - target) % 7
    if match.group("last"):
        return published - timedelta(days=back or 7)
    if match.group("next"):
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if ahead:
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=back)


@lru_cache(maxsize=len(LANGUAGES))
def _patterns(language: str) -> _Patterns:
    from dateparser.languages.loader import default_loader  # loaded once, and only for articles in these languages

    info = default_loader.get_locale(language).info
    months = {_key(form): number for number, key in enumerate(_MONTH_KEYS, 1) for form in _full_words(info[key])}
    months.update({_key(form): number for number, form in enumerate(_MONTHS_IN.get(language, "").split(), 1)})
    weekdays = {_key(form): number for number, key in enumerate(_WEEKDAY_KEYS) for form in _full_words(info[key])}
    relative = info.get("relative-type", {})
    days_back = {_key(form): back for key, back in _DAYS_BACK_KEYS.items() for form in relative.get(key, [])}
    month = _alternatives(months)
    weekday = _alternatives(weekdays)
    explicit = re.compile(
        rf"(?<![\w.])(?P<numeric>(?P<nd>3[01]|[12]\d|0?[1-9])\.(?P<nm>1[0-2]|0?[1-9])\.(?P<ny>(?:19|20)\d\d))(?![\w.]\d)"
        rf"|(?<![\w.])(?P<day>3[01]|[12]\d|0?[1-9])(?:\.|er)?\s+(?P<month>{month})(?!\w)(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?",
        re.IGNORECASE)
    month_alone = re.compile(rf"(?<!\w){_MONTH_LEAD[language]}\s*(?P<month>{month})(?![\w-])(?!\s+\d)", re.IGNORECASE)
    modified = rf"(?:(?P<last>{_LAST[language]})|(?P<next>{_NEXT[language]}))"
    if language == "fr":  # "vendredi dernier", "lundi prochain"
        weekday_pattern = rf"(?<!\w){_WEEKDAY_LEAD[language]}(?P<weekday>{weekday})(?!\w)(?:\s+{modified}(?!\w))?"
    else:  # "в прошлую пятницу", "am vergangenen Freitag", "am Freitagabend"
        tail = r"(?:abend|morgen|nachmittag|vormittag|mittag)?" if language == "de" else ""
        weekday_pattern = rf"(?<!\w){_WEEKDAY_LEAD[language]}(?:{modified}\s+)?(?P<weekday>{weekday}){tail}(?!\w)"
    relative_words = _alternatives(days_back)
    return _Patterns(
        explicit=explicit,
        month=month_alone,
        weekday=re.compile(weekday_pattern, re.IGNORECASE),
        relative=re.compile(rf"(?<!\w)(?:{relative_words})(?!\w)", re.IGNORECASE),
        period=re.compile(rf"(?<!\w)(?:{_PERIOD[language]})(?![\w-])", re.IGNORECASE),
        ago=re.compile(rf"(?<!\w)(?:{_AGO[language].replace('{numbers}', _alternatives(_NUMBERS[language]))})(?!\w)",
                       re.IGNORECASE),
        ahead=re.compile(rf"(?<!\w)(?:{_AHEAD[language]})(?!\w)", re.IGNORECASE),
        months=months, weekdays=weekdays, days_back=days_back,
    )


def _full_words(forms: list[str]) -> list[str]:
    """The forms that are words, not abbreviations: three letters or more and no other form's beginning ("мар" of
    "март", "Die" of "Dienstag", "jeu" of "jeudi"), so "die" and "jeu" are never weekdays."""
    lowered = [f.casefold() for f in forms]
    return [f for f in forms if len(f) >= 3 and not any(o != f.casefold() and o.startswith(f.casefold()) for o in lowered)]


def _alternatives(words: dict[str, int]) -> str:
    """A regex alternation of the words, longest first, with any apostrophe spelling matching any other."""
    return "|".join(re.escape(w).replace("'", _APOSTROPHE).replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _key(form: str) -> str:
    return re.sub(_APOSTROPHE, "'", " ".join(form.split())).casefold()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
