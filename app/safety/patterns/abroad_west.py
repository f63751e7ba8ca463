"""The core crisis verbs and nouns in Spanish, French, German, Portuguese and Italian, written
language by language and category by category (`abroad.py` keeps the phrases the labelled sets'
writers used; every blind set brought new wordings of the same few acts, and the misses repeated):
cut or burned oneself (with what makes it deliberate: again, the arms or wrists, a blade, on
purpose), all or too many pills swallowed, a medicine taken twice, bleach or a cleaner drunk, a
child who swallowed, drank or licked a household or pet product, wanting to die or to kill
oneself, someone not breathing, unconscious or not waking, raped, drugged or touched, hit or
beaten, threatened with death. Inflections and the accents people leave out are in the patterns
("bebio" for "bebió"); an ordinary use of the same verb is kept out where it is common ("me corté
cocinando", "me bat aux échecs", "me bateu uma saudade"). Read by `app.safety.patterns` like the
category modules' statements (`tests/test_crisis_h27.py`).
"""

from __future__ import annotations

# Spanish.
_ES_KID = r"(?:mi|el|la|nuestr[oa]) (?:hij[oa]|beb[eé]|nen[ea]|ni[ñn][oa]|peque(?:ñ|n)[oa]|hermanit[oa]|sobrin[oa]|niet[oa])"
_ES_PRODUCT = (
    r"lej[ií]a|cloro|lavandina|detergente|suavizante|jab[oó]n|gel (?:desinfectante|antibacterial|hidroalcoh[oó]lico)"
    r"|alcohol en gel|desinfectante|amon[ií]aco|limpiador|desatascador|c[aá]psulas? de (?:detergente|lavavajillas|jab[oó]n)"
    r"|pastillas? (?:de|del|para el) lavavajillas|pilas?(?: de bot[oó]n)?|bater[ií]as?(?: de bot[oó]n)?|imanes|raticida"
    r"|veneno|matarratas|insecticida|antipulgas|pipeta|aceite de (?:l[aá]mpara|parafina)|parafina|queroseno|gasolina"
    r"|l[ií]quido (?:del|de|para el) (?:vaper?|vapeador|cigarr(?:o|illo) electr[oó]nico)|nicotina|anticongelante|acetona"
    r"|quitaesmalte|perfume"
)
_ES_SWALLOWED = (
    r"(?:se )?(?:trag[oó]|bebi[oó]|tom[oó]|comi[oó]|lami[oó]|chup[oó]|inhal[oó]|meti[oó] en la boca)"
    r"|ha (?:tragado|bebido|tomado|comido|lamido|chupado|inhalado)"
)
_ES_PILLS = (
    r"pastillas|pastis|p[ií]ldoras|tabletas|comprimidos|medicinas|medicamentos|somn[ií]feros|calmantes|antidepresivos"
    r"|analg[eé]sicos|antiinflamatorios|ibuprofenos?|paracetamol(?:es)?|nolotil(?:es)?"
)
_ES_WHO = (
    r"(?:mi|el|la) (?:padre|madre|pap[aá]|mam[aá]|abuel[oa]|espos[oa]|marido|mujer|novi[oa]|amig[oa]|herman[oa]"
    r"|hij[oa]|beb[eé]|compa[ñn]er[oa]|t[ií][oa])|\b(?:[eé]l|ella)\b"
)
ES = {
    "suicide": [
        r"(?:me voy a|voy a|quiero|me quiero|pienso en|pensando en) (?:matarme|suicidar(?:me)?|quitarme la vida)"
        r"|me voy a matar(?! (?:estudiando|trabajando|de risa))|(?:voy a|quiero) (?:terminar|acabar) con (?:todo|mi vida)"
        r"(?! (?:el|lo|la|los|las|esto)\b)|dejar de existir|no quiero (?:volver a )?despertar(?:me)?",
    ],
    "self_harm": [
        r"me (?:he |estoy |sigo |volv[ií] a )?(?:cort(?:o|[eé]|ado|ando|ar)|quem(?:o|[eé]|ado|ando|ar)|lastim(?:o|[eé]|ado|ando))"
        r" (?:\w+ ){0,3}(?:otra vez|de nuevo|los brazos|las mu[ñn]ecas|la mu[ñn]eca|las piernas|los muslos"
        r"|a prop[oó]sito|con (?:una |la )?(?:cuchilla|navaja|hoja|gillette|cutter)|no puedo parar)"
        r"|(?:otra vez|de nuevo|a prop[oó]sito) me (?:he )?(?:cort|quem|lastim)\w*|me autolesiono|me estoy autolesionando"
        r"|me hago da[ñn]o (?:a m[ií] mism[oa]|yo mism[oa])|me lastimo a m[ií] mism[oa]",
    ],
    "overdose": [
        r"(?:tom[eé]|tom[oó]|trag[uú][eé]|trag[oó]|he tomado|ha tomado|he tragado|ha tragado) (?:\w+ ){0,2}"
        r"(?:todas? (?:las |mis |sus )?(?:\w+ )?(?:"
        + _ES_PILLS
        + r")|(?:demasiad[oa]s|much[ií]simas|un mont[oó]n de"
        r"|\d{2,}) (?:\w+ ){0,2}(?:"
        + _ES_PILLS
        + r")|(?:un|el|todo el) (?:frasco|bote|bl[ií]ster)(?: entero)?"
        r"|(?:una|la|toda la) caja(?: entera)?)",
        r"(?:tom[oó]|tom[eé]|ha tomado|le di|le dieron) (?:\w+ ){0,3}(?:dos veces|el doble|doble dosis) (?:\w+ ){0,3}"
        r"(?:medicina|medicamento|pastilla|insulina|dosis|anticoagulante)",
        r"(?:beb[ií]|bebi[oó]|tom[eé]|tom[oó]|trag[uú][eé]|trag[oó]|he bebido|ha bebido|se bebi[oó]) (?:\w+ ){0,2}"
        r"(?:lej[ií]a|cloro|lavandina|amon[ií]aco|desatascador|limpiador|veneno|raticida|matarratas|insecticida|anticongelante)",
        _ES_KID
        + r" (?:\w+ ){0,3}(?:"
        + _ES_SWALLOWED
        + r") (?:\w+ ){0,4}(?:"
        + _ES_PRODUCT
        + r")\b",
    ],
    "medical": [
        r"no (?:est[aá] )?respira(?:ndo)?\b|no (?:puede|puedo|podia|pod[ií]a) respirar|(?:est[aá]|qued[oó]|sigue) inconsciente"
        r"|perdi[oó] el conocimiento|(?:labios|cara) (?:\w+ )?(?:morad[oa]s?|azul(?:es)?)|se (?:puso|est[aá] poniendo) (?:morad[oa]|azul)",
        r"(?:"
        + _ES_WHO
        + r"|se (?:cay[oó]|desmay[oó])) (?:\w+ ){0,5}no (?:reacciona|responde|despierta|se despierta|se mueve)"
        r"(?! (?:a (?!nada)|al|los|las|mis|el)\b)",
    ],
    "sexual_assault": [
        r"me (?:viol[oó]|violaron|viola|violaba|han violado|ha violado|drog(?:[oó]|aron)|manose(?:[oó]|a|aba|aron))\b"
        r"|fui violad[oa]|abus(?:[oó]|aron|a|aba) de m[ií]|me (?:oblig[oó]|obligaron) a (?:tener sexo|tener relaciones|acostarme)"
        r"|me toca(?:ba)? (?:mis partes|sin (?:mi )?permiso|por debajo|cuando)",
        # Held-out 29: a grown-up named, then touched a child or the writer ("el padre de mi amiga me toco").
        r"(?:padre|pap[aá]) de (?:mi|su|una|un) \w+|(?:mi|su|el|un) (?:t[ií]o|padrastro|profesor|maestro|entrenador|vecino"
        r"|primo|abuelo|monitor|catequista|cura|se[ñn]or|hombre|adulto)\b (?:\w+ ){0,3}(?:me|le|la|lo) (?:toc[oó]|tocaba|toca"
        r"|manose[oó]|manoseaba|sobaba|sob[oó])\b(?! (?:el|la) (?:hombro|brazo|espalda|mano|cabeza|puerta|timbre|turno))",
    ],
    "violence": [
        r"(?<!se )me (?:pega|peg[oó]|pegaba|golpea|golpe[oó]|golpeaba|pegan|golpean|maltrata|ahorc[oó]|ahorca|estrangul[oó]"
        r"|empuj[oó] contra|patea|pate[oó]|abofete[oó])\b(?! (?:mucho|bien|con (?:el|la|los)))"
        r"|(?:le |les )?(?:pega|golpea|peg[oó]|golpe[oó]) a (?:mi|mis) (?:mam[aá]|madre|hermanos?|hermanas?|hijos?|hijas?|abuel[oa])"
        r"|amenaz\w* (?:con matar(?:me|nos|la|lo|te)|de muerte)|(?:dijo|dice|ha dicho) que (?:me|nos) va a matar"
        # (or shouting it now: "esta gritando que me va a matar", probe 68)
        r"|(?:est[aá] |anda )?(?:gritando|grit[oó]|grita|gritaba) que (?:me|nos) va a matar"
        r"|me amenaza(?:ba)? con (?:un |una )?(?:cuchillo|pistola|arma)",
    ],
}

