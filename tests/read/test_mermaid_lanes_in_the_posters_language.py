"""F11 (round 17): the lanes canvasgen names in a Mermaid journey were English ("Customer process", "Actors") on a
Dutch poster when a .md's prose around the diagrams left its text not clearly of one language."""

from __future__ import annotations

from pathlib import Path

from canvasgen.language import choose_language
from tests.support.reading import read_canvas

MARKDOWN = """# Onboarding notes

Intro paragraph about the **first** journey, for the team.

```mermaid
journey
  title Aanmelden
  section Ontdekken
    Ziet advertentie: 3: Klant
    Klikt door: 4: Klant
  section Aanmelden
    Vult het formulier in: 2: Klant, Team
```

Tussen de diagrammen: een zin die bij de tweede hoort.
"""


def test_a_markdown_journeys_lanes_are_named_in_the_language_of_its_posters_words(tmp_path: Path) -> None:
    path = tmp_path / "reizen.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    canvas = read_canvas(path)
    assert choose_language(canvas).language == "nl"
    assert [lane.label for lane in canvas.journeys[0].lanes] == ["Klantproces", "Actoren"]


def test_a_markdown_files_front_matter_is_kept_as_notes_without_its_dashes(tmp_path: Path) -> None:
    """F11 (round 17): the document's front matter was one note "--- title: Front title ---"."""
    path = tmp_path / "reizen.md"
    path.write_text("---\ntitle: Klantreizen 2026\nauthor: Team CX\n---\n" + MARKDOWN, encoding="utf-8")
    notes = [note.text for note in read_canvas(path).journeys[0].notes]
    assert notes[:3] == ["title: Klantreizen 2026", "author: Team CX", "Onboarding notes"]
    assert not any("---" in note for note in notes)


def test_lines_in_a_section_that_are_no_task_are_kept_as_notes_and_said(tmp_path: Path) -> None:
    """F11 (round 17): "Taak zonder score" and ": 3: Leeg" in a section became notes without a word."""
    path = tmp_path / "reis.mmd"
    path.write_text(
        "journey\n  title Reis\n  section Zoeken\n    Zoekt online: 3: Klant\n    Taak zonder score\n    : 3: Leeg\n",
        encoding="utf-8",
    )
    canvas = read_canvas(path)
    assert [note.text for note in canvas.journeys[0].notes] == ["Taak zonder score", ": 3: Leeg"]
    (said,) = [w.message for w in canvas.warnings if "no task" in w.message]
    assert "2 line(s) in a section read as no task (line 5 'Taak zonder score', line 6 ': 3: Leeg')" in said
