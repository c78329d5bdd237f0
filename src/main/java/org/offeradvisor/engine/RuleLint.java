package org.offeradvisor.engine;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.offeradvisor.Problem;
import org.offeradvisor.facts.AboutOffer;

/**
 * Warnings about rules that compile but look wrong: a constraint that compares an enum field of a fact
 * with a string no enum value has ({@code Offer( companyType == "STARTUPS" )}) can never be true.
 */
final class RuleLint {
    private static final Pattern STRING_COMPARISON = Pattern.compile("\\b([a-z][A-Za-z]*)\\s*(==|!=)\\s*\"([^\"]*)\"");
    private static final String FACTS_PACKAGE = AboutOffer.class.getPackageName();

    private RuleLint() {
    }

    static void check(RuleDescr rule, RuleInfo info, List<Problem> warnings) {
        walk(rule.getLhs(), rule, info, warnings);
    }

    private static void walk(BaseDescr descr, RuleDescr rule, RuleInfo info, List<Problem> warnings) {
        if (descr instanceof PatternDescr pattern) {
            Class<?> type = factType(pattern.getObjectType());
            if (type != null && pattern.getConstraint() != null) {
                for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expr) {
                        checkExpression(type, expr.getExpression(), rule, info, warnings);
                    }
                }
            }
            if (pattern.getSource() != null) {
                walk(pattern.getSource(), rule, info, warnings);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                walk(child, rule, info, warnings);
            }
        }
    }

    private static void checkExpression(Class<?> type, String expression, RuleDescr rule, RuleInfo info,
                                        List<Problem> warnings) {
        Matcher m = STRING_COMPARISON.matcher(expression);
        while (m.find()) {
            Class<?> fieldType = componentType(type, m.group(1));
            if (fieldType != null && fieldType.isEnum()
                    && Arrays.stream(fieldType.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(m.group(3)))) {
                warnings.add(new Problem(info.location(), "rule \"" + rule.getName() + "\": " + type.getSimpleName() + "."
                        + m.group(1) + " is never \"" + m.group(3) + "\" (it is one of "
                        + Arrays.toString(fieldType.getEnumConstants()) + "), so " + m.group(0)
                        + (m.group(2).equals("==") ? " never holds" : " always holds")));
            }
        }
    }

    private static Class<?> factType(String name) {
        if (name == null) {
            return null;
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        try {
            return Class.forName(FACTS_PACKAGE + "." + simple);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Class<?> componentType(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getType();
            }
        }
        return null;
    }
}
