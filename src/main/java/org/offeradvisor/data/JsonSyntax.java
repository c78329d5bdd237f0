package org.offeradvisor.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;

/**
 * What the JSON parser found wrong with a document (a case, a scenario file, a rules data file), in the words of
 * a user who edits that document: where ({@code 3:14}) and what ({@code unexpected character '}': was expecting
 * double-quote to start property name}), without the parser's internals (its feature flags, class names, the
 * "source" and "byte offset" it cannot name), which the user can neither read nor change.
 */
public final class JsonSyntax {
    private static final Pattern CHARACTER = Pattern.compile("\\('(.*?)' \\(code \\d+\\)\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(\\((?:CTRL-CHAR|character), code (\\d+)\\)\\)");
    private static final Pattern QUALIFIED = Pattern.compile("`(?:[A-Za-z_][\\w$]*\\.)+([A-Za-z_][\\w$]*)`");

    private JsonSyntax() {
    }

    /** Where in {@code file} the parser stopped, {@code file:line:column}; just {@code file} when it does not say. */
    public static String at(String file, JacksonException e) {
        return hasLocation(e) ? file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() : file;
    }

    /** Where the parser stopped in a document that has no name, {@code  (line 3, column 14)}, or nothing. */
    public static String inWords(JacksonException e) {
        return hasLocation(e)
                ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : "";
    }

    private static boolean hasLocation(JacksonException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0;
    }

    /** Whether the document holds more than one JSON value: data after the closing brace of the first. */
    public static boolean isTrailingData(JacksonException e) {
        String message = first(e);
        return message.startsWith("Trailing token") || message.matches("Unexpected close marker '.': no open .* to close");
    }

    /** The parser's complaint, one line, starting in lower case, with no parser internals. */
    public static String message(JacksonException e) {
        String message = first(e)
                .replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "")
                .replaceAll("\\s*\\[Source:.*?](; line: \\d+, column: \\d+])?", "")
                .replaceAll(":? ?enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll(":? ?not allowed as per `[^`]*`", "")
                .replace("Duplicate Object property", "duplicate key")
                .replace("Unexpected end-of-input", "unexpected end of the document")
                .replace("expected close marker for Object", "an object is not closed")
                .replace("expected close marker for Array", "an array is not closed");
        message = CONTROL.matcher(message).replaceAll(m -> String.format("U+%04X", Integer.parseInt(m.group(1))));
        message = CHARACTER.matcher(message).replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1) + "'"));
        message = QUALIFIED.matcher(message).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`")).strip();
        return message.isEmpty() ? "not valid JSON"
                : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }

    private static String first(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
