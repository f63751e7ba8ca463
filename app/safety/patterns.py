"""The fast first line: regular expressions per crisis category, in the ways people type them
(lowercase, no apostrophes, common misspellings, past tense, third person, slang) and a few basics in
Spanish, French, German, Portuguese and Italian.

Two kinds of pattern. A *statement* pattern fires wherever it matches ("i took too many pills").
A *topic* pattern names an emergency that people also ask about for information ("heart attack",
"seizure"); it fires unless the message is a general question that names no one ("what happens in a
heart attack" is answered from the articles; "my dad is having a heart attack" is an emergency).
Left out on purpose: negation ("i'm not suicidal" still shows the guidance: a false alarm costs a
paragraph, a miss can cost a life). The meaning-based detector (`app.safety.meaning`) catches what
these miss.
"""

from __future__ import annotations

import re

_ME = r"(?:my ?self|me)"
_THEM = r"(?:him|her|them)sel(?:f|ves)"

STATEMENTS: dict[str, list[str]] = {
    "suicide": [
        r"suicid\w*",
        r"kill(?:ing|ed)? (?:my ?self|" + _THEM + r")",
        r"\bkms\b",
        r"un-?aliv\w*",
        r"off(?:ing)? my ?self",
        r"end(?:ing)? (?:it all|my (?:own )?life|(?:his|her|their) (?:own )?life|things|it tonight)",
        r"take (?:my|his|her|their) (?:own )?life|taking my (?:own )?life",
        r"(?:want(?:s|ed)?|wanna|going|plan(?:ning)?|ready) (?:to )?die\b",
        r"i want to die|i wanna die|wants to die",
        r"(?:don'?t|do not|dont|doesn'?t|doesnt) (?:want|wanna) (?:to )?(?:live|be alive|be here|exist)",
        r"(?:never|not) (?:to )?wake up",
        r"wake up tomorrow",
        r"(?:no|any|the) (?:reason|point) (?:to|in|of)? ?(?:live|living|going on|keep going|anymore)",
        r"what'?s (?:even )?the point(?: anymore| of (?:living|life|anything))",
        r"better off (?:dead|without me|if i (?:was|were) gone)",
        r"(?:rather|better|might as well) be dead|wish(?:es|ed)? (?:i|she|he) (?:was|were) dead",
        r"wish(?:ed)? i (?:was|were|had) never (?:been )?born",
        r"(?:tired|sick) of (?:being alive|living|life)\b",
        r"stop existing|disappear forever|sleep forever",
        r"hang(?:ing)? my ?self",
        r"jump(?:ing)? off (?:a|the|this) (?:bridge|building|roof|cliff)",
        r"(?:goodbye|suicide) (?:note|letter|message)",
        r"(?:painless|easiest|quickest|best) way to die|how (?:can|do|could) i die",
        r"go through with it",
        r"life (?:is|isn'?t|isnt) (?:pointless|not worth|worth) ?living|life is pointless",
        r"(?:planning|plan|want|going|ready) (?:how )?to end it\b|done with (?:life|living|everything)",
        r"(?:better|happier) off without me|happier without me|(?:i'?m|im|i am|feel like) a burden",
        r"(?:thinking|think|thoughts?) (?:about|of) (?:dying|death|killing|ending)",
        r"(?:notice|care|miss me) if i (?:died|was gone|were gone|disappeared)|(?:no|any) way out",
        r"(?:my )?life to be over|standing on (?:the|a) (?:roof|ledge|bridge|edge)",
        r"sav(?:ed|ing) up (?:the |my |all )?(?:pills|meds)|stockpil\w*|(?:the|a) noose|bought (?:a )?rope",
        r"giving (?:all )?(?:my|away my) (?:stuff|things|belongings) away|giving away my",
        r"(?:drive|driving|crash\w*) (?:my car )?into (?:a|the) (?:wall|tree|truck)",
        # es fr de pt it
        r"quiero morir\w*|matarme|no quiero (?:seguir )?vivir|quitarme la vida",
        r"je veux mourir|en finir|me tuer|envie de mourir",
        r"selbstmord|umbringen|nicht mehr leben|will sterben",
        r"quero morrer|me matar|n[aã]o quero mais viver|tirar minha vida",
        r"voglio morire|farla finita|uccidermi|non voglio più vivere",
    ],
    "self_harm": [
        r"self[- ]?harm\w*",
        r"\bi sh\b|\bsh urges?\b",
        r"(?:cut|cutting|cuts|slice[ds]?|slicing|carv(?:e|ed|ing)) (?:my ?self|my (?:arms?|wrists?|legs?"
        r"|thighs?|skin)|" + _THEM + r"|(?:her|his) (?:arms?|wrists?|legs?))",
        r"(?:hurt|hurting|harm|harming|burn|burned|burnt|burning|hit|hitting|punch\w*|scratch\w*"
        r"|bit(?:e|ing)?|bang\w*) (?:" + _ME + r"|" + _THEM + r")\b.{0,40}"
        r"(?:on purpose|until|till|til|when|to hurt)",
        r"(?:hurt|hurts|hurting|harm|harms|harming|burn|burns|burning|scratch\w*) (?:my ?self|"
        + _THEM
        + r")",
        r"(?:my ?self|my skin|my body|me) .{0,40}on purpose|(?:hurt|harm)\w* my own body",
        r"razor blades|cuts on (?:my|his|her) (?:\w+ )?(?:arms?|legs?|wrists?|thighs?)",
        r"cut (?:too )?deep|how deep .{0,20}cut|deeper each time|carv\w* .{0,20}into my",
        r"(?:knife|razor|blade|scissors|lighter|cigarettes?) on (?:my ?self|" + _THEM + r")",
        r"used .{0,15} on my ?self|(?:burning|cutting) my skin|stop cutting|bang\w* my head",
        r"(?:i'?ve been|been|keep|started|kept) cutting|me estoy cortando|cortarme",
        r"(?:urge|want|wanna|wants) to cut|cutting again|the cutting|fresh cuts|my cuts",
        r"on purpose.{0,30}(?:hurt|bleed|burn|cut)|(?:hurt|burn|cut)\w* .{0,25}on purpose",
        r"me corto|me hago da[nñ]o|me lastimo|scarifi\w*|me fais du mal|ritze mich|verletze mich"
        r"|me machuco|me corto|mi taglio|autolesion\w*",
    ],
    "overdose": [
        r"(?:i|i'?ve|ive|he|she|they|just|has|have|had|think i|might have) (?:\w+ )?overdos\w*"
        r"|overdosed|took an overdose|\bod'?d\b|\bod(?:ed|ing)\b",
        r"(?:took|taken|swallowed|ate|eaten|downed|drank|drunk|popped|chewed on|got into)"
        r" .{0,40}(?:pills?|tablets?|meds|medicines?|medication|capsules|prescription|xanax|tylenol"
        r"|paracetamol|ibuprofen|aspirin|codeine|insulin|bottle|all (?:of )?(?:my|her|his))",
        r"too (?:many|much) (?:of )?(?:my |her |his |their )?(?:pills|tablets|meds|medicine|insulin"
        r"|xanax|molly|tylenol)",
        r"(?:swallowed|drank|drunk|ingested|ate|eaten|chewed|got into|had) (?:some |a |an |the )?"
        r"(?:\w+ ){0,2}(?:bleach|detergent|antifreeze|batter(?:y|ies)|cleaner|cleaning|pesticide"
        r"|weed ?killer|rat poison|poison|laundry pod|tide pod|dish ?(?:soap|washer)|lamp oil"
        r"|mushrooms)",
        r"poisoned\b|rat poison|weed ?killer|antifreeze|button batter|laundry pod|tide pod",
        r"(?:lethal|fatal|deadly) (?:dose|amount)|how (?:many|much) .{0,40}(?:to|would|will|could)"
        r" (?:die|kill|not wake up|overdose)",
        r"would it take to (?:die|not wake up)|(?:pills?|tablets?) .{0,20}(?:kill|die)",
        r"(?:dose|amount|many|much)\b.{0,40}\b(?:fatal|lethal|deadly|kill\w*)|(?:cause|be) an overdose",
        r"mixed .{0,30}(?:pills|meds|alcohol|medications?)|took something|taken something"
        r"|injected too much|too much (?:of )?(?:heroin|fentanyl|molly|coke|meth|insulin)",
        r"pastillas|pilules|tabletten|comprimidos|rem[eé]dios|l[eé]jia|eau de javel|veneno"
        r"|envenen\w*|empoisonn\w*|vergift\w*|avvelen\w*",
    ],
    "medical": [
        r"(?:isn'?t|isnt|not|stopped|wont|won'?t|can'?t|cant|cannot|barely|struggling to"
        r"|hard to|trouble) breath\w*",
        r"(?:unable to|can not) breath\w*",
        r"gasping|turning (?:blue|gr[ae]y)|lips (?:are |look |turned |went )?(?:blue|gr[ae]y)",
        r"(?:throat|airway) (?:is |feels? )?(?:closing|swell\w*|tight)|closing up",
        r"(?:face|lips?|tongue|mouth|throat) (?:is |are )?(?:swelling|swelled|swollen)"
        r"|swelling (?:up|after)",
        r"unresponsive|unconscious|passed out|fainted and|collapsed|no pulse|heart stopped",
        r"(?:won'?t|wont|not|isn'?t|isnt|will not|can'?t|cant) (?:wake|waking) (?:up|her|him)",
        r"droop\w*|slurr\w*|garbled|crooked|(?:can'?t|cant) (?:talk|speak) (?:right|properly)",
        r"(?:can'?t|cant|cannot) (?:lift|move|feel) (?:his|her|my) (?:arm|leg|right|left|face)",
        r"(?:side of (?:his|her|my) (?:face|body)|one side) .{0,20}(?:weak|numb)",
        r"(?:is|he'?s|she'?s|i'?m|am|been) (?:having a )?(?:seizing|convuls\w*|fitting)"
        r"|convuls\w*|seizing",
        r"(?:seizure|fit) .{0,30}(?:won'?t stop|wont stop|minutes|going on|has been)",
        r"crushing pain|inhaler (?:isn'?t|isnt|not|is not|wont|won'?t) (?:working|helping)",
        r"throat .{0,20}closing|(?:can'?t|cant|cannot) (?:\w+ ){0,3}move (?:his|her|my) (?:right|left)",
        r"(?:crushing|squeezing|heavy|tight) (?:pain|pressure|feeling)? ?(?:in|on)? ?(?:my|the|his|her)"
        r"? ?chest|chest feels like|clutching (?:his|her|my) chest",
        r"bleeding (?:\w+ )?(?:heavily|a lot|badly|won'?t stop|wont stop|everywhere)|severe bleeding"
        r"|blood (?:everywhere|gushing|pouring|won'?t stop|wont stop)|soaking (?:pads|through)",
        r"(?:won'?t|wont|can'?t|cant) stop (?:the )?bleed\w*",
        r"worst headache|thunderclap|explosive headache",
        r"hit (?:his|her|my) head .{0,40}(?:confused|vomit|throwing up|unconscious|sleepy)",
        r"(?:heart ?attack|stroke|seizure|anaphyla\w*|allergic reaction|cardiac arrest|chok(?:e|es|ing))"
        r".{0,30}(?:right )?now\b",
        r"dolor (?:de|en el) pecho|no (?:puede )?respira|mal [aà] la poitrine|ne respire"
        r"|brustschmerz|atmet nicht|schlaganfall|n[aã]o respira|dor no peito|desmai\w*|derrame"
        r"|infarto|ictus|non respira|inconscient\w*|bewusstlos",
    ],
    "sexual_assault": [
        r"\brap(?:e|ed|es|ing|ist)\b|(?:was|got|been|were) (?:\w+ )?assaulted|assaulted (?:me|my \w+)",
        r"abus\w* (?:me|her|him) sexually",
        r"sexual(?:ly)? (?:assault\w*|abus\w*|attack\w*)|molest\w*",
        r"forced (?:him|her)self on|forc\w* (?:me|her|him) (?:into|to have) sex|forced me\b",
        r"touch(?:es|ed|ing)? me\b.{0,40}(?:without|don'?t want|dont want|didn'?t want|asleep"
        r"|passed out|sexually)|touched me sexually|touched .{0,10}sexually",
        r"(?:said|told (?:him|her|them)) no .{0,20}(?:didn'?t|didnt|wouldn'?t|wouldnt) stop",
        r"without (?:my )?consent|having sex with me|do things i (?:didn'?t|didnt) want",
        r"drugged|woke up (?:with(?:out)?|naked)|comes into my room at night",
        r"violaron|violad[ao]|violaci[oó]n|viol[ée]e?\b|vergewaltig\w*|estuprad\w*|estupro"
        r"|stuprat\w*|abus\w* sexual\w*|abusaron",
    ],
    "violence": [
        r"(?:hits|hit|beats|beat|beaten|punches|punched|kicks|kicked|slaps|slapped|chokes|choked"
        r"|strangled|strangles|strangle|attacked|abuses|abused|hurts) (?:me|us|her|him|my (?:mom|mother"
        r"|dad|wife|husband|kids?|son|daughter|little \w+|brother|sister|grandma|children))\b",
        r"(?:going to|gonna|will|threaten\w*(?: to)?|trying to) (?:kill|hurt|shoot|stab) (?:me|us)\b",
        r"threaten\w* (?:me|us) with|(?:man|guy|someone|person|he|she) with a (?:gun|knife)"
        r"|(?:threaten|attack|chas|point|com)\w* .{0,20}with a (?:gun|knife|bat)|(?:gun|knife) outside",
        r"(?:would|will|gonna|going to|he'?d|she'?d) kill me|(?:is|keeps?) hitting (?:me|her|him|us)",
        r"(?:was|got|been|were) (?:\w+ )?assaulted|assaulted (?:me|my \w+)",
        r"(?:break|breaking|broke|broken) into (?:my|our|the) (?:house|home|apartment|flat)",
        r"stalk(?:ed|ing) me|being stalked|(?:following|chasing) me|outside my (?:house|door|home)",
        r"not safe at home|afraid (?:to go home|of my|he'?ll|she'?ll|my \w+ will)"
        r"|scared of my (?:dad|father|mom|mother|husband|wife|partner|boyfriend|girlfriend|son)",
        r"beat(?:s|ing)? (?:me|his|her|my|the) (?:up|kids|children|wife|mother|mom)|beat me up",
        r"me pega|me golpea|me maltrata|me frappe|me bat\b|schl[äa]gt mich|bedroht mich|me bate"
        r"|me agride|mi picchia",
    ],
}

