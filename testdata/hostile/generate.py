#!/usr/bin/env python3
"""Writes StudyBench's hostile corpus: files of every category of issue 15 and cases.json, the manifest
that HostileCorpusTest (releng/org.studybench.product.tests) runs against the product's launcher.

    python3 testdata/hostile/generate.py        (Python 3 standard library only)

Deterministic: no randomness but fixed seeds, zip entries dated 1980-01-01, so a second run writes the
same bytes (git status stays clean). See README.md for the manifest's schema.
"""

import base64
import json
import os
import random
import shutil
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)

# A message for users: one line, no Java class names, no internal temp-file names (HostileCorpusTest
# checks those on every run; the regexes below say what each message must say).
cases = []


NEW_S = ["new", "s.study", "--title", "S"]


def case(id, category, why, copy, steps, absent=(), unchanged=(), checks=()):
    copy, steps = list(copy), list(steps)
    if steps and steps[0].get("args") == NEW_S:
        # an empty study from the corpus instead of a 'new' run: each run costs a JVM start (about 2 s)
        copy, steps = ["common/s.study"] + copy, steps[1:]
    cases.append({"id": id, "category": category, "why": why, "copy": copy, "steps": steps,
                  "absent": list(absent), "unchanged": list(unchanged), "checks": list(checks)})


def run(args, exit, stderr=None, stdout=None):
    """A launcher run: studybench ARGS in the case's folder; exit is a code or a list of allowed codes.
    STDERR: regex the one-line refusal (or, on exit 0, the warnings) must match; STDOUT: regex for the output."""
    step = {"args": list(args), "exit": exit}
    if args[0] == "validate":
        step["listing"] = True  # validate lists the problems on stdout and exits 1; nothing on stderr
    if stderr is not None:
        step["stderr"] = stderr
    if stdout is not None:
        step["stdout"] = stdout
    return step


def op(name, **kw):
    """A file operation between runs, done by the test: copy FROM TO, delete PATH."""
    kw["op"] = name
    return kw


def check(file, matches=None, absent=None):
    """After the steps, FILE's text must match regex MATCHES and must not match regex ABSENT."""
    c = {"file": file}
    if matches is not None:
        c["matches"] = matches
    if absent is not None:
        c["absent"] = absent
    return c


