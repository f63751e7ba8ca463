"""The fast first line: regular expressions per crisis category, in the ways people type them
(lowercase, no apostrophes, common misspellings, past tense, third person, slang) and a few basics in
Spanish, French, German, Portuguese and Italian.

Two kinds of pattern. A *statement* pattern fires wherever it matches ("i took too many pills").
A *topic* pattern names an emergency that people also ask about for information ("heart attack",
"seizure"); it fires unless the message is a general question that names no one ("what happens in a
heart attack" is answered from the articles; "my dad is having a heart attack" is an emergency).
Left out on purpose: negation ("i'm not suicidal" still shows the guidance: a false alarm costs a
paragraph, a miss can cost a life). The meaning-based detector (`app.safety.meaning`) catches what
these miss.
"""

from __future__ import annotations

import re

_ME = r"(?:my ?self|me)"
_THEM = r"(?:him|her|them)sel(?:f|ves)"

STATEMENTS: dict[str, list[str]] = {
    "suicide": [
        r"suicid\w*",
        r"kill(?:ing|ed)? (?:my ?self|" + _THEM + r")",
        r"\bkms\b",
        r"un-?aliv\w*",
        r"off(?:ing)? my ?self",
        r"end(?:ing)? (?:it all|my (?:own )?life|(?:his|her|their) (?:own )?life|things|it tonight)",
        r"take (?:my|his|her|their) (?:own )?life|taking my (?:own )?life",
        r"(?:want(?:s|ed)?|wanna|going|plan(?:ning)?|ready) (?:to )?die\b",
        r"i want to die|i wanna die|wants to die",
        r"(?:don'?t|do not|dont|doesn'?t|doesnt) (?:want|wanna) (?:to )?(?:live|be alive|be here|exist)",
        r"(?:never|not) (?:to )?wake up|never wake\b|(?:take|taking) all (?:of )?(?:my|the) pills|pills saved",
        r"(?:need|take|it take|would it take) to (?:die|not wake up)|(?:overdos\w*|pills|jump\w*) to end it",
        r"(?:easier|better) if i (?:wasn'?t|weren'?t|was not) (?:here|around|alive)|if i (?:just )?vanished",
        r"wake up tomorrow",
        r"(?:no|any|the) (?:reason|point) (?:to|in|of)? ?(?:live|living|going on|keep going|anymore)",
        r"what'?s (?:even )?the point(?: anymore| of (?:living|life|anything))",
        r"better off (?:dead|without me|if i (?:was|were) gone)",
        r"(?:rather|better|might as well) be dead|wish(?:es|ed)? (?:i|she|he) (?:was|were) dead",
        r"wish(?:ed)? i (?:was|were|had) never (?:been )?born",
        r"(?:tired|sick) of (?:being alive|living|life)\b",
        r"stop existing|disappear forever|sleep forever",
        r"hang(?:ing)? my ?self",
        r"jump(?:ing)? off (?:a|the|this) (?:bridge|building|roof|cliff)",
        r"(?:goodbye|suicide) (?:note|letter|message)",
        r"(?:painless|easiest|quickest|best) way to die|how (?:can|do|could) i die",
        r"go through with it",
        r"life (?:is|isn'?t|isnt) (?:pointless|not worth|worth) ?living|life is pointless",
        r"(?:planning|plan|want|going|ready) (?:how )?to end it\b|done with (?:life|living|everything)",
        r"(?:better|happier) off without me|happier without me|(?:i'?m|im|i am|feel like) a burden",
        r"(?:thinking|think|thoughts?) (?:about|of) (?:dying|death|killing|ending)",
        r"(?:notice|care|miss me) if i (?:died|was gone|were gone|disappeared)|(?:no|any) way out",
        r"(?:my )?life to be over|standing on (?:the|a) (?:roof|ledge|bridge|edge)",
        r"sav(?:ed|ing) up (?:the |my |all )?(?:pills|meds)|stockpil\w*|(?:the|a) noose|bought (?:a )?rope",
        r"giving (?:all )?(?:my|away my) (?:stuff|things|belongings) away|giving away my",
        r"(?:drive|driving|crash\w*) (?:my car )?into (?:a|the) (?:wall|tree|truck)",
        r"(?:want|wanna|wish i could|going to|gonna) (?:to )?(?:be dead|stop living|disappear|vanish|not exist|not be here|be gone)\b",
        r"(?:hate|sick of|tired of) being alive|feel like dying|shouldn'?t be alive|(?:nothing|no(?:thing)? left) to live for",
        r"(?:can'?t|cant|cannot|don'?t think i can|dont think i can|no way i can) (?:keep (?:on )?(?:living|going)|go on)",
        r"want (?:it all|everything|it|this) (?:all )?to (?:end|stop)|i want out\b|want out of (?:life|this)",
        r"(?:say(?:ing)?|said) goodbye|goodbye (?:everyone|world|all)|(?:my )?last night alive|tonight is (?:the night|my last)",
        r"(?:jump|jumping) (?:off|from) (?:my|the|a) \w+|in front of (?:a|the) (?:train|bus|car|truck)",
        r"(?:drown|drowning|shoot|shooting|hang|hanging|poison|poisoning|stab|stabbing) (?:my ?self|"
        + _THEM
        + r")",
        r"use it on (?:my ?self|" + _THEM + r")|gun .{0,40}(?:my ?self|" + _THEM + r")",
        r"ways? to (?:die|kill (?:my|your) ?self|end (?:it|my life))|easiest way to kill",
        r"(?:better|happier|fine) (?:off )?without me|world would be better without me",
        r"(?:miss|notice|care about) me when i'?m gone|if i'?m gone tomorrow|when i'?m gone",
        r"(?:won'?t|wont|not (?:going to|gonna)) be (?:around|here) (?:much )?(?:longer|tomorrow)",
        r"(?:do|doing) something to my ?self|(?:picture|picturing|imagine|imagining) my (?:own )?funeral",
        r"(?:can'?t|cant) see a future|no future for me|(?:letters|notes) to everyone",
        r"what'?s the point of (?:even )?(?:trying|living|going on)|researching ways",
        r"(?:see|seeing) my ?self (?:being )?alive|(?:time|going away|go|leave) (?:for me )?(?:to go )?for good|stay asleep forever",
        r"(?:walk|walking) into the (?:sea|ocean|river|lake)|not coming back|i'?m on the (?:bridge|roof|ledge)",
        r"(?:not|never) (?:to )?exist|note (?:saying|to say) (?:sorry|goodbye)|(?:left|wrote|writing) (?:a|my) (?:note|letter)"
        r"|(?:letter|note|message) saying sorry|last message to",
        r"(?:end|ending) (?:it|things|my pain) (?:soon|tonight|permanently|forever)|(?:made|make) my peace|ready to go\b",
        r"(?:finally )?going to do it tonight|tonight i'?m (?:finally )?(?:going to|gonna) do it|chosen how",
        r"(?:can'?t|cant) handle life|want to go\b.{0,20}(?:forever|for good|anymore)|die in my sleep"
        r"|relieved if i (?:died|was gone)|how many of my pills",
        r"acabar con mi vida|no quiero estar aqu[ií]|mich umzubringen|umzubringen",
        r"plus envie de vivre|dispara[iî]tre pour toujours|ich will nicht mehr\b|m[öo]chte sterben|mein leben beenden"
        r"|acabar com tudo|me suicidar|non ce la faccio più|quiero desaparecer|no aguanto m[aá]s|suicidarme",
        r"quiero morir\w*|matarme|no quiero (?:seguir )?vivir|quitarme la vida",
        r"je veux mourir|en finir|me tuer|envie de mourir",
        r"selbstmord|umbringen|nicht mehr leben|will sterben",
        r"quero morrer|me matar|n[aã]o quero mais viver|tirar minha vida",
        r"voglio morire|farla finita|uccidermi|non voglio più vivere",
        # Means described without a crisis word: exhaust in a closed garage, charcoal in a sealed
        # room, over a bridge railing, a rope tied to a beam, pills hoarded.
        r"(?=.{0,80}\b(?:garage|shed)\b)(?=.{0,80}\b(?:engine|motor|car|truck|ignition)\b)"
        r"(?=.{0,80}\b(?:running|going|idling|started|(?:engine|motor|car) on)\b)"
        r"(?=.{0,80}\b(?:closed|shut|sealed|door (?:is )?down|pulled .{0,15}down|sitting|sat|locked)\b)",
        r"(?:hose|tube|pipe)\b.{0,30}\b(?:exhaust|tail ?pipe)|(?:exhaust|tail ?pipe)\b.{0,30}"
        r"\b(?:hose|tube|into the car|car window)",
        r"(?:charcoal|coals|bbq|barbecue|grill)\b.{0,40}\b(?:sealed|taped|towels? under|zipped)"
        r"|(?:lit|burn\w*|light\w*) (?:the |some )?(?:charcoal|coals) (?:in|inside) (?:my|the|a)"
        r" (?:room|bedroom|bathroom|car|tent|closet)",
        r"over the (?:railing|barrier|rail|edge) (?:on|of) (?:the|a) (?:bridge|roof|building)"
        r"|(?:on|up on) the (?:railing|ledge|edge) of (?:the|a|my) (?:bridge|roof|building|cliff)",
        r"(?:rope|cord|noose|knot)\b.{0,40}\b(?:beam|ceiling|door ?handle|chair under|holds my weight)\b",
        r"(?:hoard\w*|hiding|hid|stash\w*|put aside|set aside|put away)\b.{0,30}\b(?:pills|meds|tablets)"
        r"|(?:pills|meds|tablets)\b.{0,20}\b(?:hoarded|stashed|put aside|set aside)",
        r"(?:me|se) (?:quiero|quiere) (?:matar|morir)|se va a (?:matar|suicidar)"
        r"|tirarme (?:del|de un|de la|por|al)|se tuer\b|(?:me|se) matar\b|das leben nehmen"
        r"|uccider(?:mi|si)|togliermi la vita",
    ],
    "self_harm": [
        r"self[- ]?harm\w*",
        r"\bi sh\b|\bsh urges?\b",
        r"(?:cut|cutting|cuts|slice[ds]?|slicing|carv(?:e|ed|ing)) (?:my ?self|my (?:arms?|wrists?|legs?"
        r"|thighs?|skin)|" + _THEM + r"|(?:her|his) (?:arms?|wrists?|legs?))",
        r"(?:hurt|hurting|harm|harming|burn|burned|burnt|burning|hit|hitting|punch\w*|scratch\w*"
        r"|bit(?:e|ing)?|bang\w*) (?:" + _ME + r"|" + _THEM + r")\b.{0,40}"
        r"(?:on purpose|until|till|til|when|to hurt)",
        r"(?:hurt|hurts|hurting|harm|harms|harming|burn|burns|burning|scratch\w*) (?:my ?self|"
        + _THEM
        + r")",
        r"(?:my ?self|my skin|my body|me) .{0,40}on purpose|(?:hurt|harm)\w* my own body",
        r"razor blades|cuts on (?:my|his|her) (?:\w+ )?(?:arms?|legs?|wrists?|thighs?)",
        r"cut (?:too )?deep|how deep .{0,20}cut|deeper each time|carv\w* .{0,20}into my",
        r"(?:knife|razor|blade|scissors|lighter|cigarettes?) on (?:my ?self|" + _THEM + r")",
        r"used .{0,15} on my ?self|(?:burning|cutting) my skin|stop cutting|bang\w* my head",
        r"(?:i'?ve been|been|keep|started|kept) cutting|me estoy cortando|cortarme|self-?injur\w*",
        r"slash\w* my|(?:helps?|cope) .{0,25}cutting|cutting (?:is|helps)|friend cuts|(?:blade|razor|knife) to my",
        r"scratch\w* .{0,20}until .{0,15}(?:bled|bleed|bruise)|(?:bash|bang|hit)\w* my (?:arms?|legs?|head) .{0,30}until",
        r"burnt my ?self|burned my ?self|verletzt\b|des coupures",
        r"(?:burn|burned|burning) my (?:arms?|legs?|skin|wrists?|thighs?)|with (?:matches|a lighter|hot metal)",
        r"(?:stab|stabbed|stabbing) (?:my ?self|my (?:legs?|arms?|hands?|thighs?))|(?:pins|needles) .{0,10}my ?self",
        r"(?:hit|hitting|bang\w*) my head (?:against|on)|dig my nails|(?:see|make) my ?self bleed",
        r"cuts (?:all )?(?:over|on) (?:his|her|my|their)|relapsed|cut again|punish my ?self",
        r"me cort[eé]|me hago cortes|mu[ñn]ecas|je me coupe|je me suis coup[ée]|schneide mich|geritzt"
        r"|mi faccio del male|mutile",
        r"(?:urge|want|wanna|wants) to cut|cutting again|the cutting|fresh cuts|my cuts",
        r"on purpose.{0,30}(?:hurt|bleed|burn|cut)|(?:hurt|burn|cut)\w* .{0,25}on purpose",
        r"me corto|me hago da[nñ]o|me lastimo|scarifi\w*|me fais du mal|ritze mich|verletze mich"
        r"|me machuco|me corto|mi taglio|autolesion\w*",
    ],
    "overdose": [
        r"(?:i|i'?ve|ive|he|she|they|just|has|have|had|think i|might have) (?:\w+ )?overdos\w*"
        r"|overdosed|took an overdose|\bod'?d\b|\bod(?:ed|ing)\b",
        r"(?:took|taken|swallowed|ate|eaten|downed|drank|drunk|popped|chewed on|got into)"
        r" .{0,40}(?:pills?|tablets?|meds|medicines?|medication|capsules|prescription|xanax|tylenol"
        r"|paracetamol|ibuprofen|aspirin|codeine|insulin|bottle|all (?:of )?(?:my|her|his))",
        r"too (?:many|much) (?:of )?(?:my |her |his |their )?(?:pills|tablets|meds|medicine|insulin"
        r"|xanax|molly|tylenol)",
        r"(?:swallowed|drank|drunk|ingested|ate|eaten|chewed|got into|had) (?:some |a |an |the )?"
        r"(?:\w+ ){0,2}(?:bleach|detergent|antifreeze|batter(?:y|ies)|cleaner|cleaning|pesticide"
        r"|weed ?killer|rat poison|poison|laundry pod|tide pod|dish ?(?:soap|washer)|lamp oil"
        r"|mushrooms)",
        r"poisoned\b|rat poison|weed ?killer|antifreeze|button batter|laundry pod|tide pod",
        r"(?:lethal|fatal|deadly) (?:dose|amount)|how (?:many|much) .{0,40}(?:to|would|will|could)"
        r" (?:die|kill|not wake up|overdose)",
        r"would it take to (?:die|not wake up)|(?:pills?|tablets?) .{0,20}(?:kill|die)",
        r"(?:dose|amount|many|much)\b.{0,40}\b(?:fatal|lethal|deadly|kill\w*)|(?:cause|be) an overdose",
        r"mixed .{0,30}(?:pills|meds|alcohol|medications?)|took something|taken something"
        r"|injected too much|too much (?:of )?(?:heroin|fentanyl|molly|coke|meth|insulin)",
        r"(?:took|taken|swallowed|popped|downed|had) (?:like |about |around )?(?:a (?:bunch|handful|load|lot|heap|pack|strip|box)\b|(?:[5-9]|\d{2,}) )",
        r"took (?:too much|too many|double|twice|extra|all)\b|got into (?:the|my|his|her) (?:vitamins|pills|meds|medicine)",
        r"(?:drank|drunk|swallowed|ate|ingested|chewed) (?:some |a |an |the )?(?:\w+ ){0,2}(?:windex|rubbing alcohol|bait|magnets?|cigarettes?|berries|nicotine|e-?liquid|vape juice|methanol|paint thinner|gasoline|petrol|kerosene)",
        r"(?:took|taken|on|snorted|smoked|vaped|injected) (?:some |a |an |his |her |my )?(?:\w+ )?(?:ecstasy|molly|mdma|meth|coke|cocaine|heroin|fentanyl|acid|lsd|ketamine|spice|k2|something)\b"
        r".{0,40}(?:overheat\w*|burning up|confus\w*|seiz\w*|unconscious|not breathing|blue|collapsed|racing|chest|hard to wake|can'?t move|paranoid|passed out)",
        r"(?:ate|eaten|swallowed|drank|chewed) (?:a |some |his |her |my |the |\w+'?s )?(?:\w+ ){0,2}(?:gummy|gummies|capsule|nail polish remover|lighter fluid|vitamins with iron|iron tablets)",
        r"adult dose|(?:wrong|double|triple) dose|mixed .{0,20}with .{0,20}(?:valium|xanax|pills|meds)"
        r"|demasiado paracetamol|trop de cachets|zu viele pillen|zu viele tabletten",
        r"\bod (?:on|'?d)\b|(?:have|got|think) .{0,25}carbon monoxide|(?:breathed|inhaled) (?:in )?(?:fumes|gas)",
        r"trop de m[ée]dicaments|aval[ée] des (?:m[ée]dicaments|pilules)|troppe pillole|schlaftabletten|putzmittel"
        r"|[üu]berdosis|se tom[oó] un medicamento|rem[ée]dios demais",
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
        r"|zu viele|tutte|troppe|caja|bo[iî]te|packung|frasco|cartela)\b.{0,40}"
        r"\b(?:pastillas|pilules|tabletten|comprimidos|comprim[ée]s|cachets|rem[eé]dios|pillole"
        r"|pastiglie|compresse)|(?:pastillas|pilules|tabletten|comprimidos|rem[eé]dios)\b.{0,30}"
        r"\b(?:de m[aá]s|demais|de trop|zu viel|geschluckt|aval[ée]\w*|ingoiat\w*|engoli\w*"
        r"|tragad\w*)",
        r"l[eé]jia|eau de javel|veneno|envenen\w*|empoisonn\w*|vergift\w*|avvelen\w*",
    ],
    "medical": [
        r"(?:isn'?t|isnt|not|stopped|wont|won'?t|can'?t|cant|cannot|barely|struggling to"
        r"|hard to|trouble) breath\w*",
        r"(?:unable to|can not) breath\w*",
        r"gasping|turning (?:blue|gr[ae]y)|lips (?:are |look |turned |went )?(?:blue|gr[ae]y)",
        r"(?:throat|airway) (?:is |feels? )?(?:closing|swell\w*|tight)|closing up",
        r"(?:face|lips?|tongue|mouth|throat) (?:is |are )?(?:swelling|swelled|swollen)"
        r"|swelling (?:up|after)",
        r"unresponsive|unconscious|passed out|fainted and|collapsed|no pulse|heart stopped",
        r"(?:won'?t|wont|not|isn'?t|isnt|will not|can'?t|cant) (?:wake|waking) (?:up|her|him)",
        r"droop\w*|slurr\w*|garbled|crooked|(?:can'?t|cant) (?:talk|speak) (?:right|properly)",
        r"(?:can'?t|cant|cannot) (?:lift|move|feel) (?:his|her|my) (?:arm|leg|right|left|face)",
        r"(?:side of (?:his|her|my) (?:face|body)|one side) .{0,20}(?:weak|numb)",
        r"(?:is|he'?s|she'?s|i'?m|am|been) (?:having a )?(?:seizing|convuls\w*|fitting)"
        r"|convuls\w*|seizing",
        r"(?:seizure|fit) .{0,30}(?:won'?t stop|wont stop|minutes|going on|has been)",
        r"(?:can'?t|cant|cannot) get (?:any )?air|breathing (?:weird|funny|strange)|(?:is|started|suddenly) wheezing|wheezing and",
        r"(?:pressure|pain) in (?:my|his|her) chest",
        r"lopsided|puffing up|swell(?:ing|ed)? up|hives .{0,30}(?:faint|breath|dizzy|throat)",
        r"not responding|(?:isn'?t|isnt|not|won'?t|wont) respond\w*|went limp|floppy|won'?t come round",
        r"(?:bleeding|blood) .{0,30}(?:won'?t|wont|will not|doesn'?t|can'?t) stop|pouring (?:out )?blood|gushing blood"
        r"|blood (?:is )?(?:coming|pouring|spurting|gushing)|a lot of blood",
        r"worst pain in my head|(?:sudden|suddenly) .{0,10}(?:terrible|severe|splitting) headache|rash that (?:doesn'?t|does not|won'?t) fade",
        r"electrocuted|fell (?:from|off) (?:a |the )?(?:window|roof|balcony|height|ladder)|hit by a (?:car|truck|bus)"
        r"|broke my neck|broken neck|can'?t feel my (?:legs|arms)",
        r"words (?:are )?coming out wrong|(?:can'?t|cant) (?:stand|walk) (?:up )?suddenly|suddenly (?:can'?t|cant) (?:see|speak|talk|walk|stand)"
        r"|(?:can'?t|cant) see out of one eye",
        r"how (?:do|to|can) (?:i |you )?(?:do|perform|give) (?:cpr|the heimlich)|heimlich|someone (?:who is )?choking|choking (?:baby|child|toddler|person)",
        r"no puedo respirar|n'arrive pas [àa] respirer|kann nicht atmen|n[ãa]o consigo respirar|perdu connaissance|ne r[ée]pond pas"
        r"|no responde|s'[ée]touffe|erstickt|malaise|se desmay[oó]|convulsi\w*|krampfanfall",
        r"chest (?:is |feels )?(?:tight|heavy|squeezed|crushing|crushed)\b.{0,40}(?:sweat\w*|breath\w*|nause\w*|sick|arm)"
        r"|(?:arm|jaw) hurts .{0,20}chest|chest (?:feels )?squeezed|catch my breath .{0,20}chest|chest hurts",
        r"face fell|can'?t understand what (?:we|i|you) say|purple rash|rash .{0,20}fever|fever .{0,20}rash"
        r"|burned badly|charred|bent the wrong way|schmerzen in der brust|zusammengebrochen",
        r"crushing pain|inhaler (?:isn'?t|isnt|not|is not|wont|won'?t) (?:working|helping)",
        r"throat .{0,20}closing|(?:can'?t|cant|cannot) (?:\w+ ){0,3}move (?:his|her|my) (?:right|left)",
        r"(?:crushing|squeezing|heavy|tight) (?:pain|pressure|feeling)? ?(?:in|on)? ?(?:my|the|his|her)"
        r"? ?chest|chest feels like|clutching (?:his|her|my) chest",
        r"bleeding (?:\w+ )?(?:heavily|a lot|badly|won'?t stop|wont stop|everywhere)|severe bleeding"
        r"|blood (?:everywhere|gushing|pouring|won'?t stop|wont stop)|soaking (?:pads|through)",
        r"(?:won'?t|wont|can'?t|cant) stop (?:the )?bleed\w*",
        r"worst headache|thunderclap|explosive headache",
        r"hit (?:his|her|my) head .{0,40}(?:confused|vomit|throwing up|unconscious|sleepy)",
        r"(?:heart ?attack|stroke|seizure|anaphyla\w*|allergic reaction|cardiac arrest|chok(?:e|es|ing))"
        r".{0,30}(?:right )?now\b",
        r"dolor (?:de|en el) pecho|no (?:puede )?respira|mal [aà] la poitrine|ne respire"
        r"|brustschmerz|atmet nicht|schlaganfall|n[aã]o respira|dor no peito|desmai\w*|derrame"
        r"|infarto|ictus|non respira|inconscient\w*|bewusstlos",
    ],
    "sexual_assault": [
        r"\brap(?:e|ed|es|ing|ist)\b|(?:was|got|been|were) (?:\w+ )?assaulted|assaulted (?:me|my \w+)",
        r"abus\w* (?:me|her|him) sexually",
        r"sexual(?:ly)? (?:assault\w*|abus\w*|attack\w*)|molest\w*",
        r"forced (?:him|her)self on|forc\w* (?:me|her|him) (?:into|to have) sex|forced me\b",
        r"touch(?:es|ed|ing)? me\b.{0,40}(?:without|don'?t want|dont want|didn'?t want|asleep"
        r"|passed out|sexually)|touched me sexually|touched .{0,10}sexually",
        r"(?:said|told (?:him|her|them)) no .{0,20}(?:didn'?t|didnt|wouldn'?t|wouldnt) stop",
        r"without (?:my )?consent|having sex with me|do things i (?:didn'?t|didnt) want",
        r"drugged|woke up (?:with(?:out)?|naked)|comes into my room at night",
        r"(?:had|having|have) sex with me (?:when|while)|too drunk to (?:say no|consent)|did things to me|private parts"
        r"|pinned me down|grop(?:ed|ing)|exposed (?:him|her)self|touched me in a way|spiked|roofied",
        r"(?:guy|man|someone|he|she) was touching me|made me have sex|touched (?:me|her|him) (?:inappropriately|while)"
        r"|(?:coach|teacher|doctor|priest|uncle|stepdad) touched (?:me|her|him)|agredi[oó] sexualmente|(?:j'ai été|été) abus[ée]e?",
        r"viol[oó]\b|agress\w* sexuel\w*|sexuell missbraucht|missbraucht|violentat\w*|abus[oó] de m[ií]",
        r"violaron|violad[ao]|violaci[oó]n|viol[ée]e?\b|vergewaltig\w*|estuprad\w*|estupro"
        r"|stuprat\w*|abus\w* sexual\w*|abusaron",
    ],
    "violence": [
        r"(?:hits|hit|beats|beat|beaten|punches|punched|kicks|kicked|slaps|slapped|chokes|choked"
        r"|strangled|strangles|strangle|attacked|abuses|abused|hurts) (?:me|us|her|him|my (?:mom|mother"
        r"|dad|wife|husband|kids?|son|daughter|little \w+|brother|sister|grandma|children))\b",
        r"(?:going to|gonna|will|threaten\w*(?: to)?|trying to) (?:kill|hurt|shoot|stab) (?:me|us)\b",
        r"threaten\w* (?:me|us) with|(?:man|guy|someone|person|he|she) with a (?:gun|knife)"
        r"|(?:threaten|attack|chas|point|com)\w* .{0,20}with a (?:gun|knife|bat)|(?:gun|knife) outside",
        r"(?:would|will|gonna|going to|he'?d|she'?d) kill me|(?:is|keeps?) hitting (?:me|her|him|us)",
        r"(?:was|got|been|were) (?:\w+ )?assaulted|assaulted (?:me|my \w+)",
        r"(?:break|breaking|broke|broken) into (?:my|our|the) (?:house|home|apartment|flat)",
        r"stalk(?:ed|ing) me|being stalked|(?:following|chasing) me|outside my (?:house|door|home)",
        r"not safe at home|afraid (?:to go home|of my|he'?ll|she'?ll|my \w+ will)"
        r"|scared of my (?:dad|father|mom|mother|husband|wife|partner|boyfriend|girlfriend|son)",
        r"beat(?:s|ing)? (?:me|his|her|my|the) (?:up|kids|children|wife|mother|mom)|beat me up",
        r"(?:someone|somebody|a man|a guy|an intruder|intruder|stranger)(?: is)? (?:in|inside|trying to get into|trying to break into|breaking into) my",
        r"there'?s (?:someone|somebody|a man|a guy|an intruder) in my|intruder",
        r"hiding from|being attacked|i'?m in danger|being followed|(?:was|been|got|i'?ve been) (?:stabbed|shot)",
        r"(?:beaten|hit|abused|hurt) by (?:his|her|my|their) (?:father|mother|dad|mom|husband|wife|partner|boyfriend|girlfriend)",
        r"(?:has|with) a (?:gun|knife) .{0,30}(?:threat\w*|me|us)|threatening (?:me|us|to (?:hurt|kill))",
        r"locks? me (?:up|in)|starves? me|scared to go home|me menace|me amenaza|hat mich geschlagen",
        r"(?:he'?ll|she'?ll|he will|she will) kill me|breaking in|(?:attacks|attacked|hurting|hurts|pushed|shoved) me\b"
        r"|being beaten|held against my will|won'?t let me leave|hitting my \w+(?: \w+)? right now|violent with (?:us|me)"
        r"|someone'?s bleeding|me peg[oó]|gedroht mich|mich umzubringen",
        r"me pega|me golpea|me maltrata|me frappe|me bat\b|schl[äa]gt mich|bedroht mich|me bate"
        r"|me agride|mi picchia",
    ],
}

