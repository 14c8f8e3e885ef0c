"""What the tests share, one module per concept; no test module imports another.

- ``workbooks``: where the repository's canvases are, and workbooks written on the fly.
- ``reading``: the tests' ``read_canvas``, each reading kept for the test process (same bytes, same options).
- ``layouts``: the default kit and its fonts, a fixed date.
- ``other_formats``: .xlsb, .ods and .xls files written by the tests themselves.
- ``hostile``: hostile workbooks, written on demand.
- ``cli``: canvasgen's command line run in the test's own process (``run``, ``run_clean``).
- ``live``: a real ``canvasgen serve`` and the system's Chromium.
- ``readme_outputs``, ``reading_baseline``: the README's command output and the stored readings, with the
  commands that take them afresh (``--update``).
"""
