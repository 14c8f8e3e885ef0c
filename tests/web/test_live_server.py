"""``canvasgen serve`` as a process, spoken to over real sockets: a job past its time limit, a worker
that dies, an upload that stalls or trickles, a client that goes away mid-upload, more open uploads than
the cap, and Ctrl-C or SIGTERM while a job runs and an upload hangs. Every request ends in an answer,
its folder goes, the server stops within five seconds leaving no process and no folder behind, and
its log holds one line per event and no traceback.

A worker is held still with SIGSTOP so that a job "runs" as long as the test needs: the waits below
are for events (an answer, a process gone, a file written), polled with a deadline, never a sleep."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from canvasgen.platform import START_METHOD_VARIABLE
from tests.support.live import Live, alive, serving
from tests.support.waiting import DEADLINE, wait_until
from tests.support.workbooks import CANVASES, team_lanes

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads processes from /proc (Linux)"),
]


def multipart(field: str, name: str, data: bytes) -> tuple[bytes, str]:
    boundary = "canvasgen-test-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post(live: Live, path: Path = EXAMPLE, api: str = "/api/build") -> tuple[int, dict[str, Any]]:
    body, kind = multipart("workbook", path.name, path.read_bytes())
    request = urllib.request.Request(live.address + api, data=body, headers={"Content-Type": kind})
    try:
        with urllib.request.urlopen(request, timeout=DEADLINE) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


class Upload:
    """A POST over a raw socket: its headers promise ``length`` bytes, the test sends what it wants."""

    def __init__(self, live: Live, length: int = 200_000) -> None:
        self.sock = socket.create_connection(("127.0.0.1", live.port), timeout=DEADLINE)
        head, _ = multipart("workbook", "traag.xlsx", b"")
        self.prefix = head[: head.index(b"\r\n\r\n") + 4]
        boundary = "canvasgen-test-boundary"
        self.sock.sendall(
            (
                f"POST /api/build HTTP/1.1\r\nHost: 127.0.0.1:{live.port}\r\nContent-Length: {length}\r\n"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\n\r\n"
            ).encode()
            + self.prefix
        )

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def answered(self, seconds: float) -> bool:
        """Whether the server has answered (or closed), waiting at most ``seconds`` for it."""
        return bool(select.select([self.sock], [], [], seconds)[0])

    def answer(self) -> tuple[int, str]:
        """The status and body the server sent, or (0, "") when it closed without an answer."""
        data = b""
        while chunk := self.sock.recv(65536):
            data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                None,
            )
            if length is not None and len(body) >= length:
                break
        if not data:
            return 0, ""
        return int(data.split(b" ", 2)[1]), data.partition(b"\r\n\r\n")[2].decode(errors="replace")

    def close(self) -> None:
        self.sock.close()


def answered_by_a_worker(live: Live) -> None:
    """A job done by the page's worker in milliseconds: a file that is no workbook, read (and refused in the
    reader's sentence) by the worker. Where a test needs the worker up, warm or replaced, not a poster:
    a build of the example costs a second of CPU, and its folder stays."""
    body, kind = multipart("workbook", "geen-werkmap.xlsx", b"no workbook")
    request = urllib.request.Request(live.address + "/api/build", data=body, headers={"Content-Type": kind})
    try:
        urllib.request.urlopen(request, timeout=DEADLINE).close()
    except urllib.error.HTTPError as error:
        said = json.loads(error.read())
        assert error.code == 422, said
        assert said["error"].startswith("geen-werkmap.xlsx: the file is named as an Excel workbook"), said
        return
    raise AssertionError("a file that is no workbook was built")


def _folders(live: Live) -> list[Path]:
    """The requests' folders in the server's result store."""
    return [folder for store in live.stores() for folder in store.iterdir()]


def _saved(live: Live, size: int, count: int = 1) -> bool:
    """Whether ``count`` uploads of ``size`` bytes are saved whole, each in its request's folder: the last
    one's job comes next. (A build's folder stays, its results kept: a test that built before counts it
    too, or the stop came before its request was read.)"""
    saved = [p for folder in _folders(live) for p in folder.glob("upload-1/*") if p.stat().st_size == size]
    return len(saved) >= count


def _no_trace(log: str) -> None:
    for bad in ("Traceback", "leaked semaphore", "never retrieved", "Exception in ASGI", " 500"):
        assert bad not in log, log


def _in_thread(work: Callable[[], Any]) -> Callable[[], Any]:
    """``work`` started in a thread; the function returned waits for its result."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()

    def done() -> Any:
        thread.join(DEADLINE)
        assert result, "the request got no answer"
        return result[0]

    return done


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """One server for the tests that need it running, not fresh (each reads its own part of the log, and
    looks only at the folders its own requests made): a server start is two Pythons importing canvasgen.
    Two uploads read at once, and an upload may pause for 600 s: the cap on open uploads is tested on it.
    Started as a user who cloned canvasgen into ./canvasgen starts it: the installed command, from the folder
    holding the clone (``test_the_page_works_when_started_beside_a_folder_named_canvasgen``)."""
    home = tmp_path_factory.mktemp("shared-home")
    (home / "canvasgen").mkdir()
    options = ("--max-open-uploads", "2", "--read-timeout", "600")
    with serving("--workers", "1", *options, tmp=tmp_path_factory.mktemp("shared-server"), cwd=home) as live:
        yield live


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """One server for the tests of its limits that can share one: a job's time (2 s: the jobs that must
    end within it take milliseconds), an upload's time (2 s: the uploads that must arrive within it take
    milliseconds) and pause (1 s), one upload read at once, and 1 s for a request's headers (a request sends
    its own at once)."""
    options = (
        *("--job-seconds", "2", "--upload-seconds", "2", "--read-timeout", "1"),
        *("--max-open-uploads", "1", "--header-timeout", "1"),
    )
    with serving("--workers", "1", *options, tmp=tmp_path_factory.mktemp("limited-server")) as live:
        yield live


