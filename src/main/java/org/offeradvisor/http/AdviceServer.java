package org.offeradvisor.http;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.ReloadingOfferAdvisor;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.validation.CaseReader;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.util.JavalinBindException;

/**
 * Offer Advisor over HTTP: a thin adapter over an {@link OfferAdvisor}, or over a {@link ReloadingOfferAdvisor} whose
 * rules follow their directory; the rules are loaded before it starts.
 *
 * <pre>{@code
 * try (AdviceServer server = AdviceServer.builder(OfferAdvisor.fromRules(Path.of("rules"))).port(0).start()) {
 *     URI advice = URI.create("http://127.0.0.1:" + server.port() + "/v1/advice");
 * }
 * }</pre>
 *
 * Routes: see {@link AdviceRoutes#LIST} and the OpenAPI document at {@code /openapi.json}. Every error is an RFC 9457
 * problem, never a stack trace. A loopback address is bound unless told otherwise; any other needs a token (or an
 * explicit choice of no authentication). The log says what the server did (start, reloads, failures), with request
 * ids and timings, never a case's content.
 */
public final class AdviceServer implements AutoCloseable {
    /** A connection that sends nothing for this long is closed, however slowly a client means to send a case. */
    static final long IDLE_TIMEOUT_MILLIS = 30_000;
    /** The shortest token accepted: shorter ones can be guessed. */
    public static final int MIN_TOKEN_LENGTH = 16;
    private static final HttpProblem NOT_FOUND = HttpProblem.plain(404, "Not Found",
            "no such route; the routes are " + AdviceRoutes.LIST);
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private final Javalin app;
    private final ReloadingOfferAdvisor owned;

    private AdviceServer(Javalin app, ReloadingOfferAdvisor owned) {
        this.app = app;
        this.owned = owned;
    }

    /** Serves {@code advisor} on {@code host} (a loopback address) and {@code port} (0: any free port), with defaults. */
    public static AdviceServer start(OfferAdvisor advisor, String host, int port) {
        return builder(advisor).host(host).port(port).start();
    }

    /** A server of fixed rules. */
    public static Builder builder(OfferAdvisor advisor) {
        Objects.requireNonNull(advisor, "advisor must not be null");
        return new Builder(null, advisor);
    }

    /**
     * A server whose rules follow {@code rules}: each request is advised with the rules serving when it arrived, and
     * {@code POST /v1/admin/reload} reloads them. Closing the server does not close {@code rules}.
     */
    public static Builder builder(ReloadingOfferAdvisor rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        return new Builder(rules, null);
    }

    /** Whether {@code host} names this machine's loopback interface, which needs no token. */
    public static boolean isLoopback(String host) {
        return LOOPBACK.contains(host);
    }

    /** Why {@code host} is not bound without a token, in one line. */
    public static String refusal(String host) {
        return "binding " + host + " exposes the advice beyond this machine: give --token-file FILE (clients send "
                + "Authorization: Bearer TOKEN), or --insecure-no-auth to serve it to anyone who can connect";
    }

    /** The port listened on: the one asked for, or the free one chosen for port 0. */
    public int port() {
        return app.port();
    }

    /**
     * The routes the server really has, as {@code "METHOD /path"} with Javalin's {@code {name}} path parameters, which
     * are OpenAPI's too: what OpenApiConformanceTest compares the document's paths with.
     */
    SortedSet<String> routes() {
        SortedSet<String> routes = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .forEach(endpoint -> routes.add(endpoint.method.name() + " " + endpoint.path));
        return routes;
    }

    /** Waits until the server is stopped by {@link #close()}, from another thread or a shutdown hook. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        if (owned != null) {
            owned.close();
        }
    }

    /** Options of an {@link AdviceServer}; {@link #start()} binds and serves. */
    public static final class Builder {
        private final ReloadingOfferAdvisor reloading;
        private final OfferAdvisor fixed;
        private String host = "127.0.0.1";
        private int port = 8080;
        private byte[] token;
        private boolean insecureNoAuth;
        private int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int queue = 64;
        private Duration maxWait = Duration.ofSeconds(2);
        private Consumer<String> log = line -> { };
        private boolean closeRules;

        private Builder(ReloadingOfferAdvisor reloading, OfferAdvisor fixed) {
            this.reloading = reloading;
            this.fixed = fixed;
        }

        /** The address to bind (default 127.0.0.1); one beyond loopback needs {@link #token} or {@link #insecureNoAuth}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host must not be null");
            return this;
        }

        /** The port (default 8080; 0: any free port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The token every {@code /v1} route and {@code /metrics} then need, as {@code Authorization: Bearer TOKEN};
         * the admin routes need it always. At least {@value #MIN_TOKEN_LENGTH} characters, no white space.
         */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token must not be null");
            if (token.length() < MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("the token must be at least " + MIN_TOKEN_LENGTH
                        + " printable ASCII characters, with no space");
            }
            this.token = token.getBytes(StandardCharsets.US_ASCII);
            return this;
        }

        /** Serves a non-loopback address with no token: anyone who can connect gets advice (the admin routes stay off). */
        public Builder insecureNoAuth() {
            this.insecureNoAuth = true;
            return this;
        }

        /**
         * The bounded queue: at most {@code workers} cases computed at once (default: the cores, at least 2), at most
         * {@code queue} more waiting (default 64), none longer than {@code maxWait} (default 2 s); beyond that, 503.
         */
        public Builder admission(int workers, int queue, Duration maxWait) {
            new Admission(workers, queue, maxWait); // checks them
            this.workers = workers;
            this.queue = queue;
            this.maxWait = maxWait;
            return this;
        }

