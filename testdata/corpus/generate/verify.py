"""Checks expected.json against the generated files as independent readers see them:
  .sav/.zsav  R haven (values, labels, value labels, missing codes) and PSPP (measure levels, weight,
              multiple-response sets), see dump_sav.R;
  .xlsx/.xls  LibreOffice headless converting each sheet to CSV (values as stored, dates as formatted);
  .csv        Python's csv module.
Refused entries are checked only for existence (and, for .sav, whether haven also fails, reported).
This validates the corpus itself, not StudyBench.

Usage: python3 verify.py CORPUS_DIR BUILD_DIR
"""

import csv
import io
import json
import math
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def problem(file, msg):
    problems.append("%s: %s" % (file, msg))


def same_number(a, b):
    return a == b or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-300))


def unesc(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def number_text(x):
    return "%d" % x if x == int(x) and abs(x) < 1e15 else repr(x)


def missing_code(low, high):
    lo = "LOWEST" if low == "-Inf" else number_text(float(low))
    hi = "HIGHEST" if high == "Inf" else number_text(float(high))
    return "%s THRU %s" % (lo, hi)


def value_for(entry_var, raw):
    """A haven cell (text) to the value StudyBench should produce, by the expected variable's missing codes."""
    if raw == "<NA>":
        return None
    t = entry_var["type"]
    if t == "string":
        s = raw.rstrip()
        if s == "" or any(s == m.rstrip() for m in entry_var["missing"]):
            return None
        return s
    if t == "date":
        return raw
    x = float(raw)
    for code in entry_var["missing"]:
        if " THRU " in code:
            lo, hi = code.split(" THRU ")
            if (lo == "LOWEST" or x >= float(lo)) and (hi == "HIGHEST" or x <= float(hi)):
                return None
        elif x == float(code):
            return None
    return int(x) if t == "integer" else x


def type_from_format(fmt, values):
    letters = "".join(ch for ch in fmt if ch.isalpha())
    if letters == "A":
        return "string"
    if letters in ("DATE", "ADATE", "EDATE", "SDATE", "JDATE", "QYR", "MOYR", "WKYR", "DATETIME", "YMDHMS"):
        return "date"
    decimals = fmt.split(".")[1] if "." in fmt else "0"
    if letters in ("F", "E", "COMMA", "DOLLAR") and decimals == "0":
        return "integer" if all(v is None or v == int(v) for v in values) else "double"
    return "double"


# ------------------------------------------------------------------------------------------------ SPSS


def verify_sav(corpus, build, entries):
    specs = []
    for e in entries:
        path = os.path.join(corpus, e["file"])
        specs.append(path + ("=latin1" if e.get("encoding") == "ISO-8859-1" else ""))
    dump = os.path.join(build, "haven-dump.txt")
    with open(os.path.join(build, "haven-dump.log"), "w") as log:  # ReadStat prints parse noise on stderr
        subprocess.run(["Rscript", os.path.join(HERE, "dump_sav.R"), dump] + specs, check=True, stdout=log, stderr=log)
    found = {}
    current = None
    with open(dump, encoding="utf-8") as f:
        for line in f:
            fields = [unesc(x) for x in line.rstrip("\n").split("\t")]
            kind = fields[0]
            if kind == "file":
                current = {"status": fields[2], "info": fields[3], "vars": {}, "order": []}
                found[os.path.relpath(fields[1], corpus)] = current
            elif kind == "var":
                current["vars"][fields[1]] = {"format": fields[2], "class": fields[3], "label": fields[4], "vl": {},
                                              "missing": [], "cells": []}
                current["order"].append(fields[1])
            elif kind == "vl":
                v = current["vars"][fields[1]]
                key = fields[2] if v["class"] in ("character", "haven_labelled_spss") and not _is_num(fields[2]) \
                    else number_text(float(fields[2]))
                v["vl"][key] = fields[3]
            elif kind == "na":
                v = current["vars"][fields[1]]
                v["missing"].append(number_text(float(fields[2])) if _is_num(fields[2]) else fields[2])
            elif kind == "range":
                current["vars"][fields[1]]["missing"].insert(0, missing_code(fields[2], fields[3]))
            elif kind == "cell":
                current["vars"][fields[2]]["cells"].append(fields[3])

    for e in entries:
        got = found.get(e["file"])
        if "refused" in e or e.get("either") == "refused-or-read":
            print("  %-45s refused expected; haven: %s" % (e["file"], "fails too" if got["status"] == "error"
                                                            else "reads %s rows" % got["info"]))
            continue
        if got["status"] != "ok":
            problem(e["file"], "haven cannot read it: " + got["info"])
            continue
        if int(got["info"]) != e["rows"]:
            problem(e["file"], "rows %s, expected %d" % (got["info"], e["rows"]))
        names = [v["name"] for v in e["variables"]]
        if got["order"] != names:
            problem(e["file"], "variables %s, expected %s" % (got["order"], names))
            continue
        for v in e["variables"]:
            g = got["vars"][v["name"]]
            values = [value_for(v, c) for c in g["cells"]]
            if v["type"] != "date":
                numeric = [None if c == "<NA>" else float(c) for c in g["cells"]] if v["type"] != "string" else []
                t = type_from_format(g["format"], numeric) if g["format"] else None
                if t and t != v["type"]:
                    problem(e["file"], "%s: format %s means %s, expected %s" % (v["name"], g["format"], t, v["type"]))
            if v["label"] is not None and g["label"] != v["label"]:
                problem(e["file"], "%s: label %r, expected %r" % (v["name"], g["label"], v["label"]))
            if g["vl"] != v["valueLabels"]:
                problem(e["file"], "%s: value labels %r, expected %r" % (v["name"], g["vl"], v["valueLabels"]))
            if sorted(g["missing"]) != sorted(v["missing"]):
                problem(e["file"], "%s: missing %r, expected %r" % (v["name"], g["missing"], v["missing"]))
            if v["name"] in e["sums"]:
                s = math.fsum(x for x in values if x is not None)
                if not same_number(s, e["sums"][v["name"]]):
                    problem(e["file"], "%s: sum %r, expected %r" % (v["name"], s, e["sums"][v["name"]]))
            e_checks = [c for c in e["checks"] if c["var"] == v["name"]]
            for c in e_checks:
                value = values[c["row"]]
                if e.get("either") and c["value"] is None:
                    continue  # haven shows the out-of-range date; StudyBench must not
                if value != c["value"] and not (isinstance(value, float) and same_number(value, c["value"])):
                    problem(e["file"], "row %d %s: %r, expected %r" % (c["row"], v["name"], value, c["value"]))
        print("  %-45s haven: %s rows, %d variables checked" % (e["file"], got["info"], len(names)))


def _is_num(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def verify_sav_pspp(corpus, build, entries):
    """Measure levels, weight and multiple-response sets, as PSPP's DISPLAY DICTIONARY / MRSETS report them."""
    for e in entries:
        if "refused" in e or "variables" not in e:
            continue
        syntax = os.path.join(build, "verify.sps")
        out = os.path.join(build, "verify.csv")
        with open(syntax, "w", encoding="utf-8") as f:
            f.write("GET FILE='%s'.\nDISPLAY DICTIONARY.\nMRSETS /DISPLAY NAME=ALL.\nSHOW WEIGHT.\n"
                    % os.path.join(corpus, e["file"]))
        if os.path.exists(out):
            os.remove(out)
        subprocess.run(["pspp", "-O", "format=csv", "-o", out, syntax], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            text = f.read()
        blocks = text.split("\n\n")
        measures, sets, weight = {}, {}, None
        for b in blocks:
            lines = b.strip().splitlines()
            if not lines:
                continue
            if lines[0] == "Table: Variables":
                for row in csv.DictReader(io.StringIO("\n".join(lines[1:]))):
                    measures[row["Name"]] = row["Measurement Level"].lower()
            elif lines[0] == "Table: Multiple Response Sets":
                name = None
                for row in csv.reader(io.StringIO("\n".join(lines[2:]))):
                    if row[0]:
                        name = row[0]
                        sets[name] = {"label": row[1], "encoding": row[2], "counted": row[3], "vars": []}
                    sets[name]["vars"].extend(row[4].split("\n"))
            elif "WEIGHT is" in b:
                weight = b.split("WEIGHT is", 1)[1].strip().rstrip(".")
        for v in e["variables"]:
            if v["measure"] is not None and measures.get(v["name"]) != v["measure"]:
                problem(e["file"], "%s: PSPP measure %r, expected %r" % (v["name"], measures.get(v["name"]), v["measure"]))
        w = None if weight in (None, "OFF") else weight
        if w != e.get("weight"):
            problem(e["file"], "PSPP weight %r, expected %r" % (w, e.get("weight")))
        expected_sets = {s["name"]: s for s in e.get("sets", [])}
        if set(sets) != set(expected_sets):
            problem(e["file"], "PSPP sets %r, expected %r" % (sorted(sets), sorted(expected_sets)))
        for name, s in expected_sets.items():
            g = sets.get(name)
            if g and (g["label"] != s["label"] or g["vars"] != s["variables"]
                      or (s["type"] == "dichotomies") != (g["encoding"] == "Dichotomies")
                      or (s.get("countedValue") or "") != g["counted"]):
                problem(e["file"], "set %s: PSPP %r, expected %r" % (name, g, s))
        print("  %-45s PSPP: measures, weight %s, %d sets checked" % (e["file"], w, len(sets)))


# ------------------------------------------------------------------------------------------ spreadsheets


def verify_sheets(corpus, build, entries):
    conv = os.path.join(build, "sheets")
    os.makedirs(conv, exist_ok=True)
    copies = {}
    for e in entries:
        if "refused" in e:
            continue
        src = os.path.join(corpus, e["file"])
        name = os.path.basename(e["file"]).replace(".", "_") + os.path.splitext(e["file"])[1]
        shutil.copy(src, os.path.join(conv, name))
        copies[e["file"]] = os.path.join(conv, os.path.splitext(name)[0] + ".csv")
    profile = "file://" + os.path.join(build, "lo-verify-profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false", "--outdir", conv]
                   + [os.path.join(conv, os.path.basename(c)[:-4] + os.path.splitext(f)[1]) for f, c in copies.items()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for e in entries:
        if "refused" in e:
            print("  %-45s refused expected (not read back)" % e["file"])
            continue
        with open(copies[e["file"]], encoding="utf-8", newline="") as f:
            table = list(csv.reader(f))
        first = next((i for i, r in enumerate(table) if any(x.strip() for x in r)), None)
        if first is None or first + 1 != e["headerRowNumber"]:
            problem(e["file"], "LibreOffice: header on row %s, expected %d" % (None if first is None else first + 1,
                                                                                e["headerRowNumber"]))
            continue
        header = table[first]
        data = [r for r in table[first + 1:] if any(x.strip() for x in r)]
        compare_table(e, header, data, "LibreOffice")


def convert(text, t):
    if text == "":
        return None
    if t == "integer":
        return int(float(text))
    if t == "double":
        return float(text)
    return text


def compare_table(e, header, data, reader, names_proposed=()):
    if len(data) != e["rows"]:
        problem(e["file"], "%s: %d rows, expected %d" % (reader, len(data), e["rows"]))
    for i, v in enumerate(e["variables"]):
        col = v.get("index", i)
        if v["name"] not in names_proposed and (col >= len(header) or header[col] != v["name"]):
            problem(e["file"], "%s: column %d is %r, expected %r" % (reader, col, header[col] if col < len(header)
                                                                      else None, v["name"]))
        if v["type"] is None:
            continue
        values = [convert(r[col] if col < len(r) else "", v["type"]) for r in data]
        if v["type"] == "integer" and any(x is not None and float(r[col]) != int(float(r[col]))
                                          for x, r in zip(values, data)):
            problem(e["file"], "%s: %s has non-whole values" % (reader, v["name"]))
        if v["name"] in e["sums"]:
            s = math.fsum(x for x in values if x is not None)
            if not same_number(s, e["sums"][v["name"]]):
                problem(e["file"], "%s: sum of %s %r, expected %r" % (reader, v["name"], s, e["sums"][v["name"]]))
        for c in e["checks"]:
            if c["var"] == v["name"]:
                got = values[c["row"]] if c["row"] < len(values) else "<no row>"
                if got != c["value"] and not (isinstance(got, float) and same_number(got, c["value"])):
                    problem(e["file"], "%s: row %d %s: %r, expected %r" % (reader, c["row"], v["name"], got, c["value"]))
    print("  %-45s %s: %d rows, %d variables checked" % (e["file"], reader, len(data), len(e["variables"])))


# ------------------------------------------------------------------------------------------------- CSV


def verify_csv(corpus, entries):
    for e in entries:
        path = os.path.join(corpus, e["file"])
        raw = open(path, "rb").read()
        if "refused" in e:
            print("  %-45s refused expected (%d bytes)" % (e["file"], len(raw)))
            continue
        if e.get("bom") is not None and raw.startswith(b"\xef\xbb\xbf") != e["bom"]:
            problem(e["file"], "BOM presence differs")
        table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        n_header = e.get("headerRows", 1)
        header, data = table[0], table[n_header:]
        if any(len(r) != len(header) for r in table):
            problem(e["file"], "ragged rows")
        proposed = [v["name"] for v in e["variables"] if any(("(%s)" % v["name"]) in p for p in e.get("proposed", []))]
        for v in e["variables"]:
            if v["label"] is not None and n_header >= 2 and e["layout"].startswith("qualtrics"):
                text = table[1][v["index"]]
                # a column renamed to stay unique ignoring case keeps the rename in its label (StudyBench's VariableNames)
                if v["label"] not in (text, "renamed from " + text, text + " (renamed from " + v["name"].rsplit("_", 1)[0] + ")"):
                    problem(e["file"], "label row: %r, expected %r" % (table[1][v["index"]], v["label"]))
        if e.get("either"):
            data = [[c if _finite(c) else "" for c in r] for r in data]
        compare_table(e, header, data, "csv module", names_proposed=proposed)


def _finite(text):
    try:
        return math.isfinite(float(text))
    except ValueError:
        return True


def main(corpus, build):
    with open(os.path.join(corpus, "expected.json"), encoding="utf-8") as f:
        doc = json.load(f)
    entries = doc["files"]
    listed = {e["file"] for e in entries}
    on_disk = {os.path.join(d, n) for d in ("sav", "xlsx", "csv") for n in os.listdir(os.path.join(corpus, d))}
    for missing in sorted(listed - on_disk):
        problem(missing, "listed in expected.json but not generated")
    for extra in sorted(on_disk - listed):
        problem(extra, "generated but not in expected.json")
    total = 0
    for p in on_disk:
        size = os.path.getsize(os.path.join(corpus, p))
        total += size
        if size >= 200 * 1024:
            problem(p, "%d bytes, over 200 KB" % size)
    if total >= 3 * 1024 * 1024:
        problem("corpus", "%d bytes in all, over 3 MB" % total)

    sav = [e for e in entries if e["file"].startswith("sav/")]
    print("SPSS files (R haven):")
    verify_sav(corpus, build, sav)
    print("SPSS files (PSPP):")
    verify_sav_pspp(corpus, build, [e for e in sav if not e["file"].endswith(".por")])
    print("Spreadsheets (LibreOffice):")
    verify_sheets(corpus, build, [e for e in entries if e["file"].startswith("xlsx/")])
    print("CSV files:")
    verify_csv(corpus, [e for e in entries if e["file"].startswith("csv/")])
    print("%d files, %d bytes" % (len(on_disk), total))
    if problems:
        print("\n%d PROBLEMS:" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all expectations hold")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