# French.
_FR_KID = (
    r"(?:mon|ma|notre|le|la) (?:fils|fille|b[ée]b[ée]|enfant|petit|petite|gamin|gamine|fr[eè]re|s[œo]eur|neveu|ni[eè]ce"
    r"|petit-fils|petite-fille)"
)
_FR_PRODUCT = (
    r"(?:produit|liquide|pastille|tablette|capsule|dosette)s? (?:(?:pour|de|du|[àa]) )?(?:la )?(?:lave-?vaisselle|vaisselle"
    r"|lessive|m[ée]nage|wc|toilettes)|lessive|(?:eau de )?javel|d[ée]boucheur|d[ée]tergent|gel hydroalcoolique"
    r"|solution hydroalcoolique|piles?(?: bouton)?|aimants?|mort aux rats|raticide|poison|insecticide|anti-?puces?"
    r"|pipette|huile (?:de|pour) lampe|p[ée]trole|essence|white spirit|ac[ée]tone|dissolvant|e-?liquide"
    r"|liquide (?:de|pour|de la) (?:cigarette|vapoteuse)|nicotine|antigel|parfum"
)
FR = {
    "suicide": [
        r"me suicider|me foutre en l'air|mettre fin (?:[àa] )?(?:mes|ses) jours|mettre fin [àa] (?:ma|sa) vie"
        r"|(?:je veux|j'ai envie de|envie de) dispara[iî]tre|ne plus me r[ée]veiller"
        # ... and no wish left to wake up (conversation probe 24: "j'ai plus envie de me
        # réveiller le matin")
        r"|(?:plus|aucune) envie de (?:me r[ée]veiller|vivre|continuer|rester en vie)"
        r"(?= *(?:le matin|du tout|demain|[.,;!?]|$))",
    ],
    "self_harm": [
        r"je me scarifi\w*|je me (?:suis )?mutil\w*|je me fais du mal|je me suis fait du mal|je me fais mal expr[eè]s"
        r"|je me (?:suis )?(?:coup[ée]e?|coupe|br[uû]l[ée]e?|br[uû]le) (?:\w+ ){0,3}(?:encore|[àa] nouveau|de nouveau"
        r"|expr[eè]s|les bras|les poignets|les cuisses|avec (?:une |la |un )?(?:lame|rasoir|cutter)"
        r"|arr[eê]ter)|(?:encore|[àa] nouveau|expr[eè]s) je me (?:suis )?(?:coup|br[uû]l)\w*"
        r"|je me suis (?:encore|[àa] nouveau|de nouveau|expr[eè]s) (?:coup|br[uû]l|scarifi|mutil)\w*",
    ],
    "overdose": [
        r"(?:aval[ée]e?|pris|prise) (?:\w+ ){0,2}(?:toute? (?:ma|sa|la|une|leur) (?:bo[iî]te|plaquette|bouteille)"
        r"|tous (?:mes|ses|les) (?:m[ée]dicaments|cachets|comprim[ée]s|somnif[eè]res)|trop d(?:e |')(?:m[ée]dicaments|cachets"
        r"|comprim[ée]s|somnif[eè]res|pilules|doliprane|parac[ée]tamol|anti-?douleurs?|antalgiques|analg[ée]siques|ibuprof[eè]ne"
        r"|m[ée]docs|aspirines?)|(?:\d{2,}|plein de|une poign[ée]e de) (?:\w+ )?"
        r"(?:cachets|comprim[ée]s|m[ée]dicaments|pilules|somnif[eè]res))",
        r"(?:a|ai|as|ont) (?:\w+ )?pris (?:\w+ ){0,3}(?:deux fois (?:\w+ ){0,2}(?:ses|mes|son|mon|sa|ma|leur|les) (?:\w+ )?"
        r"(?:m[ée]dicaments?|cachets|comprim[ée]s|traitement|pilules|dose|insuline)|(?:ses|mes|son|mon|sa|ma|leur|les) (?:\w+ )?"
        r"(?:m[ée]dicaments?|cachets|comprim[ée]s|traitement|pilules|dose|insuline) (?:\w+ ){0,4}deux fois(?! par))|(?:pris|donn[ée]) (?:\w+ ){0,2}(?:une )?double dose",
        r"(?:bu|aval[ée]e?) (?:\w+ ){0,2}(?:eau de javel|javel|d[ée]boucheur|lessive|poison|mort aux rats|antigel|white spirit)",
        _FR_KID
        + r" (?:\w+ ){0,3}(?:a |ont )?(?:aval[ée]|bu|mang[ée]|l[eé]ch[ée]|suc[ée]|croqu[ée]|inhal[ée]|mis dans sa bouche)"
        r" (?:\w+ ){0,4}(?:" + _FR_PRODUCT + r")\b",
    ],
    "medical": [
        r"ne respire (?:plus|pas)\b(?! (?:bien |tr[eè]s bien )?par le nez)|n'arrive (?:plus|pas) [àa] respirer|ne (?:peut|peux) (?:plus|pas) respirer"
        r"|(?:est|reste) inconsciente?|a perdu connaissance|respire (?:tr[eè]s|vraiment|super) mal"
        r"|l[eè]vres (?:\w+ )?(?:bleues|violettes)|(?:du mal|difficult[ée]s?) [àa] respirer (?:\w+ ){0,8}(?:gonfl\w*|bleu\w*"
        r"|l[eè]vres|gorge|allergi\w*|piq[uû]re|noix|arachides?|cacahu[eè]tes?)",
        r"(?:il|elle|mon \w+|ma \w+) ne (?:r[ée]agit|se r[ée]veille|bouge) plus",
        # a seizure going on for minutes (held-out 41: "mon copain fait une crise d'épilepsie
        # depuis plus de 5 minutes")
        r"(?:crise (?:d'|d |de )?d?[ée]pilep\w*|convulsions?|convulse) (?:\w+ ){0,2}depuis (?:plus de |au moins |presque )?"
        r"(?:\d+|cinq|dix|quatre|trois) (?:min\w*|mn)",
    ],
    "sexual_assault": [
        r"(?:m'a|m'ont|l'a|l'ont) viol[ée]e?s?|j'ai [ée]t[ée] viol[ée]e?|(?:on )?m'a drogu[ée]e?|m'ont drogu[ée]e?"
        r"|m'a forc[ée]e? [àa] (?:coucher|avoir des relations|faire des choses)|attouchements"
        r"|m'a touch[ée]e? (?:\w+ ){0,3}(?:sans|partout|parties|sexe|poitrine|seins|entre les)"
        r"|(?:le )?(?:p[eè]re de (?:mon|ma|son|sa) \w+|oncle|beau-p[eè]re|prof(?:esseur)?|entra[iî]neur|voisin|moniteur|cousin"
        r"|un (?:homme|adulte|monsieur))\b (?:\w+ ){0,3}(?:m'a|l'a|a) touch[ée]e?\b(?! (?:l'[ée]paule|le bras|la main|le c[œo]eur))"
        r"|agress[ée]e? sexuellement|abus[ée]e? sexuellement",
    ],
    "violence": [
        r"(?:il|elle|mon \w+|ma \w+|papa|maman) me (?:frappe|bat|battait|frappait|cogne|gifle)\b(?! (?:aux|au|[àa]) )"
        r"|m'a (?:battu|cogn[ée]|gifl[ée]|[ée]trangl[ée]|pouss[ée]e? contre)|(?:frappe|bat) (?:ma|notre) (?:m[èe]re|s[œo]eur|femme)"
        r"|menac[ée]e? de mort|menace de (?:me|nous) tuer|(?:a dit|dit) qu'(?:il|elle) (?:va|allait) me tuer",
    ],
}

