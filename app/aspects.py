"""What else a question asks about, in the articles' own common words, and whether a passage says
anything of it.

Every word of "can you have too much dopamine", "can you die from parkinsons" or "is restless legs
syndrome hereditary" may be in the articles, and the best sentence is about dopamine levels or
Parkinson's: just not about having too much of it, dying of it or inheriting it. A question that
asks about one of these aspects is covered only by a passage that says something of it:

- inheritance ("is it hereditary", "does it run in families", "my mom has it, will i get it"):
  genes, heredity, inheritance, family, parents;
- dying of it ("can you die from", "is it fatal", "life expectancy"): death, fatal, deadly...;
- too much of something ("can you have too much X", "what if you make too much"): too much, too
  high, excess, high levels, elevated...; "sitting too much" (too much of an activity, before a
  verb or the end) and "pushing it up too much" (after a verb's particle or object) are not one;
- stopping a medicine ("can i stop my ssri cold turkey", "coming off antidepressants"): stopping,
  quitting, tapering, withdrawal, discontinuing;
- preventing it ("can parkinsons be prevented", "how do i lower my risk"): prevention, risk,
  protection, avoiding;
- a comparison ("is venlafaxine stronger than sertraline", "which is better"): than, compared,
  just as, superior;
- safety of doing a thing ("is it safe for her to start exercising", "is hard exercise safe for
  me"): safe, danger, harm, caution, side effects;
- the outlook of a condition ("what is the outlook", "the prognosis"): outlook, prognosis,
  recovery, survival, outcomes;
- how common it is ("is it common", "how rare is parkinsons", "how many people get it"): is
  common or rare, prevalence, an epidemic, "affects millions", "an estimated 1 percent of people";
- what to avoid ("what foods should i avoid", "what should i stay away from"): avoiding, limiting,
  cutting back, not recommended;
- the converse ("does it work the other way round"), whether an effect lasts ("is it only short
  term"), what happens after ("what comes after"): a converse, a time course, an aftermath; these
  never refuse, but a later hit that tells one is quoted first (`TOLD`, `app.choose`), and a
  follow-up asking one that its passage tells is answered below the refers-back bar (`said`,
  `app.coverage`);
- whether it resolves on its own, whether its progression slows: resolving, remission, recovery;
  progression, worsening, decline.

Out of scope: whether what the passage says of it is the answer (the ranking puts the passage about
it first); amounts, prices and shares (`app.amounts`).
"""

from __future__ import annotations

import re

from app import lexical

