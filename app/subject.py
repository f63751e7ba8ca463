"""What a question asks about: the thing whose effect it asks, or the thing it asks to define.

"does drinking alcohol lower dopamine" asks about alcohol; "can kids have low dopamine" about kids;
"is deep brain stimulation a treatment for parkinsons" and "what is deep brain stimulation" about
stimulation. The subject is the noun phrase between the auxiliary ("does", "can", "is") and the
verb or predicate ("lower", "have", "a treatment"; also a word the verb list lacks that "your",
"my" ... follows: "tank" in "does drinking alcohol tank your dopamine"), cut at its first
preposition ("stress at work": stress); a leading gerund gives way to its object ("drinking
alcohol", "listening to music"); its head is its last word. A question whose subject's head the
articles never mention is not about anything they say, however close a sentence about something
else scores ("Physical activity improves symptoms of depression" for the alcohol question). Out of
scope: parsing; the object of the effect ("does exercise help anxiety": rare words veto on their
own, and lay words for symptoms, "tired", "shaky", are too often paraphrases of what the articles
say) beyond whether the articles use any of its words (`outcome`).

A message may also name what it asks about first and then ask with a pronoun ("low dopamine and
anxiety, are they connected", "deep brain stimulation for parkinsons is it worth it", "running vs
lifting weights, which is better", or as a link: "X and Y, whats the connection": `topic`; every
word of them, `topic_words`); a start that is a clause about the reader ("me and
my wife fight constantly, can that ...", "way too exhausted to exercise, is that ...") names
nothing. Chat's "r" for "are" opens a question too ("r bananas good for dopamine").

Two more parts name what is asked about: the effect after the verb ("your hair fall out",
`outcome`) and the people or time after "for", "while", "during", "vs" ("for my kids", "while
pregnant", `circumstances`; a state told of the reader in one word before the question, "im
pregnant can ...", `state_told`); "in", "at" and "with" are left out ("in older people", "stress
at my job", "messing with my head" are lay words for what the articles say).
"""

from __future__ import annotations

import re

from app.concepts import FUNCTION, WORD
from app.lexical import STOPWORDS

