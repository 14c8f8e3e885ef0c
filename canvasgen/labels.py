"""What canvasgen writes for people to read, in Dutch and English."""

from __future__ import annotations

LANGUAGES = ("nl", "en")

LANE_LABELS: dict[str, dict[str, str]] = {
    "nl": {
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
    },
    "en": {
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
    },
}

LANE_QUESTIONS: dict[str, dict[str, str]] = {
    "nl": {
        "customer": "Wat doet de klant, en wat beleeft hij daarbij?",
        "internal": "Wat moeten wij doen om de klant naar de volgende fase te brengen?",
        "experience": "Hoe ervaart de klant het? Hoe tevreden is hij?",
        "score": "Score per fase: -2 (zeer ontevreden) tot +2 (zeer tevreden).",
        "learning": "Wat willen we leren, en wat verbeteren we?",
        "touchpoints": "Waar komt de klant met ons in contact?",
        "channels": "Via welke kanalen (website, e-mail, social, advertenties, sms, telefoon, evenement)?",
        "emotions": "Wat voelt de klant?",
        "pain_points": "Waar loopt de klant vast of raakt hij gefrustreerd?",
        "opportunities": "Welke kansen zien we?",
        "kpis": "Wat meten we in deze fase?",
    },
    "en": {
        "customer": "What does the customer do, and what do they experience?",
        "internal": "What must we do to move the customer on to the next phase?",
        "experience": "How does the customer experience it? How satisfied are they?",
        "score": "Score per phase: -2 (very dissatisfied) to +2 (very satisfied).",
        "learning": "What do we want to learn, and what do we improve?",
        "touchpoints": "Where does the customer meet us?",
        "channels": "Through which channels (website, e-mail, social, ads, SMS, phone, event)?",
        "emotions": "What does the customer feel?",
        "pain_points": "Where does the customer get stuck or frustrated?",
        "opportunities": "Which opportunities do we see?",
        "kpis": "What do we measure in this phase?",
    },
}

META_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "client": "Klant",
        "journey": "Klantreis",
        "persona": "Persona",
        "version": "Versie",
        "date": "Datum",
        "scenario": "Scenario",
    },
    "en": {
        "client": "Client",
        "journey": "Journey",
        "persona": "Persona",
        "version": "Version",
        "date": "Date",
        "scenario": "Scenario",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "canvas_sheet": "Klantreis",
        "touchpoints_sheet": "Contactmomenten",
        "personas_sheet": "Personas",
        "instructions_sheet": "Instructies",
        "heading": "Customer journey canvas",
        "phase": "Fase",
        "scenarios": "Ideaal,Huidig",
        "yes_no_partly": "Ja,Nee,Deels",
        "yes_no": "Ja,Nee",
        "channels": "Website,E-mail,Social media,Advertenties,SMS,Telefoon,Evenement,Winkel,App",
    },
    "en": {
        "canvas_sheet": "Journey",
        "touchpoints_sheet": "Touchpoints",
        "personas_sheet": "Personas",
        "instructions_sheet": "Instructions",
        "heading": "Customer journey canvas",
        "phase": "Phase",
        "scenarios": "Ideal,Current",
        "yes_no_partly": "Yes,No,Partly",
        "yes_no": "Yes,No",
        "channels": "Website,E-mail,Social media,Ads,SMS,Phone,Event,Store,App",
    },
}

TOUCHPOINT_COLUMNS: dict[str, tuple[str, ...]] = {
    "nl": (
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
    ),
    "en": (
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
    ),
}

PERSONA_COLUMNS: dict[str, tuple[str, ...]] = {
    "nl": ("Naam", "Rol in de inkoopgroep", "Doelen", "Behoeften", "Frustraties", "Voorkeurskanalen"),
    "en": ("Name", "Role in the buying group", "Goals", "Needs", "Frustrations", "Preferred channels"),
}

