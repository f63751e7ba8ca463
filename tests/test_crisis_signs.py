"""Crisis kinds told by their signs (`app.safety.patterns.signs`) and the gates for the ordinary
messages that look like them. Every message is written for these tests, in many wordings per kind
(lay, slang, third person, other languages), none copied from a held-out set: a rule must catch the
kind, not one sentence."""

import pytest

from app.safety import match
from app.safety.patterns import concepts, quiet_readings

KINDS = {
    # A knock to the head with a red flag: confusion, repeated questions, vomiting, drowsiness,
    # unequal pupils, fluid from the nose, memory loss.
    ("medical", "head_injury"): [
        "he fell down the stairs and hit his head, keeps repeating himself",
        "grandad knocked his head on the cupboard and hes really confused now",
        "my son got a concussion at rugby and now one of his pupils is bigger",
        "i hit my head hard at work and now im seeing double and threw up",
        "kid fell off the swing onto her head and is super sleepy, can barely keep her eyes open",
        "hit my head on the ice, cant remember how i got home",
        "my wife slipped and cracked her head, clear fluid is coming from her nose",
        "meu filho bateu a cabeça e está vomitando",
        "mi hijo se golpeó la cabeza y está confuso",
        "mein sohn hat sich den kopf angeschlagen und hat erbrochen",
    ],
    # Blacking out or nearly fainting with a racing, pounding or skipping heart.
    ("medical", "faint_heart"): [
        "heart racing like crazy and i almost passed out at the bus stop",
        "my mum's heart keeps skipping beats and she fainted in the kitchen",
        "pulse is 180 and my vision went black for a second",
        "palpitations all morning and then i collapsed at work",
    ],
    # A child and a dangerous product: a medicine patch, a whole bottle, batteries, magnets.
    ("overdose", "child_product"): [
        "my grandson chewed on grandmas pain patch",
        "my 2 year old drank the whole bottle of calpol",
        "my son ate a button battery from the remote",
        "baby swallowed magnets from his brothers toy",
        "my daughter licked the vape juice, she's 18 months old",
        "mi hija se tomó todo el jarabe",
        "mon fils a avalé tout le flacon de sirop",
        "my 4 year old ate a pack of melatonin gummies",
    ],
    # Tablets counted up over hours, with a total or symptoms.
    ("overdose", "tablets_counted"): [
        "took ibuprofen all day for my tooth, probably 12 tablets, ears ringing now",
        "i've had like 20 paracetamol over the last few hours, feel sick",
        "kept popping advil since this morning, 16 pills total",
        "had 9 tylenol since breakfast and now i feel really dizzy",
    ],
    # Wounds kept open on purpose.
    ("self_harm", "wound_kept_open"): [
        "i keep picking my scabs open on purpose",
        "i rip off my scabs so the cuts never heal",
        "scratched my arm open again on purpose last night",
        "i dig at my old scars until they reopen",
    ],
    # Wounds or marks hidden, or an excuse asked for.
    ("self_harm", "hidden_wounds"): [
        "how do i hide the cuts on my arms from my parents",
        "what can i say about the marks on my wrists if someone asks",
        "need an excuse for the bandages on my thighs for gym",
        "wearing long sleeves to hide my arms in summer, what do i say",
    ],
    # Food refused as a punishment.
    ("self_harm", "starve_punish"): [
        "i skip meals to punish myself",
        "haven't eaten in 4 days because i don't deserve food",
        "i starve myself when i hate myself",
        "i make myself throw up as punishment",
    ],
    # A method looked up.
    ("suicide", "method_searched"): [
        "my mum found i googled painless ways to die",
        "i keep looking up how to tie a noose",
        "looking up the tallest bridges near me again",
        "my girlfriend saw my search history, it was all about hanging",
    ],
    # A plan with the means, in plain words or clinical shorthand.
    ("suicide", "plan_and_means"): [
        "i have a plan and the means, i just need a date",
        "ive been saving up my pills and i have a plan",
        "got a plan and the means to do it, not telling my therapist",
    ],
    # A loved one asking for help to die.
    ("suicide", "help_to_die"): [
        "my wife begs me to help her end it, she has ALS",
        "dad keeps asking me to put him out of his misery",
        "my mother wants me to give her all the morphine so she can go",
        "my grandma asked me to help her die, what do i do",
    ],
    # Injuries on a child shaped like abuse.
    ("violence", "child_abuse_marks"): [
        "my nephew has cigarette burns on his arms",
        "my son came back from his dads with belt marks on his legs",
        "neighbours kid has handprint bruises on his face",
        "my daughter has bruises behind her ears and won't say why",
    ],
    # A veiled threat: bringing "something" and someone will regret it.
    ("violence", "bring_something"): [
        "if my coworker laughs again im bringing something tomorrow and they'll all regret it",
        "im bringing my dads gun to school and they'll pay",
        "next time he talks to me like that im bringing a knife, he'll be sorry",
    ],
}
SHORTHAND = [
    ("suicide", "si with a plan, meeting my therapist friday"),
    ("suicide", "active si again since the weekend"),
    ("suicide", "my passive si is getting worse"),
    ("self_harm", "nssi relapse last night after 3 months"),
]
# The ordinary look-alikes of each kind: information questions, a course, fiction, pets, things
# over and done, everyday words.
ORDINARY = [
    "what are the signs of a concussion, like vomiting or confusion",
    "when should you go to the er after hitting your head",
    "i hit my head on the cupboard door, it's a bit sore, how long does a bump last",
    "my son bumped his head at nursery last week, he's totally fine, how do i stop him climbing",
    "can a head injury cause memory problems years later",
    "for my first aid course: signs of a head injury that need an ambulance",
    "my character in the novel hits his head and wakes up confused",
    "my dog hit his head on the table and is wobbly",
    "i hit my head on the shelf this morning, was fine all day, can i drink coffee",
    "what causes palpitations and fainting in teenagers",
    "i get palpitations after coffee but i have never fainted",
    "got so drunk i blacked out and my heart was racing the next morning",
    "i fainted once in 2015 when my heart was racing, fine since, can i do a marathon",
    "can my toddler have calpol and ibuprofen together",
    "how do i get my 5 year old to swallow pills",
    "when can a child start taking melatonin gummies",
    "how should i store my pills so the kids cant get them",
    "my toddler licked a battery once years ago, he's fine now, what batteries are safest",
    "i take 8 tablets a day for my arthritis and my stomach hurts",
    "how many ibuprofen can i take in total in one day",
    "the nurse gave me 10 tablets to take over the week",
    "my son keeps picking his scabs, how do i stop him",
    "i pick at my acne until it bleeds and it scars",
    "i keep picking my cuticles open, how to stop",
    "i scratch my eczema open at night without meaning to",
    "how do i cover up a tattoo on my forearm for a job interview",
    "whats a good excuse for wearing a bandage on my wrist after a sprain",
    "is intermittent fasting skipping breakfast bad",
    "i skipped lunch today because i was busy, is that bad for my blood sugar",
    "is fasting during lent healthy for diabetics",
    "i was googling the history of hanging as an execution method for my essay",
    "searched for hanging plants for my bedroom",
    "we have a plan and the means to start a business",
    "i have a plan for the weekend and the means to pay for it",
    "what are the laws on assisted dying in canada",
    "the vet asked us if we want to help him die peacefully, our dog is 15",
    "my son came home from daycare with bite marks from another toddler, is that normal",
    "my daughter has bruises on her shins from soccer",
    "how do you spot cigarette burns on a child",
    "my son has welts from mosquito bites",
    "im bringing something to the potluck tomorrow, theyll regret not inviting me lol",
    "i'll bring cake to work tomorrow, everyone will be sorry they doubted me",
    "si tomo ibuprofeno con alcohol me hace daño",
]
# Ordinary by the gates: information about signs asked with "they", fiction and games, a question
# set by a course, laughing and nearly choking, a child's scare long over, a symptom eased by rest.
GATED = [
    ("general", "symptoms of a stroke in older people, are they the same as in younger adults"),
    ("general", "signs of sepsis in babies, are they different from adults"),
    ("story", "for my short film, how would someone act after an overdose"),
    ("story", "for my novel, what does a person look like when they stop breathing"),
    ("story", "my dnd cleric got stabbed by a goblin, how many hit points does healing word give"),
    ("story", "our pathfinder party got poisoned by a trap, what does the save do"),
    ("story", "my paladin is having a seizure from the curse lol, what does that do to his turn"),
    ("course", "exam question: what are the signs of a stroke, i put the face and arms, what else"),
    ("course", "quiz: symptoms of anaphylaxis? i answered hives and swelling"),
    ("figurative", "laughing so hard at the show i nearly choked on my popcorn, is it healthy"),
    ("past", "my girl swallowed a marble when she was 2, it passed fine, can she chew gum"),
    ("past", "dad gets chest pressure climbing stairs and it eases when he stops, angina?"),
]
# The same wordings with something that says it is happening now: never quieted.
STILL_CRISES = [
    ("medical", "chest pain on stairs, it used to stop with rest but now it won't go away"),
    ("medical", "my mum's chest pain went away with rest before but now she's sweating and grey"),
    ("overdose", "for my screenplay i researched pills. also i took 30 of them an hour ago"),
    ("medical", "my son swallowed a coin when he was 3, fine. now my baby is choking on one"),
    ("medical", "we play d&d every week, last night my friend collapsed, isnt breathing"),
    ("medical", "my wizard got stabbed, my real brother is bleeding a lot though"),
]


