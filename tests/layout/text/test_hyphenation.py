"""Words too long for their line break at a syllable with a hyphen, in the canvas's language (#17: long
Dutch words no longer cap the text size); the hyphen is a soft hyphen, so the word reads back whole."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from canvasgen.language import compound_parts, hyphenation_language
from canvasgen.layout.text.hyphenation import MIN_PIECE, SOFT_HYPHEN, hyphenator
from canvasgen.layout.text.setter import Setter
from canvasgen.layout.text.wrap import wrap
from canvasgen.model import Canvas
from tests.support.layouts import build_poster, default_kit
from tests.support.read_back import pdf_text, pdfium_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

DUTCH = hyphenator("nl")


def test_a_long_dutch_word_breaks_at_a_syllable_and_reads_back_whole() -> None:
    lines = wrap("Het klanttevredenheidsonderzoek loopt", 12, len, DUTCH)
    assert lines == ["Het", f"klanttevre{SOFT_HYPHEN}", f"denheidson{SOFT_HYPHEN}", "derzoek", "loopt"]
    assert lines.glued == {1, 2}
    assert "".join(line.rstrip(SOFT_HYPHEN) for line in lines[1:4]) == "klanttevredenheidsonderzoek"


def test_without_a_dictionary_a_long_word_breaks_between_characters_as_before() -> None:
    assert wrap("Het klanttevredenheidsonderzoek", 12, len) == ["Het", "klanttevrede", "nheidsonderz", "oek"]


def test_a_compound_breaks_at_its_own_hyphen_before_a_syllable() -> None:
    """F28: "zonnepanelen-ambassa-/deur" showed two hyphens and a four-letter rest; the word's own hyphen is
    the break a reader expects. Never a syllable's hyphen beside the word's own."""
    lines = wrap("de ‘zonnepanelen-ambassadeur’ gezocht", 22, len, DUTCH)
    assert lines[:2] == ["de", "‘zonnepanelen-"] and lines[2].startswith("ambassadeur’")
    assert lines.glued == {1}
    for width in range(6, 24):
        for line in wrap("‘zonnepanelen-ambassadeur’ gezocht", width, len, DUTCH)[:-1]:
            assert not line.endswith(f"-{SOFT_HYPHEN}") and not line.startswith("-"), (width, line)
    assert wrap("e-mailcampagne loopt", 9, len, DUTCH)[0] != "e-"  # MIN_PIECE letters on each side


def test_the_poster_breaks_a_compound_at_its_own_hyphen_and_it_reads_back_whole(tmp_path: Path) -> None:
    phases = ["Oriëntatie", "Aankoop", "Gebruik", "Service", "Loyaliteit", "Aanbeveling", "Terugkoop", "Vertrek"]
    cells: dict[str, object] = {"A1": "Fase", "A2": "Kansen"}
    for i, phase in enumerate(phases):
        column = "BCDEFGHI"[i]
        cells[f"{column}1"] = phase
        cells[f"{column}2"] = "Word onze zonnepanelen-ambassadeur en verdien een bon" if i == 0 else "Belt de klant"
    path = make_book(tmp_path / "ambassadeur.xlsx", {"Klantreis": cells})
    pdf = build_poster(path, tmp_path / "out", "A4")
    text = pdfium_text(pdf)
    assert "zonnepanelen\u2010" in text  # broken at its own hyphen, drawn as U+2010 so readers keep it
    assert "ambassa" + SOFT_HYPHEN not in pdf_text(pdf)
    assert squeeze("Word onze zonnepanelen-ambassadeur en verdien een bon") in squeeze(text)


def test_a_url_breaks_after_a_slash_without_a_hyphen() -> None:
    lines = wrap("https://example.org/klantreis/overzicht", 22, len, DUTCH)
    assert lines[0] == "https://example.org/"


def test_an_address_or_a_code_never_takes_a_syllables_hyphen() -> None:
    """'info@zon-ne-warmte…', 'htt-ps://www.zon-ne-…', a client number with a hyphen added: whoever types it
    over from the wall types the hyphen too. They break after a slash, or between characters, as before."""
    for text in (
        "info@zonnewarmte-installaties.nl",
        "https://www.zonnepanelenvergelijker.nl/offerte?id=12345",
        "www.zonnepanelenvergelijker.nl",
        "Klantnummer-2026-zonnepanelen",
    ):
        for width in range(8, 20):
            lines = wrap(text, width, len, DUTCH)
            assert not any(SOFT_HYPHEN in line for line in lines), (text, width, lines)
            assert "".join(lines) == text
    assert SOFT_HYPHEN in "".join(wrap("Het klanttevredenheidsonderzoek", 12, len, DUTCH))  # a word still is


def test_only_words_that_do_not_fit_are_hyphenated() -> None:
    assert wrap("Contactmomenten en klantreis", 16, len, DUTCH) == ["Contactmomenten", "en klantreis"]


def test_a_long_word_lets_text_grow_to_its_wider_half_a_short_one_does_not() -> None:
    _, fonts = default_kit()
    dutch, plain = Setter(fonts, "nl"), Setter(fonts)
    word = "klanttevredenheidsonderzoek"
    assert dutch.widest_piece(word, "body") < 0.6 * plain.widest_piece(word, "body")
    assert dutch.widest_piece("bezorgmoment", "body") < plain.widest_piece("bezorgmoment", "body")
    assert dutch.widest_piece("aanvraag", "body") == plain.widest_piece("aanvraag", "body")  # under LONG_WORD


def test_the_poster_prints_a_hyphenated_word_and_it_reads_back_whole(tmp_path: Path) -> None:
    word = "Klanttevredenheidsonderzoeksresultatenoverzicht"
    path = make_book(
        tmp_path / "lang.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "D1": "Gebruik",
                "E1": "Service",
                "F1": "Loyaliteit",
                "A2": "Klantproces",
                "B2": f"Leest het {word}",
                "C2": "Bestelt het bij een winkel",
                "D2": "Gebruikt het",
                "E2": "Belt met de klantenservice",
                "F2": "Beveelt het aan bij een vriend",
            }
        },
    )
    text = pdf_text(build_poster(path, tmp_path / "out", "A4"))
    assert SOFT_HYPHEN in text  # the word was broken at a syllable, not between any two characters
    assert squeeze(f"Leest het {word}") in squeeze(text)


def _canvas_saying(tmp_path: Path, name: str, lines: list[str]) -> Canvas:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces"}
    for i, line in enumerate(lines):
        cells[f"{'BCDE'[i]}1"], cells[f"{'BCDE'[i]}2"] = f"Fase {i + 1}", line
    return read_canvas(make_book(tmp_path / f"{name}.xlsx", {"Reis": cells}))


def test_words_are_hyphenated_by_the_language_their_text_is_clearly_written_in(tmp_path: Path) -> None:
    dutch = ["De klant zoekt een installateur", "Vraagt het aan bij de buren", "Kiest voor een offerte", "Tevreden"]
    english = ["The customer reads the reviews", "Asks for a quote by phone", "Signs the contract", "Happy"]
    spanish = ["El cliente busca información y", "Pide un presupuesto", "Firma el contrato", "Contento"]
    portuguese = ["O cliente procura informação", "Pede um orçamento para a obra", "Assina o contrato", "Contente"]
    assert _canvas_saying(tmp_path, "nl", dutch).written_in == "nl"
    assert _canvas_saying(tmp_path, "en", english).written_in == "en"
    assert _canvas_saying(tmp_path, "es", spanish).written_in == "es"  # Spanish patterns for Spanish
    # English or Spanish patterns would break Portuguese words at the wrong places: none are used
    assert _canvas_saying(tmp_path, "pt", portuguese).written_in is None


def test_a_word_joined_by_its_own_hyphen_keeps_each_parts_ends_together() -> None:
    """ "upsell-campagne" broke as "upsel-l-campagne" in a Dutch deck (new user 17): the Dutch patterns saw one
    word; each part between the word's own hyphens keeps MIN_PIECE letters at its ends."""
    breaks = hyphenator("nl")
    assert breaks is not None
    word = "upsell-campagne"
    found = breaks(word)
    assert found and 5 not in found  # never "upsel|l"
    for position in found:
        part_start = word.rfind("-", 0, position) + 1
        part_end = word.find("-", position) if "-" in word[position:] else len(word)
        assert position - part_start >= MIN_PIECE and part_end - position >= MIN_PIECE, position


