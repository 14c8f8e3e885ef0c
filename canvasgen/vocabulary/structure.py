"""Words and marks that tell the reader about a sheet's structure, not its content.

Placeholders ("Fill in", "TBD") are no items; decoration (arrows, numbering) is no part of a
phase name; emotion levels, service-blueprint lanes and blueprint lines say how a grid is
built. Each list holds Dutch and English at least, and common words of other languages.
Labels are compared by ``label_key``, so each word is written once, as people type it.
"""

from __future__ import annotations

import functools
import re

from canvasgen.text import label_key
from canvasgen.vocabulary.calendar import MONTHS, SHORT_MONTHS

#: A cell holding only one of these is a placeholder, not an item ("Fill in" left in a template).
PLACEHOLDERS = (
    "fill in", "to fill in", "invullen", "in te vullen", "nog invullen", "hier invullen", "vul in",
    "tbd", "tbc", "to do", "todo", "n v t", "nvt", "n a", "nb", "tba", "xxx", "xx", "x x",
    "enter text", "type here", "your text here", "text here", "add text", "tekst hier", "hier tekst",
    "placeholder", "lorem ipsum", "ausfullen", "da compilare", "compilare", "completar", "a completer",
    "заполнить", "заполните", "συμπληρωστε",
)  # fmt: skip
PLACEHOLDER_KEYS = frozenset(label_key(w) for w in PLACEHOLDERS)
_LONGEST_PLACEHOLDER = 2 * max(len(w) for w in PLACEHOLDERS)  # room for dots, case and spaces

#: Headers of a column of remarks beside a canvas: no phase, its cells stay notes.
NOTE_HEADERS = (
    "notes", "note", "notities", "notitie", "opmerkingen", "opmerking", "comments", "comment", "remarks", "toelichting",
    "anmerkungen", "notizen", "commenti", "comentarios", "observaciones", "observacoes", "примечания",
    "комментарии", "σημειώσεις", "備考", "备注",
)  # fmt: skip
NOTE_HEADER_KEYS = frozenset(label_key(w) for w in NOTE_HEADERS)

#: Headers over a key/value block's value column ("Veld | Details", "Field | Value"): structure, never a name.
VALUE_HEADERS = (
    "details",
    "detail",
    "value",
    "values",
    "description",
    "info",
    "information",
    "answer",
    "waarde",
    "waarden",
    "gegevens",
    "beschrijving",
    "omschrijving",
    "informatie",
    "antwoord",
    "angabe",
    "angaben",
    "wert",
    "beschreibung",
    "détails",
    "valeur",
    "detalles",
    "valor",
    "descripción",
)
VALUE_HEADER_KEYS = frozenset(label_key(w) for w in VALUE_HEADERS)

#: Characters that decorate but say nothing: arrows, separators, bullets, ellipses.
#: An arrow as an emoji carries a variation selector ("➡️" is U+27A1 U+FE0F): no character of its own.
DECORATION = frozenset(
    " \t\n.,;:!?*/\\|-–—_=~…•·→←↔⇒⇨⇦➔➜➝➞➡⬅⮕⭢⭠⟶⟵⟹➙➛➟➠➤➥➦➧➨➩➪➫➬➭➮➯➱➲➳➵➸➺➻➼➽➾⇾▶►▸▷▹◀◄◂◁◃»«›‹>< \ufe0f\ufe0e"
)
#: Arrows in any direction: a canvas running down puts "↓" or "▼" between its phases as one running across
#: puts "→" or "▶"; a symbol font's arrow may carry an emoji's variation selector ("⬇️"). Alone in a lane's
#: cell an up or down arrow says something ("↑": better), so only those in DECORATION are placeholders.
_ARROWS = "→←↔↕⇒⇐⇨⇦➔➜➝➞➡⬅⮕⭢⭠⟶⟵⟹➙➛➟➠➤➥➦➧➨➩➪➫➬➭➮➯➱➲➳➵➸➺➻➼➽➾⇾↓↑⇓⇑⇩⇧⬇⬆⭣⤵⤓↘↙⬊⬋▶►▸▷▹▼▾▿▽⯆▲▴▵△⯅◀◄◂◁◃\ufe0f\ufe0e"
_ARROW_END = re.compile(rf"\s*(?:[>»›{_ARROWS}]+|-+>|=+>|\|)+\s*$")
_ARROW_START = re.compile(rf"^\s*(?:[>»›{_ARROWS}]+|-+>|=+>)+\s*")

