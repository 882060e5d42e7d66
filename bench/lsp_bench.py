"""Latency and memory of ``inclusive-lint lsp`` as an editor sees them (not a test).

    python bench/lsp_bench.py [--edits 1000] [--pages 20] [--big-mb 5]

Starts the server over stdio with pygls's own client and a generated policy
(bench/make_corpus.py, about 500 words a page), then:

1. latency   one-word edits to a warm 20-page Markdown document, one at a time: wall time from
             sending didChange (the whole text, as a client without incremental sync sends it)
             to receiving its publishDiagnostics (any gathering delay included), and the
             server's CPU time for each (steadier on a shared machine), against the command line
             linting the same file (``inclusive-lint FILE --no-cache``) in the same run;
2. memory    the server's resident memory (VmRSS) after 0, 100, 250, 500 and 1,000 such edits;
3. splits    edits that split a paragraph in two or join it again (the paragraphs after it move,
             so their judgements that read a block number are made again);
4. big file  a 5 MB Markdown document opened in the server against the command line on it.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate  # noqa: E402

WORDS_PER_PAGE = 500


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pages_of_text(pages: int) -> str:
    text = generate(megabytes=0.2, seed=21)
    words, out = 0, []
    for para in text.split("\n\n"):
        out.append(para)
        words += len(para.split())
        if words >= pages * WORDS_PER_PAGE:
            break
    return "\n\n".join(out) + "\n"


class Session:
    def __init__(self, client: LanguageClient):
        self.client = client
        self.waiters: dict = {}
        self.versions: dict = {}

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams):
            fut = self.waiters.pop((params.uri, params.version), None)
            if fut is not None and not fut.done():
                fut.set_result(len(params.diagnostics))

        @client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params):
            print(f"server message: {params.message}", file=sys.stderr)

    def expect(self, uri: str, version: int):
        fut = asyncio.get_running_loop().create_future()
        self.waiters[(uri, version)] = fut
        return fut

    async def open(self, path: Path, text: str) -> float:
        uri = path.as_uri()
        self.versions[uri] = 1
        fut = self.expect(uri, 1)
        t = time.perf_counter()
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)))
        await asyncio.wait_for(fut, 600)
        return time.perf_counter() - t

    async def change(self, path: Path, text: str) -> float:
        uri = path.as_uri()
        self.versions[uri] += 1
        version = self.versions[uri]
        fut = self.expect(uri, version)
        t = time.perf_counter()
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        await asyncio.wait_for(fut, 600)
        return time.perf_counter() - t


def cli_seconds(path: Path, runs: int = 3) -> float:
    best = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "inclusive_lint", str(path), "--no-cache", "--no-config", "-q"],
                       capture_output=True, check=False)
        best.append(time.perf_counter() - t)
    return statistics.median(best)


async def run(args) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="lsp-bench-"))
    client = LanguageClient("lsp-bench", "1")
    session = Session(client)
    await client.start_io(sys.executable, "-m", "inclusive_lint", "lsp")
    pid = client._server.pid
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(),
                                                         root_uri=tmp.as_uri()))
    client.initialized(types.InitializedParams())

    load = os.getloadavg()
    text = pages_of_text(args.pages)
    doc = tmp / "policy.md"
    doc.write_text(text, encoding="utf-8")
    words = len(text.split())
    cold = await session.open(doc, text)
    print(f"document: {args.pages} pages, {words:,} words, {len(text):,} characters")
    print(f"first diagnostics after open (cold: spaCy and packs load): {cold * 1000:.0f} ms")
    paragraphs = text.split("\n\n")

    def edited(n: int) -> str:          # one word changed in one paragraph, a different one each time
        paras = list(paragraphs)
        i = n % len(paras)
        paras[i] = paras[i].replace(" the ", f" the{'' if n % 2 else ' new'} ", 1)
        return "\n\n".join(paras)

    for n in range(10):                 # warm up
        await session.change(doc, edited(n))
    memory = {0: rss_mb(pid)}
    latencies, cpu = [], []
    for n in range(1, args.edits + 1):
        c0 = cpu_s(pid)
        latencies.append(await session.change(doc, edited(n + 10)))
        cpu.append(cpu_s(pid) - c0)
        if n in (100, 250, 500, 1000) or n == args.edits:
            memory[n] = rss_mb(pid)
    lat_ms = sorted(x * 1000 for x in latencies)
    first = lat_ms[:] if len(latencies) <= 50 else sorted(x * 1000 for x in latencies[:50])
    print(f"warm edits: {len(latencies)}; latency median {statistics.median(first):.0f} ms (first 50), "
          f"median {statistics.median(lat_ms):.0f} ms, p90 {lat_ms[int(len(lat_ms) * 0.9) - 1]:.0f} ms "
          f"(all); server CPU per edit median {statistics.median(cpu) * 1000:.0f} ms")
    cli = cli_seconds(doc)
    print(f"command line on the same file (whole process, --no-cache): {cli * 1000:.0f} ms "
          f"= {cli * 1000 / statistics.median(lat_ms):.1f}x the warm server's latency")
    print("server memory (VmRSS, MB) after N edits: "
          + ", ".join(f"{n}: {mb:.0f}" for n, mb in sorted(memory.items())))
    print("load average (1 min) before / after the edits: {:.2f} / {:.2f}".format(load[0], os.getloadavg()[0]))

    def split(n: int) -> str:           # Enter pressed twice inside a paragraph, or that undone
        paras = list(paragraphs)
        i = (n // 2 * 7) % len(paras)
        if n % 2 == 0 and ". " in paras[i]:
            paras[i] = paras[i].replace(". ", ".\n\n", 1)
        return "\n\n".join(paras)

    splits, split_cpu = [], []
    for n in range(args.splits):
        c0 = cpu_s(pid)
        splits.append(await session.change(doc, split(n)) * 1000)
        split_cpu.append(cpu_s(pid) - c0)
    if splits:
        print(f"paragraph split or joined ({len(splits)} edits; later paragraphs move): latency median "
              f"{statistics.median(splits):.0f} ms, server CPU median {statistics.median(split_cpu) * 1000:.0f} ms")

    if args.big_mb:
        big = tmp / "big.md"
        big.write_text(generate(megabytes=args.big_mb, seed=9), encoding="utf-8")
        t_open = await session.open(big, big.read_text(encoding="utf-8"))
        cli_big = cli_seconds(big, runs=1)
        print(f"{args.big_mb:g} MB Markdown: server {t_open:.2f} s from open to diagnostics; "
              f"command line {cli_big:.2f} s")
        print(f"server memory after the big file: {rss_mb(pid):.0f} MB")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--splits", type=int, default=50)
    ap.add_argument("--big-mb", type=float, default=5.0)
    asyncio.run(run(ap.parse_args()))


if __name__ == "__main__":
    main()
