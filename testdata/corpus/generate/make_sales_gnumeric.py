"""Writes the "sales" data set (source_data.SALES) as a Gnumeric XML workbook, build/sales.gnumeric, for
ssconvert to convert to .xlsx and .xls. Numbers are floats (ValueType 40), text is strings (60), dates are
day serials (1900 date system) with a yyyy-mm-dd format, and row 2's Note is left blank (no cell).

Usage: python3 make_sales_gnumeric.py OUT.gnumeric
"""

import datetime
import sys
from xml.sax.saxutils import escape

import source_data

EPOCH_1900 = datetime.date(1899, 12, 30)  # serial 0 as spreadsheets count (valid after 1900-03-01)


def main(out):
    header = source_data.SALES_HEADER
    cells = []
    for c, h in enumerate(header):
        cells.append('<gnm:Cell Row="0" Col="%d" ValueType="60">%s</gnm:Cell>' % (c, escape(h)))
    for r, row in enumerate(source_data.SALES, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, datetime.date):
                cells.append('<gnm:Cell Row="%d" Col="%d" ValueType="40">%d</gnm:Cell>' % (r, c, (v - EPOCH_1900).days))
            elif isinstance(v, str):
                cells.append('<gnm:Cell Row="%d" Col="%d" ValueType="60">%s</gnm:Cell>' % (r, c, escape(v)))
            else:
                cells.append('<gnm:Cell Row="%d" Col="%d" ValueType="40">%r</gnm:Cell>' % (r, c, v))
    date_col = header.index("OrderDate")
    n = len(source_data.SALES)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">
  <gnm:SheetNameIndex><gnm:SheetName>Sales</gnm:SheetName></gnm:SheetNameIndex>
  <gnm:Sheets>
    <gnm:Sheet>
      <gnm:Name>Sales</gnm:Name>
      <gnm:MaxCol>%d</gnm:MaxCol>
      <gnm:MaxRow>%d</gnm:MaxRow>
      <gnm:Styles>
        <gnm:StyleRegion startCol="0" startRow="0" endCol="255" endRow="65535"><gnm:Style Format="General"/></gnm:StyleRegion>
        <gnm:StyleRegion startCol="%d" startRow="1" endCol="%d" endRow="%d"><gnm:Style Format="yyyy-mm-dd"/></gnm:StyleRegion>
      </gnm:Styles>
      <gnm:Cells>
        %s
      </gnm:Cells>
    </gnm:Sheet>
  </gnm:Sheets>
</gnm:Workbook>
""" % (len(header) - 1, n, date_col, date_col, n, "\n        ".join(cells))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(xml)


if __name__ == "__main__":
    main(sys.argv[1])
