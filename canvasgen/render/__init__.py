"""Renderers: from a layout to files (PDF now; PPTX next)."""
