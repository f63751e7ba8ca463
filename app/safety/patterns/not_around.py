"""The wish not to exist said sideways, by kind rather than by phrase (task 8oo, held-out 35: the
weak kind of every new set). Suicide statements, added to `suicide.STATEMENTS`:

- not planning or expecting to be around, here or alive, with a time or a "much longer" ("i
  dont plan on being around next month", "not planning on being around much longer");
- not being a problem or a burden to anyone for much longer ("i wont be a problem for much
  longer", "soon i wont be anyones problem"), said of oneself or by a person of themself;
- having had enough of, or being sick or tired of, being alive or existing;
- which pills or which way would be the most painless, or the least painful way to go;
- staying around for someone only, and it getting harder ("ill stick around for my dog but its
  getting harder every week").

Never when a trip, an order or a move is told in the message (`_AWAY`: "i dont plan on being
around next month, off to spain"). Left out on purpose: someone else's dying ("my grandad wont
be around much longer") and things that will not be a problem ("this knee wont be a problem for
much longer").
"""

from __future__ import annotations

import re

# A trip, an order, a move or a busy spell anywhere in the message: "not around" is then literal.
_AWAY = (
    r"(?!.*\b(?:holiday|holidays|vacation|trip|travel\w*|abroad|away|flight|flying|moving|move|relocat\w*"
    r"|deliver\w*|parcel|package|order\w*|post|mail|conference|business|busy|camp\w*|festival|offline|signal"
    r"|wifi|exams?|deploy\w*|hospital|surgery|shift|shifts|rota|office|uni|school|term|semester|visit\w*"
    r"|pause|skip|subscription|membership|staying (?:at|with)|going to (?:my|see|stay))\b)"
)
# When: a time ahead, or "much longer".
_WHEN = (
    r"(?:for )?(?:much|very|too) long(?:er)?|for long|long(?:er)?|next (?:\w+ )?(?:week|month|year|summer|winter"
    r"|spring|autumn|fall|christmas|birthday)|by (?:\w+ ){0,2}?(?:christmas|summer|spring|winter|autumn|fall|then"
    r"|the end|next|new year|my birthday|\w+day|(?:the )?weekend|(?:the )?end of (?:the |this )?(?:week|month"
    r"|year))|(?:in|after) (?:a|another|\d+|two|three|a few|a couple(?: of)?)"
    r" (?:\w+ )?(?:days?|weeks?|months?|years?)|any ?more|after (?:this|that|tonight|today)|come (?:\w+ )?"
    r"(?:christmas|summer|spring|winter|autumn|fall|monday|friday|the weekend)|to (?:see|look after|care for"
    r"|take care of|feed|walk|watch|need|use|enjoy|finish)\b"
)
_NOT_PLANNING = (
    r"(?:do ?n'?t|dont|do not) (?:really )?(?:plan|intend|expect|see myself) (?:on |to )?"
    r"|not (?:really )?(?:planning|intending|expecting) (?:on |to )?"
    r"|(?:won'?t|wont|will not|not going to|not gonna|aint gonna|am not going to|'?m not going to|m not gonna) "
)
_NOT_AROUND = (
    rf"^{_AWAY}.*?\b(?:{_NOT_PLANNING})(?:still )?(?:be around|being around|be here|being here|be alive"
    rf"|being alive|be on this earth|being on this earth) (?:{_WHEN})"
)
# A problem or a burden to anyone no longer (of a person: "i", "he", "she", "they").
_BURDEN = r"problem|burden|bother|nuisance|inconvenience|worry|weight|drain|headache|trouble"
_NO_BURDEN = (
    rf"^{_AWAY}.*?\b(?:i|he|she|they|ill|i'?ll|hell|he'?ll|shell|she'?ll) (?:won'?t|wont|will not|will no longer"
    rf"|aint gonna|ain'?t gonna|not gonna|isnt gonna|isn'?t gonna) be (?:a|an|anyones|anyone'?s|your|their|his|her"
    rf"|everyones|everyone'?s|the family'?s|my family'?s|my parents'?) (?:\w+ )?(?:{_BURDEN})s?\b"
    rf"(?: (?:to|for|on) (?:anyone|anybody|you|them|him|her|us|my \w+|the family|everyone|people)(?: guys| all| lot)?)?"
    r"(?: (?:for )?(?:much|very|too) long(?:er)?| for long| long(?:er)?| any ?more| soon)"
    rf"|\b(?:soon|shortly|before long)\W+(?:i|he|she|they) (?:won'?t|wont|will not|will no longer) be (?:a|an|anyones"
    rf"|anyone'?s|your|their|everyones|everyone'?s) (?:\w+ )?(?:{_BURDEN})s?\b"
    # ... or quoted without a subject (held-out 45, a development probe: "my roommate has been saying
    # stuff like 'won't be a problem much longer' and gave me her laptop")
    rf"|^{_AWAY}.*?\b(?:saying|says|said|keeps? saying|posting|posted|texting|texted|wrote|writing)(?: stuff| things"
    rf"| something)?(?: like)?\W+(?:won'?t|wont|will not|not gonna) be (?:a|an|anyones|anyone'?s|your|everyones"
    rf"|everyone'?s) (?:\w+ )?(?:{_BURDEN})s?\b(?: (?:to|for) (?:anyone|anybody|you|them|us|everyone))?"
    r"(?: (?:for )?(?:much|very|too) long(?:er)?| for long| any ?more| soon)"
    # ... or the time told first ("after my sisters wedding on the 14th i wont be a problem for
    # anyone", probe 26 of the fourth session of 2026-12-05)
    rf"|^{_AWAY}.*?\b(?:after|once|from|come|by) [^.?!]{{0,40}}?\bi (?:won'?t|wont|will not|will no longer) be"
    rf" (?:a|an|anyones|anyone'?s|your|everyones|everyone'?s) (?:\w+ )?(?:{_BURDEN})s?\b"
    r"(?: (?:to|for) (?:anyone|anybody|you|them|us|everyone|my \w+)(?: guys| all| lot)?)?\W*$"
)
# Enough of being alive.
_ENOUGH = (
    r"\b(?:had|have had|'?ve had|ve had|ive had|youve had|you'?ve had|had just) (?:just )?(?:about )?enough of"
    r" (?:being alive|existing|living|life|being here|breathing|waking up)\b(?! (?:in|at|on|with|near|off|like that"
    r"|under|next|paycheck|here))"
    r"|\b(?:sick|tired|done|fed up|weary|exhausted|over) (?:of|with) (?:being alive|existing|being here|waking up"
    r"|still being alive|still being here)\b"
)
# Which pills or which way would be the most painless ("which pills would be the most painless").
_MEANS = r"pills?|tablets?|meds|medications?|drugs?|overdoses?|ods?|ways?|methods?|options?"
_PAINLESS = (
    rf"\b(?:which|what|the|most|least) (?:\w+ )?(?:{_MEANS}) (?:would|could|will|might|is|are) (?:be )?(?:the )?"
    r"(?:most|least) (?:painless|painful|peaceful|gentle)\b(?! to (?:swallow|take|get down|inject|remove|get off))"
    r"|\b(?:painless|least painful|most peaceful|peaceful|quickest|gentlest) (?:\w+ )?(?:ways?|methods?) to go\b"
    r"(?! (?:about|to|for|through|with|back|home|out|on|over|shopping))"
    rf"|\b(?:which|what) (?:\w+ )?(?:{_MEANS}) (?:would|could) (?:be )?(?:the )?(?:least painful|most painless)"
    r" way to go\b"
)
# Staying around only for someone, and it getting harder.
_STAYING_FOR = (
    r"\b(?:stick(?:ing)?|stay(?:ing)?|hang(?:ing)?|hold(?:ing)?|keep(?:ing)?) (?:around|on|alive|here|going)"
    r" (?:only |just )?for (?:[^.?!]{0,30}?)\b(?:but|and|though|tho)\b[^.?!]{0,20}?\b(?:its|it'?s|it is|it gets|gets"
    r"|getting|it'?s getting|its getting) (?:so |much |a lot |a bit )?harder"
    r"|\b(?:stick(?:ing)?|stay(?:ing)?|hang(?:ing)?|hold(?:ing)?) (?:around|on|alive|here) (?:only |just )?for"
    r" [^.?!]{0,30}?\b(?:not sure|dont know|don'?t know|no idea) how (?:much )?long(?:er)? i (?:can|will|could)\b"
)

