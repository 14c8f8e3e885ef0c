"""canvasgen's own words in French: every table here has its twin, with the same keys, in
the other languages' modules (a test checks it). Adding a language is adding one such module."""

from __future__ import annotations

#: Lane names, by lane kind.
LANE_LABELS: dict[str, str] = {
    "customer": "Actions du client",
    "internal": "Processus internes",
    "experience": "Expérience client",
    "score": "Note d'expérience (-2 à +2)",
    "learning": "Améliorations",
    "touchpoints": "Points de contact",
    "channels": "Canaux",
    "emotions": "Sentiments",
    "pain_points": "Points de friction",
    "opportunities": "Opportunités",
    "kpis": "Indicateurs",
}

#: The score row's question with its scale, the template's -2..+2 or the team's own (``template --lanes``).
SCORE_PER_PHASE = "Note par phase : de {low} (très insatisfait) à {high} (très satisfait)."

#: The question each lane answers, by lane kind.
LANE_QUESTIONS: dict[str, str] = {
    "customer": "Que fait le client, et que vit-il ?",
    "internal": "Que devons-nous faire pour que le client puisse passer à l'étape suivante ?",
    "experience": "Comment le client le vit-il ? Qu'est-ce qui va bien, qu'est-ce qui ne va pas ?",
    "score": SCORE_PER_PHASE.format(low="-2", high="+2"),
    "learning": "Que voulons-nous apprendre, et qu'améliorons-nous ?",
    "touchpoints": "Où le client nous rencontre-t-il ?",
    "channels": "Par quels canaux (site web, e-mail, réseaux sociaux, publicités, SMS, téléphone, événement) ?",
    "emotions": "Que ressent le client ?",
    "pain_points": "Où le client bloque-t-il ou s'agace-t-il ?",
    "opportunities": "Quelles opportunités voyons-nous ?",
    "kpis": "Que mesurons-nous dans cette phase ?",
}

#: The questions earlier versions asked in their place (a template's lane comments still say them): sales-
#: funnel and gendered wording ("Hoe tevreden is hij?") the questions above replaced (#31).
EARLIER_LANE_QUESTIONS: tuple[str, ...] = (
    "Que devons-nous faire pour amener le client à la phase suivante ?",
    "Comment le client le vit-il ? Est-il satisfait ?",
)

#: Labels of the template's metadata block.
META_LABELS: dict[str, str] = {
    "client": "Commanditaire",
    "journey": "Parcours",
    "persona": "Persona",
    "version": "Édition",
    "date": "Date du jour",
    "scenario": "Scénario",
}

#: Words of the template workbook.
WORDS: dict[str, str] = {
    "mermaid_actors": "Acteurs",  # the lane of a Mermaid journey's actors
    "untitled_journey": "Parcours client",  # a journey's name when its workbook names it not (a sheet's default or file name)
    "canvas_sheet": "Parcours client",
    "notes_sheet": "Remarques",
    "touchpoints_sheet": "Points de contact",
    "personas_sheet": "Profils",
    "persona_role": "Rôle",  # the Personas sheet's role column outside a B2B buying group
    "metrics_sheet": "Mesures",
    "instructions_sheet": "Mode d'emploi",
    "heading": "Canevas du parcours client",
    "phase": "Étape",
    "scenarios": "Idéal,Actuel",
    "yes_no_partly": "Oui,Non,En partie",
    "yes_no": "Oui,Non",
    "channels": "Site web,E-mail,Réseaux sociaux,Publicités,SMS,Téléphone,Événement,Magasin,Appli",
    "list_error_title": "Pas dans la liste",
    "list_error": "Choisissez une valeur de la liste. Autre chose est permis aussi : canvasgen le lit comme du texte.",
    "unnamed_lane": "Couloir {number}",
    "journey_of": "{journey} de {persona}",
    "persona_age": "{age} ans",  # a persona's age read with no heading of its own ("Jan de Vries (45)")
    # a duration after a figure, "one|more": "1 jour", "14 jours"
    "unit_s": "s|s",
    "unit_min": "min|min",
    "unit_h": "heure|heures",
    "unit_d": "jour|jours",
    "unit_wk": "semaine|semaines",
    # how a figure is written in the KPI lane, two examples: "name figure (target figure)"
    "kpi_example": "Délai 4 min (objectif 2 min)|Conversion 2,4 % (objectif 3 %)",
    "score_error_title": "Pas une note de -2 à +2",
    "score_error": "Choisissez une note de -2 (mauvais) à +2 (bon). canvasgen lit aussi ++ + 0 - --, 4/5, 80%, ★★★☆☆, 🙂 et bon/neutre/mauvais.",
    "scale_error_title": "Pas une note de {low} à {high}",
    "scale_error": "Choisissez une note de {low} (mauvais) à {high} (bon).",
    "score_per_phase": SCORE_PER_PHASE,  # its scale's ends as {low} and {high}
}

