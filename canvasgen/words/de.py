"""canvasgen's own words in German: every table here has its twin, with the same keys, in
the other languages' modules (a test checks it). Adding a language is adding one such module."""

from __future__ import annotations

#: Lane names, by lane kind.
LANE_LABELS: dict[str, str] = {
    "customer": "Kundenaktionen",
    "internal": "Interne Prozesse",
    "experience": "Erlebnis",
    "score": "Stimmungsbarometer (-2 bis +2)",
    "learning": "Verbesserungen",
    "touchpoints": "Berührungspunkte",
    "channels": "Kanäle",
    "emotions": "Emotionen",
    "pain_points": "Schmerzpunkte",
    "opportunities": "Chancen",
    "kpis": "Kennzahlen",
}

#: The score row's question with its scale, the template's -2..+2 or the team's own (``template --lanes``).
SCORE_PER_PHASE = "Bewertung je Phase: {low} (sehr unzufrieden) bis {high} (sehr zufrieden)."

#: The question each lane answers, by lane kind.
LANE_QUESTIONS: dict[str, str] = {
    "customer": "Was tut der Kunde, und was erlebt er dabei?",
    "internal": "Was müssen wir tun, damit der Kunde den nächsten Schritt gehen kann?",
    "experience": "Wie erlebt der Kunde das? Was läuft gut, was nicht?",
    "score": SCORE_PER_PHASE.format(low="-2", high="+2"),
    "learning": "Was wollen wir lernen, und was verbessern wir?",
    "touchpoints": "Wo begegnet uns der Kunde?",
    "channels": "Über welche Kanäle (Website, E-Mail, Social Media, Anzeigen, SMS, Telefon, Veranstaltung)?",
    "emotions": "Was fühlt der Kunde?",
    "pain_points": "Wo bleibt der Kunde hängen oder ärgert sich?",
    "opportunities": "Welche Chancen sehen wir?",
    "kpis": "Was messen wir in dieser Phase?",
}

#: The questions earlier versions asked in their place (a template's lane comments still say them): sales-
#: funnel and gendered wording ("Hoe tevreden is hij?") the questions above replaced (#31).
EARLIER_LANE_QUESTIONS: tuple[str, ...] = (
    "Was müssen wir tun, damit der Kunde in die nächste Phase kommt?",
    "Wie erlebt der Kunde das? Wie zufrieden ist er?",
)

#: Labels of the template's metadata block.
META_LABELS: dict[str, str] = {
    "client": "Auftraggeber",
    "journey": "Customer Journey",
    "persona": "Persona",
    "version": "Fassung",
    "date": "Datum",
    "scenario": "Szenario",
}

#: Words of the template workbook.
WORDS: dict[str, str] = {
    "mermaid_actors": "Akteure",  # the lane of a Mermaid journey's actors
    "untitled_journey": "Kundenreise",  # a journey's name when its workbook names it not (a sheet's default or file name)
    "canvas_sheet": "Kundenreise",
    "notes_sheet": "Notizen",
    "touchpoints_sheet": "Berührungspunkte",
    "personas_sheet": "Personas",
    "persona_role": "Rolle",  # the Personas sheet's role column outside a B2B buying group
    "metrics_sheet": "Messwerte",
    "instructions_sheet": "Anleitung",
    "heading": "Customer-Journey-Canvas",
    "phase": "Phase",
    "scenarios": "Ideal,Aktuell",
    "yes_no_partly": "Ja,Nein,Teilweise",
    "yes_no": "Ja,Nein",
    "channels": "Website,E-Mail,Social Media,Anzeigen,SMS,Telefon,Veranstaltung,Laden,App",
    "list_error_title": "Nicht aus der Liste",
    "list_error": "Wählen Sie einen Wert aus der Liste. Anderes ist auch erlaubt: canvasgen liest es als Text.",
    "unnamed_lane": "Bahn {number}",
    "journey_of": "{journey} von {persona}",
    "persona_age": "{age} Jahre",  # a persona's age read with no heading of its own ("Jan de Vries (45)")
    # a duration after a figure, "one|more": "1 Tag", "14 Tage"
    "unit_s": "s|s",
    "unit_min": "min|min",
    "unit_h": "Std.|Std.",
    "unit_d": "Tag|Tage",
    "unit_wk": "Woche|Wochen",
    # how a figure is written in the KPI lane, two examples: "name figure (target figure)"
    "kpi_example": "Wartezeit 4 min (Ziel 2 min)|Konversion 2,4 % (Ziel 3 %)",
    "score_error_title": "Keine Bewertung von -2 bis +2",
    "score_error": "Wählen Sie eine Bewertung von -2 (schlecht) bis +2 (gut). canvasgen liest auch ++ + 0 - --, 4/5, 80%, ★★★☆☆, 🙂 und gut/neutral/schlecht.",
    "scale_error_title": "Keine Bewertung von {low} bis {high}",
    "scale_error": "Wählen Sie eine Bewertung von {low} (schlecht) bis {high} (gut).",
    "score_per_phase": SCORE_PER_PHASE,  # its scale's ends as {low} and {high}
}

