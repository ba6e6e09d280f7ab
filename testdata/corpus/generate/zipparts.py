"""Small helpers to read the parts of an .xlsx (a zip) and write them back deterministically
(fixed entry time stamps, same order), optionally transformed."""

import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def read_parts(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write_parts(path, parts, compress_level=6):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=compress_level)


def rewrite(src, dst, transform=None):
    """Copies src to dst; transform(name, bytes) returns new bytes, or None to drop the part."""
    out = []
    for name, data in read_parts(src):
        new = transform(name, data) if transform else data
        if new is not None:
            out.append((name, new))
    write_parts(dst, out)
