"""Survey-platform CSV exports, hand-made after the layouts the real tools write, and hostile CSV files.

Each export is defined once here as columns (header cells, the variable a researcher expects, typed values);
main() writes the files, expected.py reads EXPORTS for the expected dictionaries and rows.

Usage: python3 csv_sources.py ..   (the corpus directory; files go to ../csv/)
"""

import os
import sys

QID_TZ = '{"ImportId":"%s","timeZone":"America/Denver"}'
QID = '{"ImportId":"%s"}'
QID_CHOICE = '{"ImportId":"%s","choiceId":"%s"}'


class Col:
    """One column: header cells (top to bottom), the expected variable, and one value per data row.

    type: integer|double|string|boolean, or None when not asserted (date-time stamps: the importer owner
    decides between string and date). name_proposed: the name is a proposal (the export has no usable name).
    text: how each value is written, when it is not the plain rendering of the value.
    """

    def __init__(self, headers, name, type, label, values, name_proposed=False, text=None):
        self.headers = headers
        self.name = name
        self.type = type
        self.label = label
        self.values = values
        self.name_proposed = name_proposed
        self.text = text


def render(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, float):
        r = repr(v)
        return r[:-2] if r.endswith(".0") else r
    return str(v)


# -------------------------------------------------------------------------------------------------
# Qualtrics, current export (2017-): names; question texts; {"ImportId": ...} JSON; numeric values.
# -------------------------------------------------------------------------------------------------

N_Q = 8
q_start = ["2024-03-0%d 09:%02d:%02d" % (1 + i % 5, 10 + i, (i * 7) % 60) for i in range(N_Q)]
q_end = ["2024-03-0%d 09:%02d:%02d" % (1 + i % 5, 20 + i, (i * 11) % 60) for i in range(N_Q)]
QUALTRICS = [
    Col(["StartDate", "Start Date", QID_TZ % "startDate"], "StartDate", None, "Start Date", q_start),
    Col(["EndDate", "End Date", QID_TZ % "endDate"], "EndDate", None, "End Date", q_end),
    Col(["Status", "Response Type", QID % "status"], "Status", "integer", "Response Type", [0] * N_Q),
    Col(["IPAddress", "IP Address", QID % "ipAddress"], "IPAddress", "string", "IP Address",
        ["203.0.113.%d" % (10 + i) for i in range(N_Q)]),
    Col(["Progress", "Progress", QID % "progress"], "Progress", "integer", "Progress",
        [100, 100, 100, 45, 100, 100, 100, 100]),
    Col(["Duration (in seconds)", "Duration (in seconds)", QID % "duration"], "Duration (in seconds)", "integer",
        "Duration (in seconds)", [245, 1312, 87, 60, 402, 199, 3605, 150]),
    Col(["Finished", "Finished", QID % "finished"], "Finished", "integer", "Finished", [1, 1, 1, 0, 1, 1, 1, 1]),
    Col(["RecordedDate", "Recorded Date", QID_TZ % "recordedDate"], "RecordedDate", None, "Recorded Date", q_end),
    Col(["ResponseId", "Response ID", QID % "_recordId"], "ResponseId", "string", "Response ID",
        ["R_1a2B3c4D5e6F7g%d" % i for i in range(N_Q)]),
    Col(["DistributionChannel", "Distribution Channel", QID % "distributionChannel"], "DistributionChannel", "string",
        "Distribution Channel", ["anonymous"] * N_Q),
    Col(["UserLanguage", "User Language", QID % "userLanguage"], "UserLanguage", "string", "User Language",
        ["EN", "EN", "DE", "EN", "FR", "EN", "EN", "EN"]),
    Col(["Q1", "How satisfied are you with our service?", QID % "QID1"], "Q1", "integer",
        "How satisfied are you with our service?", [5, 4, 2, None, 3, 5, 1, 4]),
    Col(["Q2_1", "Which channels do you use? (Select all that apply) - Website", QID_CHOICE % ("QID2", "1")], "Q2_1",
        "integer", "Which channels do you use? (Select all that apply) - Website", [1, None, 1, None, 1, 1, None, 1]),
    Col(["Q2_2", "Which channels do you use? (Select all that apply) - Phone", QID_CHOICE % ("QID2", "2")], "Q2_2",
        "integer", "Which channels do you use? (Select all that apply) - Phone", [None, 1, 1, None, None, 1, None, None]),
    Col(["Q2_3", "Which channels do you use? (Select all that apply) - Store", QID_CHOICE % ("QID2", "3")], "Q2_3",
        "integer", "Which channels do you use? (Select all that apply) - Store", [None, None, None, None, 1, 1, 1, 1]),
    Col(["Q3", "How much did you spend last month (EUR)?", QID % "QID3_TEXT"], "Q3", "double",
        "How much did you spend last month (EUR)?", [120.5, 0.0, 37.25, None, 1999.99, 12.0, 64.75, 8.125]),
    Col(["Q4", "Any other comments?\nPlease be specific.", QID % "QID4_TEXT"], "Q4", "string",
        "Any other comments?\nPlease be specific.",
        ["Great, thanks", None, 'She said "fine", then left', None, "Line one\nline two", "Ünïcödé ✓", None,
         "last respondent"]),
]

