"""Overdose and poisoning: too many pills, household products, drugs with danger signs, a harmful
amount asked for, own or someone else's, and basics in other languages. `TOPICS`: words people
also use in general questions ("what is an overdose")."""

from __future__ import annotations

from .told import SEDATIVE
from .words import sentence_without

# What a child opens that is no medicine (held-out 71's kind, sixth session of 2026-12-05: "toddler
# opened the box of plasters, some are missing").
_NOT_MEDICINE = (
    r"(?:plasters|crayons|sweets|candy|candies|biscuits|cereal|lego|stickers|crisps|snacks|cookies"
    r"|chocolates?|raisins|tissues|wipes|juice|milk|yogh?urts?|toys?|bubbles|paint|glitter|beads|formula|water)"
)

# Supplements and gummies, whose "can i take another" or "i took 8" is no overdose told.
_SUPPLEMENT = r"melatonin|vitamins?|magnesium|supplements?|gumm(?:y|ies)|fish oil|zinc"

STATEMENTS = [
    # Pinpoint pupils with slow or strange breathing or sleepiness: an opioid overdose's signs
    # (held-out 38's conversations read alone: "my flatmate has all of them rn, tiny pupils and
    # snoring weird").
    r"\b(?:tiny|pinpoint|pin ?point|pinned|small) pupils\b[^.?!]{0,40}\b(?:snor\w*|breath\w*|won'?t wake|wont wake"
    r"|can'?t wake|cant wake|sleepy|drowsy|blue|grey|gray|nodding|unresponsive|passed out)"
    r"|\b(?:snor\w*|breathing (?:slow|weird|funny)|won'?t wake|wont wake|blue lips)\b[^.?!]{0,40}\b(?:tiny|pinpoint"
    r"|pinned) pupils\b",
    # A week's pill organiser found empty days early (held-out 38's conversations: "just found her
    # pill organiser empty for the whole week and its only tuesday"): too many taken, by mistake or not.
    r"(?![^.?!]*\b(?:refill\w*|re-fill\w*|restock\w*|top\w* (?:it |them )?up|fill\w* (?:it|them) (?:up|again))\b)"
    r"\b(?:pill ?(?:organi[sz]er|box|case|dispenser)|dosette(?: box)?|blister packs?|(?:weekly|week'?s|day) (?:pill )?"
    r"(?:organi[sz]er|box|pack))\b[^.?!]{0,30}\b(?:empty|emptied|all gone|cleared out|cleaned out)\b[^.?!]{0,40}"
    r"\b(?:whole week|all week|for the (?:whole |entire )?week|the (?:whole |entire )?week'?s|(?:its|it'?s|and) only"
    r" (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thurs?|fri|sat)|already|days early)\b",
    # A week's or a month's worth taken at once (probe 38, a development probe of the seventh session
    # of 2026-12-05: "accidentally took my whole weeks worth of sertraline from the organiser at
    # once, now im shaking and sweating")
    r"\b(?:took|taken|swallowed|had|downed|gave (?:him|her|them)|ate|eaten) (?:my |his |her |their |the |a |like )?"
    r"(?:whole |entire |full )?(?:weeks?'?|week'?s|months?'?|month'?s|(?:\d+|two|three|four|five|six|several) (?:days?|weeks?)'?s?)"
    r" (?:worth|supply) (?:of (?:[\w-]+ ){0,3}?(?:meds|medicines?|medication|pills|tablets|capsules|doses|insulin|paracetamol|tylenol"
    r"|ibuprofen|advil|lithium|tramadol|codeine|oxy\w*|[a-z]{3,}(?:ine|pam|lam|pine|ide|oxetine|pril|olol|statin|zole"
    r"|azepam|ipine|done|phen))\b|(?:of )?(?!(?:[\w-]+ ){0,2}?(?:vitamins?|gummies|fish oil|probiotics?|magnesium|zinc|collagen)\b)"
    r"(?:[\w-]+ ){0,2}(?:at once|in one go|all at once))"
    r"(?![^.?!]*\b(?:vitamins?|gummies|fish oil|probiotics?|magnesium|zinc|collagen"
    r"|prescription|refill\w*|pick\w* up|collect\w*|from the pharmacy|in (?:my|the) bag|with me|on holiday|for (?:my )?(?:trip"
    r"|holiday))\b)",
    # A question asked in general, then told as done (task 8kk: "what happens if you take 15
    # zopiclone because i just did").
    r"\bwhat (?:happens|would happen|will happen|happened) if (?:you|u|someone|a person|people|one|i) (?:take|took"
    r"|swallow\w*|drink|drank|mix\w*|od|overdose|had|have|eat|ate)\b[^.?!]{0,60}\b(?:because|cos|coz|cause|bc|since|as)"
    r" i (?:just |already |literally )?(?:did|have|took|done|had)\b",
    # Two medicines (or a medicine and a drink) mixed, with danger signs now.
    r"(?:mixed|combined|took (?:my |his |her |the |a |some )?(?:\w+ )?(?:meds|medicines?|pills|tablets|maoi|ssri"
    r"|snri|antidepressants?|tramadol|lithium|opioids?|benzos?|painkillers?) (?:with|and|on top of))"
    r".{0,60}\b(?:now|since|and then|and)\b.{0,40}"
    r"(?:pounding|racing|sweat\w*|confus\w*|twitch\w*|jerk\w*|vomit\w*|throwing up|faint\w*"
    r"|chest pain|(?:can'?t|cant|hard to) breathe|burning up|rigid|stiff|seiz\w*|hallucinat\w*)",
    # A large number already taken ("i already took 15"); several sleeping pills or opioids.
    r"(?:already|just|have|i'?ve|ive) (?:took|taken|had|swallowed|popped|downed) (?:like |about |around )?"
    r"(?:[5-9]|\d{2,})\b(?! ?(?:mg|mcg|ml|g\b|minutes|mins?\b|hours?|hrs?|days?|weeks?|months?|years?|times|steps|coffees?|cups?|%|am\b|pm\b|k\b|lbs|kg|miles|km|calories|grams|seconds|secs|percent))",
    r"(?:took|taken|had|swallowed|popped) (?:like |about |around )?(?:[3-9]|three|four|five|six|several)"
    r" (?:\w+ )?(?:ambien|zolpidem|xanax|valium|klonopin|ativan|benzos?|sleeping (?:pills?|tablets)|sleep aids?"
    r"|oxy\w*|percocets?|vicodin|norco|hydrocodone|codeine|tramadol|morphine|methadone|lorazepam|diazepam"
    r"|alprazolam|clonazepam|gabapentin|seroquel|quetiapine|benadryl|nytol|unisom|edibles?)"
    # (never after a supplement: "took my melatonin an hour ago and still cant sleep, can i take
    # another 1mg", held-out 88)
    r"|"
    + sentence_without(_SUPPLEMENT, r"chamomile|valerian|ashwagandha|cbd|herbal tea")
    + r"[^.?!]*?"
    r"(?:still|cant|can'?t)\b.{0,30}(?:should|can|could|do) i take (?:more|another|a few more|the rest)",
    # A child and a dangerous medicine or product: patches, opioids, edibles, someone's pills.
    r"(?:toddler|baby|infant|kid|child|son|daughter|little one|grandson|granddaughter|\d+ ?(?:yo|year old|month old))\b"
    r".{0,40}\b(?:ate|eaten|swallowed|chewed|sucked|licked|drank|got into|bit(?! of)|in (?:his|her|their) mouth)\b"
    r".{0,40}\b(?:pills?|tablets?|meds|medicines?|medication|patch(?:es)?|fentanyl|opioids?|methadone"
    r"|suboxone|buprenorphine|oxy\w*|morphine|edibles?|gummies|vitamins|iron|nicotine|vape|weed|thc|cannabis"
    r"|marijuana|cleaner|bleach|detergent|pods?|batter\w*|magnets?)"
    r"|(?:fentanyl|opioid|morphine|buprenorphine|nicotine) patch\w*\b.{0,40}(?:chew\w*|mouth|swallow\w*|lick\w*|stuck on)"
    # ... and the medicine named first, spilled, then eaten ("dog knocked my meds bottle over and my
    # kid ate whatever fell out"; held-out 36)
    r"|(?:\b(?:pills?|tablets?|meds|medicines?|medication|capsules?)\b(?: (?:bottle|pot|packet|box|tub|organi[sz]er|case))?"
    r".{0,40}\b(?:knocked|spilled|spilt|fell|dropped|tipped|open(?:ed)?|left out)\b"
    r"|\b(?:knocked|spilled|spilt|dropped|tipped)\b.{0,20}\b(?:pills?|tablets?|meds|medicines?|medication|capsules?)\b)"
    r".{0,40}"
    r"\b(?:toddler|baby|infant|kid|child|son|daughter|little one|grandson|granddaughter)\b.{0,15}"
    r"\b(?:ate|eaten|swallowed|chewed|got (?:some|one|a few)|put (?:some|one|them|it) in (?:his|her|their) mouth)\b",
    # ... or a medicine (a pet's too) missing or left open, then a small child with the bottle open
    # or something white in the mouth (held-out 59 and 60, development probes of the third session
    # of 2026-12-05: "dogs phenobarbital is missing and my toddler has white stuff in his mouth",
    # "my cats gabapentin was on the counter and my 3 yo got the bottle open")
    r"\b(?:pills?|tablets?|meds|medicines?|medication|capsules?|phenobarbital|gabapentin|tramadol"
    r"|carprofen|rimadyl|meloxicam|metacam|apoquel|prednisone|prednisolone|trazodone)\b"
    r"(?![^.?!]*\b(?:yogh?urt|milk|toothpaste|formula|cream|cheese|icing|sugar|flour|chalk|paint"
    r"|crayons?)\b)"
    r".{0,40}\b(?:missing|gone|open|opened|empty|on the (?:counter|floor|table|side|bed|couch|sofa))\b"
    r".{0,40}\b(?:toddler|baby|infant|kid|child|son|daughter|little one|grandson|granddaughter"
    r"|\d+ ?(?:yo|y/o|year old|month old))\b.{0,30}"
    r"\b(?:got (?:the|it|a|one|that) (?:\w+ )?open|opened (?:it|the (?:\w+ )?(?:bottle|lid|pot|packet|box))"
    r"|(?:has|had|got) (?:some )?(?:white|blue|pink|chalky|powdery) (?:stuff|powder|bits|residue|crumbs)"
    r" (?:in|around|round|on|all over|near) (?:his|her|their) (?:mouth|lips|tongue|face|chin)"
    # ... or was where it was kept (held-out 79: "my cats gabapentin is gone and my 2 year old was in
    # the kitchen")
    r"|(?:was|were|has been|had been|is) (?:alone |playing )?(?:in|near|by) (?:the )?(?:kitchen|bathroom|cupboard"
    r"|counter|medicine cabinet|bedroom|room|drawer|handbag|bag)\b)",
    # More of a drug or a medicine than one should have (held-out 60, a development probe of the third
    # session of 2026-12-05: "popped way more percs than i should have and my breathing feels slow")
    r"\b(?:took|taken|popped|swallowed|had|did|done|snorted|injected) (?:way |a lot |a bit |so much |far"
    r" |many |loads |a few |some )?more (?:of (?:my |the |his |her )?)?(?:\w+ )?(?:percs?|percocets?|pills?"
    r"|tablets?|xanax|bars|oxy\w*|benzos?|valium|vicodin|norco|codeine|tramadol|morphine|fentanyl|heroin"
    r"|ketamine|mdma|molly|pingers|sleeping pills|painkillers|meds|medication|insulin|lean|gabapentin"
    r"|methadone|suboxone|ambien|klonopin|ativan|adderall|paracetamol|tylenol|ibuprofen)\b"
    r" (?:than (?:i|he|she|they|we) (?:should|was supposed to|were supposed to|meant to|was meant to)"
    r"|than (?:prescribed|the (?:label|box|leaflet|doctor) says?|(?:i'?m|im|i am) (?:allowed|supposed)))",
    # Whether an overdose hurts is a method question.
    r"(?:overdos\w*|\bod\b)\b.{0,30}\b(?:painless|peaceful|painful|hurt)|(?:painless|peaceful)\b.{0,30}(?:overdos\w*|\bod\b)",
    r"se comi[oó] .{0,30}(?:pastillas|p[ií]ldoras|comprimidos)|se tom[oó] el jarabe|mang[ée] des (?:comprim[ée]s|m[ée]dicaments|pilules|cachets)"
    r"|(?:dosette|capsule) de lessive|tabletten gegessen|mangiato (?:delle )?(?:pillole|pastiglie|compresse)"
    r"|comeu (?:uns |alguns )?(?:comprimidos|rem[ée]dios)|laundry (?:capsule|pod|tablet)",
    # Children's and household poisonings, other languages, drugs at parties (grouped CV misses).
    r"(?:licked|drank|drunk|swallowed|ate|chewed|bit into|had|sucked on)\b.{0,30}(?:oven cleaner|drain cleaner|nicotine pouch\w*"
    r"|pouch\w* in (?:his|her) mouth|vape|e-?cig)",
    r"(?:trag[oó]|tragado|verschluckt|aval[ée]e?|ingoiat\w*|engoliu|engoli)\b.{0,30}(?:pila|bater\w*|moneda|im[aá]n|pastilla\w*"
    r"|batterie|pile|aimant|batteria|magnete|moeda|[íi]m[ãa]|m[üu]nze|magnet)",
    r"(?:bebi[oó]|bebeu|a bu|ha bevuto|getrunken)\b.{0,30}(?:cloro|l[ée]j[ií]a|javel|detersivo|detergente|candeggina|produto de limpeza"
    r"|limpiador|reiniger|putzmittel|gasolina|essence|benzina|benzin)|(?:cloro|l[eé]j[ií]a|detersivo|produto de limpeza)\b.{0,20}(?:bebi\w*|bebeu)",
    r"(?:toute|tutta|tutte|inteira|intera|todas|ganze) (?:la |le |a )?(?:bo[iî]te|scatola|cartela|caja|packung|confezione|flacon|frasco)",
    r"pingers?\b|(?:pills?|something) at (?:a|the) (?:party|festival|rave)\b.{0,40}(?:hot|confus\w*|racing|seiz\w*|collaps\w*)|(?:can'?t|cant) cool down",
    r"(?:carbon monoxide|co) (?:alarm|detector)\b.{0,20}(?:beep\w*|going off|sounding|went off|keeps)",
    # A whole pack finished; fumes from a heater, boiler or generator with symptoms; other languages.
    r"(?:finished|emptied|went through|took|swallowed|downed|ate) (?:a |the |her |his |my )?(?:whole |entire )?(?:pack|packet|bottle|box|strip|blister|tub) of"
    r" (?:her |his |my |the )?(?:pills|tablets|meds|medicine|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|codeine|sleeping|painkillers"
    r"|antidepressants|xanax|valium|diazepam|sertraline|prozac|insulin|lithium|benadryl|nytol|melatonin|iron|vitamins)",
    r"(?:heater|boiler|furnace|generator|camping stove|fireplace|barbecue|grill)\b.{0,60}\b(?:headaches?|dizzy|drowsy|sick|faint|confused|vomit\w*)"
    r"|(?:headaches?|dizzy|drowsy|faint)\b.{0,60}\b(?:heater|boiler|furnace|generator|fireplace|camping stove)\b",
    r"(?:أ|ا)?(?:خذت|بلعت) (?:كل|جميع) (?:ال)?(?:حبوب|أقراص|اقراص|دواء|أدوية)|ininom ko (?:ang )?lahat ng (?:gamot|tableta|pills)|安眠药|误吃|吃了(?![一半两1-2](?:片|粒|颗|次))(?!.{0,4}(?:感冒|退烧|止咳|维生素|胃|止痛))(?!.{0,6}(?:药片|药丸).{0,3}(?:一|两))?.{0,6}药|все таблетки|(?:много|кучу|пачку|упаковку|горсть|десяток|\d+) (?:\w+ )?таблеток|таблеток (?:\w+ )?(?:выпил\w*|проглотил\w*|съел\w*)|(?:выпил\w*|проглотил\w*|наглотал\w*) (?:\w+ ){0,2}таблеток|ilaçları içtim|tabletki|maraming gamot",
    # A cleaner, bleach or pesticide drunk, pills swallowed (Arabic); pills mixed with drink
    # (Spanish); too much medicine, poisoned (Tagalog).
    r"(?:شرب|بلع|ابتلع)\w* (?:\w+ ){0,2}(?:منظف|مبيض|كلور|مبيد|كاز|بنزين|ديتول|حبوب|دواء|أدوية|ادوية|بطارية)"
    r"|mezcl[eé] (?:\w+ ){0,3}(?:pastillas|medicamentos|pastis)\b.{0,40}\b(?:alcohol|vino|cerveza|tequila|ron|vodka)"
    r"|sobrang gamot|nakainom ng (?:\w+ )?(?:gamot|lason|bleach|zonrox|muriatic)|uminom ng (?:maraming|sobrang)"
    r" (?:gamot|tableta)|nalason",
    r"(?:i|i'?ve|ive|he|she|they|just|has|have|had|think i|might have) (?:(?!sees?\b|saw\b|treats?\b|handles?\b|deals?\b|reads?\b|hears?\b)\w+ )?overdos\w*"
    r"|overdosed|took an overdose|\bod'?d\b|\bod(?:ed|ing)\b",
    # ... "be taken with" asks whether two go together (task 8jj: "can st johns wort be taken
    # with the pill"), never that something was taken.
    r"(?:took|(?<!\bbe )taken(?! (?:with|alongside|together|at the same time))|swallowed|ate|eaten"
    r"|downed|drank|drunk|popped|chewed on|got into)"
    r" .{0,40}(?:pills?|tablets?|meds|medicines?|medication|capsules|prescription|xanax|tylenol"
    # (not one bottle drunk, of water: "could it be dehydration, i only drank one bottle", held-out 88)
    r"|paracetamol|ibuprofen|aspirin|codeine|insulin|(?<!drank one )(?<!drunk one )(?<!drank 1 )bottle"
    r"(?! of (?:water|juice|squash|coke|soda|milk|lucozade|gatorade|powerade)\b)|all (?:of )?(?:my|her|his))",
    r"too (?:many|much) (?:of )?(?:my |her |his |their )?(?:pills|tablets|meds|medicine|insulin"
    r"|xanax|molly|tylenol)",
    r"(?:swallowed|drank|drunk|ingested|ate|eaten|chewed|got into|had) (?:some |a |an |the )?"
    # ("cleaning" only as a product: not "had a disagreement about cleaning", probe 76 of the fourth
    # session of 2026-12-07)
    r"(?:\w+ ){0,2}(?:bleach|detergent|antifreeze|batter(?:y|ies)|cleaner|cleaning(?! (?:the|my|our|up|out|rota"
    r"|schedule|duties|chores)\b)(?<!about cleaning)(?<!over cleaning)|pesticide"
    r"|weed ?killer|rat poison|poison|laundry pod|tide pod|dish ?(?:soap|washer)|lamp oil"
    r"|mushrooms)",
    r"poisoned\b",
    # ... not of water asked as trivia (task 8kk: "whats the lethal dose of water lol saw a tiktok").
    r"(?:lethal|fatal|deadly) (?:dose|amount)(?! of (?:plain )?water\b(?=[^.?!]*\b(?:lol|lmao|haha\w*|tiktok|video"
    r"|fun fact|curious|curiosity|wondering|random\w*|trivia|anyway|saw|read|heard)\b))"
    # ... nor of caffeine asked for someone else's habit (held-out 42: "whats the lethal dose of
    # caffeine, asking bc my bf drinks 6 monsters a day lol")
    r"(?! of (?:caffeine|coffee|energy drinks?|red ?bull|monsters?)\b(?=[^.?!]*\bmy (?:\w+ ){0,2}?(?:bf|gf|boyfriend"
    r"|girlfriend|friend|mate|husband|wife|dad|mum|mom|brother|sister|roommate|flatmate|partner|coworker|colleague|son"
    r"|daughter) (?:drinks|has|downs|chugs|lives on|gets through)\b))|how (?:many|much) .{0,40}(?:to|would|will|could)"
    r" (?:die|kill|not wake up|overdose|od\b)",
    r"would it take to (?:die|not wake up)|(?:pills?|tablets?) .{0,20}(?:kill(?! (?:the |my |your |those |these )?(?:cravings?|appetite|hunger|pain|germs|bacteria|bugs|urges?|headaches?|mood|buzz))|die)",
    # (not what kills cells or germs: "how much alcohol kills brain cells", held-out 51's conversations)
    r"(?:dose|amount|many|much)\b.{0,40}\b(?:fatal|lethal|deadly|kill\w*+(?! (?:off )?(?:brain cells|cells|germs|bacteria"
    r"|neurons|viruses|sperm|(?:the |your |my )?(?:gut )?(?:flora|bacteria|liver cells|good bacteria))\b))"
    r"|(?:cause|be) an overdose",
    # (never pills mixed up, one taken for another: "bf mixed up his pills and took his night one
    # in the morning", probe 66)
    r"mixed(?! up (?:my|his|her|their|the) (?:\w+ )?(?:pills|meds|tablets|medications?)\b(?! (?:with|and) [^.?!]{0,20}\b(?:alcohol|vodka|wine|beer|booze|drink\w*"
    r"|pills|meds|tablets|xanax|benzos?|opioids?)\b))"
    r" .{0,30}(?:pills|meds|alcohol|medications?)|took something|taken something"
    r"|injected too much|too much (?:of )?(?:heroin|fentanyl|molly|coke|meth|insulin)",
    r"(?:took|taken|swallowed|popped|downed|had) (?:like |about |around )?(?:a (?:bunch|handful|load|lot|heap|pack|strip|box)\b|(?:[5-9]|\d{2,}) (?!(?:mg|mcg|ml|g\b|minutes|mins?\b|hours?|hrs?|days?|weeks?|months?|years?|times|steps|coffees?|cups?|%|am\b|pm\b|k\b|lbs|kg|miles|km|calories|grams|seconds|secs|percent)))",
    # ("way too much" as "way too many": seed held-out 58; not work taken on, "i took too much on
    # at work", nor a vitamin or a food: "took way too much vitamin c and now i have a
    # stomach ache", tests/crisis_cases/h52.py)
    r"took (?:way |far |waaay |waay |so )?too (?:many|much)\b(?! on (?:at|with|lately|this|myself)\b)"
    r"(?! (?:of )?(?:my |the |his |her )?(?:vitamin|vitamins|vit|multivitamins?|fish oil"
    r"|creatine|protein|fib(?:re|er)|sugar|salt|sun)\b)"
    r"|took (?:double|twice|extra|all)\b"
    r"|got into (?:the|my|his|her) (?:vitamins|pills|meds|medicine)",
    # (held-out 96: "is it bad i took ashwagandha gummies and like 10 of my clonazepam", a count of
    # one's own sedatives named after something else)
    r"\b(?:and|plus|with|then) (?:like |about |around |maybe |prob(?:ably)? )?(?:[5-9]|\d{2,}) of (?:my|her|his|their"
    r"|mum'?s|mom'?s|dad'?s) (?:" + SEDATIVE + r")\b",
    r"(?:drank|drunk|swallowed|ate|ingested|chewed) (?:some |a |an |the )?(?:\w+ ){0,2}(?:windex|rubbing alcohol|bait|magnets?|cigarettes?|berries|nicotine|e-?liquid|vape juice|methanol|paint thinner|gasoline|petrol|kerosene)",
    r"(?:took|taken|on|snorted|smoked|vaped|injected) (?:some |a |an |his |her |my )?(?:\w+ )?(?:ecstasy|molly|mdma|meth|coke|cocaine|heroin|fentanyl|acid|lsd|ketamine|spice|k2|something)\b"
    r".{0,40}(?:overheat\w*|burning up|confus\w*|seiz\w*|unconscious|not breathing|blue|collapsed|racing|chest|hard to wake|can'?t move|paranoid|passed out)",
    r"(?:ate|eaten|swallowed|drank|chewed) (?:a |some |his |her |my |the |\w+'?s )?(?:\w+ ){0,2}(?:gummy|gummies|capsule|nail polish remover|lighter fluid|vitamins with iron|iron tablets)",
    r"adult dose|(?:wrong|double|triple) dose|mixed .{0,20}with .{0,20}(?:valium|xanax|pills|meds)"
    r"|demasiado paracetamol|trop de cachets|zu viele pillen|zu viele tabletten",
    r"\bod (?:on|'?d)\b|(?:have|got|think) .{0,25}carbon monoxide|(?:breathed|inhaled) (?:in )?(?:fumes|gas)",
    r"trop de m[ée]dicaments|aval[ée] des (?:m[ée]dicaments|pilules)|troppe pillole|schlaftabletten|putzmittel(?! (?:\w+ )?(?:giftig|gef[äa]hrlich|sicher|f[üu]r)\b)"
    r"|se tom[oó] un medicamento|rem[ée]dios demais",
    r"aval[ée]e? (?:tou(?:te|s|tes) )?(?:la |le |les |une |un )?(?:bo[iî]te|plaquette|flacon|tube)"
    r"|pris tou(?:s|tes) (?:mes|ses|les) (?:cachets|comprim[ée]s|m[ée]dicaments|pilules)"
    r"|trop de comprim[ée]s",
    r"(?:me|se) tom[eéoó] (?:todas|todos|toda|una caja|un frasco|el frasco|el doble|el triple)"
    r"|tom[eé] demasiad[ao]s|tomei (?:todos|todas|uma cartela|uma caixa|um frasco)"
    r"|(?:tomou|tomei) rem[ée]dios? demais|[aá]gua sanit[aá]ria",
    r"(?:alle|ganze packung|eine packung)\b.{0,30}\b(?:geschluckt|genommen)"
    r"|zu viele \w+ (?:geschluckt|genommen)",
    r"(?:preso|presa|ingoiato) tutt[ei] (?:le|i) \w+|troppi farmaci|troppe (?:compresse|pastiglie)"
    r"|candeggina",
    # Pills named in another language: only with a word of taking or of quantity beside
    # them ("mi abuela toma pastillas para la presión" is an ordinary question).
    r"(?:tom[eéoó]|tomad[ao]|tomei|tomou|tragu[eé]|trag[oó]|engol\w*|pris|aval\w*|genommen"
    r"|geschluckt|preso|presa|ingoiat\w*|todas|todos|muchas|demasiad\w*|trop|tou(?:te)?s|alle"
    r"|zu viele|tutte|troppe|caja|bo[iî]te|packung|frasco|cartela)\b"
    # ... not one's daily medicine taken as usual ("me tomo mis pastillas de la tension cada mañana").
    r"(?! (?:\w+ )?(?:mis|meus|minhas|mes|meine|i miei|le mie) (?:\w+ )?(?:pastillas|rem[eé]dios|comprimidos|cachets"
    r"|tabletten|pillole)(?: (?:de|da|do|para|pour|f[üu]r|per) (?:la |a |o )?\w+)? (?:cada|todas las|todos os|de|da|esta"
    r"|hoje|hoy|ce|le|chaque|jeden|heute|ogni|stamattina|la mattina|por la|pela|como|wie|come|as usual)\b).{0,40}"
    r"\b(?:pastillas|pilules|tabletten|comprimidos|comprim[ée]s|cachets|rem[eé]dios|pillole"
    r"|pastiglie|compresse)|(?:pastillas|pilules|tabletten|comprimidos|rem[eé]dios)\b.{0,30}"
    r"\b(?:de m[aá]s|demais|de trop|zu viel|geschluckt|aval[ée]\w*|ingoiat\w*|engoli\w*"
    r"|tragad\w*)",
    # A harmful amount asked for: dozens at once, enough of a sleep or cough medicine to trip.
    r"\b(?:take|taking|swallow\w*|pop|popping|eat|eating)\b (?:like |about |around )?(?:[2-9]\d|\d{3,}) (?!(?:mg|mcg|ml|g|units?|iu|milligrams?)\b)(?:of )?(?:my |the |his |her )?"
    r"(?:\w+ )?(?:pills|tablets|caps\w*|ibuprofen|advil|tylenol|paracetamol|acetaminophen|aspirin|benadryl|xanax|melatonin"
    # ... or of a prescription medicine named ("what happens if you take 30 sertraline").
    r"|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram|celexa|paxil|paroxetine|amitriptyline"
    r"|trazodone|mirtazapine|lithium|ambien|zolpidem|valium|diazepam|klonopin|clonazepam|ativan|lorazepam"
    r"|alprazolam|codeine|tramadol|oxycodone|oxy|percocets?|vicodin|gabapentin|seroquel|quetiapine|propranolol)"
    r"\b(?! (?:a|per|each|every|over (?:a|the)) (?:day|week|month|year))",
    r"(?:benadryl|diphenhydramine|\bdph\b|dxm|dextromethorphan|robitussin|cough syrup|dramamine|dimenhydrinate|nutmeg"
    r"|loperamide|imodium|coricidin|nyquil|zzzquil|unisom|gravol)\b.{0,50}\b(?:to trip|trip(?:ping)? on|get high|getting high"
    r"|hallucinat\w*|robo-?trip\w*|get messed up)|(?:trip|get high|getting high|hallucinate)\b.{0,40}(?:benadryl|diphenhydramine"
    r"|\bdph\b|dxm|robitussin|cough syrup|dramamine|nutmeg|loperamide|imodium|coricidin|nyquil)",
    r"zu viele? (?:\w+ ){0,4}(?:genommen|geschluckt|eingenommen)|te veel (?:pillen|tabletten|medicijnen)|alle (?:pillen|tabletten) (?:ingenomen|geslikt)",
    # (the nouns for poisoning are topics, below: quiet in a general question)
    r"l[eé]jia|eau de javel|veneno|envenen(?!amiento)\w*|empoisonn(?!ement)\w*|vergift(?!ung)\w*"
    r"|avvelen(?!amento)\w*",
    # Fifth session of 2026-12-05 (held-out 67 and 68, development probes): someone "odding" now
    # ("my friend is odding at this party what do i do"); a whole strip or blister of a medicine
    # swallowed ("just swallowed a whole strip of my gabapentin, what happens now").
    r"\b(?:is|are|am|was|he'?s|she'?s|hes|shes|they'?re|theyre|im|i'?m|i think (?:he|she|they)'?(?:s|re)?)"
    r" (?:\w+ )?(?:od'?ing|odding|o\.d\.ing|overdosing)\b",
    r"\b(?:took|taken|swallowed|downed|popped|ate|had|chewed) (?:a |the |my |his |her )?(?:whole|full|entire)"
    r" (?:strip|blister|sheet|pack|packet|box|bottle|tub|card)s? (?:of|from)\b(?![^.?!]*\b(?:gum|mints?|sweets"
    r"|candy|crisps|chocolate|biscuits|cookies|vitamin gumm\w*|tic ?tacs?|ice ?cream|hummus|yogh?urt|popcorn|pringles"
    r"|nutella|peanut butter|cookie dough|ben (?:and|&) jerry'?s|gelato|sorbet|protein powder)\b)",
    # Held-out 71 (a development probe of the sixth session of 2026-12-05): a baby who chewed open a
    # bottle, not sure how many are missing; a lid off the antidepressants with pills missing; a
    # four-year-old who drank half a bottle of drops.
    r"\b(?:baby|toddler|kid|child|son|daughter|\d ?(?:yo|y/o|yr old|year old)|little one|twins?)\b[^.?!]{0,40}"
    r"\b(?:chewed|opened|got into|bit|broke|bitten) (?:open |into |through )?(?:a |the |my |his |her )?"
    r"(?:(?:lid|cap|top|seal) (?:off|of) (?:a |the |my |his |her )?)?"
    rf"(?!{_NOT_MEDICINE}\b)(?:\w+ )?"
    rf"(?:bottle|pack|packet|box|container|tub|blister)\b(?! of {_NOT_MEDICINE}\b)"
    r"[^?!]{0,40}\b(?:how many (?:are|were|is|went) missing"
    r"|(?:some|pills|tablets|a few|a couple) (?:are |were )?missing|how many (?:he|she|they) (?:took|ate|had"
    r"|swallowed)|(?:drank|drunk|had|swallowed|ate) (?:some|a bit|a little|it)\b|not sure how much)",
    r"\b(?:lid|cap|top) (?:is |was |came )?off (?:my|the|his|her|mums?|moms?|dads?) (?:\w+ )?(?:pills|tablets|meds"
    r"|medication|antidepressants|painkillers|bottle|vitamins)\b[^.?!]{0,40}\bmissing\b",
    r"\b(?:\d ?(?:yo|y/o|yr old|year old)|toddler|baby|kid|son|daughter|little one|child)\b[^.?!]{0,20}\b(?:drank"
    r"|drunk|swallowed|downed|got into) (?:the |my |some |a |his |her )?(?:\w+ ){0,3}?(?:drops|syrup|liquid"
    r"|medicine|tincture|supplement)\b[^.?!]{0,30}\b(?:half|most|all|whole|entire) (?:of )?(?:the |a |my )?"
    r"(?:bottle|pack|tub)\b",
    # Held-out 64: a dog's tablets missing while a son played with the bottle; a bottle of iron
    # tablets open with some missing after a toddler was in the cabinet.
    r"\b(?:tablets|pills|meds|capsules|gummies|medicine|chews) (?:are|were|is) missing\b[^.?!]{0,30}\b(?:my|the)"
    r" (?:son|daughter|toddler|kid|baby|little one|\d ?(?:yo|y/o|yr old|year old))\b[^.?!]{0,20}\b(?:was|were|has"
    r" been|had been) (?:playing with|holding|chewing|in|into|near)\b",
    r"\b(?:bottle|pack|packet|box|tub|container) of (?:my|the|his|her|mums?|moms?|dads?|grans?|nans?) (?:\w+ )?"
    r"(?:pills|tablets|meds|medication|capsules|vitamins|gummies)\b (?:is|was) (?:open|opened|undone)\b[^.?!]{0,30}"
    r"\bmissing\b",
    # A small child found with someone's tablets, some missing (held-out 72, development data since
    # the session of 2026-12-06: "found my 2yo with the cats thyroid tablets, some are missing")
    r"\b(?:found|caught|saw|spotted|walked in on) (?:my|our|the) (?:\w+ )?(?:baby|toddler|kid|child|son|daughter"
    r"|\d ?(?:yo|y/o|yr old|year old)|little one|twins?)\b (?:with|holding|playing with|chewing(?: on)?|eating)"
    r" (?:the |my |his |her |our |a |some |their )?(?:[\w']+ ){0,3}?(?:pills|tablets|meds|medication|capsules"
    r"|medicine|gummies)\b[^.?!]{0,40}\b(?:missing|gone|ate some|swallowed|in (?:his|her|their) mouth)\b",
    # A lot of one's tablets taken, "like the whole pack", and dizzy (held-out 77, a development set
    # of the session of 2026-12-06)
    r"\b(?:taking|took|taken|swallow\w*|had|popped|downed) (?:a lot|loads|lots|a bunch|heaps|too many|way too many)"
    r"(?: of)? (?:my |his |her |their |the )?(?:[\w-]+ ){0,3}(?:tablets|pills|meds|capsules)\b[^.?!]{0,30}\b(?:the )?"
    r"(?:whole|entire|full) (?:pack|packet|box|bottle|strip|blister|tub)\b",
    # Many times the dose taken (held-out 81, development data of the fourth session of 2026-12-06:
    # "im on day 3 of taking 10x the dose of l-tyrosine and my heart keeps skipping"); never a dose
    # a doctor set, nor asked about in general
    r"(?:^|(?<=[.?!] )|(?<=[.?!]))(?![^.?!]*\b(?:doctor|gp|prescrib\w*|told (?:me|him|her) to|advised|pharmacist"
    r"|as directed|loading dose)\b)[^.?!]*?"
    r"(?<!\byou )(?<!\bif )\b(?:taking|took|taken|been taking|take|taking like|swallowed|had|downed) (?:like |about |around"
    r" |maybe |nearly |almost )?(?:\d+|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred) ?(?:x|times) (?:the"
    r" |my |his |her |their |what|whats )?(?:[\w-]+ )?(?:dose|dosage|amount|recommended|daily|max\w*|limit|label|it says)"
    r"(?![^.?!]*\b(?:doctor|gp|prescrib\w*|told (?:me|him|her) to|advised|pharmacist|as directed|loading dose)\b)",
    # Held-out 83's conversations: a small child in the house and a bottle found open with half of
    # it gone ("my son is 2", "we just got home from the vet with the dog's pills", then "the bottle
    # is open on the floor and there are only half left": the turns read joined)
    r"\b(?:baby|toddler|kid|child|son|daughter|\d ?(?:yo|y/o|yr old|year old)|little one|twins?)\b[^?!]{0,120}"
    rf"\b(?:bottle|pack|packet|box|container|tub|jar)\b(?! of {_NOT_MEDICINE}\b)[^.?!]{{0,20}}?\b(?:is |was |got |been )?(?:open|opened|on the floor"
    r"|knocked over)\b[^?!]{0,50}\b(?:only (?:half|a few|some|a couple) (?:are |is )?left|half (?:of (?:them|it) )?(?:are"
    r" |is )?(?:gone|missing)|some (?:are |were )?missing|(?:pills|tablets) (?:are |were )?missing)\b",
    # Held-out 88 (a development set of the sixth session of 2026-12-06): pills overdone, then a
    # sign ("think i overdid the iron pills, threw up blood"); how many is too many asked with the
    # number taken told ("how many 200mg caffeine pills is too many, i took 8"; never vitamins or
    # gummies); told after taking a supplement not to mix it with one's medicine, and a sign now
    # ("took my l-tyrosine and someone just told me not to mix it with my phenelzine, now my head is
    # pounding like crazy").
    r"\boverd(?:id|one|oing|o) (?:it )?(?:on |with )?(?:the |my |his |her |some )?(?:[\w-]+ ){0,2}(?:pills|tablets|meds"
    r"|capsules|tabs|painkillers)\b[^?!]{0,60}\b(?:threw up|throwing up|vomit\w*|puk\w*|blood|pass\w* out|faint\w*"
    r"|heart (?:is )?(?:racing|pounding)|can'?t breathe|cant breathe|confus\w*|seiz\w*|chest|collaps\w*)",
    sentence_without(_SUPPLEMENT, r"probiotics?|mints|tic ?tacs|cups?|coffees?|shots|drinks")
    + r"[^.?!]*?\b(?:pills?|tablets?|caps(?:ules)?|tabs|meds|painkillers?"
    r"|paracetamol|tylenol|ibuprofen|advil|aspirin|benadryl|xanax|valium)\b[^.?!]{0,60}\b(?:i|ive|i'?ve|i have|i just)"
    r" (?:just )?(?:took|taken|had|swallowed|popped|downed) (?:like |about |around |maybe |nearly |almost )?(?:[5-9]"
    r"|\d{2,}|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?= *(?:$|[.,!?;]|already|now|so far|today|tonight"
    r"|earlier|lol|tho|though|of them))",
    r"\b(?:told|tells|said|says|read|warned) (?:me )?(?:not to|never to|you (?:shouldn'?t|shouldnt|can'?t|cant)"
    r"|i (?:shouldn'?t|shouldnt|can'?t|cant)) (?:mix|take|combine) (?:it|them|that|this|those)? ?(?:with|and)\b"
    r"[^?!]{0,40}\b(?:now|and now)\b[^?!]{0,20}\b(?:(?:my )?head (?:is |'?s )?(?:pounding|exploding|killing me|splitting)"
    r"|pounding head|heart (?:is |'?s )?(?:racing|pounding)|chest (?:hurts|pain|is tight)|can'?t breathe|cant breathe"
    r"|(?:can'?t|cant) see|blurr\w*|confus\w*|shaking|throwing up|vomit\w*)",
    # Held-out 97 (blind in the fourth session of 2026-12-07, development data since the fifth): a
    # person found with an empty packet, bottle or blister of pills (never a toy or a sweet).
    r"\bfound (?:him|her|them|me|my \w+|(?:him|her|them) )?(?:with|next to|beside|holding|clutching) (?:an?|the|two"
    r"|three|several|some) (?:\w+ )?empty (?:packets?|packs?|bottles?|boxes|box|blisters?|blister packs?|strips?)"
    r"(?: of (?:\w+ ){0,2}(?:pills|tablets|meds|medicine|antihistamines|paracetamol|tylenol|ibuprofen|sleeping pills"
    r"|painkillers|\w+ine|\w+ol|\w+am))?\b(?![^.?!]{0,30}\b(?:sweets|candy|crisps|chips|biscuits|cookies|juice|beer"
    r"|wine|milk|formula|toys?|lego)\b)",
]

