"""The poster as pages of positioned boxes and lines: pure functions of the model, the brand kit and
the paper. A journey too wide for a page is split into runs of phases; rows from the other sheets
get a companion page when they would crowd the journey's own; notes and what the map leaves out
follow on appendix pages. The journey page itself is drawn by ``journey_page``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from canvasgen.analysis.curve_reading import comparable
from canvasgen.analysis.report import ReportBlock, ReportParts
from canvasgen.analysis.view import JourneyView, figure_notes, figures_journey
from canvasgen.brand.colors import Colour
from canvasgen.brand.kit import KIT_FILE, BrandKit
from canvasgen.language import compound_parts, hyphenation_language, in_another_language
from canvasgen.layout.boxes import Box, Continuation, Line, Page, PosterLayout, TextBlock
from canvasgen.layout.empathy import shown_on_maps
from canvasgen.layout.headings import in_full, lane_heading
from canvasgen.layout.meta import (
    made_on,
    metric_records,
    placed_note,
    record_lines,
    unheaded_age,
    with_group_word,
    workbook_title,
)
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, FootRoom, at_foot, flow, foot_size
from canvasgen.layout.poster.arrange.short_page import MOST_GAP, spread
from canvasgen.layout.poster.arrange.stacked import stacked_page
from canvasgen.layout.poster.blueprint import as_blueprint, line_label
from canvasgen.layout.poster.compare_page import comparison_page
from canvasgen.layout.poster.journey_page import (
    MAX_GROWTH,
    ROOMY_GROWTH,
    SHARED_PAGE_WORD,
    Overflow,
    Sizing,
    journey_page_size,
    label_need,
    lay_journey_page,
    min_text_size,
    words_unbroken,
)
from canvasgen.layout.poster.map_rows import (
    ChannelRow,
    FigureRow,
    Mapped,
    MatrixHead,
    PersonaPanel,
    RoleRow,
    companion_title,
    persona_panel,
    with_map_rows,
)
from canvasgen.layout.poster.persona_page import empathy_pages, persona_pages
from canvasgen.layout.poster.sheet import (
    LabelColumn,
    PosterSpec,
    content_bottom,
    label_width,
    page_margin,
)
from canvasgen.layout.questions import team_customer, team_words
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.fonts import FontSet
from canvasgen.layout.text.setter import LEADING, Setter
from canvasgen.model import (
    VIEW_SEPARATOR,
    Canvas,
    EmpathyMap,
    Item,
    Journey,
    NotesColumn,
    NotesTable,
    tables_among,
    told_apart,
    under_headings,
)
from canvasgen.text import label_key
from canvasgen.vocabulary.channels import channel_of
from canvasgen.words import CHANNEL_NAMES, META_LABELS, POSTER_WORDS

__all__ = ["PosterSpec", "layout_poster", "layout_report", "min_text_size"]


@dataclass
class _Run:
    """One poster being laid out: what every page needs, and the pages so far with whose footer each gets."""

    kit: BrandKit
    setter: Setter
    spec: PosterSpec
    u: float  # the smallest type on this paper
    words: dict[str, str]
    result: PosterLayout
    # a journey page's tallest cell may continue on a later page rather than set the page smaller; and
    # whether one did (or the lane labels are larger for it)
    cut: bool = False
    was_cut: bool = False
    owners: list[Journey | None] = field(default_factory=list)
    figure_lines: bool = False  # the measured figures as lines on every page (``_Ways.figure_lines``)
    # the body size every page of a journey split over pages shares (none for a journey on one page)
    shared: float | None = None
    # every lane label's one size and column on every journey page (none while the poster measures them)
    labels: LabelColumn | None = None
    # the notes outside any canvas (another sheet's cells): at the foot of the last journey's last page
    outside_notes: list[Item] = field(default_factory=list)
    # the headings and tables of the notes outside any canvas (a sheet of notes alone: "Toelichting" over them)
    outside_kept: tuple[list[NotesColumn], list[NotesTable]] = field(default_factory=lambda: ([], []))
    # the cells a page of the journey overflowed, to go on at the foot of a later page of it
    carried: list[_Carried] = field(default_factory=list)
    # whether the journey being laid out is the poster's last; and its last page's cut cells (and notes),
    # to go on with the appendix
    last_journey: bool = False
    # whether the poster has one journey only: its pages after the journey's (personas, appendix) are its
    # own, its last page's cut cells may go on there; with several, they are of no one journey
    one_journey: bool = False
    # several journeys of the workbook's own (no report): the notes a journey's pages have no room for go on
    # with every other journey's, each headed by ``tag`` (the journey's told-apart name), with the appendix
    notes_together: bool = False
    tag: str = ""
    deferred: _Carried | None = None
    # the journey's parts still to be laid out after the one being laid out
    later: list[Mapped] = field(default_factory=list)
    # the poster's last page so far when it is a journey's page, and how it was laid out
    last_map: _MapPage | None = None
    # every journey page laid out so far with nothing beside its rows at its foot, and how: the appendix may go
    # at the foot of an earlier one where the last has no room for it (``_under_an_earlier_map``)
    maps: list[_MapPage] = field(default_factory=list)
    # the last page of curves laid over each other, its curves and headings: to lay it out again with the
    # appendix at its foot
    compared: tuple[Page, list[tuple[str, Journey]], tuple[str, str]] | None = None
    # the largest size of text laid at a page's foot, where it is held down to the paper's least size (the
    # appendix, rather than on a page of its own)
    foot_ceiling: float | None = None
    # the last journey's rows from the other sheets on a companion page of their own, even where they fit
    # beside its words (``_Ways.apart``); and whether the appendix took pages of its own
    apart: bool = False
    appendix_alone: bool = False
    # the last journey's last page without any of its rows from the other sheets, all of them on a companion
    # page of their own (as ``apart`` lays them out)
    apart_already: bool = False
    # the sheets of several whole journeys, one above the other, by page index: their footer names them all
    together: dict[int, list[Journey]] = field(default_factory=dict)

    def laid_map(self, laid: _MapPage | None) -> None:
        """The poster's last page so far is the journey page ``laid`` (None: another page, or a journey page
        that is not to be laid out again)."""
        self.last_map = laid
        if laid is not None:
            self.maps.append(laid)

    def page(
        self, mapped: Mapped, stretch: bool = True, reserve: float = 0.0, cut: bool = False, logo: bool = True
    ) -> _Laid:
        """``mapped`` on a page of its own; without ``logo``: a tier under another on a sheet (``_tiers``), the
        sheet's logo only on top, its band no taller than its title and metadata need."""
        ceiling = math.inf if self.shared is None else self.shared
        sizing = Sizing(ceiling, self.labels, cut, self.figure_lines)
        kit = self.kit if logo or self.kit.logo is None else replace(self.kit, logo=None)
        return lay_journey_page(mapped, kit, self.setter, self.spec, stretch, reserve, sizing)

    def size(self, mapped: Mapped, cut: bool = False) -> float:
        """The body size ``page(mapped, cut=cut)`` is set in, its rows not drawn."""
        ceiling = math.inf if self.shared is None else self.shared
        sizing = Sizing(ceiling, self.labels, cut, self.figure_lines)
        return journey_page_size(mapped, self.kit, self.setter, self.spec, sizing)


def layout_poster(
    canvas: Canvas,
    kit: BrandKit,
    fonts: FontSet,
    spec: PosterSpec,
    report: ReportParts | None = None,
    *,
    views: list[JourneyView],
) -> PosterLayout:
    """The poster; ``report`` (such as a gap analysis) leads, on pages of its own, and the canvas's pages
    follow it for reference.
    ``views`` are the journeys' analyses (one per journey, made once per run: ``analysis.analyse``).
    Journeys over the same phases get a page with their curves laid over each other: the workbook's
    own, or the report's (journeys given names, such as ideal and current) when it compares some.
    Of the ways it may be laid out (``_Ways``) the one of the fewest pages is taken, the first tried on a tie:
    a page's one long cell continues on a later page rather than set the page's every lane smaller, and
    the notes outside any canvas (a persona sheet's comment) go with the last journey's notes, unless
    either adds a page to the poster (a page for one note, or the appendix pushed onto a page of its own)."""
    breaks_by = hyphenation_language(canvas)
    setter = Setter(fonts, breaks_by, compound_parts(canvas, breaks_by))
    alike = _Alike()  # what every way computes the same, computed by the first
    notes_ways = (False, True) if canvas.notes and canvas.journeys else (False,)
    best: PosterLayout | None = None
    chosen: tuple[_Ways, _Tried] | None = None  # the best: its ways, and how it was laid out
    for cut in (True, False):
        any_cut = False
        for notes_last in notes_ways:
            ways = _Ways(cut, notes_last)
            tried = _laid_poster(canvas, kit, setter, spec, (report, views, alike), ways)
            any_cut = any_cut or tried.was_cut
            if best is None or len(tried.layout.pages) < len(best.pages):
                best, chosen = tried.layout, (ways, tried)
        if not any_cut:
            break  # no page had a cell to cut: laid out without cutting already
    assert best is not None and chosen is not None
    ways, tried = chosen
    # (not where its rows went on a page of their own already: laid out apart, the same poster again)
    if tried.appendix_alone and not tried.apart_already and canvas.journeys and report is None:
        # the appendix on a page of its own (a fifth of an A3 portrait page) where the last journey's rows from
        # the other sheets filled its page: those rows on a page of their own instead, the appendix at its
        # foot, and the journey's page to its words alone, where that takes no more pages
        apart = _laid_poster(canvas, kit, setter, spec, (report, views, alike), replace(ways, apart=True))
        if len(apart.layout.pages) <= len(best.pages) and not apart.appendix_alone:
            best, ways = apart.layout, replace(ways, apart=True)
    if len({page.figure_design for page in best.pages} - {None}) > 1:
        # one page's figures as tiles, another's as lines (no room for tiles there): lines on every page, one
        # design for the whole poster (the same figures drawn two ways side by side read as two kinds)
        best = _laid_poster(canvas, kit, setter, spec, (report, views, alike), replace(ways, figure_lines=True)).layout
    return best


def _outside_notes(canvas: Canvas, with_figures: list[Item], index: int, at_figures: int) -> list[Item]:
    """The notes outside any canvas that follow the journey at ``index``: those of the figures' sheets
    (``with_figures``) after the journey the figures go with (``at_figures``), the others after the last one."""
    last = index == len(canvas.journeys) - 1
    return [n for n in canvas.notes if (index == at_figures if any(n is f for f in with_figures) else last)]


