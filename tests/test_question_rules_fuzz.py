"""Fuzz: the rules that read what a question asks (`app.subject`, `app.framing`, `app.aspects`,
`app.amounts`, `app.need`) take any message made of the words people type most, in the shapes
questions take ("can ...", "what is ...", "does my ..."), without failing. One such message, "can
barely get words out, my inhaler isnt helping", once raised IndexError and cost a reader in an
asthma attack the emergency guidance."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import amounts, aspects, defines, framing, shop, subject
from app.need import need

STARTS = (  # noqa: SIM905 - easier to read as text
    "can could does do did is are was will would what whats how why when which so and but ok also"
).split()
WORDS = (  # noqa: SIM905
    "barely really actually just even too tho anyway also not never no dont cant isnt wont u ur rn"
    " i my me he she they it its that this those them a an the for of to in on at with after"
    " before about like by and or but if so because being feeling staying get make help hurt kill"
    " have cause raise lower good bad safe a treatment cure dopamine low parkinsons depression"
    " exercise supplements sertraline dose pills mg took much many kids baby mom dad words out"
    " ( ) ? . , ! ’ ' - ... what is are"
).split()
MESSAGE = st.builds(
    lambda start, words: " ".join([start, *words]),
    st.sampled_from(STARTS),
    st.lists(st.sampled_from(WORDS), max_size=10),
)
QUOTE = "Low dopamine can be caused by stress, and a dose of 500 mg was used in one study."


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(MESSAGE)
def test_the_question_rules_take_any_message(message):
    assert isinstance(shop.about_the_shop(message), bool)
    for rule in (subject.subject, subject.outcome, subject.quality, shop.to_the_shop):
        assert isinstance(rule(message), str | bool)
    assert isinstance(subject.circumstances(message), list)
    assert isinstance(subject.topic(message), list)
    assert isinstance(defines.defined(message), str)
    assert isinstance(framing.framing(message), frozenset)
    assert isinstance(aspects.unsaid(message, QUOTE), str)
    assert isinstance(amounts.answered(message, QUOTE), bool)
    assert need(message) is not None
