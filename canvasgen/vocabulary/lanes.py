"""The words that name a lane's role, per language: the labels people write over a lane, and the
questions they write instead ("Wat doet de klant?").

Labels are compared by ``label_key`` (case, accents, punctuation, "&"/"en"/"and" ignored), so each
label is written here once, as people would type it. Questions are compared after ``question_key``
also drops the small words (de, het, een, the, a, zich, we, wij, ons, our ...), so "Wat doet de klant?"
and "Wat doet klant" are one question. The first label of a role in Dutch and in English is the
label canvasgen's own template writes (``words.nl``/``words.en`` ``LANE_LABELS``): a *known* label;
every other is a synonym. ``vocabulary`` indexes them; ``vocabulary.roles`` matches a label to a role.
"""

from __future__ import annotations

import re


def _words_of(text: str) -> tuple[str, ...]:
    """A list of single words, written as one string."""
    return tuple(text.split())


#: Labels of a row of traffic lights (🟢 🟡 🔴, "groen | oranje | rood", G/A/R), one per phase: the score
#: row, its lights the top, middle and bottom of its scale. Over text that holds no score they are a text
#: lane ("Status: in behandeling"), as a typo of "Score" is.
TRAFFIC_LIGHT_LABELS: dict[str, tuple[str, ...]] = {
    "nl": ("stoplicht", "verkeerslicht"),  # not "status": "Status levering: ok | niet ok" is text
    "en": ("traffic light", "traffic lights", "RAG", "RAG status"),
    "de": ("ampel",),
    "fr": ("feu tricolore",),
    "es": ("semáforo",),
}