#: Words that number a phase: "Stage 2:", "Этап 3:", "Fase 4 –".
NUMBER_WORDS = (
    "stage", "phase", "fase", "step", "stap", "etapa", "etape", "étape", "этап", "шаг", "стадия", "фаза",
    "φάση", "στάδιο", "βήμα", "schritt", "stufe", "tappa", "passo", "paso", "stadium", "krok", "aşama",
)  # fmt: skip
_NUMBER_WORD_KEYS = "|".join(
    sorted({re.escape(form) for w in NUMBER_WORDS for form in (w, label_key(w))}, key=len, reverse=True)
)
_ROMAN = r"(?:[ivx]{1,4})"
_NUMBERING = re.compile(
    rf"^\s*(?:(?:{_NUMBER_WORD_KEYS})\s*)?(?:(?:\d{{1,2}}[a-z]?|{_ROMAN})\s*[.):\-–—]+\s*|\d{{1,2}}\s+)",
    re.IGNORECASE,
)
#: A day and a month's name (whole or short, in canvasgen's languages): "12 maart", "3. März 2026", "1 Sept.".
_DAY_OF_MONTH = re.compile(
    r"^\s*\d{1,2}\s*\.?\s*(?:"
    + "|".join(
        sorted(
            {re.escape(name) for names in (*MONTHS.values(), *SHORT_MONTHS.values()) for name in names},
            key=len,
            reverse=True,
        )
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_ITEM_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]\s+")
#: A number written as one symbol before a name: circled (①, ❶, ➀, ⓵), in brackets (⑴), with a stop (⒈), or an
#: emoji keycap ("1️⃣": a digit, the emoji's variation selector and the keycap mark; "🔟").
_SYMBOL_NUMBER = re.compile(
    r"^\s*(?:[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]|[0-9]\ufe0f?\u20e3|\U0001f51f)\s*[.):\-–—]*\s*"
)


#: A cell of only these marks is a team's open question ("?", "??", "?!"): their words, kept as an item.
OPEN_QUESTION_MARKS = frozenset("?？¿!！¡")


def is_open_question(text: str) -> bool:
    """True for a cell that holds only question (or exclamation) marks: "?", "??", "?!". A team writes it
    where something is open; it is kept as an item, never taken for an empty cell."""
    marks = "".join(text.split())
    return bool(marks) and all(ch in OPEN_QUESTION_MARKS for ch in marks)


_WHITE = frozenset(" \t\n\r\u00a0")
_MEANING_MARKS = frozenset(":!?*/\\~|")
_SEPARATORS = frozenset(":/\\|")
_FACES_OF_FILLER = frozenset({"-_-", "-.-", "._.", "-__-"})


@functools.lru_cache(maxsize=4096)  # asked of every text cell read
def is_placeholder(text: str) -> bool:
    """True for text that fills a cell without saying anything: "TBD", "Invullen…", ">>", "...". A cell of
    only question marks ("?") is a team's open question, no placeholder (``is_open_question``)."""
    stripped = text.strip()
    if not stripped or is_open_question(stripped):
        return not stripped
    marks = set(stripped) - _WHITE
    if marks <= DECORATION:
        # Marks a team types for a feeling or a rating say something: ":-|", ":/", "-/-", "*", "**", "~", "!!"
        # (they were dropped unsaid, a neutral face with them); one separator alone ("/", "|") says nothing.
        return stripped not in _FACES_OF_FILLER and (
            not marks & _MEANING_MARKS or (len(marks) == 1 and marks <= _SEPARATORS)
        )
    return len(stripped) <= _LONGEST_PLACEHOLDER and label_key(stripped) in PLACEHOLDER_KEYS


@functools.lru_cache(maxsize=4096)
def strip_decoration(name: str) -> str:
    """A phase name without arrows and numbering: "Stage 2: Apply >>" -> "Apply".

    If nothing is left ("Fase 1"), the name stays as written.
    """
    text = " ".join(name.split())
    previous = None
    while previous != text:
        previous = text
        text = _ARROW_END.sub("", _ARROW_START.sub("", text))
        numbered = _numbering_match(text)
        if numbered:
            text = text[numbered:]
        text = text.strip(" :–—-|")
    return text if any(ch.isalpha() for ch in text) else " ".join(name.split())


def _numbering_match(text: str) -> int:
    """Length of a leading number ("1. ", "Stage 2: ", "IV. "), 0 when none. A day before a month's name is
    no numbering: "12 maart", "3. März" are dates, kept whole."""
    if symbol := _SYMBOL_NUMBER.match(text):
        return len(symbol.group(0))
    match = _NUMBERING.match(text)
    if not match or _DAY_OF_MONTH.match(text):
        return 0
    # A roman numeral needs a separator after it ("I. Awareness") or a number word before it.
    roman_alone = not re.search(r"\d", match.group(0)) and not re.match(rf"^\s*{_ROMAN}\s*[.):\-–—]", text, re.I)
    if roman_alone and not re.match(rf"^\s*(?:{_NUMBER_WORD_KEYS})\s+{_ROMAN}\b", text, re.I):
        return 0
    return len(match.group(0))


def undecorated(word: str) -> str:
    """A header word without the arrows and marks around it: "Fase →" -> "Fase", "» Phase:" -> "Phase",
    "Stage >>" -> "Stage"; "" when nothing but decoration is left ("→"). Numbering is kept ("Fase 1")."""
    text = " ".join(word.split())
    previous = None
    while previous != text:
        previous = text
        text = _ARROW_END.sub("", _ARROW_START.sub("", text)).strip("".join(DECORATION))
    return text if any(ch.isalnum() for ch in text) else ""


def is_arrow(text: str) -> bool:
    """True for a cell of nothing but arrows, in any direction ("↓", "▼ ▼", ">>", "-->"): between two phases'
    names, a separator, never a phase."""
    stripped = "".join(text.split())
    return bool(stripped) and not _ARROW_START.sub("", stripped) and any(ch in _ARROWS or ch == ">" for ch in stripped)


def is_arrow_down(text: str) -> bool:
    """True for an arrow pointing down between two phases running down: any arrow, or the letter 'v' alone
    ("v", "V", "v v") as people type one. Only where the rest of its row is blank or arrows too: a lane's
    'v' beside words is a tick, a 'V' among phases across a phase's name."""
    stripped = "".join(text.split())
    return is_arrow(text) or (0 < len(stripped) <= 3 and set(stripped) <= {"v", "V"})


def is_decorated(name: str) -> bool:
    """True when a name carries numbering or arrows: a sign that it names a phase."""
    return strip_decoration(name) != " ".join(name.split())


def item_number(text: str) -> tuple[int | None, str]:
    """ "2. Calls the helpdesk" -> (2, "Calls the helpdesk"); text without a number -> (None, text). A day
    before a month's name ("12. November 2026") is a date, not a numbered item."""
    match = _ITEM_NUMBER.match(text)
    if not match or not text[match.end() :].strip() or _DAY_OF_MONTH.match(text):
        return None, text
    return int(match.group(1)), text[match.end() :]


# -- emotion levels: rows of an emotion-position grid ---------------------------------------------

_LEVEL_WORDS: dict[int, tuple[str, ...]] = {
    2: (
        "very positive", "zeer positief", "heel blij", "very happy", "sehr positiv", "molto positivo",
        "😀", "😄", "😁", "++",
    ),
    1: (
        "positive", "positief", "positiv", "positivo", "positif", "положительно", "позитив", "позитивно",
        "положительные", "θετικό", "θετικη", "happy", "blij", "tevreden", "satisfied", "good", "goed", "gut",
        "buono", "bueno", "bom", "хорошо", "pleased", "+", "🙂", "😊", ":)", "gain", "delight", "plus",
    ),
    0: (
        "neutral", "neutraal", "neutro", "neutre", "нейтрально", "нейтральные", "ουδέτερο", "ουδετερη",
        "0", "😐", "ok", "okay", "meh", "indifferent", "indifférent",
    ),
    -1: (
        "negative", "negatief", "negativ", "negativo", "négatif", "отрицательно", "негатив", "негативно",
        "отрицательные", "αρνητικό", "αρνητικη", "sad", "boos", "verdrietig", "ontevreden", "unhappy",
        "dissatisfied", "bad", "slecht", "schlecht", "cattivo", "malo", "ruim", "плохо", "-", "–", "—",
        "🙁", "😟", "☹", ":(", "pain", "frustrated", "gefrustreerd", "minus",
    ),
    -2: (
        "very negative", "zeer negatief", "heel boos", "very unhappy", "sehr negativ", "molto negativo",
        "😞", "😠", "😡", "--",
    ),
}  # fmt: skip
_LEVEL_INDEX: dict[str, int] = {}
for _level, _words in _LEVEL_WORDS.items():
    for _word in _words:
        _LEVEL_INDEX.setdefault(label_key(_word) or _word, _level)
_NUMERIC_LEVEL = re.compile(r"^\s*([+\-−]?\d{1,2})\s*$")


@functools.lru_cache(maxsize=4096)
def emotion_level(label: str) -> float | None:
    """The level of feeling a row label names: +2 .. -2 for words and faces, the number for "+1", "-2".

    "Positive experience", "😀 Blij", "+" and "3" are levels; "Customer actions" is not.
    """
    text = " ".join(label.split())
    if not text:
        return None
    numeric = _NUMERIC_LEVEL.match(text)
    if numeric:
        return float(numeric.group(1).replace("−", "-"))
    for candidate in (text, text.split(" ")[0], " ".join(text.split(" ")[:2])):
        key = label_key(candidate) or candidate
        if key in _LEVEL_INDEX:
            return float(_LEVEL_INDEX[key])
    key = label_key(text)
    if key in _LEVEL_INDEX:
        return float(_LEVEL_INDEX[key])
    return None


def is_level_word(label: str) -> bool:
    """Whether a label is a level of feeling and nothing more ("Pain", "Neutraal", "😀", "+1"), not a
    label that only starts with one ("Pain points", "Positive experience")."""
    text = " ".join(label.split())
    return bool(text) and ((label_key(text) or text) in _LEVEL_INDEX or _NUMERIC_LEVEL.match(text) is not None)


# -- service blueprints ---------------------------------------------------------------------------

#: The lanes of a service blueprint, with the model's lane kind each one takes.
BLUEPRINT_LANES: dict[str, tuple[str, tuple[str, ...]]] = {
    "evidence": ("touchpoints", (
        "physical evidence", "evidence", "props", "evidenze", "evidenza", "fysiek bewijs", "fysieke bewijzen",
        "tastbaar bewijs", "tastbare bewijzen", "fysieke omgeving",
        "evidenze fisiche", "evidenza fisica", "prove fisiche", "evidencia fisica", "evidencias fisicas",
        "evidências físicas", "preuves physiques", "éléments physiques", "physische evidenz", "physische beweise",
        "физические доказательства", "физическое окружение", "φυσικά τεκμήρια",
        "physische belege", "physische nachweise", "physisches umfeld", "greifbare belege", "physische elemente",
    )),
    "customer": ("customer", (
        "customer actions", "customer journey", "azioni del cliente", "azioni dell utente", "azioni del paziente",
        "azioni utente", "azioni paziente", "acoes do cliente", "acciones del cliente", "actions du client",
        "kundenaktionen", "klantacties", "действия клиента", "user actions", "patient actions", "customer", "klant",
        "acties klant", "acties van de klant", "klantactiviteiten", "handelingen klant",
        "kundenaktivitaten", "kundenhandlungen", "aktionen des kunden", "handlungen des kunden", "kunde",
    )),
    "frontstage": ("internal", (
        "frontstage", "front stage", "frontstage actions", "onstage", "on stage", "onstage actions",
        "onstage contact employee actions", "visible contact employee actions", "contact employee actions",
        "front office", "frontoffice", "azioni frontstage", "azioni di frontstage", "azioni front stage",
        "azioni onstage", "acciones frontstage", "actions frontstage", "frontstage aktionen", "фронтстейдж",
        "действия фронт офиса", "front stage interactions", "frontstage interactions", "zichtbare acties",
        "zichtbare medewerkersacties", "zichtbare acties medewerkers", "zichtbare interacties",
        "visible contact", "visible actions", "zichtbaar contact",
        "sichtbare aktionen", "sichtbare interaktionen", "sichtbare mitarbeiteraktionen", "sichtbarer kontakt",
    )),
    "backstage": ("internal", (
        "backstage", "back stage", "backstage actions", "backstage processes", "invisible contact employee actions",
        "back office", "backoffice", "azioni backstage", "azioni di backstage", "azioni back stage",
        "processi di backstage", "acciones backstage", "actions backstage", "backstage aktionen", "бэкстейдж",
        "действия бэк офиса", "onzichtbare acties", "onzichtbare medewerkersacties",
        "onzichtbare acties medewerkers", "achter de schermen", "onzichtbare interacties",
        "invisible contact", "invisible actions", "onzichtbaar contact",
        "unsichtbare aktionen", "unsichtbare interaktionen", "unsichtbare mitarbeiteraktionen", "hinter den kulissen",
    )),
    "support": ("internal", (
        "support processes", "supporting processes", "support systems", "support", "ondersteunende processen",
        "ondersteunende systemen", "ondersteuning", "ondersteunende diensten",
        "processi di supporto", "processi a supporto", "procesos de soporte", "procesos de apoyo",
        "processus de support", "unterstutzungsprozesse", "поддерживающие процессы", "процессы поддержки",
        "unterstutzende prozesse", "unterstutzende systeme", "unterstutzung", "supportprozesse",
    )),
}  # fmt: skip

#: The lines a service blueprint draws between its lanes, when written as rows.
BLUEPRINT_LINES: dict[str, tuple[str, ...]] = {
    "internal": (
        "line of internal interaction", "lijn van interne interactie", "interne interactielijn",
        "linea di interazione interna", "linea dell interazione interna", "linea d interazione interna",
        "linea de interaccion interna",
        "ligne d interaction interne", "interne interaktionslinie", "линия внутреннего взаимодействия",
        "linie der internen interaktion",
    ),
    "visibility": (
        "line of visibility", "lijn van zichtbaarheid", "zichtbaarheidslijn", "linea di visibilita",
        "linea della visibilita", "linea de visibilidad", "ligne de visibilite", "sichtbarkeitslinie",
        "линия видимости", "linie der sichtbarkeit",
    ),
    "interaction": (
        "line of interaction", "lijn van interactie", "interactielijn", "linea di interazione",
        "linea dell interazione", "linea d interazione", "linea de interaccion", "ligne d interaction",
        "interaktionslinie", "linie der interaktion",
        "линия взаимодействия",
    ),
}  # fmt: skip

_BLUEPRINT_INDEX = {label_key(w): part for part, (_, words) in BLUEPRINT_LANES.items() for w in words}
_LINE_INDEX = {label_key(w): line for line, words in BLUEPRINT_LINES.items() for w in words}


@functools.lru_cache(maxsize=4096)
def blueprint_part(label: str) -> str | None:
    """Which part of a service blueprint a lane label names ("evidence", "frontstage", ...), or None."""
    first = label.split("\n")[0].split("(")[0]
    # "Onstage / visible contact", "Backstage – invisible": a name and its gloss, each may name the part
    for part in [first, *re.split(r"\s*(?:/|\s[–—-]\s|:)\s*", first)]:
        found = _blueprint_part(label_key(part))
        if found is not None:
            return found
    return None


def _blueprint_part(key: str) -> str | None:
    if not key:
        return None
    # one or many: "zichtbare interactie" and "zichtbare interacties", "support process" and "… processes"
    for form in (key, key + "s", key + "es", key.removesuffix("s")):
        if form in _BLUEPRINT_INDEX:
            return _BLUEPRINT_INDEX[form]
    for known in sorted(_BLUEPRINT_INDEX, key=len, reverse=True):
        if len(known) >= 8 and key.startswith(known + " "):
            return _BLUEPRINT_INDEX[known]
    return None


@functools.lru_cache(maxsize=4096)
def blueprint_line(label: str) -> str | None:
    """ "visibility", "interaction" or "internal" for a row naming a blueprint line, else None."""
    key = label_key(label.split("(")[0])
    if key in _LINE_INDEX:
        return _LINE_INDEX[key]
    for known in sorted(_LINE_INDEX, key=len, reverse=True):
        if key.startswith(known):
            return _LINE_INDEX[known]
    return None


#: Words that name a group of phases, not a phase: "Before | During | After" over the phase row.
PHASE_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("before", "during", "after", "pre", "post", "beforehand", "afterwards"),
    "nl": ("voor", "vooraf", "voorafgaand", "ervoor", "tijdens", "na", "achteraf", "erna", "nazorg"),
    "de": ("vor", "vorher", "davor", "während", "nach", "nachher", "danach"),
    "fr": ("avant", "pendant", "après"),
    "es": ("antes", "durante", "después"),
    "it": ("prima", "durante", "dopo"),
    "pt": ("antes", "durante", "depois"),
}
_GROUP_KEYS = frozenset(label_key(w) for words in PHASE_GROUP_WORDS.values() for w in words)


