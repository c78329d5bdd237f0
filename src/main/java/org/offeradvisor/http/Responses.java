package org.offeradvisor.http;

import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;

import org.offeradvisor.validation.CaseReader;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes a response body: JSON documents and problems, UTF-8. */
final class Responses {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final HttpProblem TOO_LARGE = HttpProblem.plain(413, "Content Too Large",
            "the case is more than " + CaseReader.MAX_BYTES + " bytes; the limit is " + CaseReader.MAX_BYTES + " (1 MiB)");
    /** Whatever failed unexpectedly, told without its internals: those stay in the server. */
    static final HttpProblem UNEXPECTED = HttpProblem.plain(500, "Internal Server Error",
            "the server failed on this request; nothing about the failure is given here");

    /** The case was valid but a rule failed on it: the rules' fault, told without naming the rule's insides. */
    static final HttpProblem RULES_FAILED = new HttpProblem(500, "urn:offer-advisor:problem:rules-failed",
            "Rules failed", "a rule failed on this valid case; the same case given to offer-advisor advise names it",
            List.of());

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Responses() {
    }

    static void json(Context ctx, int status, Object document) {
        send(ctx, status, JSON, MAPPER.writeValueAsString(document));
    }

    static void send(Context ctx, int status, String contentType, String body) {
        ctx.status(status).contentType(contentType).result(body.getBytes(StandardCharsets.UTF_8));
    }

    static void problem(Context ctx, HttpProblem problem) {
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(problem.bytes());
    }

    /** The problem document's bytes. */
    static byte[] document(HttpProblem problem) {
        return MAPPER.writeValueAsBytes(problem.body());
    }

    /** Whether the response is already a problem, written by a route or an exception handler. */
    static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(PROBLEM_JSON);
    }

    /** A 500 written straight to the servlet response, for an {@link Error} that Javalin hands over no context for. */
    static void unexpected(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        try {
            byte[] body = MAPPER.writeValueAsBytes(UNEXPECTED.body());
            response.resetBuffer();
            response.setStatus(500);
            response.setContentType(PROBLEM_JSON);
            response.getOutputStream().write(body);
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already started: there is no one left to tell
        }
    }
}
