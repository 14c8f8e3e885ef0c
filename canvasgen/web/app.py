"""The web page and its API (Starlette). Work runs in warm worker processes (``workers``), never in the
event loop, each job under a time limit; each request gets a folder of its own in the result store.

    GET  /                     the page
    GET  /assets/<name>        its script and style (served by canvasgen: the page works offline)
    GET  /api/options          the brand kits, paper sizes and languages to choose from
    POST /api/build            workbook [+ metrics, with, brand, size, portrait, lang,
                               and the reading fields: phases_row, phases_col, labels, lane, groups,
                               traffic_lights, skip_hidden, title (as --title)]
    POST /api/gaps             workbook (one with both journeys) or ideal + current [+ the reading fields]
    POST /api/diff             old + new [+ the reading fields, for both]
    POST /api/kit              workbook [+ brand, size, lang and the reading fields]: the workshop kit
    POST /api/apply            workbook + changes [+ partial, the reading fields]: the new version, and what
                               changed
    GET  /results/<token>/<name>   a result file, under the name the user's file had

Every request ends in an answer: a job's failure of any kind is a JSON sentence and gives its place
back; a client that goes away is one line in the log; stopping the server cancels running jobs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from canvasgen.errors import Refused
from canvasgen.read.formats import UPLOAD_SUFFIXES
from canvasgen.render.png import picture_dpi
from canvasgen.units import A_SIZES_MM
from canvasgen.web.forms import brand_names, read_job
from canvasgen.web.guard import BodyLimits, BodyRefused, Guard, host_names
from canvasgen.web.job import FULL_DPI, FULL_PIXELS, Job, Outcome, stem_of
from canvasgen.web.refusals import Refusal, refusal_answer
from canvasgen.web.store import MEDIA_TYPES, ResultStore, Stored
from canvasgen.web.workers import JobFailed, Named, Pool, Stopping, TimedOut
from canvasgen.words import LANGUAGES


def _job(name: str) -> Named:
    """The job ``name`` of ``web.jobs``, done by a worker: the server never imports the jobs' modules."""
    return Named("canvasgen.web.jobs", name)


ASSETS = {"app.js": "text/javascript", "style.css": "text/css", "favicon.svg": "image/svg+xml"}
log = logging.getLogger("uvicorn.error")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    max_upload_mb: int = 50
    keep_minutes: float = 30.0
    workers: int = 2
    queue: int = 16  # requests waiting for a worker before the server says it is busy
    allowed_hosts: tuple[str, ...] = ()
    clock: Callable[[], float] | None = None  # the store's clock (tests move it on)
    job_seconds: float = 60.0  # a job's time limit: then its worker is replaced
    upload_seconds: float = 120.0  # the longest an upload may take to arrive
    pause_seconds: float = 15.0  # the longest an upload may send nothing
    open_uploads: int = 32  # uploads read at once
    worker_memory_mb: int | None = 2048  # each worker's address space (RLIMIT_AS); None: no limit


