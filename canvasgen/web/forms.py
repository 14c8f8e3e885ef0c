"""A request's form read into a job: its uploads saved in the request's own folder under names made safe,
its fields checked (a brand kit by name, never a path; a language canvasgen has)."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.requests import Request

from canvasgen.brand.kit import KIT_FILE, kit_roots
from canvasgen.errors import Refused
from canvasgen.read.formats import UPLOAD_SUFFIXES
from canvasgen.units import A_SIZES_MM, parse_paper
from canvasgen.web.job import Job, Upload, suffix_of
from canvasgen.web.page_language import page_language
from canvasgen.web.refusals import Refusal
from canvasgen.words import LANGUAGES

WORKBOOKS = UPLOAD_SUFFIXES  # read.formats: what the page accepts
_CHUNK = 1024 * 1024


def brand_names() -> list[str]:
    """The kits canvasgen knows by name: a request names one of these, never a path."""
    names = {kit.name for root in kit_roots() if root.is_dir() for kit in root.iterdir() if (kit / KIT_FILE).is_file()}
    return sorted(names, key=lambda n: (n != "default", n))


async def read_job(request: Request, folder: Path, kind: str) -> Job:
    async with request.form(max_files=16, max_fields=64) as form:
        fields = {
            "workbook": ("workbook",),
            "gaps": ("workbook", "ideal", "current"),
            "diff": ("old", "new"),
            "kit": ("canvas",),
            "apply": ("canvas", "changes"),
        }
        names = fields["workbook"] if kind == "build" else fields[kind]
        uploads: list[Upload] = []
        for number, key in enumerate(names, start=1):
            upload = form.get(key)
            if isinstance(upload, UploadFile) and upload.filename:
                uploads.append(await _save(upload, folder, f"upload-{number}", WORKBOOKS))
        if not uploads:
            raise Refused(
                f"choose a workbook to upload ({', '.join(names)})",
                kind=Refusal.NO_FILE,
                values={"fields": ",".join(("ideal",) if kind == "gaps" else names)},
            )
        metrics = form.get("metrics")
        saved_metrics = (
            await _save(metrics, folder, "metrics", (".csv",))
            if isinstance(metrics, UploadFile) and metrics.filename
            else None
        )
        companions = [
            await _save(f, folder, f"with-{n}", WORKBOOKS)
            for n, f in enumerate(form.getlist("with"), 1)
            if isinstance(f, UploadFile) and f.filename
        ]
        text = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        # repeatable, and one per line from the page's text box
        lanes = tuple(
            line.strip() for v in form.getlist("lane") if isinstance(v, str) for line in v.splitlines() if line.strip()
        )
    brand = text.get("brand") or None
    if brand is not None and brand not in brand_names():
        raise Refused(
            f"unknown brand kit {brand!r}: choose one of {', '.join(brand_names())}",
            kind=Refusal.UNKNOWN_BRAND,
            values={"brand": brand, "brands": ", ".join(brand_names())},
        )
    language = text.get("lang") or None
    if language is not None and language not in LANGUAGES:
        raise Refused(
            f"the language is one of {', '.join(LANGUAGES)}",
            kind=Refusal.UNKNOWN_LANGUAGE,
            values={"languages": ", ".join(LANGUAGES)},
        )
    size = (text.get("size") or "A1").strip()
    try:
        parse_paper(size)
    except ValueError as bad:  # refused before any work, in the page's words: the size as typed, the sizes known
        raise Refused(str(bad), kind=Refusal.BAD_SIZE, values={"size": size, "sizes": ", ".join(A_SIZES_MM)}) from None
    job = Job(
        folder,
        tuple(uploads),
        saved_metrics,
        tuple(companions),
        brand,
        text.get("size") or "A1",
        _yes(text.get("portrait")),
        language,
        _given(text, "phases_row"),
        _given(text, "phases_col"),
        _given(text, "labels"),
        lanes,
        _yes(text.get("skip_hidden")),
    )
    return replace(
        job,
        size=job.size.strip(),
        partial=_yes(text.get("partial")),
        no_notes=_yes(text.get("no_notes")),
        groups=_given(text, "groups"),
        traffic_lights=_given(text, "traffic_lights"),
        # as typed: a title of spaces only is refused as --title's is, never taken for no title
        title=text.get("title") or None,
        journey=_given(text, "journey"),
        # the page's own, which its panels are named in: as the page asks, else as the browser does
        page_language=page_language(text.get("page_lang"), request.headers.get("accept-language")),
    )


def _yes(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "on", "yes")


def _given(text: dict[str, str], key: str) -> str | None:
    return text.get(key, "").strip() or None


async def _save(upload: UploadFile, folder: Path, slot: str, suffixes: tuple[str, ...]) -> Upload:
    """The upload written into a folder of its own in the request's folder, under its name made safe (one
    plain file name: no folders, no dots in front), so that the poster and every message name it as the
    user knows it."""
    name = os.path.basename((upload.filename or "").replace("\\", "/")).strip()
    suffix = suffix_of(name)
    if suffix not in suffixes:
        raise Refused(
            f"canvasgen reads {', '.join(suffixes)} files here",
            name or "the upload",
            kind=Refusal.WRONG_KIND,
            values={"name": name, "kinds": ", ".join(suffixes)},
        )
    stem = _UNSAFE.sub("_", name[: len(name) - len(suffix)]).strip(" ._")[:80] or "workbook"
    (folder / slot).mkdir()
    path = folder / slot / f"{stem}{suffix}"
    with path.open("wb") as out:
        while chunk := await upload.read(_CHUNK):
            out.write(chunk)
    return Upload(path, name)


_UNSAFE = re.compile(r"[^\w \-.()]+")
