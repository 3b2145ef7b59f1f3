package org.ironbridge.govuk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options of the GOV.UK pagination component: previous, next, and the pages near this one. */
public final class Pagination {

    private Pagination() {
    }

    /** {@code base} ends where the page number goes, such as "/ideas?q=x&amp;page=". */
    public static Map<String, Object> of(int page, int pages, String base) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        if (page > 1) {
            pagination.put("previous", Map.of("href", base + (page - 1)));
        }
        if (page < pages) {
            pagination.put("next", Map.of("href", base + (page + 1)));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            boolean near = Math.abs(number - page) <= 2 || number == 1 || number == pages;
            if (near) {
                items.add(Map.of("number", String.valueOf(number), "href", base + number, "current", number == page));
            } else if (items.isEmpty() || !Boolean.TRUE.equals(items.getLast().get("ellipsis"))) {
                items.add(Map.of("ellipsis", true));
            }
        }
        pagination.put("items", items);
        return pagination;
    }
}
