package org.offeradvisor.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.offeradvisor.Problem;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;

/**
 * Checks JSON against one of the published JSON Schemas (schema/*.schema.json, on the classpath), and says
 * each problem as {@code path: message} in the words a user reads.
 */
public final class SchemaCheck {
    /** The case contract, schema/case.schema.json. */
    public static final SchemaCheck CASE = new SchemaCheck("/schema/case.schema.json");
    /** Rule authors' scenario files, schema/scenario.schema.json. */
    public static final SchemaCheck SCENARIO = new SchemaCheck("/schema/scenario.schema.json");

    private final Schema schema;

    private SchemaCheck(String resource) {
        this.schema = load(resource);
    }

    private static Schema load(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of {@code root}, one per line, in document order. */
    public List<Problem> check(JsonNode root) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : schema.validate(root)) {
            problems.add(describe(error));
        }
        return new ArrayList<>(problems);
    }

    private static Problem describe(Error error) {
        String path = CasePaths.of(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "additionalProperties" -> new Problem(CasePaths.child(path, error.getProperty()), "unknown field");
            case "required" -> new Problem(CasePaths.child(path, error.getProperty()), "required");
            case "enum" -> new Problem(path, "must be one of " + error.getSchemaNode());
            case "const" -> new Problem(path, "must be " + error.getSchemaNode());
            case "pattern" -> new Problem(path, patternMessage(error));
            case "type" -> new Problem(path, "must be " + article(error.getSchemaNode().asString()) + ", not "
                    + article(typeOf(error.getInstanceNode())));
            case "minimum" -> new Problem(path, "must be at least " + error.getSchemaNode());
            case "maximum" -> new Problem(path, "must be at most " + error.getSchemaNode());
            case "exclusiveMinimum" -> new Problem(path, "must be greater than " + error.getSchemaNode());
            case "multipleOf" -> new Problem(path, decimalsMessage(error.getSchemaNode()));
            case "minLength" -> new Problem(path, "1".equals(error.getSchemaNode().toString()) ? "must not be empty"
                    : "must be at least " + error.getSchemaNode() + " characters long");
            case "minItems" -> new Problem(path, "must have at least " + error.getSchemaNode() + " entries");
            case "maxItems" -> new Problem(path, "must have at most " + error.getSchemaNode() + " entries");
            default -> new Problem(path, stripLocation(error));
        };
    }

    private static String typeOf(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case STRING -> "string";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String article(String type) {
        return switch (type) {
            case "null" -> "null";
            case "array", "object", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String patternMessage(Error error) {
        String pattern = error.getSchemaNode() == null ? "" : error.getSchemaNode().asString();
        return switch (pattern) {
            case "^(19[7-9][0-9]|2[01][0-9]{2})-[0-9]{2}-[0-9]{2}$" -> "must be a date, YYYY-MM-DD, in the years 1970 to 2199";
            case "^[a-z0-9-]+$" -> "must use only lower-case letters, digits and '-'";
            case "^[A-Z]{2}$" -> "must be an ISO 3166 two-letter country code";
            case "^[A-Z]{3}$" -> "must be an ISO 4217 three-letter currency code";
            default -> "does not match " + pattern;
        };
    }

    /** {@code multipleOf: 0.01} says "at most 2 decimal places"; any other divisor is named as it is. */
    private static String decimalsMessage(JsonNode divisor) {
        BigDecimal step = divisor.decimalValue().stripTrailingZeros();
        return step.unscaledValue().equals(BigInteger.ONE) && step.scale() > 0
                ? "must have at most " + step.scale() + " decimal place" + (step.scale() == 1 ? "" : "s")
                : "must be a multiple of " + step.toPlainString();
    }

    /** The library's message without the location it starts with. */
    private static String stripLocation(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        if (!location.isEmpty() && message.startsWith(location)) {
            message = message.substring(location.length()).replaceFirst("^:\\s*", "");
        }
        return message;
    }

    /** Turns the validator's node paths into the case paths users read: {@code offers[1].equity}. */
    static final class CasePaths {
        private CasePaths() {
        }

        static String of(NodePath path) {
            StringBuilder sb = new StringBuilder();
            if (path != null) {
                for (int i = 0; i < path.getNameCount(); i++) {
                    Object element = path.getElement(i);
                    if (element instanceof Integer index) {
                        sb.append('[').append(index).append(']');
                    } else {
                        if (sb.length() > 0) {
                            sb.append('.');
                        }
                        sb.append(element);
                    }
                }
            }
            return sb.length() == 0 ? "$" : sb.toString();
        }

        static String child(String parent, String name) {
            if (name == null) {
                return parent;
            }
            return "$".equals(parent) ? name : parent + "." + name;
        }
    }
}
