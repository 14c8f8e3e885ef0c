"""Write the bundled blank templates and example canvases in canvases/.

The examples are realistic agency cases, written through the same template
writer users get, so they stay in step with what the reader expects:

    python scripts/make_examples.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.words.phase_models import phases_for

HERE = Path(__file__).resolve().parent.parent / "canvases"


def solar_b2c() -> WorkbookSpec:
    """Dutch B2C, five phases: a family buying solar panels from an installer."""
    phases = list(phases_for("five", "nl"))
    journey = JourneySheet(
        phases=phases,
        lanes=default_lanes(["touchpoints", "pain_points", "opportunities"]),
        meta={
            "client": "ZonneWarmte Installaties B.V.",
            "journey": "Zonnepanelen voor een rijtjeshuis",
            "persona": "Familie de Vries – tweeverdieners, twee kinderen, koopwoning uit 1978",
            "version": "2.1",
            "date": dt.date(2026, 10, 14),
            "scenario": "Huidig",
        },
        content={
            "customer": [
                "Ziet de energierekening stijgen\nPraat met de buren die net panelen hebben\nLeest een artikel over de salderingsregeling",
                "Zoekt ‘zonnepanelen kosten’ op Google\nVergelijkt drie installateurs op Independer\nVraagt een offerte aan via de website",
                "Krijgt een adviseur over de vloer\nVergelijkt offertes: € 6.850 tegen € 7.400\nTwijfelt over de terugverdientijd",
                "Tekent de offerte digitaal\nBetaalt 30% aanbetaling\nPlant de installatiedatum",
                "Volgt de opbrengst in de app\nBelt bij een storing van de omvormer\nVertelt op een verjaardag over de besparing",
            ],
            "internal": [
                "Lokale campagne op Facebook en Instagram\nBuurtactie: ‘Uw buren gingen u voor’",
                "Offerteformulier binnen 24 uur opvolgen\nCalculator op de website actueel houden",
                "Adviseur neemt dakscan en verbruik mee\nOfferte binnen 48 uur na het bezoek",
                "Planning koppelen aan beschikbaarheid monteurs\nBevestiging per e-mail én sms",
                "Storingsmeldingen binnen één werkdag oppakken\nNa zes maanden een opbrengstcheck sturen",
            ],
            "experience": [
                "Nieuwsgierig maar overweldigd door de keuze",
                "Formulier is snel ingevuld; het wachten op contact duurt lang",
                "Het bezoek voelt deskundig, de offerte is lastig te lezen",
                "Opgelucht dat de knoop is doorgehakt",
                "Trots op de opbrengst; een storing zorgt voor ergernis",
            ],
            "learning": [
                "Welke boodschap zet mensen aan tot actie?",
                "Reactietijd op offerteaanvragen terug naar < 24 uur",
                "Offerte herschrijven in begrijpelijke taal, met terugverdientijd voorop",
                "Aanbetaling verlagen naar 15% en testen",
                "Proactief melden als de omvormer uitvalt",
            ],
            "touchpoints": [
                "Social advertentie\nGesprek met buren",
                "Website-calculator\nOfferteformulier",
                "Huisbezoek adviseur\nOfferte-pdf",
                "Digitale handtekening\nBevestigingsmail",
                "Opbrengst-app\nKlantenservice (telefoon)",
            ],
            "pain_points": [
                "Te veel tegenstrijdige informatie online",
                "Twee dagen geen reactie na de aanvraag",
                "Onduidelijk wat ‘inclusief btw’ betekent na de teruggaaf",
                "",
                "Storing pas na een week opgelost",
            ],
            "opportunities": [
                "Buurtavond met een ‘zonnepanelen-ambassadeur’",
                "Direct een belafspraak kunnen inplannen",
                "Offerte als interactieve pagina met scenario’s",
                "Welkomstpakket met uitleg over de app",
                "Verwijsbonus van € 150 voor de buren",
            ],
        },
        scores=[0, -1, 0, 1, 1],
    )
    touchpoints = [
        [
            "Bewustwording",
            "Social advertentie",
            "Social media",
            "Smartphone, ’s avonds op de bank",
            "Video met besparing van de buren",
            "Voorjaar",
            "Marketing",
            "Ja",
            "Ja",
            "Bereik, CTR",
        ],
        [
            "Interesse",
            "Website-calculator",
            "Website",
            "Laptop, thuis",
            "Besparing berekenen",
            "Direct",
            "Marketing",
            "Deels",
            "Ja",
            "Aantal berekeningen",
        ],
        [
            "Interesse",
            "Offerteformulier",
            "Website",
            "Laptop, thuis",
            "Offerte aanvragen",
            "Binnen 24 uur",
            "Sales",
            "Ja",
            "Ja",
            "Conversie naar afspraak",
        ],
        [
            "Overweging",
            "Huisbezoek adviseur",
            "Evenement",
            "Aan de keukentafel",
            "Dakscan en advies",
            "Binnen een week",
            "Sales",
            "Ja",
            "Ja",
            "Offerte-acceptatie",
        ],
        [
            "Aankoop",
            "Bevestiging",
            "SMS",
            "Smartphone",
            "Installatiedatum bevestigen",
            "Na ondertekening",
            "Planning",
            "Nee",
            "Ja",
            "No-shows",
        ],
        [
            "Service & loyaliteit",
            "Opbrengst-app",
            "App",
            "Smartphone",
            "Dagelijkse opbrengst",
            "Doorlopend",
            "Service",
            "Ja",
            "Ja",
            "Actieve gebruikers",
        ],
        [
            "Service & loyaliteit",
            "Storingsdienst",
            "Telefoon",
            "Thuis",
            "Storing melden en oplossen",
            "Binnen één werkdag",
            "Service",
            "Deels",
            "Ja",
            "Oplostijd",
        ],
    ]
    personas = [
        [
            "Familie de Vries",
            "Besluitvormers (samen)",
            "Lagere energierekening; duurzamer wonen",
            "Eerlijke terugverdientijd; één aanspreekpunt",
            "Onduidelijke offertes; lange wachttijden",
            "Website, WhatsApp, telefoon",
        ],
    ]
    return WorkbookSpec("nl", [journey], touchpoints, personas)


def hr_software_b2b() -> WorkbookSpec:
    """English B2B, seven phases, with a buying group: two members' journeys."""
    phases = list(phases_for("b2b7", "en"))
    lanes = default_lanes(["touchpoints", "pain_points", "kpis"])
    hr_director = JourneySheet(
        name="HR Director",
        phases=phases,
        lanes=lanes,
        meta={
            "client": "Peoplewise HR Software",
            "journey": "Buying an HR platform (mid-size manufacturer)",
            "persona": "Sandra Okafor, HR Director – decision maker",
            "version": "1.3",
            "date": dt.date(2026, 9, 30),
            "scenario": "Ideal",
        },
        content={
            "customer": [
                "Reads industry reports on HR digitalisation\nFollows peers on LinkedIn",
                "Annual review shows 14 days average onboarding time\nThe old system loses support in 2027",
                "Builds a long list of 8 vendors\nAsks two peers for references",
                "Runs demos with 3 vendors\nScores them on a shared evaluation sheet\nInvolves IT and Finance",
                "Presents the business case to the board\nNegotiates a three-year contract",
                "Leads the implementation project\nTrains 40 managers",
                "Reviews adoption after six months\nSpeaks at a customer event",
            ],
            "internal": [
                "Publish benchmark report on onboarding time\nThought-leadership posts by our CPO",
                "Trigger-based outreach when a competitor ends support",
                "Comparison page and ROI calculator\nReference calls within 48 hours",
                "Tailored demo on her own data\nSecurity pack ready for IT",
                "Business-case template for the board\nFlexible payment terms",
                "Dedicated implementation manager\nManager training in Dutch and English",
                "Quarterly business review\nInvite to the customer advisory board",
            ],
            "experience": [
                "Interested but sceptical about ‘another HR tool’",
                "Urgency: the risk is now concrete",
                "Overwhelmed by similar-looking vendors",
                "Confident after a demo on real data",
                "Nervous about defending the budget",
                "Relieved when the first payroll run succeeds",
                "Proud to show results to peers",
            ],
            "learning": [
                "Which content reaches HR directors before they start looking?",
                "Detect end-of-support triggers earlier",
                "Why do we drop off the long list?",
                "Demo on customer data in every evaluation",
                "Give the board a one-page summary",
                "Shorten time to first value to < 30 days",
                "Turn advocates into referenceable cases",
            ],
            "touchpoints": [
                "LinkedIn\nIndustry report",
                "Sales e-mail\nWebinar",
                "Website comparison page\nReference call",
                "Demo (video call)\nSecurity questionnaire",
                "Proposal\nContract negotiation",
                "Kick-off meeting\nTraining sessions",
                "Business review\nCustomer event",
            ],
            "pain_points": [
                "",
                "No clear owner for the problem yet",
                "Vendor websites all say the same",
                "Demos on dummy data feel generic",
                "Hidden implementation costs",
                "Data migration slips two weeks",
                "",
            ],
            "kpis": [
                "Report downloads",
                "Meetings booked from outreach",
                "Long-list inclusion rate",
                "Demo-to-proposal rate: 45%",
                "Win rate; average deal € 84.000",
                "Time to first value (days)",
                "NPS; renewal rate",
            ],
        },
        scores=[0, -1, -1, 1, 0, 1, 2],
    )
    it_manager = JourneySheet(
        name="IT Manager",
        phases=phases,
        lanes=lanes,
        meta={
            "client": "Peoplewise HR Software",
            "journey": "Buying an HR platform (mid-size manufacturer)",
            "persona": "Mark Jansen, IT Manager – technical evaluator and gatekeeper",
            "version": "1.3",
            "date": dt.date(2026, 9, 30),
            "scenario": "Ideal",
        },
        content={
            "customer": [
                "Not yet involved",
                "Hears about the project in the management meeting",
                "Checks vendors against the architecture guidelines",
                "Sends the security questionnaire\nTests the single sign-on in a sandbox",
                "Signs off on the data-processing agreement",
                "Connects payroll and Active Directory",
                "Monitors uptime and support tickets",
            ],
            "internal": [
                "",
                "Offer an IT briefing in the first call",
                "Publish integration and API documentation openly",
                "Sandbox environment within one day\nAnswer the questionnaire within a week",
                "Standard DPA under Dutch law",
                "Integration specialist for the first month",
                "Status page and a named support engineer",
            ],
            "experience": [
                "",
                "Worried about yet another system to maintain",
                "Frustrated when documentation sits behind a sales form",
                "Reassured by a working SSO test",
                "Neutral: paperwork",
                "Stressed during the cut-over weekend",
                "Satisfied when tickets are solved quickly",
            ],
            "learning": [
                "",
                "Involve IT from the first meeting",
                "Open documentation without a form",
                "Ready-made answers for ISO 27001 questions",
                "",
                "Cut-over checklist shared a month ahead",
                "Report uptime to IT every quarter",
            ],
            "touchpoints": [
                "",
                "Internal meeting",
                "Developer portal",
                "Sandbox\nSecurity questionnaire",
                "DPA",
                "Integration workshop",
                "Status page\nSupport portal",
            ],
            "pain_points": [
                "",
                "Involved too late",
                "Documentation behind a form",
                "Slow questionnaire answers",
                "",
                "Weekend cut-over",
                "",
            ],
            "kpis": [
                "",
                "",
                "Developer portal visits",
                "Sandbox sign-ups",
                "",
                "Integration lead time",
                "Uptime 99.9%; first-response time",
            ],
        },
        scores=[0, -1, -2, 1, 0, -1, 1],
    )
    touchpoints = [
        [
            "Orientation",
            "Industry report",
            "Website",
            "Laptop, at work",
            "Benchmark on onboarding time",
            "Q1",
            "Marketing",
            "Yes",
            "Yes",
            "Downloads",
            "No",
        ],
        [
            "Trigger",
            "Webinar",
            "Event",
            "Laptop, at work",
            "‘Replacing your HR system in 90 days’",
            "Monthly",
            "Marketing",
            "Partly",
            "Yes",
            "Registrations",
            "No",
        ],
        [
            "Active evaluation",
            "Tailored demo",
            "Phone",
            "Video call",
            "Demo on the customer’s data",
            "Within 5 days",
            "Sales",
            "No",
            "Yes",
            "Demo-to-proposal rate",
            "Yes",
        ],
        [
            "Active evaluation",
            "Sandbox",
            "Website",
            "Desktop, IT office",
            "Test SSO and integrations",
            "Within 1 day",
            "Solutions",
            "No",
            "Yes",
            "Sandbox sign-ups",
            "Yes",
        ],
        [
            "Purchase decision",
            "Business-case template",
            "E-mail",
            "Laptop",
            "One-page board summary",
            "Before the board meeting",
            "Sales",
            "No",
            "Yes",
            "Win rate",
            "Yes",
        ],
        [
            "Loyalty",
            "Customer event",
            "Event",
            "On site",
            "Peer stories and roadmap",
            "Yearly",
            "Customer success",
            "Yes",
            "Yes",
            "NPS",
            "No",
        ],
    ]
    personas = [
        [
            "Sandra Okafor",
            "HR Director – decision maker",
            "Faster onboarding; fewer manual steps",
            "A partner who understands HR, not just software",
            "Vendors who oversell",
            "LinkedIn, events, peers",
            "Orientation, Trigger, Initial consideration, Purchase decision, Loyalty",
        ],
        [
            "Mark Jansen",
            "IT Manager – technical evaluator, gatekeeper",
            "Secure, maintainable systems",
            "Open documentation, SSO, clear SLAs",
            "Being involved too late",
            "Developer portal, e-mail",
            "Initial consideration, Active evaluation, Purchase decision, Experience",
        ],
        [
            "Pieter Bos",
            "CFO – budget holder",
            "Predictable costs",
            "A clear business case",
            "Hidden implementation costs",
            "E-mail, board meeting",
            "Purchase decision",
        ],
        [
            "Lotte van Dijk",
            "HR Advisor – daily user",
            "Less admin work",
            "An intuitive interface",
            "Double data entry",
            "Training, intranet",
            "Active evaluation, Experience, Loyalty",
        ],
    ]
    metrics = [
        ["Orientation", "Industry report", "Downloads", "1,240", "1,000", "H2 2026"],
        ["Orientation", "Industry report", "Cost", "€3,500", "", "H2 2026"],
        ["Trigger", "Webinar", "Registrations", "240", "300", "H2 2026"],
        ["Trigger", "Webinar", "Cost", "€6,000", "", "H2 2026"],
        ["Active evaluation", "Tailored demo", "Demo-to-proposal rate", "45%", "40%", "H2 2026"],
        ["Active evaluation", "Sandbox", "Sandbox sign-ups", "38", "50", "H2 2026"],
        ["Purchase decision", "Business-case template", "Win rate", "28%", "30%", "H2 2026"],
        ["Purchase decision", "", "Revenue", "€1,260,000", "€1,000,000", "H2 2026"],
        ["Loyalty", "Customer event", "NPS", "+41", "+35", "H2 2026"],
        ["Loyalty", "Customer event", "Cost", "€12,000", "", "H2 2026"],
    ]
    return WorkbookSpec("en", [hr_director, it_manager], touchpoints, personas, metrics)


