"""Gap and version reports as text for the terminal, and as blocks for pages and slides."""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.analysis.diff import FigureChange, ItemChange, LaneChange, RecordChange, VersionDiff
from canvasgen.analysis.gaps import Action, GapReport, Unmatched, ordered
from canvasgen.analysis.match import Pair
from canvasgen.figures import format_number, format_scores, format_share, format_target, format_value
from canvasgen.model import Item, Journey, Metric
from canvasgen.text import excerpt
from canvasgen.words import DIFF_WORDS, GAP_SHEETS, GAP_WORDS, said_cell

#: A line of a report and the cell it is about ("" for a line of canvasgen's own).
Line = tuple[str, str]


@dataclass(frozen=True)
class ReportBlock:
    """A heading and its lines: a card on the report's pages, a slide (continued as needed) in its deck."""

    heading: str
    lines: list[Line]
    #: How the lines were found (items paired by similarity): for the speaker's notes, never on the page.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionTable:
    """The actions as a table (the deck's, the gap workbook's): a header and rows of cells."""

    header: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class ReportParts:
    """A report added after a canvas's own poster pages and slides (the gap analysis): its title, its
    blocks, its actions (a block on the pages, a table in the deck) and the journeys whose curves are
    laid over each other under names of their own (ideal and current)."""

    title: str
    blocks: list[ReportBlock]
    actions: ReportBlock | None = None
    table: ActionTable | None = None
    compared: tuple[tuple[str, Journey], ...] = ()
    #: How the report was made (what it did not compare, on what basis it ranks): the first slide's notes.
    method: str = ""

    @property
    def pages(self) -> list[ReportBlock]:
        """The blocks of the report's pages: every block, the actions last."""
        return [*self.blocks, *([self.actions] if self.actions is not None else [])]


def gap_blocks(report: GapReport, extra: list[Action], language: str, client: bool = False) -> list[ReportBlock]:
    """The report's blocks: per phase, the lanes not compared, the phases not aligned, the actions.
    ``client``: for the pages and slides a client sees, in the client's words only — the items paired by
    similarity (with their score) go to each phase's notes, and what was not compared and why to
    ``gap_method``; the terminal says all of it on its lines."""
    w = GAP_WORDS[language]
    blocks: list[ReportBlock] = []
    for gap in report.phases:
        name = gap.phase if gap.phase == gap.current_phase else f"{gap.phase} / {gap.current_phase}"
        lines: list[tuple[str, str]] = []
        if gap.ideal_values or gap.current_values:
            signed, ideal_signed = gap.signs  # "+1" on -2..+2, as everywhere else; "7" on 1..10
            current = format_scores(gap.current_values, language, signed) or "–"
            ideal = format_scores(gap.ideal_values, language, ideal_signed) or "–"
            label = gap.experience or w["experience"]  # the client's label of the score row ("Cijfer (1-10)")
            lines.append((w["score"].format(label=label, current=current, ideal=ideal), ""))
        lines += [(f"{w['missing']}: {label}: {item.text}", str(item.source)) for label, item in gap.missing]
        lines += [(f"{w['without']}: {label}: {item.text}", str(item.source)) for label, item in gap.without_effect]
        lines += [(f"{w['left_behind']}: {label}: {item.text}", str(item.source)) for label, item in gap.left_behind]
        paired = [
            (
                f"{w['pairs']}: {p.left.text} ← {p.right.text} ({likeness(p, report.threshold, language)})",
                str(p.right.source),
            )
            for _, p in gap.pairs
            if not p.exact
        ]
        lines += [] if client else paired
        same = sum(1 for _, p in gap.pairs if p.exact)
        if same:
            lines.append((w["same_one"] if same == 1 else w["same"].format(count=same), ""))
        said = [(text, said_cell(source, language)) for text, source in paired]  # the trace in the deck's words
        notes = tuple(f"{text} ({source})" if source else text for text, source in said) if client else ()
        blocks.append(ReportBlock(name, lines or [("–", "")], notes))
    if report.not_compared and not client:
        blocks.append(
            ReportBlock(
                w["not_compared"], [(f"{', '.join(labels)}: {w[why]}", "") for why, labels in _by_reason(report)]
            )
        )
    if report.unaligned_ideal or report.unaligned_current:
        side = GAP_SHEETS[language]  # "Ideaal: Advocaat" in a Dutch report, never the terminal's English
        lines = [(f"{side['ideal']}: {name}", "") for name in report.unaligned_ideal]
        lines += [(f"{side['current']}: {name}", "") for name in report.unaligned_current]
        blocks.append(ReportBlock(w["unaligned"], lines))
    actions = ordered(report.actions + extra)
    said = [(action_line(a, language), a.source) for a in actions]
    blocks.append(ReportBlock(w["actions"], said or [("–", "")]))
    return blocks


