"""What keeps ``canvasgen serve`` safe on a shared machine: requests only for the names it serves under
(against DNS rebinding), no POST from another site, uploads cut off at the size limit while they are
read (with or without a Content-Length), a time limit on reading an upload (a pause, and the whole),
and a cap on how many uploads are read at once: slow or stalled clients cannot hold the server."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")


class BodyRefused(Exception):
    """An upload the server stopped reading, with the HTTP status and the sentence to answer with."""

    status = 400


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
            await _refuse(413, self.too_large, scope, receive, send)
            return
        if self.open_uploads >= self.limits.open_uploads:
            await _refuse(503, "the server is busy reading other uploads: try again in a minute", scope, receive, send)
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
                raise Stopping("the server is stopping; try again when it is back")
            if wait < limits.pause_seconds:
                raise TooSlow(f"the upload took longer than {limits.seconds:g} seconds; try again")
            raise TooSlow(f"the upload stopped sending for {limits.pause_seconds:g} s; try again")
        message = receiving.result()
        if message["type"] == "http.request":
            self.seen += len(message.get("body", b""))
            if self.seen > limits.max_bytes:
                self.done()
                raise TooLarge(self.guard.too_large)
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


async def _refuse(status: int, message: str, scope: Scope, receive: Receive, send: Send) -> None:
    await JSONResponse({"error": message}, status_code=status)(scope, receive, send)
