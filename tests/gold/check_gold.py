"""Mechanical checks for the hand-made gold files in this folder (and the shared seed gold).

Checks that every `text_start` is copied exactly from the article (statements: a sentence starts with
it), that title items sit in the title line, and that `actor_mentions` equal a regex count of the
`actor_mention_forms` over the annotated span, with the gold README's exclusions: the all-caps
dateline and aliases inside another name. Run: `.venv/bin/python tests/gold/check_gold.py [--show] [FOLDER ...]`.
"""
import json
import re
import sys
from pathlib import Path

import pysbd

HERE = Path(__file__).parent
SEED_GOLD = HERE.parents[2] / "shared" / "gold" / "seed.json"
SEED_TEXT = HERE.parents[1] / "seeds" / "000_39eef0787f1704b7.txt"  # the article seed.json annotates

# Names that contain an actor alias but are not that actor (README: "Kyiv Independent").
CONTAINERS = ("Kyiv Independent", "Washington Post")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^\n]{0,40}?\s[—–-]\s", re.MULTILINE)
# Datelines without a comma ("MOSCOW (Reuters) -", "LONDON -- ", "MOSCOW/KYIV - ", "KYIV and MOSCOW — "): they
# hold no counted form (all caps), but the sentence after them starts after them, as after the comma kind.
BARE_DATELINE = re.compile(r"^[A-Z][A-Z.'/-]+(?:\s+(?:and\s+)?[A-Z][A-Z.'/-]+)*(?:\s*\([^)\n]{1,30}\)\s*|\s+)[—–-]+\s*", re.MULTILINE)
QUOTE_MARKS = "\"“‘'"

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
            if form not in listed and find_form(span, form, excluded):
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
    span = annotated_text(text, gold)
    problems: list[str] = []
    meta_path = text_path.with_suffix(".meta.json")
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["title"] != text.split("\n", 1)[0]:
            problems.append("meta title differs from the first line")
        if meta["published"] != gold["published_assumed"]:
            problems.append("meta published differs from published_assumed")
    check_mentions(gold, span, problems, show)
    check_items(gold, span, problems)
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
    for gold_path, text_path in gold_files(folders):
        problems = check(gold_path, text_path, show)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        print(f"{gold_path.name}: {len(gold['quotes'])} quotes, {sum(gold['actor_mentions'].values())} mentions "
              f"of {len(gold['actor_mentions'])} actors, {len(gold['ceasefire_statements'])} statements"
              + ("" if problems else " - OK"))
        for problem in problems:
            print("   ", problem)
        failed += bool(problems) and gold_path != SEED_GOLD
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