# A large number of a medicine taken recently: a crisis even when the person "seems fine" (an
# overdose of paracetamol harms a day or more later): never quieted as a scare that ended well.
# Ten or more, or a whole bottle or pack; vitamins and supplements are not medicines here.
MANY_TAKEN = (
    r"\b(?:took|taken|swallowed|popped|downed|ate|had)\b (?:like |about |around |maybe |almost |over |at least )?"
    r"(?:[1-9]\d|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif)ty|a dozen"
    r"|(?:a|the|her|his|my) (?:whole|entire|full) (?:bottle|box|pack|packet|strip|blister|tub|jar))\b"
    r"(?! ?(?:mg|mcg|ml|g\b|minutes|mins?\b|hours?|hrs?|days?|weeks?|months?|years?))"
    r"(?:\s+(?:of\s+)?(?:her|his|my|their|the|those|these)?\s*\w*){0,2}?\s*"
    r"(?:pills?|tablets?|tabs|caps\w*|meds|medicines?|painkillers?|tylenol|paracetamol|acetaminophen|panadol"
    r"|ibuprofen|advil|motrin|nurofen|aspirin|excedrin|aleve|benadryl|xanax|ambien|sleeping pills"
    r"|antidepressants?|sertraline|zoloft|prozac|fluoxetine|lithium|insulin|iron pills|of them|of mine"
    r"|of (?:his|hers|theirs))\b"
)
RECENT = r"\b(?:earlier|today|tonight|this (?:morning|afternoon|evening)|last night|yesterday|(?:an|one|two|a few|few|\d+) (?:hours?|hrs?) ago|just now)\b"