def webshop_kpis() -> WorkbookSpec:
    """Dutch webshop on the 5 A's, with a KPI lane and touchpoints with KPIs."""
    phases = list(phases_for("five-a", "nl"))
    journey = JourneySheet(
        phases=phases,
        lanes=default_lanes(["channels", "emotions", "kpis"]),
        meta={
            "client": "Groenhuys – webshop voor kamerplanten",
            "journey": "Eerste bestelling tot vaste klant",
            "persona": "Noor (29), woont in Utrecht, eerste eigen appartement",
            "version": "3.0",
            "date": dt.date(2026, 11, 2),
            "scenario": "Huidig",
        },
        content={
            "customer": [
                "Ziet een Reel van een ‘plantfluencer’\nSlaat de post op",
                "Vergelijkt prijzen met het tuincentrum\nLeest reviews over bezorging",
                "Bestelt een Monstera en een pot\nRekent af met iDEAL",
                "Krijgt verzorgingstips per e-mail\nBestelt plantenvoeding bij",
                "Plaatst een foto met #groenhuys\nDeelt een kortingscode met een vriendin",
            ],
            "internal": [
                "Samenwerking met drie plantfluencers\nRetargeting op bezoekers",
                "Bezorggarantie prominent tonen\nReviews uit Kiyoh op productpagina’s",
                "Checkout in drie stappen\nVerpakking die planten heel houdt",
                "Verzorgingsmail na 7, 30 en 90 dagen\nAbonnement op plantenvoeding",
                "Fotowedstrijd elke maand\nVerwijsprogramma met € 5 tegoed",
            ],
            "experience": [
                "Geïnspireerd",
                "Twijfel: overleeft de plant de bezorging?",
                "Blij met de snelle levering, één blad geknakt",
                "Voelt zich geholpen, niet bestookt",
                "Trots op haar ‘urban jungle’",
            ],
            "learning": [
                "Welke fluencer levert klanten op in plaats van likes?",
                "Bezorggarantie testen op de productpagina",
                "Winkelmandverlating terugbrengen onder 60%",
                "Abonnement aanbieden na de tweede bestelling",
                "Verwijzingen meten per klant",
            ],
            "channels": [
                "Instagram\nTikTok",
                "Website\nGoogle Shopping",
                "Website\nE-mail",
                "E-mail\nApp",
                "Instagram\nWhatsApp",
            ],
            "emotions": ["Nieuwsgierig", "Onzeker", "Opgetogen", "Tevreden", "Trots"],
            "kpis": [
                "Bereik 120.000; CTR 1,8%",
                "Bouncepercentage 41%; paginatijd 130 sec",
                "Conversie 2,4%; winkelmandverlating 68%",
                "Herhaalaankoop binnen 90 dagen: 22%",
                "NPS +38; verwijzingen 4% van de klanten",
            ],
        },
        scores=[1, -1, 1, 1, 2],
    )
    touchpoints = [
        [
            "Aandacht",
            "Reel van plantfluencer",
            "Social media",
            "Smartphone, onderweg",
            "Video ‘zo houd je een Monstera in leven’",
            "Donderdagavond",
            "Marketing",
            "Ja",
            "Ja",
            "CTR 1,8%",
            "Nee",
        ],
        [
            "Afweging",
            "Productpagina",
            "Website",
            "Smartphone",
            "Prijs, reviews, bezorggarantie",
            "Direct",
            "E-commerce",
            "Deels",
            "Ja",
            "Bouncepercentage 41%",
            "Ja",
        ],
        [
            "Actie",
            "Checkout",
            "Website",
            "Smartphone",
            "Afrekenen met iDEAL",
            "Direct",
            "E-commerce",
            "Ja",
            "Ja",
            "Conversie 2,4%",
            "Ja",
        ],
        [
            "Actie",
            "Verlaten winkelmand",
            "E-mail",
            "Smartphone",
            "Herinnering met verzorgingstip",
            "Na 4 uur",
            "CRM",
            "Nee",
            "Ja",
            "Herstelde mandjes 9%",
            "Ja",
        ],
        [
            "Altijd",
            "Verzorgingsmail",
            "E-mail",
            "Laptop",
            "Tips na 7, 30 en 90 dagen",
            "Na bezorging",
            "CRM",
            "Ja",
            "Ja",
            "Open rate 52%",
            "Nee",
        ],
        [
            "Advocaat",
            "Verwijsprogramma",
            "App",
            "Smartphone",
            "€ 5 tegoed voor beiden",
            "Na tweede bestelling",
            "CRM",
            "Nee",
            "Ja",
            "Verwijzingen 4%",
            "Nee",
        ],
    ]
    personas = [
        [
            "Noor",
            "Koper en gebruiker",
            "Een groen huis zonder gedoe",
            "Zekerheid dat de plant heel aankomt",
            "Planten die het na twee weken begeven",
            "Instagram, WhatsApp",
            "Alle fasen",
        ],
    ]
    metrics = [
        ["Aandacht", "Reel van plantfluencer", "CTR", "1,8%", "2,0%", "Q3 2026"],
        ["Aandacht", "Reel van plantfluencer", "Kosten", "€ 4.000", "", "Q3 2026"],
        ["Aandacht", "Reel van plantfluencer", "Omzet", "€ 9.600", "", "Q3 2026"],
        ["Afweging", "Productpagina", "Bouncepercentage", "41%", "35%", "Q3 2026"],
        ["Actie", "Checkout", "Conversie", "2,4%", "2,0%", "Q3 2026"],
        ["Actie", "Checkout", "Omzet", "€ 18.500", "€ 15.000", "Q3 2026"],
        ["Actie", "", "Winkelmandverlating", "68%", "60%", "Q3 2026"],
        ["Actie", "Verlaten winkelmand", "Kosten", "€ 600", "", "Q3 2026"],
        ["Actie", "Verlaten winkelmand", "Omzet", "€ 3.200", "", "Q3 2026"],
        ["Altijd", "Verzorgingsmail", "Retentie", "22%", "25%", "Q3 2026"],
        ["Altijd", "Verzorgingsmail", "Kosten", "€ 350", "", "Q3 2026"],
        ["Advocaat", "", "NPS", "+38", "+30", "Q3 2026"],
        ["Advocaat", "Verwijsprogramma", "Kosten", "€ 1.500", "", "Q3 2026"],
    ]
    return WorkbookSpec("nl", [journey], touchpoints, personas, metrics)


