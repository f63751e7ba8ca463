"""SECURITY.md's promises about a running server, checked on a real `python -m app serve` (tiny
corpus, fake embedder, 127.0.0.1, its own SQLite store and the opt-in unanswered log on): no
cookie for readers on any route they use; a vote's question reaches the database file redacted
(no file of the store ever holds the email or phone number typed); the log holds per-batch
counts and latency but no client address, no access line and no question."""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid

import httpx
import pytest

from app.safety.guidance import Guidance
from tests.conftest import TINY, wait_serving, write_corpus
from tests.test_hardening_workers import ENV, free_port, serve
from tests.test_promises_cli import run_app
from tests.web.chat_client import chat_events, run_event, text_of

EMAIL, PHONE = "zoe.quill@example.org", "555 123 4567"
TYPED = f"How much sleep do adults need? write to {EMAIL} or {PHONE}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("promises")
    write_corpus(base / "corpus", TINY)
    (base / "store").mkdir()
    port = free_port()
    env = {
        "HEALTHQA_FEEDBACK_DB": str(base / "store" / "feedback.sqlite3"),
        "HEALTHQA_UNANSWERED_LOG": "on",
    }
    process = serve(base, "--host", "127.0.0.1", "--port", str(port), env=env)
    url = f"http://127.0.0.1:{port}"
    wait_serving(process, url, base / "serve.log")
    try:
        yield url, base
    finally:
        process.terminate()
        process.wait(30)


def chat_and_vote(client: httpx.Client, mount: str, question: str) -> tuple[list, str]:
    """Ask on the chat page the way its front end does, then thumbs-up the reply: (the responses'
    headers, the vote's status text)."""
    events, session = chat_events(client, mount), uuid.uuid4().hex[:11]
    added = run_event(client, mount, events["add"], [question, []], session)
    _, messages, pending = added.json()["data"]
    answered = run_event(client, mount, events["answer"], [pending, messages, {}], session)
    chat, conversation, _ = answered.json()["data"]
    body = {
        "data": [conversation],
        "event_data": {"index": len(chat) - 1, "value": "reply", "liked": True},
        "fn_index": events["vote"],
        "session_hash": session,
    }
    voted = client.post(f"{mount}/gradio_api/run/predict", json=body)
    assert voted.status_code == 200, voted.text
    return [added.headers, answered.headers, voted.headers], text_of(voted.json()["data"][0])


def test_readers_get_no_cookie_on_any_route_they_use(server):
    url, _ = server
    with httpx.Client(base_url=url, timeout=30) as client:
        gets = ["/", "/embed/", "/config", "/embed/config", "/widget.js", "/api/embed-allowed"]
        gets += ["/articles/sleep-basics", "/healthz", "/docs", "/openapi.json"]
        responses = [client.get(path) for path in gets]
        responses.append(client.post("/api/ask", json={"question": "How much sleep?"}))
        assert all(r.status_code == 200 for r in responses), [r.status_code for r in responses]
        headers = [r.headers for r in responses]
        for mount in ("", "/embed"):
            seen, status = chat_and_vote(client, mount, "What helps with insomnia?")
            assert "Thank you for your feedback." in status
            headers += seen
        assert not client.cookies
    assert all("set-cookie" not in h for h in headers)


def test_a_votes_question_reaches_the_database_file_redacted(server):
    url, base = server
    with httpx.Client(base_url=url, timeout=30) as client:
        _, status = chat_and_vote(client, "/embed", TYPED)
    assert "Thank you for your feedback." in status  # stored, the reader was told so
    with sqlite3.connect(base / "store" / "feedback.sqlite3") as db:
        stored = [row[0] for row in db.execute("SELECT question FROM votes")]
    assert "How much sleep do adults need? write to [email] or [phone]" in stored
    for path in (base / "store").iterdir():  # the database, its -wal and -shm journals
        data = path.read_bytes()
        assert EMAIL.encode() not in data and b"zoe.quill" not in data, path.name
        assert PHONE.encode() not in data and b"123 4567" not in data, path.name


