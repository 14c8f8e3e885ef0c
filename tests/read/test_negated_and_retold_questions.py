"""Question labels are matched closely, never loosely and silently (#27, a hostile tester's w11_q): a
question that negates ("Wat doet de klant niet?", "What does the customer never do?") asks the opposite of
the role's question, so it gets no role, with check saying why and offering the ``--lane`` that gives it
the role all the same; a question a letter off a known one is no typo of it when the edit changes who is
asked of ("Wat doet het?" is no "Wat doen wij?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import CUSTOM_LANE, RoleBy
from canvasgen.vocabulary.roles import lane_role
from tests.support.cli import run_clean
from tests.support.workbooks import rows_canvas


@pytest.mark.parametrize(
    ("label", "plain", "kind"),
    [
        ("Wat doet de klant niet?", "Wat doet de klant?", "customer"),
        ("Wat doet de klant nooit?", "Wat doet de klant?", "customer"),
        ("Wat moeten wij niet doen?", "Wat moeten wij doen?", "internal"),
        ("What does the customer never do?", "What does the customer do?", "customer"),
        ("What does the customer not do?", "What does the customer do?", "customer"),
    ],
)
def test_a_negated_question_gets_no_role_and_is_offered_the_plain_one(label: str, plain: str, kind: str) -> None:
    role = lane_role(label)
    assert (role.kind, role.by) == (CUSTOM_LANE, RoleBy.NONE)
    assert [(s.label, s.kind) for s in role.suggestions] == [(plain, kind)]
    assert lane_role(plain).kind == kind  # the plain question keeps its role


@pytest.mark.parametrize("label", ["Wat doet het?", "Wat doet hij?", "Wat doen zij?"])
def test_a_question_of_another_subject_is_no_typo_of_the_organisations(label: str) -> None:
    assert lane_role(label).kind != "internal"
    assert lane_role(label).by != RoleBy.TYPO


def test_a_typo_in_a_question_that_keeps_its_subject_is_still_read() -> None:
    role = lane_role("Wat moeten wij doeen?")
    assert (role.kind, role.by) == ("internal", RoleBy.TYPO)
    assert (lane_role("Wat doen wy?").kind, lane_role("Wat doen wy?").by) == ("internal", RoleBy.TYPO)


def test_check_says_why_a_negated_question_has_no_role(tmp_path: Path) -> None:
    rows = [
        ("Fase", "Ontdekken", "Aanvragen", "Wachten"),
        ("Wat doet de klant?", "Zoekt", "Vraagt aan", "Wacht"),
        ("Wat doet de klant nooit?", "Belt", "Schrijft", "Klaagt"),
        ("Wat doet het?", "Laadt", "Stuurt door", "Meldt"),
    ]
    path = rows_canvas(tmp_path / "vragen.xlsx", rows)
    code, out, _ = run_clean("check", path)
    flat = " ".join(out.split())
    assert code == 0
    assert "lane 'Wat doet de klant nooit?' [no role: shown as an extra lane]: 3 items" in flat
    assert (
        "lane 'Wat doet de klant nooit?' has no role: shown as an extra lane under its own label; its question says "
        "'nooit', so it asks the opposite of 'Wat doet de klant?'; if it is that lane all the same, say so: "
        "--lane 'Wat doet de klant nooit?=customer'"
    ) in flat
    assert "lane 'Wat doet het?' [no role: shown as an extra lane]: 3 items" in flat
    assert "typo of 'Wat doen wij?'" not in flat
