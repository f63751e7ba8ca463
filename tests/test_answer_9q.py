"""Task 9q: rules written after seed held-out 16 and 17 were read, each with questions and an
article in my own wording (none is in an eval file) and near misses that must keep their reading.

- A message that thanks and asks nothing ("thank you, that cleared things up") is no question,
  whatever its words: no quote (`app.remarks`); thanks followed by a question is answered as one.
- A contraction typed without its apostrophe ("didnt", "shouldnt", "wasnt") is a function word, as
  "doesnt" and "dont" were (`app.concepts.FUNCTION`).
- Things asked about as alternatives ("do saunas or hot tubs raise serotonin") are each the
  subject: when the articles mention none of them the question is not covered; one they mention is
  enough (`app.subject.subjects`, `app.asks.unknown_subject`).
- When or how often ("every evening", "most weekends", "in my 30s") is no key concept and, in a
  subject too long to read otherwise, no part of it ("does having two coffees every evening ...":
  the coffees) (`app.subject.TIME`).
- "Will my chances of X go up": a change in a risk, not a share asked (`app.amounts`).
- A follow-up's word that frames it (the kind a "which X" question asks for, "which pills would
  they give me"; an effect verb, "could that be hurting ...") need not be in the quoted passage,
  which names instances of the kind; a word it asks about ("what about pills?") still must be
  (`app.coverage`).
- Lay words read as standard words (`app.lay_words`, general English of the same specificity):
  to skip is to avoid, to behave is to act, a workout is exercise, "bump up" / "ramp up" / "crank
  up" is increase.
- When an effect ends or starts ("after it wears off", "before it kicks in") frames a question
  (`app.framing.framing`): a follow-up need not find those words in the quote.
- "Is X an early Y sign", with what it is a sign of before "sign", names X as "is X an early sign
  of Y" did (`app.must_say.names_the_sign`): the quoted passage must name X, not only other signs.
- "How many patients were in that study" asks for a count of people: only a passage with a number
  of people answers it, not one that gives the study's year (`app.amounts`).
- A relative the reader speaks of ("my grandpa", "her husband") is who a question is about, not
  what it asks: never a missing key word (`app.missing`); other words after "my" still are.
- "Is it safe for her to start ...", "safe to run on a bad knee": whether doing a thing is safe is
  answered only by a passage that speaks of safety, danger, harm or side effects, not by one that
  merely names a risk (`app.aspects`); two things taken together ("safe to take with ...") are
  left to the rule on them.
- What describes the things a message names first ("cramps at night, is that linked to low
  mood") is not asked of them: only the question after them may ask for an amount or a time
  (`app.subject.after_topic`, `app.amounts`); "are cramps worse at night" still asks one.
- "Does X play a part" asks whether X contributes: "part" is no effect the articles must name;
  what follows "play a part in" still is (`app.asks.unknown_effect`).
"""

from __future__ import annotations

import pytest

from app import amounts, aspects
from app.asks import unknown_effect, unknown_subject
from app.concepts import FUNCTION, Vocabulary, key_concepts
from app.config import Settings
from app.coverage import judge
from app.framing import framing
from app.lay_words import plainly
from app.lexical import terms
from app.must_say import names_the_sign
from app.records import Hit, Passage
from app.remarks import asks_nothing
from app.subject import after_topic, subject, subjects

ARTICLE = (
    "Regular exercise raises serotonin and helps with low mood. Smoking lowers dopamine over "
    "time, and a sedentary life raises the risk of depression. A helpful habit is a daily walk."
)


def _vocab(text: str = ARTICLE) -> Vocabulary:
    return Vocabulary(terms(text), [text])


def _hit(text: str = ARTICLE, support: float = 0.6) -> Hit:
    p = Passage("d#p-1", "d", "p-1", "Title", "Section", 0, len(text), text)
    return Hit(p, support, span=(0, len(text)), support=support, own=support)


@pytest.mark.parametrize(
    "message",
    [
        "thanks that was really helpful",
        "ok thank you, that helps a lot",
        "thank u so much, very helpful",
        "great thanks, exercise it is then",
    ],
)
def test_thanks_alone_asks_nothing(message):
    assert asks_nothing(message)
    verdict = judge([_hit(support=0.9)], message, False, _vocab(), Settings())
    assert not verdict.covered
    assert verdict.missing == ()


@pytest.mark.parametrize(
    "message",
    [
        "thanks, but does exercise help low mood?",
        "thank you! is a daily walk enough",
        "thanks what about smoking",
        "is a walk helpful",  # no thanks
        "can exercise help low mood",
    ],
)
def test_thanks_then_a_question_is_a_question(message):
    assert not asks_nothing(message)


@pytest.mark.parametrize("word", ["didnt", "shouldnt", "wasnt", "couldnt", "havent", "thats"])
def test_contractions_without_apostrophes_are_function_words(word):
    assert word in FUNCTION
    assert word not in [c.lower() for c in key_concepts(f"my doctor {word} check serotonin")]


