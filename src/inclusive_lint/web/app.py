"""The Starlette app: upload page, results (the command line's HTML report plus downloads),
downloads as attachments, rule pages, static files, security headers on every response."""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from .. import __version__
from . import jobs
from .store import ResultStore
from .uploads import MAX_FILES, UploadError, receive

HERE = Path(__file__).resolve().parent
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}
FAIL_LEVELS = [("error", "Errors only"), ("warning", "Warnings and errors (the default)"),
               ("info", "Everything, including prompts to review"), ("never", "Never fail: list findings only")]
STATIC = {"web.css": "text/css; charset=utf-8", "upload.js": "text/javascript; charset=utf-8"}
MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf": "application/pdf", "json": "application/json", "sarif": "application/sarif+json",
        "csv": "text/csv; charset=utf-8"}


@dataclass
class Options:
    jobs: int = 2
    queue: int = 32
    max_mb: int = 50
    timeout: float = 120.0
    keep_minutes: int = 30


class WebApp:
    """State shared by the requests: settings per choice of packs and fail level, the gate,
    the download store and the private folder uploads go into."""

    def __init__(self, options: Options):
        import jinja2

        from ..readers import READERS

        self.options = options
        self.gate = jobs.Gate(options.jobs, options.queue)
        self.store = ResultStore(ttl=options.keep_minutes * 60.0)
        self.root = tempfile.mkdtemp(prefix="inclusive-lint-web-")     # mode 0700
        self.known_ext = tuple(sorted(READERS))
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                                      trim_blocks=True, lstrip_blocks=True)
        self._settings: dict = {}
        self.counts = {"requests": 0, "documents": 0, "findings": 0, "busy": 0, "refused": 0}
        self.base = self.settings(None, "warning")        # loads the rules once, before any fork
        jobs.preload()

    def settings(self, packs, fail_level: str):
        from ..api import build_settings
        from ..config import load_config

        key = (tuple(sorted(packs)) if packs else None, fail_level)
        if key not in self._settings:
            overrides = {"select": list(key[0]) if key[0] else [], "fail-level": fail_level}
            settings = build_settings(load_config(use_project=False, overrides=overrides))
            settings.ruleset.backend().warm()    # tokenizer (and spaCy only if a rule needs it) before forks
            self._settings[key] = settings
        return self._settings[key]

    def page(self, template: str, status: int = 200, **data) -> HTMLResponse:
        html = self.env.get_template(template).render(version=__version__, keep_minutes=self.options.keep_minutes,
                                                      **data)
        return HTMLResponse(html, status_code=status, headers=HEADERS)

    def message(self, title: str, message: str, status: int, **data) -> HTMLResponse:
        return self.page("message.html.j2", status=status, title=title, message=message, **data)

    def log(self) -> None:
        c = self.counts
        print(f"inclusive-lint serve: {c['requests']} requests, {c['documents']} documents, "
              f"{c['findings']} findings, {c['busy']} busy, {c['refused']} refused", file=sys.stderr, flush=True)

    # --- routes ---------------------------------------------------------------------------

    async def upload_page(self, request):
        rules = self.base.ruleset.rules
        counts: dict = {}
        for rule in rules:
            counts[rule.pack] = counts.get(rule.pack, 0) + 1
        packs = [{"name": p.name, "rules": counts.get(p.name, 0)} for p in self.base.ruleset.packs]
        types = "Word (.docx), PDF, Markdown, HTML or plain text"
        return self.page("upload.html.j2", title="Check a document for inclusive wording", packs=packs,
                         rules=sorted(rules, key=lambda r: r.id), fail_levels=FAIL_LEVELS, types=types,
                         accept=",".join(self.known_ext), max_mb=self.options.max_mb, max_files=MAX_FILES)

    async def lint(self, request):
        try:
            self.gate.admit()
        except jobs.Busy:
            self.counts["busy"] += 1
            response = self.message("Busy: please try again", "The server is checking as many documents as "
                                    "it can. Nothing was kept. Please try again in a minute.", 503)
            response.headers["Retry-After"] = "30"
            return response
        folder = tempfile.mkdtemp(dir=self.root)
        try:
            return await self._lint(request, folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            self.gate.leave()
            self.counts["requests"] += 1
            self.log()

    async def _lint(self, request, folder: str):
        limit = self.options.max_mb * 1024 * 1024
        try:
            form = await receive(request, folder, limit, limit, self.known_ext)
        except UploadError as exc:
            self.counts["refused"] += 1
            return self.message("The upload was refused", exc.message[0].upper() + exc.message[1:] + ".", exc.status)
        if not form.files:
            return self.message("No document chosen", "Choose at least one document to check.", 400)
        fail_level = (form.fields.get("fail_level") or ["warning"])[0]
        if fail_level not in dict(FAIL_LEVELS):
            return self.message("Unknown fail level", "Choose one of the fail levels offered.", 400)
        known = {p.name for p in self.base.ruleset.packs}
        packs = [p for p in form.fields.get("packs", []) if p in known]
        if not packs:
            return self.message("No rule pack chosen", "Tick at least one rule pack.", 400)
        settings = self.settings(packs if set(packs) != known else None, fail_level)
        report, downloads = await run_in_threadpool(jobs.lint_uploads, self.gate, settings, form.files,
                                                    self.options.timeout, self.options.max_mb)
        self.counts["documents"] += len(report.files)
        self.counts["findings"] += sum(len(r.findings) for r in report.files)
        if all(r.errors for r in report.files):      # nothing could be checked: say so plainly
            return self.message("The document could not be checked" if len(report.files) == 1 else
                                "None of the documents could be checked",
                                "Nothing was checked, so this is not a pass. The reason:", 422,
                                details=[f"{r.path}: {e.message}" for r in report.files for e in r.errors],
                                back="Check another document")
        token = self.store.put(downloads)
        return HTMLResponse(self.results_html(report, settings, token, downloads), headers=HEADERS,
                            status_code=200 if report.exit_code() < 2 else 422)

    def results_html(self, report, settings, token: str, downloads: dict) -> str:
        from ..formatters import render

        html = render("html", report, {"settings": settings})
        labels = {"annotated": "Annotated copy"} | {key: label for key, _, label in jobs.DOWNLOADS}
        documents = []
        for i, r in enumerate(report.files):
            links = [{"href": f"/download/{token}/{i}/{kind}", "label": labels[kind], "filename": name}
                     for kind, (name, _) in sorted(downloads.get(i, {}).items(), key=lambda kv: kv[0] != "annotated")]
            documents.append({"name": r.path, "links": links})
        rules = sorted({f.rule_id for r in report.files for f in r.findings})
        block = self.env.get_template("downloads.html.j2").render(documents=documents, rules=rules,
                                                                 keep_minutes=self.options.keep_minutes)
        match = re.search(r"<main\b[^>]*>", html)
        if match is None:       # the report's layout changed: put the downloads first in the body
            match = re.search(r"<body\b[^>]*>", html)
        html = html[:match.end()] + "\n" + block + html[match.end():]
        # the report is a standalone file that forbids forms; as a page it links back here
        return html.replace("form-action 'none'", "form-action 'self'")

    async def download(self, request):
        token = request.path_params["token"]
        item = self.store.get(token, request.path_params["index"], request.path_params["kind"])
        if item is None:
            return self.message("Download not found", "This download has expired or never existed. "
                                "Check the document again to get a new one.", 404)
        name, data = item
        ext = os.path.splitext(name)[1].lstrip(".").lower()
        ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "download"
        headers = dict(HEADERS, **{"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                                                          f"filename*=UTF-8''{quote(name)}"})
        return Response(data, media_type=MIME.get(ext, "application/octet-stream"), headers=headers)

    async def rule_page(self, request):
        from ..formatters.evidence import characteristic_label, framework_title
        from ..formatters.html import _safe_link

        rule_id = request.path_params["rule_id"].upper()
        rule = next((r for r in self.base.ruleset.rules if r.id == rule_id), None)
        if rule is None:
            return self.message("No such rule", f"There is no rule {rule_id[:20]}.", 404)
        return self.page("rule.html.j2", title=f"{rule.id}: {rule.name}", rule=rule,
                         framework=[framework_title(c) for c in rule.framework],
                         characteristics=[characteristic_label(c) for c in rule.characteristics],
                         examples=rule.examples or {}, link=_safe_link(rule.link))

    async def static(self, request):
        name = request.path_params["name"]
        if name not in STATIC:
            return PlainTextResponse("not found", status_code=404, headers=HEADERS)
        headers = dict(HEADERS, **{"Cache-Control": "max-age=3600"})
        return Response((HERE / "static" / name).read_bytes(), media_type=STATIC[name], headers=headers)

    async def not_found(self, request, exc):
        return self.message("Page not found", "There is no page at this address.", 404)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def create_app(options: Options | None = None) -> Starlette:
    web = WebApp(options or Options())
    routes = [
        Route("/", web.upload_page),
        Route("/lint", web.lint, methods=["POST"]),
        Route("/download/{token}/{index:int}/{kind}", web.download),
        Route("/rules/{rule_id}", web.rule_page),
        Route("/static/{name}", web.static),
        Route("/favicon.ico", lambda request: Response(status_code=204, headers=HEADERS)),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            web.close()

    app = Starlette(routes=routes, exception_handlers={404: web.not_found, 405: web.not_found},
                    lifespan=lifespan)
    app.state.web = web
    return app
