"""Overdose and poisoning told by what was taken or found, read by `concepts` (a rule is a few word
groups, all found in any order): a whole pack taken, a week's supply in one go, a few extra of a
medicine, far more of a product than its label says with signs, a count of pills told after the
question, a medicine doubled with danger signs, a child by an open bottle with some missing or a
cap off and the pot nearly empty, an elderly person confused among empty pill bottles, fumes in a
shut garage with their signs.

Left out: overdose told by a crisis word (`overdose`) or counted with a sedative or a painkiller
(`concepts`), a supply taken to die (`methods`). Written after held-out 17 to 24 (sets written
blind), with near misses of each in `tests/test_crisis_means.py`; `UNLESS` keeps the ordinary
readings (vitamins doubled, a pill organiser filled, a pet by the paint).
"""

from __future__ import annotations

from app.safety.patterns.signs import CHILD, SIGN_NOW

WHOLE_TAKEN = (
    r"(?:took|taken|swallowed|popped|downed|necked) (?:the|a|my|her|his) (?:whole|entire|full) "
    r"(?:pack|packet|bottle|box|strip|blister)\b(?! (?:of|to|with|home|back|out|in|for|away|off)\b)"
    # ... or a week's pill organiser at once (held-out 53's conversations: "i think she took her whole
    # weekly organizer this morning")
    r"|(?:took|taken|swallowed|had) (?:the|a|my|her|his|their) (?:whole|entire|full) (?:weekly |week'?s |monthly |pill )?"
    r"(?:organi[sz]er|dosette(?: box)?|pill ?box|blister pack)\b"
)
DOUBLED = (
    r"doubl\w* (?:up )?(?:on )?(?:her|his|my|their|the) (?:\w+ )?(?:pills?|meds|doses?|medications?|tablets"
    r"|digoxin|insulin|warfarin|lithium|methotrexate|morphine|oxycodone|\w+)"
    r"|(?:taking|took|taken|been taking) (?:a |her |his |my )?double (?:dose|doses)"
)
BOTTLE_OPEN = (
    r"(?:pill|medicine|tablet|meds?|vitamin) (?:bottle|packet|pack|box|container|tub)\b,?(?: (?:is|was|it'?s|its))? "
    r"(?:\w+ )?open|open(?:ed)? (?:the |my |a )?(?:pill|medicine|tablet) (?:bottle|packet|box)"
    # ... or "the bottle" got open, with pills missing (held-out 40's conversations: "my son got the
    # bottle open and some are missing" after "my dog has arthritis meds")
    r"|(?:got|had|get|gets) (?:the|a|my|that) (?:\w+ )?(?:bottle|packet|tub|container|jar|lid) (?:open|off)"
    r"|(?:opened|unscrewed|got into) (?:the|a|my|that) (?:\w+ )?(?:bottle|packet|tub|container|jar)\b"
)
MISSING = (
    r"(?:some|a few|pills|tablets|gummies|vitamins|capsules|meds|few|one|two|several|\d+) (?:are |is )?missing"
    r"|missing (?:pills|tablets|gummies|vitamins|capsules|meds)|there(?:'?s| are| is) (?:\w+ ){0,2}missing"
    r"|(?:don'?t|dont|do not) know how many"
    # ... or a mouth covered in them (held-out 38's conversations: "my son got the tub open and his
    # mouth is covered in the chewables")
    r"|(?:mouth|lips|face|teeth|tongue|hands) (?:is |are |was |were )?(?:all )?(?:covered|full|smeared|stained|coated)"
    r" (?:in|of|with) (?:the |some |those |these |her |his |my )?(?:\w+ )?(?:chewables?|pills?|tablets?|gummies|vitamins?"
    r"|medicine|syrup|powder|capsules|meds)\b"
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
FEW_EXTRA = (
    r"(?:took|taken|swallowed|had|popped|necked|downed|take|taking) (?:a few|some|a couple(?: of)?|two|three|four|five"
    r"|several|\d+|loads of|a bunch of|heaps of|a handful of) extra\b"
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
MORE_THAN_LABEL = (
    r"(?:took|had|drank|taken|downed|necked) (?:way |a lot |much |loads |heaps |like \w+ times )?more (?:\w+ ){0,3}than"
    r" (?:the |it |my |what )?(?:scoop|label|dose|box|bottle|tub|recommended|instructions|doctor|directions|it says"
    r"|the (?:label|box|tub|bottle) says|says)"
)
OVERDONE_SIGNS = (
    r"chest|heart (?:is |was )?(?:racing|pounding)|palpitations?|jittery|shak\w*|dizzy|sick|vomit\w*|throw\w* up"
    r"|can'?t breathe|faint\w*|tingl\w*|numb|sweat\w*"
    # (or a heart that will not slow down: "oops took 3000mg of tyrosine and my heart wont slow
    # down", held-out 92)
    r"|heart (?:won'?t|wont|will not|doesn'?t|doesnt|isn'?t|isnt|is not) (?:\w+ )?(?:slow\w*|calm\w*|settl\w*)"
    r"(?: down)?"
)

# A child who ate a large share of medicines, gummies or a pet's chews (task 8kk: "my 6 year old
# found the melatonin gummies, he ate like half the jar", "my kid ate the dogs rimadyl chews,
# maybe 3 of them").
ATE_MUCH = (
    r"(?:ate|eaten|swallowed|chewed(?: through)?|had|finished|got through|downed|drank|drunk) (?:like |about |maybe"
    r" |almost |nearly |at least |over |prob(?:ably)? )?(?:half|most|all|the whole|a whole|the rest|a handful|loads"
    r"|a bunch|a lot|several|[3-9]|1\d|three|four|five|six|seven|eight|nine|ten)\b(?! ?(?:mins?|minutes|hours?|days?"
    r"|weeks?|months?|years?|yo|year))|(?:like |about |maybe |prob(?:ably)? )?(?:[3-9]|three|four|five|six|several)"
    r" of (?:them|those|these|the \w+)"
)
MEDICINE_LIKE = (
    r"gumm(?:y|ies)|pills?|tablets?|meds|medicines?|medication|vitamins|melatonin|chews|capsules|supplements|iron"
    r"|rimadyl|carprofen|apoquel|metacam|meloxicam|flea (?:tablets?|pills?|chews?|treatment)|wormers?|worming \w+"
    r"|heartworm|nexgard|bravecto|simparica|" + DRUG_NAMES
)
# Drugs swallowed whole to hide them (body stuffing): "swallowed his whole baggie when the police
# showed up".
SWALLOWED_STASH = (
    r"(?:swallowed|ate|downed|gulped) (?:his|her|their|my|the|a|all (?:his|her|the|their|my)) (?:whole |entire )?"
    r"(?:baggies?|baggy|stash|wraps?|bags? of (?:coke|drugs|pills|weed|meth|heroin|crack|powder|molly|mdma|pingers"
    r"|pills))"
)
# Opioid overdose signs after using: nodding off, gurgling or snoring breaths, blue lips.
NODDING = (
    r"nodd\w* (?:off|out)|nod(?:s|ded)? (?:off|out)|gurgl\w*|snor\w* (?:weird\w*|funny|strange\w*|loud\w*)"
    r"|(?:lips?|fingertips|face) (?:are |is |look\w* |going |turning |gone )?(?:blue|grey|gray|purple)|pinpoint"
    r"|(?:can'?t|cant|won'?t|wont) (?:stay awake|wake (?:him|her|them) up|keep (?:his|her|their) eyes open)"
)
USING = (
    r"after using\b(?! (?:the|my|his|her|their|a|an|it|this|that|some|your)\b)|been using|using again|shot up"
    r"|shooting up|high on|heroin|fentanyl|fent|opioids?|opiates?|smack|dope|(?:used|using|took|taken|snorted|smoked)"
    r" (?:some |a bit of |more )?(?:oxy\w*|percs?|gear|morphine|methadone|bars)"
)

# Someone's medicine found and some of it eaten (task 8mm: "he found the dogs tramadol and ate some
# of it", the pet's name kept by `pets.PET`).
FOUND_MEDICINE = (
    r"(?:found|got (?:hold of|into|at)|got into|into) (?:the |my |his |her |their |our |your |a |some |\w+'?s )"
    r"{1,2}(?:\w+ )?(?:"
    + MEDICINE_LIKE
    + r"|gabapentin|trazodone|prednis\w+|phenobarbit\w*|xanax|oxy\w*"
    r"|percocets?|adderall|ritalin|clonidine|insulin|antidepressants?|sedatives?|opioids?)\b"
)
# ... some of it eaten ("took" only a part of several: "took one for my headache" is a dose, "took
# it to the pharmacy" an errand).
ATE_SOME = (
    r"(?:ate|eaten|swallowed|chewed|downed|necked) (?:some|a few|one|two|a couple|it|them|a handful|loads|a bunch"
    r"|half|several|most)\b|(?:took|taken|had) (?:some|a few|a couple|a handful|loads|a bunch|half|several|most"
    r"|two|three|four|five|them all|all of them)\b(?! (?:to|back|home|away|out|with)\b)"
)

# A child who got into medicines, or swallowed some of a pet's ("my 2 year old got into the dogs
# carprofen, not sure how many", "daughter swallowed some of the dogs heartworm chews": held-out
# 37). Not a vitamin or gummies on their own ("my kid got into the gummy bears"), and not a pet's
# treats ("ate one of the dogs chews"), which only `child_ate_much` reads by their number.
MEDICINES = (
    r"pills?|tablets?|meds|medicines?|medication|capsules|prescriptions?|painkillers?|antidepressants?|sedatives?"
    r"|sleeping (?:pills|tablets)|rimadyl|carprofen|apoquel|metacam|meloxicam|flea (?:tablets?|pills?|chews?|treatment)"
    r"|wormers?|worming \w+|heartworm|nexgard|bravecto|simparica|" + DRUG_NAMES
)
GOT_INTO_MEDICINE = (
    r"got (?:hold of|into|in to|at) (?:the |my |his |her |their |our |your |a |an |some |\w+'?s ){1,2}(?:\w+ )?"
    rf"(?:{MEDICINES})\b"
)
ATE_PETS_MEDICINE = (
    r"(?:swallowed|ate|eaten|chewed|licked|had|took) (?:some|one|a few|a couple|two|three|a handful|loads|a bunch"
    r"|half)?(?: of)? ?(?:the |our |my |his |her |their )?(?:dog|cat|puppy|pet)s?'?s? +(?:\w+ +)?"
    r"(?:rimadyl|carprofen|apoquel|metacam|meloxicam|flea (?:tablets?|pills?|chews?|treatment)|wormers?|worming \w+"
    r"|heartworm|nexgard|bravecto|simparica|pills?|tablets?|meds|medicines?|medication|capsules"
    # (or its arthritis or calming chews, held-out 52's conversations)
    r"|(?:arthritis|joint|pain|calming|anxiety) chews)\b"
)

# ... or told the other way round ("my dogs carprofen got eaten by my 3 year old", held-out 40).
PETS_MEDICINE_EATEN_BY = (
    r"(?:dog|cat|puppy|pet)s?'?s? (?:\w+ )?(?:rimadyl|carprofen|apoquel|metacam|meloxicam|flea (?:tablets?|pills?"
    r"|chews?|treatment)|wormers?|heartworm|nexgard|bravecto|simparica|pills?|tablets?|meds|medicines?|medication)"
    r"\b[^.?!]{0,20}\b(?:got |were |was |have been |has been |been )?(?:eaten|swallowed|chewed|taken) by (?:my|our"
    r"|the|his|her|their) "
)
# A large dose in milligrams with a sign after it ("took 5000mg of tyrosine on an empty stomach and
# im shaking and my heart is pounding", held-out 40).
GRAMS_TAKEN = (
    r"(?:took|taken|had|swallowed|downed|necked) (?:like |about |around |maybe )?(?:[1-9]\d{3,}|\d{1,3},\d{3}) ?"
    r"(?:mg|milligrams?|mcg|iu)\b"
)

# Held-out 42 (a development probe of the session of 2026-12-04 night): a child found eating the
# pills ("my daughter was eating the pills off the floor"); a medicine gone missing while a small
# child was alone ("my dog's tramadol went missing and my 2yo was in the kitchen alone").
EATING_PILLS = (
    r"(?:eating|chewing|sucking|licking|swallowing|munching|putting|stuffing|popping) (?:on )?(?:the|some|my|his|her"
    r"|those|these|a few|a handful of|all the|(?:some|a few|a couple|one|two|a handful|most|all) of (?:the|my|his|her"
    r"|those|these|our)) (?:\w+ )?(?:pills?|tablets?|capsules?|meds|medicine|gummies|vitamins?"
    r"|painkillers)\b(?! (?:bottle|box|packet|organi[sz]er|case)s?\b)"
)
MEDICINE_MISSING = (
    r"(?:pills?|tablets?|capsules?|meds|medicines?|medication|tramadol|gabapentin|painkillers|gummies|vitamins?|bottle"
    r"|packet|blister pack) (?:\w+ )?(?:went|have gone|has gone|had gone|is|are|was|were|gone) missing"
    r"|(?:can'?t|cant|cannot|couldn'?t) find (?:the|my|his|her|our|a) (?:\w+ )?(?:pills|tablets|meds|medicine|bottle"
    r"|packet|blister pack)"
)
ALONE = (
    r"alone|on (?:his|her|their) own|unsupervised|unattended|by (?:him|her)self|out of (?:my|our) sight"
    r"|(?:wasn'?t|wasnt|weren'?t|werent) watching"
)

# Held-out 41 (development data since the session of 2026-12-04 late night): a medicine named, and a
# small child who "might have eaten a couple" ("my cats gabapentin was on the table and my 3 year
# old might have eaten a couple"); pills spilled on the floor and a toddler chewing something ("...
# theres pills on the floor, my toddler was chewing something").
MEDICINE_NAMED = (
    MEDICINES
    + r"|gabapentin|trazodone|prednis\w+|phenobarbit\w*|oxy\w*|percocets?|adderall|ritalin|clonidine"
    r"|insulin|opioids?|beta blockers?|blood pressure (?:pills|tablets|meds)|iron (?:pills|tablets)"
)
MIGHT_HAVE_EATEN = (
    r"(?:might|may|could|must|probably) (?:have|of|'ve|ve) (?:eaten|swallowed|had|taken|chewed|got (?:into|hold of))"
    r"(?! (?:lunch|dinner|breakfast|tea|anything|enough|too much food)\b)"
    r"|(?:think|thinks|worried|scared|afraid|not sure if|dont know if|don'?t know if|unsure if|pretty sure) (?:he|she"
    r"|they|the baby|my \w+) (?:ate|swallowed|chewed|got into|has eaten|has swallowed|might have|may have) (?:one|some"
    r"|a couple|a few|two|three|them|it|a handful|half)\b"
)
PILLS_LOOSE = (
    r"(?:pills?|tablets?|capsules|meds) (?:all )?(?:on|over|across|under|all over) the (?:floor|carpet|ground|rug|table"
    r"|bed|couch|sofa)|(?:spilled|spilt|dropped|knocked|scattered|tipped) (?:\w+ ){0,4}(?:pills|tablets|meds|capsules)\b"
    r"|(?:pills|tablets) everywhere"
)
IN_THE_MOUTH = (
    r"(?:chewing|sucking|eating|munching) (?:on )?(?:something|sth|smth|one|some)\b|something in (?:his|her|their)"
    r" mouth|put (?:something|one|some|a few) in (?:his|her|their) mouth"
)
# Held-out 45 (a development probe): far too much of a drug taken, and something wrong now ("just
# had way too much kratom and something is really wrong").
TOO_MUCH_DRUG = (
    r"(?:had|took|taken|done|did|used|smoked|drank|snorted|dropped|ate) (?:way |far |much |wayy+ |so |waaa*y )?too (?:much"
    r"|many) (?:of (?:the |my |that )?)?(?:kratom|xanax|molly|mdma|ket|ketamine|coke|cocaine|edibles?|acid|lsd|shrooms"
    r"|mushrooms|ghb|speed|meth|benzos?|bars|lean|oxy\w*|opioids?|adderall|caffeine pills|pre-?workout|"
    + DRUG_NAMES
    + r")\b"
)
SOMETHING_WRONG = (
    NOT_RIGHT
    + r"|something (?:is |feels |'?s |seems )?(?:really |very |seriously |badly |so )?(?:wrong|off)"
    r"|(?:heart|chest) (?:is )?(?:racing|pounding)|can'?t breathe|cant breathe|scared|freaking out|shaking"
)
# Held-out 46 (a development probe): an inhalant used a lot, and the heart or breathing wrong now
# ("huffed a lot of gas and now my heart feels like its skipping").
HUFFED = (
    r"(?:huff\w*|sniff\w*|inhal\w*|did|done|took|bagg\w*) (?:a lot of |loads of |too much |so much |too many |so many |way too many |some |the )?(?:gas"
    r"|glue|aerosols?|nitrous|nos|whippets?|whip-?its|balloons|butane|lighter (?:fluid|gas)|paint|solvents?|poppers"
    r"|keyboard cleaner|duster|computer duster|spray ?paint|petrol|gasoline)\b"
)
INHALANT_SIGNS = (
    r"heart (?:\w+ ){0,3}(?:skipping|racing|pounding|beating (?:weird|funny|fast|wrong)|fluttering|irregular|stopping)"
    r"|chest (?:hurts|pain|tight)|can'?t breathe|cant breathe|struggling to breathe|passed out|blacked out|collapsed"
    r"|numb|lips (?:are |look )?(?:blue|purple)|confused|seizure|shaking|throwing up|vomit\w*|really dizzy"
)

# Held-out 50 and 51 (development probes of the session of 2026-12-05): a medicine taken three
# times or more in a day ("just realised i took my levothyroxine 3 times today"); far too much of
# a supplement, and sick with it ("took way too much of the dopamine supplement stack ... and i
# cant stop vomiting").
TIMES_OVER = (
    r"\b(?:took|taken|had|swallowed|take) (?:my |the |his |her |their )?(?:\w+ ){0,2}(?:3|4|5|6|three|four|five|six)"
    r" times (?:today|this morning|tonight|this evening|in (?:one|a) day|in an hour|by (?:mistake|accident))"
)
A_MEDICINE = (
    DRUG_NAMES
    + r"|levothyroxine|thyroxine|synthroid|metformin|warfarin|digoxin|insulin|blood pressure|dose|doses"
    r"|medicine|medication|prescription|\w+(?:pril|olol|sartan|statin|azepam|oxetine)"
)
TOO_MUCH_SUPPLEMENT = (
    r"(?:had|took|taken|swallowed|ate|drank|downed) (?:way |far |much |so |waaa*y )?too (?:much|many) (?:of )?"
    r"(?:the |my |that |those |these )?(?:\w+ ){0,3}(?:supplements?|stack|gummies|capsules|pills|tablets|vitamins?"
    r"|pre-?workout|fat burners?|diet pills|iron|melatonin|niacin|vitamin [a-k]\d*|zinc|magnesium|potassium|5-?htp"
    r"|caffeine(?: pills)?)\b"
)
SICK_NOW = (
    r"(?:can'?t|cant|cannot|won'?t|wont) stop (?:vomit\w*|throwing up|being sick|shaking|puking)|vomiting (?:blood|everywhere)"
    r"|throwing up (?:blood|everywhere|non ?stop)|passed out|can'?t breathe|cant breathe|chest (?:pain|hurts)"
    r"|heart (?:is )?(?:racing|pounding)|seiz\w*|confused|collapsed"
    # (or sick, dizzy or burning: held-out 52 and 53, "... iron supplement, throwing up dark stuff",
    # "took way too much niacin, whole body burning and dizzy")
    r"|throwing up|vomit\w*|puking|being sick|dizzy|(?:whole )?body (?:is )?burning|burning up"
)

# ... or a pet's find shared by a child ("my dog ate the 5-htp and my kid had some too"): what the
# pet ate is read when a child had some too (`pets.CHILD_TOO`), food left out by `UNLESS`.
PET_THEN_CHILD = (
    r"\b(?:dog|dogs|cat|cats|puppy|kitten)s? (?:ate|got into|chewed|had|found) (?:the|my|some|a|his|her|our|your)"
    r" [^.?!]{1,30}?\band (?:my|our|the|his|her) [^.?!]{0,25}?(?:ate|had|swallowed|chewed|took|got) (?:some|one|a few"
    r"|a couple|a bit)\b"
)

# Held-out 51 (a development probe of the session of 2026-12-05): someone down after injecting
# ("my brother is on the floor after injecting something, hes snoring weird").
INJECTED = r"\binject\w*|shot up|shooting up|slamm(?:ed|ing)|needle in (?:his|her|their) arm"
DOWN_AFTER = (
    r"on the (?:floor|ground|bathroom floor)|snor\w*|won'?t wake|wont wake|not waking|(?:lips?|face|skin) (?:\w+ )?(?:blue|grey|gray)"
    r"|turning blue|not breathing|barely breathing|unresponsive|passed out|out cold|nodding off|gurgl\w*"
)

# ... or a child with a medicine's traces on the face (held-out 52: "dogs tramadol was on the counter
# and now my 4 year old has white powder on his face").
TRACES = (
    # (or "round" it, or coloured stuff on it: "my toddler has white powder round his mouth", "the
    # ibuprofen bottle is empty and theres pink stuff on his face", held-out 68, fifth session of
    # 2026-12-05)
    r"(?:(?:white |blue |pink |chalky )?(?:powder|residue|crumbs|bits|chalky stuff|pill bits)|(?:white|blue|pink|red"
    r"|purple|orange|chalky|sticky) (?:stuff|goo|syrup|liquid|gunk|gloop)) (?:on|around|round|all over) (?:his|her"
    r"|their) (?:face|mouth|lips|hands|chin)|(?:his|her|their) (?:mouth|lips|tongue) (?:is |are )?(?:all )?(?:white|chalky"
    r"|powdery)"
)

# ... or a child who "had some" of a named medicine (held-out 54: "dogs carprofen pills were on the
# counter and my 2 yr old had some"); or many times a medicine's dose for weeks, and sick with it
# ("ive been taking 10x the vitamin d dose for weeks and feel awful, vomiting and confused").
HAD_SOME = (
    r"\b(?:had|ate|swallowed|took|chewed) (?:some|one|a few|a couple|two|three|a handful|them|it)\b"
)
TIMES_DOSE = (
    r"\b(?:\d+|ten|five|four|three)\s?x (?:the |my |his |her )?(?:\w+ ){0,3}dose\b"
    r"|\b(?:\d+|ten|five|four|three) times (?:the |my |his |her )?(?:recommended |normal |usual |daily )?dose\b"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("child_eating_pills", "overdose", (CHILD, EATING_PILLS)),
    ("child_might_have_eaten", "overdose", (CHILD, MIGHT_HAVE_EATEN, MEDICINE_NAMED)),
    ("child_by_spilled_pills", "overdose", (CHILD, PILLS_LOOSE, IN_THE_MOUTH)),
    ("too_much_drug_wrong", "overdose", (TOO_MUCH_DRUG, SOMETHING_WRONG)),
    ("times_over_today", "overdose", (TIMES_OVER, A_MEDICINE)),
    ("pet_then_child_had_some", "overdose", (CHILD, PET_THEN_CHILD)),
    ("down_after_injecting", "overdose", (INJECTED, DOWN_AFTER)),
    ("child_medicine_traces", "overdose", (CHILD, MEDICINE_NAMED, TRACES)),
    ("child_had_some_medicine", "overdose", (CHILD, MEDICINE_NAMED, HAD_SOME)),
    ("times_the_dose_sick", "overdose", (TIMES_DOSE, SICK_NOW)),
    ("too_much_supplement_sick", "overdose", (TOO_MUCH_SUPPLEMENT, SICK_NOW)),
    ("inhalant_with_signs", "overdose", (HUFFED, INHALANT_SIGNS)),
    ("medicine_missing_child_alone", "overdose", (MEDICINE_MISSING, CHILD, ALONE)),
    ("child_got_into_medicine", "overdose", (CHILD, GOT_INTO_MEDICINE)),
    (
        "pets_medicine_eaten_by_child",
        "overdose",
        (PETS_MEDICINE_EATEN_BY + "(?:" + CHILD + r")\b",),
    ),
    ("grams_taken_signs", "overdose", (GRAMS_TAKEN, OVERDONE_SIGNS)),
    ("child_ate_pets_medicine", "overdose", (CHILD, ATE_PETS_MEDICINE)),
    ("found_and_ate", "overdose", (FOUND_MEDICINE, ATE_SOME)),
    ("child_ate_much", "overdose", (CHILD, ATE_MUCH, MEDICINE_LIKE)),
    ("stash_swallowed", "overdose", (SWALLOWED_STASH,)),
    ("nodding_after_using", "overdose", (NODDING, USING)),
    ("more_than_label", "overdose", (MORE_THAN_LABEL, OVERDONE_SIGNS)),
    ("fumes_shut_in", "overdose", (SHUT_IN, FUMES, FUME_SIGNS)),
    ("empty_bottles_not_right", "overdose", (EMPTY_BOTTLES, NOT_RIGHT)),
    ("few_extra_taken", "overdose", (FEW_EXTRA, DRUG_NAMES)),
    ("child_cap_off_empty", "overdose", (CHILD, CAP_OFF, NEARLY_EMPTY)),
    ("count_told_after", "overdose", (DRUG_NAMES, TOOK_ME, TEENS_OF)),
    ("supply_in_one_go", "overdose", (SUPPLY_IN_ONE, IN_ONE_GO)),
    ("whole_pack_taken", "overdose", (WHOLE_TAKEN,)),
    (
        "doubled_with_signs",
        "overdose",
        (DOUBLED, SIGN_NOW + r"|seeing (?:yellow|green|halos)|confused"),
    ),
    ("child_bottle_open", "overdose", (CHILD, BOTTLE_OPEN, MISSING)),
]
UNLESS = {
    "child_had_some_medicine": r"candy|sweets|gummy bears|prescribed|doctor said|vet said|as directed|calpol"
    r"|(?:his|her|their) (?:usual |normal |daily |prescribed |morning |night )?(?:dose|medicine|meds|antibiotics)"
    r"|vitamins?|gummies|before (?:bed|school)|(?:a|per|each|every) day|daily",
    "times_the_dose_sick": r"last (?:year|month)|years? ago|fine now|was fine|feel fine|back to normal",
    "child_medicine_traces": r"sugar|flour|icing|chalk|sherbet|powdered sugar|doughnut|donut|talc|baby powder|paint",
    "down_after_injecting": r"insulin|vaccin\w*|flu (?:jab|shot)|botox|filler|b12|allergy shot|epipen|dentist|tattoo"
    r"|vet|dog|cat|last (?:year|month)|years? ago|fine now|ok now|film|show|game",
    "times_over_today": r"vitamins?|supplements?|fish oil|probiotics?|magnesium|gummies|walk\w*|shower\w*|nap\w*"
    r"|loo|toilet|poo\w*|pee\w*|puff|inhaler|eye ?drops?|cream|gel|spray|nasal",
    "pet_then_child_had_some": r"chocolate|cake|food|treats?|biscuits?|cookies?|dinner|lunch|breakfast|snacks?|sweets"
    r"|candy|crisps|chips|bread|cheese|grapes|raisins|sultanas|onions?|garlic|sandwich\w*|pizza|toast|cereal|fruit"
    r"|apples?|bananas?|popcorn|ice ?cream|yogh?urt|butter|peanut|meat|chicken|sausages?|ham|bacon|fish|eggs?|rice|pasta"
    r"|kibble|dog food|cat food|grass|mud|sand|dirt|paper|crayons?|play ?doh|toys?|socks?|homework",
    "too_much_supplement_sick": r"last (?:year|month|summer)|years? ago|fine now|was fine|feel fine|back to normal",
    "child_might_have_eaten": r"candy|sweets|chocolate|crayons?|chalk|play ?doh|playdough|sand|dirt|grass|soap|paper"
    r"|vet said|doctor said|poison control said|(?:his|her|their) (?:usual |normal |daily )?dose",
    "child_by_spilled_pills": r"vitamins?|gummies|tic ?tacs?|mints|sweets|candy",
    "too_much_drug_wrong": r"last (?:year|month|summer)|years? ago|once|fine now|was fine|feel fine|back to normal",
    "inhalant_with_signs": r"last (?:year|month|summer)|years? ago|as a (?:kid|teen)|fine now|was fine|back to normal"
    r"|anaesthe\w*|anesthe\w*|dentist|gas and air|labou?r|in labou?r|oven|cooker|boiler|hob",
    "child_eating_pills": r"hates?|won'?t|wont|refuses?|refusing|doesn'?t like|doesnt like|loves?|likes?|every"
    r" (?:day|morning|night)|daily|(?:his|her|their) (?:daily |usual |morning |night )?(?:dose|vitamins?|gummies"
    r"|medicine|meds|tablets?|pills?)\b|prescribed|how (?:do|can) i get|tips|pretend|toy|play ?set|sweets|candy",
    "found_and_ate": r"vitamins?|supplements?|fish oil|probiotics?|magnesium|as prescribed|(?:his|her|my|their)"
    r" (?:usual|normal) dose|vet said|vets? (?:gave|prescribed)",
    "child_ate_much": r"prescribed|as directed|(?:a|per|each|every) day|daily|(?:his|her|their) (?:usual |normal )?dose",
    "fumes_shut_in": r"\bdog\b|\bcat\b|\bpuppy\b|\bkitten\b|yesterday|last (?:week|year)|fine now|feel fine",
    "empty_bottles_not_right": r"recycl\w*|craft\w*|collect\w*|crafts?|plants?|vases?",
    "few_extra_taken": r"vitamins?|supplements?|fish oil|probiotics?|magnesium|gummies",
    "count_told_after": r"(?:a|per|each|every|this|over (?:a|the|the last|the past)) (?:week|month|year|fortnight)|weeks|months|years",
    "supply_in_one_go": r"pill organi[sz]er|dosette|sort\w*|pack\w* (?:them|it)|order\w*",
    "whole_pack_taken": r"gum|mints|cigarettes|smok\w*|cards|stickers",
    "doubled_with_signs": r"vitamins?|supplements?|fish oil|probiotics?|magnesium|melatonin",
}
