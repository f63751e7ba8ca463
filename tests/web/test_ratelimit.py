"""Per-client rate limiting: the token bucket, the client address (X-Forwarded-For only from trusted
proxies), 429 + Retry-After + JSON on /api/ask and on the chat's Gradio routes, and privacy (the
address is never logged)."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from app.errors import BadSetting
from app.web.ratelimit import Rate, TokenBuckets, client_key, is_limited, parse_rate
from app.web.server import create_app
from app.web.settings import WebSettings, parse_proxies

JSON = {"Content-Type": "application/json"}
QUESTION = {"question": "What are the symptoms?"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("raw", "rate"),
    [
        ("30/minute", Rate(30, 60.0)),
        (" 5 / second ", Rate(5, 1.0)),
        ("100/hours", Rate(100, 3600.0)),
        ("2/MINUTE", Rate(2, 60.0)),
        ("", None),
        ("0", None),
        ("0/minute", None),
    ],
)
def test_parse_rate(raw, rate):
    assert parse_rate(raw) == rate


@pytest.mark.parametrize("raw", ["30", "30/day", "-1/minute", "x/minute", "30 per minute", "1.5/s"])
def test_bad_rates_are_refused(raw):
    with pytest.raises(BadSetting, match="HEALTHQA_RATE_LIMIT"):
        WebSettings.from_env({"HEALTHQA_RATE_LIMIT": raw})


def test_settings_from_env():
    web = WebSettings.from_env(
        {"HEALTHQA_RATE_LIMIT": "30/minute", "HEALTHQA_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8"}
    )
    assert web.rate_limit == Rate(30, 60.0) and str(web.rate_limit) == "30/minute"
    assert web.trusted_proxies == ("127.0.0.1/32", "10.0.0.0/8")
    assert WebSettings.from_env({}).rate_limit is None
    assert WebSettings.from_env({}).trusted_proxies == ()


@pytest.mark.parametrize("raw", ["*", "localhost", "10.0.0.0/33", "proxy.example"])
def test_bad_proxies_are_refused(raw):
    with pytest.raises(BadSetting, match="HEALTHQA_TRUSTED_PROXIES"):
        parse_proxies(raw)


def test_bucket_allows_a_burst_then_refills_evenly():
    clock = Clock()
    buckets = TokenBuckets(Rate(3, 60), clock)
    assert [buckets.take("a") for _ in range(3)] == [0, 0, 0]
    assert buckets.take("a") == pytest.approx(20)  # one token every 20 s
    assert buckets.take("b") == 0  # other clients have their own bucket
    clock.now += 10
    assert buckets.take("a") == pytest.approx(10)  # refused requests take nothing
    clock.now += 10
    assert buckets.take("a") == 0
    clock.now += 3600
    assert [buckets.take("a") for _ in range(4)][-1] > 0  # never more than the burst


def test_buckets_are_bounded_and_idle_ones_dropped():
    clock = Clock()
    buckets = TokenBuckets(Rate(2, 1), clock, max_keys=100)
    for i in range(100):
        buckets.take(f"10.0.0.{i}")
    clock.now += 5  # every bucket has refilled: equal to a new one
    buckets.take("10.0.1.1")
    assert len(buckets) == 1
    for i in range(500):  # a flood of addresses, all busy: the least recently used go
        buckets.take(f"10.1.{i // 256}.{i % 256}")
    assert len(buckets) <= 100


@pytest.mark.parametrize(
    ("client", "key"),
    [
        (("203.0.113.9", 1), "203.0.113.9"),
        (("2001:db8:1:2:3:4:5:6", 1), "2001:db8:1:2::/64"),
        (("2001:db8:1:2:ffff::1", 1), "2001:db8:1:2::/64"),  # same /64, same bucket
        (("::ffff:203.0.113.9", 1), "203.0.113.9"),
        (("testclient", 1), "testclient"),
        (None, "unknown"),
    ],
)
def test_client_key(client, key):
    assert client_key({"client": client}) == key


@pytest.mark.parametrize(
    ("method", "path", "limited"),
    [
        ("POST", "/api/ask", True),
        ("POST", "/gradio_api/queue/join", True),
        ("POST", "/embed/gradio_api/queue/join", True),
        ("POST", "/gradio_api/run/predict", True),
        ("POST", "/embed/gradio_api/call/answer", True),
        ("POST", "/gradio_api/api/answer", True),
        ("GET", "/gradio_api/queue/data", False),
        ("GET", "/api/ask", False),
        ("OPTIONS", "/api/ask", False),
        ("GET", "/", False),
        ("GET", "/articles/x", False),
        ("POST", "/gradio_api/upload", False),
        ("POST", "/articles/api/ask", False),
    ],
)
def test_which_routes_are_limited(method, path, limited):
    assert is_limited({"type": "http", "method": method, "path": path}) is limited


def test_limited_under_a_root_path():
    scope = {"type": "http", "method": "POST", "path": "/qa/api/ask", "root_path": "/qa"}
    assert is_limited(scope)


@pytest.fixture
def limited_app(fake_assistant, tmp_path):
    def build(rate: Rate | None = None, proxies: tuple[str, ...] = ()):
        rate = rate or Rate(3, 60)
        web = WebSettings(feedback_db=tmp_path / "f.db", rate_limit=rate, trusted_proxies=proxies)
        return create_app(fake_assistant, web)

    return build


def client_at(app, address: str) -> TestClient:
    return TestClient(app, client=(address, 40000))


def test_api_over_the_limit_is_429_with_retry_after(limited_app):
    app = limited_app()
    with client_at(app, "203.0.113.7") as reader:
        codes = [reader.post("/api/ask", json=QUESTION).status_code for _ in range(3)]
        refused = reader.post("/api/ask", json=QUESTION, headers={"Origin": "https://x.example"})
        assert reader.get("/healthz").status_code == 200  # pages are never limited
        assert reader.get("/articles/dopamine-deficiency").status_code == 200
    assert codes == [200, 200, 200]
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 20
    error = refused.json()["error"]
    assert "Too many requests" in error and "3/minute" in error and "try again in" in error
    assert refused.headers["access-control-allow-origin"] == "*"  # the widget can read it
    with client_at(app, "198.51.100.1") as other:
        assert other.post("/api/ask", json=QUESTION).status_code == 200


def test_bad_requests_count_too(limited_app):
    with client_at(limited_app(Rate(2, 60)), "203.0.113.7") as reader:
        assert reader.post("/api/ask", content=b"{bad", headers=JSON).status_code == 400
        assert reader.post("/api/ask", content=b"{bad").status_code == 415
        assert reader.post("/api/ask", json=QUESTION).status_code == 429


def test_chat_routes_share_the_bucket(limited_app):
    """The chat's events of / and /embed are limited like the API, in the same bucket."""
    with client_at(limited_app(Rate(4, 60)), "203.0.113.7") as reader:
        first = reader.post("/gradio_api/run/predict", json={})
        second = reader.post("/embed/gradio_api/run/predict", json={})
        third = reader.post("/gradio_api/run/predict", json={})
        assert reader.post("/api/ask", json=QUESTION).status_code == 200
        refused = reader.post("/embed/gradio_api/run/predict", json={})
        assert reader.get("/embed/").status_code == 200
    assert 429 not in (first.status_code, second.status_code, third.status_code)
    assert refused.status_code == 429 and refused.headers["retry-after"]
    assert "Too many requests" in refused.json()["error"]  # shown by Gradio's front end