def test_a_word_cut_where_no_syllable_fits_gets_its_hyphen_too() -> None:
    """Round 19 (F23): a word of a language without a dictionary (or with no syllable that fits) was cut
    between two letters with no mark ("Backstage-Proze|sse"): now the cut carries a hyphen, never beside
    the word's own, and the word reads back whole."""
    lines = wrap("Backstage-Prozesse Vertrieb", 16, len, lambda word: ())
    cut = [line for i, line in enumerate(lines) if i in lines.glued]
    # a cut at a syllable-less place carries a soft hyphen; one at the word's own hyphen ends in that
    assert cut and all(line.endswith((SOFT_HYPHEN, "-")) and not line.endswith(f"-{SOFT_HYPHEN}") for line in cut)
    assert "".join(line.rstrip(SOFT_HYPHEN) for line in lines[: len(cut) + 1]).startswith("Backstage-Prozesse")
    narrow = wrap("Prozesse Vertrieb", 6, len, lambda word: ())
    assert narrow.glued and all(narrow[i].endswith(SOFT_HYPHEN) for i in narrow.glued), narrow


def test_a_lane_label_on_a_narrow_poster_is_never_cut_without_a_hyphen() -> None:
    """Round 19 (F23): on A2 portrait the German lane label "Backstage-Prozesse · Vertrieb" broke as
    "Backstage-Proze / sse": every line of the poster that ends inside a word ends in a hyphen."""
    from tests.support.layouts import poster
    from tests.support.workbooks import DATA

    layout = poster(DATA / "german-two-levels.xlsx", "A2", portrait=True)
    lines = [line for page in layout.pages for block in page.blocks for line in block.lines]
    hyphens = (SOFT_HYPHEN, "-", "\u2010")  # a syllable's soft hyphen, or the word's own (drawn as U+2010)
    assert any(line.text.startswith(tuple(f"Backstage{h}" for h in hyphens)) for line in lines)
    glued = [line.text for line in lines if line.glued]
    assert glued and all(text.endswith(hyphens) for text in glued), glued