#: Column headers of the Touchpoints sheet.
TOUCHPOINT_COLUMNS: tuple[str, ...] = (
    "Phase",
    "Berührungspunkt",
    "Kanal",
    "Gerät & Kontext",
    "Inhalt / Aktion",
    "Zeitpunkt",
    "Verantwortlich",
    "Aktuell (ja/nein/teilweise)",
    "Ideal (ja/nein)",
    "Kennzahl",
    "Verkaufsmoment (ja/nein)",
)

#: Column headers of the Personas sheet.
PERSONA_COLUMNS: tuple[str, ...] = (
    "Name",
    "Rolle im Buying Center",
    "Ziele",
    "Bedürfnisse",
    "Frustrationen",
    "Bevorzugte Kanäle",
    "Beteiligt in Phasen",
)

#: Column headers of the Metrics sheet.
METRIC_COLUMNS: tuple[str, ...] = ("Phase", "Berührungspunkt", "Messgröße", "Wert", "Ziel", "Zeitraum")

#: Lines of the template's instructions sheet.
INSTRUCTIONS: tuple[str, ...] = (
    "Anleitung",
    "So füllen Sie den Canvas aus",
    "1. Tragen Sie oben den Auftraggeber, den Namen der Journey, die Persona, die Fassung, das Datum und das Szenario (ideal oder aktuell) ein.",
    "2. Die Phasen stehen in der Zeile 'Phase' nebeneinander. Benennen Sie sie nach Belieben um, aber geben Sie jeder Phase einen eigenen Namen. Zwei benachbarte Spalten mit demselben Namen sind zwei Schritte einer Phase.",
    "3. Schreiben Sie je Phase und Bahn auf, was geschieht. Jede Zeile einer Zelle ist ein eigener Punkt (Alt+Eingabe für eine neue Zeile); Aufzählungszeichen sind erlaubt.",
    "4. Bewerten Sie in der Zeile '{row}' jede Phase von {low} (sehr unzufrieden) bis {high} (sehr zufrieden); daraus entsteht die Emotionskurve.",
    "5. Führen Sie die Berührungspunkte im Blatt 'Berührungspunkte' auf und Personas oder die Mitglieder des Buying Centers im Blatt 'Personas'.",
    "6. Zeichnen Sie zuerst die ideale Journey, dann die aktuelle (Szenario 'Ideal' oder 'Aktuell'); so lassen sie sich vergleichen.",
    "7. Tragen Sie gemessene Werte (Konversionsrate, Absprungrate, CTR, NPS, Umsatz, Kosten) je Phase oder Berührungspunkt im Blatt 'Messwerte' ein, mit einem Ziel, wo es eines gibt: sie stehen dann unter den Phasen, mit der Angabe, ob das Ziel erreicht wurde. Kosten je Berührungspunkt ergeben die Budgetübersicht.",
    "Die Bahnen",
)

#: Channel names, by channel.
CHANNEL_NAMES: dict[str, str] = {
    "website": "Website",
    "email": "E-Mail",
    "social": "Social Media",
    "ads": "Anzeigen",
    "sms": "SMS",
    "messaging": "Chat und Messenger",
    "phone": "Telefon",
    "event": "Veranstaltung",
    "app": "App",
    "store": "Laden",
    "post": "Post",
    "desk": "Schalter",
}

