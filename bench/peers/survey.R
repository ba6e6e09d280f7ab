# The R survey peer of StudyBench's design-based banner (bench/peers/run.sh): read the CSV, declare
# the design (PSUs in strata, weights) and run svychisq (Rao-Scott F, the default) for the first K
# items by firm size. svychisq takes seconds per table on a million rows, so run.sh runs K tables
# and scales the per-table time to 40.
# Usage: Rscript survey.R SURVEY.csv K
suppressPackageStartupMessages({ library(data.table); library(survey) })
args <- commandArgs(trailingOnly = TRUE)
k <- as.integer(args[2])
d <- as.data.frame(fread(args[1], showProgress = FALSE, na.strings = c("", "NA")))
t0 <- proc.time()[["elapsed"]]
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = d, nest = TRUE)
t1 <- proc.time()[["elapsed"]]
f <- numeric(k)
for (i in 1:k) {
  q <- paste0("q", i)
  f[i] <- svychisq(as.formula(paste0("~", q, " + size")), des, na.rm = TRUE)$statistic
}
t2 <- proc.time()[["elapsed"]]
cat(sprintf("survey: design %.2f s, %d tables %.2f s (%.3f s per table)\n", t1 - t0, k, t2 - t1, (t2 - t1) / k))
