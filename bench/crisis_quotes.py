"""Which crisis replies quote the articles, and what (`app.beside`, BENCHMARKS section 9, "Quotes
after a crisis"):

    PYTHONPATH=TREE python bench/crisis_quotes.py TREE OUT.json

Every crisis line of the labelled sets (eval/crisis/*.jsonl and the read sets in
eval/crisis/read/, deduplicated) is asked alone on the seed corpus through TREE's code (its
index built once in /tmp/crisis-quotes-index-<tree name>). Prints, per category, how many
flagged replies carry quotes, and writes each such reply's message, categories, scores and the
start of its quotes to OUT.json. Run it on two checkouts (`git archive` the older one) to compare.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path


def main() -> None:
    tree, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    sys.path.insert(0, str(tree))
    from app.config import Settings
    from app.service import Assistant

    index = Path(f"/tmp/crisis-quotes-index-{tree.name}")
    assistant = Assistant.open(Settings.from_env(corpus_dir=tree / "corpus", index_dir=index))
    files = sorted((tree / "eval/crisis").glob("*.jsonl"))
    files += sorted((tree / "eval/crisis/read").glob("*.jsonl"))
    items, seen = [], set()
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line) if line.strip() else None
            fresh = item and item["category"] != "none" and item["text"] not in seen
            if fresh and "history" not in item:
                seen.add(item["text"])
                items.append(item)
    replies = assistant.ask_many([(i["text"], [], None) for i in items])
    flagged, quoted, rows = collections.Counter(), collections.Counter(), []
    for item, reply in zip(items, replies, strict=True):
        if not reply.crisis:
            continue
        flagged[item["category"]] += 1
        if reply.quotes:
            quoted[item["category"]] += 1
            rows.append(
                {
                    "text": item["text"],
                    "category": item["category"],
                    "detected": list(reply.crisis_categories),
                    "scores": [q.score for q in reply.quotes],
                    "quotes": [q.text[:100] for q in reply.quotes],
                }
            )
    print({c: f"{quoted[c]}/{flagged[c]}" for c in flagged})
    print(f"all: {sum(quoted.values())}/{sum(flagged.values())} flagged crisis lines quote")
    Path(out).write_text(json.dumps(rows, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
