package org.studybench.data.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.studybench.core.InputException;
import org.studybench.data.store.DuckDb;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Variable;

/**
 * The segment filter language, e.g. {@code size = "SME" and country in ("IT", "DE")}, translated to a
 * parameterised SQL condition. Grammar (keywords case-insensitive):
 *
 * <pre>
 * filter     := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" or ")" | comparison
 * comparison := name op value | name ["not"] "in" "(" value ("," value)* ")"
 *             | name "between" value "and" value | name "is" ["not"] "missing"
 * op         := "=" | "!=" | "<>" | "<" | "<=" | ">" | ">="
 * value      := "text" | 'text' | number | true | false
 * name       := letter (letter | digit | "_" | ".")*  |  `any name`
 * </pre>
 *
 * Values become bound parameters and names double-quoted identifiers, so no filter can change the
 * SQL around it. With a variable dictionary, names and value types are checked.
 */
public final class SegmentFilters {

    /** How deep 'not' and parentheses may nest in a filter. */
    public static final int MAX_DEPTH = 200;

    private SegmentFilters() {
    }

    /** Translates {@code filter}; {@code variables} (name → type) may be null to skip name and type checks. */
    public static SqlFilter toSql(String filter, Map<String, ValueType> variables) throws FilterException {
        return toSql(filter, variables, Map.of());
    }

    /**
     * Translates {@code filter} against a dataset's dictionary: names and value types are checked, and a
     * value may be given by its value label ({@code q6 = "Agree"} for the code 5, {@code size = "SMEs"} for
     * "SME"), as the data grid shows values; a stored value that is also some label stays that value.
     * Without a dataset (null) nothing is checked.
     */
    public static SqlFilter inDataset(String filter, Dataset dataset) throws FilterException {
        return dataset == null ? toSql(filter, null) : toSql(filter, types(dataset), valueLabels(dataset));
    }

    /**
     * The respondents of {@code segment} in {@code dataset} ({@link #inDataset}), for a table, a chart or a
     * command that {@code what} names in the message. A segment without a filter only names a published group
     * and selects no respondents: refused, as a filter that does not fit the dataset is.
     */
    public static SqlFilter ofSegment(String what, Segment segment, Dataset dataset) throws InputException {
        if (segment.getFilter() == null || segment.getFilter().isBlank()) {
            throw new InputException(what + ": segment '" + segment.getName() + "' has no filter to select its respondents (it only names a published group)");
        }
        try {
            return inDataset(segment.getFilter(), dataset);
        } catch (FilterException e) {
            throw new InputException(what + ": segment '" + segment.getName() + "': " + e.getMessage(), e);
        }
    }

    /** As {@link #toSql(String, Map)}, with value labels (variable → label → stored value) that stand for their values. */
    public static SqlFilter toSql(String filter, Map<String, ValueType> variables, Map<String, Map<String, String>> valueLabels) throws FilterException {
        if (filter == null || filter.isBlank()) {
            throw new FilterException(1, "the filter is empty");
        }
        Parser parser = new Parser(Lexer.tokens(filter), variables, valueLabels);
        String sql = parser.or();
        parser.expectEnd();
        return new SqlFilter(sql, parser.parameters);
    }

