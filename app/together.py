"""Whether two things go together: a yes/no question whether one thing is linked to another
("could low dopamine be linked to restless legs", "restless legs at night, is that dopamine
related") is answered by a sentence that states a link ("It's linked to many other diagnoses, such
as movement disorders (like Parkinson's disease and restless legs syndrome)"), not by a list that
names the same thing under another heading (the physical symptoms a provider looks for).
`sentence_search` lifts such sentences by `cause_penalty`. A question for a list of the conditions
that go with a thing ("what illnesses are tied to low dopamine", "which other health problems go
along with it") is answered by a sentence that links it to conditions in the plural ("It's linked to
many other diagnoses, such as movement disorders ..."), lifted the same way. Out of scope: one about
the link itself ("is the link proven"), and what causes what (`app.causes`), which reads the
direction of a link.
"""

from __future__ import annotations

import re

# "linked", "connected" (and "conected"), "tied", "related", "associated", "any link", "anything
# to do with", "go along with": whether two things go together (not "is the link proven", which
# asks about the link).
ASKS_LINK = re.compile(
    r"\b(?:linked|co?nn?ected|tied|related|associated|(?:a|any|some)\s+(?:link|co?nn?ection)"
    r"|(?:any|some)thing\s+to\s+do\s+with|go(?:es)?\s+(?:along|together)\s+with)\b",
    re.I,
)
STATES_LINK = re.compile(
    r"\b(?:linked|connected|tied|related|associated)\s+(?:to|with)\b|\blinks?\s+between\b", re.I
)
# a question that can be answered yes or no ("is ...", "could ...", "... is that dopamine related")
YES_NO = re.compile(
    r"^(?:is|are|does|do|can|could|would|was|were)\b|\b(?:is|are)\s+(?:that|this|it)\b", re.I
)

# the kinds of thing a list question asks for ("illnesses", "health problems", "conditions"), and
# the same kinds in the plural in a sentence that names them ("many other diagnoses")
CONDITIONS = re.compile(
    r"\b(?:illness|disease|condition|disorder|diagnos[ie]s|syndrome|(?:health\s+)?problem)"
    r"(?:es|s)?\b",
    re.I,
)
CONDITIONS_PLURAL = re.compile(
    r"\b(?:illnesses|diseases|conditions|disorders|diagnoses|syndromes|problems)\b", re.I
)
WHICH = re.compile(r"^\W*(?:what|which|wat|wich)\b", re.I)


def asks_link(question: str) -> bool:
    """The question asks whether things go together (`ASKS_LINK`), to be answered yes or no
    (`YES_NO`): not "what illnesses are tied to low dopamine", a question for a list."""
    return ASKS_LINK.search(question) is not None and YES_NO.search(question.strip()) is not None


def states_link(sentence: str) -> bool:
    """The sentence says that a thing is linked to another (`STATES_LINK`)."""
    return STATES_LINK.search(sentence) is not None


def asks_linked_list(question: str) -> bool:
    """The question asks which conditions go with a thing: "what"/"which", a kind of condition
    and after it a word of going together (`ASKS_LINK`): "what other illnesses go along with low
    dopamine"; not "how is dopamine tied to mental health", a yes/no question, nor "what are the
    genetic changes related to Swyer syndrome" (the condition is the thing, not what is asked)."""
    q = question.strip()
    kind = CONDITIONS.search(q) if WHICH.search(q) else None
    return kind is not None and ASKS_LINK.search(q, kind.end()) is not None


def links_conditions(sentence: str) -> bool:
    """The sentence links a thing to conditions in the plural (`STATES_LINK`, `CONDITIONS_PLURAL`
    after it): "It's linked to many other diagnoses, such as movement disorders"."""
    found = STATES_LINK.search(sentence)
    return found is not None and CONDITIONS_PLURAL.search(sentence, found.end()) is not None
