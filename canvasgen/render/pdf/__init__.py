"""Layouts drawn as PDF with reportlab: ``document`` draws any layout's pages (the poster, the kit's
sheets, the reports) with the print options (bleed, crop marks, CMYK), ``tiles`` the poster tiled over
small paper, ``tags`` the structure a tagged PDF carries, ``icons`` the channel icons; every use of
reportlab's private names is in ``private``."""
