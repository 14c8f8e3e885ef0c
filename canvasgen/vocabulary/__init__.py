"""The words canvasgen recognises in a sheet, in Dutch, English and beyond.

Labels are compared by ``label_key`` (case, accents, punctuation, "&"/"en"/"and"
ignored), so each synonym is written here once, as people would type it.
"""

from __future__ import annotations

import functools
import re

from canvasgen.text import label_key, longest_known_start, word_set
from canvasgen.vocabulary.lanes import LANE_LABELS, LANE_QUESTION_FORMS


def _by_role(*tables: dict[str, dict[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """Every language's words of a role together, Dutch and English first."""
    joined: dict[str, list[str]] = {}
    for table in tables:
        for words in table.values():
            for kind, own in words.items():
                joined.setdefault(kind, []).extend(own)
    return {kind: tuple(words) for kind, words in joined.items()}


#: Lane labels and lane questions of every language, by role: the words that name a lane.
LANE_SYNONYMS = _by_role(LANE_LABELS, LANE_QUESTION_FORMS)

#: Headers of the column (or the corner cell) that names the phases.
PHASE_HEADERS = (
    "phase",
    "phases",
    "fase",
    "fasen",
    "fases",
    "stage",
    "stages",
    "journey stage",
    "journey stages",
    "journey phase",
    "journey phases",
    "klantreisfase",
    "klantreis fase",
    "etapa",
    "etapas",
    "etapa fase",
    "etape",
    "etapes",
    "etappe",
    "stap",
    "stappen",
    "step",
    "steps",
    "fase van de klantreis",
    "phase of the journey",
    "этап", "этапы", "стадия", "стадии", "фаза", "фазы", "этапы пути", "φάση", "φάσεις", "στάδιο", "στάδια",
    "phase der customer journey", "schritt", "schritte", "tappa", "tappe", "fasi", "stadio", "paso", "pasos",
    "journey step", "journey steps", "customer journey stage", "шаг", "шаги", "ステージ", "フェーズ", "段階", "阶段",
)  # fmt: skip

#: Headers of a column that says whose journey a row belongs to.
PERSONA_HEADERS = (
    "persona",
    "personas",
    "user",
    "users",
    "utilisateur",
    "utilisateurs",
    "gebruiker",
    "gebruikers",
    "usuario",
    "usuarios",
    "role",
    "rol",
    "segment",
    "doelgroep",
)

#: The header of a persona list's name column: a plain "Name", narrower than ``PERSONA_FIELDS["name"]``
#: (which also takes "Persona", a header a persona list may give its ids or its text).
PERSONA_LIST_NAME_HEADERS = frozenset({"name", "naam", "nom", "nombre", "nome", "имя", "姓名", "名字", "名稱"})


#: The headers of a stage list's id column and of its title (name) column, as whole headers; a header
#: also heads ids or titles by its words (``is_stage_id_header``, ``is_stage_title_header``).
STAGE_LIST_ID_HEADERS = frozenset(
    {"id", "nr", "no", "number", "stage id", "step id", "seq", "order", "volgorde", "номер"}
)
STAGE_LIST_TITLE_HEADERS = frozenset(
    {
        "title",
        "name",
        "stage",
        "stage name",
        "stage title",
        "step",
        "step name",
        "titel",
        "naam",
        "fase naam",
        "etapa",
        "этап",
        "название",
        "nom",
        "nombre",
        "nome",
    }
)
#: Words of a header over a stage list's ids ("Step ID", "Fase nr", "Code", "№", "#"), its titles ("Naam
#: fase", "Label", "Название этапа") and the stages they belong to; "of"-like words between them.
_ID_WORDS = word_set(
    "id ids nr no nummer number num code key ref seq volgorde order номер код numero nro nummern codigo codice"
)
_TITLE_WORDS = word_set(
    "title name label titel naam benaming nom nombre nome titulo titre название наименование имя bezeichnung"
)
_STAGE_WORDS = word_set(
    "stage stages step steps phase fase stap etapa etape этап этапа шаг шага стадия стадии schritt "
    "stufe moment journey klantreis"
)
_OF_WORDS = frozenset({"of", "van", "de", "du", "del", "der", "des", "la"})


@functools.lru_cache(maxsize=4096)  # asked of every cell of a sheet, and of its neighbours'
def is_stage_id_header(label: str) -> bool:
    """ "id", "Step ID", "fase_nr", "Code", "№", "#": the header over a stage list's ids."""
    if label.strip() in ("#", "№", "Nº", "N°"):
        return True
    words = label_key(label).split()
    if label_key(label) in STAGE_LIST_ID_HEADERS:
        return True
    return (
        bool(words)
        and any(w in _ID_WORDS for w in words)
        and all(w in _ID_WORDS or w in _STAGE_WORDS or w in _OF_WORDS for w in words)
    )


@functools.lru_cache(maxsize=4096)  # asked of every cell of a sheet, and of its neighbours'
def is_stage_title_header(label: str) -> int:
    """How surely a header is over a stage list's titles: 2 for a name word ("Naam fase", "Label", "Name of
    the stage", "Название этапа"), 1 for a stage word alone ("Stage", "Fase": it may head groups beside a
    "Title"), 0 for none."""
    key = label_key(label)
    words = [w for w in key.split() if w not in _OF_WORDS and w not in ("the", "het", "le")]
    if not words or is_stage_id_header(label):
        return 0
    if key in STAGE_LIST_TITLE_HEADERS and not all(w in _STAGE_WORDS for w in words):
        return 2
    if all(w in _TITLE_WORDS or w in _STAGE_WORDS for w in words):
        return 2 if any(w in _TITLE_WORDS for w in words) else 1
    return 1 if key in STAGE_LIST_TITLE_HEADERS else 0


#: Metadata labels, "Label" beside its value or "Label: value" in one cell.
META_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel", "titel", "titolo", "titulo", "название", "τίτλος"),
    "client": (
        "client",
        "klant",
        "opdrachtgever",
        "customer name",
        "brand",
        "merk",
        "organisatie klant",
        "kunde",
        "auftraggeber",
        "commanditaire",
        "cliente",
        "клиент",
        "заказчик",
        "πελάτης",
    ),
    "journey": (
        *("journey", "klantreis", "journey name", "naam klantreis", "customer journey", "parcours", "recorrido"),
        # a journey tool's export names its map so ("Journey map | Opening a bank account")
        *("journey map", "customer journey map", "klantreiskaart", "klantreis kaart", "journey-map"),
        # the customer's journey in every language canvasgen writes ("Viaje del cliente | Alquilar una bici"
        # was named 'Canvas'), as the Dutch and English labels are
        *("kundenreise", "kundenjourney", "parcours client", "parcours du client", "parcours clients"),
        *("recorrido del cliente", "viaje del cliente", "viaje", "journey del cliente"),
    ),
    # the project the journeys belong to, one name over the set of a workbook's sheets ("Traject | Koopreis
    # accountantskantoren 2027"): the set's title, and a journey's name only where it has no title
    "project": (
        *("project", "projectnaam", "project name", "naam project", "traject", "trajectnaam", "naam traject"),
        *("projekt", "projektname", "projet", "nom du projet", "proyecto", "nombre del proyecto"),
    ),
    "persona": ("persona", "doelgroep", "persona name", "profil", "perfil"),
    # "Stand" (German): the version ("Stand 0.3"), or the date the canvas is as of ("Stand: 12.03.2026"): the
    # reader tells them by the value (``reader._stand``)
    "version": (
        "version",
        "versie",
        "v",
        "versione",
        "versao",
        "version",
        "версия",
        "έκδοση",
        "fassung",
        "edition",
        "stand",
    ),
    "date": ("date", "datum", "data", "fecha", "дата", "ημερομηνία", "date du jour"),
    "scenario": (
        "scenario",
        "situatie",
        "kind of map",
        "soort kaart",
        "ideal or current",
        "ideaal of huidig",
        "szenario",
        "escenario",
    ),
}

#: Header labels a team writes for a field in words of its own ("Datum workshop", "Wie", "Organisatie"): read as
#: that field, said in ``check --explain`` with how to keep one a note; a date's only over a date.
META_LOOSE: dict[str, tuple[str, ...]] = {
    "date": (
        *("datum workshop", "datum sessie", "workshopdatum", "sessiedatum", "laatst bijgewerkt", "bijgewerkt op"),
        *("datum bijgewerkt", "workshop date", "session date", "date of the workshop", "last updated", "updated on"),
    ),
    "persona": (
        *("wie", "patiënt", "patient", "klanttype", "type klant", "klantprofiel", "doelgroep klant"),
        *("who", "customer type", "target group", "customer profile"),
        # the person on the journey by the canvas's own word for them: its persona (and the word canvasgen's
        # questions then ask of, ``layout.questions.team_customer``)
        *("bewoner", "inwoner", "reiziger", "deelnemer", "student", "leerling", "lid", "bezoeker", "huurder"),
        *("resident", "traveller", "traveler", "participant", "member", "visitor", "tenant"),
    ),
    "client": ("organisatie", "organisation", "organization"),
}

#: Columns of the Touchpoints sheet.
TOUCHPOINT_FIELDS: dict[str, tuple[str, ...]] = {
    "phase": PHASE_HEADERS,
    "touchpoint": (
        "touchpoint",
        "touchpoints",
        "contactmoment",
        "contactmomenten",
        "naam",
        "name",
        "beruhrungspunkt",
        "point de contact",
        "punto de contacto",
    ),
    "channel": ("channel", "kanaal", "kanal", "canal", "canal de contacto", "via"),
    "device": (
        "device context",
        "device en context",
        "apparaat context",
        "device",
        "apparaat",
        "context",
        "gerat kontext",
        "appareil contexte",
        "dispositivo contexto",
    ),
    "content": (
        "content action",
        "content actie",
        "inhoud actie",
        "content",
        "inhoud",
        "actie",
        "action",
        "inhalt aktion",
        "contenu action",
        "contenido accion",
    ),
    "timing": ("timing", "moment", "when", "wanneer", "zeitpunkt", "momento"),
    "owner": ("owner", "eigenaar", "verantwoordelijke", "verantwortlich", "responsable"),
    "current": (
        "current",
        "huidig",
        "nu",
        "today",
        "vandaag",
        "served today",
        "bediend nu",
        "aktuell",
        "actuel",
        "actual",
    ),
    "ideal": ("ideal", "ideaal", "should", "gewenst"),
    "kpi": ("kpi", "kpis", "metric", "meetpunt", "kennzahl", "indicateur", "metrica"),
    "sales_moment": (
        "sales moment",
        "verkoopmoment",
        "sales moment yes no",
        "verkoopmoment ja nee",
        "verkaufsmoment",
        "moment de vente",
        "momento de venta",
    ),
}

#: Columns of the Personas sheet.
PERSONA_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "naam", "persona", "persona name", "naam persona", "nome", "nombre", "nom", "имя", "όνομα",
             "wie", "who"),
    "role": (
        "role in the buying group", "rol in de inkoopgroep", "rol in buying group", "role", "rol",
        "rolle im buying center", "role dans le groupe d achat", "papel en el grupo de compra", "rolle", "papel",
        "occupation", "beroep", "job", "job title", "functie", "beruf", "professione", "ocupacion", "profissao",
        "профессия", "должность", "επάγγελμα",
    ),
    "age": ("age", "leeftijd", "alter", "eta", "edad", "idade", "возраст", "ηλικία"),
    "location": ("location", "woonplaats", "locatie", "wohnort", "citta", "ubicacion", "localizacao", "город"),
    "goals": ("goals", "doelen", "ziele", "obiettivi", "objetivos", "цели", "στόχοι", "objectifs", "goal", "doel",
              "ziel", "obiettivo", "objetivo", "objectif", "wil graag", "wants"),
    "needs": ("needs", "behoeften", "bedurfnisse", "bisogni", "necesidades", "necessidades", "потребности", "besoins",
              "heeft nodig"),
    "frustrations": (
        "frustrations", "frustraties", "pain points", "pijnpunten", "frustrationen", "frustrazioni",
        "frustraciones", "frustracoes", "фрустрации", "боли", "ergert zich aan", "ergernissen",
        # what a persona fears, as a team writes it under their name ("Is bang voor | Een dure fiets …")
        "is bang voor", "bang voor", "angsten", "zorgen", "fears", "is afraid of", "afraid of", "worries",
    ),
    "channels": ("preferred channels", "voorkeurskanalen", "channels", "kanalen", "bevorzugte kanale",
                 "canaux preferes", "canales preferidos", "bereikbaar via"),
    "phases": ("involved in phases", "betrokken in fasen", "phases", "fasen", "betrokken", "involvement",
               "beteiligt in phasen", "present dans les etapes", "participa en las fases"),
    "quote": ("quote", "citaat", "zitat", "citazione", "cita", "citacao", "цитата"),
    "bio": ("bio", "biography", "achtergrond", "background", "biografie", "biografia", "биография", "story",
            "description", "beschrijving", "omschrijving",
            # the persona's situation under their name in a map's header ("Situatie | Woont in …"), not the map's
            # scenario there (``read.persona_block``)
            "situatie", "situation", "leefsituatie", "context"),
    "motivations": ("motivations", "motivation", "motivatie", "motivaties", "motivationen", "motivazioni", "мотивация"),
    "behaviour": (
        "behaviour", "behavior", "behaviours", "behaviors", "gedrag", "verhalten", "comportamento", "поведение",
    ),
}  # fmt: skip
#: Fields that say "this is a person": a block of field labels needs one of them to be a persona.
PERSONA_IDENTITY = ("name", "age", "role", "bio", "quote")
#: Persona fields that are structure, not content: which phases a persona takes part in is drawn (the
#: poster's bars), never written on a workshop card.
PERSONA_STRUCTURE = ("phases",)