#: Column headers of the Touchpoints sheet.
TOUCHPOINT_COLUMNS: tuple[str, ...] = (
    "Étape",
    "Point de contact",
    "Canal",
    "Appareil et contexte",
    "Contenu / action",
    "Moment",
    "Responsable",
    "Actuel (oui/non/en partie)",
    "Idéal (oui/non)",
    "Indicateur",
    "Moment de vente (oui/non)",
)

#: Column headers of the Personas sheet.
PERSONA_COLUMNS: tuple[str, ...] = (
    "Nom",
    "Rôle dans le groupe d'achat",
    "Objectifs",
    "Besoins",
    "Frustrations",
    "Canaux préférés",
    "Présent dans les étapes",
)

#: Column headers of the Metrics sheet.
METRIC_COLUMNS: tuple[str, ...] = ("Étape", "Point de contact", "Mesure", "Valeur", "Objectif", "Période")

#: Lines of the template's instructions sheet.
INSTRUCTIONS: tuple[str, ...] = (
    "Mode d'emploi",
    "Comment remplir le canevas",
    "1. En haut, indiquez le commanditaire, le nom du parcours, la persona, l'édition, la date et le scénario (idéal ou actuel).",
    "2. Les étapes se suivent sur la ligne 'Étape'. Renommez-les à votre guise, mais donnez à chaque étape un nom qui lui est propre. Deux colonnes voisines du même nom sont deux pas d'une même étape.",
    "3. Écrivez ce qui se passe par étape et par couloir. Chaque ligne d'une cellule est un élément à part (Alt+Entrée pour une nouvelle ligne) ; les puces sont permises.",
    "4. Sur la ligne '{row}', notez chaque étape de {low} (très insatisfait) à {high} (très satisfait) ; elle donne la courbe des émotions.",
    "5. Listez les points de contact dans la feuille 'Points de contact' et les personas ou les membres du groupe d'achat dans la feuille 'Profils'.",
    "6. Dessinez d'abord le parcours idéal, puis l'actuel (scénario 'Idéal' ou 'Actuel') ; ils pourront ainsi être comparés.",
    "7. Notez les chiffres mesurés (taux de conversion, taux de rebond, CTR, NPS, chiffre d'affaires, coût) par étape ou point de contact dans la feuille 'Mesures', avec un objectif quand vous en avez un : ils figurent sous les étapes, avec l'objectif atteint ou non. Le coût par point de contact donne la vue du budget.",
    "Les couloirs",
)

#: Channel names, by channel.
CHANNEL_NAMES: dict[str, str] = {
    "website": "Site web",
    "email": "Courriel",
    "social": "Réseaux sociaux",
    "ads": "Publicités",
    "sms": "SMS",
    "messaging": "Chat et messagerie",
    "phone": "Téléphone",
    "event": "Événement",
    "app": "Appli",
    "store": "Magasin",
    "post": "Courrier",
    "desk": "Accueil",
}

