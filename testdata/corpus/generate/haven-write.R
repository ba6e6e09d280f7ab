# R haven (ReadStat): the "haven" data set (source/haven.tsv, written by source_data.py) saved with
# write_sav(compress = "byte"), "none" and "zsav". Run from the generate/ directory:
#   Rscript haven-write.R
# Every format, label and missing code is set explicitly here, so the expected dictionary is what this
# script told haven to write.

suppressPackageStartupMessages(library(haven))

src <- read.delim("source/haven.tsv", colClasses = "character", quote = "", na.strings = character(0),
                  fileEncoding = "UTF-8", encoding = "UTF-8", check.names = FALSE)

num <- function(x) ifelse(x == "", NA_real_, suppressWarnings(as.numeric(x)))
fmt <- function(x, f) { attr(x, "format.spss") <- f; x }
lab <- function(x, l) { attr(x, "label") <- l; x }

df <- data.frame(row.names = seq_len(nrow(src)))

# integer column (R integer) -> F8.0
df$id <- lab(fmt(as.integer(src$id), "F8.0"), "Respondent number")

# labelled_spss with discrete user-missing values 8 and 9
df$satisfaction_with_service <- lab(fmt(labelled_spss(num(src$satisfaction_with_service),
    labels = c("Very unsatisfied" = 1, "Unsatisfied" = 2, "Neutral" = 3, "Satisfied" = 4, "Very satisfied" = 5,
               "Don't know" = 8, "Refused" = 9),
    na_values = c(8, 9)), "F8.0"), "How satisfied are you with our service?")

# labelled character with a string user-missing value; "" is an empty string (read back as missing)
df$gender <- lab(fmt(labelled_spss(src$gender, labels = c(Male = "M", Female = "F", Unknown = "U"),
    na_values = "U"), "A1"), "Gender")

# plain haven::labelled numeric (no missing codes), with NA
df$region <- lab(fmt(labelled(num(src$region), labels = c(North = 1, South = 2, East = 3, West = 4)), "F8.0"),
    "Region of residence")

# labelled_spss with a range (LOWEST THRU -1) plus a discrete value (999)
df$hours_per_week <- lab(fmt(labelled_spss(num(src$hours_per_week), labels = c("Not asked" = 999),
    na_values = 999, na_range = c(-Inf, -1)), "F8.2"), "Hours worked per week")

# labelled_spss with a range only (900 THRU HIGHEST)
df$income_thousands <- lab(fmt(labelled_spss(num(src$income_thousands), labels = c("Refused" = 999),
    na_range = c(900, Inf)), "F8.0"), "Yearly income in thousands")

# Date -> DATE11, POSIXct (UTC) -> DATETIME20
df$visit_date <- lab(fmt(as.Date(ifelse(src$visit_date == "", NA, src$visit_date)), "DATE11"), "Date of the visit")
df$created_at <- lab(fmt(as.POSIXct(ifelse(src$created_at == "", NA, src$created_at), tz = "UTC",
    format = "%Y-%m-%d %H:%M:%S"), "DATETIME20"), "Record created at")

# UTF-8 text, and a character column with a value longer than 255 bytes (very long string)
df$city <- lab(fmt(src$city, "A40"), "City (UTF-8)")
df$long_comment <- lab(fmt(src$long_comment, "A600"), "A long open answer")

# double with decimals and NA; integer with NA
df$score <- lab(fmt(num(src$score), "F8.2"), "Score")
df$n_children <- lab(fmt(as.integer(num(src$n_children)), "F8.0"), "Number of children")

df <- tibble::as_tibble(df)
write_sav(df, "../sav/haven-bytecode.sav", compress = "byte")
write_sav(df, "../sav/haven-uncompressed.sav", compress = "none")
write_sav(df, "../sav/haven.zsav", compress = "zsav")
cat("haven", as.character(packageVersion("haven")), "wrote 3 files,", nrow(df), "rows\n")
