"""Round 19 (F7): a canvas with no label of a language and only a few common words, all Spanish, got
English headings beside its Spanish phases: it is written in Spanish now, said with the --lang that
chooses another."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import make_book


def test_a_few_spanish_words_and_none_of_another_language_choose_spanish(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Mapa", "A3": "Etapa 0"}
    phases = ("Conocernos en redes sociales", "Evaluación del hogar", "Instalación en casa")
    texts = ("Ver los anuncios", "Visita del técnico", "Paneles en su casa")
    for column, phase, text in zip("BCD", phases, texts):
        cells |= {f"{column}3": phase, f"{column}4": text, f"{column}5": 7}
    cells |= {"A4": "Q1", "A5": "Puntos"}
    path = make_book(tmp_path / "agua.xlsx", {"Hoja1": cells})
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0, out
    assert "canvasgen's own words (headings, prompts) are in Spanish" in out
    assert "--lang nl (Dutch), en (English)" in out  # the correction, said
