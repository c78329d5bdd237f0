package org.offeradvisor.report;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as the JSON of docs/CONTRACT.md: keys in declaration order, nulls kept, money as plain numbers. */
public final class ReportJson {
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");
    private static final JsonMapper MAPPER = JsonMapper.builder()
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

    public static String write(Report report) {
        return MAPPER.writeValueAsString(report) + "\n";
    }
}
