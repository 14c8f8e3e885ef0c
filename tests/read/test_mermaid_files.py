"""Issue #30, round fifteen (F3, F20, F4 of the shapes tester): a Mermaid file is read whole. Every journey
of a ``.md`` is a journey, its prose kept as notes; a fence of tildes is a fence; a front matter's ``title:``
is the title; the lanes canvasgen names are in the journey's language, never counted as its labels."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from tests.support.reading import read_canvas

_FEW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

TWO_JOURNEYS = """# Interviews week 12

We spoke to six tenants about moving in.
Most of them came through a friend.

```mermaid
journey
  title Moving in
  section Viewing
    Books a viewing online: 4: Tenant
  section Signing
    Signs the lease: 3: Tenant, Agent
```

Between the two: the second is the way out.

```mermaid
flowchart LR
  A --> B
```

~~~mermaid
journey
  title Moving out
  section Notice
    Gives notice by letter: 2: Tenant
~~~

Open question: who returns the keys?
"""


def _texts(path: Path) -> dict[str, list[str]]:
    canvas = read_canvas(path)
    return {journey.name: [" ".join(item.text.split()) for item in journey.texts()] for journey in canvas.journeys}


def test_every_journey_of_a_markdown_file_is_read_and_its_prose_kept(tmp_path: Path) -> None:
    path = tmp_path / "tenants.md"
    path.write_text(TWO_JOURNEYS, encoding="utf-8")
    canvas = read_canvas(path)
    first, second = canvas.journeys
    assert (first.name, second.name) == ("Moving in", "Moving out")
    assert [p.name for p in second.phases] == ["Notice"]
    assert [i.text for c in second.lanes[0].cells for i in c] == ["Gives notice by letter"]
    # the prose before a diagram is its notes; what stands after the last diagram, the last one's
    assert [n.text for n in first.notes] == [
        "Interviews week 12",
        "We spoke to six tenants about moving in. Most of them came through a friend.",
    ]
    assert [n.text for n in second.notes] == [
        "Between the two: the second is the way out.",
        "A --> B",  # the words of the flowchart between them: kept, not lost (shapes G14)
        "Open question: who returns the keys?",
    ]
    assert str(first.notes[0].source) == "tenants!line 1"
    assert any("journey 2 of 2 in the file" in line for line in second.reading)
    # a mermaid block of another diagram is said, by its line
    (flowchart,) = [w for w in canvas.warnings if "flowchart" in w.message]
    assert flowchart.location is not None and flowchart.location.sheet == "line 17"
    assert "no journey: not read as one" in flowchart.message
    # F11 (round 17): its first line names its kind, and is the one line not kept: said so
    assert "its lines but its first ('flowchart LR', which names its kind) kept as notes" in flowchart.message


def test_a_fence_of_tildes_or_of_more_backticks_is_a_fence(tmp_path: Path) -> None:
    for fence, info in (("~~~", "mermaid"), ("````", "Mermaid"), ("~~~~", "mermaid ")):
        path = tmp_path / "fenced.md"
        path.write_text(
            f"Intro\n\n{fence}{info}\njourney\n  section Een\n    Belt de winkel: 3: Ik\n{fence}\n", encoding="utf-8"
        )
        result = CliRunner().invoke(main, ["check", str(path)])
        assert result.exit_code == 0, result.output
        assert "1 phase: Een" in result.stdout


def test_a_markdown_file_without_a_journey_names_both_fences(tmp_path: Path) -> None:
    path = tmp_path / "none.md"
    path.write_text("# Nothing\n\n```python\nprint('journey')\n```\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "```mermaid (or ~~~mermaid)" in result.stderr


FRONT_MATTER = """---
title: "Aanvraag vergunning"
config:
  theme: forest
---
journey
  title Vergunning aanvragen
  section Aanvragen
    Vult het formulier in: 3: Bewoner
