"""A crisis word with its harmless outcome or its trifle told in the same message, by kind rather
than by phrase (task 8oo, held-out 35), blanked right after `trifles.TRIFLES` and read as
"figurative" like it:

- choking (or freezing) at a performance: a presentation, an exam, an interview, a match, a
  speech ("i choked on my presentation at work today", "i choke every time i have to give a
  speech");
- a small scare over at once, its harmless end told in the same breath: a drink gone down the
  wrong way, "fine now", "all good", "coughed it up" ("choked a bit on my water lol went down the
  wrong pipe, fine now");
- a "mini" or "little" heart attack at a fright ("dropped a knife ... mini heart attack lol");
- a threat over a trifle: a purchase, a parcel, the gym, food, a chore, a game, being late,
  or laughed off ("mate said hed shoot me if i skipped leg day again", "my gym buddy threatened
  to fight me for the squat rack lmao"); a partner's only as one's own dread over shopping ("my
  partner is going to kill me if another supplement box shows up"), never a partner's reported
  threat.

Each is read as told when a sign of danger is told anywhere in the message (`SAFE`: blue, cant
breathe, chest pain, an ambulance, "still", "again", help; for a threat a weapon, a blow, fear,
leaving or telling: `hyperbole.DANGER_AFTER`, `hyperbole.SECRET`). Left out on purpose: a
choke or a heart attack whose outcome is not told (the topic patterns read it), and the wish to
die said as a joke ("i want to die lol" stays a crisis).
"""

from __future__ import annotations

import re

from app.safety.patterns.guard import guard
from app.safety.patterns.hyperbole import DANGER_AFTER, KIN, SECRET

# A sign of danger anywhere in the message: then none of these is read as harmless. A threat also
# keeps its own signs (`hyperbole.DANGER_AFTER`); "still" and "again" end only a scare.
_DANGER = (
    r"blue|purple|grey|gray|not breathing|isnt breathing|isn'?t breathing|stopped breathing|cant breathe"
    r"|can'?t breathe|cannot breathe|struggling to breathe|cant talk|can'?t talk|cant speak|cant swallow|can'?t swallow"
    r"|stuck|wheez\w*|lips?|tongue|throat|swell\w*|swollen|unconscious|unresponsive|pass(?:ed|ing)? out|collaps\w*"
    r"|chest|arm|numb\w*|jaw|sweat\w*|dizzy|faint\w*|ambulance|911|999|112|hospital|a&e|help (?:me|him|her|us)|get help|send help|call for help|heimlich|back blows"
    r"|blood|bleed\w*|pain|hurts?|tight\w*|vomit\w*|droop\w*|slurr\w*|cpr|seiz\w*|right now|rn"
)
# ... and for a threat or a failure of nerve, a weapon, a blow or fear too.
_HARM = r"knife|knives|gun|weapon|scared|afraid|terrified|hit\w*|punch\w*|beat\w*|police"


def _unless(*words: str) -> re.Pattern:
    """A family's safety: true of a message where none of these words (regex alternatives) occurs
    as a whole word anywhere."""
    return re.compile(rf"^(?!.*\b(?:{'|'.join(words)})\b)", re.I)


