"""What `canvasgen serve` leaves out of its log: the traceback of a stop the user asked for (a second
Ctrl-C cancels uvicorn's lifespan task), in either form it arrives in, and nothing else."""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback

from canvasgen.cli.serve import stop_is_no_error


def _record(message: str, exc_info: object = None) -> logging.LogRecord:
    return logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, message, None, exc_info)  # type: ignore[arg-type]


def _traceback_of(error: BaseException) -> str:
    try:
        raise error
    except BaseException:
        return traceback.format_exc()


def test_a_cancelled_lifespan_is_left_out_as_an_exception_or_as_starlettes_text() -> None:
    try:
        raise asyncio.CancelledError
    except asyncio.CancelledError:
        attached = _record("Exception in 'lifespan' protocol", sys.exc_info())
    assert not stop_is_no_error(attached)
    # Starlette sends a failed shutdown's traceback as the message of 'lifespan.shutdown.failed'
    assert not stop_is_no_error(_record(_traceback_of(asyncio.CancelledError())))
    assert not stop_is_no_error(_record(_traceback_of(KeyboardInterrupt())))


def test_any_other_error_stays_in_the_log() -> None:
    assert stop_is_no_error(_record(_traceback_of(ValueError("a bug"))))
    assert stop_is_no_error(_record("the port is busy"))
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        assert stop_is_no_error(_record("Exception in ASGI application", sys.exc_info()))
