"""The README's promises about settings, met the way an operator meets them: a malformed
`HEALTHQA_*` value stops `serve` at start with exit 2 and one line naming the variable (no
traceback, never the admin token or the database password); the per-deployment texts
(`HEALTHQA_ADVICE`, `HEALTHQA_EMERGENCY`) are what readers see. Tiny corpus, fake embedder."""

from __future__ import annotations

import json
import socket
import subprocess
from dataclasses import fields

import pytest

from app.cli import main
from app.config import MAX_TOP_K, RANGES, Settings, figure
from app.errors import BadSetting
from app.web.settings import MAX_BATCH, WebSettings
from tests.conftest import FAKE_ENV, ROOT, TINY, write_corpus
from tests.test_promises_cli import run_app

BAD = [
    ("HEALTHQA_MODE", "evidense"),  # was a KeyError traceback, exit 1
    ("HEALTHQA_CRISIS_DETECTOR", "meanig"),  # was silently "patterns only"
    ("HEALTHQA_BACKEND", "onnx_int8"),  # was exit 5, "model unavailable"
    ("HEALTHQA_MAX_QUESTION_CHARS", "0"),  # was a server refusing every question
    ("HEALTHQA_RATE_LIMIT", "lots"),
    ("HEALTHQA_TRUSTED_PROXIES", "my-proxy"),
    ("HEALTHQA_EMBED_ORIGINS", "www.example.org/faq"),
    ("HEALTHQA_ALLOWED_HOSTS", "https://faq.example.org"),
    ("HEALTHQA_ADMIN_TOKEN", "hunter2 secret"),  # too short, a space: refused, never shown
    ("HEALTHQA_DATABASE_URL", "mysql://healthqa:s3cr3tpw@db.example.org/healthqa"),
    # each killed the store's writer thread with a traceback once serving: nothing more stored
    ("HEALTHQA_UNANSWERED_RETENTION_DAYS", "nan"),
    ("HEALTHQA_UNANSWERED_RETENTION_DAYS", "inf"),
    ("HEALTHQA_UNANSWERED_RETENTION_DAYS", "1e9"),
    ("HEALTHQA_UNANSWERED_RETENTION_DAYS", "0"),
    ("HEALTHQA_ABSTAIN_BELOW", "nan"),  # was accepted: no comparison with NaN is true
    ("HEALTHQA_BATCH_WAIT_MS", "inf"),  # was accepted: a lone question waited for 31 more
    ("HEALTHQA_READ_TIMEOUT", "inf"),  # was accepted: "within N s" meant never
    # each was a server that started, said ok on /healthz, and refused every question
    ("HEALTHQA_TOP_K", "0"),  # a 422 for every question that did not name its own top_k
    ("HEALTHQA_TOP_K", "11"),
    ("HEALTHQA_CANDIDATES", "0"),  # a 500 for every question (faiss asserts k > 0)
    # each was accepted: one request (or batch) of unbounded work, or a server answering nothing
    ("HEALTHQA_BATCH_MAX", "1000000000000"),
    ("HEALTHQA_CANDIDATES", "1000000000000"),
    ("HEALTHQA_MAX_QUESTION_CHARS", "1000000"),
    ("HEALTHQA_ABSTAIN_BELOW", "45"),
    # each was accepted: replies without the advice, crisis replies with a blank last line
    ("HEALTHQA_ADVICE", ""),
    ("HEALTHQA_EMERGENCY", "  "),
    ("HEALTHQA_INDEX_DIR", ""),  # was the current folder: CURRENT and gen-* written beside it
    ("HEALTHQA_CRISIS_GUIDANCE", " "),  # was the shipped lines, the deployment's file forgotten
    ("HEALTHQA_CRISIS_BANK_EXTRA", ""),  # was the shipped bank alone, the deployment's lines
    ("HEALTHQA_CRISIS_BANK_EXTRA", " : "),  # forgotten (" " named a file called " ")
]


@pytest.mark.parametrize(("name", "value"), BAD, ids=[f"{name}={value}" for name, value in BAD])
def test_serve_refuses_a_malformed_setting_at_start_with_exit_2(tmp_path, name, value):
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    env = FAKE_ENV | {name: value, "HEALTHQA_FEEDBACK_DB": str(tmp_path / "f.sqlite3")}
    result = run_app(["serve", "--port", "0", *paths], **env)
    assert result.returncode == 2, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name in errors[0], result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "hunter2" not in result.stderr and "s3cr3tpw" not in result.stderr


