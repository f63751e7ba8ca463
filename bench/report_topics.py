"""The synthetic log of `bench/report.py`: lay questions on 26 topics the seed articles do not
cover, made from templates, each topic's own lay names for its subject and its own phrasings that
never name it, with typing slips. Two disjoint halves of the templates make two logs: `tune`
(the threshold is chosen on it) and `test` (reported)."""

from __future__ import annotations

import random

# topic -> (names a reader uses for it, phrasings that do not name it)
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "adhd": (
        ["adhd", "add", "attention deficit disorder", "adult adhd", "adhd meds"],
        [
            "why cant i focus on anything at work",
            "my son cant sit still in class",
            "is ritalin safe for adults",
            "i keep losing focus and forgetting things",
        ],
    ),
    "migraine": (
        ["migraine", "migraines", "migraine headache", "a migraine with aura"],
        [
            "pounding headache on one side with flashing lights",
            "headache so bad i throw up and hate light",
        ],
    ),
    "keto": (
        ["the keto diet", "keto", "a ketogenic diet", "low carb keto"],
        ["is cutting all carbs bad for you", "what is ketosis and is it safe"],
    ),
    "eczema": (
        ["eczema", "atopic dermatitis", "eczema on hands", "baby eczema"],
        ["dry itchy red patches on my skin that crack", "itchy rash inside my elbows"],
    ),
    "reflux": (
        ["acid reflux", "heartburn", "gerd", "reflux"],
        ["burning in my chest after eating", "sour taste coming up my throat at night"],
    ),
    "gout": (
        ["gout", "a gout flare", "gout in the big toe", "uric acid"],
        ["my big toe is swollen red and hurts to touch", "is red meat bad for my toe joint pain"],
    ),
    "shingles": (
        ["shingles", "the shingles vaccine", "shingrix", "herpes zoster"],
        [
            "painful blistery rash on one side of my back",
            "i had chickenpox as a kid can it come back",
        ],
    ),
    "tinnitus": (
        ["tinnitus", "ringing in the ears", "ear ringing", "buzzing in my ears"],
        ["i hear a high pitched noise that wont stop", "constant whistling sound in my head"],
    ),
    "kidney_stones": (
        ["kidney stones", "a kidney stone", "renal stones", "passing a kidney stone"],
        ["sharp pain in my side going down to my groin", "blood in pee and terrible flank pain"],
    ),
    "hair_loss": (
        ["hair loss", "balding", "thinning hair", "male pattern baldness", "minoxidil"],
        ["my hair is falling out in clumps", "receding hairline at 25 what can i do"],
    ),
    "acne": (
        ["acne", "pimples", "cystic acne", "adult acne", "breakouts"],
        ["my face keeps breaking out before my period", "spots on my chin that wont go away"],
    ),
    "uti": (
        ["a uti", "urinary tract infection", "bladder infection", "utis"],
        ["it burns when i pee", "i need to pee all the time and it stings"],
    ),
    "sleep_apnea": (
        ["sleep apnea", "obstructive sleep apnea", "a cpap machine", "apnea"],
        ["my husband stops breathing while he sleeps", "i snore and wake up gasping"],
    ),
    "lactose": (
        ["lactose intolerance", "being lactose intolerant", "lactose", "dairy intolerance"],
        ["milk gives me bloating and diarrhea", "can i eat cheese if dairy upsets my stomach"],
    ),
    "psoriasis": (
        ["psoriasis", "scalp psoriasis", "plaque psoriasis", "psoriatic arthritis"],
        ["thick silvery scaly patches on my elbows", "flaky plaques on my knees that itch"],
    ),
    "hypothyroid": (
        ["hypothyroidism", "an underactive thyroid", "low thyroid", "levothyroxine", "hashimotos"],
        ["always cold tired and gaining weight is it my glands", "my tsh came back high"],
    ),
    "asthma": (
        ["asthma", "an asthma attack", "asthma inhalers", "exercise induced asthma"],
        ["wheezing and tight chest when i run", "how often can i use my blue puffer"],
    ),
    "hay_fever": (
        ["hay fever", "seasonal allergies", "pollen allergy", "allergic rhinitis"],
        ["sneezing and itchy eyes every spring", "runny nose whenever i mow the lawn"],
    ),
    "vitamin_d": (
        ["vitamin d deficiency", "low vitamin d", "vitamin d supplements", "vitamin d"],
        ["how much sunshine do i need for my bones", "should i take d3 in winter"],
    ),
    "ibs": (
        ["ibs", "irritable bowel syndrome", "ibs with diarrhea", "spastic colon"],
        [
            "cramps bloating and switching between constipation and diarrhea",
            "my stomach is always upset after meals and doctors find nothing",
        ],
    ),
    "plantar": (
        ["plantar fasciitis", "heel pain", "heel spurs", "plantar fascia"],
        [
            "stabbing pain in my heel with the first steps in the morning",
            "bottom of my foot hurts when i get out of bed",
        ],
    ),
    "varicose": (
        ["varicose veins", "spider veins", "bulging leg veins", "vein stripping"],
        ["twisted blue veins on my legs that ache", "my legs feel heavy and the veins stick out"],
    ),
    "menopause": (
        ["menopause", "hot flashes", "perimenopause", "hormone replacement therapy"],
        ["night sweats and my periods stopped at 50", "im 48 and keep getting sudden heat waves"],
    ),
    "blood_pressure": (
        ["high blood pressure", "hypertension", "blood pressure pills", "bp"],
        ["my reading was 150 over 95 is that bad", "how much salt should i eat for my heart"],
    ),
    "anemia": (
        ["anemia", "iron deficiency", "low iron", "iron deficiency anemia", "iron tablets"],
        ["always tired pale and short of breath on stairs", "my ferritin is low what do i eat"],
    ),
    "carpal_tunnel": (
        ["carpal tunnel syndrome", "carpal tunnel", "a wrist brace", "numb fingers from typing"],
        ["my hand goes numb and tingly at night", "pins and needles in my thumb and fingers"],
    ),
}

