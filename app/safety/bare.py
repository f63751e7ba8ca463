"""A follow-up flagged by its own vector alone that is read with the conversation instead
(`turns`, stage 5; task 8z, BENCHMARKS section 9): a bare question about the conversation's topic
("ok and any pills for it?" after "what can i eat to raise dopamine" scores over the threshold by
its few generic words, the conversation's meaning far under it), or one saying the danger ended
and asking about care ("its stopped bleeding, just want it to heal faster"). Only the form and the
conversation's meaning decide here; the words are `wording`'s.
"""

from __future__ import annotations

import re

import numpy as np

from app.conversation import Query
from app.safety.detector import Detection, Detector
from app.safety.wording import BESIDES, DANGER, ENDED, QUESTION, SHORT, SIGNS, SPARED, TELLS


def bare_question(
    detector: Detector, query: Query, alone: Detection, context: np.ndarray | None
) -> bool:
    """Whether a follow-up flagged by its own vector alone is a bare question about the
    conversation's topic (`_bare`) or says the danger ended and asks about care (`_over`), in at
    most `SHORT` words, and the meaning of the message read with the conversation's topic does
    not reach the threshold. Such a follow-up's score comes from its few generic words ("why do
    they fail so often then", "ok and any pills for it?") or from the danger it says is over
    ("its stopped bleeding, just want it to heal faster"); it is then read with the
    conversation like any other follow-up."""
    message = query.text
    if alone.by != ("meaning",) or context is None or len(message.split()) > SHORT:
        return False
    if not (_bare(query) or _over(message)):
        return False
    return detector.nearest().judge(context).score < detector.threshold


# A follow-up carried on in Spanish, Portuguese, French, German or Italian ("e pra criança
# também vale?" after the maximum daily dose of paracetamol, probe 59's conversations):
# `Query.marked` reads English words only.
CARRIES_ON_ABROAD = re.compile(
    r"^\W*(?:y|e|et|und|ed) (?:pra|para|por|en|no|na|nos|nas|com|con|pour|chez|f[üu]r|bei|per|nei"
    r"|negli)\b"
    r"|\b(?:tambi[eé]n|tamb[eé]m|aussi|auch|anche)\b",
    re.I,
)


def _bare(query: Query) -> bool:
    """A question (`QUESTION`) that leans on the conversation (`Query.marked`, or
    `CARRIES_ON_ABROAD`), telling nothing that is happening (`TELLS`) and naming no danger of its
    own (`DANGER`)."""
    text = query.text
    return bool(
        (query.marked or CARRIES_ON_ABROAD.search(text))
        and QUESTION.search(text)
        and not TELLS.search(text)
        and not DANGER.search(text)
    )


# Whether it could happen again, asked ("anyway shes totally fine now, just wondering if it
# could happen again" after a sister's seizure two years ago, probe 59's conversations): no
# "again" of now.
RECUR = re.compile(
    r"\b(?:wondering |asking |curious )?(?:if|whether|could|can|will|would|might)"
    r" (?:it|this|that|they|she|he) (?:ever )?(?:could |will |would |might |can )?"
    r"(?:happen|come back|return|recur)(?: again)?\W*$",
    re.I,
)


def _over(message: str) -> bool:
    """A message saying the danger ended well ("its stopped bleeding", "hes laughing and running
    around now") with nothing besides (`BESIDES`) and no word of danger outside that
    account ("its stopped bleeding but hes so sleepy", "shes fine now, i want to hurt myself")."""
    told = ENDED.search(message)
    if told is None or BESIDES.search(RECUR.sub(" ", message)):
        return False
    return not DANGER.search(message[: told.start()] + " " + message[told.end() :])


def spared(message: str) -> bool:
    """A short message saying the danger never came to pass or a child is plainly well ("i picked
    them all up and counted, she didnt eat any", "shes happy and babbling, just checking thats
    ok": `SPARED`), with nothing besides (`BESIDES`), no sign of harm and no one's word taken for
    it (`SIGNS`: "she says she didnt take any", "none missing, shes just sleepy") and no word of
    danger (`DANGER`). Task 8ll, BENCHMARKS section 9."""
    if len(message.split()) > SHORT or not SPARED.search(message):
        return False
    return not (BESIDES.search(message) or SIGNS.search(message) or DANGER.search(message))
