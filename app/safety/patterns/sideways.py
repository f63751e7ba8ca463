"""Self-harm, suicide, violence and sexual assault told sideways, by what is done or seen rather
than by a crisis word; read by `concepts` like `signs` (a rule is a few word groups, all found in
any order): hitting oneself or a wall until it bleeds, cuts in neat lines with a cover story,
hoodies in the heat and bloody tissues, "sh" with its depth words, the urge to cut; belongings
given away before a date, the world "lighter" without me, stopping existing, "checking out for
good", having lived long enough and asking for a gun; not stopping at "no", a child's undressing
"game", an adult asking a minor for pictures, being cornered and grabbed, coercive control, being
pushed around, a tracker from an ex, photos of one's house with a threat, rumours of a gun at school.
"""

from __future__ import annotations

from app.safety.patterns.signs import CHILD
from app.safety.patterns.words import _ME

HIT_SELF = (
    rf"punch\w* (?:the |a )?walls?|hit\w* (?:the |a )?walls?|punch\w* {_ME}|hit\w* {_ME}|slap\w* {_ME}"
    rf"|beat\w* {_ME}|bang\w* my head|headbang\w* (?:against|into)|bit\w* {_ME}|bite {_ME}|burn\w* {_ME}"
    r"|me bat\w*|me pego|me golpeo|me frapp\w*|schlage mich"
)
TILL_HURT = (
    r"(?:until|till|til|so) (?:\w+ ){0,3}(?:bleed\w*|bruis\w*|break|broke|swell\w*|hurts?|numb|raw)|bleed\w*"
    r"|bruis\w*|(?:with|using) (?:a |my )?(?:belt|hairbrush|hanger|ruler|fist|lighter)|every time|whenever"
    r"|when i (?:get|feel|mess|fail|screw)|to punish|as (?:a )?punishment|because i deserve"
)
LINED = (
    r"(?:scratch\w*|cuts|lines|marks|slashes) (?:\w+ ){0,4}(?:in (?:neat |straight |perfect )?(?:lines|rows)"
    r"|(?:neat|straight|perfect|parallel|even)(?: \w+)? lines|(?:up|along|across|down) (?:her|his|my|their)"
    r" (?:\w+ )?(?:arms?|forearms?|legs?|thighs?|wrists?))|(?:neat|straight|perfect|parallel|even|tidy)"
    r" (?:\w+ )?(?:lines|rows) of (?:scratch\w*|cuts|marks)|(?:neat|straight|parallel|tidy) (?:scratch\w*|cuts|marks)"
)
COVER_STORY = (
    r"(?:says?|said|claims?|claimed|tells? (?:me|us)|told (?:me|us)|insists?) (?:it was|it'?s|its|they were|they'?re"
    r"|they are|(?:she|he) (?:got|did|fell))|(?:dont|don'?t|do not) (?:even )?(?:have|own) (?:a|any)"
    r"|excuse|doesn'?t add up|doesnt add up|not buying it"
)
SLEEVES = (
    r"hoodies?|long sleeves?|jumpers?|sweaters?|sweatshirts?|jackets?|long pants|(?:won'?t|wont|refuses? to|never)"
    r" (?:wear|put on|take off) (?:a |her |his )?(?:t-? ?shirts?|short sleeves|shorts|swimsuits?|tank tops?|hoodie)"
)
HEAT = (
    r"heat|hot (?:weather|days?|out|outside)|summer|heatwave|heat wave|(?:2[7-9]|3\d|4\d|[89]\d|1[01]\d) ?(?:degrees|°|c\b|f\b)"
    r"|boiling|sweltering|scorching|beach"
)
BLOODY = (
    r"blood(?:y|ied| stained|stained)|blood on|razors?|blades?|sharpeners?|(?:tissues?|towels?|sheets) with blood"
    r"|plasters|band-?aids|bandages|first aid kit"
)
SH = (
    r"sh|s/h|self[- ]?harm\w*|i cut|my cuts|cut (?:again|last night|tonight|yesterday)|relaps\w*|cutting"
    r"|deeper than (?:usual|before|normal|last time|ever|i meant)|went (?:too )?deep"
    r"|hide (?:them|it|the \w+) from (?:my )?(?:therapist|parents|mum|mom|dad|doctor|school|teachers?|partner)"
)
DEPTH = (
    r"beans|styro\w*|(?:to|the|see|it'?s|its|down to|into) fat|fat (?:layer|showing)|yellow (?:stuff|layer|fat|bits|bumpy|bubbly)|dermis"
    r"|steri[- ]?strips?|butterfly (?:strips|stitches|closures)|(?:need|needs|needed) stitches|gaping|gape\w*"
)
CUT_ACT = rf"cut(?:ting)?|sh|s/h|self[- ]?harm\w*|hurt(?:ing)? {_ME}|burn(?:ing)? {_ME}|cortar(?:me|se)|me cortar"
URGE = (
    r"urges?|(?:get|make it) through (?:tonight|the night|today|this)|tempt\w*|craving|so bad|relapse|itching to"
    r"|(?:want|wanting|need|needing) to (?:cut|sh)|wanna (?:cut|sh)|vontade"
)
CUT_OTHER_LANG = (
    r"me (?:cort\w*|machuc\w*|lastim\w*|autolesion\w*|mutil\w*)|cort[aá]ndome|cortarme|(?:je )?me (?:coupe|scarifie)"
    r"|mich (?:ritze|schneide|verletze)|ritze mich|mi (?:taglio|ferisco)|autolesion\w*|automutila\w*|scarificat\w*"
)
STARVE = (
    r"go(?:ing)? without (?:food|eating|meals)|without eating|fast(?:ing)? (?:all day|for days)|not eating|stopped eating"
    r"|starv\w*|skip\w* (?:meals|food|eating)|(?:don'?t|dont) let my ?self eat|no food (?:all day|for)"
)
PUNISHED = r"punish\w*|penance|i deserve|(?:don'?t|dont|do not) deserve"
# Suicide told sideways.
GAVE_AWAY = (
    r"(?:gave|giving|given|give)\b[^.?!]{0,30}?\b(?:my|his|her)\b[^.?!]{0,60}?\b(?:to (?:my|his|her|a) \w+|away)"
    r"|(?:gave|giving|given) (?:\w+ ){0,3}away|(?:giving|gave|given) (?:away )?(?:my|all my|his|her) (?:stuff"
    r"|things|belongings|possessions)"
)
SORTED = (
    r"(?:everything|all|it all|my affairs|things|stuff|my will) (?:\w+ )?(?:sorted|in order|settled|tied up|taken care of"
    r"|ready|done)|before (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the \w+|next week|my birthday"
    r"|\d+)|(?:won'?t|wont|not going to|not gonna) be (?:around|here) (?:after|by|past|for|much longer|anymore)"
    r"|won'?t need (?:it|them|anything)|(?:don'?t|dont) need (?:it|them) anymore|goodbye|good ?bye letters?"
)
LIGHTER = (
    r"(?:world|everyone|everybody|people|family|things|life|the planet|they) (?:would|will|'d|'ll) (?:be )?(?:\w+ ){0,2}"
    r"(?:lighter|easier|happier|better|fine|simpler|calmer|freer) without me|(?:better|lighter|easier) (?:\w+ )?without me (?:in it|around|here)"
    r"|(?:lighter|easier|happier|better|simpler|calmer|freer) for (?:them|everyone|everybody|my \w+|him|her) without me"
    r"|(?:world|everyone|everybody|people|family|kids|children|parents|wife|husband|partner|friends|they"
    r"|everything|life|things) (?:would|will|'d) (?:be )?(?:so |much |a lot |way )*(?:lighter|easier|happier"
    r"|simpler|calmer|freer|better off) (?:for (?:\w+ ){1,2})?if i (?:just )?(?:(?:was|were) (?:gone|dead)"
    r"|(?:wasn'?t|wasnt|weren'?t|was not|am not) (?:here|around|alive|in the picture))"
)
NOT_EXIST = (
    r"(?:if|when) i (?:just )?(?:stopped|stop|ceased|cease) (?:existing|being alive|being here|breathing)"
    r"|stop(?:ped)? existing|(?:not|no longer) exist(?:ing)? (?:anymore|any more)|cease to exist"
    r"|(?:disappear|vanish) (?:forever|for good|permanently)"
)
CHECK_OUT = (
    r"check(?:ing)? out (?:for good|permanently|early|of (?:life|this world|here))|(?:end|ending) (?:it|things) (?:all )?for good"
    r"|(?:i'?m|im|i am) (?:out|gone|done) for good"
)
LIVED_ENOUGH = (
    r"lived (?:long )?enough(?! to| in| at| here)|(?:ready|wants?|wanting) to (?:go|die|be with (?:mom|mum|her|him|grandma|grandpa))"
    r"|(?:done|finished) with (?:life|living)|(?:nothing|no reason) (?:left )?to live for|tired of living"
    r"|had (?:a good|enough) (?:innings|run)|(?:doesn'?t|doesnt|does not) want to (?:live|be here|go on)"
)
FIREARM = r"guns?|pistol|rifle|shotgun|revolver|firearms?|ammo|bullets|ammunition|(?:his|her) (?:old )?(?:service )?(?:weapon|piece)"
# Violence and sexual assault told by what happened.
SAID_NO = r"(?:said|told (?:him|her|them)|kept saying|begged(?: (?:him|her|them))?|asked (?:him|her|them) to stop|screamed|cried)"
KEPT_GOING = (
    r"(?:didn'?t|didnt|did not|wouldn'?t|wouldnt|would not|never) stop (?:even )?(?:when|after|though|even though|once)"
    r" (?:i|she|he) (?:said|told|kept saying|begged|asked|screamed|cried)"
    r"|(?:i|she) (?:said|told (?:him|her|them)) (?:no|stop)\b(?: \w+){0,3} (?:but|and) (?:he|she|they) (?:\w+ ){0,2}"
    r"(?:kept going|did it anyway|didn'?t stop|didnt stop|carried on|continued|wouldn'?t stop|wouldnt stop)"
    rf"|(?:kept going|carried on|did it anyway|continued) (?:after|when|even (?:though|after|when)|though) (?:i|she) {SAID_NO}"
    r"|(?:i|she) froze\b.{0,40}\b(?:he|she|they) (?:just )?(?:kept going|carried on|didn'?t stop|didnt stop|did it anyway)"
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
    r"|me empuj\w*|m'a pouss[ée]e?|hat mich (?:gesto[ßs]en|geschubst)|mi ha spint[oa]|me bate|me pega"
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
    r"|(?:i'?ll|ill|gonna|going to) (?:get|find|hurt|kill) (?:you|me)|see you soon|threat\w*"
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

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("hits_self", "self_harm", (HIT_SELF, TILL_HURT)),
    ("lines_cover_story", "self_harm", (LINED, COVER_STORY)),
    ("sleeves_in_heat", "self_harm", (SLEEVES, HEAT, BLOODY)),
    ("sh_depth", "self_harm", (DEPTH, SH)),
    ("urge_to_cut", "self_harm", (URGE, CUT_ACT)),
    ("cutting_other_language", "self_harm", (CUT_OTHER_LANG,)),
    ("starve_punished", "self_harm", (STARVE, PUNISHED)),
    ("giving_away", "suicide", (GAVE_AWAY, SORTED)),
    ("lighter_without_me", "suicide", (LIGHTER,)),
    ("stop_existing", "suicide", (NOT_EXIST,)),
    ("checking_out", "suicide", (CHECK_OUT,)),
    ("lived_enough_gun", "suicide", (LIVED_ENOUGH, FIREARM)),
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
]
ASKED_ABOUT = ("child_undress_game", "coercive_control", "adult_hurts_kids")
UNLESS = {
    "hits_self": r"beat(?:ing)? my ?self up|up (?:over|about)|by accident|accidental\w*|marathon|mile|km|race|running"
    r"|hit the wall at|drywall|paint\w*|hang\w* (?:a |the )?(?:picture|shelf|frame)",
    "lines_cover_story": r"rash|eczema|mosquito|bites|brambles|thorns|roses?|football|rugby|soccer|hockey|playground"
    r"|climbing|stretch marks|tan lines",
    "sleeves_in_heat": r"sunburn|sun ?protection|spf|uv|modest\w*|hijab|religio\w*|sensory|nosebleeds?",
    "sh_depth": r"shaving|cooking|chopping|knife slipped|accident\w*|onions?|kitchen|paper|glass|can lid|tin",
    "urge_to_cut": r"hair|bangs|fringe|carbs|sugar|corners|class|costs|ties|grass|lawn|cord|contact|people off"
    r"|someone off|bread|cake|calories|back|down on|out (?:dairy|gluten|caffeine)|cross|line|in line",
    "cutting_other_language": r"cozinh\w*|fazendo comida|sem querer|sin querer|cocinando|par accident|aus versehen"
    r"|per sbaglio|faca escorregou|me machuquei (?:no|na|jogando|correndo)|pelo|cabelo|franja",
    "starve_punished": r"lent|ramadan|yom kippur|intermittent",
    "giving_away": r"mov\w*|declutter\w*|kondo|minimali\w*|donat\w*|charity|goodwill|garage sale|yard sale|outgr\w*"
    r"|grown out|christmas|birthday (?:present|gift)|gifts?|presents?|blood|plasma",
    "checking_out": r"hotel|store|library|book|cart|groceries|airbnb|hospital|rehab",
    "lived_enough_gun": r"hunt\w*|range|collection|antique",
    "kept_going_after_no": r"toddler|tantrum|crying|whining|screaming|puppy|kitten|dog|cat|on stage|songs?"
    r"|performance|presentation|speech|interview|exam|test|game|match|recital|lines",
    "child_undress_game": r"bath\w*|swim\w*|pool|chang\w* (?:room|table)|potty|doctor|getting dressed|bedtime"
    r"|dress-?up|paddling|sprinkler|beach",
    "adult_asks_pics": r"form|technique|homework|project|class photo|yearbook|team photo|school photo",
    "cornered_grabbed": r"game|match|football|basketball|soccer|rugby|defender|opponent|wrestl\w*|bjj|judo|tag"
    r"|mouse|spider|boxing|sparring",
    "coercive_control": r"teen\w*|curfew|(?:\d+|ten|eleven|twelve|thirteen) ?(?:yo|year old)|grounded",
    "pushed_around": r"wheelchair|stroller|pram|swing|pool|joke|prank|playing|wrestl\w*|mosh|crowd|concert|game"
    r"|match|tackl\w*|bossy|boss|manager|bullied at work"
    r"|playground|recess|lunch line",
    "tracker_ex": r"fitness|steps|sleep tracker|period tracker|habit tracker|calorie|fitbit|luggage|keys|package|parcel",
    "my_place_threat": r"realtor|estate agent|insurance|listing|for sale|airbnb",
    "adult_hurts_kids": r"ball|football|game|play\w*|tickl\w*|sports?|practice|trampoline|siblings? fight\w*"
    r"|to stop (?:me|him|her|us|them)|road|traffic|cars?|by accident|accidentally",
    "school_gun": r"news|drill|lockdown drill|documentary|history|anniversary|movie|memorial|nerf|water gun|cake"
    r"|fruit|lunch|cooking|birthday|show and tell",
}
