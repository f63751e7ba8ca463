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
    r"|(?:take|takes|taking) (?:your|ur|one'?s|their|his|her|my) own li(?:fe|ves)"
    # ... and self-harm and sexual assault named in Spanish, Portuguese, French and Italian (probe
    # 37 of the seventh session of 2026-12-05: "quais sao os sinais de automutilacao em
    # adolescentes")
    r"|automutila\w*|auto-?les(?:i[oó]n|iones|[aã]o|[oõ]es)|autolesionismo|scarification"
    r"|(?:agresi[oó]n|abuso|agress[aã]o|agression|abus|violenza|aggressione) sessuale"
    r"|(?:agresi[oó]n|abuso|agress[aã]o|agression|abus) (?:sexual|sexuelle))\b",
    re.I,
)
# A general question in Spanish, Portuguese, French or Italian: a question word first, no one named
# and nothing said of the asker ("cuales son las señales de que alguien piensa en suicidarse",
# "quais sao os sinais de automutilacao em adolescentes", probe 37).
GENERAL_ABROAD = re.compile(
    r"^\W*(?:¿\s*)?(?:cu[aá]les? (?:son|es)|qu[eé] (?:se|es|son|se hace|se puede|significa)"
    r"|qu[eé] se[ñn]ales|c[oó]mo (?:se|saber|s[eé]|ayudar|reconocer|identificar|hablar)|por qu[eé]"
    r"|quais (?:s[aã]o|sao|os)|qual (?:[ée]|e)|o que (?:[ée]|e|fazer|significa)"
    r"|como (?:saber|ajudar|identificar|reconhecer|falar)|por que"
    r"|quels? (?:sont|est)|quelles? (?:sont|est)|c'?est quoi|c quoi"
    r"|comment (?:savoir|aider|reconna[iî]tre|parler|rep[ée]rer)|pourquoi"
    r"|quali sono|qual [èe]|cosa (?:fare|significa)|come (?:capire|aiutare|riconoscere)"
    r"|perch[ée])\b",
    re.I,
)
# ... told of the asker or of someone now: a first person, a family member, a time now.
MINE_ABROAD = re.compile(
    r"\b(?:me|mi|mis|yo|conmigo|eu|meu|minha|meus|minhas|je|j'|moi|mon|ma|mes|io|mio|mia|miei|mie"
    r"|hijo|hija|hermano|hermana|amigo|amiga|novio|novia|filho|filha|irm[aã]o|irm[aã]|namorad[oa]"
    r"|fils|fille|fr[èe]re|s[œo]eur|copain|copine|figlio|figlia|fratello|sorella|ahora|hoy"
    r"|esta noche|agora|hoje|esta noite"
    r"|maintenant|aujourd'?hui|ce soir|adesso|oggi|stasera"
    # ... or a verb in the first person ("que hago si quiero suicidarme")
    r"|quiero|tengo|siento|estoy|pienso|puedo|necesito|quero|tenho|estou|sinto|penso|preciso|posso|veux|suis"
    r"|pense|sens|peux|voglio|sono|sento|ho)\b",
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
    if not (patterns.general_question(text) or _general_abroad(text)):
        return False
    return not patterns.match(MENTION.sub(" ", text))


def _general_abroad(text: str) -> bool:
    """A general question in Spanish, Portuguese, French or Italian (`GENERAL_ABROAD`) that says
    nothing of the asker, a person close to them or a time now (`MINE_ABROAD`)."""
    return bool(GENERAL_ABROAD.search(text)) and not MINE_ABROAD.search(text)
