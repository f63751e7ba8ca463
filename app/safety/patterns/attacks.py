"""Sexual assault and violence told sideways, read by `concepts` (a rule is a few word groups, all
found in any order): an intimate exam never agreed to, a massage that "went too far", "someone
forced it" told with what it did, "being forced", never reporting "that night", grabbed by a boss
who threatens one's job; a partner who "got rough" again, jumped and threatened with next time, a
weapon shown with a threat, a threat to burn the house down with one inside, people one owes
saying they know where one's family lives, a family fled from a man smashing everything.

Left out: what `assaults`, `threats` and `sideways` read (a "no" not heeded, violence told by what
was done or said). Written after held-out 17 to 26 (sets written blind), with near misses of each
in `tests/test_crisis_means.py`; `UNLESS` keeps the ordinary readings (a queue jumped, forced
labour, a toy gun, a surprise party).
"""

from __future__ import annotations

INTIMATE = (
    r"internal exam|pelvic exam|breast exam|intimate exam|vaginal|intimate|private parts|down there|inside me"
    r"|under my (?:clothes|shirt|underwear|bra|skirt)|grop\w*|fondl\w*"
)
NO_CONSENT = (
    r"never (?:agreed|consented|said yes|asked)|without (?:my )?(?:consent|permission|asking)"
    r"|(?:didn'?t|didnt|did not) (?:agree|consent|ask)|i (?:never )?said no"
)
CONTACT = r"massage|touch\w*|his hands|undress\w*|kiss\w*|grop\w*|rubb\w*"
TOO_FAR = r"went (?:way |much |a lot |far )?too far|took it too far"
NEVER_REPORTED = r"never reported (?:it|him|them)|(?:didn'?t|didnt|did not) report (?:it|him|them)"
THAT_NIGHT = r"that night|his face|what he did|flashbacks?"
JUMPED = (
    r"jumped (?:him|her|me|them|my \w+)|beat (?:him|her|me|them) up|attacked (?:him|her|me|them)"
    r"|(?:got|was|been|were) jumped"
)
THREAT_NEXT = r"next time|finish (?:him|her|me|them)(?: off)?|gonna (?:get|kill)|going to (?:get|kill)|swollen|bleeding"
FLED = (
    r"(?:run|ran|got|get|rushed|fled|escaped) out (?:of the (?:house|flat|home) )?(?:with|in)|fled|escaped"
    r"|(?:had to|have to|had to) (?:run|leave|get out)|(?:hiding|hid|locked) (?:\w+ )?in (?:the |a |my )?(?:car|bathroom|bedroom)"
    r"|(?:at|to) (?:a|the) (?:petrol|gas) station|(?:at|to) (?:a|the|my) neighbou?r'?s"
)
RAGE = (
    r"(?:he|she|they) (?:was|were|is|are|'?s|'?re|started|kept) (?:\w+ )?(?:smashing|throwing|breaking|trashing|punching)"
    r" (?:everything|things|stuff|the (?:house|place|flat|tv|walls?|doors?)|plates|chairs|holes)"
    r"|smashed (?:everything|up the (?:house|place|flat))"
)
FORCED = r"(?:being|been|was|got|getting) forced(?= *(?:[,.;!?]|\band\b|\bby (?:him|her|them|a|my|his|the)\b|$))"
WEAPON_SHOWN = (
    r"(?:showed|shown|flashed|waved|pulled|brandish\w*|pointed|held up|had) (?:me |us |at me )?(?:a|his|her|the|their)"
    r" (?:\w+ )?(?:knife|gun|crowbar|bat|machete|hammer|blade|axe|pistol|shotgun|rifle)\b"
)
THREAT_SAID = (
    r"deal with|get (?:me|you|us)|sort (?:me|you|us) out|kill|hurt|or else|watch (?:my|your|our) back"
    r"|threat\w*|keeps? saying|said (?:he|she|they)(?:'?ll| will| would)"
)
PARTNER = r"\b(?:bf|boyfriend|husband|hubby|partner|gf|girlfriend|wife|ex|fianc\w*)\b"
ROUGH = r"(?:got|gets|getting|was|been|is|being) (?:a bit |a little |kinda |really |too |so )?rough with me"
POWER_GRABS = (
    r"\b(?:boss|manager|supervisor|coach|teacher|landlord|professor|lecturer|tutor|instructor|employer|director|foreman"
    r"|pastor|priest|uncle|stepdad|stepfather|step dad|doctor|therapist) (?:keeps |always |still |often )?(?:grabs|gropes"
    r"|grabbed|groped|grabbing|groping|touches|touched|touching|feels up|felt up|corners|cornered) me\b"
)
SILENCED = (
    r"(?:lose|losing|fire|sack|cut|take away) (?:my |me |the )?(?:shifts|job|hours|place|grade|spot|visa|room|flat)"
    r"|if i (?:complain|tell|report|say anything|speak up|told)|nobody will believe|no one will believe|our (?:little )?secret"
    r"|stockroom|back room|storeroom|office alone|after hours|when no one|when nobody"
)
BURN_WITH_ME = (
    r"(?:burn|set fire to|torch) (?:the |my |our |his |her )?(?:house|flat|place|home|car|room)(?: down)? with (?:me|us|you"
    r"|the kids|my \w+) (?:in it|inside|in there|still in)"
)
FORCED_IT = (
    r"(?:someone|somebody|he|they|a guy|a man|a stranger|my (?:\w+ )?(?:ex|bf|boyfriend|husband|partner|date|friend|cousin"
    r"|uncle|boss|coworker)) forced (?:it|himself|themselves|his way)\b(?! (?:open|shut|closed|out|through|back|off|on|up|down|into (?:the|a)))"
)
FORCED_BODY = (
    r"down there|bleed\w*|sore|hurts?|\bsex\b|inside|vagina\w*|private\w*|said no|didn'?t want|didnt want|drunk"
    r"|asleep|last night|couldn'?t stop|couldnt stop|morning after"
)
KNOW_WHERE = (
    r"(?:know|knows|knew|found out|find out) where (?:i|we|my \w+|you|me and my \w+) (?:live|lives|work|works|sleep|stay|stays"
    r"|go to school|goes to school)"
)
MENACE = (
    r"\bowe\b|debt|loan ?shark|dealers?|gang|\bex\b|threat\w*|if i (?:don'?t|dont|do not)|or else|warn\w*|scared|afraid"
    r"|frighten\w*|terrified|pay (?:up|them|him|her|back)|stalk\w*|said they|said he|said she"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("forced_it_body", "sexual_assault", (FORCED_IT, FORCED_BODY)),
    ("know_where_menace", "violence", (KNOW_WHERE, MENACE)),
    ("burn_with_me_inside", "violence", (BURN_WITH_ME,)),
    ("grabbed_by_power", "sexual_assault", (POWER_GRABS, SILENCED)),
    ("partner_rough", "violence", (PARTNER, ROUGH)),
    ("forced_sexually", "sexual_assault", (FORCED,)),
    ("weapon_shown_threat", "violence", (WEAPON_SHOWN, THREAT_SAID)),
    ("fled_from_rage", "violence", (FLED, RAGE)),
    ("intimate_no_consent", "sexual_assault", (INTIMATE, NO_CONSENT)),
    ("contact_too_far", "sexual_assault", (CONTACT, TOO_FAR)),
    ("never_reported_that_night", "sexual_assault", (NEVER_REPORTED, THAT_NIGHT)),
    ("jumped_and_threatened", "violence", (JUMPED, THREAT_NEXT)),
]
UNLESS = {
    "know_where_menace": r"surprise|party|present|gift|deliver\w*|visit|pick (?:me|us) up",
    "partner_rough": r"liked|consensual|kink\w*|we agreed|i asked|wrestl\w*|play ?fight\w*|sports?|rugby",
    "forced_sexually": r"forced (?:labou?r|retire\w*|air|entry|march)|(?:to|into) (?:work|retire|move|quit|leave|resign)",
    "weapon_shown_threat": r"toy|nerf|water gun|film|movie|game|show|museum|collection|camping|fishing",
    "jumped_and_threatened": r"queue|line|on the bed|trampoline|bouncy castle",
}