@dataclass(frozen=True)
class _Ways:
    """How a poster may be laid out: ``cut``, a journey page's tallest cell may continue on a later page
    rather than the page be set smaller (``lay_journey_page``'s ``Sizing.cut``); ``notes_last``, the notes
    outside any canvas go with the appendix rather than with the last journey's own notes."""

    cut: bool
    notes_last: bool
    #: The last journey's rows from the other sheets (channels, involvement, persona cards) on a companion page
    #: of their own, the appendix at its foot: tried where the appendix otherwise takes a page of its own.
    apart: bool = False
    #: The measured figures as lines of text on every page: one design per poster where some page has no
    #: room for them as tiles.
    figure_lines: bool = False


class _Tried(NamedTuple):
    """A poster laid out in some ways (``_laid_poster``): whether any page's tallest cell was cut; whether
    the appendix took pages of its own; and whether the last journey's rows from the other sheets all
    went on a companion page of their own, the page before it the team's words alone (what
    ``_Ways.apart`` asks for: laid out apart, the poster would be the same)."""

    layout: PosterLayout
    was_cut: bool
    appendix_alone: bool
    apart_already: bool


@dataclass
class _Alike:
    """What every way of laying out one poster (``_Ways``) computes the same, kept from the first way that
    computed it for the others (a way laid out again cost as much as the first): each journey with its added
    rows and its parts (``_phase_views``); the lane-label column, and whether measuring it cut a cell, by
    ``_Ways.cut``; the size the parts of a split journey share, by ``_Ways.cut`` and the journey's place."""

    journeys: list[tuple[Mapped, list[Mapped]]] | None = None
    labels: dict[bool, tuple[LabelColumn, bool]] = field(default_factory=dict)
    shared: dict[tuple[bool, int], float | None] = field(default_factory=dict)


def _laid_poster(
    canvas: Canvas,
    kit: BrandKit,
    setter: Setter,
    spec: PosterSpec,
    asked: tuple[ReportParts | None, list[JourneyView], _Alike],
    ways: _Ways,
) -> _Tried:
    """The poster (``layout_poster``) laid out in the ``ways`` given (``asked``: its report, the journeys'
    analyses and what the ways compute alike), and how (``_Tried``)."""
    report, views, alike = asked
    u = min_text_size(spec.width, spec.height)
    words = with_group_word(POSTER_WORDS[spec.language], canvas, spec.language)
    words = team_words(words, spec.language, team_customer(canvas.journeys, spec.language))  # "Patiëntreiscanvas"
    result = PosterLayout(spec.width, spec.height, u, pages=[], language=spec.language)
    run = _Run(kit, setter, spec, u, words, result, cut=ways.cut, apart=ways.apart, figure_lines=ways.figure_lines)
    run.outside_kept = (canvas.notes_columns, canvas.notes_tables)
    owners = run.owners  # whose footer each page carries
    # each empathy map on a page of its own: what it shows, its persona's card does not say again
    maps, drawn = empathy_pages(canvas, kit, setter, (spec.width, spec.height), u, words)
    title = canvas_title(canvas, words)  # pages of no one journey: the file name belongs in the footer only
    if report is not None:  # a report leads: its pages first, the canvas's own after them for reference
        _report_pages(run, report, canvas, title)
    if alike.journeys is None:
        alike.journeys = []
        for journey_read, view in zip(canvas.journeys, views, strict=True):
            if spec.blueprint:
                journey_read = as_blueprint(journey_read)
            whole = with_map_rows(journey_read, canvas, spec.language, view, drawn)
            alike.journeys.append((whole, _phase_views(run, whole)))  # phases split over pages
    journeys = alike.journeys
    if ways.cut not in alike.labels:
        alike.labels[ways.cut] = (_label_column(run, [part for _, parts in journeys for part in parts]), run.was_cut)
    run.labels, run.was_cut = alike.labels[ways.cut]
    _lay_journeys(run, canvas, journeys, (report, alike), ways)
    if report is None:  # the workbook's own journeys over the same phases (a report compares its own)
        _comparison_pages(run, canvas, title)
    paper = (spec.width, spec.height)
    panel = persona_panel(canvas, words, drawn, language=spec.language)
    personas = persona_pages(canvas, kit, setter, paper, u, words, panel)
    cards = personas + maps
    result.pages.extend(cards)
    owners.extend([None] * len(cards))
    shown = _page_values(result.pages) | _figure_names(whole for whole, _ in journeys)
    # the notes outside any canvas went with the last journey's notes (at its foot, else on its pages)
    outside = [] if journeys and not ways.notes_last else canvas.notes
    appendix = _appendix_blocks(canvas, views, words, spec.language, shown, drawn, outside)
    footed = _lay_appendix(run, appendix, title)
    for page in personas:  # nothing at its foot: the cards fill the page
        if page is not footed:
            (stretched,) = persona_pages(canvas, kit, setter, paper, u, words, panel, stretch=True)
            result.pages[next(i for i, laid in enumerate(result.pages) if laid is page)] = stretched
    # a page of no one journey: the canvas's title and version
    projects = {" ".join(j.meta["project"].text.split()) for j in canvas.journeys if "project" in j.meta}
    fallback = (title, _version(canvas.journeys, spec.language), projects.pop() if len(projects) == 1 else None)
    for number, (page, owner) in enumerate(zip(result.pages, owners), start=1):
        footing = _sheet_footing(run.together[number - 1], spec) if number - 1 in run.together else fallback
        _footer(page, kit, setter, spec, u, footing, owner, (number, len(result.pages)))
    result.problems = list(dict.fromkeys(setter.problems))  # a page tried twice reports once
    result.problems += split_unlike(journeys, setter)
    return _Tried(result, run.was_cut, run.appendix_alone, run.apart_already)


def _lay_journeys(
    run: _Run,
    canvas: Canvas,
    journeys: list[tuple[Mapped, list[Mapped]]],
    asked: tuple[ReportParts | None, _Alike],
    ways: _Ways,
) -> None:
    """The journeys' pages, in the workbook's order: whole short ones several to a sheet where they fit it
    (``_journeys_stacked``), a split one's parts in tiers where they fit (``_lay_parts``)."""
    report, alike = asked
    # the notes of the figures' sheets go with the journey the figures go with, the others with the last one's
    with_figures = figure_notes(canvas)
    at_figures = next((i for i, j in enumerate(canvas.journeys) if j is figures_journey(canvas)), len(journeys) - 1)
    tags = told_apart([whole.journey.name for whole, _ in journeys])

    def begin(index: int) -> None:  # the run's state for the journey at ``index``
        run.outside_notes = [] if ways.notes_last else _outside_notes(canvas, with_figures, index, at_figures)
        run.last_journey = index == len(journeys) - 1 and report is None
        run.one_journey = len(journeys) == 1
        run.notes_together = len(journeys) > 1 and report is None
        run.tag = tags[index]

    index = 0
    while index < len(journeys):
        whole, parts = journeys[index]
        if report is None and (together := _journeys_stacked(run, journeys, index, begin)):
            index += together
            continue
        begin(index)
        # A journey split over pages has one body size on all of them: the smallest its parts' own lanes
        # need alone (no part set smaller because it took the rows from the other sheets in).
        if (ways.cut, index) not in alike.shared:
            shared = min(run.size(part.alone()) for part in parts) if len(parts) > 1 else None
            alike.shared[(ways.cut, index)] = shared
        run.shared = alike.shared[(ways.cut, index)]
        _lay_parts(run, whole, parts)
        run.shared = None
        index += 1


def _sheet_footing(journeys: list[Journey], spec: PosterSpec) -> tuple[str, str | None, str | None]:
    """The footer's title, version and project of a sheet of several journeys (``_journeys_stacked``): their
    names, once on the sheet rather than under each; the version they share, else each's; the project they
    share, if any."""
    projects = {" ".join(j.meta["project"].text.split()) for j in journeys if "project" in j.meta}
    names = " · ".join(j.name for j in journeys)
    return names, _version(journeys, spec.language), projects.pop() if len(projects) == 1 else None


def _lay_parts(run: _Run, whole: Mapped, parts: list[Mapped]) -> None:
    """The journey's parts, each on its page (and the pages its cells and notes go on over), several on one
    sheet where they fit it (``_stacked``)."""
    number = 1
    while number <= len(parts):
        run.later = parts[number:]
        rest = parts[number - 1 :]
        notes = [
            _TierNotes(whole.journey.name, [] if part is not parts[-1] else _journey_leftovers(run, whole))
            for part in rest
        ]
        tiers = _stacked(run, rest, notes)
        if tiers:
            number += tiers
            continue
        _lay_view(run, parts[number - 1], whole, number == len(parts))
        number += 1


def _journeys_stacked(
    run: _Run, journeys: list[tuple[Mapped, list[Mapped]]], index: int, begin: Callable[[int], None]
) -> int:
    """Whole journeys from ``index`` on, each on one page of its own with room to spare, on one sheet, one above
    the other (``_stacked``), as many as fit it at the size each has alone, each its notes at its foot: how
    many (0: fewer than two fit). One split over pages, or with rows from the other sheets, is laid out on
    its own (``begin``: the run's state for the journey at an index, whose notes it decides). Eight
    three-phase journeys of a workbook each filled a third of an A1 sheet (#31)."""
    rest: list[Mapped] = []
    notes: list[_TierNotes] = []
    for at in range(index, len(journeys)):
        whole, parts = journeys[at]
        if len(parts) != 1 or whole.added:
            break
        begin(at)
        rest.append(whole)
        notes.append(_TierNotes(whole.journey.name, _journey_leftovers(run, whole)))
    if len(rest) < 2:
        return 0
    return _stacked(run, rest, notes, [whole.journey for whole in rest])


class _TierNotes(NamedTuple):
    """What goes at the foot of a tier of a sheet (``_tiers``): its journey's name, and its notes (none for a
    part of a split journey before its last)."""

    name: str
    blocks: list[FlowBlock]


#: Where a tier's notes are read: after its band (0), map (1) and curve (2), before the tier under it.
_TIER_NOTES_ORDER = 9


