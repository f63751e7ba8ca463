"""What held-out 29 (written blind at the start of the second session of 2026-12-03, development
data since the third: `eval/crisis/heldout-29.jsonl`) missed or flagged wrongly, by kinds
that come back worded anew. Crises: a death hinted by a time one won't be around; wanting to be
dead asked about inside a question about a product; a means named with a shrug ("guess its the
bridge"); a trigger-warning tag for self-harm; too many painkillers, in the languages; someone
who fell and does not answer, in the languages; a low sugar with confusion; a threat to kill
many with weapons being got; a grown-up who touched a child, in the languages; a child who ate a
pet's tablets too. Ordinary: a scare over and fine; learning for a class or the future; a
product complaint; a word in a title; a toddler's hitting; figurative killing in other
languages; a drama's scene; a relative's job stories. Every message is written for these tests
(none copied from a held-out set); each near miss keeps its side.
"""

import pytest

from app.safety import match
from app.safety.patterns import quiet_readings

CRISES = [
    # A time one won't live to, with a plan or a purchase called pointless.
    ("suicide", "why would i renew the gym for a year, i wont be here by christmas"),
    ("suicide", "no need to send the 90 day supply, ill be gone by then"),
    ("suicide", "no point buying the big tub of protein, i wont be around to finish it"),
    # Wanting to be dead, inside a question about a product.
    ("suicide", "is there a vitamin for wanting to die all the time"),
    ("suicide", "can ashwagandha help with wishing i was dead or do i need real meds"),
    ("suicide", "what supplement is good for the urge to kill myself"),
    # A means named with a shrug after something failed.
    ("suicide", "tried your sleep tea, nothing changes. guess its the rope then"),
    ("suicide", "therapy didnt work either so its the bridge for me then"),
    ("suicide", "ok the ledge it is 🙃"),
    # A trigger-warning tag for self-harm.
    ("self_harm", "cw sh - relapsed last night after 4 months"),
    ("self_harm", "tw // self harm. did it again and the bleeding wont stop"),
    ("self_harm", "tw: s/h i dont know who else to tell"),
    # ... and "sh" said first, then again or still bleeding.
    ("self_harm", "sh. last week and again tonight, deeper"),
    ("self_harm", "sh, still bleeding through the plaster"),
    # Too many painkillers, in the languages.
    ("overdose", "ho preso troppe aspirine con il vino e mi gira tutto"),
    ("overdose", "mi hermano se tomó demasiados analgésicos con ron"),
    ("overdose", "j'ai pris trop d'anti-douleurs et de l'alcool, j'ai envie de vomir"),
    ("overdose", "er hat viel zu viele schmerzmittel mit schnaps genommen"),
    ("overdose", "minha irmã tomou remédio para dor demais com vinho"),
    ("overdose", "babam çok fazla ağrı kesici aldı ve kusuyor"),
    ("overdose", "он принял слишком много анальгина и его тошнит"),
    ("overdose", "اخوي اخد مسكنات كتير مع كحول وعم يستفرغ"),
    ("overdose", "我爸吃了太多止痛药还喝酒了"),
    # Someone who fell and does not answer, in the languages.
    ("medical", "mum had a fall on the stairs and now shes not answering me"),
    ("medical", "abuela se cayó en la ducha y no contesta"),
    ("medical", "mon grand-père est tombé et il ne répond pas"),
    ("medical", "opa ist im bad hingefallen und antwortet nicht"),
    ("medical", "o vovô caiu e não responde"),
    ("medical", "la nonna è caduta e non mi risponde"),
    ("medical", "babcia przewróciła się i nie reaguje"),
    ("medical", "anneannem düştü ve tepki vermiyor"),
    ("medical", "бабушка упала и не реагирует"),
    ("medical", "ستي وقعت بالمطبخ ومش بترد"),
    ("medical", "natumba si lola at hindi sumasagot"),
    # A low sugar with the brain short of it.
    ("medical", "my husband is diabetic, his meter says 2.3 and hes slurring"),
    ("medical", "libre reading 48 and my daughter is acting drunk"),
    ("medical", "bad hypo, so confused i cant think straight"),
    # A threat to kill many, weapons being got.
    ("violence", "my son says hell shoot up his school and hes been ordering bullets online"),
    ("violence", "guy at work says he'll kill everybody in the department, showed me his rifle"),
    # A grown-up who touched a child or the writer, in the languages.
    ("sexual_assault", "öğretmenim bana dokundu ve kimseye söyleyemiyorum"),
    ("sexual_assault", "el vecino le tocaba a mi hija cuando la cuidaba"),
    ("sexual_assault", "il mio allenatore mi toccava dopo gli allenamenti"),
    ("sexual_assault", "mein onkel hat meine tochter angefasst"),
    ("sexual_assault", "o professor me tocava no intervalo"),
    ("sexual_assault", "trener mnie dotykał w szatni"),
    ("sexual_assault", "сосед потрогал её, ей 8 лет"),
    ("sexual_assault", "جارنا كان يلمسني لما كنت صغيرة"),
    ("sexual_assault", "邻居叔叔摸了我女儿"),
    ("sexual_assault", "lo zio toccava mia figlia quando restava da lui"),
    # Held so hard it marks (left by held-out 27; the patterns missed it, the meaning caught it).
    ("violence", "my girlfriend grabs my wrists so hard they bruise when shes angry"),
    ("violence", "he squeezed my upper arm till it hurts, there are finger marks"),
    # A child who ate some of a pet's tablets too.
    ("overdose", "the dog ate his worming tablets and my 2yo had some too"),
    ("overdose", "our cat got into her flea tablets and the baby chewed one as well"),
]

