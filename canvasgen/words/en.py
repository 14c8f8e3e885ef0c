"""canvasgen's own words in English: every table here has its twin, with the same keys, in
the other language's module (a test checks it). Adding a language is adding one such module."""

from __future__ import annotations

#: Lane names, by lane kind.
LANE_LABELS: dict[str, str] = {
    "customer": "Customer process",
    "internal": "Internal process",
    "experience": "Experience",
    "score": "Experience score (-2 to +2)",
    "learning": "Learning goals & improvements",
    "touchpoints": "Touchpoints",
    "channels": "Channels",
    "emotions": "Emotions",
    "pain_points": "Pain points",
    "opportunities": "Opportunities",
    "kpis": "KPIs",
}

#: The score row's question with its scale, the template's -2..+2 or the team's own (``template --lanes``).
SCORE_PER_PHASE = "Score per phase: {low} (very dissatisfied) to {high} (very satisfied)."

#: The question each lane answers, by lane kind.
LANE_QUESTIONS: dict[str, str] = {
    "customer": "What does the customer do, and what do they experience?",
    "internal": "What must we do so that the customer can take the next step?",
    "experience": "How does the customer experience it? What goes well, what does not?",
    "score": SCORE_PER_PHASE.format(low="-2", high="+2"),
    "learning": "What do we want to learn, and what do we improve?",
    "touchpoints": "Where does the customer meet us?",
    "channels": "Through which channels (website, e-mail, social, ads, SMS, phone, event)?",
    "emotions": "What does the customer feel?",
    "pain_points": "Where does the customer get stuck or frustrated?",
    "opportunities": "Which opportunities do we see?",
    "kpis": "What do we measure in this phase?",
}

#: The questions earlier versions asked in their place (a template's lane comments still say them): sales-
#: funnel and gendered wording ("Hoe tevreden is hij?") the questions above replaced (#31).
EARLIER_LANE_QUESTIONS: tuple[str, ...] = (
    "What must we do to move the customer on to the next phase?",
    "How does the customer experience it? How satisfied are they?",
)

#: Labels of the template's metadata block.
META_LABELS: dict[str, str] = {
    "client": "Client",
    "journey": "Journey",
    "persona": "Persona",
    "version": "Version",
    "date": "Date",
    "scenario": "Scenario",
}

#: Words of the template workbook.
WORDS: dict[str, str] = {
    "mermaid_actors": "Actors",  # the lane of a Mermaid journey's actors
    "untitled_journey": "Customer journey",  # a journey's name when its workbook names it not (a sheet's default or file name)
    "canvas_sheet": "Journey",
    "notes_sheet": "Notes",
    "touchpoints_sheet": "Touchpoints",
    "personas_sheet": "Personas",
    "persona_role": "Role",  # the Personas sheet's role column outside a B2B buying group
    "metrics_sheet": "Metrics",
    "instructions_sheet": "Instructions",
    "heading": "Customer journey canvas",
    "phase": "Phase",
    "scenarios": "Ideal,Current",
    "yes_no_partly": "Yes,No,Partly",
    "yes_no": "Yes,No",
    "channels": "Website,E-mail,Social media,Ads,SMS,Phone,Event,Store,App",
    "list_error_title": "Not from the list",
    "list_error": "Choose a value from the list. Something else is allowed too: canvasgen reads it as text.",
    "unnamed_lane": "Lane {number}",
    "journey_of": "{journey} of {persona}",
    "persona_age": "age {age}",  # a persona's age read with no heading of its own ("Jan de Vries (45)")
    # a duration after a figure, "one|more": "1 dag", "14 dagen"
    "unit_s": "s|s",
    "unit_min": "min|min",
    "unit_h": "h|h",
    "unit_d": "day|days",
    "unit_wk": "week|weeks",
    # how a figure is written in the KPI lane, two examples: "name figure (target figure)"
    "kpi_example": "Waiting time 4 min (target 2 min)|Conversion 2.4% (target 3%)",
    "score_error_title": "No score from -2 to +2",
    "score_error": "Choose a score from -2 (bad) to +2 (good). canvasgen also reads ++ + 0 - --, 4/5, 80%, ★★★☆☆, 🙂 and good/neutral/bad.",
    "scale_error_title": "No score from {low} to {high}",
    "scale_error": "Choose a score from {low} (bad) to {high} (good).",
    "score_per_phase": SCORE_PER_PHASE,  # its scale's ends as {low} and {high}
}