def _stacked(run: _Run, rest: list[Mapped], notes: list[_TierNotes], journeys: list[Journey] | None = None) -> int:
    """The first parts of ``rest`` (the journey's parts still to be laid out, its last part last; or whole
    journeys, ``journeys``) laid out on one sheet, one above the other (``stacked_page``), as many as fit it
    with their rows at the height they need (each with its ``notes`` at its foot), each keeping the size it
    has on a page of its own, no cell of any continued: the page added to the poster, and how many parts it
    holds (0: none, two do not fit). Not a part that takes rows from the other sheets (its companion page
    follows it) or at whose foot cells of an earlier page go on: those are laid out part by part, as before.
    The sheet's spare height is shared by the tiers (#31: thirteen stages at A2 portrait, each half a page
    three quarters empty)."""
    if len(rest) < 2:
        return 0
    spec = run.spec
    margin = page_margin(spec.width, spec.height)
    bottom = content_bottom(spec.width, spec.height, run.u)
    gap = margin  # between a part's last row and the band of the part under it
    alone: list[_Laid] = []
    needs: list[float] = []
    for part in rest:
        if part.added or any(c.to is part.journey for c in run.carried):
            break
        top = not alone  # the sheet's first tier: the only one with the logo
        laid = run.page(part, logo=top)
        if laid[1]:
            break
        need = _drawn_bottom(run.page(part, stretch=False, logo=top)[0], spec)
        if sum(needs) + need + gap * len(needs) > bottom:
            break
        alone.append(laid)
        needs.append(need)
    for count in range(len(alone), 1, -1):
        page = _tiers(run, (rest[:count], alone[:count], needs[:count]), notes[:count])
        if page is not None:
            page.title = notes[0].name if journeys is None else " · ".join(j.name for j in journeys[:count])
            run.result.pages.append(page)
            # a sheet of several journeys: its footer names them all (``_sheet_footing``)
            run.owners.append(rest[0].journey if journeys is None else None)
            if journeys is not None:
                run.result.sheets.append((len(run.result.pages), [j.name for j in journeys[:count]]))
                run.together[len(run.result.pages) - 1] = journeys[:count]
            run.result.body_sizes.append(min(laid[2] for laid in alone[:count]))
            run.laid_map(None)  # never laid out again with more at its foot: its parts are several
            return count
    return 0


def _tiers(run: _Run, tiers: tuple[list[Mapped], list[_Laid], list[float]], notes: list[_TierNotes]) -> Page | None:
    """The parts on one sheet (``_stacked``; ``tiers``: the parts, each laid out on a page of its own, and the
    height each needs), each tier's ``notes`` at its foot, as at a page's; None where they do not fit it so."""
    parts, alone, needs = tiers
    spec = run.spec
    margin = page_margin(spec.width, spec.height)
    bottom = content_bottom(spec.width, spec.height, run.u)
    gap = margin
    feet: list[tuple[float, Callable[[Page, float, float], None] | None]] = []
    for own, tier in zip(alone, notes, strict=True):
        if not tier.blocks:
            feet.append((0.0, None))
            continue
        ceiling = min(own[2], run.u * MAX_GROWTH if run.foot_ceiling is None else run.foot_ceiling)
        titles = FlowTitles(run.words["continued"], tier.name, run.words["card_continued"])
        free = bottom - sum(needs) - gap * (len(needs) - 1) - sum(height for height, _ in feet) - run.u * 1.2
        found = at_foot(
            tier.blocks, run.kit, run.setter, spec.width - 2 * margin, run.u, titles, ceiling, FootRoom(free)
        )
        if found is None:
            return None
        feet.append((found[0] + run.u * 1.2, found[1]))
    spare = (bottom - sum(needs) - gap * (len(needs) - 1) - sum(h for h, _ in feet)) / len(needs)  # each tier's
    if spare < 0:
        return None
    pages: list[Page] = []
    shifts: list[float] = []
    top = 0.0
    for part, own, need, (foot, put) in zip(parts, alone, needs, feet, strict=True):
        page, overflows, size = run.page(part, reserve=bottom - need - spare, logo=not pages)
        if overflows or size < own[2] - 0.05:
            return None
        if put is not None:  # on the tier's own page, read with it (its reading order moved with the tier's)
            drawn = len(page.blocks)
            put(page, margin, need + spare + run.u * 1.2)
            for number, block in enumerate(page.blocks[drawn:]):
                block.order = block.order or (_TIER_NOTES_ORDER, number)
        pages.append(page)
        shifts.append(top)
        top += need + spare + foot + gap
    return stacked_page(pages, shifts, (spec.width, spec.height))


def _comparison_pages(run: _Run, canvas: Canvas, title: str) -> None:
    """A page comparing each group of the workbook's journeys over the same phases, after the pages so far."""
    spec = run.spec
    for group in comparable(canvas.journeys):
        named = [(j.name, j) for j in group]
        headings = (run.words["compare"], title)
        run.result.pages.append(
            comparison_page(named, run.kit, run.setter, (spec.width, spec.height), run.u, headings, spec.language)
        )
        run.compared = (run.result.pages[-1], named, headings)
        run.owners.append(None)


def split_unlike(journeys: Sequence[tuple[Mapped, Sequence[Mapped]]], setter: Setter) -> list[tuple[str, str]]:
    """What says why a journey is split into more parts (pages, or tiers of a sheet: ``_stacked``) than another
    of the same phases in the file (P1 of the thirteen stages on one page, P2 to P5 each on two, F5): its words
    wider than every word of the one in fewer parts (a column holds every word unbroken at the paper's smallest
    size, ``words_unbroken``), at the cell of the widest."""
    said: list[tuple[str, str]] = []
    by_phases: dict[tuple[str, ...], list[tuple[Mapped, int]]] = {}
    for whole, parts in journeys:
        by_phases.setdefault(tuple(p.name for p in whole.journey.phases), []).append((whole, len(parts)))
    for group in by_phases.values():
        fewest = min(count for _, count in group)
        fits = next(whole for whole, count in group if count == fewest)
        widest = max((width for width, _, _ in _words_by_width(fits, setter)), default=0.0)
        for whole, count in group:
            wider = [found for found in _words_by_width(whole, setter) if found[0] > widest] if count > fewest else []
            if not wider:
                continue
            wider.sort(key=lambda found: -found[0])
            named = list(dict.fromkeys(word for _, word, _ in wider))
            shown = ", ".join(f"'{word}'" for word in named[:3]) + (
                f" and {len(named) - 3} more" if len(named) > 3 else ""
            )
            source = wider[0][2].source
            said.append(
                (
                    str(source) if source is not None else whole.journey.name,
                    f"journey '{whole.journey.name}' is split into {count} parts where '{fits.journey.name}' of "
                    f"the same phases takes {fewest}: its words {shown} are wider than any of its, and "
                    f"a column of {len(whole.journey.phases)} phases must hold every word unbroken at the smallest "
                    "text size — shorter words in those cells keep it in fewer parts",
                )
            )
    return said


def _words_by_width(whole: Mapped, setter: Setter) -> list[tuple[float, str, Item]]:
    """Every word of the journey's own lanes, with its width per unit size and its item."""
    return [
        (setter.widest_piece(word, "body", SHARED_PAGE_WORD), word, item)
        for lane in whole.journey.lanes
        for cell in lane.cells
        for item in cell
        for word in item.text.split()
    ]


def _lay_appendix(run: _Run, appendix: list[FlowBlock], title: str) -> Page | None:
    """The appendix after the pages so far, led by the last journey page's cut cells and notes (which go on
    with it): at the foot of the last page, beside its lone persona card, under its map or its curves,
    else on pages of its own; the pointers of the cut cells to the page they go on. The page it went at the
    foot of (None when on pages of its own or beneath the map or the curves)."""
    result, spec, deferred = run.result, run.spec, run.deferred
    if deferred is not None:
        appendix = deferred.blocks + appendix
    at_page = [len(result.pages)] * len(appendix)  # the page each block goes on (numbered from 1)
    footed: Page | None = None
    if appendix:
        # led by a journey's cut cells, the pages go on with its text: "Continued", not "Appendix"
        cut_cells_lead = deferred is not None and bool(deferred.overflows)
        kicker = run.words["continued" if cut_cells_lead else "appendix"]
        titles = FlowTitles(kicker, title, run.words["card_continued"])
        if _on_short_page(run, appendix, titles):
            pass
        elif result.pages and _at_the_foot(result.pages[-1], appendix, run, titles, _body(result, run.u)):
            footed = result.pages[-1]
        elif (beside := _appendix_beside_lone_card(run, appendix, titles)) is not None:
            footed = beside
        elif _under_the_map(run, appendix, titles) or _under_the_curves(run, appendix, titles):
            pass
        # rather than a page of its own, the appendix at the paper's least size where that fits it (not
        # tried again where the poster's body size is that least size already: the first try, the same)
        elif (
            result.pages
            and foot_size(run.u, run.u) != foot_size(run.u, _body(result, run.u))
            and _at_the_foot(result.pages[-1], appendix, run, titles, run.u)
        ):
            footed = result.pages[-1]
        elif not _under_the_map(run, appendix, titles, floor=True) and not (
            not cut_cells_lead and _under_an_earlier_map(run, appendix, titles)
        ):
            # notes alone on a page of their own are set as large as that page holds them, up to the largest
            # body a map of this paper is set in (``MAX_GROWTH``), rather than at a small map's body size in a
            # corner of a mostly empty sheet; a journey's cut cells go on at the size they started in
            ceiling = _body(result, run.u) if cut_cells_lead else run.u * MAX_GROWTH
            pages, starts = flow(appendix, run.kit, run.setter, spec.width, spec.height, run.u, titles, ceiling)
            run.appendix_alone = bool(pages)
            at_page = [len(result.pages) + start + 1 for start in starts]
            result.pages.extend(pages)
            run.owners.extend([None] * len(pages))
    if deferred is not None:
        _pointers(run, deferred.page, deferred.overflows, at_page[: len(deferred.overflows)])
    return footed


def _report_pages(run: _Run, report: ReportParts, canvas: Canvas, title: str) -> None:
    """A report's pages (a gap analysis): the compared journeys' curves laid over each other, when they
    share their phases, then its blocks; before any page of the canvas's own, which follow for reference
    (never an appendix of the canvas between two of the report's pages)."""
    spec, words = run.spec, run.words
    group = list(report.compared)
    if group and len(comparable([journey for _, journey in group])) == 1:
        # what both curves are of: the journey's name without its view ("… – Huidig"), the page shows both
        name = (
            canvas.journeys[0].name.rpartition(VIEW_SEPARATOR)[0] or canvas.journeys[0].name if canvas.journeys else ""
        )
        headings = (words["compare"], name or title)
        size = (spec.width, spec.height)
        run.result.pages.append(comparison_page(group, run.kit, run.setter, size, run.u, headings, spec.language))
        run.owners.append(None)
    titles = FlowTitles(report.title, title, words["card_continued"])
    pages, _ = flow(_flow_blocks(report.pages), run.kit, run.setter, spec.width, spec.height, run.u, titles)
    run.result.pages.extend(pages)
    run.owners.extend([None] * len(pages))


