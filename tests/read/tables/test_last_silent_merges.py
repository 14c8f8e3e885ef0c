"""Issue #30, round fourteen: the reader's last silent merges. Each shape is a small look-alike of our own
(Dutch and English), with a generated property where the shape is general: whatever the reader decides,
check and --explain say it, with the option that changes it, and no word of the client's is lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from canvasgen.read.corrections import from_options
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines, pdf_text
from tests.support.reading import read_canvas

NAMES_NL = ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken", "Opzeggen"]
NAMES_EN = ["Look around", "Weigh up", "Sign", "Settle in", "Leave"]
_FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _numbered_over_names(
    path: Path,
    word: str,
    names: list[str],
    spans: list[int],
    at: tuple[int, int] = (1, 1),
    corner: bool = True,
    repeated: bool = False,
) -> Path:
    """A row of numbered phases ('Fase 1' ...), each merged over ``spans[i]`` named columns under it (written
    again in each of them when ``repeated``), with ``word`` in the corner when ``corner``; two lanes under the
    names. ``at``: the top-left cell (row, col)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    top, left = at
    if corner:
        sheet.cell(top, left, word)
    col = left + 1
    for number, span in enumerate(spans, start=1):
        for c in range(col, col + (span if repeated else 1)):
            sheet.cell(top, c, f"{word} {number}")
        if span > 1 and not repeated:
            sheet.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + span - 1)
        col += span
    sheet.cell(top + 2, left, "Klantacties")
    sheet.cell(top + 3, left, "Knelpunten")
    for index, name in enumerate(names):
        sheet.cell(top + 1, left + 1 + index, name)
        sheet.cell(top + 2, left + 1 + index, f"doet iets bij {name.lower()}")
        sheet.cell(top + 3, left + 1 + index, f"last van {name.lower()}")
    book.save(path)
    return path


def test_a_numbered_phase_over_two_named_columns_groups_them_said_with_groups_none(tmp_path: Path) -> None:
    """H24: 'Fase 1' merged over 'Oriënteren | Vergelijken', 'Fase 2' and 'Fase 3' over one name each, 'Fase'
    in the corner: each named column a phase, each number the group over them, said with --groups none; and
    --groups none makes each number a phase with its columns as steps. The corner word is no note."""
    path = _numbered_over_names(tmp_path / "fasen.xlsx", "Fase", NAMES_NL[:4], [2, 1, 1])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == NAMES_NL[:4]
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [
        ("Fase 1", 0, 2),
        ("Fase 2", 2, 1),
        ("Fase 3", 3, 1),
    ]
    (said,) = [str(w) for w in canvas.warnings if "names groups of the phases" in str(w)]
    assert "its names number the phases and one is merged over several named columns" in said
    assert said.endswith("give --groups none")
    assert not canvas.notes and not any("outside the canvas" in str(w) for w in canvas.warnings)

    (steps,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in steps.phases] == ["Fase 1", "Fase 2", "Fase 3"]
    assert [[s.text for s in p.step_names] for p in steps.phases] == [NAMES_NL[:2], NAMES_NL[2:3], NAMES_NL[3:4]]
    assert [label.text for label in steps.phase_labels] == ["Fase"]  # the corner heads the phases, no note


@pytest.mark.parametrize(("word", "names"), [("Fase", NAMES_NL), ("Stage", NAMES_EN)])
def test_a_numbered_phase_written_again_over_named_columns_groups_them_as_if_merged(
    tmp_path: Path, word: str, names: list[str]
) -> None:
    """Round 14 F15: 'Fase | Fase 1 | Fase 1 | Fase 2 | Fase 2 | Fase 3' over five named columns: the numbers
    were the phases and the names under them a lane 'Rij 2'; written again counts as if merged."""
    path = _numbered_over_names(tmp_path / "fasen.xlsx", word, names, [2, 2, 1], repeated=True)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [
        (f"{word} 1", 0, 2),
        (f"{word} 2", 2, 2),
        (f"{word} 3", 4, 1),
    ]
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Knelpunten"]
    (said,) = [str(w) for w in canvas.warnings if "names groups of the phases" in str(w)]
    assert "a name repeated over neighbouring cells counts once" in said and said.endswith("give --groups none")
    assert lost_lines(path, canvas) == []
    (steps,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in steps.phases] == [f"{word} {n}" for n in (1, 2, 3)]