#: Lane labels by language and role. Dutch and English name every role; the template's label first.
LANE_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "customer": ("klantproces", "klant proces", "klantprocessen", "klantactiviteiten", "acties van de klant",
                     "acties klant", "klantacties", "acties", "klantreisstappen", "klantstappen", "doen", "klant doet",
                     "wat de klant doet", "de klant doet"),
        "internal": ("intern proces", "interne proces", "interne processen", "interne acties", "organisatie",
                     "bedrijfsproces", "bedrijfsprocessen", "achter de schermen", "onze acties", "wij doen",
                     "wat wij doen", "acties organisatie", "acties bedrijf", "sales & marketing",
                     "marketing & sales", "verkoop & marketing", "marketing & verkoop"),
        "experience": ("ervaring", "ervaringen", "klantervaring", "beleving", "klantbeleving", "tevredenheid"),
        "score": ("ervaringsscore", "ervaring score", "score ervaring", "score", "cijfer", "rapportcijfer",
                  "tevredenheidsscore", "emotiescore", "beoordeling", "waardering", *TRAFFIC_LIGHT_LABELS["nl"]),
        "learning": ("leerdoelen & verbeteringen", "leerdoelen", "verbeteringen", "verbeterpunten", "verbeteracties",
                     "actiepunten", "volgende stappen", "geleerde lessen", "lessen", "leerpunten", "leerpunt",
                     "verbeterpunt", "leerpunten & verbeterpunten", "lessons learned", "learnings"),
        "touchpoints": ("contactmomenten", "contactmoment", "contactpunten", "raakpunten"),
        "channels": ("kanalen", "kanaal", "media"),
        "emotions": ("emoties", "emotie", "gevoel", "gevoelens", "emotiecurve", "denken & voelen",
                     "gedachten & gevoelens", "gevoel & gedachten", "gevoelens & gedachten", "denkt & voelt"),
        "pain_points": ("pijnpunten", "pijnpunt", "pijnpunten en frustraties", "knelpunten", "frustraties",
                        "ergernissen", "problemen", "obstakels", "pijn", "frustratie"),
        "opportunities": ("kansen", "kans", "kansen en ideeën", "ideeën", "verbeterkansen"),
        "kpis": ("KPI's", "KPI", "KPIs", "meetpunten", "indicatoren", "kritieke prestatie indicatoren", "cijfers",
                 "kengetallen", "metrics", "meetwaarden", "prestatie-indicatoren"),
    },
    "en": {
        "customer": ("customer process", "customer actions", "customer action", "customer activities",
                     "customer journey steps", "user actions", "user tasks", "activities", "tasks", "doing",
                     "actions", "customer doing", "customer does", "what the customer does", "user doing"),
        "internal": ("internal process", "internal processes", "internal actions", "company actions",
                     "company process", "organisation", "organization", "behind the scenes", "onstage", "frontstage",
                     "backstage", "backstage actions", "our actions", "what we do", "we do", "sales & marketing",
                     "marketing & sales"),
        "experience": ("experience", "experiences", "customer experience", "satisfaction"),
        "score": ("experience score", "score", "satisfaction score", "emotion score", "rating", "note",
                  *TRAFFIC_LIGHT_LABELS["en"]),
        "learning": ("learning goals & improvements", "learning goals", "learnings", "improvements", "next steps",
                     "action points", "improvement actions", "lessons learned", "to improve", "learning points",
                     "lessons", "improvement points", "takeaways", "key learnings"),
        "touchpoints": ("touchpoints", "touchpoint", "touch points", "contact points"),
        "channels": ("channels", "channel", "marketing channel", "marketing channels", "media"),
        "emotions": ("emotions", "emotion", "feeling", "feelings", "mood", "emotional curve", "emotional state",
                     "thinking & feeling", "thoughts & feelings", "feelings & thoughts", "thinks & feels",
                     "feeling & thinking"),
        "pain_points": ("pain points", "pain point", "painpoints", "pains", "pain", "frustrations", "barriers",
                        "obstacles", "problems", "where it hurts", "what hurts"),
        "opportunities": ("opportunities", "opportunity", "ideas", "brand opportunities", "improvement opportunity",
                          "improvement opportunities"),
        "kpis": ("KPIs", "KPI", "KPI's", "metrics", "key performance indicators", "figures", "key figures",
                 "measures"),
    },
    "de": {
        "customer": ("kundenaktionen", "handlungen des kunden", "aktivitaten", "aktionen", "handlungen",
                     "kundenhandlungen", "was der kunde tut"),
        "internal": ("interne prozesse", "unternehmensprozesse"),
        "experience": ("erlebnis", "kundenerlebnis"),
        "score": ("stimmungsbarometer", "bewertung", *TRAFFIC_LIGHT_LABELS["de"]),
        "learning": ("verbesserungen", "lernziele", "lernpunkte", "erkenntnisse", "verbesserungspunkte",
                     "verbesserungsvorschläge", "verbesserungspotenzial", "lessons learned", "learnings"),
        "touchpoints": ("beruhrungspunkte", "kontaktpunkte"),
        "channels": ("kanale",),
        "emotions": ("emotionen", "gefuhle", "gefühl", "emotion", "stimmung", "emotionale kurve"),
        "pain_points": ("schmerzpunkte", "schmerzpunkt", "probleme", "hindernisse", "frustrationen", "frustration",
                        "ärgernisse", "schmerzen"),
        "opportunities": ("chancen", "moglichkeiten", "ideen", "chancen und ideen", "verbesserungsideen"),
        "kpis": ("kennzahlen",),
    },
    "fr": {
        "customer": ("actions du client", "actions client", "actions", "actions de l utilisateur",
                     "ce que fait le client"),
        "internal": ("processus internes",),
        "experience": ("experience client",),
        "score": ("note d experience", "note de l experience", "score d experience", *TRAFFIC_LIGHT_LABELS["fr"]),
        "learning": ("ameliorations",),
        "touchpoints": ("points de contact", "point de contact"),
        "channels": ("canaux",),
        "emotions": ("sentiments", "sentiment", "émotions", "émotion", "ressenti"),
        "pain_points": ("points de friction", "irritants", "points de douleur", "point de douleur", "douleurs",
                        "frustrations", "problèmes", "freins"),
        "opportunities": ("opportunites",),
        "kpis": ("indicateurs",),
    },
    "it": {
        "customer": ("azioni del cliente", "azioni dell utente", "azioni utente", "attivita del cliente"),
        "internal": ("processi interni",),
        "experience": ("esperienza", "esperienza del cliente"),
        "score": ("punteggio", "voto"),
        "learning": ("miglioramenti",),
        "touchpoints": ("punti di contatto",),
        "channels": ("canali",),
        "emotions": ("emozioni", "sentimenti"),
        "pain_points": ("punti critici", "punti di dolore", "criticita", "problemi"),
        "opportunities": ("opportunita",),
        "kpis": ("metriche",),
    },
    "es": {
        "customer": ("acciones", "acciones del usuario", "acciones del cliente", "lo que hace el cliente"),
        "internal": ("procesos internos",),
        "experience": ("experiencia",),
        "score": ("puntuacion", "nota", *TRAFFIC_LIGHT_LABELS["es"]),
        "learning": ("mejoras",),
        "touchpoints": ("puntos de contacto", "punto de contacto"),
        "channels": ("canal", "canales"),
        "emotions": ("emocion", "emociones", "sentimientos"),
        "pain_points": ("problemas", "puntos de dolor", "punto de dolor", "frustraciones", "dolores", "fricciones"),
        "opportunities": ("oportunidades",),
        "kpis": ("metricas",),
    },
    "pt": {
        "customer": ("acoes do cliente", "acoes", "acoes do usuario"),
        "internal": ("processos internos",),
        "experience": ("experiencia do cliente",),
        "score": ("pontuacao",),
        "learning": ("melhorias",),
        "touchpoints": ("ponto de contato", "pontos de contato"),
        "channels": ("canais",),
        "emotions": ("emocao", "emocoes"),
        "pain_points": ("pontos de dor", "dores", "dor"),
    },
    "pl": {
        "channels": ("kanały", "kanał"),
    },
    "ru": {
        "customer": ("действия клиента", "действия пользователя", "действия"),
        "internal": ("внутренние процессы", "действия компании"),
        "experience": ("опыт", "клиентский опыт", "впечатления"),
        "score": ("оценка",),
        "learning": ("улучшения",),
        "touchpoints": ("точки контакта", "точки взаимодействия"),
        "channels": ("каналы",),
        "emotions": ("эмоции", "чувства"),
        "pain_points": ("боли", "барьеры", "проблемы", "проблема", "болевые точки"),
        "opportunities": ("возможности",),
        "kpis": ("метрики", "показатели"),
    },
    "el": {
        "customer": ("ενέργειες πελάτη", "ενέργειες χρήστη", "δραστηριότητες"),
        "internal": ("εσωτερικές διαδικασίες",),
        "experience": ("εμπειρία",),
        "score": ("βαθμολογία",),
        "learning": ("βελτιώσεις",),
        "touchpoints": ("σημεία επαφής",),
        "channels": ("κανάλια",),
        "emotions": ("συναισθήματα",),
        "pain_points": ("σημεία πόνου", "προβλήματα"),
        "opportunities": ("ευκαιρίες",),
        "kpis": ("μετρικές",),
    },
    "ja": {
        "customer": ("行動", "顧客の行動", "ユーザーの行動"),
        "touchpoints": ("タッチポイント", "接点"),
        "channels": ("チャネル",),
        "emotions": ("感情",),
        "pain_points": ("課題", "ペインポイント"),
        "opportunities": ("機会",),
    },
    "zh": {
        "customer": ("用户行为", "行为", "客户行为"),
        "touchpoints": ("触点", "接触点"),
        "channels": ("渠道",),
        "emotions": ("情绪", "情感"),
        "pain_points": ("痛点",),
        "opportunities": ("机会", "机会点"),
    },
    "ar": {
        "customer": ("أفعال العميل", "إجراءات العميل", "تصرفات العميل", "أنشطة العميل", "خطوات العميل",
                     "ما يفعله العميل", "أفعال المستخدم", "الأفعال", "الإجراءات"),
        "internal": ("العمليات الداخلية", "الإجراءات الداخلية", "ما تفعله الشركة"),
        "experience": ("تجربة العميل", "التجربة"),
        "score": ("التقييم", "الدرجة"),
        "learning": ("التحسينات", "ما يمكن تحسينه"),
        "touchpoints": ("نقاط الاتصال", "نقاط التواصل", "نقاط التفاعل", "نقطة الاتصال"),
        "channels": ("القنوات", "القناة"),
        "emotions": ("المشاعر", "العواطف", "الشعور"),
        "pain_points": ("نقاط الألم", "نقطة الألم", "المشاكل", "المشكلات", "العقبات"),
        "opportunities": ("الفرص", "فرص"),
        "kpis": ("المقاييس", "مؤشرات الأداء", "مؤشرات الأداء الرئيسية"),
    },
}  # fmt: skip

