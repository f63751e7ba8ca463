"""The quotes to show for a question in evidence mode, or none with what the articles never
mention: the ranked hits `retrieve.select` shows, judged by `app.coverage`. What the question asks
about ("tiredness") may be said, in other words, only by a later quote ("fatigue"): a refusal for
the subject or the effect asked, or for a follow-up's rare word, is then reconsidered from that
quote on, the quotes kept in their order (BENCHMARKS.md section 10)."""

from __future__ import annotations

from app import aspects, coverage, retrieve
from app.concepts import Vocabulary
from app.config import Settings
from app.records import Hit
from app.synonyms import NearWords

# refusals a later quote may answer: a subject or effect said in other words, a follow-up's rare
# word ("compliance" for "stick with") named only by a later quote, what a thing does said only by
# a later quote's passage (`app.function`)
LATER = frozenset({"subject", "effect", "followup-rare", "function"})


def quotes(
    hits: list[Hit],
    question: str,
    query: retrieve.Query,
    k: int,
    settings: Settings,
    vocab: Vocabulary,
    near: NearWords,
) -> tuple[list[Hit], tuple[str, ...]]:
    """The hits to quote (none: not covered) and, when none, the key concepts never mentioned."""
    followup = bool(hits) and hits[0].continues

    def judged(ranked: list[Hit], shown: list[Hit]) -> coverage.Coverage:
        return coverage.judge(
            ranked,
            question,
            followup,
            vocab,
            settings,
            query.anaphoric,
            query.topic,
            query.marked,
            near.says,
            shown,
        )

    if hits and aspects.untold(question, hits[0].passage.text):  # the converse, further down
        for hit in _telling(hits, question):
            rest = [hit, *(h for h in hits if h is not hit)]
            again = retrieve.select(rest, settings, k, question)
            if judged(rest, again).covered:
                return again, ()
    shown = retrieve.select(hits, settings, k, question)
    verdict = judged(hits, shown)
    for at in range(1, len(shown)) if verdict.why in LATER else ():
        rest = [h for h in hits if all(h is not s for s in shown[:at])]
        if judged(rest, shown[at:]).covered:
            return shown[at:], ()
    return (shown, ()) if verdict.covered else ([], verdict.missing)


def _telling(hits: list[Hit], question: str, depth: int = 10) -> list[Hit]:
    """Of the first `depth` hits after the best, those whose passage speaks of an aspect the
    question asks about (`aspects.LATER`), best first."""
    return [
        h
        for h in hits[1:depth]
        if h.span and aspects.said(question, h.passage.text) in aspects.LATER
    ]
