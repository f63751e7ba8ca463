"""The numbers in a line of emergency guidance as links a phone can call or text: "call 911" ->
<a href="tel:911">, "text HOME to 741741" -> <a href="sms:741741?body=HOME">. Every other piece
of the line is escaped (app.web.markup.esc). Pure; used only for the guidance box of the chat.

Linked wherever they are: the shapes of number our guidance uses (the three-digit emergency and
crisis lines 911, 112, 999, 988, "116 123" and the North American toll-free form 1-800-123-4567).
Linked after "call", "ring", "phone" or "dial": a deployment's own numbers, 3 to 15 digits in
groups ("call 000", "call NHS 111", "call Lifeline on 13 11 14", "call 999 or 111"), with at most
four words between, each "on", "the", "us", "free" or a capitalised name. A date, a dose or a
count in the text is never a link."""

from __future__ import annotations

import re
from html import escape

from app.web.markup import esc

_NUMBER = re.compile(
    r"(?<![\w-])(?:text (?P<word>[A-Z]{2,12}) to (?P<sms>\d{5,6})"
    r"|(?P<tel>1-8\d\d-\d{3}-\d{4}|116 123|911|112|999|988))(?![\w-])"
)


_DIGITS = r"\+?\d(?:[ -]?\d){2,14}+"
_OWN = re.compile(rf"(?<![\w+-]){_DIGITS}(?![\w-]|/\d)")
_CALLED = re.compile(
    r"\b(?:[Cc]all|[Rr]ing|[Pp]hone|[Dd]ial)(?: or text)?\s+"
    r"(?:(?:on|the|us|free|[A-Z][\w&'’.]*)\s+){0,4}"
    rf"{_DIGITS}(?:\s*(?:,\s*or|,|or|/)\s*{_DIGITS})*(?![\w-]|/\d)"
)


def linked_numbers(line: str) -> str:
    """`line` as escaped HTML with its phone numbers as tel:/sms: links (class "hq-tel")."""
    out, last = [], 0
    for start, end, html in _links(line):
        out.append(esc(line[last:start]))
        out.append(html)
        last = end
    out.append(esc(line[last:]))
    return "".join(out)


def _links(line: str) -> list[tuple[int, int, str]]:
    """(start, end, link HTML) of every number to link, in order, none overlapping."""
    found = {m.start(): (m.start(), m.end(), _link(m)) for m in _NUMBER.finditer(line)}
    for called in _CALLED.finditer(line):
        for m in _OWN.finditer(line, called.start(), called.end()):
            taken = any(s < m.end() and m.start() < e for s, e, _ in found.values())
            if not taken:
                found[m.start()] = (m.start(), m.end(), _tel(m[0]))
    return [found[start] for start in sorted(found)]


def _link(match: re.Match) -> str:
    if match["sms"]:
        href = f"sms:{match['sms']}?body={match['word']}"
        return f"text {esc(match['word'])} to {_anchor(href, match['sms'])}"
    return _tel(match["tel"])


def _tel(number: str) -> str:
    return _anchor("tel:" + re.sub(r"[^\d+]", "", number), number)


def _anchor(href: str, text: str) -> str:
    return f'<a class="hq-tel" href="{escape(href)}">{esc(text)}</a>'
