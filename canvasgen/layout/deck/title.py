"""The deck's title slide: the sheet's kicker, the journey's name, its metadata, and a ribbon of its
phases in their colours along the foot — the route the meeting will walk."""

from __future__ import annotations

from dataclasses import replace

from canvasgen.brand.colors import heading_ink, readable_on
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import (
    FAMILY_MIN,
    MIN_SIZE,
    Ctx,
    Frame,
    Para,
    Slide,
    base_size,
    continued_mark,
    fit_frame,
    fits,
    whole_words,
)
from canvasgen.layout.headings import phase_heading_after
from canvasgen.layout.meta import meta_lines, workbook_title
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.model import Canvas, Journey, told_apart
from canvasgen.words import DIFF_WORDS


def title_slides(ctx: Ctx, journey: Journey, canvas: Canvas, section: str) -> list[Slide]:
    # White label: the agency's name and credit on the slide, the source file only in the speaker notes.
    notes = f"{ctx.words['n_title']}\n{ctx.words['source_file']}: {canvas.file}"
    prefix = journey.title_prefix()
    if prefix is not None:  # "Klantreis: Bezoek …": the title is the name; the whole cell said as its source
        notes += f"\n{ctx.cited(str(prefix.source))} — {prefix.text} {journey.meta['journey'].text}"
    # the deck's first slide, of several journeys: the workbook's title (the journey they share, or their names'
    # shared words), not its first journey's name alone (the slide lists them all)
    whole = workbook_title(canvas) if len(canvas.journeys) > 1 and journey is canvas.journeys[0] else None
    title = whole if whole is not None and whole != journey.name else journey.name
    slide = Slide("title", title, section, notes, band=ctx.kit.palette.primary)
    on_band = readable_on(ctx.kit.palette.primary, ctx.ink)
    meta = journey.meta
    lines = [Para(text, 18, on_band, source=source) for text, source in meta_lines(journey, ctx.language)]
    if "journey_label" in meta and "journey" not in meta:
        lines.append(Para(f"{meta['journey_label'].text.rstrip(':')}: —", 18, on_band))
    if "journey_label" in meta and "journey" in meta and prefix is None:
        journey_label = meta["journey_label"].text.rstrip(":")
        source = str(meta["journey"].source)
        lines.insert(0, Para(f"{journey_label}: {meta['journey'].text}", 18, on_band, source=source))
    if len(canvas.journeys) > 1 and journey is canvas.journeys[0]:  # the deck's first slide: all it holds
        names = " · ".join(told_apart([j.name for j in canvas.journeys]))
        lines.append(Para(f"{DIFF_WORDS[ctx.language]['journeys']}: {names}", 18, on_band))
    brand = " · ".join(p for p in (ctx.kit.agency, ctx.kit.credit) if p)
    if brand:
        lines.append(Para(brand, 14, on_band))
    m = ctx.margin
    kicker = None
    if "title" in meta and meta["title"].text not in title:  # the sheet's own kicker, above the title
        kicker = Para(meta["title"].text, 16, on_band, bold=True, role="heading", source=str(meta["title"].source))
    elif title != journey.name:  # else the first journey's name: its section starts here
        kicker = Para(journey.name, 16, on_band, bold=True, role="heading")
    if kicker is not None:
        slide.frames.append(
            Frame(Box(m, ctx.height * 0.14, ctx.width - 2 * m, ctx.height * 0.08), [kicker], name="kicker")
        )
    title_box = Box(m, ctx.height * 0.22, ctx.width - 2 * m, ctx.height * 0.24)
    # Titles may grow beyond the body maximum: fit them on their own scale.
    size = 44.0
    while size > MIN_SIZE and not fits(ctx.setter, [Para(title, size, on_band, True, "heading")], title_box):
        size -= 2
    slide.frames.append(Frame(title_box, [Para(title, size, on_band, True, "heading", "title")], name="title"))
    ribbon = _journey_ribbon(ctx, journey)
    meta_bottom = ribbon[0].box.y - 12.0 if ribbon else ctx.height - m
    meta_box = Box(m, ctx.height * 0.48, ctx.width - 2 * m, meta_bottom - ctx.height * 0.48)
    # down to the phase slides' least size before a line runs past the box (the journeys' line of a deck of
    # several, under six lines of metadata, ran over it at the body's least size)
    mark = continued_mark(ctx.words["continued"])
    fitted, rest = fit_frame(ctx.setter, lines, meta_box, smallest=FAMILY_MIN, mark=mark, between=True, forced=False)
    slide.frames.append(Frame(meta_box, fitted, name="meta"))
    slide.frames.extend(ribbon)
    return [slide, *_meta_goes_on(ctx, slide, rest)]