AUX = r"(?:does|do|did|can|could|will|would|might|may|is|are|was|were|r)"  # "r": chat "are"
# The verbs and predicates after which the subject ends ("does X raise ...", "is X linked to ...").
VERBS = (
    r"affect|effect|impact|influence|raise|lower|boost|increase|decrease|reduce|drop|spike|"
    r"elevate|deplete|drain|fry|wreck|ruin|damage|kill|mess|hurt|harm|help|improve|worsen|change|"
    r"cause|trigger|release|block|stimulate|produce|fix|treat|cure|prevent|lead|make|give|get|"
    r"have|develop|work|count|matter|interfere|play"
)
VERB = rf"(?:{VERBS})(?:s|es|ed|d|ing)?"
PREDICATE = (
    # ("involved": "is it involved in feeling good too", seed held-out 28)
    r"(?:good|bad|linked|related|connected|tied|associated|involved|implicated|responsible|"
    r"safe|effective|helpful|harmful|"
    # ("addictive": "is sugar addictive because of dopamine", seed held-out 50)
    r"addictive|addicting|habit[- ]forming|dangerous|toxic|unhealthy|healthy|"
    r"better|worse|(?:a|an|the)\s+(?:[a-z]+\s+)?"  # "a quick fix", "a real cure"
    r"(?:treatment|cure|cause|sign|symptom|risk|way|fix|form|type))"
)
# Words before "your" that are not verbs ("does working out before your shift help").
PREPOSITIONS_BEFORE = frozenset(
    ["before", "after", "about", "with", "from", "into", "during", "for", "while", "without"]
    + ["than", "like", "off", "out", "over", "under", "through", "around", "all", "and", "but"]
)
EFFECT = re.compile(
    rf"^\W*(?:(?:so|and|but|ok|okay|also)\W+)*{AUX}\s+(?P<x>[^?.!,;]+?)\s+"
    rf"(?:{VERB}|(?:really|actually|also|even)\s+{VERB}|{PREDICATE}"
    # "does drinking alcohol tank your dopamine": a word the list lacks, then whose the thing is
    # ... or a phrasal verb ("does eating sugar burn out your dopamine": seventh session of
    # 2026-12-03)
    rf"|(?P<v>(?!{'|'.join(sorted(PREPOSITIONS_BEFORE))}\b)[a-z]{{3,}})"
    r"(?=(?:\s+(?:out|up|down|off))?\s+(?:your|ur|my|his|her|their|our)\b))\b",
    re.I,
)
# A verb right after the verb: the first may be a noun of the subject ("does self harm affect").
NEXT_VERB = re.compile(rf"\s+(?:{VERB})\b", re.I)
# ... unless the first is "help", which takes a bare verb ("do nuts help raise dopamine").
HELPS = re.compile(r"(?:help|helps|helped|helping)\Z", re.I)
# "what is deep brain stimulation", "what are cold plunges": a name, not "the best diet" or "it".
DEFINE = re.compile(
    r"^\W*(?:(?:what|wat)\s+(?:is|are)|what's|what’s|whats)\s+(?:an?\s+)?(?P<x>(?!(?:the|it|this|that|"
    r"these|those|they|my|your|his|her|their|its|there|a|an)\b)[^?.!,;]+?)\s*(?:for\b|[?.!]|$)",
    re.I,
)
ASIDE = re.compile(r"\([^)]*\)")  # "does coke (the drug not the drink) wreck ..."
# "is magnesium supposed to help": a frame between the subject and its verb, not a word of it.
FRAME = re.compile(
    r"\b(?:supposed|meant|going|known|said|proven|shown|thought|believed)\s+to\b", re.I
)
# "every night", "most weekends", "in my 20s": when or how often, not what is asked about ("at
# night" is left out: "is it worse at night" asks about the night).
TIME = re.compile(
    r"\b(?:every|each|most|some|many|per|a|last|this|next|few)\s+(?:single\s+)?"
    r"(?P<t>nights?|days?|mornings?|evenings?|afternoons?|weekends?|weekdays?|weeks?|months?"
    r"|years?)\b|\bin\s+(?:my|your|his|her|their|our|ur|the)\s+(?:early\s+|late\s+)?"
    r"(?P<d>\d0s|\d0's|teens|twenties|thirties|forties|fifties|sixties)\b",
    re.I,
)
MAX_WORDS = 4  # "listening to loud music"; longer is a clause ("the tiredness stay after ...")
PREPOSITIONS = frozenset(
    ["at", "of", "in", "on", "for", "from", "with", "to", "during", "after", "before", "about"]
    + ["like", "by"]
)
OWNERS = frozenset(["my", "ur", "your", "his", "her", "our", "their"])
STATES = frozenset(["being", "feeling", "becoming", "staying"])
GERUND = re.compile(r"[a-z]{3,}ing$", re.I)
ADVERB = re.compile(
    r"[a-z]{3,}ly$|(?:too|tho|though|anyway|even|just|only|still|also)$", re.I
)  # "exactly", "really"


# "eating lots of sugar", "drinking a lot of coffee": how much of the thing, not what it is.
MUCH = re.compile(
    r"\b(?:lots|loads|tons|heaps|a\s+lot|a\s+bunch|a\s+ton)\s+of\s+|\b(?:too|so)\s+much\s+(?=\w)",
    re.I,
)


def subject(question: str) -> str:
    """The head word of what a yes/no or "what is" question asks about, as typed ("alcohol",
    "kids", "stimulation"); "" when it has none or it is a function word ("you", "people")."""
    plain = MUCH.sub("", FRAME.sub(" ", ASIDE.sub(" ", question)))
    found = EFFECT.search(plain) or DEFINE.search(plain)
    if found and len(WORD.findall(found["x"])) > MAX_WORDS and TIME.search(found["x"]):
        return subject(TIME.sub(" ", plain))  # "having a few beers every night": when, not what
    if not found:
        return ""
    if found.re is EFFECT and NEXT_VERB.match(plain, found.end()) and not _helps(found):
        return ""  # "does self harm affect", "does brain damage lower": which word is the verb?
    words = [w for w in WORD.findall(found["x"]) if not ADVERB.match(w)]
    if found.re is EFFECT and found["v"] and words and words[0].lower() in OWNERS:
        return ""  # "will my gp test my dopamine": a person of the reader's, by a lay word
    if not words:
        return ""  # adverbs alone: "can barely get words out"
    if len(words) > MAX_WORDS or (len(words) == 1 and GERUND.match(words[0])):
        return ""  # a clause, not a name; a bare activity ("running") may be a lay word for one
    if words[0].lower() in STATES:
        return ""  # "being really tired": a state, often a lay word for a symptom (fatigue)
    for at, word in enumerate(words):
        if word.lower() in PREPOSITIONS and at:
            words = _after_gerund(words, at)
            break
    return _head(words)


