package org.offeradvisor.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.offeradvisor.InvalidRulesException;
import org.offeradvisor.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One data file of a rule set, read into its record shape, with where each of its values stands so that
 * every problem found in it is reported as {@code data/file.json:line:column: path: message}.
 */
final class DataFile<T> {
    /** A key given twice and a fraction where a whole number belongs are refused, never resolved silently. */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class);

    final String name;
    final T value;
    private final String json;
    private JsonLocations locations;
    private final List<Problem> problems;
    private int count;

    private DataFile(String name, T value, String json, List<Problem> problems) {
        this.name = name;
        this.value = value;
        this.json = json;
        this.problems = problems;
    }

    /** Where each value of the file stands; found only when a problem is reported (the file parsed once already). */
    private JsonLocations locations() {
        if (locations == null) {
            locations = JsonLocations.of(MAPPER, json);
        }
        return locations;
    }

    /** Reads {@code root/name} as {@code type}; null, with the problem added, when it cannot be read or parsed. */
    static <T> DataFile<T> read(Path root, String name, Class<T> type, List<Problem> problems) {
        Path path = root.resolve(name);
        String json;
        try {
            json = Utf8Text.decode(Files.readAllBytes(path), name);
        } catch (IOException e) {
            problems.add(new Problem(name, Files.exists(path) ? "cannot be read" : "missing: the rules need this data file"));
            return null;
        } catch (InvalidRulesException e) {
            problems.addAll(e.problems());
            return null;
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                problems.add(new Problem(name + ":1:1", "is empty"));
                return null;
            }
            return new DataFile<>(name, value, json, problems);
        } catch (UnrecognizedPropertyException e) {
            String at = path(e);
            problems.add(new Problem(where(name, json, at), at + ": unknown field"));
        } catch (DatabindException e) {
            String at = path(e);
            problems.add(new Problem(where(name, json, at), at + ": " + message(e)));
        } catch (JacksonException e) {
            problems.add(syntaxProblem(name, e));
        }
        return null;
    }

    /** What the parser refused in data file {@code name}: a key given twice, data after the end, or a syntax error. */
    static Problem syntaxProblem(String name, JacksonException e) {
        if (JsonPaths.duplicateKey(e)) {
            return new Problem(JsonSyntax.at(name, e), JsonPaths.at(e) + ": " + JsonPaths.DUPLICATE_KEY);
        }
        return new Problem(JsonSyntax.at(name, e), JsonSyntax.isTrailingData(e)
                ? "unexpected data after the file's closing brace" : "invalid JSON: " + JsonSyntax.message(e));
    }

    /** Reports a problem with the value at {@code path} of this file. */
    void problem(String path, String message) {
        count++;
        problems.add(new Problem(name + ":" + locations().lineColumn(path), path + ": " + message));
    }

    /** How many problems this file has had so far. */
    int problems() {
        return count;
    }

    /** {@code [low, high]} with 0 <= low <= high, or two nulls (with a problem when the range is malformed). */
    BigDecimal[] range(String at, List<BigDecimal> range) {
        if (range == null) {
            return new BigDecimal[2];
        }
        if (range.size() != 2 || range.stream().anyMatch(Objects::isNull) || range.get(0).compareTo(range.get(1)) > 0
                || range.get(0).signum() < 0) {
            problem(at, "must be [low, high] with 0 <= low <= high");
            return new BigDecimal[2];
        }
        return new BigDecimal[] {range.get(0), range.get(1)};
    }

    /** The enum constant named {@code value}, null when absent, or null with a problem when it is not one. */
    <E extends Enum<E>> E enumValue(String at, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(at, "\"" + value + "\" is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    void fraction(String at, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problem(at, "required, a fraction from 0 to 1");
        }
    }

    void positive(String at, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            problem(at, "required, greater than 0");
        }
    }

    /** {@code file:line:column} of the value at {@code path}; for a file that is not JSON, where the parser stopped. */
    private static String where(String name, String json, String path) {
        try {
            return name + ":" + JsonLocations.of(MAPPER, json).lineColumn(path);
        } catch (JacksonException syntax) {
            return JsonSyntax.at(name, syntax);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A fraction where a whole number belongs, in the author's words; any other mapping error as the mapper says it. */
    private static String message(DatabindException e) {
        if (e instanceof InvalidFormatException f && WHOLE_NUMBERS.contains(f.getTargetType())
                && f.getValue() instanceof Number fraction) {
            return "must be a whole number, not " + fraction;
        }
        return JsonSyntax.message(e);
    }

    /** The JSON path of the value a mapping error is about: {@code specializations[0].focuss}. */
    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
