"""One channel count per phase from every source (#31): the figures page's "Kanalen per fase" counted only
the Touchpoints sheet while the journey page drew App and Telefoon icons from the channel lane. Now every
channel the journey page marks in a phase is counted there, and a touchpoint named on the sheet and in the
lane counts once."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.analysis.view import view_of
from canvasgen.layout.boxes import Page
from canvasgen.layout.deck.frames import DeckLayout
from canvasgen.model import Canvas, Journey
from canvasgen.text import label_key
from canvasgen.vocabulary.channels import channel_of, channels_of, touchpoint_key
from tests.support.cli import run_clean
from tests.support.layouts import canvas_of, example_deck, poster
from tests.support.read_back import pdf_text, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, MUSEUM_LANES, museum_visit, repair_journey, template_with

EXAMPLES = sorted(CANVASES.glob("voorbeeld-*.xlsx"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_channel_the_journey_page_marks_is_counted_in_its_phase(path: Path) -> None:
    canvas = read_canvas(path)
    for journey in canvas.journeys:
        counts = view_of(journey, canvas).channels
        marked = {
            (found, index)
            for lane in journey.lanes
            if lane.kind in ("touchpoints", "channels")
            for index, cell in enumerate(lane.cells)
            for item in cell
            # the Touchpoints sheet's channel where it names the item (#31), else the one its name says
            if (found := _sheet_or_named(canvas, journey, index, item.text))
        }
        assert marked, path.name
        assert not [(c, i) for c, i in marked if not counts.get(c, [0] * len(journey.phases))[i]]


def _sheet_or_named(canvas: Canvas, journey: Journey, index: int, text: str) -> str | None:
    """The channel a lane's item is counted under: the Touchpoints sheet's row of its name in its phase, else its
    name's (read here from the model, apart from ``SheetChannels``)."""
    for tp in canvas.touchpoints:
        same_phase = tp.phase is not None and label_key(tp.phase.text) == label_key(journey.phases[index].name)
        if same_phase and tp.name and label_key(tp.name.text) == label_key(text) and tp.get("channel"):
            return channel_of(tp.get("channel")) or tp.get("channel")
    return channel_of(text)


def _icon_beside(page: Page, text: str) -> set[str]:
    """The channels of the icons the journey page draws beside the lines ``text`` (a lane's item, the Touchpoints
    sheet's card of the same name): one icon beside each, or none ("")."""
    found = []
    for line in (line for block in page.blocks for line in block.lines if line.text == text):
        beside = [
            icon
            for icon in page.icons
            if line.x - 2 * icon.size < icon.x < line.x and abs(icon.y + icon.size * 0.8 - line.y) < icon.size
        ]
        assert len(beside) <= 1, (text, beside)
        found.append(beside[0].channel if beside else "")
    assert found, text
    return set(found)


def _channel_rows(deck: DeckLayout) -> dict[str, list[str]]:
    """The deck's "channels by phase" table: each channel's row by its name."""
    rows = [row for slide in deck.slides if slide.kind == "channels" for table in slide.tables for row in table.rows]
    return {row[0]: row[1:] for row in rows[1:]}


def test_the_touchpoints_sheets_channel_wins_over_the_items_name_on_every_page(tmp_path: Path) -> None:
    """#31: the lane's "Social advertentie", on the Touchpoints sheet in "Social media", was counted as ads by
    its name and drawn with the ads icon; the sheet's channel wins on the journey page's icon, in the figures
    page's count and in the deck's table alike, and a channel the team names itself ("Intranet") too."""
    lane = ["Social advertentie\nWhatsApp-groep buurt", "Banner op intranet", "Sms-herinnering", "Messenger", None]
    sheet = [["Bewustwording", "Social advertentie", "Social media"], ["Interesse", "Banner op intranet", "Intranet"]]
    path = template_with(tmp_path / "kanaal.xlsx", "nl", "Contactmomenten", lane, {"Contactmomenten": sheet})
    canvas = read_canvas(path)
    counts = view_of(canvas.journeys[0], canvas).channels
    assert counts == {
        "social": [1, 0, 0, 0, 0],
        "Intranet": [0, 1, 0, 0, 0],
        "messaging": [1, 0, 0, 1, 0],
        "sms": [0, 0, 1, 0, 0],
    }
    laid = poster(path)
    page = laid.pages[0]
    # in the lane and on the sheet's card in the touchpoints row alike
    assert _icon_beside(page, "Social advertentie") == {"social"}
    # the team's own channel: the lane's neutral mark, the card no icon; no ads icon by its name's "banner"
    assert _icon_beside(page, "Banner op intranet") == {"other", ""}
    assert _icon_beside(page, "WhatsApp-groep buurt") == {"messaging"}
    assert _icon_beside(page, "Sms-herinnering") == {"sms"}
    matrix = [line.text for p in laid.pages for b in p.blocks if b.source == "matrix" for line in b.lines]
    # the SMS row in the client's one word for it; the chats, written two ways, under the messaging apps' name
    assert {"Social media", "Intranet", "Chat en berichtenapps", "Sms-herinnering"} <= set(matrix)
    assert not {"Advertenties", "Social advertentie", "SMS en chat"} & set(matrix)
    rows = _channel_rows(example_deck(path))
    assert set(rows) == {"Social media", "Intranet", "Chat en berichtenapps", "Sms-herinnering"}
    assert rows["Social media"] == ["1×", "", "", "", ""] and rows["Chat en berichtenapps"] == ["1×", "", "", "1×", ""]


