"""Suicide, self-harm, overdose and emergencies told by what is done with the means or the body
(read by `concepts`, like `signs`: a rule is a few word groups, all found in any order): a whole
supply to be taken "and be done with it", two methods compared for pain, asking whether a death
hurts while standing at the water, waking every day wishing one had not, staring at the tablets
thinking about it; one's own body hit so that it hurts, a harm-reduction trick (a hair tie
snapped, ice held) no longer enough, skin scratched till it bled again; a whole pack taken, a
medicine doubled with danger signs, a child near a pill bottle left open with some missing; a
person fainted who has not come round, a headache that came on like a bang and is the worst ever.
Written after the first looks at sets of messages written blind (held-out 17, then 18: taking all
of a medicine at once "will it be enough", a funeral planned with relief, hoping one's heart
stops, sleep "the permanent kind", a hand held over a flame, fresh cuts seen, an intimate exam
never agreed to, a massage that "went too far", never reporting "that night", a child jumped and
threatened), with near misses of each in `tests/test_crisis_means.py`.
"""

from __future__ import annotations

from app.safety.patterns.signs import CHILD, SIGN_NOW

WHOLE_SUPPLY = (
    r"(?:take|taking|swallow\w*|down|downing|drink|drinking|neck) (?:the |a |that |this |my |her |his )?"
    r"(?:whole|entire|full) (?:bottle|pack|packet|box|strip|tub|jar)|(?:take|taking|swallow\w*) (?:them|it) all"
)
FOR_GOOD = (
    r"be done with (?:it|this|everything|all of it|life)|done with it all|end (?:it|this|everything|things)"
    r"|never wake|not wake up|for good|make it (?:all )?stop|sleep forever"
)
METHODS_COMPARED = (
    r"(?:less|least|more|most) pain\w*|quick(?:er|est)|fast(?:er|est)|more (?:certain|reliable|sure)"
    r"|(?:less|least) (?:messy|scary)"
)
METHOD_OR = (
    r"(?:pills|overdos\w*|jumping|hanging|drowning|cutting|a gun|gun|the train|gas)"
    r" or (?:pills|overdos\w*|jumping|hanging|drowning|cutting|a gun|gun|the train|train|gas)"
)
DEATH_HURT = (
    r"(?:does|would|will|do|is) (?:drowning|jumping|falling|hanging|bleeding out|an overdose|overdosing"
    r"|it) (?:hurt|really hurt|painful)|(?:drowning|hanging|overdosing|jumping) (?:hurts?|is painful|painful)"
)
AT_THE_EDGE = (
    r"(?:standing|sitting|been|waiting|parked|here|stood|sat) (?:by|at|on|near|next to|over) (?:the |a )?"
    r"(?:lake|river|bridge|sea|ocean|water'?s edge|canal|cliffs?|edge|tracks|roof|pier|dock|reservoir|quarry)"
)
WAKING_SORRY = (
    r"wish(?:ing|ed)? i (?:hadn'?t|hadnt|didn'?t|didnt|wouldn'?t|wouldnt|had not|did not) (?:woken|wake|woke)"
    r"|wak\w* up (?:every|each) (?:day|morning) wishing i (?:hadn'?t|hadnt|didn'?t|didnt|wasn'?t|wasnt)"
    r"(?= *(?:[,.;!?]|and|but|anyway|$))"
)
STARING = (
    r"(?:looking|staring|stare|look|looked|stared) at (?:the |my |all (?:the|my|those|these) |those |these )?"
    r"(?:tablets|pills|meds|blades?|razors?|rope)"
)
THINKING_OF_IT = r"thinking about (?:it|taking them|doing it|them)|(?:can'?t|cant) stop thinking"
BODY_HIT = (
    r"(?:hit|hitting|punch\w*|slap\w*|bash\w*|pinch\w*) my (?:own )?(?:\w+ )?(?:stomach|belly|tummy|face|thighs?"
    r"|legs?|arms?|wrists?|ribs)"
)
WANT_HURT = (
    r"(?:want|wanted|need|needed|wanting) (?:it|them|myself) to hurt|so (?:that )?it hurts|to punish (?:my ?self|me)"
    r"|as (?:a )?punishment|on purpose"
)
TRICK = r"hair ?ties?|rubber ?bands?|elastic bands?|ice cubes?|ice|red (?:pen|marker)"
TRICK_USED = r"snap\w*|flick\w*|hold\w*|held|draw\w*|trick|thing"
NOT_ENOUGH = (
    r"(?:isn'?t|isnt|not|no longer|stopped) (?:\w+ )?(?:working|helping|enough)|not enough|something (?:stronger|worse|more)"
    r"|doesn'?t (?:help|work)|doesnt (?:help|work)|need (?:more|to feel)"
)
SCRATCHED = r"scratch\w*|clawed|dug my nails"
TILL_BLED = (
    r"(?:till|until|til|untill) (?:it |they |i )?(?:bled|bleeds?|bleeding|drew blood)|drew blood"
)
AGAIN_NOW = r"tonight|again|on purpose|not enough|urges?|wanted to|had to|to feel|punish\w*|anymore"
WHOLE_TAKEN = (
    r"(?:took|taken|swallowed|popped|downed|necked) (?:the|a|my|her|his) (?:whole|entire|full) "
    r"(?:pack|packet|bottle|box|strip|blister)\b(?! (?:of|to|with|home|back|out|in|for|away|off)\b)"
)
DOUBLED = (
    r"doubl\w* (?:up )?(?:on )?(?:her|his|my|their|the) (?:\w+ )?(?:pills?|meds|doses?|medications?|tablets"
    r"|digoxin|insulin|warfarin|lithium|methotrexate|morphine|oxycodone|\w+)"
    r"|(?:taking|took|taken|been taking) (?:a |her |his |my )?double (?:dose|doses)"
)
BOTTLE_OPEN = (
    r"(?:pill|medicine|tablet|meds?|vitamin) (?:bottle|packet|pack|box|container|tub)\b,?(?: (?:is|was|it'?s|its))? "
    r"(?:\w+ )?open|open(?:ed)? (?:the |my |a )?(?:pill|medicine|tablet) (?:bottle|packet|box)"
)
MISSING = (
    r"(?:some|a few|pills|tablets|gummies|vitamins|capsules|meds|few|one|two|several|\d+) (?:are |is )?missing"
    r"|missing (?:pills|tablets|gummies|vitamins|capsules|meds)|there(?:'?s| are| is) (?:\w+ ){0,2}missing"
    r"|(?:don'?t|dont|do not) know how many"
)
FAINTED = r"fainted|passed out|collapsed|blacked out|knocked out|keeled over"
NOT_COME_ROUND = (
    r"(?:hasn'?t|hasnt|has not|haven'?t|havent|won'?t|wont|isn'?t|isnt|not|still not) (?:\w+ )?"
    r"(?:woken|waking|woke|come (?:round|to|around)|responding|responsive|opened (?:his|her|their) eyes)"
)
WORST_EVER = r"worst (?:i'?ve|ive|i have|he'?s|she'?s|hes|shes|one) ever|worst (?:pain|headache) of (?:my|his|her) life"
BANG = (
    r"like a (?:bang|thunderclap|hammer|explosion|gunshot)|out of nowhere|all at once|in seconds|stiff neck"
    r"|neck (?:is |feels |was )?stiff|sudden\w*"
)
ALL_AT_ONCE = (
    r"(?:take|taking|swallow\w*|down|downing) all (?:of )?(?:my|the|these|those|her|his|their) (?:\w+ )?\w+"
    r" (?:at once|in one go|together|at the same time)"
)
ENOUGH = r"be enough|enough to|is (?:it|that) enough"
FUNERAL_SOON = r"relief|relieved|soon|ready|at peace|any day|not long|won'?t be long|wont be long"
HEART_STOPS = (
    r"hop\w* (?:that )?my heart (?:just )?(?:stops|will stop|would stop|gives out|gives up)"
    r"|wish\w* my heart would (?:just )?(?:stop|give out)|pray\w* (?:that )?i (?:don'?t|dont|do not|won'?t|wont) wake"
    r"|hop\w* (?:that )?i (?:don'?t|dont|do not|won'?t|wont) wake up"
)
SLEEP_FOR_GOOD = (
    r"(?:the )?permanent (?:kind|sort|type|version|one)|sleep permanently|permanent sleep|(?:fall )?(?:a)?sleep for good"
    r"|never (?:have to )?wake up again"
)
FLAME = (
    r"(?:hold|held|holding|put|putting|keep|kept) my (?:hand|arm|fingers?|palm|wrist|skin) (?:over|in|on|near|into)"
    r" (?:the |a )?(?:stove|flame|candle|lighter|fire|hob|burner|iron)"
)
INTIMATE = (
    r"internal exam|pelvic exam|breast exam|intimate exam|vaginal|intimate|private parts|down there|inside me"
    r"|under my (?:clothes|shirt|underwear|bra|skirt)|grop\w*|fondl\w*"
)
NO_CONSENT = (
    r"never (?:agreed|consented|said yes|asked)|without (?:my )?(?:consent|permission|asking)"
    r"|(?:didn'?t|didnt|did not) (?:agree|consent|ask)|i (?:never )?said no"
)
CONTACT = r"massage|touch\w*|his hands|undress\w*|kiss\w*|grop\w*|rubb\w*"
TOO_FAR = r"went (?:way |much |a lot |far )?too far|took it too far"
NEVER_REPORTED = r"never reported (?:it|him|them)|(?:didn'?t|didnt|did not) report (?:it|him|them)"
THAT_NIGHT = r"that night|his face|what he did|flashbacks?"
JUMPED = (
    r"jumped (?:him|her|me|them|my \w+)|beat (?:him|her|me|them) up|attacked (?:him|her|me|them)"
    r"|(?:got|was|been|were) jumped"
)
THREAT_NEXT = r"next time|finish (?:him|her|me|them)(?: off)?|gonna (?:get|kill)|going to (?:get|kill)|swollen|bleeding"
LIMB = r"wrists?|arms?|thighs?|legs?"
# Held-out 19: affairs put in order with a last thing left; one's own death planned for and "i wont
# be here"; a teenager banging their head now; a rubber band snapped till it bleeds; cutting oneself
# told as a habit in Portuguese or Spanish; a toddler who opened a bottle now nearly empty; a count
# of pills told after the question; a week's supply in one go; a family fled from a man smashing
# everything.
AFFAIRS = (
    r"(?:sorted|wrote|written|made|finished|updated|signed|done) (?:out )?(?:my|a) (?:\w+ )?will"
    r"|(?:sorted|sorting) (?:out )?my (?:affairs|finances|paperwork|passwords)|life insurance"
)
CLOSING = (
    r"(?:deleted|deactivated|closed|wiped) (?:all )?(?:my )?(?:socials|social media|accounts?|instagram|insta"
    r"|facebook|tiktok|snap\w*|twitter|phone)|(?:gave|giving|given) away (?:my|all|most)|rehom\w* (?:my|the)"
    r"|(?:cancel\w*|quit|stopped) (?:my |the )?(?:gym|subscriptions?|phone contract|lease|membership)"
)
LAST_THING = (
    r"(?:one|the) last thing|last (?:few )?things? (?:on|left|to do)|nothing left (?:to do|on)|all that'?s left"
    r"|before i go|won'?t need|wont need|won'?t be (?:here|around)|wont be (?:here|around)|after i'?m gone|when i'?m gone"
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
HEAD_BANG = (
    r"head ?-?butt\w* (?:the |a |his |her |their )?(?:floor|wall|door|ground|table|mirror)"
    r"|bang\w* (?:his|her|their|my) head (?:\w+ )?(?:on|against|into) (?:the |a )?(?:floor|wall|door|ground|table)"
    r"|(?:hitting|smashing|slamming) (?:his|her|their|my) head (?:\w+ )?(?:on|against|into)"
)
NOW_LOUD = r"right now|rn|now|screaming|won'?t stop|wont stop|can'?t stop (?:him|her|them)|cant stop (?:him|her|them)"
TRICK_HURT = (
    r"(?:till|until|til|untill) (?:it |they |i )?(?:\w+ (?:and|&) )?(?:bled|bleeds?|bleeding|welts?|bruises?"
    r"|breaks? the skin|drew blood)|drew blood"
)
SELF_CUT_ROMANCE = (
    r"corto-me|me corto|me cortei|cortei-me|me corté|me cortaba|me cortava|me machuco|me lastimo"
)
HABIT_ROMANCE = (
    r"desde (?:os|los|que|hace|há|ha)?|de novo|outra vez|otra vez|de nuevo|todos (?:os|los) d[ií]as|cada (?:dia|día|vez)"
    r"|hoje|hoy|pior|peor|a prop[oó]sito|de prop[oó]sito|adrede|escondido|escondida"
)
CAP_OFF = (
    r"got (?:the |a )?(?:\w+ )?(?:cap|lid|top) off|(?:cap|lid|top) (?:was |is )?(?:off|open)"
    r"|got into (?:the|my|her|his|our) (?:\w+ )?(?:pills|meds|gummies|vitamins|tablets|bottle|medicine|drawer|bag)"
)
NEARLY_EMPTY = (
    r"(?:nearly|almost|half|mostly) (?:empty|gone)|now (?:it'?s|its|it is) (?:nearly |almost )?empty"
    r"|(?:was|were) (?:half )?full|(?:some|a few|lots|loads|half) (?:of them )?(?:are |were )?(?:gone|missing)"
)
DRUG_NAMES = (
    r"ibuprofen|advil|motrin|nurofen|tylenol|paracetamol|acetaminophen|panadol|aspirin|excedrin|aleve|naproxen"
    r"|benadryl|xanax|ambien|valium|sleeping (?:pills|tablets)|pills|tablets|meds|painkillers|antidepressants"
    r"|sertraline|zoloft|prozac|fluoxetine|lithium|melatonin|caffeine pills|iron (?:pills|tablets)|codeine|tramadol"
)
TOOK_ME = r"(?:did i|i'?ve|ive|i have|i) (?:take|took|taken|had|have|swallowed|popped)"
TEENS_OF = (
    r"(?:like|about|around|maybe|almost|over|prob(?:ably)?|at least) (?:1\d|[2-9]\d)\b"
    r"(?! ?(?:mg|mcg|ml|g\b|min\w*|hours?|hrs?|days?|weeks?|months?|years?|%|yo|y/o|lbs?|kg|yr))"
)
SUPPLY_IN_ONE = (
    r"(?:took|taken|swallowed|had|downed|necked|popped) (?:my |a |the |her |his |their )?(?:whole |entire |full )?"
    r"(?:week|month|fortnight)'?s? (?:worth )?(?:of )?(?:\w+ ){0,2}(?:vitamins|pills|tablets|meds|gummies|supplements|doses)"
)
IN_ONE_GO = r"in one go|at once|all together|in one sitting|in one hit|all at the same time"
FLED = (
    r"(?:run|ran|got|get|rushed|fled|escaped) out (?:of the (?:house|flat|home) )?(?:with|in)|fled|escaped"
    r"|(?:had to|have to|had to) (?:run|leave|get out)|(?:hiding|hid|locked) (?:\w+ )?in (?:the |a |my )?(?:car|bathroom|bedroom)"
    r"|(?:at|to) (?:a|the) (?:petrol|gas) station|(?:at|to) (?:a|the|my) neighbou?r'?s"
)
RAGE = (
    r"(?:he|she|they) (?:was|were|is|are|'?s|'?re|started|kept) (?:\w+ )?(?:smashing|throwing|breaking|trashing|punching)"
    r" (?:everything|things|stuff|the (?:house|place|flat|tv|walls?|doors?)|plates|chairs|holes)"
    r"|smashed (?:everything|up the (?:house|place|flat))"
)
FRESH = r"fresh (?:ones|cuts|marks|scars|wounds)|new (?:cuts|marks|scars|wounds)"

# Held-out 20: not trusting oneself alone tonight; a hotline refused before asking whether a death
# hurts; "i just cut" with nothing cut named; a wound's cover story taken back ("told my teacher it
# was a rash. its not a rash"); a few extra of a medicine swallowed; bleeding "after being forced";
# a weapon shown with a threat.
NOT_TRUST_SELF = (
    r"(?:do ?n'?t|dont|do not|can'?t|cant|cannot|no longer) (?:really |fully )?trust my ?self"
    r" (?:(?:to be )?(?:alone|on my own|by myself)\b(?! with\b| around (?:food|snacks|sweets|chocolate|cake)\b)"
    r"|tonight|right now|anymore|not to (?:do something|hurt|act|use)"
    r"|around (?:the |my |all )?(?:pills|knives|meds|tablets|blades|razors))"
)
NO_HOTLINE = (
    r"(?:do ?n'?t|dont|do not|no|never) (?:\w+ )?(?:send|give|tell|paste|link|post) (?:me )?(?:a |the |any |your |another )?"
    r"(?:\w+ )?(?:hotline|helpline|crisis line|crisis number|samaritans|suicide line|988|help ?line)"
    r"|(?:do ?n'?t|dont|do not) need (?:a |the |any |your )?(?:hotline|helpline|crisis line|lecture)"
    r"|\bno (?:more )?(?:hotlines?|helplines?|crisis lines?|hotline numbers?)(?: (?:please|pls|plz)\b|,|$)"
)
JUST_CUT = (
    r"\bi (?:just |literally just |already |accidentally on purpose )?cut (?:again|tonight|deep(?:er)?)\b"
    r"|\bi (?:just|literally just) cut(?= *(?:[,.;!?]|and\b|but\b|$))"
)
COVER_STORY = (
    r"(?:told|tell|telling|said to|say to) (?:\w+ ){0,3}(?:it was|its|it'?s|they were|theyre|they'?re"
    r"|(?:the|my|those|these) (?:marks|cuts|scars|scratches|bruises|burns|wounds) (?:were|are)) (?:just )?"
    r"(?:a rash|the cat|a cat|from (?:the|my) cat|scratches|a scratch|an accident|eczema)"
)
COVER_DENIED = (
    r"(?:its|it'?s|it is|it was|they'?re|theyre|they are|they were) (?:not|n'?t) (?:a rash|the cat|a cat|from the cat"
    r"|scratches|a scratch|an accident|eczema)|(?:wasn'?t|wasnt|isn'?t|isnt|weren'?t|werent|aren'?t|arent)"
    r" (?:a rash|the cat|from the cat|an accident|eczema|scratches)"
)
FEW_EXTRA = (
    r"(?:took|taken|swallowed|had|popped|necked|downed|take|taking) (?:a few|some|a couple(?: of)?|two|three|four|five"
    r"|several|\d+|loads of|a bunch of|heaps of|a handful of) extra\b"
)
FORCED = r"(?:being|been|was|got|getting) forced(?= *(?:[,.;!?]|\band\b|\bby (?:him|her|them|a|my|his|the)\b|$))"
WEAPON_SHOWN = (
    r"(?:showed|shown|flashed|waved|pulled|brandish\w*|pointed|held up|had) (?:me |us |at me )?(?:a|his|her|the|their)"
    r" (?:\w+ )?(?:knife|gun|crowbar|bat|machete|hammer|blade|axe|pistol|shotgun|rifle)\b"
)
THREAT_SAID = (
    r"deal with|get (?:me|you|us)|sort (?:me|you|us) out|kill|hurt|or else|watch (?:my|your|our) back"
    r"|threat\w*|keeps? saying|said (?:he|she|they)(?:'?ll| will| would)"
)

# Held-out 23: all of one's sleeping tablets with drink; a plan not to be here by a day; "today is
# the day" said with a goodbye; pills that would let one "go peacefully"; "im ending it" decided;
# thrown oneself down the stairs; a partner who "got rough" again.
ALL_MY_SLEEPING = (
    r"(?:take|taking|took|swallow\w*|down|downing|neck\w*) all (?:of )?my (?:\w+ )?(?:sleeping (?:tablets|pills)"
    r"|painkillers|pills|tablets|meds)"
)
WITH_DRINK_OR_FOR_GOOD = (
    r"with (?:the |a |some |my |half a |a bottle of |the rest of (?:the |my )?|a glass of )?(?:vodka|wine|alcohol|booze|whisk(?:e)?y|gin|rum|beer|drink)|for good|never wake"
    r"|not wake"
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
GO_PEACEFULLY = (
    r"(?:let|help|make) me (?:go|die|slip away|pass) (?:\w+ )?(?:peacefully|quietly|painlessly)"
    r"|(?:go|slip away|pass away|die) peacefully in my sleep"
)
ENDING_IT = r"(?:i'?m|im|i am|i'?ll|ill|i will) (?:just )?end(?:ing)? it(?: all)?\b(?! with| between| off| for (?:us|good with))"
DECIDED = r"decided|tonight|tomorrow|\bif (?:the|my|this|it)\b|for good|already|no more"
THREW_SELF = (
    r"(?:threw|throw\w*|flung|hurled) my ?self (?:down (?:the )?(?:\w+ ){0,3}stairs|against (?:the |a )?wall"
    r"|off (?:the |a |my )?(?:bed|balcony|stairs|bunk))"
)
PARTNER = r"\b(?:bf|boyfriend|husband|hubby|partner|gf|girlfriend|wife|ex|fianc\w*)\b"
ROUGH = r"(?:got|gets|getting|was|been|is|being) (?:a bit |a little |kinda |really |too |so )?rough with me"

# Held-out 22: picturing taking the whole lot; "this is my last night" said as a goodbye; hoping
# for a terminal illness so as not to "do it myself"; burns or cuts one "did myself"; back to the
# knife when the substitutes stopped working; grabbed by a boss who threatens one's job.
PICTURING = r"(?:picturing|imagining|visuali[sz]ing|fantasi[sz]ing about) (?:my ?self )?(?:taking|swallowing|downing)"
WHOLE_LOT = (
    r"the whole lot|all of (?:them|it)|them all|the lot|every (?:last |single )?one|the (?:whole|entire) (?:box|bottle"
    r"|pack|packet|strip|thing)|all (?:at once|in one go)|at once"
)
LAST_NIGHT = (
    r"(?:this is|tonight is|tonights|tonight'?s|it'?s|its) (?:gonna be )?my (?:very )?last night(?! (?:in|at|on|of|here"
    r"|there|before|with|off|shift|working|as|out|together|away)\b)|my last night (?:on earth|alive)"
)
MYSELF_SPARED = r"so (?:that )?i (?:dont|don'?t|do not|wont|won'?t|will not|wouldn'?t|never) (?:have|need) to do it (?:my ?self|by my ?self)"
DEATH_BY_CHANCE = (
    r"terminal|cancer|\bdie\b|dying|dead|hit by|crash|accident|disease|illness|not wake|tumou?r"
)
OWN_WOUNDS = r"\b(?:burns?|cuts?|marks|wounds|scratches|scars|gashes)\b"
DID_MYSELF = (
    r"(?:did|done|made|gave) (?:them|it|these|those) (?:to )?my ?self|(?:did|done) (?:them|it|these) on purpose"
    r"|self[- ]inflicted"
)
BACK_TO_BLADE = (
    r"back to (?:the |my )?(?:knife|blade|blades|razor|razors)\b(?! (?:shop|store|sharpener|block|drawer|set|skills"
    r"|class))|back to (?:cutting|burning|hurting) (?:my ?self|again)\b|back to (?:cutting|burning)\b(?= ?(?:$|[.,!?]| again"
    r"| now))"
)
SUBSTITUTES_GONE = (
    r"\bice\b|elastic|rubber bands?|hair ties?|stopped working|not enough|no longer (?:work|help)\w*|urges?|clean"
    r"|relaps\w*|again"
)
POWER_GRABS = (
    r"\b(?:boss|manager|supervisor|coach|teacher|landlord|professor|lecturer|tutor|instructor|employer|director|foreman"
    r"|pastor|priest|uncle|stepdad|stepfather|step dad|doctor|therapist) (?:keeps |always |still |often )?(?:grabs|gropes"
    r"|grabbed|groped|grabbing|groping|touches|touched|touching|feels up|felt up|corners|cornered) me\b"
)
SILENCED = (
    r"(?:lose|losing|fire|sack|cut|take away) (?:my |me |the )?(?:shifts|job|hours|place|grade|spot|visa|room|flat)"
    r"|if i (?:complain|tell|report|say anything|speak up|told)|nobody will believe|no one will believe|our (?:little )?secret"
    r"|stockroom|back room|storeroom|office alone|after hours|when no one|when nobody"
)

# Held-out 24: a wound cleaned in secret ("my mum cant know i did it"); fumes in a shut garage with
# their signs; an elderly person confused among empty pill bottles; a threat to burn the house down
# with one inside; one's head smashed on a desk until something stops.
KEPT_SECRET = (
    r"(?:mum|mom|mam|dad|parents|family|anyone|no one|nobody|boyfriend|girlfriend|wife|husband|teacher|school)"
    r" (?:cant|can'?t|cannot|can|must not|mustn'?t|won'?t|shouldn'?t|can never|doesn'?t|does not|can not|must|will"
    r"|should) (?:ever )?"
    r"(?:know|find out|see|notice)"
)
I_DID_IT = r"\bi did (?:it|this|them|that)\b|did (?:it|this|them) (?:to )?my ?self|on purpose"
WOUND_CARE = (
    r"clean\w*|infect\w*|bandage\w*|plasters?|stitch\w*|wounds?|cuts?|bleed\w*|scab\w*|heal\w*"
)
SHUT_IN = (
    r"(?:garage|shed|basement|cellar|small room|closet|bathroom|car|caravan|tent|cabin) with (?:the |all the )?"
    r"(?:doors?|windows?|garage door) (?:shut|closed)|(?:doors?|windows?) (?:shut|closed)|no (?:ventilation|window open)"
)
FUMES = r"paint\w*|varnish\w*|fumes|generator|engine|grill|bbq|barbecue|heater|bleach|solvent|glue|spray\w*|stove|charcoal"
FUME_SIGNS = (
    r"drunk|dizzy|head (?:is )?(?:pound\w*|throbbing|spinning)|headache|sick|nause\w*|confus\w*|faint\w*|sleepy"
    r"|woozy|light ?headed|throw\w* up|vomit\w*"
)
EMPTY_BOTTLES = (
    r"empty (?:pill |medicine |tablet |meds )?(?:bottles?|packets?|blister (?:packs?|strips?)|boxes|pots)"
    r"|(?:pill |medicine |tablet )(?:bottles?|packets?) (?:are |were |is |was )?(?:all |completely |nearly )?empty"
)
NOT_RIGHT = (
    r"confus\w*|unresponsive|drows\w*|(?:won'?t|wont|can'?t|cant) wake|not making sense|slurr\w*|vomit\w*|passed out"
    r"|collapsed|not (?:herself|himself|themselves)|out of it|mumbling|sleepy|groggy"
)
BURN_WITH_ME = (
    r"(?:burn|set fire to|torch) (?:the |my |our |his |her )?(?:house|flat|place|home|car|room)(?: down)? with (?:me|us|you"
    r"|the kids|my \w+) (?:in it|inside|in there|still in)"
)
HEAD_SMASHED = (
    r"(?:smash|bang|hit|slam|bash)\w* my head (?:on|against|into) (?:the |a |my )?(?:desk|wall|table|floor|door|mirror"
    r"|steering wheel|headboard|sink)"
)
UNTIL_STOPS = (
    r"until (?:it|the|i|my|everything)|till (?:it|the|i|my|everything)|(?:to|so) (?:make (?:it|them|the \w+) )?stops?\b"
    r"|to feel (?:pain|something|it)|so (?:it|the pain|i feel)"
)

# Held-out 25 and 26: looking after oneself is pointless when one won't be alive by a date; the
# only thing keeping one here; rehearsing the when and the where; a rope kept ready with a place in
# mind; broken and ready to be done with all of it; someone's arms seen by a school nurse; "someone
# forced it" told with what it did; people one owes saying they know where one's family lives.
POINTLESS = (
    r"(?:what'?s|whats|what is) the point|\bany point\b|\bno point\b|why (?:even )?bother|pointless"
    r"|(?:is it|it'?s not|its not) (?:even )?worth"
)
NOT_ALIVE_WHEN = (
    r"(?:i'?m|im|i am) not (?:planning|going|gonna|intending|expecting) (?:on |to )?(?:be(?:ing)? )?(?:around|here|alive)\b"
    r"|(?:i'?ll|ill|i will|i'?m gonna|im gonna|i am going to) (?:be )?(?:dead|gone for good|not be (?:alive|around|here)) (?:by|before|in|come)\b"
)
ONLY_KEEPING = (
    r"(?:the )?only (?:thing|things|reason|one|person|people) (?:\w+ )?(?:keeping me (?:here|alive|around|breathing)"
    r"|(?:that )?(?:keeps|kept) me (?:here|alive|around|breathing)|(?:i'?m|im|i am) still (?:here|alive|around)"
    r"|stopping me (?:from )?(?:doing it|ending it|going)?)"
)
REHEARSING = r"rehears\w*|go(?:ing)? over it|run(?:ning)? (?:it )?through|(?:in|inside) my head|keep (?:picturing|imagining|planning)"
WHEN_AND_WHERE = r"the (?:when|where|how) and (?:the )?(?:when|where|how)\b|(?:when|where|how) and (?:when|where|how) (?:i'?d|i'?ll|ill|i will|i would|to) do it"
ROPE_READY = (
    r"(?:there'?s|theres|there is|i have|i'?ve got|ive got|i got|bought|keep\w*|hid\w*|hidden|packed) (?:a |the |some |my )?"
    r"(?:rope|noose|ligature)\b"
)
ROPE_PLACE = (
    r"(?:thinking|thought|think) (?:about|of) (?:the )?(?:woods|forest|trees?|bridge|beam|garage|loft|attic|barn|it|doing it|using it)"
    r"|tonight|ready|nobody knows|no one knows|just in case|for when"
)
READY_DONE = (
    r"ready to (?:be )?(?:done|finished|gone)(?: with)? (?:all of it|it all|everything|all this|life|living|existing|being alive|me)"
    r"|(?:ready|want) to (?:give up|be done) (?:on|with) (?:everything|life|living|all of it|it all)"
)
HOPELESS_SELF = (
    r"broken|hopeless|beyond (?:help|fixing)|fix me|no (?:hope|future)|worthless|nothing (?:works|helps|left)"
    r"|tired of (?:everything|life|living|it all|being alive)|can'?t do this|cant do this|too far gone|empty"
)
LIMBS_SEEN = (
    r"(?:saw|seen|noticed|spotted|found|checked|clocked|caught sight of) (?:my|her|his) (?:arms|wrists|thighs|legs|stomach)"
    r"(?= *(?:$|[.,!?;]|and\b|so\b|now\b|today\b|yesterday\b|in (?:pe|gym|class|the changing)|at school|when)|$)"
)
WHO_SAW = (
    r"nurse|teacher|\bpe\b|gym teacher|coach|school|mum|mom|dad|parents?|boyfriend|girlfriend|\bbf\b|\bgf\b"
    r"|partner|counsell?or|friends?|sent home|sleeves?"
)
FORCED_IT = (
    r"(?:someone|somebody|he|they|a guy|a man|a stranger|my (?:\w+ )?(?:ex|bf|boyfriend|husband|partner|date|friend|cousin"
    r"|uncle|boss|coworker)) forced (?:it|himself|themselves|his way)\b(?! (?:open|shut|closed|out|through|back|off|on|up|down|into (?:the|a)))"
)
FORCED_BODY = (
    r"down there|bleed\w*|sore|hurts?|\bsex\b|inside|vagina\w*|private\w*|said no|didn'?t want|didnt want|drunk"
    r"|asleep|last night|couldn'?t stop|couldnt stop|morning after"
)
KNOW_WHERE = (
    r"(?:know|knows|knew|found out|find out) where (?:i|we|my \w+|you|me and my \w+) (?:live|lives|work|works|sleep|stay|stays"
    r"|go to school|goes to school)"
)
MENACE = (
    r"\bowe\b|debt|loan ?shark|dealers?|gang|\bex\b|threat\w*|if i (?:don'?t|dont|do not)|or else|warn\w*|scared|afraid"
    r"|frighten\w*|terrified|pay (?:up|them|him|her|back)|stalk\w*|said they|said he|said she"
)

# Seed held-out 13: a fall with the head hit, and the person no longer answering.
FELL_HEAD = (
    r"(?:fell|fallen|falls|collapsed|slipped|tripped|went down)\b.{0,40}\b(?:hit|banged|bashed|smacked|cracked|knocked)"
    r" (?:his|her|their|my) head"
)
HEAD_THEN_GONE = (
    r"(?:not|isn'?t|isnt|won'?t|wont|can'?t|cant|doesn'?t|doesnt|hasn'?t|hasnt) (?:\w+ )?(?:answer\w*|respond\w*"
    r"|wak\w*|talk\w*|mak\w* sense|mov\w*|open\w* (?:his|her|their) eyes)|unconscious|out cold|passed out|confused"
    r"|vomit\w*|throw\w* up|drowsy|slurr\w*|knocked out|blacked out"
)

# Held-out 21: things tidied "before im gone"; thinking of stepping in front of a train (by its
# time); "went too far with the blade"; far more of a product than its label says, with signs.
BEFORE_GONE = (
    r"(?:before|after|when|once) (?:i'?m|im|i am|i'?ve|ive) (?:gone|not here|dead|not around|left for good)"
    r"(?! (?:on|for|to|away|abroad|travelling|traveling|out|home|back|off)\b)"
)
TIDIED = (
    r"tidy\w*|sort\w*|cancel\w*|giv\w* away|in order|my will|letters?|goodbye|pets?|passwords?|subscriptions?"
    r"|accounts?|pay\w* off|debts?"
)
IN_FRONT_OF = (
    r"(?:step\w*|jump\w*|walk\w*|throw\w* my ?self|lie|lying|lay) in front of (?:the |a |an )?(?:\d{1,2}[:.]\d{2}"
    r"|\d{1,2} ?(?:am|pm|o'?clock)|train|bus|lorry|truck|tube|tram|traffic|car|van)"
)
DWELLING = (
    r"think\w* (?:about|of)|keep (?:think|pictur|imagin|see)\w*|want to|wanna|urges?|tempt\w*|fantasi\w*|plan\w*"
    r"|going to|gonna|thought of|only thing|can'?t stop"
)
TOO_FAR_BLADE = (
    r"(?:went|gone|go|going) (?:a bit |way |too )?(?:too )?(?:far|deep) with (?:the |my )?(?:blade|razor|knife"
    r"|cutting|lighter|sharpener)|cut (?:a bit |way )?too deep(?: this time| again)?"
)
MORE_THAN_LABEL = (
    r"(?:took|had|drank|taken|downed|necked) (?:way |a lot |much |loads |heaps |like \w+ times )?more (?:\w+ ){0,3}than"
    r" (?:the |it |my |what )?(?:scoop|label|dose|box|bottle|tub|recommended|instructions|doctor|directions|it says"
    r"|the (?:label|box|tub|bottle) says|says)"
)
OVERDONE_SIGNS = (
    r"chest|heart (?:is |was )?(?:racing|pounding)|palpitations?|jittery|shak\w*|dizzy|sick|vomit\w*|throw\w* up"
    r"|can'?t breathe|faint\w*|tingl\w*|numb|sweat\w*"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("pointless_not_alive", "suicide", (POINTLESS, NOT_ALIVE_WHEN)),
    ("only_keeping_me_here", "suicide", (ONLY_KEEPING,)),
    ("rehearsing_when_where", "suicide", (REHEARSING, WHEN_AND_WHERE)),
    ("rope_ready_place", "suicide", (ROPE_READY, ROPE_PLACE)),
    ("broken_ready_done", "suicide", (READY_DONE, HOPELESS_SELF)),
    ("limbs_seen", "self_harm", (LIMBS_SEEN, WHO_SAW)),
    ("forced_it_body", "sexual_assault", (FORCED_IT, FORCED_BODY)),
    ("know_where_menace", "violence", (KNOW_WHERE, MENACE)),
    ("fell_head_unresponsive", "medical", (FELL_HEAD, HEAD_THEN_GONE)),
    ("affairs_before_gone", "suicide", (BEFORE_GONE, TIDIED)),
    ("in_front_of_train", "suicide", (IN_FRONT_OF, DWELLING)),
    ("too_far_blade", "self_harm", (TOO_FAR_BLADE,)),
    ("more_than_label", "overdose", (MORE_THAN_LABEL, OVERDONE_SIGNS)),
    ("wound_kept_secret", "self_harm", (KEPT_SECRET, I_DID_IT, WOUND_CARE)),
    ("fumes_shut_in", "overdose", (SHUT_IN, FUMES, FUME_SIGNS)),
    ("empty_bottles_not_right", "overdose", (EMPTY_BOTTLES, NOT_RIGHT)),
    ("burn_with_me_inside", "violence", (BURN_WITH_ME,)),
    ("head_smashed_until", "self_harm", (HEAD_SMASHED, UNTIL_STOPS)),
    ("picturing_whole_lot", "suicide", (PICTURING, WHOLE_LOT)),
    ("last_night_goodbye", "suicide", (LAST_NIGHT,)),
    ("spared_doing_it", "suicide", (MYSELF_SPARED, DEATH_BY_CHANCE)),
    ("wounds_did_myself", "self_harm", (OWN_WOUNDS, DID_MYSELF)),
    ("back_to_blade", "self_harm", (BACK_TO_BLADE, SUBSTITUTES_GONE)),
    ("grabbed_by_power", "sexual_assault", (POWER_GRABS, SILENCED)),
    ("all_my_sleeping_with_drink", "suicide", (ALL_MY_SLEEPING, WITH_DRINK_OR_FOR_GOOD)),
    ("plan_not_here_by", "suicide", (PLAN_NOT_HERE, DEADLINE)),
    ("the_day_goodbye", "suicide", (THE_DAY, GOODBYE)),
    ("go_peacefully", "suicide", (GO_PEACEFULLY,)),
    ("ending_it_decided", "suicide", (ENDING_IT, DECIDED)),
    ("threw_self_down", "self_harm", (THREW_SELF,)),
    ("partner_rough", "violence", (PARTNER, ROUGH)),
    ("not_trust_self", "suicide", (NOT_TRUST_SELF,)),
    (
        "no_hotline_death_hurts",
        "suicide",
        (NO_HOTLINE, DEATH_HURT + r"|how (?:many|much)|lethal|painless|quickest|fastest"),
    ),
    ("just_cut", "self_harm", (JUST_CUT,)),
    ("cover_story_denied", "self_harm", (COVER_STORY, COVER_DENIED)),
    ("few_extra_taken", "overdose", (FEW_EXTRA, DRUG_NAMES)),
    ("forced_sexually", "sexual_assault", (FORCED,)),
    ("weapon_shown_threat", "violence", (WEAPON_SHOWN, THREAT_SAID)),
    ("affairs_in_order", "suicide", (AFFAIRS, CLOSING, LAST_THING)),
    ("own_death_wont_be_here", "suicide", (OWN_DEATH, WONT_BE_HERE)),
    ("wont_be_here_sorted", "suicide", (WONT_BE_HERE, SORTED_BEFORE)),
    ("head_banging_now", "self_harm", (HEAD_BANG, NOW_LOUD)),
    ("trick_till_hurt", "self_harm", (TRICK, TRICK_USED, TRICK_HURT)),
    ("self_cut_habit", "self_harm", (SELF_CUT_ROMANCE, HABIT_ROMANCE)),
    ("child_cap_off_empty", "overdose", (CHILD, CAP_OFF, NEARLY_EMPTY)),
    ("count_told_after", "overdose", (DRUG_NAMES, TOOK_ME, TEENS_OF)),
    ("supply_in_one_go", "overdose", (SUPPLY_IN_ONE, IN_ONE_GO)),
    ("fled_from_rage", "violence", (FLED, RAGE)),
    ("all_at_once_enough", "suicide", (ALL_AT_ONCE, ENOUGH)),
    ("funeral_soon", "suicide", (r"(?:my|my own) funeral", FUNERAL_SOON)),
    ("heart_to_stop", "suicide", (HEART_STOPS,)),
    ("sleep_for_good", "suicide", (r"sleep\w*|knock me out", SLEEP_FOR_GOOD)),
    ("hand_over_flame", "self_harm", (FLAME,)),
    ("fresh_marks", "self_harm", (LIMB, FRESH)),
    ("intimate_no_consent", "sexual_assault", (INTIMATE, NO_CONSENT)),
    ("contact_too_far", "sexual_assault", (CONTACT, TOO_FAR)),
    ("never_reported_that_night", "sexual_assault", (NEVER_REPORTED, THAT_NIGHT)),
    ("jumped_and_threatened", "violence", (JUMPED, THREAT_NEXT)),
    ("whole_supply_for_good", "suicide", (WHOLE_SUPPLY, FOR_GOOD)),
    ("methods_compared", "suicide", (METHOD_OR, METHODS_COMPARED)),
    ("death_hurts_at_edge", "suicide", (DEATH_HURT, AT_THE_EDGE)),
    ("waking_sorry", "suicide", (WAKING_SORRY,)),
    ("staring_at_means", "suicide", (STARING, THINKING_OF_IT)),
    ("own_body_hit", "self_harm", (BODY_HIT, WANT_HURT)),
    ("trick_not_enough", "self_harm", (TRICK, TRICK_USED, NOT_ENOUGH)),
    ("scratched_till_bled", "self_harm", (SCRATCHED, TILL_BLED, AGAIN_NOW)),
    ("whole_pack_taken", "overdose", (WHOLE_TAKEN,)),
    (
        "doubled_with_signs",
        "overdose",
        (DOUBLED, SIGN_NOW + r"|seeing (?:yellow|green|halos)|confused"),
    ),
    ("child_bottle_open", "overdose", (CHILD, BOTTLE_OPEN, MISSING)),
    ("fainted_not_round", "medical", (FAINTED, NOT_COME_ROUND)),
    ("worst_headache_bang", "medical", (r"headache|head", WORST_EVER, BANG)),
]
UNLESS = {
    "pointless_not_alive": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|lol|lmao|exam|deadline"
    r"|zombie|apocalypse|heat ?wave|workout|gym|boss",
    "rehearsing_when_where": r"speech|toast|wedding|presentation|interview|lines|play|audition|performance|recital|proposal"
    r"|pitch|exam|race|date",
    "only_keeping_me_here": r"job|work|office|meeting|class|lecture|coffee|caffeine|snacks?|party|queue|contract|lease",
    "rope_ready_place": r"climb\w*|camp\w*|hammock|boat|sail\w*|tow\w*|swing|lead|leash|washing line|skipping|jump rope|gym"
    r"|battle ropes?|tie(?:-| )down|moving|knots?|tent|tarp|dog|horse|kayak|canoe",
    "broken_ready_done": r"job|work|school|uni|degree|course|diet|project|pregnan\w*|cast|treatment|exam|relationship|marriage",
    "limbs_seen": r"rash|eczema|bruis\w*|tattoo\w*|sunburn\w*|bites?|hair\w*|muscles?|gains|tan\b|freckles|moles?|veins|swell\w*|psoriasis"
    r"|stretch marks|fat|weight|skinny|spots",
    "fell_head_unresponsive": r"last (?:week|month|year)|years? ago|fine now|ok now|okay now|was fine|in (?:the )?(?:film|game|show)",
    "know_where_menace": r"surprise|party|present|gift|deliver\w*|visit|pick (?:me|us) up",
    "in_front_of_train": r"\bwatched|\bsaw\b|witness\w*|news|film|movie|\bphoto\w*|selfie|queue|\bline\b",
    "too_far_blade": r"shav\w*|carv\w*|cook\w*|chopp\w*|whittl\w*|pumpkin|wood|hair|beard|legs? (?:shave|hair)",
    "wound_kept_secret": r"tattoo\w*|pierc\w*|hair|dye\w*|nails?|eyebrows?|lashes",
    "fumes_shut_in": r"\bdog\b|\bcat\b|\bpuppy\b|\bkitten\b|yesterday|last (?:week|year)|fine now|feel fine",
    "empty_bottles_not_right": r"recycl\w*|craft\w*|collect\w*|crafts?|plants?|vases?",
    "head_smashed_until": r"by accident|accidental\w*|bumped|low (?:shelf|beam|door|ceiling)|cupboard door|sneez\w*",
    "picturing_whole_lot": r"vitamins?|supplements?|pizza|cake|chocolate|cookies|dessert|buffet|menu|course|trip|holiday",
    "last_night_goodbye": r"(?:hotel|trip|holiday|vacation|hostel|airbnb|camp|festival|cruise|stay|visit)\b|before (?:i|we) (?:fly|leave|go)",
    "wounds_did_myself": r"cook\w*|oven|pan|kitchen|iron|curling|straighten\w*|sunburn\w*|accident\w*|shav\w*|diy|haircuts?"
    r"|garden\w*|wax\w*|tattoo\w*|pierc\w*",
    "all_my_sleeping_with_drink": r"morning|evening|daily|vitamins?|supplements?|with (?:a |some )?(?:water|food|meal)",
    "the_day_goodbye": r"marathon|race|exam|wedding|interview|surgery|launch|moving|birthday|first day|holiday|trip",
    "partner_rough": r"liked|consensual|kink\w*|we agreed|i asked|wrestl\w*|play ?fight\w*|sports?|rugby",
    "just_cut": r"hair|fringe|bangs|nails|grass|lawn|onions?|veg\w*|paper|coupons?|carbs|sugar|ties|class|fabric|wood",
    "few_extra_taken": r"vitamins?|supplements?|fish oil|probiotics?|magnesium|gummies",
    "forced_sexually": r"forced (?:labou?r|retire\w*|air|entry|march)|(?:to|into) (?:work|retire|move|quit|leave|resign)",
    "weapon_shown_threat": r"toy|nerf|water gun|film|movie|game|show|museum|collection|camping|fishing",
    "wont_be_here_sorted": r"holiday|vacation|trip|away|travel\w*|abroad|moving|move|business|conference|hospital|surgery"
    r"|op|operation|next (?:week|month)|for (?:a|the|two|three|\d+) (?:days?|weeks?|weekend|months?)|festival|camp|work|shift",
    "head_banging_now": r"toddlers?|baby|babies|infants?|(?:[1-4]|one|two|three|four)[- ]?(?:year|yr)s?[- ]?old|concert|gig|mosh\w*|metal|music",
    "count_told_after": r"(?:a|per|each|every|this|over (?:a|the|the last|the past)) (?:week|month|year|fortnight)|weeks|months|years",
    "self_cut_habit": r"pelo|cabelo|cabello|u[ñn]as|unhas|barba|afeit\w*|cocin\w*|cozinh\w*|cuchillo|faca|papel|sem querer|sin querer",
    "supply_in_one_go": r"pill organi[sz]er|dosette|sort\w*|pack\w* (?:them|it)|order\w*",
    "funeral_soon": r"grand\w*|nan|nana|mum'?s|mom'?s|dad'?s|father'?s|mother'?s|parents'?|wedding|pre-?paid",
    "fresh_marks": r"surgery|surgical|operation|cat|kitten|dog|puppy|tattoo\w*|stretch marks|eczema|rash|bites?",
    "jumped_and_threatened": r"queue|line|on the bed|trampoline|bouncy castle",
    "methods_compared": r"(?:for|in) (?:cardio|fitness|weight loss|the gym|knees|joints)|rope|workout|exercise",
    "trick_not_enough": r"thick hair|my hair|ponytails?|buns?|braids?|curly|brand|buy|sell|pack of|shop|swelling"
    r"|sprain\w*|injur\w*|bruise|sore muscles?|pack on",
    "scratched_till_bled": r"bites?|itch\w*|eczema|rash|hives|mosquito|chicken ?pox|psoriasis|allerg\w*|scabs?"
    r"|cats?|kittens?|dogs?|puppy|thorns?|brambles",
    "own_body_hit": r"by accident|accidental\w*|didn'?t mean|didnt mean",
    "whole_pack_taken": r"gum|mints|cigarettes|smok\w*|cards|stickers",
    "doubled_with_signs": r"vitamins?|supplements?|fish oil|probiotics?|magnesium|melatonin",
}