#: Column headers of the Touchpoints sheet.
TOUCHPOINT_COLUMNS: tuple[str, ...] = (
    "Phase",
    "Touchpoint",
    "Channel",
    "Device & context",
    "Content / action",
    "Timing",
    "Owner",
    "Current (yes/no/partly)",
    "Ideal (yes/no)",
    "KPI",
    "Sales moment (yes/no)",
)

#: Column headers of the Personas sheet.
PERSONA_COLUMNS: tuple[str, ...] = (
    "Name",
    "Role in the buying group",
    "Goals",
    "Needs",
    "Frustrations",
    "Preferred channels",
    "Involved in phases",
)

#: Column headers of the Metrics sheet.
METRIC_COLUMNS: tuple[str, ...] = ("Phase", "Touchpoint", "Metric", "Value", "Target", "Period")

#: Lines of the template's instructions sheet.
INSTRUCTIONS: tuple[str, ...] = (
    "Instructions",
    "How to fill in the canvas",
    "1. At the top, fill in the client, the journey's name, the persona, the version, the date and the scenario (ideal or current).",
    "2. The phases run across the 'Phase' row. Rename them as you like, but give each phase a name of its own. Two adjacent columns with the same name are two steps of one phase.",
    "3. Write what happens per phase and per lane. Each line in a cell is a separate item (Alt+Enter for a new line); bullets are fine.",
    "4. In the '{row}' row, score each phase from {low} (very dissatisfied) to {high} (very satisfied); the emotion curve is drawn from it.",
    "5. List touchpoints in the 'Touchpoints' sheet and personas or the members of the buying group in the 'Personas' sheet.",
    "6. Draw the ideal journey first, then the current one (set the scenario to 'Ideal' or 'Current'); so they can be compared.",
    "7. Put measured figures (conversion rate, bounce rate, CTR, NPS, revenue, cost) per phase or touchpoint in the 'Metrics' sheet, with a target where you have one: they are shown under the phases, with whether the target was met. Cost per touchpoint makes the budget view.",
    "The lanes",
)

#: Channel names, by channel.
CHANNEL_NAMES: dict[str, str] = {
    "website": "Website",
    "email": "E-mail",
    "social": "Social media",
    "ads": "Ads",
    "sms": "SMS",
    "messaging": "Chat and messaging",
    "phone": "Phone",
    "event": "Event",
    "app": "App",
    "store": "Store",
    "post": "Post",
    "desk": "In person",
}

#: The poster's own words.
POSTER_WORDS: dict[str, str] = {
    "note_on": "on",  # a note with its place: "(on Demo & trial, score)"
    "empathy_map": "Empathy map",
    "continued_on": "→ continued on page {page}",
    "continued_short": "→ p. {page}",
    "continued": "Continued",
    "card_continued": "{heading} (continued)",
    "from_page": "from page {page}",
    "notes": "Notes from the workbook",
    "in_full": "Names in full",
    "touchpoints": "Touchpoints",
    "personas": "Personas",
    "appendix": "Appendix",
    "generated": "generated",
    "product": "Customer journey canvas",  # the footer's words when the brand kit gives none
    "subject": "Customer journey canvas from {source}",  # the PDF's Subject: the source file, in the canvas's language
    "page": "page {page} of {pages}",
    "scale": "({low} to {high})",
    "score": "Score",  # a score row without a label of its own
    "average_of": "average of {values}",  # a curve point of several scores of one phase
    "unscored_light": "no score",  # a grey status in the curve's key: "gray = no score"
    "now": "now",
    "ideal": "ideal",
    "no_sale": "not a sales moment",
    "tp_row": "{name}: {fields}",  # the touchpoint row's name and the fields its cards show
    "tp_timing": "timing",
    "tp_owner": "owner",
    "target": "target",
    "met": "met",
    "missed": "missed",
    "measured": "Measured KPIs",
    "aimed": "Aimed-for KPIs (ideal)",  # an ideal journey's own figures: where it means to be, not measured
    "budget": "Budget and return",
    "return": "return",
    "channels_by_phase": "Channels by phase",
    "roles_by_phase": "Buying group: involvement by phase",
    # the client's own word for the people of its persona sheets ("Betrokkenen"), where it has one
    "roles_by_phase_own": "{group}: involvement by phase",
    "roles_by_phase_neutral": "Involvement by phase",  # no buying group: a citizen's, a consumer's journey
    "persona_by_phase": "Persona: involvement by phase",
    # what a companion page holds, named in its title ("contactmomenten, kanalen en persona")
    "page_touchpoints": "touchpoints",
    "page_figures": "figures",
    "page_channels": "channels",
    "page_involved": "who is involved",
    "page_and": "and",  # before the last of them
    "compare": "Emotion curves compared",
    "line_interaction": "Line of interaction",
    "line_visibility": "Line of visibility",
    "line_internal": "Line of internal interaction",
    "metrics": "Metrics",
}

