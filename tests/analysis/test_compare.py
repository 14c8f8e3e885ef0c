"""Gap analysis and version comparison, on canvas pairs with known differences."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.analysis.diff import compare
from canvasgen.analysis.gaps import analyse, pick_ideal_and_current, touchpoint_actions
from canvasgen.analysis.match import match, similarity
from canvasgen.model import Item
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.cli import run
from tests.support.layouts import canvas_of
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

PHASES = ["Bewustwording", "Interesse", "Overweging", "Aankoop"]
LANES = default_lanes(["touchpoints"])


def canvas(
    path: Path,
    phases: list[str],
    content: dict[str, list[str]],
    scores: list[float | None],
    meta: dict[str, str] | None = None,
    sheets: list[str] | None = None,
) -> Path:
    journeys = [
        JourneySheet(phases, LANES, name=name, content=content, scores=scores, meta=dict(meta or {}, scenario=name))
        for name in (sheets or [None])  # type: ignore[list-item]
    ]
    write_workbook(WorkbookSpec("nl", journeys), path)
    return path


BASE = {
    "customer": ["Ziet een advertentie", "Vergelijkt prijzen\nLeest reviews", "Vraagt offerte aan", "Betaalt online"],
    "internal": ["Campagne op Instagram", "Reviews tonen", "Offerte binnen 48 uur", "Bevestigingsmail sturen"],
    "touchpoints": ["Instagram", "Website", "E-mail", "Webshop"],
}


def edited(**changes: list[str]) -> dict[str, list[str]]:
    content = {k: list(v) for k, v in BASE.items()}
    content.update(changes)
    return content


def test_similarity_and_matching() -> None:
    assert similarity("Offerte binnen 48 uur", "offerte  binnen 48 uur!") == 1.0
    assert 0.6 < similarity("Offerte binnen 48 uur", "Offerte binnen 24 uur") < 1.0
    assert similarity("Instagram", "Betaalt online") < 0.4
    left = [Item("Offerte binnen 48 uur"), Item("Instagram")]
    right = [Item("Instagram"), Item("Offerte binnen 24 uur"), Item("Nieuwsbrief")]
    m = match(left, right)
    assert [(p.left.text, p.right.text, p.exact) for p in m.pairs] == [
        ("Offerte binnen 48 uur", "Offerte binnen 24 uur", False),
        ("Instagram", "Instagram", True),
    ]
    assert [i.text for i in m.right_only] == ["Nieuwsbrief"]
    assert match(left, right, threshold=0.99).left_only == [left[0]]


class TestDiff:
    def test_every_known_difference_and_nothing_else(self, tmp_path: Path) -> None:
        old = canvas(tmp_path / "v1.xlsx", PHASES, BASE, [0, -1, 0, 1], {"version": "1.0"})
        new_content = edited(
            customer=[
                "Ziet een advertentie\nHoort het van een vriend",
                "Vergelijkt prijzen\nLeest reviews",
                "Vraagt offerte aan",
                "Betaalt online",
            ],  # added "Hoort het van een vriend"
            internal=["Campagne op Instagram", "Reviews tonen", "Offerte binnen 24 uur", ""],  # reworded, removed
        )
        renamed = ["Bewustwording", "Interesse", "Afweging", "Aankoop"]  # "Overweging" renamed
        new = canvas(tmp_path / "v2.xlsx", renamed, new_content, [0, 1, 0, 1], {"version": "2.0"})
        diff = compare(read_canvas(old), read_canvas(new))
        (journey,) = diff.journeys
        assert journey.meta == [("Versie", "1.0", "2.0")]
        changed = [p for p in journey.phases if p]
        assert [(p.old, p.new, p.renamed) for p in changed] == [
            ("Bewustwording", "Bewustwording", False),
            ("Interesse", "Interesse", False),
            ("Overweging", "Afweging", True),
            ("Aankoop", "Aankoop", False),
        ]
        awareness, interest, consideration, purchase = changed
        assert [(lane.lane, [i.text for i in lane.added]) for lane in awareness.lanes] == [
            ("Klantproces", ["Hoort het van een vriend"])
        ]
        assert interest.score == ("-1", "1") and interest.lanes == []
        (reworded,) = consideration.lanes
        assert [(c.old.text, c.new.text) for c in reworded.changed] == [
            ("Offerte binnen 48 uur", "Offerte binnen 24 uur")
        ]
        assert reworded.added == [] and reworded.removed == []
        (removed,) = purchase.lanes
        assert [i.text for i in removed.removed] == ["Bevestigingsmail sturen"] and purchase.score is None

    def test_unchanged_is_reported_as_unchanged(self, tmp_path: Path) -> None:
        one = canvas(tmp_path / "a.xlsx", PHASES, BASE, [0, -1, 0, 1])
        two = tmp_path / "b.xlsx"
        shutil.copy(one, two)
        diff = compare(read_canvas(one), read_canvas(two))
        assert not any(diff.journeys)
        code, out, _ = run("diff", str(one), str(two))
        assert code == 0 and "geen wijzigingen" in out

    def test_phases_added_and_removed(self, tmp_path: Path) -> None:
        old = canvas(tmp_path / "a.xlsx", PHASES, BASE, [])
        longer = [*PHASES, "Loyaliteit"]
        new = canvas(tmp_path / "b.xlsx", longer, {k: [*v, "Komt terug"] for k, v in BASE.items()}, [])
        (journey,) = compare(read_canvas(old), read_canvas(new)).journeys
        assert journey.phases_added == ["Loyaliteit"] and journey.phases_removed == []
        (back,) = compare(read_canvas(new), read_canvas(old)).journeys
        assert back.phases_removed == ["Loyaliteit"]

    def test_json_and_files(self, tmp_path: Path) -> None:
        old, new = CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
        code, out, err = run("diff", str(old), str(new), "--json", "-o", str(tmp_path))
        assert code == 0, err
        data = json.loads(out)
        phases = data["journeys"][0]["phases"]
        assert {"old": "Gebruik", "new": "Altijd"} in [
            {"old": p["old"], "new": p["new"]} for p in phases if p["renamed"]
        ]
        from tests.support.read_back import pdf_text, squeeze

        changes = squeeze(pdf_text(tmp_path / "voorbeeld-webshop-kpis-v3-changes.pdf"))
        assert squeeze("gewijzigd: Checkout in vier stappen → Checkout in drie stappen") in changes  # Dutch
        assert squeeze("fase hernoemd: Gebruik → Altijd") in changes
        assert (tmp_path / "voorbeeld-webshop-kpis-v3-changes.pptx").is_file()
        # Measured figures, paired across the renamed phase: changed ones, and the one that is new.
        figures = {(f["where"], f["metric"]): f for f in data["figures"]}
        conversion = figures[("Actie · Checkout", "Conversie")]
        assert (conversion["old"]["value"], conversion["new"]["value"]) == (1.9, 2.4)
        assert conversion["new"]["met"] is True and conversion["old"]["met"] is False
        assert figures[("Advocaat · Verwijsprogramma", "Kosten")]["old"] is None
        assert ("Altijd · Verzorgingsmail", "Retentie") not in figures  # unchanged, though its phase was renamed
        assert squeeze("Actie · Checkout · Conversie: 1,9% → 2,4% (doel 2,0%: gehaald)") in changes


class TestGaps:
    def test_missing_without_effect_pairs_and_scores(self, tmp_path: Path) -> None:
        internal = [
            "Campagne op Instagram\nBuurtavond",
            "Reviews tonen",
            "Offerte binnen 24 uur",
            "Bevestigingsmail sturen",
        ]
        touchpoints = ["Instagram", "Website\nChat", "E-mail", "Webshop"]
        ideal = canvas(
            tmp_path / "ideaal.xlsx", PHASES, edited(internal=internal, touchpoints=touchpoints), [1, 1, 1, 2]
        )
        current = canvas(
            tmp_path / "huidig.xlsx",
            PHASES,
            edited(
                internal=[
                    "Campagne op Instagram\nFlyers in de bus",
                    "Reviews tonen",
                    "Offerte binnen 48 uur",
                    "Bevestigingsmail sturen",
                ],
            ),
            [0, -1, 1, 1],
        )
        report = analyse(*pick_ideal_and_current([("i", read_canvas(ideal)), ("c", read_canvas(current))]))
        awareness, interest, consideration, purchase = report.phases
        assert [(lane, i.text) for lane, i in awareness.missing] == [("Intern proces", "Buurtavond")]
        assert [(lane, i.text) for lane, i in awareness.without_effect] == [("Intern proces", "Flyers in de bus")]
        assert [(lane, i.text) for lane, i in interest.missing] == [("Contactmomenten", "Chat")]
        reworded = [(p.left.text, p.right.text) for _, p in consideration.pairs if not p.exact]
        assert reworded == [("Offerte binnen 24 uur", "Offerte binnen 48 uur")]
        assert interest.score_gap == pytest.approx(1.0) and consideration.score_gap == 0.0
        assert purchase.missing == [] and purchase.without_effect == []
        kinds = {(a.phase, a.kind, a.action) for a in report.actions}
        assert ("Bewustwording", "start", "Buurtavond") in kinds
        assert ("Bewustwording", "stop?", "Flyers in de bus") in kinds
        assert ("Overweging", "improve", "Offerte binnen 48 uur → Offerte binnen 24 uur") in kinds
        chat = next(a for a in report.actions if a.action == "Chat")
        flyers = next(a for a in report.actions if a.action == "Flyers in de bus")
        assert chat.priority == "high"  # a start in the phase with the largest score gap
        # a guess to stop, in a phase experienced neither well nor badly today: low (the score gap ranks what to
        # start and improve, not what to stop)
        assert flyers.priority == "low"
        assert [a.priority for a in report.actions] == sorted(
            (a.priority for a in report.actions), key=["high", "medium", "low"].index
        )

    def test_one_workbook_with_ideal_and_current_sheets(self, tmp_path: Path) -> None:
        path = canvas(tmp_path / "beide.xlsx", PHASES, BASE, [0, 0, 0, 0], sheets=["Ideaal", "Huidig"])
        ideal, current = pick_ideal_and_current([("beide.xlsx", read_canvas(path))])
        assert (ideal.sheet, current.sheet) == ("Ideaal", "Huidig")
        code, out, _ = run("gaps", str(path), "-o", str(tmp_path / "out"))
        assert code == 0 and "ideaal:" in out
        # the pages and slides for reference are the current journey's only (new user 12: the ideal's too)
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "out" / "beide-gaps.pdf").pages]
        assert any("Scenario: Huidig" in page for page in pages)
        assert not any("Scenario: Ideaal" in page for page in pages)
        slides = Presentation(str(tmp_path / "out" / "beide-gaps.pptx")).slides
        said = [" ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame) for slide in slides]
        assert not any("Ideaal" in text for text in said)

    def test_a_third_journey_is_said_not_compared(self, tmp_path: Path) -> None:
        """Hostile 12: a workbook of three journeys had two compared and the third left out without a word."""
        path = canvas(tmp_path / "drie.xlsx", PHASES, BASE, [0, 0, 0, 0], sheets=["Ideaal", "Huidig", "Inkoper"])
        code, _, err = run("gaps", str(path), "-o", str(tmp_path / "out"))
        said = " ".join(err.split())
        assert code == 0 and "not compared: " in said and "(sheet 'Inkoper')" in said
        assert "(sheet 'Ideaal')" not in said.split("not compared: ")[1]

    def test_of_two_current_journeys_the_warning_says_which_is_compared_and_how_to_choose(self, tmp_path: Path) -> None:
        """Hostile 12 F10: sheets Ideaal, Huidig and Huidig 2025 (both the latter say "current"): the first is
        compared, the other named with how to choose; letting only the one meant say so compares that one."""
        sheets = ["Ideaal", "Huidig", "Huidig 2025"]
        path = canvas(tmp_path / "drie.xlsx", PHASES, BASE, [0, 0, 0, 0], sheets=sheets)
        code, out, err = run("gaps", str(path), "-o", str(tmp_path / "out"))
        said = " ".join(err.split())
        assert code == 0 and "huidig: " in out and out.split("huidig: ")[1].split("\n")[0].endswith("– Huidig")
        assert "not compared: " in said and "(sheet 'Huidig 2025')" in said
        assert "to compare another, let only the two you mean say so" in said
        chosen = ["Ideaal", "2024", "Huidig 2025"]
        renamed = canvas(tmp_path / "gekozen.xlsx", PHASES, BASE, [0, 0, 0, 0], sheets=chosen)
        code, out, err = run("gaps", str(renamed), "-o", str(tmp_path / "out2"))
        assert code == 0 and out.split("huidig: ")[1].split("\n")[0].endswith("– Huidig 2025")
        assert "(sheet '2024')" in " ".join(err.split()).split("not compared: ")[1]

    def test_different_phase_models_align_by_name_and_position(self, tmp_path: Path) -> None:
        ideal = canvas(
            tmp_path / "i.xlsx",
            ["Aandacht", "Interesse", "Overweging", "Aankoop", "Advocaat"],
            {k: [*v, "Deelt ervaring"] for k, v in BASE.items()},
            [],
        )
        current = canvas(tmp_path / "c.xlsx", PHASES, BASE, [])
        report = analyse(read_canvas(ideal).journeys[0], read_canvas(current).journeys[0])
        assert [(g.phase, g.current_phase) for g in report.phases] == [
            ("Aandacht", "Bewustwording"),
            ("Interesse", "Interesse"),
            ("Overweging", "Overweging"),
            ("Aankoop", "Aankoop"),
        ]
        assert report.unaligned_ideal == ["Advocaat"] and report.unaligned_current == []
        code, _, err = run("gaps", str(ideal), str(current), "-o", str(tmp_path / "out"))
        assert code == 0 and "could not be aligned by name or position: Advocaat" in err

    def test_touchpoints_with_current_and_ideal_columns(self) -> None:
        read = canvas_of(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
        actions, unplaced = touchpoint_actions(read, analyse(read.journeys[0], read.journeys[0]))
        assert not unplaced
        assert {(a.action, a.kind) for a in actions} == {
            ("Website-calculator", "improve"),
            ("Bevestiging", "start"),
            ("Storingsdienst", "improve"),
        }

    def test_excel_report_escapes_formulas_and_has_drop_downs(self, tmp_path: Path) -> None:
        risky = ['=HYPERLINK("http://x")', "+31 6 1234 5678", "-korting", "@home"]
        ideal = canvas(tmp_path / "i.xlsx", PHASES, edited(internal=risky), [])
        current = canvas(tmp_path / "c.xlsx", PHASES, BASE, [])
        code, _out, err = run("gaps", str(ideal), str(current), "-o", str(tmp_path / "out"))
        assert code == 0, err
        for suffix in (".xlsx", ".pdf", ".pptx"):
            assert (tmp_path / "out" / f"c-gaps{suffix}").is_file()
        wb = openpyxl.load_workbook(tmp_path / "out" / "c-gaps.xlsx")
        assert wb.sheetnames == [
            "Acties",
            "Ontbreekt nu",
            "Zonder effect",
            "Gekoppeld",
            "Scores",
            "Niet meer in ideaal",
            "Keuzelijsten",
        ]
        assert wb["Keuzelijsten"].sheet_state == "hidden"
        cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        found = {c.value for c in cells if isinstance(c.value, str)}
        assert set(risky) <= found
        assert all(c.quotePrefix for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@")
        lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in wb["Acties"].data_validations.dataValidation}
        column = lists["F2"].split("!")[1].split(":")[0].strip("$")[0]  # 'Keuzelijsten'!$B$1:$B$4
        assert lists["F2"].startswith("'Keuzelijsten'!$")
        assert [c.value for c in wb["Keuzelijsten"][column] if c.value] == ["Open", "Bezig", "Klaar", "Vervallen"]

    def test_bad_input(self, tmp_path: Path) -> None:
        one = canvas(tmp_path / "a.xlsx", PHASES, BASE, [])
        code, _, err = run("gaps", str(one), str(one))
        assert code == 1 and err.strip() == (
            f"error: {one}: is the same workbook as {one}, and it holds no journey marked ideal and one marked "
            "current: give the ideal journey's workbook and today's (or one workbook holding both)"
        )
        code, _, err = run("gaps", str(one), str(tmp_path / "missing.xlsx"))
        assert code == 1 and f"error: {tmp_path / 'missing.xlsx'}: file not found" in err
        code, _, err = run("gaps", str(one))
        assert code == 1 and "needs an ideal and a current journey" in err
        code, _, err = run("diff", str(one), str(one))
        assert code == 1 and "is the same file as" in err


def test_gap_pages_lead_the_poster_and_gap_slides_the_deck(tmp_path: Path) -> None:
    from pptx import Presentation

    from tests.support.read_back import pdf_text, squeeze

    code, _, err = run(
        "gaps",
        str(CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"),
        str(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"),
        "-o",
        str(tmp_path),
    )
    assert code == 0, err
    text = pdf_text(tmp_path / "voorbeeld-zonnepanelen-b2c-gaps.pdf")
    assert text.index("GAP-ANALYSE") < text.index("Klantproces")  # the gap pages first, the poster for reference
    assert squeeze("Belafspraak direct online inplannen") in squeeze(text)
    prs = Presentation(str(tmp_path / "voorbeeld-zonnepanelen-b2c-gaps.pptx"))
    tables = [sh.table for s in prs.slides for sh in s.shapes if getattr(sh, "has_table", False) and sh.has_table]
    action_rows = [[c.text for c in row.cells] for t in tables for row in t.rows if row.cells[0].text == "Interesse"]
    assert ["Interesse", "Belafspraak direct online inplannen", "starten", "hoog"] in action_rows


def test_gaps_and_diff_print_the_readers_warnings(tmp_path: Path) -> None:
    """What reading said (here: a formula Excel never calculated) is printed beside the comparison."""
    from tests.support.workbooks import make_book

    def book(name: str, formula: bool) -> Path:
        cells: dict[str, object] = {
            "A1": "Fase",
            "B1": "Oriëntatie",
            "C1": "Aankoop",
            "D1": "Gebruik",
            "A2": "Klantproces",
            "B2": "Zoekt",
            "C2": "Koopt",
            "D2": "Belt",
        }
        if formula:
            cells["D2"] = "=B2&C2"  # openpyxl writes no cached value: read as empty, with a warning
        return make_book(tmp_path / name, {"Klantreis": cells})

    old, new = book("oud.xlsx", False), book("nieuw.xlsx", True)
    code, out, err = run("diff", str(old), str(new))
    assert code == 0
    assert f"{new}:\n  warning: Klantreis!D2: formula has no calculated value" in err
    assert "Belt" in out  # the item the formula's cell lost is reported as removed, and the warning says why
    code, _, err = run("gaps", str(old), str(new), "-o", str(tmp_path / "out"))
    assert code == 0
    assert f"warning: {new}: Klantreis!D2: formula has no calculated value" in err


def test_gaps_builds_the_way_build_does_and_reports_what_the_renderers_say(tmp_path: Path) -> None:
    """One build path: a character no font has, in the current journey, is named with its cell by gaps too."""
    from tests.support.workbooks import make_book

    def book(name: str, doing: str) -> Path:
        cells = {
            "A1": "Fase",
            "B1": "Oriëntatie",
            "C1": "Aankoop",
            "D1": "Gebruik",
            "A2": "Klantproces",
            "B2": doing,
            "C2": "Koopt",
            "D2": "Belt",
        }
        return make_book(tmp_path / name, {"Klantreis": cells})

    ideal, current = book("ideaal.xlsx", "Zoekt"), book("huidig.xlsx", "Zoekt \u1230")
    code, _, err = run("gaps", str(ideal), str(current), "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert "Klantreis!B2: character '\u1230' (U+1230) cannot be drawn by the fonts" in err
    assert (tmp_path / "out" / "huidig-gaps.pdf").is_file() and (tmp_path / "out" / "huidig-gaps.pptx").is_file()
