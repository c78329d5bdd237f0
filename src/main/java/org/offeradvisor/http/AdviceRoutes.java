package org.offeradvisor.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;
import org.offeradvisor.ReloadingOfferAdvisor;
import org.offeradvisor.engine.RuleInfo;
import org.offeradvisor.report.Report;
import org.offeradvisor.validation.CaseReader;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The routes of {@link AdviceServer}, each a few lines over {@link OfferAdvisor}. */
final class AdviceRoutes {
    static final String LIST = "POST /v1/advice, POST /v1/validate, GET /v1/rules, GET /v1/kinds, "
            + "POST /v1/admin/reload, GET /healthz, GET /readyz, GET /metrics, GET /openapi.json, GET / (the web page), "
            + "GET /v1/examples and GET /v1/examples/{name}";
    /** The server's own paths, the only route names in the metrics: anything else is {@code unmatched}. */
    private static final Set<String> ROUTES = Set.of("/v1/advice", "/v1/validate", "/v1/rules", "/v1/kinds",
            "/v1/admin/reload", "/healthz", "/readyz", "/metrics", "/openapi.json", "/", "/v1/examples");
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String REQUEST_ID = "offer-advisor.request-id";
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final HttpProblem OVERLOADED = HttpProblem.plain(503, "Service Unavailable",
            "the server is computing as many cases as it can and its queue is full; retry after "
                    + Admission.RETRY_AFTER_SECONDS + " s");

    private final ReloadingOfferAdvisor reloading;
    private final OfferAdvisor fixed;
    private final Admission admission;
    private final Metrics metrics;
    private final Consumer<String> log;
    private final byte[] openApi = OpenApiDocument.bytes();

    AdviceRoutes(ReloadingOfferAdvisor reloading, OfferAdvisor fixed, Admission admission, Metrics metrics,
                 Consumer<String> log) {
        this.reloading = reloading;
        this.fixed = fixed;
        this.admission = admission;
        this.metrics = metrics;
        this.log = log;
    }