#: The deck's own words.
DECK_WORDS: dict[str, str] = {
    "empathy_map": "Empathy map",
    "n_empathy": "What does {name} think, hear, see and say? Ask the group what is missing, and which pain matters most.",
    "agenda": "Agenda",
    "time": "Time",
    "topic": "Topic",
    "minutes": "Minutes",
    "a_welcome": "Welcome and goal of the session",
    "a_persona": "The persona",
    "a_personas": "The personas",  # two or more persona slides
    "a_journey": "The journey, phase by phase",
    "a_curve": "The emotion curve",
    "a_pains": "Pain points and opportunities",
    "a_actions": "Improvement actions and owners",
    "a_exercise": "Exercise: the canvas per phase",
    # a later journey's review and exercise as one agenda line, where the agenda would not fit one slide
    "a_differs": "where it differs, then its canvas per phase",
    "a_others": "The other {count} journeys: where each differs, then their canvases",
    "a_roles": "The buying group: who is involved where",
    "a_roles_own": "{group}: who is involved where",
    "a_roles_neutral": "Who is involved where",
    "a_glance": "The journey at a glance",
    "a_touchpoints": "Touchpoints and channels",
    "a_figures": "Figures and budget",
    "per_phase": "{phases} phases × {minutes} min",
    "per_group": "{phases} phases in {groups} groups × {minutes} min",
    "a_close": "Wrap-up and next steps",
    "overview": "The journey at a glance",
    "glance_summary": "First item of each lane per phase; every item is on the phase slides.",
    "items": "items",
    "curve": "Emotion curve",
    # a traffic light's colour beside its value on the curve: its disc's colour alone is lost on some readers
    "light_green": "green",
    "light_yellow": "yellow",
    "light_orange": "orange",
    "light_red": "red",
    "compare": "Emotion curves compared",
    "n_compare": "Where do the curves part? What makes this persona or scenario experience the phase differently?",
    "personas": "Personas and buying group",
    "personas_own": "Personas and {group}",
    "personas_neutral": "Personas",
    "pains": "Pain points",
    "opportunities": "Opportunities",
    "pains_title": "Pain points and opportunities",
    "actions": "Improvement actions",
    "action": "Action",
    "owner": "Owner",
    "priority": "Priority",
    "priority_scored": "Priority (from the score)",  # priorities from the phases' scores
    "high": "High",
    "medium": "Medium",
    "low": "Low",
    "exercise": "Exercise",
    "q_customer": "What does the customer do?",
    "q_internal": "What must we do?",
    "q_experience": "How does the customer experience it?",
    "q_learning": "What do we improve?",
    "q_touchpoints": "Where does the customer meet us?",
    "q_channels": "Through which channel?",
    "q_emotions": "What does the customer feel?",
    "q_pain_points": "Where does the customer get stuck?",
    "q_opportunities": "What could be better here?",
    "q_kpis": "What do we measure here?",
    "q_lane": "What belongs here in this phase?",
    "q_score": "What score does the customer give this phase?",
    "q_persona": "Who is the customer, what do they want to achieve, what gets in their way?",
    "to_fill": "to be filled in during the session",
    "continued": "continued",
    "appendix": "Appendix",
    "notes": "Notes from the workbook",
    "in_full": "Names in full",
    "touchpoints": "Touchpoints",
    "prompt_pains": "Exercise: walk through the phases. Where does the customer drop out, wait or get annoyed? One pain point per sticky note, with its phase.",
    "prompt_opportunities": "Exercise: take the three biggest pain points. What would surprise or help the customer there? One opportunity per sticky note.",
    "prompt_actions": "Exercise: turn each opportunity into an action. Who owns it, when is it done, and how do we measure the effect?",
    "n_title": "Introduce the client and today's goal. Ask who knows the persona best.",
    "source_file": "Source file",
    "source_cell": "Source: sheet {sheet}, cell {cell}",
    "n_agenda": "Walk through the agenda and agree who keeps time. Park side tracks on a flip chart.",
    "n_overview": "Show the whole journey before zooming in. Ask: where do you think the biggest problem is?",
    "n_curve": "Discuss the dips in the curve: what happens there, and what would the customer need then?",
    "n_phase": "Ask per lane: what does the customer do in this phase, what must we do to move them on, how do they experience it (score!), and what do we improve? Add with yellow and pink sticky notes.",
    "n_phases": "Ask per lane: what does the customer do in these phases, what must we do to move them on, how do they experience it (score!), and what do we improve? Add with yellow and pink sticky notes.",
    "n_personas": "Who decides, who influences, who uses? Mark for each role the phases they take part in.",
    # no buying group (a consumer's, a citizen's journey): no questions of who decides
    "n_personas_neutral": "Read each persona aloud and ask: do we recognise this customer? What drives them, what holds them back? What do we not know yet?",
    "n_pains": "Pick the three pain points with the most impact together and pair each with an opportunity.",
    "n_actions": "Make every action concrete: who owns it, when is it done, how do we measure the effect?",
    "open_questions": "Questions to find out",
    "question": "Question",
    "n_questions": "Questions, not actions: who finds out, how, and by when? An answer may become an action.",
    "n_priority": "Priority follows the phase's score: high where the customer experiences the phase badly, low where well; a phase without a score gets none (agree on it in the session).",
    "n_review": "Now {journey}: walk through where this journey differs from the first, in about {minutes} minutes (the glance, the curve, the phases that differ); then its exercise.",
    "n_exercise": "Let the group fill the canvas for this phase in {minutes} minutes: one idea per sticky note, then cluster and prioritise.",
    "n_exercise_group": "Let the group fill the canvas for these phases in {minutes} minutes: one idea per sticky note, then cluster and prioritise.",
    "n_appendix": "Background for the session: touchpoints, personas and notes from the workbook.",
    "persona": "Persona",
    "roles": "Buying group: who is involved where",
    "roles_own": "{group}: who is involved where",
    "roles_neutral": "Who is involved where",
    "n_roles": "Go through the phases per role: who decides where, and whom are we missing in which phase?",
    "n_persona": "Read the persona aloud and ask: do we recognise this? What do we not know yet?",
    "tp_title": "Touchpoints",
    "n_tp": "Which touchpoints do we not serve today that we ideally should? Those are the first improvements.",
    "channels_title": "Channels by phase",
    "n_channels": "Where does a phase rely on one channel? Which channels does the customer use, and are we there?",
    "kpi_title": "Measured KPIs",
    "kpi_title_aimed": "Aimed-for KPIs (ideal)",
    "kpi_chart": "Measured against target",
    "kpi_chart_untargeted": "Measured",  # figures without any target: no "against target"
    "kpi_chart_aimed": "Aim against target",
    "not_charted": "Also measured",
    "shared_figures": "Also this journey's figures, shown in the section of {who}",
    "n_kpi": "Start with the missed targets: in which phase is the problem, and what does the journey say?",
    "measured": "Measured",
    "aimed": "Aim",
    "target": "Target",
    "budget_title": "Budget and return",
    "budget_spent": "Budget",  # a budget slide that shows no return: not titled "... and return"
    "n_budget": "Which media bring in the most per euro? Where do we move budget to?",
    "spend": "Spend",
    "per_channel": "per channel",
}

