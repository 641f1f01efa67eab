"""The learned part of stances: features of an expert's words toward each side and the outlook, and the small
scoring model (its numbers in `stance_weights.json`, trained by `python -m bench.train_stances`) that turns
them into a stance with a confidence.

The features are what an analyst would look at: the cue lexicon of `stances` (who is blamed, who is defended),
how negative or positive the clauses that name the side are (VADER's valence lexicon, which reads negation and
intensifiers), whether the side is the clause's subject (doing something) or named further on, and how much of
it sits in conditionals. The model is deliberately small (nine numbers) because the gold it learns from is
small; the numbers are found by `python -m bench.train_stances`, never set by hand.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

WEIGHTS = Path(__file__).with_name("stance_weights.json")
SIDE_FEATURES = ("cue_critical", "cue_supportive", "cue_neutral", "subject_negative", "subject_positive",
                 "other_negative", "other_positive", "clauses", "subjects", "hypothetical", "both_sides")
OUTLOOK_FEATURES = ("cue_optimistic", "cue_pessimistic", "cue_uncertain", "deal_negative", "deal_positive", "hedges",
                    "clauses")


@dataclass(frozen=True)
class Params:
    """The learned numbers: how much the valence of a clause counts beside the cues, and the thresholds."""

    subject: float  # weight of the valence of clauses where the side is the subject
    other: float  # weight of the valence of clauses that name the side further on
    threshold: float  # |score| from which a side's stance is critical or supportive
    neutral: bool  # a side named without evaluation is "neutral" (else no stance)
    deal: float  # weight of the negative valence of clauses about a deal, toward "pessimistic"
    hedge: float  # weight of each hedged clause about a deal toward "uncertain"
    outlook_threshold: float
    # weight of the positive valence of clauses about a deal, toward "optimistic": apart from `deal`, because
    # "peace" and "agreement" read as positive words in the most pessimistic sentence about them
    deal_up: float = 0.0
    # "neutral" only for a side that is the subject of one of the expert's clauses (doing or wanting something: its
    # position described), not for one named in passing ("the war in Ukraine")
    neutral_subject: bool = False

    def side(self, f: dict[str, float]) -> tuple[str | None, float]:
        """critical / supportive / neutral or None, with a confidence in [0, 1]."""
        score = (f["cue_supportive"] - f["cue_critical"] + self.subject * (f["subject_positive"] - f["subject_negative"])
                 + self.other * (f["other_positive"] - f["other_negative"]))
        if abs(score) >= self.threshold and f["clauses"]:
            return ("supportive" if score > 0 else "critical"), _confidence(abs(score), self.threshold)
        if f["cue_neutral"] or f["both_sides"] or (self.neutral and f["clauses"]
                                                     and (f["subjects"] or not self.neutral_subject)):
            return "neutral", _confidence(2 * self.threshold - abs(score), self.threshold)
        return None, 0.0

    def outlook(self, f: dict[str, float]) -> tuple[str | None, float]:
        scores = {"optimistic": f["cue_optimistic"] + self.deal_up * f["deal_positive"],
                  "pessimistic": f["cue_pessimistic"] + self.deal * f["deal_negative"],
                  "uncertain": f["cue_uncertain"] + self.hedge * f["hedges"]}
        ranked = sorted(scores, key=scores.get, reverse=True)
        best, margin = ranked[0], scores[ranked[0]] - scores[ranked[1]]
        if scores[best] < self.outlook_threshold or margin <= 0:
            return None, 0.0
        return best, _confidence(margin, self.outlook_threshold)

    def to_json(self) -> dict:
        return dict(self.__dict__)


def _confidence(strength: float, scale: float) -> float:
    """0.5 at the threshold, rising toward 1 as the evidence grows past it."""
    return round(1 - 0.5 * math.exp(-(strength - scale) / scale), 2)


@lru_cache(maxsize=1)
def params() -> Params:
    """The shipped, trained parameters."""
    return Params(**json.loads(WEIGHTS.read_text(encoding="utf-8"))["params"])


@lru_cache(maxsize=1)
def calibration() -> dict[str, float]:
    """How often a stance of each meaning and evidence kind was right when the model read articles it was not
    trained on (leave-one-article-out on the development gold, smoothed): the confidence the dashboard shows."""
    return json.loads(WEIGHTS.read_text(encoding="utf-8")).get("calibration", {})


def evidence_kind(meaning: str, features: dict[str, float]) -> str:
    """"critical cued" when a lexicon cue of that meaning fired, else "critical uncued" (valence alone, or a side
    named without evaluation for "neutral"): the two are right at very different rates."""
    return f"{meaning} {'cued' if features.get(f'cue_{meaning}', 0) > 0 else 'uncued'}"


def calibrated(meaning: str, features: dict[str, float], strength_confidence: float) -> float:
    """The confidence of a stance: how often stances of its meaning and evidence kind were right on articles the
    model was not trained on, where the training measured it; else the model's strength (0.5 at the threshold)."""
    return calibration().get(evidence_kind(meaning, features), strength_confidence)


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=4096)
def valence(clause: str) -> float:
    """VADER's compound valence of a clause, -1 (very negative) to 1 (very positive)."""
    return _vader().polarity_scores(clause)["compound"]
