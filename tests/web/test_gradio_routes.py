"""Only the Gradio routes the chat uses are open, over real HTTP: every route Gradio registers is
tried (found in the mounted app, not listed by hand), and uploads, files, the queue, streams, its
API description, login and monitoring are 404 or 405, under / and /embed. The chat still answers
and Gradio's own 500s become the generic JSON body."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import gradio
import httpx
import pytest
from chat_client import ask_chat, chat_events, run_event
from live_server import raw_request, serve_in_thread

from app.web.gradio_routes import allowed_methods, chat_path
from app.web.guard import MESSAGE
from app.web.server import create_app
from app.web.settings import WebSettings


@pytest.fixture(scope="module")
def site(fake_assistant, tmp_path_factory):
    # Gradio's upload folder of its own: the shared <tmp>/gradio is written by any other Gradio
    # process on the machine (another test run), which made "nothing stored" fail under load.
    with pytest.MonkeyPatch.context() as env:
        env.setenv("GRADIO_TEMP_DIR", str(tmp_path_factory.mktemp("gradio-uploads")))
        settings = WebSettings(feedback_db=tmp_path_factory.mktemp("g") / "f")
        app = create_app(fake_assistant, settings)
        with serve_in_thread(app) as port:
            yield app, port


def gradio_routes(app) -> list[tuple[str, str]]:
    """(method, path template) of every route of the Gradio app mounted at /."""
    mounted = next(r.app for r in app.routes if getattr(r, "path", None) == "")
    found = []

    def walk(routes) -> None:
        for route in routes:
            if hasattr(route, "original_router"):  # FastAPI's included routers
                walk(route.original_router.routes)
            for method in getattr(route, "methods", None) or []:
                found.append((method, route.path))

    walk(mounted.routes)
    return found


def concrete(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "x1", template)


def test_the_walk_finds_gradio_routes(site):
    paths = {path for _, path in gradio_routes(site[0])}
    assert {"/gradio_api/upload", "/gradio_api/file={path_or_url:path}", "/config"} <= paths
    assert len(paths) > 40


@pytest.mark.parametrize("mount", ["", "/embed"])
def test_every_unused_gradio_route_is_closed(site, mount):
    app, port = site
    opened = []
    for method, template in gradio_routes(app):
        path = concrete(template)
        if chat_path({"path": mount + path}) is None:
            continue  # one of our routes (/openapi.json) answers there, not Gradio
        status, _, body = raw_request(port, method, mount + path, b"{}", {"Content-Type": "a/b"})
        if method in allowed_methods(path):
            opened.append(path)
            assert status != 405, (method, path)
        else:
            assert status in (404, 405), (method, path, status, body[:200])
    assert set(opened) <= {
        "/",
        "/config",
        "/config/",
        "/theme.css",
        "/favicon.ico",
        "/robots.txt",
        "/static/x1",
        "/assets/x1",
        "/gradio_api/run/x1",
    }


def gradio_files() -> set[Path]:
    """Files in Gradio's upload and cache folder (GRADIO_TEMP_DIR: the site's own, see `site`)."""
    folder = Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")
    return {p for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else set()


def test_an_upload_is_refused_without_reading_it(site):
    app, port = site
    mounted = next(r.app for r in app.routes if getattr(r, "path", None) == "")
    assert Path(mounted.uploaded_file_dir) == Path(os.environ["GRADIO_TEMP_DIR"])  # the one we read
    before = gradio_files()
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\n{'x' * 100_000}\r\n--{boundary}--\r\n"
    ).encode()
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    for mount in ("", "/embed"):
        target = f"{mount}/gradio_api/upload"
        # The request head alone, announcing the body: the answer comes without the body being
        # sent, so nothing waits to read it (were it read, this would time out).
        announced = {**headers, "Content-Length": str(len(body))}
        status, _, payload = raw_request(port, "POST", target, b"", announced)
        assert status == 404 and json.loads(payload) == {"error": "There is no such route."}
        assert b"/tmp" not in payload
        # With the body sent: the same answer, or a reset when the server closed with the body
        # unread in its buffer before our read (the kernel's RST; seen under load in CI).
        try:
            status, _, payload = raw_request(port, "POST", target, body, headers)
        except ConnectionResetError:
            continue
        assert status == 404 and b"/tmp" not in payload
    assert gradio_files() - before == set()  # nothing stored


@pytest.mark.parametrize(
    "path",
    [
        "/gradio_api/file=/etc/passwd",
        f"/gradio_api/file={gradio.__file__}",
        "/gradio_api/queue/join",
        "/gradio_api/info",
        "/gradio_api/openapi.json",
        "/monitoring",
        "/login",
        "/manifest.json",
        "/svelte/x.js",
        "/gradio_api/vibe-code",
        "/gradio_api/call/answer",
    ],
)
def test_named_dangerous_routes_are_closed(site, path):
    _, port = site
    for mount in ("", "/embed"):
        status, _, body = raw_request(port, "GET", mount + path)
        assert status in (404, 405) and b"root:" not in body and b"import" not in body


def test_a_closed_page_address_is_the_html_not_found_page(site):
    status, headers, body = raw_request(site[1], "GET", "/monitoring")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert b"Not found" in body


def test_the_chat_still_answers_on_both_mounts(site):
    with httpx.Client(base_url=f"http://127.0.0.1:{site[1]}", timeout=30) as client:
        for mount in ("", "/embed"):
            html, response = ask_chat(client, "What are the symptoms?", mount)
            assert response.status_code == 200 and "hq-quote" in html, mount
            assert client.get(f"{mount}/").status_code == 200


def test_malformed_events_are_422_before_gradio_sees_them(site):
    """Wrong number of inputs, wrong types, unknown events, file parts: a clear 422, never a
    failure inside Gradio, and the input is not echoed."""
    with httpx.Client(base_url=f"http://127.0.0.1:{site[1]}", timeout=30) as client:
        events = chat_events(client)
        file_part = [{"role": "user", "content": [{"type": "file", "file": {"path": "/etc"}}]}]
        for index, data in (
            (events["answer"], ["Am I pregnant?"]),
            (events["answer"], ["Am I pregnant?", "not a list", {}]),
            (events["answer"], ["Am I pregnant?", file_part, {}]),
            (events["add"], [{"x": "Am I pregnant?"}, []]),
            (events["vote"], [{}]),  # a like without its event data
            (10_000, ["Am I pregnant?"]),
        ):
            response = run_event(client, "", index, data, "s1")
            assert response.status_code == 422, (index, data, response.text)
            assert response.json()["error"] and "pregnant" not in response.text


def test_gradio_500s_are_the_generic_json(tmp_path):
    """A handler that fails (a bug): the reply is the generic 500, not Gradio's
    `{"error": null}` or a message naming its internals."""
    from web_fakes import FakeAssistant

    broken = FakeAssistant()

    def boom(*args):
        raise RuntimeError("internal detail /srv/app.py")

    broken._one = boom
    app = create_app(broken, WebSettings(feedback_db=tmp_path / "f.db"))
    with serve_in_thread(app) as port, httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        html, response = ask_chat(client, "Am I pregnant?")
    assert response.status_code == 500 and response.json() == {"error": MESSAGE}
    assert "internal" not in response.text and "pregnant" not in response.text


def test_the_page_resizing_script_that_answers_any_window_is_not_served(site):
    """Gradio's page loads iframe-resizer's child script when framed; it answered an "init" from
    any window that could reach the chat's (not only the page framing it) with the page's size
    and the reader's mouse positions (SECURITY.md: the chat takes one message, from its parent;
    tests/browser/test_promises_widget.py sees it in Chromium). Both mounts get an empty script,
    with our headers; Gradio's page still asks for it (the name it loads is this one)."""
    name = "/static/js/iframeResizer.contentWindow.min.js"
    with httpx.Client(base_url=f"http://127.0.0.1:{site[1]}", timeout=30) as client:
        assert "iframeResizer.contentWindow.min.js" in client.get("/embed/").text
        for mount in ("", "/embed"):
            response = client.get(mount + name)
            assert response.status_code == 200, mount
            assert response.headers["content-type"].startswith("text/javascript")
            assert response.headers["x-content-type-options"] == "nosniff"
            body = response.text
            assert "addEventListener" not in body and "postMessage" not in body
            assert len(body) < 200
