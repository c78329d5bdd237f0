package org.offeradvisor.validation;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.offeradvisor.InvalidCaseException;
import org.offeradvisor.Problem;
import org.offeradvisor.data.JsonPaths;
import org.offeradvisor.data.JsonSyntax;
import org.offeradvisor.data.KnowledgeData;
import org.offeradvisor.facts.Calc;
import org.offeradvisor.facts.Candidate;
import org.offeradvisor.facts.CompanyType;
import org.offeradvisor.facts.Equity;
import org.offeradvisor.facts.EquityType;
import org.offeradvisor.facts.Level;
import org.offeradvisor.facts.LiquidationPreference;
import org.offeradvisor.facts.Location;
import org.offeradvisor.facts.Offer;
import org.offeradvisor.facts.Preferences;
import org.offeradvisor.facts.RemotePolicy;
import org.offeradvisor.facts.RiskTolerance;
import org.offeradvisor.facts.Scores;
import org.offeradvisor.facts.Situation;
import org.offeradvisor.facts.Specialization;
import org.offeradvisor.facts.Stage;
import org.offeradvisor.facts.StaffSignals;
import org.offeradvisor.facts.Track;
import org.offeradvisor.facts.Weights;
import org.offeradvisor.input.CandidateInput;
import org.offeradvisor.input.CaseInput;
import org.offeradvisor.input.EquityInput;
import org.offeradvisor.input.OfferInput;
import org.offeradvisor.input.SituationInput;
import org.offeradvisor.input.WeightsInput;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns case JSON into {@link CaseFacts}, or refuses it with every problem found: size, syntax, the
 * published schema, then the checks the schema cannot express (docs/CONTRACT.md). Nothing is guessed silently.
 */
public final class CaseReader {
    /** The largest case accepted: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting accepted; a real case nests five levels. */
    public static final int MAX_DEPTH = 32;

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SCHEDULE_TOLERANCE = new BigDecimal("0.01");
    private static final Pattern US_STATE = Pattern.compile("[A-Za-z]{2}");
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final KnowledgeData data;
    private final Clock clock;

    public CaseReader(KnowledgeData data, Clock clock) {
        this.data = Objects.requireNonNull(data, "knowledge data must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    public CaseFacts read(byte[] json) {
        return read(json, null);
    }

    /**
     * Reads a case that came from {@code source} (a file name), which then names where a syntax error stands:
     * {@code case.json:3:14: invalid JSON: ...} instead of {@code $: invalid JSON at line 3, column 14: ...}.
     */
    public CaseFacts read(byte[] json, String source) {
        Objects.requireNonNull(json, "case JSON must not be null");
        checkSize(json.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("$", "the case is not UTF-8 text; save it as UTF-8");
        }
        return readChecked(text, source);
    }

    public CaseFacts read(String json) {
        return read(json, null);
    }

    private CaseFacts read(String json, String source) {
        Objects.requireNonNull(json, "case JSON must not be null");
        checkSize(json.getBytes(StandardCharsets.UTF_8).length);
        return readChecked(json, source);
    }

    /** Reads a case whose size is already checked. */
    private CaseFacts readChecked(String json, String source) {
        JsonNode root = parse(json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json, source);
        if (!root.isObject()) {
            throw refuse("$", "the case must be a JSON object, not " + describe(root));
        }
        List<Problem> outOfLimits = CaseLimits.check(root); // before the schema compares any number
        if (!outOfLimits.isEmpty()) {
            throw new InvalidCaseException(outOfLimits);
        }
        List<Problem> problems = SchemaCheck.CASE.check(root);
        if (!problems.isEmpty()) {
            problems.addAll(semanticProblemsBeside(problems, root));
            throw new InvalidCaseException(problems);
        }
        Normalizer normalizer = new Normalizer(MAPPER.treeToValue(root, CaseInput.class));
        CaseFacts facts = normalizer.facts();
        if (!normalizer.problems.isEmpty()) {
            throw new InvalidCaseException(normalizer.problems);
        }
        return facts;
    }

    /**
     * The semantic problems of a case that already broke the schema, so that one run reports them all;
     * only those at paths the schema did not already flag. A case too broken to read yields none.
     */
    private List<Problem> semanticProblemsBeside(List<Problem> schemaProblems, JsonNode root) {
        try {
            Normalizer normalizer = new Normalizer(MAPPER.treeToValue(root, CaseInput.class));
            normalizer.facts();
            return normalizer.problems.stream()
                    .filter(p -> schemaProblems.stream().noneMatch(s -> s.where().equals(p.where())))
                    .toList();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private static void checkSize(int bytes) {
        if (bytes > MAX_BYTES) {
            throw refuse("$", "the case is " + bytes + " bytes; the limit is " + MAX_BYTES + " (1 MiB)");
        }
    }

    private static JsonNode parse(String json, String source) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw refuse("$", "the case is empty");
            }
            return root;
        } catch (StreamConstraintsException e) {
            String message = e.getOriginalMessage();
            if (message.startsWith("Document nesting depth")) {
                throw syntax(source, e, "the case nests deeper than " + MAX_DEPTH + " levels");
            }
            throw syntax(source, e, "a value is too long: " + JsonSyntax.message(e).replaceAll(", from `[^`]*`", ""));
        } catch (JacksonException e) {
            if (JsonPaths.duplicateKey(e)) {
                throw refuse(JsonPaths.at(e), JsonPaths.DUPLICATE_KEY + JsonSyntax.inWords(e));
            }
            throw syntax(source, e, JsonSyntax.isTrailingData(e) ? "unexpected data after the case's closing brace"
                    : "invalid JSON: " + JsonSyntax.message(e));
        }
    }

