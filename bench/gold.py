"""Scores extraction against hand-made gold files (the shared seed gold and `tests/gold/*.json`).

Run `python -m bench.gold` to print the scores; `tests/test_accuracy.py` holds the floors CI enforces.
Matching follows the gold README: a quote matches when its first words equal the gold `text_start`'s, a
statement when its sentence starts with the gold `text_start`; title-line items are left out on both sides, and the
title's quotes and statements are scored on their own ("headline").
"""
from __future__ import annotations

import argparse
import json
import re
from datetime import date, timedelta
from dataclasses import dataclass, field
from pathlib import Path

from bench import gold_experts
from bench import gold_texts
from bench.counts import Counts, Ratio
from ingest.extract import extract_all
from ingest.extract.registry import load_registry
from ingest.parse import parse_text, read_sidecar
from storage.outlets import load_outlets

ROOT = Path(__file__).resolve().parent.parent
SHARED_GOLD = ROOT.parent / "shared" / "gold" / "seed.json"
PROJECT_GOLD = ROOT / "tests" / "gold"
MATCH_WORDS = 4
_WORD = re.compile(r"\w+")


@dataclass
class Scores:
    name: str
    quotes: Counts = field(default_factory=Counts)
    quotes_kind: Counts = field(default_factory=Counts)  # a match must also have the right kind
    direct: Counts = field(default_factory=Counts)  # direct quotes alone, matched among themselves
    direct_speakers: Ratio = field(default_factory=Ratio)
    speakers: Ratio = field(default_factory=Ratio)
    roles: Ratio = field(default_factory=Ratio)
    mentions: Counts = field(default_factory=Counts)
    statements: Counts = field(default_factory=Counts)
    statement_dates: Ratio = field(default_factory=Ratio)
    statement_actors: Ratio = field(default_factory=Ratio)
    far_dates: int = 0  # extracted statements dated after publication or over six months before it
    headline_quotes: Counts = field(default_factory=Counts)  # the title line's quotes, kept apart from the rest
    headline_speakers: Ratio = field(default_factory=Ratio)
    headline_statements: Counts = field(default_factory=Counts)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Scores") -> None:
        for name in ("quotes", "quotes_kind", "direct", "direct_speakers", "speakers", "roles", "mentions", "statements",
                     "statement_dates", "statement_actors", "headline_quotes", "headline_speakers", "headline_statements"):
            getattr(self, name).add(getattr(other, name))
        self.far_dates += other.far_dates


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


# A reported question's "if" or "whether": annotators and the extractor differ on whether the clause starts
# before it or after it ("asked whether he would accept …"); the words after it identify the item either way.
_QUESTION_WORDS = ("if", "whether")


def starts_alike(candidate: str, gold_start: str) -> bool:
    gold = _past_question_word(words(gold_start))[:MATCH_WORDS]
    return bool(gold) and _past_question_word(words(candidate))[: len(gold)] == gold


def _past_question_word(found: list[str]) -> list[str]:
    return found[1:] if found[:1] and found[0] in _QUESTION_WORDS else found


def article_for(gold_path: Path, gold: dict) -> Path:
    if gold_path.resolve() == SHARED_GOLD.resolve():
        return ROOT / "seeds" / Path(gold["article"]).name  # the shared gold names the founding article
    beside = gold_path.parent / Path(gold["article"]).name
    return gold_texts.locate(beside) or beside


def title_lines(text: str, title: str | None) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if title and line.strip() == title.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def score_file(gold_path: Path) -> Scores:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = article_for(gold_path, gold)
    article = parse_text(path.read_text(encoding="utf-8"), read_sidecar(path))
    found = extract_all(article)
    titles = title_lines(article.text, article.title)

    def in_title(item) -> bool:
        return any(a <= item.start < b for a, b in titles)

    scores = score_annotation(gold_path.stem, gold, found.quotes, found.statements, found.mentions, in_title,
                              lambda q: article.text[q.start:q.start + 200])
    far = [s for s in found.statements if far_from(s.date, article.published, s.text)]
    scores.far_dates = len(far)
    scores.misses += [f"statement dated far from publication: {s.text[:60]!r} ({s.date})" for s in far]
    return scores


