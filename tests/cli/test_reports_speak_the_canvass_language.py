"""``diff`` and ``gaps`` say their terminal report in the canvas's language, as ``build`` and ``kit`` decide it
(#31, round 17: a Dutch canvas's report was English); ``--lang`` chooses another, each of the five languages
in its own words and its own numbers."""

from __future__ import annotations

from pathlib import Path

from canvasgen.words import DIFF_WORDS
from tests.support.cli import run_clean
from tests.support.workshop import canvas

HR = Path(__file__).parents[2] / "canvases" / "example-hr-software-b2b.xlsx"


def _versions(folder: Path) -> tuple[Path, Path]:
    old = canvas(folder / "lease.xlsx", {"D6": "Haalt de fiets op bij de dealer"})
    new = canvas(folder / "lease-v2.xlsx", {"D6": "Krijgt de fiets thuisbezorgd door de dealer"})
    return old, new


def test_diff_of_a_dutch_canvas_is_said_in_dutch_and_lang_chooses_another(tmp_path: Path) -> None:
    old, new = _versions(tmp_path)
    code, out, err = run_clean("diff", old, new)
    assert code == 0, err
    assert ": gewijzigd: Haalt de fiets op bij de dealer → Krijgt de fiets thuisbezorgd" in out
    assert ": changed: " not in out and "the same card" not in out
    for lang in ("en", "de", "fr", "es"):
        code, out, err = run_clean("diff", old, new, "--lang", lang)
        assert code == 0, err
        assert f": {DIFF_WORDS[lang]['changed']}: Haalt de fiets op bij de dealer →" in out, (lang, out)
        assert ": gewijzigd: " not in out


def test_gaps_of_a_dutch_canvas_is_said_in_dutch_with_its_numbers_and_lang_chooses_english(tmp_path: Path) -> None:
    ideal, current = _versions(tmp_path)
    code, out, err = run_clean("gaps", ideal, current, "-o", tmp_path / "nl")
    assert code == 0, err
    assert out.startswith("ideaal: ") and "\ndrempel voor gelijkenis: 0,6\n" in out
    assert "Actiepunten" in out and "Action points" not in out and "similarity threshold" not in out
    code, out, err = run_clean("gaps", ideal, current, "-o", tmp_path / "en", "--lang", "en")
    assert code == 0, err
    assert out.startswith("ideal: ") and "\nsimilarity threshold: 0.6\n" in out and "Action points" in out


def test_an_english_canvas_is_said_in_english(tmp_path: Path) -> None:
    copy = tmp_path / "hr-v2.xlsx"
    copy.write_bytes(HR.read_bytes())
    code, out, err = run_clean("diff", HR, copy)
    assert code == 0, err
    assert "no changes" in out and "geen wijzigingen" not in out
