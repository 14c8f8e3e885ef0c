"""Analysis on the model, computed once per journey (``analyse``): a journey's typed view (``view``,
``involvement``), the emotion curve read (``curve_reading``), gaps between journeys (``gaps``), versions
compared (``diff``, on ``match`` and ``align``) and both as a report (``report``); and the workshop kit's
cards (``cards``) with the checks on the team's changes to them (``changes``)."""
