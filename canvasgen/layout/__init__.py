"""Layout: pure geometry and text fitting, from the model and its analysis to pages of positioned boxes
and lines. ``boxes`` is the contract with the renderers; ``text/`` sets text with the real fonts;
``poster/``, ``deck/`` and ``sheets/`` (the workshop kit's print sheets) lay out independently of one
another, sharing ``headings`` and ``meta`` (the words both layouts print the same way)."""
