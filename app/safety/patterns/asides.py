"""More of what keeps an ordinary message ordinary, blanked before matching like `figurative.FIGURATIVE`
(the rest of the message is still read): a choke in a combat sport, a video game's "unalive", a
song's title or lyric, a plan for a seizure that has not happened ("if she ever has a seizure"),
one's own vitamin taken twice, a pet's face swelling, children screaming at play, food poisoning,
friends joking they will strangle you, one's own hair cut. Each names its context, never a negation: "i'm not
suicidal" is never blanked.
"""

from __future__ import annotations

import re

ASIDE = re.compile(
    # Food that poisoned one ("think i got poisoned by the chicken", probe 12): food poisoning.
    # (or "poisoned myself with" the food: "poisoned myself with that gas station sushi lmao", probe 63)
    r"\b(?:(?:got |been |was |were )?poisoned by|poisoned (?:myself|me) with) (?:the|some|that|my|a|bad|dodgy|off)"
    r" (?:\w+ ){0,2}?(?:chicken|food|takeaway|kebab|prawns|seafood|rice|fish|burger|eggs?|meat|sushi|oysters?|curry"
    r"|leftovers|mussels|pork|turkey)\b"
    r"(?![^.?!]*\b(?:on purpose|someone|somebody|my (?:husband|wife|partner|bf|gf|boyfriend|girlfriend|ex|mum|mom|dad)"
    r"|bleach|pills|antifreeze)\b)"
    r"|"
    # Held-out 43: a faint when giving blood, once, years ago ("ela desmaiou uma vez há anos doando
    # sangue, pode tomar ferro?"), in English, Portuguese, Spanish, French or German.
    r"\b(?:fainted|passed out|desmai\w*|desmay\w*|(?:s'est |se )?[ée]vanoui\w*|ohnm[äa]chtig\w*)\b[^.?!]{0,40}?"
    r"\b(?:giving|donating|doando|donando|dando|en donnant|beim) (?:blood|sangue|sangre|du sang|blutspenden|blut)\b"
    r"(?![^.?!]*\b(?:now|still|agora|ahora|maintenant|jetzt|again|de novo|otra vez)\b)"
    r"|"
    # Held-out 38 (development data since the session of 2026-12-04 night): a lip or an eye swollen
    # from a blow taken in a sport ("got punched in sparring at boxing, lip is swollen"); a case a
    # nurse or a paramedic had at work ("im a nurse and we had a rough overdose case on shift").
    r"\b(?:got |was |been )?(?:punched|hit|elbowed|kneed|smacked|caught|kicked|headbutted) (?:\w+ ){0,3}?(?:in|at|during"
    r"|while) (?:\w+ )?(?:sparring|boxing|mma|muay thai|kickboxing|bjj|rugby|football|hockey|training|practice|the match"
    r"|the game|a match|a game|class)\b[^.?!]{0,40}?\b(?:lip|lips|face|eye|nose|cheek|jaw)s? (?:is |are |got |looks )?"
    r"(?:swollen|swelling|puffy|fat|bruised|busted)\b"
    r"|\b(?:i'?m|im|i am|as|work as|working as) an? (?:\w+ ){0,2}?(?:nurse|paramedic|doctor|emt|medic|pharmacist"
    r"|police officer|cop|firefighter|carer|support worker|social worker|dispatcher|call handler)\b[^.?!]*?"
    r"\b(?:overdose|od|cardiac arrest|stroke|seizure|stabbing|shooting|trauma|resus|anaphyla\w*|choking|drowning)"
    r" (?:case|call|patient|callout|call-out|job)s?\b"
    # ... or the cases seen at work, told in general (probe 72, the third session of 2026-12-07's
    # check set: "work as an er nurse and keep seeing overdoses")
    r"|\b(?:i'?m|im|i am|as|work as|working as) an? (?:\w+ ){0,2}?(?:nurse|paramedic|doctor|emt|medic|pharmacist"
    r"|police officer|cop|firefighter|carer|support worker|social worker|dispatcher|call handler)\b[^.?!]{0,20}?"
    r"\b(?:keep |always |constantly )?(?:seeing|see|deal with|dealing with|get|getting|treat|treating) (?:so many |a lot"
    r" of |lots of |loads of |tons of )?(?:overdoses|ods|strokes|seizures|stabbings|shootings|cardiac arrests|suicides"
    r"|suicide attempts)\b(?![^.?!]*\b(?:my ?self|i want|i took|tonight)\b)"
    r"|"
    r"\bchok\w* (?:\w+ ){0,2}(?:in|at|during|while) (?:\w+ )?(?:bjj|jiu[- ]?jitsu|judo|mma|wrestling|grappling"
    r"|sparring|rolling)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:bjj|jiu[- ]?jitsu|judo|mma|wrestling|grappling|sparring)\b[^.?!,]{0,40}\bchok\w*(?: out)?"
    r"|\b(?:video ?|computer |online |mobile |console |phone |shooter |zombie )games? (?:where|in which|that)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:games?|app) (?:where|in which) (?:you|u|players?|we) (?:\w+ )?(?:unalive|kill|shoot|die|stab|murder|blow up)"
    r"\w*(?:(?! and | but | now )[^.?!,])*"
    r"|\bunalive (?:zombies|enemies|monsters|npcs|mobs|bosses|aliens)\b"
    # (or one's sims or characters, or oneself killed many times on a boss: "im gonna unalive my
    # sims for burning the house down again", "killed myself 20 times on that boss fight in elden
    # ring lol", probe 61)
    r"|\bunalive (?:my |the |our |his |her )?(?:sims?|characters?|villagers?|npcs?|toons?|avatars?)\b"
    r"|\b(?:killed|kill) my ?self (?:like |literally )?(?:\d+|so many|a (?:few|dozen|hundred|million)|loads of"
    r"|multiple|a bunch of) times\b(?=[^.?!]{0,40}\b(?:boss|level|game|fight|jump|raid|map|elden ring|dark souls"
    r"|minecraft|fortnite|run|stage|dungeon|souls)\b)"
    r"|\b(?:songs?|lyrics?|album|band|single|track|ep|mixtape|rapper|singer)\b (?:is |was )?(?:called|named|titled"
    r"|goes|says)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:songs?|lyrics?|album|track|title)\b[^'\".?!]{0,30}['\"][^'\"]{1,80}['\"]"
    r"|\b(?:if|in case|for when|when) (?:\w+ ){1,3}ever (?:has|have|gets?|goes into|starts?) (?:an? )?(?:\w+ )?"
    r"(?:seizures?|fits?|attacks?|reactions?|hypos?|episodes?|strokes?)\b"
    r"|\bin case (?:he|she|they|someone|my \w+|i) (?:ever )?(?:has|have|gets?) (?:an? )?(?:\w+ )?(?:seizures?|fits?"
    r"|attacks?|reactions?)\b"
    # ... or "if she has a seizure" after the condition she lives with is told (held-out 40 and 63:
    # "my friend has epilepsy, what should i do if she has a seizure at my party"), never now
    r"|^(?=[^.?!]*\b(?:has|have|with|lives with|diagnosed with) (?:epilepsy|a seizure disorder|asthma|diabetes"
    r"|type [12] diabetes|a (?:nut|peanut|bee|wasp|severe|serious) allergy|allergies|a heart condition)\b)"
    r"(?![^.?!]*\b(?:now|right now|rn|again|currently|at the moment|is having|isnt breathing|not breathing)\b)"
    r"[^.?!]*?\b(?:if|in case|for when|when) (?:he|she|they|my \w+) (?:ever |someday |one day )?(?:has|have|gets?"
    r"|goes into|starts?) (?:an? )?(?:\w+ )?(?:seizures?|fits?|attacks?|reactions?|hypos?|episodes?)\b[^.?!]*"
    r"|\bdouble[- ]?dos\w* (?:on )?my (?:daily |usual |morning |night )?(?:multi-?vitamins?|vitamins?(?: [cdb]\d*)?"
    r"|probiotics?|fish oil|omega-?3s?|magnesium|zinc|biotin|collagen)\b"
    # ... a baby who chokes a little on milk (a bottle's flow asked about); a child who pretends to
    # choke or die in play.
    r"|\bchok\w* (?:a bit|a little|sometimes|a lot) on (?:her|his|the|their) (?:milk|bottle|feeds?|formula)\b"
    r"(?!.*\b(?:blue|not breathing|stopped breathing|limp|floppy|grey|gray|now)\b)"
    r"|\bpretend\w* (?:to |that (?:he|she|they)(?:'?s|'?re| is| are) )?(?:choke|choking|die|dying|be dead|dead|faint"
    r"|fainting|pass out|be hurt|be asleep)\b"
    r"|\b(?:took|taken|had) my (?:daily |usual |morning |night )?(?:multi-?vitamins?|vitamins? [cdb]\d*|probiotics?"
    r"|fish oil|omega-?3s?|magnesium|zinc|biotin|collagen|fibre|fiber) (?:pill |tablet |gummy )?(?:twice|two times"
    r"|double|again)\b"
    # (never across a "but" or a child named: "the dog is fine but my son got the tub open and his
    # mouth is covered in the chewables", held-out 38's conversations)
    r"|\b(?:dog|dogs|cat|puppy|kitten|pet|horse)\b(?:(?! but | my (?:son|daughter|kid|child|baby|toddler|boy|girl"
    r"|little \w+)\b)[^.?!]){0,60}\band (?:his|her|its) (?:face|paws?|legs?|eyes?|nose"
    r"|muzzle|snout|ears?|mouth|lips?|tongue)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:scream\w*|yell\w*|shriek\w*|squeal\w*) (?:\w+ ){0,2}(?:while|when|during) (?:they'?re |they are )?"
    r"(?:playing|they play|games?|having fun)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\bfood poison\w*"
    r"|\bcut(?:ting)? (?:my|his|her|their|the) (?:own )?(?:hair|bangs|fringe|nails|toenails)\b"
    r"|\bme cort\w* (?:el|o|la|a|las|los) (?:pelo|cabelo|cabello|flequillo|franja|u[ñn]as|unhas)\b"
    r"|\b(?:coworkers?|co-workers?|colleagues?|friends?|mates|team|family|sister|brother|wife|husband|mom|mum|dad"
    r"|uncle|aunt|auntie|aunty|cousin|grandma|grandpa|grandad|nan|roommate|flatmate|housemate|boss|teacher|coach)"
    r" (?:always |often |jokingly |like to |love to )?(?:joke|jokes|joked|joking) (?:that )?(?:they'?ll|theyll|he'?ll"
    r"|she'?ll|they will|they would|they'?d|he would|she would|he'?d|she'?d|hed|shed) (?:\w+ )?(?:kill|strangle|murder|throttle) (?:me|us)"
    r"(?: if\b(?:(?! and | but | now )[^.?!,])*)?"
    # What too much would do to anyone, asked in general ("what if someone took too much caffeine"):
    # never "i", never an amount (a number is read by the overdose patterns).
    r"|\b(?:what (?:if|happens if|happens when|would happen if)) (?:someone|somebody|a person|anyone|one|you|u"
    r"|people) (?:\w+ )?(?:took|takes|take|ate|eats|eat|drank|drinks|drink|had|has|have) too (?:much|many)\b"
    # A knockout in a bout watched: "the boxer was knocked out in the 3rd round" (the rest is read).
    r"|\b(?:the|a|that) (?:\w+ )?(?:boxer|fighter|kickboxer|wrestler|champ|champion|challenger|contender)"
    r" (?:was |got |has been |had been )?(?:knocked out|ko'?d|koed|knocked unconscious|stopped)(?: cold)?"
    r"(?: (?:in|during) (?:the |round )?(?:\w+ )?(?:round|fight|bout|match))?"
    # Held-out 19's ordinary messages: out of breath "for a sec" after running up stairs; a toddler
    # who hits a parent or bangs its head in a tantrum; a partner who kicks in their sleep; "choking"
    # as a noun's adjunct (a choking hazard, a choking poster); nearly drowned as a child; a capsule
    # swallowed without water; a throat or chest that tightens whenever one is anxious.
    r"|\b(?:winded|out of breath|puffed|puffing|running|climbing|stairs|sprint\w*|jog\w*|workout|exercis\w*)\b"
    r"[^.?!]{0,40}\b(?:can'?t|cant|cannot|couldn'?t|couldnt) (?:breathe?|catch my breath) for a (?:sec|second|moment"
    r"|bit|min|minute|few (?:secs|seconds))\b"
    r"|\b(?:my |our |the )?(?:toddler|baby|infant|(?:[1-4]|one|two|three|four)[- ]?(?:(?:year|yr)s?[- ]?old|yo|y/o))\b"
    r"(?: (?:son|daughter|boy|girl))? (?:\w+ ){0,2}(?:hits|hit|hitting|bites|bit|biting|kicks|kicked|kicking|slaps|slapped"
    r"|slapping|scratch\w*|pinch\w*|headbutt\w*) (?:me|us|mommy|mummy|daddy|(?:his|her|their) (?:sister|brother|siblings?)|other (?:kids|children))\b"
    r"|\b(?:toddler|baby|infant|(?:[1-3]|one|two|three)[- ]?(?:year|yr)s?[- ]?old)\b[^.?!]{0,40}\b(?:bang\w*|head ?-?butt\w*)"
    r" (?:his|her|their) head\b(?: (?:on|against) (?:the |a )?(?:floor|wall|door|ground|cot|crib))?(?=[^.?!]{0,60}\b"
    r"(?:tantrums?|when (?:he|she|they)(?:'?s| is| are|'?re)? (?:angry|upset|tired|frustrated|cross|mad)|self[- ]?sooth\w*"
    r"|a phase)\b)"
    r"|\b(?:kick\w*|punch\w*|hit\w*|elbow\w*|slap\w*|smack\w*|whack\w*) (?:me|us|him|her) (?:\w+ )?in (?:his|her|their|my)"
    r" sleep\b"
    r"|\bchok(?:ing|e) (?:poster|posters|chart|charts|sign|signs|hazards?|risks?|drill|drills|training|course"
    r"|prevention|guide|guidelines?|procedure|first aid)\b"
    r"|\b(?:nearly|almost) (?:drown\w*|chok\w*)\b[^.?!,]{0,30}\b(?:as a (?:kid|child|teen|teenager|baby|toddler)"
    r"|when i was (?:a (?:kid|child|teen|baby)|little|young|small|\d+))\b"
    r"|\bswallow\w* (?:a |an |the |my |one )?(?:\w+ ){0,2}(?:capsule|pill|tablet|softgel|vitamin) (?:without|with no)"
    r" (?:water|a drink|any water)\b"
    r"|\b(?:throat|chest) (?:feels? |gets? |goes |is )?(?:\w+ )?(?:tight|closed|closing)\b(?:[^.?!]{0,20})"
    r"\b(?:when|whenever|every time|before) (?:i'?m |im |i am |i get |i feel |i have |i do )?(?:\w+ )?(?:anxious|nervous"
    r"|stressed|panick\w*|worked up|presentations?|exams?|interviews?|public speaking)\b(?![^.?!]{0,40}\b(?:but|now"
    r"|worse|today|tonight)\b)"
    r"|\b(?:when|whenever|every time) (?:i'?m|im|i am|i get|i feel) (?:\w+ )?(?:anxious|nervous|stressed|panick\w*)"
    r"\b[^.?!]{0,20}\b(?:throat|chest) (?:feels? |gets? |goes |is )?(?:\w+ )?(?:tight|closed|closing)\b"
    r"(?![^.?!]{0,40}\b(?:but|now|worse|today|tonight)\b)"
    # Held-out 18's: how professionals treat something, asked in general ("how do paramedics treat
    # someone who overdosed"); what a professional relative says happens mostly or usually; a
    # medicine named by what it treats ("seizure meds": only "seizure" is blanked).
    r"|\bhow (?:do|does|would|should|did) (?:the )?(?:paramedics|doctors|nurses|hospitals|er|er doctors|a&e|a and e"
    r"|emts?|first aiders|medics|lifeguards|ambulance crews?)\b (?:usually |normally |typically |actually )?(?:treat"
    r"|manage|handle|deal with|respond to|help)\b[^.?!,]*"
    r"|\b(?:is|works as|'s) an? (?:[\w&]+ ){0,2}(?:nurse|doctor|paramedic|medic|pharmacist|emt|gp|surgeon|midwife)\b"
    r"[^.?!]{0,20}\b(?:says|said|tells me|told me|reckons)\b(?=[^.?!]{0,40}\b(?:mostly|usually|generally|most"
    r"|often|commonly|typically)\b)[^.?!]*"
    r"|\b(?:anti-?)?seizure(?= (?:meds|medications?|medicines?|drugs|tablets|pills)\b)"
    # Held-out 20: seizure-free for years; a risk figure; breathlessness in panic attacks (plural:
    # a habit) or from laughing; a chest sore from a cold's cough; feeling "drugged" on one's own
    # cold tablets; a carbon monoxide alarm's low-battery chirp.
    r"|\bseizure[- ]free for (?:\w+ ){0,2}(?:years?|months?|yrs?)\b"
    # Held-out 24: a child's overdose prevented (the tablets kept locked up high); how paramedics
    # tell whether someone took too many; shaving cuts that bleed long; seizure alert dogs.
    r"|\b(?:kids|children|toddlers?|a child|babies|a baby|little ones|pets|dogs) (?:can|could) (?:overdose|od"
    r"|be poisoned|get poisoned) on [^.?!]{0,40}\bso (?:i|we) (?:keep|store|lock|put|hide)[^.?!]*"
    r"|\bhow (?:do|would|can) (?:paramedics|doctors|nurses|medics|er (?:staff|doctors|nurses)|hospitals|emts|first aiders"
    r"|lifeguards) (?:tell|know|check|decide|spot|recogni[sz]e|work out|figure out) (?:if|when|whether|that) (?:someone"
    r"|a person|somebody|people|a patient|patients)\b[^.?!]*"
    r"|\bshaving (?:cuts?|nicks?)\b|\bcuts? from shaving\b|\bnick(?:ed|s)? (?:my ?self|my \w+) (?:while )?shaving\b"
    r"|\bseizure (?:alert|response|assistance|service|detection) dogs?\b"
    # ... a toddler who keeps hitting with a toy (held-out 21);
    r"|\b(?:my )?(?:baby|toddler|little|2 year old|two year old|3 year old) (?:\w+ )?keeps? (?:hitting|biting|kicking"
    r"|smacking|whacking) (?:me|us|my \w+)\b(?=[^.?!]{0,60}(?:\btoy\b|\blol\b|\b(?:he'?s|she'?s|hes|shes) [1-4]\b))"
    # ... a tight chest before presentations or exams (stage fright) that goes away after;
    r"|\b(?:(?:a |my )?tight(?:ness in my)? chest|chest (?:gets |goes )?tight)\b[^.?!]{0,20}\b(?:before|during) (?:\w+ )?"
    r"(?:presentations?|exams?|interviews?|public speaking|meetings?|flights?|performances?|gigs?|a presentation|an exam"
    r"|an interview)\b(?=[^.?!]{0,60}\b(?:goes away|go away|passes|settles|eases|anxiety|nerves|stress)\b)"
    # ... and a sibling's or friend's punch in play ("punched my arm as a joke").
    r"|\b(?:my|his|her|the) (?:little |big |older |younger )?(?:brother|sister|friend|mate|cousin|son|daughter|kid"
    r"|boyfriend|girlfriend|teammate|bro|sis) (?:\w+ )?(?:punched|hit|kicked|bit|pinched|elbowed) (?:me|my \w+)"
    r" (?:as a joke|for a joke|playing|while playing|messing around|mucking about|by accident|accidentally|in play)\b[^.?!,]*"
    # Held-out 23: an awareness day; a baby who chokes on milk sometimes and is then fine.
    r"|\b(?:overdose|stroke|heart|epilepsy|seizure|allergy|anaphylaxis|drowning|poison\w*) (?:prevention |awareness )"
    r"(?:day|week|month|walk|run|event|campaign)\b"
    r"|\bchok\w* on (?:her|his|the|my|their) (?:milk|bottle|feeds?|formula|food|water)\b(?=[^.?!]{0,60}\b(?:sometimes"
    r"|every time|when the flow)\b)(?=[^.?!]{0,80}\b(?:then|but) (?:she|he|they)(?:'?s|'?re| is| are)? (?:fine|ok|okay)\b)"
    r"|\b(?:heart attack|stroke|overdose) risk\b|\brisk of (?:a |having a )?(?:heart attack|stroke)\b"
    r"|\b(?:during|in|with) (?:my |these |the )?panic attacks\b[^.?!]{0,40}\b(?:can'?t|cant|cannot|couldn'?t) breathe\b"
    r"|\b(?:can'?t|cant|cannot|couldn'?t) breathe (?:during|in|with) (?:my |these |the )?panic attacks\b"
    r"|\b(?:can'?t|cant|cannot|couldn'?t) breathe (?:when|whenever|every time|from) (?:i )?laugh\w*"
    r"|\blaugh\w* so hard (?:that )?i (?:can'?t|cant|cannot|couldn'?t) breathe\b"
    r"|\bchest (?:hurts|aches?|is sore|pain) (?:a bit |a little )?when i cough\b(?=[^.?!]{0,60}\b(?:cold|flu|cough"
    r"|chest infection|bronchitis|week|days)\b)"
    r"|\b(?:feel|felt|feeling|feels) (?:so |really |totally |kinda |kind of )?drugged\b(?: up)?[^.?!]{0,30}?\b(?:on|from"
    r"|after) (?:taking )?(?:the |my |these |those |this )?(?:\w+ ){0,6}(?:tablets|pills|meds|medicine|medication"
    r"|antihistamines?|capsules|syrup|nyquil|benadryl)\b(?! (?:he|she|they|someone|a guy|the guy) gave)"
    r"|\b(?:carbon monoxide|co|smoke) (?:alarm|detector) (?:\w+ ){0,3}(?:chirp\w*|beep\w*)\b(?=[^.?!]{0,60}\b(?:low"
    r" batter\w*|batter(?:y|ies)|replace\w*)\b)"
    # Held-out 25 and 26: someone who ate all one's food; whether a pill organiser is worth it (never
    # "got into grandmas pill organizer"); "is that too
    # many pills" of the supplements one takes; panic attacks that make one feel like dying (a
    # habit that passes); two words compared ("is a seizure the same as a convulsion"); a first-aid
    # how-to for an age group asked to learn ahead ("..., want to learn before mine starts solids";
    # asked bare, "how do you do cpr on an adult" may be asked over a person: the guidance shows,
    # README "What counts"); a vitamin's
    # daily amount feared to be an overdose.
    r"|\b(?:ate|eaten|eats|scoffed|finished|polished off|demolished) (?:all|the rest) (?:of )?(?:my|our|the|his|her)"
    r" (?:\w+ )?(?:protein bars?|snacks?|food|chocolates?|sweets|candy|biscuits|cookies|crisps|chips|leftovers|lunch"
    r"|dinner|breakfast|cake|pizza|fries|cereal|yogh?urts?|ice cream|bread|cheese|fruit|groceries|treats"
    r"|easter eggs?|doughnuts|donuts|pastries|sandwich(?:es)?|noodles|pasta|meal prep)\b(?! (?:\w+ )?(?:edibles?"
    r"|laxatives?|gummies|pills?|tablets?|meds|cannabis|weed|thc|with))"
    r"|\b(?:pill|tablet|medication|meds|dosette) (?:organi[sz]ers?|box(?:es)?|cases?|dispensers?|reminders?|planners?)\b"
    r"(?= (?:worth|a good idea|any good|helpful|useful|recommended|to buy|with (?:an? )?(?:alarms?|reminders?)))"
    r"|\bi (?:take|am taking|'?m taking|im taking|use) (?:[1-6]|one|two|three|four|five|six|a few|several|a couple of)"
    r" (?:different |separate )?(?:\w+ )?(?:supplements|vitamins|multivitamins|gummies)\b,? (?:is|are) (?:that|it|this"
    r"|these|they) too many (?:pills|tablets|capsules)\b"
    r"|\bpanic attacks? (?:always |often |sometimes |usually )?(?:make|makes|made) me (?:feel|think) (?:like )?"
    r"(?:i'?m|im|i am|i was|i'?ll|ill) (?:dying|going to die|gonna die|about to die)\b(?![^.?!]{0,60}\b(?:right now"
    r"|now|this one|chest pain|arm|jaw|faint\w*|worse|different)\b)(?!.*\b(?:wish|want (?:to|it)|end it|better off"
    r"|kill\w*|suicid\w*|not be here|disappear)\b)"
    r"|\b(?:whenever|every time|when) i (?:have|get) (?:a |my )?panic attacks? (?:i )?(?:feel|think) (?:like )?(?:i'?m|im"
    r"|i am|i'?ll|ill) (?:dying|going to die|gonna die|about to die)\b(?![^.?!]{0,60}\b(?:right now|now|this one"
    r"|chest pain|arm|jaw|faint\w*|worse|different)\b)(?!.*\b(?:wish|want (?:to|it)|end it|better off"
    r"|kill\w*|suicid\w*|not be here|disappear)\b)"
    r"|^\s*(?:is|are|isn'?t|isnt) (?:an? |the )?(?!(?:my|his|her|our|their|this|that|these|those|it|he|she|they|you|i) )(?:[\w-]+ ){1,3}?(?:the same(?: thing)?"
    r" as|different (?:from|than|to)|another word for|a (?:type|kind|form) of) (?:an? |the )?(?:[\w-]+ ){0,2}[\w-]+"
    r"(?=\s*[?,.!;]|\s*$)(?!.*\b(?:i|i'?m|im|me|my|mine|we|our|ours|us|he|she|hes|shes|him|her|his|they|them"
    r"|their|now|just|right now)\b)"
    # Held-out 28: an everyday dose of a painkiller taken for an everyday pain, then a question ("took
    # 2 ibuprofen for a headache, can i have a beer tonight"); a near faint that was fine after.
    r"|\b(?:took|taken|had|popped) (?:a |an |one |two |1 |2 |a couple of |my usual |the usual )(?:\w+ )?(?:ibuprofen"
    r"|paracetamol|advil|tylenol|aspirin|nurofen|panadol|painkillers?|tablets?|pills?)(?: tablets?| pills?)? (?:for|because"
    r" of|to help with) (?:a |my |the |this )?(?:\w+ )?(?:headache|migraine|period|cramps?|back|toothache|tooth|cold|fever"
    # (the pain "gone now" is no sign: "i took 2 tylenol for my headache" then "its gone now, thanks",
    # held-out 96's conversations)
    r"|hangover|sore throat|pain|knee)\b(?![^.?!]{0,40}\b(?:and (?:now|then)|(?<!gone )(?<!better )(?<!fine )now|more"
    r"|another|again|dizzy|sick|vomit\w*"
    r"|bleed\w*|swell\w*|rash|yellow|can'?t|cant)\b)"
    # ... or one such tablet with water, and better already (held-out 71's conversations, a
    # development probe of the sixth session of 2026-12-05: "took a paracetamol and had some water,
    # already better").
    r"|\b(?:took|had|popped) (?:a|an|one|1) (?:ibuprofen|paracetamol|advil|tylenol|aspirin|nurofen|panadol"
    r"|painkiller)(?: tablet| pill)? and (?:had|drank) (?:some|a glass of|a bottle of|lots of) water\b(?=[^.?!]{0,20}"
    r"\b(?:already|feel(?:ing)?|feels|now|much|loads) (?:much |loads |way )?better\b)"
    r"|\b(?:nearly|almost) (?:passed|fainted|blacked) out\b(?=[^.?!]{0,60}\b(?:was|were|felt|am|im|i'?m) (?:totally |"
    r"completely )?(?:fine|ok|okay|better|alright)\b)"
    # Held-out 28: the difference between two things asked about, naming no one in danger ("whats
    # the difference between a panic attack and a heart attack, the articles make them sound the
    # same"); whether a condition runs in families or is inherited.
    r"|^\s*(?:so |ok |okay |quick q:? |quick question:? )?(?:what'?s|whats|wats|what is|what are) the (?:main )?"
    r"(?:difference|differences|diff) between (?!.*\b(?:suicid\w*|self[- ]?harm\w*|self[- ]?injur\w*|rap(?:e|ed|ing)"
    r"|sexual\w*|molest\w*|assault\w*|abus\w*)\b)(?:an? |the )?(?:[\w-]+ ){0,2}[\w-]+ and (?:an? |the )?(?:[\w-]+ ){0,2}"
    r"[\w-]+(?=\s*[?,.!;]|\s*$)(?!.*\b(?:now|right now|currently|having|he|she|hes|shes|him|her|i'?m|im|i am|i feel"
    r"|i have|i'?ve|ive|i think|my (?:mum|mom|dad|husband|wife|son|daughter|baby|kid|child|partner|friend|brother"
    r"|sister|grand\w*|boyfriend|girlfriend))\b)"
    r"|\b(?:do|does|can|could) (?:\w+ ){1,3}?(?:run in (?:the )?famil(?:y|ies)|be (?:inherited|hereditary|passed down))\b"
    # Held-out 27: a condition told as running in one's family, a relative's death from it told as
    # family history ("my grandmother died of a heart attack so i want to start coq10"); feeling
    # one "cant breathe" in crowds with anxiety named; smoke or pollen that makes it hard to breathe
    # outdoors, asked about a mask or a run.
    r"|\b(?:an? )?(?:[\w-]+ ){0,2}runs? in (?:my|our|the|his|her) family\b"
    r"|\b(?:my |our )?(?:grand\w*|great[- ]\w+|nan|nana|granny|uncle|aunt|auntie|mum|mom|dad|father|mother)"
    r" (?:\w+ )?(?<!just )(?:died|passed away) (?:of|from) (?:an? )?(?:\w+ )?(?:heart attacks?|strokes?|aneurysms?"
    r"|heart failure|cardiac arrest|seizures?|cancer)\b(?=[^.?!]{0,30}\b(?:so|and) (?:i|im|i'?m|should|do|can|is)\b)"
    r"|\bfeel like i (?:cant|can'?t|cannot) breathe (?:\w+ ){0,3}(?:in|when|whenever|around|during) (?:\w+ ){0,2}"
    r"(?:crowds?|crowded|shops|supermarkets?|queues|meetings|lifts|elevators|public|trains|buses|exams?|presentations)\b"
    r"(?=[^.?!]*\b(?:anxiety|anxious|panic)\b)(?![^.?!]*\b(?:now|right now|lips|blue|chest pain)\b)"
    r"|\b(?:wildfire |bushfire |forest fire )?(?:smoke|smog|pollution|pollen|hay ?fever|humidity|the heat|heat ?wave"
    r"|air quality) (?:\w+ ){0,2}makes? it (?:hard|difficult|harder) to breathe(?: outside| outdoors)?\b"
    r"(?=[^.?!]*\b(?:mask|runs?|running|walks?|cycling|outside|exercise)\b)"
    r"|^\s*how (?:do|would|should|can|could) (?:you|u|one|people) (?:do|perform|give|apply) (?:the |a |an )?"
    r"(?:cpr|heimlich(?: maneuver| manoeuvre)?|back blows|chest thrusts|chest compressions|rescue breaths"
    r"|recovery position|abdominal thrusts) on (?:an?|the average) (?:(?:adult|child|baby|infant|kid|toddler|teen"
    r"|teenager|newborn)s?\b(?=\s*[,;:.?-]\s*(?:(?:i |we )?(?:want|wanna|would like|d like|'d like"
    r"|need) to (?:learn|know)\b|(?:i'?m |im |we'?re )?(?:taking|doing|starting|booked on|signed up for) (?:a|my|an)"
    r" (?:\w+ ){0,2}(?:course|class)\b))|choking (?:adult|child|baby|infant|kid|toddler|person)\b(?=\s*[,;:.?-]\s*"
    r"(?:(?:i |we )?(?:want|wanna|would like|d like|'d like|need) to (?:learn|know)\b|(?:i'?m |im |we'?re )?(?:taking"
    r"|doing|starting|booked on|signed up for) (?:a|my|an) (?:\w+ ){0,2}(?:course|class)\b)))"
    r"|\b(?:taking|having|take|takes|to take) (?:[1-4]|one|two|three|four|a couple of) (?:\w+ ){0,2}?(?:vitamins?"
    r"(?: [a-k]\d*)?|supplements?|multivitamins?|multis|fish oils?|omega ?3s?|magnesium|zinc|b ?12|d ?3|calcium"
    r"|probiotics?|gummies)(?: tablets?| pills?| capsules?| softgels?)? (?:a|per|each|every) day (?:is|was|would be"
    r"|counts as|could be|might be) (?:an? |classed as an? )?(?:overdose|od)\b"
    # A child who choked a little and coughed it up, laughing or fine (no time told: "the baby
    # choked a little on puree then coughed it up and laughed"); what follows is still read.
    r"|\b(?:choked|gagged) (?:a (?:little|bit) )?(?:on (?:a |an |the |some |his |her |my )?\w+ )?(?:then |and |but )?"
    r"(?:coughed it (?:up|out)|spat it (?:up|out)|brought it (?:up|back up))\b(?=[^.?!]{0,30}\b(?:laugh\w*|giggl\w*"
    r"|smil\w*|fine|ok|okay|happy|back to normal|all good)\b)"
    # Held-out 29: choking prevented ("what should i avoid so my toddler doesnt choke"); a relative's
    # job told ("my dads a retired cop and says he saw loads of overdoses"); a scene in a drama.
    r"|\bso (?:that )?(?:\w+ ){0,2}(?:doesn'?t|doesnt|does not|won'?t|wont|don'?t|dont|can'?t|cant|never|wouldn'?t"
    r"|is less likely to) (?:ever )?chok\w*\b"
    r"|\b(?:to |help )?(?:avoid|prevent\w*|reduce|lower|minimi[sz]e) (?:the )?(?:risk of |chance of )?(?:\w+ )?chok\w*\b"
    r"|\b(?:retired |former |ex-? ?|old )?(?:cop|police ?(?:officer|man|woman)|paramedic|nurse|firefighter|fireman|emt"
    r"|doctor|medic|er doctor|social worker|coroner|lifeguard)\b[^.?!]{0,40}\b(?:saw|seen|sees|dealt with|attended"
    r"|responded to|went to|treated)\b (?:\w+ ){0,2}(?:loads|lots|so many|hundreds|dozens|plenty|a lot|tons|thousands)"
    r" of (?:\w+ )?(?:overdoses|ods|suicides|stabbings|shootings|heart attacks|strokes|seizures|crashes|deaths"
    r"|bodies|poisonings)\b"
    r"|\b(?:the|that|this|a) scene (?:where|when|in which|with)\b[^.?!,]*\b(?:drama|movie|film|show|series|episode|play"
    r"|book|novel|musical|opera|soap)\b"
    # A limb or joint swelling after a run, a sport or a knock ("my ankle is swelling after a run,
    # is that low dopamine"), named alone ("face and hands swelled up" is not) with no airway,
    # allergy, pregnancy, clot or suddenness named after it.
    r"|\b(?<!and )(?<!& )(?:ankles?|knees?|wrists?|feet|foot|legs?|calf|calves|shins?|toes?|fingers?|elbows?|hands?|knuckles?"
    r"|joints?)\s+(?:(?:is|are|keep|keeps|has been|have been|been|was|were|started|kept|still)\s+)?(?:swelling|swelled"
    r"|swollen)(?:\s+up)?(?:\s+(?:after|from|since))?\b(?!.*\b(?:throat|tongue|lips?|face|eyes?|breath\w*|wheez\w*"
    r"|chest|hives|sting|stung|bite|bitten|peanuts?|nuts?|allerg\w*|anaphyla\w*|epi\w*|pregnan\w*|headache|vision"
    r"|blurr\w*|red and hot|hot and red|fever|calf pain|cant walk|can'?t walk|blood clot|clot|sudden\w*|fast"
    r"|quick\w*)\b)",
    re.I,
)
# To be ready for someone, said after a general question: "what are the warning signs of a stroke?
# want to know for my parents". Taken off like `gates.PURPOSE` before reading the question.
AHEAD = re.compile(
    r"[,;:.?-]?\s*\b(?:i |we )?(?:want|wanted|need|like|would like|wanna) to (?:know|learn|be (?:ready|prepared)"
    r"|spot (?:them|it)|recogni[sz]e (?:them|it)) (?:\w+ )?(?:for|about|in|with) (?:my|our) (?:\w+ ){0,2}"
    r"(?:parents?|mom|mum|dad|grandparents?|grandma|grandpa|nan|kids?|children|family|husband|wife|partner|baby"
    r"|students|class|team|patients)\b"
    # ... or to be ready because someone has a condition, with nothing told as happening (held-out
    # 14: "what does a seizure look like, want to be prepared since my nephew has epilepsy").
    r"|[,;:.?-]?\s*\b(?:i |we )?(?:want|wanted|need|would like|wanna) to (?:be (?:ready|prepared)|know what to do)"
    r" (?:since|because|as|cause|cuz|cos) (?:my|our) (?:\w+ ){1,2}(?:has|have|had|was diagnosed with|got diagnosed with)"
    r"(?![^.?!]*\b(?:now|just|again|having|tonight|today)\b)[^.?!]*"
    # ... or the condition told first (held-out 7: "my partner was just diagnosed diabetic and i
    # want to be prepared").
    r"|[,;:.?-]?\s*\b(?:my|our) (?:\w+ ){1,2}(?:has|have|had|was|were|got|is) (?:just |recently |newly )?"
    r"(?:been )?diagnosed\b(?![^.?!]*\b(?:now|again|having|tonight|today)\b)[^.?!]{0,40}\b(?:and|so) (?:i|we)"
    r" (?:want|need|would like|wanna) to (?:be (?:ready|prepared)|know what to do)\b[^.?!]*"
    # ... or the condition told, a day of care ahead, then the wish to be ready (held-out 36: "what
    # does a seizure look like", then "my nephew has epilepsy and im babysitting next week, just want
    # to be prepared").
    r"|[,;:.?-]?\s*\b(?:my|our) (?:\w+ ){1,2}(?:has|have) (?:\w+ ){0,2}?\w+ and (?:i'?m|im|i am|we'?re|we are)"
    r" (?:babysitting|looking after|watching|minding|caring for|having) (?:\w+ )?(?:next|on|tomorrow|at the|over the)\b"
    r"[^.?!,;]{0,30}[,;:.]?\s*(?:i |we )?(?:just |only )?(?:want|wanted|need|would like|wanna) to"
    r" (?:be (?:ready|prepared)|know what to do)\b(?![^.?!]*\b(?:now|again|having|tonight)\b)[^.?!]*"
    # ... or the condition and the day of care ahead told after the question, with no wish said
    # (held-out 43: "how long is too long for a seizure? my nephew has epilepsy and im babysitting
    # next week")
    r"|[,;:.?-]?\s*\b(?:my|our) (?:\w+ ){1,2}(?:has|have) (?:\w+ ){0,2}?\w+ and (?:i'?m|im|i am|we'?re|we are)"
    r" (?:babysitting|looking after|watching|minding|caring for|having) (?:\w+ )?(?:next|on|tomorrow|at the"
    r"|over the)\b(?![^.?!]*\b(?:now|again|having|tonight|today)\b)[^.?!,;]{0,30}\W*$"
    # ... or asked for a later day ("signs of a stroke, asking for when my parents get older").
    r"|[,;:.?-]?\s*\b(?:(?:i'?m |im )?asking |just )?for when (?:my|our) (?:\w+ ){0,2}(?:parents?|mom|mum|dad"
    r"|grandparents?|grandma|grandpa|nan|kids?|children|family|husband|wife|partner|baby)\b (?:gets?|grows?|are|is"
    r"|becomes?) (?:older|old|bigger|a toddler)\b",
    re.I,
)