# German.
_DE_KID = (
    r"(?:mein|meine|unser|unsere|der|die|das) (?:sohn|tochter|kind|baby|kleine|kleiner|kleines|junge|m[äa]dchen|enkel"
    r"|enkelin|bruder|schwester|neffe|nichte)"
)
_DE_PRODUCT = (
    r"bleiche|chlor\w*|reiniger|putzmittel|sp[üu]lmittel|waschmittel\w*|weichsp[üu]ler|sp[üu]lmaschinentab\w*"
    r"|geschirrsp[üu]ltab\w*|desinfektionsmittel|handdesinfektion\w*|knopfzelle\w*|batterie\w*|magnet\w*|rattengift|gift"
    r"|insektenspray|flohmittel|zeckenmittel|lampen[öo]l|petroleum|benzin|liquid|e-?liquid|nikotin\w*|frostschutz\w*"
    r"|nagellackentferner|aceton|parf[üu]m"
)
_DE_SWALLOWED = (
    r"getrunken|geschluckt|verschluckt|gegessen|abgeleckt|geleckt|eingeatmet|in den mund genommen"
)
DE = {
    "suicide": [
        r"mich (?:umbringen|t[öo]ten|erh[äa]ngen|vor den zug werfen)\b(?! (?:wird|will|wollte))|mir das leben nehmen"
        r"|ich will nicht mehr (?:leben|aufwachen|da sein|hier sein)|(?:will|werde|m[öo]chte) (?:\w+ )?(?:alles|mein leben) beenden",
    ],
    "self_harm": [
        r"ich ritze mich|ich verletze mich selbst|ich schneide mich (?:\w+ ){0,2}(?:wieder|absichtlich"
        r"|in die arme|an den armen|mit (?:einer|der) klinge)|ich habe mich (?:\w+ ){0,2}(?:geritzt|absichtlich (?:geschnitten|verletzt|verbrannt))"
        r"|mich (?:wieder |selbst )?ritzen|(?:wieder|schon wieder) (?:\w+ ){0,2}geritzt|selbstverletz\w*",
    ],
    "overdose": [
        r"(?:die ganze|eine ganze|ganze) (?:packung|schachtel|dose|flasche) (?:\w+ ){0,3}(?:genommen|geschluckt|eingenommen)"
        r"|(?:zu viele|viel zu viele|eine handvoll|einen haufen|alle (?:meine |seine |ihre )?(?:schlaf)?tabletten auf einmal)"
        r" (?:\w+ ){0,4}(?:genommen|geschluckt|eingenommen|eingeworfen)"
        r"|(?:viel )?zu viel (?:\w+ )?(?:schmerz\w*|ibuprofen|ibus|paracetamol|aspirin|novalgin|tabletten|medikament\w*)"
        r" (?:\w+ ){0,3}(?:genommen|geschluckt|eingenommen|eingeworfen)",
        _DE_KID + r" (?:\w+ ){0,6}(?:" + _DE_PRODUCT + r") (?:\w+ ){0,3}(?:" + _DE_SWALLOWED + r")",
        _DE_KID
        + r" (?:hat|ist) (?:\w+ ){0,2}(?:"
        + _DE_SWALLOWED
        + r")\b.{0,30}(?:"
        + _DE_PRODUCT
        + r")",
    ],
    "medical": [
        r"atmet nicht(?: mehr)?\b|atmet kaum|(?:bekommt|kriegt|kriege|bekomme) keine luft\b(?! (?:\w+ ){0,2}(?:durch die|durch meine) nase)|kann nicht (?:mehr )?atmen"
        r"|(?:ist|liegt) (?:\w+ )?bewusstlos|(?:reagiert|atmet) nicht mehr|wacht nicht mehr auf|l[äa]sst sich nicht (?:mehr )?wecken"
        r"|(?:ist|wird) (?:ganz )?blau (?:um den mund|im gesicht)|blau um den mund|blaue lippen|l[äa]uft blau an",
    ],
    "sexual_assault": [
        r"vergewaltig\w*|hat mich (?:\w+ ){0,2}(?:begrapscht|betatscht|missbraucht|unter drogen gesetzt|zum sex gezwungen)"
        r"|(?:vater|papa|onkel|stiefvater|lehrer|trainer|nachbar|cousin|opa|ein (?:mann|erwachsener)|der freund meiner mutter)"
        r"\b (?:\w+ ){0,4}(?:mich|meine tochter|meinen sohn|sie|ihn) (?:\w+ ){0,3}(?:angefasst|befummelt|begrapscht|unsittlich ber[üu]hrt)"
        r"|wurde (?:\w+ ){0,2}(?:missbraucht|vergewaltigt|betatscht)|k\.?o\.?-?tropfen|missbraucht (?:mich|meine)",
    ],
    "violence": [
        r"schl[äa]gt (?:mich|uns|meine|meinen)\b(?! (?:\w+ ){0,2}(?:beim|im|in|bei) )|(?:mich|uns) (?:\w+ )?(?:geschlagen|verpr[üu]gelt)"
        r"|hat (?:mich|uns|meine \w+) (?:(?!im\b|beim\b|bei\b)\w+ ){0,3}(?:geschlagen|verpr[üu]gelt|getreten|gew[üu]rgt|geschubst"
        r"|geohrfeigt)|droht (?:\w+ ){0,3}(?:umzubringen|zu t[öo]ten)|dass (?:er|sie) (?:mich|uns) umbringt"
        r"|(?:er|sie) bringt (?:mich|uns) um|(?:mich|uns) umbringen (?:will|wird)|droht (?:mir|uns) (?:wieder|schon wieder|mit)",
    ],
}