    void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/v1/advice", this::advice);
        routes.post("/v1/validate", this::validate);
        routes.get("/v1/rules", this::rules);
        routes.get("/v1/kinds", this::kinds);
        routes.post("/v1/admin/reload", this::reload);
        routes.get("/healthz", ctx -> Responses.json(ctx, 200, Map.of("status", "ok")));
        routes.get("/readyz", this::ready);
        routes.get("/metrics", ctx -> Responses.send(ctx, 200, Metrics.CONTENT_TYPE,
                metrics.render(status(), reloading != null, admission.inFlight(), admission.queued())));
        routes.get("/openapi.json", ctx -> ctx.status(200).contentType(Responses.JSON).result(openApi));
    }

    /** The rules serving now: each request takes them once, so a reload never changes them under it. */
    OfferAdvisor advisor() {
        return reloading != null ? reloading.current() : fixed;
    }

    /** The method a path takes, for the {@code Allow} header of a 405. */
    static String allowed(String path) {
        return switch (path) {
            case "/v1/advice", "/v1/validate", "/v1/admin/reload" -> "POST";
            default -> "GET";
        };
    }

    /**
     * The request's id, for the log and the {@code X-Request-Id} header: the client's own when it sent a plain one (so
     * that a portal can follow a request through both logs), else a number of the server's.
     */
    static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        if (id == null) {
            String given = ctx.header("X-Request-Id");
            id = given != null && CLIENT_REQUEST_ID.matcher(given).matches() ? given : "r" + REQUESTS.incrementAndGet();
            ctx.attribute(REQUEST_ID, id);
        }
        return id;
    }

    /** Counts a finished request in the metrics, under its route's name, never the path the client sent. */
    void finished(Context ctx, float millis) {
        String path = ctx.path();
        String route = ROUTES.contains(path) ? path : path.startsWith("/v1/examples/") ? "/v1/examples/{name}" : "unmatched";
        String method = ctx.method().name();
        metrics.record(route, method.matches("[A-Z]{1,10}") ? method : "OTHER", ctx.statusCode(), millis / 1000.0);
    }

    private void advice(Context ctx) throws IOException, InterruptedException {
        boolean explain = explain(ctx);
        refuseIfFull(ctx);
        byte[] caseJson = caseBody(ctx);
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept").toLowerCase(Locale.ROOT);
        OfferAdvisor advisor = advisor();
        String body;
        String type;
        admit(ctx);
        try {
            Report report;
            try {
                report = explain ? advisor.explain(caseJson) : advisor.advise(caseJson);
            } catch (InvalidCaseException e) {
                throw new HttpProblem(400, HttpProblem.INVALID_CASE, "Invalid case",
                        e.problems().size() + " problem(s) in the case; nothing was advised", e.problems());
            }
            if (accept.contains("text/html")) {
                type = "text/html;charset=utf-8";
                body = OfferAdvisor.toHtml(report);
            } else if (accept.contains("text/markdown")) {
                type = "text/markdown;charset=utf-8";
                body = OfferAdvisor.toMarkdown(report);
            } else {
                type = Responses.JSON;
                body = OfferAdvisor.toJson(report);
            }
        } finally {
            admission.exit();
        }
        ctx.header("Vary", "Accept");
        ctx.header("X-Rules-Fingerprint", advisor.fingerprint());
        Responses.send(ctx, 200, type, body);
    }

    /** 200 whether or not the case is valid: its problems are the answer, not an error of the request. */
    private void validate(Context ctx) throws IOException, InterruptedException {
        refuseIfFull(ctx);
        byte[] caseJson = caseBody(ctx);
        OfferAdvisor advisor = advisor();
        List<Problem> problems;
        admit(ctx);
        try {
            problems = advisor.validate(caseJson);
        } finally {
            admission.exit();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", problems.isEmpty());
        body.put("problems", HttpProblem.problems(problems));
        Responses.json(ctx, 200, body);
    }

    /** Takes a worker, or refuses the request with 503 and {@code Retry-After} when the queue is full. */
    private void admit(Context ctx) throws InterruptedException {
        if (!admission.enter()) {
            throw overloaded(ctx);
        }
    }

    /** Refuses a request at once, its body unread, when the queue is already full (see {@link Admission#full()}). */
    private void refuseIfFull(Context ctx) {
        if (admission.full()) {
            throw overloaded(ctx);
        }
    }

    private HttpProblem overloaded(Context ctx) {
        metrics.overloaded();
        ctx.header("Retry-After", String.valueOf(Admission.RETRY_AFTER_SECONDS));
        return OVERLOADED;
    }

    /** The rules serving: their fingerprint, benchmark date and every rule with its place and advice metadata. */
    private void rules(Context ctx) {
        OfferAdvisor advisor = advisor();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fingerprint", advisor.fingerprint());
        body.put("benchmarksAsOf", advisor.benchmarksAsOf());
        List<RuleInfo> rules = advisor.rules();
        body.put("ruleCount", rules.size());
        body.put("rules", rules.stream().map(rule -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", rule.name());
            one.put("file", rule.file());
            one.put("line", rule.line());
            one.put("adviceId", rule.adviceId());
            one.put("category", rule.category());
            one.put("priority", rule.priority());
            one.put("source", rule.source());
            return one;
        }).toList());
        Responses.json(ctx, 200, body);
    }

    /** The documented advice kinds of the rules serving. */
    private void kinds(Context ctx) {
        OfferAdvisor advisor = advisor();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fingerprint", advisor.fingerprint());
        body.put("kinds", advisor.adviceKinds().stream().map(kind -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", kind.id());
            one.put("category", kind.category());
            one.put("priority", kind.priority());
            one.put("summary", kind.summary());
            return one;
        }).toList());
        Responses.json(ctx, 200, body);
    }

    /**
     * Reloads the rules now: 200 with the outcome when the rules serving are those of the directory (reloaded or
     * unchanged), 422 with the problems when the directory's rules do not compile (the last good ones keep serving),
     * 409 for a server whose rules are fixed.
     */
    private void reload(Context ctx) {
        if (reloading == null) {
            throw HttpProblem.plain(409, "Conflict", "this server serves fixed rules; it was not started to reload them");
        }
        ReloadingOfferAdvisor.Reload reload = reloading.reload();
        if (reload.outcome() == ReloadingOfferAdvisor.Outcome.FAILED) {
            throw new HttpProblem(422, "urn:offer-advisor:problem:invalid-rules", "Invalid rules",
                    "the rules directory does not compile; the last good rules (" + reload.fingerprint()
                            + ") keep serving", reload.problems());
        }
        Responses.json(ctx, 200, reloadBody(reload));
    }

    /** Ready as soon as it listens (the rules load first); the detail tells the rules serving and the last reload. */
    private void ready(Context ctx) {
        ReloadingOfferAdvisor.Status status = status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("fingerprint", status.fingerprint());
        body.put("reloading", reloading != null);
        if (status.last() != null) {
            body.put("lastReload", reloadBody(status.last()));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("reloaded", status.reloaded());
        counts.put("unchanged", status.unchanged());
        counts.put("failed", status.failed());
        body.put("reloads", counts);
        Responses.json(ctx, 200, body);
    }

    private ReloadingOfferAdvisor.Status status() {
        return reloading != null ? reloading.status() : new ReloadingOfferAdvisor.Status(fixed.fingerprint(), null, 0, 0, 0);
    }

    private static Map<String, Object> reloadBody(ReloadingOfferAdvisor.Reload reload) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", reload.outcome().name().toLowerCase(Locale.ROOT));
        body.put("fingerprint", reload.fingerprint());
        body.put("attempted", reload.attempted());
        body.put("at", reload.at().toString());
        body.put("millis", reload.took().toMillis());
        body.put("problems", HttpProblem.problems(reload.problems()));
        return body;
    }

    private static boolean explain(Context ctx) {
        String explain = ctx.queryParam("explain");
        if (explain == null || explain.equals("false")) {
            return false;
        }
        if (explain.equals("true")) {
            return true;
        }
        throw HttpProblem.plain(400, "Bad Request", "explain must be true or false");
    }

    /**
     * The request's case: JSON, at most 1 MiB whatever the Content-Length says, read no further than that. A body just
     * over the limit is read (to 1 MiB and a byte) before the 413, so that a client still sending it reads the answer
     * instead of finding the connection closed under it.
     */
    private static byte[] caseBody(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].strip();
        if (!type.equalsIgnoreCase(Responses.JSON)) {
            throw HttpProblem.plain(415, "Unsupported Media Type", "the case must be sent as application/json");
        }
        byte[] body = ctx.bodyInputStream().readNBytes(CaseReader.MAX_BYTES + 1);
        if (body.length > CaseReader.MAX_BYTES) {
            throw Responses.TOO_LARGE;
        }
        return body;
    }
}