def score_annotation(name: str, gold: dict, quotes: list, statements: list, mentions: list, in_title,
                     quote_text=lambda q: q.text) -> Scores:
    """Scores quotes, statements and mentions against one gold annotation; `in_title(item)` tells a title-line item,
    whose quotes and statements are scored on their own ("headline"). `quote_text(q)` is what a quote's first words
    are read from: the article's own words from where it starts, as the gold's `text_start` copies them ("The U.S.,
    Zelensky said, has signaled …" for the quote "The U.S. has signaled …"; "the weapons are “very hard to get”"
    for a report that stops where its quoted part, a quote of its own, begins)."""
    scores = Scores(name)
    score_quotes(scores, [g for g in gold["quotes"] if not g.get("in_title")], [q for q in quotes if not in_title(q)],
                 text_of=quote_text)
    headline = Scores("headline")
    score_quotes(headline, [g for g in gold["quotes"] if g.get("in_title")], [q for q in quotes if in_title(q)],
                 text_of=quote_text)
    score_statements(headline, [g for g in gold["ceasefire_statements"] if g.get("in_title")],
                     [s for s in statements if in_title(s)])
    scores.headline_quotes, scores.headline_speakers = headline.quotes, headline.speakers
    scores.headline_statements = headline.statements
    scores.misses += [f"headline {m}" for m in headline.misses if not m.startswith("kind wrong")]
    score_mentions(scores, gold["actor_mentions"], mentions)
    score_statements(scores, [g for g in gold["ceasefire_statements"] if not g.get("in_title")],
                     [s for s in statements if not in_title(s)])
    return scores


def far_from(when: str | None, published: date | None, sentence: str = "") -> bool:
    """What the date rule forbids: a statement date after the publication, or more than six months before it when
    its sentence names no year ("Russia withdrew from the deal in July 2023" may be dated July 2023)."""
    if not when or published is None:
        return False
    first = date.fromisoformat(when if len(when) == 10 else f"{when}-01")
    last = first if len(when) == 10 else date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    return first > published or last < published - timedelta(days=183) and str(first.year) not in sentence


def _pair(gold_items: list[dict], predicted: list, text_of) -> tuple[list[tuple[dict, object]], list, list[dict]]:
    """Greedy one-to-one matching in text order: each gold item takes the first unused prediction that matches."""
    used, pairs, missed = set(), [], []
    for item in gold_items:
        alike = [i for i, p in enumerate(predicted) if i not in used and starts_alike(text_of(p), item["text_start"])]
        # joint speakers say the same words: each gold speaker takes the prediction that names them, if any
        match = next((i for i in alike if getattr(predicted[i], "speaker", None) == item.get("speaker")),
                     alike[0] if alike else None)
        if match is None:
            missed.append(item)
        else:
            used.add(match)
            pairs.append((item, predicted[match]))
    extra = [p for i, p in enumerate(predicted) if i not in used]
    return pairs, extra, missed


