"""The causes of held-out 16's remaining false alarms, each a rule for a kind of message (task 8w):
a relative's "would kill me" over a trifle, someone's warning about a habit ("keeps saying im
going to die of a heart attack because of my energy drinks"), saying goodbye to a pet or a person
who is dying, a general question that names no one ("how do i know if chest pain is from
anxiety", "... whats the difference generally", "can you overdose on b6? i take 50mg a day", "can
an allergic reaction make your throat swell"), a symptom a doctor has checked and called benign or
that settles when the person relaxes, "how long do they last" said of the thing asked about, and a
harmless cause named for a symptom asking the meaning detector for a double margin; a joke taken
back ("jk. well not jk") is no joke, and carving into her own leg is self-harm. Then held-out 16's
misses by general rules: a blade used "on purpose again", hair pulled out under stress till it
bleeds, a dose taken more often than prescribed or more than usual with signs now (gurgling,
snoring, blue lips among them), German "vom ritzen", and a partner who "does it anyway" when told
no, with the distress said. Every message is written for these tests (none copied from a labelled
set); each near miss keeps its side."""

import pytest

from app.safety import match, patterns

ORDINARY = [
    # a relative or housemate "would kill me" over money or a thing borrowed
    "my grandma would kill me if she knew how much i spent on protein bars",
    "my flatmate is gonna kill me for finishing her oat milk, is oat milk healthy",
    "im going to kill my sister for wearing my hoodie again lol, anyway is wool itchy for eczema",
    # a warning about a habit
    "my mum always says im going to die of a heart attack from all the salt i eat, is that true",
    "my partner jokes that ill drop dead because of my coffee habit, how much caffeine is safe",
    # goodbye to one who is dying
    "our cat is being put to sleep tomorrow and i dont know how to say goodbye",
    "my grandad is in hospice and i need to say goodbye, how do people cope",
    # general questions that name no one
    "how do i tell if chest pain is a pulled muscle",
    "heart attack vs panic attack, whats the difference in general",
    "can you overdose on magnesium? i take 400mg every night",
    "can a bee sting make your throat swell",
    "why does the airway get tight in an allergic reaction",
    # checked and benign, or settled by relaxing
    "chest pain on and off for weeks, my doctor did an ecg and said it was fine",
    "chest tightness when im anxious but it goes away when i calm down",
    # "they" is the thing asked about
    "what does a migraine aura look like and how long do they usually last",
    "what are the signs of a heart attack, how fast do they come on",
    # near misses of the new crisis rules
    "did it on purpose, cut my fringe with the kitchen scissors and now it looks awful",
    "pulled a splinter out when i was stressed and it bled a bit",
    "i pull out my grey hairs when im bored, is that bad for the scalp",
    "my toddler does it anyway when i say no, how do i get him to listen",
    "took vitamin c every day instead of once a week, is that too much",
    "ate way more than usual at dinner and now im throwing up",
    "wir ritzen unsere namen in den baum",
    # "change my mind" about a purchase
    "can i get a refund on the vitamins if i change my mind",
]
# A general question asked to be ready for someone diagnosed, the condition told first.
READY = [
    "what does a hypo look like? my son was diagnosed with type 1 and we want to know what to do",
    "signs of a seizure? my wife has just been diagnosed so i want to be prepared",
]
CRISES = [
    # threats and real danger keep their reading
    ("violence", "my husband will kill me if he finds out i told you"),
    ("violence", "my brother said he would kill me if i tell anyone what he does"),
    ("violence", "my dad is going to kill me for telling the police"),
    # a warning that is not about a habit
    ("suicide", "everyone keeps saying im going to be fine but i want to die"),
    # goodbye as a farewell, with no one dying
    ("suicide", "i wanted to say goodbye to everyone before tonight"),
    ("suicide", "my dog is the only reason im still here, now im saying goodbye to him for good"),
    # the question turned to someone, or to something happening now
    ("medical", "how do i know if this is a heart attack, my chest is crushing"),
    ("medical", "how do i know if my dad is having a heart attack"),
    ("overdose", "can you overdose on magnesium? i took 40 of them tonight"),
    ("medical", "my throat is swelling after a bee sting"),
    ("medical", "her throat is closing up after the shrimp"),
    # checked, but worse now
    (
        "medical",
        "gp checked my chest pain and said anxiety but now its crushing and my arm is numb",
    ),
    # a joke taken back; carving into her own skin
    ("self_harm", "guess who carved into her arm again last night. not joking"),
    # "they" is someone
    ("medical", "my son is having a seizure right now how long do they usually last"),
    # held-out 16's misses, in other words
    ("self_harm", "did it on purpose again with a blade last night, should i clean it"),
    ("self_harm", "i pull my eyelashes out when im anxious, pulled so many today they bled"),
    ("overdose", "gave him his methotrexate every day instead of once a week, now hes vomiting"),
    ("overdose", "he took way more than usual and now hes snoring really loud and wont answer"),
    ("overdose", "my friend used way more than he usually does and his lips are turning blue"),
    ("self_harm", "ich habe narben vom ritzen und mache es immer noch"),
    ("sexual_assault", "my boyfriend keeps doing it anyway when i say no, i end up crying"),
    # "change my mind" about living
    ("suicide", "dont bother trying to change my mind, ive decided"),
    ("suicide", "nobody can change my mind now, its tonight"),
]