def test_the_log_has_counts_per_batch_and_no_address_or_request(server):
    url, base = server
    secret = "is zqxj-4471 contagious"
    with httpx.Client(base_url=url, timeout=30) as client:
        for question in (secret, "How much sleep do adults need?"):
            reply = client.post("/api/ask", json={"question": question})
            assert reply.status_code == 200
        client.get("/articles/sleep-basics", params={"q": secret})
        client.get("/no-such-page")
    log = (base / "serve.log").read_text("utf-8", errors="replace")  # a line per record, flushed
    batches = re.findall(r"answered=(\d+) errors=(\d+) abstained=(\d+) crisis=(\d+) ms=[\d.]+", log)
    assert batches, log[-3000:]  # per batch: counts and latency
    assert sum(int(b[0]) for b in batches) >= 2
    assert "zqxj" not in log and "contagious" not in log
    assert '"GET ' not in log and '"POST ' not in log and "HTTP/1.1" not in log  # no access log
    others = [line for line in log.splitlines() if not line.startswith("Serving ")]  # its URL
    assert not any("127.0.0.1" in line for line in others)  # no client address


def test_a_vote_on_a_crisis_reply_keeps_no_words_of_the_message(server):
    url, base = server
    message = "my friend took 40 pills and i cant wake him up qvx"
    with httpx.Client(base_url=url, timeout=30) as client:
        reply = client.post("/api/ask", json={"question": message}).json()
        assert reply["crisis"] is True
        _, status = chat_and_vote(client, "", message)
    assert "Thank you for your feedback." in status
    with sqlite3.connect(base / "store" / "feedback.sqlite3") as db:
        assert ("",) in list(db.execute("SELECT question FROM votes"))
    for path in (base / "store").iterdir():
        assert b"qvx" not in path.read_bytes() and b"40 pills" not in path.read_bytes()


ASKED = [
    {"question": "How much sleep do adults need?"},
    {"question": "What causes it?", "history": ["What is dehydration?"]},
    {"question": "how do i fix my bicycle chain"},
    {"question": "i was raped last night and took 40 pills, i want to kill myself"},
]


def test_ask_jsonl_and_the_api_give_the_same_reply_object(server):
    """ "The reply object (the same from `ask --json` and `POST /api/ask`)": the CLI on the
    server's own corpus and index, line by line, against the running server."""
    url, base = server
    paths = ["--corpus", str(base / "corpus"), "--index", str(base / "index")]
    lines = "".join(json.dumps(item) + "\n" for item in ASKED)
    env = {k: v for k, v in ENV.items() if k.startswith("HEALTHQA_")}
    result = run_app(["ask", "--jsonl", *paths], input=lines, **env)
    assert result.returncode == 0, result.stderr
    from_cli = [json.loads(line) for line in result.stdout.splitlines()]
    with httpx.Client(base_url=url, timeout=30) as client:
        from_api = [client.post("/api/ask", json=item).json() for item in ASKED]
    assert from_cli == from_api
    answered, _, not_covered, crisis = from_api
    assert answered["quotes"] and not answered["abstained"] and answered["related"] is not None
    assert not_covered["abstained"] and not_covered["quotes"] == []
    # a crisis reply: at most two categories, their lines then the general one, shown first
    assert crisis["crisis"] is True and 1 <= len(crisis["crisis_categories"]) <= 2
    expected = Guidance.load().for_categories(crisis["crisis_categories"], crisis["guidance"][-1])
    assert crisis["guidance"] == list(expected) and len(crisis["guidance"]) >= 2
    assert crisis["markdown"].startswith("**⚠️ Get help now.**")
    assert crisis["related"] == []
    for reply in from_api:
        assert reply["advice"] and reply["markdown"].rstrip("*\n").endswith(reply["advice"])


