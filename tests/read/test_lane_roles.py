"""Lane roles by meaning (#27): a label, as a client wrote it, to a role and how it was decided."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.model import CORE_LANES, LANE_KINDS, OPTIONAL_LANES, SCORE_LANE, RoleBy, Suggestion
from canvasgen.text import label_key
from canvasgen.vocabulary import lane_kind
from canvasgen.vocabulary.lanes import LANE_LABELS, LANE_QUESTION_FORMS
from canvasgen.vocabulary.roles import is_typo_of, label_languages, lane_role
from canvasgen.words import LANE_QUESTIONS, WORDS
from canvasgen.words.en import LANE_LABELS as EN_LABELS
from canvasgen.words.nl import LANE_LABELS as NL_LABELS
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import MUSEUM_LANES, make_book, museum_visit, rows_canvas

K, S, Q, T, N = RoleBy.KNOWN, RoleBy.SYNONYM, RoleBy.QUESTION, RoleBy.TYPO, RoleBy.NONE

TABLE = [
    # The template's own labels.
    ("Klantproces", "customer", K),
    ("Intern proces", "internal", K),
    ("Leerdoelen & verbeteringen", "learning", K),
    ("Ervaringsscore (-2 t/m +2)", "score", K),
    ("KPI's", "kpis", K),
    ("Customer process", "customer", K),
    ("Pain points", "pain_points", K),
    ("KPIs", "kpis", K),
    ("Emoties", "emotions", K),
    # The template's questions, and the questions clients write instead of a label.
    ("Wat doet de klant?", "customer", Q),
    ("Wat moeten wij doen?", "internal", Q),
    ("Hoe ervaart de klant het?", "experience", Q),
    ("Hoe voelt de klant zich?", "experience", Q),
    ("Wat verbeteren we?", "learning", Q),
    ("Wat kan beter?", "opportunities", Q),  # what could be better for the customer: the template's Kansen asks it
    ("wat kan er beter", "opportunities", Q),
    ("Wat kunnen we verbeteren?", "learning", Q),  # what the team improves
    ("Wat doet de klant in deze fase?", "customer", Q),
    ("Hoe voelt klant zich", "experience", Q),
    ("What does the customer do?", "customer", Q),
    ("What must we do?", "internal", Q),
    ("How does the customer feel?", "experience", Q),
    ("How does the customer experience it?", "experience", Q),
    ("What do we improve?", "learning", Q),
    ("What can be better?", "opportunities", Q),
    ("Waar loopt de klant vast?", "pain_points", Q),
    ("Welke kansen zien we?", "opportunities", Q),
    ("Wat voelt de klant?", "emotions", Q),
    ("What do we measure?", "kpis", Q),
    # The same questions of any subject (N3): a person is the customer, the organisation is internal.
    ("Wat doet hij?", "customer", Q),
    ("Wat doet zij?", "customer", Q),
    ("Wat doet het lid?", "customer", Q),
    ("Wat doet het nieuwe lid in deze fase?", "customer", Q),
    ("What does the patient do?", "customer", Q),
    ("What is the patient doing?", "customer", Q),
    ("Hoe voelt de deelnemer zich?", "experience", Q),
    ("Hoe voelt hij zich?", "experience", Q),
    ("How does the patient feel?", "experience", Q),
    ("Wat voelt de bezoeker?", "emotions", Q),
    ("Waar loopt de student vast?", "pain_points", Q),
    ("What does the practice do?", "internal", Q),
    # German questions (new user 11b: a university's enrolment journey in German read no role for them)
    ("Was tut die Studentin?", "customer", Q),
    ("Was tun wir (Sekretariat)?", "internal", Q),
    ("Wie fühlt sich die Studentin?", "experience", Q),
    ("Was können wir verbessern?", "learning", Q),
    ("Was tut der Kunde?", "customer", Q),
    ("Wat doet de sportschool?", "internal", Q),
    ("Wat doet pijn?", "custom", N),
    # A feeling question is the experience lane whatever pronoun it uses (#27, a new user's "Hoe voelt het?").
    ("Hoe voelt het?", "experience", Q),
    ("Hoe voelt dat?", "experience", Q),
    ("Hoe voelt dit?", "experience", Q),
    ("Hoe ervaren ze het?", "experience", Q),
    ("Hoe beleven ze het?", "experience", Q),
    ("Hoe vinden ze het?", "experience", Q),
    ("Hoe voelen ze zich daarbij?", "experience", Q),
    ("How does it feel?", "experience", Q),
    ("How does that feel?", "experience", Q),
    ("How do they feel about it?", "experience", Q),
    ("How did it feel?", "experience", Q),
    ("How do they experience it?", "experience", Q),
    ("Wat denkt/voelt ze?", "emotions", Q),
    ("Wat doet de bezoeker?", "customer", Q),
    ("What does the visitor do?", "customer", Q),
    # A question of a subject canvasgen does not know is no role (said, with the --lane that gives one).
    ("Wat doet de concurrent?", "custom", N),
    ("What does the competitor do?", "custom", N),
    ("Hoe voelt de concurrent zich?", "custom", N),
    ("Waar loopt de leverancier vast?", "custom", N),
    # Traffic lights name the score row (a light per phase), in every language canvasgen writes.
    ("Stoplicht", "score", S),
    ("Verkeerslicht", "score", S),
    ("Traffic light", "score", S),
    ("Traffic lights", "score", S),
    ("RAG", "score", S),
    ("RAG status", "score", S),
    ("Ampel", "score", S),
    ("Feu tricolore", "score", S),
    ("Semáforo", "score", S),
    # Ten synonyms.
    ("Verbeterpunten", "learning", S),
    ("Interne proces", "internal", S),
    ("Acties", "customer", S),
    ("Klantacties", "customer", S),
    ("Klantbeleving", "experience", S),
    ("Knelpunten", "pain_points", S),
    ("Customer actions", "customer", S),
    ("Improvements", "learning", S),
    ("Barriers", "pain_points", S),
    ("Touch points", "touchpoints", S),
    ("Pain points (top 3)", "pain_points", K),
    # "Pain" over a lane is pain points, not a level of feeling (H9).
    ("Pain", "pain_points", S),
    ("Pains", "pain_points", S),
    ("Pijn", "pain_points", S),
    ("Барьеры", "pain_points", S),
    # Ten typos: short labels, transpositions, a missing space, words in another order.
    ("Kanzen", "opportunities", T),
    ("Emoites", "emotions", T),
    ("KIP's", "kpis", T),
    ("Klantprocess", "customer", T),
    ("Ervaaring", "experience", T),
    ("Pijnpnten", "pain_points", T),
    ("Touchpionts", "touchpoints", T),
    ("Oportunities", "opportunities", T),
    ("Pijn punten", "pain_points", T),
    ("Proces klant", "customer", T),
    ("Kanalne", "channels", T),
    ("Verbeteirngen", "learning", T),
    # The common labels of a lane of learning goals and improvements (round 10: "Leerpunten" was read as a
    # typo of 'Meetpunten', kpis, silently).
    ("Leerpunten", "learning", S),
    ("Leerdoelen", "learning", S),
    ("Verbeterpunten", "learning", S),
    ("Lessons learned", "learning", S),
    ("Improvements", "learning", S),
    ("Learnings", "learning", S),
    ("Lernziele", "learning", S),
    ("Erkenntnisse", "learning", S),
    ("Verbesserungsvorschläge", "learning", S),
    ("Leerpuntn", "learning", T),
    # Labels that say nothing canvasgen knows: no role, and no typo forced on a short word.
    ("Doelen", "custom", N),
    ("Gedachten", "custom", RoleBy.OWN_LANE),  # the customer's thoughts: a lane of its own, no feelings
    ("Customer goal", "custom", N),
    ("Doe", "custom", N),
]


@pytest.mark.parametrize(("label", "kind", "by"), TABLE, ids=[row[0] for row in TABLE])
def test_a_label_gets_its_role_and_says_how(label: str, kind: str, by: RoleBy) -> None:
    role = lane_role(label)
    assert (role.kind, role.by) == (kind, by)


def test_a_typo_says_which_label_it_was_taken_for() -> None:
    assert lane_role("Klantprocess").match == "Klantproces"
    assert lane_role("Kanzen").match == "Kansen"


@pytest.mark.parametrize(
    ("label", "offered"),
    [
        ("Kanaen", (Suggestion("Kanalen", "channels"), Suggestion("Kansen", "opportunities"))),
        ("Knetpunten", (Suggestion("Knelpunten", "pain_points"), Suggestion("Meetpunten", "kpis"))),
    ],
)
def test_a_label_close_to_two_roles_gets_none_and_both_are_offered(label: str, offered: tuple[Suggestion]) -> None:
    role = lane_role(label)
    assert (role.kind, role.by) == ("custom", RoleBy.NONE)
    assert set(role.suggestions) == set(offered)


def test_a_label_a_little_further_off_gets_a_suggestion_but_no_role() -> None:
    role = lane_role("Pijnpuntjess")  # three edits from "Pijnpunten": no typo, but offered
    assert role.kind == "custom" and role.suggestions == (Suggestion("Pijnpunten", "pain_points"),)
    assert lane_role("Verhaal").suggestions == ()


def test_typos_and_questions_do_not_vote_on_the_structure() -> None:
    # Which line holds the labels is decided on exact words and prefixes only.
    assert lane_kind("Klantprocess") is None and lane_kind("Hoe voelt klant zich") is None
    assert lane_kind("Klantproces") == "customer" and lane_kind("Pain points (top 3)") == "pain_points"


def test_dutch_and_english_name_every_role_with_labels_and_questions() -> None:
    roles = {*CORE_LANES, SCORE_LANE, *OPTIONAL_LANES}
    assert roles == set(LANE_KINDS) - {"custom"}
    for language in ("nl", "en"):
        assert set(LANE_LABELS[language]) == roles, language
        assert set(LANE_QUESTION_FORMS[language]) == roles, language


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_templates_own_labels_and_questions_map_to_their_role(language: str) -> None:
    labels = {"nl": NL_LABELS, "en": EN_LABELS}[language]
    for kind, label in labels.items():
        assert (lane_role(label).kind, lane_role(label).by) == (kind, RoleBy.KNOWN), label
    for kind, question in LANE_QUESTIONS[language].items():
        assert lane_role(question).kind == kind, question
    for key in ("q_customer", "q_internal", "q_experience", "q_learning"):
        role = lane_role(WORDS[language][key] if key in WORDS[language] else _deck_word(language, key))
        assert role.kind == key.removeprefix("q_") and role.by == RoleBy.QUESTION


def _deck_word(language: str, key: str) -> str:
    from canvasgen.words import DECK_WORDS

    return DECK_WORDS[language][key]


def test_other_languages_are_kept() -> None:
    for word, kind in (
        ("Болевые точки", "pain_points"),
        ("Punti di contatto", "touchpoints"),
        ("痛点", "pain_points"),
        ("Kundenaktionen", "customer"),
        ("Points de contact", "touchpoints"),
        ("نقاط الألم", "pain_points"),
        ("الفرص", "opportunities"),
    ):
        assert lane_role(word).kind == kind and lane_kind(word) == kind


#: Round 10 (M11): Arabic lane labels had no role; the core lanes and the common optional ones, as labels
#: and as the questions people write instead.
ARABIC = {
    "customer": ("أفعال العميل", "ماذا يفعل العميل؟"),
    "internal": ("العمليات الداخلية", "ماذا تفعل الشركة؟"),
    "experience": ("تجربة العميل", "كيف يشعر العميل؟"),
    "learning": ("التحسينات", "ماذا يمكن أن نحسن؟"),
    "touchpoints": ("نقاط الاتصال", None),
    "channels": ("القنوات", None),
    "emotions": ("المشاعر", "بماذا يشعر العميل؟"),
    "pain_points": ("نقاط الألم", "ما هي نقاط الألم؟"),
    "opportunities": ("الفرص", "ما هي الفرص؟"),
    "kpis": ("مؤشرات الأداء", None),
}


@pytest.mark.parametrize("kind", list(ARABIC))
def test_arabic_labels_and_questions_name_their_lanes(kind: str) -> None:
    label, question = ARABIC[kind]
    assert (lane_role(label).kind, lane_role(label).by) == (kind, RoleBy.SYNONYM)
    assert lane_kind(label) == kind
    if question is not None:
        assert (lane_role(question).kind, lane_role(question).by) == (kind, RoleBy.QUESTION)
    assert label_languages(label) == {"ar"}


def test_an_arabic_canvas_reads_its_lanes_with_their_roles(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "المرحلة", "B1": "الاكتشاف", "C1": "المقارنة", "D1": "الشراء"}
    cells |= {"A2": "ماذا يفعل العميل؟", "B2": "يبحث في جوجل", "C2": "يقرأ التقييمات", "D2": "يدفع بالبطاقة"}
    cells |= {"A3": "نقاط الألم", "B3": "إعلانات كثيرة", "D3": "رسوم خفية", "A4": "الفرص", "C4": "جدول مقارنة"}
    path = make_book(tmp_path / "رحلة.xlsx", {"رحلة العميل": cells})
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["الاكتشاف", "المقارنة", "الشراء"]
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("ماذا يفعل العميل؟", "customer"),
        ("نقاط الألم", "pain_points"),
        ("الفرص", "opportunities"),
    ]


def test_a_lane_of_no_role_says_so_and_offers_the_fix_which_then_works(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Kiezen", "C1": "Kopen", "A2": "Klantproces", "B2": "Zoekt"}
    cells |= {"A3": "Kanaen", "B3": "Website", "C3": "Winkel", "A4": "Verhaal", "B4": "Duur?"}
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    out = CliRunner().invoke(main, ["check", str(path)]).stdout
    assert "lane 'Kanaen' [no role: shown as an extra lane]: 2 items" in out
    assert "lane 'Verhaal' [no role: shown as an extra lane]: 1 item" in out
    assert (
        "Klantreis!A3: lane 'Kanaen' has no role: shown as an extra lane under its own label; did you mean "
        "'Kanalen' or 'Kansen'? (--lane 'Kanaen=channels' or --lane 'Kanaen=opportunities')"
    ) in " ".join(out.split())
    # nothing close: still said (N5), with the correction that gives it a role
    assert (
        "Klantreis!A4: lane 'Verhaal' has no role: shown as an extra lane under its own label; if it has one "
        "of canvasgen's roles, give it with --lane 'Verhaal=<kind>'" in " ".join(out.split())
    )
    fixed = CliRunner().invoke(main, ["check", str(path), "--lane", "Kanaen=channels"]).stdout
    assert "lane 'Kanaen' [channels, corrected]: 2 items" in fixed and "did you mean" not in fixed


def test_a_lane_labelled_pain_holds_pain_points_in_a_canvas_and_in_a_long_table(tmp_path: Path) -> None:
    """H9: "Pain" was read as a level of feeling (an emotions lane) while "Pains" was pain points."""
    cells: dict[str, object] = {"A1": "Phase", "B1": "Awareness", "C1": "Purchase", "A2": "Customer process"}
    cells |= {"B2": "Reads reviews", "A3": "Pain", "B3": "Hidden costs", "A4": "Pains", "C4": "Slow delivery"}
    cells |= {"A5": "Pijn", "C5": "Geen antwoord"}
    path = make_book(tmp_path / "pain.xlsx", {"Journey": cells})
    (journey,) = read_canvas(path).journeys
    assert [(lane.label, lane.kind) for lane in journey.lanes[1:]] == [
        ("Pain", "pain_points"),
        ("Pains", "pain_points"),
        ("Pijn", "pain_points"),
    ]
    assert all(item.level is None for lane in journey.lanes for cell in lane.cells for item in cell)
    table = tmp_path / "matrix.csv"
    table.write_text("stage,action,pain\nAwareness,Searches,Too many choices\nPurchase,Pays,Hidden costs\n")
    (long,) = read_canvas(table).journeys
    assert [(lane.label, lane.kind) for lane in long.lanes] == [("action", "customer"), ("pain", "pain_points")]


def test_pain_as_a_row_of_an_emotion_position_grid_is_still_a_level(tmp_path: Path) -> None:
    """The level meaning is kept where a level is read: rows labelled Gain / Neutral / Pain."""
    cells: dict[str, object] = {"A1": "Phase", "B1": "Awareness", "C1": "Purchase", "D1": "Use"}
    cells |= {"A2": "Gain", "B2": "Friendly advice", "A3": "Neutral", "C3": "Pays online"}
    cells |= {"A4": "Pain", "D4": "Breaks down", "A5": "Pain points", "D5": "No spare parts"}
    canvas = read_canvas(make_book(tmp_path / "grid.xlsx", {"Journey": cells}))
    (journey,) = canvas.journeys
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("Gain", "emotions"),
        ("Neutral", "emotions"),
        ("Pain", "emotions"),
        ("Pain points", "pain_points"),
    ]
    assert [item.level for item in journey.lanes[2].cells[2]] == [-2.0]
    assert [[s.value for s in phase] for phase in journey.scores][:2] == [[2.0], [0.0]]


@pytest.mark.parametrize(
    ("label", "matched"),
    [
        ("Wat doet het lid?", "Wat doet de klant?"),
        ("What does the patient do?", "What does the customer do?"),
        ("What does the practice do?", "What does the company do?"),
    ],
)
def test_a_question_of_another_subject_says_which_question_it_was_read_as(label: str, matched: str) -> None:
    assert lane_role(label).match == matched


@pytest.mark.parametrize(
    ("label", "offered"),
    [
        # "we" improve first; "Wat kan beter?" (the opportunities' question) is close too, offered after it
        ("Wat kunnen we beter doen?", ("learning", "opportunities")),
        ("What bothers them most?", ()),
        ("Verhaal", ()),
    ],
)
def test_a_label_of_no_role_is_offered_the_role_its_words_mean_and_no_other(label: str, offered: tuple[str]) -> None:
    role = lane_role(label)
    assert role.kind == "custom" and tuple(s.kind for s in role.suggestions) == offered


def test_questions_of_any_subject_read_in_check_and_what_is_not_read_is_offered_by_meaning(tmp_path: Path) -> None:
    """N3: a dentist's canvas asks of "the patient" and "the practice", a gym's of "het lid"; the one label
    still of no role is offered the role its words mean, and the missing role is never guessed for it."""
    header = [
        "Stage",
        "What is the patient doing?",
        "What does the practice do?",
        "How does the patient feel?",
        "What does the patient think?",
    ]
    cells: dict[str, object] = {f"{'ABCDE'[i]}1": h for i, h in enumerate(header)}
    cells |= {"A2": "Booking", "B2": "Calls", "C2": "Calls back", "D2": "Nervous", "E2": "Will it hurt?"}
    cells |= {"A3": "First visit", "B3": "Sits down", "C3": "X-rays", "D3": "Relieved", "E3": "Nice staff"}
    book = make_book(tmp_path / "dentist.xlsx", {"Patient journey": cells})
    code, out, _ = run_clean("check", book, "--explain")
    said = " ".join(out.split())
    assert code == 0
    assert "lane 'What is the patient doing?' [customer, question 'What is the customer doing?']: 2 items" in said
    assert "lane 'What does the practice do?' [internal, question 'What does the company do?']: 2 items" in said
    assert "lane 'How does the patient feel?' [experience, question 'How does the customer feel?']: 2 items" in said
    assert (  # thoughts are a lane of their own, never the feelings' lane unasked (round four, item 4)
        "lane 'What does the patient think?' [thoughts: a lane of its own, shown under its label (a thought is no "
        "feeling); to draw it as the feelings: --lane 'What does the patient think?=emotions']: 2 items" in said
    )
    assert "has no role" not in said
    table = tmp_path / "sportschool.csv"
    table.write_text("Fase,Wat doet het lid?,Hoe voelt het lid zich?\nInschrijving,Vult formulier in,Blij\n")
    code, out, _ = run_clean("check", table, "--explain")
    said = " ".join(out.split())
    assert "lane 'Wat doet het lid?' [customer, question 'Wat doet de klant?']: 1 item" in said
    assert "lane 'Hoe voelt het lid zich?' [experience, question 'Hoe voelt de klant zich?']: 1 item" in said


def test_labels_written_as_statements_read_as_their_questions_of_any_subject(tmp_path: Path) -> None:
    """New user 12: a brief's labels say what happens rather than ask it ("What the buyer does", "What we
    learn", "Wat de patiënt doet"): they are the questions' roles, of the subject the team wrote, and said so."""
    header = ["Stage", "What the buyer does", "What we do", "How the buyer feels", "What we learn"]
    cells: dict[str, object] = {f"{'ABCDE'[i]}1": h for i, h in enumerate(header)}
    cells |= {"A2": "Looking around", "B2": "Reads reviews", "C2": "Runs ads", "D2": "Unsure", "E2": "Who reads G2?"}
    book = make_book(tmp_path / "payroll.xlsx", {"Journey": cells})
    code, out, _ = run_clean("check", book, "--explain")
    said = " ".join(out.split())
    assert code == 0
    assert "lane 'What the buyer does' [customer, question 'What the customer does']: 1 item" in said
    assert "lane 'What we do' [internal, synonym]: 1 item" in said
    assert "lane 'How the buyer feels' [experience, question 'How the customer feels']: 1 item" in said
    assert "lane 'What we learn' [learning, question]: 1 item" in said
    assert "canvasgen's own questions, prompts, notes and titles ask of 'the buyer'" in said
    assert "has no role" not in said
    assert lane_role("Wat de patiënt doet").kind == "customer" and lane_role("Wat we leren").kind == "learning"
    # and feelings, and in German (hostile 12: each called a typo, "What the buyer feels" no role)
    assert [lane_role(label).kind for label in ("What the buyer feels", "Wat de patiënt voelt")] == ["emotions"] * 2
    german = (
        "Was die Studentin tut",
        "Was wir tun",
        "Wie der Kunde sich fühlt",
        "Was der Kunde fühlt",
        "Was wir lernen",
    )
    roles = [lane_role(label) for label in german]
    assert [r.kind for r in roles] == ["customer", "internal", "experience", "emotions", "learning"]
    assert {r.by for r in roles} == {RoleBy.QUESTION}  # read as written, none a typo
    assert lane_role("What the competitor does").kind == "custom"  # a subject canvasgen does not know: offered


