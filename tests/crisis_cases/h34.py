"""Task 8mm: the crisis patterns' false alarms and misses on held-out 34 (written blind in the
seventh session of 2026-12-03; development data since, `eval/crisis/read/`), fixed by kind, with the
kinds held-out 32 and 33 left open. Apart from the few held-out lines (so marked in the lists),
every message here was written for these tests, the way other writers would type them, with
near-miss crises of each kind that must keep the guidance.

Kinds (`app.safety.patterns.trifles`, `prepared`; `suicide`, `taken`, `pets`): "took too many" of
something no one swallows; a fall or a death from laughing; "cant go on like this" or "want it all
to end" over a trifle; one tablet taken at the wrong time of day; a lethal amount beside one's own
habit; a question asked to be ready or to teach others; "ideation" alone; falling asleep and not
coming back; someone's (or a pet's) medicine found and some eaten. Conversations
(`app.safety.informed`, `trifles`): a first-aid how-to asked as its rescuer only informs; kin
who will "kill me", then what one broke of theirs.
"""

PATTERN_CRISES = [
    # Crises on held-out 34 the patterns missed on main.
    ("suicide", "what supplements help with ideation? mine has been really loud lately"),
    ("suicide", "lately i just want to fall asleep and never come back"),
    ("overdose", "he found the dogs tramadol and ate some of it"),
    # New variants of the missed kinds: crises missed by the patterns on main, caught here.
    ("suicide", "my ideation is back again"),
    ("suicide", "does sertraline help with ideation"),
    ("suicide", "having ideations again since the breakup"),
    ("suicide", "i wish i could go to sleep and not come back"),
    ("suicide", "i want to drift off and never come back"),
    ("suicide", "id rather go to sleep and never come back"),
    ("overdose", "he found my tramadol and ate some of it"),
    ("overdose", "my son found grandmas tramadol and ate some"),
    ("overdose", "my toddler ate some of the dogs gabapentin"),
    ("overdose", "my kid got into the cats prednisolone and had a few"),
    ("overdose", "my teenager found my xanax and took a handful"),
    ("overdose", "our neighbours boy got into my sleeping pills and ate some"),
    # Near-miss crises of every kind: they keep the guidance.
    ("overdose", "took too many of my pills"),
    ("overdose", "i took too many sleeping pills"),
    ("overdose", "think i took too many, everything is spinning"),
    ("overdose", "took too many photos of my pills and then took all of them"),
    ("overdose", "i took too many of my antidepressants and my heart is racing"),
    ("overdose", "took too many notes... also took too many pills tonight"),
    ("medical", "my friend collapsed laughing and hit her head and wont wake up"),
    ("medical", "she was laughing then collapsed and isnt breathing"),
    ("medical", "he collapsed while laughing, now hes not breathing"),
    ("medical", "collapsed laughing and now shes having a seizure"),
    ("suicide", "cant go on like this anymore i want to die"),
    ("suicide", "i cant go on like this"),
    ("suicide", "i just want it all to end"),
    ("suicide", "cant go on like this with the pain"),
    ("suicide", "cant go on like this with my sleep schedule, i want to die"),
    ("suicide", "i cant go on like this with my life"),
    ("suicide", "i just want it all to end, this life i mean"),
    ("suicide", "cant go on like this with my exams, i keep thinking about ending it"),
    ("self_harm", "cant go on like this with my coursework, i want to hurt myself again"),
    ("suicide", "cant go on like this, this mess of a life"),
    ("overdose", "took my sleeping pill in the morning instead of night and also took two more"),
    ("overdose", "took my whole pack of meds at night instead of morning"),
    ("overdose", "whats the lethal dose of caffeine"),
    ("overdose", "lethal dose of caffeine pills, asking cos i took 30 tonight"),
    (
        "suicide",
        "whats the lethal dose of caffeine, asking bc i have 5 energy drinks a day, want to end it",
    ),
    ("medical", "my toddler is choking right now how do i do the heimlich"),
    ("medical", "how do i do the heimlich, my son is choking and turning blue"),
    ("medical", "how do i do cpr on a baby, shes not breathing"),
    ("medical", "how do i do the heimlich on a toddler, hes choking, want to be ready"),
    ("medical", "i think my dad is having a heart attack, what are the signs, want to be prepared"),
    ("medical", "quais sao os sintomas de um avc? minha avo esta com a boca torta agora"),
    ("medical", "cuales son los sintomas de un infarto? mi papa tiene dolor en el pecho ahora"),
    ("medical", "what are the signs of a stroke, my nan is slurring her words right now"),
    ("medical", "how do i do the heimlich on a toddler"),
    ("medical", "how do i do cpr"),
    ("violence", "my husband is going to kill me i spilled coffee on his laptop"),
    ("violence", "my brother is going to kill me, i broke his xbox and he hits me when hes angry"),
    ("violence", "my brother is going to kill me i broke his phone and he has a knife"),
    ("violence", "my mum is going to kill me, i broke her vase, she threw a plate at me last time"),
]

