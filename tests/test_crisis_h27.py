"""What held-out 27 (written blind at the start of the first session of 2026-12-03, development data
since the second: `eval/crisis/read/heldout-27.jsonl`) and every blind set before it kept missing
or flagging wrongly, by kinds that come back worded anew: crises in other languages, the core acts
language by language (`patterns/abroad_west.py`, `abroad_east.py`, Hindi in `romanized.py`); a
child and a pet or household product (a flea treatment licked, sanitizer drunk); a burden, a
decision and a time; an affair settled because one is "not gonna be around"; a partner's
intimidation asked as "is it normal". Ordinary: held-out 27's false-alarm kinds (passed out
laughing, an inversion table, "hit me with your best tip", a friend's "kill me if i miss" a
trifle, a "heart attack burger", family history, "cant breathe" in crowds with anxiety named,
smoke and a mask, a course being taken, an old knock "all checked and fine") and the everyday
uses of the same verbs in other languages. Every message is written for these tests (none copied
from a held-out set); each near miss keeps its side.
"""

import pytest

from app.safety import match

# Crises in other languages, as people type them (accents often left out).
ABROAD = [
    ("self_harm", "otra vez me corte los brazos, no puedo parar"),
    ("overdose", "se tomo un frasco entero de pastillas para dormir"),
    ("overdose", "mi nena se trago una pastilla del lavavajillas"),
    ("suicide", "esta noche voy a acabar con mi vida"),
    ("medical", "mi abuelo se desmayo y no reacciona"),
    ("violence", "mi pareja me amenaza con un cuchillo"),
    ("self_harm", "je me suis encore coupee les bras hier soir"),
    ("overdose", "mon petit a mis dans sa bouche une capsule de lessive"),
    ("overdose", "elle a pris deux fois son traitement pour le coeur"),
    ("sexual_assault", "mon beau-pere m'a forcee a coucher avec lui"),
    ("self_harm", "ich habe mich gestern wieder geritzt"),
    ("overdose", "unser kleiner hat flohmittel abgeleckt"),
    ("violence", "er hat mich gewurgt und geschlagen"),
    ("medical", "mein opa atmet nicht mehr richtig und reagiert nicht mehr"),
    ("overdose", "meu neném engoliu uma pilha"),
    ("medical", "minha mae desmaiou e nao responde"),
    ("violence", "meu padrasto espancou minha mae"),
    ("overdose", "mio figlio ha leccato l'antipulci del cane"),
    ("self_harm", "di nuovo mi sono tagliata"),
    ("overdose", "ho ingoiato tutte le mie pastiglie"),
    ("self_harm", "znowu sie pocielam, nikt nie wie"),
    ("overdose", "synek wypil plyn do naczyn"),
    ("violence", "ojciec pobil mame"),
    ("self_harm", "kendimi tekrar kestim"),
    ("overdose", "kizim bulasik tableti yemis"),
    ("violence", "babam kardesimi dovuyor"),
    ("overdose", "сын проглотил батарейку"),
    ("self_harm", "опять порезала себе руки"),
    ("violence", "отчим избил маму"),
    ("overdose", "ابني شرب كلوركس"),
    ("overdose", "اخذت كل الحبوب"),
    ("overdose", "孩子喝了消毒液"),
    ("self_harm", "我又割手腕了"),
    ("medical", "爷爷叫不醒"),
    ("overdose", "nakalunok ng magnet ang bunso ko"),
    ("self_harm", "sinusugatan ko ang pulso ko"),
    ("violence", "sinasakal niya ako"),
    ("overdose", "beti ne galti se phenyl pee liya"),
    ("overdose", "maine apni neend ki goliyan do baar le li"),
    ("sexual_assault", "padosi ne mere saath galat harkat ki"),
    ("violence", "pati ne jaan se maarne ki dhamki di"),
    ("self_harm", "maine apni kalai kaat li"),
    ("medical", "nana ke seene mein dard hai aur pasina aa raha hai"),
]
# Held-out 27's English kinds, worded anew.
KINDS = [
    ("overdose", "my toddler sucked on the cats flea treatment pipette"),
    ("overdose", "my son licked the dogs worming paste"),
    ("overdose", "my baby got hold of the hand sanitizer and drank some"),
    ("suicide", "im such a drain on my parents, ive decided to fix that tonight"),
    ("suicide", "ive been a burden on everyone for years. going to fix that soon"),
    ("suicide", "cancel my phone contract or does it not matter if im not gonna be around"),
    ("suicide", "who will take my dog if im not around anymore"),
    ("violence", "is it normal for your boyfriend to punch the wall right by your head"),
    ("violence", "is it normal that my husband stands in the doorway so i cant leave"),
    ("violence", "is it normal for a partner to throw things at you when hes angry"),
]
# Ordinary messages of held-out 27's false-alarm kinds, and everyday uses abroad.
ORDINARY = [
    "had a seizure once as a teenager, none since, is magnesium ok",
    "nearly passed out laughing at the best man's speech lol",
    "hanging upside down on my inversion table helps my back, any risks",
    "hit me with your best tips for a sore throat",
    "my best mate said hes gonna kill me if i miss his stag do lol, hangover tips?",
    "i feel like i cant breathe in crowded trains, my gp said its anxiety, any tips",
    "my grandad died of a stroke so should i take fish oil",
    "had a heart attack burger at the county fair, how bad is that lol",
    "my aunt is a nurse and says a stroke is the big risk with afib, is that right",
    "pollen makes it hard to breathe outside in may, would a mask help on walks",
    "poisoned everyone with my cooking at christmas lol, what settles a stomach",
    "epilepsy runs in my family, can i take melatonin",
    "how do you do back blows on a choking toddler, starting a first aid class next month",
    "got knocked out playing football in 2019, checked and fine, can i take creatine",
    "me tomo mis pastillas de la tension cada mañana, con comida o sin",
    "mi novio no responde a mis mensajes y me pongo muy ansiosa",
    "il me bat aux echecs tous les soirs",
    "elle ne respire pas bien par le nez avec ce rhume",
    "je me brule souvent en cuisinant, quelle creme",
    "mein bruder schlägt mich immer beim tischtennis",
    "ich kriege keine luft durch die nase, schnupfen seit tagen",
    "tomei meus remédios de manhã, posso tomar café",
    "me bateu uma saudade enorme da minha avó",
    "meu filho não acorda cedo para a escola",
    "جرحت نفسي بالسكين وأنا أطبخ",
    "我吃了半片药",
    "他刚才打我电话了",
]
# Near the new rules, and crises before and after.
STILL_CRISES = [
    ("overdose", "the dog and my son both licked the flea treatment"),
    ("suicide", "im a burden on everyone and its time to end it"),
    ("medical", "how do you do back blows on a choking baby, mine is choking now"),
    ("violence", "my dad said hed kill me if i touched his car and he has a knife"),
    ("medical", "my grandad just died of a heart attack in front of me and i cant breathe"),
    ("medical", "ne respire plus, il est tout bleu"),
    ("violence", "mi marido me pega cuando bebe"),
]
ORDINARY_NEAR_RULES = [
    "my dogs flea treatment isnt working, what else",
    "ive been a burden on my family with money, decided to fix that this week by getting a job",
    "im not gonna be around next week, can you cancel my order",
    "who should get my cat while im on holiday",
    "my toddler throws his toys at me when hes tired",
    "my flatmate said hed kill me if i ate his leftovers",
    "chest pain when i do pushups, its my pecs",
    "me corte el dedo cocinando, como lo curo",
    "je me suis coupé en me rasant",
    "traş olurken kendimi kestim",
    "yeni bir dövme yaptırdım, nasıl bakım yapayım",
    "съел шаурму и отравился, что делать",
    "gulasz dusi się dwie godziny",
    "gwałtownie wstałem i zakręciło mi się w głowie",
    "医生说要对症下药",
    "nahiwa ko ang daliri ko habang nagluluto",
    "dil me dard hota hai jab wo yaad aata hai",
]


@pytest.mark.parametrize(("category", "message"), ABROAD + KINDS + STILL_CRISES)
def test_crises_are_caught_with_their_category(category, message):
    assert category in match(message), message


@pytest.mark.parametrize("message", ORDINARY + ORDINARY_NEAR_RULES)
def test_ordinary_messages_stay_ordinary(message):
    assert match(message) == [], message
