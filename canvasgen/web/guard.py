"""What keeps ``canvasgen serve`` safe on a shared machine: requests only for the names it serves under
(against DNS rebinding), no POST from another site, uploads cut off at the size limit while they are
read (with or without a Content-Length), a time limit on reading an upload (a pause, and the whole),
a cap on how many uploads are read at once, and a time limit on a request's headers (below the ASGI
app, in the HTTP protocol): slow or stalled clients cannot hold the server."""

from __future__ import annotations

import asyncio
import select
from dataclasses import dataclass
from urllib.parse import urlsplit

import h11
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from canvasgen.errors import Refused
from canvasgen.web.refusals import Refusal, refusal_answer

LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")


class BodyRefused(Refused):
    """An upload the server stopped reading, with the HTTP status and the sentence to answer with."""


class TooLarge(BodyRefused):
    status = 413


class TooSlow(BodyRefused):
    status = 408


class Stopping(BodyRefused):
    status = 503


@dataclass(frozen=True)
class BodyLimits:
    max_bytes: int
    pause_seconds: float = 15.0  # the longest an upload may send nothing
    seconds: float = 120.0  # the longest reading one may take in all
    open_uploads: int = 32  # uploads read at once; more are told the server is busy


def host_names(host: str, extra: tuple[str, ...]) -> set[str]:
    """The names a request may be addressed to: the local ones, the address the server binds to (unless
    it is every address) and the names the user allowed."""
    names = set(LOCAL_NAMES) | {name.lower() for name in extra}
    if host not in ("0.0.0.0", "::", ""):
        names.add(host.lower())
    return names


