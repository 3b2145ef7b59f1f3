package org.ironbridge.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every fixture shipped with govuk-frontend through our Thymeleaf fragment for that
 * component and compares the result with the fixture's expected HTML.
 *
 * <p>The comparison is on a normalised DOM (both sides parsed with jsoup):
 * <ul>
 *   <li>elements and tag names must match exactly, in order;</li>
 *   <li>attributes are compared as a set (order ignored), values exactly, except {@code class},
 *       which is compared as its list of tokens in order (runs of whitespace ignored);</li>
 *   <li>text nodes have whitespace runs collapsed to one space; whitespace-only text nodes and
 *       comments are ignored; leading/trailing whitespace of a text node is dropped at the start/end
 *       of its parent but kept (as one space) next to a sibling, so "a &lt;b&gt;" and "a&lt;b&gt;" differ.</li>
 * </ul>
 *
 * <p>Every fixture of every component in the pinned package must pass: none is skipped, so a
 * govuk-frontend upgrade that adds a component or a fixture fails here until its fragment follows.
 */
class GovukFragmentFixtureTests {

    private static final Path FIXTURES_DIR = Path.of(System.getProperty("govuk.fixtures.dir",
            "node_modules/govuk-frontend/dist/govuk/components"));

    private static final SpringTemplateEngine ENGINE = templateEngine();

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        assertTrue(Files.isDirectory(FIXTURES_DIR), "govuk-frontend fixtures not found at " + FIXTURES_DIR);
        List<String> components;
        try (Stream<Path> dirs = Files.list(FIXTURES_DIR)) {
            components = dirs.filter(dir -> Files.exists(dir.resolve("fixtures.json")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (String component : components) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Map<String, Object> fixture : readFixtures(component)) {
                String key = component + ": " + fixture.get("name");
                tests.add(DynamicTest.dynamicTest(key, () -> check(component, key, fixture)));
            }
            nodes.add(DynamicContainer.dynamicContainer(component, tests));
        }
        return nodes.stream();
    }

    /** Pages build options with Map.of/List.of (immutable, no null values) rather than parsed JSON. */
    @Test
    void fragmentsAcceptImmutableJavaMaps() {
        Map<String, Object> options = Map.of(
                "text", "Save <draft>",
                "preventDoubleClick", true,
                "attributes", Map.of("data-test", "a\"b", "hidden", Map.of("value", true, "optional", true)));
        assertEquals(normalise("<button type=\"submit\" data-prevent-double-click=\"true\" class=\"govuk-button\""
                        + " data-module=\"govuk-button\" data-test=\"a&quot;b\" hidden>Save &lt;draft&gt;</button>"),
                normalise(render("button", options)));

        // Nunjucks pages often pass false for "no error"; it must not render an empty error message.
        Map<String, Object> input = Map.of("name", "n", "label", Map.of("text", "Name"), "errorMessage", false, "hint", false);
        assertEquals(normalise("<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"n\">Name</label>"
                        + "<input class=\"govuk-input\" id=\"n\" name=\"n\" type=\"text\"></div>"),
                normalise(render("input", input)));
    }

    /** The ...WithContent fragments stand in for Nunjucks `{% call %}`: page markup goes inside. */
    @Test
    void withContentFragmentsWrapPageMarkup() {
        Context context = new Context();
        context.setVariable("legend", Map.of("legend", Map.of("text", "Address", "isPageHeading", true)));
        String page = ENGINE.process("""
                <div th:replace="~{govuk/fieldset :: fieldsetWithContent(${legend}, ~{::#address-fields})}">
                  <div id="address-fields"><p>Street</p></div>
                </div>""", context);
        assertEquals(normalise("""
                <fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">
                <h1 class="govuk-fieldset__heading">Address</h1></legend>
                <div id="address-fields"><p>Street</p></div></fieldset>"""), normalise(page));
    }

