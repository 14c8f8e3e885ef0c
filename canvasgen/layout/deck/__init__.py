"""The workshop deck's slides: ``deck`` lays out the slides of a canvas, ``frames`` fits text in a
slide's frames, ``title`` makes the title slide, ``sheets`` the slides from the other sheets
(touchpoints, personas, figures) and ``tables`` their tables."""
