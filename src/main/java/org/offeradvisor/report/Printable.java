package org.offeradvisor.report;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Makes user strings (company names, JSON keys, file names, anything a case or a command line carries) safe to
 * show to a human: every human-readable output (the text report, each message on standard error, and the Markdown
 * or HTML to come) passes what a user wrote through here, while the JSON report stays exact.
 *
 * <p>A character that a terminal or a page would act on instead of showing, or that shows as nothing, is written as
 * an escape instead: C0 and C1 controls (ESC included, so no ANSI sequence can colour, move or clear anything) and DEL,
 * line breaks ({@code \n}, {@code \r}, U+0085, U+2028, U+2029), bidirectional overrides, embeddings, isolates and
 * marks, every other invisible format character (U+200B zero width space, U+FEFF, tag characters...), a lone
 * surrogate, and a combining mark with no base character to sit on (it would stack onto the text before it).
 * So a user string can neither forge a line nor reverse, hide or colour what follows it. Backslashes are kept
 * as they are: an escape stands out as text, and escaping twice changes nothing.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code text} as one line of text, every unsafe character escaped ({@code \n}, {@code \u001b}, {@code \u202e}). */
    public static String plain(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        boolean base = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean mark = isCombiningMark(c);
            if (isControlOrInvisible(c) || (mark && !base)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(escape(c));
                base = false;
            } else {
                if (out != null) {
                    out.appendCodePoint(c);
                }
                base = mark || !Character.isWhitespace(c);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code text} made {@link #plain} and then cut to at most {@code width} characters, a cut one ending in
     * {@code .}: the cut falls between user-perceived characters, so it never splits a surrogate pair, an escape
     * or a letter from its accents.
     */
    public static String clip(String text, int width) {
        String safe = plain(text);
        if (safe.length() <= width) {
            return safe;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(safe);
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE && next <= width - 1; next = characters.next()) {
            end = next;
        }
        int escape = safe.lastIndexOf('\\', end - 1);
        if (escape >= 0 && escapeEnd(safe, escape) > end) {
            end = escape; // never half an escape
        }
        return safe.substring(0, end) + ".";
    }

    private static int escapeEnd(String safe, int backslash) {
        if (safe.startsWith("\\u{", backslash)) {
            int close = safe.indexOf('}', backslash);
            return close < 0 ? backslash + 1 : close + 1;
        }
        if (safe.startsWith("\\u", backslash) && safe.length() >= backslash + 6
                && safe.substring(backslash + 2, backslash + 6).matches("[0-9a-f]{4}")) {
            return backslash + 6;
        }
        return backslash + 2;
    }

    /**
     * Whether a terminal or a page would act on {@code c} (a control, a line break, a bidirectional control) or show
     * nothing for it (a format character), or whether it is half a surrogate pair: what is never shown raw.
     */
    public static boolean isControlOrInvisible(int c) {
        if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
            return true; // a lone surrogate: codePointAt gave it back unpaired
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean isCombiningMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c <= Character.MAX_VALUE ? String.format("\\u%04x", c) : String.format("\\u{%x}", c);
        };
    }
}
