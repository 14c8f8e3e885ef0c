"""Gap and version reports as text for the terminal, and as blocks for pages and slides."""

from __future__ import annotations

from canvasgen.analysis.diff import FigureChange, VersionDiff
from canvasgen.analysis.gaps import Action, GapReport, ordered
from canvasgen.figures import format_figure
from canvasgen.model import Metric
from canvasgen.words import DIFF_WORDS, GAP_WORDS

Block = tuple[str, list[tuple[str, str]]]  # heading, (line, source cell)


def gap_blocks(report: GapReport, extra: list[Action], language: str) -> list[Block]:
    w = GAP_WORDS[language]
    blocks: list[Block] = []
    for gap in report.phases:
        name = gap.phase if gap.phase == gap.current_phase else f"{gap.phase} / {gap.current_phase}"
        lines: list[tuple[str, str]] = []
        if gap.ideal_text or gap.current_text:
            lines.append((w["score"].format(current=gap.current_text or "–", ideal=gap.ideal_text or "–"), ""))
        lines += [(f"{w['missing']}: {label}: {item.text}", str(item.source)) for label, item in gap.missing]
        lines += [(f"{w['without']}: {label}: {item.text}", str(item.source)) for label, item in gap.without_effect]
        lines += [
            (f"{w['pairs']}: {p.left.text} ← {p.right.text} ({p.score:.2f})", str(p.right.source))
            for _, p in gap.pairs
            if not p.exact
        ]
        same = sum(1 for _, p in gap.pairs if p.exact)
        if same:
            lines.append((w["same"].format(count=same), ""))
        blocks.append((name, lines or [("–", "")]))
    if report.unaligned_ideal or report.unaligned_current:
        lines = [(f"ideal: {name}", "") for name in report.unaligned_ideal]
        lines += [(f"current: {name}", "") for name in report.unaligned_current]
        blocks.append((w["unaligned"], lines))
    actions = ordered(report.actions + extra)
    blocks.append((w["actions"], [(action_line(a, language), a.source) for a in actions] or [("–", "")]))
    return blocks


def action_line(action: Action, language: str) -> str:
    w = GAP_WORDS[language]
    return f"[{w[action.priority]}] {action.phase}: {w[action.kind]}: {action.action}"


def gap_text(report: GapReport, extra: list[Action]) -> str:
    lines = [f"ideal: {report.ideal}", f"current: {report.current}", f"similarity threshold: {report.threshold:g}"]
    for heading, items in gap_blocks(report, extra, "en"):
        lines.append(f"\n{heading}")
        lines.extend(f"  - {text}" + (f"  ({source})" if source else "") for text, source in items)
    return "\n".join(lines)


def diff_blocks(diff: VersionDiff, language: str = "en") -> list[Block]:
    w = DIFF_WORDS[language]
    blocks: list[Block] = []
    if diff.journeys_added or diff.journeys_removed:
        lines = [(f"{w['journey_added']}: {n}", "") for n in diff.journeys_added]
        lines += [(f"{w['journey_removed']}: {n}", "") for n in diff.journeys_removed]
        blocks.append((w["journeys"], lines))
    for journey in diff.journeys:
        lines = [(f"{label}: {old or '–'} → {new or '–'}", "") for label, old, new in journey.meta]
        lines += [(f"{w['phase_added']}: {n}", "") for n in journey.phases_added]
        lines += [(f"{w['phase_removed']}: {n}", "") for n in journey.phases_removed]
        lines += [(f"{w['lane_added']}: {n}", "") for n in journey.lanes_added]
        lines += [(f"{w['lane_removed']}: {n}", "") for n in journey.lanes_removed]
        for phase in journey.phases:
            name = phase.new
            if phase.renamed:
                lines.append((f"{w['renamed']}: {phase.old} → {phase.new}", ""))
            if phase.score:
                lines.append((f"{name}: {w['score']} {phase.score[0] or '–'} → {phase.score[1] or '–'}", ""))
            for lane in phase.lanes:
                where = f"{name} · {lane.lane}"
                lines += [(f"{where}: {w['added']}: {i.text}", str(i.source)) for i in lane.added]
                lines += [(f"{where}: {w['removed']}: {i.text}", str(i.source)) for i in lane.removed]
                lines += [
                    (f"{where}: {w['reworded']}: {p.left.text} → {p.right.text} ({p.score:.2f})", str(p.right.source))
                    for p in lane.reworded
                ]
        blocks.append((journey.name, lines or [(w["none"], "")]))
    if diff.figures:
        blocks.append((w["figures"], [(_figure_line(f, w, language), _cell(f)) for f in diff.figures]))
    return blocks


def _figure_line(change: FigureChange, w: dict[str, str], language: str) -> str:
    """ "Actie · Checkout · Conversie: 2,4% → 2,7% (doel 2%: gehaald)"."""

    def shown(m: Metric | None) -> str:
        return format_figure(m.value, m.unit, language, m.kind == "nps") if m is not None else "–"

    text = f"{change.where} · {change.metric}: {shown(change.old)} → {shown(change.new)}"
    latest = change.new
    if latest is None:
        return f"{text} ({w['gone']})"
    if change.old is None:
        text += f" ({w['new_figure']})"
    if latest.target is not None:
        target = format_figure(latest.target, latest.unit, language, latest.kind == "nps")
        text += f" ({w['target']} {target}: {w['met'] if latest.met else w['missed']})"
    return text


def _cell(change: FigureChange) -> str:
    m = change.new or change.old
    return str(m.value_item.source) if m is not None and m.value_item.source else ""


def diff_text(diff: VersionDiff) -> str:
    lines = [f"{diff.old} → {diff.new}"]
    for heading, items in diff_blocks(diff):
        lines.append(f"\n{heading}")
        lines.extend(f"  - {text}" + (f"  ({source})" if source else "") for text, source in items)
    return "\n".join(lines)
