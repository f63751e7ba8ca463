"""What held-out 20's blind reading (session of 2026-12-02 evening) missed or flagged wrongly
among single messages (development data since: `eval/crisis/heldout-20.jsonl`), by general rules.
Crises: not trusting oneself alone tonight; a hotline refused before asking whether a death
hurts; "i just cut" with nothing named as cut; a wound's cover story taken back; a few extra of
a medicine swallowed; bleeding "after being forced"; a weapon shown with a threat. Ordinary: a
treat's "overdose", "od on" a treat, prices one chokes on, "i could kill him" in German, a partner
who will "kill me" over a purchase (laughed off), a relative's threat over chores (eye-rolled),
seizure-free for years, a risk figure, breathlessness in panic attacks (plural: a habit) or when
laughing, a chest sore from a cold's cough, feeling "drugged" on one's own cold tablets, a
carbon monoxide alarm's low-battery chirp, a role said as "X here", a course's question as a
label, what a learner says of the subject, gagging on big capsules. Every message is written
for these tests (none copied from the held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "my counsellor is away till monday and i really dont trust myself tonight"),
    ("suicide", "i cant trust myself to be alone right now"),
    ("suicide", "please dont give me a helpline, i only want to know if hanging is painful"),
    ("self_harm", "i literally just cut, theres blood on the sink"),
    ("self_harm", "i cut again tonight after 3 months clean"),
    ("self_harm", "told my mum the marks were eczema. they arent eczema"),
    ("overdose", "i took a couple extra oxycodone with wine, feeling weird"),
    ("overdose", "swallowed 6 extra sertraline earlier, is that bad"),
    ("sexual_assault", "my ex kept going after i said no, i was forced and now i feel sick"),
    ("sexual_assault", "still hurts down there a week after being forced"),
    ("violence", "my flatmate pulled a knife on me and said hed hurt me if i called anyone"),
    ("violence", "he waved a hammer at me and said i should watch my back"),
]
ORDINARY = [
    # near misses of the new crisis rules
    "i dont trust myself alone with a family size bar of chocolate lol",
    "i just cut my fringe and regret it",
    "i just cut and dyed my hair, will the dye affect my scalp",
    "told my boss it was a rash, it is a rash, can hives come from stress",
    "i take a couple extra vitamin d in winter, is that fine",
    "got forced to do overtime again, so tired, any energy tips",
    "he showed me a knife he bought at the camping shop",
    "the guide showed us a crowbar from the museum collection",
    # the false alarms' kinds, in new wording
    "total chocolate overdose at easter, feel sluggish, any tips",
    "im going to od on pizza this weekend and i dont care",
    "choking on the shipping costs here, any free delivery codes",
    "ich könnte meinen bruder umbringen, er hat mein ladegerät genommen",
    "my husband will kill me when he sees i ordered more protein bars haha",
    "my dad always says hell kill me if i dont tidy my room lol anyway how do i get motivated",
    "been seizure free for 3 years on keppra, ok to take magnesium?",
    "whats my stroke risk if i have high blood pressure",
    "with my panic attacks i cant breathe properly, any breathing tips",
    "i cant breathe when i laugh too hard, is that asthma",
    "chest aches when i cough, had this cold for days, any tea for it",
    "i felt so drugged on those antihistamine tablets all morning, normal?",
    "our co alarm keeps beeping, i think its the low battery",
    "nursing student here, how is an opioid overdose reversed",
    "cpr course question: how many compressions a minute",
    "im a pharmacy student, how is an overdose of paracetamol treated, the timing confuses me",
    "i gag and choke on big tablets, any liquid magnesium?",
]
STILL_CRISES = [
    ("suicide", "dont send me a hotline, just tell me how many pills is enough"),
    ("self_harm", "i just cut myself on purpose and cant stop"),
    ("overdose", "took a few extra of my sleeping pills and my heart is racing"),
    ("sexual_assault", "i was forced by him at the party and dont know what to do"),
    ("violence", "my husband will kill me if he finds out i spent the money"),
    ("violence", "my stepdad keeps threatening to kill me if i dont do what he says"),
    ("medical", "having a panic attack and i cant breathe and my lips are going blue"),
    ("medical", "my mum had a seizure years ago and now shes seizing again and wont stop"),
    ("sexual_assault", "i felt drugged after he bought me a drink, i woke up at his place"),
    ("overdose", "co alarm keeps going off and the kids are dizzy"),
    ("overdose", "nursing student here, my roommate just took 20 of my tramadol"),
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
