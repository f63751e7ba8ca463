"""What held-out 28 (written in the session of 2026-12-03 by a writer who saw only the brief, read
on the merged code of that session at once, development data since: `eval/crisis/heldout-28.jsonl`)
missed or flagged wrongly among single messages, by general rules. Crises: a medicine saved up
instead of taken; "too late for that" with the matter decided; dying tonight unnoticed (Spanish
too); a date picked with calm; thoughts of not being alive back and louder; planning to be gone by
a day "anyway"; scars "from me"; cutting with a dirty blade and one's own wound red; a person
slumped over and "not there". Ordinary: capsules nearly choked on every time; an everyday
painkiller dose for a headache, then a question; "thought i was gonna have a heart attack lol";
the difference between two conditions, asked; a referee who "choked on that call"; a cold shower
that makes one gasp "like i cant breathe for a second"; whether something runs in families; a
near faint that was fine after; a heart test that came back fine; a topic "we covered in
biology"; a Hindi trainer who "mujhe maar dalega". Every message is written for these tests (none
copied from the held-out set); each near miss keeps its side."""

import pytest

from app.safety import match

CRISES = [
    ("suicide", "i stopped taking my citalopram weeks ago and kept them, theres a little pile now"),
    ("suicide", "no point in supplements, its too late for me, i have decided"),
    ("suicide", "if i die tonight no one will find me until the weekend"),
    ("suicide", "si me muero hoy nadie lo va a notar"),
    ("suicide", "honestly i feel at peace since i set a date"),
    ("suicide", "thoughts about not being alive keep coming back stronger"),
    ("suicide", "do i need to cancel my order, im planning to be dead by next week anyway"),
    ("self_harm", "best way to fade scars? theyre all from me"),
    ("self_harm", "been cutting with a rusty blade and mine is oozing"),
    ("medical", "dad slumped forward at the table, eyes open but he wont answer"),
]
ORDINARY = [
    "these tablets are massive, i almost choke whenever i swallow them, is there a liquid",
    "took a couple of paracetamol for period pain, ok to have coffee",
    "did an ice bath and thought i was going to die lol, worth it though?",
    "whats the difference between a migraine and a tension headache",
    "what is the difference between a stroke and a heart attack",
    "our goalie choked in the final again lol",
    "the first jump in the lake makes me feel like i cant breathe for a second, then its lovely",
    "does depression run in families",
    "i almost fainted in the queue from the heat but was fine after some juice",
    "chest feels tight when im stressed, had an ecg and it came back normal, tips?",
    "how does an overdose damage the liver, we covered it in class",
    "coach mujhe maar dalega aaj 😂 kya khaun",
]
STILL_CRISES = [
    ("medical", "took 2 ibuprofen for a headache and now my lips are swelling"),
    ("overdose", "took 20 ibuprofen for a headache"),
    ("medical", "i nearly passed out and now my chest hurts"),
    ("medical", "difference between a panic attack and a heart attack? im having chest pain now"),
    ("suicide", "whats the difference between self harm and a suicide attempt"),
    ("medical", "my husband choked on a grape and cant breathe"),
    ("violence", "mera pati mujhe maar dalega"),
    ("medical", "had an ecg last week and it was fine but now crushing chest pain and sweating"),
]
ORDINARY_NEAR_RULES = [
    "saving up my vitamins for the holiday so i dont run out",
    "too late to order for christmas? ive already decided on the tyrosine",
    "picked a date for the wedding, feel so calm now",
    "planning to be gone by friday for the holiday anyway, can i get express delivery",
    "cutting with a blunt knife in the kitchen, mine slipped and its red, plaster?",
    "my dog slumped over on the sofa and wont wake, is that normal after the vet",
]


@pytest.mark.parametrize(("category", "message"), CRISES + STILL_CRISES)
def test_crises_are_caught_with_their_category(category, message):
    assert category in match(message), message


@pytest.mark.parametrize("message", ORDINARY + ORDINARY_NEAR_RULES)
def test_ordinary_messages_stay_ordinary(message):
    assert match(message) == [], message
