"""A canvas with Dutch labels and only a few words in its cells ("Belt", "Traag") is no clear language by its text
(round 24, hostile tester): no syllable rules were used, and a long word in a narrow column was cut anywhere,
"Dienstverleningsoveree-|nkomst". Where the text's language is unclear, the labels' language breaks its long
words, at a syllable ("Dienstverlenings-|overeenkomst"). Read back from the poster with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import make_book

_PHASES = 16  # narrow columns: the long words do not fit whole
_LONG = {"Klantacties": "Dienstverleningsovereenkomst", "Pijnpunten": "Aansprakelijkheidsverzekering"}
#: Where Dutch rules may break each word; a break elsewhere is a cut inside a syllable.
_SYLLABLE_BREAKS = {
    "Dienstverleningsovereenkomst": {
        "Dienst",
        "Dienstver",
        "Dienstverle",
        "Dienstverlenings",
        "Dienstverleningsover",
        "Dienstverleningsoveréén",
        "Dienstverleningsovereen",
    },
    "Aansprakelijkheidsverzekering": {
        "Aan",
        "Aanspra",
        "Aansprakelijk",
        "Aansprakelijkheids",
        "Aansprakelijkheidsver",
        "Aansprakelijkheidsverze",
        "Aansprakelijkheidsverzeke",
    },
}


def _lines(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip().lstrip("• ") for line in raw.splitlines()]


def test_a_long_word_breaks_at_a_syllable_by_the_labels_language(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase"}
    for row, (label, word) in enumerate(_LONG.items(), start=2):
        cells[f"A{row}"] = label
        for phase in range(1, _PHASES + 1):
            column = chr(ord("A") + phase)
            cells[f"{column}1"] = f"Stap {phase}"
            cells[f"{column}{row}"] = word if phase == _PHASES else ("Belt", "Traag")[row - 2]
    source = make_book(tmp_path / "contract.xlsx", {"Reis": cells})
    code, out, err = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, out + err
    lines = _lines(tmp_path / "out" / "contract.pdf")
    for word, breaks in _SYLLABLE_BREAKS.items():
        # the word's first piece: the line that starts it and ends in a (soft) hyphen, or the whole word
        first = next(line for line in lines if line and word.startswith(line.rstrip("\xad-")))
        piece = first.rstrip("\xad-")
        assert piece == word or piece in breaks, (word, first)  # was 'Dienstverleningsoveree', 'Aansprakelijkheidsverz'
        if piece != word:
            rest = lines[lines.index(first) + 1]
            assert piece + rest.rstrip("\xad-") == word or word.startswith(piece + rest.rstrip("\xad-")), rest
