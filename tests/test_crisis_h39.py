"""Held-out 39 and probe 9's tests special to them (their cases, and where they came from, are in
`tests/crisis_cases/h39.py`): a doctor's word in another language ends the scare, "but now ...
again" does not (`patterns.over_and_done`).
"""

from __future__ import annotations

import pytest

from app.safety.patterns import over_and_done


@pytest.mark.parametrize(
    "said",
    [
        # probe 9's conversations, joined (their follow-ups were flagged on main)
        "tuve un dolor fuerte en el pecho ayer fui a urgencias el médico dijo que no era nada"
        " grave, qué puedo comer para el estómago",
        "desmaiei na academia ontem o médico disse que foi queda de pressão ja passou, foi só um"
        " susto. posso voltar a treinar amanhã?",
        "j'ai eu mal à la poitrine hier, le médecin a dit que ce n'était rien",
        "bin gestern ohnmächtig geworden, der arzt sagte es ist nichts schlimmes",
    ],
)
def test_a_doctors_word_in_another_language_ends_the_scare(said):
    assert over_and_done(said)


@pytest.mark.parametrize(
    "said",
    [
        "el médico dijo que no era nada grave pero ahora me duele el pecho otra vez",
        "o médico disse que não era nada, mas agora ela desmaiou de novo",
        "der arzt sagte es ist nichts, aber jetzt kann er nicht atmen",
    ],
)
def test_but_now_again_in_another_language_does_not(said):
    assert not over_and_done(said)