def test_the_deployments_advice_and_emergency_texts_are_what_readers_see(
    tiny_settings, monkeypatch, capsys
):
    for key, value in FAKE_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("HEALTHQA_ADVICE", "Ask the nurses of Example Clinic before acting.")
    monkeypatch.setenv("HEALTHQA_EMERGENCY", "Call Example Emergency on 000-111.")
    paths = ["--corpus", str(tiny_settings.corpus_dir), "--index", str(tiny_settings.index_dir)]
    assert main(["ask", "How much sleep do adults need?", *paths]) == 0
    assert (
        capsys.readouterr().out.rstrip().endswith("Ask the nurses of Example Clinic before acting.")
    )
    assert main(["ask", "my dad collapsed and is not breathing", "--json", *paths]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["crisis"] is True and reply["guidance"][-1] == "Call Example Emergency on 000-111."
    assert reply["advice"] == "Ask the nurses of Example Clinic before acting."
    markdown = reply["markdown"]
    assert (
        markdown.startswith("**⚠️ Get help now.**") and "Call Example Emergency on 000" in markdown
    )
    assert markdown.rstrip("*\n").endswith("Ask the nurses of Example Clinic before acting.")


@pytest.mark.model
def test_a_crisis_bank_file_that_cannot_be_read_is_exit_2_naming_it(tmp_path):
    """Read only with the real model (the meaning detector); it was a traceback, exit 1."""
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    missing = tmp_path / "our-extra-bank.jsonl"
    result = run_app(["ask", "How much sleep?", *paths], HEALTHQA_CRISIS_BANK_EXTRA=str(missing))
    assert result.returncode == 2, result.stderr[-2000:]
    assert str(missing) in result.stderr and "Traceback" not in result.stderr


def test_serve_on_a_port_in_use_is_exit_2_before_anything_loads(tmp_path):
    """Was uvicorn's exit 3 - the code of an index problem - after the index and model loaded."""
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_app(["serve", "--port", str(port), *paths], **FAKE_ENV)
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "index").exists()


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_a_port_out_of_range_is_refused_by_the_parser(port, capsys):
    """99999 was an OverflowError traceback once the index and model had loaded."""
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", port])
    assert exit_.value.code == 2 and "port number from 0 to 65535" in capsys.readouterr().err


@pytest.mark.parametrize(("workers", "said"), [("1000000", "from 1 to 64"), ("abc", "whole")])
def test_workers_beyond_what_a_machine_can_hold_are_refused_by_the_parser(workers, said, capsys):
    """`--workers 1000000` was taken: a million processes, each loading its own model; "abc"
    was "invalid _positive value"."""
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--workers", workers])
    error = capsys.readouterr().err
    assert exit_.value.code == 2 and f"argument --workers: {workers!r} is not a" in error
    assert said in error and "_positive" not in error


@pytest.mark.model
def test_crisis_detector_patterns_turns_meaning_off_and_keeps_the_patterns(seed_assistant):
    """README: `HEALTHQA_CRISIS_DETECTOR=patterns` turns the meaning detector off (patterns
    only; the patterns cannot be turned off). The messages are found, not listed: held-out
    crisis lines the default detector catches by meaning alone, and ones the patterns catch."""
    from app.config import Settings
    from app.service import Assistant

    lines = (ROOT / "eval" / "crisis" / "heldout.jsonl").read_text("utf-8").splitlines()
    items = [json.loads(x) for x in lines if x.strip()]
    crises = [x["text"] for x in items if x.get("category", "none") != "none"]
    found = seed_assistant.find_many([(text, [], 3) for text in crises])
    by_meaning = [t for t, f in zip(crises, found, strict=True) if f.crisis.by == ("meaning",)]
    by_patterns = [t for t, f in zip(crises, found, strict=True) if "patterns" in f.crisis.by]
    assert by_meaning and by_patterns  # both kinds exist, or this test shows nothing
    env = {"HEALTHQA_CRISIS_DETECTOR": "patterns"}
    settings = Settings.from_env(env).with_(index_dir=seed_assistant.settings.index_dir)
    patterns_only = Assistant(seed_assistant.index, seed_assistant.embedder, settings)
    quiet = patterns_only.find_many([(text, [], 3) for text in by_meaning])
    assert not any(f.crisis.crisis for f in quiet)
    loud = patterns_only.find_many([(text, [], 3) for text in by_patterns])
    assert all(f.crisis.crisis and f.crisis.by == ("patterns",) for f in loud)


