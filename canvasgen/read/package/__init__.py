"""A file as a package, before any table is looked for: the defensive opener for Excel's zip packages
(``safety``, ``sanitize``, ``parts``), what lies beside the cells (``drawings``: text boxes; ``hidden``:
hidden sheets, rows and columns), how far an OpenDocument, .xls or .xlsb workbook reaches before it is
read (``opendocument``, ``extent``), and calamine reading those in a process of its own (``calamine``)."""
