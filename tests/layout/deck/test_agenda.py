"""Agenda = the deck (#31): one line per part of the deck that is there, in the deck's order, timed from
the brand kit's start in 5-minute steps that add up to a half-day."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from canvasgen.brand.kit import load_kit
from canvasgen.errors import CanvasErrors
from canvasgen.layout.deck.agenda import CLOSE, HALF_DAY, PARTS, AgendaLine, line_weight, minutes, squeezed
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.words import DECK_WORDS
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, DATA


def _deck(path: Path, kit: str | None = None, language: str = "nl") -> DeckLayout:
    brand, _ = load_kit(kit)
    return laid_deck(read_canvas(path), brand, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), language)


def _rows(deck: DeckLayout) -> list[list[str]]:
    (agenda,) = [s for s in deck.slides if s.kind == "agenda"]
    return [row for table in agenda.tables for row in table.rows[1:]]  # a long agenda: two tables side by side


def _clock(text: str) -> int:
    hours, _, mins = text.partition(":")
    return int(hours) * 60 + int(mins)


@pytest.mark.parametrize("name", ["voorbeeld-zonnepanelen-b2c.xlsx", "example-hr-software-b2b.xlsx"])
def test_the_agenda_is_the_deck_in_its_order_timed_over_a_half_day(name: str) -> None:
    language = "en" if name.startswith("example") else "nl"
    deck, words = _deck(CANVASES / name, language=language), DECK_WORDS[language]
    kinds = {words[key]: kinds for key, kinds, _, _ in PARTS}
    kinds[words["a_personas"]] = kinds[words["a_persona"]]  # two persona slides: the line in the plural
    kinds[words["compare"]] = ("compare",)
    rows = _rows(deck)
    topics = [topic.split(" (")[0].split(" · ")[0] for _, topic, _ in rows]
    assert topics[0] == words["a_welcome"] and topics[-1] == words["a_close"]
    # every line but the close is a part of the deck that is there, in the order its first slide comes
    named = [topic.split(" (")[0].partition(" · ")[2] for _, topic, _ in rows]  # a journey's own line: its name
    firsts = [
        next(i for i, s in enumerate(deck.slides) if s.kind in kinds[topic] and s.section.endswith(name))
        for topic, name in zip(topics[:-1], named)
    ]
    assert firsts == sorted(firsts)
    shown = {kind for topic in topics[:-1] for kind in kinds[topic]}
    assert not [s.title for s in deck.slides if s.kind in {k for ks in kinds.values() for k in ks} - shown]
    # times: from 09:00, each the one before plus its minutes, in 5-minute steps, a half-day in all
    assert rows[0][0] == "09:00"
    for (time, _, length), (after, _, _) in itertools.pairwise(rows):
        assert _clock(after) == _clock(time) + int(length)
    assert all(int(length) % 5 == 0 and int(length) > 0 for _, _, length in rows)
    assert sum(int(length) for _, _, length in rows) == HALF_DAY
    # the exercise: one line a journey, its time per phase
    exercises = [topic for _, topic, _ in rows if topic.startswith(words["a_exercise"])]
    assert len(exercises) == len(deck.sections) - sum(
        1 for s in deck.sections if s in (words["compare"], words["appendix"])
    )
    for exercise in exercises:
        assert f"{sum(1 for s in deck.slides if s.kind == 'exercise') // len(exercises)} " in exercise


def test_every_journey_has_its_own_lines_in_deck_order() -> None:
    """Two journeys of seven phases: the second's section (slides 35-56) has lines of its own, named; its
    phases are not counted into the first's exercise ("14 phases")."""
    deck, words = _deck(CANVASES / "example-hr-software-b2b.xlsx", language="en"), DECK_WORDS["en"]
    topics = [" ".join(topic.split()) for _, topic, _ in _rows(deck)]
    assert not [t for t in topics if "14 " in t]
    ours = [t for t in topics if t.endswith("IT Manager") or "· IT Manager (" in t]
    assert ours == [f"{words['a_journey']} · IT Manager", f"{words['a_exercise']} · IT Manager (7 phases × 5 min)"]
    hr = topics.index(f"{words['a_exercise']} · HR Director (7 phases × 5 min)")
    assert hr < topics.index(ours[0]) < topics.index(words["compare"]) < topics.index(words["a_close"])


def test_a_later_journey_is_reviewed_for_where_it_differs_as_its_notes_say() -> None:
    """The IT Manager's review took 55 minutes, nearly twice the HR Director's phases (every part of the first
    journey's weight again), while its title slide's notes introduced the client as if the workshop began
    again: its line is shorter than the first journey's phases, and its title slide's notes say what it is
    for, in the agenda's own minutes (one story)."""
    deck, words = _deck(CANVASES / "example-hr-software-b2b.xlsx", language="en"), DECK_WORDS["en"]
    minutes_of = {" ".join(topic.split()): int(length) for _, topic, length in _rows(deck)}
    first = minutes_of[f"{words['a_journey']} · HR Director"]
    review = minutes_of[f"{words['a_journey']} · IT Manager"]
    assert review < first
    (later,) = [s for s in deck.slides if s.kind == "title"][1:]
    said = later.notes.splitlines()[0]
    assert said.startswith("Now IT Manager: ") and f" {review} minutes" in said and "differs from the first" in said
    assert words["n_title"] not in later.notes


