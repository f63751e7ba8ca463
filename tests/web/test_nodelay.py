"""Answers are not held back by Nagle's algorithm: `--workers N` serves from a listening socket
uvicorn binds with proto 0, and asyncio sets TCP_NODELAY only when `proto` says TCP, so each
answer waited for the client's delayed ACK (~45 ms a request). `limits.no_delay` sets it."""

import asyncio
import socket

from app.web.limits import TimedH11Protocol, no_delay


def _accepted_nodelay(fix: bool) -> tuple[int, int]:
    """TCP_NODELAY of a connection accepted by asyncio on a proto-0 listening socket, before and
    after `no_delay` (called when `fix`)."""

    async def run() -> tuple[int, int]:
        listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # proto 0, as uvicorn's
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        seen: asyncio.Future = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport) -> None:
                sock = transport.get_extra_info("socket")
                before = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
                if fix:
                    no_delay(transport)
                after = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
                seen.set_result((before, after))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=listening)
        port = listening.getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            return await asyncio.wait_for(seen, 10)
        finally:
            writer.close()
            server.close()

    return asyncio.run(run())


def test_asyncio_leaves_nagle_on_for_a_proto_0_listening_socket():
    before, after = _accepted_nodelay(fix=False)
    assert before == 0 and after == 0  # the premise: without our fix, no TCP_NODELAY


def test_no_delay_turns_nagle_off():
    before, after = _accepted_nodelay(fix=True)
    assert before == 0 and after != 0


def test_the_server_protocol_sets_it_on_every_connection():
    """uvicorn's worker path: our h11 protocol on a proto-0 listening socket."""
    from uvicorn.config import Config
    from uvicorn.server import ServerState

    async def app(scope, receive, send):  # never called: no request is sent
        raise AssertionError

    async def run() -> int:
        config = Config(app=app, http=TimedH11Protocol, log_config=None)
        config.load()
        state = ServerState()
        listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        seen: asyncio.Future = asyncio.get_running_loop().create_future()

        class Recording(TimedH11Protocol):
            def connection_made(self, transport) -> None:
                super().connection_made(transport)
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: Recording(config=config, server_state=state, app_state={}), sock=listening
        )
        _, writer = await asyncio.open_connection("127.0.0.1", listening.getsockname()[1])
        try:
            return await asyncio.wait_for(seen, 10)
        finally:
            writer.close()
            server.close()

    assert asyncio.run(run()) != 0