@dataclass
class State:
    """What the app keeps while it runs; ``stop`` is for the server, as it begins to shut down."""

    settings: Settings
    store: ResultStore
    pool: Pool | None = None
    slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(16))
    previews: dict[Path, Picture] = field(default_factory=dict)  # full-size pictures being made
    stopping: bool = False
    uploads_stop: asyncio.Event = field(default_factory=asyncio.Event)  # uploads still being read end

    async def stop(self) -> None:
        """Running jobs cancelled (their requests answer that the server is stopping, their folders go)
        and every worker stopped."""
        self.stopping = True
        self.uploads_stop.set()
        if self.pool is not None:
            await self.pool.close()

    def close(self) -> None:
        """Whatever is left, at once: workers killed, every request's folder removed."""
        self.stopping = True
        if self.pool is not None:
            self.pool.kill_all()
        self.store.close()


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()
    store = ResultStore(settings.keep_minutes * 60, settings.clock or time.monotonic)
    state = State(settings, store)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.slots = asyncio.Semaphore(settings.workers + settings.queue)
        state.pool = Pool(settings.workers, settings.job_seconds, _job("warm"), settings.worker_memory_mb)
        state.pool.start()
        try:
            yield
        finally:
            await state.stop()
            store.close()

    async def build(request: Request) -> Response:
        return await _run(state, request, _job("build"), "build")

    async def gaps(request: Request) -> Response:
        return await _run(state, request, _job("gaps"), "gaps")

    async def diff(request: Request) -> Response:
        return await _run(state, request, _job("diff"), "diff")

    async def kit(request: Request) -> Response:
        return await _run(state, request, _job("kit"), "kit")

    async def apply(request: Request) -> Response:
        return await _run(state, request, _job("apply"), "apply")

    async def result(request: Request) -> Response:
        found = store.find(request.path_params["token"], request.path_params["name"])
        if found is None:
            return _error("no such result (results are kept for a while, then deleted)", 404, Refusal.NO_RESULT)
        if not found.path.is_file() and found.made_from:  # a full-size page, made now by a worker
            problem = await _full_picture(state, found)
            if problem is not None:
                return problem
        media = MEDIA_TYPES.get(found.path.suffix.lower(), "application/octet-stream")
        inline = found.path.suffix.lower() == ".png"
        return FileResponse(
            found.path,
            media_type=media,
            filename=found.download,
            content_disposition_type="inline" if inline else "attachment",
        )

    routes = [
        Route("/", page),
        Route("/assets/{name}", asset),
        Route("/favicon.ico", favicon),
        Route("/api/options", options),
        Route("/api/build", build, methods=["POST"]),
        Route("/api/gaps", gaps, methods=["POST"]),
        Route("/api/diff", diff, methods=["POST"]),
        Route("/api/kit", kit, methods=["POST"]),
        Route("/api/apply", apply, methods=["POST"]),
        Route("/results/{token}/{name}", result),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: _http_error})
    limits = BodyLimits(
        settings.max_upload_mb * 1024 * 1024, settings.pause_seconds, settings.upload_seconds, settings.open_uploads
    )
    hosts = host_names(settings.host, settings.allowed_hosts)
    app.add_middleware(Guard, hosts=hosts, limits=limits, stopping=state.uploads_stop)
    app.state.canvasgen = state
    return app


async def _run(state: State, request: Request, work: Callable[[Job], Outcome], kind: str) -> Response:
    """Read the request, run its job, answer: every way this ends is an answer, and frees its place."""
    store = state.store
    token, folder = store.new()
    answered = False
    try:
        try:
            job = await read_job(request, folder, kind)
        except BodyRefused as body:
            log.warning("an upload was not read: %s", body)
            return _error(str(body), body.status, body.kind, body.values)
        except Refused as refused:  # a field of the form, or an upload of another kind
            return _error(str(refused), refused.status, refused.kind, refused.values)
        except HTTPException as bad:  # a form that is no form
            return _error(f"the upload could not be read: {bad.detail}", 400, Refusal.UNREADABLE)
        except ClientDisconnect:
            log.warning("a client went away during its upload; nothing was kept")
            return Response(status_code=400)  # no one is listening
        if state.slots.locked():
            return _error("the server is busy: try again in a minute", 503, Refusal.BUSY)
        async with state.slots:
            outcome = await _work(state, work, job, request)
        if isinstance(outcome, Response):
            return outcome
        if outcome.error is not None:
            if outcome.refused is not None:
                return _error(outcome.error, 400, *outcome.refused, warnings=outcome.warnings)
            return _error(outcome.error, 422, warnings=outcome.warnings)
        answer = JSONResponse(_answer(store, token, job, outcome))
        answered = True
        return answer
    except Exception:  # a bug of ours in the server itself: its traceback in the log, a sentence on the page
        log.exception("canvasgen could not answer a request")
        return _error("canvasgen could not answer this request; please report this", 500, Refusal.BUG)
    finally:
        if answered:
            store.finish(token)  # kept for a while from now
        else:
            store.forget(token)