def test_a_touchpoint_on_the_sheet_and_in_the_lane_counts_once() -> None:
    canvas = canvas_of(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    journey = canvas.journeys[0]
    counts = view_of(journey, canvas).channels
    sheet = [tp for tp in canvas.touchpoints if tp.name is not None]
    in_lane = {
        item.text for lane in journey.lanes if lane.kind == "touchpoints" for cell in lane.cells for item in cell
    }
    assert {tp.name.text for tp in sheet if tp.name} & in_lane  # the example names some in both places
    assert sum(sum(v) for v in counts.values()) <= len(sheet) + len(in_lane)
    assert sum(sum(v) for v in counts.values()) < len(sheet) + sum(1 for t in in_lane if channel_of(t))


def test_the_teams_own_channels_in_the_channels_lane_are_counted_as_written(tmp_path: Path) -> None:
    """Round 5: "Intranet", "kantine" and "Balie" in the channels lane were left out of "Kanalen per fase"
    (a balie is a channel canvasgen knows now, "desk": "Wijkcentrum" stands in for the team's own)."""
    path = template_with(
        tmp_path / "kanalen.xlsx",
        "nl",
        "Kanalen",
        ["Intranet\nWebsite", "kantine", "Wijkcentrum", "Belt eerst en mailt als niemand opneemt", "intranet"],
    )
    canvas = read_canvas(path)
    counts = view_of(canvas.journeys[0], canvas).channels
    assert counts["Intranet"] == [1, 0, 0, 0, 1]  # one channel, whatever its case
    assert counts["kantine"] == [0, 1, 0, 0, 0] and counts["Wijkcentrum"] == [0, 0, 1, 0, 0]
    assert counts[channel_of("Website") or ""] == [1, 0, 0, 0, 0]  # a known one under its key, for its icon
    assert len(counts) == 4  # a sentence names no channel: it stays in the lane only


def test_a_channels_verb_in_the_channels_lane_names_its_channel(tmp_path: Path) -> None:
    """Hostile 11 H10: 'Mailt' and 'Belt' in the channels lane became channels called 'Mailt' and 'Belt'
    (a generic icon, counted apart from e-mail and phone)."""
    lane = ["Web", "Mailt", "Belt op", "Appt de monteur", "Ruft an"]
    canvas = read_canvas(template_with(tmp_path / "werkwoorden.xlsx", "nl", "Kanalen", lane))
    counts = view_of(canvas.journeys[0], canvas).channels
    assert counts == {
        "website": [1, 0, 0, 0, 0],
        "email": [0, 1, 0, 0, 0],
        "phone": [0, 0, 1, 0, 1],
        "messaging": [0, 0, 0, 1, 0],  # appen: WhatsApp
    }


def test_every_channel_named_in_a_cell_counts(tmp_path: Path) -> None:
    """#27: "Instagram, website" in a touchpoint cell counted social media only."""
    lanes = tuple(
        (label, ("Instagram, website", "Telefoon, e-mail", "", "", "")) if label == "Contactmommenten" else (label, v)
        for label, v in MUSEUM_LANES
    )
    path = museum_visit(tmp_path / "museum.xlsx", lanes)
    canvas = read_canvas(path)
    counts = view_of(canvas.journeys[0], canvas).channels
    assert counts == {
        "social": [1, 0, 0, 0, 0],
        "website": [1, 0, 0, 0, 0],
        "phone": [0, 1, 0, 0, 0],
        "email": [0, 1, 0, 0, 0],
    }
    assert channels_of("Instagram, website") == ("social", "website")
    assert channels_of("Webshop en web") == ("website",)  # one channel named twice counts once
    code, out, _ = run_clean("check", path)
    assert code == 0 and "on the map: channels social 1, website 1, phone 1, email 1" in out
    code, _, err = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, err
    poster = pdf_text(tmp_path / "out" / "museum.pdf")
    # each row in the client's words (round 18: "Instagram", not the tool's "Social media")
    assert all(row in poster for row in ("Instagram", "Website", "Telefoon", "E-mail"))


@pytest.mark.parametrize("text", ["On site", "On-site visit", "Onsite", "Site visit"])
def test_a_visit_where_the_customer_is_is_no_website(text: str) -> None:
    """A B2B canvas's channel lane 'On site' (the installers at the customer's) drew a website icon and was
    counted as Website on the channel matrix: "site" inside it named the website."""
    assert channel_of(text) == "event"
    assert channel_of("Website") == channel_of("Comparison site") == "website"  # a site of its own stays one


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # post and letters (the new user's "Post" had no icon): NL, EN, DE, FR, ES
        ("Post", "post"),
        ("Brief", "post"),
        ("Letter", "post"),
        ("Direct mail", "post"),
        ("Courrier", "post"),
        ("Correo postal", "post"),
        # the counter, in person
        ("Balie", "desk"),
        ("Loket", "desk"),
        ("Front desk", "desk"),
        ("In person", "desk"),
        ("Face-to-face", "desk"),
        ("Guichet", "desk"),
        # SMS apart from chat and the messaging apps (#31: WhatsApp was counted under SMS)
        ("SMS", "sms"),
        ("Sms-herinnering", "sms"),
        ("Text message", "sms"),
        ("Chat", "messaging"),
        ("WhatsApp", "messaging"),
        ("WhatsApp-groep buurt", "messaging"),
        ("Facebook Messenger", "messaging"),
        ("Telegram", "messaging"),
        ("Live chat", "messaging"),
        ("Chatbot", "messaging"),
        ("App", "app"),
        ("Mobiele app", "app"),
        # and what they must not take over
        ("Instagram post", "social"),
        ("Blog post", "website"),
        ("Newsletter", "email"),
        ("Nieuwsbrief", "email"),
        ("Courriel", "email"),
        ("Courrier électronique", "email"),
        ("Welkomstbrief gemeente", None),
        ("Postcode", None),
        # phrases that hold a channel's word but name no channel (round 10: a sticky note was the post
        # channel, research at a desk the counter), and a channel beside them still found
        ("Post-it", None),
        ("Post-its op de koelkast", None),
        ("Desk research", None),
        ("Ad-hoc", None),
        ("Post-purchase survey", None),
        ("Post-it, daarna een mail", "email"),
        ("Wacht aan de balie van het gemeentehuis", "desk"),
        ("Brief per post", "post"),
        # a channel word at the start of a verb phrase is the verb, not the channel (round 10: "Post a review"
        # was the post channel); the channel the phrase names is still found, the noun still the channel
        ("Post a review", None),
        ("post on Instagram", "social"),
        ("Customers post photos on Facebook", "social"),
        ("Then post it online", "website"),
        ("Store the receipts", None),
        ("Brief the installer", None),
        ("Support the team by phone", "phone"),
        ("Post: brochure", "post"),
        ("Per post", "post"),
        ("Post the letter", "post"),
        ("By post to the customer", "post"),
        ("Customer support on the phone", "phone"),
        # a channel's verb alone names its channel (hostile 11: 'Mailt' was a channel of its own), nl/en/de;
        # a sentence that starts with one names none outside the channels lane
        ("Mailt", "email"),
        ("E-mailt", "email"),
        ("Belt op", "phone"),
        ("Belt terug", "phone"),
        ("Gebeld", "phone"),
        ("Appt", "messaging"),
        ("Calls back", "phone"),
        ("Emailed", "email"),
        ("Texts", "sms"),
        ("Ruft an", "phone"),
        ("Telefoniert", "phone"),
        ("Chattet", "messaging"),
        ("Smst", "sms"),
        ("Mailt de installateur", None),
        ("Belt eerst", None),
    ],
)
def test_common_channels_are_known_with_their_icon(text: str, channel: str | None) -> None:
    assert channel_of(text) == channel


