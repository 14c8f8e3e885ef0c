"""canvasgen's own words in Dutch: every table here has its twin, with the same keys, in
the other language's module (a test checks it). Adding a language is adding one such module."""

from __future__ import annotations

#: Lane names, by lane kind.
LANE_LABELS: dict[str, str] = {
    "customer": "Klantproces",
    "internal": "Intern proces",
    "experience": "Ervaring",
    "score": "Ervaringsscore (-2 t/m +2)",
    "learning": "Leerdoelen & verbeteringen",
    "touchpoints": "Contactmomenten",
    "channels": "Kanalen",
    "emotions": "Emoties",
    "pain_points": "Pijnpunten",
    "opportunities": "Kansen",
    "kpis": "KPI's",
}

#: The score row's question with its scale, the template's -2..+2 or the team's own (``template --lanes``).
SCORE_PER_PHASE = "Score per fase: {low} (zeer ontevreden) tot {high} (zeer tevreden)."

#: The question each lane answers, by lane kind.
LANE_QUESTIONS: dict[str, str] = {
    "customer": "Wat doet de klant in deze fase, en wat komt daarbij kijken?",
    "internal": "Wat moeten wij doen zodat de klant verder kan?",
    "experience": "Hoe ervaart de klant het? Wat gaat goed, wat niet?",
    "score": SCORE_PER_PHASE.format(low="-2", high="+2"),
    "learning": "Wat willen we leren, en wat verbeteren we?",
    "touchpoints": "Waar komt de klant met ons in contact?",
    "channels": "Via welke kanalen (website, e-mail, social, advertenties, sms, telefoon, evenement)?",
    "emotions": "Wat voelt de klant?",
    "pain_points": "Waar loopt de klant vast of gaat het mis?",
    "opportunities": "Welke kansen zien we?",
    "kpis": "Wat meten we in deze fase?",
}

#: The questions earlier versions asked in their place (a template's lane comments still say them): sales-
#: funnel and gendered wording ("Hoe tevreden is hij?") the questions above replaced (#31).
EARLIER_LANE_QUESTIONS: tuple[str, ...] = (
    "Wat doet de klant, en wat beleeft hij daarbij?",
    "Wat moeten wij doen om de klant naar de volgende fase te brengen?",
    "Hoe ervaart de klant het? Hoe tevreden is hij?",
    "Waar loopt de klant vast of raakt hij gefrustreerd?",
)

#: Labels of the template's metadata block.
META_LABELS: dict[str, str] = {
    "client": "Klant",
    "journey": "Klantreis",
    "persona": "Persona",
    "version": "Versie",
    "date": "Datum",
    "scenario": "Scenario",
}

#: Words of the template workbook.
WORDS: dict[str, str] = {
    "mermaid_actors": "Actoren",  # the lane of a Mermaid journey's actors
    "untitled_journey": "Klantreis",  # a journey's name when its workbook names it not (a sheet's default or file name)
    "canvas_sheet": "Klantreis",
    "notes_sheet": "Notities",
    "touchpoints_sheet": "Contactmomenten",
    "personas_sheet": "Personas",
    "persona_role": "Rol",  # the Personas sheet's role column outside a B2B buying group
    "metrics_sheet": "Metingen",
    "instructions_sheet": "Instructies",
    "heading": "Klantreiscanvas",
    "phase": "Fase",
    "scenarios": "Ideaal,Huidig",
    "yes_no_partly": "Ja,Nee,Deels",
    "yes_no": "Ja,Nee",
    "channels": "Website,E-mail,Social media,Advertenties,SMS,Telefoon,Evenement,Winkel,App",
    "list_error_title": "Niet uit de lijst",
    "list_error": "Kies een waarde uit de lijst. Iets anders mag ook: canvasgen leest het als tekst.",
    "unnamed_lane": "Baan {number}",
    "journey_of": "{journey} van {persona}",
    "persona_age": "{age} jaar",  # a persona's age read with no heading of its own ("Jan de Vries (45)")
    # a duration after a figure, "one|more": "1 dag", "14 dagen"
    "unit_s": "sec|sec",
    "unit_min": "min|min",
    "unit_h": "uur|uur",
    "unit_d": "dag|dagen",
    "unit_wk": "week|weken",
    # how a figure is written in the KPI lane, two examples: "name figure (target figure)"
    "kpi_example": "Wachttijd 4 min (doel 2 min)|Conversie 2,4% (doel 3%)",
    "score_error_title": "Geen score van -2 tot +2",
    "score_error": "Kies een score van -2 (slecht) tot +2 (goed). canvasgen leest ook ++ + 0 - --, 4/5, 80%, ★★★☆☆, 🙂 en goed/neutraal/slecht.",
    "scale_error_title": "Geen score van {low} tot {high}",
    "scale_error": "Kies een score van {low} (slecht) tot {high} (goed).",
    "score_per_phase": SCORE_PER_PHASE,  # its scale's ends as {low} and {high}
}

