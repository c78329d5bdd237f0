package org.offeradvisor.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.OfferAdvisor;
import org.offeradvisor.Problem;
import org.offeradvisor.report.Report;
import org.offeradvisor.validation.CaseReader;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The routes of {@link AdviceServer}, each a few lines over {@link OfferAdvisor}. */
final class AdviceRoutes {
    static final String LIST = "POST /v1/advice, POST /v1/validate, GET /healthz, GET /readyz, GET / (the web page), "
            + "GET /v1/examples and GET /v1/examples/{name}";

    private final OfferAdvisor advisor;

    AdviceRoutes(OfferAdvisor advisor) {
        this.advisor = advisor;
    }

    void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/v1/advice", this::advice);
        routes.post("/v1/validate", this::validate);
        routes.get("/healthz", ctx -> Responses.json(ctx, 200, Map.of("status", "ok")));
        routes.get("/readyz", this::ready);
    }

    /**
     * The method a path takes, for the {@code Allow} header of a 405: POST for the /v1 routes but the examples, GET for
     * the examples, the web page and the probes.
     */
    static String allowed(String path) {
        return path.startsWith("/v1/") && !path.startsWith("/v1/examples") ? "POST" : "GET";
    }

    private void advice(Context ctx) throws IOException {
        boolean explain = explain(ctx);
        byte[] caseJson = caseBody(ctx);
        Report report;
        try {
            report = explain ? advisor.explain(caseJson) : advisor.advise(caseJson);
        } catch (InvalidCaseException e) {
            throw new HttpProblem(400, HttpProblem.INVALID_CASE, "Invalid case",
                    e.problems().size() + " problem(s) in the case; nothing was advised", e.problems());
        }
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept").toLowerCase(Locale.ROOT);
        ctx.header("Vary", "Accept");
        if (accept.contains("text/html")) {
            Responses.send(ctx, 200, "text/html;charset=utf-8", OfferAdvisor.toHtml(report));
        } else if (accept.contains("text/markdown")) {
            Responses.send(ctx, 200, "text/markdown;charset=utf-8", OfferAdvisor.toMarkdown(report));
        } else {
            Responses.send(ctx, 200, Responses.JSON, OfferAdvisor.toJson(report));
        }
    }

    /** 200 whether or not the case is valid: its problems are the answer, not an error of the request. */
    private void validate(Context ctx) throws IOException {
        List<Problem> problems = advisor.validate(caseBody(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", problems.isEmpty());
        body.put("problems", HttpProblem.problems(problems));
        Responses.json(ctx, 200, body);
    }

    /** The rules are loaded before the server starts, so it is ready as soon as it listens. */
    private void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("fingerprint", advisor.fingerprint());
        Responses.json(ctx, 200, body);
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