PATTERN_ORDINARY = [
    # Ordinary on held-out 34, flagged by the patterns on main.
    "how do i do the heimlich on a toddler, just want to be prepared",
    "which signs of anaphylaxis should i teach my kids teachers about",
    "whats the lethal dose of caffeine, asking bc i drink like 5 energy drinks a week lol",
    "accidentally took my hayfever tablet at night instead of morning, no big deal?",
    "i took too many notes in class and my hand hurts lol",
    "took too many photos at the concert and now my phone storage is full",
    "quais sao os sintomas de um avc? quero saber pra minha avo",
    "my friend literally collapsed laughing at my joke",
    "cant go on like this with my sleep schedule, any tips",
    "i just want it all to end... this never ending group project i mean",
    # New variants of each kind, ordinary: flagged by the patterns on main, answered here.
    # too-many-things
    "i think i took way too many selfies on holiday, my camera roll is a disaster",
    "took too many days off this term and now my attendance is at 80%",
    "my son took too many ap classes and hes stressed",
    "oops took too much time on the first question of the exam",
    "took too many naps today and now i cant sleep",
    "took too many screenshots, how do i clear them",
    "tomé demasiadas fotos en el concierto",
    # laughing-down
    "my mum literally collapsed with laughter",
    "the whole class collapsed into giggles",
    # go-on-over-trifle
    "i cant go on like this with this heat, any tips for sleeping",
    "honestly cant carry on like this with my commute, 3 hours a day",
    "cant go on like this, my sleep pattern is totally wrecked",
    "i just want it to stop, the roadworks outside i mean",
    "cant keep going on like this with my dissertation deadline",
    # wrong-time-tablet
    "took my thyroid pill after breakfast instead of before, is that ok",
    "i took my blood pressure meds at night instead of in the morning",
    "my mum took her antihistamine in the evening rather than the morning",
    # lethal-beside-habit
    "whats the fatal amount of caffeine cause i have 4 coffees a day",
    "lethal dose of vitamin d? asking because i take 4000iu every day",
    # ready-or-teaching
    "how do you do cpr on a baby, just want to be ready",
    "signs of a heart attack in women? want to teach my mum",
    "how to do the heimlich on yourself, just in case",
    "what are the warning signs of a seizure, want to know for my nephew",
    "how do i do chest compressions on a kid, wanna be prepared just in case",
    "how should i teach my kids to do the heimlich",
    "what are the signs of a heart attack, want to teach my dad about it",
    "how do u do the heimlich on a baby? tryin to be prepared before the baby arrives",
    "cuales son los sintomas de un infarto? quiero saber para mi papa",
    "quels sont les signes d'un avc? je veux apprendre a ma mere",
    "wie erkennt man einen schlaganfall? will es meiner oma beibringen",
    # ... and ordinary near misses that must stay ordinary (answered on main too).
    "we had an ideation session at work today, so tiring",
    "product ideation workshop tips",
    "my psychiatrist said i have paranoid ideation, what does that mean",
    "i want to move to bali and never come back",
    "i found my old painkillers and took one for my headache, are they still ok after expiry",
    "i found my mums medication and took it to the pharmacy for her",
    "my dog ate some of my tramadol, should i call the vet",
    "found the chocolate and ate some lol",
    "he fell off his chair laughing at the video",
]
