"""The client's own words, round four (#30): lane words of pain, feeling and action in German, French and Spanish
read as their roles; a lane of thoughts ("Gedanken", "Wat denkt Noor?") kept as a lane of its own under its
label, never joined to the feelings; a question asked of the canvas's own company ("Wat doet Eneco?") read as
the organisation's, a name the canvas does not give as its company as the person's, each said in --explain
with the correction that gives the other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from canvasgen.model import CUSTOM_LANE, LaneKind, RoleBy
from canvasgen.vocabulary.roles import lane_role
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

#: Per language: a canvas's phase header and phases, then lanes as (label, the role it must be read as, items).
CANVASES: dict[str, tuple[tuple[str, ...], list[tuple[str, LaneKind, tuple[str, str, str]]]]] = {
    "de": (
        ("Phase", "Entdecken", "Bestellen", "Einbau"),
        [
            ("Aktionen", LaneKind.CUSTOMER, ("Sieht Werbung", "Bestellt online", "Wartet zuhause")),
            ("Gedanken", CUSTOM_LANE, ("Lohnt sich das?", "Hoffentlich klappt es", "Wann kommen sie?")),
            ("Gefühl", LaneKind.EMOTIONS, ("neugierig", "unsicher", "ungeduldig")),
            ("Schmerzpunkt", LaneKind.PAIN_POINTS, ("Zu viel Fachsprache", "Formular zu lang", "Termin verschoben")),
            ("Frustrationen", LaneKind.PAIN_POINTS, ("Preise unklar", "Keine Antwort", "Lärm")),
        ],
    ),
    "fr": (
        ("Phase", "Découverte", "Commande", "Installation"),
        [
            ("Actions", LaneKind.CUSTOMER, ("Voit une publicité", "Commande en ligne", "Attend le technicien")),
            ("Pensées", CUSTOM_LANE, ("Est-ce rentable ?", "Pourvu que ça marche", "Quand viennent-ils ?")),
            ("Émotion", LaneKind.EMOTIONS, ("curieux", "inquiet", "impatient")),
            ("Points de douleur", LaneKind.PAIN_POINTS, ("Jargon", "Formulaire long", "Rendez-vous reporté")),
            ("Frustrations", LaneKind.PAIN_POINTS, ("Prix flous", "Pas de réponse", "Bruit")),
        ],
    ),
    "es": (
        ("Fase", "Descubrir", "Pedir", "Instalar"),
        [
            ("Acciones", LaneKind.CUSTOMER, ("Ve un anuncio", "Pide en línea", "Espera al técnico")),
            ("Pensamientos", CUSTOM_LANE, ("¿Vale la pena?", "Ojalá funcione", "¿Cuándo vienen?")),
            ("Sentimientos", LaneKind.EMOTIONS, ("curioso", "inseguro", "impaciente")),
            ("Frustraciones", LaneKind.PAIN_POINTS, ("Precios poco claros", "Sin respuesta", "Ruido")),
            ("Puntos de dolor", LaneKind.PAIN_POINTS, ("Jerga", "Formulario largo", "Cita aplazada")),
        ],
    ),
    "nl": (
        ("Fase", "Oriënteren", "Bestellen", "Installeren"),
        [
            ("Acties", LaneKind.CUSTOMER, ("Ziet advertentie", "Bestelt online", "Wacht thuis")),
            ("Wat denkt Noor?", CUSTOM_LANE, ("Is dit rendabel?", "Als het maar lukt", "Wanneer komen ze?")),
            ("Gevoel", LaneKind.EMOTIONS, ("nieuwsgierig", "onzeker", "ongeduldig")),
            ("Frustratie", LaneKind.PAIN_POINTS, ("Te veel jargon", "Lang formulier", "Afspraak verzet")),
        ],
    ),
    "en": (
        ("Stage", "Discover", "Order", "Install"),
        [
            ("Actions", LaneKind.CUSTOMER, ("Sees an ad", "Orders online", "Waits at home")),
            ("What does Maya think?", CUSTOM_LANE, ("Is it worth it?", "Hope it works", "When will they come?")),
            ("Feelings", LaneKind.EMOTIONS, ("curious", "unsure", "impatient")),
            ("Frustrations", LaneKind.PAIN_POINTS, ("Jargon", "Long form", "Appointment moved")),
        ],
    ),
}


def _canvas(tmp_path: Path, language: str) -> Path:
    header, lanes = CANVASES[language]
    return rows_canvas(tmp_path / f"{language}.xlsx", [header, *[(label, *items) for label, _, items in lanes]])


@pytest.mark.parametrize("language", sorted(CANVASES))
def test_lane_words_of_each_language_are_read_as_their_roles(tmp_path: Path, language: str) -> None:
    _, lanes = CANVASES[language]
    journey = read_canvas(_canvas(tmp_path, language)).journeys[0]
    read = {lane.label: (lane.kind, [item.text for cell in lane.cells for item in cell]) for lane in journey.lanes}
    assert read == {label: (kind, list(items)) for label, kind, items in lanes}
    thoughts = next(lane for lane in journey.lanes if lane.kind == CUSTOM_LANE)
    assert (thoughts.role_by, thoughts.role_match) == (RoleBy.OWN_LANE, "thoughts")


@pytest.mark.parametrize("language", sorted(CANVASES))
def test_check_says_the_thoughts_lane_is_its_own_with_the_correction_and_warns_of_nothing(
    tmp_path: Path, language: str
) -> None:
    _, lanes = CANVASES[language]
    label = next(label for label, kind, _ in lanes if kind == CUSTOM_LANE)
    code, out, _ = run_clean("check", "--explain", _canvas(tmp_path, language))
    flat = " ".join(out.split())
    assert code == 0
    assert (
        f"lane '{label}' [thoughts: a lane of its own, shown under its label (a thought is no feeling); to draw it "
        f"as the feelings: --lane '{label}=emotions']: 3 items"
    ) in flat
    assert "has no role" not in flat and "typo of" not in flat, flat


def test_the_correction_offered_draws_the_thoughts_as_the_feelings(tmp_path: Path) -> None:
    path = _canvas(tmp_path, "de")
    code, out, _ = run_clean("check", "--json", "--lane", "Gedanken=emotions", path)
    assert code == 0
    lanes = {lane["label"]: lane for lane in json.loads(out)["journeys"][0]["lanes"]}
    assert (lanes["Gedanken"]["kind"], lanes["Gedanken"]["role_by"]) == ("emotions", "corrected")


def test_the_thoughts_lane_is_drawn_under_its_own_label_apart_from_the_feelings(tmp_path: Path) -> None:
    path = _canvas(tmp_path, "de")
    code, out, _ = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out
    poster, deck = squeeze(pdf_text(tmp_path / "out" / "de.pdf")), squeeze(slide_text(tmp_path / "out" / "de.pptx"))
    for text in ("Gedanken", "Lohnt sich das?", "Hoffentlich klappt es", "Wann kommen sie?"):
        assert squeeze(text) in poster and squeeze(text) in deck, text


@pytest.mark.parametrize(
    ("label", "joined"),
    [
        ("Denken & voelen", LaneKind.EMOTIONS),  # thoughts and feelings in one lane: the feelings' lane, as before
        ("Thoughts & feelings", LaneKind.EMOTIONS),
        ("Wat denkt en voelt de klant?", LaneKind.EMOTIONS),
        ("Actiepunten", LaneKind.LEARNING),  # the team's action points: no customer's actions
    ],
)
def test_a_label_of_thoughts_and_feelings_together_stays_the_feelings(label: str, joined: LaneKind) -> None:
    assert lane_role(label).kind == joined


def test_a_single_action_word_reads_as_a_lane_but_votes_for_no_label_column(tmp_path: Path) -> None:
    """'Actie' (AIDA's last phase) in a phase row stays a phase; over a lane it is the customer's actions."""
    rows = [
        ("Fase", "Aandacht", "Interesse", "Verlangen", "Actie"),
        ("Actie", "Ziet advertentie", "Leest", "Wil het", "Koopt"),
        ("Pijnpunten", "Te veel reclame", "Vaag", "Duur", "Lange levertijd"),
    ]
    journey = read_canvas(rows_canvas(tmp_path / "aida.xlsx", rows)).journeys[0]
    assert [p.name for p in journey.phases] == ["Aandacht", "Interesse", "Verlangen", "Actie"]
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [
        ("Actie", LaneKind.CUSTOMER),
        ("Pijnpunten", LaneKind.PAIN_POINTS),
    ]


SUBJECTS = [("Wat doet de klant?", "Zoekt", "Vraagt aan", "Wacht")]


@pytest.mark.parametrize(
    ("title", "label", "company"),
    [
        ("Klantreis Eneco – warmtepomp", "Wat doet Eneco?", "Eneco"),
        ("Acme onboarding journey", "What does Acme do?", "Acme"),
        ("Kundenreise Stadtwerke Nord", "Was macht die Stadtwerke?", "Stadtwerke"),
        ("Parcours client Engie", "Que fait Engie ?", "Engie"),
        ("Recorrido del cliente Iberdrola", "¿Qué hace Iberdrola?", "Iberdrola"),
    ],
)
def test_a_question_asked_of_the_canvass_company_is_the_organisations(
    tmp_path: Path, title: str, label: str, company: str
) -> None:
    rows = [("Fase", "Ontdekken", "Aanvragen", "Wachten"), *SUBJECTS, (label, "Campagne", "Offerte", "Planning")]
    path = rows_canvas(tmp_path / "bedrijf.xlsx", rows, title=title)
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == label)
    assert (lane.kind, lane.role_by) == (LaneKind.INTERNAL, RoleBy.QUESTION)
    code, out, _ = run_clean("check", "--explain", path)
    flat = " ".join(out.split())
    assert code == 0
    assert f"lane '{label}' (A5) asks of '{company}', the canvas's company (its title in A1: '{title}')" in flat
    assert f"if '{company}' is the person on the journey, say so: --lane '{label}=customer'" in flat
    assert "has no role" not in flat


def test_the_company_named_in_the_client_cell_counts_too(tmp_path: Path) -> None:
    rows = [("Fase", "Ontdekken", "Aanvragen", "Wachten"), *SUBJECTS, ("Wat doet Vattenfall?", "Mailt", "Belt", "Komt")]
    path = rows_canvas(tmp_path / "klant.xlsx", rows, title="Klantreis warmtepomp")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb.active["D1"], wb.active["E1"] = "Opdrachtgever", "Vattenfall Nederland"
    wb.save(path)
    lane = read_canvas(path).journeys[0].lanes[1]
    assert (lane.label, lane.kind) == ("Wat doet Vattenfall?", LaneKind.INTERNAL)


def test_a_name_that_is_not_the_company_stays_the_person_and_is_said(tmp_path: Path) -> None:
    rows = [("Stage", "Discover", "Apply", "Wait"), ("What does Noor do?", "Searches", "Applies", "Waits")]
    path = rows_canvas(tmp_path / "noor.xlsx", rows, title="Acme onboarding journey")
    assert read_canvas(path).journeys[0].lanes[0].kind == LaneKind.CUSTOMER
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "lane 'What does Noor do?' (A4) asks of 'Noor', a name the canvas does not give as its company (its "
        "client cell, its title beside a lane of the customer's, or the name or agency of the brand kit given with "
        "--brand): read as the person on the journey, customer "
        "('What does the customer do?') — if 'Noor' is the organisation, say so: --lane 'What does Noor do?=internal'"
    ) in " ".join(out.split())


def test_a_persona_of_the_companys_name_stays_the_person(tmp_path: Path) -> None:
    """A journey titled after its persona ("Klantreis – Noor") asks of Noor as of the customer."""
    rows = [("Fase", "Ontdekken", "Aanvragen"), ("Wat doet Noor?", "Zoekt", "Vraagt aan")]
    path = rows_canvas(tmp_path / "noor.xlsx", rows, title="Klantreis Noor")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb.active["D1"], wb.active["E1"] = "Persona", "Noor"
    wb.save(path)
    assert read_canvas(path).journeys[0].lanes[0].kind == LaneKind.CUSTOMER


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Was macht das Team?", LaneKind.INTERNAL),
        ("What does our team do?", LaneKind.INTERNAL),
        ("Wat doen wij?", LaneKind.INTERNAL),
        ("Was macht das Unternehmen?", LaneKind.INTERNAL),
    ],
)
def test_the_team_and_we_are_the_organisation(label: str, kind: LaneKind) -> None:
    assert lane_role(label).kind == kind


@pytest.mark.parametrize("label", ["Acties", "Aktionen", "Acciones", "Actions"])
def test_actions_of_no_one_named_are_the_customers_said_with_the_correction(tmp_path: Path, label: str) -> None:
    rows = [("Fase", "Zoeken", "Kopen"), (label, "Zoekt online", "Koopt"), ("Pijnpunten", "Te veel keus", "Duur")]
    path = rows_canvas(tmp_path / "acties.xlsx", rows)
    assert read_canvas(path).journeys[0].lanes[0].kind == LaneKind.CUSTOMER
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    said = (
        f"'{label}' says no one's actions: read as what the customer does — if they are the organisation's "
        f"actions, say so: --lane '{label}=internal'"
    )
    assert " ".join(out.split()).count(said) == 2  # in check's summary and in --explain's reading
    code, out, _ = run_clean("check", "--json", "--lane", f"{label}=internal", path)
    assert json.loads(out)["journeys"][0]["lanes"][0]["kind"] == "internal"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Que fait le client ?", LaneKind.CUSTOMER),
        ("Que fait la patiente ?", LaneKind.CUSTOMER),
        ("Que fait l'équipe ?", LaneKind.INTERNAL),
        ("Que ressent le client ?", LaneKind.EMOTIONS),
        ("Qu'est-ce qui frustre le client ?", LaneKind.PAIN_POINTS),
        ("¿Qué hace el cliente?", LaneKind.CUSTOMER),
        ("¿Qué hace el paciente?", LaneKind.CUSTOMER),
        ("¿Qué hace la empresa?", LaneKind.INTERNAL),
        ("¿Qué siente el cliente?", LaneKind.EMOTIONS),
        ("¿Qué podemos mejorar?", LaneKind.LEARNING),
    ],
)
def test_french_and_spanish_lane_questions_of_any_subject(label: str, kind: LaneKind) -> None:
    role = lane_role(label)
    assert (role.kind, role.by) == (kind, RoleBy.QUESTION)


def test_a_name_in_the_title_of_a_canvas_with_no_other_customer_lane_is_the_persona(tmp_path: Path) -> None:
    """'Customer journey – Maya' asking 'What does Maya do?' asks of Maya, the customer: no other lane is the
    customer's, so the title's name is hers, not the company's; said with the correction."""
    rows = [("Stage", "Discover", "Apply"), ("What does Maya do?", "Searches", "Applies"), ("Pains", "Vague", "Slow")]
    path = rows_canvas(tmp_path / "maya.xlsx", rows, title="Customer journey – Maya")
    assert read_canvas(path).journeys[0].lanes[0].kind == LaneKind.CUSTOMER
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "if 'Maya' is the organisation, say so: --lane 'What does Maya do?=internal'" in " ".join(out.split())


@pytest.mark.parametrize(
    ("first", "second", "company"),
    [
        ("Wat doet de klant?", "Wat doet Coolblue?", "Coolblue"),
        ("Wat doet Eneco?", "Wat doet de klant?", "Eneco"),  # the company's lane first
        ("Wat doet de klant?", "Wat doet Eneco voor de klant?", "Eneco"),
        ("Klantacties", "Wat doet Eneco?", "Eneco"),
        ("What does the customer do?", "What does Acme do for the customer?", "Acme"),
    ],
)
def test_a_name_asked_of_beside_a_lane_of_the_customer_is_the_organisation(
    tmp_path: Path, first: str, second: str, company: str
) -> None:
    """A canvas that asks of the customer in a lane already asks of its company by name in a second one: the
    company's lane is internal, the customer's keeps the customer place, said with the correction."""
    rows = [
        ("Fase", "Oriënteren", "Kopen", "Gebruiken"),
        (first, "Zoekt", "Koopt", "Gebruikt"),
        (second, "Adverteert", "Levert", "Helpt"),
        ("Pijnpunten", "Veel keus", "Duur", "Storing"),
    ]
    path = rows_canvas(tmp_path / "twee.xlsx", rows, title="Klantreis")
    lanes = {lane.label: lane for lane in read_canvas(path).journeys[0].lanes}
    company_lane = first if company in first else second
    customer_lane = second if company_lane == first else first
    assert lanes[company_lane].kind == LaneKind.INTERNAL
    assert lanes[customer_lane].kind == LaneKind.CUSTOMER
    code, out, _ = run_clean("check", "--explain", path)
    flat = " ".join(out.split())
    assert code == 0
    assert "second customer lane" not in flat
    assert (
        f"lane '{company_lane}' (A" in flat and f"asks of '{company}', not the customer (lane '{customer_lane}'" in flat
    )
    assert f"if '{company}' is the person on the journey, say so: --lane '{company_lane}=customer'" in flat
    code, out, _ = run_clean("check", "--json", "--lane", f"{company_lane}=customer", path)
    kinds = [lane["kind"] for lane in json.loads(out)["journeys"][0]["lanes"]]
    assert kinds.count("customer") == 2


def test_the_thoughts_role_check_reports_is_one_a_correction_gives(tmp_path: Path) -> None:
    """A thinks-lane in a language canvasgen has no words of is given the thoughts role with --lane, as
    canvasgen gives it itself; a misspelt role is offered thoughts, and the no-role warning lists it."""
    label = "O que pensa o cliente?"
    rows = [
        ("Fase", "Descobrir", "Comprar"),
        ("Wat doet de klant?", "Zoekt", "Koopt"),
        (label, "Vale a pena?", "Tomara que funcione"),
    ]
    path = rows_canvas(tmp_path / "pt.xlsx", rows)
    code, out, err = run_clean("check", path)
    flat = " ".join(out.split())
    assert code == 0
    assert "kpis, thoughts)" in flat  # the no-role warning's kinds
    code, out, err = run_clean("check", "--lane", f"{label}=thoughts", path)
    flat = " ".join(out.split())
    assert code == 0, err
    assert f"lane '{label}' [thoughts, corrected: a lane of its own, shown under its label" in flat
    assert "has no role" not in flat
    code, out, _ = run_clean("check", "--json", "--lane", f"{label}=thoughts", path)
    lane = json.loads(out)["journeys"][0]["lanes"][1]
    assert (lane["label"], lane["kind"], lane["role_by"]) == (label, "custom", "corrected")
    assert "Vale a pena?" in str(lane["cells"])
    code, _, err = run_clean("check", "--lane", f"{label}=thougts", path)
    assert code != 0
    assert f"did you mean '{label}=thoughts'?" in err and "kpis, thoughts, custom" in err
    (tmp_path / "canvasgen.toml").write_text(f'["pt.xlsx"]\nlanes = {{ "{label}" = "thoughts" }}\n', encoding="utf-8")
    code, out, err = run_clean("check", path)  # the file beside the workbook takes it too
    assert code == 0, err
    assert f"lane '{label}' [thoughts, corrected" in " ".join(out.split())
