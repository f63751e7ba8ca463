"""Suicide told by what is arranged around it, read by `concepts` (a rule is a few word groups,
all found in any order): affairs put in order with a last thing left, things tidied "before im
gone", a pet rehomed because one "wont be here", a funeral planned with relief, a plan not to be
here by a day, looking after oneself pointless when one won't be alive by then, rehearsing the
when and the where, "today is the day" or "my last night" said as a goodbye, "im ending it"
decided, the only thing keeping one here, broken and ready to be done with all of it.

Left out: the means themselves and a death wished for (`methods`). Written after held-out 19 to
26 (sets written blind), with near misses of each in `tests/test_crisis_means.py` and the held-out
tests it names; `UNLESS` keeps the ordinary readings (a holiday, a speech rehearsed, a
grandparent's funeral).
"""

from __future__ import annotations

FUNERAL_SOON = r"relief|relieved|soon|ready|at peace|any day|not long|won'?t be long|wont be long"
AFFAIRS = (
    r"(?:sorted|wrote|written|made|finished|updated|signed|done) (?:out )?(?:my|a) (?:\w+ )?will"
    r"|(?:sorted|sorting) (?:out )?my (?:affairs|finances|paperwork|passwords)|life insurance"
    # ... or bills and debts paid off (held-out 97 and probe 79, development data of the fifth
    # session of 2026-12-07: "wiped my laptop, paid off my debts, just tying up loose ends now")
    r"|paid off (?:all )?(?:of )?(?:my )?(?:bills|debts?|credit cards?|cards?|loans?|overdraft)"
)
CLOSING = (
    r"(?:deleted|deactivated|closed|wiped) (?:all )?(?:my )?(?:socials|social media|accounts?|instagram|insta"
    r"|facebook|tiktok|snap\w*|twitter|phone|laptop|computer|pc|hard ?drive)|(?:gave|giving|given) away (?:my|all|most)|rehom\w* (?:my|the)"
    r"|(?:cancel\w*|quit|stopped) (?:all )?(?:of )?(?:my |the )?(?:gym|subscriptions?|phone contract|lease|membership)"
)
LAST_THING = (
    r"(?:one|the) last thing|last (?:few )?things? (?:on|left|to do)|nothing left (?:to do|on)|all that'?s left"
    r"|before i go|won'?t need|wont need|won'?t be (?:here|around)|wont be (?:here|around)|after i'?m gone|when i'?m gone"
    r"|tying up (?:the |all the |some |my )?loose ends|(?:feel|feeling|i'?m|im|i am) (?:so |finally )?ready\W*$"
)
OWN_DEATH = (
    r"if (?:the owner|its owner|their owner|i|the person|someone) (?:dies|died|passes|is gone)|(?:after|when|once) i (?:die|am gone|pass)"
    r"|when i'?m gone|after i'?m gone"
)
WONT_BE_HERE = (
    r"(?:bc|because|cause|cuz|coz|cos|since|as) i (?:won'?t|wont|will not|will no longer) be (?:here|around)"
    r"|i (?:won'?t|wont|will not) be (?:here|around) (?:anymore|much longer|after|by|to)"
)
SORTED_BEFORE = (
    r"(?:sorted|in order|taken care of|looked after|rehomed|arranged|settled|dealt with) (?:\w+ )?before"
    r"|before (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight|the weekend|the end of)"
    r"|who (?:will |would |takes |gets |looks |can )?(?:take care|look after|care for|feed|have|get) (?:of )?(?:my|the|a)"
)
PLAN_NOT_HERE = (
    r"plan\w* (?:is )?(?:on|to) not (?:be(?:ing)? (?:here|around|alive)|exist\w*|wak\w* up|liv\w*"
    r"|hav\w* (?:one|a brain|a body|a life|a future))"
)
DEADLINE = (
    r"by (?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:the )?(?:weekend|tomorrow|tonight|next week|end of)"
    r"|after (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|weekend)"
)
THE_DAY = r"today is the day|tonight is the night|its time now|it'?s time now|this is it\b"
GOODBYE = (
    r"\bbye\b|goodbye|farewell|thanks for everything|thank you for everything|wanted to say thank"
)
ENDING_IT = r"(?:i'?m|im|i am|i'?ll|ill|i will) (?:just )?end(?:ing)? it(?: all)?\b(?! with| between| off| for (?:us|good with))"
ENDING_UNLESS = (
    r"\bif not\b|\bif nothing (?:changes|helps|works)\b|\bif (?:it|this|they|(?:these|those|the|my) (?:meds|pills"
    r"|tablets|antidepressants|new ones))"
    r" (?:doesn'?t|doesnt|don'?t|dont|does not|do not|won'?t|wont) (?:work|help|kick in|change)\b|\botherwise\b"
)
DECIDED = r"decided|tonight|tomorrow|\bif (?:the|my|this|it)\b|for good|already|no more"
LAST_NIGHT = (
    r"(?:this is|tonight is|tonights|tonight'?s|it'?s|its) (?:gonna be )?my (?:very )?last night(?! (?:in|at|on|of|here"
    r"|there|before|with|off|shift|working|as|out|together|away)\b)|my last night (?:on earth|alive)"
)
POINTLESS = (
    r"(?:what'?s|whats|what is) the point|\bany point\b|\bno point\b|why (?:even )?bother|pointless"
    r"|(?:is it|it'?s not|its not) (?:even )?worth|no need|(?:don'?t|dont|do not) bother|waste of (?:money|time)"
)
NOT_ALIVE_WHEN = (
    r"(?:i'?m|im|i am) not (?:planning|going|gonna|intending|expecting) (?:on |to )?(?:be(?:ing)? )?(?:around|here|alive)\b"
    r"|(?:i'?ll|ill|i will|i'?m gonna|im gonna|i am going to) (?:be )?(?:dead|gone for good|not be (?:alive|around|here)) (?:by|before|in|come)\b"
    # ... or a time one won't live to ("when i wont be around in 30 days", "ill be gone by then", held-out 29).
    r"|(?:i|i'?ll|ill) (?:won'?t|wont|will not) (?:still )?be (?:alive|around|here) (?:(?:in|by|for|come|at) (?:\d+|a|an"
    r"|another|the|next|two|three|a few|christmas|my|then|that)\b|to (?:see|finish|use|need|enjoy) it)|(?:i'?ll|ill|i will) (?:be )?(?:gone|dead) by then"
    # ... or to eat, wear or use them (held-out 98's conversations, a development probe of the
    # fourth session of 2026-12-07: "doesnt matter anyway i wont be around to eat them")
    r"|(?:i|i'?ll|ill) (?:won'?t|wont|will not) (?:still )?be (?:alive|around|here) to (?:eat|wear|use|read|open|finish"
    r"|spend|enjoy|need|see|watch|drink|take) (?:it|them|those|these|that|any of (?:it|them))\b"
)
ONLY_KEEPING = (
    r"(?:the )?only (?:thing|things|reason|one|person|people) (?:\w+ )?(?:keeping me (?:here|alive|around|breathing)"
    r"|(?:that )?(?:keeps|kept) me (?:here|alive|around|breathing)|(?:i'?m|im|i am) still (?:here|alive|around)"
    r"|stopping me (?:from )?(?:doing it|ending it|going)?)"
)
REHEARSING = r"rehears\w*|go(?:ing)? over it|run(?:ning)? (?:it )?through|(?:in|inside) my head|keep (?:picturing|imagining|planning)"
WHEN_AND_WHERE = r"the (?:when|where|how) and (?:the )?(?:when|where|how)\b|(?:when|where|how) and (?:when|where|how) (?:i'?d|i'?ll|ill|i will|i would|to) do it"
READY_DONE = (
    r"ready to (?:be )?(?:done|finished|gone)(?: with)? (?:all of it|it all|everything|all this|life|living|existing|being alive|me)"
    r"|(?:ready|want) to (?:give up|be done) (?:on|with) (?:everything|life|living|all of it|it all)"
)
HOPELESS_SELF = (
    r"broken|hopeless|beyond (?:help|fixing)|fix me|no (?:hope|future)|worthless|nothing (?:works|helps|left)"
    r"|tired of (?:everything|life|living|it all|being alive)|can'?t do this|cant do this|too far gone|empty"
)
# "after" that means after an errand or an event, not after one is gone ("so no one has to deal
# with it after work", "... after the move")
_NOT_AFTER_ERRAND = (
    r"(?! (?:work|school|uni|the (?:move|holiday|trip|party|op|surgery)"
    r"|my (?:move|holiday|trip|op|surgery))\b)"
)
BEFORE_GONE = (
    r"(?:before|after|when|once) (?:i'?m|im|i am|i'?ve|ive) (?:gone|not here|dead|not around|left for good)"
    r"(?! (?:on|for|to|away|abroad|travelling|traveling|out|home|back|off)\b)"
    # ... or so that no one has to deal with it after (held-out 46, a development probe: "been
    # cleaning my flat and sorting all my stuff so no one has to deal with it after")
    r"|so (?:no ?one|nobody|no-one|my (?:family|parents|mum|mom|kids)|they) (?:has|have|will have|needs?|would have)"
    r" to (?:deal with|sort|sort out|clear|clean|go through|handle) (?:it|them|any of it|my \w+|anything|everything)"
    r" (?:after|afterwards|later|when i'?m not)\b" + _NOT_AFTER_ERRAND +
    # ... or nothing left for anyone to sort out after (probe 57: "updated my will, cancelled my
    # subscriptions and paid off the card so theres nothing left for anyone to sort out after")
    r"|so (?:there'?s|theres|there is|there will be|there'?ll be) nothing (?:left )?(?:for|that) (?:anyone|anybody"
    r"|them|my (?:family|parents|mum|mom|kids|partner)|no ?one) (?:has |needs |will have )?to (?:deal with|sort"
    r"|sort out|clear|clean up|go through|handle|worry about) (?:after|afterwards|later)\b"
    + _NOT_AFTER_ERRAND
)
TIDIED = (
    r"tidy\w*|sort\w*|cancel\w*|giv\w* away|in order|my will|letters?|goodbye|pets?|passwords?|subscriptions?"
    r"|accounts?|pay\w* off|debts?"
)

