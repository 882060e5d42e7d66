"""``inclusive-lint lsp`` driven over stdio by a real LSP client (pytest-lsp): diagnostics with
exact UTF-16 ranges, quick fixes, the allow-here suppression, hover and config reloads."""
import asyncio
import re
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio(loop_scope="module")

POLICY = (
    "# Visiting policy \U0001F3E5\n"
    "\n"
    "Caf\u00e9 staff \u2014 \U0001F600 each visitor must show his or her pass at reception.\n"
    "\n"
    "The Chairman signs the visiting rota every week.\n"
    "\n"
    "Please give the name of your next of kin.\n"
)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def expected_range(text: str, words: str) -> types.Range:
    """The LSP range of ``words`` in ``text``, worked out here independently of the server."""
    i = text.index(words)
    line = text.count("\n", 0, i)
    col = i - (text.rfind("\n", 0, i) + 1)
    row = text.split("\n")[line]
    start = utf16(row[:col])
    return types.Range(start=types.Position(line=line, character=start),
                       end=types.Position(line=line, character=start + utf16(words)))


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(
    server_command=[sys.executable, "-m", "inclusive_lint", "lsp"]))
async def client(lsp_client: LanguageClient, request):
    root = request.getfixturevalue("tmp_path_factory").mktemp("workspace")
    lsp_client.root = root
    caps = types.ClientCapabilities(workspace=types.WorkspaceClientCapabilities(
        workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True, snippet_edit_support=True)))
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=caps, root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="ws")]))
    yield
    await lsp_client.shutdown_session()


async def until(predicate, timeout=120.0):
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(0.02)
    raise AssertionError("timed out waiting for the server")


class Doc:
    """An open document in the test client: keeps the text and version in step with the server."""

    def __init__(self, client, name, text):
        self.client, self.path, self.text, self.version = client, client.root / name, text, 1
        self.path.write_text(text, encoding="utf-8")
        self.uri = self.path.as_uri()
        client.diagnostics.pop(self.uri, None)
        lang = {"md": "markdown", "html": "html", "txt": "plaintext"}[name.rsplit(".", 1)[1]]
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=self.uri, language_id=lang, version=1, text=text)))

    def change(self, text):
        self.text, self.version = text, self.version + 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))

    def apply(self, edits):
        """Apply text edits (ranges in UTF-16 units) to the text and send the result."""
        lines = self.text.split("\n")

        def offset(pos):
            row = lines[pos.line]
            units = cps = 0
            while units < pos.character:
                units += 2 if ord(row[cps]) > 0xFFFF else 1
                cps += 1
            return sum(len(r) + 1 for r in lines[:pos.line]) + cps
        text = self.text
        for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            new = e.new_text if isinstance(e, types.TextEdit) else e.snippet.value
            text = text[:offset(e.range.start)] + new + text[offset(e.range.end):]
        self.change(text)

    async def codes(self, predicate=lambda codes: True):
        got = await until(lambda: (lambda d: d is not None and predicate([x.code for x in d]) and d)(
            self.client.diagnostics.get(self.uri)))
        return {d.code: d for d in got}


async def test_diagnostics_have_codes_links_and_exact_utf16_ranges(client):
    doc = Doc(client, "policy.md", POLICY)
    diags = await doc.codes(lambda c: "PRN-003" in c)
    assert {"PRN-003", "ROL-001", "FAM-001"} <= set(diags), sorted(diags)
    prn = diags["PRN-003"]
    assert prn.range == expected_range(POLICY, "his or her")      # an emoji and "é" come first
    assert prn.range.start.character == 39                          # 38 code points, 39 UTF-16 units
    assert prn.source == "inclusive-lint" and prn.severity == types.DiagnosticSeverity.Information
    assert prn.code_description.href.startswith("https://")
    assert diags["ROL-001"].range == expected_range(POLICY, "Chairman")
    assert diags["ROL-001"].severity == types.DiagnosticSeverity.Warning


async def test_a_change_that_removes_a_finding_removes_its_diagnostic(client):
    doc = Doc(client, "change.md", POLICY)
    await doc.codes(lambda c: "ROL-001" in c)
    for n in range(5):     # a burst of edits: the last text is what counts
        doc.change(POLICY.replace("The Chairman signs", "The chair signs" + " " * n))
    diags = await doc.codes(lambda c: "ROL-001" not in c)
    assert "PRN-003" in diags and "FAM-001" in diags


async def test_quick_fix_replaces_the_words_and_keeps_their_case(client):
    doc = Doc(client, "fix.md", POLICY)
    rol = (await doc.codes(lambda c: "ROL-001" in c))["ROL-001"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=doc.uri), range=rol.range,
        context=types.CodeActionContext(diagnostics=[rol])))
    fixes = [a for a in actions if a.title.startswith("Replace")]
    assert [a.title for a in fixes] == ["Replace 'Chairman' with 'Chair' (ROL-001)"]
    assert [a.title for a in actions] == ["Replace 'Chairman' with 'Chair' (ROL-001)",   # no fix-all
                                          "Allow ROL-001 here with a reason\u2026"]
    doc.apply(fixes[0].edit.changes[doc.uri])
    assert "The Chair signs the visiting rota" in doc.text
    diags = await doc.codes(lambda c: "ROL-001" not in c)
    assert "PRN-003" in diags


