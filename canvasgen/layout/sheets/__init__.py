"""The workshop kit's print sheets: the cards (``cards``), the handouts (``handouts``) and the poster
tiled over small paper (``tiles``, on the geometry of ``tiling``)."""
