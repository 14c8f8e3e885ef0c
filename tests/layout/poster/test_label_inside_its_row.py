"""A lane label stays inside its row (round 18, finding 15): on a page full with the rows from the other
sheets (channels, the persona cards), a team's long question as a lane label ("Wat doet de gemeente
(backoffice)?") wrapped to three lines in a row only as tall as its one-line cells, and its last line was
printed over the next lane's label. The label words are read back out of the PDF (pdftotext's boxes); the
layout the build drew it from only says where each label's row is (its H3 block, the row inside its padding)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.text.shares import at_least
from tests.support.layouts import build_poster_laid
from tests.support.read_back import PlacedWord, placed_words
from tests.support.workbooks import make_book

PHASES = ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]
#: The team's own questions as lane labels, long beside their short cells.
LANES = {
    "Wat doet de inwoner?": [
        "Zoekt info",
        "Vergelijkt wijken",
        "Geeft verhuizing door",
        "Leest welkomstmail",
        "Beveelt aan",
    ],
    "Wat doet de gemeente (backoffice) voor de inwoner?": [
        "Vindbare info",
        "Chat",
        "Verwerkt aangifte",
        "Stuurt pakket",
        "",
    ],
    "Wat ervaart de inwoner onderweg?": ["Nieuwsgierig", "Gerust", "Het gaat vanzelf", "Welkom", ""],
    "Hoe voelt het? (1-5)": [3, 4, 5, 4, 5],
    "Wat leren we van deze fase?": ["", "Wijkinfo ontbreekt", "", "", ""],
    "Contactmomenten": ["website", "chat", "DigiD; website", "e-mail", "social media"],
    "Welke wet- en regelgeving geldt?": ["Wet BRP", "", "Wet BRP art. 2.39", "", ""],
}
PERSONAS = [
    ["Naam", "Rol", "Doelen", "Behoeften", "Frustraties", "Voorkeurskanalen", "Betrokken in fasen"],
    [
        "Sanne",
        "Student (21)",
        "Snel ingeschreven",
        "Alles op de telefoon",
        "Upload faalt",
        "DigiD-app; Instagram",
        "alle fasen",
    ],
    ["Gezin De Vries", "Ouders", "School regelen", "Overzicht", "Losse loketten", "website; balie", "Afweging, Actie"],
]


def _workbook(path: Path) -> Path:
    canvas: dict[str, object] = {"A1": "Klantreis", "B1": "Verhuizen naar onze gemeente", "A3": "Fase"}
    canvas |= {f"{chr(66 + i)}3": phase for i, phase in enumerate(PHASES)}
    for row, (label, cells) in enumerate(LANES.items(), start=4):
        canvas[f"A{row}"] = label
        canvas |= {f"{chr(66 + i)}{row}": cell for i, cell in enumerate(cells) if cell != ""}
    personas = {
        f"{chr(65 + col)}{row}": value for row, line in enumerate(PERSONAS, 1) for col, value in enumerate(line)
    }
    return make_book(path, {"Ideaal": canvas, "Personas": personas})


def _words_in(words: list[PlacedWord], x0: float, x1: float, y0: float, y1: float) -> list[PlacedWord]:
    """The words whose middle lies in the box."""
    return [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= (w.y0 + w.y1) / 2 <= y1]


def test_every_lane_label_is_printed_inside_its_row_on_a_full_page(tmp_path: Path) -> None:
    pdf, layout = build_poster_laid(_workbook(tmp_path / "verhuizen.xlsx"), tmp_path / "out", "A2")
    pages = placed_words(pdf)
    checked = 0
    for number, (page, words) in enumerate(zip(layout.pages, pages, strict=True), start=1):
        if page.kind != "poster":
            continue
        for block in page.blocks:
            label = " ".join(line.text for line in block.lines)
            if block.tag != "H3" or label not in LANES:
                continue
            box = block.box
            size = block.lines[0].size
            held = _words_in(words, box.x, box.right, box.y, box.bottom)  # a line it did not hold: over the next
            assert " ".join(w.text for w in held) == label, (
                f"page {number}: the row of {label!r} holds {' '.join(w.text for w in held)!r}"
            )
            for word in held:  # its descenders within the row's padding (half the body size: a label is no smaller)
                assert word.y1 <= box.bottom + 0.5 * size, (
                    f"page {number}: {word.text!r} of {label!r} ends at {word.y1:.1f}, under its row ({box.bottom:.1f})"
                )
            checked += 1
    assert checked >= len(LANES) - 1  # the score row is the curve's, under its own label


@pytest.mark.parametrize(
    ("heights", "floors", "expected"),
    [
        ([50, 50, 50], [20, 80, 40], [27.5, 80, 42.5]),  # the short row's lack taken from the others, by their spare
        ([50, 50], [40, 40], [50, 50]),  # every row holds its label: as they are
        ([50, 50], [60, 45], [50, 50]),  # not that much spare: as they are (the label is set to fit instead)
    ],
)
def test_a_squeezed_row_is_raised_to_its_labels_height(
    heights: list[float], floors: list[float], expected: list[float]
) -> None:
    assert at_least(heights, floors) == pytest.approx(expected)
