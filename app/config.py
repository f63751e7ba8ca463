"""Settings: one frozen object passed explicitly. Only the front ends build it from flags and the
environment (`Settings.from_env`)."""

from __future__ import annotations

import difflib
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from app.errors import BadSetting
from app.texts import ADVICE, EMERGENCY

MODES = ("evidence", "hybrid", "dense", "bm25")
CRISIS_DETECTORS = ("meaning", "patterns")  # patterns only, or patterns and meaning


MAX_TOP_K = 10  # quotes a reply may show: the default and what each question may ask for
MAX_RETENTION_DAYS = 36_500  # a hundred years: a date that far back is still a date


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")

    # Passages (index-affecting)
    min_words: int = 40
    max_words: int = 160
    embed_context: bool = True  # embed "title / section" with the passage text
    # "onnx-int8" (int8, passed the quality gate: BENCHMARKS.md section 11) | "onnx" (fp32, the
    # default before) | "torch" (fp32) | "bf16"
    backend: str = "onnx-int8"
    embed_batch: int = 32
    approx_above: int = 200_000  # passages above which the FAISS index is HNSW, not exact

    # Retrieval
    # "evidence": passages and their sentences, quotes cut to the answering sentences (default);
    # "hybrid" (dense + BM25 passages, whole passages quoted: the behaviour before issue 9),
    # "dense" or "bm25" alone. See README "How answers are chosen".
    mode: str = "evidence"
    candidates: int = 50
    rrf_k: int = 60
    followup_weight: float = 0.5  # weight of a referring-back follow-up's own words in fusion
    top_k: int = 3
    # Abstain when the best passage's cosine similarity to the question is below this.
    # Chosen with `python bench/calibrate.py` on eval/seed-questions.jsonl (63 answerable, 16
    # off-topic): 0.45 maximised F1 of (off-topic abstained 15/16, answerable answered 59/63).
    abstain_below: float = 0.45
    # A keyword query (at most `keyword_terms` terms, all found in the top passage) is answered
    # down to `keyword_floor`: one- or two-word queries score low cosines even when covered.
    keyword_terms: int = 2
    keyword_floor: float = 0.2
    # A passage after the first is quoted only if its cosine is at least this share of the best one.
    relative_floor: float = 0.75
    dedup_jaccard: float = 0.8

    # Evidence mode: a sentence's evidence is a weighted mean of its own cosine, its passage's
    # cosine, its passage's BM25 share (of the best), the share of the question's rare terms it
    # holds and its cosine read in the quote around it (`app.readings`). Weights chosen with
    # bench/quality.py: on the eight seed files pooled, and no loss on MedQuAD dev's sections
    # (pass 9i, BENCHMARKS.md section 10: a passage weight below 1.0 or a quote weight above 0.3
    # took 1-10 of 100 MedQuAD questions off the first rank; 0.5 / 1.0 / 0.2 / 0.2 / 0 before).
    w_sentence: float = 0.5
    w_passage: float = 1.2
    w_bm25: float = 0.2
    w_terms: float = 0.2
    w_window: float = 0.3
    # Share of the term-share feature that reads a sentence under its section heading (the rest
    # reads the sentence alone): 0.5 took MedQuAD dev hit@1 0.787 -> 0.833 and changed MEDIQA by
    # -0.001 MRR; 1.0 lost 3 of 278 MEDIQA questions at hit@1 (BENCHMARKS.md section 10).
    heading_share: float = 0.5
    # Added to the evidence of a sentence that says what a "what is X" question's X is ("X is a
    # ...", "X, a ...": `app.defines`) when one article alone defines X. 0.15 on the ten seed
    # files pooled: useful@1 +5 of 862, nothing lost; 0.05 / 0.1 gave +0 / +1, 0.2 / 0.3 the same
    # as 0.15; given wherever X is defined it moved 7 of MEDIQA's "What is X?" questions, 4 down
    # (BENCHMARKS.md section 10).
    define_bonus: float = 0.15
    # A question asked alone (no conversation): the sentence whose cosine leads every other
    # passage's sentences by this much is quoted first, whatever its passage's cosine
    # (`app.evidence.clear_lead`). 0.1 on the ten seed files pooled: useful@1 +7, useful@3 +5 of
    # 862, no other reply changed, MedQuAD dev / MEDIQA unchanged; 0.08 / 0.05 more (+10 / +15 at
    # rank 1), but an emergency ("I can't breathe") or uncovered questions got quotes, and 0.08
    # took MedQuAD dev hit@1 0.80 -> 0.78 (BENCHMARKS.md section 10).
    sentence_lead: float = 0.1
    # Hubness correction of a sentence's cosine in its evidence (CSLS-like, `app.hubs`): a sentence
    # close to many others of the corpus ("Low levels of dopamine can be the result of a few
    # different things.") is close to many questions too, and won questions a more specific
    # sentence answers. The evidence reads cos - hub_beta * max(0, r - mean r), r a sentence's mean
    # cosine to its 10 nearest other sentences (only sentences above the mean hubness are lowered;
    # support and abstention read the plain cosine). 0.25 on the 52 seed files pooled (4,597
    # answerable): useful@1 0.7768 -> 0.7796 (+24 / -11), useful@3 0.9067 -> 0.9089 (+12 / -2),
    # over-abstained 0.0174 -> 0.0170; 0.5 gained as much with twice the changed replies
    # (+49 / -34); unclipped, lowering the lead-in of a list raised it ("Here's what you can try:")
    # and lost at 0.5 and 1.0. An index whose sentence vectors are too many for the float32 table
    # (`app.sentence_rows.WHOLE_FLOAT32_BYTES`: MedQuAD) gets none (BENCHMARKS.md section 9).
    hub_beta: float = 0.25
    # A sentence that refers back to the one before it ("It can cause slower movements ...") is
    # also read with it, as a list item is with its lead-in, and its evidence takes the better
    # cosine; its quote's support is the better plain cosine of the two sentences
    # (`app.readings.read_back`), where the question's own words judge relevance (a follow-up read
    # with the conversation's topic keeps the plain cosine). Measured side by side (BENCHMARKS.md
    # section 9, second and third sessions of 2026-12-07): MedQuAD dev hit@1 251 -> 252, MEDIQA
    # 216 = 216, the 59 seed files useful@1 0.7790 -> 0.7853, `ask --jsonl` p50 1.008x.
    read_back: bool = True
    # Taken from the evidence of a sentence that speaks of a cause without saying what causes the
    # thing a cause question asks about: finding a cause out ("try to figure out what's causing
    # ..."), or the thing itself the cause ("low dopamine that may be causing ..."); added to the
    # sentence after an article's own question for its causes ("What can cause ...? Low levels
    # can be the result of ...") (`app.causes`; BENCHMARKS.md section 10, "Task 9t").
    cause_penalty: float = 0.1
    # A question asked alone that an article asks in its own words ("How do you fix low
    # dopamine?", a cosine of at least `echo_cosine`): the sentence after it in the same passage
    # answers it, lifted by `echo_bonus` (`app.evidence.after_echo`; BENCHMARKS.md section 10,
    # "Task 9y").
    echo_cosine: float = 0.8
    echo_bonus: float = 0.1
    # A question that asks for a list ("what are the symptoms of low dopamine"): the lead-in that
    # names its kind, with the list after it, is lifted by `list_bonus` (`app.lists`).
    list_bonus: float = 0.2
    # A first quote that restates its article in brief (an introduction, a key-points list, a
    # teaser) yields to a body quote of the same article among the next two that makes the same
    # point with comparable support (`app.brief`). Fourteen seed files pooled: useful@1 848 ->
    # 865 of 1,222, nothing else changed; MedQuAD dev / MEDIQA unchanged (BENCHMARKS.md
    # section 10, "Task 9p").
    body_first: bool = True
    # Covered when the best sentence's cosine (`support`) is at least `support_below`; a question
    # naming a rare concept the corpus never mentions needs `named_support`; a follow-up whose own
    # key words are not in the quote needs its own question to reach `followup_support`.
    # Chosen with `python bench/abstain_curve.py` (best F1 of not-covered recall and answerable
    # answered, tune split): 0.32 -> recall 0.81, precision 0.84, 94% of answerable answered.
    support_below: float = 0.32
    named_support: float = 0.75
    # ...when every rare word it lacks is an English word, not a name ("lazy", "psychiatrist"):
    # pass 9i, on the eight seed files pooled, 0.65 answered 3 more with no more wrong-confident;
    # 0.6 answered 5 more but quoted for 2 uncovered ones ("dopamine and autism").
    word_support: float = 0.65
    followup_support: float = 0.5
    # A follow-up that refers back ("are they safe?"): 0.55 until issue 9's fourth pass, 0.45 once
    # "two things together" names what the pronoun stands for (7 fewer refusals, no more wrong
    # answers on the five seed sets; BENCHMARKS.md section 10); 0.35 since the session of
    # 2026-12-04 late night: over the thirty seed files the bar refused only answerable
    # follow-ups (the rules read since refuse the uncovered ones), four of five with a useful
    # quote between 0.379 and 0.442; the fifth (0.326) stays refused (BENCHMARKS section 9).
    refers_back_support: float = 0.35
    # A question after others is read alone when its own words find a sentence with this cosine;
    # else it continues the conversation's topic: read with the topic (BENCHMARKS.md section 10).
    standalone_support: float = 0.5
    # A rare word the articles never use is said by a quote word this close to it (app.synonyms).
    synonym_cosine: float = 0.75
    rare_rank: int = 10000  # a word outside the model's first N vocabulary entries is rare
    quote_min_words: int = 40  # grow a quote around its answering sentences to about this
    quote_max_words: int = 80  # ...and to its whole paragraph when that fits in this
    answer_margin: float = 0.05  # sentences within this of the best one are emphasized too

    # Privacy: questions are never logged. The opt-in unanswered log keeps the questions the
    # articles did not answer, redacted, in the site owner's store (app/db, opened by the server).
    # On unless empty, 0, false, no or off (`switched_on`); a path naming an earlier version's
    # separate log file has its questions moved into the store at start.
    unanswered_log: str = ""
    unanswered_retention_days: float = 30.0  # a float default: "0.5" (12 hours) is accepted

    # Reply
    max_question_chars: int = 1000
    advice: str = ADVICE
    emergency: str = EMERGENCY  # the general emergency line, shown last in every crisis reply

    # Crisis detection (app/safety): "meaning" = patterns + the bank's nearest neighbours (with the
    # calibrated model); "patterns" = patterns only. Extra bank: the deployment's own JSONL
    # examples, paths separated by ":"; guidance: a JSON file replacing lines per category.
    crisis_detector: str = "meaning"
    crisis_bank_extra: str = ""
    crisis_guidance: str = ""

    def __post_init__(self) -> None:
        """Refuse a value no part of the program knows (a typo must not silently switch the
        meaning detector off, or fail later as a KeyError)."""
        for name, allowed in (("mode", MODES), ("crisis_detector", CRISIS_DETECTORS)):
            if getattr(self, name) not in allowed:
                raise BadSetting(
                    f"bad setting: HEALTHQA_{name.upper()}={getattr(self, name)!r} is not one of "
                    + ", ".join(allowed)
                )
        for name, (least, most) in RANGES.items():
            value = getattr(self, name)
            if not least <= value <= most:  # NaN too
                kind = "a whole number" if type(value) is int else "a number"
                raise BadSetting(
                    f"bad setting: HEALTHQA_{name.upper()}={value} must be {kind} "
                    f"from {figure(least)} to {figure(most)}"
                )
        for name in ("advice", "emergency"):  # every reply ends with one, every crisis reply
            if not getattr(self, name).strip():  # shows the other: blank would show nothing
                raise BadSetting(
                    f"bad setting: HEALTHQA_{name.upper()} is blank: every reply needs this text "
                    "(unset it for the default)"
                )
        if not 0 < self.unanswered_retention_days <= MAX_RETENTION_DAYS:  # NaN too
            raise BadSetting(
                "bad setting: HEALTHQA_UNANSWERED_RETENTION_DAYS must be a number of days above 0 "
                f"and at most {MAX_RETENTION_DAYS:,}"
            )

    def index_params(self) -> dict:
        """The settings that change the built index; part of its fingerprint (with the model the
        package ships, which no setting changes: see build.index_params)."""
        return {
            "min_words": self.min_words,
            "max_words": self.max_words,
            "embed_context": self.embed_context,
            "backend": self.backend,
        }

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}

    @classmethod
    def from_env(cls, environ: dict | None = None, **overrides) -> Settings:
        """Read `HEALTHQA_<FIELD>` variables (e.g. HEALTHQA_TOP_K=5); flags win over them."""
        environ = os.environ if environ is None else environ
        values: dict = {}
        for name, default in asdict(cls()).items():
            raw = environ.get(f"HEALTHQA_{name.upper()}")
            if raw is not None:
                values[name] = _convert(f"HEALTHQA_{name.upper()}", raw, default)
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("corpus_dir", "index_dir"):
            if key in values:
                values[key] = Path(values[key])
        return cls(**values)


