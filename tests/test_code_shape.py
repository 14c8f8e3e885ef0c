"""The shape of the code: modules split by concept, not by length (the 500-line rule is retired; the size
rules for functions are ruff's)."""