def is_group_word(name: str) -> bool:
    """A name of a group of phases: "Before", "Tijdens", "Na aankoop", "Pre-purchase", "Während des Kaufs"."""
    key = label_key(strip_decoration(name))
    words = key.split()
    return bool(words) and words[0] in _GROUP_KEYS and len(words) <= 4


#: Headers of a stage list's column that groups its stages ("macro", "phase" over stages).
#: Headers of a row or column of steps (a phase's steps), among the phase headers: the row they head is no
#: row of phases that a row above could group.
STEP_HEADERS = frozenset(
    label_key(w)
    for w in (
        *("step", "steps", "journey step", "journey steps", "stap", "stappen", "schritt", "schritte"),
        *("paso", "pasos", "tappa", "tappe", "шаг", "шаги"),
    )
)


def is_step_header(label: str) -> bool:
    """ "Step", "Stap": the header of a phase's steps (which ``is_phase_header`` also takes for phases)."""
    return label_key(label) in STEP_HEADERS


#: Headers over a column of lane names, one card per row ("Baan" beside "Fase" and "Tekst"): never groups of phases.
LANE_COLUMN_HEADERS = frozenset(
    label_key(w) for w in ("lane", "lanes", "swimlane", "swim lane", "baan", "banen", "zwembaan", "bahn", "couloir")
)
#: Headers over a card list's column of the cards' texts ("Tekst" beside "Fase" and "Baan"; a tool's export
#: names it "Content", "Sticky text"): the column the cards are, when other columns (colour, author) stand beside.
CARD_TEXT_HEADERS = frozenset(
    label_key(w)
    for w in (
        *("text", "tekst", "texte", "texto", "testo", "card", "card text", "kaart", "kaarttekst", "karte"),
        *("content", "inhoud", "inhalt", "contenu", "contenido", "sticky", "sticky text", "sticky note", "body"),
        *("description", "beschrijving", "beschreibung", "omschrijving", "текст", "содержание"),
    )
)