# Held-out 28: a date picked with calm; "too late for that" with the matter decided; planning to be
# gone by a day "anyway"; dying tonight with no one noticing till later.
DATE_PICKED = (
    r"(?:have|got|picked|chosen|set|settled on|decided on) (?:a|the) date(?: picked| set| chosen| now)?\b"
    r"|(?:picked|chose|chosen|set) (?:a|the|my) date\b|the date is (?:set|picked|chosen)"
    # ... or the when known, the clause ending there (held-out 41: "sorted my will and cancelled all
    # my subscriptions, feels calm now that i know when")
    r"|(?:now that|now|since) i (?:finally )?know when(?= *(?:$|[.,!?;]|now|tbh|lol|honestly))"
)
CALM_NOW = r"not (?:even )?sad|calm|at peace|peaceful|relie\w*|weird feeling|feel light|finally|ready|decided|no more"
TOO_LATE = r"too late (?:for (?:that|me|this|it|help)|now)|(?:is it|its|it'?s) too late"
DECIDED_ALREADY = (
    r"(?:already|pretty much|basically|kind of|kinda) (?:\w+ )?decided(?= *(?:$|[.,!?;]|anyway|tbh|now|lol|honestly))"
    r"|(?:i'?ve|ive|i have) (?:\w+ )?(?:decided|made (?:up )?my mind)(?= *(?:$|[.,!?;]|anyway|tbh|now|lol|honestly))"
    r"|\bmade my mind up(?: already)?(?= *(?:$|[.,!?;]|anyway|tbh|now|lol|honestly))"
)
BEFORE_I_GO = (
    r"\bbefore i (?:go|leave|do it|end it)\b(?! (?:to|on|out|for|back|home|in|into|away|abroad|shopping|travel\w*"
    r"|through|up|down|over|off)\b)"
)
LINED_UP = (
    r"\b(?:everything|it all|all of it|them all|the pills|my pills|the tablets|my tablets|the stuff"
    # (or the whole box: held-out 88's conversations, "how long does sertraline take to work", "its
    # been 8 weeks", then "i cant wait any longer honestly, ive got the whole box lined up for
    # tonight")
    r"|the whole (?:box|pack|packet|bottle|strip|blister|tub|lot))\b[^.?!]{0,20}"
    r"\b(?:lined up|laid out|counted out|set out)\b[^.?!]{0,30}\b(?:tonight|for later|for after)\b"
)
# A pet or the children to be cared for "after", the word left hanging at the end.
PET_AFTER = (
    r"\b(?:cats?|dogs?|pets?|kitten|puppy|fish|rabbit|hamster|kids|children|plants)\b[^.?!]{0,40}\b(?:fed|looked after"
    r"|taken care of|cared for|walked|a (?:good )?home|ok|okay|alright|sorted)\b[^.?!]{0,10}\b(?:after|afterwards"
    r"|when i'?m gone|once i'?m gone)\W*$"
)
PLAN_GONE = r"plan\w* (?:on |to )?(?:be(?:ing)? )?(?:gone|dead|not (?:here|around|alive))(?: for good)? (?:by|before|after|come)\b"
NO_MATTER = r"anyway|any ?more|whats the point|what'?s the point|no point|doesn'?t matter|doesnt matter|won'?t matter|wont matter"
UNNOTICED = (
    r"if i (?:die|died|was gone|were gone|disappeared|went) (?:tonight|tomorrow|today|now)\b[^.?!]{0,40}"
    r"(?:no ?one|nobody|noone) (?:would|will|'?d|is going to|gonna)"
    r"|si (?:me )?muero (?:esta noche|hoy|ma[ñn]ana)|se eu morrer (?:hoje|esta noite)|si je meurs (?:ce soir|aujourd'hui)"
)