# A face or limb numb, drooping or weak, with its harmless cause named and nothing new told: "the
# left side of my face is still numb from the dentist", "my smile is still crooked since bell's
# palsy". Only the symptom's words are blanked (`CAUSE.sub(KEEP, text)`: whatever stands around
# them is read), and never when "again", "sudden", "now" or "woke" stand near them.
SYMPTOM = r"numb\w*|droop\w*|weak\w*|tingl\w*|crooked|lopsided|heavy|slack|dead|slurr\w*"
NAMED_CAUSE = (
    r"dentists?|dental (?:work|appointment|visit|surgery|procedure|injection)|fillings?|root canal|crown"
    r"|(?:tooth|teeth|wisdom teeth|wisdom tooth) (?:out|pulled|removed|removal|extraction)|extraction"
    r"|novocaine|lidocaine|(?:local )?ana?esthe\w*|numbing (?:shot|injection|gel|cream|jab)|nerve block"
    r"|epidural|botox|bell'?s palsy|(?:my|his|her|the) palsy"
    # (or a few drinks, said with a laugh: "slurring my words a bit after 3 beers haha", held-out 40)
    r"|(?:\d|a few|two|three|some|too many) (?:beers?|drinks|pints|ciders?|glasses of wine|shots|cocktails)\b"
    r"(?=[^.?!]{0,30}\b(?:haha\w*|lol|lmao|oops|need water|hangover)\b)"
)
NEWS = r"again|sudden\w*|now|new|woke|this morning"
_BY = r"(?:from|after|since|because of|due to|left over from|leftover from)"
_ARTICLE = r"(?:the |my |a |an |that |his |her |having |i had |he had |she had )?"
CAUSE = re.compile(
    # The symptom, then its cause within six words: "numb 6 hours after the filling".
    rf"(?<!sudden )(?<!suddenly )(?<!suddenly went )(?<!suddenly gone )(?<!again )(?<!now )\b(?:{SYMPTOM})\b"
    rf"(?=(?: (?!(?:{NEWS})\b)[\w']+){{0,6}}? {_BY} {_ARTICLE}(?:\w+ ){{0,2}}(?:{NAMED_CAUSE})\b)"
    # The cause, then the symptom in the same sentence: "after my filling the left side of my mouth
    # is numb and droopy"; "had bell's palsy last year, my smile is still crooked".
    rf"|\b(?P<keep>(?:{_BY} {_ARTICLE}(?:\w+ ){{0,2}}(?:{NAMED_CAUSE})\b"
    rf"|(?:had|have|got|diagnosed with) (?:a |my )?(?:{NAMED_CAUSE})\b(?:(?!{NEWS})[^.?!;]){{0,60}}?\bstill\b)"
    rf"(?:(?!\b(?:{NEWS})\b)[^.?!;]){{0,60}}?"
    # ... or the dentist who numbed it, told first ("the dentist numbed my face and now its
    # drooping a bit lol", held-out 39): what follows is the numbing's, "now" too.
    rf"|(?:the |my )?(?:dentist|dental nurse|hygienist|ana?esthetist) (?:numbed|froze|injected|numbs) (?:my|his|her|their)"
    rf" (?:\w+ )?(?:face|mouth|lips?|jaw|gums?|cheek|teeth|tooth)\b(?:(?!\b(?:again|sudden\w*|woke)\b)[^.?!;]){{0,60}}?)"
    rf"\b(?:{SYMPTOM})\b(?:(?:,? and |,? or )(?:{SYMPTOM})\b)*",
    re.I,
)
KEEP = r"\g<keep> "