#: Column headers of the Touchpoints sheet.
TOUCHPOINT_COLUMNS: tuple[str, ...] = (
    "Fase",
    "Contactmoment",
    "Kanaal",
    "Apparaat & context",
    "Inhoud / actie",
    "Timing",
    "Eigenaar",
    "Huidig (ja/nee/deels)",
    "Ideaal (ja/nee)",
    "KPI",
    "Verkoopmoment (ja/nee)",
)

#: Column headers of the Personas sheet.
PERSONA_COLUMNS: tuple[str, ...] = (
    "Naam",
    "Rol in de inkoopgroep",
    "Doelen",
    "Behoeften",
    "Frustraties",
    "Voorkeurskanalen",
    "Betrokken in fasen",
)

#: Column headers of the Metrics sheet.
METRIC_COLUMNS: tuple[str, ...] = ("Fase", "Contactmoment", "Metriek", "Waarde", "Doel", "Periode")

#: Lines of the template's instructions sheet.
INSTRUCTIONS: tuple[str, ...] = (
    "Instructies",
    "Zo vul je het canvas in",
    "1. Vul bovenaan de klant, de naam van de klantreis, de persona, de versie, de datum en het scenario (ideaal of huidig) in.",
    "2. De fasen staan naast elkaar in de rij 'Fase'. Je mag ze hernoemen, maar geef elke fase een eigen naam. Twee kolommen naast elkaar met dezelfde naam zijn twee stappen van één fase.",
    "3. Schrijf per fase en per baan wat er gebeurt. Elke regel in een cel is een apart item (Alt+Enter voor een nieuwe regel); opsommingstekens mogen.",
    "4. Geef in de rij '{row}' per fase een score van {low} (zeer ontevreden) tot {high} (zeer tevreden); daaruit komt de emotiecurve.",
    "5. Zet contactmomenten in het blad 'Contactmomenten' en personas of de leden van de inkoopgroep in het blad 'Personas'.",
    "6. Teken eerst de ideale klantreis, daarna de huidige (zet het scenario op 'Ideaal' of 'Huidig'); zo zijn ze te vergelijken.",
    "7. Zet gemeten cijfers (conversie, bouncepercentage, CTR, NPS, omzet, kosten) per fase of contactmoment in het blad 'Metingen', met een doel als je dat hebt: ze komen onder de fasen te staan, met of het doel gehaald is. Kosten per contactmoment vormen het budgetoverzicht.",
    "De banen",
)

#: Channel names, by channel.
CHANNEL_NAMES: dict[str, str] = {
    "website": "Website",
    "email": "E-mail",
    "social": "Social media",
    "ads": "Advertenties",
    "sms": "SMS",
    "messaging": "Chat en berichtenapps",
    "phone": "Telefoon",
    "event": "Evenement",
    "app": "App",
    "store": "Winkel",
    "post": "Post",
    "desk": "Balie",
}