#: Headers a canvas tool's export gives the column of each sticky's place on the board ("Column", "Frame"):
#: the phases of a card list, beside a column of known lane labels and one of the cards' texts.
CARD_PHASE_HEADERS = frozenset(
    label_key(w) for w in ("column", "kolom", "spalte", "colonne", "columna", "colonna", "frame", "frames")
)


#: Headers of a journey tool's column saying each lane's kind ("Lane type": Text, Emotion, Channel): no phase.
KIND_HEADERS = frozenset(
    label_key(w)
    for w in (
        *("type", "lane type", "row type", "section type", "kind", "lane kind", "soort", "type baan", "baantype"),
        *("typ", "art", "bahntyp", "tipo", "tipo de carril", "genre", "тип"),
    )
)


def is_kind_header(label: str) -> bool:
    """ "Lane type", "Soort": the header of a tool's column of lane kinds."""
    return label_key(label) in KIND_HEADERS


def is_card_text_header(label: str) -> bool:
    """ "Tekst", "Content": the header over a card list's texts."""
    return label_key(label) in CARD_TEXT_HEADERS


#: Headers of an action table beside a canvas ("Actie | Eigenaar | Deadline | Status | Prioriteit"): the columns of
#: a list of things to do, never a canvas's phases. Its "Actie" is left out: "Action" is AIDA's last phase.
ACTION_HEADERS = frozenset(
    label_key(w)
    for w in (
        *("deadline", "due", "due date", "datum gereed", "klaar op", "uiterlijk", "termijn", "frist", "échéance"),
        *("status", "stand van zaken", "voortgang", "progress", "estado", "statut", "fortschritt"),
        *("priority", "prioriteit", "prio", "priorität", "priorité", "prioridad", "urgentie", "urgency"),
        *("owner", "eigenaar", "verantwoordelijke", "trekker", "responsible", "assignee", "effort"),
        *("inspanning", "aufwand", "esfuerzo", "effort estimé"),
        # who does it and when: an action's columns beside its owner's and deadline's
        *("wanneer", "when", "wann", "quand", "cuándo", "wie", "who", "wer", "qui", "quién"),
    )
)