def path(*parts):
    p = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write(rel, data):
    with open(path(*rel.split("/")), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def zip_write(rel, entries, level=9):
    """A zip with fixed times and entry order; entries: [(name, bytes)]."""
    with zipfile.ZipFile(path(*rel.split("/")), "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=level)


# ---------------------------------------------------------------- (1) plug-in install that cannot escape

def manifest(headers):
    lines = ["Manifest-Version: 1.0"] + ["%s: %s" % kv for kv in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


def bundle_jar(rel, headers, extra=()):
    zip_write(rel, [("META-INF/MANIFEST.MF", manifest(headers))] + list(extra))


# Where a bundle named ../../../../tmp/evil would land if its name became a path: relative to plugins/ of the
# fake installation (four levels up from install/plugins is two above the case's folder), and the real /tmp.
TRAVERSAL_TARGETS = [p + n for p in ("../../tmp/", "../tmp/", "tmp/", "/tmp/") for n in ("evil", "evil_1.0.0.jar")]


def plugins():
    # A fake installation for --into: install-plugin must never change the real product under test.
    write("plugin/install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info",
          "#encoding=UTF-8\n#version=1\norg.example.present,1.0.0,plugins/org.example.present_1.0.0.jar,4,false\n")
    bundle_jar("plugin/install/plugins/org.example.present_1.0.0.jar",
               [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", "org.example.present"), ("Bundle-Version", "1.0.0")])
    good = [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", "org.example.good"), ("Bundle-Version", "1.0.0")]
    bad = {
        "traversal": ("../../../../tmp/evil", "1.0.0", r"evil-traversal\.jar: .*Bundle-SymbolicName '\.\./\.\./\.\./\.\./tmp/evil' is not a bundle name"),
        "comma-name": ("org.example.evil,other", "1.0.0", r"evil-comma-name\.jar: .*Bundle-SymbolicName.*(comma|is not a bundle name)"),
        "comma-version": ("org.example.evil", "1.0.0,2", r"evil-comma-version\.jar: .*Bundle-Version '1\.0\.0,2' is not an OSGi version"),
        "empty-name": ("", "1.0.0", r"evil-empty-name\.jar: .*(no Bundle-SymbolicName|Bundle-SymbolicName.*empty|is not a bundle name)"),
    }
    for key, (bsn, version, regex) in bad.items():
        bundle_jar("plugin/evil-%s.jar" % key,
                   [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", bsn), ("Bundle-Version", version)],
                   [("evil/Evil.class", b"\xca\xfe\xba\xbe not really a class")])
        case("plugin-" + key, "plugin", "a bundle whose name or version would be a path, a second bundles.info field or nothing",
             ["plugin/install", "plugin/evil-%s.jar" % key],
             [run(["install-plugin", "evil-%s.jar" % key, "--into", "install"], 1, regex)],
             absent=TRAVERSAL_TARGETS, unchanged=["install"])
    bundle_jar("plugin/evil-not-a-bundle.jar", [("Created-By", "a plain jar")], [("a/A.class", b"\xca\xfe\xba\xbe")])
    case("plugin-not-a-bundle", "plugin", "a jar without OSGi headers", ["plugin/install", "plugin/evil-not-a-bundle.jar"],
         [run(["install-plugin", "evil-not-a-bundle.jar", "--into", "install"], 1,
              r"evil-not-a-bundle\.jar: not a plug-in: .*(Bundle-SymbolicName|Bundle-ManifestVersion)")],
         unchanged=["install"])
    write("plugin/evil-not-a-jar.jar", "This is a text file that claims to be a jar.\n")
    case("plugin-not-a-jar", "plugin", "a text file named .jar", ["plugin/install", "plugin/evil-not-a-jar.jar"],
         [run(["install-plugin", "evil-not-a-jar.jar", "--into", "install"], 1, r"evil-not-a-jar\.jar: not a jar")],
         unchanged=["install"])
    # A repository with one good and one bad bundle: refused whole, the good one is not installed either.
    bundle_jar("plugin/repo/plugins/org.example.good_1.0.0.jar", good)
    bundle_jar("plugin/repo/plugins/org.example.zevil_1.0.0.jar",
               [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", "../../../../tmp/evil"), ("Bundle-Version", "1.0.0")])
    case("plugin-repo-one-bad", "plugin", "all or nothing: one bad jar refuses the whole repository",
         ["plugin/install", "plugin/repo"],
         [run(["install-plugin", "repo", "--into", "install"], 1, r"org\.example\.zevil_1\.0\.0\.jar: .*is not a bundle name.*nothing was installed")],
         absent=["install/plugins/org.example.good_1.0.0.jar"] + TRAVERSAL_TARGETS, unchanged=["install"])
    # A zipped repository whose entry names climb out of the zip (zip-slip): nothing may land outside.
    zip_write("plugin/evil-repo.zip", [("plugins/../../../zip-slip-evil.jar", manifest(good)),
                                       ("plugins/org.example.zevil_1.0.0.jar", manifest(
                                           [("Bundle-ManifestVersion", "2"), ("Bundle-SymbolicName", "../../evil"), ("Bundle-Version", "1.0.0")]))])
    case("plugin-zip-slip", "plugin", "a zipped repository with entry names that climb out", ["plugin/install", "plugin/evil-repo.zip"],
         [run(["install-plugin", "evil-repo.zip", "--into", "install"], 1, r"evil-repo\.zip: an entry name in the zip climbs out of it \('\.\.'\), so nothing was installed")],
         absent=["zip-slip-evil.jar", "../zip-slip-evil.jar", "install/zip-slip-evil.jar"], unchanged=["install"])


# ---------------------------------------------------------------- (3) safe outputs

def png_header(width, height):
    """A PNG whose header claims width x height pixels, with one tiny IDAT: decoding it would need width*height*4 bytes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def safe_outputs():
    write("outputs/a.csv", "x,g\n1,a\n2,b\n3,a\n")
    # Studies written here rather than by 'add' runs (each run costs a JVM start); the same XMI 'add' writes.
    def attr(t):
        return t.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    text = 'See [here](javascript:alert(2)) and <script>alert(3)</script> <a href="javascript:alert(4)">x</a>'
    write("outputs/links/r.study", STUDY_HEAD % ("r", "Report")
          + '  <sources id="00000000-0000-4000-8000-000000000011" name="src" label="Src" url="javascript:alert(1)"/>\n'
          + '  <reports id="00000000-0000-4000-8000-000000000012" name="main">\n'
          + '    <sections id="00000000-0000-4000-8000-000000000013" title="intro" text="%s"/>\n' % attr(text)
          + '    <sections id="00000000-0000-4000-8000-000000000014" title="methods" kind="methods"/>\n'
          + '  </reports>\n</study:Study>\n')
    case("report-javascript-url", "outputs", "a source address that a browser would run must be shown, never linked; so must Markdown links",
         ["outputs/links/r.study"], [run(["report", "r.study", "--out", "out"], 0, stdout=r"ok\s+r\.study")],
         checks=[check("out/r.html", matches=r"javascript:alert\(1\)", absent=r"(?i)href\s*=\s*\"?\s*javascript:|<script>alert")])
    bomb = base64.b64encode(png_header(100000, 100000)).decode("ascii")
    write("outputs/bomb/r.study", STUDY_HEAD % ("r", "Report")
          + '  <reports id="00000000-0000-4000-8000-000000000012" name="main">\n'
          + '    <sections id="00000000-0000-4000-8000-000000000013" title="intro" text="%s"/>\n' % attr("![bomb](data:image/png;base64," + bomb + ")")
          + '  </reports>\n</study:Study>\n')
    case("report-png-bomb", "outputs", "an embedded picture whose header claims 100000x100000 pixels (40 GB decoded)",
         ["outputs/bomb/r.study"],
         [run(["report", "r.study", "--out", "out"], 1, r"r\.study: report section 'intro': the embedded image 'bomb' .*(100000|megapixel|too large)")],
         absent=["out/r.html"])
    # Labels a spreadsheet would run as formulas; -5 is a number and stays as it is.
    labels = ["=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
              "\t=cmd|' /C calc'!A0", "\r=cmd|' /C calc'!A0", "-5"]
    rows = ["id,answer,group"]
    for i in range(28):
        label = labels[i % len(labels)]
        rows.append('%d,"%s",%s' % (i + 1, label.replace('"', '""'), "ab"[i % 2]))
    write("outputs/formulas.csv", "\r\n".join(rows) + "\r\n")
    # A cell that starts (after an optional quote) with = + - @ tab or CR followed by text is a formula.
    formula = r"(?:\A|,|\r\n)(\"?[=+@\t]|\"?-[^0-9]|\"\r)"
    case("banner-csv-formulas", "outputs", "banner CSV: formula-like labels get a leading apostrophe",
         ["outputs/formulas.csv"],
         [run(["banner", "formulas.csv", "--rows", "answer", "--cols", "group", "--out", "banner.csv"], 0)],
         checks=[check("banner.csv", matches=r"'=cmd\|' /C calc'!A0", absent=formula),
                 check("banner.csv", matches=r"'\+cmd"), check("banner.csv", matches=r"'-cmd"), check("banner.csv", matches=r"'@SUM"),
                 check("banner.csv", matches=r"'\t=cmd"),
                 check("banner.csv", matches=r"(^|,)\"?-5\"?(,|$)")])
    # The CSV importer reads a CR inside a quoted field as a line break, so the CR prefix reaches a banner
    # only from a workbook: there the labels are inline strings with character references (&#13;, &#9;).
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "&#9;").replace("\r", "&#13;")
    cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>answer</t></is></c><c r="B1" t="inlineStr"><is><t>group</t></is></c></row>'
    for i in range(28):
        cells += ('<row r="%d"><c r="A%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c></row>'
                  % (i + 2, i + 2, esc(labels[i % len(labels)]), i + 2, "ab"[i % 2]))
    zip_write("outputs/formulas.xlsx", xlsx_parts('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + SHEET_NS + "<sheetData>" + cells
                                                 + "</sheetData></worksheet>"))
    case("banner-xlsx-source-formulas", "outputs", "banner CSV from a workbook: tab and CR prefixes reach the export and are neutralised",
         ["outputs/formulas.xlsx"],
         [run(["banner", "formulas.xlsx", "--rows", "answer", "--cols", "group", "--out", "banner.csv"], 0)],
         checks=[check("banner.csv", matches=r"'=cmd\|' /C calc'!A0", absent=formula),
                 check("banner.csv", matches=r"'\t=cmd"), check("banner.csv", matches=r"'\r=cmd")])
    case("banner-csv-keep-formulas", "outputs", "--keep-formulas writes the labels as they are",
         ["outputs/formulas.csv"],
         [run(["banner", "formulas.csv", "--rows", "answer", "--cols", "group", "--out", "banner.csv", "--keep-formulas"], 0)],
         checks=[check("banner.csv", matches=r"(?m)(^|,)\"?=cmd\|' /C calc'!A0", absent=r"'=cmd")])
    # Control characters XML 1.0 cannot hold: refused on save, cleaned from labels on import.
    case("control-char-new", "outputs", "a title with U+0001 cannot be saved", [],
         [run(["new", "c.study", "--title", "bad\u0001title"], 1, r"c\.study: .*title.*control character U\+0001")],
         absent=["c.study"])
    case("control-char-set", "outputs", "a label with U+0001 is refused and the study left as it was", [],
         [run(["new", "c.study", "--title", "Good"], 0), op("copy", src="c.study", dst="before.study"),
          run(["add", "c.study", "source", "s", "--set", "label=x\u0001y"], 1, r"c\.study: .*label.*control character U\+0001"),
          op("same", a="c.study", b="before.study")])
    # Qualtrics export: names, then question texts (labels), then ImportId row. One label holds U+0001.
    write("outputs/control-label.csv",
          "ResponseId,Q1,Q2\r\n\"Response ID\",\"How \x01satisfied are you?\",\"Age\"\r\n"
          "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\r\n"
          "R_1,1,30\r\nR_2,2,40\r\n")
    case("control-char-import-label", "outputs", "an import removes U+0001 from a label (with a warning) and the study saves",
         ["outputs/control-label.csv"],
         [run(NEW_S, 0),
          run(["import", "control-label.csv", "--study", "s.study", "--name", "q"], 0, r"(?i)warning: .*control character")],
         checks=[check("s.study", matches=r"How satisfied are you\?", absent=r"&#x?0*1;|\x01")])
    write("outputs/control-name.csv", "id,bad\x01name\r\n1,2\r\n")
    case("control-char-import-name", "outputs", "a column name with U+0001 is refused naming the file",
         ["outputs/control-name.csv"],
         [run(NEW_S, 0),
          run(["import", "control-name.csv", "--study", "s.study", "--name", "q"], 1, r"control-name\.csv: .*control character")],
         absent=["data/q.parquet"], unchanged=["s.study"])


# ---------------------------------------------------------------- (4) data where it belongs

STUDY_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<study:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:study="https://studybench.org/model/study/1.0"\n'
              '    id="00000000-0000-4000-8000-000000000001" name="%s" title="%s">\n')


def dataset_xml(uri, name="d"):
    return ('  <datasets id="00000000-0000-4000-8000-000000000002" name="%s" uri="%s" rowCount="2"\n'
            '      contentHash="0000000000000000000000000000000000000000000000000000000000000000">\n'
            '    <variables id="00000000-0000-4000-8000-000000000003" name="x" type="integer" measureLevel="scale"/>\n'
            '    <variables id="00000000-0000-4000-8000-000000000004" name="g"/>\n'
            '  </datasets>\n') % (name, uri)


def data_place():
    write("data/a.csv", "x,g\n1,a\n2,b\n3,a\n")
    write("data/b.csv", "x,g\n7,b\n8,b\n9,a\n")
    write("data/outside/secret.parquet", b"PAR1 not really parquet, but it must never be read PAR1")
    write("data/escape/escape.study", STUDY_HEAD % ("escape", "Escape") + dataset_xml("../outside/secret.parquet") + "</study:Study>\n")
    case("dataset-outside-folder", "data", "a dataset path that leaves the study's folder", ["data/escape", "data/outside"],
         [run(["validate", "escape/escape.study"], 1, stdout=r"escape\.study: error: .*secret\.parquet\) lies outside the study's folder"),
          run(["crosstab", "escape/escape.study", "--dataset", "d", "--row", "g", "--col", "x"], 1,
              r"escape\.study: .*secret\.parquet.*(outside|not inside)")])
    write("data/absolute/absolute.study", STUDY_HEAD % ("absolute", "Absolute") + dataset_xml("/etc/passwd") + "</study:Study>\n")
    case("dataset-absolute-path", "data", "a dataset path that names a system file", ["data/absolute"],
         [run(["crosstab", "absolute/absolute.study", "--dataset", "d", "--row", "g", "--col", "x"], 1,
              r"absolute\.study: .*passwd.*(outside|not inside)", stdout=r"^(?!.*root:)")])
    setup = [run(["new", "s.study", "--title", "S"], 0), run(["import", "a.csv", "--study", "s.study", "--name", "a"], 0),
             run(["import", "b.csv", "--study", "s.study", "--name", "b"], 0)]
    case("dataset-swapped", "data", "a data file swapped for another is refused until validate --rehash accepts it",
         ["data/a.csv", "data/b.csv"],
         setup + [op("copy", src="data/b.parquet", dst="data/a.parquet"),
                  run(["crosstab", "s.study", "--dataset", "a", "--row", "g", "--col", "x"], 1,
                      r"s\.study: .*a\.parquet.*(changed|SHA-256).*validate .*--rehash"),
                  run(["validate", "s.study"], 1, None, r"(?i)(dataset 'a'|a\.parquet).*(changed|SHA-256)"),
                  run(["validate", "s.study", "--rehash"], 0),
                  run(["crosstab", "s.study", "--dataset", "a", "--row", "g", "--col", "x"], 0, stdout=r"(?s)\b9\b.*")])
    case("dataset-missing", "data", "validate reports a data file that is gone", ["data/a.csv", "data/b.csv"],
         setup + [op("delete", path="data/a.parquet"),
                  run(["validate", "s.study"], 1, None, r"dataset 'a' is missing: .*data/a\.parquet")])


# ---------------------------------------------------------------- (5) bounded resources

def bounded():
    write("bounded/a.csv", "x,g\n1,a\n2,b\n3,a\n")
    deep = "(" * 10000 + 'g = "a"' + ")" * 10000
    case("filter-10000-deep-add", "bounded", "a filter nested 10,000 deep is refused in words",
         [],
         [run(["new", "s.study", "--title", "S"], 0),
          run(["add", "s.study", "segment", "deep", "--set", "filter=" + deep], 1, r"s\.study: .*nests .*more than \d+ levels deep")],
         unchanged=["s.study"])
    write("bounded/deep/deep.study", STUDY_HEAD % ("deep", "Deep")
          + '  <segments id="00000000-0000-4000-8000-000000000009" name="deep" filter="%s"/>\n' % deep.replace('"', "&quot;")
          + "</study:Study>\n")
    case("filter-10000-deep-file", "bounded", "a study file with a filter nested 10,000 deep", ["bounded/deep"],
         [run(["validate", "deep/deep.study"], 1, stdout=r"deep\.study: error: .*nests .*more than \d+ levels deep")])
    case("fisher-1e9", "bounded", "Fisher's exact test on counts of 1e9 would need gigabytes", [],
         [run(["test", "fisher", "--table", "1000000000,1000000000;1000000000,1000000000"], 1, r"too large for the exact test")])
    # 8,000 columns: a column limit is being added; a clean refusal or success, never exit 2 or running out of memory.
    header = ",".join("c%d" % i for i in range(8000))
    rnd = random.Random(15)
    body = "\n".join(",".join(str(rnd.randint(0, 9)) for _ in range(8000)) for _ in range(3))
    write("bounded/wide-8000.csv", header + "\n" + body + "\n")
    case("csv-8000-columns", "bounded", "8,000 columns: read or refused in one line", ["bounded/wide-8000.csv"],
         [run(["new", "s.study", "--title", "S"], 0),
          run(["preview", "wide-8000.csv", "--rows", "1"], [0, 1], r"wide-8000\.csv: .*column"),
          run(["import", "wide-8000.csv", "--study", "s.study", "--name", "w"], [0, 1], r"wide-8000\.csv: .*column")])
    # XXE and entity expansion in a study file.
    write("bounded/xxe/xxe.study", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE study:Study [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
          + (STUDY_HEAD % ("xxe", "&xxe;")).split("\n", 1)[1] + "</study:Study>\n")
    case("study-xxe", "bounded", "a study file with an external entity", ["bounded/xxe"],
         [run(["describe", "xxe/xxe.study"], 1, r"xxe\.study.*(DOCTYPE|document type|entit)", stdout=r"^(?![\s\S]*root:)")])
    laughs = "".join('<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10 if i else "lol") for i in range(10))
    write("bounded/laughs/laughs.study", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE study:Study [ %s ]>\n' % laughs
          + (STUDY_HEAD % ("laughs", "&l9;")).split("\n", 1)[1] + "</study:Study>\n")
    case("study-billion-laughs", "bounded", "a study file whose entities expand to 10^9 'lol'", ["bounded/laughs"],
         [run(["describe", "laughs/laughs.study"], 1, r"laughs\.study.*(DOCTYPE|document type|entit)")])
    xlsx_cases()
    # SQL in column names and filters: names are quoted, filters are parsed, never pasted into SQL.
    write("bounded/sql.csv", '"""; DROP TABLE x; --",g\r\n1,a\r\n2,b\r\n1,a\r\n')
    case("sql-injection-column-name", "bounded", "a column named like SQL is just a name", ["bounded/sql.csv"],
         [run(["new", "s.study", "--title", "S"], 0), run(["import", "sql.csv", "--study", "s.study", "--name", "x"], 0),
          run(["crosstab", "s.study", "--dataset", "x", "--row", "\"; DROP TABLE x; --", "--col", "g"], 0, stdout=r"DROP TABLE")],
         checks=[check("s.study", matches=r"name=\"&quot;; DROP TABLE x; --\"")])
    case("sql-injection-filter", "bounded", "a filter with SQL in it is a parse error or a string, never SQL", ["bounded/sql.csv"],
         [run(["new", "s.study", "--title", "S"], 0), run(["import", "sql.csv", "--study", "s.study", "--name", "x"], 0),
          run(["add", "s.study", "segment", "inj", "--set", "filter=g = \"a\"; DROP TABLE x; --"], 1, r"s\.study: .*filter"),
          run(["add", "s.study", "segment", "str", "--set", "filter=g = \"a'; DROP TABLE x; --\""], 0),
          # the quote and the SQL are a string compared with g: no respondent has it, so the table is empty
          run(["crosstab", "s.study", "--dataset", "x", "--segment", "str", "--row", "g", "--col", "g"], 1, r"x\.parquet: .*has 0 row")])
    sav_cases()


def xlsx_parts(sheet_xml, shared=None, workbook_extra="", extra=()):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + workbook_extra +
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else "")
              + '</Relationships>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
             ("xl/worksheets/sheet1.xml", sheet_xml)]
    if shared:
        parts.append(("xl/sharedStrings.xml", shared))
    return parts + list(extra)


SHEET_NS = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def plain_sheet(doctype=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype + SHEET_NS + '<sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1" t="inlineStr"><is><t>g</t></is></c></row>'
            '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>a</t></is></c></row>'
            '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>b</t></is></c></row>'
            '</sheetData></worksheet>')


def xlsx_case(id, why, name, parts, exit, regex, absent=()):
    zip_write("xlsx/" + name, parts)
    case(id, "bounded", why, ["xlsx/" + name],
         [run(["new", "s.study", "--title", "S"], 0),
          run(["preview", name], exit, regex),
          run(["import", name, "--study", "s.study", "--name", "w"], exit, regex)],
         absent=["data/w.parquet"] + list(absent) if exit == 1 else list(absent))


def xlsx_cases():
    xlsx_case("xlsx-xxe-shared-strings", "an external entity in the shared strings", "xxe-shared.xlsx",
              xlsx_parts(plain_sheet().replace("<is><t>g</t></is>", "<v>0</v>").replace('t="inlineStr"><v>0', 't="s"><v>0'),
                         '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>'
                         '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>'),
              1, r"xxe-shared\.xlsx: .*document type declaration")
    laughs = "".join('<!ENTITY l%d "%s">' % (i, ("&l%d;" % (i - 1)) * 10 if i else "lol") for i in range(10))
    xlsx_case("xlsx-billion-laughs", "entities that expand to 10^9 'lol' in the workbook part", "laughs.xlsx",
              xlsx_parts(plain_sheet(), workbook_extra="<!DOCTYPE workbook [ %s ]>" % laughs), 1,
              r"laughs\.xlsx: .*document type declaration")
    # Zip bombs: small zipped, hundreds of MB inflated.
    row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c><c><v>1</v></c></row>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + SHEET_NS + '<sheetData>'
             '<row><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>g</t></is></c></row>'
             + row * 1_000_000 + '</sheetData></worksheet>')
    xlsx_case("xlsx-zip-bomb-rows", "a sheet that inflates to 300 MB", "bomb-rows.xlsx", xlsx_parts(sheet), 1,
              r"bomb-rows\.xlsx: sheet 'Sheet1' expands to \d+ MB .*possible zip bomb")
    shared = ('<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
              + "a" * 300_000_000 + '</t></si></sst>')
    xlsx_case("xlsx-zip-bomb-string", "one shared string of 300 MB", "bomb-string.xlsx",
              xlsx_parts(plain_sheet().replace('<c r="B2" t="inlineStr"><is><t>a</t></is></c>', '<c r="B2" t="s"><v>0</v></c>'), shared), 1,
              r"bomb-string\.xlsx: .*expands to \d+ MB .*possible zip bomb")
    xlsx_case("xlsx-zip-slip", "entry names that climb out of the workbook", "zip-slip.xlsx",
              [(n, d.replace('<Default Extension="xml"', '<Default Extension="txt" ContentType="text/plain"/><Default Extension="xml"'))
               for n, d in xlsx_parts(plain_sheet(), extra=[("../../zip-slip-evil.txt", "owned"), ("xl/../../../zip-slip-evil2.txt", "owned")])],
              [0, 1], r"zip-slip\.xlsx: ", absent=["../zip-slip-evil.txt", "../../zip-slip-evil.txt", "zip-slip-evil.txt",
                                                   "../zip-slip-evil2.txt", "../../zip-slip-evil2.txt"])


def sav_cases():
    with open(os.path.join(CORPUS, "sav", "pspp-survey-uncompressed.sav"), "rb") as f:
        sav = f.read()
    for name, cut in (("header", 100), ("dictionary", 700), ("data", len(sav) - 13)):
        write("sav/truncated-%s.sav" % name, sav[:cut])
        case("sav-truncated-" + name, "bounded", "an SPSS file cut at byte %d of %d" % (cut, len(sav)), ["sav/truncated-%s.sav" % name],
             [run(["new", "s.study", "--title", "S"], 0),
              run(["import", "truncated-%s.sav" % name, "--study", "s.study", "--name", "t"], 1, r"truncated-%s\.sav: .*(truncated|damaged)" % name)],
             absent=["data/t.parquet"])


def empty_study(rel, name):
    write(rel, STUDY_HEAD.replace('">\n', '"/>\n') % (name, name.upper()))


def main():
    for sub in ("plugin", "outputs", "data", "bounded", "xlsx", "sav"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    shutil.rmtree(os.path.join(HERE, "common"), ignore_errors=True)
    empty_study("common/s.study", "s")
    plugins()
    safe_outputs()
    data_place()
    bounded()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    with open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"schema": "studybench-hostile-cases/1",
                   "about": "Written by generate.py; run by releng/org.studybench.product.tests HostileCorpusTest. See README.md.",
                   "cases": cases}, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print("%d cases" % len(cases))


if __name__ == "__main__":
    main()