KIN = r"(?:mom|mum|mother|dad|father|parents?|grand\w+|brother|sister|siblings?|aunt|uncle)"
ASKS_INHERITANCE = re.compile(
    r"\b(?:heredit\w*|inherit\w*|genetic\w*|genes?)\b"
    r"|\bruns?\s+in\s+(?:the\s+|my\s+|our\s+|your\s+)?famil(?:y|ies)\b"
    r"|\bpass(?:ed|es|ing)?\s+(?:it\s+)?(?:on|down)\b(?!\s+(?:the\s+)?(?:street|road|hall))"
    rf"|\b{KIN}\s+(?:has|had|have|got)\b[^.?!]*\b(?:will|would|could|can|am|do)\s+i\s+"
    r"(?:get|have|develop|be)\b",
    re.I,
)
SAYS_INHERITANCE = re.compile(
    r"\b(?:genes?|genetic\w*|heredit\w*|inherit\w*|famil(?:y|ies)|parents?|runs?\s+in)\b", re.I
)
ASKS_DEATH = re.compile(
    r"\b(?:die|dies|dying|death|deadly|fatal|lethal|life\s+expectancy|life[-\s]threatening)\b"
    r"|\bkills?\s+(?:you|u|me|people|ppl|someone|anyone)\b",
    re.I,
)
SAYS_DEATH = re.compile(
    r"\b(?:die|dies|died|dying|death|deaths|dead|deadly|fatal\w*|lethal|mortality"
    r"|life\s+expectancy|life[-\s]threatening|kill\w*)\b",
    re.I,
)
# "too much" before a verb or at the end is an activity done too much ("sitting too much").
NOT_A_THING = r"(?:cause|causes|make|makes|lead|leads|affect|be|is|hurt|harm|help|damage|bad|for)"
# After a verb's particle or object ("pushing dopamine up too much", "doing it too much") it is how
# much of an activity (9t).
DONE = r"(?<!\bup\s)(?<!\bdown\s)(?<!\bout\s)(?<!\bit\s)(?<!\bthem\s)"
ASKS_EXCESS = re.compile(
    rf"{DONE}\btoo\s+(?:much|high)\s+(?!{NOT_A_THING}\b)(?:of\s+)?[a-z]"
    r"|\b(?:have|having|has|get|getting|make|making|produce|producing|release|releasing)\s+too\s+"
    r"much\b|\bexcess(?:ive)?\s+\w+|\bhigh\s+(?:\w+\s+){0,2}levels?\b|\boverdos\w*"
    # "what happens if dopamine is too high": a level said to be too high.
    r"|\b(?:is|are|be|gets?|getting|goes|going|was|were)\s+(?:too|way\s+too|very|really)\s+high\b",
    re.I,
)
SAYS_EXCESS = re.compile(
    r"\btoo\s+(?:much|high|many)\b|\bexcess\w*|\bhigh(?:er)?\s+(?:levels?|amounts?)\b|\belevated\b"
    r"|\boverproduc\w*|\boveractiv\w*|\boverdos\w*|\bsurplus\b",
    re.I,
)
# Too much support of a thing ("too much dopamine support", 9u) is support out of proportion to
# the rest: a passage on disproportionate or one-sided support speaks of it, though of no high
# level ("are high serotonin levels bad" still needs one); never a side of the body ("a
# unilateral tremor").
ASKS_TOO_MUCH_SUPPORT = re.compile(
    r"\btoo\s+much\s+(?:[\w-]+\s+){0,2}?(?:support\w*|boost\w*|supplement\w*|stimulat\w*)\b", re.I
)
SAYS_DISPROPORTION = re.compile(
    r"\bdisproportionat\w*|\bout\s+of\s+proportion\b"
    r"|\b(?:unilateral(?:ly)?|one-sided)\s+(?:support|boost|increas|enhanc|stimulat)\w*",
    re.I,
)
MEDICINE = (
    r"(?:meds?|medications?|medicines?|pills?|tablets?|antidepressants?|ssris?|snris?|drugs?"
    r"|prescriptions?|\w+(?:ine|ram|pam|pine|done|xetine|oxetine|triptyline))"
)
ASKS_STOPPING = re.compile(
    r"\b(?:stop|stopping|quit|quitting|come\s+off|coming\s+off|get\s+off|getting\s+off"
    rf"|wean\w*\s+off)\s+(?:taking\s+)?(?:(?:my|your|ur|the|his|her|these|those)\s+)?{MEDICINE}\b"
    r"|\b(?:stop|stopping|quit|quitting)\s+taking\b|\bcold\s+turkey\b",
    re.I,
)
SAYS_STOPPING = re.compile(
    r"\b(?:stop\w*|quit\w*|taper\w*|discontinu\w*|withdraw\w*|wean\w*|come\s+off|coming\s+off)\b",
    re.I,
)
ASKS_PREVENTION = re.compile(
    r"\bprevent\w*|\bavoid\s+getting\b|\b(?:lower|reduce|cut)\s+(?:my|your|ur|the|one'?s)\s+"
    r"(?:risk|chances?)\b",
    re.I,
)
SAYS_PREVENTION = re.compile(r"\b(?:prevent\w*|risks?|protect\w*|avoid\w*|reduc\w*)\b", re.I)
# "is venlafaxine stronger than sertraline", "yoga vs running", "which is better, x or y".
ASKS_COMPARISON = re.compile(
    r"\b(?:better|worse|stronger|weaker|safer|riskier|faster|slower|healthier|more\s+\w+|less\s+\w+)"
    r"\s+than\b|\bcompared?\s+(?:to|with)\b|\bwhich\s+(?:one\s+)?is\s+(?:better|best|safer|stronger)\b"
    # "whats the difference between dopamine and norepinephrine", "how do they differ" (4th session
    # of 2026-12-03)
    r"|\bdifferen(?:ce|ces|t)\s+between\b|\bhow\s+(?:is|are|do|does)\b[^?.!]*\bdiffer\b"
    # "is yoga as good as running", "yoga vs running for depression" (5th session of 2026-12-03)
    r"|\bas\s+(?:good|effective|helpful|useful|bad|safe|strong|powerful|well-?known)\s+as\b"
    r"|\b(?:vs\.?|versus)\s",
    re.I,
)
SAYS_COMPARISON = re.compile(
    r"\b(?:than|compared|comparison|compares|versus|vs|just\s+as|as\s+(?!well\b)\w+\s+as|superior"
    r"|inferior|outperform\w*|differ\w*|unlike|whereas)\b",
    re.I,
)
# "is it safe for her to start exercising", "safe to work out when im tired": whether doing a thing
# is safe, answered by a passage that speaks of safety, danger, harm or side effects (not of a
# risk: "raises the risk of depression" says nothing of whether a thing is safe). Two things taken
# together ("safe to take with sertraline") are `app.must_say`'s: a passage naming both answers.
# Also "is hard exercise safe for me", "can i exercise safely", "the safest way": whether a thing
# is safe, however it is put (9t).
NOT_WITH = r"(?![^?.!]*\bwith\b)"
ASKS_SAFETY = re.compile(
    rf"\bsafe\s+(?:for\s+(?:\w+\s+){{1,2}})?to\s+{NOT_WITH}[a-z]+"
    rf"|\b(?:is|are)\s+(?:\w+\s+){{1,4}}safe\b{NOT_WITH}|\bsafe(?:ly|st)\b{NOT_WITH}"
    # "is it ok for me to take supplements", "r they fine to give my kid" (5th session, 2026-12-03)
    rf"|\b(?:is|are|r)\s+(?:it|they|these|those|them)\s+(?:ok|okay|alright|fine|bad|a\s+good\s+idea)"
    rf"\s+(?:for\s+(?:\w+\s+){{1,2}})?to\s+{NOT_WITH}(?:take|use|give|start|try|be\s+on)\b",
    re.I,
)
SAYS_SAFETY = re.compile(
    r"\b(?:safe\w*|unsafe|danger\w*|harm\w*|hazard\w*|caution\w*|careful\w*"
    r"|side[\s-]+effects?|adverse|contraindicat\w*|toxic\w*)\b",
    re.I,
)
# "what is the outlook", "whats the prognosis": how a condition goes, answered by a passage that
# speaks of an outlook, a prognosis, recovering or surviving (9t).
ASKS_OUTLOOK = re.compile(r"\b(?:outlook|prognos\w*)\b", re.I)
SAYS_OUTLOOK = re.compile(
    r"\b(?:outlook|prognos\w*|recover\w*|surviv\w*|life\s+expectancy|outcomes?)\b", re.I
)
# "is it common", "how rare is parkinsons", "how many people get it": how common a thing is,
# answered by a passage that says so ("is common", "affects millions", "an estimated 1 percent of
# people", "the most commonly diagnosed"); not "common symptoms include", and not "is it common to
# feel ..." (whether a feeling is normal), nor "what type do most people get" (which one).
PREVALENT = r"(?:common|rare|uncommon|widespread|prevalent)"
ASKS_PREVALENCE = re.compile(
    rf"\b(?:is|are|r)\s+(?:\w+\s+){{1,4}}?(?:very\s+|really\s+|that\s+|so\s+)?{PREVALENT}\b"
    r"(?!\s+(?:to|for|symptoms?|signs?|side|causes?|types?|kinds?|ways?)\b)"
    rf"|\bhow\s+{PREVALENT}\b|\bhow\s+many\s+(?:people|americans|adults|kids|children|women|men)"
    r"\s+(?:have|get|suffer|are\s+affected|live)\b"
    r"|\b(?:do|does)\s+(?:a\s+lot\s+of|many|lots\s+of)\s+(?:people|adults|kids)\s+(?:have|get)\b",
    re.I,
)
SAYS_PREVALENCE = re.compile(
    rf"\b(?:is|are|be|become|becoming)\s+(?:(?:very|quite|fairly|more|less|increasingly|relatively"
    rf"|extremely)\s+)?{PREVALENT}\b|\bprevalen\w*|\bwidespread\b|\bepidemic\b|\bcommonly\s+"
    r"diagnosed\b|\baffect(?:s|ing)?\s+(?:about\s+|an\s+estimated\s+|nearly\s+|over\s+|more\s+than"
    r"\s+)?(?:\d|millions|one\s+in)|\bimpacting\s+an\s+estimated\b|\d+\s*(?:percent|%)\s+of\s+"
    r"(?:people|adults|americans|children|the\s+population)|\bone\s+in\s+(?:every\s+)?\w+\b"
    r"|\b\d+\s+in\s+(?:every\s+)?\d+\b"
    r"|\bmillions\s+of\b|\bmost\s+common(?:ly)?\b|\bwidely\s+(?:prescribed|used|seen|reported)\b"
    r"|\bamong\s+the\s+most\b|\bmost\s+(?:people|prescriptions|cases)\b",
    re.I,
)

