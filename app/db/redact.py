"""Redaction of question text before it is stored: emails, phone numbers and long digit runs are
replaced by [email], [phone] and [number]. A phone number has 7 to 15 digits (E.164's most); a
longer one, a card or account number with or without spaces, is a [number]. Names and other free
text are not detected (see SECURITY.md)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d(?!\w)")
PHONE_DIGITS = range(7, 16)
DIGITS = re.compile(r"\d{5,}")
MAX_CHARS = 2000  # a stored question is cut to this (the core refuses questions over 1000)


def redact(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub(_phone, text)
    return DIGITS.sub("[number]", text)[:MAX_CHARS]


def _phone(found: re.Match) -> str:
    digits = sum(c.isdigit() for c in found.group(0))
    return "[phone]" if digits in PHONE_DIGITS else "[number]"