def score_quotes(scores: Scores, gold_items: list[dict], predicted: list, matched: list | None = None,
                 text_of=lambda q: q.text) -> None:
    """Adds the quote scores; `matched`, when given, receives the (gold, predicted) pairs. A quote the gold gives
    joint speakers ("Russia; United States") counts once per speaker, as the extractor gives one quote each."""
    gold_items = [dict(g, speaker=one) for g in gold_items
                  for one in (g["speaker"].split("; ") if g.get("speaker") else [g.get("speaker")])]
    pairs, extra, missed = _pair(gold_items, predicted, text_of)
    if matched is not None:
        matched.extend(pairs)
    scores.quotes.add(Counts(len(pairs), len(extra), len(missed)))
    same_kind = sum(1 for g, p in pairs if g["kind"] == p.kind)
    scores.quotes_kind.add(Counts(same_kind, len(extra) + len(pairs) - same_kind, len(missed) + len(pairs) - same_kind))
    scores.speakers.add(Ratio(sum(1 for g, p in pairs if same_speaker(g["speaker"], p.speaker)), len(pairs)))
    scores.roles.add(Ratio(sum(1 for g, p in pairs if g["speaker_role"] == p.speaker_role), len(pairs)))
    direct_pairs, direct_extra, direct_missed = _pair(
        [g for g in gold_items if g["kind"] == "direct"], [q for q in predicted if q.kind == "direct"], text_of)
    scores.direct.add(Counts(len(direct_pairs), len(direct_extra), len(direct_missed)))
    scores.direct_speakers.add(Ratio(sum(1 for g, p in direct_pairs if same_speaker(g["speaker"], p.speaker)),
                                     len(direct_pairs)))
    scores.misses += [f"quote missed: {g['text_start']!r} ({g['speaker']})" for g in missed]
    scores.misses += [f"quote extra: {p.text[:60]!r} ({p.speaker})" for p in extra]
    scores.misses += [f"speaker wrong: {g['text_start'][:40]!r} gold {g['speaker']} got {p.speaker}"
                      for g, p in pairs if not same_speaker(g["speaker"], p.speaker)]
    scores.misses += [f"kind wrong: {g['text_start'][:40]!r} gold {g['kind']} got {p.kind}"
                      for g, p in pairs if g["kind"] != p.kind]
    scores.misses += [f"role wrong: {g['text_start'][:40]!r} gold {g['speaker_role']} got {p.speaker_role}"
                      for g, p in pairs if same_speaker(g["speaker"], p.speaker) and g["speaker_role"] != p.speaker_role]


def same_speaker(gold: str | None, got: str | None) -> bool:
    """The same name, or two names the actor registry lists for one actor ("António Costa" is an alias of the
    registry's "Antonio Costa": annotators wrote both)."""
    if gold is None or got is None:
        return gold == got
    return _registry_name(gold) == _registry_name(got)


def _registry_name(name: str) -> str:
    """The registry's name for a name or alias it lists (of an actor, or of an outlet: "AP" is the Associated
    Press), else the name as written (a surname alone stays itself)."""
    actor = load_registry().lookup(name)
    if actor is not None and name in (actor.name, *actor.aliases):
        return actor.name
    return load_outlets().named(name) or name  # (the registry is read once: load_outlets caches it)


def score_mentions(scores: Scores, gold_counts: dict[str, int], mentions: list) -> None:
    """Count F1 over the actors the gold annotates: every surplus or missing mention counts once."""
    predicted: dict[str, int] = {}
    for m in mentions:
        predicted[m.actor] = predicted.get(m.actor, 0) + 1
    for actor, want in gold_counts.items():
        got = predicted.get(actor, 0)
        scores.mentions.add(Counts(min(want, got), max(0, got - want), max(0, want - got)))
        if got != want:
            scores.misses.append(f"mentions of {actor}: gold {want} got {got}")


def score_statements(scores: Scores, gold_items: list[dict], predicted: list) -> None:
    pairs, extra, missed = _pair(gold_items, predicted, lambda s: s.text)
    scores.statements.add(Counts(len(pairs), len(extra), len(missed)))
    scores.statement_dates.add(Ratio(sum(1 for g, p in pairs if g["date"] == p.date), len(pairs)))
    scores.statement_actors.add(Ratio(sum(1 for g, p in pairs if _same_actors(g["actor"], p.actor)), len(pairs)))
    scores.misses += [f"statement missed: {g['text_start']!r} ({g['actor']}, {g['date']})" for g in missed]
    scores.misses += [f"statement extra: {p.text[:60]!r} ({p.actor}, {p.date})" for p in extra]
    scores.misses += [f"statement date wrong: {g['text_start'][:40]!r} gold {g['date']} got {p.date}{_basis(p)}"
                      for g, p in pairs if g["date"] != p.date]
    scores.misses += [f"statement actor wrong: {g['text_start'][:40]!r} gold {g['actor']} got {p.actor}"
                      for g, p in pairs if not _same_actors(g["actor"], p.actor)]


