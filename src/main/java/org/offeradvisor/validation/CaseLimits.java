package org.offeradvisor.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offeradvisor.Problem;

import tools.jackson.databind.JsonNode;

/**
 * The limits every value of a case obeys, checked on the parsed tree before the schema or any arithmetic sees it, so
 * that no number can make a run slow or overflow ({@code 1e-30000000} is cheap to parse and ruinous to add) and no text
 * is silently changed: a number has at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits, at most
 * {@value #MAX_DECIMALS} decimal places and is below 10^{@value #MAX_INTEGER_DIGITS}; a string (or field name) is
 * well-formed Unicode, with no lone UTF-16 surrogate. The schema then narrows each field (money has 2 decimals, ...).
 */
final class CaseLimits {
    static final int MAX_SIGNIFICANT_DIGITS = 15;
    static final int MAX_DECIMALS = 6;
    static final int MAX_INTEGER_DIGITS = 16;
    /** The longest part of a refused number shown in its message. */
    private static final int SHOWN = 24;
    private static final String LONE_SURROGATE =
            "contains a lone UTF-16 surrogate (such as \\ud800 without its pair); text must be valid Unicode";

    private final List<Problem> problems = new ArrayList<>();

    private CaseLimits() {
    }

    /** Every value of {@code root} out of these limits, one problem per value, in document order. */
    static List<Problem> check(JsonNode root) {
        CaseLimits limits = new CaseLimits();
        limits.walk(root, Where.ROOT);
        return limits.problems;
    }

    /** Where a value is; its JSON path is spelled out only for a problem, not for every value walked. */
    private record Where(Where parent, String field, int index) {
        static final Where ROOT = new Where(null, null, -1);

        String path() {
            if (parent == null) {
                return "$";
            }
            return field != null ? SchemaCheck.CasePaths.child(parent.path(), field) : parent.path() + "[" + index + "]";
        }
    }

    private void walk(JsonNode node, Where where) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!wellFormed(field.getKey())) {
                    problems.add(new Problem(where.path(), "a field name " + LONE_SURROGATE));
                    continue;
                }
                walk(field.getValue(), new Where(where, field.getKey(), -1));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), new Where(where, null, i));
            }
        } else if (node.isInt()) {
            return; // at most 10 digits and no decimals: within every limit
        } else if (node.isNumber()) {
            number(where, node.decimalValue());
        } else if (node.isString() && !wellFormed(node.stringValue())) {
            problems.add(new Problem(where.path(), LONE_SURROGATE));
        }
    }

    private void number(Where where, BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros(); // cheap: the parser caps a number at 1,000 characters
        String limit = v.scale() > MAX_DECIMALS ? "has more than " + MAX_DECIMALS + " decimal places"
                : v.precision() - v.scale() > MAX_INTEGER_DIGITS ? "is not below 10^" + MAX_INTEGER_DIGITS
                : v.precision() > MAX_SIGNIFICANT_DIGITS ? "has more than " + MAX_SIGNIFICANT_DIGITS + " significant digits"
                : null;
        if (limit != null) {
            problems.add(new Problem(where.path(), shown(value) + " " + limit
                    + "; a number in a case has at most " + MAX_SIGNIFICANT_DIGITS + " significant digits and "
                    + MAX_DECIMALS + " decimal places"));
        }
    }

    private static String shown(BigDecimal value) {
        String text = value.toString();
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
