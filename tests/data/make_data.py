"""Write the look-alike workbooks in tests/data/: the shapes of the real-world corpus, with our own text.

The real spreadsheets in ../shared/corpus/real come from public repositories without a licence
that allows copying them here, so the repository's own tests use look-alikes: the same layout
(where the table starts, merges, a second table, blank rows, dividers), our own words.
Run: .venv/bin/python tests/data/make_data.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def touchpoint_analysis(path: Path) -> None:
    """Long form from B4, one row per touchpoint, the stage repeated; a priority table lower down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    header = ["Journey Stage", "Touchpoint", "Channel", "Customer Interaction", "Pain Point", "Importance", "KPI"]
    rows = [
        ("Discover", "Podcast spot", "Audio", "Hears about the bikes", "Easily forgotten", "Medium", "Reach"),
        ("Discover", "Street poster", "Outdoor", "Sees a bike at a tram stop", "No address on it", "Low", "Recall"),
        ("Compare", "Review site", "Web", "Reads two test reports", "Reports contradict", "High", "Visits"),
        ("Compare", "Test ride", "Store", "Rides around the block", "Queue on Saturdays", "High", "Rides"),
        ("Buy", "Checkout", "Web", "Pays in three terms", "Card refused once", "High", "Conversion"),
        ("Ride", "Service app", "App", "Books a repair", "Slots fill up fast", "Medium", "Bookings"),
        ("Ride", "Repair shop", "Store", "Drops the bike off", "No loan bike", "Medium", "Repairs"),
        ("Recommend", "Referral code", "App", "Shares a discount", "Code hard to find", "Low", "Referrals"),
    ]
    for j, text in enumerate(header):
        ws.cell(4, 2 + j, text)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            ws.cell(5 + i, 2 + j, text)
    # A second table with no stage column: it stays notes, with a warning naming its cells.
    for j, text in enumerate(["Touchpoint", "Priority Score", "Impact"]):
        ws.cell(20, 4 + j, text)
    priorities = [("Checkout", 5, "High"), ("Test ride", 4, "High"), ("Podcast spot", 2, "Low")]
    for i, (name, score, impact) in enumerate(priorities):
        ws.cell(21 + i, 4, name)
        ws.cell(21 + i, 5, score)
        ws.cell(21 + i, 6, impact)
    wb.save(path)


def long_many_stages(path: Path) -> None:
    """Portuguese long form: persona and stage columns, stages repeated, a blank row, many stages, a divider."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Planilha1"
    for j, text in enumerate(["Persona", "Etapa/Fase", "Ações do Usuário", "Ponto de Contato", "Dores"]):
        ws.cell(1, 2 + j, text)
    stages = [
        "Cadastro inicial", "Envio de documentos", "Gestão de Documentos", "Consulta automática",
        "Gestão de Documentos", "Usuários e permissões", "Coleta de editais", "Armazenamento",
        "Filtro diário", "Cruzamento", "Oportunidades", "Detalhamento", "Leitura do edital",
        "Proposta inicial", "Habilitação", "Sessão pública", "Monitoramento", "Proposta final",
        "Recurso", "Contrato", "Entrega", "Faturamento",
    ]  # fmt: skip
    row = 2
    for i, stage in enumerate(stages):
        if i == 14:
            row += 1  # a blank row inside the table
        ws.cell(row, 2, "Analista" if i % 3 else "Empreendedor")
        ws.cell(row, 3, stage)
        ws.cell(row, 4, f"O usuário faz o passo {i + 1} com apoio do sistema")
        if i % 2 == 0:
            ws.cell(row, 5, f"Tela {i + 1}")
        if i % 4 == 1:
            ws.cell(row, 6, "Processo ainda manual")
        row += 1
    ws.cell(row + 1, 2, "FORA DO ESCOPO DAQUI PARA BAIXO")
    ws.merge_cells(start_row=row + 1, start_column=2, end_row=row + 1, end_column=6)
    ws.cell(row + 2, 2, "Analista")
    ws.cell(row + 2, 3, "Arquivo morto")
    ws.cell(row + 2, 4, "Guarda os contratos antigos")
    wb.save(path)


if __name__ == "__main__":
    touchpoint_analysis(HERE / "touchpoint-analysis-lookalike.xlsx")
    long_many_stages(HERE / "long-many-stages-lookalike.xlsx")
