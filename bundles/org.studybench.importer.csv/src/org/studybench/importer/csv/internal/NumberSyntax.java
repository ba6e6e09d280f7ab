package org.studybench.importer.csv.internal;

/**
 * The number syntaxes of CSV type inference, checked character by character: type inference looks at
 * every cell, and these checks in regular expressions were half of reading a large file.
 */
public final class NumberSyntax {

    private NumberSyntax() {
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** Whether {@code s} matches {@code [-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?}. */
    public static boolean number(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        while (i < n && digit(s.charAt(i))) {
            i++;
        }
        boolean digits = i > start;
        if (i < n && s.charAt(i) == '.') {
            int point = ++i;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
            digits |= i > point;
        }
        if (!digits) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    /** Whether {@code s} matches {@code -?[0-9]+,[0-9]+}. */
    public static boolean decimalComma(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && digit(s.charAt(i))) {
            i++;
        }
        if (i == start || i == n || s.charAt(i) != ',') {
            return false;
        }
        int after = ++i;
        while (i < n && digit(s.charAt(i))) {
            i++;
        }
        return i > after && i == n;
    }

    /**
     * Whether a string of the {@link #number} syntax is a finite double, without parsing it when that is
     * certain: no exponent and fewer than 300 characters (below 1E300).
     */
    static boolean finite(String s) {
        if (s.length() < 300 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
            return true;
        }
        return Double.isFinite(Double.parseDouble(s));
    }
}