#: The poster's own words.
POSTER_WORDS: dict[str, str] = {
    "note_on": "sur",  # a note with its place: "(on Demo & trial, score)"
    "empathy_map": "Carte d'empathie",
    "continued_on": "→ suite page {page}",
    "continued_short": "→ p. {page}",
    "continued": "Suite",
    "card_continued": "{heading} (suite)",
    "from_page": "depuis la page {page}",
    "notes": "Remarques du classeur",
    "in_full": "Noms en entier",
    "touchpoints": "Points de contact",
    "personas": "Profils",
    "appendix": "Annexe",
    "generated": "créé le",
    "product": "Canevas du parcours client",  # the footer's words when the brand kit gives none
    "subject": "Canevas du parcours client tiré de {source}",  # the PDF's Subject: the source file, in the canvas's language
    "page": "page {page} sur {pages}",
    "scale": "({low} à {high})",
    "score": "Note",  # a score row without a label of its own
    "average_of": "moyenne de {values}",  # a curve point of several scores of one phase
    "unscored_light": "pas de score",  # a grey status in the curve's key: "gray = pas de score"
    "now": "aujourd'hui",
    "ideal": "idéal",
    "no_sale": "pas un moment de vente",
    "tp_row": "{name} : {fields}",  # the touchpoint row's name and the fields its cards show
    "tp_timing": "moment",
    "tp_owner": "responsable",
    "target": "objectif",
    "met": "atteint",
    "missed": "manqué",
    "measured": "Indicateurs mesurés",
    "aimed": "Indicateurs visés (idéal)",  # an ideal journey's own figures: where it means to be, not measured
    "budget": "Budget et rendement",
    "return": "rendement",
    "channels_by_phase": "Canaux par étape",
    "roles_by_phase": "Groupe d'achat : présence par étape",
    # the client's own word for the people of its persona sheets ("Betrokkenen"), where it has one
    "roles_by_phase_own": "{group} : présence par étape",
    "roles_by_phase_neutral": "Présence par étape",  # no buying group: a citizen's, a consumer's journey
    "persona_by_phase": "Persona : présence par étape",
    # what a companion page holds, named in its title ("contactmomenten, kanalen en persona")
    "page_touchpoints": "points de contact",
    "page_figures": "chiffres",
    "page_channels": "canaux",
    "page_involved": "personnes impliquées",
    "page_and": "et",  # before the last of them
    "compare": "Courbes des émotions comparées",
    "line_interaction": "Ligne d'interaction",
    "line_visibility": "Ligne de visibilité",
    "line_internal": "Ligne d'interaction interne",
    "metrics": "Mesures",
}