#: The poster's own words.
POSTER_WORDS: dict[str, str] = {
    "note_on": "zu",  # a note with its place: "(on Demo & trial, score)"
    "empathy_map": "Empathy Map",
    "continued_on": "→ weiter auf Seite {page}",
    "continued_short": "→ S. {page}",
    "continued": "Fortsetzung",
    "card_continued": "{heading} (Fortsetzung)",
    "from_page": "von Seite {page}",
    "notes": "Notizen aus der Arbeitsmappe",
    "in_full": "Namen in voller Länge",
    "touchpoints": "Berührungspunkte",
    "personas": "Personas",
    "appendix": "Anhang",
    "generated": "erstellt am",
    "product": "Customer-Journey-Canvas",  # the footer's words when the brand kit gives none
    "subject": "Customer-Journey-Canvas aus {source}",  # the PDF's Subject: the source file, in the canvas's language
    "page": "Seite {page} von {pages}",
    "scale": "({low} bis {high})",
    "score": "Bewertung",  # a score row without a label of its own
    "average_of": "Mittel aus {values}",  # a curve point of several scores of one phase
    "unscored_light": "keine Bewertung",  # a grey status in the curve's key: "gray = keine Bewertung"
    "now": "jetzt",
    "ideal": "ideal",
    "no_sale": "kein Verkaufsmoment",
    "tp_row": "{name}: {fields}",  # the touchpoint row's name and the fields its cards show
    "tp_timing": "Zeitpunkt",
    "tp_owner": "Verantwortlich",
    "target": "Ziel",
    "met": "erreicht",
    "missed": "verfehlt",
    "measured": "Gemessene Kennzahlen",
    "aimed": "Angestrebte Kennzahlen (ideal)",  # an ideal journey's own figures: where it means to be, not measured
    "budget": "Budget und Ertrag",
    "return": "Ertrag",
    "channels_by_phase": "Kanäle je Phase",
    "roles_by_phase": "Buying Center: Beteiligung je Phase",
    # the client's own word for the people of its persona sheets ("Betrokkenen"), where it has one
    "roles_by_phase_own": "{group}: Beteiligung je Phase",
    "roles_by_phase_neutral": "Beteiligung je Phase",  # no buying group: a citizen's, a consumer's journey
    "persona_by_phase": "Persona: Beteiligung je Phase",
    # what a companion page holds, named in its title ("contactmomenten, kanalen en persona")
    "page_touchpoints": "Berührungspunkte",
    "page_figures": "Zahlen",
    "page_channels": "Kanäle",
    "page_involved": "Beteiligte",
    "page_and": "und",  # before the last of them
    "compare": "Emotionskurven im Vergleich",
    "line_interaction": "Interaktionslinie",
    "line_visibility": "Sichtbarkeitslinie",
    "line_internal": "Linie der internen Interaktion",
    "metrics": "Messwerte",
}

