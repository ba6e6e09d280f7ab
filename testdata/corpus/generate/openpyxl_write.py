"""openpyxl: the "panel" data set (source_data.PANEL) as several .xlsx variants, some post-edited at the
XML level to reproduce what other producers write. Run from the generate/ directory:
    /usr/bin/python3 openpyxl_write.py ../xlsx

  openpyxl-basic.xlsx              as openpyxl 3.0 writes it: every string inline (<c t="inlineStr"><is><t>),
                                   no sharedStrings part, non-ASCII as character references, dimension, r=
  openpyxl-inline-strings.xlsx     basic with one inline string turned into rich text (two runs, the second
                                   bold): <is><r><t>ARREST BOOKINGS </t></r><r><rPr><b/></rPr><t>for 01/30/17
  openpyxl-1904.xlsx               workbookPr date1904="1" (dates are serials counted from 1904-01-01)
  openpyxl-leading-blank-rows.xlsx two empty (styled, valueless) rows above the header, header on row 3
  openpyxl-header-only.xlsx        the header row and nothing else
  openpyxl-no-dimension.xlsx       basic without <dimension> and without r= on <row> and <c>
  openpyxl-strict.xlsx             basic rewritten to Strict OOXML namespaces (purl.oclc.org/ooxml) in every
                                   part, relationship types included, conformance="strict" on the workbook

Zip entries get a fixed time stamp and the document properties fixed dates, so the output is reproducible.
"""

import datetime
import os
import re
import sys
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

import source_data
import zipparts

FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)


def new_workbook(title="Panel"):
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "StudyBench test corpus"
    ws = wb.active
    ws.title = title
    return wb, ws


def fill(ws, header=True, rows=True, first_row=1):
    r = first_row
    if header:
        for c, h in enumerate(source_data.PANEL_HEADER, start=1):
            ws.cell(row=r, column=c, value=h)
        r += 1
    if rows:
        for row in source_data.PANEL:
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
            r += 1


def save(wb, path):
    """Saves, then repacks with fixed zip time stamps (openpyxl stamps entries with the current time)."""
    tmp = path + ".tmp"
    wb.save(tmp)
    zipparts.rewrite(tmp, path, lambda name, data: fix_core(name, data))
    os.remove(tmp)


def fix_core(name, data):
    if name == "docProps/core.xml":  # openpyxl writes modified = now whatever the property says
        data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-01T00:00:00Z\2", data)
        data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>2025-01-01T00:00:00Z\2", data)
    return data


def basic(out):
    wb, ws = new_workbook()
    fill(ws)
    save(wb, os.path.join(out, "openpyxl-basic.xlsx"))


def inline_strings(out):
    """openpyxl 3.0 already writes every string inline (t="inlineStr", no sharedStrings part); this variant
    makes one of them rich text: two runs, the second bold, as Excel and report generators write them."""
    rich = "".join(source_data.RICH_TEXT)
    plain = "<is><t>%s</t></is>" % escape(rich)
    runs = ('<is><r><t xml:space="preserve">%s</t></r><r><rPr><b/></rPr><t>%s</t></r></is>'
            % (escape(source_data.RICH_TEXT[0]), escape(source_data.RICH_TEXT[1])))

    def transform(name, data):
        if name == "xl/worksheets/sheet1.xml":
            xml = data.decode("utf-8")
            assert 't="s"' not in xml and xml.count(plain) == 1, "openpyxl no longer writes inline strings"
            return xml.replace(plain, runs).encode("utf-8")
        return data

    zipparts.rewrite(os.path.join(out, "openpyxl-basic.xlsx"), os.path.join(out, "openpyxl-inline-strings.xlsx"),
                     transform)


def date1904(out):
    wb, ws = new_workbook()
    wb.epoch = CALENDAR_MAC_1904
    fill(ws)
    path = os.path.join(out, "openpyxl-1904.xlsx")
    save(wb, path)
    wbxml = dict(zipparts.read_parts(path))["xl/workbook.xml"]
    assert b'date1904="1"' in wbxml or b"date1904=\"true\"" in wbxml, wbxml


def leading_blank_rows(out):
    wb, ws = new_workbook()
    bold = Font(bold=True)
    for r in (1, 2):
        for c in range(1, len(source_data.PANEL_HEADER) + 1):
            ws.cell(row=r, column=c).font = bold  # styled but empty: <c r="A1" s="1"/>
    fill(ws, first_row=3)
    save(wb, os.path.join(out, "openpyxl-leading-blank-rows.xlsx"))


def header_only(out):
    wb, ws = new_workbook()
    fill(ws, rows=False)
    save(wb, os.path.join(out, "openpyxl-header-only.xlsx"))


def no_dimension(out):
    def transform(name, data):
        if name == "xl/worksheets/sheet1.xml":
            xml = re.sub(rb"<dimension [^>]*/>", b"", data)
            xml = re.sub(rb'(<row\b[^>]*?) r="\d+"', rb"\1", xml)
            xml = re.sub(rb'(<c\b[^>]*?) r="[A-Z]+\d+"', rb"\1", xml)
            assert b"<dimension" not in xml and b' r="' not in xml
            return xml
        return data

    zipparts.rewrite(os.path.join(out, "openpyxl-basic.xlsx"), os.path.join(out, "openpyxl-no-dimension.xlsx"), transform)


# Transitional -> Strict (ISO/IEC 29500 Strict) namespace and relationship-type URIs.
STRICT = [
    (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
]


def strict(out):
    def transform(name, data):
        for old, new in STRICT:
            data = data.replace(old, new)
        if name == "xl/workbook.xml":
            data, n = re.subn(rb"<workbook\b", b'<workbook conformance="strict"', data, count=1)
            assert n == 1
        return data

    zipparts.rewrite(os.path.join(out, "openpyxl-basic.xlsx"), os.path.join(out, "openpyxl-strict.xlsx"), transform)
    for name, data in zipparts.read_parts(os.path.join(out, "openpyxl-strict.xlsx")):
        assert b"schemas.openxmlformats.org/spreadsheetml" not in data, name
        assert b"schemas.openxmlformats.org/officeDocument" not in data, name


def main(out):
    basic(out)
    inline_strings(out)
    date1904(out)
    leading_blank_rows(out)
    header_only(out)
    no_dimension(out)
    strict(out)


if __name__ == "__main__":
    main(sys.argv[1])