def test_an_allowed_origin_written_with_its_default_port_is_the_browsers_origin(tmp_path):
    """README: `HEALTHQA_EMBED_ORIGINS` takes origins with an optional port. A browser never
    sends the scheme's default port in `Origin`, so `https://www.example.org:443` allowed no page
    of www.example.org to read /api/embed-allowed (the widget showed no button there); another
    port is kept as written."""
    write_corpus(tmp_path / "corpus", TINY)
    port = free_port()
    allowed = "https://www.example.org:443, HTTP://Shop.Example.org:80 https://a.example:8443"
    env = {"HEALTHQA_EMBED_ORIGINS": allowed}
    process = serve(tmp_path, "--host", "127.0.0.1", "--port", str(port), env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_serving(process, url, tmp_path / "serve.log")
        with httpx.Client(base_url=url, timeout=30) as client:
            readable = {}
            for origin in (
                "https://www.example.org",
                "http://shop.example.org",
                "https://a.example:8443",
                "https://a.example",
            ):
                response = client.get("/api/embed-allowed", headers={"Origin": origin})
                readable[origin] = response.headers.get("access-control-allow-origin") == origin
            policy = client.get("/embed/").headers["content-security-policy"]
    finally:
        process.terminate()
        process.wait(30)
    assert readable == {
        "https://www.example.org": True,
        "http://shop.example.org": True,
        "https://a.example:8443": True,
        "https://a.example": False,
    }
    ancestors = policy.split("frame-ancestors", 1)[1].split(";")[0].split()
    assert ancestors == ["'self'", "https://www.example.org", "http://shop.example.org"] + [
        "https://a.example:8443"
    ]


def test_serve_on_port_0_names_the_port_the_system_picked(tmp_path):
    """`--port 0` (the parser's least) serves on a free port; the one "Serving ... on URL" line
    said `http://127.0.0.1:0/`, so nobody could tell where."""
    write_corpus(tmp_path / "corpus", TINY)
    process = serve(tmp_path, "--host", "127.0.0.1", "--port", "0")
    try:
        log, deadline = tmp_path / "serve.log", 120
        for _ in range(deadline * 10):
            found = re.search(
                r"Serving \d+ passages on (http://127\.0\.0\.1:(\d+))/", log.read_text()
            )
            if found or process.poll() is not None:
                break
            time.sleep(0.1)
        assert found, log.read_text()[-2000:]
        assert found.group(2) != "0"
        wait_serving(process, found.group(1), log)
        assert "ALLOWED_HOSTS" not in log.read_text()  # on 127.0.0.1 no Host warning
    finally:
        process.terminate()
        process.wait(30)


@pytest.mark.parametrize(
    ("host", "allowed", "warned"),
    [
        ("0.0.0.0", (), True),
        ("::", (), True),
        ("192.168.1.20", (), True),
        ("faq.example.org", (), True),
        ("0.0.0.0", ("faq.example.org",), False),
        ("127.0.0.1", (), False),
        ("::1", (), False),
        ("[::1]", (), False),
        ("localhost", (), False),
    ],
)
def test_serve_warns_when_others_can_reach_it_with_any_host_allowed(host, allowed, warned):
    """README: with HEALTHQA_ALLOWED_HOSTS unset any Host is accepted and written into the page's
    config, "fine on 127.0.0.1; set it behind a public proxy"; `serve` said nothing when it
    listened where others can reach it. (Tests listen on 127.0.0.1 only, so the warning's text
    is checked here and its absence on 127.0.0.1 in the test above.)"""
    from app.web.serve import open_hosts_warning
    from app.web.settings import WebSettings

    warning = open_hosts_warning(host, WebSettings(allowed_hosts=allowed))
    assert bool(warning) == warned
    if warned:
        assert warning.startswith("warning:") and "HEALTHQA_ALLOWED_HOSTS" in warning


CHAT_ROUTES = ["/", "/config", "/embed/", "/embed/config", "/theme.css"]


def test_only_the_allow_list_may_read_the_chat_from_another_site(tmp_path):
    """SECURITY.md: which sites may use the chat is the allow-list (CORS, never credentials).
    Gradio's own CORS middleware answered on every chat route: on a server reached by a name
    (not localhost) it allowed *any* origin, with `Access-Control-Allow-Credentials: true`, so a
    page on any site could read the chat's page and config; on localhost, any localhost page."""
    write_corpus(tmp_path / "corpus", TINY)
    port = free_port()
    env = {"HEALTHQA_EMBED_ORIGINS": "https://good.example"}
    process = serve(tmp_path, "--host", "127.0.0.1", "--port", str(port), env=env)
    url = f"http://127.0.0.1:{port}"
    seen = {}
    try:
        wait_serving(process, url, tmp_path / "serve.log")
        with httpx.Client(base_url=url, timeout=30) as client:
            events = chat_events(client)
            body = {"data": ["how much sleep", []], "event_data": None, "session_hash": "a" * 11}
            for host, origin in [
                ("faq.example.org", "https://evil.example"),
                (f"127.0.0.1:{port}", "http://localhost:8000"),
                ("faq.example.org", "https://good.example"),
            ]:
                headers = {"Host": host, "Origin": origin}
                for path in CHAT_ROUTES:
                    seen[host, origin, path] = client.get(path, headers=headers).headers
                event = client.post(
                    "/gradio_api/run/predict",
                    json=body | {"fn_index": events["add"]},
                    headers=headers,
                )
                assert event.status_code == 200, event.text
                seen[host, origin, "event"] = event.headers
    finally:
        process.terminate()
        process.wait(30)
    for (_, origin, path), headers in seen.items():
        allowed = headers.get("access-control-allow-origin")
        assert allowed == (origin if origin == "https://good.example" else None), (origin, path)
        assert "access-control-allow-credentials" not in headers, (origin, path)