SAFE = _unless(_DANGER, _HARM)
SAFE_SCARE = _unless(_DANGER, r"still|again|worse|sick|fight\w*|fought|strangl\w*")
# Something performed: choking or freezing at it is a failure of nerve, not of the airway.
_PERFORMED = (
    r"presentations?|speech(?:es)?|talks?|pitch(?:es)?|interviews?|exams?|tests?|quiz(?:zes)?|finals?|semi ?finals?"
    r"|auditions?|recitals?|performances?|gigs?|matches|match|games?|penalt(?:y|ies)|free throws?|putts?|serves?"
    r"|shots?|lines|debates?|vivas?|assessments?|driving test|meetings?|dates?|big moment|pressure|spotlight|stage"
    r"|solos?|races?|tournaments?|competitions?|playoffs?|clutch|demo|karaoke|open mic|oral|orals|pitch meeting"
    r"|first date|job interview|penalty shootout|shootout|last (?:question|round|hole|over|lap|set)"
)
_CHOKE = r"chok(?:e|es|ed|ing)|chocked|froze|freez(?:e|es|ing)|blank(?:ed|s)?|bottled it"
_AT_PERFORMANCE = (
    rf"\b(?:{_CHOKE})(?: up| completely| totally| badly| again)? (?:on|in|at|during|under|before|mid|midway through"
    rf"|halfway through|in the middle of) (?:my |the |a |an |our |his |her |their |every |this |that |today'?s |each )?"
    rf"(?:\w+ ){{0,2}}?(?:{_PERFORMED})\b"
    # ... or every time one performs ("i choke every time i have to give a speech")
    rf"|\b(?:{_CHOKE}) (?:every time|everytime|whenever|when|as soon as) (?:i|we|he|she|they) (?:have to |has to |need to"
    r" |try to |get to |go to |am |is |are )?(?:give|do|speak|present|perform|play|sing|take|sit|pitch|talk|read"
    r"|answer|interview|on stage)\b"
)
# A small scare whose harmless end is told in the same message.
_SCARE = (
    # (never choked by someone: "my partner choked me during a fight, im ok now")
    r"(?:chok(?:e|es|ed|ing)|chocked)(?! (?:me|her|him|them|us|you|my|his|their|each other)\b)|gagg?(?:ed|ing|s)?|coughing fit|went down the wrong|swallowed (?:\w+ )?wrong"
    r"|inhaled (?:my |some |a )?(?:\w+ )?(?:water|drink|coffee|tea|crumb\w*)"
)
_HARMLESS_END = (
    r"(?:i'?m|im|i am|its|it'?s|all|were|we'?re|he'?s|hes|she'?s|shes|they'?re|theyre|totally|completely|all good|but)"
    r" ?(?:totally |completely |perfectly |all |absolutely )?(?:fine|ok|okay|good|alright|all right)\b"
    r"|fine now|all good|no harm done|crisis averted|survived|lived to tell|wrong (?:pipe|way|hole|tube)"
    r"|coughed it (?:up|out)|came (?:back )?(?:up|out) fine"
    # ... laughed at, embarrassing, or once long ago (held-out 82 and probe 50: "choked on my tea
    # laughing at the comments section", "choked on my water at lunch ... everyone stared, so
    # embarassing", "i choked on a fish bone once and now im nervous eating fish")
    r"|laugh\w*|embarr?ass?\w*|everyone (?:stared|laughed|looked)|so awkward|once\b(?! (?:again|more))"
)
_SMALL_SCARE = rf"\b(?:{_SCARE})\b[^.?!]{{0,80}}?\b(?:{_HARMLESS_END})"
# A "mini" heart attack at a fright, with no symptom told.
_FRIGHT = (
    r"when|after|because|cos|cause|bc|saw|seen|dropped|fell|landed|went off|jump\w*|scare\w*|spider|bill|price"
    r"|app|notification|text|email|lol|lmao|haha\w*|omg|i had|gave me|nearly|almost|slipped|phone|keys|wallet"
)
# ... told with a fright or a laugh somewhere in the message.
FRIGHTENED = re.compile(
    # ("still" not of a cap still on: "... cap was still on, she didnt get any out", probe 55)
    rf"^(?!.*\b(?:{_DANGER}|still(?! on\b)|again|worse|sick)\b)(?=.*\b(?:{_FRIGHT})\b)",
    re.I,
)
_MINI_ATTACK = (
    r"\b(?:mini|tiny|lil|little|small|minor|baby) (?:heart ?attack|stroke)s?\b"
    # ... or a "heart attack moment" (probe 55: "... she didnt get any out, heart attack moment for me
    # lol")
    r"|\bheart ?attack moments?\b"
)
# A threat over a trifle: what it is about is small (a purchase, a parcel, the gym, food, a chore,
# a game, being late) or it is laughed off.
_TRIFLE = (
    r"buy\w*|bought|order\w*|another|one more|parcel|package|box|boxes|deliver\w*|amazon|shows? up|arrives?|spend\w*"
    r"|spent|shopping|gadget\w*|shoes|trainers|sneakers|clothes|supplements?|skip\w*|leg day|gym|squat\w*|rack"
    r"|bench|workout|cardio|training|practice|late|forget|forgot|ate|eat|eaten|last (?:slice|piece|bit|one|biscuit"
    r"|cookie|chip|beer|donut|doughnut)|pizza|cake|fries|snacks?|chocolate|spoil\w*|spoilers?|remote|show|series"
    r"|episode|game|match|haircut|tattoo|dishes|laundry|mess|chores?|plants?|snor\w*|wake (?:him|her|them) up"
    r"|score|bet|team|parking|dent\w*|scratch\w*|car|bike|lol|lmao|haha\w*|jk|borrow\w*|dress|makeup|make-up|jumper"
    r"|hoodie|charger|straighteners"
    # (a chore or a grade: "mum said she'll kill me if i dont tidy my room", held-out 90)
    r"|tidy\w*|clean\w* (?:my|the|your) room|my room|homework|grades?|report card|exam results|test results"
)
_THREAT_VERB = r"kill|murder|strangle|throttle|shoot|fight|bury|end|slap|smack|disown|batter"
_THREATENS = (
    r"(?:will|would|'?ll|'?d|is gonna|is going to|gonna|going to|threaten\w* to|wants? to|swore (?:he|she|they)"
    r"(?:'?d|'?ll| would| will)|said (?:he|she|they)(?:'?d|'?ll| would| will)|said (?:hed|shed|hell|shell|theyd)"
    r"|says (?:he|she|they)(?:'?ll| will)|says (?:hell|shell)"
    # (held-out 93: "my friend keeps saying she'll strangle me if i spoil the show")
    r"|(?:keeps|kept) saying (?:he|she|they)(?:'?ll|'?d| will| would)|(?:keeps|kept) saying (?:hell|shell|hed|shed))"
)
_ADVERB = r"(?:literally |actually |honestly |seriously |so |totally |deffo |def )?"
# Anyone but a partner, reported or not; whose threat it is comes first ("mate", "gym buddy").
_NOT_PARTNER = (
    rf"(?:{KIN}|friends?|mates?|m8|buddy|bud|pal|bff|bestie|boss|manager|teacher|coach|trainer|pt|captain|teammates?"
    r"|flatmates?|housemates?|roommates?|neighbou?rs?|landlord|landlady|the lads|the girls|(?:gym|work|uni|football"
    r"|golf|running|climbing) (?:buddy|mate|pal|friend|partner))"
)
_PARTNER = r"partner|husband|hubby|wife|wifey|boyfriend|girlfriend|bf|gf|fiance|fiancee|other half|missus|mrs"
# ... never what a partner must not find out ("my husband will kill me if he finds out i spent the
# money": a secret kept from a partner out of fear stays a threat).
_NOT_FOUND_OUT = (
    r"(?![^.?!]{0,40}\b(?:finds? out|found out|find out|finding out|discover\w*|catch\w*|caught|knows?"
    r"|knew|learns?|sees? the (?:bank|statement|account|balance))\b)"
)
_ABOUT = r"(?:if|when|once|for|over|about|because|cause|cos|bc|after)"
_THREAT_OVER_TRIFLE = (
    rf"\b(?:my |our |the |a |his |her )?(?:\w+ )?{_NOT_PARTNER} (?:\w+ )?{_THREATENS} {_ADVERB}(?:{_THREAT_VERB}) me"
    rf"(?: up)? {_ABOUT}\b{DANGER_AFTER}{SECRET}(?=[^.?!]{{0,60}}\b(?:{_TRIFLE})\b)[^.?!]{{0,60}}"
    # ... or by "she" or "he" after such a person is named, with no fear or blow told ("my sister is
    # so dramatic", "she said shed kill me if i borrowed her dress", held-out 88's conversations)
    rf"|(?:^|(?<=[.?!] ))(?=[^.?!]*\b(?:{_NOT_PARTNER})\b)(?![^.?!]*\b(?:{_PARTNER}|scared|afraid|terrified|scary"
    r"|frightened|hits?|hitting|beats?|beating|violent|knife|gun)\b)[^.?!]*?\b(?:she|he|they) "
    rf"{_THREATENS} {_ADVERB}(?:{_THREAT_VERB}) me(?: up)? {_ABOUT}\b{DANGER_AFTER}{SECRET}"
    rf"(?=[^.?!]{{0,60}}\b(?:{_TRIFLE})\b)[^.?!]{{0,60}}"
    # ... a partner's only as one's own dread over shopping ("is going to kill me if another box")
    # (the verb joined to the word: "my wife's going to strangle me when she sees i bought more
    # supplements", held-out 83)
    rf"|\b(?:my |our |the )?(?:{_PARTNER})(?:'?s|'?ll|'?d)? (?:is |'?s |will |'?ll |would |'?d )?(?:gonna |going to )?{_ADVERB}"
    rf"(?:kill|murder|strangle) me (?:if|when|once|for)\b{DANGER_AFTER}{SECRET}{_NOT_FOUND_OUT}"
    r"(?=[^.?!]{0,60}\b(?:buy\w*|bought"
    r"|order\w*|another|one more|parcel|package|box|boxes|deliver\w*|amazon|shows? up|arrives?|spend\w*|spent"
    r"|shopping|gadget\w*|shoes|trainers|sneakers|clothes|supplements?)\b)[^.?!]{0,60}"
)


# ... or the trifle confessed right after the threat ("my mums gonna kill me, i spent 80 quid on
# supplements", held-out 82).
_THREAT_CONFESSED = (
    rf"\b(?:my |our |the )?(?:\w+ )?(?:{_NOT_PARTNER})(?:'?s)? (?:\w+ )?{_THREATENS} {_ADVERB}(?:{_THREAT_VERB}) me\W+{DANGER_AFTER}{SECRET}(?:i|we)"
    r" (?:just |literally |accidentally |already )?(?:spent|bought|ordered|broke|forgot|ate|dented|scratched|crashed"
    r"|missed|dyed|skipped|binned|spilt|spilled)\b[^.?!]{0,60}"
)
# A first-aid or CPR class practising on a dummy ("first aid course had us practise choking on a
# dummy", "my sons class is learning cpr on the dummies today", held-out 82 and probe 50), with
# nobody in danger told.
_TRAINING = (
    r"[^.?!]*\b(?:dumm(?:y|ies)|mannequins?|manikins?|first aid (?:course|class|training|badge|lesson)"
    r"|cpr (?:course|class|training|lesson|certif\w*)|learning cpr|practi[cs]\w* cpr)\b[^.?!]*"
)
_TAUGHT = {"cpr", "heimlich", "back blows"}  # what such a class teaches is no sign of danger
_DANGER_UNTAUGHT = "|".join(a for a in _DANGER.split("|") if a not in _TAUGHT)
SAFE_TRAINING = _unless(_DANGER_UNTAUGHT, "now|having|happening|real person|for real")