#: The deck's own words.
DECK_WORDS: dict[str, str] = {
    "empathy_map": "Carte d'empathie",
    "n_empathy": "Que pense, entend, voit et dit {name} ? Demandez au groupe ce qui manque et quelle douleur compte le plus.",
    "a_figures": "Chiffres et budget",
    "a_glance": "Le parcours en un coup d’œil",
    "a_roles": "Le groupe d'achat : qui intervient où",
    "a_roles_own": "{group} : qui intervient où",
    "a_roles_neutral": "Qui intervient où",
    "a_touchpoints": "Points de contact et canaux",
    "per_phase": "{phases} phases de {minutes} min",
    "per_group": "{phases} phases en {groups} groupes de {minutes} min",
    "q_channels": "Par quel canal ?",
    "q_emotions": "Que ressent le client ?",
    "q_kpis": "Que mesurons-nous ici ?",
    "q_lane": "Qu'est-ce qui a sa place ici dans cette phase ?",
    "q_opportunities": "Qu'est-ce qui pourrait être mieux ici ?",
    "q_pain_points": "Où le client bloque-t-il ?",
    "q_touchpoints": "Où le client nous rencontre-t-il ?",
    "source_file": "Fichier source",
    "source_cell": "Source : feuille {sheet}, cellule {cell}",
    "q_score": "Quelle note le client donne-t-il à cette phase ?",
    "q_persona": "Qui est le client, que veut-il accomplir, qu'est-ce qui le freine ?",
    "to_fill": "à compléter pendant la séance",
    "agenda": "Ordre du jour",
    "time": "Heure",
    "topic": "Sujet",
    "minutes": "Durée",
    "a_welcome": "Accueil et but de la séance",
    "a_persona": "Persona et groupe d'achat",
    "a_personas": "Personas et groupe d'achat",  # two or more persona slides
    "a_journey": "Le parcours, étape par étape",
    "a_curve": "La courbe des émotions",
    "a_pains": "Points de friction et opportunités",
    "a_actions": "Actions d'amélioration et responsables",
    "a_exercise": "Exercice : le canevas par étape",
    # a later journey's review and exercise as one agenda line, where the agenda would not fit one slide
    "a_differs": "ce qui le distingue, puis son canevas par étape",
    "a_others": "Les {count} autres parcours : ce qui distingue chacun, puis leurs canevas",
    "a_close": "Conclusion et prochaines étapes",
    "overview": "Le parcours en un coup d’œil",
    "glance_summary": "Par phase, le premier élément de chaque ligne ; tous les éléments sont sur les diapositives des phases.",
    "items": "éléments",
    "curve": "Courbe des émotions",
    # a traffic light's colour beside its value on the curve: its disc's colour alone is lost on some readers
    "light_green": "vert",
    "light_yellow": "jaune",
    "light_orange": "orange",
    "light_red": "rouge",
    "compare": "Courbes des émotions comparées",
    "n_compare": "Où les courbes se séparent-elles ? Pourquoi cette persona ou ce scénario vit-il l'étape autrement ?",
    "personas": "Profils et groupe d'achat",
    "personas_own": "Profils et {group}",
    "personas_neutral": "Profils",
    "pains": "Points de friction",
    "opportunities": "Opportunités",
    "pains_title": "Points de friction et opportunités",
    "actions": "Actions d'amélioration",
    "action": "Mesure à prendre",
    "owner": "Responsable",
    "priority": "Priorité",
    "priority_scored": "Priorité (d'après la note)",  # priorities from the phases' scores
    "high": "Haute",
    "medium": "Moyenne",
    "low": "Basse",
    "exercise": "Exercice",
    "q_customer": "Que fait le client ?",
    "q_internal": "Que devons-nous faire ?",
    "q_experience": "Comment le client le vit-il ?",
    "q_learning": "Qu'améliorons-nous ?",
    "continued": "suite",
    "appendix": "Annexe",
    "notes": "Remarques du classeur",
    "in_full": "Noms en entier",
    "touchpoints": "Points de contact",
    "prompt_pains": "Exercice : parcourez les étapes. Où le client abandonne-t-il, attend-il ou s'agace-t-il ? Un point de friction par post-it, avec son étape.",
    "prompt_opportunities": "Exercice : prenez les trois plus grands points de friction. Qu'est-ce qui surprendrait ou aiderait le client à cet endroit ? Une opportunité par post-it.",
    "prompt_actions": "Exercice : faites de chaque opportunité une action. Qui en est responsable, pour quand, et comment mesurons-nous l'effet ?",
    "n_title": "Présentez le commanditaire et le but de la journée. Demandez qui connaît le mieux la persona.",
    "n_agenda": "Parcourez l'ordre du jour et convenez de qui surveille l'heure. Les sujets annexes vont sur un tableau de papier.",
    "n_overview": "Montrez tout le parcours avant d'entrer dans le détail. Demandez : où se trouve, selon vous, le plus gros problème ?",
    "n_curve": "Discutez des creux de la courbe : que se passe-t-il là, et de quoi le client aurait-il besoin à ce moment ?",
    "n_phase": "Demandez pour chaque couloir : que fait le client dans cette étape, que devons-nous faire pour qu'il avance, comment la vit-il (la note !), et qu'améliorons-nous ? Complétez avec des post-it jaunes et roses.",
    "n_phases": "Demandez pour chaque couloir : que fait le client dans ces étapes, que devons-nous faire pour qu'il avance, comment la vit-il (la note !), et qu'améliorons-nous ? Complétez avec des post-it jaunes et roses.",
    "n_personas": "Qui décide, qui influence, qui utilise ? Marquez pour chaque rôle les étapes auxquelles il prend part.",
    # no buying group (a consumer's, a citizen's journey): no questions of who decides
    "n_personas_neutral": "Lisez chaque persona à voix haute et demandez : reconnaissons-nous ce client ? Qu'est-ce qui le motive, qu'est-ce qui le retient ? Que ne savons-nous pas encore ?",
    "n_pains": "Choisissez ensemble les trois points de friction qui pèsent le plus et associez à chacun une opportunité.",
    "n_actions": "Rendez chaque action concrète : qui en est responsable, pour quand, comment mesurons-nous l'effet ?",
    "open_questions": "Questions à éclaircir",
    "question": "Question",
    "n_questions": "Des questions, pas des actions : qui cherche, comment et pour quand ? Une réponse peut devenir une action.",
    "n_priority": "La priorité suit le score de la phase : haute là où le client vit mal la phase, basse là où il la vit bien ; une phase sans score n'en reçoit pas (convenez-en pendant la séance).",
    "n_review": "Maintenant {journey} : parcourez en environ {minutes} minutes ce qui distingue ce parcours du premier (la vue d'ensemble, la courbe, les étapes qui diffèrent) ; puis l'exercice.",
    "n_exercise": "Laissez le groupe remplir le canevas de cette étape en {minutes} minutes : une idée par post-it, puis regroupez et priorisez.",
    "n_exercise_group": "Laissez le groupe remplir le canevas de ces étapes en {minutes} minutes : une idée par post-it, puis regroupez et priorisez.",
    "n_appendix": "Contexte pour la séance : points de contact, profils et remarques du classeur.",
    "persona": "Profil",
    "roles": "Groupe d'achat : qui intervient où",
    "roles_own": "{group} : qui intervient où",
    "roles_neutral": "Qui intervient où",
    "n_roles": "Parcourez les étapes rôle par rôle : qui décide où, et qui nous manque dans quelle étape ?",
    "n_persona": "Lisez la persona à voix haute et demandez : la reconnaissons-nous ? Que ne savons-nous pas encore ?",
    "tp_title": "Points de contact",
    "n_tp": "Quels points de contact ne servons-nous pas aujourd'hui alors que nous le devrions ? Ce sont les premières améliorations.",
    "channels_title": "Canaux par étape",
    "n_channels": "Où une étape dépend-elle d'un seul canal ? Quels canaux le client utilise-t-il, et y sommes-nous ?",
    "kpi_title": "Indicateurs mesurés",
    "kpi_title_aimed": "Indicateurs visés (idéal)",
    "kpi_chart": "Mesuré par rapport à l'objectif",
    "kpi_chart_untargeted": "Mesuré",  # figures without any target: no "against target"
    "kpi_chart_aimed": "Visé par rapport à l'objectif",
    "not_charted": "Également mesuré",
    "shared_figures": "Aussi des chiffres de ce parcours, présentés dans la partie {who}",
    "n_kpi": "Commencez par les objectifs manqués : dans quelle étape est le problème, et que dit le parcours ?",
    "measured": "Mesuré",
    "aimed": "Visé",
    "target": "Objectif",
    "budget_title": "Budget et rendement",
    "budget_spent": "Budget",  # a budget slide that shows no return: not titled "... and return"
    "n_budget": "Quels médias rapportent le plus par euro ? Vers où déplaçons-nous le budget ?",
    "spend": "Dépenses",
    "per_channel": "par canal",
}

