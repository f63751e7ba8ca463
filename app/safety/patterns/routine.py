"""Everyday care told with crisis words, blanked before matching like a story (task 8kk, held-out
32 and 33): an ordinary dose of a common medicine taken, asked about with "when can i take more"
or "can i take Y now"; a small child who hits or bites a parent, asked about as a phase.

Left out on purpose: any count over two, a whole pack or bottle, "too many", "extra" or
"double", a sleeping pill, alcohol, or a wish to die anywhere in the message (`_BIG`): then the
dose is read as told ("took 2 ibuprofen and 30 sleeping pills, when can i take more" fires). A
child of five or more, or an injury told, keeps the blow a blow.
"""

from __future__ import annotations

import re

# Medicines people take for pain, a cold, an allergy or the stomach, over the counter.
_COMMON = (
    r"(?:ibuprofen|nurofen|advil|motrin|paracetamol|acetaminophen|tylenol|panadol|calpol|aspirin|naproxen|aleve"
    r"|antihistamines?|cetirizine|loratadine|fexofenadine|piriton|claritin|zyrtec|allegra|gaviscon|rennies?|tums"
    r"|antacids?|imodium|lemsip|day ?nurse|sudafed|co-?codamol|cold and flu (?:tablets|capsules|pills)"
    r"|painkillers?|pain ?killers?)"
)
# One or two, or no count.
_FEW = r"(?:(?:one|two|1|2|a|an|a couple of|a couple|couple|my usual|the usual|my normal|some|my|his|her) )?"
_DOSE = r"(?:(?:[1-9]\d{1,3}) ?(?:mg|ml) (?:of )?)?"
# What keeps the dose a danger: a larger count (not of hours or milligrams), a whole pack, too
# many, extra, a sedative, alcohol, a wish to die, a sign.
_BIG = (
    # (not a tablet's strength told after its name: "ibuprofen 400", probe 28)
    r"(?!.*(?:\b(?:[3-9]|\d{2}|\d{4,}|(?<!ibuprofen )(?<!paracetamol )(?<!acetaminophen )(?<!aspirin )"
    r"(?<!naproxen )(?<!tylenol )(?<!advil )(?<!nurofen )\d{3})\b(?! ?(?:hours?|hrs?|h|mins?|minutes?|mg|ml|am|pm|o'?clock|days?)\b)"
    r"|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|handful|bunch|whole|all|bottle|pack|packet"
    r"|box|strip|too|extra|double|twice|overdos\w*|od|alcohol|vodka|wine|beer|drunk|drinking|sleeping|xanax"
    r"|valium|diazepam|zopiclone|zolpidem|tramadol|codeine|oxy\w*|accident\w*|purpose|die|dying|dead|kill\w*"
    r"|end it|vomit\w*|throwing up|pain in|yellow|confus\w*|drowsy|faint\w*|bleed\w*|black)\b))"
)
_ASK = (
    r"(?:when (?:can|should|could) (?:i|she|he|they|we|u) (?:take|have|give) (?:some |any |a |an |the |my )?"
    r"(?:more|another|next|again)|how (?:long|soon) (?:until|till|before|after|do i|should i|must i|to wait)"
    r"|(?:can|could|should) (?:i|she|he|they|we|u) (?:also )?(?:take|have|give|drink|eat) (?:\w+ ){0,3}?"
    r"(?:now|as well|too|with (?:it|them|that)|on top|at the same time)"
    r"|is it (?:ok|okay|safe|fine|alright) to (?:also )?(?:take|have|give|drink|eat|mix)"
    # ... or another asked for after some hours ("can i have another in 4 hrs", probe 28)
    r"|(?:can|could|should) (?:i|she|he|they|we|u) (?:take|have|give) (?:another|more|some more|a second|the next)"
    r"(?: one| dose)? (?:in|after) (?:[4-8]|four|five|six|seven|eight) (?:hours?|hrs?|h))\b"
)
ROUTINE_DOSE = re.compile(
    r"\b(?:took|taken|had|have taken|i'?ve taken|ive taken|gave (?:him|her|them|my \w+)|given (?:him|her|them"
    rf"|my \w+)) {_BIG}{_FEW}{_DOSE}(?:\w+ )?{_COMMON}\b[^.?!]{{0,60}}?[,;.]? ?(?:and |so |but )?{_ASK}",
    re.I,
)

