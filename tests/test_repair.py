"""Index repair through the command line: every file of a generation (found on disk, `bm25/`
included) truncated, flipped or deleted makes `ask` exit 3 naming it, and a plain `build` (no
--force) rebuilds it; a manifest that is not an object and a CURRENT that is not text are index
problems (exit 3), not tracebacks or "bad setting"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from app import store
from app.build import LOCK_FILE, build_index, why_rebuild
from app.cli import main
from app.embed.fake import FakeEmbedder
from tests.conftest import FAKE_ENV, ROOT, tiny_settings_in

QUESTION = "How much sleep do adults need?"


def generation_files(tmp_path_factory) -> list[str]:
    """The files a generation holds, found by building one (not listed by hand)."""
    settings = tiny_settings_in(tmp_path_factory.mktemp("probe"))
    build_index(settings, FakeEmbedder())
    folder = store.current_folder(settings.index_dir)
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def cli(tiny_settings, monkeypatch):
    for key, value in FAKE_ENV.items():
        monkeypatch.setenv(key, value)
    paths = ["--corpus", str(tiny_settings.corpus_dir), "--index", str(tiny_settings.index_dir)]
    assert main(["build", *paths]) == 0
    return paths, tiny_settings.index_dir


def damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif how == "flip":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :])
    else:
        path.unlink()


def test_the_manifest_lists_every_file_of_the_generation(tiny_settings, fake):
    build_index(tiny_settings, fake)
    folder = store.current_folder(tiny_settings.index_dir)
    listed = json.loads((folder / "manifest.json").read_text())["files"]
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert set(listed) == on_disk - {"manifest.json"}
    assert any(name.startswith("bm25/") for name in listed)


def pytest_generate_tests(metafunc):
    if "name" in metafunc.fixturenames:
        names = generation_files(metafunc.config._tmp_path_factory)
        metafunc.parametrize("name", [n for n in names if n != "manifest.json"])


@pytest.mark.parametrize("how", ["truncate", "flip", "delete"])
def test_any_damaged_file_is_named_and_a_plain_build_repairs_it(cli, capsys, name, how):
    paths, index_dir = cli
    damage(store.current_folder(index_dir) / name, how)
    capsys.readouterr()
    assert main(["ask", QUESTION, "--json", *paths]) == 3
    err = capsys.readouterr().err
    assert name in err and "python -m app build" in err and "Traceback" not in err
    assert main(["build", *paths]) == 0
    out, err = capsys.readouterr()
    assert "built" in out and name in err
    assert main(["ask", QUESTION, "--json", *paths]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"]
    assert main(["build", *paths]) == 0
    assert "up to date" in capsys.readouterr().out


def test_every_damaged_file_is_named_at_once(cli, capsys):
    paths, index_dir = cli
    folder = store.current_folder(index_dir)
    bm25 = sorted((folder / "bm25").iterdir())[0]
    for path in (folder / "vectors.faiss", bm25):
        damage(path, "flip")
    capsys.readouterr()
    assert main(["ask", QUESTION, *paths]) == 3
    err = capsys.readouterr().err
    assert "vectors.faiss" in err and f"bm25/{bm25.name}" in err


@pytest.mark.parametrize(
    "manifest",
    [b"[]", b"null", b"42", b'"text"', b"\xff\xfe garbage", b"{not json", b""],
)
def test_a_manifest_that_is_not_an_index_manifest_is_exit_3(cli, capsys, manifest):
    paths, index_dir = cli
    (store.current_folder(index_dir) / "manifest.json").write_bytes(manifest)
    capsys.readouterr()
    assert main(["ask", QUESTION, *paths]) == 3
    err = capsys.readouterr().err
    assert "manifest.json" in err and "Traceback" not in err and "bad setting" not in err
    assert main(["build", *paths]) == 0
    assert "manifest.json" in capsys.readouterr().err
    assert main(["ask", QUESTION, *paths]) == 0


def test_an_empty_manifest_object_is_stale_and_rebuilt_by_ask(cli, capsys):
    """`{}` names no fingerprint: an index of unknown origin, rebuilt like a stale one."""
    paths, index_dir = cli
    (store.current_folder(index_dir) / "manifest.json").write_bytes(b"{}")
    assert main(["ask", QUESTION, "--json", *paths]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"]


@pytest.mark.parametrize("pointer", [b"\xff\xfe\x00gen", b"gen-\xff", b"../etc", b"", b"gen-x/.."])
def test_a_current_pointer_that_is_not_a_generation_is_exit_3(cli, capsys, tiny_settings, pointer):
    """A non-UTF-8 CURRENT was "bad setting" (exit 2); it is an index problem naming CURRENT."""
    paths, index_dir = cli
    (index_dir / "CURRENT").write_bytes(pointer)
    capsys.readouterr()
    assert main(["ask", QUESTION, *paths]) == 3
    err = capsys.readouterr().err
    assert "CURRENT" in err and "bad setting" not in err and "Traceback" not in err
    assert why_rebuild(tiny_settings).startswith("the index is damaged")
    assert main(["build", *paths]) == 0
    assert "CURRENT" in capsys.readouterr().err
    assert main(["ask", QUESTION, *paths]) == 0


# --- one build at a time: a second one fails at once with exit 4, or waits when told to ---


def test_a_second_build_fails_at_once_with_exit_4(cli, capsys, tiny_settings):
    paths, index_dir = cli
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "app", "build", "--force", *paths]
    with FileLock(str(index_dir / LOCK_FILE)):  # another process's build, as far as it can tell
        started = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        took = time.monotonic() - started
    assert result.returncode == 4, result.stderr
    assert "another build holds the lock" in result.stderr and "--wait" in result.stderr
    assert took < 60  # the interpreter's start, not a wait for the lock


def test_build_wait_waits_then_exit_4(cli, capsys):
    paths, index_dir = cli
    with FileLock(str(index_dir / LOCK_FILE)):
        started = time.monotonic()
        assert main(["build", "--force", "--wait", "0.5", *paths]) == 4
        assert 0.5 <= time.monotonic() - started < 10
    assert "waited 0.5 s" in capsys.readouterr().err


def test_build_wait_finds_the_index_built_meanwhile(cli, capsys, tiny_settings):
    """Waiting for another build that makes the index current: nothing more to build."""
    paths, index_dir = cli
    (tiny_settings.corpus_dir / "nap.md").write_text("# Naps\n\nA short nap helps some adults.\n")
    holding = threading.Event()

    def other_build() -> None:
        with FileLock(str(index_dir / LOCK_FILE)):
            holding.set()
            time.sleep(0.5)
            build_index_unlocked(tiny_settings)

    thread = threading.Thread(target=other_build)
    thread.start()
    assert holding.wait(10)
    capsys.readouterr()
    assert main(["build", "--wait", "30", *paths]) == 0
    thread.join()
    assert "built by another process meanwhile" in capsys.readouterr().out


def build_index_unlocked(settings) -> None:
    from app.build import _build

    _build(settings, FakeEmbedder(), None)


@pytest.mark.parametrize("bad", ["-1", "abc", "nan", "1e9"])
def test_a_bad_wait_is_refused_by_the_parser(bad, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--wait", bad])
    assert exit_.value.code == 2 and "seconds" in capsys.readouterr().err
