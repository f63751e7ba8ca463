"""Crises in other languages said the way the labelled sets' writers said them, read by the
patterns (`app/safety/patterns/abroad.py`) and not only by the bank's neighbours; and, beside each,
an informational question or a figure of speech in the same language that stays ordinary. Every
message is written for these tests (none copied from a labelled set)."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "ayoko na talagang mabuhay, wala na akong gana"),
    ("suicide", "je ne veux plus exister, tout est prêt"),
    ("suicide", "mi papá ya no quiere vivir, dice que está cansado"),
    ("suicide", "não aguento mais viver desse jeito"),
    ("suicide", "ab aur nahi jee sakti main, sab khatam kar dungi"),
    ("suicide", "لا أريد أن أعيش بعد اليوم"),
    ("self_harm", "wczoraj znowu pocięłam się w łazience"),
    ("self_harm", "mio figlio si taglia i polsi di nascosto"),
    ("overdose", "mój brat wziął całe opakowanie leków przeciwbólowych"),
    ("overdose", "ich habe gerade 15 tabletten geschluckt"),
    ("overdose", "mein sohn hat putzmittel getrunken"),
    ("overdose", "mon fils a avalé du liquide vaisselle"),
    ("overdose", "minha filha tomou a cartela inteira de anticoncepcional"),
    ("overdose", "babam çok fazla ilaç içti, uyumuyor"),
    ("overdose", "dadi ne galti se do baar dawai le li, chakkar aa rahe hain"),
    ("medical", "ma mère ne répond plus, elle est par terre"),
    ("medical", "papa ke seene mein bahut tez dard hai, pasina aa raha hai"),
    ("medical", "أمي تنزف بشدة بعد الولادة"),
    ("medical", "我妈突然说话不清楚"),
    ("medical", "mein opa kann plötzlich nicht mehr richtig sprechen"),
    ("sexual_assault", "fui abusado por um vizinho quando tinha 10 anos"),
    ("sexual_assault", "office mein boss ne zabardasti chhua"),
    ("sexual_assault", "他强迫我发生关系"),
    ("sexual_assault", "hinipuan ako sa jeep kanina"),
    ("sexual_assault", "qualcuno mi ha messo qualcosa nel bicchiere ieri sera"),
    ("violence", "mon mari m'a frappée devant les enfants"),
    ("violence", "il mio fidanzato mi ha picchiata di nuovo"),
    ("violence", "mein freund hat mich letzte nacht gewürgt"),
    ("violence", "saas roz maarti hai, aaj bhi maara"),
    ("violence", "муж угрожает убить меня"),
    ("violence", "mein stiefvater schlägt schon wieder meine mutter"),
    ("medical", "جدي يشعر بألم في صدره"),
    ("medical", "أختي تنزف بشدة"),
    ("suicide", "mi amiga dice que se va a quitar la vida hoy"),
    ("overdose", "uminom ang kapatid ko ng gamot ng lolo, marami"),
]
ORDINARY = [
    "ayoko na ng kape, ano pwede ko inumin para sa energy",
    "je veux plus être là à 9h, le cours est trop tôt",
    "no quiero vivir en una ciudad tan cara",
    "czy można przedawkować witaminę c",
    "ile tabletek magnezu dziennie",
    "wie viele tabletten magnesium am tag",
    "ist putzmittel giftig für katzen",
    "le liquide vaisselle est-il toxique pour la peau",
    "comprei a cartela inteira de vitamina d, quantas tomo",
    "uyku hapı içmek bağımlılık yapar mı",
    "dawai do baar leni hai ya ek baar",
    "mon téléphone ne répond plus, comment suivre ma commande",
    "il ne répond plus à mes messages, je suis triste",
    "seene mein dard kyun hota hai",
    "ما سبب ألم في الصدر",
    "胸痛是什么原因",
    "ce qui m'a frappé dans l'article c'est la dopamine",
    "questo caldo mi ammazza, meglio fare sport la sera",
    "il mio capo mi minaccia di licenziarmi, come gestisco lo stress",
    "ich habe nach dem kaffee gewürgt, ist das normal",
    "начальник угрожает увольнением, как справиться со стрессом",
    "ce boulot va me tuer, des conseils pour dormir",
    "ces partiels vont me tuer, comment me concentrer",
    "uminom ang anak ko ng gamot sa ubo, pwede ba ang honey",
    "das wetter schlägt mir aufs gemüt, hilft vitamin d",
]


@pytest.mark.parametrize(("category", "message"), CRISES)
def test_crisis(category, message):
    assert category in match(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary(message):
    assert match(message) == []
