"""canvasgen's own words in Spanish: every table here has its twin, with the same keys, in
the other languages' modules (a test checks it). Adding a language is adding one such module."""

from __future__ import annotations

#: Lane names, by lane kind.
LANE_LABELS: dict[str, str] = {
    "customer": "Acciones del cliente",
    "internal": "Procesos internos",
    "experience": "Experiencia",
    "score": "Puntuación (-2 a +2)",
    "learning": "Mejoras",
    "touchpoints": "Puntos de contacto",
    "channels": "Canales",
    "emotions": "Emociones",
    "pain_points": "Problemas",
    "opportunities": "Oportunidades",
    "kpis": "Métricas",
}

#: The score row's question with its scale, the template's -2..+2 or the team's own (``template --lanes``).
SCORE_PER_PHASE = "Puntuación por fase: de {low} (muy insatisfecho) a {high} (muy satisfecho)."

#: The question each lane answers, by lane kind.
LANE_QUESTIONS: dict[str, str] = {
    "customer": "¿Qué hace el cliente y qué vive?",
    "internal": "¿Qué debemos hacer para que el cliente pueda dar el siguiente paso?",
    "experience": "¿Cómo lo vive el cliente? ¿Qué va bien y qué no?",
    "score": SCORE_PER_PHASE.format(low="-2", high="+2"),
    "learning": "¿Qué queremos aprender y qué mejoramos?",
    "touchpoints": "¿Dónde se encuentra el cliente con nosotros?",
    "channels": "¿Por qué canales (web, correo, redes sociales, anuncios, SMS, teléfono, evento)?",
    "emotions": "¿Qué siente el cliente?",
    "pain_points": "¿Dónde se atasca o se frustra el cliente?",
    "opportunities": "¿Qué oportunidades vemos?",
    "kpis": "¿Qué medimos en esta fase?",
}

#: The questions earlier versions asked in their place (a template's lane comments still say them): sales-
#: funnel and gendered wording ("Hoe tevreden is hij?") the questions above replaced (#31).
EARLIER_LANE_QUESTIONS: tuple[str, ...] = (
    "¿Qué debemos hacer para llevar al cliente a la siguiente fase?",
    "¿Cómo lo vive el cliente? ¿Qué tan satisfecho está?",
)

#: Labels of the template's metadata block.
META_LABELS: dict[str, str] = {
    "client": "Cliente",
    "journey": "Recorrido",
    "persona": "Perfil",
    "version": "Versión",
    "date": "Fecha",
    "scenario": "Escenario",
}

#: Words of the template workbook.
WORDS: dict[str, str] = {
    "mermaid_actors": "Actores",  # the lane of a Mermaid journey's actors
    "untitled_journey": "Recorrido del cliente",  # a journey's name when its workbook names it not (a sheet's default or file name)
    "canvas_sheet": "Recorrido",
    "notes_sheet": "Notas",
    "touchpoints_sheet": "Puntos de contacto",
    "personas_sheet": "Perfiles",
    "persona_role": "Papel",  # the Personas sheet's role column outside a B2B buying group
    "metrics_sheet": "Mediciones",
    "instructions_sheet": "Instrucciones",
    "heading": "Lienzo del recorrido del cliente",
    "phase": "Fase",
    "scenarios": "Ideal,Actual",
    "yes_no_partly": "Sí,No,En parte",
    "yes_no": "Sí,No",
    "channels": "Web,Correo,Redes sociales,Anuncios,SMS,Teléfono,Evento,Tienda,Aplicación",
    "list_error_title": "No está en la lista",
    "list_error": "Elija un valor de la lista. También se admite otra cosa: canvasgen la lee como texto.",
    "unnamed_lane": "Carril {number}",
    "journey_of": "{journey} de {persona}",
    "persona_age": "{age} años",  # a persona's age read with no heading of its own ("Jan de Vries (45)")
    # a duration after a figure, "one|more": "1 día", "14 días"
    "unit_s": "s|s",
    "unit_min": "min|min",
    "unit_h": "hora|horas",
    "unit_d": "día|días",
    "unit_wk": "semana|semanas",
    # how a figure is written in the KPI lane, two examples: "name figure (target figure)"
    "kpi_example": "Tiempo de espera 4 min (objetivo 2 min)|Conversión 2,4 % (objetivo 3 %)",
    "score_error_title": "No es una puntuación de -2 a +2",
    "score_error": "Elija una puntuación de -2 (malo) a +2 (bueno). canvasgen también lee ++ + 0 - --, 4/5, 80%, ★★★☆☆, 🙂 y bueno/neutral/malo.",
    "scale_error_title": "No es una puntuación de {low} a {high}",
    "scale_error": "Elija una puntuación de {low} (malo) a {high} (bueno).",
    "score_per_phase": SCORE_PER_PHASE,  # its scale's ends as {low} and {high}
}

