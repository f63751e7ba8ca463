"""Page-chrome and promotion removal for scraped text, line by line.

In scope: shop and account lines, calls to action, share buttons, bylines, image captions and alt
texts, ad fragments, product teasers, plus an optional per-corpus phrase list
(`.junk-phrases` in the corpus folder, one case-insensitive phrase per line).
Out of scope: rewriting text. A line is kept whole or dropped whole,
so every kept word is the article's own, in its own order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

RULES_VERSION = 5  # bump when a rule changes: it is part of the index fingerprint
# 4: a front-matter url that is no web address (a line break, a space, <, >, ", no host) is dropped
# 5: front matter read as text (`title: yes` is "yes"); a list, a mapping, a date that is not one,
#    a slip for a field's name or front matter never closed skips the file naming why
# (task edge4): files read by earlier rules are read again on the next build, vectors reused

ITEM = re.compile(r"^\s*(?:[-*+•▪●◦‣·]|\d{1,3}[.)])\s+")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")

# Dropped at any length: nothing in an article's own prose reads like this.
STRONG = re.compile(
    r"add to (?:cart|bag|basket)|all sales are final|ship(?:ping)? internationally|"
    r"login to your account|log in to your account|get started (?:today|now)|promo code|"
    r"use code \w+|free shipping|accept returns|return policy|please check out|"
    r"subscribe to our newsletter|start your [\w ]{0,40}journey|"
    r"\bjourney starts here\b|continue shopping|buy now|shop now|order now",
    re.I,
)
# Dropped only on short lines (a real sentence may say "sign in at the front desk").
WEAK = re.compile(
    r"^(?:log ?in|sign ?in|sign ?up|register|my account|cart|checkout|menu|search|home|"
    r"share(?: this)?(?: article| post| page)?:?|share on \w+|follow us\b.*|tweet|pin it|"
    r"email|print|"
    r"advertisement|sponsored(?: content)?|related (?:articles|posts|products)|read more|"
    r"learn more|click here.*|skip to (?:main )?content|back to top|previous|next|"
    r"photo(?: credit)?:.*|image:.*|source: getty.*|cookie.*|accept(?: all)?(?: cookies)?)$",
    re.I,
)
IMAGE = re.compile(
    r"\b\d{2,5}\s?[x×]\s?\d{2,5}\b|\b\d{6,}\s+\d{3,4}\b|\.(?:jpe?g|png|gif|webp|svg|avif)\b|"
    r"\b(?:icon|thumbnail|cropped|stock photo)\b",
    re.I,
)
BYLINE = re.compile(
    r"^(?:by|written by|reviewed by|medically reviewed by|fact[- ]checked by|published|"
    r"updated|last updated|posted|posted on)\b",
    re.I,
)
SHORT = 12  # words: a line this short with no sentence punctuation is a heading or junk


def words(line: str) -> list[str]:
    return line.split()


def is_item(line: str) -> bool:
    return bool(ITEM.match(line))


def is_title_like(line: str) -> bool:
    """A short line that reads as a heading: ends with '?' or most longer words are capitalized."""
    text = line.strip()
    ws = words(text)
    if not ws or len(ws) > 14 or is_item(text) or re.search(r"[.,;!]$", text):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.endswith("?"):
        return True
    long_words = [w for w in ws if sum(c.isalpha() for c in w) >= 4]
    if not long_words:
        return len(ws) <= 3
    capitalized = sum(w[0].isupper() or w[0].isdigit() for w in long_words)
    return capitalized / len(long_words) >= 0.6


def junk_reason(
    line: str,
    *,
    strict: bool,
    standalone: bool = True,
    author: str = "",
    phrases: Sequence[str] = (),
) -> str:
    """Why `line` is page chrome or promotion ("" when it is article text).

    `strict` adds the short-fragment rule, for scraped text (.txt, .html) whose headings are
    not marked up; authored Markdown keeps its short lines. The rule only applies to a line that
    stands alone between blank lines, never to the last line of a hard-wrapped paragraph.
    """
    text = line.strip()
    low = text.lower()
    n = len(words(text))
    if any(p and p in low for p in phrases):
        return "site phrase"
    if STRONG.search(text):
        return "shop or call to action"
    if n <= 10 and WEAK.match(ITEM.sub("", text)):
        return "site chrome"
    if n <= 10 and IMAGE.search(text):
        return "image caption or alt text"
    if n <= 12 and BYLINE.match(text):
        return "byline"
    if author and n <= 5 and len(text) > 3 and low in author.lower():
        return "byline"
    fragment = n <= SHORT and not is_item(text) and not SENTENCE_END.search(text)
    if strict and standalone and fragment and not is_title_like(text):
        return "fragment"
    return ""


def is_teaser_line(line: str) -> bool:
    """A line that may belong to a product teaser shown just before an 'Add to cart'."""
    text = ITEM.sub("", line.strip())
    return len(words(text)) <= 8 and not SENTENCE_END.search(text)


def clean_lines(
    lines: Sequence[str], *, strict: bool, author: str = "", phrases: Sequence[str] = ()
) -> list[bool]:
    """For each line, whether it is kept. Blank lines are kept (they separate blocks)."""
    keep = [True] * len(lines)
    phrases = [p.lower() for p in phrases]
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        standalone = _blank(lines, i - 1) and _blank(lines, i + 1)
        reason = junk_reason(
            line, strict=strict, standalone=standalone, author=author, phrases=phrases
        )
        if not reason:
            continue
        keep[i] = False
        if reason == "shop or call to action":
            _drop_teaser_before(lines, keep, i)
    return keep


def _blank(lines: Sequence[str], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].strip() or is_item(lines[i])


def _drop_teaser_before(lines: Sequence[str], keep: list[bool], i: int, limit: int = 2) -> None:
    """Drop up to `limit` short non-sentence lines just before a shop line (product name, alt)."""
    j, dropped = i - 1, 0
    while j >= 0 and dropped < limit:
        if lines[j].strip():
            if not is_teaser_line(lines[j]):
                return
            keep[j] = False
            dropped += 1
        j -= 1


def load_phrases(text: str) -> list[str]:
    """Parse a `.junk-phrases` file: one phrase per line, '#' starts a comment."""
    return [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
