"""What keeps ``canvasgen serve`` safe on a shared machine: requests only for the names it serves under
(against DNS rebinding), no POST from another site, and uploads cut off at the size limit while they
are read, with or without a Content-Length."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")


class TooLarge(Exception):
    pass


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
    """ASGI middleware: the Host check, the Origin check for POSTs and the upload limit."""

    def __init__(self, app: ASGIApp, hosts: set[str], max_bytes: int) -> None:
        self.app, self.hosts, self.max_bytes = app, hosts, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = _host_of(headers.get("host", ""))
        if host not in self.hosts:
            await _refuse(400, f"this server does not answer to the name {host!r}", scope, receive, send)
            return
        if scope["method"] == "POST":
            problem = _cross_site(headers)
            if problem:
                await _refuse(403, problem, scope, receive, send)
                return
            length = headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.max_bytes:
                await _refuse(413, self.too_large, scope, receive, send)
                return
            receive = self._counted(receive)
        await self.app(scope, receive, send)

    @property
    def too_large(self) -> str:
        return f"the upload is larger than the limit of {self.max_bytes // (1024 * 1024)} MB"

    def _counted(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge(self.too_large)
            return message

        return counted


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
