"""Forwarded headers are believed only from HEALTHQA_TRUSTED_PROXIES, for Gradio's routes too, and
HEALTHQA_ALLOWED_HOSTS keeps any other Host name out of the pages. Over real HTTP from
127.0.0.1, reading the page config's `root` (Gradio's front end builds its URLs from it)."""

from __future__ import annotations

import json
import re

import pytest
from live_server import raw_request, serve_in_thread

from app.errors import BadSetting
from app.web.hosts import host_allowed
from app.web.server import create_app
from app.web.settings import WebSettings, parse_hosts

POISON = {
    "X-Forwarded-Host": "evil.example.com",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "198.51.100.7",
    "Forwarded": "host=evil.example.com;proto=https",
    "X-Gradio-Server": "http://evil.example.com",
}


@pytest.fixture(scope="module")
def serve(fake_assistant, tmp_path_factory):
    base = tmp_path_factory.mktemp("hosts")
    servers = []

    def start(**web):
        app = create_app(fake_assistant, WebSettings(feedback_db=base / "f.db", **web))
        servers.append(serve_in_thread(app))
        return servers[-1].__enter__()

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def roots(port: int, headers: dict) -> list[str]:
    """The page config's root in /, /embed/ and /config (the three places Gradio writes it)."""
    found = []
    for path in ("/", "/embed/", "/config"):
        status, _, body = raw_request(port, "GET", path, headers=headers)
        assert status == 200, (path, status)
        found += re.findall(r'"root": ?"([^"]*)"', body.decode())[:1]
    return found


def test_forwarded_headers_from_anyone_change_nothing(serve):
    port = serve()
    assert roots(port, POISON) == roots(port, {})
    for root in roots(port, POISON):
        assert root.startswith("http://127.0.0.1") and "evil" not in root


def test_a_trusted_proxy_sets_the_scheme_but_never_the_host(serve):
    port = serve(trusted_proxies=("127.0.0.1/32",))
    for root in roots(port, {**POISON, "Host": "faq.example.org"}):
        assert root.startswith("https://faq.example.org"), root


def test_the_api_is_not_steered_either(serve):
    port = serve()
    body = json.dumps({"question": "What are the symptoms?"}).encode()
    headers = {**POISON, "Content-Type": "application/json"}
    status, _, payload = raw_request(port, "POST", "/api/ask", body, headers)
    assert status == 200 and b"evil.example.com" not in payload


def test_allowed_hosts_refuse_any_other_host(serve):
    port = serve(allowed_hosts=("faq.example.org", ".example.net"))
    for host in ("faq.example.org", "FAQ.example.org:8443", "www.example.net"):
        assert roots(port, {"Host": host})[0].startswith(f"http://{host.lower()}")
    for host in ("evil.example.com", "faq.example.org.evil.com", "example.net", "", "127.0.0.1"):
        for path in ("/", "/config", "/api/ask", "/embed/"):
            status, headers, body = raw_request(port, "GET", path, headers={"Host": host})
            assert status == 400, (host, path)
            assert json.loads(body) == {"error": "This server does not answer for that host name."}
            assert b"evil" not in body
            assert headers["x-content-type-options"] == "nosniff"


def test_host_matching():
    allowed = ("faq.example.org", ".example.net", "[::1]", "127.0.0.1")
    assert host_allowed("faq.example.org:80", allowed)
    assert host_allowed("a.b.example.net", allowed) and not host_allowed("example.net", allowed)
    assert host_allowed("[::1]:7860", allowed) and host_allowed("127.0.0.1:7860", allowed)
    assert not host_allowed("evilexample.net", allowed) and not host_allowed("", allowed)


@pytest.mark.parametrize(
    "bad", ["https://faq.example.org", "faq.example.org:443", "a/b", "*", "-x"]
)
def test_a_malformed_allowed_host_is_a_bad_setting(bad):
    with pytest.raises(BadSetting, match="HEALTHQA_ALLOWED_HOSTS"):
        parse_hosts(bad)


def test_allowed_hosts_from_the_environment():
    env = {"HEALTHQA_ALLOWED_HOSTS": "faq.example.org, .Example.net"}
    assert WebSettings.from_env(env).allowed_hosts == ("faq.example.org", ".example.net")
    assert WebSettings.from_env({}).allowed_hosts == ()