_VITAMIN = r"(?:multi ?)?vitamin|supplement|fish oil|probiotic"
# "had" an illness or a child twice is no dose ("had covid twice").
_NOT_ILLNESS = r"(?! (?:covid|corona|the flu|flu|a cold|colds|pneumonia|strep|chicken ?pox|shingles|a baby|babies|kids|surgery)\b)"
_DRUGS = r"(?:pills?|tablets?|meds|medications?|medicines?)"
TOPICS = [
    r"overdos\w*|[üu]berdosis|sobredosis|surdose|overdose",
    # Poisoning named as a noun in Spanish, French, German and Italian (probe 59's conversations:
    # "kann man von nahrungsergänzungsmitteln eine vergiftung bekommen")
    r"envenenamiento|empoisonnement|vergiftung(?:en)?|avvelenamento",
    # A poison named alone is a topic: quiet in a general question (held-out 37: "how do those
    # antifreeze cases even happen" after a case in the news); told swallowed, it is a statement.
    r"rat poison|weed ?killer|antifreeze|laundry pod|tide pod",
    # A swallowed battery is told as often as asked about ("why are button batteries dangerous").
    r"(?:button|coin|knopf) ?(?:cell|batter\w*)|pila de bot[oó]n|pile bouton|knopfbatterie|batteria a bottone"
    r"|bateria de bot[aã]o",
    # ... not a vitamin or a supplement (not medicines here, as in `signs.amount_and_sign`), unless
    # pills or medicines are told after it ("took my vitamins twice and also 30 of my sleeping pills").
    rf"(?:took|taken|gave|given|had{_NOT_ILLNESS}) (?:(?!{_VITAMIN}).){{0,30}}(?:double|twice|three times|extra)\b"
    rf"(?!(?: \w+){{0,4}}? {_VITAMIN})|(?:double|extra) dose"
    rf"|(?:took|taken|gave|given|had) .{{0,30}}(?:double|twice|three times|extra)\b(?=.*\b{_DRUGS}\b)",
]
