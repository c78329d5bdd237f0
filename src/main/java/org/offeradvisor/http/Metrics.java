package org.offeradvisor.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.offeradvisor.ReloadingOfferAdvisor;

/**
 * The server's counters, written as Prometheus' text exposition format (version 0.0.4) for {@code GET /metrics}:
 * requests by route, method and status, a latency histogram by route, requests in flight and refused for overload,
 * and the rules: the fingerprint serving and the reloads by outcome. Routes are the server's own paths, never what a
 * client sent, so the series stay few whatever is requested.
 */
final class Metrics {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Upper bounds of the latency buckets, in seconds: from a warm advice (about 1 ms) to a request that queued. */
    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final LongAdder overloaded = new LongAdder();

    /** Counts a finished request of {@code route} (a path of the server's, or {@code unmatched}). */
    void record(String route, String method, int status, double seconds) {
        requests.computeIfAbsent(route + "\u0000" + method + "\u0000" + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(seconds);
    }

    void overloaded() {
        overloaded.increment();
    }

    /** The exposition: the rules' series come from {@code status} ({@code reloads} false: a server that never reloads). */
    String render(ReloadingOfferAdvisor.Status status, boolean reloads, int inFlight, int queued) {
        StringBuilder out = new StringBuilder(4096);
        help(out, "offer_advisor_http_requests_total", "counter", "HTTP requests answered, by route, method and status.");
        new TreeMap<>(requests).forEach((key, count) -> {
            String[] parts = key.split("\u0000", 3);
            out.append("offer_advisor_http_requests_total{route=\"").append(parts[0]).append("\",method=\"")
                    .append(parts[1]).append("\",status=\"").append(parts[2]).append("\"} ").append(count.sum()).append('\n');
        });
        help(out, "offer_advisor_http_request_duration_seconds", "histogram",
                "Time from the request's arrival to its answer, queueing included, by route.");
        new TreeMap<>(latency).forEach((route, histogram) -> histogram.render(out, route));
        help(out, "offer_advisor_http_requests_in_flight", "gauge", "Advice and validation requests being computed.");
        out.append("offer_advisor_http_requests_in_flight ").append(inFlight).append('\n');
        help(out, "offer_advisor_http_requests_queued", "gauge", "Advice and validation requests waiting for a worker.");
        out.append("offer_advisor_http_requests_queued ").append(queued).append('\n');
        help(out, "offer_advisor_http_overloaded_total", "counter",
                "Requests refused with 503 because the queue was full or they waited too long.");
        out.append("offer_advisor_http_overloaded_total ").append(overloaded.sum()).append('\n');
        help(out, "offer_advisor_rules_info", "gauge", "The rule set serving, by fingerprint (always 1).");
        out.append("offer_advisor_rules_info{fingerprint=\"").append(status.fingerprint()).append("\"} 1\n");
        help(out, "offer_advisor_rule_reloads_total", "counter", "Rule reloads, by outcome.");
        out.append("offer_advisor_rule_reloads_total{outcome=\"reloaded\"} ").append(status.reloaded()).append('\n');
        out.append("offer_advisor_rule_reloads_total{outcome=\"unchanged\"} ").append(status.unchanged()).append('\n');
        out.append("offer_advisor_rule_reloads_total{outcome=\"failed\"} ").append(status.failed()).append('\n');
        help(out, "offer_advisor_rules_reload_failing", "gauge",
                "1 while the rules directory holds a change that does not compile (the last good rules serve), else 0.");
        out.append("offer_advisor_rules_reload_failing ").append(status.healthy() ? 0 : 1).append('\n');
        help(out, "offer_advisor_rules_watched", "gauge", "1 when the server reloads its rules on a change, else 0.");
        out.append("offer_advisor_rules_watched ").append(reloads ? 1 : 0).append('\n');
        return out.toString();
    }

    private static void help(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** A latency histogram: a count per bucket (not cumulative until rendered), the sum in nanoseconds. */
    private static final class Histogram {
        private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length + 1);
        private final LongAdder sumNanos = new LongAdder();

        void observe(double seconds) {
            int bucket = 0;
            while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]) {
                bucket++;
            }
            counts.incrementAndGet(bucket);
            sumNanos.add((long) (seconds * 1e9));
        }

        void render(StringBuilder out, String route) {
            long cumulative = 0;
            for (int i = 0; i <= BUCKETS.length; i++) {
                cumulative += counts.get(i);
                String le = i == BUCKETS.length ? "+Inf" : String.format(Locale.ROOT, "%s", BUCKETS[i]);
                out.append("offer_advisor_http_request_duration_seconds_bucket{route=\"").append(route)
                        .append("\",le=\"").append(le).append("\"} ").append(cumulative).append('\n');
            }
            out.append("offer_advisor_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(String.format(Locale.ROOT, "%.6f", sumNanos.sum() / 1e9)).append('\n');
            out.append("offer_advisor_http_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(cumulative).append('\n');
        }
    }
}
