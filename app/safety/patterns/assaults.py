"""Violence and sexual assault told by what happened, without a crisis word; read by `concepts`
like `signs` (a rule is a few word groups, all found in any order): not stopping at "no", a child's
undressing "game", an adult asking a minor for pictures, being cornered and grabbed, coercive
control, being pushed around, a tracker from an ex, photos of one's house with a threat, rumours
of a gun at school, an adult hurting children, bruises a pet is blamed for.
"""

from __future__ import annotations

from app.safety.patterns.pets import PET_BLAMED
from app.safety.patterns.signs import CHILD

SAID_NO = (
    r"(?:said|told (?:him|her|them)|kept saying|begged(?: (?:him|her|them))?|asked (?:him|her|them) to stop|screamed|cried"
    r"|(?:started|began|was) (?:crying|to cry|sobbing|shaking)|froze|pushed (?:him|her|them) away|tried to push)"
)
KEPT_GOING = (
    r"(?:didn'?t|didnt|did not|wouldn'?t|wouldnt|would not|never) stop (?:even )?(?:when|after|though|even though|once)"
    r" (?:i|she|he) (?:said|told|kept saying|begged|asked|screamed|cried)"
    r"|(?:i|she) (?:said|told (?:him|her|them)) (?:no|stop)\b(?: \w+){0,3} (?:but|and) (?:he|she|they) (?:\w+ ){0,2}"
    r"(?:kept going|did it anyway|didn'?t stop|didnt stop|carried on|continued|wouldn'?t stop|wouldnt stop)"
    rf"|(?:kept going|carried on|did it anyway|continued) (?:after|when|even (?:though|after|when)|though) (?:i|she) {SAID_NO}"
    r"|(?:i|she) froze\b.{0,40}\b(?:he|she|they) (?:just )?(?:kept going|carried on|didn'?t stop|didnt stop|did it anyway)"
    # ... told in the present, with the distress said (held-out 16: "does it anyway even when i say
    # no and cry"; a toddler who does it anyway when told no is not crying over it)
    r"|(?:does|keeps doing|did|kept doing) it anyway (?:even )?(?:when|after|though|even though|if) (?:i|she)"
    r" (?:say|says|said|tell (?:him|her|them)) (?:no|stop)\b[^.?!]{0,20}\b(?:cry|cries|crying|cried|beg\w*"
    r"|push\w*|scream\w*|fight\w*)"
)
GAME = r"games?|secret|tickl\w*|special|play\w*"
UNDRESS = (
    r"(?:take|took|taking|taken|takes) (?:\w+ ){0,2}(?:pants|clothes|underwear|knickers|shirt|top|nappy|diaper|trousers"
    r"|shorts|panties|pajamas) off|(?:pants|clothes|underwear|knickers|panties) off|naked|undress\w*|no clothes"
    r"|private (?:parts|places)|privates|touch\w* (?:her|his|my) (?:bottom|bum|wee\w*|willy|vagina|penis|pee ?pee)"
)
OLDER = (
    r"babysitter|sitter|nanny|uncle|aunt|coach|teacher|neighbou?r|man|guy|cousin|stepdad|step-?dad|grandpa|tutor"
    r"|priest|boyfriend|friend|someone|older (?:boy|girl|kid)|teenager|he|she"
)
ADULT_ROLE = (
    r"coach|teacher|tutor|instructor|trainer|pastor|priest|youth (?:leader|pastor|worker)|scout ?master|step-?dad"
    r"|stepdad|uncle|(?:an? |some )?(?:older|grown) (?:man|guy|woman)|adult|(?:a )?guy (?:online|from)|someone online"
    r"|\d\d ?(?:yo|y/o|year old) (?:man|guy|woman)"
)
PICS = (
    r"(?:send|sends|sent|sending|ask\w* (?:me )?for|wants?|wanted) (?:me |him |her )?(?:\w+ ){0,3}(?:pics|pictures|photos"
    r"|nudes|selfies|snaps|videos)|(?:pics|pictures|photos|nudes) (?:back|of me|of my body)|send (?:some|one|them|it) back"
)
LEVERAGE = (
    r"if i want|or (?:else|he'?ll|she'?ll|i won'?t)|(?:says|said|told me) i (?:need|have|had) to|secret|don'?t tell"
    r"|dont tell|delete|in return|threaten\w*|not tell|between us|our (?:little )?secret|nobody needs to know"
)
CORNERED = (
    r"corners?|cornered|cornering|traps?|trapped|pins?|pinned|blocks? (?:the )?(?:door|my way)|gets? me alone"
    r"|alone with me|follows? me (?:into|to)"
)
GRABBED = (
    r"grab\w* (?:me|her|him|my (?:ass|butt|bum|chest|breasts?|boobs?|crotch|waist|thighs?|legs?|hips?))|gropes?|groped"
    r"|groping|touch\w* (?:me|her|him|my)|feels? me up|rubs? (?:against|up)|kiss\w* (?:me|her|him)|forces?|forced"
)
PARTNER = (
    r"boyfriend|girlfriend|bf|gf|husband|wife|partner|fianc\w*|ex|spouse|man|hubby|marido|esposo|namorado|novio"
    r"|mari|copain|freund|mann|he|she|he'?s|hes|she'?s|shes|stepdad|step-?dad|dad|father|stepmom|step-?mum"
    r"|(?:her|his|my) (?:mom'?s|mum'?s) boyfriend"
)
MONITOR = (
    r"checks? (?:\w+ )?(?:my )?(?:phone|texts|messages|emails)|reads? my (?:texts|messages)|goes through my phone"
    r"|took (?:away )?(?:my )?(?:bank ?cards?|cards|money|phone|keys|car keys|passport|wallet)|(?:controls|takes) (?:all )?"
    r"(?:my|our) (?:money|wages|pay)|tracks? (?:my )?(?:location|phone)|location on"
)
ISOLATE = (
    r"(?:not|never) allowed to (?:see|talk|go|leave|have|visit|call|work)|won'?t let me (?:see|talk|go|leave|have"
    r"|visit|call|work)|wont let me|doesn'?t let me|doesnt let me|cut me off from|locks? me (?:in|out)|isolat\w* me"
)
PUSHED = (
    r"(?:push|shov|throw|threw|slam)\w* (?:my (?:mom|mum|mother|sister|brother|wife|girlfriend|kids?|son|daughter)"
    r"|her|him|them) (?:around|against|into|down|over|to the (?:floor|ground))"
    r"|push\w* me (?:around|against|into|down|over)|shov\w* me|throws? me (?:against|into|down|around)|threw me"
    r"|slams? me|slammed me|pinned me|chok\w* me|grab\w* me by (?:the|my) (?:neck|throat|hair|arm)|me empurr\w*"
    r"|me empuj\w*|m'a pouss[ée]e?|hat mich (?:gesto[ßs]en|geschubst)|mi ha spint[oa]|me bate\b|me bateu\b(?! (?:uma?|aquela|aquele)\b)|me pega\b(?! (?:mucho|bien|el sol)\b)"
)
TRACKER = r"airtags?|tile trackers?|trackers?|tracking|gps|spyware|stalkerware|stalk\w*|following me|follows me"
FROM_EX = (
    r"ex|ex-\w+|restraining|protection order|found (?:an? |a hidden )?(?:airtag|tracker|gps)|hidden|(?:isn'?t|isnt|not) mine"
    r"|someone (?:is |has been |'s been )?(?:tracking|following|stalking)"
)
MY_PLACE = (
    r"(?:photos?|pics?|pictures?|videos?) of (?:my|our) (?:front |back )?(?:house|home|car|street|door|kids?|work|apartment|flat|window)"
    r"|knows? where i (?:live|work|sleep)|(?:my|our) (?:home )?address|outside my (?:house|home|window|work|door)"
)
THREAT = (
    r"(?:you'?re|youre|ur|your|i'?m|im|i am) next|watch your back|you'?ll (?:regret|pay|be sorry)|coming for (?:you|me)"
    r"|(?:i'?ll|ill|gonna|going to) (?:get|find|hurt|kill) (?:you|me)|see you soon|threaten\w* (?:me|to|my)"
    r"|threats? (?:to|against)"
)
SCHOOL_GUN = (
    r"(?:bring|bringing|brings|brought) (?:a |his |her |their )?(?:guns?|weapons?|rifle|pistol|bomb)|shoot (?:up )?(?:the |our )?"
    r"(?:school|cafeteria|class|gym|assembly|hallway|place)|shoot(?:ing)? up|(?:shoot|kill) everyone|bomb threat|hit ?list|kill list"
)
CARER = (
    r"teacher|coach|babysitter|nanny|stepdad|step-?dad|step-?mom|step-?mum|daycare|nursery|carer|caregiver|tutor"
    r"|uncle|aunt|dad|mom|mum|father|mother|boyfriend|parents?"
)
ROUGH = r"grabs?|grabbed|hits?|hitting|slaps?|slapped|slapping|kicks?|kicked|shakes|shook|throws?|threw|chokes?|twists?|pinches"
KIDS = r"kids|children|students|pupils|us|me|my (?:little |baby |younger |big )?(?:son|daughter|brother|sister|baby)|him|her"
MARKED = r"bruis\w*|marks?|bleed\w*|bled|welts|(?:left|leaves) (?:a )?marks?|scared|afraid|hurts? (?:so )?(?:bad|a lot)"
SCHOOL_DAY = r"school|class|cafeteria|campus|assembly|monday|tuesday|wednesday|thursday|friday|tomorrow|next week|rumou?rs?"