def test_a_question_of_an_unknown_subject_offers_the_roles_of_its_question() -> None:
    from canvasgen.vocabulary.roles import unknown_subject

    role = lane_role("Wat doet de concurrent?")
    assert [(s.label, s.kind) for s in role.suggestions] == [
        ("Wat doet de klant?", "customer"),
        ("Wat doet de organisatie?", "internal"),
    ]
    assert unknown_subject("Wat doet de concurrent?") == "concurrent"
    assert unknown_subject("What does the competitor do?") == "competitor"
    assert unknown_subject("Wat doet de bezoeker?") is None and unknown_subject("Verhaal") is None


def test_feeling_and_unknown_subject_questions_through_check(tmp_path: Path) -> None:
    # #27: "Hoe voelt het?" over faces and words had no role; "Wat doet de concurrent?" was the customer.
    lanes = (*MUSEUM_LANES, ("Wat doet de concurrent?", ("Adverteert", "Stunt met prijzen", "", "", "")))
    path = museum_visit(tmp_path / "museum.xlsx", lanes)
    code, out, _ = run_clean("check", path)
    assert code == 0
    flat = " ".join(out.split())
    assert "lane 'Hoe voelt het?' [experience, question 'Hoe ervaart de klant het?']: 5 items" in flat
    assert "lane 'Wat doet de concurrent?' [no role: shown as an extra lane]: 2 items" in flat
    assert (
        "Reis!A14: lane 'Wat doet de concurrent?' has no role: shown as an extra lane under its own label; its "
        "question asks of 'concurrent', whom canvasgen knows neither as the customer nor as the organisation; "
        "if it asks of one of them, say so: --lane 'Wat doet de concurrent?=customer' or "
        "--lane 'Wat doet de concurrent?=internal'"
    ) in flat
    code, fixed, _ = run_clean("check", path, "--lane", "Wat doet de concurrent?=internal")
    assert "lane 'Wat doet de concurrent?' [internal, corrected]: 2 items" in " ".join(fixed.split())


