"""bench/quality.py scores a quote as useful when it holds the answering text the writer copied
from the raw article; white space is the cleaner's, not the answer's (seed held-out 24's list items
were copied with their no-break spaces and indents and never matched a cleaned quote)."""

from bench.quality import useful

LIST = "Physical symptoms include:\n\n• Loss of balance\n\n• Muscle stiffness\n\n• Muscle cramps"


def test_a_list_copied_from_the_raw_article_matches_its_cleaned_quote():
    item = {"contains": "Muscle stiffness\u00a0\n\n  • Muscle cramps"}
    assert useful({"text": LIST}, item)


def test_an_inline_no_break_space_still_matches():
    item = {"contains": "physical\u00a0inactivity\u00a0increase"}
    assert useful({"text": "so too does physical\u00a0inactivity\u00a0increase risk"}, item)
    assert useful({"text": "so too does physical inactivity increase risk"}, item)


def test_other_words_or_another_order_never_match():
    assert not useful({"text": LIST}, {"contains": "Muscle cramps\n\n• Muscle stiffness"})
    assert not useful({"text": LIST}, {"contains": "Muscle stiffness • Restless legs"})
    assert not useful({"text": LIST}, {"contains": "x", "also_contains": ["Muscle  weakness"]})
    assert useful({"text": LIST}, {"contains": "x", "also_contains": ["Loss  of\nbalance"]})
