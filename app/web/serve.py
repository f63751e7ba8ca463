"""`python -m app serve`: the edge that reads the environment and runs uvicorn.

One process (`--workers 1`, the default): open the Assistant (building the index first when missing
or stale), load the model, serve. Several (`--workers N`): the parent makes sure the index is built
and sound - in a short-lived child process, so the parent never holds the model - then uvicorn
starts N worker processes on the same port; each one only *loads* the index (read-only, shared
through the page cache) and its own copy of the model. A worker never builds: if the index changed
under it, it refuses to start: it logs why in one line and exits with uvicorn's STARTUP_FAILURE
code, on which uvicorn's supervisor stops the other workers; `serve` then exits 7 (WorkersFailed)
rather than starting new workers that would fail the same way.

The site owner's store (app/db) is opened first, before anything loads: a malformed
HEALTHQA_DATABASE_URL stops `serve` with exit 2, a database that cannot be reached or migrated with
exit 6 (the CLI prints the message, which never holds the password). With several workers the
parent applies the migrations once, then each worker opens its own connections.

The parent passes its Settings to the workers as HEALTHQA_* variables, which they inherit.
Gradio is imported (through app.web.server) only after `quiet_gradio`: its analytics must be off
before the import, and pandas, which it imports but we never use, is deferred (app/deferred.py).
Left out: reloading workers when the corpus changes (run `build`, then restart `serve`)."""

from __future__ import annotations

import contextlib
import ctypes
import ipaddress
import logging
import multiprocessing
import os
import socket
import sys
from concurrent.futures import ProcessPoolExecutor
from socket import SOCK_STREAM

from fastapi import FastAPI
from uvicorn.config import STARTUP_FAILURE  # a worker's exit code that stops the parent

from app import deferred
from app.config import Settings
from app.db import Store, StoreConfig, open_store
from app.db.config import SQLITE_ENV
from app.errors import AppError, BadSetting, IndexMismatch, WorkersFailed
from app.outputs import refuse_inputs
from app.web import logs
from app.web.limits import timed_protocol
from app.web.settings import HOSTS_ENV, WebSettings

FACTORY = "app.web.serve:worker_app"
log = logging.getLogger(__name__)


def run(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    workers: int = 1,
    root_path: str = "",
) -> None:
    """Serve until interrupted. `root_path`: the sub-path a reverse proxy serves us under."""
    import uvicorn

    quiet_gradio()
    from app.web.server import create_app

    web = WebSettings.from_env(os.environ)  # a bad setting stops us before anything loads
    port = check_address(host, port)  # ...and so does an address we cannot listen on
    config = store_config(settings, web)
    _store_outside_inputs(config, settings)
    options = server_options(web, host=host, port=port, root_path=root_path)
    if warning := open_hosts_warning(host, web):
        print(warning, file=sys.stderr, flush=True)
    if workers <= 1:
        store = open_store(config)
        try:
            assistant = _open(settings)
        except BaseException:
            store.close()
            raise
        print(f"Serving {assistant.passage_count} passages on {_url(host, port)}", flush=True)
        app = create_app(assistant, web, store)
        trim_heap()
        uvicorn.run(app, **options)
        return
    open_store(config).close()  # migrations applied once, by the parent
    passages = prepare_index(settings)
    os.environ.update(settings_env(settings))
    print(
        f"Serving {passages} passages on {_url(host, port)} with {workers} worker processes",
        flush=True,
    )
    run_workers(workers, options)


def run_workers(workers: int, options: dict) -> None:
    """`uvicorn.run(FACTORY, workers=N)`, and how it ended: uvicorn's supervisor stops every
    worker and returns when one exits with its STARTUP_FAILURE code (`worker_app` does when it
    cannot start), which `uvicorn.run` does not tell its caller; WorkersFailed (exit 7) then."""
    from uvicorn import Config
    from uvicorn.supervisors import Multiprocess

    config = Config(FACTORY, factory=True, workers=workers, **options)
    supervisor = Multiprocess(config, sockets=[config.bind_socket()])
    with contextlib.suppress(KeyboardInterrupt):  # as uvicorn.run
        supervisor.run()
    if any(p.exitcode == STARTUP_FAILURE for p in supervisor.processes):
        raise WorkersFailed(
            "the worker processes could not start (the reason is in the line a worker logged "
            "above); nothing is served"
        )


