* PSPP: two small data sets that differ in their character encoding.
* pspp-latin1.sav is written with SET LOCALE='ISO-8859-1' (record 20 says ISO-8859-1, bytes are Latin-1);
* pspp-utf8.sav is written in UTF-8 with Greek and Cyrillic text.
* Run from the generate/ directory: pspp pspp-encodings.sps (generate.sh does).

SET LOCALE='ISO-8859-1'.
GET DATA /TYPE=TXT /FILE='source/cities-latin1.tsv' /ENCODING='UTF-8'
  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS="\t"
  /VARIABLES= id F4.0 city A24 region F1.0.
VARIABLE LABELS id 'Numéro' city 'Ville de résidence' region 'Région'.
VALUE LABELS region 1 'Zone française' 2 'Österreich/Deutschland' 3 'Ålborg-Øresund'.
VARIABLE LEVEL id (SCALE) /city (NOMINAL) /region (NOMINAL).
SAVE OUTFILE='../sav/pspp-latin1.sav'.

SET LOCALE='UTF-8'.
GET DATA /TYPE=TXT /FILE='source/cities-utf8.tsv' /ENCODING='UTF-8'
  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS="\t"
  /VARIABLES= id F4.0 city A40 region F1.0.
VARIABLE LABELS id 'Αριθμός' city 'Город проживания' region 'Περιφέρεια'.
VALUE LABELS region 1 'Ελλάδα' 2 'Россия' 3 'Україна'.
VARIABLE LEVEL id (SCALE) /city (NOMINAL) /region (NOMINAL).
SAVE OUTFILE='../sav/pspp-utf8.sav'.