# "what foods should i avoid with low dopamine", "what should i stay away from": what to avoid,
# answered by a passage that speaks of avoiding, limiting or cutting something, not by one on what
# helps; not "should i avoid exercise" (whether a thing harms: one on what helps answers it)
# (fourth session of 2026-12-03).
ASKS_AVOIDING = re.compile(
    r"\b(?:what|which|wat|anything|any|foods?|things?|drinks?|stuff)\b[^?.!]{0,40}?\b(?:avoid\w*"
    r"|stay\s+away\s+from|steer\s+clear\s+of|keep\s+away\s+from|cut\s+out|skip"
    r"|(?:shouldn'?t|should\s+not|not)\s+(?:eat|drink|take|have))\b",
    re.I,
)
SAYS_AVOIDING = re.compile(
    r"\b(?:avoid\w*|limit\w*|cut(?:ting)?\s+(?:back|down|out)|reduc\w*|steer\s+clear|stay\s+away"
    r"|not\s+recommended|shouldn'?t|should\s+not|abstain\w*|quit\w*|stop\s+\w+ing)\b",
    re.I,
)

# "can i take l-tyrosine every day", "is it ok to use it long term": whether a thing can be taken
# or done day after day, answered by a passage that speaks of daily, regular or long use, not by
# one that only names the thing (5th session of 2026-12-03).
ASKS_CONTINUED_USE = re.compile(
    r"\b(?:take|taking|took|use|using|have|having|drink|drinking|on)\b[^?.!]{0,40}?"
    r"\b(?:every\s*day|everyday|daily|each\s+day|every\s+single\s+day|long[\s-]?term|forever"
    r"|indefinitely|for\s+(?:years|life|the\s+rest\s+of))\b",
    re.I,
)
SAYS_CONTINUED_USE = re.compile(
    r"\b(?:daily|every\s*day|each\s+day|long[\s-]?term|(?:over|for)\s+(?:the\s+)?long\b"
    r"|over\s+time|regular(?:ly)?|ongoing|indefinitely|continu\w*|chronic\w*|years|months"
    # what stays after: "does cocaine use lower dopamine long term" is answered by "the aftermath
    # is that dopamine concentrations in the brain are diminished" (sixth session of 2026-12-03)
    r"|aftermath|lasting|long-lasting|permanent\w*)\b",
    re.I,
)