#: Labels that name a lane's role once the label column is found, but are no vote on which line holds the
#: labels: they are phase names too ("Actie", "Action": the last phase of AIDA).
PHASE_AND_LANE_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {"customer": ("actie",)},
    "en": {"customer": ("action",)},
    "de": {"customer": ("aktion",)},
    "fr": {"customer": ("action",)},
    "es": {"customer": ("acción",)},
}

#: Labels that say "actions" without saying whose: read as what the customer does (a journey map's
#: "Actions" row, beside thoughts and feelings), and said so with the correction that makes them the
#: organisation's own actions.
ACTIONS_OF_NO_ONE = (
    "acties",
    "actie",
    "actions",
    "action",
    "aktionen",
    "aktion",
    "handlungen",
    "acciones",
    "acción",
    "acoes",
    "действия",
    "activities",
    "activiteiten",
    "aktivitäten",
    "tasks",
)
#: A customer's thoughts: a lane of its own, kept under the client's label ("Gedanken", "Wat denkt Noor?"),
#: never joined to the feelings (a thought is no feeling); a label of both ("Denken & voelen") is emotions.
THOUGHT_LABELS: dict[str, tuple[str, ...]] = {
    "nl": ("gedachten", "gedachte", "denken", "denkt", "wat de klant denkt", "klantgedachten"),
    "en": ("thoughts", "thought", "thinking", "thinks", "think", "customer thoughts", "what the customer thinks"),
    "de": ("gedanken", "gedanke", "denken", "denkt", "was der kunde denkt", "kundengedanken"),
    "fr": ("pensées", "pensée", "pense", "ce que pense le client", "réflexions"),
    "es": ("pensamientos", "pensamiento", "piensa", "lo que piensa el cliente"),
    "it": ("pensieri", "pensiero"),
    "pt": ("pensamentos", "pensamento"),
}

