// canvasgen's page: sends a form to the API and shows what came back. No framework, no build step,
// nothing fetched from anywhere but this server.
"use strict";

const WORDS = {
  nl: {
    tagline: "Van klantreis-werkmap naar poster en workshopdeck.", language: "Taal",
    tab_build: "Poster en deck", tab_gaps: "Gap-analyse", tab_diff: "Versies vergelijken",
    tab_kit: "Workshopkit", tab_apply: "Wijzigingen verwerken",
    kit_help: "Kaarten, werkbladen, de poster op A4-vellen en het wijzigingenblad dat het team na de sessie invult.",
    kit_size: "Poster die in vellen gaat", kit_lang: "Taal van de kit", make_kit: "Maak de workshopkit",
    report_lang: "Taal van het rapport",
    apply_help: "De werkmap en het ingevulde wijzigingenblad: canvasgen maakt een nieuwe versie van de werkmap en laat zien wat er veranderde. De werkmap zelf blijft zoals ze is.",
    canvas: "Werkmap van de sessie", changes: "Ingevuld wijzigingenblad (…-changes.xlsx)",
    partial: "Verwerk wat kan; sla rijen met een fout over", apply: "Verwerk de wijzigingen",
    workbook: "Werkmap ({formats})", formats_or: "of", metrics: "Meetcijfers (CSV, mag leeg)",
    brand: "Huisstijl", size: "Papier", portrait: "Staand", no_notes: "Zonder notities (opmerkingen van het team)", output_lang: "Taal van poster en deck",
    auto: "uit de werkmap", make: "Maak poster en deck", compare: "Vergelijk",
    gaps_help: "Eén werkmap met de ideale en de huidige reis, of twee werkmappen.",
    gaps_journey: "Alleen de reis van (naam, persona of blad; leeg: elke reis met haar partner)",
    ideal: "Ideale reis (of beide)", current: "Huidige reis (mag leeg)", old: "Oude versie", new: "Nieuwe versie",
    local: "Alles blijft op deze computer: er gaat niets naar internet.",
    working: "Bezig…", done: "Klaar.", failed: "Dat lukte niet. canvasgen zegt (in het Engels):",
    downloads: "Downloaden", journey: "Klantreis", phases: "Fasen", lanes: "Banen", page: "Pagina",
    warnings: "Meldingen van canvasgen (in het Engels, zoals op de opdrachtregel)",
    more: "Inlezen bijsturen", more_help: "Alleen nodig als canvasgen de werkmap verkeerd leest: zie de waarschuwingen. Wat u hier invult, geldt op elk tabblad.",
    with: "Extra werkmappen (contactmomenten, persona's, scores)", phases_row: "Rij met de fasenamen",
    phases_col: "Kolom met de fasenamen", labels: "Kolom of rij met de baannamen",
    lane_kinds: "Wat een baan is, één per regel", skip_hidden: "Verborgen rijen, kolommen en bladen weglaten",
    groups: "Fasegroepen: none (geen) of above (de rij boven de fasenamen)",
    traffic_lights: "Scores van de stoplichten; by=colour: de kleur beslist",
    title: "Titel van de kaart, in plaats van die uit de werkmap (één klantreis)",
    full: "ware grootte", no_rows: "Geen verschillen gevonden.", "empty.actions": "Geen actiepunten.",
    "table.changes": "Wat is er veranderd", "table.actions": "Actiepunten", "table.per_phase": "Per fase",
    "col.where": "Waar", "col.change": "Verandering", "col.text": "Tekst", "col.cell": "Cel", "col.priority": "Prioriteit",
    "col.phase": "Fase", "col.kind": "Soort", "col.action": "Actie", "col.lane": "Baan",
    "word.added": "toegevoegd", "word.removed": "verwijderd", "word.changed": "gewijzigd", "word.moved": "verplaatst", "word.reworded": "anders verwoord",
    "word.meta": "gegevens", "word.score": "score", "word.renamed": "hernoemd", "word.figures": "meetcijfer",
    "word.journeys_added": "reis toegevoegd", "word.journeys_removed": "reis verwijderd",
    "word.phases_added": "fase toegevoegd", "word.phases_reordered": "volgorde van de fasen", "word.phases_removed": "fase verwijderd",
    "word.lanes_added": "baan toegevoegd", "word.lanes_removed": "baan verwijderd",
    "word.touchpoints_added": "contactmoment toegevoegd", "word.touchpoints_removed": "contactmoment verwijderd",
    "word.not_compared": "niet vergeleken", "word.touchpoints_changed": "contactmoment gewijzigd", "word.personas_added": "persona toegevoegd",
    "word.personas_removed": "persona verwijderd", "word.personas_changed": "persona gewijzigd",
    "word.missing": "ontbreekt nu (starten)", "word.without": "zonder effect (stoppen?)", "word.left_behind": "niet meer in de ideale reis (klantstap van nu)",
    "word.paired": "gekoppeld (ideaal ← huidig)", "word.same": "gelijk in beide", "word.unaligned": "niet gekoppeld",
    "word.start": "starten", "word.stop": "stoppen", "word.improve": "verbeteren",
    "word.stop?": "stoppen?", "word.unfilled": "stoppen? (leeg in de ideale reis)",
    "word.high": "hoog", "word.medium": "midden", "word.low": "laag",
    "said.cards": "{count} kaarten", "said.wrote": "{name} gemaakt",
    "said.applied": "{name} gemaakt ({counts})", "said.changed": "{n} gewijzigd", "said.removed": "{n} verwijderd",
    "said.added": "{n} toegevoegd", "said.moved": "{n} verplaatst", "said.already": "{n} al zoals gevraagd", "said.version": "versie {version}", "said.dated": "datum op vandaag gezet", "said.undated": "geen datumveld om in te vullen", "said.skipped": "{n} rij(en) overgeslagen", "said.continued": "{cell} ({lane} · {phase}) gaat verder op pagina {page}",
    "said.new_workbook": "{name} is een nieuwe werkmap in het sjabloon van canvasgen: {canvas} zelf heeft geen cellen om aan te passen; werk vanaf nu verder in de nieuwe werkmap.",
    "said.nothing_to_apply": "Niets te verwerken: geen rij in {name} vraagt om een wijziging; er is geen nieuwe werkmap gemaakt.",
    "said.team_note_card": "Notitie van het team bij kaart {card} ({where}): {note} — hoort niet bij het canvas en is er niet in gezet.",
    "said.team_note": "Notitie van het team ({where}): {note} — hoort niet bij het canvas en is er niet in gezet.",
    "said.team_note_kept": "Notitie van het team bij kaart {card} ({where}): {note} — als opmerking bewaard bij cel {cell} van {name}, niet als tekst van het canvas.",
    "said.team_note_kept_new": "Notitie van het team bij de nieuwe kaart '{card}' ({where}): {note} — als opmerking bewaard bij cel {cell} van {name}, niet als tekst van het canvas.",
    "said.team_note_kept_removed": "Notitie van het team bij kaart {card}, weggehaald ('{removed}'; {where}): {note} — als opmerking bewaard bij cel {cell} van {name}, met de tekst van de kaart erboven, niet als tekst van het canvas.",
    "said.team_note_unwritten": "Notitie van het team ({where}): {note} — niet bewaard: er is niets geschreven ({name} is niet gemaakt).",
    "said.team_note_commented": "Notitie van het team ({where}): {note} — niet bewaard: de cel {cell} van de kaart heeft al een opmerking, die blijft zoals ze was.",
    "said.team_note_left_out": "Notitie van het team ({where}): {note} — niet bewaard: de rij is overgeslagen.",
    "said.team_note_removed": "Notitie van het team bij kaart {card} ({where}): {note} — niet bewaard: de kaart is verwijderd, {name} heeft er geen cel van.",
    "said.team_note_no_cell": "Notitie van het team ({where}): {note} — niet bewaard: de kaart heeft geen eigen cel in {name}.",
    "said.compared": "{ideal} → {current}",
    "said.language_workbook": "Poster en deck in het {name}, de taal van de werkmap; kies bij '{field}' {other_name} voor het {other_name_in}.",
    "said.language_asked": "Poster en deck in het {name}, zoals gekozen bij '{field}'.",
    "said.language_kit": "Poster en deck in het {name}, de taal van de huisstijl: de woorden van de werkmap noemen geen taal; kies een andere bij '{field}'.",
    "language_name.nl": "Nederlands", "language_name.en": "Engels", "language_name.de": "Duits", "language_name.fr": "Frans", "language_name.es": "Spaans",
    "role.customer": "wat de klant doet", "role.internal": "wat de organisatie doet", "role.experience": "beleving",
    "role.learning": "verbeterpunten", "role.score": "score", "role.touchpoints": "contactmomenten", "role.channels": "kanalen",
    "role.emotions": "emoties", "role.pain_points": "pijnpunten", "role.opportunities": "kansen", "role.kpis": "KPI's",
    "role.custom": "geen rol, eigen baan", "role.extra": "{role}, als extra baan",
    lanes_fix: "Klopt een rol niet? Typ in het veld \"{field}\" onder \"{more}\" het label, '=' en de soort, bijvoorbeeld '{example}'.",
    lane_example: "Knelpunten=pain_points",
    title_example: "Klantreis webshop",
    phases_row_example: "Klantreis!9",
    refused: "Dat lukte niet.",
    "refused.too_large": "Het bestand is groter dan de grens van deze server ({mb} MB).",
    "refused.too_slow": "Het uploaden duurde langer dan {seconds} seconden. Probeer het nog eens.",
    "refused.stalled": "Het uploaden stond {seconds} seconden stil. Probeer het nog eens.",
    "refused.busy": "De server is bezig. Probeer het over een minuut nog eens.",
    "refused.stopping": "De server stopt. Probeer het nog eens als hij weer draait.",
    "refused.no_file": "Kies eerst een bestand: {fields}.",
    "refused.wrong_kind": "{name}: canvasgen leest hier alleen deze soorten bestanden: {kinds}.",
    "refused.unknown_brand": "Onbekende huisstijl '{brand}'. Kies er een uit de lijst: {brands}.",
    "refused.unknown_language": "Kies een taal uit de lijst: {languages}.",
    "refused.empty_file": "{name} is leeg (0 bytes): kies een werkmap (.xlsx, .ods, .xls) of een CSV-bestand.",
    "refused.bad_lane": "'{lane}': geef het label van een baan, '=' en een van de soorten {kinds}.",
    "refused.bad_phases_row": "'{value}' is een kolom; de rij met fasen is een getal (bijv. 9).",
    "refused.bad_phases_col": "'{value}' is een rij; de kolom met fasen is een letter (bijv. B).",
    "refused.blank_title": "De titel bestaat alleen uit spaties: geef de titel van de kaart in woorden (bijv. 'Klantreis webshop'), of maak het veld leeg.",
    "refused.bad_size": "Onbekend papierformaat '{size}': kies {sizes} of een maat als 700x500mm (elke zijde 50 tot 5000 mm).",
    "refused.unreadable": "Het formulier kwam niet goed aan. Laad de pagina opnieuw en probeer het nog eens.",
    "refused.timed_out": "Dit duurde langer dan {seconds} seconden en is gestopt: de werkmap is misschien te groot of te ingewikkeld voor de pagina.",
    "refused.no_result": "Dit resultaat is er niet meer (resultaten worden na een tijdje gewist). Maak het opnieuw.",
    "refused.bug": "canvasgen kon dit verzoek niet beantwoorden. Meld dit alstublieft.",
    "refused.other_workbook": "Dit wijzigingenblad hoort bij {kit}, niet bij {workbook}: kies {kit} als werkmap van de sessie.",
    stopped: "Gestopt: {stopped}. U begon daarna {tab}; hieronder staat het resultaat van {tab}.",
  },
  en: {
    tagline: "From customer journey workbook to poster and workshop deck.", language: "Language",
    tab_build: "Poster and deck", tab_gaps: "Gaps", tab_diff: "Compare versions",
    tab_kit: "Workshop kit", tab_apply: "Apply changes",
    kit_help: "Cards, handouts, the poster on A4 sheets and the changes sheet the team fills in after the session.",
    kit_size: "Poster to tile", kit_lang: "Language of the kit", make_kit: "Make the workshop kit",
    report_lang: "Language of the report",
    apply_help: "The workbook and the filled-in changes sheet: canvasgen writes a new version of the workbook and shows what changed. The workbook itself stays as it is.",
    canvas: "Workbook of the session", changes: "Filled-in changes sheet (…-changes.xlsx)",
    partial: "Apply what can be applied; skip rows with a mistake", apply: "Apply the changes",
    workbook: "Workbook ({formats})", formats_or: "or", metrics: "Figures (CSV, optional)",
    brand: "Brand kit", size: "Paper", portrait: "Portrait", no_notes: "Without notes (the team's comments)", output_lang: "Language of poster and deck",
    auto: "from the workbook", make: "Make poster and deck", compare: "Compare",
    gaps_help: "One workbook with the ideal and the current journey, or two workbooks.",
    gaps_journey: "Only the journey of (name, persona or sheet; empty: every journey with its partner)",
    ideal: "Ideal journey (or both)", current: "Current journey (optional)", old: "Old version", new: "New version",
    local: "Everything stays on this computer: nothing goes to the internet.",
    working: "Working…", done: "Done.", failed: "That did not work. canvasgen says:", downloads: "Downloads",
    journey: "Journey", phases: "Phases", lanes: "Lanes", warnings: "What canvasgen noticed", page: "Page",
    more: "Adjust the reading", more_help: "Only needed when canvasgen reads the workbook wrongly: see the warnings. What you fill in here holds on every tab.",
    with: "Companion workbooks (touchpoints, personas, scores)", phases_row: "Row with the phase names",
    phases_col: "Column with the phase names", labels: "Column or row with the lane names",
    lane_kinds: "What a lane is, one per line", skip_hidden: "Leave out hidden rows, columns and sheets",
    groups: "Phase groups: none, or above (the row over the phase names)",
    traffic_lights: "Scores of the traffic lights; by=colour: the colour decides",
    title: "The map's title, instead of the workbook's (one journey)",
    full: "full size", no_rows: "No differences found.", "empty.actions": "No action points.",
    "table.changes": "What changed", "table.actions": "Action points", "table.per_phase": "Per phase",
    "col.where": "Where", "col.change": "Change", "col.text": "Text", "col.cell": "Cell", "col.priority": "Priority",
    "col.phase": "Phase", "col.kind": "Kind", "col.action": "Action", "col.lane": "Lane",
    "word.added": "added", "word.removed": "removed", "word.changed": "changed", "word.moved": "moved", "word.reworded": "reworded",
    "word.score": "score", "word.renamed": "renamed",
    "word.journeys_added": "journey added", "word.journeys_removed": "journey removed",
    "word.phases_added": "phase added", "word.phases_reordered": "order of the phases", "word.phases_removed": "phase removed",
    "word.lanes_added": "lane added", "word.lanes_removed": "lane removed",
    "word.start": "start", "word.stop": "stop", "word.improve": "improve", "word.stop?": "stop?",
    "word.high": "high", "word.medium": "medium", "word.low": "low",
    "word.meta": "details", "word.figures": "figure", "word.without": "no effect (stop?)", "word.left_behind": "not in the ideal journey (today's customer step)",
    "word.missing": "missing today (start)", "word.paired": "paired (ideal ← current)", "word.same": "the same in both",
    "word.unaligned": "not aligned", "word.unfilled": "stop? (empty in the ideal)",
    "word.touchpoints_added": "touchpoint added", "word.touchpoints_removed": "touchpoint removed",
    "word.not_compared": "not compared", "word.touchpoints_changed": "touchpoint changed", "word.personas_added": "persona added",
    "word.personas_removed": "persona removed", "word.personas_changed": "persona changed",
    "said.cards": "{count} cards", "said.wrote": "wrote {name}",
    "said.applied": "wrote {name} ({counts})", "said.changed": "{n} changed", "said.removed": "{n} removed",
    "said.added": "{n} added", "said.moved": "{n} moved", "said.already": "{n} already as asked", "said.version": "version {version}", "said.dated": "date set to today", "said.undated": "no date field to set", "said.skipped": "{n} row(s) skipped", "said.continued": "continued: {cell} ({lane} · {phase}) -> page {page}",
    "said.new_workbook": "{name} is a new workbook in canvasgen's template: {canvas} itself has no cells to patch; work on in the new workbook from here.",
    "said.nothing_to_apply": "Nothing to apply: no row of {name} asks for a change; no new workbook was written.",
    "said.team_note_card": "The team's note on card {card} ({where}): {note} — not part of the canvas, not written into it.",
    "said.team_note": "The team's note ({where}): {note} — not part of the canvas, not written into it.",
    "said.team_note_kept": "The team's note on card {card} ({where}): {note} — kept as a comment on cell {cell} of {name}, not as canvas text.",
    "said.team_note_kept_new": "The team's note on the new card '{card}' ({where}): {note} — kept as a comment on cell {cell} of {name}, not as canvas text.",
    "said.team_note_kept_removed": "The team's note on card {card}, removed ('{removed}'; {where}): {note} — kept as a comment on cell {cell} of {name}, under the card's text, not as canvas text.",
    "said.team_note_unwritten": "The team's note ({where}): {note} — not kept: nothing was written ({name} was not made).",
    "said.team_note_commented": "The team's note ({where}): {note} — not kept: its card's cell {cell} already holds a comment, kept as it was.",
    "said.team_note_left_out": "The team's note ({where}): {note} — not kept: its row was left out.",
    "said.team_note_removed": "The team's note on card {card} ({where}): {note} — not kept: the card was removed, {name} has no cell of it.",
    "said.team_note_no_cell": "The team's note ({where}): {note} — not kept: its card has no cell of its own in {name}.",
    "said.compared": "{ideal} → {current}",
    "said.language_workbook": "Poster and deck in {name}, the workbook's language; choose {other_name} under '{field}' for {other_name_in}.",
    "said.language_asked": "Poster and deck in {name}, as chosen under '{field}'.",
    "said.language_kit": "Poster and deck in {name}, the brand kit's language: the workbook's words name none; choose another under '{field}'.",
    "language_name.nl": "Dutch", "language_name.en": "English", "language_name.de": "German", "language_name.fr": "French", "language_name.es": "Spanish",
    "role.customer": "what the customer does", "role.internal": "what the organisation does", "role.experience": "experience",
    "role.learning": "improvements", "role.score": "score", "role.touchpoints": "touchpoints", "role.channels": "channels",
    "role.emotions": "emotions", "role.pain_points": "pain points", "role.opportunities": "opportunities", "role.kpis": "KPIs",
    "role.custom": "no role, a lane of its own", "role.extra": "{role}, as an extra lane",
    lanes_fix: "A role wrong? Type the label, '=' and the kind in the field \"{field}\" under \"{more}\", for example '{example}'.",
    lane_example: "Barriers=pain_points",
    title_example: "Online shop journey",
    phases_row_example: "Journey!9",
    refused: "That did not work.",
    "refused.too_large": "The file is larger than this server's limit ({mb} MB).",
    "refused.too_slow": "The upload took longer than {seconds} seconds. Please try again.",
    "refused.stalled": "The upload stopped for {seconds} seconds. Please try again.",
    "refused.busy": "The server is busy. Please try again in a minute.",
    "refused.stopping": "The server is stopping. Please try again when it is back.",
    "refused.no_file": "Choose a file first: {fields}.",
    "refused.wrong_kind": "{name}: canvasgen reads only these kinds of file here: {kinds}.",
    "refused.unknown_brand": "Unknown brand kit '{brand}'. Choose one from the list: {brands}.",
    "refused.unknown_language": "Choose a language from the list: {languages}.",
    "refused.empty_file": "{name} is empty (0 bytes): choose a workbook (.xlsx, .ods, .xls) or a CSV file.",
    "refused.bad_lane": "'{lane}': give a lane's label, '=' and one of the kinds {kinds}.",
    "refused.bad_phases_row": "'{value}' names a column; the phases' row is a number (e.g. 9).",
    "refused.bad_phases_col": "'{value}' names a row; the phases' column is a letter (e.g. B).",
    "refused.blank_title": "The title holds spaces only: give the map's title in words (e.g. 'Online shop journey'), or empty the field.",
    "refused.bad_size": "Unknown paper size '{size}': choose {sizes} or a size like 700x500mm (each side 50 to 5000 mm).",
    "refused.unreadable": "The form did not arrive whole. Reload the page and try again.",
    "refused.timed_out": "This took longer than {seconds} seconds and was stopped: the workbook may be too large or too complex for the page.",
    "refused.no_result": "This result is gone (results are deleted after a while). Make it again.",
    "refused.bug": "canvasgen could not answer this request. Please report this.",
    "refused.other_workbook": "This changes sheet belongs to {kit}, not to {workbook}: choose {kit} as the workbook of the session.",
    stopped: "Stopped: {stopped}. You then started {tab}; below is the result of {tab}.",
  },
  de: {
    tagline: "Von der Customer-Journey-Arbeitsmappe zu Poster und Workshop-Präsentation.", language: "Sprache",
    tab_build: "Poster und Präsentation", tab_gaps: "Lücken", tab_diff: "Versionen vergleichen",
    tab_kit: "Workshop-Kit", tab_apply: "Änderungen übernehmen",
    kit_help: "Karten, Handouts, das Poster auf A4-Blättern und die Änderungsliste, die das Team nach der Sitzung ausfüllt.",
    kit_size: "Poster zum Kacheln", kit_lang: "Sprache des Kits", make_kit: "Workshop-Kit erstellen",
    report_lang: "Sprache des Berichts",
    apply_help: "Die Arbeitsmappe und die ausgefüllte Änderungsliste: canvasgen schreibt eine neue Version der Arbeitsmappe und zeigt, was sich geändert hat. Die Arbeitsmappe selbst bleibt, wie sie ist.",
    canvas: "Arbeitsmappe der Sitzung", changes: "Ausgefüllte Änderungsliste (…-changes.xlsx)",
    partial: "Übernehmen, was geht; Zeilen mit einem Fehler überspringen", apply: "Änderungen übernehmen",
    workbook: "Arbeitsmappe ({formats})", formats_or: "oder", metrics: "Kennzahlen (CSV, optional)",
    brand: "Markenvorlage", size: "Papier", portrait: "Hochformat", no_notes: "Ohne Notizen (Kommentare des Teams)", output_lang: "Sprache von Poster und Präsentation",
    auto: "aus der Arbeitsmappe", make: "Poster und Präsentation erstellen", compare: "Vergleichen",
    gaps_help: "Eine Arbeitsmappe mit der idealen und der heutigen Journey, oder zwei Arbeitsmappen.",
    gaps_journey: "Nur die Journey von (Name, Persona oder Blatt; leer: jede Journey mit ihrem Gegenstück)",
    ideal: "Ideale Journey (oder beide)", current: "Heutige Journey (optional)", old: "Alte Version", new: "Neue Version",
    local: "Alles bleibt auf diesem Computer: nichts geht ins Internet.",
    working: "Wird bearbeitet…", done: "Fertig.", failed: "Das hat nicht geklappt. canvasgen sagt:", downloads: "Downloads",
    journey: "Journey", phases: "Phasen", lanes: "Bahnen", warnings: "Was canvasgen bemerkt hat (auf Englisch, wie auf der Kommandozeile)", page: "Seite",
    more: "Einlesen anpassen", more_help: "Nur nötig, wenn canvasgen die Arbeitsmappe falsch liest: siehe die Meldungen. Was Sie hier eintragen, gilt auf jedem Reiter.",
    with: "Begleitende Arbeitsmappen (Touchpoints, Personas, Bewertungen)", phases_row: "Zeile mit den Phasennamen",
    phases_col: "Spalte mit den Phasennamen", labels: "Spalte oder Zeile mit den Bahnnamen",
    lane_kinds: "Was eine Bahn ist, eine pro Zeile", skip_hidden: "Ausgeblendete Zeilen, Spalten und Blätter weglassen",
    groups: "Phasengruppen: keine, oder darüber (die Zeile über den Phasennamen)",
    traffic_lights: "Bewertungen der Ampeln; by=colour: die Farbe entscheidet",
    title: "Titel der Karte, statt des Titels aus der Arbeitsmappe (eine Journey)",
    full: "volle Größe", no_rows: "Keine Unterschiede gefunden.", "empty.actions": "Keine Aktionspunkte.",
    "table.changes": "Was sich geändert hat", "table.actions": "Aktionspunkte", "table.per_phase": "Pro Phase",
    "col.where": "Wo", "col.change": "Änderung", "col.text": "Text", "col.cell": "Zelle", "col.priority": "Priorität",
    "col.phase": "Phase", "col.kind": "Art", "col.action": "Aktion", "col.lane": "Bahn",
    "word.added": "hinzugefügt", "word.removed": "entfernt", "word.changed": "geändert", "word.moved": "verschoben", "word.reworded": "anders formuliert",
    "word.score": "Bewertung", "word.renamed": "umbenannt",
    "word.journeys_added": "Journey hinzugefügt", "word.journeys_removed": "Journey entfernt",
    "word.phases_added": "Phase hinzugefügt", "word.phases_reordered": "Reihenfolge der Phasen", "word.phases_removed": "Phase entfernt",
    "word.lanes_added": "Bahn hinzugefügt", "word.lanes_removed": "Bahn entfernt",
    "word.start": "anfangen", "word.stop": "aufhören", "word.improve": "verbessern", "word.stop?": "aufhören?",
    "word.high": "hoch", "word.medium": "mittel", "word.low": "niedrig",
    "word.meta": "Angaben", "word.figures": "Kennzahl", "word.without": "ohne Wirkung (aufhören?)", "word.left_behind": "nicht mehr in der idealen Journey (heutiger Kundenschritt)",
    "word.missing": "fehlt heute (anfangen)", "word.paired": "gepaart (ideal ← heute)", "word.same": "in beiden gleich",
    "word.unaligned": "nicht zugeordnet", "word.unfilled": "aufhören? (im Ideal leer)",
    "word.touchpoints_added": "Touchpoint hinzugefügt", "word.touchpoints_removed": "Touchpoint entfernt",
    "word.not_compared": "nicht verglichen", "word.touchpoints_changed": "Touchpoint geändert", "word.personas_added": "Persona hinzugefügt",
    "word.personas_removed": "Persona entfernt", "word.personas_changed": "Persona geändert",
    "said.cards": "{count} Karten", "said.wrote": "{name} geschrieben",
    "said.applied": "{name} erstellt ({counts})", "said.changed": "{n} geändert", "said.removed": "{n} entfernt",
    "said.added": "{n} hinzugefügt", "said.moved": "{n} verschoben", "said.already": "{n} schon wie gewünscht", "said.version": "Version {version}", "said.dated": "Datum auf heute gesetzt", "said.undated": "kein Datumsfeld zum Ausfüllen", "said.skipped": "{n} Zeile(n) übersprungen", "said.continued": "{cell} ({lane} · {phase}) geht auf Seite {page} weiter",
    "said.new_workbook": "{name} ist eine neue Arbeitsmappe in der Vorlage von canvasgen: {canvas} selbst hat keine Zellen zum Ändern; arbeiten Sie ab jetzt in der neuen Arbeitsmappe weiter.",
    "said.nothing_to_apply": "Nichts zu übernehmen: keine Zeile von {name} verlangt eine Änderung; es wurde keine neue Arbeitsmappe geschrieben.",
    "said.team_note_card": "Die Anmerkung des Teams zu Karte {card} ({where}): {note} — nicht Teil der Canvas, nicht hineingeschrieben.",
    "said.team_note": "Die Anmerkung des Teams ({where}): {note} — nicht Teil der Canvas, nicht hineingeschrieben.",
    "said.team_note_kept": "Die Anmerkung des Teams zu Karte {card} ({where}): {note} — als Kommentar an Zelle {cell} von {name} behalten, nicht als Text der Canvas.",
    "said.team_note_kept_new": "Die Anmerkung des Teams zur neuen Karte '{card}' ({where}): {note} — als Kommentar an Zelle {cell} von {name} behalten, nicht als Text der Canvas.",
    "said.team_note_kept_removed": "Die Anmerkung des Teams zu Karte {card}, entfernt ('{removed}'; {where}): {note} — als Kommentar an Zelle {cell} von {name} behalten, unter dem Text der Karte, nicht als Text der Canvas.",
    "said.team_note_unwritten": "Die Anmerkung des Teams ({where}): {note} — nicht behalten: es wurde nichts geschrieben ({name} wurde nicht erstellt).",
    "said.team_note_commented": "Die Anmerkung des Teams ({where}): {note} — nicht behalten: die Zelle {cell} der Karte hat schon einen Kommentar, der bleibt, wie er war.",
    "said.team_note_left_out": "Die Anmerkung des Teams ({where}): {note} — nicht behalten: ihre Zeile wurde ausgelassen.",
    "said.team_note_removed": "Die Anmerkung des Teams zu Karte {card} ({where}): {note} — nicht behalten: die Karte wurde entfernt, {name} hat keine Zelle von ihr.",
    "said.team_note_no_cell": "Die Anmerkung des Teams ({where}): {note} — nicht behalten: ihre Karte hat keine eigene Zelle in {name}.",
    "said.compared": "{ideal} → {current}",
    "said.language_workbook": "Poster und Präsentation auf {name}, in der Sprache der Arbeitsmappe; wählen Sie unter '{field}' {other_name} für {other_name_in}.",
    "said.language_asked": "Poster und Präsentation auf {name}, wie unter '{field}' gewählt.",
    "said.language_kit": "Poster und Präsentation auf {name}, in der Sprache der Markenvorlage: die Wörter der Arbeitsmappe nennen keine; wählen Sie eine andere unter '{field}'.",
    "language_name.nl": "Niederländisch", "language_name.en": "Englisch", "language_name.de": "Deutsch", "language_name.fr": "Französisch", "language_name.es": "Spanisch",
    "role.customer": "was der Kunde tut", "role.internal": "was die Organisation tut", "role.experience": "Erlebnis",
    "role.learning": "Verbesserungen", "role.score": "Bewertung", "role.touchpoints": "Kontaktpunkte", "role.channels": "Kanäle",
    "role.emotions": "Gefühle", "role.pain_points": "Schmerzpunkte", "role.opportunities": "Chancen", "role.kpis": "KPIs",
    "role.custom": "keine Rolle, eigene Bahn", "role.extra": "{role}, als zusätzliche Bahn",
    lanes_fix: "Eine Rolle falsch? Geben Sie im Feld \"{field}\" unter \"{more}\" den Namen, '=' und die Art ein, zum Beispiel '{example}'.",
    lane_example: "Hürden=pain_points",
    title_example: "Customer Journey Onlineshop",
    phases_row_example: "Kundenreise!9",
    refused: "Das hat nicht geklappt.",
    "refused.too_large": "Die Datei ist größer als die Grenze dieses Servers ({mb} MB).",
    "refused.too_slow": "Das Hochladen dauerte länger als {seconds} Sekunden. Bitte versuchen Sie es noch einmal.",
    "refused.stalled": "Das Hochladen stand {seconds} Sekunden still. Bitte versuchen Sie es noch einmal.",
    "refused.busy": "Der Server ist ausgelastet. Bitte versuchen Sie es in einer Minute noch einmal.",
    "refused.stopping": "Der Server wird beendet. Bitte versuchen Sie es noch einmal, wenn er wieder da ist.",
    "refused.no_file": "Wählen Sie zuerst eine Datei: {fields}.",
    "refused.wrong_kind": "{name}: canvasgen liest hier nur diese Dateiarten: {kinds}.",
    "refused.unknown_brand": "Unbekannte Markenvorlage '{brand}'. Wählen Sie eine aus der Liste: {brands}.",
    "refused.unknown_language": "Wählen Sie eine Sprache aus der Liste: {languages}.",
    "refused.empty_file": "{name} ist leer (0 Byte): wählen Sie eine Arbeitsmappe (.xlsx, .ods, .xls) oder eine CSV-Datei.",
    "refused.bad_lane": "'{lane}': geben Sie den Namen einer Bahn, '=' und eine der Arten {kinds}.",
    "refused.bad_phases_row": "'{value}' nennt eine Spalte; die Zeile der Phasen ist eine Zahl (z. B. 9).",
    "refused.bad_phases_col": "'{value}' nennt eine Zeile; die Spalte der Phasen ist ein Buchstabe (z. B. B).",
    "refused.blank_title": "Der Titel besteht nur aus Leerzeichen: geben Sie den Titel der Karte in Worten an (z. B. 'Customer Journey Onlineshop'), oder leeren Sie das Feld.",
    "refused.bad_size": "Unbekanntes Papierformat '{size}': wählen Sie {sizes} oder ein Format wie 700x500mm (jede Seite 50 bis 5000 mm).",
    "refused.unreadable": "Das Formular kam nicht vollständig an. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
    "refused.timed_out": "Das dauerte länger als {seconds} Sekunden und wurde abgebrochen: die Arbeitsmappe ist vielleicht zu groß oder zu verwickelt für die Seite.",
    "refused.no_result": "Dieses Ergebnis ist nicht mehr da (Ergebnisse werden nach einer Weile gelöscht). Erstellen Sie es noch einmal.",
    "refused.bug": "canvasgen konnte diese Anfrage nicht beantworten. Bitte melden Sie das.",
    "refused.other_workbook": "Diese Änderungsliste gehört zu {kit}, nicht zu {workbook}: wählen Sie {kit} als Arbeitsmappe der Sitzung.",
    stopped: "Abgebrochen: {stopped}. Danach wurde {tab} gestartet; unten steht das Ergebnis von {tab}.",
  },
};

