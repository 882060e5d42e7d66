"""Receive a multipart upload straight into a private folder, with size limits enforced while
the bytes arrive (nothing is buffered whole in memory, nothing goes to the system temp folder).

An uploaded file name is only ever shown: it is cleaned (no folders, no control characters, no
NUL) for display, and the file is stored as ``upload-N`` plus the extension of a type the
command line reads.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field

try:
    from python_multipart.multipart import MultipartParser, parse_options_header
except ImportError:                      # python-multipart before 0.0.13
    from multipart.multipart import MultipartParser, parse_options_header

FIELD_LIMIT = 64 * 1024           # all non-file fields together
MAX_FILES = 20


class UploadError(Exception):
    """The request as a whole is refused (too large, not a form, too many files)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Upload:
    name: str                  # cleaned display name
    path: str                  # where the bytes are, inside the private folder
    size: int = 0
    too_large: bool = False


@dataclass
class Form:
    fields: dict = field(default_factory=dict)     # name -> [values]
    files: list = field(default_factory=list)


def display_name(raw: str, index: int) -> str:
    """The last path component, without control characters, at most 120 characters."""
    name = re.split(r"[\\/]", raw or "")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".")
    if len(name) > 120:
        stem, ext = os.path.splitext(name)
        name = stem[:120 - len(ext)] + ext
    return name or f"upload-{index}"


def stored_name(display: str, index: int, known: tuple) -> str:
    ext = os.path.splitext(display)[1].lower()
    return f"upload-{index}{ext if ext in known else '.bin'}"


async def receive(request, folder: str, per_file: int, per_request: int, known_ext: tuple) -> Form:
    """Parse ``request`` (multipart/form-data) into ``folder``; raise UploadError for the request."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise UploadError(400, "the upload must be sent as a form (multipart/form-data)")
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > per_request:
        raise UploadError(413, f"the upload is over the {per_request // (1024 * 1024)} MB limit for one request")
    form = Form()
    state = {"headers": {}, "field": b"", "value": b"", "part": None, "fh": None, "fields": 0}

    def on_part_begin():
        state.update(headers={}, field=b"", value=b"", part=None, fh=None)

    def on_header_field(data, start, end):
        state["field"] += data[start:end]

    def on_header_value(data, start, end):
        state["value"] += data[start:end]

    def on_header_end():
        state["headers"][state["field"].lower()] = state["value"]
        state["field"], state["value"] = b"", b""

    def on_headers_finished():
        _, disp = parse_options_header(state["headers"].get(b"content-disposition", b""))
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in disp:
            raw = disp[b"filename"].decode("utf-8", "replace")
            if not raw:                        # an empty file input: nothing chosen
                state["part"] = ("skip", name)
                return
            if len(form.files) >= MAX_FILES:
                raise UploadError(413, f"at most {MAX_FILES} files in one upload")
            index = len(form.files) + 1
            shown = display_name(raw, index)
            upload = Upload(name=shown, path=os.path.join(folder, stored_name(shown, index, known_ext)))
            form.files.append(upload)
            state["fh"] = open(upload.path, "xb")
            state["part"] = ("file", upload)
        else:
            state["part"] = ("field", name, bytearray())

    def on_part_data(data, start, end):
        part = state["part"]
        if part is None or part[0] == "skip":
            return
        if part[0] == "field":
            state["fields"] += end - start
            if state["fields"] > FIELD_LIMIT:
                raise UploadError(413, "the form fields are too large")
            part[2].extend(data[start:end])
            return
        upload = part[1]
        upload.size += end - start
        if upload.size > per_file:
            upload.too_large = True           # keep counting, stop storing
            return
        state["fh"].write(data[start:end])

    def on_part_end():
        part = state["part"]
        if part and part[0] == "field":
            form.fields.setdefault(part[1], []).append(part[2].decode("utf-8", "replace"))
        if state["fh"] is not None:
            state["fh"].close()
            state["fh"] = None

    parser = MultipartParser(params[b"boundary"], {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field,
        "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data, "on_part_end": on_part_end})
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > per_request:
                raise UploadError(413, f"the upload is over the {per_request // (1024 * 1024)} MB limit for one request")
            parser.write(chunk)
        parser.finalize()
    except UploadError:
        raise
    except Exception as exc:            # a malformed body from python-multipart
        raise UploadError(400, f"the upload could not be read ({type(exc).__name__})") from None
    finally:
        if state["fh"] is not None:
            state["fh"].close()
    return form
