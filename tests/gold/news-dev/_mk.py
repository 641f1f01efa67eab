"""Temporary helper (deleted when done): builds <name>.json and <name>.meta.json from a spec on stdin."""
import hashlib, json, sys
from pathlib import Path
sys.path.insert(0, "/work/main/tests/gold")
import check_gold as cg

HERE = Path(__file__).parent
spec = eval(sys.stdin.read())
name = spec["name"]
txt = HERE / f"{name}.txt"
text = txt.read_text(encoding="utf-8")
span = text
excluded = cg.excluded_ranges(span)
titles = cg.title_ranges(span)
mentions, in_title, forms_out = {}, {}, {}
for actor, forms in spec["forms"].items():
    fo = {}
    for form in forms:
        found = cg.find_form(span, form, excluded)
        if found:
            fo[form] = len(found)
            t = sum(1 for p in found if cg.in_ranges(p, titles))
            if t:
                in_title[actor] = in_title.get(actor, 0) + t
    if fo:
        forms_out[actor] = fo
        mentions[actor] = sum(fo.values())
    else:
        print("NO MATCH for", actor, forms)
gold = {
    "quotes": spec["quotes"],
    "actor_mentions": mentions,
    "actor_mentions_in_title": in_title,
    "actor_mention_forms": forms_out,
    "ceasefire_statements": spec["statements"],
    "excluded_borderline": spec["excluded"],
    "article": f"{name}.txt",
    "published_assumed": spec["published"],
    "annotated_span": "the whole file",
    "relative_dates": spec["relative_dates"],
    "licence": spec["licence"],
}
if spec.get("uncounted_forms"):
    gold["uncounted_forms"] = spec["uncounted_forms"]
(HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
meta = {"title": text.split("\n", 1)[0], "url": spec["url"], "source": spec["source"], "published": spec["published"],
        "authors": spec["authors"], "sha256": hashlib.sha256(txt.read_bytes()).hexdigest(), "licence": spec["licence"]}
(HERE / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(json.dumps(mentions, ensure_ascii=False))
print(json.dumps(in_title, ensure_ascii=False))
problems = cg.check(HERE / f"{name}.json", txt, show="--show" in sys.argv)
print("PROBLEMS:" if problems else "OK", *problems, sep="\n  ")