# Held-out 27: a burden, a decision and a time ("ive been a weight on my family ... ive decided to
# fix that this week"); an affair settled because one is "not gonna be around" (no date told).
BURDEN = (
    r"(?:a|the|such a|just a|nothing but a) (?:\w+ )?(?:weight|burden|drain|problem) (?:on|to|for) (?:my|the|everyone|every1"
    r"|them|him|her|us|everybody|people)|dead weight|(?:holding|dragging) (?:\w+ ){0,2}(?:back|down)"
    r"|(?:they|everyone|everybody|my family|my \w+)(?:'?d| would) be better off"
)
FIX_THAT = (
    r"(?:decided|going|gonna|planning|plan|about|ready|time) to (?:fix|solve|end|sort|take care of|deal with|remove)"
    r" (?:that|this|it|the problem|myself)\b|(?:fix|solve|end|sort out|take care of) (?:that|this|it) (?:for good|for them"
    r"|once and for all)|(?:won'?t|wont|will not|not) be (?:a|their|your|his|her) (?:burden|problem|weight) (?:much )?"
    r"(?:longer|for long|anymore|any more|after)"
)
SOON = (
    r"this (?:week|weekend|month|friday|saturday|sunday)|tonight|tomorrow|soon|today|for good|once and for all"
    r"|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|before (?:christmas|the weekend|my birthday)|not long|for them"
)
NOT_AROUND = (
    r"(?:i'?m|im|i am) not (?:gonna|going to) be (?:around|here|alive)(?! (?:for|on|at|in|this|next|that|tomorrow|to)\b)"
    r"|(?:i|i'?ll|ill) (?:won'?t|wont|will not) be (?:around|here|alive)(?! (?:for|on|at|in|this|next|that|tomorrow|to)\b)"
    r"|(?:im|i'?m|i am) not (?:around|here) (?:any ?more|much longer)|(?:won'?t|wont) be needing (?:it|them|this|that)"
)
SETTLING = (
    r"cancel\w*|who (?:gets|takes|will (?:take|get|have)|should (?:get|have|take)|can (?:have|take))|close (?:my|all my)"
    r"|give away|giving away|pay (?:it )?off|(?:does it|would it|will it) (?:even )?matter|my (?:cat|dog|pets?|stuff|things"
    r"|accounts?|membership|subscriptions?|contract|lease|savings|car)|passwords?|(?:my|a) will"
)

