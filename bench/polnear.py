"""Quotes and speakers against PolNeAR, a public corpus of attributions in 2016 US election news.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) annotates every
attribution in 1,008 articles of seven US publishers: its source, cue and content spans. The project ships
none of it (no licence is stated for the article texts): fetch the repository and unpack its data, e.g.

    git --git-dir=<mirror> archive HEAD data/dev/text data/dev/attributions \\
        data/test/text data/test/attributions data/metadata.tsv | tar x -C /work/polnear

then run `python -m bench.polnear /work/polnear/data [--split dev|test]`. Nothing is tuned on either split;
`test` is the one PolNeAR asks to look at once.

PolNeAR's attributions are wider than this project's quotes (beliefs and intentions count; "according to"
and reports of documents too), so the figures are:
- direct quotes: an attribution whose content is mostly inside quotation marks; precision counts our direct
  quotes that overlap no attribution's content at all;
- speakers of matched direct quotes, judged only where PolNeAR's source names someone (a capitalised word
  that is not a pronoun): ours is right when a name word of one is in the other ("Trump" / "Donald Trump");
- indirect recall: attributions without quotation marks whose cue is a common verb of saying (a fixed list), found
  when an indirect quote of ours overlaps half their content.
"""
from __future__ import annotations

import argparse
import csv
import re
from datetime import date
from pathlib import Path

from bench.counts import Counts, Ratio
from ingest.extract import extract_all
from ingest.extract.registry import load_registry
from ingest.records import Article

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]|''.*?''")  # some NYT texts mark quotes with two apostrophes
# A fixed list, so the indirect figure does not move when the extractor's own verb list grows.
_SAYING = re.compile(r"\b(?:say|says|said|tell|tells|told|add|adds|added|note|notes|noted|state|states|stated|warn|"
                     r"warns|warned|argue|argues|argued|claim|claims|claimed|explain|explains|explained|insist|"
                     r"insists|insisted|announce|announces|announced|declare|declares|declared|write|writes|wrote|"
                     r"according to)\b", re.IGNORECASE)
_PRONOUNS = frozenset("i he she it we they you his her their its our this that who which one".split())


def attributions(ann: Path) -> list[dict]:
    """Each attribution of one standoff file: its source, cue and content spans (start, end, text)."""
    spans, found = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, middle, text = line.split("\t", 2)
            label, places = middle.split(" ", 1)
            pieces = [tuple(int(n) for n in piece.split()) for piece in places.split(";")]
            spans[ident] = (label, pieces[0][0], pieces[-1][1], text)
        elif line.startswith("E"):
            parts = dict(part.split(":") for part in line.split("\t")[1].split())
            found.append({role.lower(): spans[ident] for role, ident in parts.items()
                          if role != "Attribution" and ident in spans})
    return [a for a in found if "content" in a]


def _direct(content: str) -> bool:
    return sum(len(m.group()) for m in _QUOTED.finditer(content)) >= len(content.strip()) / 2


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _named(source: str) -> bool:
    words = re.findall(r"[\w’'-]+", source)
    return any(w[:1].isupper() and w.lower() not in _PRONOUNS for w in words) and \
        source.strip().lower() not in _PRONOUNS


def _same(ours: str | None, source: str) -> bool:
    if not ours:
        return False
    # (O’Neill and O'Neill are one name: the apostrophe's typography does not count)
    name_words = {w.lower().replace("’", "'") for w in re.findall(r"[\w’'-]+", ours) if len(w) > 2}
    source_words = {w.lower().replace("’", "'").removesuffix("'s") for w in re.findall(r"[\w’'-]+", source)
                    if w[:1].isupper()}
    return bool(name_words & source_words)


def score(data: Path, split: str) -> dict:
    meta = {row["filename"]: row for row in csv.DictReader((data / "metadata.tsv").open(encoding="utf-8"),
                                                             delimiter="\t")}
    registry = load_registry()
    direct, speakers, indirect = Counts(), Ratio(), Ratio()
    seen = set()
    articles = 0
    misses: list[str] = []
    for ann in sorted((data / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:  # several annotators: the first one's reading
            continue
        seen.add(name)
        text = (data / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        published = meta.get(name, {}).get("publication_date")
        # PolNeAR's offsets are into its exact text, so the text is extracted as it stands (title line included)
        article = Article(text=text, title=text.split("\n", 1)[0], language="en",
                          published=date.fromisoformat(published) if published else None)
        articles += 1
        quotes = extract_all(article, registry).quotes
        gold = attributions(ann)
        contents = [(a["content"][1], a["content"][2]) for a in gold]
        ours_direct = [q for q in quotes if q.kind == "direct"]
        used = set()
        for a in gold:
            start, end, content = a["content"][1], a["content"][2], a["content"][3]
            if _direct(content):
                match = next((i for i, q in enumerate(ours_direct) if i not in used
                              and _overlap((q.start, q.end), (start, end)) >= min(q.end - q.start, end - start) / 2),
                             None)
                if match is None:
                    direct.fn += 1
                    misses.append(f"direct missed: {content[:90]!r} ({a.get('source', (0, 0, 0, None))[3]})")
                    continue
                used.add(match)
                direct.tp += 1
                source = a.get("source", (None, 0, 0, ""))[3]
                if _named(source):
                    right = _same(ours_direct[match].speaker, source)
                    speakers.add(Ratio(int(right), 1))
                    if not right:
                        misses.append(f"speaker wrong: {content[:60]!r} gold {source!r} got {ours_direct[match].speaker}")
            elif "cue" in a and _SAYING.search(a["cue"][3]):
                hit = any(q.kind == "indirect" and _overlap((q.start, q.end), (start, end)) >= (end - start) / 2
                          for q in quotes)
                indirect.add(Ratio(int(hit), 1))
                if not hit:
                    misses.append(f"indirect missed: {a.get('source', (0, 0, 0, ''))[3]!r} {a['cue'][3]!r} "
                                  f"{content[:80]!r}")
        direct.fp += sum(1 for i, q in enumerate(ours_direct) if i not in used
                         and not any(_overlap((q.start, q.end), c) for c in contents))
    return {"articles": articles, "direct": direct, "speakers": speakers, "indirect": indirect, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="PolNeAR's data folder (with metadata.tsv and dev/ test/)")
    parser.add_argument("--split", action="append", choices=("dev", "test"))
    parser.add_argument("--misses", action="store_true", help="list missed quotes and wrong speakers")
    args = parser.parse_args()
    if not (args.data / "metadata.tsv").is_file():
        parser.error(f"{args.data} is not PolNeAR's data folder (no metadata.tsv); see this module's doc")
    for split in args.split or ["dev", "test"]:
        s = score(args.data, split)
        d = s["direct"]
        print(f"PolNeAR {split}: {s['articles']} articles | direct quotes P {d.precision:.3f} R {d.recall:.3f} "
              f"F1 {d.f1:.3f} | speakers (named sources) {s['speakers'].value:.3f} of {s['speakers'].total} | "
              f"indirect recall (saying cues) {s['indirect'].value:.3f} of {s['indirect'].total}")
        if args.misses:
            print("\n".join(f"    {m}" for m in s["misses"]))


if __name__ == "__main__":
    main()
