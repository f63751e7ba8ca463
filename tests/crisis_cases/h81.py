"""The fourth session of 2026-12-06: held-out 81 and probe 49 (blind or unread in the third
session, development data since), held-out 84 and probes 51 and 52 (written in this session and
read before any change for them), fixed by kind. Apart from the lines so marked, every message here
was written for these tests, with near misses that must keep the guidance or stay ordinary.

Crises: a seizure going on for minutes in French with the apostrophe left out ("crise
depilepsie"); a fit a child has not come out of; chest pain the spray has not eased; a tight chest
not easing for 20 minutes with the breath not caught; CPR being done by people now; "so much" or
"lots of" blood (never on a screen); many times the dose taken; thinking about not being here any
more; rather with the dead than here; a mix asked "so it goes smoother" once it is decided; "s/h"
named, "sh" asked about; a wound "i made" that gapes; cutting with a razor, "i did it" and it
looks wrong; "jme fais du mal"; a parent who does not believe a child's story for burns; an arm
seen in a photo, then hidden in a panic; a child burned with something by an adult; a driver who
will not let one out.

Ordinary: a scream at a film or a stubbed toe heard by the neighbours; a leg cut on a fence; small
cuts from dry air; a paper cut reopening at a knuckle; a piercing's swelling; a kitchen blister
asked "pop it or leave it"; a thing or a food "trying to kill me"; a partner's dread "for buying
another" thing; a normal dose taken twice or two painkillers together, "fine"; passed out on the
sofa after the match; a heart attack "every time he sees a spider"; breath stopped at a price; a
watched fight's knockout; a nurse who sees overdoses every shift; shot at paintball; bruises from
a combat sport taken for a beating; an "overdose" of documentaries; a double dose of a vitamin
asked about; a collapse years ago and what it turned out to be; a class learning about epilepsy, a
wish to learn first aid, "asking generally, im fine", a mum who wants to know, a guest's epilepsy;
and each new part's own near misses.
"""

PATTERN_CRISES = [
    # the held-out and probe lines
    ("medical", "mon fils fait une crise depilepsie depuis 7 minutes"),
    ("medical", "my toddler had a fever fit and hasnt come out of it"),
    ("medical", "the man next to me at the gym just dropped, people are doing cpr"),
    ("medical", "my grandad's chest pain isnt going away after his spray, 3 sprays now"),
    (
        "medical",
        "my chest went tight on my run and it hasnt eased, its been 20 min, cant catch breath and"
        " feel sick",
    ),
    ("medical", "dog attacked my kid at the park, deep bites on her leg and lots of blood"),
    ("medical", "just had a miscarriage i think, theres so much blood and im dizzy"),
    ("overdose", "im on day 3 of taking 10x the dose of l-tyrosine and my heart keeps skipping"),
    ("suicide", "my dad died in march and i keep thinking id rather be with him than here"),
    (
        "suicide",
        "my job makes me feel dead inside and lately i think about just not being here anymore",
    ),
    (
        "suicide",
        "already decided. just want to know if 5htp interacts with alcohol so it goes smoother",
    ),
    ("self_harm", "can u get addicted to s/h bc of the endorphins"),
    ("self_harm", "is sh linked to low dopamine"),
    ("self_harm", "how do i know if one i made needs stitches, its gaping a bit and wont close"),
    (
        "self_harm",
        "can you get tetanus from cutting with an old razor, asking bc i did it last week and it"
        " looks weird",
    ),
    ("self_harm", "jme fais du mal quand je me sens vide, jai des marques partout sur les cuisses"),
    (
        "self_harm",
        "mi hija tiene quemaduras en las piernas y dice q fue la plancha pero no le creo nada",
    ),
    ("violence", "my stepmom burns my little brother with her curling iron when hes bad"),
    ("violence", "im in a car and the driver wont let me out and is driving somewhere i dont know"),
    (
        "self_harm",
        "posted a pic with my sleeve up by accident and someone commented cat scratches?? and i"
        " panicked and deleted it",
    ),
    # written beside them: the same kinds in other words
    (
        "self_harm",
        "my friend saw my wrists and asked about the marks, i panicked and pulled my sleeve down",
    ),
    (
        "medical",
        "my mum collapsed 2 years ago, turned out to be a stroke, and she collapsed again now",
    ),
    ("overdose", "what happens if you take a double dose of insulin"),
    ("medical", "she had a seizure 10 min ago and still hasnt woken up"),
    ("medical", "mum used her gtn spray twice and the chest pain is still there"),
    ("medical", "someone is doing cpr on my dad right now"),
    ("medical", "cut my hand on a broken bottle and theres lots of blood"),
    ("overdose", "took like 5 times the recommended dose of melatonin an hour ago"),
    ("suicide", "i keep thinking about not existing"),
    ("suicide", "honestly id rather be dead than here"),
    ("self_harm", "the cut i made last night is gaping, do i need steri strips"),
    ("self_harm", "she has cuts on her arms and says it was the cat but i dont believe her"),
    ("violence", "my dad burns me with his cigarette when hes drunk"),
    ("violence", "the taxi driver wont let me out and locked the doors"),
    # a danger told beside a harmless family keeps the crisis (held-out 82's line: many tablets of
    # the two painkillers)
    (
        "overdose",
        "took 8 ibuprofen and 6 paracetamol for my migraine in the last 2 hours is that bad",
    ),
    ("overdose", "took my sleeping pills twice and the whole bottle is gone, feel fine"),
    # ... and a medicine whose extra dose harms hours later, however one feels now
    ("overdose", "took my insulin twice by mistake, feel fine"),
    ("overdose", "took my oxycodone twice by mistake, feel fine"),
    ("overdose", "took my warfarin twice by accident, i feel ok"),
    ("overdose", "took my lithium twice today, feel fine right"),
    ("overdose", "took my sleeping pills twice by mistake, just a bit sleepy"),
    ("overdose", "took my seroquel twice last night, feel fine"),
    (
        "medical",
        "my boyfriend passed out on the sofa and wont wake up, lol i thought he was asleep",
    ),
]

