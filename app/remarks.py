"""A message that asks nothing: thanks, with or without a word of praise ("thanks that was really
helpful", "ok thank you, that helps"). Its words ("helpful", "helps") are no question: a quote
chosen for them answers nothing, so the reply is the one "thanks" alone gets. A message that
thanks and then asks ("thanks, but does it work for anxiety?", "thank you! is it safe with
sertraline") is a question as any other. Nor does a request to reach a person ("can i talk to a
real doctor", "is there a nurse i can chat with", "i want to speak to a human"): no passage
answers it, and "doctor" reached the dopamine article's sentence on what a healthcare provider
looks for; the reply says the articles do not cover it and, as always, to ask a healthcare
professional.

Small talk (`small_talk`): a greeting ("hey", "hi there"), thanks, a goodbye ("ok bye", "thanks,
take care") or a bare acknowledgement ("ok got it", "makes sense") asks nothing of the articles;
the reply says so in a word of its own (`app.texts.REMARKS`) instead of "our articles do not cover
this question". The whole message must be small talk: "hi, i want to die" and "hey whats
dopamine" are read as any message, and the crisis detector reads every message whatever it is
(a crisis reply shows the guidance, never the remark). Two more kinds (fifth session of
2026-12-03): a request to say the last reply in other words ("can you explain that simpler",
"what do you mean", "lol what") gets a word on why it cannot (it only quotes), and a question
about the assistant itself ("are you a real doctor", "am i talking to a bot") a word on what it
is; both had "Our articles do not cover this question" or "Our articles don't mention
“simpler”".
"""

from __future__ import annotations

import re

from app.concepts import WEB_ADDRESS, key_concepts

THANKS = re.compile(
    r"^\W*(?:(?:ok|okay|oh|great|cool|awesome|perfect|wow|right|alright)\W+)*"
    r"(?:thanks|thank\s+(?:you|u)|thx|thanx|ty|cheers|much\s+appreciated)\b",
    re.I,
)
# A question after the thanks: a question mark, a question word, or an auxiliary opening a clause.
ASKS = re.compile(
    r"\?|\b(?:what|whats|what's|how|why|when|where|which|who|whom)\b"
    r"|(?:^|[,;:.!]|\b(?:but|and|so|also|just)\b)\s*"
    r"(?:is|are|can|could|does|do|did|should|would|will|may|might|r)\b",
    re.I,
)


_LAST = r"\W*$"
GREETING = re.compile(
    r"^\W*(?:hi+|hey+|hello+|helo|hiya|heya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|hola|bonjour|salut|hallo|ciao|ol[aá]|namaste)"
    r"(?:\W+(?:there|again|all|everyone|bot|assistant|team|guys|friend|folks))*" + _LAST,
    re.I,
)
BYE = re.compile(
    r"^\W*(?:(?:ok|okay|thanks|thank\s+(?:you|u)|thx|ty|cheers|great|cool)\W+)*"
    r"(?:bye+|bye\s+bye|goodbye|good\s*bye|see\s+(?:ya|you)(?:\s+later)?|cya|good\s*night|take\s+care"
    r"|later|gotta\s+go|have\s+a\s+(?:good|nice)\s+(?:day|one|night)"
    # "no thanks", "nope thats all", "im good": nothing more to ask
    r"|(?:no|nope|nah)(?:\W+(?:thanks|thank\s+(?:you|u)|thx|ty|thats\s+all|that'?s\s+all|im\s+good"
    r"|i'?m\s+good|all\s+good|im\s+fine|i'?m\s+fine|not\s+now))*|(?:thats|that'?s)\s+all(?:\s+for\s+now)?"
    r"|i'?m\s+good|im\s+good|all\s+good)" + _LAST,
    re.I,
)
_ACK = (
    r"(?:ok+|okay|okey|k|kk|got\s+it|gotcha|cool|alright|all\s+right|i\s+see|great|nice|perfect"
    r"|understood|makes\s+sense|good\s+to\s+know|fair\s+enough|sounds\s+good|noted|lol|haha|hmm+)"
)
_THANKS = r"(?:thanks|thank\s+(?:you|u)|thx|thanx|ty|cheers)"
ACK = re.compile(rf"^\W*{_ACK}(?:\W+(?:{_ACK}|{_THANKS}))*" + _LAST, re.I)


# A request to say the last reply again in other words, or not understanding it ("can you explain
# that simpler", "what do you mean", "lol what", "tldr"): the assistant only quotes, so it cannot.
_PLAINER = (
    r"(?:simpler|simply|easier|plainer|in\s+plain(?:er)?\s+(?:english|words|language)"
    r"|in\s+(?:simple|simpler|easy|easier|other|normal|layman'?s?|laymans)\s+(?:words|terms|english)"
    r"|like\s+i'?m\s+(?:5|five|a\s+kid)|for\s+a\s+(?:kid|child|5\s+year\s+old))"
)
# The same manner asked inside a question ("what is depression in simple words", "whats dopamine
# deficiency mean in plain english"): how to say it, not what to find. `searched` leaves it out of
# the text retrieval embeds; the quotes are the articles' words whatever manner is asked.
_MANNER = re.compile(
    r"[,;:-]?\s*\b(?:(?:explain(?:ed)?|put|said|say)\s+)?(?:like\s+|just\s+|but\s+)?(?:in\s+(?:simple|simpler|plain(?:er)?"
    r"|easy|easier|normal|everyday|basic|layman'?s?|laymans)\s+(?:words|terms|english|language)|like\s+i'?m\s+(?:5|five"
    r"|a\s+kid)|for\s+a\s+(?:kid|child|5\s+year\s+old)|eli5)\b[?.!]*",
    re.I,
)