#: The deck's own words.
DECK_WORDS: dict[str, str] = {
    "empathy_map": "Empathy Map",
    "n_empathy": "Was denkt, hört, sieht und sagt {name}? Fragen Sie die Gruppe, was fehlt und welcher Schmerzpunkt am meisten zählt.",
    "a_figures": "Zahlen und Budget",
    "a_glance": "Die Customer Journey auf einen Blick",
    "a_roles": "Das Buying Center: wer ist wo beteiligt",
    "a_roles_own": "{group}: wer ist wo beteiligt",
    "a_roles_neutral": "Wer ist wo beteiligt",
    "a_touchpoints": "Kontaktpunkte und Kanäle",
    "per_phase": "{phases} Phasen × {minutes} Min.",
    "per_group": "{phases} Phasen in {groups} Gruppen × {minutes} Min.",
    "q_channels": "Über welchen Kanal?",
    "q_emotions": "Was fühlt der Kunde?",
    "q_kpis": "Was messen wir hier?",
    "q_lane": "Was gehört in dieser Phase hierher?",
    "q_opportunities": "Was könnte hier besser sein?",
    "q_pain_points": "Wo bleibt der Kunde hängen?",
    "q_touchpoints": "Wo begegnet uns der Kunde?",
    "source_file": "Quelldatei",
    "source_cell": "Quelle: Blatt {sheet}, Zelle {cell}",
    "q_score": "Welche Bewertung gibt der Kunde dieser Phase?",
    "q_persona": "Wer ist der Kunde, was will er erreichen, was steht ihm im Weg?",
    "to_fill": "in der Sitzung auszufüllen",
    "agenda": "Tagesordnung",
    "time": "Uhrzeit",
    "topic": "Thema",
    "minutes": "Minuten",
    "a_welcome": "Begrüßung und Ziel der Sitzung",
    "a_persona": "Persona und Buying Center",
    "a_personas": "Personas und Buying Center",  # two or more persona slides
    "a_journey": "Die Journey, Phase für Phase",
    "a_curve": "Die Emotionskurve",
    "a_pains": "Schmerzpunkte und Chancen",
    "a_actions": "Verbesserungsmaßnahmen und Verantwortliche",
    "a_exercise": "Übung: der Canvas je Phase",
    # a later journey's review and exercise as one agenda line, where the agenda would not fit one slide
    "a_differs": "wo sie abweicht, dann der Canvas je Phase",
    "a_others": "Die anderen {count} Journeys: wo jede abweicht, dann ihre Canvases",
    "a_close": "Abschluss und nächste Schritte",
    "overview": "Die Customer Journey auf einen Blick",
    "glance_summary": "Je Phase der erste Punkt jeder Bahn; alle Punkte stehen auf den Phasenfolien.",
    "items": "Punkte",
    "curve": "Emotionskurve",
    # a traffic light's colour beside its value on the curve: its disc's colour alone is lost on some readers
    "light_green": "grün",
    "light_yellow": "gelb",
    "light_orange": "orange",
    "light_red": "rot",
    "compare": "Emotionskurven im Vergleich",
    "n_compare": "Wo gehen die Kurven auseinander? Warum erlebt diese Persona oder dieses Szenario die Phase anders?",
    "personas": "Personas und Buying Center",
    "personas_own": "Personas und {group}",
    "personas_neutral": "Personas",
    "pains": "Schmerzpunkte",
    "opportunities": "Chancen",
    "pains_title": "Schmerzpunkte und Chancen",
    "actions": "Verbesserungsmaßnahmen",
    "action": "Maßnahme",
    "owner": "Verantwortlich",
    "priority": "Priorität",
    "priority_scored": "Priorität (aus der Bewertung)",  # priorities from the phases' scores
    "high": "Hoch",
    "medium": "Mittel",
    "low": "Niedrig",
    "exercise": "Übung",
    "q_customer": "Was tut der Kunde?",
    "q_internal": "Was müssen wir tun?",
    "q_experience": "Wie erlebt der Kunde das?",
    "q_learning": "Was verbessern wir?",
    "continued": "Fortsetzung",
    "appendix": "Anhang",
    "notes": "Notizen aus der Arbeitsmappe",
    "in_full": "Namen in voller Länge",
    "touchpoints": "Berührungspunkte",
    "prompt_pains": "Übung: Gehen Sie die Phasen durch. Wo springt der Kunde ab, wo wartet er, wo ärgert er sich? Ein Schmerzpunkt je Haftnotiz, mit seiner Phase.",
    "prompt_opportunities": "Übung: Nehmen Sie die drei größten Schmerzpunkte. Was würde den Kunden dort überraschen oder ihm helfen? Eine Chance je Haftnotiz.",
    "prompt_actions": "Übung: Machen Sie aus jeder Chance eine Maßnahme. Wer ist verantwortlich, bis wann ist sie erledigt, und wie messen wir die Wirkung?",
    "n_title": "Stellen Sie den Auftraggeber und das Ziel des heutigen Tages vor. Fragen Sie, wer die Persona am besten kennt.",
    "n_agenda": "Gehen Sie die Tagesordnung durch und vereinbaren Sie, wer auf die Zeit achtet. Nebenthemen kommen auf ein Flipchart.",
    "n_overview": "Zeigen Sie erst die ganze Journey, bevor Sie hineinzoomen. Fragen Sie: Wo liegt Ihrer Meinung nach das größte Problem?",
    "n_curve": "Besprechen Sie die Tiefpunkte der Kurve: Was passiert dort, und was bräuchte der Kunde in diesem Moment?",
    "n_phase": "Fragen Sie je Bahn: Was tut der Kunde in dieser Phase, was müssen wir tun, damit er weiterkommt, wie erlebt er es (Bewertung!), und was verbessern wir? Ergänzen Sie mit gelben und rosa Haftnotizen.",
    "n_phases": "Fragen Sie je Bahn: Was tut der Kunde in diesen Phasen, was müssen wir tun, damit er weiterkommt, wie erlebt er es (Bewertung!), und was verbessern wir? Ergänzen Sie mit gelben und rosa Haftnotizen.",
    "n_personas": "Wer entscheidet, wer beeinflusst, wer nutzt? Markieren Sie für jede Rolle die Phasen, an denen sie beteiligt ist.",
    # no buying group (a consumer's, a citizen's journey): no questions of who decides
    "n_personas_neutral": "Lesen Sie jede Persona vor und fragen Sie: Erkennen wir diese Kundin, diesen Kunden? Was treibt sie an, was hält sie zurück? Was wissen wir noch nicht?",
    "n_pains": "Wählen Sie gemeinsam die drei Schmerzpunkte mit der größten Wirkung und stellen Sie jedem eine Chance gegenüber.",
    "n_actions": "Machen Sie jede Maßnahme konkret: Wer ist verantwortlich, bis wann ist sie erledigt, wie messen wir die Wirkung?",
    "open_questions": "Offene Fragen",
    "question": "Frage",
    "n_questions": "Fragen, keine Maßnahmen: Wer findet es heraus, wie und bis wann? Eine Antwort kann eine Maßnahme werden.",
    "n_priority": "Die Priorität folgt der Bewertung der Phase: hoch, wo der Kunde die Phase schlecht erlebt, niedrig, wo gut; eine Phase ohne Bewertung bekommt keine (legen Sie sie in der Sitzung fest).",
    "n_review": "Jetzt {journey}: gehen Sie in etwa {minutes} Minuten durch, wo diese Journey von der ersten abweicht (Überblick, Kurve, die Phasen, die anders sind); danach die Übung.",
    "n_exercise": "Lassen Sie die Gruppe den Canvas für diese Phase in {minutes} Minuten füllen: eine Idee je Haftnotiz, dann gruppieren und priorisieren.",
    "n_exercise_group": "Lassen Sie die Gruppe den Canvas für diese Phasen in {minutes} Minuten füllen: eine Idee je Haftnotiz, dann gruppieren und priorisieren.",
    "n_appendix": "Hintergrund für die Sitzung: Berührungspunkte, Personas und Notizen aus der Arbeitsmappe.",
    "persona": "Persona",
    "roles": "Buying Center: wer wo beteiligt ist",
    "roles_own": "{group}: wer wo beteiligt ist",
    "roles_neutral": "Wer wo beteiligt ist",
    "n_roles": "Gehen Sie die Phasen je Rolle durch: Wer entscheidet wo, und wen vermissen wir in welcher Phase?",
    "n_persona": "Lesen Sie die Persona vor und fragen Sie: Erkennen wir sie wieder? Was wissen wir noch nicht?",
    "tp_title": "Berührungspunkte",
    "n_tp": "Welche Berührungspunkte bedienen wir heute nicht, obwohl wir es idealerweise sollten? Das sind die ersten Verbesserungen.",
    "channels_title": "Kanäle je Phase",
    "n_channels": "Wo hängt eine Phase an einem einzigen Kanal? Welche Kanäle nutzt der Kunde, und sind wir dort?",
    "kpi_title": "Gemessene Kennzahlen",
    "kpi_title_aimed": "Angestrebte Kennzahlen (ideal)",
    "kpi_chart": "Gemessen am Ziel",
    "kpi_chart_untargeted": "Gemessen",  # figures without any target: no "against target"
    "kpi_chart_aimed": "Angestrebt gegen Ziel",
    "not_charted": "Außerdem gemessen",
    "shared_figures": "Auch Kennzahlen dieser Journey, gezeigt im Teil von {who}",
    "n_kpi": "Beginnen Sie mit den verfehlten Zielen: In welcher Phase liegt das Problem, und was sagt die Journey dazu?",
    "measured": "Gemessen",
    "aimed": "Angestrebt",
    "target": "Ziel",
    "budget_title": "Budget und Ertrag",
    "budget_spent": "Budget",  # a budget slide that shows no return: not titled "... and return"
    "n_budget": "Welche Medien bringen je Euro am meisten ein? Wohin verschieben wir Budget?",
    "spend": "Ausgaben",
    "per_channel": "je Kanal",
}