# -------------------------------------------------------------------------------------------------
# Qualtrics, legacy export (before 2017): V1.. names; texts; no ImportId row.
# -------------------------------------------------------------------------------------------------

N_L = 6
LEGACY = [
    Col(["V1", "ResponseID"], "V1", "string", "ResponseID", ["R_3ewq%02d" % i for i in range(N_L)]),
    Col(["V2", "ResponseSet"], "V2", "string", "ResponseSet", ["Default Response Set"] * N_L),
    Col(["V3", "Name"], "V3", "string", "Name", ["Anonymous"] * N_L),
    Col(["V4", "ExternalDataReference"], "V4", "string", "ExternalDataReference", [None] * N_L),
    Col(["V5", "EmailAddress"], "V5", "string", "EmailAddress", [None] * N_L),
    Col(["V6", "IPAddress"], "V6", "string", "IPAddress", ["198.51.100.%d" % (1 + i) for i in range(N_L)]),
    Col(["V7", "Status"], "V7", "integer", "Status", [0] * N_L),
    Col(["V8", "StartDate"], "V8", None, "StartDate", ["2016-05-1%d 08:0%d:00" % (i, i) for i in range(N_L)]),
    Col(["V9", "EndDate"], "V9", None, "EndDate", ["2016-05-1%d 08:1%d:00" % (i, i) for i in range(N_L)]),
    Col(["V10", "Finished"], "V10", "integer", "Finished", [1, 1, 0, 1, 1, 1]),
    Col(["Q1", "Overall, how would you rate the workshop?"], "Q1", "integer",
        "Overall, how would you rate the workshop?", [4, 5, None, 3, 4, 2]),
    Col(["Q2", "How many hours per week do you study?"], "Q2", "double", "How many hours per week do you study?",
        [10.5, 3.0, None, 20.0, 7.75, 0.5]),
    Col(["Q3_TEXT", "What did you like most?"], "Q3_TEXT", "string", "What did you like most?",
        ["the exercises", "café breaks", None, "everything, really", None, "last"]),
    Col(["LocationLatitude", "LocationLatitude"], "LocationLatitude", "double", "LocationLatitude",
        [47.375, 52.5, None, 40.4375, -33.875, 59.3125]),
    Col(["LocationLongitude", "LocationLongitude"], "LocationLongitude", "double", "LocationLongitude",
        [8.5, 13.375, None, -3.6875, 151.1875, 18.0625]),
]

# -------------------------------------------------------------------------------------------------
# Qualtrics variant: the ImportId row written as Python-style dicts with single quotes, and an embedded-data
# column "ResponseID" next to "ResponseId" (equal ignoring case).
# -------------------------------------------------------------------------------------------------

