package org.studybench.stats;

/** Effect sizes for two proportions x1/n1 vs x2/n2, each with a two-sided confidence interval. */
public final class EffectSizes {

    /** An effect size and its interval; the interval is null when it is not defined (a zero cell). */
    public record Effect(String name, double value, Interval interval) {
    }

    private EffectSizes() {
    }

    /** Cohen's h = 2·asin(√p1) − 2·asin(√p2), with the interval h ± z·sqrt(1/n1 + 1/n2) (Cohen 1988). */
    public static Effect cohensH(double x1, double n1, double x2, double n2, double conf) {
        check(x1, n1, x2, n2, conf);
        double h = 2 * Math.asin(Math.sqrt(x1 / n1)) - 2 * Math.asin(Math.sqrt(x2 / n2));
        double half = Normal.critical(conf) * Math.sqrt(1 / n1 + 1 / n2);
        return new Effect("Cohen's h", h, new Interval(h - half, h + half));
    }

    /**
     * The difference p1 − p2 with Newcombe's hybrid score interval (Newcombe 1998, Statistics in
     * Medicine 17:873-890, method 10): Wilson intervals (l1,u1), (l2,u2) combined as
     * [d − sqrt((p1−l1)² + (u2−p2)²), d + sqrt((u1−p1)² + (p2−l2)²)].
     */
    public static Effect newcombeDifference(double x1, double n1, double x2, double n2, double conf) {
        check(x1, n1, x2, n2, conf);
        double z = Normal.critical(conf);
        double p1 = x1 / n1;
        double p2 = x2 / n2;
        Interval w1 = ProportionInterval.wilson(p1, n1, z);
        Interval w2 = ProportionInterval.wilson(p2, n2, z);
        double d = p1 - p2;
        double lower = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
        double upper = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
        return new Effect("risk difference", d, new Interval(lower, upper));
    }

    /** Risk ratio p1/p2 with the log (Katz) interval exp(ln RR ± z·sqrt(1/x1 − 1/n1 + 1/x2 − 1/n2)). */
    public static Effect riskRatio(double x1, double n1, double x2, double n2, double conf) {
        check(x1, n1, x2, n2, conf);
        if (x2 == 0) {
            throw new IllegalArgumentException("the risk ratio is not defined when the second group has no successes");
        }
        double rr = (x1 / n1) / (x2 / n2);
        Interval interval = null;
        if (x1 > 0) {
            double se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
            double z = Normal.critical(conf);
            interval = new Interval(Math.exp(Math.log(rr) - z * se), Math.exp(Math.log(rr) + z * se));
        }
        return new Effect("risk ratio", rr, interval);
    }

    /** Sample odds ratio with the Woolf (log) interval; its interval is null when a cell is 0. */
    public static Effect oddsRatio(double x1, double n1, double x2, double n2, double conf) {
        check(x1, n1, x2, n2, conf);
        double a = x1;
        double b = n1 - x1;
        double c = x2;
        double d = n2 - x2;
        if (b * c == 0) {
            throw new IllegalArgumentException("the odds ratio is not defined: a group has only successes or no failures in the other");
        }
        double or = a * d / (b * c);
        Interval interval = null;
        if (a > 0 && d > 0) {
            double se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
            double z = Normal.critical(conf);
            interval = new Interval(Math.exp(Math.log(or) - z * se), Math.exp(Math.log(or) + z * se));
        }
        return new Effect("odds ratio", or, interval);
    }

    private static void check(double x1, double n1, double x2, double n2, double conf) {
        Checks.count("group 1", x1, n1);
        Checks.count("group 2", x2, n2);
        Checks.level(conf);
    }

    private static double sq(double v) {
        return v * v;
    }
}
