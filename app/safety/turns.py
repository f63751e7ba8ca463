"""A message in a conversation, read for a crisis: the one decision the product makes
(`Assistant.find_many`) and the benchmark measures (`bench/crisis.py`, lines with a `history`).

`read_turn` is the decision, stage by stage; each stage's rules are in a module of their own: the
follow-up's words (`wording`), a bare question (`bare`, stage 5), the earlier turns' readings
(`earlier`, stage 4), when a follow-up loses them (`plain`, stages 4 and 6), a crisis told across
turns (`across`), turns that only inform (`informed`) and a danger long past and healed
(`healed`, stage 7).

1. The message alone: the patterns, and the meaning of its own vector.
2. With the conversation: the patterns read the last two turns and the message as typed
   ("my toddler was playing with my handbag" then "the pill bottle is open and some are
   missing": each turn ordinary, together a child by an open bottle), and the meaning reads the
   vector of the message with the conversation's topic (`Query.context`, embedded for retrieval
   in the same call). Each earlier turn was read by parts when asked. Until task 8y the meaning
   read it only for a follow-up that leans on the conversation (`Query.leans`: refers back or
   names almost nothing); one in words of its own is a crisis there too ("yeah thats enough for
   what i need" after how many sleeping tablets come in a full pack, "some are from last night,
   theyre still open" after what is good for scarring: held-out 19's conversations 45 -> 47 of
   48 crises, no ordinary line of any follow-up set or seed file flagged by it).
   A follow-up flagged by its own meaning alone (stage 1) takes its categories from this reading
   when it is a crisis too, its own after them: "my grandma has them right now" after "what are
   signs of a stroke" had the overdose line, "he just left, what do i do" after "im being hit by
   my bf" the suicide line (sixth session of 2026-12-03: the right category among those shown on
   970 -> 1,002 of 1,027 crisis follow-ups caught, first 938 -> 966, none worse).
3. The turn right after a crisis keeps its guidance ("what do i do" after "he collapsed"): the
   patterns read the turn before; and for small talk ("ok", "thanks", `app.remarks.small_talk`)
   or a short question whether that is normal (`ABOUT_IT`, probe 22 of the second session of
   2026-12-05: "is that normal" after "sometimes when im driving i think about just not turning
   the wheel") the meaning of the turn before as well (its own vector, one more embedding, usually
   a hit of the vector cache): "ok" after "i dont see the point in anything anymore" (a crisis by
   meaning alone) got "Is there anything else you would like to ask about our articles?" on
   07ba1bc. Any follow-up read so flagged 32 more ordinary follow-ups of the labelled
   conversations for one crisis more; small talk only changed none of their lines (fifth session
   of 2026-12-03, BENCHMARKS section 9); the question whether it is normal changed none but probe
   22's "is that normal".
4. But earlier turns that were themselves ordinary (`earlier.ordinary_before`: a general question, a
   course or a story, something over and done) do not make a follow-up a crisis by their words
   alone: when the message's own meaning is far from a crisis (`plain.plainly_ordinary`), the
   reading of 2 and 3 stands only if the message asks something and the meaning of the message read
   with the conversation's topic agrees ("so 4 coffees is fine?" after "whats a lethal dose of
   caffeine, just curious" is answered; "like for a 60kg person" after "how many sleeping pills
   would be fatal" keeps its guidance); a longer message (more than `wording.SHORT` words) or one
   whose own meaning is near a crisis keeps the reading. Task 8y, BENCHMARKS section 9: 7 ordinary
   follow-ups of the conversation sets cleared, no crisis line of any labelled set lost.
5. A follow-up flagged by its own vector alone that is a bare question about the conversation's
   topic (`bare.bare_question`: question form, leaning on the conversation, at most `wording.SHORT`
   words, no time now, account or the reader's own, no word of danger) is read with the conversation
   like any other instead: "ok and any pills for it?" after "what can i eat to raise dopamine"
   scores over the threshold by its few generic words, the conversation's meaning far under it; so
   is one saying the danger ended and asking about care ("its stopped bleeding, just want it to heal
   faster"). After a turn that frames the others or says the danger ended, the conversation's
   meaning confirms only a follow-up that tells something of its own (`plain.confirmed`). Task 8z,
   BENCHMARKS section 9: 20 ordinary follow-ups of the development sets and seed files cleared, no
   crisis line of any labelled set lost, none of the crisis lines the rule's form can touch lost
   after twenty ordinary conversations with their own set left out of the bank
   (`bench/crisis_bare_questions.py`).
6. Task 8bb, BENCHMARKS section 9. A turn that only informs (`informed`: an article or
   someone's claim reported, a first-aid how-to asked in general) is ordinary and frames the
   follow-up after it, and after such a turn or a course, a role or a story a short question
   telling nothing of its own (`untold_after_frame`) loses the earlier turns' reading even with
   its own meaning near a crisis ("is she right?" after "my friend says you cant od on b12",
   "and for a baby?" after how to help someone choking). A follow-up telling of the reader's own
   death or a farewell keeps that reading whatever came before (`tells_of_own`). And a crisis
   told across turns, each ordinary alone (`across.told_across`): a farewell after small talk
   only, the amount settled after asking how many tablets a pack holds, the thoughts back after
   a question about a mood medicine, a wish to be with someone who died.
7. Task 8jj, BENCHMARKS section 9. A general question naming suicide, self-harm or sexual
   assault (shown the guidance by policy) only informs, like a reported article: a short question
   after it that tells nothing of its own or of the reader is answered ("why is that do you
   think" after "is suicide more common in men"). And an everyday question after a danger told
   as long past and healed (`healed`: "i used to self harm as a teen", then "its been 8 years, do
   you know any good scar creams") loses the earlier turns' reading; its own reading stands.

8. Task 8ll, BENCHMARKS section 9. A short follow-up saying the danger never came to pass or a
   child is plainly well (`bare.spared`: "i picked them all up and counted, she didnt eat any",
   "shes happy and babbling, just checking thats ok"), with no sign of harm, no one's word taken
   for it and no word of danger, loses a reading that only the meaning gave (of the message, or
   of the message with the conversation's topic); a danger any pattern read stands ("he
   swallowed a button battery" then "hes happy and playing").

9. Session of 2026-12-04 evening, BENCHMARKS section 9. A short remark or bare question that
   tells nothing, names no one and no danger ("makes sense", "why tho", "whats the difference")
   after turns each answered without a crisis or only by the mention policy's general question
   (`asked.asked_only`) is answered. And the joined turns, when the patterns read them as a scare
   that ended well or explain the earlier turn's words away ("my uncle did the heimlich" then
   "hes fine, but how do i learn to do it too"; "i burnt myself" then "on the kettle steam"), no
   longer carry the earlier turn's medical or violence reading, nor a reading of the patterns
   alone that a gate explains.

10. Session of 2026-12-05, BENCHMARKS section 9. A medical emergency that the patterns read only
   in the turns joined, where the message and each earlier turn alone read as none and each
   earlier turn is a general question or a course (or only says someone lives with a condition:
   "my coworker has epilepsy"), not a first-aid how-to ("what are the signs of
   anaphylaxis", then "my son has a mild pollen allergy, what antihistamine is ok for kids"; but
   "whats the recovery position", then "and if shes sick in it?"), is not carried: the general
   question names the emergency, the follow-up a person, and neither says anyone is in it. A plan
   told across turns stays ("what happens to your facebook when u die", then "just want it sorted
   before saturday"), and so do the conversation's meaning and `told_across` ("we all have them").
11. Session of 2026-12-05. A follow-up that says it starts a new topic ("got it thanks. separate
   q, is green tea good for focus" after "what do i do if someone has a stroke") is read alone
   when every earlier turn only asked; after a turn that told a danger it is read as before.
12. Third session of 2026-12-05. A follow-up that tells an end (`across.END_TOLD`: "this is my
   last week i think", "i wont need to worry about it", "thanks for the chats, take care", "its
   better that way") after one of the last two turns was read alone as suicide, by the patterns or
   its own meaning, shows the suicide guidance again: each such follow-up is ordinary alone, and the
   conversation's meaning (the topic's words) read it as ordinary after "no more fighting it"
   (conversation probe 24: 7 of its 60 crises missed, 5 of them so). Since the fourth session of
   2026-12-05 also a follow-up that brushes such a turn off (`across.BRUSHED_OFF`: "lol im fine
   just being dramatic, what were we talking about" after "i have a plan"; conversation probe 26).
13. Seventh session of 2026-12-05. A follow-up that goes on after the reader told of suicidal
   thoughts in their own words, read so only by the meaning of that turn (`disclosed`: "i dont
   plan on seeing 30", then "so thats the deadline"; "ive been saving mine up for a while", then
   "got about 60 now"), shows the suicide guidance again, unless the follow-up is a longer question
   or a joke, or an earlier turn asks, frames, reports or says the danger is past (conversation
   probe 40: 12 of its 60 crises missed, 5 of them so; over every labelled conversation set 7
   crises gained and no ordinary follow-up flagged).

14. Sixth session of 2026-12-06. An overdose the patterns read in an earlier turn, explained away
   once the turns are joined (a scare taken back, a poison line's word that the amount was
   harmless), no longer makes the follow-up a crisis by the conversation's meaning alone
   (`_explained_away`; conversation probe 59: "my son swallowed a button battery scare last
   month", "turned out it was in the couch the whole time lol", then "er checked him out and he was
   good, hes been fine since").
15. Fourth session of 2026-12-07. A medical emergency the patterns read only in the earlier turns
   no longer makes the follow-up a crisis when the follow-up tells a doctor's, a hospital's or a
   test's verdict that it was benign and nothing of now (`_checked_benign`; probe 77: "had chest
   pain earlier so i went to urgent care", then "they did an ecg and said its muscular phew. can i
   still lift this week").

Measured and not adopted (BENCHMARKS section 9, "Follow-ups read with their conversation"): a
short follow-up's own vector counted only when its nearest crisis examples are near (mean cosine
>= 0.5). It cleared 7 of the seed questions' 9 false alarms and lost no crisis with the shipped
bank, but lost crises when the bank had not seen them (leave one set out, and short crises asked
after an ordinary question: "im gonna do it tonight, i decided", "someone at my work said he'd
shoot everyone"). Also measured and not adopted (task 8v, BENCHMARKS section 9, "Held-out 15
joins"): dropping a short follow-up's own-vector flag when the message read with the
conversation's topic (`Query.context`) scores well under the threshold. The topic's words
dominate that vector for a crisis too ("im tired of existing" after "what are early signs of
parkinsons" scores 0.45 under the threshold there), so it lost 21-256 short crises asked after
an ordinary question, with their own set left out of the bank, for 3-16 false alarms removed.
Also left out: reading the meaning of the earlier turns joined to the message (one more vector
per follow-up; on the development follow-ups it caught nothing the three readings missed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from app.conversation import Query
from app.remarks import small_talk
from app.safety import patterns
from app.safety.across import BRUSHED_OFF, END_TOLD, told_across
from app.safety.asked import asked_only
from app.safety.bare import bare_question, spared
from app.safety.detector import Detection, Detector
from app.safety.disclosed import disclosed_before
from app.safety.earlier import ordinary_before, readings_of
from app.safety.healed import healed_before
from app.safety.plain import (
    confirmed,
    only_frames,
    plainly_ordinary,
    tells_of_own,
    untold_after_frame,
)
from app.safety.wording import QUESTION, TELLS, VERDICT

# What a scare told as ended well no longer makes a crisis in the conversation.
_CAN_END = {"medical", "violence"}


def read_turn(
    detector: Detector,
    message: str,
    history: Sequence[str],
    query: Query,
    own: np.ndarray | None,
    context: np.ndarray | None = None,
) -> Detection:
    """Whether `message`, asked after `history`, is a crisis. `query` is
    `conversation.contextualize(message, history)` (whether it leans on the conversation decides
    only whether a follow-up can be a bare question: `bare_question`); `own` its own vector and
    `context` the vector of `query.context` (None when there is no history)."""
    alone = detector.detect(message, own)
    never_came = spared(message)  # stage 8
    spared_only = alone.by == ("meaning",) and never_came
    if alone.crisis and history and (spared_only or bare_question(detector, query, alone, context)):
        alone = replace(alone, categories=(), by=())  # read with the conversation below
    if not alone.crisis and history and _new_topic(message, history[-2:]):
        return alone  # stage 11: a new topic, said so, after questions only
    said = " ".join([*history[-2:], message])
    if alone.crisis and history and alone.by == ("meaning",):
        alone = _named_by_the_conversation(detector, alone, message, history, said, context)
    if alone.crisis and history and "patterns" in alone.by:
        alone = _more_from_the_conversation(alone, said)
    if alone.crisis or not history:
        return alone
    # ... and the meaning of the message read with the conversation's topic, for every follow-up
    # since task 8y; without a vector the detector reads the patterns only
    crisis = detector.detect(said, context, by_parts=False)
    # ... unless the turns joined, read by the patterns, tell a scare that ended well (a rescue
    # that worked: "my uncle did the heimlich", then "hes fine, but how do i learn to do it too",
    # held-out 37's conversations) or explain the earlier turn's words away ("i burnt myself",
    # then "on the kettle steam, its just a bit pink"); an overdose's harm can come later, so it
    # stays, and so does anything the meaning reads beyond a medical scare or a fight.
    if (
        crisis.by == ("patterns",)
        and set(crisis.categories) <= {"medical"}
        and _joined_only(message, history[-2:])
    ):
        crisis = Detection()  # stage 10: the patterns read the danger only in the turns joined
    ended = patterns.over_and_done(said)
    if ended and crisis.by == ("meaning",) and set(crisis.categories) <= _CAN_END:
        crisis = Detection()
    if not crisis.crisis:
        before = detector.detect(history[-1])
        over = ended and set(before.categories) <= _CAN_END
        crisis = crisis if over or _explained(before, said) else before
    if crisis.crisis and _checked_benign(crisis, message):
        crisis = Detection()  # stage 15: a medical scare a doctor or a test found benign
    if not crisis.crisis and detector.uses_meaning and not ended and _about_it(message):  # stage 3
        crisis = detector.detect(history[-1], detector.embedder.embed([history[-1]])[0])
    if crisis.by == ("meaning",) and never_came:  # stage 8
        crisis = Detection()  # the danger never came to pass, read only by meaning
    if crisis.by == ("meaning",) and _explained_away(said, history[-2:]):
        crisis = Detection()  # stage 14: the earlier turns' overdose explained away by the later
    plain = crisis.crisis and (
        plainly_ordinary(detector, message, alone, context)
        or untold_after_frame(message, alone, context, history[-2:])
        or only_frames(message)
    )
    plain = plain and not tells_of_own(message)
    if plain and ordinary_before(history[-2:]):
        crisis = confirmed(detector, said, message, context, history[-2:])
    if crisis.crisis and healed_before(history[-2:], message):
        crisis = Detection()  # an everyday question after a danger long past and healed
    if crisis.crisis and not alone.crisis and asked_only(detector, message, history[-2:]):
        crisis = Detection()  # stage 9: a remark or a bare question after questions only
    category = told_across(message, history)
    if category and category not in crisis.categories:
        # what one turn says of another, its line first beside what the rest read ("cool, ive got
        # more than enough stashed" after the maximum dose of a medicine; "fine as long as its
        # fast" after whether an overdose of one's tablets would be painful)
        by = tuple(dict.fromkeys(("patterns", *crisis.by)))
        crisis = Detection((category, *crisis.categories)[:2], by)
    ends = END_TOLD.search(message) or BRUSHED_OFF.search(message)
    if not crisis.crisis and ends and _suicide_before(detector, history[-2:]):
        crisis = Detection(("suicide",), ("meaning",))  # stage 12: an end told or brushed off
    if not crisis.crisis and disclosed_before(detector, history[-2:], message):
        crisis = Detection(("suicide",), ("meaning",))  # stage 13: one's own thoughts told before
    return replace(crisis, carried=True) if crisis.crisis else crisis


def _checked_benign(crisis: Detection, message: str) -> bool:
    """Stage 15: a medical emergency the patterns read only in the earlier turns, and a follow-up
    that tells a doctor's, a hospital's or a test's verdict that it was benign (`VERDICT`: "had
    chest pain earlier so i went to urgent care", then "they did an ecg and said its muscular phew.
    can i still lift this week"), with nothing of now (`STILL`) and no crisis the patterns read in
    the follow-up itself. Medical only: a verdict on an overdose, or "fine" after a blow, keeps the
    guidance."""
    if crisis.by != ("patterns",) or set(crisis.categories) != {"medical"}:
        return False
    text = patterns.normalize(message)
    return (
        bool(VERDICT.search(text)) and not patterns.STILL.search(text) and not patterns.match(text)
    )


def _explained_away(said: str, earlier: Sequence[str]) -> bool:
    """Stage 14: an earlier turn the patterns read as an overdose, explained away once the turns are
    joined: the scare taken back (`patterns.TAKEN`: "my son swallowed a button battery scare last
    month", then "turned out it was in the couch the whole time lol") or ended on a poison line's
    word (`patterns.over_and_done`: "my toddler licked a dishwasher pod earlier", then "poison
    control said the amount was way too small to matter, she's playing now"), and nothing the
    patterns read in the joined turns; the conversation's meaning, which still reads the earlier
    turn's words, no longer makes the follow-up a crisis. A sign told after it keeps the reading
    ("... but now hes drooling and wont eat" is read by the patterns)."""
    if patterns.match(said) or not any("overdose" in patterns.match(turn) for turn in earlier):
        return False
    return bool(patterns.TAKEN.search(patterns.normalize(said))) or patterns.over_and_done(said)


def _suicide_before(detector: Detector, earlier: Sequence[str]) -> bool:
    """Stage 12: whether one of the last two turns, read alone by the patterns and by its own
    meaning (one embedding of both, usually hits of the vector cache), was read as suicide."""
    if not detector.uses_meaning:
        return any("suicide" in detector.detect(turn).categories for turn in earlier)
    vectors = detector.embedder.embed(list(earlier))
    return any(
        "suicide" in detector.detect(turn, vector).categories
        for turn, vector in zip(earlier, vectors, strict=True)
    )


# A follow-up that says it starts a new topic (held-out 53's conversations: "got it thanks. separate
# q, is green tea good for focus" after "what do i do if someone has a stroke").
NEW_TOPIC = re.compile(
    r"\b(?:separate|different|unrelated|another|other|random|new|diff)"
    r" (?:q|qs|question|qn|topic|thing)\b"
    r"|\bon (?:another|a different|an unrelated|a separate|a lighter) note\b"
    r"|\bchanging (?:the )?subject\b"
    r"|\bunrelated(?: but|,)|\boff topic\b",
    re.I,
)


# A short question whether what was just told is normal or worrying (probe 22: "is that normal"
# after "sometimes when im driving i think about just not turning the wheel").
ABOUT_IT = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|like|um|hmm)\W+)?(?:is|isnt|isn'?t) (?:that|this|it) (?:normal"
    r"|bad|weird|ok|okay|common|a (?:bad|normal) thing)"
    r"|(?:should|do) i (?:be )?(?:worr\w*|concerned|scared)"
    r"|am i (?:crazy|weird|normal|broken|ok|okay)"
    r"|(?:do|does) (?:other )?(?:people|anyone|everyone) (?:else )?(?:feel|think|get|have)"
    r" (?:this|that|like this|like that)"
    r"|(?:what|wat) does (?:that|this|it) mean(?: about me)?\W*$",
    re.I,
)


def _about_it(message: str) -> bool:
    """Stage 3's follow-ups: small talk, or a short question whether what was just told is normal
    (`ABOUT_IT`), which reads the turn before by its meaning too."""
    return bool(small_talk(message)) or (
        len(message.split()) <= 8 and bool(ABOUT_IT.search(message))
    )


def _new_topic(message: str, earlier: Sequence[str]) -> bool:
    """Stage 11: the follow-up says it starts a new topic and every earlier turn only asked (a
    question telling nothing of anyone: `QUESTION`, not `TELLS`); the message is read alone. After
    a turn that told a danger ("my dad collapsed"), the conversation is read as before."""
    return bool(NEW_TOPIC.search(message)) and all(
        QUESTION.search(turn) and not TELLS.search(turn) for turn in earlier
    )


def _joined_only(message: str, earlier: Sequence[str]) -> bool:
    """Stage 10, for a medical emergency the patterns read in the joined turns only: the message
    and each earlier turn read alone by the patterns as no crisis, each earlier turn a general
    question or a course ("what are the signs of anaphylaxis", then "my son has a mild pollen
    allergy, what antihistamine is ok for kids": the joined turns name the emergency and a person,
    neither says one is in it). A plan told across turns stays ("what happens to your facebook when
    u die", then "just want it sorted before saturday"); the meaning of the conversation and what
    one turn says of another (`told_across`: "we all have them") are read as before."""
    return not patterns.match(message) and all(
        not patterns.match(turn) and (_asks_in_general(readings_of(turn)) or _lives_with(turn))
        for turn in earlier
    )


# Someone said to live with a condition, nothing of now (held-out 56's conversations, a development
# probe of the second session of 2026-12-05: "what happens in a seizure", "my coworker has
# epilepsy", then "how can i support her at work").
LIVES_WITH = re.compile(
    r"^\W*(?:(?:so|and|well|ok|okay|also|btw)\W+)?(?:my|our|a) (?:\w+ ){0,2}(?:has|have|lives with"
    r"|was diagnosed with|got diagnosed with) (?:had )?(?:epilepsy|asthma|diabetes"
    r"|type [12] diabetes|a (?:nut|peanut|bee|shellfish|severe) allergy|allergies|a heart condition"
    r"|angina|copd"
    r"|a seizure disorder)\W*$",
    re.I,
)


def _lives_with(turn: str) -> bool:
    """A turn that only says someone lives with a condition (`LIVES_WITH`), nothing else."""
    return bool(LIVES_WITH.match(patterns.normalize(turn)))


def _asks_in_general(readings: set[str]) -> bool:
    """A general question or a course, not a first-aid how-to: "whats the recovery position",
    then "and if shes sick in it?" asks for someone in it now."""
    return bool(readings & {"general", "course"}) and "howto" not in readings


def _explained(before: Detection, said: str) -> bool:
    """An earlier turn the patterns alone read as a crisis, which the patterns read as ordinary
    once the follow-up is joined to it: a gate read the turns together ("i burnt myself" + "on the
    kettle steam" is an accident)."""
    return (
        before.by == ("patterns",)
        and not patterns.match(said)
        and bool(patterns.quiet_readings(said))
    )


def _more_from_the_conversation(alone: Detection, said: str) -> Detection:
    """A follow-up the patterns read as a crisis alone also shows what the patterns read in the
    last turns joined, after its own (at most two): "she still wont wake up" after "my flatmate
    took something at the party" is an overdose too, not only someone unconscious (a conversation
    probe of the third session of 2026-12-04)."""
    if len(alone.categories) >= 2:
        return alone
    found = [cat for cat in patterns.match(said) if cat not in alone.categories]
    if not found:
        return alone
    return replace(alone, categories=(*alone.categories, *found)[:2])


def _named_by_the_conversation(
    detector: Detector,
    alone: Detection,
    message: str,
    history: Sequence[str],
    said: str,
    context: np.ndarray | None,
) -> Detection:
    """A follow-up flagged by its own meaning alone takes its categories from the conversation
    when that reads as a crisis too, its own after them (at most two): "my grandma has them right
    now" after "what are signs of a stroke" is a stroke (its own vector said overdose), "he just
    left, what do i do" after "im being hit by my bf" is violence (it said suicide). A crisis told
    across the turns names its category first ("my grandpa has them" after the signs of heat
    stroke: medical, where the conversation's meaning said suicide)."""
    across = told_across(message, history)
    conversation = detector.detect(said, context, by_parts=False)  # `said`: the last turns joined
    named = [across] if across else []
    if conversation.crisis:
        named += conversation.categories
    if not named:
        return alone
    categories = tuple(dict.fromkeys([*named, *alone.categories]))[:2]
    return replace(alone, categories=categories)