def searched(question: str) -> str:
    """The question as retrieval reads it: without the manner of saying asked in it ("in simple
    words", "explain like im 5"), which drew passages on other things that share no topic word
    (seed held-out 48: "what even is depression in simple words" missed the sentence that
    defines depression in twelve seed files, "what is depression" found it first). The question
    itself when nothing else is left."""
    rest = " ".join(_MANNER.sub(" ", question).split())
    return rest if re.search(r"\w", rest) else question


REPHRASE = re.compile(
    r"^\W*(?:(?:lol|haha|sorry|um+|uh+|hm+|wait|ok|okay|but|so|and)\W+)*"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:explain|say|put|word|rephrase"
    r"|summari[sz]e|simplify|break\s+down|dumb\s+down|repeat)(?:\s+(?:that|it|this|this\s+one"
    r"|that\s+one|down|again))*(?:\s+" + _PLAINER + r")?(?:\s+(?:please|pls|plz))?"
    r"|(?:explain|say|put|rephrase|summari[sz]e|simplify)\s+(?:that|it|this)(?:\s+again)?(?:\s+"
    + _PLAINER
    + r")?(?:\s+(?:please|pls|plz))?"
    r"|what\s+(?:do|does)\s+(?:you|u|that|it|this)\s+mean|what\s+(?:is|does)\s+that\s+(?:mean|even\s+mean)"
    r"|(?:i|im|i'?m)\s+(?:don'?t|dont|do\s+not|still\s+don'?t|still\s+dont)\s+(?:understand|get\s+it|get\s+that)"
    r"|(?:i'?m|im)\s+(?:confused|lost)|(?:that|this)\s+(?:is|was|makes)\s+(?:confusing|no\s+sense)"
    r"|(?:too\s+long|tl;?dr|eli5)|what\??|huh\??|come\s+again)" + _LAST,
    re.I,
)
# A question about the assistant itself ("are you a real doctor", "am i talking to a bot", "who
# are you"): no passage answers it.
ABOUT_ME = re.compile(
    r"^\W*(?:(?:hi|hey|hello|ok|okay|so|wait|lol|um+)\W+)*"
    r"(?:(?:are|r)\s+(?:you|u)\s+(?:a\s+|an\s+)?(?:real\s+|actual\s+|actually\s+(?:a\s+)?|even\s+(?:a\s+)?)?"
    r"(?:doctor|dr|doc|nurse|human|person|bot|robot|ai|chat\s?bot|chatgpt|real|machine|computer|program)"
    r"|(?:am\s+i|is\s+this)\s+(?:talking|chatting|speaking)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:real\s+)?"
    r"(?:person|human|bot|robot|ai|doctor|machine)"
    r"|is\s+this\s+(?:a\s+|an\s+)?(?:bot|robot|ai|chat\s?bot|chatgpt|real\s+person|human)"
    r"|who\s+(?:are|r)\s+(?:you|u)|what\s+(?:are|r)\s+(?:you|u)|who\s+am\s+i\s+(?:talking|chatting)\s+(?:to|with))"
    + _LAST,
    re.I,
)

# The reader says the last reply did not help ("you are useless", "that didnt help at all", "this
# is wrong", "not what i asked", "stupid bot"): about the assistant or its reply, never about the
# reader ("im useless" is read as any message, and the crisis detector reads every message).
_YOU = r"(?:you|u|ya|this|that|this\s+(?:bot|thing|app|chat|answer|reply)|that\s+(?:answer|reply))"
_YOURE = r"(?:(?:thats|that'?s|youre|you'?re|ur|this'?s)\s+)"
_BAD = (
    r"(?:useless|rubbish|garbage|trash|crap|stupid|dumb|pointless|wrong|no\s+help|not\s+helpful"
    r"|unhelpful|no\s+use|a\s+joke|broken)"
)
COMPLAINT = re.compile(
    r"^\W*(?:(?:wow|ugh+|omg|lol|meh|well|ok|okay|seriously|honestly|man|bruh|smh)\W+)*"
    r"(?:(?:" + _YOU + r"\s+(?:(?:is|are|was|r)\s+)?|" + _YOURE + r")(?:so\s+|really\s+|totally\s+"
    r"|completely\s+|absolutely\s+|pretty\s+|kinda\s+|such\s+a\s+|a\s+)*"
    + _BAD
    + r"(?:\s+(?:bot|answer|reply|thing))?"
    r"|(?:useless|stupid|dumb|pointless)\s+(?:bot|thing|app|answer|reply|ai)"
    r"|(?:that|this|you|u)\s+(?:did\s*n'?t|didnt|does\s*n'?t|doesnt|do\s*n'?t|dont|did\s+not|does\s+not)"
    r"\s+(?:help|answer\s+(?:my|the)\s+question|make\s+sense)(?:\s+(?:at\s+all|much|me))*"
    r"|(?:that'?s|thats|that\s+is|this\s+is)?\s*not\s+what\s+i\s+(?:asked|meant|wanted)"
    r"|(?:not|no)\s+helpful(?:\s+at\s+all)?"
    r"|(?:(?:this|that|it|what)(?:\s+(?:is|was)|'?s)?\s+)?(?:(?:such\s+)?a\s+)?(?:(?:complete|total|huge)\s+)?"
    r"waste\s+of\s+(?:my\s+)?time)"
    r"(?:\W+(?:lol|smh|ugh+|bro|mate|at\s+all|honestly|tbh))*" + _LAST,
    re.I,
)


