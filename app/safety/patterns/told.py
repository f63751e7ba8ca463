"""Overdoses and medical emergencies told by their signs, read by `concepts` like `signs` (a rule is
a few word groups, all found in any order): a serotonin mix with sweating or twitching, sedatives
with drink and drowsiness, a child with someone's tablets, days of pills taken at once, edibles with
a racing heart, being sick for hours after too much of something, an organ to be damaged on
purpose; a bone through the skin, a limb the wrong way with a cold foot, a painless white burn, a
chemical in the eye, blood pumping out, diabetic ketoacidosis, dark urine after a hard workout,
appendicitis, a feverish child with a purple rash, fever after giving birth, a tearing back pain, a
sting and no breath, a yellow newborn who will not wake.
"""

from __future__ import annotations

from app.safety.patterns.signs import CHILD

TOOK = (
    r"took|taken|taking|takes|had|have had|swallowed|popped|downed|mixed|mixing|combined|started|ate|eaten|drank"
    r"|gave|given|been on|got into|gotten into|chewed|in (?:his|her|their) mouth"
)
NOW = r"now|right now|since|started|an hour|hours?|ago|this (?:morning|evening|afternoon)|tonight|keeps?|suddenly"
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
# Injuries and illnesses told by what is seen.
BONE_OUT = (
    r"bones? (?:is |was )?(?:poking|sticking|jutting|pushing|coming) (?:\w+ )?(?:out|through)"
    r"|(?:see|seeing|can see) (?:the |his |her |my )?bone|bones? (?:through|out of) (?:the |his |her |my )?(?:skin|leg|arm|shin)"
    r"|compound fracture|open fracture|osso (?:\w+ )?(?:exposto|para fora)|hueso (?:expuesto|salido|afuera)|os qui sort"
)
WRONG_WAY = (
    r"(?:pointing|facing|bent|twisted|turned|going|sticking out) (?:the )?wrong way|(?:weird|funny|strange|odd"
    r"|unnatural|wrong|horrible) angle|bent (?:backwards|sideways)|deformed|(?:dislocated|misshapen)"
)
COLD_LIMB = (
    r"(?:foot|feet|hand|toes|fingers|leg|arm) (?:is |are |feels? |looks? |went |going |turning |has gone )?"
    r"(?:\w+ )?(?:cold|numb|blue|white|pale|purple|tingl\w*)|(?:can'?t|cant) feel (?:my |his |her )?(?:foot|toes|hand"
    r"|fingers|leg)|no pulse"
)
BURN = (
    r"burn\w*|burnt|scald\w*|boiling|hot oil|grease|fire|flames?|steam|chemical|iron|stove|kettle"
)
DEEP_BURN = (
    r"(?:skin|burn|blister|it|area|wound) (?:is |looks |went |turned |has gone |gone |looks all )(?:\w+ )?(?:white"
    r"|leathery|charred|black|waxy|grey|gray)|leathery|charred (?:skin|flesh)|painless"
    r"|(?:doesn'?t|doesnt|does not|don'?t|dont) (?:even )?(?:hurt|feel (?:anything|it|pain))|no (?:pain|feeling)|numb"
)
EYE = r"eyes?|eyeball|eye ball|olho|ojo|oeil|auge"
CHEMICAL = (
    r"bleach|oven cleaner|drain cleaner|toilet cleaner|cleaner|chemicals?|dishwasher (?:powder|tablets?|pods?|gel)"
    r"|laundry (?:powder|pods?|liquid)|acid|lye|ammonia|caustic|detergent"
    r"|cement|concrete|lime|battery acid|super ?glue|hair dye|relaxer|degreaser|sodium hydroxide"
    r"|lej[ií]a|javel|candeggina"
)
SPLASH = (
    r"splash\w*|sprayed|squirted|spurted|got (?:\w+ ){0,3}in|went (?:\w+ )?in|in (?:my|his|her|their|the) eyes?"
    r"|into (?:my|his|her|the|their) eyes?"
)
ARTERIAL = (
    r"(?:blood|bleeding|it) (?:is |keeps )?(?:\w+ ){0,2}(?:pumping|spurting|squirting|pulsing|spraying|jetting)"
    r"|(?:pumping|spurting|squirting|spraying) (?:out )?blood"
)
HEAVY_BLOOD = (
    r"(?:blood|bleeding) (?:is |keeps )?(?:\w+ ){0,2}(?:gushing|pouring|everywhere|won'?t stop|wont stop)"
    r"|(?:soaked|soaking) (?:through )?(?:\w+ ){0,2}(?:towels?|bandages?|shirt|tea ?towels?)"
)
WOOZY = r"dizzy|light ?headed|faint\w*|woozy|pale|clammy|(?:going|seeing) (?:grey|gray|black|white)|pass(?:ing)? out|cold and sweaty"
DIABETIC = r"type ?1|t1d?|diabet\w*|insulin|blood sugar|bg|glucose|ketones?"
DKA_SIGN = (
    r"fruity|acetone|nail polish|pear drops|ketones? (?:are |is )?(?:high|large|big|dark)"
    r"|breath\w* (?:really |very |so |super )?(?:deep|fast|heavy|hard|weird)|deep (?:fast )?breath\w*|kussmaul"
)
SICK = (
    r"vomit\w*|puking|throwing up|threw up|been sick|being sick|drows\w*|confus\w*|(?:stomach|belly|tummy) (?:pain|hurts|ache)"
    r"|sleepy|lethargic|floppy|won'?t wake|hard to wake"
)
DARK_URINE = (
    r"(?:pee|urine|wee|piss) (?:is |was |looks |turned |went |has gone |came out )?(?:\w+ ){0,3}(?:cola|coke|brown"
    r"|tea[- ]colou?red|coffee|rusty|red-?brown)|(?:cola|coke|brown|tea|coffee)[- ]colou?red (?:pee|urine|wee)"
    r"|(?:dark )?brown (?:pee|urine|wee)"
)
MUSCLE_HARD = (
    r"(?:muscles?|thighs?|legs?|arms?|biceps?|quads?|calves|glutes) (?:are |is |feel |got |look )?(?:so |super |really"
    r" |very )?(?:swollen|swelling|puffy|rock hard|huge|tight and swollen|blown up)|workout|worked out|working out"
    r"|exercis\w*|spin class|crossfit|gym|squats|marathon|training"
)
RIGHT_LOW = (
    r"(?:lower|low|bottom) (?:\w+ ){0,2}right|right (?:\w+ ){0,2}(?:lower|low|bottom)"
    r"|right (?:side|hand side) of (?:my|his|her|the) (?:stomach|belly|tummy|abdomen)|appendix"
)
BELLY_PAIN = r"pain\w*|hurts?|hurting|ache|agony|cramp\w*|sore|stabbing"
FEVER = r"fever\w*|feverish|temp|temperature|chills|burning up|febre|fiebre|fi[eè]vre|fieber"
BAD_TURN = (
    r"vomit\w*|puking|throwing up|threw up|(?:can'?t|cant) (?:stand|walk|straighten)|doubled over|severe|worst"
    r"|agony|excruciating"
)
PURPLE_RASH = (
    r"purple|blotch\w*|mottled|non-?blanching|(?:doesn'?t|doesnt|won'?t|wont|does not) fade|glass test"
    r"|petechi\w*|pinpricks?|bruise-?like rash"
)
SEPSIS_SIGN = (
    r"(?:breathing|breaths?) (?:super |really |very |so )?(?:fast|quick|rapid|hard)|cold (?:hands|feet)"
    r"|(?:hands|feet) (?:are |feel )?(?:\w+ )?cold|floppy|limp|drowsy|won'?t wake|hard to wake|stiff neck"
    r"|(?:doesn'?t|doesnt) like (?:the )?light|confus\w*"
)
POSTPARTUM = (
    r"(?:after|since) (?:giving birth|delivery|the birth|my c[- ]?section|having (?:the |my )?baby|labou?r)"
    r"|(?:gave|given) birth|post-?partum|(?:\d+|two|three|ten) (?:days?|weeks?) (?:after|post|pp|since) (?:\w+ )?"
    r"(?:delivery|birth|baby|giving birth|c[- ]?section)|days? pp|after (?:i )?delivered|postnatal"
)
INFECTION_SIGN = (
    r"(?:bad|foul|awful|horrible|strange|fishy|rotten)[- ](?:smell\w*|odou?r)|smell\w* (?:bad|foul|awful|rotten)"
    r"|discharge|(?:belly|stomach|tummy|abdomen|uterus|womb|incision|wound|scar|stitches) (?:is |are |feels? )?"
    r"(?:\w+ )?(?:sore|tender|red|hot|painful|hurts|oozing)|clots|heavy bleeding"
)
TEARING = (
    r"(?:tearing|ripping|shredding)(?: \w+)? (?:pain|sensation|feeling)|pain (?:\w+ ){0,3}(?:tearing|ripping)"
    r"|feels? like (?:\w+ ){0,3}(?:tearing|ripping|being torn)"
)
TORSO = r"back|chest|shoulder ?blades?|between (?:my|his|her|the) shoulders"
STING = (
    r"sting|stung|bee|wasp|hornet|peanuts?|nuts?|shellfish|shrimp|prawns?|allerg\w*|gestochen|stich|biene|wespe"
    r"|picad[oa]|abeja|avispa|abelha|vespa|piqu[ée]e?|abeille|gu[eê]pe|punt[oa]|ape"
)
NO_BREATH = (
    r"(?:can'?t|cant|cannot|can hardly|can barely|hardly|barely|struggling to|trouble|hard to) (?:\w+ )?breath\w*"
    r"|kaum (?:noch )?luft|keine luft|atemnot|no puede respirar|apenas (?:puede )?respira\w*|ne peut (?:plus )?respirer"
    r"|respire mal|n[aã]o consegue respirar|mal consegue respirar|falta de ar|non riesce a respirare"
)
NEWBORN = r"newborn|new born|(?:\d+|two|three|four|five|six|ten) (?:days?|weeks?) old|baby|bebe|nb"
YELLOW = r"yellow\w*|jaundic\w*|orange skin|whites of (?:his|her|their) eyes"
WONT_FEED = (
    r"(?:won'?t|wont|not|isn'?t|isnt|hard to|can'?t|cant) (?:\w+ )?(?:wak\w*|feed\w*)|sleep\w* through (?:\w+ )?feeds"
    r"|refus\w* (?:to feed|feeds|the breast|the bottle)|floppy|lethargic|limp|high[- ]pitched cry"
    r"|(?:pale|white|chalky) (?:poo|stool|poop)"
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
    ("bone_out", "medical", (BONE_OUT,)),
    ("limb_wrong_way", "medical", (WRONG_WAY, COLD_LIMB)),
    ("deep_burn", "medical", (DEEP_BURN, BURN)),
    ("chemical_eye", "medical", (EYE, CHEMICAL, SPLASH)),
    ("blood_pumping", "medical", (ARTERIAL,)),
    ("bleeding_dizzy", "medical", (HEAVY_BLOOD, WOOZY)),
    ("ketoacidosis", "medical", (DKA_SIGN, DIABETIC, SICK)),
    ("dark_urine_muscle", "medical", (DARK_URINE, MUSCLE_HARD)),
    ("appendicitis", "medical", (RIGHT_LOW, BELLY_PAIN, FEVER, BAD_TURN)),
    ("fever_purple_rash", "medical", (PURPLE_RASH, FEVER, SEPSIS_SIGN)),
    ("postpartum_fever", "medical", (POSTPARTUM, FEVER, INFECTION_SIGN)),
    ("tearing_pain", "medical", (TEARING, TORSO)),
    ("sting_no_breath", "medical", (NO_BREATH, STING)),
    ("yellow_newborn", "medical", (YELLOW, NEWBORN, WONT_FEED)),
]
# Rules a general question that names no one leaves ordinary ("signs of dka: fruity breath...").
ASKED_ABOUT = tuple(name for name, cat, _ in RULES if cat == "medical") + (
    "serotonin_mix",
    "sedative_drink",
    "edibles_panic",
)
UNLESS = {
    "serotonin_mix": r"night sweats|at night|hot flash\w*|hot flush\w*",
    "sedative_drink": r"hangover",
    "overdid_sick": r"food|pizza|dinner|lunch|christmas|thanksgiving|to drink|drinking|hangover|stomach bug"
    r"|norovirus|flu",
    "organ_damage_amount": r"over (?:the )?years|long[- ]term|a day|per day|daily|drinking|alcohol|beer|wine",
    "bone_out": r"hip ?bones?|collar ?bones?|cheek ?bones?|ribs|spine|skinny|thin|weight|fish|chicken|ham|steak"
    r"|broth|soup",
    "deep_burn": r"toast|pan|pot|food|cake|rice|steak|pizza|cookies|sunburn|frostbite|laser|wart|mole"
    r"|burnout|burned out|burnt out|candles?",
    "chemical_eye": r"pool|swimming|swim|goggles|shampoo|soap|sunscreen|onions?|contacts?|eye ?drops",
    "blood_pumping": r"period|menstrua\w*|nose ?bleeds?|heart (?:is )?pumping|adrenaline|gym|workout",
    "bleeding_dizzy": r"period|menstrua\w*|nose ?bleeds?",
    "dark_urine_muscle": r"beets?|beetroot|rhubarb|fava|vitamins?|b12|b-complex",
    "tearing_pain": r"pulled (?:a |my )?muscle|strain\w*|sprain\w*|deadlifts?",
    "yellow_newborn": r"carrots?|sweet potato\w*|squash|puree",
}
