"""Renderers: from a layout to files: PDF (``pdf/``), PowerPoint (``pptx/``), Excel workbooks (``xlsx/``)
and PNG previews (``png``)."""