# Portuguese.
_PT_KID = r"(?:meu|minha|o|a|nosso|nossa) (?:filh[oa]|beb[eê]|nen[eê]m|crian[çc]a|menin[oa]|sobrinh[oa]|net[oa]|irm[aã]ozinh[oa]|nen[eêé]m)"
_PT_PRODUCT = (
    r"[aá]gua sanit[aá]ria|cloro|detergente|sab[aã]o(?: em p[oó]| l[ií]quido)?|amaciante|[aá]lcool em gel|[aá]lcool gel"
    r"|desinfetante|pilhas?|baterias?|im[aã]s?|veneno|chumbinho|raticida|inseticida|antipulgas|pipeta|querosene|gasolina"
    r"|[oó]leo de lamparina|l[ií]quido do (?:vape|pod|cigarro eletr[oô]nico)|nicotina|pastilhas? (?:da|de|para) lava-?lou[çc]as"
    r"|c[aá]psulas? de (?:sab[aã]o|lava-?roupas)|acetona|perfume|soda c[aá]ustica"
)
PT = {
    "suicide": [
        r"vou me matar|(?:quero|vou) me suicidar|(?:quero|vou) acabar com (?:tudo|a minha vida|minha vida)(?! (?:isso|de)\b)"
        r"|tirar a (?:minha )?(?:pr[oó]pria )?vida|n[aã]o quero mais (?:acordar|existir)|quero sumir (?:pra sempre|de vez)",
    ],
    "self_harm": [
        r"me (?:cort(?:o|ei|ando|ar)|machuc(?:o|ei|ando)|queim(?:o|ei|ando)) (?:\w+ ){0,3}(?:de novo|outra vez|nos bra[çc]os"
        r"|nos pulsos|no pulso|nas coxas|de prop[oó]sito|com (?:gilete|l[aâ]mina|estilete)|n[aã]o consigo parar)"
        r"|me autolesion\w*|me automutil\w*",
    ],
    "overdose": [
        r"(?:tomei|tomou|engoli|engoliu) (?:\w+ ){0,2}(?:tod[oa]s (?:os |as |meus |minhas |seus |suas )?(?:rem[eé]dios|comprimidos"
        r"|p[ií]lulas|calmantes)|(?:muitos|muitas|v[aá]rios|um monte de|\d{2,}) (?:\w+ ){0,2}(?:rem[eé]dios|comprimidos|p[ií]lulas"
        r"|calmantes|analg[eé]sicos|dipironas?|paracetamol|ibuprofenos?)|(?:rem[eé]dios?|comprimidos|p[ií]lulas|calmantes"
        r"|analg[eé]sicos|dipironas?|paracetamol|ibuprofenos?|rem[eé]dios? (?:pra|para) (?:a )?dor) (?:\w+ ){0,2}demais|uma cartela|a caixa inteira|uma caixa inteira)|(?:tomou|tomei) (?:\w+ ){0,3}(?:duas vezes|dose dupla)"
        r" (?:\w+ ){0,2}(?:rem[eé]dio|medica\w*|insulina|comprimido)",
        r"(?:bebeu|bebi|tomou|tomei|engoliu|engoli) (?:\w+ ){0,2}(?:[aá]gua sanit[aá]ria|cloro|qboa|veneno|chumbinho"
        r"|soda c[aá]ustica|desinfetante|raticida)",
        _PT_KID
        + r" (?:\w+ ){0,3}(?:engoliu|bebeu|tomou|comeu|lambeu|chupou|inalou|colocou na boca) (?:\w+ ){0,4}"
        r"(?:" + _PT_PRODUCT + r")\b",
    ],
    "medical": [
        r"n[aã]o (?:est[aá] )?respira(?:ndo)?\b|n[aã]o (?:consegue|consigo|t[aô] conseguindo) respirar|(?:est[aá]|ficou) inconsciente"
        r"|desmaiou e n[aã]o|(?:e|mas|j[aá]) n[aã]o (?:responde|reage|acorda)\b(?! (?:[aà]s?|aos?|mensage\w*|cedo)\b)"
        r"|n[aã]o (?:reage|acorda) mais|(?:est[aá]|ficou|ficando) roxo"
        r"|l[aá]bios roxos",
    ],
    "sexual_assault": [
        r"estupr\w*|abus(?:ou|aram) de mim|me (?:drogaram|drogou|dopou|dopaseram)|me for[çc]ou a (?:transar|ter rela[çc][õo]es)"
        r"|passou a m[aã]o (?:em mim|no meu corpo|nas minhas)"
        r"|(?:pai d[aeo] (?:minha |meu )?\w+|(?:meu|o|um|seu) (?:tio|padrasto|professor|treinador|vizinho|primo|av[oô]|homem"
        r"|adulto|senhor))\b (?:\w+ ){0,3}(?:me |a |o )?(?:tocou|tocava|apalpou|apalpava|mexeu comigo|abusou)\b"
        r"(?! (?:no ombro|o ombro|no bra[çc]o|a campainha|na porta))",
    ],
    "violence": [
        r"me (?:bate|batia|espanca|espancou|agride|agrediu|enforcou|empurrou|chutou)\b|me bateu\b(?! (?:uma?|aquela|aquele)\b)"
        r"|(?:bate|bateu|espanca|espancou|agride|agrediu) (?:na |em |a )?(?:minha (?:m[aã]e|irm[aã]|esposa|mulher|filha|av[oó])"
        r"|meu (?:irm[aã]o|filho)|mim|n[oó]s)\b|amea[çc]\w* (?:me )?(?:de morte|matar)"
        r"|(?:disse|diz|falou) que vai me matar",
    ],
}

