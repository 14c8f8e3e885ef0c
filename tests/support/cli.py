"""canvasgen's command line run in the test's own process, through click's ``CliRunner``: its exit code,
stdout and stderr. ``run_clean`` also fails the test when the command ended in an exception other than
``SystemExit`` (a traceback the user would have seen). Where the command must run as a process of its
own, use ``tests.support.processes``."""

from __future__ import annotations

from click.testing import CliRunner, Result

from canvasgen.cli import main


def _invoke(args: tuple[object, ...]) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def run(*args: object) -> tuple[int, str, str]:
    """``canvasgen ARGS`` (each argument as ``str``): its exit code, stdout and stderr."""
    result = _invoke(args)
    return result.exit_code, result.stdout, result.stderr


def run_clean(*args: object) -> tuple[int, str, str]:
    """As ``run``, asserting that the command ended normally or by ``SystemExit``, never by an exception."""
    result = _invoke(args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr
