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
        "Cadastro inicial",
        "Envio de documentos",
        "Gestão de Documentos",
        "Consulta automática",
        "Gestão de Documentos",
        "Usuários e permissões",
        "Coleta de editais",
        "Armazenamento",
        "Filtro diário",
        "Cruzamento",
        "Oportunidades",
        "Detalhamento",
        "Leitura do edital",
        "Proposta inicial",
        "Habilitação",
        "Sessão pública",
        "Monitoramento",
        "Proposta final",
        "Recurso",
        "Contrato",
        "Entrega",
        "Faturamento",
    ]
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


def _sheet(rows: dict[str, object], merges: tuple[str, ...] = (), title: str = "Sheet1") -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for ref, value in rows.items():
        ws[ref] = value
    for ref in merges:
        ws.merge_cells(ref)
    return wb


RUSSIAN_GRID: dict[str, object] = {
    "A1": "Карта пути клиента — мобильный оператор",
    "B3": "1. Осознание потребности",
    "C3": "2. Поиск информации",
    "D3": "3. Выбор тарифа",
    "E3": "4. Подключение",
    "F3": "5. Использование",
    "A4": "Действия клиента",
    "B4": "Замечает, что интернет заканчивается",
    "C4": "Сравнивает тарифы на сайте",
    "D4": "Выбирает тариф с безлимитом",
    "E4": "Приходит в салон связи",
    "F4": "Пользуется мобильным интернетом",
    "A5": "Точки контакта",
    "B5": "SMS-уведомление",
    "C5": "Сайт; приложение",
    "D5": "Калькулятор тарифов",
    "E5": "Салон связи",
    "F5": "Приложение",
    "A6": "Мысли",
    "B6": "«Опять закончились гигабайты»",
    "C6": "«Где же подешевле?»",
    "F6": "«Всё работает»",
    "A7": "Барьеры",
    "C7": "Запутанные условия тарифов",
    "E7": "Очередь в салоне",
    "A8": "Возможности",
    "C8": "Простое сравнение тарифов",
    "E8": "Запись в салон онлайн",
}


def russian_grid(path: Path) -> None:
    """A Russian telecom map: a title above, an empty corner, numbered phases, no Dutch or English word."""
    _sheet(RUSSIAN_GRID, ("A1:F1",), "Карта").save(path)


def university_arrows(path: Path) -> None:
    """An English course map: phases with '>>' after them and a row of arrows under them."""
    rows: dict[str, object] = {
        "A1": "Student journey — MSc Urban Ecology",
        "A3": "Stage",
        "B3": "Research >>",
        "C3": "Apply >>",
        "D3": "Enrol >>",
        "E3": "Study >>",
        "F3": "Graduate",
        "B4": ">>",
        "C4": ">>",
        "D4": ">>",
        "E4": ">>",
        "F4": ">>",
        "A5": "Doing",
        "B5": "Browses course pages",
        "C5": "Uploads transcripts",
        "D5": "Pays the fee",
        "E5": "Attends field labs",
        "F5": "Submits thesis",
        "A6": "Thinking",
        "B6": "Is this the right city?",
        "C6": "Will my grades do?",
        "E6": "TBD",
        "A7": "Feeling",
        "B7": "Curious",
        "C7": "Anxious",
        "D7": "Relieved",
        "E7": "Busy",
        "F7": "Proud",
        "A8": "Improvements",
        "C8": "Fill in",
        "D8": "One payment page",
        "F8": "Alumni mentoring",
    }
    _sheet(rows, ("A1:F1",), "Journey").save(path)


def italian_blueprint(path: Path) -> None:
    """An Italian hospital-app service blueprint: lines as merged rows between the lanes."""
    rows: dict[str, object] = {
        "A1": "Service blueprint — app ospedaliera",
        "B2": "Prenotazione",
        "C2": "Accettazione",
        "D2": "Visita",
        "E2": "Referto",
        "A3": "Evidenze fisiche",
        "B3": "Schermata dell'app",
        "C3": "Totem in ingresso",
        "D3": "Ambulatorio",
        "E3": "PDF del referto",
        "A4": "Azioni del paziente",
        "B4": "Sceglie data e reparto",
        "C4": "Scansiona il QR",
        "D4": "Incontra il medico",
        "E4": "Scarica il referto",
        "A5": "Linea di interazione",
        "A6": "Azioni frontstage",
        "C6": "L'infermiere accoglie",
        "D6": "Il medico visita",
        "A7": "Linea di visibilità",
        "A8": "Azioni backstage",
        "B8": "Il CUP conferma lo slot",
        "D8": "Il medico detta le note",
        "E8": "Firma digitale",
        "A9": "Linea di interazione interna",
        "A10": "Processi di supporto",
        "B10": "Sistema di prenotazione",
        "E10": "Archivio clinico",
    }
    _sheet(rows, ("A1:E1", "A5:E5", "A7:E7", "A9:E9"), "Blueprint").save(path)


