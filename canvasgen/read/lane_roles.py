"""The role of a lane found in a table, and what the reader says of it.

A lane's role (its kind) comes from, in this order: the user's correction (``--lane``,
``canvasgen.toml``), the label's own words (``vocabulary.roles``: a known label, a synonym, a
blueprint's part, a question, a small typo; a level of feeling in an emotion-position grid only), the
label of its group, and last what the lane holds (a row of scores: ``across``/``down``).
``core_places`` then keeps one lane per core role in the core place and says so of a second.
"""

from __future__ import annotations

from collections.abc import Callable

from canvasgen.errors import CanvasWarning, Location, option_hint
from canvasgen.model import (
    CORE_LANES,
    CUSTOM_LANE,
    LANE_ROLES,
    SCORE_LANE,
    Item,
    Journey,
    Lane,
    LaneKind,
    LaneRole,
    OwnLane,
    RoleBy,
    Source,
    lane_kind_of,
)
from canvasgen.text import excerpt, label_key
from canvasgen.vocabulary import tool_lane_kind
from canvasgen.vocabulary.lanes import ALSO_LEARNING, CUSTOMERS_JOURNEY_TITLE, THIRD_PARTY_SUBJECTS
from canvasgen.vocabulary.roles import (
    NO_ROLE,
    AskedOf,
    RoleMatch,
    asked_of,
    family_of,
    is_actions_of_no_one,
    label_languages,
    lane_role,
    negation_in,
    question_key,
    unknown_subject,
    words_languages,
)
from canvasgen.vocabulary.scores import scale_in_label, writes_score
from canvasgen.vocabulary.structure import BLUEPRINT_LANES, blueprint_part, is_level_word


def lane_role_of(
    label: str, group: Item | None, lane_kinds: dict[str, LaneRole], blueprint: bool = True, level: bool = False
) -> RoleMatch:
    """A lane's role: the user's mapping, then the label's own words (``blueprint``: a service
    blueprint's parts among them), then its group's, else none (with the known labels close to its own).

    ``level``: the row is a level of an emotion-position grid (its items score its level): an emotions
    lane, unless corrected or a known label that only starts with a level word ("Pain points" beside
    "Happy"). A level word read as a lane's label is no level: "Pain" over a lane is pain points."""
    own = _known_role(label, lane_kinds, blueprint)
    if own.by == RoleBy.CORRECTED:
        return own
    if level and (own.by not in (RoleBy.KNOWN, RoleBy.SYNONYM) or is_level_word(label)):
        return RoleMatch(LaneKind.EMOTIONS, RoleBy.KNOWN)  # "Positive experience", "😀", "Pain": a level of feeling
    if own.by in (RoleBy.KNOWN, RoleBy.SYNONYM, RoleBy.OWN_LANE):  # "Thoughts" under "Customer" stays thoughts
        return own
    if own.kind != CUSTOM_LANE:  # a question or a typo
        return own
    if group is not None:
        of_group = _known_role(group.text, lane_kinds, blueprint)
        if of_group.kind != CUSTOM_LANE:
            return of_group
    return own


#: A lane label given in a correction by its start, as ``check`` quotes a long one ("Wat doet de klant in …"):
#: kept under its start's key and this mark, matching every label that starts so.
BY_START = "…"


def corrected_kind(key: str, lane_kinds: dict[str, LaneRole]) -> LaneRole | None:
    """The kind a correction gives the lane of this label key: its whole label's, or a long label's start's."""
    if key in lane_kinds:
        return lane_kinds[key]
    starts = [k for k in lane_kinds if k.endswith(BY_START) and (key + " ").startswith(k[: -len(BY_START)] + " ")]
    return lane_kinds[max(starts, key=len)] if starts else None


def corrected_role(role: LaneRole) -> RoleMatch:
    """The role a correction gives: its kind, a lane of its own (thoughts) kept as its match."""
    return RoleMatch(lane_kind_of(role), RoleBy.CORRECTED, str(role) if role in tuple(OwnLane) else None)


#: The roles a warning offers to give a lane: every role but custom (which the lane has already).
OFFERED_ROLES = ", ".join(role for role in LANE_ROLES if role != CUSTOM_LANE)