ALTERNATIVES = re.compile(r"\s+(?:or|/)\s+|\s*/\s*", re.I)


def subjects(question: str) -> list[str]:
    """The head of each thing a question asks about as alternatives ("showers", "baths" in "do
    cold showers or ice baths boost dopamine": each read as `subject` reads one); one head, as
    `subject` gives it, for any other question."""
    plain = FRAME.sub(" ", ASIDE.sub(" ", question))
    found = EFFECT.search(plain) or DEFINE.search(plain)
    if not found or not ALTERNATIVES.search(found["x"]):
        return [subject(question)]
    before, after = plain[: found.start("x")], plain[found.end("x") :]
    return [subject(before + part + after) for part in ALTERNATIVES.split(found["x"])]


# The end of the effect asked about: "is restless legs worse at night and why", "..., or not".
OUTCOME_END = re.compile(
    r"[?.!,;]|\s(?:and\s+(?:why|how|what|when)|or|because|since|if|when|like)\b", re.I
)


def outcome(question: str) -> str:
    """The effect a yes/no question asks about, after its verb or predicate, as typed ("your hair
    fall out" in "can low dopamine make your hair fall out", "at night" in "is restless legs worse
    at night and why"); "" when the question asks about no effect."""
    plain = FRAME.sub(" ", ASIDE.sub(" ", question))
    found = EFFECT.search(plain)
    if not found:
        return ""
    rest = plain[found.end() :]
    end = OUTCOME_END.search(rest)
    return rest[: end.start()] if end else rest


# "safe while pregnant", "is that ok for my kids", "different for women vs men", "during a fever",
# "more common in men":
# who or when the question asks about, beyond its subject.
OWNER = r"(?:my|your|his|her|our|their|ur)"
CIRCUMSTANCE = re.compile(
    r"(?:\b(?:while|during|vs|versus)\s+(?:(?:a|an|the|u)\s+|" + OWNER + r"\s+)?"
    r"|\b(?:safe|safer|ok|okay|fine|good|bad|different|dangerous|risky|normal|common|suitable)\s+"
    r"for\s+(?:(?:a|an|the|u)\s+|" + OWNER + r"\s+)?|\bfor\s+" + OWNER + r"\s+"
    # "is it more common in men": the group a comparison names
    # "and for kids?", "what about for older people": a follow-up that asks for whom
    r"|^\W*(?:(?:and|but|so|ok|okay)\W+)*(?:(?:what|how)\s+about\s+)?for\s+"
    r"(?:(?:a|an|the|u)\s+|" + OWNER + r"\s+)?"
    r"|\b(?:more|less|most|least)\s+(?:common|likely|frequent|prevalent)\s+(?:in|among)\s+"
    r"(?:(?:a|an|the)\s+|" + OWNER + r"\s+)?)"
    r"(?P<x>[A-Za-z][\w'’-]*)",
    re.I,
)


# "im pregnant can low dopamine affect the baby", "i'm diabetic, is tyrosine ok": a condition of
# the body the reader tells in one word, then the question. Only conditions that change what
# advice applies (general medicine, not any corpus's words); how the reader feels about asking
# ("im curious, ...", "im scared, ...", "im sorry, ...") is no circumstance, nor is "im 34 and ..."
# or "im worried my ..." (no condition in one word before a question).
CONDITIONS = frozenset(
    [
        "pregnant",
        "breastfeeding",
        "nursing",
        "lactating",
        "postpartum",
        "menopausal",
        "perimenopausal",
        "postmenopausal",
        "diabetic",
        "prediabetic",
        "epileptic",
        "asthmatic",
        "anemic",
        "anaemic",
        "hypertensive",
        "hypothyroid",
        "hyperthyroid",
        "celiac",
        "coeliac",
        "vegetarian",
        "vegan",
        "allergic",
        "immunocompromised",
        "obese",
        "overweight",
        "underweight",
        "premenopausal",
        "autistic",
        "bipolar",
    ]
)
STATE_TOLD = re.compile(
    r"^\W*(?:i\s*['’]?\s*m|i\s+am)\s+(?:(?:now|currently|also)\s+)?(?P<x>[a-z][\w'’-]*)[\s,;.]+"
    r"(?=(?:and\s+|so\s+|but\s+)?(?:can|could|does|do|will|would|is|are|should|shall|may|might"
    r"|what|how|why|when|which)\b)",
    re.I,
)