#: The poster's own words.
POSTER_WORDS: dict[str, str] = {
    "note_on": "bij",  # a note with its place: "(on Demo & trial, score)"
    "empathy_map": "Empathiekaart",
    "continued_on": "→ vervolg op pagina {page}",
    "continued_short": "→ p. {page}",
    "continued": "Vervolg",
    "card_continued": "{heading} (vervolg)",
    "from_page": "van pagina {page}",
    "notes": "Notities uit de werkmap",
    "in_full": "Namen voluit",
    "touchpoints": "Contactmomenten",
    "personas": "Persona's",
    "appendix": "Bijlage",
    "generated": "gemaakt op",
    "product": "Klantreiscanvas",  # the footer's words when the brand kit gives none
    "subject": "Klantreiscanvas uit {source}",  # the PDF's Subject: the source file, in the canvas's language
    "page": "pagina {page} van {pages}",
    "scale": "({low} t/m {high})",
    "score": "Score",  # a score row without a label of its own
    "average_of": "gemiddelde van {values}",  # a curve point of several scores of one phase
    "unscored_light": "geen score",  # a grey status in the curve's key: "gray = geen score"
    "now": "nu",
    "ideal": "ideaal",
    "no_sale": "geen verkoopmoment",
    "tp_row": "{name}: {fields}",  # the touchpoint row's name and the fields its cards show
    "tp_timing": "timing",
    "tp_owner": "eigenaar",
    "target": "doel",
    "met": "gehaald",
    "missed": "niet gehaald",
    "measured": "Gemeten KPI's",
    "aimed": "Streefcijfers (ideaal)",  # an ideal journey's own figures: where it means to be, not measured
    "budget": "Budget en rendement",
    "return": "rendement",
    "channels_by_phase": "Kanalen per fase",
    "roles_by_phase": "Inkoopgroep: betrokken per fase",
    # the client's own word for the people of its persona sheets ("Betrokkenen"), where it has one
    "roles_by_phase_own": "{group}: betrokken per fase",
    "roles_by_phase_neutral": "Betrokken per fase",  # no buying group: a citizen's, a consumer's journey
    "persona_by_phase": "Persona: betrokken per fase",
    # what a companion page holds, named in its title ("contactmomenten, kanalen en persona")
    "page_touchpoints": "contactmomenten",
    "page_figures": "cijfers",
    "page_channels": "kanalen",
    "page_involved": "betrokkenen",
    "page_and": "en",  # before the last of them
    "compare": "Emotiecurves vergeleken",
    "line_interaction": "Lijn van interactie",
    "line_visibility": "Lijn van zichtbaarheid",
    "line_internal": "Lijn van interne interactie",
    "metrics": "Metingen",
}

