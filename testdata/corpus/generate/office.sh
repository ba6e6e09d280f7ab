#!/bin/sh
# LibreOffice (headless) and Gnumeric (ssconvert): the "sales" data set (source_data.SALES) to .xlsx and .xls.
# LibreOffice converts build/sales.fods (written by make_sales_fods.py); ssconvert converts build/sales.gnumeric
# (written by make_sales_gnumeric.py). Usage: sh office.sh BUILD_DIR XLSX_OUT_DIR
set -eu
build=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
/usr/bin/python3 "$here/make_sales_fods.py" "$build/sales.fods"
/usr/bin/python3 "$here/make_sales_gnumeric.py" "$build/sales.gnumeric"

# A private LibreOffice profile, so a running office or the user's settings play no part.
profile="file://$build/lo-profile"
for fmt in xlsx xls; do
    soffice -env:UserInstallation="$profile" --headless --norestore --convert-to "$fmt" --outdir "$build" \
        "$build/sales.fods" >"$build/soffice-$fmt.log" 2>&1
    cp "$build/sales.$fmt" "$out/libreoffice-sales.$fmt"
done

# ssconvert warns about number formats it does not know; only its exit code matters.
ssconvert --export-type=Gnumeric_Excel:xlsx2 "$build/sales.gnumeric" "$out/gnumeric-sales.xlsx" >"$build/ssconvert-xlsx.log" 2>&1
ssconvert --export-type=Gnumeric_Excel:excel_biff8 "$build/sales.gnumeric" "$out/gnumeric-sales.xls" >"$build/ssconvert-xls.log" 2>&1
