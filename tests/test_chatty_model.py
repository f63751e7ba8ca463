"""Messages as people type them in a chat (lowercase, typos, chatter around the question), on the
seed corpus with the real model: the chatter never vetoes an answer, and a key concept the articles
really never mention still does, by name. The first list of each kind shaped the rule
(app/need.py); the second was written afterwards and passed as written."""

import pytest

from app.answer import escape_md

pytestmark = pytest.mark.model

ANSWERED = [
    "this workout killed me lol, does exercise help depression",
    "ugh my roommate blasts music at 3am. anyway what causes low dopamine",
    "sorry my english is bad, what are symptoms of low dopamine",
    "my therapist is on vacation rn so quick q: can exercise help with depression?",
    "hey!! nursing student here, what foods boost dopamine",
    "i'm training for a marathon and wondering does running help depression",
    "grandma just got diagnosed w parkinsons :( is it curable",
    "so tired after my shift at the warehouse.. can low dopamine make you tired",
    "my gf says im lazy lol but could it be low dopamine",
    "just finished my calculus homework, what does dopamine do in the brain",
    "ok so my cousin does coke every weekend, does cocaine mess with dopamine",
    "been doomscrolling tiktok all night, how do i raise my dopamine naturally",
    "my golden retriever is the only thing keeping me going honestly. do antidepressants work for"
    " everyone",
    "hi from brazil! which supplements help dopamine",
    "cant afford therapy atm, how else can i treat depression",
    "my doctor put me on zoloft last month and i still feel flat, why do antidepressants sometimes"
    " fail",
    "after my divorce i cant enjoy anything, is that low dopamine",
    "yo whats a dopamine transporter",
    "watching the olympics got me thinking, how much exercise do you need for depression",
    "my coworker swears by bananas lol. what foods have tyrosine",
    # written after the rule
    "omg i just ran 5k for the first time!! does exercise actually help with depresion",
    "my mom keeps nagging me about my diet haha. which foods incrase dopamine",
    "long day at the office... what r the symptoms of dopamine defficiency",
    "idk if this is the right place but how is low dopamine treated",
    "my uncle has parkinsons, does it have anything to do with dopamine",
    "finals week is destroying me, can low dopamine cause no motivation",
    "random question from a gym rat: why does exercise help depression",
    "my sister is a pharmacist and she said ssris dont always work, why do antidepressants fail",
    "i feel like a zombie every morning. is fatigue a sign of low dopamine",
    "ok weird q but does cocaine lower dopamine afterwards",
    "playing fortnite all day, what is dopamine anyway",
    "mi amigo said, how do you test for low dopamine",
    "been reading reddit threads for hours lol, are there supplements for dopamine",
    "my cat died last week and i cant feel anything. can exercise help depression",
    "hey doc, what causes dopamine deficiancy",
]
NOT_MENTIONED = [
    ("is ADHD caused by low dopamine", "ADHD"),
    ("can i take 5-htp with sertraline", "5-htp"),
    ("does ketamine help depression", "ketamine"),
    ("my dr wants me on wellbutrin, does it raise dopamine", "wellbutrin"),
    ("lol my friend said adderall fixes low dopamine, true?", "adderall"),
    ("is ozempic linked to depression", "ozempic"),
    ("does lithium help with low dopamine", "lithium"),
    ("can st johns wort replace my antidepressant", "johns"),
    ("is melatonin safe with levodopa", "melatonin"),
    ("can gabapentin cause low dopamine", "gabapentin"),
    # written after the rule
    ("does microdosing psilocybin help depression", "psilocybin"),
    ("my psychiatrist mentioned vyvanse, does it boost dopamine", "vyvanse"),
    ("is fluoxetine better than exercise for depression", "fluoxetine"),
    ("can tramadol lower dopamine", "tramadol"),
    ("does caffeine withdrawal cause low dopamine lol", "caffeine"),
    ("heard about tms therapy, is it good for depression", "tms"),
    ("is bupropion a dopamine booster", "bupropion"),
    ("can probiotics raise dopamine", "probiotics"),
    ("does ashwagandha help with depression", "ashwagandha"),
    ("my brother takes ritalin, does that raise dopamine", "ritalin"),
]


@pytest.mark.parametrize("message", ANSWERED)
def test_chatter_around_a_covered_question_does_not_veto_it(seed_assistant, message):
    reply = seed_assistant.ask(message)
    assert not reply.abstained and reply.quotes and not reply.missing, reply.missing


@pytest.mark.parametrize("message,name", NOT_MENTIONED)
def test_a_concept_the_articles_never_mention_is_named(seed_assistant, message, name):
    reply = seed_assistant.ask(message)
    assert reply.abstained and not reply.quotes
    assert name in reply.missing and f"“{escape_md(name)}”" in reply.markdown
