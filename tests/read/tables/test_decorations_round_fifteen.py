"""Decorations teams put on a canvas (emoji icons, emoji arrows, rows of arrows, numbering marks, a table's
generated header) are no part of its structure: found on round 15's real-world shapes."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, rows_canvas


def test_an_emoji_icon_before_a_lane_label_is_no_level_of_feeling(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "sheets_icons.xlsx",
        [
            ("Fase", "🔍 Oriënteren", "🛒 Boeken", "⭐ Terugblik"),
            ("😀 Wat doet de klant?", "Zoekt treinen", "Betaalt", "Schrijft review"),
            ("😡 Pijnpunten", "Te veel sites", "Site traag", "Geen reactie"),
            ("💡 Kansen", "Eén overzicht", "Sneller betalen", "Antwoord binnen dag"),
        ],
    )
    (journey,) = read_canvas(path).journeys
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("😀 Wat doet de klant?", "customer"),
        ("😡 Pijnpunten", "pain_points"),
        ("💡 Kansen", "opportunities"),
    ]
    assert journey.scores == [[], [], []]  # no curve of 2/-2 made from the icons
    assert all(item.level is None for lane in journey.lanes for cell in lane.cells for item in cell)
    _, out, _ = run_clean("check", "--explain", path)
    assert "A4 ('😀 Wat doet de klant?'): the 😀 before a lane's label is its icon, no level of feeling" in out
    assert "labelled by a level of feeling" not in out


def test_faces_alone_or_before_a_feeling_still_make_an_emotion_position_grid(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "grid.xlsx",
        [
            ("Fase", "Oriënteren", "Boeken"),
            ("Wat doet de klant?", "Zoekt", "Betaalt"),
            ("😀 Blij", "Vindt snel", None),
            ("😞", None, "Site traag"),
        ],
    )
    (journey,) = read_canvas(path).journeys
    assert [lane.kind for lane in journey.lanes] == ["customer", "emotions", "emotions"]
    happy, sad = journey.lanes[1], journey.lanes[2]
    assert [(i.text, i.level) for i in happy.cells[0]] == [("Vindt snel", 2.0)]
    assert [(i.text, i.level) for i in sad.cells[1]] == [("Site traag", -2.0)]


def test_emoji_arrows_in_cells_of_their_own_between_phases_are_separators(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "emoji_arrows.xlsx",
        [
            ("Stage", "Discover", "➡️", "Sign up", "⮕", "Onboard", "➤"),
            ("Doing", "Finds the app", None, "Creates account", None, "Follows tutorial", None),
            ("Pain points", "Too many apps", None, "Slow e-mail", None, "Cannot skip", None),
        ],
    )
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Discover", "Sign up", "Onboard"]
    assert [[i.text for i in cell] for cell in journey.lanes[0].cells] == [
        ["Finds the app"],
        ["Creates account"],
        ["Follows tutorial"],
    ]
    _, out, _ = run_clean("check", "--explain", path)
    assert "arrows between the names in row 3 point along the phases (separators, no phases)" in out
    assert "repeats" not in out


def test_a_row_of_arrows_in_every_lane_between_phases_running_down_is_no_item(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "down_arrows.xlsx",
        [
            ("Fase", "Afspraak maken", None, "Wachtkamer", None, "Behandeling"),
            ("Wat doet de klant?", "Belt", "↓", "Wacht", "⬇️", "Krijgt uitleg"),
            ("Pijnpunten", "Lang in de wacht", "↓", "Geen wifi", "⬇️", "Te snel"),
        ],
        down=True,
    )
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Afspraak maken", "Wachtkamer", "Behandeling"]
    assert [[[i.text for i in cell] for cell in lane.cells] for lane in journey.lanes] == [
        [["Belt"], ["Wacht"], ["Krijgt uitleg"]],
        [["Lang in de wacht"], ["Geen wifi"], ["Te snel"]],
    ]
    _, out, _ = run_clean("check", "--explain", path)
    assert "arrows alone between the phases' rows (B5, C5, B7, C7): separators, no phases, no items of the lanes" in out


def test_an_arrow_in_one_lane_cell_between_phases_running_down_stays_an_item(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "one_arrow.xlsx",
        [
            ("Fase", "Afspraak maken", None, "Wachtkamer"),
            ("Wat doet de klant?", "Belt", None, "Wacht"),
            ("Gevoel", "Gespannen", "↑", "Verveeld"),
        ],
        down=True,
    )
    (journey,) = read_canvas(path).journeys
    assert [i.text for i in journey.lanes[1].cells[0]] == ["Gespannen", "↑"]


def test_a_tables_generated_header_row_is_no_lane(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Kolom1", "B1": "Kolom2", "C1": "Kolom3", "D1": "Kolom4", "A2": "Fase"}
    for col, (phase, does, pain) in zip(
        "BCD",
        [
            ("Oriënteren", "Leest folder", "Jargon"),
            ("Vergelijken", "Vergelijkt", "Te veel"),
            ("Aanvragen", "Vult in", "BSN"),
        ],
    ):
        cells |= {f"{col}2": phase, f"{col}3": does, f"{col}4": pain}
    cells |= {"A3": "Klantproces", "A4": "Pijnpunten"}
    path = make_book(tmp_path / "tabel.xlsx", {"Klantreis": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Vergelijken", "Aanvragen"]
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert not journey.notes and not canvas.notes and not canvas.warnings
    assert [h.text for h in canvas.headings] == ["Kolom1", "Kolom2", "Kolom3", "Kolom4"]
    assert lost_lines(path, canvas) == []
    _, out, _ = run_clean("check", "--explain", path)
    assert (
        "Klantreis!A1:D1 ('Kolom1' … 'Kolom4') are the names a spreadsheet gives the columns of a table made "
        "without headers: no lane, no phase"
    ) in out


def test_column_words_not_numbered_one_two_three_stay_the_teams(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "kolommen.xlsx",
        [
            ("Fase", "Column2", "Column3"),
            ("Wat doet de klant?", "Zoekt", "Betaalt"),
        ],
    )
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Column2", "Column3"]


def test_circled_and_keycap_numbers_are_taken_off_phase_names(tmp_path: Path) -> None:
    path = rows_canvas(
        tmp_path / "nummers.xlsx",
        [
            ("Phase", "① Entdecken", "❷ Vergleichen", "3️⃣ Kaufen", "🔟 Nutzen"),
            ("Was macht der Kunde?", "Sucht", "Vergleicht", "Kauft", "Nutzt"),
        ],
    )
    (journey,) = read_canvas(path).journeys
    assert [(p.name, p.written) for p in journey.phases] == [
        ("Entdecken", "① Entdecken"),
        ("Vergleichen", "❷ Vergleichen"),
        ("Kaufen", "3️⃣ Kaufen"),
        ("Nutzen", "🔟 Nutzen"),
    ]
    _, out, _ = run_clean("check", "--explain", path)
    assert "numbering and arrows taken off phase names: '① Entdecken' -> 'Entdecken'" in out


def test_html_entities_in_a_mermaid_journey_are_their_characters(tmp_path: Path) -> None:
    path = tmp_path / "reis.mmd"
    path.write_text(
        "journey\n  title Trein &amp; bus\n  section Boeken<br>&amp; betalen\n"
        "    Kiest stoel &#233;&eacute;n: 3: Reiziger\n  section Reizen #9829;\n    R&D; AT&T &notes;: 2: Reiziger\n",
        encoding="utf-8",
    )
    (journey,) = read_canvas(path).journeys
    assert journey.name == "Trein & bus"
    assert [p.name for p in journey.phases] == ["Boeken\n& betalen", "Reizen ♥"]
    texts = [i.text for lane in journey.lanes for cell in lane.cells for i in cell]
    assert "Kiest stoel één" in texts and "R&D; AT&T &notes;" in texts