#: Column headers of the Touchpoints sheet.
TOUCHPOINT_COLUMNS: tuple[str, ...] = (
    "Fase",
    "Punto de contacto",
    "Canal de contacto",
    "Dispositivo y contexto",
    "Contenido / acción",
    "Momento",
    "Responsable",
    "Actual (sí/no/en parte)",
    "Ideal (sí/no)",
    "Métrica",
    "Momento de venta (sí/no)",
)

#: Column headers of the Personas sheet.
PERSONA_COLUMNS: tuple[str, ...] = (
    "Nombre",
    "Papel en el grupo de compra",
    "Objetivos",
    "Necesidades",
    "Frustraciones",
    "Canales preferidos",
    "Participa en las fases",
)

#: Column headers of the Metrics sheet.
METRIC_COLUMNS: tuple[str, ...] = ("Fase", "Punto de contacto", "Medida", "Valor", "Objetivo", "Periodo")

#: Lines of the template's instructions sheet.
INSTRUCTIONS: tuple[str, ...] = (
    "Instrucciones",
    "Cómo rellenar el lienzo",
    "1. Arriba, anote el cliente, el nombre del recorrido, el perfil, la versión, la fecha y el escenario (ideal o actual).",
    "2. Las fases van una al lado de otra en la fila 'Fase'. Cámbieles el nombre como quiera, pero dé a cada fase un nombre propio. Dos columnas vecinas con el mismo nombre son dos pasos de una misma fase.",
    "3. Escriba lo que ocurre por fase y por carril. Cada línea de una celda es un elemento aparte (Alt+Intro para una línea nueva); se admiten viñetas.",
    "4. En la fila '{row}', puntúe cada fase de {low} (muy insatisfecho) a {high} (muy satisfecho); de ella sale la curva de emociones.",
    "5. Anote los puntos de contacto en la hoja 'Puntos de contacto' y los perfiles o los miembros del grupo de compra en la hoja 'Perfiles'.",
    "6. Dibuje primero el recorrido ideal y luego el actual (escenario 'Ideal' o 'Actual'); así se pueden comparar.",
    "7. Anote las cifras medidas (tasa de conversión, tasa de rebote, CTR, NPS, ingresos, coste) por fase o punto de contacto en la hoja 'Mediciones', con un objetivo cuando lo tenga: aparecen bajo las fases, indicando si se alcanzó el objetivo. El coste por punto de contacto da la vista del presupuesto.",
    "Los carriles",
)

#: Channel names, by channel.
CHANNEL_NAMES: dict[str, str] = {
    "website": "Sitio web",
    "email": "Correo electrónico",
    "social": "Redes sociales",
    "ads": "Anuncios",
    "sms": "SMS",
    "messaging": "Chat y mensajería",
    "phone": "Teléfono",
    "event": "Evento",
    "app": "Aplicación",
    "store": "Tienda",
    "post": "Correo postal",
    "desk": "En persona",
}

