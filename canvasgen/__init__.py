"""canvasgen: customer journey canvases from Excel to print-ready posters and workshop decks.

openpyxl reads its switch ``OPENPYXL_DEFUSEDXML`` once, when it is first imported: on (its default when
defusedxml is installed), it parses every sheet and the shared strings with defusedxml's pure-Python
parser, a fifth of the time it takes to load a workbook. canvasgen turns it off here, in the package's
first module, so that it is set before any of canvasgen's modules imports openpyxl; the standard
library's expat parses instead. That is safe because canvasgen refuses, before openpyxl sees the file,
every part openpyxl could parse that declares a DTD or entities, whatever its name or encoding
(``read.package.declarations``). A value the environment already gives is kept (a program that imported
openpyxl before canvasgen keeps its own choice: slower, never less safe).
"""

import os

os.environ.setdefault("OPENPYXL_DEFUSEDXML", "False")

__version__ = "0.1.0"