def state_told(question: str) -> str:
    """The condition a message tells of the reader before its question (`CONDITIONS`: "pregnant"
    in "im pregnant can low dopamine affect the baby"), as typed; "" for other messages."""
    found = STATE_TOLD.match(question)
    return found["x"] if found and found["x"].lower() in CONDITIONS else ""


def circumstances(question: str) -> list[str]:
    """The words right after "while", "during", "vs", "for my" or "safe / ok / different ...
    for" (past a determiner), as typed: the people or the time a question asks about ("kids",
    "pregnant", "women", "men"); not after a bare "for" ("going for walks") but at the start of
    a follow-up ("and for kids?", "what about for my dad")."""
    return [m["x"] for m in CIRCUMSTANCE.finditer(ASIDE.sub(" ", question))]


# "is parkinsons genetic", "is it contagious?": a yes/no question that ends on what it asks of its
# subject (one word; "is it a dopamine thing" and "is that a depression sign" end on a noun phrase
# and "is water good to drink" on a clause: all left out).
QUALITY = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:is|are|was|were)\s+(?!(?:there|(?:it|that|this)\s+(?:a|an)|a|an)\b)"
    r"(?:(?!(?:to|for|of|in|with|at|from|on|by|than|during|while|after|before|about|like)\b)[\w'’-]+\s+){1,4}?"
    r"(?:(?:really|actually|always|usually|very|so|that)\s+)?"
    r"(?P<x>[a-z][\w'’-]*)\s*(?:$|[?.!,;])",
    re.I,
)


def quality(question: str) -> str:
    """The last word of an "is X ADJ?" question ("genetic" in "is parkinsons genetic, my dad has
    it"), as typed; "" for other questions."""
    found = QUALITY.match(ASIDE.sub(" ", question))
    return found["x"] if found else ""


# "low dopamine and anxiety, are they connected", "deep brain stimulation for parkinsons is it worth
# it", "running vs lifting weights, which is better": the things asked about are named first, and
# the question refers back to them with a pronoun (or "which", after a choice).
TOPIC_FIRST = re.compile(
    r"^\W*+(?P<x>[^?.!;:]*?[^\s?.!;:,-])(?:\s*+[,:-]\s*+|\s++)(?:so\s+|but\s+)?"
    rf"(?:{AUX}\s+(?:it|they|that|this|these|those|them)\b"
    r"|(?P<which>which|what)\s+(?:one\s+)?(?:is|are|works?|helps?|r)\b"
    # "X and Y, whats the connection", "X and Y is there a link": a link between the things named
    r"|(?:what(?:'s|’s|s|\s+is|\s+are)|wats|is\s+there|are\s+there|any)\s+"
    r"(?:an?\s+|the\s+|any\s+)?(?:connections?|links?|relation(?:ship)?s?|correlations?)\b)",
    re.I,
)
TOPIC_CHARS = 300  # a topic named first is a few short noun phrases: read no further
BETWEEN = re.compile(r"\s*(?:,|\band\b|\bor\b|\bvs\b\.?|\bversus\b|&|\+|/)\s*", re.I)
CHOICE = re.compile(r"\b(?:or|vs|versus)\b", re.I)
# A topic with one of these is a clause about the reader, not a thing named ("me and my wife fight
# constantly, can that cause depression"); nor with a negation ("cant think straight"), nor when
# it opens with a degree ("way too exhausted to exercise": the reader's state) or a question word.
CLAUSE_WORDS = """i im i'm ive i've me my mine you your ur u we our he his him she her they their it
    its cant can't cannot dont don't doesnt doesn't wont won't isnt isn't not never no"""
