"""README.md, "How answers are chosen", rule 4: a question whose key word the articles never
mention quotes nothing and the reply names it ("Our articles don't mention “ADHD”") - in every
medium a reader meets it: the Markdown (API, `ask --json`), the terminal (`ask`), the chat's
HTML and the text its copy button copies, and `missing` in the reply object. Until this test only
the Markdown was checked (tests/test_coverage_model.py and others, with the real model)."""

from __future__ import annotations

import pytest

from app.cli import render_terminal
from app.service import Assistant
from app.web.render import reply_html, reply_text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("does wellbutrin help with sleep", "wellbutrin"),
        ("can ADHD make my sleep worse", "ADHD"),
        ("is <b>zoloft</b> fine for sleep", "zoloft"),
    ],
)
def test_a_missing_concept_is_named_in_every_medium(tiny_settings, fake, question, named):
    reply = Assistant.open(tiny_settings, fake).ask(question)
    said = f"Our articles don't mention “{named}”"
    assert reply.abstained and not reply.quotes and reply.missing == (named,)
    assert reply.to_dict()["missing"] == [named]
    for medium in (reply.markdown, render_terminal(reply), reply_text(reply)):
        assert said in " ".join(medium.split()), medium
    html = reply_html(reply)
    assert said.replace("'", "&#x27;") in html and "<b>" not in html
    assert html.index("hq-abstain") < html.index("hq-advice")  # the advice is still there, last
