package org.offeradvisor.data;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offeradvisor.facts.Money;

/**
 * Fills the placeholders of the advice kinds' summaries (rules/data/advice-kinds.json) from the data, so that a
 * summary quoting a number never goes stale when the number changes: {@code {NegotiationPolicy.outlierFactor}}
 * quotes a field of a data fact as the rules match it, and {@code {brief(NegotiationPolicy.signingMax)}} formats it
 * with one of the rules' helper functions. Only a type with one fact (a policy, a threshold) can be quoted; anything
 * else in braces is an error at the summary.
 */
final class SummaryPlaceholders {
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:([A-Za-z]+)\\()?([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)(\\))?");
    private static final Map<String, Function<BigDecimal, String>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("usd", Money::usd);
        FORMATS.put("brief", Money::brief);
        FORMATS.put("pct", Money::pct);
        FORMATS.put("plain", Money::plain);
        FORMATS.put("number", Money::number);
    }

    private SummaryPlaceholders() {
    }

    /**
     * The kinds with their summaries filled. {@code single} holds, by type name, the field values of each data type
     * with one fact; {@code tables} the name of every other data type, which cannot be quoted.
     */
    static List<AdviceKind> fill(DataFile<DecisionData.AdviceKindsFile> file, List<AdviceKind> kinds,
                                 Map<String, Map<String, Object>> single, Collection<String> tables) {
        List<DecisionData.AdviceKindRow> rows = file.value.kinds();
        List<AdviceKind> filled = new ArrayList<>();
        for (AdviceKind kind : kinds) {
            int index = indexOf(rows, kind.id());
            String at = "kinds[" + index + "].summary";
            Matcher braces = BRACES.matcher(kind.summary());
            StringBuilder text = new StringBuilder();
            while (braces.find()) {
                String value = value(braces.group(1), single, tables, message -> file.problem(at, message));
                braces.appendReplacement(text, Matcher.quoteReplacement(value == null ? braces.group() : value));
            }
            braces.appendTail(text);
            filled.add(new AdviceKind(kind.id(), kind.category(), kind.priority(), text.toString()));
        }
        return filled;
    }

    private static int indexOf(List<DecisionData.AdviceKindRow> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (id.equals(rows.get(i).id())) {
                return i;
            }
        }
        throw new IllegalStateException("advice kind " + id + " has no row");
    }

    /** The text of one placeholder; null, with a problem reported, when it names nothing that can be quoted. */
    private static String value(String inside, Map<String, Map<String, Object>> single, Collection<String> tables,
                                java.util.function.Consumer<String> problem) {
        Matcher m = PLACEHOLDER.matcher(inside.strip());
        String shape = "; a summary quotes data as {Type.field} or {brief(Type.field)} (usd, brief, pct, plain, number)";
        if (!m.matches() || (m.group(1) == null) != (m.group(4) == null)) {
            problem.accept("unknown placeholder {" + inside + "}" + shape);
            return null;
        }
        String format = m.group(1);
        String type = m.group(2);
        String field = m.group(3);
        if (format != null && !FORMATS.containsKey(format)) {
            problem.accept("unknown placeholder {" + inside + "}: no format " + format + "()"
                    + NearestName.suggestion(format, FORMATS.keySet()) + shape);
            return null;
        }
        Map<String, Object> fields = single.get(type);
        if (fields == null) {
            problem.accept(tables.contains(type)
                    ? "unknown placeholder {" + inside + "}: " + type + " has several rows; a summary can quote a type with one"
                    : "unknown placeholder {" + inside + "}: no data type " + type + " with one row; those are "
                    + new TreeSet<>(single.keySet()) + NearestName.suggestion(type, single.keySet()));
            return null;
        }
        if (!fields.containsKey(field)) {
            problem.accept("unknown placeholder {" + inside + "}: " + type + " has no field " + field
                    + NearestName.suggestion(field, fields.keySet()));
            return null;
        }
        Object value = fields.get(field);
        if (value == null) {
            problem.accept("placeholder {" + inside + "}: " + type + "." + field + " has no value in the data");
            return null;
        }
        if (format != null) {
            if (!(value instanceof BigDecimal number)) {
                problem.accept("placeholder {" + inside + "}: " + format + "() formats a number; " + type + "." + field
                        + " is not one");
                return null;
            }
            return FORMATS.get(format).apply(number);
        }
        return text(value);
    }

    /** A value as the data file has it: a number exactly as written (0.20, not 0.2), a list joined by commas. */
    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** The field values of a record, by component name: a data fact the typed readers built. */
    static Map<String, Object> fields(Record fact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(fact));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + fact, e);
            }
        }
        return fields;
    }
}