LINK = "https://www.comprasnet.gov.br/livre/download_editais_detalhe.asp?coduasg=30100&modprp=5&numprp=900442025"


def test_a_links_query_breaks_after_its_question_mark_ampersand_or_equals_sign() -> None:
    """F30: "…detalhe.asp?codu / asg=30100&modprp=5&numprp=90 / 0442025" broke inside a name and a number."""
    for width in range(22, 60):
        lines = wrap(f"Veja ({LINK}).", width, len, hyphenator("pt"))
        assert "".join(lines[1:]) == f"({LINK})."
        for piece in ("coduasg", "30100", "modprp", "900442025"):
            assert any(piece in line for line in lines), (width, piece, lines)


def test_the_poster_keeps_a_links_parameters_and_numbers_whole(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Ações do usuário"}
    for i, phase in enumerate(
        ["Busca", "Leitura", "Proposta", "Envio", "Julgamento", "Contrato", "Entrega", "Pagamento"]
    ):
        column = "BCDEFGHI"[i]
        cells[f"{column}1"] = phase
        cells[f"{column}2"] = f"Baixa o edital ({LINK})." if i == 0 else "O usuário acompanha o processo"
    path = make_book(tmp_path / "link.xlsx", {"Planilha1": cells})
    text = pdfium_text(build_poster(path, tmp_path / "out", "A4"))
    lines = text.replace("\r", "").split("\n")
    for piece in ("coduasg=", "modprp=", "numprp=", "900442025"):
        assert any(piece in line for line in lines), (piece, lines)
    assert squeeze(LINK) in squeeze(text)


def test_a_compound_breaks_at_its_joint_not_right_after_an_unstressed_prefix() -> None:
    """Issue #31 item 2: the Dutch patterns weigh "aankoop-|beslissing" and "aankoopbe-|slissing" alike, and
    the wrap took the last that fits: a portrait poster's phase headers read "Aankoopbe- / slissing". A break
    right after an unstressed prefix (be-, ge-, ver-, ont-, her-, te-; German be-, ge-, ver-, ent-, emp-,
    zer-) is left out where the word has another point to break at."""
    assert wrap("Aankoopbeslissing", 11, len, DUTCH) == [f"Aankoop{SOFT_HYPHEN}", "beslissing"]
    assert wrap("Contractverlenging", 13, len, DUTCH) == [f"Contract{SOFT_HYPHEN}", "verlenging"]
    assert wrap("Bestelbevestiging", 11, len, DUTCH) == [f"Bestel{SOFT_HYPHEN}", "bevestiging"]
    german = hyphenator("de")
    assert german is not None and 7 not in german("Kaufentscheidung") and 4 in german("Kaufentscheidung")
    # a word whose only break point follows a prefix keeps it ("ver-|haal"): it breaks rather than being cut
    assert DUTCH is not None and DUTCH("verhaal") == (3,) and DUTCH("ontvangst") == (3,)
    english = hyphenator("en")  # no prefixes left out in a language not listed: "ver-|tical" stays
    assert english is not None and english("vertical") == tuple(
        int(p) for p in pyphen.Pyphen(lang="en", left=MIN_PIECE, right=MIN_PIECE).positions("vertical")
    )


_DUTCH_TEAM = [
    "De klant vergelijkt drie energie leveranciers",
    "Vraagt een installatie aan met een datum",
    "Stelt een wachtwoord in voor het portaal",
    "Belt over de rekening",
]
_GERMAN_TEAM = [
    "Der Kunde vergleicht drei Angebote",
    "Vereinbart einen Termin mit dem Monteur",
    "Bekommt die Rechnung per Post",
    "Beantragt die Förderung beim Amt",
]


@pytest.mark.parametrize(
    ("team", "language", "compound", "width", "first"),
    [
        (_DUTCH_TEAM, "nl", "Klanttevredenheid", 12, "Klant"),
        (_DUTCH_TEAM, "nl", "Energierekening", 12, "Energie"),
        (_DUTCH_TEAM, "nl", "Installatiedatum", 14, "Installatie"),
        (_GERMAN_TEAM, "de", "Kundenzufriedenheit", 14, "Kunden"),
        (_GERMAN_TEAM, "de", "Terminvereinbarung", 14, "Termin"),
        (_GERMAN_TEAM, "de", "Wärmepumpenförderung", 17, "Wärmepumpen"),
    ],
)
def test_a_compound_breaks_at_the_joint_of_words_the_canvas_or_canvasgen_knows(
    tmp_path: Path, team: list[str], language: str, compound: str, width: int, first: str
) -> None:
    """#31: "Klanttevre-|denheid", "Kundenzufrie-|denheit": the last syllable that fits is inside the compound's
    second part. Where the part before a break (less a linking "s") or after it is a word of the canvas's text
    or of canvasgen's own words in its language, the break is the compound's joint, taken where its line is
    half as full at least; the word reads back whole."""
    canvas = _canvas_saying(tmp_path, language, team)
    breaks_by = hyphenation_language(canvas)
    assert breaks_by == language
    known = compound_parts(canvas, breaks_by)
    lines = wrap(compound, width, len, hyphenator(breaks_by, known))
    assert lines == [f"{first}{SOFT_HYPHEN}", compound[len(first) :]], lines
    assert "".join(line.rstrip(SOFT_HYPHEN) for line in lines) == compound


def test_a_joint_too_short_for_its_line_leaves_the_last_syllable_that_fits() -> None:
    """A joint that would leave its line less than half as full as the last syllable that fits is no better
    break: "Klant-" alone on a line of 20 letters is a gap; "Klanttevredenheids-", a joint too, is not."""
    known = frozenset({"klant", "tevredenheid", "onderzoek"})
    lines = wrap("Klanttevredenheidsonderzoek", 20, len, hyphenator("nl", known))
    assert lines == [f"Klanttevredenheids{SOFT_HYPHEN}", "onderzoek"]
    # "Klant" (5 letters) fills its line less than half as far as "Klanttevreden" (13)
    assert wrap("Klanttevredenheid", 14, len, hyphenator("nl", frozenset({"klant"}))) == [
        f"Klanttevreden{SOFT_HYPHEN}",
        "heid",
    ]
