"""Hostile files made from the real ones (truncated or patched) and from nothing. Run after PSPP and openpyxl:
    python3 hostile.py ..      (the corpus directory)

sav/hostile-truncated-dictionary.sav  pspp-survey-uncompressed.sav cut in the middle of the variable records
sav/hostile-truncated-data.sav        pspp-survey-uncompressed.sav cut in the middle of case 3 (0-based 2)
sav/hostile-truncated-data-bytecode.sav  pspp-survey-bytecode.sav cut in the middle of the compressed data
sav/hostile-huge-case-size.sav        pspp-survey-uncompressed.sav with the header's nominal case size set to 2^31-1
sav/hostile-huge-label-count.sav      pspp-survey-uncompressed.sav whose first value-label record claims 2^31-1 labels
sav/hostile-huge-extension-record.sav  pspp-survey-uncompressed.sav whose first type-7 record claims 2^31-1 elements
sav/hostile-not-a-sav.sav             a text file named .sav
xlsx/hostile-xxe.xlsx                 openpyxl-basic.xlsx whose sheet XML has a DOCTYPE with an external entity
xlsx/hostile-zipbomb.xlsx             a well-formed workbook whose sheet XML inflates to 200 MB (~190 KB zipped)
xlsx/hostile-not-a-zip.xlsx           a text file named .xlsx
"""

import os
import struct
import sys
import zipfile

import zipparts


def records(data):
    """Offsets of the dictionary records of a little-endian system file: [(type, offset)], and the data start."""
    pos = 176
    out = []
    while True:
        rtype = struct.unpack_from("<i", data, pos)[0]
        out.append((rtype, pos))
        if rtype == 2:
            width, has_label, n_missing = struct.unpack_from("<iii", data, pos + 4)
            pos += 32
            if has_label:
                n = struct.unpack_from("<i", data, pos)[0]
                pos += 4 + (n + 3) // 4 * 4
            pos += 8 * abs(n_missing)
        elif rtype == 3:
            n = struct.unpack_from("<i", data, pos + 4)[0]
            pos += 8
            for _ in range(n):
                length = data[pos + 8]
                pos += 8 + (1 + length + 7) // 8 * 8
        elif rtype == 4:
            n = struct.unpack_from("<i", data, pos + 4)[0]
            pos += 8 + 4 * n
        elif rtype == 6:
            n = struct.unpack_from("<i", data, pos + 4)[0]
            pos += 8 + 80 * n
        elif rtype == 7:
            size, count = struct.unpack_from("<ii", data, pos + 8)
            pos += 16 + size * count
        elif rtype == 999:
            return out, pos + 8
        else:
            raise ValueError("record type %d at %d" % (rtype, pos))


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def sav_files(root):
    sav = os.path.join(root, "sav")
    with open(os.path.join(sav, "pspp-survey-uncompressed.sav"), "rb") as f:
        plain = f.read()
    with open(os.path.join(sav, "pspp-survey-bytecode.sav"), "rb") as f:
        compressed = f.read()
    recs, data_start = records(plain)
    case_size = struct.unpack_from("<i", plain, 68)[0] * 8

    variables = [off for t, off in recs if t == 2]
    write(os.path.join(sav, "hostile-truncated-dictionary.sav"), plain[:variables[len(variables) // 2] + 12])
    write(os.path.join(sav, "hostile-truncated-data.sav"), plain[:data_start + 2 * case_size + case_size // 2 + 3])
    _, cdata_start = records(compressed)
    write(os.path.join(sav, "hostile-truncated-data-bytecode.sav"),
          compressed[:cdata_start + (len(compressed) - cdata_start) // 2 + 5])

    huge = bytearray(plain)
    struct.pack_into("<i", huge, 68, 0x7FFFFFFF)
    write(os.path.join(sav, "hostile-huge-case-size.sav"), bytes(huge))

    labels = bytearray(plain)
    first_label_record = next(off for t, off in recs if t == 3)
    struct.pack_into("<i", labels, first_label_record + 4, 0x7FFFFFFF)
    write(os.path.join(sav, "hostile-huge-label-count.sav"), bytes(labels))

    extension = bytearray(plain)
    first_type7 = next(off for t, off in recs if t == 7)
    struct.pack_into("<i", extension, first_type7 + 12, 0x7FFFFFFF)
    write(os.path.join(sav, "hostile-huge-extension-record.sav"), bytes(extension))

    write(os.path.join(sav, "hostile-not-a-sav.sav"),
          b"RespondentID,CompanySize\n1001,1\n1002,2\n(this is a CSV file that was renamed to .sav)\n")


XXE_PROLOGUE = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                b'<!DOCTYPE worksheet [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n')


def xlsx_files(root):
    xl = os.path.join(root, "xlsx")

    def xxe(name, data):
        if name == "xl/worksheets/sheet1.xml":
            assert not data.startswith(b"<?xml")
            data = XXE_PROLOGUE + data.replace(b"<t>ok</t>", b"<t>&xxe;</t>", 1)
            assert b"&xxe;" in data
        return data

    zipparts.rewrite(os.path.join(xl, "openpyxl-basic.xlsx"), os.path.join(xl, "hostile-xxe.xlsx"), xxe)

    # The zip bomb: the basic workbook's parts, with a sheet of 200,000,000 bytes: a valid header row, then
    # one row of 199.9 MB of spaces inside the <sheetData> element (whitespace is legal there), then the end.
    parts = zipparts.read_parts(os.path.join(xl, "openpyxl-basic.xlsx"))
    total = 200_000_000
    head = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>bomb</t></is></c></row>')
    tail = b"</sheetData></worksheet>"
    path = os.path.join(xl, "hostile-zipbomb.xlsx")
    with zipfile.ZipFile(path, "w", compresslevel=9) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, zipparts.FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(info, data, compresslevel=9)
                continue
            with z.open(info, "w", force_zip64=False) as w:
                w.write(head)
                left = total - len(head) - len(tail)
                chunk = b" " * (1 << 20)
                while left > 0:
                    w.write(chunk[:min(left, len(chunk))])
                    left -= min(left, len(chunk))
                w.write(tail)
    # zipfile.open(..., "w") uses the ZipFile's compression level; check the result is what we claim
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        assert info.file_size == total, info.file_size
    assert os.path.getsize(path) < 200 * 1024, os.path.getsize(path)

    write(os.path.join(xl, "hostile-not-a-zip.xlsx"),
          b"OrderID;Customer;Amount\n1;Zoe;12.5\n(this is a text file that was renamed to .xlsx)\n")


def main(root):
    sav_files(root)
    xlsx_files(root)


if __name__ == "__main__":
    main(sys.argv[1])