#: How often a running job looks whether its request went away (seconds): a cancelled request frees its worker
#: within this, rather than at the job's end.
GONE_EVERY = 0.25


async def _work(state: State, work: Callable[[Job], Outcome], job: Job, request: Request) -> Outcome | Response:
    """The job's outcome, or the answer saying why there is none. A request that goes away while its job runs
    (the page cancels it when another tab sends one; a closed browser) stops the job: its worker is killed and
    a fresh one takes its place (``Pool.run``), so the next request does not wait behind work no one awaits."""
    assert state.pool is not None
    running = asyncio.ensure_future(state.pool.run(work, job))
    watching = asyncio.ensure_future(_gone(request))
    try:
        await asyncio.wait({running, watching}, return_when=asyncio.FIRST_COMPLETED)
    finally:  # the job goes on only while someone waits for it (also when the server stops this request)
        watching.cancel()
        running.cancel()
        await asyncio.gather(running, watching, return_exceptions=True)
    if running.cancelled():  # its client went away first
        log.warning("a client went away while its job ran; the job was stopped")
        return Response(status_code=400)  # no one is listening
    try:
        outcome: Outcome = running.result()
    except TimedOut as late:
        log.warning("a job was stopped: %s", late)
        return _error(
            f"{late}: the workbook may be too large or too complex for the page",
            504,
            Refusal.TIMED_OUT,
            {"seconds": f"{state.pool.seconds:g}"},
        )
    except JobFailed as failed:
        if state.stopping or isinstance(failed, Stopping):
            return _error("the server is stopping; the job was cancelled", 503, Refusal.STOPPING)
        log.warning("a job failed: %s", failed)
        return _error(str(failed), 500 if "please report" in str(failed) else 503)
    return outcome


async def _gone(request: Request) -> None:
    """Returns once the request's client has gone away (its body is read: what comes now is the disconnect)."""
    while not await request.is_disconnected():
        await asyncio.sleep(GONE_EVERY)


@dataclass
class Picture:
    """A full-size picture being made, and how many requests wait for it."""

    task: asyncio.Task[None]
    waiting: int = 0


async def _full_picture(state: State, found: Stored) -> Response | None:
    """Make a full-size picture once, however many requests ask for it at the same moment; None once it
    is there, or the answer saying why it is not."""
    assert found.made_from is not None
    picture = state.previews.get(found.path)
    if picture is None:
        pdf, number = found.made_from

        async def make() -> None:
            async with state.slots:
                assert state.pool is not None
                await state.pool.run(_job("full_preview"), pdf, number, found.path)

        def made(task: asyncio.Task[None]) -> None:
            state.previews.pop(found.path, None)  # a failed picture is tried again when asked for again
            if not task.cancelled():
                task.exception()  # seen, even when every request waiting for it went away

        picture = Picture(asyncio.get_running_loop().create_task(make()))
        picture.task.add_done_callback(made)
        state.previews[found.path] = picture
    picture.waiting += 1
    try:
        await asyncio.shield(picture.task)  # one request going away does not stop what another waits for
    except JobFailed as failed:
        return _error(f"the picture could not be made: {failed}", 503)
    finally:
        picture.waiting -= 1
    return None


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own answers (a wrong method, an address it does not know): JSON with a sentence under
    /api/, as every answer of the API is; plain text elsewhere, as Starlette gives it."""
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    if not request.url.path.startswith("/api/"):
        return PlainTextResponse(exc.detail, exc.status_code, headers=headers)
    if exc.status_code == 405:
        allowed = headers.get("allow", "POST")
        message = f"{request.method} is not how {request.url.path} is used: send it a {allowed} request"
    elif exc.status_code == 404:
        message = (
            f"there is no {request.url.path}: the API has /api/options, /api/build, /api/gaps, /api/diff, "
            "/api/kit and /api/apply"
        )
    else:
        message = str(exc.detail)
    return JSONResponse({"error": message}, status_code=exc.status_code, headers=headers)


def _error(
    message: str,
    status: int,
    kind: str | None = None,
    values: dict[str, str] | None = None,
    warnings: list[str] | None = None,
) -> JSONResponse:
    """An answer that is no result: the English sentence, with the warnings said before it; for a refusal
    of the page's own, its kind and values too, which the page says in its language."""
    return refusal_answer(message, status, Refusal(kind) if kind else None, values, warnings)


