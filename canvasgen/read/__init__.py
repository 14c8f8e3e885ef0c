"""Reading: any file a canvas comes in, to the model (``canvasgen.model``).

The front door is ``reader.read_canvas(path)``: it tells the format (``formats``), opens the file as
grids (``book``; ``grid`` is a sheet as a sparse, merge-aware grid), finds the canvas's tables in them
(``tables/``) and assembles the model, with the user's corrections (``corrections``), the lanes' roles
(``lane_roles``) and the caps every format shares (``limits``). ``package/`` guards and opens the files
themselves (zip and OLE packages, OpenDocument, calamine in a process of its own); ``mermaid``,
``model_json`` and ``delimited`` (CSV) read the other inputs, ``companions`` joins ``--with``
workbooks, ``metrics/`` reads measured figures, ``changes`` the workshop kit's changes workbook.
Nothing here writes a file: the workbooks canvasgen writes are in ``render/xlsx/``.
"""