#: Words of the gap analysis (terminal, PDF, slides).
GAP_WORDS: dict[str, str] = {
    "missing": "Fehlt heute (beginnen)",
    "without": "Ohne Wirkung auf die ideale Journey (aufhören?)",
    "left_behind": "Nicht mehr in der idealen Journey (heutiger Kundenschritt)",  # today's customer steps the ideal journey no longer has
    "pairs": "Zugeordnet (ideal ← aktuell, Ähnlichkeit)",
    "same": "{count} Punkte in beiden gleich",
    "same_one": "1 Punkt in beiden gleich",
    "not_compared": "Nicht verglichen",
    "empty_ideal": "in der ganzen idealen Journey leer: keine Vorschläge zum Aufhören",
    "kind_both": "in beiden Journeys; die Lückenanalyse vergleicht den Kundenprozess, den internen Prozess, Kontaktpunkte und Kanäle",
    "kind_ideal": "nur in der idealen Journey; die Lückenanalyse vergleicht den Kundenprozess, den internen Prozess, Kontaktpunkte und Kanäle",
    "kind_current": "nur in der aktuellen Journey; die Lückenanalyse vergleicht den Kundenprozess, den internen Prozess, Kontaktpunkte und Kanäle",
    "kind_empty_ideal": "leer in der idealen Journey (die Zeile ist da, es steht nichts darin); die Lückenanalyse vergleicht den Kundenprozess, den internen Prozess, Kontaktpunkte und Kanäle",
    "kind_empty_current": "leer in der aktuellen Journey (die Zeile ist da, es steht nichts darin); die Lückenanalyse vergleicht den Kundenprozess, den internen Prozess, Kontaktpunkte und Kanäle",
    "unpaired_ideal": "nur in der idealen Journey: die aktuelle Journey hat andere Bahnen dieser Art, keine mit diesem Namen; geben Sie der Bahn in beiden denselben Namen, um sie zu vergleichen",
    "unpaired_current": "nur in der aktuellen Journey: die ideale Journey hat andere Bahnen dieser Art, keine mit diesem Namen; geben Sie der Bahn in beiden denselben Namen, um sie zu vergleichen",
    "experience": "Erlebnis",  # the score row's label where it has none
    "score": "{label}: aktuell {current} → ideal {ideal}",
    "same_deed": "unter der Schwelle von {threshold}, dennoch gepaart: beide beginnen mit '{verb}' und sind die einzigen übrigen Einträge dieser Phase und Bahn — dieselbe Handlung, anders getan",
    "actions": "Handlungspunkte",
    "unaligned": "Phasen, die nicht zugeordnet werden konnten",
    "start": "beginnen",
    "stop": "aufhören",
    "stop?": "aufhören?",
    "unfilled": "aufhören? (in der idealen Journey leer)",
    "improve": "verbessern",
    "high": "hoch",
    "medium": "mittel",
    "low": "niedrig",
    "title": "Lückenanalyse: ideal gegenüber aktuell",
    "title_same": "Lückenanalyse: {scenario} gegenüber {scenario} — beide Journeys sagen '{scenario}', das ist nicht ideal gegenüber aktuell",
    "method": "Einträge wurden gepaart, wenn ihre Texte sich zu mindestens {threshold} ähneln.",
    "basis": 'Priorität: Beginnen und Verbessern wiegen schwerer, je größer der Abstand der Bewertung ist und je schlechter die Phase heute erlebt wird; „beenden?" ist eine Vermutung und wiegt durch den Abstand nie schwerer: niedrig, mittel für den eigenen Prozess in einer heute schlecht erlebten Phase, nie mehr für einen Kontaktpunkt oder Kanal (eine Bewertungsseite oder Plattform kann das Unternehmen nicht immer beenden).',
    "unscored": "Keine der beiden Reisen hat eine Bewertung je Phase (keine Bewertungszeile gelesen): die Prioritäten beruhen hier nicht auf einem Abstand der Bewertung, und das Erleben ist nicht verglichen.",
    "changes": "Was sich geändert hat",
    # the terminal's report: which file is which, how alike items must be, what was said once
    "report_ideal": "ideal",
    "report_current": "aktuell",
    "report_threshold": "Schwelle der Ähnlichkeit",
    "scales": "Bewertungen: ideal auf {ideal}, aktuell auf {current}",
    "scales_differ": "die beiden Reisen bewerten auf verschiedenen Skalen (ideal {ideal}, aktuell {current}): die Bewertungen einer Phase werden als Anteil ihrer eigenen Skala verglichen, der Unterschied auf der Skala der aktuellen Reise; schreiben Sie beide auf einer Skala, um sie wie geschrieben zu vergleichen",
    "said_once": "Einmal genannt, wie es das Blatt Berührungspunkte nennt (derselbe Berührungspunkt im selben Kanal)",
    "pair_heading": "{ideal} (ideal) mit {current} (aktuell) — {how}",
    "pair_named": "'{name}' (Blatt '{sheet}')",
    "paired_name": "verbunden über den Namen",
    "paired_persona": "verbunden über die Persona",
    "paired_sheet": "verbunden über den Blattnamen",
    "paired_only": "die einzige Journey von jedem",
    "paired_first": "die erste als ideal und die erste als aktuell markierte",
    "shared_actions": "Für jedes Paar, aus dem Blatt Berührungspunkte (einmal genannt)",
}

