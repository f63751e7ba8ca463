"""The crisis probes' cases as data: one module per probe or held-out set, read by
`tests/test_crisis_cases.py` (a new module here is found and tested without further code).

Each module keeps its set's story in its docstring and may hold any of these lists:

- `PATTERN_CRISES`: (category, message) the patterns must read as that category;
- `PATTERN_ORDINARY`: messages the patterns must leave to the articles (no category at all);
- `ACROSS_CRISES`: (category, history, message) that `across.told_across` names;
- `ACROSS_ORDINARY`: (history, message) that `across.told_across` does not name;
- `CONVERSATION_CRISES`: (category, history, message) the product reads as that category in
  its conversation (`read_in_conversation`, the real model);
- `CONVERSATION_ORDINARY`: (history, message) the product answers in its conversation;
- `MEANING_CRISES`: (category, message) the detector reads as that category alone
  (`detect_alone`, the real model);
- `MEANING_ORDINARY`: messages the detector reads alone as no crisis.

Tests that only one set needs (a regular expression's reading, an exact category list, another
helper) stay in that set's `tests/test_crisis_<name>.py`.
"""
