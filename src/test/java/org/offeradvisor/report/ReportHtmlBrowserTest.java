package org.offeradvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offeradvisor.Advisors;
import org.offeradvisor.HeadlessChromium;
import org.offeradvisor.OfferAdvisor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real browser ({@link HeadlessChromium}: Debian's headless Chromium and its chromedriver): it
 * opens the page of an example from a file, draws its charts (a screenshot holds the bars' colours where the pay chart
 * stands, and more than a background where the band strip stands), runs its script under its content security policy
 * (the copy buttons show) and logs no error; the page is no wider than a phone's screen. Skipped, with what is
 * missing, only where Chromium or its driver is not installed ({@code .ci/run} installs both).
 */
class ReportHtmlBrowserTest {
    /** The colour of the base salary in the pay chart (SvgCharts). */
    private static final int BASE_COLOUR = 0x2f5d8a;

    private static ChromeDriver browser;

    @TempDir
    static Path pages;

    @BeforeAll
    static void openTheBrowser() {
        browser = HeadlessChromium.open("--hide-scrollbars", "--force-device-scale-factor=1");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two-offer-comparison", "series-b-options-vs-faang"})
    void theBrowserDrawsTheChartsRunsTheScriptAndLogsNoError(String example) throws IOException {
        Path page = pages.resolve(example + ".html");
        Files.writeString(page, OfferAdvisor.toHtml(Advisors.shipped().advise(Path.of("facts-examples", example + ".json"))));
        browser.manage().window().setSize(new Dimension(1000, 1000));
        browser.manage().logs().get(LogType.BROWSER); // what an earlier page logged is not this one's
        browser.get(page.toUri().toString());

        WebElement payChart = browser.findElement(By.cssSelector("section.offer figure.pay-chart svg"));
        assertThat(colours(payChart)).as("colours where the pay chart stands").contains(BASE_COLOUR).hasSizeGreaterThan(4);
        WebElement bandStrip = browser.findElement(By.cssSelector("section.offer figure.band-strip svg"));
        assertThat(colours(bandStrip)).as("colours where the band strip stands").hasSizeGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("button.copy"))).isNotEmpty()
                .allSatisfy(button -> assertThat(button.isDisplayed()).as("a copy button, shown by the page's script").isTrue());
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).as("the browser's console").isEmpty();

        browser.manage().window().setSize(new Dimension(390, 800));
        Object widths = browser.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertThat((List<?>) widths).as("the page's width and the screen's, on a phone").satisfies(
                w -> assertThat(((Number) w.get(0)).longValue()).isLessThanOrEqualTo(((Number) w.get(1)).longValue()));

        browser.executeScript("console.error('probe of the console log');");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("the console log is read")
                .anyMatch(e -> e.getMessage().contains("probe of the console log"));
    }

    /**
     * The colours of a screenshot of the browser's window where {@code element} stands, once it is scrolled into view.
     */
    private static Set<Integer> colours(WebElement element) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("""
                arguments[0].scrollIntoView({block: 'center'});
                const r = arguments[0].getBoundingClientRect();
                return {x: r.left, y: r.top, width: r.width, height: r.height};""", element);
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
        int x0 = Math.max(0, box.get("x").intValue());
        int y0 = Math.max(0, box.get("y").intValue());
        int x1 = Math.min(screen.getWidth(), x0 + box.get("width").intValue());
        int y1 = Math.min(screen.getHeight(), y0 + box.get("height").intValue());
        assertThat(x1 - x0).as("the element's width on the screen").isGreaterThan(100);
        assertThat(y1 - y0).as("the element's height on the screen").isGreaterThan(50);
        Set<Integer> colours = new HashSet<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                colours.add(screen.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }
}