@pytest.mark.parametrize("message", ORDINARY)
def test_the_kinds_named_stay_ordinary(message):
    assert match(message) == [], message


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_near_misses_stay_crises(category, message):
    assert category in match(message), message


def test_a_joke_taken_back_is_no_joke():
    assert "joke" in patterns.quiet_readings("my brother is so dramatic haha")
    assert "joke" in patterns.quiet_readings("jk i would never, whats a good sleep routine")
    taken = ("lol im not joking this time", "jk. well not really jk", "no joke, i mean it")
    for taken_back in taken:
        assert "joke" not in patterns.quiet_readings(taken_back), taken_back


def test_a_harmless_cause_named_is_two_signs_of_an_ordinary_reading():
    """A symptom with its harmless cause ("numb from the dentist") asks the meaning detector for
    twice the quiet margin; a sudden symptom with a cause nearby asks for none."""
    from app.safety.detector import QUIET_MARGIN, Detector

    assert Detector._margin("my cheek is still numb from the filling") == 2 * QUIET_MARGIN
    assert Detector._margin("half my face suddenly went numb, i had a filling last week") == 0


def test_a_checked_symptom_reads_as_over_unless_it_changed():
    checked = "tight chest sometimes, the gp checked it and found nothing"
    assert "past" in patterns.quiet_readings(checked)
    assert "past" not in patterns.quiet_readings(
        "tight chest, the gp checked it and found nothing but now its worse and i feel sick"
    )


def test_asking_whether_two_things_go_together_is_care():
    """An interaction question asked before taking something ("is on warfarin, can she have
    turmeric") is read as care: the meaning detector asks its margin. Not when it is for tonight."""
    for message in (
        "my dad is on blood thinners, can he have fish oil",
        "does ginkgo interact with aspirin",
        "is it safe to mix melatonin with magnesium",
    ):
        assert "care" in patterns.quiet_readings(message), message
    for message in (
        "im on lithium, can i take a whole box of ibuprofen tonight",
        "my dad is on blood thinners and hit his head",
    ):
        assert "care" not in patterns.quiet_readings(message), message


@pytest.mark.parametrize("message", READY)
def test_ready_for_someone_diagnosed_is_a_general_question(message):
    assert "general" in patterns.quiet_readings(message), message


def test_ready_for_someone_diagnosed_but_ill_now_is_not():
    message = "dad was diagnosed with epilepsy and is having a fit now, i want to know what to do"
    assert "general" not in patterns.quiet_readings(message)
    assert "medical" in match(message)