# "which foods lower dopamine", "what drains your serotonin", "does sugar make dopamine drop": what
# lowers a substance or its level, answered by a passage that speaks of a fall (lowering,
# decreasing, diminishing, depleting, a deficiency), never by one on what raises it (fifth session
# of 2026-12-03); not a risk or chances lowered (prevention) nor symptoms relieved.
CHEMICAL = (
    r"(?:dopamine|serotonin|norepinephrine|noradrenaline|adrenaline|epinephrine|cortisol"
    r"|melatonin|oxytocin|endorphins?|testosterone|estrogen|oestrogen|gaba|glutamate"
    r"|acetylcholine|histamine|neurotransmitters?|(?:[\w-]+\s+)?levels?)"
)
OWNER = r"(?:(?:my|your|ur|the|one'?s|his|her|their|our|brain|body'?s?)\s+)?"
ASKS_LOWERING = re.compile(
    r"\b(?:lower|lowers|lowering|reduce|reduces|reducing|decrease|decreases|decreasing|deplete"
    r"|depletes|depleting|drain|drains|draining|tank|tanks|tanking|kill|kills|killing"
    rf"|mess\s+up|crash|crashes|suppress\w*)\s+{OWNER}{CHEMICAL}\b"
    rf"|\b{CHEMICAL}\s+(?:to\s+)?(?:drop|drops|dropping|fall|falls|falling|crash|crashes|tank"
    r"|tanks|go\s+down|goes\s+down|going\s+down)\b(?!\s+(?:my|your|ur|the|their|his|her|one'?s"
    rf"|{CHEMICAL})\b)",  # "can boosting dopamine drop your serotonin": an object follows
    re.I,
)
SAYS_LOWERING = re.compile(
    r"\b(?:lower(?:s|ed|ing)?|decreas\w*|reduc\w*|diminish\w*|deplet\w*|deficien\w*|deficits?"
    r"|drops?|dropp\w*|compromis\w*|suppress\w*|low\s+levels?|breaking\s+it\s+down"
    r"|stop\s+producing)\b",
    re.I,
)