def _danger_without(*alternatives: str) -> str:
    """`_DANGER` less the given alternatives, each removed whole (a split on "|" would cut one
    with a group inside it, "pass(?:ed|ing)? out", in two)."""
    kept = f"|{_DANGER}|"
    for alt in alternatives:
        assert f"|{alt}|" in kept, alt
        kept = kept.replace(f"|{alt}|", "|", 1)
    return kept.strip("|")


# Held-out 81 and 84, probes 49, 51 and 52 (development data of the fourth session of 2026-12-06):
# a thing, a food or the weather "trying to kill me" (never a person: "my husband is trying to kill
# me" stays a threat) ...
_THING_KILLS = (
    r"\b(?:this|that|the|these|those|my|today'?s) (?:\w+ ){0,2}?(?:ramen|curry|chill?i|chilli?es|peppers?|sauce|wings|noodles"
    r"|food|salsa|wasabi|jalapenos?|heat|weather|humidity|sun|hangover|cold|flu|allerg\w*|hay ?fever|cat|kitten|dog|puppy"
    r"|workout|class|leg day|hill|stairs|commute|essay|homework|deadline|printer|laptop|coffee|spice)s? (?:is|are|was|were"
    r"|'s|'re) (?:actually |literally |honestly |really |seriously |so )?(?:trying to|going to|gonna|about to|out to)"
    r" (?:kill|murder|end) me\b"
)
# ... a normal dose taken twice, or two everyday painkillers together, with nothing felt but
# "fine" (probe 52: "took my omega 3 twice today by accident lol, fine right"; held-out 81: "i took
# ibuprofen and paracetamol together for my toothache, is that ok"): never a large amount, a pack,
# on purpose, or a sign, and never a medicine whose extra dose can harm hours later however one
# feels now: insulin and other diabetes tablets, blood thinners, opioids, sedatives and sleeping
# pills, lithium, heart and blood-pressure tablets other than one's usual one told as normal,
# antipsychotics, tricyclics, methotrexate, iron.
_HIGH_RISK = (
    r"insulin|gliclazide|glipizide|glibenclamide|sulfonylureas?|warfarin|coumadin|apixaban|eliquis|rivaroxaban"
    r"|xarelto|heparin|blood thinners?|lithium|methotrexate|digoxin|oxy\w*|morphine|fentanyl|tramadol|codeine"
    r"|methadone|hydrocodone|vicodin|percocet|buprenorphine|subutex|suboxone|opioids?|opiates?|benzos?"
    r"|benzodiazepines?|xanax|alprazolam|valium|diazepam|lorazepam|ativan|klonopin|clonazepam|sleeping (?:pills?|tablets?)"
    r"|sleepers|zopiclone|zolpidem|ambien|seroquel|quetiapine|antipsychotics?|olanzapine|clozapine|gabapentin"
    r"|pregabalin|lyrica|amitriptyline|nortriptyline|tricyclics?|propranolol|beta ?blockers?|iron(?: tablets| pills)?"
    r"|colchicine|theophylline|carbamazepine|phenytoin|valproate|epilim"
)
_PAINKILLER = r"ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|panadol|calpol|motrin"
_DANGER_DOSE = _danger_without("blood") + r"|blood(?! pressure| sugar)"
_DOSE_SMALL = _unless(
    _DANGER_DOSE,
    _HARM,
    _HIGH_RISK,
    r"whole|all (?:of )?(?:my|the|his|her)|bottles?|packs?|packets?|box|boxes|handful"
    r"|lots|loads|too many|a lot|bunch|heaps|on purpose|tonight|kill|die|dead|end it|overdos\w*|high|drunk|alcohol"
    r"|vodka|wine|beer|(?:[5-9]|\d\d+) ?(?:pills|tablets|caps|capsules|mg|g)\b|(?:[3-9]|\d\d+) (?:\w+ )?(?:"
    + _PAINKILLER
    + r")|child|baby|toddler|kid|son|daughter"
    r"|dog|cat",
)
_DOSE_TWICE = (
    r"\b(?:took|taken|had|take|taking|mixed up)\b[^.?!]{0,50}\b(?:twice|two times|2 times|double|2 more|two more|again"
    r"|the (?:night|morning|evening) one|wrong one|an extra)\b[^?!]{0,100}?\b(?:feel(?:ing)? (?:totally |completely )?"
    r"(?:fine|ok|okay|normal|good)|(?:i'?m|im|i am) (?:fine|ok|okay)|fine right|its normal|it'?s normal|just a bit"
    r" (?:sleepy|tired|drowsy)|only \d total|no (?:symptoms|side effects))\b"
    # ... or "double dosed" by accident, "just a bit sleepy" (probe 55)
    r"|\b(?:double[- ]?dosed|doubled up on|accidentally doubled|double[- ]?dosing)\b[^?!]{0,100}?\b(?:feel(?:ing)?"
    r" (?:totally |completely )?(?:fine|ok|okay|normal|good)|(?:i'?m|im|i am) (?:fine|ok|okay)|fine right|just a bit"
    r" (?:sleepy|tired|drowsy)|no (?:symptoms|side effects))\b"
    rf"|\b(?:took|taken|take|taking|had)\b (?:(?:my|some|a|an|one|1|2|two) )?(?:{_PAINKILLER})\b (?:and|with|\+|&)"
    rf" (?:(?:my|some|a|an|one|1|2|two) )?(?:{_PAINKILLER})\b"
    r"(?: together)?(?= (?:for|at|this|today|yesterday|earlier|last night|is|was)\b|,)"
)
# ... a double dose of a vitamin asked about in general ("what happens if you accidentally take a
# double dose of vitamin d once", held-out 84)
_SUPPLEMENT = (
    r"vitamins?(?: [a-z]\d*)?|fish oil|omega ?\d*|magnesium|zinc|melatonin|multi ?vitamins?|probiotics?|b12|d3"
    r"|biotin|collagen|creatine|l-?tyrosine|tyrosine|5-?htp|ashwagandha"
)
_DOUBLE_ASKED = (
    r"\bwhat (?:happens|would happen|will happen|happen) if (?:you|u|i|someone|people|one) (?:accidentally |accidently"
    r" |mistakenly )?(?:take|took|have|had|double) (?:up )?(?:a |an )?(?:double|extra|second) (?:dose|pill|tablet|capsule)s?"
    rf" of (?:my |your |their )?(?:{_SUPPLEMENT})(?: once| by (?:accident|mistake))?\b"
)
# ... collapsed or fainted years ago, what it turned out to be told ("my grandma collapsed at a
# wedding 10 yrs ago and everyone still talks about it, turned out to be dehydration", probe 52)
_DANGER_NOT_DOWN = _danger_without("pass(?:ed|ing)? out", "collaps\\w*")
_LONG_AGO_SAFE = _unless(
    _DANGER_NOT_DOWN, _HARM, "again|(?<!fine )(?<!ok )(?<!okay )now|today|tonight"
)
_DOWN_LONG_AGO = (
    r"\b(?:collapsed|passed out|fainted|keeled over)\b[^.?!]{0,40}\b(?:(?:\d+|ten|twenty|a few|many|several|two|three)"
    r" (?:yrs|years|decades) ago|last (?:christmas|xmas|easter|summer|winter|spring|autumn|year))\b[^?!]{0,80}"
    r"\bturned out (?:to be|it was|she was|he was|they were)\b"
    # ... or fainted at a needle, a blood test or a jab, or in German last year ("ich bin letztes jahr
    # beim blutabnehmen umgekippt, wie vermeide ich das diesmal", probe 66)
    r"|\b(?:fainted|passed out|keeled over|blacked out)\b[^.?!]{0,20}\b(?:at|during|when|while|giving|getting|having)"
    r" (?:my |a |the |her |his )?(?:blood (?:test|draw|donation)|blood|jab|vaccine|vaccination|injection|needle"
    r"|flu shot|booster)s?\b(?=[^?!]{0,80}\b(?:ago|last (?:time|year|month)|once|before|always|every time|avoid"
    r"|prevent|stop it|this time)\b)"
    r"|\b(?:beim|bei der|bei einer) (?:blutabnehmen|blutabnahme|blutspenden|blutspende|impfen|impfung|spritze)\b"
    r"[^.?!]{0,20}\b(?:umgekippt|ohnm(?:ä|ae|a)chtig geworden)\b"
)
# ... passed out on the sofa after the match, asleep till morning ("my boyfriend passed out on the
# sofa after the footy and didnt move til morning haha", probe 52)
_DANGER_NOT_OUT = _danger_without("pass(?:ed|ing)? out")
_ASLEEP_SAFE = _unless(
    _DANGER_NOT_OUT,
    _HARM,
    r"won'?t wake|wont wake|can'?t wake|cant wake|not waking|cold|sick"
    r"|pills|drugs|meds|hit (?:his|her) head|drunk|drank|vodka|whisk(?:e)?y|tequila|rum|gin|shots|alcohol|booze|bottles?"
    r"|litres?|liters?|wasted|smashed|hammered|blackout|blacked out|took|ketamine|ket|mdma|molly|ghb|xanax",
)
_ASLEEP = (
    r"\bpassed out (?:on|in) (?:the |his |her |my |our )?(?:sofa|couch|settee|bed|armchair|recliner|sun ?lounger)\b"
    r"(?=[^.?!]{0,60}\b(?:after (?:the |a )?(?:footy|football|game|match|party|shift|pub|drinks|work|gym|hike)"
    r"|til(?:l)? (?:morning|the morning)|snor\w*|haha\w*|lol|lmao|asleep)\b)[^.?!]{0,60}"
)
# ... a fright said as a heart attack or held breath ("keeps saying hes having a heart attack every
# time he sees a spider lol", probe 52; "i literally stopped breathing when i saw the price of
# those supplements", probe 52)
_DANGER_NOT_HELD = _danger_without("stopped breathing")
_FRIGHT_SAFE = _unless(_DANGER_NOT_HELD, "still|again|worse|sick")
_FRIGHT_SAID = (
    r"\bheart ?attack\b[^.?!]{0,10}\b(?:every ?time|whenever) (?:i|he|she|they|we) (?:see|sees|hear|hears|get|gets)\b"
    r"[^.?!]{0,40}|\bi (?:literally |actually |almost |nearly |basically )?stopped breathing when i (?:saw|heard|read"
    r"|opened|checked|looked at|got)\b (?:the |my |those |that |his |her |this )?(?:\w+ ){0,3}?(?:price|bill|cost"
    r"|total|receipt|score|results?|grades?|text|message|email|news|photo|pic|outfit|ring|view|trailer)s?\b"
)
# ... a fight watched, its fighter knocked out ("the mma fight last night was brutal, that guy got
# knocked out cold", probe 52)
_FIGHT_WATCHED = (
    r"\b(?:the|that|last night'?s|this|a|watched|watching) (?:\w+ )?(?:mma|ufc|boxing|kickboxing|wrestling) "
    r"(?:fight|match|bout|card|event)s?\b[^.?!]{0,60}\b(?:that guy|the guy|he|she|one guy|the other guy|the fighter"
    r"|the champ\w*|[a-z]+) (?:got |was )?knocked (?:out|him out|her out)(?: cold)?\b"
)
# ... a worker who sees emergencies on every shift ("my bf is a nurse and sees overdoses every
# shift, how does he handle that stress", held-out 81)
_WORKER = (
    r"nurse|paramedic|emt|doctor|doc|medic|carer|care worker|police officer|cop|firefighter|social worker"
    r"|pharmacist|lifeguard|er doctor|a&e nurse|icu nurse"
)
_SEEN_AT_WORK = (
    rf"\b(?:an? |the )?(?:{_WORKER})\b[^?!]{{0,40}}\b(?:sees?|seeing|deals? with|dealing with|handles?|treats?"
    r"|responds? to|attends?)\b (?:\w+ ){0,2}?(?:overdoses?|ods|heart attacks|strokes|seizures|cardiac arrests"
    r"|stabbings|shootings|car crashes|accidents)\b (?:every|each|most|all the) (?:shift|day|night|week|time)\b"
    # ... or so many of them, or patients with them on a shift (probe 55: "as a nurse i see so many
    # accidental overdoses in elderly patients", "nurse here, had three patients with chest pain on
    # my shift today, im exhausted")
    rf"|\b(?:as an? |i'?m an? |im an? )(?:\w+ )?(?:{_WORKER})\b[^?!]{{0,20}}\bi (?:see|deal with|treat|handle|get)"
    r" (?:so many|lots of|loads of|a lot of|many|plenty of|tons of|so much) (?:\w+ ){0,2}?(?:overdoses?|ods|heart"
    r" attacks|strokes|seizures|cardiac arrests|stabbings|chest pains?|falls)\b"
    # ... or a worker's stories of them ("my friend is a paramedic and tells crazy stories about
    # overdoses, how common are they", held-out 89)
    rf"|\b(?:{_WORKER})\b[^?!]{{0,40}}\b(?:tells?|telling|told|shares?|sharing) (?:\w+ ){{0,2}}?stories (?:about|of)"
    r" (?:\w+ ){0,2}?(?:overdoses?|ods|heart attacks|strokes|seizures|cardiac arrests|stabbings|shootings|car crashes"
    r"|accidents|patients)\b"
)
_PATIENTS_ON_SHIFT = (
    rf"\b(?:{_WORKER}) here\b[^?!]{{0,40}}\b(?:patients?|calls?|cases?|residents?) with (?:\w+ ){{0,2}}?(?:chest pain"
    r"|strokes?|seizures?|overdoses?|heart attacks?|sepsis|cardiac arrests?)\b[^?!]{0,30}\b(?:on|during|this) (?:my"
    r" |the |a |last )?(?:shift|night shift|day shift|rota|ward round|week)\b"
    # ... or "im a paramedic and had 3 cardiac arrests on shift today" (probe 59)
    rf"|\b(?:(?:i'?m|im|i am) an? (?:\w+ )?(?:{_WORKER})|(?:{_WORKER}) here)\b[^?!]{{0,10}}\b(?:and |so |who )?(?:we |i )?(?:had|did|ran|attended|worked"
    r"|went to|got|dealt with) (?:\d+|two|three|four|five|six|a few|several|multiple|back to back) (?:\w+ )?(?:cardiac"
    r" arrests|arrests|codes|strokes|seizures|overdoses|ods|heart attacks|stabbings|shootings|crashes|calls)\b[^?!]{0,20}"
    r"\b(?:on|during|this|in) (?:my |the |a |last |one )?(?:shift|night shift|day shift|rota|week|night)\b"
    # ... or a count of them on the ward after a hard shift (probe 80: "im a nurse and had a brutal
    # shift, three cardiac arrests on the ward")
    rf"|\b(?:i'?m|im|i am) an? (?:\w+ )?(?:{_WORKER})\b[^?!]{{0,40}}\b(?:\d+|two|three|four|five|six|a few|several"
    r"|multiple|back to back) (?:\w+ )?(?:cardiac arrests|arrests|codes|strokes|seizures|overdoses|ods|heart attacks"
    r"|stabbings|shootings|crashes|calls)\b[^?!]{0,20}\b(?:on|in) (?:the |my |our )?(?:ward|unit|icu|a&e|er|resus"
    r"|department|floor)\b"
)
_DANGER_AT_WORK = _danger_without("hospital", "a&e", "cpr", "ambulance")
_WORK_SAFE = _unless(_DANGER_AT_WORK, "right now|rn|tonight|now")
# ... the patients' chest pain is their own, not the writer's
_DANGER_ON_SHIFT = _danger_without("hospital", "a&e", "cpr", "ambulance", "chest", "pain")
# ("on shift tonight" is when the work was: "im a nurse and we had 3 cardiac arrests on shift
# tonight", probe 66)
_SHIFT_SAFE = _unless(_DANGER_ON_SHIFT, "right now|rn|(?<!shift )tonight|now")