TOPICS: dict[str, list[str]] = {
    "medical": [
        r"heart ?attack",
        r"(?:having|had|has|is having) a stroke",
        r"chest (?:pain|pains|tightness|pressure)|pain in (?:my|the|his|her) chest",
        r"chest (?:hurts|pain|pressure|tight\w*).{0,40}(?:arm|jaw|sweat\w*|breath\w*|nause\w*)",
        r"(?:having|had|has) a (?:seizure|fit)|seizure\b",
        r"(?:sudden|severe) (?:severe )?headache|heavy bleeding",
        r"anaphyla\w*|allergic reaction",
        r"chok(?:e|es|ing|ed)\b",
        r"(?:pregnan\w*).{0,40}bleed\w*|bleed\w*.{0,40}pregnan\w*",
        r"cardiac arrest",
    ],
    "overdose": [
        r"overdos\w*",
        r"(?:took|taken|gave|given|had) .{0,30}(?:double|twice|three times|extra)\b"
        r"|(?:double|extra) dose",
    ],
    "violence": [
        r"(?:domestic|elder|child) (?:violence|abuse)|abus(?:e|ing|ive) (?:me|her|him|relationship)"
    ],
}

FIGURATIVE = re.compile(
    r"\b(?:nearly|almost|gave me|give me|giving me) (?:had |have )?a heart ?attack"
    r"|chok\w* on (?:my |the )?(?:water|drink|coffee)\b.{0,20}laugh\w*|laugh\w*.{0,20}chok\w*"
    r"|suicide (?:mission|squad|sprints?|runs?|doors?|drills?)|(?:commute|traffic|job|diet|plan|idea"
    r"|that|this) is suicide|overdosed on (?:netflix|tv|sugar|coffee|caffeine|chocolate|work)"
    r"|(?:boss|teacher|coach|parents|mom|mum) .{0,20}(?:going to|gonna|will) kill me if"
    r"|(?:report|signs? of) (?:child|elder|domestic) abuse|die of (?:embarrassment|shame|boredom|laughter|cringe)"
    r"|prevent (?:my |a |your )?(?:child|baby|kid|toddler|son|daughter)? ?from choking"
    r"|cut (?:my ?self|my \w+) (?:shaving|while|cooking|chopping|by accident|accidentally)",
    re.I,
)
GENERAL_QUESTION = re.compile(
    r"^\s*(?:what|whats|what'?s|why|how|when|which|where|who|is|are|can|could|does|do|should"
    r"|will|would|signs?|symptoms?|causes?|risk)\b",
    re.I,
)
NAMES_SOMEONE = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|we|our|us|he|she|him|her|his|hers|they|them|their"
    r"|husband|wife|mom|mum|dad|son|daughter|baby|partner)\b",
    re.I,
)


def _compile(table: dict[str, list[str]]) -> dict[str, re.Pattern]:
    return {cat: re.compile(r"\b(?:" + "|".join(pats) + r")", re.I) for cat, pats in table.items()}


_STATEMENTS = _compile(STATEMENTS)
_TOPICS = _compile(TOPICS)


def normalize(message: str) -> str:
    """Curly apostrophes straight, runs of space collapsed: what the patterns are written for."""
    return " ".join(message.replace("’", "'").replace("‘", "'").split())


def general_question(message: str) -> bool:
    """A general question that names no one ("what happens in a heart attack")."""
    return bool(GENERAL_QUESTION.match(message)) and not NAMES_SOMEONE.search(message)


def match(message: str) -> list[str]:
    """The categories whose patterns fire, in the order of `STATEMENTS`."""
    text = FIGURATIVE.sub(" ", normalize(message))
    found = [cat for cat, rx in _STATEMENTS.items() if rx.search(text)]
    if not general_question(text):
        found += [cat for cat, rx in _TOPICS.items() if cat not in found and rx.search(text)]
    return found