async def test_allow_here_inserts_a_suppression_that_silences_the_finding(client):
    doc = Doc(client, "allow.md", POLICY)
    prn = (await doc.codes(lambda c: "PRN-003" in c))["PRN-003"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=doc.uri), range=prn.range,
        context=types.CodeActionContext(diagnostics=[prn])))
    allow = [a for a in actions if a.title.startswith("Allow PRN-003 here")]
    assert len(allow) == 1
    (change,) = allow[0].edit.document_changes
    (edit,) = change.edits
    assert edit.snippet.value == "<!-- inclusive-lint-disable-next-line PRN-003 -- ${1:reason} -->\n"
    edit.snippet.value = edit.snippet.value.replace("${1:reason}", "quoting the 1983 Act")   # the user types
    doc.apply([edit])
    assert "<!-- inclusive-lint-disable-next-line PRN-003 -- quoting the 1983 Act -->\nCaf" in doc.text
    diags = await doc.codes(lambda c: "PRN-003" not in c)
    assert "ROL-001" in diags


async def test_hover_explains_the_rule(client):
    doc = Doc(client, "hover.md", POLICY)
    prn = (await doc.codes(lambda c: "PRN-003" in c))["PRN-003"]
    inside = types.Position(line=prn.range.start.line, character=prn.range.start.character + 2)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=doc.uri), position=inside))
    value = hover.contents.value
    assert "**PRN-003**" in value and "**Why:**" in value and "**Framework:**" in value and "Pillar 2.3" in value
    assert "- they" in value                                        # the suggestions
    outside = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=doc.uri), position=types.Position(line=1, character=0)))
    assert outside is None


async def test_html_and_text_documents(client):
    html = "<p>\u00c9quipe \U0001F600: ask the chairman.</p>\n"
    doc = Doc(client, "page.html", html)
    diags = await doc.codes(lambda c: "ROL-001" in c)
    assert diags["ROL-001"].range == expected_range(html, "chairman")
    txt = Doc(client, "notes.txt", "Each nurse must wear his badge.\n")
    prn = (await txt.codes(lambda c: bool(c)))
    (d,) = prn.values()
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=txt.uri), range=d.range,
        context=types.CodeActionContext(diagnostics=[d])))
    assert not [a for a in actions if a.title.startswith("Allow")]   # plain text has no comments


async def test_config_changes_reload_the_packs_and_bad_config_falls_back(client):
    doc = Doc(client, "config.md", POLICY)
    await doc.codes(lambda c: "FAM-001" in c)
    config = client.root / ".inclusive-lint.yaml"

    def saved():
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
    config.write_text("ignore: [FAM]\n", encoding="utf-8")
    saved()
    diags = await doc.codes(lambda c: "FAM-001" not in c)
    assert "PRN-003" in diags
    before = len(client.messages)
    config.write_text("ignroe: [FAM]\n", encoding="utf-8")       # a typo: the defaults apply
    saved()
    await doc.codes(lambda c: "FAM-001" in c)
    msg = await until(lambda: client.messages[before:])
    assert msg[0].type == types.MessageType.Error
    assert re.search(r"unknown config key 'ignroe'.*did you mean.*using the default rules", msg[0].message)
    config.unlink()
    saved()
    await doc.codes(lambda c: "FAM-001" in c)


async def test_a_broken_pack_is_a_message_and_the_defaults_still_run(client):
    sub = client.root / "team"
    sub.mkdir()
    (sub / ".inclusive-lint.yaml").write_text("packs: [our-pack.yaml]\n", encoding="utf-8")
    (sub / "our-pack.yaml").write_text("pack: ours\nrules:\n  - id: OUR-001\n", encoding="utf-8")
    client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
        event=types.WorkspaceFoldersChangeEvent(added=[types.WorkspaceFolder(uri=sub.as_uri(), name="team")],
                                                removed=[])))
    before = len(client.messages)
    doc = Doc(client, "team/leaflet.md", "Each visitor must show his or her pass.\n")
    diags = await doc.codes(lambda c: "PRN-003" in c)
    assert list(diags) == ["PRN-003"]
    msgs = await until(lambda: [m for m in client.messages[before:] if "our-pack.yaml" in m.message])
    assert msgs[0].type == types.MessageType.Error and "using the default rules" in msgs[0].message



async def test_a_waiver_file_silences_its_finding_and_reloads(client):
    sub = client.root / "waived"
    sub.mkdir()
    (sub / ".inclusive-lint.yaml").write_text("fail-level: warning\n", encoding="utf-8")
    client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
        event=types.WorkspaceFoldersChangeEvent(added=[types.WorkspaceFolder(uri=sub.as_uri(), name="w")],
                                                removed=[])))
    doc = Doc(client, "waived/leave.md", POLICY)
    await doc.codes(lambda c: "FAM-001" in c)
    (sub / ".inclusive-lint-waivers.yaml").write_text(
        "waivers:\n  - rule: FAM-001\n    path: leave.md\n    reason: the regional transfer form uses this term\n",
        encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
        uri=(sub / ".inclusive-lint-waivers.yaml").as_uri(), type=types.FileChangeType.Created)]))
    diags = await doc.codes(lambda c: "FAM-001" not in c)
    assert "PRN-003" in diags


