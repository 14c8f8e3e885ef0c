"""The page's upload fields name and accept the formats of the one registry (``read.formats``): the label said
".xlsx, .ods, .xls, .csv of .json" while the server took .xlsm, .xlsb, .mmd, .mermaid, .md and .markdown too
(round 24). The page is sent with the registry's suffixes; each of its languages writes them in its own words."""

from __future__ import annotations

import re

from canvasgen.read.formats import UPLOAD_SUFFIXES
from canvasgen.web.app import page_html
from tests.support.page_script import SCRIPT, page_words

#: The fields a canvas is uploaded in (the figures' CSV and the changes sheet take their own files).
CANVAS_FIELDS = {"workbook", "with", "ideal", "current", "old", "new", "canvas"}


def test_every_canvas_upload_field_accepts_the_registered_formats() -> None:
    page = page_html().decode()
    fields = re.findall(r'<input type="file" name="(\w+)"[^>]*?accept="([^"]*)"', page)
    assert {name for name, _ in fields} >= CANVAS_FIELDS
    for name, accept in fields:
        if name in CANVAS_FIELDS:
            assert accept == ",".join(UPLOAD_SUFFIXES), name
    # what the page's script lists in every language's label
    assert f'data-uploads="{",".join(UPLOAD_SUFFIXES)}"' in page


def test_every_page_language_names_the_formats_the_page_is_sent() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    labels = re.findall(r'\bworkbook: "([^"]*)"', script)
    assert len(labels) == len(page_words(script)) == 3
    for label in labels:  # no list of its own to fall behind the registry
        assert "{formats}" in label and ".xlsx" not in label and ".csv" not in label, label
    # the list is written from what the page is sent, with each language's last "or"
    assert "dataset.uploads" in script
    assert sorted(re.findall(r'\bformats_or: "([^"]*)"', script)) == ["oder", "of", "or"]
