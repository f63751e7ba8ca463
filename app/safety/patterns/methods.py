"""Suicide told by its means or by a death wished for, read by `concepts` (a rule is a few word
groups, all found in any order): a whole supply to be taken "and be done with it", all of one's
sleeping tablets with drink, taking all of a medicine at once "will it be enough", picturing
taking the whole lot, pills to "go peacefully", two methods compared for pain, whether a death
hurts asked at the water's edge or after refusing a hotline, stepping in front of a train, a rope
kept ready with a place in mind, staring at the tablets thinking about it, not trusting oneself
alone tonight; waking every day sorry to have woken, hoping one's heart stops, sleep "the
permanent kind", hoping for an illness so as not to "do it myself", or "and its over", a death by
chance not fought ("i wouldnt fight it if something killed me").

Left out: plans, affairs and goodbyes (`plans`), an amount taken (`taken`). Written after
held-out 17 to 23 (sets written blind), with near misses of each in `tests/test_crisis_means.py`;
`UNLESS` keeps the ordinary readings (cardio compared, a climbing rope, a vitamin every morning).
"""

from __future__ import annotations

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
ALL_AT_ONCE = (
    r"(?:take|taking|swallow\w*|down|downing) all (?:of )?(?:my|the|these|those|her|his|their) (?:\w+ )?\w+"
    r" (?:at once|in one go|together|at the same time)"
)
ENOUGH = r"be enough|enough to|is (?:it|that) enough"
HEART_STOPS = (
    r"hop\w* (?:that )?my heart (?:just )?(?:stops|will stop|would stop|gives out|gives up)"
    r"|wish\w* my heart would (?:just )?(?:stop|give out)|pray\w* (?:that )?i (?:don'?t|dont|do not|won'?t|wont) wake"
    r"|hop\w* (?:that )?i (?:don'?t|dont|do not|won'?t|wont) wake up"
)
SLEEP_FOR_GOOD = (
    r"(?:the )?permanent (?:kind|sort|type|version|one)|sleep permanently|permanent sleep|(?:fall )?(?:a)?sleep for good"
    r"|never (?:have to )?wake up again"
)
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
ALL_MY_SLEEPING = (
    r"(?:take|taking|took|swallow\w*|down|downing|neck\w*) all (?:of )?my (?:\w+ )?(?:sleeping (?:tablets|pills)"
    r"|painkillers|pills|tablets|meds)"
)
WITH_DRINK_OR_FOR_GOOD = (
    r"with (?:the |a |some |my |half a |a bottle of |the rest of (?:the |my )?|a glass of )?(?:vodka|wine|alcohol|booze|whisk(?:e)?y|gin|rum|beer|drink)|for good|never wake"
    r"|not wake"
)
GO_PEACEFULLY = (
    r"(?:let|help|make) me (?:go|die|slip away|pass) (?:\w+ )?(?:peacefully|quietly|painlessly)"
    r"|(?:go|slip away|pass away|die) peacefully in my sleep"
)
PICTURING = r"(?:picturing|imagining|visuali[sz]ing|fantasi[sz]ing about) (?:my ?self )?(?:taking|swallowing|downing)"
WHOLE_LOT = (
    r"the whole lot|all of (?:them|it)|them all|the lot|every (?:last |single )?one|the (?:whole|entire) (?:box|bottle"
    r"|pack|packet|strip|thing)|all (?:at once|in one go)|at once"
)
MYSELF_SPARED = r"so (?:that )?i (?:dont|don'?t|do not|wont|won'?t|will not|wouldn'?t|never) (?:have|need) to do it (?:my ?self|by my ?self)"
DEATH_BY_CHANCE = (
    r"terminal|cancer|\bdie\b|dying|dead|hit by|crash|accident|disease|illness|not wake|tumou?r"
)
ROPE_READY = (
    r"(?:there'?s|theres|there is|i have|i'?ve got|ive got|i got|bought|keep\w*|hid\w*|hidden|packed) (?:a |the |some |my )?"
    r"(?:rope|noose|ligature)\b"
)
ROPE_PLACE = (
    r"(?:thinking|thought|think) (?:about|of) (?:the )?(?:woods|forest|trees?|bridge|beam|garage|loft|attic|barn|it|doing it|using it)"
    r"|tonight|ready|nobody knows|no one knows|just in case|for when"
)
IN_FRONT_OF = (
    r"(?:step\w*|jump\w*|walk\w*|throw\w* my ?self|lie|lying|lay) in front of (?:the |a |an )?(?:\d{1,2}[:.]\d{2}"
    r"|\d{1,2} ?(?:am|pm|o'?clock)|train|bus|lorry|truck|tube|tram|traffic|car|van)"
)
DWELLING = (
    r"think\w* (?:about|of)|keep (?:think|pictur|imagin|see)\w*|want to|wanna|urges?|tempt\w*|fantasi\w*|plan\w*"
    r"|going to|gonna|thought of|only thing|can'?t stop"
)