async def test_after_each_edit_the_diagnostics_equal_a_fresh_lint(client):
    """Word edits, a paragraph added, moved and removed, an edit to a lead-in above a list and a
    fact stated elsewhere: after each, what the server publishes for that version is what a fresh
    lint of the current text finds."""
    from inclusive_lint.api import build_settings, lint_file
    from inclusive_lint.config import load_config
    from inclusive_lint.lsp.convert import diagnostic

    settings = build_settings(load_config(use_project=True, cwd=client.root))
    paras = ["# Staff handbook", "Before the interview each applicant must:",
             "- send his portfolio to the panel\n- bring his passport", POLICY.strip(),
             "Spouses are entitled to the same discount as staff.", "The chairman signs the rota."]
    edits = [lambda p: p.__setitem__(1, "Before the interview Mr Patel must:"),
             lambda p: p.__setitem__(5, "The chair signs the rota."),
             lambda p: p.insert(3, "Pensions go to the surviving spouse or civil partner."),
             lambda p: p.append(p.pop(4)),                  # the visiting paragraph moves to the end
             lambda p: p.__setitem__(1, "Before the interview each applicant must:"),
             lambda p: p.pop(3),
             lambda p: p.__setitem__(3, p[3].replace("Spouses", "Husbands and wives"))]
    seen = []
    for edit in [None] + edits:
        version = 1 if edit is None else doc.version + 1
        waiting = asyncio.ensure_future(_published(client, client.root / "sequence.md", version))
        await asyncio.sleep(0)              # listening before the change goes out
        if edit is None:
            doc = Doc(client, "sequence.md", "\n\n".join(paras) + "\n")
        else:
            edit(paras)
            doc.change("\n\n".join(paras) + "\n")
        got = await asyncio.wait_for(waiting, 120)
        result = lint_file(str(doc.path), settings, data=doc.text.encode("utf-8"))
        lines = doc.text.split("\n")
        want = [diagnostic(lines, f) for f in result.findings]
        assert [(d.code, d.range, d.message) for d in got] == [(d.code, d.range, d.message) for d in want]
        seen.append(sorted(d.code for d in got))
    assert "PRN-001" in seen[0] and "PRN-001" not in seen[1] and "PRN-001" in seen[5]
    assert "FAM-005" in seen[0] and "FAM-005" not in seen[3] and "FAM-005" in seen[6]
    assert seen[7] != seen[6]


async def _published(client, path, version):
    uri = path.as_uri()
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return params.diagnostics


async def test_a_burst_of_edits_ends_with_the_latest_versions_diagnostics(client):
    """No gathering delay: after 20 quick edits the diagnostics are the last edit's (how many of
    the versions in between are linted depends on timing;
    ``test_edits_made_during_a_lint_are_linted_once_after_it`` pins that down)."""
    text = "\n\n".join([POLICY.strip()] * 40) + "\n"
    doc = Doc(client, "burst.md", text)
    await doc.codes(lambda c: c.count("ROL-001") == 40)
    for n in range(20):
        doc.change(text.replace("The Chairman signs", "The chair signs", n + 1))
    await doc.codes(lambda c: c.count("ROL-001") == 20)
    await asyncio.sleep(0.3)                       # and nothing older arrives after it
    assert [d.code for d in client.diagnostics[doc.uri]].count("ROL-001") == 20


async def test_edits_made_during_a_lint_are_linted_once_after_it(tmp_path):
    """The server's scheduling, with a lint held open: the first change is linted at once, the
    19 made meanwhile once, together, on the latest text, and only that version is published."""
    import threading

    from pygls.workspace import Workspace

    from inclusive_lint.lsp.server import InclusiveLintServer

    server = InclusiveLintServer()
    server.protocol._workspace = Workspace(None)
    uri = (tmp_path / "held.md").as_uri()
    server.workspace.put_text_document(types.TextDocumentItem(uri=uri, language_id="markdown", version=1,
                                                              text="v1"))
    release, linted, published = threading.Event(), [], []

    def lint(path, source):
        linted.append(source)
        release.wait(30)
        return [], []
    server.lint = lint
    server.text_document_publish_diagnostics = lambda params: published.append(params.version)

    server.schedule(uri)
    while not linted:
        await asyncio.sleep(0.001)        # the first lint is running, held
    for version in range(2, 21):
        server.workspace.update_text_document(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            types.TextDocumentContentChangeWholeDocument(text=f"v{version}"))
        server.schedule(uri)
        await asyncio.sleep(0.01)         # its lint is due now, while the first still runs
    release.set()
    for _ in range(2000):
        if published:
            break
        await asyncio.sleep(0.005)
    await asyncio.sleep(0.05)             # nothing more comes
    assert linted == ["v1", "v20"] and published == [20]
