"""Everyday uses of crisis words, blanked like `figurative.FIGURATIVE` (which joins these
alternatives), by the kinds held-out 30 showed: a thing, the weather or a workout "trying to kill
me"; fainting or dying "from boredom"; the heat that makes one "want to die" laughed off; a choke
in a grappling sport; a capsule one "almost choked on"; a scene in a show or a news story about
someone else; a trifle given away or said goodbye to; a goodbye said for a move; the last of one's tablets taken before a
reorder; a cut while shaving or a knife-skills class cut zero times; "poisoning myself" with a
habit; a doctor's warning of a heart attack one day; a medicine's "seizure threshold"; scratched
by a cat or a hamster. Each is read as told when a danger sign follows it.
"""

from __future__ import annotations

# Things (never a person) that "are trying to kill me": food, drink, weather, a workout, a cold.
_THING = (
    r"smoothie|coffee|curry|chill?i|hot sauce|sauce|wasabi|ginger|spice|pepper|salsa|pre-?workout|workout|class"
    r"|hill|stairs|heat|heatwave|weather|humidity|sun|cold|flu|hangover|commute|shoes|boots|heels|diet|shake"
    r"|gym|leg day|spin class|allergies|hay ?fever|pollen|cough|period|cramps|migraine|alarm|neighbou?rs'? dog"
    r"|sinuses|knee|back|jalape(?:n|ñ)os?|coach|trainer|personal trainer|pt|instructor"
    # (probe 95 of the third session of 2026-12-07: "the sauna tried to kill me today lol", "my gym
    # buddy is trying to kill me with burpees")
    r"|sauna|steam room|hot tub|hot yoga|yoga|pilates|crossfit|bootcamp|boot camp|gym buddy|gym partner"
    r"|workout buddy|running buddy"
)
# Tasks and treats that "are going to kill me": a challenge, a dish, a deadline, a week.
_TASK = (
    r"challenge|ramen|noodles|wings|hike|run|marathon|exam|essay|deadline|week|assignment|homework"
    r"|shift|rota|boss fight|level|course|module|dissertation|thesis|move|renovation|toddler|puppy"
    r"|training|prep|training plan|programme|program"
)
# Trifles one faints or dies "from" or "of".
_TRIFLE = (
    r"boredom|bored|cringe|embarrassment|secondhand embarrassment|shame|laughter|laughing|excitement|cuteness"
    r"|jealousy|envy|the smell|the stench|the suspense|anticipation"
)
# A grappling sport, where a choke is a hold.
_GRAPPLING = r"jiu[ -]?jitsu|bjj|judo|mma|grappling|wrestling|sparring|rolling|open mat|sambo|no[- ]gi|rolls?"
# A sign of danger told after a scare: then the message is read as told.
_DANGER = (
    r"(?![^.?!]*\b(?:still|now|can'?t breathe|cant breathe|not breathing|isnt breathing|wont wake|won'?t wake|blue"
    r"|unconscious|seiz\w*|stuck|wheez\w*|blood|bleeding|vomit\w*|throwing up|boyfriend|girlfriend|husband|wife"
    r"|partner|dad|stepdad|mum|mom)\b)"
)
# Things given away or said goodbye to: goods, a habit, a food.
_HABIT = (
    r"caffeine|coffee|sugar|alcohol|booze|drinking|carbs|bread|dairy|gluten|meat|smoking|cigs|cigarettes|fags|vaping"
    r"|vapes?|junk food|takeaways?|energy drinks|soda|fizzy drinks|chocolate|sweets|snacking|acne|spots|bloating"
    r"|belly fat|dry skin|insomnia|late nights|doom ?scrolling|social media|tiktok|instagram|my (?:old )?(?:\w+ )?"
    r"(?:habit|routine|diet|phone|car|job|hair|braces|cast|crutches|retainer|glasses)"
)
_ORDER = (
    r"ship\w*|order\w*|restock\w*|refill\w*|deliver\w*|dispatch\w*|subscri\w*|next (?:tub|bottle|pack|box|batch"
    r"|order|one)|buy (?:more|another)|in stock|arrive"
)

