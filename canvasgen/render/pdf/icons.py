"""Channel icons drawn as vector paths (no emoji font): website, e-mail, social, ads, SMS, chat and messaging
apps, phone,
event, app, store, post (a letter) and desk (the counter).

Each icon is a filled disc in the given colour with a white pictogram, drawn
in a unit square and scaled; ``pen`` abstracts the drawing calls so that the
PDF renderer (and later the deck) can share the shapes.
"""

from __future__ import annotations

from typing import Protocol


class Pen(Protocol):
    def disc(self, cx: float, cy: float, r: float) -> None: ...
    def line(self, x1: float, y1: float, x2: float, y2: float, width: float) -> None: ...
    def rect(self, x: float, y: float, w: float, h: float, width: float, fill: bool = False) -> None: ...
    def circle(self, cx: float, cy: float, r: float, width: float, fill: bool = False) -> None: ...
    def polygon(self, points: list[tuple[float, float]], fill: bool = True, width: float = 0.0) -> None: ...


def draw_icon(pen: Pen, channel: str) -> None:
    """Draw in a unit square, y up, (0, 0) bottom-left; the pen fills the disc in the icon colour."""
    pen.disc(0.5, 0.5, 0.5)
    w = 0.075
    if channel == "email":
        pen.rect(0.22, 0.3, 0.56, 0.4, w)
        pen.line(0.22, 0.7, 0.5, 0.48, w)
        pen.line(0.5, 0.48, 0.78, 0.7, w)
    elif channel == "website":
        pen.circle(0.5, 0.5, 0.28, w)
        pen.line(0.22, 0.5, 0.78, 0.5, w)
        pen.line(0.5, 0.22, 0.5, 0.78, w)
        pen.circle(0.5, 0.5, 0.12, w)
    elif channel == "social":
        pen.circle(0.3, 0.5, 0.08, w, fill=True)
        pen.circle(0.68, 0.7, 0.08, w, fill=True)
        pen.circle(0.68, 0.3, 0.08, w, fill=True)
        pen.line(0.3, 0.5, 0.68, 0.7, w)
        pen.line(0.3, 0.5, 0.68, 0.3, w)
    elif channel == "ads":
        pen.polygon([(0.22, 0.42), (0.22, 0.58), (0.62, 0.74), (0.62, 0.26)])
        pen.rect(0.66, 0.44, 0.1, 0.12, w, fill=True)
        pen.line(0.3, 0.42, 0.36, 0.24, w)
    elif channel == "sms":
        pen.rect(0.22, 0.36, 0.56, 0.36, w)
        pen.polygon([(0.32, 0.36), (0.44, 0.36), (0.3, 0.24)])
        for x in (0.36, 0.5, 0.64):
            pen.circle(x, 0.54, 0.03, w, fill=True)
    elif channel == "phone":
        pen.rect(0.36, 0.2, 0.28, 0.6, w)
        pen.line(0.45, 0.28, 0.55, 0.28, w)
    elif channel == "event":
        pen.rect(0.24, 0.24, 0.52, 0.46, w)
        pen.line(0.24, 0.58, 0.76, 0.58, w)
        pen.line(0.36, 0.7, 0.36, 0.8, w)
        pen.line(0.64, 0.7, 0.64, 0.8, w)
    elif channel == "app":
        for x in (0.3, 0.54):
            for y in (0.3, 0.54):
                pen.rect(x, y, 0.16, 0.16, w, fill=True)
    elif channel == "store":
        pen.polygon([(0.2, 0.6), (0.8, 0.6), (0.72, 0.76), (0.28, 0.76)])
        pen.rect(0.26, 0.24, 0.48, 0.36, w)
        pen.rect(0.44, 0.24, 0.12, 0.2, w, fill=True)
    elif channel == "post":  # a letter's front, told from the e-mail's envelope flap by its stamp and address
        pen.rect(0.2, 0.3, 0.6, 0.4, w)
        pen.rect(0.6, 0.52, 0.12, 0.12, w, fill=True)
        pen.line(0.3, 0.46, 0.52, 0.46, w)
        pen.line(0.3, 0.38, 0.46, 0.38, w)
    elif channel == "desk":  # someone behind a counter
        pen.circle(0.5, 0.68, 0.09, w, fill=True)
        pen.polygon([(0.32, 0.44), (0.68, 0.44), (0.62, 0.56), (0.38, 0.56)])
        pen.rect(0.2, 0.26, 0.6, 0.12, w, fill=True)
    else:
        _draw_more(pen, channel, w)


def _draw_more(pen: Pen, channel: str, w: float) -> None:
    """The icons added since the first eleven: chat and messaging apps; any other channel a dot."""
    if channel == "messaging":  # two speech balloons, a conversation (the SMS's one balloon holds a text)
        pen.circle(0.4, 0.57, 0.2, w, fill=True)
        pen.polygon([(0.26, 0.46), (0.36, 0.4), (0.2, 0.3)])
        pen.circle(0.65, 0.4, 0.15, w)
        pen.polygon([(0.72, 0.3), (0.8, 0.22), (0.66, 0.27)])
    else:
        pen.circle(0.5, 0.5, 0.12, w, fill=True)
