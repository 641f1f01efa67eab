"""Stances from an expert's words, clause by clause (see docs/stances.md): each clause is read for the sides
it names, whether it is hypothetical, its cues and its valence, and `decide` turns the readings into stances
with the learned numbers of `stance_model`.

A *cue* is a phrase with a meaning (critical, supportive, neutral toward a side; optimistic, pessimistic,
uncertain about a deal), a weight (1 strong, 0.5 weak) and, for side cues, where its target stands in
the clause: `before` (the side doing it: "Russia is stalling") or `after` (the side it is aimed at:
"no commitments from Russia"). Side cues in a hypothetical clause ("If the U.S. blames Russia") or
after a negation ("Russia is not stalling") are not counted. An optimistic cue after a negation
("little progress") counts as pessimistic, and one in a clause that also holds a pessimistic cue
("breakthroughs ... isn't realistic") is dropped.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ingest.extract import stance_model
from ingest.extract.actors import find_mentions
from ingest.extract.registry import Registry
from ingest.records import Span, Stance

SIDES = ("Russia", "Ukraine", "United States", "Europe")


@dataclass(frozen=True)
class Cue:
    meaning: str  # critical | supportive | neutral | optimistic | pessimistic | uncertain
    phrase: str  # regex, matched case-insensitively
    weight: float = 1.0
    target: str | None = None  # before | after | both (Russia and Ukraine); None for outlook cues
    negatable: bool = True  # False when the phrase already holds its negation ("hasn't received")


@dataclass(frozen=True)
class Finding:
    """One cue that fired, the side it is about (or "deal") and the sentence that shows it."""

    target: str
    meaning: str
    weight: float
    cue: str
    sentence: Span


_NEG = r"(?:has|have|did|does|do|is|are|was|were)(?:n[’']t| not)"
# "stalled talks" after a preposition or article describes the talks ("blames for stalled talks"); it does not
# say who stalls them.
_NOT_AFTER_A_NOUN_MARKER = "".join(rf"(?<!\b{w} )" for w in ("for", "the", "of", "amid", "in", "on", "over", "after"))
LEXICON: tuple[Cue, ...] = (
    # critical of the side that does it
    Cue("critical", r"run(?:s|ning)? (?:out|down) the clock", 1, "before"),
    Cue("critical", r"(?:play(?:s|ing)?|buy(?:s|ing)?|stall(?:s|ing)?) for time|buy(?:s|ing)? time", 1, "before"),
    Cue("critical", r"drag(?:s|ging)? (?:its|their|his|her) feet|slow-walk\w*", 1, "before"),
    Cue("critical", r"(?:win|wins|winning) by waiting|waiting game", 1, "before"),
    Cue("critical", r"(?:is|are|was|were|been|keeps?|kept)\s+(?:(?:\w+ly|both|still|just|again)\s+)?stalling"
                    rf"|{_NOT_AFTER_A_NOUN_MARKER}(?:stall|delay)(?:s|ed)?\s+(?:the\s+)?(?:talks|negotiations|process)"
                    r"|(?:stalling|delaying) tactics?",
        1, "before"),
    Cue("critical", r"intransigen(?:t|ce)|stubborn(?:ness)?|obstruct(?:s|ing|ion|ionist)?|sabotag(?:e|es|ed|ing)|"
                    r"(?:disrupt|derail)(?:s|ed|ing)? (?:the )?(?:peace |negotiating )?(?:talks|negotiations|process|peace)|"
                    r"blackmail\w*", 1,
        "before"),
    Cue("critical", r"bad faith|maximalist|moving the goalposts?|(?:unreasonable|unrealistic|absurd|excessive|"
                    r"impossible) demands", 1, "before"),
    Cue("critical", r"aggression|aggressor", 1, "before"),
    Cue("critical", r"refus(?:es|ed|ing) to (?:compromise|negotiate|engage|budge|discuss)", 1, "before"),
    Cue("critical", r"(?:not|isn[’']t|aren[’']t) (?:serious|interested) (?:about|in) (?:peace|a deal|negotiat\w+)",
        1, "before", negatable=False),
    Cue("critical", r"can(?:not|[’']t) be trusted", 1, "before", negatable=False),
    Cue("critical", r"fail(?:s|ed|ing)? to (?:\w+)", 1, "before"),
    Cue("critical", r"(?:is|are) (?:largely |mostly |chiefly )?to blame", 1, "before"),
    Cue("critical", r"hard-?line|escalat(?:e|es|ed|ing|ion|ory)|unreasonabl[ey]", 0.5, "before"),
    Cue("critical", r"refus(?:es|ed|ing) to (?:accept|agree|stop|end|withdraw|sign|meet)|reject(?:s|ed|ing)? (?:the |a |any )?"
                    r"(?:ceasefire|truce|peace|proposal|plan|offer|deal)|turn(?:s|ed|ing)? (?:away from|down) "
                    r"(?:\w+[’']s )?(?:the |a |any )?(?:peace|ceasefire|truce|proposals?|plan|offer|deal)", 1, "before"),
    Cue("critical", r"overplay(?:s|ed|ing)? (?:his|its|their) hand|asking for too much|demand(?:s|ing)? too much", 1,
        "before"),
    Cue("critical", r"prolong(?:s|ed|ing)? (?:the )?(?:war|conflict|fighting)|block(?:s|ed|ing)? (?:a |the |any )?"
                    r"(?:peace|deal|talks|ceasefire|settlement)|obstacle|insist(?:s|ed|ing)? on (?:\w+ ){0,2}(?:conditions|demands|objectives|terms|goals)", 1,
        "before"),
    Cue("critical", r"(?:does|do|did)(?:n[’']t| not) (?:really |truly )?want (?:a |the |any )?(?:(?!to )[\w-]+ )?(?:peace|ceasefire|truce|deal|settlement)"
                    r"|not interested in (?:peace|a ceasefire|a deal|negotiat\w+)", 1, "before", negatable=False),
    # the rules' "does not want a ceasefire or peace" in the words commentary uses for it
    Cue("critical", r"no (?:genuine |real |serious )?(?:desire|intention|interest|wish|will|willingness|readiness|"
                    r"reason|incentive) (?:for|in|to) (?:(?:achieve|reach|secure|make) )?(?:peace|a ceasefire|a truce|end the war|"
                    r"negotiat\w+|compromise)|(?:wants?|seeks?|trying|tries|aims?|plans?|intends?|"
                    r"determined) to (?:continue|prolong|keep) (?:the )?(?:war|fighting)|"
                    r"wants? (?:the )?(?:war|fighting) to (?:continue|go on)|(?:wants?|seeks?|plans?|aims?|trying|tries|tried|"
                    r"intends?) to (?:subjugate|destroy|conquer|swallow|annex)|seek(?:s|ing)? (?:\w+ )?capitulation"
                    r"|plans? (?:for|of) (?:\w+ )?destruction"
                    r"|(?:is|are|was|were) unwilling|can(?:not|[’']t) (?:uphold|keep|honou?r) (?:agreements|its word|"
                    r"(?:a|the) (?:truce|ceasefire))|imitat\w+ (?:peace|negotiat\w+|diplomac\w+)", 1, "before"),
    # conduct in the talks that serves the other side or sidelines a party
    Cue("critical", r"everything (?:that )?(?:Putin|Moscow|the Kremlin|Russia) wants|(?:a|an) (?:\w+ )?gift (?:for|to) "
                    r"(?:Moscow|Putin|Russia|the Kremlin)|laid a trap|legitimi[sz]\w+ (?:a war criminal|Putin|the "
                    r"aggress\w+)|ignor(?:e|es|ed|ing) (?:the )?(?:interests|feelings|concerns|views) of", 1, "before"),
    Cue("critical", r"violat(?:e|es|ed|ing|ions?)|breach(?:es|ed|ing)?|(?:backed|support(?:s|ed|ing)?) the war|"
                    r"lie(?:s|d)?|lying|deceiv\w*", 0.5, "before"),
    # critical of the side it is aimed at
    Cue("critical", r"blam(?:e|es|ed|ing)", 1, "after"),
    Cue("critical", rf"(?:{_NEG}|no)\s+(?:\w+\s+){{0,2}}?(?:commitments?|concessions?|movement)\s+from", 1, "after",
        negatable=False),
    Cue("critical", r"frustrat\w*\s+(?:\w+\s+){0,3}?(?:at|with)", 0.5, "after"),
    Cue("critical", r"pressure (?:on|against)", 0.5, "after"),
    # supportive of the side that does it / that it names
    Cue("supportive", r"good faith|constructive|(?:shown|showed|shows) (?:flexibility|restraint)", 1, "before"),
    Cue("supportive", r"willing(?:ness)? to (?:compromise|negotiate)|serious about (?:peace|a deal|negotiat\w+)",
        1, "before"),
    Cue("supportive", r"(?:is|are|was|were) right to", 1, "before"),
    Cue("supportive", r"deserves? credit|legitimate (?:concerns|security interests)", 1, "before"),
    Cue("supportive", r"prais(?:e|es|ed|ing)|credit to", 1, "after"),
    Cue("supportive", r"interested in (?:peace|dialog\w*|negotiat\w+|a settlement|ending the war)|committed to peace"
                      r"|ready (?:for|to) (?:talks|negotiat\w+|peace|compromise)|goodwill|generosity|peace initiative",
        1, "before"),
    Cue("supportive", r"applaud(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|commend(?:s|ed|ing)?", 0.5, "after"),
    # neutral: the expert declines to side
    Cue("neutral", r"both sides (?:share|bear|are) (?:the )?(?:blame|responsib\w+|to blame)"
                   r"|equally (?:to blame|responsible)|neither side (?:is|has) (?:clean hands|blameless)",
        1, "both", negatable=False),
    # outlook on a deal
    Cue("optimistic", r"breakthroughs? (?:is |are |seems |looks )?(?:possible|likely|within reach)", 1),
    Cue("optimistic", r"invested in|optimis\w+|within reach|real chance|close to (?:a |an )?(?:deal|agreement)", 1),
    Cue("optimistic", r"breakthroughs?|progress|momentum|encouraging|hopeful|step forward", 0.5),
    Cue("pessimistic", r"(?:not|isn[’']t|aren[’']t) realistic|unrealistic|unlikely|(?:little|no) reason to"
                       r"|pessimis\w+|doomed|dead end|won[’']t work|far apart", 1),
    Cue("pessimistic", r"collapse\w*|stalemate|drag on|no (?:real |diplomatic )?path", 0.5),
    # the odds of a deal called low, or none: "chances of an immediate ceasefire slim", "no prospect of resolution"
    Cue("pessimistic", r"(?:chances?|prospects?|possibilit(?:y|ies)|odds|hopes?)\s+(?:[\w-]+\s+){0,7}?(?:are|is|remain|look|"
                       r"seem)s?\s+(?:\w+\s+)?(?:low|slim|dim|poor|remote|bleak|small|minimal)|(?:no|little|slim|dim|"
                       r"poor|remote|bleak) (?:real |realistic )?(?:chances?|prospects?|hope) (?:of|for)", 1,
        negatable=False),
    # what the talks cannot bring: "cannot lead to any significant steps towards peace", "won't emerge overnight"
    Cue("pessimistic", r"(?:won[’']t|will not|cannot|can[’']t|could not|couldn[’']t|is not going to|isn[’']t going to)\s+"
                       r"(?:\w+\s+){0,3}?(?:(?:lead to|bring|produce|deliver|result in)\s+(?:[\w-]+\s+){0,4}?(?:peace|deals?|"
                       r"ceasefire|truce|agreement|settlement|breakthrough|progress|resolution|steps)|emerge|be settled|"
                       r"be resolved|end the (?:war|conflict))", 1, negatable=False),
    Cue("uncertain", r"(?:big|great|biggest|key) unknown|uncertain\w*|unclear|remains to be seen|posturing"
                     r"|hard to (?:say|predict|tell)|(?:open|bigger|big|key) question", 1),
)

_CUES = [(cue, re.compile(rf"(?<!\w)(?:{cue.phrase})(?!\w)", re.I)) for cue in LEXICON]
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s(?=(?:but|while|whereas|although|though|because)\s)", re.I)
_HYPOTHETICAL = re.compile(r"^\W*(?:(?:but|and|or|so)\s+)?(?:if|unless|whether|should)\b", re.I)
_CONTRAST = re.compile(r"\W*(?:but|however|yet)\b", re.I)
# A reported question ("identifying who the administration blames", "asked whether Kyiv stalls") asserts nothing.
_EMBEDDED_QUESTION = re.compile(r"\b[a-z]+\s+(?:who|whom|whether)\b")
# "they would need an urgent sign that the Kremlin was serious about peace": what follows is asked for, not
# asserted, however far the cue is from the verb.
_UNASSERTED = re.compile(r"\b(?:any|need\w*|want\w*|demand\w*|await\w*|seek\w*|look\w* for)\s+"
                         r"(?:\w+\s+){0,2}?(?:evidence|signs?|indications?|proof)\b", re.I)
# "little evidence Putin is willing to negotiate", "no real reasons to believe that Putin is interested in peace",
# "doubts Moscow is serious": the good the expert doubts is the side's failing, as "not serious about peace" is.
_DOUBTED = re.compile(r"\b(?:little|no|scant)\s+(?:\w+\s+){0,2}?(?:evidence|signs?|indications?|proof|"
                      r"reasons?\s+to\s+(?:believe|think|expect|assume|trust))\b|\bdoubt(?:s|ed|ful)?\b", re.I)
_NEGATION = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno|\blittle|\bwithout|\black of|\bstalled)\s+(?:\w+\s+){0,2}$", re.I)
_DEMONYMS = {
    "Russia": re.compile(r"\bRussians?\b"),
    "Ukraine": re.compile(r"\bUkrainians?\b"),
    "United States": re.compile(r"\bAmericans?\b"),
    "Europe": re.compile(r"\bEurope(?:ans?)?\b"),
}
_COORDINATION = re.compile(r"^\s*(?:,|and|or|nor|,\s*and)\s*$")


@dataclass(frozen=True)
class Reading:
    """One clause of an expert's words: the sides it names (and whether as its subject), its valence, its cues."""

    sentence: Span
    clause: str
    subjects: frozenset[str]  # sides named before the clause's verb: the side doing something
    others: frozenset[str]  # sides named further on
    hypothetical: bool
    valence: float
    about_deal: bool
    hedged: bool
    findings: tuple[Finding, ...]


