"""A correction is the user's last word on a lane: ``--lane 'Cijfer=custom'`` makes a row of numbers
text (no score row by its content, its numbers kept as items, never merged into the curve with another
lane's faces); a correction that cannot be applied is warned, never silently dropped; and where the
phases run down, the lane whose words give the scores is said as where they run across (#27, a hostile
tester's w13b, w1d_down and w15_across workbooks, made here with other phases and words)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.model import CUSTOM_LANE, RoleBy
from canvasgen.read.corrections import from_options
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

PHASES = ("Fase", "Ontdekken", "Aanvragen", "Wachten", "Ontvangen")
DOES = ("Wat doet de klant?", "Zoekt info", "Vult formulier in", "Belt op", "Pakt uit")
FACES = ("Emoties, rapportcijfer", "😊", "😟", "😐", "😀")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_row_of_numbers_corrected_to_custom_is_text_and_its_numbers_are_no_scores(tmp_path: Path) -> None:
    path = rows_canvas(tmp_path / "rapport.xlsx", [PHASES, DOES, ("Rapportcijfer", 6, 4, 8, 7), FACES])
    code, out, _ = run_clean("check", path, "--lane", "Rapportcijfer=custom")
    flat = _flat(out)
    assert code == 0
    assert "lane 'Rapportcijfer' [custom, corrected: shown as an extra lane]: 4 items" in flat
    assert "if it is text: --lane 'Rapportcijfer=custom'" not in flat  # the advice it took is not repeated
    # the numbers are text; the faces alone give the scores, said with their lane, never averaged with them
    assert (
        "scores on -2..+2 (from lane 'Emoties, rapportcijfer'): Ontdekken +1, Aanvragen -1, Wachten 0, Ontvangen +2"
        in flat
    )
    assert "averaged" not in flat
    corrections = from_options(None, None, None, ("Rapportcijfer=custom",))
    journey = read_canvas(path, corrections).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Rapportcijfer")
    assert (lane.kind, lane.role_by) == (CUSTOM_LANE, RoleBy.CORRECTED)
    assert [[i.text for i in cell] for cell in lane.cells] == [["6"], ["4"], ["8"], ["7"]]
    assert [len(phase) for phase in journey.scores] == [1, 1, 1, 1]


def test_a_correction_the_reader_cannot_apply_is_warned(tmp_path: Path) -> None:
    mermaid = tmp_path / "fiets.mmd"
    mermaid.write_text(
        "journey\n  title Fiets bestellen\n  section Ontdekken\n    Ziet advertentie: 3: Klant\n"
        "  section Kopen\n    Bestelt: 4: Klant\n",
        encoding="utf-8",
    )
    # the lanes canvasgen names are in the language of its words on this Dutch poster (round 17, F11): 'Actoren'
    code, out, _ = run_clean("check", mermaid, "--lane", "Actoren=customer")
    assert code == 0
    assert (
        "the correction --lane 'Actoren=customer' in the command line could not be applied: lane 'Actoren' is "
        "read as custom (no role)"
    ) in _flat(out)


def test_the_lane_whose_words_give_the_scores_is_said_down_as_across(tmp_path: Path) -> None:
    rows = [PHASES, DOES, ("Beleving", "😊", "😐", "matig", ":("), ("Notitie", "vlot", "onduidelijk", "lang", "prima")]
    said = {}
    for down in (False, True):
        path = rows_canvas(tmp_path / f"beleving-{down}.xlsx", rows, down=down)
        _, out, _ = run_clean("check", path)
        _, explained, _ = run_clean("check", path, "--explain")
        line = "column C" if down else "row 5"
        assert (
            f"{line} ('Beleving') holds score words (😊, 😐, matig, :(): read as scores, the words kept in the lane"
            in (_flat(explained))
        ), down
        said[down] = next(x.strip() for x in out.splitlines() if x.strip().startswith("scores on"))
    assert (
        said[True]
        == said[False]
        == "scores on -2..+2 (from lane 'Beleving'): Ontdekken +1, Aanvragen 0, Wachten 0 (matig), Ontvangen -1"
    )
