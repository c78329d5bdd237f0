package org.offeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offeradvisor.http.AdviceServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deploy files kept true to the program they deploy: the Kubernetes probes ask routes the server answers, the
 * ports, the rules' and the token's paths and the rule cache agree between deploy/Dockerfile and
 * deploy/k8s/, and deploy/rules-configmap.sh carries every file of a rules directory into the pods once, at its
 * relative path, byte for byte. Nothing here needs Docker or a cluster: the files are read as the tools would read
 * them, and the script is run.
 */
class DeployFilesTest {
    private static final Path DEPLOY = Path.of("deploy");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theProbesAskRoutesTheServerAnswers() throws Exception {
        JsonNode container = container(deployment());
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asString()).isEqualTo("/readyz");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asString()).isEqualTo("/healthz");
        List<String> paths = new ArrayList<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertThat(port(container, get.path("port"))).as(probe + "'s port").isEqualTo(imagePort());
            paths.add(get.path("path").asString());
        }

        HttpClient client = HttpClient.newHttpClient();
        try (AdviceServer server = AdviceServer.start(Advisors.shipped(), "127.0.0.1", 0)) {
            for (String path : paths) {
                HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
                assertThat(client.send(get, BodyHandlers.discarding()).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void theContainerAndTheServiceUseThePortTheImageServesOn() {
        Dockerfile image = Dockerfile.read();
        assertThat(image.last("EXPOSE")).isEqualTo(image.option("--port"));
        assertThat(image.option("--host")).isEqualTo("0.0.0.0");

        JsonNode container = container(deployment());
        assertThat(container.path("ports")).hasSize(1);
        assertThat(container.path("ports").get(0).path("containerPort").asString()).isEqualTo(imagePort());
        JsonNode service = read(K8S.resolve("service.yaml")).get(0);
        assertThat(port(container, service.path("spec").path("ports").get(0).path("targetPort"))).isEqualTo(imagePort());
        assertThat(service.path("spec").path("selector"))
                .isEqualTo(deployment().path("spec").path("template").path("metadata").path("labels"));
        JsonNode hpa = read(K8S.resolve("hpa.yaml")).get(0);
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asString())
                .isEqualTo(deployment().path("metadata").path("name").asString());
    }

    @Test
    void theMountsAreWhereTheImageLooks() {
        Dockerfile image = Dockerfile.read();
        assertThat(image.last("ENTRYPOINT")).isEqualTo("[\"/opt/offer-advisor/offer-advisor\", \"serve\"]");
        JsonNode pod = deployment().path("spec").path("template").path("spec");
        JsonNode container = container(deployment());

        assertThat(mountPath(container, "rules")).isEqualTo(image.option("--rules"));
        assertThat(volume(pod, "rules").path("configMap").path("name").asString()).isEqualTo("offer-advisor-rules");
        JsonNode token = volume(pod, "token").path("secret").path("items");
        assertThat(token).hasSize(1);
        assertThat(mountPath(container, "token") + "/" + token.get(0).path("path").asString())
                .isEqualTo(image.option("--token-file"));

        // the rule cache: where the image trained it, where the server looks, and the emptyDir over it seeded
        String cache = image.env("OFFER_ADVISOR_CACHE");
        assertThat(env(container, "OFFER_ADVISOR_CACHE")).isEqualTo(cache);
        assertThat(mountPath(container, "rule-cache")).isEqualTo(cache);
        assertThat(volume(pod, "rule-cache").has("emptyDir")).isTrue();
        JsonNode seed = pod.path("initContainers").get(0);
        assertThat(seed.path("image").asString()).isEqualTo(container.path("image").asString());
        assertThat(seed.path("command").get(2).asString()).isEqualTo(cache + "/.");
        assertThat(seed.path("command").get(3).asString()).isEqualTo(mountPath(seed, "rule-cache") + "/");

        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asString()).isEqualTo(image.last("USER"));
    }

    @Test
    void theRulesObjectsCarryEveryFileOfTheRulesOnceByteForByte() throws Exception {
        Rendered rendered = render(Advisors.RULES);

        assertThat(rendered.files()).containsKey("data/levels.json");
        assertSameFiles(rendered.files(), files(Advisors.RULES));
        // the Deployment applied is deployment.yaml, whose items are those of rules/, with nothing else changed
        assertThat(rendered.deployment()).isEqualTo(Files.readString(K8S.resolve("deployment.yaml")));
    }

    @Test
    void anyFileIsCarriedByteForByteAndHiddenOnesAndTheScenariosAreLeftOut(@TempDir Path dir) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("no-newline.drl", bytes("rule \"last\" end"));
        files.put("blank-lines.drl", bytes("\n\n  indented first line\n\ttab\n---\n...\n# not a comment\nend\n\n\n"));
        files.put("data/crlf.json", bytes("{\r\n  \"a\": 1\r\n}\r\n"));
        files.put("data/empty.json", new byte[0]);
        files.put("data/unicode.json", bytes("[\"— € ü 日本 😀\", \"key: value\"]\n    \n"));
        files.put("data/line-separators.json", bytes("[\"a\u0085b\u2028c\"]\n"));
        files.put("data/deeper/latin-1.json", new byte[] {'"', (byte) 0xe9, '"', 0, '\n'});
        for (var file : files.entrySet()) {
            Files.createDirectories(dir.resolve(file.getKey()).getParent());
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(dir.resolve(".market.drl.swp"), "an editor's");
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/market.json"), "{ \"scenarios\": [] }"); // the author's, not the server's
        Files.createDirectories(dir.resolve("..2026_01_01_00_00_00.1"));
        Files.writeString(dir.resolve("..2026_01_01_00_00_00.1/market.drl"), "a mounted ConfigMap's");

        assertSameFiles(render(dir).files(), files);
    }

    @Test
    void aPathNoKeyCanStandForIsRefusedBeforeAnythingIsPrinted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("market.drl"), "rule \"a\" end\n");
        Files.writeString(dir.resolve("data__market.drl"), "rule \"b\" end\n");
        Run twice = run(dir);
        assertThat(twice.status()).isEqualTo(1);
        assertThat(twice.out()).isEmpty();
        assertThat(twice.err()).contains("data__market.drl");

        Files.delete(dir.resolve("data__market.drl"));
        Files.writeString(dir.resolve("my rules.drl"), "rule \"c\" end\n");
        assertThat(run(dir).status()).isEqualTo(1);
    }

    @Test
    void theKustomizationNamesOnlyFilesThatAreHereOrThatTheScriptWrites() {
        JsonNode kustomization = read(K8S.resolve("kustomization.yaml")).get(0);
        List<String> resources = new ArrayList<>();
        kustomization.path("resources").forEach(r -> resources.add(r.asString()));
        assertThat(resources).contains("rules.yaml", "service.yaml", "hpa.yaml");
        for (String resource : resources) {
            if (!resource.equals("rules.yaml")) {
                assertThat(K8S.resolve(resource)).isRegularFile();
            }
        }
        assertThat(kustomization.path("images").get(0).path("name").asString())
                .isEqualTo(container(deployment()).path("image").asString());
    }

    /** What the script printed for a rules directory: each file as the pods would see it, and the Deployment's text. */
    private record Rendered(Map<String, byte[]> files, String deployment) {
    }

    private record Run(int status, String out, String err) {
    }

    private static Rendered render(Path rules) throws Exception {
        Run run = run(rules);
        assertThat(run.status()).as(run.err()).isZero();
        String[] documents = run.out().split("(?m)^---\n", 2);
        List<JsonNode> objects = YAML.readerFor(JsonNode.class).<JsonNode>readValues(run.out()).readAll();
        assertThat(objects).extracting(o -> o.path("kind").asString()).containsExactly("ConfigMap", "Deployment");

        Map<String, byte[]> keys = new HashMap<>();
        objects.get(0).path("data").properties()
                .forEach(e -> keys.put(e.getKey(), e.getValue().asString().getBytes(StandardCharsets.UTF_8)));
        objects.get(0).path("binaryData").properties().forEach(e -> assertThat(
                keys.put(e.getKey(), Base64.getDecoder().decode(e.getValue().asString()))).as(e.getKey()).isNull());
        // each key mounted once, at a path of its own: what kubelet would write into the rules directory
        Map<String, byte[]> mounted = new TreeMap<>();
        for (JsonNode item : volume(objects.get(1).path("spec").path("template").path("spec"), "rules")
                .path("configMap").path("items")) {
            byte[] content = keys.remove(item.path("key").asString());
            assertThat(content).as("the key of " + item).isNotNull();
            assertThat(mounted.put(item.path("path").asString(), content)).as(item.toString()).isNull();
        }
        assertThat(keys).as("keys no item mounts").isEmpty();
        return new Rendered(mounted, documents[1]);
    }

    private static Run run(Path rules) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", DEPLOY.resolve("rules-configmap.sh").toString(), rules.toString())
                .start();
        process.getOutputStream().close();
        var err = process.getErrorStream();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, new String(err.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Every file under a rules directory by its relative path, without hidden files and directories, nor scenarios/. */
    private static Map<String, byte[]> files(Path rules) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(rules)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = rules.relativize(file);
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                hidden |= relative.startsWith("scenarios");
                if (!hidden) {
                    files.put(relative.toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, content) -> assertThat(actual.get(path)).as(path).isEqualTo(content));
    }

    private static JsonNode deployment() {
        return read(K8S.resolve("deployment.yaml")).get(0);
    }

    private static List<JsonNode> read(Path file) {
        return YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll();
    }

    private static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asString().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static String mountPath(JsonNode container, String volume) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("name").asString().equals(volume)) {
                return mount.path("mountPath").asString();
            }
        }
        throw new AssertionError("no mount of " + volume);
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asString().equals(name)) {
                return variable.path("value").asString();
            }
        }
        throw new AssertionError("no variable " + name);
    }

    /** A probe's or a Service's port, a number or the name of one of the container's ports, as a number. */
    private static String port(JsonNode container, JsonNode port) {
        if (port.isNumber()) {
            return port.asString();
        }
        for (JsonNode named : container.path("ports")) {
            if (named.path("name").asString().equals(port.asString())) {
                return named.path("containerPort").asString();
            }
        }
        throw new AssertionError("no port named " + port);
    }

    private static String imagePort() {
        return Dockerfile.read().option("--port");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** deploy/Dockerfile's instructions of the runtime stage (the last), continuation lines joined. */
    private record Dockerfile(List<String[]> instructions) {
        static Dockerfile read() {
            List<String[]> instructions = new ArrayList<>();
            try {
                String text = Files.readString(DEPLOY.resolve("Dockerfile")).replaceAll("\\\\\n\\s*", " ");
                for (String line : text.split("\n")) {
                    String trimmed = line.strip();
                    if (trimmed.startsWith("FROM ")) {
                        instructions.clear();
                    } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        instructions.add(trimmed.split("\\s+", 2));
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return new Dockerfile(instructions);
        }

        String last(String instruction) {
            String found = null;
            for (String[] i : instructions) {
                if (i[0].equals(instruction)) {
                    found = i[1];
                }
            }
            assertThat(found).as(instruction).isNotNull();
            return found;
        }

        /** The value of an option in CMD, the JSON form the image's serve arguments are written in. */
        String option(String name) {
            List<String> cmd = JSON.readValue(last("CMD"), JSON.getTypeFactory()
                    .constructCollectionType(List.class, String.class));
            int at = cmd.indexOf(name);
            assertThat(at).as(name + " in CMD").isNotNegative().isLessThan(cmd.size() - 1);
            return cmd.get(at + 1);
        }

        String env(String name) {
            for (String[] i : instructions) {
                if (i[0].equals("ENV") && i[1].startsWith(name + "=")) {
                    return i[1].substring(name.length() + 1);
                }
            }
            throw new AssertionError("no ENV " + name);
        }
    }
}
