"""Crisis words over a trifle, by family rather than by phrase (task 8mm, held-out 32 to 34),
blanked right after `hyperbole.HYPERBOLE` and read as "figurative" like it:

- "took too many" (or too much, extra, double) of something no one swallows: notes, photos,
  breaks, naps, classes ("took too many photos at the concert");
- a fall, a collapse or a death from laughing ("collapsed laughing", "fell off my chair
  laughing", "dying of laughter");
- "cant go on like this" with a trifle named as its object ("... with my sleep schedule"), or
  "want it all to end" said of one ("... this group project i mean");
- one usual tablet taken at the wrong time of day ("took my hayfever tablet at night instead of
  morning");
- a lethal amount of caffeine or a supplement asked beside one's own daily or weekly habit
  ("... asking bc i drink like 5 energy drinks a week");
- kin or a friend who "is going to kill me", and what one did to their things told right after
  ("my sister is going to kill me" then "i broke her hair straightener");
- "passed out" for fell asleep after a long shift or a day's work ("my husband passed out on the
  couch after a long shift"), never after drink.

Each is read as told when a sign of danger, a wish to die or a medicine follows it
(`_NO_DANGER`; a fall from laughing also a knock to the head): "collapsed laughing and hit her
head", "cant go on like this with my sleep schedule, i want to die". Left out on purpose: pain and illness as the trifle ("cant go on like this with the
pain" stays a crisis), and "shots", "hits" or "puffs" taken too many (drink, drugs, an inhaler).
"""

from __future__ import annotations

import re

from app.safety.patterns.hyperbole import _SAYER, DANGER_AFTER

