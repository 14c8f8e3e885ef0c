"""The web page and its API (Starlette). Work runs in a pool of worker processes kept warm (fonts and
kits loaded once), never in the event loop; each request gets a folder of its own in the result store.

    GET  /                     the page
    GET  /assets/<name>        its script and style (served by canvasgen: the page works offline)
    GET  /api/options          the brand kits, paper sizes and languages to choose from
    POST /api/build            workbook [+ metrics, with, brand, size, portrait, lang,
                               phases_row, phases_col, labels, lane, skip_hidden]
    POST /api/gaps             workbook (one with both journeys) or ideal + current
    POST /api/diff             old + new
    GET  /results/<token>/<name>   a result file, under the name the user's file had
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from canvasgen.brand.kit import KIT_FILE, kit_roots
from canvasgen.units import A_SIZES_MM
from canvasgen.web import jobs
from canvasgen.web.guard import Guard, TooLarge, host_names
from canvasgen.web.store import MEDIA_TYPES, ResultStore

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".json")
ASSETS = {"app.js": "text/javascript", "style.css": "text/css"}
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    max_upload_mb: int = 50
    keep_minutes: float = 30.0
    workers: int = 2
    queue: int = 16  # requests waiting for a worker before the server says it is busy
    allowed_hosts: tuple[str, ...] = ()
    clock: Callable[[], float] | None = None  # the store's clock (tests move it on)
    executor: Callable[[], Executor] | None = None  # the pool; processes unless a test says otherwise


@dataclass
class _State:
    settings: Settings
    store: ResultStore
    pool: Executor | None = None
    slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(16))


class Refused(Exception):
    """A request canvasgen will not run, with the sentence saying why."""


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()
    store = ResultStore(settings.keep_minutes * 60, settings.clock or time.monotonic)
    state = _State(settings, store)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.slots = asyncio.Semaphore(settings.workers + settings.queue)
        state.pool = settings.executor() if settings.executor else _processes(settings.workers)
        try:
            yield
        finally:
            state.pool.shutdown(wait=False, cancel_futures=True)
            store.close()

    async def run(request: Request, work: Callable[[jobs.Job], jobs.Outcome], kind: str) -> Response:
        token, folder = store.new()
        try:
            job = await _job(request, folder, kind)
        except Refused as refused:
            store.forget(token)
            return JSONResponse({"error": str(refused)}, status_code=400)
        except TooLarge as large:
            store.forget(token)
            return JSONResponse({"error": str(large)}, status_code=413)
        if state.slots.locked():
            store.forget(token)
            return JSONResponse({"error": "the server is busy: try again in a minute"}, status_code=503)
        async with state.slots:
            assert state.pool is not None
            try:
                outcome = await asyncio.wrap_future(state.pool.submit(work, job))
            except BrokenExecutor:  # a worker died (out of memory, killed): a fresh pool for the next request
                store.forget(token)
                state.pool.shutdown(wait=False, cancel_futures=True)
                state.pool = settings.executor() if settings.executor else _processes(settings.workers)
                return JSONResponse({"error": "the build stopped unexpectedly; try again"}, status_code=503)
        if outcome.error is not None:
            store.forget(token)
            return JSONResponse({"error": outcome.error}, status_code=422)
        return JSONResponse(_answer(store, token, job, outcome))

    async def build(request: Request) -> Response:
        return await run(request, jobs.build, "build")

    async def gaps(request: Request) -> Response:
        return await run(request, jobs.gaps, "gaps")

    async def diff(request: Request) -> Response:
        return await run(request, jobs.diff, "diff")

    async def result(request: Request) -> Response:
        found = store.find(request.path_params["token"], request.path_params["name"])
        if found is None:
            return JSONResponse({"error": "no such result (results are kept for a while, then deleted)"},
                                status_code=404)  # fmt: skip
        if not found.path.is_file() and found.made_from:  # a full-size page, made now in the pool
            async with state.slots:
                assert state.pool is not None
                pdf, number = found.made_from
                await asyncio.wrap_future(state.pool.submit(jobs.full_preview, pdf, number, found.path))
        media = MEDIA_TYPES.get(found.path.suffix.lower(), "application/octet-stream")
        inline = found.path.suffix.lower() == ".png"
        return FileResponse(found.path, media_type=media, filename=found.download,
                            content_disposition_type="inline" if inline else "attachment")  # fmt: skip

    routes = [
        Route("/", page),
        Route("/assets/{name}", asset),
        Route("/api/options", options),
        Route("/api/build", build, methods=["POST"]),
        Route("/api/gaps", gaps, methods=["POST"]),
        Route("/api/diff", diff, methods=["POST"]),
        Route("/results/{token}/{name}", result),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(Guard, hosts=host_names(settings.host, settings.allowed_hosts),
                       max_bytes=settings.max_upload_mb * 1024 * 1024)  # fmt: skip
    return app


def _processes(workers: int) -> Executor:
    # Started fresh, not forked: a fork of a server with an event loop and threads can inherit a held lock.
    return ProcessPoolExecutor(max_workers=workers, initializer=jobs.warm, mp_context=get_context("spawn"))


def _page_file(name: str) -> bytes:
    return resources.files("canvasgen.web").joinpath("page", name).read_bytes()


async def page(request: Request) -> Response:
    return HTMLResponse(_page_file("index.html"), headers=_NO_SNIFF)


async def asset(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in ASSETS:
        return JSONResponse({"error": "no such file"}, status_code=404)
    return Response(_page_file(name), media_type=ASSETS[name], headers=_NO_SNIFF)


async def options(request: Request) -> Response:
    return JSONResponse({"brands": brand_names(), "sizes": list(A_SIZES_MM), "languages": ["nl", "en"]})


_NO_SNIFF = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'self'; img-src 'self'"}


def brand_names() -> list[str]:
    """The kits canvasgen knows by name: a request names one of these, never a path."""
    names = {kit.name for root in kit_roots() if root.is_dir() for kit in root.iterdir() if (kit / KIT_FILE).is_file()}
    return sorted(names, key=lambda n: (n != "default", n))


async def _job(request: Request, folder: Path, kind: str) -> jobs.Job:
    async with request.form(max_files=16, max_fields=64) as form:
        fields = {"workbook": ("workbook",), "gaps": ("workbook", "ideal", "current"), "diff": ("old", "new")}
        names = fields["workbook"] if kind == "build" else fields[kind]
        uploads: list[jobs.Upload] = []
        for number, key in enumerate(names, start=1):
            upload = form.get(key)
            if isinstance(upload, UploadFile) and upload.filename:
                uploads.append(await _save(upload, folder, f"upload-{number}", WORKBOOKS))
        if not uploads:
            raise Refused(f"choose a workbook to upload ({', '.join(names)})")
        metrics = form.get("metrics")
        saved_metrics = (await _save(metrics, folder, "metrics", (".csv",))
                         if isinstance(metrics, UploadFile) and metrics.filename else None)  # fmt: skip
        companions = [await _save(f, folder, f"with-{n}", WORKBOOKS) for n, f in enumerate(form.getlist("with"), 1)
                      if isinstance(f, UploadFile) and f.filename]  # fmt: skip
        text = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        # repeatable, and one per line from the page's text box
        lanes = tuple(line.strip() for v in form.getlist("lane") if isinstance(v, str)
                      for line in v.splitlines() if line.strip())  # fmt: skip
    brand = text.get("brand") or None
    if brand is not None and brand not in brand_names():
        raise Refused(f"unknown brand kit {brand!r}: choose one of {', '.join(brand_names())}")
    language = text.get("lang") or None
    if language not in (None, "nl", "en"):
        raise Refused("the language is nl or en")
    job = jobs.Job(folder, tuple(uploads), saved_metrics, tuple(companions), brand, text.get("size") or "A1",
                   _yes(text.get("portrait")), language, _given(text, "phases_row"), _given(text, "phases_col"),
                   _given(text, "labels"), lanes, _yes(text.get("skip_hidden")))  # fmt: skip
    return replace(job, size=job.size.strip())


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "on", "yes")


def _given(text: dict[str, str], key: str) -> str | None:
    return text.get(key, "").strip() or None


async def _save(upload: UploadFile, folder: Path, slot: str, suffixes: tuple[str, ...]) -> jobs.Upload:
    """The upload written into a folder of its own in the request's folder, under its name made safe (one
    plain file name: no folders, no dots in front), so that the poster and every message name it as the
    user knows it."""
    name = os.path.basename((upload.filename or "").replace("\\", "/")).strip()
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in suffixes:
        raise Refused(f"{name or 'the upload'}: canvasgen reads {', '.join(suffixes)} files here")
    stem = _UNSAFE.sub("_", os.path.splitext(name)[0]).strip(" ._")[:80] or "workbook"
    (folder / slot).mkdir()
    path = folder / slot / f"{stem}{suffix}"
    with path.open("wb") as out:
        while chunk := await upload.read(_CHUNK):
            out.write(chunk)
    return jobs.Upload(path, name)


_UNSAFE = re.compile(r"[^\w \-.()]+")


def _answer(store: ResultStore, token: str, job: jobs.Job, outcome: jobs.Outcome) -> dict[str, Any]:
    out = job.folder / "out"
    stem = os.path.splitext(job.uploads[0].name)[0] or "canvas"
    files, previews = [], []
    for name in outcome.files:
        own = os.path.splitext(name)[0]
        download = stem + name[len(own) :] if own == job.uploads[0].path.stem else name
        store.publish(token, name, out / name, download)
        files.append({"name": download, "url": f"/results/{token}/{name}"})
    for number, name in enumerate(outcome.previews, start=1):
        store.publish(token, name, out / name, f"{stem}-{number}.png")
        preview = {"url": f"/results/{token}/{name}", "page": number}
        if outcome.poster:
            full = f"full-{number}.png"
            store.publish(token, full, out / full, f"{stem}-{number}.png", made_from=(out / outcome.poster, number))
            preview["full"] = f"/results/{token}/{full}"
        previews.append(preview)
    return {"files": files, "previews": previews, "warnings": outcome.warnings, "summary": outcome.summary,
            "report": outcome.report}  # fmt: skip
