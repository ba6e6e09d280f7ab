"""Builds expected.json from the source data (source_data.py, csv_sources.py) and the dictionaries the
generator scripts declare (restated here: what pspp-survey.sps, pspp-encodings.sps, haven-write.R,
openpyxl_write.py and office.sh told the tools to write). Nothing here reads a generated file.

Usage: python3 expected.py OUT.json
"""

import datetime
import json
import math
import sys

import csv_sources
import source_data as sd

# ---------------------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------------------


def var(name, type, label=None, measure=None, value_labels=None, missing=None, **extra):
    v = {"name": name, "type": type, "label": label, "measure": measure,
         "valueLabels": value_labels or {}, "missing": missing or []}
    v.update(extra)
    return v


def is_missing(value, codes):
    """codes: the "missing" list of a variable ("9", "1 THRU 3", "LOWEST THRU 0", "5 THRU HIGHEST", "X")."""
    for code in codes:
        if " THRU " in code:
            lo, hi = code.split(" THRU ")
            lo = -math.inf if lo == "LOWEST" else float(lo)
            hi = math.inf if hi == "HIGHEST" else float(hi)
            if isinstance(value, (int, float)) and lo <= value <= hi:
                return True
        elif isinstance(value, str):
            if value.rstrip() == code.rstrip():
                return True
        elif isinstance(value, (int, float)) and value == float(code):
            return True
    return False


