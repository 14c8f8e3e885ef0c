"""An amount stays with its currency sign, a number with its unit or percent sign (#17): on the poster
the wrapper keeps them on one line; in the deck, which PowerPoint wraps, the space between is a no-break
space."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvasgen.layout.text.wrap import words, wrap
from canvasgen.pipeline import BuildOptions, run
from canvasgen.text import NO_BREAK, keep_together
from canvasgen.units import parse_paper
from tests.support.layouts import Built
from tests.support.reading import read_canvas
from tests.support.workbooks import EXAMPLES

UNITS = r"(?:%|‰|kWh|kWp|kW|km|kg|uur|min|GB|MB|euro)"
ENDS_IN_CURRENCY = re.compile(r"[€$£]\s*$")
STARTS_WITH_UNIT = re.compile(rf"^\s*{UNITS}(?![^\W\d_])")
ENDS_IN_NUMBER = re.compile(r"\d\s*$")

TEXTS = [
    "Vergelijkt offertes van € 6.850 tegen € 7.400 per jaar",
    "Scooter (€ 3,200 per bike) with a battery of 1,5 kWh and 80 km range",
    "Bespaart 15 % op de energierekening, 24 uur per dag, 3,5 kWh",
    "Omzet € 18.500 · doel € 15.000: gehaald · conversie 2,4 % · 120 GB opslag",
]


@pytest.mark.parametrize("text", TEXTS)
def test_no_width_breaks_an_amount_from_its_sign_or_a_number_from_its_unit(text: str) -> None:
    for width in range(max(map(len, words(text))), len(text) + 1):  # every width no word is broken at
        lines = wrap(text, width, len)
        assert " ".join(lines).split() == text.split()  # nothing lost, nothing added
        for line, after in itertools.pairwise(lines):
            assert not ENDS_IN_CURRENCY.search(line), (width, lines)
            assert not (ENDS_IN_NUMBER.search(line) and STARTS_WITH_UNIT.match(after)), (width, lines)


def test_what_is_kept_together_and_what_is_not() -> None:
    assert keep_together("tegen € 7.400 per jaar") == f"tegen €{NO_BREAK}7.400 per jaar"
    assert keep_together("15 % en 3,5 kWh") == f"15{NO_BREAK}% en 3,5{NO_BREAK}kWh"
    assert keep_together("in 2024 meer dan 10 mensen") == "in 2024 meer dan 10 mensen"  # words are no units
    assert keep_together("Stap 2 maakt 5 minuten") == "Stap 2 maakt 5 minuten"


@pytest.fixture(scope="module")
def posters(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The examples' A2 posters (their width wraps lines at other words than the shared A1 posters')."""
    out = tmp_path_factory.mktemp("amounts")
    made = []
    for path in EXAMPLES:
        result = run(path, BuildOptions(out / path.stem, parse_paper("A2")), canvas=read_canvas(path))
        assert result.pdf is not None
        made.append(result.pdf)
    return made


def test_no_poster_line_ends_in_a_currency_sign_or_starts_with_a_unit(posters: list[Path]) -> None:
    amounts = 0
    for pdf in posters:
        lines = [line for page in PdfReader(pdf).pages for line in (page.extract_text() or "").splitlines()]
        amounts += sum(bool(re.search(r"€\s?\d", line)) for line in lines)
        for line, after in itertools.pairwise(lines):
            assert not ENDS_IN_CURRENCY.search(line), f"{pdf.name}: {line!r} / {after!r}"
            assert not (ENDS_IN_NUMBER.search(line) and STARTS_WITH_UNIT.match(after)), f"{pdf.name}: {line!r}"
    assert amounts >= 5  # the examples do hold amounts: the check looked at some


#: The deck's no-break space: U+202F, which Carlito (Calibri's metric twin) has at a space's width; it lacks U+00A0
DECK_NO_BREAK = "\u202f"


def test_the_decks_text_runs_hold_no_break_spaces_at_amounts(built: Built) -> None:
    # the decks shared with the other tests (a deck is the same on any poster paper)
    together = 0
    for pptx in map(built.deck, EXAMPLES):
        with zipfile.ZipFile(pptx) as deck:
            runs = [
                t
                for name in deck.namelist()
                if name.startswith("ppt/slides/slide")
                for t in re.findall(r"<a:t>([^<]*)</a:t>", deck.read(name).decode())
            ]
        for text in runs:
            assert not re.search(r"[€$£] \d", text), f"{pptx.name}: {text!r}"
            assert not re.search(rf"\d {UNITS}(?![^\W\d_])", text), f"{pptx.name}: {text!r}"
            together += text.count(DECK_NO_BREAK)
    assert together >= 5


@pytest.mark.parametrize("text", ["Ervaringsscore (-2 t/m +2)", "Score (1 tot 5) per fase", "Rating from 1 to 5"])
def test_a_scale_written_out_never_breaks_inside(text: str) -> None:
    """A lane label's scale ("-2 t/m +2") stays on one line at every width (#31: it broke after "t/m")."""
    scale = re.search(r"[+\-]?\d+ \S+ [+\-]?\d+", text)
    assert scale is not None
    for width in range(max(map(len, words(text))), len(text) + 1):  # every width no word is broken at
        lines = wrap(text, width, len)
        assert " ".join(lines).split() == text.split()
        assert any(scale.group(0) in line for line in lines), (width, lines)