#: Questions of thought, by language: a question word (``ask``), a verb of thinking (``verbs``), a subject of
#: up to three words and small words (``fill``), no verb of feeling (``FEELING_VERBS``: "Wat denkt/voelt ze?"
#: asks of both, the feelings' lane): "Wat denkt Noor?", "What does the customer think?", "Was
#: denkt die Kundin?", "Que pense le client ?", "¿Qué piensa el cliente?". The thoughts lane, of any subject.
THOUGHT_QUESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "ask": ("wat",),
        "verbs": _words_of("denkt denken denk dacht dachten"),
        "fill": _words_of("hij zij ze daarbij erbij hierbij daarover erover hierover bij over nu dan"),
    },
    "en": {
        "ask": ("what",),
        "verbs": _words_of("think thinks thinking thought"),
        "fill": _words_of("does do did is are was were about of at there now then"),
    },
    "de": {
        "ask": ("was",),
        "verbs": _words_of("denkt denken denke dachte"),
        "fill": _words_of("sich dabei darüber über jetzt dann"),
    },
    "fr": {
        "ask": ("que", "qu", "quoi", "quelles"),
        "verbs": _words_of("pense pensent pensait réflexions"),
        "fill": _words_of("est ce il elle ils elles en y de du des à"),
    },
    "es": {
        "ask": ("que",),
        "verbs": _words_of("piensa piensan pensaba"),
        "fill": _words_of("él ella ellos de sobre en ahora"),
    },
}
#: The three verbs of a doing/thinking/feeling canvas ("Doet | Denkt | Voelt", "Does | Thinks | Feels"), by
#: language and the lane each names, in the forms a label writes them: the infinitive, the third person (singular
#: and plural) and the gerund; no imperative ("Doe" is no lane). A label of one of these forms, alone or with the
#: person on the journey ("Klant voelt", "Customer feels", "Der Kunde fühlt"), names that lane
#: (``vocabulary.roles``); thinking is a lane of its own (the thoughts), never joined to the feelings.
LANE_VERBS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "customer": _words_of("doen doet"),
        "thoughts": _words_of("denken denkt"),
        "emotions": _words_of("voelen voelt"),
    },
    "en": {
        "customer": _words_of("do does doing"),
        "thoughts": _words_of("think thinks thinking"),
        "emotions": _words_of("feel feels feeling"),
    },
    "de": {
        "customer": _words_of("tun tut macht machen"),
        "thoughts": _words_of("denken denkt"),
        "emotions": _words_of("fühlen fühlt"),
    },
    "fr": {
        "customer": _words_of("faire fait font"),
        "thoughts": _words_of("penser pense pensent"),
        "emotions": _words_of("ressentir ressent ressentent"),
    },
    "es": {
        "customer": _words_of("hacer hace hacen"),
        "thoughts": _words_of("pensar piensa piensan"),
        "emotions": _words_of("sentir siente sienten"),
    },
}

#: Verbs of feeling in any language: a question of thinking that also asks of feeling is the feelings' lane.
FEELING_VERBS = _words_of(
    """voelt voelen voel voelde ervaart ervaren beleeft beleven feel feels felt feeling fühlt fühlen empfindet
    ressent ressentent éprouve siente sienten"""
)

#: "What could be better?": what the customer's experience leaves to be wished, not what the team improves:
#: the opportunities' question, as canvasgen's own template asks it of its Kansen lane ("Wat kan hier beter?",
#: ``q_opportunities``). The same words could mean the team's improvements (learning): ``check`` says so,
#: with the correction (``ALSO_LEARNING``).
_BETTER: dict[str, tuple[str, ...]] = {
    "nl": ("Wat kan beter?", "Wat kan er beter?", "Wat kan hier beter?", "Wat kan er hier beter?"),
    "en": ("What can be better?", "What could be better?", "What could be better here?"),
    "de": ("Was kann besser?", "Was könnte besser sein?", "Was könnte hier besser sein?"),
}
ALSO_LEARNING: tuple[str, ...] = tuple(question for forms in _BETTER.values() for question in forms)

