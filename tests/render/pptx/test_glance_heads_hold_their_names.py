"""The glance slide's phase tabs hold their names (F29, #31): a name of four lines at the floor size makes the
tab row as tall as it needs (it ran out of its coloured tab onto the row under it); a cell's words joined by a
slash ("Empreendedor/Analista") break after the slash, not inside a word. Read back out of the PPTX: the
tabs' geometry against the name's lines in Carlito (Calibri's metrics), the rows under the tabs, the text."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.frames import INSET, WRAP_SLACK
from canvasgen.layout.text.setter import LEADING, Setter
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

LONG = "Cadastro e Manutenção de Usuários e Permissões"
NAMES = ["Setup Cadastro", "Setup Documentos", "Gestão de Documentos", "Busca automática", LONG, "Obtenção de dados"]
JOINED = "Empreendedor/Analista de Licitações"


def test_a_long_phase_name_keeps_inside_its_tab(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A3": "Etapa", "A4": "Persona", "A5": "Ações do Usuário"}
    for i, name in enumerate(NAMES):
        column = "BCDEFG"[i]
        cells |= {f"{column}3": name, f"{column}4": JOINED, f"{column}5": f"Preenche o passo {i + 1} no sistema"}
    book = make_book(tmp_path / "glance.xlsx", {"Jornada": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "en", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "glance.pptx"))
    (glance,) = [s for s in deck.slides if title_of(s) == "The journey at a glance"]
    tabs = [sh for sh in glance.shapes if sh.name.startswith("glance phase")]
    assert [t.text_frame.text for t in tabs] == NAMES
    setter = Setter(deck_fonts())
    for tab in tabs:
        size = tab.text_frame.paragraphs[0].runs[0].font.size.pt
        width = (tab.width / 12700 - 2 * INSET) * WRAP_SLACK
        lines = setter.line_count(tab.text_frame.text, width, "heading", size)
        assert tab.height / 12700 >= lines * size * LEADING + 2 * INSET - 0.5, (tab.text_frame.text, lines, size)
    (long_tab,) = [t for t in tabs if t.text_frame.text == LONG]
    assert setter.line_count(LONG, (long_tab.width / 12700 - 2 * INSET) * WRAP_SLACK, "heading", 16) >= 4
    below = [sh for sh in glance.shapes if sh.name.startswith(("glance lane", "glance items"))]
    assert all(sh.top >= long_tab.top + long_tab.height for sh in below)  # the rows start under the tallest name
    cells_text = [sh.text_frame.text for sh in glance.shapes if sh.name.startswith("glance items")]
    joined = [t for t in cells_text if t.startswith("Empreendedor/")]
    assert joined and all(t.startswith("Empreendedor/\u200bAnalista") for t in joined), joined