"""


def test_the_front_matter_title_is_the_title_and_a_different_title_line_a_note(tmp_path: Path) -> None:
    path = tmp_path / "vergunning.mmd"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Aanvraag vergunning"
    assert str(journey.meta["title"].source) == "vergunning!line 2"
    assert [n.text for n in journey.notes] == ["Vergunning aanvragen"]
    (said,) = [w for w in canvas.warnings if "front matter" in w.message]
    assert said.location is not None and said.location.sheet == "line 7"
    same = tmp_path / "same.md"
    same.write_text("```mermaid\n" + FRONT_MATTER.replace("Vergunning aanvragen", "Aanvraag vergunning") + "```\n")
    (journey,) = read_canvas(same).journeys
    assert journey.name == "Aanvraag vergunning" and not journey.notes


def test_the_lanes_canvasgen_names_are_in_the_journeys_language_and_no_label_of_it(tmp_path: Path) -> None:
    path = tmp_path / "boodschappen.mmd"
    path.write_text(
        "journey\n  title Boodschappen doen met de kinderen\n  section Plannen\n"
        "    Maakt een lijstje voor de week: 3: Moeder\n  section Winkelen\n"
        "    Zoekt een plek om te parkeren bij de winkel: 1: Moeder, Kind\n",
        encoding="utf-8",
    )
    canvas = read_canvas(path)
    assert [lane.label for lane in canvas.journeys[0].lanes] == ["Klantproces", "Actoren"]
    assert canvas.language == "nl"
    assert not [w for w in canvas.warnings if "mixes languages" in w.message]
    assert any("no label names a language" in line for line in canvas.reading)


_WORD = st.sampled_from(["koffie", "trein", "balie", "formulier", "wachten", "bellen", "ticket", "desk"])


@_FEW
@given(
    journeys=st.lists(
        st.lists(st.lists(_WORD, min_size=1, max_size=3), min_size=1, max_size=3), max_size=3, min_size=1
    ),
    prose=st.lists(st.lists(_WORD, min_size=0, max_size=4), min_size=4, max_size=4),
    tildes=st.lists(st.booleans(), min_size=3, max_size=3),
)
def test_every_journey_and_every_paragraph_of_a_markdown_file_is_kept(
    tmp_path: Path, journeys: list[list[list[str]]], prose: list[list[str]], tildes: list[bool]
) -> None:
    """Any number of journey blocks, fenced either way, with or without prose between them: a journey each,
    and every word of the file's prose among the notes."""
    parts = []
    for index, sections in enumerate(journeys):
        if prose[index]:
            parts.append(" ".join(prose[index]) + f" {index}\n")
        fence = "~~~" if tildes[index] else "```"
        body = "".join(
            f"  section Fase {index}.{s}\n" + "".join(f"    {word} {s}.{t}: 3: Ik\n" for t, word in enumerate(tasks))
            for s, tasks in enumerate(sections)
        )
        parts.append(f"{fence}mermaid\njourney\n{body}{fence}\n")
    if prose[-1]:
        parts.append(" ".join(prose[-1]) + " end\n")
    path = tmp_path / "reis.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    canvas = read_canvas(path)
    assert len(canvas.journeys) == len(journeys)
    for journey, sections in zip(canvas.journeys, journeys, strict=True):
        assert [len(cell) for cell in journey.lanes[0].cells] == [len(tasks) for tasks in sections]
    notes = " ".join(note.text for journey in canvas.journeys for note in journey.notes)
    for index, words in enumerate(prose[: len(journeys)]):
        if words:
            assert " ".join(words) + f" {index}" in notes
    if prose[-1]:
        assert " ".join(prose[-1]) + " end" in notes


TWO_IN_ONE_MMD = """journey
  title Eerste<br/>reis
  section Zoeken
    Vindt de app: 4: Klant
---
title: Tweede reis
---
journey
  title Terugkeer
  section Gebruiken
    Scant de QR-code: 2: Klant
journey
  section Opzeggen
    Belt de klantenservice: 1: Klant
"""


def test_each_journey_line_of_an_mmd_starts_a_journey_of_its_own_said(tmp_path: Path) -> None:
    path = tmp_path / "reizen.mmd"
    path.write_text(TWO_IN_ONE_MMD, encoding="utf-8")
    canvas = read_canvas(path)
    first, second, third = canvas.journeys
    # every title kept: the front matter's names the second, its own 'title' line a note of it
    assert (first.name, second.name) == ("Eerste reis", "Tweede reis")
    assert [n.text for n in second.notes] == ["Terugkeer"]
    assert third.name not in (first.name, second.name)
    assert [[p.name for p in j.phases] for j in canvas.journeys] == [["Zoeken"], ["Gebruiken"], ["Opzeggen"]]
    assert [i.text for c in third.lanes[0].cells for i in c] == ["Belt de klantenservice"]
    said = [w for w in canvas.warnings if "another 'journey' line" in w.message]
    assert [w.location.sheet for w in said if w.location] == ["line 8", "line 12"]
    assert any("journey 3 of 3 in the file" in line for line in third.reading)


def test_a_second_title_line_in_one_diagram_is_kept_as_a_note(tmp_path: Path) -> None:
    path = tmp_path / "titels.mmd"
    path.write_text("journey\n  title Eerste\n  section Een\n    Belt: 3: Ik\n  title Tweede\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Eerste"
    assert [n.text for n in journey.notes] == ["Tweede"]
    assert any("second 'title' line" in w.message for w in canvas.warnings)


def test_character_references_are_the_characters_they_name(tmp_path: Path) -> None:
    path = tmp_path / "boeken.md"
    text = "```mermaid\njourney\n  section Boeken<br>&amp; betalen\n    Kiest R&D &lt;snel&gt;: 3: AT&T;\n```\n"
    path.write_text(text, encoding="utf-8")
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Boeken\n& betalen"]
    assert [i.text for c in journey.lanes[0].cells for i in c] == ["Kiest R&D <snel>"]
    assert [i.text for c in journey.lanes[1].cells for i in c] == ["AT&T;"]


def test_markdown_marks_around_the_prose_are_not_printed(tmp_path: Path) -> None:
    """Hostile tester, round 18: "**vetgedrukt**" and "[link](https://example.com)" were notes as written. The
    words stay (a link's address too); the marks go; snake_case words keep their underscores. The front matter's
    lines stay notes as written ("title: …", as round 17 decided: a key and its value)."""
    path = tmp_path / "reizen.md"
    path.write_text(
        "---\ntitle: Reizen van de fietsklant\n---\n# Inleiding met *nadruk*\n\n"
        "Tekst met een **vetgedrukt** woord, `code`, een_naam_met_streepjes en een [link](https://example.com).\n\n"
        "```mermaid\njourney\n  title Eerste aankoop\n  section Zoeken\n    Zoekt fiets online: 3: Klant\n```\n",
        encoding="utf-8",
    )
    (journey,) = read_canvas(path).journeys
    assert [note.text for note in journey.notes] == [
        "title: Reizen van de fietsklant",
        "Inleiding met nadruk",
        "Tekst met een vetgedrukt woord, code, een_naam_met_streepjes en een link (https://example.com).",
    ]