def test_a_contraction_typed_plainly_does_not_veto():
    question = "my doctor didnt test my serotonin, is that normal for low mood"
    assert judge([_hit(support=0.6)], question, False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    ("question", "heads"),
    [
        ("do saunas or hot tubs raise serotonin", ["saunas", "tubs"]),
        ("does walking or yoga help low mood", ["", "yoga"]),  # a bare activity names nothing
        ("do pills/powders boost dopamine", ["pills", "powders"]),
        ("does smoking weed lower dopamine", ["weed"]),  # no alternatives: one subject
    ],
)
def test_alternatives_are_each_a_subject(question, heads):
    assert subjects(question) == heads


@pytest.mark.parametrize(
    "question",
    [
        "do infrared saunas or hot tubs raise serotonin",
        "does walking outdoors or hot yoga help low mood",  # walking names nothing
    ],
)
def test_alternatives_the_articles_never_mention_are_not_covered(question):
    assert unknown_subject(question, _vocab())
    assert not judge([_hit(support=0.7)], question, False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    "question",
    [
        "does exercise or a daily walk raise serotonin",  # both theirs
        "do saunas or exercise raise serotonin",  # one of them is enough
    ],
)
def test_one_alternative_the_articles_mention_is_enough(question):
    assert not unknown_subject(question, _vocab())


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("does having two coffees every evening lower your dopamine", "coffees"),
        ("does doing a long run most weekends raise serotonin", "run"),
        ("can smoking every weekend lower dopamine", "weekend"),  # short enough: read as typed
    ],
)
def test_when_is_no_part_of_a_long_subject(question, head):
    assert subject(question) == head


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("i smoked most weekends in my 30s, could that lower my dopamine", "weekends"),
        ("i smoked most weekends in my 30s, could that lower my dopamine", "30s"),
        ("does a walk every evening help low mood", "evening"),
    ],
)
def test_when_frames_the_question(question, word):
    assert word in framing(question)


def test_a_word_of_when_the_articles_never_use_does_not_veto():
    question = "i smoked most weekends for years could that have lowered my dopamine"
    assert judge([_hit(support=0.6)], question, False, _vocab(), Settings()).covered
    near_miss = "does smoking on yachts lower dopamine"  # not a time: still missing
    assert not judge([_hit(support=0.6)], near_miss, False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    "question",
    [
        "if i sit all day will my chances of getting depressed go up",
        "do my odds of a relapse drop if i keep walking",
        "does the chance of low mood get higher when you smoke",
    ],
)
def test_a_change_in_the_odds_said_after_them_asks_no_share(question):
    assert amounts.answered(question, "A sedentary life raises the risk of depression.")


def test_the_odds_asked_for_still_need_a_number():
    question = "what are the chances of getting depressed if i sit all day"
    assert not amounts.answered(question, "A sedentary life raises the risk of depression.")


MEDS = "Your doctor may suggest sertraline or venlafaxine, both antidepressants, for low mood."


def _followup(question: str) -> bool:
    hit = Hit(
        Passage("d#p-2", "d", "p-2", "Title", "Treatment", 0, len(MEDS), MEDS),
        0.7,
        span=(0, len(MEDS)),
        support=0.7,
        own=0.4,  # the follow-up's own words reach the quote weakly (`followup_support` 0.5)
    )
    vocab = _vocab(ARTICLE + " " + MEDS + " Pills and tablets are sold in pharmacies.")
    return judge([hit], question, True, vocab, Settings()).covered


@pytest.mark.parametrize(
    "question",
    ["which pills would they likely give me", "and which tablets do doctors go for"],
)
def test_the_kind_a_followup_asks_for_need_not_be_quoted(question):
    assert _followup(question)


@pytest.mark.parametrize("question", ["what about pills?", "and tablets?"])
def test_a_thing_a_followup_asks_about_must_still_be_quoted(question):
    assert not _followup(question)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("why do i keep skipping meals", "why do i keep avoiding meals"),
        ("does smoking change how people behave", "does smoking change how people act"),
        ("is a short workout enough", "is a short exercise enough"),
        ("what bumps up serotonin", "what increases serotonin"),
        ("does walking ramp up serotonin", "does walking increase serotonin"),
    ],
)
def test_more_lay_words_are_read_as_standard_words(typed, plain):
    assert plainly(typed)[0] == plain


@pytest.mark.parametrize(
    "question",
    [
        "i keep skipping my daily walk is that low mood",  # "skipping" never vetoes
        "what bumps up serotonin",
        "does a short workout help low mood",
    ],
)
def test_a_lay_word_for_the_articles_word_does_not_veto(question):
    assert judge([_hit(support=0.6)], question, False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("what happens once it wears off", "wears"),
        ("ok and after the buzz has worn off?", "worn"),
        ("does it dip before it kicks in", "kicks"),
    ],
)
def test_when_an_effect_ends_or_starts_frames_the_question(question, word):
    assert word in framing(question)


def test_a_followup_about_when_an_effect_wears_off_need_not_quote_it():
    hit = _hit(support=0.7)
    hit = Hit(hit.passage, 0.7, span=hit.span, support=0.7, own=0.4)
    question = "and what happens after it wears off"
    assert judge([hit], question, True, _vocab(), Settings()).covered
    near_miss = "and what about yachts"  # a thing asked about: still refused
    assert not judge([hit], near_miss, True, _vocab(), Settings()).covered


