"""Mechanical checks for the hand-made gold files in this folder (and the shared seed gold).

Experts files (STANCES.md) are checked for known values and evidence starts copied from the article; every file
for a meta sha256 that is its text's. News files: checks that every `text_start` is copied exactly from the article (statements: a sentence starts with
it), that title items sit in the title line, and that `actor_mentions` equal a regex count of the
`actor_mention_forms` over the annotated span, with the gold README's exclusions: the all-caps
dateline and aliases inside another name. Run: `.venv/bin/python tests/gold/check_gold.py [--show] [FOLDER ...]`.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

import pysbd

HERE = Path(__file__).parent
SEED_GOLD = HERE.parents[2] / "shared" / "gold" / "seed.json"
SEED_TEXT = HERE.parents[1] / "seeds" / "000_39eef0787f1704b7.txt"  # the article seed.json annotates

# Names that contain an actor alias but are not that actor (README: "Kyiv Independent", "Latin America").
CONTAINERS = ("Kyiv Independent", "Kyiv Post", "Washington Post", "Moscow Times", "RBC-Ukraine", "Russia-1",
              "Agence France-Presse", "Latin America", "South America", "North America", "Central America")
# Annotators differ on "United States of America": one mention or two. Its "America" may be counted or not.
OPTIONAL = ("States of America",)
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^\n]{0,40}?\s[—–-]\s", re.MULTILINE)
# Datelines without a comma ("MOSCOW (Reuters) -", "LONDON -- ", "MOSCOW/KYIV - ", "KYIV and MOSCOW — "): they
# hold no counted form (all caps), but the sentence after them starts after them, as after the comma kind.
BARE_DATELINE = re.compile(r"^[A-Z][A-Z.'/-]+(?:\s+(?:and\s+)?[A-Z][A-Z.'/-]+)*(?:\s*\([^)\n]{1,30}\)\s*|\s+)[—–-]+\s*", re.MULTILINE)
QUOTE_MARKS = "\"“‘'«„"  # («…» and „…“ too: some outlets quote in them)

# Surface forms of every registry actor, to catch an actor the annotator forgot to count.
PROBES = {
    "Donald Trump": ["Trump"], "Vladimir Putin": ["Putin"], "Volodymyr Zelensky": ["Zelensky", "Zelenskyy", "Zelenskiy"],
    "Marco Rubio": ["Rubio"], "Steve Witkoff": ["Witkoff"], "Sergei Lavrov": ["Lavrov"], "JD Vance": ["Vance"],
    "Dmitry Peskov": ["Peskov"], "Keith Kellogg": ["Kellogg"], "Andriy Yermak": ["Yermak"], "Andrii Sybiha": ["Sybiha"],
    "Rustem Umerov": ["Umerov"], "Kirill Dmitriev": ["Dmitriev"], "Yuri Ushakov": ["Ushakov"],
    "Emmanuel Macron": ["Macron"], "Keir Starmer": ["Starmer"], "Friedrich Merz": ["Merz"],
    "Recep Tayyip Erdogan": ["Erdogan", "Erdoğan"], "Mohammed bin Salman": ["bin Salman", "MBS"],
    "Russia": ["Russia", "Kremlin", "Moscow"], "Ukraine": ["Ukraine", "Kyiv", "Kiev"],
    "United States": ["U.S.", "US", "United States", "Washington", "White House", "America"],
    "European Union": ["European Union", "EU"], "NATO": ["NATO", "Nato"],
    "United Kingdom": ["United Kingdom", "UK", "U.K.", "Britain"], "France": ["France"], "Germany": ["Germany"],
    "Saudi Arabia": ["Saudi Arabia"], "Turkey": ["Turkey", "Türkiye"],
}


def annotated_text(text: str, gold: dict) -> str:
    match = re.search(r"begins '([^']+)'", gold["annotated_span"])
    if not match:
        return text
    end = text.index("\n" + match.group(1))
    return text[:end]


def excluded_ranges(span: str) -> list[tuple[int, int]]:
    ranges = [m.span() for m in DATELINE.finditer(span)]
    for name in CONTAINERS:
        ranges += [m.span() for m in re.finditer(re.escape(name), span)]
    return ranges


def find_form(span: str, form: str, excluded: list[tuple[int, int]]) -> list[int]:
    pattern = re.compile(r"(?<![\w.])" + re.escape(form) + r"(?![\w])")
    return [m.start() for m in pattern.finditer(span) if not in_ranges(m.start(), excluded)]


def title_ranges(text: str) -> list[tuple[int, int]]:
    """Every line equal to the first one: the seed repeats its title (README: both copies count)."""
    title, ranges, pos = text.split("\n", 1)[0], [], 0
    for line in text.split("\n"):
        if line == title:
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def check_mentions(gold: dict, span: str, problems: list[str], show: bool) -> None:
    excluded = excluded_ranges(span)
    optional = [m.span() for name in OPTIONAL for m in re.finditer(re.escape(name), span)]
    titles = title_ranges(span)
    in_title = gold.get("actor_mentions_in_title", {})
    for actor, forms in gold["actor_mention_forms"].items():
        total, title_total = 0, 0
        for form, count in forms.items():
            found = find_form(span, form, excluded)
            total += len(found)
            title_total += sum(1 for pos in found if in_ranges(pos, titles))
            if len(found) != count:
                problems.append(f"form {form!r} of {actor}: listed {count}, found {len(found)}")
            if show:
                for pos in found:
                    print(f"  {actor:<20} {form:<12} …{span[max(0, pos - 30):pos + 30]!r}")
        if gold["actor_mentions"].get(actor) != total:
            problems.append(f"{actor}: actor_mentions {gold['actor_mentions'].get(actor)} but forms count {total}")
        if in_title.get(actor, 0) != title_total:
            problems.append(f"{actor}: in-title count {in_title.get(actor, 0)}, found {title_total}")
    for actor in set(gold["actor_mentions"]) - set(gold["actor_mention_forms"]):
        problems.append(f"{actor}: counted but has no forms")
    for actor, forms in PROBES.items():
        listed = set(gold["actor_mention_forms"].get(actor, {}))
        for form in forms:
            if form not in listed and find_form(span, form, excluded + optional):
                problems.append(f"registry form {form!r} ({actor}) occurs but is not counted")


def sentence_starts(text: str) -> set[int]:
    """pysbd's starts, plus the end of a dateline and any capital after end punctuation and quote marks:
    pysbd joins '... means." "We are ...' into one sentence, which a reader would not."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    starts = {m.end() for pattern in (DATELINE, BARE_DATELINE) for m in pattern.finditer(text)}
    starts |= {m.end() for m in re.finditer(r"[.!?][\"”’]?\s+[\"“‘]?(?=[A-Z])", text)}
    for sentence in segmenter.segment(text):
        start = sentence.start
        while start < len(text) and text[start] in QUOTE_MARKS + " \n":
            start += 1
        starts.add(start)
    return starts


