"""The guidance box's phone numbers as tel:/sms: links: known answers, everything else escaped,
and no number-like text that is not a phone line (a year, a dose, a longer number) linked."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from app.safety.guidance import Guidance
from app.texts import EMERGENCY
from app.web.phones import linked_numbers

GUIDANCE = Path(__file__).parents[2] / "app" / "safety" / "guidance.json"


def test_known_numbers_become_links():
    html = linked_numbers("Call 911 in the US, 116 123 (UK) or 1-800-222-1222.")
    assert html == (
        'Call <a class="hq-tel" href="tel:911">911</a> in the US, '
        '<a class="hq-tel" href="tel:116123">116 123</a> (UK) or '
        '<a class="hq-tel" href="tel:18002221222">1-800-222-1222</a>.'
    )


def test_text_a_word_to_a_short_code_is_an_sms_link():
    html = linked_numbers("or text HOME to 741741 (US)")
    assert html == 'or text HOME to <a class="hq-tel" href="sms:741741?body=HOME">741741</a> (US)'


def test_the_rest_is_escaped():
    assert linked_numbers("<b>911</b> & 'x'") == (
        '&lt;b&gt;<a class="hq-tel" href="tel:911">911</a>&lt;/b&gt; &amp; &#x27;x&#x27;'
    )


@pytest.mark.parametrize(
    "text", ["in 1999", "take 250 mg", "code 9110", "911-3", "room 988a", "1-800-222-12222", ""]
)
def test_numbers_that_are_not_phone_lines_stay_text(text):
    assert "<a" not in linked_numbers(text)


def test_every_number_in_our_guidance_is_a_link():
    lines = [*json.loads(GUIDANCE.read_text("utf-8")).values(), EMERGENCY]
    for line in lines:
        html = linked_numbers(line)
        text = unescape(re.sub(r"<[^>]+>", "", html))
        linked = re.findall(r'<a class="hq-tel" href="[^"]+">([^<]+)</a>', html)
        digits = re.findall(r"\d[\d -]*\d", text)
        assert sorted(linked) == sorted(d.strip() for d in digits), line


@pytest.mark.parametrize(
    ("line", "links"),
    [
        ("In Australia call 000 now.", ["tel:000"]),
        ("For advice that is not an emergency, call NHS 111.", ["tel:111"]),
        ("Call Lifeline on 13 11 14, any time.", ["tel:131114"]),
        ("call 999 or 111, or 112", ["tel:999", "tel:111", "tel:112"]),
        ("Ring the Samaritans free on 116 123", ["tel:116123"]),
        ("dial 0800 1111 (Childline)", ["tel:08001111"]),
        ("Call +44 20 7946 0000", ["tel:+442079460000"]),
        ("call or text 0800 123 456", ["tel:0800123456"]),
    ],
)
def test_a_deployments_own_numbers_after_call_become_links(line, links):
    """A site owner's guidance in their own numbers: the number the line asks to call."""
    assert re.findall(r'href="([^"]+)"', linked_numbers(line)) == links


@pytest.mark.parametrize(
    "line",
    [
        "call 2 friends",
        "call within 24 hours",
        "call us if they took 500 mg",
        "call the clinic in 2026",
        "open 24/7",
        "phone 13 11 14/7",
        "Lifeline 13 11 14",  # no "call": a number is never guessed
        "recall 0800 1111",
        "take 250 mg and call later",
    ],
)
def test_other_numbers_near_call_stay_text(line):
    assert "<a" not in linked_numbers(line)


def test_the_readmes_example_guidance_file_loads_and_every_number_calls(tmp_path):
    """The site owner's worked example in README.md ("Guidance per deployment"): the file is
    accepted as it is, and each of its numbers and the example general line's is a link."""
    readme = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    block = re.search(r"guidance-uk\.json`:\s*```json\n(.*?)```", readme, re.S)[1]
    general = re.search(r'HEALTHQA_EMERGENCY="([^"]+)"', readme)[1]
    (tmp_path / "uk.json").write_text(block, "utf-8")
    lines = Guidance.load(tmp_path / "uk.json").for_categories(["suicide", "medical"], general)
    assert len(lines) == 3
    for line in [*json.loads(block).values(), " ".join(general.split())]:
        html = linked_numbers(line)
        text = unescape(re.sub(r"<[^>]+>", "", html))
        linked = re.findall(r'<a class="hq-tel" href="[^"]+">([^<]+)</a>', html)
        assert sorted(linked) == sorted(re.findall(r"\d[\d -]*\d", text)), line
