package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableTest {
    static Stream<Arguments> unsafeStrings() {
        return Stream.of(
                arguments("A\nB\rC\tD", "A\\nB\\rC\\tD"),
                arguments("\u001b[31mred\u001b[0m", "\\u001b[31mred\\u001b[0m"),
                arguments("a\u0000b\u007fc\u0085d\u009be", "a\\u0000b\\u007fc\\u0085d\\u009be"),
                arguments("x\u2028y\u2029z", "x\\u2028y\\u2029z"),
                arguments("abc\u202edef\u2066g\u2069", "abc\\u202edef\\u2066g\\u2069"),
                arguments("a\u200bb\u200fc\ufeffd", "a\\u200bb\\u200fc\\ufeffd"),
                arguments("\u0301\u0301a", "\\u0301\\u0301a"),
                arguments("Conflue\u0301nt", "Conflue\u0301nt"),
                arguments("Zo\u00eb \u2014 \u6771\u4eac \ud83d\ude00", "Zo\u00eb \u2014 \u6771\u4eac \ud83d\ude00"));
    }

    @ParameterizedTest
    @MethodSource("unsafeStrings")
    void escapesWhatATerminalWouldActOnOrHide(String text, String shown) {
        assertThat(Printable.plain(text)).isEqualTo(shown);
        assertThat(Printable.plain(shown)).as("escaping twice changes nothing").isEqualTo(shown);
    }

    @Test
    void aLoneSurrogateIsShownAsItsEscape() {
        assertThat(Printable.plain("a\ud800b\udc00")).isEqualTo("a\\ud800b\\udc00");
    }

    @Test
    void clippingNeverSplitsAPairAnAccentedLetterOrAnEscape() {
        assertThat(Printable.clip("Short", 14)).isEqualTo("Short");
        assertThat(Printable.clip("abcdefghijkl\ud83d\ude00xyz", 15)).isEqualTo("abcdefghijkl\ud83d\ude00.");
        assertThat(Printable.clip("abcdefghijkl\ud83d\ude00xyz", 14)).isEqualTo("abcdefghijkl.");
        assertThat(Printable.clip("abcdefghijke\u0301\u0308xyz", 15)).isEqualTo("abcdefghijke\u0301\u0308.");
        assertThat(Printable.clip("abcdefghijke\u0301\u0308xyz", 14)).isEqualTo("abcdefghijk.");
        assertThat(Printable.clip("Meta \u202eevil.exe", 14)).isEqualTo("Meta \\u202eev.");
        assertThat(Printable.clip("Meta\u202eevil.exe", 8)).isEqualTo("Meta.");
    }
}