def _basis(predicted) -> str:
    """" (context)": how the extractor dated a statement, where it says (an annotator's item, compared as a prediction
    by `bench.agreement`, does not)."""
    basis = getattr(predicted, "date_basis", None)
    return f" ({basis})" if basis else ""


def _same_actors(gold: str | None, got: str | None) -> bool:
    """Joint actors ("United States; Ukraine") in any order."""
    return {_registry_name(n) for n in (gold or "").split("; ")} == {_registry_name(n) for n in (got or "").split("; ")}


LANGUAGE_SETS = ("lang-ru", "lang-uk", "lang-de", "lang-fr")  # never tuned on: mentions, direct quotes, speakers
# Tuned on: ru, uk, de and fr articles in one folder, each gold file naming its "language"; scored per language.
LANGUAGE_DEV_SET = "lang-dev"
GOLD_SETS = ("seed", "synthetic", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
             "dev11", "dev12", "news-dev", "news-dev2", "news-dev3", "news-dev4", "news-dev5", "news-dev6", "news-dev7",
             "news-dev8", "news-dev9", "news-dev10", "news-dev11", "news-dev12", "news-dev13", "news-dev14",
             "news-dev15", "news-dev16", "news-dev17", "news-dev18", "news-dev19", "news-dev20", "news-dev21", "news-dev22", "news-dev23", "news-dev24",
             "news-dev25", "news-dev26", "news-dev27", "news-dev28", "news-dev29", "news-dev30", "news-dev31",
             "holdout",
             "news-unseen",
             "news-unseen2", "news-unseen3", "news-unseen4", "news-unseen5", "news-unseen6", "news-unseen7",
             "news-unseen8", "news-unseen9", "news-unseen10", "news-unseen11", "news-unseen12", "news-unseen13",
             "news-unseen14", "news-unseen15", "news-unseen16", "news-unseen17", "news-unseen18",
             "news-unseen19", "news-unseen20", "news-unseen21", "news-unseen22", "news-unseen23", "news-unseen24") \
    + LANGUAGE_SETS \
    + (LANGUAGE_DEV_SET,)
# Sets never tuned on: they measure text the extractors have not seen.
UNSEEN_SETS = ("holdout", "news-unseen", "news-unseen2", "news-unseen3", "news-unseen4", "news-unseen5",
               "news-unseen6", "news-unseen7", "news-unseen8", "news-unseen9", "news-unseen10", "news-unseen11",
               "news-unseen12", "news-unseen13", "news-unseen14", "news-unseen15",
               "news-unseen16", "news-unseen17", "news-unseen18", "news-unseen19",
               "news-unseen20", "news-unseen21", "news-unseen22", "news-unseen23", "news-unseen24") \
    + LANGUAGE_SETS


def gold_files(which: str) -> list[Path]:
    """The gold files of one set: the shared seed, our synthetic articles, real-text dev sets, and the unseen
    sets (`UNSEEN_SETS`), annotated apart from the extractors and never tuned on.
    """
    if which == "seed":
        return [SHARED_GOLD] if SHARED_GOLD.exists() else []
    folder = PROJECT_GOLD if which == "synthetic" else PROJECT_GOLD / which
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".meta.json"))


def language_groups(which: str) -> dict[str, list[Path]]:
    """The files of one set to score together: the language dev set apart per language ("lang-dev ru (dev)"),
    any other set whole."""
    if which != LANGUAGE_DEV_SET:
        return {which: gold_files(which)}
    groups: dict[str, list[Path]] = {}
    for path in gold_files(which):
        language = json.loads(path.read_text(encoding="utf-8")).get("language") or "unknown"
        groups.setdefault(f"{which} {language} (dev)", []).append(path)
    return dict(sorted(groups.items()))


def is_language_group(group: str) -> bool:
    return group in LANGUAGE_SETS or group.startswith(LANGUAGE_DEV_SET)


