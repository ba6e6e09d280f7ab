"""The source data of the corpus: every value the tools are told to write, defined once.

Run as a script it writes the tab-separated files in generate/source/ that the PSPP syntax and the
R script read. expected.py imports this module, so the expected values in expected.json come from
here (what the tools were told to write), never from StudyBench.

Everything is computed from the row number with fixed formulas: no randomness, no clock.
Fractions are dyadic (halves, quarters, eighths) so every sum is exact in binary floating point.
An empty cell in a TSV means "no value" (system-missing for numbers, empty for strings).
"""

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source")

# ---------------------------------------------------------------------------------------------
# survey: the PSPP data set (pspp-survey-*.sav / .zsav / .por), 40 cases
# ---------------------------------------------------------------------------------------------

SURVEY_N = 40

# Integers around the bytecode-compression bias (code 1..251 stores value-100), and outside it.
BIAS_INT = [-100, -99, -101, -1, 0, 1, 99, 100, 150, 151, 152, 250, 251, 252, 1000000, -1000000]
# Non-integers (never bytecode-compressible) and a whole 0 in a 3-decimal format.
BIAS_FRAC = [-99.5, 0.25, 151.125, -0.125, 0.0, 152.5, 250.75, -100.5, 0.5, 1234.875]

LONG_COMMENT = ("Very long comment (more than 255 bytes, so it spans several very-long-string segments): "
                + "".join("[%03d] the quick brown fox jumps over the lazy dog. " % i for i in range(1, 8))
                + "END")
assert 255 < len(LONG_COMMENT) <= 500, len(LONG_COMMENT)

CHANNELS = ["ch_web", "ch_phone", "ch_store", "ch_app"]
BRANDS = ["brand1", "brand2", "brand3"]


def survey_rows():
    """One dict per case; None = system-missing / empty string."""
    rows = []
    for i in range(SURVEY_N):
        r = {}
        r["RespondentID"] = 1001 + i
        r["CompanySize"] = [1, 2, 1, 9, 2][i % 5]
        r["sex"] = ["M", "F", "F", "M", "X"][i % 5] if i != 7 else ""
        sat = [1, 5, 10, 7, 97, 3, 98, 8, 99, -1, 6][i % 11]
        r["SatisfactionWithService"] = None if i in (12, 33) else sat
        inc = 20000 + 1375.25 * i + [0, 0.5, 0.75, 0.125][i % 4]
        r["HouseholdIncome"] = -5.0 if i % 9 == 4 else (None if i == 20 else inc)
        r["YearsEmployed"] = [0, 3, 12, 45, 60, 99, 7][i % 7]
        r["BiasInt"] = BIAS_INT[i % len(BIAS_INT)] if i != 30 else None
        r["BiasFrac"] = BIAS_FRAC[i % len(BIAS_FRAC)]
        r["NotWholeF0"] = 2.5 if i == 17 else (i % 4)
        r["Weight"] = [0.5, 1.0, 1.25, 1.5, 2.0, 0.75, 0.875][i % 7]
        d = datetime.date(2024, 1, 1) + datetime.timedelta(days=9 * i)
        r["InterviewDate"] = None if i == 25 else d
        r["SubmittedAt"] = datetime.datetime(d.year, d.month, d.day, 8 + i % 12, (7 * i) % 60, (13 * i) % 60)
        r["Duration"] = 60 * (5 + i) + (i * 7) % 60  # seconds
        r["Code8"] = ["ABCDEFGH", "", "AB", "12345678", "x y"][i % 5]
        if i == 5:
            r["OpenComment"] = LONG_COMMENT
        elif i % 6 == 2:
            r["OpenComment"] = ""
        elif i % 6 == 3:
            r["OpenComment"] = "trailing blanks   "  # written with trailing blanks; read back right-trimmed
        else:
            r["OpenComment"] = "Comment %d" % (i + 1)
        for k, c in enumerate(CHANNELS):
            r[c] = 1 if ((i >> k) & 1) else 0
        r["ch_app"] = None if i == 9 else r["ch_app"]
        brands = [(i % 5) + 1, ((i + 2) % 5) + 1, None]
        if i % 3 == 0:
            brands[2] = ((i + 4) % 5) + 1
        if i % 8 == 7:
            brands = [None, None, None]
        for c, b in zip(BRANDS, brands):
            r[c] = b
        rows.append(r)
    # the last case: recognisable values everywhere (the "shifted cases" check)
    last = rows[-1]
    last.update({"RespondentID": 9999, "CompanySize": 2, "sex": "F", "SatisfactionWithService": 10,
                 "HouseholdIncome": 123456.75, "YearsEmployed": 1, "BiasInt": 252, "BiasFrac": -99.5,
                 "NotWholeF0": 3, "Weight": 1.0, "InterviewDate": datetime.date(2024, 12, 31),
                 "SubmittedAt": datetime.datetime(2024, 12, 31, 23, 59, 58), "Duration": 3599,
                 "Code8": "LASTCASE", "OpenComment": "last case"})
    return rows