def likeness(pair: Pair, threshold: float, language: str) -> str:
    """How alike a pair's texts are ("0,72"); for a pair made under the threshold by the verb both begin with
    (``Pair.deed``), why it is a pair all the same: a likeness of 0,16 beside a threshold of 0,6 would say
    nothing else."""
    share = format_share(pair.score, language)
    if not pair.deed or pair.score >= threshold:
        return share
    why = GAP_WORDS[language]["same_deed"].format(threshold=format_number(threshold, language), verb=pair.deed)
    return f"{share}; {why}"


def gap_method(report: GapReport, language: str) -> str:
    """How the gap report was made, for the speaker's notes (the terminal says it on its lines): how alike
    two items must be to be paired, what was not compared and why, and on what the priorities rest."""
    w = GAP_WORDS[language]
    lines = [w["method"].format(threshold=format_share(report.threshold, language)), *_basis(report, language)]
    if report.not_compared:
        lines.append(f"{w['not_compared']}:")
        lines += [f"- {', '.join(labels)}: {w[why]}" for why, labels in _by_reason(report)]
    return "\n".join(lines)


def _basis(report: GapReport, language: str) -> list[str]:
    """On what the actions' priorities rest; with neither journey scored, said so: the rule promises a ranking
    by the score gap that cannot happen (a score row written in a way the reader did not take, say)."""
    w = GAP_WORDS[language]
    scored = any(phase.ideal_values or phase.current_values for phase in report.phases)
    return [w["basis"], *_scales(report, language)] if scored else [w["basis"], w["unscored"]]


def _scales(report: GapReport, language: str) -> list[str]:
    """The scale each journey's scores were read on, and where the two differ, that they do and what the
    report compares then: never two scales' numbers taken for one."""
    w = GAP_WORDS[language]
    ideal, current = (str(scale) if scale is not None else "–" for scale in report.scales)
    lines = [w["scales"].format(ideal=ideal, current=current)]
    return [*lines, w["scales_differ"].format(ideal=ideal, current=current)] if report.scales_differ() else lines


def _by_reason(report: GapReport) -> list[tuple[Unmatched, list[str]]]:
    """The lanes not compared, one line per reason (the reason said once)."""
    grouped = [(why, [lane.label for lane in report.not_compared if lane.why == why]) for why in Unmatched]
    return [(why, labels) for why, labels in grouped if labels]


def action_line(action: Action, language: str) -> str:
    w = GAP_WORDS[language]
    return f"[{w[action.priority]}] {action.phase}: {w[action.kind]}: {action.text(language)}"


def gap_text(report: GapReport, extra: list[Action], language: str) -> str:
    """The report as the terminal says it: in the report's language (the canvas's, as build decides it, or
    ``--lang``'s), its words and its numbers ("drempel voor gelijkenis: 0,6" for a Dutch canvas)."""
    w = GAP_WORDS[language]
    lines = [
        f"{w['report_ideal']}: {report.ideal}",
        f"{w['report_current']}: {report.current}",
        f"{w['report_threshold']}: {format_number(report.threshold, language)}",
    ]
    lines.extend(_basis(report, language))  # on what each action's priority rests
    for block in gap_blocks(report, extra, language):
        lines.append(f"\n{block.heading}")
        lines.extend(f"  - {text}" + (f"  ({source})" if source else "") for text, source in block.lines)
    if report.said_once:  # what was decided, said where the command says it
        lines.append(f"\n{w['said_once']}:")
        lines.extend(
            f"  - {sheet.phase}: {lane.action} ({lane.source}) = {sheet.action} ({sheet.source})"
            for lane, sheet in report.said_once
        )
    return "\n".join(lines)