def paired_role(
    role: RoleMatch, joined: str, paired: str, group: Item | None, lane_kinds: dict[str, LaneRole]
) -> RoleMatch:
    """The role of a label beside its question: the user's word on the two together, else the label's
    own, else the question's."""
    if (kind := corrected_kind(label_key(joined), lane_kinds)) is not None:
        return corrected_role(kind)
    if role.kind != CUSTOM_LANE:
        return role
    other = lane_role_of(paired, group, lane_kinds)
    return other if other.kind != CUSTOM_LANE else RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, role.suggestions)


def _known_role(label: str, lane_kinds: dict[str, LaneRole], blueprint: bool = True) -> RoleMatch:
    if (kind := corrected_kind(label_key(label), lane_kinds)) is not None:
        return corrected_role(kind)
    role = lane_role(label)
    if role.by in (RoleBy.KNOWN, RoleBy.SYNONYM, RoleBy.OWN_LANE):  # "Customer thinks": thoughts, no blueprint line
        return role
    part = blueprint_part(label) if blueprint else None  # a blueprint's own word before a question or a typo
    return RoleMatch(LaneKind(BLUEPRINT_LANES[part][0]), RoleBy.SYNONYM) if part is not None else role


def new_lane(role: RoleMatch, label: str, n_phases: int, source: Source | None, group: Item | None = None) -> Lane:
    return Lane(role.kind, label, [[] for _ in range(n_phases)], source, group, role.by, role.match, role.suggestions)


def unlabelled_lane(place: str, n_phases: int, lane_kinds: dict[str, LaneRole]) -> Lane:
    """A lane the sheet gave no label, called after its place ("Row 3", "Column E") until the canvas's language
    names it ("Baan 2"): a correction for that place (``--lane 'row 3=score'``) gives it its role, as ``check``
    offers it — the name shown is made after the lanes are read, too late for a correction to name it."""
    return new_lane(unlabelled_role(place, lane_kinds), place, n_phases, None)


def unlabelled_role(place: str, lane_kinds: dict[str, LaneRole]) -> RoleMatch:
    """The role of a lane with no label: the one a correction for its place gives ("row 3", "column E"), else none."""
    kind = corrected_kind(label_key(place), lane_kinds)
    return corrected_role(kind) if kind is not None else NO_ROLE


def lane_option(label: str, kind: LaneRole | str) -> str:
    """The correction that gives a lane a role, as typed on the command line: --lane 'Kanaen=channels'; a long
    label by its start ("--lane 'Wat doet de klant in de fase waarin…=customer'"), which matches it."""
    return option_hint("lane", f"{excerpt(label)}={kind}")


def scored_by_content(lane: Lane) -> None:
    """A lane taken for the score row by what it holds: the kind it had kept as the one the correction that
    keeps it text gives back (``text_option``), its role said to come from its content."""
    lane.as_text, lane.kind = lane.kind, SCORE_LANE
    lane.role_by, lane.role_match, lane.suggestions = RoleBy.CONTENT, None, ()


def text_option(lane: Lane) -> str:
    """The correction that keeps a lane taken for the score row by its content text: the kind it is as text
    ('Gevoel=emotions'), custom for a lane of no role; `check`'s summary and `--explain` both offer it."""
    kind = lane.as_text if lane.as_text not in (None, SCORE_LANE) else CUSTOM_LANE
    return lane_option(lane.label, kind)


def suggestion_text(lane: Lane) -> str:
    """ "did you mean 'Kanalen' or 'Kansen'? (--lane 'Kanaen=channels' or --lane 'Kanaen=opportunities')", or ""."""
    if not lane.suggestions:
        return ""
    names = " or ".join(f"'{s.label}'" for s in lane.suggestions)
    options = " or ".join(lane_option(lane.label, s.kind) for s in lane.suggestions)
    held = [s for s in lane.suggestions if f" {label_key(s.label)} " in f" {label_key(lane.label)} "]
    if held:  # never "did you mean" words the label holds: its words name more than one role
        roles = " and ".join(f"'{s.label}' ({s.kind})" for s in lane.suggestions)
        return f"its words name {roles}; say which it is: {options}"
    return f"did you mean {names}? ({options})"


