"""Colours: one per actor on every chart and page, from colour-blind-safe palettes, stable by name.

The main parties are pinned; every other actor gets a colour from a hash of its name, so the same
actor has the same colour whatever else a chart shows, unless an actor shown beside it already has that
colour: then `actor_colours` gives it the first colour nobody shown has (actors shown together never share one).
"""
from __future__ import annotations

import zlib

# Okabe & Ito (2008), the reference colour-blind-safe qualitative palette.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
# Paul Tol's "muted" scheme, also colour-blind safe, to extend the set.
TOL_MUTED = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]

PINNED = {
    "Russia": "#D55E00",
    "Vladimir Putin": "#882255",
    "Ukraine": "#0072B2",
    "Volodymyr Zelensky": "#56B4E9",
    "United States": "#009E73",
    "Donald Trump": "#E69F00",
    "European Union": "#CC79A7",
    "NATO": "#332288",
}
# Yellow and sand are too pale for thin lines on white, and Tol's two greens read as the United States' green;
# hashed actors use the rest.
_TOO_CLOSE = {"#F0E442", "#DDCC77", "#117733", "#44AA99"}
_HASHED = [c for c in OKABE_ITO + TOL_MUTED if c not in PINNED.values() and c not in _TOO_CLOSE]
# When two actors shown together hash to one colour: the other hashed colours, then the pinned ones no shown
# actor holds, then the greens and darker tones (beyond 13 actors shown at once).
_SPARE = (_HASHED + list(PINNED.values())
          + ["#117733", "#44AA99", "#5F4B00", "#7A1F1F", "#4A4A8C", "#B07AA1", "#6B6B6B"])

KIND_COLOURS = {
    "proposal": "#0072B2",
    "agreement": "#009E73",
    "acceptance": "#56B4E9",
    "rejection": "#D55E00",
    "condition": "#E69F00",
    "violation": "#CC79A7",
    "threat": "#882255",
    "statement": "#000000",
}
KIND_SYMBOLS = {
    "proposal": "circle", "agreement": "diamond", "acceptance": "triangle-up", "rejection": "x",
    "condition": "square", "violation": "star", "threat": "triangle-down", "statement": "circle-open",
}

# Stances on a diverging scale: critical / pessimistic warm, supportive / optimistic cool, neutral grey.
STANCE_SCORES = {
    "critical": -1, "pessimistic": -1, "neutral": 0, "uncertain": 0, "supportive": 1, "optimistic": 1,
}
STANCE_SCALE = [[0.0, "#D55E00"], [0.5, "#DDDDDD"], [1.0, "#009E73"]]
SEQUENTIAL = "Cividis"


def actor_colour(name: str) -> str:
    if name in PINNED:
        return PINNED[name]
    return _HASHED[zlib.crc32(name.encode("utf-8")) % len(_HASHED)]


def actor_colours(names) -> dict[str, str]:
    """A colour for each actor shown together, no two alike: pinned ones first, then each its own hashed colour
    when still free, else the first spare colour nobody shown has."""
    names = list(dict.fromkeys(names))
    colours = {n: PINNED[n] for n in names if n in PINNED}
    for name in names:  # everyone whose own colour is still free keeps it
        if name not in colours and actor_colour(name) not in colours.values():
            colours[name] = actor_colour(name)
    for name in names:  # the rest: the first spare colour nobody shown has
        if name not in colours:
            free = [c for c in _SPARE if c not in colours.values()]
            colours[name] = free[0] if free else actor_colour(name)
    return {name: colours[name] for name in names}


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, "#000000")
