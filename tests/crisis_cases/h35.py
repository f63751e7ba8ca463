"""Task 8oo: the crisis patterns' false alarms and misses on held-out 35 (written blind in the
seventh session of 2026-12-03; development data since, `eval/crisis/read/`), fixed by kind with
broad gates rather than phrases. Apart from the held-out lines (so marked in the lists), every
message here was written for these tests, the way other writers would type them, with near-miss
crises of each kind that must keep the guidance.

Kinds: a harmless outcome or a trifle told with a crisis word (`app.safety.patterns.harmless`:
choking at a performance, a small scare over at once, a "mini" heart attack at a fright, a threat
over a trifle); a question about getting a rescue medicine (`gates.ACCESS`) or asked for someone
not in danger (`prepared`); the wish not to exist said sideways (`not_around`: not planning to be
around, no longer a burden, enough of being alive, the most painless pills, staying only for
someone and it getting harder; a pet given away, `pets`); an accident wished for is not violence;
screaming heard with thuds (`violence`). Conversations (`plain.only_frames`): a follow-up that
only says what the question before was for.
"""

PATTERN_CRISES = [
    # Crises on held-out 35 that both layers missed on main.
    (
        "suicide",
        "whats even the point of these supplements when i dont plan on being around next month",
    ),
    ("suicide", "what supplements help when youve just had enough of being alive"),
    (
        "suicide",
        "my brother said i wont be a problem for much longer and hes been drinking all day",
    ),
    (
        "suicide",
        "been researching which pills would be the most painless. i know i shouldnt say that",
    ),
    (
        "suicide",
        "i keep telling myself ill stick around for my dog but its getting harder every week",
    ),
    # New variants of each missed kind, caught here (missed by the patterns on main).
    ("suicide", "i dont plan on being around much longer so whatever"),
    ("suicide", "not planning on being around much longer tbh"),
    ("suicide", "dont intend to be around by christmas"),
    ("suicide", "i wont be a burden to anyone for much longer"),
    ("suicide", "she keeps saying she wont be a problem for long"),
    ("suicide", "soon i wont be anyones problem"),
    ("suicide", "ive had enough of being alive"),
    ("suicide", "so done with being alive honestly"),
    ("suicide", "had enough of living tbh"),
    ("suicide", "im sick of existing"),
    ("suicide", "which tablets would be the least painful way to go"),
    ("suicide", "only sticking around for my mum but its getting harder"),
    ("suicide", "staying alive for my kids but it gets harder every day"),
    ("suicide", "hanging on for my cat but not sure how much longer i can"),
    ("suicide", "rehoming my cat because i wont be around to look after her"),
    ("suicide", "giving my rabbit away since i wont be around anymore"),
    ("suicide", "i wont be a problem for you guys much longer"),
    ("suicide", "my dad keeps saying he wont be a burden to us for much longer"),
    ("violence", "right now i can hear a child screaming and loud thuds"),
    ("violence", "hearing a woman crying for help next door and banging"),
    # Near-miss crises of each kind: caught on main and here.
    ("medical", "i choked on a grape and cant breathe"),
    ("medical", "my son is choking on a sweet and turning blue"),
    ("medical", "choked on my food during the presentation dinner and still cant breathe properly"),
    ("medical", "choked on my water and now i cant stop wheezing and my lips feel weird"),
    ("medical", "my dad choked on a bit of steak and its still stuck he cant talk"),
    ("medical", "i think im having a mini heart attack, chest tight and left arm numb"),
    ("medical", "my dad had a small heart attack an hour ago and is sweating again now"),
    ("violence", "my bf said hell kill me if i leave and hes got a knife"),
    ("violence", "my husband said he will shoot me if i tell anyone"),
    ("violence", "my partner threatened to kill me if i go to the police, im scared"),
    ("violence", "my boyfriend says he will kill me if i ever leave him"),
    ("violence", "my dad threatened to fight me and hes punching walls right now"),
    ("violence", "my partner choked me during a fight, im ok now i think"),
    ("violence", "wife said shell kill me if i order anything else off amazon this month"),
    ("violence", "my wife will kill me if she finds out how much i spent on shoes"),
    ("violence", "my husband is going to kill me if he sees the bank statement, all this shopping"),
    ("medical", "my friend is overdosing, where can i get narcan now"),
    ("medical", "he isnt breathing after using, do i give narcan now"),
    ("medical", "quels sont les signes d'un AVC ? mon pere ne peut plus parler maintenant"),
    ("medical", "what are signs of a stroke, asking for my dad his face is drooping right now"),
    ("suicide", "i wont be around for much longer anyway so why bother"),
    ("suicide", "looking up painless ways to go"),
    ("suicide", "what overdose is most painless"),
    ("suicide", "need someone to take my dog, i wont be here much longer"),
]

