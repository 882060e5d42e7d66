"""``inclusive-lint lsp``: a Language Server Protocol server over stdio, built on pygls.

Open .md, .markdown, .txt, .html and .htm documents are linted on open, on change and on save.
A change is linted at once when no lint of that document is running (after ``debounce_ms``, 0
unless the client sets it); changes that arrive while one runs are linted once, after it, on
the latest text, so at most one lint per document runs and one waits, however fast the typing.
Each lint reuses the unchanged paragraphs' judgements (``incremental``) and uses the same
config discovery, packs, inline suppressions and waivers as the command line. Each diagnostic
gives the rule id as its code with a link; code actions offer one quick fix per replacement and
"Allow here with a reason…"; hovering a finding shows the rule's explanation.
"""
from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from . import convert
from .workspace import Workspaces

FORMATS = (".md", ".markdown", ".txt", ".html", ".htm")
DEBOUNCE_MS = 0         # edits during a lint are gathered anyway (see lint_and_publish)

log = logging.getLogger(__name__)


class InclusiveLintServer(LanguageServer):
    def __init__(self):
        super().__init__("inclusive-lint", __version__)
        self.workspaces = Workspaces()
        self.debounce = DEBOUNCE_MS / 1000
        self.pending: dict = {}          # uri -> asyncio.TimerHandle of the next lint
        self.running: set = set()        # uris being linted now
        self.dirty: set = set()          # uris changed while being linted
        self.diagnostics: dict = {}      # uri -> (version, [Diagnostic])
        self.rules: dict = {}            # rule id -> Rule, for hovers
        self.reported: set = set()       # config errors already shown
        self.remembered: dict = {}       # path -> incremental.Remembered: kept from its last lint
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lint")

    # --- linting -------------------------------------------------------------------------
    def wanted(self, uri: str) -> bool:
        return uri.startswith("file:") and os.path.splitext(to_fs_path(uri) or "")[1].lower() in FORMATS

    def schedule(self, uri: str, delay: float | None = None) -> None:
        if not self.wanted(uri):
            return
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(self.debounce if delay is None else delay,
                                            lambda: asyncio.ensure_future(self.lint_and_publish(uri)))

    async def lint_and_publish(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri in self.running:
            self.dirty.add(uri)        # linted again, on the latest text, when this one ends
            return
        self.running.add(uri)
        try:
            await self._lint_and_publish(uri)
        finally:
            self.running.discard(uri)
            if uri in self.dirty:
                self.dirty.discard(uri)
                self.schedule(uri, delay=0)

    async def _lint_and_publish(self, uri: str) -> None:
        doc = self.workspace.text_documents.get(uri)
        if doc is None:        # closed meanwhile
            return
        version, source = doc.version, doc.source
        path = to_fs_path(uri) or uri
        loop = asyncio.get_running_loop()
        try:
            diags, notes = await loop.run_in_executor(self.executor, self.lint, path, source)
        except Exception as exc:   # never let one document take the server down
            log.exception("lint failed")
            diags, notes = [], [(types.MessageType.Error, f"inclusive-lint could not check "
                                 f"{os.path.basename(path)}: {type(exc).__name__}: {exc}")]
        for kind, text in notes:
            self.message(kind, text)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return                     # edited meanwhile: a newer lint is on its way
        self.diagnostics[uri] = (version, diags)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diags))

    def lint(self, path: str, source: str):
        """(diagnostics, [(message type, text)]) for one document; runs in the lint thread."""
        from ..api import lint_file
        from ..filter import finish_report
        from ..model import Report
        from . import incremental

        state = self.workspaces.for_path(path)
        settings, error = state.get()
        notes = []
        if error and error not in self.reported:
            self.reported.add(error)
            notes.append((types.MessageType.Error, f"inclusive-lint: {error}"))
        elif not error:
            self.reported.clear()
        self.rules = settings.ruleset.by_id
        kept = self.remembered.get(path)
        if kept is None:
            kept = self.remembered[path] = incremental.Remembered()
        result = lint_file(path, settings, data=source.encode("utf-8"), display_path=path,
                           read=kept.read, analyse=kept.analyse)
        if result.errors:
            notes.append((types.MessageType.Warning,
                          f"inclusive-lint: {os.path.basename(path)}: {result.errors[0].message}"))
            return [], notes
        report = Report(files=[result])
        finish_report(report, settings)          # waivers
        out = kept.diagnostics.convert(source.split("\n"), [f for f in result.findings if not f.waived])
        return out, notes

    def message(self, kind, text: str) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=text))

    def relint_open(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, delay=0)


server = InclusiveLintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: InclusiveLintServer, params: types.InitializeParams):
    roots = [to_fs_path(f.uri) for f in params.workspace_folders or ()]
    if not roots and params.root_uri:
        roots = [to_fs_path(params.root_uri)]
    elif not roots and params.root_path:
        roots = [params.root_path]
    ls.workspaces.set_roots([r for r in roots if r])
    opts = params.initialization_options if isinstance(params.initialization_options, dict) else {}
    if isinstance(opts.get("debounce_ms"), (int, float)) and opts["debounce_ms"] >= 0:
        ls.debounce = opts["debounce_ms"] / 1000


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: InclusiveLintServer, params: types.DidOpenTextDocumentParams):
    ls.schedule(params.text_document.uri, delay=0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: InclusiveLintServer, params: types.DidChangeTextDocumentParams):
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: InclusiveLintServer, params: types.DidSaveTextDocumentParams):
    path = to_fs_path(params.text_document.uri) or ""
    if ls.workspaces.is_config(path):
        ls.relint_open()           # the settings notice the change and reload
    else:
        ls.schedule(params.text_document.uri, delay=0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: InclusiveLintServer, params: types.DidCloseTextDocumentParams):
    uri = params.text_document.uri
    handle = ls.pending.pop(uri, None)
    if handle is not None:
        handle.cancel()
    ls.diagnostics.pop(uri, None)
    ls.remembered.pop(to_fs_path(uri) or uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched(ls: InclusiveLintServer, params: types.DidChangeWatchedFilesParams):
    if any(ls.workspaces.is_config(to_fs_path(c.uri) or "") for c in params.changes):
        ls.relint_open()


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_folders(ls: InclusiveLintServer, params: types.DidChangeWorkspaceFoldersParams):
    ls.workspaces.set_roots([to_fs_path(f.uri) for f in params.event.added if to_fs_path(f.uri)])
    ls.workspaces.remove_roots([to_fs_path(f.uri) for f in params.event.removed if to_fs_path(f.uri)])
    ls.relint_open()


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: InclusiveLintServer, params: types.DidChangeConfigurationParams):
    ls.relint_open()


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
def code_action(ls: InclusiveLintServer, params: types.CodeActionParams):
    uri = params.text_document.uri
    doc = ls.workspace.get_text_document(uri)
    lines = doc.source.split("\n")
    mine = [d for d in params.context.diagnostics if d.source == convert.SOURCE]
    if not mine:     # a client that sends no context: the published ones under the cursor
        mine = [d for d in ls.diagnostics.get(uri, (None, []))[1] if convert.overlaps(d.range, params.range)]
    caps = ls.client_capabilities.workspace
    snippets = bool(caps and caps.workspace_edit and caps.workspace_edit.snippet_edit_support)
    allow = os.path.splitext(to_fs_path(uri) or "")[1].lower() in convert.ALLOW_FORMATS
    actions = []
    for d in mine:
        actions += convert.quick_fixes(uri, d)
        if allow:
            actions.append(convert.allow_action(uri, lines, d, snippets))
    return actions


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: InclusiveLintServer, params: types.HoverParams):
    from ..rule_text import explain_markdown

    pos = params.position
    here = types.Range(start=pos, end=pos)
    for d in ls.diagnostics.get(params.text_document.uri, (None, []))[1]:
        rule = ls.rules.get(d.code)
        if rule is not None and convert.overlaps(d.range, here):
            return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                            value=explain_markdown(rule)), range=d.range)
    return None


def main() -> None:
    server.start_io()
