"""Small CSVs read (round 20, hostile F6): the advice for a second blank phase header names the phase the client
named, and a persona named in the journey's header only is not counted "0 personas" beside it."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean


def test_two_blank_headers_are_advised_to_merge_with_the_phase_the_client_named(tmp_path: Path) -> None:
    # round 20, hostile F6: D1's advice named 'Fase 2', canvasgen's own name for the blank C1
    path = tmp_path / "reis.csv"
    path.write_text(",Oriëntatie,,,Gebruik\nKlantactiviteiten,Zoekt,Vergelijkt,Koopt,Gebruikt\n", encoding="utf-8")
    code, out, _ = run_clean("check", path)
    assert code == 0
    assert "name it in C1, or merge B1:C1 if it is a further step of 'Oriëntatie'" in out
    assert "name it in D1, or merge B1:D1 if columns C:D are further steps of 'Oriëntatie'" in out
    assert "of 'Fase 2'" not in out


def test_a_persona_named_in_the_header_only_is_no_zero_personas(tmp_path: Path) -> None:
    path = tmp_path / "reis.csv"
    path.write_text("Persona: Jan de Vries (45)\n,Oriëntatie,Aankoop\nDoet,Zoekt,Koopt\n", encoding="utf-8")
    code, out, _ = run_clean("check", path)
    assert code == 0
    # round 22: the age in brackets is the persona's, kept on a persona made from the header (#30 item 5)
    assert "persona Jan de Vries\n" in out and "(45)" not in out
    assert "0 personas" not in out and "1 persona" in out


def test_a_csv_named_after_its_file_says_so_and_a_slug_is_no_title(tmp_path: Path) -> None:
    # one rule, said: a file's name is the title unless written for a machine (a slug)
    body = ",Oriëntatie,Aankoop\nKlantproces,Zoekt,Koopt\n"
    (tmp_path / "duty.csv").write_text(body, encoding="utf-8")
    (tmp_path / "two-blank.csv").write_text(body, encoding="utf-8")
    _, named, _ = run_clean("check", "--explain", tmp_path / "duty.csv")
    assert "journey 'Duty'" in named
    assert (
        "it is called 'Duty' after the file's name 'duty.csv', read as its title with a capital first letter (a name "
        "in words; a slug such as 'klant-reis' is none) — to name the journey otherwise, write 'Journey: <name>' in a "
        "cell above the table or give --title '<name>'"
    ) in named
    _, slug, _ = run_clean("check", "--explain", tmp_path / "two-blank.csv")
    assert "journey 'Klantreis'" in slug and "'two-blank' is a name written for a machine" in slug
