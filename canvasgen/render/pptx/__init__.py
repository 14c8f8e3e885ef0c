"""The workshop deck as an editable PowerPoint file: ``deck_file`` opens the template and writes the
deck, ``writer`` puts a layout's slides into it, ``ooxml`` holds the hand-written XML, and ``private``
every use of python-pptx's private names."""

from canvasgen.render.pptx.deck_file import Template, load_template, made_by_canvasgen, open_template, render_pptx

__all__ = ["Template", "load_template", "made_by_canvasgen", "open_template", "render_pptx"]