# Held-out 28: thoughts of not being alive said to be back or louder; a medicine saved up instead of
# taken.
THOUGHTS_NOT_ALIVE = (
    r"thoughts? (?:about|of) (?:not (?:being|staying) (?:alive|here|around)|not existing|(?:being )?dead|dying"
    r"|ending (?:it|things|my life)|killing my ?self|disappearing for good)"
)
THOUGHTS_BACK = r"back|louder|again|worse|all the time|constant\w*|can'?t stop|cant stop|every (?:day|night)|stronger"
SAVED_UP = (
    r"(?:sav|stash|hoard|collect|stockpil|keep|putt)\w* (?:up )?(?:all )?(?:my|her|his|the|these|those) (?:\w+ )?"
    r"(?:pills|meds|tablets|medication|sertraline|zoloft|prozac|fluoxetine|citalopram|amitriptyline|lithium"
    r"|sleeping (?:pills|tablets)|painkillers|codeine|tramadol|oxycodone|oxy|morphine|insulin|paracetamol|zopiclone"
    r"|quetiapine|diazepam|benzos)\b"
)
SAVED_KEPT = (
    r"(?:stopped|quit|not) taking (?:my|her|his|the) (?:\w+ )?(?:pills|meds|tablets|medication|sertraline|zoloft|prozac"
    r"|fluoxetine|citalopram|amitriptyline|lithium|sleeping (?:pills|tablets)|painkillers|zopiclone|quetiapine)\b[^.?!]{0,30}"
    r"\b(?:kept|keeping|saved|saving|stash\w*|hoard\w*) (?:them|it|the \w+)"
)
SAVED_FOR = (
    r"instead of taking|not taking (?:them|it)|(?:a|decent|good|big|little) (?:pile|stash|stockpile|collection)"
    r"|(?:got|have) (?:\d+|loads|enough|plenty|a lot)|for (?:a few |several |a couple of )?(?:weeks|months)|for when|just in case"
)

