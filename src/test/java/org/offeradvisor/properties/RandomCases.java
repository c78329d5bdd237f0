package org.offeradvisor.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random cases for the property tests, each drawn from a seed so that a failure is reproduced by its seed: valid cases
 * across the whole contract (docs/CONTRACT.md §1), and mutations of them that break it in one place.
 */
final class RandomCases {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> LEVELS = List.of("L3", "L4", "L5", "L6", "L7", "L8", "senior", "E5", "ic4", "STAFF");
    private static final List<String> COMPANIES = List.of("Google", "Meta", "Netflix", "Stripe", "Databricks", "Acme",
            "Tiny Co", "Zürich Systems");
    private static final List<String> COMPANY_TYPES = List.of("FAANG", "HIGH_GROWTH", "STARTUP", "OTHER");
    private static final List<String> STARTUP_STAGES = List.of("SEED_A", "GROWTH_B_C", "LATE_PRE_IPO");
    private static final List<String> SPECIALIZATIONS = List.of("GENERALIST", "INFRASTRUCTURE", "PLATFORM",
            "DISTRIBUTED_SYSTEMS", "PERFORMANCE", "SECURITY");
    private static final List<String> FACTORS = List.of("teamAndManager", "technicalChallenges", "careerGrowth",
            "workLifeBalance", "companyTrajectory", "locationFlexibility");
    /** Text that must reach the report only as data: control characters, escapes, bidi overrides, line breaks. */
    private static final List<String> HOSTILE = List.of("Meta\n\nOFFER ADVISOR REPORT", "\u001b[31mRed\u001b[0m\u001b[2J",
            "\u202eevil", "tab\there", "nul\u0000byte", "\ud800", "\udfff alone", "x".repeat(5000), "", " ",
            "\"quoted\" \\ back", "emoji \ud83d\ude80");

    private final Random random;

    private RandomCases(long seed) {
        this.random = new Random(seed);
    }

    /** A valid case: 0 to 4 offers, every optional part present or not. */
    static ObjectNode valid(long seed) {
        return new RandomCases(seed).aCase();
    }

