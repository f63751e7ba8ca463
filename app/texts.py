"""Every fixed sentence a reader sees, in one place: the healthcare advice, the emergency guidance,
what a reply says when our articles do not cover a question, and the chat's apology. Data only.

`ADVICE` and `EMERGENCY` are defaults: a deployment sets its own with HEALTHQA_ADVICE and
HEALTHQA_EMERGENCY (app.config.Settings). The "not covered" sentence has one wording per medium
(JSON Markdown, terminal, chat page), kept as they were; unify them here if you change one.
"""

ADVICE = (
    "This answer only quotes our articles; it is not medical advice. Talk to a doctor, pharmacist "
    "or other healthcare professional about your own situation before you act on it."
)

EMERGENCY = (
    "If you or someone else may be in danger, call your local emergency number now (911 in the US, "
    "112 in the EU, 999 in the UK). If you are thinking about suicide or self-harm, call or text "
    "988 (Suicide & Crisis Lifeline, US) or your local crisis line. "
    "Poison Help (US): 1-800-222-1222."
)

# The articles do not cover the question: in `Reply.markdown` (API, `ask --json`) ...
NOT_COVERED = (
    "Our articles do not cover this question, so there is nothing we can quote on it. "
    "Please ask a healthcare professional."
)
# ... or, naming what our articles never mention ("ADHD"), in every medium ...
NOT_MENTIONED = "Our articles don't mention {names}, so there is nothing we can quote on it."
# ... in the terminal (`python -m app ask`, where the advice follows) ...
NOT_COVERED_TERMINAL = "Our articles do not cover this question, so there is nothing to quote."
# ... and on the chat page and its copied text.
NOT_COVERED_CHAT = (
    "I could not find an answer to this in our articles, so I am not quoting anything. "
    "Try rephrasing the question, or ask about a topic our articles cover."
)

# A question about an article's author (app.authors), before who the articles are by, in every
# medium.
ABOUT_AUTHORS = (
    "Our articles don't answer questions about their authors or their dates, so there is nothing "
    "we can quote on it. Each quote shows who its article is by and when it was published."
)

# A question to the site's shop, not the articles (app.shop.to_the_shop: orders, deliveries,
# returns, prices, what is in stock, the reader's account), in every medium.
ABOUT_SHOP = (
    "I answer questions from our health articles only, so I can't help with the shop: orders, "
    "deliveries, returns, prices, what is in stock or your account. Please contact the shop's "
    "customer service for that."
)

# A question in another language that quotes nothing (the articles are in English): Markdown ...
NOT_ENGLISH = (
    "Our articles are written in English, so we could not match this question to them. "
    "Please ask it in English, or ask a healthcare professional."
)
# ... and the chat page.
NOT_ENGLISH_CHAT = (
    "Our articles are written in English, so I could not match this question to them. "
    "Please ask it in English."
)

# What the chat is, under the page's title and under the widget's greeting (its only header).
CHAT_NOTE = (
    "Answers are quotes from our articles, with a link to each source. They are not medical advice."
)

# The heading of the crisis guidance box (the lines per category: app/safety/guidance.json).
GUIDANCE_HEADING = "Get help now."

UNAVAILABLE = "Sorry, I cannot answer right now. Please try again in a minute."

# Small talk (app.remarks.small_talk): what a reply says instead of "not covered", in every medium.
REMARKS = {
    "greeting": (
        "Hello! Ask me a question on the topics of our health articles, and I will answer it with "
        "quotes from them."
    ),
    "thanks": "You're welcome. Ask another question about our articles any time.",
    "bye": "Take care. You can come back and ask about our articles any time.",
    "ack": "Is there anything else you would like to ask about our articles?",
    "rephrase": (
        "I can only quote our articles word for word, so I can't put them in other words or sum "
        "them up. You could ask a shorter, more specific question, or ask a healthcare "
        "professional to explain."
    ),
    "about": (
        "I'm not a doctor or a person: I'm an assistant that finds and quotes passages from our "
        "health articles, with a link to each. For advice about your own health, please talk to "
        "a healthcare professional."
    ),
    "complaint": (
        "Sorry that didn't help. I can only quote our articles, and they may not answer your "
        "question. You could ask it in other words or more specifically, or ask a healthcare "
        "professional."
    ),
    "link": (
        "I can't open links: I only quote this site's own health articles. Ask your question in "
        "words and I will look for it in them."
    ),
}
