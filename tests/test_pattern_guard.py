"""The cheap test in front of the crisis patterns (app/safety/patterns/guard.py) never changes what
a pattern finds: every guarded pattern gives the same answer as the bare one on every message of
the crisis sets, the bank and the seed questions, and on hand-made edge cases."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.safety import patterns
from app.safety.patterns import concepts
from app.safety.patterns.guard import Guarded, guard, required

ROOT = Path(__file__).resolve().parent.parent


def _messages() -> list[str]:
    files = [*ROOT.glob("eval/*.jsonl"), *ROOT.glob("eval/crisis/*.jsonl")]
    files.append(ROOT / "app/safety/bank.jsonl")
    out = []
    for f in files:
        for line in f.read_text("utf-8").splitlines():
            item = json.loads(line)
            out += [item.get("question") or item.get("text") or "", *(item.get("history") or [])]
    return list(dict.fromkeys(patterns.normalize(m) for m in out if m))  # each text once


def _guarded() -> dict[str, Guarded]:
    found = {f"statement {c}": rx for c, rx in patterns._STATEMENTS.items()}
    found |= {f"topic {c}": rx for c, rx in patterns._TOPICS.items()}
    found |= {f"gate {c}": rx for c, rx in patterns._GATES.items()}
    found["how to"] = patterns._HOW_TO
    for name, _, groups in concepts._COMPILED:
        found |= {f"concept {name} {i}": g for i, g in enumerate(groups)}
    return {k: v for k, v in found.items() if isinstance(v, Guarded)}


def test_the_large_patterns_are_guarded():
    guarded = _guarded()
    for cat in ("suicide", "self_harm", "overdose", "medical", "violence"):
        assert f"statement {cat}" in guarded
    assert "gate story" in guarded and "gate figurative" in guarded


# Every guarded pattern against every labelled message, bare and guarded: ~6 minutes alone, ~11
# beside two other busy processes (the session of 2026-12-07 saw it pass the suite's 600 s
# timeout under load, the same time at the start code and the final code): a long budget of its
# own, so that a busy CI machine does not fail a check of exactness.
@pytest.mark.timeout(2400)
def test_guarded_patterns_find_what_the_bare_ones_find():
    messages = _messages()
    assert len(messages) > 5000
    for name, g in _guarded().items():
        ruled_out = 0
        for m in messages:
            found = bool(g.rx.search(m))
            assert bool(g.search(m)) == found, (name, m)
            # Where the bare pattern finds nothing its substitution is the text itself.
            assert g.sub(" ", m) == (g.rx.sub(" ", m) if found else m), (name, m)
            ruled_out += not g.possible(m)
        assert ruled_out, f"{name}: the test never ruled a message out"


@pytest.mark.parametrize(
    "pattern, text, found",
    [
        (r"\bkill(?:ing)? my ?self\b", "i want to KILL MYSELF", True),
        (r"\bkill(?:ing)? my ?self\b", "a killer app", False),
        (r"(?=.{0,20}\bgarage\b)(?=.{0,20}\bengine\b)", "engine on in the garage", True),
        (r"(?=.{0,20}\bgarage\b)(?=.{0,20}\bengine\b)", "the garage is tidy", False),
        (r"(?<=my )pills?", "counting my pills", True),
        (r"quiero morir|不想活", "不想活了", True),  # not ASCII: always matched in full
        (r"quiero morir|不想活", "no quiero morir", True),
        (r"quiero morir|不想活", "quiero comer", False),
        (r"(?:a|b)?c{2,}", "xccx", True),
        (r"se\u017fion", "SESION", True),  # long s: matches "s" ignoring case
    ],
)
def test_known_answers(pattern, text, found):
    rx = re.compile(pattern, re.I)
    g = Guarded(rx)
    assert bool(g.search(text)) is found is bool(rx.search(text))


def test_what_is_required():
    assert required(re.compile(r"\bkill(?:ing)? my ?self\b", re.I)) == ["kill"]
    assert required(re.compile(r"(?:over|under)dose", re.I)) == ["dose"]
    assert required(re.compile(r"\w+|x", re.I)) is None  # one alternative needs no letters
    assert required(re.compile(r"自杀", re.I)) == []  # never in ASCII text
    assert required(re.compile("se\u017fion", re.I)) == ["ion"]  # the long s breaks "se|ion"
    assert guard(re.compile(r"\bthe\b", re.I)).__class__ is re.Pattern  # too common to help
