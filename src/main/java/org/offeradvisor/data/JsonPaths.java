package org.offeradvisor.data;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * The JSON path ({@code offers[0].signingBonus}) where the parser stood when it refused a document, for the problems
 * it finds while reading (a duplicate key) rather than after: they are reported by path like every other problem.
 */
public final class JsonPaths {
    private JsonPaths() {
    }

    /** What a user is told of a key given twice in one object (the parser's STRICT_DUPLICATE_DETECTION). */
    public static final String DUPLICATE_KEY = "given twice in the same object; keep one";

    /** Whether the parser refused a key given twice; it says so only in its message. */
    public static boolean duplicateKey(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    /** The path of the value being read when {@code e} was thrown; empty for the document itself or when unknown. */
    public static String at(JacksonException e) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
