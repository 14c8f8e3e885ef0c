"""Finding a canvas in a sheet's cells (a ``read.grid``): the sheet cut into blocks (``blocks``), turned
the right way round (``orient``), its tables found (``detect``, with ``across`` for phases across and
``down`` for phases down) and described (``found``); scores in any notation (``scores``), persona blocks
(``personas``) and the record tables beside the canvas (``records``: touchpoints, personas, figures)."""
