package org.studybench.importer.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.studybench.importer.csv.internal.NumberSyntax;

/** The character-by-character number checks of type inference accept exactly what their regular expressions accept. */
class NumberSyntaxTest {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final String ALPHABET = "07+-.eE,x ";

    @Test
    void everyShortStringOverTheCharactersThatMatterIsJudgedAsByTheRegularExpressions() {
        int numbers = 0;
        int commas = 0;
        for (int length = 0; length <= 6; length++) {
            int count = (int) Math.pow(ALPHABET.length(), length);
            char[] chars = new char[length];
            for (int k = 0; k < count; k++) {
                for (int i = 0, rest = k; i < length; i++, rest /= ALPHABET.length()) {
                    chars[i] = ALPHABET.charAt(rest % ALPHABET.length());
                }
                String s = new String(chars);
                boolean number = NUMBER.matcher(s).matches();
                boolean comma = DECIMAL_COMMA.matcher(s).matches();
                assertEquals(number, NumberSyntax.number(s), s);
                assertEquals(comma, NumberSyntax.decimalComma(s), s);
                numbers += number ? 1 : 0;
                commas += comma ? 1 : 0;
            }
        }
        assertTrue(numbers > 2_000 && commas > 200, numbers + " numbers, " + commas + " decimal commas");
    }
}
