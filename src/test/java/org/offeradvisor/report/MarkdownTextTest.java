package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The escapes that keep a user string literal in Markdown, one kind of syntax at a time. */
class MarkdownTextTest {

    @Test
    void inlineSyntaxIsEscapedWhereverItStands() {
        assertThat(MarkdownText.inline("a *b* _c_ `d` [e](f) ~~g~~ | h # $1-$2 \\"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\~\\~g\\~\\~ \\| h \\# \\$1-\\$2 \\\\");
    }

    @Test
    void htmlBecomesEntitiesAndUrlsAreNotLinked() {
        assertThat(MarkdownText.inline("<b>&amp; http://x")).isEqualTo("&lt;b&gt;&amp;amp; http\\://x");
    }

    @Test
    void whatWouldStartABlockIsEscapedAtTheStartOnly() {
        assertThat(MarkdownText.inline("1. a - b")).isEqualTo("1\\. a - b");
        assertThat(MarkdownText.inline("12) a")).isEqualTo("12\\) a");
        assertThat(MarkdownText.inline("- a")).isEqualTo("\\- a");
        assertThat(MarkdownText.inline("+ a")).isEqualTo("\\+ a");
        assertThat(MarkdownText.inline("===")).isEqualTo("\\===");
        assertThat(MarkdownText.inline("  - a")).isEqualTo("&#32;&#32;\\- a");
        assertThat(MarkdownText.cell("5.0")).isEqualTo("5.0");
        assertThat(MarkdownText.cell("+$500")).isEqualTo("+\\$500");
    }

    @Test
    void controlCharactersAndLineBreaksAreMadePrintableFirst() {
        assertThat(MarkdownText.inline("\u001b[31mRed\nline\u202e")).isEqualTo("\\\\u001b\\[31mRed\\\\nline\\\\u202e");
    }

    @Test
    void aFenceIsLongerThanAnyRunOfBackticksInsideIt() {
        assertThat(MarkdownText.fence(List.of("a ```` b", "c"))).isEqualTo("`````\na ```` b\nc\n`````\n");
        assertThat(MarkdownText.fence(List.of("plain\u001b"))).isEqualTo("```\nplain\\u001b\n```\n");
    }
}