def emotion_positions(path: Path) -> None:
    """An emotion-position template: items numbered in the row of their feeling; moments of truth below."""
    rows: dict[str, object] = {
        "B1": "Discover",
        "C1": "Sign up",
        "D1": "First ride",
        "E1": "Renew",
        "A2": "Positive experience",
        "B2": "1. Sees a friend ride one",
        "D2": "4. Effortless first ride",
        "E2": "6. Discount for loyal riders",
        "A3": "Neutral",
        "C3": "3. Enters card details",
        "E3": "5. Reminder e-mail",
        "A4": "Negative experience",
        "C4": "2. Long identity check",
        "A7": "Moments of truth",
        "B7": "The identity check decides whether people stay",
    }
    _sheet(rows, title="Emotions").save(path)


def persona_blocks(path: Path) -> None:
    """A persona sheet: two key/value blocks side by side, under 'Field | Details' headers."""
    rows: dict[str, object] = {
        "A1": "Field",
        "B1": "Details",
        "D1": "Field",
        "E1": "Details",
        "A2": "Persona Name",
        "B2": "Mila Jansen",
        "D2": "Persona Name",
        "E2": "Ravi Kumar",
        "A3": "Age",
        "B3": 34,
        "D3": "Age",
        "E3": 52,
        "A4": "Occupation",
        "B4": "Nurse",
        "D4": "Occupation",
        "E4": "Facility manager",
        "A5": "Goals",
        "B5": "Book shifts fast",
        "D5": "Goals",
        "E5": "Fewer supplier calls",
        "A6": "Frustrations",
        "B6": "Apps that log out",
        "D6": "Frustrations",
        "E6": "Paper invoices",
        "A7": "Hobby",
        "B7": "Rowing",
        "D7": "Hobby",
        "E7": "Chess",
    }
    _sheet(rows, title="Personas ziekenhuis").save(path)


def russian_csv(path: Path) -> None:
    """A Russian CSV with a byte-order mark, semicolons, a list in a cell and '; ' lists."""
    lines = [
        "Этап;Поиск;Выбор;Покупка;Доставка",
        'Действия клиента;"- Ищет в поиске\n- Читает отзывы";Сравнивает цены;Оплачивает картой;Ждёт курьера',
        'Каналы;"Поиск; соцсети";Сайт;"Сайт; приложение";SMS',
        "Эмоции;Интерес;Сомнение;Радость;Нетерпение",
        "Оценка;4;3;5;2",
    ]
    path.write_bytes("\ufeff".encode() + "\r\n".join(lines).encode("utf-8"))


def russian_stages_csv(path: Path) -> None:
    """A Russian CSV from Google Sheets: commas, no BOM, stages down ("Этап 1: ..."), '; ' lists in cells."""
    lines = [
        "Этап,Что побуждает,Точки контакта,Что читает,Сколько длится",
        "Этап 1: Интерес,Усталость от города; Совет коллеги,Подкаст; Статья в блоге,Обзор маршрутов; Фото походов,2 недели",
        "Этап 2: Выбор,Сравнение цен; Отзывы о гидах,Сайт клуба; Чат в мессенджере,Таблица туров; Ответы на вопросы,5 дней",
        "Этап 3: Оплата,Скидка до пятницы,Страница оплаты; Письмо с чеком,Условия возврата,1 день",
        "Этап 4: Поход,Прогноз погоды; Сборы рюкзака,Приложение клуба; Встреча на вокзале,Список вещей; Карта маршрута,3 дня",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def german_two_levels(path: Path) -> None:
    """Phases written once over their steps (name, then empty cells), lane groups written once over their lanes."""
    rows: dict[str, object] = {
        "C2": "Informieren",
        "E2": "Kaufen",
        "G2": "Nutzen",
        "C3": "Suchen",
        "D3": "Vergleichen",
        "E3": "Bestellen",
        "F3": "Bezahlen",
        "G3": "Auspacken",
        "H3": "Reklamieren",
        "A4": "Kanäle",
        "B4": "Web",
        "C4": "Suchmaschine",
        "D4": "Vergleichsportal",
        "E4": "Webshop",
        "F4": "PayPal",
        "B5": "Telefon",
        "H5": "Hotline",
        "B6": "Filiale",
        "D6": "Beratung vor Ort",
        "G6": "Abholung",
        "A7": "Backstage-Prozesse",
        "B7": "Vertrieb",
        "D7": "Angebot erstellen",
        "E7": "Auftrag prüfen",
        "B8": "Logistik",
        "F8": "Versand planen",
        "G8": "Paket zustellen",
        "B9": "Kundendienst",
        "H9": "Ticket bearbeiten",
        "A10": "Gefühle",
        "C10": "neugierig",
        "D10": "unsicher",
        "F10": "erleichtert",
        "H10": "verärgert",
    }
    _sheet(rows, ("A4:A6", "A7:A9", "A10:B10"), "Kundenreise").save(path)


def scored_legacy(path: Path) -> None:
    """A canvas with two score rows on 1..5, to be saved as .xls: ``apply`` writes
    its changes into a new workbook, which must read back with the same scores, phases and lanes."""
    rows = {
        "A1": "Klantreis fietsenmaker",
        "A3": "Fase",
        "B3": "Zoeken",
        "C3": "Afspraak",
        "D3": "Reparatie",
        "A4": "Klantproces",
        "B4": "Zoekt een fietsenmaker in de buurt",
        "C4": "Belt voor een afspraak",
        "D4": "Brengt de fiets langs",
        "A5": "Pijnpunten",
        "B5": "Geen openingstijden online",
        "D5": "Duurt een week",
        "A6": "Score (1-5)",
        "B6": 2,
        "C6": 4,
        "D6": 3,
        "A7": "Score (1-5)",
        "B7": 1,
        "D7": 5,
    }
    _sheet(rows, (), "Klantreis").save(path)


def commented_legacy(path: Path) -> None:
    """A small canvas with a comment on a card, to be saved as .xls: the comment cannot be read from an Excel
    97-2003 workbook, and the reading says so, naming its cell."""
    from openpyxl.comments import Comment

    rows = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Aankoop",
        "D1": "Gebruik",
        "A2": "Klantproces",
        "B2": "Zoekt",
        "C2": "Koopt",
        "D2": "Gebruikt",
    }
    wb = _sheet(rows, (), "Klantreis")
    wb["Klantreis"]["C2"].comment = Comment("Vraag het KCC", "Sanne")
    wb.save(path)


