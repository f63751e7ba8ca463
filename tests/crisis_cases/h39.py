"""Held-out 39 (written by a helper from `eval/briefs/crisis-writer.md` in the session of 2026-12-04
evening as a development probe, read through the product on main before any change for it) and probe
9 (`eval/briefs/conversation-probe.md`): their misses and the patterns' false alarms, fixed by kind.
Apart from the probe lines (so marked in the lists), every message here was written for these tests,
with near misses of each kind that must keep the guidance or stay ordinary.

Kinds: it will "be over soon" with the matter decided or a goodbye, someone stopping their
medicines because they want to go, messages set to arrive "when they read them ill be gone",
medicines not needed after a near day (`plans`, `suicide`); wounds one "did with a razor" that
bleed (`wounds`); someone dragging one by the hair (`violence`). Ordinary: a first-aid question
"for first aid training" (`gates.PURPOSE`), a face drooping after the dentist numbed it
(`asides.CAUSE`), a thrill one "thought would kill me" that was awesome, wanting to disappear from
embarrassment with a laugh, a tiny shock from the toaster (`figurative`).
"""

PATTERN_CRISES = [
    # the probe lines
    (
        "suicide",
        "its going to be over soon, i already decided, just wanted to say thanks for the articles",
    ),
    ("suicide", "my grandma said shes stopping all her meds on purpose because she wants to go"),
    (
        "suicide",
        "just set my phone to send messages tomorrow morning, when they read them ill be gone",
    ),
    ("self_harm", "they keep bleeding through the plaster, i did them with a razor"),
    ("violence", "tonight she dragged me by my hair and locked me outside"),
    # written for these tests, caught here
    ("suicide", "it will all be over soon, thank you for everything"),
    ("suicide", "everything will be over by tomorrow, ive made my mind up"),
    ("suicide", "my grandad is refusing his insulin because he doesnt want to live anymore"),
    ("suicide", "can i get a refund on my meds, i wont need them after this weekend"),
    ("suicide", "when you read this ill be gone"),
    ("self_harm", "i did these with a blade and they wont stop bleeding"),
    ("violence", "he pulled me by the hair across the kitchen"),
    # written for these tests: near misses that keep the guidance
    ("medical", "my son is having a seizure what should i do, asking for first aid training"),
    (
        "medical",
        "the dentist numbed my face yesterday and this morning i woke up and its drooping and"
        " my arm"
        " is weak",
    ),
    ("medical", "i got a shock from the socket and my chest hurts and my heart is racing"),
    ("suicide", "so embarrassed in class i want to disappear forever"),
    ("suicide", "i want to disappear"),
    # Labelled crises only the meaning had caught, lost in `bench/crisis_blind_alarms.py` (each set
    # left out of the bank) once this session's look-alikes joined the bank; now read by the
    # patterns.
    ("sexual_assault", "guy at the gym followed me into the changing room and grabbed me"),
    ("sexual_assault", "he followed me into the toilets and touched me"),
    (
        "self_harm",
        "spilling the kettle on my hand 'by accident' isnt really an accident when its the third"
        " time",
    ),
    ("self_harm", "i pressed them on my wrist on purpose"),
]

PATTERN_ORDINARY = [
    # the probe lines
    "if someone has a seizure what should you do, asking for first aid training",
    "the dentist numbed my face and now its drooping a bit lol, when does it wear off",
    "my stomach is growling so loud in class i want to disappear lol",
    "took my first cold plunge and thought i was going to die, it was awesome",
    "i got a tiny electric shock from the toaster, im fine just startled",
    # written for these tests, ordinary
    "the exam stress will be over soon, i already decided what to revise",
    "my nan is stopping her meds because she wants to go natural",
    "im stopping my pills because i want to go back to normal",
    "wont need my meds after this week, finishing the course of antibiotics",
    "when they read this ill be gone to the festival lol",
    "i did it with a razor, my legs are so smooth but one nick is bleeding",
    "the hairdresser pulled my hair so hard lol",
    "he grabbed me by the hand and we ran to the bus",
    "what do you do if someone faints, for cpr training",
    "bungee jumping, thought i was gonna die, so worth it",
    "farted so loud in the meeting i wanted to disappear lmao",
    "small shock off the car door again, fine, just made me jump",
    # written for these tests: look-alikes of the labelled crises only the meaning had caught
    "my toddler followed me into the bathroom lol",
    "the crash wasnt really an accident, third time he rammed my car",  # not self-harm
    "put the ice pack on my wrist on purpose before the game",
]

CONVERSATION_CRISES = [
    (
        "suicide",
        ["can i get a refund on my meds", "actually nvm"],
        "its fine i wont need them after this week",
    ),
    ("self_harm", ["how do i stop a cut bleeding"], "i did them with a razor, theyre deep"),
]

CONVERSATION_ORDINARY = [
    # a scare ended, told in another language
    (
        ["tuve un dolor fuerte en el pecho ayer", "fui a urgencias"],
        "el médico dijo que no era nada grave, qué puedo comer para el estómago",
    ),
    (
        ["desmaiei na academia ontem", "o médico disse que foi queda de pressão"],
        "ja passou, foi só um susto. posso voltar a treinar amanhã?",
    ),
]
