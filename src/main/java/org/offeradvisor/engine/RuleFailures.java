package org.offeradvisor.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.offeradvisor.Problem;
import org.offeradvisor.RulesFailedException;
import org.offeradvisor.report.Report.FiredRule;

/**
 * Turns a failure inside the rules into one line naming the rule, its file and line, and the offer when known. Drools reports a
 * failed consequence as it is (or wrapped), with the rule still firing in the {@link FiringLog}; a failed condition
 * comes wrapped in its ConstraintEvaluationException, whose message is the only place naming the rule:
 * {@code Error evaluating constraint '...' in [Rule "name" in file.drl]} (Drools' MessageUtils).
 */
final class RuleFailures {
    private static final String CONSTRAINT_FAILED = "Error evaluating constraint";
    private static final Pattern RULE_NAMES = Pattern.compile("\\[Rule \"([^\"]*)\"");
    /** The longest part of the failure's own message shown: enough for a NullPointerException's explanation. */
    private static final int MAX_MESSAGE = 200;

    private RuleFailures() {
    }

    /** The failure {@code e}, thrown by a condition or by the consequence of the log's current rule. */
    static RulesFailedException of(RuleBase ruleBase, FiringLog log, Throwable e) {
        FiredRule firing = log.failing();
        String offer = firing == null ? null : firing.offerId();
        String what = what(root(e));
        String onOffer = offer == null ? "" : " on offer " + offer;
        RuleInfo condition = failedCondition(ruleBase, e);
        if (condition != null) {
            return new RulesFailedException(new Problem(condition.location(),
                    "the condition of rule \"" + condition.name() + "\" failed" + onOffer + ": " + what), e);
        }
        if (firing != null) {
            return new RulesFailedException(new Problem(where(ruleBase, firing),
                    "rule \"" + firing.rule() + "\" failed" + onOffer + ": " + what), e);
        }
        return new RulesFailedException(new Problem("rules", "the rules failed" + onOffer + ": " + what), e);
    }

    /** The rule whose condition failed, when Drools says which. */
    private static RuleInfo failedCondition(RuleBase ruleBase, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.startsWith(CONSTRAINT_FAILED)) {
                Matcher name = RULE_NAMES.matcher(message);
                return name.find() ? rule(ruleBase, name.group(1)) : null;
            }
        }
        return null;
    }

    /** Rule names are unique across the files of a rule set (RULES.md). */
    private static RuleInfo rule(RuleBase ruleBase, String name) {
        List<RuleInfo> rules = ruleBase.rules().stream().filter(r -> r.name().equals(name)).toList();
        return rules.size() == 1 ? rules.get(0) : null;
    }

    private static String where(RuleBase ruleBase, FiredRule firing) {
        RuleInfo rule = rule(ruleBase, firing.rule());
        return rule != null ? rule.location() : firing.file() != null ? firing.file() : "rules";
    }

    private static Throwable root(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String what(Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("").strip();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