#: The poster's own words.
POSTER_WORDS: dict[str, str] = {
    "note_on": "en",  # a note with its place: "(on Demo & trial, score)"
    "empathy_map": "Mapa de empatía",
    "continued_on": "→ sigue en la página {page}",
    "continued_short": "→ pág. {page}",
    "continued": "Continuación",
    "card_continued": "{heading} (continuación)",
    "from_page": "desde la página {page}",
    "notes": "Notas del libro",
    "in_full": "Nombres completos",
    "touchpoints": "Puntos de contacto",
    "personas": "Perfiles",
    "appendix": "Anexo",
    "generated": "creado el",
    "product": "Lienzo del recorrido del cliente",  # the footer's words when the brand kit gives none
    "subject": "Lienzo del recorrido del cliente a partir de {source}",  # the PDF's Subject: the source file, in the canvas's language
    "page": "página {page} de {pages}",
    "scale": "({low} a {high})",
    "score": "Puntuación",  # a score row without a label of its own
    "average_of": "media de {values}",  # a curve point of several scores of one phase
    "unscored_light": "sin puntuación",  # a grey status in the curve's key: "gray = sin puntuación"
    "now": "ahora",
    "ideal": "lo ideal",
    "no_sale": "no es un momento de venta",
    "tp_row": "{name}: {fields}",  # the touchpoint row's name and the fields its cards show
    "tp_timing": "momento",
    "tp_owner": "responsable",
    "target": "objetivo",
    "met": "alcanzado",
    "missed": "no alcanzado",
    "measured": "Indicadores medidos",
    "aimed": "Indicadores previstos (ideal)",  # an ideal journey's own figures: where it means to be, not measured
    "budget": "Presupuesto y retorno",
    "return": "retorno",
    "channels_by_phase": "Canales por fase",
    "roles_by_phase": "Grupo de compra: participación por fase",
    # the client's own word for the people of its persona sheets ("Betrokkenen"), where it has one
    "roles_by_phase_own": "{group}: participación por fase",
    "roles_by_phase_neutral": "Participación por fase",  # no buying group: a citizen's, a consumer's journey
    "persona_by_phase": "Perfil: participación por fase",
    # what a companion page holds, named in its title ("contactmomenten, kanalen en persona")
    "page_touchpoints": "puntos de contacto",
    "page_figures": "cifras",
    "page_channels": "canales",
    "page_involved": "participantes",
    "page_and": "y",  # before the last of them
    "compare": "Curvas de emociones comparadas",
    "line_interaction": "Línea de interacción",
    "line_visibility": "Línea de visibilidad",
    "line_internal": "Línea de interacción interna",
    "metrics": "Mediciones",
}