TOUCHPOINT_SHEETS = ("touchpoints", "touchpoint", "contactmomenten", "contactpunten", "beruhrungspunkte",
                     "points de contact", "puntos de contacto")  # fmt: skip
METRIC_SHEETS = ("metrics", "metingen", "meetgegevens", "kpi data", "kpi metingen", "cijfers", "measurements",
                 "messwerte", "mesures", "mediciones")  # fmt: skip
PERSONA_SHEETS = ("personas", "persona s", "persona", "buying group", "inkoopgroep", "profils", "perfiles")
#: Words that name a B2B buying group (a persona sheet's name, its role column's heading: "Rol in de
#: inkoopgroep"), and the roles of one ("beslisser", "gatekeeper"): the canvas's people are a buying group.
BUYING_GROUP_WORDS = (
    "buying group",
    "inkoopgroep",
    "buying center",
    "buying centre",
    "decision making unit",
    "einkaufsgremium",
    "groupe d achat",
    "grupo de compra",
    "dmu",
)
BUYING_GROUP_ROLES = (
    "decision maker",
    "decision-maker",
    "beslisser",
    "besluitvormer",
    "besluitvormers",
    "beinvloeder",
    "influencer",
    "gatekeeper",
    "poortwachter",
    "budget holder",
    "budgethouder",
    "inkoper",
    "purchaser",
    "procurement",
    "champion",
    "economic buyer",
    "entscheider",
    "beeinflusser",
    "einkaufer",
    "decideur",
    "prescripteur",
    "decisor",
    "influenciador",
)
#: Sheets canvasgen writes for the user's benefit and never reads as content.
HELPER_SHEETS = ("instructions", "instructies", "lists", "lijsten", "anleitung", "mode d emploi", "instrucciones",
                 "listen", "listes", "listas")  # fmt: skip


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for kind, words in table.items():
        for word in words:
            index.setdefault(label_key(word), kind)
    return index


