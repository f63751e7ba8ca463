"""No request content in anything the server process writes: a real `python -m app serve` (tiny
corpus, fake embedder, 127.0.0.1) gets malformed chat events, API calls, bytes that are not HTTP
and cut-off bodies that all carry a known question, and its whole standard error is searched for
it afterwards (it holds the lines those requests cause, so the search can fail). Malformed events
no longer reach Gradio (app.web.events), so the formatter is also tested on what Gradio and
pydantic do print: a validation error quoting its input, through Gradio's `print_exc`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import ROOT, TINY, wait_serving, write_corpus
from tests.test_hardening_workers import ENV, free_port

SECRET = "Am I pregnant? zqxj-7731"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("logs")
    write_corpus(base / "corpus", TINY)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env |= ENV | {"HEALTHQA_FEEDBACK_DB": str(base / "f.db"), "HEALTHQA_READ_TIMEOUT": "1"}
    command = [sys.executable, "-m", "app", "serve", "--port", str(port)]
    command += ["--corpus", str(base / "corpus"), "--index", str(base / "index")]
    err = open(base / "stderr.log", "w")  # noqa: SIM115 - the child holds it
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
    url = f"http://127.0.0.1:{port}"
    wait_serving(process, url, base / "stderr.log")
    try:
        yield url, port, process, base / "stderr.log"
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(30)
        err.close()


def malformed_events(events: dict[str, int]) -> list[dict]:
    answer, add = events["answer"], events["add"]
    return [
        {"data": [SECRET], "fn_index": answer, "session_hash": "s"},  # too few inputs
        {"data": [SECRET, SECRET, {}], "fn_index": answer, "session_hash": "s"},  # not a list
        {"data": [SECRET, [{"role": SECRET, "content": 3}], {}], "fn_index": answer},
        {"data": [SECRET, [], SECRET], "fn_index": answer, "session_hash": "s"},
        {"data": SECRET, "fn_index": add, "session_hash": "s"},
        {"data": [SECRET], "fn_index": SECRET, "session_hash": SECRET},
        {"data": [SECRET, []], "fn_index": 10_000, "session_hash": "s"},
        {"data": [{"x": SECRET}, [SECRET]], "fn_index": add, "session_hash": "s"},
        {"data": [SECRET, [], {}], "fn_index": events["vote"], "event_data": {"index": SECRET}},
    ]


def test_no_question_text_in_the_server_log(server):
    url, port, process, log = server
    with httpx.Client(base_url=url, timeout=30) as client:
        config = client.get("/config").json()
        events = {d["api_name"]: d["id"] for d in config["dependencies"] if d.get("api_name")}
        statuses = []
        for mount in ("", "/embed"):
            for body in malformed_events(events):
                response = client.post(f"{mount}/gradio_api/run/predict", json=body)
                statuses.append(response.status_code)
                assert SECRET not in response.text or response.status_code < 500
            for raw in (json.dumps(SECRET), f"[{json.dumps(SECRET)}", SECRET):
                client.post(f"{mount}/gradio_api/run/predict", content=raw)
        client.post("/api/ask", content=json.dumps({"question": SECRET, "top_k": SECRET}))
        client.post("/api/ask", json={"question": SECRET, "history": SECRET})
        client.post("/api/ask", content=SECRET, headers={"Content-Type": "text/plain"})
        client.get(f"/articles/{SECRET}", params={"q": SECRET})
    assert all(status < 500 for status in statuses) and 422 in statuses, statuses
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:  # not HTTP
        sock.sendall(f"{SECRET} / HTTP/1.1\r\n\r\n".encode())
        sock.recv(1000)
    body = json.dumps({"question": SECRET}).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:  # left mid-body
        sock.sendall(b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
        sock.sendall(b"Content-Length: 1000\r\n\r\n" + body)
    time.sleep(1.5)
    process.terminate()
    process.wait(30)
    text = log.read_text("utf-8", errors="replace")
    for fragment in (SECRET, "zqxj", "pregnant"):
        assert fragment not in text, text[-3000:]
    assert "Invalid HTTP request received" in text
    assert "client left before its request body was complete: POST /api/ask" in text


def test_library_tracebacks_keep_frames_and_type_but_not_the_message(capsys):
    """What a failed Gradio event printed: a pydantic error quoting the question, via
    `traceback.print_exc()` in gradio.routes, now through the `gradio` logger and SafeFormatter."""
    import logging.config

    import gradio.routes
    from pydantic import BaseModel

    from app.web import logs

    class Body(BaseModel):
        data: list

    logs.quiet_library_tracebacks()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    logging.config.dictConfig(logs.LOG_CONFIG)
    try:
        try:
            Body(data=SECRET)
        except ValueError:
            gradio.routes.traceback.print_exc()
        logging.getLogger("uvicorn.error").error("Exception in ASGI application", exc_info=True)
        try:
            {}[SECRET]
        except KeyError:
            logging.getLogger("app.web.guard").exception("unhandled error in POST /x")
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    err = capsys.readouterr().err
    assert SECRET not in err and "zqxj" not in err
    assert "ERROR: gradio: error in a chat event" in err and "Traceback (most recent call" in err
    assert "pydantic_core._pydantic_core.ValidationError (message withheld" in err
    assert "builtins.KeyError (message withheld" in err and "test_log_privacy.py" in err
