"""`python -m app serve --workers 2`: the parent builds the index once, two worker processes load it
and share the port; answers come from both; the chat works when its two events land on different
workers (its state is kept in the page); stopping the parent stops the workers; a worker never
builds. Fake embedder and the tiny corpus, 127.0.0.1 only."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from uvicorn.config import STARTUP_FAILURE

from app.config import Settings
from tests.conftest import ROOT, TINY, wait_serving, write_corpus
from tests.web.chat_client import chat_events, run_event, text_of

ENV = {
    "HEALTHQA_BACKEND": "fake",
    "HEALTHQA_MIN_WORDS": "10",
    "HEALTHQA_MAX_WORDS": "60",
    "HEALTHQA_ABSTAIN_BELOW": "0.2",
    "GRADIO_ANALYTICS_ENABLED": "False",
}
QUESTION = {"question": "How much sleep do adults need?"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(tmp_path: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
    """`python -m app serve` on the tiny corpus under `tmp_path`; `env`: more variables."""
    extra = env or {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env |= ENV | {"HEALTHQA_FEEDBACK_DB": str(tmp_path / "feedback.sqlite3")} | extra
    command = [sys.executable, "-m", "app", "serve", "--corpus", str(tmp_path / "corpus")]
    command += ["--index", str(tmp_path / "index"), *args]
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115 - the child holds it
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("workers")
    write_corpus(tmp_path / "corpus", TINY)
    port = free_port()
    process = serve(tmp_path, "--workers", "2", "--host", "127.0.0.1", "--port", str(port))
    url = f"http://127.0.0.1:{port}"
    try:
        wait_serving(process, url, tmp_path / "serve.log")
        yield url, process, tmp_path
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(30)


def clients_by_worker(url: str, want: int = 2, rounds: int = 20) -> dict[int, httpx.Client]:
    """Keep-alive clients (one connection each), keyed by the pid of the worker holding it."""
    found: dict[int, httpx.Client] = {}

    def connect(_) -> tuple[int, httpx.Client]:
        client = httpx.Client(base_url=url, timeout=30, limits=httpx.Limits(max_connections=1))
        return client.get("/healthz").json()["pid"], client

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for _ in range(rounds):
            for pid, client in pool.map(connect, range(8)):
                if pid in found:
                    client.close()
                else:
                    found[pid] = client
            if len(found) >= want:
                return found
    return found


def test_the_parent_built_the_index_once(two_workers):
    _, _, tmp_path = two_workers
    generations = list((tmp_path / "index").glob("gen-*"))
    assert len(generations) == 1
    log = (tmp_path / "serve.log").read_text()
    assert "Serving 5 passages on http://127.0.0.1:" in log and "with 2 worker processes" in log


def test_answers_come_from_two_worker_processes(two_workers):
    """Both workers answer. A sample counts for a worker when the same connection reports that
    worker's pid before and after the answer; a connection the server closed meanwhile (httpx
    then reconnects, maybe to the other worker) proves nothing and is not counted. Rounds of new
    connections go on until both workers have answered (at most five)."""
    url, process, _ = two_workers
    answered: set[int] = set()
    workers: set[int] = set()
    for _ in range(5):
        clients = clients_by_worker(url)
        try:
            workers |= set(clients)
            assert process.pid not in clients  # the parent only supervises
            with concurrent.futures.ThreadPoolExecutor(len(clients)) as pool:
                results = [r for rs in pool.map(ask_eight, clients.values()) for r in rs]
        finally:
            for client in clients.values():
                client.close()
        assert all(status == 200 and quoted for _, _, status, quoted in results)
        answered |= {before for before, after, _, _ in results if before == after}
        if len(answered) >= 2:
            break
    assert len(workers) == 2, "both workers accept connections"
    assert answered == workers


def ask_eight(client: httpx.Client) -> list[tuple[int, int, int, bool]]:
    """One thread per client: an httpx.Client (one connection) is never shared."""
    results = []
    for _ in range(8):
        before = client.get("/healthz").json()["pid"]
        response = client.post("/api/ask", json=QUESTION)
        after = client.get("/healthz").json()["pid"]
        results.append((before, after, response.status_code, bool(response.json()["quotes"])))
    return results


def test_the_chat_works_across_workers(two_workers):
    """The question is shown by one worker and answered by the other: nothing the answer needs
    is in either process (with Gradio's queue and gr.State it was: 9 of 12 such chats failed)."""
    url, _, _ = two_workers
    clients = clients_by_worker(url)
    try:
        (first_pid, first), (second_pid, second) = list(clients.items())[:2]
        for mount in ("", "/embed"):
            events = chat_events(first, mount)
            added = run_event(first, mount, events["add"], [QUESTION["question"], []], "s1")
            assert added.status_code == 200
            _, messages, pending = added.json()["data"]
            answered = run_event(second, mount, events["answer"], [pending, messages, {}], "s1")
            assert answered.status_code == 200
            chat = answered.json()["data"][0]
            assert "hq-quote" in text_of(chat[-1]["content"]), mount
            assert first.get("/healthz").json()["pid"] == first_pid != second_pid
    finally:
        for client in clients.values():
            client.close()


def test_workers_never_load_what_they_do_not_use(two_workers):
    """After pages, chat and answers (the tests above): no pandas, pyarrow or scipy.sparse
    library is mapped into a worker (app/deferred.py); numpy is, as a check of the reading."""
    url, _, _ = two_workers
    clients = clients_by_worker(url)
    for client in clients.values():
        client.close()
    for pid in clients:
        maps = Path(f"/proc/{pid}/maps").read_text()
        assert "/numpy/" in maps
        assert not [lib for lib in ("/pandas/", "/pyarrow/", "/scipy/sparse/") if lib in maps]


def test_a_build_error_in_the_parent_is_a_message_and_exit_code(tmp_path):
    (tmp_path / "corpus").mkdir()  # no article at all
    process = serve(tmp_path, "--workers", "2", "--port", str(free_port()))
    assert process.wait(120) == 2
    assert "error: no readable article" in (tmp_path / "serve.log").read_text()


def test_a_worker_never_builds(tiny_settings, monkeypatch, caplog):
    """Workers only load: if the index went stale after the parent built it, they refuse - one
    line, then uvicorn's STARTUP_FAILURE exit, which stops the parent
    (tests/test_workers_start.py)."""
    from app.build import build_index
    from app.embed.fake import FakeEmbedder
    from app.web.serve import settings_env, worker_app

    build_index(tiny_settings, FakeEmbedder())
    for key, value in settings_env(tiny_settings).items():
        monkeypatch.setenv(key, value)
    assert worker_app().title  # loads fine
    (tiny_settings.corpus_dir / "new.md").write_text("# New\n\nA new article about naps.\n")
    with pytest.raises(SystemExit) as stopped:
        worker_app()
    assert stopped.value.code == STARTUP_FAILURE
    assert "a worker cannot start" in caplog.text and "restart `serve`" in caplog.text
    assert len(list(tiny_settings.index_dir.glob("gen-*"))) == 1  # nothing was built


def test_settings_reach_the_workers_unchanged(tmp_path):
    from app.web.serve import settings_env

    settings = Settings(
        corpus_dir=tmp_path / "c",
        index_dir=Path("relative/index"),
        backend="fake",
        top_k=5,
        abstain_below=0.31,
        embed_context=False,
        advice="Ask your doctor.\nReally.",
        unanswered_log=str(tmp_path / "u.db"),
    )
    assert Settings.from_env(settings_env(settings)) == settings
    assert settings_env(Settings()) == {}


def test_stopping_the_parent_stops_the_workers(two_workers):
    """Last in this module: it stops the shared server."""
    url, process, tmp_path = two_workers
    clients = clients_by_worker(url)
    for client in clients.values():
        client.close()
    assert len(clients) == 2
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in clients):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in clients), "a worker outlived the parent"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
