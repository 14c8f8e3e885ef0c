"""A canvas written in a language canvasgen has no words of its own for (Portuguese): the deck's own words
are in English, said once in a warning, never its neighbour's (Spanish, whose lane labels such as
"Oportunidades" Portuguese shares); the team's own labels and questions stay as written."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.read_back import shape_texts, title_of
from tests.support.workbooks import make_book

PHASES = ("Descoberta", "Pesquisa", "Compra", "Entrega")


def _portuguese(path: Path) -> Path:
    rows = (
        ("Fase", *PHASES),
        ("O que o cliente faz?", "vê um anúncio", "compara preços em três lojas", "paga com Pix", "espera a entrega"),
        ("Pontos de contato", "Instagram", "site", "app", "transportadora"),
        ("Pontos de dor", "", "frete caro, não há rastreio", "", "sem rastreio e a entrega está atrasada"),
        ("Oportunidades", "", "frete grátis para você", "", "rastreio pelo WhatsApp também"),
        ("Emoção", 1, 0, 1, -1),
    )
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=3) for col, value in zip("ABCDE", row) if value}
    return make_book(path, {"Jornada": {"A1": "Jornada do cliente", **cells}})


def test_a_portuguese_canvas_gets_english_words_said_not_spanish(tmp_path: Path) -> None:
    code, out, err = run_clean("build", _portuguese(tmp_path / "jornada.xlsx"), "-o", tmp_path / "out")
    assert code == 0, err
    said = out + err
    assert "written in Portuguese" in said and "are in English" in said and "--lang" in said
    slides = list(Presentation(str(tmp_path / "out" / "jornada.pptx")).slides)
    titles = [title_of(s) for s in slides]
    assert "The journey at a glance" in titles and "Pain points and opportunities" in titles
    text = " ".join(t for s in slides for sh in s.shapes for t in shape_texts(sh))
    assert "¿" not in text and "Oportunidades de mejora" not in text  # no Spanish words of ours
    exercise = next(s for s in slides if title_of(s).startswith("Exercise · "))
    asked = [t for sh in exercise.shapes if sh.name != "title" for t in shape_texts(sh) if t]
    assert "O que o cliente faz?" in " ".join(asked)  # the team's own question, as written
