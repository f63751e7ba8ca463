"""Redaction of question text before it is stored: emails, phone numbers and long digit runs are
replaced by [email], [phone] and [number]. Names and other free text are not detected (see
SECURITY.md)."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{6,}\d(?!\w)")
DIGITS = re.compile(r"\d{5,}")
MAX_CHARS = 2000  # a stored question is cut to this (the core refuses questions over 1000)


def redact(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub("[phone]", text)
    return DIGITS.sub("[number]", text)[:MAX_CHARS]
