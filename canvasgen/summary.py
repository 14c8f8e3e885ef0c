"""A short, readable account of what was read from a workbook (``canvasgen check``)."""

from __future__ import annotations

from canvasgen.model import SCORE_LANE, Canvas, Journey


def summarize(canvas: Canvas) -> str:
    lines = [f"{canvas.file}: {_count(len(canvas.journeys), 'journey')}"]
    for journey in canvas.journeys:
        lines.extend(_journey_lines(journey))
    extras = [
        _count(len(canvas.touchpoints), "touchpoint"),
        _count(len(canvas.personas), "persona"),
    ]
    if canvas.metrics:
        extras.append(_metrics_line(canvas))
    if canvas.notes:
        extras.append(_count(len(canvas.notes), "note") + " outside any canvas")
    lines.append("  " + ", ".join(extras))
    if canvas.warnings:
        lines.append(f"  {_count(len(canvas.warnings), 'warning')}:")
        lines.extend(f"    - {w}" for w in canvas.warnings)
    return "\n".join(lines)


def _journey_lines(journey: Journey) -> list[str]:
    meta = {k: v.text for k, v in journey.meta.items() if not k.endswith("_label")}
    about = ", ".join(f"{k} {meta[k]}" for k in ("client", "persona", "version", "date", "scenario") if meta.get(k))
    lines = [f"  journey '{journey.name}' (sheet '{journey.sheet}', {journey.shape} layout)"]
    if about:
        lines.append(f"    {about}")
    lines.append(f"    {_count(len(journey.phases), 'phase')}: " + " | ".join(p.name for p in journey.phases))
    for lane in journey.lanes:
        if lane.kind == SCORE_LANE:
            continue
        kind = "" if lane.kind == "custom" else f" [{lane.kind}]"
        lines.append(f"    lane '{lane.label}'{kind}: {_count(lane.item_count(), 'item')}")
    scored = [(p.name, s) for p, s in zip(journey.phases, journey.scores) if s]
    if scored:
        scale = scored[0][1][0].scale
        values = ", ".join(f"{name} {'/'.join(f'{x.value:g}' for x in s)}" for name, s in scored)
        lines.append(f"    scores on {scale}: {values}")
    if journey.notes:
        lines.append(f"    {_count(len(journey.notes), 'note')} outside the canvas")
    return lines


def _metrics_line(canvas: Canvas) -> str:
    """ "12 figures (5 with a target: 3 met, 2 missed)": what the KPI views will show."""
    targets = [m.met for m in canvas.metrics if m.met is not None]
    text = _count(len(canvas.metrics), "figure")
    if targets:
        text += f" ({len(targets)} with a target: {targets.count(True)} met, {targets.count(False)} missed)"
    return text


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