// The page's language: the one chosen last on this computer (kept in the browser), else the browser's.
const KEPT = "canvasgen-page-language";
function remembered() {
  try {
    return localStorage.getItem(KEPT);
  } catch (error) {
    return null; // storage switched off: the browser's language, every time
  }
}
function remember(chosen) {
  try {
    localStorage.setItem(KEPT, chosen);
  } catch (error) {
    // storage switched off: the choice holds until the page is reloaded
  }
}
// The browser's languages in its order of preference ("de-DE", "de", "en"): the first the page has words in,
// else English (as page_language.py answers a language the page does not have).
function browsers() {
  const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  const found = asked.map((code) => String(code).toLowerCase().split("-")[0]).find((code) => code in WORDS);
  return found || "en";
}
let lang = remembered();
if (!(lang in WORDS)) lang = browsers();
// The languages poster, deck, kit and reports are written in, each by its own name.
const LANGUAGE_NAMES = { nl: "Nederlands", en: "English", de: "Deutsch", fr: "Français", es: "Español" };
const $ = (id) => document.getElementById(id);
const t = (key) => WORDS[lang][key] || key;
// A key the server sends (a column, a kind of change): its words, or the key itself made readable, so that
// a kind the page does not know yet still shows.
const named = (prefix, key) => WORDS[lang][`${prefix}.${key}`] || String(key).replace(/_/g, " ");
// A line the server sends for the page to say ({say, values, text}): in the page's words, its numbers as the
// page's language writes them; the command's English text where the page has no words for it. A plain
// string is said as it is.
const filled = (words, values) => words.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
function saying(line) {
  if (!line || typeof line === "string") return line || "";
  const words = WORDS[lang][`said.${line.say}`];
  if (!words) return line.text;
  const values = {};
  for (const [key, value] of Object.entries(line.values || {})) {
    values[key] = typeof value === "number" ? value.toLocaleString(lang) : value;
  }
  if (String(line.say).startsWith("language_")) {
    // the languages by their names in the page's language; the field that chooses another by its label
    values.name = t(`language_name.${line.values.language}`);
    values.other_name = LANGUAGE_NAMES[line.values.other];
    values.other_name_in = t(`language_name.${line.values.other}`);
    values.field = t("output_lang");
  }
  if (line.say === "applied") {
    const counts = ["changed", "removed", "added"].map((key) => filled(t(`said.${key}`), { n: values[key] }));
    if (line.values.moved) counts.push(filled(t("said.moved"), { n: values.moved }));
    if (line.values.already) counts.push(filled(t("said.already"), { n: values.already }));
    if (line.values.version) counts.push(filled(t("said.version"), { version: line.values.version }));
    if (line.values.dated) counts.push(t("said.dated"));
    if (line.values.undated) counts.push(t("said.undated"));
    if (line.values.skipped) counts.push(filled(t("said.skipped"), { n: values.skipped }));
    values.counts = counts.join(", ");
  }
  return filled(words, values);
}
let last = null; // what the server answered last: shown again when the language changes
let lastError = null; // the refusal or sentence shown last: said again when the language changes