N_V = 5
PY_TZ = "{'ImportId': '%s', 'timeZone': 'America/Denver'}"
PY = "{'ImportId': '%s'}"
IMPORTID_VARIANT = [
    Col(["StartDate", "Start Date", PY_TZ % "startDate"], "StartDate", None, "Start Date",
        ["2019-11-0%d 14:00:0%d" % (1 + i, i) for i in range(N_V)]),
    Col(["ResponseId", "Response ID", PY % "_recordId"], "ResponseId", "string", "Response ID",
        ["R_9zYx%d" % i for i in range(N_V)]),
    Col(["ResponseID", "ResponseID", PY % "ResponseID"], "ResponseID_2", "string", "renamed from ResponseID",
        ["PANEL-%03d" % (i + 1) for i in range(N_V)], name_proposed=True),
    Col(["Q1", "Would you recommend us?", PY % "QID1"], "Q1", "integer", "Would you recommend us?", [1, 2, 1, 1, 2]),
    Col(["Q2_TEXT", "Why? - Text", PY % "QID2_TEXT"], "Q2_TEXT", "string", "Why? - Text",
        ["price", "support, mostly", None, "\u00e9quipe sympa", "last one"]),
    Col(["Q3", "Rate the price (0-10)", PY % "QID3"], "Q3", "integer", "Rate the price (0-10)", [0, 10, 7, None, 5]),
]

# -------------------------------------------------------------------------------------------------
# SurveyMonkey "expanded" export: question texts on row 1 (blank where a question continues), "Response",
# "Open-Ended Response" or option texts on row 2; metadata columns have a blank row-2 cell.
# -------------------------------------------------------------------------------------------------

N_S = 6
sm_start = ["03/0%d/2024 10:0%d:11 AM" % (1 + i, i) for i in range(N_S)]
SURVEYMONKEY = [
    Col(["Respondent ID", ""], "respondent_id", "integer", "Respondent ID",
        [11434354021 + 17 * i for i in range(N_S)], name_proposed=True),
    Col(["Collector ID", ""], "collector_id", "integer", "Collector ID", [263829145] * N_S, name_proposed=True),
    Col(["Start Date", ""], "start_date", None, "Start Date", sm_start, name_proposed=True),
    Col(["End Date", ""], "end_date", None, "End Date", [s.replace("AM", "PM") for s in sm_start], name_proposed=True),
    Col(["IP Address", ""], "ip_address", "string", "IP Address", ["192.0.2.%d" % (40 + i) for i in range(N_S)],
        name_proposed=True),
    Col(["Email Address", ""], "email_address", "string", "Email Address", [None] * N_S, name_proposed=True),
    Col(["First Name", ""], "first_name", "string", "First Name", [None] * N_S, name_proposed=True),
    Col(["Last Name", ""], "last_name", "string", "Last Name", [None] * N_S, name_proposed=True),
    Col(["Custom Data 1", ""], "custom_data_1", "string", "Custom Data 1", [None] * N_S, name_proposed=True),
    Col(["How satisfied are you with our service?", "Response"], "q1", "string",
        "How satisfied are you with our service?",
        ["Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", None, "Dissatisfied", "Very satisfied"],
        name_proposed=True),
    Col(["Which channels do you use?", "Website"], "q2_1", "string", "Which channels do you use? — Website",
        ["Website", None, "Website", None, "Website", "Website"], name_proposed=True),
    Col(["", "Phone"], "q2_2", "string", "Which channels do you use? — Phone",
        [None, "Phone", "Phone", None, None, None], name_proposed=True),
    Col(["", "Store"], "q2_3", "string", "Which channels do you use? — Store",
        ["Store", None, None, None, "Store", "Store"], name_proposed=True),
    Col(["", "Other (please specify)"], "q2_4", "string", "Which channels do you use? — Other (please specify)",
        [None, None, "my neighbour's tablet", None, None, None], name_proposed=True),
    Col(["How old are you?", "Response"], "q3", "integer", "How old are you?", [34, 27, 61, None, 45, 19],
        name_proposed=True),
    Col(["Any other comments?", "Open-Ended Response"], "q4", "string", "Any other comments?",
        ["Keep it up", None, "Too many e-mails, \"weekly\" is enough", None, None, "last respondent"],
        name_proposed=True),
]

