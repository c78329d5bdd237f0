package org.offeradvisor.http;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.validation.CaseReader;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinBindException;

/**
 * Offer Advisor over HTTP: a thin adapter over one {@link OfferAdvisor}, whose rules are loaded before it starts.
 *
 * <pre>{@code
 * try (AdviceServer server = AdviceServer.start(OfferAdvisor.fromRules(Path.of("rules")), "127.0.0.1", 0)) {
 *     URI advice = URI.create("http://127.0.0.1:" + server.port() + "/v1/advice");
 * }
 * }</pre>
 *
 * Routes: {@code POST /v1/advice}, {@code POST /v1/validate}, {@code GET /healthz}, {@code GET /readyz}. Every error
 * is an RFC 9457 problem, never a stack trace; nothing is logged. Only a loopback address can be bound until token
 * authentication exists.
 */
public final class AdviceServer implements AutoCloseable {
    /** A connection that sends nothing for this long is closed, however slowly a client means to send a case. */
    static final long IDLE_TIMEOUT_MILLIS = 30_000;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private final Javalin app;

    private AdviceServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code advisor} on {@code host} (a loopback address) and {@code port} (0: any free port, see
     * {@link #port()}). A port that cannot be bound is an {@link UncheckedIOException} whose cause is a
     * {@link BindException}.
     */
    public static AdviceServer start(OfferAdvisor advisor, String host, int port) {
        Objects.requireNonNull(advisor, "advisor must not be null");
        Objects.requireNonNull(host, "host must not be null");
        if (!isLoopback(host)) {
            throw new IllegalArgumentException(refusal(host));
        }
        AdviceRoutes routes = new AdviceRoutes(advisor);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = CaseReader.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                return connector;
            });
            config.router.javaLangErrorHandler((response, error) -> Responses.unexpected(response));
            routes.addTo(config.routes);
            WebPage.addTo(config.routes);
            config.routes.exception(HttpProblem.class, (problem, ctx) -> Responses.problem(ctx, problem));
            config.routes.exception(RulesFailedException.class, (e, ctx) -> Responses.problem(ctx, Responses.RULES_FAILED));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 405) {
                    ctx.header("Allow", AdviceRoutes.allowed(ctx.path()));
                }
                Responses.problem(ctx, fromJavalin(e));
            });
            config.routes.exception(Exception.class, (e, ctx) -> Responses.problem(ctx, Responses.UNEXPECTED));
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> Responses.problem(ctx, HttpProblem.plain(404, "Not Found",
                    "no such route; the routes are " + AdviceRoutes.LIST)));
        });
        try {
            return new AdviceServer(app.start());
        } catch (JavalinBindException e) {
            app.stop();
            BindException bind = new BindException("cannot listen on " + host + ":" + port + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            throw new UncheckedIOException(bind.getMessage(), bind);
        }
    }

    /** Whether {@code host} names this machine's loopback interface, the only one this version binds. */
    public static boolean isLoopback(String host) {
        return LOOPBACK.contains(host);
    }

    /** Why {@code host} is not bound, in one line. */
    public static String refusal(String host) {
        return "serve binds only 127.0.0.1, localhost or ::1, not " + host
                + ": token authentication, which any other address needs, is not built yet";
    }

    /** The port listened on: the one asked for, or the free one chosen for port 0. */
    public int port() {
        return app.port();
    }

    /** Waits until the server is stopped by {@link #close()}, from another thread or a shutdown hook. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Javalin's own refusals (405, 413) as problems, with a detail of ours and no echo of the request. */
    private static HttpProblem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 405 -> HttpProblem.plain(405, "Method Not Allowed", "this route does not take that method; the routes are "
                    + AdviceRoutes.LIST);
            case 413 -> Responses.TOO_LARGE;
            default -> e.getStatus() >= 500 ? Responses.UNEXPECTED
                    : HttpProblem.plain(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(),
                            HttpStatus.forStatus(e.getStatus()).getMessage());
        };
    }
}
