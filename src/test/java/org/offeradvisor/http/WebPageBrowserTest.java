package org.offeradvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offeradvisor.Advisors;
import org.offeradvisor.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The web page in a real browser ({@link HeadlessChromium}; skipped, with what is missing, only where Debian's Chromium
 * or its driver is not installed): a case pasted, picked from the examples or uploaded gives its report in the page's
 * sandboxed frame, whose charts, style and script work under the page's policy, which the frame inherits; a bad case
 * gives each problem with its JSON path; markup in a case shows as text; a server gone is said to be gone. One browser
 * and one server serve every test.
 */
class WebPageBrowserTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static ChromeDriver browser;
    private static AdviceServer server;
    private static String twoOffers;

    @BeforeAll
    static void openTheBrowser() throws Exception {
        browser = HeadlessChromium.open();
        twoOffers = Files.readString(Path.of("facts-examples/two-offer-comparison.json"));
        server = AdviceServer.start(Advisors.shipped(), "127.0.0.1", 0);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openThePage() {
        open(server);
    }

    @Test
    void aPastedCaseGivesItsReportWithItsChartsStyleAndScript() {
        paste(twoOffers);
        browser.findElement(By.id("advise")).click();

        inTheReport(() -> {
            assertThat(browser.findElements(By.cssSelector("section.offer figure.pay-chart svg"))).hasSize(2);
            assertThat(browser.findElements(By.cssSelector("section.offer figure.band-strip svg rect"))).isNotEmpty();
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('main')).maxWidth;"))
                    .as("the report's own style, applied").isEqualTo("960px");
            assertThat(browser.findElements(By.cssSelector("button.copy"))).isNotEmpty().allSatisfy(button ->
                    assertThat(button.isDisplayed()).as("a copy button, shown by the report's script").isTrue());
        });
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("The report:");
        assertThat(browser.findElement(By.id("problems")).isDisplayed()).isFalse();
        assertThat(console()).as("the browser's console, where a refusal of the policy would show").isEmpty();
    }

    @Test
    void anExamplePickedFromTheListIsLoadedAndAdvised() {
        browser.findElement(By.cssSelector("#example option[value=series-b-options-vs-faang]")).click();
        waitFor("the example in the case", () -> caseText().contains("Tessellate Labs"));
        browser.findElement(By.id("advise")).click();

        inTheReport(() -> assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tessellate Labs"));
        assertThat(console()).isEmpty();
    }

    @Test
    void anUploadedFileIsLoadedIntoTheCase() throws Exception {
        Path file = Path.of("facts-examples/faang-senior.json").toAbsolutePath();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(file.toString());

        waitFor("the file in the case", () -> caseText().equals(text));
        assertThat(browser.findElement(By.id("status")).getText()).contains("faang-senior.json");
    }

    @Test
    void aBadCaseShowsEachProblemWithItsJsonPath() {
        String misspelt = twoOffers.replaceFirst("\"baseSalary\"", "\"baseSalery\"");
        List<String> expected = Advisors.shipped().validate(misspelt.getBytes(StandardCharsets.UTF_8)).stream()
                .map(p -> p.where() + ": " + p.message()).toList();
        assertThat(expected).anyMatch(p -> p.startsWith("offers[0].baseSalery: "));

        paste(misspelt);
        browser.findElement(By.id("advise")).click();
        assertThat(problems()).isEqualTo(expected);
        assertThat(browser.findElement(By.id("problem-title")).getText()).isEqualTo("Invalid case");
        assertThat(browser.findElement(By.id("report")).isDisplayed()).isFalse();

        browser.findElement(By.id("validate")).click();
        assertThat(problems()).isEqualTo(expected);

        paste("{\"offers\": []}");
        browser.findElement(By.id("advise")).click();
        assertThat(problems()).contains("candidate: required");

        paste(twoOffers);
        browser.findElement(By.id("validate")).click();
        waitFor("the case said to be valid", () -> browser.findElement(By.id("status")).getText()
                .equals("The case is valid."));
        assertThat(browser.findElement(By.id("problems")).isDisplayed()).isFalse();
    }

    @Test
    void markupInACaseShowsAsTextInTheReportAndInItsProblems() {
        String company = "\"company\": \"" + HOSTILE + "\"";
        paste(twoOffers.replaceFirst("\"company\": \"[^\"]*\"", company));
        browser.findElement(By.id("advise")).click();
        inTheReport(() -> {
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(HOSTILE);
            assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        });
        assertThat(console()).isEmpty();

        paste(twoOffers.replaceFirst("\"level\": \"E5\"", "\"level\": \"" + HOSTILE + "\""));
        browser.findElement(By.id("advise")).click();
        assertThat(problems()).anyMatch(p -> p.contains("level: unknown level \"" + HOSTILE + "\""));
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void thePageFitsAPhonesScreen() {
        browser.manage().window().setSize(new Dimension(390, 800));
        try {
            Object widths = browser.executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            assertThat((List<?>) widths).as("the page's width and the screen's, on a phone").satisfies(w ->
                    assertThat(((Number) w.get(0)).longValue()).isLessThanOrEqualTo(((Number) w.get(1)).longValue()));
        } finally {
            browser.manage().window().setSize(new Dimension(1000, 1000));
        }
    }

    @Test
    void aServerGoneIsSaidToBeUnreachable() {
        AdviceServer gone = AdviceServer.start(Advisors.shipped(), "127.0.0.1", 0);
        open(gone);
        gone.close();
        paste(twoOffers);
        browser.findElement(By.id("validate")).click();

        waitFor("the failure said", () -> browser.findElement(By.id("status")).getText().contains("could not be reached"));
    }

    /** Opens the page served by {@code at} and waits until its examples are listed; what was logged before is dropped. */
    private static void open(AdviceServer at) {
        browser.switchTo().defaultContent();
        browser.get("http://127.0.0.1:" + at.port() + "/");
        waitFor("the examples listed", () -> browser.findElements(By.cssSelector("#example option")).size() > 1);
        browser.manage().logs().get(LogType.BROWSER);
    }

    /** Puts {@code text} in the case, as a paste would. */
    private static void paste(String text) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("case")), text);
    }

    private static String caseText() {
        return (String) browser.executeScript("return document.getElementById('case').value;");
    }

    /** The problems listed on the page, each "path: message", once they show. */
    private static List<String> problems() {
        return waitFor("the problems shown", () -> {
            WebElement problems = browser.findElement(By.id("problems"));
            List<String> items = problems.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
            return problems.isDisplayed() && !items.isEmpty() ? items : null;
        });
    }

    /** Runs {@code checks} inside the report's frame, once the report's charts are there. */
    private static void inTheReport(Runnable checks) {
        WebElement frame = waitFor("the report's frame", () -> {
            WebElement report = browser.findElement(By.id("report"));
            return report.isDisplayed() ? report : null;
        });
        browser.switchTo().frame(frame);
        try {
            waitFor("the report's charts", () -> !browser.findElements(By.cssSelector("svg")).isEmpty());
            checks.run();
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** What the browser logged as a warning or an error, but the missing favicon that it asks every server for. */
    private static List<String> console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico")).toList();
    }

    /** What {@code condition} gives once it is neither null nor false, within ten seconds. */
    private static <T> T waitFor(String what, Supplier<T> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                // not there yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited ten seconds for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