def test_one_touchpoint_read_from_its_lane_and_the_sheet_counts_once(tmp_path: Path) -> None:
    """Round 10: the lane's "Pechnummer (telefoon)" and the sheet's "Pechnummer" counted 2× Telefoon; the
    ideal's "App (pechknop)" and "Pechknop in de app" 2× App."""
    current = read_canvas(repair_journey(tmp_path / "huidig.xlsx"))
    assert view_of(current.journeys[0], current).channels == {
        "phone": [0, 1, 0],
        "app": [0, 1, 0],  # the sheet's "Pechknop in de app", not served today, is on the map
        "website": [1, 0, 0],
        "email": [0, 0, 1],  # the lane's "E-mail" (the sheet names no touchpoint in that phase)
    }
    ideal = read_canvas(repair_journey(tmp_path / "ideaal.xlsx", "ideal"))
    assert view_of(ideal.journeys[0], ideal).channels["app"] == [1, 1, 1]
    assert touchpoint_key("Pechnummer (telefoon)") == touchpoint_key("Pechnummer") == {"pechnummer"}
    assert touchpoint_key("Pechnummer") != touchpoint_key("Pechknop")
    assert touchpoint_key("App") == {"app"}


def _touchpoint_lane(path: Path, cells: list[str]) -> Path:
    """A canvas of four phases whose touchpoints lane holds ``cells``, in a language canvasgen has no words of."""
    rows = [
        "Этап;Поиск;Выбор;Покупка;Доставка",
        "Действия клиента;Ищет;Сравнивает;Платит;Ждёт",
        "Точки контакта;" + ";".join(cells),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_touchpoints_lane_naming_few_channels_gets_no_key_claiming_fewer(tmp_path: Path) -> None:
    """russian-telecom (round 18): the lane listed six touchpoints, "Channels by phase" one row, "SMS and chat":
    a key of one channel for a lane of six claims fewer channels than the lane lists."""
    path = _touchpoint_lane(
        tmp_path / "telecom.csv", ["SMS-уведомление", "Салон связи", "Калькулятор тарифов", "Курьер"]
    )
    canvas = read_canvas(path)
    assert view_of(canvas.journeys[0], canvas).channels == {}
    code, out, err = run_clean("build", path, "-o", tmp_path / "out", "--no-pptx", "--size", "A3")
    assert code == 0, out + err
    assert "Channels by phase" not in pdf_text(tmp_path / "out" / "telecom.pdf")


def test_a_channel_row_is_named_in_the_clients_words(tmp_path: Path) -> None:
    """russian-lookalike, german-two-levels (round 18): the key said the tool's category, "SMS and chat" on a
    Russian poster, "Website" for the client's "Webshop"; written one way, the client's word names the row."""
    path = _touchpoint_lane(tmp_path / "shop.csv", ["SMS-рассылка", "Webshop", "Webshop, SMS-рассылка", "Instagram"])
    canvas = read_canvas(path)
    view = view_of(canvas.journeys[0], canvas)
    assert view.channel_names == {"sms": "SMS-рассылка", "website": "Webshop", "social": "Instagram"}
    code, out, err = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, out + err
    poster = pdf_text(tmp_path / "out" / "shop.pdf")
    assert "Channels by phase" in poster
    assert "SMS and chat" not in poster and "SMS and chat" not in slide_text(tmp_path / "out" / "shop.pptx")


def test_channels_written_in_the_plural_or_as_an_adjective_are_counted_as_their_channel(tmp_path: Path) -> None:
    """Hostile round 24: a channels lane written in the plural and in capitals ("WEBSITES", "Nieuwsbrieven",
    "Winkels", "Events") or as an adjective ("Telefonisch", "Sociale media") counted each as a channel of the
    team's own, no icon, apart from the same channel written in the singular in the next phase."""
    lane = ["WEBSITES, Nieuwsbrieven", "Telefonisch", "Winkels / sociale media", "Events", "Website"]
    canvas = read_canvas(template_with(tmp_path / "meervoud.xlsx", "nl", "Kanalen", lane))
    counts = view_of(canvas.journeys[0], canvas).channels
    assert counts == {
        "website": [1, 0, 0, 0, 1],  # was: 'WEBSITES' a row of its own
        "email": [1, 0, 0, 0, 0],
        "phone": [0, 1, 0, 0, 0],
        "store": [0, 0, 1, 0, 0],
        "social": [0, 0, 1, 0, 0],
        "event": [0, 0, 0, 1, 0],
    }


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Formulieren", "website"),
        ("Campagnes", "ads"),
        ("Filialen", "store"),
        ("Loketten", "desk"),
        ("Posts", None),  # a social network's posts are no letters
        ("Instagram posts", "social"),
        ("Opmerkingen", None),
        ("Klanten", None),
    ],
)
def test_a_plural_names_its_words_channel(text: str, channel: str | None) -> None:
    assert channel_of(text) == channel