#: Words of the gap analysis (terminal, PDF, slides).
GAP_WORDS: dict[str, str] = {
    "missing": "Manque aujourd'hui (commencer)",
    "without": "Sans effet sur le parcours idéal (arrêter ?)",
    "left_behind": "Plus dans le parcours idéal (étape du client aujourd’hui)",  # today's customer steps the ideal journey no longer has
    "pairs": "Associés (idéal ← actuel, ressemblance)",
    "same": "{count} éléments identiques des deux côtés",
    "same_one": "1 élément identique des deux côtés",
    "not_compared": "Non comparé",
    "empty_ideal": "vide dans tout le parcours idéal : aucune proposition d'arrêt",
    "kind_both": "dans les deux parcours ; l'analyse des écarts compare le parcours client, le processus interne, les points de contact et les canaux",
    "kind_ideal": "seulement dans le parcours idéal ; l'analyse des écarts compare le parcours client, le processus interne, les points de contact et les canaux",
    "kind_current": "seulement dans le parcours actuel ; l'analyse des écarts compare le parcours client, le processus interne, les points de contact et les canaux",
    "kind_empty_ideal": "vide dans le parcours idéal (la ligne existe, rien n'y est écrit) ; l'analyse des écarts compare le parcours client, le processus interne, les points de contact et les canaux",
    "kind_empty_current": "vide dans le parcours actuel (la ligne existe, rien n'y est écrit) ; l'analyse des écarts compare le parcours client, le processus interne, les points de contact et les canaux",
    "unpaired_ideal": "seulement dans le parcours idéal : le parcours actuel a d'autres lignes de ce type, aucune de ce nom ; donnez à la ligne le même nom dans les deux pour la comparer",
    "unpaired_current": "seulement dans le parcours actuel : le parcours idéal a d'autres lignes de ce type, aucune de ce nom ; donnez à la ligne le même nom dans les deux pour la comparer",
    "experience": "Expérience",  # the score row's label where it has none
    "score": "{label} : actuelle {current} → idéale {ideal}",
    "same_deed": "sous le seuil de {threshold}, appariés quand même : les deux commencent par « {verb} » et sont les seuls éléments restants de cette phase et de ce couloir — la même action, faite autrement",
    "actions": "Points d'action",
    "unaligned": "Étapes qui n'ont pas pu être associées",
    "start": "commencer",
    "stop": "arrêter",
    "stop?": "arrêter ?",
    "unfilled": "arrêter ? (vide dans le parcours idéal)",
    "improve": "améliorer",
    "high": "haute",
    "medium": "moyenne",
    "low": "basse",
    "title": "Analyse des écarts : idéal face à actuel",
    "title_same": "Analyse des écarts : {scenario} face à {scenario} — les deux parcours disent « {scenario} », ce n'est pas idéal face à actuel",
    "method": "Les éléments ont été appariés quand leurs textes se ressemblent au moins à {threshold}.",
    "basis": "Priorité : commencer et améliorer pèsent plus lourd quand l'écart de score de la phase est grand et qu'elle est mal vécue aujourd'hui ; « arrêter ? » est une supposition et ne pèse jamais plus lourd à cause de l'écart : basse, moyenne pour le processus propre dans une phase mal vécue aujourd'hui, jamais plus pour un point de contact ou un canal (un site d'avis ou une plateforme n'est pas toujours à l'entreprise d'arrêter).",
    "unscored": "Aucun des deux parcours n'a de score par phase (aucune ligne de score lue) : les priorités ne reposent ici sur aucun écart de score, et le vécu n'est pas comparé.",
    "changes": "Ce qui a changé",
    # the terminal's report: which file is which, how alike items must be, what was said once
    "report_ideal": "idéal",
    "report_current": "actuel",
    "report_threshold": "seuil de similarité",
    "scales": "scores : idéal sur {ideal}, actuel sur {current}",
    "scales_differ": "les deux parcours notent sur des échelles différentes (idéal {ideal}, actuel {current}) : les scores d'une phase sont comparés en part de leur propre échelle, l'écart donné sur l'échelle du parcours actuel ; écrivez-les sur une même échelle pour les comparer tels qu'écrits",
    "said_once": "Dit une fois, comme le dit la feuille Points de contact (le même point de contact sur le même canal)",
    "pair_heading": "{ideal} (idéal) avec {current} (actuel) — {how}",
    "pair_named": "'{name}' (feuille '{sheet}')",
    "paired_name": "appariés par nom",
    "paired_persona": "appariés par persona",
    "paired_sheet": "appariés par nom de feuille",
    "paired_only": "le seul parcours de chacun",
    "paired_first": "le premier marqué idéal et le premier marqué actuel",
    "shared_actions": "De chaque paire, de la feuille Points de contact (dit une fois)",
}

