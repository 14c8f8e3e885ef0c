"""Setting text with the real fonts: which font sets each character (``fonts``), lines measured, wrapped
and hyphenated (``setter``, ``wrap``, ``hyphenation``), the one search for the largest size that fits
(``fit``) and a pure share of space between rows (``shares``)."""