def _at_the_foot(page: Page, blocks: list[FlowBlock], run: _Run, titles: FlowTitles, body: float | None) -> bool:
    """Whether the blocks (the appendix, or a journey's notes) were drawn at the foot of ``page`` as it is
    laid out: they are, when they fit in the room below everything on it (a persona page's cards, a cards
    page's balanced columns), across the page or beside what reaches lower (a persona card on the left
    half of a page leaves its right half free), rather than on a page of their own. The widest room that
    holds them is taken: the fewer lines they break into. ``body``: the size they are never set larger than."""
    spec, u = run.spec, run.u
    margin = page_margin(spec.width, spec.height)
    content = spec.width - 2 * margin
    bottom = content_bottom(spec.width, spec.height, u)
    gap = u * 1.4
    for share in _FOOT_SHARES:
        width = content * share
        floors = {  # beside what reaches lower: right, left; the highest the blocks' top may be at each
            left: _drawn_bottom(page, spec, (left - gap, left + width + gap)) + u * 1.2
            for left in dict.fromkeys((margin + content - width, margin))
        }
        if all(bottom < floor for floor in floors.values()):
            continue  # no room at all at this width (a page drawn to its foot): the blocks are not laid out
        found = at_foot(blocks, run.kit, run.setter, width, u, titles, body, FootRoom(bottom - min(floors.values())))
        if found is None:
            continue  # taller than the most room at this width
        height, draw = found
        for left, floor in floors.items():
            if bottom - height >= floor:
                # on a page of continued cells and notes, right under them (at the foot, a band of empty
                # page stood between the two); under a page's map or cards, at its foot
                draw(page, left, floor if page.journey_text else bottom - height)
                return True
    return False


def _appendix_beside_lone_card(run: _Run, blocks: list[FlowBlock], titles: FlowTitles) -> Page | None:
    """The poster's last page, a journey's page with a lone persona card across it, laid out again with the
    card on its left half and the blocks (the appendix) beside it; None when they do not fit there."""
    laid = run.last_map
    if laid is None or laid.index != len(run.result.pages) - 1 or laid.foot:
        return None
    found = _beside_lone_card(run, laid.part, (laid.size, laid.stretch), blocks, titles, shrink=False)
    if found is None:
        return None
    run.result.pages[laid.index] = found[0]
    return found[0]


def _under_the_map(run: _Run, blocks: list[FlowBlock], titles: FlowTitles, floor: bool = False) -> bool:
    """Whether the blocks (the appendix) were drawn at the foot of the poster's last page, a journey's page
    laid out again with room kept for them under what is at its foot already, its words at their size (a
    companion page's KPI tiles stay tiles), rather than on a mostly empty page of their own."""
    laid = run.last_map
    if laid is None or laid.index != len(run.result.pages) - 1:
        return False
    titles = replace(titles, kicker=laid.titles.kicker)
    # a page of the other sheets' rows only (a companion page: touchpoint cards, figures, persona cards) may
    # set its cards smaller for the appendix at its foot, down to the appendix's own size: no text on the page
    # smaller than the appendix, and no page of its own a third full
    # (the size the page keeps is the most the foot is set in too: the foot's own size is that least size)
    # ``floor``: where the blocks would otherwise take a page of their own, they and a companion page's
    # cards are set down to the paper's least size (a map keeps its size)
    least = foot_size(run.u, laid.size) if not laid.part.journey.lanes else laid.size
    if floor:
        least = run.u if not laid.part.journey.lanes else laid.size
        run.foot_ceiling = run.u
    found = _with_foot(run, laid.part, least, laid.stretch, laid.foot + blocks, titles)
    run.foot_ceiling = None
    if found is None:
        return False
    run.result.pages[laid.index] = found[0]
    return True


#: A short page: one whose parts leave at least this share of its height blank (under the foot at its least
#: size); its foot's type grows into the room, its parts spread (``_on_short_page``).
SHORT_PAGE = 1 / 10


def _on_short_page(run: _Run, blocks: list[FlowBlock], titles: FlowTitles) -> bool:
    """Whether the blocks (the appendix) were drawn on the poster's last page, a companion page of the other
    sheets' rows (none of the team's own lanes, its rows at the height they need), laid out again with them
    under its notes: the foot's type grown to the largest that fits (up to the page's body size, as a journey
    page's words grow), its parts spread down the page (``short_page``). Not at the foot's least size pinned
    to the page's foot under a hole of half the page (round 24: the touchpoint cards under their map)."""
    laid = run.last_map
    if laid is None or laid.index != len(run.result.pages) - 1 or laid.part.journey.lanes or laid.stretch:
        return False
    titles = replace(titles, kicker=laid.titles.kicker)
    foot = laid.foot + blocks

    def grown(grow: float, draw: bool = False, scale: float = 1.0) -> tuple[Page, float] | None:
        """The page with its foot's type ``grow`` times its least size, and everything ``scale`` times more:
        its rows, lane labels and phase names (the poster's label size) with its foot."""
        kept = run.labels
        if kept is not None and scale > 1.0:
            run.labels, run.foot_ceiling = replace(kept, size=kept.size * scale), laid.size * scale
        try:
            way = _FootWay(draw=draw, grow=grow * scale)
            return _with_foot(run, laid.part, laid.size * scale, False, foot, titles, way)
        finally:
            run.labels, run.foot_ceiling = kept, None

    def smallest(page: Page) -> float:
        return min((line.size for block in page.blocks for line in block.lines), default=math.inf)

    # a short page only: the page as it stands and the foot at its least size leave a share of it blank
    spec, page = run.spec, run.result.pages[-1]
    width = spec.width - 2 * page_margin(spec.width, spec.height)
    at_least = at_foot(blocks, run.kit, run.setter, width, run.u, titles, laid.size)
    bottom = content_bottom(spec.width, spec.height, run.u)
    if at_least is None or bottom - _drawn_bottom(page, spec) - at_least[0] < SHORT_PAGE * spec.height:
        return False
    # the foot's text at ``grow`` times its least size, never over the page's body (nor the usual largest),
    # and the page's own text (its rows, channels and persona matrices) set no smaller for it than it stands
    floor = smallest(page) - 0.01

    def fits(grow: float) -> bool:
        found = grown(grow)
        return found is not None and smallest(found[0]) >= floor

    most = min(laid.size, run.u * MAX_GROWTH) / foot_size(run.u, laid.size)
    if not fits(1.0):
        return False
    grow = largest_fitting(fits, 1.0, most, 0.05) if most > 1.0 else 1.0
    # then the whole page grows into the room still left, as a roomy journey page's words do: its body up to
    # the largest a journey page's grows to (``ROOMY_GROWTH``), its labels while their column holds them
    labels = run.labels

    def fits_whole(scale: float) -> bool:
        if labels is None or label_need([laid.part], run.setter, labels.size * scale) > labels.width:
            return False
        found = grown(grow, scale=scale)
        return found is not None and smallest(found[0]) >= floor

    top = run.u * ROOMY_GROWTH / laid.size
    scale = largest_fitting(fits_whole, 1.0, top, 0.05) if top > 1.0 and fits_whole(1.0) else 1.0
    found = grown(grow, draw=True, scale=scale)
    if found is None:
        return False
    page = found[0]
    whole = Box(0, 0, spec.width, spec.height)
    title_band = max((r.box.bottom for r in page.rects if r.box != whole and r.box.y <= 0.0), default=0.0)
    spread(page, title_band, bottom, run.u * 1.2, spec.height * MOST_GAP)
    run.result.pages[laid.index] = page
    return True


def _under_an_earlier_map(run: _Run, blocks: list[FlowBlock], titles: FlowTitles) -> bool:
    """Whether the blocks (the appendix) were drawn at the foot of an earlier page of the last journey, the
    nearest to the end whose words keep their size with them there (its rows stretched less), where the
    poster's last page has no room for them: the free room of a page there anyway rather than a page added
    for a few cards (#31 item 5: the webshop's touchpoint cards on an A2 portrait page of their own, the map's
    rows stretched over the room on the page before). Not a report's pages, nor another journey's."""
    pages = run.result.pages
    if run.last_map is None or run.last_map.index != len(pages) - 1 or run.owners[run.last_map.index] is None:
        return False  # the poster ends with the journey's pages (no persona card, curves or report after them)
    journey = run.owners[run.last_map.index]
    for laid in reversed(run.maps):
        if laid.index >= len(pages) - 1 or run.owners[laid.index] is not journey:
            continue
        kicker = replace(titles, kicker=laid.titles.kicker)
        found = _with_foot(run, laid.part, laid.size, laid.stretch, laid.foot + blocks, kicker)
        if found is not None:
            pages[laid.index] = found[0]
            return True
    return False


def _under_the_curves(run: _Run, blocks: list[FlowBlock], titles: FlowTitles) -> bool:
    """Whether the blocks (the appendix) were drawn at the foot of the poster's last page, a page of curves
    laid over each other laid out again with room kept for them (the plot keeps at least the rest of the
    page, ``FOOT_SHARE`` of it), rather than on a page of their own: a plot the height of the page leaves
    its curves no easier to read than half of it does."""
    spec, u, pages = run.spec, run.u, run.result.pages
    if run.compared is None or run.compared[0] is not pages[-1]:
        return False
    _, named, headings = run.compared
    margin = page_margin(spec.width, spec.height)
    most = (spec.height - 2 * margin) * FOOT_SHARE
    found = at_foot(
        blocks, run.kit, run.setter, spec.width - 2 * margin, u, titles, _body(run.result, u), FootRoom(most)
    )
    if found is None or found[0] + u * 1.2 >= most:
        return False
    height, put = found
    again = comparison_page(
        named, run.kit, run.setter, (spec.width, spec.height), u, headings, spec.language, height + u * 1.2
    )
    put(again, margin, content_bottom(spec.width, spec.height, u) - height)
    pages[-1] = again
    return True


#: The widths tried for leftovers at the foot of a page, as shares of its content's width, widest first.
_FOOT_SHARES = (1.0, 2 / 3, 1 / 2, 1 / 3)


def _body(result: PosterLayout, u: float) -> float | None:
    """The largest body size of the poster's journey pages (none without one): what the pages it flows
    text on are never set larger than, one type system per poster; at most the usual largest (``MAX_GROWTH``
    over the minimum ``u``): a roomy map's larger type is its lanes', never its notes' and appendix's."""
    largest = max(result.body_sizes, default=None)
    return None if largest is None else min(largest, u * MAX_GROWTH)


def _drawn_bottom(page: Page, spec: PosterSpec, across: tuple[float, float] | None = None) -> float:
    """The lowest point of what a page draws, its background aside: text (to its lowest line's descenders),
    shapes, marks and pictures; ``across``: of what reaches into that span of the page's width only."""
    low, high = across or (-math.inf, math.inf)

    def over(x0: float, x1: float) -> bool:
        return x0 < high and x1 > low

    bottoms = [0.0]
    for block in page.blocks:
        lines = [line.y + line.size * 0.3 for line in block.lines if over(line.x, line.x + line.width)]
        if block.lines:
            bottoms += lines
        elif over(block.box.x, block.box.right):
            bottoms.append(block.box.bottom)
    whole = Box(0, 0, spec.width, spec.height)
    bottoms += [r.box.bottom for r in page.rects if r.box != whole and over(r.box.x, r.box.right)]
    bottoms += [p.box.bottom for p in page.portraits if over(p.box.x, p.box.right)]
    bottoms += [i.y + i.size for i in page.icons if over(i.x, i.x + i.size)]
    bottoms += [d.y + d.radius for d in page.dots if over(d.x - d.radius, d.x + d.radius)]
    for stroke in page.strokes:
        xs = [x for x, _ in stroke.points]
        if over(min(xs, default=0.0), max(xs, default=0.0)):
            bottoms += [y for _, y in stroke.points]
    return max(bottoms)