#: The deck's own words.
DECK_WORDS: dict[str, str] = {
    "empathy_map": "Mapa de empatía",
    "n_empathy": "¿Qué piensa, oye, ve y dice {name}? Pregunte al grupo qué falta y qué dolor pesa más.",
    "a_figures": "Cifras y presupuesto",
    "a_glance": "El recorrido de un vistazo",
    "a_roles": "El grupo de compra: quién participa dónde",
    "a_roles_own": "{group}: quién participa dónde",
    "a_roles_neutral": "Quién participa dónde",
    "a_touchpoints": "Puntos de contacto y canales",
    "per_phase": "{phases} fases × {minutes} min",
    "per_group": "{phases} fases en {groups} grupos × {minutes} min",
    "q_channels": "¿Por qué canal?",
    "q_emotions": "¿Qué siente el cliente?",
    "q_kpis": "¿Qué medimos aquí?",
    "q_lane": "¿Qué va aquí en esta fase?",
    "q_opportunities": "¿Qué podría mejorar aquí?",
    "q_pain_points": "¿Dónde se atasca el cliente?",
    "q_touchpoints": "¿Dónde nos encuentra el cliente?",
    "source_file": "Archivo de origen",
    "source_cell": "Fuente: hoja {sheet}, celda {cell}",
    "q_score": "¿Qué puntuación da el cliente a esta fase?",
    "q_persona": "¿Quién es el cliente, qué quiere lograr y qué se lo impide?",
    "to_fill": "por completar en la sesión",
    "agenda": "Orden del día",
    "time": "Hora",
    "topic": "Tema",
    "minutes": "Minutos",
    "a_welcome": "Bienvenida y objetivo de la sesión",
    "a_persona": "Perfil y grupo de compra",
    "a_personas": "Perfiles y grupo de compra",  # two or more persona slides
    "a_journey": "El recorrido, fase por fase",
    "a_curve": "La curva de emociones",
    "a_pains": "Problemas y oportunidades",
    "a_actions": "Acciones de mejora y responsables",
    "a_exercise": "Ejercicio: el lienzo por fase",
    # a later journey's review and exercise as one agenda line, where the agenda would not fit one slide
    "a_differs": "en qué se diferencia, luego su lienzo por fase",
    "a_others": "Los otros {count} recorridos: en qué se diferencia cada uno, luego sus lienzos",
    "a_close": "Cierre y próximos pasos",
    "overview": "El recorrido de un vistazo",
    "glance_summary": "Por fase, el primer elemento de cada carril; todos los elementos están en las diapositivas de las fases.",
    "items": "elementos",
    "curve": "Curva de emociones",
    # a traffic light's colour beside its value on the curve: its disc's colour alone is lost on some readers
    "light_green": "verde",
    "light_yellow": "amarillo",
    "light_orange": "naranja",
    "light_red": "rojo",
    "compare": "Curvas de emociones comparadas",
    "n_compare": "¿Dónde se separan las curvas? ¿Por qué este perfil o este escenario vive la fase de otra manera?",
    "personas": "Perfiles y grupo de compra",
    "personas_own": "Perfiles y {group}",
    "personas_neutral": "Perfiles",
    "pains": "Problemas",
    "opportunities": "Oportunidades",
    "pains_title": "Problemas y oportunidades",
    "actions": "Acciones de mejora",
    "action": "Acción",
    "owner": "Responsable",
    "priority": "Prioridad",
    "priority_scored": "Prioridad (según la puntuación)",  # priorities from the phases' scores
    "high": "Alta",
    "medium": "Media",
    "low": "Baja",
    "exercise": "Ejercicio",
    "q_customer": "¿Qué hace el cliente?",
    "q_internal": "¿Qué debemos hacer?",
    "q_experience": "¿Cómo lo vive el cliente?",
    "q_learning": "¿Qué mejoramos?",
    "continued": "continuación",
    "appendix": "Anexo",
    "notes": "Notas del libro",
    "in_full": "Nombres completos",
    "touchpoints": "Puntos de contacto",
    "prompt_pains": "Ejercicio: recorran las fases. ¿Dónde abandona el cliente, dónde espera o se molesta? Un problema por nota adhesiva, con su fase.",
    "prompt_opportunities": "Ejercicio: tomen los tres problemas más grandes. ¿Qué sorprendería o ayudaría al cliente ahí? Una oportunidad por nota adhesiva.",
    "prompt_actions": "Ejercicio: conviertan cada oportunidad en una acción. ¿Quién es responsable, para cuándo está hecha y cómo medimos el efecto?",
    "n_title": "Presente al cliente y el objetivo de hoy. Pregunte quién conoce mejor el perfil.",
    "n_agenda": "Repase el orden del día y acuerden quién controla el tiempo. Los temas secundarios van a un rotafolio.",
    "n_overview": "Muestre todo el recorrido antes de entrar en detalle. Pregunte: ¿dónde creen que está el mayor problema?",
    "n_curve": "Comenten los puntos bajos de la curva: ¿qué ocurre ahí y qué necesitaría el cliente en ese momento?",
    "n_phase": "Pregunte por cada carril: ¿qué hace el cliente en esta fase, qué debemos hacer para que avance, cómo lo vive (¡la puntuación!) y qué mejoramos? Completen con notas adhesivas amarillas y rosas.",
    "n_phases": "Pregunte por cada carril: ¿qué hace el cliente en estas fases, qué debemos hacer para que avance, cómo lo vive (¡la puntuación!) y qué mejoramos? Completen con notas adhesivas amarillas y rosas.",
    "n_personas": "¿Quién decide, quién influye, quién usa? Marquen para cada papel las fases en las que participa.",
    # no buying group (a consumer's, a citizen's journey): no questions of who decides
    "n_personas_neutral": "Lea cada persona en voz alta y pregunte: ¿reconocemos a este cliente? ¿Qué le mueve, qué le frena? ¿Qué no sabemos todavía?",
    "n_pains": "Elijan juntos los tres problemas de mayor impacto y asignen a cada uno una oportunidad.",
    "n_actions": "Concreten cada acción: ¿quién es responsable, para cuándo está hecha, cómo medimos el efecto?",
    "open_questions": "Preguntas por investigar",
    "question": "Pregunta",
    "n_questions": "Preguntas, no acciones: ¿quién lo averigua, cómo y para cuándo? Una respuesta puede convertirse en una acción.",
    "n_priority": "La prioridad sigue la puntuación de la fase: alta donde el cliente vive mal la fase, baja donde la vive bien; una fase sin puntuación no recibe ninguna (acuérdenla en la sesión).",
    "n_review": "Ahora {journey}: repase en unos {minutes} minutos en qué se diferencia este recorrido del primero (la vista general, la curva, las fases que cambian); después, el ejercicio.",
    "n_exercise": "Deje que el grupo rellene el lienzo de esta fase en {minutes} minutos: una idea por nota adhesiva, luego agrupen y prioricen.",
    "n_exercise_group": "Deje que el grupo rellene el lienzo de estas fases en {minutes} minutos: una idea por nota adhesiva, luego agrupen y prioricen.",
    "n_appendix": "Contexto para la sesión: puntos de contacto, perfiles y notas del libro.",
    "persona": "Perfil",
    "roles": "Grupo de compra: quién participa dónde",
    "roles_own": "{group}: quién participa dónde",
    "roles_neutral": "Quién participa dónde",
    "n_roles": "Recorran las fases por papel: ¿quién decide dónde y a quién echamos de menos en qué fase?",
    "n_persona": "Lea el perfil en voz alta y pregunte: ¿lo reconocemos? ¿Qué no sabemos todavía?",
    "tp_title": "Puntos de contacto",
    "n_tp": "¿Qué puntos de contacto no atendemos hoy aunque lo ideal sería hacerlo? Esas son las primeras mejoras.",
    "channels_title": "Canales por fase",
    "n_channels": "¿Dónde depende una fase de un solo canal? ¿Qué canales usa el cliente y estamos ahí?",
    "kpi_title": "Indicadores medidos",
    "kpi_title_aimed": "Indicadores previstos (ideal)",
    "kpi_chart": "Medido frente al objetivo",
    "kpi_chart_untargeted": "Medido",  # figures without any target: no "against target"
    "kpi_chart_aimed": "Previsto frente al objetivo",
    "not_charted": "También medido",
    "shared_figures": "También cifras de este recorrido, presentadas en la parte de {who}",
    "n_kpi": "Empiecen por los objetivos no alcanzados: ¿en qué fase está el problema y qué dice el recorrido?",
    "measured": "Medido",
    "aimed": "Previsto",
    "target": "Objetivo",
    "budget_title": "Presupuesto y retorno",
    "budget_spent": "Presupuesto",  # a budget slide that shows no return: not titled "... and return"
    "n_budget": "¿Qué medios aportan más por euro? ¿Hacia dónde movemos el presupuesto?",
    "spend": "Gasto",
    "per_channel": "por canal",
}

