"""The workshop kit of a canvas: the changes workbook, the cards, the handouts and the poster tiled on
office paper, all from one reading of the workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.analysis.analyse import Analysis, analyse
from canvasgen.analysis.cards import (
    Card,
    ScoreRow,
    card_lanes,
    cards_of,
    changes_cards,
    journey_names,
    score_crossing,
    score_row,
    score_words,
    scoring_cards,
    shared_cards,
    steps_rowed,
    uncalculated_cells,
)
from canvasgen.brand.colors import Colour
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasWarning, Location, display_file, what_to_do
from canvasgen.figures import score_in
from canvasgen.fileio import generation_date, refuse_folders
from canvasgen.language import compound_parts, hyphenation_language, without_doubt
from canvasgen.layout.boxes import Page, PosterLayout
from canvasgen.layout.poster.poster import canvas_title, layout_poster
from canvasgen.layout.poster.sheet import PosterSpec
from canvasgen.layout.sheets.cards import A4, FORMATS, MIN_SIZE, CardFace, card_faces, continued, sheets_of
from canvasgen.layout.sheets.handouts import handout_pages
from canvasgen.layout.sheets.tiles import Sheet, TileNames, tile_sheets
from canvasgen.layout.text.setter import Setter
from canvasgen.model import SCORE_LANE, Canvas
from canvasgen.pipeline.read import in_language, output_language, read, with_kit
from canvasgen.pipeline.render import keep_theirs, located, within_bounds
from canvasgen.pipeline.warm import Brand, brand_kit
from canvasgen.read.corrections import Corrections, effective, to_record
from canvasgen.render.pdf.document import render_pdf
from canvasgen.render.pdf.tiles import render_sheets
from canvasgen.render.xlsx.changes_sheet import write_changes
from canvasgen.render.xlsx.written import keep_filled_in
from canvasgen.text import excerpt
from canvasgen.units import A_SIZES_MM, PrintOptions, mm, parse_paper
from canvasgen.words import DEFAULT_LANGUAGE, KIT_WORDS, POSTER_WORDS

BLANKS_PER_LANE = 2


@dataclass(frozen=True)
class KitOptions:
    out_dir: Path
    cards: str = "2x4"  # cards per label sheet
    language: str | None = None
    brand: str | None = None
    size: str = "A1"  # the poster that is tiled
    tile: str = "A4"  # the office paper it is tiled on
    tile_all: bool = False  # every poster page, not only the journey pages
    corrections: Corrections = field(default_factory=Corrections)  # --lane, --phases-row ...: recorded for apply
    force: bool = False  # replace a changes workbook filled in since, or a PDF of the user's own


@dataclass
class KitResult:
    outputs: list[Path] = field(default_factory=list)
    warnings: list[CanvasWarning] = field(default_factory=list)
    cards: int = 0


def run_kit(source: Path, options: KitOptions) -> KitResult:
    changes = options.out_dir / f"{source.stem}-changes.xlsx"
    pdfs = [options.out_dir / f"{source.stem}-{kind}.pdf" for kind in ("cards", "handouts", "tiles")]
    refuse_folders([changes, *pdfs])  # before anything is written, every one at once
    keep_filled_in(changes, options.force, "changes workbook")
    keep_theirs(pdfs, options.force)
    brand = brand_kit(options.brand)  # once for the run, handed down
    kit, fonts, kit_warnings = brand
    canvas = read(source, None, with_kit(options.corrections, kit))  # its organisation the canvas's company
    within_bounds(canvas, source)  # the cards and sheets a kit prints are bounded as a build's are
    language = output_language(options.language, kit.language, canvas)
    canvas = in_language(canvas, language)
    cards = cards_of(canvas)
    shared = shared_cards(canvas, cards)  # once: said here and on the changes sheet's first row
    said = [*_score_row_text(canvas, source), *_unchangeable_scores(canvas, source), *_shared(canvas, shared, source)]
    result = KitResult(
        warnings=[*kit_warnings, *without_doubt(canvas.warnings, options.language), *said], cards=len(cards)
    )
    options.out_dir.mkdir(parents=True, exist_ok=True)
    reading = to_record(effective(options.corrections, source))
    # the user's name for it; the sheet has a row for each phase's score too (changed there, not on the wall)
    write_changes(changes_cards(canvas, cards), canvas, language, changes, reading, canvas.file, shared, kit.author)
    result.outputs.append(changes)
    breaks_by = hyphenation_language(canvas)
    setter = Setter(fonts, breaks_by, compound_parts(canvas, breaks_by))
    faces = card_faces(cards, _blanks(canvas, kit), kit, setter, FORMATS[options.cards], KIT_WORDS[language], canvas)
    result.warnings.extend(_continued(cards, faces, options.cards, source, canvas=canvas, kit=kit, setter=setter))
    pages = sheets_of(faces, kit, setter, FORMATS[options.cards])
    if pages:
        out = options.out_dir / f"{source.stem}-cards.pdf"
        _pdf(
            pages,
            out,
            brand=brand,
            setter=setter,
            language=language,
            source=source,
            result=result,
            canvas=canvas,
        )
    else:  # a PDF without pages is no PDF: say why there is none
        result.warnings.append(
            CanvasWarning(
                Location.of(source),
                "no lane holds text, so there are no cards to print; check what canvasgen read "
                + what_to_do("with `canvasgen check`", 'on the tab "{tab_build}"'),
            )
        )
    if not canvas.journeys:  # a workbook of personas only: no phases to hand out, no map to tile
        result.warnings.append(
            CanvasWarning(
                Location.of(source),
                "no journey in the workbook, so no handouts and no tiles were written; its personas are on the cards",
            )
        )
        return result
    pages = handout_pages(canvas, kit, setter, language)
    out = options.out_dir / f"{source.stem}-handouts.pdf"
    _pdf(pages, out, brand=brand, setter=setter, language=language, source=source, result=result, canvas=canvas)
    _tiles(canvas, source, options, result, language=language, brand=brand)
    return result


def _continued(
    cards: list[Card], faces: list[CardFace], fmt: str, source: Path, *, canvas: Canvas, kit: BrandKit, setter: Setter
) -> list[CanvasWarning]:
    """Said when an item goes on over more than one card (a card is what the team moves and votes on):
    which, and the larger card that holds them whole where there is one."""
    cut = continued(faces)
    if not cut:
        return []
    count = {code: face.cards for face in faces for code in [face.code] if code in cut}
    named = ", ".join(f"{code} ({count[code]} cards)" for code in cut[:12])
    named += f" and {len(cut) - 12} more" if len(cut) > 12 else ""
    said = f"{len(cut)} item(s) too long for one card at --cards {fmt} go on over cards marked (1/2), (2/2) …: {named}"
    larger = [name for name in FORMATS if name != fmt and FORMATS[name].card[1] > FORMATS[fmt].card[1]]
    for name in larger:
        long = [card for card in cards if card.id in cut]
        again = continued(card_faces(long, [], kit, setter, FORMATS[name], KIT_WORDS["en"], canvas))
        if len(again) < len(cut):
            held = "each on one card" if not again else f"{len(cut) - len(again)} of them on one card"
            said += f"; --cards {name} holds {held}"
            break
    return [CanvasWarning(Location.of(source), said)]


def _tiles(
    canvas: Canvas, source: Path, options: KitOptions, result: KitResult, *, language: str, brand: Brand
) -> None:
    analysis = analyse(canvas, str(source))  # the tiled poster's: the kit's only layout of the map
    poster, sheets, warnings = tiled_poster(canvas, analysis, source, options, language=language, brand=brand)
    result.warnings.extend(w for w in warnings if w not in result.warnings)
    kit, fonts = brand.kit, brand.fonts
    out = options.out_dir / f"{source.stem}-tiles.pdf"
    title = f"{KIT_WORDS[language]['tiles_title']} · {canvas_title(canvas, POSTER_WORDS[language])}"
    result.warnings.extend(render_sheets(poster, sheets, kit, fonts, out, title, display_file(source)))
    result.outputs.append(out)


def tiled_poster(
    canvas: Canvas, analysis: Analysis, source: Path, options: KitOptions, *, language: str, brand: Brand
) -> tuple[PosterLayout, list[Sheet], list[CanvasWarning]]:
    """The poster laid out at ``options.size`` and its sheets of ``options.tile`` paper: the journey
    pages and the pages their cells go on over, or every page with ``tile_all``; with what the fonts
    could not draw, by cell."""
    kit, fonts = brand.kit, brand.fonts
    width, height = parse_paper(options.size)
    spec = PosterSpec(width, height, language, display_file(source), generation_date(), region=canvas.region)
    poster = layout_poster(canvas, kit, fonts, spec, views=analysis.views)
    pages = [
        i
        for i, p in enumerate(poster.pages)
        if options.tile_all or p.kind == "poster" or (p.journey_text and not p.notes_only)
    ]
    paper = A_SIZES_MM[options.tile.upper()]
    names = TileNames(KIT_WORDS[language], options.size.upper().replace(" ", ""), options.tile.upper())
    setter = Setter(fonts)
    sheets = tile_sheets(poster, pages, (mm(paper[0]), mm(paper[1])), names, kit, setter)
    return poster, sheets, located(source, [*poster.problems, *setter.problems])


def _score_row_text(canvas: Canvas, source: Path) -> list[CanvasWarning]:
    """Text in a phase's score row that is no score and no words beside one ("nog niet gemeten" alone), said: it
    is no card (the words beside a score are: ``cards.score_words``), and the phase gets no score row."""
    said = []
    for journey in canvas.journeys:
        for p, phase in enumerate(journey.phases):
            carded = [item for _, item in score_words(journey, p)]
            cells = [lane.cells[p] for lane in journey.lanes if lane.kind == SCORE_LANE]
            for item in (item for cell in cells for item in cell if not any(item is words for words in carded)):
                where = Location.of(source, item.source.sheet, item.source.cell) if item.source else Location.of(source)
                said.append(
                    CanvasWarning(
                        where,
                        f"the text {excerpt(item.text)!r} in the score row of {phase.name!r} is no score and no "
                        "card in the kit, and the phase gets no score row (it would write over the text); change it "
                        "in the workbook",
                    )
                )
    return said


def _unchangeable_scores(canvas: Canvas, source: Path) -> list[CanvasWarning]:
    """The scored phases the changes sheet has no score row for (``score_row``), each said with why: several
    scores in one phase (a phase of several steps, a Mermaid section's tasks: one row would not say which), a
    traffic light, a score written as a word that is no card, a score of no cell of its own, a score cell that
    is a formula without a value. A score a card's text writes is changed by that card (said by no one)."""
    said = []
    formulas = uncalculated_cells(canvas)
    for journey in canvas.journeys:
        carded = scoring_cards(journey)
        for p, (phase, scores) in enumerate(zip(journey.phases, journey.scores)):
            row = score_row(journey, p, formulas, carded)
            if row.rowed or row in (ScoreRow.CARDED, ScoreRow.NO_PLACE):
                continue
            if row is ScoreRow.SEVERAL and steps_rowed(scores, carded):  # a row per step score (F5.1-SC)
                continue
            if row is ScoreRow.FORMULA:
                crossing = score_crossing(journey, p)
                assert crossing is not None  # a formula's cell is where the score row crosses the phase
                said.append(
                    CanvasWarning(
                        Location.of(source, crossing.sheet, crossing.cell),
                        f"the score cell of {phase.name!r} holds a formula without a calculated value: the changes "
                        "sheet has no score row for it (apply does not write over a formula); score it in the workbook",
                    )
                )
                continue
            shown = ", ".join(score_in(s.scale, s.value, canvas.language or DEFAULT_LANGUAGE) for s in scores)
            todo = "change them in the workbook" if row is ScoreRow.SEVERAL else "change it in the workbook"
            why = {
                ScoreRow.SEVERAL: f"has {len(scores)} scores ({shown})",
                ScoreRow.LIGHT: f"is scored by a traffic light ({scores[0].mark or (scores[0].light or '')})",
                ScoreRow.WORD: f"is scored by the word {scores[0].mark!r}, which is no card",
            }.get(row, f"has its score ({shown}) from no cell of its own")
            first = next((s.source for s in scores if s.source is not None), None)
            where = Location.of(source, first.sheet, first.cell) if first else Location.of(source)
            said.append(
                CanvasWarning(
                    where, f"the phase {phase.name!r} {why}: the changes sheet has no score row for it; {todo}"
                )
            )
    return said


def _blanks(canvas: Canvas, kit: BrandKit) -> list[tuple[str, Colour]]:
    lanes = dict.fromkeys(lane.heading for journey in canvas.journeys for _, lane in card_lanes(journey))
    return [(lane, kit.palette.muted.mix(kit.palette.text, 0.25)) for lane in lanes for _ in range(BLANKS_PER_LANE)]


def _pdf(
    pages: list[Page],
    out: Path,
    *,
    brand: Brand,
    setter: Setter,
    language: str,
    source: Path,
    result: KitResult,
    canvas: Canvas,
) -> None:
    """An A4 PDF of the kit's pages, with what the fonts could not draw reported by cell (``setter`` set
    the pages: its problems are reported and cleared)."""
    kit, fonts = brand.kit, brand.fonts
    layout = PosterLayout(*A4, MIN_SIZE, pages, language=language)
    kind = out.stem.rsplit("-", 1)[-1]  # cards, handouts: named in the kit's language, with what the canvas is about
    title = f"{KIT_WORDS[language][f'{kind}_title']} · {canvas_title(canvas, POSTER_WORDS[language])}"
    result.warnings.extend(render_pdf(layout, kit, fonts, out, PrintOptions(bleed_mm=0.0), title, display_file(source)))
    result.warnings.extend(located(source, setter.problems))
    setter.problems.clear()
    result.outputs.append(out)


def _shared(canvas: Canvas, shared: list[tuple[Card, list[int]]], source: Path) -> list[CanvasWarning]:
    """Cells that several journeys share (a stage list's, joined to every persona's journey: ``shared_cards``):
    one card each, in the first journey, said with the journeys it stands for."""
    if not shared:
        return []
    names = journey_names(canvas)
    card, journeys = shared[0]
    return [
        CanvasWarning(
            Location.of(source),
            f"{len(shared)} cell(s) are shown in several journeys ({', '.join(names[j] for j in journeys)}), "
            f"{card.item.source or 'one item'} ('{excerpt(card.text)}') the first: each is one card, under "
            f"R{journeys[0] + 1} ({card.id}, …), whose change is every journey's",
        )
    ]