// A refusal of the page's own in the page's language, its values filled in (the form's file fields by
// their labels); canvasgen's sentences about a workbook as the command says them, in English.
function sayError(error) {
  lastError = error;
  // What canvasgen noticed before it stopped explains the refusal ("the kit was made from …"): shown with it.
  $("warnings").replaceChildren(...(error.warnings || []).map((warning) => element("li", warning)));
  sayWarnings((error.warnings || []).length);
  const words = error.refused && WORDS[lang][`refused.${error.refused}`];
  if (!words) {
    $("status").textContent = t("failed");
    $("error").textContent = error.message;
  } else {
    const values = { ...(error.values || {}) };
    if (error.refused === "no_file") values.fields = String(values.fields || "").split(",").map((f) => t(f)).join(", ");
    $("status").textContent = t("refused");
    $("error").textContent = words.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
  }
  $("error").hidden = false;
}

// The formats the page accepts, as the server sends the page (the registry of formats, read/formats.py):
// ".xlsx, .xlsm, … of .markdown" in the page's language, never a list of the page's own to fall behind.
function uploadsListed() {
  const suffixes = (document.body.dataset.uploads || "").split(",").filter(Boolean);
  if (suffixes.length < 2) return suffixes.join("");
  return `${suffixes.slice(0, -1).join(", ")} ${t("formats_or")} ${suffixes[suffixes.length - 1]}`;
}

