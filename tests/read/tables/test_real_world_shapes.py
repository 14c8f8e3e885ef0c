"""Shapes of published journey maps, as look-alikes (tests/data/make_data.py): read by structure, in any language."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.model import Journey
from tests.support.layouts import canvas_of
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import DATA, make_book


def kinds(journey: Journey) -> list[tuple[str, str]]:
    return [(lane.label, lane.kind) for lane in journey.lanes]


@pytest.mark.parametrize("name", ["russian-telecom-lookalike.xlsx", "russian-telecom-lookalike.ods"])
def test_russian_grid_without_a_known_word_in_its_header(name: str) -> None:
    canvas = canvas_of(DATA / name)
    (journey,) = canvas.journeys
    # Numbering is decoration: stripped from the name, the name as written kept beside it.
    assert [p.name for p in journey.phases] == [
        "Осознание потребности",
        "Поиск информации",
        "Выбор тарифа",
        "Подключение",
        "Использование",
    ]
    assert journey.phases[0].written == "1. Осознание потребности"
    assert kinds(journey) == [
        ("Действия клиента", "customer"),
        ("Точки контакта", "touchpoints"),
        ("Мысли", "custom"),
        ("Барьеры", "pain_points"),
        ("Возможности", "opportunities"),
    ]
    # "Сайт; приложение": two short parts, two items
    assert [i.text for i in journey.lanes[1].cells[1]] == ["Сайт", "приложение"]
    assert journey.name == "Карта пути клиента — мобильный оператор"


def test_arrows_are_decoration_and_placeholders_are_empty() -> None:
    canvas = canvas_of(DATA / "university-arrows-lookalike.xlsx")
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Research", "Apply", "Enrol", "Study", "Graduate"]
    assert [lane.label for lane in journey.lanes] == ["Doing", "Thinking", "Feeling", "Improvements"]
    thinking, improvements = journey.lanes[1], journey.lanes[3]
    assert thinking.cells[3] == []  # "TBD"
    assert improvements.cells[1] == []  # "Fill in"
    assert lost_lines(DATA / "university-arrows-lookalike.xlsx", canvas) == []


@pytest.mark.parametrize("name", ["italian-blueprint-lookalike.xlsx", "italian-blueprint-lookalike.xls"])
def test_service_blueprint_is_one_journey_with_its_lines(name: str) -> None:
    canvas = canvas_of(DATA / name)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Prenotazione", "Accettazione", "Visita", "Referto"]
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "customer", "internal", "internal", "internal"]
    assert journey.is_blueprint
    assert [(b.kind, b.before) for b in journey.boundaries] == [("interaction", 2), ("visibility", 3), ("internal", 4)]
    assert "Linea di visibilità" in [n.text for n in journey.notes]
    assert lost_lines(DATA / "italian-blueprint-lookalike.xlsx", canvas) == []


def test_emotion_positions_give_each_item_its_level() -> None:
    canvas = canvas_of(DATA / "emotion-positions-lookalike.xlsx")
    (journey,) = canvas.journeys
    positive, neutral, negative = journey.lanes
    assert [(i.text, i.order, i.level) for i in positive.cells[0]] == [("1. Sees a friend ride one", 1, 2.0)]
    assert [(i.order, i.level) for i in negative.cells[1]] == [(2, -2.0)]
    assert [(i.order, i.level) for i in neutral.cells[1]] == [(3, 0.0)]
    # The phase score is the mean of its items' levels; three levels sit on -2, 0, +2.
    assert [[s.value for s in phase] for phase in journey.scores] == [[2.0], [0.0, -2.0], [2.0], [2.0, 0.0]]
    assert str(journey.scores[0][0].scale) == "-2..+2"
    assert journey.phase_score(1) == pytest.approx(-0.5)
    assert "Moments of truth" in [n.text for n in journey.notes]


def test_persona_blocks_side_by_side_without_a_journey() -> None:
    path = DATA / "persona-blocks-lookalike.xlsx"
    canvas = read_canvas(path)
    assert canvas.journeys == []
    mila, ravi = canvas.personas
    assert mila.name is not None and mila.name.text == "Mila Jansen"
    assert (mila.get("age"), mila.get("role"), mila.get("hobby")) == ("34", "Nurse", "Rowing")
    assert ravi.name is not None and ravi.name.text == "Ravi Kumar"
    assert ravi.get("frustrations") == "Paper invoices"
    assert lost_lines(path, canvas) == []
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0
    assert "0 journeys" in result.stdout and "2 personas" in result.stdout


def test_csv_with_byte_order_mark_and_lists() -> None:
    canvas = canvas_of(DATA / "russian-lookalike.csv")
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Поиск", "Выбор", "Покупка", "Доставка"]
    assert journey.phase_labels[0].text == "Этап"  # the BOM is not part of the word
    actions = journey.lane("customer")
    assert actions is not None
    assert [i.text for i in actions.cells[0]] == ["Ищет в поиске", "Читает отзывы"]
    channels = journey.lane("channels")
    assert channels is not None and [i.text for i in channels.cells[0]] == ["Поиск", "соцсети"]
    assert [s[0].value for s in journey.scores] == [4, 3, 5, 2]


def test_every_look_alike_loses_no_word() -> None:
    for path in sorted(DATA.glob("*.xlsx")):
        assert lost_lines(path, read_canvas(path)) == [], path.name


def test_title_banner_empty_corner_unknown_first_lane(tmp_path: Path) -> None:
    from tests.support.workbooks import make_book

    path = make_book(
        tmp_path / "greek.xlsx",
        {
            "Χάρτης": {
                "A1": "Ταξίδι πελάτη",
                "B3": "Φάση 1: Ανακάλυψη",
                "C3": "Φάση 2: Σύγκριση",
                "D3": "Φάση 3: Αγορά",
                "A4": "Σκέψεις",
                "B4": "Τι υπάρχει;",
                "C4": "Ποιο είναι φθηνότερο;",
                "D4": "Επιτέλους!",
                "A5": "Ενέργειες πελάτη",
                "B5": "Ψάχνει",
                "C5": "Συγκρίνει",
                "D5": "Πληρώνει",
            }
        },
        merges={"Χάρτης": ["A1:D1"]},
    )
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Ανακάλυψη", "Σύγκριση", "Αγορά"]
    assert kinds(journey) == [("Σκέψεις", "custom"), ("Ενέργειες πελάτη", "customer")]


def test_personas_one_per_column_and_one_per_row(tmp_path: Path) -> None:
    from tests.support.workbooks import make_book

    path = make_book(
        tmp_path / "personas.xlsx",
        {
            "Doelgroepen": {
                "A1": "Naam",
                "B1": "Anouk",
                "C1": "Bram",
                "D1": "Chris",
                "A2": "Leeftijd",
                "B2": 29,
                "C2": 47,
                "D2": 63,
                "A3": "Doelen",
                "B3": "Snel verhuizen",
                "C3": "Minder gedoe",
                "D3": "Zekerheid",
                "A4": "Frustraties",
                "B4": "Wachttijden",
                "D4": "Kleine letters",
            },
            "Tabel": {
                "B2": "Nome",
                "C2": "Età",
                "D2": "Obiettivi",
                "E2": "Citazione",
                "B3": "Giulia",
                "C3": 35,
                "D3": "Prenotare online",
                "E3": "«Tutto dal telefono»",
                "B4": "Marco",
                "C4": 58,
                "D4": "Parlare con qualcuno",
            },
        },
    )
    canvas = read_canvas(path)
    names = [p.name.text for p in canvas.personas if p.name is not None]
    assert names == ["Anouk", "Bram", "Chris", "Giulia", "Marco"]
    chris = canvas.personas[2]
    assert (chris.get("age"), chris.get("goals"), chris.get("frustrations")) == ("63", "Zekerheid", "Kleine letters")
    giulia = canvas.personas[3]
    assert (giulia.get("goals"), giulia.get("quote")) == ("Prenotare online", "«Tutto dal telefono»")
    assert lost_lines(path, canvas) == []


def test_label_beside_its_question_and_numbered_phases(tmp_path: Path) -> None:
    from tests.support.workbooks import make_book

    path = make_book(
        tmp_path / "numbered.xlsx",
        {
            "Map": {
                "C1": 1,
                "D1": 2,
                "E1": 3,
                "F1": 4,
                "C2": "Oriëntatie",
                "D2": "Offerte",
                "E2": "Montage",
                "F2": "Nazorg",
                "A3": "Doen",
                "B3": "Wat doet de klant?",
                "C3": "Zoekt",
                "D3": "Vergelijkt",
                "E3": "Wacht",
                "A4": "Voelen",
                "B4": "Hoe voelt de klant zich?",
                "C4": "Nieuwsgierig",
                "F4": "Tevreden",
                "A5": "Wij",
                "B5": "Wat doen wij?",
                "D5": "Rekent door",
                "E5": "Plaatst panelen",
            }
        },
    )
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Offerte", "Montage", "Nazorg"]
    assert [lane.label for lane in journey.lanes] == [
        "Doen\nWat doet de klant?",
        "Voelen\nHoe voelt de klant zich?",
        "Wat doen wij?",
    ] or [lane.label.split("\n")[0] for lane in journey.lanes] == ["Doen", "Voelen", "Wij"]
    # "Voelen" says nothing; the question beside it does: "Hoe voelt de klant zich?" is the experience (#27).
    assert [lane.kind for lane in journey.lanes] == ["customer", "experience", "internal"]
    assert lost_lines(path, read_canvas(path)) == []


def test_long_table_with_an_unknown_group_column_first(tmp_path: Path) -> None:
    from tests.support.workbooks import make_book

    rows = [
        ("Κατερίνα", "Αναζήτηση", "Ψάχνει στο Google"),
        ("Κατερίνα", "Αναζήτηση", "Διαβάζει κριτικές"),
        ("Γιώργος", "Επιλογή", "Συγκρίνει τιμές"),
        ("Κατερίνα", "Πληρωμή", "Πληρώνει με κάρτα"),
        ("Γιώργος", "Πληρωμή", "Ζητά τιμολόγιο"),
        ("Γιώργος", "Παράδοση", "Περιμένει τον κούριερ"),
    ]
    cells: dict[str, object] = {"A1": "Πρόσωπο", "B1": "Βήμα", "C1": "Τι κάνει"}
    for i, (who, step, does) in enumerate(rows, start=2):
        cells.update({f"A{i}": who, f"B{i}": step, f"C{i}": does})
    (journey,) = read_canvas(make_book(tmp_path / "greek-long.xlsx", {"Φύλλο1": cells})).journeys
    assert [p.name for p in journey.phases] == ["Αναζήτηση", "Επιλογή", "Πληρωμή", "Παράδοση"]
    assert [p.steps for p in journey.phases] == [2, 1, 2, 1]


@pytest.mark.parametrize("corner", ["Field", "Veld", None])
def test_one_persona_per_column_under_a_corner_that_names_no_field_is_named_by_its_header(
    corner: str | None, tmp_path: Path
) -> None:
    # N3: "Field | Ahmed | Ineke" over the fields gave two personas without a name (cards titled "—") and the
    # names as notes; only a corner saying "Naam" or "Persona" worked.
    cells: dict[str, object] = {
        "B1": "Ahmed",
        "C1": "Ineke",
        "A2": "Leeftijd",
        "B2": "41",
        "C2": "67",
        "A3": "Goals",
        "B3": "Voor de deur parkeren",
        "C3": "Bezoek aanmelden",
        "A4": "Frustraties",
        "B4": "Wachttijd KCC",
        "C4": "Alles digitaal",
    }
    if corner is not None:
        cells["A1"] = corner
    canvas = read_canvas(make_book(tmp_path / "p.xlsx", {"Persona": cells}))
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Ahmed", "Ineke"]
    assert canvas.personas[1].get("goals") == "Bezoek aanmelden"
    assert [n.text for n in canvas.notes] == ([corner] if corner else [])  # the corner's word kept, no name
    assert "name" not in canvas.persona_columns


def test_personas_only_poster_has_a_page_of_cards(tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = CliRunner().invoke(
        main, ["build", str(DATA / "persona-blocks-lookalike.xlsx"), "-o", str(tmp_path), "--size", "A3"]
    )
    assert result.exit_code == 0, result.stderr
    first = PdfReader(tmp_path / "persona-blocks-lookalike.pdf").pages[0].extract_text() or ""
    assert "Mila Jansen" in first and "Ravi Kumar" in first and "Hobby: Chess" in first


def test_blueprint_lines_across_spacer_columns_and_spaced_lanes(tmp_path: Path) -> None:
    """Lines written in merged cells over the body, two blank spacer columns between phases, and lanes
    three blank rows apart: still one blueprint."""
    from tests.support.workbooks import make_book

    cells: dict[str, object] = {
        "D1": "Booking",
        "G1": "Check-in",
        "J1": "Visit",
        "A2": "Physical evidence",
        "D2": "App screen",
        "G2": "Kiosk",
        "J2": "Waiting room",
        "A3": "Customer actions",
        "D3": "Picks a slot",
        "G3": "Scans a code",
        "J3": "Meets the doctor",
        "D4": "Line of interaction",
        "A5": "Frontstage",
        "G5": "Nurse greets",
        "J5": "Doctor examines",
        "D6": "Line of visibility",
        "A10": "Backstage",
        "D10": "Planner confirms",
        "J10": "Doctor writes notes",
    }
    path = make_book(tmp_path / "blueprint.xlsx", {"Blueprint": cells}, merges={"Blueprint": ["D4:J4", "D6:J6"]})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Booking", "Check-in", "Visit"]
    assert [lane.label for lane in journey.lanes] == [
        "Physical evidence",
        "Customer actions",
        "Frontstage",
        "Backstage",
    ]
    assert [(b.kind, b.before) for b in journey.boundaries] == [("interaction", 2), ("visibility", 3)]
    assert lost_lines(path, canvas) == []


def test_two_canvases_stacked_in_one_sheet_stay_two_journeys(tmp_path: Path) -> None:
    from tests.support.workbooks import make_book

    def canvas(top: int, title: str, doing: str) -> dict[str, object]:
        return {
            f"A{top}": title,
            f"A{top + 1}": "Fase",
            f"B{top + 1}": "Oriëntatie",
            f"C{top + 1}": "Aankoop",
            f"D{top + 1}": "Gebruik",
            f"A{top + 2}": "Klantproces",
            f"B{top + 2}": doing,
            f"C{top + 2}": "Betaalt",
            f"D{top + 2}": "Belt",
            f"A{top + 3}": "Pijnpunten",
            f"C{top + 3}": "Lange wachttijd",
        }

    sheet = {**canvas(1, "Ideale klantreis", "Zoekt online"), **canvas(8, "Huidige klantreis", "Belt een vriend")}
    path = make_book(tmp_path / "twee.xlsx", {"Reis": sheet})
    canvas_read = read_canvas(path)
    ideal, current = canvas_read.journeys
    assert ideal.name == "Ideale klantreis"
    assert current.name == "Huidige klantreis"
    assert [i.text for i in current.lanes[0].cells[0]] == ["Belt een vriend"]
    assert lost_lines(path, canvas_read) == []


def test_numbering_row_above_names_and_a_notes_column_beside(tmp_path: Path) -> None:
    from tests.support.workbooks import make_book

    path = make_book(
        tmp_path / "stages.xlsx",
        {
            "Journey": {
                "B1": "Stage 1",
                "C1": "Stage 2",
                "D1": "Stage 3",
                "F1": "Notes",
                "B2": "Explore",
                "C2": "Book",
                "D2": "Travel",
                "A3": "Traveller does",
                "B3": "Reads blogs",
                "C3": "Compares fares",
                "D3": "Flies",
                "F3": "Ask about visas",
                "A4": "Feels",
                "B4": "Dreamy",
                "C4": "Stressed",
                "D4": "Excited",
            }
        },
    )
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Explore", "Book", "Travel"]
    assert journey.phases[0].written == "Stage 1: Explore"
    assert [lane.label for lane in journey.lanes] == ["Traveller does", "Feels"]
    assert "Ask about visas" in {n.text for n in journey.notes}
    # the notes column's own header heads them (round 9), as their title (round 10)
    assert journey.notes_title is not None and journey.notes_title.text == "Notes" and canvas.headings == []
    assert lost_lines(path, canvas) == []


def test_lane_titles_written_across_the_phases(tmp_path: Path) -> None:
    """No label column: each lane's title is a merged row over the phases, its items in the rows below."""
    from tests.support.workbooks import make_book

    path = make_book(
        tmp_path / "banners.xlsx",
        {
            "Mapa": {
                "A1": "Descubrir",
                "B1": "Comparar",
                "C1": "Comprar",
                "D1": "Usar",
                "A2": "Acciones del cliente",
                "A3": "Ve un anuncio",
                "B3": "Lee reseñas",
                "C3": "Paga online",
                "D3": "Instala la app",
                "A4": "Lee un blog",
                "A5": "Puntos de dolor",
                "B6": "Demasiadas opciones",
                "D6": "La app falla",
            }
        },
        merges={"Mapa": ["A2:D2", "A5:D5"]},
    )
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Descubrir", "Comparar", "Comprar", "Usar"]
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("Acciones del cliente", "customer"),
        ("Puntos de dolor", "pain_points"),
    ]
    assert [i.text for i in journey.lanes[0].cells[0]] == ["Ve un anuncio", "Lee un blog"]
    assert [i.text for i in journey.lanes[1].cells[3]] == ["La app falla"]
    assert lost_lines(path, canvas) == []