        /** Where the server's log lines go (default: nowhere): start, reloads and failures; never a case's content. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log must not be null");
            return this;
        }

        /** Closing the server also stops the watching of the {@link ReloadingOfferAdvisor} it serves. */
        public Builder closingRules() {
            this.closeRules = true;
            return this;
        }

        /**
         * Binds and serves. A host beyond loopback with neither a token nor {@link #insecureNoAuth} is an
         * {@link IllegalArgumentException}; a port that cannot be bound an {@link UncheckedIOException} whose cause is
         * a {@link BindException}.
         */
        public AdviceServer start() {
            if (!isLoopback(host) && token == null && !insecureNoAuth) {
                throw new IllegalArgumentException(refusal(host));
            }
            Metrics metrics = new Metrics();
            Admission admission = new Admission(workers, queue, maxWait);
            AdviceRoutes routes = new AdviceRoutes(reloading, fixed, admission, metrics, log);
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.http.maxRequestSize = CaseReader.MAX_BYTES;
                config.http.prefer405over404 = true;
                config.jetty.addConnector((server, http) -> {
                    http.setSendServerVersion(false);
                    // Jetty's per-connection header cache matches a repeated header regardless of case, value included:
                    // on a kept-alive connection, "Bearer S3CRET" after "Bearer s3cret" reads as the cached s3cret and
                    // passes the token check. With no cache each header is read as sent (AdviceServerAuthTest).
                    http.setHeaderCacheSize(0);
                    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(host);
                    connector.setPort(port);
                    connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                    return connector;
                });
                config.router.javaLangErrorHandler((response, error) -> Responses.unexpected(response));
                config.requestLogger.http((ctx, millis) -> routes.finished(ctx, millis));
                config.routes.before(ctx -> {
                    ctx.header("X-Request-Id", AdviceRoutes.requestId(ctx));
                    authorize(ctx);
                });
                routes.addTo(config.routes);
                WebPage.addTo(config.routes);
                config.routes.exception(HttpProblem.class, (problem, ctx) -> Responses.problem(ctx, problem));
                config.routes.exception(RulesFailedException.class, (e, ctx) -> {
                    log.accept("request " + AdviceRoutes.requestId(ctx) + " " + ctx.path() + ": 500, a rule failed: "
                            + e.problems().get(0).where());
                    Responses.problem(ctx, Responses.RULES_FAILED);
                });
                config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                    if (e.getStatus() == 405) {
                        ctx.header("Allow", AdviceRoutes.allowed(ctx.path()));
                    }
                    Responses.problem(ctx, fromJavalin(e));
                });
                config.routes.exception(Exception.class, (e, ctx) -> {
                    log.accept("request " + AdviceRoutes.requestId(ctx) + " " + ctx.path() + ": 500, "
                            + e.getClass().getName());
                    Responses.problem(ctx, Responses.UNEXPECTED);
                });
                config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                    if (!Responses.isProblem(ctx)) { // a route's own 404 (an unknown example) already says what is missing
                        Responses.problem(ctx, NOT_FOUND);
                    }
                });
            });
            try {
                app.start();
            } catch (JavalinBindException e) {
                app.stop();
                BindException bind = new BindException("cannot listen on " + host + ":" + port + ": "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
                throw new UncheckedIOException(bind.getMessage(), bind);
            }
            log.accept("serving http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":"
                    + app.port() + "/ with rules " + routes.advisor().fingerprint() + (token != null ? ", token required"
                    : isLoopback(host) ? ", loopback only" : ", NO AUTHENTICATION (--insecure-no-auth)")
                    + (reloading != null ? ", reloading on change" : "") + "; " + workers + " workers, queue " + queue);
            return new AdviceServer(app, closeRules ? reloading : null);
        }

        /**
         * Refuses a request without the token where one is needed: {@code /v1} (but the examples) and {@code /metrics}
         * when the server has a token; the admin routes always, with 403 when the server has none to check.
         */
        private void authorize(Context ctx) {
            String path = ctx.path();
            boolean admin = path.startsWith("/v1/admin/");
            if (admin && token == null) {
                throw HttpProblem.plain(403, "Forbidden",
                        "the admin routes need a token: start the server with --token-file FILE");
            }
            boolean needed = token != null && (admin || path.equals("/metrics")
                    || path.startsWith("/v1/") && !path.startsWith("/v1/examples"));
            if (needed && !bearerMatches(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"offer-advisor\"");
                throw HttpProblem.plain(401, "Unauthorized",
                        "this route needs the server's token, sent as Authorization: Bearer TOKEN");
            }
        }

        /** Compares in constant time, so that the time of a refusal does not tell how much of a guess was right. */
        private boolean bearerMatches(String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return false;
            }
            byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(given, token);
        }
    }

    /** Javalin's own refusals (405, 413) as problems, with a detail of ours and no echo of the request. */
    private static HttpProblem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 405 -> HttpProblem.plain(405, "Method Not Allowed", "this route does not take that method; the routes are "
                    + AdviceRoutes.LIST);
            case 404 -> NOT_FOUND;
            case 413 -> Responses.TOO_LARGE;
            default -> e.getStatus() >= 500 ? Responses.UNEXPECTED
                    : HttpProblem.plain(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(),
                            HttpStatus.forStatus(e.getStatus()).getMessage());
        };
    }
}