function translate() {
  document.documentElement.lang = lang;
  $("ui-lang").value = lang;
  const formats = { formats: uploadsListed() };
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = filled(t(el.dataset.t), formats);
  for (const el of document.querySelectorAll("[data-placeholder]")) el.placeholder = t(el.dataset.placeholder);
}

function element(tag, text, attrs = {}) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

// canvasgen's messages, under the result and folded (details/summary): their count on the fold, the list opened
// by whoever wants it, so that a tab's result is never a screen of the same warnings down.
function sayWarnings(count) {
  $("warnings-head").hidden = !count;
  $("warnings-box").hidden = !count;
  $("warnings-count").textContent = count ? `(${count})` : "";
}

function clear() {
  lastError = null;
  for (const id of ["files", "found", "warnings", "tables", "previews"]) $(id).replaceChildren();
  sayWarnings(0);
  $("error").hidden = true;
}

// A report as tables: a caption, column heads, one row per line of the report.
function tables(list) {
  for (const table of list || []) {
    const box = element("section", undefined, { class: "report" });
    box.append(element("h2", named("table", table.title)));
    if (table.note) box.append(element("p", saying(table.note), { class: "note" }));
    // the rows in the page's language (the server makes them in each), else as sent
    const rows = (table.rows_in && table.rows_in[lang]) || table.rows;
    if (!rows.length) {
      // what this table lacks: a gap report without action points may still show score changes per phase
      box.append(element("p", WORDS[lang][`empty.${table.title}`] || t("no_rows")));
      $("tables").append(box);
      continue;
    }
    const grid = element("table");
    const head = element("tr");
    for (const column of table.columns) head.append(element("th", named("col", column), { scope: "col" }));
    const thead = element("thead");
    thead.append(head);
    grid.append(thead);
    const body = element("tbody");
    for (const row of rows) {
      const tr = element("tr");
      row.forEach((value, index) => {
        const shown = (table.words || []).includes(index) ? named("word", value) : value;
        tr.append(element("td", shown, { "data-column": table.columns[index] }));
      });
      body.append(tr);
    }
    grid.append(body);
    box.append(grid);
    $("tables").append(box);
  }
}