#: Words of the gap analysis (terminal, PDF, slides).
GAP_WORDS: dict[str, str] = {
    "missing": "Falta hoy (empezar)",
    "without": "Sin efecto en el recorrido ideal (¿dejar?)",
    "left_behind": "Ya no en el recorrido ideal (paso del cliente hoy)",  # today's customer steps the ideal journey no longer has
    "pairs": "Emparejados (ideal ← actual, parecido)",
    "same": "{count} elementos iguales en ambos",
    "same_one": "1 elemento igual en ambos",
    "not_compared": "Sin comparar",
    "empty_ideal": "vacío en todo el recorrido ideal: ninguna propuesta para dejar",
    "kind_both": "en ambos recorridos; el análisis de brechas compara el proceso del cliente, el proceso interno, los puntos de contacto y los canales",
    "kind_ideal": "solo en el recorrido ideal; el análisis de brechas compara el proceso del cliente, el proceso interno, los puntos de contacto y los canales",
    "kind_current": "solo en el recorrido actual; el análisis de brechas compara el proceso del cliente, el proceso interno, los puntos de contacto y los canales",
    "kind_empty_ideal": "vacío en el recorrido ideal (la fila existe, no hay nada escrito); el análisis de brechas compara el proceso del cliente, el proceso interno, los puntos de contacto y los canales",
    "kind_empty_current": "vacío en el recorrido actual (la fila existe, no hay nada escrito); el análisis de brechas compara el proceso del cliente, el proceso interno, los puntos de contacto y los canales",
    "unpaired_ideal": "solo en el recorrido ideal: el recorrido actual tiene otras líneas de este tipo, ninguna con este nombre; dé a la línea el mismo nombre en ambos para compararla",
    "unpaired_current": "solo en el recorrido actual: el recorrido ideal tiene otras líneas de este tipo, ninguna con este nombre; dé a la línea el mismo nombre en ambos para compararla",
    "experience": "Experiencia",  # the score row's label where it has none
    "score": "{label}: actual {current} → ideal {ideal}",
    "same_deed": "por debajo del umbral de {threshold}, emparejados de todos modos: ambos empiezan por '{verb}' y son los únicos elementos que quedan en esta fase y carril — la misma acción, hecha de otro modo",
    "actions": "Puntos de acción",
    "unaligned": "Fases que no se pudieron emparejar",
    "start": "empezar",
    "stop": "dejar",
    "stop?": "¿dejar?",
    "unfilled": "¿dejar? (vacío en el recorrido ideal)",
    "improve": "mejorar",
    "high": "alta",
    "medium": "media",
    "low": "baja",
    "title": "Análisis de brechas: ideal frente a actual",
    "title_same": "Análisis de brechas: {scenario} frente a {scenario} — ambos recorridos dicen «{scenario}», esto no es ideal frente a actual",
    "method": "Los elementos se emparejaron cuando sus textos se parecen al menos en {threshold}.",
    "basis": "Prioridad: empezar y mejorar pesan más cuanto mayor es la brecha de puntuación de la fase y peor se vive hoy; «¿dejar?» es una suposición y nunca pesa más por la brecha: baja, media para el proceso propio en una fase que hoy se vive mal, nunca más para un punto de contacto o canal (un sitio de reseñas o una plataforma no siempre es de la empresa para dejarlo).",
    "unscored": "Ninguno de los dos recorridos tiene puntuación por fase (no se leyó fila de puntuación): las prioridades aquí no se basan en una brecha de puntuación, y la experiencia no se compara.",
    "changes": "Qué ha cambiado",
    # the terminal's report: which file is which, how alike items must be, what was said once
    "report_ideal": "ideal",
    "report_current": "actual",
    "report_threshold": "umbral de similitud",
    "scales": "puntuaciones: ideal en {ideal}, actual en {current}",
    "scales_differ": "los dos recorridos puntúan en escalas distintas (ideal {ideal}, actual {current}): las puntuaciones de una fase se comparan como parte de su propia escala, la diferencia en la escala del recorrido actual; escríbalas en una misma escala para compararlas tal como están escritas",
    "said_once": "Dicho una vez, como lo dice la hoja Puntos de contacto (el mismo punto de contacto en el mismo canal)",
    "pair_heading": "{ideal} (ideal) con {current} (actual) — {how}",
    "pair_named": "'{name}' (hoja '{sheet}')",
    "paired_name": "emparejados por nombre",
    "paired_persona": "emparejados por persona",
    "paired_sheet": "emparejados por nombre de hoja",
    "paired_only": "el único recorrido de cada uno",
    "paired_first": "el primero marcado como ideal y el primero marcado como actual",
    "shared_actions": "De cada par, de la hoja Puntos de contacto (dicho una vez)",
}