# A sign of danger, a wish to die, a medicine or a call for help anywhere after the match.
_NO_DANGER = (
    r"(?![^.?!]*\b(?:blue|not breathing|isnt breathing|isn'?t breathing|stopped breathing|cant breathe|can'?t breathe"
    r"|wont wake|won'?t wake|not waking|cant wake|can'?t wake|unresponsive|unconscious|not moving|not responding"
    r"|seiz\w*|ambulance|911|999|112|help me|die|dying|dead|death|kill\w*|suicid\w*|end it|end my life|pills?"
    r"|tablets?|meds|overdos\w*|not be here|better off|bleed\w*|blood|ending (?:it|things|my life|everything)"
    r"|end (?:things|everything)|hurt\w* my ?self|self ?harm\w*|cut\w* my ?self|not wake up|disappear\w*)\b)"
)
# ... and for a fall from laughing, a knock to the head.
_NO_KNOCK = r"(?![^.?!]*\b(?:hit|head|bang\w*|knock\w*)\b)"
# Things taken that no one swallows.
_NOT_SWALLOWED = (
    r"notes|photos?|pics|pictures|selfies|screenshots|videos|vids|breaks|days? off|sick days|naps|classes"
    r"|courses|modules|credits|units|lessons|shifts|hours|steps|turns|wrong turns|risks|chances|liberties"
    r"|questions|holidays|vacations|trips|showers|baths|calls|orders|tests|exams|quizzes|pages|tickets|jobs"
    r"|projects|subjects|electives|walks|laps|detours|attempts|tries|guesses|time off|time|damage|credit|blame"
    r"|responsibility|screen ?time|leave|annual leave|bookings|samples|souvenirs|freebies|flyers|leaflets|business cards"
)
_TOO_MANY_TAKEN = (
    r"\b(?:took|taken|take|takes|taking) (?:(?:way |far |waa+y |so )?too (?:many|much)|extra|double|twice"
    r"|all(?: of)?(?: the| my| his| her| our| their)?)(?: of)?(?: (?:my|the|those|these|his|her|our|their))?"
    rf" (?:\w+ )?(?:{_NOT_SWALLOWED})\b"
    + _NO_DANGER
    # ... in Spanish ("tomé demasiadas fotos"), where "tomé demasiadas" alone is read as pills.
    + r"|\b(?:tom[eé]|tomamos|saqu[eé]|tomaste) demasiad[ao]s (?:fotos|selfies|notas|apuntes|clases|siestas"
    r"|descansos|capturas|videos|vacaciones|d[ií]as libres)\b" + _NO_DANGER
)
# A fall, a collapse, fainting or a death from laughing; or laughing so hard one collapsed.
_DOWN = (
    r"collaps\w*|fell (?:over|down|off (?:my|the|his|her|their|our) (?:chair|seat|stool|bed|sofa|couch))"
    r"|falling (?:over|down|off (?:my|the|his|her|their|our) (?:chair|seat|stool|bed|sofa|couch))|keel\w* over"
    r"|dropp?(?:ed|ing)? (?:dead|to the floor)|die[ds]?|dying|dead|pass(?:ed|ing)? out|faint\w*|black(?:ed|ing) out"
    r"|rolling (?:on|around on) the floor|on the floor"
)
_LAUGH = r"laugh\w*|laughter|giggl\w*|hysterics|in stitches|cackl\w*"
_LAUGHED_DOWN = (
    rf"\b(?:{_DOWN}) (?:literally |actually |basically )?(?:from |with |of |in |into |out )?(?:the |a fit of |fits of )?(?:{_LAUGH})\b"
    + _NO_DANGER
    + _NO_KNOCK
    + rf"|\b(?:{_LAUGH}) so (?:hard|much) (?:that )?(?:i|he|she|we|they|my \w+) (?:literally |actually |nearly |almost )?"
    rf"(?:{_DOWN})\b" + _NO_DANGER + _NO_KNOCK
)
# Trifles one "cant go on like this" with, or wants "to end": a schedule, schoolwork, the weather,
# a gadget, a chore. Never pain, an illness, a person, money, food or one's body, or a word that
# can stand for one's life ("this mess", "the game").
_TRIFLE = (
    r"sleep schedule|sleeping schedule|sleep pattern|sleeping pattern|body clock|(?:group )?project|assignment"
    r"|homework|coursework|essay|dissertation|thesis|exams?|revision|finals|deadlines?|lectures?|commute"
    r"|traffic|heat|heatwave|humidity|weather|rain|wifi|internet|laptop|printer|hair|renovations?|building work"
    r"|roadworks|noise|group chat|emails?|inbox|paperwork|admin|tax return|potty training|sleep regression"
    r"|meetings?|queue|flight|spreadsheet|clutter|laundry|dishes|washing|ironing|cleaning|garden|lawn"
    r"|wedding planning"
)
_GO_ON = r"(?:can'?t|cant|cannot|can not) (?:keep )?(?:go(?:ing)? on|carry(?:ing)? on|continue) like this"
_END = r"want (?:it all|everything|it|this) (?:all )?to (?:end|stop|be over)"
_OWN = r"(?:my|this|the|these|our|that|those)"
_OVER_TRIFLE = (
    rf"\b{_GO_ON}[,:;-]? (?:with |about |over |because of |cause of |cos of )?{_OWN} (?:\w+ ){{0,2}}?(?:{_TRIFLE})\b"
    + _NO_DANGER
    + rf"|\b{_END}\W+(?:\w+ ){{0,3}}?(?:{_TRIFLE})\b[^.?!]{{0,20}}?\b(?:i mean|i meant|is what i mean|lol|lmao"
    r"|haha\w*|jk)\b"
    + _NO_DANGER
    + rf"|\b{_END}\W+(?:i mean|i meant|talking about|referring to) {_OWN}? ?(?:\w+ ){{0,3}}?(?:{_TRIFLE})\b"
    + _NO_DANGER
)
# One usual tablet taken at the wrong time of day: no count, "double", "both" or "again".
_WRONG_TIME = (
    r"\b(?:took|taken|had) (?:my|his|her|the) (?!(?:\w+ )*?(?:double|both|two|all|extra|again|sleeping)\b)"
    r"(?:\w+ ){0,2}?(?:tablet|pill|dose|capsule|meds|medication|medicine|antihistamine|inhaler|jab|injection)\b"
    r"(?: \w+){0,3}? (?:instead of|rather than) (?:in )?(?:the )?(?:morning|night|evening|bedtime|lunch|breakfast"
    r"|dinner|lunchtime|am|pm|before|after)\b" + _NO_DANGER
)
# A lethal amount of caffeine or a supplement asked beside one's own daily or weekly habit.
_STIMULANT = (
    r"caffeine|coffee|energy drinks?|red ?bull|monsters?|pre-?workout|vitamin \w+|melatonin|magnesium|zinc"
    r"|iron|b ?12|fish oil|creatine|protein"
)
_HABIT = (
    # (or "we both", a friend's argument told: "my friend and i are arguing, we both drink like 2
    # cups a day", probe 70)
    r"(?:(?:bc|because|cause|cuz|cos|coz|since|as) i|(?:we both|we|both of us|my friend and i|me and my \w+)"
    r"(?: both)?) (?:drink|have|take|get through|go through|do) (?:like |about "
    r"|around |maybe |roughly |prob(?:ably)? )?(?:\d{1,2}|\d+ ?(?:iu|mg|mcg|ug|g|ml)|one|two|three|four|five|six|a few|a couple(?: of)?)\b"
    r"[^.?!]{0,30}?\b(?:a|per|every|each) (?:day|week|morning|night)\b"
)
_LETHAL_HABIT = (
    rf"\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|level|limit) of (?:{_STIMULANT})\b(?=[^.!]*?\b{_HABIT})"
    + _NO_DANGER
    # (nor a sign the stimulant is doing harm now: "... and my heart is racing")
    + r"(?!.*\b(?:racing|pounding|palpitat\w*|chest|shak\w*|trembl\w*|dizzy|sick|vomit\w*|throw\w* up|faint\w*"
    r"|jitter\w*|heart)\b)"
)

