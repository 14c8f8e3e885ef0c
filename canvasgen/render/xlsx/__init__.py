"""The workbooks canvasgen writes: the blank canvas (``template``), the gap report (``gap_report``), the
workshop kit's changes workbook (``changes_sheet``), a model written as a template workbook
(``model_book``) and a canvas's cells patched in place by ``apply`` (``patch``, ``cell_text``,
``macros``); with the fingerprint that keeps a filled-in workbook from being replaced (``written``) and
the one way a cell's text is set (``cells``)."""