def test_csv_with_stages_down_and_numbered() -> None:
    path = DATA / "russian-stages-lookalike.csv"
    (journey,) = read_canvas(path).journeys
    assert journey.shape == "transposed"
    assert [p.name for p in journey.phases] == ["Интерес", "Выбор", "Оплата", "Поход"]
    assert journey.phases[0].written == "Этап 1: Интерес"
    assert [lane.label for lane in journey.lanes] == ["Что побуждает", "Точки контакта", "Что читает", "Сколько длится"]
    assert journey.lanes[1].kind == "touchpoints"
    assert [i.text for i in journey.lanes[1].cells[3]] == ["Приложение клуба", "Встреча на вокзале"]


def test_a_legend_one_blank_column_beside_the_phases_is_no_phase(tmp_path: Path) -> None:
    cells: dict[str, object] = {"B2": "Stage", "B3": "Doing", "B4": "Thinking", "J2": "Legend", "J3": "1 = unhappy"}
    for i, stage in enumerate(["Awareness", "Research", "Purchase", "Onboarding", "Renewal"]):
        col = "CDEFG"[i]
        cells |= {f"{col}2": stage, f"{col}3": f"Sees an ad {i}", f"{col}4": f"Worth it? {i}"}
    canvas = read_canvas(make_book(tmp_path / "legend.xlsx", {"Journey": cells}))
    journey = canvas.journeys[0]
    assert [p.name for p in journey.phases] == ["Awareness", "Research", "Purchase", "Onboarding", "Renewal"]
    assert sorted(n.text for n in journey.notes) == ["1 = unhappy", "Legend"]  # kept, as notes
    # spacer columns between every phase are a layout: the same sheet spaced out keeps all its phases
    spaced = {f"{chr(ord('C') + 2 * i)}{r}": cells[f"{'CDEFG'[i]}{r}"] for i in range(5) for r in (2, 3, 4)}
    spaced |= {"B2": "Stage", "B3": "Doing", "B4": "Thinking"}
    phases = read_canvas(make_book(tmp_path / "spaced.xlsx", {"Journey": spaced})).journeys[0].phases
    assert len(phases) == 5