def open_hosts_warning(host: str, web: WebSettings) -> str:
    """A warning when others can reach us and HEALTHQA_ALLOWED_HOSTS is unset: any Host a client
    sends is then written into the page's config (its `root`), which a shared cache in front of
    us could keep and hand to every reader. "" on a loopback address or with the list set."""
    if web.allowed_hosts or _loopback(host):
        return ""
    return (
        f"warning: serving on {host} with {HOSTS_ENV} unset: any Host a client sends is written"
        f" into the page's config; set it to the site's name (README, 'Configuration')"
    )


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def check_address(host: str, port: int) -> int:
    """The port to serve on: `port`, or for 0 the free one the system picks (so the "Serving ...
    on URL" line names where we are: it said `:0`). BadSetting (exit 2) when `host`:`port` cannot
    be listened on (in use, not this machine's, not a name), found before the index and the model
    load rather than after. uvicorn binds it again itself (the same SO_REUSEADDR), so a port taken
    in between is still its own error."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
            return probe.getsockname()[1]
    except OSError as err:
        why = err.strerror or type(err).__name__
        raise BadSetting(f"cannot listen on {host}:{port}: {why}") from None


def server_options(web: WebSettings, **options) -> dict:
    """uvicorn's settings for our app; `options` (host, port, root_path ...) are added.

    No access log, so no reader's IP address is written anywhere by us, and every log line goes
    through app.web.logs (no request content). X-Forwarded-* headers are handled by the app
    itself, for HEALTHQA_TRUSTED_PROXIES only (never uvicorn's defaults). Idle keep-alive
    connections are kept 75 s (uvicorn's default is 5 s), longer than a reverse proxy's own
    upstream keep-alive, so the proxy never reuses a connection we just closed; a request head
    must arrive within `web.read_timeout` seconds (app.web.limits). With several workers, the
    parent's health check waits 60 s for a worker's answer (uvicorn's 5 s killed and restarted
    workers that were only busy on a loaded machine, dropping their connections)."""
    return {
        "log_level": "warning",
        "log_config": logs.LOG_CONFIG,
        "access_log": False,
        "proxy_headers": False,
        "timeout_keep_alive": 75,
        "timeout_worker_healthcheck": 60,
        "http": timed_protocol(web.read_timeout),
    } | options


def prepare_index(settings: Settings) -> int:
    """Build the index if missing or stale and check it loads, in a child process; its passages."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_prepare, settings).result()


def _prepare(settings: Settings) -> int:
    from app.service import Assistant

    return Assistant.prepare(settings)


def worker_app() -> FastAPI:
    """The app of one worker: settings from the environment, the index loaded (never built). A
    worker that cannot start logs why in one line (a bug: its traceback, frames and type only) and
    exits with uvicorn's STARTUP_FAILURE code: the parent then stops (`run_workers`) instead of
    starting another worker that would fail the same way."""
    try:
        return _worker_app()
    except AppError as err:
        log.error("a worker cannot start: %s", err)
    except Exception:  # noqa: BLE001 - a bug: logged with its traceback, then the same exit
        log.exception("a worker cannot start")
    sys.exit(STARTUP_FAILURE)


def _worker_app() -> FastAPI:
    quiet_gradio()  # before app.service too: it imports bm25s, which imports scipy.sparse
    from app.service import Assistant
    from app.web.server import create_app

    settings = Settings.from_env()
    try:
        assistant = Assistant.load(settings)
    except IndexMismatch as err:
        raise IndexMismatch(
            f"{settings.index_dir} does not match the corpus or settings any more: "
            "restart `serve` (workers load the index, only the parent builds it)"
        ) from err
    assistant.warm()
    web = WebSettings.from_env(os.environ)
    timed_protocol(web.read_timeout)  # in this process (the class came by name)
    app = create_app(assistant, web, open_worker_store(settings, web))
    trim_heap()
    return app


def trim_heap() -> bool:
    """Give the heap's free pages back to the system once start-up is done (glibc's
    `malloc_trim(0)`: ~10 MB of a worker's resident memory, what loading freed but malloc kept;
    BENCHMARKS.md section 8). False where there is no glibc."""
    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):  # another C library (musl, macOS)
        return False


def store_config(settings: Settings, web: WebSettings) -> StoreConfig:
    """The store's settings: HEALTHQA_DATABASE_URL (checked: BadSetting), else the SQLite file
    HEALTHQA_FEEDBACK_DB; the unanswered log's switch and retention from `settings`."""
    return StoreConfig.from_env(
        os.environ, web.feedback_db, settings.unanswered_log, settings.unanswered_retention_days
    )


def _store_outside_inputs(config: StoreConfig, settings: Settings) -> None:
    """BadSetting (exit 2) for a SQLite store inside the corpus or the index folder: it would turn
    an article into a database, or put a file the index's manifest does not list in it."""
    if not config.database_url:
        folders = [
            ("the corpus folder", settings.corpus_dir),
            ("the index folder", settings.index_dir),
        ]
        refuse_inputs(config.sqlite_path, SQLITE_ENV, folders=folders)


def open_worker_store(settings: Settings, web: WebSettings) -> Store:
    """A worker's store; the parent already migrated it (this finds nothing to apply)."""
    return open_store(store_config(settings, web))


def quiet_gradio() -> None:
    """Before gradio is first imported: no analytics or version lookups (workers inherit it), and
    the modules a worker imports but never uses (pandas, scipy.sparse) deferred until touched."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    deferred.defer(*deferred.UNUSED)


def settings_env(settings: Settings) -> dict[str, str]:
    """HEALTHQA_<FIELD> for every field that differs from its default: `Settings.from_env` on
    them gives `settings` back."""
    default = Settings().to_dict()
    return {
        f"HEALTHQA_{name.upper()}": str(value)
        for name, value in settings.to_dict().items()
        if value != default[name]
    }


def _open(settings: Settings):
    from app import progress
    from app.service import Assistant

    assistant = Assistant.open(settings, progress=progress.for_stream(sys.stderr))
    assistant.warm()
    return assistant


def _url(host: str, port: int) -> str:
    return f"http://{host}:{port}/"