def _host_of(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: the Host check, the Origin check for POSTs and the limits on uploads."""

    def __init__(self, app: ASGIApp, hosts: set[str], limits: BodyLimits, stopping: asyncio.Event) -> None:
        self.app, self.hosts, self.limits = app, hosts, limits
        self.stopping = stopping  # set as the server stops: uploads still being read are answered then
        self.open_uploads = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = _host_of(headers.get("host", ""))
        if host not in self.hosts:
            await _refuse(400, f"this server does not answer to the name {host!r}", scope, receive, send)
            return
        if scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        problem = _cross_site(headers)
        if problem:
            await _refuse(403, problem, scope, receive, send)
            return
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.limits.max_bytes:
            await _refuse(413, self.too_large, scope, receive, send, Refusal.TOO_LARGE, self.size_values)
            return
        if self.open_uploads >= self.limits.open_uploads:
            await _refuse(
                503,
                "the server is busy reading other uploads: try again in a minute",
                scope,
                receive,
                send,
                Refusal.BUSY,
            )
            return
        self.open_uploads += 1
        reading = _Upload(self, receive)
        try:
            await self.app(scope, reading.receive, send)
        finally:
            reading.done()

    @property
    def too_large(self) -> str:
        return f"the upload is larger than the limit of {self.limits.max_bytes // (1024 * 1024)} MB"

    @property
    def size_values(self) -> dict[str, str]:
        return {"mb": str(self.limits.max_bytes // (1024 * 1024))}


class _Upload:
    """One request's body as it is read: counted against the size limit and timed; its place among the
    open uploads is given back once the body is in (or the request ends)."""

    def __init__(self, guard: Guard, receive: Receive) -> None:
        self.guard, self._receive = guard, receive
        self.seen = 0
        self.open = True
        self.deadline = asyncio.get_running_loop().time() + guard.limits.seconds

    async def receive(self) -> Message:
        if not self.open:  # the body is in: what comes now (a disconnect) is waited for as long as it takes
            return await self._receive()
        limits = self.guard.limits
        left = self.deadline - asyncio.get_running_loop().time()
        wait = min(limits.pause_seconds, left)
        receiving = asyncio.ensure_future(self._receive())
        stopping = asyncio.ensure_future(self.guard.stopping.wait())
        try:
            await asyncio.wait((receiving, stopping), timeout=max(wait, 0.0), return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
            if not receiving.done():
                receiving.cancel()
        if not receiving.done() or receiving.cancelled():
            self.done()
            if self.guard.stopping.is_set():
                raise Stopping("the server is stopping; try again when it is back", kind=Refusal.STOPPING)
            if wait < limits.pause_seconds:
                raise TooSlow(
                    f"the upload took longer than {limits.seconds:g} seconds; try again",
                    kind=Refusal.TOO_SLOW,
                    values={"seconds": f"{limits.seconds:g}"},
                )
            raise TooSlow(
                f"the upload stopped sending for {limits.pause_seconds:g} s; try again",
                kind=Refusal.STALLED,
                values={"seconds": f"{limits.pause_seconds:g}"},
            )
        message = receiving.result()
        if message["type"] == "http.request":
            self.seen += len(message.get("body", b""))
            if self.seen > limits.max_bytes:
                self.done()
                raise TooLarge(self.guard.too_large, kind=Refusal.TOO_LARGE, values=self.guard.size_values)
            if not message.get("more_body", False):
                self.done()
        else:
            self.done()
        return message

    def done(self) -> None:
        if self.open:
            self.open = False
            self.guard.open_uploads -= 1


def _cross_site(headers: Headers) -> str | None:
    """Why a POST is refused as coming from another site: its Origin is not this server's, or the
    browser says it is cross-site."""
    origin = headers.get("origin")
    if origin is not None and origin != "null":
        if urlsplit(origin).netloc.lower() != headers.get("host", "").lower():
            return "a page on another site may not send work to this server"
    elif origin == "null":
        return "a page on another site may not send work to this server"
    if headers.get("sec-fetch-site") in ("cross-site",):
        return "a page on another site may not send work to this server"
    return None


async def _refuse(
    status: int,
    message: str,
    scope: Scope,
    receive: Receive,
    send: Send,
    kind: Refusal | None = None,
    values: dict[str, str] | None = None,
) -> None:
    await refusal_answer(message, status, kind, values)(scope, receive, send)


class _HeadTimeout(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a time limit on each request's headers: a connection that opens,
    or starts a request, and does not finish its headers within ``seconds`` is closed (uvicorn times out
    only an idle kept-alive connection, so a client that sends a byte now and then held its connection
    for ever: slowloris).

    And a request that has begun to arrive when the server stops is answered: uvicorn closes every
    connection without a request in progress at once, also one whose request head is half read or
    waiting in the socket, and the client saw a reset instead of "the server is stopping". Such a
    connection is kept until its request is in and answered (the app says the server is stopping),
    then closed; one with nothing of a request is closed, as before."""

    seconds = 10.0
    stopping: asyncio.Event | None = None  # set as the server stops (the app's): what a new connection checks
    _timer: asyncio.TimerHandle | None = None
    _last = False  # the server stops: the request now arriving is this connection's last

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()
        if self.stopping is not None and self.stopping.is_set():  # taken from the queue as the server stops
            self.shutdown()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._last and self.cycle is not None:
            self.cycle.keep_alive = False  # answered, then closed
        if self.conn.their_state is h11.IDLE:  # no whole request head yet: the clock runs
            if self._timer is None:
                self._arm()
        elif self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def shutdown(self) -> None:
        """Called by uvicorn as the server stops: a request begun is answered, then the connection closed."""
        between = self.cycle is None or self.cycle.response_complete
        if between and self._request_begun():
            self._last = True
            return
        super().shutdown()

    def _request_begun(self) -> bool:
        """Bytes of a next request: read and not yet a whole head, or waiting in the socket (readable
        also at its end, which then comes as a lost connection)."""
        if self.conn.trailing_data[0]:
            return True
        sock = self.transport.get_extra_info("socket")
        return sock is not None and bool(select.select([sock.fileno()], [], [], 0)[0])

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._timer = self.loop.call_later(self.seconds, self._too_slow)

    def _too_slow(self) -> None:
        self._timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.logger.warning(
                "a connection that did not finish its request's headers in %g s was closed", self.seconds
            )
            self.transport.close()


def head_timeout_protocol(seconds: float, stopping: asyncio.Event | None = None) -> type[asyncio.Protocol]:
    """The HTTP protocol ``canvasgen serve`` runs uvicorn with: headers within ``seconds`` or closed; a
    request begun when ``stopping`` is set is answered before its connection closes."""
    return type("HeadTimeout", (_HeadTimeout,), {"seconds": seconds, "stopping": stopping})
