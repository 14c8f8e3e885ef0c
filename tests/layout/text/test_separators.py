"""A measured figure's line on the poster never starts with its separator, nor parts a figure from its short
name or an arrow from where it leads (F32: "Sandbox sign-ups 38 / · target 50: missed", "→ NPS / +41")."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.text.wrap import wrap
from tests.support.layouts import build_poster
from tests.support.read_back import pdfium_text
from tests.support.workbooks import make_book

PHASES = ["Orientation", "Trigger", "Evaluation", "Purchase", "Onboarding", "Use", "Renewal", "Loyalty"]


def test_a_separator_stays_with_the_word_before_it_and_a_figure_with_its_name() -> None:
    for width in range(12, 40):  # from the widest piece kept together, "→ NPS +41 ·"
        lines = wrap("Sandbox sign-ups 38 · target 50: missed · Sandbox · H2 2026", width, len)
        assert not any(line.startswith("·") for line in lines), (width, lines)
        lines = wrap("Customer event: Cost €12,000 → NPS +41 · H2 2026", width, len)
        assert not any(line.endswith(("→", "NPS")) for line in lines), (width, lines)


def test_the_posters_budget_lines_never_start_with_a_separator(tmp_path: Path) -> None:
    journey: dict[str, object] = {"A1": "Phase", "A2": "Customer actions"}
    header = ("Phase", "Touchpoint", "Metric", "Value", "Target", "Period")
    metrics: dict[str, object] = {f"{c}1": h for c, h in zip("ABCDEF", header)}
    row = 2
    for i, phase in enumerate(PHASES):
        column = "BCDEFGHI"[i]
        journey[f"{column}1"], journey[f"{column}2"] = phase, f"The buyer looks at the {phase.lower()} step"
        for name, value, target in (("NPS", 41 + i, 35), ("Cost", 12000, None)):
            metrics.update({f"A{row}": phase, f"C{row}": name, f"D{row}": value, f"E{row}": target})
            metrics[f"F{row}"] = "H2 2026"
            row += 1
    path = make_book(tmp_path / "figures.xlsx", {"Journey": journey, "Metrics": metrics})
    text = pdfium_text(build_poster(path, tmp_path / "out", "A3"))
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    assert sum("→ NPS +4" in line for line in lines) == len(PHASES)  # each budget line, the figure whole
    assert not [line for line in lines if line.startswith("·") or line.endswith("→")], lines
