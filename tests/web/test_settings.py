from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import BadSetting
from app.web.settings import WebSettings, parse_origins


def test_parse_origins():
    raw = " https://A.example, http://b.example:8080  https://a.example/ "
    assert parse_origins(raw) == ("https://a.example", "http://b.example:8080")
    assert parse_origins("") == ()


@pytest.mark.parametrize("bad", ["a.example", "https://a.example/path", "ftp://a", "*", "https://"])
def test_bad_origins_are_refused(bad):
    with pytest.raises(BadSetting, match="not an origin"):
        parse_origins(bad)


def test_from_env():
    env = {"HEALTHQA_EMBED_ORIGINS": "https://x.example", "HEALTHQA_FEEDBACK_DB": "/tmp/f.db"}
    web = WebSettings.from_env(env)
    assert web.embed_origins == ("https://x.example",)
    assert web.feedback_db == Path("/tmp/f.db")
    assert WebSettings.from_env({}) == WebSettings()
    batching = WebSettings.from_env({"HEALTHQA_BATCH_MAX": "8", "HEALTHQA_BATCH_WAIT_MS": "2.5"})
    assert (batching.batch_max, batching.batch_wait_ms) == (8, 2.5)


@pytest.mark.parametrize("raw", ["0", "-1", "many"])
def test_bad_batch_size(raw):
    with pytest.raises(BadSetting, match="HEALTHQA_BATCH_MAX"):
        WebSettings.from_env({"HEALTHQA_BATCH_MAX": raw})