TEMPLATES = [
    "what causes {x}",
    "how do i get rid of {x}",
    "is {x} genetic",
    "can {x} go away on its own",
    "best treatment for {x}",
    "does {x} get worse with age",
    "{x} in kids",
    "what are the first signs of {x}",
    "how is {x} diagnosed",
    "can diet help with {x}",
    "natural remedies for {x}",
    "is {x} dangerous",
    "{x} symptoms in women",
    "when should i see a doctor about {x}",
    "how long does {x} last",
    "side effects of medicine for {x}",
    "can stress cause {x}",
    "my mom has {x} what should we do",
    "{x}??",
    "help with {x} pls",
    "is {x} curable",
    "tips for living with {x}",
    "what makes {x} worse",
    "can you prevent {x}",
    "does exercise help {x}",
    "is {x} common",
    "what is {x} exactly",
    "{x} and pregnancy",
    "how do you know if you have {x}",
    "do i have {x}",
]
TAILS = ["", "", "", "?", "??", " pls", " please help", " thanks", " asap", " :("]


def typo(text: str, rng: random.Random) -> str:
    """One typing slip: a letter dropped, doubled or swapped with the next."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 4:
        return text
    i = rng.choice(letters[1:-1])
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def question(topic: str, templates: list[str], rng: random.Random) -> str:
    names, own = TOPICS[topic]
    text = (
        rng.choice(own)
        if rng.random() < 0.25
        else rng.choice(templates).format(x=rng.choice(names))
    )
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        text = typo(text, rng)
    if rng.random() < 0.15:
        text = text.capitalize()
    return text + rng.choice(TAILS)


def synthetic_log(n: int, part: str, seed: int) -> tuple[list[str], list[str]]:
    """`n` questions and their topics; topic sizes fall off like 1/rank (a few big, many small).
    `part`: "tune" (even templates) or "test" (odd ones)."""
    rng = random.Random(seed)
    templates = TEMPLATES[0::2] if part == "tune" else TEMPLATES[1::2]
    topics = list(TOPICS)
    rng.shuffle(topics)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(topics))]
    chosen = rng.choices(topics, weights, k=n)
    return [question(t, templates, rng) for t in chosen], chosen
