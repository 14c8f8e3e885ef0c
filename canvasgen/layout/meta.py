"""Words both layouts print the same way: a journey's metadata and a Touchpoints or Personas row."""

from __future__ import annotations

from collections.abc import Mapping

from canvasgen.labels import META_LABELS
from canvasgen.model import Item, Journey

SHOWN_META = ("client", "persona", "version", "date", "scenario", "section")

Line = tuple[str, str]  # (text, source cell)


def meta_lines(journey: Journey, language: str) -> list[Line]:
    """ "Klant: X", "Persona: Y", ... with the workbook's own labels; a label without a value shows "—".

    The journey's name and title are left out: they head the poster or slide.
    """
    meta = journey.meta
    defaults = META_LABELS[language]
    lines: list[Line] = []
    for key in SHOWN_META:
        if key in meta:
            label = meta.get(f"{key}_label")
            name = label.text.rstrip(":") if label else defaults.get(key, key)
            lines.append((f"{name}: {meta[key].text}", str(meta[key].source)))
    for key, item in meta.items():
        base = key.removesuffix("_label")
        if key.endswith("_label") and base not in meta and base not in ("journey", "title"):
            lines.append((f"{item.text.rstrip(':')}: —", str(item.source)))
    return lines


def record_lines(
    name: Item | None, fields: Mapping[str, Item | None], columns: Mapping[str, Item], name_key: str
) -> tuple[str, list[Line]]:
    """A Touchpoints or Personas row as a heading ("Contactmoment: Nieuwsbrief") and "Column: value" lines."""
    head = columns.get(name_key)
    title = name.text if name else "—"
    heading = f"{head.text}: {title}" if head else title
    lines: list[Line] = []
    for key, item in fields.items():
        if item is not None:
            label = columns.get(key)
            lines.append((f"{label.text if label else key}: {item.text}", str(item.source)))
    return heading, lines
