"""A ``--metrics`` CSV's figures of one mark before three digits ("1,200", "1.500") are twelve hundred in one
language and a decimal in another (hostile round 24). They were read in the canvas's language whatever the file
wrote beside them: an English GA4 export beside a Dutch canvas read "1,200" visitors as 1,2 next to its own
"€1,200.50", silently. The export's own figures that show their decimal mark decide, said in ``check
--explain``; where none shows it the canvas's language reads them, warned at the line with how to write it."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.pipeline import read
from tests.support.cli import run_clean
from tests.support.workbooks import make_book

_NL = {
    "A1": "Fase",
    "B1": "Bewustwording",
    "C1": "Aanvraag",
    "A2": "Klantactiviteiten",
    "B2": "Ziet een advertentie",
    "C2": "Vult het formulier in",
    "A3": "Pijnpunten",
    "B3": "Weet niet wat het kost",
    "C3": "Formulier te lang",
}
_EN = {
    "A1": "Phase",
    "B1": "Bewustwording",
    "C1": "Aanvraag",
    "A2": "Customer actions",
    "B2": "Sees an advert",
    "C2": "Fills in the form",
    "A3": "Pain points",
    "B3": "Does not know the price",
    "C3": "Form too long",
}


def _values(canvas_cells: dict[str, object], export: str, folder: Path) -> dict[str, float]:
    path = make_book(folder / "reis.xlsx", {"Reis": canvas_cells})
    csv = folder / "export.csv"
    csv.write_text(export, encoding="utf-8")
    return {m.name.text: m.value for m in read(path, csv).metrics}


def test_an_english_export_beside_a_dutch_canvas_reads_its_thousands(tmp_path: Path) -> None:
    export = 'Phase,Metric,Value,Target\nBewustwording,Visitors,"1,200","1,500"\nAanvraag,Revenue,"€1,200.50",\n'
    values = _values(_NL, export, tmp_path)
    assert values["Visitors"] == pytest.approx(1200)  # was 1.2: the Dutch canvas's decimal comma
    assert values["Revenue"] == pytest.approx(1200.5)
    code, out, _ = run_clean("check", "--explain", "--metrics", tmp_path / "export.csv", tmp_path / "reis.xlsx")
    assert code == 0
    assert (
        "export.csv: its figures write a decimal point ('€1,200.50', line 3), so '1,200' (line 2), '1,500' (line 2) "
        "are read with a decimal point too ('1,200' as 1200)" in " ".join(out.split())
    )


def test_a_dutch_export_beside_an_english_canvas_reads_its_thousands(tmp_path: Path) -> None:
    export = "Fase;Metriek;Waarde\nBewustwording;Bezoekers;1.200\nAanvraag;Conversie;37,5%\n"
    values = _values(_EN, export, tmp_path)
    assert values["Bezoekers"] == pytest.approx(1200)  # was 1.2: the English canvas's decimal point
    assert values["Conversie"] == pytest.approx(37.5)


def test_an_export_that_shows_no_decimal_mark_is_read_in_the_canvas_language_and_warned(tmp_path: Path) -> None:
    export = "Fase;Metriek;Waarde\nBewustwording;Bezoekers;1.200\nAanvraag;Aanvragen;1.500\n"
    values = _values(_NL, export, tmp_path)
    assert values == {"Bezoekers": pytest.approx(1200), "Aanvragen": pytest.approx(1500)}
    code, out, _ = run_clean("check", "--metrics", tmp_path / "export.csv", tmp_path / "reis.xlsx")
    assert code == 0
    assert (
        "export.csv: line 2: '1.200' (line 2), '1.500' (line 3) read with the canvas's language's decimal comma "
        "('1.200' as 1200, not 1.2): no figure of the file shows its decimal mark — if it means 1.2, write '1.2'"
        in " ".join(out.split())
    )


def test_money_and_unambiguous_figures_say_nothing(tmp_path: Path) -> None:
    """'€ 1.250' is twelve hundred and fifty in every language (cents come in twos): nothing to decide or say."""
    export = "Fase;Metriek;Waarde\nBewustwording;Omzet;€ 1.250\nAanvraag;Bezoekers;1200\n"
    assert _values(_NL, export, tmp_path) == {"Omzet": pytest.approx(1250), "Bezoekers": pytest.approx(1200)}
    code, out, _ = run_clean("check", "--explain", "--metrics", tmp_path / "export.csv", tmp_path / "reis.xlsx")
    assert code == 0 and "decimal" not in out