#: The questions people write over a lane instead of its label, by language and role; the
#: template's own lane questions (``words`` ``LANE_QUESTIONS``, ``q_*``) among them.
LANE_QUESTION_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "customer": ("Wat doet de klant?", "Wat doet de klant, en wat beleeft hij daarbij?",
                     "Wat doet de klant in deze fase, en wat komt daarbij kijken?",
                     "Wat doet en beleeft de klant?", "Wat beleeft de klant?", "Welke stappen zet de klant?",
                     "Wat onderneemt de klant?", "Wat gaat de klant doen?", "Wat de klant doet",
                     "Wat de klant doet en beleeft", "Wat moet de klant doen?", "Wat moet de klant regelen?",
                     "Wat regelt de klant?"),
        "internal": ("Wat moeten wij doen?", "Wat doen wij?", "Wat moeten wij doen om de klant naar de volgende "
                     "fase te brengen?", "Wat moeten wij doen zodat de klant verder kan?", "Wat doet de organisatie?",
                     "Wat doet het bedrijf?",
                     "Wat gebeurt er intern?", "Wat doen wij intern?", "Wat wij doen", "Wat wij moeten doen",
                     # a duty of the company: "Wat moet Energie BV regelen?" asks it of the client's name
                     "Wat moet de organisatie doen?", "Wat moet de organisatie regelen?",
                     "Wat moet de organisatie organiseren?", "Wat regelt de organisatie?",
                     "Wat organiseert de organisatie?", "Wat moeten wij regelen?", "Wat regelen wij?",
                     "Wat moeten wij organiseren?"),
        "experience": ("Hoe ervaart de klant het?", "Hoe ervaart de klant het? Hoe tevreden is hij?",
                       "Hoe ervaart de klant het? Wat gaat goed, wat niet?",
                       "Hoe voelt de klant zich?", "Hoe beleeft de klant het?", "Hoe tevreden is de klant?",
                       "Hoe ervaart de klant dit?", "Hoe de klant het ervaart", "Hoe de klant zich voelt",
                       "Wat ervaart de klant?", "Wat ervaren klanten?", "Wat de klant ervaart"),
        "score": ("Score per fase: -2 (zeer ontevreden) tot +2 (zeer tevreden).", "Welk cijfer geeft de klant?"),
        "learning": ("Wat verbeteren we?", "Wat willen we leren, en wat verbeteren we?",
                     "Wat willen we leren?", "Wat kunnen we verbeteren?", "Wat moet beter?",
                     "Wat gaan we verbeteren?", "Wat leren we?", "Wat we leren",
                     "Wat we verbeteren", "Wat we willen leren"),
        "touchpoints": ("Waar komt de klant met ons in contact?", "Waar heeft de klant contact met ons?",
                        "Welke contactmomenten zijn er?"),
        "channels": ("Via welke kanalen?", "Welke kanalen?", "Via welk kanaal?", "Welke kanalen gebruikt de klant?"),
        "emotions": ("Wat voelt de klant?", "Wat denkt en voelt de klant?", "Welke emoties heeft de klant?",
                     "Wat de klant voelt", "Wat de klant denkt en voelt"),
        "pain_points": ("Waar loopt de klant vast of raakt hij gefrustreerd?",
                        "Waar loopt de klant vast of gaat het mis?", "Waar loopt de klant vast?",
                        "Wat gaat er mis?", "Wat frustreert de klant?", "Waar ergert de klant zich aan?",
                        "Waar loopt de klant tegenaan?", "Wat zijn de pijnpunten?"),
        "opportunities": ("Welke kansen zien we?", "Welke kansen zijn er?", "Wat zijn de kansen?",
                          "Waar liggen kansen?", *_BETTER["nl"]),
        "kpis": ("Wat meten we in deze fase?", "Wat meten we?", "Hoe meten we het?", "Hoe meten we succes?"),
    },
    "en": {
        "customer": ("What does the customer do?", "What does the customer do, and what do they experience?",
                     "What is the customer doing?", "What steps does the customer take?", "What does the user do?",
                     "What the customer does", "What the customer does and experiences",
                     "What must the customer do?", "What should the customer do?",
                     "What does the customer need to do?", "What does the customer arrange?"),
        "internal": ("What must we do?", "What do we do?", "What should we do?", "What do we need to do?",
                     "What must we do to move the customer on to the next phase?",
                     "What must we do so that the customer can take the next step?", "What happens internally?",
                     "What does the company do?", "What we do", "What we must do", "What happens internally",
                     "What must the company do?", "What should the company do?", "What does the company need to do?",
                     "What must the company arrange?", "What should the company arrange?",
                     "What does the company arrange?", "What must the company organise?",
                     "What must the company organize?", "What must we arrange?", "What must we organise?",
                     "What must we organize?"),
        "experience": ("How does the customer experience it?", "How does the customer feel?",
                       "How does the customer experience it? How satisfied are they?",
                       "How does the customer experience it? What goes well, what does not?",
                       "How satisfied is the customer?", "How is it for the customer?", "How the customer feels",
                       "How the customer experiences it"),
        "score": ("Score per phase: -2 (very dissatisfied) to +2 (very satisfied).",
                  "What score does the customer give?"),
        "learning": ("What do we improve?", "What can we improve?",
                     "What could be improved?", "What can be improved?", "What should improve?",
                     "What do we want to learn, and what do we improve?", "What do we want to learn?",
                     "What we learn", "What we improve", "What we want to learn", "What we can improve"),
        "touchpoints": ("Where does the customer come into contact with us?", "Where does the customer meet us?",
                        "Where does the customer interact with us?", "What are the touchpoints?"),
        "channels": ("Through which channels?", "Which channels?", "Via which channels?",
                     "Which channels does the customer use?"),
        "emotions": ("What does the customer feel?", "What does the customer think and feel?",
                     "What is the customer feeling?", "What the customer feels", "What the customer thinks and feels"),
        "pain_points": ("Where does the customer get stuck or frustrated?", "Where does the customer get stuck?",
                        "What goes wrong?", "What frustrates the customer?", "What are the pain points?"),
        "opportunities": ("Which opportunities do we see?", "What opportunities are there?",
                          "Where are the opportunities?", "What are the opportunities?", *_BETTER["en"]),
        "kpis": ("What do we measure in this phase?", "What do we measure?", "How do we measure it?",
                 "How do we measure success?"),
    },
    "de": {
        "customer": ("Was macht der Kunde?", "Was tut der Kunde?", "Was erlebt der Kunde?", "Was der Kunde tut",
                     "Was der Kunde macht"),
        "internal": ("Was tun wir?", "Was machen wir?", "Was müssen wir tun?", "Was passiert intern?", "Was wir tun",
                     "Was wir machen", "Was macht das Unternehmen?", "Was tut das Unternehmen?"),
        "experience": ("Wie fühlt sich der Kunde?", "Wie erlebt der Kunde es?", "Wie zufrieden ist der Kunde?",
                       "Wie der Kunde sich fühlt", "Wie der Kunde es erlebt"),
        "emotions": ("Was fühlt der Kunde?", "Was denkt und fühlt der Kunde?", "Welche Gefühle hat der Kunde?",
                     "Was der Kunde fühlt", "Was der Kunde denkt und fühlt"),
        "learning": ("Was verbessern wir?", "Was können wir verbessern?", "Was lernen wir?",
                     "Was wir lernen", "Was wir verbessern"),
        "pain_points": ("Wo hakt es?", "Was frustriert den Kunden?", "Was geht schief?"),
        "opportunities": ("Welche Chancen sehen wir?", "Wo liegen Chancen?", *_BETTER["de"]),
    },
    "fr": {
        "customer": ("Que fait le client ?", "Qu'est-ce que fait le client ?", "Que fait l'utilisateur ?",
                     "Ce que fait le client"),
        "internal": ("Que faisons-nous ?", "Que fait l'entreprise ?", "Que fait l'équipe ?", "Ce que nous faisons"),
        "experience": ("Comment le client le vit-il ?", "Comment le client vit-il cela ?",
                       "Comment se sent le client ?"),
        "emotions": ("Que ressent le client ?", "Que pense et ressent le client ?"),
        "pain_points": ("Qu'est-ce qui frustre le client ?", "Où le client bloque-t-il ?", "Qu'est-ce qui coince ?"),
        "opportunities": ("Quelles opportunités voyons-nous ?", "Où sont les opportunités ?"),
        "learning": ("Que pouvons-nous améliorer ?", "Qu'est-ce qui peut être amélioré ?"),
    },
    "es": {
        "customer": ("¿Qué hace el cliente?", "¿Qué hace el usuario?", "Lo que hace el cliente"),
        "internal": ("¿Qué hacemos?", "¿Qué hace la empresa?", "¿Qué hace el equipo?", "Lo que hacemos"),
        "experience": ("¿Cómo lo vive el cliente?", "¿Cómo se siente el cliente?"),
        "emotions": ("¿Qué siente el cliente?", "¿Qué piensa y siente el cliente?"),
        "pain_points": ("¿Qué frustra al cliente?", "¿Dónde se atasca el cliente?"),
        "opportunities": ("¿Qué oportunidades vemos?", "¿Dónde están las oportunidades?"),
        "learning": ("¿Qué podemos mejorar?", "¿Qué se puede mejorar?"),
    },
    "ru": {"customer": ("Что делает клиент?",)},
    "ar": {
        "customer": ("ماذا يفعل العميل؟", "ما الذي يفعله العميل؟"),
        "internal": ("ماذا نفعل؟", "ماذا تفعل الشركة؟"),
        "experience": ("كيف يشعر العميل؟", "كيف يختبر العميل ذلك؟"),
        "emotions": ("بماذا يشعر العميل؟", "ما هي مشاعر العميل؟"),
        "pain_points": ("ما هي نقاط الألم؟", "أين يواجه العميل صعوبة؟"),
        "opportunities": ("ما هي الفرص؟",),
        "learning": ("ماذا يمكن أن نحسن؟",),
    },
}  # fmt: skip