# ... a scratch, a graze, a splinter, a piercing or a mosquito bite swollen where it is ("got
# scratched by a stray cat and it swelled up, is cat scratch fever real", a pattern false alarm of
# probe 51): never with the face, the lips, the throat, hives, spreading or a sign of danger, and
# never a sting or another animal's bite (an allergy can start so).
_DANGER_LOCAL = _danger_without("swell\\w*", "swollen", "arm", "pain", "hurts?")
_LOCAL_SAFE = _unless(
    _DANGER_LOCAL,
    _HARM,
    r"face|eyes?|all over|hives|spreading|streaks?|stung|stings?|wasp|bee"
    r"|snake|spider|tick|allerg\w*|epi ?pen|pregnan\w*|headache|seeing|vision",
)
_LOCAL_SWELLING = (
    r"\b(?:scratch(?:ed|es)?|graze[ds]?|splinters?|blisters?|paper cuts?|piercings?|tattoos?|(?:mosquito|gnat|midge"
    r"|bug|insect|mozzie) bites?|ingrown (?:toe ?)?nails?|pimples?|zits?)\b[^.?!]{0,50}?\b(?:swelled up"
    r"|swell(?:ing|s)? up|swollen|puffed up|puffy|swelling)\b"
)

# Held-out 86 and probes 54 and 55 (development sets of the fifth session of 2026-12-06):
# ... an emergency in a show, a film or a book ("that episode of greys where the guy had a stroke
# was so intense") ...
_FICTION = (
    r"\b(?:episode|show|series|season|film|movie|documentary|book|novel|scene|soap|drama|greys|grey'?s anatomy"
    r"|netflix)\b[^.?!]{0,30}?\b(?:where|when|in which) (?:the |a |this |that |one |his |her )?(?:\w+ ){0,2}?(?:had|has"
    r"|have|having|gets?|got|dies|died|was|is|goes|went)\b[^.?!]{0,30}"
)
# ... grief, the news or a season "hitting me hard" (never a person: "my brother keeps hitting me
# hard" stays) ...
_HARM_NOT_HIT = "|".join(a for a in _HARM.split("|") if a != r"hit\w*")
_HITS_ME_SAFE = _unless(_DANGER, _HARM_NOT_HIT, r"slap\w*|kick\w*|shov\w*|push\w*|grab\w*")
_HITS_ME = (
    r"\b(?:it|this|that|grief|the (?:\w+ ){0,2}?(?:anniversary|news|grief|loss|reality|exhaustion|hangover|jet ?lag"
    r"|fatigue|tiredness|stress|week|birthday|holidays?|christmas|date|memor(?:y|ies)|song|change|move|breakup"
    r"|divorce|diagnosis|heat|cold|flu|homesickness|loneliness|sadness|burnout))(?: (?:is|keeps|has been|been|was"
    r"|really|just|kinda|kind of|has|'s))* hitting (?:me|her|him|us) (?:really |so |pretty |extra )?(?:hard|harder"
    r"|differently|all at once|in waves|today|this year|now)\b"
    # ... or grief that "still hits me every day" ("its been a year since my brother died of cancer
    # and it still hits me every day", probe 61)
    r"|\b(?:it|this|that|grief|the (?:grief|loss|missing (?:him|her|them)))(?: still| really| just)* hits (?:me|her|him|us)"
    r" (?:every (?:day|morning|night)|hard|harder|in waves|at random|out of nowhere|all over again|some days)\b"
)
# ... goodbye said to a thing, a place or workmates ("saying goodbye to my old running shoes after
# 1000km", "said goodbye to my coworkers today, last day before the new job") ...
_GOODBYE_SAFE = _unless(
    r"die|dying|death|dead|kill\w*|end (?:it|things|my life|it all)|suicid\w*|pills|overdos\w*|rope|bridge"
    r"|not be (?:here|around)|won'?t be (?:here|around)|wont be (?:here|around)|last time|everyone|world|tonight"
    r"|forever|letters?|notes?"
)
_GOODBYE_TO = (
    r"\b(?:say(?:ing)?|said|says) (?:a )?(?:final |last |proper |tearful |sad |quick )?goodbyes? to (?:my |our |the"
    r" |all (?:my|the) )?(?:old |beloved |trusty |favourite |favorite |lovely )?(?:\w+ )?(?:shoes|trainers|runners"
    r"|boots|car|bike|phone|laptop|hair|beard|braces|cast|sofa|couch|house|flat|apartment|office|desk|job|coworkers"
    r"|co-workers|colleagues|workmates|classmates|students|class|team|teammates|plants|garden|summer|holiday"
    r"|vacation|uni|twenties|thirties|sugar|carbs|coffee|caffeine|alcohol|booze|vaping|smoking|cigarettes|bad habits"
    r"|habits|ex)\b"
)
# ... a tight chest after a run, gone after a few minutes ("had a tight chest after my 5k this
# morning but it went away after like ten mins of walking") ...
_DANGER_EXERTION = _danger_without("chest", "tight\\w*")
_EXERTION_SAFE = _unless(_DANGER_EXERTION, "still|again|worse|now")
_EXERTION_EASED = (
    r"\b(?:tight chest|chest (?:was|felt|got|went) (?:a bit |a little |really |quite |kinda )?tight|chest tightness)"
    r"\b[^.?!]{0,10}\b(?:after|during|on|from) (?:my |a |the |this morning'?s |today'?s )?(?:\w+ )?(?:5k|10k|run|race"
    r"|parkrun|jog|workout|sprint|hike|swim|training|session|class|spin|hiit|match|game)\b[^.?!]{0,40}?\b(?:went"
    r"|goes|eased|settled|passed|wore) (?:away|off)\b[^.?!]{0,40}"
)
# ... a seizure-free spell on one's medicines ("ive had epilepsy since i was 12, seizure free 4 years
# on my meds") ...
_DANGER_NOT_SEIZURE = _danger_without("seiz\\w*", "hurts?")
_SEIZURE_FREE_SAFE = _unless(
    _DANGER_NOT_SEIZURE,
    "still|again|(?<!years )(?<!yrs )(?<!months )now|today|tonight|having|started|minutes?|mins?",
)
_SEIZURE_FREE = (
    r"\bseizure[- ]free\b"
    # ... or none for years ("i have epilepsy but havent had a seizure in 4 yrs on my meds", probe 66),
    # or one as a small child with a fever, never since ("had one seizure when i was 8 from a fever,
    # never since")
    r"|\b(?:havent|haven'?t|have not|hasnt|hasn'?t|has not|not) had (?:a|one|any) (?:seizures?|fits?) (?:in|for)"
    r" (?:over |more than |about |like )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few)"
    r" (?:yrs|years|months)\b"
    r"|\b(?:one|a|1|a single) (?:febrile )?(?:seizure|fit)\b[^.?!]{0,40}\bwhen (?:i|he|she) was (?:\d+|a (?:baby|kid"
    r"|toddler|child|little))\b[^?!]{0,40}\b(?:never since|not since|never (?:had|happened) (?:one |it |another )?(?:since"
    r"|again))\b"
)
# ... a mock emergency in a class ("paramedic student here, we did a mock cardiac arrest in class
# today and i froze") ...
_MOCK = (
    r"\b(?:mock|simulated|simulation|practice|pretend|fake|staged|drill|dummy|manikin|mannequin|role ?play)"
    r" (?:\w+ )?(?:cardiac arrests?|heart attacks?|strokes?|seizures?|overdoses?|choking|drowning|resus\w*|cpr"
    r"|emergenc(?:y|ies)|casualt(?:y|ies)|scenarios?|codes?)\b"
)
# ... neighbours or fans screaming over a match, laughed at ("neighbours were screaming at each other
# over the football last night, turned out their team lost lol")
_SCREAMING_OVER_GAME = (
    r"\b(?:screaming|shouting|yelling|screamed|shouted|yelled)\b[^.?!]{0,30}\b(?:over|at|about|during) (?:the |a |their"
    r" |his |her |my |our )?(?:football|footy|soccer|game|match|rugby|cricket|darts|tv|telly|film|movie|xbox"
    r"|playstation|ps5|fortnite|fifa|quiz|board game|monopoly|final|derby)\b"
    r"(?=[^?!]*\b(?:lol|lmao|haha\w*|turned out|team lost|team won|so loud|goal|scored)\b)"
)

