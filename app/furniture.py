"""Sentences that are not the article's health content: promotion and page furniture.

Marked at build time, sentence by sentence, so they are never quoted or emphasized while the
quotes stay exact substrings of the article. In scope: sentences that sell (first-person plural
product claims, calls to buy or sign up), author bios, disclaimers, sourcing and editorial
policies, reference lists and citations, and outline sentences ("Here's everything you need to
know..."). Out of scope: removing text from the article (the article page still shows it) and
judging whether a medical claim is true. General rules only: a
medical sentence that names a product, a drug or a supplement is kept unless it sells it.
"""

from __future__ import annotations

import re

RULES_VERSION = 3  # bump when a rule changes: it is part of the index fingerprint

OUR = r"\bour (?:[\w-]+ ){0,6}"
SELL = re.compile(
    OUR + r"(?:supplements?|products?|formulas?|formulations?|brands?|store|shop|kits?|"
    r"gummies|capsules|tablets|powders|drops|blends|teas|creams|serums|sprays|vitamins|"
    r"consultations?|memberships?|subscriptions?|catalog)\b"
    r"|\b(?:check out|try|buy|order|shop|grab|get) (?:one |two |some |any )?(?:of )?our\b"
    r"|\bthe products we (?:carry|sell|make|offer)\b|\bwe (?:sell|carry|ship|stock)\b"
    r"|\b(?:offers?|provides?) (?:online |convenient |affordable )?(?:[\w-]+ ){0,3}"
    r"(?:consultations?|visits|subscriptions?|treatment plans?) that\b"
    r"|\b(?:sign up|subscribe|get started|start (?:your|today)|book (?:a|your)|"
    r"use (?:the )?code|discount|% off|free trial)\b",
    re.I,
)
BIO = re.compile(
    r"\b(?:is|was|serves as) (?:the |a |an )?(?:chief|director|founder|co-?founder|president|"
    r"board[- ]certified|medical director|head of)\b"
    r"|\b(?:he|she|they) (?:has|have) (?:formulated|founded|authored|written|established)\b"
    r"|\bhas established (?:himself|herself|themselves)\b"
    r"|\b(?:he|she) (?:is|was) passionate about\b"
    r"|\bsat on the advisory board\b|\bkey opinion leader\b",
    re.I,
)
DISCLAIMER = re.compile(
    r"for (?:general )?informational (?:and educational )?purposes only|"
    r"(?:does not|doesn't|is not intended to) (?:constitute|replace|provide) "
    r"(?:medical|professional)|"
    r"not (?:a|intended as a) substitute for (?:professional )?medical|"
    r"should never be relied upon|editorial (?:standards|policy|guidelines)",
    re.I,
)
SOURCING = re.compile(
    r"sourcing guidelines|we rely on peer[- ]reviewed|primary sources|tertiary references|"
    r"our content is (?:accurate|current|reviewed)",
    re.I,
)
CITATION = re.compile(
    r"\bRetrieved (?:\w+ \d{1,2}, )?\d{4}|\bdoi:\s?10\.|\(n\.d\.\)|\bet al\.|\bvol\. ?\d|"
    r"\b\d{4}\s?(?:[A-Z][a-z]{2})?;\s?\d+\(\d+\):\s?\d+|\bPMID\b|\bPMC\d|"
    r"^\(?\d{4}, \w+ \d{1,2}\)\.|^[A-Z][a-z]+ [A-Z]{1,2}(?:, [A-Z][a-z]+ [A-Z]{1,2})*\. [A-Z]",
)
OUTLINE = re.compile(
    r"^(?:here[’']s|here is) (?:everything|what|all) (?:you|we)\b.{0,20}\bknow\b|"
    r"^(?:in|throughout) this (?:article|guide|post|piece)\b|^(?:read on|keep reading)\b|"
    r"^(?:below|in the (?:following|sections below)),? (?:we|you)\b|"
    # a signpost back to the topic, which says nothing of it: "Back to physical activity." (a
    # few words, no verb: "Back to work after surgery can take weeks" is a sentence)
    r"^(?:now,? )?back to (?!back\b)(?!(?:[\w'’-]+\s+){0,5}(?:is|are|was|were|can|could|will|may"
    r"|might|helps?|takes?|makes?|means?)\b)(?:[\w'’-]+\s+){0,5}[\w'’-]+[.!]?$",
    re.I,
)
FURNITURE_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:sources|references|citations|bibliography|further reading)\s*$|"
    r"^(?:meet|about) (?:the (?:author|reviewer|expert)s?|dr\.? ?\w+|our \w+)\b|"
    r"^(?:author|reviewer) bio\b|^disclaimer\b",
    re.I,
)


def sentence_kind(sentence: str) -> str:
    """'text' for health content, else why it is never quoted: 'promotion', 'bio', 'disclaimer',
    'sourcing', 'reference' or 'outline' (what the article will cover, not what it says)."""
    if OUTLINE.search(sentence):
        return "outline"
    if SELL.search(sentence):
        return "promotion"
    if DISCLAIMER.search(sentence):
        return "disclaimer"
    if SOURCING.search(sentence):
        return "sourcing"
    if CITATION.search(sentence):
        return "reference"
    if BIO.search(sentence):
        return "bio"
    return "text"


def section_kind(heading: str) -> str:
    """A section whose heading announces furniture (sources, about the author): all of it is."""
    if not FURNITURE_HEADING.search(heading.strip()):
        return "text"
    low = heading.lower()
    return "bio" if ("meet" in low or "about" in low or "bio" in low) else "reference"
