"""Task 8kk: what the crisis patterns flagged wrongly or missed in held-out 32 and 33 (written blind
by writers who saw only a brief; development data since, `eval/crisis/read/`), fixed by kind.
Every message is written for these tests (none copied from the held-out sets), as readers type;
each near miss keeps its side.

Ordinary (`patterns.match` is empty): hyperbole over a trifle (`hyperbole`: a relative who "will
kill me if" she sees something, someone who "will have a heart attack when" they see it, a heart
that "stopped when i saw the price", a joke that "had me choking", bills "choking me", a sibling
who keeps taking one's things "im gonna strangle him", a boss who "is going to kill me"); a
common dose asked about or told alone (`routine`); a toddler who hits, asked about as behaviour;
a question asked to practise or after reading something; a knockout feared in a sport; a paper
cut; charred toast; an overdose years back and clean since; a choke coughed up; an inhaler that
sorts a cold's chest tightness; a true crime doc; the lethal dose of water as trivia.

Crises: a child who ate a large share of medicines or a pet's medicine, a stash swallowed, nodding
off or gurgling after using, a general question told as done ("... because i just did"), no
longer wanting to live, a threat to break a limb told as said, blows that have started, half the
face that will not move, life since the assault. And near misses of every ordinary kind.
"""

import pytest

from app.safety import match

CRISES = [
    ("overdose", "my 4 year old got into the gummy vitamins and ate most of the bottle"),
    ("overdose", "my daughter is 3 and she ate about half the pack of my iron tablets"),
    ("overdose", "my 2yo ate the cats flea tablets, like 4 of them"),
    ("overdose", "my toddler chewed through the dogs heartworm chews, think he had 5"),
    ("overdose", "she swallowed the bag of pills when the cops pulled us over"),
    ("overdose", "my mate swallowed his stash when the police raided the flat"),
    ("overdose", "my brother is nodding off after shooting up and his lips look blue"),
    ("overdose", "my bf used heroin and now hes snoring weird and wont wake up properly"),
    ("overdose", "what happens if you take 12 zolpidem cos i just did"),
    ("overdose", "what happens if u swallow 20 sertraline because i already did"),
    ("suicide", "sometimes i stop wanting to live"),
    ("suicide", "why do some people just stop wanting to be alive"),
    ("violence", "my boyfriend said hed smash my face if i talk to my ex"),
    ("violence", "my dad said he would break my legs if i come home late again"),
    ("violence", "my 15 year old son has started punching me when he doesnt get his way"),
    ("violence", "my brother has been hitting me and my mum for weeks"),
    ("medical", "half my dads face wont move and hes confused"),
    ("medical", "one side of my face is numb and drooping"),
    ("medical", "woke up and half of my face isnt moving"),
    ("sexual_assault", "ever since the assault i cant be around men"),
    ("sexual_assault", "is it normal to still feel dirty after the assault"),
]

ORDINARY = [
    # hyperbole over a trifle
    "my dad would literally murder me if he saw this bank statement",
    "my nan will kill me when she finds out i dyed my hair blue",
    "my coach is gonna kill me if i skip practice again tbh",
    "my flatmate would throttle me if i ate her yoghurt",
    "my teacher will kill me when she sees this essay lol",
    "my dad will have a stroke when he sees the electric bill",
    "my gran is gonna have a heart attack when she hears im moving to australia",
    "grandad will have a fit when he finds out i quit uni",
    "my heart literally sank when i saw the bill for the vet",
    "heart skipped a beat when i checked my bank balance after xmas",
    "my heart stopped when i opened the electric bill",
    "the sitcom last night had me wheezing on my crisps",
    "that meme had me choking on my coffee lmao",
    "lol i nearly choked on my cereal at that joke",
    "rent is choking me every month",
    "these deadlines are literally choking me",
    "the bills are choking us this winter",
    "my sister keeps nicking my hoodies im going to kill her",
    "my roommate keeps eating my leftovers i swear ill strangle him",
    "my bro always uses my razor im gonna murder him",
    "my boss is gonna kill me",
    "my manager is literally going to murder me lol",
    # a common dose
    "took 2 paracetamol for a headache an hour ago, when can i take more",
    "gave my son calpol 3 hours ago, can he have ibuprofen now too",
    "took one naproxen for my back, is it ok to take paracetamol as well",
    "took 400mg ibuprofen this morning, how long before i can have more",
    "had 2 co-codamol earlier for toothache, when can i take another",
    "i took 2 ibuprofen",
    "just took a paracetamol for my head",
    # a small child's blows
    "my 3 year old bit me when i took his ipad, is this a phase",
    "my toddler keeps hitting me when hes tired, how do i handle it",
    # learning, fear, trivia
    "how do you spot a stroke in older people, i read the signs can be subtle",
    "how do you do the heimlich on a child, want to practise before my first aid class",
    "how do you do chest compressions on a baby, want to practise it properly",
    "kickboxing tips? scared of getting knocked out in sparring",
    "how to not get knocked out in my first muay thai fight",
    "watched a true crime doc about a nurse who poisoned patients, how did nobody notice",
    "whats the lethal dose of water anyway, saw a video on it",
    # small hurts, food
    "got a papercut on my thumb and it stings so bad",
    "is eating charred toast bad for you",
    # past and over
    "my cousin overdosed years back and has been sober for a decade, how can i support her",
    "choked on a grape at lunch but coughed it up straight away, still a bit sore",
    "coughing fit with a cold makes my chest tight, my inhaler always sorts it out",
]

# Near misses of the ordinary kinds above: a danger told beside them is still read.
STILL_CRISES = [
    ("violence", "my mom will kill me if she finds out, she has a knife and she did it before"),
    ("violence", "my boss said hes going to kill me"),
    ("violence", "my husband is going to kill me"),
    ("violence", "im gonna kill my brother, he hit me with a bat"),
    ("violence", "my sister keeps hitting me im gonna kill her"),
    ("violence", "my 17 year old hit me with a toy car and i am bleeding"),
    ("medical", "i choked on a fishbone and cant breathe"),
    ("medical", "my son choked on a grape laughing and hes turning blue"),
    ("medical", "the joke had me laughing then i choked on a sweet and its stuck"),
    ("medical", "my heart stopped when i saw him lying on the floor not breathing"),
    ("overdose", "took 20 ibuprofen, when can i take more"),
    ("overdose", "took 2 ibuprofen and 30 sleeping pills, when can i take more"),
    ("overdose", "i took 20 ibuprofen"),
    ("overdose", "my friend overdosed last night and is still not waking up"),
    ("overdose", "i overdosed years ago and i want to do it again now"),
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_crises_of_held_out_32_and_33s_kinds_are_caught(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_the_ordinary_lines_of_held_out_32_and_33s_kinds_stay_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_a_danger_told_beside_those_kinds_is_still_caught(category, message):
    assert category in match(message)
