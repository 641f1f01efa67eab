"""Where the gold articles' texts are: beside their annotations, or in a store outside the repository.

Texts that are not licensed for redistribution are kept out of git (each folder's `.gitignore`); their
`.meta.json` keeps the URL and the text's sha256. A copy is kept in a store outside the work tree
(`COVERAGE_GOLD_TEXTS`, default `~/.local/share/coverage-gold-texts/<set>/<name>.txt`), so a fresh clone on
the same machine, CI included, scores them too. A stored text is used only when its sha256 is the one the
meta names. `python -m bench.gold_texts` copies every text found beside its annotation, with its sidecar, into the store.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
KEPT_SETS = ("news-dev", "news-dev2", "news-dev3", "news-dev4", "news-dev5", "news-dev6", "news-dev7", "news-dev8",
             "news-dev9", "news-dev10", "news-dev11", "news-dev12", "news-dev13", "news-dev14", "news-dev15",
             "news-dev16", "news-dev17", "news-dev18", "news-dev19", "news-dev20", "news-dev21", "news-dev22",
             "news-dev23", "news-dev24", "news-dev25", "news-dev26", "news-dev27", "news-dev28", "news-dev29",
             "news-dev30", "news-dev31", "news-unseen",
             "news-unseen2", "news-unseen3", "news-unseen4", "news-unseen5", "news-unseen6", "news-unseen7",
             "news-unseen8", "news-unseen9", "news-unseen10", "news-unseen11", "news-unseen12", "news-unseen13",
             "news-unseen14", "news-unseen15", "news-unseen16", "news-unseen17", "news-unseen18", "news-unseen19",
             "news-unseen20", "news-unseen21", "news-unseen22", "news-unseen23", "news-unseen24", "experts-dev",
             "experts-unseen",
             "lang-ru", "lang-uk", "lang-de", "lang-fr", "lang-dev")


def store() -> Path:
    return Path(os.environ.get("COVERAGE_GOLD_TEXTS", Path.home() / ".local" / "share" / "coverage-gold-texts"))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def locate(beside: Path) -> Path | None:
    """The text for `beside` (a gold article path): itself when present, else the stored copy with the right sha256."""
    if beside.exists():
        return beside
    meta = beside.with_suffix(".meta.json")
    kept = store() / beside.parent.name / beside.name
    if not (meta.exists() and kept.exists()):
        return None
    wanted = json.loads(meta.read_text(encoding="utf-8")).get("sha256")
    return kept if wanted and sha256_of(kept) == wanted else None


def keep() -> int:
    """Copy every gold text of the kept sets into the store; returns how many."""
    copied = 0
    for name in KEPT_SETS:
        for text in sorted((GOLD / name).glob("*.txt")):
            target = store() / name / text.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(text, target)
            meta = text.with_suffix(".meta.json")  # its sidecar too: the publication date and title travel with it
            if meta.exists():
                shutil.copyfile(meta, target.with_suffix(".meta.json"))
            copied += 1
    return copied


if __name__ == "__main__":
    print(f"kept {keep()} gold texts in {store()}")
