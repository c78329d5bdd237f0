package org.offeradvisor.data;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value of a JSON text starts, by path ({@code bands[3].tc}), so that a problem found after
 * parsing can still be reported as {@code file:line:column}.
 */
final class JsonLocations {
    private final Map<String, TokenStreamLocation> starts = new HashMap<>();

    private JsonLocations() {
    }

    static JsonLocations of(JsonMapper mapper, String json) {
        JsonLocations locations = new JsonLocations();
        try (JsonParser parser = mapper.createParser(json)) {
            locations.walk(parser, parser.nextToken(), "");
        }
        return locations;
    }

    /** "line:column" of the value at {@code path}, or of the nearest enclosing value that has one. */
    String lineColumn(String path) {
        String p = path;
        while (true) {
            TokenStreamLocation location = starts.get(p);
            if (location != null) {
                return location.getLineNr() + ":" + location.getColumnNr();
            }
            if (p.isEmpty()) {
                return "1:1";
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    private void walk(JsonParser parser, JsonToken token, String path) {
        starts.put(path, parser.currentTokenLocation());
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                walk(parser, parser.nextToken(), child);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            JsonToken next;
            while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                walk(parser, next, path + "[" + index++ + "]");
            }
        }
    }
}
