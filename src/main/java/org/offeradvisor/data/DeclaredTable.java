package org.offeradvisor.data;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A rule author's own table: the rows of a data file ({@code data/equity-concentration.json}) bound to the fact type
 * declared in DRL under the file's name in PascalCase ({@code declare EquityConcentration ... end}), each row checked
 * against the declaration's fields and turned into field values, ready to become instances of the declared class.
 * The file holds one object (one fact, e.g. a threshold) or a list of objects (a table).
 *
 * @param packageName the package the type is declared in, with {@code typeName} what the KieBase knows it by
 * @param rows each row's field values, by field name, in the file's order; a field a row leaves out keeps its default
 */
public record DeclaredTable(String packageName, String typeName, String file, List<Map<String, Object>> rows) {
    public DeclaredTable {
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }

    /** Reads {@code root/file} as rows of {@code type}; null, with one problem per finding, when anything is wrong. */
    static DeclaredTable read(Path root, String file, DeclaredTypes.Type type, List<Problem> problems) {
        String json;
        try {
            json = Utf8Text.decode(Files.readAllBytes(root.resolve(file)), file);
        } catch (IOException e) {
            problems.add(new Problem(file, "cannot be read"));
            return null;
        } catch (InvalidRulesException e) {
            problems.addAll(e.problems());
            return null;
        }
        List<Problem> found = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (JsonParser parser = DataFile.MAPPER.createParser(json)) {
            Rows reader = new Rows(parser, file, type, found);
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                rows.add(reader.row(""));
            } else if (token == JsonToken.START_ARRAY) {
                for (int i = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY; i++) {
                    if (token == JsonToken.START_OBJECT) {
                        rows.add(reader.row("[" + i + "]"));
                    } else {
                        reader.problem("[" + i + "]", "must be an object, one " + type.name() + ", not " + describe(parser));
                        parser.skipChildren();
                    }
                }
            } else if (token == null) {
                found.add(new Problem(file + ":1:1", "is empty"));
            } else {
                reader.problem("", "must be an object (one " + type.name() + ") or a list of objects (one "
                        + type.name() + " each), not " + describe(parser));
            }
            if (token != null && parser.nextToken() != null) {
                found.add(new Problem(file + ":" + lineColumn(parser.currentTokenLocation()),
                        "unexpected data after the file's closing bracket or brace"));
            }
        } catch (JacksonException e) {
            found.clear();
            found.add(DataFile.syntaxProblem(file, e));
        }
        problems.addAll(found);
        return found.isEmpty() ? new DeclaredTable(type.packageName(), type.name(), file, rows) : null;
    }

    /** Reads the rows of one file, adding what is wrong to the problems. */
    private record Rows(JsonParser parser, String file, DeclaredTypes.Type type, List<Problem> problems) {
        /** The row whose START_OBJECT the parser stands on, at {@code path} ("" for a file of one row). */
        Map<String, Object> row(String path) {
            String start = lineColumn(parser.currentTokenLocation());
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> given = new ArrayList<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String at = path.isEmpty() ? name : path + "." + name;
                String nameAt = lineColumn(parser.currentTokenLocation());
                parser.nextToken();
                DeclaredTypes.Field field = type.fields().get(name);
                if (field == null) {
                    problems.add(new Problem(file + ":" + nameAt, at + ": unknown field: " + type.name() + " declares "
                            + String.join(", ", type.fields().keySet())
                            + NearestName.suggestion(name, type.fields().keySet())));
                    parser.skipChildren();
                    continue;
                }
                given.add(name);
                if (field.kind() == DeclaredTypes.Kind.UNSUPPORTED) {
                    parser.skipChildren(); // reported once, at the declaration
                    continue;
                }
                Object value = value(field, at);
                if (value != null) {
                    values.put(name, value);
                }
            }
            for (DeclaredTypes.Field field : type.fields().values()) {
                if (field.required() && !given.contains(field.name())) {
                    problems.add(new Problem(file + ":" + start, (path.isEmpty() ? "" : path + ": ") + "missing "
                            + field.name() + ", " + field.expected() + ": a field of " + type.name()
                            + " without a default (= value) or @" + DeclaredTypes.OPTIONAL + " is required"));
                }
            }
            return values;
        }

        /** The value the parser stands on as {@code field} reads it; null, with a problem, when it cannot. */
        private Object value(DeclaredTypes.Field field, String at) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                if (field.required() || field.primitive()) {
                    problem(at, "required, " + field.expected() + ", not null");
                }
                return null;
            }
            switch (field.kind()) {
                case STRING -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return parser.getString();
                    }
                }
                case BOOLEAN -> {
                    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                        return token == JsonToken.VALUE_TRUE;
                    }
                }
                case DECIMAL -> {
                    // exactly as written: 0.20 stays 0.20, never a double's nearest value
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        return new java.math.BigDecimal(parser.getBigIntegerValue());
                    }
                    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                        return parser.getDecimalValue();
                    }
                }
                case INT, LONG -> {
                    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                        return problem(at, "must be a whole number, not " + parser.getText());
                    }
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        BigInteger whole = parser.getBigIntegerValue();
                        try {
                            return field.kind() == DeclaredTypes.Kind.INT ? (Object) whole.intValueExact() : whole.longValueExact();
                        } catch (ArithmeticException e) {
                            return problem(at, parser.getText() + " is too large for " + field.typeText());
                        }
                    }
                }
                case DATE -> {
                    if (token == JsonToken.VALUE_STRING) {
                        try {
                            return LocalDate.parse(parser.getString());
                        } catch (DateTimeParseException e) {
                            return problem(at, "must be " + field.expected() + ", not \"" + parser.getString() + "\"");
                        }
                    }
                }
                case ENUM -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return constant(field, at, parser.getString());
                    }
                }
                case STRING_LIST -> {
                    if (token == JsonToken.START_ARRAY) {
                        return strings(at);
                    }
                }
                case UNSUPPORTED -> throw new IllegalStateException("an unsupported field is skipped, not read");
            }
            problem(at, "must be " + field.expected() + ", not " + describe(parser));
            parser.skipChildren();
            return null;
        }

        private Object constant(DeclaredTypes.Field field, String at, String name) {
            List<String> names = new ArrayList<>();
            for (Object constant : field.enumType().getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            return problem(at, "\"" + name + "\" is not " + field.expected() + NearestName.suggestion(name, names));
        }

        private List<String> strings(String at) {
            List<String> strings = new ArrayList<>();
            boolean ok = true;
            JsonToken token;
            for (int i = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY; i++) {
                if (token == JsonToken.VALUE_STRING) {
                    strings.add(parser.getString());
                } else {
                    problem(at + "[" + i + "]", "must be a string, not " + describe(parser));
                    parser.skipChildren();
                    ok = false;
                }
            }
            return ok ? List.copyOf(strings) : null;
        }

        /** Adds a problem at the token the parser stands on; null, for a value that could not be read. */
        Object problem(String at, String message) {
            problems.add(new Problem(file + ":" + lineColumn(parser.currentTokenLocation()),
                    at.isEmpty() ? message : at + ": " + message));
            return null;
        }
    }

    private static String lineColumn(TokenStreamLocation location) {
        return location.getLineNr() + ":" + location.getColumnNr();
    }

    /** The JSON value the parser stands on, in a few words: {@code "fifty"}, {@code 12}, {@code true}, {@code a list}. */
    private static String describe(JsonParser parser) {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> "\"" + parser.getString() + "\"";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> parser.getText();
        };
    }
}
