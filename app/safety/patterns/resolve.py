"""Suicide told with resolve a fresh set found missed (held-out 12), read by `concepts` like the
other kind modules (a rule is a few word groups, all found in any order): a plan with a day after
saying one is not fine, a passing death wish ("might as well die") said to be meant ("not joking",
"i mean it"), wanting it over and planning how to do it. Each alone stays ordinary ("i have a plan
for friday", "this traffic, i might as well die lol", "planning how to do it" about a recipe).
"""

from __future__ import annotations

_DAY = (
    r"tonight|tomorrow(?: night)?|this (?:weekend|week|month)|the weekend|next (?:week|month)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?|my birthday|new year'?s?(?: eve)?|christmas"
)
# Saying one is not fine (to someone, or pretending), or being not okay.
NOT_FINE = (
    r"(?:i'?m|im|i am) (?:really |actually |so )?not (?:fine|ok|okay|alright|all right)"
    r"(?! with (?:that|this|it|them|him|her|the|my|his|their|a|an|dairy|gluten|lactose|spicy)\b)"
    r"|not (?:actually|really) (?:fine|ok|okay|alright)|(?:pretend\w*|fak\w*|act\w*) (?:to be |like i'?m |like im |being )?"
    r"(?:fine|ok|okay|alright|happy)|(?:told|tell|telling|said|say|saying|thinks?|thought) (?:\w+ ){0,3}(?:i'?m|im|i am|i was) (?:fine|ok|okay)"
    r"\b.{0,20}\bbut\b"
)
# A plan with a day: "i have a plan for friday", "the plan is for tonight".
PLAN_DAY = (
    rf"(?:i'?ve|ive|i have|i'?ve got|ive got|i got|i made|made) (?:a|my|the) plans? (?:for|on) (?:{_DAY})"
    rf"|(?:the|my) plan is (?:for |on )?(?:{_DAY})|(?:planned|planning) it for (?:{_DAY})"
)
PLAN_ORDINARY = (
    r"dinner|lunch|brunch|breakfast|party|date|drinks|movie|film|trip|holiday|vacation|meeting|game|match|workout|gym"
    r"|shopping|study|studying|revision|meal|diet|treatment|appointment|surgery|doctor|presentation"
)
# A passing death wish, and that it is meant.
DEATH_WISH = (
    r"might as well (?:just )?(?:die|be dead|end it|not be here|not exist)|should (?:just )?die"
    r"|(?:want|wanna) to just die|may as well (?:just )?(?:die|be dead|end it)"
)
MEANT = (
    r"not (?:even )?(?:joking|kidding|being dramatic|exaggerating)|no joke|not a joke|(?:i|and i) (?:really |actually |truly )?mean it"
    r"|(?:i'?m|im|i am) (?:dead |deadly |being )?serious|for real this time|(?:i'?m|im|i am) not (?:being )?funny"
)
WISH_ORDINARY = r"embarrass\w*|cringe|so good|delicious|cute|laugh\w*|rather die than|haha\w*"
# Wanting it over (not "over with"), and planning how to do it.
WANT_OVER = (
    r"(?:want|wanted|wish|need) (?:it|this|everything|it all|all of it|my life|life) (?:all )?(?:to )?(?:be )?over(?! with)"
    r"|(?:want|wanted|wish|need) (?:it|this|everything|it all|my life) to (?:end|stop) (?:for good|forever|permanently)"
    r"|wish(?:ed)? (?:it|this|everything|it all|my life|life) (?:was|were|would be|is) (?:all )?over(?! with)"
)
PLANNING_HOW = (
    r"(?:planning|planned|plan|working out|worked out|figuring out|figured out|thinking about|researching|decided|decide)"
    r" (?:exactly )?how (?:to|i'?d|i would|i will|i'?ll|ill|i could|i'?m going to|im going to) (?:do it|do this|go|end it"
    r"|end things|make it)|(?:keep|kept|been) planning (?:it|how|the how|when)"
)
TASK = (
    r"recipe|cake|bake|cook\w*|exam|test|move|moving|renovat\w*|project|wedding|essay|homework|diet|interview"
    r"|presentation|surgery|operation|procedure|the job|chores|tax\w*|paperwork|breakup|break up|divorce|quit\w*"
)

RULES: list[tuple[str, str, tuple[str, ...]]] = [
    ("plan_not_fine", "suicide", (PLAN_DAY, NOT_FINE)),
    ("death_wish_meant", "suicide", (DEATH_WISH, MEANT)),
    ("over_planning_how", "suicide", (WANT_OVER, PLANNING_HOW)),
]
UNLESS = {
    "plan_not_fine": PLAN_ORDINARY,
    "death_wish_meant": WISH_ORDINARY,
    "over_planning_how": TASK,
}
