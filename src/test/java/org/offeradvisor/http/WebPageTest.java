package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.report.ReportHtml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web page and its examples over HTTP, in-process on a free port: the page loads nothing from elsewhere and its
 * policy allows exactly its own inline script and style and the report's; the examples are exactly the files of
 * facts-examples/, byte for byte, and a name that is no example's, or is a path, is a 404 problem.
 */
class WebPageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static AdviceServer server;

    @BeforeAll
    static void start() {
        server = AdviceServer.start(Advisors.shipped(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageIsHtmlThatLoadsNothingFromElsewhere() throws Exception {
        HttpResponse<String> response = get("/");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.body()).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://", "url(", "@import",
                "@font-face", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
        assertThat(page.select("script[src], link, img, object, embed, base")).isEmpty();
        assertThat(page.select("[src], [href], [action]")).allSatisfy(element -> Stream.of("src", "href", "action")
                .filter(element::hasAttr).map(element::attr)
                .forEach(url -> assertThat(url).as("a URL of the page").matches("#.*|/(?!/).*|[a-z0-9-]+(/.*)?")));
        assertThat(page.select("iframe#report").attr("sandbox")).isEqualTo("allow-scripts");
        assertThat(page.select("textarea, select, input")).allSatisfy(field -> assertThat(page.select("label[for="
                + field.id() + "]")).as("the label of #" + field.id()).hasSize(1));
        assertThat(page.select("input#token").attr("type")).isEqualTo("password");
    }

    @Test
    void thePolicyAllowsThePagesAndTheReportsInlineScriptAndStyleAndNothingElse() throws Exception {
        HttpResponse<String> response = get("/");
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Document page = Jsoup.parse(response.body());
        Document report = Jsoup.parse(ReportHtml.shell());

        assertThat(Stream.of(policy.split(";")).map(d -> d.strip().split(" ")[0])).containsExactly("default-src",
                "script-src", "style-src", "connect-src", "form-action", "base-uri", "frame-ancestors");
        assertThat(policy).startsWith("default-src 'none';").contains("base-uri 'none'", "frame-ancestors 'none'",
                "connect-src 'self'", "form-action 'none'").doesNotContain("unsafe", "*", "http");
        assertThat(directive(policy, "script-src")).containsExactlyInAnyOrder(
                hash(page.selectFirst("script")), hash(report.selectFirst("script")));
        assertThat(directive(policy, "style-src")).containsExactlyInAnyOrder(
                hash(page.selectFirst("style")), hash(report.selectFirst("style")));
        assertThat(page.select("[style]")).as("style attributes, which the policy forbids").isEmpty();
        assertThat(page.select("script, style")).hasSize(2);
    }

    @Test
    void theExamplesAreExactlyTheFilesOfFactsExamplesSortedByName() throws Exception {
        List<String> files;
        try (Stream<Path> folder = Files.list(Path.of("facts-examples"))) {
            files = folder.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
        HttpResponse<String> response = get("/v1/examples");
        JsonNode examples = JSON.readTree(response.body()).get("examples");
        List<String> names = new ArrayList<>();
        examples.forEach(example -> {
            names.add(example.get("name").asString());
            assertThat(example.get("title").asString()).isNotBlank();
        });

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(names).isEqualTo(files);
        assertThat(indexNames()).as("the names of src/main/resources/org/offeradvisor/http/examples.txt, one line (name "
                + "and title) per file of facts-examples/, in order").isEqualTo(files);
    }

    @Test
    void anExampleIsItsFileByteForByte() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(request("/v1/examples/two-offer-comparison").GET().build(),
                BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(Files.readAllBytes(Path.of("facts-examples/two-offer-comparison.json")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nope", "..%2Fpom", "..%2F..%2Fpom.xml", "two-offer-comparison.json", "Two-Offer-Comparison",
            "%2e%2e"})
    void aNameThatIsNoExamplesIs404(String name) throws Exception {
        HttpResponse<String> response = get("/v1/examples/" + name);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<project", "Exception", "jetty", "javalin");
        if (name.matches("[a-z0-9-]+|[A-Za-z.-]+")) { // a name the route takes, not a path the router refuses first
            assertThat(problem.get("detail").asString()).doesNotContain("no such route");
        }
    }

    @Test
    void theExamplesAndThePageTakeOnlyGet() throws Exception {
        for (String path : List.of("/v1/examples", "/v1/examples/two-offer-comparison", "/")) {
            HttpResponse<String> response = CLIENT.send(request(path).POST(BodyPublishers.noBody()).build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).as("POST " + path).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).as("POST " + path).hasValue("GET");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    private static List<String> indexNames() {
        String index = new String(WebPage.resource(Examples.INDEX), StandardCharsets.UTF_8);
        return index.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(" ", 2)[0])
                .toList();
    }

    private static List<String> directive(String policy, String name) {
        return Stream.of(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst()
                .map(d -> List.of(d.substring(name.length() + 1).split(" "))).orElseThrow();
    }

    private static String hash(Element inline) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(inline.data().getBytes(StandardCharsets.UTF_8))) + "'";
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(request(path).GET().build(), BodyHandlers.ofString());
    }
}