PATTERN_ORDINARY = [
    # the held-out and probe lines
    "stubbed my toe and screamed so loud the neighbours checked on me lol",
    "we watched a horror film and my gf screamed so loud the neighbours knocked",
    "how long do i keep stitches dry, cut my leg on a fence",
    "im a nurse and i keep getting small cuts on my hands from the dry air, what cream",
    "paper cut on my knuckle keeps reopening every time i bend it",
    "tongue piercing swelling how long does it last",
    "burned my hand on the oven tray, big blister, pop it or leave it",
    "this spicy ramen is trying to kill me",
    "my wife is going to kill me for buying another kettlebell",
    "i took ibuprofen and paracetamol together for my toothache, is that ok",
    "took my omega 3 twice today by accident lol, fine right",
    "my son keeps saying he's having a heart attack every time he sees a spider lol drama queen",
    "my boyfriend passed out on the sofa after the footy and didnt move til morning haha",
    "i literally stopped breathing when i saw the price of those supplements",
    "the mma fight last night was brutal, that guy got knocked out cold",
    "my bf is a nurse and sees overdoses every shift, how does he handle that stress",
    "i got shot in paintball and it left a massive welt lol",
    "how do you tell a heart attack from heartburn? asking generally, im fine",
    "what is a seizure actually, my class is learning about epilepsy",
    "what to do if someone is choking, i want to learn first aid",
    "lost a lot of blood donating today lol they said its a pint. feel ok just hungry",
    # (blood on a screen: earlier sets' lines the first draft of "lots of blood" flagged)
    "horror movie last night had so much blood i couldnt sleep",
    "my son plays a shooter game with lots of blood",
    "we watched a war film last night, so much blood",
    "my arms are covered in bruises from bjj lol my coworkers think im being beaten up",
    "i binge watched true crime, total overdose on murder docs lol",
    (
        "what does a seizure look like? asking bc my kid's friend has epilepsy and i'm hosting a"
        " sleepover"
    ),
    "what are the early signs of a heart attack in women, my mum wants to know",
    "what happens if you accidentally take a double dose of vitamin d once",
    (
        "my grandma collapsed at a wedding 10 yrs ago and everyone still talks about it, turned out"
        " to be dehydration"
    ),
    # near misses of the new parts
    "he had a fever fit last year and hasnt come round to the idea of swimming since",
    "i'd rather be with him than alone on christmas",
    "i think about just not being here at work on fridays, can i ask for a 4 day week",
    "i have lots of blood tests next week, should i fast",
    "my doctor told me to take 2 times the dose of vitamin d this month",
    "the one i made for my mum needs stitches on the hem",
    "the sun burns me with no sunscreen in minutes",
    "my sister burned me with the curling iron by accident lol",
    "the bus driver wouldnt let me on because my card was declined",
    "my cat is trying to kill me, she sleeps on my face",
]