#: Who a question asks about. A question form written of one of these ("Wat doet de klant?") is read of any
#: subject of the same group in its place: "Wat doet het lid?", "What does the patient do?", "Hoe voelt hij
#: zich?" ask of the person on the journey; one of ``organisation`` reads the organisation's own questions
#: ("What does the practice do?": internal). A subject canvasgen does not know ("Wat doet de concurrent?")
#: gives no role: the reader says so and offers the ``--lane`` that would give one.
#: A department of the company as a lane's whole label ("Sales", "Marketing & communicatie", "Klantenservice"):
#: what the organisation does, its internal process. Read only as the whole label, never as the start of a longer
#: one ("Marketing KPI's" stays the KPIs', "Verkoop & marketing kansen" the opportunities').
DEPARTMENT_LABELS = (
    "sales",
    "verkoop",
    "marketing",
    "marketing & communicatie",
    "marketing en communicatie",
    "communicatie & marketing",
    "marketing & communications",
    "marketing and communications",
    "marcom",
    "klantenservice",
    "klantenservice team",
    "customer service",
    "customer support",
    "service desk",
    "servicedesk",
    "vertrieb",
    "kundenservice",
    "kundendienst",
    "service client",
    "service commercial",
    "ventas",
    "atención al cliente",
)
#: What a lane read by ``DEPARTMENT_LABELS`` is taken for, for ``--explain``.
DEPARTMENT = "a department of the company: its internal process"

