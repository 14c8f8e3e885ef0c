"""The neighbours of a canvas on its sheet: what stands around a canvas found by its shape, cut into the
separate blocks a reader takes one at a time (a persona block above it, a column of notes right of it, an
empathy map left of it, a stage list below it)."""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.read.grid import Grid, Pos

Box = tuple[int, int, int, int]  # top row, left column, bottom row, right column
#: The most pieces of a sheet around its canvases joined into blocks (each pair is compared, again per join).
_MOST_PIECES = 60


@dataclass(frozen=True)
class _Block:
    """Cells of a sheet read together, the rows and columns they cover, and the canvases' sides they stand on."""

    cells: set[Pos]
    box: Box
    sides: set[tuple[int, str]]


def block_box(grid: Grid, cells: set[Pos]) -> Box:
    """The rows and columns a block covers, its merged cells whole."""
    ends = [(r + grid.span((r, c))[0] - 1, c + grid.span((r, c))[1] - 1) for r, c in cells]
    return min(r for r, _ in cells), min(c for _, c in cells), max(r for r, _ in ends), max(c for _, c in ends)


def _near(one: Box, other: Box) -> bool:
    """Two blocks at most one blank row or column apart, side by side or one over the other (never corner to
    corner): one block (an empathy map's halves with a blank column between, a persona's fields with a blank
    row among them)."""
    top, left, bottom, right = one
    o_top, o_left, o_bottom, o_right = other
    rows_meet, cols_meet = top <= o_bottom and o_top <= bottom, left <= o_right and o_left <= right
    rows_near, cols_near = top - 2 <= o_bottom and o_top <= bottom + 2, left - 2 <= o_right and o_left <= right + 2
    return (rows_meet and cols_near) or (cols_meet and rows_near)


def _touching(cells: set[Pos]) -> list[set[Pos]]:
    """The cells in groups that touch (a cell beside, over or diagonal to another)."""
    groups: list[set[Pos]] = []
    left = set(cells)
    while left:
        start = left.pop()
        group, todo = {start}, [start]
        while todo:
            r, c = todo.pop()
            for pos in [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]:
                if pos in left:
                    left.discard(pos)
                    group.add(pos)
                    todo.append(pos)
        groups.append(group)
    return groups


def _sides(box: Box, canvases: list[Box]) -> set[tuple[int, str]]:
    """The sides of each canvas a block stands on (over, under, left or right of it, in its columns or rows)."""
    top, left, bottom, right = box
    sides: set[tuple[int, str]] = set()
    for n, (c_top, c_left, c_bottom, c_right) in enumerate(canvases):
        in_rows, in_cols = top <= c_bottom and c_top <= bottom, left <= c_right and c_left <= right
        for side, stands in (
            ("above", in_cols and bottom < c_top),
            ("below", in_cols and top > c_bottom),
            ("left", in_rows and right < c_left),
            ("right", in_rows and left > c_right),
        ):
            if stands:
                sides.add((n, side))
    return sides


def _apart(one: set[tuple[int, str]], other: set[tuple[int, str]]) -> bool:
    """Blocks on different sides of one canvas (a map left of it and a table under it): never one block."""
    return any(n == m and side != other_side for n, side in one for m, other_side in other)


def _merged(one: _Block, other: _Block) -> _Block:
    top, left, bottom, right = one.box
    o_top, o_left, o_bottom, o_right = other.box
    box = (min(top, o_top), min(left, o_left), max(bottom, o_bottom), max(right, o_right))
    return _Block(one.cells | other.cells, box, one.sides | other.sides)


def neighbour_blocks(rest: Grid, canvases: list[Box]) -> list[set[Pos]]:
    """The blocks of a sheet's cells around its ``canvases`` (``rest``: the sheet without them), top to bottom:
    cells in one block when they touch, or stand at most one blank row or column from each other on the same
    side of a canvas. A canvas between two blocks keeps them apart: a persona table over a canvas never runs on
    into the notes under it, an empathy map left of it never into a table under it. A sheet of very many
    scattered pieces is one block (read whole, as a sheet of one neighbour is): joining them is quadratic."""
    pieces = _touching(set(rest.cells))
    if len(pieces) > _MOST_PIECES:
        return [set(rest.cells)] if pieces else []
    blocks = [_Block(cells, box := block_box(rest, cells), _sides(box, canvases)) for cells in pieces]
    merged = True
    while merged:
        merged = False
        for i, one in enumerate(blocks):
            other = next((b for b in blocks[i + 1 :] if _near(one.box, b.box) and not _apart(one.sides, b.sides)), None)
            if other is not None:
                blocks[i] = _merged(one, other)
                blocks.remove(other)
                merged = True
                break
    return sorted((block.cells for block in blocks), key=min)
