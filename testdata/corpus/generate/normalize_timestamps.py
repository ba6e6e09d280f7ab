"""Sets the creation time stamp that PSPP and ReadStat (haven) write into every system and portable file
to a fixed value, so regenerating the corpus gives identical bytes. Nothing else is touched: the 17 bytes
of the .sav/.zsav header (creation_date "dd Mmm yy", creation_time "hh:mm:ss") and the date/time strings of
a .por header ("8/yyyymmdd" "6/hhmmss" after "SPSSPORT" and the version letter).

Usage: python3 normalize_timestamps.py FILE...
"""

import re
import sys

DATE, TIME = b"01 Jan 25", b"00:00:00"


def normalize(path):
    with open(path, "rb") as f:
        data = bytearray(f.read())
    if data[:4] in (b"$FL2", b"$FL3"):
        assert len(DATE) == 9 and len(TIME) == 8
        data[92:101] = DATE
        data[101:109] = TIME
    else:
        # Portable files are broken into 80-column lines; a line break may fall anywhere in the header.
        start = data.find(b"SPSSPORT")
        if start < 0:
            raise SystemExit("%s: neither a system file nor a portable file" % path)
        positions = [i for i in range(start + 8, min(len(data), start + 80)) if data[i] not in b"\r\n"][:19]
        text = bytes(data[i] for i in positions)
        if not re.fullmatch(rb".8/\d{8}6/\d{6}", text):
            raise SystemExit("%s: unexpected portable header %r" % (path, text))
        for i, b in zip(positions[3:11] + positions[13:19], b"20250101" + b"000000"):
            data[i] = b
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        normalize(p)