# Words that only ask for a view of a link ("is this legit <link>", "thoughts on this <link>",
# "can you check this <link>"): with the link taken off, nothing is asked in words.
ABOUT_A_LINK = frozenset(
    [
        "legit",
        "legitimate",
        "real",
        "true",
        "accurate",
        "safe",
        "reliable",
        "trustworthy",
        "thoughts",
        "thought",
        "opinion",
        "views",
        "view",
        "think",
        "check",
        "look",
        "read",
        "summary",
        "summarize",
        "summarise",
        "article",
        "link",
        "page",
        "site",
        "website",
        "post",
        "video",
        "ok",
        "okay",
        "good",
        "bad",
        "scam",
    ]
)


def only_a_link(message: str) -> bool:
    """The message is a web address with at most words asking for a view of it ("is this legit
    https://...", "what about www.example.com/low-dopamine-diet"): the assistant cannot open it."""
    if not WEB_ADDRESS.search(message):
        return False
    words = [w.lower() for w in key_concepts(WEB_ADDRESS.sub(" ", message))]
    return all(w in ABOUT_A_LINK for w in words)


def small_talk(message: str) -> str:
    """The kind of small talk the whole message is ("greeting", "thanks", "bye", "ack",
    "rephrase": a request to say the last reply in other words, "about": a question about the
    assistant itself, "complaint": the reader says the reply did not help, "link": a web address
    to look at), or "" for a message that asks or tells
    anything."""
    text = message.strip()
    if BYE.match(text):
        return "bye"
    if REPHRASE.match(text):
        return "rephrase"
    if ABOUT_ME.match(text):
        return "about"
    if COMPLAINT.match(text):
        return "complaint"
    if only_a_link(text):
        return "link"
    if asks_nothing(text):
        return "thanks"
    if GREETING.match(text):
        return "greeting"
    if ACK.match(text):
        return "thanks" if re.search(rf"\b{_THANKS}\b", text, re.I) else "ack"
    return ""


def asks_nothing(message: str) -> bool:
    """The message thanks and asks no question ("thanks that was really helpful")."""
    found = THANKS.match(message)
    return bool(found) and not ASKS.search(message[found.end() :])


_LEAD = r"^\W*(?:(?:hi|hey|hello|please|pls|ok|okay|so|um|also)\W+)*"
_WHO = (
    r"(?:(?:a|an|the|some|any|your|real|actual|live|human|qualified|proper|)\s*)*"
    r"(?:doctor|dr|doc|nurse|pharmacist|therapist|counsel+or|human|person|someone|somebody"
    r"|anyone|anybody|expert|professional|specialist|psychiatrist|psychologist|gp|physician"
    r"|agent|staff|member\s+of\s+staff|real\s+person)s?\b"
)
_REACH = (
    r"(?:talk|speak|chat|in\s+touch|get\s+in\s+touch|be\s+put\s+in\s+touch|connect"
    r"|get\s+connected)(?:\s+me)?"
)
PERSON_REQUEST = re.compile(
    _LEAD
    + r"(?:(?:can|could|may|do|how\s+(?:do|can))\s+(?:i|we|you)\s+(?:please\s+)?"
    + r"(?:(?:put\s+me|me)\s+)?"
    + _REACH
    + r"\s+(?:to|with)\s+"
    + _WHO
    + r"|(?:i|we)\s+(?:want|need|would\s+like|wanna|d\s+like|'d\s+like)\s+to\s+"
    + _REACH
    + r"\s+(?:to|with)\s+"
    + _WHO
    + r"|(?:is|are)\s+there\s+"
    + _WHO
    + r"\s+(?:i|we)\s+(?:can|could)\s+"
    + _REACH
    + r"(?:\s+(?:to|with))?)"
    + r"(?P<rest>.*)$",
    re.I,
)


def asks_for_a_person(message: str) -> bool:
    """The message only asks to reach a person ("can i talk to a real doctor?"): nothing more than a
    few words after the request ("... about this", "... please"), and no other question."""
    found = PERSON_REQUEST.match(message.strip())
    if not found:
        return False
    rest = found["rest"]
    return len(rest.split()) <= 4 and not ASKS.search(rest.replace("?", ""))