#: The tests of the shared servers, kept on one test process: one server of each for them all.
SHARED = pytest.mark.xdist_group("live server")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A canvas of six phases and two lanes: where a test needs a build done (200), not the example's
    poster, which is most of a second of a worker's time."""
    return team_lanes(tmp_path_factory.mktemp("small") / "klein.xlsx", {"Klantproces": [], "Pijnpunten": []})


class Since:
    """What the shared server logged and kept since a test began."""

    def __init__(self, live: Live) -> None:
        self.live = live
        self.logged = len(live.log_text())
        self.kept = set(_folders(live))

    def log(self) -> str:
        return self.live.log_text()[self.logged :]

    def folders(self) -> list[Path]:
        return [folder for folder in _folders(self.live) if folder not in self.kept]


@SHARED
def test_a_job_past_its_time_limit_is_stopped_and_its_worker_replaced(limited: Live) -> None:
    since = Since(limited)
    answered_by_a_worker(limited)  # the worker is up
    [worker] = limited.workers()
    os.kill(worker, signal.SIGSTOP)  # a job that never ends
    status, data = post(limited)
    assert status == 504 and "took longer than 2 seconds" in data["error"]
    assert not alive(worker)  # killed and reaped, not left behind
    wait_until(lambda: [w for w in limited.workers() if w != worker], "a new worker")
    answered_by_a_worker(limited)  # and the new one does the next job
    assert since.folders() == []  # the stopped job's folder is gone
    log = since.log()
    _no_trace(log)
    assert log.count("a job was stopped") == 1


def _libraries(pid: int) -> set[str]:
    """The file names of the shared libraries process ``pid`` has loaded."""
    maps = Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace").splitlines()
    return {Path(line.split()[-1]).name for line in maps if ".so" in line.rsplit("/", 1)[-1]}


#: Loaded by a job's readers and renderers (lxml, python-pptx's and openpyxl's), never by what the server
#: itself runs.
JOB_LIBRARIES = ("etree",)


@SHARED
def test_the_server_starts_without_the_jobs_code_and_its_workers_have_it_before_their_first_job(
    shared: Live,
) -> None:
    """A server start was a second of imports of the readers, layouts and renderers that only its workers
    run: the server imports none of it; a worker starts with it all loaded (forked from a fork server that
    imported it once), so that the first job is answered as fast as the next."""
    server = _libraries(shared.process.pid)
    assert not [name for name in server if any(part in name for part in JOB_LIBRARIES)], sorted(server)
    [worker] = wait_until(shared.workers, "the worker is started")
    loaded = _libraries(worker)
    assert all(any(part in name for name in loaded) for part in JOB_LIBRARIES), sorted(loaded)