// Each lane beside its role in the page's words and the kind the lane field takes ("Wat doet de partner? (wat de
// klant doet: customer)"): a role read wrongly is seen here, not only in the command line's check --explain.
function laneRoles(journey) {
  const kinds = journey.lane_kinds || [];
  return (journey.lanes || []).map((label, i) => {
    if (!kinds[i]) return label;
    const role = named("role", kinds[i]);
    const shown = (journey.lane_extra || [])[i] ? filled(t("role.extra"), { role }) : role;
    return `${label} (${shown}: ${kinds[i]})`;
  });
}

// How to give a lane another role, said once under the journeys and naming a lane found: the likely misread first
// (the organisation's lane of a journey with no customer lane, as customer; an extra lane or one of no role), else
// the first journey's first lane, with a kind the field would take for it.
function laneFix(journeys) {
  const lanes = journeys.flatMap((journey) => {
    const kinds = journey.lane_kinds || [];
    const noCustomer = !kinds.includes("customer");
    return (journey.lanes || []).map((label, i) => {
      const odd = (journey.lane_extra || [])[i] || kinds[i] === "custom" ? "<kind>" : "";
      return { label, kind: kinds[i], odd: noCustomer && kinds[i] === "internal" ? "customer" : odd };
    });
  });
  const lane = lanes.find((found) => found.odd === "customer") || lanes.find((found) => found.odd) || lanes[0];
  if (!lane || !lane.kind) return "";
  const kind = lane.odd || (lane.kind === "customer" ? "internal" : "customer");
  return filled(t("lanes_fix"), { field: t("lane_kinds"), more: t("more"), example: `${lane.label}=${kind}` });
}