#: Words of the gap analysis (terminal, PDF, slides).
GAP_WORDS: dict[str, str] = {
    "missing": "Missing today (start)",
    "without": "No effect on the ideal journey (stop?)",
    "left_behind": "Not in the ideal journey (today's customer step)",  # today's customer steps the ideal journey no longer has
    "pairs": "Paired (ideal ← current, similarity)",
    "same": "{count} items the same in both",
    "same_one": "1 item the same in both",
    "not_compared": "Not compared",
    "empty_ideal": "empty in the whole ideal journey: no proposals to stop",
    "kind_both": "in both journeys; the gap analysis compares the customer process, the internal process, touchpoints and channels",
    "kind_ideal": "only in the ideal journey; the gap analysis compares the customer process, the internal process, touchpoints and channels",
    "kind_current": "only in the current journey; the gap analysis compares the customer process, the internal process, touchpoints and channels",
    "kind_empty_ideal": "empty in the ideal journey (its lane is there, nothing written in it); the gap analysis compares the customer process, the internal process, touchpoints and channels",
    "kind_empty_current": "empty in the current journey (its lane is there, nothing written in it); the gap analysis compares the customer process, the internal process, touchpoints and channels",
    "unpaired_ideal": "only in the ideal journey: the current journey has other lanes of its kind, none of this name; give the lane the same name in both to compare it",
    "unpaired_current": "only in the current journey: the ideal journey has other lanes of its kind, none of this name; give the lane the same name in both to compare it",
    "experience": "Experience",  # the score row's label where it has none
    "score": "{label}: current {current} → ideal {ideal}",
    "same_deed": "under the threshold of {threshold}, paired all the same: both begin with '{verb}' and are the only items left in this phase and lane — the same deed, done otherwise",
    "actions": "Action points",
    "unaligned": "Phases that could not be aligned",
    "start": "start",
    "stop": "stop",
    "stop?": "stop?",
    "unfilled": "stop? (empty in the ideal)",
    "improve": "improve",
    "high": "high",
    "medium": "medium",
    "low": "low",
    "title": "Gap analysis: ideal against current",
    "title_same": "Gap analysis: {scenario} against {scenario} — both journeys say '{scenario}', this is not ideal against current",
    "method": "Items were paired when their texts were at least {threshold} alike.",
    "basis": "Priority: start and improve rank higher with the phase's score gap and when the phase is experienced badly today; a \"stop?\" is a guess and never ranks higher for the score gap: low, medium for the company's own process in a phase experienced badly today, never more for a touchpoint or channel (a review site or platform may not be the company's to stop).",
    "unscored": "Neither journey has a score per phase (no score row read): the priorities here do not rest on a score gap, and the experience is not compared.",
    "changes": "What changed",
    # the terminal's report: which file is which, how alike items must be, what was said once
    "report_ideal": "ideal",
    "report_current": "current",
    "report_threshold": "similarity threshold",
    "scales": "scores: ideal on {ideal}, current on {current}",
    "scales_differ": "the two journeys score on different scales (ideal {ideal}, current {current}): each phase's scores are compared as a share of their own scale, the difference given on the current scale; write both on one scale to compare them as written",
    "said_once": "Said once, as the Touchpoints sheet says it (the same touchpoint on the same channel)",
    "pair_heading": "{ideal} (ideal) with {current} (current) — {how}",
    "pair_named": "'{name}' (sheet '{sheet}')",
    "paired_name": "paired by name",
    "paired_persona": "paired by persona",
    "paired_sheet": "paired by sheet name",
    "paired_only": "the only journey of each",
    "paired_first": "the first marked ideal and the first marked current",
    "shared_actions": "Every pair's, from the Touchpoints sheet (said once)",
}

