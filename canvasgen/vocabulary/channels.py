"""The words that name a channel (for its icon and the channel matrix), as people write them, and
which channel a short text names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from canvasgen.text import label_key

CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    "email": (
        "e mail",
        "email",
        "mail",
        "nieuwsbrief",
        "newsletter",
        "mailing",
        "courriel",
        "courrier electronique",
        "correo electronico",
    ),
    "sms": ("sms", "text message", "text messages", "sms je", "sms bericht", "sms dienst", "smsjes"),
    # chats and the messaging apps, apart from SMS: an agency counts WhatsApp and Messenger as messaging (#31)
    "messaging": (
        "chat",
        "webchat",
        "live chat",
        "livechat",
        "chatbot",
        "whatsapp",
        "whatsapp business",
        "messenger",
        "facebook messenger",
        "telegram",
        "wechat",
        "imessage",
        "viber",
        "direct message",
        "direct messages",
    ),
    "phone": (
        "telefoon",
        "telefonisch",
        "telefonische",
        "telefoontje",
        "telefoontjes",
        "phone",
        "bellen",
        "call",
        "klantenservice",
        "customer support",
        "support",
    ),
    "social": (
        "social",
        "sociale media",
        "instagram",
        "facebook",
        "linkedin",
        "tiktok",
        "youtube",
        "twitter",
        "reel",
        "pinterest",
    ),
    "ads": (
        "ads",
        "ad",
        "advertentie",
        "advertenties",
        "advertising",
        "campagne",
        "campaign",
        "banner",
        "retargeting",
        "google shopping",
        "sea",
        "display",
    ),
    "event": (
        "event",
        "evenement",
        "beurs",
        "beurzen",
        "webinar",
        "workshop",
        "meeting",
        "huisbezoek",
        "bezoek",
        "kick off",
        "training",
        "customer event",
        "buurtavond",
        # in person, where the customer is: "On site" is no website (the longer words win over "site")
        "on site",
        "onsite",
        "site visit",
    ),
    "app": ("app", "apps", "mobile app", "mobiele app", "opbrengst app"),
    "store": ("winkel", "store", "shop", "filiaal", "filialen", "showroom"),
    "website": (
        "website",
        "web",
        "site",
        "webshop",
        "pagina",
        "page",
        "portal",
        "online",
        "checkout",
        "calculator",
        "formulier",
        "form",
        "google",
        "search",
        "seo",
        "blog",
    ),
    # after the website's words: of two words as long, the website's wins ("blog post" is a web page)
    "post": (
        "post",
        "per post",
        "brief",
        "brieven",
        "briefpost",
        "poststuk",
        "letter",
        "letters",
        "direct mail",
        "postal mail",
        "snail mail",
        "courrier",
        "lettre",
        "carta",
        "correo postal",
    ),
    # the customer in person at the organisation's counter (at the customer's own place is an event)
    "desk": (
        "balie",
        "loket",
        "loketten",
        "desk",
        "front desk",
        "counter",
        "reception",
        "receptie",
        "in person",
        "in persoon",
        "face to face",
        "persoonlijk contact",
        "schalter",
        "guichet",
        "accueil",
        "en personne",
        "ventanilla",
        "mostrador",
        "en persona",
    ),
}

#: Phrases that hold a channel's word but name no channel: a sticky note, research done at a desk, "after the
#: purchase", "for this one case". They are taken out of a text before its channel is looked for, so that
#: "Post-it op de koelkast" has no channel and "Desk research, daarna e-mail" is e-mail alone.
NOT_CHANNELS: tuple[str, ...] = (
    "post it",
    "post its",
    "post it note",
    "post it notes",
    "desk research",
    "desk study",
    "deskstudie",
    "ad hoc",
    "ad interim",
    "ad valorem",
    "post purchase",
    "post sale",
    "post sales",
    "post launch",
    "post mortem",
    "post covid",
    "post corona",
)

#: Channel words that are also English verbs not naming that channel ("Post a review", "post on Instagram",
#: "Store the receipts", "Support the team", "Brief the installer"). At the start of a verb phrase — the word
#: first in the text or after a clause's own words (``_VERB_LEADS``) and followed by its object or, for
#: "post", a preposition — the word is the verb and names no channel; "Post: brochure", "Per post", "Brief per
#: post" and "Customer support on the phone" keep their channel.
_VERB_HOMOGRAPHS: dict[str, tuple[str, ...]] = {
    "post": ("on", "to", "in", "online", "about", "op", "naar", "over"),
    "store": (),
    "support": (),
    "brief": (),
    "counter": (),
    "display": (),
    "form": (),
    "page": (),
}
#: What follows a verb as its object: articles, pronouns, possessives and the things people post.
_VERB_OBJECTS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "them",
        "him",
        "her",
        "his",
        "their",
        "your",
        "my",
        "our",
        "its",
        "some",
        "any",
        "all",
        "every",
        "each",
        "photo",
        "photos",
        "picture",
        "pictures",
        "review",
        "reviews",
        "comment",
        "comments",
        "story",
        "stories",
        "update",
        "updates",
    ]
)
#: What may stand before a verb at a phrase's start: a subject or a joining word ("Customers post on …").
_VERB_LEADS = frozenset(
    [
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "customer",
        "customers",
        "user",
        "users",
        "people",
        "then",
        "to",
        "or",
        "also",
    ]
)


def _without_verbs(key: str) -> str:
    """``key`` (a label key between spaces) with each channel word read as a verb left out."""
    words = key.split()
    kept = [
        word
        for i, word in enumerate(words)
        if not (
            word in _VERB_HOMOGRAPHS
            and (i == 0 or words[i - 1] in _VERB_LEADS)
            and i + 1 < len(words)
            and (words[i + 1] in _VERB_OBJECTS or words[i + 1] in _VERB_HOMOGRAPHS[word])
        )
    ]
    return f" {' '.join(kept)} " if len(kept) < len(words) else key


#: The verbs of channel words, as people write them in a channels lane ("Mailt", "Belt op", "Appt", "Calls",
#: "Ruft an"), in Dutch, English and German (and a few French and Spanish): the verb names the channel it is
#: the verb of (mailen: e-mail, bellen: phone, appen: chat), never a channel of its own name. As label keys.
CHANNEL_VERBS: dict[str, tuple[str, ...]] = {
    "email": (
        "mailt",
        "mailen",
        "mailde",
        "mailden",
        "gemaild",
        "emailt",
        "emailen",
        "emailde",
        "ge emaild",  # nl
        "mails",
        "mailed",
        "mailing",
        "emails",
        "emailed",
        "emailing",  # en
        "mailte",
        "mailten",
        "gemailt",  # de (mailt, mailen as in Dutch)
    ),
    "phone": (
        "bel",
        "belt",
        "belde",
        "belden",
        "gebeld",
        "opbellen",
        "telefoneert",
        "telefoneren",
        "telefoneerde",
        "getelefoneerd",  # nl
        "calls",
        "called",
        "calling",
        "phones",
        "phoned",
        "phoning",
        "rings",
        "ringing",  # en
        "anrufen",
        "angerufen",
        "telefoniert",
        "telefonieren",
        "telefonierte",
        "ruft",
        "rief",  # de
        "appelle",
        "appeler",
        "telephone",
        "telephoner",
        "llama",
        "llamar",
        "llamo",  # fr, es
    ),
    "messaging": (
        "appt",
        "appen",
        "appte",
        "appten",
        "geappt",
        "whatsappt",
        "whatsappen",
        "chatten",
        "chatte",
        "gechat",  # nl
        "chats",
        "chatted",
        "chatting",
        "messaged",
        "messaging",
        "whatsapped",  # en
        "chattet",
        "chattete",
        "gechattet",  # de
    ),
    "sms": (
        "smst",
        "sms t",
        "smsen",
        "sms en",
        "sms te",
        "gesmst",
        "gesms t",  # nl
        "texts",
        "texted",
        "texting",  # en
        "simst",
        "simsen",
        "simste",  # de
    ),
}
#: Words after a channel's verb that are part of it ("belt op", "calls back", "ruft an", "ruft zurück").
_VERB_PARTICLES = frozenset(["op", "terug", "even", "back", "up", "an", "zuruck", "nochmal"])
_VERB_OF = {form: channel for channel, forms in CHANNEL_VERBS.items() for form in forms}
_VERB_FORMS = sorted(_VERB_OF, key=len, reverse=True)


def verb_channel(text: str, alone: bool = True) -> str | None:
    """The channel a text's verb names when the text is that verb ("Mailt", "Belt op", "Calls back"), or, not
    ``alone``, when it starts with one ("Mailt de installateur": the item of a channels lane); else None."""
    key = label_key(text)
    for form in _VERB_FORMS:
        if key == form or key.startswith(form + " "):
            rest = key[len(form) :].split()
            if not alone or all(word in _VERB_PARTICLES for word in rest):
                return _VERB_OF[form]
    return None


@dataclass(frozen=True)
class _Patterns:
    """The channel words as patterns: ``any`` of them at all, one search that rules out most texts (a canvas's
    items name no channel) before ``each`` is tried one by one, longest first; and the phrases that name no
    channel (``not_channel``)."""

    any: re.Pattern[str]
    each: tuple[tuple[re.Pattern[str], str], ...]
    not_channel: re.Pattern[str]


# compiled on first use, not at import: a hundred and more patterns, in every process that imports
@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    index = sorted(
        ((word, channel) for channel, words in CHANNEL_WORDS.items() for word in words),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    not_channels = sorted(NOT_CHANNELS, key=len, reverse=True)
    return _Patterns(
        any=re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(word) for word, _ in index)})(?![a-z0-9])"),
        each=tuple((re.compile(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])"), channel) for word, channel in index),
        not_channel=re.compile(rf"(?<![a-z0-9])(?:{'|'.join(re.escape(p) for p in not_channels)})(?![a-z0-9])"),
    )


@functools.lru_cache(maxsize=4096)  # the same channel names come back in every lane and matrix
def channel_of(text: str) -> str | None:
    """The channel a short text names ("Nieuwsbrief" -> "email"), or None; the longest word wins. A plural names
    its word's channel ("Websites", "Nieuwsbrieven", "Events", "Formulieren"), where the text names none as written."""
    found = _channel_as_written(text)
    if found is not None:
        return found
    singular = _singular(label_key(text))
    return _channel_as_written(singular) if singular != label_key(text) else None