TOPICS: dict[str, list[str]] = {
    "medical": [
        r"heart ?attack",
        r"(?:having|had|has|is having) a stroke",
        r"chest (?:pain|pains|tightness|pressure)|pain in (?:my|the|his|her) chest",
        r"(?:having|had|has) a (?:seizure|fit)|seizure\b",
        r"(?:sudden|severe) (?:severe )?headache|heavy bleeding",
        r"(?:double|twice|three times|extra) .{0,20}(?:dose|pills?|insulin|meds)|(?:dose|pills?|insulin)"
        r" (?:twice|three times)",
        r"anaphyla\w*|allergic reaction",
        r"chok(?:e|es|ing|ed)\b",
        r"(?:pregnan\w*).{0,40}bleed\w*|bleed\w*.{0,40}pregnan\w*",
        r"cardiac arrest",
    ],
    "overdose": [r"overdos\w*"],
    "violence": [
        r"(?:domestic|elder|child) (?:violence|abuse)|abus(?:e|ing|ive) (?:me|her|him|relationship)"
    ],
}

FIGURATIVE = re.compile(
    r"\b(?:nearly|almost|gave me|give me|giving me) (?:had |have )?a heart ?attack"
    r"|chok\w* on (?:my |the )?(?:water|drink|coffee)\b.{0,20}laugh\w*|laugh\w*.{0,20}chok\w*"
    r"|suicide (?:mission|squad|sprints?|runs?|doors?|drills?)|(?:commute|traffic|job|diet|plan|idea"
    r"|that|this) is suicide|overdosed on (?:netflix|tv|sugar|coffee|caffeine|chocolate|work)"
    r"|(?:boss|teacher|coach|parents|mom|mum) .{0,20}(?:going to|gonna|will) kill me if"
    r"|cut (?:my ?self|my \w+) (?:shaving|while|cooking|chopping|by accident|accidentally)",
    re.I,
)
GENERAL_QUESTION = re.compile(
    r"^\s*(?:what|whats|what'?s|why|how|when|which|where|who|is|are|can|could|does|do|should"
    r"|will|would|signs?|symptoms?|causes?|risk)\b",
    re.I,
)
NAMES_SOMEONE = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|we|our|us|he|she|him|her|his|hers|they|them|their"
    r"|friend|husband|wife|mom|mum|dad|son|daughter|baby|kid|child|partner)\b",
    re.I,
)


def _compile(table: dict[str, list[str]]) -> dict[str, re.Pattern]:
    return {cat: re.compile(r"\b(?:" + "|".join(pats) + r")", re.I) for cat, pats in table.items()}


_STATEMENTS = _compile(STATEMENTS)
_TOPICS = _compile(TOPICS)


def normalize(message: str) -> str:
    """Curly apostrophes straight, runs of space collapsed: what the patterns are written for."""
    return " ".join(message.replace("’", "'").replace("‘", "'").split())


def general_question(message: str) -> bool:
    """A general question that names no one ("what happens in a heart attack")."""
    return bool(GENERAL_QUESTION.match(message)) and not NAMES_SOMEONE.search(message)


def match(message: str) -> list[str]:
    """The categories whose patterns fire, in the order of `STATEMENTS`."""
    text = FIGURATIVE.sub(" ", normalize(message))
    found = [cat for cat, rx in _STATEMENTS.items() if rx.search(text)]
    if not general_question(text):
        found += [cat for cat, rx in _TOPICS.items() if cat not in found and rx.search(text)]
    return found
