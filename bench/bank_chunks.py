"""Unlabelled sentences for the stance bank, cut into chunks for labelling helpers.

The bank's first 1,245 sentences were the words the extractor collects for experts and the sentences of gold quotes.
A sentence reader needs many more examples of how evaluation toward a side is worded, so this writes the other
sentences of the same development articles (never a frozen set's) that could carry a stance: every sentence holding
a quote the extractor finds (its speaker given), then every other sentence that names a side or a deal (narration,
its writer the speaker). Sentences already in the bank are left out.

    python -m bench.bank_chunks OUT_DIR [--size 250] [--chunks N] [--first K]
    python -m bench.bank_chunks --merge OUT_DIR

OUT_DIR/chunk-K/sentences.jsonl is what a helper sees (id, speaker, context, sentence); OUT_DIR/index.jsonl keeps
where each id lives (set, file, offsets, sha1, source). A helper writes chunk-K/labels.jsonl (annotate-bank brief);
`--merge` checks each chunk's labels (same ids in the same order, allowed values only) and appends them to the bank,
numbering the chunks after the bank's last.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from bench import gold_experts, gold_texts, stance_bank
from ingest.extract import extract_all, stances
from ingest.extract.registry import load_registry
from ingest.extract.sentences import split_sentences
from ingest.parse import parse_text, read_sidecar

SETS = ("experts-dev", "news-dev")
_DEAL = re.compile(r"\b(?:peace|deal|ceasefire|cease-fire|truce|talks|negotiat\w+|settlement|agreement|summit)\b", re.I)
_WORDS = re.compile(r"\w+")


def candidates(registry) -> list[dict]:
    """Every stance-bearing sentence of the development articles the store holds, quotes first."""
    taken = {(r["set"], r["file"], r["start"]) for r in stance_bank.load()}
    quoted, narration = [], []
    for which in SETS:
        for gold_path in sorted((gold_experts.ROOT / "tests" / "gold" / which).glob("*.json")):
            if gold_path.name.endswith(".meta.json"):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            path = gold_texts.locate(gold_path.parent / gold["article"])
            if path is None:
                continue
            article = parse_text(path.read_text(encoding="utf-8"), read_sidecar(path))
            text = article.text
            quotes = extract_all(article).quotes
            sentences = split_sentences(text)
            for n, sentence in enumerate(sentences):
                if (which, gold_path.stem, sentence.start) in taken or not 6 <= len(_WORDS.findall(sentence.text)) <= 80:
                    continue
                row = {"set": which, "file": gold_path.stem, "start": sentence.start, "end": sentence.end,
                       "sha1": hashlib.sha1(sentence.text.encode()).hexdigest()[:12],
                       "context": sentences[n - 1].text if n else (article.title or "")}
                speaker = next((q.speaker for q in quotes if q.start < sentence.end and q.end > sentence.start
                                and q.speaker), None)
                if speaker:
                    quoted.append(dict(row, speaker=speaker, source="quote"))
                elif stances._side_mentions(sentence.text, registry) or _DEAL.search(sentence.text):
                    narration.append(dict(row, speaker=f"the writer of the article ({article.source or 'news outlet'})",
                                          source="narration"))
    random.Random(14).shuffle(quoted)
    random.Random(14).shuffle(narration)
    return quoted + narration


def write_chunks(rows: list[dict], out: Path, size: int, first: int, texts_of) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "index.jsonl").open("a", encoding="utf-8") as index:
        for k in range(0, len(rows), size):
            folder = out / f"chunk-{first + k // size}"
            folder.mkdir(exist_ok=True)
            lines = []
            for j, row in enumerate(rows[k:k + size]):
                row = dict(row, id=f"n{first + k // size:02d}-{j:03d}", chunk=first + k // size)
                text = texts_of(row)
                lines.append(json.dumps({"id": row["id"], "speaker": row["speaker"], "context": row["context"],
                                         "sentence": text}, ensure_ascii=False))
                index.write(json.dumps({key: row[key] for key in ("id", "set", "file", "start", "end", "sha1",
                                                                  "speaker", "source", "chunk")}) + "\n")
            (folder / "sentences.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return (len(rows) + size - 1) // size


SIDE_VALUES = (None, "critical", "supportive", "neutral")
OUTLOOK_VALUES = (None, "optimistic", "pessimistic", "uncertain")


def merge(out: Path, bank: Path = stance_bank.BANK) -> int:
    """Appends the labelled chunks of `out` to the bank; refuses the whole merge if any chunk is malformed."""
    index = {}
    for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        index[entry["id"]] = entry
    existing = stance_bank.load(bank)
    taken = {r["id"] for r in existing}
    offset = max(r["chunk"] for r in existing) + 1
    merged = []
    for folder in sorted(out.glob("chunk-*"), key=lambda f: int(f.name.split("-")[1])):
        asked = [json.loads(x)["id"] for x in (folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines() if x]
        labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
        if [label["id"] for label in labels] != asked:
            raise SystemExit(f"{folder}: the labels do not follow the sentences' ids one for one")
        for label in labels:
            if any(label[t] not in SIDE_VALUES for t in stance_bank.TARGETS[:4]) \
                    or label["outlook"] not in OUTLOOK_VALUES or label["id"] in taken:
                raise SystemExit(f"{folder}: line {label['id']} has a value outside the brief or an id already taken")
            entry = index[label["id"]]
            values = {t: label[t] if label["theirs"] else None for t in stance_bank.TARGETS}
            merged.append({**{k: entry[k] for k in ("id", "set", "file", "start", "end", "sha1", "speaker", "source")},
                           "theirs": bool(label["theirs"]), **values, "chunk": offset + entry["chunk"]})
    with bank.open("a", encoding="utf-8") as handle:
        for row in merged:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(merged)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--merge", action="store_true", help="append the labelled chunks of OUT to the bank")
    parser.add_argument("--size", type=int, default=250)
    parser.add_argument("--chunks", type=int, default=0, help="write only this many chunks (0: all)")
    parser.add_argument("--first", type=int, default=0, help="number of the first chunk")
    args = parser.parse_args()
    if args.merge:
        print(f"appended {merge(args.out)} labelled sentences to {stance_bank.BANK}")
        return 0
    rows = candidates(load_registry())
    print(f"{len(rows)} candidate sentences ({sum(r['source'] == 'quote' for r in rows)} with a quote)")
    if args.chunks:
        rows = rows[:args.chunks * args.size]
    texts = stance_bank.texts_of(rows)
    written = write_chunks(rows, args.out, args.size, args.first,
                           lambda r: texts[(r["set"], r["file"])][r["start"]:r["end"]])
    print(f"wrote {written} chunks to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