LANE_INDEX = _index(LANE_SYNONYMS)
META_INDEX = _index(META_SYNONYMS)
META_LOOSE_INDEX = _index(META_LOOSE)
PHASE_HEADER_KEYS = frozenset(label_key(w) for w in PHASE_HEADERS)
PERSONA_HEADER_KEYS = frozenset(label_key(w) for w in PERSONA_HEADERS)
TOUCHPOINT_INDEX = _index(TOUCHPOINT_FIELDS)
PERSONA_INDEX = _index(PERSONA_FIELDS)
TOUCHPOINT_SHEET_KEYS = frozenset(label_key(w) for w in TOUCHPOINT_SHEETS)
METRIC_SHEET_KEYS = frozenset(label_key(w) for w in METRIC_SHEETS)
PERSONA_SHEET_KEYS = frozenset(label_key(w) for w in PERSONA_SHEETS)
HELPER_SHEET_KEYS = frozenset(label_key(w) for w in HELPER_SHEETS)
#: The very hidden sheet of a workshop kit's changes workbook (its first cell says the same): such a
#: workbook is no canvas but the input of ``canvasgen apply``.
KIT_RECORD_SHEET = "canvasgen"


#: A journey tool's kind words that name no lane by themselves: its chart of the feelings ("graph", "curve").
_TOOL_CHARTS = frozenset(("graph", "chart", "curve", "line", "emotion graph", "grafiek", "kurve"))
#: A journey tool's kind words for a lane of plain text or pictures: the lane's label decides its role.
TOOL_TEXT_KINDS = frozenset(("text", "tekst", "texte", "texto", "image", "images", "afbeelding", "picture", "bild"))