def offer_in_family(journey: Journey) -> None:
    """Known labels offered for a lane of no role in the canvas's language family only (that of the labels
    it wrote in canvasgen's words), two at most; when none of its labels is known, in the family of the lane's
    own words, and in any family when canvasgen knows none of them."""
    known = frozenset(
        lang
        for lane in journey.lanes
        if lane.role_by in (RoleBy.KNOWN, RoleBy.SYNONYM, RoleBy.QUESTION)
        for lang in label_languages(lane.label)
    )
    family = family_of(known)
    for lane in journey.lanes:
        # no label known: the family of the label's own words ("Does", English, is offered no Portuguese 'Dores')
        own = family or family_of(words_languages(lane.label))
        offered = [s for s in lane.suggestions if not own or not s.languages or s.languages & own]
        lane.suggestions = tuple(offered[:2])


def _words_of(text: str) -> set[str]:
    return set(label_key(text).split())


def read_subjects(journey: Journey, persona_names: list[str], companies: tuple[tuple[str, str], ...] = ()) -> None:
    """A lane's question asked of a name or a noun canvasgen does not know ("Wat doet Eneco?", "Was macht die
    Stadtwerke?") is the organisation's own (internal) when the canvas names its company so and no persona has
    that name: in its client cell; or in its title, for a name when another lane already asks of the customer
    (a title names a persona as often: "Customer journey – Maya" asks "What does Maya do?" of her). Beside a
    lane that asks of the customer in canvasgen's own words ("Wat doet de klant?", "Klantacties"), a name no
    persona has is the organisation's too: the customer has a lane already, and a second one asked of a name
    is the company's ("Wat doet Coolblue?"). So is a name of the run's brand kit (``companies``: its name, its
    agency, each with where it was given: ``check --brand eneco``). Any other name stays the person on the
    journey (as "Wat doet Noor?" asks of a persona). Either way ``--explain`` says which, with the ``--lane``
    that gives the other."""
    client = journey.meta.get("client")
    title = journey.meta.get("title")
    people = [_words_of(name) for name in persona_names if label_key(name)]
    companies_of_kit = [(where, text) for where, text in companies if label_key(text)]
    for lane in journey.lanes:
        asked = asked_of(lane.label) if lane.role_by in (RoleBy.QUESTION, RoleBy.NONE) else None
        if asked is None or asked.person is None or asked.organisation is None:
            continue
        subject = set(asked.subject.split())
        customer = any(other is not lane and other.kind == asked.person.kind for other in journey.lanes)
        named_as = [(f"client cell {client.source.cell}" if client.source else "client", client.text)] if client else []
        named_as += companies_of_kit
        third = bool(subject & THIRD_PARTY_SUBJECTS)
        ours = None if customer or third else _organisation_asked_in_words(journey, lane, asked.organisation.kind)
        # A title names the person on the journey as often as the company ("Koopreis partner – …"): it names the
        # company only beside a lane of the customer's, or for a noun when no client cell names the company and
        # no lane asks of the organisation in our words ("Wat moeten wij regelen?")
        # a title of the customers' journey ("Klantreis bibliotheek") names, after those words, where they go: a
        # noun asked of in a lane there is the organisation's, a client cell naming another company or not
        at = CUSTOMERS_JOURNEY_TITLE.match(journey.name)
        theirs = not asked.named and at is not None and subject <= _words_of(journey.name[at.end() :])
        named_by_title = customer or (not asked.named and client is None and ours is None)
        if named_by_title or theirs:
            where = f"title in {title.source.cell}" if title and title.source else "title"
            named_as.append((where if named_by_title else f"{where}, of its customers' journey", journey.name))
        company = next(((where, text) for where, text in named_as if subject <= _words_of(text)), None)
        persona = any(subject <= person for person in people)
        beside = _customer_asked_in_words(journey, lane, asked.person.kind)
        if company is not None and not persona:
            _asks_of_company(journey, lane, asked, company)
        elif ours is not None and not persona:
            ours_cell = f" in {ours.source.cell}" if ours.source else ""
            _asks_of_person(
                journey, lane, asked, f"beside lane '{excerpt(ours.label)}'{ours_cell}, which asks of the organisation"
            )
        elif client is not None and not customer and not third and subject <= _words_of(journey.name):
            # "Koopreis partner – …" with "Klant: BoekhoudWolk B.V.": the title names whose journey it is
            title_cell = f" in {title.source.cell}" if title and title.source else ""
            client_cell = f" in {client.source.cell}" if client.source else ""
            _asks_of_person(
                journey,
                lane,
                asked,
                f"whom the title{title_cell} names, while the client cell"
                f"{client_cell} names the company ('{excerpt(client.text)}')",
            )
        elif beside is not None and asked.named and not persona:
            cell = f" in {beside.source.cell}" if beside.source else ""
            where = f"lane '{excerpt(beside.label)}'{cell} asks of the customer already"
            _asks_of_company(journey, lane, asked, (where, ""))
        elif asked.named and lane.kind == asked.person.kind:
            cell = f" ({lane.source.cell})" if lane.source else ""
            journey.reading.append(
                f"lane '{excerpt(lane.label)}'{cell} asks of '{asked.written}', a name the canvas does not give as "
                f"its company (its client cell, its title beside a lane of the customer's, or the name or agency of "
                "the brand kit given with --brand): read as the person "
                f"on the journey, {lane.kind} ('{asked.person.match}') — if '{asked.written}' is the organisation, "
                f"say so: {lane_option(lane.label, asked.organisation.kind)}"
            )


