"""Every number README.md and SECURITY.md state as a default or a limit is the code's own: each
phrase below is built from the value the program uses, so changing one without the other fails
here. Also the nginx example's promises (no access log; a body limit that fits the chat's) and
CI's (it audits the pinned requirements and runs the README's test command)."""

from __future__ import annotations

import inspect
import re
from dataclasses import fields

import pytest

from app import build, config, opening, progress, synonyms
from app.config import Settings
from app.db.config import StoreConfig
from app.db.postgres import PostgresBackend
from app.db.sqlite import BUSY_TIMEOUT_S
from app.db.store import Store
from app.db.writer import Writer
from app.embed import kept
from app.report.make import MAX_PLOT_DAYS
from app.web import admin_auth
from app.web import settings as web_settings
from app.web.chat import VOTE_WAIT_S
from app.web.health import HealthCheck
from app.web.ratelimit import TokenBuckets
from app.web.serve import server_options
from app.web.settings import MIN_TOKEN_CHARS, WebSettings
from tests.conftest import ROOT


def text(name: str) -> str:
    return " ".join((ROOT / name).read_text("utf-8").split())


def default(function, name: str):
    return inspect.signature(function).parameters[name].default


def phrases() -> list[tuple[str, str]]:
    settings, web = Settings(), WebSettings()
    retries = " and ".join(f"{s:g} s" for s in default(Writer.__init__, "retry_delays"))
    keep_alive = server_options(web)["timeout_keep_alive"]
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    pool = words[default(PostgresBackend.__init__, "max_size")]
    hourly = {3600.0: "hourly"}[default(Writer.__init__, "purge_every")]
    minute = {60.0: "once a minute"}[default(Writer.__init__, "warn_every")]
    mb = round(opening.KEEP * 384 * 4 / 2**20)  # float32 vectors of the model's 384 dimensions
    digest_bytes = len(kept.digest("any text"))
    return [
        ("README.md", f"`HEALTHQA_BATCH_MAX`, default {web.batch_max};"),
        (
            "README.md",
            f"`HEALTHQA_BATCH_WAIT_MS`, default {web.batch_wait_ms:g}, at most "
            f"{web_settings.MAX_BATCH_WAIT_MS:,g}: a lone question waits that long)",
        ),
        (
            "README.md",
            f"`HEALTHQA_READ_TIMEOUT` | seconds (default {web.read_timeout:g}; more than 0, at "
            f"most {web_settings.MAX_READ_TIMEOUT:,g})",
        ),
        ("README.md", f"| `HEALTHQA_TOP_K` | {settings.top_k} | 1 to {config.MAX_TOP_K} |"),
        ("SECURITY.md", f"within {web.read_timeout:g} s (`HEALTHQA_READ_TIMEOUT`)"),
        ("README.md", f"`HEALTHQA_MAX_QUESTION_CHARS` ({settings.max_question_chars})"),
        ("SECURITY.md", f"limited to {settings.max_question_chars:,} characters"),
        ("README.md", f"passage size, {settings.min_words} / {settings.max_words}"),
        ("README.md", f"(default `{web.feedback_db}`;"),
        ("SECURITY.md", f"`HEALTHQA_FEEDBACK_DB`, default `{web.feedback_db}`"),
        ("SECURITY.md", f"(default {settings.unanswered_retention_days:g})"),
        ("README.md", f"retention (default {settings.unanswered_retention_days:g} days;"),
        ("README.md", f"`/api/...` of at most {web.max_body_bytes // 1024} KB"),
        ("SECURITY.md", f"bodies over {web.max_body_bytes // 1024} KB on `/api/...`"),
        ("SECURITY.md", f"over {web.chat_max_body_bytes // 2**20} MB elsewhere"),
        ("SECURITY.md", f"at most {default(TokenBuckets.__init__, 'max_keys'):,} entries"),
        ("SECURITY.md", f"({MIN_TOKEN_CHARS}+ characters)"),
        ("README.md", f"a secret of at least {MIN_TOKEN_CHARS} characters"),
        ("README.md", f"A vote waits up to {VOTE_WAIT_S:g} s for its own write"),
        ("README.md", f"a bounded queue in memory ({StoreConfig().queue_size:,} items)"),
        ("README.md", f"tried again after {retries}, then counted as missed"),
        ("README.md", f"the queue is written for up to {default(Store.close, 'timeout'):g} s"),
        ("README.md", f"Idle kept-alive connections stay open {keep_alive} s"),
        ("README.md", f"checked at most every {default(HealthCheck.__init__, 'ttl'):g} s"),
        ("README.md", f"wait up to {build.AUTO_BUILD_WAIT / 60:g} minutes for a running build"),
        ("README.md", f"Defaults: `--corpus corpus --index index --top-k {settings.top_k}`"),
        ("README.md", f"question (`w_sentence` {settings.w_sentence:g}), its passage's cosine"),
        ("README.md", f"read less `hub_beta` ({settings.hub_beta:g}) times its"),
        ("README.md", f"(`w_passage` {settings.w_passage:g}), its passage's BM25"),
        ("README.md", f"share of the best (`w_bm25` {settings.w_bm25:g})"),
        (
            "README.md",
            f"(`w_terms` {settings.w_terms:g}, `heading_share` {settings.heading_share:g};",
        ),
        ("README.md", f"(`w_window` {settings.w_window:g}: a paragraph that answers"),
        ("README.md", f"`named_support` ({settings.named_support:g}), or `word_support`"),
        ("README.md", f"`word_support` ({settings.word_support:g}) when every such word"),
        ("README.md", f"a {BUSY_TIMEOUT_S} s busy timeout across processes"),
        ("README.md", f"holds one to {pool} connections"),
        ("README.md", f"every {default(progress.for_stream, 'every'):g} s and when it ends"),
        ("README.md", f"`Path=/admin`, {admin_auth.SESSION_SECONDS // 3600} hours;"),
        ("README.md", f"deleted at start, with every write and {hourly}"),
        ("SECURITY.md", f"deleted at start, with every write and {hourly}"),
        ("README.md", f"a warning in the log at most {minute}"),
        ("README.md", f"more than 0, at most {config.MAX_RETENTION_DAYS:,})"),
        ("README.md", f"last {opening.KEEP:,} texts it embedded (`app/embed/kept.py`, ~{mb} MB"),
        ("SECURITY.md", f"the last {opening.KEEP:,} texts the answering model ran"),
        ("SECURITY.md", f"a {digest_bytes}-byte BLAKE2b digest of its text"),
        ("SECURITY.md", f"(`app/synonyms.py`, at most {synonyms.MAX_WORDS:,})"),
        ("README.md", f"zeros included, at most the last {MAX_PLOT_DAYS}."),
    ]


