"""Writes the "sales" data set (source_data.SALES) as a flat OpenDocument spreadsheet, build/sales.fods,
for LibreOffice and Gnumeric to convert. Typed cells: floats, ISO dates with a yyyy-mm-dd style, text
with accents and Greek, and one cell left blank (row 2, Note).

Usage: python3 make_sales_fods.py OUT.fods
"""

import sys
from xml.sax.saxutils import escape

import source_data

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1">
   <number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>
  </number:date-style>
  <number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
  <style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
  <style:style style:name="ceMoney" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Sales">
"""

TAIL = """   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""


def string_cell(s):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(s)


def cell(v, column):
    if v is None:
        return "<table:table-cell/>"
    if column == "OrderDate":
        iso = v.isoformat()
        return ('<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (iso, iso))
    if isinstance(v, str):
        return string_cell(v)
    style = ' table:style-name="ceMoney"' if column == "Amount" else ""
    return ('<table:table-cell%s office:value-type="float" office:value="%r"><text:p>%s</text:p></table:table-cell>'
            % (style, v, v))


def main(out):
    rows = ["<table:table-row>" + "".join(string_cell(h) for h in source_data.SALES_HEADER) + "</table:table-row>"]
    for r in source_data.SALES:
        rows.append("<table:table-row>" + "".join(cell(v, c) for v, c in zip(r, source_data.SALES_HEADER))
                    + "</table:table-row>")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + "".join("    " + r + "\n" for r in rows) + TAIL)


if __name__ == "__main__":
    main(sys.argv[1])
