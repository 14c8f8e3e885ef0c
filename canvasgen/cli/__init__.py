"""The ``canvasgen`` command line: ``commands`` holds the click group (``main``, the console entry point
``canvasgen.cli:main`` and ``python -m canvasgen``) and the commands that read, build and compare;
``kit`` the workshop kit's commands, ``serve`` the web page's; ``options`` the reading options every
command shares, ``report`` what a build says, ``errors`` how a user's input problems are shown."""

from canvasgen.cli.commands import main

__all__ = ["main"]
