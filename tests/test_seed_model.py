"""The real model on the seed corpus: known answers, abstention on what the articles do not cover
(naming what they never mention), crisis, follow-ups, and properties that must hold for every
reply. Questions: eval/seed-questions.jsonl (both splits: tests do not tune anything)."""

import json

import pytest

from app.corpus import read_corpus
from app.evaluate import evaluate, summarize
from app.texts import ABOUT_SHOP, REMARKS
from tests.conftest import ROOT, SEED_CORPUS
from tests.test_clean import SEED_JUNK

pytestmark = pytest.mark.model
QUESTIONS = [
    json.loads(line) for line in (ROOT / "eval/seed-questions.jsonl").read_text().splitlines()
]
ANSWERABLE = [q for q in QUESTIONS if q["kind"] in ("answerable", "followup")]
OFFTOPIC = [q for q in QUESTIONS if q.get("offtopic")]
# Measured misses (no quote among the first three holds the answering text, or abstained) with the
# default backend (onnx-int8; against fp32: seed-106 and seed-144 missed, seed-146 answered, and
# off-topic seed-199 answered; seed-006, seed-052 and seed-176 were answered in issue 9's second
# pass, measured with fp32, and are missed with int8; seed-170, seed-177 answered and off-topic
# seed-205 refused since follow-ups continue their topic, issue 9d; since int8 runs each text
# alone - a vector no longer depends on its batch - seed-005, seed-006 and seed-176 are answered
# and seed-087, seed-089, seed-142 and seed-146 missed; issue 9e: seed-017 ("importnat", a slip)
# and seed-153 ("tiredness", said as "fatigue") answered, off-topic seed-073, 187, 189, 192, 204
# (what they ask about is never mentioned) and 195 (a duration) refused, and seed-104 "does using
# coke lower your dopamine" refused by name instead of missed); issue 9g: seed-140 ("which brain
# chemicals": the kind asked for) and seed-148 ("overprescribed": two known words) answered; issue
# 9h: seed-051 (a signpost sentence no longer takes a quote slot), seed-164 ("tiredness" said by
# a lower quote), seed-146 and seed-162 answered, off-topic seed-190 (too much) and seed-200
# (dying of it) refused; issue 9i (a sentence read in its quote, list items with their lead-in,
# weights 0.5/1.2/0.2/0.2 + 0.3, slips respelled): seed-052, 061, 087, 089, 126, 144 and 157
# answered, seed-006 ("make enough dopamine but my body doesn't react": the natural-methods list
# now outranks it), seed-092 and seed-095 (a list item: "Tremors", "Loss of balance", under the
# symptom passage's teaser and other close sentences) missed; kept visible as expected failures,
# so a fix shows up as XPASS. The int8 vectors depend on the CPU: on an AVX2-only CPU (AMD EPYC,
# no AVX-512; int8 vs fp32 cosine there median 0.993, min 0.96, presumably other int8 kernels)
# seed-005 and seed-052 ("dopamine deficiency causes", "What causes it?": the introduction's
# teaser outranks the causes) are missed and seed-006, seed-030 and seed-142 answered; on the
# AVX-512 machines of earlier runs the other way round. Either way the test passes. Task 9l:
# seed-106 ("what is depression exactly": the sentence that says what depression is) answered.
# Task 9o (lay words read as standard words, app/lay_words.py): seed-093 ("shaky hands": tremors),
# seed-104 ("coke": cocaine) and seed-131 ("rls": restless legs syndrome) answered, and seed-030
# ("zero drive": no motivation) on this AVX-512 machine too. Session of 2026-12-04 (a list asked
# for, app/lists.py): seed-092 ("dopamine defficiency symptoms": the list of physical symptoms).
KNOWN_MISSES = {
    "seed-005",
    "seed-006",
    "seed-009",
    "seed-050",
    "seed-052",
    "seed-059",
    "seed-095",
    "seed-101",
    "seed-102",
    "seed-115",
    "seed-135",
    "seed-142",
    "seed-158",
}
KNOWN_ANSWERED_OFFTOPIC: set[str] = set()
# Never quoted: promotion and page furniture of the seed articles (marked at build time).
NEVER_QUOTED = [
    "our most popular amino acid brain supplements",
    "He has formulated several of our supplements",
    "strict sourcing guidelines",
    "for informational purposes only",
    "Retrieved January 14, 2023",
    "Here’s everything you need to know",
    "Stenman",
]


def _params(items, known: set[str], why: str):
    """Every question runs; a measured miss is an xfail, so a fix shows up as XPASS."""
    mark = pytest.mark.xfail(reason=why, strict=False)
    return [pytest.param(q, id=q["id"], marks=[mark] if q["id"] in known else []) for q in items]


def _targets(item) -> list[str]:
    return [item["contains"], *item.get("also_contains", [])]


@pytest.mark.parametrize("item", _params(ANSWERABLE, KNOWN_MISSES, "known retrieval miss"))
def test_known_answer_is_quoted(seed_assistant, item):
    reply = seed_assistant.ask(item["question"], item.get("history", []))
    assert not reply.abstained
    assert any(t in q.text for q in reply.quotes for t in _targets(item)), [
        q.text[:60] for q in reply.quotes
    ]


