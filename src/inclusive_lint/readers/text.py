"""Plain text: one block per paragraph (blank-line separated)."""
from __future__ import annotations

import re

from ..model import Block, Document
from .decode import decode

_PARA = re.compile(r"\S(?:.*?)(?=\n[ \t]*\n|\Z)", re.S)


def read(data: bytes, path: str, options: dict) -> Document:
    text, notices = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = Document(path=path, format="text", source_text=text, notices=notices)
    doc.blocks = [Block(text=m.group(0), kind="paragraph", start=m.start())
                  for m in _PARA.finditer(text)]
    return doc