_DEAL_WORDS = re.compile(r"\b(?:peace|deal|agreement|cease-?\s?fire|truce|talks|negotiat\w*|settlement|accord|"
                         r"diplomac\w*|end (?:to )?the (?:war|conflict|fighting))", re.I)
_HEDGES = re.compile(r"\b(?:may|might|could|possibl\w*|perhaps|maybe|depends?|unclear|uncertain\w*|whether|"
                     r"question|unknown|remains to be seen|hard to (?:say|predict|tell))\b", re.I)
_BOTH_SIDES = re.compile(r"\b(?:both|either|neither) (?:sides?|parties|countries)\b", re.I)
_FIRST_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|did|"
                         r"\w+(?:ed|es))\b")


def read_clauses(text: str, start: int, end: int, sentence: Span, registry: Registry) -> list[Reading]:
    """Each clause of `text[start:end]` (an expert's words within one sentence), read for the learned model."""
    region = text[start:end]
    sides = _side_mentions(region, registry)
    readings = []
    condition = False  # the clauses after "If …," are its consequent, up to a "but": hypothetical too
    for c_start, c_end in _clauses(region):
        clause = region[c_start:c_end]
        opens_condition = bool(_HYPOTHETICAL.match(clause))
        verb = _FIRST_VERB.search(clause)
        split = c_start + (verb.start() if verb else len(clause))
        named = [(s, side) for s, e, side in sides if c_start <= s < c_end]
        readings.append(Reading(
            sentence=sentence, clause=clause,
            subjects=frozenset(side for s, side in named if s < split),
            others=frozenset(side for s, side in named if s >= split),
            hypothetical=opens_condition or condition or bool(_EMBEDDED_QUESTION.search(clause)),
            valence=stance_model.valence(clause), about_deal=bool(_DEAL_WORDS.search(clause)),
            hedged=bool(_HEDGES.search(clause)),
            findings=tuple(_clause_findings(region, c_start, c_end, sides, sentence)),
        ))
        condition = (condition or opens_condition) and not _CONTRAST.match(region[c_end:])
    return readings