#: Plurals of a channel's word that name another thing: a social network's posts are no letters.
_OTHER_PLURALS = frozenset(["posts", "posten"])


def _singular(key: str) -> str:
    """A label key with each plural word made singular as Dutch and English write them: "websites" -> "website",
    "nieuwsbrieven" -> "nieuwsbrief", "formulieren" -> "formulier", "seo s" (SEO's) -> "seo"."""
    words: list[str] = []
    for word in key.split():
        if word == "s" and words:
            continue  # "pagina s": an apostrophe's plural, "pagina's"
        if word not in _OTHER_PLURALS and len(word) > 3:
            if word.endswith("ven"):
                word = word[:-3] + "f"
            elif word.endswith("en") and len(word) > 5:
                word = word[:-2]
            elif word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]
        words.append(word)
    return " ".join(words)


def _channel_as_written(text: str) -> str | None:
    patterns = _patterns()
    key = f" {label_key(text)} "
    if not patterns.any.search(key):
        return verb_channel(text)  # a channel's verb alone ("Belt", "Mailt") names its channel
    key = patterns.not_channel.sub(" ", key)
    key = _without_verbs(key)
    for pattern, channel in patterns.each:
        if pattern.search(key):
            return channel
    return verb_channel(text)


#: What separates the channels a cell lists: "Instagram, website", "Telefoon / e-mail", "Web en app".
_LIST = re.compile(r"[,;/+&\n|·•]|\s(?:en|and|of|or|und|oder|et|ou|y|o)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def channels_of(text: str) -> tuple[str, ...]:
    """Every channel a cell lists, in the order written, each once: "Instagram, website" -> ("social",
    "website"). Each listed part names one channel as ``channel_of`` reads it ("Support portal" is one)."""
    found = [channel for part in _LIST.split(text) if (channel := channel_of(part)) is not None]
    whole = channel_of(text)  # a name the list's marks cut in two ("Q&A-site") is still read whole
    return tuple(dict.fromkeys(found or ([whole] if whole else [])))


def channel_parts(text: str) -> tuple[tuple[str, str], ...]:
    """The channels a cell lists as ``channels_of`` reads them, each with the part of the cell that names it,
    as written ("Сайт, приложение" -> ("website", "Сайт"), ("app", "приложение")): the client's word for it."""
    found = [
        (channel, " ".join(part.split())) for part in _LIST.split(text) if (channel := channel_of(part)) is not None
    ]
    whole = channel_of(text)
    found = found or ([(whole, " ".join(text.split()))] if whole else [])
    first: dict[str, str] = {}
    for channel, part in found:
        first.setdefault(channel, part)
    if len(first) == 1:  # one channel: the cell's whole words name it ("Q&A-site", not its part "A-site")
        return ((next(iter(first)), " ".join(text.split())),)
    return tuple(first.items())


#: Small words that join a touchpoint's name without naming it ("Pechknop in de app", "Call with the team").
_FILLERS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "via",
        "by",
        "de",
        "het",
        "een",
        "van",
        "in",
        "op",
        "met",
        "bij",
        "voor",
        "naar",
        "per",
        "der",
        "die",
        "das",
        "den",
        "im",
        "am",
        "zum",
        "zur",
        "mit",
        "le",
        "la",
        "les",
        "du",
        "des",
        "au",
        "aux",
        "un",
        "une",
        "el",
        "los",
        "las",
        "del",
        "al",
        "por",
        "con",
    ]
)


@functools.lru_cache(maxsize=4096)
def touchpoint_key(text: str) -> frozenset[str]:
    """What names a touchpoint, its channel's words and small joining words set aside, as a set of words:
    "Pechnummer (telefoon)" and "Pechnummer", "App (pechknop)" and "Pechknop in de app" name the same
    touchpoint, read once from a lane and once from the Touchpoints sheet. A name that is only a channel
    ("App", "E-mail") or only small words keeps all its words: it is compared whole."""
    words = label_key(text).split()
    named = frozenset(w for w in words if w not in _FILLERS and channel_of(w) is None)
    return named or frozenset(words)


def touchpoint_identity(name: str, channel: str | None = None) -> tuple[str | None, frozenset[str]]:
    """What makes two mentions the same touchpoint, the one rule the channel count and the gap report's
    actions share: the same channel (``channel`` as its sheet's channel column names it, else the one its
    name names) and the same name once that channel's words are set aside (``touchpoint_key``). "Pechnummer"
    on the phone and "Pechnummer (telefoon)" are one; "Intake telefoon" and "Intake via app" are two."""
    return (channel if channel is not None else channel_of(name), touchpoint_key(name))