def _organisation_asked_in_words(journey: Journey, lane: Lane, kind: LaneKind | str) -> Lane | None:
    """Another lane of the organisation's role whose label names it in canvasgen's own words ("Wat moeten wij
    regelen?", "Wat doet de organisatie?", "Sales"): not asked of a name; None if there is none."""
    return _other_in_own_words(journey, lane, kind, lambda label: True)


def _asks_of_person(journey: Journey, lane: Lane, asked: AskedOf, why: str) -> None:
    """The lane of a question asked of someone the canvas shows is not its company: the person on the journey's
    ("Wat doet de partner?" beside "Wat moeten wij regelen?", or under the title "Koopreis partner – …" of a canvas
    whose client cell names the company), said with the correction. ``why``: what the canvas shows so."""
    assert asked.organisation is not None and asked.person is not None
    role = asked.person
    lane.kind, lane.role_by, lane.role_match, lane.suggestions = role.kind, role.by, role.match, ()
    cell = f" ({lane.source.cell})" if lane.source else ""
    journey.reading.append(
        f"lane '{excerpt(lane.label)}'{cell} asks of '{asked.written}', {why}: read as the person on the journey, "
        f"{role.kind} ('{role.match}') — if '{asked.written}' is the organisation, say so: "
        f"{lane_option(lane.label, asked.organisation.kind)}"
    )


def _customer_asked_in_words(journey: Journey, lane: Lane, kind: LaneKind | str) -> Lane | None:
    """Another lane of the person's role whose label names the customer in canvasgen's own words ("Wat doet de
    klant?", "Klantacties"): not asked of a name, nor "actions" of no one ("Acties"); None if there is none."""
    return _other_in_own_words(journey, lane, kind, lambda label: not is_actions_of_no_one(label))


def _other_in_own_words(journey: Journey, lane: Lane, kind: LaneKind | str, fits: Callable[[str], bool]) -> Lane | None:
    """Another lane than ``lane`` of role ``kind`` whose label is one of canvasgen's own words (known, a
    synonym or its question), asked of no name, that ``fits``; None if there is none."""
    return next(
        (
            other
            for other in journey.lanes
            if other is not lane
            and other.kind == kind
            and other.role_by in (RoleBy.KNOWN, RoleBy.SYNONYM, RoleBy.QUESTION)
            and asked_of(other.label) is None
            and fits(other.label)
        ),
        None,
    )


def _asks_of_company(journey: Journey, lane: Lane, asked: AskedOf, company: tuple[str, str]) -> None:
    """The lane of a question asked of the canvas's own company: the organisation's, said with the correction.
    ``company``: where the canvas says so, and its words there ("" when the reason is another lane)."""
    assert asked.organisation is not None and asked.person is not None
    role = asked.organisation
    lane.kind, lane.role_by, lane.role_match, lane.suggestions = role.kind, role.by, role.match, ()
    where, text = company
    cell = f" ({lane.source.cell})" if lane.source else ""
    why = f"the canvas's company (its {where}: '{excerpt(text)}')" if text else f"not the customer ({where})"
    journey.reading.append(
        f"lane '{excerpt(lane.label)}'{cell} asks of '{asked.written}', {why}: read as the organisation's, "
        f"{role.kind} ('{role.match}') — if '{asked.written}' is the person on the journey, say so: "
        f"{lane_option(lane.label, asked.person.kind)}"
    )


