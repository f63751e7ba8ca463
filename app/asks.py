"""What a question asks about, beyond its key words, and whether the articles say it.

Rare words the articles never use veto an answer (`app.coverage`); these rules look at the parts
of a question that name what it asks about, common words or not (`app.subject` finds them):
its subject ("alcohol" in "does drinking alcohol lower dopamine"), the people or time after "for",
"while", "during" ("for my kids", "while pregnant"), the effect after its verb ("make your hair
fall out": unknown only when the articles use none of its words) and the quality an "is X ADJ?"
question asks of X ("is parkinsons genetic": the quoted passage must say it). And the words that
only frame a question never veto (`framing`): the kind of thing a "which X" question asks for
(the answer names instances of it) and the verb of an effect ("wreck"); nor does a lay word said
of how the reader feels beside one of the quote's ("feel lazy and unmotivated": `felt_beside`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.concepts import FUNCTION, Vocabulary, is_name, key_concepts, mentions
from app.subject import VERB, circumstances, outcome, quality, subject

Says = Callable[[str, str], bool]  # `app.synonyms.NearWords.says`: a quote says a word

# A question to the shop, not the articles: what it sells or ships, what a product costs ("do u
# guys ship to canada", "what supplements do you sell", "how much is the sleep formula bottle",
# "how much is calm max", "how would i order a tub", "can i buy the night formula here").
# "where can i buy l-tyrosine" too. "can i just buy antidepressants" asks about prescriptions,
# and is not one.
# Words of "how much is ..." that ask for an amount, not a price ("how much is too much", "how
# much is a safe dose", "how much is normal"): `app.amounts` judges those.
AMOUNT_WORDS = (
    "too|enough|normal|safe|healthy|needed|recommended|should|daily|day|days|week|per|of|in|mg|"
    "dose|doses|dosage|level|levels|amount|much|"
    # how much is harmful or all right ("my dog ate chocolate, how much is toxic", "how much is ok")
    "toxic|dangerous|harmful|lethal|fatal|deadly|poisonous|unsafe|risky|ok|okay|fine|alright|"
    "bad|good|best|ideal|right|appropriate|acceptable|excessive|effective|necessary|required"
)
SHOP = re.compile(
    r"\b(?:you|u)\s+(?:guys\s+|all\s+)?(?:sell|ship|deliver|stock)\b"
    r"|\bhow\s+much\s+(?:is|are|does|do)\s+(?:the|your|ur|a|an|one|this|that)\s+[^.?!]*?\b"
    r"(?:supplements?|products?|bottles?|packs?|capsules?|subscriptions?|consult(?:ation)?s?|"
    r"appointments?|sessions?)\b\s*(?:cost)?\W*$"
    r"|\bwhere\s+(?:(?:can|do|should|could)\s+(?:i|you|u|we|one)\s+|to\s+)(?:buy|order|purchase)\b"
    r"|\bhow\s+(?:do|can|could|would|should)\s+(?:i|you|u|we|one)\s+(?:order|buy|purchase)\b"
    r"|\b(?:order|buy|purchase)\b[^.?!]*\b(?:here|from\s+(?:you|u|this\s+site|your\s+site))\b"
    r"|\bhow\s+much\s+(?:does|do|would|will|is|are)\b[^.?!]*\bcost\b"
    rf"|\bhow\s+much\s+(?:is|are)\s+(?![^.?!]*\b(?:{AMOUNT_WORDS})\b)[^.?!]*\W*$",
    re.I,
)
# The shop's other business: orders and deliveries ("wheres my parcel", "cancel my subscription"),
# returns ("can i send it back", "return the tub if it doesnt help"), discounts and shipping costs,
# what is in stock, the reader's account, customer service. Not "in order to", "return to work",
# "after my delivery" (a birth), "track my mood", "an early sign in children", "the store" (any).
ITEM = r"(?:orders?|packages?|parcels?|shipments?|products?|items?|purchases?|bottles?|tubs?|kits?)"
SHOP_MORE = re.compile(
    r"\b(?:my|our|ur)\s+(?:[\w-]+\s+)?(?:orders?|packages?|parcels?|shipments?|purchases?)\b"
    r"(?!\s+(?:inserts?|leaflets?)\b)|\bfirst[\s-]+(?:time\s+)?(?:orders?|purchases?|buyers?)\b"
    r"|\btracking\s+(?:number|code|link)\b"
    r"|\b(?:cancel|pause|stop|end)\s+(?:my|the|a|our|ur)\s+(?:[\w-]+\s+)?"
    r"(?:orders?|subscriptions?|membership|plan)\b"
    r"|\bsubscriptions?\b[^.?!]*\bcancel|\bcancel\w*\b[^.?!]*\bsubscriptions?\b"
    r"|\b(?:return|refund|exchange)s?\s+polic(?:y|ies)\b|\brefund\w*\b|\bmoney[\s-]+back\b"
    r"|\bsend\s+(?:it|them|this|that|these|those)\s+back\b"
    rf"|\breturn\s+(?:it|them|stuff|things|(?:the|my|this|that|a|an)\s+(?:[\w-]+\s+){{0,3}}?{ITEM})\b"
    r"|\breturn\s+(?!to\b)[^.?!]*?\bif\s+(?:it|they|i)\b[^.?!]*\b(?:works?|helps?|like|mind)\b"
    r"|\b(?:discount|promo|coupon|voucher|referral)\s*codes?\b|\bcoupons?\b|\bpromo\b"
    r"|\bgift\s+cards?\b|\bfree\s+shipping\b|\bchecko?ut\s+page\b|\bcheckout\b"
    r"|\b(?:shipping|postage)\s+(?:costs?|fees?|times?|rates?|charges?|options?)\b"
    r"|\b(?:add|put)\b[^.?!]*\b(?:to|in|into)\s+(?:my|the|your|ur)\s+(?:cart|basket)\b"
    r"|\b(?:in|out\s+of|back\s+in)\s+stock\b|\bsold\s+out\b"
    r"|\b(?:you|u)\s+(?:guys\s+|all\s+)?carry\b|\b(?:your|ur)\s+(?:online\s+)?(?:shop|store)\b"
    r"|\b(?:my|an|your|ur)\s+account\b|\b(?:reset|change|forgot|forgotten|lost)\s+(?:my\s+)?password\b"
    r"|\bcustomer\s+(?:service|support|care)\b",
    re.I,
)
# A message about the shop's business that also asks about health is the articles' to judge
# (words of a health question, not of a topic: a product may be named "dopamine" or "sleep"):
# "I work in customer service and the stress is wrecking my sleep", "forgot my password again, is
# that a sign of dementia", "the pharmacy got my order wrong and I took 50mg, is that dangerous".
HEALTH_ASKED = re.compile(
    r"\b(?:sign|signs|symptoms?|normal|memory|forget\w*|dementia|alzheimer\w*|stress(?:ed|ful)?"
    r"|anxious|panic|tired|fatigue|pain|hurts?|dose|doses|dosage|mg|overdos\w*|side\s+effects?"
    r"|safe|unsafe|dangerous|harmful|doctor|sick|ill|allerg\w*|rash|pregnan\w*|interact\w*"
    r"|took|taken|swallowed)\b",
    re.I,
)
# What care costs ("how much does a dopamine blood test cost", "does insurance cover it"): a price
# the articles never give, but not one the shop's customer service can give either.
CARE_COST = re.compile(
    r"\b(?:costs?|price[ds]?|pricing|much)\b[^.?!]*\b(?:tests?|scans?|screenings?|surgery|surgeries"
    r"|operations?|procedures?|treatments?|insurance|insured|medicare|medicaid|copays?|doctors?"
    r"|visits?|hospital)\b"
    r"|\b(?:insurance|medicare|medicaid)\b",
    re.I,
)
# "which brain chemicals does exercise boost", "what minerals/nutrients does my body need": the
# words between the question word and the auxiliary name the kind of thing asked for; the answer
# names instances of it ("dopamine and norepinephrine"), in words of its own.
COUNT = r"(?:\d+|two|three|four|five)"  # "what 2 chemicals does exercise raise"
KIND_ASKED = re.compile(
    rf"^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:which|what)\s+(?:{COUNT}\s+)?"
    r"(?P<x>[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*)?)"
    r"\s+(?:does|do|did|can|could|should|would|will|might|may|is|are|r)\b"
    # "which brain chemicals go up": after "which", a noun phrase and its own verb
    rf"|^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:which|what\s+{COUNT})\s+"
    r"(?P<y>[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*)??)"
    rf"\s+(?:{VERB}|go|goes|went|come|comes)\b",
    re.I,
)
# "how does exercise help, like which brain chemicals": a closing "which X" names the kind asked.
KIND_AT_END = re.compile(
    r"(?:[,;:(]\s*|\b(?:like|and|or|i\s+mean)\s+)which\s+"
    r"(?P<z>[a-z][\w/’'-]*(?:\s+[a-z][\w/’'-]*)?)\W*$",
    re.I,
)
# "make you tired", "make me so sleepy": one word of how a person is.
PERSON_STATE = re.compile(
    r"\s*(?:you|u|me|us|them|people|ppl|someone|one)\s+(?:(?:feel|so|very|more|really|too)\s+)*"
    r"[\w'’-]+\s*",
    re.I,
)
# The kind of change an effect names, not what it changes ("loss" in "hair loss", "problems" in
# "vision problems"): such a word the articles use ("loss of balance"), at the end of the effect
# (its head), never vouches for an effect whose other words they never use.
GENERIC_EFFECT = frozenset(
    ["loss", "gain", "problem", "issue", "trouble", "pain", "ache", "change", "damage"]
    + ["failure", "disorder"]
)
# How much of an effect, not what it is ("low" in "low sex drive"): never vouches either.
DEGREE = frozenset(["low", "high", "poor", "bad", "severe"])
STATE = re.compile(r"\b(?:being|feeling|becoming|staying|getting|growing)\b", re.I)
# "does doing coke wreck your dopamine": the verb of the effect asked about is the question's frame,
# not what it asks about ("affect" in other words).
EFFECT_VERB = re.compile(rf"{VERB}", re.I)


def to_the_shop(need: str) -> bool:
    """The question asks the site's shop (what it sells or ships, a product's price; its other
    business, unless the message also asks about health): the articles never answer that, however
    close a sentence about supplements scores."""
    return bool(SHOP.search(need) or (SHOP_MORE.search(need) and not HEALTH_ASKED.search(need)))


def about_the_shop(need: str) -> bool:
    """A question to the shop that only the shop can answer (orders, returns, a product's price,
    what is in stock, the reader's account): the reply says so (`app.texts.ABOUT_SHOP`). Not what
    care costs, which `to_the_shop` still keeps from being answered by a quote."""
    return to_the_shop(need) and not CARE_COST.search(need)


def framing(need: str) -> frozenset[str]:
    """The words of a question that frame it rather than name what it asks about, so that the
    articles need not use them: the kind of thing a "which/what X does ..." question asks for
    ("chemicals" in "which brain chemicals"; the answer names instances; a modifier, "what ADHD
    meds", still counts), and the verb of an effect ("wreck" in "does coke wreck your dopamine")."""
    words: set[str] = set()
    found = KIND_ASKED.match(need) or KIND_AT_END.search(need)
    if found:
        kind = found.groupdict().get("x") or found.groupdict().get("y") or found["z"]
        words.update(w.lower() for w in kind.split()[-1].split("/") if w)  # its head
    words.update(w.lower() for w in re.findall(r"[A-Za-z]+", need) if EFFECT_VERB.fullmatch(w))
    return frozenset(words)


def unknown_subject(need: str, vocab: Vocabulary) -> str:
    """What the question asks about ("alcohol" in "does drinking alcohol lower dopamine"), when
    the articles never mention it (`app.subject`); "" otherwise. An English word must be there as
    typed ("kids" is not a slip of "kind"); a name may have one slip ("wellbutrn")."""
    head = subject(need)
    if not head:
        return ""
    return "" if known(head, vocab) else head


def has_quality(
    need: str, quote: str, quoted: frozenset[str], vocab: Vocabulary, says: Says | None
) -> bool:
    """An "is X ADJ?" question ("is parkinsons genetic") asks whether X is ADJ: the quoted passage
    must say ADJ (one slip and "-able" forms forgiven, or in other words), not merely be about X.
    True for other questions."""
    word = quality(need)
    if not word or not key_concepts(word) or mentions(quoted, word) or vocab.joins(word):
        return True
    return says is not None and says(word, quote)


def unknown_circumstance(need: str, vocab: Vocabulary) -> str:
    """The first word after "for", "while", "during" or "vs" that the articles never use and that
    names something ("kids" in "is that ok for my kids", "pregnant"); "" otherwise."""
    for word in circumstances(need):
        if key_concepts(word) and not known(word, vocab):
            return word
    return ""


def unknown_effect(need: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The key words of the effect a yes/no question asks about ("hair" in "can low dopamine make
    your hair fall out", "night" in "is it worse at night"), when the articles use none of them;
    () otherwise. One known word is enough ("you lose your balance"): lay words for what the
    articles say ("tired and numb") mostly come with one of theirs. Not for a follow-up, whose
    effect is often the topic's in other words ("does it work the other way round"), nor for a
    state ("getting older", "make you tired": one word of how a person is). A word for the kind of
    change that ends the effect ("loss" in "hair loss": `GENERIC_EFFECT`) vouches for nothing, nor
    one for its degree ("low" in "low sex drive": `DEGREE`)."""
    said = outcome(need)
    if STATE.search(said) or PERSON_STATE.fullmatch(said):
        return ()  # "getting older", "make you tired": a state, often a lay word for a symptom
    words = key_concepts(said)
    head = [w.lower() for w in re.findall(r"[\w'’-]+", said)[-1:]]  # not in "... loss worse"
    if not words or any(_vouches(w, w.lower() in head, vocab) for w in words):
        return ()
    return tuple(w for w in words if not known(w, vocab))


def _vouches(word: str, is_head: bool, vocab: Vocabulary) -> bool:
    """A word of the articles that says what the effect is: not its degree, nor, as its head, the
    kind of change ("loss", "problems", "aches")."""
    w = word.lower()
    generic = any(x in GENERIC_EFFECT for x in (w, w.removesuffix("s"), w.removesuffix("es")))
    return w not in DEGREE and not (generic and is_head) and known(word, vocab)


def known(word: str, vocab: Vocabulary) -> bool:
    """In the articles: a name with one slip ("wellbutrn"), an English word as typed ("night" is
    not a slip of "might"), or two of their words typed as one."""
    known = vocab.knows(word) if is_name(word) else vocab.knows_as_typed(word)
    return known or vocab.joins(word)


# How a reader feels, in two words joined by "and", "or", "+" or "/" ("feel so lazy and
# unmotivated", "feeling numb & blah"): `felt_beside`.
FELT = re.compile(
    r"\bfe(?:el|els|eling|lt)\s+(?:(?:so|very|really|kind\s+of|kinda|sort\s+of|all|more)\s+)*"
    r"(?P<a>[a-z]+)\s*(?:\band\b|\bor\b|[+/&])\s*(?:(?:so|very|really|kinda)\s+)*(?P<b>[a-z]+)",
    re.I,
)


def felt_beside(word: str, need: str, quoted: frozenset[str]) -> bool:
    """An English word the articles never use, said of how the reader feels beside one the quoted
    passage has ("feel lazy and unmotivated", "feel numb and blah"): the reader's own word beside
    theirs for one state, not a thing asked about ("dopamine and autism" is no feeling). Never a
    name."""
    if is_name(word):
        return False
    low = word.lower()
    for found in FELT.finditer(need):
        a, b = found["a"].lower(), found["b"].lower()
        partner = b if a == low else a if b == low else ""
        if partner and partner not in FUNCTION and mentions(quoted, partner):
            return True
    return False