#: Words of the 'what changed' report.
DIFF_WORDS: dict[str, str] = {
    "journeys": "Recorridos",
    "journey_added": "recorrido añadido",
    "journey_removed": "recorrido eliminado",
    "phase_added": "fase añadida",
    "phase_removed": "fase eliminada",
    "lane_added": "carril añadido",
    "lane_removed": "carril eliminado",
    "renamed": "fase renombrada",
    "phases_reordered": "orden de las fases cambiado",
    "score": "puntuación",
    "added": "añadido",
    "removed": "eliminado",
    "in_journeys": "en los recorridos {journeys}",  # a cell several journeys show, its change said once
    "moved": "movido",
    "reworded": "reformulado",
    "changed": "modificado",
    "similarity": "parecido",
    "by_position": "reescrita en el mismo lugar",  # a card rewritten past likeness, paired by its place
    "none": "sin cambios",
    "figures": "Cifras medidas",
    "target": "objetivo",
    "met": "alcanzado",
    "missed": "no alcanzado",
    "new_figure": "nuevo",
    "gone": "ya no se mide",
    "touchpoints": "Puntos de contacto",
    "personas": "Perfiles",
    "record_renamed": "renombrado",
}

#: Sheet names and headers of the gap report workbook.
GAP_SHEETS: dict[str, str] = {
    "actions": "Acciones",
    "missing": "Falta hoy",
    "without": "Sin efecto",
    "left_behind": "Ya no en el ideal",
    "pairs": "Emparejados",
    "scores": "Puntuaciones",
    "phase": "Fase",
    "action": "Acción",
    "kind": "Tipo",
    "priority": "Prioridad",
    "owner": "Responsable",
    "status": "Estado",
    "cell": "Celda",
    "lane": "Carril",
    "item": "Elemento",
    "ideal": "Lo ideal",
    "current": "Actual",
    "similarity": "Parecido",
    "pair_why": "Por qué emparejados",
    "gap": "Diferencia",
    "statuses": "Abierto,En curso,Hecho,Descartado",
    "lists": "Listas de opciones",
}

