"""The PDF itself: every word in it, page boxes, embedded fonts, CMYK, crop marks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvasgen.pipeline import BuildOptions, run
from canvasgen.render.pdf.icons import draw_icon
from canvasgen.units import PrintOptions, mm, parse_paper
from canvasgen.vocabulary.channels import CHANNEL_WORDS
from tests.support.layouts import DATE, Built, build_poster, canvas_of
from tests.support.read_back import as_printed, pdf_text, printed_in, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_text_item_is_in_the_pdf(path: Path, built: Built) -> None:
    text = squeeze(pdf_text(built.poster(path)))
    printed = as_printed(canvas_of(path))
    missing = [f"{item.source}: {words!r}" for item, words in printed if not printed_in(words, text)]
    assert missing == []


def test_continued_text_is_in_the_pdf_too(tmp_path: Path) -> None:
    from tests.support.workbooks import big_canvas

    path = big_canvas(tmp_path, "uniek woord {n} " * 3)
    text = squeeze(pdf_text(build_poster(path, tmp_path, "A3")))
    for item in read_canvas(path).texts():
        assert printed_in(item.text, text)
    # on after the journey's last part, with the other parts' cut cells (#31), the pointers aiming there
    assert re.search(r"→vervolgoppagina\d+|→p\.\d+", text)


def boxes(pdf: Path) -> dict[str, list[float]]:
    page = PdfReader(pdf).pages[0]
    return {name: [float(v) for v in page[f"/{name}"]] for name in ("MediaBox", "TrimBox", "BleedBox")}


def test_page_boxes_with_bleed(tmp_path: Path) -> None:
    found = boxes(build_poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path, "A3", bleed_mm=3))
    w, h, b = mm(420), mm(297), mm(3)
    assert found["TrimBox"] == pytest.approx([b, b, b + w, b + h])
    assert found["BleedBox"] == pytest.approx([0, 0, w + 2 * b, h + 2 * b])
    assert found["MediaBox"] == pytest.approx([0, 0, w + 2 * b, h + 2 * b])


def test_crop_marks_sit_in_a_slug_outside_the_bleed(tmp_path: Path) -> None:
    pdf = build_poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path, "A2", bleed_mm=5, crop_marks=True)
    found = boxes(pdf)
    w, h, b, s = mm(594), mm(420), mm(5), mm(10)
    assert found["MediaBox"] == pytest.approx([0, 0, w + 2 * (b + s), h + 2 * (b + s)])
    assert found["TrimBox"] == pytest.approx([b + s, b + s, b + s + w, b + s + h])
    assert found["BleedBox"] == pytest.approx([s, s, s + w + 2 * b, s + h + 2 * b])
    content = PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    trim_x = f"{b + s:.6g}"[:5]
    assert re.search(rf"{re.escape(trim_x)}\d* 0 m", content), "a vertical mark starts at the trim line"
    plain = PdfReader(build_poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path / "plain", "A2", bleed_mm=5))
    assert float(plain.pages[0]["/MediaBox"][2]) == pytest.approx(w + 2 * b)  # no slug without marks


def fonts_of(pdf: Path) -> list[dict[str, object]]:
    found = []
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found.append(
                {
                    "name": str(font["/BaseFont"]),
                    "embedded": any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile")),
                }
            )
    return found


def test_every_font_is_embedded_and_subset_never_helvetica(built: Built) -> None:
    pdf = built.poster(CANVASES / "example-hr-software-b2b.xlsx")
    fonts = fonts_of(pdf)
    assert fonts
    assert all(f["embedded"] for f in fonts), fonts
    assert all(re.match(r"/?[A-Z]{6}\+", str(f["name"])) for f in fonts), fonts  # subset prefix
    assert not any("Helvetica" in str(f["name"]) for f in fonts)
    assert b"Helvetica" not in pdf.read_bytes()


def test_cmyk_writes_no_rgb(tmp_path: Path) -> None:

    path = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"  # studio-noord has a PNG logo, converted to CMYK too
    options = BuildOptions(tmp_path, parse_paper("A2"), PrintOptions(cmyk=True), None, DATE, brand="studio-noord")
    pdf = run(path, options, canvas=read_canvas(path)).pdf
    reader = PdfReader(pdf)
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        assert not re.search(r"(?<![\w/])(rg|RG)\b", content)
        assert re.search(r"\bk\b", content)  # CMYK fill operators are there
        for image in page["/Resources"].get("/XObject", {}).values():
            image = image.get_object()
            if image.get("/Subtype") == "/Image":
                assert image["/ColorSpace"] == "/DeviceCMYK"
                assert "/SMask" not in image


def test_nothing_is_transparent(built: Built) -> None:
    pdf = built.poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    data = pdf.read_bytes()
    assert b"/SMask" not in data and b"/CA " not in data and b"/ca " not in data


def test_written_atomically(tmp_path: Path) -> None:
    build_poster(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["voorbeeld-zonnepanelen-b2c.pdf"]


def test_low_resolution_logo_is_reported(tmp_path: Path) -> None:
    from PIL import Image

    folder = tmp_path / "kit"
    folder.mkdir()
    Image.new("RGBA", (40, 40), (200, 30, 30, 128)).save(folder / "small.png")
    (folder / "brand.toml").write_text('logo = "small.png"\n', encoding="utf-8")
    path = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    options = BuildOptions(tmp_path / "out", parse_paper("A1"), PrintOptions(), None, DATE, brand=str(folder))
    result = run(path, options, canvas=read_canvas(path))
    messages = [str(w) for w in result.warnings]
    assert any("small.png" in m and "under 150 ppi" in m for m in messages), messages
    assert b"/SMask" not in result.pdf.read_bytes()  # the half-transparent logo was flattened


class _Recorder:
    """A pen that writes down what it is asked to draw."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def disc(self, cx: float, cy: float, r: float) -> None:
        self.calls.append(("disc", cx, cy, r))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float) -> None:
        self.calls.append(("line", x1, y1, x2, y2))

    def rect(self, x: float, y: float, w: float, h: float, width: float, fill: bool = False) -> None:
        self.calls.append(("rect", x, y, w, h, fill))

    def circle(self, cx: float, cy: float, r: float, width: float, fill: bool = False) -> None:
        self.calls.append(("circle", cx, cy, r, fill))

    def polygon(self, points: list[tuple[float, float]], fill: bool = True, width: float = 0.0) -> None:
        self.calls.append(("polygon", tuple(points), fill))


def test_every_channel_canvasgen_knows_has_an_icon_of_its_own() -> None:
    """ "Post" had no icon beside "Website" with one: every channel of the vocabulary draws a pictogram of
    its own, none the plain dot of a channel of the team's own."""

    def drawn(channel: str) -> tuple[tuple[object, ...], ...]:
        pen = _Recorder()
        draw_icon(pen, channel)
        return tuple(pen.calls)

    plain = drawn("Intranet")
    icons = {channel: drawn(channel) for channel in CHANNEL_WORDS}
    assert {"post", "desk"} <= icons.keys()
    assert all(icon != plain for icon in icons.values()), [c for c, icon in icons.items() if icon == plain]
    assert len(set(icons.values())) == len(icons)  # each its own
