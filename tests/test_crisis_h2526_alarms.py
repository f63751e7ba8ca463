"""The pattern false alarms of held-out 25 and 26 (written blind in the sessions of 2026-12-02 late
night, development data since 9d2efb8), by kind (task 8cc): 27 ordinary single messages the
patterns flagged, none of them the meaning detector's. Kinds: a general "can one od on X" asked
"just curious"; a role told at the end ("..., im a nurse"); a child's school project; what an
article or leaflet says, then a question; signs asked about "in a baby" (a group, no one named);
a first-aid how-to for an age group or a choking baby asked to learn ahead (asked bare, it keeps
the guidance by policy); a gadget, a chair or a fitness instructor "trying to kill" one; Hindi
"gym mujhe maar dalega"; "cant breathe in this heat"; a shake or tablets choked on for their
texture or size; "i could have strangled her lol"; someone who ate all one's food; whether a
pill box is worth it; "is that too many pills" of one's supplements; panic attacks that make one
feel like dying; two words compared; a vitamin's daily amount feared to be an overdose; "feel
like i got hit by a bus"; a partner who will "kill me" over a purchase, laughed off; oneself
"poisoned" with old oil; a scare laughed off as a moment. Every message is written for these
tests (none copied from a set); `ORDINARY` were all flagged by the patterns before this task,
and each near miss keeps its side (`STILL_CRISES`, caught before and after)."""

import pytest

from app.safety import match

ORDINARY = [
    # a general question about a supplement, asked "just wondering"
    "is it possible to od on zinc, just wondering",
    # a role told at the end
    "whats the treatment for an opioid overdose, im a paramedic student",
    "is an overdose the same as poisoning, im a nurse",
    # a child's (or a niece's) school project
    "my niece is doing a class presentation on overdose awareness, got any stats",
    # what an article or a leaflet says, then a question about it
    "the article says choking is common in toddlers, is that true",
    "this leaflet says an overdose of iron is dangerous for kids, which foods have iron",
    # signs asked about in a group
    "how fast does anaphylaxis come on in a baby",
    # a first-aid how-to for an age group asked to learn ahead (asked bare it shows the guidance:
    # tests/test_safety.py)
    "how would you do back blows on a choking infant, want to learn before she starts solids",
    # a thing or an instructor "trying to kill" one; Hindi hyperbole
    "my fitbit is gonna kill me with these hourly buzzes",
    "this office chair is trying to kill me, any back stretches",
    "our yoga teacher tried to kill us this morning with those holds, sore everywhere",
    "aaj gym mujhe maar dalega, kya khaun",
    # the heat
    "i cant breathe in this humidity, which fan do you recommend",
    # choked on for texture or size
    "kept choking on the gritty texture of this pre workout, do you have a smoother one",
    "choking on this thick smoothie lol, how do i thin it",
    "i keep choking on those huge calcium tablets, any chewable ones?",
    # a sibling one "could have strangled", who ate all one's food
    "i could have strangled her lol she finished my coffee",
    "my flatmate ate all my leftovers again",
    # pill boxes and one's supplements
    "my nan forgets if she took her vitamins, is a pill box worth it",
    "i use four different vitamins, is that too many pills",
    "my dad thinks taking 2 zinc tablets a day is an overdose, is that right",
    # panic attacks as a habit, two words compared
    "my panic attacks make me think im going to die, what can i do",
    "is a convulsion a type of seizure",
    # a toddler who hits when cross
    "my 3yo hits me when she's cross",
    # figures of speech
    "feel like i got hit by a bus after that flu jab",
    "my husband is gonna kill me for ordering more protein powder 😅 can i change the address",
    "my partner says hes going to kill me for booking another spa day haha",
    "is this oil rancid? dont want to poison myself with old oil lol",
    "swear i stopped breathing for a second in the ice bath lmao",
    "thought my throat was closing from the wasabi lol",
    # the same kinds in other word orders
    "what happens in an opioid overdose, i work as a paramedic",
    "my son's doing a project on first aid for choking, what should he include",
    "your article on sleep says melatonin overdose is rare, true?",
    "these new running shoes are trying to kill me, blisters everywhere",
    "this heat is unbearable, i cant breathe, any cooling tips",
    "i always choke on these massive fish oil pills",
    "whenever i have a panic attack i feel like im dying",
    "felt like a truck hit me after my covid jab",
    "i think i stopped breathing for a second when i jumped in the cold lake lol",
    # kinds of the same families met in messages written after the rules
    "nearly choked on a peanut on the train lol, everyone stared",
    "i sometimes choke on my own spit when lying down, normal?",
    "my cousin says hes going to kill me for losing his charger",
    "feel like im dying with this cold, best remedy?",
    "my son has a class assignment on overdoses, where can he read more",
    "for my first aid class we need to know the signs of a heart attack",
    "this hot sauce is going to kill me",
    "my kids are trying to kill me with their screaming",
    "ugh my allergies are trying to kill me this week",
    "my newborn chokes a little on her bottle, should i change the teat",
    "my nephew keeps pretending to choke as a joke, is that a phase",
    "feel like im gonna die after that hiit class",
    "i double dosed my vitamin d by mistake, any harm",
]

