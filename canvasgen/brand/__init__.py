"""Brand kits: colours, fonts and logo over a default kit."""