def test_an_emotion_row_of_numbers_is_the_score_row(tmp_path: Path) -> None:
    cells: dict[str, object] = {"B2": "Stage", "B3": "Doing", "B4": "Feeling (1-10)"}
    for i, (stage, score) in enumerate(zip(["Awareness", "Research", "Purchase", "Use"], [6, 4, 8, 3], strict=True)):
        col = "CDEF"[i]
        cells |= {f"{col}2": stage, f"{col}3": f"Does {i}", f"{col}4": score}
    journey = read_canvas(make_book(tmp_path / "feeling.xlsx", {"Journey": cells})).journeys[0]
    assert [phase[0].value for phase in journey.scores] == [6, 4, 8, 3]
    assert str(journey.score_scale) == "1..10"
    assert [lane.label for lane in journey.lanes if lane.kind == "emotions"] == []


def test_lane_groups_left_of_a_phase_corner_are_groups_not_lanes(tmp_path: Path) -> None:
    cells: dict[str, object] = {"B2": "Étape", "A3": "PARCOURS CLIENT", "A5": "COULISSES"}
    labels = ["Actions du client", "Émotions", "Processus internes", "Systèmes"]
    for r, label in enumerate(labels, start=3):
        cells[f"B{r}"] = label
        cells |= {f"{'CDE'[i]}{r}": f"{label} {i}" for i in range(3)}
    cells |= {"C2": "Découverte", "D2": "Achat", "E2": "Fidélisation"}
    path = make_book(tmp_path / "groupes.xlsx", {"Parcours": cells}, merges={"Parcours": ["A3:A4", "A5:A6"]})
    journey = read_canvas(path).journeys[0]
    assert [p.name for p in journey.phases] == ["Découverte", "Achat", "Fidélisation"]
    assert [lane.label for lane in journey.lanes] == labels
    assert [lane.group.text if lane.group else None for lane in journey.lanes] == [
        "PARCOURS CLIENT",
        "PARCOURS CLIENT",
        "COULISSES",
        "COULISSES",
    ]