SIGNS = "Early signs of gout include joint swelling, redness and stiffness in the big toe."


@pytest.mark.parametrize(
    "question",
    [
        "is a dry mouth an early gout sign",
        "is losing my appetite a common gout symptom?",
        "could night sweats be an early gout sign",
    ],
)
def test_a_sign_named_before_sign_must_be_in_the_quote(question):
    assert not names_the_sign(question, SIGNS, frozenset(terms(SIGNS)), None)


@pytest.mark.parametrize(
    "question",
    [
        "is joint swelling an early gout sign",  # the quote names it
        "is that an early gout sign",  # a pronoun: the thing is in the conversation
        "is gout a big deal",  # no sign asked about
    ],
)
def test_a_sign_named_before_sign_that_the_quote_names_passes(question):
    assert names_the_sign(question, SIGNS, frozenset(terms(SIGNS)), None)


STUDY = "A 2018 study of walking and mood found that a daily walk eased low mood."


@pytest.mark.parametrize(
    "question",
    [
        "how many patients were in that 2018 study",
        "how many adults took part in the walking study",
        "whats the sample size of that study",
    ],
)
def test_a_count_of_a_studys_people_needs_a_number_of_people(question):
    assert not amounts.answered(question, STUDY)
    assert amounts.answered(question, STUDY.replace("study of", "study of 312 adults and"))


@pytest.mark.parametrize(
    "question",
    [
        "how many people have low mood",  # how common: words may answer it
        "what did the 2018 study find",
    ],
)
def test_other_questions_about_a_study_need_no_count(question):
    assert amounts.answered(question, STUDY)


@pytest.mark.parametrize(
    "question",
    [
        "my grandpa smokes a lot could that lower his dopamine",
        "does exercise help my grandpa with low mood",
        "my grandma has low mood does a daily walk help",
    ],
)
def test_a_relative_the_reader_speaks_of_does_not_veto(question):
    assert judge([_hit(support=0.6)], question, False, _vocab(), Settings()).covered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("does my thyroid lower serotonin", "thyroid"),  # a thing of the reader's: still missing
        ("can my grandpa take melatonin for low mood", "melatonin"),
    ],
)
def test_other_words_after_my_still_veto(question, missing):
    verdict = judge([_hit(support=0.6)], question, False, _vocab(), Settings())
    assert not verdict.covered
    assert missing in verdict.missing


@pytest.mark.parametrize(
    "question",
    [
        "my mum is 79, is it safe for her to start running",
        "is it safe to run on a bad knee",
        "safe for older people to lift weights?",
        "are walks safe for me",  # 9t: whether a thing is safe, however it is put
    ],
)
def test_safety_asked_needs_a_passage_that_speaks_of_it(question):
    risk = "A sedentary life raises the risk of depression; exercise helps."
    assert aspects.unsaid(question, risk) == "safety"
    assert not aspects.unsaid(question, "Exercise is safe for most older adults.")
    assert not aspects.unsaid(question, "Running can be dangerous after a knee injury.")


@pytest.mark.parametrize(
    "question",
    [
        "is it the risk of depression that exercise lowers",
        "what makes a walk a safe bet",
        "is it safe to take melatonin with sertraline",  # two things together: another rule's
    ],
)
def test_questions_not_about_safety_need_no_safety_word(question):
    assert aspects.unsaid(question, "A sedentary life raises the risk of depression.") != "safety"


CRAMPS = "Muscle cramps and stiffness can come with low dopamine."


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("cramps at night, is that linked to low dopamine", ", is that linked to low dopamine"),
        ("leg cramps every morning and low mood are they connected", " are they connected"),
        ("are cramps worse at night", "are cramps worse at night"),  # nothing named first
    ],
)
def test_the_question_after_the_things_named_first(question, asked):
    assert after_topic(question) == asked


def test_a_time_that_describes_the_thing_named_asks_no_time():
    hit = _hit(CRAMPS, support=0.6)
    vocab = _vocab(CRAMPS + " " + ARTICLE)
    named = "cramps at night is that linked to low dopamine"
    assert judge([hit], named, False, vocab, Settings()).covered
    asked = "are cramps worse at night"  # asks when: the passage gives no time of day
    assert not judge([hit], asked, False, vocab, Settings()).covered


@pytest.mark.parametrize(
    "question",
    [
        "does smoking play a part",
        "could a sedentary life play a big role",
        "does smoking play a role",
    ],
)
def test_playing_a_part_is_no_effect_asked(question):
    assert unknown_effect(question, _vocab()) == ()
    assert judge([_hit(support=0.6)], question, False, _vocab(), Settings()).covered


def test_what_a_thing_plays_a_part_in_is_still_asked():
    question = "does smoking play a part in hair thinning"
    assert unknown_effect(question, _vocab()) == ("hair", "thinning")
    assert not judge([_hit(support=0.6)], question, False, _vocab(), Settings()).covered