# The same export where the first header cell is blank (the respondent-ID header cleared): the first column
# has neither a name nor a label.
SURVEYMONKEY_BLANK_FIRST = [Col(["", ""], "V1", "integer", None, SURVEYMONKEY[0].values, name_proposed=True)] + \
    SURVEYMONKEY[1:]

# -------------------------------------------------------------------------------------------------
# Google Forms (responses sheet downloaded as CSV): "Timestamp" first, question texts as headers,
# checkbox answers joined with ", ".
# -------------------------------------------------------------------------------------------------

N_G = 7
GOOGLE = [
    Col(["Timestamp"], "Timestamp", None, "Timestamp", ["3/%d/2024 %d:%02d:%02d" % (1 + i, 9 + i, 5 * i, 3 * i)
                                                        for i in range(N_G)]),
    Col(["Email Address"], "Email Address", "string", "Email Address",
        ["user%d@example.org" % (i + 1) for i in range(N_G)]),
    Col(["How satisfied are you with our service?"], "How satisfied are you with our service?", "integer",
        "How satisfied are you with our service?", [5, 4, 3, 5, 2, None, 4]),
    Col(["Which channels do you use?"], "Which channels do you use?", "string", "Which channels do you use?",
        ["Website, Store", "Phone", "Website, Phone, Store", None, "Store", "Website", "Website, Store"]),
    Col(["How many times did you visit last month?"], "How many times did you visit last month?", "integer",
        "How many times did you visit last month?", [3, 0, 12, 1, None, 7, 2]),
    Col(["Average spend per visit (€)"], "Average spend per visit (€)", "double", "Average spend per visit (€)",
        [12.5, 0.0, 3.75, 100.0, None, 8.25, 42.125]),
    Col(["Any other comments?"], "Any other comments?", "string", "Any other comments?",
        ["Love it", None, "Parking, parking, parking", "n/a", None, "Merci !", "last respondent"]),
]

# -------------------------------------------------------------------------------------------------
# LimeSurvey (Responses > Export > CSV, question codes as headings, answer codes): every field quoted.
# The export has no question texts, so no labels are expected (null: not asserted).
# -------------------------------------------------------------------------------------------------

N_LS = 6
LIMESURVEY = [
    Col(["id"], "id", "integer", None, [1, 2, 3, 5, 8, 13]),
    Col(["submitdate"], "submitdate", None, None,
        ["2024-04-02 11:0%d:00" % i if i != 3 else None for i in range(N_LS)]),
    Col(["lastpage"], "lastpage", "integer", None, [3, 3, 3, 1, 3, 3]),
    Col(["startlanguage"], "startlanguage", "string", None, ["en", "de", "en", "en", "fr", "en"]),
    Col(["seed"], "seed", "integer", None, [123456789, 987654321, 555555555, 111111111, 222222222, 333333333]),
    Col(["startdate"], "startdate", None, None, ["2024-04-02 10:5%d:00" % i for i in range(N_LS)]),
    Col(["datestamp"], "datestamp", None, None, ["2024-04-02 11:0%d:00" % i for i in range(N_LS)]),
    Col(["SQ1"], "SQ1", "string", None, ["A1", "A3", "A2", None, "A5", "A4"]),
    Col(["CH[SQ001]"], "CH[SQ001]", "string", None, ["Y", None, "Y", None, "Y", None], name_proposed=True),
    Col(["CH[SQ002]"], "CH[SQ002]", "string", None, [None, "Y", "Y", None, None, "Y"], name_proposed=True),
    Col(["CH[other]"], "CH[other]", "string", None, [None, None, "fax", None, None, None], name_proposed=True),
    Col(["AGE"], "AGE", "integer", None, [42, 35, 28, None, 51, 66]),
    Col(["RATING"], "RATING", "double", None, [4.5, 3.0, 5.0, None, 2.5, 4.0]),
    Col(["COMMENT"], "COMMENT", "string", None,
        ["Sehr gut; danke", None, "multi\nline", None, "«très bien»", "last"]),
]