def test_the_agenda_starts_at_the_kits_start(tmp_path: Path) -> None:
    kit = tmp_path / "middag"
    kit.mkdir()
    (kit / "brand.toml").write_text('[workshop]\nstart = "13:30"\n', encoding="utf-8")
    rows = _rows(_deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", str(kit)))
    assert rows[0][0] == "13:30" and _clock(rows[-1][0]) + int(rows[-1][2]) == 13 * 60 + 30 + HALF_DAY


def test_a_start_that_is_no_time_is_refused_with_its_key(tmp_path: Path) -> None:
    kit = tmp_path / "fout"
    kit.mkdir()
    (kit / "brand.toml").write_text('[workshop]\nstart = "negen uur"\n', encoding="utf-8")
    with pytest.raises(CanvasErrors) as raised:
        load_kit(str(kit))
    assert "workshop.start" in str(raised.value) and "09:00" in str(raised.value)


def _every_part(phases: int) -> list[AgendaLine]:
    """The agenda's lines of one journey of ``phases`` with every part of the deck, and the close."""
    lines = [
        AgendaLine(key, "", phases if per_phase else 0, line_weight(key, phases)) for key, _, _, per_phase in PARTS
    ]
    return [*lines, AgendaLine(CLOSE)]


@pytest.mark.parametrize("phases", [1, 3, 5, 10, 14])
def test_minutes_are_5_minute_steps_adding_up_to_a_half_day(phases: int) -> None:
    lines = _every_part(phases)
    lengths = minutes(lines)
    assert sum(lengths) == HALF_DAY and all(m % 5 == 0 and m >= 5 for m in lengths)
    assert lengths[[line.key for line in lines].index("a_exercise")] % phases == 0


@pytest.mark.parametrize(("phases", "too_many"), [(10, False), (20, False), (40, True), (50, True), (80, True)])
def test_an_agenda_of_many_phases_still_fills_a_half_day_and_says_what_does_not_fit(
    phases: int, too_many: bool
) -> None:
    lines = _every_part(phases)
    lengths = minutes(lines)
    assert sum(lengths) == HALF_DAY and all(m % 5 == 0 and m >= 5 for m in lengths)
    assert squeezed(lines, lengths, phases) is too_many


def test_many_phases_end_the_agenda_after_a_half_day_with_a_warning(tmp_path: Path) -> None:
    """Forty phases each too full to share a slide (``thin``): a canvas each, at a step each, does not fit a
    half-day; the agenda still ends at its end and says so."""
    path = tmp_path / "veel.xlsx"
    phases = [f"Fase {i}" for i in range(1, 41)]
    full = " ".join(["De klant vergelijkt aanbieders, leest reviews en belt met vragen over de levering."] * 4)
    sheet = JourneySheet(
        phases, default_lanes(), content={lane: [full] * 40 for lane in ("customer", "internal", "learning")}
    )
    write_workbook(WorkbookSpec("nl", [sheet]), path)
    brand, _ = load_kit(None)
    deck = laid_deck(read_canvas(path), brand, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    assert sum(1 for s in deck.slides if s.kind == "exercise") == 40  # the premise: no phase shares a slide
    rows = _rows(deck)
    assert _clock(rows[-1][0]) + int(rows[-1][2]) == 9 * 60 + HALF_DAY
    assert sum(int(length) for _, _, length in rows) == HALF_DAY
    (exercise,) = [row for row in rows if row[1].startswith(DECK_WORDS["nl"]["a_exercise"])]
    each = int(exercise[2]) / 40
    assert each < 5 and f"40 fasen × {each:.1f}".replace(".", ",") in exercise[1]
    # round 21 (F11): the facilitator's notes say whole minutes ("in 3 minuten"), never "in 2,9 minuten"
    notes = {s.notes for s in deck.slides if s.kind == "exercise"}
    assert notes == {DECK_WORDS["nl"]["n_exercise"].format(minutes=round(each))}, notes
    (warning,) = deck.warnings
    assert f"exercise has {exercise[2]} minutes for 40 phases" in warning and "instead of 5" in warning


def test_sixty_thin_phases_fit_a_half_day_a_canvas_per_group(tmp_path: Path) -> None:
    """Sixty empty phases share slides: a canvas a group of them fits the half-day at a step each or more
    (a phase each did not: 60 canvases of 1.7 minutes that the deck does not have), and nothing is warned."""
    path = tmp_path / "zestig.xlsx"
    write_workbook(WorkbookSpec("nl", [JourneySheet([f"Fase {i}" for i in range(1, 61)], default_lanes())]), path)
    deck = _deck(path)
    canvases = sum(1 for s in deck.slides if s.kind == "exercise")
    (exercise,) = [row for row in _rows(deck) if row[1].startswith(DECK_WORDS["nl"]["a_exercise"])]
    assert canvases < 60 and f"(60 fasen in {canvases} groepen × " in exercise[1]
    assert int(exercise[2]) >= 5 * canvases and not deck.warnings


def _buying_group(path: Path, phases: int) -> Path:
    """Three members' journeys, a sheet each, whose titles share their part after the dash (round 17's new
    user: shortened to that part, two were one name and the third journey's lines were lost)."""
    names = [f"Fase {i}" for i in range(1, phases + 1)]
    journeys = [
        JourneySheet(names, default_lanes(), name=f"Blad{n}", meta={"journey": title})
        for n, title in enumerate(
            ["Klantreis HR-directeur – HR-software", "Klantreis IT manager", "Klantreis CFO – HR-software"], start=1
        )
    ]
    write_workbook(WorkbookSpec("nl", journeys), path)
    return path


def test_every_journey_of_a_buying_group_has_its_own_named_lines(tmp_path: Path) -> None:
    deck = _deck(_buying_group(tmp_path / "groep.xlsx", 4))
    words = DECK_WORDS["nl"]
    exercises = [topic for _, topic, _ in _rows(deck) if topic.startswith(words["a_exercise"])]
    # each named by its own part (the part two share left out), never both "HR-software"
    assert [e.partition(" · ")[2].partition(" (")[0] for e in exercises] == [
        "Klantreis HR-directeur",
        "Klantreis IT manager",
        "Klantreis CFO",
    ]
    assert all("(4 fasen × " in e for e in exercises)
    reviews = [topic for _, topic, _ in _rows(deck) if topic.startswith(words["a_journey"])]
    assert len(reviews) == 3 and len({r.partition(" · ")[2] for r in reviews}) == 3


def test_a_squeezed_buying_group_says_the_agendas_own_minutes(tmp_path: Path) -> None:
    # 60 phases a journey: their groups of four (15 canvases each) overrun the half-day (40 did, three a slide)
    deck = _deck(_buying_group(tmp_path / "groep.xlsx", 60))
    exercises = [row for row in _rows(deck) if row[1].startswith(DECK_WORDS["nl"]["a_exercise"])]
    assert len(exercises) == 3
    total = sum(int(length) for _, _, length in exercises)
    canvases = sum(1 for s in deck.slides if s.kind == "exercise")  # the thin phases' groups, a canvas each
    each = f"{total / canvases:.1f}".replace(".", ",")
    assert all(f"(60 fasen in {canvases // 3} groepen × {each} min)" in topic for _, topic, _ in exercises)
    (warning,) = deck.warnings
    said = f"exercises of its 3 journeys have {total} minutes for their 180 phases (60-60-60) on {canvases} canvases"
    assert said in warning
    assert "a workshop per journey" in warning and "fewer phases" not in warning


def test_thin_phases_grouped_are_timed_and_told_per_group() -> None:
    """Many thin phases share slides (``thin``): the agenda's exercise line is timed by the canvases the deck
    has (one a group), not by phases it has no canvas of its own for, and a group's canvas says "these
    phases" in its notes, with the agenda's minutes a canvas; a dense phase's own canvas says "this phase"."""
    deck, words = _deck(DATA / "long-many-stages-lookalike.xlsx"), DECK_WORDS["nl"]
    canvases = [s for s in deck.slides if s.kind == "exercise"]
    assert deck.phases_a_slide > 1 and len(canvases) < 21  # the premise: 21 thin phases on fewer slides
    ((_, topic, length),) = [row for row in _rows(deck) if row[1].startswith(words["a_exercise"])]
    each = int(length) // len(canvases)
    assert each * len(canvases) == int(length) and each % 5 == 0
    assert f"(21 fasen in {len(canvases)} groepen × {each} min)" in topic
    grouped = [s for s in canvases if s.phases > 1]
    assert grouped and len(canvases) == sum(1 for s in deck.slides if s.kind == "phase" and not s.continued)
    assert sum(s.phases for s in canvases) == 21
    for slide in canvases:
        said = words["n_exercise_group" if slide.phases > 1 else "n_exercise"].format(minutes=each)
        assert slide.notes == said
        assert ("deze fasen" in slide.notes) == (slide.phases > 1)
    # the agenda still runs a half-day from the start
    rows = _rows(deck)
    assert rows[0][0] == "09:00" and _clock(rows[-1][0]) + int(rows[-1][2]) == _clock("12:30")
