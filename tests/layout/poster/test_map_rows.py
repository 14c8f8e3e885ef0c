"""The rows the poster adds under a journey's lanes are values of their own: a journey split over pages
cuts every one of them to the page's phases (each kind says how), and the persona panel cut to names
and roles keeps every card."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.analysis.analyse import analyse
from canvasgen.layout.deck.tables import channel_matrix
from canvasgen.layout.meta import record_lines
from canvasgen.layout.poster.map_rows import (
    ChannelRow,
    FigureRow,
    MatrixHead,
    PersonaPanel,
    RoleRow,
    TouchpointRow,
    with_map_rows,
)
from canvasgen.pipeline import read
from tests.support.workbooks import CANVASES, touchpoint_columns

HR = CANVASES / "example-hr-software-b2b.xlsx"


def test_a_page_of_some_phases_holds_every_added_row_cut_to_those_phases() -> None:
    canvas = read(HR, None)
    journey, view = canvas.journeys[0], analyse(canvas, HR.name).views[0]
    whole = with_map_rows(journey, canvas, "en", view)
    kinds = {type(row) for row in whole.added}
    assert kinds == {TouchpointRow, FigureRow, MatrixHead, ChannelRow, RoleRow, PersonaPanel}
    window = slice(2, 5)
    part = whole.phases(window, "part")
    assert part.journey.name == "part"
    assert [p.name for p in part.journey.phases] == [p.name for p in journey.phases[window]]
    assert [type(row) for row in part.added] == [type(row) for row in whole.added]
    for row, cut in zip(whole.added, part.added):
        if isinstance(row, TouchpointRow | FigureRow):
            assert isinstance(cut, TouchpointRow | FigureRow)
            assert cut.cells == row.cells[window] and len(cut.cells) == 3
        elif isinstance(row, ChannelRow):
            assert isinstance(cut, ChannelRow)
            assert (
                cut.counts == row.counts[window]
                and len(cut.counts) == 3
                and cut.label == row.label
                and cut.icon == row.icon
            )
        elif isinstance(row, RoleRow):
            assert isinstance(cut, RoleRow)
            assert cut.involved == row.involved[window] and len(cut.involved) == 3 and cut.label == row.label
        else:  # a heading, the persona panel: across the page, on every page
            assert cut == row


def test_the_persona_panel_cut_to_names_and_roles_keeps_every_card() -> None:
    canvas = read(HR, None)
    journey, view = canvas.journeys[0], analyse(canvas, HR.name).views[0]
    panel = next(row for row in with_map_rows(journey, canvas, "en", view).added if isinstance(row, PersonaPanel))
    assert not panel.shortened
    short = panel.names_and_roles()
    assert short.shortened
    assert (
        [card.name for card in short.cards]
        == [card.name for card in panel.cards]
        == [p.name.text for p in canvas.personas if p.name is not None]
    )
    head = canvas.persona_columns["role"].text
    roles = [p.get("role") for p in canvas.personas]
    assert [[line.text for line in card.lines] for card in short.cards] == [
        [f"{head}: {r}"] if r else [] for r in roles
    ]


def test_the_persona_card_labels_every_field_as_the_persona_slide_does() -> None:
    """Round 11: the card printed the role ("Beroep") as a bare line, the deck's slide as "Beroep: …". Round 16:
    its phases too, as the slide writes them (the appendix wrote them again beside the card)."""
    canvas = read(HR, None)
    journey, view = canvas.journeys[0], analyse(canvas, HR.name).views[0]
    panel = next(row for row in with_map_rows(journey, canvas, "en", view).added if isinstance(row, PersonaPanel))
    slides = [
        [text for text, _ in record_lines(p.name, p.fields, canvas.persona_columns, "name")[1]] for p in canvas.personas
    ]
    assert [[line.text for line in card.lines] for card in panel.cards] == slides
    assert any(
        line.role and line.text.startswith(f"{canvas.persona_columns['role'].text}: ")
        for card in panel.cards
        for line in card.lines
    )


#: One touchpoint, by the column that holds each value: a sheet of some of these columns holds its values.
_TOUCHPOINT = {
    "Fase": "Oriëntatie",
    "Touchpoint": "Welkomstbrief",
    "Kanaal": "Post",
    "Eigenaar": "Burgerzaken",
    "Huidig (ja/nee)": "Nee",
    "Ideaal (ja/nee)": "Ja",
    "Timing": "Na inschrijving",
}


@pytest.mark.parametrize(
    ("header", "label"),
    [
        # the new user's sheet: no timing column, so the label does not promise one
        (
            ("Fase", "Touchpoint", "Kanaal", "Eigenaar", "Huidig (ja/nee)", "Ideaal (ja/nee)"),
            "Touchpoint: eigenaar, nu → ideaal",
        ),
        (
            ("Fase", "Touchpoint", "Kanaal", "Timing", "Eigenaar", "Huidig (ja/nee)"),
            "Touchpoint: timing, eigenaar, nu → ideaal",
        ),
        (("Fase", "Touchpoint", "Kanaal", "Timing"), "Touchpoint: timing"),
        (("Fase", "Touchpoint", "Kanaal"), "Touchpoint"),  # the name alone: no field beside it
    ],
)
def test_the_touchpoint_row_label_names_only_the_fields_the_sheet_has(
    tmp_path: Path, header: tuple[str, ...], label: str
) -> None:
    rows = [tuple(_TOUCHPOINT[column] for column in header)]
    path = touchpoint_columns(tmp_path / "tp.xlsx", header, rows)
    canvas = read(path, None)
    view = analyse(canvas, path.name).views[0]
    row = next(r for r in with_map_rows(canvas.journeys[0], canvas, "nl", view).added if isinstance(r, TouchpointRow))
    assert row.label == label


def test_post_has_its_icon_and_every_channel_row_is_named_alike(tmp_path: Path) -> None:
    """The new user's "Post" had no icon and kept its capital while the others were "Website" with one (and
    "website" in `check`): post is a channel canvasgen knows; a channel of the team's own, written in
    lower case, is begun with a capital as the others are, on the poster and in the deck alike."""
    header = ("Fase", "Touchpoint", "Kanaal")
    rows = [
        ("Oriëntatie", "Welkomstbrief", "Post"),
        ("Aanvraag", "Formulier", "Website"),
        ("Aanvraag", "Nieuwsbericht", "intranet"),
        ("Levering", "Betaalpagina", "iDEAL"),
    ]
    path = touchpoint_columns(tmp_path / "tp.xlsx", header, rows)
    canvas = read(path, None)
    view = analyse(canvas, path.name).views[0]
    assert list(view.channels) == ["post", "website", "intranet", "iDEAL"]  # `check` says them so
    added = with_map_rows(canvas.journeys[0], canvas, "nl", view).added
    channels = [(row.label, row.icon) for row in added if isinstance(row, ChannelRow)]
    assert channels == [("Post", "post"), ("Website", "website"), ("Intranet", None), ("iDEAL", None)]
    matrix = channel_matrix(canvas.journeys[0], view, "nl")
    assert matrix is not None and [row[0] for row in matrix[1]] == ["Post", "Website", "Intranet", "iDEAL"]