def decide(readings: list[Reading]) -> tuple[list[Stance], Stance | None]:
    """The stance toward each side an expert's words name, and their outlook, from the trained model."""
    model = stance_model.params()
    stances = []
    for side in SIDES:
        named = [r for r in readings if side in r.subjects | r.others or any(f.target == side for f in r.findings)]
        features = side_features(readings, side)
        meaning, confidence = model.side(features) if named else (None, 0.0)
        if meaning:
            stances.append(Stance(side, meaning, stance_model.calibrated(meaning, features, confidence),
                                  _evidence(named, side, meaning)))
    features = outlook_features(readings)
    meaning, confidence = model.outlook(features)
    outlook = None
    if meaning:
        shown = [r for r in readings if r.about_deal or any(f.target == "deal" for f in r.findings)] or readings
        outlook = Stance("deal", meaning, stance_model.calibrated(meaning, features, confidence),
                         _evidence(shown, "deal", meaning))
    return stances, outlook


def side_features(readings: list[Reading], side: str) -> dict[str, float]:
    f = dict.fromkeys(stance_model.SIDE_FEATURES, 0.0)
    for r in readings:
        for finding in r.findings:
            if finding.target == side:
                f[f"cue_{finding.meaning}"] += finding.weight
        if side not in r.subjects | r.others:
            continue
        if r.hypothetical:
            f["hypothetical"] += 1
            continue
        f["clauses"] += 1
        f["subjects"] += side in r.subjects
        if any(finding.target != "deal" for finding in r.findings):
            continue  # a cue says whom the clause judges; its valence would be credited to every side it names
        where = "subject" if side in r.subjects else "other"
        f[f"{where}_negative"] += max(0.0, -r.valence)
        f[f"{where}_positive"] += max(0.0, r.valence)
        f["both_sides"] += bool(_BOTH_SIDES.search(r.clause))
    f["clauses"] = math.log1p(f["clauses"])
    return f


