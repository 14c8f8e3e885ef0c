from canvasgen.cli import main

main(prog_name="canvasgen")
