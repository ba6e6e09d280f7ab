* PSPP: the "survey" data set (source/survey.tsv, written by source_data.py) saved
* uncompressed, bytecode-compressed and zlib-compressed, and exported as a portable file.
* Run from the generate/ directory: pspp pspp-survey.sps (generate.sh does).

SET LOCALE='UTF-8'.

GET DATA /TYPE=TXT /FILE='source/survey.tsv' /ENCODING='UTF-8'
  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS="\t"
  /VARIABLES=
    RespondentID F8.0
    CompanySize F1.0
    sex A1
    SatisfactionWithService F3.0
    HouseholdIncome F12.3
    YearsEmployed F3.0
    BiasInt F9.0
    BiasFrac F10.3
    NotWholeF0 F4.1
    Weight F8.4
    InterviewDate SDATE10
    SubmittedAt YMDHMS19
    Duration F8.0
    Code8 A8
    OpenComment A500
    ch_web F1.0
    ch_phone F1.0
    ch_store F1.0
    ch_app F1.0
    brand1 F2.0
    brand2 F2.0
    brand3 F2.0.

* Print/write formats: these decide StudyBench's types (0 decimals + whole values = integer).
FORMATS RespondentID (F8.0) CompanySize (F1.0) SatisfactionWithService (F3.0)
  HouseholdIncome (F12.2) YearsEmployed (F3.0) BiasInt (F9.0) BiasFrac (F10.3)
  NotWholeF0 (F3.0) Weight (F8.4) InterviewDate (DATE11) SubmittedAt (DATETIME20)
  Duration (TIME8) ch_web ch_phone ch_store ch_app (F1.0) brand1 brand2 brand3 (F2.0).

VARIABLE LABELS
  RespondentID 'Respondent identifier'
  CompanySize 'Size of the company'
  sex 'Sex of the respondent'
  SatisfactionWithService 'Satisfaction with the service (1-10)'
  HouseholdIncome 'Household income (EUR)'
  YearsEmployed 'Years with the current employer'
  BiasInt 'Integers around the compression bias'
  BiasFrac 'Non-integers near the compression bias'
  NotWholeF0 'A 0-decimal format holding one non-whole value'
  Weight 'Design weight'
  InterviewDate 'Date of the interview'
  SubmittedAt 'Submission time stamp'
  Duration 'Interview duration'
  Code8 'An eight-byte code'
  OpenComment 'Open comment'
  ch_web 'Channel used: web'
  ch_phone 'Channel used: phone'
  ch_store 'Channel used: store'
  ch_app 'Channel used: app'
  brand1 'Brand considered, first mention'
  brand2 'Brand considered, second mention'
  brand3 'Brand considered, third mention'.

VALUE LABELS
  CompanySize 1 'SME' 2 'Large firm' 9 "Don't know"
  /sex 'M' 'Male' 'F' 'Female' 'X' 'Not stated'
  /SatisfactionWithService 1 'Very dissatisfied' 10 'Very satisfied' 97 'Refused' 98 "Don't know" 99 'Not asked'
     -1 'Not applicable'
  /ch_web ch_phone ch_store ch_app 0 'No' 1 'Yes'
  /brand1 brand2 brand3 1 'Acme' 2 'Globex' 3 'Initech' 4 'Umbrella' 5 'Hooli'.

MISSING VALUES
  CompanySize (9)
  /sex ('X')
  /SatisfactionWithService (97 THRU 99, -1)
  /HouseholdIncome (LO THRU -1)
  /YearsEmployed (50 THRU HI).

VARIABLE LEVEL
  RespondentID (NOMINAL)
  /CompanySize (ORDINAL)
  /sex (NOMINAL)
  /SatisfactionWithService (ORDINAL)
  /HouseholdIncome YearsEmployed BiasInt BiasFrac NotWholeF0 Weight InterviewDate SubmittedAt Duration (SCALE)
  /Code8 OpenComment (NOMINAL)
  /ch_web ch_phone ch_store ch_app brand1 brand2 brand3 (NOMINAL).

MRSETS
  /MDGROUP NAME=$channels LABEL='Channels used' VARIABLES=ch_web ch_phone ch_store ch_app VALUE=1
  /MCGROUP NAME=$brands LABEL='Brands considered' VARIABLES=brand1 brand2 brand3.

WEIGHT BY Weight.

SAVE OUTFILE='../sav/pspp-survey-uncompressed.sav' /UNCOMPRESSED.
SAVE OUTFILE='../sav/pspp-survey-bytecode.sav' /COMPRESSED.
SAVE OUTFILE='../sav/pspp-survey.zsav' /ZCOMPRESSED.
* PSPP 1.6.2 writes the weight record of a portable file before the variable-count record, and then cannot
* read the file back ("Expected variable count record"); the portable copy is therefore unweighted.
WEIGHT OFF.
EXPORT OUTFILE='../sav/pspp-survey.por'.
