"""A deck of several journeys: every slide made of one journey's lanes (its glance, curve, phases, pains,
actions, exercise canvases) says whose journey it is in its title, so that a slide shown alone or printed
is told apart from the same slide of another persona (F27)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.deck import JOURNEYS_OWN, DeckLayout
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import two_personas


def _deck(path: Path) -> DeckLayout:
    kit, _ = load_kit(None)
    return laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")


def test_each_journeys_own_slides_name_its_persona(tmp_path: Path) -> None:
    deck = _deck(two_personas(tmp_path / "twee.xlsx", ([1, -1, 2], [-2, 0, 1])))
    own = [s for s in deck.slides if s.kind in JOURNEYS_OWN]
    kinds = {s.kind for s in own}
    assert {"overview", "curve", "phase", "pains", "exercise"} <= kinds
    for persona in ("Noor", "Daan"):
        mine = [s for s in own if s.section.endswith(persona)]
        assert mine, persona
        assert all(s.title.startswith(f"{persona} · ") for s in mine), [s.title for s in mine]
    # the two journeys' phase slides no longer read alike
    phases = [s.title for s in own if s.kind == "phase"]
    assert len(set(phases)) == len(phases)


def test_a_deck_of_one_journey_keeps_its_titles(tmp_path: Path) -> None:
    path = two_personas(tmp_path / "twee.xlsx", ([1, -1, 2], [-2, 0, 1]))
    book = load_workbook(path)
    del book["Daan"]
    book.save(path)
    deck = _deck(path)
    assert not [s.title for s in deck.slides if "Noor · " in s.title]


def test_each_member_of_a_buying_group_has_its_channels_and_the_title_slide_names_them_all(tmp_path: Path) -> None:
    """Round 17: a deck of three members' journeys (the same phases) had one "Kanalen per fase" slide, of the
    first journey's channels, naming none; its title slide named the first journey only."""
    from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook

    channels = {"HR-directeur": "E-mail", "IT manager": "Website", "CFO": "Telefoon"}
    journeys = [
        JourneySheet(
            ["Oriëntatie", "Demo", "Inkoop"],
            default_lanes(["touchpoints"]),
            name=f"Blad{n}",
            meta={"journey": f"Klantreis {member} – HR-software"},
            content={"customer": ["Leest", "Kijkt", "Tekent"], "touchpoints": [channel, channel, ""]},
        )
        for n, (member, channel) in enumerate(channels.items(), start=1)
    ]
    write_workbook(WorkbookSpec("nl", journeys), tmp_path / "groep.xlsx")
    deck = _deck(tmp_path / "groep.xlsx")
    shown = [s for s in deck.slides if s.kind == "channels"]
    assert [s.title.partition(" · ")[0] for s in shown] == [f"Klantreis {m}" for m in channels]
    for slide, channel in zip(shown, channels.values(), strict=True):
        rows = [row[0] for frame in slide.tables for row in frame.rows[1:]]
        assert [row.lower() for row in rows] == [channel.lower()], rows  # its own channel only
    first = next(s for s in deck.slides if s.kind == "title")
    said = " ".join(p.text for frame in first.frames for p in frame.paras)
    assert "Klantreizen: Klantreis HR-directeur · Klantreis IT manager · Klantreis CFO" in said