def test_the_corner_word_of_a_row_of_numbers_heads_the_phases_not_a_note(tmp_path: Path) -> None:
    """H24: 'Fase | 1 | 2 | 3 | 4' over the names: the numbers number the phases and 'Fase' heads them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Stage", 1, 2, 3, 4])
    sheet.append([None, *NAMES_EN[:4]])
    sheet.append(["Customer actions", *(f"does {n.lower()}" for n in NAMES_EN[:4])])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == NAMES_EN[:4]
    assert [label.text for label in journey.phase_labels] == ["Stage"]
    assert not canvas.notes and not journey.notes


@_FEW
@given(
    spans=st.lists(st.integers(1, 2), min_size=2, max_size=3).filter(lambda s: max(s) == 2),
    word=st.sampled_from(["Fase", "Stap", "Stage", "Step"]),
    at=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    corner=st.booleans(),
)
def test_numbered_phases_over_named_columns_keep_every_column_and_say_it(
    tmp_path: Path, spans: list[int], word: str, at: tuple[int, int], corner: bool
) -> None:
    names = (NAMES_NL + NAMES_EN)[: sum(spans)]
    path = _numbered_over_names(tmp_path / "n.xlsx", word, names, spans, at, corner)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names  # every named column a phase of its own
    assert [g.name.text for g in journey.phase_groups] == [f"{word} {n}" for n in range(1, len(spans) + 1)]
    assert [g.count for g in journey.phase_groups] == spans
    explained = " ".join(journey.reading)
    assert f"names groups of the phases in row {at[0] + 1}" in explained and "--groups none" in explained
    assert not canvas.notes


def _merged_phase(path: Path, names: list[str], merged: int, at: tuple[int, int], corner: str | None) -> Path:
    """A one-row header of ``names`` whose name at index ``merged`` is merged over two columns, a customer lane
    and a score row under it; the table's top-left cell at ``at``."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Huidige reis"
    top, left = at
    if corner:
        sheet.cell(top, left, corner)
    sheet.cell(top + 1, left, "Klantacties")
    sheet.cell(top + 2, left, "Score")
    col = left + 1
    for index, name in enumerate(names):
        sheet.cell(top, col, name)
        for width in range(2 if index == merged else 1):
            sheet.cell(top + 1, col + width, f"{name.lower()} deel {width + 1}")
            sheet.cell(top + 2, col + width, (index + width) % 3 - 1)
        if index == merged:
            sheet.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + 1)
        col += 2 if index == merged else 1
    book.save(path)
    return path


def test_a_phase_name_merged_over_two_columns_is_one_phase_said_with_its_range(tmp_path: Path) -> None:
    """F10: 'Operatie & herstel' merged over two columns: one phase holding both columns' cells and scores,
    said in check with the merged range and how to have a phase per column; nothing of either column lost."""
    names = ["Klachten", "Intake", "Operatie & herstel", "Nazorg"]
    path = _merged_phase(tmp_path / "knie.xlsx", names, 2, (1, 1), "Fase")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names
    (customer,) = [lane for lane in journey.lanes if lane.kind == "customer"]
    assert [i.text for i in customer.cells[2]] == ["operatie & herstel deel 1", "operatie & herstel deel 2"]
    assert len(journey.scores[2]) == 2
    (said,) = [str(w) for w in canvas.warnings if "is merged over columns" in str(w)]
    assert said == (
        f"{path}: Huidige reis!D1:E1: phase 'Operatie & herstel' is merged over columns D, E: read as one phase "
        "holding the cells of all of them (their scores too) — to make each column a phase of its own, unmerge "
        "D1:E1 and name each column; to name steps under it, write their names in the row under it"
    )


