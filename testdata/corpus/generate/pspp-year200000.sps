* PSPP: a DATE11 variable holding a date in the year 200000 (a value far beyond year 9999; SPSS
* cannot display it, a reader converting it to a calendar date must cope). Row 2 holds it.
* Run from the generate/ directory: pspp pspp-year200000.sps (generate.sh does).

SET LOCALE='UTF-8'.
DATA LIST LIST /id (F4.0).
BEGIN DATA
1
2
3
END DATA.
COMPUTE visit = DATE.DMY(15, 6, 2024).
IF (id = 2) visit = DATE.DMY(1, 1, 200000).
IF (id = 3) visit = DATE.DMY(31, 12, 1999).
FORMATS visit (DATE11).
VARIABLE LABELS visit 'Visit date (row 2 is in the year 200000)'.
SAVE OUTFILE='../sav/pspp-year200000.sav' /UNCOMPRESSED.
