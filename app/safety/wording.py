"""What a follow-up's own words say, read by the stages of `turns`: whether it is short
(`SHORT`), a question (`QUESTION`), tells something that happens (`TELLS`), names a danger
(`DANGER`), says the danger ended well (`ENDED`, with nothing `BESIDES`), speaks of the reader
(`FIRST_PERSON`) or of their own end (`OWN_END`), asks an amount (`AMOUNT`) or is in a hurry
(`URGENT`). Only the words, as typed: what they decide (a bare question, a follow-up that loses
the earlier turns' reading) is in `bare` and `plain`, and the readings of the earlier turns in
`earlier`.
"""

from __future__ import annotations

import re

# A message of more words than this tells something of its own: the rules that let a follow-up
# lose the earlier turns' reading leave it be. Held-out 19's two crises the rule lost after
# ordinary questions with crisis words (16 and 19 words, their own meaning 0.121 and 0.123 under
# the threshold) were longer; the ordinary follow-ups it clears have 2 to 11 words.
SHORT = 12
# The reader themself (or their own people).
FIRST_PERSON = re.compile(r"\b(?:i|im|i'?m|ive|i'?ve|i'?d|id|i'?ll|we|we'?re|our|us)\b", re.I)
# Words of one's own death or end.
OWN_END = re.compile(
    r"\b(?:dead|die|dying|death|gone|kill\w*|suicid\w*|end (?:it|things|my life|this)"
    r"|(?:not|wont|won'?t) be (?:here|around|alive))\b",
    re.I,
)
# After a how-to, an amount asked is the technique's ("how many pushes a minute"); a follow-up
# telling that it is not working, or asking in a hurry, is the emergency ("what if it doesnt
# work", "quick is it too late").
AMOUNT = re.compile(r"\bhow (?:many|much)\b", re.I)
URGENT = re.compile(
    r"\b(?:help|quick\w*|hurry|please|pls|plz|asap|too late|save|still|not|no|isnt|isn'?t|wont"
    r"|won'?t|doesnt|doesn'?t|didnt|didn'?t|cant|can'?t|nothing|working|work)\b",
    re.I,
)
# A follow-up in question form: a question word or verb first, after fillers ("ok and", "so",
# "then"; task 8jj: a remark on the answer, "interesting, does ...", "ok good to know, is ..."), or
# a question mark at the end.
FILLERS = (
    r"^\W*(?:(?:ok|okay|and|so|but|then|also|right|hmm|oh|ah|int(?:e|)r?e?sting|good to know"
    r"|thanks|thank you|thx|ty|cool|i see|makes sense|got it|fair enough"
    # ... or a reaction to what was said (probe 77, a development probe of the fourth session of
    # 2026-12-07: "thats wild why so many" after what percent of sexual assaults go unreported)
    r"|(?:that'?s|thats|so|how) (?:wild|crazy|insane|mad|nuts|sad|awful|terrible|scary|wow"
    r"|interesting|surprising)"
    r"|wow|whoa|woah|omg|damn|dang|yikes|jeez|geez|huh)\W+)*"
)
QUESTION = re.compile(
    FILLERS
    + r"(?:what|whats|what's|which|who|whos|why|how|when|where|is|are|was|were|do|does|did|can|"
    r"could|should|would|will|any)\b"
    # ... a negative one only before its subject: "wont it hurt", not "wont need any of it after
    # this weekend" (probe 22, a statement read as a bare question)
    r"|" + FILLERS + r"(?:isnt|arent|doesnt|wont|won'?t|isn'?t|aren'?t|doesn'?t)"
    r" (?:it|that|this|they|he|she|you|u|i|we|there|those|these|my|the)\b|\?\s*$"
    # ... or "and in teenagers, is it different" asked of a group of people, in English, Spanish,
    # Portuguese, French or German (conversation probe 25: "y en adolescentes es diferente")
    r"|^\W*(?:and|y|e|et|und) (?:for|in|with|among|en|para|entre|em|nos|nas|chez|pour|parmi|bei"
    r"|f[üu]r|unter) (?:los |las |les |os |as |the )?(?:teens|teenagers|kids|children|adults|men"
    r"|women|elderly|old people|babies|toddlers|adolescentes|ni[ñn]os|ni[ñn]as|adultos|mujeres"
    r"|hombres|ancianos|beb[ée]s|j[óo]venes|ados|adolescents|enfants|adultes|femmes|hommes"
    r"|personnes [âa]g[ée]es|kindern|jugendlichen|erwachsenen|frauen|m[äa]nnern|crian[çc]as|idosos"
    r"|mulheres|homens)(?: (?:younger|older) than (?:that|this|them))?"
    r"(?:\W+(?:es|est|ist|is|it'?s|its|é|c'?est) (?:diferente|different|anders"
    r"|igual|pareil|le m[êe]me|the same|lo mismo|o mesmo)"
    # (or "changes anything": "y en los adolescentes cambia algo", probe 37)
    r"|\W+(?:cambia algo|cambia|muda algo|muda alguma coisa|change quelque chose|change"
    r"|[äa]ndert sich was|changes anything|does it change))?\W*$"
    # ... or "is that common at that age" in Spanish, Portuguese or French (probe 37: "isso é comum
    # nessa idade")
    r"|^\W*(?:(?:y|e|et|and) )?(?:isso|isto|eso|esto|[çc]a|c'?est|is that|is it)"
    r" (?:(?:[ée]|es|est) )?"
    r"(?:comum|com[uú]n|normal|frequente|frecuente|fr[ée]quent|courant|common)"
    r"(?: (?:nessa|nesta|na|a esa|en esa|[àa] cet|at that|at this) (?:idade|edad|[âa]ge|age))?\W*$"
    # ... or a tag at the end ("they differ right", "thats the same thing yeah?"), or "what then"
    # (conversation probe 41: "ok and after that first convo what then")
    r"|(?<!all )\b(?:right|yeah|yes|correct|true|innit)\s*\?*\s*$"
    r"|\b(?:what then|then what|what next)\s*\?*\s*$",
    re.I,
)
_FILLERS = re.compile(FILLERS, re.I)