#: Headers of the deck's touchpoint, channel, role and figure tables.
TABLE_HEADERS: dict[str, str] = {
    "phase": "Fase",
    "touchpoint": "Punto de contacto",
    "channel": "Canal de contacto",
    "timing": "Momento",
    "owner": "Responsable",
    "now": "Ahora",
    "ideal": "Lo ideal",
    "sale": "Momento de venta",
    "metric": "Medida",
    "value": "Valor",
    "target": "Objetivo",
    "result": "Resultado",
    "period": "Periodo",
    "spend": "Gasto",
    "revenue": "Ingresos",
    "serves": "Aporta",
    "role": "Papel",
    "measured": "Medido",
}

#: The phases of each journey model the template offers.
PHASE_MODELS: dict[str, tuple[str, ...]] = {
    "five": ("Conocimiento", "Interés", "Consideración", "Compra", "Servicio y fidelidad"),
    "b2b7": (
        "Orientación",
        "Detonante",
        "Primera consideración",
        "Evaluación activa",
        "Decisión de compra",
        "Vivencia",
        "Fidelidad",
    ),
    "five-a": ("Atención", "Valoración", "Acción", "Siempre", "Recomendación"),
}

#: Metric names offered in the Metrics sheet's drop-down.
METRIC_NAMES: tuple[str, ...] = (
    "Tasa de conversión",
    "Tasa de rebote",
    "Tasa de clics",
    "Abandono del carrito",
    "NPS",
    "Retención",
    "Ingresos",
    "Coste",
)

#: The emotion curve in words (speaker notes, the poster's alternative text).
CURVE_WORDS = {
    "extremes": "El cliente vive peor {low} ({low_v}) y mejor {high} ({high_v}).",
    # the lowest score is no bad one (at or above the scale's middle): not "peor"
    "extremes_mild": "El cliente vive menos bien {low} ({low_v}) y mejor {high} ({high_v}).",
    "and": "y",
    "flat": "El cliente vive cada fase igual ({value}).",
    "drop": "La mayor caída va de '{a}' a '{b}' ({a_v} a {b_v}).",
    "drop_over": "La mayor caída va de '{a}' a '{b}' ({a_v} a {b_v}); entre ambas, {between} no tiene puntuación.",
    "no_drop": "La puntuación no baja en ningún punto del recorrido.",
    "none": "No hay puntuaciones rellenadas.",
}

#: The workshop kit: the changes sheet, the handouts, the cards and the tiled poster.
#: The actions a row of the changes sheet may name, with their common synonyms (the first is the drop-down's), comma-separated.
KIT_ACTIONS: dict[str, str] = {
    "keep": "mantener, conservar, mantenido, mantenida, conservado, conservada, dejar, dejado, dejada",
    "change": "cambiar, editar, cambiado, cambiada, editado, editada, modificar, modificado, modificada",
    "remove": "quitar, borrar, quitado, quitada, borrado, borrada, eliminar, eliminado, eliminada, suprimir, suprimido, suprimida, sacar, sacado, sacada, descartar, descartado, descartada",
}