def tool_lane_kind(word: str) -> str | None:
    """The lane kind a journey tool's kind word names ("touchpoints", "channel", "emotion"; its "graph" of the
    feelings: emotions), or None ("text", "image": the lane's label decides)."""
    return "emotions" if label_key(word) in _TOOL_CHARTS else lane_kind(word)


@functools.lru_cache(maxsize=4096)  # every cell of a sheet is asked whether it is a lane label
def lane_kind(label: str) -> str | None:
    """The lane kind a label names, or None if canvasgen does not know it.

    Exact matches win; otherwise the longest known label the text starts with,
    so "Pain points (top 3)" is a pain-point lane. The first line is tried too,
    for labels with a question written under them. Only exact words and prefixes: this is the
    structure's vote (which line holds labels); ``roles.lane_role`` also reads questions and typos
    in a label already found in the label column.
    """
    for candidate in dict.fromkeys((label, label.strip().split("\n")[0])):
        key = label_key(candidate)
        if not key:
            continue
        if key in LANE_INDEX:
            return LANE_INDEX[key]
        prefix = longest_known_start(key, LANE_INDEX)
        if prefix is not None:
            return LANE_INDEX[prefix]
    return None


#: Phase names of the common journey models, in several languages: a sign that a line names phases.
KNOWN_PHASES = (
    "awareness", "interest", "consideration", "evaluation", "purchase", "decision", "onboarding", "usage",
    "retention", "loyalty", "advocacy", "discover", "discovery", "research", "explore",
    "compare", "choose", "buy", "order", "delivery", "renewal", "orientation", "trigger",
    "bewustwording", "interesse", "overweging", "aankoop", "gebruik", "loyaliteit", "orientatie", "aanleiding",
    "aandacht", "afweging", "actie", "altijd", "advocaat", "zoeken", "kiezen", "kopen", "bestellen", "levering",
    "aufmerksamkeit", "kauf", "nutzung", "bindung", "empfehlung", "consapevolezza", "considerazione", "acquisto",
    "fidelizzazione", "conscientizacao", "consideracao", "compra", "fidelizacao", "conciencia", "consideracion",
    "fidelizacion", "prise de conscience", "achat", "fidelisation", "осведомленность", "осознание", "интерес",
    "рассмотрение", "выбор", "покупка", "использование", "лояльность", "удержание", "поиск", "подключение",
    "ενημέρωση", "ενδιαφέρον", "αξιολόγηση", "αγορά", "χρήση", "αφοσίωση",
)  # fmt: skip
KNOWN_PHASE_KEYS = frozenset(label_key(w) for w in KNOWN_PHASES)