@SHARED
def test_a_worker_that_died_while_idle_is_replaced_and_the_job_still_done(shared: Live, small: Path) -> None:
    answered_by_a_worker(shared)  # the worker is up
    [worker] = shared.workers()
    os.kill(worker, signal.SIGKILL)
    wait_until(lambda: _dead(worker), "dead")
    assert post(shared, small)[0] == 200
    assert not alive(worker)


@SHARED
def test_a_stalled_upload_is_answered_and_gives_its_place_back(limited: Live) -> None:
    since = Since(limited)
    stalled = Upload(limited)
    stalled.send(b"PK" * 500)  # a start, then nothing
    assert stalled.answered(DEADLINE)
    status, body = stalled.answer()
    assert status == 408 and "stopped sending for 1 s" in json.loads(body)["error"]
    stalled.close()
    answered_by_a_worker(limited)  # its place among the open uploads (one) was given back
    assert since.folders() == []  # and the stalled one's folder is gone
    log = since.log()
    _no_trace(log)
    assert log.count("an upload was not read") == 1


@SHARED
def test_a_trickling_upload_is_cut_off_at_its_time_limit(limited: Live) -> None:
    since = Since(limited)
    slow = Upload(limited, length=10_000_000)
    sent = 0
    while not slow.answered(0.1):  # a byte or a hundred at a time: never a pause long enough to time out
        slow.send(b"x" * 100)
        sent += 100
        assert sent < 10_000_000, "the server never cut the upload off"
    status, body = slow.answer()
    assert status == 408 and "took longer than 2 seconds" in json.loads(body)["error"]
    slow.close()
    assert since.folders() == []
    _no_trace(since.log())


@SHARED
def test_more_open_uploads_than_the_cap_are_told_the_server_is_busy(shared: Live) -> None:
    since = Since(shared)
    open_ones = [Upload(shared) for _ in range(2)]
    for upload in open_ones:
        upload.send(b"PK")
    wait_until(lambda: len(since.folders()) == 2, "both uploads are being read")
    status, data = post(shared)
    assert status == 503 and "busy reading other uploads" in data["error"]
    for upload in open_ones:
        upload.close()  # they go away: their places and folders are given back
    wait_until(lambda: since.folders() == [], "their folders are removed")
    answered_by_a_worker(shared)
    log = since.log()
    _no_trace(log)
    assert log.count("a client went away during its upload") == 2


@SHARED
def test_a_client_that_goes_away_mid_upload_is_one_line_in_the_log(shared: Live) -> None:
    since = Since(shared)
    upload = Upload(shared, length=500_000)
    upload.send(EXAMPLE.read_bytes()[:20_000])
    wait_until(lambda: len(since.folders()) == 1, "the upload is being read")
    upload.close()
    wait_until(lambda: "went away" in since.log(), "the server noticed")
    wait_until(lambda: since.folders() == [], "its folder is removed")
    answered_by_a_worker(shared)
    log = since.log()
    _no_trace(log)
    assert [line for line in log.splitlines() if line.strip()] == [
        "WARNING:  a client went away during its upload; nothing was kept"
    ]


@SHARED
def test_a_request_that_goes_away_while_its_job_runs_stops_the_job_and_frees_its_worker(
    shared: Live, small: Path
) -> None:
    """The page cancels a running request when another tab sends one; its job went on to the end, and with one
    worker the next request waited behind it (round 18, hostile F12: 15.6 s for a 0.55 s comparison). The
    job held still (SIGSTOP) stands for a long one: the request closed, its worker is killed and replaced,
    and the next request is answered by the new worker."""
    since = Since(shared)
    answered_by_a_worker(shared)  # the worker is up
    [worker] = shared.workers()
    data = small.read_bytes()
    body, _ = multipart("workbook", "traag.xlsx", data)
    upload = Upload(shared, length=len(body))
    os.kill(worker, signal.SIGSTOP)  # the job it is given runs until it is stopped
    upload.send(body[len(upload.prefix) :])
    read = lambda: [p for f in since.folders() for p in f.glob("upload-1/*") if p.stat().st_size == len(data)]  # noqa: E731
    wait_until(read, "the upload is read and its job sent")
    upload.close()
    wait_until(lambda: not alive(worker), "the abandoned job's worker is stopped")
    wait_until(lambda: [w for w in shared.workers() if w != worker], "a new worker")
    assert post(shared, small)[0] == 200  # answered by the new worker, not after the abandoned job
    log = since.log()
    _no_trace(log)
    assert log.count("a client went away while its job ran; the job was stopped") == 1


