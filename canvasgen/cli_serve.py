"""``canvasgen serve``: the local web page, for people who never open a terminal."""

from __future__ import annotations

import click

from canvasgen.web.guard import LOCAL_NAMES


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets others in (name the server with --allow-host).")  # fmt: skip
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--max-upload-mb", type=click.IntRange(1, 2000), default=50, show_default=True,
              help="Largest upload accepted.")  # fmt: skip
@click.option("--keep-minutes", type=click.FloatRange(1, 24 * 60), default=30, show_default=True,
              help="How long results stay downloadable.")  # fmt: skip
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Builds at once.  [default: the cores]")
@click.option("--allow-host", "allowed", multiple=True,
              help="A name the server may be reached by besides localhost (its host name on the network).")  # fmt: skip
def serve(host: str, port: int, max_upload_mb: int, keep_minutes: float, workers: int | None,
          allowed: tuple[str, ...]) -> None:  # fmt: skip
    """Serve the canvasgen page: drop a workbook in the browser, get the poster and the deck. Client data
    stays on this machine."""
    import os

    import uvicorn

    from canvasgen.web.app import Settings, create_app

    settings = Settings(host, max_upload_mb, keep_minutes, workers or os.cpu_count() or 2, allowed_hosts=allowed)
    shown = "localhost" if host in LOCAL_NAMES else host
    click.echo(f"canvasgen page on http://{shown}:{port}/  (Ctrl+C stops it)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