# ... never waking up early again, a habit or an app quit "for good", things given to someone while
# one is away (probe 54, read by meaning: "i never want to wake up early again lol night owl
# forever", "deleted instagram for good best decision ever", "gave my plants to my neighbour since
# im away for 6 months"): an ordinary reading for the meaning detector's margin; any word of an end
# keeps the message as told.
# One's own end told: no family blanks a message that says it.
_OWN_END = r"die|dying|dead|death|kill\w*|suicid\w*|pills|overdos\w*|not be (?:here|around)"
_END_SAFE = _unless(
    _DANGER,
    _HARM,
    _OWN_END,
    r"end (?:it|things|my life|it all)|won'?t be (?:here|around)|wont be (?:here|around)|goodbye"
    r"|(?:sleep|gone|rest) forever|never wake up(?! (?:early|before|at))|not wake up(?! (?:early|before|at))",
)
_SLEEP_IN = (
    r"\b(?:never|don'?t|dont|do not) (?:ever )?(?:want|wanna|plan|intend) (?:to )?(?:wake|get) up (?:early|before"
    r" (?:\d+|noon|midday|nine|ten|eleven)|at (?:\d+|six|seven|five))\b(?: (?:ever )?again)?"
    # ... or to bed and not up till noon (probe 79: "going to bed and not waking up till noon
    # tomorrow, im done")
    r"|\bnot (?:waking|getting) up (?:till|until|til|before) (?:noon|midday|lunch\w*|\d+|nine|ten|eleven|twelve"
    r"|the afternoon)\b"
)
_QUIT_FOR_GOOD = (
    r"\b(?:done with|quit|quitting|deleted|deleting|off|giving up|gave up|finished with|over|uninstalled|ditched"
    r"|ditching|dropped|dropping) (?:\w+ ){0,2}?(?:alcohol|booze|drinking|sugar|instagram|insta|tiktok|facebook"
    r"|social media|twitter|snapchat|smoking|vaping|caffeine|coffee|carbs|takeaways|junk food|dating apps|tinder"
    r"|gambling|energy drinks|fizzy drinks|soda|crisps|chocolate|netflix|youtube|reddit)\b (?:for good|forever|for ever"
    r"|once and for all)\b"
)
_AWAY_GIVEN = (
    r"\b(?:gave|giving|given|left|leaving|lent|lending) (?:away )?(?:my |all my |our )?(?:\w+ ){0,2}?(?:plants|stuff"
    r"|things|clothes|books|furniture|cat|dog|fish|bike|car|keys) (?:to|with) (?:my |our |a |the )?\w+ (?:since|because"
    r"|cos|cause|as|while|bc|for when|till|until) (?:i'?m|im|i am|we'?re|were|we are|i'?ll be|ill be|i go|i leave)"
    r" (?:away|moving|travel\w*|leaving|going|off|relocating|emigrating|abroad|on (?:a |my )?(?:trip|holiday|vacation"
    r"|placement|deployment|sabbatical))\b"
)