#: The deck's own words.
DECK_WORDS: dict[str, str] = {
    "empathy_map": "Empathiekaart",
    "n_empathy": "Wat denkt, hoort, ziet en zegt {name}? Vraag de groep wat er mist, en welk pijnpunt het zwaarst weegt.",
    "agenda": "Agenda",
    "time": "Tijd",
    "topic": "Onderdeel",
    "minutes": "Minuten",
    "a_welcome": "Welkom en doel van de sessie",
    "a_persona": "De persona",
    "a_personas": "De persona's",  # two or more persona slides
    "a_journey": "De klantreis, fase voor fase",
    "a_curve": "De emotiecurve",
    "a_pains": "Pijnpunten en kansen",
    "a_actions": "Verbeteracties en eigenaren",
    "a_exercise": "Oefening: het canvas per fase",
    # a later journey's review and exercise as one agenda line, where the agenda would not fit one slide
    "a_differs": "waar deze afwijkt, dan het canvas per fase",
    "a_others": "De andere {count} klantreizen: waar elk afwijkt, dan hun canvassen",
    "a_roles": "De inkoopgroep: wie is waar betrokken",
    "a_roles_own": "{group}: wie is waar betrokken",
    "a_roles_neutral": "Wie is waar betrokken",
    "a_glance": "De klantreis in één oogopslag",
    "a_touchpoints": "Contactmomenten en kanalen",
    "a_figures": "Cijfers en budget",
    "per_phase": "{phases} fasen × {minutes} min",
    "per_group": "{phases} fasen in {groups} groepen × {minutes} min",
    "a_close": "Afsluiting en vervolgafspraken",
    "overview": "De klantreis in één oogopslag",
    "glance_summary": "Per fase het eerste punt van elke baan; alle punten staan op de faseslides.",
    "items": "items",
    "curve": "Emotiecurve",
    # a traffic light's colour beside its value on the curve: its disc's colour alone is lost on some readers
    "light_green": "groen",
    "light_yellow": "geel",
    "light_orange": "oranje",
    "light_red": "rood",
    "compare": "Emotiecurves vergeleken",
    "n_compare": "Waar lopen de curves uiteen? Wat maakt dat deze persona of dit scenario de fase anders beleeft?",
    "personas": "Persona's en inkoopgroep",
    "personas_own": "Persona's en {group}",
    "personas_neutral": "Persona's",
    "pains": "Pijnpunten",
    "opportunities": "Kansen",
    "pains_title": "Pijnpunten en kansen",
    "actions": "Verbeteracties",
    "action": "Actie",
    "owner": "Eigenaar",
    "priority": "Prioriteit",
    "priority_scored": "Prioriteit (uit de score)",  # priorities from the phases' scores
    "high": "Hoog",
    "medium": "Midden",
    "low": "Laag",
    "exercise": "Oefening",
    "q_customer": "Wat doet de klant?",
    "q_internal": "Wat moeten wij doen?",
    "q_experience": "Hoe ervaart de klant het?",
    "q_learning": "Wat verbeteren we?",
    "q_touchpoints": "Waar komt de klant ons tegen?",
    "q_channels": "Via welk kanaal?",
    "q_emotions": "Wat voelt de klant?",
    "q_pain_points": "Waar loopt de klant vast?",
    "q_opportunities": "Wat kan hier beter?",
    "q_kpis": "Wat meten we hier?",
    "q_lane": "Wat hoort hier in deze fase?",
    "q_score": "Welke score geeft de klant deze fase?",
    "q_persona": "Wie is de klant, wat wil de klant bereiken en wat staat daarbij in de weg?",
    "to_fill": "nog in te vullen in de sessie",
    "continued": "vervolg",
    "appendix": "Bijlage",
    "notes": "Notities uit de werkmap",
    "in_full": "Namen voluit",
    "touchpoints": "Contactmomenten",
    "prompt_pains": "Oefening: loop de fasen langs. Waar haakt de klant af, waar wordt gewacht, waar ontstaat ergernis? Eén pijnpunt per post-it, met de fase erop.",
    "prompt_opportunities": "Oefening: kies de drie grootste pijnpunten. Wat zou de klant daar verrassen of helpen? Eén kans per post-it.",
    "prompt_actions": "Oefening: maak van elke kans een actie. Wie is eigenaar, wanneer is het klaar en hoe meten we het effect?",
    "n_title": "Stel de opdrachtgever en het doel van vandaag voor. Vraag wie de persona het best kent.",
    "source_file": "Bronbestand",
    "source_cell": "Bron: blad {sheet}, cel {cell}",
    "n_agenda": "Loop de agenda door en spreek af wie de tijd bewaakt. Parkeer zijpaden op een flap.",
    "n_overview": "Laat de hele reis zien voordat je inzoomt. Vraag: waar zit volgens jullie het grootste probleem?",
    "n_curve": "Bespreek de dalen in de curve: wat gebeurt daar, en wat zou de klant dan nodig hebben?",
    "n_phase": "Vraag per baan: wat doet de klant in deze fase, wat moeten wij doen zodat de klant verder kan, hoe ervaart de klant het (score!), en wat verbeteren we? Vul aan met gele en roze post-its.",
    "n_phases": "Vraag per baan: wat doet de klant in deze fasen, wat moeten wij doen zodat de klant verder kan, hoe ervaart de klant het (score!), en wat verbeteren we? Vul aan met gele en roze post-its.",
    "n_personas": "Wie beslist, wie beïnvloedt, wie gebruikt? Markeer per rol in welke fasen die rol meedoet.",
    # no buying group (a consumer's, a citizen's journey): no questions of who decides
    "n_personas_neutral": "Lees elke persona voor en vraag: herkennen we deze klant? Wat drijft deze klant, wat houdt de klant tegen? Wat weten we nog niet?",
    "n_pains": "Kies samen de drie pijnpunten met de meeste impact en koppel er een kans aan.",
    "n_actions": "Maak elke actie concreet: wie is eigenaar, wanneer is het klaar, hoe meten we het effect?",
    "open_questions": "Uit te zoeken vragen",
    "question": "Vraag",
    "n_questions": "Vragen, geen acties: wie zoekt het uit, hoe, en wanneer? Een antwoord kan een actie worden.",
    "n_priority": "De prioriteit volgt de score van de fase: hoog waar de klant de fase slecht beleeft, laag waar goed; een fase zonder score krijgt er geen (spreek die af in de sessie).",
    "n_review": "Nu {journey}: loop in zo'n {minutes} minuten door waar deze klantreis afwijkt van de eerste (het overzicht, de curve, de fasen die anders zijn); daarna de oefening.",
    "n_exercise": "Laat de groep in {minutes} minuten het canvas voor deze fase vullen: één idee per post-it, daarna clusteren en prioriteren.",
    "n_exercise_group": "Laat de groep in {minutes} minuten het canvas voor deze fasen vullen: één idee per post-it, daarna clusteren en prioriteren.",
    "n_appendix": "Achtergrond bij de sessie: contactmomenten, persona's en notities uit de werkmap.",
    "persona": "Persona",
    "roles": "Inkoopgroep: wie is waar betrokken",
    "roles_own": "{group}: wie is waar betrokken",
    "roles_neutral": "Wie is waar betrokken",
    "n_roles": "Loop per rol de fasen langs: wie beslist waar, en wie missen we nog in welke fase?",
    "n_persona": "Lees de persona voor en vraag: herkennen we dit? Wat weten we nog niet?",
    "tp_title": "Contactmomenten",
    "n_tp": "Welke contactmomenten bedienen we nu niet, terwijl dat ideaal wel zou moeten? Dat zijn de eerste verbeterkansen.",
    "channels_title": "Kanalen per fase",
    "n_channels": "Waar leunt een fase op één kanaal? Welke kanalen zet de klant in, en zijn wij daar?",
    "kpi_title": "Gemeten KPI's",
    "kpi_title_aimed": "Streefcijfers (ideaal)",
    "kpi_chart": "Gemeten tegen doel",
    "kpi_chart_untargeted": "Gemeten",  # figures without any target: no "against target"
    "kpi_chart_aimed": "Streefcijfer tegen doel",
    "not_charted": "Ook gemeten",
    "shared_figures": "Ook cijfers van deze klantreis, getoond in het deel van {who}",
    "n_kpi": "Begin bij de gemiste doelen: in welke fase zit het probleem, en wat zegt de klantreis erover?",
    "measured": "Gemeten",
    "aimed": "Streefcijfer",
    "target": "Doel",
    "budget_title": "Budget en rendement",
    "budget_spent": "Budget",  # a budget slide that shows no return: not titled "... and return"
    "n_budget": "Welke media leveren het meeste op per euro? Waar schuiven we budget naartoe?",
    "spend": "Besteed",
    "per_channel": "per kanaal",
}