def has_text(gold_path: Path) -> bool:
    """False for a gold file whose article text is not here (kept out of git for its licence)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return article_for(gold_path, gold).exists()


def given_files(paths: list[Path]) -> list[Path]:
    """Gold files named on the command line, anywhere on disk: a folder stands for its gold files, and the
    `.meta.json` sidecars a shell glob also matches are left out."""
    found = []
    for path in paths:
        found += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return [p for p in found if not p.name.endswith(".meta.json")]


def language_report(scores: Scores) -> str:
    """The columns the language sets are annotated for: mentions, direct quotes and their speakers."""
    return (f"{scores.name:30} mentions F1 {scores.mentions.f1:.3f} | direct quotes P {scores.direct.precision:.2f} "
            f"R {scores.direct.recall:.2f} F1 {scores.direct.f1:.3f} | direct-quote speakers "
            f"{scores.direct_speakers.value:.3f}")


def report(scores: Scores) -> str:
    return (
        f"{scores.name:28} quotes P {scores.quotes.precision:.2f} R {scores.quotes.recall:.2f} "
        f"F1 {scores.quotes.f1:.3f} (kind-strict {scores.quotes_kind.f1:.3f}; direct F1 {scores.direct.f1:.3f} "
        f"speakers {scores.direct_speakers.value:.3f}) | speakers {scores.speakers.value:.3f} "
        f"roles {scores.roles.value:.3f} | mentions F1 {scores.mentions.f1:.3f} | statements F1 "
        f"{scores.statements.f1:.3f} dates {scores.statement_dates.value:.3f} actors {scores.statement_actors.value:.3f} "
        f"far dates {scores.far_dates} | headline quotes F1 {scores.headline_quotes.f1:.3f} "
        f"speakers {scores.headline_speakers.value:.3f} statements F1 {scores.headline_statements.f1:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path,
                        help="gold files or folders, anywhere (default: every file of the chosen sets)")
    parser.add_argument("--set", action="append", choices=GOLD_SETS + tuple(gold_experts.EXPERT_SETS), dest="sets",
                        help="score only these sets (repeatable; default: all)")
    parser.add_argument("--misses", action="store_true", help="list every miss, extra and wrong field")
    args = parser.parse_args()
    chosen = args.sets or GOLD_SETS + tuple(gold_experts.EXPERT_SETS)
    given = given_files(args.gold) if args.gold else []
    expert_files = [p for p in given if "experts" in json.loads(p.read_text(encoding="utf-8"))]
    experts_total = gold_experts.ExpertScores("ALL expert files")
    for path in expert_files:
        given.remove(path)  # an expert gold file is scored by its own bench
        scores = gold_experts.score_file(path)
        experts_total.add(scores)
        print(gold_experts.report(scores))
        if args.misses:
            print("\n".join(f"    {m}" for m in scores.misses))
    if len(expert_files) > 1:  # a new batch scored on arrival: its total is the number that counts
        print(gold_experts.report(experts_total) + "\n")
    groups = ({"files": given} if given else {}) if args.gold else \
        {group: paths for s in chosen if s in GOLD_SETS for group, paths in language_groups(s).items()}
    for group, paths in groups.items():
        total = Scores(f"ALL {group}")
        missing = [p for p in paths if not has_text(p)]
        for path in paths:
            if path in missing:
                continue
            scores = score_file(path)
            total.add(scores)
            print(report(scores))
            if args.misses and group in UNSEEN_SETS:  # (read as a file path, the folder is the user's to judge)
                print(f"    {len(scores.misses)} misses (frozen set: not shown)")
            elif args.misses:
                print("\n".join(f"    {m}" for m in scores.misses))
        if missing:
            print(f"{group}: {len(missing)} article text(s) not here (kept out of git for their licence), skipped: "
                  + ", ".join(p.stem for p in missing))
        shown = language_report if is_language_group(group) else report
        print((shown(total) if len(paths) > len(missing) else f"ALL {group}: no gold article here") + "\n")
    if not args.gold:
        gold_experts.main([s for s in chosen if s in gold_experts.EXPERT_SETS], args.misses)


if __name__ == "__main__":
    main()
