package org.offeradvisor.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.offeradvisor.Problem;

/**
 * Binds the data files no typed reader claims to the types declared in DRL, by name: {@code data/equity-concentration.json}
 * holds rows of {@code EquityConcentration} (each word of the file name capitalized, the hyphens dropped). A file
 * without such a type is an error naming it, never ignored, so that a misspelt file or type is found at once.
 */
final class DeclaredTables {
    private static final String TABLE_NAME = "data/[a-z][a-z0-9]*(-[a-z0-9]+)*\\.json";

    private DeclaredTables() {
    }

    /** The tables among {@code files} (relative names) that the typed readers do not claim; problems for the rest. */
    static List<DeclaredTable> read(Path root, List<String> files, Map<String, String> drl, List<Problem> problems) {
        List<String> unclaimed = files.stream().filter(f -> !DataFiles.ALL.contains(f)).toList();
        if (unclaimed.isEmpty()) {
            return List.of();
        }
        Map<String, List<DeclaredTypes.Type>> types = DeclaredTypes.read(drl);
        TreeSet<String> known = new TreeSet<>(DataFiles.ALL);
        types.keySet().forEach(type -> known.add(fileOf(type)));
        List<DeclaredTable> tables = new ArrayList<>();
        for (String file : unclaimed) {
            String type = file.matches(TABLE_NAME) ? typeOf(file) : null;
            List<DeclaredTypes.Type> declared = type == null ? null : types.get(type);
            if (declared == null) {
                problems.add(new Problem(file + ":1:1", unclaimed(file, type) + NearestName.suggestion(file, known)));
            } else if (declared.size() > 1) {
                problems.add(new Problem(file + ":1:1", type + " is declared more than once ("
                        + String.join(", ", declared.stream().map(DeclaredTypes.Type::location).toList())
                        + "); the rows of this file need one type: declare it once"));
            } else if (supported(declared.get(0), file, problems)) {
                DeclaredTable table = DeclaredTable.read(root, file, declared.get(0), problems);
                if (table != null) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static String unclaimed(String file, String type) {
        if (type == null) {
            return "no reader claims this file: a table of your own is a file directly in data/, named in lower case "
                    + "words joined by hyphens after the type it holds (data/equity-concentration.json holds "
                    + "EquityConcentration rows)";
        }
        return "no declared type " + type + " reads this file; declare it in a .drl file: declare " + type + " ... end";
    }

    /** Whether every field of the type can be read from a data file; a problem at each field that cannot. */
    private static boolean supported(DeclaredTypes.Type type, String file, List<Problem> problems) {
        boolean ok = true;
        for (DeclaredTypes.Field field : type.fields().values()) {
            if (field.kind() == DeclaredTypes.Kind.UNSUPPORTED) {
                problems.add(new Problem(field.location(), type.name() + "." + field.name() + ": a field read from "
                        + file + " may be " + DeclaredTypes.SUPPORTED + ", not " + field.typeText()));
                ok = false;
            }
        }
        return ok;
    }

    /** {@code data/equity-concentration.json} to {@code EquityConcentration}. */
    static String typeOf(String file) {
        String base = file.substring("data/".length(), file.length() - ".json".length());
        StringBuilder type = new StringBuilder();
        for (String word : base.split("-")) {
            type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return type.toString();
    }

    /** {@code EquityConcentration} to {@code data/equity-concentration.json}: each capital letter starts a word. */
    static String fileOf(String type) {
        String words = type.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
        return "data/" + words + ".json";
    }
}