def _on_the_pains_slide(journey: Journey, lane: Lane) -> str:
    """How poster and deck show a lane of no role for a side no lane fills (its nearest kind, ``Journey.shown_as``):
    one reading, said, with the correction that gives it the role (or keeps it a lane of its own)."""
    kind = journey.shown_as(lane)
    if kind is None:
        return ""
    return (
        f"shown under its own label as {kind}, its nearest kind, on poster and deck alike, as no lane has that role "
        f"(the poster's bar and colour, the deck's pains and opportunities slide): {lane_option(lane.label, kind)} "
        f"gives it the role, {lane_option(lane.label, 'custom')} keeps it a plain lane"
    )


def said_of_roles(journey: Journey, file: str, sheet: str) -> list[CanvasWarning]:
    """What a reader must say of the lanes' roles: a second lane of a core role is an extra lane
    (the first keeps the core place), a lane of no role whose label is close to a known one, and a role a
    typo decided (never silently: the correction that gives it another)."""
    said: list[CanvasWarning] = []
    for lane in journey.lanes:
        where = Location(file, sheet, lane.source.cell if lane.source else None)
        first = journey.lane(lane.kind)
        if lane.kind in CORE_LANES and first is not None and first is not lane and not _alike(first, lane):
            cell = f" ({first.source.cell})" if first.source else ""
            said.append(
                CanvasWarning(
                    where,
                    (
                        f"lane '{_one_line(lane.label)}' is a second {lane.kind} lane ({role_text(lane)}), after "
                        f"'{_one_line(first.label)}'{cell}: that one keeps the {lane.kind} place, this one is shown "
                        "as an "
                        f"extra lane; if it is another lane, give its role with {lane_option(lane.label, '<kind>')}"
                    ),
                )
            )
        elif _unsaid(lane):  # a label to correct
            fix = (
                _asked_of_unknown(lane)
                or _negated(lane)
                or suggestion_text(lane)
                or (
                    f"if it has one of canvasgen's roles, give it with {lane_option(lane.label, '<kind>')} "
                    f"(kinds: {OFFERED_ROLES})"
                )
            )
            said.append(
                CanvasWarning(
                    where,
                    f"lane '{_one_line(lane.label)}' has no role: "
                    f"{_on_the_pains_slide(journey, lane) or 'shown as an extra lane under its own label'}; {fix}",
                )
            )
        elif lane.role_by == RoleBy.TYPO and lane.source is not None:  # a role decided by a typo: said
            said.append(
                CanvasWarning(
                    where,
                    (
                        f"lane '{_one_line(lane.label)}' read as {lane.kind}, as a typo of '{lane.role_match}'; "
                        f"if it is another lane, give its role with {lane_option(lane.label, '<kind>')}"
                        f" (kinds: {OFFERED_ROLES})"
                    ),
                )
            )
    said.extend(_no_customer_beside_company(journey, file, sheet))
    missing = _missing_core(journey)
    if missing is not None:
        said.append(CanvasWarning(Location(file, sheet), missing))
    if journey.lane(SCORE_LANE) is None:
        said.extend(w for lane in journey.lanes if (w := _scores_read_as_text(lane, file, sheet)) is not None)
    return said


def _no_customer_beside_company(journey: Journey, file: str, sheet: str) -> list[CanvasWarning]:
    """A lane read as the organisation's for asking of the canvas's company ("Wat doet de partner?" under the title
    "Koopreis partner – …") on a journey left with no lane of the customer's: said in check's summary, not only in
    ``--explain`` — the person on the journey is as often named so, and the customer place stays empty."""
    said: list[CanvasWarning] = []
    for lane in journey.lanes:
        asked = asked_of(lane.label) if lane.role_by == RoleBy.QUESTION else None
        if asked is None or asked.person is None or asked.organisation is None:
            continue
        if lane.kind != asked.organisation.kind or journey.lane(asked.person.kind) is not None:
            continue
        said.append(
            CanvasWarning(
                Location(file, sheet, lane.source.cell if lane.source else None),
                f"lane '{_one_line(lane.label)}' asks of '{asked.written}', read as the organisation's because the "
                f"canvas names it as its company (check --explain says where), and no lane is the "
                f"{asked.person.kind}'s: if '{asked.written}' is the person on the journey, say so: "
                f"{lane_option(lane.label, asked.person.kind)}",
            )
        )
    return said