def _page_file(name: str) -> bytes:
    return resources.files("canvasgen.web").joinpath("page", name).read_bytes()


def page_html() -> bytes:
    """The page, its canvas upload fields accepting the formats the registry lets the page take
    (``read.formats``), which its script names in each of its languages (``data-uploads``)."""
    return _page_file("index.html").replace(b"__UPLOADS__", ",".join(UPLOAD_SUFFIXES).encode())


async def page(request: Request) -> Response:
    return HTMLResponse(page_html(), headers=_NO_SNIFF)


async def asset(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in ASSETS:
        return _error("no such file", 404)
    return Response(_page_file(name), media_type=ASSETS[name], headers=_NO_SNIFF)


async def favicon(request: Request) -> Response:
    """The icon browsers ask for by this name (the page links the same SVG)."""
    return Response(_page_file("favicon.svg"), media_type="image/svg+xml", headers=_NO_SNIFF)


async def options(request: Request) -> Response:
    return JSONResponse({"brands": brand_names(), "sizes": list(A_SIZES_MM), "languages": list(LANGUAGES)})


_NO_SNIFF = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'self'; img-src 'self'"}


def _answer(store: ResultStore, token: str, job: Job, outcome: Outcome) -> dict[str, Any]:
    out = job.folder / "out"
    stem = stem_of(job.uploads[0].name)
    files, previews = [], []
    for name in outcome.files:
        download = _download_name(name, [(u.path.stem, stem_of(u.name)) for u in job.uploads])
        store.publish(token, name, out / name, download)
        files.append({"name": download, "url": f"/results/{token}/{name}"})
    for number, name in enumerate(outcome.previews, start=1):
        store.publish(token, name, out / name, f"{stem}-{number}.png")
        preview: dict[str, Any] = {"url": f"/results/{token}/{name}", "page": number}
        if outcome.poster:
            full = f"full-{number}.png"
            store.publish(token, full, out / full, f"{stem}-{number}.png", made_from=(out / outcome.poster, number))
            preview["full"] = f"/results/{token}/{full}"
            note = _reduced(*outcome.page_sizes[number - 1]) if number <= len(outcome.page_sizes) else None
            if note:
                preview["note"] = note
        previews.append(preview)
    answer = {
        "files": files,
        "previews": previews,
        "warnings": outcome.warnings,
        "summary": outcome.summary,
        "report": outcome.report,
        "tables": outcome.tables,
    }
    if outcome.changes is not None:
        answer["changes"] = outcome.changes
    return answer


def _download_name(name: str, uploads: list[tuple[str, str]]) -> str:
    """What a result is saved as: a file named after an upload (``klant _1 é-cards.pdf``, by the name the
    server kept it under; gaps and diff name theirs after the second file) by the user's name for it
    (``klant #1 é-cards.pdf``), as the zip's entries and the page's lines name it; any other by its own."""
    for kept, users in sorted(uploads, key=lambda pair: -len(pair[0])):
        rest = name[len(kept) :]
        if name.startswith(kept) and rest[:1] in (".", "-"):
            return users + rest
    return name


def _reduced(width: float, height: float) -> str | None:
    """The sentence shown under a page whose full-size picture is made at less than the usual resolution."""
    dpi = picture_dpi(width, height, FULL_DPI, FULL_PIXELS)
    if dpi == FULL_DPI:
        return None
    mm = f"{width / 72 * 25.4:.0f} × {height / 72 * 25.4:.0f} mm"
    return (
        f"the page is {mm}: its full-size picture is made at {dpi} dpi to stay within "
        f"{FULL_PIXELS // 1_000_000} megapixels; the PDF has every detail"
    )
