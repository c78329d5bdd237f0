package org.eclipse.jetty.util.ajax;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two static methods of Jetty 9's JSON that the Nu Html Checker's language detection calls to read its profiles
 * (ReportHtmlValidityTest), in Jetty 9's shapes: an object is a HashMap, an array an Object[], an integer a Long. The
 * checker depends on Jetty 9, whose jars would displace the Jetty 12 that Javalin needs, so its Jetty is left out
 * (pom.xml) and this stands in for the one class it uses offline. Test code only.
 */
public final class JSON {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JSON() {
    }

    public static Object parse(String json) {
        return value(MAPPER.readTree(json));
    }

    public static Object parse(InputStream json) {
        return value(MAPPER.readTree(json));
    }

    private static Object value(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> object = new HashMap<>();
            node.properties().forEach(e -> object.put(e.getKey(), value(e.getValue())));
            return object;
        }
        if (node.isArray()) {
            return node.valueStream().map(JSON::value).toArray();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNull() ? null : node.asString();
    }
}