    /** A valid case broken in one to three places: a wrong type, a value out of range, an unknown key, a deleted field, hostile text. */
    static String mutated(long seed) {
        RandomCases cases = new RandomCases(seed);
        ObjectNode root = cases.aCase();
        int mutations = 1 + cases.random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            cases.mutate(root);
        }
        return root.toString();
    }

    private ObjectNode aCase() {
        ObjectNode root = NODES.objectNode();
        if (chance(0.2)) {
            root.put("schemaVersion", 1);
        }
        if (chance(0.15)) {
            root.put("currency", chance(0.5) ? "EUR" : "USD");
        }
        root.set("candidate", candidate());
        int offers = random.nextInt(5);
        List<String> ids = new ArrayList<>();
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < offers; i++) {
            ids.add("o" + i);
            list.add(offer("o" + i));
        }
        if (offers > 0 || chance(0.5)) {
            root.set("offers", list);
        }
        if (chance(0.8)) {
            root.set("situation", situation(ids));
        }
        return root;
    }

    private ObjectNode candidate() {
        ObjectNode c = NODES.objectNode();
        c.put("level", pick(LEVELS));
        maybe(c, "name", () -> NODES.stringNode(chance(0.1) ? pick(HOSTILE.subList(0, 5)) : "Sam Rivera"));
        maybe(c, "yearsOfExperience", () -> NODES.numberNode(random.nextInt(41)));
        maybe(c, "specialization", () -> NODES.stringNode(pick(SPECIALIZATIONS)));
        maybe(c, "market", () -> NODES.stringNode("San Francisco Bay Area"));
        maybe(c, "location", () -> {
            ObjectNode l = NODES.objectNode();
            l.put("country", "US");
            l.put("state", pick(List.of("CA", "NY", "WA", "tx")));
            l.put("city", pick(List.of("San Francisco", "New York", "Seattle", "Austin")));
            return l;
        });
        maybe(c, "targetTotalComp", () -> money(100_000, 1_000_000));
        maybe(c, "currentTotalComp", () -> money(50_000, 900_000));
        maybe(c, "unvestedEquityForfeited", () -> money(0, 300_000));
        maybe(c, "riskTolerance", () -> NODES.stringNode(pick(List.of("LOW", "MEDIUM", "HIGH"))));
        maybe(c, "preferences", () -> booleans("enjoysGrowingPeople", "wantsProductInfluence", "comfortableGivingUpCoding"));
        maybe(c, "staffSignals", () -> booleans("crossTeamInfluence", "setsTechnicalDirection", "mentorsSeniorEngineers",
                "writesDesignDocsOthersFollow", "drivesCrossCuttingInitiatives"));
        return c;
    }

    private ObjectNode situation(List<String> ids) {
        ObjectNode s = NODES.objectNode();
        maybe(s, "askedForCurrentSalary", () -> NODES.booleanNode(random.nextBoolean()));
        maybe(s, "askedForExpectations", () -> NODES.booleanNode(random.nextBoolean()));
        if (!ids.isEmpty() && chance(0.4)) {
            s.put("preferredOfferId", pick(ids));
        }
        maybe(s, "asOf", () -> NODES.stringNode(date(2020, 2030)));
        maybe(s, "weights", this::weights);
        return s;
    }

    /** Seven whole weights summing to 100. */
    private ObjectNode weights() {
        ObjectNode w = NODES.objectNode();
        int left = 100;
        for (String factor : FACTORS) {
            int weight = random.nextInt(Math.min(left, 25) + 1);
            w.put(factor, weight);
            left -= weight;
        }
        w.put("totalComp", left);
        return w;
    }

    private ObjectNode offer(String id) {
        ObjectNode o = NODES.objectNode();
        String type = pick(COMPANY_TYPES);
        o.put("id", id);
        o.put("company", chance(0.1) ? pick(HOSTILE.subList(0, 5)) : pick(COMPANIES));
        o.put("companyType", type);
        if (type.equals("STARTUP")) {
            o.put("stage", pick(STARTUP_STAGES));
        } else if (chance(0.2)) {
            o.put("stage", "PUBLIC");
        }
        maybe(o, "level", () -> NODES.stringNode(pick(LEVELS)));
        maybe(o, "title", () -> NODES.stringNode("Senior Software Engineer"));
        maybe(o, "track", () -> NODES.stringNode(pick(List.of("IC", "MANAGEMENT"))));
        o.set("baseSalary", money(30_000, 900_000));
        maybe(o, "annualBonusPercent", () -> NODES.numberNode(random.nextInt(51)));
        maybe(o, "signingBonus", () -> money(0, 200_000));
        maybe(o, "equity", this::equity);
        maybe(o, "remotePolicy", () -> NODES.stringNode(pick(List.of("ONSITE", "HYBRID", "REMOTE"))));
        maybe(o, "startDate", () -> NODES.stringNode(date(2024, 2030)));
        maybe(o, "expiresOn", () -> NODES.stringNode(date(2024, 2030)));
        maybe(o, "scores", () -> {
            ObjectNode scores = NODES.objectNode();
            for (String factor : FACTORS) {
                if (chance(0.7)) {
                    scores.put(factor, 1 + random.nextInt(5));
                }
            }
            return scores;
        });
        return o;
    }

    private ObjectNode equity() {
        ObjectNode e = NODES.objectNode();
        String type = pick(List.of("RSU", "OPTIONS", "NONE"));
        e.put("type", type);
        if (type.equals("RSU")) {
            if (chance(0.7)) {
                e.set("grantValue", money(0, 2_000_000));
            } else if (chance(0.8)) {
                e.put("shares", 1 + random.nextInt(50_000));
                e.set("sharePrice", price());
            }
        } else if (type.equals("OPTIONS")) {
            e.put("shares", 1 + random.nextInt(500_000));
            e.set("strikePrice", price());
            maybe(e, "fairMarketValue", this::price);
            maybe(e, "preferredPrice", this::price);
            maybe(e, "totalSharesOutstanding", () -> NODES.numberNode(1_000_000L + random.nextInt(500_000_000)));
            maybe(e, "liquidationPreference", () -> {
                ObjectNode p = NODES.objectNode();
                p.put("multiple", pick(List.of(1, 1.5, 2)).doubleValue());
                p.put("participating", random.nextBoolean());
                p.set("totalPreferenceAmount", money(0, 500_000_000));
                return p;
            });
        }
        if (chance(0.5)) {
            int years = 1 + random.nextInt(10);
            e.put("vestingYears", years);
            if (chance(0.5)) {
                e.set("vestingSchedulePercent", schedule(years));
            }
        }
        maybe(e, "cliffMonths", () -> NODES.numberNode(random.nextInt(25)));
        return e;
    }

    /** {@code years} shares summing to exactly 100, in hundredths, front- or back-loaded at random. */
    private ArrayNode schedule(int years) {
        int[] hundredths = new int[years];
        int left = 10_000;
        for (int y = 0; y < years - 1; y++) {
            hundredths[y] = random.nextInt(left / (years - y) * 2 + 1);
            left -= hundredths[y];
        }
        hundredths[years - 1] = left;
        ArrayNode schedule = NODES.arrayNode();
        for (int h : hundredths) {
            schedule.add(BigDecimal.valueOf(h, 2));
        }
        return schedule;
    }

    // ---------------------------------------------------------------- mutations

    private void mutate(ObjectNode root) {
        List<Object[]> places = new ArrayList<>(); // {parent, key or index}
        collect(root, places);
        if (places.isEmpty()) {
            return; // earlier mutations removed every key: the empty case is refused as it is
        }
        Object[] place = pick(places);
        JsonNode parent = (JsonNode) place[0];
        switch (random.nextInt(6)) {
            case 0 -> set(parent, place[1], pick(List.of(NODES.stringNode("12"), NODES.numberNode(7),
                    NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode())));
            case 1 -> set(parent, place[1], NODES.numberNode(pick(List.of(new BigDecimal("-1"), new BigDecimal("1e20"),
                    new BigDecimal("1e-30"), new BigDecimal("1e-30000000"), new BigDecimal("1e999999999"),
                    new BigDecimal("0.001"), new BigDecimal("101"), BigDecimal.ZERO))));
            case 2 -> {
                if (parent instanceof ObjectNode object) {
                    object.put(pick(List.of("baseSalery", "x", "\u001b[2J", "\ud800", "offers")), 1);
                }
            }
            case 3 -> {
                if (parent instanceof ObjectNode object) {
                    object.remove((String) place[1]);
                } else {
                    ((ArrayNode) parent).remove((Integer) place[1]);
                }
            }
            case 4 -> set(parent, place[1], NODES.stringNode(pick(HOSTILE)));
            default -> set(parent, place[1], NODES.stringNode(date(1, 9999)));
        }
    }

    private static void collect(JsonNode node, List<Object[]> places) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                places.add(new Object[] {object, name});
                collect(object.get(name), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Object[] {array, i});
                collect(array.get(i), places);
            }
        }
    }

    private static void set(JsonNode parent, Object where, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set((String) where, value);
        } else {
            ((ArrayNode) parent).set((Integer) where, value);
        }
    }

    // ---------------------------------------------------------------- values

    private JsonNode money(int low, int high) {
        long cents = (low + (long) (random.nextDouble() * (high - low))) * 100 + (chance(0.2) ? random.nextInt(100) : 0);
        return NODES.numberNode(BigDecimal.valueOf(cents, 2));
    }

    private JsonNode price() {
        return NODES.numberNode(BigDecimal.valueOf(random.nextInt(100_000_000), 6).add(BigDecimal.valueOf(random.nextInt(200))));
    }

    private String date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay());
        return start.plusDays(random.nextInt(days + 1)).toString();
    }

    private ObjectNode booleans(String... names) {
        ObjectNode o = NODES.objectNode();
        for (String name : names) {
            if (chance(0.7)) {
                o.put(name, random.nextBoolean());
            }
        }
        return o;
    }

    private void maybe(ObjectNode o, String name, java.util.function.Supplier<JsonNode> value) {
        if (chance(0.5)) {
            o.set(name, value.get());
        }
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