def _label_column(run: _Run, parts: list[Mapped]) -> LabelColumn:
    """Every lane label of the poster at one size, on every page: the largest body size any journey page
    is set in (its team's own lanes alone, the most room they get, its tallest cell continued where the
    run allows it), so that no label is smaller than the text beside it; their column widened to hold the
    longest label word at that size (within a fifth of the page's width: beyond, a label breaks)."""
    size = max((run.size(part.alone(), cut=run.cut) for part in parts), default=run.u)
    if run.cut and size > max((run.size(part.alone()) for part in parts), default=run.u) + 0.05:
        run.was_cut = True
    if len(parts) > 1:  # a small map's larger type is its one page's: never the labels of several pages
        size = min(size, run.u * MAX_GROWTH)
    spec = run.spec
    content = spec.width - 2 * page_margin(spec.width, spec.height)
    need = label_need(parts, run.setter, size)
    return LabelColumn(size, label_width(content, run.u, need, spec.width))


def _phases_per_page(spec: PosterSpec, u: float) -> int:
    """How many phase columns a page holds at a readable width (at least 13 minimum-size units)."""
    content = spec.width - 2 * page_margin(spec.width, spec.height)
    label_w = label_width(content, u)
    gap = u * 0.35
    return max(3, int((content - label_w + gap) / (13 * u + gap)))


def _phase_views(run: _Run, whole: Mapped) -> list[Mapped]:
    """The journey and its added rows as they fit: whole, or split into runs of phases over several pages.
    A page holds the phases a readable column width gives (``_phases_per_page``), or more when what the
    lanes hold fits them narrower: the fewest pages on which no cell is continued and every word stands
    unbroken (``words_unbroken``) — a one-lane journey of seven phases is one page, not two mostly empty."""
    n = len(whole.journey.phases)
    most = math.ceil(n / _phases_per_page(run.spec, run.u))
    spec = run.spec
    content = spec.width - 2 * page_margin(spec.width, spec.height)
    # the widest label column the poster may give these labels (at the largest size a page is set in), so
    # that no page the check passes overflows: not the widest any labels may get, which split a long canvas
    # of short labels over more pages than its words need
    largest = run.u * MAX_GROWTH
    widest = LabelColumn(largest, label_width(content, run.u, label_need([whole], run.setter, largest), spec.width))
    for parts in range(1, most):
        views = _split(whole, parts)
        if all(_holds(run, view, widest) for view in views):
            return views
    return _split(whole, most)


def _holds(run: _Run, view: Mapped, labels: LabelColumn) -> bool:
    """Whether a page holds the view's own lanes with no cell continued and every word unbroken."""
    own = view.alone()
    if not words_unbroken(own, run.setter, run.spec, labels.width):
        return False
    _, overflows, _ = lay_journey_page(own, run.kit, run.setter, run.spec, sizing=Sizing(labels=labels))
    return not overflows


def _split(whole: Mapped, parts: int) -> list[Mapped]:
    """The journey in ``parts`` runs of phases as even as they go (whole for one): the runs differ by one
    phase at most, the longer first (thirteen phases in five: 3, 3, 3, 2, 2; not 3, 3, 3, 3, 1). The persona
    cards are the journey's, not its phases': drawn with its first part only, once per journey."""
    n = len(whole.journey.phases)
    parts = min(parts, n)
    if parts <= 1:
        return [whole]
    base, longer = divmod(n, parts)
    starts = [index * base + min(index, longer) for index in range(parts + 1)]
    split = [
        whole.phases(slice(start, stop), f"{whole.journey.name} ({index}/{parts})")
        for index, (start, stop) in enumerate(itertools.pairwise(starts), start=1)
    ]
    return split[:1] + [
        replace(part, added=tuple(row for row in part.added if not isinstance(row, PersonaPanel))) for part in split[1:]
    ]


def _lay_view(run: _Run, part: Mapped, whole: Mapped, last: bool) -> None:
    """The view's poster page (or two, see below), then the pages overflowing cells continue on."""
    journey = part.journey
    own = replace(part, added=())  # the team's own lanes only
    plan: list[tuple[Mapped, _Laid | None]]
    if not part.added:
        plan = [(part, run.page(part))]
    else:
        # The rows from the other sheets share the journey's page only when everything fits there (on a
        # page of a split journey: with the team's words at the size its other pages share); otherwise
        # they get a page of their own, with the same phase columns, so that they never push the team's
        # own words onto continuation pages.
        alone = run.page(own)
        apart = run.apart and last and run.last_journey  # all of them on their page, the appendix at its foot
        together = None if alone[1] or apart else run.page(part)
        keeps_size = run.shared is None or (together is not None and together[2] >= alone[2] - 0.05)
        if together is not None and not together[1] and keeps_size:
            plan = [(part, together)]
        else:
            # As many of them as fit beside the team's words, without shrinking those, stay on the
            # page (its room is used, not left blank); the rest go to a page of their own.
            fit = not alone[1] and not apart
            kept, first = _added_that_fit(run, part, (own, alone)) if fit else (0, (own, alone))
            companion = replace(
                journey,
                name=f"{journey.name} · {companion_title(part.added[kept:], run.spec.language)}",
                lanes=[],
                scores=[[] for _ in journey.phases],
                boundaries=[],
            )
            plan = [first, (Mapped(companion, part.added[kept:], part.first, part.channels), None)]
            run.apart_already = run.apart_already or (last and run.last_journey and kept == 0)
    if run.cut:
        plan[0] = _with_tallest_cut(run, *plan[0])
    for number, (page_part, laid) in enumerate(plan, start=1):
        final = last and number == len(plan)
        then = plan[number][0] if number < len(plan) else None
        _lay_page(run, page_part, whole, final, laid, then)


_Laid = tuple[Page, list[Overflow], float]


def _with_tallest_cut(run: _Run, part: Mapped, laid: _Laid | None) -> tuple[Mapped, _Laid | None]:
    """The page with its tallest cell continued on the page that follows it where that keeps its other
    lanes at a larger size: one long cell does not set the whole page smaller."""
    if laid is None:
        return part, laid
    again = run.page(part, cut=True)
    if again[2] <= laid[2] + 0.05:
        return part, laid
    run.was_cut = True
    return part, again


def _added_that_fit(run: _Run, part: Mapped, alone: tuple[Mapped, _Laid]) -> tuple[int, tuple[Mapped, _Laid]]:
    """How many of the other sheets' rows, the first in their order, fit on the journey's page with no
    cell continued and the team's words at their size (``alone``: the page without them); and that page
    (``alone`` when none fits)."""
    size = alone[1][2]
    added = part.added
    for count in range(len(added) - 1, 0, -1):
        if isinstance(added[count - 1], MatrixHead) or isinstance(added[count], ChannelRow | RoleRow):
            continue  # a heading stays with its rows, and a group's rows together
        trial = replace(part, added=added[:count])
        if run.size(trial) < size - 0.05:
            continue  # the team's words would shrink: no need to draw the page to see whether a cell continues
        laid = run.page(trial)
        if not laid[1] and laid[2] >= size - 0.05:
            return count, (trial, laid)
    return 0, alone


@dataclass(frozen=True)
class _MapPage:
    """A journey page as it was laid out (its place in the poster, its part of the journey, body size, rows
    stretched or not), and what it has at its foot: to lay it out again with more there."""

    index: int
    part: Mapped
    size: float
    stretch: bool
    foot: list[FlowBlock]
    titles: FlowTitles


@dataclass
class _Carried:
    """A page's overflowing cells, carried to the foot of a later page of the journey (``to``, the part of
    the journey that page shows): the page they overflow (its pointers are drawn once the page they
    continue on is known), their blocks and the titles of pages of their own, should they need them.
    ``after``: where that page has no room for them, they go on after it (with its notes, on one page)
    rather than before it."""

    page: Page
    overflows: list[Overflow]
    blocks: list[FlowBlock]
    titles: FlowTitles
    to: Journey
    after: bool = False


