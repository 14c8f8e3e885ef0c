"""A phone number's digit groups stay on one line (round 18, finding 19): a municipality's "telefoon 14 0555"
broke as "telefoon 14" / "0555" on an A3 poster. Its groups are joined as "Q3 2026" is (no-break spaces),
read back out of the PDF: every "14" before "0555" on the line that has "0555"."""

from __future__ import annotations

from pathlib import Path

from canvasgen.text import NO_BREAK, keep_together
from tests.support.layouts import build_poster
from tests.support.read_back import placed_words
from tests.support.workbooks import make_book

PHASES = ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat", "Aanbeveling"]
#: Words of every length right before the number, so that some line ends where the number starts.
LEADS = [
    "a",
    "op",
    "via",
    "naar",
    "thuis",
    "nummer",
    "telefon",
    "telefoon",
    "gemeente",
    "telefonisch",
    "gemeentelijk",
    "klantcontact",
    "telefoonnummer",
    "klantcontactcentrum",
]


def test_a_phone_numbers_groups_are_printed_on_one_line(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase"} | {f"{chr(66 + i)}1": p for i, p in enumerate(PHASES)}
    for row, lead in enumerate(LEADS, start=2):
        cells[f"A{row}"] = f"Contact {row - 1}"
        cells |= {f"{chr(66 + i)}{row}": f"Bel {'ons ' * i}{lead} 14 0555" for i in range(len(PHASES))}
    pdf = build_poster(make_book(tmp_path / "telefoon.xlsx", {"Verhuizen": cells}), tmp_path / "out", "A3", True)
    found = 0
    for words in placed_words(pdf):
        for index, word in enumerate(words):
            if word.text != "0555":
                continue
            before = words[index - 1]
            assert before.text.endswith("14") and abs(before.y0 - word.y0) < 1, (before, word)
            found += 1
    assert found == len(LEADS) * len(PHASES)


def test_phone_like_groups_are_joined_and_other_numbers_are_not() -> None:
    assert keep_together("telefoon 14 0555") == f"telefoon 14{NO_BREAK}0555"
    assert keep_together("bel +31 20 123 4567") == f"bel +31{NO_BREAK}20{NO_BREAK}123{NO_BREAK}4567"
    assert keep_together("06 1234 5678") == f"06{NO_BREAK}1234{NO_BREAK}5678"
    for plain in ("scores 3 4 5", "in 2025 2026", "06 12", "14 1234", "1 000 000"):
        assert NO_BREAK not in keep_together(plain), plain


#: The forms people write Dutch numbers in (hostile 19 F22), as the groups a PDF reads back.
FORMS = [("+31 (0)20 123 45 67", "tijdens kantooruren"), ("06-12 34 56 78", "of app"), ("(020) 123 45 67", "gratis")]


def test_the_common_forms_of_a_phone_number_are_printed_on_one_line(tmp_path: Path) -> None:
    """Hostile 19 F22: "+31 (0)20 123" / "45 67" and "06-12 34 56" / "78" on the poster: a number's first group
    as people write it ("+31 (0)20", "06-12", "(020)") is joined to the groups after it, in the setter."""
    cells: dict[str, object] = {"A1": "Fase"} | {f"{chr(66 + i)}1": p for i, p in enumerate(PHASES)}
    for row, lead in enumerate(LEADS, start=2):
        cells[f"A{row}"] = f"Contact {row - 1}"
        for i in range(len(PHASES)):
            number, after = FORMS[(row + i) % len(FORMS)]
            cells[f"{chr(66 + i)}{row}"] = f"Bel {'ons ' * i}{lead} {number} {after}"
    pdf = build_poster(make_book(tmp_path / "telefoon.xlsx", {"Verhuizen": cells}), tmp_path / "out", "A3", True)
    found = 0
    for words in placed_words(pdf):
        texts = [w.text for w in words]
        for number, _ in FORMS:
            groups = number.split()
            for index in range(len(texts) - len(groups) + 1):
                if texts[index : index + len(groups)] == groups:
                    line = {round(w.y0) for w in words[index : index + len(groups)]}
                    assert len(line) == 1, [(w.text, w.y0) for w in words[index : index + len(groups)]]
                    found += 1
    assert found == len(LEADS) * len(PHASES)
    # in the setter: the text itself keeps its plain spaces (what a reader copies from the PDF)
    assert keep_together("op 06-12 34 56 78") == f"op 06-12{NO_BREAK}34{NO_BREAK}56{NO_BREAK}78"
    assert keep_together("op +31 (0)20 123 45 67") == f"op +31{NO_BREAK}(0)20{NO_BREAK}123{NO_BREAK}45{NO_BREAK}67"