def check_items(gold: dict, span: str, problems: list[str]) -> None:
    titles = title_ranges(span)
    starts = sentence_starts(span)
    for kind, items in (("quote", gold["quotes"]), ("statement", gold["ceasefire_statements"])):
        for item in items:
            start = item["text_start"]
            if len(start.split()) > 8:
                problems.append(f"{kind} text_start over 8 words: {start!r}")
            positions = [m.start() for m in re.finditer(re.escape(start), span)]
            if not positions:
                problems.append(f"{kind} text_start not in annotated span: {start!r}")
                continue
            if bool(item.get("in_title")) != in_ranges(positions[0], titles):
                problems.append(f"{kind} in_title flag wrong: {start!r}")
            if kind == "statement":
                if not any(p in starts for p in positions):
                    problems.append(f"statement text_start is not a sentence start: {start!r}")
                if DATELINE.match(start) or BARE_DATELINE.match(start):
                    problems.append(f"statement text_start begins with the dateline; start after it: {start!r}")
                if not re.fullmatch(r"2025-\d\d(-\d\d)?", item["date"]):
                    problems.append(f"statement date malformed: {item['date']!r}")
            else:
                opened = any(p > 0 and span[p - 1] in QUOTE_MARKS for p in positions)
                if opened != (item["kind"] == "direct"):
                    problems.append(f"quote kind {item['kind']} but quote mark before it is {opened}: {start!r}")
                if item["speaker_role"] not in ("official", "expert", "other"):
                    problems.append(f"bad speaker_role: {start!r}")