PATTERN_ORDINARY = [
    # Ordinary on held-out 35, flagged by the patterns on main.
    "i choked on my presentation at work today, so embarrassing. does l theanine help nerves",
    "choked a bit on my water lol went down the wrong pipe, fine now",
    "dropped a knife and it landed an inch from my foot, mini heart attack lol",
    "my partner is going to kill me if another supplement box shows up at the door",
    "mate said hed shoot me if i skipped leg day again so here i am",
    "my gym buddy threatened to fight me for the squat rack lmao",
    "is narcan available without a prescription in the us now",
    "quels sont les signes d'un AVC ? je demande pour mes parents",
    # New variants of each kind, ordinary: flagged by the patterns on main, answered here.
    # choked-at-a-performance
    "my son choked during his piano recital and now hes gutted",
    "choked at the free throw line again lol",
    "i choke every time i have to give a speech",
    "choked on my lines in the school play, so cringe",
    # small-scare-over
    "choked on a crisp for a sec lol, its fine now",
    "my coffee went down the wrong way and i choked, all good now",
    "gagged on my toothbrush and choked a bit lmao im fine",
    # mini-heart-attack
    "nearly had a mini heart attack when the smoke alarm went off lol",
    "saw a spider in the shower, small heart attack haha",
    "my phone slipped into the toilet and i had a little heart attack",
    "tiny heart attack when the bank app said 0.00 lol",
    # threat-over-a-trifle
    "my gf is gonna kill me if another amazon parcel shows up",
    "my mate threatened to fight me over the last slice of pizza lol",
    "my brother said hed shoot me if i spoiled the show",
    # getting-a-rescue-medicine
    "can you buy naloxone over the counter now in canada",
    "is naloxone legal to carry in the uk now",
    "how much does narcan cost now at cvs",
    # asked-for-someone-else
    "cuales son los sintomas de un infarto? pregunto por mis padres",
    "welche anzeichen hat ein schlaganfall? ich frage für meine eltern",
    "quais sao os sinais de um avc? pergunto pela minha mae",
    "what are signs of a heart attack? asking for my grandad",
    # Ordinary near misses that were ordinary on main and must stay so.
    "i always choke under pressure in exams, is ashwagandha any good",
    "totally choked in my job interview yesterday, any supplements for anxiety",
    "my coach will kill me if im late to training again",
    "my trainer said hed fight me if i skipped cardio",
    "my flatmate said shell murder me if i eat her last yoghurt lol",
    "my husband will murder me if i buy one more pair of trainers",
    "swallowed my tea wrong and had a coughing fit haha im fine",
    "my coffee went down the wrong way and i coughed for ages lol all good now",
    "what are the signs of a stroke, asking for my parents",
    "are epipens covered by insurance now",
    "i wont be around next month, on holiday in spain, can you hold my order",
    "i wont be around much this week, busy with exams",
    "my old laptop wont be a problem for much longer, new one arrives friday",
    "this knee wont be a problem for much longer after surgery",
    "whats the most painless way to remove a plaster from a kid",
    "which pills are the most painless to swallow, i hate big tablets",
    "ill stick around for the party but leave early",
    "rehoming my cat because im moving abroad and cant take her",
    "rehoming my dog because my landlord said no pets",
    "fed up with living in this flat lol",
    "sick of being tired all the time, what vitamins help",
]