@functools.lru_cache(maxsize=4096)  # asked of every cell of a sheet, and of its neighbours'
def is_known_phase(name: str) -> bool:
    """True for a phase name of a common journey model: "Awareness", "Aankoop", "Покупка"."""
    from canvasgen.vocabulary.structure import strip_decoration

    key = label_key(strip_decoration(name))
    return key in KNOWN_PHASE_KEYS or (" " in key and key.split()[0] in KNOWN_PHASE_KEYS and len(key.split()) <= 3)


@functools.lru_cache(maxsize=4096)  # asked of every cell of a sheet, and of its neighbours'
def is_phase_header(label: str) -> bool:
    """ "Fase", "Phase of the journey", "Stage (B2B)": a header. "Fase 1", "Stage 2b", "Fase A", "Phase IV"
    name a phase (numbered by a letter or a roman numeral as by a digit)."""
    key = label_key(label)
    if key in PHASE_HEADER_KEYS:
        return True
    for head in ("fase", "phase", "stage", "etapa"):
        rest = key.removeprefix(head + " ")
        if rest != key:
            return not (rest.split()[0][:1].isdigit() or _LETTER_NUMBER.fullmatch(rest))
    return False


#: A phase numbered by a letter or a roman numeral, after its word: the "A" of "Fase A", the "iv" of "Phase IV".
_LETTER_NUMBER = re.compile(r"[a-z]|(?=[ivx]+$)x{0,3}(ix|iv|v?i{0,3})")


