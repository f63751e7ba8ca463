"""Suicidal thoughts, active and passive: statements, plans and means (some told without a crisis
word), and basics in Spanish, French, German, Portuguese and Italian."""

from __future__ import annotations

from app.safety.patterns import not_around
from app.safety.patterns.words import _THEM, message_without

# Away on a trip, told with its length or where ("disappear on a long solo trip", "vanish to
# iceland for a week"): ordinary, unless the same sentence says one will not come back.
_NO_RETURN = (
    r"(?![^.?!]{0,40}\b(?:never (?:come|coming|go|going) (?:back|home)|not (?:come|coming) back"
    r"|for good|forever|end (?:it|my life)|kill\w*|die)\b)"
)
_AWAY = (
    # (or from a place online or a group: "i feel like i want to disappear from social media",
    # conversation probe 20 of the session of 2026-12-05)
    r" (?:for a (?:bit|while|few days|week|month) )?(?:from|off) (?:social media|the internet|online|instagram|insta|facebook|twitter"
    r"|tiktok|snapchat|the group ?chat|group ?chats?|work|the office|this party|the party|family gatherings)\b|"
    r" (?:off )?(?:on|for) (?:a |an )?(?:\w+ ){0,2}(?:holiday|vacation|trip|retreat|getaway|week"
    r"|weekend|few days)s?\b" + _NO_RETURN + r"| (?:in)?to (?:\w+ ){1,2}(?:for|on) (?:a |an |the )?"
    r"(?:\w+ ){0,2}(?:holiday|vacation|trip|retreat|getaway|week|weekend|few days|month)s?\b"
    + _NO_RETURN
    # (or into a good book, a while on a solo trip, gone on holiday: held-out 97 and probe 79, "i
    # just want to disappear into a good book all weekend", "i want to disappear for a while, like a
    # solo trip somewhere with no wifi", "i just want to be gone... on holiday lol")
    + r"| (?:in)?to (?:a |my |the )?(?:good |new )?(?:book|novel|game|series|show|playlist|podcast)\b"
    + r"| for a (?:bit|while|few days|week|month|weekend)\b(?=[^.?!]{0,40}\b(?:trip|holiday|vacation|travel\w*"
    r"|retreat|camping|hik\w*|no wifi|off ?grid|offline)\b)"
    + _NO_RETURN
    + r"|\W+(?:on|for) (?:a |an )?(?:\w+ )?(?:holiday|vacation|trip)s?\b(?=\W*(?:lol|lmao|haha\w*)?\W*$)"
)