#: The header of an action table's first column, the things to do ("Actie | Eigenaar | Deadline"): an action
#: table's only before its other columns' headers (AIDA's last phase is "Actie" too).
ACTION_COLUMN_HEADERS = frozenset(
    label_key(w)
    for w in ("action", "actions", "actie", "acties", "maatregel", "maatregelen", "to do", "todo", "aktion", "acción")
)


#: The header of a record table's first column, the things it lists ("Risico | Kans | Impact", "Actie | Eigenaar"):
#: over rows of records, never a canvas's corner over its phases.
RECORD_COLUMN_HEADERS = ACTION_COLUMN_HEADERS | frozenset(
    label_key(w)
    for w in (
        *("risico", "risico's", "risicos", "risk", "risks", "risiko", "risiken", "risque", "risques", "riesgo"),
        *("riesgos", "maatregel", "maatregelen", "mitigation", "actiepunt", "actiepunten", "action item"),
        *("action items", "to-do", "taak", "taken", "task", "tasks"),
    )
)


def heads_records(label: str) -> bool:
    """ "Risico", "Actie", "Taak": the header of a record table's first column, the things its rows list."""
    return label_key(label) in RECORD_COLUMN_HEADERS


def is_action_header(label: str) -> bool:
    """ "Deadline", "Status", "Prioriteit": the header of an action table's column, no phase's name."""
    return label_key(label) in ACTION_HEADERS


