"""The README's promises about the index, as `ask` and `build` meet them: a file in the live
generation that the manifest does not list is damage (exit 3 naming it; a plain `build` repairs
it); `ask` waits for another process's build (up to 2 minutes) and answers from it without
building again, and after the wait it stops with exit 4. Tiny corpus, fake embedder."""

from __future__ import annotations

import inspect
import json
import threading

import pytest
from filelock import FileLock

from app import build, store
from app.cli import main
from app.embed.fake import FakeEmbedder
from tests.test_promises_cli import QUESTION


@pytest.mark.parametrize("name", ["notes.txt", "bm25/extra.npy"])
def test_a_file_the_manifest_does_not_list_is_named_and_repaired(cli, tiny_settings, capsys, name):
    assert main(["build", *cli]) == 0
    extra = store.current_folder(tiny_settings.index_dir) / name
    extra.write_bytes(b"not part of the index")
    capsys.readouterr()
    assert main(["ask", QUESTION, *cli]) == 3
    err = capsys.readouterr().err
    assert name in err and "python -m app build" in err and "Traceback" not in err
    assert main(["build", *cli]) == 0
    assert name in capsys.readouterr().err  # "rebuilding it", naming the file
    assert main(["ask", QUESTION, "--json", *cli]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"]


def test_ask_waits_for_another_build_and_answers_from_it(cli, tiny_settings, capsys, monkeypatch):
    """Another process holds the lock and builds only once `ask` has come to wait for it."""
    tiny_settings.index_dir.mkdir(parents=True)
    holding, asking, built = threading.Event(), threading.Event(), []
    real_lock = build._lock

    def lock_seen(settings, timeout):  # `ask` (ensure_index) is about to wait for the lock
        asking.set()
        return real_lock(settings, timeout)

    def other_build() -> None:
        with FileLock(str(tiny_settings.index_dir / build.LOCK_FILE)):
            holding.set()
            if asking.wait(60):
                build._build(tiny_settings, FakeEmbedder(), None)
                built.append(store.current_folder(tiny_settings.index_dir))

    monkeypatch.setattr(build, "_lock", lock_seen)
    other = threading.Thread(target=other_build)
    other.start()
    assert holding.wait(10)
    capsys.readouterr()
    assert main(["ask", QUESTION, "--json", *cli]) == 0
    other.join()
    assert built and json.loads(capsys.readouterr().out)["quotes"]
    assert store.current_folder(tiny_settings.index_dir) == built[0]  # no second build


def test_after_its_wait_ask_stops_with_exit_4(cli, tiny_settings, capsys, monkeypatch):
    waited = inspect.signature(build.ensure_index).parameters["lock_timeout"].default
    assert waited == 120  # the README's "up to 2 minutes"
    defaults = list(build.ensure_index.__defaults__)
    defaults[defaults.index(waited)] = 0.3
    monkeypatch.setattr(build.ensure_index, "__defaults__", tuple(defaults))
    tiny_settings.index_dir.mkdir(parents=True)
    with FileLock(str(tiny_settings.index_dir / build.LOCK_FILE)):
        assert main(["ask", QUESTION, *cli]) == 4
    err = capsys.readouterr().err
    assert "another build holds the lock" in err and "waited 0.3 s" in err


@pytest.mark.parametrize("command", ["build", "ask"])
def test_an_index_path_that_is_a_file_is_exit_3(cli, tiny_settings, capsys, command):
    """It was a FileExistsError traceback."""
    tiny_settings.index_dir.write_text("not a folder")
    args = [command, QUESTION] if command == "ask" else [command]
    assert main([*args, *cli]) == 3
    err = capsys.readouterr().err
    assert f"cannot use {tiny_settings.index_dir} as the index folder" in err


def test_report_on_an_index_path_that_is_a_file_names_the_problem(tiny_settings, capsys):
    """`report --index FILE` said "no index in FILE: run `python -m app build`", and that build
    then failed (exit 3, "cannot use FILE as the index folder"): now report says so itself."""
    tiny_settings.index_dir.write_text("not a folder")
    assert main(["report", "--index", str(tiny_settings.index_dir)]) == 3
    err = capsys.readouterr().err
    assert f"cannot use {tiny_settings.index_dir} as the index folder" in err
    assert "run `python -m app build`" not in err