def is_group_header(label: str) -> bool:
    """ "Stage group", "Macro phase", "Moment": the header of a column or row of phase groups, and of no
    phases ("Phase" heads either: not this)."""
    from canvasgen.vocabulary.structure import PHASE_GROUP_HEADERS

    key = label_key(label)
    if key in PHASE_GROUP_HEADERS and key not in PHASE_HEADER_KEYS:
        return True
    # "Fase groep", "Phase group", "Fasegroep", "Phasengruppe": a word for groups beside one for phases, or
    # closing a compound that opens with one ("Customer group", "Zielgruppe" head no phases' groups)
    words = key.split()
    phased = any(w.startswith(_PHASE_WORD_STARTS) for w in words)
    grouped = any(w in _GROUP_HEAD_WORDS for w in words)
    compound = any(w.startswith(_PHASE_WORD_STARTS) and w.endswith(_GROUP_HEAD_ENDINGS) for w in words)
    return compound or (grouped and (phased or len(words) == 1))


#: Words of a header that say it heads groups of phases, whatever else it says ("Fase groep", "Macro stage").
_GROUP_HEAD_WORDS = frozenset(
    (
        *("group", "groups", "groep", "groepen", "gruppe", "gruppen", "groupe", "groupes", "grupo", "grupos"),
        *("gruppo", "gruppi", "macro", "cluster", "clusters", "группа", "группы"),
    )
)
_GROUP_HEAD_ENDINGS = ("group", "groups", "groep", "groepen", "gruppe", "gruppen")
_PHASE_WORD_STARTS = ("phase", "fase", "stage", "etap", "этап")