PHASE_GROUP_HEADERS = frozenset(
    label_key(w)
    for words in (
        ("phase", "phases", "fase", "fasen", "stage group", "macro", "macro phase", "macro stage"),
        ("group", "groep", "gruppe", "groupe", "grupo", "gruppo", "part", "deel", "section", "sectie"),
        ("moment", "block", "blok"),
    )
    for w in words
)


#: Words that mark a cell as a remark about the document, not a name in it: a draft's stamp, a remark's
#: opening ("Let op:", "Note:").
_DRAFT_WORDS = frozenset(
    ("draft", "concept", "entwurf", "brouillon", "borrador", "bozza", "wip", "черновик", "προσχέδιο")
)
_NOTE_OPENINGS = (
    *("let op", "note", "notes", "nb", "n b", "opmerking", "opmerkingen", "hinweis", "achtung", "remarque"),
    *("attention", "nota", "notas", "ojo", "attenzione", "примечание", "внимание"),
    # a source under a table: "Bron: klantinterviews (n=9)"
    *("source", "sources", "bron", "bronnen", "quelle", "quellen", "fuente", "fuentes", "fonte", "источник"),
)
_VERSION = re.compile(
    r"(?:^|\s)(?:v|ver|versie|version|versione|versao|version|fassung|stand|версия)\s*[.:]?\s*\d", re.I
)
_VERSION_MARK = re.compile(r"(?:^|\s)v\d+(?:[.,]\d+)*(?:\s|$)", re.I)
_DATE = re.compile(r"\b(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})\b")
_STAGE_WORDS = frozenset(("fase", "phase", "stage", "fasen", "phases", "stages", "groep", "group", "etappe"))
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def reads_as_note(text: str) -> str:
    """What makes a cell a remark rather than a name of phases or groups ("Versie 2 – concept": a version
    mark; "12-03-2025"; "Draft"; "Let op: dit is een voorbeeld"; a sentence), or "" for a name. Read beside
    names of groups, where a group's name is a word or a few."""
    flat = " ".join(text.split())
    key = label_key(flat)
    words = key.split()
    if not words:
        return ""
    if _VERSION.search(flat) or _VERSION_MARK.search(flat):
        return "a version"
    if _DATE.search(flat):
        return "a date"
    drafts = [w for w in words if w in _DRAFT_WORDS]
    # "Concept" alone may name a stage of a product's life; "Concept – niet delen", "Draft" a stamp
    named = [w for w in words if w not in _STAGE_WORDS]
    if drafts and (len(named) > 1 or drafts[0] != "concept"):
        return "a draft mark"
    if any(key == o or key.startswith(o + " ") for o in _NOTE_OPENINGS) and (":" in flat or len(words) > 2):
        return "a remark"
    if len(words) >= 7 or (len(words) >= 3 and _SENTENCE_END.search(flat)):
        return "a sentence"
    return ""


