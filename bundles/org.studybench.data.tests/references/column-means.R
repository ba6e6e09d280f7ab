# References for ColumnMeansTest: design-based means of a numeric row variable within the columns of a
# breakdown and the t-tests of their differences, as StudyBench's banner letters compute them.
# R 4.2.2, survey 4.1-1; run from this folder: Rscript column-means.R
# Domain means by svyby(..., covmat = TRUE) (linearization); a difference's variance from their covariance
# (svycontrast); t on the design's degrees of freedom (degf), two-sided.
library(survey)
options(digits = 17)
fixtures <- "../../org.studybench.stats.tests/fixtures"
clus <- read.csv(file.path(fixtures, "apiclus1.csv"))
strat <- read.csv(file.path(fixtures, "apistrat.csv"))
designs <- list(
  clustered = svydesign(id = ~dnum, weights = ~pw, data = clus),
  stratified = svydesign(id = ~1, strata = ~stype, weights = ~pw, data = strat),
  srs = svydesign(id = ~1, data = clus))
for (name in names(designs)) {
  d <- designs[[name]]
  b <- svyby(~ell, ~stype, d, svymean, covmat = TRUE)
  cat(name, "degf", degf(d), "\n")
  cat(name, "means", sprintf("%.17g", coef(b)), "\n")
  cat(name, "se", sprintf("%.17g", SE(b)), "\n")
  levels <- names(coef(b))
  for (pair in list(c(1, 2), c(1, 3), c(2, 3))) {
    contrast <- rep(0, length(levels)); contrast[pair[1]] <- 1; contrast[pair[2]] <- -1
    diff <- svycontrast(b, contrast)
    t <- coef(diff) / SE(diff)
    p <- 2 * pt(-abs(t), degf(d))
    cat(name, paste(levels[pair], collapse = "-"), "difference", sprintf("%.17g", coef(diff)), "se", sprintf("%.17g", SE(diff)), "p", sprintf("%.17g", p), "\n")
  }
}
# Medians within columns (no test): svyquantile with qrule = "math", the smallest value whose weighted
# cumulative share reaches one half (the answers' values are few, so no interpolation between them).
for (name in names(designs)) {
  d <- designs[[name]]
  m <- svyby(~ell, ~stype, d, svyquantile, quantiles = 0.5, qrule = "math", ci = TRUE)
  cat(name, "medians", sprintf("%.17g", m$ell), "\n")
  cat(name, "total median", sprintf("%.17g", coef(svyquantile(~ell, d, 0.5, qrule = "math"))), "\n")
}