SPAWN = {START_METHOD_VARIABLE: "spawn"}
#: How the server starts its workers: this system's way (a fork server on Linux), and spawn, as on Windows
#: and macOS (canvasgen.platform).
START_METHODS = pytest.mark.parametrize("method", [{}, SPAWN], ids=["system's start", "spawn"])


# Each way of stopping (SIGTERM: uvicorn hands it on, and it ends the process as a stop; Ctrl-C; Ctrl-C twice:
# the clean-up cut short) under this system's start; the signal reaches the server alone, whose way of
# stopping does not depend on how its workers start, so spawned workers once, with the stop cut shortest.
# (SIGTERM with spawned workers: the process-group test below, where the workers get it too.)
@pytest.mark.parametrize(
    ("stop", "method"),
    [
        ((signal.SIGTERM,), {}),
        ((signal.SIGINT,), {}),
        ((signal.SIGINT, signal.SIGINT), {}),
        ((signal.SIGINT, signal.SIGINT), SPAWN),
    ],
    ids=["SIGTERM-system's start", "Ctrl-C-system's start", "Ctrl-C twice-system's start", "Ctrl-C twice-spawn"],
)
def test_stopping_during_a_job_and_a_hung_upload_takes_under_five_seconds(
    tmp_path: Path, stop: tuple[int, ...], method: dict[str, str]
) -> None:
    with serving("--workers", "1", tmp=tmp_path, env=method) as live:
        answered_by_a_worker(live)  # the worker is up
        [worker] = live.workers()
        # the worker, multiprocessing's resource tracker, and on Linux the fork server
        children = live.children()
        assert worker in children and len(children) >= 2
        os.kill(worker, signal.SIGSTOP)  # a job that runs until it is stopped
        answer = _in_thread(lambda: post(live))
        wait_until(lambda: _saved(live, EXAMPLE.stat().st_size), "the held job's upload is in: its job comes next")
        hung = Upload(live)
        hung.send(b"PK")  # and an upload that hangs
        wait_until(lambda: len(_folders(live)) == 2, "the hung upload is being read")
        started = time.monotonic()
        for sent in stop:
            live.process.send_signal(sent)
        live.process.wait(timeout=DEADLINE)
        took = time.monotonic() - started
        status, data = answer()
        assert hung.answered(DEADLINE)  # answered or closed: not left hanging
        hung.close()
        log = live.log_text()
    print(f"stopped in {took:.2f} s")
    assert took < 5.0, f"stopping took {took:.1f} s"
    assert status == 503 and data["error"] == "the server is stopping; the job was cancelled"
    assert live.stores() == []  # every request's folder, and the store, removed
    wait_until(lambda: not any(alive(pid) for pid in children), "no process of the server's left", 10)
    _no_trace(log)
    assert log.rstrip().endswith("stopped")


@START_METHODS
def test_sigterm_to_the_whole_process_group_answers_the_running_job_that_the_server_is_stopping(
    tmp_path: Path, method: dict[str, str]
) -> None:
    """systemd stops a service by sending SIGTERM to every process of its group, the workers included: a
    worker that died of it made the running job's answer "the process doing the job stopped (exit code
    -15); try again". The server decides what stops: the job is told the server is stopping."""
    with serving("--workers", "1", tmp=tmp_path, group=True, env=method) as live:
        answered_by_a_worker(live)  # the worker is up
        [worker] = live.workers()
        children = live.children()
        os.kill(worker, signal.SIGSTOP)  # the job runs until the group is told to stop
        answer = _in_thread(lambda: post(live))
        wait_until(lambda: _saved(live, EXAMPLE.stat().st_size), "the held job's upload is in: its job comes next")
        os.killpg(live.process.pid, signal.SIGTERM)
        os.kill(worker, signal.SIGCONT)  # and it goes on: a SIGTERM of its own would end it now
        live.process.wait(timeout=DEADLINE)
        status, data = answer()
        log = live.log_text()
    assert status == 503 and data["error"] == "the server is stopping; the job was cancelled", data
    assert live.stores() == []
    wait_until(lambda: not any(alive(pid) for pid in children), "no process of the server's left", 10)
    _no_trace(log)