NOT_FIRST = "what whats wat how why when where which who is are does do can too so very really way"
CLAUSE = frozenset(CLAUSE_WORDS.split())
OPENS_CLAUSE = frozenset(NOT_FIRST.split() + ["super", "kinda", "pretty", "always"])


def topic(message: str) -> list[str]:
    """The head words of the things a message names before the question that refers back to
    them, as typed ("dopamine", "anxiety" in "low dopamine and anxiety, are they connected";
    "stimulation" in "deep brain stimulation for parkinsons is it worth it"); [] when the message
    does not start that way, or its start is a clause (a pronoun, a negation, a state)."""
    found = TOPIC_FIRST.match(ASIDE.sub(" ", message[:TOPIC_CHARS]))
    if not found or (found["which"] and not CHOICE.search(found["x"])):
        return []
    heads = [_topic_head(part) for part in BETWEEN.split(found["x"]) if part.strip()]
    return [] if None in heads else [h for h in heads if h]


def after_topic(message: str) -> str:
    """The question a message asks after the things it names first ("is that connected to dopamine
    at all" in "restless legs at night, is that connected to dopamine at all"); the whole message
    when `topic` finds none. What describes the things named ("at night") is not asked of them."""
    if not topic(message):
        return message
    plain = ASIDE.sub(" ", message[:TOPIC_CHARS])
    found = TOPIC_FIRST.match(plain)
    return plain[found.end("x") :] if found and len(message) <= TOPIC_CHARS else message


def topic_words(message: str) -> list[str]:
    """Every word of the things a message names first (`topic`), not only their heads, as typed
    ("probiotics", "gut", "health" in "probiotics gut health and dopamine, is there a link"); []
    when `topic` finds none."""
    if not topic(message):
        return []
    found = TOPIC_FIRST.match(ASIDE.sub(" ", message[:TOPIC_CHARS]))
    words = [w for part in BETWEEN.split(found["x"]) for w in _topic_kept(part)]
    return [w for w in words if _head([w])]


def _topic_kept(part: str) -> list[str]:
    """The words of one thing named, before its first preposition (past a lone gerund)."""
    words = [w for w in WORD.findall(part) if not ADVERB.match(w)]
    at = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS and i), len(words))
    kept = _after_gerund(words, at) if at < len(words) else words
    return kept[: next((i for i, w in enumerate(kept) if w.lower() in PREPOSITIONS), None)]


def _topic_head(part: str) -> str | None:
    """The head of one thing named ("stimulation" in "deep brain stimulation for parkinsons"); ""
    for a bare activity ("running": maybe a lay word for one of theirs); None for a clause."""
    lows = [w.lower().replace("’", "'") for w in WORD.findall(part)]
    words = [w for w in WORD.findall(part) if not ADVERB.match(w)]
    if not words or CLAUSE & set(lows) or lows[0] in OPENS_CLAUSE:
        return None
    kept = _topic_kept(part)
    if len(kept) > MAX_WORDS or len(words) > 2 * MAX_WORDS:
        return None
    return "" if len(kept) == 1 and GERUND.match(kept[0]) else _head(kept)


def _helps(found: re.Match[str]) -> bool:
    """The verb matched is "help" before another verb ("do nuts help raise"): a helping verb,
    not a noun of the subject; but not after a one-word subject that forms a noun with it ("self
    help")."""
    return bool(HELPS.search(found.group(0))) and found["x"].strip().lower() != "self"


def _after_gerund(words: list[str], at: int) -> list[str]:
    """The words before the first preposition, or, when they are a lone gerund ("listening to
    music"), the words after it. "going" is a function word: "going to the gym" names nothing."""
    if at == 1 and GERUND.match(words[0]) and at + 1 < len(words):
        return words[at + 1 :]
    return words[:at]


def _head(words: list[str]) -> str:
    """The last word of a phrase when it names something (not a function word)."""
    if not words:
        return ""
    head = words[-1]
    low = head.lower().replace("’", "'")
    if low in FUNCTION or low in STOPWORDS or len(low) < 2 or low.isdigit():
        return ""
    return head
