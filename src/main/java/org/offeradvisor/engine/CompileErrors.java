package org.offeradvisor.engine;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.offeradvisor.Problem;
import org.offeradvisor.facts.AboutOffer;

/**
 * Turns the Drools compiler's messages about DRL files into problems a rule author can act on without knowing Drools'
 * internals: {@code equity.drl:196:40: Compensation has no field annualEquty; did you mean annualEquity? ...} instead of
 * {@code equity.drl:196:0: Unable to Analyse Expression ... [Error: unable to resolve method using strict-mode ...]}.
 *
 * <p>Both compilers are covered: the executable model (whose messages often have no line, or point into the Java it
 * generated) and the classic one used by the edit loop. Drools mostly reports a line and column 0, or no line at all,
 * so each message is matched to the pattern, constraint or consequence it is about in the parsed DRL, and the offending
 * token is looked up in the source for its real line and column (reported counted from 1, as editors count and as every
 * location the program reports). A message that is not recognised keeps the engine's words, cleaned of its Java and parser noise.
 */
final class CompileErrors {
    private static final String FACTS_PACKAGE = AboutOffer.class.getPackageName();
    private static final String GENERATED_JAVA = "src/main/java/";

    private static final Pattern PARSER_ERROR = Pattern.compile("(?s)\\[ERR \\d+] Line (\\d+):(\\d+) (.*)");
    private static final Pattern UNANALYSED = Pattern.compile(
            "(?s)(?:Unable to Analyse Expression |Unable to parse left part of expression: )(.*?):?\\s*(?:\\n.*)?");
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+?)\\.(\\$?\\w+)\\(");
    private static final Pattern MISSING_METHOD = Pattern.compile("Method (\\w+) on class ([\\w.$]+) with arguments .* is missing");
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile(
            "Unable to resolve ObjectType '([\\w.$]+)'|Unable to find class: '?([\\w.$]+)'?|Unable to resolve type ([\\w.$]+)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED_NAME = Pattern.compile("(\\$?\\w+) cannot be resolved");
    private static final Pattern FUNCTION_LINE = Pattern.compile("\\[ function \\w+ \\(line:(-?\\d+)\\): ");
    private static final Pattern IDENTIFIER = Pattern.compile("\\$?[A-Za-z_][A-Za-z0-9_]*");
    /** Words of a constraint that are DRL's or Java's, not fields. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this", "new", "instanceof", "matches",
            "memberOf", "contains", "excludes", "soundslike", "in", "not", "str", "after", "before", "coincides", "during",
            "includes", "finishes", "finishedby", "meets", "metby", "overlaps", "overlappedby", "starts", "startedby");

    /** One message of the compiler: the file it names (a DRL file, or a Java file it generated), line, column, text. */
    record Raw(String file, int line, int column, String text) {
    }

    /** Where in a DRL file: a line (0 when unknown) and a column counted from 0 (written from 1, see {@link Found}). */
    private record Position(int line, int column) {
    }

    /** A translated problem, with what it takes to sort and deduplicate problems. */
    private record Found(String file, Position at, String message, String type, boolean consequential) {
        Problem problem() {
            return new Problem(at.line() > 0 ? file + ":" + at.line() + ":" + (at.column() + 1) : file, message);
        }
    }

    private final Map<String, String> drl;
    private final Map<String, Source> sources = new HashMap<>();

    private CompileErrors(Map<String, String> drl) {
        this.drl = drl;
    }

    /**
     * The problems of the compiler's messages {@code raw} about the DRL files {@code drl} (name to text): one line
     * each, in the author's words, sorted by file, line and column; a message that only follows from another (a
     * variable of a pattern whose type is unknown, a file that did not parse at all) is left out when that other is
     * reported, and a missing import is reported once per type and file.
     */
    static List<Problem> translate(Map<String, String> drl, List<Raw> raw) {
        CompileErrors errors = new CompileErrors(drl);
        List<Found> found = new ArrayList<>();
        for (Raw message : raw) {
            Found f = errors.translate(message);
            if (f != null) {
                found.add(f);
            }
        }
        Set<String> filesWithErrors = new LinkedHashSet<>();
        found.stream().filter(f -> !f.consequential()).forEach(f -> filesWithErrors.add(f.file()));
        found.removeIf(f -> f.consequential() && filesWithErrors.contains(f.file()));
        found.sort(Comparator.comparing(Found::file).thenComparingInt(f -> f.at().line())
                .thenComparingInt(f -> f.at().column()).thenComparing(Found::message));
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Found f : found) {
            // a type not imported makes every pattern of it fail: the author needs to read of it once
            String key = f.type() != null ? f.file() + " type " + f.type() : f.problem().toString();
            if (seen.add(key)) {
                problems.add(f.problem());
            }
        }
        return problems;
    }

    /**
     * The problem of an advice rule without some of its metadata, naming each missing tag in the form to add; with
     * the values of its advice kind ({@code category} and {@code priority}, null when unknown) where they are known.
     */
    static String missingMetadata(String rule, List<String> missing, String category, Integer priority) {
        List<String> forms = new ArrayList<>();
        for (String tag : missing) {
            forms.add(switch (tag) {
                case "adviceId" -> "@adviceId(\"ID from data/advice-kinds.json\")";
                case "category" -> category != null ? "@category(\"" + category + "\")"
                        : "@category(\"MARKET|EQUITY|NEGOTIATION|CAREER|DECISION\")";
                case "priority" -> priority != null ? "@priority(" + priority + ")" : "@priority(1|2|3)";
                case "source" -> "@source(\"the guide's section, or assumption\")";
                default -> "@" + tag + "(...)";
            });
        }
        List<String> tags = missing.stream().map(t -> "@" + t).toList();
        String named = tags.size() == 1 ? tags.get(0)
                : String.join(", ", tags.subList(0, tags.size() - 1)) + " or " + tags.get(tags.size() - 1);
        return rule + " gives advice but has no " + named + "; add " + (tags.size() == 1 ? "it" : "them")
                + " under the rule line: " + String.join(" ", forms);
    }

    private Found translate(Raw raw) {
        String text = raw.text() == null ? "" : raw.text().strip();
        String file = drlFile(raw.file());
        boolean generated = !drl.containsKey(raw.file());
        Source source = file == null ? null : source(file);
        int line = generated ? 0 : Math.max(raw.line(), 0);
        String where = file != null ? file : raw.file() == null ? "rules" : raw.file();
        if (text.startsWith("Java source of ")) {
            return null; // the generated Java an error is in: the error itself is reported
        }
        if (text.equals("Parser returned a null Package")) {
            return new Found(where, new Position(0, 0), "the file does not parse", null, true);
        }
        Matcher m = PARSER_ERROR.matcher(text);
        if (m.matches()) {
            return new Found(where, new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                    syntax(m.group(3)), null, false);
        }
        if (source != null) {
            Found f = source.explain(text, line, raw.text());
            if (f != null) {
                return f;
            }
        }
        Position at = line > 0 ? new Position(line, source == null ? 0 : source.firstColumn(line)) : new Position(0, 0);
        boolean consequential = text.startsWith("Error importing : ") || text.contains("The import ")
                || UNRESOLVED_NAME.matcher(text).find();
        return new Found(where, at, clean(text), null, consequential);
    }

    /** The DRL file a message is about: the file itself, or for generated Java the DRL file of its package. */
    private String drlFile(String file) {
        if (file == null) {
            return drl.size() == 1 ? drl.keySet().iterator().next() : null;
        }
        if (drl.containsKey(file)) {
            return file;
        }
        if (file.startsWith(GENERATED_JAVA)) {
            String path = file.substring(GENERATED_JAVA.length());
            for (String candidate : drl.keySet()) {
                String pkg = source(candidate).packageName();
                if (pkg != null && path.startsWith(pkg.replace('.', '/') + "/")) {
                    return candidate;
                }
            }
        }
        return drl.size() == 1 ? drl.keySet().iterator().next() : null;
    }

    private Source source(String file) {
        return sources.computeIfAbsent(file, f -> new Source(f, drl.get(f)));
    }

    /** The parser's message without its error code, in plain words: what was found, where, and what was expected. */
    static String syntax(String message) {
        String location = "";
        Matcher in = Pattern.compile("(?s)(.*?)( in (?:rule|query|function|package|declare|import)\\b.*)$").matcher(message);
        String what = message;
        if (in.matches()) {
            what = in.group(1);
            location = in.group(2).replaceAll("\\.$", "");
        }
        String input = null;
        String expected = null;
        Matcher m;
        if ((m = Pattern.compile("mismatched input '(.*)' expecting one of the following tokens: '(.*)'").matcher(what)).matches()) {
            input = m.group(1);
            expected = "one of " + m.group(2);
        } else if ((m = Pattern.compile("mismatched input '(.*)' expecting '?(.*?)'?").matcher(what)).matches()) {
            input = m.group(1);
            expected = "'" + m.group(2) + "'";
        } else if ((m = Pattern.compile("(?:mismatched input|no viable alternative at input|extraneous input|"
                + "required \\(\\.\\.\\.\\)\\+ loop did not match anything at input|mismatched input '.*' not expecting"
                + " any of the following tokens:) '(.*?)'.*").matcher(what)).matches()) {
            input = m.group(1);
        } else if (what.startsWith("trailing semi-colon not allowed")) {
            return "a condition does not end with ';': remove it" + location;
        }
        if (input == null) {
            return clean(what) + location;
        }
        String found = input.equals("<EOF>") ? "the end of the file" : "'" + input + "'";
        return "unexpected " + found + location + (expected == null ? "" : "; expected " + expected.replace("<EOF>", "the end of the file"));
    }

    /** The engine's message as one line, without the MVEL and Java details an author cannot use. */
    static String clean(String text) {
        String cleaned = text.replaceAll("(?s)\\[Near : \\{.*?}]", " ")
                .replaceAll("\\[Line: \\d+, Column: \\d+]", " ")
                .replaceAll("(?m)^\\s*\\^\\s*$", " ")
                .replaceAll("(?m)^\\s*at [\\w.$]+\\(.*\\)\\s*$", " ")
                .replaceAll("\\[Error: (.*?)]", "$1")
                .replaceAll("\\[ function (\\w+)\\w* \\(line:-?\\d+\\): ", "function $1: ")
                .replaceAll("\\s*]\\s*$", "")
                .replaceAll("java\\.lang\\.\\w+(Exception|Error): ", "")
                .replaceAll("^Rule Compilation error ", "")
                .replaceAll("\\bRule_\\w+?\\d+\\b", "the rule")
                .replaceAll("\\bLambda(Consequence|Predicate|Extractor)[0-9A-F]+\\b", "the rule")
                .replaceAll("\\s+", " ").strip();
        return cleaned.replaceAll(":$", "");
    }

    /** The closest of {@code candidates} to {@code name}, or null when none is close enough to be a likely typo. */
    static String closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, name.length() / 4);
        for (String candidate : new TreeSet<>(toList(candidates))) {
            int d = distance(name.toLowerCase(), candidate.toLowerCase());
            if (d <= allowed && d < bestDistance && !candidate.equals(name)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static List<String> toList(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    /** Edit distance with transposition of two neighbours (a common typo) counted as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The simple names of the classes in the fact package, for "did you mean" and for telling a typo from a missing import. */
    static Set<String> factTypes() {
        return FactTypes.NAMES;
    }

    private static final class FactTypes {
        static final Set<String> NAMES = scan();

        private static Set<String> scan() {
            Set<String> names = new TreeSet<>();
            String folder = FACTS_PACKAGE.replace('.', '/');
            URL url = AboutOffer.class.getResource("AboutOffer.class");
            try {
                if (url != null && url.getProtocol().equals("jar")) {
                    JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder + "/"))
                            .map(n -> n.substring(folder.length() + 1)).forEach(n -> addClass(names, n));
                } else if (url != null) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
                        files.map(p -> p.getFileName().toString()).forEach(n -> addClass(names, n));
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // without the list a typo gets no suggestion, and a type is taken as not imported only if it loads
            }
            return names;
        }

        private static void addClass(Set<String> names, String file) {
            if (file.endsWith(".class") && !file.contains("$") && !file.contains("/") && !file.equals("package-info.class")) {
                names.add(file.substring(0, file.length() - ".class".length()));
            }
        }
    }

    /** A DRL file, parsed: its imports, functions, rules and patterns, and where each line starts. */
    private static final class Source {
        private final String file;
        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();
        private PackageDescr pkg;

        Source(String file, String text) {
            this.file = file;
            this.text = text == null ? "" : text;
            lineStarts.add(0);
            for (int i = 0; i < this.text.length(); i++) {
                if (this.text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
            try {
                DrlParser parser = new DrlParser();
                pkg = parser.parse(false, this.text);
            } catch (DroolsParserException | RuntimeException e) {
                pkg = null; // a file that does not parse has its parser errors; nothing here is looked up in it
            }
        }

        String packageName() {
            return pkg == null ? null : pkg.getName();
        }

        int offset(int line, int column) {
            if (line < 1 || line > lineStarts.size()) {
                return -1;
            }
            return Math.min(lineStarts.get(line - 1) + Math.max(column, 0), text.length());
        }

        Position position(int offset) {
            int line = 0;
            while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
                line++;
            }
            return new Position(line + 1, offset - lineStarts.get(line));
        }

        /** The column of the first character on the line that is not blank: the best a message with only a line has. */
        int firstColumn(int line) {
            int start = offset(line, 0);
            if (start < 0) {
                return 0;
            }
            int i = start;
            while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i < text.length() && text.charAt(i) != '\n' ? i - start : 0;
        }

        /** A problem for a message this class understands, or null. */
        Found explain(String text, int line, String full) {
            if (pkg == null) {
                return null;
            }
            Matcher m = UNANALYSED.matcher(text);
            if (m.matches()) {
                return unanalysed(m.group(1).strip(), line, full);
            }
            m = MISSING_METHOD.matcher(text);
            if (m.find()) {
                return callInCondition(m.group(1), line);
            }
            m = UNRESOLVED_TYPE.matcher(text);
            if (m.find()) {
                String type = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                Matcher function = FUNCTION_LINE.matcher(text);
                int at = function.find() ? Integer.parseInt(function.group(1)) : line;
                return unknownType(type, at);
            }
            m = UNDEFINED_METHOD.matcher(text);
            if (m.find()) {
                return undefinedMethod(m.group(1), m.group(2), m.group(3), line);
            }
            m = UNRESOLVED_NAME.matcher(text);
            if (m.find() && m.group(1).startsWith("$")) {
                // a variable bound by a pattern that failed: that pattern's problem is the one to fix
                return new Found(file, new Position(line, firstColumn(line)), clean(text), null, true);
            }
            return null;
        }

        /** "Unable to Analyse Expression ...": the constraint is found, and the token in it that does not resolve. */
        private Found unanalysed(String expression, int line, String full) {
            List<Constraint> constraints = constraints().stream()
                    .filter(c -> c.expression().strip().equals(expression)).toList();
            if (line > 0 && constraints.stream().anyMatch(c -> c.line() == line)) {
                constraints = constraints.stream().filter(c -> c.line() == line).toList();
            }
            for (Constraint c : constraints) {
                Found f = analyse(c);
                if (f != null) {
                    return f;
                }
            }
            Matcher strict = STRICT_MODE.matcher(full == null ? "" : full);
            if (!constraints.isEmpty() && strict.find() && strict.group(2).startsWith("$")) {
                // a variable that a pattern which failed should have bound: that pattern's problem is the one to fix
                return new Found(file, position(constraints.get(0).start()), clean(full), null, true);
            }
            if (!constraints.isEmpty() && strict.find(0)) {
                Constraint c = constraints.get(0);
                int at = tokenIn(c, strict.group(2));
                Class<?> type = load(strict.group(1));
                if (at >= 0 && type != null) {
                    return new Found(file, position(at), noField(type, strict.group(2)), null, false);
                }
            }
            if (!constraints.isEmpty()) {
                Constraint c = constraints.get(0);
                // the pattern's own type does not resolve: that is reported, and this follows from it
                boolean consequential = resolve(c.pattern().getObjectType()) == null;
                return new Found(file, position(c.start()), clean(full == null ? expression : full), null, consequential);
            }
            // not a pattern's constraint (an eval, say): where its text is, and reported unless the file has other errors,
            // since it mostly follows from them (a variable a failed pattern did not bind)
            int at = text.indexOf(expression);
            Position where = at >= 0 ? position(at) : new Position(line, firstColumn(line));
            return new Found(file, where, clean(full == null ? expression : full), null, true);
        }

        /** A call the executable model could not find (a function or method typo in a condition). */
        private Found callInCondition(String name, int line) {
            for (Constraint c : constraints()) {
                if ((line <= 0 || c.line() == line) && Pattern.compile("\\b" + name + "\\s*\\(").matcher(c.expression()).find()) {
                    Found f = analyse(c);
                    if (f != null) {
                        return f;
                    }
                }
            }
            return null;
        }

        /** The first token of a constraint that names no field, function or type the rule can see. */
        private Found analyse(Constraint c) {
            Class<?> type = resolve(c.pattern().getObjectType());
            String expr = c.expression();
            Matcher m = IDENTIFIER.matcher(expr);
            int skipUntil = -1;
            while (m.find()) {
                if (m.start() < skipUntil || inString(expr, m.start())) {
                    continue;
                }
                String word = m.group();
                if (word.startsWith("$") || KEYWORDS.contains(word) || Character.isDigit(word.charAt(0))
                        || precededByDot(expr, m.start())) {
                    continue;
                }
                int next = skipBlanks(expr, m.end());
                boolean call = next < expr.length() && expr.charAt(next) == '(';
                boolean dotted = next < expr.length() && expr.charAt(next) == '.';
                int offset = c.start() + m.start();
                if (call) {
                    if (!functions().contains(word) && type != Object.class && (type == null || !methods(type).contains(word))) {
                        return new Found(file, position(offset), noFunction(word, type), null, false);
                    }
                    continue;
                }
                if (Character.isUpperCase(word.charAt(0)) && dotted) {
                    Found f = typeProblem(word, offset);
                    if (f != null) {
                        return f;
                    }
                    skipUntil = chainEnd(expr, m.end());
                    continue;
                }
                if (type == null) {
                    continue; // the pattern's type is reported; only the calls and types in it are checked
                }
                Class<?> fieldType = propertyType(type, word);
                if (fieldType == null) {
                    return new Found(file, position(offset), noField(type, word), null, false);
                }
                // a path into the field's value (equity.type): each step is a field of the one before
                int end = m.end();
                Class<?> owner = fieldType;
                while (true) {
                    int dot = skipBlanks(expr, end);
                    if (dot >= expr.length() || expr.charAt(dot) != '.' || (dot + 1 < expr.length() && expr.charAt(dot + 1) == '.')) {
                        break;
                    }
                    Matcher step = IDENTIFIER.matcher(expr);
                    int from = skipBlanks(expr, dot + 1);
                    if (!step.find(from) || step.start() != from) {
                        break;
                    }
                    int after = skipBlanks(expr, step.end());
                    boolean stepCall = after < expr.length() && expr.charAt(after) == '(';
                    if (stepCall ? !methods(owner).contains(step.group()) : propertyType(owner, step.group()) == null) {
                        String message = stepCall ? noMethod(owner, step.group()) : noField(owner, step.group());
                        return new Found(file, position(c.start() + step.start()), message, null, false);
                    }
                    if (stepCall) {
                        break;
                    }
                    owner = propertyType(owner, step.group());
                    end = step.end();
                }
                skipUntil = end;
            }
            return null;
        }

        /** A type the file cannot see, at the pattern or function that names it. */
        private Found unknownType(String name, int line) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            Pattern word = Pattern.compile("(?<![\\w.$])" + Pattern.quote(name) + "\\b");
            int from = line > 0 ? offset(line, 0) : 0;
            Matcher m = word.matcher(text);
            int at = -1;
            if (from >= 0 && m.find(from)) {
                at = m.start();
            } else if (m.find(0)) {
                at = m.start();
            }
            Found f = typeProblem(simple, at);
            if (f != null) {
                return f;
            }
            return null;
        }

        /** Why {@code name} does not resolve: not imported though a fact type, or no such type (with the closest one). */
        private Found typeProblem(String name, int offset) {
            if (resolve(name) != null || offset < 0) {
                return null;
            }
            Position at = position(offset);
            if (factTypes().contains(name) || load(FACTS_PACKAGE + "." + name) != null) {
                return new Found(file, at, name + " is not imported; add: import " + FACTS_PACKAGE + "." + name
                        + "; (or import " + FACTS_PACKAGE + ".*; for every fact type)", name, false);
            }
            Set<String> known = new TreeSet<>(factTypes());
            known.addAll(declaredTypes());
            String suggestion = closest(name, known);
            return new Found(file, at, "no fact type " + name + (suggestion == null ? "; the fact types are listed in RULES.md"
                    : "; did you mean " + suggestion + "?"), name, false);
        }

        /** "The method x(...) is undefined for the type T": a function of the consequence, or a method of a fact. */
        private Found undefinedMethod(String name, String arguments, String owner, int line) {
            RuleDescr rule = line > 0 ? ruleAt(line) : null;
            boolean generatedOwner = owner.startsWith("Rule_") || owner.startsWith("Lambda");
            Pattern call = Pattern.compile(generatedOwner ? "(?<![\\w.$])" + name + "\\s*\\(" : "\\.\\s*(" + name + ")\\s*\\(");
            for (RuleDescr r : rule != null ? List.of(rule) : pkg.getRules()) {
                int start = offset(r.getLine(), 0);
                int end = ruleEnd(r);
                Matcher m = call.matcher(text).region(Math.max(start, 0), end);
                if (m.find()) {
                    int at = generatedOwner ? m.start() : m.start(1);
                    if (generatedOwner && functions().contains(name)) {
                        // the function exists: the arguments do not fit it, or it did not compile (reported on its own)
                        return new Found(file, position(at), name + "(...) cannot be called with (" + arguments
                                + "); check the arguments", null, true);
                    }
                    Class<?> type = generatedOwner ? null : resolve(owner);
                    String message = generatedOwner ? noFunction(name, null)
                            : type != null ? noMethod(type, name) : owner + " has no method " + name + "()";
                    return new Found(file, position(at), message, null, false);
                }
            }
            return null;
        }

        private RuleDescr ruleAt(int line) {
            RuleDescr found = null;
            for (RuleDescr r : pkg.getRules()) {
                if (r.getLine() <= line && (found == null || r.getLine() > found.getLine())) {
                    found = r;
                }
            }
            return found;
        }

        /** Where a rule ends: the start of the next rule below it, or the end of the file. */
        private int ruleEnd(RuleDescr rule) {
            int end = text.length();
            for (RuleDescr r : pkg.getRules()) {
                if (r.getLine() > rule.getLine()) {
                    end = Math.min(end, Math.max(offset(r.getLine(), 0), 0));
                }
            }
            return end;
        }

        private String noField(Class<?> type, String name) {
            List<String> fields = fields(type);
            String suggestion = closest(name, fields);
            return type.getSimpleName() + " has no field " + name + (suggestion == null ? "" : "; did you mean " + suggestion + "?")
                    + " Its fields: " + String.join(", ", fields);
        }

        private String noMethod(Class<?> type, String name) {
            String suggestion = closest(name, methods(type));
            return type.getSimpleName() + " has no method " + name + "()"
                    + (suggestion == null ? "; its fields: " + String.join(", ", fields(type)) : "; did you mean " + suggestion + "()?");
        }

        private String noFunction(String name, Class<?> type) {
            Set<String> known = new TreeSet<>(functions());
            if (type != null) {
                known.addAll(methods(type));
            }
            String suggestion = closest(name, known);
            if (suggestion != null) {
                return "no function " + name + "; did you mean " + suggestion + "?";
            }
            return "no function " + name + "; this file can call " + String.join(", ", new TreeSet<>(functions()))
                    + " (a function of another class needs: import function <class>." + name + ";)";
        }

        /** Every constraint of every pattern of every rule, with where its text starts in the file. */
        private List<Constraint> constraints() {
            List<Constraint> all = new ArrayList<>();
            for (RuleDescr rule : pkg.getRules()) {
                walk(rule.getLhs(), rule, all);
            }
            return all;
        }

        private void walk(BaseDescr descr, RuleDescr rule, List<Constraint> all) {
            if (descr instanceof PatternDescr pattern) {
                int from = Math.max(offset(pattern.getLine(), pattern.getColumn()), offset(rule.getLine(), 0));
                if (pattern.getConstraint() != null) {
                    for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                        if (constraint instanceof ExprConstraintDescr expr && expr.getExpression() != null) {
                            int start = text.indexOf(expr.getExpression(), Math.max(from, 0));
                            if (start >= 0) {
                                all.add(new Constraint(pattern, expr.getExpression(), start, position(start).line()));
                                from = start + expr.getExpression().length();
                            }
                        }
                    }
                }
                if (pattern.getSource() != null) {
                    walk(pattern.getSource(), rule, all);
                }
            } else if (descr instanceof CollectDescr collect) {
                walk(collect.getInputPattern(), rule, all);
            } else if (descr instanceof AccumulateDescr accumulate) {
                walk(accumulate.getInput(), rule, all);
            } else if (descr instanceof ConditionalElementDescr element) {
                for (BaseDescr child : element.getDescrs()) {
                    walk(child, rule, all);
                }
            }
        }

        private int tokenIn(Constraint c, String token) {
            Matcher m = Pattern.compile("(?<![\\w.$])" + Pattern.quote(token) + "\\b").matcher(c.expression());
            return m.find() ? c.start() + m.start() : -1;
        }

        private Set<String> functions() {
            Set<String> names = new TreeSet<>();
            for (FunctionImportDescr f : pkg.getFunctionImports()) {
                String target = f.getTarget();
                names.add(target.substring(target.lastIndexOf('.') + 1));
            }
            for (FunctionDescr f : pkg.getFunctions()) {
                names.add(f.getName());
            }
            return names;
        }

        private Set<String> declaredTypes() {
            Set<String> names = new TreeSet<>();
            for (TypeDeclarationDescr d : pkg.getTypeDeclarations()) {
                names.add(d.getTypeName());
            }
            return names;
        }

        /**
         * The class a type name in this file means (its imports, java.lang, its own package), or null; a type the file
         * declares resolves to {@code Object}, whose fields are not checked.
         */
        Class<?> resolve(String name) {
            if (name == null) {
                return null;
            }
            if (declaredTypes().contains(name)) {
                return Object.class;
            }
            if (name.contains(".")) {
                return load(name);
            }
            List<String> candidates = new ArrayList<>();
            for (ImportDescr i : pkg.getImports()) {
                String target = i.getTarget();
                if (target.endsWith("." + name)) {
                    candidates.add(target);
                } else if (target.endsWith(".*")) {
                    candidates.add(target.substring(0, target.length() - 1) + name);
                }
            }
            candidates.add("java.lang." + name);
            if (pkg.getName() != null) {
                candidates.add(pkg.getName() + "." + name);
            }
            for (String candidate : candidates) {
                Class<?> type = load(candidate);
                if (type != null) {
                    return type;
                }
            }
            return null;
        }
    }

    /** A constraint as written, in its pattern, with the offset of its text in the file and its line. */
    private record Constraint(PatternDescr pattern, String expression, int start, int line) {
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CompileErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // a nested class is named with a dot in DRL: Outer.Inner
            int dot = name.lastIndexOf('.');
            if (dot > 0 && Character.isUpperCase(name.charAt(name.lastIndexOf('.', dot - 1) + 1))) {
                return load(name.substring(0, dot) + "$" + name.substring(dot + 1));
            }
            return null;
        }
    }

    /** A record's components in order, or a bean's properties, sorted: what a constraint can name. */
    private static List<String> fields(Class<?> type) {
        if (type.isRecord()) {
            return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            String property = property(method);
            if (property != null) {
                names.add(property);
            }
        }
        return List.copyOf(names);
    }

    private static String property(Method method) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return method.getDeclaringClass().isRecord() ? name : null;
    }

    /** The type of property {@code name} of {@code type} (a record component, getter or no-argument method), or null. */
    private static Class<?> propertyType(Class<?> type, String name) {
        if (type == Object.class) {
            return Object.class; // a declared type, or one not known here: its fields are not checked
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String accessor : List.of(name, "get" + capitalised, "is" + capitalised)) {
            try {
                Method method = type.getMethod(accessor);
                if (method.getReturnType() != void.class) {
                    return method.getReturnType() == Object.class ? Object.class : method.getReturnType();
                }
            } catch (NoSuchMethodException e) {
                // the next form of accessor
            }
        }
        try {
            return type.getField(name).getType();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Set<String> methods(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() != Object.class) {
                names.add(method.getName());
            }
        }
        return names;
    }

    private static boolean precededByDot(String s, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i >= 0 && s.charAt(i) == '.';
    }

    private static int skipBlanks(String s, int index) {
        int i = index;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of a dotted name starting before {@code index} (EquityType.OPTIONS). */
    private static int chainEnd(String s, int index) {
        int i = index;
        while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** Whether {@code index} is inside a string literal of the expression. */
    private static boolean inString(String s, int index) {
        boolean in = false;
        char quote = 0;
        for (int i = 0; i < index; i++) {
            char ch = s.charAt(i);
            if (in && ch == '\\') {
                i++;
            } else if (in && ch == quote) {
                in = false;
            } else if (!in && (ch == '"' || ch == '\'')) {
                in = true;
                quote = ch;
            }
        }
        return in;
    }
}
