"""The language of canvasgen's own words on the poster, deck and kit follows the canvas's own words: its lane
labels in any of canvasgen's languages (not only its template's), its phases and its text; a canvas whose
words point at two languages, or at none, has the choice said with ``--lang`` (round 13, H16 and H18: French,
Spanish and a German CSV got English, a Dutch canvas with two German lane labels German, unsaid)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.words import KIT_WORDS, POSTER_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import pdftotext
from tests.support.workbooks import make_book

Rows = tuple[tuple[str, ...], ...]

FRENCH: Rows = (
    ("Phase", "Découvrir", "Acheter", "Utiliser"),
    ("Douleurs", "trop de choix", "prix flou", "notice perdue"),
    ("Ressenti", "curieux", "inquiet", "content"),
    ("Pensées", "Est-ce utile ?", "Est-ce sûr ?", "Comment ?"),
    ("Freins", "délai", "livraison", "SAV"),
)
SPANISH: Rows = (
    ("Fase", "Descubrir", "Comprar", "Usar"),
    ("Puntos de dolor", "demasiadas opciones", "precio poco claro", "manual perdido"),
    ("Sentimientos", "curioso", "inquieto", "contento"),
    ("Piensa", "¿Sirve?", "¿Es seguro?", "¿Cómo?"),
    ("Frustraciones", "espera", "envío", "soporte"),
)
#: A Dutch canvas: its phases, its customer's lane and its text Dutch; two lanes headed in German.
DUTCH_WITH_GERMAN_LANES: Rows = (
    ("Fase", "Oriënteren", "Kopen", "Gebruiken"),
    ("Klantacties", "zoekt een installateur voor de klant", "vraagt een offerte aan bij het bedrijf", "belt met de"),
    ("Schmerzpunkte", "het is niet duidelijk wat het kost", "de offerte is te laat", "er is geen handleiding"),
    ("Gedanken", "is dit wel een goede keuze?", "wat kost het met de btw?", "werkt het ook bij regen?"),
)


def _book(path: Path, rows: Rows) -> Path:
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=1) for col, value in zip("ABCD", row) if value}
    return make_book(path, {"Canvas": cells})


def _built(source: Path, out: Path) -> tuple[str, str]:
    """The build's poster text and what the build said."""
    code, said, err = run_clean("build", source, "-o", out, "--size", "A3")
    assert code == 0, said + err
    return " ".join(pdftotext(out / f"{source.stem}.pdf").split()), " ".join((said + err).split())


@pytest.mark.parametrize(("rows", "language"), [(FRENCH, "fr"), (SPANISH, "es")])
def test_a_canvas_labelled_in_french_or_spanish_gets_a_poster_in_its_language(
    tmp_path: Path, rows: Rows, language: str
) -> None:
    poster, said = _built(_book(tmp_path / "canvas.xlsx", rows), tmp_path / "out")
    assert POSTER_WORDS[language]["generated"] in poster  # the footer's own words (white label: no product word)
    assert POSTER_WORDS["en"]["generated"] not in poster
    assert "mixes languages" not in said and "does not say its language" not in said  # its labels say it
    code, explained, _ = run_clean("check", "--explain", tmp_path / "canvas.xlsx")
    assert code == 0
    assert "own words (headings, prompts) are in " + {"fr": "French", "es": "Spanish"}[language] in explained


def test_a_german_csv_gets_a_german_poster_and_kit(tmp_path: Path) -> None:
    csv = tmp_path / "worte.csv"
    csv.write_text(
        "Phase;Informieren;Vergleichen;Kaufen;Nutzen\n"
        "Aktionen;sucht im Netz;liest Tests;bestellt online;packt aus\n"
        "Bewertung;schlecht;neutral;gut;sehr gut\n"
        "Gefühl;frustriert;unsicher;froh;zufrieden\n",
        encoding="utf-8",
    )
    poster, _ = _built(csv, tmp_path / "out")
    assert POSTER_WORDS["de"]["generated"] in poster and POSTER_WORDS["en"]["generated"] not in poster
    code, said, err = run_clean("kit", csv, "-o", tmp_path / "kit")
    assert code == 0, said + err
    sheet = openpyxl.load_workbook(tmp_path / "kit" / "worte-changes.xlsx").worksheets[0]
    headers = [cell.value for row in sheet.iter_rows(max_row=12) for cell in row if cell.value]
    assert KIT_WORDS["de"]["col_new"] in headers and KIT_WORDS["en"]["col_new"] not in headers


def test_a_dutch_canvas_with_two_german_lane_labels_stays_dutch_and_says_so(tmp_path: Path) -> None:
    poster, said = _built(_book(tmp_path / "reis.xlsx", DUTCH_WITH_GERMAN_LANES), tmp_path / "out")
    assert POSTER_WORDS["nl"]["generated"] in poster and POSTER_WORDS["de"]["generated"] not in poster
    assert "mixes languages" in said and "'Schmerzpunkte'" in said and "--lang de writes them in German" in said


def test_a_dutch_lane_label_without_a_phase_corner_gets_a_dutch_poster(tmp_path: Path) -> None:
    rows: Rows = (
        ("", "Oriënteren", "Kopen", "Gebruiken"),
        ("Klantacties", "Zoeken", "Vergelijken", "Installeren"),
        ("Score", "3", "2", "4"),
    )
    poster, said = _built(_book(tmp_path / "stappen.xlsx", rows), tmp_path / "out")
    assert POSTER_WORDS["nl"]["generated"] in poster and POSTER_WORDS["en"]["generated"] not in poster
    assert "mixes languages" not in said and "does not say its language" not in said  # 'Klantacties' is Dutch


def test_a_canvas_of_no_language_canvasgen_knows_is_said_to_be_english_with_the_correction(tmp_path: Path) -> None:
    rows: Rows = (
        ("Fasi", "Scoperta", "Acquisto", "Utilizzo"),
        ("Azioni cliente", "cerca", "ordina", "usa"),
        ("Emozioni", "curioso", "ansioso", "felice"),
    )
    code, said, err = run_clean("check", _book(tmp_path / "viaggio.xlsx", rows))
    assert code == 0, said + err
    flat = " ".join((said + err).split())
    assert "does not say its language" in flat and "are in English" in flat and "--lang nl (Dutch)" in flat