@_FEW
@given(
    names=st.lists(st.sampled_from(NAMES_NL + NAMES_EN), min_size=3, max_size=5, unique=True),
    merged=st.integers(0, 4),
    at=st.tuples(st.integers(1, 4), st.integers(1, 3)),
    corner=st.sampled_from([None, "Fase", "Stage"]),
)
def test_every_merged_phase_name_is_said_and_keeps_both_columns(
    tmp_path: Path, names: list[str], merged: int, at: tuple[int, int], corner: str | None
) -> None:
    merged %= len(names)
    canvas = read_canvas(_merged_phase(tmp_path / "m.xlsx", names, merged, at, corner))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names
    (said,) = [w for w in canvas.warnings if "is merged over columns" in str(w)]
    assert f"phase '{names[merged]}'" in str(said) and "unmerge" in str(said)
    (customer,) = [lane for lane in journey.lanes if lane.kind == "customer"]
    assert [len(cell) for cell in customer.cells] == [2 if i == merged else 1 for i in range(len(names))]


def _persona_stage_book(path: Path, table_ids: list[str], listed: list[tuple[str, str, str]]) -> Path:
    """A persona × stage table (sheet Reis: persona_id, stage_id, wat de klant doet, score) beside its stage list
    (sheet Fasen: id, titel, zone)."""
    book = openpyxl.Workbook()
    table = book.active
    assert table is not None
    table.title = "Reis"
    table.append(["persona_id", "stage_id", "Wat de klant doet", "emotion_value"])
    for persona in ("P1", "P2"):
        for index, stage in enumerate(table_ids):
            table.append([persona, stage, f"{persona} doet stap {index + 1}", index % 3 - 1])
    stages = book.create_sheet("Fasen")
    stages.append(["id", "titel", "zone"])
    for row in listed:
        stages.append(list(row))
    book.save(path)
    return path


@_FEW
@given(
    matched=st.lists(st.booleans(), min_size=3, max_size=5).filter(lambda m: 2 <= sum(m) < len(m)),
    table_form=st.sampled_from(["{n}", "S{n:02d}", "Stage {n}"]),
    list_form=st.sampled_from(["{n}", "S{n}", "ST-{n:03d}"]),
    extra=st.integers(1, 2),  # a stage list of three rows at least (two rows are no list)
)
def test_stage_ids_matching_some_stages_name_those_and_lose_no_row(
    tmp_path: Path, matched: list[bool], table_form: str, list_form: str, extra: int
) -> None:
    """The stage list names the stages whose ids it has (by number when written otherwise); the others keep their
    ids; the list's stages the table lacks are notes with their words; said once, naming those not matched."""
    n = len(matched)
    table_ids = [table_form.format(n=i) for i in range(1, n + 1)]
    numbers = [i for i in range(1, n + 1) if matched[i - 1]] + list(range(n + 1, n + 1 + extra))
    titles = {i: (NAMES_NL + NAMES_EN + ["Terugkomen", "Aanraden"])[i - 1] for i in numbers}
    listed = [(list_form.format(n=i), titles[i], "Voor" if i <= n else "Na") for i in numbers]
    path = _persona_stage_book(tmp_path / "ps.xlsx", table_ids, listed)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Reis", "Reis"]  # the list is no journey of its own
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == [
            titles[i] if matched[i - 1] else table_ids[i - 1] for i in range(1, n + 1)
        ]
    (said,) = [w.message for w in canvas.warnings if w.message.startswith("the stage list of sheet 'Fasen'")]
    assert f"names {sum(matched)} of the {n} stages of the table on sheet 'Reis'" in said
    assert all(f"'{table_ids[i]}'" in said for i in range(n) if not matched[i])
    assert lost_lines(path, canvas) == []


