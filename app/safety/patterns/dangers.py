"""Dangers a fresh set found missed (held-out 11), read by `concepts` like the other kind modules
(a rule is a few word groups, all found in any order): gas smelled or a carbon monoxide alarm with
the signs of poisoning, a baby or child turning blue or not breathing told in French, Spanish,
Portuguese, German or Italian, new blades got or hidden after the old ones were taken away. And from held-out 12: a large burn from
something hot now (big blisters, or all over a limb or the chest), a child hit with a belt and
marked by it.
"""

from __future__ import annotations

# Gas smelled at home (a medical emergency here), or carbon monoxide (read with poisonings).
GAS = r"smell\w* (?:of |like )?gas|gas (?:leak\w*|smell\w*)|gassy smell"
CO = (
    r"carbon monoxide|co (?:alarm|detector)|(?:alarm|detector) (?:for )?carbon monoxide"
    r"|fumes from (?:the )?(?:boiler|heater|furnace|stove|generator)"
)
POISONED = (
    r"dizzy|dizziness|light[- ]?headed|headaches?|head (?:hurts|aches|is pounding)|vomit\w*|throwing up|threw up"
    r"|nause\w*|sick|sleepy|drowsy|confused|faint\w*|passed out|pass(?:ing)? out|(?:can'?t|cant) wake"
)
# A baby or child, and turning blue or not breathing, in five languages.
LITTLE = (
    r"b[ée]b[ée]s?|b[eé]b[eê]s?|enfants?|nourrisson|mon fils|ma fille|beb[eé]|ni[ñn][oa]s?|hij[oa]|mi nene|mi nena"
    r"|nen[eê]|crian[çc]a|filh[oa]|baby|babys|s[äa]ugling|kind|kleine[rn]?|sohn|tochter|bambin[oa]|neonat[oa]"
    r"|figli[oa]|piccol[oa]"
)
BLUE_OR_STILL = (
    r"devient (?:tout |toute )?bleue?|(?:l[èe]vres|visage) (?:sont |est |toutes? )?(?:bleu\w*|violet\w*)|vire au bleu"
    r"|ne respire (?:plus|pas)\b(?! (?:bien |tr[eè]s bien )?par le nez)|(?:se (?:est )?(?:pone|puso|est[áa] poniendo)|poni[ée]ndose) (?:azul|morad[oa])"
    r"|labios (?:azules|morados)|no respira|dej[óo] de respirar|(?:fica|ficando|ficou) (?:roxo|roxa|azul)"
    r"|l[áa]bios roxos|n[ãa]o (?:est[áa] )?respira\w*|parou de respirar|wird (?:ganz )?blau|(?:blaue|blau) lippen"
    r"|lippen (?:sind )?blau|atmet nicht|h[öo]rt auf zu atmen|diventa(?:ndo)? (?:blu|viola|cianotic[oa])"
    r"|labbra (?:blu|viola)|non respira|smesso di respirare"
)
# New blades got or hidden after the old ones were taken away.
BLADES = r"razors?|razor blades?|blades?|box ?cutters?|scalpels?|sharpeners?"
GET_NEW = r"new|more|another|replace\w*|buy|get|find|sneak\w*"
HIDDEN = (
    r"without (?:\w+ ){0,3}(?:noticing|knowing|finding out|seeing)|hide (?:them|it)|hidden|secretly|sneak\w*"
    r"|(?:took|takes|taken|confiscated|removed|threw out|locked up|hid) (?:\w+ ){0,2}(?:mine|them|it|my (?:\w+ )?(?:razors?|blades?))"
    r"(?: \w+)? away|(?:took|confiscated|removed|threw out|locked up) (?:all )?(?:mine|my (?:\w+ )?(?:razors?|blades?))"
)
# A large burn from something hot: big blisters, or spread over a limb, the chest or the face.
HOT = (
    r"boiling|hot (?:oil|water|fat|grease|coffee|tea|soup|pan|metal)|scald\w*|splash\w* with|steam|burn\w*|burnt"
    r"|fire|flames?|fireworks?|explo\w*|kettle|stove|oven|hob|iron|radiator|exhaust|bonfire"
)
LARGE_BURN = (
    r"(?:huge|big|massive|large|giant|enormous|bubbling) blisters?|blisters? (?:all over|everywhere|covering"
    # (not a coin's size: "blister the size of a 2p", probe 48)
    r"|the size of(?! (?:a |an )?(?:[125]p|10p|penny|pea|dime|nickel|fingernail|thumbnail|grape|lentil)\b))"
    r"|(?:skin|it) (?:is )?(?:peeling|coming|falling) off|(?:burns?|blisters?|scalds?) (?:all )?(?:over|across|down)"
    r" (?:my|his|her|their|the) (?:whole |entire )?(?:arm|arms|chest|face|leg|legs|back|body|belly|stomach|neck)"
)
# A child hit with a belt, and the marks it left.
BELTED = (
    r"(?:got|gets|get|getting|gave (?:him|her|them)) the belt|belted|belting"
    r"|(?:hit|hits|hitting|beat|beats|beating|whip\w*|smack\w*|spank\w*|lash\w*) (?:\w+ ){0,2}with (?:a |the |his |her |my |their )?belt"
)
MARKED = r"welts?|bruis\w*|marks|red lines|stripes|bleed\w*|bled|cuts|swollen|crying|scared|afraid"
KID = r"son|daughter|kids?|child|children|boy|girl|toddler|stepson|stepdaughter|nephew|niece|grandson|granddaughter|little (?:brother|sister)"

# The rarest group first: a rule stops at the first group that is not found.
RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("gas_poisoning", "medical", (GAS, POISONED)),
    ("co_poisoning", "overdose", (CO, POISONED)),
    ("little_one_blue", "medical", (BLUE_OR_STILL, LITTLE)),
    ("blades_hidden", "self_harm", (BLADES, HIDDEN, GET_NEW)),
    ("large_burn", "medical", (LARGE_BURN, HOT)),
    ("child_belted", "violence", (BELTED, MARKED, KID)),
]
# A general question that names no one leaves it ordinary ("what are the symptoms of a gas leak").
ASKED_ABOUT = ("gas_poisoning", "co_poisoning")
UNLESS = {
    "co_poisoning": r"how (?:do|does|can) (?:i|you) (?:test|install|choose)",
    "gas_poisoning": r"stomach|bloat\w*|farts?|farting|flatulen\w*|trapped gas|gas pains?|gas station|petrol",
    "blades_hidden": r"beard|shav(?:e|ing) (?:my|his|her) (?:face|legs|beard)|electric|trimmer|lawn ?mower|blender"
    r"|skates?|skis?|pencil",
    "large_burn": r"sunburn\w*|sun burn\w*|shoes?|boots?|hiking|running|rowing|guitar|rash|last (?:week|month|year)"
    r"|(?:weeks|months|years) ago|healed|healing|chickenpox|shingles|cold sores?"
    # (a blister from an oven tray asked "pop it or leave it", probe 49)
    r"|^(?!.*\b(?:all over|everywhere|covering|whole|entire|peeling|coming off|falling off|face|chest|child|baby"
    r"|toddler|kid|son|daughter)\b).*\b(?:pop|popp?ing|burst|leave) it",
    "child_belted": r"black belt|seat ?belt|karate|judo|taekwondo|belt (?:size|buckle rash)|too tight",
}
