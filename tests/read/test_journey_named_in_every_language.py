"""A journey's label beside its name in the first row ("Viaje del cliente | Alquilar una bici", round 24, hostile
tester) named the journey in Dutch and English only: the Spanish, German and French labels were not known, so the
canvas was called after its sheet and the client's name for it was lost from the title. Every language canvasgen
knows names the journey alike, in two cells and in one ("Parcours client : Louer un vélo")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_CANVASES = {
    "nl": ("Klantreis", "Een bakfiets huren", ("Fase", "Zoeken", "Boeken"), ("Pijnpunten", "Prijs vaag", "App traag")),
    "en": ("Customer journey", "Renting a cargo bike", ("Phase", "Search", "Book"), ("Pain points", "Vague", "Slow")),
    "de": (
        "Kundenreise",
        "Ein Lastenrad mieten",
        ("Phase", "Suchen", "Buchen"),
        ("Schmerzpunkte", "Unklar", "Langsam"),
    ),
    "fr": (
        "Parcours client",
        "Louer un vélo cargo",
        ("Phase", "Chercher", "Réserver"),
        ("Points de douleur", "Flou", "Lent"),
    ),
    "es": (
        "Viaje del cliente",
        "Alquilar una bici de carga",
        ("Fase", "Buscar", "Reservar"),
        ("Puntos de dolor", "Confuso", "Lenta"),
    ),
}


def _book(path: Path, first_row: tuple[str, ...], phases: tuple[str, ...], lane: tuple[str, ...]) -> Path:
    cells: dict[str, object] = {f"{col}1": text for col, text in zip("AB", first_row, strict=False)}
    cells |= {f"{col}3": text for col, text in zip("ABC", phases, strict=True)}
    cells |= {f"{col}4": text for col, text in zip("ABC", lane, strict=True)}
    return make_book(path, {"Blad1": cells})


@pytest.mark.parametrize("language", list(_CANVASES))
def test_the_label_beside_the_name_names_the_journey(tmp_path: Path, language: str) -> None:
    label, name, phases, lane = _CANVASES[language]
    canvas = read_canvas(_book(tmp_path / f"{language}.xlsx", (label, name), phases, lane))
    (journey,) = canvas.journeys
    assert journey.name == name  # was the sheet's default, 'Canvas' in a language's own word, for de/fr/es


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_label_and_name_in_one_cell_name_the_journey(tmp_path: Path, language: str) -> None:
    label, name, phases, lane = _CANVASES[language]
    canvas = read_canvas(_book(tmp_path / f"{language}.xlsx", (f"{label}: {name}",), phases, lane))
    (journey,) = canvas.journeys
    assert journey.name == name