def test_off_by_default(client):
    codes = {client.post("/api/ask", json=QUESTION).status_code for _ in range(50)}
    assert codes == {200}


def test_forwarded_for_is_ignored_without_trusted_proxies(limited_app):
    with client_at(limited_app(Rate(2, 60)), "127.0.0.1") as proxy:
        codes = [
            proxy.post("/api/ask", json=QUESTION, headers={"X-Forwarded-For": f"198.51.100.{i}"})
            for i in range(3)
        ]
    assert [r.status_code for r in codes] == [200, 200, 429]  # one bucket: the peer's


def test_forwarded_for_from_a_trusted_proxy_names_the_client(limited_app):
    app = limited_app(Rate(2, 60), proxies=("10.0.0.0/8",))
    with client_at(app, "10.1.2.3") as proxy:

        def ask(forwarded: str) -> int:
            headers = {"X-Forwarded-For": forwarded}
            return proxy.post("/api/ask", json=QUESTION, headers=headers).status_code

        assert [ask("198.51.100.1") for _ in range(3)] == [200, 200, 429]
        assert ask("198.51.100.2") == 200  # another reader behind the same proxy
        # A reader cannot escape by sending their own header: the proxy appends the real address,
        # and the rightmost address that is not a trusted proxy is the client.
        assert ask("1.2.3.4, 198.51.100.1") == 429
        assert ask("5.6.7.8, 198.51.100.1, 10.9.9.9") == 429
    with client_at(app, "203.0.113.50") as stranger:  # not a trusted proxy: header ignored
        headers = {"X-Forwarded-For": "198.51.100.77"}
        codes = [stranger.post("/api/ask", json=QUESTION, headers=headers) for _ in range(3)]
        assert [r.status_code for r in codes] == [200, 200, 429]


def test_the_address_is_never_logged(limited_app, caplog):
    app = limited_app(Rate(1, 60), proxies=("10.0.0.0/8",))
    with caplog.at_level(logging.DEBUG), client_at(app, "10.0.0.1") as proxy:
        for _ in range(3):
            proxy.post("/api/ask", json=QUESTION, headers={"X-Forwarded-For": "198.51.100.23"})
    assert "198.51.100.23" not in caplog.text and "10.0.0.1" not in caplog.text