def percent_figures_legacy(path: Path) -> None:
    """A canvas with a sheet of figures whose shares are numbers in percentage formats (0.42 shown as 42%) and an
    amount in a euro format, to be saved as .xls: calamine gives the numbers without their formats, read from the
    file's own records (round 22)."""
    rows: dict[str, object] = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Proefrit",
        "D1": "Levering",
        "A2": "Klantproces",
        "B2": "Bekijkt modellen online",
        "C2": "Plant een proefrit",
        "D2": "Haalt de auto op",
    }
    wb = _sheet(rows, (), "Klantreis")
    figures = wb.create_sheet("Metingen")
    for row in (
        ["Fase", "Metriek", "Waarde", "Doel"],
        ["Oriëntatie", "Conversie", 0.42, 0.5],
        ["Proefrit", "No-show", 0.085, 0.05],
        ["Levering", "Omzet", 1250, 2000],
    ):
        figures.append(row)
    for ref, number_format in (("C2", "0%"), ("D2", "0%"), ("C3", "0.0%"), ("D3", "0%")):
        figures[ref].number_format = number_format
    for ref in ("C4", "D4"):
        figures[ref].number_format = '#,##0 "€"'
    wb.save(path)


def converted(source: Path, target: Path) -> None:
    """The same workbook saved by LibreOffice Calc as .ods or .xls (install libreoffice-calc to run this)."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        fmt = target.suffix.lstrip(".")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/lo",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        shutil.move(Path(tmp) / f"{source.stem}.{fmt}", target)


if __name__ == "__main__":
    russian_grid(HERE / "russian-telecom-lookalike.xlsx")
    university_arrows(HERE / "university-arrows-lookalike.xlsx")
    italian_blueprint(HERE / "italian-blueprint-lookalike.xlsx")
    emotion_positions(HERE / "emotion-positions-lookalike.xlsx")
    persona_blocks(HERE / "persona-blocks-lookalike.xlsx")
    russian_csv(HERE / "russian-lookalike.csv")
    german_two_levels(HERE / "german-two-levels.xlsx")
    russian_stages_csv(HERE / "russian-stages-lookalike.csv")
    converted(HERE / "russian-telecom-lookalike.xlsx", HERE / "russian-telecom-lookalike.ods")
    converted(HERE / "italian-blueprint-lookalike.xlsx", HERE / "italian-blueprint-lookalike.xls")
    scored_legacy(HERE / "scored-legacy-lookalike.xlsx")
    converted(HERE / "scored-legacy-lookalike.xlsx", HERE / "scored-legacy-lookalike.xls")
    (HERE / "scored-legacy-lookalike.xlsx").unlink()  # only the .xls is kept
    commented_legacy(HERE / "commented-legacy-lookalike.xlsx")
    converted(HERE / "commented-legacy-lookalike.xlsx", HERE / "commented-legacy-lookalike.xls")
    (HERE / "commented-legacy-lookalike.xlsx").unlink()  # only the .xls is kept
    percent_figures_legacy(HERE / "percent-figures-lookalike.xlsx")
    converted(HERE / "percent-figures-lookalike.xlsx", HERE / "percent-figures-lookalike.xls")
    (HERE / "percent-figures-lookalike.xlsx").unlink()  # only the .xls is kept
    touchpoint_analysis(HERE / "touchpoint-analysis-lookalike.xlsx")
    long_many_stages(HERE / "long-many-stages-lookalike.xlsx")
