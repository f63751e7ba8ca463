"""A mention, not a danger: a general question that names suicide, self-harm or sexual assault
("why do people self harm", "how do i talk to a friend who self harms", "can low dopamine cause
suicidal thoughts"). By policy it still shows the guidance first; then it may be answered from the
articles, like any crisis reply that is not about self-harm or an overdose (never a passage about
medicines, doses, poisons or methods). Anything that hints at a danger now keeps the quiet reply:
the person asking about themselves ("my", "i", "is it normal to ..."), another crisis pattern
besides the bare word, a time that is now, often or long ("tonight", "again", "every single day",
"for months"), a question after a method or a way to hide it, or a category outside the three.
Quoted, a general question is answered only by passages that name its subject
(`app.service`: "why do teens self harm" is not answered with a sentence about dopamine)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.safety import patterns

CATEGORIES = frozenset({"suicide", "self_harm", "sexual_assault"})
MENTION = re.compile(
    r"\b(?:suicid\w*|self[- ]?harm\w*|self[- ]?injur\w*|rap(?:e|ed|ist)"
    r"|sexual(?:ly)? (?:assault\w*|abuse)|assault(?:ed)?"
    # ... and one's own life taken, said of anyone ("why do people take their own lives", fourth
    # session of 2026-12-05)
    r"|(?:take|takes|taking) (?:your|ur|one'?s|their|his|her|my) own li(?:fe|ves))\b",
    re.I,
)
NOW_OR_OFTEN = re.compile(
    r"\b(?:now|right now|tonight|today|again|every (?:single )?(?:day|night)|everyday|all the time"
    r"|constantly|lately|these days|keep|can'?t stop|cant stop|urges?"
    r"|(?:for|in) (?:the (?:last|past) )?(?:days|weeks|months|years)|been like this)\b",
    re.I,
)
# "is it normal to ..." asks about the asker's own experience ("is it normal to feel numb after
# being raped"), not about people in general.
OWN_EXPERIENCE = re.compile(
    r"\b(?:is it|its|it's) (?:normal|ok|okay|weird|bad) (?:to|that|if)\b", re.I
)


# A question after a method, a way to hide it or how bad to make it is never only a mention.
METHOD = re.compile(
    r"\b(?:best|easiest|quickest|fastest|painless\w*|safest|surest|most effective|ways?|methods?"
    r"|how to|hide|hiding|hidden|deep|deeper|where to|tools?|what (?:to use|do (?:people|you) use)"
    # ... not a way to support someone (probe 23 of the second session of 2026-12-05: "whats the
    # best way to support a friend after theyve been assaulted")
    r")\b(?!(?: ways?)?(?: (?:to|of))? (?:support\w*|help\w*|talk|approach|bring|raise|ask"
    r"|respond|react|comfort|check|be there|listen)\b)"
    r"|\bwithout (?:anyone|anybody|people|them|my \w+) (?:noticing|knowing|seeing|finding out)\b"
    r"|\bhow (?:do|does|can|could|would) (?:you|people|someone|one|a person|they) (?:\w+ )?"
    r"(?:self[- ]?harm|suicide|commit|cut|kill)",
    re.I,
)


def mentions(message: str) -> bool:
    """Whether the message names suicide, self-harm or sexual assault by word."""
    return bool(MENTION.search(message))


def informational(message: str, categories: Sequence[str]) -> bool:
    """A general question about one of the three that shows no sign of a danger now."""
    if not categories or not set(categories) <= CATEGORIES:
        return False
    text = patterns.normalize(message)
    if not MENTION.search(text):
        return False
    if NOW_OR_OFTEN.search(text) or METHOD.search(text) or OWN_EXPERIENCE.search(text):
        return False
    if not patterns.general_question(text):
        return False
    return not patterns.match(MENTION.sub(" ", text))