def _scores_read_as_text(lane: Lane, file: str, sheet: str) -> CanvasWarning | None:
    """A lane whose label names a scale ("Tevredenheid (1-10)") over items mostly scores, kept as text because
    some item is none, on a journey with no score row: no curve, so the user is told which cells hold no score
    and how to make the lane the score row. None for any other lane."""
    scale = scale_in_label(lane.label)
    if scale is None or lane.kind == SCORE_LANE or lane.role_by == RoleBy.CORRECTED:
        return None
    items = [item for cell in lane.cells for item in cell]
    texts = [item for item in items if not writes_score(item.text)]
    if not texts or 2 * len(texts) >= len(items):
        return None
    cells = ", ".join(f"{i.source.cell} ('{excerpt(i.text)}')" if i.source else f"'{excerpt(i.text)}'" for i in texts)
    holds = "holds" if len(texts) == 1 else "hold"
    low, high = (f"{bound:g}" for bound in scale)
    return CanvasWarning(
        Location(file, sheet, lane.source.cell if lane.source else None),
        f"lane '{excerpt(lane.label)}' names the scale {low}..{high} and {len(items) - len(texts)} of its "
        f"{len(items)} items are scores, but {cells} {holds} none: the lane is read as text, with no score curve; "
        f"to read it as the score row, write a score there or give {lane_option(lane.label, SCORE_LANE)}",
    )


def _unsaid(lane: Lane) -> bool:
    """A lane of text with no role that the user has not said is one (``--lane 'X=custom'``)."""
    return (
        lane.kind == CUSTOM_LANE
        and bool(lane.item_count())
        and lane.source is not None
        # content: a second score row, said where read; own lane: the customer's thoughts, said in the summary
        and lane.role_by not in (RoleBy.CORRECTED, RoleBy.CONTENT, RoleBy.OWN_LANE)
    )


def _asked_of_unknown(lane: Lane) -> str:
    """Why a lane whose label is a known question got no role, when it asks of someone canvasgen does not
    know ("Wat doet de concurrent?"), with the corrections that give it the roles the question has; ""
    for any other lane."""
    subject = unknown_subject(lane.label)
    if subject is None:
        return ""
    options = " or ".join(lane_option(lane.label, s.kind) for s in lane.suggestions) or lane_option(
        lane.label, "<kind>"
    )
    return (
        f"its question asks of '{subject}', whom canvasgen knows neither as the customer nor as the "
        f"organisation; if it asks of one of them, say so: {options}"
    )


def _negated(lane: Lane) -> str:
    """Why a lane whose label negates a question ("Wat doet de klant niet?") got no role: it asks the
    opposite of the role's question; with the correction that gives it that role all the same. "" for
    any other lane."""
    negation = negation_in(lane.label)
    if negation is None:
        return ""
    meant = " or ".join(f"'{s.label}'" for s in lane.suggestions)
    options = " or ".join(lane_option(lane.label, s.kind) for s in lane.suggestions) or lane_option(
        lane.label, "<kind>"
    )
    asks = f"the opposite of {meant}" if meant else "the opposite of a lane's question"
    return f"its question says '{negation}', so it asks {asks}; if it is that lane all the same, say so: {options}"


def _missing_core(journey: Journey) -> str | None:
    """What to say when core roles have no lane while lanes without a role hold text: which ``--lane``
    would give one of them that role (a lane whose label is close to that role's, or means it); when none
    is, the correction's form, never a role guessed for a label that does not mean it."""
    unroled = [lane for lane in journey.lanes if _unsaid(lane)]
    missing = [kind for kind in CORE_LANES if journey.lane(kind) is None and not _measured(journey, kind)]
    if not unroled or not missing:
        return None
    # a lane whose label is close to a missing role's: that correction; else the form, with no role guessed
    options = [
        lane_option(lane.label, kind)
        for kind in missing
        for lane in unroled
        if any(s.kind == kind for s in lane.suggestions)
    ]
    options = options or [lane_option(unroled[0].label, "<kind>")]
    names = ", ".join(f"'{_one_line(lane.label)}'" for lane in unroled)
    roles = " or ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing)
    return (
        f"journey '{excerpt(journey.name or journey.sheet)}': no lane has the {roles} role, and lanes without a role "
        f"hold text ({names}): if one of them is such a lane, say so, e.g. {' or '.join(options[:2])}"
    )


