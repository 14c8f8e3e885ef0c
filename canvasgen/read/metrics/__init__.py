"""Measured figures: what they are (kinds), where they come from (lane, sheet, CSV), how they are checked."""
