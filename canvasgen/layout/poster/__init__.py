"""The poster's pages: ``poster`` puts them together (map pages, continuation and appendix pages,
report pages, persona pages); ``journey_page`` lays out one journey's map with its header
(``page_header``), its lanes (``map_rows`` turns the analysis into rows of their own types, ``map_draw``, ``kpi_tiles``,
``tp_cards`` and ``cell_cards`` draw them), its emotion curve (``curve_row``, ``curve``) and its
blueprint lines (``blueprint``); ``flow`` continues what does not fit; ``compare_page`` and
``persona_page`` are pages of their own; ``sheet`` holds what every page shares."""