def outlook_features(readings: list[Reading]) -> dict[str, float]:
    f = dict.fromkeys(stance_model.OUTLOOK_FEATURES, 0.0)
    for r in readings:
        for finding in r.findings:
            if finding.target == "deal":
                f[f"cue_{finding.meaning}"] += finding.weight
        if r.about_deal:
            f["deal_negative"] += max(0.0, -r.valence)
            f["deal_positive"] += max(0.0, r.valence)
            f["hedges"] += r.hedged
    f["clauses"] = math.log1p(len(readings))
    return f


def _evidence(readings: list[Reading], target: str, meaning: str) -> list[Span]:
    """The sentences behind a stance: those whose cues say it, else those whose valence leans its way."""
    cued = [r for r in readings if any(f.target == target and f.meaning == meaning for f in r.findings)]
    sign = {"critical": -1, "pessimistic": -1, "supportive": 1, "optimistic": 1}.get(meaning, 0)
    leaning = [r for r in readings if not r.hypothetical and r.valence * sign > 0]
    chosen = cued or leaning or [r for r in readings if not r.hypothetical] or readings
    spans = {(r.sentence.start, r.sentence.end): r.sentence for r in chosen}
    return [spans[k] for k in sorted(spans)]


def _clause_findings(region: str, c_start: int, c_end: int, sides: list[tuple[int, int, str]],
                     sentence: Span) -> list[Finding]:
    clause = region[c_start:c_end]
    hypothetical = bool(_HYPOTHETICAL.match(clause))
    found = _without_overlaps([(cue, m) for cue, pattern in _CUES for m in pattern.finditer(clause)])
    has_pessimism = any(cue.meaning == "pessimistic" for cue, _ in found)
    findings = []
    for cue, m in found:
        negated = cue.negatable and bool(_NEGATION.search(clause[: m.start()]))
        if cue.target is None:
            meaning = cue.meaning
            if cue.meaning == "optimistic" and (negated or has_pessimism):
                if not negated:
                    continue
                meaning = "pessimistic"
            findings.append(Finding("deal", meaning, cue.weight, m.group(), sentence))
        elif not (hypothetical or _EMBEDDED_QUESTION.search(clause[: m.start()])
                  or _UNASSERTED.search(clause[: m.start()])):
            meaning = cue.meaning
            if negated or _DOUBTED.search(clause[: m.start()]):
                if not (cue.meaning == "supportive" and cue.target == "before"):
                    continue
                meaning = "critical"  # "not serious about peace", "no reason to believe Putin is willing to negotiate"
            targets = _targets(cue, region, c_start + m.start(), c_start + m.end(), c_end, sides, c_start)
            findings += [Finding(side, meaning, cue.weight, m.group(), sentence) for side in targets]
    return findings


