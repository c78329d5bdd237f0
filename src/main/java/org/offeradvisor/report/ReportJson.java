package org.offeradvisor.report;

import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a report as the JSON of docs/CONTRACT.md: keys in declaration order, nulls kept, money as plain numbers.
 * Strings are exact; a character that a terminal would act on or not show ({@link Printable#isControlOrInvisible})
 * is written as a JSON escape, so the report is safe to print and a lone surrogate survives as {@code \ud800}.
 */
public final class ReportJson {
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new Escapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withArrayIndenter(LINES)
                    .withObjectIndenter(LINES))
            .build();

    private ReportJson() {
    }

    /** JSON's own escapes, plus DEL and every control or invisible character beyond ASCII. */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Printable.isControlOrInvisible(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** About the size of a two-offer report: the text is written once into a buffer that rarely grows. */
    private static final int EXPECTED_CHARACTERS = 48 * 1024;

    public static String write(Report report) {
        java.io.StringWriter json = new java.io.StringWriter(EXPECTED_CHARACTERS);
        MAPPER.writeValue(json, report);
        return json.append('\n').toString();
    }
}