    private static void check(String component, String key, Map<String, Object> fixture) {
        assertTrue(GovukFragmentFixtureTests.class.getClassLoader()
                        .getResource("templates/govuk/" + component + ".html") != null,
                key + ": no fragment templates/govuk/" + component + ".html for this govuk-frontend component");
        assertRendersLikeFixture(component, key, fixture);
    }

    /** Failure messages start with the fixture key, as some reports only show dynamic tests by index. */
    private static void assertRendersLikeFixture(String component, String key, Map<String, Object> fixture) {
        String expectedHtml = (String) fixture.get("html");
        String actualHtml;
        try {
            actualHtml = render(component, fixture.get("options"));
        } catch (RuntimeException e) {
            throw new AssertionError("[" + key + "] rendering failed: " + e.getMessage(), e);
        }
        assertEquals(normalise(expectedHtml), normalise(actualHtml),
                () -> "[" + key + "]\nRendered HTML:\n" + actualHtml + "\n\nExpected HTML:\n" + expectedHtml + "\n");
    }

    static String render(String component, Object options) {
        Context context = new Context();
        context.setVariable("p", options);
        return ENGINE.process("<th:block th:replace=\"~{govuk/" + component + " :: "
                + fragmentName(component) + "(${p})}\"></th:block>", context);
    }

    /** "error-summary" becomes "errorSummary". */
    static String fragmentName(String component) {
        StringBuilder name = new StringBuilder();
        for (String part : component.split("-")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readFixtures(String component) {
        Map<String, Object> file = JsonMapper.builder().build()
                .readValue(FIXTURES_DIR.resolve(component).resolve("fixtures.json").toFile(), Map.class);
        return (List<Map<String, Object>>) file.get("fixtures");
    }

    private static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver fragments = new ClassLoaderTemplateResolver();
        fragments.setPrefix("templates/");
        fragments.setSuffix(".html");
        fragments.setTemplateMode(TemplateMode.HTML);
        fragments.setCharacterEncoding("UTF-8");
        fragments.setResolvablePatterns(Set.of("govuk/*"));
        fragments.setOrder(1);
        StringTemplateResolver wrappers = new StringTemplateResolver();
        wrappers.setTemplateMode(TemplateMode.HTML);
        wrappers.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(fragments);
        engine.addTemplateResolver(wrappers);
        return engine;
    }

    /** One line per element/text node, indented by depth; see the class comment for the rules. */
    static String normalise(String html) {
        StringBuilder out = new StringBuilder();
        writeChildren(Jsoup.parseBodyFragment(html).body(), out, 0);
        return out.toString();
    }

    private static void writeChildren(Element parent, StringBuilder out, int depth) {
        List<Node> children = parent.childNodes().stream()
                .filter(node -> node instanceof Element
                        || (node instanceof TextNode text && !text.isBlank())
                        || node instanceof DataNode)
                .toList();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            String indent = "  ".repeat(depth);
            if (child instanceof Element element) {
                out.append(indent).append('<').append(element.normalName());
                element.attributes().asList().stream()
                        .sorted((a, b) -> a.getKey().compareTo(b.getKey()))
                        .forEach(attribute -> out.append(' ').append(attribute.getKey()).append("=\"")
                                .append(attributeValue(attribute)).append('"'));
                out.append(">\n");
                writeChildren(element, out, depth + 1);
            } else {
                String text = child instanceof TextNode textNode ? textNode.getWholeText()
                        : ((DataNode) child).getWholeData();
                text = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
                if (i == 0) {
                    text = text.stripLeading();
                }
                if (i == children.size() - 1) {
                    text = text.stripTrailing();
                }
                out.append(indent).append('"').append(text).append("\"\n");
            }
        }
    }

    private static String attributeValue(Attribute attribute) {
        return attribute.getKey().equals("class")
                ? attribute.getValue().trim().replaceAll("\\s+", " ")
                : attribute.getValue();
    }
}