QUESTION_SUBJECTS: dict[str, tuple[str, ...]] = {
    "person": _words_of(
        """klant klanten customer customers user users gebruiker gebruikers kunde kunden клиент
        hij zij ze hem haar he she they them you je jij u iemand someone mens mensen person people persona
        lid leden member members bezoeker bezoekers bezoekster visitor visitors gast gasten guest guests
        patient patienten patients client clienten clients deelnemer deelnemers participant participants
        student studenten students leerling leerlingen pupil pupils cursist cursisten learner learners
        reiziger reizigers traveller travellers traveler travelers passagier passagiers passenger passengers
        burger burgers citizen citizens inwoner inwoners resident residents bewoner bewoners huurder huurders
        tenant tenants koper kopers buyer buyers shopper shoppers consument consumenten consumer consumers
        household households huishouden huishoudens gezin gezinnen
        ouder ouders parent parents donateur donateurs donor donors abonnee abonnees subscriber subscribers
        kandidaat kandidaten candidate candidates sollicitant sollicitanten applicant applicants aanvrager
        aanvragers lezer lezers reader readers kijker kijkers viewer viewers luisteraar luisteraars listener
        listeners speler spelers player players fan fans beller bellers caller callers melder melders
        zorgvrager zorgvragers werkzoekende werkzoekenden jobseeker jobseekers العميل العملاء المستخدم
        kundin kundinnen nutzer nutzerin nutzerinnen studentin studentinnen patientin patientinnen besucher
        besucherin besucherinnen gast gäste mitglied mitglieder bürger bürgerin bürgerinnen bewerber bewerberin
        bewerberinnen käufer käuferin käuferinnen teilnehmer teilnehmerin teilnehmerinnen mieter mieterin
        reisende fahrgast fahrgäste utilisateur utilisateurs cliente clientes usuario usuarios usuaria
        patiente patiente paciente pacientes policyholder policyholders insured claimant claimants verzekerde
        verzekerden polishouder polishouders versicherte versicherter versicherten versicherungsnehmer
        inkoper inkopers inkoopster beslisser beslissers besluitvormer besluitvormers purchaser purchasers
        einkäufer einkäuferin partner partners"""
    ),
    "organisation": _words_of(
        """organisatie bedrijf company organisation organization praktijk practice business firm firma winkel shop
        store team staff personeel medewerker medewerkers employee employees afdeling department club vereniging
        sportschool gym school gemeente council ziekenhuis hospital kliniek clinic bank verzekeraar insurer merk
        brand klantenservice helpdesk support unternehmen entreprise équipe empresa equipo organización
        marketing sales verkoop vertrieb"""
    ),
}

#: Subjects that are neither the person on the journey nor the organisation, never read as either for the lanes
#: beside them ("Wat doet de concurrent?" beside "Wat doen wij?" stays a lane of no role, said).
THIRD_PARTY_SUBJECTS = frozenset(
    _words_of(
        """concurrent concurrenten competitor competitors leverancier leveranciers supplier suppliers wettbewerber
        konkurrent konkurrenten concurrence concurrents competencia competidor competidores"""
    )
)

#: A title opening with the customers' journey ("Klantreis bibliotheek", "Customer journey – the gym"): what it
#: names after those words is where the customers go, the organisation, never the person on the journey.
CUSTOMERS_JOURNEY_TITLE = re.compile(
    r"^\s*(?:klant(?:en)?reis(?:kaart)?|customer[\s-]+journey(?:[\s-]+map)?|user[\s-]+journey(?:[\s-]+map)?|"
    r"kunden[\s-]*(?:reise|journey)|parcours[\s-]+(?:du[\s-]+)?client|recorrido[\s-]+del[\s-]+cliente|"
    r"viaje[\s-]+del[\s-]+cliente|pati[eë]nt(?:en)?reis|patient[\s-]+journey)\b",
    re.IGNORECASE,
)