#: Words that say a line lists the people a service is for, beside the persona headers ("Doelgroepen",
#: "Target groups"): a sheet so named with a column of free text is a persona list.
AUDIENCE_WORDS = word_set(
    "doelgroep doelgroepen zielgruppe zielgruppen audience audiences segment segments segmenten klanttypen "
    "klantprofielen profiles profielen целевая аудитория персоны"
)


#: A role column's headings that name a product's features as often as a job ("Functie | Omschrijving").
AMBIGUOUS_ROLE_HEADERS = word_set("functie function fonction funktion funcion funzione")
#: Words that name the people a sheet lists, beside the persona, audience and buying-group words ("Stakeholders",
#: "Betrokkenen bij de aankoop").
#: Words that say a persona is a child ("mama", "basisschool"): a bare small number after their name ("Noor (7)") is
#: then their age, not a count ("Starter (2)"). Casefolded, whole words.
CHILD_WORDS = word_set(
    "kind kinderen kindje child children kid kids leerling leerlingen scholier basisschool kleuter peuter baby "
    "schoolkind mama papa mamma pappa mam pap juf ouders parents mom mum dad mommy mummy daddy speelgoed toys "
    "pupil kinder schüler schülerin grundschule eltern mutti vati spielzeug enfant enfants élève maman école "
    "jouets niño niña niños colegio mamá papá juguetes"
)
PEOPLE_WORDS = word_set("stakeholders stakeholder betrokkenen beteiligte interessenten partes interesadas decisores")
BUYING_GROUP_ROLE_KEYS = frozenset(label_key(word) for word in BUYING_GROUP_ROLES)
_GROUP_WORD_KEYS = frozenset(label_key(word) for word in BUYING_GROUP_WORDS)


def names_a_group(text: str) -> bool:
    """True for a sheet's name or a title naming the people it lists: "Inkoopgroep", "Buying center",
    "Persona's", "Doelgroepen", "Stakeholders", "Betrokkenen bij de aankoop"."""
    key = f" {label_key(text.replace('_', ' ').replace('-', ' '))} "
    words = set(key.split())
    return bool(words & (PERSONA_SHEET_KEYS | AUDIENCE_WORDS | PEOPLE_WORDS)) or any(
        f" {word} " in key for word in _GROUP_WORD_KEYS
    )


def names_people(label: str) -> bool:
    """True for a word heading people, not phases: "Persona", "Persona's", "Doelgroep", "Segmenten"."""
    return is_persona_header(label) or label_key(label) in AUDIENCE_WORDS


@functools.lru_cache(maxsize=4096)  # asked of every cell of a sheet, and of its neighbours'
def is_persona_header(label: str) -> bool:
    key = label_key(label)
    return key in PERSONA_HEADER_KEYS or any(key.startswith(h + " ") for h in PERSONA_HEADER_KEYS)


def match_field(label: str, index: dict[str, str]) -> str | None:
    """The field a column header names in a Touchpoints or Personas sheet."""
    key = label_key(first_word_block(label))
    if key in index:
        return index[key]
    prefix = longest_known_start(key, index, shortest=1)  # "naam klant": the name
    return None if prefix is None else index[prefix]


def first_word_block(label: str) -> str:
    """A header without its hint in brackets: "Current (yes/no)" -> "Current"."""
    return label.split("(")[0].split("\n")[0]


