"""Bad workbooks: one clear sentence naming the file, a non-zero exit, no traceback."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.workbooks import CANVASES, DATA, make_book, zip_with_zeros

EXAMPLE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def check(*paths: Path) -> tuple[int, str, str]:
    return run_clean("check", *paths)


def assert_one_error(path: Path, *phrases: str) -> str:
    code, out, err = check(path)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"error: {path}: ")
    for phrase in phrases:
        assert phrase in lines[0]
    assert "Traceback" not in out + err
    return lines[0]


def test_missing_file(tmp_path: Path) -> None:
    assert_one_error(tmp_path / "nope.xlsx", "file not found")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert_one_error(path, "empty (0 bytes)")


def test_random_bytes(tmp_path: Path) -> None:
    """Called what they are: no workbook under the name they were given, and no CSV either."""
    path = tmp_path / "noise.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    message = assert_one_error(path, "the file is named as an Excel workbook (.xlsx) but is not one", "renamed")
    assert "CSV" not in message.split(";")[0]
    other = tmp_path / "noise.bin"
    other.write_bytes(bytes(range(256)) * 40)
    assert_one_error(other, "binary data of a kind canvasgen does not know, not a spreadsheet")


def test_truncated_workbook(tmp_path: Path) -> None:
    data = EXAMPLE.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert_one_error(path, "damaged or truncated")


def test_csv_renamed_is_read_as_csv(tmp_path: Path) -> None:
    # The format is told by the bytes, not the name: a CSV saved as .xlsx is read as CSV.
    path = tmp_path / "export.xlsx"
    path.write_text("Fase;Klantproces\nBewustwording;Ziet een advertentie\nAankoop;Bestelt\n", encoding="utf-8")
    code, out, err = check(path)
    assert code == 0, err
    assert "2 phases: Bewustwording | Aankoop" in out


def _ole(*streams: str) -> bytes:
    # An OLE2 compound file starts with this signature; the directory names its streams in UTF-16.
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    for name in streams:
        body += name.encode("utf-16-le") + b"\0" * 64
    return body + b"\0" * 1024


def test_xls_renamed(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(_ole("Root Entry", "Workbook", "SummaryInformation"))
    assert_one_error(path, "the Excel 97-2003 workbook cannot be read", "save it again")


def test_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(_ole("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    assert_one_error(path, "password-protected")


def test_no_canvas(tmp_path: Path) -> None:
    # Only a sheet without text is no canvas (#27): one with words is read as a guess, and said.
    path = make_book(tmp_path / "budget.xlsx", {"Begroting": {"A1": 2026, "B1": 1, "A2": 1200, "B2": 300}})
    line = assert_one_error(path, "no customer journey canvas found", "'Begroting'", "Klantproces", "Fase")
    assert "Phase" in line


def test_every_problem_at_once(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    path = make_book(tmp_path / "blank.xlsx", {"Eén": {"A1": 1}, "Twee": {"B2": 2}})
    code, _, err = check(tmp_path / "empty.xlsx", path, tmp_path / "missing.xlsx")
    assert code == 1
    lines = err.strip().splitlines()
    assert any("empty.xlsx: the file is empty" in line for line in lines), lines
    assert any("blank.xlsx: no customer journey canvas found" in line for line in lines), lines
    assert any("missing.xlsx: file not found" in line for line in lines)


def _count_inflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Bytes unpacked from any zip member while the test runs: the work done, not the time taken."""
    inflated: list[int] = []
    real_read = zipfile.ZipExtFile.read

    def read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = real_read(self, n)
        inflated.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    return inflated


def test_zip_bomb_refused_without_inflating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = zip_with_zeros(
        tmp_path / "bomb.xlsx", {"[Content_Types].xml": b"<Types/>"}, "xl/worksheets/sheet1.xml", 64 * 1024 * 1024
    )
    assert path.stat().st_size < 200_000
    inflated = _count_inflated(monkeypatch)
    assert_one_error(path, "zip bomb")
    assert inflated == []  # refused from the announced sizes: not one byte unpacked


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import canvasgen.read.package.safety as safety

    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 1024)
    assert_one_error(EXAMPLE, "would unpack to", "zip bomb")