# Kin, a friend or a boss who "is going to kill me", and what one did to their things told right
# after (in one message or the next turn: "my sister is going to kill me" then "i broke her hair
# straightener"). Never a partner (`hyperbole._SAYER`), and never with a weapon, a blow or fear after.
_DID = (
    r"broke|broken|lost|ate|eaten|spilled|spilt|ruined|borrowed|used|wore|stained|scratched|dented|crashed"
    r"|forgot|finished|shrunk|shrank|burnt|burned|cracked|dropped|smashed|deleted|killed (?:her|his|their) (?:plant"
    r"|plants|fish|basil)|flooded|melted|bleached|dyed|lost"
)
_CONFESSED = (
    rf"\b{_SAYER} (?:is |'?s |will |'?ll |would |'?d )?(?:literally |actually |honestly |so |deffo |def )?"
    r"(?:gonna |going to )?(?:kill|murder|strangle) me\b\W*(?:(?:because|cause|cos|coz|bc|since|as) )?"
    rf"(?:i (?:just |accidentally |accidently )?|i'?ve |ive )(?:{_DID}) (?:(?:\w+ ){{1,2}}(?:on|over|in|into"
    r"|down) )?(?:her|his|their|the|my (?:\w+ )?\w+'?s)\b"
    + DANGER_AFTER
    + r"(?!.*\b(?:stab\w*|shoot\w*|shot|weapon|bleed\w*|blood|bruis\w*|locked|threw|throws|thrown)\b)"
)

# "Passed out" for fell asleep, tired out by work ("my husband passed out on the couch after a
# long shift", a reader's probe): never after sport (fainting then is a sign), drink or a party,
# never on the floor, never with a fall, a knock, the chest or the breath told.
_TIRED_OUT = (
    r"(?:a |his |her |their |my |the |our )?(?:(?:long|double|\d+ ?(?:hour|hr)|night|late|busy|hard|early|big)"
    r" )*(?:shift|day|week|work|studying|exams?|revision|flight|drive|journey|nightshift)"
)
_DOZED = (
    r"(?:\bpass(?:ed|es|ing)? out (?:asleep )?(?:(?:on|in) (?:the |my |his |her |their |our )?"
    r"(?:couch|sofa|bed|recliner|armchair|chair|desk)\b )?(?:(?:right |straight )?(?:after|from)"
    rf" {_TIRED_OUT}\b|asleep\b)"
    # ... or collapsed on the sofa after work, drained (probe 65: "collapsed on the sofa after work
    # again, so drained. burnout or low dopamine?")
    r"|\bcollapsed (?:on|onto|into|in) (?:the |my |a )?(?:couch|sofa|bed|recliner|armchair)\b(?: (?:right |straight )?"
    rf"(?:after|from) {_TIRED_OUT}\b)?(?=[^.?!]*\b(?:after (?:work|school|uni|a (?:long )?(?:day|shift))|drained|exhausted"
    r"|knackered|shattered|tired|burn ?out|wiped out|so done)\b))"
    + _NO_DANGER
    + r"(?![^.?!]*\b(?:drunk|drinking|drinks|alcohol|vodka|beers?|hit|head|fell|fall\w*|chest|heart"
    r"|breath\w*)\b)"
)

