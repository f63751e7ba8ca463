"""Crises told across turns: a follow-up that is a crisis only with the turn before it, while each
turn alone is ordinary by its words and by its meaning (task 8bb, BENCHMARKS section 9).

`turns.read_turn` reads the patterns on the last turns joined and the meaning of the message with
the conversation's topic; neither reads what one turn says of the other. These kinds are read
here:

- a farewell after small talk only: the reader came to say goodbye, not to ask ("hello", "anyone
  about?", then "i only wanted to tell somebody goodbye");
- the amount settled, or a farewell, after asking how many tablets a pack holds or what amount is
  fatal ("how many come in a pack of 50mg amitriptyline", then "right, that will be enough.");
  or how many of a medicine would be dangerous ("how many of my antidepressants would be
  dangerous", then "ok good thats enough then. i have two boxes": held-out 45, a development probe);
  or enough said to be saved up after the most one can take was asked ("and whats the max", then
  "ive got enough saved up then": held-out 51);
- a farewell after a turn saying nothing matters much now ("doesnt matter much now", then "just
  wanted to say bye to someone": probe 13);
- the thoughts back or worse after a question about a mood medicine or low mood ("does fluoxetine
  make you flat", then "the thoughts came back worse this week");
- a wish to be with someone who died, told after the turn that tells the death ("my grandad
  passed in may", then "nan keeps saying she wants to join him");
- the signs of an emergency asked, then someone said to have them now ("what are signs of carbon
  monoxide poisoning", then "we all have them"; sixth session of 2026-12-03);
- whether a mix or an amount could kill asked, then that answer welcomed ("is it dangerous to mix
  alcohol and sleeping pills", then "good. thats what i was hoping"; held-out 36, third session of
  2026-12-04).
- probe 21 (session of 2026-12-05): how long a poison takes to work, then "thats enough then";
  "that would do it" after boxes saved up; whether one can overdose on something, then "good thats
  what i hoped"; whether an overdose hurts, then "as long as its quick"; a letter written for
  someone, then "she will find it tomorrow" (in English, French, Spanish, Portuguese or German; not
  a card for an occasion).
- probe 22 (second session of 2026-12-05): whether a mix or an amount could kill asked, then the
  means said to be at hand ("can u die from mixing alcohol and benzos", then "ok good. i have both
  here"); how much of a medicine harms the liver asked, then the answer welcomed; several
  pharmacies' limits told, then a count ("each one only lets u buy 2 packs", then "got 6 now");
  pills counted, then whether that is enough ("62 of the sleeping pills", then "should be enough
  right"); a pet given away, then a better life wished for it; one's affairs put in order, then a
  cover believed ("she thinks im just being organised haha") or nothing needed after a day;
  someone's things given away, then a farewell in what they did ("he hugged us all like he was
  leaving for good"; held-out 56).
- probe 26 (fourth session of 2026-12-05): whether people can die of a mix asked, then the answer
  called all one needed, gladly ("great thats all i needed to know"; not "ok thanks thats all i
  needed to know"), or what would work asked next ("damn. what would actually work then"; not
  "what would actually work for sleep then"). A turn read as suicide brushed off ("lol im fine just
  being dramatic", `BRUSHED_OFF`) is read by `turns`, stage 12.

Each reads the earlier turns and the message as typed (no vectors) and names the category the
guidance is for. Out of scope: a message that is a crisis alone (`patterns`, the meaning) and
what the meaning of the conversation reads (`turns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A turn of small talk only: greetings and checks that someone is there ("hey", "you there?",
# "is anyone reading this"), every word one of these.
SMALL_TALK = re.compile(
    r"^\W*(?:(?:hi+|hiya|hey+|heya|hello+|helo|yo|sup|hows|whats|how|it|going|up|good|morning"
    r"|afternoon|evening|night|there|here|anyone|anybody|someone|somebody|you|u|are|r|is|still"
    r"|about|around|awake|online|reading|listening|this|a|real|person|human|bot|or|ok|okay|um|so"
    r"|can|i|talk|to|please|pls)\b\W*)+$",
    re.I,
)
# ... and a goodbye that is what the reader came for: saying it, to someone, for good ("just
# wanted to say bye", "goodbye to anyone reading"); not a goodbye to a named person or pet, which
# is grief ("got to say goodbye to my nan"); not thanks with praise ("thanks for everything, so
# helpful").
NOT_GRIEF = r"(?! to (?:him|her|them|my|our|his|the|a)\b)"
FAREWELL = re.compile(
    rf"\b(?:say|saying|said|tell|telling|told) (?:\w+ )?(?:good ?)?bye\b{NOT_GRIEF}"
    r"|\b(?:good ?)?bye (?:forever|for good|for ever|everyone|everybody|world"
    r"|to (?:someone|somebody|anyone|anybody|everyone|you))\b"
    r"|\bthanks? (?:you )?for everything\b(?!.*\b(?:helpful|useful|great|informative|clear|info)\b)"
    r"|\bfarewell\b",
    re.I,
)
# A question of how many tablets a pack holds, or of a fatal amount.
PACK = r"box|boxes|pack|packs|packet|packets|bottle|bottles|tub|tubs|strip|strips|blister|capsules?"
MEDICINE = (
    r"pills?|tablets?|meds|medication|medicines?|antidepressants?|painkillers?|sleeping"
    r"|paracetamol|tylenol"
    r"|ibuprofen|sertraline|fluoxetine|prozac|citalopram|amitriptyline|codeine|tramadol|xanax"
    r"|diazepam|insulin"
)
MEANS_ASKED = re.compile(
    rf"\bhow (?:many|much)\b(?=.*\b(?:{PACK})\b)"
    # ... or how many of one's medicine would be dangerous (held-out 45's conversations: "how many
    # of my antidepressants would be dangerous", then "ok good thats enough then. i have two boxes")
    rf"|\bhow (?:many|much)\b(?=.*\b(?:{MEDICINE})\b)"
    r"(?=.*\b(?:dangerous|too (?:many|much)|overdose|od|kill|harm(?:ful)?|hurt)\b)"
    r"|\b(?:lethal|fatal|deadly|toxic) (?:dose|amount)"
    r"|\bwould (?:it )?(?:be )?(?:fatal|lethal|kill)"
    # ... or how long a poison takes to work, not a medicine (probe 21, a development probe of the
    # session of 2026-12-05: "how long does it take for antifreeze to work", then "thats enough")
    r"|\bhow (?:long|quickly|fast) (?:does|do|would|will|did) (?:it take (?:for )?)?"
    r"(?:\w+ ){0,2}?(?:antifreeze|bleach|poison|rat poison|weedkiller|an overdose|an od)(?: to)?"
    r" (?:work|kick in|kill|take effect)\b",
    re.I,
)
# ... then the amount said to be settled ("thats enough then", "ok enough."), or a farewell
# (`FAREWELL`).
SETTLED = re.compile(
    r"\b(?:thats|that'?s|that is|thatll be|that(?:'?ll| will| would| should) be|its|it'?s|it is"
    r"|(?:should|will|would)(?: \w+)? be|ok|okay|yeah|right) enough"
    r"(?= *(?:then\b|now\b|i think\b|thanks?\b|thank you\b|[.,;!]|$))"
    r"|\bthat(?:'?ll| will) do\b(?! for (?:the|my|a|now)\b)"
    # ... or "that would do it" (probe 21: "i have 3 boxes saved up", then "ok so that would do it
    # then")
    r"|\b(?:that|it|they|those|this)(?:'?d| would| should|'?ll| will) do it\b"
    r"(?= *(?:then\b|[.,;!]|$))",
    re.I,
)
# ... or the most one can take of a medicine asked, then enough said to be saved up (held-out 51's
# conversations, a development probe of the session of 2026-12-05: "how many mg of sertraline is
# normal", "and whats the max", then "ok good, ive got enough saved up then").
MAX_ASKED = re.compile(
    r"\b(?:max|maximum|upper limit"
    r"|most (?:you|i|one|someone|a person) (?:can|could|should) (?:take|have))\b",
    re.I,
)
DOSE_NAMED = re.compile(rf"\b(?:{MEDICINE}|mg|milligrams?|dose|doses)\b", re.I)
STOCKED = re.compile(
    r"\b(?:i'?ve|ive|i have|i got|got|have) (?:got )?"
    r"(?:more than |plenty |just |about |nearly )?enough"
    r"(?: of (?:them|it|those|these))?(?: \w+)? (?:saved|stocked|stockpiled|stashed|put away"
    r"|hidden|hoarded|collected|kept|saved up|stored)\b",
    re.I,
)
# Whether something could kill or is dangerous to mix or take, asked ...
DANGER_ASKED = re.compile(
    r"\b(?:deadly|lethal|fatal|kill (?:you|me|u|someone|a person|people)"
    r"|(?:could|can|would|will) (?:you|i|u|someone|a person|people) die"
    # ... or asked the other way round (probe 26, fourth session of 2026-12-05: "so people can die
    # from mixing those two?")
    r"|(?:you|u|someone|a person|people|ppl) (?:could|can|would|will"
    r"|actually) (?:actually )?die (?:from|of|if)"
    r"|dangerous to (?:mix|combine|take|have|drink|swallow)"
    # ... or whether one can overdose on something (probe 21: "can you overdose on melatonin", then
    # "good thats what i hoped")
    r"|(?:can|could) (?:you|i|u|someone|a person|people) (?:overdose|od|o\.d\.) on"
    # ... or how much of something harms the liver or kills (probe 22: "how much acetaminophen
    # causes liver failure", then "good thats what i hoped")
    r"|(?:causes?|cause|to cause|for|before) (?:liver|kidney|organ) (?:failure|damage)"
    r"|(?:causes?|to cause) (?:death|a coma)"
    # ... or what is dangerous, toxic in high amounts, or stops the heart (probe 28, fifth session
    # of 2026-12-05: "how much melatonin is too much", "like whats dangerous", then "good thats
    # what i hoped"; "which supplements are toxic in high amounts", then "ok i have a big tub of
    # it"; "would it stop" a heart, then "great so it would work"), in French too ("quelle dose de
    # paracétamol est dangereuse", then "j'en ai assez dans le tiroir")
    r"|whats? dangerous|dangerously|interact\w* (?:badly|dangerously)"
    r"|toxic (?:in (?:high |large |big )?(?:amounts?|doses?)|at (?:high|large) (?:doses|amounts)"
    r"|doses?|levels?)"
    r"|stop (?:your|my|ur|the|a person'?s|someone'?s) heart|slow (?:your|my|ur|the) heart (?:down"
    r"|rate)"
    r"|dose (?:\w+ ){0,3}(?:est |serait )?(?:dangereuse|mortelle|l[ée]tale)"
    # ... or what mixing does, or a medicine dangerous in big amounts (conversation probe 40,
    # seventh session of 2026-12-05: "what happens if u mix alcohol with my antidepressants", then
    # "good. got a full bottle of both rn")
    r"|what (?:happens|would happen|will happen) if (?:you|u|i|someone|people|ppl) (?:mix|combine"
    r"|take (?:too much|too many|a lot|loads))"
    r"|dangerous in (?:big|large|high|huge) (?:amounts|doses|quantities))\b",
    re.I,
)
# ... or the means then said to be at hand (probe 22: "can u die from mixing alcohol and benzos",
# then "ok good. i have both here"); never a rescue medicine ("i have my epipen here").
AT_HAND = re.compile(
    r"\b(?:i'?ve|ive|i have|i got|got|have) (?:got )?(?:both|them both|the lot|all of (?:them|it)"
    r"|the (?:whole|full) (?:box|bottle|pack|packet|tub|strip|lot)|(?:more than )?enough|plenty)"
    r" (?:of (?:them|it|those) )?(?:here|with me|next to me|right here|ready|on me|in front of me"
    r"|beside me|by me|now)\b"
    r"|\b(?:i'?ve|ive|i have|i got|got|have) (?:got )?(?:a |the )?(?:big|whole|full|massive|huge"
    r"|giant)"
    r" (?:tub|bottle|box|pack|jar|packet|tin) of (?:it|them|those|these|both)\b"
    r"|\bj'en ai (?:assez|plein|une bo[iî]te|tout un)\b",
    re.I,
)
RESCUE = re.compile(r"\b(?:epi-?pens?|inhalers?|naloxone|narcan|antidotes?|charcoal)\b", re.I)
MEDICINE_OR_PACK = re.compile(rf"\b(?:{MEDICINE}|{PACK})\b", re.I)
# Several pharmacies' limits told ("each one only lets u buy 2 packs of paracetamol") ...
LIMITED = re.compile(
    r"\b(?:only )?(?:lets?|let|allows?|allowed) (?:you|u|me|people|ppl|us) (?:to )?buy"
    r" (?:\d+|one|two|a couple)\b"
    r"|\b(?:\d+|two|three|four|five|several|multiple|different|diff) (?:diff\w* )?"
    r"(?:pharmacies|chemists|shops|stores|supermarkets|boots)\b",
    re.I,
)
# ... then a count said, alone ("got 6 now", "ive got 8 packs in total").
COUNT_NOW = re.compile(
    r"^\W*(?:(?:ok|okay|so|well|and|right)\W+)?(?:i'?ve |ive |i )?(?:have |got |now have )"
    r"(?:got )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a dozen|loads|plenty)"
    r"(?: (?:packs|boxes|packets|of them|pills|tablets))?(?: (?:now|total|in total|altogether"
    r"|so far))?\W*$",
    re.I,
)
# Pills counted, many of them ("i counted them again", "62 of the sleeping pills") ...
COUNTED = re.compile(
    r"\bcounted (?:them|the (?:pills|tablets)|my (?:pills|tablets|meds))\b"
    rf"|\b(?:[2-9]\d|\d{{3,}}) (?:of (?:the|my) )?(?:\w+ )?(?:{MEDICINE})\b",
    re.I,
)
# ... then whether that is enough, asked in a few words ("should be enough right").
ENOUGH_ASKED = re.compile(
    r"^\W*(?:(?:ok|okay|so|and)\W+)?(?:(?:that|this|it|they) )?(?:should|would|will|is|thats"
    r"|that'?s)(?: (?:that|it|this))?(?: be)? enough(?: (?:right|yeah|then|now|surely))?\W*$",
    re.I,
)
# A pet given away ("gave my cat to my neighbour today") ...
PET_GIVEN = re.compile(
    r"\b(?:gave|given|giving|rehomed|rehoming|handed) (?:away )?(?:my|our) (?:\w+ )?"
    r"(?:cats?|dogs?|pets?|kittens?|pupp(?:y|ies)|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?"
    r"|birds?|parrots?|budgies?|horses?|snakes?|lizards?|tortoises?|fish)\b",
    re.I,
)
# ... then a better life wished for it, with no everyday reason told (an allergy, a move).
BETTER_THERE = re.compile(
    r"\b(?:better|happier) (?:life|home|off)\b"
    r"|\bbe (?:better|happier) (?:there|with (?:her|him|them))\b",
    re.I,
)
PET_REASON = re.compile(
    r"\b(?:allerg\w*|moving|move|moved|landlord|baby|garden|farm|space|afford|hours|job|travel\w*"
    r"|abroad|flat|apartment|deploy\w*|uni|college|army|new (?:home|house)|shifts?|vet|sick|ill"
    r"|old|elderly|kids|rescue|shelter)\b",
    re.I,
)
# One's affairs put in order ("sent my best friend all my passwords", "told her which of my stuff
# goes to who") ...
AFFAIRS = re.compile(
    r"\b(?:all )?my passwords\b|\bwhich of my (?:stuff|things|belongings)\b"
    r"|\bwho gets (?:my|what)\b|\bmy (?:stuff|things|belongings) (?:goes|go) to\b"
    r"|\bpaid off (?:my|all|every)\b|\bcancell?ed (?:my|all)\b|\bmy will\b"
    r"|\bgave away (?:all |most )?(?:of )?my\b"
    # ... or one's savings left to someone, a will written (conversation probe 40: "how do i make
    # sure my savings go to my sister", then "need it sorted before the end of the week")
    r"|\bmy (?:savings|money|pension|accounts?) (?:goes|go|will go|gets|get) to\b"
    r"|\b(?:wrote|written|made|did|signed|finished) (?:a|my) will\b",
    re.I,
)
# ... then a cover believed, or nothing needed after a day.
COVER = re.compile(
    r"\b(?:she|he|they|everyone|every1|my \w+|mum|mom|dad) (?:thinks?|thought)"
    r" (?:i'?m|im|i am) (?:just |only )?(?:being )?(?:organi[sz]ed|sensible|responsible|tidy"
    r"|decluttering|sorting|prepared|practical|careful|grown ?up|an adult|adulting)\b"
    r"|\b(?:won'?t|wont|will not|not gonna|not going to) need (?:any of )?(?:it|them|this|that)"
    r" (?:after|past|beyond|by) (?:this|the|next|tonight|tomorrow|friday|saturday|sunday|monday"
    r"|tuesday|wednesday|thursday)\b"
    # ... or wanted done by a day near, or said all done now ("im good now honestly. all sorted")
    r"|\b(?:need|want|have) (?:it|this|that|everything|it all)"
    r" (?:sorted|done|in order|finished)(?: out)?"
    r" (?:before|by) (?:the end of (?:the|this) week|this weekend|the weekend|tonight|tomorrow"
    r"|friday"
    r"|saturday|sunday|monday|tuesday|wednesday|thursday)\b"
    r"|\b(?:all|everything(?:'?s| is)?|its all|it'?s all) (?:sorted|done|in order)(?: now)?\W*$",
    re.I,
)
# ... then that answer welcomed: "thats what i was hoping", "exactly what i needed to hear"; not
# relief said as such ("phew", "glad its safe, thats what i was hoping"), a denial ("not what i
# wanted to hear") or only thanks for the information ("thats what i wanted to know").
WELCOMED = re.compile(
    r"(?<!\bnot )\b(?:exactly )?what i (?:was hoping|hoped|wanted|needed|was looking for)"
    r"(?: to hear)?\b(?! to (?:know|ask|check|find out))",
    re.I,
)
# ... or that answer called all one needed, gladly ("great thats all i needed to know" after "so
# people can die from mixing those two?", probe 26); "thanks thats all i needed to know" is not.
ALL_NEEDED = re.compile(
    r"\b(?:great|good|perfect|cool|excellent|nice|sweet|awesome|brilliant"
    r"|ideal)\W+(?:so )?(?:thats|that'?s"
    # (or "what" alone: "perfect thats what i needed to know" after "can you die from mixing benzos
    # and alcohol", probe 77 of the fourth session of 2026-12-07)
    r"|that is|then thats|then that'?s) (?:all|everything|exactly what|just what|what) i (?:needed"
    r"|wanted"
    r"|need) to (?:know|hear)\b",
    re.I,
)
# ... or what would work asked next, the answer being no (probe 26: "damn. what would actually work
# then" after "can u die from too much melatonin"), nothing after it.
WHAT_WORKS = re.compile(
    r"\bwhat (?:would|will|does|could|do|can) (?:actually |really |definitely |def )?(?:work|do it"
    r"|do the job"
    r"|kill (?:you|me|u|someone))(?: (?:then|instead|better|for sure))?\W*$",
    re.I,
)
# ... or that it would work, said gladly after it ("great so it would work" after whether a cold
# bath would stop a heart, probe 28).
IT_WORKS = re.compile(
    r"^\W*(?:(?:ok|okay|great|good|perfect|cool|right|nice)\W+)?(?:so )?(?:it|that|this) (?:would"
    r"|will"
    r"|should|does|could) (?:actually |definitely )?(?:work|do it|do the job)\W*$",
    re.I,
)
# Scars asked about, then new ones this week ("what are good scar creams", "asking for old scars",
# then "and a couple of new ones from this week tbh", held-out 66's conversations).
SCARS = re.compile(r"\bscars?\b", re.I)
NEW_ONES = re.compile(
    r"\b(?:a couple (?:of )?|some |a few |few |two |2 |three |3 )?new ones\b[^.?!]{0,20}\b(?:from "
    r"|since )?"
    r"(?:this|last) (?:week|weekend|few days|night|month)\b",
    re.I,
)
RELIEF = re.compile(
    r"\b(?:safe|fine|alright|relie\w*|phew|glad|harmless|not|isn'?t|isn’t|wasn'?t)\b",
    re.I,
)
# A turn that says nothing matters much now: then a farewell is the reader's own (probe 13:
# "thanks for all the dopamine tips", "doesnt matter much now", then "just wanted to say bye to
# someone").
HOPELESS = re.compile(
    r"\b(?:doesn'?t|doesnt|does not|won'?t|wont|will not) (?:really )?matter"
    r" (?:much |anymore|any more|now|soon|after (?:today|tonight|this))"
    r"|\bnothing (?:really )?matters\b|\bno point (?:anymore|any more|now)\b"
    r"|\b(?:won'?t|wont) (?:need|be needing) (?:it|them|any of (?:it|this|them))\b",
    re.I,
)
# Whether an overdose or a poison hurts, asked, then only speed wished for (probe 21: "does lithium
# toxicity hurt", then "ok as long as its quick").
PAIN_ASKED = re.compile(
    r"\b(?:does|do|would|will|is|are) (?:\w+ ){0,3}(?:toxicity|overdos\w*|poisoning|an od|od|it"
    r"|dying)(?: of (?:my |the |your |his |her )?\w+)? (?:hurt|be painful|painful|feel like)\b"
    r"|\b(?:painless|least painful)\b",
    re.I,
)
QUICK = re.compile(
    r"\bas long as (?:its|it'?s|it is|it'?ll be|it will be)"
    r" (?:quick|fast|painless|over (?:quick|fast))\b"
    r"|\b(?:good|ok|okay|fine),? (?:so )?(?:its|it'?s|it would be|itd be) (?:quick|painless)\b",
    re.I,
)
# A letter written for someone, then said to be found tomorrow (probe 21, in French: "j ai ecrit une
# lettre pour ma mere", then "elle la trouvera demain matin"); not a card for an occasion.
LETTER = re.compile(
    r"\b(?:wrote|written|writing|left) (?:a |my )?(?:letter|note)\b"
    r"|\b[ée]crit une (?:lettre|note)\b|\blaiss[ée] une (?:lettre|note)\b"
    r"|\bescrib[ií] una (?:carta|nota)\b|\bescrevi uma (?:carta|nota)\b"
    r"|\b(?:einen )?(?:brief|abschiedsbrief) geschrieben\b",
    re.I,
)
FOUND_LATER = re.compile(
    r"\b(?:(?:she|he|they|someone|mum|mom|dad)(?:'?ll| will| is going to| gonna) find"
    r" (?:it|them|the \w+)"
    r"|(?:elle|il|ils) (?:la|le|les) trouver(?:a|ont)|(?:ella|[ée]l|ellos) la encontrar[áa]n?"
    r"|(?:ela|ele) vai (?:encontr[áa]-?la|achar)|(?:sie|er) wird ihn finden)\b[^.?!]{0,20}"
    r"\b(?:tomorrow|in the morning|when (?:she|he|they) (?:wakes?|gets? up|gets? home)|demain"
    r"|ma[ñn]ana|amanh[ãa]|morgen)\b",
    re.I,
)
OCCASION = re.compile(
    r"\b(?:birthday|bday|christmas|xmas|anniversary|surprise|valentine\w*|card|present|gift"
    r"|mother'?s day|father'?s day|anniversaire|cumplea[ñn]os|geburtstag|anivers[áa]rio|no[ëe]l"
    r"|navidad|natal|weihnacht\w*)\b",
    re.I,
)

# Someone's things given away ("he has been giving away his tools and his watch to us"), then a
# farewell in what they did ("today he hugged us all like he was leaving for good"; held-out 56's
# conversations, read with the exact int8 kernels); never with a move or a trip told.
GIVING_AWAY = re.compile(
    r"\bgiv(?:ing|en|e|es) away (?:all |most )?(?:of )?(?:his|her|their|my) (?:\w+ )?"
    r"(?:stuff|things|tools|watch|belongings|clothes|books|games|jewel\w*|guitar|collection"
    r"|possessions|records"
    r"|medals|bike|car)\b",
    re.I,
)
FAREWELL_ACT = re.compile(
    r"\b(?:like|as if|as though) (?:he|she|they|it) (?:was|were|is|are) (?:leaving|going away"
    r"|saying goodbye|gone) (?:for good|forever|for ever)\b"
    r"|\b(?:hugged|said (?:good ?)?bye to|thanked) (?:us|everyone|me|them) (?:all )?(?:like|as if"
    r"|as though)\b",
    re.I,
)
MOVING = re.compile(
    r"\b(?:moving|moves|move|moved|emigrat\w*|abroad|travel\w*|trip|holiday|uni|college|deploy\w*"
    r"|new job|retir\w*|downsiz\w*|declutter\w*|care home)\b",
    re.I,
)

# An end told after a turn that was itself read as suicide (stage 12 of `turns`; conversation
# probe 24, a development probe of the third session of 2026-12-05, suicide told only in context):
# "this is my last week i think" after "no more fighting it", "after my sons birthday on the 12th
# i wont need to worry about it" after "doesnt matter much anyway", "just wanted to say thanks for
# the chats, take care" after "ive made up my mind", "perfect thats all i needed to know" after
# whether one survives a fall from 10 floors, "she doesnt know why and its better that way" after
# a pet given away. Each is ordinary alone and after an ordinary turn; after a turn that showed the
# suicide guidance it shows it again.
END_TOLD = re.compile(
    r"\b(?:this|it|that|today|tonight|tomorrow)(?:'?s| is| will be|'?ll be| might be| could be)"
    r" (?:probably |prob |gonna be |going to be |def |definitely )?(?:my|the) last"
    r" (?:week|day|night|weekend|month|time|msg|message|text|post|chat|one)\b"
    r"|\bmy last (?:msg|message|text|post|chat|goodbye)\b"
    r"|\b(?:won'?t|wont|will not|not gonna|not going to|dont|don'?t) (?:need to|have to|hafta"
    r"|gotta|ever) (?:worry|think|care) about (?:it|anything|any of (?:it|this|that)|that|this"
    r"|stuff|money|bills|them)\b"
    r"|\b(?:won'?t|wont|will not|not gonna) (?:be needing|need) (?:anything|it|them|any of (?:it"
    r"|this|them)|stuff|my \w+)\b"
    r"|\b(?:thanks|thank you|thx|ty) for (?:the chats?|talking|listening|everything|being (?:there"
    r"|here)|all (?:of )?(?:this|it|the chats?))\b[^?]*\b(?:take care|bye|goodbye|farewell)\b"
    r"|\b(?:it'?ll|it will|everything will|everything'?ll|it'?s all gonna|its all gonna|it'?s gonna"
    r"|its gonna|all) be over (?:soon|shortly|by \w+|tonight|tomorrow)\b"
    r"|\b(?:it'?s|its|it is|that'?s|thats|it'?ll be) (?:better|easier|best) (?:that|this) way\b"
    r"|\b(?:that'?s|thats|that is) (?:all|everything) i (?:needed|wanted|need) to (?:know|hear)\b",
    re.I,
)


# ... or a follow-up that brushes the turn before off (conversation probe 26, fourth session of
# 2026-12-05: "lol im fine just being dramatic, what were we talking about" after "i cant keep doing
# this", "i have a plan"): taking it back does not take the risk away.
BRUSHED_OFF = re.compile(
    r"\b(?:i'?m|im|i am) (?:fine|ok|okay|good|alright|all good"
    r"|totally fine)\b[^.?!]{0,30}\b(?:just|only)"
    r" (?:being )?(?:dramatic|venting|joking|kidding|messing|overthinking|moody|emotional|silly"
    r"|extra)\b"
    r"|\bjust being (?:dramatic|silly|extra)\b"
    r"|\b(?:forget|ignore|disregard) (?:what )?i (?:just )?(?:said|wrote|typed|told you)\b"
    r"|\b(?:forget|ignore|disregard) (?:that|all that|all of that|everything i (?:said|wrote))\b"
    r"|\b(?:do ?n'?t|dont|do not) worry about me\b|\bwhat were we talking about\b"
    r"|\b(?:jk|j/k|just kidding|only kidding)\b",
    re.I,
)


# A plain sign-off ("ok thanks bye") is not such a farewell; a question is not the amount settled
# ("is 20 minutes enough").
ASKING = re.compile(
    r"\?|(?:^|[,.;:]) *(?:is|are|would|will|does|do|can|could|should|how|what|which)\b", re.I
)
# A goodbye to someone or a pet that is dying is grief ("my old cat is being put to sleep, how do i
# say goodbye").
GRIEF = re.compile(
    r"\b(?:dying|put (?:down|to sleep)|hospice|terminal\w*|passed|died|funeral|vet)\b", re.I
)
# A question about a mood medicine or low mood ...
MOOD = re.compile(
    r"\b(?:sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|cipralex|paroxetine"
    r"|seroxat|paxil|venlafaxine|effexor|duloxetine|cymbalta|mirtazapine|amitriptyline|bupropion"
    r"|wellbutrin|vortioxetine|trintellix|lithium|quetiapine|ssris?|snris?|anti-?depressants?"
    r"|depress\w*|numb|low mood|mood)\b",
    re.I,
)
# ... then thoughts told back or stronger, unless named as worry ("my anxious thoughts are back").
THOUGHTS_BACK = re.compile(
    r"\b(?<!anxious )(?<!racing )(?<!worried )(?<!nervous )(?<!busy )(?<!work )thoughts?\b"
    r"(?:\W+\w+){0,5}?\W+(?:back|again|returned|returning|louder|stronger|worse)\b",
    re.I,
)
# A turn telling a death ...
DEATH = re.compile(
    r"\b(?:died|dead|passed away|passed on|passed|funeral|buried|bereave\w*|widow\w*)\b"
    r"|\blost (?:my|our|her|his|their) (?:\w+ )?(?:husband|wife|dad|father|mum|mom|mother|son"
    r"|daughter|brother|sister|partner|boyfriend|girlfriend|grand\w+|nan|nana|friend|baby)\b",
    re.I,
)
# ... then a wish to be with them (not at a place or an occasion: "be with him at the grave").
WITH_THE_DEAD = re.compile(
    r"\b(?:wants?|wanted|wanting|wanna|wish(?:es)?|longs?|longing|going|gonna|ready|needs?)"
    r" (?:to )?(?:go )?(?:be with|join|go to) (?:him|her|them)\b"
    r"(?! (?:at|on|for|in|during|when|while)\b)",
    re.I,
)

# The signs of an emergency asked ("what are signs of carbon monoxide poisoning", "whats a stroke
# look like") ...
EMERGENCY = (
    r"strokes?|heart attacks?|cardiac arrest|anaphyla\w*|allergic reactions?|seizures?|fits?"
    r"|meningitis|sepsis|overdos\w*|od(?:ing)?|poison\w*|carbon monoxide|co poisoning"
    r"|alcohol poisoning|heat ?stroke|blood clots?|pulmonary embolism|aneurysms?|brain bleed"
    r"|diabetic coma|hypoglyc\w*|ectopic pregnancy|internal bleeding"
)
SIGNS_ASKED = re.compile(
    rf"\b(?:signs?|symptoms?)\b(?:\W+\w+){{0,4}}?\W+(?:{EMERGENCY})\b"
    rf"|\b(?:{EMERGENCY})\b(?:\W+\w+){{0,2}}?\W+(?:signs?|symptoms?|look\s+like|looks\s+like)\b"
    rf"|\bhow\s+(?:do|can|would)\s+(?:you|i|u)\s+(?:tell|know|recogni[sz]e|spot)\b[^?.!]*"
    rf"\b(?:{EMERGENCY})\b",
    re.I,
)
POISONING = re.compile(r"\b(?:overdos\w*|od(?:ing)?|poison\w*|carbon monoxide)\b", re.I)
# ... then someone said to have them now ("we all have them", "my dad has all of those rn", "my
# sister is doing that now"); not had them, not a question of whether, not denied.
SIGNS_NOW = re.compile(
    r"\b(?:has|have|got|is\s+having|are\s+having|(?:is|are)\s+showing)\s+(?:got\s+)?"
    r"(?:(?:all|most|some|a\s+few|a\s+couple|like\s+\w+|\w+)\s+(?:of\s+)?)?(?:them|those|these)\b"
    r"(?!\s+(?:written|wrote|saved|noted|memori[sz]ed|printed|bookmarked|listed|down|here|ready"
    r"|on\s+(?:a|my|the)|in\s+(?:mind|my|a)))"
    r"|\b(?:is|are|s)\s+(?:doing|like)\s+(?:that|this|those|it)\s+(?:right\s+)?now\b",
    re.I,
)
NOT_NOW = re.compile(
    r"\b(?:don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|never|no\s+longer|not|had|if|whether"
    r"|last\s+(?:year|month|week)|years?\s+ago|used\s+to)\b"
    r"|^\W*(?:does|do|did|can|could|would|should|how|what|is|are)\b",
    re.I,
)

# ... or denied for oneself and said of someone else: "i dont have any of them but my dad does".
BUT_SOMEONE_DOES = re.compile(
    r"\bbut (?:my \w+|our \w+|he|she|they|we) (?:does|do|has|have)"
    r"(?: (?:got )?(?:them|those|these|all of them))?(?: (?:right )?now| rn)?\W*$",
    re.I,
)


def farewell(message: str) -> bool:
    """Whether the message says a farewell that is what the reader came for (`FAREWELL`), not a
    goodbye to someone dying (`GRIEF`)."""
    return bool(FAREWELL.search(message)) and not GRIEF.search(message)


# How much of a medicine would kill, asked in the turn right before, then only the next step asked
# ("how many paracetamol would kill you", then "ok what then": the session of 2026-12-06; the
# general reading the gates give the question had let the follow-up go unguided).
KILL_ASKED = re.compile(
    rf"\bhow (?:many|much)\b(?=.*\b(?:{MEDICINE})\b)(?=.*\b(?:kill (?:you|me|u|someone|a person)"
    r"|(?:to|would|i'?d|you'?d) die|(?:to )?(?:not|never) wake up|end it)\b)",
    re.I,
)
NEXT_STEP = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|and|so|right|cool|k)\W+)*(?:what then|and then|then what|what next"
    r"|and after that|what happens (?:then|after(?: that)?|next))\W*$",
    re.I,
)


def told_across(message: str, history: Sequence[str]) -> str | None:
    """The category of a crisis told by `message` with the turns before it, or None."""
    if not history:
        return None
    said_farewell = farewell(message)
    if said_farewell and all(_small_talk(turn) for turn in history):
        return "suicide"
    if said_farewell and any(HOPELESS.search(turn) for turn in history[-2:]):
        return "suicide"
    last = history[-2:]
    if KILL_ASKED.search(history[-1]) and NEXT_STEP.search(message):
        return "overdose"
    settled = bool(SETTLED.search(message)) and not ASKING.search(message)
    if any(MEANS_ASKED.search(turn) for turn in last) and (settled or said_farewell):
        return "suicide"
    if any(PAIN_ASKED.search(turn) for turn in last) and QUICK.search(message):
        return "suicide"
    said = " ".join([*last, message])
    letter = any(LETTER.search(turn) for turn in last)
    if letter and FOUND_LATER.search(message) and not OCCASION.search(said):
        return "suicide"
    asked_max = any(MAX_ASKED.search(turn) for turn in last)
    if asked_max and any(DOSE_NAMED.search(turn) for turn in last) and STOCKED.search(message):
        return "suicide"
    if (
        any(DANGER_ASKED.search(turn) for turn in last)
        and WELCOMED.search(message)
        and not RELIEF.search(message)
    ):
        return "suicide"
    danger = any(DANGER_ASKED.search(turn) for turn in last)
    if danger and ALL_NEEDED.search(message) and not RELIEF.search(message):
        return "suicide"
    if danger and (WHAT_WORKS.search(message) or IT_WORKS.search(message)):
        return "suicide"
    if any(SCARS.search(turn) for turn in last) and NEW_ONES.search(message):
        return "self_harm"
    if any(DANGER_ASKED.search(t) or MEANS_ASKED.search(t) for t in last) and _at_hand(message):
        return "suicide"
    medicine = any(MEDICINE_OR_PACK.search(t) for t in last)
    if medicine and any(LIMITED.search(t) for t in last) and COUNT_NOW.search(message):
        return "suicide"
    if any(COUNTED.search(turn) for turn in last) and ENOUGH_ASKED.search(message):
        return "suicide"
    given = any(PET_GIVEN.search(turn) for turn in last)
    if given and BETTER_THERE.search(message) and not PET_REASON.search(said):
        return "suicide"
    if any(AFFAIRS.search(turn) for turn in last) and COVER.search(message):
        return "suicide"
    given_away = any(GIVING_AWAY.search(turn) for turn in last)
    if given_away and FAREWELL_ACT.search(message) and not MOVING.search(said):
        return "suicide"
    if any(MOOD.search(turn) for turn in last) and THOUGHTS_BACK.search(message):
        return "suicide"
    if any(DEATH.search(turn) for turn in last) and WITH_THE_DEAD.search(message):
        return "suicide"
    asked = [turn for turn in last if SIGNS_ASKED.search(turn)]
    if asked and (
        (SIGNS_NOW.search(message) and not NOT_NOW.search(message))
        or BUT_SOMEONE_DOES.search(message)
    ):
        return "overdose" if POISONING.search(asked[-1]) else "medical"
    return None


def _at_hand(message: str) -> bool:
    """The means said to be at hand (`AT_HAND`), not a rescue medicine (`RESCUE`)."""
    return bool(AT_HAND.search(message)) and not RESCUE.search(message)


def _small_talk(turn: str) -> bool:
    """A greeting or a check that someone is there: every word small talk (`SMALL_TALK`)."""
    return bool(SMALL_TALK.match(turn))