def length(message: str) -> int:
    """The message's words after its leading fillers ("ok good to know, is there an article on it"
    has 6): a remark on the answer tells nothing."""
    return len(_FILLERS.sub("", message, count=1).split())


# ... telling something that happens: a time now, an account ("she just said"), the reader's own
# people or self ("could you tell my wife", "for me").
TELLS = re.compile(
    r"\b(?:tonight|now|rn|today|ago|again|yesterday|last night|this morning|earlier|already|"
    r"anymore|tomorrow|soon|just (?:now|did|took|told|said|saw|found)|my|me|myself|mine)\b",
    re.I,
)
# ... or a word of danger of its own, or of harm done to oneself ("and if someone did it to
# themselves?" after how to treat a burn).
DANGER = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end (?:it|things|my|this)|alive|living|"
    r"live|exist\w*|point|worth|bother|hurt\w*|pain|painless\w*|painful\w*|overdos\w*|ods?"
    r"|bleed\w*|"
    # (not a blood test: "is that why they do blood tests so often", probe 11)
    r"blood(?! (?:tests?|work|pressure|sugars?|type|levels?|donations?|counts?|results|draws?))|"
    r"cut\w*(?! (?:back|down))|"
    r"breath\w*|hit\w*|rape\w*|touch\w*|gun|knife|rope|bridge|jump\w*|gone|goodbye|sorry|"
    r"forgive|enough|fatal|lethal|wake up|how many|how much|on purpose|deliberately|"
    r"themsel\w+|yourself|himself|herself)\b",
    re.I,
)
# A later turn saying it ended well: "hes fine now", "its worn off", "she's ok".
# A doctor's word or tests that found a scare benign, in French, Portuguese or Spanish (probe 77,
# a development probe of the fourth session of 2026-12-07: "le medecin dit que c'etait juste de
# l'anxiete", "os exames deram normal"): read by `ENDED` and `VERDICT`.
_ABROAD_VERDICT = (
    r"|\b(?:le )?(?:m[ée]decin|docteur|toubib|urgentiste)s? (?:m'?a |lui a |nous a )?(?:dit|a dit"
    r"|pense) que c'?(?:[ée]tait"
    r"|est) (?:juste |seulement |simplement |rien que )?(?:de l'?anxi[ée]t[ée]|du stress|rien"
    r"|une crise d'angoisse"
    r"|musculaire|une migraine|un virus)\b"
    r"|\b(?:os |meus |seus )?exames (?:deram|vieram|est[ãa]o|estavam|foram) (?:todos "
    r"|tudo )?(?:normais|normal|bons"
    r"|ok|bem)\b|\b(?:o |a )?m[ée]dic[oa] (?:disse|falou) que (?:era|foi|[ée]) (?:s[óo] "
    r"|apenas )?(?:ansiedade"
    r"|estresse|nada|muscular|uma crise de ansiedade|crise de ansiedade)\b"
    r"|\b(?:el |la )?m[ée]dic[oa] (?:dijo|dice) que (?:era|fue|es) (?:solo |s[óo]lo "
    r"|nada m[áa]s que )?(?:ansiedad"
    r"|estr[ée]s|nada|muscular|un ataque de ansiedad|una crisis de ansiedad)\b|\b(?:los "
    r"|mis )?(?:an[áa]lisis"
    r"|ex[áa]menes|estudios) (?:salieron|dieron|est[áa]n) (?:todos )?(?:bien|normales?)\b"
)
ENDED = re.compile(
    r"\b(?:(?:he|she|it|they|we|i)(?:'?s| is| are|'?re|'?m| am)|hes|shes|its|theyre|im)"
    r" (?:all |totally |completely |perfectly |now )?"
    r"(?:fine|ok|okay|alright|all right|better|back to normal|worn off|laughing|playing"
    r"|doing (?:(?:really|so|much|a lot|way) )*(?:well|better|great|good))\b"
    r"|\b(?:(?:the )?bleeding (?:has )?|it |its |it's |it has |has )stopped(?: bleeding)?\b"
    # ... or a wound healed ("all healed up now just a scar, does bio oil actually work", probe 59)
    r"|(?<!\bnot )(?<!n't )(?<!nt )(?<!never )\b(?:all |fully |completely |totally )?healed"
    r" (?:up|over)(?: now)?\b"
    r"|\b(?:all|fully|completely|totally) healed(?: now)?\b"
    r"|^\W*stopped bleeding\b"
    # ... or a doctor who said it will pass (held-out 36: "my kid swallowed a penny yesterday",
    # "doctor said it will pass", then "what foods help it pass faster")
    r"|\b(?:doc|doctor|gp|dr|paediatrician|pediatrician|nurse|a&e|er|hospital|111"
    r"|poison (?:control|centre|center))s? (?:said|says|told (?:us|me|them|him|her)|reckons?)"
    r" (?:that )?(?:it|they)(?:'?ll| will| should| would)"
    r" (?:just )?(?:pass|come out|be fine|be ok|be okay|be harmless)\b"
    # ... or a pharmacist, a doctor or a poison line that said it is fine (a conversation probe
    # of the third session of 2026-12-04: "took double my sertraline by accident yesterday",
    # "called the pharmacist she said its fine")
    r"|\b(?:pharmacist|chemist|doc|doctor|gp|dr|nurse|111|poison (?:control|centre|center)"
    r"|they|she|he)s? (?:said|says|told (?:us|me|them|him|her)) (?:that )?(?:it'?s|its|it is"
    r"|it was|thats|that'?s|i'?m|im|i am|(?:he|she)(?:'?s| is)|hes|shes"
    # (or "they said i was fine", probe 77 of the fourth session of 2026-12-07: "ended up in the er
    # but they said i was fine")
    r"|i was|we were|he was|she was)"
    r" (?:totally |completely |perfectly |probably )?"
    r"(?:fine|ok|okay|harmless|nothing to worry about|not (?:dangerous|harmful|a problem))\b"
    # ... or well now, said without a subject, after a bite, or by a test (conversation probe 18 of
    # the session of 2026-12-05: "sat in shade and drank water, fine now", "fine after a banana",
    # "ecg came back normal", "my dad had a heart attack but he's recovering well")
    r"|(?:^|[,.;!] *|\band |\bbut )(?:all |totally |completely )?"
    r"(?:fine|ok|okay|alright|better|good) now\b"
    r"|(?:^|[,.;!] *|\band |\bbut |\bwas |\bwere )(?:totally |completely )?fine after"
    r" (?:a|an|some|eating|drinking|resting|a bit of) \w+"
    r"|\b(?:ecg|ekg|tests?|bloods|blood ?tests?|bloodwork|scans?|x-?rays?|results?|ct|mri)"
    r" (?:all )?(?:came back|were|was|are|is|all came back) (?:all |totally |completely )?"
    r"(?:normal|fine|clear|ok|okay|good|negative)\b"
    r"|\b(?:he|she|they|it|i)(?:'?s| is| are|'?re|'?m| am)? (?:now )?recovering"
    r" (?:well|fine|nicely|ok|okay|great)\b"
    # ... or all the scans clear, or a doctor who found it harmless (conversation probe 41 of the
    # session of 2026-12-06: "neuro said prob a one off all scans clear", "doc did ecg and bloods
    # said i was just dehydrated and hadnt eaten")
    r"|\ball (?:the |my |his |her )?(?:scans?|tests?|bloods|results|checks)"
    r" (?:were |are |came back )?(?:clear|normal|fine|good)\b"
    r"|\b(?:doc|doctor|gp|dr|neuro|neurologist|cardiologist|consultant|specialist|nurse|er|a&e"
    r"|hospital|paramedics?|urgent care|they)s?(?: (?:did|ran|checked|took) [\w ]{0,30}?)?"
    r" (?:said|says|told (?:me|us|him|her|them)|reckons?|thinks?) (?:that )?"
    r"(?:it was |its |it'?s |i was |im |i'?m |he was |hes |he'?s |she was |shes |she'?s )?"
    r"(?:prob(?:ably)? |likely |most likely )?(?:just |only )?(?:a one[- ]off|dehydrat\w*"
    r"|a panic attack|anxiety|low blood sugar|vasovagal|nothing serious|not serious|benign"
    r"|harmless|muscular|a pulled muscle|a (?:muscle )?strain|costochondritis|reflux|heartburn"
    r"|a virus|viral"
    r"|a migraine|migraine)\b(?![^.?!]*\b(?:last time|before|previously|usually|always"
    r"|every time)\b)" + _ABROAD_VERDICT,
    # ... in French, Portuguese or Spanish (`_ABROAD_VERDICT`)
    re.I,
)
# ... or that the danger never came to pass, or a child is plainly well: "she didnt eat any", "none
# are missing", "shes happy and babbling" (task 8ll) ...
SPARED = re.compile(
    r"\b(?:didnt|didn'?t|did not|never) (?:eat|swallow|drink|take|chew|lick|touch) "
    r"(?:any|anything|one|it|them)\b"
    r"|\b(?:none|nothing|not one) (?:of them )?(?:is |are |was |were )?(?:missing|gone)\b"
    r"|\b(?:all|every one|everything) (?:of them )?(?:is |are )?(?:still )?"
    r"(?:there|accounted for)\b"
    r"|\b(?:(?:he|she|they)(?:'?s| is| are|'?re)|hes|shes|theyre) (?:all |totally |now |so )?"
    r"(?:happy|smiling|babbling|giggling|(?:his|her|their) (?:normal|usual) sel(?:f|ves))\b"
    # signs asked about, then denied: "i dont have any of them thankfully" (sixth session)
    r"|\b(?:i|we|he|she|they|(?:my|our) \w+) (?:dont|don'?t|doesnt|doesn'?t|do not|does not)"
    r" (?:have|show|get) any (?:of )?(?:them|those|these)\b"
    r"|\b(?:has|have|had|show(?:s|ed)?) none of (?:them|those|these)\b",
    re.I,
)
# ... with no sign of harm told beside it and no one's word taken for it ("she says she didnt
# take any", "none missing but shes really sleepy").
SIGNS = re.compile(
    r"\b(?:says|said|swears|claims|insists|sleepy|drowsy|floppy|limp|pale|blue|gr[ae]y|vomit\w*"
    r"|throw\w* up|threw up|sick|seiz\w*|fit|shak\w*|twitch\w*|confus\w*|wake|unresponsive"
    r"|respond\w*|slurr\w*|dizzy|faint\w*|cough\w*|chok\w*|wheez\w*|rash|swell\w*|swollen"
    r"|drool\w*|weird|strange|not right|burn\w*|crying|screaming|breath\w*)\b",
    re.I,
)
# ... and a word that adds something after it ("its stopped bleeding but he wont wake up", "shes
# fine, i want to do it again").
BESIDES = re.compile(
    r"\b(?:but|though|tho|although|except|still|again|another|right now|just now|tonight"
    r"|want to|wanna)\b",
    re.I,
)


