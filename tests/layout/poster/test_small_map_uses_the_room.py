"""A small map (three phases of short cells) set at the usual largest body size (27 pt at A1) left most of
an A1 sheet empty (#31, round 17): its body grows one step on the poster's type scale (36 pt at A1), its
phase names with it, read back from the PDF; a map of more phases only where its rows are that roomy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.read_back import sized_runs
from tests.support.workbooks import Cells, make_book

COLUMNS = "BCDEFG"
ACTIONS = [
    "Zoekt een fiets",
    "Vraagt offerte aan",
    "Haalt de fiets op",
    "Fietst naar het werk",
    "Verlengt",
    "Raadt aan",
]
PHASES = ["Oriëntatie", "Aanvraag", "Levering", "Gebruik", "Verlenging", "Advies"]
PAINS = ["Veel keuze", "Lang wachten", "Geen afspraak", "Lekke band", "Onduidelijk", "Geen korting"]


def _map(folder: Path, phases: int) -> Path:
    cells: Cells = {"A1": "Klantreis fietslease", "A3": "Fase", "A4": "Klantacties", "A5": "Pijnpunten"}
    for i, column in enumerate(COLUMNS[:phases]):
        cells |= {f"{column}3": PHASES[i], f"{column}4": ACTIONS[i], f"{column}5": PAINS[i]}
    return make_book(folder / f"fiets-{phases}.xlsx", {"Klantreis": cells})


def _sizes(folder: Path, phases: int) -> dict[str, float]:
    """Each text of the poster's first page and its size, and the page count under "pages"."""
    options = BuildOptions(folder, parse_paper("A1"), PrintOptions(), "nl", dt.date(2026, 1, 1), pptx=False)
    pdf = run(_map(folder, phases), options).pdf
    found = {r.text.lstrip("• "): r.size for r in sized_runs(pdf)[0]}
    return found | {"pages": float(len(PdfReader(pdf).pages))}


def test_a_small_map_grows_its_body_and_phase_names_one_step(tmp_path: Path) -> None:
    small = _sizes(tmp_path, 3)
    assert small["pages"] == 1
    assert all(round(small[text]) == 36 for text in ACTIONS[:3] + PAINS[:3] + ["Klantacties", "Pijnpunten"])
    # grown with it, never under the cells (round 18: 31.2 pt names over 36 pt cells read weaker than them)
    assert all(round(small[name]) >= 36 for name in PHASES[:3])


def test_a_roomy_map_of_more_phases_grows_as_a_small_one(tmp_path: Path) -> None:
    """Six phases of short cells fill under half of their rows at 27 pt: they grow one step too (F24/F27, round
    19), rather than leaving rows three times taller than their lines; never past the step (36 pt at A1)."""
    wide = _sizes(tmp_path, 6)
    # the cells' runs (a grown cell wraps: "Vraagt offerte" / "aan")
    cells = [size for text, size in wide.items() if text and any(text in cell for cell in ACTIONS + PAINS)]
    body = max(cells)
    assert 27.5 < body <= 36.1 and min(cells) == body
    assert all(body - 0.01 <= wide[name] for name in PHASES)  # the phase names at least the body's size
