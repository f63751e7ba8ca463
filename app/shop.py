"""Questions to the site's shop, not to the articles: what it sells, ships or charges, orders,
returns, discounts, stock, the reader's account, customer service (`to_the_shop`). The articles
never answer these, however close a sentence about supplements scores, and the reply says the
shop is not ours to answer (`about_the_shop`; `app.texts.ABOUT_SHOP`). Left out: what care costs
(a test, insurance), which is not covered but is no question for the shop either, and a message
that also asks about health, which the articles judge (`app.coverage`).
"""

from __future__ import annotations

import re

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
# what is in stock, the reader's account, customer service, its own products ("ur formula"). Not
# "in order to", "return to work", "after my delivery" (a birth), "track my mood", "an early sign in
# children", "the store" (any).
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
    r"|\bcustomer\s+(?:service|support|care)\b"
    # "why do ur supplements have three ingredients": the site's own products, asked of the site
    r"|\b(?:your|ur)\s+(?:own\s+)?(?:supplements?|products?|formulas?|blends?)\b",
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