def solar_ideal() -> WorkbookSpec:
    """The ideal journey for the solar case: drawn first in the workshop, compared with today's."""
    spec = solar_b2c()
    journey = spec.journeys[0]
    journey.meta["scenario"] = "Ideaal"
    journey.meta["version"] = "1.0"
    journey.content["internal"] = [
        "Lokale campagne op Facebook en Instagram\nBuurtavond met een ‘zonnepanelen-ambassadeur’",
        "Offerteformulier binnen 4 uur opvolgen\nBelafspraak direct online inplannen",
        "Adviseur neemt dakscan en verbruik mee\nOfferte als interactieve pagina, met terugverdientijd voorop",
        "Planning koppelen aan beschikbaarheid monteurs\nBevestiging per e-mail én sms",
        "Storingsmeldingen binnen één werkdag oppakken\nOmvormer meldt storingen zelf\nNa zes maanden een opbrengstcheck sturen",
    ]
    journey.content["touchpoints"] = [
        "Social advertentie\nBuurtavond",
        "Website-calculator\nOfferteformulier\nOnline agenda",
        "Huisbezoek adviseur\nInteractieve offerte",
        "Digitale handtekening\nBevestigingsmail",
        "Opbrengst-app\nAutomatische storingsmelding",
    ]
    journey.scores = [1, 1, 1, 2, 2]
    return spec


