"""Browser-test fixtures: the real server (`python -m app serve`, seed corpus, real model) in a
subprocess, a static "host site" serving a page with the widget, and Debian Chromium via Playwright.

Cross-site on one machine: Chromium maps the names site-a.test and site-b.test to 127.0.0.1, so the
widget's host page is on another *site* than the app (http://127.0.0.1:PORT), as on the web; the
embed allow-list holds site-a only. Every server listens on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from browser_helpers import ALLOWED_SITE, CHROMIUM, HOST_PAGE, OTHER_SITE, ROOT, free_port


@dataclass
class App:
    url: str  # http://127.0.0.1:PORT
    host_page: str  # the widget's host page on the allowed site
    host_folder: Path  # where the host site's pages are (tests may add their own)
    other_page: str  # the same page on a site not on the allow-list
    started_in: float  # seconds from `serve` start to /healthz answering
    feedback_db: Path


@dataclass
class Requests:
    """Every request a page (and its frames) made."""

    urls: list[str] = field(default_factory=list)

    def origins(self) -> set[str]:
        return {"/".join(u.split("/")[:3]) for u in self.urls if u.startswith("http")}

    def others(self) -> list[str]:
        return [u for u in self.urls if not u.startswith(("http:", "https:", "data:", "blob:"))]


def require_browser() -> None:
    """Skip (with the reason) when Playwright or Debian Chromium is missing; CI installs both."""
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


@pytest.fixture(scope="module")
def playwright_browser():
    """Per module: Playwright's sync API keeps an event loop running in this thread while it is
    open, which would break asyncio.run() in tests collected after the browser tests."""
    require_browser()
    from playwright import sync_api

    rules = f"MAP {ALLOWED_SITE} 127.0.0.1, MAP {OTHER_SITE} 127.0.0.1"
    args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        f"--host-resolver-rules={rules}",
    ]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def host_site(tmp_path_factory) -> Iterator[tuple[int, Path]]:
    """A static site on 127.0.0.1 (reached as site-a.test / site-b.test) for the host page."""
    folder = tmp_path_factory.mktemp("host-site")
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], folder
    server.shutdown()
    server.server_close()


# Response headers the host site sends with a page, by path (e.g. a strict CSP); set by tests.
PAGE_HEADERS: dict[str, dict[str, str]] = {}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        for name, value in PAGE_HEADERS.get(self.path.split("?")[0], {}).items():
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture(scope="session")
def app_server(host_site, tmp_path_factory) -> Iterator[App]:
    """`python -m app serve` on the seed corpus with the real model (builds the index first)."""
    require_browser()
    host_port, folder = host_site
    base = tmp_path_factory.mktemp("app")
    shutil.copytree(ROOT / "corpus", base / "corpus")
    port = free_port()
    env = {
        **os.environ,
        "HEALTHQA_EMBED_ORIGINS": f"http://{ALLOWED_SITE}:{host_port}",
        "HEALTHQA_FEEDBACK_DB": str(base / "feedback.sqlite3"),
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    cmd = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--corpus", str(base / "corpus"), "--index", str(base / "index")]
    log = open(base / "server.log", "w")  # noqa: SIM115 - closed below
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        started_in = wait_until_up(url, process, base / "server.log", start)
        page = HOST_PAGE.format(app=url, extra='data-position="right"')
        (folder / "host.html").write_text(page, "utf-8")
        page = HOST_PAGE.format(app=url, extra='data-position="left" data-open="true"')
        (folder / "open.html").write_text(page, "utf-8")
        yield App(
            url=url,
            host_page=f"http://{ALLOWED_SITE}:{host_port}/host.html",
            host_folder=folder,
            other_page=f"http://{OTHER_SITE}:{host_port}/host.html",
            started_in=started_in,
            feedback_db=base / "feedback.sqlite3",
        )
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@contextlib.contextmanager
def tiny_server(base: Path, settings: dict[str, str]) -> Iterator[str]:
    """`python -m app serve` on the tiny corpus with the fake embedder, 127.0.0.1 only, with
    `settings` (HEALTHQA_* variables) over a clean environment; yields its URL."""
    from tests.conftest import TINY, write_corpus

    write_corpus(base / "corpus", TINY)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env |= {
        "HEALTHQA_BACKEND": "fake",
        "HEALTHQA_MIN_WORDS": "10",
        "HEALTHQA_MAX_WORDS": "60",
        "HEALTHQA_FEEDBACK_DB": str(base / "feedback.sqlite3"),
        "GRADIO_ANALYTICS_ENABLED": "False",
        **settings,
    }
    cmd = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--corpus", str(base / "corpus"), "--index", str(base / "index")]
    with open(base / "server.log", "w") as log:
        process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process, base / "server.log", time.perf_counter())
        yield url
    finally:
        process.terminate()
        process.wait(30)


def wait_until_up(url: str, process: subprocess.Popen, log: Path, start: float) -> float:
    deadline = start + 240
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return time.perf_counter() - start
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    pytest.fail(f"the server did not answer within 240 s:\n{log.read_text()[-3000:]}")


@pytest.fixture
def new_page(playwright_browser):
    """A fresh page in its own context; records requests and JavaScript dialogs."""
    contexts = []

    def make(width: int = 1280, height: int = 800, touch: bool = False):
        """`touch`: a phone's browser (touch events, mobile viewport rules)."""
        context = playwright_browser.new_context(
            viewport={"width": width, "height": height}, has_touch=touch, is_mobile=touch
        )
        contexts.append(context)
        page = context.new_page()
        page.requests = Requests()
        page.dialogs = []
        context.on("request", lambda request: page.requests.urls.append(request.url))
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        return page

    yield make
    for context in contexts:
        context.close()
