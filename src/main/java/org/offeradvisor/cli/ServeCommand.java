package org.offeradvisor.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.http.AdviceServer;
import org.offeradvisor.report.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the advice over HTTP until stopped (Ctrl-C): POST /v1/advice, POST /v1/validate, "
                + "GET /healthz, GET /readyz (README, HTTP API).",
                "The rules are loaded before the server listens; only a loopback address is bound."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on: 127.0.0.1, localhost or ::1 (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!AdviceServer.isLoopback(host)) {
            return refuse(err, AdviceServer.refusal(host));
        }
        if (port < 0 || port > 65535) {
            return refuse(err, "--port must be from 0 to 65535, not " + port);
        }
        OfferAdvisor advisor = OfferAdvisor.fromRules(rules.directory());
        AdviceServer server;
        try {
            server = AdviceServer.start(advisor, host, port);
        } catch (UncheckedIOException e) {
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

    private static int refuse(PrintWriter err, String message) {
        err.println("offer-advisor: " + Printable.plain(message));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
