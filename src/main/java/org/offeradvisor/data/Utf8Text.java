package org.offeradvisor.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;

/**
 * The text of a rule or data file, which must be UTF-8: a file that is not is reported at its first bad byte,
 * {@code file:line:column}, instead of the decoder's "Input length = 3", so the author can find it.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** {@code bytes} as text, or an {@link InvalidRulesException} naming {@code name}, line and column of the first bad byte. */
    public static String decode(byte[] bytes, String name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString(); // everything before the first bad byte decoded
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new InvalidRulesException(List.of(new Problem(name + ":" + line + ":" + column,
                    String.format("not UTF-8 text: byte 0x%02X cannot start or continue a character; save the file as UTF-8",
                            bytes[in.position()] & 0xFF))));
        }
        utf8.flush(out);
        return out.flip().toString();
    }
}
