"""Violence told by what was done or said, read by `concepts` like `assaults` (a rule is a few word
groups, all found in any order): something hot or hard thrown at a person by someone at home, worse
promised for next time, a named person to be stabbed or shot soon, a minor with a much older
adult, being locked in during a fight, children left alone for days or marked and screamed at.
"""

from __future__ import annotations

from app.safety.patterns.signs import CHILD

# Someone at home (not a child: a toddler throwing his cup is not violence).
AT_HOME = (
    r"husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*|ex|spouse|hubby|dad|father|mom|mum|mother"
    r"|stepdad|step-?dad|stepmom|step-?mum|brother|uncle|(?:her|his|my) (?:mom'?s|mum'?s) boyfriend|he|she"
)
HURLED = r"threw|throws|throwing|thrown|hurl\w*|chuck\w*|flung|flings?|lobbed|pour\w*|tipped|splash\w*|swung|smash\w*"
HOT_HARD = (
    r"(?:hot|boiling|scalding|burning) (?:\w+ )?(?:coffee|tea|water|oil|soup|drink|pan|iron|food)|boiling|scalding"
    r"|kettle|bottles?|glass(?:es)?|plates?|mugs?|cups?|ashtray|chairs?|remote|phone|shoes?|knife|knives|iron|bricks?"
    r"|rocks?|stones?|pans?|dishes|lamp|bowl"
)
AT_ME = (
    r"at (?:me|us|my (?:head|face|body|back|chest|legs?|mum|mom|sister|brother|kids?|son|daughter))"
    r"|(?:on|over|in) (?:me|my (?:face|head|arms?|legs?|chest|back|lap|hands?))|at (?:her|his) (?:head|face)"
)
NEXT_WORSE = (
    r"next time (?:\w+ ){0,3}(?:it'?s|its|it will be|it'?ll be|will be) (?:\w+ ){0,2}(?:worse|harder|you|me|your (?:head"
    r"|face|neck)|my (?:fists?|hands?)|the (?:kettle|knife|gun|iron|bottle|belt|stairs)|a (?:knife|gun|bottle|belt))"
    r"|next time (?:\w+ ){0,2}(?:i'?ll|ill|he'?ll|she'?ll) (?:\w+ )?(?:kill|hurt|stab|shoot|burn|break|finish) (?:you|me|her|him)"
    r"|(?:won'?t|wont|will not) miss (?:next time|again)|(?:it|this)(?:'ll| will) be (?:much |a lot )?worse (?:next time|if (?:you|i))"
)
HURT_DONE = (
    r"threw|throws|thrown|hit|hits|slapp?\w*|punch\w*|push\w*|shov\w*|chok\w*|kick\w*|grabb\w*|burn\w*|scald\w*"
    r"|beat|beats|beaten|strangl\w*"
)
# A named person to be stabbed, shot or hurt, and when or how much it is meant.
ARM = (
    r"(?:want to|wanna|going to|gonna|about to|plan(?:ning)? to|i'?ll|ill|i will|i'?m gonna|im gonna)"
    r" (?:really |actually |seriously |fucking |just )?(?:stab|shoot|knife|hurt|beat up|bash in|glass)"
)
PERSON = (
    r"(?:my |the |that |this )?(?:coworkers?|co-workers?|colleagues?|boss|manager|supervisor|neighbou?rs?|teacher"
    r"|roommate|flatmate|classmates?|ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|brother|sister|mom|mum|dad"
    r"|father|mother|stepdad|stepmom|son|daughter|cousin|uncle|aunt|landlord|friend|bully|bullies)|him|her|them"
    r"|someone|somebody|(?:this|that|the) (?:guy|girl|man|woman|kid|dude|bitch|bastard|asshole|prick)"
)
SOON = (
    r"tomorrow|tonight|today|this (?:morning|afternoon|evening|weekend|week)|on (?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|next time i see|when (?:i see|he gets|she gets|they get|i get|he comes"
    r"|she comes)|at (?:work|school|lunch)|(?:so|really|fucking) (?:angry|mad|pissed)|furious|rage|i hate (?:him|her|them)"
    r"|(?:got|have|bought|brought|with) (?:a |my |the )?(?:knife|gun|blade)"
)
# A minor with an adult much older: ages told, and what goes on between them.
MINOR = (
    r"(?:is|she'?s|shes|he'?s|hes|aged|only|just turned|age|im|i'?m|i am) (?:1[0-6]|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen)|(?:1[0-6]|eleven|twelve|thirteen|fourteen|fifteen|sixteen) ?(?:yo|y/o|years? old|yrs? old"
    r"|year-old|f|m)"
)
AGE = r"(?:2[2-9]|[3-6]\d|twenty-?\w+|thirty\w*|forty\w*|fifty\w*) ?(?:yo|y/o|years? old|yrs? old|year-old)"
ADULT = (
    rf"(?:a|an|some|with|this|that|older|by) (?:{AGE})|(?:{AGE}) (?:man|men|guy|guys|dude|woman|boyfriend|girlfriend"
    r"|bf|gf|teacher|coach|neighbou?r|friend|stranger)|(?:grown|adult) (?:man|guy|woman)"
    r"|in (?:his|her) (?:20s|30s|40s|50s|twenties|thirties|forties|fifties)"
    # The partner's age said bare (held-out 11): "her boyfriend is 25".
    r"|(?:her|his|my) (?:boyfriend|girlfriend|bf|gf) (?:is|who is|who'?s|'?s) (?:2[1-9]|[3-6]\d)\b"
)
TOGETHER = (
    r"sleep\w* with|slept with|sleep\w* together|slept together|sex|dating|dates|boyfriend|girlfriend|hook\w* up|going out with|relationship"
    r"|nudes|gives? (?:her|him) (?:weed|drugs|alcohol|vapes?|money|gifts)|buys? (?:her|him) (?:weed|drugs|alcohol"
    r"|vapes?|gifts)|picks? (?:her|him) up from school|meets? (?:her|him) (?:after school|secretly)"
)
# Kept in by someone at home during a fight or as a punishment.
LOCKED = (
    r"lock(?:s|ed|ing)? (?:me|you|her|him|us|them) (?:\w+ ){0,2}(?:in|inside|up)|locked (?:me|you|her|him|us|them)? ?"
    r"(?:in|inside) (?:the|a|my|our|his|her|their) (?:room|bedroom|bathroom|house|flat|apartment|basement|closet"
    r"|cupboard|car|shed|garage)|(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|not) let (?:me|you|her|him) (?:\w+ )?"
    r"(?:out|leave|go out)|(?:hides|hid|took|takes) (?:my|the|your) (?:keys|shoes) so"
)
FIGHTING = (
    r"fights?|fighting|argu\w*|rows?|angry|mad|punish\w*|for hours|all (?:day|night)|every time|when (?:we|he|she)"
    r" (?:fight|argue|row|disagree)|(?:can'?t|cant) leave|so (?:i|you) (?:can'?t|cant) (?:leave|go)"
)
# Children at risk: left alone for days, marked, screamed at.
YOUNG = CHILD + r"|boys?|girls?|little ones"
HARM_SIGN = (
    r"burn marks?|cigarette burns?|burns|bruis\w*|welts|black eyes?|marks|hungry|starving|no food|begging for food"
    r"|skinny|same (?:dirty )?clothes|going through (?:the )?bins|crying"
)
NEGLECT = (
    r"(?:left|leaves?|leaving|home) (?:\w+ ){0,3}alone (?:\w+ ){0,2}(?:for days|for (?:\d+|two|three|four|several|a few"
    r"|whole) (?:days|nights)|all weekend|overnight|every (?:night|weekend)|for a week)|alone for days"
    r"|for days (?:at a time|on end)|(?:gone|away|out) for days"
    r"|(?:scream\w*|yell\w*|shout\w*|swear\w*) at (?:them|him|her|the (?:kids?|children|boy|girl|baby))"
    r"|(?:hits|beats|smacks|whips) (?:them|him|her|the (?:kids?|children|boy|girl|baby))"
)