#: Words of the 'what changed' report.
DIFF_WORDS: dict[str, str] = {
    "journeys": "Parcours",
    "journey_added": "parcours ajouté",
    "journey_removed": "parcours retiré",
    "phase_added": "étape ajoutée",
    "phase_removed": "étape retirée",
    "lane_added": "couloir ajouté",
    "lane_removed": "couloir retiré",
    "renamed": "étape renommée",
    "phases_reordered": "ordre des étapes modifié",
    "score": "note",
    "added": "ajouté",
    "removed": "retiré",
    "in_journeys": "dans les parcours {journeys}",  # a cell several journeys show, its change said once
    "moved": "déplacé",
    "reworded": "reformulé",
    "changed": "modifié",
    "similarity": "ressemblance",
    "by_position": "réécrite au même endroit",  # a card rewritten past likeness, paired by its place
    "none": "aucun changement",
    "figures": "Chiffres mesurés",
    "target": "objectif",
    "met": "atteint",
    "missed": "manqué",
    "new_figure": "nouveau",
    "gone": "plus mesuré",
    "touchpoints": "Points de contact",
    "personas": "Profils",
    "record_renamed": "renommé",
}

#: Sheet names and headers of the gap report workbook.
GAP_SHEETS: dict[str, str] = {
    "actions": "Mesures à prendre",
    "missing": "Manque aujourd'hui",
    "without": "Sans effet",
    "left_behind": "Plus dans l’idéal",
    "pairs": "Associés",
    "scores": "Notes",
    "phase": "Étape",
    "action": "Mesure à prendre",
    "kind": "Genre",
    "priority": "Priorité",
    "owner": "Responsable",
    "status": "État",
    "cell": "Cellule",
    "lane": "Couloir",
    "item": "Élément",
    "ideal": "Idéal",
    "current": "Actuel",
    "similarity": "Ressemblance",
    "pair_why": "Pourquoi appariés",
    "gap": "Écart",
    "statuses": "Ouvert,En cours,Fait,Abandonné",
    "lists": "Listes de choix",
}