SURVEY_COLUMNS = ["RespondentID", "CompanySize", "sex", "SatisfactionWithService", "HouseholdIncome",
                  "YearsEmployed", "BiasInt", "BiasFrac", "NotWholeF0", "Weight", "InterviewDate",
                  "SubmittedAt", "Duration", "Code8", "OpenComment"] + CHANNELS + BRANDS

# ---------------------------------------------------------------------------------------------
# cities: the small encoding data sets (pspp-latin1.sav, pspp-utf8.sav), 6 cases
# ---------------------------------------------------------------------------------------------

CITIES_LATIN1 = [(1, "Zürich", 1), (2, "Köln", 2), (3, "São Paulo", 1), (4, "Besançon", 3), (5, "Malmö", 2),
                 (6, "Ærøskøbing", 3)]
CITIES_UTF8 = [(1, "Αθήνα", 1), (2, "Москва", 2), (3, "Zürich", 1), (4, "Київ", 3), (5, "Θεσσαλονίκη", 2),
               (6, "Санкт-Петербург", 3)]

# ---------------------------------------------------------------------------------------------
# haven: the R haven data set (haven-*.sav / .zsav), 36 rows
# ---------------------------------------------------------------------------------------------

HAVEN_N = 36
HAVEN_CITIES = ["Zürich", "Москва", "Αθήνα", "São Paulo", "Kraków", "", "Reykjavík", "東京"]
HAVEN_LONG = ("A character value longer than 255 bytes, which SPSS stores as a very long string split into "
              "255-byte segments: " + "".join("segment text %02d; " % k for k in range(1, 16)) + "done.")
assert len(HAVEN_LONG) > 300, len(HAVEN_LONG)


def haven_rows():
    rows = []
    for i in range(HAVEN_N):
        r = {}
        r["id"] = i + 1
        r["satisfaction_with_service"] = [1, 2, 3, 4, 5, 8, 9, 3, 4][i % 9] if i != 14 else None
        r["gender"] = ["M", "F", "U", "F"][i % 4] if i != 10 else ""
        r["region"] = [1, 2, 3, 4][i % 4] if i % 7 != 6 else None
        r["hours_per_week"] = [40, 38.5, -1, 999, 20, -3, 0, 45.25][i % 8]
        r["income_thousands"] = [25, 48, 950, 61, 999, 33][i % 6] if i != 22 else None
        r["visit_date"] = None if i == 3 else datetime.date(2023, 6, 1) + datetime.timedelta(days=11 * i)
        r["created_at"] = None if i == 8 else datetime.datetime(2023, 6, 1, 9, 0, 0) + datetime.timedelta(hours=29 * i, minutes=17 * i, seconds=5 * i)
        r["city"] = HAVEN_CITIES[i % len(HAVEN_CITIES)]
        r["long_comment"] = HAVEN_LONG if i == 2 else ("" if i % 5 == 1 else "note %d" % (i + 1))
        r["score"] = None if i % 10 == 9 else (i * 2.25 - 10)
        r["n_children"] = None if i % 6 == 5 else i % 4
        rows.append(r)
    last = rows[-1]
    last.update({"id": 3600, "satisfaction_with_service": 5, "gender": "F", "region": 4, "hours_per_week": 45.25,
                 "income_thousands": 77, "visit_date": datetime.date(2024, 2, 29),
                 "created_at": datetime.datetime(2024, 2, 29, 12, 34, 56), "city": "Москва",
                 "long_comment": "the last row", "score": 99.5, "n_children": 3})
    return rows


