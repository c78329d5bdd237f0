package org.offeradvisor.scenario;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.OfferAdvisorException;
import org.offeradvisor.Problem;
import org.offeradvisor.report.AdviceItem;
import org.offeradvisor.report.Report;
import org.offeradvisor.data.JsonSyntax;
import org.offeradvisor.validation.SchemaCheck;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs rule authors' scenario files (schema/scenario.schema.json): each scenario is a case and the advice,
 * figures and wording its author expects; every expectation that does not hold is one failure line.
 */
public final class ScenarioRunner {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The name of the result of a file that cannot be run as scenarios. */
    private static final String FILE = "(scenario file)";

    private final OfferAdvisor advisor;

    public ScenarioRunner(OfferAdvisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor must not be null");
    }

    /**
     * Runs every scenario of a file. A file that cannot be read as a scenario file (not JSON, with its line and
     * column; not an object with a list of scenarios) is one failed result; a scenario that breaks the scenario
     * schema fails alone, each problem with its JSON path, and the other scenarios of the file still run.
     */
    public List<ScenarioResult> run(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return List.of(broken(name, name, "is not UTF-8 text; save it as UTF-8"));
        } catch (IOException e) {
            return List.of(broken(name, name, "cannot be read"));
        } catch (JacksonException e) {
            return List.of(broken(name, JsonSyntax.at(name, e), JsonSyntax.isTrailingData(e)
                    ? "unexpected data after the file's closing brace" : "invalid JSON: " + JsonSyntax.message(e)));
        }
        if (root == null || !root.isObject()) {
            return List.of(broken(name, name, "a scenario file is a JSON object with \"scenarios\""));
        }
        List<Problem> problems = SchemaCheck.SCENARIO.check(root);
        List<String> fileProblems = problems.stream().filter(p -> !p.where().startsWith("scenarios["))
                .map(Problem::toString).toList();
        if (!fileProblems.isEmpty()) {
            return List.of(new ScenarioResult(name, FILE, fileProblems, List.of()));
        }
        List<ScenarioResult> results = new ArrayList<>();
        JsonNode scenarios = root.get("scenarios");
        for (int i = 0; i < scenarios.size(); i++) {
            String at = "scenarios[" + i + "]";
            List<String> malformed = problems.stream()
                    .filter(p -> p.where().equals(at) || p.where().startsWith(at + ".") || p.where().startsWith(at + "["))
                    .map(Problem::toString).toList();
            JsonNode scenario = scenarios.get(i);
            results.add(malformed.isEmpty() ? runOne(file, scenario)
                    : new ScenarioResult(name, label(scenario, at), malformed, List.of()));
        }
        return results;
    }

    /**
     * The case files the scenarios of a file name ({@code caseFile}), each resolved against the scenario file's
     * folder as {@link #run} resolves it; none for a file that cannot be read as scenarios (running it says why).
     * For a watch, which re-runs when one of them changes.
     */
    public static List<Path> caseFiles(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            return List.of();
        }
        List<Path> cases = new ArrayList<>();
        if (root != null && root.get("scenarios") != null) {
            for (JsonNode scenario : root.get("scenarios")) {
                JsonNode caseFile = scenario.get("caseFile");
                if (caseFile != null && caseFile.isString()) {
                    try {
                        cases.add(caseFilePath(file, caseFile.asString()));
                    } catch (java.nio.file.InvalidPathException e) {
                        // no file can have that name; running the scenario says so
                    }
                }
            }
        }
        return cases;
    }

    /** A malformed scenario's name and where it stands in its file: {@code Level gap (scenarios[2])}. */
    private static String label(JsonNode scenario, String at) {
        JsonNode name = scenario.get("name");
        return name != null && name.isString() && !name.asString().isBlank() ? name.asString() + " (" + at + ")" : at;
    }

    private ScenarioResult runOne(Path file, JsonNode scenario) {
        String name = scenario.get("name").asString();
        Report report;
        try {
            report = advisor.advise(caseOf(file, scenario));
        } catch (InvalidCaseException e) {
            return new ScenarioResult(file.toString(), name,
                    e.problems().stream().map(p -> "invalid case: " + p).toList(), List.of());
        } catch (OfferAdvisorException e) {
            return new ScenarioResult(file.toString(), name,
                    e.problems().stream().map(p -> "the rules failed: " + p).toList(), List.of());
        } catch (IOException e) {
            return new ScenarioResult(file.toString(), name,
                    List.of("caseFile " + scenario.get("caseFile").asString() + " cannot be read: " + e.getMessage()),
                    List.of());
        }
        JsonNode reportJson = MAPPER.readTree(OfferAdvisor.toJson(report));
        List<String> failures = new ArrayList<>();
        JsonNode expect = scenario.get("expect");
        each(expect, "fires", e -> checkFires(report, e, true, failures));
        each(expect, "doesNotFire", e -> checkFires(report, e, false, failures));
        each(expect, "figures", e -> checkFigure(reportJson, e, failures));
        each(expect, "texts", e -> checkText(report, e, failures));
        return new ScenarioResult(file.toString(), name, failures, report.firedRules());
    }

    private static String caseOf(Path file, JsonNode scenario) throws IOException {
        if (scenario.has("case")) {
            return MAPPER.writeValueAsString(scenario.get("case"));
        }
        return Files.readString(caseFilePath(file, scenario.get("caseFile").asString()), StandardCharsets.UTF_8);
    }

    /** A case file named in a scenario file: relative to the scenario file's folder, so both can be moved together. */
    private static Path caseFilePath(Path scenarioFile, String caseFile) {
        return scenarioFile.toAbsolutePath().getParent().resolve(caseFile).normalize();
    }

    private static void checkFires(Report report, JsonNode e, boolean expected, List<String> failures) {
        String id = e.get("advice").asString();
        boolean anyOffer = !e.has("offer");
        String offer = anyOffer || e.get("offer").isNull() ? null : e.get("offer").asString();
        boolean fired = report.advice().stream()
                .anyMatch(a -> a.id().equals(id) && (anyOffer || Objects.equals(a.offerId(), offer)));
        if (fired != expected) {
            failures.add("expected " + id + describeOffer(anyOffer, offer) + (expected ? " to fire" : " not to fire")
                    + "; the report has " + report.advice().stream()
                    .map(a -> a.id() + (a.offerId() == null ? "" : "/" + a.offerId())).toList());
        }
    }

    private static void checkFigure(JsonNode report, JsonNode e, List<String> failures) {
        String figure = e.get("figure").asString();
        String where = e.has("offer") ? "offers[" + e.get("offer").asString() + "]." + figure : figure;
        JsonNode node = report;
        if (e.has("offer")) {
            node = null;
            for (JsonNode offer : report.get("offers")) {
                if (offer.get("id").asString().equals(e.get("offer").asString())) {
                    node = offer;
                }
            }
            if (node == null) {
                failures.add(where + ": the case has no offer " + e.get("offer").asString());
                return;
            }
        }
        for (String part : figure.replaceAll("\\[(\\d+)]", ".$1").split("\\.")) {
            if (node == null || node.isNull()) {
                node = null;
            } else if (node.isArray() && part.matches("\\d+")) {
                node = node.get(Integer.parseInt(part));
            } else {
                node = node.get(part);
            }
        }
        if (e.has("isNull")) {
            if (node != null && !node.isNull()) {
                failures.add(where + ": expected null, was " + node);
            }
            return;
        }
        JsonNode expected = e.get("equals");
        if (node == null || node.isNull()) {
            failures.add(where + ": expected " + expected + ", was " + (node == null ? "absent" : "null"));
        } else if (expected.isNumber() && node.isNumber()) {
            BigDecimal tolerance = e.has("tolerance") ? e.get("tolerance").decimalValue() : BigDecimal.ZERO;
            BigDecimal difference = node.decimalValue().subtract(expected.decimalValue()).abs();
            if (difference.compareTo(tolerance) > 0) {
                failures.add(where + ": expected " + expected.decimalValue().toPlainString()
                        + (tolerance.signum() > 0 ? " ± " + tolerance.toPlainString() : "") + ", was "
                        + node.decimalValue().toPlainString());
            }
        } else if (!expected.equals(node)) {
            failures.add(where + ": expected " + expected + ", was " + node);
        }
    }

    private static void checkText(Report report, JsonNode e, List<String> failures) {
        String id = e.get("advice").asString();
        boolean anyOffer = !e.has("offer");
        String offer = anyOffer || e.get("offer").isNull() ? null : e.get("offer").asString();
        String in = e.has("in") ? e.get("in").asString() : "script";
        List<AdviceItem> items = report.advice().stream()
                .filter(a -> a.id().equals(id) && (anyOffer || Objects.equals(a.offerId(), offer))).toList();
        if (items.isEmpty()) {
            failures.add("expected " + id + describeOffer(anyOffer, offer) + " to fire, to check its " + in);
            return;
        }
        for (AdviceItem item : items) {
            String text = switch (in) {
                case "title" -> item.title();
                case "text" -> item.text();
                case "because" -> String.join("\n", item.because());
                default -> item.script() == null ? "" : item.script();
            };
            String label = id + (item.offerId() == null ? "" : "/" + item.offerId()) + " " + in;
            each(e, "contains", s -> {
                if (!text.contains(s.asString())) {
                    failures.add(label + " should contain \"" + s.asString() + "\": " + text);
                }
            });
            each(e, "doesNotContain", s -> {
                if (text.contains(s.asString())) {
                    failures.add(label + " should not contain \"" + s.asString() + "\": " + text);
                }
            });
        }
    }

    private static String describeOffer(boolean anyOffer, String offer) {
        return anyOffer ? "" : offer == null ? " about the whole case" : " about offer " + offer;
    }

    private static void each(JsonNode parent, String field, java.util.function.Consumer<JsonNode> action) {
        if (parent.has(field)) {
            parent.get(field).forEach(action);
        }
    }

    /** The result of a file that holds no scenario to run: {@code where} is the file, or its line and column. */
    private static ScenarioResult broken(String file, String where, String message) {
        return new ScenarioResult(file, FILE, List.of(new Problem(where, message).toString()), List.of());
    }
}