# Each number's range (README "Configuration" lists them). Whole numbers count something (words,
# passages, candidates, a rank), so none is negative; those that size a search, a batch, a passage
# or a reply are at least 1 (0 was a server refusing or failing every question), and at most what
# one request or build may cost (HEALTHQA_CANDIDATES=10**12 was a search for every passage and a
# judging of each). A similarity threshold is a cosine, -1 to 1 (0.45 typed as 45 would abstain on
# everything); a share 0 to 1; a weight, bonus or margin 0 to 10.
WORDS = 2_000  # a passage or a quote of more words than this is a page, not a passage
# What `/api/ask` takes for an earlier question: a question any longer could be asked but not
# followed up (the API refused the history that carries it back)
MAX_HISTORY_CHARS = 2_000
SIMILARITIES = (
    "abstain_below",
    "keyword_floor",
    "echo_cosine",
    "support_below",
    "named_support",
    "word_support",
    "followup_support",
    "refers_back_support",
    "standalone_support",
    "synonym_cosine",
)
SHARES = ("followup_weight", "relative_floor", "dedup_jaccard", "heading_share")
WEIGHTS = (
    "w_sentence",
    "w_passage",
    "w_bm25",
    "w_terms",
    "w_window",
    "define_bonus",
    "sentence_lead",
    "hub_beta",
    "cause_penalty",
    "echo_bonus",
    "list_bonus",
    "answer_margin",
)
RANGES: dict[str, tuple[float, float]] = {
    "min_words": (0, WORDS),
    "max_words": (1, WORDS),
    "embed_batch": (1, 1_024),
    "approx_above": (0, 1_000_000_000),
    "candidates": (1, 1_000),
    "rrf_k": (0, 10_000),
    "top_k": (1, MAX_TOP_K),
    "keyword_terms": (0, 100),
    "rare_rank": (0, 1_000_000),
    "quote_min_words": (0, WORDS),
    "quote_max_words": (0, WORDS),
    "max_question_chars": (1, MAX_HISTORY_CHARS),
    **dict.fromkeys(SIMILARITIES, (-1, 1)),
    **dict.fromkeys(SHARES, (0, 1)),
    **dict.fromkeys(WEIGHTS, (0, 10)),
}