KIT_WORDS = {
    "changes_legend": "Acciones — mantener: la tarjeta queda como está · cambiar: escriba el texto nuevo en ‘Texto nuevo’ · quitar: la tarjeta sale del lienzo. Una acción vacía es mantener.",
    "tp_now": "ahora",
    "tp_ideal": "ideal",
    "tp_kpi": "medido con",
    "tp_sale": "momento de venta",
    "tp_no_sale": "no es un momento de venta",
    "tiles_skipped": "No impresas, porque están vacías: {labels} (deje su lugar libre).",
    "col_id": "Código",
    "col_phase": "Fase",
    "col_lane": "Carril",
    "col_text": "Texto",
    "col_action": "Acción",
    "col_new": "Texto nuevo",
    "col_note": "Nota",
    "note_removed_card": "Tarjeta quitada de {lane}: '{card}'",  # heads the team's note on a removed card, kept as a comment
    "keep": "mantener",
    "change": "cambiar",
    "remove": "quitar",
    "action_error_title": "Acción",
    "action_error": "Elija mantener, cambiar o quitar (también: editar; borrar; o keep, change, remove y sus sinónimos).",
    "changes_sheet": "Cambios",
    "lists_sheet": "Listas",
    "changes_help": "Después de la sesión, dé a cada tarjeta su acción: mantener, cambiar (con el texto nuevo) o quitar. "
    "Tarjetas nuevas: debajo de la línea, sin código, con fase, carril y texto. "
    "Un texto escrito en una celda es una tarjeta, aunque lleve '; '; una línea nueva (Alt+Enter) empieza otra tarjeta.",
    "scores_key": "Puntuaciones (ID en -SC): escriba la nueva puntuación misma en ‘Texto nuevo’, en la escala {scale}: p. ej. {example}.",  # on the changes sheet: how a score row's new score is written
    "scores_plain": "; no +1 ni -1 (la escala no tiene más ni menos)",  # after scores_key's example on a scale with no signs (1..5)
    "journeys_key": "R1, R2 delante de una fase indican qué recorrido: {key}.",  # on the changes sheet of several journeys: what R1, R2 stand for
    "shared_key": "Una celda que comparten varios recorridos es una sola fila, bajo el primero; su cambio vale para cada recorrido: {cards}.",  # on the changes sheet: cards of a cell shared by journeys (a stage list's)
    "new_cards": "Tarjetas nuevas",
    "continued": "continuación",
    "blank": "Idea nueva",
    "handout_kicker": "Hoja de trabajo en grupo",
    "already": "Lo que ya dice el lienzo",
    "nothing_yet": "Nada todavía: empiece aquí.",
    "see_near": "Ningún carril del lienzo plantea esta pregunta; véase también {lanes} (abajo).",
    "write_here": "Sus aportaciones",
    "name_card": "Perfil",  # the band of a persona's name card (its name is the card's text)
    "vote_title": "Votación con puntos: ¿qué mejoras primero?",
    "vote_help": "Cada persona pega tres puntos, en una o varias mejoras.",
    "vote_questions": "Preguntas por investigar (sin votación: respóndanlas primero)",
    "votes": "Votos",
    "tiles_title": "Cartel en hojas",
    "cards_title": "Tarjetas",  # the cards PDF's title, as a viewer's title bar shows it
    "handouts_title": "Hojas de trabajo",  # the handouts PDF's title
    "tiles_summary": "cartel {poster} en {n} hojas {paper}: {cols} columnas × {rows} filas",
    "tiles_step1": "Imprima a tamaño real (100 %, no «ajustar a la página»).",
    "tiles_step2": "Recorte el borde izquierdo y el superior de cada hoja por las marcas de esquina de la imagen "
    "(no el borde izquierdo en la columna A, no el superior en la fila 1).",
    "tiles_step3": "Coloque las hojas como en el plano de abajo: las letras son columnas, los números filas.",
    "tiles_step4": "Ponga cada hoja sobre sus vecinas de la izquierda y de arriba, con el borde recortado sobre las "
    "marcas de su barra gris, y péguela con cinta.",
    "tile_sheet": "hoja {n} de {total} · columna {col}, fila {row}",
    "tile_hint": "Barra gris: la hoja vecina va encima, con su borde recortado sobre la marca. "
    "Recorte el borde izquierdo y el superior por las marcas de esquina.",
}
