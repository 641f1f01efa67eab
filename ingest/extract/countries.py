"""Country names in English (CLDR territories via Babel), for states that speak in the text ("China said").

Loaded once; names with commas or parentheses and territories that are not states ("Hong Kong SAR China")
are left out.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

_NOT_STATES = ("SAR", "Island", "Islands", "Outlying", "Territory", "Territories", "Antarctica", "world", "Union",
               "Nations", "Eurozone", "Unknown", "Pseudo", "Sark", "Ceuta", "Diego", "Clipperton", "Tristan")
_SHORT_FORMS = {"Czechia": "Czech Republic", "Myanmar (Burma)": "Myanmar", "Türkiye": "Turkey"}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    names = set()
    for code, name in Locale("en").territories.items():
        if not (len(code) == 2 and code.isalpha()):
            continue
        name = _SHORT_FORMS.get(name, name)
        if any(word in name for word in _NOT_STATES) or any(c in name for c in ",()&"):
            continue
        names.add(name)
    return frozenset(names)
