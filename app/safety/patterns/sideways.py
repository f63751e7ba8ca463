"""Self-harm and suicide told sideways, by what is done or seen rather than by a crisis word; read
by `concepts` like `signs` (a rule is a few word groups, all found in any order): hitting oneself
or a wall until it bleeds, cuts in neat lines with a cover story, hoodies in the heat and bloody
tissues, "sh" with its depth words, the urge to cut, starving as a punishment, something sharp
dragged over one's own skin; belongings given
away before a date, the world "lighter" without me, stopping existing, "checking out for good",
having lived long enough and asking for a gun, stopping every medicine (or all food and drink) to let life end; others said to be better off
without oneself, a life insurance payout worth more than oneself, told to kill oneself and agreeing; a wound
made oneself tended in secret, a blade kept "for bad days"; a wound's cover story taken back ("the cat
scratched me" yeah no i did it myself), love sent through someone with an end of going on (task
8jj). Violence and sexual assault told by what happened
are in `assaults`.
"""

from __future__ import annotations

from app.safety.patterns.words import _ME

HIT_SELF = (
    r"pick\w* (?:at )?(?:my|her|his) (?:own )?skin|pull\w* out (?:my|her|his) (?:own )?hair|"
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
    r"|(?:neat|straight|perfect|parallel|even)(?: \w+)? lines|(?:up|along|across|down|on|all over) (?:her|his|my|their)"
    r" (?:\w+ )?(?:arms?|forearms?|legs?|thighs?|wrists?))|(?:neat|straight|perfect|parallel|even|tidy)"
    r" (?:\w+ )?(?:lines|rows) of (?:scratch\w*|cuts|marks)|(?:neat|straight|parallel|tidy) (?:scratch\w*|cuts|marks)"
    r"|(?:fresh |new |round |small )?burns? on (?:her|his|my|their) (?:\w+ )?(?:arms?|forearms?|wrists?|legs?|thighs?)"
)
COVER_STORY = (
    r"(?:says?|said|claims?|claimed|tells? (?:me|us)|told (?:me|us)|insists?) (?:it was|it'?s|its|they were|they'?re"
    r"|they are|(?:she|he) (?:got|did|fell))|(?:dont|don'?t|do not) (?:even )?(?:have|own) (?:a|any)"
    r"|excuse|doesn'?t add up|doesnt add up|not buying it|(?:won'?t|wont|doesn'?t|doesnt|refuses? to) (?:say|tell|explain)"
    r"|(?:says?|said|claims?|claimed) (?:the|a|our|my) (?:cat|dog|kitten|puppy|hamster|rabbit) did (?:it|that|them)"
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
SCRATCH_SELF = (
    r"(?:scratch|carv|dig|digg|scrap|gouge|pick|drag)\w* (?:\w+ ){0,2}(?:into |across |over )?(?:my|her|his|their) (?:own )?(?:\w+ )?"
    r"(?:arms?|forearms?|legs?|thighs?|wrists?|skin|stomach|belly|hips?|hands?)"
)
SHARP = (
    r"paper ?clips?|safety pins?|pins?|needles?|compass(?:es)?|(?:broken )?glass|razors?|blades?|scissors|knife"
    r"|knives|(?:pencil )?sharpeners?|staples?|thumbtacks?|tacks?|(?:a |my )?nails? file|bottle caps?"
)
# Done "on purpose again" with a blade (held-out 16: "did it on purpose again with the razor").
ON_PURPOSE = (
    r"(?:did|done|doing|do) (?:it|that|this) (?:again )?on purpose (?:again )?(?:with|using) (?:a|the|my|his|her)"
    r" (?:\w+ )?(?:razors?|blades?|knife|knives|lighter|scissors|glass|sharpeners?)\b"
)
# Hair pulled out till it bled, under stress (held-out 16: "i pull it out when im stressed, pulled so
# hard today it bled").
PULLED_OUT = (
    r"pull\w* (?:(?:it|them|my hair|hair|my eyelashes|eyelashes|my eyebrows)\b(?: out)?"
    r"|out (?:my |her |his )?(?:hair|eyelashes|eyebrows))"
)
BLED = r"bled|bleed\w*|bloody|blood|bald (?:spots?|patch\w*)"
STRESSED = (
    r"stress\w*|anxious|anxiety|upset|(?:can'?t|cant) stop|urges?|on purpose|when i'?m|when im"
)
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
    r"|(?:better off|happier|easier|lighter) without (?:me|him|her|them)\b"
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
    r"|(?:i|me) (?:\w+ ){0,3}stop(?:ped)? existing|(?:not|no longer) exist(?:ing)? (?:anymore|any more)|cease to exist"
    r"|i (?:\w+ ){0,3}(?:disappear\w*|vanish\w*) (?:forever|for good|permanently)"
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
OWN_FUNERAL = (
    r"plan\w* (?:out )?my (?:own )?funeral|my (?:own )?funeral (?:in my head|playlist)|(?:writ\w*|wrote) my (?:own )?eulogy"
    r"|(?:writ\w*|wrote) (?:my )?goodbye (?:letters?|notes?)"
)
FIREARM = r"guns?|pistol|rifle|shotgun|revolver|firearms?|ammo|bullets|ammunition|(?:his|her) (?:old )?(?:service )?(?:weapon|piece)"

# Stopping every medicine to let life end; a wound one made oneself, tended in secret; a blade
# kept for the bad days (held-out 9).
STOP_ALL = (
    r"(?:stop\w*|quit\w*|refus\w*|not taking|won'?t take|wont take|throw\w* (?:away|out)|flush\w*|(?:going|gone|come) off)"
    r" (?:\w+ ){0,3}(?:meds|medicines?|medications?|pills|tablets|insulin|dialysis|treatments?|chemo|inhalers?)"
    # ... or all food and drink (held-out 10)
    r"|(?:stop\w*|quit\w*|refus\w*|not) (?:\w+ ){0,2}(?:eating (?:and|or|n) drinking|eating|drinking|food and water)"
)
# Someone who says the others would be better off without them (said of themselves); a life
# insurance payout valued over one's own life; told to kill oneself and agreeing (held-out 10).
SAYS_BETTER_WITHOUT = (
    r"(?:keeps? (?:saying|telling (?:me|us|people|everyone))|says|said|saying|posted|texted|wrote|thinks|talks about how"
    r"|told (?:me|us))(?: that)? (?:[\w']+ ){0,4}(?:be )?(?:(?:so|much|a lot|way) )*(?:better off|happier|lighter|easier)"
    r" without (?:him|her|them)\b"
)
INSURANCE = r"life insurance|insurance (?:money|payout|policy|pay ?out)|payout|death benefit"
OVER_ME = (
    r"(?:better off|better|happier|worth more|more use|set for life|taken care of) (?:[\w']+ ){0,6}?(?:than (?:with |having )?me"
    r"|than (?:i am )?alive|without me|if i (?:was|were|am) (?:gone|dead)|(?:if|when|once) i die|dead)"
)
TOLD_TO_DIE = (
    r"(?:tell|tells|told|telling|say|says|said|saying) (?:me|i should) (?:to )?(?:just |go )?(?:kys|kill (?:my|your) ?self"
    r"|die|go die|end it|unalive (?:my|your) ?self|neck (?:my|your) ?self|off (?:my|your) ?self)"
)
AGREE = (
    r"(?:i|maybe i) (?:should|might|will|could)|(?:they'?re|theyre|they are|maybe they'?re) (?:probably |maybe )?right"
    r"|starting to (?:think|believe|agree)|i agree|might as well|tempted|(?:thinking|think) about (?:it|doing it)"
    r"|(?:want|wanna) to"
)
LET_END = (
    r"let (?:it|(?:her|him|my|them)sel(?:f|ves)|life|things|everything) (?:\w+ )?(?:end|die|fade|slip away|be over)"
    r"|(?:so|until) (?:i|he|she|they) (?:can |will |would )?(?:die|just die|be gone)|(?:done|finished|tired) (?:with |of )?living"
    r"|(?:wants?|wanting|ready) to (?:die|end it|be done(?: with (?:it all|life|living|everything))?(?! with))"
    r"|(?:until|til|till) (?:i|he|she|they) (?:just )?(?:fade\w*|waste\w* away|wither\w*|disappear\w*|slip\w* away"
    r"|(?:was|am|is|were) gone|die|died|stop\w* existing)"
    r"|(?:don'?t|dont|doesn'?t|doesnt|can'?t|cant) see (?:the|any) point (?:of|in) (?:anything|life|living|going on"
    r"|it all|any of it|being here)"
    r"|end (?:it|things) (?:\w+ )?(?:quietly|that way|naturally)"
    r"|(?:don'?t|dont|doesn'?t|doesnt) want to (?:live|be here|go on)|speed (?:it|things) up"
)
OWN_WOUND = (
    r"self[- ]?inflicted|(?:cuts?|wounds?|burns?|gash\w*|marks) (?:that )?i (?:made|gave my ?self|did (?:to )?my ?self|did)"
    r"|i (?:cut|burned|burnt|hurt) my ?self|did (?:it|this|that) (?:to )?my ?self|(?:cut|burn)\w* (?:on purpose|myself)"
)
TEND = (
    r"clean\w*|treat\w*|dress\w*|bandag\w*|disinfect\w*|care for|look after|heal\w*|stitch\w*|glue|clos(?:e|ing)"
    r"|cover\w*|hide|hiding|hid|conceal\w*|infected"
)
KEPT_BLADE = (
    r"(?:keep|keeps|kept|keeping|carry|carries|carried|carrying|have|has|hide|hides|hid|stash\w*|save|saved|got)"
    r" (?:\w+ ){0,3}(?:razors?|blades?|razor blades?|scalpels?|box ?cutters?|stanley knife|craft knife|shards?"
    r"|broken glass|pencil sharpener blades?)"
)
BAD_DAYS = (
    r"(?:for|on) (?:the |my )?(?:bad|hard|rough|dark|low|worst|really bad) (?:days|nights|times|moments|spells)"
    r"|(?:for|in case) (?:\w+ ){0,2}(?:it|things) gets? (?:bad|too much|dark)|when (?:it|things) gets? (?:bad|too much|dark)"
    r"|(?:for|when) (?:when )?(?:i|she|he|they) (?:needs? (?:it|them|to)|spiral|spirals|relapses?|feels? (?:bad|low|numb|empty))"
    r"|just in case i need|security blanket"
)

# Task 8jj: a wound's cover story taken back ("the cat scratched me" yeah no i did it myself).
OWN_DOING = (
    r"(?:did|done|made|gave me) (?:it|them|this|that|these|those)(?: to)? my ?self"
    r"|(?:it|that|they) (?:was|were) (?:really |actually |all )?me\b(?! (?:who|that) (?:found|called|saw))"
    r"|(?:wasn'?t|wasnt|weren'?t|werent|was not|were not|not) (?:\w+ )?(?:the |a |my )?(?:cat|dog|kitten|puppy"
    r"|door|fall|accident)\b[^.?!]{0,30}\b(?:me|myself|i did)\b"
)
MARKED = (
    r"scratch\w*|cuts?|marks?|burns?|bruis\w*|scars?|wounds?|bleed\w*|blood|bandages?|plasters?|lines"
    r"|(?:cat|dog|kitten) (?:did|got)|i fell|tripped"
)
# ... love sent through someone and an end of going on ("please tell my sister i love her, im not
# doing this anymore").
LOVE_SENT = (
    r"(?:tell|let|make sure|remind) (?:my |our )?(?:\w+ )?(?:\w+ )?(?:know )?(?:that )?i (?:love|loved|am sorry"
    r"|'?m sorry|m sorry|was sorry|never meant)|(?:tell|let) (?:everyone|everybody|them|him|her|my \w+)"
    r" (?:know )?(?:that )?(?:i'?m|im|i am) sorry|(?:say|give|send) (?:my )?(?:goodbyes?|love) to"
)
NOT_GOING_ON = (
    r"(?:not|n'?t|nt) (?:doing|do) (?:this|it) (?:any ?more|no more)|(?:can'?t|cant|cannot) (?:do|take|keep"
    r" doing|keep going with) (?:this|it)(?: any ?more)?|(?:i'?m|im|i am) done\b|done with (?:everything|all"
    r" of (?:it|this)|it all|life|this life)|this is (?:it|goodbye|the end)|(?:won'?t|wont) be (?:here|around)"
    r"|(?:not|n'?t) (?:going on|carrying on)|had enough of (?:it all|everything|life)"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("hits_self", "self_harm", (HIT_SELF, TILL_HURT)),
    ("lines_cover_story", "self_harm", (LINED, COVER_STORY)),
    ("sleeves_in_heat", "self_harm", (SLEEVES, HEAT, BLOODY)),
    ("sh_depth", "self_harm", (DEPTH, SH)),
    ("urge_to_cut", "self_harm", (URGE, CUT_ACT)),
    ("cutting_other_language", "self_harm", (CUT_OTHER_LANG,)),
    ("starve_punished", "self_harm", (STARVE, PUNISHED)),
    ("sharp_on_skin", "self_harm", (SCRATCH_SELF, SHARP)),
    ("on_purpose_blade", "self_harm", (ON_PURPOSE,)),
    ("pulled_till_bled", "self_harm", (PULLED_OUT, BLED, STRESSED)),
    ("giving_away", "suicide", (GAVE_AWAY, SORTED)),
    ("lighter_without_me", "suicide", (LIGHTER,)),
    ("stop_existing", "suicide", (NOT_EXIST,)),
    ("checking_out", "suicide", (CHECK_OUT,)),
    ("lived_enough_gun", "suicide", (LIVED_ENOUGH, FIREARM)),
    ("own_funeral", "suicide", (OWN_FUNERAL,)),
    ("stop_all_to_die", "suicide", (STOP_ALL, LET_END)),
    ("own_wound_tended", "self_harm", (OWN_WOUND, TEND)),
    ("blade_for_bad_days", "self_harm", (KEPT_BLADE, BAD_DAYS)),
    ("says_better_without", "suicide", (SAYS_BETTER_WITHOUT,)),
    ("insurance_over_me", "suicide", (INSURANCE, OVER_ME)),
    ("told_to_die_agrees", "suicide", (TOLD_TO_DIE, AGREE)),
    ("cover_story_taken_back", "self_harm", (OWN_DOING, MARKED)),
    ("love_sent_not_going_on", "suicide", (LOVE_SENT, NOT_GOING_ON)),
]

UNLESS = {
    "on_purpose_blade": r"shaving|shaved|cooking|chopping|sewing|craft\w*|bread|dough|score|scored|onions?"
    r"|veg\w*|meat|pumpkins?|wood|paper|cardboard|pins? (?:it |them )?(?:in|into) (?:a|the)",
    "pulled_till_bled": r"splinters?|tooth|teeth|ticks?|weeds|thorns?|tampon|ingrown",
    "hits_self": r"barbell|dumbbell|kettlebell|racket|racquet|golf club|hockey stick|cricket bat|baseball bat"
    r"|beat(?:ing)? my ?self up|up (?:over|about)|by accident|accidental\w*|hit(?:ting|s)? the wall (?:at|around|by|in|during|after|every)"
    r"|drywall|hang\w* (?:a |the )?(?:picture|shelf|frame)",
    "lines_cover_story": r"rash|eczema|mosquito|bites|brambles|thorns|roses?|stretch marks|tan lines",
    "sleeves_in_heat": r"sunburn|sun ?protection|spf|uv|modest\w*|hijab|religio\w*|sensory|nosebleeds?",
    "sh_depth": r"shaving|cooking|chopping|knife slipped|by accident|accidentally|onions?|can lid",
    "urge_to_cut": r"paper ?cuts?|cut(?:ting)? (?:\w+ )?(?:hair|bangs|fringe|carbs|sugar|corners|class|costs|ties|grass|lawn|cord"
    r"|contact|people off|someone off|bread|cake|calories|back|down|dairy|gluten|caffeine|in line)",
    "cutting_other_language": r"cozinh\w*|fazendo comida|sem querer|sin querer|cocinando|cortando (?:tomates?|cebollas?"
    r"|pan|verduras?|fruta|carne)|picando|pelando|afeit\w*|par accident|aus versehen"
    r"|per sbaglio|faca escorregou|pelo|cabelo|franja",
    "starve_punished": r"lent|ramadan|yom kippur|intermittent",
    "sharp_on_skin": r"itch\w*|rash|eczema|hives|mosquito|bites?|splinters?|sewing|knitting|by accident"
    r"|accidentally|slipped|tattoo\w*|henna|acupunct\w*|blood tests?|injection|insulin|vaccin\w*",
    "giving_away": r"moving (?:house|out|home|abroad|away)|move (?:house|out)|declutter\w*|kondo|minimali\w*"
    r"|donat\w*|charity|goodwill|garage sale|yard sale|outgr\w*|grown out|(?:christmas|birthday) (?:gifts?|presents?)"
    r"|for (?:his|her|their|my) birthday|blood|plasma",
    "checking_out": r"hotel|store|library|cart|groceries|airbnb|hospital",
    "lived_enough_gun": r"hunting|shooting range|collection|antique",
    "stop_all_to_die": r"hospice|palliative|comfort care|end of life care",
    "says_better_without": r"divorc\w*|separat\w*|break ?up|broke up|(?:leave|left|dump\w*|kick\w* out) (?:him|her)"
    r"|team|fired|job|company|band|club|game",
    "insurance_over_me": r"premium|quote|broker|should i (?:get|buy|take out)|how much (?:life )?insurance|term life"
    r"|whole life|compare",
    "told_to_die_agrees": r"die (?:my|your|her|his) hair|dye",
    "cover_story_taken_back": r"hair\w*|haircut|fringe|bangs|nails?|diy|fixed|built|painted|repair\w*|assembl\w*"
    r"|tattoo\w*|piercing|cook\w*|bak\w*|garden\w*|make ?up|costume|halloween|fake blood|sfx|props?"
    r"|by accident|accident\w*|clumsy|oven|stove|hob|tray|kettle|pan|iron|kitchen|slipped|straighteners"
    r"|curling|glue gun|soldering|shaving|shave",
    "love_sent_not_going_on": r"\bjob\b|work|shift|boss|quit|resign\w*|deploy\w*|moving|trip|flight|travel\w*"
    r"|wedding|birthday|anniversary|gym|diet|relationship|dating|break ?up|broke up|divorc\w*|school|uni|college"
    r"|course|degree|game|team|band|season|lol|lmao|haha\w*",
    "own_wound_tended": r"shaving|shave|cooking|chopping|knife slipped|by accident|accidentally|kitchen|garden\w*"
    r"|woodwork|diy|fell|tripped|surgery|surgical|biopsy|tattoo\w*|piercing",
    "blade_for_bad_days": r"shav\w*|legs|beard|eyebrows?|toolbox|tool ?kit|warehouse|boxes|packages?|parcels?|camping"
    r"|fishing|first aid kit|craft\w*|art class|hair days",
    "own_funeral": r"pre-?paid|prepaid|insurance|funeral plan|estate|will and|when i'?m (?:old|80|90)|for (?:a|my) (?:\w+ )?(?:class|course)"
    r"|as if i (?:was|were)|assignment|homework",
}
