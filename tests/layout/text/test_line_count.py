"""A text's lines counted from its word widths (``Setter.line_count``, ``wrap.line_count``) are the lines
``wrap`` makes of it, at every width: the deck measures thousands of texts by their count alone."""

from __future__ import annotations

import random

import pytest

from canvasgen.brand.kit import load_kit
from canvasgen.layout.text.fonts import FontSet
from canvasgen.layout.text.setter import Setter
from canvasgen.layout.text.wrap import line_count, word_widths, wrap

WORDS = [
    "klant",
    "offerte",
    "levering",
    "€",
    "7.400",
    "8-10",
    "uur",
    "e-mail",
    "nieuwsbrief",
    "aanbeveling",
    "https://example.nl/klant/",
]
TEXTS = [
    "",
    "één",
    "Vergelijkt offertes\nbelt de installateur\n\nleest reviews",
    "Arbeidsongeschiktheidsverzekering en zonnepanelenleverancier",  # long words: wrap breaks them
    "客户在网站上比较报价然后打电话",  # breaks between characters: wrap alone counts it
    *(" ".join(random.Random(seed).choices(WORDS, k=seed * 7)) for seed in range(1, 12)),
]


def deck_setter() -> Setter:
    kit, _ = load_kit("default")
    return Setter(FontSet.for_deck(kit.deck, kit.fallback_fonts))


@pytest.mark.parametrize("text", TEXTS)
def test_the_count_is_the_number_of_wrapped_lines(text: str) -> None:
    setter = deck_setter()
    measure = setter.fonts.unit_measure("body")
    widths = word_widths(text, measure)
    counted = 0
    for width in [4.0 + step * 2.5 for step in range(60)]:
        wrapped = len(wrap(text, width, measure))
        count = None if widths is None else line_count(widths, measure(" "), width)
        assert count is None or count == wrapped, (width, count, wrapped)
        counted += count is not None
        for size in (14.0, 24.0):
            assert setter.line_count(text, width * size, "body", size) == len(
                setter.wrap(text, width * size, "body", size)
            )
    if text and "客" not in text:
        assert counted  # counted from the widths at the widths where no word breaks


def test_a_word_wider_than_the_line_or_one_of_cjk_is_left_to_wrap() -> None:
    measure = deck_setter().fonts.unit_measure("body")
    assert word_widths("客户在网站上", measure) is None
    widths = word_widths("Arbeidsongeschiktheidsverzekering", measure)
    assert widths is not None
    assert line_count(widths, measure(" "), widths[0][0] - 0.5) is None
    assert line_count(widths, measure(" "), widths[0][0]) == 1


def test_an_ideographic_space_between_latin_words_is_no_word_that_breaks_anywhere() -> None:
    # the text holds a character of the scripts that break anywhere, none of its words does: counted
    measure = deck_setter().fonts.unit_measure("body")
    widths = word_widths("klant\u3000offerte levering", measure)
    assert widths == ((measure("klant"), measure("offerte"), measure("levering")),)
    assert word_widths("klant 客户 offerte", measure) is None


def test_the_setters_remembered_widths_are_the_fonts_widths() -> None:
    # the setter looks words up in widths it measured once: the same widths as the fonts give, asked first or again
    setter = deck_setter()
    for role in ("body", "heading"):
        measure = setter.fonts.unit_measure(role)
        text = "Vergelijkt offertes € 7.400 en belt de installateur; offertes"
        assert word_widths(text, setter._measure(role)) == word_widths(text, measure)
        assert word_widths(text, setter._measure(role)) == word_widths(text, measure)  # now remembered
        assert setter.wrap(text, 60.0, role, 12.0) == wrap(text, 5.0, measure)


@pytest.mark.parametrize("language", ["nl", "de", None])
def test_a_posters_count_with_syllables_is_its_wrapped_lines(language: str | None) -> None:
    # the poster's page searches take a cell's height from its items' counts (hyphenated where a word breaks):
    # the same as the lines it sets at the size chosen
    kit, _ = load_kit("default")
    fonts = FontSet.for_poster(kit.heading_font, kit.body_font, kit.fallback_fonts)
    setter, twin = Setter(fonts, language), Setter(fonts, language)
    for text in TEXTS:
        for width in [40.0 + step * 7.5 for step in range(40)]:
            for size in (7.0, 9.35, 12.5):
                counted = setter.line_count(text, width, "body", size)
                assert counted == len(twin.wrap(text, width, "body", size)), (text, width, size)