# Seventh session of 2026-12-03 (reader probes): a death hoped to come by chance, an illness or a
# blow hoped for "and its over", not fought if it came.
HOPED_ILL = (
    r"(?:hop|wish|pray)\w* (?:that )?i (?:get|got|catch|would get|will get|could get|fall) (?:really |very |so "
    r"|seriously |super |terminally )?(?:sick|ill)"
)
ILL_ENDS = (
    r"(?:and|so) (?:its|it'?s|it is|it would be|it'?d be|it all|everything(?: is)?|thats|that'?s) (?:all )?(?:over|done"
    r"|the end)(?= *(?:$|[.,!?;]|tbh|honestly|already|for good|anyway|finally))"
    r"|(?:and|so i) (?:just )?(?:die|dont wake|don'?t wake|never wake|never recover|dont recover|don'?t recover)"
)
HOPED_BY_CHANCE = (
    r"(?:hop|wish|pray)\w* (?:that )?(?:a |the |some )?(?:car|bus|truck|lorry|train|something|someone|anything"
    r"|lightning|drunk driver) (?:would |will |could |might )?(?:just )?(?:hit me|kill me|run me over|take me)"
    r"(?! (?:up|with|back|off)\b)"
    r"|would(?:n'?t|nt| not) (?:fight|resist|mind) (?:it )?if (?:something|someone|anything|a \w+|the \w+|it) (?:just )?"
    r"(?:killed me|hit me|took me|ran me over)(?! (?:up|with|back|off)\b)"
    r"|would(?:n'?t|nt| not) (?:fight|resist|mind) (?:it )?if i (?:just )?(?:died|didn'?t wake up|didnt wake up"
    r"|never woke up)"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("thoughts_not_alive_back", "suicide", (THOUGHTS_NOT_ALIVE, THOUGHTS_BACK)),
    ("medicine_saved_up", "suicide", (SAVED_UP + "|" + SAVED_KEPT, SAVED_FOR)),
    ("rope_ready_place", "suicide", (ROPE_READY, ROPE_PLACE)),
    ("in_front_of_train", "suicide", (IN_FRONT_OF, DWELLING)),
    ("picturing_whole_lot", "suicide", (PICTURING, WHOLE_LOT)),
    ("spared_doing_it", "suicide", (MYSELF_SPARED, DEATH_BY_CHANCE)),
    ("illness_hoped_to_end", "suicide", (HOPED_ILL, ILL_ENDS)),
    ("death_hoped_by_chance", "suicide", (HOPED_BY_CHANCE,)),
    ("all_my_sleeping_with_drink", "suicide", (ALL_MY_SLEEPING, WITH_DRINK_OR_FOR_GOOD)),
    ("go_peacefully", "suicide", (GO_PEACEFULLY,)),
    ("not_trust_self", "suicide", (NOT_TRUST_SELF,)),
    (
        "no_hotline_death_hurts",
        "suicide",
        (NO_HOTLINE, DEATH_HURT + r"|how (?:many|much)|lethal|painless|quickest|fastest"),
    ),
    ("all_at_once_enough", "suicide", (ALL_AT_ONCE, ENOUGH)),
    ("heart_to_stop", "suicide", (HEART_STOPS,)),
    ("sleep_for_good", "suicide", (r"sleep\w*|knock me out", SLEEP_FOR_GOOD)),
    ("whole_supply_for_good", "suicide", (WHOLE_SUPPLY, FOR_GOOD)),
    ("methods_compared", "suicide", (METHOD_OR, METHODS_COMPARED)),
    ("death_hurts_at_edge", "suicide", (DEATH_HURT, AT_THE_EDGE)),
    ("waking_sorry", "suicide", (WAKING_SORRY,)),
    ("staring_at_means", "suicide", (STARING, THINKING_OF_IT)),
]
UNLESS = {
    "death_hoped_by_chance": r"game|film|movie|show|episode|book|character|zombies?|boss fight|level",
    "thoughts_not_alive_back": r"cancer|health anxiety|hypochondri\w*|plane|flying|fly|spider|heights|surgery|covid|game|book|film",
    "medicine_saved_up": r"holiday|travel\w*|trip|abroad|pill organi[sz]er|dosette|expired|dispos\w*|pharmacy|return\w*|recycl\w*",
    "rope_ready_place": r"climb\w*|camp\w*|hammock|boat|sail\w*|tow\w*|swing|lead|leash|washing line|skipping|jump rope|gym"
    r"|battle ropes?|tie(?:-| )down|moving|knots?|tent|tarp|dog|horse|kayak|canoe",
    "in_front_of_train": r"\bwatched|\bsaw\b|witness\w*|news|film|movie|\bphoto\w*|selfie|queue|\bline\b",
    "picturing_whole_lot": r"vitamins?|supplements?|pizza|cake|chocolate|cookies|dessert|buffet|menu|course|trip|holiday",
    "all_my_sleeping_with_drink": r"morning|evening|daily|vitamins?|supplements?|with (?:a |some )?(?:water|food|meal)",
    "methods_compared": r"(?:for|in) (?:cardio|fitness|weight loss|the gym|knees|joints)|rope|workout|exercise",
}