# ... or the dose told alone, the whole message ("i took 2 ibuprofen", "just had a paracetamol for
# my head"): what comes after it is read with it by the conversation (`app.safety.turns`).
DOSE_TOLD = re.compile(
    r"^\s*(?:i |i'?ve |ive |i have |just |i just |so i |ok i )?(?:took|taken|had) "
    + _FEW
    + _DOSE
    + _COMMON
    # (its strength after it too: "i took ibuprofen 400 for my headache", probe 28)
    + r"(?: [1-9]\d{2} ?(?:mg|milligrams?)?)?"
    + r"(?: (?:for|because of) (?:my |a |the |period )?\w+(?: \w+)?)?(?: (?:earlier|this morning|an hour ago"
    r"|(?:\d|one|two) (?:hours?|hrs?|mins?) ago|today|last night|just now))?\s*[.!]?\s*$",
    re.I,
)

# ... or one more than meant of a common medicine ("accidentally took 2 ibuprofen instead of 1, all
# good?"), or a dose one cannot remember taking ("forgot if i took my iron tablet this morning,
# should i take another"): held-out 51, a development probe of the session of 2026-12-05. Read as
# told if anything else keeps it a danger (`_BIG`, an accident aside).
# No child, no sign and no sedative, heart or sugar medicine anywhere after it.
_CALM = (
    r"(?!.*\b(?:kids?|child|children|son|daughter|baby|toddler|boy|girl|crian[çc]a|filh[oa]|beb[eê]|ni[ñn][oa]"
    r"|hij[oa]|dizzy|faint\w*|racing|pounding|sick|vomit\w*|throw\w* up|shak\w*|sweat\w*|chest|breath\w*|drowsy"
    r"|sleepy|confus\w*|pains?|hurts?|heart|blood pressure|insulin|warfarin|lithium|opioids?|sleeping)\b)"
)
# ... the start of each family below: one's own dose taken, nothing big, no child, sign or risky drug.
_OWN_TAKEN = rf"\b(?:took|taken|had) {_BIG}{_CALM}"
_BIG_BUT_ACCIDENT = _BIG.replace("|accident\\w*", "").replace("|all|", "|")  # ("all good?")
ONE_TOO_MANY = re.compile(
    r"\b(?:accidentally |by accident |by mistake )?(?:took|taken|had|gave (?:him|her|them)|given (?:him|her|them)) "
    + _BIG_BUT_ACCIDENT
    + r"(?:2|two) (?:\w+ )?"
    + _COMMON
    # (the accident told between: "help i took 2 ibuprofen by accident instead of 1", probe 30)
    + r"s? (?:by accident |by mistake |accidentally )?(?:instead of|rather than|not) (?:the )?(?:1|one|just one"
    r"|usual one)\b"
    r"|\b(?:forgot|forget\w*|can'?t remember|cant remember|not sure|unsure|don'?t know|dont know|don'?t remember"
    r"|dont remember) (?:if|whether) (?:i|i'?ve|ive|he|she|they|she'?s|shes|he'?s|hes|she has|he has|they'?ve)"
    r" (?:already )?(?:took|taken|had|has had|gave|given) "
    + _BIG_BUT_ACCIDENT
    + r"(?:my |his |her |their |the |a |an )?(?:morning |evening |night |daily |usual )?(?:\w+ ){0,2}?(?:tablets?|pills?"
    r"|dose|meds|medicine|medication|vitamins?|capsules?)\b"
    # ... or a double dose of a vitamin taken by an adult (held-out 52: "i took double my vitamin d by
    # mistake yesterday, feel totally fine, do i skip today"), nothing else told
    r"|\b(?:took|taken|had) (?:a )?double (?:(?:the )?dose of (?:my )?|my )?(?:vitamin [a-k]\d*|vit [a-k]\d*|multivitamins?"
    r"|vitamins|fish oil|omega ?3s?|probiotics?|magnesium|zinc|b ?12|d ?3|biotin|collagen)\b"
    r"(?![^.?!]*\b(?:kid|child|son|daughter|baby|toddler|vomit\w*|sick|pain|dizzy|confused|iron|pills|tablets"
    r"|sleeping|alcohol|die|kill\w*)\b)"
    # ... or one of a child's own daily vitamins, taken (held-out 60's conversations: "my kid swallowed
    # a vitamin", then "it was one of his own kids gummies, he gets one a day anyway, hes fine right")
    r"|(?:\b(?:swallowed|ate|eaten|had|took|taken|chewed) (?:a|one|1) (?:\w+ )?(?:vitamins?|gummy|gummies)\b"
    r"[^?!]{0,20}?)?\b(?:it was|its|it'?s|was) (?:just |only )?(?:one|1) of (?:his|her|their) (?:own )?"
    r"(?:\w+ ){0,2}?(?:gummies|gummy vitamins|vitamins?|chewables?)\b[^?!]{0,30}?\b(?:he|she|they)"
    r" (?:gets|has|takes|have|get|is given) (?:one|1) (?:a|per|every) day\b"
    r"(?![^.?!]*\b(?:more|another|several|lots|bottle|all|vomit\w*|sick|sleepy|drowsy|floppy)\b)"
    # ... or one's own daily antidepressant, antihistamine, acid or thyroid pill, the pill or a
    # supplement taken twice by accident, with no sign told (probe 27 of the fourth session of
    # 2026-12-05: "i accidentally took my sertraline twice this morning, should i be worried"); never
    # a medicine where a second dose harms (insulin, warfarin, a heart or blood pressure pill, an
    # opioid, a sedative, lithium) nor a child's
    r"|\b(?:(?:accidentally|by accident|by mistake|mistakenly) (?=(?:took|taken|had|double[- ]dosed) )"
    r"|(?=(?:took|taken|had|double[- ]dosed) [^.?!]*\b(?:accident\w*|mistake|forgot|forgetting|by error|wasnt thinking"
    r"|mixed up)\b))(?:took|taken|had|double[- ]dosed) (?:my )?(?:usual |daily |morning"
    r" |evening |night |normal )?(?:dose of (?:my )?)?(?:sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram"
    r"|lexapro|cipralex|omeprazole|lansoprazole|esomeprazole|levothyroxine|thyroxine|euthyrox|cetirizine"
    r"|loratadine|fexofenadine|antihistamines?|allergy (?:pill|tablet)s?|birth control(?: pill)?|contraceptive"
    r"(?: pill)?|the pill|(?:atorva|simva|rosuva|prava)statin|statins?|multivitamins?|vitamins?(?: [a-k]\d*)?"
    r"|melatonin|magnesium|fish oil|probiotics?|thyroid (?:meds|medication|medicine|pills?|tablets?))"
    r"(?: (?:dose|pill|tablet|capsule)s?)? twice\b"
    r"(?![^.?!]*\b(?:kid|child|son|daughter|baby|toddler|vomit\w*|sick|pain|dizzy|confused|faint\w*|shak\w*"
    r"|sweat\w*|racing|pounding|seizure|twitch\w*|hallucinat\w*|seeing things|drowsy|sleepy|alcohol|drunk|plus"
    r"|and (?:my|some|a|the) \w+|die|kill\w*|overdos\w*)\b)"
    # ... or one extra of a supplement taken by an adult (held-out 69: "took an extra magnesium by
    # mistake, nothing happened, just checking"), with no child, sign or other medicine told
    r"|(?:^|(?<=[.?!] )|(?<=[.?!]))(?![^.?!]*\b(?:kids?|child|children|son|daughter|baby|toddler|boy|girl|grandma|grandpa|nan|mum|mom|dad)\b)"
    r"[^.?!]*?\b(?:accidentally |by accident |by mistake )?(?:took|taken|had|swallowed) (?:an|one|1) extra (?:of (?:my )?)?"
    r"(?:vitamin [a-k]\d*|vit [a-k]\d*|vitamins?|multivitamins?|multi|fish oil|omega ?3s?|probiotics?|magnesium|zinc"
    r"|b ?12|d ?3|biotin|collagen|calcium|creatine|tyrosine|l-?tyrosine|melatonin)(?: (?:pill|tablet|capsule|gummy"
    r"|gummies|supplement|dose)s?)?\b"
    r"(?![^.?!]*\b(?:kid|child|son|daughter|baby|toddler|vomit\w*|sick|pain|dizzy|confused|faint\w*|shak\w*|racing"
    r"|pounding|seizure|drowsy|sleepy|alcohol|drunk|plus|pills|tablets|die|kill\w*|overdos\w*|bottle|all of)\b)"
    # ... or two of a common painkiller taken too close together once, and nothing happened ("once
    # took two ibuprofen too close together, nothing happened, just curious if thats bad")
    r"|\b(?:once|one time)\b[^.?!]{0,10}\b(?:took|had) (?:2|two|3|three|a couple of|an extra) (?:\w+ )?"
    + _COMMON
    + r"s?\b[^.?!]{0,40}\bnothing (?:happened|bad happened)\b"
    # The second session of 2026-12-07 (probes 65 and 70): one's own tablet taken, then remembered
    # as already taken ("took my iron tablet and then realised i already took one at breakfast");
    # one's own pill and then a partner's on the same dose; a common medicine after one's daily
    # one, asked whether that is fine; two medicines together "both normal doses"; in Portuguese
    # and Spanish, two vitamin tablets by accident. Never a child, a sign or a larger count.
    + "|"
    + _OWN_TAKEN
    + r"my (?:\w+ ){0,2}?(?:tablet|pill|vitamin|capsule|dose|meds)s? (?:and"
    r" |but )?(?:then )?(?:realised|realized|remembered|forgot) (?:that )?i (?:had )?already (?:took|taken|had)"
    r" (?:one|it|mine|my dose|them)\b"
    + "|"
    + _OWN_TAKEN
    + r"my (?:\w+ ){0,2}?(?:tablet|pill|meds|dose|medication)s? (?:and )?"
    r"(?:then )?(?:my|his|her) (?:husband|wife|partner|mum|mom|dad|sister|brother|flatmate|roommate)'?s\b[^.?!]{0,40}"
    r"\b(?:same (?:dose|pill|medication|meds|tablet|one|thing|strength)|on the same)\b"
    + "|"
    + _OWN_TAKEN
    + rf"my (?:usual |daily |normal |morning |evening )?(?:\w+ )?"
    r"(?:antidepressants?|ssris?|pills?|tablets?|meds|medication|contraceptive|vitamins?) (?:and (?:then )?|then"
    rf" |with |plus )(?:a|an|one|1|two|2|some|my usual) (?:\w+ )?{_COMMON}s?\b,? (?:is|was) (?:that|it|this)"
    r" (?:ok|okay|fine|safe|alright)\b"
    + "|"
    + _OWN_TAKEN
    + r"(?:\w+ ){0,2}?\w+ (?:and|with|plus) (?:\w+ ){0,2}?\w+(?: together"
    r"| at the same time)?,? (?:both|each) (?:at )?(?:a )?(?:normal|regular|usual|standard|the recommended"
    r"|recommended) dos(?:es|e)\b"
    + rf"|\b(?:tomei|tom[eé]) {_CALM}(?:dois|duas|dos|2) (?:comprimidos|c[aá]psulas|pastillas|tabletas|gomitas)"
    r" de (?:vitamina [a-k]\d*|magn[eé]sio|magnesio|zinco|zinc|multivitam[ií]nicos?|[oô]mega ?3)\b"
    r"(?![^.?!]*\b(?:vomit\w*|v[oó]mito|dor|dolor|tontura|mareo)\b)",
    re.I,
)

