package org.offeradvisor.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a string (a company name, an advice text, anything a case or the rules wrote) show as literal text in
 * GitHub-flavoured Markdown, wherever it is placed: in a paragraph, a list item, a heading, bold text or a table cell.
 * It is first made {@link Printable#plain plain} (so it is one line, with no control, invisible or bidirectional
 * character), then:
 * <ul>
 * <li>{@code <}, {@code >} and {@code &} become HTML entities: no tag, comment, autolink or entity of the user's;</li>
 * <li>the punctuation of inline syntax is backslash-escaped wherever it stands: {@code \ ` * _ [ ] | ~ # $}, so
 * there is no emphasis, code span, link or image, table cell break, strikethrough, heading closing sequence, and no
 * GitHub math between two dollar amounts; {@code ://} becomes {@code \://}, so GitHub does not turn a URL into a
 * link either (a bare {@code www.} name may still be linked, to exactly what it shows);</li>
 * <li>what would start a block at the start of a line is escaped at the start of the string: a list marker
 * ({@code -}, {@code +}, {@code 1.}, {@code 1)}), a setext underline ({@code =}) and leading spaces (an indented
 * code block); a table cell or a heading's text, which cannot start a block, is spared these ({@link #cell}).</li>
 * </ul>
 * Escaping twice changes how the text shows (a backslash is punctuation), so each string is escaped exactly once, as
 * it is written out. Code blocks take their text as it is: {@link #fence} picks a fence the text cannot close.
 */
public final class MarkdownText {
    private static final String INLINE_SYNTAX = "\\`*_[]|~#$";
    /** A list item's marker at the start of a line: {@code 12.} or {@code 12)}. */
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** {@code text} as literal Markdown text on one line, wherever it stands (see the class comment). */
    public static String inline(String text) {
        return escape(text, true);
    }

    /**
     * {@code text} as literal Markdown text in a table cell or a heading's text, which hold inline content only: as
     * {@link #inline}, less the escapes of what would start a block ({@code 5.0}, {@code +$500} stay as they are).
     */
    public static String cell(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean lineStart) {
        String safe = Printable.plain(text);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        return inlineSyntax(safe, lineStart ? blockStart(safe, out) : 0, out);
    }

    /** Appends the start of {@code safe} with what would start a block escaped; returns where the rest begins. */
    private static int blockStart(String safe, StringBuilder out) {
        int start = 0;
        while (start < safe.length() && safe.charAt(start) == ' ') {
            out.append("&#32;");
            start++;
        }
        Matcher ordered = ORDERED_MARKER.matcher(safe).region(start, safe.length());
        if (ordered.lookingAt()) {
            out.append(ordered.group(1)).append('\\').append(ordered.group(2));
            return ordered.end();
        }
        if (start < safe.length() && "-+=".indexOf(safe.charAt(start)) >= 0) {
            out.append('\\').append(safe.charAt(start));
            return start + 1;
        }
        return start;
    }

    /** Appends {@code safe} from {@code start} on to {@code out}, with inline syntax escaped. */
    private static String inlineSyntax(String safe, int start, StringBuilder out) {
        for (int i = start; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case ':' -> out.append(safe.startsWith("//", i + 1) ? "\\:" : ":");
                default -> {
                    if (INLINE_SYNTAX.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * The lines as a fenced code block, each made {@link Printable#plain plain} and shown exactly as it is: the fence
     * is one backtick longer than the longest run of backticks in the lines (at least three), so no line closes it.
     */
    public static String fence(List<String> lines) {
        List<String> safe = lines.stream().map(Printable::plain).toList();
        int longest = safe.stream().flatMap(line -> BACKTICKS.matcher(line).results())
                .mapToInt(run -> run.group().length()).max().orElse(0);
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + String.join("\n", safe) + "\n" + fence + "\n";
    }
}