# "what scan do they use to diagnose parkinsons", "can a brain scan show low dopamine": an image of
# the body asked for, answered by a passage that speaks of scans or imaging, not by one on a blood
# test or on diagnosis in general (fifth session of 2026-12-03).
ASKS_IMAGING = re.compile(
    r"\b(?:scans?|scanning|scanned|imaging|mri|mris|ct|cat\s+scans?|pet\s+scans?|x-?rays?"
    r"|ultrasounds?|datscan|spect)\b",
    re.I,
)
SAYS_IMAGING = re.compile(
    r"\b(?:scans?|scann\w*|imag\w*|mri|ct|x-?rays?|ultrasounds?|datscan|spect|tomograph\w*)\b",
    re.I,
)

# "will exercise replace my antidepressants", "tyrosine instead of my ssri", "a natural alternative
# to ssris": whether a thing can stand in for a medicine, which only a passage on replacing one (or
# on doing without) answers; a passage saying exercise helps depression does not (sixth session of
# 2026-12-03). "boost dopamine without meds" asks for ways, not for a replacement: not this kind.
ASKS_REPLACING = re.compile(
    r"\b(?:replac(?:e|es|ing)|substitut\w*(?:\s+for)?|instead\s+of|in\s+place\s+of"
    r"|(?:an?\s+)?(?:\w+\s+)?alternatives?\s+(?:to|for))\s+"
    rf"(?:(?:my|your|ur|the|his|her|their|taking|any)\s+){{0,2}}{MEDICINE}\b",
    re.I,
)
SAYS_REPLACING = re.compile(
    r"\b(?:replac\w*|substitut\w*|instead\s+of|in\s+place\s+of|alternatives?\s+(?:to|for)"
    r"|without\s+(?:medication|medicine|drugs|antidepressants))\b",
    re.I,
)