@pytest.mark.parametrize(("doc", "phrase"), phrases(), ids=[p for _, p in phrases()])
def test_the_documented_figure_is_the_codes(doc, phrase):
    assert phrase in text(doc)


def range_rows() -> list[str]:
    """README's row for each number setting: name, default, range, as the code has them."""
    rows = []
    for field in fields(Settings):
        if field.name in config.RANGES:
            least, most = map(config.figure, config.RANGES[field.name])
            value = f"{field.default:,}" if type(field.default) is int else f"{field.default:g}"
            rows.append(f"| `HEALTHQA_{field.name.upper()}` | {value} | {least} to {most} |")
    web, days = WebSettings(), Settings().unanswered_retention_days
    return rows + [
        f"| `HEALTHQA_UNANSWERED_RETENTION_DAYS` | {days:g} | more than 0, at most "
        f"{config.MAX_RETENTION_DAYS:,} |",
        f"| `HEALTHQA_BATCH_MAX` | {web.batch_max} | 1 to {web_settings.MAX_BATCH:,} |",
        f"| `HEALTHQA_BATCH_WAIT_MS` | {web.batch_wait_ms:g} | 0 to "
        f"{web_settings.MAX_BATCH_WAIT_MS:,g} |",
        f"| `HEALTHQA_READ_TIMEOUT` | {web.read_timeout:g} | more than 0, at most "
        f"{web_settings.MAX_READ_TIMEOUT:,g} |",
    ]


def test_every_number_setting_has_its_range():
    """Each number the environment can set has a range the code checks, and README's table
    gives it as the code has it (a number without one: 10**12 candidates was accepted)."""
    numbers = {f.name for f in fields(Settings) if type(f.default) in (int, float)}
    assert numbers - set(config.RANGES) == {"unanswered_retention_days"}  # its own check
    readme = text("README.md")
    assert [row for row in range_rows() if row not in readme] == []


def nginx_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```nginx\n(.*?)```", readme, re.S)


def test_the_nginx_example_keeps_no_access_log_and_fits_the_chats_body_limit():
    [server] = [block for block in nginx_blocks() if "server {" in block]
    assert re.search(r"^\s*access_log off;", server, re.M)
    size = re.search(r"client_max_body_size (\d+)m;", server)
    assert size and int(size.group(1)) * 2**20 == WebSettings().chat_max_body_bytes
    assert "X-Forwarded-Host" not in server  # never believed: the proxy passes the name in Host


def test_ci_runs_the_readme_test_command_and_audits_the_pinned_requirements():
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert re.search(r"^make test$", ci, re.M)
    assert "pip-audit -r requirements.txt" in ci
    make = (ROOT / "Makefile").read_text("utf-8")
    recipe = make.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "ruff check" in recipe and "-m pytest" in recipe


def test_every_test_docs_promises_names_exists():
    """docs/promises.md maps each promise to tests by name (`file.py::test`, or `::test` for the
    file named just before): each must be a test function of that file under tests/."""
    named = []
    for row in (ROOT / "docs" / "promises.md").read_text("utf-8").splitlines():
        current = None
        for file, test in re.findall(r"([\w/]+\.py)?::(test_\w+)", row):
            current = file or current
            named.append((current, test))
    assert len(named) > 100
    missing = [
        f"{file}::{test}"
        for file, test in named
        if file is None
        or not re.search(rf"^def {test}\(", (ROOT / "tests" / file).read_text("utf-8"), re.M)
    ]
    assert not missing