@pytest.mark.parametrize(
    "label",
    ["Mapping note", "Note taking", "Team note", "Pain relief", "Pijler", "Kansje"],
)
def test_no_typo_is_offered_for_a_known_word_plus_another_or_a_label_far_off(label: str) -> None:
    # #27: "Mapping note" was offered --lane 'Mapping note=score' for the short known label 'Note'.
    role = lane_role(label)
    assert (role.kind, role.suggestions) == ("custom", ())


def test_check_offers_no_score_role_for_a_mapping_note(tmp_path: Path) -> None:
    lanes = (*MUSEUM_LANES, ("Mapping note", ("Eerste versie", "Nog checken", "", "", "")))
    code, out, _ = run_clean("check", museum_visit(tmp_path / "museum.xlsx", lanes))
    flat = " ".join(out.split())
    assert code == 0 and "Mapping note=score" not in flat
    assert "lane 'Mapping note' has no role: shown as an extra lane under its own label; if it has one" in flat


_OFFERED = re.compile(r"--lane '([^']+)'")


@pytest.mark.parametrize(
    ("label", "cells", "down", "offered"),
    [
        # the new user's 'Gevoel' (an emotions label) of signed scores and faces: it is text as emotions
        ("Gevoel", ("+1 😊 nieuw huis", "-1 😕", "-2 😠 waarom?"), False, "Gevoel=emotions"),
        ("Gevoel", ("+1 😊 nieuw huis", "-1 😕", "-2 😠 waarom?"), True, "Gevoel=emotions"),
        # a label of no role holding faces: it is text of its own kind
        ("Stemming", ("🙂", "😐", "🙁"), False, "Stemming=custom"),
        ("Stemming", ("🙂", "😐", "🙁"), True, "Stemming=custom"),
    ],
)
def test_check_and_explain_offer_the_same_correction_for_a_lane_scored_by_its_content(
    tmp_path: Path, label: str, cells: tuple[str, ...], down: bool, offered: str
) -> None:
    """`check` offered `--lane 'Gevoel=custom'` where `--explain` offered `'Gevoel=emotions'`: one place
    (``lane_roles.text_option``) decides the correction, and the one offered makes the lane text again."""
    rows = [
        ("Fase", "Oriëntatie", "Aanvraag", "Levering"),
        ("Wat doet de klant?", "Zoekt", "Vraagt aan", "Ontvangt"),
        (label, *cells),
    ]
    path = rows_canvas(tmp_path / "gevoel.xlsx", rows, down=down)
    code, summary, err = run_clean("check", path)
    assert code == 0, err
    code, explained, err = run_clean("check", "--explain", path)
    assert code == 0, err
    line = next(line for line in summary.splitlines() if line.strip().startswith(f"lane '{label}' [score"))
    assert _OFFERED.findall(line) == [offered], line
    said = [o for o in _OFFERED.findall(explained) if o.startswith(f"{label}=")]
    assert said and set(said) == {offered}, explained
    code, corrected, err = run_clean("check", "--lane", offered, path)
    assert code == 0, err
    assert not [line for line in corrected.splitlines() if line.strip().startswith(f"lane '{label}' [score")]