@pytest.mark.parametrize("item", _params(OFFTOPIC, KNOWN_ANSWERED_OFFTOPIC, "answered"))
def test_not_covered_abstains(seed_assistant, item):
    reply = seed_assistant.ask(item["question"], item.get("history", []))
    assert reply.abstained and not reply.quotes
    # ... said plainly: not covered, a word never mentioned, (a price, a subscription) the shop's,
    # or, for small talk ("lol"), a word of its own (app.remarks.small_talk)
    said = ("do not cover", "don't mention", ABOUT_SHOP, *REMARKS.values())
    assert any(text in reply.markdown.replace("\\", "") for text in said)


@pytest.mark.parametrize(
    "question,history,named",
    [
        ("is ADHD caused by low dopamine", [], "ADHD"),
        ("are they safe to take with sertraline?", ["what supplements help dopamine"], None),
        ("and the side effects?", ["what does levodopa do"], "side effects"),
    ],
)
def test_what_the_articles_never_say_is_not_quoted(seed_assistant, question, history, named):
    reply = seed_assistant.ask(question, history)
    assert reply.abstained and not reply.quotes and reply.advice in reply.markdown
    if named:
        assert f"don't mention “{named}”" in reply.markdown


def test_quality_floor(seed_assistant):
    summary = summarize(evaluate(seed_assistant, QUESTIONS))
    assert summary["hit@3"] >= 0.80 and summary["mrr@10"] >= 0.65
    assert summary["abstain_recall"] >= 0.75 and summary["abstain_precision"] >= 0.7
    assert summary["crisis_recall"] == 1.0 and summary["crisis_false_alarms"] == 0


def test_followup_what_causes_it(seed_assistant):
    """seed-052: the follow-up asks for causes of the earlier topic, not for its definition."""
    reply = seed_assistant.ask("What causes it?", ["What is dopamine deficiency?"])
    sections = [q.section for q in reply.quotes]
    assert "Causes of Dopamine Transporter Deficiency" in sections


def test_crisis_reply_leads_with_emergency_and_quotes_only_a_question_beside_it(seed_assistant):
    # The crisis's own words are never answered with a quote (app/beside.py; until the third
    # session of 2026-12-03 this got a passage on dopamine levels); an ordinary question asked
    # beside the crisis still is.
    reply = seed_assistant.ask("I want to end it all, my dopamine is low")
    assert reply.crisis and reply.markdown.startswith("**⚠️ Get help now.**")
    assert not reply.quotes and "From our articles" not in reply.markdown
    beside = seed_assistant.ask("does exercise help depression? i want to end it all")
    assert beside.crisis and beside.markdown.startswith("**⚠️ Get help now.**")
    assert beside.quotes  # then what the articles say to the question asked beside it


def test_every_reply_keeps_the_invariants(seed_assistant):
    articles = {a.doc_id: a for a in read_corpus(SEED_CORPUS)[0]}
    index = seed_assistant.index
    furniture = {
        articles[index.passages[s.passage].doc_id].text[s.start : s.end]
        for s in index.sentences.rows
        if s.kind != "text"
    }
    for item in QUESTIONS:
        reply = seed_assistant.ask(item["question"], item.get("history", []))
        assert reply.advice and reply.to_dict()["advice"] == reply.advice
        assert reply.markdown.rstrip().endswith("*")
        scores = [q.score for q in reply.quotes]
        assert scores == sorted(scores, reverse=True)  # quotes in the order of the shown score
        for q in reply.quotes:
            assert q.text in articles[q.doc_id].text  # verbatim from the cleaned article
            assert not any(junk in q.text for junk in SEED_JUNK + NEVER_QUOTED)
            assert not any(f in q.text for f in furniture if len(f) > 20)
            assert all(0 <= a < b <= len(q.text) for a, b in q.highlights)
            assert q.link == f"/articles/{q.doc_id}#" + q.link.split("#")[1]
            assert q.title and q.publisher and q.published


# Pass 9i (written for this test, not taken from the question sets; each failed on main 0fa10bb):
# a slip searched as the articles' word, a sentence that refers back read in its quote, a missing
# English word that the best sentence says in its own words, how long something lasts.
def test_a_slip_is_searched_as_the_articles_word(seed_assistant):
    reply = seed_assistant.ask("wat is dopamine deficency exactly")
    assert "precisely what it sounds like" in reply.quotes[0].text


def test_what_parkinsons_causes_is_among_the_first_two_quotes(seed_assistant):
    reply = seed_assistant.ask("what are the symtoms of parkinsons disease")
    assert any("slower movements, tremors" in q.text for q in reply.quotes[:2]), [
        q.text[:60] for q in reply.quotes
    ]


def test_a_lay_english_word_does_not_veto_a_close_answer(seed_assistant):
    reply = seed_assistant.ask("can low dopamine make you lazy")
    assert not reply.abstained
    assert any("unmotivated" in q.text for q in reply.quotes[:3])


def test_how_long_something_lasts_needs_a_duration(seed_assistant):
    reply = seed_assistant.ask("how long does a cocaine high last")
    assert reply.abstained and not reply.quotes
