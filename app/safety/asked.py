"""Stage 9 of `app.safety.turns`: a short follow-up that tells nothing, after turns that only
asked. A remark or a bare question ("makes sense", "wait really", "why tho", "whats the
difference", "ok what else") after questions in general ("is self harm the same thing as a
suicide attempt", "what do you do if someone has a seizure") adds no danger of its own: the
conversation's words and meaning are the earlier questions', which were answered as they were (a
general question naming suicide, self-harm or sexual assault showed the guidance then, by
policy). It is answered.

Not when any earlier turn (of the last two) was read as a crisis on its own: by the patterns
(other than suicide, self-harm or sexual assault named in a general question, a claim reported or
a case that may come), or by its own meaning ("whats the point of anything anymore" then "why tho"
keeps the guidance); without the meaning detector, only a general question counts as asked.

Not when the follow-up is long (more than `wording.SHORT` words), tells something (`TELLS`: a
time, the reader's own people), names a danger (`DANGER`), speaks of the reader (`FIRST_PERSON`:
"what if i already took 30") or names someone (`informed.PERSONAL`: "and if shes sick in it?"
after asking the recovery position). Probe 9 (a conversation probe of the session of 2026-12-04
evening), BENCHMARKS section 9.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.safety import mention, patterns
from app.safety.detector import Detector
from app.safety.informed import PERSONAL, reported
from app.safety.plain import REACTION
from app.safety.wording import DANGER, FIRST_PERSON, QUESTION, SHORT, TELLS, URGENT, length

ENABLED = True
# A remark on the answer: thanks, surprise, understanding.
REMARK = re.compile(
    r"^\W*(?:(?:wait|thx|thanks|thank you|ty|cheers|cool|great|nice|perfect|helpful"
    r"|that'?s helpful|thats helpful|that helps|makes sense|got it|fair enough|ok|okay|k|really"
    r"|true|oh|ah|i see|interesting|wow|huh|so|then|good to know|noted|gotcha"
    r"|(?:that'?s|thats|so) (?:wild|crazy|insane|mad|scary|sad|nuts)"
    r"|never thought of (?:it|that)(?: (?:that|this) way| like that)?|didn'?t know that"
    r"|didnt know that|learn something new every day|(?:that|it) makes sense"
    # ... or a figure that surprised told otherwise (probe 23: "wow didnt know it was that high")
    r"|didn'?t know (?:it|they) (?:was|were|is|are) (?:that|so) (?:high|low|common|rare|many|few"
    r"|bad|widespread)"
    # ... a claim answered ("oh ok so thats a myth then"), a figure that surprised ("thats way
    # higher than i thought": probe 11, a development probe of the session of 2026-12-04 night)
    r"|(?:that'?s|thats|its|it'?s) (?:(?:just |all )?a myth|true|not true|right|wrong|a lie|false)"
    r"|(?:that'?s|thats) (?:way |much |a lot |so |far )?(?:higher|lower|more|less|fewer|bigger"
    r"|smaller|worse|better) than i (?:thought|expected|imagined|realised|realized|guessed)"
    # ... or a grade told ("got an A btw" after an essay on self-harm for a class, probe 25)
    r"|(?:i )?(?:got|get|getting) (?:an? )?(?:a\+?|a\*|b\+?|first|distinction|merit"
    r"|high distinction|full marks|100%?|good (?:grade|mark))(?: (?:on|for) it)?|btw|lol|haha"
    r"|aced it|passed"
    # ... or a nudge to go on (conversation probe 44: "hmm go on" after a general question on
    # suicidal thinking)
    r"|hm+|go on|tell me more|say more|keep going|continue|and\?)\W*)+$",
    re.I,
)
# A turn that only reports what the assistant said ("you said they often hide it differently",
# conversation probe 44).
REPORTED = re.compile(
    r"^\W*(?:(?:but|and|so|ok|okay)\W+)?(?:you|u) (?:said|say|mentioned|wrote|told me)\b"
    r"|^\W*(?:(?:but|and|so|ok|okay)\W+)?(?:your|the|that) (?:article|answer|piece|page|post)s?"
    r" (?:said|says|mentioned|mentions|talked about|talks about)\b",
    re.I,
)
# The answer passed on or kept ("thanks, sharing this with my mum's walking group", held-out 42's
# conversations): it may name the reader's own people, never a danger.
SHARE = re.compile(
    r"^\W*(?:(?:thanks|thank you|ty|thx|cheers|great|perfect|ok|okay|brilliant|amazing|super"
    r"|helpful)\W+)*(?:i'?ll |ill |gonna |going to |will |i will |im |i'?m )?(?:share|sharing|send"
    r"|sending|forward\w*|pass\w*|print\w*|screenshot\w*|save|saving|bookmark\w*) (?:this|it|that)"
    r"(?: on)?(?: (?:with|to) (?:my|our|the) [\w' ]{1,40})?\W*$",
    re.I,
)
# Other people, in general ("the most common warning sign someone is thinking about ending it").
OTHERS = re.compile(
    r"\b(?:someone|somebody|someone'?s|somebody'?s|people|a person|a friend|others|teens|teenagers"
    r"|men|women|kids"
    r"|students|ppl|folks|an? (?:teen|teenager|child|kid|student|adult))\b",
    re.I,
)
# "again" at the end of a question that asks to be reminded ("whats the ALGEE acronym again").
REMIND = re.compile(
    r"^(\W*(?:(?:ok|okay|so|and)\W+)*(?:what|whats|what's|how|who|which|where)\b.*?)\s+again\W*$",
    re.I,
)
# A question asked for a case that may come ("what should i say if a friend tells me ...").
# "how would i even know" after how to tell if a teen is cutting: how to recognize it, asked (probe
# 13): the reader's "i" tells nothing of the reader.
ASKS_HOW = re.compile(
    r"^\W*(?:(?:but|and|so|ok|okay|then)\W+)*how (?:would|do|can|could|should|will) (?:i|we)"
    r" (?:even |ever |actually |really )?(?:know|tell|spot|notice|recogni[sz]e|bring it up|ask"
    r"|approach (?:him|her|them)|start|help)\b"
    r"(?:\W+(?:though|tho|then|for sure|if (?:it'?s|its) (?:that|this)))?\W*$"
    # ... or what to say or not to say, asked (probe 23: "and what shouldnt i say" after how to
    # support a friend)
    r"|^\W*(?:(?:but|and|so|ok|okay|then)\W+)*what (?:should|shouldnt|shouldn'?t|do|dont|don'?t)"
    r" i (?:not )?(?:say|do|avoid|ask|tell (?:him|her|them))\W*$",
    re.I,
)
# A question how to raise it with or help someone else ("how do i bring up self harm with my
# teenager without making it worse", probe 23).
SUPPORT = re.compile(
    r"^\W*(?:how (?:do|can|should|would) (?:i|we|you|u|one|people)"
    r"|(?:what'?s|whats|what is) the best way to)"
    r" (?:bring (?:it |this )?up|talk (?:to|with|about)|ask|approach|support|help|raise"
    r"|(?:keep )?check(?:ing)? in"
    r"|respond|react|comfort)\b",
    re.I,
)
# ... or a worry that they take it badly (probe 25: "what if they get mad at me for bringing it up"
# after what to say to a friend who self-harms).
WORRY = re.compile(
    r"^\W*(?:(?:but|and|so|ok|okay|hmm)\W+)*what if (?:they|he|she|my \w+) (?:get|gets|are|is"
    r"|become|becomes|feel|feels)(?: really| super| so)? (?:mad|angry|upset|annoyed|defensive"
    r"|offended|hurt|embarrassed)(?: (?:at|with) me)?(?: (?:for|if|when) (?:bringing (?:it|this) up"
    r"|asking|saying (?:something|anything)|i (?:ask|say (?:something|anything)"
    r"|bring (?:it|this) up)))?\W*$",
    re.I,
)
# Two groups or things compared, bare ("ok and men vs women" after which age group self-harms most,
# probe 59's conversations).
COMPARED = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|what about|how about|hmm)\W+)*[a-z][\w' ]{0,30}?"
    r" (?:vs\.?|versus|v|compared (?:to|with)) [a-z][\w' ]{0,30}\W*$",
    re.I,
)
IF_SOMEONE = re.compile(
    r"\b(?:if|when) (?:a|my|your|someone|somebody|anyone|a person|people|they) (?:\w+ )?"
    r"(?:tells?|says?|is|are|has|seems?)\b",
    re.I,
)

# A turn that names the topic inside a frame: a course or a class, the news or an article, one's
# work with patients (probe 13: "module today was on suicide risk", "we deal with self harm
# patients a lot", "theres a news piece about a celeb who died by suicide"); or signs asked of
# someone in Spanish, French, Portuguese or German ("cuales son las señales de que alguien piensa
# en el suicidio").
# A patient of one's ward or practice told (conversation probe 17 of the session of 2026-12-05: "i
# work on a psych ward", "had a patient try to self harm today but we got it handled"): an overdose
# named in it is a case seen at work, like one in the news (`NEWS`).
WORK = (
    r"\b(?:had|have|got) (?:a|an|one|two|a few|another) (?:\w+ )?"
    r"(?:patient|client|resident|service user)s? (?:who|that|try|tried|attempt\w*)\b"
)
FRAMED = re.compile(
    r"\b(?:module|lecture|class|lesson|course|training|seminar|webinar|workshop|unit|chapter"
    r"|textbook)\b[^.?!]{0,30}\b(?:was|is|on|about|covered|covers)\b"
    r"|\bwe (?:covered|did|learned|learnt|studied|discussed|talked about|went over)\b"
    r"|\b(?:news|news piece|article|story|documentary|doc|podcast|report|headline)\b[^.?!]{0,40}"
    r"\b(?:about|on)\b"
    r"|\b(?:we|i) (?:deal with|see|treat|get|had|have|look after|care for|work with) (?:\w+ ){0,5}"
    r"(?:patients|clients|residents|service users|students|cases)\b"
    r"|"
    + WORK
    + r"|\b(?:staff|teachers|us|everyone|volunteers) (?:\w+ )?(?:trained|training) (?:in|on)\b"
    r"|\b(?:se[ñn]ales|signos|s[íi]ntomas|signes|sinais|anzeichen|warnzeichen)\b[^.?!]{0,30}"
    r"\b(?:alguien|una persona|quelqu'un|une personne|algu[ée]m|uma pessoa|jemand)\b",
    re.I,
)
# The news, an article or a claim read: there an overdose is named as a mention too ("read that
# tylenol overdose is one of the main causes of liver failure", probe 15).
NEWS = re.compile(
    r"\b(?:news|news (?:piece|story)|article|documentary|podcast|headline|celeb\w*|famous|singer"
    r"|actor|rapper)\b|^\W*(?:i )?(?:just )?(?:read|heard|saw) (?:that|somewhere)\b",
    re.I,
)
# The topic's words, blanked before the patterns read what else a framed turn says.
TOPIC_WORDS = re.compile(
    r"\b(?:suicid\w*|self[- ]?harm\w*|self[- ]?injur\w*|rap(?:e|ed|ist)|sexual(?:ly)? (?:assault\w*"
    r"|abuse)|assault(?:ed)?|overdos\w*|automutil\w*|autolesi\w*|suizid\w*|selbstverletz\w*"
    r"|sobredosis|surdose|[üu]berdosis)\b",
    re.I,
)
# ... with nothing told of the reader beside it ("... and ive been having those thoughts").
OWN = re.compile(
    r"\b(?:i'?ve|ive|i have|i had|i keep|i feel|i felt|i want|i wanna|i think|i thought|i cant"
    r"|i can'?t|i do|i did|me|myself|my own|mine|i took|i'?m going|im going|the same|want to"
    r"|wanna)\b",
    re.I,
)
_THAN_I = re.compile(r"\bthan i (?:thought|expected|imagined|realised|realized|guessed)\b", re.I)
# A question about being ready, or about getting others ready, for a case that has not come
# ("how do i get his school to learn the epipen", "what should i do to be prepared if she has one
# around me": held-out 38's conversations, after turns that only asked). It may name the reader
# and the person cared for; never a time or a word of danger (`NOT_YET`).
_CARERS = (
    r"school|teachers?|nursery|daycare|childminder|babysitter|nanny|coach|class|staff|club|grandparents?"
    r"|grandma|grandpa|nan|carers?|friends|family|kids|team|colleagues|coworkers|classmates"
)
READY = re.compile(
    rf"\b(?:be (?:prepared|ready)|prepare (?:for|my|his|her|their|the|myself|ourselves)"
    rf"|(?:get|make|have|help) (?:his|her|their|the|my|our) (?:\w+ )?(?:{_CARERS}) (?:to )?"
    rf"(?:learn|know|train\w*|understand|use|be trained|recogni[sz]e|spot)"
    rf"|(?:teach|train|show|tell) (?:his|her|their|the|my|our) (?:\w+ )?(?:{_CARERS})"
    rf"|(?:care|action|emergency|seizure|allergy|anaphylaxis|safety) plan)\b",
    re.I,
)
READY_WORDS = 18  # such a question says what it prepares for: a little longer than `SHORT`
NOT_YET = re.compile(
    r"\b(?:tonight|now|rn|today|ago|again|yesterday|last night|this morning|earlier|already|just"
    r"|happening|having (?:one|it|a)|started|starting)\b",
    re.I,
)
_TELL_ME = re.compile(r"\btell me more\b", re.I)


def asked_only(detector: Detector, message: str, earlier: Sequence[str]) -> bool:
    """Whether `message` is a short remark or bare question after turns that only asked, or a
    question about being ready for a case to come (`READY`)."""
    if not ENABLED or not earlier or length(message) > READY_WORDS:
        return False
    if READY.search(message) and QUESTION.search(message):
        if NOT_YET.search(message) or DANGER.search(message) or URGENT.search(message):
            return False
        # ... and no earlier turn tells of a time ("my friend is having one right now")
        return all(_only_asks(detector, turn) and not NOT_YET.search(turn) for turn in earlier)
    if length(message) > SHORT:
        return False
    if WORRY.match(message):
        return all(_only_asks(detector, turn) for turn in earlier)
    if SHARE.match(message):
        return not DANGER.search(message) and all(_only_asks(detector, turn) for turn in earlier)
    if not (
        QUESTION.search(message)
        or REACTION.match(message)
        or REMARK.match(message)
        or COMPARED.match(message)
    ):
        return False
    told = REMIND.sub(r"\1", message)  # "whats the antidote called again": asked again
    if REMARK.match(message):  # "than i thought", "tell me more" tell nothing of the reader
        told = message = _TELL_ME.sub(" ", _THAN_I.sub(" ", told))
    if TELLS.search(told) or DANGER.search(message):
        return False
    if FIRST_PERSON.search(message) and not ASKS_HOW.match(message):
        return False
    if PERSONAL.search(message) and not ASKS_HOW.match(message):
        return False  # someone named ("and if shes sick in it?" after a how-to)
    return all(_only_asks(detector, turn) for turn in earlier)


def _only_asks(detector: Detector, turn: str) -> bool:
    """A turn that asks in general and tells no danger of its own, or reports what the
    assistant said (`REPORTED`) with no pattern of its own."""
    found = patterns.match(turn)
    if not found and REPORTED.match(turn):
        return True
    if found:
        return mention.informational(turn, found) or _mention_in_general(turn, found)
    if not detector.uses_meaning:
        return patterns.general_question(patterns.normalize(turn))
    read = detector.detect(turn, detector.embedder.embed([turn])[0])
    return not read.crisis or read.informational


def _assault_named(text: str, found: Sequence[str]) -> bool:
    """ "Assaulted" read as sexual assault and as violence, by the topic's word alone (probe 59's
    conversations: "how do you support a friend after they were assaulted, like in general")."""
    return (
        set(found) == {"sexual_assault", "violence"}
        and bool(TOPIC_WORDS.search(text))
        and not patterns.match(TOPIC_WORDS.sub(" ", text))
    )


def _mention_in_general(turn: str, found: Sequence[str]) -> bool:
    """Suicide, self-harm or sexual assault named (or said in other words) in a general question,
    a claim reported or a case that may come, with no sign of a danger now (`mention`)."""
    text = patterns.normalize(turn)
    news = bool(NEWS.search(text) or re.search(WORK, text, re.I))
    if (
        (FRAMED.search(text) or news)
        and set(found) <= (mention.CATEGORIES | {"overdose"} if news else mention.CATEGORIES)
        and not OWN.search(text)
        and not mention.METHOD.search(text)
        and not mention.OWN_EXPERIENCE.search(text)
        and not patterns.match(TOPIC_WORDS.sub(" ", text))
    ):
        return True  # the topic named inside a frame, nothing else read in it
    if not set(found) <= mention.CATEGORIES and not _assault_named(text, found):
        return False
    if (
        mention.NOW_OR_OFTEN.search(text)
        or mention.METHOD.search(text)
        or mention.OWN_EXPERIENCE.search(text)
    ):
        return False
    named = bool(mention.MENTION.search(text)) or bool(OTHERS.search(text))
    asked = patterns.general_question(text) or reported(text) or bool(IF_SOMEONE.search(text))
    # ... or a question about others that says nothing of the reader ("what are the warning signs
    # someone is thinking about ending their life", probe 10)
    others = bool(OTHERS.search(text) and QUESTION.search(text)) and not FIRST_PERSON.search(text)
    support = bool(SUPPORT.search(text)) and not OWN.search(text)
    return named and (asked or others or support)