_ALL_LABELS = [(kind, label) for table in LANE_LABELS.values() for kind, labels in table.items() for label in labels]


def test_every_listed_label_is_its_own_role_never_a_typo_of_another() -> None:
    """Every label the vocabulary lists reads as its own role, by its own word: none is taken as a typo of
    another role's label (a label listed under two roles would be read as one of them silently)."""
    wrong = [
        (label, kind, role.kind, role.by)
        for kind, label in _ALL_LABELS
        if (role := lane_role(label)).kind != kind or role.by not in (K, S)
    ]
    assert wrong == []


def _one_edit(key: str) -> set[str]:
    dropped = {key[:i] + key[i + 1 :] for i in range(len(key))}
    swapped = {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)}
    return (dropped | swapped) - {key}


def test_a_typo_of_a_listed_label_never_crosses_into_another_role() -> None:
    """A letter dropped or two swapped in any listed label (six letters or more) is read as that label's
    role or as none (then offered), never as another role's typo."""
    crossed = [
        (label, variant, role.kind)
        for kind, label in _ALL_LABELS
        if len(label_key(label)) >= 6
        for variant in sorted(_one_edit(label_key(label)))
        if (role := lane_role(variant)).by == T and role.kind != kind
    ]
    assert crossed == []


def _started_as_another_role() -> list[tuple[str, str, str]]:
    """Labels a typo away from a listed one-word label of one role whose word starts as a listed word of
    another role ("Leerpunten" to 'Meetpunten': it starts as 'Leerdoelen'): generated from the vocabulary."""
    words = {label_key(label): kind for kind, label in _ALL_LABELS}
    heads = {word[:4]: kind for word, kind in words.items() if " " not in word and len(word) >= 5}
    found = []
    for word, kind in words.items():
        if " " in word or len(word) < 9:
            continue
        for head, other in heads.items():
            typed = head + word[4:]
            if other != kind and typed not in words and is_typo_of(typed, word):
                found.append((typed, kind, other))
    return found