INSTRUCTIONS: dict[str, tuple[str, ...]] = {
    "nl": (
        "canvasgen – instructies",
        "Zo vul je het canvas in",
        "1. Vul bovenaan de klant, de naam van de klantreis, de persona, de versie, de datum en het "
        "scenario (ideaal of huidig) in.",
        "2. De fasen staan naast elkaar in de rij 'Fase'. Je mag ze hernoemen, maar geef elke fase een "
        "eigen naam. Twee kolommen naast elkaar met dezelfde naam zijn twee stappen van één fase.",
        "3. Schrijf per fase en per baan wat er gebeurt. Elke regel in een cel is een apart item "
        "(Alt+Enter voor een nieuwe regel); opsommingstekens mogen.",
        "4. Geef in de rij 'Ervaringsscore' per fase een score van -2 (zeer ontevreden) tot +2 (zeer "
        "tevreden); daaruit tekent canvasgen de emotiecurve.",
        "5. Zet contactmomenten in het blad 'Contactmomenten' en personas of de leden van de "
        "inkoopgroep in het blad 'Personas'.",
        "6. Teken eerst de ideale klantreis, daarna de huidige (zet het scenario op 'Ideaal' of "
        "'Huidig'); canvasgen vergelijkt ze.",
        "7. Controleer het bestand met: canvasgen check bestand.xlsx",
        "De banen",
    ),
    "en": (
        "canvasgen – instructions",
        "How to fill in the canvas",
        "1. At the top, fill in the client, the journey's name, the persona, the version, the date and "
        "the scenario (ideal or current).",
        "2. The phases run across the 'Phase' row. Rename them as you like, but give each phase a name "
        "of its own. Two adjacent columns with the same name are two steps of one phase.",
        "3. Write what happens per phase and per lane. Each line in a cell is a separate item "
        "(Alt+Enter for a new line); bullets are fine.",
        "4. In the 'Experience score' row, score each phase from -2 (very dissatisfied) to +2 (very "
        "satisfied); canvasgen draws the emotion curve from it.",
        "5. List touchpoints in the 'Touchpoints' sheet and personas or the members of the buying group "
        "in the 'Personas' sheet.",
        "6. Draw the ideal journey first, then the current one (set the scenario to 'Ideal' or "
        "'Current'); canvasgen compares them.",
        "7. Check the file with: canvasgen check file.xlsx",
        "The lanes",
    ),
}

POSTER_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "continued_on": "→ vervolg op pagina {page}",
        "continued_short": "→ p. {page}",
        "continued": "Vervolg",
        "from_page": "van pagina {page}",
        "notes": "Notities uit de werkmap",
        "touchpoints": "Contactmomenten",
        "personas": "Personas",
        "appendix": "Bijlage",
        "generated": "gemaakt op",
        "page": "pagina {page} van {pages}",
        "scale": "schaal {scale}",
    },
    "en": {
        "continued_on": "→ continued on page {page}",
        "continued_short": "→ p. {page}",
        "continued": "Continued",
        "from_page": "from page {page}",
        "notes": "Notes from the workbook",
        "touchpoints": "Touchpoints",
        "personas": "Personas",
        "appendix": "Appendix",
        "generated": "generated",
        "page": "page {page} of {pages}",
        "scale": "scale {scale}",
    },
}