def webshop_previous() -> WorkbookSpec:
    """Last quarter's version of the webshop canvas, to compare with the current one."""
    spec = webshop_kpis()
    journey = spec.journeys[0]
    journey.meta["version"] = "2.0"
    journey.meta["date"] = dt.date(2026, 8, 4)
    journey.phases[3] = "Gebruik"  # renamed since: "Altijd"
    for rows in (spec.touchpoints, spec.metrics):
        for row in rows:
            row[0] = "Gebruik" if row[0] == "Altijd" else row[0]
    # Last quarter's figures: a lower conversion, a higher bounce rate, no referral spend yet.
    figures = {("Checkout", "Conversie"): "1,9%", ("Productpagina", "Bouncepercentage"): "46%"}
    spec.metrics = [
        [*row[:3], figures.get((row[1], row[2]), row[3]), *row[4:]]
        for row in spec.metrics
        if (row[1], row[2]) != ("Verwijsprogramma", "Kosten")
    ]
    journey.content["customer"][0] = "Ziet een Reel van een ‘plantfluencer’"  # one item fewer now
    journey.content["internal"][2] = "Checkout in vier stappen\nVerpakking die planten heel houdt"
    journey.content["kpis"][2] = "Conversie 1,9%; winkelmandverlating 74%"
    journey.scores = [1, -2, 0, 1, 2]
    return spec


def blank(lang: str) -> WorkbookSpec:
    return WorkbookSpec(lang, [JourneySheet(list(phases_for("five", lang)), default_lanes())])


def main() -> None:
    HERE.mkdir(exist_ok=True)
    outputs = {
        "template-nl.xlsx": blank("nl"),
        "template-en.xlsx": blank("en"),
        "voorbeeld-zonnepanelen-b2c.xlsx": solar_b2c(),
        "example-hr-software-b2b.xlsx": hr_software_b2b(),
        "voorbeeld-webshop-kpis-v3.xlsx": webshop_kpis(),
        "voorbeeld-zonnepanelen-ideaal.xlsx": solar_ideal(),
        "voorbeeld-webshop-kpis-v2.xlsx": webshop_previous(),
    }
    for name, spec in outputs.items():
        write_workbook(spec, HERE / name)
        print(f"wrote canvases/{name}")


if __name__ == "__main__":
    main()
