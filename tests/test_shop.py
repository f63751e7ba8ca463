"""Questions to the site's shop (`app.shop.to_the_shop`, `about_the_shop`): orders, returns,
prices, what is in stock, the reader's account. The reply quotes nothing and says plainly that
the assistant answers from the articles only and cannot help with the shop, in every medium,
instead of naming a product word the articles never use ("vitamin"). Health questions that name a
product, an order, a return or an amount are not shop questions. Wordings written for these tests,
not taken from the question sets."""

from __future__ import annotations

import pytest

from app.cli import render_terminal
from app.coverage import asked
from app.service import Assistant
from app.shop import about_the_shop, to_the_shop
from app.texts import ABOUT_SHOP
from app.web.render import nothing_quoted

SHOP = [
    # orders and deliveries
    "my parcel still hasn't turned up, it's been nine days",
    "where's my package? the tracking page hasn't moved",
    "could you change the address on my last order",
    "I'd like to cancel my monthly vitamin subscription",
    "what's the tracking number for what I bought",
    # returns
    "can I send them back if I don't like the taste? unopened",
    "how do refunds work here",
    "what is your returns policy for supplements",
    "can I return the gummies if they don't help",
    # prices and discounts
    "how much do the sleep gummies cost",
    "is there a coupon for new customers",
    "do you offer free shipping to spain",
    # availability
    "do you sell vitamin d gummies",
    "is the magnesium spray back in stock yet",
    "do you guys carry melatonin for kids",
    "is the omega 3 sold out",
    # the reader's account and the shop's people
    "I can't remember the password for my account",
    "how do I reach customer support",
]
HEALTH = [
    "are vitamin d gummies as good as tablets",
    "how much vitamin d should an adult take",
    "my dog swallowed some of my melatonin gummies, how much is dangerous",
    "can I return to the gym after a knee replacement",
    "what order should I take my morning pills in",
    "I take levodopa in order to control tremors, does protein affect it",
    "postpartum depression after my delivery, is it low dopamine",
    "should I track my mood every day",
    "is a tremor an early sign in young people",
    "my symptoms return if I miss a dose, why",
    "what does the package insert for sertraline say about alcohol",
    "can I buy melatonin without a prescription",
    # the shop's words in a health question
    "I work in customer service and the stress is wrecking my sleep",
    "forgot my password three times this week, is that an early sign of dementia",
    "the pharmacy mixed up my order and I took 50mg instead of 25, is that dangerous",
    "my subscription box had ashwagandha in it, is it safe with sertraline",
]


@pytest.mark.parametrize("question", SHOP)
def test_shop_questions_are_the_shops(question):
    assert about_the_shop(asked(question)), question


@pytest.mark.parametrize("question", HEALTH)
def test_health_questions_that_name_a_product_are_not(question):
    assert not to_the_shop(asked(question)), question


def test_a_return_for_a_reaction_is_left_to_the_articles():
    """The health words win: a reader who names a reaction hears what the articles say (or that
    they do not cover it), never only "contact customer service"."""
    assert not to_the_shop("can I send them back if they give me a rash")
    assert to_the_shop("can I send them back if they arrive late")


def test_what_care_costs_is_not_for_the_shop_but_not_quoted_either():
    for question in ("what would a brain scan cost me", "does insurance pay for dopamine tests"):
        assert not about_the_shop(question), question
    assert to_the_shop("how much does a sleep study cost")  # the articles never give a price


def test_a_shop_question_says_so_in_every_medium(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("do you sell vitamin d gummies")
    assert reply.abstained and not reply.quotes and reply.shop
    assert reply.missing == ()  # not "Our articles don't mention “vitamin”"
    for shown in (reply.markdown, render_terminal(reply), nothing_quoted(reply)):
        flat = " ".join(shown.split())
        assert ABOUT_SHOP in flat and "don't mention" not in flat, flat
    assert reply.advice in reply.markdown  # the advice is always there
    assert reply.to_dict()["shop"] is True


def test_a_shop_question_after_a_health_one_is_still_the_shops(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("ok and when will my order arrive?", ["how much sleep do adults need"])
    assert reply.abstained and reply.shop


def test_a_health_question_about_a_product_is_answered_as_before(tiny_settings, fake):
    assistant = Assistant.open(tiny_settings, fake)
    reply = assistant.ask("how much sleep do adults need")
    assert not reply.abstained and not reply.shop
    assert reply.to_dict()["shop"] is False


@pytest.mark.model
@pytest.mark.parametrize(
    "question,shop",
    [
        ("do you sell vitamin d gummies", True),
        ("is the l-tyrosine powder in stock", True),
        ("my order of magnesium never came, can I get my money back", True),
        ("which supplements might help the body make more dopamine", False),
        ("can I return to exercise while on antidepressants", False),
    ],
)
def test_the_real_model_tells_the_shop_from_health(seed_assistant, question, shop):
    """On the seed corpus: a shop question gets the shop's sentence; a health question that
    names a supplement or a return is answered from the articles as before."""
    reply = seed_assistant.ask(question, [])
    assert reply.shop is shop
    if shop:
        assert reply.abstained and ABOUT_SHOP in reply.markdown
    else:
        assert not reply.abstained and ABOUT_SHOP not in reply.markdown
