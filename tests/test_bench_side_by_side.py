"""`bench/crisis_side_by_side.py --compare` keeps the unseen sets' lines hidden, as its docstring
promises: the runs write every set's lines (`--show-lines` also reads the development sets given by
`--heldout`), so the comparison itself must not print a line of eval/crisis/unseen (the third
session of 2026-12-06 printed one of probe 49's before this)."""

from __future__ import annotations

import json
from pathlib import Path

from bench import crisis_side_by_side as sbs

ROOT = Path(__file__).resolve().parent.parent


def _run(tmp: Path, name: str, sets: dict[str, tuple[list[str], list[str]]]) -> Path:
    figures = {
        set_name: {
            "both": {"crisis": 10, "ordinary": 10},
            "missed": missed,
            "false_alarm_messages": [[line, ["self_harm"], ["meaning"]] for line in flagged],
        }
        for set_name, (missed, flagged) in sets.items()
    }
    path = tmp / name
    path.write_text(json.dumps({"sets": figures, "conversations": {}}), "utf-8")
    return path


def test_a_development_set_shows_its_lines_and_an_unseen_one_only_its_figures(tmp_path, capsys):
    unseen = sorted((ROOT / "eval/crisis/unseen").glob("*.jsonl"))
    assert unseen, "the check needs an unseen set"
    blind = unseen[0].stem
    read = "/tmp/old/eval/crisis/read/probe-47.jsonl"
    old = _run(tmp_path, "old.json", {blind: (["a blind line"], []), read: (["a read line"], [])})
    new = _run(tmp_path, "new.json", {blind: ([], ["another blind line"]), read: ([], [])})
    totals = sbs.compare(sbs.load(old), sbs.load(new))
    printed = capsys.readouterr().out
    assert "GAINED  eval/crisis/read/probe-47.jsonl | a read line" in printed
    assert "blind line" not in printed and f"{blind} (unseen)" in printed
    assert totals["caught"] == [9, 10]