#: Words of the 'what changed' report.
DIFF_WORDS: dict[str, str] = {
    "journeys": "Journeys",
    "journey_added": "Journey hinzugefügt",
    "journey_removed": "Journey entfernt",
    "phase_added": "Phase hinzugefügt",
    "phase_removed": "Phase entfernt",
    "lane_added": "Bahn hinzugefügt",
    "lane_removed": "Bahn entfernt",
    "renamed": "Phase umbenannt",
    "phases_reordered": "Reihenfolge der Phasen geändert",
    "score": "Bewertung",
    "added": "hinzugefügt",
    "removed": "entfernt",
    "in_journeys": "in den Reisen {journeys}",  # a cell several journeys show, its change said once
    "moved": "verschoben",
    "reworded": "umformuliert",
    "changed": "geändert",
    "similarity": "Ähnlichkeit",
    "by_position": "an derselben Stelle neu geschrieben",  # a card rewritten past likeness, paired by its place
    "none": "keine Änderungen",
    "figures": "Gemessene Werte",
    "target": "Ziel",
    "met": "erreicht",
    "missed": "verfehlt",
    "new_figure": "neu",
    "gone": "nicht mehr gemessen",
    "touchpoints": "Berührungspunkte",
    "personas": "Personas",
    "record_renamed": "umbenannt",
}