# Burns shaped like a cigarette's on a child (held-out 10).
ROUND_BURNS = (
    r"(?:little |small |tiny )?(?:round|circular|cigarette|lighter) (?:burn\w*|burn marks?|scars?)"
    r"|burns? (?:\w+ ){0,3}(?:shaped like|the size of|like) (?:a )?(?:cigarette|lighter)"
)

# Held-out 29: a threat to kill many people, with weapons being got ("keeps saying hell kill everyone
# at his old job and hes been buying ammo").
KILL_MANY = (
    r"(?:kill|shoot|murder|stab|hurt|blow up|take out|get)\w* (?:\w+ )?(?:everyone|every1|everybody|them all|all of them"
    r"|the (?:whole|entire) (?:\w+ )?(?:office|school|class|team|place|building|department|lot)|people at)"
    r"|shoot (?:up )?(?:the|his|her|my|their) (?:school|office|work|workplace|class|church|mosque|synagogue)"
)
ARMED_UP = (
    r"(?:buy|bought|got|getting|gets|order|stock|collect|hoard|has|have|had|keeps?|showing|showed|clean)\w* (?:\w+ ){0,3}"
    r"(?:ammo|ammunition|bullets|rounds|guns?|rifles?|shotguns?|pistols?|handguns?|firearms?|weapons?|knives|machetes?"
    r"|explosives|body armou?r)"
)

