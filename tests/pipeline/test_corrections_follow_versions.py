"""The reading corrections in ``canvasgen.toml`` follow a workbook through the workshop loop (new user 14):
the version ``apply`` writes is read as the workbook was (F8), a kit made without them (on the web page) is
applied as it was read (F21), and a misspelt setting or section is refused, never silently unused (F19)."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workshop import WORRIES, changes_rows, fill
from tests.support.workshop import lanes_workbook as workbook

SETTINGS = f'["reis.xlsx"]\nlanes = {{ "{WORRIES}" = "pain_points" }}\n'


def _canvas(folder: Path) -> Path:
    return workbook(folder / "reis.xlsx", {WORRIES: ["Is het veilig?", "Te duur?", "", ""]})


def test_the_version_apply_wrote_is_read_with_the_workbooks_corrections(tmp_path: Path) -> None:
    source = _canvas(tmp_path)
    (tmp_path / "canvasgen.toml").write_text(SETTINGS, encoding="utf-8")
    code, _, err = run("kit", source, "-o", tmp_path / "kit")
    assert code == 0, err
    changes = tmp_path / "kit" / "reis-changes.xlsx"
    rows = changes_rows(changes)
    fill(changes, {(rows["F1-PP-01"], 6): "Is het veilig genoeg?", (rows["F2-PP-01"], 5): "weg"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "reis-v2.xlsx")
    assert code == 0 and "1 changed, 1 removed" in out, err
    assert "see what changed: canvasgen diff " in out and "--lane" not in out  # the toml covers the version
    # diff typed as the README shows it: the team's changes, not "baan erbij"/"baan eruit"
    code, out, err = run("diff", source, tmp_path / "reis-v2.xlsx")
    assert code == 0, err
    assert "baan erbij" not in out and "baan eruit" not in out
    assert "Bewustwording · Zorgen van de klant: gewijzigd: Is het veilig? → Is het veilig genoeg?" in out
    assert "Interesse · Zorgen van de klant: eruit: Te duur?" in out
    # check and build read the version alike, and --explain says where its corrections come from
    code, out, err = run("check", tmp_path / "reis-v2.xlsx", "--explain")
    assert code == 0 and f"lane '{WORRIES}' [pain_points, corrected]" in out, err
    assert 'reading corrections: those of ["reis.xlsx"] in canvasgen.toml, as reis-v2.xlsx is a later version' in out
    # a version with a section of its own is read with that one
    (tmp_path / "canvasgen.toml").write_text(SETTINGS + '\n["reis-v2.xlsx"]\ngroups = "none"\n', encoding="utf-8")
    code, out, err = run("check", tmp_path / "reis-v2.xlsx")
    assert code == 0 and f"lane '{WORRIES}' has no role" in out


def test_diff_reads_a_version_the_toml_does_not_name_as_the_other(tmp_path: Path) -> None:
    source = _canvas(tmp_path)
    (tmp_path / "canvasgen.toml").write_text(SETTINGS, encoding="utf-8")
    other = workbook(tmp_path / "na-de-sessie.xlsx", {WORRIES: ["Is het veilig?", "Te duur!", "", ""]})
    code, out, err = run("diff", source, other)
    assert code == 0, err
    assert "baan erbij" not in out and "Interesse · Zorgen van de klant: gewijzigd: Te duur? → Te duur!" in out
    said = " ".join(err.split())
    assert "canvasgen.toml has no section for na-de-sessie.xlsx: it is read with the reading corrections" in said


def test_a_kit_made_without_the_toml_is_applied_as_the_kit_read_the_workbook(tmp_path: Path) -> None:
    source = _canvas(tmp_path)
    code, _, err = run("kit", source, "-o", tmp_path / "kit")  # as the web page makes it: no canvasgen.toml
    assert code == 0, err
    changes = tmp_path / "kit" / "reis-changes.xlsx"
    rows = changes_rows(changes)
    own = next(card for card in rows if card.startswith("F1-X"))  # the agency's own lane: no role
    fill(changes, {(rows[own], 6): "Is het veilig genoeg?"})
    (tmp_path / "canvasgen.toml").write_text(SETTINGS, encoding="utf-8")  # the project folder's corrections
    code, out, err = run("apply", source, changes, "-o", tmp_path / "reis-v2.xlsx")
    assert code == 0 and "1 changed" in out, err
    said = " ".join(err.split())
    assert "the kit read reis.xlsx with the reading corrections none, not with those of canvasgen.toml" in said
    assert "it is read as the kit read it, so that the card IDs match" in said
    assert "there is no card" not in said and "was the kit made from another one" not in said
    # corrections given here still win over the kit's record (and say so)
    code, out, err = run("apply", source, changes, "-o", tmp_path / "reis-v3.xlsx", "--lane", f"{WORRIES}=pain_points")
    assert code == 1 and f"there is no card '{own}'" in err


def test_a_misspelt_setting_or_section_in_the_toml_is_refused_by_name(tmp_path: Path) -> None:
    source = _canvas(tmp_path)
    settings = tmp_path / "canvasgen.toml"
    for written, said in (
        (
            f'["reis.xlsx"]\nlane = {{ "{WORRIES}" = "pain_points" }}\n',
            "canvasgen.toml: [\"reis.xlsx\"]: 'lane' is not a setting (did you mean 'lanes'?)",
        ),
        (
            f'[reis]\nlanes = {{ "{WORRIES}" = "pain_points" }}\n',
            'canvasgen.toml: section [reis] names no workbook beside it (did you mean ["reis.xlsx"]?)',
        ),
        (
            '["reis.xlsx".Klantreis]\nphase-row = 5\n',
            "canvasgen.toml: [Klantreis]: 'phase-row' is not a setting of a sheet (did you mean 'phases-row'?)",
        ),
        (
            f'lanes = {{ "{WORRIES}" = "pain_points" }}\n',
            "canvasgen.toml: 'lanes' stands above every section: give it under [\"reis.xlsx\"]",
        ),
    ):
        settings.write_text(written, encoding="utf-8")
        code, _, err = run("check", source)
        assert code == 1 and said in " ".join(err.split()), (written, err)
        assert "Traceback" not in err
    # a section for another workbook beside it is not this one's typo
    (tmp_path / "offerte.xlsx").write_bytes(source.read_bytes())
    settings.write_text('["offerte.xlsx"]\ngroups = "none"\n', encoding="utf-8")
    code, _, err = run("check", source)
    assert code == 0, err


MEETS = "Waar komt ze ons tegen?"  # the touchpoints, in the team's words: a role only canvasgen.toml gives


def test_gaps_reads_the_ideal_with_the_current_workbooks_corrections(tmp_path: Path) -> None:
    """New user 22, finding 12: a section for the current workbook only read the ideal without its lane roles,
    and gaps called the ideal's full lane "empty in the whole ideal journey" and "ideal only" at once."""
    texts = ["Website", "Telefoon", "Balie", "E-mail"]
    current = workbook(tmp_path / "reis.xlsx", {MEETS: texts})
    ideal = workbook(tmp_path / "ideaal.xlsx", {MEETS: [*texts[:3], "App"]}, scenario="Ideaal")
    (tmp_path / "canvasgen.toml").write_text(f'["reis.xlsx"]\nlanes = {{ "{MEETS}" = "touchpoints" }}\n', "utf-8")
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    said = " ".join((out + err).split())
    assert "leeg in de hele ideale reis" not in said and "alleen in de ideale reis" not in said
    assert "canvasgen.toml has no section for ideaal.xlsx: it is read with the reading corrections" in said
    assert "as the ideal and the current journey are compared alike" in said
    assert "App" in out and "E-mail" in out  # the lane compared: the ideal's new touchpoint, the current's own


def test_gaps_says_the_two_workbooks_sections_give_a_lane_different_roles(tmp_path: Path) -> None:
    """Where the two workbooks cannot be read alike (each its own section, a lane given a role in one only),
    one sentence says so, naming the lane and both workbooks."""
    texts = ["Website", "Telefoon", "Balie", "E-mail"]
    current = workbook(tmp_path / "reis.xlsx", {MEETS: texts})
    ideal = workbook(tmp_path / "ideaal.xlsx", {MEETS: texts}, scenario="Ideaal")
    settings = f'["reis.xlsx"]\nlanes = {{ "{MEETS}" = "touchpoints" }}\n["ideaal.xlsx"]\ngroups = "none"\n'
    (tmp_path / "canvasgen.toml").write_text(settings, "utf-8")
    code, _, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    said = " ".join(err.split())
    assert (
        "the two workbooks are read with different lane corrections (canvasgen.toml): "
        "'waar komt ze ons tegen' is no role in ideaal.xlsx, touchpoints in reis.xlsx" in said
    )