function show(data) {
  last = data;
  lastError = null;
  $("status").textContent = t("done");
  for (const file of data.files) {
    const li = element("li");
    li.append(element("a", file.name, { href: file.url, download: file.name }));
    $("files").append(li);
  }
  for (const journey of (data.summary && data.summary.journeys) || []) {
    const box = element("div", undefined, { class: "journey" });
    box.append(element("h2", `${t("journey")}: ${journey.name}`));
    box.append(element("p", `${t("phases")}: ${(journey.phases || []).join(" · ")}`, { class: "phases" }));
    box.append(element("p", `${t("lanes")}: ${laneRoles(journey).join(" · ")}`, { class: "lanes" }));
    $("found").append(box);
  }
  const fix = laneFix((data.summary && data.summary.journeys) || []);
  if (fix) $("found").append(element("p", fix, { class: "lanes-fix" }));
  for (const line of (data.summary && data.summary.said) || []) $("found").append(element("p", saying(line), { class: "said" }));
  // canvasgen's own messages are English, as on the command line: said once, above them, in the page's language.
  for (const warning of data.warnings || []) $("warnings").append(element("li", warning));
  sayWarnings((data.warnings || []).length);
  tables(data.tables);
  for (const preview of data.previews || []) {
    const alt = `${t("page")} ${preview.page}`;
    const figure = element("figure");
    const link = element("a", undefined, { href: preview.full || preview.url, target: "_blank" });
    link.append(element("img", undefined, { src: preview.url, alt }));
    figure.append(link, element("figcaption", `${alt} · ${t("full")}`));
    if (preview.note) figure.append(element("p", preview.note, { class: "note" }));
    $("previews").append(figure);
  }
}