DECK_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "agenda": "Agenda",
        "time": "Tijd",
        "topic": "Onderdeel",
        "minutes": "Minuten",
        "a_welcome": "Welkom en doel van de sessie",
        "a_persona": "Persona en inkoopgroep",
        "a_journey": "De klantreis, fase voor fase",
        "a_curve": "De emotiecurve",
        "a_pains": "Pijnpunten en kansen",
        "a_actions": "Verbeteracties en eigenaren",
        "a_exercise": "Oefening: het canvas per fase",
        "a_close": "Afsluiting en vervolgafspraken",
        "overview": "De klantreis in één oogopslag",
        "items": "items",
        "curve": "Emotiecurve",
        "personas": "Persona's en inkoopgroep",
        "pains": "Pijnpunten",
        "opportunities": "Kansen",
        "pains_title": "Pijnpunten en kansen",
        "actions": "Verbeteracties",
        "action": "Actie",
        "owner": "Eigenaar",
        "priority": "Prioriteit",
        "high": "Hoog",
        "medium": "Midden",
        "low": "Laag",
        "exercise": "Oefening",
        "q_customer": "Wat doet de klant?",
        "q_internal": "Wat moeten wij doen?",
        "q_experience": "Hoe ervaart de klant het?",
        "q_learning": "Wat verbeteren we?",
        "continued": "vervolg",
        "appendix": "Bijlage",
        "notes": "Notities uit de werkmap",
        "touchpoints": "Contactmomenten",
        "none": "Nog niets ingevuld.",
        "n_title": "Stel de klant en het doel van vandaag voor. Vraag wie de persona het best kent.",
        "n_agenda": "Loop de agenda door en spreek af wie de tijd bewaakt. Parkeer zijpaden op een flap.",
        "n_overview": "Laat de hele reis zien voordat je inzoomt. "
        "Vraag: waar zit volgens jullie het grootste probleem?",
        "n_curve": "Bespreek de dalen in de curve: wat gebeurt daar, en wat zou de klant dan nodig hebben?",
        "n_phase": "Vraag per baan: wat doet de klant in deze fase, wat moeten wij doen om hem verder te helpen, "
        "hoe ervaart hij het (score!), en wat verbeteren we? Vul aan met gele en roze post-its.",
        "n_personas": "Wie beslist, wie beïnvloedt, wie gebruikt? Markeer per rol in welke fasen hij meedoet.",
        "n_pains": "Kies samen de drie pijnpunten met de meeste impact en koppel er een kans aan.",
        "n_actions": "Maak elke actie concreet: wie is eigenaar, wanneer is het klaar, hoe meten we het effect?",
        "n_exercise": "Laat de groep in tien minuten het canvas voor deze fase vullen: één idee per post-it, "
        "daarna clusteren en prioriteren.",
        "n_appendix": "Achtergrond bij de sessie: contactmomenten, persona's en notities uit de werkmap.",
    },
    "en": {
        "agenda": "Agenda",
        "time": "Time",
        "topic": "Topic",
        "minutes": "Minutes",
        "a_welcome": "Welcome and goal of the session",
        "a_persona": "Persona and buying group",
        "a_journey": "The journey, phase by phase",
        "a_curve": "The emotion curve",
        "a_pains": "Pain points and opportunities",
        "a_actions": "Improvement actions and owners",
        "a_exercise": "Exercise: the canvas per phase",
        "a_close": "Wrap-up and next steps",
        "overview": "The journey at a glance",
        "items": "items",
        "curve": "Emotion curve",
        "personas": "Personas and buying group",
        "pains": "Pain points",
        "opportunities": "Opportunities",
        "pains_title": "Pain points and opportunities",
        "actions": "Improvement actions",
        "action": "Action",
        "owner": "Owner",
        "priority": "Priority",
        "high": "High",
        "medium": "Medium",
        "low": "Low",
        "exercise": "Exercise",
        "q_customer": "What does the customer do?",
        "q_internal": "What must we do?",
        "q_experience": "How does the customer experience it?",
        "q_learning": "What do we improve?",
        "continued": "continued",
        "appendix": "Appendix",
        "notes": "Notes from the workbook",
        "touchpoints": "Touchpoints",
        "none": "Nothing filled in yet.",
        "n_title": "Introduce the client and today's goal. Ask who knows the persona best.",
        "n_agenda": "Walk through the agenda and agree who keeps time. Park side tracks on a flip chart.",
        "n_overview": "Show the whole journey before zooming in. Ask: where do you think the biggest problem is?",
        "n_curve": "Discuss the dips in the curve: what happens there, and what would the customer need then?",
        "n_phase": "Ask per lane: what does the customer do in this phase, what must we do to move them on, "
        "how do they experience it (score!), and what do we improve? Add with yellow and pink sticky notes.",
        "n_personas": "Who decides, who influences, who uses? Mark for each role the phases they take part in.",
        "n_pains": "Pick the three pain points with the most impact together and pair each with an opportunity.",
        "n_actions": "Make every action concrete: who owns it, when is it done, how do we measure the effect?",
        "n_exercise": "Let the group fill the canvas for this phase in ten minutes: one idea per sticky note, "
        "then cluster and prioritise.",
        "n_appendix": "Background for the session: touchpoints, personas and notes from the workbook.",
    },
}