# -------------------------------------------------------------------------------------------------
# Alchemer (SurveyGizmo) CSV export: one header row, metadata columns, "question:option" for checkboxes.
# -------------------------------------------------------------------------------------------------

N_A = 5
ALCHEMER = [
    Col(["Response ID"], "Response ID", "integer", "Response ID", [12, 13, 15, 16, 20]),
    Col(["Time Started"], "Time Started", None, "Time Started",
        ["2024-05-0%d 08:3%d:00" % (1 + i, i) for i in range(N_A)]),
    Col(["Date Submitted"], "Date Submitted", None, "Date Submitted",
        ["2024-05-0%d 08:4%d:00" % (1 + i, i) for i in range(N_A)]),
    Col(["Status"], "Status", "string", "Status", ["Complete", "Complete", "Partial", "Complete", "Complete"]),
    Col(["Contact ID"], "Contact ID", "string", "Contact ID", [None] * N_A),
    Col(["Legacy Comments"], "Legacy Comments", "string", "Legacy Comments", [None] * N_A),
    Col(["Comments"], "Comments", "string", "Comments", [None] * N_A),
    Col(["Language"], "Language", "string", "Language", ["English", "English", "German", "English", "English"]),
    Col(["Referer"], "Referer", "string", "Referer", ["https://example.org/survey"] * N_A),
    Col(["SessionID"], "SessionID", "string", "SessionID",
        ["1714552200_6631ce88a1b2c%d.1234567%d" % (i, i) for i in range(N_A)]),
    Col(["User Agent"], "User Agent", "string", "User Agent",
        ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"]
        * N_A),
    Col(["Tags"], "Tags", "string", "Tags", [None] * N_A),
    Col(["IP Address"], "IP Address", "string", "IP Address", ["198.51.100.%d" % (100 + i) for i in range(N_A)]),
    Col(["Longitude"], "Longitude", "double", "Longitude", [8.5417, 13.4050, -0.1276, 2.3522, 4.8952]),
    Col(["Latitude"], "Latitude", "double", "Latitude", [47.3769, 52.52, 51.5072, 48.8566, 52.3702]),
    Col(["Country"], "Country", "string", "Country", ["Switzerland", "Germany", "United Kingdom", "France",
                                                      "Netherlands"]),
    Col(["City"], "City", "string", "City", ["Zürich", "Berlin", "London", "Paris", "Amsterdam"]),
    Col(["How likely are you to recommend us to a friend?"], "How likely are you to recommend us to a friend?",
        "integer", "How likely are you to recommend us to a friend?", [9, 10, None, 6, 8]),
    Col(["Which of these products do you own?:Product A"], "Which of these products do you own?:Product A", "string",
        "Which of these products do you own?:Product A", ["Product A", None, "Product A", "Product A", None]),
    Col(["Which of these products do you own?:Product B"], "Which of these products do you own?:Product B", "string",
        "Which of these products do you own?:Product B", [None, "Product B", None, "Product B", "Product B"]),
    Col(["Monthly budget (USD)"], "Monthly budget (USD)", "double", "Monthly budget (USD)",
        [250.0, 99.99, None, 1000.0, 12.5]),
]

