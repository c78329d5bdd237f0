package org.offeradvisor.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A script in the guide's words (rules/data/scripts.json) with {@code {placeholders}} to fill. */
public record ScriptTemplate(String name, String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * Fills the placeholders from name/value pairs: {@code fill("target", "$480K", "component", "equity")}.
     * A placeholder left without a value, or a value for none, is an error naming the script.
     */
    public String fill(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("script \"" + name + "\": names and values must come in pairs");
        }
        String result = text;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String placeholder = "{" + namesAndValues[i] + "}";
            if (!result.contains(placeholder)) {
                throw new IllegalArgumentException("script \"" + name + "\" has no placeholder " + placeholder);
            }
            result = result.replace(placeholder, namesAndValues[i + 1]);
        }
        Matcher left = PLACEHOLDER.matcher(result);
        if (left.find()) {
            throw new IllegalArgumentException("script \"" + name + "\": no value for " + left.group());
        }
        return result;
    }
}
