"""The `/admin` pages as HTML: the report (period form, groups of unanswered questions, replies per
day as a plot and a table, thumbs-down answers, passages quoted most) and the login form. Every
text from the store or the articles is escaped with `esc`. Pure functions; no script."""

from __future__ import annotations

from html import escape

from app.report.make import DownVote, PassageRef, Quoted, Report
from app.report.period import Period
from app.report.text import period_text
from app.web.admin_plot import legend_html, plot_svg, table_html
from app.web.markup import esc, page

TITLE = "Site owner's report"


def login_page(root: str, message: str = "") -> str:
    said = f'<p class="problem" role="alert">{esc(message)}</p>' if message else ""
    body = (
        f"<h1>{TITLE}</h1>{said}"
        f'<form class="login" method="post" action="{_root(root)}/admin/login">'
        '<label for="token">Admin token</label>'
        '<input id="token" name="token" type="password" autocomplete="current-password" required>'
        '<button type="submit">Log in</button></form>'
        "<p>The token is the value of <code>HEALTHQA_ADMIN_TOKEN</code> on the server.</p>"
    )
    return page(TITLE, body, root, ("admin.css",))


def report_page(report: Report | None, period: Period, root: str, problem: str = "") -> str:
    said = f'<p class="problem" role="alert">{esc(problem)}</p>' if problem else ""
    parts = [f"<h1>{TITLE}</h1>", _period_form(period, root), said]
    if report is not None:
        parts += [
            f'<p class="meta">Period: {esc(period_text(report.period))} (UTC days). '
            "Nothing here identifies a reader.</p>",
            _groups(report),
            _days(report),
            _down_votes(report, root),
            _most_quoted(report.most_quoted, root),
        ]
    parts.append(
        f'<form class="logout" method="post" action="{_root(root)}/admin/logout">'
        '<button type="submit">Log out</button></form>'
    )
    return page(TITLE, "".join(parts), root, ("admin.css",))


def _period_form(period: Period, root: str) -> str:
    since = period.first_day.isoformat() if period.first_day else ""
    until = period.last_day.isoformat() if period.last_day else ""
    return (
        f'<form class="period" method="get" action="{_root(root)}/admin">'
        f'<label>From <input type="date" name="since" value="{since}"></label> '
        f'<label>to <input type="date" name="until" value="{until}"></label> '
        '<label>or the last <input type="number" name="days" min="1" inputmode="numeric" '
        'size="4"> days</label> <button type="submit">Show</button></form>'
    )


def _groups(report: Report) -> str:
    """Each group as what was counted: questions (nothing tells readers apart), "like" its
    representative when it holds other wordings ("2 readers asked: “is adhd caused by low
    dopamine”" was shown for that question and "does bupropion raise dopamine")."""
    head = '<section aria-labelledby="h-unanswered"><h2 id="h-unanswered">Questions the articles'
    head += f" did not answer</h2><p>{report.unanswered} questions"
    if report.withheld:
        head += f" ({report.withheld} crisis messages: counted, never shown)"
    if not report.groups:
        return head + ". None to group in this period.</p></section>"
    items = "".join(
        f'<li><p><strong class="count">{g.count} {"question" if g.count == 1 else "questions"}'
        f"</strong>{' like' if g.examples else ':'} <q>{esc(g.representative)}</q></p>"
        + (
            "<ul>" + "".join(f"<li><q>{esc(e)}</q></li>" for e in g.examples) + "</ul>"
            if g.examples
            else ""
        )
        + "</li>"
        for g in report.groups
    )
    groups = f', in {len(report.groups)} groups by meaning, largest first.</p><ol class="groups">'
    return head + groups + items + "</ol></section>"


def _days(report: Report) -> str:
    head = '<section aria-labelledby="h-days"><h2 id="h-days">Replies per day</h2>'
    if not report.days:
        return head + "<p>Nothing counted in this period.</p></section>"
    return (
        head + f'<div class="plot-and-table"><figure>{plot_svg(report.days)}'
        f"<figcaption>{legend_html()}</figcaption></figure>{table_html(report.days)}</div></section>"
    )


def _down_votes(report: Report, root: str) -> str:
    head = (
        '<section aria-labelledby="h-votes"><h2 id="h-votes">Thumbs-down answers</h2>'
        f"<p>{report.up} thumbs up, {report.down} thumbs down in this period"
    )
    if not report.down_votes:
        return head + ".</p></section>"
    items = "".join(_down_vote(v, root) for v in report.down_votes)
    return head + ', newest first:</p><ul class="down">' + items + "</ul></section>"


def _down_vote(vote: DownVote, root: str) -> str:
    asked = (
        "<em>a crisis message (not shown)</em>"
        if vote.question is None
        else (f"<q>{esc(vote.question)}</q>")
    )
    tag = ' <span class="tag">not covered</span>' if vote.not_covered else ""
    quoted = "".join(f"<li>{_passage(p, root)}</li>" for p in vote.passages)
    return (
        f'<li><time datetime="{vote.day}">{vote.day}</time> {asked}{tag}'
        + (f"<ul>{quoted}</ul>" if quoted else "")
        + "</li>"
    )


def _most_quoted(quoted: tuple[Quoted, ...], root: str) -> str:
    head = '<section aria-labelledby="h-quoted"><h2 id="h-quoted">Passages quoted most</h2>'
    if not quoted:
        return head + "<p>No votes in this period.</p></section>"
    rows = "".join(
        f"<tr><td>{_passage(q.passage, root)}</td><td>{q.votes}</td><td>{q.up}</td>"
        f"<td>{q.down}</td></tr>"
        for q in quoted
    )
    return (
        head + '<table class="quoted"><caption>Passages of the replies readers voted on</caption>'
        '<thead><tr><th scope="col">passage</th><th scope="col">votes</th>'
        '<th scope="col">up</th><th scope="col">down</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _passage(ref: PassageRef, root: str) -> str:
    href = escape(_root(root) + ref.link)
    if not ref.found:
        return f'<a href="{href}">{esc(ref.passage_id)}</a> (no longer in the articles)'
    name = esc(ref.title) + (f" — {esc(ref.section)}" if ref.section else "")
    return f'<a href="{href}">{name}</a>'


def _root(root: str) -> str:
    return escape(root.rstrip("/"))