def test_a_request_that_arrives_as_the_server_stops_is_answered_that_it_is_stopping(tmp_path: Path) -> None:
    """A request still arriving when SIGTERM came (its head half sent, or its connection not yet taken
    from the system's queue) had its connection closed as the server stopped: the client saw a reset,
    no answer (the flaky group-SIGTERM test, whose second post was often still on its way). The rest of
    the request is sent only once the server has begun to stop (its workers go first), so the stop
    always comes in the middle of this request's head."""
    with serving("--workers", "1", tmp=tmp_path) as live:
        answered_by_a_worker(live)  # the worker is up
        [worker] = live.workers()
        body, kind = multipart("workbook", EXAMPLE.name, EXAMPLE.read_bytes())
        head = (
            f"POST /api/build HTTP/1.1\r\nHost: 127.0.0.1:{live.port}\r\nContent-Type: {kind}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        client = socket.create_connection(("127.0.0.1", live.port), timeout=DEADLINE)
        client.sendall(head[:30])  # the request has begun
        live.process.send_signal(signal.SIGTERM)
        wait_until(lambda: _dead(worker), "the server has begun to stop: its worker is stopped")
        answer = _exchange(client, head[30:] + body)
        live.process.wait(timeout=DEADLINE)
        log = live.log_text()
    status, _, data = answer.partition(b"\r\n")
    assert status.startswith(b"HTTP/1.1 503"), answer or "the connection was closed without an answer"
    said = json.loads(data.split(b"\r\n\r\n", 1)[1])
    assert said["refused"] == "stopping" and said["error"].startswith("the server is stopping;"), said
    assert live.stores() == []
    _no_trace(log)


def _exchange(client: socket.socket, data: bytes) -> bytes:
    """``data`` sent, and everything the server answers until it closes; what came before a reset if it
    resets the connection."""
    received = b""
    with client:
        try:
            client.sendall(data)
            while chunk := client.recv(65536):
                received += chunk
        except OSError:  # reset, or a broken pipe: no answer (or what there was of one)
            pass
    return received


@SHARED
def test_a_connection_that_never_finishes_its_headers_is_closed(limited: Live) -> None:
    """Slowloris: a byte of a header now and then held a connection open for good (ten of them after
    90 s); now the headers have --header-timeout seconds, and the server goes on answering."""
    since = Since(limited)
    slow = socket.create_connection(("127.0.0.1", limited.port), timeout=DEADLINE)
    slow.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{limited.port}\r\nX-Slow: ".encode())

    def closed() -> bool:
        try:
            slow.sendall(b"a")  # still trickling
        except OSError:
            return True
        return bool(select.select([slow], [], [], 0.2)[0]) and slow.recv(100) == b""

    wait_until(closed, "the slow connection is closed")
    slow.close()
    answered_by_a_worker(limited)  # the server answers others as before
    log = since.log()
    assert "a connection that did not finish its request's headers in 1 s was closed" in log
    _no_trace(log)


@SHARED
def test_a_workbook_with_a_long_phase_name_is_built_by_the_page(tmp_path: Path, shared: Live) -> None:
    """Once the layout raised StopIteration, which cannot cross into an asyncio future: the upload never
    got an answer and kept its place until a restart."""
    from tests.support.workbooks import with_cell, words

    name = words(2500)
    path = with_cell(tmp_path, "B10", name)
    since = Since(shared)
    for _ in range(2):  # answered, and its place given back: the next one is answered too
        status, data = post(shared, path)
        assert status == 200, data
        assert any(f"Klantreis!B10: the phase name has {len(name):,} characters" in w for w in data["warnings"])
    _no_trace(since.log())


def _dead(pid: int) -> bool:
    """Gone, or a zombie not yet reaped (its /proc entry can vanish between the two looks)."""
    try:
        return not alive(pid) or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return True


@SHARED
def test_the_page_works_when_started_beside_a_folder_named_canvasgen(shared: Live, small: Path) -> None:
    """A user who cloned canvasgen into ./canvasgen and starts the page from there: the fork server once
    imported a namespace package from that folder (its working directory was on its path), and every job
    answered that the worker did not start. The shared server is started so (a server of its own was a
    server start more for one build)."""
    home = Path(f"/proc/{shared.process.pid}/cwd").resolve()
    assert (home / "canvasgen").is_dir() and not (home / "canvasgen" / "__init__.py").exists()
    status, data = post(shared, small)
    assert status == 200, data
