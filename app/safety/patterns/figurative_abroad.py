"""Figurative killing in other languages, blanked like `figurative.FIGURATIVE` (which joins these
alternatives): a boss, a parent or a partner who "will kill me" over a trifle (said with a
condition on something one did, or laughed off), and a pain, the heat or a commute that "is
killing me" (held-out 29: "meu chefe vai me matar se eu chegar atrasado de novo kkk", "zabija
mnie ten ból pleców po siłowni", "المشوار للشغل قاتلني"). Never when fear, a blow, a weapon, "for
real" or a secret to keep follows ("... vai me matar se eu contar pra alguém" is a threat): those
are read as told. Spanish's "mi jefe me va a matar" is in `figurative` since held-out 27.
"""

from __future__ import annotations

# Portuguese: "meu chefe vai me matar se eu chegar atrasado", "essa dor está me matando".
_PT_WHO = (
    r"(?:meu|minha|o|a) (?:chefe|m[aã]e|pai|professor\w*|namorad[oa]|esposa|marido|mulher|treinador\w*|patr[aã]o"
    r"|irm[aã]o?|v[oó]|sogra|coach|personal)"
)
_PT_DANGER = (
    r"(?![^.?!]{0,60}\b(?:contar|falar|denunciar|for embora|sair de casa|deixar|largar|de verdade|s[ée]rio|medo"
    r"|bate|bateu|faca|arma|amea[çc]\w*)\b)"
)
PT = (
    rf"\b{_PT_WHO} (?:\w+ )?vai me matar\b(?=[^.?!]{{0,50}}(?:\bse (?:eu )?\w+|\bquando (?:eu )?\w+|\bkkk+|\bhaha\w*|\brs\b|😂|🤣|😅))"
    rf"{_PT_DANGER}"
    # (or an exam or a week: "essa prova vai me matar kkkk", probe 61)
    r"|\b(?:esse|este|essa|esta) (?:prova|exame|semana|trabalho|projeto|aula|reuni[aã]o|mat[eé]ria|tcc|faculdade"
    r"|dieta|treino|chefe) (?:\w+ )?vai me matar\b"
    rf"{_PT_DANGER}"
    r"|\b(?:esse|este|essa|esta|o|a|minha|meu) (?:calor|dor(?: \w+){0,3}|trabalho|tr[aâ]nsito|treino|ressaca|cansa[çc]o"
    r"|gripe|enxaqueca|caminho|trajeto) (?:\w+ )?(?:t[aá]|est[aá]) me matando\b"
)
# Polish: "zabija mnie ten ból", "ten upał mnie zabija", "szef mnie zabije jak się spóźnię".
_PL_THING = r"b[óo]l\w*|upa[łl]|gor[ąa]co|praca|nuda|kac|katar|stres|dojazd\w*|trening\w*|migrena|zakwasy|korki|ha[łl]as"
PL = (
    rf"\bzabija mnie (?:ten |ta |to )?(?:{_PL_THING})\b|\b(?:ten|ta|to) (?:{_PL_THING}) (?:\w+ )?mnie zabija\b"
    r"|\b(?:szef|szefowa|mama|tata|trener|trenerka|[żz]ona|m[ąa][żz]|nauczyciel\w*)\w* mnie zabije"
    r"(?=[^.?!]{0,40}(?:\bjak\b|\bje[śs]li\b|\bgdy\b|\bhaha\w*|😂|🤣|😅))"
    r"(?![^.?!]{0,60}\b(?:naprawd[ęe]|serio|boj[ęe] si[ęe]|bije|n[óo][żz]|powiem)\b)"
)
# Arabic: "المشوار للشغل قاتلني", "امي رح تقتلني اذا تأخرت".
_AR_THING = r"(?:ال|هال)?(?:مشوار|شغل|دوام|حر|شوب|صداع|وجع|تعب|زحمة|امتحان|رجيم|جيم|تمرين|طريق)\w*"
AR = (
    rf"{_AR_THING} (?:\S+ ){{0,3}}(?:قاتلني|قاتلتني|عم يقتلني|عم تقتلني|موتني|ذابحني)"
    r"|(?:امي|أمي|ابوي|أبوي|[أا]بي|مديري|المدير|استاذي|أستاذي|مرتي|زوجي|جوزي) (?:رح|راح|حي|ح|رايح) (?:تقتلني|يقتلني"
    r"|تذبحني|يذبحني)(?= (?:اذا|إذا|لو|هه|ههه))(?![^.?!]{0,60}(?:سكين|بيضربني|بتضربني|خايف|خايفة|بجد|جد))"
)
# Turkish: "annem beni öldürecek geç kalırsam", "bu sıcak beni öldürüyor".
TR = (
    r"\b(?:annem|babam|patronum|hocam|[öo][ğg]retmenim|ablam|abim|kar[ıi]m|kocam|sevgilim|m[üu]d[üu]r[üu]m) beni "
    r"[öo]ld[üu]recek\w*(?=[^.?!]{0,40}(?:\w+(?:rsam|rsem|mazsam|mezsem)\b|\be[ğg]er\b|\bhaha\w*|\bsjsj\w*|\bjsjs\w*|😂|🤣|😅))"
    r"(?![^.?!]{0,60}\b(?:ger[çc]ekten|ciddi|korkuyorum|d[öo]v\w*|b[ıi][çc]ak|s[öo]ylersem)\b)"
    r"|\b(?:bu|[şs]u) (?:s[ıi]cak|a[ğg]r[ıi]|i[şs]|yol|trafik|yorgunluk|migren|antrenman) beni [öo]ld[üu]r[üu]yor\b"
)
# Tagalog: "papatayin ako ni mama pag late ako haha".
TL = (
    r"\bpapatayin (?:ako|talaga ako) ni (?:mama|papa|nanay|tatay|boss|amo|teacher|ate|kuya|lola|lolo|misis|mister)\b"
    r"(?=[^.?!]{0,40}(?:\bpag\b|\bkapag\b|\bkung\b|\bhaha\w*|😂|🤣|😅))"
    r"(?![^.?!]{0,60}\b(?:totoo|seryoso|takot|sinasaktan|kutsilyo|baril|sabihin)\b)"
)
# Chinese: "老板会杀了我的哈哈" (laughed off), "热死我了".
ZH = r"(?:老板|我妈|我爸|妈妈|爸爸|老师|老婆|老公)(?:会|要)?(?:杀了我|弄死我)(?:的)?(?=.{0,10}(?:哈哈|😂|🤣|如果|要是))"

FIGURATIVE_ABROAD = "|".join((PT, PL, AR, TR, TL, ZH))
