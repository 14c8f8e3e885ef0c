"""A persona without a picture gets its initials in a disc of the brand colour on its card (#31 item 6),
never an empty box: on the poster's persona panel, beside its name."""

from __future__ import annotations

from canvasgen.brand.kit import load_kit
from canvasgen.layout.boxes import Page
from tests.support.layouts import poster
from tests.support.workbooks import CANVASES

_B2B = CANVASES / "example-hr-software-b2b.xlsx"
_PEOPLE = {"Sandra Okafor": "SO", "Mark Jansen": "MJ", "Pieter Bos": "PB", "Lotte van Dijk": "LD"}


def _text(block) -> str:  # type: ignore[no-untyped-def]
    return " ".join(line.text for line in block.lines)


def test_every_persona_card_has_its_initials_in_a_disc_beside_its_name() -> None:
    kit, _ = load_kit(None)
    pages: list[Page] = [p for p in poster(_B2B).pages if any(_text(b) == "Sandra Okafor" for b in p.blocks)]
    assert pages
    for page in pages:
        for name, letters in _PEOPLE.items():
            (named,) = [b for b in page.blocks if _text(b) == name]
            (mark,) = [
                b
                for b in page.blocks
                if b.source == "initials"
                and _text(b) == letters
                and b.box.y <= named.box.y + named.box.h
                and named.box.y <= b.box.bottom
                and b.box.right <= named.box.x
            ]
            assert mark.tag == "Artifact"  # decoration: the name beside it is what a reader hears
            (disc,) = [
                d
                for d in page.dots
                if abs(d.x - (mark.box.x + mark.box.w / 2)) < 0.01 and abs(d.y - (mark.box.y + mark.box.h / 2)) < 0.01
            ]
            assert disc.fill == kit.palette.primary and disc.radius * 2 == mark.box.w
            (line,) = mark.lines
            assert mark.box.x < line.x and line.x + line.width < mark.box.right  # the letters inside the disc