#: Sheet names and headers of the gap report workbook.
GAP_SHEETS: dict[str, str] = {
    "actions": "Maßnahmen",
    "missing": "Fehlt heute",
    "without": "Ohne Wirkung",
    "left_behind": "Nicht mehr im Ideal",
    "pairs": "Zugeordnet",
    "scores": "Bewertungen",
    "phase": "Phase",
    "action": "Maßnahme",
    "kind": "Art",
    "priority": "Priorität",
    "owner": "Verantwortlich",
    "status": "Stand",
    "cell": "Zelle",
    "lane": "Bahn",
    "item": "Punkt",
    "ideal": "Ideal",
    "current": "Aktuell",
    "similarity": "Ähnlichkeit",
    "pair_why": "Warum gepaart",
    "gap": "Unterschied",
    "statuses": "Offen,In Arbeit,Erledigt,Verworfen",
    "lists": "Auswahllisten",
}

#: Headers of the deck's touchpoint, channel, role and figure tables.
TABLE_HEADERS: dict[str, str] = {
    "phase": "Phase",
    "touchpoint": "Berührungspunkt",
    "channel": "Kanal",
    "timing": "Zeitpunkt",
    "owner": "Verantwortlich",
    "now": "Jetzt",
    "ideal": "Ideal",
    "sale": "Verkaufsmoment",
    "metric": "Messgröße",
    "value": "Wert",
    "target": "Ziel",
    "result": "Ergebnis",
    "period": "Zeitraum",
    "spend": "Ausgaben",
    "revenue": "Umsatz",
    "serves": "Bringt ein",
    "role": "Rolle",
    "measured": "Gemessen",
}

#: The phases of each journey model the template offers.
PHASE_MODELS: dict[str, tuple[str, ...]] = {
    "five": ("Aufmerksamkeit", "Interesse", "Abwägung", "Kauf", "Service & Treue"),
    "b2b7": (
        "Orientierung",
        "Auslöser",
        "Erste Abwägung",
        "Aktive Bewertung",
        "Kaufentscheidung",
        "Erfahrung",
        "Treue",
    ),
    "five-a": ("Wahrnehmung", "Bewertung", "Handlung", "Dauerhaft", "Weiterempfehlung"),
}

#: Metric names offered in the Metrics sheet's drop-down.
METRIC_NAMES: tuple[str, ...] = (
    "Konversionsrate",
    "Absprungrate",
    "Klickrate",
    "Warenkorbabbrüche",
    "NPS",
    "Kundenbindung",
    "Umsatz",
    "Kosten",
)

#: The emotion curve in words (speaker notes, the poster's alternative text).
CURVE_WORDS = {
    "extremes": "Am schlechtesten erlebt der Kunde {low} ({low_v}), am besten {high} ({high_v}).",
    # the lowest score is no bad one (at or above the scale's middle): not "am schlechtesten"
    "extremes_mild": "Am wenigsten gut erlebt der Kunde {low} ({low_v}), am besten {high} ({high_v}).",
    "and": "und",
    "flat": "Der Kunde erlebt jede Phase gleich ({value}).",
    "drop": "Der größte Einbruch liegt zwischen '{a}' und '{b}' ({a_v} auf {b_v}).",
    "drop_over": "Der größte Einbruch liegt zwischen '{a}' und '{b}' ({a_v} auf {b_v}); dazwischen hat {between} keine Bewertung.",
    "no_drop": "Die Bewertung sinkt nirgends in der Journey.",
    "none": "Es sind keine Bewertungen ausgefüllt.",
}

#: The workshop kit: the changes sheet, the handouts, the cards and the tiled poster.
#: The actions a row of the changes sheet may name, with their common synonyms (the first is the drop-down's), comma-separated.
KIT_ACTIONS: dict[str, str] = {
    "keep": "behalten, beibehalten, bleibt, belassen, unverändert",
    "change": "ändern, bearbeiten, geändert, bearbeitet, anpassen, angepasst, umschreiben, umgeschrieben",
    "remove": "entfernen, löschen, entfernt, gelöscht, streichen, gestrichen, raus",
}