#: Words of the 'what changed' report.
DIFF_WORDS: dict[str, str] = {
    "journeys": "Journeys",
    "journey_added": "journey added",
    "journey_removed": "journey removed",
    "phase_added": "phase added",
    "phase_removed": "phase removed",
    "lane_added": "lane added",
    "lane_removed": "lane removed",
    "renamed": "phase renamed",
    "phases_reordered": "order of the phases changed",
    "score": "score",
    "added": "added",
    "removed": "removed",
    "in_journeys": "in the journeys {journeys}",  # a cell several journeys show, its change said once
    "moved": "moved",
    "reworded": "reworded",
    "changed": "changed",
    "similarity": "similarity",
    "by_position": "rewritten in the same place",  # a card rewritten past likeness, paired by its place
    "none": "no changes",
    "figures": "Measured figures",
    "target": "target",
    "met": "met",
    "missed": "missed",
    "new_figure": "new",
    "gone": "no longer measured",
    "touchpoints": "Touchpoints",
    "personas": "Personas",
    "record_renamed": "renamed",
}

#: Sheet names and headers of the gap report workbook.
GAP_SHEETS: dict[str, str] = {
    "actions": "Actions",
    "missing": "Missing today",
    "without": "Without effect",
    "left_behind": "Not in the ideal",
    "pairs": "Paired",
    "scores": "Scores",
    "phase": "Phase",
    "action": "Action",
    "kind": "Kind",
    "priority": "Priority",
    "owner": "Owner",
    "status": "Status",
    "cell": "Cell",
    "lane": "Lane",
    "item": "Item",
    "ideal": "Ideal",
    "current": "Current",
    "similarity": "Similarity",
    "pair_why": "Why paired",
    "gap": "Difference",
    "statuses": "Open,In progress,Done,Dropped",
    "lists": "Choice lists",
}

