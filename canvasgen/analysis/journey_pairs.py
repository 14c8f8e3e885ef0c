"""Which journeys ``gaps`` compares: of two workbooks (or of one holding ideal and current sheets) every ideal
journey with the current one of the same member of a buying group, paired by name, else persona, else sheet
name (their scenario words left out: "HR ideaal" pairs with "HR huidig"); a journey without a partner is named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from canvasgen.analysis.gaps import pick_ideal_and_current
from canvasgen.analysis.scenario import marked
from canvasgen.errors import ReadError, field_hint
from canvasgen.model import Canvas, Journey
from canvasgen.text import excerpt, label_key, listed
from canvasgen.vocabulary.scenarios import CURRENT_WORDS, IDEAL_WORDS
from canvasgen.words import GAP_WORDS

#: The single words that say a scenario: left out of a key, so an ideal and a current journey can pair.
_SCENARIO_WORDS = frozenset(w for w in IDEAL_WORDS + CURRENT_WORDS if " " not in w)


class PairedBy(StrEnum):
    """How an ideal journey found its current one (said in the output)."""

    ONLY = "the only journey of each"
    FIRST = "the first marked ideal and the first marked current"
    NAME = "name"
    PERSONA = "persona"
    SHEET = "sheet name"


#: How a pair was made, as the report's words say it (``GAP_WORDS``).
_HOW_WORDS = {
    PairedBy.ONLY: "paired_only",
    PairedBy.FIRST: "paired_first",
    PairedBy.NAME: "paired_name",
    PairedBy.PERSONA: "paired_persona",
    PairedBy.SHEET: "paired_sheet",
}


@dataclass(frozen=True)
class JourneyPair:
    ideal: Journey
    current: Journey
    by: PairedBy

    def heading(self) -> str:
        """The pair for a line of the terminal and the page: both journeys by name and sheet, and how paired."""
        how = self.by.value if self.by in (PairedBy.ONLY, PairedBy.FIRST) else f"paired by {self.by.value}"
        return f"{_named(self.ideal)} (ideal) with {_named(self.current)} (current) — {how}"

    def heading_in(self, language: str) -> str:
        """The pair as the report in ``language`` heads it ("'Klantreis HR' (blad 'Blad1') (ideaal) met …
        — gekoppeld op naam"): the canvas's words, as the rest of its report; ``heading`` is check's."""
        w = GAP_WORDS[language]

        def named(journey: Journey) -> str:
            return w["pair_named"].format(name=excerpt(journey.name), sheet=journey.sheet)

        how = w[_HOW_WORDS[self.by]]
        return w["pair_heading"].format(ideal=named(self.ideal), current=named(self.current), how=how)

    def answers_to(self, wanted: str) -> bool:
        """Whether ``--journey NAME`` means this pair: NAME is (a part of) either journey's name, persona or sheet."""
        return _answers_to(self.ideal, wanted) or _answers_to(self.current, wanted)


@dataclass(frozen=True)
class Pairing:
    pairs: list[JourneyPair]
    #: The journeys without a partner, each with the workbook it is in.
    unpaired: list[tuple[str, Journey]]
    #: The workbooks of the ideal and of the current journeys (the same one twice for one workbook).
    files: tuple[str, str]


def _answers_to(journey: Journey, wanted: str) -> bool:
    """Whether NAME is (a part of) the journey's name, persona or sheet: "CFO" of "Huidig - CFO"."""
    key = label_key(wanted)  # whole words: "IT" is not the "it" inside another word
    return bool(key) and any(f" {key} " in f" {label_key(text)} " for text in _names(journey))


def _on_the_ideal_side(pairing: Pairing, file: str, journey: Journey) -> bool:
    """Whether an unpaired journey is one of the ideal ones: its workbook's, of two; else by its scenario words."""
    if pairing.files[0] != pairing.files[1]:
        return file == pairing.files[0]
    return marked(journey, IDEAL_WORDS) and not marked(journey, CURRENT_WORDS)


def _named(journey: Journey) -> str:
    return f"'{excerpt(journey.name)}' (sheet '{journey.sheet}')"


def _names(journey: Journey) -> list[str]:
    persona = journey.meta.get("persona")
    return [journey.name, journey.sheet] + ([persona.text] if persona else [])


def _without_scenario(text: str) -> str:
    return " ".join(w for w in label_key(text).split() if w not in _SCENARIO_WORDS)


def _name_key(journey: Journey) -> str:
    return _without_scenario(journey.name)


def _persona_key(journey: Journey) -> str:
    persona = journey.meta.get("persona")
    return _without_scenario(persona.text) if persona else ""


def _sheet_key(journey: Journey) -> str:
    return _without_scenario(journey.sheet)


_KEYS: tuple[tuple[PairedBy, Callable[[Journey], str]], ...] = (
    (PairedBy.NAME, _name_key),
    (PairedBy.PERSONA, _persona_key),
    (PairedBy.SHEET, _sheet_key),
)


def pair_journeys(canvases: list[tuple[str, Canvas]]) -> Pairing:
    """The journeys to compare: of two workbooks, one journey each, the two; else every journey of the first
    (the ideal) with the one of the second of the same name, else persona, else sheet name, each key used only
    where it tells the journeys of each side apart. Of one workbook the same between its journeys marked ideal
    and those marked current, when it holds more than one of each; else its first ideal and first current."""
    if len(canvases) == 2:
        (first, ideal_canvas), (second, current_canvas) = canvases
        ideals, currents = ideal_canvas.journeys, current_canvas.journeys
        if len(ideals) == 1 or len(currents) == 1:
            return _first_of_each(canvases, PairedBy.ONLY if len(ideals) == len(currents) == 1 else PairedBy.FIRST)
        files = (first, second)
    else:
        name, canvas = canvases[0]
        ideal, current = pick_ideal_and_current(canvases)  # refuses a workbook without both, in one sentence
        ideals = [j for j in canvas.journeys if marked(j, IDEAL_WORDS) and not marked(j, CURRENT_WORDS)]
        currents = [j for j in canvas.journeys if marked(j, CURRENT_WORDS) and not marked(j, IDEAL_WORDS)]
        if len(ideals) < 2 or len(currents) < 2:
            return _first_of_each(canvases, PairedBy.FIRST, (ideal, current))
        files = (name, name)
    pairs = _by_keys(list(ideals), list(currents))
    if not pairs:  # nothing tells them apart: as before, the first of each, the others named
        return _first_of_each(canvases, PairedBy.FIRST)
    paired = [j for p in pairs for j in (p.ideal, p.current)]
    unpaired = [(files[0], j) for j in ideals if not any(j is p for p in paired)]
    unpaired += [(files[1], j) for j in currents if not any(j is p for p in paired)]
    in_order = [p for j in ideals for p in pairs if p.ideal is j]  # the ideal workbook's order
    return Pairing(in_order, unpaired, files)


def _first_of_each(
    canvases: list[tuple[str, Canvas]], by: PairedBy, chosen: tuple[Journey, Journey] | None = None
) -> Pairing:
    ideal, current = chosen or pick_ideal_and_current(canvases)
    unpaired = [(path, j) for path, canvas in canvases for j in canvas.journeys if j is not ideal and j is not current]
    files = (canvases[0][0], canvases[-1][0])
    return Pairing([JourneyPair(ideal, current, by)], unpaired, files)


def _by_keys(ideals: list[Journey], currents: list[Journey]) -> list[JourneyPair]:
    """Ideal and current journeys paired by the first key (name, persona, sheet) that the two share and
    that no other journey of either side has."""
    pairs: list[JourneyPair] = []
    for by, key in _KEYS:
        left = [j for j in ideals if not any(j is p.ideal for p in pairs)]
        right = [j for j in currents if not any(j is p.current for p in pairs)]
        for ideal in left:
            wanted = key(ideal)
            if not wanted or [key(j) for j in left].count(wanted) != 1:
                continue
            partners = [j for j in right if key(j) == wanted]
            if len(partners) == 1:
                pairs.append(JourneyPair(ideal, partners[0], by))
    return pairs


def chosen_pairs(pairing: Pairing, wanted: str | None) -> Pairing:
    """The pairs ``--journey NAME`` asks for (the others then said not compared); every pair without it. NAME
    that names no pair is refused in one sentence naming the pairs there are."""
    if wanted is None:
        return pairing
    chosen = [p for p in pairing.pairs if p.answers_to(wanted)]
    if not chosen:
        there = listed([_named(p.current) for p in pairing.pairs], 6)
        asked = field_hint("journey", "gaps_journey")
        alone = [(file, j) for file, j in pairing.unpaired if _answers_to(j, wanted)]
        if alone:  # it is there, without a partner: said so, not "no journey named"
            file, journey = alone[0]
            lacks = "current" if _on_the_ideal_side(pairing, file, journey) else "ideal"
            told = (
                f"journey {_named(journey)}, which '{wanted}' ({asked}) names, has no {lacks} journey to compare "
                f"it with: add one (a sheet for the same person, marked {lacks}), or choose one of the journeys "
                f"that have a partner: {there}"
            )
            raise ReadError(file, told)
        pairs = listed([f"{_named(p.current)} with {_named(p.ideal)}" for p in pairing.pairs], 6)
        apart = listed([_named(j) for _, j in pairing.unpaired], 6)
        told = f"holds no journey to compare named '{wanted}' ({asked}): the journeys compared are {pairs}" + (
            f"; without a partner, so not compared: {apart}" if pairing.unpaired else ""
        )
        raise ReadError(pairing.files[-1], told)
    others = [p for p in pairing.pairs if p not in chosen]
    left = [(f, j) for p in others for f, j in zip(pairing.files, (p.ideal, p.current), strict=True)]
    return Pairing(chosen, pairing.unpaired + left, pairing.files)
