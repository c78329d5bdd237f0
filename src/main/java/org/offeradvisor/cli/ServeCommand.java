package org.offeradvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import org.offeradvisor.ReloadingOfferAdvisor;
import org.offeradvisor.http.AdviceServer;
import org.offeradvisor.report.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the advice over HTTP until stopped (Ctrl-C): POST /v1/advice, POST /v1/validate, "
                + "GET /v1/rules, GET /v1/kinds, POST /v1/admin/reload, GET /healthz, GET /readyz, GET /metrics, "
                + "GET /openapi.json and a web page at / (README, HTTP API).",
                "The rules are loaded before the server listens and reloaded when a file under them changes; a change "
                + "that does not compile keeps the last good rules serving. Only loopback is bound without a token."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any but 127.0.0.1, localhost or ::1 needs "
                    + "--token-file or --insecure-no-auth.")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the token (at least 16 characters) that /v1 routes and /metrics then need as "
                    + "Authorization: Bearer TOKEN; the admin route needs it always.")
    Path tokenFile;

    @Option(names = "--insecure-no-auth",
            description = "Serve an address beyond loopback with no token: anyone who can connect gets advice.")
    boolean insecureNoAuth;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Cases computed at once (default: the cores, at least 2).")
    Integer workers;

    @Option(names = "--max-queued", paramLabel = "N", defaultValue = "64",
            description = "Requests waiting for a worker before more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--no-reload", description = "Keep the rules loaded at start; ignore changes to the rules directory.")
    boolean noReload;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            return refuse(err, "--port must be from 0 to 65535, not " + port);
        }
        if (workers != null && workers < 1) {
            return refuse(err, "--max-concurrent must be at least 1, not " + workers);
        }
        if (queue < 0) {
            return refuse(err, "--max-queued must not be negative, not " + queue);
        }
        String token = null;
        if (tokenFile != null) {
            try {
                token = readToken(tokenFile);
            } catch (IllegalArgumentException e) {
                return refuse(err, e.getMessage());
            }
        }
        if (!AdviceServer.isLoopback(host) && token == null && !insecureNoAuth) {
            return refuse(err, AdviceServer.refusal(host));
        }
        ReloadingOfferAdvisor advisor = ReloadingOfferAdvisor.builder(rules.directory())
                .watching(!noReload)
                .onReload(reload -> log(err, describe(reload)))
                .build();
        AdviceServer.Builder builder = AdviceServer.builder(advisor).host(host).port(port).closingRules()
                .admission(workers == null ? Math.max(2, Runtime.getRuntime().availableProcessors()) : workers, queue,
                        Duration.ofSeconds(2))
                .log(line -> log(err, line));
        if (token != null) {
            builder.token(token);
        }
        if (insecureNoAuth) {
            builder.insecureNoAuth();
        }
        AdviceServer server;
        try {
            server = builder.start();
        } catch (UncheckedIOException e) {
            advisor.close();
            return refuse(err, e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "offer-advisor-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("offer-advisor: serving http://%s:%d/ with rules %s (Ctrl-C stops)%n",
                host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host, server.port(), advisor.fingerprint());
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** The token in {@code file}: its one line, without the line end; refused when missing, short or spaced. */
    static String readToken(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--token-file " + file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("--token-file " + file + ": cannot be read as one line of ASCII");
        }
        String token = text.strip();
        if (token.length() < AdviceServer.MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("--token-file " + file + ": the token must be one line of at least "
                    + AdviceServer.MIN_TOKEN_LENGTH + " printable ASCII characters, with no space");
        }
        return token;
    }

    /** A reload in one line, or several for a failed one: one per problem, as {@code validate} prints them. */
    private static String describe(ReloadingOfferAdvisor.Reload reload) {
        return switch (reload.outcome()) {
            case RELOADED -> "rules reloaded in " + reload.took().toMillis() + " ms: now " + reload.fingerprint();
            case UNCHANGED -> "rules unchanged: still " + reload.fingerprint();
            case FAILED -> "rules not reloaded, the last good ones (" + reload.fingerprint() + ") keep serving; "
                    + reload.problems().size() + " problem(s):"
                    + String.join("", reload.problems().stream().map(p -> "\n  " + p).toList());
        };
    }

    /** A line of the server's log on standard error, stamped in UTC; nothing of a case is ever in it. */
    private static synchronized void log(PrintWriter err, String text) {
        String stamp = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " offer-advisor: ";
        String[] lines = text.split("\n");
        err.println(stamp + Printable.plain(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            err.println(Printable.plain(lines[i]));
        }
        err.flush();
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("offer-advisor: " + Printable.plain(message));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