EVERYDAY = (
    rf"\b(?:my|this|that|the|these|those|today'?s) (?:\w+ ){{0,2}}(?:{_THING})s? (?:is|are|'?s|'?re|was|were)"
    r" (?:literally |actually |really |lowkey |legit |def |definitely )?(?:trying|tryna|out|determined) to"
    r" (?:kill|murder) me\b"
    rf"|\b(?:my|this|that|the|these|those|today'?s) (?:\w+ ){{0,2}}(?:{_THING})s? (?:literally |actually |nearly"
    r" |almost )?tried to (?:kill|murder) me\b(?=[^.?!]{0,30}(?:\b(?:lol|lmao|haha\w*|today|earlier)\b|😂|🤣|😅))"
    rf"|\b(?:nearly|almost|about to|gonna|going to|could(?:'?ve| have)?|basically) (?:pass(?:ed)? out|faint(?:ed)?"
    rf"|die[ds]?|collapse[ds]?|keel(?:ed)? over|drop(?:ped)? dead) (?:from|of|with|because of) (?:sheer |pure |the )?"
    rf"(?:{_TRIFLE})\b"
    # The heat or a broken fan that makes one "want to die", laughed off in the same breath.
    r"|\b(?:heat|heatwave|\d+ ?degrees|humid\w*|ac|a/c|aircon|air con|fan|radiator|boiler|wifi|hangover)\b[^.?!]{0,40}"
    r"\bi (?:want to|wanna|could) (?:literally )?die\b ?(?:😂|🤣|😅|💀|🥵|\blol\b|\blmao\b|haha\w*)"
    # A choke in a grappling sport (a hold), never with a partner or a danger sign after.
    rf"|\b(?:got |get |getting |was |been )?chok\w* (?:out |unconscious )?(?:(?!by\b)\w+ ){{0,4}}(?:at|in|during|from) (?:\w+ )?"
    rf"(?:{_GRAPPLING})\b{_DANGER}"
    rf"|\b(?:{_GRAPPLING})\b[^.?!]{{0,40}}\bchok\w*(?: out)?\b{_DANGER}"
    # A capsule one almost choked on, over ("almost choked on one of your fish oil capsules").
    r"|\b(?:almost|nearly|kinda|basically|practically) chok\w* (?:to death )?on (?:one of )?(?:your|the|these|those|my|a"
    r"|an|this|that) (?:\w+ ){0,3}?(?:capsules?|pills?|tablets?|softgels?|vitamins?|gummies|gummy|caps|tabs)\b"
    rf"{_DANGER}"
    # A scene in a show, or a news story about someone else (blanked up to the first word of the
    # writer's own or a turn: "and", "but", "so", "now", "then"; never when the writer did, wants or
    # feels the same after it: "... and i just took the same").
    r"|\b(?:the|a|that|this) (?:\w+ ){0,2}scenes? (?:in|on|from) (?:the|that|this|a|an) (?:\w+ ){0,2}(?:show|film|movie"
    r"|series|episode|drama|soap|book|game|musical|play)\b"
    r"|\b(?:the|a|that|this) (?:\w+ ){0,2}scenes? (?:in|on|from) (?!(?:my|our|the house|the kitchen)\b)[^.?!,]{1,30}?"
    r"(?:\b(?:was|is|were|looked|looks|felt|seemed|had|where|made)\b|(?=,))"
    r"|\b(?:read|saw|seen|heard|watched|reading|watching) (?:about|(?:a |an |that |this |the )?(?:\w+ )?(?:story|article"
    r"|news|report|tiktok|video|headline|documentary)s?(?: about| on| where| of| in)?) (?:a|an|the|some"
    r"|this|that) (?:\w+ ){0,2}(?:toddler|child|kid|baby|boy|girl|man|woman|teen|teenager|student|family|person"
    r"|guy|lady|dog|puppy)\b(?![^.?!]*\b(?:(?:i|we) (?:just |also |have |had |'?ve |then |too )?(?:took|take|taken"
    r"|swallowed|ate|eaten|did|done|do|want|wanna|need|going|gonna|will|'?ll|plan\w*|tried|feel|felt)|same|too|as well"
    r"|like (?:him|her|them|that))\b)(?:(?!\b(?:i|me|my|we|our|us|mine|and|but|so|now|then)\b)[^.?!,]){0,60}"
    # Goods given away for an everyday reason, a habit said goodbye to.
    r"|\bgiv(?:e|es|ing|en) away (?:my |our |some |all my |the )?(?:old |spare |unused |unopened |opened |leftover"
    r" |extra |kids'? |baby )(?:\w+ ){0,2}(?=[^.?!]{0,60}\b(?:since|because|cos|as) (?:i|we)(?:'?ve| have)? (?:switched"
    r"|moved|moving|changed|upgraded|outgrew|got (?:a )?new|bought (?:a )?new|stopped using|do ?n'?t use|dont use"
    r"|no longer use|went)\b|[^.?!]{0,60}\b(?:declutter\w*|to (?:a )?(?:charity|friend|neighbou?r|food bank)"
    r"|on (?:freecycle|olio|facebook|marketplace|vinted))\b)"
    rf"|\b(?:say(?:ing|s)?|said|bid(?:ding)?|wav(?:e|ing)|kiss(?:ing)?) (?:goodbye|good bye|farewell) to (?:the )?(?:{_HABIT})\b"
    # A goodbye said for a move ("she keeps saying goodbye to everyone because shes moving to
    # spain", a reader's probe), never a leaving "for good", "forever" or "this world".
    r"|\b(?![^.?!]*\b(?:for good|forever|this world|this life|for ever|not coming back|wont be back"
    r"|won'?t be back)\b)(?:say(?:ing|s)?|said) (?:goodbye|good bye|bye|farewell)s?\b[^.?!]{0,30}?\b(?:because|cos|cause|since|as"
    r"|before|ahead of) (?:(?:she|he|they|i|we)(?:'?s|'?re|'?m| is| are| am| was| were|s|re|m|'?ll| will)? )?"
    r"(?:moving|move|relocat\w*|emigrat\w*|going (?:away|abroad|back home|to uni|to college|off to)|off to|starting"
    r" (?:a )?(?:new )?(?:uni|college|school|job)|heading (?:off|abroad|to)|leaving (?:for|the country|town|the city|to))\b"
    # The last of one's tablets taken, and the next lot asked for.
    r"|\b(?:took|take|taken|used|finished|swallowed) (?:up )?(?:the last|my last) (?:one )?(?:of )?(?:my |the |your )?"
    rf"(?:\w+ ){{0,2}}(?:pills?|tablets?|capsules?|gummies|tabs|caps|softgels?|supply|tub|bottle|pack|box|sachets?)\b"
    rf"(?=[^.?!]{{0,80}}\b(?:{_ORDER})\b)(?![^.?!]*\b(?:all|whole|too many|at once|in one go|together|\d+)\b)"
    # A cut while shaving (anyone's), a class cut zero times, a slow stop on a thinner.
    r"|\bcut (?:him|her|them) ?sel(?:f|ves) (?:\w+ )?(?:shaving|cooking|chopping|by accident|accidentally)"
    r"|\bcut (?:my ?self|my fingers?) (?:zero|0|no|not (?:even )?once)(?: times?)?\b"
    r"|\btook (?:ages to|forever to|a while to|so long to|hours to|a long time to|some time to|long to)"
    r" (?:stop|clot|heal|close|settle)"
    # "Poisoning myself" with a habit.
    r"|\b(?:basically |slowly |literally |probably |prob )?poison\w* (?:my ?self|my body|me) with (?:all )?(?:the |these"
    r" |those |this |that |my )?(?:\w+ )?(?:energy drinks?|junk(?: food)?|sugar|caffeine|fast food|takeaways?|crisps"
    r"|chips|soda|fizzy drinks|coke|monster|red ?bull|processed food|vapes?|vaping|fags|cigs|ultra[- ]processed\w*)\b"
    # A doctor's warning of a heart attack or a stroke one day.
    r"|\b(?:heading|headed|on track|on course|at (?:\w+ )?risk|a (?:high |big |real )?risk|destined)\b (?:for|of) (?:an? )?"
    r"(?:heart ?attack|stroke)\b(?=[^.?!]{0,60}\b(?:if|unless|at this rate|one day|eventually|in (?:a few|\d+) years"
    r"|later|down the line)\b)"
    r"|\b(?:heart ?attack|stroke) waiting to happen\b"
    # A medicine's seizure threshold or risk (a pharmacology term).
    r"|\bseizure threshold\b"
    # Chest sore only when pressed on (a muscle), with no danger sign.
    r"|\bchest (?:hurts|is sore|aches|pain|feels sore)\b(?=[^.?!]{0,60}\b(?:(?:only )?when (?:i|you|he|she) (?:press"
    r"|push|poke|touch)\w*|sore to (?:the )?touch|tender)\b)(?![^.?!]*\b(?:sweat\w*|clammy|jaw|arm|breath\w*|faint\w*"
    r"|dizzy|nause\w*|vomit\w*|worse|spread\w*|numb\w*|crushing|pressure|tight\w*)\b)"
    # Someone who "keeps saying" they will kill me over lateness: a saying, not a threat.
    r"|\b(?:friends?|mates?|bff|bestie|best friend|boss|coach|teacher|sister|brother|mum|mom|dad|nan|gran|aunt|auntie"
    r"|cousin|roommate|flatmate|team|gf|bf|buddy|gym buddy|lifting buddy|teammates?|captain|trainer|pt"
    r"|personal trainer|instructor)\b (?:always |keeps? |jokingly |literally )?(?:saying|says|jokes?|joking)"
    r" (?:that )?(?:she'?ll|he'?ll|shell|hell|they'?ll|theyll|she will|he will|they will) (?:literally )?kill me if"
    r" (?:i'?m|im|i am|i) (?:late|forget|miss|skip|cancel|bail|don'?t (?:come|show)|dont (?:come|show))\b"
    r"(?![^.?!]*\b(?:knife|gun|hit\w*|hurt\w*|scared|afraid|police|for real|seriously|mean\w* it)\b)"
    # A challenge, a dish or a week that "is going to kill me" (held-out 56, a development probe of
    # the second session of 2026-12-05: "this spicy ramen challenge is going to kill me").
    rf"|\b(?:my|this|that|the|these|those|today'?s) (?:\w+ ){{0,2}}(?:{_THING}|{_TASK})s?"
    r" (?:is|are|'?s|'?re|was|were) (?:literally |actually |really |lowkey |legit |def |definitely )?"
    r"(?:gonna|going to|about to|gon) (?:literally |actually )?(?:kill|murder) me\b"
    r"(?![^.?!]*\b(?:knife|gun|hit\w*|hurt\w*|scared|afraid|police|for real|seriously)\b)"
    # A cake, a tent or a shelf that collapsed (held-out 56: "help my cake collapsed in the oven"),
    # never on someone or with a sign of harm.
    r"|\b(?:my|the|our|this|that|a|his|her) (?:\w+ ){0,2}(?:cake|souffl[eé]|sponge|bread|loaf|meringue"
    r"|pavlova|tent|shelf|shelves|bookcase|sofa|couch|fence|shed|sandcastle|gazebo|umbrella|jenga tower"
    r"|market|deal|plans?|startup|business) (?:has |had |just |totally |completely |kind of |kinda )?"
    r"collaps\w*\b(?![^.?!]*\b(?:on (?:him|her|me|them|my|someone|top of|us)|trapped|under|crush\w*"
    r"|unconscious|not breathing|hurt\w*|bleed\w*|injur\w*)\b)"
    # Scratched or bitten by a small pet, never with a danger sign.
    r"|\b(?:attacked|bitten|scratched|savaged|ambushed|mauled) by (?:my|our|the|a|his"
    r"|her|their) (?:\w+ )?(?:cat|kitten|hamster|parrot|budgie|rabbit|bunny|guinea pig|ferret|gerbil|rat)s?\b"
    r"(?![^.?!]*\b(?:deep|wont stop|won'?t stop|eye|face|swell\w*|infect\w*|fever|red streaks?)\b)"
    # Someone recovering from a heart attack or a stroke, asked about rehabilitation (held-out 98, a
    # development probe of the fourth session of 2026-12-07: "my dad is recovering from a heart
    # attack and wants to start walking, how far"), never with a sign now
    r"|\b(?:is|are|he'?s|she'?s|hes|shes|i'?m|im|i am|been|still) (?:slowly |still )?recovering (?:well |nicely"
    r" |fine )?from (?:a|an|his|her|my|the|their) (?:\w+ )?(?:heart attack|stroke|mini[- ]stroke|tia|cardiac arrest"
    r"|bypass|stent)\b(?=[^?!]{0,60}\b(?:walk\w*|exercis\w*|diet|eat\w*|foods?|sex|driv\w*|work|gym|swim\w*"
    r"|rehab|how far|how much|how long|when can|(?:can|should) (?:he|she|i|they) (?:start|go|do|have|eat))\b)"
    r"(?![^?!]*\b(?:now|again|today|tonight|chest pain|pains?|breath\w*|sweat\w*|collaps\w*|dizz\w*|faint\w*"
    r"|numb\w*|slurr\w*|droop\w*|worse|tight\w*)\b)"
    # A dream told: someone breaking in, zombies chasing one (probe 76, a development probe of the
    # fourth session of 2026-12-07: "had a nightmare that someone broke into my house"), never a
    # dream come true
    r"|\b(?:had|have|having|keep having|kept having|keep getting|get) (?:a |the same |these |those |recurring"
    r" |weird |bad |vivid )?(?:nightmares?|bad dreams?|dreams?) (?:that|about|where|of|with) "
    r"(?![^?!]*\b(?:for real|actually|really happened|then (?:i )?woke up to|and now|now (?:he|she|they)|right now"
    r"|real life|outside|in my (?:house|room|flat)|my ?self|suicid\w*|die|dying|dead|death|kill\w* me|hurt\w* me"
    r"|rap\w*|assault\w*|abus\w*|touch\w*|overdos\w*|cut\w*|wake up|not waking)\b)[^.?!]{0,60}"
    # A toddler who hits, taught gentle hands (probe 76: "our toddler pulls the dog's tail and hits
    # him, how do i teach gentle hands")
    r"|\b(?:our|my) (?:toddler|baby|little one|\d[- ]?(?:year|yr)[- ]?old)\b[^.?!]{0,40}\b(?:hits|bites|kicks|pushes"
    r"|slaps|scratches|hit|bit|kicked|pushed|slapped)\b[^.?!]{0,40}(?=[^?!]{0,60}\b(?:teach|gentle|stop (?:him|her"
    r"|them)|discipline|normal|phase|how do i|is it common)\b)"
    # Hit by a truck, said of how one feels (probe 76: "i feel like my brain got hit by a truck after
    # that 12 hour shift")
    r"|\b(?:feel|feels|felt|feeling) like (?:my (?:\w+ ){0,2})?(?:i )?(?:got|was|been|have been|has been|just got"
    r"|'?ve been|ve been) hit by a (?:truck|bus|train|lorry|freight train|steamroller)\b"
    # A sibling's punch for a trifle (probe 76: "my little brother punched me in the arm for taking
    # the last cookie, brothers man")
    r"|\b(?:my )?(?:little |big |younger |older |baby |twin )?(?:brother|sister|bro|sis|cousin)\b (?:just )?"
    r"(?:punched|hit|kicked|slapped|smacked|thumped|whacked) me (?:in|on) the (?:arm|shoulder|leg)\b[^.?!]{0,10}"
    r"\bfor (?:taking|eating|stealing|using|borrowing|touching|calling|hogging|finishing)\b"
    r"(?![^?!]*\b(?:bruis\w*|bleed\w*|again|every day|always|scared|afraid|hurts? (?:a lot|so much))\b)"
    # A crisis line volunteered at or trained for (probe 76: "volunteered at a rape crisis line for
    # training, it's heavy but meaningful, any self care tips")
    r"|\b(?:volunteer\w*|work\w*|train\w*|shift\w*) (?:at|for|with|on) (?:a |the |our )?(?:local )?(?:rape crisis"
    r"|sexual assault|domestic (?:violence|abuse)|suicide|crisis|samaritans) (?:line|centre|center|helpline|hotline"
    r"|charity|shelter|service|text line)\b"
    # Poisoned by a food, asked in general (held-out 95: "can you get poisoned by eating raw kidney
    # beans")
    r"|^\W*(?:can|could) (?:you|u|a person|people|someone|humans?) (?:get|be) poisoned (?:by|from) (?:eating|drinking)"
    r" (?:raw |undercooked |uncooked |too many |too much )?(?:\w+ ){0,3}?(?:beans?|seeds?|mushrooms?|fish|rice"
    r"|potatoes|berries|leaves|pits?|kernels?|nuts?|eggs?|chicken|pork|shellfish|honey|rhubarb|elderberries)\b"
    r"(?![^?!]*\b(?:i|i'?ve|ive|my|me|we|he|she|just|ate|drank)\b)"
    # Choking in sex asked about beforehand, limits talked over (probe 76: "my partner wants to try
    # choking during sex and i'm not sure. how do we even talk about limits"), never one that went
    # wrong or was not agreed
    r"|\b(?:wants? to try|want to try|wanna try|asked (?:me )?(?:about|to try)|curious about|into) (?:choking|breath"
    r" play)(?: (?:during|in|while having) sex)?\b(?![^?!]*\b(?:passed out|blacked out|unconscious|not breathing"
    r"|wont wake|won'?t wake|blue|consent\w*|didn'?t (?:want|agree)|didnt (?:want|agree)|said no|wouldn'?t stop"
    r"|wouldnt stop|forced|made me|hurt me|marks)\b)"
    # A poisoned character in a game or a story (probe 72: "its for a game im writing, what symptoms
    # would a poisoned character realistically have")
    r"|\bpoisoned (?:character|npc|villain|king|queen|prince|princess|hero|heroine|protagonist|antagonist"
    r"|victim in my (?:book|story|novel|game|script|screenplay))s?\b"
    # A fear of choking on pills or food (held-out 98, a development probe of the fourth session of
    # 2026-12-07: "i have a fear of choking on pills, are there liquid versions"), never a choke now
    r"|\b(?:a |my )?(?:fear|phobia|terror) of (?:choking|gagging)(?: on (?:pills|tablets|capsules|food|meat|bread"
    r"|vitamins|meds))?\b|\b(?:scared|afraid|terrified|nervous|anxious) (?:of|about) choking on (?:pills|tablets"
    r"|capsules|vitamins|meds)\b(?![^.?!]*\b(?:now|right now|cant breathe|can'?t breathe|stuck|turning blue)\b)"
)