def _measured(journey: Journey, kind: LaneKind) -> bool:
    """Whether the journey measures its customer's experience another way than an experience lane: a score row
    (a client's "Hoe blij is de huurder (1-5)?" is its experience, no lane missing)."""
    return kind == LaneKind.EXPERIENCE and journey.lane(LaneKind.SCORE) is not None


def own_lane_text(lane: Lane) -> str:
    """What `check` says of a lane of its own canvasgen knows by its words (the customer's thoughts: "Gedanken",
    "Wat denkt Noor?"): kept apart from the feelings under the client's label, with the correction that
    draws it as the feelings all the same."""
    return (
        "thoughts: a lane of its own, shown under its label (a thought is no feeling); to draw it "
        f"as the feelings: {lane_option(lane.label, LaneKind.EMOTIONS)}"
    )


def actions_text(lane: Lane) -> str:
    """What `check` adds to a customer lane labelled "actions" of no one named ("Acties", "Aktionen"): read as
    the customer's, as a journey map's row of actions is, with the correction that makes it the organisation's;
    "" for any other lane."""
    if lane.kind != LaneKind.CUSTOMER or lane.role_by != RoleBy.SYNONYM or not is_actions_of_no_one(lane.label):
        return ""
    return (
        f"; '{excerpt(lane.label)}' says no one's actions: read as what the customer does — if they are the "
        f"organisation's actions, say so: {lane_option(lane.label, LaneKind.INTERNAL)}"
    )


def better_text(lane: Lane) -> str:
    """What `check` adds to an opportunities lane asking "Wat kan beter?" (``ALSO_LEARNING``): its words could
    mean the team's improvements too, so the correction that reads it so; "" for any other lane."""
    if lane.kind != LaneKind.OPPORTUNITIES or lane.role_by != RoleBy.QUESTION:
        return ""
    if question_key(lane.role_match or lane.label) not in _ALSO_LEARNING:
        return ""
    return (
        f"; '{excerpt(lane.label)}' read as what could be better for the customer, as canvasgen's template asks "
        f"it of its opportunities lane — if it is what the team improves, say so: "
        f"{lane_option(lane.label, LaneKind.LEARNING)}"
    )


_ALSO_LEARNING = frozenset(question_key(question) for question in ALSO_LEARNING)


def role_text(lane: Lane) -> str:
    """How a lane's role was decided, in words: "known label", "typo of 'Klantproces'", "question"."""
    by = lane.role_by
    if by == RoleBy.TYPO:
        return f"typo of '{lane.role_match}'"
    if by == RoleBy.PHRASE:  # a known label inside a longer one: said in check and --explain, with the correction
        return f"by the words '{lane.role_match}' in it; if it is another lane: {lane_option(lane.label, '<kind>')}"
    if by == RoleBy.QUESTION:
        return f"question '{lane.role_match}'" if lane.role_match and lane.role_match != lane.label else "question"
    if by == RoleBy.SYNONYM and lane.role_match:  # a department's name: what it is taken for, with the correction
        return f"{lane.role_match}; if it is another lane: {lane_option(lane.label, '<kind>')}"
    return {
        RoleBy.KNOWN: "known label",
        RoleBy.SYNONYM: "synonym",
        RoleBy.CONTENT: "by its content",
        RoleBy.TOOL_KIND: "by the export's lane kinds",
        RoleBy.CORRECTED: "corrected",
    }.get(by or RoleBy.NONE, "no role")


def _alike(first: Lane, lane: Lane) -> bool:
    """Lanes meant to share a role: sub-lanes of one group, or a blueprint's parts (front- and backstage)."""
    same_group = first.group is not None and first.group is lane.group
    return same_group or (blueprint_part(first.label) is not None and blueprint_part(lane.label) is not None)


def _one_line(label: str) -> str:
    """A lane's label as a message quotes it: on one line, a long one by its start (``text.excerpt``)."""
    return excerpt(label)


def by_tool_kind(role: RoleMatch, word: str | None) -> RoleMatch:
    """A lane whose label names no role, given the kind a journey tool writes for it ("touchpoints", "graph":
    the feelings); a label that names one keeps it, a correction wins."""
    if word is None or role.kind != CUSTOM_LANE or role.by != RoleBy.NONE:
        return role
    kind = tool_lane_kind(word)
    return RoleMatch(LaneKind(kind), RoleBy.TOOL_KIND) if kind is not None else role