# The second session of 2026-12-07 (probes 65 and 70): a sting or a bite on a limb that swelled up
# a bit, with nothing else told ("bee sting on my arm swelled up a bit, no trouble breathing or
# anything, ice or cream?"); only the sting and its swelling, so a throat or a face that swells
# after it is still read.
_STING_SWELLED = (
    r"\b(?:sting|stung|bite|bitten)s? (?:on|to) (?:my|his|her|their|the|our) (?:\w+ )?(?:arm|forearm|leg|hand|foot"
    r"|finger|thumb|toe|knee|ankle|wrist|elbow|back|shoulder|thigh|calf|shin|heel|palm)\b(?: (?:has|is|got|went|just))?"
    r" swell(?:ed|ing|s)?(?: up)? (?:a (?:bit|little|tiny bit|fair bit)|slightly|a tad|a lil)\b"
    r"(?![^.?!]*\b(?:throat|tongue|lips?|face|eyes?|mouth|breath\w*|wheez\w*|dizzy|faint\w*|hives|all over"
    r"|spreading|rash)\b(?<!no trouble breathing)(?<!no problem breathing))"
)

# ... or jostled in a crowd and apologised to ("some guy shoved me on the subway this morning then
# said sorry, it was packed", probe 65), with no blow, threat or fear after it.
_JOSTLED = (
    r"\b(?:shoved|pushed|bumped|elbowed|knocked) (?:into )?(?:me|us)\b[^.?!]{0,40}?\b(?:on|in|at|getting off|getting on)"
    r" (?:the |a |this )?(?:subway|tube|train|bus|metro|tram|crowd|concert|gig|queue|line|platform|escalator|mosh ?pit"
    r"|station|rush hour)\b(?=[^.?!]*\b(?:sorry|apologi[sz]\w*|packed|crowded|rush hour|by accident|accidentally"
    r"|didnt mean|didn'?t mean)\b)(?![^.?!]*\b(?:hit|punch\w*|kick\w*|knife|gun|threat\w*|follow\w*|scared|afraid"
    r"|grop\w*|grabb\w*|touch\w*|hurt|bleed\w*)\b)"
)

# The third session of 2026-12-07 (probe 73): a paper cut or a shaving nick said to be just that,
# which bleeds for a few minutes, with no blood thinner, spurting or soaking told.
_NICK_BLEEDS = (
    r"\b(?:just|only) (?:a |an )?(?:paper ?cut|shaving (?:cut|nick)|nick|tiny cut|little cut|small cut)\b[^.?!]{0,30}?"
    r"\b(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|not|cant|can'?t) stop(?:ping)? (?:the )?bleed\w*"
    r"(?: for (?:like |about |around )?(?:a few|\d+|two|three|four|five|ten) min\w*)?"
    r"(?![^.?!]*\b(?:thinners?|warfarin|eliquis|xarelto|apixaban|rivaroxaban|heparin|haemophilia|hemophilia|spurt\w*"
    r"|pump\w*|gush\w*|soak\w*|pour\w*|dizzy|faint\w*|deep|hour|hours|wrists?|on purpose)\b)"
)

# ... or breathing that is no longer odd ("shes not breathing weird anymore", probe 73): the word
# between keeps "not breathing anymore" read.
_BREATHING_SETTLED = (
    r"\b(?:not|isnt|isn'?t|no longer) breathing (?:weird|funny|strange|fast|heavy|hard|loud|noisy|raspy|wheezy|rapid"
    r"|shallow|weirdly|funnily|strangely|heavily|loudly|quickly)\w* (?:anymore|any more|now)\b"
    + _NO_DANGER
)

TRIFLES = re.compile(
    "|".join(
        [
            _TOO_MANY_TAKEN,
            _LAUGHED_DOWN,
            _OVER_TRIFLE,
            _WRONG_TIME,
            _LETHAL_HABIT,
            _CONFESSED,
            _DOZED,
            _STING_SWELLED,
            _JOSTLED,
            _NICK_BLEEDS,
            _BREATHING_SETTLED,
        ]
    ),
    re.I,
)
