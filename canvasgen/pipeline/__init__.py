"""The one way canvasgen turns workbooks into files: read -> analyse -> lay out -> render.

``run()`` serves `build`, `watch`, folder builds, `gaps` and (through ``compare``) `diff`; `check`
uses its first two stages. Each stage is a module here: ``read`` (workbook, companions and metrics to
the model), ``analyse`` (the view the map and deck draw beside the words), ``render`` (layouts handed
to the renderers, files written atomically), ``warm`` (kits, fonts and templates kept between runs,
keyed by their files), ``compare`` (the gap and version reports).
"""

from canvasgen.pipeline.analyse import Analysis, analyse
from canvasgen.pipeline.options import SLIDE_HEIGHT, SLIDE_WIDTH, BuildOptions, Extras
from canvasgen.pipeline.read import read
from canvasgen.pipeline.result import BuildResult, describe
from canvasgen.pipeline.run import run
from canvasgen.pipeline.warm import brand_kit, kit_stamp, template

__all__ = [
    "SLIDE_HEIGHT",
    "SLIDE_WIDTH",
    "Analysis",
    "BuildOptions",
    "BuildResult",
    "Extras",
    "analyse",
    "brand_kit",
    "describe",
    "kit_stamp",
    "read",
    "run",
    "template",
]
