# The data.table peer of StudyBench's plain weighted banner (bench/peers/run.sh): read the CSV with
# fread, then for each of the 40 items the weighted table by firm size (column percentages from
# weighted counts) and Pearson's chi-square on the unweighted counts, as a researcher would write it.
# Usage: Rscript datatable.R SURVEY.csv
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
d <- fread(args[1], showProgress = FALSE, na.strings = c("", "NA"))
items <- paste0("q", 1:40)
p <- numeric(length(items))
for (k in seq_along(items)) {
  q <- items[k]
  cells <- d[, .(n = .N, w = sum(weight)), by = c(q, "size")][!is.na(get(q))]
  cells[, share := w / sum(w), by = size]
  counts <- xtabs(n ~ get(q) + size, data = cells)
  p[k] <- suppressWarnings(chisq.test(counts, correct = FALSE)$p.value)
}
cat(sprintf("data.table: %d rows, %d tables, min p %.3g\n", nrow(d), length(items), min(p)))