def figure(number: float) -> str:
    """A range's end as the README writes it: 1,000 or 0.5."""
    return f"{number:,}" if isinstance(number, int) else f"{number:g}"


ON, OFF = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def switched_on(raw: str) -> bool:
    """A switch given as text that is on when set (the unanswered log): off when empty or one
    of `OFF`, so `HEALTHQA_UNANSWERED_LOG=off` means off; on for any other value (a path too)."""
    return raw.strip().lower() not in {"", *OFF}


def _convert(name: str, raw: str, default):
    """`raw` as the type of the field's default; BadSetting naming the variable otherwise."""
    if isinstance(default, bool):
        word = raw.strip().lower()
        if word not in ON | OFF | {""}:
            raise BadSetting(
                f"bad setting: {name}={raw!r} is not one of 1/0, true/false, yes/no, on/off"
            )
        return default if not word else word in ON
    if isinstance(default, Path) and not raw.strip():  # Path("") is the current folder
        raise BadSetting(f"bad setting: {name} is blank: name a folder (unset it for the default)")
    if name == "HEALTHQA_CRISIS_GUIDANCE" and not raw.strip():  # the deployment's file went
        raise BadSetting(  # missing: crisis replies would quietly show the shipped numbers
            f"bad setting: {name} is blank: name the guidance file (unset it for the shipped lines)"
        )
    if name == "HEALTHQA_CRISIS_BANK_EXTRA" and not raw.replace(":", "").strip():
        raise BadSetting(  # as above: the deployment's own crisis lines would be quietly left out
            f"bad setting: {name} is blank: name the bank files, separated by ':' (unset it for"
            " the shipped bank alone)"
        )
    kind = int if isinstance(default, int) else float if isinstance(default, float) else None
    if kind is None:
        return raw
    try:
        value = kind(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):  # "nan" and "inf" parse as floats but are no setting
        what = "a whole number" if kind is int else "a number"
        raise BadSetting(f"bad setting: {name}={raw!r} is not {what}")
    return value


