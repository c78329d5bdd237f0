package org.offeradvisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.offeradvisor.Problem;
import org.offeradvisor.data.JsonSyntax;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code new-kind} writes for a new advice kind, worked out before anything is written: a rule skeleton with
 * its metadata at the end of a DRL file, the kind's entry in {@code data/advice-kinds.json} after the last kind of
 * its category, and a scenario file with one scenario where the rule fires and one where it does not. The skeleton's
 * condition is a real one (an offer's base salary above {@value #THRESHOLD}) and the scenarios' cases are on either
 * side of it, so that the rules validate and every scenario passes the moment they are written; the author then
 * replaces the condition, the wording and the cases together.
 */
final class KindScaffold {
    /** Each category's advice id prefix, as data/advice-kinds.json has them, in the order the guide lists them. */
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("MARKET", "MKT");
        PREFIXES.put("EQUITY", "EQ");
        PREFIXES.put("NEGOTIATION", "NEG");
        PREFIXES.put("CAREER", "CAR");
        PREFIXES.put("DECISION", "DEC");
    }

    static final String KINDS = "data/advice-kinds.json";
    /** The skeleton's threshold: no shipped scenario's offer whose advice it would disturb is above it by chance. */
    static final int THRESHOLD = 400_000;
    private static final int ABOVE = 450_000;
    private static final int BELOW = 350_000;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The advice id pattern of schema/scenario.schema.json: upper-case words joined by '-'. */
    private static final String ID = "[A-Z]+(-[A-Z0-9]+)+";
    /** What the skeleton's DRL needs: the fact classes, the advice builder, and usd() for its reason. */
    private static final List<String> IMPORTS = List.of("import org.offeradvisor.facts.*;",
            "import function org.offeradvisor.facts.Explain.advice;",
            "import function org.offeradvisor.facts.Money.usd;");

    /** The files to write and where their new parts start, for the summary; or why nothing can be written. */
    record Plan(List<Problem> problems, FileChanges changes, Path drl, int ruleLine, Path kinds, int kindLine,
                Path scenarios, String ruleName) {
    }

    private KindScaffold() {
    }

    static Plan plan(Path rulesDir, String id, String category, int priority, String file) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            return refused(new Problem(rulesDir.toString(), "no such rules directory"));
        }
        String prefix = PREFIXES.get(category);
        if (prefix == null) {
            problems.add(new Problem("--category " + category, "unknown; one of " + String.join(", ", PREFIXES.keySet())));
        }
        if (priority < 1 || priority > 3) {
            problems.add(new Problem("--priority " + priority, "must be 1 (act now), 2 (weighs on the decision) or 3 (context)"));
        }
        if (!id.matches(ID)) {
            problems.add(new Problem(id, "an advice id is upper-case words joined by '-', such as "
                    + (prefix == null ? "EQ" : prefix) + "-VESTING-GAP"));
        } else if (prefix != null && !id.startsWith(prefix + "-")) {
            problems.add(new Problem(id, "the id of an advice kind of " + category + " starts with " + prefix + "- (" + prefixes() + ")"));
        }
        Path drl = null;
        if (file != null || prefix != null) {
            String name = file != null ? file : category.toLowerCase(Locale.ROOT) + ".drl";
            drl = rulesDir.resolve(name).normalize();
            String label = file != null ? "--file " + file : name;
            if (!drl.toAbsolutePath().startsWith(rulesDir.toAbsolutePath().normalize())) {
                problems.add(new Problem(label, "is not in " + rulesDir + ", so it would not be compiled"));
            } else if (!Files.isRegularFile(drl)) {
                problems.add(new Problem(label, "no such file in " + rulesDir
                        + (file == null ? "; name the DRL file for the rule with --file" : "")));
            } else if (!name.endsWith(".drl")) {
                problems.add(new Problem(label, "is not a DRL file (*.drl)"));
            }
        }
        Path kinds = rulesDir.resolve(KINDS);
        String kindsText = read(kinds, problems);
        Map<String, String> drlFiles = drlFiles(rulesDir, problems);
        // where the id is in use already, told in one line
        List<String> usedIn = new ArrayList<>();
        if (kindsText != null) {
            try {
                for (JsonNode kind : MAPPER.readTree(kindsText).path("kinds")) {
                    if (id.equals(kind.path("id").asString(null)) && !usedIn.contains(KINDS)) {
                        usedIn.add(KINDS);
                    }
                }
            } catch (JacksonException e) {
                problems.add(new Problem(JsonSyntax.at(KINDS, e), "invalid JSON: " + JsonSyntax.message(e)));
            }
        }
        drlFiles.forEach((name, text) -> {
            if (text.contains("@adviceId(\"" + id + "\")")) {
                usedIn.add(name);
            }
        });
        Path scenarios = ScenarioFolder.forNewScenarios(rulesDir).resolve(id.toLowerCase(Locale.ROOT) + ".json");
        if (!usedIn.isEmpty()) {
            problems.add(new Problem(id, "exists already (" + String.join(", ", usedIn) + "); choose another id"));
        } else if (Files.exists(scenarios)) {
            problems.add(new Problem(scenarios.toString(), "exists already; move it away or choose another id"));
        }
        if (!problems.isEmpty() || kindsText == null) {
            return new Plan(problems, null, null, 0, null, 0, null, null);
        }
        Insertion kind;
        try {
            kind = insertKind(kindsText, id, category, priority);
        } catch (IllegalArgumentException e) {
            return refused(new Problem(KINDS, e.getMessage()));
        }
        String ruleName = id + ": base salary above " + String.format(Locale.ROOT, "%,d", THRESHOLD);
        Insertion rule = appendRule(drlFiles.get(rulesDir.relativize(drl).toString().replace('\\', '/')), id, category,
                priority, ruleName, rulesDir.relativize(scenarios).toString());
        FileChanges changes = new FileChanges().put(drl, rule.text()).put(kinds, kind.text())
                .put(scenarios, scenarios(id));
        return new Plan(List.of(), changes, drl, rule.line(), kinds, kind.line(), scenarios, ruleName);
    }

    private static Plan refused(Problem problem) {
        return new Plan(List.of(problem), null, null, 0, null, 0, null, null);
    }

    private static String prefixes() {
        List<String> each = new ArrayList<>();
        PREFIXES.forEach((category, prefix) -> each.add(category + " " + prefix + "-"));
        return String.join(", ", each);
    }

    private static String read(Path file, List<Problem> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(file.toString(), "cannot be read"));
            return null;
        }
    }

    /** Every DRL file under the rules directory by its relative path, as the rule loader finds them. */
    private static Map<String, String> drlFiles(Path rulesDir, List<Problem> problems) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            for (Path path : walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                String text = read(path, problems);
                if (text != null) {
                    files.put(rulesDir.relativize(path).toString().replace('\\', '/'), text);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(rulesDir.toString(), "cannot be read"));
        }
        return files;
    }

    /** A file's new text and the line (from 1) where what was added starts. */
    private record Insertion(String text, int line) {
    }

    /**
     * The advice kinds file with the new kind after the last kind of its category (at the end of the list when it has
     * none), written the way that kind is written (one field a line, or all on one), so the file keeps its order and
     * format and the change is one block in a diff.
     */
    private static Insertion insertKind(String text, String id, String category, int priority) {
        int kindsStart = -1;
        int after = -1;
        int lastEnd = -1;
        int lastStart = -1;
        int sameStart = -1;
        try (JsonParser parser = MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("is not a JSON object with \"kinds\"");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("kinds") || value != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                kindsStart = (int) parser.currentTokenLocation().getCharOffset();
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    String kindCategory = null;
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        if (name.equals("category") && parser.currentToken() == JsonToken.VALUE_STRING) {
                            kindCategory = parser.getString();
                        }
                        parser.skipChildren();
                    }
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    lastStart = start;
                    lastEnd = end;
                    if (category.equals(kindCategory)) {
                        after = end;
                        sameStart = start;
                    }
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw new IllegalArgumentException("\"kinds\" holds something other than kinds (objects)");
                }
            }
        }
        if (kindsStart < 0) {
            throw new IllegalArgumentException("has no \"kinds\" list");
        }
        int model = after >= 0 ? sameStart : lastStart;
        int at = after >= 0 ? after : lastEnd;
        String indent = model < 0 ? "    " : indentOf(text, model);
        boolean multiLine = model < 0 || text.substring(model, after >= 0 ? after : lastEnd).contains("\n");
        String fieldIndent = indent + "  ";
        if (multiLine && model >= 0) {
            int firstField = text.indexOf('\n', model) + 1;
            fieldIndent = text.substring(firstField, text.indexOf('"', firstField));
        }
        String summary = "What " + id + " tells the candidate, in one sentence (to write).";
        String entry = multiLine
                ? "{\n" + fieldIndent + "\"id\": \"" + id + "\",\n" + fieldIndent + "\"category\": \"" + category + "\",\n"
                        + fieldIndent + "\"priority\": " + priority + ",\n" + fieldIndent + "\"summary\": \"" + summary
                        + "\"\n" + indent + "}"
                : "{ \"id\": \"" + id + "\", \"category\": \"" + category + "\", \"priority\": " + priority
                        + ", \"summary\": \"" + summary + "\" }";
        if (at < 0) { // an empty list: the entry alone in it
            at = kindsStart + 1;
            String inserted = "\n" + indent + entry + "\n" + indent.substring(Math.min(2, indent.length()));
            return new Insertion(text.substring(0, at) + inserted + text.substring(at), lineAt(text, at) + 1);
        }
        return new Insertion(text.substring(0, at) + ",\n" + indent + entry + text.substring(at), lineAt(text, at) + 1);
    }

    /** The white space before the character at {@code offset} on its line. */
    private static String indentOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : "";
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The DRL file with the imports the skeleton needs and the skeleton at its end. */
    private static Insertion appendRule(String drl, String id, String category, int priority, String ruleName,
                                        String scenarioFile) {
        String text = withImports(drl);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        String threshold = "$" + String.format(Locale.ROOT, "%,d", THRESHOLD);
        String skeleton = "\n"
                + "// " + id + " (written by new-kind): replace the condition, which fires for an offer whose base salary\n"
                + "// is above " + threshold + ", and the wording; change the cases of " + scenarioFile + " with them.\n"
                + "rule \"" + ruleName + "\"\n"
                + "    @adviceId(\"" + id + "\") @category(\"" + category + "\") @priority(" + priority + ")\n"
                + "    @source(\"assumption\")\n"
                + "when\n"
                + "    $o : Offer( baseSalary > " + THRESHOLD + " )\n"
                + "then\n"
                + "    insert( advice( kcontext, $o.id() )\n"
                + "        .title( $o.company() + \" pays a base salary above " + threshold + "\" )\n"
                + "        .text( \"What the candidate should know or do about it, and why.\" )\n"
                + "        .because( \"base salary \" + usd( $o.baseSalary() ) + \" > " + threshold + "\" )\n"
                + "        .build() );\n"
                + "end\n";
        return new Insertion(text + skeleton, lineAt(text, text.length()) + 3);
    }

    /** Adds the imports the skeleton needs that the file lacks, after its last import (else its package line). */
    private static String withImports(String drl) {
        List<String> lines = new ArrayList<>(drl.lines().toList());
        List<String> missing = IMPORTS.stream().filter(i -> lines.stream().noneMatch(l -> l.strip().equals(i)
                || (i.endsWith(".*;") && l.strip().equals("import org.offeradvisor.facts.Offer;")))).toList();
        if (missing.isEmpty()) {
            return drl;
        }
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("import ") || (at == 0 && line.startsWith("package "))) {
                at = i + 1;
            }
        }
        lines.addAll(at, missing);
        return String.join("\n", lines) + (drl.endsWith("\n") ? "\n" : "");
    }

    /** One scenario where the skeleton fires, one near miss where it does not, each with its case inline. */
    private static String scenarios(String id) {
        String threshold = "$" + String.format(Locale.ROOT, "%,d", THRESHOLD);
        return "{\n"
                + "  \"description\": \"" + id + " (written by new-kind): where it fires and a near miss. Change the cases "
                + "with the rule's condition.\",\n"
                + "  \"scenarios\": [\n"
                + scenario(id + " fires for an offer with a base salary above " + threshold, ABOVE,
                        "\"fires\": [ { \"advice\": \"" + id + "\", \"offer\": \"acme\" } ],\n"
                                + "        \"texts\": [ { \"advice\": \"" + id + "\", \"offer\": \"acme\", \"in\": \"because\", "
                                + "\"contains\": [\"" + String.format(Locale.ROOT, "$%,d", ABOVE) + "\"] } ]")
                + ",\n"
                + scenario(id + " does not fire for an offer with a base salary below " + threshold, BELOW,
                        "\"doesNotFire\": [ { \"advice\": \"" + id + "\" } ]")
                + "\n  ]\n}\n";
    }

    private static String scenario(String name, int baseSalary, String expect) {
        return "    {\n"
                + "      \"name\": \"" + name + "\",\n"
                + "      \"case\": {\n"
                + "        \"candidate\": { \"level\": \"L5\" },\n"
                + "        \"situation\": { \"asOf\": \"2026-12-01\" },\n"
                + "        \"offers\": [ { \"id\": \"acme\", \"company\": \"Acme\", \"companyType\": \"OTHER\", \"level\": \"L5\", "
                + "\"baseSalary\": " + baseSalary + " } ]\n"
                + "      },\n"
                + "      \"expect\": {\n"
                + "        " + expect + "\n"
                + "      }\n"
                + "    }";
    }
}
