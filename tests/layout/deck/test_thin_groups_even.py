"""Many thin phases share slides evenly (#31, F1/F35): up to four a slide in groups as even as they can be
(11 thin phases: 4, 4, 3, not 2, 1, 3, 3, 2), every group a slide of columns (also a group of one); a dense
phase among them a slide of its own of the usual kind (with the phase strip). Read back from the PPTX."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation

from tests.support.layouts import build_deck
from tests.support.read_back import title_of
from tests.support.workbooks import rows_canvas

#: Eleven phases of a rental-housing journey, one to three words each (a team's wall of sticky notes).
PHASES = (
    "Zoeken",
    "Inschrijven",
    "Reageren",
    "Loting",
    "Uitnodiging",
    "Bezichtigen",
    "Gesprek",
    "Toewijzing",
    "Contract",
    "Sleutel",
    "Wonen",
)

LONG = " ".join(
    f"Stap {n}: de huurder leest de voorwaarden, vult het formulier opnieuw in en belt de corporatie." for n in range(9)
)


def _deck(folder: Path, dense: tuple[int, ...] = ()) -> list:  # type: ignore[type-arg]
    """The slides of the eleven-phase canvas's deck; the phases of ``dense`` (0-based) hold a long cell."""
    does = [LONG if i in dense else f"{phase} online" for i, phase in enumerate(PHASES)]
    rows: list[tuple[object, ...]] = [
        ("Fase", *PHASES),
        ("Wat doet de klant?", *does),
        ("Contactmoment", *(f"Site {i + 1}" for i in range(len(PHASES)))),
        ("Pijnpunten", *(f"Wacht {i + 1}" for i in range(len(PHASES)))),
    ]
    path = rows_canvas(folder / "huren.xlsx", rows, title="Huurwoning")
    return list(Presentation(str(build_deck(path, folder / "out"))).slides)


def _phase_slides(slides: list) -> list:  # type: ignore[type-arg]
    return [s for s in slides if re.match(r"Fase \d+(–\d+)?/11", title_of(s))]


def _tabs(slide) -> list[str]:  # type: ignore[no-untyped-def]
    """The phase names on the tabs of a slide of several phases, in order."""
    tabs = sorted((s for s in slide.shapes if s.name.startswith("phase tab ")), key=lambda s: s.left)
    return [s.text_frame.text for s in tabs]


def _strip(slide) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [s for s in slide.shapes if s.name.startswith("phase strip")]


def test_eleven_thin_phases_are_four_four_three(tmp_path: Path) -> None:
    slides = _phase_slides(_deck(tmp_path))
    assert [title_of(s) for s in slides] == ["Fase 1–4/11", "Fase 5–8/11", "Fase 9–11/11"]  # was 3, 3, 3, 2
    assert [len(_tabs(s)) for s in slides] == [4, 4, 3]
    assert [name for s in slides for name in _tabs(s)] == list(PHASES)  # every phase, in order, once
    assert not any(_strip(s) for s in slides)  # one look: columns under tabs, no strip


def test_a_dense_phase_has_its_own_slide_and_a_lone_thin_one_stays_a_column(tmp_path: Path) -> None:
    slides = _phase_slides(_deck(tmp_path, dense=(2, 4)))
    titles = [title_of(s) for s in slides]
    own = [s for s in slides if _strip(s)]  # the usual kind: the phase strip, the phase's name in the title
    assert [title_of(s).split(" · ")[-1] for s in own if "(" not in title_of(s)] == ["Reageren", "Uitnodiging"]
    assert all("–" not in title_of(s) for s in own)
    grouped = [s for s in slides if not _strip(s)]
    assert [_tabs(s) for s in grouped] == [
        ["Zoeken", "Inschrijven"],
        ["Loting"],  # between two dense phases: a slide of one column, as the other groups look
        ["Bezichtigen", "Gesprek", "Toewijzing"],
        ["Contract", "Sleutel", "Wonen"],  # six thin phases after the dense one: 3, 3, not 4, 2
    ]
    assert "Fase 4/11" in titles