# "does it work the other way round too", "and the reverse, if you only push dopamine", "is the
# opposite true": the converse of what was said, answered by a passage that states one ("the
# converse of this phenomenon is also true"), not by the passage the earlier answer came from
# (seventh session of 2026-12-03).
ASKS_REVERSE = re.compile(
    r"\b(?:the\s+)?other\s+way\s*(?:a?round|too|as\s+well)\b|\bthe\s+(?:reverse|opposite|converse)\b"
    r"|\bvice\s+versa\b|\b(?:go|goes|work|works)\s+both\s+ways\b",
    re.I,
)
SAYS_REVERSE = re.compile(
    r"\b(?:convers\w*|opposite|revers\w*|vice\s+versa|other\s+way|both\s+ways|inversely)\b", re.I
)
# "does it last or is it just short term", "does it keep working later on", "will the effect wear
# off": whether an effect lasts, answered by a passage that speaks of its time course ("over the
# long haul", "the acute phase", "the aftermath"), not by one that only says it helps (seventh
# session of 2026-12-03). "how long does the high last" asks an amount (`app.amounts`).
ASKS_LASTING = re.compile(
    r"\b(?:does|do|will|would|did|is|are)\s+(?:it|that|this|they|those|the\s+(?:effects?|benefits?"
    r"|results?|boost|changes?|help))\s+(?:really\s+|actually\s+)?last\b"
    r"|\b(?:just|only)\s+(?:a\s+|the\s+)?(?:short[\s-]?term|acute\s+phase)\b|\bwears?\s+off\b"
    r"|\bkeeps?\s+(?:on\s+)?(?:working|helping)\b(?:[^?.!]*\blater\b)?",
    re.I,
)
SAYS_LASTING = re.compile(
    r"\b(?:long[\s-]+(?:haul|term|run)|short[\s-]+(?:term|lived)|lasting|long-lasting|permanent\w*"
    r"|for\s+good|temporar\w*|over\s+time|acute\s+phase|wears?\s+off|aftermath|sustain\w*)\b",
    re.I,
)
# "does restless legs syndrome go away on its own", "will it get better by itself": whether it
# resolves without treatment, answered by a passage that speaks of resolving, remission or
# recovery, not by one that lists it among other conditions (seventh session of 2026-12-03).
ASKS_RESOLVING = re.compile(
    r"\b(?:go(?:es)?|going|went)\s+away\s+(?:on\s+(?:its|their|it'?s)\s+own|by\s+itself"
    r"|naturally|without\s+treatment)"
    r"|\b(?:heal|heals|resolve|resolves|clear|clears|get|gets|fix|fixes)\s+(?:up\s+|better\s+|itself\s+)?"
    r"(?:on\s+(?:its|their|it'?s)\s+own|by\s+itself|without\s+treatment)",
    re.I,
)
SAYS_RESOLVING = re.compile(
    r"\b(?:resolv\w*|go(?:es)?\s+away|clears?\s+up|remission|on\s+(?:its|their)\s+own|by\s+itself"
    r"|spontaneous\w*|recover\w*)\b",
    re.I,
)
# "does regular exercise slow down parkinsons getting worse", "can you stop it progressing": its
# progression, answered by a passage that speaks of progression, worsening or decline, not by one
# that only names the condition as degenerative (seventh session of 2026-12-03).
ASKS_PROGRESSION = re.compile(
    r"\b(?:slow|slows|slowing|stop|stops|stopping|halt|halts|delay|delays|delaying)\s+"
    r"(?:down\s+)?(?:(?:the|its|it|my|his|her|their)\s+)?(?:[\w']+\s+){0,2}"
    r"(?:(?:from\s+)?(?:getting|gets|get)\s+worse|progress\w*|worsening|decline)",
    re.I,
)
SAYS_PROGRESSION = re.compile(
    r"\b(?:progress\w*|worsen\w*|(?:getting|gets|get)\s+worse|declin\w*|slow(?:s|ing)?\s+"
    r"(?:down\s+)?(?:the\s+)?(?:disease|condition|course))\b",
    re.I,
)
# "what happens after" (a drug's high), "and afterwards?", "the comedown": what follows the
# effect, answered by a passage that speaks of its aftermath (seventh session of 2026-12-03).
ASKS_AFTERMATH = re.compile(
    r"\bwhat\s+(?:happens|comes)\s+(?:after(?:wards?)?|next|later)\W*$|\bafterwards?\W*$"
    r"|\bthe\s+(?:aftermath|comedown|come\s*down)\b|\bonce\s+(?:it|that|the\s+high)\s+wears\s+off\b",
    re.I,
)
SAYS_AFTERMATH = re.compile(
    r"\b(?:aftermath|afterwards?|comedown|come\s*down|wears?\s+off|subsequent\w*)\b", re.I
)

# Aspects that a later hit may tell when the best does not (`app.choose`): the earlier topic lifts
# the passage the last answer came from above the one that tells the converse, the time course or
# the aftermath. They never refuse: a follow-up's "other way round" or "does it last" is often the
# topic's own claim in other words.
TOLD = (
    ("reverse", ASKS_REVERSE, SAYS_REVERSE),
    ("aftermath", ASKS_AFTERMATH, SAYS_AFTERMATH),
    ("lasting", ASKS_LASTING, SAYS_LASTING),
)
LATER = frozenset(name for name, _, _ in TOLD)

KINDS = (
    ("resolving", ASKS_RESOLVING, SAYS_RESOLVING),
    ("progression", ASKS_PROGRESSION, SAYS_PROGRESSION),
    ("inheritance", ASKS_INHERITANCE, SAYS_INHERITANCE),
    ("death", ASKS_DEATH, SAYS_DEATH),
    ("excess", ASKS_EXCESS, SAYS_EXCESS),
    ("stopping", ASKS_STOPPING, SAYS_STOPPING),
    ("prevention", ASKS_PREVENTION, SAYS_PREVENTION),
    ("comparison", ASKS_COMPARISON, SAYS_COMPARISON),
    ("safety", ASKS_SAFETY, SAYS_SAFETY),
    ("outlook", ASKS_OUTLOOK, SAYS_OUTLOOK),
    ("prevalence", ASKS_PREVALENCE, SAYS_PREVALENCE),
    ("avoiding", ASKS_AVOIDING, SAYS_AVOIDING),
    ("continued use", ASKS_CONTINUED_USE, SAYS_CONTINUED_USE),
    ("lowering", ASKS_LOWERING, SAYS_LOWERING),
    ("imaging", ASKS_IMAGING, SAYS_IMAGING),
    ("replacing", ASKS_REPLACING, SAYS_REPLACING),
)


