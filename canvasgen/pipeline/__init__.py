"""The one way canvasgen turns workbooks into files: read -> analyse -> lay out -> render.

``run()`` serves `build`, `watch`, folder builds, `gaps` and (through ``compare``) `diff`; `check`
uses its first two stages. Each stage has a module: ``read`` (workbook, companions and metrics to the
model), ``analysis.analyse`` (the view the map and deck draw beside the words), ``render`` (layouts
handed to the renderers, files written atomically); ``warm`` keeps kits, fonts and templates between
runs, keyed by their files; ``compare`` makes the gap and version reports, ``kit`` the workshop kit and
``apply`` brings the workshop's changes back into the workbook. Around one run: ``plan`` says which
files a folder build reads and the distinct name each is written under, ``batch`` builds them in
parallel with a cache, ``watch`` rebuilds on every save, ``summary`` says what a check read.
"""

from canvasgen.analysis.analyse import Analysis, analyse
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
