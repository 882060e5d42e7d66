"""Build small OpenDocument text files for tests: content and styles from XML snippets."""
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3"')
MIME = "application/vnd.oasis.opendocument.text"
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>' % MIME)
OUTLINE = ('<text:outline-style style:name="Outline">'
           '<text:outline-level-style text:level="1" style:num-format="1"/>'
           '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
           '</text:outline-style>')
STYLES = ('<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
          'style:default-outline-level="1"/>'
          '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
          'style:default-outline-level="2"/>'
          '<style:style style:name="Title" style:family="paragraph"/>')


def content_xml(body: str, auto: str = "", forms: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document-content {NS}><office:automatic-styles>{auto}</office:automatic-styles>'
            f'<office:body><office:text>{forms}{body}</office:text></office:body></office:document-content>')


def styles_xml(masters: str = "", styles: str = STYLES, outline: str = OUTLINE) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<office:document-styles {NS}><office:styles>{styles}{outline}</office:styles>'
            f'<office:master-styles>{masters}</office:master-styles></office:document-styles>')


def make_odt(path, body: str, auto: str = "", masters: str = "", forms: str = "",
             content: str | None = None, extra: dict | None = None, manifest: str = MANIFEST):
    """Write an .odt (mimetype first and stored, as the format asks); returns the path."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIME)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content if content is not None else content_xml(body, auto, forms),
                   zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles_xml(masters), zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            z.writestr(name, data, zipfile.ZIP_DEFLATED)
    return path


def p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def h(text: str, level: int = 1) -> str:
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{text}</text:h>'


def table(rows, name="Table1") -> str:
    cells = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string">{c if c.startswith("<") else p(c)}</table:table-cell>'
        for c in row) + "</table:table-row>" for row in rows)
    columns = f'<table:table-column table:number-columns-repeated="{max(len(r) for r in rows)}"/>'
    return f'<table:table table:name="{name}">{columns}{cells}</table:table>'


def annotations(path) -> list:
    """[comment text, the document text it is anchored on] for every comment in an .odt, in
    order ('' for a comment without a range)."""
    from lxml import etree

    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    open_at, out, pieces = {}, [], []

    def walk(el):
        for c in el:
            if c.tag == f"{{{office}}}annotation":
                body = "\n".join("".join(p.itertext()) for p in c.iter(f"{{{text_ns}}}p"))
                name = c.get(f"{{{office}}}name")
                out.append([body, ""])
                if name:
                    open_at[name] = (out[-1], len(pieces))
            elif c.tag == f"{{{office}}}annotation-end":
                entry, at = open_at.pop(c.get(f"{{{office}}}name"), (None, 0))
                if entry is not None:
                    entry[1] = "".join(pieces[at:])
            else:
                if c.text:
                    pieces.append(c.text)
                if c.tag == f"{{{text_ns}}}s":
                    pieces.append(" " * int(c.get(f"{{{text_ns}}}c", "1")))
                walk(c)
            if c.tail:
                pieces.append(c.tail)
    walk(root)
    return out