#: Headers of the deck's touchpoint, channel, role and figure tables.
TABLE_HEADERS: dict[str, str] = {
    "phase": "Étape",
    "touchpoint": "Point de contact",
    "channel": "Canal",
    "timing": "Moment",
    "owner": "Responsable",
    "now": "Aujourd'hui",
    "ideal": "Idéal",
    "sale": "Moment de vente",
    "metric": "Mesure",
    "value": "Valeur",
    "target": "Objectif",
    "result": "Résultat",
    "period": "Période",
    "spend": "Dépenses",
    "revenue": "Chiffre d'affaires",
    "serves": "Rapporte",
    "role": "Rôle",
    "measured": "Mesuré",
}

#: The phases of each journey model the template offers.
PHASE_MODELS: dict[str, tuple[str, ...]] = {
    "five": ("Notoriété", "Intérêt", "Réflexion", "Achat", "Service et fidélité"),
    "b2b7": (
        "Orientation",
        "Déclencheur",
        "Première réflexion",
        "Évaluation active",
        "Décision d'achat",
        "Vécu",
        "Fidélité",
    ),
    "five-a": ("Attention", "Appréciation", "Passage à l'acte", "Toujours", "Recommandation"),
}

#: Metric names offered in the Metrics sheet's drop-down.
METRIC_NAMES: tuple[str, ...] = (
    "Taux de conversion",
    "Taux de rebond",
    "Taux de clic",
    "Abandon de panier",
    "NPS",
    "Fidélisation",
    "Chiffre d'affaires",
    "Coût",
)

#: The emotion curve in words (speaker notes, the poster's alternative text).
CURVE_WORDS = {
    "extremes": "Le client vit le plus mal {low} ({low_v}) et le mieux {high} ({high_v}).",
    # the lowest score is no bad one (at or above the scale's middle): not "le plus mal"
    "extremes_mild": "Le client vit le moins bien {low} ({low_v}) et le mieux {high} ({high_v}).",
    "and": "et",
    "flat": "Le client vit chaque étape de la même façon ({value}).",
    "drop": "La plus forte baisse va de '{a}' à '{b}' ({a_v} à {b_v}).",
    "drop_over": "La plus forte baisse va de '{a}' à '{b}' ({a_v} à {b_v}) ; entre les deux, {between} n'a pas de score.",
    "no_drop": "La note ne baisse nulle part dans le parcours.",
    "none": "Aucune note n'est remplie.",
}

#: The workshop kit: the changes sheet, the handouts, the cards and the tiled poster.
#: The actions a row of the changes sheet may name, with their common synonyms (the first is the drop-down's), comma-separated.
KIT_ACTIONS: dict[str, str] = {
    "keep": "garder, conserver, gardé, gardée, conservé, conservée",
    "change": "modifier, réécrire, modifié, modifiée, réécrit, réécrite, changer, changé, changée, éditer, édité, éditée",
    "remove": "supprimer, retirer, supprimé, supprimée, retiré, retirée, effacer, effacé, effacée, enlever, enlevé, enlevée, rayer, rayé, rayée",
}

