# Reads SPSS files with R haven (user_na = TRUE) and writes what it found, for verify.py to compare with
# expected.json. Usage: Rscript dump_sav.R OUT.txt FILE[=ENCODING] ...
# Output, one record a line, fields separated by tabs, \t \n \\ escaped:
#   file  PATH  ok|error  ROWS|message
#   var   NAME  FORMAT  CLASS  LABEL
#   vl    NAME  VALUE  LABEL
#   na    NAME  VALUE            (discrete user-missing value)
#   range NAME  LOW  HIGH        (user-missing range; -Inf / Inf for LOWEST / HIGHEST)
#   cell  ROW  NAME  VALUE|<NA>  (numbers %.17g, dates yyyy-mm-dd, date-times their UTC day)

suppressPackageStartupMessages(library(haven))

args <- commandArgs(trailingOnly = TRUE)
out <- file(args[1], "w", encoding = "UTF-8")
esc <- function(s) { s <- gsub("\\", "\\\\", s, fixed = TRUE); s <- gsub("\t", "\\t", s, fixed = TRUE); gsub("\n", "\\n", s, fixed = TRUE) }
emit <- function(...) writeLines(paste(vapply(list(...), function(x) esc(as.character(x)), ""), collapse = "\t"), out, useBytes = FALSE)
num <- function(x) ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x))

for (spec in args[-1]) {
  parts <- strsplit(spec, "=", fixed = TRUE)[[1]]
  path <- parts[1]
  enc <- if (length(parts) > 1) parts[2] else NULL
  d <- tryCatch(if (grepl("\\.por$", path)) read_por(path, user_na = TRUE) else read_sav(path, encoding = enc, user_na = TRUE),
                error = function(e) e)
  if (inherits(d, "error")) { emit("file", path, "error", conditionMessage(d)); next }
  emit("file", path, "ok", nrow(d))
  for (n in names(d)) {
    x <- d[[n]]
    lab <- attr(x, "label"); if (is.null(lab)) lab <- "<NULL>"
    fmt <- attr(x, "format.spss"); if (is.null(fmt)) fmt <- ""
    emit("var", n, fmt, class(x)[1], lab)
    labels <- attr(x, "labels")
    if (!is.null(labels)) for (i in seq_along(labels)) {
      v <- labels[[i]]
      emit("vl", n, if (is.character(v)) v else num(v), names(labels)[i])
    }
    for (v in attr(x, "na_values")) emit("na", n, if (is.character(v)) v else num(v))
    r <- attr(x, "na_range")
    if (!is.null(r)) emit("range", n, num(r[1]), num(r[2]))
    v <- unclass(x)
    for (i in seq_along(v)) {
      cellv <- if (is.na(v[i])) "<NA>"
               else if (inherits(x, "Date")) format(as.Date(v[i], origin = "1970-01-01"))
               else if (inherits(x, "POSIXct")) format(as.POSIXct(v[i], origin = "1970-01-01", tz = "UTC"), "%Y-%m-%d", tz = "UTC")
               else if (is.character(v)) v[i]
               else num(v[i])
      emit("cell", i - 1, n, cellv)
    }
  }
}
close(out)