PREFIX = "HEALTHQA_"


def check_names(environ: dict, others: Callable[[], Iterable[str]] = tuple) -> None:
    """BadSetting (exit 2) for a `HEALTHQA_*` variable that is a slip for a setting's name: in
    small letters (`healthqa_top_k`), or close to one (`HEALTHQA_EMBED_ORIGIN`,
    `HEALTHQA_RATELIMIT`), which would otherwise be ignored without a word and leave the setting
    at its default. `others()`: the names the front ends read besides `Settings`' fields (asked
    only when a name is not a field's). Names close to none (`HEALTHQA_DATA`, a benchmark's) are
    left alone."""
    known = {PREFIX + f.name.upper() for f in fields(Settings)}
    names = sorted(n for n in environ if n not in known and n.upper().startswith(PREFIX))
    if not names:
        return
    known |= set(others())
    suffixes = {name.removeprefix(PREFIX): name for name in known}
    for name in names:
        if name in known:
            continue
        if name.upper() in known:
            raise BadSetting(f"{name}: settings are named in capitals: {name.upper()}")
        near = difflib.get_close_matches(name.upper().removeprefix(PREFIX), suffixes, 1, 0.8)
        if near:
            raise BadSetting(f"{name} is not a setting: did you mean {suffixes[near[0]]}?")