    /** A problem with the text of the case, where it stands: {@code case.json:3:14: ...}, or {@code $: ... (line 3, column 14)}. */
    private static InvalidCaseException syntax(String source, JacksonException e, String message) {
        return source == null ? refuse("$", message + JsonSyntax.inWords(e)) : refuse(JsonSyntax.at(source, e), message);
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    private static InvalidCaseException refuse(String where, String message) {
        return new InvalidCaseException(List.of(new Problem(where, message)));
    }

    /** The semantic checks and defaults for one case; collects every problem before refusing. */
    private final class Normalizer {
        private final CaseInput input;
        private final List<Problem> problems = new ArrayList<>();

        Normalizer(CaseInput input) {
            this.input = input;
        }

        CaseFacts facts() {
            List<OfferInput> offerInputs = input.offers() == null ? List.of() : input.offers();
            Candidate candidate = candidate(input.candidate());
            List<Offer> offers = new ArrayList<>();
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < offerInputs.size(); i++) {
                OfferInput offer = offerInputs.get(i);
                Integer earlier = ids.putIfAbsent(offer.id(), i);
                if (earlier != null) {
                    problem("offers[" + i + "].id", "\"" + offer.id() + "\" is already the id of offers[" + earlier + "]");
                }
                offers.add(offer(offer, i));
            }
            String currency = input.currency() == null ? "USD" : input.currency();
            Situation situation = situation(input.situation(), ids, currency);
            return new CaseFacts(currency, candidate, situation, offers);
        }

        private Candidate candidate(CandidateInput c) {
            Level level = level("candidate.level", c.level());
            var location = c.location();
            if (location != null && location.state() != null
                    && (location.country() == null || "US".equals(location.country()))
                    && !US_STATE.matcher(location.state()).matches()) {
                problem("candidate.location.state", "\"" + location.state()
                        + "\" is not a US postal code; use two letters such as CA or NY");
            }
            String market = c.market() != null ? c.market() : location == null ? null : location.city();
            var p = c.preferences();
            var s = c.staffSignals();
            return new Candidate(c.name(), level, c.yearsOfExperience(),
                    c.specialization() == null ? Specialization.GENERALIST : Specialization.valueOf(c.specialization()),
                    market,
                    location == null ? null : new Location(location.country(),
                            location.state() == null ? null : location.state().toUpperCase(Locale.ROOT), location.city()),
                    c.targetTotalComp(), c.currentTotalComp(),
                    c.unvestedEquityForfeited() == null ? BigDecimal.ZERO : c.unvestedEquityForfeited(),
                    c.riskTolerance() == null ? RiskTolerance.MEDIUM : RiskTolerance.valueOf(c.riskTolerance()),
                    p == null ? new Preferences(null, null, null)
                            : new Preferences(p.enjoysGrowingPeople(), p.wantsProductInfluence(), p.comfortableGivingUpCoding()),
                    s == null ? new StaffSignals(null, null, null, null, null)
                            : new StaffSignals(s.crossTeamInfluence(), s.setsTechnicalDirection(), s.mentorsSeniorEngineers(),
                                    s.writesDesignDocsOthersFollow(), s.drivesCrossCuttingInitiatives()));
        }

        private Situation situation(SituationInput s, Map<String, Integer> ids, String currency) {
            if (s == null) {
                return new Situation(false, false, null, LocalDate.now(clock), null, currency);
            }
            if (s.preferredOfferId() != null && !ids.containsKey(s.preferredOfferId())) {
                problem("situation.preferredOfferId", "\"" + s.preferredOfferId() + "\" names no offer"
                        + (ids.isEmpty() ? " (the case has none)" : "; the offers are " + sorted(ids.keySet())));
            }
            LocalDate asOf = s.asOf() == null ? LocalDate.now(clock) : date("situation.asOf", s.asOf());
            return new Situation(Boolean.TRUE.equals(s.askedForCurrentSalary()),
                    Boolean.TRUE.equals(s.askedForExpectations()), s.preferredOfferId(), asOf, weights(s.weights()), currency);
        }

        private Weights weights(WeightsInput w) {
            if (w == null) {
                return null;
            }
            BigDecimal sum = Stream.of(w.totalComp(), w.teamAndManager(), w.technicalChallenges(), w.careerGrowth(),
                    w.workLifeBalance(), w.companyTrajectory(), w.locationFlexibility()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                problem("situation.weights", "sum to " + sum.stripTrailingZeros().toPlainString() + ", must sum to 100");
            }
            return new Weights(w.totalComp(), w.teamAndManager(), w.technicalChallenges(), w.careerGrowth(),
                    w.workLifeBalance(), w.companyTrajectory(), w.locationFlexibility());
        }

        private Offer offer(OfferInput o, int i) {
            String at = "offers[" + i + "]";
            CompanyType type = CompanyType.valueOf(o.companyType());
            Stage stage = o.stage() == null ? null : Stage.valueOf(o.stage());
            if (type == CompanyType.STARTUP && (stage == null || stage == Stage.PUBLIC)) {
                problem(at + ".stage", stage == null
                        ? "required for a STARTUP: SEED_A, GROWTH_B_C or LATE_PRE_IPO"
                        : "a STARTUP must be SEED_A, GROWTH_B_C or LATE_PRE_IPO, not PUBLIC");
            }
            var scores = o.scores();
            Level level = o.level() == null ? null : level(at + ".level", o.level());
            return new Offer(o.id(), i, o.company(), o.company().toLowerCase(Locale.ROOT), type,
                    stage == null ? Stage.PUBLIC : stage,
                    level, level == null ? null : level.rank(),
                    o.title(),
                    o.track() == null ? Track.IC : Track.valueOf(o.track()),
                    o.baseSalary(),
                    orZero(o.annualBonusPercent()),
                    orZero(o.signingBonus()),
                    equity(at + ".equity", o.equity()),
                    o.remotePolicy() == null ? null : RemotePolicy.valueOf(o.remotePolicy()),
                    o.startDate() == null ? null : date(at + ".startDate", o.startDate()),
                    o.expiresOn() == null ? null : date(at + ".expiresOn", o.expiresOn()),
                    scores == null ? new Scores(null, null, null, null, null, null)
                            : new Scores(scores.teamAndManager(), scores.technicalChallenges(), scores.careerGrowth(),
                                    scores.workLifeBalance(), scores.companyTrajectory(), scores.locationFlexibility()));
        }

        private Equity equity(String at, EquityInput e) {
            KnowledgeData.EquityDefaults defaults = data.equityDefaults();
            EquityType type = e == null ? EquityType.NONE : EquityType.valueOf(e.type());
            int years = e == null || e.vestingYears() == null ? defaults.vestingYears() : e.vestingYears();
            List<BigDecimal> schedule = e == null || e.vestingSchedulePercent() == null
                    ? even(years) : e.vestingSchedulePercent();
            if (e != null && e.vestingSchedulePercent() != null) {
                if (schedule.size() != years) {
                    problem(at + ".vestingSchedulePercent", "has " + schedule.size() + " years, vestingYears is " + years
                            + (e.vestingYears() == null ? " (the default)" : ""));
                }
                BigDecimal sum = schedule.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.subtract(HUNDRED).abs().compareTo(SCHEDULE_TOLERANCE) > 0) {
                    problem(at + ".vestingSchedulePercent", "sums to " + sum.stripTrailingZeros().toPlainString()
                            + ", must sum to 100");
                }
            }
            if (type == EquityType.OPTIONS) {
                if (e.shares() == null) {
                    problem(at + ".shares", "required for OPTIONS: the number of shares in the grant");
                }
                if (e.strikePrice() == null) {
                    problem(at + ".strikePrice", "required for OPTIONS: the exercise price per share");
                }
            }
            if (type == EquityType.NONE) {
                // an all-cash offer's table has the default number of rows (KNOWLEDGE.md §2), whatever it states
                return new Equity(type, null, null, null, defaults.vestingYears(), even(defaults.vestingYears()),
                        defaults.cliffMonths(), null, null, null, null, null);
            }
            var pref = e.liquidationPreference();
            return new Equity(type, e.grantValue(), e.shares(), e.sharePrice(), years, schedule,
                    e.cliffMonths() == null ? defaults.cliffMonths() : e.cliffMonths(),
                    e.strikePrice(), e.fairMarketValue(), e.preferredPrice(), e.totalSharesOutstanding(),
                    pref == null ? null : new LiquidationPreference(pref.multiple(), pref.participating(),
                            pref.totalPreferenceAmount()));
        }

        private List<BigDecimal> even(int years) {
            BigDecimal share = Calc.divide(HUNDRED, BigDecimal.valueOf(years));
            return Collections.nCopies(years, share);
        }

        private Level level(String at, String name) {
            return data.level(name).orElseGet(() -> {
                problem(at, "unknown level \"" + name + "\"; use L3..L8, a title or an alias: "
                        + data.levels().stream().map(l -> l.code() + " (" + String.join(", ", l.aliases()) + ")").toList());
                return null;
            });
        }

        private LocalDate date(String at, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(at, "\"" + value + "\" is not a calendar date");
                return null;
            }
        }

        private void problem(String where, String message) {
            problems.add(new Problem(where, message));
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static <T extends Comparable<T>> List<T> sorted(java.util.Collection<T> values) {
        return values.stream().sorted().map(Function.<T>identity()).toList();
    }
}