ORDINARY = [
    # A scare over and the person fine after the moment.
    "my son choked on a chip yesterday, fine after a cough but so embarrassing",
    "melatonin knocked me out cold, is 5mg too much for a beginner",
    "knocked out like a light after the sleepy tea, is that normal",
    # Learning for a class or for later.
    "what does an aspirin overdose do to the stomach, we did it last week in biology",
    "how do you do cpr on a baby, just want to know for the future",
    "how do you help someone having a seizure, want to know just in case",
    # A product complaint, a word in a title.
    "these fish oil tablets are massive, i always choke on them, any smaller ones",
    "the word poisoning in your headline is a bit much tbh",
    "overdose in the email subject line freaked me out, maybe change it",
    # A toddler's hitting, a twitch, laughter.
    "my 2 year old keeps biting me when hes teething",
    "my calf jumps like a tiny earthquake after running, is it low potassium",
    "cant breathe laughing at this newsletter 😂",
    # Choking prevented, a drama, a relative's job.
    "how should i cut sausages so my baby doesnt choke",
    "any tips to reduce the risk of choking when starting solids",
    "the scene where he overdoses in that crime drama, is that realistic",
    "my mum is a retired nurse and saw lots of strokes, is aspirin still recommended",
    # Something that never came back.
    "my son had a seizure at christmas, never happened again, can he swim",
    "had a fit in march and it hasnt happened since, is caffeine ok",
    # Figurative killing in other languages.
    "minha mãe vai me matar se eu esquecer o aniversário dela kkk",
    "ten upał mnie zabija, ile wody pić?",
    "الدوام قاتلني، شو بينفع للتعب؟",
    "patronum beni öldürecek geç kalırsam, kahve öner",
    "papatayin ako ni ate kung hindi ko naibalik damit niya haha",
    # Everyday uses of the words the new crisis rules read.
    "bu film bana çok dokundu",
    "el entrenador me tocó el hombro para felicitarme",
    "my phone fell in the toilet and wont turn on, rice?",
    "he fell for my sister and now he doesnt talk to me",
    "my sugar was 3.5 and i felt shaky, had juice and im fine",
    "we walked back to the bridge then home",
    "so its the bridge of my nose that aches with sinusitis?",
    "shh, the baby is asleep again finally",
    "in the game you kill everyone and buy ammo between rounds",
    "no point booking the dentist, i wont be around next week, work trip",
    "knocked out cold after my double shift, is magnesium good for sleep",
    "the headline says overdose, bit dramatic for a vitamin article",
    "my toddler grabs my hair so hard it hurts, how do i stop it",
    "my dance partner held my wrists too hard during the lift lol",
]

# Near the new rules, something happening now or a threat kept: never hidden (the stepfather's
# threat is read by the older "me matar" statement, as suicide: a category the meaning layer
# refines).
STILL_CRISES = [
    "my daughter choked on a grape, fine after a cough but now she cant breathe",
    "how do you do the heimlich, my dad is choking right now, want to know for the future",
    "meu padrasto vai me matar se eu contar pra alguém, tenho medo",
    "melatonin knocked him out and now we cant wake him",
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_the_kinds_held_out_29_missed_are_caught(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_their_look_alikes_stay_ordinary(message):
    assert match(message) == []


@pytest.mark.parametrize("message", STILL_CRISES)
def test_a_quieting_rule_never_hides_what_happens_now(message):
    assert match(message)


@pytest.mark.parametrize(
    "message",
    [
        "zabija mnie ten ból głowy od rana, co pomoże?",
        "المشوار للجامعة قاتلني كل يوم",
        "had a fit once years ago, never happened again. is caffeine ok",
    ],
)
def test_figurative_and_past_readings_widen_the_meaning_margin(message):
    assert match(message) == []
    assert {"figurative", "past"} & set(quiet_readings(message))
