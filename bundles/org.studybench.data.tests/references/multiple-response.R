# References for MultipleResponseTest: a multiple-response set's items and its "any of" net as banner rows,
# design-based, by school type. R 4.2.2, survey 4.1-1; run from this folder: Rscript multiple-response.R
# The set has two items made from R's apiclus1 (one-stage cluster sample of school districts, weights pw):
#   item1 = sch.wide, not asked (NA) of schools with api00 < 500; item2 = comp.imp, not asked where ell > 40.
# Counted answer "Yes". A school is in the set's base when it answered either item (as Q counts a
# "pick any" question; SPSS's MULT RESPONSE would keep only schools with a "Yes"). A row's share is the
# design-based domain mean of its 0/1 indicator within the base and column: svyby(~x, ~stype,
# subset(design, base), svymean, covmat = TRUE), in the clustered design and in a stratified one (strata = school
# types, every school its own PSU); a difference of two columns by svycontrast, t on the
# subset's degrees of freedom (degf: PSUs with weight in the base minus strata), two-sided.
library(survey)
options(digits = 17)
clus <- read.csv(file.path("../../org.studybench.stats.tests/fixtures", "apiclus1.csv"))
clus$item1 <- ifelse(clus$api00 < 500, NA, clus$sch.wide)
clus$item2 <- ifelse(clus$ell > 40, NA, clus$comp.imp)
clus$base <- !is.na(clus$item1) | !is.na(clus$item2)
clus$s1 <- as.numeric(clus$base & !is.na(clus$item1) & clus$item1 == "Yes")
clus$s2 <- as.numeric(clus$base & !is.na(clus$item2) & clus$item2 == "Yes")
clus$any <- as.numeric(clus$s1 == 1 | clus$s2 == 1)
designs <- list(clustered = subset(svydesign(id = ~dnum, weights = ~pw, data = clus), base),
  stratified = subset(svydesign(id = ~1, strata = ~stype, weights = ~pw, data = clus), base))
for (name in names(designs)) {
d <- designs[[name]]
cat(name, "base", sum(clus$base), "of", nrow(clus), "degf", degf(d), "\n")
for (x in c("s1", "s2", "any")) {
  f <- as.formula(paste0("~", x))
  cat(name, x, "total", sprintf("%.17g", coef(svymean(f, d))), "\n")
  b <- svyby(f, ~stype, d, svymean, covmat = TRUE)
  cat(name, x, "by stype", names(coef(b)), sprintf("%.17g", coef(b)), "\n")
  for (pair in list(c(1, 2), c(1, 3), c(2, 3))) {
    contrast <- rep(0, 3); contrast[pair[1]] <- 1; contrast[pair[2]] <- -1
    diff <- svycontrast(b, contrast)
    t <- coef(diff) / SE(diff)
    p <- 2 * pt(-abs(t), degf(d))
    cat(name, x, paste(names(coef(b))[pair], collapse = "-"), "difference", sprintf("%.17g", coef(diff)), "se", sprintf("%.17g", SE(diff)),
        "p", sprintf("%.17g", p), "\n")
  }
}
}