// The one result panel shows the request sent last: an earlier request still running when another tab
// sends one is cancelled (and the server stops its job), so its files and warnings never join the newer
// request's under its "Klaar."; the panel says which tab's request was stopped, for whoever returns to it.
let running = null; // {controller, form}
let stopped = null; // {stopped, by}: the tabs (their word keys) of the request cancelled and of the one sent

// The word key of the tab a form is on ("tab_build").
function tabOf(form) {
  return $(form.closest("[role=tabpanel]").getAttribute("aria-labelledby")).dataset.t;
}

function sayStopped() {
  $("stopped").hidden = !stopped;
  $("stopped").textContent = stopped ? filled(t("stopped"), { stopped: t(stopped.stopped), tab: t(stopped.by) }) : "";
}

async function send(form) {
  stopped = running && running.form !== form ? { stopped: tabOf(running.form), by: tabOf(form) } : null;
  if (running) running.controller.abort();
  const mine = new AbortController();
  running = { controller: mine, form };
  clear();
  sayStopped();
  $("status").textContent = t("working");
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  try {
    const body = new FormData(form);
    body.set("page_lang", lang); // the page's own language: what canvasgen's hints name its panels by
    const response = await fetch(form.dataset.api, { method: "POST", body, signal: mine.signal });
    // Every answer of canvasgen's is JSON; anything else (a proxy's page) is said by its status.
    const data = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
    if (mine.signal.aborted) return;
    if (!response.ok) throw Object.assign(new Error(data.error || response.statusText), data);
    show(data);
  } catch (error) {
    if (mine.signal.aborted) return;
    last = null;
    sayError({ message: error.message, refused: error.refused, values: error.values, warnings: error.warnings });
  } finally {
    button.disabled = false;
    if (running && running.controller === mine) {
      running = null;
      $("result").focus();
    }
  }
}

