package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The timeline page of projection-service in a real headless Chromium (Debian's chromium and chromium-driver), against
 * both services with the seeds loaded: what an analyst sees, filters, travels back to, and watches change. Each test
 * leaves a screenshot under target/screenshots.
 */
@Order(3)
class TheTimelinePageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static SystemStack stack;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startTheBrowserOnTheSeededStack() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("This test drives Debian's Chromium: apt-get install chromium"
                    + " chromium-driver (.ci/run installs them)");
        }
        stack = SystemStack.get().brokerUp();
        Seeds.load(stack);
        await("the seeds on the timeline").atMost(Duration.ofMinutes(1))
                .until(() -> entries("track=" + Seeds.TRACK).size() == Seeds.files().size());
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1200");
        // The driver is the one installed: Selenium Manager, which would download one, is never asked.
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("TZ", "UTC")).build();
        browser = new ChromeDriver(driver, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void thePageListsTheSeededEntriesAndTimelineJsDrawsTheTimelinejsExport() {
        open("track=" + Seeds.TRACK);
        JsonNode export = Api.get(stack.projection()
                .uri("/api/timeline/export?format=timelinejs&limit=500&track=" + Seeds.TRACK)).body();

        await().atMost(Duration.ofSeconds(20)).until(() -> rowIds().size() == Seeds.files().size());
        await().atMost(Duration.ofSeconds(20)).until(() -> "loaded".equals(bodyData("timelinejs")));

        // Each entry's own id, in order (findValuesAsText would take the ids its respondsTo names too).
        List<String> listed = new ArrayList<>();
        entries("track=" + Seeds.TRACK).forEach(entry -> listed.add(entry.get("id").asText()));
        assertThat(rowIds()).containsExactlyElementsOf(listed);
        assertThat(row(Seeds.FIRST_ROUND).getText()).contains("27 February 2025", "round-held", "CONSULT/visit");
        assertThat(browser.findElement(By.cssSelector("#entries tbody tr")).getText())
                .startsWith("about 2015 – about 2025");
        // TimelineJS read the export's escaped HTML and shows each title exactly as it was posted.
        List<String> drawn = browser.findElements(By.cssSelector("#timeline-embed .tl-slide-content .tl-headline"))
                .stream().map(headline -> headline.getAttribute("textContent").strip()).toList();
        assertThat(export.get("events")).hasSize(Seeds.files().size());
        assertThat(drawn).containsAll(entries("track=" + Seeds.TRACK).findValuesAsText("title"));
        // Every script, style, font and answer came from the service itself.
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(entry => entry.name);");
        assertThat(fetched).isNotEmpty().allMatch(url -> url.startsWith(stack.projection().uri("/").toString()))
                .anyMatch(url -> url.contains("/vendor/timelinejs/js/timeline.js"));
    }

    @Test
    void anActorFilterNarrowsTheEntries() {
        open("track=" + Seeds.TRACK);
        await().atMost(Duration.ofSeconds(20)).until(() -> rowIds().size() == Seeds.files().size());

        WebElement actor = browser.findElement(By.name("actor"));
        actor.sendKeys("sonata-coulter");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> rowIds().equals(List.of(Seeds.SECOND_ROUND)));
        assertThat(browser.getCurrentUrl()).contains("actor=sonata-coulter");
    }

    @Test
    void asKnownOnADateBeforeRoundTwoWasRecordedTheTimelineDoesNotShowIt() {
        Instant roundTwoRecorded = Instant.parse(Api.get(stack.projection().uri("/api/timeline/" + Seeds.SECOND_ROUND))
                .body().get("firstRecordedAt").asText());
        LocalDateTime justBefore = LocalDateTime.ofInstant(roundTwoRecorded.truncatedTo(ChronoUnit.MILLIS)
                .minusMillis(1), ZoneOffset.UTC);
        open("track=" + Seeds.TRACK);
        await().atMost(Duration.ofSeconds(20)).until(() -> rowIds().contains(Seeds.SECOND_ROUND));

        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.name("asOf")), justBefore.toString());
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(20)).until(() -> !rowIds().contains(Seeds.SECOND_ROUND));
        assertThat(rowIds()).contains(Seeds.FIRST_ROUND);
        assertThat(browser.findElement(By.id("live")).getText()).contains("not live");
        assertThat(browser.getCurrentUrl()).contains("asOf=");
    }

    @Test
    void aFactPostedOverHttpAppearsWithinTwoSecondsWithoutAReloadAndItsMarkupStaysText() {
        String track = Facts.newTrack();
        open("track=" + track);
        await().atMost(Duration.ofSeconds(20)).until(() -> "open".equals(bodyData("live")));
        Object page = ((JavascriptExecutor) browser).executeScript("return window.performance.timeOrigin;");
        String id = UUID.randomUUID().toString();
        String title = "Live <b>fact</b> & <img src=x onerror=alert(1)>";

        Api.Answer posted = Api.post(stack.timeline().uri("/api/events"), """
                {"id": "%s", "type": "statement-issued", "track": "%s", "occurredOn": "2025-04-10~",
                 "title": "%s", "sources": [{"publisher": "TASS", "quote": "<script>alert(2)</script>"}],
                 "details": {"speaker": {"name": "Page Test Speaker", "country": "RU"}, "quote": "<i>said</i>"}}
                """.formatted(id, track, title.replace("\"", "\\\"")));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(2)).until(() -> rowIds().contains(id));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.performance.timeOrigin;"))
                .as("the same page, not reloaded").isEqualTo(page);
        WebElement row = row(id);
        assertThat(row.findElement(By.cssSelector("td.title")).getText()).isEqualTo(title);
        assertThat(row.getText()).contains("about 10 April 2025", "<script>alert(2)</script>", "<i>said</i>");
        assertThat(browser.findElements(By.cssSelector("#entries b, #entries img, #entries i, #entries script")))
                .isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> "loaded".equals(bodyData("timelinejs")));
        assertThat(browser.findElements(By.cssSelector("#timeline-embed b, #timeline-embed img[src=x]"))).isEmpty();
    }

    private static void open(String query) {
        browser.get(stack.projection().uri("/?" + query).toString());
    }

    private static List<String> rowIds() {
        return browser.findElements(By.cssSelector("#entries tbody tr")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
    }

    private static WebElement row(String id) {
        return browser.findElement(By.cssSelector("#entries tbody tr[data-id='" + id + "']"));
    }

    private static String bodyData(String name) {
        return browser.findElement(By.tagName("body")).getAttribute("data-" + name);
    }

    private static JsonNode entries(String query) {
        return Api.get(stack.projection().uri("/api/timeline?limit=500&" + query)).body().get("entries");
    }
}
