"""Which known metric a name means (the metrics and their names are in ``vocabulary.metrics``)."""

from __future__ import annotations

from canvasgen.text import label_key
from canvasgen.vocabulary.metrics import KINDS, MetricKind

_BY_NAME = {label_key(name): kind for kind in KINDS for name in kind.names}


def kind_of(name: str) -> MetricKind | None:
    """The known metric a name means ("Conversie" -> conversion_rate), or None for the agency's own."""
    key = label_key(name)
    if key in _BY_NAME:
        return _BY_NAME[key]
    # "Conversie checkout", "Bouncepercentage productpagina": the name starts with a known one.
    for known, kind in sorted(_BY_NAME.items(), key=lambda pair: -len(pair[0])):
        if len(known) >= 3 and key.startswith(known + " "):
            return kind
    return None
