"""A question that asks for a list ("what are the symptoms of low dopamine", "signs of low
dopamine", "foods that boost dopamine") is answered by the list whose lead-in names what it asks
for ("Physical symptoms a healthcare provider may look for include:" and its items), not by a
paragraph that only mentions the word ("Knowing the symptoms of dopamine deficiency can help you
catch the condition early."). On 6b85ade the plainest question a reader asks, "what are the
symptoms of low dopamine", quoted that paragraph, the definition and a treatment sentence, and not
the list: the items ("• Tremors, particularly in your hands") are nothing like the question, and
the lead-in lacks its subject ("dopamine"), which only its section heading names.

`sentence_search` lifts a lead-in by `list_bonus` when (1) the question names a kind of list
(`KINDS`: symptoms or signs, causes, ways, foods, supplements, treatments, types, side effects,
risk factors) in the plural, (2) the lead-in names the same kind and ends with a colon, (3) list
items follow it in its passage, and (4) every other content word of the question that the
articles use is in the lead-in, its section heading or its article's title (the subject: "what
symptoms come from low dopamine and norepinephrine" does not lift a dopamine-only list).
"""

from __future__ import annotations

import re

from app.lexical import terms

# Kinds of list a question asks for, each with the words a lead-in may name it by.
KINDS = {
    "symptoms": r"symptoms?|signs?|warning\s+signs?",
    "causes": r"causes?|reasons?|factors?|triggers?",
    "ways": r"ways?|methods?|tips?|things?|steps?|options?|what\s+you\s+can\s+(?:try|do)",
    "foods": r"foods?|diet",
    "supplements": r"supplements?",
    "treatments": r"treatments?|medications?|medicines?|therapies|options?",
    "types": r"types?|kinds?|forms?",
    "side effects": r"side\s+effects?",
    "risk factors": r"risk\s+factors?|risks?",
}
# The question names the kind in the plural (or as "signs"/"side effects"): it asks for several.
_ASKED = {
    "symptoms": r"symptoms|symptons|symtoms|signs",
    "causes": r"causes|reasons|triggers",
    "ways": r"ways|methods|tips",
    "foods": r"foods",
    "supplements": r"supplements|supps",
    "treatments": r"treatments|medications|meds|therapies",
    "types": r"types|kinds",
    "side effects": r"side\s+effects|sideeffects",
    "risk factors": r"risk\s+factors",
}
ASKED = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in _ASKED.items()}
NAMES = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in KINDS.items()}
# A yes/no question about one thing ("are tremors a symptom", "is restless legs one of the
# signs") asks whether, not for the list: its own rules answer it.
_WHETHER = re.compile(
    r"^\W*(?:is|are|can|could|does|do|did|will|would|should|r)\b(?!\s+(?:there|the)\b)"
    # "why bother learning the symptoms", "whats the point of knowing the signs": a purpose
    r"|^\W*(?:why|how\s+come)\b"
    r"|\b(?:point|purpose|use|benefit|good)\s+(?:of|in|is)\s+(?:knowing|learning|spotting|"
    r"catching|recogni[sz]ing|understanding|looking)\b",
    re.I,
)
ITEM = re.compile(r"\s*(?:[-*+•▪●◦‣·]|\d{1,3}[.)])\s+")
# The words that ask for the list rather than name its subject.
_FRAME = frozenset(
    terms(
        "what which are is the some main common early first physical mental psychological list "
        "give me tell name any all of for that to in with from a an have has get my i you can "
        "could do does help helps boost boosts increase increases raise raises natural naturally "
        "good best top come comes came get gets got make makes look looks show shows happen "
        "happens know tell usual usually typical level levels main key major"
    )
)


def asks_list(question: str) -> tuple[str, ...]:
    """The kinds of list the question asks for (`ASKED`), or () when it asks none or asks
    whether of one thing (`_WHETHER`)."""
    if _WHETHER.search(question):
        return ()
    return tuple(kind for kind, asked in ASKED.items() if asked.search(question))


def subject_terms(question: str, kinds: tuple[str, ...]) -> set[str]:
    """The question's stems that are neither the list's kind nor words that ask for a list."""
    kind_words = " ".join(ASKED[k].pattern for k in kinds)
    named = set(terms(re.sub(r"[^a-z ]", " ", kind_words.lower())))
    return {t for t in terms(question) if t not in _FRAME and t not in named}


def lead_ins(
    kinds: tuple[str, ...], lows: list[str], heads: list[str], pids: list[int]
) -> list[bool]:
    """For each sentence (lowercased, in passage order; `heads`: read under its section heading
    and article title; `pids`: its passage), whether it is the lead-in of a list of one of
    `kinds`: it names the kind, ends with a colon, and list items follow it in its passage."""
    out = []
    for i, low in enumerate(lows):
        nxt = i + 1
        follows = nxt < len(lows) and pids[nxt] == pids[i] and ITEM.match(lows[nxt]) is not None
        out.append(
            follows and low.rstrip().endswith(":") and any(NAMES[k].search(low) for k in kinds)
        )
    return out


def lifted(
    question: str, lows: list[str], heads: list[str], pids: list[int], known, titles=None
) -> list[float]:
    """1.0 for each lead-in (`lead_ins`) whose heading-read text (and its article's title, from
    `titles`: passage -> title) holds every subject stem of the question that the articles use
    (`known(stem)`), 0.0 for every other sentence."""
    kinds = asks_list(question)
    if not kinds:
        return [0.0] * len(lows)
    subject = {t for t in subject_terms(question, kinds) if known(t)}
    leads = lead_ins(kinds, lows, heads, pids)
    titles = titles or {}
    return [
        float(lead and subject <= set(terms(f"{titles.get(pid, '')} {head}")))
        for lead, head, pid in zip(leads, heads, pids, strict=True)
    ]
