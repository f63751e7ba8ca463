"""More of what keeps an ordinary message ordinary, blanked before matching like `gates.FIGURATIVE`
(the rest of the message is still read): a choke in a combat sport, a video game's "unalive", a
song's title or lyric, a plan for a seizure that has not happened ("if she ever has a seizure"),
one's own vitamin taken twice, a pet's face swelling, children screaming at play, food poisoning,
friends joking they will strangle you, one's own hair cut. Each names its context, never a negation: "i'm not
suicidal" is never blanked.
"""

from __future__ import annotations

import re

ASIDE = re.compile(
    r"\bchok\w* (?:\w+ ){0,2}(?:in|at|during|while) (?:\w+ )?(?:bjj|jiu[- ]?jitsu|judo|mma|wrestling|grappling"
    r"|sparring|rolling)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:bjj|jiu[- ]?jitsu|judo|mma|wrestling|grappling|sparring)\b[^.?!,]{0,40}\bchok\w*(?: out)?"
    r"|\b(?:video ?|computer |online |mobile |console |phone |shooter |zombie )games? (?:where|in which|that)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:games?|app) (?:where|in which) (?:you|u|players?|we) (?:\w+ )?(?:unalive|kill|shoot|die|stab|murder|blow up)"
    r"\w*(?:(?! and | but | now )[^.?!,])*"
    r"|\bunalive (?:zombies|enemies|monsters|npcs|mobs|bosses|aliens)\b"
    r"|\b(?:songs?|lyrics?|album|band|single|track|ep|mixtape|rapper|singer)\b (?:is |was )?(?:called|named|titled"
    r"|goes|says)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:songs?|lyrics?|album|track|title)\b[^'\".?!]{0,30}['\"][^'\"]{1,80}['\"]"
    r"|\b(?:if|in case|for when|when) (?:\w+ ){1,3}ever (?:has|have|gets?|goes into|starts?) (?:an? )?(?:\w+ )?"
    r"(?:seizures?|fits?|attacks?|reactions?|hypos?|episodes?|strokes?)\b"
    r"|\bin case (?:he|she|they|someone|my \w+|i) (?:ever )?(?:has|have|gets?) (?:an? )?(?:\w+ )?(?:seizures?|fits?"
    r"|attacks?|reactions?)\b"
    r"|\b(?:took|taken|had) my (?:daily |usual |morning |night )?(?:multi-?vitamins?|vitamins? [cdb]\d*|probiotics?"
    r"|fish oil|omega-?3s?|magnesium|zinc|biotin|collagen|fibre|fiber) (?:pill |tablet |gummy )?(?:twice|two times"
    r"|double|again)\b"
    r"|\b(?:dog|dogs|cat|puppy|kitten|pet|horse)\b[^.?!]{0,60}\band (?:his|her|its) (?:face|paws?|legs?|eyes?|nose"
    r"|muzzle|snout|ears?|mouth|lips?|tongue)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\b(?:scream\w*|yell\w*|shriek\w*|squeal\w*) (?:\w+ ){0,2}(?:while|when|during) (?:they'?re |they are )?"
    r"(?:playing|they play|games?|having fun)\b(?:(?! and | but | now )[^.?!,])*"
    r"|\bfood poison\w*"
    r"|\bcut(?:ting)? (?:my|his|her|their|the) (?:own )?(?:hair|bangs|fringe|nails|toenails)\b"
    r"|\bme cort\w* (?:el|o|la|a|las|los) (?:pelo|cabelo|cabello|flequillo|franja|u[ñn]as|unhas)\b"
    r"|\b(?:coworkers?|co-workers?|colleagues?|friends?|mates|team|family|sister|brother|wife|husband|mom|mum|dad)"
    r" (?:always |often |jokingly |like to |love to )?(?:joke|jokes|joked|joking) (?:that )?(?:they'?ll|theyll|he'?ll"
    r"|she'?ll|they will|they would|they'?d|he would|she would) (?:\w+ )?(?:kill|strangle|murder|throttle) (?:me|us)"
    r"(?: if\b(?:(?! and | but | now )[^.?!,])*)?",
    re.I,
)
# To be ready for someone, said after a general question: "what are the warning signs of a stroke?
# want to know for my parents". Taken off like `gates.PURPOSE` before reading the question.
AHEAD = re.compile(
    r"[,;:.?-]?\s*\b(?:i |we )?(?:want|wanted|need|like|would like|wanna) to (?:know|learn|be (?:ready|prepared)"
    r"|spot (?:them|it)|recogni[sz]e (?:them|it)) (?:\w+ )?(?:for|about|in|with) (?:my|our) (?:\w+ ){0,2}"
    r"(?:parents?|mom|mum|dad|grandparents?|grandma|grandpa|nan|kids?|children|family|husband|wife|partner|baby"
    r"|students|class|team|patients)\b",
    re.I,
)
