"""What a lane can be: its kinds (roles), and how the reader decided a lane's role.

The model (``canvasgen.model``) holds lanes of these kinds; the reader decides them
(``vocabulary.roles``, ``excel.lane_roles``); the layouts give the core kinds their places.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Lane kinds canvasgen knows; any other lane is kept as CUSTOM under its own label.
CORE_LANES = ("customer", "internal", "experience", "learning")
OPTIONAL_LANES = ("touchpoints", "channels", "emotions", "pain_points", "opportunities", "kpis")
SCORE_LANE = "score"
CUSTOM_LANE = "custom"
LANE_KINDS = (*CORE_LANES, SCORE_LANE, *OPTIONAL_LANES, CUSTOM_LANE)

#: The lanes a workshop asks for improvements from: the deck's actions, the kit's dot-voting sheet.
IMPROVEMENT_LANES = ("learning", "opportunities")


class RoleBy(StrEnum):
    """How a lane's role (its kind) was decided, in the order the reader tries."""

    CORRECTED = "corrected"  # the user said so: --lane, canvasgen.toml, the web page's corrections
    KNOWN = "known"  # the label canvasgen's own template writes ("Klantproces", "Pain points")
    SYNONYM = "synonym"  # another label canvasgen knows for it ("Verbeterpunten", "Барьеры")
    QUESTION = "question"  # a question the lane answers ("Wat kan beter?")
    TYPO = "typo"  # a small typo of a known label ("Klantprocess")
    CONTENT = "content"  # what the lane holds (a row of scores), its label saying nothing
    NONE = "none"  # no role: the lane is shown under its own label


@dataclass(frozen=True)
class Suggestion:
    """A known label close to a lane's own, offered when the lane got no role: the fix is ``--lane``."""

    label: str  # as canvasgen writes it ("Klantproces")
    kind: str