# The rarest group first: a rule stops at the first group that is not found.
RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("thrown_at_me", "violence", (HURLED, AT_ME, HOT_HARD, AT_HOME)),
    ("worse_next_time", "violence", (NEXT_WORSE, HURT_DONE, AT_HOME)),
    ("armed_soon", "violence", (ARM + rf" (?:{PERSON})", SOON)),
    ("minor_with_adult", "sexual_assault", (TOGETHER, ADULT, MINOR)),
    ("minor_with_adult", "violence", (TOGETHER, ADULT, MINOR)),
    ("locked_in", "violence", (LOCKED, FIGHTING, AT_HOME)),
    ("children_at_risk", "violence", (NEGLECT, HARM_SIGN, YOUNG)),
    ("child_round_burns", "violence", (ROUND_BURNS, YOUNG)),
    ("mass_threat_armed", "violence", (KILL_MANY, ARMED_UP)),
]
# A general question that names no one leaves it ordinary ("how do you spot cigarette burns").
ASKED_ABOUT = ("child_round_burns",)
UNLESS = {
    "mass_threat_armed": r"game|games|gaming|fortnite|call of duty|cod|zombies?|movie|film|novel|book|series|episode|show"
    r"|paintball|airsoft|nerf|laser tag|gta|minecraft|roblox",
    "child_round_burns": r"eczema|ringworm|impetigo|mosquito\w*|bites?|rash|chicken ?pox|vaccin\w*|bcg|cupping"
    r"|moxibustion|stove|oven|by accident|accidentally|sparklers?|campfire|fireworks?|hair ?straightener|curling iron",
    "thrown_at_me": r"by accident|accidentally|spilled|clumsy|(?:toddler|baby|son|daughter|kid) (?:\w+ )?(?:threw|throws"
    r"|chucked)|tantrum|pillows?|water balloons?|snowballs?|as a joke|prank\w*|(?:hot|boiling) water (?:bottle|tap)"
    r"|to catch|catch it|frisbee|(?:threw|throws|chucked) (?:\w+ )?balls?",
    "worse_next_time": r"(?:game|match|test|exam|race|season|recipe|cake|batch|try|attempt) (?:\w+ ){0,3}next time"
    r"|next time (?:i'?ll|ill) (?:\w+ )?(?:bring|wear|use|try|remember|book|ask|buy|check)",
    "armed_soon": r"in (?:the |a )?(?:game|match|movie|film|play)|fortnite|paintball|nerf|laser tag|airsoft"
    r"|shoot (?:[\w']+ ){0,3}(?:photos?|pictures?|pics|portraits?|headshots|videos?|film|scene|wedding|hoops|pool)"
    r"|(?:photos?|pictures?|pics|portraits?|headshots) (?:of|for) (?:him|her|them|my \w+)|shoot (?:my|your|his|her) shot"
    r"|shoot (?:\w+ ){1,2}(?:a|an) (?:text|message|email|dm|line|note)|(?:don'?t|dont|do not|never) (?:want to|wanna) hurt"
    r"|hurt (?:\w+ )?(?:feelings|chances)|when i tell (?:him|her|them)|stab (?:\w+ ){1,2}in the back",
    "minor_with_adult": r"(?:teach|explain|talk|ask)\w* (?:\w+ ){0,3}about (?:sex|consent|dating|relationships)"
    r"|how do i explain|the talk"
    r"|sex ed\w*|birds and (?:the )?bees|crush on|(?:in|on) (?:a|the) (?:movie|film|show|book|novel|series)"
    r"|actor|actress|celebrity",
    "locked_in": r"by accident|accidentally|locksmith|lockdown|quarantine|self[- ]isolat\w*|escape room|prank\w*"
    r"|as a joke|(?:my ?self|him ?self|her ?self) (?:in|out)|(?:car|house|flat|phone|account) keys",
    "children_at_risk": r"(?:can|should|could) i leave|(?:ok|okay|safe|legal|fine|normal) to leave"
    r"|(?:at what age|how old|old enough) (?:\w+ ){0,5}(?:leave|left|stay (?:home )?alone|babysit\w*)|mosquito\w*|bites"
    r"|rash|chicken ?pox|sunburn|eczema|birthmarks?|by accident|accidentally"
    r"|(?:from|at|in|playing) (?:the )?(?:football|soccer|rugby|hockey|playground|trampoline)"
    r"|i (?:yelled|screamed|shouted|yell|scream|shout)",
}
