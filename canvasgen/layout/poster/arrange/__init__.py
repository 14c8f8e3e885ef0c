"""How a poster's parts are arranged over its sheets: text flowed over columns and pages (``flow``), parts of
journeys stacked as tiers on one sheet (``stacked``), the parts of a short page spread from the top
(``short_page``). Pure functions of boxes already laid out: nothing here sets text."""
