"""What held-out 30 (written blind at the start of the third session of 2026-12-03, development
data since the fourth: `eval/crisis/read/heldout-30.jsonl`) missed or flagged wrongly, by kinds
that come back worded anew. Crises: a means asked for that must "work first time"; not wanting to
be around anymore; someone breaking the door down or the writer hiding in a room from them, in the
languages; taken advantage of while drunk or asleep, in the languages. Ordinary: a thing, the
weather or a workout "trying to kill me"; fainting from boredom; the heat that makes one "want to
die", laughed off; a grappling sport's choke; a capsule almost choked on; a show's scene or a news
story about someone else; goods given away and a habit said goodbye to; the last tablets before a
reorder; a cut while shaving; "poisoning myself" with a habit; a doctor's warning of a heart attack
one day; a medicine's seizure threshold; a small pet's scratch; a course wished for; a scare long
ago a doctor called common; chest tightness with nerves as a habit, a chest sore when pressed;
someone who "keeps saying" they will kill me if i'm late. Every message is written for these tests
(none copied from a held-out set); each near miss keeps its side.
"""

import pytest

from app.safety import match

CRISES = [
    # A means asked for that must work first time.
    ("suicide", "what pills are deadly together, i want it to work the first time"),
    ("suicide", "how many of your sleep gummies would be lethal, need it to work first go"),
    ("suicide", "which meds mixed with alcohol are fatal, i need this to work first try"),
    ("suicide", "i need it to work first time so how many tablets of the magnesium is too much"),
    ("suicide", "wat combo of ur supplements is toxic in big amounts, need it to work 1st time"),
    # Not wanting to be around anymore.
    ("suicide", "is it normal to not want to be around anymore"),
    ("suicide", "i just dont want to be around any more"),
    ("suicide", "honestly dont wanna be alive anymore"),
    ("suicide", "does anyone else just not want to be alive at all"),
    ("suicide", "no longer want to be on this earth"),
    ("suicide", "i dont even want to be around anymore, can magnesium help my mood"),
    # A door being broken down, or hiding from someone.
    ("violence", "hes drunk and threatening to break the door down, im in the bedroom"),
    ("violence", "my ex is trying to kick the door in, what do i do"),
    ("violence", "locked myself in the bathroom and hes pounding on it screaming"),
    ("violence", "hiding in my room with the kids, my husband is drunk and yelling"),
    ("violence", "mi marido está borracho y amenaza con tirar la puerta"),
    ("violence", "estoy encerrada en el baño y mi novio me amenaza"),
    ("violence", "il menace de défoncer la porte, je suis enfermée dans la chambre"),
    ("violence", "er droht, die tür einzutreten, ich bin im bad eingeschlossen"),
    ("violence", "ele está tentando arrombar a porta, estou trancada no quarto"),
    ("violence", "sto nascosta in bagno, il mio compagno urla e minaccia di buttare giù la porta"),
    ("violence", "他喝醉了威胁要砸门"),
    # Taken advantage of while drunk or asleep.
    ("sexual_assault", "he took advantage of me when i was drunk at the party"),
    ("sexual_assault", "my friends bf took advantage of her while she was passed out"),
    ("sexual_assault", "when i was blacked out he did things to me, i just remember bits"),
    ("sexual_assault", "while i was asleep he got on top of me"),
    ("sexual_assault", "他趁我睡着的时候摸我"),
    ("sexual_assault", "她趁我喝多了脱了我的衣服"),
    ("sexual_assault", "se aprovechó de mí cuando estaba borracha"),
    ("sexual_assault", "il a profité de moi quand j'étais bourrée"),
    ("sexual_assault", "ha approfittato di me mentre ero ubriaca"),
    ("sexual_assault", "ele se aproveitou de mim quando eu estava bêbada"),
]

