"""Version comparison: what changed between two versions of a canvas, per phase and lane."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from canvasgen.analysis.align import align_phases
from canvasgen.analysis.match import DEFAULT_THRESHOLD, Pair, match
from canvasgen.metrics.kinds import kind_of
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Canvas, Item, Journey, Lane, Metric
from canvasgen.text import label_key


@dataclass
class LaneChange:
    lane: str
    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    reworded: list[Pair] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.reworded)


@dataclass
class PhaseChange:
    old: str
    new: str
    renamed: bool
    lanes: list[LaneChange] = field(default_factory=list)
    score: tuple[str, str] | None = None  # (old, new) when it changed

    def __bool__(self) -> bool:
        return self.renamed or bool(self.lanes) or self.score is not None


@dataclass
class JourneyChange:
    name: str
    phases: list[PhaseChange]
    phases_added: list[str]
    phases_removed: list[str]
    lanes_added: list[str]
    lanes_removed: list[str]
    meta: list[tuple[str, str, str]] = field(default_factory=list)  # (label, old, new)

    def __bool__(self) -> bool:
        changed = self.phases_added or self.phases_removed or self.lanes_added or self.lanes_removed or self.meta
        return any(self.phases) or bool(changed)


@dataclass
class FigureChange:
    """A measured figure that changed, came or went (``old`` or ``new`` is None then)."""

    metric: str
    where: str  # "Actie · Checkout"
    old: Metric | None
    new: Metric | None


@dataclass
class VersionDiff:
    old: str
    new: str
    journeys: list[JourneyChange]
    journeys_added: list[str]
    journeys_removed: list[str]
    figures: list[FigureChange] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def item(i: Item) -> dict[str, Any]:
            return i.to_dict()

        def figure(m: Metric | None) -> dict[str, Any] | None:
            if m is None:
                return None
            return {"value": m.value, "unit": m.unit, "target": m.target, "met": m.met,
                    "period": m.period.text if m.period else None}  # fmt: skip

        return {
            "old": self.old,
            "new": self.new,
            "figures": [
                {"metric": f.metric, "where": f.where, "old": figure(f.old), "new": figure(f.new)} for f in self.figures
            ],
            "journeys_added": self.journeys_added,
            "journeys_removed": self.journeys_removed,
            "journeys": [
                {
                    "name": j.name,
                    "phases_added": j.phases_added,
                    "phases_removed": j.phases_removed,
                    "lanes_added": j.lanes_added,
                    "lanes_removed": j.lanes_removed,
                    "meta": [{"field": f, "old": o, "new": n} for f, o, n in j.meta],
                    "phases": [
                        {
                            "old": p.old,
                            "new": p.new,
                            "renamed": p.renamed,
                            "score": {"old": p.score[0], "new": p.score[1]} if p.score else None,
                            "lanes": [
                                {
                                    "lane": lane.lane,
                                    "added": [item(i) for i in lane.added],
                                    "removed": [item(i) for i in lane.removed],
                                    "reworded": [
                                        {"old": item(r.left), "new": item(r.right), "similarity": r.score}
                                        for r in lane.reworded
                                    ],
                                }
                                for lane in p.lanes
                            ],
                        }
                        for p in j.phases
                        if p
                    ],
                }
                for j in self.journeys
            ],
        }


def compare(old: Canvas, new: Canvas, threshold: float = DEFAULT_THRESHOLD) -> VersionDiff:
    new_by_key = {label_key(j.name): j for j in new.journeys}
    pairs: list[tuple[Journey, Journey]] = []
    unpaired_new = list(new.journeys)
    removed = []
    for index, journey in enumerate(old.journeys):
        partner = new_by_key.get(label_key(journey.name))
        if partner is None and index < len(new.journeys) and new.journeys[index] in unpaired_new:
            partner = new.journeys[index]  # renamed journeys are paired by position
        if partner is None or partner not in unpaired_new:
            removed.append(journey.name)
            continue
        unpaired_new.remove(partner)
        pairs.append((journey, partner))
    changes = [_journey(a, b, threshold) for a, b in pairs]
    renamed = {label_key(c.old): c.new for change in changes for c in change.phases}
    figures = _figure_changes(old, new, renamed)
    return VersionDiff(old.file, new.file, changes, [j.name for j in unpaired_new], removed, figures)


def _figure_changes(old: Canvas, new: Canvas, renamed: dict[str, str]) -> list[FigureChange]:
    """Measured figures (Metrics sheet, CSV) by phase, touchpoint and metric: changed, new, gone.
    Figures written in a lane are lane text, compared with the lanes."""

    def key(m: Metric, phase: str | None) -> tuple[str, str, str]:
        kind = kind_of(m.name.text)
        metric = kind.key if kind else label_key(m.name.text)
        return (label_key(phase or ""), label_key(m.touchpoint.text) if m.touchpoint else "", metric)

    def measured(canvas: Canvas) -> list[Metric]:
        return [m for m in canvas.metrics if not m.origin.startswith("lane")]

    before = {key(m, renamed.get(label_key(m.phase or ""), m.phase)): m for m in measured(old)}
    after = {key(m, m.phase): m for m in measured(new)}
    changes = []
    for k in [*after, *(k for k in before if k not in after)]:
        a, b = before.get(k), after.get(k)
        if a is not None and b is not None and (a.value, a.unit, a.target) == (b.value, b.unit, b.target):
            continue
        m = b or a
        assert m is not None
        where = " · ".join(t for t in (m.phase or "", m.touchpoint.text if m.touchpoint else "") if t)
        changes.append(FigureChange(m.name.text, where, a, b))
    return changes


def _lane_key(lane: Lane) -> str:
    return label_key(lane.label) if lane.kind == CUSTOM_LANE else lane.kind


def _journey(old: Journey, new: Journey, threshold: float) -> JourneyChange:
    alignment = align_phases(old, new)
    old_lanes = {_lane_key(lane): lane for lane in old.lanes if lane.kind != SCORE_LANE}
    new_lanes = {_lane_key(lane): lane for lane in new.lanes if lane.kind != SCORE_LANE}
    phases = []
    for i, j in alignment.pairs:
        change = PhaseChange(old.phases[i].name, new.phases[j].name, (i, j) in alignment.renamed)
        for key, new_lane in new_lanes.items():
            old_lane = old_lanes.get(key)
            if old_lane is None:
                continue
            matching = match(old_lane.cells[i], new_lane.cells[j], threshold)
            lane = LaneChange(new_lane.label, matching.right_only, matching.left_only,
                              [p for p in matching.pairs if not p.exact])  # fmt: skip
            if lane:
                change.lanes.append(lane)
        before = " · ".join(f"{s.value:g}" for s in old.scores[i]) if i < len(old.scores) else ""
        after = " · ".join(f"{s.value:g}" for s in new.scores[j]) if j < len(new.scores) else ""
        if before != after:
            change.score = (before, after)
        phases.append(change)
    return JourneyChange(
        new.name,
        phases,
        [new.phases[j].name for j in alignment.right_only],
        [old.phases[i].name for i in alignment.left_only],
        [lane.label for key, lane in new_lanes.items() if key not in old_lanes],
        [lane.label for key, lane in old_lanes.items() if key not in new_lanes],
        _meta_changes(old, new),
    )


def _meta_changes(old: Journey, new: Journey) -> list[tuple[str, str, str]]:
    """Metadata that changed (version, date, ...), with the workbook's own labels."""
    found = []
    for key in sorted(set(old.meta) | set(new.meta)):
        if key.endswith("_label"):
            continue
        before = old.meta[key].text if key in old.meta else ""
        after = new.meta[key].text if key in new.meta else ""
        if before != after:
            label = new.meta.get(f"{key}_label") or old.meta.get(f"{key}_label")
            found.append((label.text.rstrip(":") if label else key, before, after))
    return found