def cell(value, v):
    """The value a reader must produce for a source value under variable spec v (missing codes applied)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.rstrip()
        if value == "" or is_missing(value, v["missing"]):
            return None
        return value
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if is_missing(value, v["missing"]):
        return None
    if v["type"] == "integer":
        assert value == int(value), (v["name"], value)
        return int(value)
    return float(value)


def table(variables, rows, check_rows, extra_sums_skip=()):
    """rows: list of dicts by variable name. Returns (sums, checks)."""
    sums = {}
    for v in variables:
        if v["type"] in ("integer", "double") and v["name"] not in extra_sums_skip:
            vals = [cell(r[v["name"]], v) for r in rows]
            vals = [x for x in vals if x is not None]
            s = math.fsum(vals)
            sums[v["name"]] = int(s) if v["type"] == "integer" else s
    checks = []
    n = len(rows)
    for i in sorted(set((r if r >= 0 else n + r) for r in check_rows)):
        for v in variables:
            checks.append({"row": i, "var": v["name"], "value": cell(rows[i][v["name"]], v)})
    return sums, checks


def check_types(variables, rows):
    """The declared type must follow from the values (integer = every present value whole)."""
    for v in variables:
        if v["type"] == "integer":
            for r in rows:
                x = r[v["name"]]
                assert x is None or x == int(x), (v["name"], x)


# ---------------------------------------------------------------------------------------------------------
# SPSS: PSPP survey
# ---------------------------------------------------------------------------------------------------------

YES_NO = {"0": "No", "1": "Yes"}
BRANDS = {"1": "Acme", "2": "Globex", "3": "Initech", "4": "Umbrella", "5": "Hooli"}
SURVEY_VARS = [
    var("RespondentID", "integer", "Respondent identifier", "nominal", format="F8.0"),
    var("CompanySize", "integer", "Size of the company", "ordinal", {"1": "SME", "2": "Large firm", "9": "Don't know"},
        ["9"], format="F1.0"),
    var("sex", "string", "Sex of the respondent", "nominal", {"M": "Male", "F": "Female", "X": "Not stated"}, ["X"],
        format="A1"),
    var("SatisfactionWithService", "integer", "Satisfaction with the service (1-10)", "ordinal",
        {"1": "Very dissatisfied", "10": "Very satisfied", "97": "Refused", "98": "Don't know", "99": "Not asked",
         "-1": "Not applicable"}, ["97 THRU 99", "-1"], format="F3.0"),
    var("HouseholdIncome", "double", "Household income (EUR)", "scale", None, ["LOWEST THRU -1"], format="F12.2"),
    var("YearsEmployed", "integer", "Years with the current employer", "scale", None, ["50 THRU HIGHEST"],
        format="F3.0"),
    var("BiasInt", "integer", "Integers around the compression bias", "scale", format="F9.0"),
    var("BiasFrac", "double", "Non-integers near the compression bias", "scale", format="F10.3"),
    var("NotWholeF0", "double", "A 0-decimal format holding one non-whole value", "scale", format="F3.0"),
    var("Weight", "double", "Design weight", "scale", format="F8.4"),
    var("InterviewDate", "date", "Date of the interview", "scale", format="DATE11"),
    var("SubmittedAt", "date", "Submission time stamp", "scale", format="DATETIME20.0"),
    var("Duration", "double", "Interview duration", "scale", format="TIME8.0"),
    var("Code8", "string", "An eight-byte code", "nominal", format="A8"),
    var("OpenComment", "string", "Open comment", "nominal", format="A500"),
    var("ch_web", "integer", "Channel used: web", "nominal", YES_NO, format="F1.0"),
    var("ch_phone", "integer", "Channel used: phone", "nominal", YES_NO, format="F1.0"),
    var("ch_store", "integer", "Channel used: store", "nominal", YES_NO, format="F1.0"),
    var("ch_app", "integer", "Channel used: app", "nominal", YES_NO, format="F1.0"),
    var("brand1", "integer", "Brand considered, first mention", "nominal", BRANDS, format="F2.0"),
    var("brand2", "integer", "Brand considered, second mention", "nominal", BRANDS, format="F2.0"),
    var("brand3", "integer", "Brand considered, third mention", "nominal", BRANDS, format="F2.0"),
]
SURVEY_SETS = [
    {"name": "$channels", "type": "dichotomies", "label": "Channels used", "countedValue": "1",
     "variables": sd.CHANNELS},
    {"name": "$brands", "type": "categories", "label": "Brands considered", "variables": sd.BRANDS},
]


def pspp_survey_entries():
    rows = sd.survey_rows()
    check_types(SURVEY_VARS, rows)
    # row 4: sex X and satisfaction 97 are missing codes, income -5 in LOWEST THRU -1; row 5: the long comment;
    # row 7: empty sex; row 9: satisfaction -1; row 12: system-missing satisfaction; row 17: 2.5 in F3.0;
    # row 25: system-missing date; row 30: system-missing BiasInt; last row: fixed recognisable values.
    sums, checks = table(SURVEY_VARS, rows, [0, 1, 4, 5, 7, 9, 12, 17, 25, 30, -1])
    out = []
    for file, how in (("sav/pspp-survey-uncompressed.sav", "SAVE /UNCOMPRESSED"),
                      ("sav/pspp-survey-bytecode.sav", "SAVE /COMPRESSED (bytecode)"),
                      ("sav/pspp-survey.zsav", "SAVE /ZCOMPRESSED (zlib)")):
        out.append({"file": file, "writtenBy": "PSPP 1.6.2, " + how, "encoding": "UTF-8", "rows": len(rows),
                    "weight": "Weight", "variables": SURVEY_VARS, "sets": SURVEY_SETS, "sums": sums,
                    "checks": checks,
                    "notes": "Duration has the TIME8 format: its type is 'double' (seconds), proposed."})
    out.append({"file": "sav/pspp-survey.por", "writtenBy": "PSPP 1.6.2, EXPORT (portable file)",
                "refused": "portable"})
    return out


def cities_entries():
    out = []
    for file, data, enc, labels in (
            ("sav/pspp-latin1.sav", sd.CITIES_LATIN1, "ISO-8859-1",
             ("Numéro", "Ville de résidence", "Région",
              {"1": "Zone française", "2": "Österreich/Deutschland", "3": "Ålborg-Øresund"})),
            ("sav/pspp-utf8.sav", sd.CITIES_UTF8, "UTF-8",
             ("Αριθμός", "Город проживания", "Περιφέρεια", {"1": "Ελλάδα", "2": "Россия", "3": "Україна"}))):
        variables = [var("id", "integer", labels[0], "scale", format="F4.0"),
                     var("city", "string", labels[1], "nominal", format="A24" if enc != "UTF-8" else "A40"),
                     var("region", "integer", labels[2], "nominal", labels[3], format="F1.0")]
        rows = [dict(id=a, city=b, region=c) for a, b, c in data]
        sums, checks = table(variables, rows, [0, 1, 3, -1])
        out.append({"file": file, "writtenBy": "PSPP 1.6.2, SET LOCALE='%s'" % enc, "encoding": enc,
                    "rows": len(rows), "weight": None, "variables": variables, "sets": [], "sums": sums,
                    "checks": checks})
    return out


def year200000_entry():
    variables = [var("id", "integer", None, None, format="F4.0"),
                 var("visit", "date", "Visit date (row 2 is in the year 200000)", None, format="DATE11")]
    return {"file": "sav/pspp-year200000.sav", "writtenBy": "PSPP 1.6.2, SAVE /UNCOMPRESSED", "encoding": "UTF-8",
            "rows": 3, "either": "refused-or-null", "weight": None, "variables": variables, "sets": [],
            "sums": {"id": 6},
            "checks": [{"row": 0, "var": "id", "value": 1}, {"row": 0, "var": "visit", "value": "2024-06-15"},
                       {"row": 1, "var": "id", "value": 2}, {"row": 1, "var": "visit", "value": None},
                       {"row": 2, "var": "id", "value": 3}, {"row": 2, "var": "visit", "value": "1999-12-31"}],
            "notes": "Row 1's visit is 1 January 200000 (SPSS value 6311347718400 s). Expected: the preview is "
                     "refused naming the variable/case, or the value is null with a message; never a wrong date."}


# ---------------------------------------------------------------------------------------------------------
# SPSS: R haven
# ---------------------------------------------------------------------------------------------------------

HAVEN_VARS = [
    var("id", "integer", "Respondent number", format="F8.0"),
    var("satisfaction_with_service", "integer", "How satisfied are you with our service?", None,
        {"1": "Very unsatisfied", "2": "Unsatisfied", "3": "Neutral", "4": "Satisfied", "5": "Very satisfied",
         "8": "Don't know", "9": "Refused"}, ["8", "9"], format="F8.0"),
    var("gender", "string", "Gender", None, {"M": "Male", "F": "Female", "U": "Unknown"}, ["U"], format="A1"),
    var("region", "integer", "Region of residence", None, {"1": "North", "2": "South", "3": "East", "4": "West"},
        format="F8.0"),
    var("hours_per_week", "double", "Hours worked per week", None, {"999": "Not asked"}, ["LOWEST THRU -1", "999"],
        format="F8.2"),
    var("income_thousands", "integer", "Yearly income in thousands", None, {"999": "Refused"}, ["900 THRU HIGHEST"],
        format="F8.0"),
    var("visit_date", "date", "Date of the visit", format="DATE11"),
    var("created_at", "date", "Record created at", format="DATETIME20"),
    var("city", "string", "City (UTF-8)"),
    var("long_comment", "string", "A long open answer"),
    var("score", "double", "Score", format="F8.2"),
    var("n_children", "integer", "Number of children", format="F8.0"),
]


def haven_entries():
    rows = sd.haven_rows()
    check_types(HAVEN_VARS, rows)
    # row 2: the 300+ character value, "U" gender (missing), -1 hours (range), 950 income (range);
    # row 3: 999 hours (discrete missing), NA date; row 5: 8 (missing) satisfaction, empty city;
    # row 8: NA POSIXct; row 9: NA score; row 10: empty gender; row 14: NA satisfaction.
    sums, checks = table(HAVEN_VARS, rows, [0, 1, 2, 3, 5, 8, 9, 10, 14, -1])
    out = []
    for file, how in (("sav/haven-bytecode.sav", 'write_sav(compress = "byte")'),
                      ("sav/haven-uncompressed.sav", 'write_sav(compress = "none")'),
                      ("sav/haven.zsav", 'write_sav(compress = "zsav")')):
        out.append({"file": file, "writtenBy": "R 4.2.2, haven 2.5.1 (ReadStat), " + how, "encoding": "UTF-8",
                    "rows": len(rows), "weight": None, "variables": HAVEN_VARS, "sets": [], "sums": sums,
                    "checks": checks,
                    "notes": "measure is null (not asserted): haven chooses it. long_comment is written as A%d "
                             "(haven sizes strings to the longest value)." % len(sd.HAVEN_LONG.encode("utf-8"))})
    return out


# ---------------------------------------------------------------------------------------------------------
# hostile SPSS files
# ---------------------------------------------------------------------------------------------------------


def hostile_sav_entries():
    def refused(file, words, alternatives, how):
        return {"file": file, "writtenBy": how, "refused": words, "alternatives": alternatives, "wordsProposed": True}

    return [
        refused("sav/hostile-truncated-dictionary.sav", "truncated", ["end of file", "unexpected end"],
                "hostile.py: pspp-survey-uncompressed.sav cut inside the variable records"),
        refused("sav/hostile-truncated-data.sav", "truncated", ["end of file", "unexpected end", "partial case"],
                "hostile.py: pspp-survey-uncompressed.sav cut inside case 3"),
        refused("sav/hostile-truncated-data-bytecode.sav", "truncated", ["end of file", "unexpected end", "partial case"],
                "hostile.py: pspp-survey-bytecode.sav cut inside the compressed data"),
        {"file": "sav/hostile-huge-case-size.sav", "either": "refused-or-read",
         "writtenBy": "hostile.py: pspp-survey-uncompressed.sav, header nominal case size 2147483647",
         "sameAs": "sav/pspp-survey-uncompressed.sav",
         "notes": "The header's case size is only a hint (PSPP and haven ignore it and read the 40 cases): "
                  "expected either refused, or read exactly as sameAs; never an allocation from the claim."},
        refused("sav/hostile-huge-label-count.sav", "label", ["corrupt", "invalid"],
                "hostile.py: pspp-survey-uncompressed.sav, first value-label record claims 2147483647 labels"),
        refused("sav/hostile-huge-extension-record.sav", "record", ["corrupt", "invalid", "too large"],
                "hostile.py: pspp-survey-uncompressed.sav, first type-7 record claims 2147483647 elements"),
        refused("sav/hostile-not-a-sav.sav", "not an SPSS", ["not a .sav", "system file", "not a sav"],
                "hostile.py: a CSV text named .sav"),
        year200000_entry(),
    ]


# ---------------------------------------------------------------------------------------------------------
# spreadsheets
# ---------------------------------------------------------------------------------------------------------

SALES_VARS = [var("OrderID", "integer"), var("Customer", "string"), var("Amount", "double"),
              var("OrderDate", "date"), var("Note", "string")]
PANEL_VARS = [var("RespondentID", "integer"), var("Name", "string"), var("Score", "double"), var("Joined", "date"),
              var("Comment", "string")]


def sheet_rows(header, data):
    return [dict(zip(header, r)) for r in data]


def spreadsheet_entries():
    out = []
    rows = sheet_rows(sd.SALES_HEADER, sd.SALES)
    check_types(SALES_VARS, rows)
    sums, checks = table(SALES_VARS, rows, [0, 1, 5, -1])
    for file, how in (("xlsx/libreoffice-sales.xlsx", "LibreOffice 7.4.7.2 headless, --convert-to xlsx from sales.fods"),
                      ("xlsx/libreoffice-sales.xls", "LibreOffice 7.4.7.2 headless, --convert-to xls (BIFF8) from sales.fods"),
                      ("xlsx/gnumeric-sales.xlsx", "Gnumeric ssconvert 1.12.55, Gnumeric_Excel:xlsx2 from sales.gnumeric"),
                      ("xlsx/gnumeric-sales.xls", "Gnumeric ssconvert 1.12.55, Gnumeric_Excel:excel_biff8 from sales.gnumeric")):
        out.append({"file": file, "writtenBy": how, "sheet": "Sales", "headerRowNumber": 1, "rows": len(rows),
                    "variables": SALES_VARS, "sums": sums, "checks": checks})

    rows = sheet_rows(sd.PANEL_HEADER, sd.PANEL)
    check_types(PANEL_VARS, rows)
    sums, checks = table(PANEL_VARS, rows, [0, 1, 2, 3, 4, -1])
    for file, how in (("xlsx/openpyxl-basic.xlsx", "openpyxl 3.0.9 (inline strings, as it writes them)"),
                      ("xlsx/openpyxl-inline-strings.xlsx", "openpyxl 3.0.9, one inline string made rich text"),
                      ("xlsx/openpyxl-1904.xlsx", "openpyxl 3.0.9, wb.epoch = CALENDAR_MAC_1904 (date1904=\"1\")"),
                      ("xlsx/openpyxl-no-dimension.xlsx", "openpyxl 3.0.9, <dimension> and r= attributes removed"),
                      ("xlsx/openpyxl-strict.xlsx", "openpyxl 3.0.9, rewritten to Strict OOXML namespaces")):
        out.append({"file": file, "writtenBy": how, "sheet": "Panel", "headerRowNumber": 1, "rows": len(rows),
                    "variables": PANEL_VARS, "sums": sums, "checks": checks})
    out.append({"file": "xlsx/openpyxl-leading-blank-rows.xlsx",
                "writtenBy": "openpyxl 3.0.9, rows 1-2 styled but empty, header on row 3", "sheet": "Panel",
                "headerRowNumber": 3, "rows": len(rows), "variables": PANEL_VARS, "sums": sums, "checks": checks})
    out.append({"file": "xlsx/openpyxl-header-only.xlsx", "writtenBy": "openpyxl 3.0.9, header row only",
                "sheet": "Panel", "headerRowNumber": 1, "rows": 0,
                "variables": [dict(v, type=None) for v in PANEL_VARS], "sums": {}, "checks": [],
                "notes": "types are null (not asserted): there are no values to infer them from."})

    out += [
        {"file": "xlsx/hostile-xxe.xlsx", "writtenBy": "hostile.py: openpyxl-basic.xlsx with a DOCTYPE and an "
         "external entity (file:///etc/passwd) in the sheet XML", "refused": "DOCTYPE",
         "alternatives": ["DTD", "entity"], "wordsProposed": True},
        {"file": "xlsx/hostile-zipbomb.xlsx", "writtenBy": "hostile.py: sheet XML of 200,000,000 bytes deflated to "
         "under 200 KB", "refused": "too large", "alternatives": ["compression", "ratio"]},
        {"file": "xlsx/hostile-not-a-zip.xlsx", "writtenBy": "hostile.py: a text file named .xlsx",
         "refused": "zip", "alternatives": ["not an Excel", "not an xlsx", "not a workbook", "not a valid"],
         "wordsProposed": True},
    ]
    return out


# ---------------------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------------------


def csv_entries():
    out = []
    for file, cols, opts in csv_sources.EXPORTS:
        variables = []
        proposed = []
        for index, c in enumerate(cols):
            variables.append(var(c.name, c.type, c.label, None, index=index))
            if c.name_proposed:
                proposed.append("name of column %d (%s)" % (index, c.name))
            if c.type is None:
                proposed.append("type of %s (date-time stamps: string or date, not asserted)" % c.name)
            if c.label and " — " in c.label:
                proposed.append("label of column %d (%s): question text — option text" % (index, c.name))
        n = len(cols[0].values)
        rows = [{c.name: c.values[i] for c in cols} for i in range(n)]
        check_types(variables, rows)
        asserted = [v for v in variables if v["type"] is not None]
        sums, checks = table(asserted, rows, [0, 1, 2, 3, -1])
        entry = {"file": file, "writtenBy": "csv_sources.py, after the %s export layout" % opts["layout"],
                 "layout": opts["layout"], "headerRows": opts["header_rows"], "bom": opts["bom"],
                 "rows": n, "variables": variables, "sums": sums, "checks": checks}
        if proposed:
            entry["proposed"] = proposed
        out.append(entry)

    out += [
        {"file": "csv/hostile-unclosed-quote.csv", "writtenBy": "csv_sources.py (raw bytes)", "refused": "line 3"},
        {"file": "csv/hostile-ragged-row.csv", "writtenBy": "csv_sources.py (raw bytes)", "refused": "line 4"},
        {"file": "csv/hostile-invalid-utf8.csv", "writtenBy": "csv_sources.py (raw bytes)", "refused": "line 3"},
    ]

    variables = [var("id", "integer"), var("amount", "double"), var("extreme", "double")]
    extreme = []
    for a, b, c in csv_sources.EXTREME_ROWS:
        x = float(c)
        extreme.append(x if math.isfinite(x) else None)
    rows = [dict(id=a, amount=b, extreme=e) for (a, b, _), e in zip(csv_sources.EXTREME_ROWS, extreme)]
    sums, checks = table(variables, rows, range(len(rows)))
    out.append({"file": "csv/hostile-extreme-numbers.csv", "writtenBy": "csv_sources.py",
                "either": "refused-or-null", "rows": len(rows), "variables": variables, "sums": sums,
                "checks": checks,
                "proposed": ["non-finite values (1.8E308 overflows, -1.8E308, inf, NaN) become null with a message; "
                             "refusing the file naming line 2 is the alternative"]})
    return out


def main(path):
    entries = (pspp_survey_entries() + cities_entries() + haven_entries() + hostile_sav_entries()
               + spreadsheet_entries() + csv_entries())
    files = [e["file"] for e in entries]
    assert len(files) == len(set(files)), "duplicate entries"
    doc = {
        "schema": "studybench-corpus-expected/1",
        "about": "Expected dictionary, sums and cell values of every file under testdata/corpus; see README.md.",
        "files": entries,
    }
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(doc))


def dump(doc):
    """JSON with one file entry per block and one variable or check per line (diff-friendly, compact)."""
    def j(x):
        return json.dumps(x, ensure_ascii=False, allow_nan=False)

    out = ["{", '  "schema": %s,' % j(doc["schema"]), '  "about": %s,' % j(doc["about"]), '  "files": [']
    for n, e in enumerate(doc["files"]):
        out.append("    {")
        keys = list(e)
        for k, key in enumerate(keys):
            sep = "," if k < len(keys) - 1 else ""
            value = e[key]
            if key in ("variables", "checks", "sets") and value:
                out.append('      %s: [' % j(key))
                out += ["        %s%s" % (j(x), "," if i < len(value) - 1 else "") for i, x in enumerate(value)]
                out.append("      ]" + sep)
            else:
                out.append("      %s: %s%s" % (j(key), j(value), sep))
        out.append("    }" + ("," if n < len(doc["files"]) - 1 else ""))
    out += ["  ]", "}"]
    text = "\n".join(out) + "\n"
    assert json.loads(text) == json.loads(j(doc))
    return text

if __name__ == "__main__":
    main(sys.argv[1])
