"""Reading and writing canvas workbooks (the only part of canvasgen that knows Excel)."""
