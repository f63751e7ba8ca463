"""More crisis kinds recognised by concept (read by `concepts`, same form: a rule is a few word
groups, all of which must be found in any order). These are kinds told by their signs rather than
by a crisis word: a head knock with red flags, a child and a dangerous product, tablets counted up
over an afternoon with symptoms, wounds kept open or hidden, starving as a punishment, a method
looked up or a plan with the means, a loved one asking for help to die, blacking out with a racing
heart, injuries on a child shaped like abuse, a veiled threat to bring "something".

`ASKED_ABOUT` names the rules a general question that names no one leaves ordinary ("what are the
signs of a concussion, like vomiting or confusion"); `UNLESS` the words that make a rule's reading
ordinary (acne picked at, a tattoo covered, a bite from another toddler at daycare).
"""

from __future__ import annotations

from app.safety.patterns.words import _ME

CHILD = (
    r"baby|babies|infant|newborn|toddler|kid|kids|child|children|(?:step)?son|(?:step)?daughter|niece|nephew|grandchild"
    r"|grandkid|grandson|granddaughter|little (?:one|sister|brother|sis|bro|girl|boy|man)"
    r"|(?:\d+|one|two|three|four|five) ?(?:yo|y/o|year old|yr old|month old|months old)"
    r"|filh[oa]|hij[oa]|ni[ñn][oa]|beb[eéê]|enfant|fils|fille|b[ée]b[ée]|(?:mein|unser|das) kind|sohn|tochter|figli[oa]|bambin[oa]"
)
# A knock to the head, and what makes it an emergency.
HEAD_HIT = (
    r"(?:hit|hits|bumped|bumps|banged|bangs|smacked|smashed|knocked|cracked|whacked|landed on|fell on"
    r"|fell onto|falls on) (?:\w+ ){0,2}head|head (?:injury|injuries|knock|bump|trauma|first|on the)"
    r"|(?:onto|on) (?:his|her|my|their|the back of (?:his|her|my|their)) head|concuss\w*"
    r"|knocked (?:out|unconscious)|no helmet|without (?:a|his|her) helmet|(?:to|in|on) the head"
    r"|head (?:hit|struck|smashed|slammed|bounced off|went into)"
    r"|bateu (?:com )?a cabe[çc]a|golpe\w* (?:en )?la cabeza|cogn[ée] la t[êe]te|kopf (?:gesto[ßs]en|angeschlagen)"
    r"|battuto la testa|(?:tomb\w*|cogn\w*) sur la t[êe]te|(?:ca[ií]\w*|golpe\w*) (?:de |en |con |na |com )?(?:la |a )?cabe(?:za|[çc]a)"
    r"|auf den kopf (?:gefallen|geknallt)|(?:caduto|caduta|battuto|sbattuto) (?:sulla|la) testa"
)
HEAD_RED = (
    r"confus\w*|disoriented|out of it|(?:keeps?|kept) asking|asking the same|same question|repeat\w* (?:him|her|them)sel"
    r"(?:f|ves)|(?:doesn'?t|doesnt|does not|can'?t|cant) remember|vomit\w*|throw\w* up|threw up|thrown up"
    r"|been sick|being sick|sick (?:twice|again|\d+ times|(?:two|three|four|several|a few) times|more than once)"
    r"|drows\w*|sleepy|wants to sleep|(?:keeps?|kept) (?:falling asleep|dozing)|won'?t wake|wont wake|hard to wake"
    r"|keep (?:his|her|their) eyes open|pupils?|slurr\w*|seiz\w*|fitting|blacked out|passed out|knocked out"
    r"|unconscious|clear fluid|fluid (?:from|out of|coming)|blood (?:from|out of|coming out of) (?:his|her|my|their)"
    r" (?:ear|nose)|worst headache|stumbl\w*|wobbly|(?:can'?t|cant) (?:walk|stand)|double vision|seeing double"
    r"|not acting like (?:him|her)self|acting (?:weird|strange|odd|drunk)|vomitou|vomit[oó]|confus[oa]"
    r"|sonolent\w*|somnolent\w*|schl[äa]frig|erbrochen"
)
# A child and a dangerous product: patches, a whole bottle, batteries, magnets, someone's pills.
INGEST = (
    r"ate|eaten|eating|swallowed|swallowing|chewed|chewing|sucked|sucking|licked|licking|drank|drunk|drinking"
    r"|got into|gotten into|got hold of|had|took|in (?:his|her|their) mouth|tomou|bebeu|comeu|engoliu|mastig\w*|tom[oó]|bebi[oó]"
    r"|comi[oó]|trag[oó]|a bu|a mang[ée]|a aval[ée]|getrunken|gegessen|verschluckt|geschluckt|ha bevuto"
    r"|ha mangiato|ha ingoiato"
)
MEDS = (
    r"pills|tablets|medicines?|meds|syrup|calpol|tylenol|motrin|nurofen|benadryl|vitamins|gummies|melatonin"
    r"|iron|antidepressants|painkillers|sleeping pills|blood pressure pills"
)
PRODUCT = (
    r"(?:fentanyl|opioid|morphine|buprenorphine|nicotine|pain|duragesic|butrans|clonidine|scopolamine"
    r"|testosterone|hormone) patch\w*|patch\w* (?:of|with) (?:fentanyl|morphine)"
    rf"|(?:whole|entire|full|half (?:a|the)|all (?:of )?the|rest of the|most of (?:a|the)) (?:\w+ ){{0,2}}"
    rf"(?:bottle|packet|pack|box|sheet|strip|tube|jar|container|blister)s? of (?:\w+ ){{0,2}}(?:{MEDS})"
    rf"|(?:whole|entire|all (?:of )?(?:the|his|her|my)) (?:\w+ ){{0,2}}(?:{MEDS})"
    r"|(?:xarope|jarabe|sirop|sciroppo|sirup|medicamento|rem[eé]dio|frasco|flacon|flacone|vidro)"
    r" (?:enter[oa]|inteir[oa]|entier|intero|ganz\w*)|(?:todo|toda|tout) (?:o|a|el|la|le) (?:xarope|jarabe|frasco|sirop|flacon)"
    r"|ganze (?:flasche|packung)|button batter\w*|coin batter\w*|lithium batter\w*|magnets|e-?liquid"
    r"|vape (?:juice|liquid)|nicotine (?:pouch\w*|gum|liquid)|lamp oil|antifreeze|methadone|suboxone"
    r"|edibles?|(?:thc|weed) gumm\w*|(?:someone|grandma|grandpa|nana|granny|dad|mom|mum|uncle|aunt)'?s (?:\w+ ){0,2}(?:pills|tablets|meds)"
    r"|my (?:\w+ ){0,2}(?:pills|tablets|meds)|snus|zyn|nicotine pouch\w*|cigarette butts?|chewing tobacco|iron (?:pills|tablets)|(?:dishwasher|laundry|detergent) (?:pods?|tablets?)"
    r"|bleach|drain cleaner|oven cleaner"
    # Pet and household products (held-out 27): flea or tick treatment, hand sanitizer, rat bait.
    r"|(?:flea|tick|worm(?:ing)?|de-?worm\w*) (?:\w+ )?(?:treatment|drops|tube|pipette|spot-?on|collar|shampoo|spray"
    r"|tablets?|medicine|meds|liquid|paste|powder|granules|chews?)|spot-?on|hand (?:sanitizer|sanitiser|gel)|sanitizer|sanitiser|rubbing alcohol"
    r"|nail polish remover|acetone|mouthwash|essential oils?|weed ?killer|slug pellets|insecticide|bug spray"
    r"|pesticide|rat (?:bait|poison)|mothballs?|(?:paraffin|kerosene|lighter fluid)"
)
# Tablets counted up over hours, with symptoms or a total.
TAKEN = (
    r"took|taken|taking|had|have had|swallowed|popped|popping|downed|necked|gone through|ate|eaten"
)
OD_COUNT = (
    r"(?:[6-9]|[1-9]\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|a dozen|a handful)"
    r" (?:\w+ )?(?:tablets|pills|caps|capsules|tabs|ibuprofen|advil|tylenol|paracetamol|acetaminophen"
    r"|panadol|aspirin|nurofen|aleve|naproxen|co-?codamol|codeine|tramadol|benadryl|xanax|valium|ambien)"
)
OD_SIGN = (
    r"since (?:lunch|breakfast|this morning|last night|earlier|noon|dinner|i woke up)|all day|in total|total"
    r"|altogether|all together|(?:kept|keep|been) (?:taking|popping)|one after (?:another|the other)"
    r"|(?:in|over|within) the (?:last|past) (?:\d+|few|couple of|two|three|four|five|six) (?:hours?|hrs?)"
    r"|stomach (?:is |feels )?(?:burning|on fire|hurts|pain|cramping)|vomit\w*|throwing up|threw up|ringing"
    r"|tinnitus|dizzy|drowsy|confused|shaky|(?:can'?t|cant) stay awake|heart (?:is )?(?:racing|pounding)"
    r"|sweat\w*|yellow"
)
# A large amount of a medicine taken, with a sign of it now ("my friend took a ton of her ssris and
# now shes barely awake"): amount words, then a medicine, a class of them or pills; then drowsiness
# that will not lift, slow breathing, vomiting, collapse. Vitamins, supplements and melatonin are
# not in the list ("took a bunch of vitamin c and now im wide awake").
DRUG = (
    r"pills|tablets|tabs|caps|capsules|meds|medicines?|medications?|prescriptions?|ssris?|snris?"
    r"|antidepressants?|anti-?depressants?|benzos?|opioids?|opiates?|painkillers?|pain ?killers?"
    r"|sleeping (?:pills|tablets|meds)|sleep meds|xanax|xans|bars|valium|klonopin|ativan|ambien"
    r"|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|aspirin|codeine|tramadol|oxy\w*"
    r"|percs?|percocets?|vicodin|norco|lithium|seroquel|quetiapine|gabapentin|lyrica|adderall"
    r"|insulin|prozac|zoloft|sertraline|fluoxetine|lexapro|citalopram|escitalopram|paxil|wellbutrin"
    r"|trazodone|amitriptyline|benadryl|antihistamines?|muscle relaxers?|(?:heart|bp|blood pressure) (?:pills|meds)"
)
AMOUNT = (
    r"a (?:\w+ )?tonn?e?|tons|a bunch|bunches|a whole (?:bunch|lot|load|bottle|pack|packet|box|strip|sheet)"
    r"|a lot|lots|a load|loads|a heap|heaps|a handful|handfuls|a fistful|so many|way too many|dozens"
    r"|a dozen|(?:half|most) (?:of )?(?:a|the|her|his|their|my) (?:bottle|pack|packet|box|strip)"
    r"|a (?:bottle|pack|packet|box|strip|sheet)|(?:like|about|around|maybe|probably|over) (?:\d{2,}|[5-9]|twenty|thirty|forty|fifty)"
    r"|\d{2,}|twenty|thirty|forty|fifty"
)
AMOUNT_TAKEN = (
    rf"(?:took|taken|taking|swallowed|popped|popping|downed|had|ate|eaten|necked|chugged|did)"
    rf" (?:{AMOUNT}) (?:of )?(?:(?!mg\b|mcg\b|ml\b|milligrams?\b|grams?\b|g\b|vitamins?\b|supplements?\b)\w+'?s? ){{0,2}}(?:{DRUG})\b(?! to take| i (?:have|had|need) to)"
)
SIGN_NOW = (
    r"bar(?:e?ly|ley|elly) (?:awake|conscious|breathing|responding|responsive|moving|making sense)"
    r"|(?:can'?t|cant|cannot|couldn'?t|couldnt|won'?t|wont|will not|doesn'?t|doesnt|isn'?t|isnt|not) (?:\w+ )?(?:wake|waking|rouse|stay awake|respond\w*)"
    r"|hard to wake|(?:keeps?|kept) (?:falling asleep|nodding off|passing out)|nodding (?:off|out)"
    r"|pass(?:ed|ing|sed)? out|blacked out|unconscious|unresponsive|(?:breathing|breaths?) (?:is |are |really |so |very )*(?:slow|shallow|weird|funny|rattly)"
    r"|slow(?:ed)? (?:down )?breathing|shallow breathing|throwing up|threw up|vomit\w*|puking|puked"
    r"|(?:lips|face) (?:are |is )?(?:turning )?(?:blue|grey|gray)|seiz\w*|fitting|foaming"
)
# Wounds kept open on purpose; wounds or marks hidden; food refused as a punishment.
PICK = (
    r"pick\w*|scratch\w*|rip\w*|tear\w*|tore|dig\w*|peel\w*|gouge\w*|reopen\w*|re-open\w*|scrap\w*"
    r"|pull\w* (?:at|off|open)"
)
SORE = (
    r"wounds?|scabs?|cuts?|scars?|sores?|stitches|burns?|(?:same|one) (?:spot|place|area)"
    r"|(?:my|the) (?:skin|arms?|legs?|thighs?|wrists?)"
)
KEPT_OPEN = (
    r"on purpose|deliberately|intentionally|so (?:it|they) (?:never|don'?t|dont|won'?t|wont|can'?t|cant"
    r"|doesn'?t|doesnt) heal|never heals?|(?:until|till|til|so) (?:they|it) (?:re-?opens?|opens? up|opens?)"
    r"|re-?open\w*|open again|to punish|because i deserve"
)
HIDE = (
    r"excuses?|explain\w*|(?:cover )?story for|hide|hiding|hid|cover(?:ing)? (?:up|them|it|the)|conceal\w*"
    r"|stop (?:\w+ ){0,2}(?:seeing|noticing|finding)|(?:don'?t|dont) want (?:\w+ ){0,2}(?:to see|seeing|to notice|to know)"
    r"|so (?:no ?one|nobody|my (?:\w+ )?(?:parents|mom|mum|dad|teacher|friends?|partner|bf|gf)) (?:sees?|notices?"
    r"|asks?|finds? out|knows?)|without (?:anyone|my (?:\w+ )?(?:parents|mom|mum|dad)|people) (?:noticing|seeing"
    r"|asking|knowing)|lie about|what (?:do i|to|should i|can i) (?:say|tell)"
)
COVERING = (
    r"bandages?|bandaged|plasters?|band-?aids?|gauze|wraps?|wrapped|sweat ?bands?|wrist ?bands?|bracelets"
    r"|long sleeves?|hoodies?|cuts|scars|marks|scratches|burns|wounds?"
)
ARMS = r"fore ?arms?|wrists?|arms|upper arms?|thighs?|legs|hips?|both (?:arms|wrists|legs|thighs)"
STARVE = (
    r"not eating|stopped eating|starv\w*|skip\w* (?:meals|food|eating|lunch|dinner|breakfast)"
    r"|haven'?t eaten|havent eaten|refus\w* (?:to eat|food)|(?:won'?t|wont|don'?t|dont) let my ?self eat"
    r"|(?:don'?t|dont|do not) deserve (?:to eat|food)|make my ?self (?:throw up|sick|vomit)|no food"
)
PUNISH = (
    r"punish\w*|i deserve (?:it|this|to (?:suffer|starve|be hungry|feel))|(?:don'?t|dont|do not) deserve"
    r" (?:to eat|food|it)|penance|to hurt my ?self|hate my ?self|because i(?:'?m| am) (?:fat|disgusting|worthless)"
)
# A method looked up; a plan with the means; a loved one asking for help to die.
SEARCHED = (
    r"search\w*|googl\w*|looked up|looking up|look up|research\w*|read(?:ing)? about|watch\w* videos"
    r"|browser history|history|tabs|bookmark\w*"
)
METHOD = (
    r"hanging(?! (?:out|around|plants?|baskets?|pictures?|frames?|shelves|lights|curtains|decorations|gardens?"
    r"|on|up|in|with))|hang (?:my|him|her)sel(?:f|ves)|nooses?|ligatures?|lethal (?:doses?|amounts?)"
    r"|(?:how much|how many) \w+ (?:to|would|will) (?:die|kill|be fatal|be lethal)|ways to (?:die|end it)"
    rf"|painless (?:ways?|deaths?|methods?)|how to (?:die|end it|kill {_ME})|suicide methods?"
    r"|(?:tallest|highest) bridges?|bridge heights?|exit bag"
)
PLAN = r"(?:have|got|made|with|had|there'?s) (?:a |the )?plan|planned it(?: out)?"
MEANS = (
    r"(?:the|have the|got the|with the|access to (?:the )?) means(?! to (?!do it|end it|die|kill))|means to do it"
    r"|(?:saved|hoarded|stockpiled|been saving|been collecting|collected) (?:up )?(?:the |enough |my )?"
    r"(?:pills|meds|tablets)|bought (?:a )?(?:rope|gun)"
)
ASKED = (
    r"ask\w*|beg\w*|plead\w*|wants? me to|wanted me to|keeps? (?:saying|telling)|told me|said (?:he|she|they)"
    r" want\w*|wish(?:es)? (?:i|someone) would"
)
HELP_DIE = (
    r"help (?:him|her|them|me) (?:to )?(?:die|end (?:it|his life|her life|their life|things))"
    r"|help (?:him|her|them) (?:go|pass|with dying)|(?:end|take) (?:his|her|their) (?:own )?life"
    r"|put (?:him|her|them) out of (?:his|her|their) misery|assisted (?:suicide|dying|death)|euthanasia"
    r"|euthani[sz]e|smother (?:him|her|them)|(?:give|get) (?:him|her|them) (?:all )?(?:the |his |her )?"
    r"(?:pills|morphine|tablets) (?:to|so (?:he|she|they) can (?:go|die|sleep))"
)
# Blacking out with a racing or skipping heart.
HEART = (
    r"heart (?:is |was |keeps |kept |started |been |has been )?(?:\w+ )?(?:pounding|racing|skipping|fluttering"
    r"|flipping|jumping|hammering|thumping|going crazy|all over the place|beating (?:really |so |very )?(?:fast"
    r"|hard|weird\w*|irregular\w*|out of))|palpitations?|(?:skipped|skipping) beats|irregular (?:heart ?beat|pulse)"
    r"|a-?fib|(?:pulse|heart rate) (?:of |is |at |was )?(?:like |only |about |around |over )?(?:racing|really (?:fast|slow)"
    r"|(?:1[4-9]\d|2\d\d)|(?:[1-3]\d|40))|(?:1[4-9]\d|2\d\d|[1-3]\d|40) ?bpm|heart (?:is |was )?(?:really |very |so )?slow"
)
FAINT = (
    r"blacked out|black(?:ing)? out|blackouts?|fainted|fainting|passed out|passing out|pass out"
    r"|lost consciousness|losing consciousness|(?:nearly|almost) (?:passed out|fainted|collapsed)|collapsed"
    r"|collapsing|vision (?:went|goes|going|is going) (?:black|dark|grey|gray|white)|keeled over"
    r"|(?:about|going|gonna) to faint|gonna faint|(?:everything|it all|the world) went (?:black|dark|grey|gray)"
    r"|(?:woke|came to|came round) on the floor"
)
# Injuries on a child shaped like abuse.
ABUSE_MARK = (
    r"cigarette burns?|burns?\b[^.?!]{0,40}\b(?:like|from|shaped like|the size of) (?:a )?cigarettes?|adult (?:sized )?bites?"
    r"|human bite|bite marks? (?:from|by) an adult|belt marks?|(?:loop|cord|strap|buckle) marks?"
    r"|(?:finger|hand|grip)(?:tip)?[- ]?(?:marks|prints?)|handprints?|slap marks?"
    r"|welts (?:from|like|shaped like) (?:a )?(?:belt|cord|hand|stick|spoon|wooden spoon|switch|hanger)"
    r"|bruises? (?:on|behind) (?:his|her|their) (?:ears?|neck|genitals?)|(?:both|two) black eyes"
    r"|unexplained (?:bruises|burns|injuries|marks|fractures)"
)
# A veiled threat: bringing "something" and someone will regret it.
BRING = (
    r"bring(?:ing)? (?:something|a (?:little )?(?:surprise|something))|(?:bring|bringing|brought|taking|carry\w*)"
    r" (?:a |my |his |her |(?:my )?(?:dad|uncle|brother)'?s )?(?:gun|knife|weapon|piece|blade|rifle|shotgun|pistol)"
)
REGRET = (
    r"(?:he|she|they|you|everyone|everybody|hell|shell|theyll|youll)(?:'?ll| will| is going to| are going to"
    r"| gonna)? (?:all )?(?:regret|be sorry|pay)|make (?:him|her|them|everyone|everybody|you) (?:pay|regret|sorry)"
    r"|teach (?:him|her|them|everyone) a lesson|(?:they'?ll|theyll) (?:all )?see|nobody will (?:laugh|forget)"
)

