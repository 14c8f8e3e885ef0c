"""A canvas clearly written in a language canvasgen has no words of its own for (Portuguese) has its long
words broken by that language's rules when the poster's type is chosen, as a Dutch or English one has: one
unbroken 12-letter word ("Empreendedor") held every page of a map of many short steps at the least size,
its lanes two thirds empty (F24)."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import build_poster_laid
from tests.support.read_back import pdfium_text, squeeze
from tests.support.workbooks import make_book

STEPS = ["Cadastro", "Envio de dados", "Análise", "Consulta", "Revisão", "Aprovação", "Contrato", "Pagamento"]
STEPS += ["Entrega", "Suporte", "Renovação", "Avaliação", "Indicação", "Encerramento", "Auditoria", "Cobrança"]
STEPS += ["Reunião", "Relatório", "Treinamento", "Migração", "Integração", "Expansão"]
WHO = ["Administrador", "Contador", "Fornecedor"]


def _many_short_steps(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Persona", "B1": "Etapa", "C1": "Ações do Usuário", "D1": "Dores"}
    for row, step in enumerate(STEPS, start=2):
        cells[f"A{row}"] = WHO[row % len(WHO)]
        cells[f"B{row}"] = step
        cells[f"C{row}"] = f"O usuário não faz o passo {row - 1} sem uma ajuda do sistema"
        if row % 3 == 0:
            cells[f"D{row}"] = "Processo ainda manual e lento para a equipe"
    return make_book(path, {"Planilha1": cells})


def test_long_words_break_by_their_language_so_the_type_grows(tmp_path: Path) -> None:
    pdf, layout = build_poster_laid(_many_short_steps(tmp_path / "etapas.xlsx"), tmp_path / "out")
    # short cells over a page's height: the type grows, not held near the floor by one long word
    assert min(layout.body_sizes) >= layout.min_size * 1.2
    said = squeeze(pdfium_text(pdf))
    for word in [*WHO, *STEPS, "O usuário não faz o passo 1 sem uma ajuda do sistema"]:
        assert squeeze(word) in said  # every word printed, a broken one whole once its hyphen is read away
