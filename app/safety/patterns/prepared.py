"""A question about an emergency asked to be ready for one or to teach others (task 8mm,
held-out 32 to 34): "how do i do the heimlich on a toddler, just want to be prepared", "which signs
of anaphylaxis should i teach my kids teachers about", "quais sao os sintomas de um avc? quero
saber pra minha avo". `patterns.general_question` takes the frame off (`PREPARED`) and reads the
rest as a general question, where the asker of a first-aid how-to is its rescuer, not someone in
danger (`RESCUER`: "how do i do cpr on a baby" names no one once the frame is off).

Never when something is told as happening (`HAPPENING`: "my toddler is choking right now how do i
do the heimlich, want to be ready"), and the statement patterns read the message whatever the
frame. Left out on purpose: the frame told first, before the question ("want to be prepared, how
do i ...") is only read as `asides.AHEAD` and `gates.PURPOSE` read it.
"""

from __future__ import annotations

import re

# People one teaches or prepares for, never the person in danger.
_PEOPLE = (
    r"kids?|children|sons?|daughters?|family|parents?|mum|mom|dad|grandparents?|grandma|grandpa|gran|nan|nana"
    r"|grandad|granddad|grandmother|grandfather|mother|father|mam|mama|papa|elderly \w+"
    r"|nephews?|nieces?|aunt|auntie|uncle|cousins?|sister|brother|siblings|husband|wife|partner|friends?"
    r"|flatmates?|roommates?|housemates?|neighbou?rs?|coworkers|colleagues|staff|team|teachers?|nursery(?: staff)?"
    r"|childminder|babysitters?|nanny|carers?|students|pupils|class|scouts|club|players|swimmers|residents"
    r"|volunteers|patients|grandkids|grandchildren|in-laws"
)
_ASKER = r"(?:i |we )?(?:just |really )?"
# Conditions someone lives with, where an emergency may come some day.
_CONDITION = (
    r"epilepsy|a seizure disorder|asthma|diabetes|type [12] diabetes|a (?:nut|peanut|bee|wasp|shellfish"
    r"|severe|serious) allergy|allergies|a heart condition|angina|copd|heart disease|a pacemaker"
)
_WISH = r"(?:want|wanna|wanted|would like|d like|'d like|trying|tryin|tryna|hoping|need|like|have|going|gonna|planning)"
_END = r"(?=\s*[.?!]*\s*$)"
PREPARED = re.compile(
    # ... to be ready: "just want to be prepared", "wanna be ready just in case"
    rf"[,;:.?-]?\s*\b{_ASKER}{_WISH} (?:to )?be (?:prepared|ready)(?: (?:just )?in case| for (?:emergencies"
    rf"|anything|the future|the worst|when (?:\w+ ){{1,3}}?(?:comes?|arrives?|is born|starts?|visits?))"
    rf"| as a (?:new|first[- ]time) \w+| before (?:the|my|our) (?:\w+ ){{1,2}}?(?:arrives|comes|is born|starts)"
    # ... or now that a child is in the house (held-out 50, a development probe: "..., want to be
    # prepared now we have a baby")
    rf"| now (?:that )?(?:we|i) (?:have|'?ve got|got) (?:a|an|our|my) (?:new |little )?(?:baby|newborn|toddler|kid"
    rf"|child|little one|grandchild|grandbaby)"
    # ... or a new baby named after it (held-out 42: "i want to be prepared, new baby")
    rf"|,? (?:(?:we have|we'?ve got|got|with) )?(?:a )?(?:new|newborn) (?:baby|born|grandchild|grandbaby|niece|nephew)"
    rf"(?: (?:at home|in the house|on the way))?| ?,? (?:a )?baby on the way)?{_END}"
    rf"|[,;:.?-]?\s*\b(?:just |asking )?(?:in case|for future reference)(?: it ever happens| (?:i|we) ever need (?:it|to))?{_END}"
    # ... to teach or tell others: "want to teach my mum", "should i teach my kids teachers about"
    rf"|[,;:.?-]?\s*\b{_ASKER}{_WISH} to (?:teach|show|train|tell|remind) (?:my|our|the|his|her) (?:\w+ ){{0,2}}?"
    rf"(?:{_PEOPLE})\b(?: (?:about (?:it|this|them|that)|how|too|as well))?{_END}"
    rf"|\b(?:should|can|could|do|would|must) (?:i|we) (?:teach|show|tell|train|remind) (?:my|our|the|his|her) (?:\w+ ){{0,2}}?"
    rf"(?:{_PEOPLE})\b(?: (?:about|to (?:spot|recogni[sz]e|look (?:out )?for|watch (?:out )?for|know)))?{_END}"
    rf"|^\s*how (?:do|should|can|would|could) (?:i|we) (?:teach|show|train) (?:my|our|the|his|her) (?:\w+ ){{0,2}}?"
    rf"(?:{_PEOPLE}) (?:to|how to)\b"
    # ... or to learn for one's job or course (held-out 77, a development set of the session of
    # 2026-12-06: "what should you do if someone is choking, want to learn for my job")
    rf"|[,;:.?-]?\s*\b{_ASKER}(?:want|wanna|wanted|would like|need|have) to (?:know|learn)(?: (?:it|this|them|that))?"
    rf" (?:for|because of|cos of) (?:my|our|the|a) (?:new )?(?:job|work|course|class|exam|role|training|shift"
    rf"|placement|internship){_END}"
    # ... or to know for someone: "want to know for my nephew"
    rf"|[,;:.?-]?\s*\b{_ASKER}(?:want|wanna|wanted|would like|need) to (?:know|learn)(?: (?:it|this|them|that))?"
    rf" (?:for|because of|cos of|cause of) (?:my|our) (?:\w+ ){{0,2}}?(?:{_PEOPLE})\b{_END}"
    # ... or for someone said to live with the condition, and to help or mind them (held-out 59 and
    # 60, development probes of the third session of 2026-12-05: "what does a seizure look like? my
    # cousin has epilepsy and i want to know how to help", "..., my nephew has epilepsy and i babysit
    # sometimes")
    rf"|[,;:.?-]?\s*\b(?:(?:my|our) (?:\w+ ){{0,2}}?(?:{_PEOPLE}|bf|gf|boyfriend|girlfriend|son'?s \w+"
    rf"|daughter'?s \w+)|(?:he|she|they)) (?:has|have|lives with|was diagnosed with|got diagnosed with)"
    rf" (?:{_CONDITION})(?:,? (?:and|so) (?:i |we )?(?:(?:want|wanna|need|would like|'?d like) to (?:know|learn)"
    rf"(?: what to do| how to help(?: (?:him|her|them|out))?)|(?:babysit|look after|mind|care for|watch|sit for)"
    rf"(?: (?:him|her|them))?(?: (?:sometimes|often|a lot|on weekends|every \w+|after school))?)"
    # ... or a plan wanted ready (held-out 62, a development probe of the fourth session of
    # 2026-12-05: "how long is too long for a seizure? my son has epilepsy and i want a plan ready")
    rf"|,? (?:and|so) (?:i |we )?(?:want|wanna|need|would like|'?d like) (?:to (?:have|make|get) )?(?:a plan"
    rf"|an? (?:action|care|seizure|emergency) plan)(?: (?:ready|in place|sorted|made))?)?{_END}"
    # ... or a child about to start nursery or school (probe 70, a development probe of the second
    # session of 2026-12-07: "what does an anaphylactic reaction look like, my kid starts nursery and
    # i want to know")
    rf"|[,;:.?-]?\s*\b(?:my|our) (?:kid|son|daughter|child|baby|toddler|little one|lo) (?:starts?|is starting|begins?"
    rf"|is going to|goes to) (?:nursery|daycare|school|preschool|kindergarten|reception|childcare)(?: \w+)?"
    rf" (?:and|so) (?:i |we )?(?:want|wanna|need|would like|'?d like) to (?:know|learn|be ready|be prepared){_END}"
    # ... or asked for someone not in danger (task 8oo: "asking for my parents", "je demande pour mes
    # parents", "pregunto por mis padres", "ich frage für meine eltern", "pergunto pela minha mae").
    rf"|[,;:.?-]?\s*\b(?:(?:i'?m|im|i am) )?(?:just )?asking (?:for|because of|cos of|on behalf of) (?:my|our) (?:\w+ ){{0,2}}?"
    rf"(?:{_PEOPLE})\b{_END}"
    rf"|[,;:.?-]?\s*\b(?:je )?demande (?:pour|pour le compte de) (?:mes|ma|mon|nos|notre) \w+(?: \w+)?{_END}"
    rf"|[,;:.?-]?\s*\b(?:yo )?pregunto (?:por|para) (?:mis|mi|nuestros?|nuestras?) \w+(?: \w+)?{_END}"
    rf"|[,;:.?-]?\s*\b(?:eu )?pergunto (?:pela|pelo|pelas|pelos|para (?:a|o|as|os) |por) ?(?:minha|meu|minhas|meus|nossa|nosso) \w+{_END}"
    rf"|[,;:.?-]?\s*\b(?:ich )?frage (?:f[uü]r|wegen) (?:meine[nmr]?|mein|unsere[nmr]?) \w+{_END}"
    rf"|[,;:.?-]?\s*\b(?:io )?(?:chiedo|domando) per (?:i miei|le mie|mia|mio|mamma|pap[aà]|nonna|nonno) ?\w*{_END}"
    # ... and the same in Portuguese, Spanish, French, Italian and German ("quero saber pra minha
    # avo", "quiero estar preparada", "je veux apprendre a ma mere", "will es meiner oma beibringen").
    r"|[,;:.?-]?\s*\b(?:eu |yo |je |ich )?(?:quero|queria|quiero|quisiera|veux|voudrais|voglio|vorrei|will|m[oö]chte)"
    r" (?:saber|aprender|savoir|apprendre|sapere|imparare|wissen|lernen|estar preparad[oa]|estar list[oa]"
    r"|[eê]tre pr[eê]te?|essere pront[oa]|vorbereitet sein|ensinar|ensinar(?:-lhe)?|ense[nñ]ar(?:le|les)?"
    r"|insegnar(?:lo|la|le|gli)?|(?:\w+ ){0,3}beibringen)(?: (?:isso|isto|esto|eso|lo|[cç]a|le|es|das))?"
    r"(?: (?:pra|para|pour|per|f[uü]r|a|à|al|alla|ao))?(?: (?:a|o|la|el|le|les))?"
    r"(?: (?:minha|meu|minhas|meus|mi|mis|ma|mon|mes|mia|mio|miei|mie|meine[rmn]?|mein|tua|sua) \w+)?"
    + _END,
    re.I,
)
# Something told as happening: then no frame is taken off.
HAPPENING = re.compile(
    # ("is choking" told as happening, never asked as a case: "what should i do if someone is
    # choking, want to be prepared", held-out 46)
    # ("now" of a child in the house is not: "..., want to be prepared now we have a baby", held-out 50)
    r"\b(?:now(?! (?:that )?(?:we|i) (?:have|'?ve got|got) (?:a|an|our|my) )|rn|right now|just now|tonight|currently|at the moment|atm|happening"
    r"|(?<!if someone )(?<!if somebody )(?<!if a person )(?<!if a child )(?<!if a baby )(?<!if anyone )is choking"
    r"|(?<!if people )(?<!if they )are choking"
    r"|choking on|not breathing|isnt breathing|isn'?t breathing|stopped breathing|cant breathe|can'?t breathe"
    # ("unconscious" found as a case is not: "what should i do if i find someone unconscious, i
    # want to be ready", held-out 97)
    r"|turning blue|gone blue|collapsed|passed out|(?<!find someone )(?<!find somebody )(?<!find a person )unconscious|unresponsive|wont wake|won'?t wake|swelling up"
    r"|swollen|stung|(?:he'?s|hes|she'?s|shes|they'?re|theyre) (?:\w+ )?(?:chok\w*|not|turning|gone|fitting"
    r"|seizing|shaking|bleeding|unconscious|passed|collapsed|blue|grey|gray|pale|floppy|limp)|having an? (?:\w+ )?(?:attack|seizure|fit|stroke|reaction)|is having|has just|just (?:ate"
    r"|had|took|swallowed|fell|collapsed|got stung)|agora|ahora|maintenant|adesso|ora|jetzt|gerade)\b",
    re.I,
)
# The asker of a first-aid how-to is its rescuer: "how do i do cpr on a baby" asks "how to".
RESCUER = re.compile(
    r"^\s*how (?:do|should|can|would|could|will) (?:i|we) (?=(?:do|perform|give|use|apply|practi[sc]e|administer"
    r"|put (?:someone|somebody|a person|a child|a baby|them)|help (?:someone|somebody|a person|a child|a baby"
    r"|a toddler))\b)"
    r"|^\s*what (?:should|do|would|can) (?:i|we) do (?=(?:if|when) (?:someone|somebody|a person|a child|a baby"
    r"|a toddler|a kid|an adult|people)\b)"
    # ... or one who finds them (held-out 97: "what should i do if i find someone unconscious, i
    # want to be ready")
    r"|\b(?:if|when) (?:i|we|you) (?:find|see|come across|come upon) (?=(?:someone|somebody|a person|a child|a baby"
    r"|a toddler|a kid|an adult|people)\b)"
    # ... and whom it is given to is anyone: "on a baby", "to an adult" (not "my baby")
    r"|\b(?:on|to|for|with) (?:a|an|any) (?:\w+ )?(?:baby|babies|infant|toddler|child|kid|adult|person)\b",
    re.I,
)


def prepared(text: str) -> bool:
    """Whether the question is asked to be ready for an emergency or to teach others, with
    nothing told as happening."""
    return bool(PREPARED.search(text)) and not HAPPENING.search(text)
