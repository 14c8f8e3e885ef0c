"""Round 20 (look #18): on a dark card band the channel icon was a white disc with a white glyph, an empty
circle. Read from the cards PDF itself: every icon disc has a glyph drawn on it in another colour."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

from canvasgen.pipeline.kit import KitOptions, run_kit
from tests.support.workbooks import touchpoint_columns

Rgb = tuple[int, int, int]
Bounds = tuple[float, float, float, float]


def _paths(page: pypdfium2.PdfPage) -> list[tuple[Bounds, Rgb | None, Rgb | None]]:
    """Each vector path of the page: its bounds, fill colour (if filled) and stroke colour (if stroked)."""
    found = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        mode, stroke = pdfium_c.c_int(), pdfium_c.FPDF_BOOL()
        pdfium_c.FPDFPath_GetDrawMode(obj.raw, mode, stroke)
        colours: list[Rgb | None] = []
        for getter, used in (
            (pdfium_c.FPDFPageObj_GetFillColor, mode.value != 0),
            (pdfium_c.FPDFPageObj_GetStrokeColor, bool(stroke.value)),
        ):
            r, g, b, a = (pdfium_c.c_uint() for _ in range(4))
            getter(obj.raw, r, g, b, a)
            colours.append((r.value, g.value, b.value) if used else None)
        found.append((obj.get_bounds(), colours[0], colours[1]))
    return found


def _icons(page: pypdfium2.PdfPage) -> list[tuple[Rgb, set[Rgb]]]:
    """Each icon disc (a small filled square-bounded path, 8-14 pt) with the colours of what is drawn on it."""
    paths = _paths(page)
    icons = []
    for n, ((x0, y0, x1, y1), fill, _) in enumerate(paths):
        if fill is None or not 8 <= x1 - x0 <= 14 or abs((x1 - x0) - (y1 - y0)) > 0.2:
            continue
        inside = set()
        for (a0, b0, a1, b1), f, s in paths[n + 1 : n + 12]:
            if a0 >= x0 - 0.5 and b0 >= y0 - 0.5 and a1 <= x1 + 0.5 and b1 <= y1 + 0.5:
                inside |= {c for c in (f, s) if c is not None}
        icons.append((fill, inside))
    return icons


def test_every_channel_icon_on_a_card_band_shows_its_glyph(tmp_path: Path) -> None:
    header = ("Fase", "Touchpoint", "Kanaal")
    rows = [
        ("Oriëntatie", "Advertentie", "Social media"),  # the first, darkest phase colour: white band text
        ("Aanvraag", "Bevestiging", "E-mail"),
        ("Levering", "Track & trace", "Website"),  # a lighter phase colour: dark band text
    ]
    book = touchpoint_columns(tmp_path / "tp.xlsx", header, rows)
    result = run_kit(book, KitOptions(tmp_path / "kit"))
    cards = next(p for p in result.outputs if p.name.endswith("-cards.pdf"))
    icons = [icon for page in pypdfium2.PdfDocument(cards) for icon in _icons(page)]
    assert len(icons) == len(rows)
    assert any(disc == (255, 255, 255) for disc, _ in icons)  # a dark band: the disc in its white text colour
    for disc, drawn in icons:
        assert drawn - {disc}, f"an icon disc {disc} with nothing drawn on it in another colour"