# A doctor's, a hospital's or a test's verdict that the scare was benign, told in the follow-up
# itself (probe 77, a development probe of the fourth session of 2026-12-07: "they did an ecg and
# said its muscular phew", "er said anxiety", "le medecin dit que c'etait juste de l'anxiete", "os
# exames deram normal"): `turns.read_turn` stage 15.
VERDICT = re.compile(
    r"\b(?:doc|doctor|gp|dr|neuro|neurologist|cardiologist|consultant|specialist|nurse|er|a&e|ed"
    r"|hospital|paramedics?|urgent care|they|pharmacist)s?(?: (?:did|ran|checked|took"
    r"|gave) [\w ]{0,30}?)?"
    r" (?:said|says|told (?:me|us|him|her|them)|reckons?|thinks?) (?:that )?"
    r"(?:it was |its |it'?s |i was |im |i'?m |he was |hes |he'?s |she was |shes |she'?s )?"
    r"(?:prob(?:ably)? |likely |most likely )?(?:just |only )?(?:totally |completely |perfectly )?"
    r"(?:a one[- ]off|dehydrat\w*|a panic attack|panic|anxiety|stress|low blood sugar|vasovagal"
    r"|nothing serious"
    r"|not serious|nothing|benign|harmless|fine|ok|okay|normal|muscular|a pulled muscle"
    r"|a (?:muscle )?strain"
    r"|costochondritis|reflux|heartburn|a virus|viral|a migraine|migraine|indigestion|gas|wind)\b"
    r"|\b(?:ecg|ekg|tests?|bloods|blood ?tests?|bloodwork|scans?|x-?rays?|results?|ct|mri|troponin)"
    r" (?:all )?(?:came back|were|was|are|is|all came back) (?:all |totally |completely )?"
    r"(?:normal|fine|clear|ok|okay|good|negative)\b"
    + _ABROAD_VERDICT
    # ... and in German (probe 72: "war nur ein schreck, arzt meinte alles ok")
    + r"|\b(?:der |die |mein |meine )?(?:arzt|ärztin|aerztin|doktor|notaufnahme)\b (?:meinte|sagte"
    r"|sagt|meint)"
    r" (?:es (?:ist|war|sei) )?(?:alles (?:ok|okay|gut|in ordnung)|nichts|nur (?:stress|angst"
    r"|eine panikattacke"
    r"|muskulär|muskulaer))\b",
    re.I,
)