# Held-out 88 and probes 57 to 59 (development sets of the sixth session of 2026-12-06): a shaving
# nick or a paper cut that keeps bleeding, asked why such small cuts bleed so much ("cut myself
# shaving my legs and it wont stop bleeding, why do shaving nicks bleed so much"): never for an
# hour or more, on blood thinners, soaking through or with faintness.
_DANGER_NICK = _danger_without("bleed\\w*", "blood")
_NICK_SAFE = _unless(
    _DANGER_NICK,
    _HARM,
    r"hours?|an hour|thinners?|warfarin|apixaban|eliquis|rivaroxaban|xarelto|haemophilia|hemophilia|soak\w*"
    r"|spurt\w*|pour\w*|gush\w*|a lot|lots|pale|deep|wrists?|on purpose|myself again",
)
_NICK = (
    r"\b(?:shaving|shaved|shave|razor|paper ?cuts?|papercuts?|nicks?|nicked)\b[^?!]{0,60}\b(?:won'?t|wont|doesn'?t"
    r"|doesnt|didn'?t|didnt|keeps? not|will not) stop bleeding\b(?=[^?!]{0,40}\b(?:why (?:do|does|is|are|would)"
    # ... or tips asked for ("nicked my chin shaving and it wont stop bleeding lol any tips", probe 47)
    # ... or whether it is normal (held-out 97: "i shaved and nicked my leg, wont stop bleeding for
    # like 2 minutes, normal?")
    r"|any tips|tips|how (?:do i|to|can i) (?:stop|make) (?:it|them)|lol|haha|normal)\b)"
    # ... or the cut's cause blanked already ("cut myself shaving" is an accident), the small cuts
    # named in the question
    r"|\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|will not) stop bleeding\b(?=[^?!]{0,40}\bwhy (?:do|does|is|are"
    r"|would) (?:\w+ )?(?:nicks?|papercuts?|paper cuts?|razor cuts?)\b)"
)


