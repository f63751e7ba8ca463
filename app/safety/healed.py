"""A danger told as long past and healed, then an everyday question (task 8jj, BENCHMARKS section
9): "i used to self harm as a teen", then "its been 8 years, do you know any good scar creams";
"i was assaulted five years ago", "im in therapy and doing a lot better", then "are there any
gentle workouts for anxiety". The turn that told it showed the guidance (suicide, self-harm and
sexual assault always do: `patterns.match`); the question after it loses that reading
(`turns.read_turn`) when

- every earlier turn the patterns flag places it long ago (`LONG_AGO`: "years ago", "as a teen",
  or "used to"), with nothing of now (`STILL`) and no large amount taken (`MANY_TAKEN`);
- a recovery is told, in an earlier turn or the question (`RECOVERED`, `ENDED`, "its been 8
  years", "havent done it in years");
- the question is short (`wording.SHORT`), asks something (`conversation.asks`) and tells nothing
  of now or of the reader (`TELLS`, `FIRST_PERSON`, `SINCE`: "still", "sometimes", "again",
  "lately", "urges"), naming no danger (`DANGER`).

Or when the follow-up tells the recovery itself, as a statement, with the danger placed long ago
by it or an earlier turn and nothing of now or of it coming back (`RECOVERY_TOLD`, `PAST_TOLD`,
`NOW_AGAIN`; probe 14: "i was assaulted in college", "that was a long time ago", then "therapy
really helped me through it tbh").

A follow-up's own reading stands whatever came before ("i used to cut years ago", then "its
back, i did it again tonight" is a crisis by itself). Out of scope: an earlier danger that is
only over, not healed ("she was in hospital a few days") and everything `earlier` reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.conversation import asks
from app.safety import patterns
from app.safety.patterns.gates import LONG_AGO, RECOVERED, STILL
from app.safety.patterns.overdose import MANY_TAKEN
from app.safety.wording import DANGER, ENDED, FIRST_PERSON, SHORT, TELLS

USED_TO = re.compile(r"\b(?:used to|use to|years back|back in (?:school|uni|college))\b", re.I)
HEALED = re.compile(
    r"\b(?:it'?s|its|it has|been) (?:been )?(?:over |almost |nearly |about |like |around |roughly"
    r" |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|many|several|some)"
    r" (?:years|yrs)\b"
    r"|\b(?:havent|haven'?t|have not|not|never) (?:done it|had (?:one|it|them|any)|been there)"
    r"(?: again)? (?:in|for|since) (?:years|ages|a long time)\b",
    re.I,
)
# ... and in the question, anything of now or of it coming back.
SINCE = re.compile(
    r"\b(?:still|sometimes|again|back(?! then\b| in the day\b)|lately|these days|urges?|relaps\w*"
    r"|keep\w*|tempt\w*|fresh|new|open)\b",
    re.I,
)
_MANY = re.compile(MANY_TAKEN, re.I)
# A follow-up that tells the recovery itself, as a statement (probe 14, a conversation probe of the
# session of 2026-12-04 late night: "i was assaulted in college", "that was a long time ago", then
# "therapy really helped me through it tbh"; "my ex used to hit me", then "we moved out 3 years ago
# and hes got no contact"; "sofri abuso quando era criança", then "foi há muitos anos, hoje estou
# bem, só queria entender").
RECOVERY_TOLD = re.compile(
    r"\b(?:therapy|counsell?ing|treatment|meds|medication|support|time)"
    r" (?:really |has |have |had )?(?:helped|help|worked)\b"
    r"|\b(?:doing|feel|feeling|am|im|i'?m|hes|shes|he'?s|she'?s|is)"
    r" (?:really |so |much |a lot |way |totally |completely )*"
    r"(?:great|well|better|fine|good|ok|okay|recovered|healed)(?: now)?\b"
    r"|\b(?:no|zero) contact\b|\bmoved (?:out|away)\b|\b(?:left|divorced) (?:him|her|them)\b"
    r"|\b(?:hoy|hoje|ahora|agora|maintenant|jetzt)"
    r" (?:estoy|estou|je vais|je suis|geht es mir|bin ich)"
    r" (?:muy |mucho |bem |bien |gut |mieux |besser )?"
    r"(?:bien|bem|mejor|melhor|mieux|gut|besser|okay|ok)\b"
    r"|\b(?:estoy|estou|je vais|es geht mir) (?:mucho |muito |beaucoup |viel )?"
    r"(?:mejor|melhor|mieux|besser)\b",
    re.I,
)
PAST_TOLD = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|a few|several) (?:years?|yrs)"
    r" (?:ago|back)\b|\blong time ago\b|\bmuitos anos\b|\bhace (?:muchos )?a[ñn]os\b"
    r"|\bil y a (?:des|longtemps)|\bvor (?:vielen )?jahren\b"
    r"|\b(?:last|in) (?:year|college|school|uni|high school)\b"
    r"|\b(?:in|back in|last) (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|winter)\b|\blast month\b",
    re.I,
)
# ... never with a danger of now told ("but lately the flashbacks are back").
NOW_AGAIN = re.compile(
    r"\b(?:still|again|back|lately|these days|now (?:he|she|they)|urges?|relaps\w*|scared"
    r"|afraid|threat\w*|follow\w*|found me|turned up|showed up|messag\w*|texting|calling|worse"
    r"|flashbacks?)\b"
    r"|\b(?:todav[ií]a|ainda|encore|wieder|de nuevo|de novo|otra vez|outra vez)\b",
    re.I,
)


# Someone else's danger told ("my friend was in hospital after trying to end her life"), then that
# they are safe and cared for now ("shes home now and doing a lot better with therapy"): a
# question about supporting them, or thanks, after it (probe 22 of the second session of
# 2026-12-05: "what can i bring her when i visit", "how do i check in without being weird about
# it", "thanks for the earlier tips it really helped").
SOMEONE_ELSE = re.compile(
    r"^\W*(?:(?:so|ok|okay|well|um)\W+)?(?:my|our) (?:\w+ ){0,2}(?:friend|bff|mate|sister|brother"
    r"|son|daughter|mum|mom|dad|cousin|partner|girlfriend|boyfriend|gf|bf|wife|husband|colleague"
    r"|coworker|flatmate|roommate|niece|nephew|aunt|uncle|student|teen\w*|kid|child)\b"
    # ... or asked for someone ("how do i report domestic violence for a friend", held-out 57)
    r"|\bfor (?:a|my|our) (?:\w+ )?(?:friend|mate|sister|brother|neighbou?r|colleague|coworker"
    r"|daughter|son|mum|mom)\b",
    re.I,
)
SAFE_NOW = re.compile(
    r"\b(?:shes|hes|she'?s|he'?s|they'?re|theyre|she is|he is|they are) (?:now |back )?(?:home"
    r"|safe|doing (?:a lot |much |way |so |so much |loads )?better"
    r"|in (?:therapy|treatment|rehab|recovery)|seeing someone|getting help"
    r"|stable|recovering|in a good place"
    # ... or seeing a counsellor, healing and happy (probe 25 of the third session of 2026-12-05:
    # "my daughter had self harm scars last year", "shes healing and happy now, ...", then "that
    # helps, shes seeing a counselor now too")
    r"|(?:now |also )?seeing (?:a |her |his |their |the school )?(?:counsell?or|counselor|therapist"
    r"|psychologist|psychiatrist)|healing (?:well|and happy|now)|(?:happy|happier) (?:again|now))\b"
    r"|\b(?:in|started|starting) therapy now\b|\bseeing someone now\b"
    r"|\b(?:and|but|now) (?:she |he |they )?(?:is|are|'s|s) (?:now |finally )?safe\b",
    re.I,
)
# Someone's word for a recovery, not a recovery told (probe 22: "my dad keeps saying hes tired of
# living", "and he bought a gun last month", then "he says hes fine tho").
WORD_TAKEN = re.compile(
    r"\b(?:says|said|keeps? saying|claims|claimed|insists|insisted|swears|swore|promises|promised"
    r"|tells (?:me|us|everyone)|told (?:me|us|everyone))\b",
    re.I,
)
OWN = re.compile(
    r"\b(?:i|im|i'?m|ive|i'?ve|i'?d|id)\b(?! (?:report|help|support|tell|talk|ask|bring|visit|check"
    r"|call|contact|find)\b)|\bmyself\b",
    re.I,
)
THANKS = re.compile(r"^\W*(?:thanks|thank you|thx|ty|cheers)\b", re.I)


def healed_before(earlier: Sequence[str], message: str) -> bool:
    """Whether the earlier turns tell a danger long past and healed and `message` is an everyday
    question that tells nothing of now or of the reader (see the module)."""
    flagged = [turn for turn in earlier if patterns.match(turn)]
    if flagged and _recovery_told(earlier, message):
        return True
    if flagged and _safe_since(earlier, flagged, message):
        return True
    # ... or someone else's danger that only the meaning read, told before they were said to be
    # safe now (probe 25: "my friend posted something really dark on insta last month", "we talked
    # and shes getting help now doing way better", then "how do i keep checking in without being
    # annoying")
    told_of = [turn for turn in earlier[:-1] if SOMEONE_ELSE.search(patterns.normalize(turn))]
    if not flagged and told_of and _safe_since(earlier, told_of, message):
        return True
    if not flagged or not all(_long_ago(turn) for turn in flagged):
        return False
    if not any(_recovery(text) for text in [*earlier, message]):
        return False
    return _everyday(message)


def _recovery_told(earlier: Sequence[str], message: str) -> bool:
    """The follow-up tells the recovery as a statement, the danger placed long ago by it or by an
    earlier turn, nothing of now or of it coming back in the follow-up (`NOW_AGAIN`, `DANGER`)."""
    text = patterns.normalize(message)
    # (or told as being in a better place now, probe 77 of the fourth session of 2026-12-07: "back
    # in college i ... tried to end things", then "im in a way better place now 6 yrs on, just
    # curious if running keeps mood stable long term")
    told = RECOVERY_TOLD.search(text) or GOOD_PLACE.search(text)
    if len(text.split()) > 2 * SHORT or not told:
        return False
    if WORD_TAKEN.search(text):
        return False  # someone's word for it ("he says hes fine tho" after a parent's gun)
    if NOW_AGAIN.search(text) or DANGER.search(text) or patterns.match(text):
        return False
    return bool(PAST_TOLD.search(text)) or any(
        _long_ago(turn) or PAST_TOLD.search(patterns.normalize(turn)) for turn in earlier
    )


def _long_ago(turn: str) -> bool:
    text = patterns.normalize(turn)
    past = LONG_AGO.search(text) or USED_TO.search(text)
    return bool(past) and not STILL.search(text) and not _MANY.search(text)


# ... or told as being in a good place now (conversation probe 41 of the session of 2026-12-06: "i
# tried to kill myself when i was 19", "im 34 now and honestly in a really good place", then "just
# curious if low dopamine was part of it back then"); not "not in a good place"
GOOD_PLACE = re.compile(
    r"^(?![^.?!]*\b(?:not|never|isnt|wasnt|arent|aint|no longer|n'?t)\b[^.?!]*\bin a\b)[^.?!]*?"
    r"\bin a (?:really |much |very |so much |way )?(?:good|better|great|happy|healthy|stable)"
    r" place\b",
    re.I,
)


def _recovery(text: str) -> bool:
    text = patterns.normalize(text)
    told = (RECOVERED, ENDED, HEALED, GOOD_PLACE)
    return any(rx.search(text) for rx in told)


def _everyday(message: str) -> bool:
    if len(message.split()) > SHORT or not asks(message):
        return False
    told = HEALED.sub(" ", message)
    return not any(rx.search(told) for rx in (TELLS, FIRST_PERSON, SINCE, DANGER, STILL))


def _safe_since(earlier: Sequence[str], flagged: Sequence[str], message: str) -> bool:
    """Someone else's danger (`SOMEONE_ELSE`, the reader not in it: `OWN`) told, then, in a
    later turn or the follow-up, that they are safe and cared for now (`SAFE_NOW`), nothing of it
    coming back (`NOW_AGAIN`); the follow-up a short question or thanks that names no danger."""
    if not all(SOMEONE_ELSE.search(patterns.normalize(turn)) for turn in flagged):
        return False
    if any(OWN.search(patterns.normalize(turn)) for turn in flagged):
        return False
    after = earlier[earlier.index(flagged[-1]) + 1 :] if flagged[-1] in earlier else []
    told = [patterns.normalize(turn) for turn in after]
    text = patterns.normalize(message)
    safe_here = bool(SAFE_NOW.search(text))  # ... or said in the follow-up itself
    if not (safe_here or any(SAFE_NOW.search(t) for t in told)):
        return False
    if any(NOW_AGAIN.search(t) for t in told):
        return False
    if len(text.split()) > (2 * SHORT if safe_here else SHORT):
        return False
    if not (asks(text) or THANKS.search(text) or safe_here):
        return False
    rest = SAFE_NOW.sub(" ", text)
    return not (DANGER.search(rest) or NOW_AGAIN.search(rest) or patterns.match(text))
