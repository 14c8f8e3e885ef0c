"""A journey's phase names are set at one size on every page of the poster, never smaller than the text
under them: shrunk to each page's longest name word, a 21-phase canvas at A1 had 19 pt names on page 1
("Armazenamento") and 22.3 pt on page 2, over 25.8 pt cells and 27 pt lane labels (#34). A word too long
for its column at that size is hyphenated, as a cell's is; no letter of it is lost."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import Page
from tests.support.layouts import assert_inside, poster
from tests.support.workbooks import make_book

PHASES = [
    "Cadastro inicial",
    "Armazenamento",
    "Oportunidades",
    "Habilitação",
    "Monitoramento",
    "Leitura do edital",
    "Proposta",
    "Disputa",
    "Recurso",
    "Homologação",
    "Contrato",
    "Entrega",
    "Faturamento",
    "Renovação",
    "Consulta",
    "Análise",
    "Cruzamento",
    "Detalhamento",
    "Filtro",
    "Envio",
    "Encerramento",
]


def _book(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Ações do cliente", "A3": "Pontos de contato", "A4": "Dores"}
    for i, name in enumerate(PHASES):
        column = chr(ord("B") + i) if i < 25 else "A" + chr(ord("A") + i - 25)
        cells[f"{column}1"] = name
        cells[f"{column}2"] = f"O cliente faz o passo {i + 1} com apoio do sistema"
        cells[f"{column}3"] = f"Tela {i + 1}"
        cells[f"{column}4"] = "Processo ainda manual" if i % 3 == 0 else ""
    return make_book(path, {"Jornada": cells})


def _phase_names(page: Page) -> list[tuple[str, float]]:
    """The page's phase names, line by line, with their sizes."""
    return [
        (line.text, line.size)
        for block in page.blocks
        if block.tag == "H2" and len(block.order) == 3 and block.order[2] == -1
        for line in block.lines
    ]


def test_phase_names_are_one_size_on_every_page_and_no_smaller_than_the_cells(tmp_path: Path) -> None:
    layout = poster(_book(tmp_path / "long.xlsx"), "A1")
    pages = [page for page in layout.pages if _phase_names(page)]
    assert len(pages) == 1  # 21 phases in two parts, one above the other on one A1 sheet (#31, round 24)
    sizes = {round(size, 1) for page in pages for _, size in _phase_names(page)}
    assert len(sizes) == 1, sizes
    (name_size,) = sizes
    body = max(line.size for page in pages for block in page.blocks if block.tag == "P" for line in block.lines)
    labels = {
        round(line.size, 1) for page in pages for block in page.blocks if block.tag == "H3" for line in block.lines
    }
    assert name_size >= max(labels) - 0.05 and name_size >= body - 0.05, (name_size, labels, body)
    # every letter of every name is there, a long one hyphenated rather than shrunk
    written = (
        "".join(text for page in pages for text, _ in _phase_names(page))
        .replace("\xad", "")
        .replace("-", "")
        .replace(" ", "")
    )
    assert written == "".join(PHASES).replace(" ", "")
    assert_inside(layout)
