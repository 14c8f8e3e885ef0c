"""Leftovers of the real-world shapes (#30) and of round 11's German new user, each read as the client wrote
it and said in the reading: a persona written once over its rows, dates kept whole, long text quoted as an
excerpt, the client's dashes kept, Excel's German short months, lane questions naming the persona, "Stand"
as a version, and words of another canvasgen language that are no typos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _rows_book(path: Path, rows: list[tuple[object, ...]]) -> Path:
    """A workbook of one sheet holding ``rows`` from A1; None leaves a cell blank."""
    cells = {
        f"{get_column_letter(c)}{r}": v
        for r, row in enumerate(rows, start=1)
        for c, v in enumerate(row, start=1)
        if v is not None
    }
    return make_book(path, {"Blad1": cells})


def _delimited(path: Path, rows: list[tuple[object, ...]]) -> Path:
    path.write_text("".join(",".join("" if v is None else str(v) for v in row) + "\n" for row in rows), "utf-8")
    return path


# --- 1. a persona written once over its rows -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "suffix"),
    [
        (("Persona", "Score", "Wat doet ze"), ".xlsx"),
        (("wie", "cijfer", "wat"), ".csv"),
        (("Who", "Mark", "Doing"), ".xlsx"),
        (None, ".csv"),
    ],
    ids=["persona-xlsx", "wie-csv", "who-xlsx", "no-header-csv"],
)
def test_a_persona_written_once_over_its_rows_owns_the_blank_rows_under_it(
    tmp_path: Path, header: tuple[str, str, str] | None, suffix: str
) -> None:
    rows: list[tuple[object, ...]] = [
        ("Noor Bakker", -1, "zoekt lang"),
        (None, 1, "vindt iets"),
        (None, 2, "koopt"),
        ("Sem", 0, "twijfelt"),
        (None, -2, "haakt af"),
        ("Aylin", 1, "belt"),
        (None, 2, "komt terug"),
        (None, -1, "klaagt"),
        (None, 0, "blijft"),
    ]
    table = [header, *rows] if header else rows
    path = (_delimited if suffix == ".csv" else _rows_book)(tmp_path / f"tabel{suffix}", table)
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys] == ["Noor Bakker", "Sem", "Aylin"]
    noor, sem, aylin = canvas.journeys
    assert [p.name for p in aylin.phases] == ["1", "2", "3", "4"]
    assert noor.phase_means()[:3] == [-1, 1, 2] and sem.phase_means()[:2] == [0, -2]
    assert aylin.phase_means() == [1, 2, -1, 0]
    lanes = {j.meta["persona"].text: [i.text for la in j.lanes for c in la.cells for i in c] for j in canvas.journeys}
    assert lanes["Noor Bakker"] == ["zoekt lang", "vindt iets", "koopt"]
    assert lanes["Aylin"] == ["belt", "komt terug", "klaagt", "blijft"]
    first = 2 if header else 1
    carried = ", ".join(str(first + i) for i, row in enumerate(rows) if row[0] is None)
    said = next(line for line in noor.reading if "keyed by persona" in line)
    assert f"left blank under a persona: its rows are that persona's ({carried})" in said


def test_phase_names_written_once_over_their_steps_stay_phases(tmp_path: Path) -> None:
    # the known phase names of a long table with its phase column left blank under each: no personas
    rows: list[tuple[object, ...]] = [
        ("Oriëntatie", -1, "zoekt"),
        (None, 1, "leest"),
        ("Aankoop", 2, "koopt"),
        (None, 0, "betaalt"),
    ]
    journeys = read_canvas(_delimited(tmp_path / "stappen.csv", rows)).journeys
    assert not any("keyed by persona" in line for j in journeys for line in j.reading)


# --- 2. dates stay whole -----------------------------------------------------------------------------------


def _under_groups(path: Path, groups: tuple[str, str], phases: tuple[object, ...]) -> Path:
    """Two names merged over two phases each in row 1, the phases in row 2, two lanes under them."""
    cells: dict[str, object] = {"B1": groups[0], "D1": groups[1]}
    cells |= {f"{c}2": v for c, v in zip("BCDE", phases, strict=True)}
    cells |= {"A3": "Klantproces", "B3": "zoekt", "C3": "leest", "D3": "koopt", "E3": "gebruikt"}
    cells |= {"A4": "Pijnpunten", "B4": "lang", "C4": "duur", "D4": "traag", "E4": "stuk"}
    return make_book(path, {"Blad1": cells}, {"Blad1": ["B1:C1", "D1:E1"]})


@pytest.mark.parametrize(
    "phases",
    [
        ("12 maart", "19 maart", "2 april", "9 april"),
        ("3. März", "10. März", "7 Apr", "14 Apr 2026"),
        ("1 Sept.", "8 sept", "3 oct", "10 Oct"),
    ],
)
def test_a_day_before_a_month_is_no_numbering_the_phase_keeps_its_date(tmp_path: Path, phases: tuple[str, ...]) -> None:
    (journey,) = read_canvas(_under_groups(tmp_path / "data.xlsx", ("Voor", "Tijdens"), phases)).journeys
    assert [p.name for p in journey.phases] == list(phases)
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [("Voor", 0, 2), ("Tijdens", 2, 2)]


def test_numbered_phase_names_still_lose_their_numbers(tmp_path: Path) -> None:
    phases = ("1 Zoeken", "2. Kiezen", "Stap 3: Kopen", "4 Mail sturen")
    (journey,) = read_canvas(_under_groups(tmp_path / "nummers.xlsx", ("Voor", "Tijdens"), phases)).journeys
    assert [p.name for p in journey.phases] == ["Zoeken", "Kiezen", "Kopen", "Mail sturen"]


def test_the_group_row_check_tells_two_dates_of_one_month_apart(tmp_path: Path) -> None:
    # The row of known phases and dates under 'Online | Winkel' names the phases once each ("12 maart" and
    # "19 maart" are two phases, not twice "maart"): the row over it groups them.
    phases = ("Oriëntatie", "Aankoop", "12 maart", "19 maart")
    (journey,) = read_canvas(_under_groups(tmp_path / "groepen.xlsx", ("Online", "Winkel"), phases)).journeys
    assert [p.name for p in journey.phases] == list(phases)
    assert [g.name.text for g in journey.phase_groups] == ["Online", "Winkel"]
    said = next(line for line in journey.reading if line.startswith("row 1 ("))
    assert "names groups of the phases in row 2" in said and "--groups none" in said


# --- 4. the client's dashes kept -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker", ["-- buiten scope --", "– optie – out of scope", "- Buiten scope (hieronder)", "— out of scope —"]
)
def test_an_out_of_scope_row_and_the_notes_under_it_keep_their_dashes(tmp_path: Path, marker: str) -> None:
    rows: list[tuple[object, ...]] = [
        ("Fase", "Oriëntatie", "Aankoop", "Gebruik"),
        ("Klantproces", "- zoekt", "Koopt", "Gebruikt"),
        (marker,),
        ("-- later --", None, "– optie –"),
    ]
    canvas = read_canvas(_rows_book(tmp_path / "scope.xlsx", rows))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Aankoop", "Gebruik"]
    assert [n.text for n in journey.notes] == [marker, "-- later --", "– optie –"]
    assert journey.lanes[0].cells[0][0].text == "zoekt"  # a dash before a lane's item is still its list marker
    said = next(line for line in journey.reading if "out of scope" in line)
    assert f"row 3 ('{marker}', A3) says the rest is out of scope" in said
    assert any("the canvas ends above row 3" in str(w) for w in canvas.warnings)


# --- 5. Excel's German short month names -----------------------------------------------------------------


def test_a_german_canvas_shows_a_short_month_as_german_excel_writes_it(tmp_path: Path) -> None:
    import openpyxl

    from canvasgen.words import LANE_LABELS, META_LABELS, WORDS

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Reise"
    days = [dt.datetime(2026, month, 15) for month in (3, 6, 9)]
    cells: dict[str, object] = {"A1": META_LABELS["de"]["date"], "B1": dt.datetime(2026, 3, 1)}
    cells |= {"A3": WORDS["de"]["phase"], "A4": LANE_LABELS["de"]["customer"]}
    cells |= {f"{c}3": day for c, day in zip("BCD", days, strict=True)}
    cells |= {f"{c}4": text for c, text in zip("BCD", ("Sucht", "Kauft", "Nutzt"), strict=True)}
    for ref, value in cells.items():
        sheet[ref] = value
    sheet["B1"].number_format = "mmm yyyy"
    for c in "BCD":
        sheet[f"{c}3"].number_format = "d mmm"
    book.save(tmp_path / "reise.xlsx")
    canvas = read_canvas(tmp_path / "reise.xlsx")
    assert canvas.language == "de"
    (journey,) = canvas.journeys
    assert journey.meta["date"].text == "Mrz 2026"
    assert [p.name for p in journey.phases] == ["15 Mrz", "15 Jun", "15 Sep"]  # babel's "März", "Juni", "Sept."


@pytest.mark.parametrize(
    ("code", "month", "shown"),
    [
        ("d mmm yyyy", 3, "5 Mrz 2026"),
        ("mmm", 6, "Jun"),
        ("mmm", 9, "Sep"),
        ("mmmm", 3, "März"),
        ("d mmm", 12, "5 Dez"),
    ],
)
def test_the_changes_sheet_writes_a_german_short_month_as_excel_does(code: str, month: int, shown: str) -> None:
    from canvasgen.read.shown import displayed, read_when

    assert displayed(dt.date(2026, month, 5), code, "de") == shown
    assert read_when("5 Mrz 2026", "de") == dt.date(2026, 3, 5)


# --- 6. a lane question that names the persona ---------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind", "question"),
    [
        ("Was tut Aylin?", "customer", "Was tut der Kunde?"),
        ("Wie fühlt sich Aylin?", "experience", "Wie fühlt sich der Kunde?"),
        ("Was fühlt Aylin?", "emotions", "Was fühlt der Kunde?"),
        ("Was tut Herr Meier?", "customer", "Was tut der Kunde?"),
        ("Wat doet Aylin?", "customer", "Wat doet de klant?"),
        ("Hoe voelt Aylin zich?", "experience", "Hoe voelt de klant zich?"),
        ("What does Noor Bakker do?", "customer", "What does the customer do?"),
        ("How does Aylin feel?", "experience", "How does the customer feel?"),
    ],
)
def test_a_lane_question_asked_of_a_name_has_the_role_it_asks(label: str, kind: str, question: str) -> None:
    from canvasgen.vocabulary.roles import lane_role

    role = lane_role(label)
    assert (role.kind, role.by, role.match) == (kind, "question", question)


@pytest.mark.parametrize("label", ["Was tut der Konkurrent?", "Wat doet de Concurrent?", "Wat doet de concurrent?"])
def test_a_capitalised_noun_after_its_article_is_no_name(label: str) -> None:
    from canvasgen.vocabulary.roles import lane_role, unknown_subject

    assert lane_role(label).kind == "custom" and unknown_subject(label) is not None


def test_check_says_the_question_a_lane_naming_the_persona_was_read_as(tmp_path: Path) -> None:
    from tests.support.cli import run_clean

    rows: list[tuple[object, ...]] = [
        ("Phase", "Suchen", "Kaufen", "Nutzen"),
        ("Was tut Aylin?", "sucht", "kauft", "nutzt"),
        ("Wie fühlt sich Aylin?", "unsicher", "froh", "zufrieden"),
    ]
    code, out, _ = run_clean("check", _rows_book(tmp_path / "aylin.xlsx", rows))
    said = " ".join(out.split())
    assert code == 0
    assert "lane 'Was tut Aylin?' [customer, question 'Was tut der Kunde?']: 3 items" in said
    assert "lane 'Wie fühlt sich Aylin?' [experience, question 'Wie fühlt sich der Kunde?']: 3 items" in said


# --- 7. "Stand" as the version -------------------------------------------------------------------------


_CANVAS = {"A3": "Phase", "B3": "Suchen", "C3": "Kaufen", "D3": "Nutzen", "A4": "Was tut der Kunde?"}
_CANVAS |= {"B4": "sucht", "C4": "kauft", "D4": "nutzt"}


@pytest.mark.parametrize(
    ("cells", "key", "value", "label"),
    [
        ({"A1": "Stand: 0.3"}, "version", "0.3", "Stand:"),
        ({"A1": "Stand 0.3"}, "version", "0.3", "Stand"),
        ({"A1": "Stand", "B1": "0.3"}, "version", "0.3", "Stand"),
        ({"A1": "Versie 2.1"}, "version", "2.1", "Versie"),
        ({"A1": "Stand: 12.03.2026"}, "date", "12.03.2026", "Stand:"),
    ],
)
def test_stand_with_a_version_number_is_the_version_and_with_a_date_the_date(
    tmp_path: Path, cells: dict[str, object], key: str, value: str, label: str
) -> None:
    (journey,) = read_canvas(make_book(tmp_path / "stand.xlsx", {"Reise": {**cells, **_CANVAS}})).journeys
    assert journey.meta[key].text == value and journey.meta[f"{key}_label"].text == label
    assert "title" not in journey.meta
    if label.startswith("Stand"):
        assert any(f"is the canvas's {key} ('Stand' before a version number" in line for line in journey.reading)


def test_stand_before_other_words_is_no_version(tmp_path: Path) -> None:
    (journey,) = read_canvas(
        make_book(tmp_path / "stand.xlsx", {"Reise": {"A1": "Stand: Entwurf", **_CANVAS}})
    ).journeys
    assert "version" not in journey.meta and "date" not in journey.meta


# --- 8. a right word of another language is no typo ------------------------------------------------------


def test_ideen_is_german_for_ideas_not_a_typo_of_the_dutch_ideeen() -> None:
    from canvasgen.vocabulary.roles import lane_role

    role = lane_role("Ideen")
    assert (role.kind, role.by) == ("opportunities", "synonym")


@pytest.mark.parametrize(("label", "meant"), [("Indicators", "Indicatoren"), ("Frustrated", "Frustraties")])
def test_a_word_spelt_right_in_another_language_is_offered_never_read_as_a_typo(label: str, meant: str) -> None:
    from canvasgen.vocabulary.roles import lane_role

    role = lane_role(label)
    assert (role.kind, role.by) == ("custom", "none")
    assert [s.label for s in role.suggestions] == [meant]


@pytest.mark.parametrize(("label", "meant"), [("Acitons", "Actions"), ("Klantprocess", "Klantproces")])
def test_a_typo_within_one_language_is_still_read_as_one(label: str, meant: str) -> None:
    from canvasgen.vocabulary.roles import lane_role

    role = lane_role(label)
    assert (role.by, role.match) == ("typo", meant)


def test_check_reads_a_german_ideen_lane_without_calling_it_a_typo(tmp_path: Path) -> None:
    from tests.support.cli import run_clean

    rows: list[tuple[object, ...]] = [
        ("Phase", "Suchen", "Kaufen", "Nutzen"),
        ("Was tut der Kunde?", "sucht", "kauft", "nutzt"),
        ("Ideen", "Chatbot", "Express", "Tipps"),
    ]
    code, out, _ = run_clean("check", _rows_book(tmp_path / "ideen.xlsx", rows))
    said = " ".join(out.split())
    assert code == 0 and "lane 'Ideen' [opportunities, synonym]: 3 items" in said
    assert "typo" not in said


# --- 3. long client text quoted as an excerpt ------------------------------------------------------------


_LONG = "Opmerkingen uit de sessie met het team " + " ".join(f"punt{i}" for i in range(60))


def test_a_300_character_header_is_quoted_by_its_start_and_its_start_corrects_the_lane(tmp_path: Path) -> None:
    from canvasgen.read.corrections import from_options
    from canvasgen.text import excerpt

    assert len(_LONG) >= 300
    rows: list[tuple[object, ...]] = [
        ("Fase", "Oriëntatie", _LONG, "Aankoop", _LONG),
        (_LONG, "zoekt", "koopt", "gebruikt", "belt"),
        ("Pijnpunten", "lang", "duur", "traag", "stuk"),
    ]
    path = _rows_book(tmp_path / "lang.xlsx", rows)
    canvas = read_canvas(path)
    said = [str(w) for w in canvas.warnings]
    assert said and not any(_LONG in line for line in said), said
    assert any(f"lane '{excerpt(_LONG)}' has no role" in line for line in said)
    assert any(f"phase '{excerpt(_LONG)}' repeats the phase in" in line for line in said)
    # the correction as the warning gives it, by the label's start, gives the lane its role
    option = f"{excerpt(_LONG)}=learning"
    assert f"--lane '{excerpt(_LONG)}=<kind>'" in " ".join(said)
    corrected = read_canvas(path, corrections=from_options(None, None, None, (option,)))
    lane = next(lane for lane in corrected.journeys[0].lanes if lane.label == _LONG)
    assert (lane.kind, lane.role_by) == ("learning", "corrected")
    assert not any("matches nothing" in str(w) for w in corrected.warnings)


def test_a_figures_file_quotes_a_long_phase_name_and_value_by_their_start(tmp_path: Path) -> None:
    from canvasgen.pipeline import read
    from canvasgen.text import excerpt
    from tests.support.workbooks import CANVASES

    value = "€ 5 " + " ".join(f"toelichting{i}" for i in range(40))
    csv = tmp_path / "export.csv"
    csv.write_text(f"Fase;Metriek;Waarde\n{_LONG};Conversie;2%\nActie;Conversie;{value}\n", encoding="utf-8")
    # a value in words is kept as a note and said (round 23), quoted by its start
    kept = [str(w) for w in read(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", csv).warnings]
    assert any(f"line 3: the value '{excerpt(value)}' of 'Conversie'" in w for w in kept), kept
    assert not any(_LONG in w or value in w for w in kept), kept
    # a phase the canvas lacks is no problem (round 22): kept, said with its line, quoted by its start
    csv.write_text(f"Fase;Metriek;Waarde\n{_LONG};Conversie;2%\n", encoding="utf-8")
    said = [str(w) for w in read(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", csv).warnings]
    assert any(f"line 2: phase '{excerpt(_LONG)}' is not a phase of this canvas" in w for w in said), said
    assert not any(_LONG in w for w in said), said
