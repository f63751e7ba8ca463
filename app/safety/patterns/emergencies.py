"""Medical emergencies told by their signs, read by `concepts` like `signs` (a rule is a few word
groups, all found in any order): a bone through the skin, a limb the wrong way with a cold foot, a
painless white burn, a chemical in the eye, blood pumping out or pouring with dizziness, diabetic
ketoacidosis, dark urine after a hard workout, appendicitis, a feverish child with a purple rash,
fever after giving birth, a tearing back pain, a sting and no breath, a yellow newborn who will not
wake for feeds.
"""

from __future__ import annotations

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
# A general question that names no one leaves them ordinary ("what are the signs of dka").
ASKED_ABOUT = tuple(name for name, _, _ in RULES)
UNLESS = {
    "bone_out": r"hip ?bones?|collar ?bones?|cheek ?bones?|ribs|spine|skinny|fish|chicken|ham|steak|broth|soup",
    "deep_burn": r"toast|cake|rice|steak|pizza|cookies|sunburn|frostbite|laser|wart|mole|burnout|burned out"
    r"|burnt out|candles?",
    "chemical_eye": r"pool|swimming|goggles|shampoo|soap|sunscreen|onions?|contact lens\w*|eye ?drops",
    "blood_pumping": r"period|menstrua\w*|nose ?bleeds?|heart (?:is )?pumping|adrenaline",
    "bleeding_dizzy": r"period|menstrua\w*|nose ?bleeds?",
    "dark_urine_muscle": r"beets?|beetroot|rhubarb|fava|vitamins?|b12|b-complex",
    "tearing_pain": r"pulled (?:a |my )?muscle|strain\w*|sprain\w*",
    "yellow_newborn": r"carrots?|sweet potato\w*|squash|puree",
}