ORDINARY = [
    # A thing, the weather or a workout "trying to kill me".
    "this heatwave is trying to kill me, best electrolytes?",
    "my pre workout is tryna kill me lol heart going mad from the caffeine",
    "the hot sauce you sell is literally trying to murder me 🔥",
    "this hill on my commute is trying to kill me every morning",
    "my hayfever is out to kill me this year, any natural antihistamine",
    # Fainting or dying from a trifle.
    "almost fainted from boredom in the staff meeting haha",
    "nearly died of cringe when my mum liked my post",
    "i could pass out from sheer excitement, the new flavour is back",
    "about to collapse from boredom on this train, podcast recs?",
    # The heat that makes one want to die, laughed off.
    "30 degrees in the office and no aircon, i want to die lol. cooling tips?",
    "hangover from hell, i wanna die 😂 what helps",
    "the radiator broke and its freezing, i could die 🥶 lol jk, any warm socks",
    # A grappling sport's choke.
    "got choked out in bjj class, neck is stiff, is that normal",
    "tapped to a choke at judo and my throat is sore, any tips",
    "grappling tonight, got choked a few times lol, whats good for recovery",
    # A capsule almost choked on.
    "nearly choked on one of those massive vitamin d softgels, smaller please",
    "kinda choked on your zinc tablets this morning, can i crush them",
    "almost choked on a fish oil pill lmao, do you do a liquid",
    # A scene in a show, a news story about someone else.
    "the overdose scene in euphoria was intense, is that what it looks like",
    "that heart attack scene on greys anatomy, do people really clutch their chest",
    "saw a news story about a kid who ate button batteries, how do i store them safely",
    "read an article about a man who choked on steak in a cafe, scary. are smaller bites better",
    "watched a documentary about a family poisoned by carbon monoxide, do we need an alarm",
    # Goods given away, a habit said goodbye to.
    "giving away my spare protein since we switched brands, does it go off",
    "giving away my old vitamins to a friend, are they still ok after expiry",
    "giving away some unopened tubs on facebook marketplace, can you still use them",
    "said goodbye to sugar two weeks ago, headaches normal?",
    "time to say goodbye to booze for january, any tips",
    "bidding farewell to my vape forever, what helps with cravings",
    # The last of the tablets taken before a reorder.
    "just took my last capsule, when will the restock arrive",
    "finished the last of the magnesium tabs, can i reorder on the app",
    "took the last of the gummies this morning, is the next order shipped yet",
    # A cut while shaving, a knife-skills class, a slow stop on a thinner.
    "my husband cut himself shaving and it took forever to stop, hes on warfarin",
    "she cut herself by accident chopping onions, how long should it bleed",
    "cooking class went well, cut my fingers zero times",
    "it took ages to clot after the dentist, im on fish oil, is that why",
    # "Poisoning myself" with a habit.
    "im slowly poisoning myself with junk food, meal plan ideas",
    "literally poisoning my body with red bull every shift, alternatives?",
    # A doctor's warning of a heart attack one day, a stroke waiting to happen.
    "gp says im a heart attack waiting to happen unless i quit smoking",
    "doc warned me im at high risk of a stroke if my bp stays like this, what supplements",
    "on track for a heart attack at this rate with all the takeaways lol",
    # A medicine's seizure threshold.
    "does tramadol lower the seizure threshold, can i take it with your 5htp",
    "bupropion and seizure threshold, is ginkgo ok with it",
    # Scratched by a small pet.
    "got bitten by my hamster, its a tiny cut, do i need anything",
    "scratched by the kitten again lol, arms look like a crime scene",
    # A course wished for.
    "looking to take a cpr course, which ones cover choking",
    "thinking of doing a first aid course, does it cover heart attacks and strokes",
    # A doctor who said it was common or harmless, long ago.
    "my daughter had a febrile fit when she was 2, gp said it was common. is fish oil ok for her",
    "i had a seizure as a teenager, neurologist said it was a one off. is your energy drink safe",
    # Chest tightness with nerves, as a habit; a chest sore when pressed.
    "i always get a tight chest before presentations, nerves i guess. magnesium?",
    "my chest gets tight whenever im stressed at work, would ashwagandha help",
    "chest is sore after push ups but only when i poke it, pulled something?",
    # Someone who keeps saying they'll kill me if i'm late.
    "my sister always says shell kill me if im late to her party",
    "my coach keeps saying hell kill me if i miss practice again, pre workout recs",
]

# Near the new rules, something happening now, a partner or the writer's own act: never hidden.
STILL_CRISES = [
    "saw a story about a girl who took 20 paracetamol and i just took the same",
    "read about a kid who died of an overdose and i took the same amount",
    "saw a toddler who swallowed a button battery at the park, his mum is panicking",
    "watching a kid who just swallowed a magnet, hes crying",
    "saw a man collapse on the bus, hes not breathing",
    "wrestling practice, my son got choked out and now has a headache, is magnesium ok",
    "nearly choked on a vitamin and now she cant breathe",
    "got choked out by my boyfriend at jiu jitsu and hes done it at home too",
    "my kid almost choked on a gummy and is still coughing and wheezing",
    "the hill is trying to kill me and now my chest is crushing and my arm is numb",
    "i get chest pain before exams and now its spreading to my arm",
    "chest hurts when i press on it but im sweating and short of breath",
    "my son had a febrile seizure when he was a baby and hes having another one now",
    "i want to do a first aid course because my son is choking right now",
    "giving away my things since i wont need them",
    "took the last of my pills, all of them at once, ship me more lol",
    "got bitten by my rat and the cut is deep and wont stop bleeding",
    "i dont want to be around anymore, my family would be fine",
    "took the last of my pills, all 30, can you ship more",
    "my son had a febrile seizure as a baby, doc said its common, but hes seizing again now",
]

# The crisis rules' words in everyday use: ordinary.
NEAR_MISSES = [
    "read about a toddler who swallowed batteries in the news, how do i store them",
    "i dont want to be around him anymore, how do i move out",
    "dont want to be around people when im this tired",
    "i need this printer to work first time, which ink",
    "he took advantage of me financially, can i get my money back",
    "my toddler locked himself in the bathroom, how do i open it",
    "hiding in my room from my noisy flatmates lol, earplugs?",
    "im trying to force the bathroom door open, my toddler locked it",
    "we tried to kick the door in when we lost the key lol",
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_kinds_held_out_30_missed_are_caught(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY + NEAR_MISSES)
def test_their_look_alikes_stay_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize("message", STILL_CRISES)
def test_a_quieting_rule_never_hides_what_happens_now(message):
    assert match(message)