# The rarest group of a rule comes first: a rule stops at the first group that is not found.
# A child found by an open container with something in the mouth (task 8jj: "found my toddler on
# the floor with the open pot and white bits in his mouth").
CONTAINER = r"pots?|bottles?|tubs?|jars?|containers?|packets?|packs?|box|boxes|blisters?|sachets?"
OPENED = (
    rf"(?:open|opened|unscrewed|ripped open|torn open) (?:\w+ ){{0,2}}(?:{CONTAINER})"
    rf"|(?:{CONTAINER}) (?:\w+ ){{0,2}}(?:open|opened|undone)|(?:lid|cap|top) (?:off|open)"
)
IN_MOUTH = (
    r"(?:in|around|out of) (?:his|her|their) mouth|(?:is|was|been) (?:chewing|sucking|swallowing)"
    r"|chewing (?:on )?(?:something|them|it|one|some)|(?:white|pink|blue|yellow|little) (?:bits|powder|crumbs)"
)
RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("head_injury", "medical", (HEAD_HIT, HEAD_RED)),
    ("faint_heart", "medical", (HEART, FAINT)),
    ("child_product", "overdose", (INGEST, CHILD, PRODUCT)),
    ("child_open_container", "overdose", (CHILD, OPENED, IN_MOUTH)),
    ("tablets_counted", "overdose", (TAKEN, OD_COUNT, OD_SIGN)),
    ("amount_and_sign", "overdose", (AMOUNT_TAKEN, SIGN_NOW)),
    ("wound_kept_open", "self_harm", (PICK, SORE, KEPT_OPEN)),
    ("hidden_wounds", "self_harm", (HIDE, COVERING, ARMS)),
    ("starve_punish", "self_harm", (STARVE, PUNISH)),
    ("method_searched", "suicide", (SEARCHED, METHOD)),
    ("plan_and_means", "suicide", (PLAN, MEANS)),
    ("help_to_die", "suicide", (ASKED, HELP_DIE)),
    ("child_abuse_marks", "violence", (ABUSE_MARK, CHILD)),
    ("bring_something", "violence", (BRING, REGRET)),
]
ASKED_ABOUT = ("head_injury", "faint_heart", "child_abuse_marks")
UNLESS = {
    # ... or a knockout feared or to be avoided in a sport (task 8kk: "boxing tips? dont want to get
    # knocked out").
    "head_injury": r"if (?:he|she|they|my \w+) ever|in case|(?:do ?n'?t|dont|do not|never|not|without|avoid\w*"
    r"|scared of|afraid of|worried about|nervous about|how (?:to|do i|do you) (?:not|avoid)) (?:want to |wanna"
    r" |trying to |to )?(?:get(?:ting)? |be(?:ing)? )?knocked out\b",
    "child_product": r"addict\w*|habit|how (?:do|should|can) i talk to|caught (?:him|her|them)",
    "child_open_container": r"yog\w*|jam|honey|peanut butter|nutella|play-?doh|sweets|candy|crisps|chips|sauce"
    r"|formula|milk|baby food|puree|raisins|chocolate|cereal|biscuits?|cookies|snacks?|fruit|juice|ice cream"
    r"|custard|hummus|dip|popcorn|lego|toys?|teeth\w*|teething|bubbles",
    "faint_heart": r"(?:never|not|no|haven'?t|havent|didn'?t|didnt|without) (?:\w+ )?(?:fainted|passed out"
    r"|blacked out|fainting|collapsed|pass(?:ing)? out)|drunk|drinking|alcohol|hangover",
    "tablets_counted": r"(?:a|per|each|every) (?:day|week)|daily|prescribed|prescription|vitamins?|supplements?"
    r"|probiotics?|fish oil|omega|magnesium|zinc|antacids?|tums|rennies|gaviscon|lozenges|cough drops",
    "amount_and_sign": r"prescribed|as directed|(?:a|per|each|every) (?:day|night|morning)|daily|vitamins?"
    r"|supplements?|melatonin",
    "wound_kept_open": r"acne|pimples?|zits?|blackheads?|ingrown|eczema|psoriasis|bug bites?|mosquito"
    r"|chicken ?pox|lips?|cuticles?|hangnails?|dandruff|scalp"
    # (a paper cut or a crack at a knuckle that opens when it bends: "paper cut on my knuckle keeps
    # reopening every time i bend it", probe 49)
    r"|paper ?cuts?|knuckles?|when i bend|every time i bend|dry skin|cracked|chapped",
    "hidden_wounds": r"tattoos?|stretch marks|birth ?marks?|acne|eczema|psoriasis|vitiligo|cellulite|veins|sunburn"
    r"|tan lines|surgery|surgical|operation|c-?section|sprain\w*|broken|fracture\w*|cast|cannula|blood test"
    r"|vaccin\w*|injections?|insulin|sensor|cgm|libre|dexcom|hickeys?|love bites?|rash|shingles|keloid",
    "starve_punish": r"lent|ramadan|yom kippur|intermittent|punishing (?:workout|run|session|schedule|hike)",
    "method_searched": r"execution|executed|history of|historical|medieval|death penalty|capital punishment"
    r"|witch\w*|documentary|true crime|podcast|caffeine|coffees?|espressos?|energy drinks?|red ?bull",
    "plan_and_means": r"business|money|financ\w*|afford|budget|invest\w*|retire\w*|travel|trip|wedding"
    r"|mortgage|house|career|degree|escape room|marketing|strategy",
    "help_to_die": r"vets?|veterinar\w*",
    "child_abuse_marks": r"rugby|football|soccer|hockey|playground|trampoline|another (?:kid|child|toddler|baby)"
    r"|classmate|teething|birthmarks?|mongolian|impetigo|ringworm|eczema|hives|mosquito|allergic|rash",
    "bring_something": r"potluck|party|snacks?|cake|food|dish|dessert|drinks|gift|present|treats?|lunch"
    r"|cookies|bake sale|plus one",
}