#: Words of a marker row that says the rest of the sheet is out of scope ("FORA DO ESCOPO DAQUI PARA BAIXO",
#: "Out of scope from here down", "Buiten scope"): the canvas ends above it, what is below stays notes.
OUT_OF_SCOPE = (
    "out of scope",
    "not in scope",
    "outside scope",
    "outside the scope",
    "buiten scope",
    "buiten de scope",
    "niet in scope",
    "valt buiten",
    "ausserhalb des scope",
    "ausserhalb scope",
    "nicht im scope",
    "hors scope",
    "hors perimetre",
    "hors du perimetre",
    "hors champ",
    "fuera de alcance",
    "fuera del alcance",
    "fora do escopo",
    "fora de escopo",
    "fora do ambito",
    "fuori ambito",
    "fuori scope",
    "fuori dall ambito",
    "вне рамок",
    "вне скоупа",
)
_OUT_OF_SCOPE = re.compile(rf"(?:^| )(?:{'|'.join(re.escape(label_key(w)) for w in OUT_OF_SCOPE)})(?: |$)")
#: A marker is a short line: a sentence that mentions scope among other words is a note, not a marker.
_MARKER_WORDS = 8


def is_out_of_scope_marker(text: str) -> bool:
    """True for a short line saying that what follows is out of scope ("Out of scope from here down")."""
    key = label_key(text)
    return len(key.split()) <= _MARKER_WORDS and _OUT_OF_SCOPE.search(key) is not None