def check(gold_path: Path, text_path: Path, show: bool) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    problems: list[str] = []
    meta_path = text_path.with_suffix(".meta.json")
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["title"] != text.split("\n", 1)[0]:
            problems.append("meta title differs from the first line")
        if "published_assumed" in gold and meta["published"] != gold["published_assumed"]:
            problems.append("meta published differs from published_assumed")
        if "sha256" in meta and meta["sha256"] != hashlib.sha256(text_path.read_bytes()).hexdigest():
            problems.append("meta sha256 is not the text's")
    if "experts" in gold:
        return problems + check_experts(gold, text)
    span = annotated_text(text, gold)
    check_mentions(gold, span, problems, show)
    check_items(gold, span, problems)
    return problems


SIDES = ("Russia", "Ukraine", "United States", "Europe")
SIDE_VALUES = {"critical", "supportive", "neutral", None}
OUTLOOKS = {"optimistic", "pessimistic", "uncertain", None}


def check_experts(gold: dict, text: str) -> list[str]:
    """An experts file (STANCES.md): known values only, and for each non-null one evidence starts of at most 8
    words, copied from the article, not opening with a quotation mark; no evidence for a null value."""
    problems = []
    for expert in gold["experts"]:
        name = expert.get("name") or "?"
        stances = expert.get("stances", {})
        values = {side: stances.get(side) for side in SIDES}
        values["outlook"] = expert.get("outlook")
        problems += [f"{name}: unknown side {side!r}" for side in stances if side not in SIDES]
        problems += [f"{name}: bad stance {side} {value!r}" for side, value in values.items()
                     if value not in (OUTLOOKS if side == "outlook" else SIDE_VALUES)]
        evidence = expert.get("evidence", {})
        for target, value in values.items():
            starts = evidence.get(target) or []
            if value and not starts:
                problems.append(f"{name}: {target} is {value} but has no evidence")
            if not value and starts:
                problems.append(f"{name}: evidence for {target}, which is null")
            for start in starts:
                if len(start.split()) > 8 or start[:1] in QUOTE_MARKS or start not in text:
                    problems.append(f"{name}: evidence for {target} not a start of at most 8 words in the text: "
                                    f"{start!r}")
    return problems


def gold_files(folders: list[Path]) -> list[tuple[Path, Path]]:
    """The shared seed and this folder's files by default; the gold files of the named folders otherwise."""
    pairs = [(SEED_GOLD, SEED_TEXT)] if SEED_GOLD.exists() and not folders else []
    for folder in folders or [HERE]:
        for path in sorted(folder.glob("*.json")):
            if not path.name.endswith(".meta.json"):
                pairs.append((path, folder / json.loads(path.read_text(encoding="utf-8"))["article"]))
    return pairs


def main() -> int:
    show = "--show" in sys.argv
    folders = [Path(arg) for arg in sys.argv[1:] if arg != "--show"]
    failed = 0
    sys.path.insert(0, str(HERE.parents[1]))
    from bench.gold_texts import locate  # noqa: PLC0415 (the repo's text store, for texts kept out of git)

    for gold_path, beside in gold_files(folders):
        text_path = locate(beside)
        if text_path is None:
            print(f"{gold_path.name}: its text {beside.name} is neither beside it nor in the text store, not checked")
            continue
        problems = check(gold_path, text_path, show)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "experts" in gold:
            counts = (f"{len(gold['experts'])} experts, "
                      f"{sum(1 for e in gold['experts'] for v in [*e.get('stances', {}).values(), e.get('outlook')] if v)}"
                      " non-null items")
        else:
            counts = (f"{len(gold['quotes'])} quotes, {sum(gold['actor_mentions'].values())} mentions of "
                      f"{len(gold['actor_mentions'])} actors, {len(gold['ceasefire_statements'])} statements")
        print(f"{gold_path.name}: {counts}" + ("" if problems else " - OK"))
        for problem in problems:
            print("   ", problem)
        failed += bool(problems) and gold_path != SEED_GOLD
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
