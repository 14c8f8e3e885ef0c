"""German, French and Spanish beside Dutch and English: every word canvasgen writes itself exists in each,
a poster, deck and kit made in one carry none of the Dutch or English words, and what a template writes
in one is read back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.words import LANGUAGES, TABLES
from tests.support.read_back import slide_text
from tests.support.reading import read_canvas

NEW = ("de", "fr", "es")
# Words the languages share with English or Dutch, kept as they are: loanwords, names, codes, units.
SHARED = {
    "persona",
    "personas",
    "phase",
    "name",
    "id",
    "nps",
    "ctr",
    "app",
    "sms",
    "website",
    "ideal",
    "text",
    "question",  # French as English
    "frustrations",
    "orientation",
    "attention",
    "s",
    "min",
    "s|s",
    "min|min",
    "journeys",
    "fase",
    "canal",
    "status",
    "service",
    "interesse",
    "aktion",
    "action",
    "actions",
    "note",
    "notes",
    "date",
    "cliente",
    "experiencia",
    "e-mail",
    "web",
    "evento",
    "moment",
    "kpi",
    "scenario",
    "version",
    "touchpoints",
    "budget",
    "oportunidades",
    "conversion",
    "tema",
    "code",
    "datum",
    "minuten",
    "rendement",
    "→ p. {page}",
    "journey",
    "post",  # the postal service: Post in Dutch, English and German alike
    "orange",  # a traffic light's colour: orange in English, German and French alike
    "{name}: {fields}",  # the touchpoint row's label: words of its own, joined
}
TEXT = {
    "de": [
        "Der Kunde sucht im Netz und vergleicht die Preise",
        "Er bestellt online mit der Karte",
        "Er nutzt das Produkt und ist zufrieden",
    ],
    "fr": [
        "Le client cherche sur le web et compare les prix",
        "Il commande en ligne avec sa carte",
        "Il utilise le produit et il est content",
    ],
    "es": [
        "El cliente busca en la web y compara los precios",
        "Compra en línea con su tarjeta",
        "Usa el producto y está contento",
    ],
}


def _values(table: object) -> list[str]:
    return list(table.values()) if isinstance(table, dict) else list(table)  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", NEW)
def test_no_word_is_left_as_its_english_or_dutch_counterpart(lang: str) -> None:
    left = []
    for name, table in TABLES.items():
        mine = table[lang]
        keys = list(mine) if isinstance(mine, dict) else range(len(mine))
        for key in keys:
            value = mine[key]  # type: ignore[index]
            others = {table[o][key] for o in ("en", "nl")}  # type: ignore[index]
            if value in others and value.lower() not in SHARED:
                left.append(f"{name}[{key!r}] = {value!r}")
    assert left == []


def _book(tmp_path: Path, lang: str) -> Path:
    texts = TEXT[lang]
    lanes = default_lanes(["touchpoints", "pain_points", "opportunities", "kpis"])
    content = {
        "customer": texts,
        "internal": texts[::-1],
        "experience": texts,
        "pain_points": texts,
        "opportunities": texts,
        "touchpoints": texts,
    }
    spec = WorkbookSpec(
        lang,
        [JourneySheet(["A1", "B2", "C3"], lanes, content=content, scores=[1, -1, 2], meta={"client": "Acme"})],
        touchpoints=[["A1", "Web", "website", "tablet", "video", "dag 1", "Piet", "x", "x", "CTR", "x"]],
        personas=[["Anna", "inkoper", "snel", "hulp", "wachten", "web", "A1"]],
        metrics=[["A1", "Web", "Conversion", "2,5%", "3%", "Q1"]],
    )
    path = tmp_path / f"canvas-{lang}.xlsx"
    write_workbook(spec, path)
    return path


def _ours_in_english_and_dutch(lang: str) -> set[str]:
    """Every word of ours in English or Dutch that the language does not write itself (4 letters or more)."""

    def pieces(value: str) -> list[str]:
        return [p.strip(" .:→()") for p in re.split(r"\{[^}]*\}|[,|]", value)]

    ours = {p for name, t in TABLES.items() for o in ("en", "nl") for v in _values(t[o]) for p in pieces(v)}
    mine = {p for name, t in TABLES.items() for v in _values(t[lang]) for p in pieces(v)}
    return {p for p in ours - mine if len(p) >= 4 and p.lower() not in SHARED}


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
@pytest.mark.parametrize("lang", NEW)
def test_poster_deck_and_kit_in_a_language_carry_no_english_or_dutch_word_of_ours(tmp_path: Path, lang: str) -> None:
    path = _book(tmp_path, lang)
    assert read_canvas(path).language == lang  # chosen from the canvas itself
    out = tmp_path / "out"
    build = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--size", "A3", "--lang", lang])
    assert build.exit_code == 0, build.output
    kit = CliRunner().invoke(main, ["kit", str(path), "-o", str(tmp_path / "kit"), "--lang", lang])
    assert kit.exit_code == 0, kit.output
    pdfs = [out / f"canvas-{lang}.pdf", *sorted((tmp_path / "kit").glob("*.pdf"))]
    assert len(pdfs) >= 4  # poster, handouts, cards, tiles
    text = " ".join(" ".join(_pdf_text(p) for p in pdfs).split()) + " " + slide_text(out / f"canvas-{lang}.pptx")
    flat = " ".join(text.split())
    left = sorted(w for w in _ours_in_english_and_dutch(lang) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", flat))
    assert left == []
    own = TABLES["POSTER_WORDS"][lang]["generated"]  # type: ignore[index]  # the footer's (white label: no product)
    assert own in flat and TABLES["DECK_WORDS"][lang]["agenda"] in flat  # type: ignore[index]


@pytest.mark.parametrize("lang", NEW)
def test_a_template_made_in_a_language_is_read_back_with_every_column(tmp_path: Path, lang: str) -> None:
    canvas = read_canvas(_book(tmp_path, lang))
    journey = canvas.journeys[0]
    assert [lane.kind for lane in journey.lanes] == [
        "customer",
        "internal",
        "experience",
        "score",
        "learning",
        "touchpoints",
        "pain_points",
        "opportunities",
        "kpis",
    ]
    assert journey.meta["client"].text == "Acme"
    assert {f"{k}_label" for k in ("client", "journey", "persona", "version", "date", "scenario")} <= set(journey.meta)
    (touchpoint,) = canvas.touchpoints
    assert set(touchpoint.fields) >= {
        "channel",
        "device",
        "content",
        "timing",
        "owner",
        "current",
        "ideal",
        "kpi",
        "sales_moment",
    }
    (persona,) = canvas.personas
    assert set(persona.fields) >= {"role", "goals", "needs", "frustrations", "channels", "phases"}
    (metric,) = [m for m in canvas.metrics if m.origin != "lane"]
    assert (metric.name.text, metric.value, metric.target, metric.phase) == ("Conversion", 2.5, 3.0, "A1")
    result = CliRunner().invoke(main, ["check", str(tmp_path / f"canvas-{lang}.xlsx")])
    assert result.exit_code == 0, result.output
    assert "no role" not in result.output and "kept as notes" not in result.output


def test_every_language_is_offered_on_the_command_line() -> None:
    result = CliRunner().invoke(main, ["build", "--help"])
    assert "[nl|en|de|fr|es]" in result.output
    assert LANGUAGES == ("nl", "en", "de", "fr", "es")


@pytest.mark.parametrize(
    ("lang", "change", "remove"),
    [("de", "ändern", "löschen"), ("fr", "modifier", "supprimer"), ("es", "cambiar", "quitar")],
)
def test_the_changes_sheet_written_in_a_language_is_applied_in_its_words(
    tmp_path: Path, lang: str, change: str, remove: str
) -> None:
    import openpyxl

    from canvasgen.analysis.cards import cards_of
    from canvasgen.render.xlsx.changes_sheet import write_changes
    from tests.support.workshop import canvas, fill, lane_items

    source = canvas(tmp_path / "reis.xlsx")
    read = read_canvas(source)
    changes = tmp_path / "reis-changes.xlsx"
    write_changes(cards_of(read), read, lang, changes, "", source.name)
    sheet = openpyxl.load_workbook(changes).active
    headers = [sheet.cell(2, c).value for c in range(1, 8)]
    kit = TABLES["KIT_WORDS"][lang]  # type: ignore[index]
    assert headers == [
        kit[k] for k in ("col_id", "col_phase", "col_lane", "col_text", "col_action", "col_new", "col_note")
    ]
    rows = {sheet.cell(r, 4).value: r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value}
    fill(
        changes,
        {
            (rows["Vult formulier in"], 5): change,
            (rows["Vult formulier in"], 6): "Vult online in",
            (rows["Dealer belt"], 5): remove,
        },
    )
    out = tmp_path / "reis-v2.xlsx"
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(out)])
    assert result.exit_code == 0, result.output
    items = lane_items(out)
    assert items[("Aanvraag", "Klantproces")] == ["Vult online in"]
    assert items[("Levering", "Intern proces")] == []