#: A question's verb written for many ("Wat doen de klanten?", "What do customers do?", "Was machen die Kunden?")
#: and its form for one, which the known questions are written in ("doet", "does", "macht"): the question asked
#: of the plural subject is the one asked of one. As label keys; only the verb right after the question word.
PLURAL_QUESTION_VERBS: dict[str, str] = {
    # nl
    "doen": "doet",
    "voelen": "voelt",
    "denken": "denkt",
    "zeggen": "zegt",
    "ervaren": "ervaart",
    "beleven": "beleeft",
    "lopen": "loopt",
    "ergeren": "ergert",
    "willen": "wil",
    "zien": "ziet",
    "merken": "merkt",
    "vinden": "vindt",
    "gebruiken": "gebruikt",
    "verwachten": "verwacht",
    # en: the auxiliary ("What do customers do?" as "What does the customer do?")
    "do": "does",
    "are": "is",
    # de
    "machen": "macht",
    "tun": "tut",
    "fuhlen": "fuhlt",
    "sagen": "sagt",
    "erleben": "erlebt",
    "wollen": "will",
    "sehen": "sieht",
}

#: Words that tie a question's subject to someone else ("Wat doet Eneco voor de klant?", "What does the bank do
#: for the customer?"): a subject never spans one, so the person after it is no subject of the question.
RELATION_WORDS = frozenset(
    _words_of("voor met aan bij namens for with to on behalf für mit bei pour avec auprès para con por")
)

#: Words a question form is read without: articles, the reflexive, and "we"/"our".
SMALL_WORDS = frozenset(
    (
        "de",
        "het",
        "een",
        "the",
        "a",
        "an",
        "zich",
        "we",
        "wij",
        "ons",
        "onze",
        "our",
        "us",
        "er",
        "der",
        "die",
        "das",
        "le",
        "la",
        "les",
        "l",
        "el",
        "los",
        "las",
        "al",
    )
)

#: Words that negate a question ("Wat doet de klant niet?", "What does the customer never do?"): such a
#: question asks the opposite of the role's own, so it gives no role (the role is offered, never taken).
NEGATION_WORDS = frozenset(
    _words_of(
        """niet geen nooit niets nergens not never no nothing dont doesnt didnt cannot cant wont isnt arent
        nicht kein keine keinen nie niemals nichts pas jamais rien aucun nunca nada ninguno"""
    )
)

#: Words that ask, not say: a label's role is never guessed from them ("Hoe", "What", "does").
QUESTION_WORDS = frozenset(
    _words_of(
        """wat hoe waar welke welk wie waarom wanneer waarmee what how where which who why when does did doet is are
    was zijn kan kunnen can could moet moeten must should will gaat wordt heeft has have there and en per van voor
    for of met with deze this dit die dat that they hij ماذا ما كيف اين لماذا متى هل"""
    )
)

#: Languages close enough that a label in one is offered for a label in another: a Dutch canvas is offered
#: Dutch, English and German labels, never a Portuguese one one letter off ("Notes" is no "Dores").
LANGUAGE_FAMILIES = (("nl", "en", "de"), ("fr", "it", "es", "pt"), ("ru", "pl"), ("el",), ("ja", "zh"), ("ar",))

#: Words that stand for the thing asked about, not a person or the organisation ("Hoe voelt dat?", "How does
#: it feel?"): a feeling question asked of one of these is still the experience lane.
THING_WORDS = frozenset(_words_of("het dat dit it this that"))

#: Questions of feeling, by language: a question word (``ask``), one verb of feeling (``verbs``) and nothing
#: else but a subject (a person, a word of ``THING_WORDS``) and small words (``fill``): "Hoe voelt het?",
#: "Hoe ervaren ze het?", "How does it feel?", "How do they feel about it?". Each is the experience lane,
#: whatever pronoun it uses; a subject canvasgen does not know ("Hoe voelt de concurrent zich?") is none.
FEELING_QUESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "ask": ("hoe",),
        "verbs": _words_of(
            """voelt voelen voel voelde voelden ervaart ervaren ervaar ervaarde ervaarden beleeft beleven
            beleef beleefde beleefden vindt vinden vind vond vonden bevalt bevallen beviel"""
        ),
        "fill": _words_of("zich daarbij erbij hierbij daarover erover hierover bij over nu dan hier daar"),
    },
    "en": {
        "ask": ("how",),
        "verbs": _words_of("feel feels felt feeling experience experiences experienced experiencing like likes liked"),
        "fill": _words_of("does do did is are was were about with at for there now then here"),
    },
}
