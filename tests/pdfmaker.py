"""Write a small, valid PDF from a spec, with the standard library only.

The import corpus describes its PDFs as YAML specs (`<name>.pdf.yaml`) rather than shipping
binaries: the text stays readable and reviewable, and the harness builds the real file before
each import. A spec is a dict:

    metadata: {Title: ..., Author: ..., CreationDate: "D:20240512081500+02'00'"}   # any subset
    pages: [[line, line, ...], ...]    # one list of text lines per page; "" is a blank line
    scan: true                         # optional: shapes only, no text layer (a scanned page)

Text is set in Helvetica with WinAnsiEncoding (cp1252), so accented Latin letters survive
extraction; each line is one Tj, lines advance with T* at a fixed leading.
"""
from __future__ import annotations

from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595, 842          # A4 in points
LEFT, TOP = 72, 780
FONT_SIZE, LEADING = 11, 15


def _pdf_string(text: str) -> bytes:
    """A literal string: cp1252 bytes with (, ) and \\ escaped."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _text_stream(lines: list[str]) -> bytes:
    parts = [b"BT", f"/F1 {FONT_SIZE} Tf {LEADING} TL {LEFT} {TOP} Td".encode()]
    for i, line in enumerate(lines):
        if i:
            parts.append(b"T*")
        if line:
            parts.append(_pdf_string(line) + b" Tj")
    parts.append(b"ET")
    return b"\n".join(parts)


def _scan_stream(lines: list[str]) -> bytes:
    """Grey bars where the lines of text would be, as a scanner's image of a page shows them."""
    parts = [b"0.93 0.92 0.88 rg 0 0 %d %d re f" % (PAGE_WIDTH, PAGE_HEIGHT), b"0.15 0.15 0.15 rg"]
    y = TOP
    for line in lines:
        if line:
            width = min(PAGE_WIDTH - 2 * LEFT, 5.2 * len(line))
            parts.append(f"{LEFT} {y - 2} {width:.1f} 8 re f".encode())
        y -= LEADING
    return b"\n".join(parts)


def write_pdf(spec: dict, path: str | Path) -> Path:
    """Write the PDF that `spec` describes to `path` and return the path."""
    path = Path(path)
    pages = spec.get("pages") or [[]]
    scan = bool(spec.get("scan"))
    objects: list[bytes] = []           # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")                  # filled in once the page tree exists
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        content = (_scan_stream if scan else _text_stream)([str(line) for line in lines])
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        resources = b"<< >>" if scan else b"<< /Font << /F1 %d 0 R >> >>" % font
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                        % (tree, PAGE_WIDTH, PAGE_HEIGHT, resources, stream)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                         + b"] /Count %d >>" % len(kids))
    metadata = spec.get("metadata") or {}
    info = None
    if metadata:
        entries = b" ".join(b"/" + str(key).encode("ascii") + b" " + _pdf_string(str(value))
                            for key, value in metadata.items())
        info = add(b"<< " + entries + b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


def write_pdf_from_yaml(spec_path: str | Path, path: str | Path) -> Path:
    """Build the PDF a `<name>.pdf.yaml` spec describes."""
    import yaml
    spec = yaml.safe_load(Path(spec_path).read_text(encoding="utf-8"))
    return write_pdf(spec, path)


def set_in_lines(paragraph: str, width: int = 70) -> list[str]:
    """A paragraph as a PDF sets it, about `width` characters a line, and the blank line under it."""
    out, line = [], ""
    for word in paragraph.split():
        if line and len(line) + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + [line, ""]