@pytest.mark.parametrize(
    ("category", "rule", "message"),
    [(cat, rule, m) for (cat, rule), messages in KINDS.items() for m in messages],
)
def test_a_kind_told_by_its_signs_is_caught_in_many_wordings(category, rule, message):
    assert category in match(message)


@pytest.mark.parametrize(("category", "message"), SHORTHAND)
def test_clinical_shorthand_is_read(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_their_ordinary_look_alikes_stay_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize(("reading", "message"), GATED)
def test_gates_read_the_ordinary_context(reading, message):
    assert match(message) == []
    assert reading in quiet_readings(message)


@pytest.mark.parametrize(("category", "message"), STILL_CRISES)
def test_a_gate_never_hides_what_is_happening_now(category, message):
    assert category in match(message)


def test_each_sign_rule_needs_all_its_word_groups():
    assert concepts.match("he hit his head on the door") == []  # no red flag
    assert concepts.match("he hit his head on the door and keeps vomiting") == ["medical"]
    assert concepts.match("my toddler chewed on a patch") == []  # which patch?
    assert concepts.match("my toddler chewed on a fentanyl patch") == ["overdose"]
    assert concepts.match("i have a plan") == []
    assert concepts.match("i have a plan and the means") == ["suicide"]


def test_an_information_question_skips_only_the_rules_people_ask_about():
    assert match("what are the warning signs after a head injury, like being confused") == []
    assert "medical" in match("my husband hit his head and is confused")
    # A question about hiding wounds is never an information question.
    assert "self_harm" in match("what is the best way to hide cuts on my thighs")


# A second batch, written after the rules and read once: the patterns caught 24 of its 30 crisis
# wordings and flagged none of its 20 ordinary ones; the six misses were fixed by kind (a ball "to
# the head", "his head hit the pavement", "everything went black", a toddler who "had" nicotine
# gum, a "cover story", burns "the size of a cigarette end" on a stepson).
SECOND_BATCH = [
    ("medical", "my nan tripped and smacked her head on the kerb and now shes talking nonsense"),
    (
        "medical",
        "son took a cricket ball to the head, hes been sick three times and wants to sleep",
    ),
    ("medical", "fell off a ladder onto my head, now my left pupil looks huge in the mirror"),
    ("medical", "my 8 month old rolled off the bed onto her head and is really drowsy and floppy"),
    ("medical", "after the fight his head hit the pavement and he keeps asking what day it is"),
    (
        "medical",
        "my heart was fluttering like mad then everything went black and i woke up on the floor",
    ),
    ("medical", "dad said his heart was racing then he collapsed in the garden"),
    ("medical", "had palpitations and almost fainted twice in the shower"),
    ("overdose", "my toddler had my nicotine gum, like 4 pieces"),
    ("overdose", "the baby found a lithium battery and i think she swallowed it"),
    ("overdose", "my 3yo drank the rest of the bottle of childrens ibuprofen"),
    ("overdose", "grandson got into his grandpa's heart tablets and swallowed some"),
    ("overdose", "mi bebé se tragó una pila de botón"),
    ("overdose", "took 15 paracetamol over the day for a migraine and now my right side hurts"),
    ("overdose", "had about 20 co-codamol since last night and feel really sleepy"),
    ("self_harm", "i peel my scabs back on purpose so the wounds stay open"),
    ("self_harm", "i keep reopening the burn on my hand on purpose"),
    ("self_harm", "how do i explain the scratches on my forearms to my coach"),
    ("self_harm", "need a cover story for the plasters on my wrists at work"),
    ("self_harm", "im not allowed to eat today, i have to punish myself for failing"),
    ("suicide", "my brother found my google searches on how many pills to die"),
    ("suicide", "ive been watching videos about hanging every night"),
    ("suicide", "i have a plan and access to the means, i just havent picked a day"),
    ("suicide", "my husband has dementia and keeps begging me to end his life for him"),
    ("suicide", "my dad with cancer told me he wants me to help him go"),
    ("violence", "my stepson has round burns on his hands the size of a cigarette end"),
    ("violence", "the baby i nanny has bruises on her neck and the parents wont explain"),
    ("violence", "if they fire me im bringing something in friday and theyll all regret it"),
    ("violence", "bringing my brothers knife to school tomorrow, theyll see"),
    ("suicide", "active SI, plan in place, seeing my doctor next week"),
]
SECOND_BATCH_ORDINARY = [
    "what are the symptoms of a concussion in children",
    "my kid hit his head on the table, small bump, he's playing happily, do i need ice",
    "can low blood pressure make you faint",
    "i felt my heart flutter after too much coffee, is that normal",
    "is it safe to put a nicotine patch on before bed",
    "how much ibuprofen can a 3 year old have",
    "my daughter swallowed a grape whole, she's fine, should i worry",
    "i pick at my split ends when i'm stressed, how do i stop",
    "what concealer covers tattoos on arms",
    "is skipping breakfast bad for weight loss",
    "i searched for the tallest rollercoasters in europe",
    "we have a plan and the means to renovate the kitchen",
    "my grandma is dying of cancer, how do i prepare for her death",
    "my son has bruises on his knees from football",
    "bringing something to the bake sale tomorrow, what's easy",
    "for my screenplay, how would a nurse describe a concussion",
    "my pokemon fainted and i lost the gym battle lol",
    "my dog banged his head on the door and is wobbly",
    "i fainted years ago after giving blood and have been fine since, can i donate again",
    "my dad gets short of breath on long walks that goes away when he stops, should he see his gp",
]


@pytest.mark.parametrize(("category", "message"), SECOND_BATCH)
def test_a_second_batch_of_wordings_is_caught(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", SECOND_BATCH_ORDINARY)
def test_a_second_batch_of_look_alikes_stays_ordinary(message):
    assert match(message) == []


# A third batch, written after the second batch's fixes and read once: 19 of 24 caught, none of
# 16 look-alikes flagged; fixed by kind: French "tombée sur la tête", a slow pulse and fainting,
# "my mum's blood pressure tablets", snus, "stop my mum seeing the marks".
THIRD_BATCH = [
    ("medical", "mate got knocked out cold in a fight, came round but keeps throwing up"),
    (
        "medical",
        "my girl fell from the monkey bars, landed on her head and now shes not making sense",
    ),
    ("medical", "hit my head getting out of the car and now my speech is slurred"),
    ("medical", "ma fille est tombée sur la tête et elle vomit"),
    ("medical", "heart going crazy fast and i keep almost passing out at my desk"),
    ("medical", "my grandpa's pulse was like 40 and he fainted in church"),
    ("overdose", "my 1 year old got hold of my mums blood pressure tablets"),
    ("overdose", "kid chewed through a pouch of snus"),
    ("overdose", "my daughter drank half a bottle of calpol while i was in the shower"),
    ("overdose", "il mio bambino ha ingoiato una pila"),
    ("overdose", "popped 10 nurofen in the last 4 hours for my back and my stomach is on fire"),
    ("self_harm", "i keep picking the stitches out of my arm on purpose"),
    ("self_harm", "how do i stop my mum seeing the marks on my thighs"),
    ("self_harm", "i dont let myself eat when i mess up, i deserve to be hungry"),
    ("suicide", "my flatmate saw my browser history, i was looking up lethal doses"),
    ("suicide", "ive been googling bridge heights near my house"),
    ("suicide", "i've stockpiled my meds and i have a plan"),
    ("suicide", "my mum with ms keeps asking me to help her die and i dont know how to say no"),
    ("violence", "my nephew has a bite mark from an adult on his arm and says uncle did it"),
    ("violence", "im bringing a little surprise to school tomorrow and theyll all be sorry"),
    ("violence", "my little brother came back from his dads with loop marks on his back"),
    ("suicide", "si with intent, cant keep myself safe tonight"),
    (
        "medical",
        "toddler smacked his head on the coffee table and now one pupil is bigger than the other",
    ),
    ("overdose", "my son swallowed a fentanyl patch from the bin"),
]
THIRD_BATCH_ORDINARY = [
    "what to do about a bump on the head with no other symptoms",
    "how common is it to faint when your heart rate is low from running",
    "is it normal for my heart to skip a beat sometimes",
    "how do i childproof my medicine cabinet",
    "how many tablets are in a pack of nurofen",
    "i picked a scab on my knee and now it itches",
    "how to cover a bandage on my arm for a wedding after surgery",
    "is fasting before a blood test necessary",
    "i searched for ways to die in minecraft, funny video ideas",
    "my mum has a plan and the means to retire early",
    "how do i talk to my dad about assisted dying laws, he's just curious",
    "my son has bite marks from his brother, they were fighting over a toy",
    "i'm bringing something to the party, they'll regret not having more snacks",
    "in the movie the guy hits his head and forgets everything",
    "my cat fainted after playing and her heart was racing, vet says its fine",
    "my toddler ate a crayon, is it toxic",
    "my son had snus at a party, is it addictive",
    "my heart rate is 38 when i sleep, is that ok",
]


@pytest.mark.parametrize(("category", "message"), THIRD_BATCH)
def test_a_third_batch_of_wordings_is_caught(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", THIRD_BATCH_ORDINARY)
def test_a_third_batch_of_look_alikes_stays_ordinary(message):
    assert match(message) == []


# A large amount of a medicine taken and a sign of it now (`amount_and_sign`): first and third
# person, slang and slips ("barley", "tonne").
AMOUNT_AND_SIGN = [
    "my sister swallowed a load of her antidepressants and we cant wake her up",
    "i took like 30 of my xanax and cant stay awake",
    "my brother necked loads of his oxys and hes breathing really slow",
    "took a tonne of my sleeping pills, barley awake",
    "bf had a whole bottle of tylenol an hour ago and keeps throwing up",
    "mum took a heap of her blood pressure pills and now she passed out on the sofa",
    "my roommate downed dozens of benzos and is barely responding",
    "he ate a shit ton of his adderall and now hes having a seizure",
]
AMOUNT_AND_SIGN_ORDINARY = [
    "took a ton of vitamin c and now im wide awake lol",
    "i had a ton of coffee and now im wide awake",
    "my dad took 20 mg of sertraline and threw up, is that a side effect",
    "i take a bunch of supplements daily and sometimes feel like throwing up",
    "whats a good dose of tyrosine for focus",
]
_OTHER_RULES = tuple(name for name, _, _ in concepts.RULES if name != "amount_and_sign")


@pytest.mark.parametrize("message", AMOUNT_AND_SIGN)
def test_an_amount_taken_with_a_sign_now_is_an_overdose(message):
    assert "overdose" in match(message)
    assert concepts.match(message, skip=_OTHER_RULES) == ["overdose"]  # the rule alone


@pytest.mark.parametrize("message", AMOUNT_AND_SIGN_ORDINARY)
def test_an_amount_without_a_medicine_or_a_sign_stays_ordinary(message):
    assert match(message) == []


def test_the_amount_rule_needs_the_amount_the_medicine_and_the_sign():
    alone = lambda text: concepts.match(text, skip=_OTHER_RULES)  # noqa: E731
    assert alone("my friend took her ssris and now shes barely awake") == []  # no amount
    assert alone("my friend took a ton of her ssris") == []  # no sign
    assert alone("he had a lot of pills to take after surgery and kept throwing up") == []
    assert alone("my friend took a ton of her ssris and now shes barely awake") == ["overdose"]
