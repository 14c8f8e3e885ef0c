"""A card's QR code is module for module the one reportlab's own ``QRCode.make`` lays out: its mask chosen by
the same penalty (computed faster, ``canvasgen.layout.sheets.qr``), for every card ID of an example (the
lanes, touchpoints and figures of the webshop canvas), IDs of several journeys, and longer texts of other
scripts (larger versions, which carry version bits)."""

from __future__ import annotations

import random

from reportlab.graphics.barcode import qrencoder

from canvasgen.analysis.cards import cards_of
from canvasgen.layout.sheets.qr import qr_modules
from tests.support.layouts import canvas_of
from tests.support.workbooks import CANVASES


def _reportlabs(text: str) -> list[list[bool]]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def test_every_card_id_of_an_example_has_reportlabs_qr_code() -> None:
    ids = sorted({card.id for card in cards_of(canvas_of(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"))})
    assert len(ids) > 50 and any(i.startswith("TP-") for i in ids)
    differ = [text for text in ids if qr_modules(text) != _reportlabs(text)]
    assert differ == []


def test_longer_texts_and_other_scripts_have_reportlabs_qr_code() -> None:
    chance = random.Random(14)  # fixed: the same texts on every run
    letters = "abcXYZ0123456789 -·éëü€—客户旅程体验😀"
    texts = ["R2 F12-KP-07", "0123456789", "HELLO WORLD 42", "ÿ", "客户旅程"]
    texts += ["".join(chance.choice(letters) for _ in range(n)) for n in (20, 60, 90, 150, 260, 400)]
    differ = [text for text in texts if qr_modules(text) != _reportlabs(text)]
    assert differ == []
    sizes = {len(qr_modules(text)) for text in texts}
    assert min(sizes) == 21 and max(sizes) >= 45  # version 1, and versions of 7 and over (with version bits)