// Dropping a file on the dashed box chooses it, as the file dialog would.
function dropZones() {
  for (const zone of document.querySelectorAll(".drop")) {
    const input = zone.querySelector("input[type=file]");
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      if (event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    });
  }
}

function tabs() {
  const list = [...document.querySelectorAll("[role=tab]")];
  const select = (tab) => {
    for (const other of list) {
      const on = other === tab;
      other.setAttribute("aria-selected", on);
      other.tabIndex = on ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !on;
    }
    tab.focus();
  };
  for (const tab of list) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(list[(list.indexOf(tab) + step + list.length) % list.length]);
    });
  }
}

async function choices() {
  const response = await fetch("/api/options");
  const data = await response.json();
  for (const list of [$("brands"), ...document.querySelectorAll(".brands")]) {
    for (const name of data.brands) list.append(element("option", name, { value: name }));
  }
  for (const list of [$("sizes"), ...document.querySelectorAll(".sizes")]) {
    for (const size of data.sizes) list.append(element("option", size, { value: size }));
    list.value = "A1";
  }
  for (const list of document.querySelectorAll(".langs")) {
    for (const code of data.languages) list.append(element("option", LANGUAGE_NAMES[code] || code, { value: code }));
  }
}

// The reading fields (the command line's --phases-row, --lane, --groups, --traffic-lights, ...), one copy in
// every form that reads a canvas: the server reads them on every tab.
function readingFields() {
  const fields = $("reading-fields");
  for (const place of document.querySelectorAll("form .reading")) place.replaceChildren(fields.content.cloneNode(true));
}

// The reading fields are one reading of one workbook: what is typed on one tab is on every tab (a kit made
// on one tab reads the workbook as the build on another did), and kept for this browser tab's session (a
// reload keeps them; a new visit starts without them, as its workbook may be another client's).
const READING = "canvasgen-reading";
function sharedReading() {
  const fields = () => document.querySelectorAll("form .reading input, form .reading textarea");
  const valueOf = (field) => (field.type === "checkbox" ? field.checked : field.value);
  const put = (field, value) => {
    if (field.type === "checkbox") field.checked = Boolean(value);
    else field.value = value ?? "";
  };
  let kept = {};
  try {
    kept = JSON.parse(sessionStorage.getItem(READING) || "{}") || {};
  } catch (error) {
    kept = {}; // storage switched off or spoilt: the fields start empty
  }
  for (const field of fields()) if (field.name in kept) put(field, kept[field.name]);
  if (Object.values(kept).some(Boolean)) {
    for (const place of document.querySelectorAll("form .reading")) place.closest("details").open = true;
  }
  const typed = (event) => {
    const field = event.target;
    for (const other of fields()) if (other !== field && other.name === field.name) put(other, valueOf(field));
    kept[field.name] = valueOf(field);
    try {
      sessionStorage.setItem(READING, JSON.stringify(kept));
    } catch (error) {
      // storage switched off: shared across the tabs until the page is reloaded
    }
  };
  for (const field of fields()) {
    field.addEventListener("input", typed);
    field.addEventListener("change", typed);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  readingFields();
  sharedReading();
  translate();
  tabs();
  dropZones();
  choices();
  $("ui-lang").addEventListener("change", (event) => {
    lang = event.target.value;
    remember(lang);
    translate();
    const error = lastError;
    if (last) {
      clear();
      show(last);
    } else if (error) {
      sayError(error);
    }
    sayStopped();
  });
  for (const form of document.querySelectorAll("form[data-api]")) {
    form.addEventListener("submit", (event) => { event.preventDefault(); send(form); });
  }
});
