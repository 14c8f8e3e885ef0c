"""The README's picture of the web page: ``make screenshot``.

A real ``canvasgen serve``, the page in the system's Chromium, the Dutch example built through it; the
picture shows the form, what was found and the previews. Run on purpose, never as a side effect of a test.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.live import browser, running_server  # noqa: E402

EXAMPLE = REPO / "canvases" / "voorbeeld-zonnepanelen-b2c.xlsx"
WAIT = 120_000  # ms: a hang guard for the first build


def main(target: Path) -> None:
    with running_server("--workers", "1") as address, browser() as chromium:
        context = chromium.new_context(locale="nl-NL", viewport={"width": 1200, "height": 900}, device_scale_factor=1)
        tab = context.new_page()
        tab.set_default_timeout(WAIT)
        tab.goto(address + "/")
        tab.wait_for_selector("#sizes option[value=A1]", state="attached")
        tab.set_input_files("input[name=workbook]", str(EXAMPLE))
        tab.click("#form-build button[type=submit]")
        tab.wait_for_function(
            "() => [...document.querySelectorAll('#previews img')].every(i => i.naturalWidth > 0)"
            " && document.querySelectorAll('#previews img').length > 0"
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part.png")
        # the form, what was found and the first page: the rest is more of the same
        tab.screenshot(path=str(part), full_page=True, clip={"x": 0, "y": 0, "width": 1200, "height": 1480})
        part.replace(target)
        context.close()
    print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else REPO / "docs" / "serve-page.png")
