"""The inflected forms of a registry alias in its language, so "Путина", "Зеленського", "Kremls" name their actor.

Russian and Ukrainian aliases are declined through every case with pymorphy3 and its OpenCorpora-derived
dictionaries (each word keeps its own gender and number: "Белый дом" -> "Белого дома", "Белом доме"); German
names take the genitive -s ("Putins", "Russlands"); French and English names do not inflect.
"""
from __future__ import annotations

from functools import lru_cache

CASES = {"ru": ("nomn", "gent", "datv", "accs", "ablt", "loct"),
         "uk": ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")}
LANGUAGES = ("ru", "uk", "de", "fr")
_MAX_SPELLINGS = 6


@lru_cache(maxsize=2)
def analyzer(lang: str):
    import pymorphy3  # imported here: only registries with Russian or Ukrainian aliases need it

    return pymorphy3.MorphAnalyzer(lang=lang)


def forms(alias: str, lang: str) -> list[str]:
    """The alias and its inflected forms in `lang`, in a stable order, without repeats."""
    if lang in CASES:
        found = [form for case in CASES[lang] for form in _declined(alias, lang, case)]
    elif lang == "de":
        found = [alias] + ([alias + "s"] if alias[-1:].isalpha() and alias[-1] not in "sßxzSXZ" else [])
    else:
        found = [alias]
    return list(dict.fromkeys([alias, *found]))


def _declined(alias: str, lang: str, case: str) -> list[str]:
    """Every spelling of the alias in one case: each word declined alone (variants such as Кремлі / Кремлеві)."""
    spellings = [""]
    for word in alias.split():
        variants = _declined_word(word, lang, case)
        spellings = [f"{head} {v}".strip() for head in spellings for v in variants][:_MAX_SPELLINGS]
    return spellings


def _declined_word(word: str, lang: str, case: str) -> list[str]:
    if word.isupper() or not word.isalpha():  # abbreviations (США, НАТО) and hyphenated names stay as written
        return [word]
    parses = [p for p in analyzer(lang).parse(word.lower())
              if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF") and p.tag.number != "plur"]
    if not parses:  # a name the dictionary does not know and misreads (Сибіга as a plural): decline it by its ending
        return _by_ending(word, lang, case)
    parsed = parses[0]
    number = parsed.tag.number
    gender = parsed.tag.gender
    variants = [f.word for f in parsed.lexeme
                if f.tag.case == case and f.tag.number in (None, number) and f.tag.gender in (None, gender)
                and f.tag.POS == parsed.tag.POS and (f.tag.tense, f.tag.voice) == (parsed.tag.tense, parsed.tag.voice)]
    return [_cased_like(v, word) for v in dict.fromkeys(variants)] or [word]


# Endings of an unknown name: a feminine-looking -а/-я name (first declension) or a consonant-final one (second).
_ENDINGS = {
    ("ru", "a"): {"nomn": "а", "gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"},
    ("ru", "c"): {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"},
    ("uk", "a"): {"nomn": "а", "gent": "и", "datv": "і", "accs": "у", "ablt": "ою", "loct": "і", "voct": "о"},
    ("uk", "c"): {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "і", "voct": "е"},
}


def _by_ending(word: str, lang: str, case: str) -> list[str]:
    if word[-1:].lower() in "ая":
        ending = _ENDINGS[(lang, "a")][case]
        stem = word[:-1]
        if lang == "ru" and ending == "ы" and stem[-1:].lower() in "гкхжшчщ":
            ending = "и"
        return [stem + ending]
    if word[-1:].lower() in "бвгджзклмнпрстфхцчшщ":
        return [word + _ENDINGS[(lang, "c")][case]]
    return [word]


def _cased_like(new: str, original: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new
