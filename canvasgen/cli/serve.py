"""``canvasgen serve``: the local web page, for people who never open a terminal."""

from __future__ import annotations

import errno
import select
import socket
from typing import TYPE_CHECKING, Any

import click

from canvasgen.errors import ServeError

# The web stack (asyncio, uvicorn, starlette) is imported when the page is served, not by every command.
if TYPE_CHECKING:
    import logging

    from canvasgen.web.app import State

#: After Ctrl-C or SIGTERM: how long requests still being read or answered are waited for before they are
#: cancelled. Running jobs are cancelled at once; the whole stop takes well under five seconds.
GRACE_SECONDS = 2


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 lets others in (name the server with --allow-host).",
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--max-upload-mb", type=click.IntRange(1, 2000), default=50, show_default=True, help="Largest upload accepted."
)
@click.option(
    "--keep-minutes",
    type=click.FloatRange(1, 24 * 60),
    default=30,
    show_default=True,
    help="How long results stay downloadable after their job ended.",
)
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Builds at once.  [default: the cores]")
@click.option(
    "--job-seconds",
    type=click.FloatRange(1, 24 * 3600),
    default=60,
    show_default=True,
    help="A job's time limit; then it is stopped, and its worker replaced.",
)
@click.option(
    "--upload-seconds",
    type=click.FloatRange(1, 24 * 3600),
    default=120,
    show_default=True,
    help="The longest an upload may take to arrive.",
)
@click.option(
    "--read-timeout",
    "pause_seconds",
    type=click.FloatRange(1, 3600),
    default=15,
    show_default=True,
    help="The longest an upload may pause, sending nothing.",
)
@click.option(
    "--max-open-uploads",
    "open_uploads",
    type=click.IntRange(1, 1000),
    default=32,
    show_default=True,
    help="Uploads read at once; more are told the server is busy.",
)
@click.option(
    "--worker-memory-mb",
    type=click.IntRange(256, 1_000_000),
    default=2048,
    show_default=True,
    help="The memory a job may use; past it, the job is answered and its worker replaced.",
)
@click.option(
    "--header-timeout",
    type=click.FloatRange(0.1, 600),
    default=10,
    show_default=True,
    help="Seconds a connection has to send its request's headers; then it is closed.",
)
@click.option(
    "--allow-host",
    "allowed",
    multiple=True,
    help="A name the server may be reached by besides localhost (its host name on the network).",
)
def serve(
    host: str, port: int, workers: int | None, allowed: tuple[str, ...], header_timeout: float, **limits: Any
) -> None:
    """Serve the canvasgen page: drop a workbook in the browser, get the poster and the deck. Client data
    stays on this machine."""
    import logging
    import os

    import uvicorn

    from canvasgen.platform import exit_on_terminate, ignore_ctrl_c
    from canvasgen.web.app import Settings, create_app
    from canvasgen.web.guard import LOCAL_NAMES, head_timeout_protocol

    # the limits: max_upload_mb, keep_minutes, job_seconds, upload_seconds, pause_seconds, open_uploads,
    # worker_memory_mb
    settings = Settings(host, workers=workers or os.cpu_count() or 2, allowed_hosts=allowed, **limits)
    app = create_app(settings)
    state: State = app.state.canvasgen

    class Server(uvicorn.Server):
        async def shutdown(self, sockets: Any = None) -> None:
            await state.stop()  # running jobs first: their requests answer at once, their folders go
            await _take_waiting(sockets or [])  # and requests still on their way are answered too
            await super().shutdown(sockets)

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=GRACE_SECONDS,
        limit_concurrency=512,
        http=head_timeout_protocol(header_timeout, state.uploads_stop),
    )
    logging.getLogger("uvicorn.error").addFilter(stop_is_no_error)
    listening = _listen(host, port)  # before the address is shown: it is shown only once it answers
    shown = "localhost" if host in LOCAL_NAMES else host
    click.echo(f"canvasgen page on http://{shown}:{port}/  (Ctrl+C stops it)")
    # uvicorn hands a stop signal on once it has stopped: SIGTERM then ends the process as a stop, not a crash
    exit_on_terminate()
    try:
        Server(config).run(sockets=[listening])
    except KeyboardInterrupt:
        pass  # Ctrl-C, handed on by uvicorn once it has stopped
    finally:
        ignore_ctrl_c()  # a further Ctrl-C cannot cut the clean-up short
        state.close()  # also after a second Ctrl-C, which skips the app's own shutdown
        click.echo("stopped", err=True)


async def _take_waiting(listening: list[socket.socket]) -> None:
    """The connections the system has accepted for the server but the server has not yet taken (a client's
    request sent as the server stops): taken by the event loop before the sockets close, which would
    reset them, so that their requests are answered that the server is stopping. A few turns of the
    loop at most: the loop takes every waiting connection at once when a socket is readable."""
    import asyncio

    for _ in range(_TURNS):
        if not listening or not select.select(listening, [], [], 0)[0]:
            return
        await asyncio.sleep(0)  # one turn of the event loop: it accepts


#: The most turns of the event loop given to taking waiting connections (clients that keep connecting
#: as the server stops cannot hold it).
_TURNS = 100


def stop_is_no_error(record: logging.LogRecord) -> bool:
    """A second Ctrl-C while the page stops cancels uvicorn's lifespan task, which it logs with a traceback:
    the user asked for it, so it is no error (the clean-up still runs, in serve's finally). Starlette hands
    that traceback to uvicorn as text (a failed lifespan shutdown), so its last line is looked at too."""
    import asyncio

    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, (asyncio.CancelledError, KeyboardInterrupt)):
        return False
    text = record.getMessage().rstrip()
    last = text.rsplit("\n", 1)[-1].strip()
    return not (text.startswith("Traceback") and last in _STOPS)


#: The last line of a traceback that a stop asked for ends with.
_STOPS = ("asyncio.exceptions.CancelledError", "CancelledError", "KeyboardInterrupt")


def _listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port``, or a ServeError: a port another program holds (another
    ``canvasgen serve``) is said so, with --port, before anything else is printed."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        listening = socket.socket(family, kind, proto)
    except OSError as error:
        raise ServeError(
            None,
            f"cannot listen on {host}: {error.strerror or error}; give --host a name or address of this computer",
        ) from None
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        listening.bind(address)
        listening.listen(2048)
    except OSError as error:
        listening.close()
        if error.errno == errno.EADDRINUSE:
            other = port + 1 if port < 65535 else 8001
            raise ServeError(
                None,
                f"port {port} is taken (address already in use) by another program, perhaps another canvasgen "
                f"serve; start it on another port: canvasgen serve --port {other}",
            ) from None
        raise ServeError(
            None, f"cannot listen on {host}:{port}: {error.strerror or error}; choose another port with --port"
        ) from None
    listening.set_inheritable(True)
    return listening
