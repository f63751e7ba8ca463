"""Crisis detection figures: recall and false alarms per category on each held-out file
(eval/crisis/: heldout, heldout-2, probe-1..4, heldout-3 .. heldout-7, probe-5, heldout-8,
heldout-9 .. heldout-17, then those in eval/crisis/unseen, and any given with --heldout, each
reported separately), on the seed questions and on MedQuAD dev + MEDIQA consumer questions;
patterns alone, meaning alone and both; and the latency the detector adds per question.
Conversations are reported apart: lines with a `history` (eval/crisis/followups/*.jsonl, any
given with --followups, and every seed question file, eval/seed-*.jsonl, read alone and with its
history), each judged by the product's own
decision (`app.safety.turns.read_turn`) on the vectors the product embeds (the message's own and,
after a history, the message read with the conversation's topic).

    PYTHONPATH=. python bench/crisis.py              # figures -> stdout, bench/out/crisis.json
    PYTHONPATH=. python bench/crisis.py --heldout new.jsonl other.jsonl   # more held-out files
    PYTHONPATH=. python bench/crisis.py --no-latency --sets followups-dev --followups new.jsonl
    PYTHONPATH=. python bench/crisis.py --calibrate  # also rewrite the bank's vectors and choose
                                                     # k and the threshold (calibration.json)
    PYTHONPATH=. python bench/crisis.py --calibrate --head   # and retrain the head (bank-head.npz)

Calibration is cross-validated on the bank (app/safety/bank.jsonl) with folds that hold out whole
groups of messages (`bench/crisis_cv.py`); the threshold is the score above which at most BUDGET
of the bank's ordinary messages fall. The held-out files are never read for it. Patterns supply
the recall floor; the meaning detector adds what they miss within that budget.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from app import retrieve
from app.config import Settings
from app.embed import make_embedder
from app.safety import mention, parts, patterns
from app.safety.bank import (
    CATEGORIES,
    Example,
    load_bank,
    read_examples,
    save_shipped,
    shipped_vectors,
)
from app.safety.detector import CALIBRATION, Detection, Detector, read_calibration
from app.safety.head import load_head
from app.safety.turns import read_turn
from bench import crisis_cv

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" if (REPO.parent / "shared").is_dir() else Path("/work/shared")
OUT = REPO / "bench/out/crisis.json"
# Share of the bank's own ordinary messages (hard look-alikes; not the lines copied from the
# labelled sets, `source`) meaning may flag in the grouped folds. 10 %: recall comes first. When
# the sets joined the bank (8q) it was lowered to 6 % to keep MedQuAD + MEDIQA false alarms at 1;
# the next unseen set (held-out 13) then lost 4 crises scoring just under that threshold, so it is
# 10 % again (k=3): MedQuAD + MEDIQA 9 of 578 (1.6 %), under the 3 % target (BENCHMARKS section 9).
BUDGET = 0.10
# Real questions from the public sets that our policy flags on purpose (a harmful amount).
POLICY = {"how much oxazepam could cause an overdose?"}
# The documented policy (README "What counts"): any mention of suicide or self-harm and any account
# of sexual assault shows the guidance, and so does a how-to for a first-aid emergency. An
# ordinary-labelled message flagged for one of these is counted apart ("by policy").
FIRST_AID_HOW_TO = re.compile(r"\b(?:cpr|heimlich|aed|defibrillator)\b", re.I)


def by_policy(text: str) -> bool:
    return mention.mentions(text) or bool(FIRST_AID_HOW_TO.search(text))


def question_set(path: Path, key: str = "question", crisis_key: str = "crisis") -> list[Example]:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [Example(i[key], "crisis" if i.get(crisis_key) else "none") for i in items]


def sets(heldout: list[Path] = ()) -> dict[str, list[Example]]:
    """The held-out files (the shipped ones, then those in eval/crisis/unseen, which the bank
    never sees, then any given by `--heldout`), the seed questions and the public consumer
    questions."""
    shipped = ("heldout", "heldout-2", "probe-1", "probe-2", "probe-3", "probe-4")
    shipped += ("heldout-3", "heldout-4", "heldout-5", "heldout-6", "heldout-7", "probe-5")
    shipped += ("heldout-8", "heldout-9", "heldout-10", "heldout-11", "heldout-12")
    shipped += ("heldout-13", "heldout-14", "heldout-15", "heldout-16", "heldout-17", "heldout-18")
    shipped += ("heldout-19", "heldout-20", "heldout-22", "heldout-23", "heldout-21", "heldout-24")
    shipped += ("heldout-25", "heldout-26", "heldout-27", "heldout-29")
    unseen = sorted((REPO / "eval/crisis/unseen").glob("*.jsonl"), key=_unseen_order)
    files = [*(REPO / f"eval/crisis/{name}.jsonl" for name in shipped), *unseen, *heldout]
    return {
        **{_name(path): read_examples(path) for path in files},
        "seed": question_set(REPO / "eval/seed-questions.jsonl"),
        "medquad+mediqa": question_set(SHARED / "datasets/medquad/dev-questions.jsonl")
        + question_set(SHARED / "datasets/mediqa-consumer/questions.jsonl"),
    }


def _unseen_order(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[-1])


def conversations(followups: list[Path] = ()) -> dict[str, list[tuple[Example, list[str]]]]:
    """Lines with the conversation before them: the follow-up sets (eval/crisis/followups/*.jsonl,
    never copied into the bank: a line means what it is labelled only after its history; then any
    given by `--followups`; bank format plus `history`) and every seed question file
    (with its `history`); each also apart with no history ("... alone")."""
    files = [*sorted((REPO / "eval/crisis/followups").glob("*.jsonl")), *followups]
    out = {}
    for path in files:
        out[_name(path)] = lines = _with_history(path, "text")
        out[f"{_name(path)} alone"] = [(e, []) for e, _ in lines]
    seed = [
        line
        for path in sorted((REPO / "eval").glob("seed-*.jsonl"))
        for line in _with_history(path, "question")
    ]
    out["seed-all alone"] = [(e, []) for e, _ in seed]
    out["seed-all with history"] = seed
    return out


def _with_history(path: Path, key: str) -> list[tuple[Example, list[str]]]:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    lines = []
    for i in items:
        crisis = i.get("crisis") or i.get("kind") == "crisis"
        category = i.get("category", "crisis" if crisis else "none")
        lines.append((Example(i[key], category), [str(h) for h in i.get("history", [])]))
    return lines


def read_turns(
    detector: Detector, embedder, lines: list[tuple[Example, list[str]]]
) -> list[Detection]:
    """Each line as the product reads it (`Assistant.find_many`): contextualized, embedded in one
    call with its context, and judged by `read_turn`."""
    queries = [retrieve.contextualize(e.text, history) for e, history in lines]
    vectors = retrieve.embed_queries(embedder, queries)
    rows = retrieve.own_rows(queries)
    found = []
    for (e, history), query, row in zip(lines, queries, rows, strict=True):
        context = vectors[row + 1] if query.context else None
        found.append(read_turn(detector, e.text, history, query, vectors[row], context))
    return found


def figures(
    name: str,
    examples: list[Example],
    detector: Detector,
    vecs: np.ndarray | None,
    found: list[Detection] | None = None,
    hide_lines: bool = False,
) -> dict:
    """The set's figures; each line judged alone on its vector in `vecs` (as the product reads a
    first message: `read_turn` without history), or as given in `found`. With `hide_lines` (an
    unseen set) the missed and flagged lines are counted, never printed or written."""
    if found is None:
        found = [
            read_turn(detector, e.text, (), retrieve.Query(e.text), v)
            for e, v in zip(examples, vecs, strict=True)
        ]
    rows = []
    for e, full in zip(examples, found, strict=True):
        pat = patterns.match(e.text)
        rows.append((e, bool(pat), full.crisis and "meaning" in full.by, full))
    out = {"messages": len(examples)}
    for label, pick in (("patterns", 1), ("meaning", 2), ("both", 3)):
        flag = [(r[1] if pick == 1 else r[2] if pick == 2 else r[3].crisis) for r in rows]
        crisis = [f for r, f in zip(rows, flag, strict=True) if r[0].crisis]
        ordinary = [f for r, f in zip(rows, flag, strict=True) if not r[0].crisis]
        policy = [f for r, f in zip(rows, flag, strict=True) if r[0].text in POLICY]
        out[label] = {
            "recall": _rate(crisis),
            "crisis": len(crisis),
            "false_alarms": sum(ordinary) - sum(policy),
            "false_alarm_rate": _rate(
                [
                    f
                    for r, f in zip(rows, flag, strict=True)
                    if not r[0].crisis and r[0].text not in POLICY
                ]
            ),
            "ordinary": len(ordinary),
        }
    cats = {}
    for cat in CATEGORIES:
        members = [r for r in rows if r[0].category == cat]
        if members:
            cats[cat] = {
                "recall": _rate([r[3].crisis for r in members]),
                "category_right": _rate([cat in r[3].categories for r in members]),
                "n": len(members),
                # ordinary messages of this set flagged with this category
                "false_alarms": sum(
                    1
                    for r in rows
                    if not r[0].crisis
                    and r[3].crisis
                    and cat in r[3].categories
                    and r[0].text not in POLICY
                ),
            }
    out["per_category"] = cats
    flagged = [r for r in rows if not r[0].crisis and r[3].crisis and r[0].text not in POLICY]
    policy = [r for r in flagged if by_policy(r[0].text)]
    out["by_policy"] = {
        # ordinary-labelled messages flagged because the documented policy says so
        "false_alarms": len(policy),
        "answered_too": sum(r[3].informational for r in policy),  # guidance, then quotes
        "false_alarms_beyond_policy": len(flagged) - len(policy),
        "false_alarm_rate_beyond_policy": round((len(flagged) - len(policy)) / len(ordinary), 4)
        if (ordinary := [r for r in rows if not r[0].crisis])
        else None,
    }
    out["missed"] = [r[0].text for r in rows if r[0].crisis and not r[3].crisis]
    out["false_alarm_messages"] = [
        [r[0].text, list(r[3].categories), list(r[3].by)]
        for r in rows
        if not r[0].crisis and r[3].crisis
    ]
    if hide_lines:
        out["missed"] = f"{len(out['missed'])} lines, hidden: an unseen set (--show-lines)"
        out["false_alarm_messages"] = (
            f"{len(out['false_alarm_messages'])} lines, hidden: an unseen set (--show-lines)"
        )
    print(f"\n== {name}: {json.dumps({k: v for k, v in out.items() if k != 'per_category'})}")
    for cat, v in cats.items():
        print(f"   {cat:15s} {v}")
    return out


def latency(
    embedder, detector: Detector, questions: list[str], multipart: list[str], rounds: int = 5
) -> dict:
    """Per question, side by side in one run on the seed corpus: `ask` with the full detector and
    with the patterns only, back to back in alternating order; and the detector's own time given
    the question's vector (what `ask` adds: the embedding is shared), on the seed questions and
    apart on `multipart` messages (more than one part: they pay one batched embedding call)."""
    from app.service import Assistant

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            corpus_dir=REPO / "corpus", index_dir=Path(tmp) / "index", backend=embedder.backend
        )
        assistant = Assistant.open(settings, embedder)
        assistant.detector = detector
        assistant.warm()
        modes = {"meaning+patterns": detector, "patterns only": Detector()}
        timings: dict[str, list[float]] = {name: [] for name in modes}
        for n in range(rounds):
            for q in questions:
                order = list(modes) if n % 2 == 0 else list(modes)[::-1]
                for name in order:
                    assistant.detector = modes[name]
                    start = time.perf_counter()
                    assistant.ask(q)
                    timings[name].append((time.perf_counter() - start) * 1000)
        vecs = embedder.embed(questions)
        own = []
        for _ in range(rounds):
            for q, v in zip(questions, vecs, strict=True):
                start = time.perf_counter()
                detector.detect(q, v)
                own.append((time.perf_counter() - start) * 1000)
        many = []
        for _ in range(rounds):
            for q, v in zip(multipart, embedder.embed(multipart), strict=True):
                start = time.perf_counter()
                detector.detect(q, v)
                many.append((time.perf_counter() - start) * 1000)
    paired = np.array(timings["meaning+patterns"]) - np.array(timings["patterns only"])
    result = {k: {"p50_ms": round(statistics.median(v), 2)} for k, v in timings.items()}
    result["added_p50_ms"] = round(float(np.median(paired)), 3)
    result["detector_alone_p50_ms"] = round(statistics.median(own), 3)
    result["detector_alone_p99_ms"] = round(float(np.percentile(own, 99)), 3)
    result["questions"] = len(questions) * rounds
    result["multipart"] = {
        "messages": len(multipart) * rounds,
        **{f"p{p}_ms": round(float(np.percentile(many, p)), 2) for p in (50, 90, 99)},
    }
    print(f"\n== latency per question: {result}")
    return result


def encoder(folder: Path):
    """A crisis encoder's int8 ONNX embedder, named apart (the bank's shipped vectors are not its
    own: they are embedded afresh)."""
    from app.embed.onnx import OnnxEmbedder

    embedder = OnnxEmbedder(quantized=True, folder=folder)
    embedder.name = f"crisis-encoder:{folder}"
    return embedder


def _name(path: Path) -> str:
    path = Path(path).resolve()
    if path.parent == REPO / "eval/crisis/followups":
        return f"followups-{path.stem}"
    return (
        path.stem
        if path.parent in (REPO / "eval/crisis", REPO / "eval/crisis/unseen")
        else str(path)
    )


def _rate(flags) -> float | None:
    flags = list(flags)
    return round(sum(map(bool, flags)) / len(flags), 4) if flags else None


def with_history(chosen: dict, previous: dict) -> dict:
    """A new calibration keeps the file's `note`, the record of why each earlier k and threshold
    was chosen or overridden (a recalibration once dropped it)."""
    return {**chosen, "note": previous["note"]} if "note" in previous else chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument(
        "--head",
        action="store_true",
        help="with --calibrate: also train the head (bank-head.npz) and average it with the"
        " neighbours if that catches more in the grouped folds (off by default: BENCHMARKS 9)",
    )
    parser.add_argument("--no-latency", action="store_true")
    parser.add_argument("--sets", nargs="*", help="only these sets (default: all)")
    parser.add_argument(
        "--heldout",
        nargs="+",
        type=Path,
        default=[],
        metavar="PATH",
        help="more held-out JSONL files (bank format), each reported on its own",
    )
    parser.add_argument(
        "--followups",
        nargs="+",
        type=Path,
        default=[],
        metavar="PATH",
        help="more follow-up JSONL files (bank format plus `history`), each reported on its own",
    )
    parser.add_argument(
        "--show-lines",
        action="store_true",
        help="print and write the missed and flagged lines of the unseen sets too (eval/crisis/"
        "unseen and any given by --heldout/--followups): by default only their counts, so that a"
        " set stays unseen while its figures are read",
    )
    parser.add_argument("--backend", default=Settings().backend, help="embedding backend")
    parser.add_argument(
        "--encoder",
        type=Path,
        metavar="DIR",
        help="meaning reads the vectors of this crisis encoder (an ONNX folder written by"
        " bench/crisis_encoder.py) instead of the retrieval vectors; needs --threshold",
    )
    parser.add_argument("--threshold", type=float, help="with --encoder: its threshold")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    embedder = make_embedder(args.backend)
    bank = load_bank()
    if args.calibrate:
        save_shipped(bank, embedder.name, embedder.embed([e.text for e in bank]))
    bank_vecs = shipped_vectors(bank, embedder.name)  # as the app reads them (float16)
    if bank_vecs is None:
        sys.exit("app/safety/bank-vectors.npz is missing or stale: run with --calibrate")
    if args.calibrate:
        chosen = crisis_cv.calibration(embedder, bank, bank_vecs, BUDGET, args.head)
        previous = read_calibration() if CALIBRATION.is_file() else {}
        CALIBRATION.write_text(json.dumps(with_history(chosen, previous), indent=2) + "\n")
    calibration = read_calibration()
    report = {"backend": args.backend, "calibration": calibration, "sets": {}}
    head = load_head() if calibration.get("head") else None
    detector = Detector(bank, embedder, calibration["threshold"], calibration["k"], head=head)
    if args.encoder:
        if args.threshold is None:
            sys.exit("--encoder needs --threshold (bench/crisis_encoder_eval.py chooses it)")
        embedder = encoder(args.encoder)
        detector = Detector(bank, embedder, args.threshold, calibration["k"])
        report["encoder"] = {"folder": str(args.encoder), "threshold": args.threshold}
        args.no_latency = True  # `ask` would retrieve with the encoder: latency is measured apart
    detector.warm()
    for path in [*args.heldout, *args.followups]:
        if not path.is_file():
            sys.exit(f"--heldout/--followups: no such file: {path}")
    unseen = REPO / "eval/crisis/unseen"
    hidden = (
        set()
        if args.show_lines
        else {
            _name(p)
            for p in [
                *unseen.glob("*.jsonl"),
                *unseen.glob("followups/*.jsonl"),
                *args.heldout,
                *args.followups,
            ]
        }
    )
    given = {_name(p) for p in args.heldout}
    for name, examples in sets(args.heldout).items():
        if args.sets is not None and name not in args.sets and name not in given:
            continue
        vecs = embedder.embed([e.text for e in examples])
        report["sets"][name] = figures(name, examples, detector, vecs, hide_lines=name in hidden)
    report["conversations"] = {}
    for name, lines in conversations(args.followups).items():
        given = name.removesuffix(" alone") in {_name(p) for p in args.followups}
        if args.sets is not None and name not in args.sets and not given:
            continue
        found = read_turns(detector, embedder, lines)
        examples = [e for e, _ in lines]
        report["conversations"][name] = figures(
            name, examples, detector, None, found, hide_lines=name.removesuffix(" alone") in hidden
        )
    if not args.no_latency:
        everything = sets()
        seed = [e.text for e in everything["seed"]]
        multipart = [e.text for ex in everything.values() for e in ex if parts.split(e.text)]
        report["latency"] = latency(embedder, detector, seed, multipart)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
