"""Rebuild a gold text kept out of git from the search corpus's stored copy of its page, verified by sha256.

The texts of unlicensed gold articles live only in `bench.gold_texts`' store, which a new machine does not
have. Each was made by an annotator from the "pages" corpus excerpt of its URL: the title line, a blank line,
the article's paragraphs separated by blank lines, page chrome (bylines, date lines, captions, tags) dropped,
trailing spaces removed, and the text cut at the excerpt's last complete sentence. Which lines were chrome was
the annotator's call, so this tries every choice of the short lines (long lines are paragraphs) and every cut
of the last one, and keeps the single text whose sha256 is the one the meta names. Nothing is guessed: a text
that no choice reproduces stays missing.

    python -m bench.gold_recover --missing > missing.tsv   # what to copy: set, name, url, search query
    python -m bench.gold_recover EXCERPT_DIR     # EXCERPT_DIR/<set>/<name>.excerpt, as copied from search

An `.excerpt` file holds the result's `excerpt` either as the JSON string literal shown by the search tool
(starting with a double quote) or as plain text.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

from bench import gold_recover_guided as guided
from bench import gold_texts

GOLD = gold_texts.GOLD
_DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d\d-\d\d\s*")
_BULLET = re.compile(r"^(?:[•·▪*]|[-–—](?=\s))\s*")
_SENTENCE_END = re.compile(r"[.?!…][\"”’')\]]*(?=\s|$)")
_PARAGRAPH = 160  # a line this long is article text, never chrome
_OPENING = 3  # lines at the top that may be chrome whatever their length
_MAX_OPTIONAL = 14  # 2**14 choices of short lines is still quick to hash
_TRAILING_DROPS = 4
# hashes tried per excerpt before giving up: an excerpt opening with dozens of menu lines has hundreds of millions
# of choices, which took helpers' runs 20 minutes and more; this many take about half a minute
_BUDGET = 10_000_000


GaveUp = guided.GaveUp
_INLINE_DATELINE = re.compile(r"^(?:\(?[A-Z][A-Za-z.'’-]*(?:,?\s[A-Z][A-Za-z.'’-]*){0,2}\)?(?:\s*\|\s*[A-Z][\w]*)?)"
                              r"\s*(?:—|(?:–|-|:|\|)\s)\s*(?=[A-Z“\"])")


def read_excerpt(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    stripped = raw.strip()
    if stripped.startswith('"'):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:  # plain text that opens with a quotation mark
            pass
    return raw


def _lines(excerpt: str) -> list[str]:
    lines = []
    for i, line in enumerate(excerpt.split("\n")):
        if i == 0:
            line = _DATE_PREFIX.sub("", line)
        line = line.strip()
        if line:
            lines.append(line)
    return lines


def _cuts(line: str) -> list[str]:
    """The last kept line as the annotator may have left it: whole, or ended at one of its sentence ends."""
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    return [line] + [line[:end] for end in reversed(ends) if end < len(line)]


def _titles(meta: dict, lines: list[str]) -> list[str]:
    titles = []
    if meta.get("title"):
        titles.append(meta["title"].strip())
    titles += [line for line in lines[:6] if len(line) < 300]
    titles.append("")  # a page without a headline: the text opens with the blank line
    return list(dict.fromkeys(titles))


def _bodies(lines: list[str]):
    """Every plausible choice of body lines, longest first."""
    # short lines may be chrome anywhere; the first few may be chrome at any length (a standfirst, a long caption)
    optional = [i for i, line in enumerate(lines) if len(line) < _PARAGRAPH or i < _OPENING]
    if len(optional) > _MAX_OPTIONAL:
        # too many to try all: the first ones are the likeliest chrome (date lines, bylines, labels)
        fixed_keep = set(optional[_MAX_OPTIONAL:])
        optional = optional[:_MAX_OPTIONAL]
    else:
        fixed_keep = set()
    for drop_count in range(len(optional) + 1):
        for dropped in itertools.combinations(optional, drop_count):
            gone = set(dropped)
            yield [line for i, line in enumerate(lines) if i not in gone or i in fixed_keep]


def rebuild(excerpt: str, meta: dict, budget: int = _BUDGET, keep: tuple[str, ...] = ()) -> str | None:
    """The text with the meta's sha256, None when no choice gives it; raises GaveUp when both passes ran past
    `budget` hashes each.

    `keep` holds the starts of the article's annotated items: a paragraph that alone holds one was kept by the
    annotator, which lets the second pass try leaving out any other line, long ones included."""
    wanted = meta.get("sha256")
    if not wanted:
        return None
    tries = [budget]
    plain = _lines(excerpt)
    unbulleted = [_BULLET.sub("", line) for line in plain]  # some annotators dropped list markers, keeping the items
    # others cut a dateline off the line it opens ("GENEVA: ", "Kyiv — ", "ANKARA | Xinhua | ", "(LONDON) — ",
    # "ISTANBUL, TURKEY | Xinhua | ", "WASHINGTON—")
    undated = [_INLINE_DATELINE.sub("", line, count=1) for line in plain]
    both = [_INLINE_DATELINE.sub("", line, count=1) for line in unbulleted]  # some did both
    variants = list(dict.fromkeys(tuple(v) for v in (plain, unbulleted, undated, both)))
    title = meta.get("title", "").strip()
    if title in plain[1:]:
        # a page whose menus come before its headline: the annotator started at the headline, and the menu lines
        # would otherwise be more choices than the budget allows
        headed = plain[plain.index(title):]
        try:
            found = _rebuild_from(headed, meta, wanted, [budget // 10])
        except GaveUp:
            found = None
        if found is not None:
            return found
    try:
        found = next((text for lines in variants
                      if (text := _rebuild_from(list(lines), meta, wanted, tries)) is not None), None)
    except GaveUp:
        # too many short lines for every choice; the second pass, narrowed by the annotated starts, may still find
        # it, with a budget of its own
        found = guided.rebuild(excerpt, title, wanted, keep, [budget])
        if found is None:
            raise
        return found
    if found is None:
        found = guided.rebuild(excerpt, title, wanted, keep, tries)
    return found


def _rebuild_from(lines: list[str], meta: dict, wanted: str, tries: list[int]) -> str | None:
    for title in _titles(meta, lines):
        rest = [line for line in lines if line != title]
        # the body starts after the title's first occurrence when the excerpt opens with chrome before it
        # ... and ends where the annotator stopped: the excerpt's last lines may be left out whole
        for start, stop in itertools.product(range(0, min(len(rest), 8) + 1), range(_TRAILING_DROPS + 1)):
            body_lines = rest[start:len(rest) - stop]
            if not body_lines:
                continue
            for body in _bodies(body_lines):
                if not body:
                    continue
                for last in _cuts(body[-1]) + [None]:
                    kept = body[:-1] + ([last] if last else [])
                    if not kept:
                        continue
                    for sep in ("\n\n", "\n"):
                        text = title + sep + sep.join(kept)
                        for ending in ("\n", ""):
                            tries[0] -= 1
                            if tries[0] < 0:
                                raise GaveUp
                            candidate = text + ending
                            if hashlib.sha256(candidate.encode("utf-8")).hexdigest() == wanted:
                                return candidate
    return None


def recover(excerpt_dir: Path) -> tuple[int, list[str]]:
    done, missed = 0, []
    for path in sorted(excerpt_dir.glob("*/*.excerpt")):
        set_name, name = path.parent.name, path.name[: -len(".excerpt")]
        meta_path = GOLD / set_name / f"{name}.meta.json"
        if not meta_path.exists():
            missed.append(f"{set_name}/{name}: no meta in tests/gold")
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if gold_texts.locate(GOLD / set_name / f"{name}.txt"):
            done += 1  # rebuilt by an earlier run
            continue
        try:
            keep = guided.annotated_starts(meta_path.with_name(f"{name}.json"))
            text = rebuild(read_excerpt(path), meta, keep=keep)
        except GaveUp:
            missed.append(f"{set_name}/{name}: too many short lines to try every choice ({_BUDGET:,} tried); "
                          f"search again for a passage of {meta.get('url')} that opens nearer the headline")
            continue
        if text is None:
            query = meta.get("search_query") or meta.get("title")
            missed.append(f"{set_name}/{name}: no choice of lines gives the meta's sha256 (search the pages corpus "
                          f"for {query!r} and look for {meta.get('url')})")
            continue
        target = gold_texts.store() / set_name / f"{name}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        (target.with_suffix(".meta.json")).write_text(meta_path.read_text(encoding="utf-8"), encoding="utf-8")
        done += 1
    return done, missed


def missing() -> list[str]:
    """One tab-separated row (set, name, url, search query) per kept text found neither beside its gold nor in the
    store: the work list for whoever copies excerpts back from the search tool."""
    rows = []
    for set_name in gold_texts.KEPT_SETS:
        for meta_path in sorted((GOLD / set_name).glob("*.meta.json")):
            name = meta_path.name[: -len(".meta.json")]
            if gold_texts.locate(GOLD / set_name / f"{name}.txt"):
                continue
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            query = meta.get("search_query") or f"{meta.get('title', '')} {meta.get('source', '')}".strip()
            rows.append("\t".join((set_name, name, meta.get("url", ""), query)))
    return rows


def main(argv: list[str]) -> int:
    if argv == ["--missing"]:
        rows = missing()
        print("\n".join(["set\tname\turl\tquery"] + rows))
        print(f"{len(rows)} gold text(s) missing from {gold_texts.store()}", file=sys.stderr)
        return 0
    if len(argv) != 1:
        print("\n".join(line for line in __doc__.splitlines() if "python -m bench.gold_recover" in line))
        return 2
    done, missed = recover(Path(argv[0]))
    for line in missed:
        print(f"not rebuilt: {line}")
    print(f"rebuilt {done} text(s) into {gold_texts.store()}; {len(missed)} not rebuilt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