# file, columns, options. quote_all: every field quoted (LimeSurvey); bom: UTF-8 byte-order mark; newline.
EXPORTS = [
    ("csv/qualtrics-3row.csv", QUALTRICS, dict(bom=True, newline="\r\n", header_rows=3, layout="qualtrics")),
    ("csv/qualtrics-legacy-2row.csv", LEGACY, dict(bom=False, newline="\r\n", header_rows=2, layout="qualtrics-legacy")),
    ("csv/qualtrics-importid-variant.csv", IMPORTID_VARIANT,
     dict(bom=True, newline="\r\n", header_rows=3, layout="qualtrics")),
    ("csv/surveymonkey-expanded.csv", SURVEYMONKEY, dict(bom=False, newline="\r\n", header_rows=2, layout="surveymonkey")),
    ("csv/surveymonkey-blank-first-cell.csv", SURVEYMONKEY_BLANK_FIRST,
     dict(bom=False, newline="\r\n", header_rows=2, layout="surveymonkey")),
    ("csv/google-forms.csv", GOOGLE, dict(bom=False, newline="\r\n", header_rows=1, layout="plain")),
    ("csv/limesurvey.csv", LIMESURVEY, dict(bom=True, newline="\n", header_rows=1, layout="plain", quote_all=True)),
    ("csv/alchemer.csv", ALCHEMER, dict(bom=True, newline="\r\n", header_rows=1, layout="plain")),
]


def field(s, quote_all):
    if quote_all or any(ch in s for ch in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def write_export(path, cols, opts):
    n = len(cols[0].values)
    assert all(len(c.values) == n for c in cols), path
    q = opts.get("quote_all", False)
    lines = []
    for h in range(opts["header_rows"]):
        lines.append(",".join(field(c.headers[h], q) for c in cols))
    for i in range(n):
        lines.append(",".join(field(render(c.values[i]), q) for c in cols))
    data = opts["newline"].join(lines) + opts["newline"]
    with open(path, "wb") as f:
        if opts["bom"]:
            f.write(b"\xef\xbb\xbf")
        f.write(data.encode("utf-8"))


# -------------------------------------------------------------------------------------------------
# Hostile CSV files (raw bytes, so the defects are exactly where the README says).
# -------------------------------------------------------------------------------------------------

HOSTILE = {
    # line 3 (the second data row) opens a quote that never closes: everything after it would be swallowed into one field
    "csv/hostile-unclosed-quote.csv":
        b'id,name,score\n1,"Alice",10\n2,"Bob,20\n3,"Carol",30\n4,"Dave",40\n',
    # line 4 has four fields under a three-column header
    "csv/hostile-ragged-row.csv":
        b"id,name,score\n1,Alice,10\n2,Bob,20\n3,Carol,30,extra\n4,Dave,40\n",
    # UTF-8 with a BOM; line 3 holds the byte 0xFF, which is never valid UTF-8
    "csv/hostile-invalid-utf8.csv":
        b"\xef\xbb\xbfid,city,score\n1,Z\xc3\xbcrich,10\n2,K\xffln,20\n3,Gen\xc3\xa8ve,30\n",
}

# numbers beyond double range, and inf/NaN spelled out, in an otherwise numeric column
EXTREME_HEADER = ["id", "amount", "extreme"]
EXTREME_ROWS = [
    (1, 10.5, "1.8E308"),
    (2, 20.25, "-1.8E308"),
    (3, 30.0, "inf"),
    (4, -5.75, "NaN"),
    (5, 1.5, "1.7976931348623157E308"),  # the largest finite double: must survive exactly
    (6, 2.0, "-4.9E-324"),  # the smallest subnormal: a finite number (-5e-324)
    (7, 3.25, "42"),
]


def write_extreme(path):
    lines = [",".join(EXTREME_HEADER)] + ["%d,%s,%s" % (a, render(b), c) for a, b, c in EXTREME_ROWS]
    with open(path, "wb") as f:
        f.write(("\n".join(lines) + "\n").encode("ascii"))


def main(out_root):
    for path, cols, opts in EXPORTS:
        write_export(os.path.join(out_root, path), cols, opts)
    for path, data in HOSTILE.items():
        with open(os.path.join(out_root, path), "wb") as f:
            f.write(data)
    write_extreme(os.path.join(out_root, "csv/hostile-extreme-numbers.csv"))


if __name__ == "__main__":
    main(sys.argv[1])
