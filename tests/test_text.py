"""Cleaning cells and matching labels, as people type them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canvasgen.text import (
    _MAYBE_RTL,
    counted,
    excerpt,
    is_blank,
    is_question,
    label_key,
    one_line,
    parse_number,
    semicolon_parts,
    split_items,
    word_set,
)
from canvasgen.vocabulary import is_phase_header, lane_kind
from canvasgen.words import LANE_LABELS


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("• een\n• twee", ["een", "twee"]),
        ("- een\n-twee", ["een", "-twee"]),  # "-" is a bullet only before a space
        ("*een\n* twee", ["een", "twee"]),
        ("-5% korting", ["-5% korting"]),
        ("een\n\n\xa0\ntwee\r\ndrie", ["een", "twee", "drie"]),
        ("  veel   spaties  ", ["veel spaties"]),
        ("a\u200bb", ["ab"]),
        ("-\n/", []),
    ],
)
def test_split_items(cell: str, items: list[str]) -> None:
    assert split_items(cell) == items


# The one "; " rule (README, "Inside a cell"): (line, parts in any cell, parts in a KPI lane's cell).
_SEMICOLONS = [
    ("Instagram; YouTube; Ads", ["Instagram", "YouTube", "Ads"], ["Instagram", "YouTube", "Ads"]),
    (
        "Kiest een pakket; vergelijkt de prijzen van drie leveranciers",
        None,
        ["Kiest een pakket", "vergelijkt de prijzen van drie leveranciers"],
    ),
    (
        "Conversie 2,4% (doel 3%); Wachttijd bij de kassa 4 min (doel 2 min)",
        None,
        ["Conversie 2,4% (doel 3%)", "Wachttijd bij de kassa 4 min (doel 2 min)"],
    ),
    ("een twee drie vier; vijf", ["een twee drie vier", "vijf"], ["een twee drie vier", "vijf"]),  # 4 words: short
    ("een twee drie vier vijf; zes", None, ["een twee drie vier vijf", "zes"]),  # 5 words: a sentence
    ("x" * 35 + "; kort", ["x" * 35, "kort"], ["x" * 35, "kort"]),  # 35 characters: short
    ("x" * 36 + "; kort", None, ["x" * 36, "kort"]),
    ("Instagram;YouTube", None, None),  # no space after the semicolon: not the separator
    ("Instagram; ", None, None),  # an empty part: not split
    ("; Instagram", None, None),
    ("Instagram", None, None),
    ("Omzet 3%;Retour 4%", None, None),
]


@pytest.mark.parametrize(("line", "parts", "kpi_parts"), _SEMICOLONS)
def test_one_semicolon_rule(line: str, parts: list[str] | None, kpi_parts: list[str] | None) -> None:
    assert semicolon_parts(line) == parts
    assert semicolon_parts(line, always=True) == kpi_parts
    assert split_items(line) == (parts or [" ".join(line.split())])  # the reader's and the kit's cards
    assert split_items(line, always=True) == (kpi_parts or [" ".join(line.split())])
    assert split_items(f"{line}\ntweede regel") == [line.strip(), "tweede regel"]  # two lines: never split


@pytest.mark.parametrize("cell", ["", " ", "\xa0", "\u200b", "-", "/", " / ", "—"])
def test_blank_markers(cell: str) -> None:
    assert is_blank(cell)


def test_numbers_as_typed() -> None:
    assert parse_number("+1") == 1 and parse_number("7,5") == 7.5 and parse_number("-2") == -2
    assert parse_number("A01067196") is None and parse_number("1.2.3") is None


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Klantproces", "customer"),
        ("Wat doet de klant?", "customer"),
        ("Customer actions", "customer"),
        ("Intern proces", "internal"),
        ("Leerdoelen en verbeteringen", "learning"),
        ("Pain Points (top 3)", "pain_points"),
        ("Ervaringsscore (-2 t/m +2)", "score"),
        ("Experience score", "score"),
        ("Points de Contact", "touchpoints"),
        ("Ações do Usuário", "customer"),
        ("Touchpoint", "touchpoints"),
        ("Stemming van het team", None),
    ],
)
def test_lane_labels(label: str, kind: str | None) -> None:
    assert lane_kind(label) == kind


def test_every_label_we_write_is_read_back() -> None:
    for labels in LANE_LABELS.values():
        for kind, label in labels.items():
            assert lane_kind(label) == kind


@pytest.mark.parametrize("label", ["Fase", "Phase", "Journey Stage", "Etapa/Fase", "Etapes", "Stage"])
def test_phase_headers(label: str) -> None:
    assert is_phase_header(label)


noise = st.sampled_from(["", " ", "  ", "\xa0", "\u200b", "\t", "\u2060"])
known = st.sampled_from([(label, kind) for labels in LANE_LABELS.values() for kind, label in labels.items()])


@given(known, noise, noise, st.sampled_from([str.upper, str.lower, str.title, str]), st.sampled_from(["", "?", ":"]))
def test_lane_labels_survive_case_spacing_and_invisible_characters(
    pair: tuple[str, str], before: str, after: str, case: object, punct: str
) -> None:
    label, kind = pair
    typed = before + case(label) + punct + after  # type: ignore[operator]
    assert lane_kind(typed) == kind


@given(st.text())
def test_label_key_is_idempotent_and_never_fails(text: str) -> None:
    assert label_key(label_key(text)) == label_key(text)


@given(st.text())
def test_split_items_never_returns_blank_items(text: str) -> None:
    for item in split_items(text):
        assert item == item.strip() and item and not is_blank(item) and "\n" not in item


def test_the_quick_right_to_left_look_misses_no_right_to_left_letter() -> None:
    missed = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL") and not _MAYBE_RTL.match(chr(code))
    ]
    assert missed == []


def test_one_line_keeps_every_word_and_drops_what_draws_nothing_or_turns_letters_around() -> None:
    assert one_line("Ontwerp:\x07 \u202eStudio\nNoord\tX\x0b en\u200f\u2067 co ") == "Ontwerp: Studio Noord X en co"
    assert one_line("Studio\u00a0Noord\r\nUtrecht") == "Studio Noord Utrecht"
    assert one_line("👩\u200d💻 Team") == "👩\u200d💻 Team"  # the joiner inside an emoji is part of it
    assert one_line("مصمم: استوديو") == "مصمم: استوديو"  # right-to-left text itself is kept


@given(st.text())
def test_one_line_is_one_line_and_loses_no_letter(text: str) -> None:
    line = one_line(text)
    assert "\n" not in line and "\u202e" not in line and line == line.strip()
    assert [ch for ch in line if ch.isalnum()] == [ch for ch in text if ch.isalnum()]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Wat doet de bewoner?", True),
        ("Wat doet de bewoner? ", True),
        ("顧客は何をしますか？", True),
        ("ماذا يفعل العميل؟", True),
        ("¿Qué hace el cliente?", True),
        ("Τι κάνει ο πελάτης\u037e", True),  # the Greek question mark
        ("Τι κάνει ο πελάτης;", True),  # the same, normalised to the semicolon it looks like
        ("Taken; acties;", False),
        ("Klantacties", False),
        ("Score (-2..+2)", False),
        ("Wat doet de klant? (max. 3)", False),  # a hint after it: no question as a whole
    ],
)
def test_a_text_ends_as_a_question_in_any_script(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_a_word_table_written_as_one_string_is_its_words() -> None:
    """The word tables (vocabulary, empathy headings, persona lists) write their sets one way."""
    assert word_set("doelgroep  doelgroepen\naudience целевая") == {"doelgroep", "doelgroepen", "audience", "целевая"}


@pytest.mark.parametrize(
    ("n", "word", "plural", "said"),
    [
        (1, "phase", None, "1 phase"),
        (0, "phase", None, "0 phases"),
        (4, "phase", None, "4 phases"),
        (1_200, "cell", None, "1,200 cells"),
        (2, "piece of text", "pieces of text", "2 pieces of text"),
    ],
)
def test_a_count_agrees_with_its_noun(n: int, word: str, plural: str | None, said: str) -> None:
    assert counted(n, word, plural) == said


def test_a_quoted_text_is_its_start_at_a_word_end() -> None:
    assert excerpt("Wachttijd 4 min") == "Wachttijd 4 min"
    long = "Websitebezoek " * 300
    quoted = excerpt(long)
    assert quoted.endswith("Websitebezoek…") and len(quoted) <= 61 and long.startswith(quoted[:-1])
    assert excerpt("x" * 500) == "x" * 60 + "…"  # no space to end on: cut at the limit