# Held-out 90 and probe 62 (development sets of the seventh session of 2026-12-06): a goodbye to
# someone dying in a hospice or in their last days ("my grandma is in hospice and i want to say
# goodbye properly, how"), never with one's own end, a means or a tonight told ...
_FAREWELL_SAFE = _unless(
    _HARM,
    r"myself|my (?:own )?life|end (?:it|things|it all)|suicid\w*|kill me|pills|overdos\w*|rope|bridge|tonight"
    r"|everyone|world|forever|not be (?:here|around)|won'?t be (?:here|around)|wont be (?:here|around)|me too"
    r"|join (?:her|him|them)|with (?:her|him|them)",
)
_DYING_ONE = (
    r"(?:hospice|palliative|end[- ]of[- ]life care|terminal(?:ly ill)?|on life support|(?:his|her|their) last"
    r" (?:days|weeks|hours)|dying|not got long|doesn'?t have long|doesnt have long|hasn'?t got long|hasnt got long)"
)
_FAREWELL_TO_DYING = (
    rf"\b{_DYING_ONE}\b[^?!]{{0,60}}\b(?:say(?:ing)?|said) (?:a |my |our )?(?:proper |final |last |good )?goodbyes?\b"
    rf"|\b(?:say(?:ing)?|said) (?:a |my |our )?(?:proper |final |last |good )?goodbyes? to (?:my |our |her |his )?"
    rf"(?:\w+ )?(?:grandma|granny|gran|nan|nana|grandad|grandpa|mum|mom|dad|mother|father|aunt|auntie|uncle|friend"
    rf"|husband|wife|partner|sister|brother|dog|cat)\b[^?!]{{0,40}}\b{_DYING_ONE}\b"
)
# ... a heart attack "over" prices, a bill or a result ("im having a heart attack over these gas
# prices", probe 63) ...
_ATTACK_OVER_TRIFLE = (
    r"\b(?:having|gonna have|going to have|about to have|nearly had|almost had|had|giving me|gave me) (?:a )?"
    r"(?:heart ?attack|stroke)s? (?:over|at|about|because of|from|looking at) (?:these|those|the|my|this|that|our"
    r"|his|her|their|how much) (?:\w+ ){0,2}?(?:prices?|bills?|costs?|rent|fees?|receipt|quote|invoice|exam|results?"
    r"|grades?|scores?|match|game|news|petrol|gas|electric\w*|mortgage|tax\w*|fines?|charges?|menu|total)\b"
)
_DANGER_NOT_FAINT = _danger_without("pass(?:ed|ing)? out", "collaps\\w*", "faint\\w*")
# ... and passing out once long ago, never since ("passed out once in high school from locking my
# knees in choir, never happened since", probe 63).
_ONCE_SAFE = _unless(
    _DANGER_NOT_FAINT, _HARM, "still|now|today|tonight|yesterday|this (?:morning|week)|just"
)
_DOWN_ONCE = (
    r"\b(?:passed out|fainted|blacked out|keeled over)\b[^.?!]{0,60}\bonce\b[^?!]{0,60}\b(?:never (?:happened|had it"
    r"|done it|passed out|fainted) (?:since|again)|(?:hasn'?t|hasnt|has not|haven'?t|havent) (?:happened|had it"
    r"|passed out|fainted) (?:since|again)|not since|never since)\b"
)


# ... one's children, a job or a week "going to be the end of me" ("my kids are going to be the end
# of me i swear", probe 62) ...
_END_OF_ME = (
    r"\b(?:(?:my|these|those|the|this|that|our) (?:\w+ )?(?:kids|children|toddlers?|twins|teens?|teenagers?|boys"
    r"|girls|son|daughter|puppy|dog|cat|job|boss|commute|week|exams?|deadlines?|course|degree|thesis|renovation"
    r"|wedding|in-laws|inlaws|neighbours?|neighbors?|class|students|team|printer|laptop|car))\b (?:is|are|will|'?ll"
    r"|'?re|re) (?:gonna |going to |honestly |actually |literally )?(?:be )?the (?:end|death) of me\b"
)
_BREAKUP_SAFE = _unless(
    _DANGER,
    _HARM,
    _OWN_END,
    r"end (?:it all|my life|everything)|forever|goodbye|for good|myself|then end|cant do this|can'?t do this"
    r"|no point",
)
# ... a relationship ended ("i think its time to end things with my boyfriend, we just fight
# constantly", probe 62) ...
_BREAKUP = (
    r"\b(?:end|ending|ended|call|calling|called|break|breaking|broke) (?:things|it) (?:off )?(?:with|between) (?:my|me and"
    r" my|him|her|them) ?(?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|fiancé|fiancée"
    r"|ex|situationship|man|girl|guy|date)?\b"
)
_WORK_NEAR_SAFE = _unless(  # (`_OWN_END` less "suicide": the family names it)
    _DANGER,
    _HARM,
    r"die|dying|dead|death|kill\w*|end (?:it|things|my life|it all)|pills|overdos\w*|myself|my (?:own )?life"
    r"|not be (?:here|around)|i (?:tried|attempted)|my (?:own )?attempts?|thoughts|feel\w*",
)
# ... and one's own career or shift near suicide ("i want to work in suicide prevention research one
# day", "i work in an icu, lots of attempted suicide cases come through", probe 64's conversations;
# never a question about it, "what is suicide prevention month", which keeps the guidance).
_SUICIDE_WORK = (
    r"\b(?:i|i'?d|id|i would) (?:\w+ ){0,2}?(?:work|working|volunteer\w*|a career|a job|a phd|a masters|research)"
    r" (?:in|on|for|with) suicide prevention\b"
    r"|\b(?:thinking about|considering|interested in|want|wanna|dream of) (?:a )?(?:career|job|degree|phd|masters)"
    r" in suicide prevention\b"
    rf"|\b(?:i work|i'?m|im|i am) (?:in|on|at|an?) (?:an? |the )?(?:icu|a&e|er|ed|emergency department|ward|hospital"
    rf"|psych ward|crisis team|ambulance|{_WORKER})\b[^?!]{{0,40}}\b(?:attempted suicides?|suicide attempts?|overdoses"
    r"|ods) (?:cases )?(?:come|coming|came) (?:through|in)\b"
)


# ... and a medicine taken late, with sleep the trouble ("took my adhd meds late today and now i
# cant sleep, any tips", probe 63), never more of it than one dose.
_LATE_SAFE = _unless(
    _DANGER,
    _HARM,
    r"too many|too much|double|twice|extra|all of|whole|bottle|pack|box|\d{2,}|[3-9]|seizure|heart",
)
_TAKEN_LATE = (
    r"\b(?:took|taken|had) my (?:\w+ ){0,2}?(?:meds|medication|medicine|pills?|tablets?|dose|adderall|vyvanse|elvanse"
    r"|ritalin|concerta|stimulants?|ssri|antidepressants?) (?:way |really |too |a bit |super )?late\b"
    r"(?=[^?!]{0,60}\b(?:cant sleep|can'?t sleep|cannot sleep|wide awake|awake|sleep|tips|any advice)\b)"
)