HAVEN_COLUMNS = ["id", "satisfaction_with_service", "gender", "region", "hours_per_week", "income_thousands",
                 "visit_date", "created_at", "city", "long_comment", "score", "n_children"]

# ---------------------------------------------------------------------------------------------
# sales: the spreadsheet data set (LibreOffice, Gnumeric), 8 rows
# ---------------------------------------------------------------------------------------------

SALES_HEADER = ["OrderID", "Customer", "Amount", "OrderDate", "Note"]
SALES = [
    (1, "Zoë Müller", 12.5, datetime.date(2024, 1, 15), "first order"),
    (2, "Ångström AB", 1999.99, datetime.date(2024, 2, 29), None),  # blank cell
    (3, "Crème Brûlée SARL", 0.25, datetime.date(1999, 12, 31), "ümlaut ß"),
    (4, "Łódź Sp. z o.o.", -40.75, datetime.date(2000, 1, 1), "negative"),
    (5, "São Tomé Lda", 100.0, datetime.date(2023, 7, 4), "whole amount"),
    (6, "Ελληνικά ΑΕ", 3.125, datetime.date(2010, 10, 10), "Greek"),
    (7, "Plain Ltd", 7.5, datetime.date(2024, 12, 1), "plain"),
    (8, "Last Row GmbH", 42.0, datetime.date(2025, 6, 30), "last row"),
]


# ---------------------------------------------------------------------------------------------
# panel: the openpyxl data set (openpyxl-*.xlsx), 6 rows
# ---------------------------------------------------------------------------------------------

PANEL_HEADER = ["RespondentID", "Name", "Score", "Joined", "Comment"]
RICH_TEXT = ("ARREST BOOKINGS ", "for 01/30/17")  # written as two runs (second bold) in the inline-string file
PANEL = [
    (101, "Anna Müller", 7.5, datetime.date(2020, 1, 31), "ok"),
    (102, "Bjørn Ødegård", 8, datetime.date(2021, 2, 28), None),  # blank cell
    (103, "Chloé", 6.25, datetime.date(1999, 12, 31), "".join(RICH_TEXT)),
    (104, "Дмитрий Иванов", -1.5, datetime.date(2024, 2, 29), "negative score"),
    (105, "Eve", 10, datetime.date(1904, 1, 2), "two  spaces  inside"),
    (106, "Last Person", 3.125, datetime.date(2025, 12, 31), "last row"),
]


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float) and v == int(v):
        return repr(v)
    return str(v)


def write_tsv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(_cell(r[c]) for c in columns) + "\n")


def main():
    os.makedirs(SOURCE, exist_ok=True)
    write_tsv(os.path.join(SOURCE, "survey.tsv"), SURVEY_COLUMNS, survey_rows())
    write_tsv(os.path.join(SOURCE, "haven.tsv"), HAVEN_COLUMNS, haven_rows())
    for name, data in (("cities-latin1.tsv", CITIES_LATIN1), ("cities-utf8.tsv", CITIES_UTF8)):
        write_tsv(os.path.join(SOURCE, name), ["id", "city", "region"],
                  [dict(id=a, city=b, region=c) for a, b, c in data])


if __name__ == "__main__":
    main()