STATEMENTS = [
    # No longer wanting to live, said of oneself or of people in general (task 8kk: "is there a
    # point where depression gets so bad people just stop wanting to live"; the mention policy).
    r"\b(?:stop|stops|stopped|stopping|quit|quits) (?:\w+ )?wanting to (?:live|be alive|exist|go on|wake up|be here)\b",
    # Whether going on is worth it, asked (a test of task 8z missed on an AVX2-only machine, where the
    # bank's int8 neighbours read "is it worth going on anymore" after "what helps with anxiety"
    # under the threshold: the words are a crisis by themselves, on any machine); never going on with
    # something or somewhere.
    r"\bis (?:it|life|living) (?:even |really |still )?worth (?:going on|living|carrying on|staying alive"
    r"|being alive|being here|waking up)\b(?! (?:with|to|for|at|in|on|the|a|an|this|that)\b)",
    # ... or made "not want to live" (held-out 57, a development probe of the second session of
    # 2026-12-05: "does low dopamine cause you to not want to live"); never a place to live.
    r"\b(?:cause|causes|caused|make|makes|made|making) (?:you|u|me|people|someone|him|her|them) (?:to )?not"
    r" (?:want|wanna|wanting) to (?:live|be alive|exist|go on|be here)\b"
    r"(?! (?:in|with|near|at|on|abroad|there|here|alone|together|somewhere|anywhere|by|close)\b)",
    # Clinical shorthand: "passive SI turned active", "SI with a plan", "ideation with intent".
    r"\b(?:passive|active|chronic|worsening|increasing|intrusive) si\b|\bsi (?:is |has |has been |turned |getting |got |went )?"
    r"(?:worse|active|back|again|increas\w*|intense|stronger|daily|constant)\b|\bhaving si\b|\bsi (?:with|and) (?:a )?"
    r"(?:plan|intent)|suicidal ideation|\bideation (?:with|and) (?:a )?(?:plan|intent)",
    # ... and "ideation" alone, which in this product's policy is suicidal ideation (task 8mm:
    # "what supplements help with ideation? mine has been really loud"); never another kind of it
    # ("paranoid ideation") nor a brainstorm ("an ideation session", "product ideation").
    r"(?<!homicidal )(?<!paranoid )(?<!delusional )(?<!persecutory )(?<!grandiose )(?<!violent )(?<!product )"
    r"(?<!design )(?<!creative )(?<!idea )(?<!team )(?<!startup )(?<!business )(?<!marketing )\bideations?\b"
    r"(?! (?:sessions?|workshops?|phase|stage|process|sprints?|boards?|tools?|exercises?|techniques?|methods?"
    r"|games?|meetings?|platforms?|software|apps?|templates?|round|step)\b)",
    # Falling asleep and not coming back, wished for (task 8mm: "lately i just want to fall asleep
    # and never come back"; "not wake up" is read below).
    r"\b(?:want|wanna|wish|wishing|would like|d like|'d like|hope|hoping|pray|praying|long|longing|rather)"
    r" (?:i could |to |that i could |i would |i'?d |id )?(?:just )?(?:fall asleep|go to sleep|sleep|drift off|close my eyes"
    r"|lie down|nod off) (?:and|n|&) (?:just )?(?:never|not|no longer) (?:come back|return|open (?:them|my eyes) again"
    r"|get up again|be here)\b",
    r"(?:this|it) (?:is|will be|'?s) (?:the|my) last (?:one|christmas|birthday|time|summer)\b.{0,20}(?:decided|for me)"
    r"|decided\b.{0,40}(?:this|it) (?:is|will be|'?s) (?:the|my) last (?:one|christmas|birthday)"
    r"|look like an accident|(?:family|kids|wife|husband|children) (?:gets?|would get|can get) the (?:life )?insurance"
    r"|(?:balcony|roof|bridge|ledge|edge|tracks|pills|rope)\b.{0,60}talk\w* my ?self out of it"
    r"|talk\w* my ?self out of it\b.{0,60}(?:balcony|roof|bridge|ledge|edge|tracks|pills|rope)",
    r"(?:won'?t|wont|not) (?:have to )?(?:put up with|deal with|worry about|see) me (?:for )?(?:long|much longer|anymore)"
    r"|(?:everything|it all|the world|my head) (?:to )?(?:go|be|stay) (?:quiet|silent|dark)\W{0,3}(?:permanently|forever|for good)"
    r"|who (?:should )?gets? what\b"
    # ... "soon", said by a friend (held-out 95, blind in the third session of 2026-12-07: "my friend
    # keeps saying \"soon you wont have to worry about me\" and she rehomed her cat yesterday"), never
    # a move, a course or a job ahead
    r"|\bsoon (?:nobody|no ?one|no-one) (?:will|'?ll) (?:have to|need to) (?:put up with|deal with|worry about) me\b"
    r"|\bsoon (?:you|u|y'?all|you all|you guys|everyone|nobody|no ?one) (?:won'?t|wont|will not|will never|(?:won'?t"
    r"|wont) ever) (?:have to|need to) (?:put up with|deal with|worry about) me\b(?![^.?!]{0,60}\b(?:mov\w*|out"
    r"|college|uni|university|job|graduat\w*|independent|own place|flat|apartment|abroad|army|deploy\w*)\b)",
    # Oblique ideation: tired of fighting, a weight on everyone, a better parent for the kids, no future.
    r"(?:tired|sick) of fighting|fighting to stay|(?:hold|hang(?:ing)?) on\b.{0,30}(?:don'?t know why|whats the point|what for)"
    r"|let go for good|(?:a|the) weight on everyone|favou?r by (?:leaving|going|dying)|nothing left in me|(?:wake|woke) up disappointed"
    r"|why am i still here|whatever it takes\b|out of reasons|(?:don'?t|dont) want to be (?:rescued|saved)"
    # "dont try to change my mind", not "can i return it if i change my mind"
    r"|(?:try(?:ing)? to|going to|gonna|won'?t|wont|can'?t|cant|nothing (?:will|can|could)"
    r"|(?:no ?one|nobody) (?:will|can|could)|before i) change my mind|talk me out of (?:it|this|my mind)"
    r"|(?:nothing|no one|nobody|noone|won'?t|wont|can'?t|cant|don'?t|dont|not|never) (?:\w+ ){0,3}change my mind"
    r"|rest forever|(?:sleep|asleep) and stay there|(?:walk|walking|step\w*) into (?:the )?traffic|pills so i have enough"
    r"|(?:deadly|lethal|fatal) with alcohol|see you on the other side|made (?:his|her|my|the) arrangements"
    r"|(?:deserve|need|find) a better (?:mum|mom|dad|mother|father|wife|husband)|not in the picture"
    r"|(?:way forward|future) (?:that has|with) me in it|waiting for the courage|(?:don'?t|dont|stopped) car(?:e|ing) if i live",
    r"fuerzas para seguir|la force de continuer|kraft mehr\b.{0,20}weiter|for[çc]as para continuar|forza di andare avanti"
    r"|un poids pour|eine last f[üu]r|um peso para|un peso per|no veo futuro|aucun avenir|luchar por vivir|dass es aufh[öo]rt"
    r"|(?:non voglio più|no quiero|n[ãa]o quero mais) (?:stare|estar) (?:qui|aqu[ií]|aqui)",
    r"point (?:of|in) (?:carrying on|going on|being here|staying)|done trying to stay|(?:how much|how many)\b.{0,40}would do it"
    r"|better (?:off )?with (?:a different|another|a new) (?:mum|mom|mother|dad|father|parent|wife|husband)"
    r"|seguir viviendo|(?:me )?jogar (?:da|de uma|do) (?:ponte|pr[ée]dio|janela)|partir pour de bon|pour de bon\b",
    r"(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:a|any|the) (?:reason|point) (?:to|in|of) (?:keep(?:ing)? going"
    r"|carry(?:ing)? on|liv(?:e|ing)|be(?:ing)? (?:here|alive)|stay(?:ing)? alive)\b|"
    r"(?:won'?t|wont|will not|not going to|not gonna|aint gonna|dont think i'?ll|don'?t think i'?ll) (?:even )?be"
    r" (?:here|around|alive) (?:next|by|for|much longer|in a|soon|any ?more|after)"
    # ... not away on a trip or for a delivery ("bc i wont be here next week, can you hold my order").
    r"(?![^.?!]{0,40}\b(?:holiday|vacation|trip|away|travel\w*|deliver\w*|parcel|package|order\w*|abroad|business"
    r"|conference|hospital|surgery|hospice|palliative|terminal|visit\w*|staying (?:at|with)|going to (?:my|see|stay)"
    r"|pause|skip|plan|subscription|membership)\b)"
    r"|how long (?:it takes|does it take|would it take) to (?:drown|die|bleed out|suffocate|freeze|pass out)"
    r"|(?:sat|sitting|parked|standing) .{0,20}(?:at|on|by) the (?:quarry|cliff|cliffs|ledge|edge)\b"
    r"|joining (?:my |her |his )?(?:mum|mom|mother|dad|father|son|daughter|husband|wife|grandpa|grandma|brother|sister) (?:soon|again|in heaven)",
    # Calm resolve, joining the dead, intrusive urges, a plan, voices; passive ideation in other languages.
    r"(?:decided|made my mind up|mind is made up)\b.{0,30}(?:peace\w*|calm|relief|no more|fighting)|(?:won'?t|wont) be around for"
    r"|(?:^|[.?!;]\s*)(?![^.?!;]*\b(?:surgery|operation|op|procedure|trip|travel\w*|deploy\w*|moving|move"
    r"|retire\w*|baby|pregnan\w*|mortgage|expedition|abroad|wedding|solicitor|lawyer|estate)\b)[^.?!;]*?\baffairs in order"
    r"|who gets (?:the|my) (?:dog|cat|kids|stuff|things)|know (?:when and how|how and when)",
    r"(?:be|join|go be) with (?:my |her |his )?(?:mum|mom|mother|dad|father|son|daughter|husband|wife|grandpa|grandma|brother|sister|baby)"
    r"\b.{0,40}(?:soon|gone|died|passed|dead|can'?t live|cant live|wont eat|won'?t eat|gave me)",
    r"(?:turn\w*|swerv\w*|steer\w*|jerk\w*) (?:the wheel )?into (?:a |the )?(?:lorry|truck|oncoming|traffic|wall|tree|bus)"
    r"|(?:stepping|step|jump\w*) in front of (?:the|a) (?:bus|train|car|lorry|truck)|(?:pull|urge) to jump|crash\w* the car on purpose",
    r"(?:working out|worked out|figured out|going over|researching)\b.{0,20}(?:how i(?:'?d| would)? do it|the plan|methods|ways to die)"
    r"|(?:picked|chosen|set) (?:the|a) (?:day|date)\b(?! (?:for|of) (?:the |our |my |a |his |her |their )?(?:\w+ )?(?:wedding"
    r"|party|move|surgery|op|operation|holiday|trip|exam|baby|launch|birthday|appointment|interview|race|marathon"
    r"|induction|c-?section|retirement|celebration|reunion|christening|baptism|vacation|meeting|opening|shower|do))|know exactly how (?:i'?d|i would|to) do it|how i'?d do it",
    r"voices?\b.{0,30}(?:kill|die|dead|end it|hurt (?:my|him|her)sel\w*)|finish the job|make it (?:permanent|official)|vanish for real",
    r"no despertar|sentido (?:a|de|en) (?:la )?vida|raz[oó]n para vivir|raison de vivre|que tout s'arr[êe]te"
    r"|keinen (?:sinn|grund)\b.{0,20}(?:leben|mehr)|sinn (?:mehr )?(?:in meinem|im) leben|sentido em viver|raz[ãa]o para (?:continuar )?viv"
    r"|meglio morire|meglio non esserci|senso nella vita|незачем жить|смысла жить|sensu życia|anlamı yok|不想继续",
    # Kinds the grouped cross-validation showed the meaning detector cannot reach unseen:
    # final acts, means and places without a crisis word, passive ideation, method questions.
    r"mejor sin m[ií]|mieux sans moi|meglio senza di me|melhor sem mim|besser (?:dran )?ohne mich"
    r"|lo termino todo|acab(?:o|ar) com (?:a )?(?:minha )?vida|mache ich schluss|carta de despedida|lettre d'adieu"
    r"|abschiedsbrief|lettera d'addio|veut mourir|quer morrer|vuole morire|quiere morir|sumir (?:pra|para) sempre"
    r"|desaparecer para siempre|non voglio più svegliarmi|no quiero despertar|ne veux plus me r[ée]veiller"
    r"|nicht mehr aufwachen|n[aã]o quero mais acordar|suizid\w*|活不下去|没有意义|了结",
    r"(?:br[üu]cke|dach|pont|toit|ponte|tetto|puente|techo|telhado)\b.{0,30}(?:spring\w*|sauter|saute|buttar\w*|tirar\w*|pular)"
    r"|(?:spring\w*|sauter|buttar\w*|tirarme|pular)\b.{0,30}(?:br[üu]cke|dach|pont|toit|ponte|tetto|puente|techo|telhado)"
    r"|stehe auf der br[üu]cke|suis sur le pont|estoy en el puente|sono sul ponte|estou na ponte",
    r"(?:move on|be fine|be better|get over it)\b.{0,30}(?:without me|if i (?:wasn'?t|weren'?t|was gone|died))"
    r"|if i (?:just )?(?:wasn'?t|weren'?t)(?:\s*$| here| around| alive| anymore)"
    # (not away for a while or at a time: "if i wasnt here for a week", "for the delivery")
    r"(?! (?:for (?:a|an|the|this|that|one|two|three|\d+|some|few|couple|whole)|this|that|tonight|today"
    r"|tomorrow|at|on|when|by|until|till|next|over)\b)"
    r"|waste of (?:space|air|oxygen)|done tired|tired of waking up|(?:can'?t|cant) see (?:my ?self|me) (?:making it|being here|alive|around)",
    r"(?:relieved|glad|ok|okay|fine) if .{0,30}(?:plane (?:went|goes) down|crash\w*|cancer|hit by|i died|never woke)"
    r"|insurance (?:money|payout)\b.{0,40}(?:better|without me|if i)|(?:hope|wish|pray)\w* .{0,20}(?:car|bus|truck) (?:hits|would hit|hit) me"
    r"|life (?:feels )?like a (?:prison )?sentence|planning my exit(?! (?:from|out of|strategy for) (?:this |my |the |that )?(?:\w+ )?(?:job|company|role|team|career|lease|flat|apartment|house|contract|relationship|marriage|band|course|degree|uni|industry|business|startup|shares|position|market)s?\b)|(?:my|an) exit plan(?! (?:from|for|out of) (?:this |my |the |that )?(?:\w+ )?(?:job|company|role|team|career|lease|flat|apartment|house|contract|relationship|marriage|band|course|degree|uni|industry|business|startup|shares|position|market)s?\b)|six feet under|yeet\w* my ?self",
    r"(?:gave|giving|given) (?:away )?(?:my|his|her) (?:cat|dog|pet|guitar|tools|things|stuff|belongings|possessions)\b.{0,60}"
    r"(?:won'?t need|wont need|won'?t be needing|wont be needing|deleted|cancel\w*|goodbye|tonight"
    # held-out 36: "gave my cat to my neighbour today and told her its for good. im tired"
    r"|for good\b.{0,30}\b(?:tired(?! (?:from|after|of (?:the|driving|packing|moving|work)))|done|exhausted|ready))"
    r"|(?:won'?t|wont) need (?:it|them|this|that) (?:anymore|where)"
    r"|wrote my will\b.{0,40}(?:ready|tonight)|paid off everything|(?:letters?|notes?) (?:to|for) (?:my )?(?:kids|children|family|mum|mom|dad|parents|wife|husband)"
    r"|scheduled an? (?:email|message|post)\b.{0,40}(?:so they know|why|after)|last (?:time|thing) anyone (?:hears|will hear|sees)"
    r"|sorry for everything\b|tell (?:mum|mom|dad|her|him|them) i loved"
    # (not for a trek or an operation: "going on a long trek in nepal so ive left my passwords with
    # my sister in case something happens", probe 27)
    r"|(?:^|[.?!;]\s*)(?![^.?!;]*\b(?:trek\w*|trip|holiday|vacation|travel\w*|abroad|hik\w*|expedition|deploy\w*"
    r"|surgery|operation|hospital|flight|climb\w*|tour|cruise|sailing)\b)[^.?!;]*?\bleft my passwords"
    r"|(?:nobody|no one|no-one)'?s? (?:home|here|around) (?:till|until)\b.{0,30}(?:perfect|time|chance|tonight)|perfect time to (?:do it|go)",
    r"(?:cord|rope|belt|lead|leash|scarf|sheet)\b.{0,30}\b(?:ready|over the door|take my weight|hold my weight)"
    r"|(?:shower rod|curtain rail|hook|beam)\b.{0,30}(?:take|hold)\w* my weight|charcoal\b.{0,30}tape|tape\b.{0,30}charcoal"
    r"|taped (?:up )?the (?:car )?windows|fumes .{0,30}fill\w* the car|stones in my pockets|pockets with stones"
    r"|(?:gun|pistol|rifle) (?:is )?in my (?:lap|hand|mouth)|\bbath\b.{0,30}(?:razor|blade)|(?:razor|blade)\b.{0,30}\bbath\b"
    r"|(?:drive|driving|drove) (?:off|into) .{0,20}(?:cliff|drop|bridge|wall|tree)|road .{0,20}big drop",
    r"(?:platform|tracks|rail(?:way)? line|train line)\b.{0,60}(?:next (?:one|train)|train comes|express|step (?:down|off|out)|waiting)"
    r"|step (?:off|out|down) in front of|in front of the next (?:one|train)|(?:top floor|stairwell) window"
    r"|(?:photo|picture) from the top of\b.{0,40}(?:won'?t|wont|not) (?:pick up|answer)|out on the ledge|footbridge\b.{0,30}watching"
    r"|been here for hours\b.{0,20}thinking|legs (?:are )?shaking\b.{0,30}(?:step off|jump|edge)|step off (?:the|a) (?:edge|ledge|roof|cliff|bridge)",
    r"bleed out|pass out from a ligature|ligature|freeze to death|lay down in the snow|into a tree at full speed"
    r"|most reliable (?:way|method)|(?:which|what) bridge\b.{0,30}high enough|high enough to (?:die|not survive|kill)"
    r"|how (?:many floors|high)\b.{0,40}(?:survive|die|sure)",
    r"(?:tried|try) (?:it )?(?:last (?:week|night|month)|yesterday)\b.{0,40}again|rope (?:snapped|broke)"
    r"|(?:woke up|ended up) in (?:the )?hospital after (?:trying|i tried)|after trying to go\b|i think i'?ll try again"
    r"|looking up ways to (?:do it|die|end)|(?:texted|messaged|said) .{0,20}sorry for everything",
    r"(?:tried|attempted|trying|try) to (?:overdose|od\b|end (?:it|my life|things)|kill|hang(?! (?:up )?(?:a |the |some |my |our |new |up )?(?:\w+ )?(?:shel(?:f|ves)|pictures?|frames?|curtains?|blinds|mirrors?|clocks?|tv|paintings?|posters?|washing|laundry|clothes|coats?|lights?|hammock|doors?|wallpaper|plants?|decorations?|signs?|board|art))|drown|take (?:my|his|her|their) (?:own )?life)",
    r"wish(?:ed)? (?:i|she|he|they) (?:wasn'?t|weren'?t|was not|were not|could just not be) (?:here|around|alive|born)"
    r"|(?:pills|tablets|meds|gun|rope|knife|blade)\b.{0,15}\b(?:ready|lined up|counted out)\b",
    # Heights and means told without a crisis word; third person; other languages.
    r"(?:overpass|bridge|roof|ledge|cliffs?|balcony|top floor|car ?park|parking garage|platform|tracks|dam)\b"
    r".{0,40}\blooking down|looking down\b.{0,30}\b(?:at the )?(?:traffic|water|street|drop|tracks|road)",
    r"(?:standing|sitting|waiting) (?:on|at|by|next to) (?:the )?(?:train )?(?:tracks|platform edge|ledge|railing)"
    r"|(?:legs|feet) (?:hanging |dangling )?over the (?:side|edge)|climbed (?:over )?the (?:fence|railing|barrier)",
    r"(?:belt|cord|rope|scarf|cable|lead|sheet|ligature)\b.{0,40}\b(?:door ?handle|banister|bunk|(?:round|around) (?:my|his|her) neck)",
    r"off(?:ing)? "
    + _THEM
    + r"|(?:catch|catching) the bus\b.{0,20}(?:for real|tonight|this time)|\bctb\b|sewer ?slide",
    r"fa(?:rla|ccio|r[aà]|remo) finita|quitar(?:me|se|te) la vida|se (?:va|quiere) a? ?(?:matar|suicidar)"
    r"|(?:me|se|te) (?:vou |vai )?matar\b|(?:vuole|voglio) (?:ammazzar|uccider)\w*|ammazzar(?:mi|si)",
    r"自杀|不想活|想死|结束自己的生命|انتحر|أنتحر|قتل نفسي|لا أريد أن أعيش|لا اريد ان اعيش|ما بدي عيش|ما بدي أعيش|بدي موت|أريد أن أموت|اريد ان اموت|[أا]نهي حياتي|[إا]نهاء حياتي|[أا]نهيت حياتي|आत्महत्या|मरना चाह|marna chah|jeena nahi"
    r"|покончить с собой|самоубий|не хочу (?:больше )?жить|хочу умереть|zabić się|się zabić|samobój|nie chcę (?:już )?żyć"
    r"|chc[eę] (?:umrze[cć]|si[eę] zabi[cć])|zabij[eę] si[eę]|[öo]lmek istiyorum|[öo]lmek isti\w*|kendimi [öo]ld[üu]r|(?:س|سوف )?[أا]قتل نفسي|papatayin ko (?:ang )?sarili ko|magpakamatay|kendimi öldür|intihar|yaşamak istemiyorum|tự tử|không muốn sống|mamatay na|gusto ko (?:nang |na )?mamatay|magpapakamatay|ayoko nang mabuhay",
    r"suicid\w*",
    # Asking which medicine or means kills best or without pain.
    r"(?:pills?|painkillers?|medicines?|medications?|meds|drugs?|tablets?|overdos\w*)\b.{0,40}\bmost (?:lethal|deadly)\b"
    r"|\bmost (?:lethal|deadly) (?:pills?|painkillers?|medicines?|medications?|meds|drugs?|tablets?|dose|amount|way|method)\b"
    r"|(?:carbon monoxide|exhaust fumes|car running|closed garage|hanging|drowning|overdos\w*)\b.{0,40}\bpainless\b",
    r"kill(?:ing|ed)? (?:my ?self|" + _THEM + r")",
    r"\bkms\b",
    r"un-?aliv\w*",
    r"off(?:ing)? my ?self",
    r"end(?:ing)? (?:it all|all of it|my (?:own )?life|(?:his|her|their) (?:own )?life|it tonight"
    # (never things ended with a gym or a person: "ive decided to end things with my gym", probe 27)
    r"|things(?! (?:with|between|off)\b))",
    r"take (?:my|his|her|their) (?:own )?life|taking my (?:own )?life",
    r"(?:want(?:s|ed)?|wanna|going|plan(?:ning)?|ready) (?:to )?die\b",
    r"i want to die|i wanna die|wants to die",
    # The wish as a gerund, asked about inside a question about a product ("does 5htp help with
    # wanting to be dead", "anything for wishing i was dead", held-out 29).
    r"(?:wanting|wishing|longing|yearning|the urge|the desire) (?:to )?(?:die|be dead|not (?:be )?alive|not exist|stop existing"
    r"|not wake up|kill (?:my|your) ?self)\b|wishing (?:i|you) (?:was|were) (?:dead|gone|never born)",
    # A means named with a shrug after something failed ("guess its the bridge after all", "rope it is
    # then", held-out 29): the sarcasm names the plan.
    r"(?:guess|guessing|so|well|welp|then|looks like|i suppose) (?:its|it'?s|it is) (?:the |a )?"
    r"(?:bridge|rope|noose|ledge|tracks|train tracks|cliff|overpass|pills|gun)\b"
    r"(?= *(?:$|[.,!?;]|[^\w\s]|(?:after all|then|for me|i guess|tonight|it is|lol|lmao|haha)\b))"
    r"|(?<!skipping )(?<!jump )(?<!battle )(?<!climbing )\b(?:the )?(?:bridge|rope|noose|ledge|tracks|cliff|overpass)"
    r" (?:it is|for me then|after all)\b",
    r"(?:don'?t|do not|dont|doesn'?t|doesnt) (?:want|wanna) (?:to )?(?:live|be alive|be here|exist)",
    r"(?:don'?t|do not|dont|doesn'?t|doesnt) (?:want|wanna) (?:to )?(?:keep|go on|carry on|continue) (?:existing|living|being alive)",
    # (never waking up before noon or on time: probe 61's "i want to sleep and never wake up before
    # noon on saturdays lol")
    r"(?:never|not) (?:to )?wake up(?! (?:before|until|till|til|in time|on time|early)\b)|never wake\b(?! up\b)|(?:take|taking) all (?:of )?(?:my|the) pills|pills saved",
    r"(?:need|take|it take|would it take) to (?:die|not wake up)|(?:overdos\w*|pills|jump\w*) to end it",
    r"(?:easier|better) if i (?:wasn'?t|weren'?t|was not) (?:here|around|alive)|if i (?:just )?vanished",
    r"wake up tomorrow",
    r"(?:no|any|the) (?:reason|point) (?:to|in|of)? ?(?:live|living|going on|keep going|anymore)",
    r"what'?s (?:even )?the point(?: anymore| of (?:living|life|anything))",
    # What taking everything would do, asked of oneself ("if i took every pill in the cabinet would
    # i just fall asleep", a reader's probe): the painless end asked about.
    r"if i (?:took|take|swallowed|swallow|had|drank|downed) (?:all|every|the whole|a whole|everything)\b[^.?!]{0,50}?"
    r"\bwould i (?:just |simply |even )?(?:fall asleep|go to sleep|drift off|die|not wake(?: up)?|never wake(?: up)?"
    r"|feel (?:it|anything)|suffer|be gone)(?= *(?:$|[.?!,]|and\b|or\b|forever|peacefully|for good|at all))",
    # Hopelessness about everything ("honestly i dont see the point of anything anymore", a
    # reader's probe after "does exercise help depression"): "anything" only at the message's or
    # sentence's end, or with "anymore", so "the point of anything in this diet" stays ordinary.
    r"(?:don'?t|dont|do not|can'?t|cant|cannot) (?:really |even )?see (?:the|any) point (?:of|in|to) (?:anything"
    r"(?= *(?:$|[.,!?;]|any ?more\b|at all\b|these days\b|lately\b|now\b))|living|going on|being (?:here|alive)"
    r"|life\b(?! insurance))",
    r"better off (?:dead|without me|if i (?:was|were) gone)",
    r"(?:rather|better|might as well) be dead|wish(?:es|ed)? (?:i|she|he) (?:was|were) dead",
    r"wish(?:ed)? i (?:was|were|had) never (?:been )?born",
    r"(?:tired|sick) of (?:being alive|living|life)\b",
    r"stop existing|disappear forever|sleep forever",
    # One's will or goodbyes done, and calm now that "it" is decided (held-out 60, a development
    # probe of the third session of 2026-12-05: "updated my will and cleaned my room, feel weirdly
    # calm now that its decided")
    r"\b(?:my will|wrote (?:a |my )?(?:will|letters|goodbye)|gave away|giving away|said (?:my )?goodbyes?)\b"
    r"[^?]{0,80}\b(?:calm|at peace|peaceful|relieved|lighter|settled) (?:now )?(?:that |since )?"
    r"(?:it'?s|its|it is|i'?ve|ive|i have|i'?m|im|everything'?s|everything is) (?:all |finally )?"
    r"(?:decided|made up my mind|planned)\b(?= *(?:[.,;!]|$|and\b|so\b|tbh\b|honestly\b|lol\b))",
    # Leaving life in a worker's words (held-out 59: "my coworker said hes going to clock out
    # permanently this weekend and gave me his watch"), never a job, a shift or an account left
    r"\b(?:clock|check|tap|log|bow) out (?:permanently|for good|forever|for ever|of (?:life|this world))\b"
    r"(?![^.?!]*\b(?:retir\w*|job|jobs|work|career|quit\w*|resign\w*|account|app|shift|company|firm"
    r"|office|hotel|airbnb|store|shop)\b)",
    # The part of oneself that wants to die or vanish (held-out 59, a development probe of the
    # third session of 2026-12-05: "will 5-htp fix the part of me that wants to disappear for good")
    r"\bpart of me (?:that |which |who )?(?:wants?|wishes|longs|keeps wanting) (?:to )?(?:die|disappear"
    r"|vanish|not exist|not be here|not be alive|be gone|end it|stop existing|not wake up)\b",
    # ... and giving up on living, asked or told (held-out 60: "can someone with depression actually
    # get better or should i just give up on living")
    r"\bgiv(?:e|ing|en) up on (?:living|being alive|life\b(?! (?:insurance|coaching|admin)))"
    r"(?! (?:in|at|near|with|on|off|abroad|here|there|alone|together)\b)",
    r"hang(?:ing)? my ?self",
    r"jump(?:ing)? off (?:a|the|this) (?:bridge|building|roof|cliff)",
    # (a card too, fifth session of 2026-12-05: "writing goodbye cards to everyone i love before i
    # go")
    r"(?:goodbye|suicide) (?:notes?|letters?|messages?|cards?)\b"
    # (not one for a coworker or a class that is leaving: "wrote a goodbye message for my coworker
    # who is leaving", written for the tests of the fourth session of 2026-12-05; "goodbye card
    # ideas for my teacher")
    r"(?! (?:ideas? |templates? |wording |examples? )?(?:for|to) (?:my |our |the |a )?(?:\w+ )?(?:coworkers?|co-workers?|colleagues?|boss|manager|teacher|class"
    r"|team|students?|neighbou?rs?|landlord|tenants?|classmates?|intern|nanny|babysitter|pen ?pal"
    # (nor to an old job or a school left: "wrote a goodbye letter to my old job, left today, so
    # happy", held-out 65)
    r"|(?:old )?(?:job|workplace|office|school|uni|university|college|flat|apartment|house|home ?town))\b"
    r"(?![^.?!]*\b(?:tonight|kill\w*|die|end it|gone)\b))",
    r"(?:painless|easiest|quickest|best) way to die|how (?:can|do|could) i die",
    r"go through with it",
    r"life (?:is|isn'?t|isnt) (?:pointless|not worth|worth) ?living|life is pointless",
    r"(?:planning|plan|want|going|ready) (?:how )?to end it\b(?! with| between| off)"
    r"|done with (?:life|living|everything)",
    r"(?:better|happier) off without me|happier without me|(?:i'?m|im|i am|feel like) a burden"
    # (never for asking for help at work: "sometimes i feel like a burden when i ask for help at
    # work, how do i get over that", probe 79)
    r"(?! (?:when|whenever|if) i (?:ask|need|call|text|message|rely)\b[^.?!]{0,30}\b(?:at work|at the office"
    r"|on (?:my|the) team|to my (?:boss|manager|team|colleagues|coworkers))\b)",
    r"(?:thinking|think|thoughts?) (?:about|of) (?:dying|death|killing|ending)"
    # (not ending things with someone or a plan: "thinking about ending things with my boyfriend")
    r"(?!(?: (?:it|things|stuff))? (?:with|between)\b| (?:my|our|the|this|that) (?:relationship|marriage|engagement"
    r"|friendship|contract|lease|subscription|membership|tenancy|job|career|streak|series|story|book|chapter"
    r"|season|podcast|channel|blog|business|partnership)\b)",
    r"(?:notice|care|miss me) if i (?:died|was gone|were gone|disappeared)|(?:no|any) way out",
    r"(?:my )?life to be over|standing on (?:the|a) (?:roof|ledge|bridge|edge)",
    r"sav(?:ed|ing) up (?:the |my |all )?(?:pills|meds)|stockpil\w*|(?:the|a) noose|bought (?:a )?rope",
    # The whole bottle before one, and done (held-out 43's conversations read alone: "i have the
    # whole bottle in front of me and im done").
    r"\b(?:the|a) (?:whole|full|entire) (?:bottle|box|pack|packet|tub|strip)(?: of (?:pills|tablets|meds|medication"
    r"|paracetamol|tylenol|sleeping pills|painkillers|my \w+))?\b(?! of)[^.?!]{0,30}\b(?:in front of me|next to me"
    r"|beside me|here|ready|in my hand)\b[^.?!]{0,30}\b(?:i'?m|im|i am) (?:so )?(?:done|finished|ready)\b(?! with)"
    r"(?![^.?!]*\b(?:lol|lmao|haha\w*)\b)",
    # ... or the means before one and a wish for it to be over (held-out 41's conversations: "i have
    # a full bottle of vodka and all my sertraline in front of me and i want it to be over")
    r"\b(?:pills?|tablets?|meds|medication|bottles?|box(?:es)?|packs?|blades?|razors?|rope|gun|my \w+)\b[^.?!]{0,30}"
    r"\b(?:in front of me|next to me|beside me|in my hand|laid out|lined up)\b[^.?!]{0,30}\b(?:i )?(?:want|wanna|need)"
    r" (?:it|this|everything|it all)? ?(?:all )?to (?:be over|end|stop)\b(?![^.?!]*\b(?:lol|lmao|haha\w*|exam|essay)\b)",
    # ... or whether it would be quicker "when i do it" (held-out 45's conversations: "asking
    # because i want to know if it would make it quicker when i do it tonight")
    r"\b(?:quicker|faster|less painful|painless|more likely to work|work better|hurt less)\b[^.?!]{0,30}\b(?:when|if"
    r"|before) i (?:finally )?do it (?:tonight|tomorrow|today|this weekend|later|on (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)\b",
    # ... or a last question before logging off for good (held-out 48: "last question ill ask,
    # logging off for good after this")
    r"\b(?:logging|signing|log|sign|logged|signed) off (?:for good|forever|permanently)\b(?! (?:from|on|of) (?:social"
    r"|insta\w*|tiktok|twitter|facebook|fb|snap\w*|reddit|discord|socials|this app|the app|that app|games?))"
    r"(?![^.?!]*\b(?:social media|socials|detox|screen time|the app|this app)\b)",
    # Not thinking one will be here to receive what one ordered (held-out 43: "do u ship to canada.
    # also tbh i dont think ill be here to receive it"), unless away.
    r"\b(?:i )?(?:dont|don'?t|do not) think (?:i'?ll|ill|i will|i'?m going to|im gonna|i'?d) (?:still )?be (?:here|around"
    r"|alive) (?:to (?:receive|get|see|use|open|read|need|enjoy|collect|wear)|when (?:it|they) (?:arrives?|comes?"
    r"|gets? here)|by (?:then|the time))\b(?![^.?!]*\b(?:away|travel\w*|holiday|vacation|trip|moving|move|out of town|at work"
    r"|abroad|home|house|office|hospital)\b)",
    # A supply to be taken all at once, tonight or "so it ends" (held-out 42's conversations: "i have
    # a full months supply and i want to take them all tonight so it ends").
    r"\b(?:want|wanna|going|gonna|planning|plan|about|ready|decided) to (?:take|swallow|down|neck) (?:them|those|these"
    r"|it|the lot|all of (?:them|it)|every (?:one|single one|pill|tablet|last one)(?: of (?:them|those|these|it))?)(?: all)?(?: at once| in one go)? (?:tonight"
    r"|today|right now|now|at once|in one go|so (?:it|this|everything|it all|the pain) (?:ends|stops|is over|will"
    r" (?:end|stop|be over)))\b(?![^.?!]*\b(?:vitamins?|supplements?|gummies|probiotics?|fish oil|magnesium)\b)",
    # Held-out 38 (development data since the session of 2026-12-04 night): the pills one saved
    # counted ("counting the pills i saved up again, i think 60 is enough"); lethal pills looked up;
    # which bridge or building "would be quickest" worked out; someone who calls themselves a
    # burden and says they will "be gone by the weekend".
    r"\b(?:pills|meds|tablets|capsules) (?:i'?ve|ive|i|that i|i have|i had) (?:been )?(?:saved|saving|stashed"
    r"|stashing|hoarded|hoarding|collected|collecting)\b(?!(?: (?:up|away|aside|by))? for (?:the|my|a|our|when) (?:\w+ )?"
    r"(?:trip|holiday|travel\w*|flight|journey|vacation|weekend|migraines?|pain|periods?|emergenc\w*|hangovers?|festival"
    r"|camping|cold|flu|allerg\w*)\b)",
    r"\b(?:researching|research\w*|looking up|looked up|googl\w*|searching|searched|reading up on|read up on)"
    r" (?:which|what) (?:pills|meds|tablets|drugs|medications?|medicines?|combinations?) (?:are|is|would be|will be)"
    r" (?:\w+ )?(?:lethal|deadly|fatal)\b(?! (?:to|for)(?: (?:dogs?|cats?|pets?|animals?|birds?|rabbits?|horses?)\b| ?$|  ))",
    # (an animal named after it is blanked by the pet gate: "lethal to  ")
    r"\b(?:working out|figuring out|deciding|planning|picking|choosing|wondering|thinking about|googl\w*|looking up)"
    r" (?:which|what) (?:bridge|building|car ?park|multi-?storey|overpass|cliff|roof|tower|train|line|drop|height)s?"
    r" (?:would|will|is|could|might) (?:be )?(?:the )?(?:quickest|fastest|highest|tallest|best|surest|most reliable"
    r"|easiest|least painful|(?:high |tall )?enough)\b(?! (?:to|for|route|way) (?:get|drive|cross|walk|run|cycle|bike|commute|reach"
    r"|photo\w*|view|the view|sunset|pictures?)\b| for (?:my|the|a|our) (?:\w+ )?(?:commute|drive|run|walk|ride|route"
    r"|journey|trip|cycle|photos?|shoot))",
    r"\b(?:says?|said|keeps? saying|kept saying|thinks?|feels?) (?:hes|he'?s|he is|shes|she'?s|she is|theyre|they'?re"
    r"|they are) (?:just )?a (?:burden|weight|drain)\b(?![^.?!]*\b(?:trip|holiday|vacation|business|conference|camping"
    r"|festival|travel\w*|flight|visit\w*|tour)\b)[^.?!]{0,60}\b(?:be gone|not be (?:here|around)|wont be (?:here"
    r"|around)|won'?t be (?:here|around))\b(?! (?:on|for) (?:a |the )?(?:trip|holiday|vacation|work|business)\b)",
    r"giving (?:all )?(?:my|away my) (?:stuff|things|belongings) away"
    # (never for a move or a clear-out told in the sentence, with nothing of an end: "moving in with
    # my partner so im giving away my old furniture", probe 57)
    r"|(?:^|(?<=[.?!] ))(?!(?=[^.?!]*\b(?:moving(?! on)|move house|moved|declutter\w*|downsiz\w*|new (?:flat|house"
    r"|place|sofa|one)|upgrad\w*|renovat\w*|outgr\w*|charity shop|clear[- ]?out)\b)(?![^.?!]*\b(?:(?:won'?t|wont"
    r"|no longer|not gonna|dont|don'?t) need|where i'?m going|where im going|anymore|any more|goodbye|gone|for good"
    r"|moving on)\b))[^.?!]*?\bgiving away my",
    r"(?:drive|driving|crash\w*) (?:my car )?into (?:a|the) (?:wall|tree|truck)",
    r"(?:want|wanna|wish i could|going to|gonna) (?:to )?(?:be dead|stop living|disappear|vanish|not exist|not be here|be gone)\b(?! (?:in)?to (?:a |the |my |some )?(?:\w+ ){0,2}(?:cabin|woods|forest|beach|island|mountains?|retreat|spa|cottage|countryside|festival|bali|holiday|vacation)"
    # (or into bed for a weekend: "i want to disappear into my bed all weekend", probe 39)
    r"| (?:in)?to (?:my |the |a )?(?:bed|duvet|sofa|couch|blankets?|covers|hoodie)\b(?! forever| and never| for good"
    r"| permanently)| under (?:a |the |my )?(?:blankets?|duvet|covers|quilt|doona)\b(?! forever| and never| for good"
    r"| permanently)|" + _AWAY + ")",
    r"(?:hate|sick of|tired of) being alive|feel like dying|shouldn'?t be alive|(?:nothing|no(?:thing)? left) to live for",
    r"(?:can'?t|cant|cannot|don'?t think i can|dont think i can|no way i can) (?:keep (?:on )?(?:living|going)|go on)",
    r"\b(?:i )?(?:want|need) (?:it|this|that) to be (?:final|permanent|the end|over for good|over forever)\b"
    r"(?![^.?!]*\b(?:decision|answer|version|draft|offer|price|grade|score|result|edit\w*|essay|report|design|logo"
    r"|order|deal|contract|cut|mix|divorce|break ?up|relationship|sale|season|tour|album|episode|chapter)\b)|"
    r"want (?:the |this |my |all the )?(?:noise|voices?|thoughts|pain|hurt|suffering|feelings?|misery|torment|screaming)"
    r"(?: in my (?:head|mind|brain))? to stop (?:permanently|forever|for good)\b|want my (?:brain|mind|head|life|heart|thoughts)"
    r" to stop (?:permanently|forever|for good)\b|want (?:it all|everything|it|this) (?:all )?to (?:end|stop)|i (?:just |really |only |honestly )?want out\b(?! of)|want out of (?:life|this)\b(?! (?:\w+ )?(?:contract|job|lease|deal|plan|course|relationship|marriage|group"
    r"|team|project|friendship|house|town|city|band|club|class|school|uni|company|workplace)\b)",
    r"(?:say(?:ing)?|said) goodbye|goodbye (?:everyone|world|all)|(?:my )?last night alive|tonight is (?:the night|my last)",
    r"(?:jump|jumping) (?:off|from) (?:my|the|a) \w+|in front of (?:a|the) (?:train|bus|car|truck)",
    r"(?:drown|drowning|shoot|shooting|hang|hanging|poison|poisoning|stab|stabbing) (?:my ?self|"
    + _THEM
    + r")",
    r"use it on (?:my ?self|" + _THEM + r")|gun .{0,40}(?:my ?self|" + _THEM + r")",
    r"ways? to (?:die|kill (?:my|your) ?self|end (?:it|my life))|easiest way to kill",
    r"(?:better|happier|fine) (?:off )?without me|world would be better without me",
    r"(?:miss|notice|care about) me when i'?m gone|if i'?m gone tomorrow|when i'?m gone",
    # Nothing going to matter by tomorrow (conversation probe 40: "ya regale casi todas mis cosas",
    # then "mañana ya no va a importar nada"), not after an exam, a deadline or a match
    r"(?:^|(?<=[.?!] )|(?<=[.?!]))(?![^.?!]*\b(?:exam\w*|tests?|deadline|interview|match|game|results?|grades?|presentation|diet|hangover"
    r"|examen|partido|entrevista)\b)[^.?!]*?\b(?:(?:after|by) (?:tomorrow|tonight|this weekend|monday)|tomorrow"
    r"|ma[ñn]ana|despu[ée]s de esta noche|esta noche) (?:none of (?:this|it)|nothing|ya nada(?: de esto)?|nada de esto)"
    r" (?:will|is going to|gonna|va a|le va a) (?:matter|importar)\b"
    r"|\bma[ñn]ana ya no (?:va a|le va a) importar nada\b",
    # ... or no longer here, in the languages (conversation probe 40, seventh session of 2026-12-05:
    # "will dass sie versorgt ist wenn ich nicht mehr da bin"), and asleep for good ("would be easier
    # to just stay asleep for good tbh")
    r"\b(?:when|once|after) (?:i'?m|im|i am) (?:not (?:here|around) (?:any ?more|no more)|no longer (?:here|around))\b"
    r"|\bwenn ich nicht mehr (?:da|hier) bin\b|\bcuando (?:ya )?no (?:est[ée]|este)\b(?! (?:en casa|aqu[ií] para)\b)"
    r"|\bquand je ne serai plus (?:l[àa]|ici)\b|\bquando (?:eu )?n[ãa]o (?:estiver|estou) mais (?:aqui|c[áa])\b"
    r"|\bquando non ci sar[òo] pi[uù]\b"
    r"|\b(?:stay|staying|stayed|be|sleep) asleep (?:for good|forever|permanently)\b(?! (?:stretches|chunks|periods"
    r"|hours|lengths|amounts|on (?:sundays|saturdays|weekends|mondays|days off|holiday))\b)"
    r"|\b(?:go to sleep|fall asleep|sleep) (?:and )?(?:never|not) (?:wake|waking) up (?:again|ever)\b",
    r"(?:won'?t|wont|not (?:going to|gonna)) be (?:around|here) (?:much )?(?:longer|tomorrow)",
    # (or not sure of it: "also idk if ill still be here to take it", held-out 41)
    # Held-out 54 (a development probe of the session of 2026-12-05): which medicines "would do it"
    r"\b(?:researching|research\w*|looking up|looked up|googl\w*|reading up on|searching|working out|figuring out)"
    r" (?:which|what) (?:meds|pills|tablets|drugs|medications?|medicines?) (?:would|will|could|might) do it\b",
    # A will made or debts paid "so nobody has to deal with it" (held-out 38, lost once two ordinary
    # wills joined the bank in the session of 2026-12-05)
    r"\b(?:will|affairs|debts?|contract|bills|loans?|subscriptions|accounts)\b[^.?!]{0,60}\bso (?:nobody|no one|noone)"
    r" (?:else )?(?:has|have|needs?|will (?:have|need)) to (?:deal with|sort out|handle|worry about|pay) (?:it|anything|them"
    r"|that|my \w+)\b(?![^.?!]*\b(?:holiday|vacation|trip|away|travel\w*|hospital|surgery|operation|move|moving|abroad"
    r"|deploy\w*|baby|maternity|paternity)\b)",
    # (or "i dont think" so, the "if" left out: held-out 73 and 74 of the seventh session of 2026-12-05,
    # "not sure ill be around to finish it lol", "i dont think ill be around to try it")
    r"(?:idk|i dont know|i don'?t know|not sure|unsure|no idea|i (?:dont|don'?t|do not) think|i doubt)(?: (?:if|whether))?"
    r" (?:i'?ll|ill|i will|i'?m going to|im going to|im gonna|i'?m gonna)"
    r" (?:still )?be (?:here|around|alive)\b(?! (?:much )?(?:for|at|on|in|when|by|next|this|tomorrow|tonight|today|later"
    r"|till|until|after (?:work|school|lunch|dinner)|to (?:see|meet|help|pick|open|sign|collect|get)))"
    r"(?![^.?!]*\b(?:working|work|shift|travel\w*|trip|holiday|away|busy|meeting)\b)",
    r"(?:do|doing) something to my ?self|(?:picture|picturing|imagine|imagining) my (?:own )?funeral",
    r"(?:can'?t|cant) see a future|no future for me|(?:don'?t|dont|do not) see (?:a|any) future\b(?! (?:with|in|for) (?:him|her|them|us|this|that|the|my (?:job|career|relationship|company|team)))|(?:i'?m|im|i am) (?:so |just )?done (?:with )?living\b|(?<!thank you )(?<!thank-you )(?:letters|notes) to"
    r" everyone(?! who (?:came|helped|sent|attended|donated|gave|supported|bought|visited|was there))",
    r"what'?s the point of (?:even )?(?:trying|living|going on)|researching ways",
    r"(?:see|seeing) my ?self (?:being )?alive|(?:see|seeing) my ?self (?:being |still )?(?:around|here|alive) (?:by |at |past |in )?"
    r"(?:next (?:week|month|year|summer|christmas|birthday)|the end of|this time next|much longer|for long|christmas|my birthday)|(?:time|going away|go|leave) (?:for me )?(?:to go )?for good|stay asleep forever",
    r"(?:walk|walking) into the (?:sea|ocean|river|lake)|not coming back|i'?m on the (?:bridge|roof|ledge)",
    r"(?:not|never) (?:to )?exist|note (?:saying|to say) (?:sorry|goodbye)|(?:left|wrote|writing) (?:a|my) (?:note|letter)"
    # ... not to a grandparent, a pen pal or an office (probe 22: "i wrote a letter to my grandad",
    # "hes in a care home and cant really use the phone")
    r"(?! to (?:my |the |our )?(?:grand\w*|gran|granny|nan|nana|nanna|pen ?pal|santa|council|editor|future self"
    r"|younger self|older self|future me|(?:\d+|ten|five|twenty) ?(?:years?|yr) old self"
    r"|landlord|gp|doctor|mp|school|teacher|boss|company|hospital|insurance\w*|bank|complain\w*)\b)"
    r"|(?:letter|note|message) saying sorry|last message to",
    r"(?:end|ending) (?:it|things|my pain) (?:soon|tonight|permanently|forever)|(?:made|make) my peace|ready to go\b",
    r"(?:finally )?going to do it tonight|tonight i'?m (?:finally )?(?:going to|gonna) do it|chosen how",
    r"(?:can'?t|cant) handle life|want to go\b(?! out\b| outside\b)(?! to (?:school|work|class|church|college|uni|parties|the (?:gym|park|shops?|office)))(?:.{0,20})(?:forever|for good|anymore)|die in my sleep"
    r"|relieved if i (?:died|was gone)|how many of my pills",
    r"acabar con mi vida|no quiero estar aqu[ií]|mich umzubringen|umzubringen",
    r"plus envie de vivre|dispara[iî]tre pour toujours|ich will nicht mehr\b|m[öo]chte sterben|mein leben beenden"
    r"|acabar com tudo|me suicidar|non ce la faccio più|quiero desaparecer|no aguanto m[aá]s|suicidarme",
    r"quiero morir\w*|matarme|no quiero (?:seguir )?vivir(?! (?:en|con|cerca|lejos|aqu[ií]|all[ií]|as[ií] en)\b)|quitarme la vida",
    r"je veux mourir|en finir|me tuer|envie de mourir",
    r"selbstmord|umbringen|nicht mehr leben|will sterben",
    r"zelfmoord|wil (?:er )?niet meer (?:zijn|leven)|wil dood\b|mezelf (?:van kant maken|ombrengen|doden)|een eind aan mijn leven",
    # Oblique intent: something stupid tonight, something there is no coming back from.
    r"(?:do|doing) something (?:stupid|dumb|drastic)\b.{0,40}(?:tonight|come back|take back|undo|permanent|to my ?self|for good)"
    r"|(?:not|never|won'?t|wont) come back from (?:it|this|that) tonight|tonight\b.{0,40}(?:not|never|won'?t|wont) come back from",
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
    r"(?:hoard\w*|hiding|hid|stash\w*|put aside|set aside|put away)\b.{0,30}\b(?:pills|meds|tablets"
    # (or a medicine by its name: probe 79, "also been hoarding the sertraline but thats another
    # story")
    r"|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|mirtazapine|amitriptyline"
    r"|quetiapine|lithium|diazepam|zopiclone|tramadol|codeine|oxycodone|paracetamol|tylenol|insulin"
    r"|antidepressants|sleeping pills|painkillers)"
    # (never kept from children or pets: "hid the paracetamol from the kids, where is safest")
    r"(?![^.?!]{0,40}\b(?:from (?:the |my |our )?(?:kids?|children|toddlers?|baby|babies|dog|dogs|cat|cats"
    r"|grandkids?|visitors|guests)|out of reach|childproof\w*|locked (?:box|cabinet|drawer))\b)"
    r"|(?:pills|meds|tablets)\b.{0,20}\b(?:hoarded|stashed|put aside|set aside)",
    r"(?:me|se) (?:quiero|quiere) (?:matar|morir)|se va a (?:matar|suicidar)"
    r"|tirarme (?:del|de un|de la|por|al)|se tuer\b|(?:me|se) matar\b|das leben nehmen"
    r"|uccider(?:mi|si)|togliermi la vita",
    # A decision or a plan told outright, means saved up for it, and death as the only way out
    # (seed held-out 2's "ive decided to end it this weekend", held-out 15's first look).
    r"(?:decided|deciding|made up my mind|planning|ready|going|gonna) to end it\b(?! with| between| off)"
    r"|\bend it (?:all )?(?:this weekend|tonight|tomorrow|today|soon|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:would|will|could)\b.{0,50}\bkill me\b.{0,50}\b(?:thats|that'?s|that is|its|it'?s|is)"
    r" (?:kinda |kind of |sort of |basically |actually |literally )?(?:the|my) plan\b"
    r"|\b(?:the|my) plan\b.{0,50}(?:would|will|could) (?:that|it|this) kill me"
    r"|when i decide (?:its|it'?s|it is) time(?: to go)?(?! to)\b"
    r"|the only (?:fix|way out|answer|solution|option) (?:is|would be) (?:not being here|not to be here"
    r"|to not be here|to die|dying|death|not existing|to disappear for good)",
    # Held-out 30: a means asked for that must "work first time"; not wanting to be around anymore
    # (never around someone, or around when something happens).
    r"\b(?:dangerous|deadly|lethal|fatal|toxic|poison\w*|overdos\w*|how many|how much|big amounts?|large amounts?"
    r"|together|combin\w*|combo|mix\w*|pills|tablets)\b.{0,100}\b(?:need|want)s? (?:it|this|them|that) to work (?:the"
    r" |on the )?(?:first|1st) (?:time|go|try)\b|\b(?:need|want)s? (?:it|this|them|that) to work (?:the |on the )?(?:first"
    r"|1st) (?:time|go|try)\b.{0,100}\b(?:dangerous|deadly|lethal|fatal|toxic|pills|tablets|how many|how much|overdos\w*)",
    r"\b(?:do ?n'?t|dont|not|no longer|never|does ?n'?t|doesnt) (?:really |even |just )?(?:want|wanting|wanna|wish"
    r"|wishing) to be (?:around|alive|on this earth|in this world)\b(?! (?:any ?more |at all |now )?(?:him|her|them"
    r"|people|you|u|my|his|their|anyone|anybody|those|these|that|this|when|with|for|at(?! all)|in|on|if|while|during|until"
    r"|after|before|family|friends|kids|home)\b)",
    # Messages scheduled for after one is gone ("i scheduled the emails to send after im gone",
    # held-out 40, a development probe of the session of 2026-12-04 evening).
    r"\b(?:scheduled|set|timed|queued|wrote|written|left) (?:the |my |some |a few |all )?(?:emails?|messages?|texts?"
    r"|posts?|letters?|notes?)\b[^.?!]{0,40}\b(?:after|when|once|for when) (?:i'?m|im|i am|i'?ve|ive) (?:gone|dead"
    r"|not here|not around)\b(?! (?:to|for|on|away|out|off|camping|abroad|travel\w*|at|in)\b)",
    # Messages set to arrive when one is gone ("just set my phone to send messages tomorrow morning,
    # when they read them ill be gone": held-out 39, a development probe of the session of
    # 2026-12-04 evening).
    r"\bwhen (?:you|u|they|he|she|people|every(?:one|body)|my \w+) (?:read|reads|see|sees|get|gets|find|finds|open"
    r"|opens|hear|hears) (?:this|these|them|it|that|the (?:messages?|notes?|letters?|texts?|emails?|video))\W*"
    r"(?:i'?ll|ill|i will|i'?m|im|i am|i'?d|id) (?:already )?(?:be )?(?:gone|dead|not (?:be )?(?:here|around|alive)"
    r"|no longer (?:be )?(?:here|around|alive))\b(?! (?:to|for|on|away|out|off|camping|abroad|travel\w*|at|in)\b)",
    # Fourth session of 2026-12-05 (held-out 62 and 63, probes 26 and 27, development probes): one's
    # own life taken, said of anyone ("can exercise help if you keep thinking about taking your own
    # life", "why do people take their own lives": the mention policy) ...
    # (a death told, "my uncle took his own life in 2019", is grief the meaning reads, as before)
    r"\b(?:take|takes|taking) (?:your|ur|yr|one'?s|their|his|her|my) own li(?:fe|ves)\b"
    r"|\b(?:took|taken) (?:my|your|ur|yr|one'?s) own li(?:fe|ves)\b",
    # ... an amount "enough to end it" ("could you overdose on iron supplements, like enough to end
    # it"), not a relationship ended ...
    r"\b(?:enough|plenty|sufficient) to (?:end (?:it|things|it all|everything|my life)|not wake up"
    r"|never wake up|do it|finish (?:it|me))\b(?! (?:with|between|off|for (?:the|my|a) (?:day|night|week)))",
    # ... thinking of not being here, or of leaving this world, told as a plan ("after the new job i
    # stopped thinking about not being here but the urge is back worse", "i already know how im
    # leaving this world") ...
    r"\b(?:thinking|thought|thoughts|think) (?:about|of) (?:not being (?:here|alive|around)|not existing"
    r"|no longer (?:being here|existing|being alive)|not waking up|ending (?:it|things|it all|my life)"
    r"|disappearing (?:for good|forever)|leaving this (?:world|earth|life))\b(?! (?:with|between)\b)"
    r"|\bhow (?:i'?m|im|i am|i'?ll|ill|i will|i'?d|id|i would|to) (?:leave|leaving|exit|exiting|depart|departing)"
    r" this (?:world|earth|life)\b"
    r"|\b(?:ready|want|wanna|going|gonna|planning|plan|decided|time) to (?:leave|exit|depart) this (?:world|earth"
    r"|life)\b",
    # ... the time and the place worked out ("worked out everything, the place the time, just need to
    # get through friday"), not for an event ...
    r"\b(?:worked out|planned|sorted|figured out|picked|chosen|chose|decided|know|got)\b[^.?!]{0,30}"
    r"\bthe (?:place|spot|location),? (?:and )?the (?:time|day|date|when|how)\b"
    r"(?![^.?!]*\b(?:wedding|party|proposal|surprise|date night|picnic|meet ?up|reunion|shoot|gig|launch"
    r"|interview|birthday|anniversary|trip|holiday|event|ceremony|match|game|race)\b)",
    # ... a time chosen and nobody there to walk in ("sunday. thats when. everyones away so nobody
    # walks in") ...
    r"\b(?:every(?:one|body)(?:'?s| is| will be)?|they(?:'?re| are| will be)?|the house(?:'?s| is| will be)?)"
    r" (?:all )?(?:away|out|gone|empty)\b[^.?!]{0,20}\b(?:so|and) (?:nobody|no one|noone|no-one) (?:walks"
    r"|will walk|would walk|can walk|comes|will come|finds|will find|can find|can stop) (?:in|me)\b"
    r"(?! (?:on (?:me|us) )?(?:changing|naked|in the (?:shower|bath)|singing|dancing|practi[sc]\w*|rehears\w*"
    r"|working out|exercis\w*|gaming|streaming|recording|studying|sleeping|napping|getting|doing|playing|on the"
    r"|in the|with))",
    # ... everyone better off if one ended it ("everyone would be better off if i just ended it") ...
    r"\bif i (?:just |only |finally )?(?:ended|end|ending) (?:it|it all|things|everything|my life)\b"
    r"(?! (?:with|between|off)\b)",
    # ... not knowing how long one can hold on ("now its every hour and i dont know how long i can
    # hold on"), not at work or without a thing ...
    r"\b(?:do ?n'?t|dont|do not|no idea|not sure) (?:know )?how (?:much )?long(?:er)? i (?:can|could) (?:hold on"
    r"|hang on|keep (?:going|fighting|holding on)|last|stay alive|keep myself safe|keep it together)\b"
    r"(?! (?:without|till|until|before|for (?:the|a|my)|at (?:work|this)|in this|with (?:this|my|the) (?:job|boss"
    r"|pain|knee|back)|on (?:\d|a|this|these|4|5|no)))",
    # ... no point sticking around ("i dont see the point in sticking around for another 2") ...
    r"\bpoint (?:in|of) (?:sticking|hanging|staying) around\b(?! (?:at|in|for the|after the) (?:party|work|office"
    r"|club|pub|bar|event|meeting|game|match|school|uni|shop|job))",
    # ... someone talking of joining the dead ("my mum has been talking about joining dad (he passed
    # last year)") ...
    r"\b(?:talk\w*|speak\w*|says?|said|saying|keeps? saying|wants?|wanting|wanted) (?:about |of )?joining"
    r" (?:my |her |his |their |our )?(?:late )?(?:mum|mom|mother|dad|father|son|daughter|husband|wife|grandpa"
    r"|grandma|grandad|granddad|nan|nana|brother|sister|baby|partner|him|her|them)\b(?! (?:at|on|in|for) (?:the )?"
    r"(?:\w+ )?(?:gym|club|team|trip|holiday|pub|party|church|class|course|game|call|meeting|walk|run|choir))",
    # ... the rent paid ahead, then "after that its not my problem" ("made sure the cat has someone
    # and the rent is paid through next month. after that its not my problem"; the pet is blanked) ...
    r"\b(?:rent|bills?|mortgage|debts?|phone|council tax)\b[^.?!]{0,30}\bpaid\b[^.?!]{0,40}[.?!,;]?\s*[^.?!]{0,20}"
    r"\bafter (?:that|then)\W+(?:its|it'?s|it is|thats|that'?s|it wont be|it won'?t be) (?:not )?(?:my problem"
    r"|someone else'?s problem)\b(?![^.?!]*\b(?:moving|move|lease|landlord|flat|tenancy|contract ends)\b)",
    # ... a goodbye post or message set for a time ("typed out a goodbye post, scheduled it for 3am") ...
    r"\bgoodbye (?:post|message|msg|text|email|video|note|letter)s?\b[^.?!]{0,10}[^.?!]{0,30}\b(?:scheduled"
    r"|schedule|set (?:it |them )?to (?:go|post|send)|(?:for|at) \d{1,2} ?(?:am|pm)?\b|tonight|after i'?m gone"
    r"|when i'?m gone)"
    r"|\bscheduled (?:a |my |the )?goodbye\b",
    # ... a will sorted or a contract cancelled, and calm at last ("sorted my will and cancelled my
    # phone contract, feel calm for the first time"), not before an operation or a move ...
    r"(?:^|[.?!;]\s*)(?![^.?!;]*\b(?:surgery|operation|op|move|moving|trip|holiday|baby|mortgage|retire\w*|wedding"
    r"|married|solicitor|lawyer)\b)[^.?!;]*?"
    r"\b(?:sorted|wrote|made|did|done|finished|updated|signed|cancell?ed)\b[^.?!]{0,10}\b(?:my will|my phone"
    r" contract|my contract|my subscriptions|my accounts)\b[^.?!]{0,60}\b(?:calm|peace\w*|relie\w*|light(?:er)?"
    # ... or loose ends tied (held-out 79: "im writing my will at 22 and ive cancelled my phone
    # contract, tying up loose ends")
    r"|loose ends)\b"
    r"(?![^.?!]*\b(?:surgery|operation|op|move|moving|trip|holiday|baby|mortgage|retire\w*|wedding|travel\w*|abroad"
    r"|emigrat\w*|new job|switch\w*|provider|cheaper|deal)\b)",
    # ... in case one is no longer here tomorrow, in French, Spanish, Portuguese, German and Italian
    # ("j'ai ecrit une lettre pour ma mere au cas ou je serais plus la demain"), a farewell sent by a
    # friend who no longer answers ("mon pote m'a envoye adieu frerot merci pour tout et il repond
    # plus"), letters written to one's family ("ja escrevi as cartas pra minha familia") ...
    r"\b(?:au cas o[uù]|si jamais) je (?:ne )?(?:serais|serai|suis|sois) plus (?:l[aà]|ici|vivante?|en vie)\b"
    r"|\b(?:por si|en caso de que|por si acaso) (?:ya |yo )?no (?:estoy|est[eé]|sigo|siga) (?:aqu[ií]|viv[oa]|m[aá]s"
    r"|ma[ñn]ana)\b"
    r"|\b(?:caso|se|pro caso de) eu (?:j[aá] )?n[aã]o (?:esteja|estiver|estar) mais (?:aqui|viv[oa])\b"
    r"|\bfalls ich (?:morgen |bald )?nicht mehr (?:da|hier|am leben) (?:bin|sein sollte|sein werde)\b"
    r"|\b(?:nel caso|se) (?:io )?non (?:ci )?(?:sia|fossi|sar[oò]) pi[uù]\b"
    r"|\badieu\b[^.?!]{0,60}\b(?:merci pour tout|r[ée]pond (?:plus|pas)|pardon)\b"
    r"|\bm'a (?:envoy[ée]|[ée]crit|dit) (?:un )?adieu\b"
    r"|\b(?:cartas?|bilhetes?) (?:pra|para|[àa]) (?:a )?(?:minha|mi|meus?|mis) (?:fam[ií]lia|filhos?|m[ãa]e|pai|hijos?|madre|padre)"
    r"|\b(?:lettres?|mots?) (?:[àa]|pour) (?:ma|mes|mon) (?:famille|enfants|m[èe]re|p[èe]re|parents)"
    r"|\bbriefe? an (?:meine|meinen) (?:familie|kinder|eltern|mutter|vater)\b",
    # ... a brother's passwords sent and his dog to be looked after ("my brother just sent me all his
    # passwords and said look after his dog for him") ...
    r"\b(?:sent|gave|given|texted|emailed|handed) (?:me )?(?:all )?(?:of )?(?:his|her|their) (?:passwords|logins"
    r"|pins?|bank details)\b(?! (?:so (?:that )?(?:i|we) (?:can|could)|while|for (?:when|while)))[^.?!]{0,60}"
    r"\b(?:look after|take care of|feed|keep|have) (?:his|her|their)\b"
    r"(?![^.?!]*\b(?:away|holiday|vacation|trip|travel\w*|abroad|hospital|surgery|work trip|visiting|festival"
    r"|camping|deploy\w*)\b)",
    # ... told not to worry, it being figured out and over soon ("dont worry about me anymore i
    # figured it all out. its all going to be over soon", probe 27) ...
    r"\b(?:do ?n'?t|dont|do not|no need to|stop) worry(?:ing)? about me\b[^.?!]*[.?!,;]?[^.?!]{0,60}"
    r"\b(?:(?:be|is|it'?s|its) (?:all )?over soon|figured it (?:all )?out|be gone|wont be (?:here|around)"
    r"|won'?t be (?:here|around))\b"
    r"|\bfigured it (?:all )?out\b[^.?!]*[.?!,;]?[^.?!]{0,40}\b(?:(?:be|is) (?:all )?over soon|be gone soon)\b",
    # ... sleep or one's things not needed for much longer ("not that it matters, i wont need sleep
    # for much longer", held-out 63's conversations) ...
    r"\b(?:won'?t|wont|will not|not gonna) (?:need|be needing) (?:sleep|food|to eat|to sleep|anything|any of (?:it"
    r"|this|them)|my (?:stuff|things|meds|pills|phone|clothes|bed|room)) (?:for )?(?:much longer|for long"
    r"|very long|soon)\b",
    # ... wanting it over tonight ("i want it to be over tonight and im just standing here staring
    # into the medicine cabinet", held-out 25, caught by the meaning only when its own lines are in
    # the bank) ...
    r"\b(?:want|wanna|need) (?:it|this|everything|it all|this all|all of (?:it|this)) (?:all )?to be over"
    r" (?:tonight|today|right now|now|for good|forever|permanently)\b(?![^.?!]*\b(?:exam|test|shift|meeting"
    r"|flight|party|week|day|interview|presentation|surgery|labou?r)\b)",
    # ... searching how long it takes "to go" without one's medicine ("i keep searching how long it
    # takes to go if you dont take your meds and drink") ...
    r"\b(?:searching|searched|googl\w*|looking up|looked up|researching)\b[^.?!]{0,15}\bhow long (?:it takes|does it"
    r" take|would it take|till|until|before) (?:to go|you go|you die|to die|you pass)\b(?! (?:into|in|to|through"
    r"|from|back|down|up|away|off|out|on|home|shopping)\b)",
    # Fifth session of 2026-12-05 (probes 28 and 29, development probes): enough of something taken
    # to go in one's sleep and not come back ("can you take enough magnesium to just go peacefully
    # in your sleep and not come back"), never only to sleep through the night ...
    r"\benough (?:\w+ ){0,4}?to (?:just )?(?:go|slip away|drift off|fall asleep|sleep|pass) (?:\w+ ){0,4}?and"
    r" (?:not|never) (?:come back|wake up|wake back up)\b(?! (?:at|in the|during|till|until|before|early|every)\b)"
    r"|\b(?:go|slip away|drift off|pass|die)\b (?:peacefully |quietly )?in (?:my|your|ur|their) sleep and"
    r" (?:not|never) come back\b",
    # ... how much to take "so its over" ("how much of my antidepressants do i need to take so its
    # over") ...
    r"\bhow (?:much|many)\b[^.?!]{0,50}\b(?:take|swallow|have|drink)\b (?:\w+ ){0,2}?so (?:that )?(?:it'?s|its"
    r"|it is|it'?ll be|everything is|this is|i'?m|im) (?:all )?(?:over|done|gone|finished|the end)\b",
    # ... how long till someone finds one "after i do it" or notices one gone ("just wondering how
    # long itd take them after i do it", probe 28) ...
    r"\bhow long (?:it'?d|itd|would it|will it|it would|it will|till|until|before|does it) (?:take )?(?:them|anyone"
    r"|anybody|people|someone|somebody|my \w+)\b[^.?!]{0,30}\b(?:after i do it|(?:notice|find|realise|realize)"
    r" (?:me|i'?m gone|im gone|i'?m not here|im not here|i was gone))\b",
    # Held-out 67 (a development probe of the fifth session of 2026-12-05): thinking about
    # swallowing all one's pills tonight; a brother who gave his things away and is "at peace now".
    r"\b(?:thinking (?:about|of)|think about|thought about|want to|wanna|going to|gonna|plan\w* to|tempted to)"
    r" (?:just )?(?:swallow\w*|tak(?:e|ing)|tak\w*|down\w*|pop\w*) all (?:of )?(?:my|the|mums?|moms?|dads?) (?:\w+ )?"
    r"(?:pills|tablets|meds|medication|medicine|capsules|sleeping pills|painkillers)\b(?![^.?!]*\b(?:with me|on"
    r" (?:holiday|the trip|the plane)|to (?:the |my )?(?:pharmacy|chemist|doctor|gp|appointment|hospital|review)"
    r"|in (?:my|the) (?:bag|suitcase|case|luggage)|pill ?box|organi[sz]er|back to|for disposal|to dispose)\b)",
    r"\bgave away (?:all )?(?:of )?(?:his|her|their|my) (?:\w+ )?(?:stuff|things|belongings|possessions|stuff)\b"
    r"[^.?!]{0,60}\b(?:at peace|peaceful|calm(?:er)? now|so calm|happy now|saying goodbye|goodbyes?|wont need)\b",
    # Held-out 70 and 71 and probe 34 (development probes of the sixth session of 2026-12-05): a belt
    # asked to hold one's weight; a day told ("friday. thats when"), in Italian too; pharmacies
    # visited so nobody asks; old prescriptions filled and kept; how much of something stops the
    # heart; a pack "enough to make sure"; something that could kill one, "i kinda hope so"; this
    # app not needed after tonight; a pet given away "better than i will after"; a child drawing
    # himself in a coffin, going to be with grandad soon; a dog to keep "forever", then silence; a
    # dose "pour ne pas se réveiller"; a friend giving her things away (Portuguese); planned for
    # weeks, the house to be empty; "i think this is goodbye"; everything ready, thanks to whoever
    # reads this; food not needed after this weekend.
    r"\b(?:does|would|will|can|could|is) (?:a |my |the |this )?(?:belt|scarf|cord|cable|shoe ?lace|tie|dog lead"
    r"|leash|bed ?sheet|sheet|extension lead)s? (?:\w+ )?(?:hold|take|support|bear|be strong enough for)"
    r" (?:enough |my |a (?:person'?s|grown \w+'?s|body'?s|body) |an adults? |someones? )?(?:weight|body ?weight"
    r"|\d+ ?(?:kg|kilos?|lbs?|pounds?))\b(?![^.?!]{0,60}\b(?:hammock|swing|tree ?house|pull ?-?ups?|shelf|tv"
    r"|bag|backpack|trousers|pants|jeans|tow|car|trailer|climb\w*|dog|puppy|horse)\b)",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend)\W+(?:that'?s"
    r"|thats|it'?s|its) (?:when|the day|the night|the date)\W+(?:i )?(?:just )?(?:wanted|want|needed) (?:someone"
    r"|somebody|anyone|some1|one person) to know\b",
    r"\bho (?:gi[àa] )?(?:scelto|deciso|fissato) (?:il giorno|la data|quando)\b(?!\s*(?:del|della|dello|dei|delle|di"
    r"|per|in cui (?:parto|ci sposiamo)))",
    r"\b(?:different|separate|several|multiple|\d+|two|three|four|five|a few) (?:different )?(?:pharmacies|chemists"
    r"|shops|stores|drug ?stores|supermarkets)\b[^.?!]{0,40}\b(?:so (?:nobody|no one|noone|no1|they) (?:would|wouldn'?t"
    r"|wouldnt|will|won'?t|wont|could|couldn'?t|couldnt|can'?t|cant|doesn'?t|doesnt|don'?t|dont)? ?(?:ask|notice"
    r"|question|suspect|get suspicious|stop me|limit me)|without (?:anyone|them) (?:asking|noticing))",
    r"\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|collected|collecting|kept"
    r"|keeping|filled|filling|picked up) (?:up )?(?:all )?(?:of )?(?:my |the )?(?:old )?(?:prescriptions?|pills"
    r"|tablets|meds|medications?|scripts|repeat prescriptions)\b[^.?!]{0,20}\bwithout (?:taking|using|touching)"
    r" (?:them|it|any)\b(?![^.?!]{0,40}\b(?:holiday|trip|travel|expired|disposal|dispose|return|side effects"
    r"|doctor said|gp said|stopped working)\b)",
    r"\bhow (?:much|many)\b[^.?!]{0,60}\b(?:need to take|have to take|would it take|does it take|to take|i'?d take)"
    r"\b[^.?!]{0,20}\b(?:to|for it to|for them to|before it|so it) (?:stop|stops) (?:my|your|ur|the|a) heart\b",
    r"\b(?:pills?|tablets?|meds|pack|packet|bottle|box|dose|mg|strip)\b[^?!]{0,40}\benough to make (?:sure"
    r"|certain)\b(?!\s*(?:i|you|we|they|he|she|its|it'?s|the|my|that|there|your|ur|our)\b)",
    r"\b(?:kill|end|finish) (?:me|me off)\b[^.?!]{0,40}[,.]? ?(?:i )?(?:kinda|kind of|sort of|half|secretly|actually"
    r"|honestly|lowkey)? ?hope (?:so|it (?:does|would|will)|it kills)\b",
    r"\b(?:wont|won'?t|will not|not gonna|not going to) (?:need|be needing|be using|use) (?:this|the|ur|your)"
    r" (?:app|chat|chatbot|bot|site|website|service)\b[^.?!]{0,20}\bafter (?:tonight|today|tomorrow|this weekend"
    r"|friday|saturday|sunday)\b(?![^.?!]{0,40}\b(?:trial|subscription|cancel\w*|delet\w*|uninstall\w*|switch\w*"
    r"|found|appointment|doctor|therapist)\b)",
    r"\bbetter than i (?:will|would|could|can) (?:after|once i'?m gone|when i'?m gone|when im gone|once im gone)"
    r"\s*[.!]*\s*$",
    r"\bdrew (?:a )?(?:picture|drawing|pic) of (?:him|her|them|my)sel(?:f|ves) (?:in a coffin|dead|in a grave|hanging"
    r"|with a (?:gun|knife|rope|noose))\b",
    r"\b(?:going to|gonna|wants? to|will|is going to|wanna) (?:be|go) with (?:his |her |their |my )?(?:grand\w*|nan\w*"
    r"|gran|granny|grampa|gramps|papa|mummy|mum|mom|daddy|dad|mother|father|brother|sister|twin|jesus|god)"
    r" (?:soon|in heaven|up there|in the sky|now)\b(?![^.?!]{0,40}\b(?:flight|flying|visit\w*|holiday|trip|train"
    r"|bus|drive|driving|pick\w*|weekend|christmas|summer|moving|stay\w*|sleepover|camp)\b)",
    r"\b(?:look after|take care of|keep|have|mind) (?:his|her|their)(?: (?:\w+ )?(?:dog|cat|pets?|kids?|children"
    r"|son|daughter|plants?|things|stuff|fish|bird|rabbit)\W{0,2}\s?['\"‘“]?forever\b)[^.?!]{0,40}\b(?:went"
    r" quiet|gone quiet|went silent|stopped (?:answering|replying|texting)|isn'?t answering|isnt answering|not"
    r" answering|wont answer|won'?t answer|cant reach|can'?t reach)",
    r"\b(?:combien|comprim\w*|cachets?|pilules?|m[ée]docs?|m[ée]dicaments?|doliprane|parac[ée]tamol)\b[^?!]{0,60}"
    r"\bpour ne (?:pas|plus|jamais) (?:me |se |te )?r[ée]veiller\b(?!\s*(?:la nuit|pendant|avant|[àa] \d|au milieu"
    r"|trop t[oô]t|le matin))",
    r"\b(?:dando|doando|deu|doou|distribuindo) (?:todas )?as coisas (?:dela|dele|deles|minhas)\b[^.?!]{0,60}\bn[aã]o"
    r" (?:vai|vou|v[aã]o) (?:mais )?precisar\b",
    r"\bplann(?:ing|ed) (?:it|this) for (?:\w+ )?(?:days|weeks|months|a while|ages)\b[^.?!]*\b(?:house|flat|place"
    r"|home|apartment) (?:to be )?(?:empty|to myself)\b(?![^.?!]{0,40}\b(?:party|surprise|clean\w*|paint\w*"
    r"|decorat\w*|renovat\w*|film\w*|record\w*|practi\w*|proposal|propose)\b)",
    r"\b(?:i think |i guess |guess |so )this is (?:goodbye|the end)\s*[.!]*\s*$",
    r"\beverything(?:'?s| is)? (?:ready|set|in place|sorted|arranged|organi[sz]ed|done)\W+(?:i )?(?:just )?(?:wanted"
    r"|want|needed) to (?:say )?(?:thank|thanks to|say thank you to) (?:whoever|anyone who|everyone who)\b",
    r"\b(?:wont|won'?t|will not|not gonna|not going to|dont|don'?t) need (?:food|to eat|meals|groceries|clothes"
    r"|money|any of (?:it|this|that|them)"
    # ... or "them", the articles or anything the reader was given (probe 72, the third session of
    # 2026-12-07's check set: "thanks for the articles but i wont need them after this weekend")
    r"|them|it|these|those) (?:after|past|beyond) (?:(?:this|next|the) (?:weekend|week|month)|(?:(?:this|next|the) )?(?:friday"
    r"|saturday|sunday|monday|tuesday|wednesday|thursday))\b(?![^.?!]{0,40}\b(?:catered|hotel|retreat|inclusive"
    r"|cruise|holiday|trip|camp|hospital|fast\w*)\b)(?![^?!]*\b(?:exams?|tests?|course|class|term|semester"
    r"|school|uni|cast|brace|crutch\w*|boot|stitches|antibiotics|project|deadline|move|moving|job|shift|race"
    r"|marathon|wedding|trip|holiday|surgery|op|operation|appointment|interview|audition|recital|match|game)\b)",
    # Held-out 64 (read blind in the fifth session of 2026-12-05, development data since the sixth):
    # not sure one can keep going much longer; a sister's message to take care of the cat "for me",
    # and fear.
    r"\b(?:not sure|dont know|don'?t know|doubt) (?:if |whether )?i can (?:keep going|go on|hold on|keep doing this"
    r"|do this) (?:much |any )?(?:longer|anymore|any more)\b",
    r"\b(?:saying|said|says|texted|messaged|wrote|msg(?:ed)?(?: me)?(?: saying)?) (?:to )?(?:take care of|look after"
    r"|feed|mind) (?:the|my|her|his|our) (?:\w+ )?(?:cat|dog|kids?|children|plants?|fish|rabbit|pets?) for (?:me|her"
    r"|him)\b[^.?!]{0,40}\b(?:scared|worried|terrified|freaking out|not answering|wont answer|won'?t answer|cant reach"
    r"|can'?t reach|panicking|frightened)\b",
    # A death, then the wish it had been oneself or to go too (probe 39 of the seventh session of
    # 2026-12-05: "the character dies at the end of the game and honestly i wish it was me", "my
    # grandma died and i keep thinking i should just go too"); not to a funeral or a service
    r"\b(?:dies|died|dying|dead|death|killed|passed away|passed)\b[^.?!]{0,60}\bi (?:honestly |really |kinda |just )?"
    r"wish (?:it|that) (?:was|were|had been|could have been|could be) me\b"
    r"|(?:^|(?<=[.?!] )|(?<=[.?!]))(?![^.?!]*\b(?:funeral|service|wake|memorial|cremation|burial|viewing|there|home|visit\w*)\b)[^.?!]*?"
    r"\b(?:died|passed away|passed|lost (?:her|him|them|my \w+))\b[^.?!]{0,60}\bi (?:keep thinking |think |feel like )?"
    r"(?:i )?(?:should|want to|wanna|could|might as well|need to) (?:just )?(?:go|die|join (?:her|him|them)"
    r"|be with (?:her|him|them)) (?:too|as well|with (?:her|him|them))\b",
    # A place picked out "where id do it" (held-out 77, a development set of the session of
    # 2026-12-06: "also is it weird that i picked out a spot in the woods where id do it"), and
    # sleeping forever soon ("its fine, soon ill be sleeping forever anyway", held-out 76)
    r"\b(?:picked|picking|chose|chosen|choosing|scouted|scoped) (?:out )?(?:a|the|my) (?:\w+ )?(?:spot|place|location"
    r"|bridge|tree|cliff)\b[^.?!]{0,40}\bwhere (?:i'?d|id|i would|i'?ll|ill|i will) do it\b(?! (?:every|each|daily|most)\b)",
    # ... and, in the bath, thinking of not coming up (held-out 72: "sometimes i hold my breath in the
    # bath and think about just not coming up")
    r"\b(?:think|thinking|thought|wonder\w*|imagin\w*|fantasi[sz]\w*) (?:about |of )?(?:just |maybe )?(?:not"
    r" coming (?:back )?up|staying (?:under|down there)|never coming (?:back )?up)\b(?! for air)"
    r"(?![^.?!]*\b(?:freediv\w*|apnea|apnoea|scuba|diving (?:class|lesson|course))\b)",
    r"\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to) (?:soon )?be (?:sleeping|asleep) forever\b"
    r"(?![^.?!]*\b(?:after|once|when|weekend|week|exams?|shift|holiday|vacation|lol|lmao|haha)\b)",
    # Held-out 81 and probe 51 (development data of the fourth session of 2026-12-06): thinking about
    # not being here any more (never not being here for a day, a trip or an event); rather with the
    # dead than here; a mix asked "so it goes smoother" once it is decided.
    r"\b(?:think|thinking|thought|thinks) (?:about|of) (?:just |maybe |simply )?(?:not being (?:here|alive|around)"
    r"|no longer being (?:here|alive|around)|not existing|not waking up|being dead|ending it all)\b"
    r"(?! (?:for|at|on|in|during|when|while|over|this|next|tomorrow|tonight|today|until|till|til|from|with|by|because"
    r"|bc|cos)\b)",
    r"\b(?:i'?d|id|i would) (?:much |honestly |really |just )?rather be (?:with (?:him|her|them|my \w+|mum|mom|dad"
    r"|grandma|grandad|nan)|dead|gone|in the ground|six feet under) (?:\w+ )?than (?:here|be here|alive|living|stay\w* here"
    r"|(?:be )?without (?:him|her|them))\b",
    r"\b(?:already decided|(?:i'?ve|ive|i have|its|it'?s|it is|my mind is|my mind'?s) (?:already |finally )?(?:decided|made up)"
    r"|made up my mind)\b[^?!]{0,80}\b(?:interact\w*|mix\w*|combin\w*|together|with (?:alcohol|booze|vodka|wine|whisky"
    r"|drink))\b[^?!]{0,60}\bso (?:it|this|everything|things) (?:goes|go|will go|is|will be|works?|hits?)"
    r" (?:smoother|smoothly|quicker|faster|easier|painless\w*|peaceful\w*|for sure|better)\b",
    # Held-out 86 and probe 54 (development sets of the fifth session of 2026-12-06): wishing one had
    # not come back up (the bath); the how and the when worked out (never of a chore: "worked out
    # how and when to take my meds"); whether going with a means is painless; a partner's keepsake
    # given with "remember me"; staring at the knives or the pills again; "my last week" told (never
    # at a job or of a course); what others could have "if i was gone"; a farewell message sorry for
    # everything; how long until one loses consciousness, for something one is planning; a
    # permanent off switch wanted; pills stockpiled "for when im ready"; and in Spanish, French and
    # Italian: the plan made and goodbyes set, one's things given away as no longer needed, how many
    # pills "not to wake up again".
    r"\bwish (?:i|i'?d|id) (?:just |had )?(?:didn'?t|didnt|wouldn'?t|wouldnt|never|could just not|could not|had not"
    r"|hadn'?t|hadnt) (?:come|came|coming) (?:back )?up\b(?! for air)"
    r"(?![^.?!]*\b(?:freediv\w*|apnea|apnoea|scuba|diving (?:class|lesson|course)|lol|lmao|haha)\b)",
    r"\b(?:i'?ve|ive|i have|i) (?:already )?(?:worked out|figured out|decided|planned|sorted out|chosen|picked)"
    r" (?:the )?(?:how and when|when and how|where and when|when and where|how and where|where and how)\b"
    r"(?! (?:to|i'?ll|ill|i will|i should|for (?:my|the|our|a))\b)",
    r"\bis it (?:painless|peaceful|quick|quicker) to (?:go|die|pass|slip away) (?:with|by|on|using|from|through)\b"
    r"(?! (?:a |the |my )?(?:train|bus|car|plane|bike|coach|tube|taxi|uber|boat|ferry|road|foot|air|rail|metro|subway"
    r"|motorway|highway|route|ring road|bridge|tunnel|lift|elevator|stairs)\b)",
    r"(?:^|(?<=[.?!] ))(?![^.?!]*\b(?:cancer|hospice|terminal|dying of|palliative|moving|leaving for|deploy\w*|trip"
    r"|abroad|uni|college|wedding|funeral|gran|granny|grandma|grandad|grandpa|nan|nana|will|old age|\d{2,3})\b)[^.?!]*?"
    r"\b(?:gave|given|giving) (?:me|us) (?:her|his|their) (?:\w+ ){0,2}?(?:necklace|ring|bracelet|watch|jacket|hoodie"
    r"|guitar|things|stuff|\w+)\b[^.?!]{0,20}\b(?:and )?(?:said|says|told me|told us) (?:to )?remember (?:me|her|him|them)\b",
    r"\bstar(?:e|es|ed|ing) at (?:the |my |those |all (?:the|my) )?(?:knives|knife|pills|tablets|meds|blades?|razors?"
    r"|rope|bridge|tracks|train tracks)\b[^.?!]{0,20}\bagain\b",
    r"(?:^|[.?!]\s*)(?:i think |honestly |tbh )?(?:this is|this'?ll be|thisll be|it'?s|its) (?:gonna be |going to be )?my last"
    r" (?:week|day|night|weekend)\b(?! (?:at|of|in|on|before|with|as|off|here|there|working|before)\b)"
    r"(?![^.?!]*\b(?:job|work|school|uni|college|contract|holiday|vacation|notice|trip|course|internship|placement"
    r"|exams?|shift|term|semester|team|office|lease|flat|house|diet|detox)\b)",
    r"\bif i (?:was|were|wasn'?t|wasnt|weren'?t|werent) (?:gone|dead|not (?:around|here)|around no more)\b"
    r"(?! (?:for|on|to|away|overnight|a |the |this |next |over |at |by |in )\b)"
    r"(?=[^.?!]{0,60}\b(?:could|would|can|will|might|they'?d|theyd|she'?d|shed|he'?d|hed)\b)",
    r"\b(?:message|text|letter|note|voicemail|email|dm)\b[^.?!]{0,40}\b(?:apologi[sz]\w*|sorry) for everything\b"
    r"[^?!]{0,60}\b(?:better off|goodbye|bye|remember (?:me|him|her)|look after|take care of|love you (?:always|forever))\b",
    r"\bhow long (?:does it|would it|will it|till|until|before|do you|does someone|does a person)\b[^.?!]{0,30}"
    r"\b(?:lose consciousness|pass out|black out|go unconscious|die|stop breathing)\b[^?!]{0,60}\b(?:something (?:i'?m|im"
    r"|i am) planning|for (?:my|the) plan|i'?m planning|im planning)\b",
    r"\b(?:i want|i need|give me|wish i had|i'?d like|id like|looking for) (?:a |an )?(?:permanent|forever|final)"
    r" (?:off switch|off button|sleep|nap|exit|way out|rest|shutdown)\b(?! (?:mode|button|setting) (?:on|for) (?:my|the)"
    r" (?:phone|laptop|pc|computer|tv|router|app))",
    r"\b(?:keeping|saving|stockpiling|hoarding|collecting|stashing|hiding|storing) (?:them all|them|all (?:of )?(?:them|my"
    r" (?:pills|meds|tablets))|my (?:pills|meds|tablets|sleeping pills)|(?:the )?(?:pills|meds|tablets))\b[^.?!]{0,40}"
    r"\bfor (?:when (?:i'?m|im|i am) ready|the right (?:time|moment|day)|when the time comes|when it'?s time|when its time"
    r"|the end|someday|one day)\b",
    r"\b(?:tengo todo planeado|ya lo tengo (?:decidido|planeado)|ya lo decid[ií])\b[^?!]{0,60}\b(?:me despido|despedirme"
    r"|adi[oó]s)\b(?![^?!]*\b(?:mudo|mudanza|viaj\w*|trabajo|fiesta|boda|vacaciones|erasmus|piso)\b)",
    r"\b(?:donn\w*|don de|regal\w*|verschenk\w*|doando|dando) (?:toutes |todas |tutte |alle |todas as )?(?:mes|mis|le mie|meine|as minhas|minhas)"
    r" (?:affaires|cosas|cose|sachen|coisas)\b(?! (?:de|del|di|da|do|vom|von|f[üu]r|pour|para|per|d')\b(?! toute))[^?!]{0,60}\b(?:plus besoin|n'?en aurai|j'?en aurai plus|no las? (?:voy a"
    r" )?necesit\w*|ya no (?:me )?(?:van a )?servir\w*|non mi serv\w* pi[uù]|brauch\w* (?:sie|die) (?:eh |sowieso )?nicht"
    r" mehr|n[aã]o (?:vou )?precis\w* mais)\b",
    r"\bper non svegliar(?:si|mi) pi[uù]\b|\bpara no despertar(?:me|se)? (?:nunca )?m[aá]s\b|\bpour ne (?:plus|jamais)"
    r" (?:me )?r[ée]veiller\b|\bum nicht mehr aufzuwachen\b|\bpara n[aã]o acordar mais\b",
    # Held-out 83 and probe 53 (blind or unread in the fourth session of 2026-12-06, development
    # data since): no reason seen to keep getting up, with trying given up; what happens to the
    # body after one goes looked up, no longer frightening; a pet or a person who was "the only
    # reason i was still here"; a death seen in a story and the wish to do the same.
    r"\b(?:don'?t|dont|do not|can'?t|cant) see (?:why|the point (?:in|of)) (?:i |me )?(?:keep |keeping )?(?:getting up"
    r"|waking up|going on|carrying on|bothering)\b(?=[^?!]{0,80}\b(?:done trying|nothing (?:is (?:going to|gonna)|will"
    r" ever|ever) (?:change|get better)|no point|giv(?:e|ing) up|tired of (?:it all|everything|trying))\b)",
    r"\b(?:researching|researched|reading (?:up )?about|read about|looking up|looked up|googl\w*|searching)\b[^.?!]{0,40}"
    r"\b(?:after (?:you|u|i|we|one) (?:go|die|pass)|when (?:you|u|i|we) die|dying|death|overdos\w*|hanging|drowning)"
    r"\b[^?!]{0,60}\b(?:doesn'?t|doesnt|does not|no longer|don'?t|dont) (?:scare|frighten|bother|worry) me"
    r" (?:any ?more|now)\b",
    r"\b(?:was|were|is|are|been) (?:the|my) only reason (?:i'?m|im|i am|i was|i'?ve|ive|i) (?:still )?(?:here|alive"
    r"|around|living|hanging on|kept going|stayed)\b",
    r"\b(?:killed|hanged|drowned|shot) (?:him|her|them)sel(?:f|ves)\b[^?!]{0,60}\bi (?:want|wanna|need|am going|'?m"
    r" going|m going|'?m gonna|m gonna) to do (?:the )?same\b",
    # Held-out 88 and probes 57 to 59 (development sets of the sixth session of 2026-12-06):
    # switching off and never switching back on; taking oneself "out of the equation" to end a
    # message; how long until one loses consciousness with the air blocked; which medicines, or
    # whether a whole pack of one with drink, "would do it"; thanks and goodbye "before i go" (never
    # before going somewhere); decided, and everything will be quiet soon; a good "last week" wanted
    # (never of a job, a course or a trip); "the long nap"; a death in a story envied; and in Hindi
    # or Urdu typed in Latin letters, everyone happy after one is gone.
    r"\b(?:switch|turn|shut|power) (?:myself |me )?(?:off|down) (?:and|n|&) (?:just )?never (?:switch|turn|power|boot"
    r"|start|come) (?:myself |me )?(?:back )?(?:on|up)\b(?! (?:again )?(?:my|the|this|that|for|at|until|till|before)\b)",
    r"\b(?:take|taking|remove|removing|took) (?:myself|me) (?:out of|from) (?:the|this) (?:equation|picture)"
    r"(?: (?:for good|permanently|forever|altogether|completely))?(?=\W*$)",
    r"\bhow long (?:does it|would it|will it|till|until|before|do you|does someone|does a person)\b[^.?!]{0,30}"
    r"\b(?:lose consciousness|pass out|black out|go unconscious|die)\b[^?!]{0,20}\b(?:if|when|once|after|with)"
    r" (?:you |u |i |someone |a person )?(?:block|cut|cuts|blocks|shut|stop|stops|tie|put|cover)\w* (?:off )?(?:the |your"
    r" |my |their )?(?:air|airway|oxygen|breathing|windpipe|a bag|a plastic bag|a belt|a cord|a rope)\b",
    r"\bwhich (?:of (?:my|the|these|those) )?(?:meds|pills|tablets|medicines?|medications?|drugs)\b[^.?!]{0,40}"
    r"\b(?:would|will|could|might|can) (?:actually |really |definitely )?do it\b(?= *(?:$|[.?!,]))",
    r"\bwould (?:a|the|my|one) (?:whole|full|entire) (?:pack|packet|box|bottle|strip|blister|tub|jar) of (?:[\w-]+ )"
    r"{1,2}(?:(?:and|with|plus|\+) (?:some |a bottle of |a )?(?:wine|vodka|alcohol|booze|beer|whisk(?:e)?y|gin|rum"
    r"|drink|drinks) )?do it\b(?= *(?:$|[.?!,]))",
    r"\b(?:thank you|thanks|thank u) and (?:goodbye|bye|farewell)\b[^.?!]{0,20}\bbefore i go\b"
    r"(?! (?:on|to|back|home|away|abroad|out|off|into|for|travel\w*|shopping|tomorrow|next)\b)",
    r"\b(?:i'?ve |ive |i have |i )?(?:finally |just |already )?decided\b(?! (?:to|on|what|which|that|whether|if|how"
    r"|where|against|between)\b)[^?!]{0,30}\b(?:everything|it all|all of it|things|my head|the noise) (?:will|'?ll|is"
    r" going to|is gonna) (?:be|go|get) (?:quiet|silent|still|dark|over) (?:soon|very soon|at last|tonight|forever)\b",
    r"(?:^|[.?!,]\s*)(?:i'?m |im |i am |i )?(?:just )?(?:trying|want|wanna|going|gonna|hoping) (?:to )?(?:have|make|enjoy)"
    r" (?:it )?(?:a |my )?(?:good|nice|decent|great|proper|happy|peaceful) last (?:week|day|few days|weekend)\b"
    r"(?! (?:at|of|in|on|before|with|as|off|here|there|working|together)\b)"
    r"(?![^.?!]*\b(?:job|work|school|uni|college|contract|holiday|vacation|notice|trip|course|internship|placement"
    r"|exams?|shift|term|semester|team|office|lease|flat|house|diet|detox|pregnan\w*|maternity|leave|camp|abroad)\b)",
    r"\b(?:take|taking|took) (?:the (?:long|big|final|eternal|forever|dirt|last long)|a (?:permanent|forever|eternal|final)"
    r"|an eternal) (?:nap|sleep)\b(?! (?:gumm\w*|pills?|tablets?|aids?|mask|tea|on|after|every|each|this|at|in|before"
    r"|with|today|later)\b)",
    r"\b(?:dies|died|dying|death|killed (?:him|her|them)sel(?:f|ves)|ended it)\b[^?!]{0,60}\b(?:(?:i'?m|im|i was|i"
    r" felt|felt|i feel|i am) (?:so |kinda |kind of |a bit |weirdly |honestly |actually )?(?:jealous|envious)\b"
    r"|wish (?:it|that) (?:was|were|could be) (?:that|so) easy for me|wish (?:it|that) (?:was|were) me)",
    r"\bmere (?:jaane|jane|marne|jaaney) ke (?:baad|bad)\b[^.?!]{0,40}\b(?:sab|sabhi|sab log|ghar wale|sabko)"
    r"\b[^.?!]{0,20}\b(?:khush|khus|aaram|sukoon)\b",
    # ... and a means taken "to die", in Portuguese, Spanish, Italian, French and German ("e se eu
    # tomar a caixa toda pra morrer?", written for the tests of probe 59's conversations)
    r"\b(?:tomar|tomei|tomo|tomando|tomaria|engolir|engoli|beber|bebi)\b[^.?!]{0,40}\b(?:pra|para) morrer\b"
    r"|\b(?:tomar(?:me)?|tom[eé]|tomando|tragar(?:me)?|tragu[eé]|beber(?:me)?)\b[^.?!]{0,40}\bpara morir(?:me)?\b"
    r"|\b(?:prendere|prender\w*|presi|ingoiare|ingoiato|bere|bevuto)\b[^.?!]{0,40}\bper morire\b"
    r"|\b(?:prendre|pris|avaler|aval[eé]|boire|bu)\b[^.?!]{0,40}\bpour mourir\b"
    r"|\b(?:nehmen|genommen|schlucken|geschluckt|trinken|getrunken)\b[^.?!]{0,40}\bum zu sterben\b",
    # Held-out 90 and probes 62 to 64 (development sets of the seventh session of 2026-12-06): one's
    # removal "from the equation" said to fix things; someone "free" if one were gone for good; how
    # much of something it takes for the heart to stop; a dose or a danger asked "because i want
    # it to be quick"; how much of a mix of drugs until it is "permanent"; thoughts about
    # "checking out"; in German, someone who said goodbye as if not coming back.
    r"\b(?:take|taking|remove|removing|took|get|getting) (?:myself|me) (?:out of|from) (?:the|this) (?:equation"
    r"|picture)\b[^.?!]{0,20}\b(?:would|will|'?d|might|could|should) (?:\w+ )?(?:fix|solve|sort|end) (?:it|this"
    r"|everything|things|all of it|their problems|everyones problems|it all)\b",
    r"\b(?:be|feel|finally be) (?:so much )?(?:free|freer|better off|happier|relieved)\b[^.?!]{0,20}\bif i (?:was|were"
    r"|am|'?m|im) (?:just )?(?:gone|dead|not (?:here|around|alive)) (?:for good|forever|permanently)\b",
    r"\bhow (?:much|many)\b[^.?!]{0,60}\b(?:for (?:your|my|the|a|someone'?s|someones|a person'?s) heart to stop"
    r"|to stop (?:your|my|a|the|someone'?s|someones) heart|to make (?:your|my|a|the|someone'?s|someones) heart"
    r" stop)\b",
    r"\b(?:dangerous|lethal|deadly|fatal|toxic|dose|overdose|pills|tablets|meds|supplements?)\b.{0,80}?\b(?:because"
    r"|cause|coz|cos|as|since|so) i (?:want|need|'?d like|would like) it to be (?:quick|fast|painless|over)\b",
    r"\b(?:benzos?|xanax|valium|pills|meds|tablets|opioids?|oxy\w*|alcohol|vodka|sleeping pills|insulin|fentanyl"
    r"|heroin)\b[^?!]{0,40}\bhow (?:much|many|long)\b[^.?!]{0,20}\b(?:until|till|before) (?:it'?s|its|it is"
    r"|it'?ll be|itll be|it becomes|i'?m|im) (?:permanent|for good|final|the end)\b",
    r"\b(?:thoughts?|thinking|think|ideas?|urges?) (?:about|of) (?:just )?(?:checking out|clocking out|logging off)"
    r"\b(?! (?:of|the|at|from|this|that|a|an|some|those|these|new|my|our|your|his|her|early|late|tomorrow|today"
    r"|tonight|on|for|now)\b)",
    r"\b(?:hat|habe) sich\b[^.?!]{0,30}\bverabschiedet\b[^.?!]{0,30}\b(?:als (?:w[üu]rde|ob) (?:sie|er) (?:nicht|nie)"
    r" (?:mehr )?(?:wieder|zur[üu]ck)(?:kommen|kommt)|f[üu]r immer)\b",
    # Held-out 92 and probes 66 to 68, with held-out 89 and probe 61 (development sets of the
    # session of 2026-12-07): only one way out left; off this ride, meant; a trip one does not plan
    # to come back from; the medicine cabinet counted and "enough"; pills saved up for when one
    # cannot take it; a lethal supplement asked "to be sure"; passwords written down "for after";
    # a home made nice for when one is found; switching off, or being ready to check out, for
    # good; not having to do this much longer, and light about it; a list of one's things with
    # names by them; in German, everything given away and gone for good; in Spanish, a friend
    # who wrote asking to be forgiven and does not answer.
    r"\b(?:there'?s|theres|there is|i see|i can see|i have|ive got|i'?ve got|i got|left with) (?:only|just) (?:one"
    r"|1) way out(?: left| now| for me| anymore| any more)?(?= *(?:$|[.,!?;]|tbh|honestly|really))"
    r"(?![^?!]*\b(?:building|car ?park|parking|maze|escape room|room|level|game|tunnel|cave|station|stadium|mall"
    r"|debt|loan|contract|lease|visa|bankruptcy|quit\w*|resign\w*)\b)",
    message_without(
        r"lol|lmao|haha\w*|rollercoaster|roller coaster|theme park|fair|carnival|week|month|semester|term"
        r"|season|meeting|flight|plane|bus|train"
    )
    + r"\bwant(?:s|ed)? (?:to (?:get|be) )?off (?:this|the) (?:ride|planet|rock|earth)\b",
    message_without(
        r"mov\w*|emigrat\w*|abroad|relocat\w*|overseas|visa|job|work|uni|school|college|course|class|gym"
        r"|restaurant|shop|store|caf[eé]|hotel|town|city|country|church|ex|him|her|them|there|this place"
    )
    + r"\b(?:not|n'?t|never) (?:planning|plan|intending|intend|going|gonna) (?:on |to )?(?:come|coming) back"
    r"(?= *(?:$|[.,!?;]|this time|ever|at all|tbh|honestly))",
    r"\bcounted\b[^.?!]{0,40}\b(?:medicine (?:cabinet|cupboard|drawer|box)|pills|tablets|meds|painkillers)\b"
    r"[^?!]{0,40}\b(?:its|it'?s|it is|that'?s|thats|should be|there'?s|theres|is|are|have) enough\b"
    r"(?![^?!]*\b(?:trip|holiday|vacation|week|weeks|month|till|until|refill|prescription|pharmacy|chemist)\b)",
    r"\b(?:stash|pile|stockpile|collection|drawer ?full|drawer full|box ?full) of (?:my |her |his |old )*(?:\w+ )?"
    r"(?:pills|meds|tablets|antidepressants|prescriptions|painkillers|sleeping pills)\b[^?!]{0,40}\b(?:not taking"
    r" them|saving them|kept them|keeping them|been keeping|been saving|for when)\b",
    r"\b(?:keeping|saving|kept|saved|been keeping|been saving) (?:them|it|these|those)(?: all)? for when i (?:can'?t"
    r"|cant|cannot|can not) (?:(?:take|do|cope with|handle|stand) (?:it|this|any of it|life|things)"
    r"(?: any ?more| no more)?\b|cope(?: any ?more| no more)?(?= *(?:$|[.,!?;])))",
    message_without(
        r"pregnan\w*|dogs?|cats?|pets?|kids?|child\w*|baby|toddler|son|daughter|avoid|safe"
    )
    + r"\b(?:deadly|lethal|fatal|kill you|kill someone|kill a person)\b[^?!]{0,60}\bi (?:want|need) to (?:be sure"
    r"|make sure|be certain)(?= *(?:$|[.,!?;]))",
    r"\bpasswords?\b[^.?!]{0,60}\b(?:written|wrote|write|writing|noted|left|saved)\b[^.?!]{0,40}\bfor (?:after"
    r"|afterwards)(?= *(?:$|[.,!?;]))",
    r"\b(?:nice|clean|tidy|easier|presentable|ok|okay|sorted)\b[^.?!]{0,30}\bwhen (?:they|someone|somebody"
    r"|some1|people|my (?:family|mum|mom|dad|parents|flatmate|roommate|partner|wife|husband|sister|brother)) (?:find"
    r"|finds|come to find) me(?= *(?:$|[.,!?;]))",
    r"\b(?:want|wanna|wish i could|need|going|gonna) to (?:switch|shut|turn) (?:my ?self |me )?(?:off|down)"
    r" (?:for good|forever|permanently)\b(?![^?!]*\b(?:phone|notifications?|work|laptop|social media|email"
    r"|computer|tv|wifi|router|instagram|tiktok|facebook|twitter|news)\b)",
    message_without(
        r"hotel|store|shop|cart|basket|library|hospital|airbnb|work|shift|office|for the day|for today|weekend"
        r"|holiday|vacation|lol|trolley"
    )
    + r"\b(?:i'?m|im|i am|i feel|feel|feeling) (?:so |just |more than"
    r" |pretty much |kinda |kind of |honestly )?ready to (?:check out|clock out|log off|tap out)"
    r"(?= *(?:$|[.,!?;]|for good|now|tbh|honestly))",
    message_without(
        r"job|work|shift|course|exam|commute|school|uni|treatment|chemo|cast|boot|brace|diet|contract|lease"
        r"|braces|rehab|physio|training|placement|project|degree"
    )
    + r"\b(?:don'?t|dont|do not|won'?t|wont"
    r"|will not) (?:have|need) to (?:do|deal with|put up with|live with|carry|feel|go through) (?:this|it|any of this"
    r"|life|all this)(?: \w+)? (?:much|any) longer\b",
    r"\blist of (?:her|his|my|their) (?:things|stuff|belongings|possessions)\b[^.?!]{0,40}\bnames\b",
    r"\b(?:alles|alle? (?:meine|seine|ihre) sachen|(?:meine|seine|ihre) sachen)\b[^?!]{0,20}\bverschenkt\b[^?!]{0,60}\b(?:weg f(?:ü|ue|u)r immer"
    r"|nicht mehr (?:da|hier)|bald (?:tot|weg))\b(?![^?!]*\b(?:umzug|ziehe|ziehen|auswander\w*|australien|ausland)\b)",
    r"\b(?:me|nos) (?:escribi[oó]|mand[oó]|dijo|envi[oó])\b[^?!]{0,60}\b(?:la|lo|le|los) perdon\w*\b[^?!]{0,40}"
    r"\bno (?:contesta|responde|coge|atiende)\b",
    # The second session of 2026-12-07 (probe 62, a crisis the drafts of look-alikes took under the
    # threshold): staring at one's pills for an hour or all night, never to remember whether one
    # took them, nor at their size or label.
    r"\b(?:staring|stared|looking|looked|sitting here looking|sat looking) at (?:my |the |all my |all the |a |these )?"
    r"(?:pills|tablets|meds|bottle of pills|pill bottles?|blister packs?|packets? of pills)\b[^.?!]{0,20}\b(?:for"
    r" (?:an hour|hours|ages|a while|the last hour|half an hour|\d+ (?:mins?|minutes|hours?))|all night|since)\b"
    r"(?![^.?!]*\b(?:remember\w*|forgot|took|taken|organi[sz]er|sort\w*|which one|labels?|instructions|expir\w*"
    r"|size|swallow\w*|huge|big)\b)",
    # Held-out 96 (a development set of the third session of 2026-12-07): wondering how long it
    # would take anyone to find one (never lost on a hike or hiding in a game); who would take
    # one's pet or children "after i'm gone", to be sorted out soon (never a trip or a will).
    r"\bhow long (?:it would|would it|itd|it'?d|it will|will it|it'?ll) take (?:for )?(?:anyone|someone|anybody|people"
    r"|them|somebody|my (?:\w+ )?(?:family|parents|mum|mom|roommate|flatmate)) to (?:find|notice|miss) (?:me|my body)\b"
    r"(?![^?!]*\b(?:lost|hik\w*|hide and seek|hiding|game|camping|trail|woods)\b)",
    r"\bwho (?:would|will|'?d|could|is gonna|is going to) (?:take|look after|care for|feed|have|get|raise) my (?:dog|cat"
    r"|pets?|kids?|children|son|daughter|babies|fish|rabbit|bird|plants)\b[^.?!]{0,20}\b(?:after|when|once) (?:im|i'?m"
    r"|i am) gone\b(?=[^?!]{0,60}\b(?:this week|tonight|tomorrow|soon|by (?:the )?(?:weekend|friday|saturday|sunday"
    r"|monday|next week))\b)(?![^?!]*\b(?:trip|holiday|vacation|travel\w*|deploy\w*|abroad|away for|will|estate"
    r"|lawyer|hospital stay|surgery)\b)",
    # Probe 79 and held-out 97 (a development probe of the fifth session of 2026-12-07 and the
    # fourth's blind set, development data since): nothing will change, so why drag it out; what
    # if one just took them all; the last thing one types; "this is goodbye" with thanks; unable to
    # hold on much longer; thoughts of not wanting to live; one's last try "before i end it".
    r"\b(?:never (?:gonna|going to|gonna ever|going to ever) (?:change|get better|improve|stop|end)|nothing (?:will|is"
    r" (?:gonna|going to)|is ever gonna|is ever going to) (?:change|get better|help)|no point|whats the point"
    r"|what'?s the point)\b[^.?!]{0,40}\bwhy (?:drag|prolong|stretch) (?:it|this|things|any of this) out\b",
    r"\bwhat if i (?:just )?(?:took|swallowed|downed) (?:them|those|these|the lot|it) all\b(?=\s*(?:$|[.?!,]|lol|tbh"
    r"|honestly))(?![^.?!]{0,20}\bat once\b)",
    r"\b(?:if|in case) this is (?:the|my) (?:last|final) (?:thing i (?:type|write|say|post|send)\b|(?:message|post|msg"
    r"|text|words?)\b(?: i (?:type|write|say|post|send)\b)?(?!\s*(?:before|for|of|till|until|on|in|at|from|to)\b))",
    r"^\W*(?:so |well |ok |okay )?this is (?:my )?(?:goodbye|farewell)\b(?! (?:to|from|for now|for a while|for the"
    r" (?:summer|week|weekend|holidays?)|till|until)\b)(?=\W+(?:thanks?|thank you|ty|love you|i love|sorry|take"
    r" care|it was|you'?ve been|youve been))",
    r"\b(?:cant|can'?t|cannot|can not) (?:hold on|hang on|keep (?:going|holding on)|go on|do this) (?:much|any) longer\b"
    r"(?![^.?!]{0,40}\b(?:toilet|loo|bathroom|pee|wee|bladder|plank|shift|meeting|queue|line|wait\w*|work|job"
    r"|game|match|race|class|exam|lecture|flight|drive)\b)",
    r"\bthoughts? (?:of|about) not (?:wanting|wanna) to (?:live|be alive|be here|exist|wake up|go on)\b",
    r"\b(?:last|final) (?:try|attempt|shot|resort|hope|chance|thing i try) before i (?:end it|end it all|end"
    r" things|end my life|give up on (?:life|everything|living)|do it|check out)\b(?! (?:with|between|for)\b)",
    # Held-out 100 (a development set of the fifth session of 2026-12-07): how much rope one needs
    # looked up (never for climbing, sailing, a swing or a hammock).
    r"\b(?:looked up|looking up|googled|googling|searched|searching|researched|checked) how (?:much |long (?:a )?)"
    r"rope\b(?![^.?!]{0,60}\b(?:climb\w*|sail\w*|boat|swing|hammock|tent|camp\w*|tow\w*|tree ?house|knots?|craft"
    r"|macrame|dog|horse|washing line|clothes ?line|fence|garden)\b)",
] + not_around.STATEMENTS  # the wish not to exist said sideways (task 8oo)
