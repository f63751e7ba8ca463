"""The report for a terminal: plain text lines, no colour. The JSON shape is `Report.to_dict`."""

from __future__ import annotations

import textwrap

from app.report.make import PassageRef, Report
from app.report.period import Period

BAR = 40  # width of the longest day's bar


def period_text(period: Period) -> str:
    first, last = period.first_day, period.last_day
    if first and last:
        return f"{first} to {last}"
    if first:
        return f"{first} to today"
    return f"everything stored up to {last}" if last else "everything stored"


def render(report: Report, groups: int = 20) -> str:
    out = [f"Report: {period_text(report.period)} (UTC days)", ""]
    out += _groups(report, groups) + [""] + _votes(report) + [""] + _days(report)
    return "\n".join(out)


def _groups(report: Report, shown: int) -> list[str]:
    head = f"Questions the articles did not answer: {report.unanswered}"
    if report.withheld:
        head += f" ({report.withheld} crisis messages: counted, never shown)"
    if not report.groups:
        return [head, "  none in this period (is HEALTHQA_UNANSWERED_LOG set?)"]
    out = [head, f"  {len(report.groups)} groups by meaning, largest first:"]
    for group in report.groups[:shown]:
        out.append(f"  {group.count:5d}  {_clip(group.representative, 68)}")
        for example in group.examples:
            out.append(f"         - {_clip(example, 66)}")
    if len(report.groups) > shown:
        out.append(f"  ... {len(report.groups) - shown} more groups (--groups N, or --json)")
    return out


def _votes(report: Report) -> list[str]:
    out = [f"Votes: {report.up} thumbs up, {report.down} thumbs down"]
    if report.down_votes:
        out.append("  Thumbs-down answers, newest first:")
    for vote in report.down_votes:
        asked = "(a crisis message: not shown)" if vote.question is None else vote.question
        tag = " [not covered]" if vote.not_covered else ""
        out.append(f"  {vote.day}  {_clip(asked, 60)}{tag}")
        out += [f"              quoted: {_passage(p)}" for p in vote.passages]
    if report.most_quoted:
        out.append("  Passages quoted most (votes: up / down):")
    for quoted in report.most_quoted:
        out.append(f"  {quoted.votes:5d} ({quoted.up} / {quoted.down})  {_passage(quoted.passage)}")
    return out


def _days(report: Report) -> list[str]:
    if not report.days:
        return ["Replies per day: nothing counted in this period"]
    out = ["Replies per day (# answered, - not covered, ! crisis):"]
    top = max(d.answered + d.not_covered + d.crisis for d in report.days) or 1
    for d in report.days:
        bar = "".join(
            mark * round(n * BAR / top)
            for mark, n in (("#", d.answered), ("-", d.not_covered), ("!", d.crisis))
        )
        out.append(f"  {d.day}  {d.answered:5d} {d.not_covered:5d} {d.crisis:5d}  {bar}")
    return out


def _passage(ref: PassageRef) -> str:
    if not ref.found:
        return f"{ref.link} (no longer in the articles)"
    if not ref.section:
        return f"{_clip(ref.title, 60)}  {ref.link}"
    return f"{_clip(ref.section, 70)} ({_clip(ref.title, 32)})  {ref.link}"


def _clip(text: str, width: int) -> str:
    return textwrap.shorten(" ".join(text.split()), width, placeholder="...")