KIT_WORDS = {
    "changes_legend": "Actions — garder : la carte reste telle quelle · modifier : écrire le nouveau texte sous ‘Nouveau texte’ · supprimer : la carte quitte le canevas. Une action vide vaut garder.",
    "tp_now": "aujourd’hui",
    "tp_ideal": "idéal",
    "tp_kpi": "mesuré par",
    "tp_sale": "moment de vente",
    "tp_no_sale": "pas un moment de vente",
    "tiles_skipped": "Non imprimées, car vides : {labels} (laisser leur place libre).",
    "col_id": "Code",
    "col_phase": "Étape",
    "col_lane": "Couloir",
    "col_text": "Texte",
    "col_action": "Suite à donner",
    "col_new": "Nouveau texte",
    "col_note": "Remarque",
    "note_removed_card": "Carte retirée de {lane} : '{card}'",  # heads the team's note on a removed card, kept as a comment
    "keep": "garder",
    "change": "modifier",
    "remove": "supprimer",
    "action_error_title": "Suite à donner",
    "action_error": "Choisissez garder, modifier ou supprimer (aussi : réécrire ; retirer ; ou keep, change, remove et leurs synonymes).",
    "changes_sheet": "Modifications",
    "lists_sheet": "Listes",
    "changes_help": "Après la séance, donnez à chaque carte sa suite : garder, modifier (avec le nouveau texte) ou supprimer. "
    "Nouvelles cartes : sous la ligne, sans code, avec étape, couloir et texte. "
    "Un texte saisi dans une cellule est une carte, même avec « ; » ; une nouvelle ligne (Alt+Entrée) commence une autre carte.",
    "scores_key": "Scores (ID en -SC) : écrire le nouveau score lui-même sous ‘Nouveau texte’, sur l’échelle {scale} : p. ex. {example}.",  # on the changes sheet: how a score row's new score is written
    "scores_plain": " ; pas +1 ou -1 (l’échelle n’a ni plus ni moins)",  # after scores_key's example on a scale with no signs (1..5)
    "journeys_key": "R1, R2 devant une étape disent quel parcours : {key}.",  # on the changes sheet of several journeys: what R1, R2 stand for
    "shared_key": "Une cellule que plusieurs parcours partagent est une seule ligne, sous le premier ; sa modification vaut pour chaque parcours : {cards}.",  # on the changes sheet: cards of a cell shared by journeys (a stage list's)
    "new_cards": "Nouvelles cartes",
    "continued": "suite",
    "blank": "Nouvelle idée",
    "handout_kicker": "Fiche de travail en sous-groupe",
    "already": "Ce que dit déjà le canevas",
    "nothing_yet": "Rien encore : commencez ici.",
    "see_near": "Aucun couloir du canevas ne pose cette question ; voir aussi {lanes} (plus bas).",
    "write_here": "Vos ajouts",
    "name_card": "Persona",  # the band of a persona's name card (its name is the card's text)
    "vote_title": "Vote par gommettes : quelles améliorations d'abord ?",
    "vote_help": "Chacun colle trois gommettes, sur une ou plusieurs améliorations.",
    "vote_questions": "Questions à éclaircir (pas de vote : y répondre d'abord)",
    "votes": "Voix",
    "tiles_title": "Affiche en feuilles",
    "cards_title": "Cartes",  # the cards PDF's title, as a viewer's title bar shows it
    "handouts_title": "Fiches de travail",  # the handouts PDF's title
    "tiles_summary": "affiche {poster} sur {n} feuilles {paper} : {cols} colonnes × {rows} lignes",
    "tiles_step1": "Imprimez en taille réelle (100 %, pas « ajuster à la page »).",
    "tiles_step2": "Coupez le bord gauche et le bord haut de chaque feuille le long des repères d'angle de l'image "
    "(pas le bord gauche en colonne A, pas le bord haut en ligne 1).",
    "tiles_step3": "Disposez les feuilles comme sur le plan ci-dessous : les lettres sont les colonnes, les chiffres les lignes.",
    "tiles_step4": "Posez chaque feuille sur ses voisines de gauche et du haut, son bord coupé sur les traits de "
    "leur barre grise, et fixez-la avec du ruban adhésif.",
    "tile_sheet": "feuille {n} sur {total} · colonne {col}, ligne {row}",
    "tile_hint": "Barre grise : la feuille voisine se pose dessus, son bord coupé sur le trait. "
    "Coupez le bord gauche et le bord haut le long des repères d'angle.",
}