#: Words of the gap analysis (terminal, PDF, slides).
GAP_WORDS: dict[str, str] = {
    "missing": "Ontbreekt nu (starten)",
    "without": "Zonder effect op de ideale reis (stoppen?)",
    "left_behind": "Niet meer in de ideale reis (klantstap van nu)",  # today's customer steps the ideal journey no longer has
    "pairs": "Gekoppeld (ideaal ← huidig, gelijkenis)",
    "same": "{count} items gelijk in beide",
    "same_one": "1 item gelijk in beide",
    "not_compared": "Niet vergeleken",
    "empty_ideal": "leeg in de hele ideale reis: geen voorstellen om te stoppen",
    "kind_both": "in beide reizen; de gap-analyse vergelijkt het klantproces, het interne proces, contactmomenten en kanalen",
    "kind_ideal": "alleen in de ideale reis; de gap-analyse vergelijkt het klantproces, het interne proces, contactmomenten en kanalen",
    "kind_current": "alleen in de huidige reis; de gap-analyse vergelijkt het klantproces, het interne proces, contactmomenten en kanalen",
    "kind_empty_ideal": "leeg in de ideale reis (de baan staat er, er is niets in geschreven); de gap-analyse vergelijkt het klantproces, het interne proces, contactmomenten en kanalen",
    "kind_empty_current": "leeg in de huidige reis (de baan staat er, er is niets in geschreven); de gap-analyse vergelijkt het klantproces, het interne proces, contactmomenten en kanalen",
    "unpaired_ideal": "alleen in de ideale reis: de huidige reis heeft andere banen van deze soort, geen met deze naam; geef de baan in beide dezelfde naam om haar te vergelijken",
    "unpaired_current": "alleen in de huidige reis: de ideale reis heeft andere banen van deze soort, geen met deze naam; geef de baan in beide dezelfde naam om haar te vergelijken",
    "experience": "Ervaring",  # the score row's label where it has none
    "score": "{label}: huidig {current} → ideaal {ideal}",
    "same_deed": "onder de drempel van {threshold}, toch gekoppeld: beide beginnen met '{verb}' en zijn de enige overgebleven items van deze fase en baan — dezelfde handeling, anders gedaan",
    "actions": "Actiepunten",
    "unaligned": "Niet uit te lijnen fasen",
    "start": "starten",
    "stop": "stoppen",
    "stop?": "stoppen?",
    "unfilled": "stoppen? (leeg in de ideale reis)",
    "improve": "verbeteren",
    "high": "hoog",
    "medium": "midden",
    "low": "laag",
    "title": "Gap-analyse: ideaal tegenover huidig",
    "title_same": "Gap-analyse: {scenario} tegenover {scenario} — beide reizen zeggen '{scenario}', dit is geen ideaal tegenover huidig",
    "method": "Items zijn gekoppeld waar hun teksten minstens {threshold} op elkaar lijken.",
    "basis": 'Prioriteit: starten en verbeteren wegen zwaarder naarmate de score van de fase verder achterblijft en de fase nu slecht beleefd wordt; "stoppen?" is een vermoeden en weegt nooit zwaarder door het verschil in score: laag, midden voor het eigen proces in een fase die nu slecht beleefd wordt, nooit meer voor een contactmoment of kanaal (een reviewsite of platform is niet altijd van de organisatie om te stoppen).',
    "unscored": "Geen van beide reizen heeft een score per fase (geen scorerij gelezen): de prioriteiten rusten hier niet op een verschil in score, en de ervaring is niet vergeleken.",
    "changes": "Wat is er veranderd",
    # the terminal's report: which file is which, how alike items must be, what was said once
    "report_ideal": "ideaal",
    "report_current": "huidig",
    "report_threshold": "drempel voor gelijkenis",
    "scales": "scores: ideaal op {ideal}, huidig op {current}",
    "scales_differ": "de twee reizen scoren op verschillende schalen (ideaal {ideal}, huidig {current}): de scores van een fase worden vergeleken als deel van hun eigen schaal, het verschil op de schaal van de huidige reis; schrijf beide op één schaal om ze te vergelijken zoals geschreven",
    "said_once": "Eén keer gezegd, zoals het blad Contactmomenten het zegt (hetzelfde contactmoment op hetzelfde kanaal)",
    "pair_heading": "{ideal} (ideaal) met {current} (huidig) — {how}",
    "pair_named": "'{name}' (blad '{sheet}')",
    "paired_name": "gekoppeld op naam",
    "paired_persona": "gekoppeld op persona",
    "paired_sheet": "gekoppeld op bladnaam",
    "paired_only": "de enige klantreis van elk",
    "paired_first": "de eerste als ideaal en de eerste als huidig gemarkeerde",
    "shared_actions": "Voor elk paar, van het blad Contactmomenten (één keer gezegd)",
}