#: Headers of the deck's touchpoint, channel, role and figure tables.
TABLE_HEADERS: dict[str, str] = {
    "phase": "Phase",
    "touchpoint": "Touchpoint",
    "channel": "Channel",
    "timing": "Timing",
    "owner": "Owner",
    "now": "Now",
    "ideal": "Ideal",
    "sale": "Sales moment",
    "metric": "Metric",
    "value": "Value",
    "target": "Target",
    "result": "Result",
    "period": "Period",
    "spend": "Spend",
    "revenue": "Revenue",
    "serves": "Brings in",
    "role": "Role",
    "measured": "Measured",
}

#: The phases of each journey model the template offers.
PHASE_MODELS: dict[str, tuple[str, ...]] = {
    "five": ("Awareness", "Interest", "Consideration", "Purchase", "Service & loyalty"),
    "b2b7": (
        "Orientation",
        "Trigger",
        "Initial consideration",
        "Active evaluation",
        "Purchase decision",
        "Experience",
        "Loyalty",
    ),
    "five-a": ("Attention", "Assessment", "Action", "Always", "Advocacy"),
}

#: Metric names offered in the Metrics sheet's drop-down.
METRIC_NAMES: tuple[str, ...] = (
    "Conversion rate",
    "Bounce rate",
    "CTR",
    "Cart abandonment",
    "NPS",
    "Retention",
    "Revenue",
    "Cost",
)

#: The emotion curve in words (speaker notes, the poster's alternative text).
CURVE_WORDS = {
    "extremes": "The customer experiences {low} worst ({low_v}) and {high} best ({high_v}).",
    # the lowest score is no bad one (at or above the scale's middle): not "worst"
    "extremes_mild": "The customer experiences {low} least well ({low_v}) and {high} best ({high_v}).",
    "and": "and",
    "flat": "The customer experiences every phase alike ({value}).",
    "drop": "The biggest drop is from '{a}' to '{b}' ({a_v} to {b_v}).",
    "drop_over": "The biggest drop is from '{a}' to '{b}' ({a_v} to {b_v}), with no score in between ({between}).",
    "no_drop": "The score drops nowhere in the journey.",
    "none": "No scores are filled in.",
}

#: The workshop kit: the changes sheet, the handouts, the cards and the tiled poster.
#: The actions a row of the changes sheet may name, with their common synonyms (the first is the drop-down's), comma-separated.
KIT_ACTIONS: dict[str, str] = {
    "keep": "keep, kept, unchanged",
    "change": "change, edit, changed, edited, rewrite, rewritten, update, updated, modify, modified",
    "remove": "remove, delete, removed, deleted, drop, dropped, erase, erased, strike, struck",
}