    /** The value labels of a dataset's variables: variable → label → stored value. */
    public static Map<String, Map<String, String>> valueLabels(Dataset dataset) {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Variable v : dataset.getVariables()) {
            for (org.studybench.model.study.ValueLabel l : v.getValueLabels()) {
                if (l.getLabel() != null && l.getValue() != null) {
                    labels.computeIfAbsent(v.getName(), k -> new LinkedHashMap<>()).put(l.getLabel(), l.getValue());
                }
            }
        }
        return labels;
    }

    /** The filter value types of a dataset's variables, for {@link #toSql}. */
    public static Map<String, ValueType> types(Dataset dataset) {
        Map<String, ValueType> types = new LinkedHashMap<>();
        for (Variable v : dataset.getVariables()) {
            types.put(v.getName(), switch (v.getType()) {
                case INTEGER, DOUBLE -> ValueType.NUMBER;
                case BOOLEAN -> ValueType.BOOLEAN;
                default -> ValueType.TEXT;
            });
        }
        return types;
    }

    enum Kind {
        NAME, TEXT, NUMBER, OPERATOR, LEFT, RIGHT, COMMA, END
    }

    record Token(Kind kind, String text, Object value, int column) {
        boolean isKeyword(String keyword) {
            return kind == Kind.NAME && value == null && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return kind == Kind.END ? "the end of the filter" : "'" + text + "'";
        }
    }

    private static final class Lexer {
        static List<Token> tokens(String s) throws FilterException {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int column = i + 1;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')' || c == ',') {
                    out.add(new Token(c == '(' ? Kind.LEFT : c == ')' ? Kind.RIGHT : Kind.COMMA, String.valueOf(c), null, column));
                    i++;
                } else if (c == '"' || c == '\'') {
                    StringBuilder text = new StringBuilder();
                    int j = i + 1;
                    while (true) {
                        if (j >= s.length()) {
                            throw new FilterException(column, "the text starting here has no closing " + c);
                        }
                        char d = s.charAt(j);
                        if (d == '\\' && j + 1 < s.length()) {
                            text.append(s.charAt(j + 1));
                            j += 2;
                        } else if (d == c) {
                            break;
                        } else {
                            text.append(d);
                            j++;
                        }
                    }
                    out.add(new Token(Kind.TEXT, s.substring(i, j + 1), text.toString(), column));
                    i = j + 1;
                } else if (c == '`') {
                    int end = s.indexOf('`', i + 1);
                    if (end < 0) {
                        throw new FilterException(column, "the name starting here has no closing `");
                    }
                    out.add(new Token(Kind.NAME, s.substring(i + 1, end), s.substring(i + 1, end), column));
                    i = end + 1;
                } else if (Character.isDigit(c) || (c == '-' || c == '.') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == 'e' || s.charAt(j) == 'E'
                            || (s.charAt(j) == '-' || s.charAt(j) == '+') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E'))) {
                        j++;
                    }
                    String text = s.substring(i, j);
                    Object value;
                    try {
                        value = text.matches("-?\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new FilterException(column, "'" + text + "' is not a number");
                    }
                    out.add(new Token(Kind.NUMBER, text, value, column));
                    i = j;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i + 1;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) {
                        j++;
                    }
                    out.add(new Token(Kind.NAME, s.substring(i, j), null, column));
                    i = j;
                } else if ("=!<>".indexOf(c) >= 0) {
                    String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                    String op = switch (two) {
                        case "!=", "<>", "<=", ">=", "==" -> two;
                        default -> String.valueOf(c);
                    };
                    if (op.equals("!")) {
                        throw new FilterException(column, "'!' must be followed by '=' (not equal)");
                    }
                    out.add(new Token(Kind.OPERATOR, op, null, column));
                    i += op.length();
                } else {
                    throw new FilterException(column, "unexpected character '" + c + "'");
                }
            }
            out.add(new Token(Kind.END, "", null, s.length() + 1));
            return out;
        }
    }

    private static final class Parser {
        private final List<Token> tokens;
        private final Map<String, ValueType> variables;
        private final Map<String, Map<String, String>> valueLabels;
        final List<Object> parameters = new ArrayList<>();
        private int position;

        Parser(List<Token> tokens, Map<String, ValueType> variables, Map<String, Map<String, String>> valueLabels) {
            this.tokens = tokens;
            this.variables = variables;
            this.valueLabels = valueLabels;
        }

        private Token peek() {
            return tokens.get(position);
        }

        private Token next() {
            return tokens.get(position++);
        }

        String or() throws FilterException {
            String left = and();
            while (peek().isKeyword("or")) {
                next();
                left = left + " OR " + and();
            }
            return left;
        }

        private String and() throws FilterException {
            String left = unary();
            while (peek().isKeyword("and")) {
                next();
                left = left + " AND " + unary();
            }
            return left;
        }

        private int depth;

        private String unary() throws FilterException {
            Token t = peek();
            if (!t.isKeyword("not") && t.kind() != Kind.LEFT) {
                return comparison();
            }
            if (++depth > MAX_DEPTH) {
                // a person never nests this deep; a generated or hostile filter must not exhaust the stack
                throw new FilterException(t.column(), "the filter nests 'not' and parentheses more than " + MAX_DEPTH + " levels deep here; simplify it");
            }
            try {
                next();
                if (t.isKeyword("not")) {
                    return "NOT (" + unary() + ")";
                }
                String inner = or();
                expect(Kind.RIGHT, "')' to close the '(' at column " + t.column());
                return "(" + inner + ")";
            } finally {
                depth--;
            }
        }

        private String comparison() throws FilterException {
            Token name = next();
            if (name.kind() != Kind.NAME || isReserved(name)) {
                throw new FilterException(name.column(), "expected a variable name, found " + name.describe());
            }
            ValueType type = check(name);
            String column = DuckDb.identifier(name.value() != null ? (String) name.value() : name.text());
            Token t = next();
            if (t.kind() == Kind.OPERATOR) {
                String op = switch (t.text()) {
                    case "==" -> "=";
                    case "!=" -> "<>";
                    default -> t.text();
                };
                return column + " " + op + " " + value(name, type, t);
            }
            if (t.isKeyword("not") && peek().isKeyword("in")) {
                next();
                return column + " NOT IN " + list(name, type);
            }
            if (t.isKeyword("in")) {
                return column + " IN " + list(name, type);
            }
            if (t.isKeyword("between")) {
                String low = value(name, type, t);
                expectKeyword("and", "'and' between the two bounds of 'between'");
                return column + " BETWEEN " + low + " AND " + value(name, type, t);
            }
            if (t.isKeyword("is")) {
                boolean negated = peek().isKeyword("not");
                if (negated) {
                    next();
                }
                expectKeyword("missing", "'missing' after 'is" + (negated ? " not" : "") + "'");
                return column + (negated ? " IS NOT NULL" : " IS NULL");
            }
            throw new FilterException(t.column(), "expected a comparison (=, !=, <, <=, >, >=, in, between, is missing) after '" + name.text()
                    + "', found " + t.describe());
        }

        private String list(Token name, ValueType type) throws FilterException {
            Token open = expect(Kind.LEFT, "'(' to start the list of values");
            List<String> items = new ArrayList<>();
            items.add(value(name, type, open));
            while (peek().kind() == Kind.COMMA) {
                Token comma = next();
                items.add(value(name, type, comma));
            }
            expect(Kind.RIGHT, "',' or ')' in the list of values");
            return "(" + String.join(", ", items) + ")";
        }

        private String value(Token name, ValueType type, Token after) throws FilterException {
            Token v = next();
            Object value;
            ValueType found;
            if (v.kind() == Kind.TEXT) {
                value = v.value();
                found = ValueType.TEXT;
            } else if (v.kind() == Kind.NUMBER) {
                value = v.value();
                found = ValueType.NUMBER;
            } else if (v.isKeyword("true") || v.isKeyword("false")) {
                value = Boolean.parseBoolean(v.text().toLowerCase(Locale.ROOT));
                found = ValueType.BOOLEAN;
            } else if (v.kind() == Kind.NAME) {
                throw new FilterException(v.column(), "expected a value after " + after.describe() + ", found the name '" + v.text()
                        + "'; put text values in quotes, e.g. \"" + v.text() + "\"");
            } else {
                throw new FilterException(v.column(), "expected a value after " + after.describe() + ", found " + v.describe());
            }
            String variable = name.value() != null ? (String) name.value() : name.text();
            if (found == ValueType.TEXT && type != null) { // a value label stands for its stored value
                Object coded = labelled(variable, (String) value, type, v);
                if (coded != null) {
                    value = coded;
                    found = type;
                }
            }
            if (type != null && type != found) {
                Map<String, String> labels = valueLabels.getOrDefault(variable, Map.of());
                throw new FilterException(v.column(), "'" + variable + "' is " + words(type) + ", but " + v.text() + " is " + words(found)
                        + (type == ValueType.TEXT ? "; put the value in quotes" : "")
                        + (found == ValueType.TEXT && !labels.isEmpty() ? "; its value labels: " + String.join(", ",
                                labels.entrySet().stream().map(e -> e.getValue() + " = " + e.getKey()).toList()) : ""));
            }
            parameters.add(value);
            return "?";
        }

        /**
         * The stored value whose label is {@code text} (exactly, else ignoring case), as {@code type}; null when
         * {@code text} is a stored text value itself or no label. A label of two values is refused naming both.
         */
        private Object labelled(String variable, String text, ValueType type, Token at) throws FilterException {
            Map<String, String> labels = valueLabels.getOrDefault(variable, Map.of());
            if (labels.isEmpty() || type == ValueType.TEXT && labels.containsValue(text)) {
                return null;
            }
            List<String> codes = new ArrayList<>();
            labels.forEach((label, code) -> {
                if (label.equals(text)) {
                    codes.add(code);
                }
            });
            if (codes.isEmpty()) {
                labels.forEach((label, code) -> {
                    if (label.equalsIgnoreCase(text)) {
                        codes.add(code);
                    }
                });
            }
            if (codes.size() > 1) {
                throw new FilterException(at.column(), "\"" + text + "\" is the label of " + String.join(" and ", codes) + " of '" + variable + "'; give the value");
            }
            if (codes.isEmpty()) {
                return null;
            }
            String code = codes.get(0);
            try {
                return switch (type) {
                    case NUMBER -> code.matches("-?\\d+") ? (Object) Long.parseLong(code) : (Object) Double.parseDouble(code);
                    case BOOLEAN -> Boolean.parseBoolean(code);
                    case TEXT -> code;
                };
            } catch (NumberFormatException e) {
                throw new FilterException(at.column(), "\"" + text + "\" is the label of '" + code + "', which is not a number as '" + variable + "' is");
            }
        }

        private ValueType check(Token name) throws FilterException {
            if (variables == null) {
                return null;
            }
            String n = name.value() != null ? (String) name.value() : name.text();
            ValueType type = variables.get(n);
            if (type == null) {
                String suggestion = closest(n);
                throw new FilterException(name.column(), "no variable '" + n + "' in the dataset" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
            }
            return type;
        }

        private String closest(String name) {
            String best = null;
            int bestDistance = 3;
            for (String candidate : variables.keySet()) {
                int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
            return best;
        }

        void expectEnd() throws FilterException {
            Token t = peek();
            if (t.kind() != Kind.END) {
                throw new FilterException(t.column(), "expected 'and', 'or' or the end of the filter, found " + t.describe());
            }
        }

        private Token expect(Kind kind, String what) throws FilterException {
            Token t = next();
            if (t.kind() != kind) {
                throw new FilterException(t.column(), "expected " + what + ", found " + t.describe());
            }
            return t;
        }

        private void expectKeyword(String keyword, String what) throws FilterException {
            Token t = next();
            if (!t.isKeyword(keyword)) {
                throw new FilterException(t.column(), "expected " + what + ", found " + t.describe());
            }
        }

        private static boolean isReserved(Token t) {
            for (String k : new String[] { "and", "or", "not", "in", "between", "is", "missing", "true", "false" }) {
                if (t.isKeyword(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String words(ValueType type) {
        return switch (type) {
            case TEXT -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
        };
    }

    /** Levenshtein distance, for "did you mean" suggestions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
