package org.offeradvisor.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The example cases the web page offers: the files of facts-examples/, packaged under
 * {@code org/offeradvisor/examples/}, named and titled by {@code examples.txt} beside this class (a jar's folder
 * cannot be listed reliably; a test keeps the list equal to the folder). All are read once, at startup, so that a
 * request names an example by a key of a map and never by a path.
 */
final class Examples {
    /** What an example's name may be: the name of its file, without {@code .json}. */
    static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    static final String INDEX = "examples.txt";
    private static final String FOLDER = "/org/offeradvisor/examples/";

    /** An example: its name, as in {@code GET /v1/examples/{name}}, and the title the page shows for it. */
    record Example(String name, String title) {
    }

    private final List<Example> list;
    private final Map<String, byte[]> cases;

    private Examples(List<Example> list, Map<String, byte[]> cases) {
        this.list = List.copyOf(list);
        this.cases = Collections.unmodifiableMap(cases);
    }

    /** The shipped examples, sorted by name; a line of the index naming no packaged file fails the server's start. */
    static Examples shipped() {
        List<Example> list = new ArrayList<>();
        Map<String, byte[]> cases = new LinkedHashMap<>();
        for (String line : new String(WebPage.resource(INDEX), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] nameAndTitle = line.strip().split(" ", 2);
            if (!NAME.matcher(nameAndTitle[0]).matches() || nameAndTitle.length < 2) {
                throw new IllegalStateException(INDEX + ": not a name and a title: " + line);
            }
            list.add(new Example(nameAndTitle[0], nameAndTitle[1].strip()));
            cases.put(nameAndTitle[0], WebPage.resource(FOLDER + nameAndTitle[0] + ".json"));
        }
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return new Examples(list, cases);
    }

    List<Example> list() {
        return list;
    }

    /** The bytes of the example {@code name}, if there is one by that name: a name, never a path. */
    Optional<byte[]> read(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(cases.get(name)).map(byte[]::clone);
    }
}
