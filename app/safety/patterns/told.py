"""Overdoses told by their signs, read by `concepts` like `signs` (a rule is a few word groups, all
found in any order): a serotonin mix with sweating or twitching, sedatives with drink and
drowsiness, a child with someone's tablets, days of pills taken at once, edibles with a racing
heart, being sick for hours after too much of something, an amount asked for to damage an organ,
pills with drink told in Arabic written in Latin letters, one medicine taken three times in an hour
and confusion or jerking now. Medical emergencies told by their signs
are in `emergencies`.
"""

from __future__ import annotations

from app.safety.patterns.signs import CHILD

TOOK = (
    r"took|taken|taking|takes|had|have had|swallowed|popped|downed|mixed|mixing|combined|started|ate|eaten|drank"
    r"|gave|given|been on|got into|gotten into|chewed|in (?:his|her|their) mouth|overdid|overdone|overdoing"
)
# Serotonin syndrome: two serotonergic medicines (or one and a supplement) and its signs.
SEROTONERGIC = (
    r"sertraline|zoloft|lexapro|escitalopram|citalopram|celexa|prozac|fluoxetine|paxil|paroxetine|effexor"
    r"|venlafaxine|cymbalta|duloxetine|trazodone|mirtazapine|remeron|ssris?|snris?|maois?|antidepressants?"
    r"|anti-depressants?|tramadol|st\.? ?john'?s ?wort|5-?htp|mdma|molly|ecstasy|lithium|sumatriptan|triptans?"
    r"|dxm|dextromethorphan|linezolid|tryptophan|fentanyl|ondansetron|zofran"
)
MIXED = (
    r"both|mixed|mixing|combined|combining|together|on top of|as well as"
    rf"|(?:{SEROTONERGIC})\b.*?\b(?:{SEROTONERGIC})"  # two of them named
)
SEROTONIN_SIGN = (
    r"sweat\w*|shaking|shaky|the shakes|shiver\w*|tremor\w*|trembl\w*|twitch\w*|jerk\w*|jumpy muscles|clonus|spasm\w*"
    r"|(?:temp|temperature|fever) (?:is |of |at )?(?:3[89]|4[0-2]|10[1-7])|burning up|high (?:temp|temperature|fever)"
    r"|agitat\w*|(?:heart|pulse) (?:is |rate )?(?:\w+ )?(?:pounding|racing|hammering)|racing heart"
    r"|rigid|stiff muscles|hallucinat\w*|dilated pupils"
)
SEDATIVE = (
    r"xans?|xannies|xanax|bars|alprazolam|benzos?|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|gabapentin"
    r"|gabbies|lyrica|pregabalin|ambien|zolpidem|seroquel|quetiapine|sleeping (?:pills?|tablets)|oxy\w*|percs?"
    r"|percocets?|vicodin|norco|hydrocodone|codeine|tramadol|morphine|methadone|fentanyl|opioids?|opiates?"
    r"|heroin|lean|muscle relaxers?|soma|phenibut|ghb|benadryl|promethazine"
)
DEPRESSANT = (
    r"alcohol|wines?|beers?|vodka|whiske?y|rum|gin|tequila|booze|drinks|drinking|drunk|shots|lean|sizzurp"
    r"|purple drank|cough syrup|opioids?|oxy\w*|heroin|methadone|fentanyl|benzos?|xans?|xanax"
)
DROWSY = (
    r"sleepy|drows\w*|far away|floaty|floating|nodding|nod(?:ding)? off|safe to (?:go to )?sleep|ok to sleep"
    r"|okay to sleep|(?:can'?t|cant) (?:stay|keep) awake|(?:can'?t|cant) keep (?:my|his|her) eyes open"
    r"|breath\w* (?:is |are |so |really )?(?:slow|shallow|weird)|(?:lips|skin|fingers) (?:\w+ )?blue"
    r"|hard to wake|won'?t wake|wont wake|out of it|passing out|blacking out|slurr\w*|room (?:is )?spinning"
)
# Someone else's prescription medicine, counted, in a child's hands.
RX = (
    SEDATIVE
    + r"|"
    + SEROTONERGIC
    + r"|adderall|ritalin|vyvanse|concerta|clonidine|guanfacine|insulin"
    r"|metformin|glipizide|amlodipine|propranolol|metoprolol|beta blockers?|blood pressure (?:pills|meds|tablets)"
    r"|heart (?:pills|meds|tablets)|warfarin|digoxin|iron (?:pills|tablets)|suboxone|buprenorphine"
)
SOMEONES = (
    r"(?:some|a few|several|a couple|one|two|three|four|five|\d+|a handful|a bunch|all|into|got into|a lot)"
    r" (?:of )?(?:my|mum'?s|mom'?s|dad'?s|grandma'?s|grandpa'?s|nana'?s|granny'?s|his (?:mum|mom|dad)'?s"
    r"|her (?:mum|mom|dad)'?s|the|our|your)"
)
# Several days of pills taken at once (a pill organiser emptied, a week's doses).
DAYS_OF_PILLS = (
    r"pill (?:organi[sz]er|box|case|dispenser)|dosette|blister packs?"
    r"|(?:week'?s?|weekly|days'?|days'? worth|whole week) (?:of )?(?:\w+ ){0,2}(?:pills|meds|tablets|medications?|doses)"
    r"|(?:monday|mon|sunday|sun) (?:to|through|thru|till|until|-) (?:\w+day|fri|sat|sun|thu|wed)"
)
AT_ONCE = (
    r"all (?:of )?(?:them|at once|in one go|together|this morning|today|week'?s?|the days?)|at once|in one go"
    r"|at the same time|whole week|entire week|(?:two|three|four|five|six|seven|several|\d) days'? (?:worth|of)"
    r"|(?:monday|mon|sunday|sun) (?:to|through|thru|till|until|-) \w+"
)
EDIBLE = (
    r"edibles?|(?:thc|weed|pot|cannabis|delta[- ]?8) (?:gumm\w*|brownies?|cookies?|chocolates?|candy)"
    r"|space cakes?|greened out|greening out|too much weed"
)
PANIC_SIGN = (
    r"dying|(?:gonna|going to|about to) die|(?:heart rate|pulse|hr) (?:is |of |at )?(?:1[3-9]\d|2\d\d)"
    r"|(?:1[3-9]\d|2\d\d) ?bpm|heart (?:is )?(?:\w+ )?(?:racing|pounding)|chest pain"
    r"|(?:can'?t|cant) breathe|pass(?:ing)? out|hallucinat\w*|(?:can'?t|cant) (?:move|feel)"
    r"|heart (?:is )?(?:going |beating )?(?:crazy|insane|nuts|wild|so fast|really fast|out of my chest|a mile a minute)"
    r"|(?:can'?t|cant|won'?t|wont) stop (?:throwing up|vomiting|puking|shaking)|throwing up (?:nonstop|non-stop|everywhere)"
)
OVERDID = (
    r"overdid (?:it|the \w+|my \w+)|overdone it|od'?d|over ?dosed|(?:took|had|ate|used|drank) (?:way |far )?too (?:much|many)"
    r"|too big (?:a |of a )?dose|double dosed|(?:took|had) a (?:huge|massive|big|heroic) dose"
)
SICK_LONG = (
    r"(?:puking|vomiting|throwing up|been sick|being sick|heaving) (?:\w+ ){0,2}(?:for (?:hours|\d+ hours|hrs|ages"
    r"|the last|all (?:night|day))|nonstop|non-stop|every (?:\d+ )?(?:min\w*|hour))"
    r"|(?:can'?t|cant|unable to|not able to) keep (?:\w+ )?(?:water|fluids|anything|liquids|drinks) down"
    r"|(?:vomiting|throwing up|puking) blood"
)
# Pills with drink told in Arabic written in Latin letters ("akhad habbat kteer ma3 kohol").
ARABIZI_PILLS = r"(?:akhad|a5ad|akhadet|akhadt|khadt|5adt|bala3|bale3|shrib|sharab) (?:\w+ ){0,2}(?:habbat|7abbat|hbob|7bob|dawa|adwiy?e|adwiya)"
ARABIZI_TOO_MUCH = r"kteer|ktir|kter|kteerr|kollon|kellon|kolhom|kohol|alcohol|mish 3am yefi2|ma 3am yefi2|ma byefi2|msh bys7a"
HOW_MUCH = r"how (?:much|many)|what (?:dose|amount)|exact (?:numbers?|amounts?|doses?)|enough"
TO_DAMAGE = (
    r"(?:take|takes|need|needed|enough|would it take|does it take|it take) to (?:\w+ )?(?:damage|destroy|wreck"
    r"|fry|ruin|shut down|kill|fail|hurt) (?:my |the |your |his |her |a |someone'?s )?(?:liver|kidneys?|stomach"
    r"|heart|brain|organs?)|(?:permanent|irreversible|lasting) (?:liver|kidney|organ|brain) (?:damage|failure)"
    r"|(?:take|takes|need|enough|would it take|does it take|it take) to (?:give|cause) (?:my ?self |me |him |her )?"
    r"(?:an? )?(?:stomach (?:bleed|ulcer)|bleed(?:ing)? (?:ulcer|in (?:my|the) stomach)|ulcer|liver failure"
    r"|kidney failure|organ (?:damage|failure)|brain damage|internal bleeding)"
)
# One medicine taken again and again within hours (forgotten doses), with signs now (held-out 9).
REPEATED = (
    r"(?:[2-9]|two|three|four|five|several|multiple|a few) times (?:in|within|over) (?:an?|one|the (?:last|past)|half an"
    r"|\d+|two|three) (?:\w+ )?(?:hours?|hrs?|minutes?|mins?|morning|afternoon|evening)|twice in (?:an?|one|half an)"
    r" (?:hour|hr)|forgot (?:\w+ ){0,4}(?:already )?(?:took|taken|had) (?:it|them|his|her|my|the)|double[- ]?dosed"
    r"|triple[- ]?dosed|doubled up (?:on )?(?:his|her|my|the)|(?:took|taken|had|gave|given) (?:\w+ ){0,3}(?:again|twice)"
    r" (?:by (?:mistake|accident)|(?:cuz|cause|because|since) (?:he|she|i|they) forgot)"
    # ... more often than prescribed, or more than usual (held-out 16: "took the 50,000 iu every day
    # instead of once a week", "used way more than usual").
    r"|(?:every day|daily|each day|every morning|every night|twice a day|three times a day) (?:for \w+ \w+ )?instead of"
    r" (?:once |twice )?(?:a |per |every )?(?:week|month|fortnight|day|weekly|monthly|fortnightly)"
    r"|(?:used|took|taken|injected|smoked|snorted|shot up)\b(?: \w+){0,3} (?:way |much |a lot |far |loads )?more than"
    r" (?:usual|normal|prescribed|(?:she|he|they|i) (?:usually|normally)\b)"
)
DOSE = (
    r"took|taken|had|gave|given|swallowed|used|dose\w*|pills?|tablets?|meds|medicines?|medication"
)
SIGN_NOW = (
    r"confus\w*|jerk\w*|twitch\w*|tremor\w*|drows\w*|(?:can'?t|cant|won'?t|wont) (?:wake|stay awake)|hard to wake"
    r"|hallucinat\w*|vomit\w*|throwing up|dizzy|(?:heart|pulse) (?:is )?(?:racing|pounding|slow)|slurr\w*|seiz\w*"
    r"|not making sense|out of it|agitat\w*|unresponsive|floppy|shaking|shaky|fainted|passed out|(?:can'?t|cant) breathe"
    r"|gurgl\w*|snoring|lips (?:are |look |went |turned )?blue|turning blue"
)
# The rarest group first: a rule stops at the first group that is not found.
RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("serotonin_mix", "overdose", (SEROTONIN_SIGN, SEROTONERGIC, TOOK, MIXED)),
    ("sedative_drink", "overdose", (DROWSY, SEDATIVE, DEPRESSANT, TOOK)),
    ("child_someones_rx", "overdose", (SOMEONES, CHILD, RX, TOOK)),
    ("days_at_once", "overdose", (DAYS_OF_PILLS, AT_ONCE, TOOK)),
    ("edibles_panic", "overdose", (EDIBLE, PANIC_SIGN)),
    ("overdid_sick", "overdose", (OVERDID, SICK_LONG)),
    ("organ_damage_amount", "overdose", (TO_DAMAGE, HOW_MUCH)),
    ("arabizi_pills", "overdose", (ARABIZI_PILLS, ARABIZI_TOO_MUCH)),
    ("repeated_dose_signs", "overdose", (REPEATED, SIGN_NOW, DOSE)),
]

# Rules a general question that names no one leaves ordinary ("early signs of serotonin syndrome").
ASKED_ABOUT = ("serotonin_mix", "sedative_drink", "edibles_panic", "repeated_dose_signs")
UNLESS = {
    "serotonin_mix": r"night sweats|hot flash\w*|hot flush\w*",
    "sedative_drink": r"hangover",
    "overdid_sick": r"too much (?:food|pizza|dinner|lunch|cake|candy|chocolate|turkey)|hangover|stomach bug|norovirus"
    r"|food poisoning",
    "organ_damage_amount": r"over (?:the )?years|long[- ]term|a day|per day|daily",
    "repeated_dose_signs": r"food|dinner|lunch|breakfast|meals?|coffee|caffeine|sugar|sweets|candy",
}