KIT_WORDS = {
    "col_id": "ID",
    "col_phase": "Phase",
    "col_lane": "Lane",
    "col_text": "Text",
    "col_action": "Action",
    "col_new": "New text",
    "col_note": "Note",
    "note_removed_card": "Card removed from {lane}: '{card}'",  # heads the team's note on a removed card, kept as a comment
    "keep": "keep",
    "change": "change",
    "remove": "remove",
    "action_error_title": "Action",
    "action_error": "Choose keep, change or remove (also: edit; delete; or houden, wijzigen, weg and their synonyms).",
    "changes_sheet": "Changes",
    "lists_sheet": "Lists",
    "changes_help": "After the session, give each card its action: keep, change (with the new text) or remove. "
    "New cards: below the line, without an ID, with phase, lane and text. "
    "A text typed in one cell is one card, even with '; ' in it; a new line (Alt+Enter) starts another card.",
    "changes_legend": "Actions — keep: the card stays as it is · change: write the new text under "
    "‘New text’ · remove: the card leaves the canvas. An empty action is keep.",
    "scores_key": "Scores (ID ending in -SC): write the new score itself under ‘New text’, on the scale {scale}: e.g. {example}.",  # on the changes sheet: how a score row's new score is written
    "scores_plain": "; not +1 or -1 (the scale has no plus and minus)",  # after scores_key's example on a scale with no signs (1..5)
    "journeys_key": "R1, R2 before a phase say which journey: {key}.",  # on the changes sheet of several journeys: what R1, R2 stand for
    "shared_key": "One cell that several journeys share is one row, under the first of them; its change is every journey's: {cards}.",  # on the changes sheet: cards of a cell shared by journeys (a stage list's)
    "new_cards": "New cards",
    "continued": "continued",
    "blank": "New idea",
    "handout_kicker": "Break-out worksheet",
    "already": "What the canvas already says",
    "nothing_yet": "Nothing yet: start here.",
    "see_near": "No lane of the canvas asks this; see also {lanes} (below).",
    "write_here": "Your additions",
    "name_card": "Persona",  # the band of a persona's name card (its name is the card's text)
    "vote_title": "Dot voting: which improvements first?",
    "vote_help": "Everyone places three dots, on one or more improvements.",
    "vote_questions": "Questions to find out (not voted on: answer them first)",
    "votes": "Votes",
    "tp_now": "now",
    "tp_ideal": "ideal",
    "tp_kpi": "measured by",
    "tp_sale": "sales moment",
    "tp_no_sale": "not a sales moment",
    "tiles_title": "Poster in sheets",
    "cards_title": "Cards",  # the cards PDF's title, as a viewer's title bar shows it
    "handouts_title": "Handouts",  # the handouts PDF's title
    "tiles_summary": "{poster} poster on {n} {paper} sheets: {cols} columns × {rows} rows",
    "tiles_skipped": "Not printed, as there is nothing on them: {labels} (leave their place open).",
    "tiles_step1": "Print at actual size (100 %, not ‘fit to page’).",
    "tiles_step2": "Trim each sheet's left and top edge along the corner marks of the picture "
    "(not the left edge in column A, not the top edge in row 1).",
    "tiles_step3": "Lay the sheets out as on the map below: letters are columns, numbers are rows.",
    "tiles_step4": "Lay each sheet over its neighbours to the left and above, its trimmed edge on the ticks by "
    "their grey bar, and tape it down.",
    "tile_sheet": "sheet {n} of {total} · column {col}, row {row}",
    "tile_hint": "Grey bar: the neighbouring sheet goes over it, its trimmed edge on the tick. "
    "Trim the left and top edge along the corner marks.",
}

#: Words of the web page that canvasgen's own sentences name (its panel of reading fields).
PAGE_WORDS: dict[str, str] = {
    "gaps_journey": "Only the journey of (name, persona or sheet; empty: every journey with its partner)",  # the gaps tab's field of --journey
    "reading": "Adjust the reading",
    "lane_kinds": "What a lane is, one per line",  # the page's label of the --lane field
    "title": "The map's title, instead of the workbook's (one journey)",  # the page's label of the --title field
    "tab_build": "Poster and deck",
    "tab_kit": "Workshop kit",
    "tab_apply": "Apply changes",
    "workbook": "Workbook",
    "metrics": "Figures",
    "canvas": "Workbook of the session",
    "changes": "Filled-in changes sheet",
    "no_notes": "Without notes (the team's comments)",  # the build tab's box that leaves the notes off
}
