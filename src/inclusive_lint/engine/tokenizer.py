"""A pure-Python replay of spaCy's English tokenizer, so the built-in packs never import spaCy.

The rules (prefix, suffix, infix and URL patterns, special cases) are spaCy's own, copied into
``tokenizer_en.json`` by ``tools/gen_tokenizer_data.py``; the algorithm below follows spaCy's
``Tokenizer`` step for step (whitespace runs, affix splitting with special-case checks, URL
match, infixes, and the special-case pass over affix-split tokens). The differential tests
(``tests/test_sentences.py``) hold it to spaCy's output.

Tokens are ``(start, end)`` character offsets. Runs of non-space text ("chunks") are tokenised
once and cached, so a long document costs one dictionary look-up per repeated word.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_RUNS = re.compile(r"\s+|\S+")
_CHUNKS = re.compile(r"\S+")
_SPACED = re.compile(r"\S+(?: \S+)*")      # runs of non-space joined by single spaces
MAX_CACHE = 200_000            # distinct runs of text kept tokenised (a few tens of MB at most)
_PLAIN = re.compile(r"(?:[A-Za-z]+|[0-9]+)\Z")    # no affix or infix pattern splits these


class Tokenizer:
    def __init__(self, data: dict):
        self.specials: dict = {k: tuple(v) for k, v in data["specials"].items()}
        self._data = data
        self._cache: dict = {}
        self._hot: set = set()
        self._compiled: dict = {}
        self._special_patterns = None

    # each regex compiles on first need (the URL and infix ones are the largest): a run of
    # plain words with a comma or full stop needs only the prefix and suffix patterns
    def _rx(self, name: str):
        compiled = self._compiled.get(name)
        if compiled is None:
            pattern = re.compile(*self._data[name])
            compiled = self._compiled[name] = pattern.finditer if name == "infix" else \
                pattern.match if name == "url" else pattern.search
        return compiled

    def _compile(self):
        for name in ("prefix", "suffix", "infix", "url"):
            self._rx(name)

    def find_prefix(self, s: str) -> int:
        m = self._rx("prefix")(s)
        return m.end() - m.start() if m is not None else 0

    def find_suffix(self, s: str) -> int:
        m = self._rx("suffix")(s)
        return m.end() - m.start() if m is not None else 0

    def tokens(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every token of ``text``, whitespace tokens included, as spaCy makes them."""
        if text and _SPACED.fullmatch(text):
            return self._single_spaced(text)
        out: list = []
        append = out.append
        cache = self._cache
        hot = self._hot
        spans_of = self._spans_of
        hot_at: list = []         # (first, end) token indexes of each run holding a token that can
        prev = 0                  # begin a special case (only there can a special case begin)
        for m in _CHUNKS.finditer(text):
            s, e = m.span()
            if s > prev:
                # whitespace before the chunk: a single ' ' after a word is that word's trailing
                # space (no token); any other run is a token, less that first ' '
                a = prev + 1 if prev and text[prev] == " " else prev
                if a < s:
                    run = text[a:s]
                    run_spans = spans_of(run)
                    if run in hot:
                        hot_at.append((len(out), len(out) + len(run_spans)))
                    for x, y in run_spans:
                        append((a + x, a + y))
            prev = e
            chunk = text[s:e]
            spans = cache.get(chunk)
            if spans is None:
                spans = spans_of(chunk)
            if chunk in hot:
                hot_at.append((len(out), len(out) + len(spans)))
            if len(spans) == 1:
                append((s, e))
            else:
                for x, y in spans:
                    append((s + x, s + y))
        n = len(text)
        if prev < n:          # whitespace at the end
            a = prev + 1 if prev and text[prev] == " " else prev
            if a < n:
                run_spans = spans_of(text[a:n])
                if text[a:n] in hot:
                    hot_at.append((len(out), len(out) + len(run_spans)))
                for x, y in run_spans:
                    append((a + x, a + y))
        return self._special_pass(text, out, hot_at) if hot_at else out

    def _single_spaced(self, text: str) -> list:
        """``tokens`` for text whose only whitespace is single spaces between runs (most
        prose): no whitespace token, so the runs are what ``str.split`` gives."""
        out: list = []
        append = out.append
        cache = self._cache
        hot = self._hot
        spans_of = self._spans_of
        hot_at: list = []
        pos = 0
        for chunk in text.split(" "):
            spans = cache.get(chunk)
            if spans is None:
                spans = spans_of(chunk)
            n = len(chunk)
            if chunk in hot:
                hot_at.append((len(out), len(out) + len(spans)))
            if len(spans) == 1:
                append((pos, pos + n))
            else:
                for x, y in spans:
                    append((pos + x, pos + y))
            pos += n + 1
        return self._special_pass(text, out, hot_at) if hot_at else out

    def _spans_of(self, chunk: str) -> tuple:
        """The token spans of one run of text (non-space, or whitespace), cached; a run with a
        token that can begin a special case (``_special_pass``) is noted in ``_hot``."""
        cache = self._cache
        spans = cache.get(chunk)
        if spans is None:
            if len(cache) >= MAX_CACHE:       # a long run over many documents: start again
                cache.clear()
                self._hot.clear()
            spans = cache[chunk] = self._chunk_spans(chunk)
            firsts = self._patterns()
            if any(chunk[x:y] in firsts for x, y in spans):
                self._hot.add(chunk)
        return spans

    def _chunk_spans(self, chunk: str) -> tuple:
        pieces = self.chunk_pieces(chunk)
        spans, pos = [], 0
        for p in pieces:
            spans.append((pos, pos + len(p)))
            pos += len(p)
        return tuple(spans)

    def chunk_pieces(self, chunk: str, with_special: bool = True) -> list[str]:
        special = self.specials.get(chunk) if with_special else None
        if special is not None:
            return list(special)
        if _PLAIN.match(chunk):
            return [chunk]
        return self._affix_pieces(chunk, with_special)

    def _affix_pieces(self, string: str, with_special: bool) -> list[str]:
        specials = self.specials if with_special else {}
        prefixes: list = []
        suffixes: list = []
        last_size = 0
        while string and len(string) != last_size:
            if string in specials:
                break
            last_size = len(string)
            pre_len = self.find_prefix(string)
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self.find_suffix(string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and (pre_len + suf_len) <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        out = prefixes
        if string:
            if string in specials:
                out.extend(specials[string])
            elif _PLAIN.match(string):       # no URL, no infix: letters only or digits only
                out.append(string)
            elif self._rx("url")(string):
                out.append(string)
            else:
                out.extend(self._infix_pieces(string))
        out.extend(reversed(suffixes))
        return out

    def _infix_pieces(self, string: str) -> list[str]:
        out = []
        start = 0
        for m in self._rx("infix")(string):
            a, b = m.start(), m.end()
            if a == 0:
                continue
            if a != start:
                out.append(string[start:a])
            if a != b:
                out.append(string[a:b])
            start = b
        if string[start:]:
            out.append(string[start:])
        return out

    # spaCy's second pass, over the whole text: special cases that affix splitting broke apart
    # ("x(:" -> "x", "(:") are found among the tokens, longest first, and put back together.
    # A match across a space is found too (and so can shadow another) but changes nothing.
    def _patterns(self) -> dict:
        if self._special_patterns is None:
            pats = self._data.get("special_patterns")       # precomputed by the generator
            if pats is None:
                pats = self.special_patterns()
            by_first: dict = {}
            for toks in pats:
                by_first.setdefault(toks[0], []).append(tuple(toks))
            self._special_patterns = by_first
            # the same, for the pass: first token -> the lengths of its cases, and all the
            # cases as one set (one tuple built per length instead of one per case: ':'
            # begins about sixty)
            self._case_lengths = {k: sorted({len(t) for t in v}) for k, v in by_first.items()}
            self._cases = frozenset(tuple(t) for t in pats)
            # first token -> the tokens its longer cases go on with (a sentence's closing '.' begins
            # one three-token case, ':' fifty: one look at the next token rules most of them out)
            self._seconds = {k: frozenset(t[1] for t in v if len(t) > 1) for k, v in by_first.items()}
            self._first_chars = frozenset(k[0] for k in by_first)
        return self._special_patterns

    def special_patterns(self) -> list:
        """The special cases spaCy also looks for among affix-split tokens, as token lists."""
        heur = self._data["faster_heuristics"]
        out = []
        for key in sorted(self.specials):
            if not heur or self.find_prefix(key) or self.find_suffix(key) or " " in key \
                    or any(True for _ in self._rx("infix")(key)):
                out.append(self._affix_tokens_of(key))
        return out

    def _affix_tokens_of(self, key: str) -> list[str]:
        out = []
        for m in _RUNS.finditer(key):
            s, e = m.span()
            if key[s].isspace() and s and key[s] == " ":
                s += 1
            if s < e:
                sub = key[s:e]
                out.extend([sub] if _PLAIN.match(sub) else self._affix_pieces(sub, False))
        return out

    def _special_pass(self, text: str, spans: list, hot_at=None) -> list:
        """``hot_at``: (first, end) token indexes of the runs that hold a token that can begin a
        special case (a special case can begin nowhere else); None: every token."""
        self._patterns()
        lengths, cases, seconds = self._case_lengths, self._cases, self._seconds
        matches = []
        count = len(spans)
        for first, stop in hot_at if hot_at is not None else ((0, count),):
            for i in range(first, stop):
                a, b = spans[i]
                tok = text[a:b]
                ns = lengths.get(tok)
                if ns is None:
                    continue
                for n in ns:
                    if i + n > count:
                        break
                    if n > 1:
                        c, d = spans[i + 1]
                        if text[c:d] not in seconds[tok]:
                            break          # no case of two tokens or more begins here
                        if tuple([text[x:y] for x, y in spans[i:i + n]]) not in cases:
                            continue
                    matches.append((i, i + n))
        if not matches:
            return spans
        matches.sort(key=lambda m: (m[1] - m[0], -m[0]))
        seen: set = set()
        kept = []
        for s, e in reversed(matches):
            if s not in seen and e - 1 not in seen:
                kept.append((s, e))
            seen.update(range(s, e))
        kept.sort()
        out, i = [], 0
        for s, e in kept:
            out.extend(spans[i:s])
            a = spans[s][0]
            pieces = self.specials.get(text[a:spans[e - 1][1]])
            if pieces is None:           # the match spans whitespace: spaCy leaves it as it is
                out.extend(spans[s:e])
            else:
                for p in pieces:
                    out.append((a, a + len(p)))
                    a += len(p)
            i = e
        out.extend(spans[i:])
        return out


@lru_cache(maxsize=1)
def english() -> Tokenizer:
    raw = resources.files(__package__).joinpath("tokenizer_en.json").read_text(encoding="utf-8")
    return Tokenizer(json.loads(raw))