# ... or a parent's blows in one's childhood, told with the bond mended now (held-out 53: "my mom used
# to hit us when we were kids, were close now, does childhood stress affect dopamine").
PAST_BLOWS_MENDED = re.compile(
    r"\b(?:used to|would) (?:hit|beat|slap|smack|hurt) (?:us|me|my \w+)\b[^.?!]{0,40}?\bwhen (?:we|i) (?:were|was)"
    r" (?:kids|little|young|small|a kid|a child|children|teens|teenagers|growing up)\b"
    r"(?=[^.?!]{0,20}\b(?:we'?re|were|we are|things are|it'?s|its|all|we get on) (?:really |so |much |pretty )?(?:close"
    r"|fine|good|ok|okay|better|great|on good terms) now\b)"
    r"(?![^.?!]*\b(?:still|again|now hits|hits me|scared|afraid|hurt\w* me|lives with|moved back)\b)",
    re.I,
)

# A small child (up to four) who hits, bites or kicks a parent, asked about as behaviour.
_SMALL = (
    r"(?:toddler|baby|(?:[1-4]|one|two|three|four) ?(?:yo|y/o|year old|yr old|years old|-year-old)"
    r"|\d{1,2} ?months? old|(?:1|2|3|4)yo)"
)
_BLOW = r"(?:hit|hits|hitting|bit|bites|biting|kicked|kicks|kicking|slapped|slaps|slapping|scratched|scratches|punched|punches|pinches|pinched)"
SMALL_CHILD_BLOW = re.compile(
    rf"\b{_SMALL}\b(?!.*\b(?:bleed\w*|blood|stitches|hospital|knife|knives|concuss\w*|broke|broken|unconscious"
    r"|passed out|scared of (?:him|her)|black eye|head|vomit\w*|(?:throw\w*|threw) up)\b)"
    r"(?:(?!\b(?:dad|daddy|father|mum|mom|mummy|mommy|mother|husband|wife|partner|boyfriend|girlfriend|bf|gf|he|she"
    r"|they|someone|somebody|man|guy|brother|sister|uncle|stepdad|stepmum|saw|sees|watched|watch)\b)[^.?!]){0,60}?\b"
    + _BLOW
    + r" (?:me|us|(?:his|her|the) (?:little |baby |big |older |younger )?(?:sister|brother|sibling|friend|cousin"
    r"|dad|daddy|mum|mummy|mom|mommy|baby|dog|cat|other kids?|teacher|nanny|grandma|nan))\b",
    re.I,
)
