"""Hindi and Urdu written in Latin letters, as people type them in chat ("mujhe roz maarta hai",
"khudkushi", "chaku dikhaya"), read by `concepts` like the other kind modules (a rule is a few word
groups, all found in any order): being beaten, threatened with a knife, wanting to die, hurting
oneself, touched the wrong way ("galat tarike se chhuta"), fainted or not breathing ("behosh ho gayi",
"saans nahi le raha"). Devanagari and Arabic script are in the
category modules. Each group names a Hindi or Urdu word that English and the other languages read
here do not use ("maar" alone is Dutch "but": it counts only after "mujhe", "hume", "meri maa").
"""

from __future__ import annotations

# Me, us or someone close, then a verb of beating: "mujhe roz maarta hai", "meri maa ko peet-ta hai".
BEATEN = (
    r"(?:mujhe|mujhko|mujhey|mereko|hume|humein|hamein|hamen|meri (?:maa|mummy|mom|ammi|behen|bahen|biwi|wife|beti)"
    r"|mere (?:bachch?on|bach?che|bete|beta|bhai)(?: ko)?) (?:\w+ ){0,3}(?:maar(?:ta|ti|te|a|i|e|ega|egi|enge|ne)?"
    r"|maara|peet-?(?:ta|ti|te|a|e)|pit(?:ai|wa\w*)|thappad|laat(?:on)?|ghoons?e|jala(?:ta|ti|ya|yi))"
)
WEAPON = r"chaku|chaaku|chaqu|chakoo|chhuri|chhura|talwar|bandook|banduk|bandooq|tamancha"
THREAT = (
    r"dikha\w*|lekar|le ?kar|le ke|dara(?:ta|ti|ya|yi|ne)|dhamki\w*|dhamkaya|maar (?:dunga|dega|degi|dalunga|dalega"
    r"|daalega|dalegi)|jaan se|(?:gale|gardan|pet) (?:pe|par)|(?:pe|par) rakh\w*"
)
DIE = (
    r"khud ?k?h?ushi|aatm ?hatya|atmahatya|apni jaan (?:le|de|lena|dena|lunga|lungi|dunga|dungi)\w*"
    r"|jaan de (?:dunga|dungi|du|doon|dena)|mar (?:jaa?(?:na|u|un|unga|ungi|oon|ana)|jau)|marna (?:chahta|chahti|hai|he)"
    r"|zinda (?:nahi|nahin) rehna|jeene ka (?:mann?|dil) (?:nahi|nahin)|jeena (?:nahi|nahin) chah\w*"
    r"|zindagi (?:khatam|se tang)|(?:fansi|faansi|fasi|phansi|phaansi|phasi) (?:laga\w*|le ?lu\w*)"
    r"|(?:zeher|zehar|zahar|zaher|zehr) (?:kha|pee|pi)\w*|nas (?:kaat|kat)\w*"
)
HURT_SELF = (
    r"(?:khud|apne (?:aap|ap)) ko (?:\w+ ){0,2}(?:kaat\w*|kat(?:ta|ti|na)|chot\w*|nuksan\w*|nuqsan\w*|hurt\w*"
    r"|maar(?:ta|ti|na)\w*|jala(?:ta|ti|na|ya|yi)\w*|blade|dard (?:de|dena|deti|deta|diya|dene))|(?:haath|hath|kalai|baazu|bazu) (?:pe|par|ko) (?:\w+ )?"
    r"(?:blade|kaat\w*|cut)"
)

