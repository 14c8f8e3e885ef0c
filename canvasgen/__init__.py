"""canvasgen: customer journey canvases from Excel to print-ready posters and workshop decks."""

__version__ = "0.1.0"