def test_a_column_of_questions_right_of_the_labels_joins_them_and_is_no_phase(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase"}
    for i, phase in enumerate(["Consapevolezza", "Valutazione", "Acquisto", "Fedeltà"]):
        cells[f"{'CDEF'[i]}1"] = phase
    lanes = [("Azioni", "Cosa fa il cliente?"), ("Emozioni", "Come si sente?"), ("Criticità", "Cosa va storto?")]
    for r, (label, question) in enumerate(lanes, start=2):
        cells |= {f"A{r}": label, f"B{r}": question} | {f"{'CDEF'[i]}{r}": f"{label} {i}" for i in range(4)}
    journey = read_canvas(make_book(tmp_path / "domande.xlsx", {"Mappa": cells})).journeys[0]
    assert [p.name for p in journey.phases] == ["Consapevolezza", "Valutazione", "Acquisto", "Fedeltà"]
    assert [lane.label for lane in journey.lanes] == [f"{label}\n{question}" for label, question in lanes]
    assert [i.text for i in journey.lanes[0].cells[0]] == ["Azioni 0"]


def test_a_corner_merged_over_two_columns_heads_lane_groups_and_their_labels(tmp_path: Path) -> None:
    cells: dict[str, object] = {
        "A1": "Phase",
        "A2": "Customer actions",
        "A3": "Touchpoints",
        "B3": "Online",
        "B4": "Offline",
        "A5": "Pain points",
    }
    cells |= {f"{'CDEF'[i]}1": phase for i, phase in enumerate(["Discover", "Compare", "Buy", "Use"])}
    cells |= {f"{'CDEF'[i]}{r}": f"r{r} c{i}" for r in range(2, 6) for i in range(4)}
    merges = {"Map": ["A1:B1", "A2:B2", "A3:A4", "A5:B5"]}
    journey = read_canvas(make_book(tmp_path / "sub.xlsx", {"Map": cells}, merges=merges)).journeys[0]
    assert [p.name for p in journey.phases] == ["Discover", "Compare", "Buy", "Use"]
    grouped = [(lane.label, lane.group.text if lane.group else None) for lane in journey.lanes]
    touchpoints = [("Online", "Touchpoints"), ("Offline", "Touchpoints")]
    assert grouped == [("Customer actions", None), *touchpoints, ("Pain points", None)]
    assert [i.text for i in journey.lanes[2].cells[3]] == ["r4 c3"]
    assert [item.text for item in journey.phase_labels] == ["Phase"]


def test_a_row_of_words_over_the_phase_names_is_the_first_lane(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A2": "Fase", "A3": "Wat doet de klant?", "A4": "Wat doen wij?"}
    for i, phase in enumerate(["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"]):
        col = "BCDE"[i]
        cells |= {
            f"{col}1": f"Doel: {phase.lower()} makkelijk maken",
            f"{col}2": phase,
            f"{col}3": f"Doet {i}",
            f"{col}4": f"Wij {i}",
        }
    canvas = read_canvas(make_book(tmp_path / "doelen.xlsx", {"Canvas": cells}))
    journey = canvas.journeys[0]
    assert [lane.label for lane in journey.lanes] == ["Baan 1", "Wat doet de klant?", "Wat doen wij?"]
    assert [i.text for i in journey.lanes[0].cells[2]] == ["Doel: kopen makkelijk maken"]
    assert not journey.notes and not canvas.warnings
    # a title across the phases, or metadata over them, stays what it is
    titled = cells | {"B1": "Klantreis fietsenwinkel", "C1": None, "D1": None, "E1": None}
    journey = read_canvas(make_book(tmp_path / "titel.xlsx", {"Canvas": titled}, {"Canvas": ["B1:E1"]})).journeys[0]
    assert journey.name == "Klantreis fietsenwinkel" and len(journey.lanes) == 2
    meta = cells | {"B1": "Klant:", "C1": "Fietsenwinkel De Spaak", "D1": "Versie", "E1": "2"}
    journey = read_canvas(make_book(tmp_path / "meta.xlsx", {"Canvas": meta})).journeys[0]
    assert journey.meta["client"].text == "Fietsenwinkel De Spaak" and len(journey.lanes) == 2


def test_a_persona_block_over_a_canvas_in_the_same_column_is_a_persona(tmp_path: Path) -> None:
    cells: dict[str, object] = {
        "A1": "Persona",
        "B1": "Lisa, 34",
        "A2": "Beroep",
        "B2": "Verpleegkundige",
        "A3": "Doel",
        "B3": "Snel een nieuwe fiets",
        "A5": "Fase",
    }
    for i, phase in enumerate(["Oriëntatie", "Keuze", "Aankoop", "Gebruik"]):
        cells[f"{'BCDE'[i]}5"] = phase
        cells |= {f"{'BCDE'[i]}{r}": f"{label} {i}" for r, label in ((6, "Klant"), (7, "Intern"), (8, "Ervaring"))}
    cells |= {"A6": "Klantproces", "A7": "Intern proces", "A8": "Ervaring"}
    canvas = read_canvas(make_book(tmp_path / "lisa.xlsx", {"Persona en reis": cells}))
    (persona,) = canvas.personas
    assert persona.name.text == "Lisa, 34"
    assert {k: v.text for k, v in persona.fields.items() if k != "name"} == {
        "role": "Verpleegkundige",
        "goals": "Snel een nieuwe fiets",
    }
    assert [lane.label for lane in canvas.journeys[0].lanes] == ["Klantproces", "Intern proces", "Ervaring"]
    assert not canvas.journeys[0].notes


def test_marks_a_team_types_for_a_feeling_are_kept_and_a_neutral_face_is_a_score(tmp_path: Path) -> None:
    """A cell of ":-|" was taken for a placeholder (every character of it is one an arrow or a list is drawn with) and
    dropped unsaid, so the curve skipped the neutral phases; so were ":/", "-/-", "*", "**" and "~"."""
    phases = ["Aanvragen", "Verhuizen", "Wachten", "Betalen", "Gebruik", "Opzeggen"]
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Gevoel", "A4": "Ervaring"}
    for column, (phase, face, mark) in enumerate(
        zip(phases, [":-|", ":-)", ":-(", ":|", ":-(", ":)"], ["-/-", "*", "**", "~", ":/", "..."]), start=2
    ):
        letter = "ABCDEFG"[column - 1]
        cells[f"{letter}1"], cells[f"{letter}2"] = phase, f"Stap {column - 1}"
        cells[f"{letter}3"], cells[f"{letter}4"] = face, mark
    path = make_book(tmp_path / "parkeren.xlsx", {"Reis": cells})
    canvas = canvas_of(path)
    (journey,) = canvas.journeys
    assert [[score.value for score in cell] for cell in journey.scores] == [[0.0], [1.0], [-1.0], [0.0], [-1.0], [1.0]]
    experience = next(lane for lane in journey.lanes if lane.label == "Ervaring")
    assert [[item.text for item in cell] for cell in experience.cells] == [["-/-"], ["*"], ["**"], ["~"], [":/"], []]
    assert lost_lines(path, canvas) == []