KIT_WORDS = {
    "changes_legend": "Aktionen — behalten: die Karte bleibt, wie sie ist · ändern: den neuen Text unter ‘Neuer Text’ schreiben · entfernen: die Karte verlässt die Canvas. Eine leere Aktion heißt behalten.",
    "tp_now": "jetzt",
    "tp_ideal": "ideal",
    "tp_kpi": "gemessen mit",
    "tp_sale": "Verkaufsmoment",
    "tp_no_sale": "kein Verkaufsmoment",
    "tiles_skipped": "Nicht gedruckt, da nichts darauf steht: {labels} (ihren Platz frei lassen).",
    "col_id": "ID",
    "col_phase": "Phase",
    "col_lane": "Bahn",
    "col_text": "Text",
    "col_action": "Aktion",
    "col_new": "Neuer Text",
    "col_note": "Anmerkung",
    "note_removed_card": "Karte entfernt aus {lane}: '{card}'",  # heads the team's note on a removed card, kept as a comment
    "keep": "behalten",
    "change": "ändern",
    "remove": "entfernen",
    "action_error_title": "Aktion",
    "action_error": "Wählen Sie behalten, ändern oder entfernen (auch: bearbeiten; löschen; oder keep, change, remove und ihre Synonyme).",
    "changes_sheet": "Änderungen",
    "lists_sheet": "Listen",
    "changes_help": "Geben Sie nach der Sitzung jeder Karte ihre Aktion: behalten, ändern (mit dem neuen Text) oder entfernen. "
    "Neue Karten: unter der Linie, ohne ID, mit Phase, Bahn und Text. "
    "Ein Text in einer Zelle ist eine Karte, auch mit '; ' darin; eine neue Zeile (Alt+Enter) beginnt eine weitere Karte.",
    "scores_key": "Scores (ID auf -SC): die neue Punktzahl selbst unter ‘Neuer Text’ schreiben, auf der Skala {scale}: z. B. {example}.",  # on the changes sheet: how a score row's new score is written
    "scores_plain": "; nicht +1 oder -1 (die Skala hat kein Plus und Minus)",  # after scores_key's example on a scale with no signs (1..5)
    "journeys_key": "R1, R2 vor einer Phase sagen, welche Reise: {key}.",  # on the changes sheet of several journeys: what R1, R2 stand for
    "shared_key": "Eine Zelle, die mehrere Reisen teilen, ist eine Zeile, unter der ersten; ihre Änderung gilt für jede Reise: {cards}.",  # on the changes sheet: cards of a cell shared by journeys (a stage list's)
    "new_cards": "Neue Karten",
    "continued": "Fortsetzung",
    "blank": "Neue Idee",
    "handout_kicker": "Arbeitsblatt für die Kleingruppe",
    "already": "Was der Canvas schon sagt",
    "nothing_yet": "Noch nichts: beginnen Sie hier.",
    "see_near": "Keine Bahn des Canvas stellt diese Frage; siehe auch {lanes} (unten).",
    "write_here": "Ihre Ergänzungen",
    "name_card": "Persona",  # the band of a persona's name card (its name is the card's text)
    "vote_title": "Punkte kleben: welche Verbesserungen zuerst?",
    "vote_help": "Jede Person klebt drei Punkte, auf eine oder mehrere Verbesserungen.",
    "vote_questions": "Offene Fragen (keine Abstimmung: zuerst beantworten)",
    "votes": "Stimmen",
    "tiles_title": "Plakat in Blättern",
    "cards_title": "Karten",  # the cards PDF's title, as a viewer's title bar shows it
    "handouts_title": "Arbeitsblätter",  # the handouts PDF's title
    "tiles_summary": "Plakat {poster} auf {n} Blättern {paper}: {cols} Spalten × {rows} Zeilen",
    "tiles_step1": "In Originalgröße drucken (100 %, nicht ‚an Seite anpassen‘).",
    "tiles_step2": "Schneiden Sie bei jedem Blatt den linken und oberen Rand an den Eckmarken des Bildes ab "
    "(nicht den linken Rand in Spalte A, nicht den oberen Rand in Zeile 1).",
    "tiles_step3": "Legen Sie die Blätter wie auf der Karte unten aus: Buchstaben sind Spalten, Zahlen sind Zeilen.",
    "tiles_step4": "Legen Sie jedes Blatt über seine Nachbarn links und oben, den geschnittenen Rand auf die Striche an "
    "deren grauem Balken, und kleben Sie es fest.",
    "tile_sheet": "Blatt {n} von {total} · Spalte {col}, Zeile {row}",
    "tile_hint": "Grauer Balken: Das Nachbarblatt kommt darüber, sein geschnittener Rand auf den Strich. "
    "Linken und oberen Rand an den Eckmarken abschneiden.",
}


#: The web page's own words the server says (``web.page_language``): the rest are in ``web/page/app.js``.
PAGE_WORDS: dict[str, str] = {
    "gaps_journey": "Nur die Journey von (Name, Persona oder Blatt; leer: jede Journey mit ihrem Gegenstück)",  # the gaps tab's field of --journey
    "reading": "Einlesen anpassen",
    "lane_kinds": "Was eine Bahn ist, eine pro Zeile",  # the page's label of the --lane field
    "title": "Titel der Karte, statt des Titels aus der Arbeitsmappe (eine Journey)",  # the page's label of the --title field
    "tab_build": "Poster und Präsentation",
    "tab_kit": "Workshop-Kit",
    "tab_apply": "Änderungen übernehmen",
    "workbook": "Arbeitsmappe",
    "metrics": "Kennzahlen",
    "canvas": "Arbeitsmappe der Sitzung",
    "changes": "Ausgefüllte Änderungsliste",
    "no_notes": "Ohne Notizen (Kommentare des Teams)",  # the build tab's box that leaves the notes off
}