#: Words of the 'what changed' report.
DIFF_WORDS: dict[str, str] = {
    "journeys": "Klantreizen",
    "journey_added": "klantreis erbij",
    "journey_removed": "klantreis eruit",
    "phase_added": "fase erbij",
    "phase_removed": "fase eruit",
    "lane_added": "baan erbij",
    "lane_removed": "baan eruit",
    "renamed": "fase hernoemd",
    "phases_reordered": "volgorde van de fasen gewijzigd",
    "score": "score",
    "added": "erbij",
    "removed": "eruit",
    "in_journeys": "in de reizen {journeys}",  # a cell several journeys show, its change said once
    "moved": "verplaatst",
    "reworded": "anders verwoord",
    "changed": "gewijzigd",
    "similarity": "gelijkenis",
    "by_position": "op dezelfde plek herschreven",  # a card rewritten past likeness, paired by its place
    "none": "geen wijzigingen",
    "figures": "Gemeten cijfers",
    "target": "doel",
    "met": "gehaald",
    "missed": "niet gehaald",
    "new_figure": "nieuw",
    "gone": "niet meer gemeten",
    "touchpoints": "Contactmomenten",
    "personas": "Persona's",
    "record_renamed": "hernoemd",
}

#: Sheet names and headers of the gap report workbook.
GAP_SHEETS: dict[str, str] = {
    "actions": "Acties",
    "missing": "Ontbreekt nu",
    "without": "Zonder effect",
    "left_behind": "Niet meer in ideaal",
    "pairs": "Gekoppeld",
    "scores": "Scores",
    "phase": "Fase",
    "action": "Actie",
    "kind": "Soort",
    "priority": "Prioriteit",
    "owner": "Eigenaar",
    "status": "Status",
    "cell": "Cel",
    "lane": "Baan",
    "item": "Item",
    "ideal": "Ideaal",
    "current": "Huidig",
    "similarity": "Gelijkenis",
    "pair_why": "Waarom gekoppeld",
    "gap": "Verschil",
    "statuses": "Open,Bezig,Klaar,Vervallen",
    "lists": "Keuzelijsten",
}

