"""Crises said in other languages the way the labelled sets' writers said them, where the bank's
neighbours were the only reader (the patterns missed 87 of the 426 crisis lines not in English in
eval/crisis on 2026-12-02, none of the 210 ordinary ones flagged): French, Spanish, Portuguese,
Italian, German, Dutch, Polish, Turkish, Russian, Arabic, Chinese, Tagalog and Hindi in Latin
letters. The bank still reads them too; these phrases keep a crisis caught when a new wording
lands far from the bank's lines (a message in another language is read by MiniLM mostly by its
word pieces). Each phrase names a person, a past act or a wish, never a bare topic word, so an
informational question in the same language stays ordinary (`tests/test_crisis_abroad.py`).
"""

from __future__ import annotations

STATEMENTS: dict[str, list[str]] = {
    "suicide": [
        # Tagalog "i don't want to live anymore", "i want to die now".
        r"(?:ayoko|ayaw ko) na(?:ng)? (?:talaga(?:ng)? )?mabuhay|gusto ko na(?:ng)? mamatay",
        # French "i don't want to live / exist any more", "not be here tomorrow".
        r"je (?:ne )?veux plus (?:vivre|exister|[êe]tre l[àa](?! (?:[àa]|a|pour|avant|apr[èe]s|quand|ce soir [àa]|demain [àa]) ))|(?:il|elle) (?:ne )?veut plus vivre",
        # Spanish and Portuguese, first and third person.
        r"(?:ya )?no (?:quiere|quieres|quiero) (?:seguir )?vivir(?! (?:en|con|cerca|lejos|aqu[ií]|all[ií]|as[ií] en)\b)|quitar(?:me|se|te) la vida|se (?:va|van) a quitar la vida"
        r"|n[aã]o aguento mais viver|n[aã]o (?:quer|quero) mais viver|separei os rem[eé]dios",
        # Hindi in Latin letters: "can't live any more", "will end everything tonight".
        r"(?:ab )?(?:aur )?nahi jee (?:sakta|sakti|paunga|paungi)|sab khatam kar (?:dunga|dungi|doonga|doongi)",
        # Arabic "i no longer want to live", "i don't want to live".
        r"لم أعد أريد أن أعيش|لا أريد أن أعيش|لا اريد ان اعيش",
    ],
    "self_harm": [
        # Polish "i cut myself (again)", Italian "she cuts her arms".
        r"poci[ęe](?:łam|łem|lam|lem) si[ęe]|si[ęe] poci[ęe](?:łam|łem|lam|lem)|\btn[ęe] si[ęe]",
        r"(?:si|mi) tagli\w* (?:le braccia|i polsi|le gambe|le cosce)",
    ],
    "overdose": [
        # Polish "the whole pack of (sleeping) tablets", "i overdosed".
        r"ca[łl]e opakowanie (?:\w+ )?(?:tabletek|lek[óo]w|pigu[łl]ek)|przedawkowa(?:łem|łam|ł|ła|lem|lam|l|la)\b",
        # German: a number of tablets taken, tablets taken twice, a cleaner drunk.
        r"\b\d+ (?:\w+ )?(?:tabletten|pillen) (?:\w+ )?(?:genommen|geschluckt|eingenommen)"
        r"|tabletten (?:\w+ )?doppelt genommen"
        r"|(?:reiniger|reinigungsmittel|putzmittel|sp[üu]lmittel|waschmittel|bleiche) (?:\w+ )?getrunken"
        r"|sp[üu]lmaschinentab\w* (?:\w+ )?(?:gegessen|verschluckt)",
        # French: a whole box or all one's medicines swallowed, washing-up liquid or bleach.
        r"aval[ée]e? (?:toute? (?:ma|sa|la|une) bo[iî]te|tous (?:mes|ses|les) (?:m[ée]dicaments|cachets|comprim[ée]s))"
        r"|(?:aval[ée]e?|bu) (?:du |de la |de l')?(?:liquide vaisselle|eau de javel|javel|d[ée]boucheur)",
        # Portuguese: a whole blister pack, a grandmother's medicine swallowed.
        r"(?:tomou|tomei|engoliu|engoli) a cartela inteira|engoliu (?:o |um |uns )?rem[eé]dio",
        # Dutch: a whole strip swallowed.
        r"uminom ang (?:anak|bata|baby|apo|kapatid) (?:ko |namin )?ng gamot ng (?:lola|lolo|nanay|tatay|mama|papa|iba)|"
        r"(?:hele|volle) strip (?:\w+ )?(?:ingeslikt|ingenomen|genomen)|(?:paracetamol|pillen|tabletten) ingeslikt"
        # ... or all one's (sleeping) pills taken (probe 6: "ik heb net al mijn slaappillen ingenomen", lost
        # by the meaning once the session of 2026-12-04 night's Dutch look-alikes joined the bank)
        r"|(?:al|alle) (?:mijn|zijn|haar|de) (?:\w+)?(?:pillen|tabletten|medicijnen|medicatie) (?:\w+ )?(?:ingenomen|ingeslikt"
        r"|geslikt|genomen|opgenomen)",
        # Turkish: too much medicine, bleach, all of one's pills, sleeping pills, taken twice.
        r"(?:[çc]ok fazla|fazla|bir s[üu]r[üu]) (?:uyku )?(?:ila[çc]|hap[ıi]?) (?:i[çc]ti|i[çc]tim|ald[ıi]m|ald[ıi])\b|[çc]ama[şs][ıi]r suyu (?:i[çc]ti|i[çc]mi[şs])"
        r"|ila[çc]lar[ıi]n[ıi]n hepsini|iki kere i[çc]ti",
        # Hindi in Latin letters: a medicine or insulin taken twice by mistake.
        r"(?:double|do baar|2 baar|do bar|2 bar) (?:\w+ )?(?:dawai|dawa|dawaai|insulin|goli|goliyan) le (?:li|liya|lee|liye)",
        # Russian: overdid it with pills (and drink), swallowed pills.
        r"перебрал\w* с (?:таблетк|лекарств|снотворн|обезболивающ)\w*|наглотал\w* (?:\w+ )?(?:таблет|лекарств|снотворн)\w*",
    ],
    "medical": [
        # French: someone no longer answering, a crushing pain in the chest.
        r"(?:\bil|\belle|mon (?:mari|p[èe]re|fr[èe]re|fils|copain|ami|b[ée]b[ée]|grand-p[èe]re)|ma (?:m[èe]re|femme|fille"
        r"|s[œo]eur|copine|amie|grand-m[èe]re)) ne r[ée]pond plus(?! (?:[àa]|aux) )|douleur qui serre"
        r"|serre (?:\w+ ){0,3}(?:dans la|la) poitrine|poitrine depuis \d+ ?min",
        # Hindi in Latin letters: chest pain, can't speak, an arm that won't move.
        r"seene mein (?:bahut |tez |zor ka |zyada )+dard|bol nahi pa (?:rahe|raha|rahi)|haath (?:bhi )?nahi hil (?:raha|rahi|rahe)",
        # Arabic: severe pain in the chest, bleeding heavily; someone who cannot breathe.
        r"ب?ألم (?:شديد )?في صدر|و?[تي]نزف بشدة",
        r"(?:لا|ما|مش|مو) ?(?:تستطيع|يستطيع|أستطيع|استطيع|تقدر|يقدر|أقدر|اقدر|قادر|قادرة) (?:على )?(?:ال)?[تيأا]?تنفس",
        # Russian: a seizure going on for minutes.
        r"судорог\w*[^.?!]{0,30}(?:уже |больше |почти )?(?:\d+|пять|семь|десять|пятнадцать|двадцать) минут"
        r"|судорог\w* не прекраща\w*|не прекраща\w* судорог",
        # Tagalog: half of the body cannot move.
        r"hindi (?:ma)?igalaw",
        # Chinese: sudden chest pain, slurred speech, one side weak.
        r"(?:我|爸|妈|老公|老婆|孩子|他|她|突然).{0,6}(?:胸口剧痛|胸口疼|胸痛|说话不清|口齿不清)|一边.{0,4}没有?力气",
        # German: half the face drooping, suddenly cannot speak properly.
        r"h[äa]ngende gesichtsh[äa]lfte|kann (?:pl[öo]tzlich )?nicht (?:mehr )?richtig sprechen",
    ],
    "sexual_assault": [
        # Portuguese and Spanish "i was abused (by)".
        r"fui abusad[ao]\b",
        # Hindi in Latin letters "forced with me", "touched forcibly".
        r"(?:saath|sath) (?:\w+ ){0,2}zabardasti|zabardasti (?:chhua|chua|chhuaa|ki|kiya|karne)",
        # Chinese "forced me (into relations)", "raped", "sexually assaulted".
        r"强迫.{0,6}(?:关系|了我)|强奸|性侵",
        # Tagalog "groped me".
        r"hinipuan ako",
        # Turkish: molested me / my child, sexual harassment, rape.
        r"(?:bana|k[ıi]z[ıi]ma|o[ğg]luma|[çc]ocu[ğg]uma|karde[şs]ime) (?:\w+ )?(?:cinsel )?(?:tacizde bulun\w*|taciz et\w*)|cinsel taciz|tecav[üu]z",
        # Italian: something put in the drink; German: touched my daughter.
        r"(?:messo|mettere|mess[oa]) qualcosa nel (?:drink|bicchiere|cocktail)"
        r"|(?:meine|meinen) (?:tochter|sohn|kind|kleine) angefasst|hat mich angefasst",
    ],
    "violence": [
        # French "hit me", "threatens to start again".
        r"(?<!qui )(?<!ça )(?<!ca )m'a frapp\w*|menace de (?:recommencer|me tuer|prendre les enfants)",
        # Italian: hands on my neck, beat me, says he'll kill me, threatens to hurt me.
        r"mani al collo|mi ha picchiat\w*|(?:detto|dice|minaccia) che mi ammazz\w*|minaccia di farmi del male"
        r"|(?:ex|compagno|marito|fidanzato|ragazzo|padre|patrigno) (?:\w+ ){0,4}mi minaccia\b",
        # German: strangled me, hits my mother right now.
        r"(?:hat|hatte) (?:mich|sie|ihn|meine \w+) (?:\w+ ){0,3}gew[üu]rgt"
        r"|schl[äa]gt (?:gerade |wieder |schon wieder )?meine (?:mutter|mama|frau|schwester|kinder|tochter)",
        # Hindi in Latin letters: beats me every day.
        r"roz (?:\w+ )?(?:peet ?ta|peetta|peet-ta|maarta|marta) hai|aaj bhi maara",
        # Russian: threatens (with a knife), beats me.
        r"угрожает (?:ножом|убить|мне|пистолетом)|(?:муж|парень|отец|отчим) (?:\w+ )?угрожает|избивает|бь[её]т меня",
    ],
}