# "can a brain injury lower dopamine", "does sugar make dopamine drop": whether a thing named lowers
# it, which a passage on that thing answers either way; "what lowers dopamine" asks for the things.
YES_NO = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:does|do|did|can|could|is|are|will|would|should|might"
    r"|may|has|have)\b",
    re.I,
)

# "too depressed and exhausted to even go for a walk, is that common": a state told, then whether
# it is usual; asked of the reader's own state, not of how many people have a condition (fifth
# session of 2026-12-03).
TOLD_THEN_USUAL = re.compile(
    r"^(?!\s*(?:what|why|how|when|which|who|is|are|can|could|does|do)\b)[^?.!]{12,}?[,;]\s*"
    r"(?:(?:and|but|so)\s+)?(?:is|are)\s+(?:that|this|it|these|those)\s+(?:\w+\s+)?common\b",
    re.I,
)


# "whats the difference between dopamine and serotonin", "sertraline vs venlafaxine": two things
# of a few words each, compared. A passage that names both in different sentences, or compares
# other things, does not tell how they differ (session of 2026-12-04 evening).
COMPARED = re.compile(
    r"\bdifferen(?:ce|ces)\s+between\s+(?:the\s+|a\s+)?(?P<a>\w+(?:\s+\w+){0,2}?)\s+(?:and|&|\+)\s+(?:the\s+|a\s+)?"
    r"(?P<b>\w+(?:\s+\w+){0,2}?)\s*(?:[?.!,;]|\s+(?:is|are|do|does|for|in|when|if|tho|though)\b|$)"
    r"|(?:^|[,;:]\s*|\b(?:is|are|so|and|but|ok|okay|just)\s+)(?P<c>\w+(?:\s+\w+)?)\s+(?:vs\.?|versus)\s+(?P<d>\w+(?:\s+\w+)?)\s*(?:[?.!,;]|$)",
    re.I,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def comparison_unsaid(question: str, text: str) -> bool:
    """The question compares two things that no sentence of the text names together with a
    word of comparison (`SAYS_COMPARISON`)."""
    found = COMPARED.search(question)
    if found is None:
        return False
    first, second = (found["a"], found["b"]) if found["a"] is not None else (found["c"], found["d"])
    first, second = set(lexical.terms(first)), set(lexical.terms(second))
    if not first or not second:
        return False
    for sentence in SENTENCE_END.split(text):
        stems = set(lexical.terms(sentence))
        if stems & first and stems & second and SAYS_COMPARISON.search(sentence):
            return False
    return True


def unsaid(question: str, text: str, message: str = "") -> str:
    """The first aspect the question asks about that the text says nothing of ("" when none);
    `message`: the whole message, when the question is the part that asks (`TOLD_THEN_USUAL`)."""
    for name, asks, says in KINDS:
        if asks.search(question) and not says.search(text) and not _support(name, question, text):
            if name == "prevalence" and TOLD_THEN_USUAL.search(message or question):
                continue  # whether the reader's own state is usual
            if name == "lowering" and YES_NO.match(question):
                continue  # "can a brain injury lower dopamine": the thing named is judged
            return name
    if comparison_unsaid(question, text):
        return "comparison"
    return ""


def said(question: str, text: str) -> str:
    """The first aspect the question asks about that the text speaks of ("" when none): a
    follow-up asking it is answered by that text however little its words share with the rest."""
    kinds = (*TOLD, *KINDS)
    return next((n for n, asks, says in kinds if asks.search(question) and says.search(text)), "")


def untold(question: str, text: str) -> bool:
    """The question asks an aspect of `TOLD` that the text does not speak of."""
    return any(asks.search(question) and not says.search(text) for _, asks, says in TOLD)


def _support(name: str, question: str, text: str) -> bool:
    """Too much support of a thing asked, and the text speaks of support out of proportion."""
    return (
        name == "excess"
        and ASKS_TOO_MUCH_SUPPORT.search(question) is not None
        and SAYS_DISPROPORTION.search(text) is not None
    )