def diff_blocks(diff: VersionDiff, language: str = "en", verbose: bool = False) -> list[ReportBlock]:
    """The changes as blocks of lines; how alike a changed item is to what it was only when ``verbose``."""
    w = DIFF_WORDS[language]
    blocks: list[ReportBlock] = []
    if diff.journeys_added or diff.journeys_removed:
        lines = [(f"{w['journey_added']}: {n}", "") for n in diff.journeys_added]
        lines += [(f"{w['journey_removed']}: {n}", "") for n in diff.journeys_removed]
        blocks.append(ReportBlock(w["journeys"], lines))
    for journey in diff.journeys:
        lines = [(f"{label}: {old or '–'} → {new or '–'}", "") for label, old, new in journey.meta]
        if journey.order:  # the columns of phases moved: one change, not one per card
            before, after = (" | ".join(names) for names in journey.order)
            lines.append((f"{w['phases_reordered']}: {before} → {after}", ""))
        lines += [(f"{w['phase_added']}: {n}", "") for n in journey.phases_added]
        lines += [(f"{w['phase_removed']}: {n}", "") for n in journey.phases_removed]
        lines += [(f"{w['lane_added']}: {n}", "") for n in journey.lanes_added]
        lines += [(f"{w['lane_removed']}: {n}", "") for n in journey.lanes_removed]
        for phase in journey.phases:
            name = phase.new
            if phase.renamed:
                lines.append((f"{w['renamed']}: {phase.old} → {phase.new}", ""))
            if phase.score:
                # in the language the versions were compared in, as the rest of the report
                before, after = (format_scores(v, diff.language, phase.score_signed) or "–" for v in phase.score_values)
                lines.append((f"{name}: {w['score']} {before} → {after}", ""))
            for lane in phase.lanes:
                where = f"{name} · {lane.lane}"
                lines += [
                    (
                        f"{where}: {w['changed']}: {c.old.text} → {c.new.text}{_alike(c, w, language, verbose)}"
                        + _shown_in(lane, c.new.text, w),
                        str(c.new.source),
                    )
                    for c in lane.changed
                ]
                lines += [
                    (f"{where}: {w['added']}: {i.text}{_shown_in(lane, i.text, w)}", str(i.source)) for i in lane.added
                ]
                lines += [
                    (f"{where}: {w['removed']}: {i.text}{_shown_in(lane, i.text, w)}", str(i.source))
                    for i in lane.removed
                ]
                lines += [(f"{w['moved']}: {m.old} → {where}: {m.item.text}", str(m.item.source)) for m in lane.moved]
        blocks.append(ReportBlock(journey.name, lines or [(w["none"], "")]))
    for key, records in (("touchpoints", diff.touchpoints), ("personas", diff.personas)):
        if records:
            blocks.append(ReportBlock(w[key], [line for record in records for line in _record_lines(record, w)]))
    if diff.figures:
        blocks.append(ReportBlock(w["figures"], [(_figure_line(f, w, language), _cell(f)) for f in diff.figures]))
    return blocks


def _record_lines(record: RecordChange, w: dict[str, str]) -> list[tuple[str, str]]:
    """A touchpoint or persona that came, went or changed: "Telefoontje · Kanaal: telefoon → WhatsApp"."""
    if record.old is None or record.new is None:
        item = record.new or record.old
        assert item is not None
        return [(f"{w['added'] if record.old is None else w['removed']}: {item.text}", _source(item))]
    lines = []
    name = record.name  # the whole name once; each further line names the record by its start
    for label, old, new in record.fields:
        before, after = (" / ".join(i.text.splitlines()) if i is not None else "–" for i in (old, new))
        where = _source(new or old)
        if label == "name":
            lines.append((f"{w['record_renamed']}: {before} → {after}", where))
        else:
            lines.append((f"{name} · {label}: {before} → {after}", where))
        name = excerpt(record.name)
    return lines


def _source(item: Item | None) -> str:
    return str(item.source) if item is not None and item.source is not None else ""


def _alike(change: ItemChange, w: dict[str, str], language: str, verbose: bool) -> str:
    """ " (rewritten in the same place)", always: a card edited out of all likeness reads as one taken out and
    another written in its place, and the report says which it decided; " (similarity 0.87)" when asked for."""
    if change.similarity is None:
        return f" ({w['by_position']})"
    return f" ({w['similarity']} {format_share(change.similarity, language)})" if verbose else ""


def _figure_line(change: FigureChange, w: dict[str, str], language: str) -> str:
    """ "Actie · Checkout · Conversie: 2,4% → 2,7% (doel 2%: gehaald)"."""

    def shown(m: Metric | None) -> str:
        return format_value(m, language) if m is not None else "–"

    text = f"{change.where} · {change.metric}: {shown(change.old)} → {shown(change.new)}"
    latest = change.new
    if latest is None:
        return f"{text} ({w['gone']})"
    if change.old is None:
        text += f" ({w['new_figure']})"
    if latest.target is not None:
        target = format_target(latest, language)
        text += f" ({w['target']} {target}: {w['met'] if latest.met else w['missed']})"
    return text


def _cell(change: FigureChange) -> str:
    m = change.new or change.old
    return str(m.value_item.source) if m is not None and m.value_item.source else ""


def _shown_in(lane: LaneChange, text: str, w: dict[str, str]) -> str:
    """ " (in the journeys Journey – P1, Journey – P2)" after a change of a cell several journeys show."""
    journeys = lane.journeys.get(text)
    return f" ({w['in_journeys'].format(journeys=', '.join(journeys))})" if journeys else ""


def diff_text(diff: VersionDiff, verbose: bool = False) -> str:
    """The changes as the terminal says them: in the language the versions were compared in (the canvas's,
    as build decides it, or ``--lang``'s)."""
    lines = [f"{diff.old} → {diff.new}"]
    for block in diff_blocks(diff, diff.language, verbose):
        lines.append(f"\n{block.heading}")
        lines.extend(f"  - {text}" + (f"  ({source})" if source else "") for text, source in block.lines)
    return "\n".join(lines)