# -- a table's generated header ------------------------------------------------------------------

#: The word a spreadsheet numbers the columns of a table made without headers with, in its languages:
#: Excel writes "Column1", "Kolom1", "Spalte1" …; Google Sheets "Column 1".
GENERATED_COLUMN_WORDS = (
    "column",
    "kolom",
    "spalte",
    "colonne",
    "columna",
    "colonna",
    "coluna",
    "столбец",
    "kolumna",
    "kolumn",
    "kolonne",
    "sarake",
    "sloupec",
    "oszlop",
    "sütun",
    "στήλη",
)
_GENERATED_COLUMN = re.compile(rf"^\s*({'|'.join(GENERATED_COLUMN_WORDS)}) ?(\d{{1,4}})\s*$", re.IGNORECASE)


def generated_header(names: list[str]) -> bool:
    """Whether a row's names, left to right, are a table's generated header: one word numbered 1, 2, 3 …
    ("Column1 | Column2 | Column3"), two at least. They name nothing of the canvas."""
    found = [_GENERATED_COLUMN.match(name) for name in names]
    if len(names) < 2 or not all(found):
        return False
    words = {m.group(1).lower() for m in found if m}
    return len(words) == 1 and [int(m.group(2)) for m in found if m] == list(range(1, len(names) + 1))


#: Common orderings of a phase model besides the ones canvasgen's template writes (``words.PHASE_MODELS``), by
#: which the one phase a canvas lacks of the model is suggested: Kotler's 5 A's, in English and in Dutch.
PHASE_MODEL_VARIANTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "five-a": (
        ("Aware", "Appeal", "Ask", "Act", "Advocate"),
        ("Aandacht", "Aantrekking", "Afweging", "Actie", "Advocaat"),
    ),
}