#: Words common in text of one language and rare in the others: they tell a canvas's language when its
#: labels do not ("de" is Spanish and Dutch, "das" and "para" Portuguese too, so none is here).
COMMON_WORDS = {
    "nl": frozenset(
        ("het", "een", "van", "niet", "voor", "met", "op", "zijn", "wij", "klant", "naar", "bij", "ook", "maar",
         "wordt", "dat", "wil")
    ),
    "en": frozenset(
        ("the", "and", "of", "not", "for", "with", "to", "on", "are", "customer", "our", "by", "also", "but", "that",
         "it")
    ),
    # German, French and Spanish: canvasgen reads their figures in their own notation ("1.250" is 1250).
    "de": frozenset(
        ("und", "der", "nicht", "mit", "ist", "für", "kunde", "wir", "auf", "dem", "eine", "auch", "sich",
         "wird", "oder", "zu")
    ),
    # Not the words French or Spanish share with Italian or Portuguese ("le", "para", "por", "del", "con"): a
    # Portuguese canvas is not Spanish.
    "fr": frozenset(
        ("les", "et", "des", "du", "est", "pour", "avec", "une", "pas", "nous", "dans", "sur", "qui", "au", "aux")
    ),
    "es": frozenset(("el", "los", "las", "y", "es", "más", "pero", "muy", "hay", "también", "qué", "su", "sus")),
}  # fmt: skip

#: Words common in a language canvasgen has no words of its own for, and rare in those it has: a canvas
#: clearly written in it gets canvasgen's words in ``FALLBACK_LANGUAGE``, said (not Spanish for Portuguese).
OTHER_COMMON_WORDS = {
    "pt": frozenset(
        [
            "não",
            "uma",
            "ao",
            "pelo",
            "pela",
            "você",
            "são",
            "está",
            "também",
            "isso",
            "seu",
            "sua",
            "em",
            "os",
            "muito",
            "sem",
            "nas",
            "então",
            "já",
            "usuário",
            "usuários",
            "pontos",
            "contato",
            "dores",
            "ações",
            "jornada",
            "etapa",
        ]
    ),
    # Italian: none of the words it shares with Spanish ("del", "con"), French or Dutch ("per")
    "it": frozenset(
        [
            "della",
            "delle",
            "dello",
            "degli",
            "dei",
            "gli",
            "il",
            "che",
            "sono",
            "nella",
            "nelle",
            "nel",
            "alla",
            "alle",
            "anche",
            "questo",
            "questa",
            "azioni",
            "azione",
            "paziente",
            "pazienti",
            "utente",
            "utenti",
            "punti",
            "esperienza",
            "momenti",
        ]
    ),
}
OTHER_LANGUAGE_NAMES = {"pt": "Portuguese", "it": "Italian"}

#: Common words of languages canvasgen neither writes in nor names as a canvas's, but whose long words it
#: breaks by their own rules when a canvas's text is clearly in one (a Russian canvas's 13-letter words,
#: unbroken, split every journey of 13 phases over two pages).
HYPHENATED_COMMON_WORDS = {
    "ru": frozenset(
        [
            "и",
            "в",
            "во",
            "не",
            "на",
            "что",
            "с",
            "со",
            "по",
            "как",
            "это",
            "его",
            "её",
            "нет",
            "есть",
            "для",
            "до",
            "но",
            "от",
            "из",
            "к",
            "за",
            "же",
            "или",
            "он",
            "она",
            "они",
            "мы",
            "вы",
            "все",
            "уже",
            "так",
            "только",
            "при",
            "без",
            "где",
            "когда",
            "чтобы",
        ]
    ),
}

#: How people say yes and no in a yes/no column ("Huidig (ja/nee/deels)", "Sales moment").
YES_WORDS = frozenset(
    {
        "ja",
        "yes",
        "y",
        "j",
        "x",
        "true",
        "1",
        "deels",
        "partly",
        "partial",
        "oui",
        "si",
        "teilweise",
        "en partie",
        "en parte",
    }
)
NO_WORDS = frozenset({"nee", "no", "n", "false", "0", "nein", "non"})
#: "Involved in phases: all".
ALL_PHASES_WORDS = frozenset({"alle", "alle fasen", "all", "all phases", "overal", "everywhere"})
