"""A kit's texts (name, agency, footer, credit) are text, one line each, with no character that draws
nothing or turns the letters around; a credit is at most a footer line long; the workshop's half-day
ends before midnight. Each mistake is one sentence naming the key, from `brand check` and from a build."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.brand.kit import LINE_CHARS, load_kit
from canvasgen.errors import CanvasErrors
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text
from tests.support.workbooks import CANVASES

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def _kit(tmp_path: Path, toml: str) -> Path:
    folder = tmp_path / "kit"
    folder.mkdir(parents=True)
    (folder / "brand.toml").write_text(toml, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("toml", "key", "kind"),
    [
        ('credit = ["a", "b"]', "credit", "a list"),
        ("credit = 42", "credit", "a number"),
        ("agency = true", "agency", "true/false"),
        ("footer = 3.5", "footer", "a number"),
        ("name = { a = 1 }", "name", "a table"),
        ("language = 5", "language", "must be text"),
    ],
)
def test_a_kit_text_that_is_no_text_is_refused_naming_its_key(tmp_path: Path, toml: str, key: str, kind: str) -> None:
    folder = _kit(tmp_path, toml + "\n")
    code, out, err = run_clean("brand", "check", str(folder))
    assert code == 1 and "is valid" not in out
    assert f"error: {folder / 'brand.toml'}: {key}: " in err and kind in err
    assert "Traceback" not in err and "['a', 'b']" not in err


def test_kit_text_is_one_line_without_controls_or_bidi_overrides(tmp_path: Path) -> None:
    folder = _kit(tmp_path, 'credit = "Ontwerp:\\u0007 \\u202eStudio\\nNoord\\tX\\u000b en\\u2066 co"\n')
    kit, warnings = load_kit(str(folder))
    assert kit.credit == "Ontwerp: Studio Noord X en co"  # every word kept, nothing that turns letters around
    (warning,) = [str(w) for w in warnings if "credit" in str(w)]
    assert "holds control characters (U+0007, U+000B, U+202E, U+2066), which are left out" in warning
    code, _, err = run_clean("build", str(EXAMPLE), "-o", str(tmp_path / "uit"), "--size", "A3", "--brand", str(folder))
    assert code == 0, err
    deck = Presentation(str(tmp_path / "uit" / "voorbeeld-zonnepanelen-b2c.pptx"))
    paragraphs = [p.text for sh in deck.slides[0].shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert "Ontwerp: Studio Noord X en co" in paragraphs  # the title slide's credit, as one clean paragraph
    poster = pdf_text(tmp_path / "uit" / "voorbeeld-zonnepanelen-b2c.pdf")
    footers = [line for line in poster.splitlines() if "Ontwerp" in line]
    pages = len(PdfReader(tmp_path / "uit" / "voorbeeld-zonnepanelen-b2c.pdf").pages)
    assert len(footers) == pages and all("Ontwerp: Studio Noord X en co" in line for line in footers)  # every page
    assert not {"\u202e", "\u2066", "\x0b", "\t", "\x07"} & set(
        poster + slide_text(tmp_path / "uit" / "voorbeeld-zonnepanelen-b2c.pptx").replace("\x0b", "")
    )


def test_a_credit_longer_than_a_footer_line_is_refused_by_check_and_by_build(tmp_path: Path) -> None:
    long = "Ontwerp en facilitatie: Studio Noord, met dank aan het hele team " * 7
    folder = _kit(tmp_path, f'credit = "{long}"\n')
    code, _, err = run_clean("brand", "check", str(folder))
    assert code == 1
    assert f"{folder / 'brand.toml'}: credit: is {len(long.strip())} characters long" in err
    assert f"at most {LINE_CHARS} characters" in err
    code, _, err = run_clean("build", str(EXAMPLE), "-o", str(tmp_path / "uit"), "--brand", str(folder))
    assert code == 1 and "credit: is " in err and "Traceback" not in err
    assert not (tmp_path / "uit").exists() or not any((tmp_path / "uit").iterdir())
    _kit(tmp_path / "fits", f'credit = "{"x" * LINE_CHARS}"\n')
    assert load_kit(str(tmp_path / "fits" / "kit"))[0].credit == "x" * LINE_CHARS


@pytest.mark.parametrize(("start", "refused"), [("23:30", True), ("20:31", True), ("20:30", False), ("13:30", False)])
def test_a_start_whose_half_day_runs_past_midnight_is_refused(tmp_path: Path, start: str, refused: bool) -> None:
    folder = _kit(tmp_path, f'[workshop]\nstart = "{start}"\n')
    if not refused:
        assert load_kit(str(folder))[0].workshop_start == int(start[:2]) * 60 + int(start[3:])
        return
    with pytest.raises(CanvasErrors) as raised:
        load_kit(str(folder))
    assert f"workshop.start: a half-day workshop (3.5 hours) from {start} runs past midnight" in str(raised.value)
    assert "start at 20:30 at the latest" in str(raised.value)


def test_every_problem_of_a_kit_is_said_at_once_one_sentence_each(tmp_path: Path) -> None:
    folder = _kit(
        tmp_path,
        f'credit = 42\nagency = ["Studio", "Noord"]\nfooter = "{"x" * (LINE_CHARS + 1)}"\n'
        "[workshop]\nstart = 21:00:00\n",
    )
    code, out, err = run_clean("brand", "check", str(folder))
    kit_file = folder / "brand.toml"
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert code == 1 and "is valid" not in out and len(errors) == 4
    assert f"error: {kit_file}: credit: must be text in quotes" in err and "(it is a number)" in err
    assert f"error: {kit_file}: agency: must be text in quotes" in err and "(it is a list)" in err
    assert f"error: {kit_file}: footer: is {LINE_CHARS + 1} characters long" in err
    assert f"error: {kit_file}: workshop.start: a half-day workshop (3.5 hours) from 21:00 runs past midnight" in err