def _meta_goes_on(ctx: Ctx, first: Slide, rest: list[Para]) -> list[Slide]:
    """The title slide's metadata that its box does not hold at the phase slides' least size, on follow-up
    title slides ("Klantreis (vervolg)": the same band, the box from under the title to the foot), never
    put in all the same under the phase ribbon (a long list of metadata ran over it) nor set smaller. The
    title slide is the cover: its title and ribbon stay as they are, only the metadata goes on."""
    m = ctx.margin
    box = Box(m, ctx.height * 0.22, ctx.width - 2 * m, ctx.height * 0.78 - m)
    slides: list[Slide] = []
    size = base_size(next(f.paras for f in first.frames if f.name == "meta"))  # the title slide's, on each
    mark = continued_mark(ctx.words["continued"])
    while rest:
        slide = Slide("title", f"{first.title} ({ctx.words['continued']})", first.section, first.notes, band=first.band)
        slide.continued = True
        heading = next(f.paras[0] for f in first.frames if f.name == "title")
        title_box = Box(m, ctx.height * 0.06, ctx.width - 2 * m, ctx.height * 0.14)
        titled = replace(heading, text=slide.title, size=min(heading.size, 32.0))
        while titled.size > MIN_SIZE and not fits(ctx.setter, [titled], title_box):
            titled = titled.at_size(titled.size - 2)
        slide.frames.append(Frame(title_box, [titled], name="title"))
        # all the room there is: a line that does not fit even here goes in as it can (the slides must end)
        kept, rest = fit_frame(ctx.setter, rest, box, size, size, mark, between=True, forced=True)
        slide.frames.append(Frame(box, kept, name="meta"))
        slides.append(slide)
    return slides


def _journey_ribbon(ctx: Ctx, journey: Journey) -> list[Frame]:
    """The journey's phases as a ribbon of tiles in their colours along the foot of the title slide:
    the route the meeting will walk. Every tile's name at one size: the largest, from 14 pt down to the
    slide's least, at which every name fits its tile (a long name took its tile's words away, "2" beside
    "3  Evaluación del hogar"); a name too long for its tile even then is shown by its number, and the
    size is that of the names that do fit (one long name does not take the others' words away)."""
    n = len(journey.phases)
    if not n:
        return []
    gap, height = 4.0, ctx.height * 0.11
    width = (ctx.width - 2 * ctx.margin - gap * (n - 1)) / n
    top = ctx.height - ctx.margin - height
    boxes = [Box(ctx.margin + i * (width + gap), top, width, height) for i in range(n)]
    inks = [heading_ink(ctx.kit.palette.phase(i), ctx.ink) for i in range(n)]

    def named(i: int, size: float) -> Para:
        phase = journey.phases[i]
        text = phase_heading_after(str(i + 1), phase, "  ")
        return Para(text, size, inks[i], True, "heading", str(phase.source or ""))

    # the size is searched over the names that fit at the least size: one name too long even then is its
    # number, and does not send every other tile back to the largest size, their names to numbers
    def fit(i: int, size: float) -> bool:  # the name in its tile, no word of it broken inside
        return fits(ctx.setter, [named(i, size)], boxes[i]) and whole_words(ctx, named(i, size), boxes[i].w)

    fitting = [i for i in range(n) if fit(i, MIN_SIZE)]

    def all_fit(size: float) -> bool:
        return all(fit(i, size) for i in fitting)

    size = largest_fitting(all_fit, MIN_SIZE, RIBBON_SIZE, 1) if fitting else RIBBON_SIZE
    frames = []
    for i, phase in enumerate(journey.phases):
        para = named(i, size)
        if i not in fitting:
            para = Para(str(i + 1), size, inks[i], True, "heading", str(phase.source or ""))
        fill = ctx.kit.palette.phase(i)
        border = readable_on(ctx.kit.palette.primary, ctx.ink)
        frames.append(Frame(boxes[i], [para], fill=fill, border=border, name=f"ribbon {i + 1}"))
    return frames


RIBBON_SIZE = 14.0  # the title slide's ribbon of phases: its names' largest size
