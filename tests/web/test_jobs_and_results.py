"""The page's jobs and results when timing is unlucky, through the app in-process with its real worker
processes: a running job's folder is never cleaned up (age counts from a job's end), a full-size picture
asked for twice at once is made once, and a huge page's picture stays within its pixel cap. A worker is
held still with SIGSTOP so that "while it runs" is a state, not a race."""

from __future__ import annotations

import contextlib
import io
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image
from starlette.testclient import TestClient

from canvasgen.web.app import Settings, State, create_app
from canvasgen.web.job import FULL_PIXELS, PREVIEW_PIXELS
from tests.support.waiting import DEADLINE, wait_until
from tests.support.workbooks import team_lanes

pytestmark = pytest.mark.slow

BASE = "http://localhost:8000"


@contextlib.contextmanager
def held(pids: list[int]) -> Iterator[Callable[[], None]]:
    """The processes stopped (SIGSTOP) until the block ends or it calls the function it was given."""
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    going = [True]

    def release() -> None:
        if going[0]:
            going[0] = False
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGCONT)

    try:
        yield release
    finally:
        release()


def _upload(path: Path) -> dict[str, tuple[str, bytes]]:
    return {"workbook": (path.name, path.read_bytes())}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A canvas of six phases and two lanes: the job the lifecycle tests need is any job, built in a fraction
    of the example's (most of a second of a worker's time)."""
    return team_lanes(tmp_path_factory.mktemp("small") / "klein.xlsx", {"Klantproces": [], "Pijnpunten": []})


def _state(client: TestClient) -> State:
    state: State = client.app.state.canvasgen  # type: ignore[attr-defined]
    return state


def test_a_running_jobs_folder_is_never_cleaned_up_and_age_counts_from_its_end(small: Path) -> None:
    now = [0.0]
    settings = Settings(keep_minutes=30, clock=lambda: now[0], workers=1)
    with TestClient(create_app(settings), base_url=BASE) as client:
        state = _state(client)
        first = client.post("/api/build", files=_upload(small))  # the worker is warm
        done = first.json()["files"][0]["url"].split("/")[2]
        wait_until(lambda: state.pool is not None and state.pool.idle == 1, "the worker is free again")
        assert state.pool is not None
        with ThreadPoolExecutor(1) as requests, held(state.pool.pids()) as release:
            pending = requests.submit(client.post, "/api/build", files=_upload(small))
            wait_until(lambda: state.pool is not None and state.pool.busy == 1, "the job runs")
            running = [f for f in state.store.root.iterdir() if f.name != done]
            now[0] = 31 * 60  # the job runs past the keeping time, counted from when it began
            assert client.get(f"/results/{'A' * 22}/x.pdf").status_code == 404  # a request: the store sweeps
            assert len(running) == 1 and running[0].is_dir()
            assert not (state.store.root / done).exists()  # the job that had ended 31 minutes ago: cleaned up
            release()
            answer = pending.result(timeout=DEADLINE)
        assert answer.status_code == 200, answer.text
        pdf = answer.json()["files"][0]["url"]
        assert client.get(pdf).status_code == 200  # the output of a slow job was not deleted under it
        now[0] = 31 * 60 + 29 * 60
        assert client.get(pdf).status_code == 200  # kept 30 minutes from the job's end
        now[0] = 31 * 60 + 31 * 60
        assert client.get(pdf).status_code == 404


def test_a_full_size_picture_asked_for_twice_at_once_is_made_once(small: Path) -> None:
    with TestClient(create_app(Settings(workers=2)), base_url=BASE) as client:
        state = _state(client)
        data = client.post("/api/build", files=_upload(small), data={"size": "A2"}).json()
        wait_until(lambda: state.pool is not None and state.pool.idle == 2, "both workers are ready")
        assert state.pool is not None
        full = data["previews"][0]["full"]
        with ThreadPoolExecutor(2) as requests, held(state.pool.pids()) as release:
            answers = [requests.submit(client.get, full) for _ in range(2)]
            waiting = lambda: sum(p.waiting for p in state.previews.values())  # noqa: E731
            wait_until(lambda: waiting() == 2, "both requests wait for the picture")
            assert len(state.previews) == 1 and state.pool.busy == 1  # one picture, one worker on it
            release()
            first, second = (a.result(timeout=DEADLINE) for a in answers)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content and first.headers["content-type"] == "image/png"
        assert state.previews == {}


def test_a_worker_that_dies_during_a_job_is_an_answer_and_is_replaced(small: Path) -> None:
    """As an out-of-memory kill, or a library's abort (calamine's, exit 134), would end it."""
    with TestClient(create_app(Settings(workers=1)), base_url=BASE) as client:
        state = _state(client)
        assert client.post("/api/build", files=_upload(small)).status_code == 200
        wait_until(lambda: state.pool is not None and state.pool.idle == 1, "the worker is free again")
        assert state.pool is not None
        [worker] = state.pool.pids()
        with ThreadPoolExecutor(1) as requests, held([worker]):
            pending = requests.submit(client.post, "/api/build", files=_upload(small))
            wait_until(lambda: state.pool is not None and state.pool.busy == 1, "the job runs")
            os.kill(worker, signal.SIGKILL)
            answer = pending.result(timeout=DEADLINE)
        assert answer.status_code == 503
        assert answer.json()["error"] == "the process doing the job stopped (exit code -9); try again"
        wait_until(lambda: state.pool is not None and state.pool.idle == 1, "a new worker is ready")
        assert state.pool.pids() != [worker] and not Path(f"/proc/{worker}").exists()  # replaced, and reaped
        assert client.post("/api/build", files=_upload(small)).status_code == 200
        assert len(list(state.store.root.iterdir())) == 2  # the failed job's folder is gone


def _peak_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def test_a_huge_pages_pictures_stay_within_their_pixel_caps(small: Path) -> None:
    """A 5000 x 5000 mm poster: at 110 dpi its picture would be 470 megapixels (3 GB to render). The pixels
    are the page's size, not its words: the small canvas's poster (the example's laid out most of a second)."""
    with TestClient(create_app(Settings(workers=1)), base_url=BASE) as client:
        state = _state(client)
        answer = client.post("/api/build", files=_upload(small), data={"size": "5000x5000mm"})
        assert answer.status_code == 200, answer.text
        preview = answer.json()["previews"][0]
        assert "5000 × 5000 mm" in preview["note"] and "40 megapixels" in preview["note"]
        small = Image.open(io.BytesIO(client.get(preview["url"]).content))
        assert small.width * small.height <= PREVIEW_PIXELS
        full = client.get(preview["full"])
        assert full.status_code == 200, full.text
        picture = Image.open(io.BytesIO(full.content))
        assert 0.8 * FULL_PIXELS < picture.width * picture.height <= FULL_PIXELS
        assert state.pool is not None
        [worker] = state.pool.pids()
        assert _peak_kb(worker) < 1_200_000  # the worker that made it never held more than 1.2 GB
