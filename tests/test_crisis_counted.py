"""Dozens of a prescription medicine named by its name, asked about or told, is an overdose
(`app.safety.patterns.overdose`): "what happens if you take 30 sertraline" got no guidance on
fefe25d and quoted the articles' sentence on sertraline, where "30 sertraline pills" was caught
(the count's noun list named only pills and over-the-counter painkillers). A dose in units is
not a count ("50 mg sertraline"), nor a daily amount. Written for this test (reader probes of the
fifth session of 2026-12-03); none is in an eval file."""

from __future__ import annotations

import pytest

from app.safety import patterns


@pytest.mark.parametrize(
    "message",
    [
        "what happens if you take 30 sertraline",
        "what happens if u take 40 propranolol",
        "is it bad to take 20 zoloft at once",
        "what would happen if someone took 25 ambien",
        "thinking of taking like 60 tramadol tonight",
        "can u die from taking 50 lithium",
    ],
)
def test_dozens_of_a_named_medicine_are_an_overdose(message):
    assert "overdose" in patterns.match(message)


@pytest.mark.parametrize(
    "message",
    [
        "what happens if you take 50 mg sertraline",
        "what happens if you take 50mg sertraline",
        "my dr put me on 20 mg of prozac is that a lot",
        "is 100 mg zoloft a high dose",
        "what happens if you take 25 sertraline a day",
    ],
)
def test_a_dose_in_units_or_a_day_is_no_overdose(message):
    assert "overdose" not in patterns.match(message)
