"""Aligning the phases of two journeys: by name first, then by position for the rest."""

from __future__ import annotations

from dataclasses import dataclass, field

from canvasgen.analysis.match import similarity
from canvasgen.model import Journey
from canvasgen.text import label_key


@dataclass
class Alignment:
    """Index pairs (left, right); ``renamed`` marks pairs aligned by position, not by name."""

    pairs: list[tuple[int, int]]
    renamed: set[tuple[int, int]] = field(default_factory=set)
    left_only: list[int] = field(default_factory=list)
    right_only: list[int] = field(default_factory=list)


def align_phases(left: Journey, right: Journey) -> Alignment:
    lkeys = [label_key(p.name) for p in left.phases]
    rkeys = [label_key(p.name) for p in right.phases]
    pairs: dict[int, int] = {}
    for i, key in enumerate(lkeys):
        if key in rkeys and rkeys.index(key) not in pairs.values():
            pairs[i] = rkeys.index(key)
    renamed: set[tuple[int, int]] = set()
    # Unnamed leftovers between two aligned neighbours (or at the same position) are the same phase renamed.
    for i in range(len(lkeys)):
        if i in pairs:
            continue
        prev = max((pairs[k] for k in pairs if k < i), default=-1)
        nxt = min((pairs[k] for k in pairs if k > i), default=len(rkeys))
        free = [j for j in range(prev + 1, nxt) if j not in pairs.values()]
        if not free:
            continue
        j = min(
            free,
            key=lambda j: (
                abs((j - prev) - (i - max((k for k in pairs if k < i), default=-1))),
                -similarity(left.phases[i].name, right.phases[j].name),
            ),
        )
        pairs[i] = j
        renamed.add((i, j))
    ordered = sorted(pairs.items())
    return Alignment(
        ordered,
        renamed,
        [i for i in range(len(lkeys)) if i not in pairs],
        [j for j in range(len(rkeys)) if j not in pairs.values()],
    )