def _inject(src: Path, dst: Path, part: str, transform: object) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == part:
                data = transform(data)  # type: ignore[operator]
            zout.writestr(info, data)
    return dst


def test_xml_external_entity_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>'.encode()

    def add_entity(data: bytes) -> bytes:
        return doctype + data.replace(b"<t>", b"<t>&xxe;", 1)

    path = _inject(EXAMPLE, tmp_path / "xxe.xlsx", "xl/worksheets/sheet1.xml", add_entity)
    line = assert_one_error(path, "xl/worksheets/sheet1.xml", "XML entities")
    assert "TOP SECRET" not in line


def test_entity_expansion_refused(tmp_path: Path) -> None:
    laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    path = _inject(EXAMPLE, tmp_path / "lol.xlsx", "xl/workbook.xml", lambda d: laughs + d)
    assert_one_error(path, "refused")


def test_ods_renamed(tmp_path: Path) -> None:
    path = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert_one_error(path, "the OpenDocument spreadsheet cannot be read", "save it again")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "not a workbook")
    assert_one_error(path, "not an Excel workbook")


def test_a_folder(tmp_path: Path) -> None:
    assert_one_error(tmp_path, "is a folder")


def _ods(path: Path, content: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return path


def test_ods_zip_bomb_refused_without_inflating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mimetype = {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}
    path = zip_with_zeros(tmp_path / "bomb.ods", mimetype, "content.xml", 64 * 1024 * 1024)
    inflated = _count_inflated(monkeypatch)
    assert_one_error(path, "zip bomb")
    assert sum(inflated) < 1024  # the mimetype at most


def test_ods_with_entities_refused(tmp_path: Path) -> None:
    body = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content/>'
    assert_one_error(_ods(tmp_path / "entities.ods", body), "declares a DTD or XML entities")


def test_truncated_ods(tmp_path: Path) -> None:
    data = (DATA / "russian-telecom-lookalike.ods").read_bytes()
    path = tmp_path / "cut.ods"
    path.write_bytes(data[: len(data) // 2])
    line = assert_one_error(path, "save it again")
    assert "Traceback" not in line


def test_csv_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import canvasgen.read.book as book

    monkeypatch.setattr(book, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text("Fase;Klantproces\n" + "Bewustwording;Ziet een advertentie\n" * 10, encoding="utf-8")
    assert_one_error(path, "reads CSV files up to")


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_csv_with_a_quote_never_closed_is_refused_at_its_line(tmp_path: Path, ending: str) -> None:
    """csv reads the rest of the file into the field the stray quote opens, without a word: said instead,
    at the line the quote is on (round 12: the rest of the file was swallowed into one cell)."""
    lines = [
        "Fase;Oriëntatie;Aanvraag;Levering",
        'Klantproces;"Ziet een flyer;Vult in;Haalt op',
        "Pijnpunten;Duur;Traag;",
    ]
    path = tmp_path / "klantreis.csv"
    path.write_text(ending.join(lines) + ending, encoding="utf-8")
    assert_one_error(path, "line 2: a quote mark opens a field that is never closed", "(2 lines)")


def test_a_csv_with_quotes_inside_fields_and_closed_ones_is_read(tmp_path: Path) -> None:
    path = tmp_path / "klantreis.csv"
    path.write_text('Fase;Oriëntatie;Aanvraag\nKlantproces;Ziet 5" scherm;"Vult ""snel"" in"\n', encoding="utf-8")
    code, out, err = check(path)
    assert code == 0 and "never closed" not in err
    assert "2 phases: Oriëntatie | Aanvraag" in out