# Reader probes, seventh session of 2026-12-03: who or what would be looked after "if i wasnt here
# anymore" (the pet named is blanked by the pet gate before the rules read it).
AFTER_ME = (
    r"(?:what (?:would|will|'?d|could) happen|who (?:would|will|'?d|could) (?:look after|take care of|care for|feed"
    r"|have|get|take))\b.{0,40}\bif i (?:wasn'?t|wasnt|weren'?t|werent|was not|were not|am not|'?m not|m not)"
    r" (?:here|around|alive) (?:any ?more|any longer)"
)

# Held-out 39 (development probe, session of 2026-12-04 evening): it will "be over soon" with the
# matter decided or a goodbye; someone stopping their medicines because they want to go; messages
# set to arrive when one is gone; medicines not needed after a near day, told after asking a refund.
OVER_SOON = (
    r"(?:it'?s|its|it is|it'?ll|itll|it will|everything|all this|this|it all)(?: all)? (?:(?:going to|gonna|will) )?be"
    r" (?:all )?over (?:soon|tonight|tomorrow|shortly|by (?:the )?(?:morning|weekend|tomorrow))"
    r"|soon it(?:'?ll| will) (?:all )?be over"
)
DECIDED_OR_BYE = r"decided|made (?:up )?my mind|mind is made up|" + GOODBYE
STOPPING_MEDS = (
    r"(?:stopp\w*|stop|quit\w*|refus\w*|not taking|won'?t take|wont take|gave up|giving up|throwing away|threw away)"
    r" (?:all |taking )?(?:of )?(?:her|his|my|their|all (?:her|his|my|their)) (?:\w+ )?(?:meds|medication|medicines?|pills"
    r"|tablets|insulin|dialysis|treatment|heart pills)"
)
WANTS_TO_GO = (
    r"wants? to (?:go|die|be with|join|not be here|end it|not wake up)\b(?! (?:off|on|back|home|out|to|natural|herbal|for|and)\b)"
    r"|(?:is|she'?s|he'?s|shes|hes|i'?m|im) ready to (?:go|die)\b(?! (?:off|home|out|back|to)\b)"
    r"|(?:doesnt|doesn'?t|dont|don'?t|do not|does not) want to (?:live|be here|go on|wake up|be alive)"
    r"|(?:wants?|wanting) (?:it )?(?:all )?to (?:end|be over)\b"
)
MEDS_NOT_NEEDED = (
    r"(?:won'?t|wont|will not|not gonna|not going to) (?:need|be needing) (?:them|it|these|those|my (?:meds|pills|medication"
    r"|tablets|prescription))(?: any ?more| any longer)? after (?:this (?:week|weekend|month|friday|saturday|sunday)|tonight"
    r"|tomorrow|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)

# Held-out 47 (a development probe): someone who handed over their passwords or things saying one
# will need them ("my best friend sent me all her passwords and said youll need these").
HANDED_OVER = (
    r"(?:sent|gave|handed|texted|emailed|left|giving|given) (?:me|us|her|him|my \w+) (?:all )?(?:of )?(?:her|his|their|my)"
    r" (?:\w+ )?(?:passwords?|logins?|log ?ins|bank details|pin(?: numbers?)?|account details|phone pin|savings|keys"
    r"|jewell?ery|stuff|things|guitar|laptop|cat|dog|car|games|clothes)"
)
NEED_THESE = (
    r"(?:you'?ll|youll|you will|u'?ll|ull|you'?re going to|youre gonna|you'?ll) (?:need|want|have) (?:these|them|it|this"
    r"|those)|(?:look after|take care of|keep) (?:them|it|these|those|her \w+|his \w+) for (?:her|him|me)\b(?! (?:while|till"
    r"|until|when|over|during|this|next))|(?:in case|when|after|once) (?:she'?s|he'?s|shes|hes|she is|he is|they'?re|i'?m|im)"
    r" (?:gone|not here|not around)|(?:won'?t|wont|doesnt|doesn'?t|dont|don'?t) need (?:them|it|these|those) (?:anymore"
    r"|any more|where (?:she'?s|he'?s|i'?m) going)"
)

PET_FOR_GOOD = (
    r"\b(?:asked|asking|asks|wants?|wanted|begg\w*|told) (?:me|us|him|her|my \w+) to (?:take|have|look after|keep|mind"
    r"|care for|adopt) (?:her|his|their) (?:\w+ )?(?:dog|cat|puppy|kitten|hamster|rabbit|bunny|pet|bird|parrot)s?\W{1,3}"
    r"for good\b"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("handed_over_need_these", "suicide", (HANDED_OVER, NEED_THESE)),
    ("over_soon_decided", "suicide", (OVER_SOON, DECIDED_OR_BYE)),
    ("stopping_meds_to_go", "suicide", (STOPPING_MEDS, WANTS_TO_GO)),
    (
        "meds_not_needed_after",
        "suicide",
        (MEDS_NOT_NEEDED, r"meds|pills|medication|medicines?|tablets|prescription|refund"),
    ),
    ("burden_fixed_soon", "suicide", (BURDEN, FIX_THAT, SOON)),
    ("settled_not_around", "suicide", (NOT_AROUND, SETTLING)),
    # What happens to one's things when one dies, wanted sorted by a day near (probe 12: "what
    # happens to your facebook when u die" then "just want it sorted before saturday").
    (
        "after_death_sorted_by_a_day",
        "suicide",
        (
            r"when (?:u|you|i|i'?m|im|one) (?:die|dies|dead|gone)|after (?:i|u|you) die|after (?:i'?m|im) gone",
            r"(?:sorted|in order|settled|done|organi[sz]ed|ready|taken care of|finished|deleted|closed) (?:out )?"
            r"(?:before|by) (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|the weekend|tomorrow|tonight"
            r"|next week|the end of (?:the|this) (?:week|month)|then)\b",
        ),
    ),
    ("date_picked_calm", "suicide", (DATE_PICKED, CALM_NOW)),
    ("too_late_decided", "suicide", (TOO_LATE, DECIDED_ALREADY)),
    # The matter decided and something wanted "before i go" (held-out 79: "ive already decided, i
    # just want to know if magnesium will make me calmer before i go").
    ("decided_before_i_go", "suicide", (DECIDED_ALREADY, BEFORE_I_GO)),
    # Everything lined up for tonight, and nothing will help (held-out 80's conversations:
    # "honestly nothing will help, ive got everything lined up on my desk for tonight").
    (
        "lined_up_tonight",
        "suicide",
        (
            LINED_UP,
            HOPELESS_SELF + r"|nothing (?:will|would|can|is going to) help"
            r"|(?:can'?t|cant|cannot) (?:wait|do this|take (?:this|it)|go on) any ?(?:longer|more)",
        ),
    ),
    ("plan_gone_anyway", "suicide", (PLAN_GONE, NO_MATTER)),
    # ... or not alive when, "anyway" or "doesnt matter" (held-out 98's conversations)
    ("no_matter_not_alive", "suicide", (NO_MATTER, NOT_ALIVE_WHEN)),
    # Social media deleted or goodbyes said, and a pet to be fed "after" (held-out 98, a development
    # probe of the fourth session of 2026-12-07: "deleted all my social media and said bye to my
    # friends, just want to make sure my cat gets fed after")
    (
        "goodbyes_then_after",
        "suicide",
        (CLOSING + r"|said (?:bye|goodbye|my goodbyes|goodbyes) to", PET_AFTER),
    ),
    ("dying_unnoticed", "suicide", (UNNOTICED,)),
    ("pointless_not_alive", "suicide", (POINTLESS, NOT_ALIVE_WHEN)),
    ("only_keeping_me_here", "suicide", (ONLY_KEEPING,)),
    ("rehearsing_when_where", "suicide", (REHEARSING, WHEN_AND_WHERE)),
    ("broken_ready_done", "suicide", (READY_DONE, HOPELESS_SELF)),
    ("affairs_before_gone", "suicide", (BEFORE_GONE, TIDIED)),
    ("last_night_goodbye", "suicide", (LAST_NIGHT,)),
    ("plan_not_here_by", "suicide", (PLAN_NOT_HERE, DEADLINE)),
    ("the_day_goodbye", "suicide", (THE_DAY, GOODBYE)),
    ("ending_it_decided", "suicide", (ENDING_IT, DECIDED)),
    # ... or decided unless a medicine works in time (probe 57: "how long till bupropion kicks in,
    # i'll give it 2 weeks and if not im ending it"); never a relationship or a job given a chance
    ("ending_it_if_not", "suicide", (ENDING_IT, ENDING_UNLESS)),
    ("affairs_in_order", "suicide", (AFFAIRS, CLOSING, LAST_THING)),
    ("own_death_wont_be_here", "suicide", (OWN_DEATH, WONT_BE_HERE)),
    ("after_me_not_here", "suicide", (AFTER_ME,)),
    ("wont_be_here_sorted", "suicide", (WONT_BE_HERE, SORTED_BEFORE)),
    ("funeral_soon", "suicide", (r"(?:my|my own) funeral", FUNERAL_SOON)),
    # Someone who asks the reader to keep their pet "for good" (held-out 51's conversations, a
    # development probe of the session of 2026-12-05: "now shes asking me to look after her dog 'for
    # good'. she never talks like this"); `pets.PET_REHOMED` keeps the pet for the rules.
    ("pet_kept_for_good", "suicide", (PET_FOR_GOOD,)),
]
UNLESS = {
    "affairs_in_order": r"moving|move|abroad|emigrat\w*|relocat\w*|travel\w*|gap year|backpack\w*|trip|holiday"
    r"|retir\w*|new job|wedding|baby|minimalis\w*|fresh start|new year|house|flat|mortgage|deposit",
    "ending_it_if_not": r"\b(?:him|her|he|she|them|they|boyfriend|girlfriend|bf|gf|partner|husband|wife|relationship"
    r"|marriage|engagement|friendship|job|boss|lease|contract|subscription|membership|gym|course|degree"
    r"|uni|diet|texts?|calls?|replies|reply)\b",
    "pet_kept_for_good": r"moving|move|abroad|landlord|lease|allerg\w*|new job|baby|pregnan\w*|flat|apartment|care home"
    r"|nursing home|deploy\w*|can'?t (?:keep|afford|cope with)|cant (?:keep|afford|cope with)|too old|died|passed|hospital",
    "handed_over_need_these": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|hospital"
    r"|surgery|op|operation|deploy\w*|house ?sit\w*|pet ?sit\w*|feed|water the plants|netflix|streaming|wifi|spotify"
    r"|lol|haha",
    "over_soon_decided": r"exam|deadline|project|semester|term|season|winter|summer|holiday|treatment|chemo|period"
    r"|pregnan\w*|shift|move|moving|job|contract|lease|diet|detox|cleanse|wait|waiting|surgery|op|operation|renovation"
    r"|work|week|quit\w*|smok\w*|vap\w*|drink\w*|break ?up|relationship|divorce|course|the pain|hangover|flu|cold|strike",
    "stopping_meds_to_go": r"side effects|natural|herbal|pregnan\w*|doctor said|gp said|switch\w*|wean\w*|taper\w*|holiday",
    "meds_not_needed_after": r"course|finish\w*|antibiotics?|dentist|surgery|op|operation|recover\w*|better|switch\w*"
    r"|new (?:meds|pills|prescription)|last dose|doctor|gp|stopping (?:them )?(?:on|with)|taper\w*|wean\w*|healed",
    "burden_fixed_soon": r"job|work|money|rent|bills?|debts?|loans?|financ\w*|therap\w*|counsel\w*|doctor|rehab|move out"
    r"|moving out|diet|knee|back|gym|kg|lbs|pounds|car|chores|lol",
    "after_death_sorted_by_a_day": r"holiday|vacation|trip|travel\w*|moving|move|surgery|operation|grandma|grandad"
    r"|grandpa|nan|mum|mom|dad|uncle|aunt|pet|dog|cat|funeral",
    "settled_not_around": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|hospital|surgery"
    r"|deployment|deployed|festival|camp|shift|study abroad|semester|summer|weekend|week|month",
    "date_picked_calm": r"wedding|party|move|moving|surgery|op|operation|holiday|trip|exam|due|baby|launch|birthday"
    r"|results?|scan|test|flight|train|bus|delivery|arriv\w*|period|ovulat\w*|court|hearing|visa|offer|start date"
    r"|appointment|interview|race|marathon|induction|c-?section|retire\w*|divorce|quit\w*|start\w*|deadline|date night",
    "too_late_decided": r"job|quit\w*|buy\w*|order\w*|course|uni|college|diet|brand|flavou?r|gym|move|moving|break ?up|divorce"
    r"|which (?:one|product|supplement)|refund|cancel\w*|keto|vegan",
    "lined_up_tonight": r"party|dinner|date|guests|outfit|presentation|exam|revision|game|gaming|stream|recipe"
    r"|ingredients|packing|trip|flight|lol|haha",
    "decided_before_i_go": r"holiday|vacation|trip|travel\w*|flight|abroad|moving|move|gym|run|hike|interview|exam"
    r"|date|party|job|surgery|operation|race|wedding|concert|festival|tattoo|haircut|which (?:one|brand)|buy\w*|order\w*",
    "no_matter_not_alive": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|shift|flight"
    r"|for (?:the|a|a few|two|\d+) (?:week|weekend|days|nights|month)|going to my|staying (?:at|with)|visiting"
    r"|leave|expir\w*|best before|use by|out of date|off by then|go off|gone off|lol|lmao|haha",
    "goodbyes_then_after": r"holiday|vacation|trip|travel\w*|abroad|retreat|detox|break from|camp|hospital|surgery"
    r"|airport|station|party|school|work|class|gym|leaving do|flight"
    r"|operation|rehab|deploy\w*|festival|exam|moving|move|new phone|back in",
    "plan_gone_anyway": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|shift|flight|leave"
    r"|office|home by|out by|checkout|at work|for work|work trip",
    "pointless_not_alive": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|lol|lmao|exam|deadline"
    r"|zombie|apocalypse|heat ?wave|workout|gym|boss",
    "rehearsing_when_where": r"speech|toast|wedding|presentation|interview|lines|play|audition|performance|recital|proposal"
    r"|pitch|exam|race|date",
    "only_keeping_me_here": r"job|work|office|meeting|class|lecture|coffee|caffeine|snacks?|party|queue|contract|lease",
    "broken_ready_done": r"job|work|school|uni|degree|course|diet|project|pregnan\w*|cast|treatment|exam|relationship|marriage",
    "last_night_goodbye": r"(?:hotel|trip|holiday|vacation|hostel|airbnb|camp|festival|cruise|stay|visit)\b|before (?:i|we) (?:fly|leave|go)",
    "the_day_goodbye": r"marathon|race|exam|wedding|interview|surgery|launch|moving|birthday|first day|holiday|trip",
    "wont_be_here_sorted": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|hospital|surgery"
    r"|op|operation|next (?:week|month)|for (?:a|the|two|three|\d+) (?:days?|weeks?|weekend|months?)|festival|camp|work|shift",
    "funeral_soon": r"grand\w*|nan|nana|mum'?s|mom'?s|dad'?s|father'?s|mother'?s|parents'?|wedding|pre-?paid",
}
