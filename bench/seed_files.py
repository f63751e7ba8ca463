"""The seed question files (twenty: eval/seed-*.jsonl) answered in process on one index, for quick
side-by-side checks of a change (`bench/quality.py` answers through `ask --jsonl`, one process per
file and tree).

    PYTHONPATH=TREE python bench/seed_files.py TREE OUT.json [NAME=VALUE,... ...] [--files F,...]

TREE: the checkout whose code answers (its corpus, its eval/ files; the index is built once in
/tmp/seed-files-index-<tree name>). Prints pooled and per-file useful@1, useful@3, over-abstained
and wrong-confident (scored as `bench/quality.py` scores them) and writes every question's outcome
to OUT.json (OUT-<config>.json per configuration). Each NAME=VALUE,... configuration sets those
environment variables before its run, for experiments that read one; the answering settings are
read again from them (`HEALTHQA_DEFINE_BONUS=0.1`: query-time settings side by side on one
index, in one process); none: one run. `--files F,...` answers only those files (names under
eval/ without `.jsonl`, e.g. `unseen/seed-heldout-41` for a blind set's figures: only the pooled
figures are printed, and its rows go to OUT.json unread). Crisis lines are counted too: the crisis
questions that got the crisis guidance, and the other questions that got it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

FILES = ["seed-questions", "seed-followups"] + [f"seed-heldout-{i}" for i in range(2, 36)]
FILES += ["seed-basics"]
# Seed held-out 36: a development set written by a helper from eval/briefs/seed-writer.md in the
# fifth session of 2026-12-05 beside the blind seed held-out 35, read on that session's start code
FILES += ["seed-heldout-36"]
# Seed held-out 37: blind in the sixth session of 2026-12-05, development data since the seventh
FILES += ["seed-heldout-37"]
# Seed held-out 38: blind in the seventh session of 2026-12-05, development data since 2026-12-06
FILES += ["seed-heldout-38"]
# Seed held-out 40: a development set written by a helper from eval/briefs/seed-writer.md in the
# session of 2026-12-06 beside the blind seed held-out 39, read on that session's start code
FILES += ["seed-heldout-40"]
# Seed held-out 39: blind in the session of 2026-12-06, development data since the second
FILES += ["seed-heldout-39"]
# Seed held-out 42: a development set written by a helper from eval/briefs/seed-writer.md in the
# second session of 2026-12-06 beside the blind seed held-out 41, read on that session's start code
FILES += ["seed-heldout-42"]
# Seed held-out 41: blind in the second session of 2026-12-06, development data since the third
FILES += ["seed-heldout-41"]
# Seed held-out 44: a development set written by a helper from eval/briefs/seed-writer.md in the
# third session of 2026-12-06 beside the blind seed held-out 43, read on that session's start code
FILES += ["seed-heldout-44"]
# Seed held-out 43: blind in the third session of 2026-12-06, development data since the fourth
FILES += ["seed-heldout-43"]
# Seed held-out 46: a development set written by a helper from eval/briefs/seed-writer.md in the
# fourth session of 2026-12-06 beside the blind seed held-out 45, read on that session's start code
FILES += ["seed-heldout-46"]
# Seed held-out 45: blind in the fourth session of 2026-12-06, development data since the fifth
FILES += ["seed-heldout-45"]
# Seed held-out 48: a development set written by a helper from eval/briefs/seed-writer.md in the
# fifth session of 2026-12-06 beside the blind seed held-out 47, read on that session's start code
FILES += ["seed-heldout-48"]
# Seed held-out 47: blind in the fifth session of 2026-12-06, development data since the sixth
FILES += ["seed-heldout-47"]
# Seed held-out 50: a development set written by a helper from eval/briefs/seed-writer.md in the
# sixth session of 2026-12-06 beside the blind seed held-out 49, read on that session's start code
FILES += ["seed-heldout-50"]
# Seed held-out 49: blind in the sixth session of 2026-12-06, development data since the seventh
FILES += ["seed-heldout-49"]
# Seed held-out 52: a development set written by a helper from eval/briefs/seed-writer.md in the
# seventh session of 2026-12-06 beside the blind seed held-out 51, read on that session's start code
FILES += ["seed-heldout-52"]
# Seed held-out 51: blind in the seventh session of 2026-12-06, development data since 2026-12-07
FILES += ["seed-heldout-51"]
# Seed held-out 54: a development set written by a helper from eval/briefs/seed-writer.md in the
# session of 2026-12-07 beside the blind seed held-out 53, read on that session's start code
FILES += ["seed-heldout-54"]
# Seed held-out 53: blind in the session of 2026-12-07, development data since the second session
# of 2026-12-07
FILES += ["seed-heldout-53"]
# Seed held-out 56: a development set written by a helper from eval/briefs/seed-writer.md in the
# second session of 2026-12-07 beside the blind seed held-out 55, read on that session's start code
FILES += ["seed-heldout-56"]
# Seed held-out 55: blind in the second session of 2026-12-07, development data since the third
FILES += ["seed-heldout-55"]
# Seed held-out 58: a development set written by a helper from eval/briefs/seed-writer.md in the
# third session of 2026-12-07 beside the blind seed held-out 57, read on that session's start code
FILES += ["seed-heldout-58"]
# Seed held-out 57: blind in the third session of 2026-12-07, development data since the fourth
FILES += ["seed-heldout-57"]
# Seed held-out 60: a development set written by a helper from eval/briefs/seed-writer.md in the
# fourth session of 2026-12-07 beside the blind seed held-out 59, read on that session's start code
FILES += ["seed-heldout-60"]
# Seed held-out 59: blind in the fourth session of 2026-12-07, development data since the fifth
FILES += ["seed-heldout-59"]
# Seed held-out 62: a development set written by a helper from eval/briefs/seed-writer.md in the
# fifth session of 2026-12-07 beside the blind seed held-out 61, read on that session's start code
FILES += ["seed-heldout-62"]


def main() -> None:
    args = sys.argv[1:]
    files = FILES
    if "--files" in args:
        at = args.index("--files")
        files = args[at + 1].split(",")
        del args[at : at + 2]
    tree, out = Path(args[0]).resolve(), args[1]
    sys.path.insert(0, str(tree))
    from app.config import Settings
    from app.service import Assistant

    index = Path(f"/tmp/seed-files-index-{tree.name}")
    assistant = Assistant.open(Settings.from_env(corpus_dir=tree / "corpus", index_dir=index))
    configs = args[2:] or [""]
    for config in configs:
        for pair in filter(None, config.split(",")):
            name, value = pair.split("=", 1)
            os.environ[name] = value
        path = out if len(configs) == 1 else out.replace(".json", f"-{config}.json")
        assistant.settings = Settings.from_env(corpus_dir=tree / "corpus", index_dir=index)
        run(assistant, tree, path, files)


def _share(key: str, rows: list[dict]) -> float:
    return round(sum(r[key] for r in rows) / len(rows), 4)


def run(assistant, tree: Path, path: str, files: list[str]) -> None:
    from bench.quality import answerable, score_seed, useful, with_alternatives

    rows, per = [], {}
    for name in files:
        lines = (tree / "eval" / f"{name}.jsonl").read_text().splitlines()
        items = [json.loads(line) for line in lines if line.strip()]
        asked = [(i["question"], i.get("history") or [], None) for i in items]
        replies = [r.to_dict() for r in assistant.ask_many(asked)]
        also = with_alternatives(items, Path(name).name, tree / "eval/labels")
        per[name] = score_seed(items, replies)
        alt = score_seed(also, replies)
        per[name].update({f"{k} (alternatives)": alt[k] for k in ("useful@1", "useful@3")})
        rows += [
            _row(name, i, a, r, answerable(i), useful)
            for i, a, r in zip(items, also, replies, strict=True)
        ]
    ans = [r for r in rows if r["answerable"]]
    unc = [r for r in rows if r["uncovered"]]
    crises = [r for r in rows if r["kind"] == "crisis"]
    pooled = {
        "useful@1": _share("useful@1", ans),
        "useful@3": _share("useful@3", ans),
        "over_abstained": _share("abstained", ans),
        "wrong_confident": round(sum(not r["abstained"] for r in unc) / len(unc), 4),
        "useful@1 (alternatives)": _share("useful@1 (alternatives)", ans),
        "useful@3 (alternatives)": _share("useful@3 (alternatives)", ans),
    }
    counts = {
        "answerable": len(ans),
        "uncovered": len(unc),
        "crisis caught": f"{sum(r['crisis'] for r in crises)}/{len(crises)}",
        "others flagged": f"{sum(r['crisis'] for r in rows if r['kind'] != 'crisis')}"
        f"/{len(rows) - len(crises)}",
    }
    print(json.dumps({"pooled": pooled, **counts}))
    for name, p in per.items():
        print(f"  {name:16} {json.dumps({k: p[k] for k in pooled})}")
    Path(path).write_text(json.dumps({"pooled": pooled, "per": per, "rows": rows}))


def _row(name: str, item: dict, also: dict, reply: dict, ok: bool, useful) -> dict:
    """One question's outcome, scored with its one answering text and with the alternatives a
    blind labeller listed (`eval/labels/`)."""
    quotes = reply["quotes"]
    return {
        "file": name,
        "id": item["id"],
        "question": item["question"],
        "answerable": ok,
        "uncovered": bool(item.get("offtopic")),
        "kind": item["kind"],
        "crisis": reply["crisis"],
        "abstained": reply["abstained"],
        "useful@1": ok and bool(quotes) and useful(quotes[0], item),
        "useful@3": ok and any(useful(q, item) for q in quotes[:3]),
        "useful@1 (alternatives)": ok and bool(quotes) and useful(quotes[0], also),
        "useful@3 (alternatives)": ok and any(useful(q, also) for q in quotes[:3]),
        "first": quotes[0]["text"][:120] if quotes else reply["markdown"][:120],
    }


if __name__ == "__main__":
    main()