def _lay_page(
    run: _Run, part: Mapped, whole: Mapped, last: bool, laid: _Laid | None, then: Mapped | None = None
) -> None:
    """One poster page, then the pages its overflowing cells (and, last, the notes) continue on.

    ``laid`` is the page when it was laid out already; without it, a companion page is laid out
    here, its rows at the height they need. ``whole``: the journey the page is part of, all its phases.
    A page's overflowing cells go on at the foot of the nearest later page of the journey with room for
    them, its team's words at their size (as the notes do), rather than on a mostly empty page of their
    own; the pointers aim at that page. Where none has room, or they do not fit there after all, they go
    on on pages of their own. ``then``: the page's companion page (the rows from the other sheets), next:
    the cells go on at its foot, or after it with the notes, rather than on a page of their own between
    the two."""
    laid = _whole_rather_than_nearly_empty(run, (part, whole), laid, last, then)
    page, overflows, size = laid or run.page(part, stretch=False)
    result, words, setter, spec = run.result, run.words, run.setter, run.spec
    journey, whole_journey = part.journey, whole.journey
    carried = [c for c in run.carried if c.to is journey]
    run.carried = [c for c in run.carried if c.to is not journey]
    leftovers = _journey_leftovers(run, whole) if last else []
    titles = FlowTitles(words["continued"], journey.name, words["card_continued"])
    at_its_foot: list[FlowBlock] = []
    if not overflows:  # what earlier pages overflowed and the notes at its foot, if its words keep their size
        before = [block for c in carried for block in c.blocks]
        trials = [before + leftovers, before] if carried else [leftovers]
        shows = _page_values([page]) if any(trials) else set()  # the page as laid, without a foot: once
        for foot in [trial for trial in trials if trial]:
            found = _with_foot(run, part, size, laid is not None, foot, titles, shows=shows)
            if found is not None:
                (page, _), at_its_foot = found, foot
                leftovers = [block for block in leftovers if not any(block is placed for placed in foot)]
                for done in carried:
                    _pointers(run, done.page, done.overflows, [len(result.pages) + 1] * len(done.overflows))
                carried = []
                break
    beside = False
    if leftovers and not overflows and not carried:
        placed_kept = _leftovers_kept(run, (page, size), part, (at_its_foot, leftovers), titles, laid is not None)
        page, size, at_its_foot, beside = placed_kept
        leftovers = [] if beside or any(block is leftovers[0] for block in at_its_foot) else leftovers
    after = [done for done in carried if done.after]  # no room at its foot: on after it, with its notes
    for done in carried:  # no room at the foot of this page after all: on pages of their own, before it
        if not done.after:
            _continue(run, done, whole_journey, size)
    result.pages.append(page)
    run.owners.append(whole_journey)
    result.body_sizes.append(size)
    poster_no = len(result.pages)
    blocks = _continued_blocks(overflows, words, poster_no)
    to = _room_later(run, blocks, titles, size) if blocks and not last else None
    if to is not None:  # on at the foot of a later page of the journey
        run.carried.append(_Carried(page, overflows, blocks, titles, to))
        blocks, overflows = [], []
    elif blocks and (then is not None or (run.later and not last)):
        # at the foot of its companion page, or on after it; with no later page of the journey with room at
        # its foot, on after the journey's last page with that page's own cut cells and notes, rather than on
        # a mostly empty page of their own between two of its pages (#31)
        run.carried.append(_Carried(page, overflows, blocks, titles, (then or run.later[-1]).journey, after=True))
        blocks, overflows = [], []
    elif _with_the_appendix(run, (blocks, leftovers), last, bool(after)):
        # the poster's only journey's last page: its cut cells and the notes its foot has no room for go on
        # with the appendix, at the foot of the poster's last page where there is room (or beside a persona
        # card), rather than on a page of their own before it (a page for one note). With several journeys
        # the pages after them are no one journey's (the compared curves of all): the last journey's cut
        # cells go on a continuation page of its own, titled with its name (#31); a journey's notes alone go
        # on with the appendix under its name (``_defer``)
        _defer(run, _Carried(page, overflows, blocks + leftovers, titles, whole_journey))
        blocks, overflows, leftovers = [], [], []
    if after:  # titled as the page they overflow (as the whole journey, where they overflow several), first
        titles = _titles_after(after, titles if blocks else None, whole_journey.name)
        blocks = [block for done in after for block in done.blocks] + blocks
    if leftovers and not blocks:  # a page of leftovers only: named after what it holds, not the page before
        held = ", ".join(dict.fromkeys(block.heading for block in leftovers))
        titles = replace(titles, title=f"{whole_journey.name} · {held}")
    pages, starts = flow(blocks + leftovers, run.kit, setter, spec.width, spec.height, run.u, titles, size)
    _mark_continued(pages, starts, len(blocks), bool(leftovers))
    for done in after:
        count = len(done.overflows)
        _pointers(run, done.page, done.overflows, [poster_no + start + 1 for start in starts[:count]])
        starts = starts[count:]
    _pointers(run, page, overflows, [poster_no + start + 1 for start in starts[: len(overflows)]])
    result.pages.extend(pages)
    run.owners.extend([whole_journey] * len(pages))
    # a page with leftovers drawn beside what it holds is not laid out again (they would be lost)
    kept = not pages and not beside and not (run.deferred is not None and run.deferred.overflows)
    run.laid_map(_MapPage(poster_no - 1, part, size, laid is not None, at_its_foot, titles) if kept else None)


def _titles_after(after: list[_Carried], own: FlowTitles | None, journey: str) -> FlowTitles:
    """The titles of the pages cells go on on after a page (``after``, with that page's ``own`` where it has
    cut cells too): the page they overflow, or the whole ``journey`` where they overflow several of its pages."""
    named = {done.titles.title for done in after} | ({own.title} if own is not None else set())
    return after[0].titles if len(named) == 1 else replace(after[0].titles, title=journey)


def _with_the_appendix(run: _Run, going_on: tuple[list[FlowBlock], list[FlowBlock]], last: bool, after: bool) -> bool:
    """Whether a journey's last page's cut cells and notes (``going_on``) go on with the appendix: the poster's
    only journey's; with several journeys (no report), a journey's notes alone (its cut cells go on its own
    page, titled with its name, never at the foot of the compared curves of all), not a page a person."""
    blocks, leftovers = going_on
    if not last or after or not (blocks or leftovers):
        return False
    if run.one_journey:
        return run.last_journey
    return run.notes_together and bool(leftovers) and not blocks


def _defer(run: _Run, carried: _Carried) -> None:
    """What goes on with the appendix (``_with_the_appendix``): the only journey's as it is; with several
    journeys each one's notes headed by its journey's told-apart name, after the notes of the journeys before."""
    if run.one_journey:
        run.deferred = carried
        return
    named = [replace(block, heading=f"{block.heading} · {run.tag}") for block in carried.blocks]
    if run.deferred is None:
        run.deferred = replace(carried, blocks=named)
    else:
        run.deferred.blocks += named


def _continued_blocks(overflows: list[Overflow], words: dict[str, str], page_no: int) -> list[FlowBlock]:
    """The overflowing cells' blocks, each headed by its lane, phase and the page it comes from."""
    return [
        FlowBlock(
            f"{lane_heading(o.lane)} · {o.phase} ({words['from_page'].format(page=page_no)})",
            [(i.text, str(i.source) if i.source else o.cell) for i in o.items],
        )
        for o in overflows
    ]


#: The most of a continuation page its cards may cover for the page to count as nearly empty: a cut cell's
#: few lines (and the notes) on an A1 sheet of their own, two thirds of it blank or more.
NEARLY_EMPTY = 1 / 3


def _whole_rather_than_nearly_empty(
    run: _Run, parts: tuple[Mapped, Mapped], laid: _Laid | None, last: bool, then: Mapped | None
) -> _Laid | None:
    """The page laid out again with its cut cell whole (its lane row grown, the page's type smaller, never
    below the paper's least size) where the cut would go on, with the journey's notes, on a page of its own
    that its text leaves nearly empty (``NEARLY_EMPTY``): the client's sentence is not split over two sheets
    of the wall for a few lines. ``laid`` unchanged where the cut goes on elsewhere (at the foot of a later
    page of the journey, its companion page, or with a one-journey poster's appendix) or the page does not
    hold the cell whole (#31)."""
    part, whole = parts
    if laid is None or not laid[1] or then is not None:
        return laid
    if (run.later and not last) or (last and run.last_journey and run.one_journey):
        return laid  # may go on at the foot of a page that is there anyway
    uncut = run.page(part)
    if uncut[1]:
        return laid  # too long for the page at any size: it continues
    spec = run.spec
    blocks = _continued_blocks(laid[1], run.words, len(run.result.pages) + 1)
    blocks += _journey_leftovers(run, whole) if last else []
    titles = FlowTitles(run.words["continued"], part.journey.name, run.words["card_continued"])
    pages, _ = flow(blocks, run.kit, run.setter, spec.width, spec.height, run.u, titles, laid[2])
    if len(pages) != 1:
        return laid
    return uncut if _filled(pages[0], spec) < NEARLY_EMPTY else laid


def _filled(page: Page, spec: PosterSpec) -> float:
    """The share of a page of flowed text (continued cells, notes) its cards cover: their boxes' area over
    the page's area under its title band, within its margins."""
    whole = Box(0, 0, spec.width, spec.height)
    bands = [r.box for r in page.rects if r.box != whole and r.box.y <= 0.0 and r.box.w >= spec.width]
    top = max((band.bottom for band in bands), default=0.0)
    cards = [r.box for r in page.rects if r.box != whole and r.box.y >= top]
    margin = page_margin(spec.width, spec.height)
    bottom = content_bottom(spec.width, spec.height, min_text_size(spec.width, spec.height))
    area = (spec.width - 2 * margin) * (bottom - top)
    return sum(box.w * box.h for box in cards) / area if area > 0 else 1.0


def _journey_leftovers(run: _Run, whole: Mapped) -> list[FlowBlock]:
    """What follows a journey's last page: its notes (under their column's heading, and the comments with
    their place), the notes outside any canvas, and the lane names shortened on its pages in full."""
    words, journey = run.words, whole.journey
    leftovers: list[FlowBlock] = []
    on_lines = [line_label(journey, b, words)[1] for b in journey.boundaries]  # written as a row
    notes = [n for n in journey.notes if not any(n is label for label in on_lines)]
    columns, notes = journey.notes_under_titles(notes)
    tables = journey.notes_tables
    for title, titled in columns:  # each notes column's heading titles its notes
        leftovers += note_blocks(title.text, [(n, n.text) for n in titled], tables)
    placed = [(n, placed_note(journey, n, run.spec.language)) for n in notes]  # a comment's place
    outside_columns, outside_tables = run.outside_kept
    headed, outside = under_headings(outside_columns, run.outside_notes)
    leftovers += note_blocks(words["notes"], [*placed, *((n, n.text) for n in outside)], [*tables, *outside_tables])
    for title, titled in headed:  # a sheet of notes under its heading
        leftovers += note_blocks(title.text, [(n, n.text) for n in titled], outside_tables)
    long_names = in_full(journey, whole.added_labels())
    if long_names:
        leftovers.append(FlowBlock(words["in_full"], [(n.text, str(n.source or "")) for n in long_names]))
    return leftovers


#: The least share of its body size a journey on one page may be set in to keep its leftovers (the notes) at
#: its foot, where no room is free for them: a page of a few notes of its own is worse than a step smaller.
FOOT_SHRINK = 0.9


def _least_with_foot(run: _Run, size: float) -> float:
    """The least body size a journey on one page keeps its leftovers at its foot with: ``FOOT_SHRINK`` of
    its size, a roomy map's counted from the usual largest size (``MAX_GROWTH``): its larger type is given up
    for its notes before a page is added for them."""
    return min(size, run.u * MAX_GROWTH) * FOOT_SHRINK


def _leftovers_kept(
    run: _Run,
    laid: tuple[Page, float],
    part: Mapped,
    blocks: tuple[list[FlowBlock], list[FlowBlock]],
    titles: FlowTitles,
    stretch: bool,
) -> tuple[Page, float, list[FlowBlock], bool]:
    """The page with its leftovers (the notes) kept on it where its words at their size leave them no room
    at its foot: drawn beside what reaches lower (a persona card on the left half of its foot leaves the
    right half free; a lone card across the page is laid on its left half for them; the last flag says
    so), or else the page laid out again with them at its foot, its words a little smaller
    (``FOOT_SHRINK``; a journey on one page only: a split journey's pages share one size). ``blocks``:
    what is at the page's foot already (cells an earlier page continues; kept there when the page is
    laid out again) and the leftovers. The page, its body size and the blocks at its foot; unchanged
    when neither holds them."""
    page, size = laid
    foot, leftovers = blocks
    if _at_the_foot(page, leftovers, run, titles, size):
        return page, size, foot, True
    halved = None if foot else _beside_lone_card(run, part, (size, stretch), leftovers, titles)
    if halved is not None:
        return halved[0], halved[1], foot, True
    if run.shared is None:
        # last, the notes' card spread over the foot's columns (lower than kept whole in one): notes on
        # the free room of the page rather than on a page added for them (round 16, F3)
        for spread in (False, True):
            found = _with_foot(
                run, part, _least_with_foot(run, size), stretch, foot + leftovers, titles, _FootWay(spread=spread)
            )
            if found is not None:
                return found[0], found[1], foot + leftovers, False
    return page, size, foot, False