def _mood_book(path: Path, label: str, moods: list[object], across: bool) -> Path:
    """An insurer's canvas (own words) with a row (or column) ``label`` over ``moods``."""
    rows: list[list[object]] = [
        ["Stage", "Report the claim", "Assessment", "Repair", "Payout"],
        ["What the policyholder does", "calls the line", "sends photos", "waits for the garage", "checks the bank"],
        ["Where it hurts", "long hold", "no updates", "slow", "deductions unclear"],
        [label, *moods],
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Claim"
    for row in rows if across else [list(column) for column in zip(*rows, strict=True)]:
        sheet.append(row)
    book.save(path)
    return path


MOODS: dict[str, list[object]] = {
    "numbers": [2, 3, 1, 4],
    "fractions": ["2/5", "3/5", "1/5", "4/5"],
    "faces": ["2 😟", "3 🙂", "1 😡", "4 😀"],
}


@_FEW
@given(
    moods=st.sampled_from(sorted(MOODS)),
    label=st.sampled_from(["Mood (1-5)", "Emotie (1-5)", "Gevoel (1 t/m 5)", "Feeling (1–5)"]),
    across=st.booleans(),
)
def test_a_feeling_label_naming_a_scale_over_scores_is_the_score_row_said_so_and_undone_by_its_option(
    tmp_path: Path, moods: str, label: str, across: bool
) -> None:
    """Round 14 (new user 13b): "Mood (1-5)" over "2/5 | 3/5" was called emotions by check while the poster
    drew it as the score curve. One decision: the score row, said so by check (with the option that keeps it
    text) and drawn as the curve; that option makes it an emotions lane of text with no scores."""
    path = _mood_book(tmp_path / "claim.xlsx", label, MOODS[moods], across)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    (lane,) = [lane for lane in journey.lanes if lane.label == label]
    assert lane.kind == "score" and journey.on_the_curve(lane)
    assert [[s.value for s in phase] for phase in journey.scores] == [[2], [3], [1], [4]]
    said = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    option = f"--lane '{label}=emotions'"
    assert f"lane '{label}' [score, by its content; if it is text: {option}]" in said

    text = read_canvas(path, corrections=from_options(None, None, None, (f"{label}=emotions",))).journeys[0]
    (kept,) = [lane for lane in text.lanes if lane.label == label]
    assert kept.kind == "emotions" and not text.on_the_curve(kept)
    assert [len(cell) for cell in kept.cells] == [1, 1, 1, 1] and not any(text.scores)


def test_a_heading_over_the_halves_at_the_maps_top_is_its_title_and_names_its_persona(tmp_path: Path) -> None:
    """Round 14: 'What does Tom think and feel?' merged over 'Thinks' | 'Feels' at the top of an empathy map, no
    title above it, was a note: it is the map's title, and the persona it names (Tom, of the Personas sheet)
    owns the map."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Map"
    sheet["A1"] = "What does Tom think and feel?"
    sheet.merge_cells("A1:D1")
    rows = [("Thinks", "Is this safe?"), ("Feels", "Unsure")], [("Sees", "Panels next door"), ("Hears", "Radio ad")]
    rows += ([("Says", "Let me calculate"), ("Does", "Asks for quotes")],)
    for r, row in enumerate(rows):
        for column, (heading, entry) in zip("AC", row, strict=True):
            sheet[f"{column}{2 + 2 * r}"] = heading
            sheet[f"{column}{3 + 2 * r}"] = entry
    people = book.create_sheet("Personas")
    people.append(["Name", "Age"])
    people.append(["Tom", 41])
    people.append(["Ayla", 29])
    path = tmp_path / "tom.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (found,) = canvas.empathy_maps
    assert found.title is not None and found.title.text == "What does Tom think and feel?"
    assert found.owner is not None and found.owner.name is not None and found.owner.name.text == "Tom"
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        "'What does Tom think and feel?' (A1:D1) heads the halves 'Thinks' in A2 and 'Feels' in C2: a heading over "
        "them, at the map's top: its title" in explained
    )
    assert "the empathy map is of persona 'Tom' (named in its title)" in explained


def _two_languages(path: Path, labels: list[str], phases: list[str], text: list[list[str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    sheet.append(["Phase", *phases])
    for label, row in zip(labels, text, strict=True):
        sheet.append([label, *row])
    book.save(path)
    return path


DUTCH_TEXT = [
    ["zoekt op internet naar een goede fiets", "leest de reviews van andere klanten", "bestelt de fiets online"],
    ["te veel keuze en geen overzicht", "de prijzen zijn niet duidelijk", "de levering duurt erg lang"],
]
ENGLISH_TEXT = [
    ["searches the web for a good bike", "reads the reviews of other customers", "orders the bike online"],
    ["too much choice and no overview", "the prices are not clear", "the delivery takes very long"],
]


def test_english_labels_over_dutch_text_follow_the_labels_said_and_lang_writes_dutch(tmp_path: Path) -> None:
    """Round 14, item 6: labels in one language over text in another follow the labels, said with the --lang
    that writes the other; that --lang works, and once given, the run no longer says the output is English."""
    path = _two_languages(tmp_path / "fiets.xlsx", ["Customer actions", "Pain points"], NAMES_NL[:3], DUTCH_TEXT)
    canvas = read_canvas(path)
    assert canvas.language == "en"
    (doubt,) = [w.message for w in canvas.warnings if "mixes languages" in w.message]
    assert "its labels are English ('Customer actions', 'Pain points'); its text is Dutch" in doubt
    assert doubt.endswith("are in English, the team's own words as written; --lang nl writes them in Dutch")

    code, out, err = run_clean("check", "--explain", path, "--lang", "nl")  # the option check itself names
    assert code == 0 and "mixes languages" not in out + err
    assert "canvasgen's own words (headings, prompts) are in Dutch, as you said (--lang nl)" in out
    code, out, err = run_clean("build", path, "-o", tmp_path / "nl", "--no-pptx", "--lang", "nl")
    assert code == 0, err
    assert "mixes languages" not in out + err  # the user chose: nothing left in doubt, nothing untrue said
    assert "pagina 1 van 1" in pdf_text(tmp_path / "nl" / "fiets.pdf")
    code, out, err = run_clean("build", path, "-o", tmp_path / "en", "--no-pptx")
    assert "mixes languages" in out + err and "page 1 of 1" in pdf_text(tmp_path / "en" / "fiets.pdf")


def test_dutch_verbs_as_phase_names_are_no_evidence_of_dutch(tmp_path: Path) -> None:
    """'Oriënteren | Vergelijken | Kopen' over English labels and English text: English, and no mixed warning."""
    path = _two_languages(tmp_path / "bike.xlsx", ["Customer actions", "Pain points"], NAMES_NL[:3], ENGLISH_TEXT)
    canvas = read_canvas(path)
    assert canvas.language == "en"
    assert not any("mixes languages" in w.message for w in canvas.warnings)


def test_a_number_merged_over_two_names_numbers_both_and_groups_above_says_the_numbers_row(tmp_path: Path) -> None:
    """'Stage | 1 (merged over two) | 2 | 3' over four names: each name a phase, the merged number numbering
    both (said with the numbering taken off); --groups above says truly where the numbers stand."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Map"
    sheet.append(["Stage", 1, None, 2, 3])
    sheet.merge_cells("B1:C1")
    sheet.append([None, *NAMES_EN[:4]])
    sheet.append(["Customer actions", *(f"does {n.lower()}" for n in NAMES_EN[:4])])
    sheet.append(["Pain points", *(f"hurts at {n.lower()}" for n in NAMES_EN[:4])])
    path = tmp_path / "numbers.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == NAMES_EN[:4]
    assert [p.written for p in journey.phases][:2] == ["1. Look around", "1. Weigh up"]
    code, out, _ = run_clean("check", "--groups", "above", path)
    assert code == 0
    assert "--groups above: the phase numbers are in row 1, with no row above them" in " ".join(out.split())
