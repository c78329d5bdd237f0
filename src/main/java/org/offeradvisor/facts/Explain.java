package org.offeradvisor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds advice in a rule's consequence. The advice id, category, priority and source come from the
 * rule's metadata ({@code @adviceId("MKT-POSITION") @category("MARKET") @priority(2) @source("...")}),
 * so the rule states them once, next to its condition:
 *
 * <pre>
 * insert( advice( kcontext, $o.id() ).title( "..." ).text( "..." ).because( "..." ).build() );
 * </pre>
 */
public final class Explain {
    public static final String ADVICE_ID = "adviceId";
    public static final String CATEGORY = "category";
    public static final String PRIORITY = "priority";
    public static final String SOURCE = "source";

    private Explain() {
    }

    /** Starts advice about one offer ({@code offerId} null for advice about the whole case). */
    public static Builder advice(RuleContext kcontext, String offerId) {
        return new Builder(kcontext.getRule(), offerId);
    }

    public static final class Builder {
        private final org.kie.api.definition.rule.Rule rule;
        private final String offerId;
        private String title;
        private String text;
        private String script;
        private String source;
        private final List<String> because = new ArrayList<>();

        Builder(org.kie.api.definition.rule.Rule rule, String offerId) {
            this.rule = rule;
            this.offerId = offerId;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder script(String script) {
            this.script = script;
            return this;
        }

        /** Overrides the rule's {@code @source} where the source depends on the data, e.g. "assumption". */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder because(String reason) {
            because.add(reason);
            return this;
        }

        public Advice build() {
            Map<String, Object> meta = rule.getMetaData();
            String id = required(meta, ADVICE_ID);
            Category category = Category.valueOf(required(meta, CATEGORY));
            int priority = Integer.parseInt(required(meta, PRIORITY));
            return new Advice(id, offerId, category, priority,
                    Objects.requireNonNull(title, () -> "rule \"" + rule.getName() + "\" gave its advice no title"),
                    Objects.requireNonNull(text, () -> "rule \"" + rule.getName() + "\" gave its advice no text"),
                    script, because, rule.getName(), source != null ? source : required(meta, SOURCE));
        }

        private String required(Map<String, Object> meta, String key) {
            Object value = meta.get(key);
            if (value == null) {
                throw new IllegalStateException("rule \"" + rule.getName() + "\" gives advice but has no @" + key);
            }
            return unquote(value.toString());
        }
    }

    static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