def _beside_lone_card(
    run: _Run,
    part: Mapped,
    laid: tuple[float, bool],
    blocks: list[FlowBlock],
    titles: FlowTitles,
    shrink: bool = True,
) -> tuple[Page, float] | None:
    """The page laid out again with its lone persona card on the left half (it spans the width, else) and
    the blocks (the notes, the appendix) beside it, and its body size: its words at their size ``laid[0]``,
    or a little smaller where ``shrink`` allows (``FOOT_SHRINK``, a journey on one page only: the half card
    is taller); None when
    the page has no lone card or they do not fit there."""
    halved = part.with_lone_card_halved()
    if halved is None:
        return None
    size, stretch = laid
    least = _least_with_foot(run, size) if shrink and run.shared is None else size - 0.05
    page, overflows, again = run.page(halved, stretch=stretch)
    if overflows or again < least or not _at_the_foot(page, blocks, run, titles, min(size, again)):
        return None
    return page, again


def _room_later(run: _Run, blocks: list[FlowBlock], titles: FlowTitles, size: float) -> Journey | None:
    """The nearest later part of the journey whose page holds ``blocks`` at its foot (besides what is
    carried there already), its words at their size; None when none does."""
    for later in run.later:
        pending = [block for c in run.carried if c.to is later.journey for block in c.blocks]
        if _with_foot(run, later, size, True, pending + blocks, titles, _FootWay(draw=False)) is not None:
            return later.journey
    return None


@dataclass(frozen=True)
class _FootWay:
    """How ``_with_foot`` lays text at a page's foot: ``draw`` off, only measured (is there room?);
    ``spread``, its cards go on over the foot's columns wherever that makes it lower (``FootRoom``)."""

    draw: bool = True
    spread: bool = False
    grow: float = 1.0  # the foot's text (and its cards' room) this many times its least size


#: The most of a page's height text at its foot may take (continued cells, notes): the map keeps the rest.
FOOT_SHARE = 1 / 2


def _with_foot(
    run: _Run,
    part: Mapped,
    size: float,
    stretch: bool,
    foot: list[FlowBlock],
    titles: FlowTitles,
    way: _FootWay = _FootWay(),
    shows: set[str] | None = None,
) -> tuple[Page, float] | None:
    """The page laid out again with ``foot`` (text blocks) drawn in room kept at its foot (``way``: not
    drawn, or spread over its columns), and its body size, when its own words keep their size ``size``
    (are set no smaller than it), no cell overflows, nothing it shows without the foot is left out, and
    the foot takes less than ``FOOT_SHARE`` of the page; else None. ``shows``: what the page without the foot shows
    (``_page_values``), where the caller has that page already. The foot's text is set no larger than
    ``size`` (nor than the run's ``foot_ceiling``)."""
    spec = run.spec
    margin = page_margin(spec.width, spec.height)
    # the foot's room must stay below this: a map keeps the rest, a companion page (its rows at the
    # height they need, ``stretch`` off) gives the foot all the room its rows leave
    most = (spec.height - 2 * margin) * (FOOT_SHARE if stretch else 1.0)
    ceiling = min(size, run.u * MAX_GROWTH) if run.foot_ceiling is None else min(size, run.foot_ceiling)
    width = spec.width - 2 * margin
    u = run.u * way.grow
    found = at_foot(foot, run.kit, run.setter, width, u, titles, ceiling, FootRoom(most - run.u * 1.2, way.spread))
    if found is None:
        return None
    height, put = found
    room = height + run.u * 1.2
    if room >= most:
        return None
    again, overflows, again_size = run.page(part, stretch=stretch, reserve=room)
    if overflows or again_size < size - 0.05:
        return None
    # everything the page says without the foot is said with it (a companion page short of room leaves
    # out its persona panel, which the appendix, made from what the pages show, would then not say)
    plain = shows if shows is not None else _page_values([run.page(part, stretch=stretch)[0]])
    if not _page_values([again]) >= plain:
        return None
    if way.draw:
        # right under what the page draws, where its rows stop short of the room kept (a companion page's
        # rows at the height they need: at the foot, a blank band stood between its persona card and the foot)
        under = _drawn_bottom(again, spec) + run.u * 1.2
        put(again, margin, min(under, content_bottom(spec.width, spec.height, run.u) - height))
    return again, again_size


def _mark_continued(pages: list[Page], starts: list[int], cells: int, notes: bool) -> None:
    """Mark the pages a journey page's text goes on over: its first ``cells`` blocks (``starts``: the page each
    block starts on) are its overflowing cells, the rest its ``notes``. A page after the one the notes start on
    holds notes only, as does every page where no cell goes on: no journey page to tile for the wall."""
    cells_up_to = (starts[cells] if notes else len(pages) - 1) if cells else -1
    for number, continued in enumerate(pages):
        continued.journey_text = True
        continued.notes_only = number > cells_up_to


def _continue(run: _Run, carried: _Carried, journey: Journey, size: float) -> None:
    """The cells a page overflowed, on pages of their own (titled as the page they overflow), and its
    pointers to them."""
    spec = run.spec
    pages, starts = flow(carried.blocks, run.kit, run.setter, spec.width, spec.height, run.u, carried.titles, size)
    first = len(run.result.pages)
    _pointers(run, carried.page, carried.overflows, [first + start + 1 for start in starts])
    for continued in pages:
        continued.journey_text = True
    run.result.pages.extend(pages)
    run.owners.extend([journey] * len(pages))


def _pointers(run: _Run, page: Page, overflows: list[Overflow], targets: list[int]) -> None:
    """Each overflowing cell's pointer to the page it continues on ("→ vervolg op pagina 3")."""
    words, setter = run.words, run.setter
    for overflow, target in zip(overflows, targets, strict=True):
        spot = overflow.marker
        text = words["continued_on"].format(page=target)
        if setter.width(text, "heading", overflow.size) > spot.box.w:
            text = words["continued_short"].format(page=target)  # narrow cells: "→ p. 2"
        marker = setter.line(text, spot.x, spot.baseline, "heading", overflow.size, overflow.colour, overflow.cell)
        page.blocks.append(TextBlock(spot.box, [marker], overflow.cell, order=overflow.order))
        run.result.continued.append(Continuation(overflow.cell, lane_heading(overflow.lane), overflow.phase, target))


#: Touchpoint fields the map's touchpoint row prints (name, timing, owner, now → ideal, sales moment).
_ON_THE_MAP = ("phase", "timing", "owner", "current", "ideal", "sales_moment")


def canvas_title(canvas: Canvas, words: dict[str, str]) -> str:
    """What the whole canvas is about (``workbook_title``); canvasgen's word only where nothing says it."""
    return workbook_title(canvas) or words["product"]


def _said(text: str) -> str:
    return " ".join(text.split())


def _card_lines(columns: Mapping[str, Item], key: str, item: Item, language: str) -> tuple[str, str]:
    """A record's field as a page may draw it whole: its value alone, and as a card writes it ("Doelen: …",
    ``columns``: the sheet's column names; an age no column heads: "45 jaar")."""
    head = columns.get(key)
    value = _said(item.text)
    if head is None:
        return value, _said(unheaded_age(key, item, language) or item.text)
    return value, _said(f"{head.text}: {item.text}")


def _paragraphs(block: TextBlock) -> list[str]:
    """The block's paragraphs (its items), each with its lines joined as the reader reads them: a line with
    right-to-left words in the order typed (``Line.actual``), not as drawn (shaped, reordered), else a quote
    with an Arabic word was not found on its persona's card and printed again in the appendix."""
    texts: dict[int, str] = {}
    for line in block.lines:
        before = texts.get(line.item, "")
        typed = line.actual if line.actual is not None else line.text
        texts[line.item] = before + typed + ("" if line.glued else " ")
    return [_said(text) for text in texts.values()]


def _page_values(pages: list[Page]) -> set[str]:
    """Every whole value these pages draw: each paragraph of each block, and each part of one the poster
    joins with " · " (a channel beside its spend, a touchpoint's timing beside its owner). A value found
    only inside another ("Web" in "Website") is not one of them."""
    values: set[str] = set()
    for page in pages:
        for block in page.blocks:
            for text in _paragraphs(block):
                values.add(text)
                values.update(part.strip() for part in text.split(" · ") if part.strip())
    return values


def _figure_names(journeys: Iterable[Mapped]) -> set[str]:
    """The names of the measured figures the journeys' pages draw, each whole at the head of its line or
    tile ("Downloads 1.240 · …")."""
    return {
        _said(line.tile.name)
        for mapped in journeys
        for row in mapped.added
        if isinstance(row, FigureRow)
        for cell in row.cells
        for line in cell
        if line.tile is not None
    }


