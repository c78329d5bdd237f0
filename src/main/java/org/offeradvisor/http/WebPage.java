package org.offeradvisor.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offeradvisor.report.ReportHtml;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * The web page at {@code GET /}, for a person rather than a program: paste, upload or pick a case, then read its report
 * or its problems; with the shipped examples it offers ({@code GET /v1/examples}, {@code GET /v1/examples/{name}}).
 * The page ({@code index.html} beside this class) loads nothing from elsewhere: its style and script are inline, and
 * its content security policy allows exactly them by their hashes, computed at startup so that they never go stale.
 */
final class WebPage {
    private static final String HTML = "text/html;charset=utf-8";
    private static final String PAGE = "index.html";

    private final byte[] page;
    private final String policy;
    private final Examples examples;

    private WebPage(byte[] page, Examples examples) {
        this.page = page;
        this.policy = policy(new String(page, StandardCharsets.UTF_8), ReportHtml.shell());
        this.examples = examples;
    }

    static void addTo(JavalinDefaultRoutingApi routes) {
        WebPage web = new WebPage(resource(PAGE), Examples.shipped());
        routes.get("/", web::page);
        routes.get("/v1/examples", web::list);
        routes.get("/v1/examples/{name}", web::example);
    }

    /**
     * The page's content security policy: nothing but its own inline script and style and requests to this server.
     * The report shows in a {@code srcdoc} frame, which inherits this policy (its parent's policy container) on top of
     * the report's own, so the report's inline script and style are allowed here by their hashes too (WebPageBrowserTest
     * fails without them); its SVG charts are markup with presentation attributes and need nothing more. A
     * {@code srcdoc} frame is no fetch, so {@code frame-src} stays at {@code 'none'}: nothing else can be framed.
     */
    static String policy(String page, String report) {
        return "default-src 'none'; script-src " + hashes("script", page, report) + "; style-src "
                + hashes("style", page, report) + "; connect-src 'self'; form-action 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'";
    }

    /** The CSP sources {@code 'sha256-...'} of every inline {@code element} (without attributes) of the documents. */
    private static String hashes(String element, String... documents) {
        Pattern inline = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL);
        Set<String> hashes = new LinkedHashSet<>();
        for (String document : documents) {
            Matcher m = inline.matcher(document);
            while (m.find()) {
                hashes.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(1))) + "'");
            }
        }
        if (hashes.isEmpty()) {
            throw new IllegalStateException("no inline " + element + " in the web page or the report to allow");
        }
        return String.join(" ", hashes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256, which every Java has, is missing", e);
        }
    }

    /** A resource of the class path: {@code name} beside this class, or from the root when it starts with a slash. */
    static byte[] resource(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path beside " + WebPage.class.getName()
                        + ": the server is started from a build that lacks its resources (mvn package makes them)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the class path: " + e.getMessage(), e);
        }
    }

    private void page(Context ctx) {
        ctx.header("Content-Security-Policy", policy);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-cache");
        send(ctx, HTML, page);
    }

    private void list(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        Responses.json(ctx, 200, Map.of("examples", examples.list().stream().map(example -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("name", example.name());
            one.put("title", example.title());
            return one;
        }).toList()));
    }

    private void example(Context ctx) {
        byte[] json = examples.read(ctx.pathParam("name")).orElseThrow(() -> HttpProblem.plain(404, "Not Found",
                "there is no example by that name; GET /v1/examples lists them"));
        send(ctx, Responses.JSON, json);
    }

    private static void send(Context ctx, String contentType, byte[] body) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.status(200).contentType(contentType).result(body);
    }
}
