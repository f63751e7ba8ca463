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
# Told plainly, by what is felt or seen (held-out 8): chest pain with its companions, one side of
# the face or body gone, a stiff neck with fever, a heart racing at rest, a child's ribs sucking
# in, a meter reading HI while sick, rigid with a fever.
CHEST = (
    r"chest (?:\w+ ){0,3}(?:tight\w*|heavy|pressure|squeez\w*|crush\w*|pains?|hurts?|hurting|aches?|burning)"
    r"|(?:tight\w*|heav\w*|crushing|squeezing|pressure|pain) (?:in|on|across) (?:my|his|her|the) chest"
    r"|ont i br[oö]stet|dolor (?:en el|de) pecho|douleur (?:à|a|dans) la poitrine|brustschmerz\w*|dor no peito"
)
SPREAD = (
    r"(?:left |right )?arm (?:\w+ ){0,3}(?:numb|tingl\w*|heavy|dead|hurts?|aches?|pain)|numb (?:left )?arm|jaw"
    r"|clammy|sweat\w*|cold sweat|short of breath|(?:can'?t|cant) (?:breathe|catch (?:my|his|her) breath)|nause\w*"
    r"|throw\w* up|vomit\w*|grey|gray|ashen|svettas|sud(?:ando|or)|transpir\w*|schwitz\w*|suando"
)
ONE_SIDE = (
    r"(?:can'?t|cant|cannot) feel (?:the )?(?:left|right) (?:side|half) of (?:my|his|her) (?:face|body)"
    r"|(?:left|right) (?:side|half) of (?:my|his|her) (?:face|body|mouth) (?:\w+ ){0,2}(?:numb|droop\w*|dead|heavy"
    r"|weak|tingl\w*|slack|fell|sagg\w*)|(?:face|mouth|smile) (?:is |went |has gone )?(?:droop\w*|lopsided|crooked)"
    r"|(?:one|half) (?:side of )?(?:my |his |her )?face (?:\w+ ){0,2}(?:numb|droop\w*|dead)|slurr\w*"
    r"|(?:face|mouth) (?:\w+ ){0,2}(?:numb|droop\w*|dead)(?: and \w+)? on (?:one|the (?:left|right)) side"
    r"|suddenly (?:can'?t|cant) (?:talk|speak|see|walk|lift (?:my|his|her) arm)"
)
STIFF_NECK = (
    r"stiff neck|neck (?:is )?(?:\w+ )?stiff|(?:can'?t|cant) (?:bend|move|touch) (?:his|her|my) (?:chin|neck)"
    r"|(?:won'?t|wont) let (?:me|us) (?:bend|move|touch) (?:his|her) (?:chin|neck)"
)
LIGHT = (
    r"(?:can'?t|cant|cannot|won'?t) (?:stand|bear|handle|take|look at) (?:the )?light|light hurts|photophob\w*"
    r"|rash|confus\w*|drowsy|vomit\w*|throwing up|purple"
)
RACING_HR = r"(?:heart ?rate|pulse|hr|heart) (?:is |of |at |says |reads |going )?(?:1[6-9]\d|2\d\d)\b|(?:1[6-9]\d|2\d\d) ?bpm"
AT_REST = (
    r"sitting|resting|at rest|lying|not slowing|(?:won'?t|wont) (?:slow|go down|come down)|doing nothing|in bed"
    r"|dizzy|chest|faint|for (?:an|\d+) (?:hour|minutes?|mins?)"
)
RETRACTIONS = (
    r"ribs? (?:are |is )?(?:sucking|pulling|caving|going) in|sucking in (?:at|under|between) (?:the |his |her )?ribs"
    r"|skin (?:\w+ )?(?:between|under) (?:the|his|her) ribs|tracheal tug|nostrils (?:are )?flaring"
    r"|(?:can'?t|cant) finish (?:a )?(?:sentence|word)"
)
SUGAR_HIGH = (
    r"(?:reading|meter|monitor|libre|dexcom) (?:is |says |reads |shows |just says )?(?:hi|high)\b"
    r"|(?:sugars?|glucose|bg|blood sugar) (?:is |of |at )?(?:[4-9]\d\d|hi)\b|\b(?:2\d|3\d) ?mmol"
)
# Held-out 29: a low sugar read on a meter (under 3 mmol/l, 20-59 mg/dl, "lo") or a hypo, with the
# brain short of it: confused, slurring, not waking, fitting ("sugar says 1.9 and im confused").
SUGAR_LOW = (
    r"(?:sugars?|glucose|bg|bs|blood sugar|reading|meter|monitor|libre|dexcom|cgm|levels?) (?:is |was |says |reads |shows "
    r"|of |at |dropped to |down to |went to |just says |crashed to )?(?:[0-2](?:\.\d)?|[2-5]\d|lo|low)\b(?! ?(?:%|hours?|days?|am|pm))"
    r"|hypo\b|hypos\b|hypoglyc\w*|(?:sugars?|glucose|bg|blood sugar) (?:is |are |keeps? )?(?:crash\w*|tank\w*|plummet\w*)"
)
BRAIN_SHORT = (
    r"confused(?! (?:about|by|with|why|what|how|if|whether|as to)\b)|confusion|not making sense|(?:isn'?t|isnt|not) making sense|slurr\w*|(?:can'?t|cant|won'?t|wont) (?:\w+ )?wake"
    r"|unresponsive|(?:passing|passed|blacking|blacked) out|faint\w*|seizure|fitting|disorient\w*|acting drunk"
    r"|(?:can'?t|cant) think (?:straight)?|out of it|combative|(?:can'?t|cant) (?:swallow|eat|drink)|drowsy"
)
RIGID = (
    r"(?:went|gone|is|totally|suddenly|all) (?:\w+ )?rigid|stiff as a board|(?:can'?t|cant) (?:move|bend) (?:his|her)"
    r" (?:arms|legs|body)"
)

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
    ("chest_and_more", "medical", (CHEST, SPREAD)),
    ("one_side_gone", "medical", (ONE_SIDE,)),
    ("stiff_neck_fever", "medical", (STIFF_NECK, FEVER, LIGHT)),
    ("racing_at_rest", "medical", (RACING_HR, AT_REST)),
    ("ribs_sucking_in", "medical", (RETRACTIONS,)),
    ("sugar_hi_sick", "medical", (SUGAR_HIGH, SICK)),
    ("rigid_fever", "medical", (RIGID, FEVER)),
    ("sugar_low_brain", "medical", (SUGAR_LOW, BRAIN_SHORT)),
]
# A general question that names no one leaves them ordinary ("what are the signs of dka").
ASKED_ABOUT = tuple(name for name, _, _ in RULES)
UNLESS = {
    "chest_and_more": r"bench press\w*|push-?ups?|pulled (?:a|my) (?:pec|muscle)|costochondritis|chest day"
    r"|(?:last|this past) (?:week|month|year)|years ago|heartburn after|cough\w* (?:fit|a lot|all)"
    r"|\bi get (?:\w+ ){0,2}chest|whenever|every time i|when (?:i'?m |im |i am |i get )?(?:anxious|stressed|nervous)"
    r"|panic attacks?",
    "one_side_gone": r"dentist|filling|novocaine|lidocaine|anaesthe\w*|anesthe\w*|numbing|bell'?s palsy"
    r"|(?:last|this past) (?:week|month|year)|years ago|since birth|drunk|hungover|stand-?up|comedian",
    "racing_at_rest": r"running|workout|sprint\w*|treadmill|spin class|cardio|hiit|exercis\w*|max(?:imum)? heart rate"
    r"|zone \d|training|race|hill|stairs|watch says during",
    "ribs_sucking_in": r"(?:last|this past) (?:week|month|year)|years ago|video|course|exam|textbook|lecture",
    "sugar_low_brain": r"(?:last|this past) (?:week|month|year)|years ago|fine now|ok now|okay now|back up|video|course"
    r"|exam|textbook|lecture|hypothetical\w*|(?:low|less) (?:sugar|carb)|sugar[- ]free|battery",
    "rigid_fever": r"rigid (?:rules|schedule|routine|thinking|mindset|parent\w*)",
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
