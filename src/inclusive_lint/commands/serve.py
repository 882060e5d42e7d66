"""``inclusive-lint serve``: the upload page (needs the ``web`` extra)."""
from __future__ import annotations

import ipaddress

import click

from . import fail


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8321, show_default=True, type=click.IntRange(0, 65535))
@click.option("--jobs", "-j", default=0, type=click.IntRange(min=0),
              help="Documents checked at once (default 0: one per CPU).")
@click.option("--queue", default=32, show_default=True, type=click.IntRange(min=1),
              help="Requests that may wait; more get a 'busy, try again' page.")
@click.option("--max-upload-mb", default=50, show_default=True, type=click.IntRange(min=1),
              help="Size limit per file and per request, in MB.")
@click.option("--timeout", default=120.0, show_default=True, type=click.FloatRange(min=1),
              help="Per-document time limit in seconds.")
def command(host, port, jobs, queue, max_upload_mb, timeout):
    """Serve a web page to upload documents and read the findings (localhost only by default)."""
    try:
        import uvicorn

        from ..web.app import Options, create_app
    except ImportError as exc:
        fail(f"the web page needs the 'web' extra ({exc.name} is missing): pip install 'inclusive-lint[web]'")
    from ..parallel import cpu_count

    if not _loopback(host):
        click.echo(f"inclusive-lint: warning: listening on {host}: anyone who can reach port {port} can upload "
                   "documents. Put it behind your own sign-in (see the README).", err=True)
    options = Options(jobs=jobs or cpu_count(), queue=queue, max_mb=max_upload_mb, timeout=timeout)
    app = create_app(options)
    click.echo(f"inclusive-lint: serving on http://{host if ':' not in host else f'[{host}]'}:{port}/ "
               "(Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning",
                limit_concurrency=max(64, queue * 2), timeout_keep_alive=5)