#: Headers of the deck's touchpoint, channel, role and figure tables.
TABLE_HEADERS: dict[str, str] = {
    "phase": "Fase",
    "touchpoint": "Contactmoment",
    "channel": "Kanaal",
    "timing": "Timing",
    "owner": "Eigenaar",
    "now": "Nu",
    "ideal": "Ideaal",
    "sale": "Verkoopmoment",
    "metric": "Metriek",
    "value": "Waarde",
    "target": "Doel",
    "result": "Resultaat",
    "period": "Periode",
    "spend": "Besteed",
    "revenue": "Omzet",
    "serves": "Levert op",
    "role": "Rol",
    "measured": "Gemeten",
}

#: The phases of each journey model the template offers.
PHASE_MODELS: dict[str, tuple[str, ...]] = {
    "five": ("Bewustwording", "Interesse", "Overweging", "Aankoop", "Service & loyaliteit"),
    "b2b7": (
        "Oriëntatie",
        "Aanleiding",
        "Eerste overweging",
        "Actieve evaluatie",
        "Aankoopbeslissing",
        "Gebruikservaring",
        "Loyaliteit",
    ),
    "five-a": ("Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"),
}

#: Metric names offered in the Metrics sheet's drop-down.
METRIC_NAMES: tuple[str, ...] = (
    "Conversie",
    "Bouncepercentage",
    "CTR",
    "Winkelmandverlating",
    "NPS",
    "Retentie",
    "Omzet",
    "Kosten",
)

#: The emotion curve in words (speaker notes, the poster's alternative text).
CURVE_WORDS = {
    "extremes": "De klant beleeft {low} het slechtst ({low_v}) en {high} het best ({high_v}).",
    # the lowest score is no bad one (at or above the scale's middle): not "het slechtst"
    "extremes_mild": "De klant beleeft {low} het minst goed ({low_v}) en {high} het best ({high_v}).",
    "and": "en",
    "flat": "De klant beleeft elke fase even goed ({value}).",
    "drop": "De grootste daling zit tussen '{a}' en '{b}' (van {a_v} naar {b_v}).",
    "drop_over": "De grootste daling zit tussen '{a}' en '{b}' (van {a_v} naar {b_v}); daartussen heeft {between} geen score.",
    "no_drop": "Nergens in de reis daalt de score.",
    "none": "Er zijn geen scores ingevuld.",
}

#: The workshop kit: the changes sheet, the handouts, the cards and the tiled poster.
#: The actions a row of the changes sheet may name, with their common synonyms (the first is the drop-down's), comma-separated.
KIT_ACTIONS: dict[str, str] = {
    "keep": "houden, behouden, gehouden",
    "change": "wijzigen, aanpassen, veranderen, gewijzigd, aangepast, veranderd, herschrijven, herschreven, bewerken, bewerkt",
    "remove": "weg, verwijderen, schrappen, verwijderd, geschrapt, eruit, weghalen, weggehaald, wissen, gewist, doorhalen, doorgehaald",
}

