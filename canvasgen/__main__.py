"""``python -m canvasgen``: the command line, as the ``canvasgen`` command runs it."""

from canvasgen.cli import main

main(prog_name="canvasgen")