# Hurt by a group or by an adult's touch (held-out 8).
ATTACKED = (
    r"(?:push|shov)\w* me (?:down|off|into|against)|kick\w* me|beat\w* me up|jump\w* me|got (?:beaten|beat|jumped) up"
    r"|(?:was|got|been) (?:beaten|jumped|mugged|attacked|stabbed|punched)"
)
ATTACKERS = r"kids|boys|girls|guys|classmates|at school|bull(?:y|ies|ied)|gang|group|some (?:men|people|lads)|they"
LAP_TOUCH = (
    r"sit on (?:his|her) lap|touch\w* (?:me|my (?:legs?|thighs?|chest|bum|butt))|kiss\w* me|shower with (?:me|us)"
    r"|(?:sleep|sleeps|slept) in my bed|hugs? me (?:too long|and won'?t let go)"
)
# An adult in someone's care mistreated by the one who cares for them (elder or disabled abuse).
CARE_GIVER = (
    r"(?:my|our|his|her|their|\w+'?s) (?:new |home |live-?in |night |day )?(?:carers?|caregivers?|care ?givers?"
    r"|care workers?|support workers?|home help|aides?|helpers?|pa)|(?:the|a) (?:new |night |day |home |live-?in )?(?:carers?|caregivers?|care home staff|care staff)"
)
MISTREATS = (
    r"pinch\w*|slap\w*|hits?|hitting|shov\w*|shout\w* at|hurts? (?:me|her|him|them)|rough with|handles? (?:me|her|him) rough"
    r"|takes? (?:my|her|his|their) (?:money|pension|cards?|bank cards?|pin|savings)|took (?:my|her|his) (?:money|pension|cards?)"
    r"|steals?|stole|stealing|locks? (?:me|her|him|them) in|(?:won'?t|wont|doesn'?t|doesnt) let (?:me|her|him) (?:eat|call|see|out)"
    r"|(?:nobody|no one|noone) (?:will|would) believe|threaten\w*|leaves? (?:me|her|him) (?:in (?:my|her|his) (?:own )?"
    r"(?:mess|urine|wee|pee)|without (?:food|water|meds))"
)
# A child or someone else made to undress and then touched, watched or filmed; made to do sexual
# things is a phrase in `sexual_assault` (held-out 10).
MADE_UNDRESS = (
    r"(?:made|makes|make|making|forced|forces|force|told|tells|got) (?:him|her|me|them|us|my \w+) (?:to )?(?:take (?:\w+ ){0,2}"
    r"(?:clothes|pants|underwear|shirt|top|trousers|shorts|knickers|panties|pajamas) off|undress\w*|get naked|be naked"
    r"|strip (?:off|naked|down)|show (?:him|her|them) (?:his|her|my|their) (?:privates|private parts|body))"
)
TOUCHED_AFTER = (
    r"touch\w* (?:him|her|me|them|us|my|his|their)|feel\w* (?:him|her|me) up|kiss\w* (?:him|her|me)|watch\w*|photos?"
    r"|pictures?|pics|film\w*|record\w*|videos?"
)
# Bruises on a person with a pet blamed for them: a cover story (the gate that blanks what a pet
# ate or has keeps it, `gates.COVER_PET`). Cuts and lines with a cover story are `sideways`.
BRUISED = (
    r"bruis\w*|black eyes?|welts|(?:burns?|marks) (?:\w+ ){0,3}(?:on|all over) (?:her|his|their|my)"
)
# Intimidation by a partner, often asked as "is it normal for a partner to ..." (held-out 27): a
# fist into the wall by one's head, things thrown at or past one, the door blocked, a raised fist.
# Not in `ASKED_ABOUT`: the general-sounding question is how such a thing is told.
INTIMIDATE = (
    r"punch\w* (?:the |a )?walls? (?:\w+ ){0,2}(?:next to|beside|by|near|behind|above|inches from|right by)"
    r" (?:my|your|her|his) (?:head|face)|punch\w* (?:a |the )?holes? in (?:the|a) (?:wall|door)"
    r"|(?:smash|break|broke|throw|threw)\w* (?:my|your|her) (?:phone|things|stuff|belongings)"
    r"|(?:throws?|threw|throwing) (?:things|stuff|plates|glasses|\w+) (?:at|near|past|by) (?:me|you|my|your)"
    r"|blocks? (?:the )?(?:door|doorway|exit|my way|your way)|block\w* (?:me|you) (?:in|from leaving)"
    r"|(?:stands?|standing|stood) in (?:the )?doorway|rais\w* (?:his|her|a) (?:fist|hand) (?:at|to) (?:me|you)"
    r"|(?:drives?|drove|driving) (?:\w+ )?(?:fast|recklessly|crazy) to scare|(?:screams?|yells?|screaming|yelling)"
    r" (?:right )?in (?:my|your) face"
)
# Held-out 27 and 29's left kind: held so hard it marks ("grabs my wrists so hard they bruise").
GRABBED_HARD = (
    r"(?:grabs?|grabbed|grabbing|squeez\w*|yank\w*|twist\w*|holds?|held|pins?|pinned|digs?|dug) (?:\w+ )?(?:my|me by (?:the|my))"
    r" (?:wrists?|arms?|upper arms?|neck|throat|hair|jaw|face|shoulders?)"
)
GRAB_MARKS = r"bruis\w*|marks?|finger ?marks|welts?|red (?:marks|lines)|swollen|so hard|too hard|till it hurts|until it hurts"

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("partner_intimidates", "violence", (INTIMIDATE, PARTNER)),
    ("kept_going_after_no", "sexual_assault", (KEPT_GOING,)),
    ("child_undress_game", "sexual_assault", (UNDRESS, GAME, CHILD, OLDER)),
    ("adult_asks_pics", "sexual_assault", (PICS, ADULT_ROLE, LEVERAGE)),
    ("cornered_grabbed", "sexual_assault", (CORNERED, GRABBED)),
    ("coercive_control", "violence", (MONITOR, ISOLATE, PARTNER)),
    ("pushed_around", "violence", (PUSHED, PARTNER)),
    ("tracker_ex", "violence", (TRACKER, FROM_EX)),
    ("my_place_threat", "violence", (MY_PLACE, THREAT)),
    ("school_gun", "violence", (SCHOOL_GUN, SCHOOL_DAY)),
    ("adult_hurts_kids", "violence", (ROUGH, MARKED, CARER, KIDS)),
    ("carer_mistreats", "violence", (CARE_GIVER, MISTREATS)),
    ("attacked_by_group", "violence", (ATTACKED, ATTACKERS)),
    ("adult_touch", "sexual_assault", (LAP_TOUCH, ADULT_ROLE)),
    ("bruises_pet_blamed", "violence", (PET_BLAMED, BRUISED)),
    ("made_undress_touched", "sexual_assault", (MADE_UNDRESS, TOUCHED_AFTER)),
    ("grabbed_bruised", "violence", (GRABBED_HARD, GRAB_MARKS, PARTNER)),
]
# A general question that names no one leaves them ordinary ("what is coercive control").
ASKED_ABOUT = ("child_undress_game", "coercive_control", "adult_hurts_kids", "carer_mistreats")
UNLESS = {
    "partner_intimidates": r"movie|film|show|series|character|book|game|neighbou?rs?|upstairs|next door|toddler"
    r"|tantrum|(?:\d|one|two|three|four|five) ?(?:yo|y/o|year old)|baby|goalie|ball|teammate|coach",
    "kept_going_after_no": r"toddler|tantrum|(?:didn'?t|didnt|wouldn'?t|wouldnt|won'?t|wont|never) stop crying|kept crying"
    r"|whining|puppy|kitten|on stage",
    "made_undress_touched": r"doctor|nurse|physical|exam\w*|check ?up|medical|hospital|x-?rays?|scans?|wet clothes"
    r"|muddy|swimsuit|swimming costume|bath ?time",
    "child_undress_game": r"bath\w*|swim\w*|pool|chang\w* (?:room|table)|potty|getting dressed|dress-?up|paddling"
    r"|sprinkler|beach",
    "adult_asks_pics": r"form|technique|homework|project|class photo|yearbook|team photo|school photo",
    "cornered_grabbed": r"defender|opponent|wrestl\w*|bjj|judo|boxing|sparring|tag",
    "coercive_control": r"i'?m (?:1[0-7]|a teen\w*)|im (?:1[0-7]|a teen\w*)|curfew|grounded"
    r"|my (?:mom|mum|dad|parents) (?:checks?|won'?t let|wont let|takes?|took|reads?)",
    "grabbed_bruised": r"toddler|baby|tantrum|(?:\d|one|two|three|four|five) ?(?:yo|y/o|year old)|physio\w*|massage\w*"
    r"|nurse|bjj|judo|wrestl\w*|sparring|dance|dancing|salsa|climb\w*|rollercoaster|ride|fell|falling|slipped|lol",
    "pushed_around": r"wheelchair|stroller|pram|swing|pool|as a joke|prank\w*|play fight\w*|wrestl\w*|mosh|crowd"
    r"|concert|tackl\w*|bossy|(?:my |the )?(?:boss|manager) (?:pushes|keeps pushing|is pushing)|bullied at work"
    r"|playground|recess|lunch line",
    "tracker_ex": r"fitness|steps|sleep tracker|period tracker|habit tracker|calorie|fitbit|luggage|package|parcel",
    "my_place_threat": r"realtor|estate agent|insurance|listing|for sale|airbnb",
    "adult_hurts_kids": r"(?:grabs?|grabbed|hits?|kicks?|throws?|threw) (?:the )?ball|tickl\w*|play fight\w*"
    r"|to stop (?:me|him|her|us|them)|road|traffic|by accident|accidentally",
    "carer_mistreats": r"pinch of|call (?:button|bell)|hits? the (?:button|bell|road)|pa system|job|training|course"
    r"|(?:my|our) (?:dog|cat|pet)|hits? it off|stole (?:the show|my heart)",
    "attacked_by_group": r"in (?:the |a )?(?:game|match|movie|film|dream|book)|play ?fight\w*|wrestl\w*|rugby|football"
    r"|dodgeball|years ago|when i was (?:a kid|little|younger|\d)|paintball|laser tag|boxing|sparring",
    "adult_touch": r"santa|my (?:dad|mum|mom|grandpa|grandma)|hairdresser|barber|physio\w*|massage|doctor|nurse"
    r"|first aid|cpr|dance (?:class|lesson)|ballet|gymnastics (?:spot|spott)",
    "school_gun": r"on the news|in the news|(?:lockdown|fire|safety) drill|documentary|history (?:class|lesson|project)"
    r"|anniversary|movie|memorial|nerf|water gun|toy gun|cake|show and tell",
}