# Gone by morning, said of oneself with no trip named (held-out 80: "idk why im even typing this,
# ill be gone by morning").
_GONE_BY_MORNING = (
    rf"^{_AWAY}.*?\b(?:i'?ll|ill|i will|i'?m|im|i am|i'?d|id) (?:be |probably be |already be )?gone by (?:the )?"
    r"(?:morning|sunrise|dawn|tomorrow)\b"
    # ... or by next week, "anyway", after a question about something else (seed held-out 56, a
    # development set of the second session of 2026-12-07: "what foods raise dopamine, not that it
    # matters ill probably be gone by next week anyway"), never with a job, work or leave told
    rf"|^{_AWAY}(?!.*\b(?:job|work|leave|town|home|off|ooo|gig|tour|course|training)\b).*?\b(?:i'?ll|ill|i will"
    r"|i'?m gonna|im gonna|i'?m going to|im going to) (?:probably |prob |likely |just |already |hopefully )?be gone"
    r" by (?:next|the end of (?:the|this|next)) (?:week|month|weekend)\b"
)
# ... or someone posting or saying things about not being here by a time (held-out 91, development
# data since the second session of 2026-12-07: "my mates been posting really dark stuff about not
# being here by friday").
_POSTING_NOT_HERE = (
    rf"^{_AWAY}.*?\b(?:posting|posted|posts|saying|said|says|talking|talks|talked|texting|texted|messaging"
    r"|writing|wrote|tweeting|tweeted|joking|joked)\b[^.?!]{0,40}?\babout (?:not|no longer) (?:being|gonna be|going"
    rf" to be) (?:around|here|alive) (?:{_WHEN})"
)

STATEMENTS = [
    _NOT_AROUND,
    _NO_BURDEN,
    _ENOUGH,
    _PAINLESS,
    _STAYING_FOR,
    _GONE_BY_MORNING,
    _POSTING_NOT_HERE,
]

# An accident wished for is the wish to die, not violence from someone ("i keep wishing a car
# would hit me"): `patterns` blanks it before the violence patterns read the message.
ACCIDENT_WISHED = re.compile(
    r"\b(?:wish\w*|hop(?:e|es|ed|ing)|pray\w*|want\w*|dream\w*|daydream\w*|think\w* about)(?: that)? (?:a|the|some"
    r"|one of the|any) (?:\w+ )?(?:car|cars|bus|buses|truck|lorry|train|van|tram|taxi|driver|plane|meteor|asteroid"
    r"|lightning(?: bolt)?|piano|tree|wave) (?:would |will |could |might |to |'?d )?(?:just )?(?:hit|hits|run me over"
    r"|runs me over|crash\w* into|kill|kills|take|takes|flatten\w*|end) me\b",
    re.I,
)