@pytest.mark.parametrize(("raw", "days"), [("0.5", 0.5), ("7", 7.0), ("", 30.0)])
def test_unanswered_retention_takes_days_with_a_fraction(raw, days):
    # README: "entries older than the retention (default 30 days)"; half a day is a retention too.
    from app.config import Settings

    settings = Settings.from_env({"HEALTHQA_UNANSWERED_RETENTION_DAYS": raw} if raw else {})
    assert settings.unanswered_retention_days == days


GUIDANCE_FILES = {
    "an unknown key": '{"flu": "Call the flu line."}',
    "a value that is not text": '{"suicide": 988}',
    "not an object": '["Call 000."]',
    "not JSON": "suicide: call 000",
    # were taken: a suicide crisis got no line of its own (an empty one is left out), a heading
    # or a line of spaces was shown blank
    "a blank line": '{"heading": "Urgent help.", "suicide": "", "medical": "  "}',
}


@pytest.mark.parametrize(
    ("kind", "workers"),
    [(kind, "2") for kind in [*GUIDANCE_FILES, "not there"]] + [("not there", "1")],
)
def test_a_crisis_guidance_file_that_cannot_be_used_stops_serve_with_exit_2(
    tmp_path, kind, workers
):
    """README: an unknown key or a non-string value is refused with a clear error. With
    `--workers 2` each worker refused it with a traceback while the parent kept the port open,
    answering nothing (the command never ended)."""
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    guidance = tmp_path / "our-guidance.json"
    if kind != "not there":
        guidance.write_text(GUIDANCE_FILES[kind], "utf-8")
    env = FAKE_ENV | {
        "HEALTHQA_CRISIS_GUIDANCE": str(guidance),
        "HEALTHQA_FEEDBACK_DB": str(tmp_path / "f.sqlite3"),
    }
    result = run_app(["serve", "--port", "0", "--workers", workers, *paths], timeout=120, **env)
    assert result.returncode == 2, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(guidance) in errors[0], result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_the_deployments_crisis_guidance_file_is_what_readers_see(
    cli, tiny_settings, tmp_path, capsys, monkeypatch
):
    """README: keys left out keep the shipped line; the heading and a category's line are
    replaced by the file's. The heading was read and then never shown: every reply said the
    shipped "Get help now." (JSON markdown, the chat's guidance box, its copy text)."""
    guidance = tmp_path / "our-guidance.json"
    ours = {"heading": "Urgent help.", "medical": "Ring Example Ambulance on 000-222."}
    guidance.write_text(json.dumps(ours), "utf-8")
    message = "my dad collapsed and is not breathing"
    assert main(["ask", message, "--json", *cli]) == 0
    shipped = json.loads(capsys.readouterr().out)
    assert shipped["crisis_categories"][0] == "medical"
    monkeypatch.setenv("HEALTHQA_CRISIS_GUIDANCE", str(guidance))
    assert main(["ask", message, "--json", *cli]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["guidance"][0] == ours["medical"] != shipped["guidance"][0]
    assert reply["guidance"][1:] == shipped["guidance"][1:]  # the rest as shipped
    assert reply["markdown"].startswith("**⚠️ Urgent help.** Ring Example Ambulance on 000")
    from app.service import Assistant
    from app.web.render import emergency_html, reply_text

    assistant = Assistant.open(tiny_settings.with_(crisis_guidance=str(guidance)))
    chat = assistant.ask(message)
    assert "<strong>Urgent help.</strong>" in emergency_html(chat)
    assert "Urgent help. Ring Example Ambulance" in reply_text(chat)
    assert "Get help now" not in emergency_html(chat) + reply_text(chat)


@pytest.mark.model
def test_a_deployments_extra_bank_lines_join_the_meaning_detector(seed_assistant, tmp_path):
    """README: own lines in files named by `HEALTHQA_CRISIS_BANK_EXTRA` (several: separated
    by `:`) join the nearest neighbours at once, embedded on first use and cached beside the
    index (`safety-bank-<hash>.npy`). A hospital's own alarm phrases, unknown to the shipped
    bank, become crises once the files teach them, each from its own file; the shipped bank
    alone lets them pass."""
    from app.config import Settings
    from app.service import Assistant

    taught = {
        "theres a code magenta in the east stairwell": [
            "code magenta in the stairwell",
            "we have a code magenta on level two",
            "call code magenta now, east wing",
        ],
        "protocol saffron at the loading dock": [
            "protocol saffron by the loading bay",
            "we are calling protocol saffron at the back door",
            "protocol saffron called on floor 3",
        ],
    }
    files = []
    for n, said in enumerate(taught.values()):
        files.append(tmp_path / f"ours-{n}.jsonl")
        rows = [json.dumps({"text": t, "category": "medical"}) + "\n" for t in said]
        files[-1].write_text("".join(rows), "utf-8")
    index_dir = tmp_path / "index"
    index_dir.mkdir()  # the cache goes beside the index generations: a folder of this test's own
    env = {"HEALTHQA_CRISIS_BANK_EXTRA": ":".join(map(str, files))}
    settings = Settings.from_env(env).with_(index_dir=index_dir)
    items = [(message, [], 3) for message in taught]
    assert not any(f.crisis.crisis for f in seed_assistant.find_many(items))
    ours = Assistant(seed_assistant.index, seed_assistant.embedder, settings)
    for found in ours.find_many(items):
        assert found.crisis.crisis and found.crisis.categories[0] == "medical"
        assert "meaning" in found.crisis.by
    assert len(list(index_dir.glob("safety-bank-*.npy"))) == 1
    reply = ours.ask(next(iter(taught)))
    assert reply.guidance[0] == ours.guidance.lines["medical"]


@pytest.mark.parametrize(("value", "logged"), [("off", False), ("0", False), ("yes", True)])
def test_the_unanswered_log_is_off_when_the_owner_writes_off(tmp_path, value, logged):
    """SECURITY.md: the unanswered log is opt-in. `HEALTHQA_UNANSWERED_LOG=off` (or 0, false,
    no) kept every unanswered question: any value at all turned it on. A real server, a
    question the articles do not answer, then the store file is read."""
    import sqlite3

    import httpx

    from tests.conftest import wait_serving
    from tests.test_hardening_workers import free_port, serve

    write_corpus(tmp_path / "corpus", TINY)
    port = free_port()
    env = {"HEALTHQA_UNANSWERED_LOG": value}
    process = serve(tmp_path, "--host", "127.0.0.1", "--port", str(port), env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_serving(process, url, tmp_path / "serve.log")
        asked = {"question": "how do i fix my bicycle chain"}
        reply = httpx.post(f"{url}/api/ask", json=asked, timeout=60).json()
        assert reply["abstained"] is True
    finally:
        process.terminate()
        process.wait(60)  # the store's queue is written on shutdown
    with sqlite3.connect(tmp_path / "feedback.sqlite3") as db:
        kept = [q for (q,) in db.execute("SELECT question FROM unanswered_questions")]
        answered = db.execute("SELECT SUM(not_covered) FROM daily_outcomes").fetchone()[0]
    assert answered == 1  # the reply was counted, so the store was written
    assert kept == (["how do i fix my bicycle chain"] if logged else [])


@pytest.mark.parametrize("value", ["maybe", "ture"])
def test_a_switch_that_is_neither_on_nor_off_is_exit_2(tmp_path, value):
    """HEALTHQA_EMBED_CONTEXT=maybe quietly turned it off (any word but 1/true/yes/on did)."""
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    result = run_app(["ask", "How much sleep?", *paths], **FAKE_ENV, HEALTHQA_EMBED_CONTEXT=value)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "HEALTHQA_EMBED_CONTEXT" in result.stderr and "Traceback" not in result.stderr


WHOLE_NUMBERS = [f.name for f in fields(Settings) if type(f.default) is int]


@pytest.mark.parametrize("name", WHOLE_NUMBERS)
def test_no_whole_number_setting_may_be_negative(name):
    """Every whole-number setting counts something (words, passages, candidates, a rank): a
    negative one is a typo, refused naming the variable, wherever it would have been used."""
    variable = f"HEALTHQA_{name.upper()}"
    with pytest.raises(BadSetting) as refused:
        Settings.from_env({variable: "-1"})
    assert variable in str(refused.value)


@pytest.mark.parametrize(
    ("name", "least"), [("top_k", 1), ("candidates", 1), ("embed_batch", 1), ("max_words", 1)]
)
def test_the_counts_that_size_a_search_or_a_batch_are_at_least_one(name, least):
    """A search for 0 candidates or a batch of 0 texts cannot be run: exit 2 at start, not a
    traceback for each question (`embed_batch` 0 was a `range()` step of 0 in the fp32 ONNX
    embedder, at build time)."""
    variable = f"HEALTHQA_{name.upper()}"
    with pytest.raises(BadSetting) as refused:
        Settings.from_env({variable: str(least - 1)})
    assert variable in str(refused.value)
    assert getattr(Settings.from_env({variable: str(least)}), name) == least


def test_top_k_is_at_most_the_apis_limit():
    """The default number of quotes is the one each question may ask for: 1 to 10."""
    assert Settings.from_env({"HEALTHQA_TOP_K": str(MAX_TOP_K)}).top_k == MAX_TOP_K
    with pytest.raises(BadSetting, match="HEALTHQA_TOP_K"):
        Settings.from_env({"HEALTHQA_TOP_K": str(MAX_TOP_K + 1)})


@pytest.mark.parametrize(
    ("name", "never", "most"),
    [("HEALTHQA_BATCH_WAIT_MS", "1e9", "1000"), ("HEALTHQA_READ_TIMEOUT", "1e12", "3600")],
)
def test_a_wait_too_long_to_ever_end_is_refused_like_an_infinite_one(name, never, most):
    """`inf` was refused (a lone question waited for a full batch; "within N s" meant never),
    but 1e9 ms (11 days) or 1e12 s did the same and were accepted."""
    with pytest.raises(BadSetting) as refused:
        WebSettings.from_env({name: never})
    assert name in str(refused.value) and f"{float(most):,g}" in str(refused.value)
    WebSettings.from_env({name: most})  # the largest accepted


@pytest.mark.parametrize("name", sorted(RANGES))
def test_every_number_is_refused_outside_its_range_and_taken_at_its_ends(name):
    """README's table: each number has a range, both ends taken, a step beyond either refused
    naming the variable and the range (only a least was checked, and only for whole numbers)."""
    variable, (least, most) = f"HEALTHQA_{name.upper()}", RANGES[name]
    step = 1 if type(getattr(Settings(), name)) is int else 0.01
    for end in (least, most):
        assert getattr(Settings.from_env({variable: str(end)}), name) == end
    for beyond in (least - step, most + step):
        with pytest.raises(BadSetting) as refused:
            Settings.from_env({variable: str(beyond)})
        assert variable in str(refused.value) and f"to {figure(most)}" in str(refused.value)


def test_a_batch_is_at_most_a_thousand_questions():
    """`HEALTHQA_BATCH_MAX=1000000000000` was accepted: one call as large as the whole queue."""
    assert WebSettings.from_env({"HEALTHQA_BATCH_MAX": str(MAX_BATCH)}).batch_max == MAX_BATCH
    with pytest.raises(BadSetting, match="HEALTHQA_BATCH_MAX.*from 1 to 1,000"):
        WebSettings.from_env({"HEALTHQA_BATCH_MAX": str(MAX_BATCH + 1)})


SLIPS = [
    ("HEALTHQA_EMBED_ORIGIN", "https://www.example.org", "HEALTHQA_EMBED_ORIGINS"),
    ("HEALTHQA_RATELIMIT", "30/minute", "HEALTHQA_RATE_LIMIT"),
    ("HEALTHQA_TRUSTED_PROXY", "10.0.0.2", "HEALTHQA_TRUSTED_PROXIES"),
    ("HEALTHQA_ADMIN_TOKN", "s3cr3t-token-of-the-owner", "HEALTHQA_ADMIN_TOKEN"),
    ("HEALTHQA_UNANSWERED_LOGS", "on", "HEALTHQA_UNANSWERED_LOG"),
    ("healthqa_top_k", "5", "HEALTHQA_TOP_K"),
]


@pytest.mark.parametrize(("name", "value", "meant"), SLIPS, ids=[s[0] for s in SLIPS])
def test_a_mistyped_setting_stops_serve_with_exit_2_naming_the_one_meant(
    tmp_path, name, value, meant
):
    """Each was ignored without a word: `HEALTHQA_EMBED_ORIGIN` left every site free to embed
    the chat, `HEALTHQA_RATELIMIT` no rate limit, `HEALTHQA_TRUSTED_PROXY` every reader counted
    as the proxy, `HEALTHQA_ADMIN_TOKN` `/admin` off; `serve` started as if they were unset."""
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    env = FAKE_ENV | {name: value, "HEALTHQA_FEEDBACK_DB": str(tmp_path / "f.sqlite3")}
    try:
        result = run_app(["serve", "--port", "0", *paths], timeout=90, **env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"serve started with {name} set")
    assert result.returncode == 2, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name in errors[0] and meant in errors[0], result.stderr[-2000:]
    assert value not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "index").exists()  # stopped before anything was built


@pytest.mark.parametrize("name", ["HEALTHQA_DATA", "HEALTHQA_SHARED", "HEALTHQA_TEST_DATABASE_URL"])
def test_a_variable_close_to_no_setting_is_left_alone(tmp_path, name):
    """Near misses: a benchmark's own variables, the test suite's database."""
    write_corpus(tmp_path / "corpus", TINY)
    paths = ["--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]
    result = run_app(["ask", "how much sleep do adults need", *paths], **FAKE_ENV, **{name: "x"})
    assert result.returncode == 0, result.stderr[-2000:]