def _appendix_blocks(
    canvas: Canvas,
    views: list[JourneyView],
    words: dict[str, str],
    language: str,
    shown: set[str] | frozenset[str] = frozenset(),
    drawn: Sequence[EmpathyMap] = (),
    notes: Sequence[Item] = (),
) -> list[FlowBlock]:
    """Reference pages: what the other pages do not show of the touchpoints and the personas, figures of no
    phase on the map, ``notes`` (those no journey page took), and the column names of the Touchpoints sheet.
    ``shown``: the whole values the other pages draw (``_page_values``); a field whose whole value is one of
    them (a touchpoint's channel in the channel matrix, its KPI heading a figure's line), a persona's field
    its card draws as the card writes it ("Role: …", never the same words in a journey's cell), or that its
    persona's ``drawn`` empathy map shows, is not said again, and a record with nothing left is left out
    when its name is drawn too
    (never a word lost: a value only part of a longer text stays)."""
    blocks: list[FlowBlock] = []
    phases = {label_key(p.name) for journey in canvas.journeys for p in journey.phases}

    def elsewhere(columns: Mapping[str, Item], key: str, item: Item | None) -> bool:
        return item is not None and (
            any(text in shown for text in _card_lines(columns, key, item, language)) or _in_its_channel_row(item.text)
        )

    def _in_its_channel_row(text: str) -> bool:
        """A channel the channel matrix counts under a row whose name says it word for word ("SMS" under
        "SMS en chat"): shown there, whole."""
        channel = channel_of(text)
        row = CHANNEL_NAMES[language].get(channel or "")
        return row is not None and row in shown and f" {label_key(text)} " in f" {label_key(row)} "

    def named(name: Item | None) -> bool:
        return name is None or _said(name.text) in shown

    for tp in canvas.touchpoints:
        fields: dict[str, Item | None] = {"phase": tp.phase, **tp.fields}
        mapped = tp.phase is not None and label_key(tp.phase.text) in phases
        if mapped:
            fields = {k: v for k, v in fields.items() if k not in _ON_THE_MAP}
        fields = {k: v for k, v in fields.items() if v is not None and not elsewhere(canvas.touchpoint_columns, k, v)}
        if not fields and (mapped or named(tp.name)):
            continue  # everything it holds is on the other pages
        heading, lines = record_lines(tp.name, fields, canvas.touchpoint_columns, "touchpoint", language)
        blocks.append(FlowBlock(heading, lines or [(words["touchpoints"], "")]))
    for persona in canvas.personas:
        # what a journey's page shows of the persona (its card, "Role: …") is not said again here; the
        # same words in a journey's cell (a pain point, a phase's name) are not the persona's field
        on_maps = shown_on_maps(persona, drawn)
        headings = canvas.persona_headings(persona)
        fields = {
            key: item
            for key, item in persona.fields.items()
            if key not in on_maps and _card_lines(headings, key, item, language)[1] not in shown
        }
        if not fields and (named(persona.name) or any(m.owner is persona for m in drawn)):
            continue  # all it holds is drawn, its name heading its map (no card of a name alone: 'Personas')
        heading, lines = record_lines(persona.name, fields, headings, "name", language)
        blocks.append(FlowBlock(heading, lines or [(words["personas"], "")]))
    on_map = [m for view in views for m in view.metrics]
    records = metric_records(canvas, language, lambda m: not any(m is d for d in on_map))
    blocks.extend(FlowBlock(heading, lines) for heading, lines in records)
    headed, rest = canvas.notes_under_titles(notes)
    blocks += note_blocks(words["notes"], [(n, n.text) for n in rest], canvas.notes_tables)
    for title, titled in headed:  # a sheet of notes under its heading
        blocks += note_blocks(title.text, [(n, n.text) for n in titled], canvas.notes_tables)
    return blocks


def note_blocks(heading: str, notes: Sequence[tuple[Item, str]], tables: Sequence[NotesTable]) -> list[FlowBlock]:
    """A card of notes under ``heading`` (each note with its text as printed), and each small table among them a
    card of its own after it, drawn as a table: its header row the card's heading."""
    rest, found = tables_among([item for item, _ in notes], tables)
    kept = [(text, str(item.source)) for item, text in notes if any(item is r for r in rest)]
    blocks = [FlowBlock(heading, kept)] if kept else []
    for table in found:
        header, *cells = table.squared()
        sources = [str(source) for source in table.sources[1:]] + [""] * len(cells)  # one a row, as read
        rows = [(" · ".join(row), source) for row, source in zip(cells, sources)]
        blocks.append(FlowBlock(" · ".join(header), rows, tuple(tuple(line) for line in (header, *cells))))
    return blocks


def _version(journeys: Sequence[Journey], language: str) -> str | None:
    """The version the footer says ("Versie 0.3"), under the sheet's own label: the journeys' one version,
    or theirs in turn when they differ ("Versie 0.3 / 0.4"); None when none gives one. The footer is
    canvasgen's sentence: a label in another language than the poster's ("Versie" on an English poster) is
    said in the poster's ("Version 1.0 · generated 7 December 2026")."""
    versions = list(dict.fromkeys(j.meta["version"].text for j in journeys if "version" in j.meta))
    if not versions:
        return None
    label = next((j.meta["version_label"] for j in journeys if "version_label" in j.meta), None)
    word = label.text.rstrip(":") if label else "v"
    if label is not None and in_another_language(word, language):
        word = META_LABELS[language]["version"]
    return f"{word} {' / '.join(versions)}"


def _footer(
    page: Page,
    kit: BrandKit,
    setter: Setter,
    spec: PosterSpec,
    u: float,
    fallback: tuple[str, str | None, str | None],
    journey: Journey | None,
    page_of: tuple[int, int],
) -> None:
    """Agency, credit, version and date: a printed poster traces back to its workbook by its version (the
    source file's name is in the PDF's metadata, not on the client's wall) on every page, a page of no one
    journey (``journey`` None) with ``fallback``'s title, version and the project its journeys share, if any.
    ``page_of``: this page's number and the number of pages."""
    fallback_title, fallback_version, fallback_project = fallback
    number, pages = page_of
    W, H = spec.width, spec.height
    margin = page_margin(W, H)
    words = POSTER_WORDS[spec.language]
    ink = kit.palette.text.mix(kit.palette.background, 0.25)
    title = journey.name if journey is not None else fallback_title
    # the client's project names what the poster is of ("Traject: …"), else the sheet's own title as the client
    # wrote it (the kicker prints it in capitals); without either and without a footer of the kit's, the footer
    # begins with the page's title: white label, never the tool's product word before the client's words
    project = journey.meta.get("project") if journey is not None else None
    named_project = " ".join(project.text.split()) if project is not None else fallback_project
    sheet_title = journey.meta.get("title") if journey is not None else None
    product = kit.footer or named_project or (" ".join(sheet_title.text.split()) if sheet_title is not None else "")
    kit_parts = {"agency": kit.agency, "credit": kit.credit, "footer": product}
    named = ""
    right_parts: list[str] = []
    if journey is not None:
        label = journey.meta.get("journey_label") if journey.title_prefix() is None else None  # one title
        named = f"{label.text.rstrip(':')}: {title}" if label else title
        if (version := _version([journey], spec.language)) is not None:
            right_parts.append(version)
    else:
        named = title
        if fallback_version is not None:
            right_parts.append(fallback_version)
    right_parts.append(made_on(spec.generated, spec.language, spec.region))
    right_parts.append(words["page"].format(page=number, pages=pages))
    right = "  ·  ".join(right_parts)
    band = content_bottom(W, H, u)

    def fitted(parts: Mapping[str, str], title_part: str, size: float) -> tuple[list[Line], float] | None:
        left = "  ·  ".join(dict.fromkeys(p for p in (*parts.values(), title_part) if p))  # a title said once
        lines, top = min(
            (_footer_lines(left, right, setter, W, H, size, ink, beside) for beside in (True, False)),
            key=lambda found: -found[1],
        )
        return (lines, top) if top >= band - 0.01 else None

    lines, top, size, cut = _fitted_footer(fitted, kit_parts, named, u)
    for key, text in cut.items():  # the kit's own words shortened on this paper: said, with how to choose them
        if getattr(kit, key):
            done = "shortened (ending in '…')" if text else "left out"
            why = f"shorten it in {kit.folder / KIT_FILE} to choose the words, or print on larger paper"
            setter.problems.append(
                (key, f"the brand kit's {key} is {done} in the poster's footer on this paper: {why}")
            )
    top = max(band, top - size * 0.3)
    box = Box(margin, top, W - 2 * margin, H - margin - top)
    # Read last, not an artifact: it holds the workbook's own words (its journey label, the version).
    page.blocks.append(TextBlock(box, lines, "footer"))


def _fitted_footer(
    fitted: Callable[[Mapping[str, str], str, float], tuple[list[Line], float] | None],
    parts: dict[str, str],
    title: str,
    u: float,
) -> tuple[list[Line], float, float, dict[str, str]]:
    """The footer's lines, their top and size, and the kit's texts shortened to make them fit: shrunk
    down to the footer's floor; then without the journey's name (the page's heading says it); then the
    kit's footer, credit and agency, in that order, shortened word by word with '…' (each at least its
    first word), and left out last. Never refused: a poster on small paper prints with a shorter footer.
    ``fitted``: the lines of the footer's parts, its title and a size, or None where they overflow."""
    floor = footer_floor(u)
    size = u
    while True:
        found = fitted(parts, title, size)
        if found is not None:
            return (*found, size, {})
        if size <= floor:
            break
        size = max(floor, size - 0.5)
    found = fitted(parts, "", floor)
    if found is not None:
        return (*found, floor, {})
    current = dict(parts)
    for key in ("footer", "credit", "agency"):
        words = current[key].split()
        for keep in [*range(len(words) - 1, 0, -1), 0]:
            current[key] = " ".join(words[:keep]) + "…" if keep else ""
            found = fitted(current, "", floor)
            if found is not None:
                return (*found, floor, {k: v for k, v in current.items() if v != parts[k]})
    found = fitted(current, "", floor)  # the version, date and page number alone: they fit any paper
    lines, top = found if found is not None else ([], 0.0)
    return lines, top, floor, {k: v for k, v in current.items() if v != parts[k]}


def footer_floor(u: float) -> float:
    """The smallest the footer's type shrinks to when its text is long: three quarters of the poster's
    smallest type, never under 6 pt."""
    return max(6.0, 0.75 * u)


def _footer_lines(
    left: str, right: str, setter: Setter, W: float, H: float, size: float, ink: Colour, beside: bool
) -> tuple[list[Line], float]:
    """The footer's lines at ``size``: the right part on the baseline, the left part wrapped beside it
    (``beside``, when the room there is not narrow) or across the page above it; and the top of the
    highest line's letters."""
    margin = page_margin(W, H)
    width = W - 2 * margin
    baseline = H - margin - size * 0.3
    right_w = setter.width(right, "body", size)
    lines: list[Line] = [setter.line(right, W - margin - right_w, baseline, "body", size, ink, "footer")]
    room = width - right_w - 2 * size
    beside = beside and room > width * 0.3
    left_lines = setter.wrap(left, room if beside else width, "body", size)
    y = baseline if beside else baseline - size * LEADING
    for text in reversed(left_lines):
        lines.append(setter.line(text, margin, y, "body", size, ink, "footer"))
        y -= size * LEADING
    return lines, y + size * LEADING - size


def _flow_blocks(blocks: list[ReportBlock]) -> list[FlowBlock]:
    return [FlowBlock(block.heading, block.lines) for block in blocks]


def layout_report(
    blocks: list[ReportBlock], kit: BrandKit, fonts: FontSet, spec: PosterSpec, kicker: str, title: str
) -> PosterLayout:
    """Pages of text blocks in the poster's style: gap analyses and version comparisons."""
    setter = Setter(fonts, spec.language)
    u = min_text_size(spec.width, spec.height)
    titles = FlowTitles(kicker, title, POSTER_WORDS[spec.language]["card_continued"])
    pages, _ = flow(_flow_blocks(blocks), kit, setter, spec.width, spec.height, u, titles)
    for number, page in enumerate(pages, start=1):
        _footer(page, kit, setter, spec, u, (title, None, None), None, (number, len(pages)))
    return PosterLayout(spec.width, spec.height, u, pages, spec.language, problems=setter.problems)
