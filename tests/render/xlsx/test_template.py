"""`canvasgen template`: a workbook that is pleasant to fill in and reads back as written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.layout.questions import QuestionForm, lane_question, prompt_question
from canvasgen.model import CORE_LANES
from canvasgen.words import LANE_LABELS
from canvasgen.words.phase_models import PHASE_MODELS
from tests.support.cli import run
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("model", sorted(PHASE_MODELS))
def test_each_model_and_language_reads_back(tmp_path: Path, lang: str, model: str) -> None:
    out = tmp_path / f"{model}-{lang}.xlsx"
    code, stdout, _ = run("template", str(out), "--lang", lang, "--model", model)
    assert code == 0, stdout
    canvas = read_canvas(out)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == list(PHASE_MODELS[model][lang])
    assert [lane.kind for lane in journey.lanes] == ["customer", "internal", "experience", "score", "learning"]
    assert [lane.label for lane in journey.lanes][:3] == [
        LANE_LABELS[lang]["customer"],
        LANE_LABELS[lang]["internal"],
        LANE_LABELS[lang]["experience"],
    ]
    # A blank template has labels but no content, and nothing stray outside the canvas.
    assert all(item_count == 0 for item_count in (lane.item_count() for lane in journey.lanes))
    assert journey.notes == [] and canvas.notes == []
    assert canvas.warnings == []
    assert lost_lines(out, canvas) == []


def test_own_phases_and_lanes(tmp_path: Path) -> None:
    out = tmp_path / "own.xlsx"
    code, _, _ = run(
        "template",
        str(out),
        "--lang",
        "en",
        "--phases",
        "Discover, Try, Buy, Use",
        "--lanes",
        "pain_points,KPIs,Team notes",
    )
    assert code == 0
    (journey,) = read_canvas(out).journeys
    assert [p.name for p in journey.phases] == ["Discover", "Try", "Buy", "Use"]
    assert [lane.kind for lane in journey.lanes][-3:] == ["pain_points", "kpis", "custom"]
    assert journey.lanes[-1].label == "Team notes"


def test_all_optional_lanes(tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    assert run("template", str(out), "--lanes", "all")[0] == 0
    (journey,) = read_canvas(out).journeys
    assert [lane.kind for lane in journey.lanes][5:] == [
        "touchpoints",
        "channels",
        "emotions",
        "pain_points",
        "opportunities",
        "kpis",
    ]


def test_workbook_is_set_up_for_people(tmp_path: Path) -> None:
    out = tmp_path / "nl.xlsx"
    assert run("template", str(out))[0] == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Klantreis", "Contactmomenten", "Personas", "Metingen", "Instructies"]
    canvas = wb["Klantreis"]
    assert canvas.freeze_panes == "B11"
    assert canvas.page_setup.orientation == "landscape"
    assert canvas.column_dimensions["B"].width >= 30
    assert canvas["B11"].alignment.wrap_text
    assert canvas["A3"].value == "Klant" and canvas["A8"].value == "Scenario"
    lists = {str(dv.sqref): dv.formula1 for dv in canvas.data_validations.dataValidation}
    assert lists["B8"] == '"Ideaal,Huidig"'
    assert lists["B14:F14"] == '"-2,-1,0,1,2"'  # the score row under "Ervaring"
    assert canvas["A14"].value.startswith("Ervaringsscore")
    score = next(dv for dv in canvas.data_validations.dataValidation if str(dv.sqref) == "B14:F14")
    # Excel shows the message only with showErrorMessage on (openpyxl leaves it off): a warning, in Dutch
    assert score.showErrorMessage and score.errorStyle == "warning"
    assert score.errorTitle == "Geen score van -2 tot +2" and "++ + 0 - --" in score.error
    assert all(dv.showErrorMessage and dv.error.startswith("Kies") for dv in canvas.data_validations.dataValidation)
    assert canvas["A1"].value == "Klantreiscanvas"  # the Dutch template speaks Dutch
    touch = wb["Contactmomenten"]
    assert [c.value for c in touch[1]][:3] == ["Fase", "Contactmoment", "Kanaal"]
    touch_lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in touch.data_validations.dataValidation}
    assert touch_lists["A2"] == "'Klantreis'!$B$10:$F$10"  # phases come from the canvas
    assert "E-mail" in touch_lists["C2"]
    assert touch_lists["H2"] == '"Ja,Nee,Deels"'
    assert touch_lists["I2"] == '"Ja,Nee"'
    assert touch_lists["K2"] == '"Ja,Nee"'  # "Verkoopmoment (ja/nee)"
    # a consumer's or a resident's journey asks a role; a buying group's only with --model b2b7 (new user 14, F29)
    assert [c.value for c in wb["Personas"][1]][:2] == ["Naam", "Rol"]
    # what the client's team reads names no tool and no command line: the agency's, not theirs
    said = [str(c.value) for c in wb["Instructies"]["A"] if c.value]
    assert said[0] == "Instructies" and not any("canvasgen" in line for line in said), said
    assert wb["Personas"]["G1"].value == "Betrokken in fasen"
    metrics = wb["Metingen"]
    assert [c.value for c in metrics[1]] == ["Fase", "Contactmoment", "Metriek", "Waarde", "Doel", "Periode"]
    metric_lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in metrics.data_validations.dataValidation}
    assert metric_lists["A2"] == "'Klantreis'!$B$10:$F$10"
    assert metric_lists["B2"] == "'Contactmomenten'!$B$2:$B$60"  # touchpoints from their sheet
    assert metric_lists["C2"].startswith('"Conversie,Bouncepercentage,CTR,Winkelmandverlating,NPS')
    assert wb["Instructies"]["A1"].value == "Instructies"  # the client's sheet: no tool's name (F29)
    # The blank sheets are read as nothing, not as a figure with no value.
    assert read_canvas(out).metrics == []


def test_english_metrics_sheet_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "en.xlsx"
    assert run("template", str(out), "--lang", "en")[0] == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Metrics"]
    assert [c.value for c in ws[1]] == ["Phase", "Touchpoint", "Metric", "Value", "Target", "Period"]
    ws["A2"], ws["C2"], ws["D2"], ws["E2"], ws["F2"] = "Purchase", "Conversion rate", 0.031, 0.025, "Q4"
    ws["D2"].number_format = ws["E2"].number_format = "0.0%"  # what Excel stores when one types 3.1%
    wb.save(out)
    (metric,) = read_canvas(out).metrics
    assert (metric.value, metric.unit, metric.target, metric.met) == (pytest.approx(3.1), "%", pytest.approx(2.5), True)
    assert metric.phase == "Purchase" and str(metric.value_item.source) == "Metrics!D2"


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"precious")
    code, _, err = run("template", str(out))
    assert code == 1
    assert err.strip() == f"error: {out}: already exists; use --force to overwrite it"
    assert out.read_bytes() == b"precious"
    assert run("template", str(out), "--force")[0] == 0
    assert read_canvas(out).journeys


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--phases", "A,B"], "give 3 to 10 phases, not 2"),
        (["--phases", "A,B,a"], "repeated: A, a"),
        (["--model", "five", "--phases", "A,B,C"], "either --model or --phases"),
    ],
)
def test_bad_options(tmp_path: Path, args: list[str], message: str) -> None:
    code, _, err = run("template", str(tmp_path / "x.xlsx"), *args)
    assert code == 2
    assert message in err
    assert not (tmp_path / "x.xlsx").exists()


def test_name_must_be_xlsx(tmp_path: Path) -> None:
    code, _, err = run("template", str(tmp_path / "x.xls"))
    assert code == 2 and "ending in .xlsx" in err


def test_no_half_written_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: openpyxl.Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    out = tmp_path / "t.xlsx"
    result = CliRunner().invoke(main, ["template", str(out)], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr == f"error: {out}: cannot be written (disk full)\n"
    assert list(tmp_path.iterdir()) == []


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook

    risky = ["=SOM(A1:A3)", "+31 6 1234 5678", "@klantenservice", "-5% korting"]
    path = tmp_path / "risky.xlsx"
    sheet = JourneySheet(["A", "B", "C", "D"], default_lanes(), content={"customer": risky})
    write_workbook(WorkbookSpec("nl", [sheet]), path)
    cells = [c for row in openpyxl.load_workbook(path)["Klantreis"].iter_rows() for c in row if c.value in risky]
    assert len(cells) == 4 and all(c.data_type == "s" for c in cells)
    (journey,) = read_canvas(path).journeys
    lane = journey.lane("customer")
    assert lane is not None
    assert [cell[0].text for cell in lane.cells] == risky


def test_phase_and_lane_names_that_look_like_formulas_are_written_as_text(tmp_path: Path) -> None:
    """`template --phases "=1+1,..."` wrote the phase as a formula with no value: the next `check` read one
    phase fewer and blamed a file "never opened and saved in Excel" (and Excel showed '2'); a lane '=x' too."""
    out = tmp_path / "formules.xlsx"
    code, stdout, _ = run("template", str(out), "--phases", "=1+1,+2,-3,@x", "--lanes", "customer,=x")
    assert code == 0, stdout
    sheet = openpyxl.load_workbook(out).worksheets[0]
    written = [c for row in sheet.iter_rows() for c in row if c.value in ("=1+1", "+2", "-3", "@x", "=x")]
    assert len(written) == 5 and all(c.data_type == "s" and c.quotePrefix for c in written)
    canvas = read_canvas(out)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["=1+1", "+2", "-3", "@x"]
    assert [lane.label for lane in journey.lanes][-1] == "=x"
    assert not any("formula" in w.message for w in canvas.warnings)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_lane_says_the_question_the_workshop_asks_of_it(tmp_path: Path, lang: str) -> None:
    """Beside every lane's label the template says the question the workshop will ask of it (the deck's
    exercise slides and prompts; the handout's longer one where it says more), in the template's language:
    the score row its own question too, and a lane of the team's own the question asked of such a lane;
    the score row and the team's lane had no hint, and the lanes only the handout's question."""
    out = tmp_path / f"{lang}.xlsx"
    assert run("template", str(out), "--lang", lang, "--lanes", "all,Team notes")[0] == 0
    (journey,) = read_canvas(out).journeys
    sheet = openpyxl.load_workbook(out).worksheets[0]
    hints = {}
    for lane in journey.lanes:
        comment = sheet[str(lane.source).split("!")[-1]].comment
        assert comment is not None, lane.label
        hints[lane.label] = comment.text
        asked = prompt_question(lane, lang)
        assert asked is not None
        assert asked.rstrip("?").casefold() in comment.text.casefold(), (lane.label, comment.text)  # the workshop's
        assert comment.text.casefold().count(asked.rstrip("?").casefold()) == 1  # question, said once
        if lane.kind in CORE_LANES:  # and the handout's
            assert lane_question(lane.kind, lane, lang, QuestionForm.LONG, named=False) in comment.text
    assert len(set(hints.values())) == len(hints)  # each lane its own question, none generic


def test_a_b2b_template_asks_each_personas_role_in_the_buying_group(tmp_path: Path) -> None:
    out = tmp_path / "b2b.xlsx"
    assert run("template", str(out), "--model", "b2b7")[0] == 0
    assert [c.value for c in openpyxl.load_workbook(out)["Personas"][1]][:2] == ["Naam", "Rol in de inkoopgroep"]
    for lang, role in (("en", "Role"), ("de", "Rolle")):
        other = tmp_path / f"b2c-{lang}.xlsx"
        assert run("template", str(other), "--lang", lang)[0] == 0
        book = openpyxl.load_workbook(other)
        assert book.worksheets[2]["B1"].value == role
        assert not any("canvasgen" in str(c.value) for c in book.worksheets[-1]["A"] if c.value)


def _content(path: Path) -> dict[str, object]:
    """What a workbook holds for the person filling it in, not its bytes: per sheet, every cell's value, number
    format, comment and fill, the merged ranges, the drop-down lists, the column widths and the frozen pane."""
    book = openpyxl.load_workbook(path)
    sheets: dict[str, object] = {}
    for ws in book.worksheets:
        cells = {
            c.coordinate: (c.value, c.number_format, c.comment.text if c.comment else None, c.fill.fgColor.rgb)
            for row in ws.iter_rows()
            for c in row
            if c.value is not None or c.comment is not None
        }
        lists = sorted((str(v.sqref), v.type, v.formula1) for v in ws.data_validations.dataValidation)
        widths = {key: dim.width for key, dim in ws.column_dimensions.items() if dim.width}
        merged = sorted(str(r) for r in ws.merged_cells.ranges)
        sheets[ws.title] = (cells, merged, lists, widths, ws.freeze_panes)
    return sheets


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_committed_blank_templates_are_what_the_template_command_writes(tmp_path: Path, lang: str) -> None:
    """#31: canvases/template-nl.xlsx and -en.xlsx kept the instructions' old wording ("Rol in de inkoopgroep",
    an eighth step naming `canvasgen check`) while `make demo` wrote new ones. Written again from the code:
    `python -m canvasgen template canvases/template-<lang>.xlsx --lang <lang> --force`."""
    committed = Path(__file__).parents[3] / "canvases" / f"template-{lang}.xlsx"
    out = tmp_path / f"template-{lang}.xlsx"
    code, stdout, _ = run("template", str(out), "--lang", lang)
    assert code == 0, stdout
    written, kept = _content(out), _content(committed)
    assert list(kept) == list(written)
    for sheet in written:
        assert kept[sheet] == written[sheet], f"{committed.name}, sheet {sheet}: run the command in the docstring"