# Touched the wrong way, by someone, at me: "mujhe galat tarike se chhuta hai" (held-out 11).
TOUCHED = (
    r"chh?oo?(?:ta|ti|te|a|e|ya|yi|na|ne|kar)|chh?u(?:ta|ti|te|a|ya|yi|na|ne|kar)|touch (?:kar|karta|karti|karte|kiya)\w*"
    r"|haath (?:laga|dal|daal)\w*|sehla\w*"
)
WRONG_WAY = (
    r"galat (?:tarike|tareeke|tarah|tareeqe|jagah|jagah pe|dhang)|gand[ea] (?:tarike|tareeke|tarah|jagah)"
    r"|buri tarah|private (?:part|jagah)|(?:jab|jab bhi) (?:\w+ ){0,3}koi (?:nahi|nahin)|kapde (?:utar|utaar)\w*"
)
ME = (
    r"mujhe|mujhko|mujhey|mereko|meri (?:beti|behen|bahen)|mere (?:bete|beta|bhai) ko|humein|hamein"
)
# Fainted, unconscious or not breathing now: "behosh ho gayi hai", "saans nahi le raha" (held-out 12).
COLLAPSED = (
    r"be-?hosh (?:ho )?(?:gaya|gayi|gai|gaye|gye|padi|pada|pade|hai|he|hain)|hosh (?:nahi|nahin|nai) (?:aa )?(?:raha|rahi|rahe)"
    r"|saa?ns (?:nahi|nahin|nai|na) (?:le )?(?:raha|rahi|rahe|le pa\w*|aa rahi|aa raha|chal rahi)"
    r"|saa?ns (?:ruk|band) (?:gayi|gai|gaya|ho gayi|ho gai|rahi)|dil ka daura|(?:gir|gir ke) (?:gaya|gayi|gai|pade|padi)"
    r" (?:\w+ ){0,3}(?:uth|hil) (?:nahi|nahin|nai) (?:raha|rahi|rahe)"
)
# Many pills swallowed: "maine bahut saari neend ki goliyan kha li hain" (held-out 17).
MANY_PILLS = (
    r"(?:bahut|saari|sari|sab|poori|puri|zyada|jyada|zyaada|dher|\d{2,}|das|bees|pachas) (?:\w+ ){0,3}"
    r"(?:gol(?:i|iyan|iyaan|iya|ee|iyon)|dawa(?:i|iyan|ee)|tablet\w*)"
    # ... or a whole strip or bottle of it: "dawai ki poori strip kha li" (held-out 22).
    r"|(?:gol\w*|dawa\w*|tablet\w*) (?:ki|ka|ke) (?:poori|puri|poora|pura|saari|sari|saara|sara) (?:strip|patta|patti"
    r"|sheeshi|shishi|bottle|dabba|dibba|packet|pack)"
)
# Something put in one's drink and nothing remembered after: "party mein kuch pila diya aur uske
# baad kuch yaad nahi" (held-out 19).
SPIKED = (
    r"(?:kuch|koi cheez|kuchh|dawa\w*|goli) (?:\w+ )?(?:pila|mila|daal|dal|mix kar) (?:diya|di|diye|dia)"
    r"|drink (?:mein|me|main) (?:kuch|kuchh) (?:mila|daal|dal|mix)\w*"
)
NOTHING_REMEMBERED = (
    r"(?:kuch|kuchh|kuch bhi) (?:bhi )?yaa?d (?:nahi|nahin|nai|na)|yaa?d (?:nahi|nahin|nai) (?:kya|ki|ke)"
    r"|hosh (?:nahi|nahin|nai|na) (?:tha|thi|raha|rahi)|(?:subah|baad mein) (?:\w+ ){0,3}(?:kapde|kapdon)"
)
SWALLOWED = (
    r"kha (?:li|liya|lee|liye|lin|gaya|gayi|gaye|gai|chuk\w*)|nigal\w*|kha ?li"
    # ... taken, drunk, licked: "10 goliyan le li", "sanitizer pee liya", "chaat liya".
    r"|le (?:li|liya|lee|liye|lin)\b|(?:pee|pi|pii) (?:li|liya|lee|gaya|gayi|gai|gaye)\b|chaat (?:li|liya|gaya|gayi)\b"
)
# A child, and a household product or someone else's medicine: "bacche ne galti se hand sanitizer
# pee liya", "beti ne dadi ki BP ki goliyan kha li" (held-out 26 and 27).
CHILD = (
    r"bacch?[ae]|bachch?[ae]|bachi|bachchi|bacchi|baby|beta|beti|bete|munna|munni|chhotu|bhatija|bhatiji|bhanja|bhanji"
    r"|pota|poti|nati|natin"
)
PRODUCT = (
    r"sanitizer|sanitiser|phenyl|phenol|harpic|bleach|detergent|tezaa?b|acid|dettol|colin|lizol|lysol|chuh[ae] (?:maar|mar)"
    r"|chuh[ae] (?:ki|ka) dawa\w*|zeh?e?r|zahar|keet ?nashak|kerosene|mitti (?:ka|ke) tel|petrol|battery|button cell|magnet"
    r"|mortein|(?:dadi|dada|nani|nana|mummy|papa|maa|ammi|abbu|kisi|unki|inki)(?: ji)? (?:ki|ka|ke) (?:\w+ ){0,2}"
    r"(?:gol(?:i|iyan|iyaan|iya|ee)|dawa(?:i|iyan|ee)?|tablet\w*)"
)
# Medicine taken twice: "dawai do baar le li", "insulin double de di".
TWICE = (
    r"(?:dawai|dawa|dawaai|insulin|goli|goliyan|tablet\w*|dose) (?:\w+ ){0,2}(?:do baar|2 baar|do bar|2 bar|double|dobara)"
    r" (?:\w+ )?(?:le|kha|khaa|de|lag?a) (?:li|liya|lee|liye|di|diya|gayi|gaya|gai|lagayi|lagaya)\b"
    r"|(?:do baar|2 baar|do bar|2 bar|double|dobara) (?:\w+ ){0,3}(?:dawai|dawa|dawaai|insulin|goli|goliyan|tablet\w*|dose)"
    r" (?:le|kha|khaa|de|lag?a) (?:li|liya|lee|liye|di|diya|gayi|gaya|gai|lagayi|lagaya)\b"
)
# What someone did "with me" that was wrong, told as abuse: "mere saath galat kaam kiya".
WRONG_DONE = (
    r"(?:mere|meri \w+ ke|mere \w+ ke|hamare|uske) (?:saath|sath) (?:\w+ ){0,3}galat (?:kaam|harkat\w*|cheez\w*)"
    r"|galat harkat\w*|(?:balatkar|baltkar|rape) (?:kiya|kia|hua|ki|karne)"
)
# Chest pain with a danger sign: "papa ko achanak chest me bahut dard ... aur pasina".
CHEST = (
    r"(?:seene|sine|seena|chest|chhati|chaati|chhaati|dil) (?:me|mein|main|mai) (?:\w+ ){0,2}dard"
)
CHEST_SIGN = r"pas(?:ee|i)n[ae]|saa?ns|(?:baayen|baye|left) (?:haath|hath|baazu)|chakkar|achanak|behosh|ulti|jabde|jaw|daba"
# Threatened with death: "jaan se maarne ki dhamki di".
KILL = r"jaan se maar\w*|maar (?:daal|dal)\w*|khatam kar \w+"
THREATENED = r"dhamki\w*|dhamka\w*"
# Cut or burned on purpose: "apni kalai kaat li", "haath pe blade maara".
CUT = (
    r"(?:apni|apna|apne) (?:kalai|nas|nassen|baazu|bazu|haath|hath|jaangh)\w* (?:\w+ )?(?:kaa?t|jala)"
    r" (?:li|liya|leti|leta|lungi|lunga|deti|diya|rahi|raha)\b|blade (?:maar|mara|chala|laga)\w*"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("hindi_beaten", "violence", (BEATEN,)),
    ("hindi_weapon", "violence", (WEAPON, THREAT)),
    ("hindi_die", "suicide", (DIE,)),
    ("hindi_hurt_self", "self_harm", (HURT_SELF,)),
    ("hindi_touched", "sexual_assault", (WRONG_WAY, TOUCHED, ME)),
    ("hindi_collapsed", "medical", (COLLAPSED,)),
    ("hindi_many_pills", "overdose", (MANY_PILLS, SWALLOWED)),
    ("hindi_spiked", "sexual_assault", (SPIKED, NOTHING_REMEMBERED)),
    ("hindi_child_product", "overdose", (CHILD, PRODUCT, SWALLOWED)),
    ("hindi_twice", "overdose", (TWICE,)),
    ("hindi_wrong_done", "sexual_assault", (WRONG_DONE,)),
    ("hindi_chest", "medical", (CHEST, CHEST_SIGN)),
    ("hindi_threat_kill", "violence", (KILL, THREATENED)),
    ("hindi_cut", "self_harm", (CUT,)),
]
UNLESS = {
    "hindi_die": r"has ?has|hans ?hans|hass?te hass?te|hass?i se|hans(?:i|te|ke)|garmi|bhook\w*|gaana|song|film|movie",
    "hindi_beaten": r"ka da?rr? (?:hai|lagta)|gaana|song|film|movie|lyrics"
    # ... a boss or a teacher who "will kill me" over a trifle named (held-out 47: "yaar boss aaj
    # mujhe maar dalega, report late hai"); "boss mujhe maar dalega" alone stays read
    r"|report|homework|marks|exam|result|assignment|deadline",
    "hindi_collapsed": r"gaana|song|film|movie|serial|drama|kahani|story|lyrics|pichle (?:saal|mahine|hafte)"
    r"|saal pehle|(?:gaya|gayi|gai|gaye) th[aie]\b",
}
