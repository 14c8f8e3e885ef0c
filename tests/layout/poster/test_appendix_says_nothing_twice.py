"""The appendix does not repeat what the other pages already show (#31): a field whose whole value another
page draws (a touchpoint's channel in the channel matrix, its KPI heading a figure's line, a persona's
role on its card) is left out, and a record with nothing left whose name is drawn too; what only the
appendix holds stays. The persona's phases, drawn as bars, are written on its card too (round 16: the
webshop's appendix had a card "Naam: Noor · Betrokken in fasen: Alle fasen" under her card and bar)."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import canvas_of, poster
from tests.support.workbooks import CANVASES, trapkracht

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def _page_text(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(line.text for line in block.lines) for block in page.blocks)


def _appendix_text(page) -> str:  # type: ignore[no-untyped-def]
    """The appendix's text on the poster's last page: the page's own, or (at the foot of the companion page,
    under the persona card) the text of the blocks below the card's."""
    card = [block for block in page.blocks if any("Rol in de inkoopgroep" in line.text for line in block.lines)]
    if not card:
        return _page_text(page)
    under = max(block.box.y + block.box.h for block in card)
    return " ".join(" ".join(line.text for line in b.lines) for b in page.blocks if b.box.y >= under)


def test_the_appendix_keeps_of_the_persona_only_what_the_journey_pages_do_not_write() -> None:
    layout = poster(WEBSHOP)
    canvas = canvas_of(WEBSHOP)
    texts = [" ".join(_page_text(page).split()) for page in layout.pages]
    appendix = " ".join(_appendix_text(layout.pages[-1]).split())
    for persona in canvas.personas:
        for item in persona.fields.values():
            said = " ".join(item.text.split())
            found = sum(text.count(said) for text in texts)
            assert found >= 1, said  # never lost
            assert said not in appendix, said
        assert persona.name is not None and f"Naam: {persona.name.text}" not in appendix  # no card of hers


HR = CANVASES / "example-hr-software-b2b.xlsx"


def _paragraphs(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Each block's paragraphs as a reader reads them: the lines of one item joined."""
    found = []
    for block in page.blocks:
        items: dict[int, str] = {}
        for line in block.lines:
            items[line.item] = items.get(line.item, "") + line.text + ("" if line.glued else " ")
        found += [" ".join(text.split()) for text in items.values()]
    return found


def _whole_values(page) -> set[str]:  # type: ignore[no-untyped-def]
    """What a page draws as whole values: its paragraphs and the parts of one joined by " · "."""
    values = set()
    for text in _paragraphs(page):
        values |= {text, *(part.strip() for part in text.split(" · "))}
    return values


def _appendix(layout, at_foot: bool = False):  # type: ignore[no-untyped-def]
    """The appendix's page; ``at_foot``: or the last page, where the appendix fits at the foot of it."""
    pages = [page for page in layout.pages if page.title.endswith("Bijlage")]
    if at_foot and not pages:
        return layout.pages[-1]
    assert len(pages) == 1
    return pages[0]


def _fields(canvas):  # type: ignore[no-untyped-def]
    """Every touchpoint's and persona's field, with the column name the appendix writes before it."""
    for tp in canvas.touchpoints:
        for key, item in tp.fields.items():
            if item is not None:
                yield canvas.touchpoint_columns[key].text, " ".join(item.text.split())
    for persona in canvas.personas:
        for key, item in persona.fields.items():
            yield canvas.persona_columns[key].text, " ".join(item.text.split())


def test_a_value_drawn_whole_on_a_companion_page_is_not_in_the_appendix_again() -> None:
    """#31: a touchpoint's channel (a row of the channel matrix) and its KPI (heading a measured figure's
    line) are on page 2; the appendix says neither again, and drops a record with nothing left whose name
    is drawn. Goals and needs, only in the appendix (page 2's cards are cut to name and role), stay."""
    layout = poster(HR)
    canvas = canvas_of(HR)
    appendix = _appendix(layout, at_foot=True)  # under the curves compared
    said = _paragraphs(appendix)
    elsewhere = set().union(*(_whole_values(page) for page in layout.pages if page is not appendix))
    everything = " ".join(" ".join(_paragraphs(page)) for page in layout.pages)
    twice = []
    persona_heads = {item.text for item in canvas.persona_columns.values()}
    for head, value in _fields(canvas):
        assert value in everything, value  # never a word lost
        if f"{head}: {value}" in said and value in elsewhere and head not in persona_heads:
            twice.append(f"{head}: {value}")
        if head in persona_heads and f"{head}: {value}" in said:  # a persona's own words, said once as hers
            assert f"{head}: {value}" not in elsewhere, value
    assert twice == []
    assert "Channel: Website" not in said and "KPI: Downloads" not in said
    # in the appendix, or on a companion page's card where it has room for them (round 21: the workbook's figures
    # drawn once, the IT Manager's companion page has room for its cards' goals and needs)
    cards = set().union(*(_paragraphs(page) for page in layout.pages if page is not appendix))
    assert "Goals: Faster onboarding fewer manual steps" in {*said, *cards}
    assert "Needs: A clear business case" in {*said, *cards}
    assert "Device & context: Laptop, at work" in said  # on no other page
    names = {" ".join(p.name.text.split()) for p in canvas.personas if p.name}
    kept = {text.split(": ", 1)[-1] for text in {*said, *cards}} & names
    assert kept == {"Sandra Okafor", "Mark Jansen", "Pieter Bos", "Lotte van Dijk"}  # each has goals left


def test_a_value_only_part_of_a_longer_text_elsewhere_stays_in_the_appendix(tmp_path: Path) -> None:
    """Whole values are matched, never substrings: the touchpoints' device "Telefoon" is inside a journey
        cell ("Belt met de Telefoon van de zaak") and stays; their channel "E-mail", a row of the channel
        matrix, goes; Marco and Sanne, whose cards on page 2 show every field ("alle fasen" too), are not in the
    appendix at all."""
    path = trapkracht(tmp_path / "trapkracht.xlsx", long_cell="Belt met de Telefoon van de zaak", lane="customer")
    layout = poster(path)
    said = _paragraphs(_appendix(layout, at_foot=True))
    assert said.count("Apparaat & context: Telefoon") == 5
    assert not any(text.startswith("Kanaal:") for text in said)
    assert "Naam: Sanne de Boer" not in said and "Naam: Marco" not in said


def test_a_persona_field_whose_words_a_journey_cell_also_holds_stays_with_the_persona() -> None:
    """Round 19 (F29): Pieter's frustration "Hidden implementation costs" is also the HR Director's pain point,
    and his phase "Purchase decision" a phase's name; page 2's cards show only his role, so the appendix
    is the one place they are his. Every persona field is on the poster as the persona's own ("Head: value")."""
    layout = poster(HR)
    canvas = canvas_of(HR)
    said = {text for page in layout.pages for text in _paragraphs(page)}
    missing = [
        f"{canvas.persona_headings(persona)[key].text}: {' '.join(item.text.split())}"
        for persona in canvas.personas
        for key, item in persona.fields.items()
        if f"{canvas.persona_headings(persona)[key].text}: {' '.join(item.text.split())}" not in said
    ]
    assert missing == []