STILL_CRISES = [
    ("medical", "my dad is choking on a piece of steak and cant breathe"),
    ("medical", "how do i do cpr"),
    ("medical", "how do you do cpr on an adult, he isnt breathing"),
    ("medical", "how do you do back blows on a choking baby"),
    ("medical", "how do i do cpr, im alone with my dad"),
    ("violence", "my husband says hes going to kill me"),
    ("violence", "my husband is gonna kill me for talking to my sister"),
    ("overdose", "my brother overdosed on his pills last night and wont wake up"),
    ("overdose", "is it possible to od on magnesium, just took a whole bottle"),
    ("overdose", "your article says overdose isnt possible but i took 40 tablets and feel sick"),
    ("overdose", "i take 3 supplements and took 20 of my sleeping pills, is that too many pills"),
    ("overdose", "my toddler got into a pill organiser and ate some"),
    ("suicide", "going to poison myself with the pills in the cabinet"),
    ("violence", "my coach tried to kill me, he choked me in the locker room"),
    ("violence", "my boyfriend is trying to kill me"),
    ("medical", "my grandma cant breathe in this heat and her lips are blue"),
    ("medical", "my son is choking on his protein shake and cant breathe"),
    ("medical", "i swear my baby stopped breathing for a sec and now hes floppy"),
    ("medical", "i got hit by a truck and cant feel my legs"),
    ("medical", "having a panic attack right now and feel like im dying, chest pain down my arm"),
    ("medical", "is a seizure the same as a convulsion? my son is shaking and wont respond"),
    ("medical", "what are the signs of a stroke in my baby, hes floppy"),
    ("medical", "my daughter is doing a school project and now shes choking on a grape"),
    ("violence", "my husband hits me when hes drunk"),
    ("medical", "what does choking look like in a baby, ours keeps coughing and going red"),
    ("medical", "the heat is crazy, i cant breathe and i feel faint"),
    ("violence", "wife says shes going to kill me for ordering stuff 😅 last time she had a knife"),
    ("violence", "i could have strangled him lol, then i actually did and hes not breathing"),
    ("suicide", "going to poison myself with expired medication tonight"),
    ("suicide", "i want to poison myself with old pills"),
    ("medical", "panic attacks make me feel like im dying, honestly i wish i would"),
    ("overdose", "my kid ate all the cookies with weed in them"),
    ("medical", "i keep choking on the big tablets and one is stuck in my throat now"),
    ("medical", "choking on the taste of blood, he hit me in the mouth"),
    ("violence", "my brother says hes going to kill me for borrowing his car, he has a knife"),
    ("medical", "i almost choked on a grape and now i cant breathe"),
    ("medical", "i keep choking on my spit and now i cant breathe"),
    ("medical", "i feel like im dying with this flu and my chest hurts and i cant breathe"),
    ("medical", "my baby chokes a bit on her milk and now shes blue"),
    ("overdose", "my son is pretending to be fine but he took 20 pills"),
    ("medical", "this curry is going to kill me, my throat is swelling"),
    ("violence", "the kids are trying to kill me with their noise, i might snap and hurt them"),
    ("overdose", "i double dosed my insulin"),
    ("medical", "feel like im going to die after that spin class, chest pain and cant breathe"),
    ("medical", "is a seizure the same as a fit, my dad has been shaking for 5 minutes"),
    ("medical", "i keep choking on pills because i want to swallow them all"),
    ("medical", "for my cpr course we need to know this, a man here is having a seizure now"),
]


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_still_a_crisis(category, message):
    assert category in match(message)