KIT_WORDS = {
    "col_id": "ID",
    "col_phase": "Fase",
    "col_lane": "Baan",
    "col_text": "Tekst",
    "col_action": "Actie",
    "col_new": "Nieuwe tekst",
    "col_note": "Notitie",
    "note_removed_card": "Kaart weggehaald uit {lane}: '{card}'",  # heads the team's note on a removed card, kept as a comment
    "keep": "houden",
    "change": "wijzigen",
    "remove": "weg",
    "action_error_title": "Actie",
    "action_error": "Kies houden, wijzigen of weg (ook: behouden; aanpassen, veranderen; verwijderen, schrappen; of keep, change, edit, remove, delete).",
    "changes_sheet": "Wijzigingen",
    "lists_sheet": "Lijsten",
    "changes_help": "Vul na de sessie per kaart de actie in: houden, wijzigen (met de nieuwe tekst) of weg. "
    "Nieuwe kaarten: onder de lijn, zonder ID, met fase, baan en tekst. "
    "Wat u in één cel typt is één kaart, ook met '; ' erin; een nieuwe regel (Alt+Enter) begint een volgende kaart.",
    "changes_legend": "Acties — houden: de kaart blijft zoals ze is · wijzigen: schrijf de nieuwe tekst in "
    "‘Nieuwe tekst’ · weg: de kaart verdwijnt van het canvas. Een lege actie is houden.",
    "scores_key": "Scores (ID op -SC): schrijf de nieuwe score zelf in ‘Nieuwe tekst’, op de schaal {scale}: bijv. {example}.",  # on the changes sheet: how a score row's new score is written
    "scores_plain": "; geen +1 of -1 (de schaal heeft geen plus en min)",  # after scores_key's example on a scale with no signs (1..5)
    "journeys_key": "R1, R2 vóór een fase zeggen welke klantreis: {key}.",  # on the changes sheet of several journeys: what R1, R2 stand for
    "shared_key": "Eén cel die meerdere klantreizen delen is één rij, onder de eerste ervan; de wijziging geldt voor elke reis: {cards}.",  # on the changes sheet: cards of a cell shared by journeys (a stage list's)
    "new_cards": "Nieuwe kaarten",
    "continued": "vervolg",
    "blank": "Nieuw idee",
    "handout_kicker": "Werkblad voor de break-out",
    "already": "Wat het canvas al zegt",
    "nothing_yet": "Nog niets: begin hier.",
    "see_near": "Geen baan op het canvas stelt deze vraag; kijk ook bij {lanes} (hieronder).",
    "write_here": "Jullie aanvullingen",
    "name_card": "Persona",  # the band of a persona's name card (its name is the card's text)
    "vote_title": "Dotvoting: welke verbeteringen eerst?",
    "vote_help": "Iedereen zet drie stippen, bij één of meer verbeteringen.",
    "vote_questions": "Uit te zoeken vragen (niet om op te stemmen: eerst beantwoorden)",
    "votes": "Stemmen",
    "tp_now": "nu",
    "tp_ideal": "ideaal",
    "tp_kpi": "gemeten met",
    "tp_sale": "verkoopmoment",
    "tp_no_sale": "geen verkoopmoment",
    "tiles_title": "Poster in vellen",
    "cards_title": "Kaarten",  # the cards PDF's title, as a viewer's title bar shows it
    "handouts_title": "Werkbladen",  # the handouts PDF's title
    "tiles_summary": "{poster}-poster op {n} {paper}-vellen: {cols} kolommen × {rows} rijen",
    "tiles_skipped": "Niet afgedrukt, want er staat niets op: {labels} (die plek blijft open).",
    "tiles_step1": "Druk af op ware grootte (100 %, niet ‘aanpassen aan pagina’).",
    "tiles_step2": "Snij van elk vel de linker- en bovenrand af, langs de hoekstreepjes van het beeld "
    "(in kolom A niet links, in rij 1 niet boven).",
    "tiles_step3": "Leg de vellen neer zoals op de kaart hieronder: letters zijn kolommen, cijfers rijen.",
    "tiles_step4": "Leg elk vel over zijn buren links en boven, met de snijrand op de streepjes bij hun grijze "
    "balk, en plak het vast.",
    "tile_sheet": "vel {n} van {total} · kolom {col}, rij {row}",
    "tile_hint": "Grijze balk: daar komt het buurvel overheen, met zijn snijrand op het streepje. "
    "Snij links en boven af langs de hoekstreepjes.",
}

#: Words of the web page that canvasgen's own sentences name (its panel of reading fields).
PAGE_WORDS: dict[str, str] = {
    "gaps_journey": "Alleen de reis van (naam, persona of blad; leeg: elke reis met haar partner)",  # the gaps tab's field of --journey
    "reading": "Inlezen bijsturen",
    "lane_kinds": "Wat een baan is, één per regel",  # the page's label of the --lane field
    "title": "Titel van de kaart, in plaats van die uit de werkmap (één klantreis)",  # the page's label of the --title field
    "tab_build": "Poster en deck",
    "tab_kit": "Workshopkit",
    "tab_apply": "Wijzigingen verwerken",
    "workbook": "Werkmap",
    "metrics": "Meetcijfers",
    "canvas": "Werkmap van de sessie",
    "changes": "Ingevuld wijzigingenblad",
    "no_notes": "Zonder notities (opmerkingen van het team)",  # the build tab's box that leaves the notes off
}
