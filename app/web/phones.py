"""The numbers in a line of emergency guidance as links a phone can call or text: "call 911" ->
<a href="tel:911">, "text HOME to 741741" -> <a href="sms:741741?body=HOME">. Every other piece
of the line is escaped (app.web.markup.esc). Pure; used only for the guidance box of the chat.

Only the shapes of number our guidance uses are linked: the three-digit emergency and crisis
lines (911, 112, 999, 988), "116 123" and the North American toll-free form 1-800-123-4567;
a date, a dose or a count in the text is never a link."""

from __future__ import annotations

import re
from html import escape

from app.web.markup import esc

_NUMBER = re.compile(
    r"(?<![\w-])(?:text (?P<word>[A-Z]{2,12}) to (?P<sms>\d{5,6})"
    r"|(?P<tel>1-8\d\d-\d{3}-\d{4}|116 123|911|112|999|988))(?![\w-])"
)


def linked_numbers(line: str) -> str:
    """`line` as escaped HTML with its phone numbers as tel:/sms: links (class "hq-tel")."""
    out, last = [], 0
    for match in _NUMBER.finditer(line):
        out.append(esc(line[last : match.start()]))
        out.append(_link(match))
        last = match.end()
    out.append(esc(line[last:]))
    return "".join(out)


def _link(match: re.Match) -> str:
    if match["sms"]:
        href = f"sms:{match['sms']}?body={match['word']}"
        return f"text {esc(match['word'])} to {_anchor(href, match['sms'])}"
    number = match["tel"]
    return _anchor("tel:" + re.sub(r"\D", "", number), number)


def _anchor(href: str, text: str) -> str:
    return f'<a class="hq-tel" href="{escape(href)}">{esc(text)}</a>'