def test_a_typo_never_crosses_into_another_role_when_the_label_starts_as_a_word_of_one() -> None:
    cases = _started_as_another_role()
    assert len(cases) >= 10
    for typed, _kind, other in cases:
        role = lane_role(typed)
        assert role.kind in ("custom", other), typed
        assert role.kind == other or role.suggestions, typed  # no role: said, with roles offered


def test_learning_labels_and_a_typo_said_in_check_with_the_correction(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Fase →", "Kiezen", "Kopen"),
        ("Klantprocess", "Zoekt", "Koopt"),
        ("Leerpunten", "Echte klanten tonen", "Keuzehulp"),
        ("Meetpunten", "CTR 2%", "Conversie 8%"),
    ]
    path = rows_canvas(tmp_path / "reis.xlsx", rows)
    journey = read_canvas(path).journeys[0]
    assert [(lane.label, lane.kind, lane.role_by) for lane in journey.lanes] == [
        ("Klantprocess", "customer", T),
        ("Leerpunten", "learning", S),
        ("Meetpunten", "kpis", S),
    ]
    out = " ".join(CliRunner().invoke(main, ["check", str(path)]).stdout.split())
    assert "lane 'Leerpunten' [learning, synonym]: 2 items" in out
    assert (
        "Klantreis!A4: lane 'Klantprocess' read as customer, as a typo of 'Klantproces'; if it is another lane, "
        "give its role with --lane 'Klantprocess=<kind>'"
    ) in out
    fixed = " ".join(CliRunner().invoke(main, ["check", str(path), "--lane", "Klantprocess=customer"]).stdout.split())
    assert "as a typo of" not in fixed and "lane 'Klantprocess' [customer, corrected]" in fixed