def _without_overlaps(found: list[tuple[Cue, re.Match]]) -> list[tuple[Cue, re.Match]]:
    """Longest cue first where cues overlap ("breakthrough is possible" over "breakthrough")."""
    kept: list[tuple[Cue, re.Match]] = []
    for cue, m in sorted(found, key=lambda f: (f[1].start(), -(f[1].end() - f[1].start()))):
        if not any(m.start() < k.end() and k.start() < m.end() for _, k in kept):
            kept.append((cue, m))
    return kept


def _targets(cue: Cue, region: str, start: int, end: int, clause_end: int,
             sides: list[tuple[int, int, str]], clause_start: int = 0) -> list[str]:
    """The side(s) a cue is about: after it in its clause, or before it (its clause first, then the sentence).
    A clause whose subject is a pronoun ("…, he continues to have unrealistic demands") is about the side that
    opened the sentence, not the one named last ("while Putin pledged in his call with Trump that …")."""
    if cue.target == "both":
        return ["Russia", "Ukraine"]
    after = [s for s in sides if end <= s[0] and s[1] <= clause_end]
    if cue.target == "after":
        return list(dict.fromkeys(_group(region, after)))
    before = [s for s in sides if s[1] <= start]
    if before and before[-1][1] <= clause_start and _PRONOUN_SUBJECT.match(region, clause_start, start):
        return [before[0][2]]
    return list(dict.fromkeys(_group(region, list(reversed(before))) or _group(region, after)))


_PRONOUN_SUBJECT = re.compile(r"[\s,;:—–(”\"’']*(?:(?:but|and|yet|so)\s+)?(?:he|she)\s", re.I)


def _group(region: str, ordered: list[tuple[int, int, str]]) -> list[str]:
    """The nearest side and the sides coordinated with it ("Russia and Ukraine")."""
    if not ordered:
        return []
    group, last = [ordered[0][2]], ordered[0]
    for nxt in ordered[1:]:
        a, b = sorted([last, nxt])
        if not _COORDINATION.match(region[a[1]:b[0]]):
            break
        group.append(nxt[2])
        last = nxt
    return group


def _side_mentions(region: str, registry: Registry) -> list[tuple[int, int, str]]:
    found = [(m.start, m.end, actor.side) for m in find_mentions(region, registry, [])
             for actor in [registry.get(m.actor)] if actor and actor.side in SIDES]
    for side, pattern in _DEMONYMS.items():
        found += [(m.start(), m.end(), side) for m in pattern.finditer(region)]
    return sorted(found)


def _clauses(region: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _CLAUSE_BREAK.finditer(region):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(region)))
    return [(a, b) for a, b in spans if region[a:b].strip()]
