"""What a question about a remedy asks to relieve, which the quoted passage must name.

"what can i take for constipation from low dopamine" asks what relieves constipation; a passage
on raising dopamine names low dopamine, and the articles list constipation among its symptoms,
so every word of the question is in them: but no quote says what relieves constipation. A
question that asks what to take, use or do for a thing ("what can i take for X", "how do i treat
X", "any remedy for X"; not "does X help with Y", which asks an effect) is answered only by a
passage that names that thing (`treated`; `app.coverage` reads it with `app.concepts.mentions`
or in other words). What comes after it ("from low dopamine", "caused by my meds", "in kids") is
the thing's cause or circumstance, not the thing relieved. Out of scope: whether the passage's
remedy is for that thing (the ranking's), and remedies asked of the topic itself ("what can i
take for low dopamine": the passage names it).
"""

from __future__ import annotations

import re

from app.concepts import key_concepts

# A verb of relieving (or "take / use / do / try / eat ... for"), then the thing relieved.
_ASKS = re.compile(
    r"\b(?:(?:take|use|do|try|eat|drink|get)\s+for"
    r"|treat(?:s|ed|ing)?|reliev\w*|eas(?:e|es|ing)|get\s+rid\s+of"
    r"|(?:remed(?:y|ies)|cures?|fix(?:es)?|treatments?|medicines?|meds)\s+for)"
    r"\s+(?:my\s+|the\s+|this\s+|that\s+|his\s+|her\s+|their\s+|your\s+|ur\s+)?"
    r"(?!(?:in|at|on|by|for|with|from)\b)(?P<thing>[a-z][a-z'\- ]*?)"
    r"(?=\s+(?:from|caused|due|because|when|while|after|since|that|which|if|in|at|with|and|or)\b|[?.!,]|$)",
    re.I,
)


def treated(question: str) -> tuple[str, ...]:
    """The key concepts of the thing a remedy question asks to relieve ("constipation"); () when
    the question asks no remedy, or the thing names nothing ("it", "this")."""
    m = _ASKS.search(question)
    if not m:
        return ()
    return tuple(key_concepts(m.group("thing")))
