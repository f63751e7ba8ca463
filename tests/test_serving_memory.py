"""What keeps a serving worker's memory down (BENCHMARKS.md section 8), checked by mechanism, never
by a memory figure: modules Gradio imports but a worker never uses are deferred until touched
(app/deferred.py), the language identifier keeps only its chosen languages and answers exactly as
py3langid's own `set_languages` does, and `serve` trims the heap once start-up is done."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app import deferred
from app.config import Settings
from app.safety import language
from app.web import serve

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
RUNS = RUNS + 1 if "RUNS" in globals() else 1
open(__file__ + ".ran", "a").write("x")
VALUE = 42
"""


@pytest.fixture
def probe(tmp_path, monkeypatch):
    """A module `hq_probe` that records each time its code runs; removed afterwards."""
    package = tmp_path / "hq_probe"
    package.mkdir()
    (package / "__init__.py").write_text(PROBE)
    (package / "sub.py").write_text("NAME = 'sub'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield package / "__init__.py.ran"
    for name in ("hq_probe", "hq_probe.sub"):
        sys.modules.pop(name, None)


def test_a_deferred_module_runs_only_when_first_touched(probe):
    assert deferred.defer("hq_probe") == ["hq_probe"]
    import hq_probe

    assert not probe.exists() and deferred.is_deferred("hq_probe")
    assert hq_probe.VALUE == 42  # the first attribute read imports it
    assert probe.read_text() == "x" and not deferred.is_deferred("hq_probe")
    import hq_probe.sub

    assert hq_probe.sub.NAME == "sub" and hq_probe.RUNS == 1
    assert probe.read_text() == "x"  # run once only


def test_imported_or_missing_modules_are_left_alone(probe):
    import hq_probe

    assert deferred.defer("hq_probe", "hq_no_such_module") == []
    assert sys.modules["hq_probe"] is hq_probe and "hq_no_such_module" not in sys.modules


def test_a_failing_import_is_the_callers_error_and_stays_deferred(probe):
    probe.with_name("__init__.py").write_text("raise ImportError('broken on purpose')\n")
    deferred.defer("hq_probe")
    import hq_probe

    with pytest.raises(ImportError, match="broken on purpose"):
        hq_probe.VALUE  # noqa: B018
    assert deferred.is_deferred("hq_probe")


def test_a_deferred_import_may_touch_another_deferred_module(tmp_path, monkeypatch):
    (tmp_path / "hq_outer.py").write_text("import hq_inner\nVALUE = hq_inner.VALUE + 1\n")
    (tmp_path / "hq_inner.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    got = []
    try:
        deferred.defer("hq_outer", "hq_inner")
        import hq_outer

        reader = threading.Thread(target=lambda: got.append(hq_outer.VALUE), daemon=True)
        reader.start()
        reader.join(30)  # a lock that is not re-entrant would wait here for ever
        assert got == [2]
    finally:
        for name in ("hq_outer", "hq_inner"):
            sys.modules.pop(name, None)


CHILD = """
import json, sys
sys.path.insert(0, "tests/web")
from app.web.serve import quiet_gradio
quiet_gradio()
from fastapi.testclient import TestClient
from chat_client import ask_chat
from web_fakes import FakeAssistant
from app.web.server import create_app
from app.web.settings import WebSettings
client = TestClient(create_app(FakeAssistant(), WebSettings(feedback_db=sys.argv[1])))
ok = [client.get("/").status_code, client.get("/embed/").status_code]
ok.append(client.post("/api/ask", json={"question": "What is dopamine?"}).status_code)
ok.append(bool(ask_chat(client, "What is dopamine?")[0]))
ok.append(bool(ask_chat(client, "What is dopamine?", "/embed")[0]))
from app import deferred
print(json.dumps({"ok": ok, "gradio": "gradio.blocks" in sys.modules,
                  "pandas_deferred": deferred.is_deferred("pandas"),
                  "pandas_run": "pandas.core.frame" in sys.modules,
                  "scipy_sparse_deferred": deferred.is_deferred("scipy.sparse"),
                  "pyarrow": "pyarrow" in sys.modules}))
"""


def test_a_worker_serves_pages_chat_and_api_without_importing_pandas(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env.update(PYTHONPATH=str(ROOT), GRADIO_ANALYTICS_ENABLED="False")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "feedback.sqlite3")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {
        "ok": [200, 200, 200, True, True],
        "gradio": True,
        "pandas_deferred": True,
        "pandas_run": False,
        "scipy_sparse_deferred": True,
        "pyarrow": False,
    }


MAIN = """
import json, runpy, sys
sys.argv = ["app", *sys.argv[1:]]
try:
    runpy.run_module("app", run_name="__main__")
except SystemExit as done:
    assert not done.code, done.code
from app import deferred
print(json.dumps({m: deferred.is_deferred(m) for m in deferred.UNUSED}))
"""


def run_main(args: list[str], settings: Settings) -> dict:
    """`python -m app ARGS` with `settings` in the environment; which UNUSED stayed deferred."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHQA_")}
    env.update(serve.settings_env(settings))  # the fields that differ, as the server hands them on
    env.update(PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-c", MAIN, *args]
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_python_m_app_defers_them_through_build_and_ask(tiny_settings):
    """bm25s builds its matrix with numpy: even `build` never touches scipy.sparse."""
    both = {"pandas": True, "scipy.sparse": True}
    assert run_main(["build"], tiny_settings) == both
    assert run_main(["ask", "How much water should I drink?"], tiny_settings) == both


TEXTS = [
    "What is dopamine?",
    "¿Qué es la dopamina y para qué sirve?",
    "Je me sens très fatigué tous les jours",
    "Was sind die Symptome von Dopaminmangel",
    "多巴胺是什么",
    "что такое дофамин",
    "डोपामाइन क्या है",
    "dopamina niedobór objawy leczenie",
    "",
    "!!!",
]


def test_the_language_identifier_answers_as_set_languages_does():
    from py3langid import langid

    full = langid.LanguageIdentifier.from_modelpath(Path(langid.MODEL_DIR) / langid.MODEL_FILE)
    full.set_languages(language.LANGUAGES)
    kept = language._load(language.LANGUAGES)
    assert kept.nb_classes == full.nb_classes and len(kept.nb_classes) < 50
    assert kept.nb_ptc.shape == full.nb_ptc.shape  # only the chosen languages' columns
    assert kept._full_model[0].shape[1] == len(kept.nb_classes)  # the full table is not kept
    for text in TEXTS:
        assert kept.rank(text) == full.rank(text), text


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc_trim")
def test_trim_heap_gives_freed_heap_pages_back():
    chunks = [bytes(2000) for _ in range(20000)]  # ~40 MB through malloc (not pymalloc)
    del chunks
    assert serve.trim_heap() is True


def test_serve_trims_the_heap_after_start_up_before_serving(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "web"))
    from web_fakes import FakeAssistant

    calls = []
    monkeypatch.setattr(serve, "quiet_gradio", lambda: None)  # this process keeps its modules
    monkeypatch.setenv("HEALTHQA_FEEDBACK_DB", str(tmp_path / "feedback.sqlite3"))
    monkeypatch.setattr(serve, "_open", lambda settings: FakeAssistant())
    monkeypatch.setattr(serve, "trim_heap", lambda: calls.append("trim"))
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.append(type(app).__name__))
    serve.run(Settings())
    assert calls == ["trim", "FastAPI"]
