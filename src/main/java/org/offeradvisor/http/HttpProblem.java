package org.offeradvisor.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offeradvisor.Problem;

/**
 * A response refused with an RFC 9457 problem ({@code application/problem+json}): its status, type, title, a detail
 * meant for the caller, and for a bad case the problems, each with the JSON path and the message the command line
 * prints. Thrown by a route and written by the server; it never carries a stack trace.
 */
final class HttpProblem extends RuntimeException {
    static final String INVALID_CASE = "urn:offer-advisor:problem:invalid-case";
    /** RFC 9457's type for a problem whose status says it all. */
    static final String PLAIN = "about:blank";

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem> problems;
    private volatile byte[] bytes;

    HttpProblem(int status, String type, String title, String detail, List<Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    /** A problem of HTTP alone: the status and its reason phrase say what it is. */
    static HttpProblem plain(int status, String title, String detail) {
        return new HttpProblem(status, PLAIN, title, detail, List.of());
    }

    int status() {
        return status;
    }

    /**
     * The document as bytes, written once: the same problem (a 503 under overload, a 401) is answered thousands of
     * times a second, and a refusal should cost less than the work it refuses.
     */
    byte[] bytes() {
        byte[] document = bytes;
        if (document == null) {
            document = Responses.document(this);
            bytes = document;
        }
        return document;
    }

    /** The problem document, members in RFC 9457's order. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        if (!problems.isEmpty()) {
            body.put("problems", problems(problems));
        }
        return body;
    }

    /** Each problem as {@code {"path": ..., "message": ...}}, the two fields exactly as the case's reader gave them. */
    static List<Map<String, String>> problems(List<Problem> problems) {
        return problems.stream().map(p -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("path", p.where());
            one.put("message", p.message());
            return one;
        }).toList();
    }
}