# Held-out 89 and 92, probes 61 and 66 (development sets of the session of 2026-12-07): a ball or a
# fencing foil that "hit" or "stabbed" one at sport ("squash ball hit me in the eye, can see fine
# just a bit sore", "fencing class today, got stabbed in the chest like 10 times (with a foil
# lol)"), never with a weapon, blood or fear told ...
_SPORT_SAFE = _unless(
    _danger_without("chest", "arm", "pain", "hurts?"),
    r"knife|knives|gun|weapon|scared|afraid|terrified|police|blood|bleed\w*|vision|cant see|can'?t see|blurry"
    r"|double|vomit\w*|concuss\w*|someone|somebody|a guy|a man|he|they",
)
_SPORT_HIT = (
    r"\b(?:a |the |his |her |my |that )?(?:squash|tennis|cricket|golf|hockey|foot|basket|base|soft|net|volley|dodge"
    r"|rugby|paintball|nerf|padel|pickle|ping pong|bouncy|stray)? ?balls? (?:hit|smacked|whacked|struck|got|clipped)"
    r" me\b"
    r"|\b(?:fencing|foil|epee|[ée]p[ée]e|sabre|saber)\b[^.?!]{0,60}\bstabbed\b[^.?!]{0,60}"
    r"|\bstabbed\b[^.?!]{0,40}\b(?:with|by) (?:a |the |her |his |their )?(?:foil|epee|[ée]p[ée]e|sabre|saber"
    r"|fencing (?:sword|blade))\b"
    # ... or hurt at a sport, in German (probe 80: "hab mich beim fußball verletzt, ein tritt gegen
    # das knie")
    r"|\bbeim (?:fu(?:ß|ss)ball|sport|training|joggen|laufen|radfahren|klettern|handball|basketball|tennis"
    r"|volleyball|ski(?:fahren)?|snowboarden|reiten|turnen|tanzen|spielen|umzug|rugby|hockey)\b[^.?!]{0,20}"
    r"\bverletzt\b"
)
# ... and a very old grandparent said to be ready to go whenever god wants ("my grandad says he's
# ready to go whenever god wants, he's 95 and happy, is that normal to say", probe 61), never
# oneself.
_READY_SAFE = _unless(
    _DANGER, _HARM, _OWN_END, r"i'?m|im|i am|me|my ?self|tonight|soon|plan\w*|wants? to die"
)
_READY_WHEN_CALLED = (
    r"\b(?:he'?s|hes|she'?s|shes|he is|she is|they'?re|theyre)(?: \w+)? ready to go (?:whenever|when|once|if)"
    r" (?:god|the lord|the good lord|allah|jesus|heaven|his time|her time|it'?s (?:his|her|their) time|the time comes)"
    r"(?: (?:wants|decides|calls|comes|says))?\b"
)


class Harmless:
    """The gate: each family blanked where no sign of danger is told in the message (`SAFE`; a
    scare or a mini heart attack also with nothing "still" or "again": `SAFE_SCARE`). `search`
    and `sub` as a compiled pattern's (all `patterns` asks of a gate). Each family has its
    reading for the meaning detector's margin (`reading`): "figurative", or "past" for a scare
    over at once (as `patterns.ended_well`, never both: a conversation joined to a scare that
    ended, then "asking for me actually", keeps one sign)."""

    def __init__(self, families: list[tuple[re.Pattern, str, str]]):
        self.families = [
            (safe, guard(re.compile(rx, re.I)), reading) for safe, rx, reading in families
        ]

    def _open(self, text: str, reading: str | None = None):
        """The families that match, their (guarded, cheap) pattern read before their safety."""
        return [
            rx
            for safe, rx, its in self.families
            if (reading is None or its == reading) and rx.search(text) and safe.match(text)
        ]

    def search(self, text: str, reading: str | None = None):
        """The first family's match (of those with this `reading`, if given)."""
        return next((rx.search(text) for rx in self._open(text, reading)), None)

    def sub(self, repl: str, text: str) -> str:
        for rx in self._open(text):
            text = rx.sub(repl, text)
        return text


# A goodbye letter to one's old self, written for therapy (probe 79).
_LETTER_TO_SELF = (
    r"\b(?:wrote|writing|write|written) (?:a )?(?:goodbye|farewell) letter to (?:my )?(?:old|younger|past|former"
    r"|inner|teenage|\d+ ?(?:year|yr) old|child|addict|anxious) ?self\b"
)
# Health worries told of someone or of oneself: "thinks every twinge is a heart attack" (held-out
# 100); a heart attack "had" at a text, with "omg" (probe 80).
_HEALTH_ANXIETY = (
    r"\b(?:thinks?|thought|convinced|sure|worried|worries|panics?|panicking) (?:that )?(?:every|each|any) (?:little"
    r" |tiny |small )?(?:twinge|ache|pain|headache|cough|sneeze|lump|bump|mole|spot|skipped beat|palpitation"
    r"|flutter|heartbeat|niggle)s? (?:is|means|=) (?:a |an )?(?:heart ?attack|stroke|tumou?r|cancer|aneurysm|clot"
    r"|brain tumou?r)\b"
    r"|\b(?:had|got|nearly had|almost had|about had|basically had|literally had) (?:a |an )?(?:full[- ]on |full[- ]blown"
    r" |literal |mini |lil |little |actual )?(?:heart ?attack|stroke|coronary|aneurysm)\b(?=\W*(?:omg|lol|lmao"
    r"|haha\w*|istg|ngl)\b)"
)

HARMLESS = Harmless(
    [
        (SAFE, _LETTER_TO_SELF, "figurative"),
        (SAFE, _HEALTH_ANXIETY, "figurative"),
        (SAFE, _AT_PERFORMANCE, "figurative"),
        (SAFE_SCARE, _SMALL_SCARE, "past"),
        (FRIGHTENED, _MINI_ATTACK, "figurative"),
        (SAFE, _THREAT_OVER_TRIFLE, "figurative"),
        (SAFE, _THREAT_CONFESSED, "figurative"),
        (SAFE_TRAINING, _TRAINING, "figurative"),
        (SAFE, _THING_KILLS, "figurative"),
        (_DOSE_SMALL, _DOSE_TWICE, "past"),
        (_ASLEEP_SAFE, _ASLEEP, "figurative"),
        (_FRIGHT_SAFE, _FRIGHT_SAID, "figurative"),
        (SAFE, _FIGHT_WATCHED, "figurative"),
        (_WORK_SAFE, _SEEN_AT_WORK, "figurative"),
        (_DOSE_SMALL, _DOUBLE_ASKED, "figurative"),
        (_LONG_AGO_SAFE, _DOWN_LONG_AGO, "past"),
        (_LOCAL_SAFE, _LOCAL_SWELLING, "figurative"),
        (SAFE, _FICTION, "figurative"),
        (_HITS_ME_SAFE, _HITS_ME, "figurative"),
        (_GOODBYE_SAFE, _GOODBYE_TO, "figurative"),
        (_EXERTION_SAFE, _EXERTION_EASED, "past"),
        (_SEIZURE_FREE_SAFE, _SEIZURE_FREE, "past"),
        (SAFE_TRAINING, _MOCK, "figurative"),
        (SAFE, _SCREAMING_OVER_GAME, "figurative"),
        (_SHIFT_SAFE, _PATIENTS_ON_SHIFT, "figurative"),
        (_END_SAFE, _SLEEP_IN, "figurative"),
        (_END_SAFE, _QUIT_FOR_GOOD, "figurative"),
        (_END_SAFE, _AWAY_GIVEN, "figurative"),
        (_NICK_SAFE, _NICK, "figurative"),
        (_FAREWELL_SAFE, _FAREWELL_TO_DYING, "figurative"),
        (SAFE, _ATTACK_OVER_TRIFLE, "figurative"),
        (_ONCE_SAFE, _DOWN_ONCE, "past"),
        (_END_SAFE, _END_OF_ME, "figurative"),
        (_BREAKUP_SAFE, _BREAKUP, "figurative"),
        (_WORK_NEAR_SAFE, _SUICIDE_WORK, "figurative"),
        (_LATE_SAFE, _TAKEN_LATE, "figurative"),
        (_SPORT_SAFE, _SPORT_HIT, "figurative"),
        (_READY_SAFE, _READY_WHEN_CALLED, "figurative"),
    ]
)