# Italian.
_IT_KID = r"(?:mio|mia|il|la|nostro|nostra) (?:figli[oa]|bimb[oa]|bambin[oa]|piccol[oa]|neonat[oa]|nipote|fratellino|sorellina)"
_IT_PRODUCT = (
    r"candeggina|varechina|detersivo|ammorbidente|pastiglia (?:per|della) lavastoviglie|capsula (?:di|del) detersivo"
    r"|gel igienizzante|amuchina|disinfettante|igienizzante|pil[ae]|batteri[ae]|calamit[ae]|magnet[ei]|veleno|topicida"
    r"|insetticida|antipulci|antiparassitario|olio (?:per|della) lampad[ae]|petrolio|benzina|liquido (?:della|per la) sigaretta"
    r"|nicotina|antigelo|acetone|solvente|profumo"
)
_IT_WHO = (
    r"(?:mio|mia|il mio|la mia) (?:padre|madre|pap[aà]|mamma|nonn[oa]|marito|moglie|figli[oa]|bimb[oa]|bambin[oa]|fratello"
    r"|sorella|ragazz[oa]|compagn[oa]|amic[oa]|zi[oa])|(?:[eè]|sono) cadut[oa] e"
)
IT = {
    "suicide": [
        r"(?:mi voglio|voglio|vado a) (?:ammazzar(?:mi|e)|suicidar(?:mi|e))|mi ammazzo\b(?! di)|togliermi la vita"
        r"|non voglio pi[uù] (?:svegliarmi|esistere)|pensieri suicid\w*",
    ],
    "self_harm": [
        r"mi (?:sono )?(?:tagliat[oa]|taglio|ferit[oa]|ferisco|brucio|bruciat[oa]) (?:\w+ ){0,2}(?:di nuovo|ancora|apposta"
        r"|le braccia|i polsi|il polso|le gambe|le cosce|con (?:una |la )?(?:lametta|lama|taglierino|rasoio))"
        r"|(?:di nuovo|ancora|apposta) mi sono (?:tagliat|ferit|bruciat)\w*|autolesionism\w*|mi faccio del male"
        r"|mi sono fatt[oa] del male apposta|mi autolesiono",
    ],
    "overdose": [
        r"(?:preso|ingoiato|mandato gi[uù]|prese) (?:\w+ ){0,2}(?:tutt[ei] (?:le |i |mie |miei |sue |suoi )?(?:\w+ )?"
        r"(?:pastiglie|pillole|compresse|medicine|farmaci|sonniferi)|tropp[eio] (?:\w+ )?(?:pastiglie|pillole|compresse|medicine"
        r"|farmaci|sonniferi|gocce|antidolorifici|analgesici|antinfiammatori|aspirine|tachipirine|oki|moment)|(?:una scatola|un flacone|una confezione|un blister) (?:intera|intero)|\d{2,} (?:\w+ )?"
        r"(?:pastiglie|pillole|compresse))",
        r"(?:preso|prese|dato) (?:\w+ ){0,2}(?:il doppio|due volte|doppia dose) (?:\w+ ){0,2}(?:medicin\w*|farmac\w*"
        r"|pastigli\w*|pillol\w*|compress\w*|anticoagulante|insulina|dose)"
        r"|(?:sonniferi|tranquillanti|calmanti|xanax|valium)\b.{0,30}\b(?:bevuto|alcol)|\b(?:bevuto|alcol)\b.{0,30}"
        r"(?:sonniferi|tranquillanti|calmanti|xanax|valium)",
        r"(?:bevuto|ingoiato) (?:\w+ ){0,2}(?:candeggina|varechina|veleno|topicida|antigelo|ammoniaca)",
        _IT_KID
        + r" (?:\w+ ){0,3}(?:ha |hanno )?(?:ingoiato|bevuto|mangiato|leccato|inghiottito|succhiato|inalato"
        r"|messo in bocca) (?:\w+ ){0,4}(?:l'|un'|dell')?(?:" + _IT_PRODUCT + r")\b",
    ],
    "medical": [
        r"non respira(?:va)?\b|non (?:riesce|riesco) (?:pi[uù] )?a respirare|(?:[eè]|sembra) (?:svenut[oa]|incosciente"
        r"|priv[oa] di sensi)|(?:ha )?perso (?:i sensi|conoscenza)|non (?:riprende|riprendeva) (?:conoscenza|i sensi)"
        r"|crisi epilettica che non (?:finisce|passa|smette)|convulsioni da \d+ minuti|macchie (?:viola|violacee|rosse)"
        r" che non (?:spariscono|scompaiono|vanno via)",
        r"(?:"
        + _IT_WHO
        + r") (?:\w+ ){0,4}non (?:si sveglia|si muove|risponde|reagisce)\b(?! (?:ai|al|alle|a|alla)\b)",
    ],
    "sexual_assault": [
        r"(?:mi )?(?:ha|hanno) violentat[oa]|sono stat[oa] violentat[oa]|stupr\w*|(?:ha|hanno) abusato di me"
        r"|sono stat[oa] abusat[oa]|abusi sessuali|mi (?:ha|hanno) (?:toccat[oa]|palpat[oa]) (?:\w+ ){0,3}(?:senza|dove|parti"
        r"|sotto)|mi toccava(?:no)? (?:\w+ ){0,2}(?:quando ero (?:piccol|bambin)\w*|di notte|sotto|le parti|nelle parti)"
        r"|mi (?:hanno|ha) drogat[oa]|mi ha fatto delle cose|molestat[oa]|molestie"
        r"|(?:(?:il )?padre d\w+ \w+|(?:mio|lo|lo mio|suo|un) (?:zio|patrigno|professore|allenatore|vicino|cugino|nonno|uomo"
        r"|adulto|signore))\b (?:\w+ ){0,3}(?:mi (?:ha )?(?:toccat[oa]|toccava|palpat[oa]|palpava)\b(?! (?:la spalla|il braccio))"
        r"|(?:ha toccato|toccava|palpava) (?:mia|mio|la mia|il mio) (?:figli[oa]|bimb[oa]|bambin[oa]|nipote|sorell\w*|fratell\w*))",
    ],
    "violence": [
        r"mi (?:picchia|picchiava|ha picchiat[oa]|prende a (?:schiaffi|pugni|calci)|ha preso a (?:schiaffi|pugni|calci)"
        r"|ha strangolat[oa]|ha spint[oa] contro)|mi ha minacciat[oa]\b(?! di (?:licenziar|lasciar|denunciar|bocciar))"
        r"|mi minaccia (?:di morte|con)|picchia (?:mia|la mia) (?:madre|mamma|sorella|moglie)|mi ha messo le mani addosso"
        r"|(?:ex|lui|lei|compagno|marito) (?:\w+ ){0,2}mi perseguita",
    ],
}

LANGUAGES = {"es": ES, "fr": FR, "de": DE, "pt": PT, "it": IT}
